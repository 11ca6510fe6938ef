"""What ingest records: officials only for people's names, a part of a name linked to its
one person, bodies as institutions, and nothing made of titles, headings or places.

Names, bodies and sentences here are invented; countries are real, since the country
table reads them.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import func, select

from tests.test_ingest_matching import _article, _said
from tracker.dates import DateSpan
from tracker.db import session_scope
from tracker.errors import InvalidInput
from tracker.models import Institution, Official, Role, Statement
from tracker.services.ingest import record_article
from tracker.services.institutions import add_institution
from tracker.services.officials import add_official
from tracker.services.roles import add_role
from tracker.services.speaker_phrases import read_speaker


def _officials(s) -> list[str]:
    return sorted(s.exec(select(Official.name)).all())


def _record(db_url: str, text: str, *proposals) -> dict:
    """Record one article; the speaker (official, institution) of each stored statement."""
    with session_scope(db_url) as s:
        try:
            done = record_article(
                session=s, article=_article(text), accepted=[(p, "proposed") for p in proposals]
            )
        except InvalidInput:
            return {"stored": [], "unattributed": len(proposals)}
        rows = s.exec(select(Statement).order_by(Statement.id)).all()
        stored = [
            (
                s.get(Official, st.official_id).name if st.official_id else None,
                s.get(Institution, st.institution_id).name if st.institution_id else None,
            )
            for st in rows
        ]
        return {"stored": stored, "unattributed": done.unattributed}


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("Odran Velisk", "person"),
        ("K. Tamberlaine", "person"),
        ("A. Tamberlaine", "person"),  # an initial, not an article
        ("Yusra bint Kadeem Al Harrowi", "person"),
        ("Chancellor Odran Velisk", "person"),
        ("Velisk", "partial"),
        ("MS VELISK", "partial"),
        ("Bint Kadeem", "partial"),
        ("Ibn Khaldar Ruwan", "partial"),  # the given name before "ibn" is missing
        ("Le Thi Kim Lanh", "person"),  # a surname that reads like a particle
        ("Le Vasseur", "partial"),
        ("the Chilean trade minister", "title"),
        ("FM", "title"),
        ("Envoy's Schedule", "nothing"),
        ("Reform Process", "nothing"),
        ("Southern", "nothing"),
        ("Central Asia", "nothing"),
        ("spokesman", "title"),
        ("those", "nothing"),
        ("Coastal Unity Front", "body"),
        ("the Ministry of Fisheries of Peru", "body"),
        ("Peru", "body"),
        ("Another Peruvian", "nothing"),  # an unnamed someone
        ("South Andean Regional", "nothing"),  # a region's adjectives
        ("Print Preview", "nothing"),  # page furniture
        ("Six Marrant", "nothing"),  # "Six Marrant papers endorsed ...": a count
        ("Stated Velisk", "nothing"),  # a verb of saying opening the sentence
        ("Lima-based Tomas Velisk", "nothing"),  # a descriptor glued on
        ("Andean Fisheries Project", "body"),
        ("Border Enforcement", "body"),
        ("Coastal Rights Watch", "body"),
        ("Lima Evening Register", "nothing"),  # a newspaper
        ("Dear Tomas", "nothing"),  # a letter's salutation
        ("Captain Velisk", "partial"),  # a title and a surname
    ],
)
def test_a_speaker_phrase_is_read_as_what_it_names(phrase: str, kind: str) -> None:
    assert read_speaker(phrase).kind == kind


NO_RECORD_PHRASES = [
    "the Chilean trade minister",  # a title with a country, held by nobody known
    "FM",  # an abbreviated title
    "Deputy Envoy's Schedule",  # a heading
    "Reform Process",  # a topic
    "Southern",  # a direction
    "Central Asia",  # a region
    "Valparaiso",  # a lone word nobody is known by
    "spokesman",  # a lower-case word
    "Another Peruvian",  # an unnamed someone
    "South Andean Regional",  # a region's adjectives
    "Print Preview",  # page furniture
    "Six Marrant",  # a count before a plural
    "Continued Velisk",  # a verb of saying opening the sentence
    "Lima-based Tomas Velisk",  # a descriptor glued on
]


@pytest.mark.parametrize("phrase", NO_RECORD_PHRASES)
def test_no_official_is_created_from_what_is_not_a_name(db_url: str, phrase: str) -> None:
    text = f"{phrase} said the quota talks were over. Odran Velisk said they would resume."
    lost = _said(text, "the quota talks were over", phrase, "2021-12-17")
    kept = _said(text, "they would resume", "Odran Velisk", "2021-12-17")
    assert _record(db_url, text, lost, kept) == {
        "stored": [("Odran Velisk", None)],
        "unattributed": 1,
    }
    with session_scope(db_url, write=False) as s:
        assert _officials(s) == ["Odran Velisk"]


def test_a_body_is_recorded_as_an_institution_with_its_country(db_url: str) -> None:
    text = (
        "The Ministry of Fisheries of Peru said the quota would hold. "
        "The Coastal Unity Front said it would not."
    )
    phrase = "The Ministry of Fisheries of Peru"
    ministry = _said(text, "the quota would hold", phrase, None, speaker_type="unknown")
    front = _said(text, "it would not", "Coastal Unity Front", None)
    assert _record(db_url, text, ministry, front)["stored"] == [
        (None, "Ministry of Fisheries of Peru"),
        (None, "Coastal Unity Front"),
    ]
    with session_scope(db_url, write=False) as s:
        assert _officials(s) == []
        kinds = {i.name: (i.kind, i.country) for i in s.exec(select(Institution))}
        assert kinds == {
            "Ministry of Fisheries of Peru": ("ministry", "PE"),
            "Coastal Unity Front": ("other", None),
        }


def test_a_lone_word_known_as_a_body_speaks_as_that_body(db_url: str) -> None:
    with session_scope(db_url) as s:
        add_institution(session=s, name="Tavrani Liberation Movement", kind="party",
                        aliases=["Tavrani"])  # fmt: skip
    text = "Tavrani said the ceasefire had been broken."
    proposal = _said(text, "the ceasefire had been broken", "Tavrani", "2021-12-17")
    assert _record(db_url, text, proposal)["stored"] == [(None, "Tavrani Liberation Movement")]
    with session_scope(db_url, write=False) as s:
        assert _officials(s) == []


def test_a_phrase_that_names_no_body_creates_no_institution(db_url: str) -> None:
    text = (
        "Recent drone footage released by a Danish institute showed the pier. Odran Velisk said so."
    )
    junk = _said(
        text,
        "showed the pier",
        "Recent drone footage released by a Danish institute",
        None,
        speaker_type="institution",
    )
    kept = _said(text, "so", "Odran Velisk", None)
    assert _record(db_url, text, junk, kept)["unattributed"] == 1
    with session_scope(db_url, write=False) as s:
        assert s.exec(select(func.count()).select_from(Institution)).one() == 0


def _people(s) -> dict[str, Official]:
    chile = add_institution(session=s, name="Chile", kind="state", country="CL")
    trade = add_institution(session=s, name="Chilean Ministry of Trade", kind="ministry",
                            country="CL")  # fmt: skip
    senate = add_institution(session=s, name="Chilean Senate", kind="legislature", country="CL")
    names = ["Marisol Quenteo", "Ignacio Quenteo", "Yusra bint Kadeem Al Harrowi"]
    names.append("Teodoro Amsel Brix")
    people = {name: add_official(session=s, name=name) for name in names}
    add_role(session=s, official=people["Marisol Quenteo"], institution=trade,
             title="Minister of Trade", start=DateSpan.day(date(2020, 3, 1)))  # fmt: skip
    add_role(session=s, official=people["Ignacio Quenteo"], institution=senate,
             title="Senator", start=DateSpan.day(date(2018, 3, 11)))  # fmt: skip
    add_role(session=s, official=people["Teodoro Amsel Brix"], institution=chile,
             title="Trade Envoy", start=DateSpan.year(2019))  # fmt: skip
    return people


@pytest.mark.parametrize(
    ("speaker", "role", "expected"),
    [
        ("MR BRIX", None, "Teodoro Amsel Brix"),  # a transcript's surname
        ("Teodoro", None, "Teodoro Amsel Brix"),  # a first name
        ("Amsel Brix", None, "Teodoro Amsel Brix"),  # a part of the name
        ("Bint Kadeem", None, "Yusra bint Kadeem Al Harrowi"),
        ("Yusra bint Kadeem", None, "Yusra bint Kadeem Al Harrowi"),
        ("MS QUENTEO", "Trade Minister", "Marisol Quenteo"),  # the namesake in that post
        ("MR QUENTEO", "Senator", "Ignacio Quenteo"),
        ("Quenteo", None, None),  # two namesakes, nothing to choose by: nobody is guessed
    ],
)
def test_a_part_of_a_name_goes_to_the_one_official_it_fits(
    db_url: str, speaker: str, role: str | None, expected: str | None
) -> None:
    with session_scope(db_url) as s:
        _people(s)
    text = f"{speaker} said the copper tariff would stay. Odran Velisk said it would not."
    proposal = _said(text, "the copper tariff would stay", speaker, "2021-12-17", role=role)
    other = _said(text, "it would not", "Odran Velisk", "2021-12-17")
    stored = _record(db_url, text, proposal, other)["stored"]
    assert [official for official, _ in stored] == [e for e in (expected, "Odran Velisk") if e]
    with session_scope(db_url, write=False) as s:
        assert len(_officials(s)) == 5  # only Odran Velisk was new


def test_a_title_with_a_country_goes_to_whoever_held_it_there_that_day(db_url: str) -> None:
    with session_scope(db_url) as s:
        _people(s)
        peru = add_institution(session=s, name="Peruvian Ministry of Trade", kind="ministry",
                               country="PE")  # fmt: skip
        other = add_official(session=s, name="Lucho Arbaiza")
        add_role(session=s, official=other, institution=peru, title="Trade Minister")
    text = "The Chilean trade minister said the copper tariff would stay."
    proposal = _said(
        text, "the copper tariff would stay", "the Chilean trade minister", "2021-12-17",
        speaker_type="unknown",
    )  # fmt: skip
    assert _record(db_url, text, proposal)["stored"] == [
        ("Marisol Quenteo", "Chilean Ministry of Trade")
    ]


def test_a_surname_takes_the_full_name_the_same_article_gives(db_url: str) -> None:
    text = (
        "Vessna Orlikova Darn, the fisheries commissioner, spoke first.\n"
        "MS DARN: The quota stands.\n"
        "Later Vessna Orlikova Darn said the quota could be reviewed."
    )
    first = _said(text, "The quota stands.", "MS DARN", "2021-12-17")
    later = _said(text, "the quota could be reviewed", "Vessna Orlikova Darn", "2021-12-17")
    assert _record(db_url, text, first, later)["stored"] == [("Vessna Orlikova Darn", None)] * 2
    with session_scope(db_url, write=False) as s:
        assert _officials(s) == ["Vessna Orlikova Darn"]


def test_a_surname_takes_the_full_name_of_a_transcripts_header(db_url: str) -> None:
    text = (
        "Daily Press Briefing\nHalvard Strenn, Spokesperson\nOslo\n\n"
        "MR STRENN: Good afternoon. The corridor reopens tomorrow.\n"
    )
    proposal = _said(text, "The corridor reopens tomorrow.", "MR STRENN", "2021-12-17")
    assert _record(db_url, text, proposal)["stored"] == [("Halvard Strenn", None)]


def test_a_surname_nobody_is_known_by_creates_no_one(db_url: str) -> None:
    text = "Strenn said the corridor would reopen. Odran Velisk agreed that it would."
    lone = _said(text, "the corridor would reopen", "Strenn", "2021-12-17")
    kept = _said(text, "it would", "Odran Velisk", "2021-12-17")
    assert _record(db_url, text, lone, kept) == {
        "stored": [("Odran Velisk", None)],
        "unattributed": 1,
    }


def test_a_full_name_later_is_one_person_with_the_surname_before(db_url: str) -> None:
    """No surname-only record is left to become a second person beside the full name."""
    first = "MR STRENN: The corridor reopens tomorrow."
    _record(db_url, first, _said(first, "The corridor reopens tomorrow.", "MR STRENN", None))
    second = "Halvard Strenn said the corridor had reopened."
    third = "Strenn said it would stay open."
    _record(db_url, second, _said(second, "the corridor had reopened", "Halvard Strenn", None))
    _record(db_url, third, _said(third, "it would stay open", "Strenn", None))
    with session_scope(db_url, write=False) as s:
        assert _officials(s) == ["Halvard Strenn"]
        assert s.exec(select(func.count()).select_from(Statement)).one() == 2
        speakers = {st.official_id for st in s.exec(select(Statement))}
        assert len(speakers) == 1
        assert s.exec(select(func.count()).select_from(Role)).one() == 0


@pytest.mark.parametrize(
    ("known", "written"),
    [
        ("Halvard P. Strenn", "Halvard P. Strenn Jr."),  # the suffix one story adds
        ("Halvard P. Strenn Jr.", "Halvard P. Strenn"),  # and one leaves off
        ("Halvard Strenn", "Halvard Strenn Sr"),
    ],
)
def test_a_generational_suffix_does_not_make_a_second_person(
    db_url: str, known: str, written: str
) -> None:
    first = f"{known} said the corridor had reopened."
    second = f"{written} said it would stay open."
    _record(db_url, first, _said(first, "the corridor had reopened", known, None))
    _record(db_url, second, _said(second, "it would stay open", written, None))
    with session_scope(db_url, write=False) as s:
        assert _officials(s) == [known.rstrip(".")]  # a name is stored without a closing stop


@pytest.mark.parametrize(
    "phrase",
    [
        "For Mr. Velisk",  # "For Mr. Velisk, it was a vindication": a sentence's opening
        "Beyond Velisk",
        "Say Peru",  # "Say Peru demanded ...": a supposition, no one
        "Odran J. Velisk. Many Peruvians",  # two sentences run together
    ],
)
def test_a_name_with_a_sentence_opening_or_end_glued_on_is_no_name(phrase: str) -> None:
    assert read_speaker(phrase).kind == "nothing"


def test_a_surname_is_not_completed_by_another_of_the_name_the_text_titles_apart(
    db_url: str,
) -> None:
    # "President Velisk" said it; "Mara Velisk", named once, is someone else of the family
    text = (
        "President Velisk spoke at the harbour on Friday. Mara Velisk, a cellist, played "
        "before the speech. Velisk said the port would reopen in spring."
    )
    proposal = _said(
        text, "the port would reopen in spring", "Velisk", "2021-12-17", role="President"
    )
    assert _record(db_url, text, proposal)["stored"] == []
    with session_scope(db_url, write=False) as s:
        assert "Mara Velisk" not in _officials(s)


def test_a_surname_two_people_of_the_text_share_is_not_completed(db_url: str) -> None:
    # "Mr. Velisk" and "Mrs. Velisk": the one full name given may be the other's
    text = (
        "Mara Velisk opened the exhibition. Mrs. Velisk thanked the donors. "
        "Mr. Velisk said the port would reopen in spring."
    )
    proposal = _said(text, "the port would reopen in spring", "Velisk", "2021-12-17")
    assert _record(db_url, text, proposal)["stored"] == []


def test_a_surname_the_text_titles_with_its_full_name_is_completed(db_url: str) -> None:
    text = (
        "President Odran Velisk spoke at the harbour on Friday. President Velisk said the "
        "port would reopen in spring."
    )
    proposal = _said(text, "port would reopen in spring", "Velisk", "2021-12-17", role="President")
    assert _record(db_url, text, proposal)["stored"] == [("Odran Velisk", None)]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("When Odran J. Velisk", "Odran J. Velisk"),  # "When X said ..., Y ..."
        ("Pastor Odran Velisk", "Odran Velisk"),  # an occupation written as a title
        ("Senators Odran Velisk", "Odran Velisk"),  # a title in the plural
        ("Rival Odran Velisk", "Odran Velisk"),
    ],
)
def test_a_clause_opening_or_an_occupation_before_a_name_is_left_off(
    phrase: str, name: str
) -> None:
    reading = read_speaker(phrase)
    assert (reading.kind, reading.name) == ("person", name)


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("Velisk Institution", "body"),  # a think tank speaks as a body
        ("Odran University", "body"),
        ("Coastal Fisheries Act", "nothing"),  # a law: no one, no body
        ("Andean Trade Partnership", "nothing"),
    ],
)
def test_think_tanks_and_schools_are_bodies_and_laws_are_no_one(phrase: str, kind: str) -> None:
    assert read_speaker(phrase).kind == kind
