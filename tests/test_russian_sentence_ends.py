""" "в нем." ends a sentence: the pronoun, not "нем." for German.

"Россия приостанавливает свое участие в нем. «Прежде чем ...», – сказал глава государства."
was one sentence, so the trailing attribution took the sentence before as its words (read
set w29c). Articles written here.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2023, 2, 21)


def test_a_pronoun_in_before_a_stop_ends_the_sentence() -> None:
    text = (
        "МОСКВА, 21 февраля. /ТАСС/.\n\nПрезидент России Владимир Путин выступил с посланием. "
        "Президент подчеркнул, что Россия не выходит из договора, а приостанавливает участие "
        "в нем. «Мы должны понять, как будут учитываться арсеналы Франции», – сказал глава "
        "государства.\n"
    )
    found = extract(text, published=TUESDAY)
    assert [s.text.split()[0] for s in found] == ["Россия", "Мы"]


def test_an_amount_cut_short_before_a_lower_case_word_goes_on() -> None:
    text = (
        "МОСКВА, 21 февраля. /ТАСС/.\n\nМинистр финансов Антон Силуанов заявил, что бюджет "
        "получит 5 млн. рублей дополнительно.\n"
    )
    found = extract(text, published=TUESDAY)
    assert [s.text for s in found] == ["бюджет получит 5 млн. рублей дополнительно"]
