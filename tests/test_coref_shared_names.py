"""Many people sharing one word of their names: each keeps their own words.

The article's people are found by the words of their names; a page naming thousands who
share one ("Ann Lee1", "Ann Lee2", ...: a generated roll call, a hostile input) made every
mention weigh everyone before it, and time grew with the square of the page (125,000
characters: 9 s; 250,000: 33 s). Only the latest people sharing a word are weighed now;
`bench_worst_case` measures 'one given name for all'. Pages written here.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract
from tracker.extract.entities import Entity

MONDAY = datetime.date(2024, 6, 3)


def _roll_call(count: int) -> str:
    return "Council roll call\n\n" + "".join(
        f"Councillor Ann Lee{n} said the motion on ward {n} should pass.\n\n" for n in range(count)
    )


def test_each_of_many_sharing_a_given_name_keeps_her_own_words() -> None:
    found = extract(_roll_call(400), published=MONDAY)
    by_text = {s.text: s.speaker for s in found}
    assert len(found) == 400
    for n in (0, 199, 399):
        assert by_text[f"the motion on ward {n} should pass"] == f"Ann Lee{n}"


def test_a_later_surname_alone_is_the_one_named_in_full() -> None:
    text = _roll_call(300) + "Lee7 later said the vote had been close.\n"
    found = extract(text, published=MONDAY)
    last = [s for s in found if s.text.startswith("the vote had been close")]
    assert [s.speaker for s in last] == ["Ann Lee7"]


def test_two_people_with_the_same_fields_are_two() -> None:
    one, other = Entity("Ann Lee", "person"), Entity("Ann Lee", "person")
    assert one != other and len({one, other}) == 2
