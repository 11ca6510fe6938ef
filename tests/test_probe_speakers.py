"""Whom a statement belongs to (issue 8, construction probes of the tenth round): the
channel that carries a named person's words is not their speaker. Each test in new words
written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2025, 3, 11)


def test_a_body_s_account_of_what_a_named_person_said_is_that_person_s() -> None:
    # "X told Y that ..., the ministry said": the ministry gives the account of X's words,
    # as an unnamed official would; the words are X's and end before the attribution
    for tail in (
        "the ministry said",
        "the statement said",
        "her office said",
        "the ministry said in a statement",
        "the government said in a statement on Tuesday",
        "Estonia's foreign ministry said in a statement",
    ):
        text = (
            "TALLINN, March 11 (Reuters) - Estonian Foreign Minister Margus Tsahkna met the "
            "Finnish envoy on Tuesday.\n\n"
            f"Tsahkna told the envoy that the ferry link would reopen in April, {tail}."
        )
        found = extract(text, published=TUESDAY)
        assert [(s.speaker, s.text) for s in found] == [
            ("Margus Tsahkna", "the ferry link would reopen in April")
        ], tail


RELEASE_SIGNED = """Government of Canada

News release

March 11, 2025 - Ottawa, Ontario - Global Affairs Canada

Today, the Honourable Rhea Tanaka, Minister of Trade, announced a trade mission to Chile. \
The Honourable Omar Salloum, Minister of Development, also announced $4 million for \
earthquake relief.

Quotes

"Chile is one of our oldest partners in the Americas."

"This mission will open new doors for our exporters, large and small."

- The Honourable Rhea Tanaka, Minister of Trade

"Families in the north have lost their homes and their schools."
- The Honourable Omar Salloum, Minister of Development
"""


def test_quotes_signed_below_with_a_dash_are_the_signers() -> None:
    # a release's "Quotes" block: each quotation (or run of them) above "- The Honourable
    # X" is X's, not a continuation of whoever the paragraph before it named last
    found = extract(RELEASE_SIGNED, published=TUESDAY)
    quoted = [(s.speaker, s.text.split()[0]) for s in found if s.kind == "direct"]
    assert quoted == [
        ("Rhea Tanaka", "Chile"),
        ("Rhea Tanaka", "This"),
        ("Omar Salloum", "Families"),
    ]


RELEASE_ATTRIBUTED = """Joint media release

Senator the Hon Clara Whitfield, Minister for Foreign Affairs
The Hon Dev Raman MP, Minister for International Development

11 March 2025

Australia will provide $20 million in humanitarian support to Sudan.

Quotes attributable to Minister for Foreign Affairs, Senator the Hon Clara Whitfield:

"Australia stands with the people of Sudan, who have suffered for far too long."

Quotes attributable to Minister for International Development, the Hon Dev Raman MP:

"Our support will reach women and children in the camps first."
"""


def test_a_dashed_list_under_a_quotation_signs_nothing() -> None:
    text = (
        "OTTAWA, March 11 - Foreign Minister Rhea Tanaka said on Tuesday that Canada would "
        'send aid.\n\n"Chile needs our help now more than ever before."\n\n'
        "- Canada Chile Aid Facts\n- Chilean President Says Thanks\n"
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Rhea Tanaka", "Rhea Tanaka"]


def test_quotes_under_a_quotes_attributable_to_heading_are_the_ones_named() -> None:
    found = extract(RELEASE_ATTRIBUTED, published=TUESDAY)
    quoted = [(s.speaker, s.text.split()[0]) for s in found if s.kind == "direct"]
    assert quoted == [("Clara Whitfield", "Australia"), ("Dev Raman", "Our")]


def test_according_to_inside_a_relative_clause_sources_the_clause_not_the_sentence() -> None:
    # "The government expresses concern over the strikes, which, according to the health
    # ministry, killed 80": the ministry gave the figure; the sentence is the government's
    text = (
        "Ministry of Foreign Affairs\n\nPress Release No. 58\n\n"
        "The Uruguayan government expresses its deep concern over the floods in the north, "
        "which, according to the National Emergency System, have displaced 9,000 people."
    )
    [found] = extract(text, published=TUESDAY)
    assert found.speaker == "Uruguayan Government"
    assert "National Emergency System" in found.text


def test_a_leader_described_in_the_sentence_that_named_him_is_he() -> None:
    # "X's remarks in June, when the Russian leader said ...": not the other president whom
    # the headline named as the subject of its own words
    text = (
        "Kremlin: Biden Team 'Playing With Fire' Over Missile Decision\n\n"
        "MOSCOW, March 11 (Reuters) - Kremlin spokesman Dmitry Peskov said on Tuesday that "
        "Moscow would respond.\n\n"
        "He referred reporters to President Vladimir Putin's remarks in June, when the Russian "
        "leader said that such strikes would change the nature of the conflict.\n\n"
        "Peskov's comments came after President Joe Biden approved the use of the missiles."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Dmitry Peskov", "Vladimir Putin"]


def test_the_statement_said_is_the_one_who_issued_the_statement() -> None:
    # "X issued a statement after the vote in the Security Council. '...,' the statement
    # said": not the council, the body the story named last
    text = (
        "OSLO, March 11 (Reuters) - Icelandic Foreign Minister Thorgerdur Gunnarsdottir issued "
        "a statement on Tuesday after the vote in the Security Council.\n\n"
        '"Iceland regrets that the council could not agree on a text," the statement said.\n\n'
        "The statement added that Reykjavik would keep funding the agency.\n\n"
        "The Nordic Council of Ministers had met in Oslo. Greenland's premier Jens-Frederik "
        "Nielsen posted a message on Facebook after the meeting. The message said the island "
        "would not be sold."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == [
        "Thorgerdur Gunnarsdottir",
        "Thorgerdur Gunnarsdottir",
        "Jens-Frederik Nielsen",
    ]


def test_a_military_rank_written_out_before_a_name_is_the_post_not_the_name() -> None:
    # "Commodore X said" was recorded under a person named "Commodore X", whose given name
    # then clashes with the one the story gives
    for rank in ("Commodore", "Air Marshal", "Sergeant", "Brigadier"):
        [found] = extract(
            f"MANILA, March 11 (Reuters) - {rank} Ramon Dizon said on Tuesday that the "
            "vessels had left the shoal.",
            published=TUESDAY,
        )
        assert (found.speaker, found.role) == ("Ramon Dizon", rank), rank


def test_a_front_or_a_movement_is_a_body_and_the_group_is_it() -> None:
    # "the Polisario Front" was a person named "Polisario Front", so "the group said" after
    # it found no body to be
    text = (
        "ALGIERS, March 11 (AFP) - The Sahrawi Liberation Front said on Tuesday that it "
        "rejected the plan. In a statement posted on its website, the group said it would "
        "boycott the talks."
    )
    found = extract(text, published=TUESDAY)
    assert [(s.speaker, s.speaker_type) for s in found] == [
        ("Sahrawi Liberation Front", "institution"),
        ("Sahrawi Liberation Front", "institution"),
    ]
