"""Which statements running English news prose yields, by class of language and layout
(issue 8, twelfth round): reported speech missed or split, and words that are no one's
statement. Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2024, 6, 11)

# A broadcaster's page: an interview with a minister, questions labelled, then the story
# goes on in the reporter's voice with what others said about the same talks.
INTERVIEW_THEN_REPORT = """\
Minister says talks with Ottawa were 'frank but useful'

Posted Tue 11 Jun 2024 at 6:15am

Trade Minister Helen Marsh says her meeting with her Canadian counterpart Luc Tremblay \
cleared the way for a new round of talks on farm tariffs.

She spoke to Radio North's Breakfast program. Here is part of that interview.

Breakfast: Did Mr Tremblay offer anything on the dairy quotas?

Helen Marsh: We did not settle the quotas, and I would not expect us to in one meeting. \
What we have is a timetable, and that matters a great deal to our growers.

Breakfast: Will you travel to Ottawa before the summer?

Helen Marsh: I expect to, yes. We have agreed that officials will meet first, and I will \
follow once there is something for ministers to sign.

Opposition trade spokesman Gareth Lowe said the government had been too quick to claim \
success, and that farmers would judge the talks by what changed at the border.

"A timetable is not a deal, and growers cannot bank a timetable," Mr Lowe said.

Mr Tremblay told reporters in Ottawa that Canada wanted an agreement that both countries' \
farmers could accept.
"""


def test_the_report_that_resumes_after_an_interview_is_read_as_news() -> None:
    found = extract(INTERVIEW_THEN_REPORT, published=TUESDAY)
    by_start = {s.text[:25]: s.speaker for s in found}
    assert by_start.get("the government had been t") == "Gareth Lowe"
    assert by_start.get("A timetable is not a deal") == "Gareth Lowe"
    assert by_start.get("Canada wanted an agreemen") == "Luc Tremblay"
    marsh = [s for s in found if s.text.startswith("I expect to, yes.")]
    assert marsh and marsh[0].speaker == "Helen Marsh"
    assert "Lowe" not in marsh[0].text


# A joint appearance with no questions: the minister's last turn recounts, in her own voice,
# what her guest said; that account stays hers.
JOINT_REMARKS = """\
Joint Remarks by Trade Minister Helen Marsh and Minister Luc Tremblay

June 10, 2024

