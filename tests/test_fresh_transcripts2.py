"""Interviews published as Q&A, and the magazine profiles that open them, from a second
fresh blind set of transcripts (issue 8): an outlet that "reports" the interview is taken
for the one who speaks, and "telling jokes" is read as words told.

Every text here is invented, written in the manner of those pages; names are real or made up.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2021, 3, 2)

# A blog's excerpt of a magazine interview: the magazine "reports:", then a profile whose
# subject is the minister, then a line of his with "he says".
PROFILE_AFTER_COLON = """\
A quiet week at the ministry

Le Monde reports: Ayman Safadi, 60, is calm and attentive during a long conversation held \
at his ministry in Amman. He trained as a journalist before serving in government. \
"I still read every newspaper in the morning," he says.
"""

# The outlet named at the end of the profile's first sentence.
PROFILE_OUTLET_LAST = """\
A quiet week at the ministry

Ayman Safadi, 60, is calm and attentive during a long conversation at his ministry in \
Amman, the Frankfurter Allgemeine reports. He trained as a journalist before serving in \
government. "I still read every newspaper in the morning," he says.
"""

# A profile in which the minister tells jokes: a pastime, no words reported.
JOKES = """\
A quiet week at the ministry

Ayman Safadi is calm and attentive during the conversation in Amman, telling jokes in \
fluent French. "I still read every newspaper in the morning," he says.
"""


def _by_text(found, start):
    return [s for s in found if s.text.startswith(start)]


def test_he_after_an_outlet_reporting_with_a_colon_is_the_profiled_minister() -> None:
    said = _by_text(extract(PROFILE_AFTER_COLON, published=PUBLISHED), "I still read every")
    assert said and said[0].speaker == "Ayman Safadi"


def test_an_outlet_that_reports_is_not_who_he_refers_to() -> None:
    said = _by_text(extract(PROFILE_OUTLET_LAST, published=PUBLISHED), "I still read every")
    assert said and said[0].speaker == "Ayman Safadi"


def test_telling_jokes_is_no_statement() -> None:
    found = extract(JOKES, published=PUBLISHED)
    assert not [s for s in found if "fluent French" in s.text]
    assert _by_text(found, "I still read every")


# A joint press availability: the host minister's turn goes on to recount what the visiting
# secretary of state said at their talks; that account is the minister's, not news.
JOINT_AVAILABILITY = """\
Joint Press Availability With Australian Foreign Minister Penny Wong

Antony J. Blinken
Secretary of State
Canberra, Australia
February 8, 2023

MODERATOR: Welcome, everyone. Foreign Minister Wong will open, then the Secretary.
FOREIGN MINISTER WONG: Good morning to you all. It has been a real pleasure to host \
Secretary Blinken in Canberra, and our talks this morning covered the whole of the region.
On the Pacific, Secretary Blinken outlined his plans for new embassies and expressed his \
thanks for the work our diplomats have done with the island states over the past year.
Moreover, we agreed that our two countries will step up joint work on clean energy and on \
the security of undersea cables across the Indo-Pacific.
"""


def test_a_ministers_turn_recounting_the_counterparts_words_stays_one_turn() -> None:
    found = extract(JOINT_AVAILABILITY, published=datetime.date(2023, 2, 8))
    assert not [s for s in found if s.speaker == "Antony J. Blinken"]
    # (her opening splits by topic at "On the Pacific," the moderator's word before it
    # asking nothing; the account stays hers)
    wong = [s for s in found if "step up joint work on clean energy" in s.text]
    assert [s.speaker for s in wong] == ["Penny Wong"]


# A wire report of a ministry briefing, in the agency's English: the lead gives the
# spokeswoman's view with "is convinced that".
BRIEFING_WIRE = """\
MOSCOW, April 3. /TASS/. Russian Foreign Ministry Spokeswoman Maria Zakharova is convinced \
that new talks on grain exports can only begin once the sanctions on farm banks are lifted. \
She spoke at her weekly briefing.
"""


def test_is_convinced_that_gives_the_spokeswomans_view() -> None:
    found = extract(BRIEFING_WIRE, published=datetime.date(2024, 4, 3))
    view = _by_text(found, "new talks on grain exports")
    assert view and view[0].speaker == "Maria Zakharova"
    assert view[0].said_on == "2024-04-03"


def test_is_confident_that_before_its_own_said_is_the_content_of_that_said() -> None:
    text = (
        "RIYADH \u2014\nSaudi Arabia is confident that the incoming government in Rome will keep "
        "working for calm in Libya, said Saudi Foreign Minister Prince Faisal Bin Farhan on "
        "Saturday.\n"
    )
    found = extract(text, published=datetime.date(2022, 10, 22))
    view = _by_text(found, "Saudi Arabia is confident that")
    assert view and view[0].speaker == "Faisal Bin Farhan"
