"""A story copied from a news site's page with the page around it gives the statements the
story gives.

A select-all copy keeps the site's chrome: its menu and "Skip to main content" above the
headline, "Share / Tweet / Email", "Updated 3 hours ago", "Advertisement" between
paragraphs, photo captions naming other officials with the agency's credit, boxes of other
stories' headlines ("Most read", "Read more: X says ..."), a newsletter's sign-up box, a pull
quote repeating the story's words, tags, the writer's line and the copyright under it. The
chrome above the headline was read as the title; a caption's or a headline's official was
taken for the "he" of the next paragraph; a pull quote was one more statement; and a
statement cut by the end of the copy went on into the writer's line. Chrome carries no
statement, so the copy gives the story's statements, and their spans index the copy as given.
"""

from __future__ import annotations

import datetime

import pytest

from tests.pasted_copies import contract_of, statements_of
from tracker.reader import plain_text

DAY = datetime.date(2025, 3, 4)
TITLE = "Neighbours agree to reopen border crossing after talks in Vienna"

PARAGRAPHS = [
    TITLE,
    (
        "VIENNA, March 4 (Reuters) - Austria's Foreign Minister Beate Meinl-Reisinger said on "
        "Tuesday that the two governments had agreed to reopen the main crossing within a "
        "week, after four hours of talks she hosted in the capital."
    ),
    (
        '"We now have a text that both capitals can live with, and that is more than we had '
        'this morning," she told reporters after the meeting.'
    ),
    (
        "Hungarian Foreign Minister Peter Szijjarto said Budapest would send more customs "
        "officers to the crossing, but he rejected calls for international monitors."
    ),
    (
        '"There is no need for observers at our border. Our officers know every metre of it '
        'better than anyone," he said.'
    ),
    (
        "A spokesperson for the European Commission, Anitta Hipper, said Brussels welcomed the "
        "agreement and would pay for new scanning equipment at the crossing."
    ),
]
STORY = "\n\n".join(PARAGRAPHS)

CAPTION = (
    "Russian Foreign Minister Sergei Lavrov attends a news conference in Moscow, Russia, "
    "February 27, 2025. REUTERS/Maxim Shemetov"
)
CAPTION_AGENCY_LAST = "Chinese Foreign Minister Wang Yi speaks to the media in Beijing. Photo: AFP"
MOST_READ = (
    "Most read\n1. Lavrov says West 'playing with fire' over Ukraine\n"
    "2. Rutte tells allies to spend more: 'We are not safe'\n3. Oil prices climb"
)
VIDEO = "Now playing\nGuterres warns civilians are 'paying the price'\n02:14"
NEWSLETTER = (
    "Newsletter\nThe Morning Briefing: the day's world news, every weekday.\n"
    "Enter your email\nSign up"
)


def _contract(text: str) -> dict:
    return contract_of(text, DAY)


def _statements(text: str) -> list[tuple[str | None, str | None, str]]:
    return statements_of(text, DAY)


def _wrapped(chrome: dict[int, str], top: str = "", bottom: str = "") -> str:
    """The story with ``chrome[n]`` set after its paragraph ``n``, ``top`` above its headline
    and ``bottom`` under its last paragraph, as a copy of its page gives them."""
    parts = [top] if top else []
    for n, paragraph in enumerate(PARAGRAPHS):
        parts.append(paragraph)
        if n in chrome:
            parts.append(chrome[n])
    return "\n\n".join([*parts, *([bottom] if bottom else [])])


def test_the_story_as_given() -> None:
    assert _contract(STORY)["article"]["title"] == TITLE
    assert [(speaker, day) for speaker, day, _ in _statements(STORY)] == [
        ("Beate Meinl-Reisinger", "2025-03-04"),
        ("Beate Meinl-Reisinger", "2025-03-04"),
        ("Peter Szijjarto", "2025-03-04"),
        ("Peter Szijjarto", "2025-03-04"),
        ("Peter Szijjarto", "2025-03-04"),
        ("Anitta Hipper", "2025-03-04"),
    ]


