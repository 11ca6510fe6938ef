"""Where one statement ends and the next begins when a known verb of saying has two parts
in one sentence: words quoted whole after a colon are a statement of their own (after a
leading "Noting that ...", after a naming "called it a '...' attack, and said:", and
before a participle 'adding he ...'); a point restated in a noun phrase ("recalled X's
dependence on gas imports and said ...") goes on into the words after it, one statement.
A relative clause on a post named just before it ("worries the minister, who stressed
that ...") is that holder's statement. Sentences written here in the manner of wire copy
(AP, Reuters, The Straits Times)."""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2021, 10, 26)


def _said(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return [(s["speaker"], s["text"]) for s in ingested_statements(tmp_path, text, PUBLISHED)]


def test_point_added_after_a_quote_given_after_a_colon(tmp_path: Path) -> None:
    text = (
        "UNITED NATIONS (AP) -- Iran's Foreign Minister Abbas Araghchi told reporters at the "
        'U.N. on Tuesday: "I am sure the president did not mean to close the door," adding '
        'he "must have been badly advised." The talks are due to resume in Oman.\n'
    )
    said = _said(tmp_path, text)
    assert said == [
        ("Abbas Araghchi", "I am sure the president did not mean to close the door"),
        ("Abbas Araghchi", 'he "must have been badly advised."'),
    ], said


def test_quote_after_a_colon_ends_where_no_participle_follows(tmp_path: Path) -> None:
    text = (
        "UNITED NATIONS (AP) -- Iran's Foreign Minister Abbas Araghchi told reporters on "
        'Tuesday: "I am sure the president did not mean to close the door," and left the '
        "room without taking questions.\n"
    )
    said = _said(tmp_path, text)
    assert len(said) == 1, said
    assert said[0][1].endswith("without taking questions"), said


def test_leading_participle_then_a_quote_after_a_colon(tmp_path: Path) -> None:
    text = (
        "SINGAPORE - Prime Minister Lee Hsien Loong on Tuesday (Oct 26) urged the junta to "
        "work with the bloc's envoy.\n\n"
        'Noting that "progress has been slow" on the plan the bloc agreed in April, PM Lee '
        'said: "This costs the people of Myanmar dearly, and it costs the bloc its '
        'credibility."\n'
    )
    said = _said(tmp_path, text)
    assert said[1:] == [
        ("Lee Hsien Loong", '"progress has been slow" on the plan the bloc agreed in April'),
        (
            "Lee Hsien Loong",
            "This costs the people of Myanmar dearly, and it costs the bloc its credibility.",
        ),
    ], said


def test_leading_participle_then_told_words_stay_one(tmp_path: Path) -> None:
    # near miss: the words after "said" given in the writer's words go on the leading point
    text = (
        "SINGAPORE - Prime Minister Lee Hsien Loong on Tuesday (Oct 26) urged the junta to "
        "work with the bloc's envoy.\n\n"
        "Noting that progress has been slow on the plan the bloc agreed in April, PM Lee said "
        "the bloc had to keep its word.\n"
    )
    said = _said(tmp_path, text)
    assert len(said) == 2, said
    assert said[1][1].startswith("progress has been slow") and "keep its word" in said[1][1]


def test_naming_then_a_quote_after_a_colon(tmp_path: Path) -> None:
    text = (
        "TEHRAN (AP) -- Foreign Minister Abbas Araghchi spoke to reporters on Monday.\n\n"
        'He called it a "precise, limited" strike with no one hurt, and said: "Had we wanted '
        'more, nothing would be left of that base."\n'
    )
    said = _said(tmp_path, text)
    assert [t for _, t in said] == [
        'it a "precise, limited" strike with no one hurt',
        '"Had we wanted more, nothing would be left of that base."',
    ], said


def test_naming_then_told_words_stay_one(tmp_path: Path) -> None:
    # near miss: a naming that the words after "and said" go on, in the writer's words
    text = (
        "TEHRAN (AP) -- Foreign Minister Abbas Araghchi spoke to reporters on Monday.\n\n"
        'He described the talks as "frank", and said the two sides would meet again in May.\n'
    )
    said = _said(tmp_path, text)
    assert len(said) == 1, said
    assert said[0][1].startswith('the talks as "frank"'), said


def test_point_restated_then_said_is_one_statement(tmp_path: Path) -> None:
    text = (
        "ANKARA (Reuters) - President Tayyip Erdogan spoke to reporters on Tuesday.\n\n"
        "Asked about the waiver, Erdogan recalled Turkey's reliance on oil and gas imports "
        "from its neighbour and said he would not let his people go cold this winter.\n"
    )
    said = _said(tmp_path, text)
    assert len(said) == 1, said
    assert said[0][1].startswith("Turkey's reliance on oil and gas imports"), said
    assert said[0][1].endswith("go cold this winter"), said


def test_censure_then_said_stays_two(tmp_path: Path) -> None:
    # near miss: a charge is a point of its own, apart from the claim after it
    text = (
        "ANKARA (Reuters) - President Tayyip Erdogan spoke to reporters on Tuesday.\n\n"
        "Erdogan criticized the sanctions imposed on Iran by Washington last week and said "
        "Turkey would keep buying gas from its neighbour.\n"
    )
    said = _said(tmp_path, text)
    assert len(said) == 2, said


def test_relative_clause_on_a_post_named_before(tmp_path: Path) -> None:
    text = (
        "TAIPEI - Foreign Minister Lin Chia-lung said on Friday the island would bid again "
        "for a seat at the assembly.\n\n"
        "Talk that Beijing may agree a formula with the secretariat for the island worries "
        "the minister, who stressed that Taiwan will not join at the cost of its status.\n"
    )
    said = _said(tmp_path, text)
    assert ("Lin Chia-lung", "Taiwan will not join at the cost of its status") in said, said


def test_relative_clause_on_an_unnamed_official_gives_nothing(tmp_path: Path) -> None:
    # near miss: "the official" is no post whose holder the story named
    text = (
        "TAIPEI - Foreign Minister Lin Chia-lung said on Friday the island would bid again "
        "for a seat at the assembly.\n\n"
        "The plan was explained to the official, who said that Taiwan will not join at the "
        "cost of its status.\n"
    )
    said = _said(tmp_path, text)
    assert len(said) == 1, said


def test_point_restated_then_said_that_stays_two(tmp_path: Path) -> None:
    # near miss: a second verb with "that" opens a clause of its own, another point
    text = (
        "ANKARA (Reuters) - President Tayyip Erdogan spoke to reporters on Tuesday.\n\n"
        "Asked about the waiver, Erdogan recalled Turkey's reliance on oil and gas imports "
        "from its neighbour and said that he would not let his people go cold this winter.\n"
    )
    said = _said(tmp_path, text)
    assert len(said) == 2, said
    assert said[1][1].startswith("he would not let his people"), said
