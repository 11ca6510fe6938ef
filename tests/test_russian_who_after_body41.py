"""Russian agency sentences on who speaks, written here in the manner of TASS, RIA Novosti
and Interfax:

- a surname that does not decline ("Руденко", "Шойгу", "Матвиенко") right after a body
  named by its own name in an oblique case ("В Госдуме Руденко заявил", "на заседании
  Госдумы Руденко") is the clause's subject, not the body's complement;
- "представитель Кремля" is the president's aide or spokesman named before, not a foreign
  envoy whose title only holds the word ("спецпредставитель президента США");
- "он" that comments on words just reported ("отвечая на просьбу прокомментировать данное
  заявление") is not their author but the one named before him."""

import datetime

import pytest

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2026, 3, 4)
DAY = "2026-03-04"


def _page(body: str) -> str:
    return f"Новости\n\nМОСКВА, 4 марта. /ТАСС/. {body}\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "start"),
    [
        (
            "В Госдуме Руденко заявил, что Москва выступает за переговоры.",
            "Руденко",
            "Москва выступает",
        ),
        (
            "На пленарном заседании Госдумы Руденко сообщил, что Москва готова к диалогу.",
            "Руденко",
            "Москва готова",
        ),
        ("В Кремле Шойгу заявил, что армия выполнит задачи.", "Шойгу", "армия выполнит"),
        ("В Раде Порошенко заявил, что Киев не пойдет на уступки.", "Порошенко", "Киев не"),
        # near misses: a name that declines, and a post before the body that keeps the name
        ("В Кремле Песков заявил, что Москва готова к диалогу.", "Песков", "Москва готова"),
        (
            "Встретившись с главой МИД Японии Таро Коно, Лавров заявил, что Москва готова к "
            "диалогу.",
            "Лавров",
            "Москва готова",
        ),
    ],
)
def test_undeclined_surname_after_a_body(sentence: str, speaker: str, start: str) -> None:
    assert_statements(_page(sentence), PUBLISHED, [(speaker, start, DAY)])


def test_a_body_that_may_be_owned_keeps_the_name() -> None:
    # "в администрации Порошенко заявили": whose administration, no subject; the plural
    # verb is the administration's people, and no one person speaks
    text = _page("В администрации Порошенко заявили, что Киев не пойдет на уступки.")
    assert_statements(text, PUBLISHED, [])


def test_kremlin_spokesman_is_not_a_foreign_envoy() -> None:
    text = _page(
        "Помощник президента РФ Юрий Ушаков сообщил, что обсудит со спецпредставителем "
        "президента США Стивеном Уиткоффом график контактов.\n\n"
        '"Такие утечки недопустимы", - подчеркнул представитель Кремля.'
    )
    assert_statements(
        text,
        PUBLISHED,
        [("Юрий Ушаков", "обсудит", DAY), ("Юрий Ушаков", "Такие утечки", DAY)],
    )


def test_kremlin_spokesman_near_miss_press_secretary() -> None:
    # the president's press secretary is "представитель Кремля" as before
    text = _page(
        "Пресс-секретарь президента России Дмитрий Песков заявил, что Москва ждет ответа "
        "Вашингтона.\n\n"
        "По словам представителя Кремля, контакты со спецпредставителем президента США "
        "Стивеном Уиткоффом продолжатся."
    )
    assert_statements(
        text,
        PUBLISHED,
        [("Дмитрий Песков", "Москва ждет", DAY), ("Дмитрий Песков", "контакты", DAY)],
    )


def test_he_who_comments_on_words_is_not_their_author() -> None:
    text = _page(
        "Москва не намерена разрывать отношения с Кишиневом. Об этом заявил в среду "
        "замглавы МИД РФ Михаил Галузин.\n\n"
        "Ранее председатель парламента Молдавии Игорь Гросу заявил, что Кишинев "
        "рассматривает разрыв отношений с Москвой.\n\n"
        '"Это будет решение Кишинева. Мы такого не хотим", - сказал он, отвечая на просьбу '
        "прокомментировать данное заявление."
    )
    assert_statements(
        text,
        PUBLISHED,
        [
            ("Михаил Галузин", "Москва не намерена", DAY),
            ("Игорь Гросу", "Кишинев рассматривает", f"../{DAY}"),
            ("Михаил Галузин", "Это будет решение", DAY),
        ],
    )


def test_he_without_comment_stays_the_last_speaker() -> None:
    # near miss: no comment on another's words; "он" is the one who spoke last
    text = _page(
        "Москва не намерена разрывать отношения с Кишиневом. Об этом заявил в среду "
        "замглавы МИД РФ Михаил Галузин.\n\n"
        "Ранее председатель парламента Молдавии Игорь Гросу заявил, что Кишинев "
        "рассматривает разрыв отношений с Москвой.\n\n"
        '"Это будет наше решение", - сказал он, комментируя свои слова.'
    )
    assert_statements(
        text,
        PUBLISHED,
        [
            ("Михаил Галузин", "Москва не намерена", DAY),
            ("Игорь Гросу", "Кишинев рассматривает", f"../{DAY}"),
            ("Игорь Гросу", "Это будет наше", f"../{DAY}"),
        ],
    )
