"""Days of statements in real copy (issue 8, round twelve: classes taken from the dating
errors on the round's open sets). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

SATURDAY = datetime.date(2024, 6, 15)


def test_an_interview_taped_on_a_weekday_without_on_dates_its_answers() -> None:
    # "in an interview taped Friday": the weekday follows the participle with no "on", as
    # North American copy writes it; the answers below are that day's, not the page's
    text = (
        "Trade Minister Helen Garrow says Ottawa will answer the new steel tariffs in kind.\n\n"
        "Garrow spoke to host Mark Dubois on The Current, in an interview recorded "
        "Thursday.\n\n"
        "Mark Dubois: Minister, is a trade war now unavoidable?\n\n"
        "Helen Garrow: Nobody wants one. But we will defend our workers, and we have told "
        "Washington exactly that.\n\n"
        "Dubois: How soon could Canada act?\n\n"
        "Garrow: Within days, if we have to. The list of measures is ready."
    )
    found = extract(text, published=SATURDAY)
    assert [(s.speaker, s.said_on) for s in found if s.kind == "direct"] == [
        ("Helen Garrow", "2024-06-13"),
        ("Helen Garrow", "2024-06-13"),
    ]


def test_the_day_of_talks_above_a_radio_interview_does_not_date_its_answers() -> None:
    # "The pair held talks in Canberra on Thursday. Speaking to Breakfast, X said ...": the
    # interview is about the talks; with no day of its own, its answers are the page's
    text = (
        "Defence Minister Rhys Talbot says he pressed his Indonesian counterpart on patrol "
        "boundaries.\n\n"
        "Indonesia's defence minister is visiting Australia for the first time in a decade. "
        "The pair held talks in Canberra on Thursday.\n\n"
        "Speaking to Breakfast, Talbot said the meeting had been warm but direct.\n\n"
        "Breakfast: Did you raise the fishing incidents?\n\n"
        "Talbot: I did, at some length. We agreed our navies should talk more often.\n\n"
        "Breakfast: Will there be a new treaty?\n\n"
        "Talbot: Not this year. But the work has started."
    )
    found = extract(text, published=SATURDAY)
    assert [(s.speaker, s.said_on) for s in found if s.kind == "direct"] == [
        ("Rhys Talbot", "2024-06-15"),
        ("Rhys Talbot", "2024-06-15"),
    ]


def test_the_day_of_talks_still_dates_turns_that_are_no_interview() -> None:
    # guard for the fix above: with no interview named, the talks' day is the turns' day
    text = (
        "The two ministers held talks in Canberra on Thursday and then took questions.\n\n"
        "Question: Did you raise the fishing incidents?\n\n"
        "Rhys Talbot: I did, at some length. We agreed our navies should talk more often.\n\n"
        "Question: Will there be a new treaty?\n\n"
        "Rhys Talbot: Not this year. But the work has started."
    )
    found = extract(text, published=SATURDAY)
    assert [(s.speaker, s.said_on) for s in found if s.kind == "direct"] == [
        ("Rhys Talbot", "2024-06-13"),
        ("Rhys Talbot", "2024-06-13"),
    ]


def test_earlier_in_the_afternoon_is_the_day_the_story_has_reached() -> None:
    # "earlier in the afternoon", like "earlier in the day", is the story's day, not "some
    # time before" it
    text = (
        "The ceasefire accord was signed at the palace on Saturday evening.\n\n"
        "Speaking to reporters at the airport earlier in the afternoon, President Omar Ladan "
        "said two more factions were ready to join the accord."
    )
    found = extract(text, published=SATURDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Omar Ladan", "2024-06-15")]


def test_a_perfect_in_a_live_blog_entry_is_the_news_of_the_entrys_day() -> None:
    # "14.20 BST / X has told state television ...": a running report's perfect tells what
    # just happened, the day of the entry, not words of some time before it
    text = (
        "Floods in central Europe – live\n\n"
        "14.20 BST\n"
        "Czech minister says army will stay\n\n"
        "The Czech interior minister, Pavel Hruby, has told state television that soldiers "
        "will remain in the flooded towns until the water recedes.\n\n"
        "Share\n\n"
        "12.05 BST\n"
        "Rain eases in Bavaria\n\n"
        "Forecasters expect the rain to ease in Bavaria by the evening.\n\n"
        "Share"
    )
    found = extract(text, published=SATURDAY)
    assert [(s.speaker, s.said_on) for s in found if s.speaker == "Pavel Hruby"][-1] == (
        "Pavel Hruby",
        "2024-06-15",
    )


def test_a_stance_held_over_time_in_a_live_blog_stays_before_the_day() -> None:
    # guard for the fix above: "has long argued" is no entry's news
    text = (
        "Floods in central Europe – live\n\n"
        "14.20 BST\n"
        "Czech minister defends spending\n\n"
        "The Czech interior minister, Pavel Hruby, has long argued that flood walls pay for "
        "themselves.\n\n"
        "Share\n\n"
        "12.05 BST\n"
        "Rain eases in Bavaria\n\n"
        "Forecasters expect the rain to ease in Bavaria by the evening.\n\n"
        "Share"
    )
    found = extract(text, published=SATURDAY)
    assert [(s.speaker, s.said_on) for s in found if s.speaker == "Pavel Hruby"][-1] == (
        "Pavel Hruby",
        "../2024-06-15",
    )


def test_a_readout_under_a_lead_of_a_call_with_a_counterpart_takes_the_calls_day() -> None:
    # "X spoke to his Chilean counterpart on Thursday" leads a call; "The ministry said both
    # sides agreed ..." below is its readout, that day, not the page's
    text = (
        "Foreign minister Ana Ruiz spoke to her Chilean counterpart on Thursday about the "
        "closed border crossing.\n\n"
        "The ministry said both sides agreed to reopen the crossing to trucks within a week "
        "and to set up a joint customs team."
    )
    found = extract(text, published=SATURDAY)
    readouts = [s.said_on for s in found if "ministry" in (s.speaker or "").lower()]
    assert readouts == ["2024-06-13"]


def test_another_partys_perfect_on_the_claim_does_not_date_the_claim() -> None:
    # "He also claimed that ..., a claim Rwanda has rejected": the perfect is Rwanda's answer,
    # not a sign the claim was made some time before the press conference just told
    text = (
        "In Goma, Congolese army officers addressed a late-evening press conference.\n\n"
        "General Paul Mbeki said the army was glad the hostages were being freed. He also "
        "claimed that the Rwandan drones had targeted army posts on the Congolese side, a "
        "claim Rwanda has rejected."
    )
    found = extract(text, published=SATURDAY)
    assert [s.said_on for s in found if s.speaker == "Paul Mbeki"] == [
        "2024-06-15",
        "2024-06-15",
    ]
