"""The web interface in a real headless Chromium (selenium), against a real server, on each
engine: filter, search, open a statement, sign in, review three statements, and check the
database. A screenshot of each page is taken (TRACKER_SCREENSHOTS=DIR keeps them)."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlmodel import select

from tests.web_support import HOSTILE_TEXT, hostile_world, ingest_articles, running_server
from tracker.db import session_scope
from tracker.models import Statement, StatementReview

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def shoot(browser, tmp_path: Path, name: str) -> Path:
    """Save a full-height screenshot of the page; also to $TRACKER_SCREENSHOTS when set."""
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1200, min(max(height, 900), 4000))
    folder = Path(os.environ.get("TRACKER_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert browser.save_screenshot(str(path))
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 5000
    browser.set_window_size(1200, 1400)
    return path


def wait_for(browser, condition):
    """Wait (up to 60 s: CI machines are shared) until the page meets the condition; its value."""
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, 60).until(condition)


def done_message(browser) -> str:
    """The message shown after a review, once the page it leads to has loaded."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, 60).until(
        lambda b: (found := b.find_elements(By.CSS_SELECTOR, ".done")) and found[0].text
    )


def no_alert(browser) -> bool:
    from selenium.common.exceptions import NoAlertPresentException

    try:
        _ = browser.switch_to.alert
    except NoAlertPresentException:
        return True
    return False


