"""Round thirty-six, English pages of multilateral bodies and Western governments: a
question marked by a bare Q whose topic a dash sets off ("Q On Gaza \u2014 ...?", "Q Mr.
President \u2014 ...?", the White House's transcripts) asks; it is no speaker's label, nor
part of the turn above it; a second clause joined by "and" or "but" that opens on its time
with no comma (", and last week he warned ...", "but in March she argued ...") has the
pronoun for its subject, not the time and the pronoun together; a day told in a first
speaker's clause ("X said on Sunday that ...") is not the day of a second speaker's clause
joined on by "while" or "whereas" (", while Y said on Telegram that ..."), which tells none
of its own (a day opening the sentence covers both); "the Chairperson-in-Office" of an OSCE
release is the minister the story named with the year's Chairpersonship, not another
foreign minister named since. Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

_DAY = datetime.date(2024, 5, 7)


def test_bare_q_with_a_dashed_topic_asks_and_ends_the_turn_above() -> None:
    text = (
        "Press Gaggle by Press Secretary Karine Jean-Pierre and National Security Advisor "
        "Jake Sullivan\n"
        "Aboard Air Force One\n"
        "En Route Paris, France\n\n"
        "MS. JEAN-PIERRE: Good morning. I have Jake with me, and he will walk you through the "
        "schedule.\n\n"
        "MR. SULLIVAN: Thanks. The President lands in Normandy this afternoon and will meet "
        "veterans of the landings tomorrow.\n\n"
        "Q On Rafah \u2014 the Israelis moved tanks in overnight. Is that the operation you warned "
        "against?\n\n"
        "MR. SULLIVAN: We are watching closely. What we have seen so far is limited in scope.\n\n"
        "MS. JEAN-PIERRE: Last one for Jake.\n\n"
        "Q On the students \u2014 will the President speak about the campus protests?\n\n"
        "MS. JEAN-PIERRE: He spoke to that on Thursday, and I would point you to his words.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Karine Jean-Pierre", "Good morning. I have Jake", "2024-05-07"),
            ("Jake Sullivan", "Thanks. The President lands", "2024-05-07"),
            ("Jake Sullivan", "We are watching closely.", "2024-05-07"),
            ("Karine Jean-Pierre", "He spoke to that on Thursday", "2024-05-07"),
        ],
    )
    assert not [s.text for s in extract(text, published=_DAY) if "Q On" in s.text]


def test_bare_q_addressing_someone_before_a_dash_is_no_turn_of_the_speaker_above() -> None:
    text = (
        "Remarks by President Biden and Prime Minister Kishida Before Bilateral Meeting\n"
        "Oval Office\n\n"
        "THE PRESIDENT: Fumio, welcome. Our alliance has never been stronger, and today we "
        "take it further.\n\n"
        "PRIME MINISTER KISHIDA: Thank you, Joe. Japan stands with the United States.\n\n"
        "Q Mr. President \u2014 the steel deal. Will you block it?\n\n"
        "THE PRESIDENT: I have said what I have to say on that.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Biden", "Fumio, welcome.", "2024-05-07"),
            ("Kishida", "Thank you, Joe.", "2024-05-07"),
            ("Biden", "I have said what I have", "2024-05-07"),
        ],
    )
    assert not [s.text for s in extract(text, published=_DAY) if "steel deal" in s.text]


def test_time_then_pronoun_after_and_is_the_pronouns_clause() -> None:
    text = (
        "Trade Minister Petra Novak toured the port on Tuesday.\n\n"
        'The minister had earlier called the tariffs "a mistake", and last week she warned '
        "that exporters would lose their biggest market.\n\n"
        "Agriculture Minister Tomas Berg met farmers in Uppsala. He has backed the subsidy "
        "scheme, but in April he argued that it should be capped.\n\n"
        "Defence Minister Lena Dahl visited the base. She thanked the crews, and yesterday "
        "she said that two new frigates would be ordered.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Petra Novak", "the tariffs", "../2024-05-07"),
            ("Petra Novak", "exporters would lose", "2024-04-29/2024-05-05"),
            ("Tomas Berg", "it should be capped", "2024-04"),
            ("Lena Dahl", "two new frigates", "2024-05-06"),
        ],
    )


def test_day_of_the_first_speakers_clause_is_not_the_joined_speakers() -> None:
    text = (
        "VIENNA, May 7 (Reuters) - Shelling near the plant went on overnight.\n\n"
        "Energoatom chief Petro Kotin said on Sunday that a transformer had been damaged, while "
        "Renat Karchaa, an adviser to the Russian-installed management, said on Telegram "
        "that the drone had been shot down.\n\n"
        "Dutch Foreign Minister Caspar Veldkamp told reporters on Friday that The Hague "
        "would fund more demining, while Belgian Foreign Minister Maxime Prevot said in an "
        "interview that the money should come from frozen assets.\n\n"
        "On Saturday, the Russian defence ministry said its forces had repelled a raid, "
        "while the Ukrainian navy said two patrol boats had been sunk.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Petro Kotin", "a transformer had been damaged", "2024-05-05"),
            ("Renat Karchaa", "the drone had been shot down", "2024-05-07"),
            ("Caspar Veldkamp", "The Hague would fund", "2024-05-03"),
            ("Maxime Prevot", "the money should come", "2024-05-07"),
            ("Russian Defence Ministry", "its forces had repelled", "2024-05-04"),
            ("Ukrainian Navy", "two patrol boats", "2024-05-04"),
        ],
    )


def test_chairperson_in_office_is_the_minister_named_with_the_chairpersonship() -> None:
    text = (
        "OSCE\n\nPress Release\n\n"
        "VALLETTA, 7 May 2024 \u2013 Maltese Foreign Minister Ian Borg set out the goals of "
        "Malta's Chairpersonship to the Permanent Council today.\n\n"
        "Russian Foreign Minister Sergey Lavrov did not attend, and Ukrainian Foreign Minister "
        "Dmytro Kuleba said the Organization had to hold Moscow to account.\n\n"
        '"Our rules are only as strong as our will to defend them," said the '
        "Chairperson-in-Office.\n\n"
        "The Chairperson-in-Office told delegates that he would visit Moldova in June.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Dmytro Kuleba", "the Organization had to hold", "2024-05-07"),
            ("Ian Borg", "Our rules are only as strong", "2024-05-07"),
            ("Ian Borg", "he would visit Moldova", "2024-05-07"),
        ],
    )
