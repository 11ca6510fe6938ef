"""Official pages (a spokesperson's statements, a press gaggle's transcript) whose words were
missed: a spokesperson's statement that opens on the fact it answers ("Three weeks ago, X
was detained ...") before the state takes its stand ("Italy condemns ..."), read as no
statement page at all; and a gaggle whose one turn label ("MS. ROE:  Good morning,
everyone.") was read as a headline because its first words are a short greeting: the turn
is the remarks below the greeting. The near misses: a story that reports a statement stays
a story, a headline's label stays one, and a turn label whose greeting stands over a blank
line gives the remarks below it, not the greeting.
Pages written here in the manner of ministry and White House sites (first written with
the fixes, dd3ae6a6 and 6bfb0543, in tests/test_official_pages47.py, which a later commit
rewrote)."""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements
from tracker.extract import extract

PUBLISHED = datetime.date(2024, 9, 12)  # a Thursday
DAY = "2024-09-12"

_SPOKESPERSON_PAGE = (
    "Statements made by the Ministry of Foreign Affairs Spokesperson [September 12, 2024]\n\n"
    "Detention of two aid workers (September 12, 2024)\n\n"
    "Three weeks ago, Anna Bellini and Marco Rota were detained by the authorities in the "
    "capital without charge. Italy condemns this arbitrary detention and calls for their "
    "release.\n\n"
    "Italy reiterates its full support to their families in this ordeal.\n"
)


def test_a_statement_opening_on_the_fact_it_answers_is_the_ministrys() -> None:
    assert_statements(
        _SPOKESPERSON_PAGE,
        PUBLISHED,
        [
            ("Ministry of Foreign Affairs", "Three weeks ago, Anna Bellini", DAY),
            ("Ministry of Foreign Affairs", "Italy reiterates its full support", DAY),
        ],
    )


def test_a_story_about_such_a_statement_is_no_statement_page() -> None:
    story = _SPOKESPERSON_PAGE.replace(
        "Italy condemns this arbitrary detention",
        "The ministry said it condemned the arbitrary detention",
    ).replace("Italy reiterates its full support", "It reiterated its full support")
    got = extracted(story)
    assert all(not text.startswith("Three weeks ago") for _, text in got), got


def extracted(text: str) -> list[tuple[str, str]]:
    """The (speaker, words) of each statement ``text`` gives."""
    return [(s.speaker, s.text) for s in extract(text, published=PUBLISHED)]


_GAGGLE = (
    "National Security Council\n\n"
    "Aboard Air Force One\n\n"
    "10:12 A.M. EDT\n"
    "MS. ROE:  Good morning, everyone.\n"
    "Let me start with the storm relief effort. We have sent two teams to the region "
    "overnight, and more will follow today.\n"
    "We are in close touch with the governors of both states about what they need.\n"
)


def test_a_gaggle_opening_on_a_greeting_is_the_briefers_turn() -> None:
    got = extracted(_GAGGLE)
    assert got and got[0][0] == "Roe", got
    assert got[0][1].startswith("Let me start with the storm relief effort"), got


def test_a_greeting_over_a_blank_line_opens_the_remarks_below_it() -> None:
    """The label and its short greeting on the page's first line under the title and date,
    the remarks a paragraph below: the turn is the remarks, not the greeting."""
    assert_statements(
        "Remarks by President Helena Varga after the summit of the Southern Partnership\n\n"
        "14 May 2025\n\n"
        "President Helena Varga: Good afternoon.\n\n"
        "Chancellor Obradovic called me this morning and told me that his government would "
        "back the new transport fund. I am grateful for that support.\n",
        datetime.date(2025, 5, 14),
        [("Helena Varga", "Chancellor Obradovic called me this morning", "2025-05-14")],
    )


def test_a_headline_label_with_words_of_substance_stays_a_headline() -> None:
    page = (
        "Roe: Storm relief is on its way\n\n"
        "WASHINGTON, Sept 12 (Reuters) - The White House said on Thursday it had sent two "
        "teams to the region.\n"
    )
    got = extracted(page)
    assert all(speaker != "Roe" for speaker, _ in got), got


def test_a_greeting_headline_over_a_story_gives_no_greeting() -> None:
    """A headline that quotes a greeting ("Starmer: Good morning, everyone!") over a wire
    story reaches the greeting's test; the story's report stays the only statement."""
    page = (
        "Lindqvist: Good morning, everyone!\n"
        "The prime minister opened the first cabinet meeting of the year in high spirits, "
        "aides said.\n"
        "STOCKHOLM, Jan 7 (Reuters) - Prime Minister Erik Lindqvist said on Tuesday that the "
        "government would publish its plan for the railways next week.\n"
    )
    got = extracted(page)
    assert not any(text.startswith("Good morning") for _, text in got), got
    assert any(
        speaker == "Erik Lindqvist" and text.startswith("the government would publish")
        for speaker, text in got
    ), got


_TWO_STANDS = (
    "Statements made by the Ministry of Foreign Affairs Spokesperson [September 12, 2024]\n\n"
    "Middle East (September 12, 2024)\n\n"
    "France welcomes the ceasefire agreed in Doha on Sunday between the parties. France "
    "condemns {what} on a school in Rafah, which killed at least twelve civilians.\n\n"
    "France reiterates its full support to the mediators.\n"
)


@pytest.mark.parametrize("what", ["this morning's strike", "these strikes"])
def test_two_stands_in_the_first_paragraph_are_two_points(what: str) -> None:
    """The paragraph opens on the state's own act ("France welcomes ..."), not on a fact, so
    the act after it is a stand of its own, whatever its object ("this morning's strike" is
    a time's "this", pointing back at nothing; "these strikes" after an act of its own)."""
    assert_statements(
        _TWO_STANDS.format(what=what),
        PUBLISHED,
        [
            ("Ministry of Foreign Affairs", "France welcomes the ceasefire", DAY),
            ("Ministry of Foreign Affairs", f"France condemns {what}", DAY),
            ("Ministry of Foreign Affairs", "France reiterates its full support", DAY),
        ],
    )


def test_a_statement_page_of_facts_alone_gives_no_statement() -> None:
    """Under a spokesperson's title, a first paragraph of facts only (no act of the state, no
    one said to speak) and a paragraph of background: no words of anyone's."""
    page = (
        "Statements made by the Ministry of Foreign Affairs Spokesperson [September 12, 2024]"
        "\n\nDetention of two aid workers (September 12, 2024)\n\n"
        "Three weeks ago, Anna Bellini and Marco Rota were detained by the authorities in the "
        "capital without charge. Their families have not been allowed to visit them since.\n\n"
        "The two aid workers had been running a clinic in the north of the country for six "
        "years.\n"
    )
    assert extracted(page) == []
