"""Speaker errors found by reading PolNeAR's train articles (real US political news) against
their annotated sources (issue 8), each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

MONDAY = datetime.date(2016, 3, 7)


def test_a_state_and_an_abbreviated_title_inside_a_sentence_are_the_name_s_post() -> None:
    # "... tied with Florida Sen. X": "Florida Sen" was read as a person of its own and X
    # kept no title, so "the Florida senator" later went to another senator
    text = (
        "Nevada Sen. Orrin Dalvey shared the stage with Oregon Sen. Petra Holmquist on "
        "Monday.\n\n"
        "Holmquist says the race is now between herself, Kell Varga and Orrin Dalvey.\n\n"
        "The Oregon senator predicted that she would carry the state by ten points.\n"
    )
    found = extract(text, published=MONDAY)
    assert [s.speaker for s in found] == ["Petra Holmquist", "Petra Holmquist"]
    assert found[0].role == "Oregon Sen."


def test_a_place_in_a_description_picks_the_one_whose_post_names_it() -> None:
    # "the Ohio governor" after two governors were named with their states: the Ohio one,
    # not the one named last
    text = (
        "Ohio Gov. Dale Pruitt met Vermont Gov. Anna Selby in Boston on Monday.\n\n"
        "Selby said the talks on the power line had gone well. "
        "The Ohio governor said he would sign the deal next month.\n"
    )
    found = extract(text, published=MONDAY)
    assert [s.speaker for s in found] == ["Anna Selby", "Dale Pruitt"]


def test_an_it_that_only_opens_the_sentence_is_no_speaker_of_its_participle() -> None:
    # "It was a potent punch ..., as X echoed the criticism, saying ...": the "it" went to
    # the country named last, not to the one who echoed
    text = (
        "Foreign Minister Marta Kessler of Austria and Prime Minister Ivo Brandt of Slovenia "
        "met in Vienna on Monday, their first talks since the border dispute.\n\n"
        '"We owe our citizens an open frontier," Ms. Kessler said.\n\n'
        "It was a pointed message from the two leaders of the region, as Mr. Brandt echoed "
        "the complaint, saying the European Union had left both countries to fend for "
        "themselves.\n"
    )
    found = extract(text, published=MONDAY)
    assert [s.speaker for s in found] == ["Marta Kessler", "Ivo Brandt"]


def test_a_bare_title_after_an_untitled_speaker_in_the_paragraph_is_that_speaker() -> None:
    # 'In his state, X said, ... The governor claimed ...': the title went to another
    # governor named with it paragraphs before, not to the one speaking
    text = (
        "Governor Dale Pruitt of Ohio endorsed the bill on Monday.\n\n"
        "In Trenton, Corbin Hale said the state would widen its drug courts. The governor "
        "claimed that arrests for possession had fallen by a third.\n"
    )
    found = extract(text, published=MONDAY)
    assert [s.speaker for s in found] == ["Corbin Hale", "Corbin Hale"]


def test_a_title_held_before_is_not_the_title_held_now() -> None:
    # "the governor" after "former Florida Gov. X" and "Ohio Gov. Y": the sitting one
    text = (
        "Former Utah Gov. Dale Pruitt and Iowa Gov. Corbin Hale toured the plant on Monday.\n\n"
        "Pruitt praised the workers.\n\n"
        "Later, the governor said the state would cover half the cost of the new line.\n"
    )
    found = extract(text, published=MONDAY)
    assert [s.speaker for s in found][-1] == "Corbin Hale"


def test_a_state_s_initials_closing_an_aside_are_no_speaker() -> None:
    # "X, speaking at a rally in Wilmington, N.C., warned that ...": the initials before the
    # verb were taken for a person
    text = (
        "Ambassador Lena Marsh arrived in the United States on Monday.\n\n"
        "Marsh, speaking at a forum in Durham, N.C., warned that the talks on the grain "
        "corridor could collapse within weeks.\n"
    )
    found = extract(text, published=MONDAY)
    assert [s.speaker for s in found] == ["Lena Marsh"]


def test_the_end_of_a_quote_is_no_part_of_the_name_after_it() -> None:
    # '"Both X and (Texas Sen.) Y scare me," Z, 30, of Raleigh, N.C., who ..., said': the
    # abbreviation cut the sentence inside the quote, and the quote's end was glued to the
    # speaker's name
    text = (
        "The survey of 800 residents has a margin of error of 4 points.\n\n"
        '"Both Ilse Berg and (Utah Sen.) Mark Ostby frighten me," Anna Kask, 52, of Durham, '
        "N.C., who was among those polled, said in a follow-up interview.\n"
    )
    found = extract(text, published=MONDAY)
    assert found and {s.speaker for s in found} == {"Anna Kask"}


def test_of_opening_the_sentence_is_no_part_of_the_name_after_it() -> None:
    # "Of Sanders, X said ...": a person "Of Sanders" was made, and every later "Sanders
    # said" went to him
    text = (
        "Deputy Foreign Minister Pavel Orlov met the envoy in Geneva on Monday.\n\n"
        'Of Orlov, Foreign Minister Anna Kask said he was "the ablest negotiator we have."\n\n'
        "Orlov said the talks would resume next week.\n"
    )
    found = extract(text, published=MONDAY)
    assert [s.speaker for s in found] == ["Anna Kask", "Pavel Orlov"]


def test_a_committeeman_is_a_post_not_a_name() -> None:
    # "X, the Republican National Committeeman from Utah": a person "Committeeman" was made,
    # and a later "the Wisconsin Republican" went to him
    text = (
        '"The nominee has to earn our trust," said Dirk Lahti, the Republican National '
        "Committeeman from Idaho.\n\n"
        "The Ohio Republican gave the nominee some credit in the interview, saying the turnout "
        "had been remarkable.\n"
    )
    found = extract(text, published=MONDAY)
    assert found[0].speaker == "Dirk Lahti"
    assert "Committeeman" not in [s.speaker for s in found]


def test_a_law_named_before_the_participle_is_not_who_argues() -> None:
    # "A spokeswoman for the committee emailed the text of the National Defense
    # Authorization Act, arguing, ...": the law was made a person and took the words
    text = (
        "The ministry published its report on Monday.\n\n"
        "A spokeswoman for the Senate Defence Committee sent reporters the text of the Border "
        'Security Act, arguing, "The law says nothing of the kind."\n'
    )
    found = extract(text, published=MONDAY)
    # the committee, whose spokeswoman is left unnamed (round 34), not the law
    assert [s.speaker for s in found] == ["Senate Defence Committee"]
    found = extract(text, published=MONDAY, unnamed=True)
    assert [s.speaker for s in found] == ["A spokeswoman for the Senate Defence Committee"]


def test_the_kind_of_medium_after_its_name_is_part_of_the_one_told() -> None:
    # '"...," X told Britain's ITV television station in an interview': "television station"
    # was read as what was said, and the quote went to the one who spoke before
    text = (
        "Prime Minister Ivo Brandt said the summit had been a success.\n\n"
        "\u201cWe are not going to be friends, who knows?\u201d Foreign Minister Anna Kask told "
        "Estonia\u2019s ETV television channel in an interview aired on Monday.\n"
    )
    found = extract(text, published=MONDAY)
    assert [(s.speaker, s.text) for s in found][-1] == (
        "Anna Kask",
        "We are not going to be friends, who knows?",
    )


def test_a_surname_that_is_also_a_capital_is_the_person_named_with_it() -> None:
    # "Jeremy Paris ... ' ...,' Paris said": the surname was read as the French capital
    # and the words given to France
    text = (
        "Lena Berlin moved from Hamburg last year to run the harbour authority.\n\n"
        '"We are getting the port ready for the summit," Berlin, a former shipping executive, '
        "said on Monday.\n"
    )
    found = extract(text, published=MONDAY)
    assert [s.speaker for s in found] == ["Lena Berlin"]
