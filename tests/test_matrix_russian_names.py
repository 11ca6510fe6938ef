"""Officials' names and posts as Russian copy writes them, crossed with its attribution
frames: the statement is found, its speaker is the fullest name in the nominative, its day
the dateline's. Sentences written here (a slice of a generated matrix: the cells that failed,
and near-misses that must not change)."""

import datetime

import pytest

from tracker.extract import extract

PUBLISHED = datetime.date(2023, 6, 16)


def _article(sentences: str) -> str:
    return f"Переговоры продолжатся\n\nМОСКВА, 16 июня. /ТАСС/. {sentences}\n"


def _said(sentences: str) -> list[tuple[str | None, str, str | None]]:
    return [
        (s.speaker, s.text[:24], s.said_on)
        for s in extract(_article(sentences), published=PUBLISHED)
    ]


# --- a quotation whose whole clause before the dash is quoted ---------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "«Никаких договоренностей пока нет», — сказала Кая Каллас.",
        "«Пошлины вводить рано», — сказал Абдалла бен Заид Аль Нахайян.",
    ],
)
def test_a_quoted_clause_before_the_dash_leaves_the_article_readable(sentence: str) -> None:
    """A clause all in quotation marks leaves no words between its commas and dashes: the
    reading of asides before the verb finds no phrase there, and must not fail on it (the
    failure lost every statement of the article)."""
    text = _article(sentence) + "\nСергей Лавров заявил, что делегации обсудили торговлю.\n"
    found = extract(text, published=PUBLISHED)
    assert ("Сергей Лавров", "2023-06-16") in [(s.speaker, s.said_on) for s in found]


# --- Chinese and Korean names in oblique cases ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("По словам Ван И, делегации обсудили торговлю.", "Ван И"),
        ("По словам Линь Цзяня, делегации обсудили торговлю.", "Линь Цзянь"),
        ("По словам Ким Чен Ына, делегации обсудили торговлю.", "Ким Чен Ын"),
        ("По словам лидера КНДР Ким Чен Ына, делегации обсудили торговлю.", "Ким Чен Ын"),
        ("По словам Чвэ Сон Хи, делегации обсудили торговлю.", "Чвэ Сон Хи"),
        ("«Торговля растет», — цитирует Синьхуа Ким Чен Ына.", "Ким Чен Ын"),
        ("По словам премьера Госсовета КНР Ли Цяна, делегации обсудили торговлю.", "Ли Цян"),
        # near-misses: a woman's name and one already in the nominative stay as written
        ("По словам Мао Нин, делегации обсудили торговлю.", "Мао Нин"),
        ("По словам Си Цзиньпина, делегации обсудили торговлю.", "Си Цзиньпин"),
        ("Ким Чен Ын заявил, что делегации обсудили торговлю.", "Ким Чен Ын"),
        ("Ван И заявил, что делегации обсудили торговлю.", "Ван И"),
    ],
)  # fmt: skip
def test_east_asian_names_in_oblique_cases(sentence: str, speaker: str) -> None:
    """A Chinese or Korean surname does not decline ("по словам Ван И"); a man's given name
    declines only its last syllable ("Ким Чен Ына" is Ким Чен Ын), a woman's not at all."""
    found = _said(sentence)
    assert [(s, d) for s, _, d in found] == [(speaker, "2023-06-16")]
