"""Review of the round that added publication dates known only to the month or year: what
stats, who, official show, the web pages, source edit, said --format json and the Python API
say about statements dated from such a page."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tracker import Tracker
from tracker.errors import InvalidInput

# Written for these tests: a page known only to its month (December 2021).
ARTICLE = """Ryabkov rejects NATO expansion

MOSCOW -- Russian Deputy Foreign Minister Sergei Ryabkov said on Tuesday that Moscow would \
not accept any further NATO expansion to the east.

"We need legally binding guarantees," Ryabkov said.

Earlier, Maria Zakharova said that the West had ignored Russian proposals for years.
"""


@pytest.fixture
def api(db_url: str):
    with Tracker(db_url) as tracker:
        yield tracker


@pytest.mark.parametrize(
    ("given", "named"),
    [
        ({"published": "2021-12-01/2021-12-05"}, "published takes a day, a month or a year"),
        ({"published": "2021-02-30"}, "published: no such date"),
        ({"url": "ftp://example.org/x"}, "url must be an http or https URL"),
        ({"language": "english!"}, "language takes a code"),
    ],
)
def test_the_api_names_its_own_parameters_not_the_cli_options(api, given, named) -> None:
    with pytest.raises(InvalidInput) as refused:
        api.ingest_text(ARTICLE, **given)
    assert str(refused.value).startswith(named) and "--" not in str(refused.value)
    with pytest.raises(InvalidInput) as refused:
        api.extract_text(ARTICLE, **given)
    assert str(refused.value).startswith(named)


@pytest.fixture
def month_page(cli, tmp_path):
    """The gazetteer and ARTICLE recorded as a page of December 2021; returns the file."""
    from tests.web_support import GAZETTEER

    cli("import", "popolo", str(GAZETTEER))
    page = tmp_path / "ryabkov.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    cli("ingest", str(page), "--published", "2021-12", "--yes")
    return page


def said_json(cli, *args: str) -> list[dict]:
    return json.loads(cli("said", "--format", "json", *args).stdout)


def test_said_gives_a_statement_s_date_as_the_ingest_contract_did(cli, month_page) -> None:
    contract = json.loads(
        cli("ingest", str(month_page), "--published", "2021-12", "--dry-run", "--json").stdout
    )
    proposed = {s["text"]: s["said_on"] for s in contract["statements"]}
    assert "../2021-12" in proposed.values()  # "Earlier": in or before the page's month
    stored = {row["text"]: row["date"] for row in said_json(cli)}
    assert stored == proposed
    zakharova = said_json(cli, "--by", "Zakharova")[0]
    assert (zakharova["said_from"], zakharova["said_to"]) == (None, "2021-12-31")
    assert zakharova["when"] == "in or before December 2021"
    assert "in or before December 2021" in cli("said", "--by", "Zakharova").stdout
    assert "(../2021-12)" in cli("statement", "show", str(zakharova["id"])).stdout


def test_stats_give_the_first_and_last_statement_s_dates_as_known(cli, month_page) -> None:
    rows = json.loads(cli("stats", "--format", "json").stdout)
    got = {(r["group"], r["name"]): (r["first"], r["last"]) for r in rows}
    assert got[("official", "Sergey Ryabkov")] == ("2021-11-30/2021-12-28",) * 2
    assert got[("official", "Maria Zakharova")] == ("../2021-12",) * 2
    assert got[("month", "2021-12")] == ("2021-11-30/2021-12-28", "../2021-12")
    table = list(csv.DictReader(io.StringIO(cli("stats", "--format", "csv").stdout)))
    assert {(r["name"], r["first"], r["last"]) for r in table} >= {
        ("Sergey Ryabkov", "2021-11-30/2021-12-28", "2021-11-30/2021-12-28"),
        ("Maria Zakharova", "../2021-12", "../2021-12"),
    }
    piped = cli("stats").stdout  # piped lines keep EDTF, for cut and sort
    assert "official\tSergey Ryabkov\t2\t2021-11-30/2021-12-28\t2021-11-30/2021-12-28" in piped
    assert "official\tMaria Zakharova\t1\t../2021-12\t../2021-12" in piped
    assert "EDTF" in cli("stats", "--help").stdout


def test_of_statements_placed_on_one_day_the_first_is_the_widest_the_last_the_narrowest(
    cli, month_page
) -> None:
    cli("statement", "add", "--by", "Ryabkov", "--on", "2021-12-28", "--text", "We will see.")
    [row] = json.loads(cli("stats", "--per", "official", "--by", "Ryabkov", "-f", "json").stdout)
    assert (row["first"], row["last"]) == ("2021-11-30/2021-12-28", "2021-12-28")
    shown = cli("official", "show", "Ryabkov").stdout
    assert "Statements: 3, placed first 30 Nov 2021 – 28 Dec 2021, placed last 28 Dec 2021" in shown


def test_who_gives_the_dates_as_known(cli, month_page) -> None:
    [row] = json.loads(cli("who", "--about", "NATO", "--format", "json").stdout)
    assert (row["speaker"], row["first"], row["last"]) == (
        "Sergey Ryabkov",
        "2021-11-30/2021-12-28",
        "2021-11-30/2021-12-28",
    )
    [cells] = csv.DictReader(io.StringIO(cli("who", "--about", "NATO", "-f", "csv").stdout))
    assert (cells["first"], cells["last"]) == ("2021-11-30/2021-12-28",) * 2
    assert (
        "\t2021-11-30/2021-12-28\t2021-11-30/2021-12-28\t" in cli("who", "--about", "NATO").stdout
    )
    assert "EDTF" in cli("who", "--help").stdout


def test_official_show_gives_the_first_and_last_statement_s_dates_as_known(cli, month_page) -> None:
    shown = cli("official", "show", "Ryabkov").stdout
    assert (
        "Statements: 2, placed first 30 Nov 2021 – 28 Dec 2021, "
        "placed last 30 Nov 2021 – 28 Dec 2021" in shown
    )
    assert "2021-11-30" not in shown and "2021-12-28" not in shown
    assert (
        "Statements: 1, in or before December 2021" in cli("official", "show", "Zakharova").stdout
    )
    data = json.loads(cli("official", "show", "Zakharova", "--format", "json").stdout)
    assert (data["first_statement"], data["last_statement"]) == ("../2021-12", "../2021-12")


def test_a_statement_page_shows_the_days_a_statement_known_to_a_span_may_have_been_said(
    cli, month_page, db_url
) -> None:
    import httpx

    from tests.web_support import running_server

    cli("statement", "add", "--by", "Ryabkov", "--on", "2021-12-02", "--text", "Wait.")
    cli("statement", "add", "--by", "Ryabkov", "--on", "2021-12-28", "--text", "We will see.")
    cli("statement", "add", "--by", "Ryabkov", "--on", "2022-01-03", "--text", "Too late.")
    rows = said_json(cli, "--by", "Ryabkov")
    ids = {row["text"]: row["id"] for row in rows}
    spanned = ids["Moscow would not accept any further NATO expansion to the east"]
    zakharova = said_json(cli, "--by", "Zakharova")[0]["id"]
    cli("statement", "add", "--by", "Zakharova", "--on", "2021-12-02", "--text", "Early December.")
    cli("statement", "add", "--by", "Zakharova", "--on", "../2021-12-20", "--text", "Before.")
    ids_z = {row["text"]: row["id"] for row in said_json(cli, "--by", "Zakharova")}
    with running_server(db_url) as url:
        page = httpx.get(f"{url}/statements/{spanned}").text
        day_page = httpx.get(f"{url}/statements/{ids['We will see.']}").text
        before_page = httpx.get(f"{url}/statements/{zakharova}").text
        on_or_before_page = httpx.get(f"{url}/statements/{ids_z['Before.']}").text
    heading = page.split("Other statements by Sergey Ryabkov ")[1].split("</h2>")[0]
    assert "that week" not in heading
    assert "in the days it may have been said" in heading
    assert "30 Nov 2021 – 28 Dec 2021" in heading
    # its days, not the week of its last one: 2 Dec is in them, 3 Jan is not
    assert f'id="statement-{ids["Wait."]}"' in page
    assert f'id="statement-{ids["Too late."]}"' not in page
    # a statement known to the day keeps its week
    assert "Other statements by Sergey Ryabkov that week" in day_page
    assert f'id="statement-{ids["Too late."]}"' not in day_page
    # in or before December 2021: the month's statements, not the week of its last day
    heading = before_page.split("Other statements by Maria Zakharova ")[1].split("</h2>")[0]
    assert "in the month it was said in or before" in heading
    assert f'id="statement-{ids_z["Early December."]}"' in before_page
    assert "in the week of the last day it may have been said" in on_or_before_page


def test_a_new_publication_date_says_which_statements_keep_their_old_dates(cli, month_page) -> None:
    before = {row["id"]: row["date"] for row in said_json(cli)}
    edited = cli("source", "edit", "1", "--published", "2022-01")
    assert edited.stdout == "updated source 1: published\n"
    note = edited.stderr
    assert note.count("\n") == 1 and note.startswith("note: its 3 statements (")
    assert "may keep dates worked out from the old publication date (2021-12)" in note
    assert "does not re-date them" in note and "source rm 1 --force" in note
    assert "tracker said --source 1" in note and "tracker statement edit ID --on DATE" in note
    # what the note says: the statements keep the dates read from December
    assert {row["id"]: row["date"] for row in said_json(cli)} == before
    assert json.loads(cli("source", "show", "1", "-f", "json").stdout)["published"] == "2022-01"
    # nothing to say when the date stays or something else changes
    assert cli("source", "edit", "1", "--published", "January 2022").stderr == ""
    assert cli("source", "edit", "1", "--title", "Ryabkov").stderr == ""
    assert "does not re-date" in " ".join(cli("source", "edit", "--help").stdout.split())
