"""Attributions an attribution study counts (issue 8, round fifteen: constructions frequent in
PolNeAR's training half, read as ``--unnamed`` reads). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2016, 3, 8)


def _found(text: str, unnamed: bool = True) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text[:30]) for s in extract(text, published=TUESDAY, unnamed=unnamed)]


def test_a_news_outlet_is_the_source_of_what_it_alone_reports() -> None:
    # "..., according to Reuters.", "According to the Globe, ...", "The Herald said ...":
    # with no one else speaking in the sentence, the outlet is the attribution's source
    text = (
        "Governor Lydia Haskins faces a recall vote in May.\n\n"
        "The recall campaign has gathered nearly 90,000 signatures so far, according to "
        "the Boston Globe.\n\n"
        "According to Reuters, the governor's office hired two outside lawyers last month.\n\n"
        "The Herald said the lawyers were paid from a discretionary fund.\n"
    )
    found = _found(text)
    assert ("Boston Globe", "The recall campaign has gather") in found
    assert ("Reuters", "the governor's office hired tw") in found
    assert ("Herald", "the lawyers were paid from a d") in found


def test_an_outlet_relaying_someone_still_leaves_the_words_theirs() -> None:
    # '"...," Haskins said, according to Reuters.': the governor speaks, the agency relays
    text = (
        "Governor Lydia Haskins faces a recall vote in May.\n\n"
        '"I will not resign over a petition," Haskins said, according to Reuters.\n'
    )
    assert _found(text) == [("Lydia Haskins", "I will not resign over a petit")]


def test_without_unnamed_an_outlet_is_still_no_speaker() -> None:
    text = (
        "Governor Lydia Haskins faces a recall vote in May.\n\n"
        "The recall campaign has gathered nearly 90,000 signatures so far, according to "
        "Reuters.\n"
    )
    assert _found(text, unnamed=False) == []


def test_a_headline_attribution_is_counted_when_every_attribution_is() -> None:
    # "Mayor Says ..." above a story that tells the same: a record keeps the body's statement
    # only, but an attribution study counts the headline's attribution as well
    text = (
        "Mayor Okafor Says City Will Halve Bus Fares For Students.\n\n"
        "DAYTON, Ohio (AP) - Mayor Grace Okafor said Monday the city will halve bus fares "
        "for students from September.\n"
    )
    assert [s for s, _ in _found(text)] == ["Grace Okafor", "Grace Okafor"]
    assert [s for s, _ in _found(text, unnamed=False)] == ["Grace Okafor"]


def test_a_quotation_opening_on_two_apostrophes_after_a_stop_starts_a_sentence() -> None:
    # an archive's copy types every quotation mark as two apostrophes; the reporter's
    # sentence before the quote is no part of what the speaker said
    text = (
        "Rents have risen faster than wages for a decade. ''Nobody can save for a deposit "
        "any more,'' said Priya Nandakumar, a housing economist at Carden University. "
        "''The ladder has lost its bottom rungs.''\n"
    )
    [(speaker, words)] = [(s.speaker, s.text) for s in extract(text, published=TUESDAY)]
    assert speaker == "Priya Nandakumar"
    assert words.startswith("Nobody can save") and "bottom rungs" in words


def test_a_body_whose_field_opens_on_a_party_word_is_the_body() -> None:
    # "Democratic" before the noun of a body's field qualifies it; it names no post, and the
    # words after it are no person's name
    text = (
        "Observers from abroad watched the count in Tbilisi.\n\n"
        "The Bureau for Democratic Elections and Civic Rights said the count was orderly "
        "but slow.\n"
    )
    [s] = extract(text, published=TUESDAY)
    assert s.speaker == "Bureau for Democratic Elections and Civic Rights"
