"""Whom and what a statement names: officials and institutions the database knows, and
countries. Recorded as mention rows when a statement is recorded, by ingest and by
`statement add`, so that `said --mentions X` and `who --about X` find what names X.

The statement's words are read as names are (names.name_key, word by word), and every
run of up to MAX_WORDS words is looked up among the aliases of officials and
institutions, and among the names of countries (tracker.countries); the longest
match wins where matches overlap ("Russian Foreign Ministry" is the ministry, not
Russia). A country is recorded as its state institution, created when the database
has none. To keep common words from passing for names, a match must begin with a
capital letter (an abbreviation such as "EU" or "US" must be in capitals) and a
name known to several records is left out. A bare surname ("Blinken") counts for
the one official of that surname whom the article names in full, and not where a
sentence begins. A statement does not mention its own speaker. Every lookup is an
indexed one on alias keys, however many officials the database holds; ingest looks up
the keys of a whole article's statements at once, with prepared statements
(tracker.prepared), and inserts its mention rows together.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import Integer, bindparam, insert, literal_column, union_all
from sqlmodel import Session, select

from tracker.countries import Country, country_keys
from tracker.models import (
    Institution,
    InstitutionAlias,
    Mention,
    OfficialAlias,
    Statement,
)
from tracker.names import name_key
from tracker.prepared import PreparedFamily

MAX_WORDS = 8  # "Ministry of Foreign Affairs of the Russian Federation"
SHORT = 3  # names this short or shorter are abbreviations: capitals only ("US", "EU")
MIN_SURNAME = 4  # a surname alone must be at least this long to count ("Wang" but not "Li")

_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_APOSTROPHES = ("'", "\u2019")  # before a possessive s
# What a sentence's first word follows: a stop or a colon, an opening quotation mark or
# bracket, then perhaps spaces.
_SENTENCE_MARKS = frozenset('.!?:;"\u201c\u201d\u00ab\u00bb([')

# Alias keys are looked up in IN lists padded to one of these lengths (repeating a key), so
# that a handful of prepared statements serve every article.
LOOKUP_SIZES = (8, 16, 32, 64, 128, 256, 500)
ROWS_PER_INSERT = 200  # mention rows in one insert: well under the databases' bound limits

_OFFICIAL_ALIAS, _INSTITUTION_ALIAS = OfficialAlias.__table__, InstitutionAlias.__table__
_OFFICIAL, _INSTITUTION = 0, 1  # whose alias a row of _OWNERS_BY_KEYS is


def _whose(kind: int):
    return literal_column(str(kind), Integer)  # written into the SQL, not bound


def _owners_by_keys(n: int):
    """(key, _OFFICIAL or _INSTITUTION, id) of every alias with one of n keys."""
    keys = [bindparam(f"key_{i}") for i in range(n)]
    return union_all(
        select(_OFFICIAL_ALIAS.c.key, _whose(_OFFICIAL), _OFFICIAL_ALIAS.c.official_id).where(
            _OFFICIAL_ALIAS.c.key.in_(keys)
        ),
        select(
            _INSTITUTION_ALIAS.c.key, _whose(_INSTITUTION), _INSTITUTION_ALIAS.c.institution_id
        ).where(_INSTITUTION_ALIAS.c.key.in_(keys)),
    )


_OWNERS_BY_KEYS = PreparedFamily(_owners_by_keys)
_OFFICIALS_BY_KEYS = PreparedFamily(  # (key, official id) of every official alias of n keys
    lambda n: select(_OFFICIAL_ALIAS.c.key, _OFFICIAL_ALIAS.c.official_id).where(
        _OFFICIAL_ALIAS.c.key.in_([bindparam(f"key_{i}") for i in range(n)])
    )
)
_MENTION_COLUMNS = ("statement_id", "official_id", "institution_id")
_INSERT_MENTIONS = PreparedFamily(
    lambda n: insert(Mention.__table__).values(
        [{name: bindparam(f"{name}_{i}") for name in _MENTION_COLUMNS} for i in range(n)]
    )
)


class Word(NamedTuple):
    """A word of a text, with its name key and where it is (a tuple: ingest reads many)."""

    key: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Found:
    """A name found in a statement: which record, and which words."""

    official_id: int | None
    institution_id: int | None
    country: Country | None
    first: int  # index of the first word
    size: int  # how many words


def words(text: str) -> list[Word]:
    """The words of a text with their keys (a possessive 's dropped: "Blinken's")."""
    found = []
    at = 0
    for raw in _WORD.findall(text):  # no match object per word: ingest reads every word
        # where the word is: between two words stands nothing a word can begin with
        start = text.find(raw, at)
        at = start + len(raw)
        if raw[-1] in "sS" and raw[-2:-1] in _APOSTROPHES:
            raw = raw[:-2]
        key = name_key(raw)
        if key:
            found.append(_new_word(Word, (key, start, start + len(raw), raw)))
    return found


_new_word = tuple.__new__  # a Word made as the tuple it is: Word(...) costs twice as much


def _runs(items: list[Word]) -> dict[str, list[tuple[int, int]]]:
    """Every run of 1..MAX_WORDS words that may be a name: key -> [(first word, size)].

    A run opening with a lower-case word is never one (_looks_like_a_name), so it is not
    looked up: most words are, and ingest asks for every statement it records.
    """
    runs: dict[str, list[tuple[int, int]]] = {}
    keys = [w.key for w in items]
    for first, word in enumerate(items):
        if word.text[0].islower():
            continue
        key = keys[first]
        runs.setdefault(key, []).append((first, 1))
        for size in range(2, min(MAX_WORDS, len(items) - first) + 1):
            key += " " + keys[first + size - 1]
            runs.setdefault(key, []).append((first, size))
    return runs


def find_mentions(
    *, session: Session, text: str, speaker_id: int | None = None, context: str | None = None
) -> tuple[set[int], set[int], set[Country]]:
    """(official ids, institution ids, countries) that the text names; see the module.

    `context` is the text around it (the article): a bare surname counts for an official
    it names in full. Without it, the text itself is the context.
    """
    items = words(text)
    if not items:
        return set(), set(), set()
    runs = _runs(items)
    officials, institutions = _aliases(session, runs)
    return _named(session, text, items, runs, (officials, institutions), speaker_id, context)


def _named(
    session: Session,
    text: str,
    items: list[Word],
    runs: dict[str, list[tuple[int, int]]],
    aliases: tuple[dict[str, int], dict[str, int]],
    speaker_id: int | None,
    context: str | None,
) -> tuple[set[int], set[int], set[Country]]:
    """find_mentions for a text read into words and runs, its run keys looked up already
    (`aliases`: the official, and the institution, that each key names alone)."""
    officials_by_key, institutions_by_key = aliases
    countries_by_key = country_keys()
    candidates: list[Found] = []
    # one pass over the runs: only runs of the same words, so of the same key, are equals
    # in _longest_first's order, and those keep this one (official, institution, country)
    for key, places in runs.items():
        if (official_id := officials_by_key.get(key)) is not None:
            candidates += [Found(official_id, None, None, f, n) for f, n in places]
        if (institution_id := institutions_by_key.get(key)) is not None:
            candidates += [Found(None, institution_id, None, f, n) for f, n in places]
        if (country := countries_by_key.get(key)) is not None:
            candidates += [Found(None, None, country, f, n) for f, n in places]
    chosen, taken = _longest_first(items, candidates, set())
    # a bare surname: looked up only for capitalised words no other name took
    surnames = _surnames(session, text, items, taken, context or text)
    chosen += _longest_first(items, surnames, taken)[0]
    officials = {f.official_id for f in chosen if f.official_id is not None}
    institutions = {f.institution_id for f in chosen if f.institution_id is not None}
    countries = {f.country for f in chosen if f.country is not None}
    officials.discard(speaker_id)
    return officials, institutions, countries


def _longest_first(
    items: list[Word], candidates: list[Found], taken: set[int]
) -> tuple[list[Found], set[int]]:
    """The candidates kept, longest first, none overlapping another or `taken`."""
    chosen = []
    taken = set(taken)
    for found in sorted(candidates, key=lambda f: (-f.size, f.first)):
        span = set(range(found.first, found.first + found.size))
        if span & taken or not _looks_like_a_name(items, found):
            continue
        taken |= span
        chosen.append(found)
    return chosen, taken


def _aliases(session: Session, keys: Iterable[str]) -> tuple[dict[str, int], dict[str, int]]:
    """For each key that is the alias of exactly one official, that official's id; and
    the same for institutions: one query. What the session holds is flushed first, as a
    query through it would be."""
    session.flush()
    owners: tuple[dict[str, set[int]], dict[str, set[int]]] = ({}, {})
    for key, whose, record_id in _looked_up(session, _OWNERS_BY_KEYS, keys):
        owners[whose].setdefault(key, set()).add(record_id)
    officials, institutions = (
        {key: ids.pop() for key, ids in found.items() if len(ids) == 1} for found in owners
    )
    return officials, institutions


def _looked_up(session: Session, family: PreparedFamily, keys: Iterable[str]) -> list[tuple]:
    """The rows a family of look-ups by key gives for `keys`, asked in IN lists padded to one
    of LOOKUP_SIZES (repeating a key)."""
    listed = sorted(set(keys))
    connection = session.connection()
    largest = LOOKUP_SIZES[-1]
    rows = []
    for at in range(0, len(listed), largest):
        chunk = listed[at : at + largest]
        size = next(size for size in LOOKUP_SIZES if size >= len(chunk))
        padded = chunk + chunk[-1:] * (size - len(chunk))
        rows += family.all(connection, [{"key": key} for key in padded])
    return rows


def _surnames(
    session: Session, text: str, items: list[Word], taken: set[int], context: str
) -> list[Found]:
    """Capitalised words, not taken and not opening a sentence, that are the surname of
    exactly one of the officials the context names in full ("Antony Blinken" earlier in
    the article, then "Blinken")."""
    wanted: dict[str, list[int]] = {}
    for at, word in enumerate(items):
        if (
            word.text[0].isupper()  # first: most words are not
            and at not in taken
            and len(word.key) >= MIN_SURNAME
            and " " not in word.key
            and not _opens_sentence(text, word.start)
        ):
            wanted.setdefault(word.key, []).append(at)
    if not wanted:
        return []
    named = _named_in_full(session, context)
    return [
        Found(next(iter(named[surname])), None, None, at, 1)
        for surname, places in wanted.items()
        if len(named.get(surname, ())) == 1
        for at in places
    ]


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence: nothing but a line break before it,
    or one of _SENTENCE_MARKS and perhaps spaces. The text before it is read from its
    end: ingest asks for every capitalised word of every statement."""
    before = text[:start]
    trimmed = before.rstrip()
    return trimmed[-1] in _SENTENCE_MARKS if trimmed else before in ("", "\n")


def _named_in_full(session: Session, context: str) -> dict[str, set[int]]:
    """Surname key -> ids of the officials whose name of two words or more the context
    gives: runs of capitalised words looked up as aliases, once per context."""
    cache = session.info.setdefault("tracker.mentions.context", {})
    if context in cache:
        return cache[context]
    runs = _capitalised_runs(context)
    named: dict[str, set[int]] = {}
    session.flush()  # as a query through the session would
    for key, official_id in _looked_up(session, _OFFICIALS_BY_KEYS, runs):
        named.setdefault(key.rsplit(" ", 1)[-1], set()).add(official_id)
    if len(cache) > 64:
        cache.clear()
    cache[context] = named
    return named


def _capitalised_runs(text: str) -> set[str]:
    """The keys of every run of 2..MAX_WORDS capitalised words in a text, its words read as
    words() reads them; only capitalised words are keyed (an article has many more)."""
    runs: set[str] = set()
    stretch: list[str] = []  # the keys of the capitalised words just read
    for match in [*_WORD.finditer(text), None]:
        raw = match.group() if match else ""
        if raw[-1:] in ("s", "S") and raw[-2:-1] in _APOSTROPHES:
            raw = raw[:-2]
        if raw and raw[0].isupper():
            if key := name_key(raw):
                stretch.append(key)
            continue
        if raw and not raw.isascii() and not name_key(raw):
            continue  # no word at all (words() leaves it out)
        for first in range(len(stretch) - 1):
            for size in range(2, min(MAX_WORDS, len(stretch) - first) + 1):
                runs.add(" ".join(stretch[first : first + size]))
        stretch = []
    return runs


def _looks_like_a_name(items: list[Word], found: Found) -> bool:
    """Capitalised as a name is (scripts without case pass); an abbreviation in capitals."""
    first = items[found.first]
    if first.text[0].islower():
        return False
    return not (found.size == 1 and len(first.key) <= SHORT and not first.text.isupper())


def state_of(*, session: Session, country: Country) -> Institution:
    """The institution that is the country's state, added when the database has none."""
    return _state(session, country)[0]


def _state(session: Session, country: Country) -> tuple[Institution, bool]:
    """state_of, and whether it was added just now."""
    from tracker.services.institutions import add_institution

    cache = session.info.setdefault("tracker.mentions.states", {})
    if country.code in cache:
        found = session.get(Institution, cache[country.code])
        if found is not None:
            return found, False
    found = session.exec(
        select(Institution)
        .where(Institution.kind == "state", Institution.country == country.code)
        .order_by(Institution.id)
    ).first()
    added = found is None
    if added:
        found = add_institution(
            session=session, name=country.name, kind="state", country=country.code
        )
    cache[country.code] = found.id
    return found, added


def record_mentions(*, session: Session, statement: Statement, context: str | None = None) -> int:
    """Add a mention row for each official, institution and country the statement's text
    names (those already recorded stay as they are); returns how many were added.
    `context`: the article it comes from (see find_mentions)."""
    officials, institutions, countries = find_mentions(
        session=session, text=statement.text, speaker_id=statement.official_id, context=context
    )
    institutions |= {state_of(session=session, country=c).id for c in countries}
    existing = session.exec(
        select(Mention.official_id, Mention.institution_id).where(
            Mention.statement_id == statement.id
        )
    ).all()
    have_officials = {o for o, _ in existing if o is not None}
    have_institutions = {i for _, i in existing if i is not None}
    added = 0
    for official_id in sorted(officials - have_officials):
        session.add(Mention(statement_id=statement.id, official_id=official_id))
        added += 1
    for institution_id in sorted(institutions - have_institutions):
        session.add(Mention(statement_id=statement.id, institution_id=institution_id))
        added += 1
    if added:
        session.flush()
    return added


def record_new_mentions(
    *, session: Session, statements: list[tuple[int, str, int | None]], context: str
) -> int:
    """record_mentions for an article's statements just written as rows (ingest), none of
    whose mentions is recorded yet: (id, words, official) each, in order. Their run keys
    are looked up together, and again for the statements after one whose country's state
    had to be added (its names are aliases from then on); the rows go in together, in
    the order one statement at a time would have added them. Returns how many."""
    read = [(items, _runs(items)) for items in (words(text) for _, text, _ in statements)]
    aliases = _aliases(session, (key for _, runs in read for key in runs))
    rows: list[dict] = []
    for at, ((statement_id, text, speaker_id), (items, runs)) in enumerate(
        zip(statements, read, strict=True)
    ):
        if not items:
            continue
        officials, institutions, countries = _named(
            session, text, items, runs, aliases, speaker_id, context
        )
        stale = False
        for country in countries:
            state, added = _state(session, country)
            institutions.add(state.id)
            stale = stale or added
        if stale:
            aliases = _aliases(session, (key for _, runs in read[at + 1 :] for key in runs))
        rows += [
            {"statement_id": statement_id, "official_id": i, "institution_id": None}
            for i in sorted(officials)
        ]
        rows += [
            {"statement_id": statement_id, "official_id": None, "institution_id": i}
            for i in sorted(institutions)
        ]
    connection = session.connection()
    for at in range(0, len(rows), ROWS_PER_INSERT):
        _INSERT_MENTIONS.all(connection, rows[at : at + ROWS_PER_INSERT])
    return len(rows)
