"""Review rv44b's findings on round 44's rules, each narrowed where it took words or a
speaker it had no right to (sentences written here in the manner of wire copy):

- F1 a bare surname one letter short of a titled full name ("Reisalu" for Urmas Reinsalu) is
  that man only when it brings no post of its own: "Finnish Prime Minister Marin" after
  "Taoiseach Micheal Martin", "Hosain, a spokesman for ..." after "Touhid Hossain" are others;
- F2 "It is worth noting that President X visited Beijing": the impersonal frame gives "he"
  next to X only when the clause tells of X's words;
- F3 "credited the tranche to the budget", "credited each account with the payment": money;
- F4 'pronounced the word "sanctions"': a word uttered, no verdict;
- F5 "The scandal heaped criticism on the minister": no one who speaks;
- F6 'said Moscow would "not negotiate", as long as Kyiv ...' cut by the excerpt's end: the
  clause may be part of the words, which are unfinished;
- F7 "a statement by spokeswoman X, which said ...": the statement's one author speaks;
- the reader-turning frame ("It bears to remind that") is one pattern, shared by the dates'
  and the pronouns' readers.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.statement_checks import assert_statements, ingested_statements

PUBLISHED = datetime.date(2024, 3, 13)  # a Wednesday
DAY = "2024-03-13"


def _said(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return [(s["speaker"], s["text"]) for s in ingested_statements(tmp_path, text, PUBLISHED)]


# F1


def test_titled_surname_a_letter_short_is_its_own_person(tmp_path: Path) -> None:
    text = (
        "BRUSSELS (Reuters) - Irish Taoiseach Micheal Martin said on Wednesday that the union "
        "had to keep funding Kyiv.\n\n"
        "Finnish Prime Minister Marin said her government would not reopen the border.\n\n"
        '"We are not naive about this," Marin told reporters.\n'
    )
    got = _said(tmp_path, text)
    assert [s for s, _ in got] == ["Micheal Martin", "Marin", "Marin"], got


def test_surname_with_its_own_appositive_is_its_own_person(tmp_path: Path) -> None:
    text = (
        "DHAKA (Reuters) - Bangladesh's Foreign Adviser Touhid Hossain met Indian Foreign "
        "Secretary Vikram Misri on Wednesday.\n\n"
        "Hosain, a spokesman for the opposition party, said the talks had changed nothing.\n"
    )
    got = _said(tmp_path, text)
    assert got[0][0] == "Hosain", got


# F2


def test_reminder_of_a_deed_keeps_the_speaker(tmp_path: Path) -> None:
    text = (
        "ASTANA (Kazinform) - Foreign Minister Murat Nurtleu said on Wednesday that Astana "
        "backed the proposal.\n\n"
        "It is worth noting that President Kassym-Jomart Tokayev visited Beijing last week.\n\n"
        "He added that the ministry would brief lawmakers next week.\n"
    )
    got = _said(tmp_path, text)
    assert got[-1] == ("Murat Nurtleu", "the ministry would brief lawmakers next week"), got


def test_recalled_deed_with_stressed_keeps_the_speaker(tmp_path: Path) -> None:
    text = (
        "MOSCOW, March 13. /TASS/. Russian Foreign Minister Sergey Lavrov said on Wednesday "
        "that Moscow remained open to talks.\n\n"
        "It should be recalled that President Vladimir Zelensky signed a decree in 2022 "
        "banning talks with the Kremlin.\n\n"
        "He stressed that Russia would accept no preconditions.\n"
    )
    got = _said(tmp_path, text)
    assert got[-1][0] == "Sergey Lavrov", got


# F3


def test_credited_money_is_no_statement(tmp_path: Path) -> None:
    text = (
        "KYIV (Reuters) - Ukraine's Finance Ministry credited the second tranche of the loan "
        "to the state budget on Wednesday.\n\n"
        "Chancellor Rachel Reeves credited each household's account with the energy payment "
        "in November.\n"
    )
    assert _said(tmp_path, text) == []


# F4


def test_pronounced_word_is_no_verdict(tmp_path: Path) -> None:
    text = (
        'BEIRUT (AP) - Foreign Minister Abbas Araghchi pronounced the word "ceasefire" '
        "carefully, in English, before going on in Farsi.\n"
    )
    assert _said(tmp_path, text) == []


# F5


def test_heaped_criticism_by_a_thing_is_no_statement(tmp_path: Path) -> None:
    text = (
        "ANKARA (Reuters) - Erdogan rejected claims that the economy was in trouble.\n\n"
        "The scandal heaped criticism on the finance minister. Soaring prices have heaped "
        "criticism on the central bank, and the resignations poured scorn on its forecasts.\n"
    )
    got = _said(tmp_path, text)
    assert [s for s, _ in got] == ["Erdogan"], got


def test_heaped_scorn_by_a_person_is_still_a_statement(tmp_path: Path) -> None:
    # near miss: one who speaks heaps the scorn
    text = "ANKARA (Reuters) - Opposition leader Ozgur Ozel heaped scorn on the budget plan.\n"
    got = _said(tmp_path, text)
    assert [s for s, _ in got] == ["Ozgur Ozel"], got
    text = (
        "WASHINGTON (USA TODAY) - Trump and Cruz led the field in Iowa. At the debate, those "
        "trailing them heaped criticism on the president and his party.\n"
    )
    got = _said(tmp_path, text)
    assert [s for s, _ in got] == ["those trailing them"], got


# F6

LEAD = (
    "MOSCOW (Reuters) - Russian officials spoke on Wednesday.\n\n"
    "Foreign Minister Sergei Lavrov said the talks had been useful.\n"
)
LAVROV = [("Sergei Lavrov", "the talks had been useful", DAY)]


def test_cut_condition_inside_the_words_gives_nothing() -> None:
    assert_statements(
        LEAD + 'Kremlin spokesman Dmitry Peskov said Moscow would "not talk", as long as Kyiv '
        "kept its troops in the reg",
        PUBLISHED,
        LAVROV,
    )


def test_cut_coordination_inside_the_object_gives_nothing() -> None:
    assert_statements(
        LEAD + 'Peskov said Russia would ship "grain and fertiliser", as well as fuel, to '
        "the states of the Sah",
        PUBLISHED,
        LAVROV,
    )


# F7


def test_statement_by_one_author_which_said(tmp_path: Path) -> None:
    text = (
        "MOSCOW (Reuters) - Russia on Wednesday issued a statement by Foreign Ministry "
        "spokeswoman Maria Zakharova, which said the West bore the blame for the crisis.\n"
    )
    got = _said(tmp_path, text)
    assert got == [("Maria Zakharova", "the West bore the blame for the crisis")], got


# the shared frame


def test_reader_frame_is_one_pattern() -> None:
    from tracker.extract import clause_words, coref, occasion

    assert occasion.READER_FRAME is clause_words.READER_FRAME
    assert coref._IMPERSONAL_FRAME.pattern.startswith(clause_words.READER_FRAME.pattern)
    for opening in ("It bears to remind ", "It should be recalled ", "Recall "):
        assert clause_words.READER_FRAME.fullmatch(opening)
