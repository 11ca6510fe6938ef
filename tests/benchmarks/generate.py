"""A deterministic synthetic archive for the benchmarks: rows for every table, at any scale.

At the full scale (1,000,000 statements) there are 10,000 officials, 2,000
institutions, 30,000 roles and 200,000 sources; smaller runs shrink every
count in proportion. Speakers are skewed the way news is: the speaker ranked
k is chosen with weight 1/k^1.1, so the first official says about a tenth of
everything and most say a handful of things. Each table's rows come from its
own seeded random generator, so a table can be generated again identically
(the raw-SQL baselines insert exactly the rows tracker inserted).
"""

from __future__ import annotations

import hashlib
import random
from bisect import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import accumulate
from typing import Any

from tracker.names import name_key

FULL = 1_000_000
SEED = 20211217
CREATED = datetime(2026, 1, 1, 12, 0, 0)
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2025, 12, 31)
PHRASE = "security guarantees"  # in about 1% of statements: the phrase search finds a page
STATES = 0.10  # of institutions
OUTLETS = 0.025


def _list(words: str) -> list[str]:
    return words.split()


FUNCTION_WORDS = _list(
    "the of and to in a that is for on it with as was he said by at from this be are not "
    "have has will would its an we they which but or been were their more also had who "
    "our there all can no one should about any must these over new other into only"
)
DIPLOMATIC_WORDS = _list(
    "security guarantees nato russia china ukraine minister ministry foreign sanctions talks "
    "treaty alliance expansion strategic stability proposals response dialogue sovereignty "
    "negotiations cooperation partners conflict ceasefire humanitarian nuclear arms control "
    "summit delegation embassy ambassador council resolution agreement military exercises "
    "border crisis escalation deterrence diplomatic statement briefing spokesperson relations "
    "economic trade energy gas pipeline elections interference cyber missile deployment"
)
FIRST_NAMES = _list(
    "Sergey Maria Antony Wang Zhao Ned Jens Dmitry Anna Olaf Emmanuel Ursula Josep Liz "
    "Karen Hua Mikhail Vladimir Volodymyr Kaja Annalena Catherine Mark Boris Recep Mevlut "
    "Linda Wendy Victoria Yuri Alexander Pedro Luis Ana Tomas Petr Jan Marta Ivan Oleg"
)
SYLLABLES = _list("ka lo mi ne ra so tu vi ze ba de fi go hu ja ko li mo nu pe")


@dataclass(frozen=True)
class Scale:
    """How many rows of each kind, for a run of `statements` statements."""

    statements: int

    def part(self, full_count: int, minimum: int) -> int:
        return max(minimum, round(full_count * self.statements / FULL))

    @property
    def officials(self) -> int:
        return self.part(10_000, 60)

    @property
    def institutions(self) -> int:
        return self.part(2_000, 60)

    @property
    def roles(self) -> int:
        return self.officials * 3

    @property
    def sources(self) -> int:
        return self.part(200_000, 200)

    @property
    def topics(self) -> int:
        return 40

    def counts(self) -> dict[str, int]:
        return {
            "statements": self.statements,
            "officials": self.officials,
            "institutions": self.institutions,
            "roles": self.roles,
            "sources": self.sources,
        }


