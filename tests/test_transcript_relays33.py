"""Who speaks inside a briefer's turn and in wire copy (round 25): words relayed from
someone else, told by the briefer or the reporter.

A second clause opening on its occasion with no comma, then a pronoun ("..., and in his
testimony before the committee he made clear that ..."): the pronoun speaks, not "the
committee he". A relay going on in "He also said that we ...": the "we" is the one relayed.
An "as" clause after the briefer's aside ("That said, as Prime Minister X stated ...") and a
name taken up by "who said on Monday that ...": the named person's words of that day. A
noon briefing's "Let me start with X, where Envoy Y ...", then "In a statement we issued
on Sunday, she urged ...": the envoy's. An agency with its initials set off ("The UN
children's agency, UNICEF, reports that"): the agency's finding. A name's suffix set off by
a comma ("President Joseph R. Biden, Jr."): part of the name, not a speaker of its own.

Every text here is invented, written in the manner of those pages. Each case lists the
statements expected, exactly: speaker, first words and day.
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements

# A State Department briefer's opening paragraph relaying the Secretary's testimony of
# Wednesday, then pointing to it in her own voice; the answer below is hers.
BRIEFER_RELAYS_TESTIMONY = """\
Department Press Briefing - June 12, 2025

Tammy Bruce, Department Spokesperson
Washington, DC

MS BRUCE: Good afternoon. A few things before we start.

As most of you know, Secretary Rubio was on the Hill on Wednesday, and in his testimony \
before the House Foreign Affairs Committee he argued that foreign aid must serve American \
interests first. I would send you to the committee's record for the full exchange.

QUESTION: Thank you. On the budget, will the cuts hit embassies?

MS BRUCE: We are not closing any embassy this year, and I would not speculate beyond that.
"""

# Wire copy: the occasion after "but", with a body named in it, then "she".
WIRE_BUT_AT_THE_HEARING = """\
BRUSSELS, Oct 9 (Wire) - The European Union's foreign policy chief faced lawmakers on \
Thursday.

Kaja Kallas spent the morning with ministers, but at the hearing before the European \
Parliament's foreign affairs committee she warned that sanctions on Moscow would stay until \
the war ended.
"""

# Wire copy: "remarks to reporters" between the conjunction and the pronoun.
WIRE_AND_DURING_REMARKS = """\
ANKARA, Sept 3 (Wire) - Turkey's foreign minister visited the Syrian capital on Tuesday.

Hakan Fidan met the interim authorities in Damascus, and during his remarks to reporters \
he said that Ankara would help rebuild the country's power grid.
"""

CASES = {
    "briefer_relays_testimony": (
        BRIEFER_RELAYS_TESTIMONY,
        datetime.date(2025, 6, 12),
        [
            ("Tammy Bruce", "Good afternoon. A few things", "2025-06-12"),
            ("Rubio", "foreign aid must serve American interests", "2025-06-11"),
            ("Tammy Bruce", "We are not closing any embassy", "2025-06-12"),
        ],
    ),
    "wire_but_at_the_hearing": (
        WIRE_BUT_AT_THE_HEARING,
        datetime.date(2025, 10, 9),
        [("Kaja Kallas", "sanctions on Moscow would stay", "2025-10-09")],
    ),
    "wire_and_during_remarks": (
        WIRE_AND_DURING_REMARKS,
        datetime.date(2025, 9, 3),
        [("Hakan Fidan", "Ankara would help rebuild", "2025-09-03")],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_pronoun_after_a_joined_occasion_speaks(name: str) -> None:
    text, published, expected = CASES[name]
    assert_statements(text, published, expected)


# A briefer relaying a minister's words of yesterday over three sentences, the last opening
# "He also said that we ...": the minister's "we", his words still; the briefer's own voice
# comes back after them ("That is our approach").
RELAY_GOES_ON_WITH_WE = """\
Transcript of Weekly Media Briefing by the Official Spokesperson (July 18, 2025)

July 18, 2025

Shri Randhir Jaiswal, Official Spokesperson: Good afternoon, friends.

