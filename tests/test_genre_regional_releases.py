"""Releases of regional bodies (an African Union Commission statement, an ECOWAS final
communique) as their sites print them: the page's sharing links under the text, decisions
listed under "the Heads of State and Government:", a chairman named with two posts, and a
meeting called over the events of an earlier day.

Every text here is invented, written in the manner of those pages. Each case lists the
statements expected, exactly: speaker, first words and day.
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements

# The sharing links under a release: "Follow Us:" over the networks' names is no speaker
# and no words.
SHARING_LINKS_UNDER_RELEASE = """\
PRESS RELEASE

The Chairperson of the Commission welcomes the agreement on the Renaissance Dam talks

Addis Ababa, 11 February 2025: The Chairperson of the African Union Commission, H.E. \
Mahmoud Ali Youssouf, welcomes the resumption of talks between Egypt, Ethiopia and Sudan.

"Dialogue remains the only road to a fair share of the Nile's waters," said the Chairperson.

For further information, please contact:
Directorate of Information and Communication | African Union Commission
Follow Us:
Facebook | X | Flickr | YouTube
Addis Ababa, Ethiopia
"""

# A communique's decisions listed with dashes after "the Heads of State and Government:",
# some opened by an adverb of manner ("Firmly", "Strongly", "Also"): the adverb is nobody.
ADVERB_OPENS_LISTED_DECISION = """\
ECOWAS Commission

FINAL COMMUNIQUE

Accra, 14 March 2025

The Authority of Heads of State and Government of ECOWAS held an ordinary session in Accra \
today.

At the close of the session, the Heads of State and Government:

- Firmly rejected any attempt to extend the transition periods beyond the agreed dates;

- Strongly urged the member states concerned to release all political detainees;

- Also instructed the Commission to convene the mediation committee within a month.

Done in Accra, 14 March 2025
"""

# The one chairing named with two posts joined by "and": "the Chairman" below is that person.
CHAIRMAN_AS_SECOND_POST = """\
PRESS RELEASE

Abuja, 5 May 2025

The Mediation and Security Council met at ministerial level today under the chairmanship of \
H.E. Yusuf Tuggar, Minister of Foreign Affairs of Nigeria and Chairman of the Council, to \
review the security situation in the Sahel.

In his opening statement, the Chairman said the region could not afford to turn its back on \
the three states that had left the Community.
"""

# A summit called over "the events of" an earlier day: that day is the events', not the
# meeting's, at which its chairman spoke.
SUMMIT_OVER_EVENTS_OF_EARLIER_DAY = """\
PRESS RELEASE

Abuja, 2 October 2025

The Authority of Heads of State and Government held an extraordinary summit by \
videoconference today, Thursday 2 October 2025, under the chairmanship of H.E. Julius Maada \
Bio, President of Sierra Leone, to consider the situation in Guinea-Bissau following the \
events of Monday 29 September 2025.

In his opening address, President Maada Bio said the region would not accept any seizure of \
power by force.
"""

CASES = [
    (
        SHARING_LINKS_UNDER_RELEASE,
        datetime.date(2025, 2, 11),
        [
            ("Mahmoud Ali Youssouf", "welcomes the resumption of talks", "2025-02-11"),
            ("Mahmoud Ali Youssouf", "Dialogue remains the only road", "2025-02-11"),
        ],
    ),
    (ADVERB_OPENS_LISTED_DECISION, datetime.date(2025, 3, 14), []),
    (
        CHAIRMAN_AS_SECOND_POST,
        datetime.date(2025, 5, 5),
        [("Yusuf Tuggar", "the region could not afford", "2025-05-05")],
    ),
    (
        SUMMIT_OVER_EVENTS_OF_EARLIER_DAY,
        datetime.date(2025, 10, 2),
        [("Julius Maada Bio", "the region would not accept", "2025-10-02")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_regional_release(
    text: str, published: datetime.date, expected: list[tuple[str, str, str]]
) -> None:
    assert_statements(text, published, expected)


# A wire story of a state dinner: the host's words dated by the dinner's day, then a guest
# "told the same gathering" (anyone's occasion just told), and another "at the same banquet"
# that the words just before name: both spoke there that evening.
TOLD_THE_SAME_GATHERING = """\
DAR ES SALAAM, June 10 (AFP) - Leaders of the East African Community met in Arusha at the \
weekend to mark the bloc's anniversary.

