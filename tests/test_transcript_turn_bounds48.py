"""Where a transcript's turns begin and end (probe kinds of round 40, sentences written
here in the manner of a foreign ministry's or the State Department's transcripts):

1. the counterpart's welcome the page leaves unlabelled above the first label, under a
   title naming the two who speak ("Remarks With Foreign Minister X Before Their Meeting"),
   is the counterpart's turn;
2. a spokesperson's opening announcement ("The Dialogue concluded in Beijing yesterday.")
   is hers: an event that "concluded" said nothing;
3. floor management under the last paragraph of an answer ("Any follow-up questions on
   this?", "Next question, please.", "I will now hand the floor to X") is no part of it;
4. "They also agreed to ..." goes on with the report of the talks above it.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

DAY = datetime.date(2024, 10, 3)


def _said(text: str) -> list[tuple[str | None, str]]:
    """Each statement's speaker and its text."""
    return [(s.speaker, s.text) for s in extract(text, published=DAY)]


COUNTERPART_FIRST = (
    "Remarks With Portuguese Foreign Minister Joana Ribeiro Before Their Meeting\n\n"
    "Remarks\n"
    "Antony J. Blinken, Secretary of State\n"
    "Lisbon, Portugal\n"
    "October 3, 2024\n\n"
    "Good morning, Secretary Blinken, and welcome to Lisbon. We are very pleased to host "
    "you again, and I look forward to our talks on Ukraine, on the Atlantic and on trade.\n\n"
    "SECRETARY BLINKEN: Thank you, Joana. It is a pleasure to be back in Lisbon. Portugal "
    "is one of our oldest friends, and we will talk today about energy security.\n\n"
    "FOREIGN MINISTER RIBEIRO: Thank you.\n"
)

NO_COUNTERPART = (
    "Remarks to the Press Before His Departure\n\n"
    "Remarks\n"
    "Antony J. Blinken, Secretary of State\n"
    "Lisbon, Portugal\n"
    "October 3, 2024\n\n"
    "The Secretary spoke to reporters at the airport before leaving for Madrid.\n\n"
    "SECRETARY BLINKEN: Good morning, everyone. We had very productive talks here, and "
    "the United States will keep working with Portugal on energy security.\n"
)


def test_the_unlabelled_welcome_above_the_first_label_is_the_counterparts() -> None:
    said = _said(COUNTERPART_FIRST)
    assert said[0][0] == "Joana Ribeiro"
    assert said[0][1].startswith("Good morning, Secretary Blinken")
    assert said[1][0] == "Antony J. Blinken"
    assert said[1][1].startswith("Thank you, Joana.")


def test_the_pages_own_sentence_above_the_first_label_stays_no_ones() -> None:
    said = _said(NO_COUNTERPART)
    assert [who for who, _ in said] == ["Antony J. Blinken"]
    assert said[0][1].startswith("Good morning, everyone.")


ANNOUNCEMENT = (
    "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on October 3, 2024\n\n"
    "The China-ASEAN Foreign Ministers' Meeting concluded in Vientiane on Tuesday. The "
    "ministers reached broad consensus on the Code of Conduct in the South China Sea.\n\n"
    "Q: Will China send an envoy to the talks on the Red Sea?\n\n"
    "China supports all efforts that help ease the tension in the Red Sea. We will stay in "
    "touch with the parties concerned.\n"
)


def test_an_opening_announcement_of_talks_that_concluded_is_the_spokespersons() -> None:
    said = _said(ANNOUNCEMENT)
    assert said[0] == (
        "Mao Ning",
        "The China-ASEAN Foreign Ministers' Meeting concluded in Vientiane on Tuesday. The "
        "ministers reached broad consensus on the Code of Conduct in the South China Sea.",
    )
    assert said[1][1].startswith("China supports all efforts")


