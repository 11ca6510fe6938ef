"""A hard-wrapped copy of an article gives the statements the unwrapped one gives.

Text pasted from an e-mail newsletter, a plain-text wire feed or a terminal arrives with its
lines broken at a fixed width. The reader joined such lines only where a sentence plainly
ran on (into a lower-case word, or after "the"); a break after a sentence's full stop stayed
a paragraph break, and Russian text was never joined at all (its lower case is Cyrillic),
so "Как отметил\\nминистр" split a statement and a quote's second line lost its speaker. A
program that wraps text breaks a line only where the next word would not fit: that is what
tells a wrapped break from a writer's one.
"""

from __future__ import annotations

import datetime
import textwrap

import pytest

from tracker.extract import extract
from tracker.extract.pipeline import unwrap

DAY = datetime.date(2025, 3, 12)

ENGLISH = (
    "\n\n".join(
        [
            (
                "Tokyo and Seoul agree to resume security dialogue\n"
                "3 min read\n"
                "Photo: Kim Hong-ji / Pool via Reuters"
            ),
            (
                "TOKYO, March 12 (Kyodo) - Japan and South Korea will resume their vice-"
                "ministerial security dialogue next month after a pause of nearly two "
                "years, Foreign Minister Takeshi Iwaya said on Wednesday."
            ),
            (
                '"We have agreed that dialogue between our defence and diplomatic '
                'officials must become a habit again, not an exception," Iwaya told '
                "reporters after a telephone call with his South Korean counterpart Cho "
                'Tae-yul, whom he called "a reliable" partner in "difficult" times for '
                "the region."
            ),
            (
                "Cho said in a statement that the two governments would also set up a "
                'hotline between their coast guards. He added that Seoul "strongly" hoped'
                " Beijing would join a trilateral meeting before the summer."
            ),
            (
                "Chinese Foreign Ministry spokesperson Mao Ning said China was open to "
                'the idea but that the agenda had to be agreed first. "Preparation '
                'matters more than speed," Mao said at a regular briefing.'
            ),
        ]
    )
    + "\n"
)

RUSSIAN = (
    "\n\n".join(
        [
            ("Москва и Ереван обсудят график консультаций"),
            (
                "МОСКВА, 12 марта. /ТАСС/. Россия и Армения проведут очередной раунд "
                "консультаций по линии внешнеполитических ведомств в апреле, заявил в "
                "среду заместитель министра иностранных дел РФ Михаил Галузин."
            ),
            (
                '"Мы договорились, что график контактов будет согласован в ближайшие '
                'недели, и рассчитываем, что армянские партнеры подтвердят сроки", - '
                "сказал дипломат журналистам."
            ),
            (
                "Как отметил официальный представитель МИД Армении Ани Бадалян, Ереван "
                "открыт к диалогу по всем вопросам двусторонней повестки, включая "
                "транспортные коридоры и энергетику."
            ),
            (
                "По словам Галузина, стороны также затронут вопросы безопасности на "
                "границе и работу совместной межправительственной комиссии."
            ),
        ]
    )
    + "\n"
)


def _wrapped(text: str, width: int) -> str:
    return "\n".join(
        "\n".join(textwrap.wrap(line, width)) if len(line) > width else line
        for line in text.split("\n")
    )


def _statements(text: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (s.speaker, s.said_on, " ".join(s.text.split()[:6])) for s in extract(text, published=DAY)
    ]


@pytest.mark.parametrize("article", [ENGLISH, RUSSIAN], ids=["english", "russian"])
@pytest.mark.parametrize("width", [54, 60, 66, 70, 80])
def test_a_hard_wrapped_copy_gives_the_same_statements(article: str, width: int) -> None:
    found = _statements(article)
    assert len(found) >= 4
    assert _statements(_wrapped(article, width)) == found


@pytest.mark.parametrize("article", [ENGLISH, RUSSIAN], ids=["english", "russian"])
def test_paragraphs_without_blank_lines_between_them_stay_apart(article: str) -> None:
    single = article.replace("\n\n", "\n")
    assert _statements(_wrapped(single, 66)) == _statements(single)


def test_a_break_after_a_full_stop_where_the_next_word_had_no_room_is_a_space() -> None:
    wrapped = _wrapped(ENGLISH, 60)
    joined = unwrap(wrapped)
    assert "after a pause of nearly two years, Foreign Minister Takeshi Iwaya said" in joined
    # the paragraphs stay paragraphs; the headline, the reading time and the photo credit
    # stay lines of their own
    assert joined.split("\n\n")[0] == ENGLISH.split("\n\n")[0]
    assert joined.count("\n\n") == ENGLISH.count("\n\n")


def test_a_page_of_short_lines_is_no_wrapped_page() -> None:
    """A list of short lines, each a whole line, is left as it is."""
    page = "\n".join(
        f"{n}. The delegation of {country} took the floor at the morning session."
        for n, country in enumerate(
            ["Chile", "Kenya", "Viet Nam", "Norway", "the Philippines", "Peru", "Ghana", "Fiji"]
        )
    )
    assert unwrap(page) == page
