"""A small world of officials, institutions, roles and statements for the query tests.

Built through tracker.services (officials, institutions, roles) plus direct
Statement/Citation rows, so the same data lands on SQLite and PostgreSQL.
`seed(db_url)` returns the ids by name, for tests that need to refer to rows.
"""

from __future__ import annotations

import hashlib
from datetime import date

from tracker.dates import DateSpan, parse_date
from tracker.db import session_scope
from tracker.models import Citation, Mention, Source, Statement, StatementTopic, Topic
from tracker.names import fold
from tracker.services.institutions import add_institution
from tracker.services.officials import add_official
from tracker.services.roles import add_role, role_on

# name: (speaker, speaking for, EDTF date or None, text, kind, status, source, topic, mentions)
STATEMENTS = {
    "ryabkov_day": (
        "Sergey Ryabkov",
        "Russian Foreign Ministry",
        "2021-12-17",
        "Russia needs legally binding security guarantees from NATO, and it needs them now.",
        "direct",
        "confirmed",
        "tass",
        "security guarantees",
        ("NATO",),
    ),
    "ryabkov_month": (
        "Sergey Ryabkov",
        "Russian Foreign Ministry",
        "2021-12",
        "The proposals on security guarantees are not an ultimatum, Ryabkov said.",
        "indirect",
        "confirmed",
        "tass",
        None,
        (),
    ),
    "ryabkov_before": (
        "Sergey Ryabkov",
        "Russian Foreign Ministry",
        "../2021-12-10",
        "Talks with Washington could start in January; we are ready.",
        "mixed",
        "proposed",
        "reuters",
        None,
        ("State Department",),
    ),
    "zakharova": (
        "Maria Zakharova",
        "Russian Foreign Ministry",
        "2022-01-20",
        "NATO expansion eastwards threatens the stability of Europe.",
        "direct",
        "confirmed",
        "tass",
        None,
        ("NATO",),
    ),
    "zakharova_undated": (
        "Maria Zakharova",
        "Russian Foreign Ministry",
        None,
        "We will respond in due course.",
        "direct",
        "proposed",
        None,
        None,
        (),
    ),
    "blinken": (
        "Antony Blinken",
        "State Department",
        "2021-12-07",
        "The United States stands with Ukraine's sovereignty and territorial integrity.",
        "direct",
        "confirmed",
        "reuters",
        None,
        ("Sergey Ryabkov",),
    ),
    "stoltenberg": (
        "Jens Stoltenberg",
        "NATO",
        "2021-12-16",
        "NATO will not compromise on core principles, including Ukraine's right to choose.",
        "direct",
        "confirmed",
        "reuters",
        None,
        (),
    ),
    "grushko_department": (
        "Alexander Grushko",
        "European Cooperation Department",
        "2015-06-01",
        "Co-operation with the alliance is frozen, and the guarantees are gone.",
        "indirect",
        "confirmed",
        None,
        None,
        (),
    ),
    "ministry_itself": (
        None,
        "Russian Foreign Ministry",
        "2021-12-17",
        "The Ministry published draft treaties on security guarantees with the United States.",
        "direct",
        "confirmed",
        "tass",
        "security guarantees",
        (),
    ),
    "former_in_office": (
        "Ivan Former",
        None,
        "2018-03-01",
        "Our diplomats will keep working on arms control.",
        "direct",
        "confirmed",
        None,
        None,
        (),
    ),
    "former_retired": (
        "Ivan Former",
        None,
        "2021-11-02",
        "As a private citizen I think arms control is finished.",
        "direct",
        "confirmed",
        None,
        None,
        (),
    ),
}


def _source(session, key: str, outlet) -> Source:
    text = f"Full text of the {key} article."
    source = Source(
        url=f"https://news.example/{key}?a=1&b=2",
        outlet_id=outlet.id,
        title=f"{key.upper()} report",
        published=date(2021, 12, 17),
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
    )
    session.add(source)
    session.flush()
    return source