Addressing a state banquet on Saturday evening, Tanzanian President Samia Suluhu Hassan said \
the single customs territory had doubled trade in a decade.

Kenya's President William Ruto, in an upbeat mood, said the region's currencies should be \
merged before 2030. Visa fees, he told the same gathering, had no place among neighbours.

Burundi's President Evariste Ndayishimiye told the same banquet that his country would \
settle its arrears to the secretariat.
"""


def test_told_the_same_gathering_is_the_occasion_just_told() -> None:
    assert_statements(
        TOLD_THE_SAME_GATHERING,
        datetime.date(2024, 6, 10),
        [
            ("Samia Suluhu Hassan", "the single customs territory", "2024-06-08"),
            ("William Ruto", "the region's currencies", "2024-06-10"),
            ("William Ruto", "Visa fees", "2024-06-08"),
            ("Evariste Ndayishimiye", "his country would settle", "2024-06-08"),
        ],
    )


# A body "said through its spokesperson, NAME, that ...": the words are the named
# spokesperson's, and they start after "that" (a name of three words set off by commas).
SAID_THROUGH_ITS_SPOKESPERSON = """\
NIAMEY, Aug 3 (Africanews) - The regional bloc's deadline for Niger runs out on Sunday.

The National Council for the Safeguard of the Homeland said on Wednesday through its \
spokesman, Colonel Amadou Abdramane, that any foreign intervention would be met with force.

The presidency of Mali announced through its press secretary, Fatoumata Sangare, that a \
delegation would fly to Niamey.
"""


def test_words_said_through_a_named_spokesperson_are_theirs() -> None:
    assert_statements(
        SAID_THROUGH_ITS_SPOKESPERSON,
        datetime.date(2023, 8, 3),
        [
            ("Amadou Abdramane", "any foreign intervention", "2023-08-02"),
            ("Fatoumata Sangare", "a delegation would fly", "2023-08-03"),
        ],
    )


# "defended the decision again this week, writing on social media that ...": the week, after
# the act's adverb, is when the words came (the range of this week), not part of them.
ACT_AGAIN_THIS_WEEK_THEN_WRITING = """\
Friday, March 14, 2025

By Buenos Aires Times

The former foreign minister, Jorge Faurie, defended the trade agreement again this week, \
writing on social media that the deal with the European Union was "long overdue."
"""


def test_the_week_after_the_acts_adverb_dates_the_words() -> None:
    assert_statements(
        ACT_AGAIN_THIS_WEEK_THEN_WRITING,
        datetime.date(2025, 3, 14),
        [("Jorge Faurie", "defended the trade agreement the deal", "2025-03-10/2025-03-14")],
    )


# "According to the Office of the High Commissioner": the office a post heads is a body,
# not the one holding the post that the story named before.
OFFICE_OF_THE_POST_IS_A_BODY = """\
Haiti: UN rights office warns of spiralling gang violence

12 April 2024 Human Rights

UN High Commissioner for Human Rights Volker Türk urged the international community on \
Friday to speed up the deployment of the security mission.

According to the Office of the High Commissioner, more than 1,500 people were killed in gang \
attacks in the first three months of the year.
"""


def test_the_office_of_a_post_is_not_its_holder() -> None:
    assert_statements(
        OFFICE_OF_THE_POST_IS_A_BODY,
        datetime.date(2024, 4, 12),
        [
            ("Volker Türk", "urged the international community", "2024-04-12"),
            ("Office of the High Commissioner", "more than 1,500 people", "2024-04-12"),
        ],
    )


# A day inside the object, on a happening the state of things followed ("the situation
# following the election of ... on 30 June", "the tension since the vote on 2 July"): the
# happening's day, not the words'; a bare "said" has no day of its own.
DAY_OF_A_HAPPENING_IN_THE_OBJECT = """\
Mali: rights experts alarmed by crackdown on opposition

9 July 2025 Human Rights

The UN Independent Expert on Mali, Alioune Tine, voiced alarm at the situation \
following the dissolution of all political parties on 30 June, warning that civic space had \
"all but vanished." He urged the transitional authorities to free detained party leaders.

