"""A ministry's page giving the transcript of one person's interview ("Стенограмма интервью
Министра ... газете «...» (12 марта 2025 г., г.Минск)"), a date line under the title, then
questions put without marks, each answered in the paragraphs below it: every answer is the
minister's direct statement, said on the day the title's note in parentheses gives (the date
line is the day the page went up). Every text here is invented in the manner of such pages;
near-misses (a story under the title, a page with no interview) must stay as they read."""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements
from tracker.extract import extract
from tracker.extract.russian.dateline import date_line
from tracker.extract.russian.occasion import _NOTE_OPENS, _NOTE_TAIL
from tracker.extract.russian.transcript import _HEADER, _answers_title

CHROME = "Версия для слабовидящих\nБел\n\n"

CASES = [
    # one question only (an excerpt), an answer of several paragraphs: one statement, all of
    # them, on the day the title's note gives
    pytest.param(
        CHROME + "Стенограмма интервью Министра иностранных дел Беларуси И.И.Петровича "
        "телеканалу «Мир» (12 марта 2025 г., г.Минск)\n\n14 марта 2025 г.\n\n \n\n"
        "Иван Иванович, как вы оцениваете итоги визита в Пекин?\n\n"
        "Визит был насыщенным, мы подписали восемь документов о сотрудничестве.\n\n"
        "Главное, о чем договорились стороны, это совместные проекты в логистике.\n",
        "2025-03-14",
        [("Петрович", "Визит был насыщенным, мы подписали", "2025-03-12")],
        id="transcript-of-an-interview-one-question",
    ),
    # "Текст интервью", the place before the day in the note, two questions that address
    # no one ("вы"): the title alone says whose answers they are
    pytest.param(
        CHROME + "Текст интервью Посла Беларуси в Китае П.С.Сидоренко агентству «Синьхуа» "
        "(Пекин, 3 апреля 2024 года)\n\n5 апреля 2024 года\n\n"
        "Как развивается торговля между нашими странами?\n\n"
        "Товарооборот растет третий год подряд, и мы ждем нового рекорда.\n\n"
        "Какие регионы Китая наиболее интересны белорусским компаниям?\n\n"
        "Прежде всего провинции Хэнань и Цзянсу, где уже работают наши предприятия.\n",
        "2024-04-05",
        [
            ("Сидоренко", "Товарооборот растет третий год", "2024-04-03"),
            ("Сидоренко", "Прежде всего провинции Хэнань", "2024-04-03"),
        ],
        id="text-of-an-interview-place-before-the-day",
    ),
]


@pytest.mark.parametrize(("page", "published", "want"), CASES)
def test_an_interview_transcript_page_gives_each_answer_to_the_one_its_title_names(
    page: str, published: str, want: list[tuple[str, str, str]]
) -> None:
    assert_statements(page, datetime.date.fromisoformat(published), want)


def test_a_story_under_an_interview_transcripts_title_is_still_news() -> None:
    """A paragraph of the reporter's prose between the title and the question (not a date
    line) makes the page a story about the interview: its one question is no transcript."""
    page = (
        "Стенограмма интервью Министра иностранных дел Беларуси И.И.Петровича телеканалу «Мир»\n\n"
        "14 марта 2025 г.\n\n"
        "Министр рассказал журналистам о визите в Пекин и подписанных там соглашениях.\n\n"
        "Иван Иванович, как вы оцениваете итоги визита в Пекин?\n\n"
        "Визит был насыщенным, мы подписали восемь документов о сотрудничестве.\n"
    )
    found = extract(page, published=datetime.date(2025, 3, 14))
    assert not any(s.text.startswith("Визит был насыщенным") for s in found)


@pytest.mark.parametrize(
    ("line", "alone"),
    [
        ("14 марта 2025 г.", True),
        ("5 апреля 2024 года", True),
        ("05.04.2024 11:30", True),
        ("14 марта 2025 г. в Минске прошли переговоры.", False),
        ("Переговоры прошли 14 марта 2025 г.", False),
    ],
)
def test_a_date_line_is_only_a_date(line: str, alone: bool) -> None:
    assert date_line(line) is alone


def test_the_notes_place_words_are_joined_by_a_space_only() -> None:
    """A hyphen is a word's own ("Ростов-на-Дону"): were it also a joint between the place's
    words, a chain "(Аб-Аб-Аб-..." could be split in every way, and the search over a long
    one took time cubic in its length (tests/benchmarks/bench_worst_case.py, 'a hyphen chain
    in a transcript's note'; no test here times the code)."""
    for rx in (_NOTE_OPENS, _NOTE_TAIL):
        assert "[ -][А-ЯЁ]" not in rx.pattern, rx.pattern
    assert _NOTE_OPENS.search("Стенограмма интервью (Ростов-на-Дону, ") is not None
    assert _NOTE_OPENS.search("Стенограмма интервью (Нижний Новгород, ") is not None
    assert _NOTE_TAIL.fullmatch(" г., Ханты-Мансийск)") is not None
    assert _NOTE_TAIL.fullmatch(" года, Нижний Новгород)") is not None
    chain = "(" + "Аб-" * 40 + "Аб "
    assert _NOTE_OPENS.search(chain) is None