Sidhant: Sir, has the Government said anything on the students stranded in Tehran?

Shri Randhir Jaiswal, Official Spokesperson: EAM Dr. S. Jaishankar answered questions on \
this in the Lok Sabha yesterday. He said that every student who had asked for help had been \
contacted, and that two more flights were being arranged. He also said that we will not \
rest until the last of them is home. That is our commitment, and we will keep you informed.
"""

# The same at a Chinese briefing: "He further noted that our two countries ...".
RELAY_GOES_ON_WITH_OUR = """\
Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on July 22, 2025

Xinhua: Could you share more about Wang Yi's talks with the Egyptian foreign minister?

Lin Jian: Director Wang Yi held talks with Badr Abdelatty in Beijing yesterday. He said that \
China values its comprehensive strategic partnership with Egypt. He further noted that our \
two countries should deepen cooperation on the Belt and Road. China is ready to work with \
Egypt to that end.
"""

# Near-miss: "He said so, and we share that view": the briefer's own voice, nothing relayed.
SAID_SO_AND_WE = """\
Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, July 23, 2025

Question: Did Sergey Lavrov comment on the Caspian summit?

Maria Zakharova: Sergey Lavrov met the press in Baku yesterday. He said that the summit \
would go ahead in the autumn. He added that our partners had confirmed their attendance. \
This is encouraging.

Question: And the transit corridor?

Maria Zakharova: Sergey Lavrov touched on this too yesterday. He said so, and we fully \
share that view. Work on the corridor will continue.
"""

RELAY_CASES = {
    "relay_goes_on_with_we": (
        RELAY_GOES_ON_WITH_WE,
        datetime.date(2025, 7, 18),
        [
            ("Randhir Jaiswal", "EAM Dr. S. Jaishankar answered", "2025-07-18"),
            ("S. Jaishankar", "every student who had asked", "2025-07-17"),
            ("S. Jaishankar", "we will not rest until", "2025-07-17"),
        ],
    ),
    "relay_goes_on_with_our": (
        RELAY_GOES_ON_WITH_OUR,
        datetime.date(2025, 7, 22),
        [
            ("Lin Jian", "Director Wang Yi held talks", "2025-07-22"),
            ("Wang Yi", "China values its comprehensive", "2025-07-21"),
            ("Wang Yi", "our two countries should deepen", "2025-07-21"),
        ],
    ),
    "said_so_and_we": (
        SAID_SO_AND_WE,
        datetime.date(2025, 7, 23),
        [
            ("Maria Zakharova", "Sergey Lavrov met the press", "2025-07-23"),
            ("Sergey Lavrov", "the summit would go ahead", "2025-07-22"),
            ("Sergey Lavrov", "our partners had confirmed", "2025-07-22"),
            ("Maria Zakharova", "Sergey Lavrov touched on this", "2025-07-23"),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(RELAY_CASES))
def test_relay_goes_on_past_a_pronoun_sentence(name: str) -> None:
    text, published, expected = RELAY_CASES[name]
    assert_statements(text, published, expected)


# "That said, as Prime Minister X stated in the Diet yesterday, ...": the "as" clause after
# the briefer's own aside relays the Prime Minister's words of a day of their own; "as he
# said" and a "we" after the clause stay the minister's own answer.
AS_CLAUSE_AFTER_AN_ASIDE = """\
Press Conference by Foreign Minister IWAYA Takeshi

Friday, June 13, 2025, 9:40 a.m. Press Conference Room, Ministry of Foreign Affairs

Reporter (Jiji Press): On the Prime Minister's meeting with the Chinese Premier, what is \
the outlook?

Minister Iwaya: I will not go into the details of our exchanges. That said, as Prime \
Minister Ishiba stated in the Diet on Wednesday, a stable relationship with China serves \
both countries and the region. We intend to build on that.

Reporter (TBS): On the seafood ban?

Minister Iwaya: Frankly, as he said, progress has been slow, and we will keep pressing.
"""

# An Australian doorstop: "But as Prime Minister X said in Y last November, ...".
AS_CLAUSE_AFTER_BUT = """\
Doorstop interview - Perth

