"""Review rv46c: the speaker rules of round 38 (h46s) narrowed.

A line opening "Name:" is a broadcast turn only when the name is in capitals and other lines
open on another's label ("KELEMEN:", "JEN PSAKI:"); a round-up of reactions, "Olaf Scholz:
He said ...", names the "he". Wire copy's lower-case "a foreign ministry statement" is not
the ministry of another state the story named before it turned to a second state; and "the
statement said" after another body issued a statement of its own is that body's.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

DAY = datetime.date(2024, 3, 5)

# F1: a round-up of leaders' reactions, each line under its leader's name
REACTIONS = (
    "Leaders reacted on Saturday to the attack.\n\n"
    "Olaf Scholz: He said Germany stood with Israel and condemned the violence.\n\n"
    "Emmanuel Macron: He said France would work with its partners for calm.\n"
)

# F1: a label with a post after the name, in the same layout
POSTED_REACTIONS = (
    "How the world reacted\n\n"
    "Secretary General Antonio Guterres: He called on all sides to show maximum restraint.\n\n"
    "Kaja Kallas, EU foreign policy chief: She said the bloc stood ready to help.\n"
)

# F2: one state's ministry named first, then the story turns to the other state
TWO_MINISTRIES = (
    "KYIV (Reuters) - Ukraine's Foreign Ministry on Tuesday summoned Hungary's ambassador "
    "over remarks by Prime Minister Viktor Orban.\n\n"
    'Budapest hit back within hours. A foreign ministry statement said the summons was "absurd '
    'and unacceptable".\n'
)

# F3: a second statement, issued by another body, then "the statement said"
LATER_STATEMENT = (
    "TEHRAN (AFP) - Iran on Sunday condemned new EU sanctions. In Tehran, a foreign ministry "
    "statement said the measures were illegal.\n\n"
    "Later, the European Union issued a statement of its own. \u201cThe sanctions are "
    "targeted and proportionate,\u201d the statement said.\n"
)


def _speakers(text: str, words: str) -> list[str | None]:
    return [s.speaker for s in extract(text, published=DAY) if words in s.text]


def test_a_reactions_label_is_the_he_of_its_line() -> None:
    assert _speakers(REACTIONS, "Germany stood") == ["Olaf Scholz"]
    assert _speakers(REACTIONS, "France would work") == ["Emmanuel Macron"]


def test_a_label_with_a_post_is_the_one_of_its_line() -> None:
    assert _speakers(POSTED_REACTIONS, "maximum restraint") == ["Antonio Guterres"]
    assert _speakers(POSTED_REACTIONS, "ready to help") == ["Kaja Kallas"]


def test_a_lower_case_ministry_statement_is_not_the_other_states() -> None:
    got = _speakers(TWO_MINISTRIES, "absurd")
    assert "Ukrainian Foreign Ministry" not in got, got


def test_the_statement_said_after_another_bodys_statement() -> None:
    assert _speakers(LATER_STATEMENT, "the measures were illegal") == ["Iranian Foreign Ministry"]
    assert _speakers(LATER_STATEMENT, "targeted and proportionate") == ["European Union"]


def test_foreign_or_defence_only_before_ministry() -> None:
    from tracker.extract.coref import _A_DOCUMENT

    assert _A_DOCUMENT.fullmatch("a foreign ministry statement")
    assert _A_DOCUMENT.fullmatch("a defence ministry statement")
    assert _A_DOCUMENT.fullmatch("a foreign government statement") is None
    assert _A_DOCUMENT.fullmatch("a defense army statement") is None
