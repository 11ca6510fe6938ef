"""Words of saying not read as cues before: a warning voiced by a light verb ("issued a stern
warning to X against ..."), "restated" as "reiterated", a judgement given with "cited X as
Y" or "identified X as Y", and an "according to X" that closes a sentence after the occasion
X spoke at ("according to X at a press conference") or opens a relative clause ("the
summit, which, according to X, should take place in May"). Near misses: a passive or
reflexive "identified as", "cited X as saying" (X's words), a firm's "restated its
earnings", a paper shown at a briefing, a count of the dead, an unnamed source. Sentences
written here, in the manner of wire, Asian, African and European outlets."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2024, 3, 7)  # a Thursday


def _said(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return [(s["speaker"], s["text"]) for s in ingested_statements(tmp_path, text, PUBLISHED)]


SAID = [
    # a warning named by its noun, voiced by a light verb
    (
        "NAIROBI - President Daniel Mwangi on Tuesday issued a stern warning to Kampala "
        "against any further incursions into the border county.\n",
        "Daniel Mwangi",
        "a stern warning to Kampala against any further incursions",
    ),
    (
        "Foreign Minister Arif Rahman sounded a fresh warning that the water dispute could "
        "spill over into open conflict.\n",
        "Arif Rahman",
        "warning that the water dispute could spill over",
    ),
    (
        "Prime Minister Leona Vass delivered a blunt warning to the militias not to cross "
        "the ceasefire line.\n",
        "Leona Vass",
        "warning to the militias not to cross the ceasefire line",
    ),
    # "restated" as "reiterated"
    (
        "Vice President Tom Harlan restated his commitment to fully support the new "
        "government in its fight against the insurgency.\n",
        "Tom Harlan",
        "his commitment to fully support the new government",
    ),
    (
        "Foreign Minister Elin Dahl restated that Oslo would not accept any change to the "
        "fishing quotas.\n",
        "Elin Dahl",
        "Oslo would not accept any change to the fishing quotas",
    ),
    (
        "At the meeting, Minister Paolo Greco restated Italy's position on the migration pact.\n",
        "Paolo Greco",
        "Italy's position on the migration pact",
    ),
    # "cited X as Y", "cited as Y X", "cited N keywords": a judgement or points set out
    (
        "Foreign Minister Hana Mori cited the repeated drills near the islands as the "
        "biggest obstacle to better relations with Beijing.\n",
        "Hana Mori",
        "the repeated drills near the islands as the biggest obstacle",
    ),
    (
        "In his address, Defence Minister Ravi Menon cited as the main threats to the "
        "region the missile tests and the collapse of arms control.\n",
        "Ravi Menon",
        "the main threats to the region the missile tests",
    ),
    (
        "Trade Minister Kenji Arai has cited four pillars, supply chains, energy, food and "
        "digital rules, for his first months in office.\n",
        "Kenji Arai",
        "four pillars, supply chains, energy, food and digital rules",
    ),
    # "identified X as Y": a judgement given by a person
    (
        "Minister of Foreign Affairs Chidi Okafor identified poor communication between "
        "the migrants and local officials as the main cause of the tension.\n",
        "Chidi Okafor",
        "poor communication between the migrants and local officials as the main cause",
    ),
    (
        "Senator Mark Doyle has identified the energy bill as one of the government's "
        "biggest failures.\n",
        "Mark Doyle",
        "the energy bill as one of the government's biggest failures",
    ),
    (
        "EU foreign policy chief Kaja Lind identified disinformation as the most urgent "
        "threat facing the bloc.\n",
        "Kaja Lind",
        "disinformation as the most urgent threat facing the bloc",
    ),
    # "according to X" closing the sentence, the occasion X spoke at after the name
    (
        "The coast guard vessels must leave the waters at once, according to Chief Cabinet "
        "Secretary Taro Ikeda at a press conference on Monday.\n",
        "Taro Ikeda",
        "The coast guard vessels must leave the waters at once",
    ),
    (
        "Ankara will not block the accession talks, according to Foreign Minister Selin "
        "Aksoy during a briefing in the capital.\n",
        "Selin Aksoy",
        "Ankara will not block the accession talks",
    ),
    (
        "The grain corridor would reopen within days, according to Deputy Prime Minister "
        "Olha Koval in an interview on Tuesday.\n",
        "Olha Koval",
        "The grain corridor would reopen within days",
    ),
    # an "according to X" at the head of a relative clause
    (
        "The minister also spoke of the next peace conference, which, according to Marc "
        "Lefevre, should be held before the end of the year.\n",
        "Marc Lefevre",
        "should be held before the end of the year",
    ),
    (
        "The talks covered the new rail link, which, according to Transport Minister Jana "
        "Novak, would open to freight in June, and the customs rules.\n",
        "Jana Novak",
        "would open to freight in June",
    ),
    (
        "Both sides discussed the prisoner exchange, which, according to ombudsman Irina "
        "Bondar, is to take place within two weeks.\n",
        "Irina Bondar",
        "is to take place within two weeks",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), SAID)
def test_words_read(tmp_path, text, speaker, words):
    said = _said(tmp_path, text)
    assert any(who == speaker and words in what for who, what in said), said


NOT_SAID = [
    # passive and reflexive "identified as": a name or a self on record
    "The driver of the van was identified as Ivan Petrov, a resident of the city.\n",
    "Nadia Haddad identified herself as a member of the delegation.\n",
    # a firm's accounts restated
    "The state bank restated its 2022 earnings after the audit.\n",
    # a source cited, no judgement given
    "Foreign Minister Hana Mori cited polling data.\n",
    # a warning with nothing it is about
    "The weather office issued a warning.\n",
    # a paper shown at a briefing: no one spoke
    "Exports fell by a fifth, according to figures presented at a press conference.\n",
    # a count of the dead, and an unnamed source, at the head of a relative clause
    "The strikes, which, according to the health ministry, killed 550 people, drew condemnation.\n",
    "The plan, which, according to sources, was drafted in Paris, drew criticism.\n",
    "The plan, which, according to a report by the commission, was drafted in Paris, drew "
    "criticism.\n",
]


@pytest.mark.parametrize("text", NOT_SAID)
def test_no_words(tmp_path, text):
    assert _said(tmp_path, text) == []


def test_cited_as_saying_gives_the_words_to_the_one_quoted(tmp_path):
    """ "The agency cited the envoy as saying ...": the envoy's words, not the agency's
    judgement of him."""
    said = _said(
        tmp_path,
        "The ministry cited Ambassador Lars Berg as saying the talks had stalled over the "
        "question of guarantees.\n",
    )
    assert said and all(who != "ministry" for who, _ in said)
    assert not any(what.startswith("Ambassador Lars Berg as") for _, what in said)
