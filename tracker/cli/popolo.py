"""`tracker import popolo` and `tracker export popolo`: people data as Popolo JSON."""

from __future__ import annotations

import typer

from tracker.cli.archive import ArchiveDefaultGroup
from tracker.cli.common import DbOption, session

# ArchiveDefaultGroup: `tracker import FILE.jsonl` / `tracker export --all FILE` run `archive`.
import_app = typer.Typer(
    cls=ArchiveDefaultGroup, help="Import data into the database.", no_args_is_help=True
)
export_app = typer.Typer(
    cls=ArchiveDefaultGroup, help="Export data from the database.", no_args_is_help=True
)


@import_app.command("popolo")
def import_popolo(
    file: str = typer.Argument(..., help="A Popolo JSON file, or - for standard input."),
    db: DbOption = None,
) -> None:
    """Import officials (persons), institutions (organizations) and roles (memberships)
    from Popolo JSON. Existing records are matched by Wikidata id or name, so importing
    twice adds nothing; the whole file is one transaction.

    Example: tracker import popolo fixtures/gazetteer.popolo.json
    """
    import json
    from pathlib import Path

    from tracker.errors import InvalidInput
    from tracker.services.popolo_import import import_popolo as load

    try:
        raw = typer.get_binary_stream("stdin").read() if file == "-" else Path(file).read_bytes()
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInput(f"{file} is not JSON: {exc}") from None
    except RecursionError:
        raise InvalidInput(f"{file}: JSON nested too deeply to be a Popolo document") from None
    with session(db) as s:
        report = load(session=s, data=data)
    typer.echo(f"imported {file}: {report.summary()}")


@export_app.command("popolo")
def export_popolo(
    out: str = typer.Option("-", "--output", "-o", help="File to write (default: stdout)."),
    db: DbOption = None,
) -> None:
    """Export every official, institution and role as Popolo JSON: persons (id, name,
    sort_name, other_names, identifiers), organizations (id, name, classification = kind,
    country, parent_id, other_names, identifiers) and memberships (person_id,
    organization_id, role, start_date, end_date).

    Example: tracker export popolo -o people.popolo.json
    """
    import json
    from pathlib import Path

    from tracker.services.popolo_export import export_popolo as dump

    with session(db, write=False) as s:
        document = dump(session=s)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if out == "-":
        typer.echo(text, nl=False)
        return
    Path(out).write_text(text, encoding="utf-8")
    counts = ", ".join(f"{len(v)} {k}" for k, v in document.items())
    typer.echo(f"wrote {out}: {counts}", err=True)
