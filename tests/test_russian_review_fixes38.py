"""Round thirty, faults the round's own Russian rules brought in (helper fxr38): a body after
"в"/"на" and a noun of place or occasion ("На брифинге Кремль назвал") is the subject, only
a noun of retelling ("в изложении МИД") owns the body after it; "Согласно сообщению" after a
person who just put out a message is that person's, and a body that told of someone else is
no readout's issuer; "Согласно турецкому сообщению, президент указал ..." and "согласно этому
сообщению" with no owner named are no document cue; "Китайский представитель" is the nearest
envoy of that country, and no minister at an occasion of its own; a bare "МИД" after another
has spoken since a foreign spokesman is that spokesman's ministry; "он" after reported words
naming another man, which point back to the ambassador by his post, is the ambassador. Each
test in new words; each fails on the round's first wave (0cab1713)."""

from __future__ import annotations

import datetime

_DAY = datetime.date(2024, 10, 15)


def _said(text: str) -> list[tuple[str | None, str]]:
    from tracker.extract import extract

    return [(s.speaker, s.text) for s in extract(text, published=_DAY)]


def _by(said: list[tuple[str | None, str]], words: str) -> list[str | None]:
    return [s for s, t in said if words in t]


def test_a_body_after_a_place_or_occasion_is_the_subject() -> None:
    said = _said(
        "Кремль ответил Берлину\n\n"
        "МОСКВА, 15 октября. /ТАСС/. На брифинге Кремль назвал претензии Берлина надуманными.\n\n"
        "В ответ МИД Германии заявил, что продолжит поддерживать Киев.\n\n"
        "На заседании Генассамблеи ООН в понедельник турецкий делегат заявил, что Анкара "
        "готова к посредничеству.\n"
    )
    assert _by(said, "претензии Берлина") == ["Кремль"], said
    assert _by(said, "продолжит поддерживать") == ["МИД Германии"], said
    assert not any(s == "ООН" for s, _ in said), said


def test_a_message_the_person_just_put_out_is_the_persons() -> None:
    said = _said(
        "Лавров ответил на заявления Варшавы\n\n"
        "МОСКВА, 15 октября. /РИА Новости/. МИД Польши в понедельник заявил, что закрывает "
        "российское консульство в Познани.\n\n"
        "Министр иностранных дел России Сергей Лавров разместил сообщение на сайте "
        "ведомства. Согласно сообщению, Россия ответит зеркально.\n"
    )
    assert _by(said, "ответит зеркально") == ["Сергей Лавров"], said


def test_a_body_that_told_of_someone_else_issues_no_readout() -> None:
    said = _said(
        "Мирзиёев обсудил с Путиным энергетику\n\n"
        "МОСКВА, 15 октября. /ТАСС/. МИД Латвии в понедельник заявил, что высылает "
        "российского дипломата.\n\n"
        "Президент Узбекистана Шавкат Мирзиёев поблагодарил российского коллегу за поддержку. "
        "Согласно сообщению, лидеры договорились о новых встречах.\n"
    )
    assert not any(s == "МИД Латвии" and "новых встречах" in t for s, t in said), said


def test_a_readout_with_no_owner_named_leaves_the_clause_its_own_speaker() -> None:
    said = _said(
        "Пезешкиан провел разговор с Эрдоганом\n\n"
        "ТЕГЕРАН, 15 октября. /ТАСС/. Пресс-служба президента Ирана сообщила, что Масуд "
        "Пезешкиан обсудил с Эрдоганом положение в Ливане. Согласно иранскому сообщению, "
        "президент Ирана также подчеркнул, что агрессия против Ливана недопустима.\n\n"
        "Беседа, согласно этому сообщению, заняла около часа.\n"
    )
    assert _by(said, "агрессия против Ливана") == ["Масуд Пезешкиан"], said
    assert not _by(said, "около часа"), said


def test_a_countrys_representative_is_its_nearest_envoy() -> None:
    said = _said(
        "Совбез ООН обсудил Судан\n\n"
        "НЬЮ-ЙОРК, 15 октября. /ТАСС/. Постоянный представитель Великобритании при ООН "
        "Барбара Вудворд заявила, что Лондон настаивает на перемирии. Премьер-министр "
        "Великобритании Кир Стармер ранее призвал к гуманитарной паузе. Британский "
        "представитель также отметила, что доступ для гуманитариев должен быть открыт.\n\n"
        "Министр иностранных дел Индии Субраманьям Джайшанкар в ходе встречи с Лавровым "
        "призвал к диалогу. На переговорах в Вене индийский представитель отметил, что Нью-Дели "
        "против односторонних мер.\n"
    )
    assert _by(said, "доступ для гуманитариев") == ["Барбара Вудворд"], said
    assert not _by(said, "односторонних мер"), said


def test_a_bare_ministry_after_another_spoke_is_the_one_named() -> None:
    said = _said(
        "Сеул выразил протест\n\n"
        "МОСКВА, 15 октября. /ТАСС/. Официальный представитель МИД Республики Корея Ли Чжэ "
        "Ун заявил во вторник, что Сеул протестует против визита российских военных.\n\n"
        "Пресс-секретарь президента России Дмитрий Песков заявил, что визит носит рабочий "
        "характер.\n\n"
        "В МИД добавили, что вызовут российского посла для объяснений.\n"
    )
    assert not any(s == "МИД России" for s, _ in said), said


def test_he_after_words_that_point_back_to_the_ambassador_is_the_ambassador() -> None:
    said = _said(
        "Посол России прибыл в МИД Франции\n\n"
        "ПАРИЖ, 15 октября. /ТАСС/. Посол России во Франции Алексей Мешков во вторник "
        "посетил МИД Франции. Официальный представитель МИД России Мария Захарова сообщила, "
        "что директор департамента Фредерик Мондолони принял посла. Затем он заявил "
        "журналистам, что Москва требует ответа.\n"
    )
    assert _by(said, "Москва требует ответа") == ["Алексей Мешков"], said
