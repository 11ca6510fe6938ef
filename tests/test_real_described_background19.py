"""Speakers on unseen real text (issue 8, nineteenth round): descriptions that give a
person's background, not a post anyone in the story holds, were kept as the speaker's
name ("the 61-year-old lawyer", "The former general", "Beijing's envoy"). A calling, a
leaning or an age is what the story calls the one it follows (the one speaking, or before
anyone has spoken the one the sentence before was about); a past post no one was named with
is background on the one speaking; a state's envoy or diplomat is the one person of that
state the story named. Each test in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2025, 3, 14)


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=FRIDAY)]


@pytest.mark.parametrize(
    "description",
    [
        "the 61-year-old lawyer",
        "the billionaire",
        "the former banker",
        "the 47-year-old libertarian",
        "the professor",
    ],
)
def test_a_calling_or_leaning_is_the_one_speaking(description: str) -> None:
    found = _speakers(
        "QUITO (Wire) - Ecuadorean President Rafael Nunez met Peruvian Foreign Minister Elmer "
        "Schialer on Monday.\n\nNunez said the border talks were useful. "
        f'"We will not give up an inch," {description} said.'
    )
    assert found[-1] == ("Rafael Nunez", "We will not give up an inch")


def test_before_anyone_spoke_it_is_the_one_the_lead_is_about() -> None:
    found = _speakers(
        "QUITO (Wire) - Ecuadorean President Rafael Nunez met his Peruvian counterpart Dina "
        'Rojas on Monday.\n\n"We have our quarrels, but Peru is family," the 47-year-old '
        "libertarian said."
    )
    assert found == [("Rafael Nunez", "We have our quarrels, but Peru is family")]


def test_a_past_post_no_one_held_is_the_one_speaking_now() -> None:
    found = _speakers(
        "MANILA (Wire) - Security Adviser Jose Lim and Defence Secretary Ramon Cruz briefed "
        "reporters on Tuesday about the latest incident at sea.\n\n"
        '"The ships left," Lim said.\n\n"We will patrol more," Cruz said. "The sea is ours."\n\n'
        "The former general added that two more cutters would be deployed."
    )
    assert found[-1] == ("Ramon Cruz", "two more cutters would be deployed")


@pytest.mark.parametrize(
    ("description", "meant"),
    [
        ("Beijing's envoy", "Li Wen"),
        ("The Chinese envoy", "Li Wen"),
        ("Moscow's diplomat", "Pavel Orlov"),
    ],
)
def test_a_states_envoy_is_the_one_person_of_that_state(description: str, meant: str) -> None:
    found = _speakers(
        "ASTANA (Wire) - Russian Foreign Minister Pavel Orlov and Chinese Foreign Minister Li "
        "Wen were received by President Nurlan Ospan on Tuesday.\n\nOspan said the region needed "
        f"calm.\n\n{description}, for his part, said trade routes must stay open."
    )
    assert found[-1] == (meant, "trade routes must stay open")


def test_a_titled_envoy_of_that_state_is_still_the_one_meant() -> None:
    found = _speakers(
        "ASTANA (Wire) - Chinese Foreign Minister Li Wen and Special Envoy Zhao Ming of China "
        "met President Nurlan Ospan on Tuesday.\n\nOspan said the region needed calm.\n\n"
        "The Chinese envoy said trade routes must stay open."
    )
    assert found[-1] == ("Zhao Ming", "trade routes must stay open")


def test_a_past_post_someone_was_named_with_is_theirs() -> None:
    found = _speakers(
        "LIMA (Wire) - Former President Ana Vela and Foreign Minister Elmer Soto spoke on "
        'Tuesday.\n\n"The pact is fair," Soto said.\n\n'
        "The former president said it was unfair to farmers."
    )
    assert found[-1] == ("Ana Vela", "it was unfair to farmers")


def test_a_calling_owned_by_someone_is_another_person() -> None:
    # "Reyes's lawyer", "his lawyer": a relation, someone else than the one speaking
    found = _speakers(
        'QUITO (Wire) - "The hearing is a farce," Senator Rafael Nunez said on Monday of the '
        "case against former aide Luis Reyes.\n\nReyes's lawyer has said he will not testify."
    )
    assert found[-1][0] != "Rafael Nunez"
