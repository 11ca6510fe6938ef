"""Days of statements in real copy (issue 8, round fifteen, second wave: dating classes
from the open sets' errors). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

SATURDAY = datetime.date(2024, 9, 14)  # a paper of the day after Friday's news


def _days(text: str, published: datetime.date) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=published)]


def test_parties_to_a_ceremony_the_lead_tells_speak_on_its_day() -> None:
    # next-day copy: the lead tells Friday's signing ceremony of two states; their ministers,
    # quoted first with no day of their own, spoke there, not on the paper's day
    text = (
        "The defence ministers of Chile and Peru on Friday signed a maritime accord in Lima "
        "in a ceremony attended by dozens of naval officers.\n\n"
        "Chilean Defence Minister Ana Robles said the accord would end years of quarrels "
        "over fishing grounds.\n\n"
        "Her Peruvian counterpart, Jorge Salinas, said the navies would hold joint patrols "
        "from next spring."
    )
    found = _days(text, SATURDAY)
    assert ("Ana Robles", "2024-09-13") in found
    assert ("Jorge Salinas", "2024-09-13") in found


def test_a_deal_of_yesterday_without_a_gathering_keeps_the_paper_day() -> None:
    # guard: the lead tells an accord signed, but no gathering; a minister's words below it
    # with no day of their own may be a reaction of any hour
    text = (
        "Chile and Peru on Friday signed a maritime accord, the two governments said.\n\n"
        "Chilean Defence Minister Ana Robles said the accord would end years of quarrels "
        "over fishing grounds."
    )
    assert _days(text, SATURDAY) == [("Ana Robles", "2024-09-14")]


def test_words_told_after_those_to_the_delegations_stay_at_the_news_day() -> None:
    # "told the two delegations" is words at a gathering, like "told the summit": the next
    # speaker, with no day of his own, is still at the news day the story tells
    text = (
        "Ghana and Togo on Friday agreed to reopen their border in Abuja, in a deal brokered "
        "by the Nigerian mediator Bola Adeyemi.\n\n"
        "Adeyemi described the accord as a turning point.\n\n"
        '"There is more to do," Adeyemi told the two delegations.\n\n'
        "Senegalese President Amadou Sall, receiving the ministers at his residence, "
        "said the region would help patrol the border."
    )
    found = _days(text, SATURDAY)
    assert ("Amadou Sall", "2024-09-13") in found


def test_interview_excerpts_under_a_wire_dateline_take_the_day_the_sit_down_is_told() -> None:
    # "CITY, Sep. 14 (AGENCY) -" is the day the agency filed the page; the interview the
    # sentence after it tells ("sat down with ... on Friday to discuss the meeting") is of
    # Friday, and so are its answers
    text = (
        "Envoy: Vienna meeting with Gulf states was 'calm', no breakthrough\n\n"
        "AMMAN, Sep. 14 (JNA) - Jordan's envoy for regional affairs, Samir Haddad, says "
        "the meeting held with Gulf diplomats in Vienna this week was calm.\n\n"
        "Haddad sat down with Jordan News Agency on Friday to discuss the meeting and the "
        "refugee talks planned for the winter.\n\n"
        "Following are excerpts from the interview:\n\n"
        "JNA: How did the meeting go?\n\n"
        "Haddad: It was calm. Each side listened to the other, and nobody walked out.\n\n"
        "JNA: What comes next?\n\n"
        "Haddad: We meet again before the winter. The place is not yet fixed.\n"
    )
    found = _days(text, SATURDAY)
    assert ("Samir Haddad", "2024-09-13") in found
    assert all(day == "2024-09-13" for who, day in found if who == "Samir Haddad")