The Special Rapporteur on freedom of assembly, Gina Romero, expressed concern about the \
arrests since the protests on 3 July, noting that dozens of students were still held.
"""


def test_the_day_of_a_happening_in_the_object_is_not_the_words_day() -> None:
    assert_statements(
        DAY_OF_A_HAPPENING_IN_THE_OBJECT,
        datetime.date(2025, 7, 9),
        [
            ("Alioune Tine", "voiced alarm at the situation", "2025-07-09"),
            ("Alioune Tine", "urged the transitional authorities", "2025-07-09"),
            ("Gina Romero", "expressed concern about the", "2025-07-09"),
        ],
    )


# Spanish family names that end as a Slavic woman's does ("Villanueva", "Medina"): no sign
# of a woman, so "he" below still means the man named.
SPANISH_SURNAME_ENDING_AS_SLAVIC = """\
Friday, May 16th 2025 - 10:12 UTC

Uruguay's Foreign Minister Mario Lubetkin met his Paraguayan counterpart in Asuncion.

Paraguay's Industry Minister Javier Gimenez Medina said the Hidrovia dredging contract would \
be signed before the end of the year. He told reporters that the toll on barges would stay \
unchanged.

Chile's former trade negotiator Andres Villanueva said the Mercosur deal with the EFTA states \
was ready for ratification. He warned that farm groups in Europe still opposed it.

MercoPress
"""


def test_a_spanish_surname_ending_in_slavic_womans_ending_is_no_womans() -> None:
    assert_statements(
        SPANISH_SURNAME_ENDING_AS_SLAVIC,
        datetime.date(2025, 5, 16),
        [
            ("Javier Gimenez Medina", "the Hidrovia dredging contract", "2025-05-16"),
            ("Javier Gimenez Medina", "the toll on barges", "2025-05-16"),
            ("Andres Villanueva", "the Mercosur deal", "2025-05-16"),
            ("Andres Villanueva", "farm groups in Europe", "2025-05-16"),
        ],
    )


# 'The rebels had given "real ground," he conceded, "because ..."': a sentence opened by the
# reporter's words and a quoted fragment, the speaker set off, then the quotation's rest;
# the statement starts with the sentence.
REPORTED_OPENING_THEN_SPLIT_QUOTE = """\
NAIROBI, March 21 (The EastAfrican) - The talks in Nairobi ended late on Thursday.

Deng Alor, who led the opposition's team, was cautious. His side had accepted "hard \
compromises," he conceded, "because our people cannot endure another season of war."
"""


def test_reported_words_before_a_split_quotation_open_the_statement() -> None:
    assert_statements(
        REPORTED_OPENING_THEN_SPLIT_QUOTE,
        datetime.date(2025, 3, 21),
        [("Deng Alor", 'His side had accepted "hard compromises', "2025-03-21")],
    )


# "who posted the text of the communique on X": a document shown, no words of the poster's;
# "posted a copy of the accord, writing that ...": the words are after the participle.
POSTED_A_DOCUMENT = """\
KINSHASA, June 28 (Africanews) - Congo and Rwanda signed a peace accord in Washington on \
Friday.

Government spokesman Patrick Muyaya, who posted the text of the accord on X shortly after \
the ceremony, said refugees would be able to return within months.

Rwanda's government spokesperson Yolande Makolo posted a copy of the accord, writing that \
the deal addressed the root causes of the conflict.
"""


def test_posting_a_document_is_no_statement_of_its_own() -> None:
    assert_statements(
        POSTED_A_DOCUMENT,
        datetime.date(2025, 6, 28),
        [
            ("Patrick Muyaya", "refugees would be able to return", "2025-06-27"),
            ("Yolande Makolo", "the deal addressed the root causes", "2025-06-27"),
        ],
    )


# The second post after the name where the first post's body is not read as an institution
# ("President of the Republic of Zimbabwe and Chairperson of SADC"): "the Chairperson" below
# is still the one named.
CHAIRPERSON_OF_A_BODY_BY_ITS_INITIALS = """\
MEDIA STATEMENT

Gaborone, 20 November 2024

The Extraordinary Summit of the Organ Troika met in Harare today under the chairmanship of \
H.E. Emmerson Mnangagwa, President of the Republic of Zimbabwe and Chairperson of SADC.

In his address, the Chairperson said the Community would send a fact-finding mission to \
Maputo before the end of the month.
"""


def test_a_second_post_after_the_name_names_its_holder() -> None:
    assert_statements(
        CHAIRPERSON_OF_A_BODY_BY_ITS_INITIALS,
        datetime.date(2024, 11, 20),
        [("Emmerson Mnangagwa", "the Community would send", "2024-11-20")],
    )
