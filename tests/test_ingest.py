"""`tracker ingest` end to end: articles in; statements, roles and citations out."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import func, select
from typer.testing import CliRunner

from tests.conftest import SHARED
from tracker.db import session_scope
from tracker.models import (
    Citation,
    Institution,
    Official,
    OfficialAlias,
    Role,
    Source,
    Statement,
)

SEED = SHARED / "seed" / "seed.txt"
TABLES = (Official, OfficialAlias, Institution, Role, Source, Statement, Citation)

# Two reports of one remark by two outlets, written for these tests.
WIRE_A = """Ryabkov says Moscow expects a written answer on guarantees

MOSCOW, December 20. /TASS/. Russian Deputy Foreign Minister Sergey Ryabkov said on Monday \
that Moscow expected Washington to answer its proposals in writing.

"We need a written answer, and we need it soon, not in months," Ryabkov told reporters.

The Russian Foreign Ministry said in a statement on Monday that the first round of talks \
could be held in Geneva.
"""
WIRE_B = """Russia wants a quick written reply, says Ryabkov

MOSCOW, Dec. 20 (Interfax) -- Russia is waiting for a quick reply from the United States, \
Deputy Foreign Minister Sergei Ryabkov told journalists on Monday.

"We need a written answer and we need it soon - not in months," Ryabkov said.

