"""One person, one speaker, across naming conventions (issue 8): real English copy from
African, Asian, Latin American and Gulf outlets calls a person by a courtesy title of its own
English ("Mdm", "Mme", "Daw"), by a family name joined with a lowercase particle ("da Silva"),
or by a given name alone. Each test is written here in new words."""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

THURSDAY = datetime.date(2024, 3, 14)


def run(text: str, published: datetime.date | None = THURSDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_singapore_courtesy_title_mdm_is_no_part_of_the_name() -> None:
    # Singapore and Malaysian copy: "Mdm Marsudi said" for a woman named in full before
    text = (
        "Jakarta presses for calm in the strait\n\n"
        "JAKARTA: Indonesian Foreign Minister Retno Marsudi on Wednesday urged both navies "
        "to step back from the disputed shoal.\n\n"
        "At a press conference, Mdm Marsudi said the region could not afford a new "
        "flashpoint.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Retno Marsudi", "Retno Marsudi"]


def test_french_and_burmese_courtesy_titles_are_no_part_of_the_name() -> None:
    text = (
        "Envoys meet on the border dispute\n\n"
        "Mme Colette Durand said on Wednesday that the mediators would return next week.\n\n"
        "Madame Durand told reporters the two sides had agreed on a timetable.\n\n"
        "Daw Khin Ma Ma Win said on Wednesday that the league would accept the count.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Colette Durand", "Colette Durand", "Khin Ma Ma Win"]


def test_a_name_joined_by_da_keeps_its_family_name_when_called_by_a_part() -> None:
    # "Luiz Inácio Lula da Silva ... Lula said": the short form is the whole man, not a name
    # cut at the particle
    text = (
        "Brazil ready to sign the trade pact\n\n"
        "BRASILIA - President Luiz Inácio Lula da Silva said on Wednesday that the talks with "
        "the bloc would close within weeks.\n\n"
        '"Our farmers have waited long enough," Lula said.\n'
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Luiz Inácio Lula da Silva"] * 2
