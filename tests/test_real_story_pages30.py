"""Asian and Gulf papers' story pages (round thirty): a photo caption of someone "delivering
his speech", a story followed by "edited excerpts" of the interview it reports, a live page
whose one date heading stands over the older entries, a readout whose issuer was named long
before, and "X, the readout went on, told Y that ...". Each text is new, written in the
manner of those outlets."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

# a caption naming a speaker "delivering his speech at ...", over a news story: the page is
# no speech of his, and the reporter's paragraphs are no words of his
CAPTION_DELIVERING_SPEECH = """\
Asia
Marles urges region to invest in deterrence at Jakarta forum

Australian Deputy Prime Minister Richard Marles delivering his speech at the Jakarta \
Defence Forum on Nov 12. ST PHOTO: JANE TAN

Updated Nov 12, 2024, 08:40 PM

JAKARTA - Australia's Deputy Prime Minister Richard Marles said on Nov 12 that countries \
in the region must "invest in their own deterrence" as tensions rise at sea.

The defence minister also pointed to new patrol boats for Pacific island states.

Vietnamese Deputy Defence Minister Hoang Xuan Chien took a softer line, saying that \
dialogue was "the only road" to lasting calm.

In Manila, there was no immediate comment from the Department of National Defense.
"""


def test_a_caption_of_a_speech_makes_no_speech_page() -> None:
    assert_statements(
        CAPTION_DELIVERING_SPEECH,
        datetime.date(2024, 11, 12),
        [
            ("Richard Marles", "countries in the region", "2024-11-12"),
            ("Hoang Xuan Chien", "dialogue was", "2024-11-12"),
        ],
    )


# a Gulf paper's interview: the story tells when it was given, then sets out excerpts; the
# story's paragraphs above the note are the reporter's, and the answers were said that day
STORY_THEN_EXCERPTS = """\
Bahrain's foreign minister: 'Dialogue with Tehran is a necessity'

Abdullatif Al Zayani tells Gulf Daily that the region cannot afford another decade of rupture

Sara Malik
Mar 3, 2024

Dr Abdullatif Al Zayani at a press briefing in Manama last month. BNA

Bahrain is ready to restore full ties with Iran once "clear guarantees" on non-interference \
are in place, Foreign Minister Abdullatif Al Zayani said on Friday.

Speaking to Gulf Daily in Manama, Dr Al Zayani said talks between technical teams had \
made progress over the winter.

The two countries cut relations in 2016 after attacks on Saudi missions in Iran.

Here are edited excerpts of the conversation.

Q: What would a guarantee look like?

A: It means a written commitment, monitored by friends of both sides. Words alone are no \
longer enough for our people.

Q: Is there a timeline?

A: We do not work with deadlines. We work with results, and the results so far are \
encouraging.
"""


def test_excerpts_below_a_story_are_the_interview_the_story_dated() -> None:
    assert_statements(
        STORY_THEN_EXCERPTS,
        datetime.date(2024, 3, 3),
        [
            ("Abdullatif Al Zayani", "Bahrain is ready to restore", "2024-03-01"),
            ("Abdullatif Al Zayani", "talks between technical teams", "2024-03-01"),
            ("Abdullatif Al Zayani", "It means a written commitment", "2024-03-01"),
            ("Abdullatif Al Zayani", "We do not work with deadlines", "2024-03-01"),
        ],
    )


# a live page whose latest entries stand under the page's own day, and whose one date line
# heads the entries of the day before
LIVE_ONE_DATE_HEADING = """\
LIVE: Sudan talks in Jeddah - delegations return, mediators upbeat

Gulf Report
Last updated: April 9, 2024 | 10:15 AM

10:15 AM
Mediators see progress

Saudi Foreign Minister Prince Faisal bin Farhan said the two delegations had agreed to \
open two more aid corridors.

8:30 AM
Army delegation arrives

A spokesman for the Sudanese army, Nabil Abdallah, said the delegation had come "to \
listen, not to surrender".

April 8, 2024

