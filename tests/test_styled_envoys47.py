"""A ruler's family's style ("Sheikh", "Prince") is no post: a later "the ambassador" is the
envoy whose words the story gives, not a leader the story merely tells of (Gulf and regional
papers' interviews with envoys named only by style and name)."""

import datetime

from tracker.extract.pipeline import extract

PUBLISHED = datetime.date(2025, 4, 30)

INTERVIEW = (
    "MANAMA: Bahrain's ambassador to Canada has praised the outcome of the vote, saying that "
    'he expects "close work" with the incoming cabinet.\n'
    "In a long interview with Gulf Daily, Sheikh Nasser bin Salem Al-Hamad said that he sees "
    "ties between the two nations deepening.\n"
    "Liberal candidate Mark Carney on Monday emerged as the new prime minister of Canada, "
    "after a hard campaign.\n"
    '"We will work with whoever the voters choose," Sheikh Nasser said.\n'
    "Carney is expected to name his cabinet next month. But the ambassador said that there was "
    "no fixed agenda for the first meeting with the new government.\n"
)

PROFILE = (
    "OTTAWA: Oman must do more to show visitors what the country is like, its envoy to Canada "
    "said.\n\n"
    '"We are a modest people and we rarely speak about ourselves," Prince Faris bin Talal '
    "bin Said told the Ottawa Herald.\n\n"
    "He spoke after claims that Crown Prince Hamad bin Khalid had backed a hacking campaign "
    "against the tech entrepreneur Lucas Marsh.\n\n"
    '"It is too easy to repeat claims for which no one has shown any proof," the ambassador '
    "said.\n"
)


def _speaker_of(text: str, words: str) -> str | None:
    for s in extract(text, published=PUBLISHED):
        if text[s.span[0] : s.span[1]].startswith(words):
            return s.speaker
    raise AssertionError(f"no statement starts with {words!r}")


def test_the_ambassador_is_the_styled_speaker_not_the_leader_told_of():
    assert _speaker_of(INTERVIEW, "there was no fixed agenda") == "Nasser bin Salem Al-Hamad"


def test_the_ambassador_is_the_one_named_with_a_style_only():
    assert _speaker_of(PROFILE, "It is too easy") == "Faris bin Talal bin Said"