@pytest.mark.parametrize(
    "top",
    [
        "Skip to main content\nHome | World | Europe | Politics\nSign in\nSubscribe",
        "World\nEurope\nAmericas\nAsia Pacific\nMiddle East",
        "We use cookies to give you the best experience. By continuing you accept our cookie "
        "policy.\nAccept all\nManage preferences\n\nSkip to content",
    ],
    ids=["menu", "sections", "cookies"],
)
def test_the_menu_above_the_headline_is_not_the_title(top: str) -> None:
    copy = _wrapped({0: "Updated 3 hours ago\nShare\nTweet\nEmail"}, top=top)
    assert _contract(copy)["article"]["title"] == TITLE
    assert _statements(copy) == _statements(STORY)


@pytest.mark.parametrize(
    "chrome",
    [
        CAPTION_AGENCY_LAST,
        MOST_READ,
        VIDEO,
        f"Advertisement\n\n{CAPTION_AGENCY_LAST}",
        "Chinese Foreign Minister Wang Yi arrives in Beijing. Credit: Tingshu Wang/Reuters",
        "Image source, Getty Images\nImage caption, Chinese Foreign Minister Wang Yi in Beijing",
        "Sponsored Links",
        "Keep reading\nMacron says Europe must 'wake up' on defence\nOil prices climb",
        "Recommended Stories\nlist of 2 items\nlist 1 of 2\nKallas says sanctions stay"
        "\nlist 2 of 2\nOil prices climb\nend of list",
    ],
    ids=[
        "caption-agency-last",
        "most-read",
        "video",
        "advert-caption",
        "credit",
        "bbc-caption",
        "sponsored",
        "keep-reading",
        "screen-reader-list",
    ],
)
def test_chrome_between_a_speaker_and_his_quote_names_no_speaker(chrome: str) -> None:
    # the "he" of the paragraph after the chrome is still Szijjarto
    assert _statements(_wrapped({3: chrome})) == _statements(STORY)


PULL_WORDS = "There is no need for observers at our border. Our officers know every metre of it"


@pytest.mark.parametrize(
    "pull",
    [
        f'"{PULL_WORDS} better than anyone,"',
        f"\u2018{PULL_WORDS}\u2019",
        f"\u201c{PULL_WORDS}\u201d\n\u2014 Peter Szijjarto",
    ],
    ids=["whole", "single-marks", "signed"],
)
def test_a_pull_quote_is_no_second_statement(pull: str) -> None:
    copy = _wrapped({4: pull, 1: "ADVERTISEMENT"})
    assert _statements(copy) == _statements(STORY)


def test_a_newsletter_box_between_paragraphs_is_no_ones_words() -> None:
    assert _statements(_wrapped({2: NEWSLETTER, 4: "Story continues below advertisement"})) == (
        _statements(STORY)
    )


@pytest.mark.parametrize(
    "bottom",
    [
        "Topics: Austria, Hungary, Borders, European Union",
        "Jane Roe is a senior correspondent covering Central Europe. Follow Jane on X @janeroe",
        "Reporting by Jane Roe in Vienna; Editing by Mark Heinrich\n\n"
        "Our Standards: The Thomson Reuters Trust Principles.",
        "(Reporting by Jane Roe; additional reporting by John Smith; editing by Mark Heinrich)",
        "Associated Press writer John Smith in Budapest contributed to this report.",
        "Don't miss a story: follow us on Telegram and X.",
        "Get our free newsletter\nThe day's biggest stories, straight to your inbox.\n"
        "Email address\nSubscribe",
        "Popular\n1. Kallas says EU 'will not blink' on sanctions\n2. Oil climbs",
        "Sign up for Morning Europe\nThe region's news before breakfast.\nSign up",
        "MORE: Kallas says EU 'will not blink' on sanctions",
        "(With inputs from agencies)",
    ],
    ids=[
        "tags",
        "writer",
        "credits",
        "credits-brackets",
        "contributed",
        "follow",
        "box",
        "popular",
        "box-unnamed",
        "more",
        "agencies",
    ],
)
def test_a_statement_cut_by_the_copy_does_not_go_on_into_the_page_under_it(bottom: str) -> None:
    # the copy ends inside a quotation, which is no statement; the page's lines under it
    # do not finish it
    cut = STORY + '\n\n"The equipment will be delivered before the summer and will'
    assert _statements(f"{cut}\n\n{bottom}") == _statements(cut)


