"""`tracker said` and tracker.query: every filter, sorting and paging, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.query_world import seed


@pytest.fixture
def world(db_url: str) -> dict[str, int]:
    return seed(db_url)


def said_ids(cli, *args: str) -> list[int]:
    """The ids `tracker said ARGS --format json` answers with, in order."""
    result = cli("said", *args, "--format", "json")
    return [row["id"] for row in json.loads(result.stdout)]


def names(world: dict[str, int], ids: list[int]) -> list[str]:
    by_id = {v: k for k, v in world.items() if ":" not in k}
    return [by_id[i] for i in ids]


def test_everything_newest_first_with_undated_last(cli, world):
    assert names(world, said_ids(cli)) == [
        "zakharova",
        "ryabkov_month",  # December 2021 is placed at its last day
        "ministry_itself",  # same day as ryabkov_day: higher id first
        "ryabkov_day",
        "stoltenberg",
        "ryabkov_before",
        "blinken",
        "former_retired",
        "former_in_office",
        "grushko_department",
        "zakharova_undated",
    ]


@pytest.mark.parametrize("spelling", ["Sergey Ryabkov", "Сергей Рябков", "sergei ryabkov"])
def test_by_official_accepts_any_alias_or_script(cli, world, spelling):
    assert names(world, said_ids(cli, "--by", spelling)) == [
        "ryabkov_month",
        "ryabkov_day",
        "ryabkov_before",
    ]


def test_listings_of_one_shape_each_answer_with_their_own_values(cli, world):
    # said --by is built once per shape (tracker.query.listing._SHAPED), its values passed apart
    ryabkov = said_ids(cli, "--by", "Sergey Ryabkov", "--from", "2021-01", "--to", "2021-12")
    blinken = said_ids(cli, "--by", "Antony Blinken", "--from", "2000", "--to", "2030")
    again = said_ids(cli, "--by", "Sergey Ryabkov", "--from", "2021-12-17", "--to", "2021-12-17")
    wider = said_ids(
        cli, "--by", "Sergey Ryabkov", "--from", "2021-12-17", "--to", "2021-12-17", "--overlapping"
    )
    assert names(world, ryabkov) == ["ryabkov_month", "ryabkov_day", "ryabkov_before"]
    assert names(world, blinken) == ["blinken"]
    assert names(world, again) == ["ryabkov_day"]
    assert names(world, wider) == ["ryabkov_month", "ryabkov_day"]


def test_listings_kept_by_shape_answer_with_their_own_values(cli, world, monkeypatch):
    # every listing's SQL is kept per shape (tracker.query.listing._SHAPED) and run again with
    # another filter's values: each pair below shares a shape and must not share an answer
    from tracker.query import listing

    pairs = [
        (("--mentions", "NATO"), ("--mentions", "State Department")),
        (("--kind", "direct"), ("--kind", "mixed")),
        (("--status", "confirmed"), ("--status", "proposed")),
        (("--source", str(world["source:tass"])), ("--source", str(world["source:reuters"]))),
        (("--about", "guarantees"), ("--about", "expansion")),
        (("--about", "guarantees", "--sort", "date"), ("--about", "talks", "--sort", "date")),
        (("--institution", "MFA", "--to", "2021"), ("--institution", "NATO", "--to", "2022")),
        (("--country", "RU"), ("--country", "US")),
        (("--by", "NATO", "--from", "2021"), ("--by", "MFA", "--from", "2022")),
        (("--topic", "security guarantees"), ("--kind", "indirect")),  # not one shape: control
    ]
    fresh = {}
    for pair in pairs:
        for args in pair:
            monkeypatch.setattr(listing, "_SHAPED", {})
            fresh[args] = said_ids(cli, *args)
    monkeypatch.setattr(listing, "_SHAPED", {})
    for first, second in pairs:
        assert fresh[first] != fresh[second], (first, second)
        assert said_ids(cli, *first) == fresh[first]
        assert said_ids(cli, *second) == fresh[second], (first, second)
    assert len(listing._SHAPED) < 2 * len(pairs)  # pairs of one shape were built once


def test_by_official_accepts_an_id_and_repeats(cli, world):
    ids = said_ids(cli, "--by", str(world["official:Antony Blinken"]), "--by", "Jens Stoltenberg")
    assert names(world, ids) == ["stoltenberg", "blinken"]


def test_by_institution_means_statements_speaking_for_it(cli, world):
    assert names(world, said_ids(cli, "--by", "NATO")) == ["stoltenberg"]
    assert set(names(world, said_ids(cli, "--by", "МИД России"))) == {
        "zakharova",
        "ryabkov_month",
        "ministry_itself",
        "ryabkov_day",
        "ryabkov_before",
        "zakharova_undated",
    }


def test_institution_covers_roles_held_that_day_and_sub_institutions(cli, world):
    ids = names(world, said_ids(cli, "--institution", "MFA"))
    assert ids == [
        "zakharova",
        "ryabkov_month",
        "ministry_itself",
        "ryabkov_day",
        "ryabkov_before",
        "former_in_office",  # no institution recorded, but an MFA role that day
        "grushko_department",  # a department under the ministry
        "zakharova_undated",  # speaks for the ministry itself
    ]
    assert "former_retired" not in ids  # said after the role ended


def test_institution_recurses_from_the_state_down(cli, world):
    ids = set(names(world, said_ids(cli, "--institution", "Russia")))
    assert {"grushko_department", "ministry_itself", "former_in_office"} <= ids
    assert not {"blinken", "stoltenberg", "former_retired"} & ids


@pytest.mark.parametrize(
    ("walk_per_role", "few_roles"),
    [(0, -1), (10**6, -1), (0, 10**6)],
    ids=["join", "walk", "join-bounded-in-one-statement"],
)
def test_institution_pages_agree_whichever_way_held_statements_are_read(
    cli, world, monkeypatch, walk_per_role, few_roles
):
    from tracker.query import institutions, listing

    args = [
        ("--institution", "MFA"),
        ("--institution", "Russia", "--from", "2016"),
        # the latest day in range ("December 2021" is not in ..2021-12-16), or any day of it
        ("--institution", "Russia", "--from", "2021-12-08", "--to", "2021-12-16"),
        ("--institution", "Russia", "--from", "2021-12-08", "--to", "2021-12-16", "--overlapping"),
    ]
    expected = [said_ids(cli, *a, "--limit", "0") for a in args]  # every member, then sorted
    assert set(expected[2]) < set(expected[3])  # overlapping takes more: a page must too
    # 0: always join roles held to their holders' statements; a million: always walk the dates
    # (however few the roles); after a probe (few_roles -1), or, however many the roles,
    # joined in the same statement as the own page that bounds them (few_roles a million)
    monkeypatch.setattr(institutions, "FEW_ROLES", few_roles)
    monkeypatch.setattr(institutions, "WALK_PER_ROLE", walk_per_role)
    monkeypatch.setattr(institutions, "JOIN_ANYWAY", 0)
    monkeypatch.setattr(listing, "_SHAPED", {})  # the probe is built with WALK_PER_ROLE
    for a, everything in zip(args, expected, strict=True):
        for offset in range(0, len(everything) + 1):
            page = said_ids(cli, *a, "--limit", "2", "--offset", str(offset))
            assert page == everything[offset : offset + 2], (a, offset)
    assert "former_in_office" in names(world, expected[0])  # held a role: found either way
    assert "former_retired" not in names(world, expected[1])


# the MFA's dated statements, newest first, as the world fixture stores them
MFA_DATED = (
    "zakharova",
    "ryabkov_month",
    "ministry_itself",
    "ryabkov_day",
    "ryabkov_before",
    "former_in_office",
    "grushko_department",
)


@pytest.mark.parametrize(("few_roles", "statements"), [(16, 2), (-1, 3)], ids=["few", "probed"])
def test_an_institution_with_few_roles_is_read_in_one_statement_after_its_subtree(
    cli, world, monkeypatch, few_roles, statements
):
    from datetime import date

    from tracker import prepared
    from tracker.db import session_scope
    from tracker.query import Filter, institutions
    from tracker.query import statements as listing

    run = prepared.Prepared._run
    ran = []

    def counted(self, connection, plan, params):
        ran.append(plan.sql)
        return run(self, connection, plan, params)

    monkeypatch.setattr(prepared.Prepared, "_run", counted)
    monkeypatch.setattr(institutions, "FEW_ROLES", few_roles)
    mfa = world["institution:Russian Foreign Ministry"]
    with session_scope(cli.db_url, write=False) as s:
        dated = Filter(institution=mfa, date_from=date(2000, 1, 1))  # no undated part
        page = [row["id"] for row in listing(session=s, filt=dated, limit=50)]
    # the MFA and the department under it: a few roles. Few: the subtree with its roles
    # counted, then the page; else a probe between them
    assert len(ran) == statements
    assert "count" in ran[0] and "held" not in ran[0]
    assert names(world, page) == list(MFA_DATED)


def test_an_institution_s_roles_are_counted_only_as_far_as_they_decide(db_url, world):
    from sqlalchemy import func, select

    from tracker.dates import parse_date
    from tracker.db import session_scope
    from tracker.models import Institution
    from tracker.query import Filter
    from tracker.query.conditions import FEW_ROLES, resolve
    from tracker.services.officials import add_official
    from tracker.services.roles import add_role
    from tracker.tables import role

    with session_scope(db_url) as s:
        mfa = world["institution:Russian Foreign Ministry"]
        resolved = resolve(s, Filter(institution=mfa))
        held = s.connection().execute(
            select(func.count()).where(role.c.institution_id.in_(resolved.institutions))
        )
        assert resolved.roles == held.scalar() <= FEW_ROLES  # a few: each counted
        nato = s.get(Institution, world["institution:NATO"])
        for n in range(FEW_ROLES + 5):
            envoy = add_official(session=s, name=f"Envoy Number{chr(97 + n)}")
            add_role(
                session=s,
                official=envoy,
                institution=nato,
                title="Envoy",
                start=parse_date("2020"),
                end=None,
            )
        # more than a few: counted no further (a ministry has thousands)
        assert resolve(s, Filter(institution=nato.id)).roles == FEW_ROLES + 1


def test_roles_held_in_a_window_are_counted_from_the_nearer_end(tmp_path, sqlite_template):
    # Choosing how to read a page counts the roles held in its window. An early window
    # counts them from the start-date index (the roles started by its end: few), a page of
    # the newest from the end-date index (the roles not ended by its start: few); each the
    # other way reads nearly every role the institution ever had.
    import shutil
    from datetime import date

    from tracker import prepared
    from tracker.dates import parse_date
    from tracker.db import session_scope
    from tracker.query import Filter
    from tracker.query import statements as listing
    from tracker.services.institutions import add_institution
    from tracker.services.officials import add_official
    from tracker.services.roles import add_role

    path = tmp_path / "roles.db"
    shutil.copy(sqlite_template, path)
    url = f"sqlite:///{path}"
    with session_scope(url) as s:
        ministry = add_institution(session=s, name="Ministry of Examples", kind="ministry")
        for n in range(60):  # 20 ended by 2005, 40 started since 2015
            official = add_official(session=s, name=f"Envoy Number{n:02d}")
            start, end = ("2001", f"200{3 + n % 3}") if n < 20 else ("2015", None)
            add_role(
                session=s,
                official=official,
                institution=ministry,
                title="Envoy",
                start=parse_date(start),
                end=parse_date(end) if end else None,
            )
        ministry_id = ministry.id
    probes = []
    run = prepared.Prepared._run

    def kept(self, connection, plan, params):
        rows = run(self, connection, plan, params)
        if "held" in plan.sql and "bound" in plan.sql:
            driver = connection.connection.driver_connection
            steps = driver.execute(f"EXPLAIN QUERY PLAN {plan.sql}", params)
            probes.append((" | ".join(row[-1] for row in steps), list(rows)))
        return rows

    by_start = "ix_role_institution_id_start_date_end_date_official_id (institution_id=? AND st"
    by_end = "ix_role_institution_id_end_date_start_date_official_id (institution_id=? AND en"
    with pytest.MonkeyPatch.context() as patch, session_scope(url, write=False) as s:
        patch.setattr(prepared.Prepared, "_run", kept)
        early = Filter(institution=ministry_id, date_to=date(2004, 12, 31))
        list(listing(session=s, filt=early, limit=50))
        list(listing(session=s, filt=Filter(institution=ministry_id), limit=50))
    (early_plan, early_rows), (newest_plan, newest_rows) = probes
    assert early_rows == [(None, 20)]  # no statement: the window is every day up to --to
    assert by_start + "art_date<?)" in early_plan  # and by end, if there were many
    assert newest_rows == [(None, 60)]  # no statement: the window is every day
    assert by_end in newest_plan and by_start not in newest_plan


@pytest.mark.parametrize("sort", ["date", "chronological"])
def test_an_institution_s_whole_list_is_one_statement_after_its_subtree(
    db_url, world, monkeypatch, sort
):
    # dated and undated members in one statement: on PostgreSQL a listing is streamed
    # through a server-side cursor, five round trips a statement
    from tracker import prepared
    from tracker.db import session_scope
    from tracker.query import Filter
    from tracker.query import statements as listing

    ran = []
    for method in ("all", "stream"):
        original = getattr(prepared.Prepared, method)

        def counted(self, connection, values, *args, original=original, **kwargs):
            ran.append(self)
            return original(self, connection, values, *args, **kwargs)

        monkeypatch.setattr(prepared.Prepared, method, counted)
    mfa = world["institution:Russian Foreign Ministry"]
    with session_scope(db_url, write=False) as s:
        rows = listing(session=s, filt=Filter(institution=mfa), sort=sort, limit=None)
        found = names(world, [row["id"] for row in rows])
    assert len(ran) == 2  # the subtree, then the listing
    dated = list(MFA_DATED)
    if sort == "chronological":
        dated.reverse()
    assert found == [*dated, "zakharova_undated"]  # undated last either way


def test_institution_pages_agree_with_the_whole_list(cli, world):
    everything = said_ids(cli, "--institution", "MFA", "--limit", "0")
    for offset in range(0, len(everything) + 1):
        page = said_ids(cli, "--institution", "MFA", "--limit", "3", "--offset", str(offset))
        assert page == everything[offset : offset + 3]


@pytest.mark.parametrize("dates", [(), ("--from", "2021-12-10")], ids=["all", "from"])
def test_country_pages_agree_with_the_whole_list(cli, world, dates):
    # on PostgreSQL a page is read one institution at a time (dated), undated ones apart
    everything = said_ids(cli, "--country", "ru", *dates, "--limit", "0")
    assert ("zakharova_undated" in names(world, everything)) == (not dates)
    for offset in range(0, len(everything) + 1):
        page = said_ids(cli, "--country", "ru", *dates, "--limit", "2", "--offset", str(offset))
        assert page == everything[offset : offset + 2]


def test_by_pages_agree_with_the_whole_list(cli, world):
    args = ("--by", "Sergey Ryabkov", "--by", "NATO", "--by", "Maria Zakharova")
    everything = said_ids(cli, *args, "--limit", "0")
    assert len(everything) == 6
    for offset in range(0, 7):
        page = said_ids(cli, *args, "--limit", "2", "--offset", str(offset))
        assert page == everything[offset : offset + 2]


def test_country_includes_institutions_under_it(cli, world):
    ids = set(names(world, said_ids(cli, "--country", "ru")))
    assert ids == {
        "zakharova",
        "ryabkov_month",
        "ministry_itself",
        "ryabkov_day",
        "ryabkov_before",
        "zakharova_undated",
        "grushko_department",
    }
    assert names(world, said_ids(cli, "--country", "US")) == ["blinken"]


def test_date_range_holds_the_statements_placed_in_it(cli, world):
    ids = names(world, said_ids(cli, "--from", "2021-12-15", "--to", "2021-12-20"))
    # "December 2021" is placed on 31 December; "on or before 10 Dec" and 7 Dec are earlier
    assert ids == ["ministry_itself", "ryabkov_day", "stoltenberg"]


def test_overlapping_date_range_matches_overlapping_intervals(cli, world):
    args = ("--from", "2021-12-15", "--to", "2021-12-20", "--overlapping")
    # the month overlaps; "on or before 10 Dec" and 7 Dec do not
    assert names(world, said_ids(cli, *args)) == [
        "ryabkov_month",
        "ministry_itself",
        "ryabkov_day",
        "stoltenberg",
    ]


def test_open_start_overlaps_any_range_before_its_last_day(cli, world):
    args = ("--from", "2021-12-08", "--to", "2021-12-09")
    assert names(world, said_ids(cli, *args)) == []
    assert names(world, said_ids(cli, *args, "--overlapping")) == [
        "ryabkov_month",
        "ryabkov_before",
    ]


def test_partial_dates_cover_their_whole_span(cli, world):
    assert names(world, said_ids(cli, "--from", "2022", "--to", "2022")) == ["zakharova"]
    assert names(world, said_ids(cli, "--to", "2018-03")) == [
        "former_in_office",
        "grushko_department",
    ]
    assert names(world, said_ids(cli, "--to", "2018-03", "--overlapping")) == [
        "ryabkov_before",  # "on or before 10 Dec 2021" may have been said in 2018
        "former_in_office",
        "grushko_department",
    ]


def test_open_ended_statements_match_ranges_after_their_first_day(cli, world):
    from datetime import date

    from tracker.db import session_scope
    from tracker.models import Statement

    with session_scope(cli.db_url) as s:
        after = Statement(
            institution_id=world["institution:NATO"],
            text="Since the summit the allies have agreed.",
            said_from=date(2021, 12, 20),
            said_to=None,
            said_precision="interval",
        )
        s.add(after)
    assert after.id not in said_ids(cli, "--from", "2023")  # no latest day: placed nowhere
    assert after.id in said_ids(cli, "--from", "2023", "--overlapping")
    assert after.id in said_ids(cli, "--from", "2021-12-01", "--to", "2021-12-25", "--overlapping")
    assert after.id in said_ids(
        cli,
        "--by",
        "NATO",
        "--from",
        "2021-12-01",
        "--limit",
        "1",
        "--offset",
        "1",
        "--overlapping",
    )
    assert after.id not in said_ids(cli, "--to", "2021-12-19", "--overlapping")
    assert after.id in searched_ids(cli, "allies", "--from", "2022", "--overlapping")
    assert after.id not in searched_ids(cli, "allies", "--from", "2022")
    assert said_ids(cli, "--by", "NATO")[-1] == after.id  # no latest day: placed last


def searched_ids(cli, query: str, *args: str) -> list[int]:
    result = cli("search", "-f", "json", *args, "--", query)
    return [row["id"] for row in json.loads(result.stdout)]


def test_undated_statements_match_no_date_filter(cli, world):
    assert "zakharova_undated" not in names(world, said_ids(cli, "--from", "1900"))
    assert "zakharova_undated" not in names(world, said_ids(cli, "--to", "2100"))


def test_about_is_ranked_full_text(cli, world):
    ids = names(world, said_ids(cli, "--about", "security guarantees"))
    assert set(ids) == {"ryabkov_day", "ryabkov_month", "ministry_itself"}
    dated = names(world, said_ids(cli, "--about", "security guarantees", "--sort", "date"))
    assert dated == ["ryabkov_month", "ministry_itself", "ryabkov_day"]


def test_about_rows_carry_a_highlighted_excerpt_and_score(cli, world):
    rows = json.loads(cli("said", "--about", "ultimatum", "--format", "json").stdout)
    assert len(rows) == 1
    assert "not an ultimatum" in rows[0]["excerpt"]  # plain text: highlights are for terminals
    assert rows[0]["score"] > 0


def test_mentions_topic_kind_source_status(cli, world):
    assert set(names(world, said_ids(cli, "--mentions", "NATO"))) == {"ryabkov_day", "zakharova"}
    assert names(world, said_ids(cli, "--mentions", "Sergei Ryabkov")) == ["blinken"]
    assert names(world, said_ids(cli, "--topic", "Security Guarantees")) == [
        "ministry_itself",
        "ryabkov_day",
    ]
    assert set(names(world, said_ids(cli, "--kind", "indirect"))) == {
        "ryabkov_month",
        "grushko_department",
    }
    assert set(names(world, said_ids(cli, "--status", "proposed"))) == {
        "ryabkov_before",
        "zakharova_undated",
    }
    reuters = str(world["source:reuters"])
    assert names(world, said_ids(cli, "--source", reuters)) == [
        "stoltenberg",
        "ryabkov_before",
        "blinken",
    ]


def test_filters_combine(cli, world):
    ids = said_ids(
        cli, "--institution", "MFA", "--about", "guarantees", "--kind", "indirect", "--to", "2020"
    )
    assert names(world, ids) == ["grushko_department"]


def test_table_shows_date_speaker_role_excerpt_source(cli, world):
    out = cli("said", "--by", "Jens Stoltenberg").stdout  # piped: tab-separated, no header
    assert out.rstrip("\n").split("\t") == [
        "16 Dec 2021",
        "Jens Stoltenberg",
        "Secretary General",
        "“NATO will not compromise on core principles, including Ukraine's right to choose.”",
        "Reuters, 2021-12-17",
    ]


def test_table_shows_brackets_in_statements_as_written(cli, world, monkeypatch):
    from tracker.db import session_scope
    from tracker.models import Statement

    monkeypatch.setenv("COLUMNS", "250")
    with session_scope(cli.db_url) as s:
        text = "The [draft] treaties [/b] are ready [bold]now[/bold]."
        s.add(Statement(institution_id=world["institution:NATO"], text=text))
    assert "The [draft] treaties [/b] are ready [bold]now[/bold]." in cli("said").stdout


def test_csv_and_markdown_formats(cli, world):
    rows = list(csv.DictReader(io.StringIO(cli("said", "--by", "NATO", "-f", "csv").stdout)))
    assert [r["speaker"] for r in rows] == ["Jens Stoltenberg"]
    assert rows[0]["date"] == "2021-12-16"
    md = cli("said", "--by", "Sergey Ryabkov", "-f", "markdown").stdout
    assert md.startswith("# Statements")
    assert "- on or before 10 Dec 2021: **Sergey Ryabkov**" in md
    assert "[TASS, 2021-12-17](https://news.example/tass?a=1&b=2)" in md


def test_limit_defaults_to_fifty_rows(cli, world):
    from sqlalchemy import insert

    from tracker.db import session_scope
    from tracker.models import Statement

    with session_scope(cli.db_url) as s:
        s.execute(
            insert(Statement),
            [
                {
                    "official_id": world["official:Ivan Former"],
                    "text": f"Filler statement number {n}.",
                    "said_precision": "unknown",
                    "kind": "direct",
                    "status": "proposed",
                    "origin": "manual",
                }
                for n in range(60)
            ],
        )
    assert len(said_ids(cli)) == 50
    assert len(said_ids(cli, "--limit", "0")) == 71


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--by", "Nobody Atall"), "no official or institution 'Nobody Atall'"),
        (("--institution", "Ministry of Silly Walks"), "no institution"),
        (("--from", "2021-13"), "no such date"),
        (("--from", "2022", "--to", "2021"), "is after --to"),
        (("--kind", "shouted"), "unknown kind 'shouted'"),
        (("--status", "maybe"), "unknown status"),
        (("--source", "999"), "no source with id 999"),
        (("--topic", "weather"), "no topic 'weather'"),
        (("--country", "Russia"), "not an ISO 3166-1 alpha-2 country code"),
        (("--sort", "relevance"), "needs a full-text query"),
        (("--about", "  ''  "), "nothing to search for"),
    ],
)
def test_bad_filters_are_one_clear_line(cli, world, args, message):
    result = cli("said", *args, expect=1)
    assert message in result.stderr
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_a_name_both_official_and_institution_is_ambiguous(cli, world):
    from tracker.db import session_scope
    from tracker.services.officials import add_official

    with session_scope(cli.db_url) as s:
        add_official(session=s, name="NATO")
    result = cli("said", "--by", "NATO", expect=1)
    assert "ambiguous" in result.stderr and "official NATO" in result.stderr


def _sqlite_plans(tmp_path, sqlite_template, filters) -> dict[str, str]:
    """EXPLAIN QUERY PLAN of a 50-row page for each filter, on an empty SQLite database."""
    import shutil

    from sqlalchemy.dialects import sqlite

    from tracker.db import session_scope
    from tracker.query import statement_queries

    path = tmp_path / "plan.db"
    shutil.copy(sqlite_template, path)
    plans = {}
    with session_scope(f"sqlite:///{path}", write=False) as s:
        for name, filt in filters.items():
            [query] = statement_queries(s, filt, sort="date", limit=50)
            sql = query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
            rows = s.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")
            plans[name] = " | ".join(row[-1] for row in rows)
    return plans


def test_a_page_by_speaker_walks_the_index_without_sorting(tmp_path, sqlite_template):
    from datetime import date

    from tracker.query import Filter

    filters = {
        "newest": Filter(officials=(1,)),
        "from": Filter(officials=(1,), date_from=date(2021, 1, 1)),
        "overlapping": Filter(officials=(1,), date_from=date(2021, 1, 1), overlapping=True),
    }
    plans = _sqlite_plans(tmp_path, sqlite_template, filters)
    assert "ix_statement_official_id_said_to (official_id=?)" in plans["newest"]
    # the index gives the page's order: no sort but of the page's own 50 rows, once joined
    assert plans["newest"].count("TEMP B-TREE") == 1
    assert plans["newest"].endswith("USE TEMP B-TREE FOR ORDER BY")
    # with --from: a range of the index
    assert "ix_statement_official_id_said_to (official_id=? AND said_to>?)" in plans["from"]
    assert "said_to=?" not in plans["from"]
    # overlapping: plus the open-ended ("on or after") statements
    step = "ix_statement_official_id_said_to (official_id=? AND said_to=?)"
    assert step in plans["overlapping"]


def test_every_filter_is_served_by_an_index(tmp_path, sqlite_template):
    from datetime import date

    from tracker.query import Filter

    filters = {
        "speaking for": Filter(speaking_for=(1,)),
        "speakers": Filter(officials=(1, 2), date_to=date(2022, 1, 1)),
        "mentions": Filter(mentions_officials=(1,), mentions_institutions=(2,)),
        "topic": Filter(topics=(1,)),
        "source": Filter(source_id=1),
        "about": Filter(about="security guarantees"),
    }
    for name, plan in _sqlite_plans(tmp_path, sqlite_template, filters).items():
        steps = plan.split(" | ")
        bare_scans = [step for step in steps if step.startswith("SCAN") and "INDEX" not in step]
        bare_scans = [step for step in bare_scans if "VIRTUAL TABLE" not in step]
        assert not [step for step in bare_scans if "anon" not in step], (name, plan)
