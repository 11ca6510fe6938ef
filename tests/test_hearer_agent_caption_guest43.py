"""Round 43 (set ve: Gulf, Egyptian, African and Israeli English-language media), in
sentences written here in the manner of those outlets.

1. "His comments were echoed by Mr Lapid. '...,' he said.": the passive's agent, named with
   an honorific, is whom "he" next means (as "The summit was hosted by X" already was).
2. "Al-Thani told Blinken Qatar was committed ...": with no "that", a state's name and a
   finite verb after the one told open the words; the hearer is "Blinken" alone.
3. "Combined images of (From L to R) X, Y and Z. / X made these remarks during ...": a line
   telling who stands where in a picture is a caption; a pointer back to "these remarks"
   finds no words in it.
4. "has welcomed Germany's foreign minister": a guest received (a state's possessive before
   the guest's post), no words.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

WEDNESDAY = datetime.date(2021, 10, 13)
MONDAY = datetime.date(2023, 12, 4)
TUESDAY = datetime.date(2025, 8, 19)
FRIDAY = datetime.date(2022, 4, 15)


def _said(text: str, published: datetime.date) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=published)]


# 1 ---------------------------------------------------------------------------------------------
LEAD = (
    "Sheikh Abdullah bin Zayed met US Secretary of State Antony Blinken and Israeli Foreign "
    "Minister Yair Lapid in Washington on Wednesday.\n"
    "The three ministers discussed Iran, with Mr Blinken saying the window for diplomacy was "
    "closing.\n"
    "\u201cWe are ready to look at other options,\u201d he said.\n"
)


def test_he_after_a_passive_with_an_honorific_agent_is_the_agent() -> None:
    got = _said(
        LEAD
        + "His warning was echoed by Mr Lapid.\n"
        + "\u201cIsrael reserves the right to act if talks fail,\u201d he said.\n",
        WEDNESDAY,
    )
    assert got[-1] == ("Yair Lapid", "Israel reserves the right to act if talks fail"), got


def test_he_after_a_sentence_of_the_speaker_is_still_the_speaker() -> None:
    # near miss: no passive agent between; "he" goes on being the one who spoke
    got = _said(
        LEAD
        + "His warning came as talks in Vienna stalled.\n"
        + "\u201cThe runway is getting shorter,\u201d he said.\n",
        WEDNESDAY,
    )
    assert got[-1] == ("Antony Blinken", "The runway is getting shorter"), got


# 2 ---------------------------------------------------------------------------------------------
def test_told_a_surname_then_a_state_and_a_finite_verb() -> None:
    got = _said(
        "US Secretary of State Antony Blinken spoke with Qatari Prime Minister Sheikh Mohammed "
        "bin Abdulrahman Al-Thani today, the Qatari news agency says.\n"
        "Al-Thani told Blinken Qatar was committed to restoring calm in Gaza.\n",
        MONDAY,
    )
    assert (
        "Mohammed bin Abdulrahman Al-Thani",
        "Qatar was committed to restoring calm in Gaza",
    ) in got, got


def test_told_an_outlet_named_in_capitals_keeps_its_name() -> None:
    # near miss: no finite verb after the capitalised run; the outlet's name stays whole
    got = _said(
        "Al-Thani told Qatar TV the talks were going well.\n",
        MONDAY,
    )
    assert got == [("Al-Thani", "the talks were going well")], got


# 3 ---------------------------------------------------------------------------------------------
def test_these_remarks_after_a_caption_take_no_words_from_it() -> None:
    got = _said(
        "Combined images of (From L to R) Egyptian Foreign Minister Badr Abdelatty and Turkish "
        "Foreign Minister Hakan Fidan. Ahram.\n"
        "Minister Abdelatty made these remarks during phone calls with his Turkish and British "
        "counterparts.\n"
        "He added that the latest round focused on a US proposal, according to the statement.\n",
        TUESDAY,
    )
    assert not any(text.startswith("Combined images") for _, text in got), got
    assert ("Badr Abdelatty", "the latest round focused on a US proposal") in got, got


def test_these_remarks_after_prose_still_take_its_words() -> None:
    # near miss: the paragraph before is prose, its words the minister's
    got = _said(
        "Egypt will host a reconstruction conference as soon as a ceasefire is declared.\n"
        "Minister Badr Abdelatty made these remarks during phone calls with his Turkish and "
        "British counterparts.\n",
        TUESDAY,
    )
    assert got and got[0][0] == "Badr Abdelatty", got
    assert got[0][1].startswith("Egypt will host a reconstruction conference"), got


# 4 ---------------------------------------------------------------------------------------------
def test_welcomed_a_states_foreign_minister_is_no_statement() -> None:
    got = _said(
        "The President of Niger has welcomed Germany's foreign minister, who is on a tour of "
        "West Africa.\n",
        FRIDAY,
    )
    assert got == [], got


def test_welcomed_a_states_decision_is_still_a_statement() -> None:
    # near miss: a state's possessive before a thing done, not a guest
    got = _said(
        "The President of Niger has welcomed Germany's decision to send more troops to the "
        "Sahel.\n",
        FRIDAY,
    )
    assert [text[:30] for _, text in got] == ["welcomed Germany's decision to"], got
