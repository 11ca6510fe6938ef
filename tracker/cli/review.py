"""The interactive review of proposed statements, one at a time, on a terminal.

Each statement is shown in its paragraph with the words highlighted, with the
speaker, role, date (and what the date rests on) and kind that extraction
proposed. Keys: a accept, e edit speaker, d edit date, k edit kind, w edit the
words (found again in the article: the citation points at them), n not a
statement, s skip, r accept the rest, q quit. Every answer is read with
typer.prompt, so a test can feed the keys as input.

A statement accepted here is stored "confirmed" (a person read it); one taken
without being read (--yes, or "accept the rest") is stored "proposed".
Quitting keeps what was accepted in the current article and stops the run.
"""

from __future__ import annotations

import datetime
from dataclasses import replace

import typer

from tracker.article import Article
from tracker.dates import ACCEPTED, parse_said
from tracker.errors import InvalidInput
from tracker.extract.model import ProposedStatement
from tracker.models import STATEMENT_KINDS
from tracker.services.ingest import Decisions
from tracker.spans import find_span

KEYS = {
    "a": "accept",
    "e": "edit speaker",
    "d": "edit date",
    "k": "edit kind",
    "w": "edit words",
    "n": "not a statement",
    "s": "skip",
    "r": "accept the rest",
    "q": "quit",
}
CONTEXT_CHARS = 700
SPEAKER_TYPES = ("person", "institution")


def review(article: Article, proposals: list[ProposedStatement]) -> Decisions:
    """Ask about each proposed statement of one article; see the module docstring for keys.

    A services.ingest.Review: ingest() calls it before it records anything.
    """
    text, title = article.text, article.path
    decisions = Decisions()
    total = len(proposals)
    for number, proposal in enumerate(proposals, 1):
        current = proposal
        while True:
            show(text, current, header=f"{title} — statement {number} of {total}")
            key = typer.prompt(
                "[a]ccept [e]dit speaker [d]ate [k]ind [w]ords [n]ot a statement [s]kip "
                "[r]est accepted [q]uit",
                default="a",
                value_proc=one_of(tuple(KEYS)),
                err=True,
            )
            if key == "a":
                decisions.accepted.append((current, "confirmed"))
            elif key == "s":
                decisions.skipped += 1
            elif key == "n":
                decisions.rejected.append(current)
            elif key == "r":
                decisions.accepted.append((current, "confirmed"))
                decisions.accepted.extend((p, "proposed") for p in proposals[number:])
                return decisions
            elif key == "q":
                decisions.quit = True
                return decisions
            elif key == "w":
                current = edit_words(text, current)
                continue
            else:
                current = {"e": edit_speaker, "d": edit_date, "k": edit_kind}[key](current)
                continue
            break
    return decisions


def one_of(choices: tuple[str, ...]):
    """A prompt check that accepts one of `choices` (typed in any case) and re-asks otherwise."""

    def check(value: str) -> str:
        answer = value.strip().lower()
        if answer not in choices:
            raise typer.BadParameter(f"type one of: {', '.join(choices)}")
        return answer

    return check


def show(text: str, p: ProposedStatement, *, header: str) -> None:
    """The statement in its paragraph, highlighted, and what extraction proposed about it."""
    start, end = paragraph_around(text, *p.span)
    before, words, after = (
        text[start : p.span[0]],
        text[p.span[0] : p.span[1]],
        text[p.span[1] : end],
    )
    echo = _say
    echo()
    echo(typer.style(header, bold=True))
    echo(before + typer.style(words, reverse=True) + after)
    speaker = p.speaker or "(no speaker found)"
    echo(f"  speaker: {speaker} ({p.speaker_type})")
    if p.speaker_type not in SPEAKER_TYPES or not p.speaker:
        echo("           not a known speaker: accepting leaves it out; e names one")
    if p.role or p.institution:
        echo(f"  role:    {', '.join(x for x in (p.role, p.institution) if x)}")
    evidence = f" — {p.date_evidence}" if p.date_evidence else ""
    echo(f"  date:    {p.said_on or 'unknown'}{evidence}")
    echo(f"  kind:    {p.kind}   confidence: {p.confidence:.2f}")


def _say(line: str = "") -> None:
    typer.echo(line, err=True)


def paragraph_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the paragraph(s) holding text[start:end], cut to CONTEXT_CHARS around it."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right < 0 else right
    spare = max(0, CONTEXT_CHARS - (end - start)) // 2
    return max(left, start - spare), min(right, end + spare)


def edit_speaker(p: ProposedStatement) -> ProposedStatement:
    """Ask for the speaker, whether a person or an institution, and (for a person) the role."""
    speaker = typer.prompt("Speaker", default=p.speaker or "", err=True).strip()
    kind = typer.prompt(
        "Person or institution",
        default=p.speaker_type if p.speaker_type in SPEAKER_TYPES else "person",
        value_proc=one_of(SPEAKER_TYPES),
        err=True,
    )
    if kind == "institution":
        return replace(p, speaker=speaker, speaker_type=kind, role=None, institution=None)
    role = typer.prompt("Role (- for none)", default=p.role or "-", err=True).strip()
    institution = typer.prompt(
        "Institution of that role (- for none)", default=p.institution or "-", err=True
    ).strip()
    return replace(
        p,
        speaker=speaker,
        speaker_type=kind,
        role=None if role in ("", "-") else role,
        institution=None if institution in ("", "-") else institution,
    )


def edit_date(p: ProposedStatement) -> ProposedStatement:
    """Ask for the day (or interval) it was said; '-' for unknown."""

    def check(value: str):
        if value.strip() in ("-", ""):
            return None
        try:
            return parse_said(value)
        except InvalidInput as exc:
            raise typer.BadParameter(str(exc)) from None

    span = typer.prompt(
        f"Said on ({ACCEPTED}; - for unknown)",
        default=p.said_on or "-",
        value_proc=check,
        err=True,
    )
    edtf = span.edtf() if span is not None else None
    return replace(p, said_on=edtf, date_evidence="given in review")


def edit_words(text: str, p: ProposedStatement) -> ProposedStatement:
    """Ask for the statement's words as the article has them; they are found in it again
    (the nearest place to the proposal's), so the citation points at what was typed."""

    def check(value: str) -> tuple[int, int]:
        span = find_span(text, value, near=p.span[0])
        if span is None:
            raise typer.BadParameter(
                "those words are not in the article; type them as it has them "
                "(line breaks and the kind of quotation marks do not matter)"
            )
        return span

    start, end = typer.prompt("Words", default=p.text, value_proc=check, err=True)
    return replace(p, text=text[start:end], span=(start, end))


def edit_kind(p: ProposedStatement) -> ProposedStatement:
    kind = typer.prompt("Kind", default=p.kind, value_proc=one_of(STATEMENT_KINDS), err=True)
    return replace(p, kind=kind)


def ask_year(path: str, month_day: tuple[int, int]) -> int:
    """The year of a dateline that gives only month and day, asked of the user."""
    month, day = month_day
    shown = datetime.date(2000, month, day).strftime("%B %-d")
    latest = datetime.date.today().year + 1

    def check(value: str) -> int:
        try:
            year = int(value.strip())
            if not 1900 <= year <= latest:
                raise ValueError
            datetime.date(year, month, day)
        except ValueError:
            raise typer.BadParameter(f"give a year from 1900 to {latest} with a {shown}") from None
        return year

    return typer.prompt(
        f"{path}: the dateline says {shown!r} without a year. Year", value_proc=check, err=True
    )
