"""Middle Eastern and Turkish outlets in English: how the day of the occasion is told
(a weekly briefing's header, a gathering named with its part, a time clause after the
gathering, an interview whose questions are put without labels).

Every text here is invented, written in the manner of those pages. Each case lists the
statements expected, exactly: speaker, first words and day.
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements

# A ministry spokesman's weekly briefing as a Tehran daily sets it out: the header tells what
# he was asked about, a thing someone else said "last week"; that week dates the other's
# words, not the briefing, which the lead puts on Monday.
BRIEFING_ASKED_ABOUT_LAST_WEEK = """\
Spokesman: sanctions threats will not change Iran's course

TEHRAN – Foreign Ministry spokesman Esmaeil Baghaei on Monday dismissed European warnings \
over the nuclear file as "a pressure tactic".

May 19, 2025 - 18:40

At his weekly press briefing, the spokesman was asked about comments that the German \
chancellor made last week on the talks. The following are excerpts:

Q: Berlin says time is running out. How do you respond?

Baghaei: Deadlines set by others do not bind us. We negotiate on the basis of our rights.

Q: Is a new round planned in Oman?

Baghaei: The date will be announced once both sides have agreed on it.
"""

# The same header with a report that "Western outlets published last week": the question's
# topic, which the week dates.
BRIEFING_REPORT_PUBLISHED_LAST_WEEK = """\
Kanaani: claims about missile transfers are baseless

TEHRAN – Foreign Ministry spokesman Nasser Kanaani on Monday rejected reports about arms \
shipments to the region.

February 12, 2024 - 17:55

During his weekly press conference, Kanaani answered questions about a report which several \
Western newspapers ran last week. Below are excerpts:

Q: Have missiles been sent abroad?

Kanaani: These stories are fabricated by those who arm one side of every war.

Q: And the shipping lanes?

Kanaani: Everyone wants safe shipping. The cause of the crisis is the war on Gaza.
"""

# A gathering named by its part, its day before its noun: "at the close of the Wednesday
# session", "on the sidelines of the Thursday gathering", "at the start of the overnight
# cabinet meeting" (the night before a morning page, or its small hours).
PART_OF_A_DAYS_GATHERING = """\
Arab ministers fail to bridge gaps on Syria's return

CAIRO, May 9 (Reuters) - Arab foreign ministers ended two days of talks on Friday without \
a common line on Syria.

Qatari minister of state Mohammed Al-Khulaifi told delegates at the close of the Wednesday \
session that Doha's position had not changed.

Iraqi Foreign Minister Fuad Hussein said on the sidelines of the Thursday gathering that \
Baghdad backed a gradual approach.

Israeli Prime Minister Benjamin Netanyahu told ministers at the start of the overnight \
security cabinet meeting that the army was ready for any scenario.
"""

# A gathering whose sentence goes on to tell, in a time clause with its own subject set off
# by an apposition, what prompted it and when: that month is the other deed's, not the
# gathering's, and not the day of the words told to it.
GATHERING_CALLED_AFTER_A_DEED = """\
Donors meet in Amman to plug refugee agency shortfall

AMMAN, June 4 (Petra) - Donor states met in Amman on Tuesday to close a gap in the budget of \
the UN agency for Palestine refugees.

The Amman meeting, which brought together some 40 delegations, was called after Washington, \
the agency's biggest contributor, withheld its payment in April.

UNRWA Commissioner-General Philippe Lazzarini told the meeting that schools might not \
reopen in September.

The Geneva session was convened after the Swiss government, facing questions in parliament, \
froze its contribution in March.

Swiss State Secretary Alexandre Fasel told the session that the money would be released.
"""

# An outlet's interview: the introduction says the guest (by title and surname) spoke to the
# paper, with the editor's note in the same paragraph; then questions, some put as statements
# of what others say ("Critics call it ...", "Ankara says ...", "X said ... Y has said ..."),
# each followed by the guest's answer in the first person.
INTERVIEW_PROMPTS_AS_CLAIMS = """\
'Our door stays open': Safadi on the region after Gaza

Jordan's foreign minister speaks to the paper about the ceasefire and the refugee file

The National
October 12, 2025

Ayman Safadi, Jordan's Deputy Prime Minister and Foreign Minister, speaks to reporters in \
Amman. Photo: Petra

Ayman Safadi has spent the past week in talks with his counterparts. On Wednesday he hosted \
the Egyptian foreign minister.

Mr Safadi spoke to The National in Amman on Saturday. The interview has been edited for \
length.

What does Jordan want from the next phase?

We want the ceasefire to become permanent and aid to flow without restrictions. That is the \
minimum.

Critics in the region call the plan a surrender.

I disagree. This is a plan to stop the killing, and we are proud to have helped shape it.

Ankara says it will send troops to any monitoring force.

We welcome every contribution that serves the Palestinians and respects international law.

Tehran said the deal was imposed. Washington has said it will guarantee it.

We judge by results. The results so far are fewer deaths and more food trucks, and I will \
not apologise for that.

Will Jordan take part in the reconstruction conference?

Of course. We will be there, and we will bring our engineers and our experience.
"""

# A perfect with its time right after the verb, then the occasion set off by commas, then
# what was affirmed: the time is the verb's, not "by now".
PERFECT_THEN_TIME_THEN_ASIDE_THEN_OBJECT = """\
Gulf states back Cairo plan for Gaza

DUBAI, March 6 (Reuters) - Gulf Cooperation Council states backed Egypt's reconstruction \
plan for Gaza on Thursday.

