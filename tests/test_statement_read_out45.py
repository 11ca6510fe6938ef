"""A noon briefing's transcript read out whole by the spokesman: a statement of the
Secretary-General he announces and reads out on the same line ("We will start off with a
statement on X:  The Secretary-General condemns ...") is the Secretary-General's, as it is on
a line of its own (the spokesman's whole turn his statement too); words of his own after the
colon are his alone. Pages written here, in the manner of the UN's noon briefings."""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2024, 2, 14)

HEAD = (
    "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
    "The following is a near-verbatim transcript of today\u2019s noon briefing by St\u00e9phane "
    "Dujarric, Spokesman for the Secretary-General.\n\n"
    "Good afternoon.  After I am done, we will hear from the head of the World Food "
    "Programme in Haiti, who will brief you on the food situation there.\n\n"
)


def _got(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return [(s["speaker"], s["text"]) for s in ingested_statements(tmp_path, text, PUBLISHED)]


def test_a_statement_read_out_after_its_announcement_on_one_line(tmp_path: Path) -> None:
    text = HEAD + (
        "I will start with a statement on the attack in Mogadishu:  The Secretary-General "
        "strongly condemns yesterday\u2019s bombing of a market in Mogadishu, which killed "
        "at least twenty people.  Those responsible must be brought to justice.\n\n"
        "Turning to Haiti, our colleagues tell us that more people were displaced this week.\n"
    )
    got = _got(tmp_path, text)
    relayed = [t for who, t in got if "Secretary-General" in who]
    assert any("bombing of a market" in t for t in relayed), got
    # (the spokesman's turn, read out whole, is his statement as well)
    assert any(who == "St\u00e9phane Dujarric" for who, _ in got), got


def test_the_briefers_own_words_after_a_colon_stay_his(tmp_path: Path) -> None:
    text = HEAD + (
        "I have a statement on the situation in Haiti:  We are deeply worried by the "
        "displacement of more people this week, and our teams are on the ground.\n"
    )
    got = _got(tmp_path, text)
    assert not any("Secretary-General" in who for who, _ in got), got
    assert any("deeply worried" in t for who, t in got if "Dujarric" in who), got