Ryabkov added that Russia was not going to wait for years for a reaction from NATO.
"""
QUOTE = "We need a written answer"


def counts(db_url: str) -> dict[str, int]:
    with session_scope(db_url, write=False) as s:
        return {m.__tablename__: s.exec(select(func.count()).select_from(m)).one() for m in TABLES}


def statements_by_speaker(db_url: str) -> dict[str, list[tuple]]:
    """Speaker name -> [(role title, institution name, said_from, said_to, kind, status)]."""
    found: dict[str, list[tuple]] = {}
    with session_scope(db_url, write=False) as s:
        for st in s.exec(select(Statement).order_by(Statement.id)):
            who = s.get(Official, st.official_id).name if st.official_id else None
            role = s.get(Role, st.role_id) if st.role_id else None
            place = s.get(Institution, st.institution_id) if st.institution_id else None
            found.setdefault(who or place.name, []).append(
                (
                    role.title if role else None,
                    place.name if place else None,
                    st.said_from,
                    st.said_to,
                    st.kind,
                    st.status,
                )
            )
    return found


def write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


needs_seed = pytest.mark.skipif(not SEED.exists(), reason=f"no seed article at {SEED}")


@needs_seed
def test_seed_article_gives_its_seven_statements(cli, db_url: str) -> None:
    result = cli("ingest", str(SEED), "--published", "2021-12-17", "--yes")
    assert "source 1: 7 statements recorded" in result.stdout
    by_speaker = statements_by_speaker(db_url)
    assert set(by_speaker) == {"Sergey Ryabkov", "Vladimir Putin", "Maria Zakharova"}
    ryabkov = by_speaker["Sergey Ryabkov"]
    assert len(ryabkov) == 4
    assert {(r[0], r[1]) for r in ryabkov} == {
        ("Deputy Foreign Minister", "Russian Foreign Ministry")
    }
    assert {(r[2], r[3]) for r in ryabkov} == {(date(2021, 12, 17), date(2021, 12, 17))}
    assert len(by_speaker["Vladimir Putin"]) == 2
    assert [(r[2], r[3]) for r in by_speaker["Maria Zakharova"]] == [
        (date(2021, 12, 16), date(2021, 12, 16))
    ]
    with session_scope(db_url, write=False) as s:
        ministry = s.exec(select(Institution).where(Institution.name == "Russian Foreign Ministry"))
        assert [(i.kind, i.country) for i in ministry] == [("ministry", "RU")]
        statements = s.exec(select(Statement)).all()
        assert {(st.origin, st.status, st.language) for st in statements} == {
            ("extracted", "proposed", "en")
        }
        source = s.exec(select(Source)).one()
        assert (source.published, source.dateline_place) == (date(2021, 12, 17), "MOSCOW")
        assert s.get(Institution, source.outlet_id).name == "TASS"
        for citation in s.exec(select(Citation)):
            assert citation.source_id == source.id
            assert source.text[citation.start : citation.end].startswith(citation.quote[:20])


@needs_seed
def test_the_same_article_twice_is_recorded_once(cli, db_url: str) -> None:
    cli("ingest", str(SEED), "--published", "2021-12-17", "--yes")
    before = counts(db_url)
    again = cli("ingest", str(SEED), "--published", "2021-12-17", "--yes")
    assert "already ingested as source 1" in again.stdout
    assert "1 already ingested" in again.stdout
    assert counts(db_url) == before


def test_a_second_outlet_quoting_the_same_words_adds_a_citation(
    cli, db_url: str, tmp_path: Path
) -> None:
    first = write(tmp_path, "tass.txt", WIRE_A)
    second = write(tmp_path, "interfax.txt", WIRE_B)
    cli("ingest", first, "--published", "2021-12-20", "--yes")
    result = cli("ingest", second, "--published", "2021-12-20", "--yes")
    assert "1 quoted again (citation added)" in result.stdout
    with session_scope(db_url, write=False) as s:
        quoted = s.exec(select(Statement).where(Statement.text.startswith(QUOTE))).all()
        assert len(quoted) == 1
        cited_in = s.exec(select(Citation).where(Citation.statement_id == quoted[0].id)).all()
        outlets = {s.get(Institution, s.get(Source, c.source_id).outlet_id).name for c in cited_in}
        assert outlets == {"TASS", "Interfax"}
        assert {c.quote for c in cited_in} == {
            "We need a written answer, and we need it soon, not in months",
            "We need a written answer and we need it soon - not in months",
        }
        # "Sergei" in the second report is the "Sergey" of the first
        assert s.exec(select(func.count()).select_from(Official)).one() == 1
    assert counts(db_url)["source"] == 2


def test_an_institution_can_be_the_speaker(cli, db_url: str, tmp_path: Path) -> None:
    cli("ingest", write(tmp_path, "tass.txt", WIRE_A), "--published", "2021-12-20", "--yes")
    with session_scope(db_url, write=False) as s:
        by_ministry = s.exec(select(Statement).where(Statement.official_id.is_(None))).one()
        assert s.get(Institution, by_ministry.institution_id).name == "Russian Foreign Ministry"
        assert by_ministry.text.startswith("the first round of talks")


def test_a_failure_inside_an_article_writes_nothing_of_it(
    cli, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker.services import ingest

    real = ingest.extract

    def broken_third(text: str, *, published, unnamed=False, url=None):
        found = real(text, published=published, unnamed=unnamed)
        if "Interfax" in text:
            from dataclasses import replace

            found[2] = replace(found[2], said_on="2021-13-45")  # no such month
        return found

    monkeypatch.setattr(ingest, "extract", broken_third)
    bad = write(tmp_path, "interfax.txt", WIRE_B)
    good = write(tmp_path, "tass.txt", WIRE_A)
    result = cli("ingest", bad, good, "--published", "2021-12-20", "--yes", expect=1)
    assert f"Error: {bad}: no such date" in result.stderr
    assert "1 failed" in result.stdout
    with session_scope(db_url, write=False) as s:
        sources = s.exec(select(Source)).all()
        assert [Path(src.title).name for src in sources] == [
            "Ryabkov says Moscow expects a written answer on guarantees"
        ]
        outlets = {i.name for i in s.exec(select(Institution))}
        assert "Interfax" not in outlets
    assert counts(db_url)["statement"] == 3


def test_bad_files_are_reported_and_the_others_still_go_in(
    cli, db_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "a_good.txt", WIRE_A)
    (folder / "b_binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 20)
    (folder / "c_latin1.txt").write_bytes("Le ministre a déclaré".encode("latin-1"))
    (folder / "d_empty.txt").write_bytes(b"")
    result = cli("ingest", str(folder), "--published", "2021-12-20", "--yes", expect=1)
    for name, reason in (
        ("b_binary.txt", "binary"),
        ("c_latin1.txt", "not valid UTF-8"),
        ("d_empty.txt", "empty"),
    ):
        assert f"Error: {folder / name}: " in result.stderr
        assert reason in result.stderr
    assert "1 article: 3 statements recorded" in result.stdout
    assert "3 failed" in result.stdout
    assert counts(db_url)["statement"] == 3


def test_stdin_article_with_yes(cli, db_url: str) -> None:
    result = cli(
        "ingest",
        "-",
        "--published",
        "2021-12-20",
        "--outlet",
        "Wire",
        "--yes",
        input=WIRE_A,
        expect=0,
    )
    assert "-: source 1: 3 statements recorded" in result.stdout
    with session_scope(db_url, write=False) as s:
        assert s.get(Institution, s.exec(select(Source)).one().outlet_id).name == "Wire"


def test_without_a_terminal_it_asks_for_yes_and_writes_nothing(
    cli, db_url: str, tmp_path: Path
) -> None:
    result = cli("ingest", write(tmp_path, "a.txt", WIRE_A), expect=2)
    assert "stdin is not a terminal" in result.stderr and "--yes" in result.stderr
    assert counts(db_url)["source"] == 0


def test_a_dateline_without_a_year_stops_naming_published(cli, db_url: str, tmp_path: Path) -> None:
    result = cli("ingest", write(tmp_path, "a.txt", WIRE_A), "--yes", expect=1)
    assert "'December 20' but not the year" in result.stderr
    assert "--published" in result.stderr
    assert counts(db_url)["source"] == 0


def test_overrides_describe_the_source(cli, db_url: str, tmp_path: Path) -> None:
    cli(
        "ingest",
        write(tmp_path, "a.txt", WIRE_A),
        "--published",
        "2021-12-20",
        "--url",
        "https://example.org/ryabkov",
        "--title",
        "A title of my own",
        "--language",
        "en-GB",
        "--yes",
    )
    with session_scope(db_url, write=False) as s:
        source = s.exec(select(Source)).one()
        assert (source.url, source.title, source.language) == (
            "https://example.org/ryabkov",
            "A title of my own",
            "en-GB",
        )


def test_dry_run_json_prints_the_contract_without_any_database(tmp_path: Path) -> None:
    from tracker.cli import app

    first = write(tmp_path, "tass.txt", WIRE_A)
    second = write(tmp_path, "interfax.txt", WIRE_B)
    nowhere = tmp_path / "no-such-folder" / "never.db"
    result = CliRunner().invoke(
        app,
        ["ingest", first, second, "--published", "2021-12-20", "--dry-run", "--json"],
        env={"TRACKER_DATABASE_URL": f"sqlite:///{nowhere}"},
    )
    assert result.exit_code == 0, result.stderr
    assert not nowhere.parent.exists()
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["article"]["path"] for line in lines] == [first, second]
    assert [line["article"]["id"] for line in lines] == ["tass", "interfax"]
    article = lines[0]["article"]
    assert list(article) == [
        "path",
        "id",
        "title",
        "url",
        "outlet",
        "published",
        "dateline_place",
        "language",
    ]
    assert (article["outlet"], article["published"]) == ("TASS", "2021-12-20")
    quoted = next(st for st in lines[0]["statements"] if st["text"].startswith(QUOTE))
    start, end = quoted["span"]
    assert WIRE_A[start:end] == quoted["text"]
    assert quoted["speaker"] == "Sergey Ryabkov" and quoted["said_on"] == "2021-12-20"
    assert "2 articles read" in result.stderr


def test_html_article_takes_date_and_outlet_from_its_markup(
    cli, db_url: str, tmp_path: Path
) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in WIRE_A.split("\n\n")[1:])
    page = (
        "<html><head><title>Ryabkov: written answer needed</title>"
        '<meta property="og:site_name" content="TASS">'
        '<meta property="article:published_time" content="2021-12-20T12:00:00+03:00">'
        f"</head><body><article><h1>Ryabkov: written answer needed</h1>{paragraphs}"
        "</article></body></html>"
    )
    cli("ingest", write(tmp_path, "tass.html", page), "--yes")
    with session_scope(db_url, write=False) as s:
        source = s.exec(select(Source)).one()
        assert (source.title, source.published) == (
            "Ryabkov: written answer needed",
            date(2021, 12, 20),
        )
        said = {st.said_from for st in s.exec(select(Statement))}
        assert said == {date(2021, 12, 20)}


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--language", "english", "--language takes a code"),
        ("--published", "2021-12-01/2021-12-31", "--published takes a day, a month or a year"),
        ("--published", "someday", "--published takes a day, a month or a year"),
        ("--url", "https://example.org/" + "x" * 2000, "at most 2000 characters"),
    ],
)
def test_bad_overrides_are_refused_before_anything_is_read(
    cli, db_url: str, tmp_path: Path, option: str, value: str, message: str
) -> None:
    result = cli("ingest", write(tmp_path, "a.txt", WIRE_A), option, value, "--yes", expect=1)
    assert message in result.stderr
    assert counts(db_url)["source"] == 0


def test_an_institution_s_stored_statements_are_read_from_its_own_index(
    tmp_path: Path, sqlite_template: Path
) -> None:
    """The duplicate check of an institution speaking as itself, planned with the statistics
    ANALYZE leaves on a big archive (a few statements per official on average, the tens of
    thousands with none averaged in), reads the (institution_id, said_to) index, not every
    statement of no official in the date range."""
    import shutil
    import sqlite3

    from sqlalchemy.dialects import sqlite

    from tracker.services.article_rows import _reported_statement

    path = tmp_path / "analyzed.db"
    shutil.copy(sqlite_template, path)
    with sqlite3.connect(path) as conn:
        conn.execute("ANALYZE")
        conn.execute("DELETE FROM sqlite_stat1")
        conn.executemany(
            "INSERT INTO sqlite_stat1 VALUES ('statement', ?, ?)",
            [  # as ANALYZE wrote them on the harness's million statements
                ("ix_statement_official_id_said_to", "1000000 101 2"),
                ("ix_statement_institution_id_said_to", "1000000 572 3"),
                ("ix_statement_said_to_id_institution_id_official_id", "1000000 106 1 1 1"),
            ],
        )
    by_institution = _reported_statement(False, True, True).build(1)  # dates at both ends
    sql = str(by_institution.compile(dialect=sqlite.dialect()))
    with sqlite3.connect(path) as conn:
        plan = conn.execute(f"EXPLAIN QUERY PLAN {sql}", [None] * sql.count("?")).fetchall()
    steps = " | ".join(row[-1] for row in plan)
    assert "ix_statement_institution_id_said_to (institution_id=?" in steps
    assert "ix_statement_official_id_said_to" not in steps


def test_the_summary_counts_one_of_a_kind_in_the_singular(cli) -> None:
    text = "Foreign Minister Lena Brandt said on Monday that Oslo would send observers.\n"
    result = cli("ingest", "-", "--published", "2021-12-20", "--yes", input=text, expect=0)
    assert "1 article: 1 statement recorded, 0 already ingested, 0 citations added" in (
        result.stdout
    )
    dry = cli("ingest", "-", "--published", "2021-12-20", "--dry-run", input=text, expect=0)
    assert "1 article read, 1 statement found (dry run" in dry.stdout + dry.stderr


def test_the_dry_run_lists_unnamed_sources_only_when_asked(tmp_path: Path) -> None:
    from tracker.cli import app

    path = write(
        tmp_path,
        "sources.txt",
        "Envoys meet in Geneva\n\nGENEVA, June 15 (Reuters) - A senior Western official said "
        "the two sides were still far apart. Foreign Minister Penny Wong said Australia "
        "backed the talks.\n",
    )

    def speakers(*extra: str) -> list[str | None]:
        args = ["ingest", path, "--published", "2023-06-15", "--dry-run", "--json", *extra]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.stderr
        return [s["speaker"] for s in json.loads(result.stdout)["statements"]]

    assert speakers() == ["Penny Wong"]
    assert speakers("--unnamed") == ["A senior Western official", "Penny Wong"]