Oman's Sultan Haitham bin Tariq had affirmed last month, in a message to President \
Abdel-Fattah El-Sisi, the sultanate's support for the Egyptian effort.

Bahrain's King Hamad bin Isa Al Khalifa has reaffirmed this week, in a letter to the Arab \
League, the kingdom's backing for a two-state solution.
"""

# The same kind of interview with no editor's note: the introduction's last sentence names the
# guest by title and surname before "spoke to", the paper after it, and the questions follow.
INTERVIEW_SURNAME_SPOKE_TO_THE_PAPER = """\
Fidan: 'We will not let Syria be divided'

Turkey's foreign minister talks to the paper about Syria, Gaza and relations with Europe

Daily Sabah
January 5, 2025

Hakan Fidan, Türkiye's Minister of Foreign Affairs, has made three trips to the region since \
December.

Mr Fidan spoke to Daily Sabah in Ankara on Friday.

What is Türkiye's red line in Syria?

The territorial integrity of Syria. We will not accept any armed group carving out a \
statelet on our border.

Will Ankara reopen its consulate in Aleppo?

Yes. Our teams are already there, and the consulate will serve Syrians and Turks alike.
"""

# Gulf agency copy: the verb, its day, an aside set off by commas (the occasion), then what
# was stressed: the words begin after the aside's closing comma.
DAY_THEN_ASIDE_THEN_OBJECT = """\
Kuwait, Oman reaffirm support for Palestinians

KUWAIT, Feb 10 (KUNA) -- Kuwait and Oman stressed their support for the Palestinian people on \
Monday.

Kuwaiti Foreign Minister Abdullah Al-Yahya stressed on Sunday, during a call with his Omani \
counterpart, Kuwait's rejection of any attempt to displace the people of Gaza.

Omani Foreign Minister Badr Albusaidi underlined on Monday, in talks in Muscat, the \
sultanate's commitment to a just and lasting peace.
"""

CASES = [
    pytest.param(
        BRIEFING_ASKED_ABOUT_LAST_WEEK,
        datetime.date(2025, 5, 19),
        [
            ("Esmaeil Baghaei", "European warnings over the nuclear file", "2025-05-19"),
            ("Esmaeil Baghaei", "Deadlines set by others", "2025-05-19"),
            ("Esmaeil Baghaei", "The date will be announced", "2025-05-19"),
        ],
        id="briefing-header-week-of-the-topic",
    ),
    pytest.param(
        BRIEFING_REPORT_PUBLISHED_LAST_WEEK,
        datetime.date(2024, 2, 12),
        [
            ("Nasser Kanaani", "reports about arms shipments", "2024-02-12"),
            ("Nasser Kanaani", "These stories are fabricated", "2024-02-12"),
            ("Nasser Kanaani", "Everyone wants safe shipping", "2024-02-12"),
        ],
        id="briefing-header-week-of-a-report",
    ),
    pytest.param(
        PART_OF_A_DAYS_GATHERING,
        datetime.date(2025, 5, 9),
        [
            ("Mohammed Al-Khulaifi", "Doha's position had not changed", "2025-05-07"),
            ("Fuad Hussein", "Baghdad backed a gradual approach", "2025-05-08"),
            ("Benjamin Netanyahu", "the army was ready", "../2025-05-09"),
        ],
        id="part-of-a-gathering-named-by-its-day",
    ),
    pytest.param(
        GATHERING_CALLED_AFTER_A_DEED,
        datetime.date(2024, 6, 4),
        [
            ("Philippe Lazzarini", "schools might not reopen", "2024-06-04"),
            ("Alexandre Fasel", "the money would be released", "2024-06-04"),
        ],
        id="gathering-then-a-deed-of-another-month",
    ),
    pytest.param(
        INTERVIEW_PROMPTS_AS_CLAIMS,
        datetime.date(2025, 10, 12),
        [
            ("Ayman Safadi", "We want the ceasefire", "2025-10-11"),
            ("Ayman Safadi", "I disagree.", "2025-10-11"),
            ("Ayman Safadi", "We welcome every contribution", "2025-10-11"),
            ("Ayman Safadi", "We judge by results.", "2025-10-11"),
            ("Ayman Safadi", "Of course.", "2025-10-11"),
        ],
        id="interview-questions-put-as-claims",
    ),
    pytest.param(
        INTERVIEW_SURNAME_SPOKE_TO_THE_PAPER,
        datetime.date(2025, 1, 5),
        [
            ("Hakan Fidan", "The territorial integrity of Syria", "2025-01-03"),
            ("Hakan Fidan", "Yes. Our teams are already there", "2025-01-03"),
        ],
        id="interview-surname-spoke-to-the-paper",
    ),
    pytest.param(
        DAY_THEN_ASIDE_THEN_OBJECT,
        datetime.date(2025, 2, 10),
        [
            ("Abdullah Al-Yahya", "Kuwait's rejection of any attempt", "2025-02-09"),
            ("Badr Albusaidi", "the sultanate's commitment", "2025-02-10"),
        ],
        id="day-then-aside-then-what-was-stressed",
    ),
    pytest.param(
        PERFECT_THEN_TIME_THEN_ASIDE_THEN_OBJECT,
        datetime.date(2025, 3, 6),
        [
            ("Sultan Haitham bin Tariq", "affirmed last month", "2025-02"),
            ("Hamad bin Isa Al Khalifa", "reaffirmed this week", "2025-03-03/2025-03-06"),
        ],
        id="perfect-then-time-right-after-the-verb",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_mideast_occasions(
    text: str, published: datetime.date, expected: list[tuple[str, str, str]]
) -> None:
    assert_statements(text, published, expected)
