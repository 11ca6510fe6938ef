"""Full-text search over Russian statements: words found in any of their forms, through the
Snowball stems on both engines (PostgreSQL's Russian dictionary; on SQLite the stems column
that tracker computes and FTS5 indexes)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from tracker.db import session_scope
from tracker.models import Statement
from tracker.search import compile_query, text_stems

RUSSIAN = (
    "МОСКВА, 20 декабря. /ТАСС/. «Мы ждем ответа по гарантиям безопасности», — заявил "
    "замглавы МИД РФ Сергей Рябков.\n"
    "Официальный представитель МИД России Мария Захарова сообщила, что Москва не получала "
    "приглашения на переговоры в Женеве.\n"
)
ENGLISH = (
    "MOSCOW, December 17. /TASS/. Russian Deputy Foreign Minister Sergey Ryabkov said that "
    "the security guarantees were not negotiable.\n"
)


def test_russian_words_are_stemmed_for_the_index() -> None:
    assert text_stems("Гарантии безопасности, а не «красивые слова»") == (
        "гарант безопасн а не красив слов"
    )
    assert text_stems("Security guarantees") is None  # Porter stems English in FTS5 itself


def test_russian_query_words_are_looked_up_by_their_stems() -> None:
    assert compile_query("гарантиями", "sqlite") == (
        '(text_stems : "гарант" OR speaker : "гарант"*)'
    )
    assert compile_query('"гарантий безопасности"', "sqlite", text_only=True) == (
        'text_stems : "гарант безопасн"'
    )
    assert compile_query("nato гарантии", "sqlite", text_only=True) == (
        '(text : "nato" AND text_stems : "гарант")'
    )
    # PostgreSQL's configuration stems the same words itself
    assert compile_query("гарантиями", "postgresql") == "('гарантиями')"


@pytest.fixture
def ids(cli, db_url: str, tmp_path: Path) -> dict[str, int]:
    ru, en = tmp_path / "ru.txt", tmp_path / "en.txt"
    ru.write_text(RUSSIAN, encoding="utf-8")
    en.write_text(ENGLISH, encoding="utf-8")
    cli("ingest", str(ru), str(en), "--published", "2021-12-20", "--yes")
    with session_scope(db_url, write=False) as s:
        found = {st.text.split()[0]: st.id for st in s.exec(select(Statement))}
    return {"guarantees_ru": found["Мы"], "geneva": found["Москва"], "guarantees_en": found["the"]}


def search(cli, query: str) -> set[int]:
    out = cli("search", "--format", "json", "--", query).stdout
    return {row["id"] for row in json.loads(out)}


def test_a_russian_word_finds_its_other_forms(cli, ids) -> None:
    assert search(cli, "гарантии") == {ids["guarantees_ru"]}
    assert search(cli, "гарантиями безопасности") == {ids["guarantees_ru"]}
    assert search(cli, '"гарантий безопасности"') == {ids["guarantees_ru"]}
    assert search(cli, "переговорах OR гарантия") == {ids["geneva"], ids["guarantees_ru"]}
    assert search(cli, "гарантии NOT безопасность") == set()
    assert search(cli, "guarantee") == {ids["guarantees_en"]}


def test_a_speaker_name_in_another_case_is_found(cli, ids) -> None:
    assert search(cli, "Захаровой") == {ids["geneva"]}


def test_an_edited_text_is_indexed_again(cli, ids) -> None:
    cli("statement", "edit", str(ids["geneva"]), "--text", "Москва ждет разъяснений от Вашингтона")
    assert search(cli, "переговоры") == set()
    assert search(cli, "разъяснения") == {ids["geneva"]}


def test_the_index_holds_each_russian_statement_once(cli, ids, db_url: str, engine_name) -> None:
    if engine_name != "sqlite":
        pytest.skip("the FTS5 table is SQLite's")
    with session_scope(db_url, write=False) as s:
        check = s.execute(
            text("INSERT INTO statement_fts(statement_fts, rank) VALUES ('integrity-check', 1)")
        )
        assert check is not None
        stored = s.execute(text("SELECT text_stems FROM statement ORDER BY id")).scalars().all()
    assert stored[0] == text_stems(RUSSIAN.split("«")[1].split("»")[0])


def test_the_upgrade_indexes_the_russian_statements_already_stored(empty_db_url: str) -> None:
    from sqlalchemy import create_engine

    from tests.conftest import Cli
    from tracker.migrate import upgrade

    upgrade(empty_db_url, "0002")
    engine = create_engine(empty_db_url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO institution (id, name, kind, created_at) "
                "VALUES (1, 'МИД', 'ministry', '2021-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO statement (id, institution_id, text, kind, said_precision, status, "
                "origin, created_at, updated_at) VALUES (1, 1, 'Гарантии безопасности важны', "
                "'direct', 'unknown', 'proposed', 'manual', '2021-01-01', '2021-01-01')"
            )
        )
    engine.dispose()
    upgrade(empty_db_url, "head")
    assert search(Cli(empty_db_url), "гарантиями") == {1}


def test_statements_loaded_in_bulk_get_their_stems(cli, db_url: str) -> None:
    from tracker import bulk
    from tracker.models import Institution

    with session_scope(db_url) as s:
        conn = s.connection()
        bulk.insert_rows(
            conn,
            Institution.__table__,
            [{"id": 7, "name": "МИД Армении", "kind": "ministry"}],
        )
        bulk.insert_rows(
            conn,
            Statement.__table__,
            [{"id": 70, "institution_id": 7, "text": "Переговоры о гарантиях продолжатся"}],
        )
    assert search(cli, "гарантии") == {70}
