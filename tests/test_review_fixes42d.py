"""rv42d: the noon-briefing relays (h42n) and the bare noun after "citing" (h42z) narrowed.

* F1: a labelless briefing's opening is one turn, but only up to the first question (or the
  "Questions and Answers" heading, or another briefer's section): each answer below is its
  own statement, and no journalist's question is inside one.
* F2: "He said ..." after a sentence on a post alone is relayed only in the briefer's opening
  with no one else's words relayed above (whom "he" would be read as), and the relay ends
  where the sentences stop going on with the post-holder; in a labelled answer the paragraph
  stays the briefer's.
* F3: a post alone with no day ("The Secretary-General made it clear that ...") starts no
  relay inside an answer; "expressed that support" tells no words.
* F4: "X, citing security concerns on Tuesday, said ...": the participle's day is the
  speaking's own again (the bare-noun lookahead is taken out).

Pages written here, in the manner of the UN's near-verbatim noon briefings, the State
Department's briefings and wire copy."""

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

BRIEFING_DAY = datetime.date(2023, 11, 14)  # a Tuesday
WIRE_DAY = datetime.date(2024, 3, 14)  # a Thursday

NOON_HEAD = (
    "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
    "14 November 2023\n\n"
    "The following is a near-verbatim transcript of today's noon briefing by Anna Brandt, "
    "Spokesperson for the Secretary-General.\n\n"
)

UNLABELLED_QUESTIONS = NOON_HEAD + (
    "Good afternoon.\n\n"
    "**Yemen\n\n"
    "Our colleagues delivered fuel to two hospitals in Hodeidah this morning, and more "
    "deliveries are planned for the coming days.\n\n"
    "**Libya\n\n"
    "The Security Council will hold a meeting on Libya this afternoon.\n\n"
    "**Questions and Answers\n\n"
    "Anna, on Yemen, the port was closed again overnight. Will the deliveries go ahead "
    "as planned?\n\n"
    "We are in touch with the port authorities. We hope the port reopens soon, and we will "
    "keep delivering as long as we can.\n\n"
    "And on Libya, do you expect the Council to adopt a statement?\n\n"
    "That is for the members of the Council to decide. I will share any outcome with you.\n"
)

TWO_BRIEFERS = (
    "Daily Press Briefing by the Offices of the Spokesperson for the Secretary-General and "
    "the Spokesperson for the General Assembly President\n\n"
    "14 November 2023\n\n"
    "The following is a near-verbatim transcript of today's noon briefing by Anna Brandt, "
    "Spokesperson for the Secretary-General, and Paolo Rossi, Spokesperson for the "
    "President of the General Assembly.\n\n"
    "Briefing by the Spokesperson for the Secretary-General\n\n"
    "**Security Council\n\n"
    "This afternoon, the Security Council will hold consultations on Cyprus.\n\n"
    "**Questions and Answers\n\n"
    "Asked about the talks on Cyprus, the Spokesperson said that the envoy would travel to "
    "the island next week.\n\n"
    "Briefing by the Spokesperson for the General Assembly President\n\n"
    "Good afternoon. The President of the General Assembly will travel to Nairobi tomorrow "
    "for the meeting on desertification.\n\n"
    "The President also met the Foreign Minister of Chile this morning and discussed the "
    "revitalization of the Assembly.\n"
)


def _statements(text: str, day: datetime.date = BRIEFING_DAY):
    return [(s.speaker, s.kind, s.text, s.said_on) for s in extract(text, published=day)]


def test_f1_each_answer_its_own_statement_and_no_question_inside() -> None:
    got = _statements(UNLABELLED_QUESTIONS)
    texts = [g[2] for g in got]
    assert all("?" not in t and "Will the deliveries" not in t for t in texts), got
    # the opening, read out whole, one turn
    assert any(
        t.startswith("Our colleagues delivered fuel") and "meeting on Libya" in t for t in texts
    ), got
    answers = [t for t in texts if t.startswith(("We are in touch", "That is for the members"))]
    assert len(answers) == 2, got
    assert all(g[0] == "Anna Brandt" for g in got), got


def test_f1_another_briefer_s_section_is_not_folded_into_the_first() -> None:
    got = _statements(TWO_BRIEFERS)
    assert not any("Cyprus" in g[2] and "Nairobi" in g[2] for g in got), got
    assert any(g[2].startswith("This afternoon, the Security Council") for g in got), got


LABELLED_HEAD = (
    "Noon briefing of 14 November 2023\n\n"
    "The following is a near-verbatim transcript of today's noon briefing by St\u00e9phane "
    "Dujarric, Spokesman for the Secretary-General.\n\n"
)

HE_SAID_AFTER_ANOTHER = LABELLED_HEAD + (
    "**Sudan\n\n"
    "The Emergency Relief Coordinator, Martin Griffiths, said this morning that the fighting "
    "in Darfur had cut off half a million people from aid.\n\n"
    "**Travel\n\n"
    "The Secretary-General will travel to Geneva next week for the refugee forum. He will "
    "also stop in Vienna. He said last month that no country can cope with such flows "
    "alone.\n\n"
    "Questions and Answers\n\n"
    "Question: Steph, any news on Haiti?\n\n"
    "Spokesman: Nothing new from the mission today.\n"
)


