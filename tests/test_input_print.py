"""A copy of an article taken from a PDF or a print layout gives the statements the article
gives.

A paged copy also holds each page's number and running header or footer ("Page 2 of 4",
"MINISTRY OF FOREIGN AFFAIRS — PRESS RELEASE") wherever a page broke, inside a paragraph:
the sentence they split lost its statement or its speaker.

A layout sets each paragraph in lines of a fixed measure and breaks a long word that does not
fit with a hyphen ("nego-\\ntiations", "перего-\\nворы"); copied as text, the word stays
broken. The reader took the break for a space, so "Zakha- rova" was nobody and a quote's
first words were not its words. A word with a hyphen of its own keeps it ("well-\\nknown",
"Al-\\nThani"), and the contract's spans still index the copy as given.
"""

from __future__ import annotations

import datetime
import re

import pytest

from tests.pasted_copies import contract_of, statements_of
from tracker.reader import plain_text

DAY = datetime.date(2025, 6, 4)

ENGLISH = "\n\n".join(
    [
        "Doha talks on prisoner exchange resume after two-month pause",
        (
            "DOHA, June 4 (Reuters) - Negotiators from both sides returned to the Qatari "
            "capital on Wednesday for consultations on a prisoner exchange, the Qatari "
            "Foreign Ministry's spokeswoman Lolwah Alkhater told reporters."
        ),
        (
            '"The negotiations are difficult, but the parties have accepted a framework '
            'that protects the humanitarian dimension of the agreement," Prime Minister '
            "Sheikh Mohammed bin Abdulrahman Al-Thani said in a statement. He described the "
            "mediators as well-known and trusted interlocutors."
        ),
        (
            "Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow considered "
            "the consultations constructive and expected concrete humanitarian results "
            "before the end of the month."
        ),
        (
            "United Nations Secretary-General Antonio Guterres welcomed the resumption, "
            'saying that "uninterrupted communication between the delegations is '
            'indispensable for a long-term settlement."'
        ),
    ]
)

RUSSIAN = "\n\n".join(
    [
        "В Дохе возобновились переговоры об обмене пленными",
        (
            "ДОХА, 4 июня. /ТАСС/. Переговоры об обмене пленными возобновились в столице "
            "Катара в среду, сообщила официальный представитель МИД России Мария Захарова."
        ),
        (
            '"Мы рассчитываем, что договоренности, достигнутые при посредничестве '
            'катарской стороны, будут неукоснительно выполняться", - заявила дипломат '
            "журналистам."
        ),
        (
            "Пресс-секретарь президента России Дмитрий Песков сообщил, что Кремль "
            "внимательно следит за ходом консультаций и надеется на их продолжение."
        ),
    ]
)

_WORD = re.compile(r"([^\W\d_]+)([^\w\s]*)")


def _print_copy(text: str, width: int) -> str:
    """``text`` as a layout sets it in lines of ``width`` characters and a copy of it gives
    it back: a long word that does not fit is broken with a hyphen so the line is full, a
    hyphenated one at its hyphen."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            if not line or len(line) + 1 + len(word) <= width:
                line = f"{line} {word}" if line else word
                continue
            room = width - len(line) - 2  # the space before the word, the hyphen after
            parts = word.split("-", 1)
            plain = _WORD.fullmatch(word)
            if len(parts) == 2 and len(parts[0]) <= room:
                lines.append(f"{line} {parts[0]}-")
                line = parts[1]
            elif plain and len(plain.group(1)) >= 8 and 3 <= room <= len(plain.group(1)) - 3:
                lines.append(f"{line} {word[:room]}-")
                line = word[room:]
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return "\n".join(lines)


def _contract(text: str) -> dict:
    return contract_of(text, DAY)


def _statements(text: str) -> list[tuple[str | None, str | None, str]]:
    return statements_of(text, DAY)


@pytest.mark.parametrize("article", [ENGLISH, RUSSIAN], ids=["english", "russian"])
@pytest.mark.parametrize("width", [44, 52, 58, 66, 70, 76])
def test_a_print_copy_gives_the_same_statements(article: str, width: int) -> None:
    found = _statements(article)
    assert len(found) >= 3
    copy = _print_copy(article, width)
    assert re.search(r"[^\W\d_]-\n[^\W\d_]", copy)  # the layout broke words
    assert _statements(copy) == found
    # and each statement's span holds its words in the copy as given
    for statement in _contract(copy)["statements"]:
        start, end = statement["span"]
        given = plain_text(copy[start:end]).text.split()
        said = statement["text"].split()
        assert (given[:3], given[-1]) == (said[:3], said[-1])


def _paged(copy: str, lines_a_page: int, furniture: str) -> str:
    """``copy`` with ``furniture`` (a page's number and running header or footer, "{page}"
    standing for the number) between its pages, as a copy of a paged layout gives it."""
    lines = copy.split("\n")
    pages = [lines[at : at + lines_a_page] for at in range(0, len(lines), lines_a_page)]
    return "\n".join(
        "\n".join(([furniture.format(page=n)] if n > 1 else []) + page)
        for n, page in enumerate(pages, start=1)
    )


@pytest.mark.parametrize("article", [ENGLISH, RUSSIAN], ids=["english", "russian"])
@pytest.mark.parametrize(
    "furniture",
    [
        "Page {page} of 4\nMINISTRY OF FOREIGN AFFAIRS \u2014 PRESS RELEASE",
        "- {page} -",
        "Qatar Ministry of Foreign Affairs | Press release\n{page}",
        "Стр. {page} из 4",
    ],
)
def test_a_paged_copy_gives_the_same_statements(article: str, furniture: str) -> None:
    found = _statements(article)
    paged = _paged(_print_copy(article, 60), 4, furniture)
    assert paged.count("\n") > _print_copy(article, 60).count("\n") + 2
    assert _statements(paged) == found


@pytest.mark.parametrize(
    ("copy", "read"),
    [
        ("the nego-\ntiations went on", "the\nnegotiations went on"),
        ("в Дохе перего-\nворы", "в Дохе\nпереговоры"),
        ("a well-\nknown mediator", "a\nwell-known mediator"),
        ("bin Abdulrahman Al-\nThani said", "bin Abdulrahman Al-Thani\nsaid"),
        ("Пресс-секретарь Песков и пресс-\nсекретарь", "Пресс-секретарь Песков и\nпресс-секретарь"),
        ("a long-term cease-\nfire, a ceasefire", "a long-term\nceasefire, a ceasefire"),
        ("a cease-\nfire, a cease-fire", "a\ncease-fire, a cease-fire"),
        ("COVID-\n19 rules", "COVID-19\nrules"),
        ("Cho Tae-\nyul said", "Cho Tae-yul\nsaid"),
    ],
)
def test_a_word_broken_at_a_line_end_is_read_whole(copy: str, read: str) -> None:
    cleaned = plain_text(copy)
    assert cleaned.text == read
    # each character read is the one given at the offset the spans are mapped to
    for at, char in enumerate(cleaned.text):
        given = copy[cleaned.original_offset(at)]
        assert given == char or (char, given) == ("\n", " ")  # the break moved to the word


def test_only_a_hyphen_between_two_words_at_a_line_end_is_read_as_a_broken_word() -> None:
    text = "Talks - as expected -\nwent on.\nThe pre- and post-war\n- a list of nego-\ntiations"
    assert plain_text(text).text == text.replace(" nego-\ntiations", "\nnegotiations")