@pytest.mark.parametrize(
    "note", ["(Ростов-на-Дону, 12 марта 2025 г.)", "(12 марта 2025 года, Ханты-Мансийск)"]
)
def test_a_hyphened_place_in_the_note_still_dates_the_answers(note: str) -> None:
    assert_statements(
        CHROME + "Стенограмма интервью Министра иностранных дел Беларуси И.И.Петровича "
        f"телеканалу «Мир» {note}\n\n14 марта 2025 г.\n\n"
        "Иван Иванович, как вы оцениваете итоги визита в Пекин?\n\n"
        "Визит был насыщенным, мы подписали восемь документов о сотрудничестве.\n",
        datetime.date(2025, 3, 14),
        [("Петрович", "Визит был насыщенным", "2025-03-12")],
    )


def test_a_note_closing_the_reporters_sentence_dates_no_answer() -> None:
    """A day and place in parentheses closing a paragraph of the reporter's prose above the
    questions ("Министр рассказал о переговорах ... (Женева, 10 января 2024 года).") dates
    the occasion that paragraph tells of: a title has no finite verb, so the answers keep the
    page's day."""
    page = (
        "Интервью Министра иностранных дел России С.В.Лаврова газете «Известия»\n\n"
        "Министр рассказал о переговорах, которые прошли в прошлом году в Женеве "
        "(Женева, 10 января 2024 года).\n\n"
        "Вопрос: Как вы оцениваете итоги переговоров в Женеве?\n\n"
        "С.В.Лавров: Итоги переговоров мы оцениваем сдержанно, многое еще предстоит сделать.\n\n"
        "Вопрос: Когда состоится следующий раунд?\n\n"
        "С.В.Лавров: Следующий раунд, надеюсь, пройдет до конца весны.\n"
    )
    assert_statements(
        page,
        datetime.date(2025, 3, 14),
        [
            ("Лавров", "Итоги переговоров мы оцениваем", "2025-03-14"),
            ("Лавров", "Следующий раунд, надеюсь", "2025-03-14"),
        ],
    )


_DIGEST = (
    "Интервью Министра иностранных дел России С.В.Лаврова\n\n"
    "14 марта 2025 г.\n\n"
    "Что ждет переговоры в Женеве?\n\n"
    "{first}\n\n"
    "Будут ли новые санкции?\n\n"
    "{second}\n"
)


def test_a_digest_of_what_the_title_names_said_stays_news() -> None:
    """Under the interview's title and date line, the paragraphs below each question tell in
    the third person what the minister said ("Министр заявил, что ...", "По словам Лаврова,
    ..."): an agency's digest, the reported words his, not answers in his voice."""
    page = _DIGEST.format(
        first="Министр заявил, что переговоры в Женеве продолжатся в апреле, а состав "
        "делегаций не изменится.\n\nПо словам Лаврова, Москва готова к диалогу, если ее "
        "интересы будут учтены.",
        second="Лавров сообщил, что Евросоюз готовит новый пакет ограничений, но Россия к "
        "этому готова.",
    )
    found = extract(page, published=datetime.date(2025, 3, 14))
    assert found, found
    assert all(s.kind == "indirect" for s in found), [(s.kind, s.text[:40]) for s in found]
    assert not any(s.text.startswith(("Министр заявил", "Лавров сообщил")) for s in found)


def test_an_answer_citing_another_or_himself_is_still_his() -> None:
    """The minister's answers that open on another's words ("Президент ясно сказал, что
    ...") or his own earlier ones ("Я уже говорил, что ...") are his answers all the same."""
    page = _DIGEST.format(
        first="Президент ясно сказал, что переговоры в Женеве продолжатся в апреле, и мы "
        "к ним готовимся.",
        second="Я уже говорил, что Евросоюз готовит новый пакет ограничений, но Россия к "
        "этому готова.",
    )
    assert_statements(
        page,
        datetime.date(2025, 3, 14),
        [
            ("Лавров", "Президент ясно сказал", "2025-03-14"),
            ("Лавров", "Я уже говорил", "2025-03-14"),
        ],
    )


@pytest.mark.parametrize(
    ("title", "kind", "answers"),
    [
        ("Стенограмма интервью Министра иностранных дел Беларуси И.И.Петровича", "интервью", True),
        ("Из стенограммы ответов Посла России на вопросы СМИ", "ответов", True),
        ("Текст интервью Посла Беларуси в Китае П.С.Сидоренко", "интервью", True),
        ("Стенограмма брифинга официального представителя МИД", "Стенограмма", False),
        ("Интервью Лаврова обсуждают в соцсетях", "Интервью", False),
    ],
)
def test_the_titles_kind_is_read_once(title: str, kind: str, answers: bool) -> None:
    """The kind of page the title names, after what part of it the page gives ("Текст",
    "Из стенограммы"): one list of title words, read by every page reading."""
    head = _HEADER.match(title)
    assert head is not None and head["kind"] == kind
    assert _answers_title(title) is answers
