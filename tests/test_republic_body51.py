"""A body named by its kind and "республики" ("МИД республики", "во внешнеполитическом
ведомстве республики") is of the republic the story names as one ("Республика Казахстан",
"Киргизской Республики"), not the last body of its kind named, which in a story about a
republic answering Moscow is often Russia's. Where the story names no country as a republic,
or two, the words are read as before. Stories written here in the manner of a Russian
news site."""

from __future__ import annotations

import datetime

from tracker.extract import extract

# the republic's ministry never named: named by the republic, in the genitive
UNNAMED = (
    "Официальный представитель МИД России Мария Захарова в среду призвала Астану дать оценку "
    "выставке в Киеве. Организаторы выставки поблагодарили посольство Республики Казахстан "
    "за поддержку.\n"
    "Во внешнеполитическом ведомстве республики ответили, что дипломаты к выставке "
    "отношения не имеют.\n"
)
# the republic named by an adjective before; its ministry named in full first
ADJECTIVE = (
    "Министерство иностранных дел Киргизской Республики направило ноту протеста. Ранее МИД "
    "Таджикистана обвинил соседей в провокации на границе.\n"
    "В МИД республики подчеркнули, что граница должна оставаться спокойной.\n"
)
# the ministry named by the country's usual name, then Moscow's, then "МИД республики"
NAMED = (
    "Глава МИД Белоруссии Сергей Алейник прибыл в Москву, где его встретил Сергей Лавров. "
    "Накануне МИД России предложил провести консультации по делам Союзного государства.\n"
    "Делегация Республики Беларусь провела переговоры в Кремле. МИД республики заявил, что "
    "готов к консультациям.\n"
)
# near misses: a republic that is no state; two republics
REGION = (
    "Власти Республики Татарстан провели форум. Ранее МИД России сообщил о визите делегации "
    "из Индии.\n"
    "В МИД республики сообщили, что визит пройдёт в марте.\n"
)
TWO = (
    "Делегации Республики Казахстан и Республики Беларусь прибыли в Москву. Ранее МИД России "
    "сообщил о переговорах.\n"
    "В МИД республики заявили, что визит очень важен.\n"
)


def _read(text: str) -> list[tuple[str | None, str]]:
    return [
        (s.speaker, " ".join(s.text.split()[:3]))
        for s in extract(text, published=datetime.date(2023, 1, 11))
    ]


def test_a_ministry_of_the_republic_never_named_is_named_by_the_republic():
    assert ("МИД Казахстана", "дипломаты к выставке") in _read(UNNAMED)


def test_the_republic_named_by_its_adjective_is_the_ministry_named_before_of_it():
    assert (
        "Министерство иностранных дел Киргизской Республики",
        "граница должна оставаться",
    ) in _read(ADJECTIVE)


def test_the_republics_ministry_is_the_one_named_of_it_not_the_last_ministry():
    assert ("МИД Белоруссии", "готов к консультациям") in _read(NAMED)
    assert ("МИД России", "провести консультации по") in _read(NAMED)


def test_a_republic_that_is_no_state_or_two_republics_leave_the_reading_as_it_was():
    region, two = _read(REGION), _read(TWO)
    assert ("МИД России", "визит пройдёт в") in region
    assert not any(s and "Татарстан" in s for s, _ in region)
    assert not any(s and ("Казахстан" in s or "Белар" in s) for s, _ in two)
