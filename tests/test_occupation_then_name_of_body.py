"""An occupation of two words before a name, then "of" a body ("Political scientist X of
Moscow State University", "Defence analyst X of Chatham House"): the name is the speaker, the
occupation the role, the body the institution, even when the body's name has no head noun; a
peer's "of" stays in the peer's name."""

import datetime

import pytest

from tracker.extract import extract


@pytest.mark.parametrize(
    ("sentence", "speaker", "role", "institution"),
    [
        (
            "Political scientist Ivan Petrov of Moscow State University said the deal would hold.",
            "Ivan Petrov",
            "Political Scientist",
            "Moscow State University",
        ),
        (
            "Defence analyst Maria Lind of Chatham House said the summit had changed little.",
            "Maria Lind",
            "Defence Analyst",
            "Chatham House",
        ),
        (
            "Baroness Ruth Holloway of Kendal said the bill would return to the Lords.",
            "Baroness Ruth Holloway of Kendal",
            None,
            None,
        ),
    ],
)
def test_the_name_is_the_speaker_and_the_body_its_institution(sentence, speaker, role, institution):
    found = extract(f"Talks stall\n\n{sentence}\n", published=datetime.date(2024, 3, 15))
    assert [(s.speaker, s.role, s.institution) for s in found] == [(speaker, role, institution)]
