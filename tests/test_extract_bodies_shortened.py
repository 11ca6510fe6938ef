"""Failure classes found on a blind set of real African and Latin American copy (issue 8):
bodies named in full once and then shortened, site stamps read as datelines; each test in
new words written here."""

from __future__ import annotations

import datetime

from tracker import reader
from tracker.article import Article, Overrides, describe, reference_date
from tracker.extract import extract, read_meta
from tracker.extract.speakers import parse_speaker

TUESDAY = datetime.date(2024, 5, 14)


def test_a_capitalised_short_name_is_the_body_named_before() -> None:
    # "Government Communication Service ... the Office said": the speaker came out as a body
    # called "Office"
    text = (
        "NAIROBI - The National Intelligence Service on Tuesday said the northern crossing "
        "would stay shut until further notice.\n\n"
        "The Service said it had passed its assessment to the neighbouring governments."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["National Intelligence Service"] * 2


def test_a_capitalised_short_name_with_no_body_before_names_no_body() -> None:
    # with nothing it can stand for, "the Ministry" is a description, never an institution
    # called "Ministry" that would be recorded
    for phrase in ("The Ministry", "The Office", "the Commission", "The Embassy"):
        found = parse_speaker(phrase)
        assert found is not None and found.kind == "description", phrase
    text = "The Ministry said it would look again at the licensing rules next year."
    found = extract(text, published=TUESDAY)
    assert all(s.speaker_type != "institution" for s in found)


def test_a_short_name_that_is_a_name_stays_a_body() -> None:
    # guard: "the Kremlin", "the Presidency" are names in their own right
    for phrase, name in (("The Kremlin", "Kremlin"), ("the Pentagon", "Pentagon")):
        found = parse_speaker(phrase)
        assert found is not None and found.kind == "institution" and found.name == name


def test_a_body_whose_name_lists_its_fields_is_one_speaker() -> None:
    # "The Foreign, Commonwealth and Development Office said ...": read as a list of
    # speakers, and the statement was lost; "the Office" after it fell to "Development Office"
    text = (
        "LONDON - The Foreign, Commonwealth and Development Office on Tuesday said talks on "
        "the fisheries accord would resume in June.\n\n"
        "The Office said it had set out its concerns to the visiting delegation."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Foreign, Commonwealth and Development Office"] * 2


def test_a_list_of_people_is_still_no_body() -> None:
    # guard: capitalised names joined by commas and "and" are people, not one body
    assert parse_speaker("Lavrov, Blinken and Wang Yi") is None or (
        parse_speaker("Lavrov, Blinken and Wang Yi").kind != "institution"
    )
    text = "Germany, France and Italy said on Tuesday they would back the new mission."
    found = extract(text, published=TUESDAY)
    assert all("Germany, France" not in (s.speaker or "") for s in found)


def _article(text: str, published: datetime.date) -> Article:
    item = reader.Input("page.txt", "file")
    return describe(
        item, reader.Document(text=text), read_meta(text), Overrides(published=published)
    )


PAGE_STAMPED = (
    "Asuncion, March 3rd 2025 - 10:12 UTC\n\n"
    "Paraguay and Chile agree to speed up the bioceanic corridor\n\n"
    "Friday, October 11th 2019 - 08:40 UTC\n\n"
    "Foreign ministers of the two countries met on Thursday and said the road link would open "
    "within three years.\n"
)


def test_a_line_dated_after_publication_is_the_sites_stamp_not_the_dateline() -> None:
    # "Montevideo, November 21st 2024 - 14:59 UTC" above a story of December 2020: its month
    # and day were read as the dateline's, so "on Friday" fell a month early
    article = _article(PAGE_STAMPED, published=datetime.date(2019, 10, 11))
    assert reference_date(article) == datetime.date(2019, 10, 11)
    assert article.dateline_place is None


def test_a_dateline_before_publication_still_dates_the_story() -> None:
    # guard: a wire story datelined the day before it was put online keeps its dateline
    text = (
        "ASUNCION, Oct 10 (Reuters) - Paraguay's foreign minister said on Thursday the link "
        "would open.\n"
    )
    article = _article(text, published=datetime.date(2019, 10, 11))
    assert reference_date(article) == datetime.date(2019, 10, 10)
