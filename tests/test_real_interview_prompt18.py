"""An interview that labels only its first exchange (issue 8, round eighteen): its later
questions stand in paragraphs of their own, and one prompt is put as a statement that tells
what someone said ("In March the chancellor said ... Many in Skopje were dismayed."). That
paragraph is the interviewer's, and the exchange goes on below it: the paragraph after it,
and the answers after later questions, are the guest's. Past the last question's answer, a
paragraph relaying someone's words is the page's report again. Each test in new words
written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

FRIDAY = datetime.date(2024, 3, 8)

PAGE = (
    "Radio Balkan | Politics\n\n"
    "Ana Petrova: 'Enlargement cannot wait for another decade'\n\n"
    "North Macedonia's deputy foreign minister Ana Petrova was in Berlin this week. She spoke "
    "to Radio Balkan about the accession talks.\n\n"
    "Radio Balkan: Ms. Petrova, you met the German chancellor's adviser. What did you ask "
    "for?\n\n"
    "Ana Petrova: We asked for a date. Our reforms are done, and we told our partners that "
    "our citizens are losing patience with promises.\n\n"
    "Is Skopje ready to make more concessions?\n\n"
    "We have made concessions for thirty years. We changed the name of our country. There is "
    "a limit to what any government can ask of its voters.\n\n"
    "In March the German chancellor said that the union was not ready to take in new members "
    "before it reformed itself. Many in Skopje were dismayed.\n\n"
    "The chancellor has since explained his words, and he has said that the door stays open. "
    "I understand the debate in Berlin, but reform in Brussels must not become a reason to "
    "keep us waiting.\n\n"
    "Will there be a decision this year?\n\n"
    "I hope so. Our partners know what is at stake for the whole region.\n\n"
    "Opposition leader Marko Ilievski said on Thursday that the government had given away too "
    "much.\n"
)


def _said() -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in extract(PAGE, published=FRIDAY)]


def test_the_answer_after_a_prompt_put_as_a_statement_is_the_guests() -> None:
    found = _said()
    assert any(
        who == "Ana Petrova" and words.startswith("The chancellor has since explained")
        for who, words in found
    )


def test_answers_after_later_questions_stay_the_guests() -> None:
    found = _said()
    assert any(who == "Ana Petrova" and words.startswith("I hope so") for who, words in found)


def test_the_prompt_and_the_report_after_the_last_answer_are_not_the_guests() -> None:
    found = _said()
    assert not any(
        who == "Ana Petrova" and ("new members" in words or "given away" in words)
        for who, words in found
    )
