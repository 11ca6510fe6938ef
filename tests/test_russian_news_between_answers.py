"""The page's own news set between the answers of a Russian interview or press conference:
"Напомним, в среду X заявил ..." or "Отдельно министр остановился на ... — напомнил Шойгу."
is the editor's, up to the next question or label, not the one answering going on (the
statements it reports were lost in the answer above it; read set w30c). A question that
names the one answering ("Сергей Кужугетович, на этой неделе ...") does not place him on a
day, and the lead's "14 марта провел пресс-конференцию" dates the transcript. Pages written
here, in the manner of a daily's interview and a newspaper's excerpts of a transcript.
"""

from __future__ import annotations

import datetime
import textwrap

from tests.statement_checks import assert_statements
from tracker.extract import extract

DASH_INTERVIEW = "\n\n".join(
    [
        "«Мы готовы говорить, но не под давлением»\nПосол России в Японии Николай Ноздрев — "
        "о рыболовных соглашениях, визах и диалоге с Токио",
        "3 марта 2025, 00:01",
        "Посол России в Японии Николай Ноздрев рассказал «Известиям» о том, как складываются "
        "отношения с новым правительством Японии.",
        "— Николай Николаевич, как изменилась атмосфера после смены кабинета?",
        "— Изменилась немного. Контакты на рабочем уровне сохраняются, но политического "
        "диалога по-прежнему нет. Мы это фиксируем без эмоций.",
        "— На прошлой неделе в Токио обсуждали квоты на вылов краба. Чем закончились консультации?",
        "— Стороны согласовали объемы на текущий сезон. Это технический вопрос, и он решается "
        "профессионалами.",
        "Напомним, в среду министр иностранных дел Японии Такэси Ивая заявил, что Токио «не "
        "намерен ослаблять санкции» против России. Генсек кабинета министров Ёсимаса Хаяси в "
        "тот же день сообщил, что правительство «внимательно следит» за ситуацией на Курилах.",
        "— Как вы оцениваете перспективы мирного договора?",
        "— Пока условий для таких переговоров нет. Японская сторона сама выбрала этот путь.",
        "Глава МИД России Сергей Лавров в январе говорил, что Москва «не видит предмета для "
        "разговора» о мирном договоре.",
        "— Что будет с безвизовыми обменами?",
        "— Они приостановлены, и возобновлять их в нынешних условиях мы не планируем.\n",
    ]
)


def test_news_between_the_answers_of_a_dash_interview_is_the_page_s() -> None:
    assert_statements(
        DASH_INTERVIEW,
        datetime.date(2025, 3, 3),
        [
            ("Николай Ноздрев", "Изменилась немного.", "2025-03-03"),
            ("Николай Ноздрев", "Стороны согласовали объемы", "2025-03-03"),
            ("Такэси Ивая", "Токио «не намерен", "2025-02-26"),
            ("Ёсимаса Хаяси", "правительство «внимательно следит»", "2025-02-26"),
            ("Николай Ноздрев", "Пока условий для таких переговоров нет.", "2025-03-03"),
            ("Сергей Лавров", "Москва «не видит предмета", "2025-01"),
            ("Николай Ноздрев", "Они приостановлены", "2025-03-03"),
        ],
    )


ASIDE = (
    "Отдельно секретарь Совбеза остановился на теме Северного морского пути. Он заявил, что "
    'трасса "будет работать круглый год". "Мы вкладываем в это огромные ресурсы", - '
    "подчеркнул Шойгу."
)
PRESS_CONFERENCE = "\n\n".join(
    [
        "Шойгу: Россия не допустит милитаризации Арктики",
        "Текст: Иван Петров",
        "Секретарь Совета безопасности России Сергей Шойгу 14 марта провел пресс-конференцию в "
        'Мурманске. "РГ" приводит выдержки из стенограммы.',
        "Сергей Шойгу: Арктика должна оставаться территорией сотрудничества. Мы не позволим "
        "превратить ее в арену противостояния.",
        "Вопрос: Сергей Кужугетович, в Осло на этой неделе говорили о новых учениях НАТО на "
        "севере. Как Москва ответит?",
        "Сергей Шойгу: Ответ будет адекватным. Все необходимые решения уже приняты, подробности "
        "раскрывать не буду.",
        ASIDE,
        'Напомним, генсек НАТО Марк Рютте ранее заявлял, что альянс "усилит присутствие" на '
        "Крайнем Севере.",
        "Вопрос: Что с научным сотрудничеством?",
        "Сергей Шойгу: Оно продолжается со всеми, кто к нему готов.",
        'Говоря о санкциях, секретарь Совбеза заметил, что они "не остановили ни одного '
        'арктического проекта".\n',
    ]
)