11:40 PM
US envoy upbeat

US special envoy Tom Perriello said the first day had been "businesslike and serious".

9:05 PM
RSF statement

RSF adviser Mohammed Al Mukhtar said the group would honour any truce the mediators \
announced.
"""


def test_a_live_pages_one_date_heading_dates_the_entries_below_it() -> None:
    assert_statements(
        LIVE_ONE_DATE_HEADING,
        datetime.date(2024, 4, 9),
        [
            ("Faisal bin Farhan", "the two delegations", "2024-04-09"),
            ("Nabil Abdallah", "the delegation had come", "2024-04-09"),
            ("Tom Perriello", "the first day had been", "2024-04-08"),
            ("Mohammed Al Mukhtar", "the group would honour", "2024-04-08"),
        ],
    )


# "the Japanese readout said" far below "a readout issued by Japan's foreign ministry", the
# story having quoted others since; and "X, the readout went on, told Y that ...": the
# readout names its source, the subject speaks
READOUT_FAR_BELOW = """\
Kamikawa presses Wang on seafood ban in Lima talks

Published: 11:20pm, 15 Nov 2024

LIMA - Japan's foreign minister Yoko Kamikawa pressed her Chinese counterpart Wang Yi on \
Friday to lift the ban on Japanese seafood, during talks on the sidelines of the Apec summit.

According to a readout issued by Japan's foreign ministry, Kamikawa said the ban had "no \
scientific basis" and urged Beijing to act on the agreement reached in September.

Kamikawa, the readout went on, also told Wang that the detention of a Japanese \
businessman in Beijing was "deeply regrettable".

Chinese Foreign Ministry spokesman Lin Jian said in Beijing that both sides had \
"exchanged views on issues of common concern".

Peruvian Foreign Minister Elmer Schialer said the summit had given smaller economies a \
voice on trade.

Analysts in Tokyo noted the absence of any joint document.

"Tokyo needs a win on seafood before the spring," said Koichi Nakano, a political \
scientist at Sophia University. "Beijing knows that and will make it wait."

Nakano added that a visit by Wang to Tokyo next year was still possible, though not \
certain, and that both capitals were keen to avoid surprises.

The Japanese readout said the two ministers had agreed to keep talking at all levels.
"""


def test_a_readouts_issuer_and_the_one_it_reports_on() -> None:
    day = "2024-11-15"
    assert_statements(
        READOUT_FAR_BELOW,
        datetime.date(2024, 11, 15),
        [
            ("Yoko Kamikawa", "pressed her Chinese counterpart", day),
            ("Yoko Kamikawa", "the ban had", day),
            ("Yoko Kamikawa", "the detention of a Japanese businessman", day),
            ("Lin Jian", "both sides had", day),
            ("Elmer Schialer", "the summit had given", day),
            ("Koichi Nakano", "Tokyo needs a win", day),
            ("Koichi Nakano", "a visit by Wang", day),
            ("Japanese Foreign Ministry", "the two ministers had agreed", day),
        ],
    )


# "Earlier this month, ..., and the ministry said at the time that ...": the time of the
# sentence's own fronted phrase, not the day some other paragraph told
AT_THE_TIME_OF_THE_FRONTED_PERIOD = """\
Hanoi, Manila sign coast guard pact

Published: 7:05pm, 21 Mar 2025

HANOI - Vietnam and the Philippines signed a coast guard cooperation pact on Friday.

Philippine Coast Guard spokesman Jay Tarriela said on Thursday that joint drills would \
start in the summer.

Earlier this month, Vietnamese and Philippine officers met in Da Nang, and Vietnam's \
foreign ministry said at the time that the two navies shared "a common interest in calm \
waters".
"""


def test_at_the_time_is_the_fronted_period_of_its_sentence() -> None:
    assert_statements(
        AT_THE_TIME_OF_THE_FRONTED_PERIOD,
        datetime.date(2025, 3, 21),
        [
            ("Jay Tarriela", "joint drills would", "2025-03-20"),
            ("Vietnamese Foreign Ministry", "the two navies shared", "2025-03-01/2025-03-20"),
        ],
    )


# "X, who toured ... on Monday morning, said afterwards that ...": the day of the deed the
# speaker's own "who" clause tells
AFTERWARDS_THE_WHO_CLAUSE = """\
Floods: Kelantan rebuilding to take two years

