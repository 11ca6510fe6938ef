"""Interview pages after the round's blind sets were scored (issue 8, tenth round): each
test in new words written here; the sets' texts stay outside the repository."""

from __future__ import annotations

import datetime

from tracker.extract import extract

MONDAY = datetime.date(2025, 3, 10)

# A Korean daily's interview: a photo caption naming the guest, the district and the
# photographer, then "Q." and "A." excerpts.
CAPTIONED_INTERVIEW = """\
[INTERVIEW] Nordic envoy sees room for more trade

Published: 10 Mar. 2025, 07:00

Lena Holm, ambassador of Sweden to Korea, speaks during an interview at the embassy in \
Mapo District, western Seoul, on Thursday. [KIM JI-HO]

Lena Holm, Sweden's envoy in Seoul, sat down with the paper on Thursday. The following are \
edited excerpts.

Q. How do you see trade between the two countries?

A. There is room for much more. Our companies want to invest in batteries and shipbuilding.

Q. And security?

A. Security in Europe and in Asia can no longer be separated.
"""


def test_a_captions_place_and_photographer_leave_the_guest_to_answer() -> None:
    # the caption named three "people" (the guest, "Mapo District" and the photographer's
    # credit), so no one was the guest and every answer was lost
    found = extract(CAPTIONED_INTERVIEW, published=MONDAY)
    answers = [s for s in found if s.kind == "direct"]
    assert [s.speaker for s in answers] == ["Lena Holm", "Lena Holm"]
    assert answers[0].text.startswith("There is room for much more.")


# A Russian daily's interview: the questions in bold, unlabelled; each answer opens with the
# guest's full name, which also heads the page over the reporter's introduction.
UNLABELLED_QUESTIONS = """\
Известия, 10.03.2025

Ирина Ковалева: Мы готовы к диалогу, но не любой ценой

Посол России в Финляндии Ирина Ковалева рассказала «Известиям» о пограничном режиме и о \
перспективах консультаций.

Ирина Викторовна, когда может открыться граница?

Ирина Ковалева: Решение за финской стороной. Мы неоднократно предлагали обсудить этот \
вопрос на уровне экспертов.

Есть ли контакты между министерствами?

Ирина Ковалева: Контакты есть, но они носят технический характер. Политического диалога \
пока не получается.
"""


def test_answers_under_unlabelled_questions_are_the_guests() -> None:
    found = extract(UNLABELLED_QUESTIONS, published=MONDAY)
    answers = [s for s in found if s.text.startswith(("Решение", "Контакты"))]
    assert [s.speaker for s in answers] == ["Ирина Ковалева", "Ирина Ковалева"]
    # the reporter's introduction under the headline is nobody's turn
    assert not [s for s in found if s.text.startswith("Посол России")]


# A South Asian daily's interview: the intro says when the guest spoke, after a sentence of
# its own that says what he "will" do; the Q&A follows with the paper's name as the asker.
INTERVIEW_SPOKE_ON = """\
Interview
'We will not sign a deal that divides the river'

Water Resources Adviser Farid Chowdhury on the Teesta talks

Nadia Karim
Publish : 12 Mar 2025, 09:00 AM

Water Resources Adviser Farid Chowdhury has said the government will not accept any deal \
that cuts the dry-season flow. He spoke to Daily Sun at the secretariat on Monday, a day \
after the joint commission met. Excerpts:

Daily Sun: Is a treaty close?

Farid Chowdhury: Not yet. The numbers on the table do not protect our farmers.

Daily Sun: What would change your mind?

Farid Chowdhury: A guaranteed minimum flow, written into the text and monitored jointly.
"""


def test_an_interview_is_dated_by_the_day_its_intro_says_the_guest_spoke() -> None:
    # "... will not accept ... He spoke to Daily Sun on Monday": the "will" of the sentence
    # before made Monday a day to come, and the answers took the page's day
    found = extract(INTERVIEW_SPOKE_ON, published=datetime.date(2025, 3, 12))
    answers = [s for s in found if s.kind == "direct"]
    assert [(s.speaker, s.said_on) for s in answers] == [
        ("Farid Chowdhury", "2025-03-10"),
        ("Farid Chowdhury", "2025-03-10"),
    ]


def test_a_note_on_when_the_talk_took_place_dates_the_answers() -> None:
    # "Беседа состоялась в минувший вторник": the day of the interview, not of the issue
    text = UNLABELLED_QUESTIONS.replace(
        "о перспективах консультаций.",
        "о перспективах консультаций. Беседа состоялась в минувший вторник в Хельсинки.",
    )
    found = extract(text, published=MONDAY)
    answers = [s for s in found if s.text.startswith(("Решение", "Контакты"))]
    assert [s.said_on for s in answers] == ["2025-03-04", "2025-03-04"]
