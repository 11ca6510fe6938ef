"""Officials: creating them with their aliases, listing, showing, editing, merging, removing.

Every name an official is known by is an alias row carrying its name key, the
display name included, so that resolve.py finds records by one indexed lookup
whatever spelling or script is typed. A merge or a removal is one transaction
(the caller's session), so a failure leaves both records as they were.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import bindparam, delete, func, insert
from sqlmodel import Session, select

from tracker.bulk import defaults
from tracker.errors import InvalidInput
from tracker.models import Mention, Official, OfficialAlias, Role, Statement
from tracker.names import name_key
from tracker.prepared import Prepared
from tracker.query.bounds import edtf_at, first_at, last_at
from tracker.services.duplicate_statements import fold_duplicates
from tracker.services.references import (
    count_where,
    counts_by,
    describe_counts,
    repoint,
    repoint_mentions,
)
from tracker.services.roles import fill_missing_roles, role_rows
from tracker.services.validate import check_wikidata, clean_name, ensure_wikidata_free
from tracker.tables import statement as statement_table
from tracker.text import clean_line, clean_optional

OFFICIAL_COLUMNS = ("id", "name", "sort_name", "wikidata", "aliases", "roles", "statements")


def add_official(
    *,
    session: Session,
    name: str,
    aliases: Iterable[str] = (),
    wikidata: str | None = None,
    notes: str | None = None,
    sort_name: str | None = None,
) -> Official:
    """A new official, known by its name and every alias given."""
    name = clean_name(name, "official")
    official = Official(
        name=name,
        wikidata=wikidata or None,
        notes=clean_optional(notes),
        sort_name=clean_line(sort_name or "") or None,
    )
    session.add(official)
    session.flush()
    for alias in (name, *aliases):
        add_official_alias(session=session, official=official, alias=alias)
    return official


def add_official_alias(
    *, session: Session, official: Official, alias: str, language: str | None = None
) -> OfficialAlias | None:
    """Record another name of an official; None when that exact spelling is already known."""
    alias = clean_name(alias, "alias")
    key = name_key(alias)
    existing = session.exec(
        select(OfficialAlias).where(
            OfficialAlias.official_id == official.id, OfficialAlias.alias == alias
        )
    ).first()
    if existing is not None:
        return None
    row = OfficialAlias(official_id=official.id, alias=alias, key=key, language=language)
    session.add(row)
    session.flush()
    return row


_OFFICIAL, _OFFICIAL_ALIAS = Official.__table__, OfficialAlias.__table__
_CREATED_AT = defaults(_OFFICIAL)["created_at"]
_NEW_OFFICIAL = Prepared(
    insert(_OFFICIAL)
    .values(name=bindparam("name"), created_at=bindparam("created_at"))
    .returning(_OFFICIAL.c.id)
)
_NEW_OFFICIAL_ALIAS = Prepared(
    insert(_OFFICIAL_ALIAS).values(
        official_id=bindparam("official_id"), alias=bindparam("alias"), key=bindparam("key")
    )
)


def record_official(*, session: Session, name: str) -> tuple[int, str]:
    """(id, name) of a new official known by one name: the rows add_official writes for it,
    inserted directly (ingest creates its new speakers so, dozens in a run)."""
    name = clean_name(name, "official")
    connection = session.connection()
    ((official_id,),) = _NEW_OFFICIAL.all(connection, {"name": name, "created_at": _CREATED_AT()})
    alias = {"official_id": official_id, "alias": name, "key": name_key(name)}
    _NEW_OFFICIAL_ALIAS.all(connection, alias)
    return official_id, name


def official_rows(*, session: Session) -> Iterator[dict[str, Any]]:
    """One row per official, by name (fields: OFFICIAL_COLUMNS)."""
    aliases: dict[int, list[str]] = {}
    for official_id, alias in session.exec(
        select(OfficialAlias.official_id, OfficialAlias.alias).order_by(OfficialAlias.id)
    ):
        aliases.setdefault(official_id, []).append(alias)
    roles = counts_by(session, Role.official_id)
    statements = counts_by(session, Statement.official_id)
    for official in session.exec(select(Official).order_by(Official.name, Official.id)):
        yield {
            "id": official.id,
            "name": official.name,
            "sort_name": official.sort_name,
            "wikidata": official.wikidata,
            "aliases": "; ".join(a for a in aliases.get(official.id, []) if a != official.name),
            "roles": roles.get(official.id, 0),
            "statements": statements.get(official.id, 0),
        }


def official_detail(*, session: Session, official: Official, full: bool = True) -> dict[str, Any]:
    """Everything `official show` prints: aliases, roles with dates, statement count, and
    the dates of the first and the last statement (EDTF, as tracker.query.bounds gives them).

    full=False leaves out the count and span (None), which read every statement of the
    official: about a second for one with 100,000 (for a caller that pages them itself).
    """
    aliases = session.exec(
        select(OfficialAlias)
        .where(OfficialAlias.official_id == official.id)
        .order_by(OfficialAlias.id)
    ).all()
    count = first = last = None
    if full:
        # count and latest days from the (official_id, said_to) index; the dates of the
        # statements on the first and the last of those days only (tracker.query.bounds)
        dialect = session.get_bind().dialect.name
        of_official = statement_table.c.official_id == official.id
        count, lo, hi = session.exec(
            select(
                func.count(Statement.id), func.min(Statement.said_to), func.max(Statement.said_to)
            ).where(Statement.official_id == official.id)
        ).one()
        if lo is not None:
            first = edtf_at(
                lo, session.scalar(select(first_at(dialect, statement_table.c, of_official, lo)))
            )
            last = edtf_at(
                hi, session.scalar(select(last_at(dialect, statement_table.c, of_official, hi)))
            )
    return {
        "id": official.id,
        "name": official.name,
        "sort_name": official.sort_name,
        "wikidata": official.wikidata,
        "notes": official.notes,
        "aliases": [
            {"alias": a.alias, "language": a.language} for a in aliases if a.alias != official.name
        ],
        "roles": list(role_rows(session=session, official=official)),
        "statements": count,
        # EDTF dates of the statements placed first and last (tracker.query.bounds)
        "first_statement": first,
        "last_statement": last,
    }


def edit_official(
    *,
    session: Session,
    official: Official,
    name: str | None = None,
    sort_name: str | None = None,
    wikidata: str | None = None,
    notes: str | None = None,
) -> list[str]:
    """Change the given fields ("" clears an optional one); returns the fields changed.

    A new name is also recorded as an alias; the old name stays one, so earlier
    spellings still find the official.
    """
    changed = []
    if name is not None:
        cleaned = clean_name(name, "official")
        if cleaned != official.name:
            official.name = cleaned
            add_official_alias(session=session, official=official, alias=cleaned)
            changed.append("name")
    if sort_name is not None:
        official.sort_name = clean_line(sort_name) or None
        changed.append("sort_name")
    if wikidata is not None:
        code = check_wikidata(wikidata)
        ensure_wikidata_free(session=session, model=Official, wikidata=code, own_id=official.id)
        official.wikidata = code
        changed.append("wikidata")
    if notes is not None:
        official.notes = clean_optional(notes)
        changed.append("notes")
    if not changed:
        raise InvalidInput("nothing to change: give --name, --sort-name, --wikidata or --notes")
    session.add(official)
    session.flush()
    return changed


def official_names(*, session: Session, official: Official) -> list[str]:
    """Every name an official is known by, its display name first."""
    aliases = session.exec(
        select(OfficialAlias.alias)
        .where(OfficialAlias.official_id == official.id)
        .order_by(OfficialAlias.id)
    ).all()
    return list(dict.fromkeys([official.name, *aliases]))


def merge_officials(
    *,
    session: Session,
    keep: Official,
    duplicate: Official,
    names: Iterable[str] | None = None,
) -> dict[str, int]:
    """Move everything of `duplicate` onto `keep`, then delete it; returns what moved.

    Roles, statements and mentions are re-pointed; a Wikidata id, sort name or notes
    KEEP lacks are taken over. Of the duplicate's names (its own and its aliases),
    those in `names` become KEEP's aliases (None: all of them), so a name that was
    never the person's ("Travels", read off a page) can be left behind. A statement
    both had recorded (the same words on a compatible date) becomes one statement
    with both's citations ("folded" counts them).
    """
    if keep.id == duplicate.id:
        raise InvalidInput(f"cannot merge {keep.name} (id {keep.id}) into itself")
    kept_names = None if names is None else set(names)
    if kept_names is not None:
        unknown = kept_names - set(official_names(session=session, official=duplicate))
        if unknown:
            raise InvalidInput(
                f"{duplicate.name} (id {duplicate.id}) is not known as "
                + ", ".join(repr(n) for n in sorted(unknown))
            )
    joining = session.exec(select(Statement.id).where(Statement.official_id == duplicate.id)).all()
    moved = {
        "aliases": _move_aliases(session, keep, duplicate, kept_names),
        "roles": repoint(session, Role, Role.official_id, duplicate.id, keep.id),
        "statements": repoint(session, Statement, Statement.official_id, duplicate.id, keep.id),
        "mentions": repoint_mentions(session, Mention.official_id, duplicate.id, keep.id),
    }
    moved["folded"] = fold_duplicates(session, statement_ids=joining)
    wikidata = duplicate.wikidata
    notes = [n for n in (keep.notes, duplicate.notes) if n]
    keep.sort_name = keep.sort_name or duplicate.sort_name
    keep.notes = "\n".join(notes) or None
    session.delete(duplicate)
    session.flush()
    if wikidata and not keep.wikidata:
        keep.wikidata = wikidata
    session.add(keep)
    session.flush()
    fill_missing_roles(session=session, official_id=keep.id)  # the roles each brought
    return moved


def _move_aliases(
    session: Session, keep: Official, duplicate: Official, names: set[str] | None
) -> int:
    count = 0
    for alias in session.exec(
        select(OfficialAlias).where(OfficialAlias.official_id == duplicate.id)
    ).all():
        if names is not None and alias.alias not in names:
            continue
        if add_official_alias(
            session=session, official=keep, alias=alias.alias, language=alias.language
        ):
            count += 1
    return count


def remove_official_alias(*, session: Session, official: Official, alias: str) -> list[str]:
    """Forget a name of an official: that spelling, else every alias of the same key
    (case, accents, script aside); returns the spellings removed. The display name stays:
    rename the official first (`official edit --name`)."""
    rows = session.exec(select(OfficialAlias).where(OfficialAlias.official_id == official.id)).all()
    found = [r for r in rows if r.alias == alias.strip()] or [
        r for r in rows if r.key == name_key(alias)
    ]
    if not found:
        known = "; ".join(r.alias for r in rows if r.alias != official.name) or "none"
        raise InvalidInput(
            f"{official.name} (id {official.id}) has no alias {alias!r} (aliases: {known})"
        )
    if any(r.alias == official.name for r in found):
        raise InvalidInput(
            f"{official.name!r} is the official's name; give another first with "
            "`tracker official edit --name`"
        )
    for row in found:
        session.delete(row)
    session.flush()
    return [r.alias for r in found]


def official_references(*, session: Session, official: Official) -> dict[str, int]:
    """What refers to an official: roles, statements it made, statements mentioning it."""
    return {
        "roles": count_where(session, Role, Role.official_id == official.id),
        "statements": count_where(session, Statement, Statement.official_id == official.id),
        "mentions": count_where(session, Mention, Mention.official_id == official.id),
    }


def remove_official(*, session: Session, official: Official, force: bool = False) -> dict:
    """Delete an official; refuse while anything refers to it unless `force`.

    With force its roles, the statements it made (with their citations) and
    mentions of it go too; the returned counts say what went.
    """
    counts = official_references(session=session, official=official)
    if any(counts.values()) and not force:
        raise InvalidInput(
            f"{official.name} (id {official.id}) is referred to by {describe_counts(counts)}; "
            "use --force to delete them with it"
        )
    session.exec(delete(Statement).where(Statement.official_id == official.id))
    session.delete(official)
    session.flush()
    return counts
