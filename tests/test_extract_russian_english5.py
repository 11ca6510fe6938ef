"""Failure classes found by running the extractor on Russian news in English (TASS, RIA
Novosti, RT, Sputnik, Interfax, the Kremlin's and the Foreign Ministry's English pages):
statements found with their speaker dropped or misnamed (issue 8, fifth round). Each test is
in new words written here.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

TUESDAY = datetime.date(2024, 6, 11)


def run(text: str, published: datetime.date | None = TUESDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_state_s_long_name_in_a_title_is_no_part_of_the_name_after_it() -> None:
    # "... of the Russian Federation Sergey Ryabkov": the state's name ends the title, the
    # person's begins after it; the state is the one the post serves
    text = (
        "MOSCOW, June 11. /TASS/. Moscow has had no reply to its proposals on the fishing "
        "quotas, Deputy Minister of Foreign Affairs of the Russian Federation Andrey Rudenko "
        "said on Tuesday.\n\n"
        '"The ball is in their court," Rudenko noted.\n\n'
        "Minister of Foreign Affairs of the Syrian Arab Republic Faisal Mekdad said the "
        "consultations would go on in Damascus."
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Andrey Rudenko", "Andrey Rudenko", "Faisal Mekdad"]
    assert found[2].institution == "Syrian Foreign Ministry"
