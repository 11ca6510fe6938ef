"""`tracker serve` over HTTP: a real server (uvicorn, in a thread) on each engine, asked as a
browser would, for pages, searches, downloads and reviews; and what it refuses."""

from __future__ import annotations

import csv
import io
import json
import re
import threading
from datetime import date
from html import unescape
from html.parser import HTMLParser
from urllib.parse import quote

import httpx
import pytest
from sqlmodel import select

from tests.query_world import seed
from tests.web_support import (
    HOSTILE_NAME,
    HOSTILE_TEXT,
    HOSTILE_TITLE,
    HOSTILE_URL,
    csrf_of,
    hostile_world,
    running_server,
    version_of,
)
from tracker.db import session_scope
from tracker.models import Statement, StatementReview


@pytest.fixture
def world(db_url: str) -> dict[str, int]:
    return seed(db_url)


def listed_ids(html: str) -> list[int]:
    return [
        int(i) for i in re.findall(r'<article class="statement [a-z]+" id="statement-(\d+)"', html)
    ]


def cli_ids(cli, *args: str) -> list[int]:
    """What `tracker said` lists (`tracker timeline` when args start with "timeline")."""
    command = ("timeline", *args[1:], "-f", "json") if args[0] == "timeline" else ("said", *args)
    if command[0] == "said":
        command = (*command, "--format", "json")
    return [row["id"] for row in json.loads(cli(*command).stdout)]


