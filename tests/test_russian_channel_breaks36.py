"""Round thirty-six, review fixes: a channel's break line costs time in proportion to its
length however many blanks close it; a page is a feed of dated posts only when its posts
are closed by their views and time, so an article's "* * *" section breaks do not make its
date lines posts' heads. Each test in new words."""

from __future__ import annotations

import datetime
import time

from tests.statement_checks import assert_statements
from tracker.extract.russian import channel_posts


def test_a_break_line_closed_by_a_long_run_of_blanks_is_read_quickly() -> None:
    blanks = " \t" * 10000
    text = f"3 мая 2025\nПервый пост.\n* * *{blanks}\n***{blanks}x\n4 мая 2025\nВторой пост.\n"
    start = time.perf_counter()
    channel_posts.posts(text)
    channel_posts.post_heads(text, datetime.date(2025, 5, 5))
    channel_posts.parted(text, 0, len(text))
    assert time.perf_counter() - start < 1


def test_a_break_with_blanks_after_its_last_star_still_parts_two_posts() -> None:
    """A near miss: passes before and after the change."""
    text = "Первый пост.\n*  *  *   \nВторой пост.\n"
    assert channel_posts.parted(text, 0, len(text))


def test_date_lines_under_section_breaks_with_no_footer_still_date_their_sections() -> None:
    """Kept on review (passes on the merged round, fails on its start): a page of sections
    parted by "* * *", each opened by its day alone, is a chronicle whose sections that day
    dates, footer or not; a day told in one section is no occasion for the next."""
    text = (
        "Хроника визита\n\n"
        "* * *\n\n"
        "3 июня 2025\n\n"
        "Министр иностранных дел Сербии Марко Джурич во вторник прибыл в Москву.\n\n"
        "* * *\n\n"
        "4 июня 2025\n\n"
        "Джурич сказал, что Белград не откажется от традиционной дружбы с Россией.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 6, 5),
        [("Марко Джурич", "Белград не откажется", "2025-06-04")],
    )
