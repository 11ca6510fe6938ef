"""Official Q&A pages (round 48): a ministry's page titled with the spokesperson who answers,
its turns labelled only "Q:" and "A:", under a site's menu of capitalised words. The answers
are the titled spokesperson's. Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

FRIDAY = datetime.date(2019, 5, 17)

_PAGE = (
    "Home page     Sitemap    Contact   Links English\n"
    "Friday, June 7, 2024 Search\n"
    " Advanced Search\n\n"
    "Remarks by MOFA's {post} Tran Minh Duc during the 5th Regular Press Conference on "
    "May 17th 2019\n\n"
    "Q: Several vessels were reported near Con Co island last week. What is Viet Nam's "
    "response?\n\n"
    "A: The competent authorities are verifying the reports. All activities at sea must "
    "respect international law and the sovereignty of coastal states.\n\n"
    "Q: Will the Foreign Minister attend the regional forum next month?\n\n"
    "A: We will provide information on the delegation's schedule in due course.\n"
)


def _said(text: str) -> list[tuple[str | None, str]]:
    """Each statement's speaker and its first four words."""
    return [(s.speaker, " ".join(s.text.split()[:4])) for s in extract(text, published=FRIDAY)]


def test_bare_answers_under_a_title_naming_the_spokesperson_are_his() -> None:
    # the header reads a spokesperson at a press conference as the one running it, leaving
    # no principal, with the site's menu above or without it; the title says who answers
    said = _said(_PAGE.format(post="Spokesperson"))
    assert said == [
        ("Tran Minh Duc", "The competent authorities are"),
        ("Tran Minh Duc", "We will provide information"),
    ]


def test_a_misspelt_post_in_the_title_is_no_part_of_the_name() -> None:
    # "Spokeperson": the post as ministry sites misspell it, not a given name
    said = _said(_PAGE.format(post="Spokeperson"))
    assert [who for who, _ in said] == ["Tran Minh Duc", "Tran Minh Duc"]


def test_the_questions_are_no_ones_statements() -> None:
    said = _said(_PAGE.format(post="Spokesperson"))
    assert said  # the answers are read, the questions among them are not
    assert not any(words.startswith("Several vessels") for _, words in said)


def test_without_a_menu_the_titled_spokesperson_still_answers() -> None:
    page = _PAGE.split("\n\n", 1)[1]
    assert page.startswith("Remarks by")
    assert [who for who, _ in _said(page.format(post="Spokesperson"))] == [
        "Tran Minh Duc",
        "Tran Minh Duc",
    ]


def test_bare_answers_at_a_joint_press_conference_are_no_one_ministers() -> None:
    # two ministers lead the press conference: "A:" does not say which of them answers, and
    # the first one titled is no better a guess than the second
    page = (
        "Home page     Sitemap    Contact   Links English\n\n"
        "Joint Press Conference by Foreign Minister Nguyen Thi Hoa and Foreign Minister "
        "Lars Eriksen on May 17th 2019\n\n"
        "Q: Will the two governments sign the trade agreement before the end of the year?\n\n"
        "A: Our negotiators have narrowed the remaining differences considerably.\n\n"
        "Q: And the question of visas for students?\n\n"
        "A: Denmark's position on that question is well known.\n"
    )
    assert [who for who, _ in _said(page)] in ([], [None, None])
