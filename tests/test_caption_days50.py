"""Photo captions printed with no credit (round 50): a line of its own showing people at a
scene on a day given in full, year and all, in the present tense or with no verb ("X talks
to reporters in Ottawa, on May 18, 2017.", "X in Parliament on February 21, 2018."), is
the picture's, often an old file photo's: its day is no occasion of the story, so a lead
that gives no day of its own does not take it. A line telling the same in the past tense
("X held a press conference ... on ...") is the story's prose and still dates the words.
Stories written here in the manner of Canadian, African, British and Asian papers."""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements
from tracker.extract import extract
from tracker.extract.captions import _scene_captions

PUBLISHED = datetime.date(2022, 6, 10)
DAY = "2022-06-10"  # no day of its own: a wire-style "X said", the page's day

# a present-tense verb of the scene, the day after "on", the picture above the story
_PRESENT_SCENE = (
    "Ottawa pledges aircraft as floods spread\n\n"
    "Defence Minister Paul Tremblay speaks with soldiers at a base near Kingston, Ont., "
    "on March 3, 2021.\n\n"
    "Defence Minister Paul Tremblay said Canada would send two more transport aircraft "
    "to the flooded region.\n"
)

# no verb at all: the person and the place, the day after a comma, day before month
_NO_VERB = (
    "Border to reopen next month\n\n"
    "Interior Minister Ama Mensah at a press briefing in Accra, 12 February 2019.\n\n"
    "Interior Minister Ama Mensah said the northern border posts would reopen to traders "
    "once the new scanners were installed.\n"
)

# two people and a plural verb, a weekday before the day
_TWO_PEOPLE = (
    "Ministers to sign water pact\n\n"
    "Foreign Minister Rosa Kiptoo and her Ugandan counterpart Daniel Okello meet in "
    "Nairobi on Monday, Sept. 9, 2019.\n\n"
    "Foreign Minister Rosa Kiptoo told parliament that the water-sharing accord was "
    "ready to be signed.\n"
)

# "is pictured": the caption's passive, the picture set inside the story
_PICTURED = (
    "Trade Secretary Helen Marsh announced new tariffs on steel imports.\n\n"
    "Trade Secretary Helen Marsh is pictured during a visit to a plant in Sheffield on "
    "4 July 2018.\n\n"
    "Ms Marsh said the measures would protect thousands of jobs.\n"
)

# near miss: the same line in the past tense is the story's, and its day dates the words
_PAST_PROSE = (
    "Foreign Minister Kenji Arai held a press conference in Tokyo on June 9, 2022.\n\n"
    "Foreign Minister Kenji Arai said the talks with Seoul would go on next month.\n"
)


def test_a_present_tense_caption_day_does_not_date_the_lead() -> None:
    assert_statements(
        _PRESENT_SCENE,
        PUBLISHED,
        [("Paul Tremblay", "Canada would send two more transport aircraft", DAY)],
    )


def test_a_caption_with_no_verb_does_not_date_the_lead() -> None:
    assert_statements(
        _NO_VERB,
        PUBLISHED,
        [("Ama Mensah", "the northern border posts would reopen", DAY)],
    )


def test_a_caption_of_two_people_does_not_date_the_lead() -> None:
    assert_statements(
        _TWO_PEOPLE,
        PUBLISHED,
        [("Rosa Kiptoo", "the water-sharing accord was ready", DAY)],
    )


def test_a_pictured_caption_inside_the_story_dates_nothing() -> None:
    assert_statements(
        _PICTURED,
        PUBLISHED,
        [
            ("Helen Marsh", "new tariffs on steel imports", DAY),
            ("Helen Marsh", "the measures would protect", DAY),
        ],
    )


def test_the_same_line_in_the_past_tense_still_dates_the_words() -> None:
    assert_statements(
        _PAST_PROSE,
        PUBLISHED,
        [("Kenji Arai", "the talks with Seoul would go on", "2022-06-09")],
    )


# near misses (review rv50a): lines of prose a caption's shape nearly fits; their day is the
# occasion's and dates the words
_NEAR_MISSES = [
    # "was" is the past of "be", no verb of a scene, and a pronoun names no one pictured
    (
        "Governor pledges new roads\n\n"
        "Governor Amina Chege said the county would tar 200 kilometres of feeder roads.\n\n"
        "She was speaking to traders at a market in Thika on March 5, 2021.\n",
        "Amina Chege",
        "2021-03-05",
    ),
    (
        "Chancellor Tom Hale said the budget would cut the duty on fuel.\n\n"
        "Mr Hale was speaking at the Treasury on 4 March 2021.\n",
        "Tom Hale",
        "2021-03-04",
    ),
    # a passive in the past after the name
    (
        "Premier sworn in\n\n"
        "Premier Joseph Mbeki was sworn in at the provincial legislature on May 3, 2021.\n\n"
        "Premier Joseph Mbeki said his cabinet would meet every week.\n",
        "Joseph Mbeki",
        "2021-05-03",
    ),
    # a plural noun before the plain present: "leaders meet", no name and a scene's verb
    (
        "Leaders gather\n\n"
        "EU leaders meet in Brussels on March 8, 2021.\n\n"
        "Danish Prime Minister Karl Sorensen said at the summit that the bloc must act together.\n",
        "Karl Sorensen",
        "2021-03-08",
    ),
]


def test_prose_lines_near_a_captions_shape_still_date_the_words() -> None:
    for text, speaker, day in _NEAR_MISSES:
        got = [(s.speaker, s.said_on) for s in extract(text, published=PUBLISHED)]
        assert (speaker, day) in got, (text, got)


# lines of their own closing on a day in full that show no one in a picture: a title, a
# byline, a pronoun's sentence, a plural noun's
_NO_CAPTIONS = [
    "It is due to open on June 1, 2024.\n",
    "They are expected in Lusaka on 2 August 2023.\n",
    "By Peter Otieno in Mombasa on April 12, 2023.\n",
    "Opening Statement at the Regional Trade Forum, Kigali, 9 May 2023.\n",
    "Keynote Speech by the Minister at the Launch of the Port, Dar es Salaam, 3 May 2023.\n",
    "Dr Lina Haddad has talks in Amman on Monday, March 6, 2023.\n",
    "G7 leaders arrive in Hiroshima on May 19, 2023.\n",
]


def test_titles_bylines_and_pronouns_are_no_captions() -> None:
    for line in _NO_CAPTIONS:
        assert _scene_captions(line) == [], line
    # the captions themselves still are
    assert _scene_captions("Dr Lina Haddad greets delegates in Amman on March 6, 2023.\n")
    assert _scene_captions("Amy Rao and Li Wei meet in Geneva, 4 May 2023.\n")


@pytest.mark.parametrize(
    "note",
    [
        "Delivered in Geneva on 11 June 2024.",
        "Delivered in New York on June 11, 2024.",
        "Delivered in Vienna on Tuesday, 11 June 2024.",
    ],
)
def test_a_note_on_the_text_opened_by_a_participle_is_no_caption(note: str) -> None:
    # a line opening with a past participle tells when and where the speech was given; its
    # day is the speech's, not a photo's
    text = (
        "Permanent Mission of Austria\n\n"
        "Ambassador Lena Baumann's statement at the Human Rights Council\n\n"
        f"{note}\n\n"
        "Mr President,\n\n"
        "Austria remains committed to the protection of civilians. The reports from the camps "
        "call for an independent inquiry.\n\n"
        "Thank you."
    )
    found = extract(text, published=datetime.date(2024, 6, 13))
    assert [(s.speaker, s.said_on) for s in found] == [("Lena Baumann", "2024-06-11")]
