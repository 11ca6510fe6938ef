"""Russian pages quoting foreign leaders (РИА Новости, Лента.ру, bb.lv, 4esnok.by, Медиамакс):
a quotation glued to the stop before it, as pages copied from the web have it ("году.«Мы
готовы», — сказал"), and an interviewer's question put in reported form ("отвечая на
вопрос, считает ли он, что ..."), which is no one's statement. Stories written here, in the
outlets' manner; each expected statement is checked for its speaker, its first words and
its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2025, 9, 23)

GLUED_QUOTATION = (
    "Алиев высказался о мирном договоре\n\n"
    "АНКАРА, 23 сен — РИА Новости. Президент Азербайджана Ильхам Алиев заявил, что мирный "
    'договор с Арменией может быть подписан до конца года."Мы к этому готовы", — сказал '
    "Алиев журналистам.\n"
)
GLUED_GUILLEMETS = (
    "Токаев прокомментировал переговоры\n\n"
    "АСТАНА, 23 сентября. Президент Казахстана Касым-Жомарт Токаев заявил, что Астана "
    "поддерживает диалог между Москвой и Киевом.«Мы готовы предоставить площадку», — "
    "добавил он.\n"
)
QUESTION_PUT = (
    "Эрдоган высказался об Украине\n\n"
    "ВАШИНГТОН, 23 сен — РИА Новости. Президент Турции Реджеп Тайип Эрдоган заявил, что "
    "Анкара продолжит посреднические усилия. «Мы делаем все возможное», — сказал Эрдоган "
    "в интервью телеканалу CBS, отвечая на вопрос, считает ли он, что переговоры скоро "
    "возобновятся.\n"
)
QUESTION_PUT_BELIEVES = (
    "Пашинян ответил на вопрос о мирном договоре\n\n"
    "ЕРЕВАН, 23 сентября. Премьер-министр Армении Никол Пашинян на пресс-конференции "
    "ответил на вопрос журналиста, верит ли он, что договор будет подписан в этом году. "
    "Пашинян сказал, что многое зависит от Баку.\n"
)
# near miss: "лишь" after the verb is no question; the clause is the speaker's
ONLY_AFTER_VERB = (
    "Санду прокомментировала выборы\n\n"
    "КИШИНЕВ, 23 сентября. Президент Молдавии Майя Санду отметила лишь, что итоги "
    "голосования будут объявлены в срок.\n"
)


def test_glued_quotation() -> None:
    assert_statements(
        GLUED_QUOTATION,
        PUBLISHED,
        [
            ("Ильхам Алиев", "мирный договор с Арменией может быть подписан", "2025-09-23"),
            ("Ильхам Алиев", "Мы к этому готовы", "2025-09-23"),
        ],
    )


def test_glued_guillemets() -> None:
    assert_statements(
        GLUED_GUILLEMETS,
        PUBLISHED,
        [
            ("Касым-Жомарт Токаев", "Астана поддерживает диалог", "2025-09-23"),
            ("Касым-Жомарт Токаев", "Мы готовы предоставить площадку", "2025-09-23"),
        ],
    )


def test_question_put() -> None:
    assert_statements(
        QUESTION_PUT,
        PUBLISHED,
        [
            ("Реджеп Тайип Эрдоган", "Анкара продолжит посреднические", "2025-09-23"),
            ("Реджеп Тайип Эрдоган", "Мы делаем все возможное", "2025-09-23"),
        ],
    )


def test_question_put_believes() -> None:
    assert_statements(
        QUESTION_PUT_BELIEVES,
        PUBLISHED,
        [("Никол Пашинян", "многое зависит от Баку", "2025-09-23")],
    )


def test_only_after_verb() -> None:
    assert_statements(
        ONLY_AFTER_VERB,
        PUBLISHED,
        [("Майя Санду", "итоги голосования будут объявлены", "2025-09-23")],
    )
