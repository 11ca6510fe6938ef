"""A courtesy title is how a person is addressed, no part of the name: "Господин Лавров,"
opening a journalist's question must not become the name of the minister whose turns are
labelled "С.В.Лавров:". Text written here, in the manner of a ministry's transcript."""

import datetime

from tracker.extract import extract

TRANSCRIPT = (
    "Министерство иностранных дел Российской Федерации\n\n"
    "Главная / Пресс-служба / Выступления Министра\n\n"
    "Выступление и ответы на вопросы СМИ Министра иностранных дел Российской Федерации "
    "С.В.Лаврова в ходе совместной пресс-конференции с Министром иностранных дел Венгрии "
    "П.Сийярто, Москва, 14 марта 2024 года\n\n"
    "П.Сийярто (говорит по-венгерски, перевод): Благодарю за приглашение. Мы обсудили "
    "поставки энергоносителей.\n\n"
    "С.В.Лавров: Спасибо, дорогой Петер. Мы провели обстоятельные переговоры.\n\n"
    "Вопрос (венгерские СМИ): Господин Лавров, когда состоится следующий раунд консультаций?\n\n"
    "С.В.Лавров: Сроки согласуем по дипломатическим каналам.\n\n"
    "Вопрос (российские СМИ): Господин Сийярто, будет ли продлен контракт?\n\n"
    "П.Сийярто (перевод): Контракт будет продлен на прежних условиях.\n"
)


def test_a_name_after_a_courtesy_title_is_the_labelled_speaker_s() -> None:
    found = extract(TRANSCRIPT, published=datetime.date(2024, 3, 14))
    speakers = {s.speaker for s in found if s.speaker}
    assert not any(name.startswith(("Господин", "Госпожа")) for name in speakers)
    said = {s.text[:20]: s.speaker for s in found}
    assert said["Сроки согласуем по д"].endswith("Лавров")
    assert said["Контракт будет продле"[:20]].endswith("Сийярто")
