"""Untrusted text coming in: the same clean value, or the same refusal, on both engines.

Every entry point (articles, `source add`, `statement add`, names typed or
imported) removes control, zero-width and bidirectional characters, or
refuses the input when it is not text at all (a NUL): SQLite must never keep
what PostgreSQL would refuse, so moving a database loses nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_archive import dump
from tests.test_bad_input import refused

ARTICLE = (
    "Talks on guarantees to go on\n\n"
    "MOSCOW, December 17. /TASS/. Russia expects a serious answer on security guarantees, "
    "Deputy Foreign Minister Sergey Ryabkov told reporters on Friday.\n"
)


@pytest.fixture
def world(db_url: str) -> str:
    """Sergey Ryabkov, deputy minister at the Russian Foreign Ministry since 2008."""
    from tracker.dates import DateSpan
    from tracker.db import session_scope
    from tracker.services.institutions import add_institution
    from tracker.services.officials import add_official
    from tracker.services.roles import add_role

    with session_scope(db_url) as session:
        ministry = add_institution(
            session=session, name="Russian Foreign Ministry", kind="ministry", country="RU"
        )
        ryabkov = add_official(session=session, name="Sergey Ryabkov")
        add_role(
            session=session,
            official=ryabkov,
            institution=ministry,
            title="Deputy Foreign Minister",
            start=DateSpan.year(2008),
        )
    return db_url


def every_text(rows: dict[str, list[dict]]) -> str:
    return "".join(str(v) for table in rows.values() for row in table for v in row.values())


def test_a_nul_after_the_first_8_kb_refuses_the_article(cli, world, tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(ARTICLE.encode() + b"x" * 9000 + b"\x00Lavrov said so.\n")
    refused(cli, "ingest", str(path), "--yes", "--published", "2021-12-17",
            message="binary file, not text (a NUL byte at offset", db_url=world)  # fmt: skip


def test_bom_zero_width_and_bidi_characters_are_read_as_if_absent(cli, world, tmp_path):
    path = tmp_path / "story.txt"
    text = "\ufeff" + ARTICLE.replace("Ryabkov", "Rya\u200bbkov").replace(
        "serious", "\u202eserious\u202c"
    )
    path.write_text(text, encoding="utf-8")
    cli("ingest", str(path), "--yes", "--published", "2021-12-17")
    rows = dump(world)
    [source] = rows["source"]
    assert source["title"] == "Talks on guarantees to go on"
    assert source["dateline_place"] == "MOSCOW"
    assert [o["name"] for o in rows["official"]] == ["Sergey Ryabkov"]  # the one already known
    [statement] = rows["statement"]
    assert statement["official_id"] == rows["official"][0]["id"]
    assert not any(c in every_text(rows) for c in "\ufeff\u200b\u202e\u202c")


def test_the_contract_spans_index_the_text_as_read(cli, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("\ufeff" + ARTICLE.replace("Ryabkov", "Rya\u200bbkov"), encoding="utf-8")
    out = cli("ingest", str(path), "--dry-run", "--json", "--published", "2021-12-17").stdout
    [statement] = json.loads(out)["statements"]
    start, end = statement["span"]
    as_read = path.read_text(encoding="utf-8")
    assert as_read[start:end].replace("\u200b", "") == statement["text"]


def test_source_add_stores_the_text_cleaned_and_refuses_binary(cli, world, tmp_path):
    path = tmp_path / "briefing.txt"
    path.write_text("Zakharova:\u200b\x1b[2J we will \u202eanswer\u202c.\n", encoding="utf-8")
    cli("source", "add", str(path), "--title", "Brief\x1bing\u200b")
    [source] = dump(world)["source"]
    assert (source["text"], source["title"]) == ("Zakharova:[2J we will answer.\n", "Briefing")
    path.write_bytes(b"Zakharova: we will answer.\n" * 400 + b"\x00")
    refused(cli, "source", "add", str(path), message="binary file, not text", db_url=world)


def test_a_language_code_too_long_for_the_column_is_refused_alike(cli, world, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    refused(cli, "source", "add", str(path), "--language", "english-as-spoken",
            message="--language takes a code such as en", db_url=world)  # fmt: skip


def test_source_add_and_ingest_share_one_size_limit(cli, world, tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("w", encoding="utf-8") as out:
        out.write(ARTICLE * (6 * 1024 * 1024 // len(ARTICLE)))
    for command in (("source", "add", str(path)), ("ingest", str(path), "--yes")):
        refused(cli, *command, message="over the 5.0 MB limit (--max-size)", db_url=world)
    cli("source", "add", str(path), "--max-size", "7")
    assert len(dump(world)["source"]) == 1


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "ftp://x/y"])
def test_only_http_urls_are_recorded(cli, world, tmp_path, url):
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    refused(cli, "source", "add", str(path), "--url", url,
            message="must be an http or https URL", db_url=world)  # fmt: skip
    refused(cli, "ingest", str(path), "--yes", "--published", "2021-12-17", "--url", url,
            message="must be an http or https URL", db_url=world)  # fmt: skip
    Path(tmp_path / "story.meta.json").write_text(json.dumps({"url": url}), encoding="utf-8")
    refused(cli, "ingest", str(path), "--yes", "--published", "2021-12-17",
            message="url must be an http or https URL", db_url=world)  # fmt: skip


def test_statement_and_official_text_typed_with_controls_is_stored_clean(cli, world):
    cli("official", "add", "Maria\u2066 Zakha\u200brova\x07")
    cli(
        "statement",
        "add",
        "--by",
        "Maria Zakharova",
        "--on",
        "2021-12-17",
        "--text",
        "NATO\u202e must \x1b[2Jstop.\x00",
        "--occasion",
        "at a \u200bbriefing",
    )
    rows = dump(world)
    assert "Maria Zakharova" in [o["name"] for o in rows["official"]]
    [statement] = rows["statement"]
    assert (statement["text"], statement["occasion"]) == ("NATO must [2Jstop.", "at a briefing")


def test_a_place_too_long_for_its_column_is_refused_alike(cli, world):
    refused(cli, "statement", "add", "--by", "Sergey Ryabkov", "--on", "2021-12-17",
            "--text", "We are ready.", "--place", "Geneva " * 40,
            message="the place is longer than 200 characters", db_url=world)  # fmt: skip


def test_a_date_past_the_sane_bound_is_refused(cli, world):
    refused(cli, "statement", "add", "--by", "Sergey Ryabkov", "--on", "9999-12-31",
            "--text", "Forever.", message="'9999-12-31' is after 2100", db_url=world)  # fmt: skip


def test_parentheses_nested_beyond_reason_get_a_clear_message(cli, world):
    result = cli("search", "(" * 5000 + "nato", expect=1)
    assert "nests parentheses or NOT more than 50 deep" in result.stderr
    assert "RecursionError" not in result.output
    result = cli("said", "--about", "NOT " * 5000 + "nato", expect=1)
    assert "nests parentheses or NOT more than 50 deep" in result.stderr


def test_text_given_to_the_python_api_is_cleaned_like_a_file(db_url):
    from tracker import Tracker

    with Tracker(db_url) as tracker:
        tracker.ingest_text(
            "\ufeff" + ARTICLE.replace("Ryabkov", "Rya\u200bbkov\x00"), published="2021-12-17"
        )
    rows = dump(db_url)
    assert [o["name"] for o in rows["official"]] == ["Sergey Ryabkov"]
    assert not any(c in every_text(rows) for c in "\ufeff\u200b\x00")