Published: 6:30pm, 5 Dec 2024

KOTA BHARU - Malaysian Prime Minister Anwar Ibrahim, who toured the worst-hit villages \
on Tuesday morning, said afterwards that rebuilding would take "at least two years".

Deputy Prime Minister Ahmad Zahid Hamidi said federal aid would be paid out before the \
end of the month.
"""


def test_afterwards_counts_from_the_deed_the_who_clause_told() -> None:
    assert_statements(
        AFTERWARDS_THE_WHO_CLAUSE,
        datetime.date(2024, 12, 5),
        [
            ("Anwar Ibrahim", "rebuilding would take", "2024-12-03"),
            ("Ahmad Zahid Hamidi", "federal aid would", "2024-12-05"),
        ],
    )


# a standfirst names a minister by the post's initials ("EAM Jaishankar"), the body by the
# post spelt out; "The Minister" further down is he, not the Prime Minister of the standfirst
POST_BY_INITIALS_THEN_SPELT_OUT = """\
India, Sri Lanka sign power grid deal, says Foreign Secretary

The deal comes days before Prime Minister Narendra Modi visits Colombo; EAM Jaishankar \
says it is "a bridge of trust"

Updated - April 2, 2025 08:15 pm IST - NEW DELHI

India and Sri Lanka have signed an agreement to link their power grids, Foreign Secretary \
Vikram Misri said on Wednesday (April 2, 2025).

External Affairs Minister S. Jaishankar, speaking at a conclave in Delhi later in the day, \
called the deal "a bridge of trust".

The Minister had said in February, at a seminar in Kandy, that India sought \
"partnership, not patronage" in the region.
"""


def test_the_post_spelt_out_is_held_by_the_one_named_by_its_initials() -> None:
    assert_statements(
        POST_BY_INITIALS_THEN_SPELT_OUT,
        datetime.date(2025, 4, 2),
        [
            ("S. Jaishankar", "it is", "2025-04-02"),
            ("Vikram Misri", "India and Sri Lanka", "2025-04-02"),
            ("S. Jaishankar", "the deal", "2025-04-02"),
            ("S. Jaishankar", "India sought", "2025-02"),
        ],
    )


# "Officials attending the talks said privately ...": people known only by where they were,
# no one the text names; "X, who is hosting the meeting (AMM) this week, said": a bracket
# closed inside the "who" clause leaves its time the clause's, not the words'
UNNAMED_ATTENDING_AND_BRACKETED_WHO = """\
Mekong ministers split over dam moratorium

Vientiane ● Thu, August 8, 2024

Lao Foreign Minister Saleumxay Kommasith, who is hosting the Mekong-Lancang Cooperation \
(MLC) ministers this week, said the dams were "a matter for each member".

Delegates attending the closed session said privately that Cambodia had pressed for a \
moratorium.

Thai Foreign Minister Maris Sangiampongsa said on Wednesday that Bangkok would share its \
river data with its neighbours.
"""


def test_people_attending_are_unnamed_and_a_bracket_stays_in_its_clause() -> None:
    assert_statements(
        UNNAMED_ATTENDING_AND_BRACKETED_WHO,
        datetime.date(2024, 8, 8),
        [
            ("Saleumxay Kommasith", "the dams were", "2024-08-08"),
            ("Maris Sangiampongsa", "Bangkok would share", "2024-08-07"),
        ],
    )


# "called it ... in a statement issued on Friday": the speaker's own statement, its day put
# after the words
OWN_STATEMENT_ISSUED_AFTER_THE_WORDS = """\
Gulf capitals react to port deal

Published: Sep 9, 2024

