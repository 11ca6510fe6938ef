"""A post that lists its fields with commas is one post, wherever its holder is named.

"Министр цифрового развития, связи и массовых коммуникаций Максут Шадаев" and "Foreign,
Commonwealth and Development Secretary David Lammy" are single titles: the comma only
separates fields, closed by "и"/"and". Read as ending at the comma, the Russian minister
lost his post (and an unnamed State Department spokesman's words were then given to him),
"по словам министра ..., связи ..." began the words said at "связи", and after the verb
("said X", "according to X") the English speaker became "Foreign" or "Canada's Minister of
Foreign Affairs" with the rest of the post taken as what was said.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract
from tracker.extract.speakers import parse_speaker

DAY = datetime.date(2024, 5, 14)
SHADAEV_POST = "министр цифрового развития, связи и массовых коммуникаций"


def _russian(body: str) -> str:
    return f"Сети 5G появятся к осени\n\nМОСКВА, 14 мая. /ТАСС/. {body}\n"


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (
            "Министр цифрового развития, связи и массовых коммуникаций Максут Шадаев "
            "заявил, что операторы получат частоты до конца лета.",
            "операторы получат частоты до конца лета",
        ),
        (
            "По словам министра цифрового развития, связи и массовых коммуникаций Максута "
            "Шадаева, операторы получат частоты до конца лета.",
            "операторы получат частоты до конца лета",
        ),
        (
            "Как отметил министр цифрового развития, связи и массовых коммуникаций Максут "
            "Шадаев, операторы получат частоты до конца лета.",
            "операторы получат частоты до конца лета",
        ),
        (
            "«Операторы получат частоты до конца лета», — сообщил журналистам министр "
            "цифрового развития, связи и массовых коммуникаций Максут Шадаев.",
            "Операторы получат частоты до конца лета",
        ),
    ],
)
def test_russian_post_with_listed_fields_stays_the_named_ministers(body: str, said: str) -> None:
    (found,) = extract(_russian(body), published=DAY)
    assert found.speaker == "Максут Шадаев"
    assert (found.role or "").lower() == SHADAEV_POST
    assert found.text == said


def test_an_unnamed_spokesman_after_him_is_not_him() -> None:
    text = _russian(
        "Министр цифрового развития, связи и массовых коммуникаций Максут Шадаев заявил, что "
        "операторы получат частоты до конца лета.\n\nРанее представитель Госдепартамента США "
        "заявил, что Вашингтон не будет комментировать эти планы."
    )
    (found,) = extract(text, published=DAY)
    assert found.speaker == "Максут Шадаев"
    assert found.text.startswith("операторы получат")


def test_two_posts_set_off_by_a_comma_still_read_as_before() -> None:
    """ "министр промышленности и торговли, вице-премьер X": a second post, not a field."""
    text = _russian(
        "Вице-премьер, министр промышленности и торговли Денис Мантуров заявил, что заводы "
        "получат заказы до конца лета."
    )
    (found,) = extract(text, published=DAY)
    assert found.speaker == "Денис Мантуров"
    assert found.role == "министр промышленности и торговли"


def _english(sentence: str) -> str:
    return f"Talks to go on, minister says\n\nLONDON, May 14 (Reuters) - {sentence}\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        (
            "Foreign, Commonwealth and Development Secretary David Lammy said on Tuesday that "
            "the talks must go on.",
            "David Lammy",
            "Foreign, Commonwealth and Development Secretary",
        ),
        (
            "The talks must go on, said Foreign, Commonwealth and Development Secretary "
            "David Lammy on Tuesday.",
            "David Lammy",
            "Foreign, Commonwealth and Development Secretary",
        ),
        (
            "The talks must go on, according to Canada's Minister of Foreign Affairs, Trade "
            "and Development Melanie Joly.",
            "Melanie Joly",
            "Minister of Foreign Affairs, Trade and Development",
        ),
        (
            "The talks must go on, said Canada's Minister of Foreign Affairs, Trade and "
            "Development Melanie Joly.",
            "Melanie Joly",
            "Minister of Foreign Affairs, Trade and Development",
        ),
        (
            "Minister of Digital Development, Communications and Mass Media Maksut Shadayev "
            "said on Tuesday that the talks must go on.",
            "Maksut Shadayev",
            "Minister of Digital Development, Communications and Mass Media",
        ),
    ],
)
def test_english_post_with_listed_fields_names_one_person(
    sentence: str, speaker: str, role: str
) -> None:
    (found,) = extract(_english(sentence), published=DAY)
    assert found.speaker == speaker
    assert found.role == role
    assert found.text.lower().startswith("the talks must go on")
    assert found.said_on == DAY.isoformat()


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # a portfolio listed before the post, as before
        ("Trade, Industry and Competition Minister Parks Tau", "Parks Tau"),
        # a field after "and" whose noun follows a word of its own ("Mass Media")
        ("Minister of Culture and Mass Media Olga Lyubimova", "Olga Lyubimova"),
    ],
)
def test_portfolios_already_read_stay_read(phrase: str, name: str) -> None:
    found = parse_speaker(phrase)
    assert found is not None and found.kind == "person"
    assert found.name == name
    assert found.role == phrase[: -len(name)].strip()
