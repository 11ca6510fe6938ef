"""Review fixes of round 44 (rv44a): a relative clause on a post is its holder's statement
only where the article named the one holder (never an unnamed officer, "the former
president", "the son of the prime minister"); a point restated then "and said" goes on
into the words only with a bare "said" and its clause straight after it (not "and said
on Wednesday that", "and told reporters that", 'and said, "..."', "and added ...", nor
after "stressed"); "adding to fears of ..." after a quote is no verb of saying. Sentences
written here in the manner of wire copy (Reuters, AP, AFP)."""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2024, 3, 6)


def _said(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return [(s["speaker"], s["text"]) for s in ingested_statements(tmp_path, text, PUBLISHED)]


# F1, F2: the post's holder, or nothing


def test_former_holder_of_a_post_is_not_its_holder_now(tmp_path: Path) -> None:
    text = (
        "WASHINGTON (AP) -- President Joe Biden on Tuesday signed an order on steel imports.\n\n"
        "The order undoes tariffs imposed by the former president, who said in 2018 that "
        "the duties would protect American jobs.\n"
    )
    said = _said(tmp_path, text)
    assert not any("protect American jobs" in t for _, t in said), said


def test_someone_of_the_post_is_not_the_holder(tmp_path: Path) -> None:
    text = (
        "BEIRUT (Reuters) - Lebanon's caretaker Prime Minister Najib Mikati said on Tuesday "
        "the cabinet would meet on the budget.\n\n"
        "The brother of the prime minister, who told a radio station that the family was "
        "safe, declined to comment on the budget.\n"
    )
    said = _said(tmp_path, text)
    assert not any("family was safe" in t for _, t in said), said


def test_unnamed_officer_after_a_post_word_gives_nothing(tmp_path: Path) -> None:
    text = (
        "KYIV (Reuters) - Ukraine's Foreign Minister Dmytro Kuleba said on Tuesday that Kyiv "
        "would not give up land.\n\n"
        "Guards led the driver away to the officer, who said the man would face charges.\n"
    )
    said = _said(tmp_path, text)
    assert not any("face charges" in t for _, t in said), said


def test_post_no_one_named_holds_gives_nothing(tmp_path: Path) -> None:
    text = (
        "NAIROBI (Reuters) - French President Emmanuel Macron said on Tuesday France would "
        "cut its troops in Africa.\n\n"
        "Macron then went to a lunch given by the Ghanaian president, who said Accra wanted "
        "more trade with Paris.\n"
    )
    said = _said(tmp_path, text)
    assert not any("more trade with Paris" in t for _, t in said), said


def test_post_whose_holder_was_named_keeps_the_statement(tmp_path: Path) -> None:
    # near miss: the holder is named, with the same adjective, before the clause
    text = (
        "KYIV (Reuters) - Ukrainian Foreign Minister Dmytro Kuleba said on Tuesday that Kyiv "
        "needed more shells. German Foreign Minister Annalena Baerbock arrived in Kyiv on "
        "Tuesday.\n\n"
        "Kuleba met the German minister, who said Berlin would send more air defence.\n"
    )
    said = _said(tmp_path, text)
    assert ("Annalena Baerbock", "Berlin would send more air defence") in said, said


# F3: a point restated, then a second verb with a day, an addressee or a quote of its own


def _wang(sentence: str) -> str:
    return (
        "BEIJING (Reuters) - Chinese Foreign Minister Wang Yi met his Spanish counterpart in "
        f"Beijing on Tuesday.\n\n{sentence}\n"
    )


def test_restated_point_then_said_a_day_that_stays_two(tmp_path: Path) -> None:
    said = _said(
        tmp_path,
        _wang(
            "Wang emphasized the need for talks on Ukraine and said on Wednesday that China "
            "would send an envoy."
        ),
    )
    assert [t for _, t in said] == ["the need for talks on Ukraine", "China would send an envoy"]


def test_restated_point_then_said_separately_that_stays_two(tmp_path: Path) -> None:
    said = _said(
        tmp_path,
        _wang(
            "Wang stressed the need for talks on Ukraine and said separately that China would "
            "send an envoy."
        ),
    )
    assert [t for _, t in said] == ["the need for talks on Ukraine", "China would send an envoy"]


def test_restated_point_then_told_reporters_that_stays_two(tmp_path: Path) -> None:
    said = _said(
        tmp_path,
        _wang(
            "Wang emphasized the need for talks on Ukraine and told reporters that China would "
            "send an envoy."
        ),
    )
    assert [t for _, t in said] == ["the need for talks on Ukraine", "China would send an envoy"]


def test_restated_point_then_said_a_quote_stays_two(tmp_path: Path) -> None:
    said = _said(
        tmp_path,
        _wang('Wang stressed the need for talks on Ukraine and said, "We will send an envoy."'),
    )
    assert len(said) == 2, said
    assert said[0][1] == "the need for talks on Ukraine", said


def test_stressed_then_said_another_point_stays_two(tmp_path: Path) -> None:
    said = _said(
        tmp_path,
        _wang("Wang stressed the need for talks on Ukraine and said he would visit Madrid in May."),
    )
    assert [t for _, t in said] == ["the need for talks on Ukraine", "he would visit Madrid in May"]


def test_restated_point_then_added_stays_two(tmp_path: Path) -> None:
    said = _said(
        tmp_path,
        _wang("Wang reiterated the call for talks on Ukraine and added China would send an envoy."),
    )
    assert [t for _, t in said] == ["the call for talks on Ukraine", "China would send an envoy"]


def test_recalled_then_bare_said_stays_one(tmp_path: Path) -> None:
    # near miss: the rule's own case, a point recalled and the bare "said" going on with it
    said = _said(
        tmp_path,
        _wang(
            "Wang recalled China's reliance on grain imports from Spain and said Beijing could "
            "not let prices rise."
        ),
    )
    assert len(said) == 1, said
    assert said[0][1].endswith("could not let prices rise"), said


# F4: "adding to fears of ..." is no verb of saying


def test_adding_to_fears_after_a_colon_quote_is_no_statement(tmp_path: Path) -> None:
    text = (
        "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov told reporters on Tuesday: "
        '"We will answer any provocation," adding to fears of a clash in the Baltic.\n'
    )
    said = _said(tmp_path, text)
    assert len(said) == 1, said
    assert said[0][1].startswith('"We will answer any provocation') or said[0][1].startswith(
        "We will answer any provocation"
    ), said


def test_adding_to_fears_after_a_comma_quote_is_no_statement(tmp_path: Path) -> None:
    text = (
        '"We will answer any provocation," Russian Foreign Minister Sergei Lavrov told '
        "reporters on Tuesday, adding to fears of a clash in the Baltic.\n"
    )
    said = _said(tmp_path, text)
    assert [t for _, t in said] == ["We will answer any provocation"], said


def test_adding_that_after_a_quote_stays_a_statement(tmp_path: Path) -> None:
    # near miss: "adding that" says something
    text = (
        '"We will answer any provocation," Russian Foreign Minister Sergei Lavrov told '
        "reporters on Tuesday, adding that Moscow had warned NATO many times.\n"
    )
    said = _said(tmp_path, text)
    assert len(said) == 2, said
    assert said[1][1] == "Moscow had warned NATO many times", said


def test_added_to_an_outlet_still_says(tmp_path: Path) -> None:
    # near miss: "added to Politico" names the one told, words follow
    text = (
        "WASHINGTON (AP) -- Donald Trump spoke about his television appearance on Monday.\n\n"
        '"It was the best night the show has had in years," Trump added to Politico. '
        '"That makes me very happy."\n'
    )
    said = _said(tmp_path, text)
    assert len(said) == 1, said
    assert said[0][0] == "Donald Trump", said
    assert said[0][1].startswith("It was the best night the show has had in years"), said