def test_a_quote_still_concludes_a_turn_of_a_story() -> None:
    story = (
        "GENEVA, Oct 3 (Reuters) - The head of the U.N. refugee agency warned on Thursday "
        "that funding for Sudan was running out.\n\n"
        '"We cannot keep people alive on promises," Filippo Grandi concluded in Geneva.\n'
    )
    said = _said(story)
    assert any(
        who == "Filippo Grandi" and text.startswith("We cannot keep people alive")
        for who, text in said
    )


FLOOR_BELOW = (
    "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on October 3, 2024\n\n"
    "Mao Ning: Good afternoon. Let's begin.\n\n"
    "AFP: The EU has voted to impose duties on Chinese electric vehicles. What is your "
    "response?\n\n"
    "Mao Ning: The EU's move is protectionism in disguise. China will take all necessary "
    "measures to defend the rights of Chinese companies.\n\n"
    "Any follow-up questions on this?\n\n"
    "Reuters: Will China raise tariffs on European brandy?\n\n"
    "Mao Ning: The competent authorities are looking into the matter closely and will "
    "decide in accordance with the law.\n\n"
    "Next question, please.\n\n"
    "The following questions were submitted by journalists online. Kyodo: Will the "
    "foreign ministers of China and Japan meet this month?\n\n"
    "Mao Ning: We will release information in due course. The following question was "
    "submitted online. NHK: Has China protested to Japan over the flight?\n\n"
    "Mao Ning: China has lodged stern representations with Japan over the flight.\n\n"
    "Mao Ning: I have no information to release at the moment.\n"
)


def test_floor_management_below_an_answer_is_no_part_of_it() -> None:
    said = {" ".join(text.split()[:2]): text for _, text in _said(FLOOR_BELOW)}
    assert said["The EU's"].endswith("rights of Chinese companies.")
    assert said["The competent"].endswith("in accordance with the law.")
    assert said["We will"] == "We will release information in due course."
    assert not any("?" in text for text in said.values())


HANDOVER = (
    "Press Briefing by the Spokesperson for the Secretary-General\n\n"
    "Noon Briefing, 3 October 2024\n\n"
    "Deputy Spokesperson Farhan Haq: The Secretary-General is gravely concerned by the "
    "floods in the Sahel, which have displaced more than a million people.\n\n"
    "I will now hand the floor to our guest, the head of the World Food Programme in Chad, "
    "Pierre Honnorat, who joins us from N'Djamena.\n\n"
    "Pierre Honnorat: Thank you, Farhan. The floods have destroyed crops across the south "
    "of the country, and we need funding now to reach families before the lean season.\n"
)


def test_handing_the_floor_to_a_guest_is_no_part_of_the_briefers_turn() -> None:
    said = _said(HANDOVER)
    assert said[0] == (
        "Farhan Haq",
        "The Secretary-General is gravely concerned by the floods in the Sahel, which have "
        "displaced more than a million people.",
    )
    assert said[1][0] == "Pierre Honnorat"


THEY_ALSO = (
    "Press Remarks by Foreign Secretary Vikram Misri on the Visit of Prime Minister to "
    "Singapore\n\n"
    "Singapore, 3 October 2024\n\n"
    "Foreign Secretary Vikram Misri: Good evening and thank you for joining us. The Prime "
    "Minister held talks with the Prime Minister of Singapore this afternoon.\n\n"
    "The two leaders elevated the relationship to a Comprehensive Strategic Partnership. "
    "They reviewed cooperation in skills, digital payments and green shipping.\n\n"
    "They also agreed to set up a ministerial roundtable on semiconductors, which will meet "
    "every year.\n\n"
    "Question: Was defence cooperation discussed?\n\n"
    "Foreign Secretary Vikram Misri: Yes, the two sides discussed joint exercises and the "
    "visit of our naval ships to Changi next year.\n"
)


def test_they_also_goes_on_with_the_talks_reported_above() -> None:
    said = _said(THEY_ALSO)
    assert not any(text.startswith("They also agreed") for _, text in said)
    assert any("The two leaders elevated" in text and "semiconductors" in text for _, text in said)
