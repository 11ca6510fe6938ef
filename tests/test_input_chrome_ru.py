"""A Russian article copied from its news page with the page's chrome gives the statements
the article gives.

Select-all on a page of a Russian outlet (or a scraper that keeps too much) brings in
"Реклама", "Поделиться", "18+", a photo's caption with its credit, a video's title, the
page's tags and copyright, a byline under the page's time, a pull quote, and lists of other
stories ("Читайте также", "Материалы по теме", "Главное за день") whose headlines quote other
officials ("Грушко: НАТО готовится к конфликту"). Before, such a headline was read as a
statement, or as a transcript's speaker label that took every quotation of the story; a
caption or a list between a quotation and its attribution gave the quotation to a name in
it; a list's "Вчера, 18:20" dated the story; a pull quote was a second statement.
"""

from __future__ import annotations

import datetime

import pytest

from tests.pasted_copies import contract_of, statements_of
from tracker.reader import plain_text

DAY = datetime.date(2025, 3, 12)

# an Interfax-style story, one paragraph a line
WIRE = [
    "Замглавы МИД РФ Галузин провел консультации с послом Армении",
    (
        "Москва. 12 марта. INTERFAX.RU - Заместитель министра иностранных дел РФ Михаил "
        "Галузин провел в среду консультации с послом Армении в Москве, сообщили в МИД России."
    ),
    (
        '"Мы подробно обсудили подготовку очередного заседания межправительственной '
        'комиссии и вопросы безопасности на армяно-азербайджанской границе", - сказал '
        "замминистра журналистам."
    ),
    (
        '"Российская сторона по-прежнему готова содействовать нормализации отношений '
        'между Ереваном и Баку на основе трехсторонних договоренностей", - отметил Галузин.'
    ),
    (
        "По его словам, дата следующего раунда консультаций будет согласована по "
        "дипломатическим каналам."
    ),
]
# a TASS-style story, paragraphs apart
AGENCY = [
    "Посол РФ в Казахстане: Москва и Астана расширят сотрудничество в атомной энергетике",
    (
        "АСТАНА, 12 марта. /ТАСС/. Россия и Казахстан в ближайшие месяцы подпишут "
        "новые соглашения о сотрудничестве в атомной энергетике. Об этом в интервью ТАСС "
        "заявил посол РФ в республике Алексей Бородавкин."
    ),
    (
        "\u00abРечь идет о долгосрочных проектах, которые отвечают интересам обеих "
        "стран и всего региона\u00bb, \u2014 подчеркнул дипломат."
    ),
    ("Он также сообщил, что межправительственная комиссия соберется в Алма-Ате до конца весны."),
]


def _as_given(paragraphs: list[str], between: str) -> str:
    return between.join(paragraphs) + "\n"


def _contract(text: str) -> dict:
    return contract_of(text, DAY)


def _statements(text: str) -> list[tuple[str | None, str | None, str]]:
    return statements_of(text, DAY)


def _wrapped(paragraphs: list[str], between: str, chrome: dict[int, str]) -> str:
    """The story with ``chrome`` set after paragraph n (-1: above the title)."""
    out = [chrome[-1]] if -1 in chrome else []
    for n, paragraph in enumerate(paragraphs):
        out.append(paragraph)
        if n in chrome:
            out.append(chrome[n])
    return between.join(out) + "\n"


