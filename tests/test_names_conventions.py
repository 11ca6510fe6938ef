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


def test_a_headline_title_and_given_name_join_the_full_name_the_body_gives() -> None:
    # a state agency's headline names the minister by title and given name, the body by the
    # full name set off after the title, and the quotes by the given name alone
    text = (
        "Minister Sugiono Presents 2025 Foreign Policy's Record\n\n"
        "Jakarta – The ministry's record for the year was set out by the Minister of Foreign "
        "Affairs, Sugiono AR Wibisono, at a year-end press statement on Wednesday.\n\n"
        '"Our citizens abroad came first this year," Sugiono said.\n'
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Sugiono AR Wibisono"]


def test_a_headline_verb_the_prose_never_writes_ends_the_name() -> None:
    # "PM Abiy Commends ...": the headline's verb is no part of the prime minister's name
    text = (
        "PM Tesfaye Commends Farmers In Afar Region\n\n"
        "Addis Ababa – Prime Minister Tesfaye Alemu on Wednesday praised wheat growers in the "
        "lowlands for a record harvest.\n\n"
        '"This harvest shows what irrigation can do," Tesfaye said.\n'
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Tesfaye Alemu", "Tesfaye Alemu"]


def test_a_family_name_that_is_also_a_title_still_names_a_person_to_record(
    db_url: str,
) -> None:
    # "Ambassador Dina Mufti": "Mufti" is a religious title and a family name; after a
    # given name it closes a person's name, and ingest records the spokesman
    from sqlmodel import select

    from tests.test_ingest_matching import _article, _said
    from tracker.db import session_scope
    from tracker.models import Official
    from tracker.services.ingest import record_article
    from tracker.services.speaker_phrases import read_speaker

    assert read_speaker("Ambassador Kedir Mufti").kind == "person"
    assert read_speaker("Senator Gareth King").kind == "person"
    assert read_speaker("the Grand Mufti").kind == "title"
    text = "Ambassador Kedir Mufti said the dam talks would resume after the rains."
    proposal = _said(text, "the dam talks would resume", "Kedir Mufti", "2021-12-17")
    with session_scope(db_url) as s:
        record_article(session=s, article=_article(text), accepted=[(proposal, "proposed")])
        assert s.exec(select(Official.name)).all() == ["Kedir Mufti"]


def test_burmese_courtesy_title_u_is_no_part_of_the_name() -> None:
    # Burmese names carry "U" (Mr.) in Myanmar's own English copy and lose it in foreign
    # wires: the person is one speaker either way
    text = (
        "Envoy presses the assembly on arms sales\n\n"
        "Ambassador U Aung Myo Lwin, Myanmar's envoy to the United Nations, said on Wednesday that "
        "jet fuel shipments had to stop.\n\n"
        "Advocate U Tin Maung Soe told the paper the vote had been a diplomatic win.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Aung Myo Lwin", "Tin Maung Soe"]


def test_a_gulf_short_form_of_own_and_fathers_name_is_the_full_name() -> None:
    # Kuwaiti copy: "Sheikh Sabah Khaled Al-Hamad Al-Sabah", then "Sheikh Sabah Al-Khaled"
    # (Sabah, of Khaled): one minister
    text = (
        "Kuwait backs the Cairo communique\n\n"
        "KUWAIT: First Deputy Prime Minister and Foreign Minister Sheikh Nasser Faisal "
        "Al-Hamad Al-Sabah told reporters on Wednesday that the ministers had agreed on a "
        "joint text.\n\n"
        "Sheikh Nasser Al-Faisal said the Gulf states would back the envoy's plan.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Nasser Faisal Al-Hamad Al-Sabah"] * 2


def test_two_romanisations_of_one_name_in_one_article_are_one_speaker() -> None:
    # wire copy spells an Arab minister's name one way in the lead and another, with the
    # article, further down
    text = (
        "Amman reopens the crossing\n\n"
        "AMMAN - Foreign Minister Hayel Qudah said on Wednesday the crossing would reopen "
        "next week.\n\n"
        "Hail al-Qudah told reporters the trucks were already waiting.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Hayel Qudah", "Hayel Qudah"]


def test_a_russian_name_and_patronymic_is_the_one_full_name_it_opens() -> None:
    text = (
        "Moscow weighs its answer\n\n"
        "MOSCOW - Deputy Foreign Minister Gennady Lukin said on Wednesday that Moscow would "
        "reply in kind.\n\n"
        '"Nothing is decided yet," Gennady Pavlovich said.\n'
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Gennady Lukin", "Gennady Lukin"]


def test_a_gulf_short_form_with_the_article_written_apart() -> None:
    text = (
        "Kuwait backs the plan\n\n"
        "KUWAIT - Foreign Minister Sheikh Hamad Nasser Al-Mohammad Al-Sabah said on Wednesday "
        "the aid would go ahead.\n\n"
        "Sheikh Hamad Al Nasser told reporters the dates were fixed.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Hamad Nasser Al-Mohammad Al-Sabah"] * 2


def test_a_name_the_article_declares_for_a_person_is_that_persons() -> None:
    # "Joko Widodo (Jokowi)", "Mohamed Hamdan Dagalo, widely known as Hemedti"
    text = (
        "Capital move stays on course\n\n"
        "JAKARTA - President Bambang Sutrisno (Bambi) said on Wednesday the move would go "
        "ahead.\n\n"
        "General Abdelrahim Osman Bashar, widely known as Dabbo, said the ceasefire would "
        "hold.\n\n"
        "Bambi told reporters the budget was in place.\n\n"
        "Dabbo told the radio that his men would stay in their barracks.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == [
        "Bambang Sutrisno",
        "Abdelrahim Osman Bashar",
        "Bambang Sutrisno",
        "Abdelrahim Osman Bashar",
    ]


def test_a_surname_romanised_with_or_without_an_h_meets_its_official(db_url: str) -> None:
    # "Yemane Gebremeskel" in one outlet, "Yemane Ghebremeskel" in another: one minister
    from sqlmodel import select

    from tests.test_ingest_matching import _article, _said
    from tracker.db import session_scope
    from tracker.models import Official
    from tracker.services.ingest import record_article

    first = "Information Minister Tesfai Gebrezgiher said the report was false."
    later = "Information Minister Tesfai Ghebrezgiher said the claims were baseless."
    with session_scope(db_url) as s:
        record_article(
            session=s,
            article=_article(first),
            accepted=[
                (_said(first, "the report was false", "Tesfai Gebrezgiher", None), "proposed")
            ],
        )
    with session_scope(db_url) as s:
        record_article(
            session=s,
            article=_article(later, path="other.txt", id="other"),
            accepted=[
                (_said(later, "the claims were baseless", "Tesfai Ghebrezgiher", None), "proposed")
            ],
        )
        assert s.exec(select(Official.name)).all() == ["Tesfai Gebrezgiher"]
