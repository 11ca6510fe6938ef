"""The publication day without --published: from the page's address and a crawl's date line.

A user who pastes a story and gives its address (``--url``) has told tracker the day the site
filed it under; a crawl that writes " date 2024-04-08" above the text has too. Articles
written here; every date below is one the address or the line gives, nothing else.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tracker.url_dates import day_in_url


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://www.example.com/world/2014/05/14/iran-welcomes-talks/", date(2014, 5, 14)),
        ("https://www.example.com/world/2010/feb/18/israel-envoy-summoned", date(2010, 2, 18)),
        ("https://www.example.com/politics/live/2020/oct/28/senate-estimates", date(2020, 10, 28)),
        ("https://example.ru/20250219/lavrov-riyadh-1234567.html", date(2025, 2, 19)),
        ("https://example.ru/politics/news/2018/01/30/10500000.shtml", date(2018, 1, 30)),
        ("https://example.com/news/2018-09-27/trump-un-speech", date(2018, 9, 27)),
        ("https://example.gov/department-press-briefing-october-14-2021/", date(2021, 10, 14)),
        ("https://example.com/liveblog-february-22-2022/", date(2022, 2, 22)),
        ("https://example.com/a/14-march-2023-statement", date(2023, 3, 14)),
        ("https://example.com/2024/1/5/story", date(2024, 1, 5)),
    ],
)
def test_an_address_that_files_a_story_under_a_day_gives_that_day(url: str, day: date) -> None:
    assert day_in_url(url) == day


@pytest.mark.parametrize(
    "url",
    [
        None,
        "https://example.com/news/philippines-usa-11192021135721",  # month first or day first?
        "https://example.com/articles/130926-kerry-zarif",  # two-digit year
        "https://example.ru/20251301/story.html",  # no thirteenth month
        "https://example.ru/ssha-2043859732.html",  # an article number, not a day
        "https://example.com/2023/05/",  # a month's archive, no day
        "https://example.com/report-2019-2020/",  # two years
        "https://example.com/2014/05/14/a/2014/05/15/b",  # two days: which?
        "https://example.com/search?d=2014/05/14",  # a query, not where the story is filed
    ],
)
def test_an_address_that_gives_no_single_day_gives_none(url: str | None) -> None:
    assert day_in_url(url) is None


NO_DATELINE = """Iran welcomes resumption of nuclear talks

Iran on Wednesday welcomed the resumption of talks with six world powers, the foreign
ministry spokeswoman said.

"We are ready for serious negotiations," the spokeswoman, Marzieh Afkham, told reporters.
"""

YEARLESS_DATELINE = """MOSCOW, February 27. /TASS/. Russia expects progress at the next round
of talks with Iran, Deputy Foreign Minister Sergey Ryabkov said on Friday.

"We see a chance of an agreement," Ryabkov said.
"""

CAPTION_DATED = """Israel voices concern over Ukraine

Prime Minister Naftali Bennett at a cabinet meeting, Jerusalem, October 31, 2021. (Photo via AP)

Israel on Tuesday voiced concern over the crisis in eastern Ukraine.

"Israel is following the developments with great concern," Foreign Minister Yair Lapid
said at a news conference on Tuesday.
"""

CRAWLED = """ date 2024-04-08 Ecuador's embassy raid draws rebuke

QUITO - Mexico's foreign minister Alicia Barcena said on Monday that her country would take
the case to the International Court of Justice.
"""


def _dry_run(tmp_path: Path, text: str, *options: str) -> dict:
    from tracker.cli import app

    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(path), "--dry-run", "--json", *options])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_a_story_without_a_date_is_dated_by_the_day_its_address_gives(tmp_path: Path) -> None:
    url = "https://www.example.com/world/2014/05/14/iran-welcomes-talks/"
    contract = _dry_run(tmp_path, NO_DATELINE, "--url", url)
    assert contract["article"]["published"] == "2014-05-14"
    days = {(s["speaker"], s["said_on"]) for s in contract["statements"]}
    assert ("Marzieh Afkham", "2014-05-14") in days


def test_without_an_address_the_same_story_stays_undated(tmp_path: Path) -> None:
    contract = _dry_run(tmp_path, NO_DATELINE)
    assert contract["article"]["published"] is None
    assert {s["said_on"] for s in contract["statements"]} == {None}


def test_a_yearless_dateline_takes_its_year_from_the_address(tmp_path: Path) -> None:
    url = "https://example.com/politics/20150227/ryabkov-iran-talks.html"
    contract = _dry_run(tmp_path, YEARLESS_DATELINE, "--url", url)
    assert contract["article"]["published"] == "2015-02-27"
    assert {(s["speaker"], s["said_on"]) for s in contract["statements"]} == {
        ("Sergey Ryabkov", "2015-02-27")
    }


def test_a_photo_caption_s_day_yields_to_the_address(tmp_path: Path) -> None:
    url = "https://example.com/liveblog-february-22-2022/"
    contract = _dry_run(tmp_path, CAPTION_DATED, "--url", url)
    assert contract["article"]["published"] == "2022-02-22"
    assert {(s["speaker"], s["said_on"]) for s in contract["statements"]} == {
        ("Yair Lapid", "2022-02-22")
    }


def test_published_given_wins_over_the_address(tmp_path: Path) -> None:
    url = "https://www.example.com/world/2014/05/14/iran-welcomes-talks/"
    contract = _dry_run(tmp_path, NO_DATELINE, "--url", url, "--published", "2014-05-15")
    assert contract["article"]["published"] == "2014-05-15"


def test_a_crawl_s_date_line_gives_the_publication_day(tmp_path: Path) -> None:
    contract = _dry_run(tmp_path, CRAWLED)
    assert contract["article"]["published"] == "2024-04-08"
    assert contract["article"]["title"] == "Ecuador's embassy raid draws rebuke"
    assert {(s["speaker"], s["said_on"]) for s in contract["statements"]} == {
        ("Alicia Barcena", "2024-04-08")
    }