RELATED = (
    "Материалы по теме\nГрушко: НАТО готовится к конфликту с Россией\n14:35, 11 марта 2025\n"
    "Захарова ответила Бербок: \u00abЭто позор для немецкой дипломатии\u00bb\nВчера, 18:20"
)
# chrome the starting code misread: a list's headlines as statements or as a transcript's
# speaker labels, a headline's name as the speaker of "сказал дипломат", a list's time as the
# day of the story's statements
MISREAD = {
    "the most read stories between the lead and a quotation": {
        1: "Самое читаемое\nАлиев: Баку не откажется от своих требований\n"
        "Песков: Кремль не видит предпосылок для переговоров"
    },
    "the day's main stories with their times": {
        1: "Главное\nВолодин: Госдума рассмотрит обращение к парламентам Европы\n"
        "02:37, 15.07.2024\nРябков заявил, что Москва ответит на размещение ракет\n"
        "09:12, 3 февраля 2025"
    },
    "a link and a list whose headlines read as a transcript's labels": {
        0: "Читайте также: Захарова ответила на слова Бербок: \u00abЭто позор для немецкой "
        "дипломатии\u00bb",
        2: "Главное\n\u00abЭто прямой вызов\u00bb: в МИД ответили на новые санкции",
    },
    "a list of the day's stories as a transcript's labels": {
        1: "Главное за день\nЛавров: Запад играет с огнем\nПесков: Кремль не видит предпосылок "
        "для переговоров\nШойгу: армия выполнит все задачи"
    },
    "another story's headline and its time between two paragraphs": {
        2: "Лавров: Запад играет с огнем\n14:35, 12 марта 2025"
    },
    "an archive photo's caption": {1: "Сергей Лавров. Архивное фото"},
}
# near misses: chrome the starting code already read right (its caption and its link lines
# were known), read right still with the chrome taken out (an alt text left over a quotation
# once its caption is gone would be a roundup's name over that person's words)
READ_BEFORE = {
    "related list between a quotation and its attribution": {2: RELATED},
    "related list under the story": {
        4: "Материалы по теме\nПесков: Кремль не видит предпосылок для переговоров\n"
        "Вчера, 18:20\nЛавров: Запад играет с огнем\n09:12, 11.03.2025"
    },
    "one link with a quoted headline": {
        1: "Читайте также: Полянский: \u00abЗапад сорвал обсуждение в Совбезе\u00bb"
    },
    "captions with credits": {
        0: "Фото: Сергей Бобылев/ТАСС",
        2: "Официальный представитель МИД России Мария Захарова. \u00a9 Пресс-служба МИД России",
    },
    "a photo's caption under the lead": {
        1: "Постпред России при ООН Василий Небензя \u00a9 Михаил Терещенко/ТАСС"
    },
    "advertising, sharing and subscription lines": {
        -1: "18+",
        1: "Реклама\nРеклама",
        2: "Поделиться\nВКонтакте\nTelegram",
        3: "Подписывайтесь на наш Telegram-канал",
    },
    "a video's title and the page's tags and copyright": {
        2: "Видео: Лавров ответил на вопросы журналистов",
        4: "Теги: Сергей Лавров, МИД России, Армения\nНовости партнеров\n\u00a9 2025 ТАСС",
    },
    "a byline under the page's time": {0: "12 марта 2025, 14:05\nКирилл Соколов"},
    "a picture's alt text over its caption": {
        1: "Сергей Лавров\nСергей Лавров. Фото: Сергей Бобылев/ТАСС"
    },
}
CHROME = {**MISREAD, **READ_BEFORE}


@pytest.mark.parametrize("between", ["\n", "\n\n"], ids=["lines", "paragraphs"])
@pytest.mark.parametrize("chrome", list(CHROME.values()), ids=list(CHROME))
@pytest.mark.parametrize("story", [WIRE, AGENCY], ids=["interfax", "tass"])
def test_a_page_copy_gives_the_statements_the_story_gives(
    story: list[str], chrome: dict[int, str], between: str
) -> None:
    found = _statements(_as_given(story, between))
    assert len(found) >= 2
    chrome = {min(n, len(story) - 1): lines for n, lines in chrome.items()}  # 4: the foot
    assert _statements(_wrapped(story, between, chrome)) == found


# a question quoted after "задав вопрос:", set again on its own line
ASKED = [
    "Захарова ответила на призыв Вильнюса закрыть границу",
    (
        "Официальный представитель МИД России Мария Захарова прокомментировала в своем "
        "Telegram-канале заявление литовского министра, задав вопрос: \u00abА кто будет "
        "отвечать за последствия такого решения для жителей региона?\u00bb"
    ),
    "Ранее Литва пригрозила закрыть пункты пропуска на границе с Белоруссией.",
]