class Elements(HTMLParser):
    """The tags, script sources, event-handler attributes and link targets of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.scripts: set[str | None] = set()
        self.handlers: list[tuple[str, str]] = []
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        values = dict(attrs)
        if tag == "script":
            self.scripts.add(values.get("src"))
        if tag == "a" and values.get("href") is not None:
            self.links.append(values["href"])
        self.handlers += [(k, v) for k, v in attrs if k.startswith("on")]


def sign_in(client: httpx.Client, name: str, token: str | None = None) -> httpx.Response:
    page = client.get("/signin")
    form = {"csrf": csrf_of(page.text), "name": name, "next": "/review"}
    if token is not None:
        form["token"] = token
    return client.post("/signin", data=form)


FILTERS = [
    ("by=Sergey+Ryabkov", ("--by", "Sergey Ryabkov")),
    ("by=Ryabkov&by=Maria+Zakharova", ("--by", "Ryabkov", "--by", "Maria Zakharova")),
    (
        "institution=MFA&from=2021-12&to=2021-12",
        ("--institution", "MFA", "--from", "2021-12", "--to", "2021-12"),
    ),
    ("country=RU&kind=direct", ("--country", "RU", "--kind", "direct")),
    ("about=security+guarantees", ("--about", "security guarantees")),
    ("mentions=NATO&status=confirmed", ("--mentions", "NATO", "--status", "confirmed")),
    ("from=2021-12-10&sort=chronological", ("timeline", "--from", "2021-12-10")),
]


def test_the_statements_page_answers_as_said_does(cli, db_url, world):
    with running_server(db_url) as url, httpx.Client(base_url=url) as client:
        pages = {query: client.get(f"/?{query}") for query, _ in FILTERS}
    for query, options in FILTERS:
        assert pages[query].status_code == 200, query
        assert listed_ids(pages[query].text) == cli_ids(cli, *options), query
        assert listed_ids(pages[query].text), f"{query} should find something"


def test_rows_show_speaker_role_day_words_and_outlet_and_links_keep_the_filter(db_url, world):
    with running_server(db_url) as url:
        html = httpx.get(f"{url}/?by=Sergey+Ryabkov&about=guarantees").text
        statement = httpx.get(f"{url}/statements/{world['ryabkov_before']}").text
    item = html.split(f'id="statement-{world["ryabkov_day"]}"')[1].split("</article>")[0]
    assert "Sergey Ryabkov</a>" in item
    assert "Deputy Foreign Minister" in item and "Russian Foreign Ministry</a>" in item
    assert "17 Dec 2021" in item and "TASS" in item
    assert "<mark>guarantees</mark>" in item
    month = html.split(f'id="statement-{world["ryabkov_month"]}"')[1].split("</article>")[0]
    assert "December 2021" in month and 'class="uncertain"' in month  # honest about the day
    # shareable: the permalink, timeline and downloads carry the filter
    assert 'href="/?by=Sergey+Ryabkov&amp;about=guarantees"' in html
    assert 'href="/timeline?by=Sergey+Ryabkov&amp;about=guarantees"' in html
    assert 'href="/export/csv?by=Sergey+Ryabkov&amp;about=guarantees"' in html
    # direct speech in quotation marks, indirect not
    assert "“Russia needs legally binding" in unescape(html)
    assert "on or before 10 Dec 2021" in statement
    assert "Talks with Washington" in statement  # mixed speech: shown as written
    assert "“Talks with Washington" not in unescape(statement)


def test_pages_of_a_listing(db_url, world):
    with running_server(db_url) as url:
        everything = listed_ids(httpx.get(f"{url}/").text)
        assert len(everything) == 11
        # pages of 50: a page past the end is empty; a page too deep is refused
        assert listed_ids(httpx.get(f"{url}/?page=2").text) == []
        assert httpx.get(f"{url}/?page=999999").status_code == 400
        assert httpx.get(f"{url}/?page=0").status_code == 400
        assert httpx.get(f"{url}/?sort=sideways").status_code == 400


def test_bad_filters_are_shown_on_the_page_not_as_errors(db_url, world):
    with running_server(db_url) as url:
        unknown = httpx.get(f"{url}/?by=Ryabkow")
        dates = httpx.get(f"{url}/?from=2022&to=2021")
        empty = httpx.get(f"{url}/search?about=%22%22")
        long = httpx.get(f"{url}/?by={'x' * 600}")
    assert unknown.status_code == 404
    assert "no official or institution &#39;Ryabkow&#39;" in unknown.text
    assert "did you mean: Sergey Ryabkov" in unknown.text
    assert 'value="Ryabkow"' in unknown.text  # the form keeps what was typed
    assert dates.status_code == 400 and "is after --to" in dates.text
    assert empty.status_code == 400
    assert long.status_code == 400 and "longer than 500" in long.text


def test_search_ranks_and_highlights_with_the_cli_syntax(cli, db_url, world):
    query = '"security guarantees" OR alliance'
    with running_server(db_url) as url:
        html = httpx.get(f"{url}/search", params={"about": query}).text
        form = httpx.get(f"{url}/search").text
    expected = [r["id"] for r in json.loads(cli("search", query, "--format", "json").stdout)]
    assert listed_ids(html) == expected
    # SQLite marks the phrase, PostgreSQL each word of it
    assert re.search(r"<mark>security(</mark> <mark>| )guarantees</mark>", html)
    assert "Query syntax" in form and 'name="about"' in form


def test_a_statement_page_has_citations_in_their_paragraph_evidence_and_the_week(db_url, cli):
    from tests.web_support import ingest_articles

    ingest_articles(cli, "tass_02", "interview_01")
    rows = json.loads(cli("said", "--by", "Ryabkov", "--format", "json").stdout)
    with session_scope(db_url, write=False) as s:
        evidenced = {
            i for i in s.exec(select(Statement.id).where(Statement.date_evidence.is_not(None)))
        }

    def week(row: dict) -> tuple[int, int] | None:
        return date.fromisoformat(row["said_to"]).isocalendar()[:2] if row["said_to"] else None

    def same_week_as(row: dict) -> list[int]:
        return [r["id"] for r in rows if r["id"] != row["id"] and week(r) == week(row)]

    # a statement with evidence for its date and others by Ryabkov that week
    first = next(r for r in rows if r["id"] in evidenced and week(r) and same_week_as(r))
    same_week = same_week_as(first)
    other_weeks = [r["id"] for r in rows if r["id"] not in same_week and r["id"] != first["id"]]
    with running_server(db_url) as url:
        html = httpx.get(f"{url}/statements/{first['id']}").text
        missing = httpx.get(f"{url}/statements/999999")
    paragraph = html.split('class="paragraph">')[1].split("</p>")[0]
    assert re.search(r"<mark>.+</mark>", paragraph)  # the cited words, in their paragraph
    assert unescape(paragraph).count(first["text"][:40]) == 1
    assert first["source_title"] in unescape(html)
    assert "Evidence for the date" in html
    assert "Other statements by Sergey Ryabkov that week" in html
    assert same_week and other_weeks
    assert all(f'id="statement-{i}"' in html for i in same_week)
    assert not any(f'id="statement-{i}"' in html for i in other_weeks)
    assert missing.status_code == 404 and "no statement with id" in missing.text


def test_people_and_institution_pages(db_url, world):
    with running_server(db_url) as url:
        person = httpx.get(f"{url}/officials/{world['official:Alexander Grushko']}").text
        body = httpx.get(f"{url}/institutions/{world['institution:Russian Foreign Ministry']}")
        missing = httpx.get(f"{url}/officials/999999")
    # roles over time, earliest first, each linking to its institution
    assert person.index("Director") < person.index("Deputy Foreign Minister")
    assert f'href="/institutions/{world["institution:European Cooperation Department"]}"' in person
    assert f'id="statement-{world["grushko_department"]}"' in person
    assert 'href="/?by=' in person and 'href="/export/ics?by=' in person
    assert body.status_code == 200
    assert "Part of <a" in body.text and "European Cooperation Department" in body.text
    assert f'id="statement-{world["ministry_itself"]}"' in body.text
    assert (
        f'href="/export/timelinejs?institution={world["institution:Russian Foreign Ministry"]}"'
        in body.text
    )
    assert missing.status_code == 404


def test_every_download_format_holds_the_filter_s_statements(cli, db_url, world):
    with running_server(db_url) as url:
        got = {
            fmt: httpx.get(f"{url}/export/{fmt}", params={"by": "Sergey Ryabkov"})
            for fmt in ("csv", "json", "markdown", "html", "timelinejs", "ics")
        }
        unknown = httpx.get(f"{url}/export/pdf")
    for fmt, response in got.items():
        assert response.status_code == 200, fmt
        assert "attachment" in response.headers["content-disposition"], fmt
    rows = list(csv.DictReader(io.StringIO(got["csv"].text)))
    expected = cli("timeline", "--by", "Sergey Ryabkov", "-f", "csv").stdout
    assert got["csv"].text.replace("\r\n", "\n") == expected.replace("\r\n", "\n")
    assert len(rows) == 3
    assert len(json.loads(got["json"].text)) == 3
    assert got["ics"].text.startswith("BEGIN:VCALENDAR")
    assert "Talks with Washington" in got["markdown"].text
    assert unknown.status_code == 404


def test_the_timeline_page_is_the_html_timeline_with_only_its_own_inline_code(db_url, world):
    with running_server(db_url) as url:
        page = httpx.get(f"{url}/timeline", params={"by": "Sergey Ryabkov"})
    assert page.status_code == 200
    assert page.text.count('<article class="statement"') == 3
    policy = page.headers["content-security-policy"]
    assert "script-src 'sha256-" in policy and "unsafe-inline" not in policy


def test_the_timeline_page_says_when_it_shows_only_the_first(db_url, world, monkeypatch):
    from tracker.web import backend

    monkeypatch.setattr(backend, "TIMELINE_LIMIT", 2)
    with running_server(db_url) as url:
        short = httpx.get(f"{url}/timeline", params={"by": "Sergey Ryabkov"})
        whole = httpx.get(f"{url}/export/html", params={"by": "Sergey Ryabkov"})
    assert short.text.count('<article class="statement"') == 2
    assert "(the first 2; the HTML download holds them all)" in short.text
    assert whole.text.count('<article class="statement"') == 3


def test_hostile_text_is_escaped_on_every_page(db_url):
    ids = hostile_world(db_url)
    pages = [
        "/",
        f"/?by={ids['official']}",
        "/search?about=alert",
        f"/statements/{ids['statement']}",
        f"/officials/{ids['official']}",
        f"/institutions/{ids['institution']}",
        "/review",
        "/timeline",
        "/?by=" + quote(HOSTILE_NAME),
    ]
    with running_server(db_url, write=True) as url:
        responses = {path: httpx.get(url + path) for path in pages}
        downloads = {
            fmt: httpx.get(f"{url}/export/{fmt}").text
            for fmt in ("markdown", "html", "timelinejs", "ics")
        }
    # the exports link only http(s) URLs too
    assert "](javascript:" not in downloads["markdown"]
    assert 'href="javascript:' not in downloads["html"]
    assert 'href=\\"javascript:' not in downloads["timelinejs"]
    assert "javascript:" not in json.loads(downloads["timelinejs"])["events"][0]["text"]["text"]
    assert "URL:javascript" not in downloads["ics"]
    for path, response in responses.items():
        elements = Elements()
        elements.feed(response.text)
        assert response.status_code == 200, path
        assert "img" not in elements.tags, path
        assert elements.scripts <= {"/static/app.js", None}, path  # None: the timeline's own
        assert not elements.handlers, path  # no onerror=, onclick=... attribute anywhere
        assert not [h for h in elements.links if not h.startswith(("/", "#", "https:"))], path
        assert "<b>on Friday</b>" not in response.text, path
    statement = responses[f"/statements/{ids['statement']}"].text
    assert unescape(statement).count(HOSTILE_TEXT) >= 2  # the words, and in the paragraph
    assert "&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt;" in statement
    assert HOSTILE_TITLE in unescape(statement)  # shown as text, not a link:
    assert HOSTILE_URL in unescape(statement) and "(not a web link)" in statement


def test_only_http_and_https_urls_become_links():
    from tracker.text import web_url as http_url

    assert http_url("https://tass.com/politics/1?a=1&b=2") == "https://tass.com/politics/1?a=1&b=2"
    assert http_url("HTTP://example.org/") == "HTTP://example.org/"
    for bad in (
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "data:text/html,<script>",
        "//evil.example/x",
        "/relative",
        "http:///nohost",
        "https://exa mple.org",
        "https://example.org/\nx",
        "vbscript:x",
        None,
        "https://" + "a" * 3000,
    ):
        assert http_url(bad) is None, bad


def test_read_only_unless_write_is_given(db_url, world):
    statement_id = world["ryabkov_before"]
    with running_server(db_url) as url, httpx.Client(base_url=url) as client:
        sign_in(client, "Ann")
        queue = client.get("/review").text
        page = client.get(f"/statements/{statement_id}").text
        post = client.post(
            f"/statements/{statement_id}/accept",
            data={"csrf": csrf_of(page), "version": "1"},
        )
    assert "read-only" in queue and f"/statements/{statement_id}/accept" not in queue
    assert post.status_code == 403
    with session_scope(db_url, write=False) as s:
        assert s.get(Statement, statement_id).status == "proposed"


def test_every_form_needs_its_csrf_token_and_our_origin(db_url, world):
    statement_id = world["ryabkov_before"]
    with running_server(db_url, write=True) as url, httpx.Client(base_url=url) as client:
        sign_in(client, "Ann")
        page = client.get(f"/statements/{statement_id}").text
        token, version = csrf_of(page), version_of(page, statement_id)
        target = f"/statements/{statement_id}/reject"
        attempts = [
            client.post(target, data={"version": version}),
            client.post(target, data={"csrf": "forged", "version": version}),
            client.post(
                target,
                data={"csrf": token, "version": version},
                headers={"origin": "https://evil.example"},
            ),
            client.post(
                target,
                data={"csrf": token, "version": version},
                headers={"sec-fetch-site": "cross-site"},
            ),
            httpx.post(url + target, data={"csrf": token, "version": version}),  # no cookie
            client.post("/signout", data={}),
        ]
    assert [a.status_code for a in attempts] == [403] * 6
    with session_scope(db_url, write=False) as s:
        assert s.get(Statement, statement_id) is not None


def test_reviews_through_the_pages_are_recorded_with_the_reviewer(db_url, world):
    accepted, edited, rejected = (
        world["ryabkov_before"],
        world["zakharova_undated"],
        world["former_in_office"],
    )
    with session_scope(db_url) as s:  # make a confirmed one proposed again
        s.get(Statement, rejected).status = "proposed"
    with running_server(db_url, write=True) as url, httpx.Client(base_url=url) as client:
        assert sign_in(client, "<b>Eve</b> Reviewer").status_code == 303
        queue = client.get("/review").text
        assert "&lt;b&gt;Eve&lt;/b&gt; Reviewer" in queue
        token = csrf_of(queue)
        accept = client.post(
            f"/statements/{accepted}/accept",
            data={"csrf": token, "version": version_of(queue, accepted), "next": "/review"},
        )
        assert accept.status_code == 303 and accept.headers["location"].startswith(
            f"/review?done=accept&statement={accepted}"
        )
        assert f"Accepted statement {accepted}." in client.get(accept.headers["location"]).text
        form = client.get(f"/statements/{edited}/edit").text
        bad = client.post(
            f"/statements/{edited}/edit",
            data={
                "csrf": token,
                "version": version_of(queue, edited),
                "speaker": "Nobody Atall",
                "said_on": "2022-01-20",
                "kind": "direct",
                "text": "We will respond.",
            },
        )
        assert bad.status_code == 404 and "Nobody Atall" in bad.text  # the form again
        edit = client.post(
            f"/statements/{edited}/edit",
            data={
                "csrf": csrf_of(form),
                "version": version_of(queue, edited),
                "speaker": "Maria Zakharova",
                "said_on": "2022-01-20",
                "kind": "indirect",
                "text": "We will respond in due course.",
                "next": f"/statements/{edited}",
            },
        )
        assert edit.status_code == 303
        history = client.get(f"/statements/{edited}").text
        reject = client.post(
            f"/statements/{rejected}/reject",
            data={"csrf": token, "version": version_of(client.get("/review").text, rejected)},
        )
        assert reject.status_code == 303
    assert "edited and accepted it at" in history and "2022-01-20" in history
    with session_scope(db_url, write=False) as s:
        records = s.exec(select(StatementReview).order_by(StatementReview.id)).all()
        assert [(r.statement_id, r.action, r.reviewer) for r in records] == [
            (accepted, "accept", "<b>Eve</b> Reviewer"),
            (edited, "edit", "<b>Eve</b> Reviewer"),
            (rejected, "reject", "<b>Eve</b> Reviewer"),
        ]
        assert s.get(Statement, accepted).status == "confirmed"
        assert s.get(Statement, edited).kind == "indirect"
        assert s.get(Statement, edited).said_to.isoformat() == "2022-01-20"
        assert s.get(Statement, rejected) is None


def test_two_reviewers_never_overwrite_each_other(db_url, world):
    """Two reviewers open the same statement; the first accepts; the second's reject (from
    the page opened before) is refused with who changed it. Then two decisions sent at the
    same moment: exactly one is made."""
    first_case, race_case = world["ryabkov_before"], world["zakharova_undated"]
    with running_server(db_url, write=True) as url:
        ann, bob = httpx.Client(base_url=url), httpx.Client(base_url=url)
        sign_in(ann, "Ann")
        sign_in(bob, "Bob")
        ann_page, bob_page = ann.get("/review").text, bob.get("/review").text
        accept = ann.post(
            f"/statements/{first_case}/accept",
            data={"csrf": csrf_of(ann_page), "version": version_of(ann_page, first_case)},
        )
        stale = bob.post(
            f"/statements/{first_case}/reject",
            data={"csrf": csrf_of(bob_page), "version": version_of(bob_page, first_case)},
        )
        assert accept.status_code == 303
        assert stale.status_code == 409
        assert "was changed by Ann at" in stale.text and "not saved" in stale.text
        assert "confirmed" in stale.text  # the statement as it is now

        start = threading.Barrier(2)
        results: dict[str, int] = {}

        def decide(client: httpx.Client, page: str, action: str, who: str) -> None:
            data = {"csrf": csrf_of(page), "version": version_of(page, race_case)}
            start.wait(5)
            results[who] = client.post(f"/statements/{race_case}/{action}", data=data).status_code

        threads = [
            threading.Thread(target=decide, args=(ann, ann_page, "accept", "Ann")),
            threading.Thread(target=decide, args=(bob, bob_page, "reject", "Bob")),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        ann.close()
        bob.close()
    assert sorted(results.values()) == [303, 409], results
    with session_scope(db_url, write=False) as s:
        records = s.exec(
            select(StatementReview).where(StatementReview.statement_id == race_case)
        ).all()
        assert len(records) == 1
        winner = records[0].reviewer
        assert results[winner] == 303
        statement = s.get(Statement, race_case)
        assert (statement is None) == (winner == "Bob")
        all_records = s.exec(select(StatementReview)).all()
        assert [r.reviewer for r in all_records if r.statement_id == first_case] == ["Ann"]


def test_a_token_keeps_everything_behind_sign_in(db_url, world):
    with running_server(db_url, token="reader-secret", write_token="reviewer-secret") as url:
        anonymous = httpx.get(f"{url}/?by=Ryabkov")
        static = httpx.get(f"{url}/static/style.css")
        bearer = httpx.get(f"{url}/export/csv", headers={"authorization": "Bearer reader-secret"})
        wrong_bearer = httpx.get(f"{url}/export/csv", headers={"authorization": "Bearer nope"})
        with httpx.Client(base_url=url) as reader, httpx.Client(base_url=url) as reviewer:
            wrong = sign_in(reader, "Rita", token="guess")
            right = sign_in(reader, "Rita", token="reader-secret")
            reader_queue = reader.get("/review").text
            sign_in(reviewer, "Vic", token="reviewer-secret")
            reviewer_queue = reviewer.get("/review").text
            refused = reader.post(
                f"/statements/{world['ryabkov_before']}/accept",
                data={"csrf": csrf_of(reader_queue), "version": "1"},
            )
    assert anonymous.status_code == 303
    assert anonymous.headers["location"] == "/signin?next=%2F%3Fby%3DRyabkov"
    assert static.status_code == 200
    assert bearer.status_code == 200 and "Sergey Ryabkov" in bearer.text
    assert wrong_bearer.status_code == 303
    assert wrong.status_code == 401 and "Wrong token" in wrong.text
    assert right.status_code == 303 and right.headers["location"] == "/review"
    assert f"/statements/{world['ryabkov_before']}/accept" not in reader_queue
    assert f"/statements/{world['ryabkov_before']}/accept" in reviewer_queue
    assert refused.status_code == 403


def test_wrong_tokens_are_limited(db_url):
    with running_server(db_url, token="reader-secret") as url, httpx.Client(base_url=url) as c:
        codes = [sign_in(c, "Mallory", token=f"guess-{n}").status_code for n in range(11)]
        after = sign_in(c, "Mallory", token="reader-secret")
    assert codes == [401] * 10 + [429]
    assert after.status_code == 429  # even the right token waits out the minute


def test_sign_in_returns_only_to_pages_of_this_server(db_url):
    with running_server(db_url, write=True) as url, httpx.Client(base_url=url) as client:
        targets = {}
        for target in ("https://evil.example/", "//evil.example/", "/\\evil", "/review?page=2"):
            page = client.get("/signin")
            response = client.post(
                "/signin", data={"csrf": csrf_of(page.text), "name": "Ann", "next": target}
            )
            targets[target] = response.headers["location"]
    assert targets == {
        "https://evil.example/": "/",
        "//evil.example/": "/",
        "/\\evil": "/",
        "/review?page=2": "/review?page=2",
    }


def test_headers_keep_pages_to_themselves(db_url, world):
    with running_server(db_url) as url:
        page = httpx.get(f"{url}/")
        rebinding = httpx.get(f"{url}/", headers={"host": "evil.example"})
        notfound = httpx.get(f"{url}/no/such/page")
    policy = page.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["x-frame-options"] == "DENY"
    assert "httponly" in page.headers["set-cookie"].lower()
    assert "samesite=lax" in page.headers["set-cookie"].lower()
    assert page.headers["cache-control"] == "no-store"  # pages carry the visitor's CSRF token
    assert rebinding.status_code == 400  # a loopback server answers loopback names only
    assert notfound.status_code == 404 and "Not found" in notfound.text
