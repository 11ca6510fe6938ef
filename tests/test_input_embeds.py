"""A story copied from its page with the page's posts and link boxes gives the statements the
story gives, each on its own day.

A copy of a wire or news site's page keeps an embedded post as its text over the signature
"— Name (@handle) June 1, 2023", and boxes of other stories' headlines ("Read more:",
"RELATED COVERAGE", "Recommended Stories") whose headlines often close on a quotation
('Kremlin calls the ban "unprecedented"'). Before, such a headline was taken for one of the
story's lines and read as a statement; the day of a post the minister made the day before
was given to his words of the day, told to reporters with no day of their own; a post the
story brought in with a colon ("She also wrote on X:") was dated by the story, not by its
signature; and a post copied as its card shows it (the name, the handle's line, the text,
"9:12 PM · Jun 1, 2023") was lost.
"""

from __future__ import annotations

import datetime

import pytest

from tests.pasted_copies import statements_of

DAY = datetime.date(2023, 6, 2)

LEAD = (
    "OSLO, June 2 (Reuters) - Ukraine expects its allies to agree on a plan to train its "
    "pilots on Western fighter jets within weeks, Foreign Minister Dmytro Kuleba told "
    "reporters at a NATO meeting in the Norwegian capital."
)
QUOTE = (
    '"The coalition is taking shape, and the first decisions are close," Kuleba said after '
    "talks with his Nordic counterparts."
)
OTHER = (
    "Norway's Foreign Minister Anniken Huitfeldt said Oslo would decide on its part in the "
    "training before the summer."
)
STORY = "\n\n".join(["Ukraine expects decision on jet training within weeks", LEAD, QUOTE, OTHER])


def _statements(text: str) -> list[tuple[str | None, str | None, str]]:
    return statements_of(text, DAY)


@pytest.mark.parametrize(
    "box",
    [
        'Read more:\nStoltenberg says Kyiv "will join the alliance"\nOil prices edge higher',
        'RELATED COVERAGE\nZelenskiy says Ukraine needs "jets, not promises"',
        "Recommended Stories\nlist of 2 items\nlist 1 of 2\n"
        "Macron tells Europe to \u201cwake up\u201d\nlist 2 of 2\n"
        "Grain prices climb\nend of list",
        'Related Coverage\nKremlin calls the training plan "a provocation"\n'
        'EU\'s Borrell: the jets "will come"',
    ],
    ids=["read-more", "related-coverage", "screen-reader-list", "two-quoted-headlines"],
)
def test_a_headline_closing_on_a_quotation_in_a_box_of_links_is_no_statement(box: str) -> None:
    given = _statements(STORY)
    assert _statements(STORY.replace(QUOTE, f"{QUOTE}\n\n{box}")) == given
    assert _statements(f"{STORY}\n\n{box}") == given


POST = (
    "Thankful to Norway for its readiness to join the jet coalition. Together we will keep "
    "Ukrainian skies safe. pic.twitter.com/Qw3rTy7Uio"
)
SIGNATURE = "\u2014 Dmytro Kuleba (@DmytroKuleba) June 1, 2023"


def test_an_embedded_posts_day_stays_with_the_post() -> None:
    # the post of the day before dates the post, not the lead's words told to reporters
    copy = STORY.replace(
        OTHER, f"The day before, he had thanked Norway online.\n\n{POST}\n\n{SIGNATURE}\n\n{OTHER}"
    )
    got = {(speaker, day, words.split()[0]) for speaker, day, words in _statements(copy)}
    assert ("Dmytro Kuleba", "2023-06-02", "Ukraine") in got
    assert ("Dmytro Kuleba", "2023-06-02", "The") in got
    assert ("Dmytro Kuleba", "2023-06-01", "Thankful") in got


@pytest.mark.parametrize(
    "lead_in",
    ["Kuleba also wrote on Twitter:", "He posted on X a little earlier:"],
    ids=["wrote", "posted"],
)
def test_a_post_brought_in_with_a_colon_is_dated_by_its_signature(lead_in: str) -> None:
    copy = STORY.replace(OTHER, f"{lead_in}\n\n{POST}\n\n{SIGNATURE}\n\n{OTHER}")
    posted = [
        (speaker, day) for speaker, day, words in _statements(copy) if words.startswith("Thankful")
    ]
    assert posted == [("Dmytro Kuleba", "2023-06-01")]


CARD = (
    "Dmytro Kuleba\n@DmytroKuleba\nTalked to my Norwegian colleague today. Norway will help "
    "train our pilots, and we are grateful.\n9:12 PM \u00b7 Jun 1, 2023"
)


def test_a_post_copied_as_its_card_is_the_posters_on_the_cards_day() -> None:
    # the name, the handle's line, the text (its own "Talked" no verb of the story's) and
    # the line of its time and day
    copy = STORY.replace(OTHER, f"{CARD}\n\n{OTHER}")
    got = [(speaker, day, words.split()[0]) for speaker, day, words in _statements(copy)]
    assert ("Dmytro Kuleba", "2023-06-01", "Talked") in got
    assert [g for g in got if g[2] != "Talked"] == [
        (speaker, day, words.split()[0]) for speaker, day, words in _statements(STORY)
    ]
