"""Which spans of English news prose are statements (issue 8, thirteenth round, second
wave): sentence ends the reader missed, and attributions whose words stand in the sentence
before. Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

FRIDAY = datetime.date(2023, 5, 12)


# A wire story whose sentence ends on a clock time, the next sentence carrying its own
# attribution at its end.
TIME_ENDS_SENTENCE = """\
TOKYO, May 12 (Kyodo) -- A magnitude 6.1 earthquake struck off Japan's northeast coast \
on Friday.

The Meteorological Agency said the quake was recorded off Iwate prefecture at 4:15 a.m. \
The tremor caused no tsunami along the coast, the agency said.
"""


def test_a_clock_time_ends_a_sentence_before_a_word_that_opens_one() -> None:
    found = extract(TIME_ENDS_SENTENCE, published=FRIDAY)
    starts = [s.text[:24] for s in found]
    assert "the quake was recorded o" in starts
    assert "The tremor caused no tsu" in starts
    first = next(s for s in found if s.text.startswith("the quake"))
    assert "tremor" not in first.text


# A story copied with curly apostrophes: a possessive ends one sentence, a quote with its
# attribution follows.
CURLY_POSSESSIVE_ENDS_SENTENCE = """\
Finance Minister Carla Ruiz said the decision on the bond sale was hers, not the central \
bank’s. The bank’s governor, Tomas Ortega, said the timing had been agreed by both sides.
"""


def test_a_curly_possessive_ends_a_sentence() -> None:
    found = extract(CURLY_POSSESSIVE_ENDS_SENTENCE, published=FRIDAY)
    by_start = {s.text[:24]: s.speaker for s in found}
    assert by_start.get("the decision on the bond") == "Carla Ruiz"
    assert by_start.get("the timing had been agre") == "Tomas Ortega"
    ruiz = next(s for s in found if s.text.startswith("the decision"))
    assert "Ortega" not in ruiz.text


# A public broadcaster's interview write-up: the lead states the news, the next sentence
# names whose account it is, and what follows the name is about the interview.
ACCOUNT_NAMED_AFTER_THE_LEAD = """\
Halvorsen: Nordic grid deal is about winter, not politics

Nine utilities have now signed up to the Nordic reserve scheme, and the first cables \
could be laid before the autumn. That is according to Energy Minister Ingrid Halvorsen, \
who spoke to Nordic Radio at her ministry to discuss the plan and the coming election.

Halvorsen said the scheme would cost less than expected.
"""

ACCOUNT_NAMED_AFTER_A_PLAIN_LEAD = """\
The border crossing at Vaalimaa will reopen to freight traffic on Monday. That's according \
to Interior Minister Mikko Rantanen, who visited the crossing with customs officials.
"""


def test_that_is_according_to_gives_the_sentence_before_to_the_source() -> None:
    found = extract(ACCOUNT_NAMED_AFTER_THE_LEAD, published=FRIDAY)
    lead = [s for s in found if s.text.startswith("Nine utilities have now signed")]
    assert lead and lead[0].speaker == "Ingrid Halvorsen"
    assert not any("spoke to Nordic Radio" in s.text for s in found)
    plain = extract(ACCOUNT_NAMED_AFTER_A_PLAIN_LEAD, published=FRIDAY)
    assert [(s.speaker, s.text[:24]) for s in plain] == [
        ("Mikko Rantanen", "The border crossing at V")
    ]


# A wire story: a minister's remark at a joint news conference, then his host's words in a
# relative clause; an envoy's account, then a concession with a verb of saying of its own.
CLAUSES_WITH_THEIR_OWN_VERB = """\
OSLO, May 12 (Reuters) - Talks on the fishing zone ended on Friday.

Icelandic Foreign Minister Einar Bjarnason called the accord "a fair catch" at a joint \
news conference in Oslo with Norwegian Foreign Minister Kari Lunde, who said it proved that \
old quarrels could be settled at the table.

Russian envoy Pavel Orlov told reporters that quotas for cod had not been discussed, though \
he said a joint inspection office would be opened in Tromso.
"""


def test_a_relative_or_concessive_clause_with_its_own_verb_is_its_own_statement() -> None:
    found = extract(CLAUSES_WITH_THEIR_OWN_VERB, published=FRIDAY)
    by_start = {s.text[:24]: s.speaker for s in found}
    assert by_start.get("it proved that old quarr") == "Kari Lunde"
    assert by_start.get("a joint inspection offic") == "Pavel Orlov"
    orlov = next(s for s in found if s.text.startswith("quotas for cod"))
    assert "inspection" not in orlov.text
    bjarnason = next(s for s in found if s.speaker == "Einar Bjarnason")
    assert "old quarrels" not in bjarnason.text


# A wire story's background paragraph: a place named by a participle of naming after a comma,
# which reads like an inverted attribution ("..., said the minister") but gives a name.
A_NAME_GIVEN_AFTER_A_COMMA = """\
Ties between the two neighbours have been tense since Seoul built a lighthouse on the \
rocky islets, called the Dokdo in Korea and the Takeshima in Japan, in 2019.
"""


def test_a_participle_of_naming_after_a_comma_is_no_inverted_attribution() -> None:
    assert extract(A_NAME_GIVEN_AFTER_A_COMMA, published=FRIDAY) == []


# A wire story: a president's words given on a long-named occasion he put to use, and a
# minister's at a chance he took.
AN_OCCASION_PUT_TO_USE = """\
MINSK, May 12 (Reuters) - Border talks ended on Friday.