Transcript, E&OE

14 August 2025

Senator Penny Wong, Minister for Foreign Affairs

JOURNALIST: Minister, are the remaining trade barriers with China going to be lifted?

WONG: Well, there is still work to do. But as Prime Minister Albanese said in Shanghai last \
July, the relationship is best managed through steady dialogue. That is our approach.
"""

AS_CASES = {
    "as_clause_after_an_aside": (
        AS_CLAUSE_AFTER_AN_ASIDE,
        datetime.date(2025, 6, 13),
        [
            ("Takeshi Iwaya", "I will not go into the details", "2025-06-13"),
            ("Ishiba", "a stable relationship with China", "2025-06-11"),
            ("Takeshi Iwaya", "Frankly, as he said", "2025-06-13"),
        ],
    ),
    "as_clause_after_but": (
        AS_CLAUSE_AFTER_BUT,
        datetime.date(2025, 8, 14),
        [
            ("Penny Wong", "Well, there is still work to do", "2025-08-14"),
            ("Albanese", "the relationship is best managed", "2025-07"),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(AS_CASES))
def test_as_clause_after_the_briefers_aside_relays(name: str) -> None:
    text, published, expected = AS_CASES[name]
    assert_statements(text, published, expected)


# A briefer's sentence whose own subject is her side's position, the minister named after
# "by" and taken up by "who said on Tuesday that ...": his words of that day, relayed; an
# unnamed "the President, who said" and "our colleagues, who told us" stay the briefer's.
NAMED_THEN_WHO_SAID = """\
Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, September 17, 2025

Question: How does Moscow assess the statements from the Alaska follow-up talks?

Maria Zakharova: We have read them carefully. Our view was stated again by Foreign \
Minister Sergey Lavrov, who said on Monday that no agreement is possible without \
considering Russia's security interests. We will not comment further for now.

Question: And the prisoner exchange?

Maria Zakharova: This was taken up by the President, who said that the exchanges would \
continue. I have nothing to add.
"""

# The same at a Chinese briefing, the occasion and its date after "stated".
NAMED_THEN_WHO_STATED = """\
Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on September 9, 2025

Bloomberg: How will China respond to the new export controls?

Mao Ning: China's position is consistent and clear. It was set out by Commerce Minister \
Wang Wentao, who stated at a meeting with business leaders on September 4 that China will \
keep its market open to foreign firms. I'd refer you to the competent authorities.
"""

WHO_CASES = {
    "named_then_who_said": (
        NAMED_THEN_WHO_SAID,
        datetime.date(2025, 9, 17),
        [
            ("Maria Zakharova", "We have read them carefully", "2025-09-17"),
            ("Sergey Lavrov", "no agreement is possible", "2025-09-15"),
            ("Maria Zakharova", "This was taken up by the President", "2025-09-17"),
        ],
    ),
    "named_then_who_stated": (
        NAMED_THEN_WHO_STATED,
        datetime.date(2025, 9, 9),
        [
            ("Mao Ning", "China's position is consistent", "2025-09-09"),
            ("Wang Wentao", "China will keep its market open", "2025-09-04"),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(WHO_CASES))
def test_named_then_who_said_on_a_day_relays(name: str) -> None:
    text, published, expected = WHO_CASES[name]
    assert_statements(text, published, expected)


# A noon briefing's paragraph under its topic: the spokesman frames it ("Let me start with
# X, where Envoy Y ...", "Turning to X, I can tell you that Y ...") and relays what the one
# he named said on a day of their own, "In a statement we issued on Sunday, she urged ...":
# all of it news, the pronoun that named person's; "I spoke with Envoy Y this morning" names
# him in the spokesman's own sentence, which stays the spokesman's turn.
NOON_BRIEFING_FRAMED_RELAYS = """\
Daily Press Briefing by the Office of the Spokesperson for the Secretary-General
10 November 2025

The following is a near-verbatim transcript of today's noon briefing by Stéphane Dujarric, \
Spokesperson for the Secretary-General.

**Myanmar

