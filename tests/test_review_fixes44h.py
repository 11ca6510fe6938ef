"""Review fixes rv44h (round 44): a reader's frame over a meeting of two ("It will be
recalled that X and Y last spoke face to face ... last year") tells no words, so its day
dates none below; a meeting transcript's answer to the other principal's question stays
whole; a turn's short first paragraph opening on a greeting, courtesies after it included,
stays with the remarks it opens; "But we must ..." after a topic of the opening goes on with
that topic. Sentences and pages written here in the manner of agency copy and of official
transcripts; each test fails on 4f2b9fee."""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.statement_checks import assert_statements, ingested_statements

PUBLISHED = datetime.date(2024, 2, 22)
DAY = "2024-02-22"


def test_a_reader_frame_over_an_old_meeting_dates_no_words() -> None:
    assert_statements(
        "RIO DE JANEIRO, Feb 22 (AFP) - Britain's Foreign Secretary David Cameron shook hands "
        "with Chinese Foreign Minister Wang Yi at the start of the session. It will be recalled "
        "that Cameron and Wang last spoke face to face at the Munich Security Conference on "
        "February 17 last year. Cameron told reporters that London wanted a steadier "
        "relationship with Beijing.\n",
        PUBLISHED,
        [("David Cameron", "London wanted a steadier relationship with Beijing", DAY)],
    )


def _turns(tmp_path: Path, text: str, published: datetime.date) -> list[tuple[str, str]]:
    return [(s["speaker"], s["text"][:30]) for s in ingested_statements(tmp_path, text, published)]


def test_an_answer_to_the_other_principals_question_stays_whole(tmp_path: Path) -> None:
    text = (
        "Meeting with Governor of Belgorod Region Vyacheslav Gladkov\n\n"
        "Vladimir Putin met with Governor of Belgorod Region Vyacheslav Gladkov.\n\n"
        "February 22, 2024, 14:10, The Kremlin, Moscow\n\n"
        "Vladimir Putin: Mr Gladkov, how are the schools coping?\n\n"
        "Vyacheslav Gladkov: Mr President, most schools in the border districts have moved to "
        "distance learning. Teachers are working in two shifts.\n\n"
        "More broadly, we are building shelters. Forty have been completed since January.\n\n"
        "Vladimir Putin: Good. Send me the figures.\n"
    )
    got = _turns(tmp_path, text, PUBLISHED)
    gladkov = [t for who, t in got if who == "Vyacheslav Gladkov"]
    assert gladkov and gladkov[0].startswith("Mr President, most schools"), got
    assert not any(t.startswith("More broadly") for t in gladkov), got


def test_a_greeting_paragraph_with_its_courtesies_stays_with_the_remarks(
    tmp_path: Path,
) -> None:
    text = (
        "Secretary Blinken's Remarks to the Press\n\n"
        "REMARKS\n\n"
        "ANTONY J. BLINKEN, SECRETARY OF STATE\n\n"
        "Jakarta, Indonesia\n\n"
        "February 22, 2024\n\n"
        "SECRETARY BLINKEN: Well, good morning, everyone. It's a pleasure to be in Jakarta "
        "again.\n\n"
        "More broadly, our trade with Indonesia has grown every year, and we will keep "
        "investing in clean energy here.\n\n"
        "QUESTION: Mr. Secretary, will you meet the president-elect?\n\n"
        "SECRETARY BLINKEN: I expect so.\n"
    )
    got = _turns(tmp_path, text, PUBLISHED)
    starts = [t for _, t in got]
    assert any(t.startswith("Well, good morning, everyone.") for t in starts), got
    assert not any(t.startswith("More broadly") for t in starts), got


def test_but_we_must_after_a_topic_of_the_opening_goes_on_with_it(tmp_path: Path) -> None:
    text = (
        "Press remarks by High Representative Josep Borrell after the Foreign Affairs Council\n\n"
        "Brussels, 22/02/2024\n\n"
        "Check against delivery!\n\n"
        "Josep Borrell: First, on Ukraine. Ministers agreed to speed up the delivery of "
        "ammunition.\n\n"
        "Finally, on the Red Sea. We launched a naval operation to protect shipping.\n\n"
        "But we must not be dragged into a wider conflict. That is why the operation is "
        "defensive only.\n\n"
        "Question: Will the operation strike targets on land?\n\n"
        "Josep Borrell: No.\n"
    )
    got = _turns(tmp_path, text, PUBLISHED)
    starts = [t for _, t in got]
    assert any(t.startswith("Finally, on the Red Sea.") for t in starts), got
    assert not any(t.startswith("But we must") for t in starts), got
