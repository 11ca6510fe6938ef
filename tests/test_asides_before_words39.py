"""Asides around a participle of saying in English wire copy (round thirty-nine, faults left
by an earlier helper on real copy): a participle set off between the subject and its verb
may close on a short quotation with its comma inside the mark ('X, describing the report as
"a hoax," said ...'), and the statement is the main verb's alone; how the words were said,
between a participle and its quotation ('adding with a smile:', ', to general laughter,'), is
no part of them; a participle's words left a statement of their own that are one whole
quotation are direct, without the marks. Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUB = datetime.date(2025, 3, 4)
HEAD = "Talks in Geneva\n\nGENEVA, March 4 (Reuters) - "


def _said(body: str) -> list[tuple[str | None, str, str]]:
    return [(s.speaker, s.kind, s.text) for s in extract(HEAD + body + "\n", published=PUB)]


def test_aside_closing_on_a_quotation_leaves_the_main_verbs_words() -> None:
    said = _said(
        'Kremlin spokesman Dmitry Peskov, describing the leaked memo as "a forgery," said '
        "Moscow saw no reason to respond."
    )
    assert said == [("Dmitry Peskov", "indirect", "Moscow saw no reason to respond")], said


def test_surname_alone_before_an_aside_closing_on_a_quotation_still_speaks() -> None:
    said = _said(
        "Kremlin spokesman Dmitry Peskov spoke to reporters on Tuesday.\n\n"
        'Peskov, calling the claims "absurd," said the Kremlin had nothing to add.'
    )
    assert ("Dmitry Peskov", "indirect", "the Kremlin had nothing to add") in said, said
    assert not any("absurd" in t for _, _, t in said), said


def test_plain_aside_before_the_verb_is_as_before() -> None:
    # near miss: an aside with no quotation passed before too
    said = _said(
        "Foreign Minister Wang Yi, explaining the abstention, said China wanted more time."
    )
    assert said == [("Wang Yi", "indirect", "China wanted more time")], said


def test_manner_before_a_quotation_is_no_part_of_the_words() -> None:
    said = _said(
        "Secretary of State Marco Rubio thanked Foreign Minister Sergei Lavrov for the "
        'lunch, adding, much to the delight of the delegations: "Next time we pay."'
    )
    assert ("Marco Rubio", "direct", "Next time we pay.") in said, said
    assert not any("delight" in t for _, _, t in said), said
    said = _said(
        'Secretary of State Marco Rubio greeted his counterpart, adding with a grin: "You '
        'brought the good weather."'
    )
    assert said == [("Marco Rubio", "direct", "You brought the good weather.")], said


def test_manner_then_that_is_no_aside() -> None:
    # near miss: "with some caution that ..." is the clause's own start, not an aside
    said = _said(
        "Secretary of State Marco Rubio praised the talks, adding with some caution that "
        '"much work remains."'
    )
    assert not any(k == "direct" for _, k, _ in said), said


def test_a_whole_quotation_after_adding_is_direct() -> None:
    said = _said(
        'Secretary of State Marco Rubio congratulated his counterpart, adding: "I hope we '
        'meet again before the summer."'
    )
    assert said == [("Marco Rubio", "direct", "I hope we meet again before the summer.")], said
