"""Round forty, Russian press (wire copy as Независимая газета, Взгляд and NEWS.ru run it):

* a part of a day a thing is set for ("Голосование намечено на вечер среды") is a day still
  to come, not the paragraph's day that dates the words told after it;
* an attribution set inside a sentence whose rest opens with a name ("После этого, отметил
  он, Брюссель предпринял меры ...") gives the speaker the whole sentence, as one whose rest
  opens in lower case does; cut by the end of an excerpt, it is no statement;
* direct speech printed without quote marks over several sentences, closed by a dash and
  the verb, keeps the sentences where the speaker tells of their own saying ("Мы уже
  говорили, что ..."), as it keeps those with no verb of saying.

Sentences written here, in those outlets' manner; each expected statement is checked for
its speaker, its first words and its day."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

MONDAY = datetime.date(2015, 7, 27)

SCHEDULED = (
    "Чуркин: Россия не поддержит проект резолюции по трибуналу\n"
    "19:30 27.07.2015 Источник: ТАСС\n"
    '"Мы не будем поддерживать этот документ", - сказал Виталий Чуркин.\n'
    "Голосование по проекту, внесенному Нидерландами, намечено на вечер среды. Постпред "
    "подчеркнул, что проект в любом случае не пройдет.\n"
)
# near miss: the same paragraph with the vote held on Wednesday past ("в среду прошло
# голосование"): the day told dates what the diplomat said after it
HELD = (
    "Чуркин: Россия не поддержала проект резолюции по трибуналу\n"
    "19:30 27.07.2015 Источник: ТАСС\n"
    '"Мы не поддержали этот документ", - сказал Виталий Чуркин.\n'
    "В среду в Совбезе прошло голосование по проекту. Постпред подчеркнул, что проект "
    "не прошел.\n"
)


def test_a_part_of_a_day_set_for_a_vote_does_not_date_the_words() -> None:
    assert_statements(
        SCHEDULED,
        MONDAY,
        [
            ("Виталий Чуркин", "Мы не будем поддерживать", "2015-07-27"),
            ("Виталий Чуркин", "проект в любом случае", "2015-07-27"),
        ],
    )


def test_a_weekday_told_as_past_still_dates_the_words() -> None:
    assert_statements(
        HELD,
        MONDAY,
        [
            ("Виталий Чуркин", "Мы не поддержали", "2015-07-27"),
            ("Виталий Чуркин", "проект не прошел", "2015-07-22"),
        ],
    )


FRIDAY = datetime.date(2025, 12, 19)
LEAD = (
    "Грушко: НАТО не готово к диалогу с Россией\n\n"
    "Замглавы МИД России Александр Грушко заявил, что альянс не изменил курс в отношении "
    "Москвы.\n\n"
)


def _said(body: str, published: datetime.date = FRIDAY) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in extract(LEAD + body, published=published)]


def test_an_aside_before_a_name_gives_the_whole_sentence() -> None:
    for body, start in (
        (
            "По словам Грушко, Россия всегда выступала за диалог. После этого, отметил он, "
            "Брюссель свернул все программы сотрудничества.\n",
            "После этого, отметил он, Брюссель свернул",
        ),
        (
            "Грушко напомнил, что каналы связи заморожены. Затем, подчеркнул дипломат, "
            "Вашингтон отказался от переговоров.\n",
            "Затем, подчеркнул дипломат, Вашингтон отказался",
        ),
    ):
        found = _said(body)
        assert ("Александр Грушко", start) in [(s, t[: len(start)]) for s, t in found], found


def test_an_aside_before_an_outlet_is_no_resumed_sentence() -> None:
    # near miss: a name after the aside that is an outlet passing the words on does not
    # resume what was said
    found = _said(
        "Россия всегда выступала за диалог, отметил Грушко, РИА Новости передает его слова "
        "полностью.\n"
    )
    assert not any("РИА Новости передает" in t for _, t in found), found


def test_an_aside_before_a_name_cut_by_the_end_is_no_statement() -> None:
    found = _said(
        "Грушко напомнил, что Россия выступала за диалог. После этого, отметил он, "
        "Брюссель предпринял меры, которые сделали невозможной нормальную раб"
    )
    assert [t[:20] for _, t in found] == [
        "альянс не изменил ку",
        "Россия выступала за ",
    ], found


THURSDAY = datetime.date(2026, 3, 12)
UNQUOTED = (
    "Небензя назвал итоги голосования в СБ ООН позором\n\n"
    "Постпред России при ООН Василий Небензя на брифинге раскритиковал итоги голосования по "
    "российскому проекту резолюции.\n\n"
    "Как можно голосовать против текста, в котором нет ни одного нового слова? "
    "Мы уже говорили, что это политика двойных стандартов. Это просто позор, — "
    "подчеркнул постпред.\n"
)
# near miss: a sentence where the reporter tells of another one's saying ("Посол Франции
# говорил, что ...") is no part of the speech closed by the dash
REPORTED_BEFORE = (
    "Небензя назвал итоги голосования в СБ ООН позором\n\n"
    "Постпред России при ООН Василий Небензя на брифинге раскритиковал итоги голосования по "
    "российскому проекту резолюции.\n\n"
    "Посол Франции говорил, что документ не поддержат. Это просто позор, мы этого не "
    "забудем, — подчеркнул постпред.\n"
)


def test_unquoted_speech_keeps_the_speakers_own_saying() -> None:
    found = [(s.speaker, s.text) for s in extract(UNQUOTED, published=THURSDAY)]
    assert found[-1][0] == "Василий Небензя", found
    assert found[-1][1].startswith("Как можно голосовать против текста"), found
    assert found[-1][1].endswith("Это просто позор"), found


def test_unquoted_speech_stops_at_the_reporters_saying() -> None:
    found = [(s.speaker, s.text) for s in extract(REPORTED_BEFORE, published=THURSDAY)]
    assert ("Василий Небензя", "Это просто позор, мы этого не забудем") in found, found
    assert not any(s == "Василий Небензя" and t.startswith("Посол Франции") for s, t in found), (
        found
    )