def test_news_between_the_turns_of_a_labelled_transcript_is_the_page_s() -> None:
    assert_statements(
        PRESS_CONFERENCE,
        datetime.date(2025, 3, 15),
        [
            ("Сергей Шойгу", "Арктика должна оставаться", "2025-03-14"),
            ("Сергей Шойгу", "Ответ будет адекватным.", "2025-03-14"),
            ("Сергей Шойгу", 'трасса "будет работать', "2025-03-14"),
            ("Сергей Шойгу", "Мы вкладываем в это", "2025-03-14"),
            ("Марк Рютте", 'альянс "усилит присутствие"', "../2025-03-15"),
            ("Сергей Шойгу", "Оно продолжается со всеми", "2025-03-14"),
            ("Сергей Шойгу", 'они "не остановили', "2025-03-14"),
        ],
    )


def test_an_answer_going_on_in_its_own_words_stays_the_answer() -> None:
    """Near miss, the same on the starting code: a paragraph under an answer that tells what
    someone said, with the speaker's own first person, is still the answer."""
    own = "Президент уже заявил, что наш ответ будет зеркальным. Мы от этого не отступим."
    text = PRESS_CONFERENCE.replace(ASIDE, own)
    found = [s.text for s in extract(text, published=datetime.date(2025, 3, 15))]
    assert any(t.startswith("Ответ будет адекватным.") and own in t for t in found), found


def test_the_guest_telling_what_a_leader_said_is_still_the_answer() -> None:
    """Near miss, the same on the starting code: "Президент Эрдоган неоднократно говорил ..."
    under an answer names no one as an agency does, so the guest goes on."""
    text = DASH_INTERVIEW.replace(
        "Глава МИД России Сергей Лавров в январе говорил, что Москва «не видит предмета для "
        "разговора» о мирном договоре.",
        "Премьер Исиба неоднократно говорил, что Токио хочет договора. Но условия ставит он сам.",
    )
    found = [(s.speaker, s.text) for s in extract(text, published=datetime.date(2025, 3, 3))]
    answer = [b for a, b in found if a == "Николай Ноздрев" and b.startswith("Пока условий")]
    assert answer and "Премьер Исиба неоднократно говорил" in answer[0], found


def test_the_guest_commenting_on_what_someone_said_is_still_the_answer() -> None:
    """Near miss, the same on the starting code: a paragraph that reports a named official
    and then comments on it is the guest's."""
    text = DASH_INTERVIEW.replace(
        "Глава МИД России Сергей Лавров в январе говорил, что Москва «не видит предмета для "
        "разговора» о мирном договоре.",
        "Министр иностранных дел Японии Такэси Ивая прямо заявил, что договор не подпишут. Это "
        "откровенная позиция.",
    )
    found = [(s.speaker, s.text) for s in extract(text, published=datetime.date(2025, 3, 3))]
    answer = [b for a, b in found if a == "Николай Ноздрев" and b.startswith("Пока условий")]
    assert answer and "Это откровенная позиция." in answer[0], found


def test_a_copy_wrapped_at_72_columns_reads_the_same() -> None:
    paragraphs = PRESS_CONFERENCE.strip().split("\n\n")
    wrapped = "\n\n".join(
        "\n".join(textwrap.wrap(p, 72, break_on_hyphens=False)) for p in paragraphs
    )
    day = datetime.date(2025, 3, 15)
    found = extract(wrapped, published=day)
    plain = extract(PRESS_CONFERENCE, published=day)
    assert [(s.speaker, s.said_on) for s in found] == [(s.speaker, s.said_on) for s in plain]
    assert [s.text.split()[:3] for s in found] == [s.text.split()[:3] for s in plain]
    assert not any("Отдельно" in s.text for s in found)
