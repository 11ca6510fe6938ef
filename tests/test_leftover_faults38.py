"""Faults left open in earlier rounds (round thirty, helper lf38). "Согласно сообщению, ..."
after a person's remark is a body's written message (the readout's issuer, the last body
to speak), never the person's; "Sheikh Mohammed" is the one styled "Sheikh" when two names
open with "Mohammed" (a crown prince, styled "Prince", named later); "the military" a whole
paragraph past the force named last is the story's own force (its dateline state's, else
its lead's), not one named in an aside; "он" that does not fit the last speaker, with a man
named since in the reported words, is no one rather than a man named sentences before; a
bare "МИД" in a Moscow story after a foreign ministry named only as a spokesman's body is
Moscow's. Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUB = datetime.date(2024, 11, 19)


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=PUB)]


def test_a_message_after_a_persons_remark_is_the_readouts() -> None:
    text = (
        "Путин и Токаев обсудили энергетические проекты\n\n"
        "Президент России Владимир Путин во вторник провел телефонный разговор с президентом "
        "Казахстана Касым-Жомартом Токаевым, сообщила пресс-служба Кремля.\n\n"
        "Путин поблагодарил казахстанского коллегу за поддержку совместных проектов.\n\n"
        "Согласно сообщению, собеседники договорились о новых контактах.\n"
    )
    said = _said(text)
    assert not any(s == "Владимир Путин" and "собеседники" in t for s, t in said), said
    assert any("Кремл" in (s or "") and "собеседники" in t for s, t in said), said


def test_a_message_with_no_body_before_is_no_ones() -> None:
    text = (
        "Оверчук встретился с вице-премьером Армении\n\n"
        "ЕРЕВАН, 19 ноября. /ТАСС/. Вице-премьер России Алексей Оверчук в среду провел "
        "переговоры с вице-премьером Армении Мгером Григоряном.\n\n"
        "Григорян, в свою очередь, отметил, что Ереван заинтересован в торговле с Москвой.\n\n"
        "Согласно сообщению, стороны обсудили работу межправкомиссии.\n"
    )
    said = _said(text)
    assert not any("межправкомиссии" in t for _, t in said), said


def test_sheikh_and_a_first_name_is_the_sheikh_not_a_prince_named_later() -> None:
    text = (
        "Kuwait urges restraint\n\n"
        "KUWAIT CITY, Nov 19 (KUNA) -- Kuwait's Foreign Minister Sheikh Salem bin Abdullah "
        "Al-Jaber Al-Sabah said on Tuesday the region could not afford another war.\n\n"
        "Sheikh Salem said Kuwait backed every effort at mediation.\n\n"
        "Saudi Arabia's Crown Prince Salem bin Khalid met Gulf envoys in Riyadh.\n"
    )
    said = _said(text)
    assert ("Salem bin Abdullah Al-Jaber Al-Sabah", "Kuwait backed every effort at mediation") in [
        (s, t.rstrip(".")) for s, t in said
    ], said


def _force_said(text: str, words: str) -> str | None:
    return next((s for s, t in _said(text) if words in t), None)


def test_the_military_paragraphs_on_is_the_storys_own_force() -> None:
    text = (
        "Philippines says Chinese vessels blocked resupply mission\n\n"
        "MANILA, Nov 19 (Reuters) - The Armed Forces of the Philippines said on Tuesday "
        "that Chinese coast guard ships had blocked a resupply mission near Second Thomas "
        "Shoal.\n\n"
        "Washington reaffirmed its defence treaty with Manila. Separately, the Japanese "
        "military said on Monday it had tracked Chinese carriers near Okinawa.\n\n"
        "Beijing has repeatedly rejected an international ruling on its claims.\n\n"
        "The military said the crew of its boat had been unharmed.\n"
    )
    assert _force_said(text, "crew of its boat") == _force_said(text, "resupply mission")


def test_the_military_past_a_neighbours_army_is_the_datelines_force() -> None:
    text = (
        "South Korea says North fired artillery near sea border\n\n"
        "SEOUL, Nov 19 (Yonhap) -- South Korea's military said Tuesday that North Korea had "
        "fired dozens of artillery rounds near the western sea border.\n\n"
        "In a separate report, the Japanese military said it had scrambled jets over the "
        "Sea of Japan.\n\n"
        "The firing came days after joint drills with the United States ended.\n\n"
        "The military said it was monitoring the North closely.\n"
    )
    said = _force_said(text, "monitoring the North closely")
    assert said is not None and "Japan" not in said, said


def test_the_military_after_a_far_aside_is_the_force_the_lead_names() -> None:
    text = (
        "Chad's army says it repelled raid near Lake Chad\n\n"
        "N'DJAMENA - The Chadian army said on Tuesday it had repelled an attack by militants "
        "on a base near Lake Chad.\n\n"
        "Last month the Nigerian Army said it had killed dozens of fighters across the "
        "border.\n\n"
        "The region has suffered years of insurgency. Aid groups say thousands have fled.\n\n"
        "The military said in a statement that four soldiers were wounded.\n"
    )
    said = _force_said(text, "four soldiers were wounded")
    assert said is not None and "Chad" in said, said


def test_he_after_reported_words_naming_another_man_is_no_one() -> None:
    for lead, words in (
        (
            "МОСКВА, 19 ноября. /РИА Новости/. Заместитель министра иностранных дел России "
            "Александр Грушко заявил во вторник, что альянс продолжает наращивать силы в "
            "Прибалтике.",
            "Официальный представитель МИД Мария Захарова в среду сообщила, что Москва "
            "направила ноту. По ее словам, посол Шульгин неоднократно обращал на это "
            "внимание партнеров.",
        ),
        (
            "Помощник президента России Александр Грушко в понедельник заявил, что Москва "
            "не получала новых предложений от ЕС.",
            "Как отметила глава евродипломатии Кая Каллас, постпред Чижов неоднократно "
            "получал приглашения на консультации.",
        ),
    ):
        text = (
            f"Москва ответила на заявления Брюсселя\n\n{lead}\n\n{words} Тогда он "
            "подчеркнул, что российская сторона примет ответные меры.\n"
        )
        said = _said(text)
        assert not any(s == "Александр Грушко" and "ответные меры" in t for s, t in said), said


def _ministry_said(dateline: str, lead: str, words: str) -> str | None:
    text = (
        f"Консультации по Корейскому полуострову\n\n{dateline} {lead}\n\n"
        "Как сообщили в МИД, очередной раунд консультаций пройдет в Сеуле осенью.\n"
    )
    return next((s for s, t in _said(text) if words in t), None)


def test_a_bare_ministry_in_a_moscow_story_is_moscows() -> None:
    said = _ministry_said(
        "МОСКВА, 19 ноября. /ТАСС/.",
        "Официальный представитель МИД КНДР Ким Чон Гук во вторник заявил, что Пхеньян "
        "готов к контактам с Москвой.",
        "очередной раунд",
    )
    assert said == "МИД России", said


def test_a_bare_ministry_after_that_ministry_spoke_or_at_its_seat_stays_it() -> None:
    # (near misses: both pass on the starting code too)
    spoke = _ministry_said(
        "МОСКВА, 19 ноября. /ТАСС/.",
        "МИД Южной Кореи выразил протест в связи с запуском ракеты.",
        "очередной раунд",
    )
    assert spoke is not None and "Росси" not in spoke, spoke
    seat = _ministry_said(
        "ПЕКИН, 19 ноября. /ТАСС/.",
        "Официальный представитель МИД КНР Линь Цзянь во вторник призвал стороны к сдержанности.",
        "очередной раунд",
    )
    assert seat is not None and "Росси" not in seat, seat
