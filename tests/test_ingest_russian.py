"""Russian articles in the database: stored in Russian (language ru, the original words), and
their speakers, titles and institutions the same records as English articles give.

The articles are written for the test in the manner of TASS and Interfax.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import select

from tests.conftest import REPO
from tests.test_ingest_matching import import_popolo, table_sizes
from tracker.db import session_scope
from tracker.extract.russian.english import english_institution, english_title
from tracker.models import Institution, InstitutionAlias, Official, OfficialAlias, Source, Statement

GAZETTEER = REPO / "fixtures" / "gazetteer.popolo.json"

ENGLISH = (
    "Russia wants a written answer, Ryabkov says\n"
    "MOSCOW, December 17. /TASS/. Russian Deputy Foreign Minister Sergey Ryabkov said on Friday "
    "that Moscow expected a written reply from Washington.\n"
    '"We cannot wait forever," Ryabkov told reporters.\n'
)
RUSSIAN = (
    "Рябков: Москва ждет письменного ответа от США\n"
    "МОСКВА, 20 декабря. /ТАСС/. Москва рассчитывает получить от Вашингтона письменный ответ "
    "на предложения по гарантиям безопасности. Об этом заявил в понедельник журналистам "
    "замглавы МИД РФ Сергей Рябков.\n"
    "«Затягивать процесс мы не позволим», — подчеркнул дипломат.\n"
    "По словам Рябкова, следующий раунд консультаций может пройти в январе.\n"
)
MINISTRY = (
    "МИД РФ: Москва ответит на высылку дипломатов\n"
    "МОСКВА, 21 декабря. /ТАСС/. «Ответные меры последуют в ближайшее время», — говорится "
    "в заявлении МИД РФ.\n"
)


def _write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_english_and_russian_statements_of_one_official_are_listed_together(
    cli, db_url: str, tmp_path: Path
) -> None:
    en = _write(tmp_path, "en.txt", ENGLISH)
    ru = _write(tmp_path, "ru.txt", RUSSIAN)
    cli("ingest", en, ru, "--published", "2021-12-20", "--yes")
    rows = json.loads(cli("said", "--by", "Ryabkov", "--format", "json").stdout)
    assert {r["official"] for r in rows} == {"Sergey Ryabkov"}
    assert [r["date"] for r in rows] == ["2021-12-20"] * 3 + ["2021-12-17"] * 2
    texts = [r["text"] for r in rows]
    assert "Затягивать процесс мы не позволим" in texts
    assert "We cannot wait forever" in texts
    assert {r["role"] for r in rows} == {"Deputy Foreign Minister"}
    assert {r["institution"] for r in rows} == {"Russian Foreign Ministry"}
    # the Cyrillic spelling finds the same official
    by_cyrillic = json.loads(cli("said", "--by", "Рябков", "--format", "json").stdout)
    assert [r["id"] for r in by_cyrillic] == [r["id"] for r in rows]
    with session_scope(db_url, write=False) as s:
        assert len(s.exec(select(Official)).all()) == 1
        languages = {st.text: st.language for st in s.exec(select(Statement))}
        assert languages["Затягивать процесс мы не позволим"] == "ru"
        assert languages["We cannot wait forever"] == "en"
        assert {src.language for src in s.exec(select(Source))} == {"en", "ru"}
        aliases = s.exec(select(OfficialAlias.alias, OfficialAlias.language)).all()
        assert ("Сергей Рябков", "ru") in aliases


@pytest.mark.skipif(not GAZETTEER.exists(), reason="needs the fixture gazetteer")
def test_a_russian_article_finds_the_gazetteer_records(cli, db_url: str, tmp_path: Path) -> None:
    import_popolo(db_url, json.loads(GAZETTEER.read_text(encoding="utf-8")))
    before = table_sizes(db_url)
    cli("ingest", _write(tmp_path, "ru.txt", RUSSIAN), "--published", "2021-12-20", "--yes")
    assert table_sizes(db_url) == before  # no official, institution or role was made
    rows = json.loads(cli("said", "--by", "Sergey Ryabkov", "--format", "json").stdout)
    assert len(rows) == 3


def test_an_institution_speaking_in_russian_is_the_english_record(
    cli, db_url: str, tmp_path: Path
) -> None:
    cli("ingest", _write(tmp_path, "en.txt", ENGLISH), "--published", "2021-12-17", "--yes")
    cli("ingest", _write(tmp_path, "mfa.txt", MINISTRY), "--published", "2021-12-21", "--yes")
    with session_scope(db_url, write=False) as s:
        ministries = s.exec(select(Institution).where(Institution.kind == "ministry")).all()
        assert [m.name for m in ministries] == ["Russian Foreign Ministry"]
        st = s.exec(select(Statement).where(Statement.language == "ru")).one()
        assert (st.official_id, st.institution_id) == (None, ministries[0].id)
        aliases = s.exec(select(InstitutionAlias.alias)).all()
        assert "МИД РФ" in aliases


@pytest.mark.parametrize(
    ("russian", "english"),
    [
        ("МИД РФ", "Russian Foreign Ministry"),
        ("Министерство иностранных дел Армении", "Armenian Foreign Ministry"),
        ("пресс-служба МИД Белоруссии", "Belarusian Foreign Ministry"),
        ("посольство России в Италии", "Russian Embassy in Italy"),
        ("Россия", "Russia"),
        ("НАТО", "NATO"),
        ("Государственная пограничная служба", None),
    ],
)
def test_institution_names_in_english(russian: str, english: str | None) -> None:
    assert english_institution(russian) == english


@pytest.mark.parametrize(
    ("russian", "english"),
    [
        ("замглавы МИД РФ", "Deputy Foreign Minister"),
        ("замминистра иностранных дел России", "Deputy Foreign Minister"),
        ("глава МИД России", "Foreign Minister"),
        ("министр иностранных дел Турции", "Foreign Minister"),
        ("официальный представитель МИД России", "Spokesperson"),
        ("посол РФ в США", "Ambassador"),
        ("постоянный представитель России при ООН", "Permanent Representative"),
        ("пресс-секретарь президента РФ", "Press Secretary"),
        ("руководитель департамента", None),
    ],
)
def test_titles_in_english(russian: str, english: str | None) -> None:
    assert english_title(russian) == english
