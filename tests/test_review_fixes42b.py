"""Review fixes (rv42b) to four rules of this round, each narrowed to what it was made for.

- A line ending on a full date, a stop and a bracket is a photo caption only when the
  bracket is a photo's credit (a slash, "Photo", "Pool", "via") and the line tells no
  words: not a speech page's title "(As Delivered)", a transcript's "(Applause.)", a story's
  "(Translated by ... staff)" or a source's name.
- Paragraphs below "X said:" are X's only while they are in his voice: not a journalist's
  "I asked him ...", nor a release's "The UK is working with our partners ..." or "For
  further information, please contact us ...".
- "a few items at the top of the agenda" in an answer does not reopen a briefer's opening;
  a date-led background sentence in the opening ("On April 15, the war entered ...") is no
  item of its own.
- A perfect ("has released a statement saying", "had reportedly criticised", "has said")
  dates its own clause's speaker, not another named in a clause joined on ("..., and
  Foreign Minister X told reporters ...").

Pages written here in the manner of a US mission's speeches, the White House's and the
State Department's transcripts, the Times of Israel, Armenpress, gov.uk and Reuters."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.statement_checks import ingested_statements
from tracker.extract import extract


def _said(text: str, published: datetime.date) -> list[tuple[str | None, str, str | None]]:
    return [(s.speaker, s.text, s.said_on) for s in extract(text, published=published)]


# --- F1: a speech page's title line is no caption


@pytest.mark.parametrize(
    "note",
    ["(As Delivered)", "(Check against delivery)", "(Unofficial translation)", "(As Prepared)"],
)
def test_speech_title_with_a_delivery_note_is_no_caption(note: str) -> None:
    text = (
        "Remarks by Ambassador Linda Thomas-Greenfield at a UN Security Council Briefing on "
        f"Syria, New York, February 24, 2025. {note}\n\n"
        "Thank you, Mr. President. Let me thank the Special Envoy for his briefing.\n\n"
        "The United States remains committed to a political solution in Syria. We urge all "
        "parties to protect civilians.\n\n"
        "Thank you, Mr. President.\n"
    )
    got = _said(text, datetime.date(2025, 2, 24))
    assert got and all(g[0] == "Linda Thomas-Greenfield" for g in got), got
    assert any(g[1].startswith("Thank you, Mr. President. Let me") for g in got), got


# --- F2: a transcript's paragraph closing on a date and "(Applause.)"


def test_paragraph_with_a_date_and_applause_stays_in_the_remarks(tmp_path: Path) -> None:
    text = (
        "Remarks by the President at a Memorial Ceremony\n\n"
        "10:02 A.M. EDT\n\n"
        "THE PRESIDENT: Thank you all. Please, be seated.\n\n"
        "Twenty years ago, our nation was attacked on September 11, 2001. (Applause.)\n\n"
        "We remember every one of those we lost, and we will never forget them.\n\n"
        "10:20 A.M. EDT\n"
    )
    got = ingested_statements(tmp_path, text, datetime.date(2021, 9, 11))
    assert got, got
    said = " ".join(s["text"] for s in got)
    assert "Thank you all" in said and "Twenty years ago" in said, got


# --- F3: a story's line of a quotation or a deed, closing on a date and a bracket


def test_quoted_line_with_a_translation_note_keeps_its_speaker() -> None:
    text = (
        "JERUSALEM - Prime Minister Benjamin Netanyahu met the hostages' families on Sunday.\n\n"
        "\u201cWe owe them everything,\u201d President Isaac Herzog said at a ceremony in "
        "Jerusalem on October 6, 2024. (Translated by Times of Israel staff)\n\n"
        "\u201cOur thoughts are with the families,\u201d he added.\n"
    )
    got = _said(text, datetime.date(2024, 10, 7))
    assert [g[0] for g in got] == ["Isaac Herzog", "Isaac Herzog"], got


def test_story_line_closing_on_a_source_name_keeps_its_names() -> None:
    text = (
        "YEREVAN, March 5. Armenia and Georgia signed a transit agreement in Tbilisi.\n\n"
        "The agreement was signed by Foreign Minister Ararat Mirzoyan and his Georgian "
        "counterpart in Tbilisi on March 4, 2025. (Armenpress)\n\n"
        "\u201cThis opens a new route for our trade,\u201d he said.\n"
    )
    got = _said(text, datetime.date(2025, 3, 5))
    assert [(g[0], g[2]) for g in got] == [("Ararat Mirzoyan", "2025-03-04")], got


# --- F4 and F5: paragraphs below "X said:" that are not his words


def test_interviewers_paragraphs_are_not_the_ministers() -> None:
    text = (
        "Interview: \u201cWe will not give up\u201d\n\n"
        "The Foreign Minister, Piotr Nowak, told the newspaper:\n\n"
        "We will not give up our support for Ukraine. That is what our voters expect of us.\n\n"
        "I asked him whether that included sending troops. He smiled and shook his head.\n\n"
        "My sense was that the minister had answered the question many times before.\n"
    )
    got = _said(text, datetime.date(2025, 2, 10))
    assert [g[1][:20] for g in got] == ["We will not give up "], got


def test_releases_own_paragraphs_are_not_the_ministers() -> None:
    text = (
        "Press release: UK announces new aid for Yemen\n\n"
        "The UK has today announced \u00a350 million of new aid for Yemen.\n\n"
        "Foreign Secretary David Lammy said:\n\n"
        "I have heard first-hand how families are struggling to find food. We will not "
        "turn away.\n\n"
        "The UK is working with our partners to get aid through the ports, and the funding "
        "announced today will reach 400,000 people.\n\n"
        "For further information, please contact us at the press office on 020 7008 3100.\n"
    )
    got = _said(text, datetime.date(2025, 2, 10))
    assert [g[1][:20] for g in got] == ["I have heard first-h"], got


# --- F6: "at the top of the agenda" in an answer; a date-led background sentence


BRIEFING = (
    "Department Press Briefing\n\n"
    "1:15 p.m. EDT\n\n"
    "MR MILLER: Good afternoon. Nothing at the top today, so let's go to questions.\n\n"
    "QUESTION: Matt, what will the Secretary raise in Paris?\n\n"
    "MR MILLER: So there are {items} for the Secretary's meetings in Paris.\n\n"
    "On Gaza, he will press for a ceasefire and for more aid to get in.\n\n"
    "On Ukraine, he will talk about air defense for the winter.\n\n"
    "QUESTION: And on Sudan?\n\n"
    "MR MILLER: Not yet.\n"
)


def test_answer_mentioning_the_top_stays_one_statement(tmp_path: Path) -> None:
    items = "a few items at the top of the agenda"
    got = ingested_statements(tmp_path, BRIEFING.format(items=items), datetime.date(2024, 10, 9))
    starts = [s["text"][:10] for s in got]
    assert not any(t.startswith("On Gaza") or t.startswith("On Ukraine") for t in starts), got
    assert any(
        s["text"].startswith("So there are")
        and "On Gaza" in s["text"]
        and "On Ukraine" in s["text"]
        for s in got
    ), got


def test_dated_background_sentence_is_no_item_of_the_opening(tmp_path: Path) -> None:
    text = (
        "Noon briefing by the Spokesperson for the Secretary-General\n\n"
        "STÉPHANE DUJARRIC: Good afternoon. A few things at the top.\n\n"
        "The Secretary-General is alarmed by the fighting in Sudan, which shows no sign of "
        "easing.\n\n"
        "On April 15, the war entered its second year; since then millions of people have "
        "fled their homes.\n\n"
        "QUESTION: Steph, has he spoken to the generals?\n\n"
        "STÉPHANE DUJARRIC: Not recently.\n"
    )
    got = ingested_statements(tmp_path, text, datetime.date(2024, 4, 18))
    assert not any(s["text"].startswith("On April 15") for s in got), got
    assert any(
        "The Secretary-General is alarmed" in s["text"] and "On April 15, the war" in s["text"]
        for s in got
    ), got


# --- F7: the perfect of one clause and the speaker of the next


PUBLISHED_W = datetime.date(2020, 11, 18)


@pytest.mark.parametrize(
    ("first", "verb"),
    [
        ("Sudan's foreign ministry has released a statement saying", "told reporters"),
        ("Sudan's foreign ministry has said", "told reporters"),
        ("Sudan's foreign ministry had reportedly said", "told reporters"),
    ],
)
def test_perfect_dates_only_its_own_clause(first: str, verb: str) -> None:
    text = (
        f"KHARTOUM, Nov 18 (Reuters) - {first} the talks on the dam had stalled, and "
        f"Irrigation Minister Yasir Abbas {verb} the dam put millions of people at risk.\n"
    )
    got = {g[0]: g[2] for g in _said(text, PUBLISHED_W)}
    assert got.get("Yasir Abbas") == "2020-11-18", got


def test_perfect_with_a_joined_while_clause() -> None:
    text = (
        "CAIRO, Nov 18 (Reuters) - Ethiopian spokesman Dina Mufti had reportedly criticised "
        "Egypt's handling of the talks, while Egyptian Foreign Minister Sameh Shoukry told "
        "reporters that Cairo would defend its water rights.\n"
    )
    got = {g[0]: g[2] for g in _said(text, PUBLISHED_W)}
    assert got.get("Dina Mufti") == "../2020-11-18", got
    assert got.get("Sameh Shoukry") == "2020-11-18", got


def test_roman_numeral_one_is_no_first_person() -> None:
    text = (
        "Foreign Minister Klara Steiner issued the following statement on 2 March:\n\n"
        "I welcome the agreement on the second phase of the ceasefire. We will support its "
        "implementation in every way we can.\n\n"
        "Under Phase I of the agreement, 33 hostages were released over six weeks.\n"
    )
    got = _said(text, datetime.date(2025, 3, 3))
    assert [g[1][:20] for g in got] == ["I welcome the agreem"], got
