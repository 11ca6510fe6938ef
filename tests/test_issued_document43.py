"""A document printed in its issuer's own voice, known by its title: a body's or its unnamed
spokesperson's statement ("Statements made by the Ministry ... Spokesperson", "Statement of
the Spokesman of the Ministry of Foreign Affairs in response to ..."), or a post's speech
("Director General's Introductory Statement to the Board", its holder named in the photo's
caption, "(As prepared for delivery)"). Its paragraphs are the issuer's words with no verb
of saying ("France condemns ...", "We strongly condemn ...", "I would like to welcome
..."), each its own statement, and a sentence opening with the issuer's own act of saying
begins another in the document's first paragraph; an item's heading closing on a day dates
the words below it, an answer after a journalist's question takes the page's day, and the
words of a speech take the day of the speech, not the days they tell of. Sentences written
here in the manner of ministries' and agencies' English pages."""

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

SPOKESPERSON_PAGE = (
    "Statements made by the Ministry for Europe and Foreign Affairs Spokesperson "
    "[Mar. 8, 2023]\n\n"
    "Sudan - France condemns the attack on the humanitarian convoy (Mar. 7, 2023)\n\n"
    "France firmly condemns the attack carried out yesterday against a humanitarian convoy "
    "near El Fasher.\n\n"
    "These attacks on aid workers are unacceptable and must stop. France reiterates its "
    "call for an immediate ceasefire across the country.\n\n"
    "Will the matter be raised at the Security Council this week?\n\n"
    "We are in close contact with our partners on the Council about this. We will keep "
    "working with them.\n"
)

SPOKESMAN_ANSWER = (
    "Statement of the Spokesman of the Ministry of Foreign Affairs in response to a question "
    "concerning a statement by the Consul General of the Republic of Turkey in Erbil, that "
    "denied the allegations in some news reports involving a decision allegedly taken to "
    "close the border crossing to trucks carrying goods for the region, as reported by "
    "several outlets on Wednesday.\n\n"
    "Ministry of Foreign Affairs 12.09.2019\n\n"
    "The Consul General made the remarks in question upon instructions by the Ministry. On "
    "this occasion, we would like to underline once again that the reports are groundless. "
    "No such decision has been taken. We strongly condemn those spreading these false "
    "claims.\n\n"
    "Consul General\n"
    "Monday - Friday\n\n"
    "Visa applications are received every weekday between 09.00 and 12.00.\n"
)

SPEECH = (
    "You are here\n\n"
    "IAEA Director General's Opening Statement to the Board of Governors\n\n"
    "Vienna, Austria\n\n"
    "IAEA Director General Rafael Mariano Grossi. (Photo: D. Calma/IAEA)\n\n"
    "(As prepared for delivery)\n\n"
    "Madam Chair,\n\n"
    "Let me begin by welcoming the newest Member State of the Agency to this Board.\n\n"
    "On Friday, I came back from Kyiv where I met senior officials of the government.\n\n"
    "I will report to the Board on the situation at the plant later this week.\n"
)
# near miss: a news story under such a title, its first paragraph reporting
STORY = (
    "Statement by the Ministry of Foreign Affairs on the border crossing\n\n"
    "ANKARA (Reuters) - The foreign ministry said on Thursday that the reports were "
    "groundless.\n"
)
# near miss: a story under a body's title, its first paragraph not the body's own voice
BODY_STORY = SPOKESMAN_ANSWER.split("\n\n")[0] + (
    "\n\nThe Ministry of Foreign Affairs has released new details of the border crossing "
    "rules. Trucks will need a second permit from next month.\n"
)
# near miss: a post's speech named in a story's title, the story reporting it
SPEECH_STORY = (
    SPEECH.replace(
        "Let me begin by welcoming the newest Member State of the Agency to this Board.",
        "The Director General told the Board that the Agency had a new Member State.",
    )
    .replace("On Friday, I came back", "On Friday, he came back")
    .replace("I will report to the Board", "He is to report to the Board")
    .replace("(As prepared for delivery)\n\n", "")
)

MINISTRY = "Ministry for Europe and Foreign Affairs"


def test_spokesperson_statements_page() -> None:
    assert_statements(
        SPOKESPERSON_PAGE,
        datetime.date(2023, 3, 8),
        [
            (MINISTRY, "France firmly condemns the attack", "2023-03-07"),
            (MINISTRY, "These attacks on aid workers", "2023-03-07"),
            (MINISTRY, "We are in close contact", "2023-03-08"),
        ],
    )


def test_answer_of_two_paragraphs_is_one_turn() -> None:
    page = SPOKESPERSON_PAGE.replace(
        "We will keep working with them.\n",
        "We will keep working with them.\n\nThe situation in Darfur is of great concern to "
        "us, and we will say so in New York.\n",
    )
    got = extract(page, published=datetime.date(2023, 3, 8))
    assert [s.text[:20] for s in got][-1] == "We are in close cont", got
    assert got[-1].text.endswith("we will say so in New York"), got


def test_spokesman_answer_split_by_its_acts() -> None:
    ministry = "Ministry of Foreign Affairs"
    assert_statements(
        SPOKESMAN_ANSWER,
        datetime.date(2019, 9, 12),
        [
            (ministry, "The Consul General made the remarks", "2019-09-12"),
            (ministry, "On this occasion, we would like to underline", "2019-09-12"),
            (ministry, "We strongly condemn those spreading", "2019-09-12"),
        ],
    )


def test_speech_of_a_post_named_in_the_caption() -> None:
    day = "2024-03-04"
    assert_statements(
        SPEECH,
        datetime.date(2024, 3, 4),
        [
            ("Rafael Mariano Grossi", "Let me begin by welcoming", day),
            ("Rafael Mariano Grossi", "On Friday, I came back from Kyiv", day),
            ("Rafael Mariano Grossi", "I will report to the Board", day),
        ],
    )


def test_story_under_a_statement_title_is_read_as_news() -> None:
    assert_statements(
        STORY,
        datetime.date(2019, 9, 12),
        [("Turkish Foreign Ministry", "the reports were groundless", "2019-09-12")],
    )


def test_story_about_a_speech_is_no_speech() -> None:
    got = [s.text for s in extract(SPEECH_STORY, published=datetime.date(2024, 3, 4))]
    assert all(not s.startswith(("On Friday", "He is to report")) for s in got), got


def test_story_under_a_body_title_gives_no_statement() -> None:
    assert_statements(BODY_STORY, datetime.date(2023, 3, 8), [])


def test_quoted_title_in_a_speech_is_the_speaker_s() -> None:
    page = SPEECH.replace(
        "I will report to the Board on the situation at the plant later this week.",
        "I will present the report \u201cNuclear Safety in Ukraine\u201d to the Board later "
        "this week.",
    )
    got = extract(page, published=datetime.date(2024, 3, 4))
    assert [s.speaker for s in got] == ["Rafael Mariano Grossi"] * 3, got
    assert got[-1].text.startswith("I will present the report"), got


def test_quote_given_to_another_in_a_speech_is_theirs() -> None:
    page = SPEECH.replace(
        "I will report to the Board on the situation at the plant later this week.",
        "\u201cThe plant is safe for now,\u201d Energy Minister Herman Halushchenko told me.",
    )
    got = extract(page, published=datetime.date(2024, 3, 4))
    assert [s.speaker for s in got][:2] == ["Rafael Mariano Grossi"] * 2, got
    assert all(s.speaker != "Rafael Mariano Grossi" for s in got[2:]), got
