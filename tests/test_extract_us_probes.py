"""Failure classes found by recording PolNeAR's dev articles (real US political news) into a
database and reading the officials it created (issue 8), each test in new words written
here."""

from __future__ import annotations

import datetime

from tracker.extract import extract
from tracker.extract.speakers import parse_speaker

TUESDAY = datetime.date(2016, 10, 4)


def test_a_preposition_opening_the_sentence_is_no_part_of_the_name_after_it() -> None:
    # "Beyond Velisk's tax returns ..." made a person "Beyond Velisk", and every later
    # "Velisk said" went to him
    text = (
        "Beyond Velisk's tax returns lies the question of his foreign loans, Senator Mara "
        "Odrany said on Tuesday.\n"
        "Velisk said the attacks would not stop his campaign.\n"
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Mara Odrany", "Velisk"]


def test_a_caucus_or_a_league_speaks_as_a_body() -> None:
    for written in ("the Congressional Black Caucus", "the National Urban League"):
        phrase = parse_speaker(written)
        assert phrase is not None and phrase.kind == "institution", written


def test_a_time_phrase_between_the_name_and_its_verb_is_no_part_of_the_name() -> None:
    # "Velisk at the time said ...", "Velisk that evening said ..."
    for between in ("at the time", "that evening", "in 2015"):
        text = (
            "Governor Tom Velisk met the union leaders in March 2016. "
            f"Velisk {between} said the plant would stay open.\n"
        )
        found = extract(text, published=TUESDAY)
        assert [s.speaker for s in found] == ["Tom Velisk"], between


def test_a_year_or_a_month_opening_the_sentence_dates_the_saying() -> None:
    text = (
        "In 2015, Governor Tom Velisk said the plant would stay open.\n\n"
        "In March, Senator Mara Odrany said it would close.\n"
    )
    found = extract(text, published=TUESDAY)
    assert [s.said_on for s in found] == ["2015", "2016-03"]


def test_keeping_or_winning_something_is_no_saying() -> None:
    # "maintains a commanding lead", "posted an overwhelming victory", "claiming 41 percent
    # of the vote": results and standings, not words
    for sentence in (
        "Senator Mara Odrany maintains a commanding lead among party donors.",
        "Governor Tom Velisk posted an overwhelming victory in the primary.",
        "Governor Tom Velisk won the seat, claiming 41 percent of the vote.",
        "The ministry maintained close ties with both factions.",
    ):
        assert extract(sentence, published=TUESDAY) == [], sentence
    (found,) = extract(
        "Senator Mara Odrany maintained that the vote was rigged.", published=TUESDAY
    )
    assert found.text == "the vote was rigged"


def test_an_opening_word_inside_a_title_case_headline_breaks_no_run() -> None:
    # "... Tower Rent Once Somebody Else ...": "Once" opens a clause only at a sentence's
    # start; inside a headline it left "Velisk Tower Rent" looking like a name
    text = (
        "Tom Velisk Raised His Campaign\u2019s Velisk Tower Rent Once Donors Were Paying It.\n\n"
        "Velisk raised the rent of his own tower to the campaign in July, filings show.\n\n"
        '"If I was a donor, I would want answers," a former aide said. Velisk said the rent '
        "was fair.\n"
    )
    found = extract(text, published=TUESDAY)
    (speaker,) = [s.speaker for s in found if s.text == "the rent was fair"]
    assert speaker in ("Velisk", "Tom Velisk")


def test_a_post_of_a_state_named_in_full_is_no_person_s_name() -> None:
    # "Address by the President of the Russian Federation": "Federation" is no surname
    for written in (
        "the President of the Russian Federation",
        "President of the Syrian Arab Republic",
    ):
        phrase = parse_speaker(written)
        assert phrase is None or phrase.kind != "person", written
    text = (
        "Address by the President of the Republic of Moldova\n\n"
        "Dear citizens, I am speaking to you today about the security of our country.\n"
    )
    assert all(
        s.speaker not in ("Moldova", "Republic of Moldova")
        for s in extract(text, published=TUESDAY)
    )


def test_a_title_case_headline_gives_a_name_only_as_the_body_writes_it() -> None:
    # "... Captures The Difference Between Bernie Sanders And Hillary Clinton" made a person
    # "Difference Between Bernie Sanders", with the headline's start as Clinton's title
    text = (
        "Port Closure Fight Lays Bare The Rift Between Dana Velisk And Mara Odrany\n\n"
        "Senator Dana Velisk on Saturday urged the harbor board to resign.\n"
        "Odrany has called the plan reckless and too costly.\n"
    )
    found = extract(text, published=TUESDAY)
    assert [(s.speaker, s.role) for s in found] == [
        ("Dana Velisk", "Senator"),
        ("Mara Odrany", None),
    ]


def test_a_headline_name_with_a_verb_glued_on_is_cut_to_the_name() -> None:
    text = (
        "Widow Ilse Marrant Reportedly Backs Velisk Bid For Senate\n\n"
        "Ilse Marrant, whose husband died at the embassy, spoke to a radio host on Thursday. "
        "Marrant said she did not regret her support.\n"
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Ilse Marrant"]


def test_a_polity_described_is_no_person() -> None:
    # "The state admitted it made a mistake" went to the one person named without a title
    for polity in ("The state", "The country", "The kingdom"):
        text = (
            "Mara Odrany has slammed the water board for months.\n"
            f"{polity} admitted it made a mistake when a doctor reported high lead levels.\n"
        )
        found = extract(text, published=TUESDAY)
        assert [s.speaker for s in found if "mistake" in s.text] == [polity], polity


def test_a_city_council_members_title_is_no_part_of_the_name() -> None:
    for title in ("Alderman", "Councilwoman"):
        phrase = parse_speaker(f"{title} Tom R. Velisk")
        assert phrase is not None and (phrase.name, phrase.role) == ("Tom R. Velisk", title)


def test_a_descriptor_glued_to_a_name_is_no_part_of_it() -> None:
    # "Texas-based Matt Mackowiak", "Los Angeles-area Sanders" were recorded as people
    for written, name, role in (
        ("Lima-based Tomas Velisk", "Tomas Velisk", None),
        ("Lima-based pollster Tomas Velisk", "Tomas Velisk", "Pollster"),
        ("Andes-area Velisk", "Velisk", None),
    ):
        phrase = parse_speaker(written)
        assert phrase is not None and (phrase.name, phrase.role) == (name, role), written


def test_a_perfect_participle_opening_the_sentence_is_no_speaker() -> None:
    # "Having announced that he would not send me to prison, Judge Berman ..." made a
    # speaker "Having"
    text = (
        "Having stressed that the port would stay open, Governor Tom Velisk said the "
        "strike had to end by Friday.\n"
        "Having announced that the talks were over, Mara Odrany left the hall.\n"
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Tom Velisk", "Mara Odrany"]
    assert "port would stay open" in found[0].text
    assert found[1].text == "the talks were over"  # announced, though she then only left


def test_a_race_standing_before_a_name_is_a_title() -> None:
    # "Democratic front-runner X was the first candidate to weigh in, saying ..." gave the
    # speaker "Democratic"
    text = (
        "Liberal front-runner Mara Odrany was the first candidate to weigh in, saying the "
        "ruling was a victory for voters.\n"
    )
    found = extract(text, published=TUESDAY)
    assert [(s.speaker, s.role) for s in found] == [("Mara Odrany", "Liberal Front-runner")]


def test_two_statements_of_one_quoted_paragraph_then_a_described_subject_do_not_fail() -> None:
    # a quote, its trailing speaker with an age and a place, "But, she added, ..." (two
    # statements the same subject frames), then a sentence whose subject is described:
    # reading the description compared two statements' speakers and raised
    text = (
        "Most voters said they were not surprised.\n\n"
        "''I just don't think she has been honest with this whole business,'' Hanna Marrant, "
        "58, a retired nurse in Tartu, said in an interview. But, she added, ''I think she "
        "would make a good minister.''\n\n"
        "The minister has slightly improved her standing in the poll.\n"
    )
    found = extract(text, published=TUESDAY, unnamed=True)
    assert [s.speaker for s in found if "minister" in s.text or "honest" in s.text] == [
        "Hanna Marrant",
        "Hanna Marrant",
    ]


def test_a_place_in_an_unnamed_person_s_description_is_no_speaker() -> None:
    # "X, 67, a retired customer service representative in Allentown, Pa., said" made
    # "Allentown" (or "Tartu") the speaker
    for aside in ("a retired nurse in Tartu", "a farmer from Tartu"):
        text = f'"I do not trust the ministry," Hanna Marrant, {aside}, said in an interview.'
        assert [s.speaker for s in extract(text, published=TUESDAY)] == ["Hanna Marrant"]
