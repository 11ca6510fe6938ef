"""Speech acts of readouts and statements (issue 8, round nineteen): "X congratulated Y on
Z" gives good wishes with what they are for, words of a call readout or a leader's
statement as "thanked Y for Z" is; a bare "congratulated Y." with nothing after it is a
gesture, no words. Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2024, 7, 2)


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=TUESDAY)]


def _by(text: str, speaker: str) -> list[str]:
    return [t for who, t in _said(text) if who == speaker]


def test_readout_congratulated_counterpart_on_an_election() -> None:
    text = (
        "Secretary Lowe's Call with Foreign Minister Abara\n\n"
        "Secretary of State Dana Lowe spoke today with Foreign Minister Tomas Abara. The "
        "Secretary congratulated the Foreign Minister on the peaceful conduct of the "
        "general election. The two also discussed regional security."
    )
    assert any("peaceful conduct" in t for t in _by(text, "Dana Lowe"))


def test_wire_congratulated_with_a_phrase_of_his_own() -> None:
    text = (
        "ADDIS ABABA, July 2 - The regional bloc's chairman, Samuel Oduya, in a statement, "
        'congratulated the two parties on what he called "a brave first step" towards '
        "peace."
    )
    assert any("brave first step" in t for t in _by(text, "Samuel Oduya"))


def test_letter_congratulated_him_and_a_participle() -> None:
    text = (
        "In a letter, Premier Hu Danfeng congratulated him on his appointment, saying the "
        "two countries would deepen their trade ties."
    )
    assert any("his appointment" in t for t in _by(text, "Hu Danfeng"))


def test_bare_congratulations_are_a_gesture() -> None:
    text = "President Ilse Marwitz congratulated Novak. The talks will resume in August."
    assert _by(text, "Ilse Marwitz") == []


def test_congratulatory_message_is_no_verb_of_saying() -> None:
    text = "The king sent a congratulatory cable to the new president on Tuesday."
    assert _said(text) == []


def _speakers(text: str) -> list[str | None]:
    return [s.speaker for s in extract(text, published=TUESDAY)]


def test_release_post_by_its_initials_is_the_minister_holding_it() -> None:
    text = (
        "1. External Affairs Minister Dr. R. Menon held talks today in Lisbon with Foreign "
        "Minister of Portugal Mr. Paulo Rangel. The talks covered trade and energy.\n\n"
        "2. EAM noted that the two countries had doubled their trade in five years. He also "
        "underlined the potential of green hydrogen.\n\n"
        "3. Foreign Minister Rangel welcomed India's interest in Portuguese ports."
    )
    assert _speakers(text) == ["R. Menon", "R. Menon", "Paulo Rangel"]


def test_the_fm_and_the_pm_after_the_named_holders() -> None:
    text = (
        "DHAKA, July 2 - Prime Minister Farid Hasan met visiting Foreign Minister Noor "
        "Alam of Malaysia on Tuesday.\n\n"
        "Foreign Minister Salma Chowdhury later told reporters the two sides had agreed "
        "to resume palm oil talks. The FM added that a visa deal was close.\n\n"
        "The PM said Bangladesh wanted more Malaysian investment in its ports."
    )
    assert _speakers(text) == ["Salma Chowdhury", "Salma Chowdhury", "Farid Hasan"]
