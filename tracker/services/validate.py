"""Checks on the values users type, made before anything is stored.

Each check returns the value as it is stored (white space folded, codes upper-cased)
or raises InvalidInput with the one line the user sees.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlmodel import Session

from tracker.countries import COUNTRY_CODES
from tracker.errors import InvalidInput
from tracker.text import clean_line

WIKIDATA = re.compile(r"^Q[1-9]\d*$")


def check_choice(value: str, choices: tuple[str, ...], what: str) -> str:
    """`value` when it is one of `choices`; else InvalidInput naming them ("unknown kind ...")."""
    if value not in choices:
        raise InvalidInput(f"unknown {what} {value!r}; use one of: {', '.join(choices)}")
    return value


def check_country(country: str | None) -> str | None:
    """An ISO 3166-1 alpha-2 code (or XK, Kosovo), upper-cased; InvalidInput for anything
    else."""
    if country is None or country == "":
        return None
    code = country.strip().upper()
    if code not in COUNTRY_CODES:
        raise InvalidInput(
            f"{country!r} is not an ISO 3166-1 alpha-2 country code (e.g. RU, US, CN)"
        )
    return code


def clean_name(value: str, what: str) -> str:
    """A name cleaned of invisible and control characters (tracker.text), its white space
    folded; InvalidInput when empty or over 300 characters."""
    cleaned = clean_line(value or "")
    if not cleaned:
        raise InvalidInput(f"empty {what} name")
    if len(cleaned) > 300:
        raise InvalidInput(f"{what} name longer than 300 characters")
    return cleaned


def check_wikidata(value: str | None) -> str | None:
    """A Wikidata item id such as Q23; InvalidInput for anything else ("" clears it)."""
    if value is None or value.strip() == "":
        return None
    value = value.strip().upper()
    if not WIKIDATA.match(value):
        raise InvalidInput(f"{value!r} is not a Wikidata item id (Q followed by digits, e.g. Q23)")
    return value


def ensure_wikidata_free(*, session: Session, model, wikidata: str | None, own_id=None) -> None:
    """Refuse a Wikidata id that another record of the same table already has."""
    if wikidata is None:
        return
    from sqlmodel import select

    other = session.exec(select(model).where(model.wikidata == wikidata)).first()
    if other is not None and other.id != own_id:
        raise InvalidInput(f"{wikidata} already belongs to {other.name} (id {other.id})")
