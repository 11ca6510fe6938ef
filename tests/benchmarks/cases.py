"""What the harness asks of a loaded archive: each question as tracker answers it (the same
tracker.query functions the commands call) and as hand-written SQL does (baselines.py).

Subjects are chosen from the data the same way at every scale: the busiest and a typical
speaker, the biggest institution and a small one with many role holders, the state with
most institutions under it and its country, an official mentioned about FEW times, a rare
word. A page that cannot be full is cut from the data so that it answers with the same
number of rows at every scale (about FEW: see _cut), so that its growth from one scale
to the next compares like with like: the small institution's oldest and newest
statements, a typical speaker's newest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import baselines as hand
from baselines import Raw
from generate import PHRASE, _vocabulary

PAGE = 50
SAID_RANGE = (date(2010, 1, 1), date(2020, 12, 31))
EARLY = date(2003, 12, 31)  # --to: the archive's first years
COMMON_WORDS = "the said"
RARE_WORD = _vocabulary()[2000]  # one made-up word: about 0.3% of statements
SMALL_SHARE = 1 / 1300  # a small institution speaks in about this share of statements
FEW = 12  # rows of a page that cannot be full, at every scale


@dataclass(frozen=True)
class Subjects:
    """Who and what the questions are about, chosen from the loaded data."""

    statements: int
    top_speaker: int
    top_speaker_name: str
    top_count: int
    typical_speaker: int
    typical_count: int
    biggest_institution: int
    biggest_count: int
    small_institution: int
    small_count: int
    small_holders: int
    state: int
    state_institutions: int
    country: str
    mentioned: int
    mentioned_count: int
    typical_range: tuple[date, date]  # the typical speaker's newest FEW or so (_cut)
    small_early: date  # --to: the small institution's oldest FEW or so
    small_late: date  # --from: its newest FEW or so


def pick_subjects(raw: Raw) -> Subjects:
    speakers = raw.rows(
        "SELECT official_id, count(*) AS n FROM statement WHERE official_id IS NOT NULL "
        "GROUP BY official_id ORDER BY n DESC, official_id"
    )
    spoken = raw.rows(
        "SELECT institution_id, count(*) AS n FROM statement WHERE institution_id IS NOT NULL "
        "GROUP BY institution_id ORDER BY n DESC, institution_id"
    )
    holders = dict(
        raw.rows("SELECT institution_id, count(DISTINCT official_id) FROM role GROUP BY 1")
    )
    total = raw.rows("SELECT count(*) FROM statement")[0][0]
    small = [(i, n) for i, n in spoken if total * SMALL_SHARE / 1.5 <= n <= total * SMALL_SHARE]
    small_id, small_n = max(small or spoken[-1:], key=lambda p: (holders.get(p[0], 0), -p[0]))
    children = raw.rows(
        "SELECT parent_id, count(*) AS n FROM institution WHERE parent_id IS NOT NULL "
        "GROUP BY parent_id ORDER BY n DESC, parent_id LIMIT 1"
    )
    state = children[0][0]
    country = raw.rows("SELECT country FROM institution WHERE id = :id", {"id": state})[0][0]
    mentioned = raw.rows(
        "SELECT official_id, count(*) AS n FROM mention WHERE official_id IS NOT NULL "
        "GROUP BY official_id ORDER BY abs(count(*) - :few), official_id LIMIT 1",
        {"few": FEW},
    )[0]
    name = raw.rows("SELECT name FROM official WHERE id = :id", {"id": speakers[0][0]})[0][0]
    typical = speakers[len(speakers) // 2]
    typical_days = [
        _day(row[0])
        for row in raw.rows(
            "SELECT said_to FROM statement WHERE official_id = :o AND said_to IS NOT NULL "
            "ORDER BY said_to DESC",
            {"o": typical[0]},
        )
    ]
    small_days = [_day(row[2]) for row in hand.timeline_institution(raw, institution=small_id)]
    small_days = [day for day in small_days if day is not None]  # oldest first
    return Subjects(
        statements=total,
        top_speaker=speakers[0][0],
        top_speaker_name=name,
        top_count=speakers[0][1],
        typical_speaker=typical[0],
        typical_count=typical[1],
        biggest_institution=spoken[0][0],
        biggest_count=spoken[0][1],
        small_institution=small_id,
        small_count=small_n,
        small_holders=holders.get(small_id, 0),
        state=state,
        state_institutions=len(raw.subtree([state])),
        country=country,
        mentioned=mentioned[0],
        mentioned_count=mentioned[1],
        typical_range=(_cut(typical_days, FEW), typical_days[0]),
        small_early=_cut(small_days, FEW),
        small_late=_cut(small_days[::-1], FEW),
    )


def _cut(days: list[date], k: int) -> date:
    """The day that cuts `days` (in page order) after the first k or so: the k-th day, or
    the first after it that a later day does not share, so that a --to (or, newest first,
    --from) of that day takes exactly the days up to it. Deterministic data cut this way
    answers with the same number of rows at every scale (ties on a day are rare)."""
    count = min(k, len(days))
    while count < len(days) and days[count] == days[count - 1]:
        count += 1
    return days[count - 1]


def _day(value) -> date | None:
    """A said_to as read by the bare driver: ISO text on SQLite, a date on PostgreSQL."""
    return date.fromisoformat(value) if isinstance(value, str) else value


@dataclass(frozen=True)
class Case:
    """One question: tracker's answer (a function of a session), the hand-written answers
    (functions of a Raw connection; the fastest is the baseline), and how to compare them."""

    name: str
    note: str
    tracker: Callable[[Any], list]
    baselines: list[Callable[[Raw], list]]
    ours: Callable[[list], list] = field(default=lambda rows: [r["id"] for r in rows])
    theirs: Callable[[list], list] = field(default=lambda rows: [r[0] for r in rows])
    page: bool = True  # a page (of PAGE rows): should not grow with the archive
    target: str = "<= 2x"


def _listing(filt, *, sort: str = "date", limit: int | None = PAGE):
    def run(session) -> list:
        from tracker import query

        return list(query.statements(session=session, filt=filt, sort=sort, limit=limit))

    return run


def _match(about: str, engine: str, *, text_only: bool = False) -> str:
    from tracker.search import compile_query

    return compile_query(
        about, "sqlite" if engine == "sqlite" else "postgresql", text_only=text_only
    )


def cases(s: Subjects, engine: str) -> list[Case]:
    """Every question, about these subjects, on this engine."""
    from tracker.query import Filter

    lo, hi = SAID_RANGE
    first, last = s.typical_range
    big, small = s.biggest_institution, s.small_institution
    n = PAGE

    def institution(name: str, inst: int, note: str, first=None, last=None) -> Case:
        kw = {"institution": inst, "lo": first, "hi": last, "n": n}
        return Case(
            name,
            note,
            _listing(Filter(institution=inst, date_from=first, date_to=last)),
            [
                lambda raw: hand.institution_join(raw, **kw),
                lambda raw: hand.institution_walk(raw, **kw),
            ],
        )

    big_note = f"{s.biggest_count:,} statements for it"
    small_note = f"{s.small_count:,} statements for it, {s.small_holders} role holders"
    phrase, rare = f'"{PHRASE}"', RARE_WORD
    return [
        Case(
            "said_top_speaker",
            f"--by the busiest speaker ({s.top_count:,} statements) --from 2010 --to 2020",
            _listing(Filter(officials=(s.top_speaker,), date_from=lo, date_to=hi)),
            [lambda raw: hand.by_speaker(raw, official=s.top_speaker, lo=lo, hi=hi, n=n)],
        ),
        Case(
            "said_typical_speaker",
            f"--by a typical speaker ({s.typical_count:,} statements) --from {first} --to "
            f"{last}: its newest {FEW} or so",
            _listing(Filter(officials=(s.typical_speaker,), date_from=first, date_to=last)),
            [lambda raw: hand.by_speaker(raw, official=s.typical_speaker, lo=first, hi=last, n=n)],
        ),
        Case(
            "said_latest",
            "no filter: the newest page",
            _listing(Filter()),
            [lambda raw: hand.latest(raw, n=n)],
        ),
        institution("said_institution_biggest", big, big_note),
        institution("said_institution_biggest_range", big, big_note + ", 2010-2020", lo, hi),
        institution("said_institution_biggest_early", big, big_note + ", --to 2003", None, EARLY),
        institution("said_institution_small", small, small_note),
        institution(
            "said_institution_small_early",
            small,
            small_note + f", --to {s.small_early}: its oldest {FEW} or so",
            None,
            s.small_early,
        ),
        institution(
            "said_institution_small_late",
            small,
            small_note + f", --from {s.small_late}: its newest {FEW} or so",
            s.small_late,
        ),
        institution(
            "said_institution_state",
            s.state,
            f"a state and the {s.state_institutions - 1} institutions under it",
        ),
        Case(
            "said_country",
            f"--country {s.country}",
            _listing(Filter(country=s.country)),
            [lambda raw: hand.country(raw, code=s.country, n=n)],
        ),
        Case(
            "said_mentions",
            f"--mentions an official mentioned about {FEW} times ({s.mentioned_count:,})",
            _listing(Filter(mentions_officials=(s.mentioned,))),
            [lambda raw: hand.mentions(raw, official=s.mentioned, n=n)],
        ),
        Case(
            "said_about_by_speaker",
            f"--about {phrase} --by the busiest speaker, by relevance",
            _listing(Filter(officials=(s.top_speaker,), about=phrase), sort="relevance"),
            [
                lambda raw: hand.ranked(
                    raw, match=_match(phrase, engine), n=n, official=s.top_speaker
                )
            ],
        ),
        Case(
            "timeline_typical_speaker",
            f"`timeline --by` a typical speaker, 2000-2025: all {s.typical_count:,}, oldest first",
            _listing(
                Filter(
                    officials=(s.typical_speaker,),
                    date_from=date(2000, 1, 1),
                    date_to=date(2025, 12, 31),
                ),
                sort="chronological",
                limit=None,
            ),
            [
                lambda raw: hand.timeline_speaker(
                    raw, official=s.typical_speaker, lo=date(2000, 1, 1), hi=date(2025, 12, 31)
                )
            ],
            page=False,
        ),
        Case(
            "timeline_institution_small",
            "`timeline --institution` the small one: all its statements, oldest first",
            _listing(Filter(institution=small), sort="chronological", limit=None),
            [lambda raw: hand.timeline_institution(raw, institution=small)],
            page=False,
        ),
        *[
            Case(
                f"search_{name}",
                f"`search {about}`: a ranked page",
                _listing(Filter(about=about), sort="relevance"),
                [lambda raw, about=about: hand.ranked(raw, match=_match(about, engine), n=n)],
                page=False,
            )
            for name, about in (
                ("phrase", phrase),
                ("rare_word", rare),
                ("common_words", COMMON_WORDS),
            )
        ],
        Case(
            "stats_speaker_per_month",
            "`stats --by` the busiest speaker `--per month`",
            _stats(Filter(officials=(s.top_speaker,)), "month"),
            [lambda raw: hand.stats_per_month(raw, official=s.top_speaker)],
            ours=lambda rows: [(r["name"], r["statements"]) for r in rows],
            theirs=lambda rows: [(r[0] or "date unknown", r[1]) for r in rows],
            page=False,
        ),
        Case(
            "stats_country_per_official",
            f"`stats --country {s.country} --per official`",
            _stats(Filter(country=s.country), "official"),
            [lambda raw: hand.stats_per_official(raw, code=s.country)],
            ours=lambda rows: [(r["id"], r["statements"]) for r in rows],
            theirs=lambda rows: [(r[0], r[2]) for r in rows],
            page=False,
        ),
        Case(
            "who_phrase",
            f"`who --about {phrase}`",
            _who(phrase),
            [lambda raw: hand.who(raw, match=_match(phrase, engine, text_only=True), n=20)],
            ours=lambda rows: [
                (r["official_id"], r["institution_id"], r["statements"]) for r in rows
            ],
            theirs=lambda rows: [(r[0], r[2], r[4]) for r in rows],
            page=False,
        ),
    ]


def _stats(filt, dimension: str):
    def run(session) -> list:
        from tracker import query

        return list(query.stats(session=session, filt=filt, dimension=dimension))

    return run


def _who(about: str):
    def run(session) -> list:
        from tracker import query

        return list(query.who(session=session, filt=query.Filter(about=about), limit=20))

    return run
