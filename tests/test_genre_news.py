"""News pages beyond the plain wire story, each layout as a whole: a "What they said" box of
headings (a name and its post, with or without a colon, the post in lower case) over the
quotation of the one they name. Pages written here, in the manner of several outlets; each
expected statement is checked for its speaker, its first words and its day."""

import datetime

import pytest

from tracker.extract import extract

WEDNESDAY = datetime.date(2025, 3, 5)

BOX_POST_NAME = (
    "Security Council fails to agree on Sudan truce text\n\n"
    "NEW YORK, March 5 (Reuters) - The UN Security Council on Wednesday failed to adopt a "
    "draft resolution calling for a truce in Sudan after one permanent member voted against "
    "it and two others abstained.\n\n"
    "WHAT THEY SAID\n\n"
    "British Ambassador Barbara Woodward\n"
    '"Every day of delay costs lives in El Fasher and beyond."\n\n'
    "Algerian Ambassador Amar Bendjama\n"
    '"The council has once again let down the people of Sudan."\n'
)

BOX_NAME_POST_LOWER = (
    "Nuclear talks in Muscat: what they said\n\n"
    "MUSCAT, March 5 (AFP) - Iranian and American negotiators held a third round of indirect "
    "talks in the Omani capital on Wednesday, with both sides reporting modest progress.\n\n"
    "Esmaeil Baghaei, Iranian foreign ministry spokesman\n"
    '"We are here to test the seriousness of the other side."\n\n'
    "Badr Albusaidi, Omani foreign minister\n"
    '"The atmosphere was constructive and the talks will continue."\n'
)

BOX_NAME_POST_COLON = (
    "In their words: reactions to the Dutch election\n\n"
    "THE HAGUE, March 5 (ANP) - Party leaders gave their first reactions late on Wednesday "
    "as the count showed the centrist party winning the largest number of seats.\n\n"
    "Rob Jetten, D66 leader:\n\n"
    '"Millions of voters chose hope over fear. We will reach out to every party."\n\n'
    "Geert Wilders, PVV leader:\n\n"
    '"The voters have spoken, and we respect that. We will be back."\n'
)


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (
            BOX_POST_NAME,
            [
                ("Barbara Woodward", "Every day of delay costs", "2025-03-05"),
                ("Amar Bendjama", "The council has once again", "2025-03-05"),
            ],
        ),
        (
            BOX_NAME_POST_LOWER,
            [
                ("Esmaeil Baghaei", "We are here to test", "2025-03-05"),
                ("Badr Albusaidi", "The atmosphere was constructive", "2025-03-05"),
            ],
        ),
        (
            BOX_NAME_POST_COLON,
            [
                ("Rob Jetten", "Millions of voters chose hope", "2025-03-05"),
                ("Geert Wilders", "The voters have spoken", "2025-03-05"),
            ],
        ),
    ],
    ids=["post-name-no-colon", "name-lowercase-post-no-colon", "name-lowercase-post-colon"],
)
def test_a_what_they_said_box_gives_each_quotation_to_its_heading(page, want) -> None:
    found = [(s.speaker, s.text, s.said_on) for s in extract(page, published=WEDNESDAY)]
    for speaker, start, day in want:
        hits = [f for f in found if f[1].startswith(start)]
        assert [(f[0], f[2]) for f in hits] == [(speaker, day)], (start, found)


# near-misses: a heading line over a quotation that has its own attribution, a byline over
# words the story goes on quoting: no box
NOT_A_BOX = (
    "Moscow warns over peacekeepers\n\n"
    "MOSCOW, March 5 (Reuters) - Russia said on Wednesday that troops from European "
    "countries in Ukraine would be treated as a party to the conflict.\n\n"
    "The warning came a day after Britain and France said they were drawing up plans for a "
    "force of several thousand troops to be sent once a ceasefire was agreed.\n\n"
    "Deputy Foreign Minister Alexander Grushko\n"
    '"We will regard them as combatants," Foreign Minister Sergei Lavrov told reporters.\n\n'
    "By Jane Roe, Diplomatic Correspondent\n"
    '"There is no room for compromise on this."\n\n'
    "Kyiv has said that only a force with a clear mandate and Western air cover would deter "
    "Russia from attacking again after any truce.\n"
)


def test_lines_that_are_no_box_heading_give_no_statement_of_their_own() -> None:
    found = [(s.speaker, s.text) for s in extract(NOT_A_BOX, published=WEDNESDAY)]
    combatants = [f[0] for f in found if f[1].startswith("We will regard them")]
    assert combatants == ["Sergei Lavrov"]
    assert "Jane Roe" not in [f[0] for f in found]