President Anton Karpovich used his yearly televised question-and-answer session with \
farmers to say he saw no reason to close the western border.

Foreign Minister Olga Demchenko took the opportunity to say that visas would be eased.
"""


def test_words_given_on_an_occasion_put_to_use_are_a_statement() -> None:
    found = extract(AN_OCCASION_PUT_TO_USE, published=FRIDAY)
    by_start = {s.text[:24]: s.speaker for s in found}
    assert by_start.get("he saw no reason to clos") == "Anton Karpovich"
    assert by_start.get("visas would be eased") == "Olga Demchenko"


# An agency story: a body's statement carried by a state news agency, and "it" going on with
# the body's words in the next sentence.
IT_AFTER_A_STATEMENT_CARRIED_BY_AN_AGENCY = """\
SEOUL, May 12 (Yonhap) -- North Korea fired a new cruise missile on Friday.

The North's Missile Administration said in a statement carried by the Korean Central News \
Agency that the launch had "fully confirmed" the new engine. It said the country would keep \
strengthening its deterrent "without pause."
"""


def test_it_after_a_statement_carried_by_an_agency_is_the_body_that_issued_it() -> None:
    found = extract(IT_AFTER_A_STATEMENT_CARRIED_BY_AN_AGENCY, published=FRIDAY)
    later = [s for s in found if s.text.startswith("the country would keep")]
    assert later and "Missile Administration" in (later[0].speaker or "")


# Fourth wave. A feature: a praise naming only whom, then the speaker's quotation.
PRAISE_LEADS_INTO_QUOTE = """\
GENEVA, May 12 (Reuters) - Delegates from both sides signed the water-sharing accord on \
Friday.

The Swiss mediator, Lukas Brenner, who chaired the final round, commended the two teams. \
"Both delegations showed they could put the interests of farmers first," he said.

Interior Minister Petra Vogel thanked the engineers at the signing ceremony.

"Without their patient work there would be no accord today," Vogel told guests.
"""


def test_a_praise_naming_only_whom_introduces_the_quotation_after_it() -> None:
    found = extract(PRAISE_LEADS_INTO_QUOTE, published=FRIDAY)
    texts = [s.text for s in found]
    assert not any(t.startswith(("commended", "thanked")) for t in texts)
    assert any(t.startswith("Both delegations showed") for t in texts)
    assert any(t.startswith("Without their patient work") for t in texts)


# A military statement: a force's act in answer, told on a press office's account.
ACT_IN_ANSWER_ON_AN_ACCOUNT = """\
RAWALPINDI, May 12 (Reuters) - Gunmen attacked a border checkpoint overnight.

The country's border troops responded swiftly and in self-defence, killing three of the \
attackers, according to the Frontier Corps Media Cell (FCMC).

The coast guard responded firmly to the intrusion, the Maritime Security Agency said.
"""


def test_an_act_in_answer_is_no_saying_of_its_subject() -> None:
    found = extract(ACT_IN_ANSWER_ON_AN_ACCOUNT, published=FRIDAY)
    by_start = {s.text[:24]: s.speaker or "" for s in found}
    assert "Media Cell" in by_start.get("The country's border tro", "")
    assert "Maritime" in by_start.get("The coast guard responde", "")
    assert not any(t.startswith(("and in self", "the intrusion")) for t in by_start)


# A round-up of reactions where some capitals speak as a whole and one body is named.
STATES_REACT = """\
NAIROBI, March 9 (Wire) - Ethiopia said on Thursday that the border accord was a fair one, \
and Washington said it hoped both sides would keep to the timetable.

Kenya's Foreign Ministry said in a statement that the first joint patrols would begin next \
month.
"""


def test_a_state_named_as_a_whole_is_listed_only_when_unnamed_sources_are_asked_for() -> None:
    found = extract(STATES_REACT, published=FRIDAY)
    assert [s.speaker for s in found] == ["Kenyan Foreign Ministry"]
    asked = extract(STATES_REACT, published=FRIDAY, unnamed=True)
    assert [s.speaker for s in asked] == ["Ethiopia", "United States", "Kenyan Foreign Ministry"]


# An adverb in "-ly" right after the verb, then the words' own clause, which has a "that" of
# its own further on.
SEPARATELY_THEN_CLAUSE = """\
ROME, April 2 (Wire) - Italy's finance ministry said on Tuesday it would delay the bond sale.

The economy ministry said separately it would keep funding regional schemes in a manner that \
favours small lenders.
"""


def test_an_adverb_after_the_verb_does_not_reach_a_later_that() -> None:
    found = extract(SEPARATELY_THEN_CLAUSE, published=FRIDAY)
    texts = [s.text for s in found]
    assert "it would keep funding regional schemes in a manner that favours small lenders" in texts
    assert "favours small lenders" not in texts
