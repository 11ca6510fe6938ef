"""The HTML timeline in a real headless Chromium (selenium + the Debian chromedriver).

The page must load with no network, show every statement, hide the others when
a speaker is chosen, and render (a screenshot is taken). Skipped, with the
reason, only when Chromium or its driver is not installed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.query_world import seed

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or not Path(CHROMEDRIVER).exists(),
    reason="needs chromium and chromedriver (apt-get install chromium chromium-driver)",
)


@pytest.fixture
def browser(tmp_path: Path):
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        "--window-size=1200,900",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def test_html_timeline_loads_filters_by_speaker_and_renders(cli, db_url, browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    world = seed(db_url)
    page = tmp_path / "timeline.html"
    cli("timeline", "-f", "html", "-o", str(page), "--title", "Who said what")
    html = page.read_text(encoding="utf-8")
    for external in ("<script src", "<link", "@import", "url(", "<img", "<iframe"):
        assert external not in html  # self-contained: nothing is fetched
    assert "@media print" in html

    browser.get(page.as_uri())
    assert browser.title == "Who said what"
    items = browser.find_elements(By.CSS_SELECTOR, "article.statement")
    statements = [k for k in world if ":" not in k]
    assert len(items) == len(statements)
    assert all(item.is_displayed() for item in items)
    shown = browser.find_element(By.ID, "shown")
    assert shown.text == f"{len(statements)} of {len(statements)} statements shown"

    link = browser.find_element(By.CSS_SELECTOR, f"#statement-{world['blinken']} .source a")
    assert link.get_attribute("href") == "https://news.example/reuters?a=1&b=2"

    select = Select(browser.find_element(By.ID, "speaker"))
    options = [o.text for o in select.options]
    assert options[0] == "All speakers"
    assert options[1:] == sorted(options[1:])
    assert {"Sergey Ryabkov", "Russian Foreign Ministry", "Jens Stoltenberg"} <= set(options)

    select.select_by_visible_text("Sergey Ryabkov")
    visible = [i for i in items if i.is_displayed()]
    assert {i.get_attribute("data-speaker") for i in visible} == {"Sergey Ryabkov"}
    assert len(visible) == 3
    assert shown.text == f"3 of {len(statements)} statements shown"
    groups = browser.find_elements(By.CSS_SELECTOR, "section.group")
    assert sum(g.is_displayed() for g in groups) == 3  # empty days are hidden too

    screenshot = tmp_path / "timeline.png"
    assert browser.save_screenshot(str(screenshot))
    assert screenshot.stat().st_size > 1000
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    select.select_by_index(0)
    assert all(item.is_displayed() for item in items)


def test_a_javascript_source_url_is_not_a_link_and_a_click_runs_nothing(
    cli, db_url, browser, tmp_path
):
    from selenium.webdriver.common.by import By

    from tests.test_untrusted_output import HOSTILE_URLS, hostile

    hostile(db_url, url=HOSTILE_URLS["javascript"])
    page = tmp_path / "timeline.html"
    cli("timeline", "-f", "html", "-o", str(page))
    browser.get(page.as_uri())
    source = browser.find_element(By.CSS_SELECTOR, "article.statement .source")
    assert source.find_elements(By.TAG_NAME, "a") == []
    source.click()
    for element in source.find_elements(By.XPATH, ".//*"):
        element.click()
    assert browser.execute_script("return window.__ran === undefined")
    assert source.text == "Source: A story, 2021-12-17"
