"""Review fixes of round 41 (rv41b), Russian agency sentences written here in the manner of
TASS, RIA Novosti and Interfax:

- "представитель Кремля" is the president's spokesman or aide named before by any form of
  his title ("пресс-секретарь Путина", "помощник президента РФ по международным делам");
- "он" commenting on words reported before goes on as the one named in his own paragraph;
- a declined name after a body ("Токаева", "Володина") is an object, not the subject; an
  undeclined one after a body holds no post of it;
- an imperfective verb of saying after its speaker spoke on the page's day tells that
  occasion, and tells no later statement of his;
- "сообщили в министерстве" after words naming the ministry where one was summoned keeps
  that ministry."""

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

PUBLISHED = datetime.date(2026, 3, 4)
DAY = "2026-03-04"


def _page(body: str) -> str:
    return f"Новости\n\nМОСКВА, 4 марта. /ТАСС/. {body}\n"


def test_kremlin_representative_after_press_secretary_of_putin() -> None:
    text = _page(
        "Пресс-секретарь Путина Дмитрий Песков заявил, что Москва не получала ответа из "
        "Брюсселя.\n\n"
        '"Будем ждать", - отметил представитель Кремля.'
    )
    assert_statements(
        text, PUBLISHED, [("Дмитрий Песков", "Москва не", DAY), ("Дмитрий Песков", "Будем", DAY)]
    )


def test_kremlin_representative_after_president_named() -> None:
    text = _page(
        "Пресс-секретарь президента Владимира Путина Дмитрий Песков заявил, что Москва не "
        "получала ответа из Брюсселя.\n\n"
        "По словам представителя Кремля, контакты будут продолжены."
    )
    assert_statements(
        text,
        PUBLISHED,
        [("Дмитрий Песков", "Москва не", DAY), ("Дмитрий Песков", "контакты", DAY)],
    )


def test_kremlin_representative_after_aide_with_field() -> None:
    text = _page(
        "Помощник президента РФ по международным делам Юрий Ушаков сообщил, что обсудит со "
        "спецпредставителем президента США Стивеном Уиткоффом повестку встречи.\n\n"
        '"Никаких утечек не будет", - подчеркнул представитель Кремля.'
    )
    assert_statements(
        text,
        PUBLISHED,
        [("Юрий Ушаков", "обсудит", DAY), ("Юрий Ушаков", "Никаких утечек", DAY)],
    )


def test_foreign_aide_is_no_kremlin_representative() -> None:
    # near miss: an aide of a foreign president is not "представитель Кремля"
    text = _page(
        "Помощник президента США по национальной безопасности Майк Уолтц заявил, что "
        "Вашингтон ждет ответа.\n\n"
        '"Будем ждать", - отметил представитель Кремля.'
    )
    got = [s.speaker for s in extract(text, published=PUBLISHED)]
    assert got[0] == "Майк Уолтц" and "Майк Уолтц" not in got[1:], got


def test_he_commenting_goes_on_as_the_one_named_in_his_paragraph() -> None:
    text = _page(
        "Кремль считает опасными слова президента Франции Эммануэля Макрона. Об этом заявил "
        "журналистам пресс-секретарь президента РФ Дмитрий Песков.\n\n"
        "Ранее Макрон не исключил отправку войск на Украину.\n\n"
        '"Это тревожный сигнал", - сказал Песков. "Такие слова не помогают миру", - добавил '
        "он, комментируя эти слова."
    )
    got = [(s.speaker, s.text[:12]) for s in extract(text, published=PUBLISHED)]
    assert got[-2:] == [("Дмитрий Песков", "Это тревожны"), ("Дмитрий Песков", "Такие слова ")], got


def test_he_commenting_after_indirect_words_in_his_paragraph() -> None:
    text = _page(
        "Постпред России при ООН Василий Небензя назвал ложью заявление главы МИД Украины "
        "Андрея Сибиги.\n\n"
        "Ранее Сибига заявил, что армия вернула несколько сел.\n\n"
        "Небензя на заседании Совбеза сказал, что Киев вводит мир в заблуждение. "
        '"Ничего такого не было", - подчеркнул он, отвечая на просьбу прокомментировать '
        "данное заявление."
    )
    got = [s.speaker for s in extract(text, published=PUBLISHED)]
    assert got[-1] == "Василий Небензя", got


def test_declined_name_after_body_is_the_object() -> None:
    text = _page(
        "В Кремле Токаева заверил президент России Владимир Путин, что Москва выполнит все "
        "договоренности."
    )
    assert_statements(text, PUBLISHED, [("Владимир Путин", "Москва выполнит", DAY)])


def test_declined_name_after_a_meeting_of_a_body_is_the_object() -> None:
    text = _page(
        "На заседании Госдумы Володина поддержал лидер ЛДПР Леонид Слуцкий, заявив, что "
        "закон нужно принять весной."
    )
    assert_statements(text, PUBLISHED, [("Леонид Слуцкий", "закон нужно", DAY)])


def test_undeclined_name_after_body_holds_no_post_of_it() -> None:
    text = _page("На заседании Совбеза Шойгу доложил, что армия выполнит все задачи.")
    got = [(s.speaker, s.role) for s in extract(text, published=PUBLISHED)]
    assert got == [("Шойгу", None)], got


def test_imperfective_after_the_speakers_lead_is_that_day() -> None:
    text = (
        "Новости\n\nМОСКВА, 4 марта. /Интерфакс/. Министр финансов РФ Антон Силуанов заявил, "
        "что бюджет будет исполнен без дефицита.\n\n"
        '"Рисков мы не видим", - говорил министр на заседании комитета Госдумы.\n\n'
        "Силуанов также сообщил, что налоги повышать не планируется.\n"
    )
    assert_statements(
        text,
        PUBLISHED,
        [
            ("Антон Силуанов", "бюджет", DAY),
            ("Антон Силуанов", "Рисков", DAY),
            ("Антон Силуанов", "налоги", DAY),
        ],
    )


def test_imperfective_same_name_after_lead_is_that_day() -> None:
    text = (
        "Новости\n\nЕКАТЕРИНБУРГ, 4 марта. /ТАСС/. Мэр Екатеринбурга Алексей Орлов заявил, "
        "что тарифы на проезд не вырастут.\n\n"
        '"Резервы в бюджете есть", - подчеркивал Орлов.\n'
    )
    assert_statements(
        text, PUBLISHED, [("Алексей Орлов", "тарифы", DAY), ("Алексей Орлов", "Резервы", DAY)]
    )


def test_ministry_where_one_was_summoned_keeps_reporting() -> None:
    text = (
        "Новости\n\nМОСКВА, 4 марта. /ТАСС/. МИД Польши потребовал от России закрыть "
        "консульство в Гданьске, сообщило польское внешнеполитическое ведомство.\n\n"
        "В ответ временный поверенный в делах Польши был вызван в МИД России, где ему был "
        "заявлен протест, сообщили в министерстве.\n"
    )
    got = [s.speaker for s in extract(text, published=PUBLISHED)]
    assert got == ["МИД Польши", "МИД России"], got
