"""Unnamed sources known by how they know: a restrictive "who" clause telling whom they spoke
with or what they attended ("Officials who spoke with the agency said"), a participle with "on"
or "in" that reads like an occasion ("diplomats briefed on the talks said", "an official
involved in the talks said"), and one of the group in the singular ("a diplomat briefed on the
negotiations"); a group joined by "and" closing the sentence ("..., current and former
officials said"); a group before a restrictive "that" whose verb opens the clause ("Countries
that signed the accord said"). Unnamed sources are read only when asked for (``unnamed=True``,
as attribution studies count them). Stories written here, in the manner of wire copy; each
expected statement is checked for its speaker and its first words."""

import datetime

import pytest

from tracker.extract import extract

PUBLISHED = datetime.date(2025, 3, 12)

WHO_SPOKE_WITH = (
    "Grain talks stall over inspections\n\n"
    "ISTANBUL, March 12 (Wire) - Officials who spoke with the agency said the inspection "
    "regime would stay in place until the summer.\n"
)
WHO_ATTENDED = (
    "Donors pledge less than hoped\n\n"
    "BRUSSELS, March 12 (Wire) - Diplomats who attended the closed session said the "
    "pledges fell well short of the appeal.\n"
)
WHO_HAVE_WORKED = (
    "Envoy's exit leaves gap\n\n"
    "NAIROBI, March 12 (Wire) - Colleagues who have worked with the envoy say his "
    "departure will slow the mediation.\n"
)
BRIEFED_ON_THE_TALKS = (
    "Sanctions relief on the table\n\n"
    "GENEVA, March 12 (Wire) - Western officials briefed on the talks said Tehran wanted "
    "its oil exports freed first.\n"
)
INVOLVED_IN_THE_TALKS = (
    "Prisoner swap near\n\n"
    "DOHA, March 12 (Wire) - Negotiators involved in the talks said the exchange could "
    "take place within days.\n"
)
ONE_BRIEFED = (
    "Ceasefire text nearly done\n\n"
    "CAIRO, March 12 (Wire) - A diplomat briefed on the negotiations said the last "
    "disputed clause concerned the return of the displaced.\n"
)
# near miss, right on both: "familiar with" after a singular head was read already
ONE_FAMILIAR = (
    "Summit date slips\n\n"
    "HANOI, March 12 (Wire) - An official familiar with the planning said the leaders "
    "would now meet in the autumn.\n"
)
BRIEFED_BY = (
    "Mediators upbeat\n\n"
    "ADDIS ABABA, March 12 (Wire) - European officials briefed by the mediators said the "
    "two delegations had agreed on an agenda.\n"
)
# near miss, right on both: a person known by what they know, in the plural
FAMILIAR_PLURAL = (
    "Summit date slips\n\n"
    "HANOI, March 12 (Wire) - Two people familiar with the planning said the leaders "
    "would now meet in the autumn.\n"
)
# near miss, right on both: the clause holds its own saying, whose subject speaks
WHO_BELIEVE = (
    "Doubts over truce\n\n"
    "KYIV, March 12 (Wire) - Some diplomats who doubt the truce will hold have kept quiet. "
    "The minister said the monitors were ready.\n"
)

# a group of two kinds joined by "and" after the words, as the sentence's close
JOINED_AFTER = (
    "Talks to resume\n\n"
    "VIENNA, March 12 (Wire) - The technical talks will resume in Vienna next week, "
    "diplomats and officials said.\n"
)
CURRENT_AND_FORMER = (
    "Embassy review widens\n\n"
    "WASHINGTON, March 12 (Wire) - Investigators are expected to question the ambassador's "
    "deputies before the end of the month, current and former officials said.\n"
)
# a group before a restrictive "that" with a past form or an auxiliary after it
COUNTRIES_THAT_SIGNED = (
    "Treaty deadline stands\n\n"
    "NEW YORK, March 12 (Wire) - Countries that signed the accord said the deadline for "
    "ratification could not be moved.\n"
)
GROUPS_THAT_HAVE_ENDORSED = (
    "Rights groups press parliament\n\n"
    "STRASBOURG, March 12 (Wire) - Rights groups that have endorsed the convention say "
    "the vote should not be delayed again.\n"
)
# near miss, right on both: "that" before a subject of its own is a conjunction
THAT_WITH_OWN_SUBJECT = (
    "Treaty deadline stands\n\n"
    "NEW YORK, March 12 (Wire) - The ministry warned on Tuesday that the envoy had been "
    "recalled. Diplomats said the talks would go on.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (WHO_SPOKE_WITH, [("Officials", "the inspection regime")]),
        (WHO_ATTENDED, [("Diplomats", "the pledges fell")]),
        (WHO_HAVE_WORKED, [("Colleagues", "his departure")]),
        (BRIEFED_ON_THE_TALKS, [("Western officials briefed on the talks", "Tehran wanted")]),
        (INVOLVED_IN_THE_TALKS, [("Negotiators involved in the talks", "the exchange")]),
        (ONE_BRIEFED, [("A diplomat briefed on the negotiations", "the last disputed")]),
        (ONE_FAMILIAR, [("An official familiar with the planning", "the leaders")]),
        (BRIEFED_BY, [("European officials briefed by the mediators", "the two delegations")]),
        (FAMILIAR_PLURAL, [("Two people familiar with the planning", "the leaders")]),
        (WHO_BELIEVE, [("The minister", "the monitors")]),
        (JOINED_AFTER, [("diplomats and officials", "The technical talks")]),
        (CURRENT_AND_FORMER, [("current and former officials", "Investigators are expected")]),
        (COUNTRIES_THAT_SIGNED, [("Countries", "the deadline")]),
        (GROUPS_THAT_HAVE_ENDORSED, [("Rights groups", "the vote")]),
        (
            THAT_WITH_OWN_SUBJECT,
            [("The ministry", "the envoy had been"), ("Diplomats", "the talks would")],
        ),
    ],
)
def test_unnamed_source_known_by_how_it_knows(text: str, expected: list) -> None:
    got = [(s.speaker, s.text) for s in extract(text, published=PUBLISHED, unnamed=True)]
    assert len(got) == len(expected), got
    for (speaker, start), (got_speaker, got_text) in zip(expected, got, strict=True):
        assert (got_speaker, got_text[: len(start)]) == (speaker, start), got