def seed(db_url: str) -> dict[str, int]:
    """Fill the database at db_url with the world; returns ids by name."""
    ids: dict[str, int] = {}
    with session_scope(db_url) as s:
        russia = add_institution(session=s, name="Russia", kind="state", country="RU")
        mfa = add_institution(
            session=s,
            name="Russian Foreign Ministry",
            kind="ministry",
            country="RU",
            parent=russia,
            aliases=("MFA", "МИД России"),
        )
        department = add_institution(
            session=s, name="European Cooperation Department", kind="agency", parent=mfa
        )
        state = add_institution(session=s, name="State Department", kind="ministry", country="US")
        nato = add_institution(session=s, name="NATO", kind="alliance")
        tass = add_institution(session=s, name="TASS", kind="media outlet", country="RU")
        reuters = add_institution(session=s, name="Reuters", kind="media outlet", country="GB")
        institutions = {i.name: i for i in (russia, mfa, department, state, nato, tass, reuters)}
        people = {
            "Sergey Ryabkov": add_official(
                session=s, name="Sergey Ryabkov", aliases=("Сергей Рябков", "Sergei Ryabkov")
            ),
            "Maria Zakharova": add_official(session=s, name="Maria Zakharova"),
            "Antony Blinken": add_official(session=s, name="Antony Blinken"),
            "Jens Stoltenberg": add_official(session=s, name="Jens Stoltenberg"),
            "Alexander Grushko": add_official(session=s, name="Alexander Grushko"),
            "Ivan Former": add_official(session=s, name="Ivan Former"),
        }
        roles = [
            ("Sergey Ryabkov", mfa, "Deputy Foreign Minister", "2008", None),
            ("Maria Zakharova", mfa, "Spokeswoman", "2015-08-10", None),
            ("Antony Blinken", state, "Secretary of State", "2021-01-26", "2025-01-20"),
            ("Jens Stoltenberg", nato, "Secretary General", "2014-10-01", "2024-10-01"),
            ("Alexander Grushko", department, "Director", "2012", "2018-01-21"),
            ("Alexander Grushko", mfa, "Deputy Foreign Minister", "2018-01-22", None),
            ("Ivan Former", mfa, "Ambassador at large", "2016", "2019-06-30"),
        ]
        for person, body, title, start, end in roles:
            add_role(
                session=s,
                official=people[person],
                institution=body,
                title=title,
                start=parse_date(start),
                end=parse_date(end) if end else None,
            )
        sources = {"tass": _source(s, "tass", tass), "reuters": _source(s, "reuters", reuters)}
        topics: dict[str, Topic] = {}
        for name, values in STATEMENTS.items():
            person, body, when, text, kind, status, source, topic, mentions = values
            span = parse_date(when) if when else DateSpan.unknown()
            official = people[person] if person else None
            role = (
                role_on(session=s, official_id=official.id, day_span=span)
                if official and not span.is_unknown
                else None
            )
            statement = Statement(
                official_id=official.id if official else None,
                institution_id=institutions[body].id if body else None,
                role_id=role.id if role else None,
                text=text,
                kind=kind,
                said_from=span.start,
                said_to=span.end,
                said_precision=span.precision,
                status=status,
                origin="manual",
            )
            s.add(statement)
            s.flush()
            ids[name] = statement.id
            if source:
                s.add(Citation(statement_id=statement.id, source_id=sources[source].id, quote=text))
            if topic:
                if topic not in topics:
                    topics[topic] = Topic(name=topic, key=fold(topic))
                    s.add(topics[topic])
                    s.flush()
                s.add(StatementTopic(statement_id=statement.id, topic_id=topics[topic].id))
            for target in mentions:
                if target in people:
                    s.add(Mention(statement_id=statement.id, official_id=people[target].id))
                else:
                    s.add(
                        Mention(statement_id=statement.id, institution_id=institutions[target].id)
                    )
            s.flush()
        ids.update({f"source:{k}": v.id for k, v in sources.items()})
        ids.update({f"official:{k}": v.id for k, v in people.items()})
        ids.update({f"institution:{k}": v.id for k, v in institutions.items()})
    return ids