class Archive:
    """The rows of every table (dicts keyed by column name), table by table."""

    def __init__(self, scale: Scale) -> None:
        self.scale = scale
        self.vocabulary = _vocabulary()
        self.word_weights = list(accumulate(1 / (rank + 1) for rank in range(len(FUNCTION_WORDS))))
        n = scale.institutions
        self.states = range(1, max(2, int(n * STATES)) + 1)
        self.outlets = range(self.states.stop, self.states.stop + max(1, int(n * OUTLETS)))
        self.bodies = range(self.outlets.stop, n + 1)  # ministries and agencies under a state
        self.speaker_weights = list(
            accumulate(1 / (rank**1.1) for rank in range(1, scale.officials + 1))
        )
        self.body_weights = list(accumulate(1 / rank for rank in range(1, len(self.bodies) + 1)))
        self._roles: dict[int, list[dict[str, Any]]] | None = None

    def tables(self) -> Iterator[tuple[str, Iterator[dict[str, Any]]]]:
        """(table name, rows) in dependency order."""
        yield "institution", self.institutions()
        yield "institution_alias", self.institution_aliases()
        yield "official", self.officials()
        yield "official_alias", self.official_aliases()
        yield "role", self.roles()
        yield "source", self.sources()
        yield "topic", self.topics()
        yield "statement", self.statements()
        yield "citation", self.citations()
        yield "statement_topic", self.statement_topics()
        yield "mention", self.mentions()

    # --- people and institutions ---------------------------------------------------------

    def institution_name(self, i: int) -> str:
        if i in self.states:
            return f"State {_word(i)}"
        if i in self.outlets:
            return f"{_word(i).title()} News Agency"
        return f"Ministry of {_word(i).title()} Affairs"

    def institutions(self) -> Iterator[dict[str, Any]]:
        rng = random.Random(SEED + 1)
        for i in range(1, self.scale.institutions + 1):
            state = i in self.states
            home = i if state else rng.choice(self.states)
            yield {
                "id": i,
                "name": self.institution_name(i),
                "kind": "state" if state else "media outlet" if i in self.outlets else "ministry",
                "country": _country(home),
                "parent_id": home if i in self.bodies else None,
                "wikidata": None,
                "notes": None,
                "created_at": CREATED,
            }

    def institution_aliases(self) -> Iterator[dict[str, Any]]:
        for i in range(1, self.scale.institutions + 1):
            name = self.institution_name(i)
            yield {"id": i, "institution_id": i, "alias": name, "key": name_key(name)}

    def official_name(self, i: int) -> str:
        return f"{FIRST_NAMES[i % len(FIRST_NAMES)]} {_word(i * 7919).title()}ov"

    def officials(self) -> Iterator[dict[str, Any]]:
        for i in range(1, self.scale.officials + 1):
            yield {
                "id": i,
                "name": self.official_name(i),
                "sort_name": None,
                "wikidata": f"Q{1000000 + i}",
                "notes": None,
                "created_at": CREATED,
            }

    def official_aliases(self) -> Iterator[dict[str, Any]]:
        for i in range(1, self.scale.officials + 1):
            name = self.official_name(i)
            yield {"id": i, "official_id": i, "alias": name, "key": name_key(name)}

    def roles(self) -> Iterator[dict[str, Any]]:
        for rows in self.roles_by_official().values():
            yield from rows

    def roles_by_official(self) -> dict[int, list[dict[str, Any]]]:
        """Three consecutive posts per official; the last is often still held."""
        if self._roles is not None:
            return self._roles
        rng = random.Random(SEED + 5)
        roles: dict[int, list[dict[str, Any]]] = {}
        role_id = 0
        for official in range(1, self.scale.officials + 1):
            start = FIRST_DAY + timedelta(days=rng.randrange(0, 5000))
            posts = []
            for n in range(3):
                role_id += 1
                end = start + timedelta(days=rng.randrange(300, 3000))
                still_held = n == 2 and rng.random() < 0.5
                if end > LAST_DAY:
                    end, still_held = LAST_DAY, True
                body = self.bodies[bisect(self.body_weights, rng.random() * self.body_weights[-1])]
                posts.append(
                    {
                        "id": role_id,
                        "official_id": official,
                        "institution_id": body,
                        "title": rng.choice(("Minister", "Deputy Minister", "Spokesperson")),
                        "start_date": start,
                        "start_precision": "day",
                        "end_date": None if still_held else end,
                        "end_precision": "unknown" if still_held else "day",
                    }
                )
                if still_held:
                    break
                start = end + timedelta(days=1)
            roles[official] = posts
        self._roles = roles
        return roles

    # --- sources and statements ----------------------------------------------------------

    def words(self, rng: random.Random, count: int) -> str:
        common = rng.choices(FUNCTION_WORDS, cum_weights=self.word_weights, k=count // 2)
        content = rng.choices(self.vocabulary, k=count - len(common))
        mixed = [w for pair in zip(common, content, strict=False) for w in pair]
        return " ".join(mixed + content[len(common) :])

    def sources(self) -> Iterator[dict[str, Any]]:
        rng = random.Random(SEED + 6)
        span = (LAST_DAY - FIRST_DAY).days
        for i in range(1, self.scale.sources + 1):
            text = f"Report {i}. " + self.words(rng, 60)
            yield {
                "id": i,
                "url": f"https://news.example/{i}",
                "outlet_id": rng.choice(self.outlets),
                "title": f"Report {i}",
                "published": FIRST_DAY + timedelta(days=rng.randrange(span)),
                "published_precision": "day",
                "dateline_place": "MOSCOW",
                "language": "en",
                "text": text,
                "sha256": hashlib.sha256(text.encode()).hexdigest(),
                "added_at": CREATED,
            }

    def topics(self) -> Iterator[dict[str, Any]]:
        for i in range(1, self.scale.topics + 1):
            name = f"{DIPLOMATIC_WORDS[i]} {DIPLOMATIC_WORDS[i + 1]}"
            yield {"id": i, "name": name, "key": name_key(name)}

    def statements(self) -> Iterator[dict[str, Any]]:
        rng = random.Random(SEED + 8)
        roles = self.roles_by_official()
        for i in range(1, self.scale.statements + 1):
            official = role = None
            if rng.random() < 0.05:  # an institution speaking as such
                institution = self.bodies[
                    bisect(self.body_weights, rng.random() * self.body_weights[-1])
                ]
                day = FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days))
            else:
                official = 1 + bisect(self.speaker_weights, rng.random() * self.speaker_weights[-1])
                role = rng.choice(roles[official])
                institution = role["institution_id"]
                last = role["end_date"] or LAST_DAY
                day = role["start_date"] + timedelta(
                    days=rng.randrange((last - role["start_date"]).days + 1)
                )
            said_from, said_to, precision = _vague(rng, day)
            text = self.words(rng, rng.randrange(12, 40))
            if rng.random() < 0.01:
                text = f"{text} {PHRASE} {self.words(rng, 6)}"
            yield {
                "id": i,
                "official_id": official,
                "institution_id": institution,
                "role_id": role["id"] if role else None,
                "text": text,
                "kind": rng.choice(("direct", "indirect", "indirect", "mixed")),
                "said_from": said_from,
                "said_to": said_to,
                "said_precision": precision,
                "date_evidence": None,
                "occasion": None,
                "place": None,
                "language": "en",
                "status": "proposed",
                "origin": "extracted",
                "confidence": round(rng.random(), 3),
                "created_at": CREATED,
                "updated_at": CREATED,
                "version": 1,
            }

    def citations(self) -> Iterator[dict[str, Any]]:
        rng = random.Random(SEED + 9)
        citation_id = 0
        for statement in range(1, self.scale.statements + 1):
            for source in rng.sample(
                range(1, self.scale.sources + 1), 2 if rng.random() < 0.1 else 1
            ):
                citation_id += 1
                start = rng.randrange(0, 300)
                yield {
                    "id": citation_id,
                    "statement_id": statement,
                    "source_id": source,
                    "start": start,
                    "end": start + rng.randrange(40, 200),
                    "quote": None,
                    "confidence": 0.9,
                }

    def statement_topics(self) -> Iterator[dict[str, Any]]:
        rng = random.Random(SEED + 10)
        for statement in range(1, self.scale.statements + 1):
            if rng.random() < 0.2:
                yield {"statement_id": statement, "topic_id": rng.randrange(1, self.scale.topics)}

    def mentions(self) -> Iterator[dict[str, Any]]:
        rng = random.Random(SEED + 11)
        mention_id = 0
        for statement in range(1, self.scale.statements + 1):
            if rng.random() < 0.1:
                mention_id += 1
                yield {
                    "id": mention_id,
                    "statement_id": statement,
                    "official_id": rng.randrange(1, self.scale.officials + 1),
                    "institution_id": None,
                }


def _vague(rng: random.Random, day: date) -> tuple[date | None, date | None, str]:
    """Most statements are dated to the day, some to the month, a few only "earlier"."""
    roll = rng.random()
    if roll < 0.85:
        return day, day, "day"
    if roll < 0.95:
        first = day.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return first, last, "month"
    return None, day, "interval"


def _vocabulary(size: int = 4000) -> list[str]:
    made = [_word(i) for i in range(size - len(DIPLOMATIC_WORDS))]
    return DIPLOMATIC_WORDS + made


def _word(i: int) -> str:
    parts = []
    i += 1
    while i:
        i, r = divmod(i, len(SYLLABLES))
        parts.append(SYLLABLES[r])
    return "".join(parts)


def _country(i: int) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return letters[(i // 26) % 26] + letters[i % 26]
