"""Russian agency sentences where the speaker's given name is one the dictionary knows only
as a thing ("Жордан", "Алмаз", "Мелис"; "Хакан" where "он" repeats the name), or where the
one met is a woman named in full whose surname does not decline ("с Кайей Каллас"), right
before the speaker's surname. The speaker is the name that closes the subject's words, in
full: "Жордан Барделла", not "Ле Пен" or "Барделла"; "Гутерриш", not nothing. Stories
written here, in the manner of TASS and RIA Novosti."""

import datetime

import pytest

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2026, 6, 5)


def _page(sentence: str) -> str:
    return f"Переговоры\n\nПАРИЖ, 5 июня. /ТАСС/. {sentence}\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "start"),
    [
        (
            "После встречи с Ле Пен Жордан Барделла заявил, что партия готова к выборам.",
            "Жордан Барделла",
            "партия готова",
        ),
        ("Жордан Барделла заявил, что партия готова к выборам.", "Жордан Барделла", "партия"),
        (
            "Алмаз Бакетаев он сообщил, что Бишкек готов к диалогу с Парижем.",
            "Алмаз Бакетаев",
            "Бишкек готов",
        ),
        (
            "Хакан Фидан он сообщил, что Анкара готова к диалогу с Парижем.",
            "Хакан Фидан",
            "Анкара готова",
        ),
        (
            "Мелис Джаманкулов сообщил, что Бишкек готов к диалогу с Парижем.",
            "Мелис Джаманкулов",
            "Бишкек готов",
        ),
        (
            "После переговоров с Кайей Каллас Гутерриш сказал, что ООН поддерживает перемирие.",
            "Гутерриш",
            "ООН поддерживает",
        ),
        # near misses, right on both: a calling before a surname, her name with his after it
        # that the dictionary knows, a body's name
        ("Политолог Марков заявил, что выборы пройдут спокойно.", "Марков", "выборы"),
        ("Адвокат Гарсия он заявил, что суд ошибся.", "Гарсия", "суд ошибся"),
        (
            "После встречи с Анналеной Бербок Лавров сказал, что Москва готова к диалогу.",
            "Лавров",
            "Москва готова",
        ),
        (
            "Совет Безопасности заявил, что дело будет рассмотрено.",
            "Совет Безопасности",
            "дело будет",
        ),
    ],
)
def test_the_speaker_named_in_full(sentence: str, speaker: str, start: str) -> None:
    assert_statements(_page(sentence), PUBLISHED, [(speaker, start, "2026-06-05")])
