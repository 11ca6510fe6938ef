"""Middle Eastern outlets in English (Al-Monitor's interviews, Tehran Times' briefing
excerpts, Arab News and Anadolu reaction roundups, Al Jazeera's live pages): the narrative
paragraph after an interview's last answer, "an official source at the ministry", "its
Foreign Ministry" after a relative clause naming another capital, a perfect in that clause,
a pluperfect after undated words, a briefing's header week, a page's "Live:" rubric, and
"declared three days of mourning", an act; a phrase fronted inside the words after "that";
"X, reading from a joint statement, described ...".
Pages written here, in the manner of the outlets; each expected statement is checked for
its speaker, its first words and its day."""

import datetime

import pytest

from tests.statement_checks import assert_statements

# an interview, then the page's own report: "Brig. Gen. X" is no sentence's end
INTERVIEW_THEN_REPORT = (
    "Al-Monitor\n\n"
    "Envoy: Sudan talks in Jeddah 'have not failed'\n\n"
    "Posted March 6, 2024\n\n"
    "JEDDAH — Delegations of the army and the paramilitary force have met for a third week.\n\n"
    "Al-Monitor spoke with the US envoy, Tom Perriello, in Jeddah on Tuesday. The interview "
    "has been edited for length.\n\n"
    "Al-Monitor: Are the talks over?\n\n"
    "Perriello: Not at all. Both delegations are still here, and we meet them every day in "
    "separate rooms.\n\n"
    "Al-Monitor: What do you need from the region?\n\n"
    "Perriello: Pressure on both sides to open the roads for aid convoys before the rains.\n\n"
    "The army's spokesman, Brig. Gen. Nabil Abdallah, said on Sunday that the army would "
    "not sign any deal that left the paramilitaries in the cities.\n"
)

# "an official source at the X Ministry was quoted as saying": a source left unnamed
OFFICIAL_SOURCE = (
    "RIYADH: The Kingdom on Thursday recalled its ambassador from Beirut.\n\n"
    "An official source at the Saudi Foreign Ministry was quoted as saying that the remarks "
    "of the Lebanese minister were an insult to the Gulf states.\n\n"
    "An informed source at the Interior Ministry said the border crossing would be shut "
    "until further notice.\n\n"
    "Foreign Minister Prince Faisal bin Farhan said on Thursday that the Kingdom saw no "
    "point in dealing with the current government in Beirut.\n"
)

# "Oman, which has been mediating between Riyadh and X, condemned ..., with its Foreign
# Ministry saying": Oman's ministry, and not dated by the relative clause's perfect
ITS_MINISTRY = (
    "DOHA, Feb 4 (Reuters) - Air strikes hit the rebel-held port early on Sunday.\n\n"
    "The Saudi Foreign Ministry said in a statement that the Kingdom was watching the "
    "escalation with deep concern.\n\n"
    "Oman, which has long mediated between Riyadh and the rebels, condemned the raids, with "
    "its Foreign Ministry saying they would only widen the conflict.\n\n"
    "Kuwait, whose emir has visited Tehran and Washington this year, urged calm, with its "
    "Foreign Ministry saying the fighting had to stop at once.\n"
)

# "He had said on Monday that ...": the pluperfect's day is of words before the first's
PLUPERFECT_AFTER = (
    "ANKARA, Oct 16 (AA) - The cross-border operation entered its second week.\n\n"
    "German Chancellor Olaf Scholz, in a written statement, said Berlin would halt new arms "
    "exports to Ankara. He had said on Monday that Germany was in close contact with its "
    "NATO partners.\n\n"
    "Greek Prime Minister Kyriakos Mitsotakis told parliament Athens stood with Cyprus. He had "
    "warned on Sunday that any violation of Greek airspace would be answered.\n"
)

# the lead's "last week" is of the proposals sent, not of the press conference
BRIEFING_EXCERPTS = (
    "TEHRAN TIMES\n\n"
    "Spokesman: Tehran will not negotiate through the press\n\n"
    "September 12, 2022 - 20:10\n\n"
    "TEHRAN – Foreign Ministry spokesman Nasser Kanaani said on Monday that Iran had given "
    "its reply to the draft it received last week, and that nothing would be traded away "
    "under pressure in the Vienna talks.\n\n"
    "At his weekly press conference, Kanaani took questions on the nuclear file and the "
    "region. Excerpts follow.\n\n"
    "Q: Has the American side replied?\n\n"
    "Kanaani: Nothing has reached us yet through the European coordinator, and we are "
    "waiting for a realistic answer.\n\n"
    "Q: What about the inspectors?\n\n"
    "Kanaani: The agency has to close the old files first; without that no deal will last.\n"
)

# "Live:" over the page is its kind, not a person the standfirst's "Egyptian FM" could be
LIVE_RUBRIC = (
    "Live: Truce talks resume in Cairo as aid convoys wait\n\n"
    "Egyptian FM announces new round of talks in Cairo.\n\n"
    "Published On 3 Mar 2024\n\n"
    "3 Mar 2024 - 21:10 GMT\n"
    "Blinken: 'We want an agreement now'\n\n"
    "US Secretary of State Antony Blinken said on Sunday that Washington wanted an agreement "
    "as soon as possible.\n"
)

