"""Kinds of sentence the state news agencies of the Gulf, the Arab world, Africa and Latin
America use: a day between an inverted verb and its subject ("..., said on Tuesday Foreign
Minister X", a translated "dijo este martes el canciller"); the wire's end mark and desk
initials closing the last paragraph ("... refugees. (end) asn.gta"), which leave the
sentence whole, not cut; "classed X as ..." a description given; a ministry whose release
is set off by commas ("The Ministry of Foreign Affairs, in a statement issued today, said");
an agency whose name reads like a person's ("Prensa Latina") never taken for one. Articles
written here in the manner of those agencies' copy."""

from __future__ import annotations

import datetime

from tracker.extract import extract


def _said(text: str, published: datetime.date) -> list[tuple[str, str, str]]:
    return [(s.speaker or "", s.said_on or "", s.text) for s in extract(text, published=published)]


INVERTED_WITH_DAY = (
    "Venezuela rejects sanctions\n\n"
    "CARACAS, Jan 30 (Prensa Latina) Venezuela will not accept blackmail or threats from any "
    "foreign government, and the will of its people must be respected, said on Tuesday "
    "Foreign Minister Yvan Gil.\n\n"
    "Bolivia and Cuba share a history of solidarity and mutual respect, stated this Monday "
    "the Bolivian Foreign Minister Celinda Sosa.\n"
)


def test_a_day_between_an_inverted_verb_and_its_subject() -> None:
    said = _said(INVERTED_WITH_DAY, datetime.date(2024, 1, 31))
    by = {text.split()[0]: (who, day) for who, day, text in said}
    assert by["Venezuela"] == ("Yvan Gil", "2024-01-30")
    assert by["Bolivia"][0] == "Celinda Sosa"


def test_said_on_tuesday_that_still_opens_the_words() -> None:
    text = (
        "Talks resume\n\nDOHA, June 11 (QNA) - HE Minister of State Dr. Mohammed Al Khulaifi "
        "said on Tuesday that the mediation efforts would continue.\n"
    )
    said = _said(text, datetime.date(2024, 6, 11))
    assert [(w, t) for w, _, t in said] == [
        ("Mohammed Al Khulaifi", "the mediation efforts would continue")
    ]


SIGNED_OFF = (
    "FM affirms support for UNRWA\n\n"
    "KUWAIT, Oct 29 (KUNA) -- Kuwait's Minister of Foreign Affairs Sheikh Salem Al-Sabah "
    "affirmed on Tuesday Kuwait's continuous support for the Palestinian people.\n\n"
    "He also commended the role of the United Nations Relief and Works Agency (UNRWA) in "
    "easing the suffering of Palestinian refugees. (end) asn.gta\n"
)


def test_the_wires_end_mark_leaves_the_last_sentence_whole() -> None:
    said = _said(SIGNED_OFF, datetime.date(2024, 10, 29))
    last = [t for _, _, t in said if "UNRWA" in t]
    assert len(last) == 1
    assert last[0].endswith("Palestinian refugees")  # the sign-off is no part of the words
    initials = SIGNED_OFF.replace(" (end) asn.gta", " mt.rk")
    assert any("UNRWA" in t for _, _, t in _said(initials, datetime.date(2024, 10, 29)))


def test_classed_as_is_a_description_given() -> None:
    text = (
        "UAE, Japan discuss ties\n\n"
        "ABU DHABI, 13th November, 2013 (WAM) -- Minister of State for Foreign Affairs Dr. "
        "Anwar Gargash met a visiting Japanese parliamentary delegation on Wednesday.\n\n"
        "Gargash classed the Iranian policy in the region as a source of instability.\n\n"
        "The island was classed among the poorest regions of the country.\n"
    )
    said = _said(text, datetime.date(2013, 11, 13))
    assert [t for _, _, t in said] == [
        "the Iranian policy in the region as a source of instability"
    ]


def test_a_grade_in_a_taxonomy_is_no_description_given() -> None:
    # a lender, an agency or forecasters ranking a thing as a class: no one's words
    text = (
        "Zambia's economy recovers\n\n"
        "LUSAKA, March 4 (Reuters) - The World Bank classed Zambia as a lower-middle-income "
        "country in 2011, and the IMF classed its debt as unsustainable in 2020.\n\n"
        "Forecasters classed the cyclone as a Category 3 storm on Monday.\n"
    )
    assert _said(text, datetime.date(2024, 3, 4)) == []


def test_a_release_set_off_by_commas_leaves_the_ministry_speaking() -> None:
    for aside in ("in a statement issued today", "in a statement", "on Tuesday"):
        text = (
            "Oman welcomes truce extension\n\n"
            "MUSCAT, Aug 2 (ONA) -- Oman has welcomed the extension of the truce in Yemen.\n\n"
            f"The Ministry of Foreign Affairs, {aside}, said that the extension would pave "
            "the way for a comprehensive political solution.\n"
        )
        said = _said(text, datetime.date(2022, 8, 2))
        found = [w for w, _, t in said if t.startswith("the extension would pave")]
        assert found == ["The Ministry of Foreign Affairs"], aside


def test_a_news_agency_named_like_a_person_is_no_antecedent() -> None:
    text = (
        "Bolivia and Cuba strengthen ties\n\n"
        "LA PAZ, Feb 6 (Prensa Latina) Bolivia and Cuba share a history of solidarity, "
        "Bolivian Foreign Minister Celinda Sosa said on Monday.\n\n"
        "The Cuban diplomat thanked the Bolivian government for its firm rejection of the "
        "US blockade.\n"
    )
    said = _said(text, datetime.date(2023, 2, 6))
    assert "Prensa Latina" not in [w for w, _, _ in said]
