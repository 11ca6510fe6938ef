"""Speakers and dates in interview-based features and news analysis (issue 8, round eleven:
classes taken from errors left on the open sets final7/final8). Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2025, 3, 11)


def test_words_of_one_of_a_group_are_not_the_last_named_speakers() -> None:
    # '"...," said one of them, who asked not to be named': an unnamed member of the group
    # just mentioned speaks; the quote is no continuation of the person named before
    text = (
        "Chancellor Olaf Brandt said on Monday that he would not change course.\n\n"
        "Behind closed doors, the mood among Dutch negotiators is gloomier. "
        '"Nobody in this building believes the deadline will hold," said one of them, '
        'who asked not to be identified. "We are buying time."\n\n'
        "The next round is due in April."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Olaf Brandt"]


def test_one_of_those_present_is_an_unnamed_speaker_too() -> None:
    text = (
        'Senator Ruth Okafor told the hearing the bill was "dead on arrival."\n\n'
        '"It was the angriest session I have seen in years," said one of those present.'
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Ruth Okafor"]


def test_a_post_given_by_a_description_holds_for_a_later_shorter_one() -> None:
    # "Ian Borg ... But the foreign minister insists ...": the story gives its protagonist
    # his post only by a description; a later "the minister" is he, not another minister the
    # story names with that post in between
    text = (
        "Lena Haugen does not claim the fisheries deal was a victory. But the trade minister "
        "argues that keeping the talks going was an achievement in itself.\n\n"
        "The walkout was led by Iceland's trade minister, Petur Magnusson, who told "
        'reporters in Bergen that the quota offer was "an insult to coastal towns".\n\n'
        "Haugen said she had spoken to Magnusson after the session and had urged him to "
        "return to the table.\n\n"
        '"I told him plainly that the door is open. I cannot say he walked through it," '
        "the minister said.\n\n"
        "Looking ahead, she said Norway would host the next round in spring."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == [
        "Lena Haugen",
        "Petur Magnusson",
        "Lena Haugen",
        "Lena Haugen",
        "Lena Haugen",
    ]


def test_a_stance_on_a_thing_pointed_back_at_alone_is_no_statement() -> None:
    # "Israel's foreign ministry rejected the move.", "dismissed those remarks on Sunday.":
    # a mention without content; the words come in the next sentence
    text = (
        "The league voted on Monday to suspend the club for a season.\n\n"
        "Club chairman Niko Salonen dismissed the decision on Tuesday. "
        'He said the ruling was "a punishment for being honest".\n\n'
        "The players' union also condemned those measures."
    )
    found = extract(text, published=TUESDAY)
    assert [(s.speaker, s.text[:14]) for s in found] == [("Niko Salonen", "the ruling was")]


def test_a_report_after_the_last_exchange_of_a_q_and_a_is_news() -> None:
    # a magazine's Q&A, then the page's own paragraph relaying a third person's words
    text = (
        "Interview with Portugal's prime minister\n\n"
        "By Hanna Lind\n\n"
        "THE WEEKLY: Prime Minister, will Lisbon send troops?\n\n"
        "Rocha: We will send engineers and medics. Combat units are not on the table.\n\n"
        "THE WEEKLY: Does your coalition agree?\n\n"
        "Rocha: It does. We spent two long evenings on it.\n\n"
        "THE WEEKLY: Prime Minister, thank you for your time.\n\n"
        "Spanish Defence Minister Carmen Vidal said on Monday that Madrid would decide "
        "on its own contribution in the spring.\n\n"
        "MORE FROM THE WEEKLY"
    )
    found = extract(text, published=TUESDAY)
    assert ("Carmen Vidal", "2025-03-10") in [(s.speaker, s.said_on) for s in found]


def test_a_visa_or_entry_denied_is_refused_not_said() -> None:
    text = (
        "The opposition leader, Farid Haddad, denied an exit permit by the authorities, "
        "addressed the rally by phone.\n\n"
        "Border guards later denied him entry at the southern crossing.\n\n"
        "Haddad said on Monday that he would try again next week."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Farid Haddad"]
    assert found[0].text.startswith("he would try again")


def test_an_act_in_a_statement_at_a_time_then_a_participle_is_one_statement() -> None:
    # "condemned the decision in a statement on Thursday evening, calling it ...": the
    # medium and the time of the act part it from the participle's words no more than the
    # time alone does
    text = (
        "Interior Ministry spokeswoman Dana Berg denounced the ruling in a post on Monday "
        'night, calling it "a gift to smugglers".'
    )
    found = extract(text, published=TUESDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Dana Berg", "2025-03-10")]
    assert "a gift to smugglers" in found[0].text
