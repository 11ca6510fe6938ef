"""Speaker names on unseen real text (issue 8, twentieth round): strings that are no one's
name taken for the speaker. A post whose fields are listed ("Commissioner for Political
Affairs, Peace and Security X") ends at its last field, the name after it; a bloc's
commissioner or director lists them as a minister does. Each test in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract
from tracker.extract.speakers import parse_speaker

FRIDAY = datetime.date(2023, 6, 16)


def _speakers(text: str) -> list[str | None]:
    return [s.speaker for s in extract(text, published=FRIDAY)]


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "The bloc's Commissioner for Political Affairs, Peace and Security Kofi Mensah-Boateng "
            "told reporters on Friday that the standby force was ready.",
            "Kofi Mensah-Boateng",
        ),
        (
            "Commissioner for Economic Affairs, Trade and Industry Amina Diallo said on Monday "
            "that the free trade area was on course.",
            "Amina Diallo",
        ),
        (
            "The AU's Commissioner for Health, Humanitarian Affairs and Social Development Grace "
            "Otieno said the appeal was underfunded.",
            "Grace Otieno",
        ),
        (
            "Director of Communications, Policy and Strategy Farah Idris said on Wednesday that "
            "the agency had received the request.",
            "Farah Idris",
        ),
        # near misses: the field and the name parted by commas, or one field only
        (
            "EU Commissioner for Trade, Valdis Ozols, said on Thursday that Brussels would "
            "respond.",
            "Valdis Ozols",
        ),
        (
            "Minister of Foreign Affairs, Cooperation and Integration Moussa Traore said the talks "
            "had been useful.",
            "Moussa Traore",
        ),
    ],
)
def test_a_post_listing_its_fields_ends_before_the_name(sentence: str, who: str) -> None:
    assert _speakers(f"Bloc weighs force\n\n{sentence}\n") == [who]


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=FRIDAY)]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Визит на Аляску\n\nГлава МИД России Сергей Лавров прилетел в штат Аляска в пятницу. "
            "На авиабазе Элмендорф-Ричардсон министр сказал журналистам, что настроен на деловой "
            "разговор.\n",
            "Сергей Лавров",
        ),
        (
            "Встреча на Кипре\n\nМинистр иностранных дел Греции Йоргос Герапетритис в четверг "
            "прибыл на базу Акротири. Греческий министр заявил, что Афины поддерживают диалог.\n",
            "Йоргос Герапетритис",
        ),
        (
            "Поездка в Сирию\n\nСпецпосланник ООН Гейр Педерсен посетил город Кусейр в среду. "
            "Позднее дипломат заявил, что условия для возвращения беженцев пока не созданы.\n",
            "Гейр Педерсен",
        ),
        # near miss: a noun of an event, then the subject ("На переговорах Лавров заявил")
        (
            "Переговоры в Анкаре\n\nНа переговорах Лавров заявил, что Москва ждет ответа.\n",
            "Лавров",
        ),
    ],
)
def test_a_name_after_a_place_noun_names_the_place(text: str, who: str) -> None:
    """ "на авиабазе Элмендорф-Ричардсон", "на базу Акротири", "город Кусейр": a name right
    after a base, a town or a region is the place's, never a speaker."""
    assert [speaker for speaker, _ in _said(text)] == [who]


def test_his_surname_in_an_oblique_case_is_no_woman() -> None:
    """ "на встречу Путина и Трампа": a man's surname in the genitive reads like a woman's
    nominative; in an article naming the man it is no one new, and no subject."""
    text = (
        "Итоги саммита\n\nВ мире отреагировали на встречу Путина и Трампа на Аляске. "
        "Переговоры Владимира Путина и Дональда Трампа в Анкоридже продлились три часа. "
        "Российский президент, выступая перед журналистами, назвал их конструктивными. "
        "«Враждебности не было», — сказал Путин.\n"
    )
    assert {speaker for speaker, _ in _said(text)} == {"Владимир Путин"}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Итоги встречи\n\nПереговоры Владимира Путина и Эммануэля Макрона в Версале "
            "продлились три часа. Российский президент, выступая перед журналистами, назвал их "
            "конструктивными. «Враждебности не было», — сказал Путин.\n",
            ["Владимир Путин", "Владимир Путин"],
        ),
        (
            "Итоги встречи\n\nПереговоры Владимира Путина и Дональда Трампа в Анкоридже "
            "продлились три часа. Президент России заявил журналистам, что встреча была "
            "полезной.\n",
            [],
        ),
        # near miss: the other one named with a post
        (
            "Разговор лидеров\n\nСостоялся телефонный разговор Владимира Путина с президентом "
            "Франции Эммануэлем Макроном. Президент России подчеркнул, что Москва открыта для "
            "диалога.\n",
            ["Владимир Путин"],
        ),
    ],
)
def test_two_leaders_named_together_are_not_told_apart_by_order(text: str, who: list) -> None:
    """ "Переговоры Путина и Трампа ... Президент России": of two leaders named side by side
    with no post, a country's title means the one the next lines name, or no one the text
    tells; not whichever was named last."""
    assert [speaker for speaker, _ in _said(text)] == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Bloc sets deadline\n\nThe ruling was set out in a communiqué issued at the end of the "
            "extraordinary summit of the Arab League in Cairo on Thursday. The communiqué said "
            "member states would not recognise the annexation.\n",
            ["Arab League"],
        ),
        (
            "Forum ends\n\nLeaders wrapped up two days of talks on Thursday. Their pledge came in "
            "a communique released after the annual summit of the Pacific Islands Forum in Apia. "
            "The communique said members would back a regional climate fund.\n",
            ["Pacific Islands Forum"],
        ),
        (
            "Ministers meet\n\nThe plan appeared in a statement issued at the meeting of the "
            "Shanghai Cooperation Organisation in Astana on Tuesday. The statement said the bloc "
            "opposed any deployment of missiles in space.\n",
            ["Shanghai Cooperation Organisation"],
        ),
    ],
)
def test_a_document_adopted_at_a_bodys_meeting_is_the_bodys(text: str, who: list) -> None:
    """ "a communiqué issued at the end of the summit of the Arab League ... The communiqué
    said": a document speaks for the body whose meeting adopted it, and "communiqué" with its
    accent is the same document as "communique"."""
    assert [speaker for speaker, _ in _said(text)] == who