def test_the_spans_index_the_copy_as_given() -> None:
    copy = _wrapped(
        {0: "By Jane Roe\nUpdated 3 hours ago", 2: "Advertisement", 3: MOST_READ},
        top="Skip to main content",
        bottom="\u00a9 2025 Reuters. All rights reserved.",
    )
    for statement in _contract(copy)["statements"]:
        start, end = statement["span"]
        given = plain_text(copy[start:end]).text.split()
        said = statement["text"].split()
        assert (given[:3], given[-1]) == (said[:3], said[-1])


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "Share this article",
        "5 min read",
        "Published 34 minutes ago",
        "Read more: Lavrov says West 'playing with fire' over Ukraine",
        "WATCH: Zelenskiy urges partners to speed up air defence deliveries",
        "Listen to article",
        "Facebook Twitter LinkedIn WhatsApp Email",
        "Scroll down to continue reading",
        "Jump to content",
        "5h ago",
        "- Advertisement -",
        "ADVERTISEMENT - CONTINUE READING BELOW",
        "Click to share on Facebook (Opens in new window)",
        "Copyright 2025 The Associated Press. All rights reserved.",
    ],
)
def test_a_chrome_line_between_paragraphs_goes_with_its_blank_line(line: str) -> None:
    assert plain_text(f"First paragraph.\n\n{line}\n\nSecond paragraph.").text == (
        "First paragraph.\n\nSecond paragraph."
    )


@pytest.mark.parametrize(
    "line",
    [
        "Share of the vote fell to 12 percent, the ministry said.",
        "Home Secretary Yvette Cooper said the talks would go on.",
        "Europe",
        '"We are ready," he said.',
        "Read the full statement on the ministry's website.",
        "The foreign minister is a former journalist who covered the talks for years.",
        "Follow the money, the minister said, and the motives become clear.",
    ],
)
def test_a_line_of_the_story_stays(line: str) -> None:
    text = f"First paragraph.\n\n{line}\n\nSecond paragraph."
    assert plain_text(text).text == text


BRIEFING_DAY = datetime.date(2024, 11, 20)
BRIEFING = [
    "Department Press Briefing",
    "Matthew Miller, Department Spokesperson",
    "1:05 p.m. EST",
    (
        "MR MILLER: Good afternoon, everybody. Let me start with one announcement. This "
        "morning the Secretary spoke with his counterparts from Egypt and Qatar about the "
        "talks on a ceasefire and the release of hostages, and he urged both sides to close "
        "the remaining gaps."
    ),
    "QUESTION: Will the Secretary travel to the region again before the end of the year?",
    (
        "MR MILLER: I do not have any travel to announce today. We will keep working with "
        "our partners every day until there is an agreement."
    ),
]


def _briefing_contract(chrome: dict[int, str]) -> dict:
    parts: list[str] = []
    for n, paragraph in enumerate(BRIEFING):
        parts.append(paragraph)
        if n in chrome:
            parts.append(chrome[n])
    return contract_of("\n\n".join(parts), BRIEFING_DAY)


def _briefing_statements(chrome: dict[int, str]) -> list[tuple[str | None, str | None, str]]:
    return [
        (s["speaker"], s["said_on"], " ".join(s["text"].split()[:6]))
        for s in _briefing_contract(chrome)["statements"]
    ]


def test_a_caption_in_a_briefing_dates_no_turn() -> None:
    # a file photo's caption in the header gives the photo's day, not the briefing's
    caption = (
        "Secretary of State Antony Blinken speaks during a news conference in Brussels, "
        "Belgium, September 3, 2024. REUTERS/Yves Herman/File Photo"
    )
    given = _briefing_statements({})
    assert {day for _, day, _ in given} == {"2024-11-20"}
    assert _briefing_statements({1: caption}) == given


def test_a_caption_between_a_briefers_paragraphs_is_no_ones_words() -> None:
    caption = (
        "Egyptian Foreign Minister Badr Abdelatty attends a meeting in Cairo, Egypt, November "
        "19, 2024. REUTERS/Mohamed Abd El Ghany"
    )
    given = _briefing_statements({})
    got = _briefing_statements({3: caption})
    assert got == given
    assert all("Abdelatty" not in s["text"] for s in _briefing_contract({3: caption})["statements"])
