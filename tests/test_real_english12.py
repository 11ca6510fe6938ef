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


def test_a_call_made_after_a_whole_quotation_glosses_it() -> None:
    # '"...," she said in a video address, calling on X to ...': the call set off after the
    # quotation and its attribution glosses what the quotation asked for; the real sets'
    # gold takes it as the same statement or leaves it optional (round 50), so the
    # quotation alone is the statement, direct ("adding that" would bring a second one)
    text = (
        '"We have waited thirty years for this day, and we will not waste it," Foreign '
        "Minister Dana Petrescu said in a video address on Tuesday, calling on all parties to "
        "back the new border treaty."
    )
    found = extract(text, published=TUESDAY)
    assert [s.kind for s in found] == ["direct"]
    assert found[0].text.endswith("we will not waste it")
    assert found[0].speaker == "Dana Petrescu"
