"""Recording articles against what the database knows: officials, institutions, roles, dates."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlmodel import func, select

from tests.conftest import REPO, SHARED
from tracker.article import Article
from tracker.dates import DateSpan
from tracker.db import session_scope
from tracker.errors import InvalidInput
from tracker.extract.model import ProposedStatement
from tracker.models import Citation, Institution, Official, Role, Source, Statement
from tracker.services.ingest import record_article
from tracker.services.institution_names import guess_kind, institution_signature
from tracker.services.institutions import add_institution
from tracker.services.matching import Speakers
from tracker.services.officials import add_official
from tracker.services.roles import add_role

SEED = SHARED / "seed" / "seed.txt"
GAZETTEER = REPO / "fixtures" / "gazetteer.popolo.json"

# A gazetteer of my own: other spellings than the articles use, and a formal ministry name.
SMALL_POPOLO = {
    "persons": [
        {"id": "ryabkov", "name": "Sergei Riabkov", "other_names": [{"name": "Сергей Рябков"}]},
        {"id": "zakharova", "name": "Maria Zakharova"},
        {"id": "putin", "name": "Vladimir Putin"},
    ],
    "organizations": [
        {"id": "ru", "name": "Russian Federation", "classification": "state", "country": "RU"},
        {
            "id": "mfa",
            "name": "Ministry of Foreign Affairs of the Russian Federation",
            "classification": "ministry",
            "country": "RU",
            "parent_id": "ru",
        },
        {"id": "tass", "name": "TASS", "classification": "media outlet", "country": "RU"},
    ],
    "memberships": [
        {
            "person_id": "ryabkov",
            "organization_id": "mfa",
            "role": "Deputy Minister of Foreign Affairs",
            "start_date": "2008-05",
        },
        {
            "person_id": "zakharova",
            "organization_id": "mfa",
            "role": "Director of the Information and Press Department",
            "start_date": "2015-08-10",
        },
        {"person_id": "putin", "organization_id": "ru", "role": "President", "start_date": "2012"},
    ],
}


def import_popolo(db_url: str, data: dict) -> None:
    from tracker.services.popolo_import import import_popolo as load

    with session_scope(db_url) as s:
        load(session=s, data=data)


def table_sizes(db_url: str) -> dict[str, int]:
    with session_scope(db_url, write=False) as s:
        return {
            m.__tablename__: s.exec(select(func.count()).select_from(m)).one()
            for m in (Official, Institution, Role)
        }


def speakers_of(db_url: str) -> list[tuple[str, str | None, str | None]]:
    """(official, role title, institution) of each statement, in order."""
    rows = []
    with session_scope(db_url, write=False) as s:
        for st in s.exec(select(Statement).order_by(Statement.id)):
            role = s.get(Role, st.role_id) if st.role_id else None
            rows.append(
                (
                    s.get(Official, st.official_id).name,
                    role.title if role else None,
                    s.get(Institution, st.institution_id).name if st.institution_id else None,
                )
            )
    return rows


@pytest.mark.skipif(not SEED.exists(), reason=f"no seed article at {SEED}")
def test_a_gazetteer_of_other_spellings_matches_the_seed_speakers(cli, db_url: str) -> None:
    import_popolo(db_url, SMALL_POPOLO)
    before = table_sizes(db_url)
    cli("ingest", str(SEED), "--published", "2021-12-17", "--yes")
    after = table_sizes(db_url)
    assert (after["official"], after["role"]) == (before["official"], before["role"])
    with session_scope(db_url, write=False) as s:  # only the states of countries mentioned
        added = s.exec(select(Institution).where(Institution.id > before["institution"])).all()
    assert {(i.kind, i.country) for i in added} <= {("state", "US"), ("state", "UA")}
    mfa = "Ministry of Foreign Affairs of the Russian Federation"
    assert speakers_of(db_url) == [
        ("Sergei Riabkov", "Deputy Minister of Foreign Affairs", mfa),
    ] * 4 + [
        ("Vladimir Putin", "President", "Russian Federation"),
    ] * 2 + [
        ("Maria Zakharova", "Director of the Information and Press Department", mfa),
    ]


@pytest.mark.skipif(
    not (SEED.exists() and GAZETTEER.exists()),
    reason=f"needs the seed article, not here: {SEED} (the shared evaluation folder)",
)
def test_the_fixture_gazetteer_gives_the_seed_speakers_their_records(cli, db_url: str) -> None:
    import_popolo(db_url, json.loads(GAZETTEER.read_text(encoding="utf-8")))
    before = table_sizes(db_url)
    cli("ingest", str(SEED), "--published", "2021-12-17", "--yes")
    assert table_sizes(db_url)["official"] == before["official"]
    assert table_sizes(db_url)["institution"] == before["institution"]
    names = {name for name, _, _ in speakers_of(db_url)}
    assert names == {"Sergey Ryabkov", "Vladimir Putin", "Maria Zakharova"}
    with session_scope(db_url, write=False) as s:
        source = s.exec(select(Source)).one()
        assert s.get(Institution, source.outlet_id).name == "TASS"


def _article(text: str, **fields) -> Article:
    values = {
        "path": "made-up.txt",
        "id": "made-up",
        "text": text,
        "title": None,
        "url": None,
        "outlet": None,
        "published": date(2021, 12, 17),
        "dateline_place": None,
        "dateline_month_day": None,
        "language": "en",
    }
    return Article(**(values | fields))


def _said(text: str, quote: str, speaker: str, said_on: str | None, **fields) -> ProposedStatement:
    start = text.index(quote)
    values = {
        "speaker": speaker,
        "speaker_type": "person",
        "role": None,
        "institution": None,
        "kind": "direct",
        "said_on": said_on,
        "date_evidence": None,
        "text": quote,
        "span": (start, start + len(quote)),
        "confidence": 0.9,
        "cue": "said",
    }
    return ProposedStatement(**(values | fields))


@pytest.mark.parametrize(
    ("written", "same"),
    [
        ("Maria Zakharova", True),
        ("Mariya Zaharova", True),  # transliteration and a misspelt surname
        ("M. Zakharova", True),
        ("Zakharova", True),
        ("Мария Захарова", True),
        ("Elena Zakharova", False),  # same surname, another person
        ("Maria Zakharov", False),
    ],
)
def test_speakers_match_known_officials_by_surname_and_compatible_first_name(
    db_url: str, written: str, same: bool
) -> None:
    with session_scope(db_url) as s:
        known = add_official(session=s, name="Maria Zakharova")
        found = Speakers(s).official(written, None)
        assert (found.id == known.id) is same
        if not same:
            assert found.name == written


def test_of_two_namesakes_the_one_at_the_named_institution_is_chosen(db_url: str) -> None:
    with session_scope(db_url) as s:
        mfa = add_institution(session=s, name="Russian Foreign Ministry", kind="ministry")
        add_official(session=s, name="Andrei Kelin")
        diplomat = add_official(session=s, name="Andrei Kelin", notes="the ambassador")
        add_role(session=s, official=diplomat, institution=mfa, title="Ambassador")
        speakers = Speakers(s)
        assert speakers.official("Andrei Kelin", mfa).id == diplomat.id
        assert speakers.take_notes() == []


def test_titles_become_roles_at_the_institution_once(db_url: str) -> None:
    text = 'Morgulov said: "We are ready." Later Morgulov said: "We are still ready to talk."'
    first = _said(
        text,
        "We are ready.",
        "Igor Morgulov",
        "2021-12-17",
        role="Deputy Foreign Minister",
        institution="Russian Foreign Ministry",
    )
    second = _said(
        text,
        "We are still ready to talk.",
        "Igor Morgulov",
        "2021-12-17",
        role="Deputy Foreign Minister",
        institution="Russia's Foreign Ministry",
    )
    with session_scope(db_url) as s:
        record_article(session=s, article=_article(text), accepted=[(first, "proposed")])
    with session_scope(db_url) as s:
        record_article(session=s, article=_article(text + " "), accepted=[(second, "confirmed")])
    with session_scope(db_url, write=False) as s:
        roles = s.exec(select(Role)).all()
        assert [(r.title, r.start_date, r.start_precision) for r in roles] == [
            ("Deputy Foreign Minister", None, "unknown")
        ]
        ministries = s.exec(select(Institution).where(Institution.kind == "ministry")).all()
        assert [(m.name, m.country) for m in ministries] == [("Russian Foreign Ministry", "RU")]
        statuses = [st.status for st in s.exec(select(Statement).order_by(Statement.id))]
        assert statuses == ["proposed", "confirmed"]


def test_a_second_report_narrows_the_date_and_an_incompatible_date_is_another_statement(
    db_url: str,
) -> None:
    quote = "Moscow expects a reply from Washington on the draft documents"
    earlier = "Zakharova earlier said " + quote + "."
    exact = "On Thursday Zakharova said " + quote + "."
    other_month = "In November Zakharova said " + quote + "."
    reports = [
        (earlier, "../2021-12-17", "earlier"),
        (exact, "2021-12-16", "on Thursday"),
        (other_month, "2021-11", "in November"),
    ]
    for text, said_on, evidence in reports:
        proposal = _said(text, quote, "Maria Zakharova", said_on, date_evidence=evidence)
        with session_scope(db_url) as s:
            record_article(session=s, article=_article(text), accepted=[(proposal, "proposed")])
    with session_scope(db_url, write=False) as s:
        statements = s.exec(select(Statement).order_by(Statement.id)).all()
        assert [(st.said_from, st.said_to, st.said_precision) for st in statements] == [
            (date(2021, 12, 16), date(2021, 12, 16), "day"),
            (date(2021, 11, 1), date(2021, 11, 30), "month"),
        ]
        assert statements[0].date_evidence == "on Thursday"
        cited = s.exec(select(Citation.statement_id).order_by(Citation.id)).all()
        assert cited == [statements[0].id, statements[0].id, statements[1].id]


def test_unknown_speakers_are_left_out_and_counted(db_url: str) -> None:
    text = "A diplomatic source said the talks would go on. Lavrov said they had begun."
    unknown = _said(
        text, "the talks would go on", "A diplomatic source", "2021-12-17", speaker_type="unknown"
    )
    known = _said(text, "they had begun", "Sergey Lavrov", "2021-12-17")
    with session_scope(db_url) as s:
        done = record_article(
            session=s,
            article=_article(text),
            accepted=[(unknown, "proposed"), (known, "proposed")],
        )
    assert (done.statements, done.unattributed) == (1, 1)


def test_an_article_with_only_unknown_speakers_is_refused(db_url: str) -> None:
    text = "A diplomatic source said the talks would go on."
    proposal = _said(
        text, "the talks would go on", "A diplomatic source", "2021-12-17", speaker_type="unknown"
    )
    refused = pytest.raises(InvalidInput, match=r"no statements found \(1 without a known speaker")
    with refused, session_scope(db_url) as s:
        record_article(session=s, article=_article(text), accepted=[(proposal, "proposed")])
    with session_scope(db_url) as s:
        assert s.exec(select(Source)).first() is None


@pytest.mark.parametrize(
    ("name", "signature", "kind"),
    [
        ("Russian Foreign Ministry", ("Russia", "foreign ministry"), "ministry"),
        ("Ministry of Foreign Affairs of the Russian Federation", ("Russia", "foreign ministry"),
         "ministry"),
        ("Russia's Foreign Ministry", ("Russia", "foreign ministry"), "ministry"),
        ("US Department of State", ("United States", "foreign ministry"), "ministry"),
        ("Chinese Ministry of Foreign Affairs", ("China", "foreign ministry"), "ministry"),
        ("Russia", ("Russia", ""), "state"),
        ("NATO", (None, "nato"), "alliance"),
        ("UN Security Council", (None, "un security council"), "international organisation"),
        ("State Duma", (None, "state duma"), "legislature"),
    ],
)  # fmt: skip
def test_institution_names_reduce_to_country_and_body(
    name: str, signature: tuple, kind: str
) -> None:
    assert institution_signature(name) == signature
    assert guess_kind(name) == kind


def test_a_ministry_named_without_a_country_is_not_created(db_url: str) -> None:
    with session_scope(db_url) as s:
        assert Speakers(s).institution("Foreign Ministry") is None
        assert s.exec(select(func.count()).select_from(Institution)).one() == 0


def test_role_held_that_day_is_used_when_the_article_gives_no_title(db_url: str) -> None:
    with session_scope(db_url) as s:
        mfa = add_institution(session=s, name="Russian Foreign Ministry", kind="ministry")
        lavrov = add_official(session=s, name="Sergey Lavrov")
        old = add_role(
            session=s,
            official=lavrov,
            institution=mfa,
            title="Permanent Representative",
            start=DateSpan.year(1994),
            end=DateSpan.year(2004),
        )
        now = add_role(
            session=s, official=lavrov, institution=mfa, title="Foreign Minister",
            start=DateSpan.day(date(2004, 3, 9)),
        )  # fmt: skip
        roles = Speakers(s).roles
        assert roles.role(lavrov, None, None, DateSpan.day(date(2021, 12, 17))).id == now.id
        assert roles.role(lavrov, None, None, DateSpan.day(date(2000, 1, 5))).id == old.id


def test_a_known_institution_is_found_under_a_wrong_country_adjective(db_url: str) -> None:
    with session_scope(db_url) as s:
        nato = add_institution(session=s, name="NATO", kind="alliance")
        kremlin = add_institution(
            session=s,
            name="Presidential Executive Office of Russia",
            kind="agency",
            country="RU",
            aliases=["Kremlin"],
        )
        speakers = Speakers(s)
        assert speakers.institution("US NATO").id == nato.id
        assert speakers.institution("Russian Kremlin").id == kremlin.id
        assert speakers.institution("the Kremlin").id == kremlin.id


def _secretaries_general(session) -> None:
    un = add_institution(session=session, name="United Nations", kind="international organisation")
    nato = add_institution(session=session, name="NATO", kind="alliance")
    guterres = add_official(session=session, name="António Guterres")
    stoltenberg = add_official(session=session, name="Jens Stoltenberg")
    ban = add_official(session=session, name="Ban Ki-moon")
    add_role(
        session=session,
        official=ban,
        institution=un,
        title="Secretary-General",
        start=DateSpan.day(date(2007, 1, 1)),
        end=DateSpan.day(date(2016, 12, 31)),
    )
    add_role(
        session=session,
        official=guterres,
        institution=un,
        title="Secretary-General",
        start=DateSpan.day(date(2017, 1, 1)),
    )
    add_role(
        session=session,
        official=stoltenberg,
        institution=nato,
        title="Secretary General",
        start=DateSpan.day(date(2014, 10, 1)),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At the United Nations, the Secretary-General said calm was needed.", "António Guterres"),
        (
            "At NATO headquarters, the Secretary General said allies stood united.",
            "Jens Stoltenberg",
        ),
        ("In a statement, the Secretary-General said calm was needed.", None),
    ],
)
def test_a_title_alone_is_resolved_to_whoever_held_it_that_day(db_url, text, expected):
    quote = text.split(" said ")[1]
    phrase = "the Secretary-General" if "Secretary-General" in text else "the Secretary General"
    proposal = _said(text, quote, phrase, "2021-12-17", speaker_type="unknown")
    with session_scope(db_url) as s:
        _secretaries_general(s)
        if expected is None:
            with pytest.raises(InvalidInput, match="no statements found"):
                record_article(session=s, article=_article(text), accepted=[(proposal, "proposed")])
            return
        record_article(session=s, article=_article(text), accepted=[(proposal, "proposed")])
        statement = s.exec(select(Statement)).one()
        assert s.get(Official, statement.official_id).name == expected
        assert s.get(Role, statement.role_id).title.startswith("Secretary")


def test_a_title_alone_reads_roles_by_their_title_not_every_role(tmp_path):
    # an archive's roles are many: the post a title names is found from the index of titles
    # (each title once) and the roles bearing a matching one, never by scanning them all
    from sqlalchemy import event

    from tracker import prepared

    url = f"sqlite:///{tmp_path / 'roles.db'}"
    text = "At the United Nations, the Secretary-General said calm was needed."
    proposal = _said(text, "calm was needed.", "the Secretary-General", "2021-12-17",
                     speaker_type="unknown")  # fmt: skip
    with session_scope(url) as s:
        _secretaries_general(s)
        embassy = add_institution(session=s, name="Embassy of Peru", kind="other")
        for n in range(40):
            envoy = add_official(session=s, name=f"Envoy Number{n:02d}")
            add_role(session=s, official=envoy, institution=embassy, title=f"Ambassador {n}")
    plans: list[str] = []

    def explain(driver, sql: str, params) -> None:
        if " role" in sql and "INSERT" not in sql:
            steps = driver.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            plans.append(" | ".join(row[-1] for row in steps))

    run = prepared.Prepared._run

    def kept(self, connection, plan, params):
        explain(connection.connection.driver_connection, plan.sql, params)
        return run(self, connection, plan, params)

    with pytest.MonkeyPatch.context() as patch, session_scope(url) as s:
        patch.setattr(prepared.Prepared, "_run", kept)
        driver = s.connection().connection.driver_connection

        def core(connection, cursor, sql, params, context, many) -> None:
            explain(driver, sql, params)

        event.listen(s.get_bind(), "before_cursor_execute", core)
        try:
            record_article(session=s, article=_article(text), accepted=[(proposal, "proposed")])
        finally:
            event.remove(s.get_bind(), "before_cursor_execute", core)
        statement = s.exec(select(Statement)).one()
        assert s.get(Official, statement.official_id).name == "António Guterres"
    read_roles = [p for p in plans if "role" in p]
    assert read_roles
    assert not [p for p in read_roles if "SCAN role" in p and "INDEX" not in p], read_roles
    assert any("COVERING INDEX ix_role_title" in p for p in read_roles), read_roles