def test_browse_search_open_and_review_in_a_browser(cli, db_url, browser, tmp_path):
    from selenium.webdriver.common.by import By

    ingest_articles(cli, "tass_02", "interview_01", "reuters_01")
    hostile = hostile_world(db_url)
    with running_server(db_url, write=True) as url:
        # -- filter: the form puts the filter in the URL, and every row matches it
        browser.get(url + "/")
        assert browser.title == "Statements · tracker"
        browser.find_element(By.NAME, "by").send_keys("Ryabkov")
        browser.find_element(By.NAME, "from").send_keys("2022-01")
        browser.find_element(By.CSS_SELECTOR, "form.filter button[type=submit]").click()
        wait_for(browser, lambda b: "by=" in b.current_url)
        query = parse_qs(urlsplit(browser.current_url).query)
        assert query["by"] == ["Ryabkov"] and query["from"] == ["2022-01"]
        rows = browser.find_elements(By.CSS_SELECTOR, "article.statement")
        assert rows
        speakers = {r.find_element(By.CSS_SELECTOR, ".speaker").text for r in rows}
        assert speakers == {"Sergey Ryabkov"}
        assert "Statements by Sergey Ryabkov; said 2022-01 to …" in browser.page_source
        shoot(browser, tmp_path, "statements")

        # -- search: ranked, highlighted, with the CLI syntax
        browser.get(url + "/search")
        box = browser.find_element(By.NAME, "about")
        box.send_keys('"security guarantees" OR Geneva')
        box.submit()
        wait_for(browser, lambda b: "about=" in b.current_url)
        marks = browser.find_elements(By.CSS_SELECTOR, "article.statement blockquote mark")
        assert marks and all(
            m.text.lower().startswith(("security", "guarantee", "geneva")) for m in marks
        )
        shoot(browser, tmp_path, "search")

        # -- open a statement: its paragraph with the words marked, its source, its week
        first = browser.find_element(By.CSS_SELECTOR, "article.statement a.open")
        statement_id = int(first.get_attribute("href").rsplit("/", 1)[1])
        first.click()
        wait_for(browser, lambda b: b.current_url == f"{url}/statements/{statement_id}")
        assert browser.find_element(By.CSS_SELECTOR, ".paragraph mark").text
        assert "Cited in 1 source" in browser.page_source
        shoot(browser, tmp_path, "statement")

        person = browser.find_element(By.CSS_SELECTOR, "dl.facts a")
        person.click()
        wait_for(browser, lambda b: b.find_element(By.TAG_NAME, "h1").text == "Sergey Ryabkov")
        assert "Deputy Foreign Minister" in browser.find_element(By.CSS_SELECTOR, "table").text
        shoot(browser, tmp_path, "official")
        browser.find_element(By.CSS_SELECTOR, "table.roles a").click()
        wait_for(
            browser,
            lambda b: b.find_element(By.TAG_NAME, "h1").text == "Russian Foreign Ministry",
        )
        shoot(browser, tmp_path, "institution")

        # -- hostile text is text: no script of the article's runs
        browser.get(f"{url}/statements/{hostile['statement']}")
        assert no_alert(browser)
        assert HOSTILE_TEXT in browser.find_element(By.CSS_SELECTOR, "blockquote").text

        # -- review: sign in with a name, then accept, edit and reject
        browser.get(url + "/review")
        assert not browser.find_elements(By.CSS_SELECTOR, "button.accept")
        browser.find_element(By.LINK_TEXT, "Sign in").click()
        wait_for(browser, lambda b: b.find_elements(By.NAME, "name"))
        browser.find_element(By.NAME, "name").send_keys("Rita Reviewer")
        browser.find_element(By.CSS_SELECTOR, "form.signin button").click()
        wait_for(browser, lambda b: b.current_url == url + "/review")
        assert "Rita Reviewer" in browser.find_element(By.CSS_SELECTOR, "header .who").text
        items = browser.find_elements(By.CSS_SELECTOR, "article.queue-item")
        queue = [int(i.get_attribute("data-id")) for i in items]
        assert len(queue) == 10  # a page of the oldest proposed statements
        assert all(i.find_elements(By.CSS_SELECTOR, ".paragraph mark") for i in items[:3])
        shoot(browser, tmp_path, "review")
        accepted, edited, rejected = queue[:3]

        browser.find_element(By.CSS_SELECTOR, f"#statement-{accepted} button.accept").click()
        assert done_message(browser) == f"Accepted statement {accepted}."
        assert not browser.find_elements(By.ID, f"statement-{accepted}")

        browser.find_element(By.CSS_SELECTOR, f"#statement-{edited} a.edit").click()
        wait_for(browser, lambda b: b.find_elements(By.NAME, "said_on"))
        said_on = browser.find_element(By.NAME, "said_on")
        said_on.clear()
        said_on.send_keys("2021-12")
        from selenium.webdriver.support.ui import Select

        Select(browser.find_element(By.NAME, "kind")).select_by_value("mixed")
        shoot(browser, tmp_path, "edit")
        browser.find_element(By.CSS_SELECTOR, "form.edit button.accept").click()
        assert done_message(browser) == f"Edited and accepted statement {edited}."

        browser.find_element(By.CSS_SELECTOR, f"#statement-{rejected} button.reject").click()
        alert = browser.switch_to.alert  # app.js asks before a statement is deleted
        assert f"Reject statement {rejected}?" in alert.text
        alert.accept()
        assert done_message(browser) == f"Rejected statement {rejected}."

        browser.get(f"{url}/statements/{edited}")
        history = browser.find_element(By.CSS_SELECTOR, "ul.history").text
        assert "Rita Reviewer edited and accepted it at" in history
        assert "date:" in history and "kind:" in history
        shoot(browser, tmp_path, "history")

    with session_scope(db_url, write=False) as s:
        assert s.get(Statement, accepted).status == "confirmed"
        after_edit = s.get(Statement, edited)
        assert (after_edit.status, after_edit.kind, after_edit.said_precision) == (
            "confirmed",
            "mixed",
            "month",
        )
        assert after_edit.said_from.isoformat() == "2021-12-01"
        assert s.get(Statement, rejected) is None
        records = s.exec(select(StatementReview).order_by(StatementReview.id)).all()
        assert [(r.statement_id, r.action, r.reviewer) for r in records] == [
            (accepted, "accept", "Rita Reviewer"),
            (edited, "edit", "Rita Reviewer"),
            (rejected, "reject", "Rita Reviewer"),
        ]