@pytest.mark.parametrize("between", ["\n", "\n\n"], ids=["lines", "paragraphs"])
@pytest.mark.parametrize(
    ("story", "pulled"),
    [
        (
            ASKED,
            "\u00abА кто будет отвечать за последствия такого решения для жителей региона?\u00bb",
        ),
        # near miss: read right before
        (WIRE, "\u00abРоссийская сторона по-прежнему готова содействовать нормализации\u00bb"),
    ],
    ids=["question", "statement"],
)
def test_a_pull_quote_repeats_a_statement_and_makes_none(
    story: list[str], pulled: str, between: str
) -> None:
    found = _statements(_as_given(story, between))
    assert found
    for at in (0, len(story) - 1):  # before the quotation it repeats and after it
        assert _statements(_wrapped(story, between, {at: pulled})) == found


def test_a_list_ends_where_a_paragraph_of_the_story_cut_short_begins() -> None:
    # near miss (read right before, the list left in): a copy cut short ends on a paragraph
    # with no stop, as a headline has none, but it holds a sentence that ended
    cut = [
        *WIRE[:4],
        "По словам Галузина, стороны договорились продолжить работу. Следующий раунд пройдет в",
    ]
    found = _statements(_as_given(cut, "\n"))
    assert found[-1][0] == "Михаил Галузин"
    assert _statements(_wrapped(cut, "\n", {3: RELATED})) == found


STANDFIRST = "Дипломат рассказал о планах двух стран на ближайшие месяцы"


@pytest.mark.parametrize("between", ["\n", "\n\n"], ids=["lines", "paragraphs"])
def test_a_teaser_above_the_first_sentence_is_another_story_once_the_page_is_dated(
    between: str,
) -> None:
    # its time dated the story's statement (11 March, the teaser's day)
    given = [ASKED[0], STANDFIRST, *ASKED[1:]]
    found = _statements(_as_given(given, between))
    teaser = "Песков сегодня заявил, что Путин не планирует поездок в Европу\n14:35, 11 марта 2025"
    copy = _wrapped(given, between, {0: "12 марта 2025, 09:40", 1: teaser})
    assert _statements(copy) == found


def test_a_standfirst_over_the_page_s_own_time_stays() -> None:
    # near miss (kept before too): with no time given above it, a time under the standfirst
    # is the page's own
    text = f"{AGENCY[0]}\n\n{STANDFIRST}\n\n12 марта 2025, 09:40\n\n{AGENCY[1]}\n"
    assert plain_text(text).text == text


def test_the_spans_of_a_page_copy_index_the_copy_as_given() -> None:
    chrome = {-1: "18+", 1: RELATED, 2: "Фото: Reuters\nРеклама"}
    copy = _wrapped(
        WIRE, "\n", chrome | MISREAD["a list of the day's stories as a transcript's labels"]
    )
    statements = _contract(copy)["statements"]
    assert [(s["speaker"], s["said_on"], " ".join(s["text"].split()[:6])) for s in statements] == (
        _statements(_as_given(WIRE, "\n"))
    )
    for statement in statements:
        start, end = statement["span"]
        assert copy[start:end].split()[:3] == statement["text"].split()[:3]


@pytest.mark.parametrize(
    "line",
    [
        "12 марта 2025, 14:05",  # the page's own time: it dates the story
        "Сергей Лавров",  # a name alone not under the page's time: a roundup's speaker
        "Фото на память сделали участники встречи в Кремле.",  # prose, no credit
        "Главное, по словам министра, - сохранить диалог.",  # a sentence, no list's heading
        "Главное:",  # the story's own points follow, not other stories
        "Об этом говорится в сообщении пресс-службы на сайте ведомства.",
    ],
)
def test_lines_of_the_story_stay(line: str) -> None:
    text = f"Заголовок статьи\n{line}\nПоследний абзац статьи закончился.\n"
    assert plain_text(text).text == text


def test_an_english_page_is_left_to_its_own_reader() -> None:
    text = "Lavrov says talks will go on\nРеклама\nLavrov told reporters the talks would go on.\n"
    assert plain_text(text).text == text