_NEWSLETTER = """Weekly Briefing: Sahel Talks Stall As Deadline Nears

By Jo Example

Welcome to the Sahel Brief, our newsletter on security and diplomacy in West Africa.

The Big Picture: Mediators met in Lome on June 12. Togolese Foreign Minister Robert Dussey \
said on Monday that the talks had been "frank but useful."

Key Takeaways: The junta's envoy left early. Diplomats expect a new round in July.

The Big Picture: ECOWAS Commission President Omar Alieu Touray said on Tuesday that the \
bloc would keep its sanctions in place.

Key Takeaways: No date has been set for the next summit.
"""


def test_a_newsletters_run_in_headings_are_no_speakers() -> None:
    """ "The Big Picture:", "Key Takeaways:": headings that read as names, but that no
    sentence of the page names; the speakers are the people the paragraphs name."""
    assert {speaker for speaker, _ in _said(_NEWSLETTER)} == {"Robert Dussey", "Omar Alieu Touray"}


def test_an_interview_labels_its_guest_by_the_name_the_intro_gives() -> None:
    """Near miss: "Amina Diallo:" labels the guest the introduction names; her answers stay hers."""
    text = (
        "Interview with Amina Diallo\n\nForeign Minister Amina Diallo spoke to our correspondent "
        "in Dakar.\n\nQ: Will the bloc lift sanctions?\n\nAmina Diallo: We will lift them once "
        "the transition calendar is published and respected by all sides.\n\nQ: When?\n\nAmina "
        "Diallo: I expect a decision at the summit in July, not before that meeting.\n"
    )
    assert {speaker for speaker, _ in _said(text)} == {"Amina Diallo"}


@pytest.mark.parametrize("phrase", ["December", "Monday", "Yesterday", "last Tuesday", "Sept"])
def test_a_phrase_of_time_is_no_speaker(phrase: str) -> None:
    """ "On her first day in office, December 1, she said": a month, a weekday or "today"
    set off before the subject tells when, and is never who speaks."""
    assert parse_speaker(phrase) is None


def test_a_day_set_off_before_the_subject_is_not_who_spoke() -> None:
    text = (
        "Envoy in Kyiv\n\n- Roe is not new to the file. On her first day in office, December 1, "
        "she travelled to Kyiv with Council President Jan Novak and said the bloc "
        '"wants Ukraine to win."\n'
    )
    assert "December" not in {speaker for speaker, _ in _said(text)}


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "Council of Europe Commissioner for Human Rights Dana Petrova said the law must be "
            "withdrawn.",
            "Dana Petrova",
        ),
        (
            "Council of the Baltic Sea States Director for Civil Security Erik Lund said on Monday "
            "that drills would resume.",
            "Erik Lund",
        ),
    ],
)
def test_a_post_right_after_a_bodys_name_is_held_by_the_one_named_after_it(
    sentence: str, who: str
) -> None:
    """ "Council of Europe Commissioner for Human Rights X": the post follows the body's name,
    so the words after its field name its holder; a body's own post follows "of the"."""
    assert _speakers(f"Rights watchdog speaks\n\n{sentence}\n") == [who]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Office of the High Commissioner for Human Rights said the trial was unfair.",
        "The Office of the Special Envoy for Yemen said the talks would resume.",
        "The Office of the UN High Commissioner for Refugees (UNHCR) said the camp was full.",
    ],
)
def test_a_bodys_own_post_after_of_the_is_part_of_its_name(sentence: str) -> None:
    found = extract(f"Rights watchdog speaks\n\n{sentence}\n", published=FRIDAY)
    assert [s.speaker_type for s in found] == ["institution"]
