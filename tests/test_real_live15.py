"""Speakers on English live pages and in briefings retold in a story (issue 8, round
fifteen: classes taken from the open sets' errors). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2025, 3, 11)


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text[:24]) for s in extract(text, published=TUESDAY)]


def test_a_leaders_spokesperson_is_not_a_ministrys_spokesperson_named_before() -> None:
    # "the prime minister's spokesman": the aide of a head of government, left unnamed; not
    # the ministry's spokeswoman of another entry, nor the prime minister himself, and "the
    # spokesman" after him is that same aide
    text = (
        "Live: Baltic leaders meet in Riga\n\n"
        "10.15 GMT\n"
        "Moscow dismisses the talks\n\n"
        "Irina Volkova, the ministry's spokeswoman, said the meeting would change nothing "
        "on the ground.\n\n"
        "Share\n\n"
        "09.40 GMT\n"
        "Downing Street on the summit\n\n"
        "Mark Ellison's spokesman has been talking to reporters in Westminster.\n\n"
        "The prime minister's official spokesman said the UK would send two more frigates "
        "to the region this spring.\n\n"
        "Asked about the cost, the spokesman said the money was already in the budget.\n\n"
        "Share\n"
    )
    assert _speakers(text)[1:] == [
        ("The prime minister's official spokesman", "the UK would send two mo"),
        ("The prime minister's official spokesman", "the money was already in"),
    ]


def test_a_platform_posted_on_is_no_person_a_description_could_mean() -> None:
    # "posts on Truth Social": the paragraph before names one person, Donald Trump, and
    # where he posted; "the US president" in the next paragraph is he
    text = (
        "Gulf envoys gather in Muscat as it happened\n\n"
        "08.20 GMT\n"
        "Trump weighs in\n\n"
        "Before dawn, Donald Trump shared two long posts on Truth Social about the talks.\n\n"
        "The US president wrote that a deal was within reach and that the sanctions would "
        "stay until it was signed.\n\n"
        "Share\n"
    )
    assert {speaker for speaker, _ in _speakers(text)} == {"Donald Trump"}


def test_two_fronted_phrases_before_a_body_that_issued_a_statement() -> None:
    # "Earlier today, before the vote opened, X's office issued a statement saying ...": two
    # phrases of time put first, then the subject, the office, which the participle goes
    # back to (not the person whose office it is)
    text = (
        "Earlier today, before the vote opened, Greek Prime Minister Nikos Andreou's office "
        "issued a statement saying the border crossings would stay open all week."
    )
    assert [s.speaker_type for s in extract(text, published=TUESDAY)] == ["institution"]


def test_a_counterpart_named_in_apposition_is_the_participles_subject() -> None:
    # "Her Bolivian counterpart, X, struck the same tone, telling reporters that ...": the
    # description runs to its noun, and the name set off after it is who spoke
    text = (
        "The two foreign ministers met in Lima on Monday.\n\n"
        "Her Bolivian counterpart, Rafael Quispe Mamani, struck the same tone, telling "
        'reporters that the new rail link would "change the map" of trade in the Andes.'
    )
    assert [s.speaker for s in extract(text, published=TUESDAY)] == ["Rafael Quispe Mamani"]
