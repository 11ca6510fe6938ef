"""Review rv46f of month-only publication dates: a page's markup month is no day (F1), a
downgrade never turns a month into a day (F2), a month's readings are joined as intervals
(F3), a day the words name inside the month is that day (F4), one publication-date check
(F6)."""

from __future__ import annotations

import datetime
import json

import pytest
from alembic.util import CommandError
from sqlalchemy import create_engine, inspect, text

from tracker import migrate, reader
from tracker.article import checked_overrides
from tracker.dates import DateSpan
from tracker.errors import InvalidInput
from tracker.extract.meta import _crawl_date, _crawl_month
from tracker.services.ingest import prepare_document

PAGE = (
    "<html><head><title>Talks</title>"
    '<meta property="article:published_time" content="{date}"></head>'
    "<body><article><h1>Minister comments on talks</h1>"
    "<p>Foreign Minister Sergey Lavrov said on Tuesday that the talks would continue.</p>"
    "<p>Zakharova said today that the ministry had summoned the ambassador.</p>"
    "</article></body></html>"
)

MONTH_STORY = (
    "Foreign Minister Sergey Lavrov said last week that the talks had stalled.\n\n"
    "Kremlin spokesman Dmitry Peskov said earlier this month that the president had no "
    "plans to meet his counterpart.\n\n"
    "Peskov told reporters on September 3 that the meeting was off.\n\n"
    '"We will not accept this," Lavrov told reporters.\n'
)

YEAR_STORY = (
    "Ryabkov said on 28 November that Russia expected an answer.\n\n"
    "Peskov said in March that the president would not attend.\n"
)


def _said(text: str, published: str) -> dict[str, str | None]:
    document = reader.Document(text=text)
    contract = prepare_document(
        reader.Input("story.txt", "text"),
        document,
        overrides=checked_overrides(published=published),
    ).contract()
    return {s["date_evidence"]: s["said_on"] for s in contract["statements"]}


# --- F1: the markup's own date string ---------------------------------------------------


def test_a_month_in_the_markup_is_the_month_never_todays_day(cli, tmp_path):
    page = tmp_path / "p1.html"
    page.write_text(PAGE.format(date="2020-09"), encoding="utf-8")
    out = cli("ingest", str(page), "--dry-run", "--json")
    contract = json.loads(out.stdout.splitlines()[0])
    assert contract["article"]["published"] == "2020-09"
    said = {s["date_evidence"]: s["said_on"] for s in contract["statements"]}
    assert said == {"today": "2020-09", "on Tuesday": "2020-09-01/2020-09-29"}


def test_a_day_in_the_markup_stays_the_day(tmp_path):
    page = tmp_path / "p3.html"
    page.write_text(PAGE.format(date="2020-09-15T10:00:00Z"), encoding="utf-8")
    document = reader.read(reader.Input(str(page), "file"))
    assert document.published == datetime.date(2020, 9, 15)
    assert document.period is None


# --- F2: the downgrade refuses month and year sources -----------------------------------


def test_downgrade_refuses_while_a_source_is_dated_to_a_month(empty_db_url):
    migrate.upgrade(empty_db_url)
    engine = create_engine(empty_db_url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO source (id, text, sha256, added_at, published, "
                "published_precision) VALUES (3, 'm', :sha, :at, :day, 'month')"
            ),
            {
                "sha": "e" * 64,
                "at": datetime.datetime(2021, 1, 1),
                "day": datetime.date(2020, 9, 1),
            },
        )
    with pytest.raises(CommandError, match=r"1 source is dated only to a month or year"):
        migrate.downgrade(empty_db_url, "0008")
    assert "published_precision" in {c["name"] for c in inspect(engine).get_columns("source")}
    with engine.connect() as conn:
        row = conn.execute(text("SELECT published, published_precision FROM source")).one()
    assert (str(row[0])[:10], row[1]) == ("2020-09-01", "month")
    engine.dispose()


def test_db_downgrade_says_so_in_one_line_and_exits_non_zero(cli):
    cli("source", "add", "-", "--published", "2020", input="Some words.\n")
    result = cli("db", "downgrade", "0008", expect=None)
    assert result.exit_code != 0
    assert len(result.stderr.strip().splitlines()) == 1
    assert "1 source is dated only to a month or year" in result.stderr
    assert "--published" in result.stderr
    assert json.loads(cli("source", "list", "-f", "json").stdout)[0]["published"] == "2020"


# --- F3, F4: the readings from the period's ends joined ---------------------------------


def test_a_month_page_keeps_what_every_day_of_the_month_supports():
    said = _said(MONTH_STORY, "2020-09")
    assert said["last week"] == "2020-08-24/2020-09-27"
    assert said["earlier this month"] == "../2020-09-29"
    assert said["same occasion as 'last week'"] == "2020-08-24/2020-09-27"
    assert said["on September 3"] == "2020-09-03"


def test_a_year_page_keeps_a_month_or_a_named_day_of_either_year():
    # a page of 2020 may report in March words of the November before: both stay possible
    said = _said(YEAR_STORY, "2020")
    assert said["in March"] == "2019-03-01/2020-03-31"
    assert said["on 28 November"] == "2019-11-28/2020-11-28"


# --- F6: one check of a publication date; one crawl line --------------------------------


def test_one_publication_date_check_for_every_caller():
    from tracker.dates import publication_date

    assert publication_date("2020-09") == DateSpan.month(2020, 9)
    assert publication_date(datetime.date(2020, 9, 3)) == DateSpan.day(datetime.date(2020, 9, 3))
    with pytest.raises(InvalidInput, match="takes a day, a month or a year"):
        publication_date(DateSpan.before(datetime.date(2020, 9, 3)))
    assert checked_overrides(published="2020").period == DateSpan.year(2020)


def test_the_crawl_date_line_gives_a_day_or_a_month():
    assert _crawl_date(" date 2024-04-08 QUITO") == datetime.date(2024, 4, 8)
    assert _crawl_month(" date 2024-04-08 QUITO") is None
    assert _crawl_date("date 2020-09 MOSCOW") is None
    assert _crawl_month("date 2020-09 MOSCOW") == DateSpan.month(2020, 9)