Egypt's Foreign Ministry called the deal "a threat to regional navigation" in a statement \
issued on Saturday.

Oman, with its Foreign Ministry describing the accord as "premature" in a statement \
released on Friday, urged more talks.
"""


def test_a_statement_issued_after_the_words_dates_them() -> None:
    assert_statements(
        OWN_STATEMENT_ISSUED_AFTER_THE_WORDS,
        datetime.date(2024, 9, 9),
        [
            ("Egyptian Foreign Ministry", "the deal", "2024-09-07"),
            ("Omani Foreign Ministry", "the accord as", "2024-09-06"),
        ],
    )


# "Earlier, X had posted ..." in an entry under a past day's heading: earlier that day
LIVE_EARLIER_THAT_DAY = """\
LIVE: Lebanon truce talks - envoy shuttles between capitals

Gulf Report
Last updated: November 21, 2024 | 9:30 AM

November 21, 2024

9:30 AM
Speaker Berri upbeat

Lebanese Parliament Speaker Nabih Berri said the talks with the US envoy were "positive".

November 20, 2024

10:45 PM
Envoy leaves Beirut

US envoy Amos Hochstein told reporters the gaps had narrowed.

Earlier, Israeli Defence Minister Israel Katz had posted on X that Israel "will not \
return to October 6".
"""


def test_earlier_in_an_entry_under_a_past_day_is_that_day() -> None:
    assert_statements(
        LIVE_EARLIER_THAT_DAY,
        datetime.date(2024, 11, 21),
        [
            ("Nabih Berri", "the talks with the US envoy", "2024-11-21"),
            ("Amos Hochstein", "the gaps had narrowed", "2024-11-20"),
            ("Israel Katz", "Israel", "2024-11-20"),
        ],
    )


# "Shortly after the announcement, X wrote ...": the day the story told the announcement,
# not the day of the statement told just before (another speaker's, another occasion)
SHORTLY_AFTER_THE_ANNOUNCEMENT = """\
Qatar's envoy: 'The truce holds because both sides need it'

Rania Haddad
Jun 16, 2024

The truce in Sudan's El Fasher is holding, Qatar's envoy Mohammed Al Khulaifi said on \
Saturday.

The truce was announced on Tuesday by the Saudi and US mediators in Jeddah.

Shortly after the announcement, Emir Sheikh Tamim bin Hamad Al Thani wrote on X that \
Doha stood ready to help. He said Qatar would send aid convoys within days.
"""


def test_shortly_after_the_announcement_is_the_announcements_day() -> None:
    assert_statements(
        SHORTLY_AFTER_THE_ANNOUNCEMENT,
        datetime.date(2024, 6, 16),
        [
            ("Mohammed Al Khulaifi", "The truce in Sudan", "2024-06-15"),
            ("Tamim bin Hamad Al Thani", "Doha stood ready", "2024-06-11"),
            ("Tamim bin Hamad Al Thani", "Qatar would send", "2024-06-11"),
        ],
    )


# "the chief minister" of a South Asian province is its Chief Minister, not the foreign
# minister named beside him; unnamed, the description stays no one else's
CHIEF_MINISTER_IS_NO_OTHER_MINISTER = """\
Torkham crossing reopens after talks

Updated - March 2, 2025 09:40 pm PKT - PESHAWAR

Khyber Pakhtunkhwa Chief Minister Ali Amin Gandapur toured the Torkham crossing on Sunday \
with Foreign Minister Ishaq Dar.

Mr Dar said the crossing would stay open for trade and pedestrians alike.

The chief minister said transporters had lost "billions" during the closure.
"""


def test_the_chief_minister_is_the_one_holding_that_post() -> None:
    assert_statements(
        CHIEF_MINISTER_IS_NO_OTHER_MINISTER,
        datetime.date(2025, 3, 2),
        [
            ("Ishaq Dar", "the crossing would stay open", "2025-03-02"),
            ("Ali Amin Gandapur", "transporters had lost", "2025-03-02"),
        ],
    )
