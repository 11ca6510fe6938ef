"""Statements lost or given to the wrong speaker in the English copy of the wires of Eastern
Europe, the Caucasus and Central Asia:

* a photo's caption marked "(file photo)" above the story read as a transcript's turn
  label, so the story's own lines went to the one pictured;
* "calls into question" read as a call made, so the attribution after it ("..., said the
  spokesperson X") was never read;
* "North Kazakhstan" read as a man's name, so a "he" went to a region;
* 'called on the government to «...»': the words quoted in guillemets, read as a courtesy
  call paid (no "to" and a verb seen after the host);
* 'recommended X to "listen carefully"': advice given, as "advised X to" gives it.

The near misses stay as they were. Sentences written here in the manner of those wires."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract
from tracker.extract.captions import caption_lines
from tracker.extract.speakers import parse_speaker

PUBLISHED = datetime.date(2023, 11, 16)  # a Thursday
DAY = "2023-11-16"


def test_a_file_photo_caption_is_no_turn_label() -> None:
    text = (
        "Kyiv Says Talks With Budapest Postponed\n\n"
        "Hungarian Foreign Minister Peter Szijjarto (file photo)\n"
        "Hungarian Foreign Minister Peter Szijjarto (file photo)\n\n"
        "KYIV -- Ukraine's Foreign Ministry said on Thursday that the consultations with "
        "Hungary on minority schools had been put off.\n\n"
        "The consultations were to open in Uzhhorod next week.\n\n"
        "Ministry spokesman Oleh Nikolenko said the new date would be agreed through "
        "diplomatic channels.\n"
    )
    got = [(s.speaker, s.text[:30]) for s in extract(text, published=PUBLISHED)]
    assert got == [
        ("Ukrainian Foreign Ministry", "the consultations with Hungary"),
        ("Oleh Nikolenko", "the new date would be agreed t"),
    ]


def test_the_file_photo_line_is_a_caption() -> None:
    text = "Headline\n\nForeign Minister Jane Roe (File Photo)\n\nBody of the story.\n"
    begin = text.index("Foreign")
    assert (begin, text.index("\n", begin)) in caption_lines(text)
    # (a bracket inside a sentence is no caption's closing mark)
    prose = "He showed the archive (file photo) to the press on Monday.\n"
    assert caption_lines(prose) == ()


def test_calls_into_question_is_no_saying() -> None:
    assert_statements(
        "Yerevan /Armenpress/. The latest remarks by the Russian side not only cause "
        "regret but also call into question the mediator's role in the peace process, said "
        "the Armenian Foreign Ministry Spokesperson Anna Hakobyan answering a question from "
        "journalists.\n",
        PUBLISHED,
        [("Anna Hakobyan", "The latest remarks by the Russian side", DAY)],
    )


def test_a_compass_point_and_a_place_name_no_one() -> None:
    for region in ("North Kazakhstan", "East Azerbaijan", "South Ukraine"):
        assert parse_speaker(region) is None, region
    # (a surname that is a point of the compass still names: "Oliver North")
    found = parse_speaker("Oliver North")
    assert found is not None and found.kind == "person"
    # (and a state whose name opens so is still the state)
    for state in ("North Macedonia", "South Africa"):
        found = parse_speaker(state)
        assert found is not None and found.kind == "institution", state


def test_he_goes_to_the_minister_not_a_region() -> None:
    assert_statements(
        "ASTANA. Foreign Minister of Kazakhstan Aibek Nurlanov said on Thursday that the "
        "border talks would resume in spring. He also noted that the ministry saw no reason "
        "to summon the ambassador.\n\n"
        "The governor of North Kazakhstan region has asked residents to stay calm.\n",
        PUBLISHED,
        [
            ("Aibek Nurlanov", "the border talks would resume", DAY),
            ("Aibek Nurlanov", "the ministry saw no reason", DAY),
        ],
    )


def test_a_call_quoted_in_guillemets() -> None:
    assert_statements(
        "ALMATY. Ivan Petrov, a Russian lawmaker, called on the Russian government on "
        "Thursday to \u00abprotect compatriots in the steppe regions\u00bb.\n",
        PUBLISHED,
        [("Ivan Petrov", "called on the Russian government", DAY)],
    )


def test_a_courtesy_call_is_still_no_saying() -> None:
    # (a host named, no "to" and a verb after it: a visit, no words)
    assert_statements(
        "TASHKENT. Ambassador Li Wen called on the Uzbek Foreign Minister and handed over "
        "a message \u00abof goodwill\u00bb.\n",
        PUBLISHED,
        [],
    )


def test_recommended_someone_to_do_is_advice() -> None:
    assert_statements(
        "Baku/16.11.23/Turan: The Azerbaijani Foreign Ministry on Thursday recommended the "
        'Iranian envoy to "study the facts" before commenting on the border exercises.\n',
        PUBLISHED,
        [("Azerbaijani Foreign Ministry", 'recommended the Iranian envoy to "study', DAY)],
    )


def test_recommended_a_thing_tells_no_words() -> None:
    assert_statements(
        "RIGA. The commission recommended approval of the new budget on Thursday.\n",
        PUBLISHED,
        [],
    )


def test_said_what_is_to_be_done_is_a_mention_only() -> None:
    # (an indirect question after "said": which issues, not what of them; the quotation
    # below gives the words)
    assert_statements(
        "KYIV. Foreign Minister Olena Hrytsenko said on Thursday that she expected the call "
        "with her Polish counterpart this week. The minister also said what issues should be "
        "raised during the call.\n",
        PUBLISHED,
        [("Olena Hrytsenko", "she expected the call", DAY)],
    )


def test_said_what_is_to_be_done_and_more_is_words() -> None:
    assert_statements(
        "KYIV. Foreign Minister Olena Hrytsenko said on Thursday what steps should be taken "
        "next was a matter for the government alone.\n",
        PUBLISHED,
        [("Olena Hrytsenko", "what steps should be taken next was", DAY)],
    )
