"""Dates that belong to something else: a live page's items each tell their own news (a
speaker's words in one entry are not the words he said on a day another entry names), and a
day given by a participle after the object of a verb ("the deal reached late Monday") is
the thing's day, not the speaker's. Texts written here, in the manner of wire live pages and
leads."""

import datetime

import pytest

from tracker.extract import extract

WEDNESDAY = datetime.date(2024, 6, 12)


def _dated(text: str, start: str) -> list[str | None]:
    return [s.said_on for s in extract(text, published=WEDNESDAY) if s.text.startswith(start)]


@pytest.mark.parametrize("rule", ["___", "---", "* * *"])
def test_an_entry_s_words_are_not_told_again_in_another_entry(rule: str) -> None:
    text = (
        "LIVE: Foreign ministers meet in Rome\n\n"
        "Updated 6:10 PM GMT+2, June 12, 2024\n\n"
        f"{rule}\n\n"
        "TAJANI: TALKS WILL GO ON\n\n"
        "Italian Foreign Minister Antonio Tajani told reporters after the first session that "
        "the group would keep its channels to Tehran open.\n\n"
        f"{rule}\n\n"
        "HOW THE MEETING CAME ABOUT\n\n"
        "Tajani announced on Monday evening, after a call with his French counterpart, that "
        "the ministers would gather in Rome.\n"
    )
    assert _dated(text, "the group would keep") == ["2024-06-12"]
    assert _dated(text, "the ministers would gather") == ["2024-06-10"]


def test_time_stamped_entries_keep_their_own_words() -> None:
    text = (
        "Live: ceasefire talks in Doha\n\n"
        "June 12, 2024\n\n"
        "10:15 PM\n"
        "Envoy: proposal goes to both sides\n\n"
        "U.S. envoy Brett McGurk said the text would be handed to both delegations overnight.\n\n"
        "4:40 PM\n"
        "Earlier contacts\n\n"
        "McGurk said on Monday that both delegations would be handed a text within days.\n"
    )
    assert _dated(text, "the text would be handed") == ["2024-06-12"]


@pytest.mark.parametrize(
    "object_done",
    [
        "welcomed the truce reached late Monday between the two sides",
        "condemned the raid carried out on Monday against the convoy",
        "praised the communique issued on Monday by the Gulf states",
        "thanked his host for the accord on fishing rights signed on Monday",
    ],
)
def test_a_day_after_the_object_s_participle_is_the_thing_s(object_done: str) -> None:
    text = f"Minister reacts\n\nForeign Minister Penny Wong {object_done}.\n"
    assert [s.said_on for s in extract(text, published=WEDNESDAY)] == ["2024-06-12"]


def test_a_day_after_the_verb_is_still_the_speaker_s() -> None:
    # near misses: the day right after the verb, or before it, dates the words
    for sentence in (
        "Foreign Minister Penny Wong welcomed on Monday the truce reached between the sides.",
        "Foreign Minister Penny Wong on Monday welcomed the truce reached between the sides.",
        "The ministry announced on Monday that the embassy would reopen.",
    ):
        found = extract(f"Minister reacts\n\n{sentence}\n", published=WEDNESDAY)
        assert [s.said_on for s in found] == ["2024-06-10"], sentence


def test_a_thing_s_day_does_not_place_the_next_words() -> None:
    text = (
        "Leaders meet\n\n"
        "President Joko Widodo, meeting Prime Minister Anwar Ibrahim in Jakarta, thanked him "
        "for the border agreement reached late Monday.\n\n"
        '"This shows what neighbours can do," Widodo told Anwar at the start of their talks.\n'
    )
    assert _dated(text, "This shows what") == ["2024-06-12"]
