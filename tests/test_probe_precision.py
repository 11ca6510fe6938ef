"""Sentences that look like attributions but record no statement, probed one construction at a
time (issue 8, round 10 probes of precision). Every text is invented; names are made up."""

from __future__ import annotations

import datetime

from tracker.extract import extract

THURSDAY = datetime.date(2024, 10, 17)


def _speakers(text: str) -> list[str | None]:
    return [s.speaker for s in extract(text, published=THURSDAY)]


# Numbers a body measured, named as "figures from X", "estimates by X", "a survey by X": they
# show something, nobody says it; the body speaking in its own name still does.
MEASURED = """\
RIGA, Oct 17 (Reuters) - Latvian Foreign Minister Ilze Kalnina said on Thursday that Riga would \
reopen its consulate in Minsk only after the elections.

Latvia's trade with Belarus fell last year, according to figures from the statistics bureau.

According to estimates by the Baltic Monetary Fund, the closure will cost 40 million euros.

According to a poll by the Norstat institute, most Latvians support the closure.

According to the State Border Guard, 300 people were turned back last week.
"""


def test_figures_or_a_poll_by_a_body_are_no_statement() -> None:
    found = extract(MEASURED, published=THURSDAY)
    assert [s.text[:10] for s in found] == ["Riga would", "300 people"]


# An outlet introduced by the word for its kind ("the newspaper X", "Broadcaster X") reports;
# ANNOTATION.md records no media outlet as a source.
OUTLETS = """\
LISBON, Oct 17 (AFP) - Portuguese Foreign Minister Duarte Sequeira said on Thursday that \
Lisbon would send a frigate to the Gulf of Guinea.

The newspaper Diario de Noticias reported that the frigate would sail next week.

Broadcaster SIC said the mission had been planned since the summer.

The weekly magazine Sabado reported that two more ships were on standby.
"""


def test_an_outlet_named_by_its_kind_is_no_speaker() -> None:
    assert _speakers(OUTLETS) == ["Duarte Sequeira"]


# "talks with X" in a wire lead is a noun, not someone "talks with" an interviewer: under a title
# and a photo's "PHOTO:" caption, the page is still a story, not a transcript with no turns.
CAPTIONED = """\
Talks With Rebels Will Resume

PHOTO: Foreign Minister Tomas Rivas speaks to reporters in Quito on October 16. (Reuters)

QUITO, Oct 17 (Reuters) - Ecuadorean Foreign Minister Tomas Rivas said on Thursday that peace \
talks with the rebels would resume next month.
"""


def test_talks_with_in_a_story_announce_no_interview() -> None:
    found = extract(CAPTIONED, published=THURSDAY)
    assert [(s.speaker, s.text[:11]) for s in found] == [("Tomas Rivas", "peace talks")]


# Sanctions, tariffs and penalties "announced" are measures imposed, an act like expelling
# diplomats; "announced that ..." and money announced still tell something.
MEASURES = """\
OTTAWA, Oct 17 (Reuters) - Canadian Foreign Minister Nora Pelletier announced sanctions on six \
militia commanders on Thursday.

Pelletier also announced a fresh round of sanctions against the militia's financiers.

Pelletier announced that Ottawa would close its embassy in the capital.
"""


def test_sanctions_announced_are_a_measure_not_words() -> None:
    found = extract(MEASURES, published=THURSDAY)
    assert [s.text for s in found] == ["Ottawa would close its embassy in the capital"]


# A constitution or a treaty lays down rules: "The constitution says ..." gives no one's words.
CHARTERS = """\
VILNIUS, Oct 17 (Reuters) - Lithuanian President Egle Baranauskiene said on Thursday that she \
would not seek a third term.

The constitution says a president may serve only two terms.

The 2004 treaty states that both sides must notify each other of military exercises.
"""


def test_a_constitution_or_a_treaty_is_no_speaker() -> None:
    assert _speakers(CHARTERS) == ["Egle Baranauskiene"]


# "claims", "pledges", "demands" are plural nouns before "of", "from" or "have": no one claims.
PLURALS = """\
SEOUL, Oct 17 (Yonhap) - South Korean Foreign Minister Park Min-ho said on Thursday that Seoul \
would send an envoy to Tokyo.

Compensation claims from the flooding have topped 3 trillion won.

Opposition claims of vote rigging were dismissed by the election commission.

Aid pledges from donors have fallen short of the target.
"""


def test_claims_or_pledges_before_of_from_or_have_are_nouns() -> None:
    assert _speakers(PLURALS) == ["Park Min-ho"]


# "called his counterpart", "called President X on Monday": a telephone call, no words given;
# "called the president reckless" still names him so.
PHONED = """\
WARSAW, Oct 17 (PAP) - Polish Foreign Minister Adam Zielak called his Lithuanian counterpart \
on Thursday.

Zielak later called President Ona Vilkiene to discuss the border.

Zielak called the blockade "an act of blackmail."
"""


def test_a_counterpart_or_a_president_called_is_a_telephone_call() -> None:
    found = extract(PHONED, published=THURSDAY)
    assert [s.text for s in found] == ['the blockade "an act of blackmail."']


# "X expressed his support." with nothing it is for: a stance named, no content.
STANCE = """\
TOKYO, Oct 17 (Kyodo) - Japanese Foreign Minister Haruto Mori said on Thursday that Tokyo \
would raise the fisheries issue at the summit.

Minister Mori asked for cooperation on the fisheries issue, and Minister Lee expressed his \
support.

Lee also voiced his concern.

Lee expressed his support for the joint fisheries survey.
"""


def test_a_stance_named_with_nothing_it_is_for_is_no_statement() -> None:
    texts = [s.text for s in extract(STANCE, published=THURSDAY)]
    assert "expressed his support for the joint fisheries survey" in texts
    assert not [t for t in texts if t in ("expressed his support", "voiced his concern")]