Let me start with Myanmar, where Special Envoy Julie Bishop remains concerned by the air \
strikes in Sagaing. In a statement we issued on Sunday, she urged the military to stop \
targeting civilians.

**Lebanon

Turning to Lebanon, I can tell you that Special Coordinator Jeanine Hennis-Plasschaert \
visited Tyre. In remarks to the press yesterday, she said that the ceasefire must be \
respected by all.

**Syria

I spoke with Special Envoy Geir Pedersen this morning. In a call last night, he told me \
that the talks would resume.

**Questions and Answers

Question: Steph, on Myanmar, is the envoy travelling there?

Spokesman: Not at the moment, but she is in touch with all sides.
"""

NOON_CASES = {
    "noon_briefing_framed_relays": (
        NOON_BRIEFING_FRAMED_RELAYS,
        datetime.date(2025, 11, 10),
        [
            ("Julie Bishop", "urged the military to stop", "2025-11-09"),
            ("Jeanine Hennis-Plasschaert", "the ceasefire must be respected", "2025-11-09"),
            ("Stéphane Dujarric", "I spoke with Special Envoy", "2025-11-10"),
            ("Stéphane Dujarric", "Not at the moment", "2025-11-10"),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(NOON_CASES))
def test_pronoun_relay_after_a_framing_clause(name: str) -> None:
    text, published, expected = NOON_CASES[name]
    assert_statements(text, published, expected)


# Wire copy: an agency named, its initials set off by commas, then "reports that": the
# agency's finding; "Amid reports that" stays a noun.
AGENCY_INITIALS_SET_OFF = """\
NAIROBI, April 7 (Wire) - Aid agencies warned on Monday of hunger spreading in Sudan.

The UN children's agency, UNICEF, reports that more than 700,000 children face severe \
malnutrition this year.

Amid reports that the paramilitary forces are regrouping, aid convoys were halted.
"""


def test_agency_with_its_initials_set_off_reports() -> None:
    assert_statements(
        AGENCY_INITIALS_SET_OFF,
        datetime.date(2025, 4, 7),
        [("UNICEF", "more than 700,000 children face", "2025-04-07")],
    )


# A White House readout styles the President's name with its suffix set off by a comma;
# the suffix is part of the fullest name the page gives, for every statement of his.
SUFFIX_SET_OFF_READOUT = """\
Readout of President Joe Biden's Call with President Cyril Ramaphosa of South Africa

May 9, 2024

President Joseph R. Biden, Jr. spoke today with President Cyril Ramaphosa of South Africa. \
President Biden stressed that the partnership between the two countries delivers for \
both peoples. President Ramaphosa said that South Africa would keep working with the \
United States on energy and health.
"""

# Wire copy: the suffix set off before the verb and before a "who" clause; the comma before
# it breaks no clause ("Sr." alone had been read as the speaker).
SUFFIX_SET_OFF_WIRE = """\
MANILA, July 8 (Wire) - The Philippine president spoke on Tuesday about the South China Sea.

President Ferdinand R. Marcos, Jr. told reporters on Tuesday that Manila would not give up \
its claims. Ferdinand R. Marcos, Jr., who met fishermen in Zambales, said the coast guard \
would step up its patrols.
"""

SUFFIX_CASES = {
    "suffix_set_off_wire": (
        SUFFIX_SET_OFF_WIRE,
        datetime.date(2025, 7, 8),
        [
            ("Ferdinand R. Marcos Jr.", "Manila would not give up", "2025-07-08"),
            ("Ferdinand R. Marcos Jr.", "the coast guard would step up", "2025-07-08"),
        ],
    ),
    "suffix_set_off_readout": (
        SUFFIX_SET_OFF_READOUT,
        datetime.date(2024, 5, 9),
        [
            ("Joseph R. Biden Jr.", "the partnership between the two", "2024-05-09"),
            ("Cyril Ramaphosa", "South Africa would keep working", "2024-05-09"),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(SUFFIX_CASES))
def test_name_suffix_set_off_by_a_comma(name: str) -> None:
    text, published, expected = SUFFIX_CASES[name]
    assert_statements(text, published, expected)
