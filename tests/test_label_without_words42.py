"""A public radio page copied whole keeps its player and its station list above the story:
"Next Up:" over the player's clock ("0:00"), "Public Files:" over call signs. A label line
over a line with no lower-case letter in it is no one speaking; the story's statements below
are kept. A page written here in the manner of the NPR member stations' pages."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2025, 5, 16)

PAGE = (
    "\u00a9 2025 Riverside Public Media\n\n"
    "FCC Public Inspection Files:\n"
    "WRPM \u00b7 WRPN \u00b7 WRPT\n"
    "Public Files Contact\n"
    "Play Live Radio\n"
    "Next Up:\n"
    "0:00\n"
    "0:00\n"
    "0:00 0:00\n"
    "Available On Air Stations\n\n"
    "Delegations meet in Istanbul but agree no ceasefire\n\n"
    "Russia's lead negotiator, Vladimir Medinsky, said on Friday that Moscow was satisfied "
    "with the talks.\n"
)


def test_player_and_station_labels_are_no_statements() -> None:
    got = [(s.speaker, s.text) for s in extract(PAGE, published=PUBLISHED)]
    assert len(got) == 1, got
    assert got[0][0] == "Vladimir Medinsky", got
    assert got[0][1].startswith("Moscow was satisfied"), got


def test_shouted_words_with_a_verb_are_kept() -> None:
    # near miss: words in capitals told with a verb of saying are someone's words
    got = [
        (s.speaker, s.text)
        for s in extract(
            '"NO DEAL WITHOUT A CEASEFIRE!" President Donald Trump wrote on Friday.\n',
            published=PUBLISHED,
        )
    ]
    assert len(got) == 1 and got[0][0] == "Donald Trump", got
