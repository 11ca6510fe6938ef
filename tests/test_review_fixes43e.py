"""Review rv43e of the clause verbs (h43v): "hoped that" is taken out (a hope the reporter
describes, an intention, passes any test of its subject; "implied" too, after rv43g F1:
a treaty or "Brexit" reads as a name); "spoke of / talked about how" and "highlighted X as"
need one who speaks for their subject (a person, or a body of people), not a thing that
shows or means ("the silence", "the documentary", "the pandemic", "the report"); a "how" clause
of degree ("how many", "how long", "how difficult it was") is a question, no claim; the
lead-in "Speaking about how ..., X said" opens no statement of its own; "allegations from"
a day or a month dates the charge and names no one. Sentences written here in the manner
of wire copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 3, 4)  # a Monday
DAY = "2024-03-04"


def test_hopes_described_are_no_statements() -> None:
    # F1: a hope the story tells of, a name's, a body's or a nationality's
    assert_statements(
        "Chancellor Olaf Scholz hoped that the coalition would survive the budget fight. The "
        "European Commission hoped that Hungary would lift its veto by June.\n\n"
        "Hungarian hopes that the veto would hold were dashed.\n",
        PUBLISHED,
        [],
    )


def test_a_thing_implies_nothing_said() -> None:
    # F2: a silence, a decree, a ruling mean something; no one says it
    assert_statements(
        "Foreign Minister Penny Wong met her Chinese counterpart on Monday. Canberra's silence "
        "implied it would not join the patrols. The decree implied the ships would stay in "
        "port. The court's ruling implied that the law was void.\n",
        PUBLISHED,
        [],
    )


def test_how_clause_of_a_thing_or_a_question() -> None:
    # F3: a film and an exhibit speak of nothing; "how much", "how long", "how difficult it
    # was" ask, claim nothing
    assert_statements(
        "The film by director Oksana Bilyk spoke of how the town survived the winter. The "
        "museum exhibit talks about how the bridge was rebuilt.\n\n"
        "Governor Oleh Syniehubov spoke about how much aid had arrived. He talked about how "
        "long the repairs would take and spoke of how difficult the winter had been.\n",
        PUBLISHED,
        [],
    )


def test_how_clause_of_a_person_is_a_claim() -> None:
    # near miss: a person's "spoke of how" with a claim stays
    assert_statements(
        "Governor Oleh Syniehubov spoke of how the substation had been hit twice overnight.\n",
        PUBLISHED,
        [("Oleh Syniehubov", "how the substation had been hit twice", DAY)],
    )


def test_speaking_of_how_lead_in() -> None:
    # F4: the lead-in is the sentence's adjunct; the statement is the "said" clause alone
    assert_statements(
        "Speaking about how the talks collapsed, Foreign Minister Annalena Baerbock said Moscow "
        "had never wanted a deal.\n",
        PUBLISHED,
        [("Annalena Baerbock", "Moscow had never wanted a deal", DAY)],
    )


def test_allegations_from_a_day() -> None:
    # F5: "from" a holiday or a month dates the allegation, names no owner
    assert_statements(
        "The inquiry concerns allegations from New Year's Eve that a guard beat a prisoner. "
        "It also covers accusations from Easter Sunday that officers had lied.\n",
        PUBLISHED,
        [],
    )


def test_highlighted_as_by_a_thing() -> None:
    # suspicion: a drought, a forum, a report show; they do not speak
    assert_statements(
        "The drought highlighted the region as a weak point in the grain trade. The forum, "
        "opened by President Kassym-Jomart Tokayev, highlighted the corridor as a key route. "
        "The IMF report highlighted Armenia as one of the fastest-growing economies.\n",
        PUBLISHED,
        [],
    )


def test_highlighted_as_by_a_person() -> None:
    # near miss: a minister holds the corridor up as something, a claim
    assert_statements(
        "Foreign Minister Murat Nurtleu highlighted the corridor as a key route for trade.\n",
        PUBLISHED,
        [("Murat Nurtleu", "the corridor as a key route", DAY)],
    )
