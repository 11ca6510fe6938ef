"""Russian classes found on a fresh blind set of Russian-language pages (wire agencies,
dailies, Caucasian and Central Asian outlets writing in Russian), each written again in
new words for its test.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

FRIDAY = datetime.date(2025, 3, 14)


def said(text: str, published: datetime.date = FRIDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_claim_answered_is_not_the_answer() -> None:
    # "ответил на обвинения в том, что ...": the clause belongs to the accusation, which the
    # speaker answers; it is not what the speaker said
    text = (
        "МОСКВА, 14 марта. /ТАСС/. Глава МИД России Сергей Лавров в пятницу ответил на "
        "упреки в том, что Москва затягивает обмен пленными. Официальный представитель МИД "
        "Мария Захарова отреагировала на обвинения в том, что российские дипломаты "
        "саботируют работу комиссии.\n"
    )
    assert said(text) == []


def test_a_claim_denied_is_not_what_the_denier_said() -> None:
    # "опроверг утверждения о том, что X": X is what the speaker denies
    text = (
        "МОСКВА, 14 марта. /ТАСС/. Пресс-секретарь президента РФ Дмитрий Песков опроверг "
        "утверждения о том, что Кремль готовит перестановки в правительстве.\n"
    )
    assert said(text) == []


def test_a_claim_whose_maker_is_named_is_the_makers() -> None:
    # "прокомментировал обвинения Госдепартамента в том, что ...": as with "слова X о том,
    # что", the clause is the named maker's claim
    text = (
        "ВАШИНГТОН, 14 марта. /ТАСС/. Посол России в США Александр Дарчиев прокомментировал "
        "обвинения Госдепартамента в том, что Россия нарушает договоренности по консульствам.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Госдепартамент"]
    assert found[0].text.startswith("Россия нарушает")