# "declared three days of mourning", "declared the funeral day a public holiday": acts, no words
DECLARED_ACTS = (
    "RAMALLAH, May 14 (WAFA) - Funerals were held across the West Bank on Monday.\n\n"
    "President Mahmoud Abbas said the embassy move was an act of hostility toward the "
    "Palestinian people. He declared three days of mourning.\n\n"
    "Prime Minister Rami Hamdallah declared the funeral day a public holiday, and said schools and "
    "ministries would close.\n"
)

# 'wrote on X that during a call with ..., "...': the words open at the "that"
FRONTED_IN_THE_WORDS = (
    "ABU DHABI, Sept 15 (WAM) - The accords were signed at the White House on Tuesday.\n\n"
    "Sheikh Abdullah bin Zayed wrote on X that during his meeting with the Bahraini side, "
    '"the two delegations agreed to open embassies within months."\n\n'
    "Bahraini Foreign Minister Abdullatif Al Zayani said in a statement that under the "
    'agreement, "trade and tourism will start at once."\n'
)

# "X, reading from a joint statement, described ...": the document is the aside's object
READING_FROM_A_TEXT = (
    "LAUSANNE, April 2 (AFP) - Negotiators reached a framework deal late on Thursday.\n\n"
    "Federica Mogherini, reading from a joint statement, described the framework as "
    '"a decisive step" toward a final accord.\n\n'
    "Mohammad Javad Zarif, quoting the same text, called the day "
    '"a turning point for the region".\n'
)

CASES = [
    pytest.param(
        INTERVIEW_THEN_REPORT,
        datetime.date(2024, 3, 6),
        [
            ("Tom Perriello", "Not at all.", "2024-03-05"),
            ("Tom Perriello", "Pressure on both sides", "2024-03-05"),
            ("Nabil Abdallah", "the army would not sign", "2024-03-03"),
        ],
        id="narrative-after-interview-brig-gen",
    ),
    pytest.param(
        OFFICIAL_SOURCE,
        datetime.date(2021, 10, 28),
        [("Faisal bin Farhan", "the Kingdom saw no point", "2021-10-28")],
        id="official-source-at-ministry-unnamed",
    ),
    pytest.param(
        ITS_MINISTRY,
        datetime.date(2024, 2, 4),
        [
            ("Saudi Foreign Ministry", "the Kingdom was watching", "2024-02-04"),
            ("Omani Foreign Ministry", "they would only widen", "2024-02-04"),
            ("Kuwaiti Foreign Ministry", "the fighting had to stop", "2024-02-04"),
        ],
        id="its-ministry-of-sentence-state",
    ),
    pytest.param(
        PLUPERFECT_AFTER,
        datetime.date(2019, 10, 16),
        [
            ("Olaf Scholz", "Berlin would halt", "2019-10-16"),
            ("Olaf Scholz", "Germany was in close contact", "2019-10-14"),
            ("Kyriakos Mitsotakis", "Athens stood with Cyprus", "2019-10-16"),
            ("Kyriakos Mitsotakis", "any violation of Greek airspace", "2019-10-13"),
        ],
        id="pluperfect-after-undated",
    ),
    pytest.param(
        BRIEFING_EXCERPTS,
        datetime.date(2022, 9, 12),
        [
            ("Nasser Kanaani", "Iran had given its reply", "2022-09-12"),
            ("Nasser Kanaani", "Nothing has reached us yet", "2022-09-12"),
            ("Nasser Kanaani", "The agency has to close", "2022-09-12"),
        ],
        id="briefing-header-week-of-another-verb",
    ),
    pytest.param(
        LIVE_RUBRIC,
        datetime.date(2024, 3, 3),
        [
            ("Egyptian FM", "new round of talks", "2024-03-03"),
            ("Antony Blinken", "Washington wanted an agreement", "2024-03-03"),
        ],
        id="live-rubric-no-speaker",
    ),
    pytest.param(
        DECLARED_ACTS,
        datetime.date(2018, 5, 14),
        [
            ("Mahmoud Abbas", "the embassy move was", "2018-05-14"),
            ("Rami Hamdallah", "schools and ministries", "2018-05-14"),
        ],
        id="declared-mourning-holiday-acts",
    ),
    pytest.param(
        FRONTED_IN_THE_WORDS,
        datetime.date(2020, 9, 15),
        [
            ("Abdullah bin Zayed", "during his meeting with the Bahraini side", "2020-09-15"),
            ("Abdullatif Al Zayani", 'under the agreement, "trade', "2020-09-15"),
        ],
        id="that-then-fronted-phrase-then-quote",
    ),
    pytest.param(
        READING_FROM_A_TEXT,
        datetime.date(2015, 4, 2),
        [
            ("Federica Mogherini", 'the framework as "a decisive step"', "2015-04-02"),
            ("Mohammad Javad Zarif", 'the day "a turning point', "2015-04-02"),
        ],
        id="reading-from-a-statement-aside",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_mideast_roundups(
    text: str, published: datetime.date, expected: list[tuple[str, str, str]]
) -> None:
    assert_statements(text, published, expected)
