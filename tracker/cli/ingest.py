"""`tracker ingest`: find the statements in articles and record them.

The use case is tracker.services.ingest (prepare, then ingest); this module
parses the options, shows progress, asks the questions (tracker.cli.review)
and prints what each article gave and the summary.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import typer

from tracker.cli.common import DbOption

if TYPE_CHECKING:
    from tracker.article import Article, Overrides
    from tracker.db import Database
    from tracker.extract.model import ProposedStatement
    from tracker.reader import Input
    from tracker.services.ingest import Prepared, Recorded

PROPOSAL_COLUMNS = ("speaker", "role", "said_on", "kind", "text")
SHOWN_TEXT = 100  # on a terminal; piped, the text is written whole


def register(app: typer.Typer) -> None:
    """Add `ingest` to the root command group."""
    app.command("ingest")(ingest)


def ingest(
    paths: list[str] = typer.Argument(
        ...,
        metavar="PATH",
        help="Article files (.txt, .html), directories, glob patterns, http(s) URLs, or - (stdin).",
    ),
    yes: bool = typer.Option(
        False, "--yes", "-y", help="Record every statement found without asking (as 'proposed')."
    ),
    dry_run: bool = typer.Option(
        False, "--dry-run", help="Only show what would be recorded; no database is opened."
    ),
    json_out: bool = typer.Option(
        False, "--json", help="Print the extraction contract: one JSON object per article per line."
    ),
    review_: bool = typer.Option(
        False, "--review", help="Review even when stdin is not a terminal (keys read from stdin)."
    ),
    url: str | None = typer.Option(None, "--url", help="The article's URL."),
    outlet: str | None = typer.Option(None, "--outlet", help="The outlet that published it."),
    published: str | None = typer.Option(
        None,
        "--published",
        metavar="DATE",
        help="Publication date: a day (2021-12-17), or the month (2021-12) or year (2021) "
        "when no more is known.",
    ),
    title: str | None = typer.Option(None, "--title", help="The article's title."),
    language: str | None = typer.Option(None, "--language", help="Language code, e.g. en."),
    timeout: float = typer.Option(20.0, "--timeout", min=0.1, help="Seconds to wait for a URL."),
    max_size: float = typer.Option(
        5.0, "--max-size", min=0.001, metavar="MB", help="Refuse inputs larger than this."
    ),
    public_only: bool = typer.Option(
        False,
        "--public-only",
        envvar="TRACKER_PUBLIC_ONLY",
        help="Fetch URLs only from public internet addresses: refuse loopback, private and "
        "link-local ones, checked after DNS and on every redirect (set it on shared machines).",
    ),
    unnamed: bool = typer.Option(
        False,
        "--unnamed",
        help="Also list the words of unnamed sources ('a senior official said') and of states "
        "named as a whole ('Turkey said') with --dry-run or --yes, where no official or body "
        "can be recorded for them (review always offers them: there you can name the speaker).",
    ),
    db: DbOption = None,
) -> None:
    """Find who said what, when, in articles, and record the statements with their citations.

    On a terminal each statement is shown in its paragraph for review: a accept
    (stored 'confirmed'), e edit speaker, d edit date, k edit kind, w edit the
    words (found again in the article), n not a statement, s skip, r accept the
    rest (stored 'proposed'), q quit (keeps what was accepted).
    --yes records everything unreviewed (status 'proposed'). The same text
    ingested twice is recorded once; the same quote from a second outlet becomes
    a second citation of the statement already stored. A dateline without a year
    takes it from --published or the page's metadata, or is asked for: tracker
    never guesses a year. A page known only to the month (--published 2020-09, or
    a page that gives no more) dates the words said on its publication day 2020-09
    and those said before it ../2020-09. Each article is one transaction; a bad file is reported
    and the others still go in (exit 1 at the end).

    Example: tracker ingest articles/ --yes

    Example: tracker ingest tass.txt --published 2021-12-17 --dry-run --json
    """
    from tracker import reader
    from tracker.article import checked_overrides
    from tracker.errors import InvalidInput

    overrides = checked_overrides(
        url=url, outlet=outlet, published=published, title=title, language=language
    )
    items = reader.expand(paths)
    if len(items) > 1 and (url or title):
        raise typer.BadParameter("--url and --title describe one article; give one input with them")
    if yes and review_:
        raise typer.BadParameter("--yes and --review exclude each other")
    if dry_run and review_:
        raise typer.BadParameter("--dry-run writes nothing, so there is nothing to review")
    from_stdin = any(item.kind == "stdin" for item in items)
    if from_stdin and review_:
        raise typer.BadParameter("an article read from stdin (-) leaves no keyboard for review")
    terminal = review_ or (sys.stdin.isatty() and not from_stdin)
    if not (yes or dry_run or terminal):
        why = "an article is read from stdin (-)" if from_stdin else "stdin is not a terminal"
        raise typer.BadParameter(
            f"{why}, so statements cannot be reviewed: pass --yes to record them unreviewed "
            "(status 'proposed'), or --dry-run to only look"
        )
    if not items:
        raise InvalidInput("no inputs given")
    run = Run(
        db=db,
        overrides=overrides,
        dry_run=dry_run,
        json_out=json_out,
        reviewing=terminal and not (yes or dry_run),
        can_ask=terminal and not yes,
        timeout=timeout,
        max_bytes=int(max_size * 1024 * 1024),
        public_only=public_only,
        unnamed=unnamed or (terminal and not (yes or dry_run)),
    )
    run.all(items)
    if run.failed:
        raise typer.Exit(1)


class Run:
    """One `tracker ingest`: each input prepared and ingested in turn (tracker.services.ingest),
    with a progress bar, the questions a terminal can answer, and a line per article."""

    def __init__(
        self,
        *,
        db: str | None,
        overrides: Overrides,
        dry_run: bool,
        json_out: bool,
        reviewing: bool,
        can_ask: bool,
        timeout: float,
        max_bytes: int,
        public_only: bool = False,
        unnamed: bool = False,
    ) -> None:
        self.db = db
        self.overrides = overrides
        self.dry_run = dry_run
        self.json_out = json_out
        self.reviewing = reviewing
        self.can_ask = can_ask
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.public_only = public_only
        self.unnamed = unnamed
        self.articles = self.statements = self.already = self.citations = 0
        self.unattributed = self.skipped = self.rejected = self.failed = 0
        self.stopped = False
        self._progress = None
        self.database: Database | None = None

    def say(self, message: str, *, err: bool = False) -> None:
        """A line for the user: on stderr with --json (stdout is data), else where asked.

        While the progress bar runs, lines bound for the terminal go above it.
        """
        to_stderr = err or self.json_out
        bar = self._progress
        if bar is not None and (to_stderr or sys.stdout.isatty()):
            bar.console.print(message, markup=False, highlight=False, soft_wrap=True)
        else:
            typer.echo(message, err=to_stderr)

    def all(self, items: list[Input]) -> None:
        if not self.dry_run:
            # opened (and checked) once: a database that cannot be used stops the run here
            from tracker.db import Database

            self.database = Database(self.db)
        try:
            self._each(items)
        finally:
            if self.database is not None:
                self.database.close()
        self.summary(len(items))

    def _each(self, items: list[Input]) -> None:
        # no bar under a prompt: only when nothing will be asked
        show_bar = len(items) > 1 and not self.can_ask and sys.stderr.isatty()
        with self.progress(len(items), enabled=show_bar) as advance:
            for item in items:
                if self.stopped:
                    break
                self.one(item)
                advance()

    @contextmanager
    def progress(self, total: int, *, enabled: bool) -> Iterator[Callable[[], None]]:
        """A progress bar on stderr while the block runs (a no-op when not enabled)."""
        if not enabled:
            yield lambda: None
            return
        from rich.console import Console
        from rich.progress import Progress

        with Progress(console=Console(stderr=True), transient=True) as bar:
            task = bar.add_task("ingesting", total=total)
            self._progress = bar
            try:
                yield lambda: bar.advance(task)
            finally:
                self._progress = None

    def one(self, item: Input) -> None:
        """Prepare, show and record one input; a failure is reported, not raised."""
        from tracker.cli import error_line
        from tracker.cli.review import ask_year, review
        from tracker.services import ingest as service

        try:
            prepared = service.prepare(
                item,
                overrides=self.overrides,
                timeout=self.timeout,
                max_bytes=self.max_bytes,
                ask_year=ask_year if self.can_ask else None,
                public_only=self.public_only,
                unnamed=self.unnamed,
            )
            for note in prepared.notes:
                self.say(f"{item.name}: {note}", err=True)
            self.articles += 1
            if self.json_out:
                self.emit_json(prepared)
            if self.dry_run:
                self.statements += len(prepared.statements)
                if not self.json_out:
                    self.show_table(prepared.article, prepared.statements)
                return
            done = service.ingest(
                database=self.database,
                prepared=prepared,
                review=review if self.reviewing else None,
            )
            self.report(prepared.article, done)
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the others
            import os

            if os.environ.get("TRACKER_DEBUG"):
                raise
            self.failed += 1
            self.say(f"Error: {item.name}: {error_line(exc)}", err=True)

    def report(self, article: Article, done: Recorded) -> None:
        """The line for one recorded article, and its notes; counted for the summary."""
        self.skipped += done.skipped
        self.rejected += done.rejected
        self.stopped = self.stopped or done.stop
        if done.already:
            self.already += 1
            self.say(f"{article.path}: already ingested as source {done.source_id}; nothing to do")
            return
        if done.source_id is None:
            self.say(f"{article.path}: no statement accepted; nothing recorded")
            return
        self.statements += done.statements
        self.citations += done.citations
        self.unattributed += done.unattributed
        for note in done.notes:
            self.say(f"{article.path}: {note}", err=True)
        parts = [f"{done.statements} statement{'s' * (done.statements != 1)} recorded"]
        if done.citations:
            parts.append(f"{done.citations} quoted again (citation added)")
        if done.unattributed:
            parts.append(f"{done.unattributed} without a known speaker left out")
        self.say(f"{article.path}: source {done.source_id}: {', '.join(parts)}")

    def emit_json(self, prepared: Prepared) -> None:
        import json

        typer.echo(json.dumps(prepared.contract(), ensure_ascii=False))

    def show_table(self, article: Article, proposals: list[ProposedStatement]) -> None:
        from tracker.cli.common import output

        terminal = sys.stdout.isatty()

        def shown(text: str) -> str:
            return text[: SHOWN_TEXT - 1] + "…" if terminal and len(text) > SHOWN_TEXT else text

        rows = [
            {
                "speaker": p.speaker,
                "role": ", ".join(x for x in (p.role, p.institution) if x),
                "said_on": p.said_on,
                "kind": p.kind,
                "text": shown(p.text),
            }
            for p in proposals
        ]
        output(rows, "table", PROPOSAL_COLUMNS, title=article.path)

    def summary(self, total: int) -> None:
        if self.dry_run:
            line = (
                f"{_count(self.articles, 'article')} read, "
                f"{_count(self.statements, 'statement')} found (dry run: nothing written)"
            )
        else:
            line = (
                f"{_count(self.articles, 'article')}: "
                f"{_count(self.statements, 'statement')} recorded, {self.already} already "
                f"ingested, {_count(self.citations, 'citation')} added to statements already "
                "stored"
            )
            if self.unattributed:
                line += f", {self.unattributed} without a known speaker left out"
            if self.skipped:
                line += f", {self.skipped} skipped in review"
            if self.rejected:
                line += f", {self.rejected} marked not a statement"
        if self.failed:
            line += f"; {self.failed} failed"
        unread = total - self.articles - self.failed
        if self.stopped and unread:
            line += f"; stopped at your request, {unread} not read"
        self.say(line)


def _count(n: int, noun: str) -> str:
    """ "1 statement", "3 statements"."""
    return f"{n} {noun}{'s' * (n != 1)}"
