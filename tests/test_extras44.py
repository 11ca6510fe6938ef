"""Words that tell an act or a saying withheld, not words said: "didn't say when ..." (the
contracted "did not"), "has called in the Ambassador" (a summons, the post capitalised),
"responded firmly once the crowd ..." (when an act was done), "announced a fresh round of
punitive measures" (measures taken, as sanctions are). Their near misses keep the words
that are said. Sentences written here in the manner of agency copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 3, 7)  # a Thursday
DAY = "2024-03-07"


def test_didnt_say_when_is_no_statement() -> None:
    assert_statements(
        "ANKARA, March 7 (Reuters) - Turkish Foreign Minister Hakan Fidan said on Thursday "
        "that Ankara and Damascus would meet again soon. Fidan didn't say when the next round "
        "would be held.\n",
        PUBLISHED,
        [("Hakan Fidan", "Ankara and Damascus would meet again soon", DAY)],
    )


def test_didnt_inside_the_words_is_kept() -> None:
    # near miss: the negation belongs to the words said, not to the verb of saying
    assert_statements(
        "ANKARA, March 7 (Reuters) - Turkish Foreign Minister Hakan Fidan said on Thursday he "
        "didn't expect a deal before the summer.\n",
        PUBLISHED,
        [("Hakan Fidan", "he didn't expect a deal before the summer", DAY)],
    )


def test_called_in_the_capitalised_ambassador_is_a_summons() -> None:
    # the summons is what the deputy minister confirmed; the ministry said nothing itself
    assert_statements(
        "Kazakh Foreign Ministry calls in Italian Ambassador\n\n"
        "ASTANA. KAZINFORM – Kazakhstan’s Foreign Ministry has called in the Italian "
        "Ambassador Marco Rossi regarding the recent remarks made in the Italian Senate, "
        "First Deputy Foreign Minister Roman Vassilenko confirmed Thursday at a briefing in the "
        "Senate, Kazinform correspondent reports.\n",
        PUBLISHED,
        [("Roman Vassilenko", "Kazakhstan’s Foreign Ministry has called in the Italian", DAY)],
    )


def test_called_in_a_statement_still_calls_for() -> None:
    # near miss: "in a statement" is where the call was made, not whom it summoned
    assert_statements(
        "ASTANA, March 7 - Foreign Minister Murat Nurtleu called in a statement on Thursday "
        "for an immediate ceasefire in Gaza.\n",
        PUBLISHED,
        [("Murat Nurtleu", "for an immediate ceasefire in Gaza", DAY)],
    )


def test_responded_once_tells_when_it_acted() -> None:
    assert_statements(
        "TBILISI, March 7 - Georgia's Interior Ministry detained 40 people overnight. Prime "
        "Minister Irakli Kobakhidze said the police had held back for hours. He stressed that "
        "the protesters had started the clashes, while the Ministry responded lawfully once "
        "the crowd stormed the gates.\n",
        PUBLISHED,
        [
            ("Irakli Kobakhidze", "the police had held back for hours", DAY),
            ("Irakli Kobakhidze", "the protesters had started the clashes", DAY),
        ],
    )


def test_responded_once_more_that_still_says() -> None:
    # near miss: "once more that ...": an answer given again, its words told
    assert_statements(
        "TBILISI, March 7 - Interior Minister Vakhtang Gomelauri said on Thursday that the "
        "riot police had acted lawfully. The ministry responded once more that the claims of "
        "torture were false.\n",
        PUBLISHED,
        [
            ("Vakhtang Gomelauri", "the riot police had acted lawfully", DAY),
            ("The ministry", "the claims of torture were false", DAY),
        ],
    )


def test_round_of_measures_announced_is_an_act() -> None:
    assert_statements(
        "LIMA, Peru (AP) - National Security Adviser John Bolton spoke on Thursday a day after "
        "the administration announced a fresh round of punitive measures aimed at isolating "
        "the government in Caracas.\n",
        PUBLISHED,
        [],
    )


def test_measures_that_make_are_told() -> None:
    # near miss: no round or package: the measures' own terms follow, as PolNeAR reads them
    assert_statements(
        "WASHINGTON (AP) - The Treasury Department on Thursday announced new measures that "
        "make it harder for companies to move their tax homes abroad.\n",
        PUBLISHED,
        [("Treasury Department", "new measures that make it harder", DAY)],
    )