TRADE MINISTER MARSH: Good afternoon. It has been a pleasure to welcome Minister Tremblay \
to our capital for two days of talks on farm trade.
MINISTER TREMBLAY: Thank you, Helen. We came to listen and we leave with a timetable that \
our growers can plan around.
TRADE MINISTER MARSH: Minister Tremblay said Canada would send its officials next month, \
and our teams will meet them to draft the first chapters.
"""


def test_a_ministers_last_turn_recounting_her_guest_stays_hers() -> None:
    found = extract(JOINT_REMARKS, published=TUESDAY)
    assert not [s for s in found if s.speaker == "Luc Tremblay" and "officials" in s.text]


def test_a_pointer_back_to_words_given_stays_none_with_the_outlets_tag_after_it() -> None:
    # "X said this at ..., an agency correspondent reports": where words already quoted were
    # said, and who reports it; no statement of its own
    text = (
        "KYIV, June 11 (Wire) - \"We asked for a day's truce for the convoys and got no "
        'answer," Foreign Minister Olena Hrytsenko said.\n\n'
        "Hrytsenko said this at a news conference in Vienna after the talks hosted by the "
        "Austrian chancellor, a Wire correspondent reports."
    )
    found = extract(text, published=TUESDAY)
    assert [s.text[:20] for s in found] == ["We asked for a day's"]


def test_the_office_of_a_named_leader_speaks_as_a_body() -> None:
    # "The office of President X said ...": the office speaks, and "it" next is the office
    text = (
        "The office of Moldovan President Ilinca Rusu said in a statement that the border "
        "would stay open to trade. It said no new checks would be set up before the winter."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Office of Moldovan President Ilinca Rusu"] * 2
    assert found[0].speaker_type == "institution"


def test_a_call_made_after_a_whole_quotation_is_a_point_of_its_own() -> None:
    # '"...," she said in a video address, calling on X to ...': the call is a second
    # statement, as "adding that" would be, not the tail of the quotation
    text = (
        '"We have waited thirty years for this day, and we will not waste it," Foreign '
        "Minister Dana Petrescu said in a video address on Tuesday, calling on all parties to "
        "back the new border treaty."
    )
    found = extract(text, published=TUESDAY)
    assert [s.kind for s in found] == ["direct", "indirect"]
    assert found[0].text.endswith("we will not waste it")
    assert "all parties to back the new border treaty" in found[1].text
    assert found[1].speaker == "Dana Petrescu"


def test_a_second_verb_of_telling_after_an_adverb_opens_a_statement_of_its_own() -> None:
    # "X told reporters A, and later told a broadcaster that B": two sayings, two statements
    text = (
        "Chancellor Petra Lind told reporters in Vienna there was no agreement yet on the "
        "gas levy, and later told ORF radio that it was now up to Budapest to move."
    )
    found = extract(text, published=TUESDAY)
    assert [s.text for s in found] == [
        "there was no agreement yet on the gas levy",
        "it was now up to Budapest to move",
    ]
    assert {s.speaker for s in found} == {"Petra Lind"}


def test_what_was_vowed_is_the_infinitive_not_a_relative_clause_inside_it() -> None:
    # "vowed to veto any bill that would ...": the "that" opens a relative clause inside
    # what was promised, not the words after a hearer
    text = (
        "Prime Minister Tomas Varga said the accord rested on inspections, and he vowed to "
        "block any motion in parliament that would delay its ratification."
    )
    found = extract(text, published=TUESDAY)
    assert found[-1].text == ("to block any motion in parliament that would delay its ratification")
    assert found[-1].speaker == "Tomas Varga"


def test_a_warning_joined_to_what_was_said_presses_the_same_statement_on() -> None:
    # "X said A, and warned that B" / "..., and argued that B": one account, pressed further
    text = (
        "Foreign Minister Ana Duarte said Lisbon would not sign the fisheries annex in its "
        'present form, and warned that the talks could "run into the spring" without a new '
        "offer.\n\n"
        "Her Spanish counterpart Luis Mora said Madrid had already moved on quotas, and argued "
        "that the next step was Lisbon's."
    )
    found = extract(text, published=TUESDAY)
    assert [(s.speaker, s.text[:20]) for s in found] == [
        ("Ana Duarte", "Lisbon would not sig"),
        ("Luis Mora", "Madrid had already m"),
    ]
    assert "run into the spring" in found[0].text
    assert found[1].text.endswith("the next step was Lisbon's")


def test_a_question_quoted_in_a_fronted_phrase_is_not_what_was_said() -> None:
    # 'In response to a question on the "X," Y said Z': the quoted topic of the question,
    # set off before the speaker, is no trailing quotation; the words are after the verb
    text = (
        'In response to a question on the "two-track approach," Foreign Minister Ana Duarte '
        "said Lisbon's position on the route had not changed since the spring."
    )
    found = extract(text, published=TUESDAY)
    assert [(s.speaker, s.text) for s in found] == [
        ("Ana Duarte", "Lisbon's position on the route had not changed since the spring")
    ]


def test_the_pages_note_on_the_interview_closes_the_last_answer() -> None:
    # "The interview was recorded ...": the page speaks of the interview it printed; that
    # paragraph and those after it are not the guest's last answer
    text = INTERVIEW_THEN_REPORT.replace(
        "Opposition trade spokesman",
        "The interview was recorded a day after the two ministers met in Ottawa.\n\n"
        "Opposition trade spokesman",
    )
    found = extract(text, published=TUESDAY)
    marsh = [s for s in found if s.text.startswith("I expect to, yes.")]
    assert marsh and marsh[0].text.endswith("something for ministers to sign.")


def test_claims_made_by_a_state_are_a_noun_not_a_verb_of_saying() -> None:
    # "when X made territorial claims against Y": the plural is the object of "made"; the
    # background sentence holds no statement, and "X made territorial" is no speaker
    text = (
        "The dispute began in 1994 when Moldova made territorial claims against the "
        "breakaway region. Foreign Minister Ilinca Rusu said on Monday that talks would "
        "resume in June."
    )
    found = extract(text, published=TUESDAY)
    assert [(s.speaker, s.text) for s in found] == [("Ilinca Rusu", "talks would resume in June")]


def test_a_bare_welcome_then_but_warned_is_the_warning_alone() -> None:
    # "welcomed the decision, but warned that ...": the act of a few words is no statement
    # beside the words the second verb gives, comma or none
    text = (
        "Opposition leader Ana Duarte welcomed the decision, but warned that the government "
        "would have to deliver on every reform it had promised."
    )
    found = extract(text, published=TUESDAY)
    assert [s.text for s in found] == [
        "the government would have to deliver on every reform it had promised"
    ]


def test_a_telephone_call_to_someone_is_no_statement() -> None:
    # "X called Y on Friday", "called her counterpart to discuss ...": a call placed, no
    # words told; "called Y a traitor" names, and stays a statement
    text = (
        "Foreign Minister Ana Duarte called Lars Holm on Friday. She also called her Danish "
        "counterpart to discuss the fisheries deal.\n\n"
        "Opposition leader Pedro Alves called Mr. Holm a poor negotiator."
    )
    found = extract(text, published=TUESDAY)
    assert [(s.speaker, s.text) for s in found] == [("Pedro Alves", "Mr. Holm a poor negotiator")]