def test_f2_he_said_is_not_the_one_relayed_above() -> None:
    got = _statements(HE_SAID_AFTER_ANOTHER)
    alone = [g for g in got if g[2].startswith("no country can cope")]
    assert not any(g[0] == "Martin Griffiths" for g in alone), got
    assert any(g[0] == "Martin Griffiths" and "half a million" in g[2] for g in got), got


SHE_SAID_IN_A_LABELLED_PAGE = LABELLED_HEAD + (
    "**Mali\n\n"
    "The Secretary-General strongly condemned the attack on a patrol of the mission near "
    "Gao.\n\n"
    "**Deputy Secretary-General\n\n"
    "The Deputy Secretary-General is in Dakar for the meeting on food systems. She met the "
    "Prime Minister this morning. She said she was impressed by the plans presented at the "
    "meeting. The meeting ends on Thursday.\n\n"
    "Questions and Answers\n\n"
    "Question: Steph, who attacked the patrol?\n\n"
    "Spokesman: We do not know yet. The Secretary-General made it clear that the attackers "
    "must be brought to justice. The mission is working with the authorities.\n"
)


def test_f2_she_is_not_the_secretary_general_and_the_briefer_s_sentence_stays_his() -> None:
    got = _statements(SHE_SAID_IN_A_LABELLED_PAGE)
    assert not any(
        g[0] == "The Secretary-General" and g[2].startswith("she was impressed") for g in got
    ), got
    # "The meeting ends on Thursday.": the spokesman's own, not the relay's
    assert any(
        g[0] == "St\u00e9phane Dujarric" and "The meeting ends on Thursday." in g[2] for g in got
    ), got


def test_f3_a_post_alone_starts_no_relay_in_an_answer() -> None:
    got = _statements(SHE_SAID_IN_A_LABELLED_PAGE)
    answer = [g for g in got if g[2].startswith("We do not know yet")]
    assert len(answer) == 1, got
    assert "working with the authorities" in answer[0][2], got
    assert not any(g[2].startswith("the attackers must be brought") for g in got), got


STATE_BRIEFING = (
    "Department Press Briefing - November 14, 2023\n\n"
    "Matthew Miller, Department Spokesperson\n\n"
    "Washington, D.C.\n\n"
    "MR MILLER: Good afternoon. I have one thing at the top, and then I am happy to take "
    "your questions.\n\n"
    "QUESTION: On Serbia and Kosovo, is there an agreement?\n\n"
    "MR MILLER: We think both sides have taken real steps. The European Union welcomed the "
    "talks, and we will keep supporting them. The Secretary expressed that support to both "
    "leaders.\n"
)


def test_f3_expressed_that_support_tells_no_words() -> None:
    got = _statements(STATE_BRIEFING)
    assert not any(g[2].startswith("support to both leaders") for g in got), got
    assert not any(g[0] == "The Secretary" for g in got), got
    assert any(g[0] == "Matthew Miller" and g[2].startswith("We think both sides") for g in got), (
        got
    )


def test_f4_citing_a_bare_noun_on_a_weekday_dates_the_speaking() -> None:
    assert_statements(
        "BEIJING, March 14 (Reuters) - Chinese foreign ministry spokesman Mao Ning, citing "
        "safety concerns on Tuesday, said Beijing would tighten controls on rare earth "
        "exports.\n",
        WIRE_DAY,
        [("Mao Ning", "Beijing would tighten controls", "2024-03-12")],
    )


def test_f4_commenting_on_bare_plural_on_a_weekday_dates_the_speaking() -> None:
    assert_statements(
        "MOSCOW, March 14 (Reuters) - Commenting on press reports on Monday, Kremlin "
        "spokesman Dmitry Peskov said Moscow had no plans to close its embassy.\n",
        WIRE_DAY,
        [("Dmitry Peskov", "Moscow had no plans", "2024-03-11")],
    )


STRAIGHT_QUOTES = (
    "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
    "The following is a near-verbatim transcript of today's noon briefing by St\u00e9phane "
    "Dujarric, Spokesman for the Secretary-General.\n\n"
    "Good afternoon. The Secretary-General spoke this morning at the opening of the ocean "
    "conference, and he is now meeting delegations.\n\n"
    "In his remarks at the conference, where he was joined by the President of the General "
    "Assembly, the Secretary-General set out three ways to protect the oceans.  The "
    'Secretary-General stressed that "we must act together on the oceans.  Our fisheries '
    'cannot recover if we wait."\n'
)


def test_code_note_a_straight_quotation_is_the_post_holder_s_we() -> None:
    got = _statements(STRAIGHT_QUOTES)
    said = [g for g in got if "we must act together on the oceans" in g[2]]
    assert said and all(g[0] != "St\u00e9phane Dujarric" or g[1] == "direct" for g in said), got
    relayed = [g for g in said if g[0] != "St\u00e9phane Dujarric"]
    assert relayed and "cannot recover if we wait" in relayed[0][2], got
