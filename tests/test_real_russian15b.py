"""Russian news language behind the speaker and date errors left on the Russian articles of
the open sets (round 15, second wave): classes found in articles nobody here wrote, tested
in sentences written for these tests.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

# A daily's page of Thursday: its news is of the days before
THURSDAY = datetime.date(2024, 10, 17)


def said(text: str, published: datetime.date = THURSDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_name_after_a_preposition_is_no_subject() -> None:
    # "на брифинге с Брандтнером": a surname the dictionary lacks, in the instrumental,
    # governed by "с"; the subject is the president after it, and the one named with "с"
    # is never a speaker called "Брандтнером"
    text = (
        "Утренняя газета\n\n"
        "17.10.2024\n\n"
        "Визит канцлера Австрии Михаэля Брандтнера в Вильнюс прошел спокойно.\n\n"
        "На совместном брифинге с Брандтнером во вторник президент Литвы Антанас Мицкус "
        "заявил, что Литва рассчитывает на новые поставки газа через Польшу.\n\n"
        "Брандтнер отвечал коротко. Канцлер сказал, что Австрия не станет мешать "
        "соседям и поддержит общий план.\n"
    )
    found = [s.speaker for s in said(text)]
    assert "Брандтнером" not in found
    assert found[0] == "Антанас Мицкус"
