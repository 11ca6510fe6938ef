"""Detection on unseen real text (issue 8, nineteenth round): a story that prints excerpts of
a press conference and then goes on with its own report. A paragraph below the last answer
that relays what someone said in the third person is the page's report again, when it opens
on a quotation in the first person ('"We have waited long for this," X told Y') as much as
when it reports in plain words, and when the sentence names someone with a suffix ("Juan
Reyes Jr. at the palace, where ..."), whose full stop ends no sentence. Each test in new
words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

FRIDAY = datetime.date(2023, 6, 16)

_EXCERPTS = (
    "Kenya, Tanzania agree on rail link\n\n"
    "NAIROBI, June 16 (KNA) - Kenya's Foreign Minister Alfred Mutua on Friday said the two "
    "countries had agreed to build a cross-border railway.\n\n"
    "The following are excerpts from the press conference:\n\n"
    "MINISTER MUTUA: We agreed today to fast-track the feasibility study. Our engineers will "
    "meet next month in Arusha to settle the route.\n\n"
    "QUESTION: Minister, who will pay for the line?\n\n"
    "MINISTER MUTUA: Both governments, with a loan we are still negotiating. I will not give "
    "you a figure today.\n\n"
)


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=FRIDAY)]


def _has(found: list[tuple[str | None, str]], who: str, start: str) -> bool:
    return any(speaker == who and text.startswith(start) for speaker, text in found)


def test_a_quotation_in_the_first_person_with_its_speaker_after_it_is_the_report_again() -> None:
    found = _said(
        _EXCERPTS + '"We have both waited a long time for this," Tanzanian Foreign '
        "Minister Stergomena Tax told reporters as she left, according to a statement from "
        "her ministry.\n"
    )
    assert _has(found, "Stergomena Tax", "We have both waited a lo")
    assert not any(t.startswith("Both governments") and "Tax" in t for _, t in found)


def test_a_quotation_said_to_someone_after_the_answers() -> None:
    found = _said(
        _EXCERPTS + '"We will be the first to ride it," Ugandan President Yoweri Museveni '
        "told Mutua by telephone, his office said.\n"
    )
    assert _has(found, "Yoweri Museveni", "We will be the first to")


def test_a_name_with_a_suffix_ends_no_sentence() -> None:
    found = _said(
        _EXCERPTS + "Mutua later called on Senator Joseph Kamau Jr. at Parliament, where the "
        'senator welcomed the project as "long overdue."\n'
    )
    assert _has(found, "Joseph Kamau Jr.", "welcomed the project as")


def test_the_answer_that_quotes_with_its_own_we_stays_the_answer() -> None:
    found = _said(
        _EXCERPTS.replace(
            "I will not give you a figure today.",
            '"We will find the money," as I told my colleague, and we will.',
        )
    )
    assert _has(found, "Alfred Mutua", "Both governments, with a")
    assert not any(t.startswith('"We will find') or t.startswith("We will find") for _, t in found)
