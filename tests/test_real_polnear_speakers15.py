"""Speakers in real English news copy (issue 8, round fifteen: who said it, on PolNeAR's
American political news). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2016, 5, 4)


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=PUBLISHED, unnamed=True)]


def test_two_apostrophes_typed_for_quotation_marks_close_the_quote_before_he_said() -> None:
    # archive copies type each quotation mark as two apostrophes: the quote ends at the
    # closing pair, and "he said" after it is the one the paragraph named, not the rival
    # the paragraph above was about
    text = (
        "Campaign aide speaks.\n\n"
        "The governor mostly ignored Senator Alma Roe of Ohio, his main rival, mentioning "
        "her only to repeat a warning he gave this week about a divided party.\n\n"
        "Mr. Kline said he agreed with Ms. Roe. ''I don't want a divided party, we want "
        "this settled early,'' he said, adding, ''We don't want a fight at the convention.''"
    )
    found = _said(text)
    assert found and {speaker for speaker, _ in found} == {"Kline"}
    assert any(words.startswith("I don't want a divided party") for _, words in found)


def test_two_apostrophes_quote_then_inverted_said_and_the_name() -> None:
    # guard: "''...,'' said X, a teacher in Y.": the quote is X's, its marks read as before
    text = (
        "Teachers rally in the capital.\n\n"
        "Hundreds of teachers marched past the statehouse on Tuesday.\n\n"
        "''We have waited three years for a raise,'' said Dana Whitfield, a science "
        "teacher from Dayton. ''Nobody is listening to us.''"
    )
    found = _said(text)
    assert found and all(speaker == "Dana Whitfield" for speaker, _ in found)
    assert found[0][1].startswith("We have waited three years")


def test_an_apostrophe_of_a_plural_possessive_is_no_quotation_mark() -> None:
    # guard: "the teachers' union" keeps its apostrophe; nothing is quoted
    text = (
        "Union backs plan.\n\n"
        "The teachers' union said on Tuesday that it would back the governor's budget."
    )
    found = _said(text)
    assert [words for _, words in found] == ["it would back the governor's budget"]


def test_an_according_to_source_ends_before_when_it_came_out_and_a_dashed_aside() -> None:
    # "according to a survey released on Thursday", "a poll last week - virtually ...":
    # the source is the survey or the poll, not its release nor the aside after the dash
    text = (
        "Polls tighten.\n\n"
        "Mr. Lane has the backing of 31 percent, according to a Harbor Institute survey "
        "released on Thursday.\n\n"
        "Some 57 percent of voters see her unfavorably, according to a Lakeview College poll "
        "last week - nearly the same as in May.\n"
    )
    speakers = [speaker for speaker, _ in _said(text)]
    assert speakers == ["a Harbor Institute survey", "a Lakeview College poll"]


def test_a_statement_released_by_a_body_is_still_the_bodys() -> None:
    # guard: "released by X" names the author; the release is not cut away before it
    text = (
        "Talks called off.\n\n"
        "The delegation will not attend the talks, according to a statement released by "
        "the Foreign Ministry on Monday.\n"
    )
    assert [speaker for speaker, _ in _said(text)] == ["Foreign Ministry"]


def test_a_share_of_voters_saying_something_according_to_a_poll_is_the_polls_finding() -> None:
    # "Some 58 percent of voters say ..., according to a Marist poll": the share is what the
    # poll found; the poll is the source
    text = (
        "Voters weigh trade.\n\n"
        "Some 58 percent of voters nationwide say trade deals have cost local jobs, according "
        "to a Riverside College poll conducted in March.\n\n"
        "About 40 percent of voters call prices their top worry, according to a Harbor "
        "Institute survey.\n"
    )
    assert [speaker for speaker, _ in _said(text)] == [
        "a Riverside College poll",
        "a Harbor Institute survey",
    ]


def test_a_named_speaker_relayed_by_a_poll_word_keeps_his_words() -> None:
    # guard: a person who speaks is no share of voters; "according to" the pollster's
    # report he stays the speaker
    text = (
        "Governor reacts.\n\n"
        "Governor Tom Ruiz said the state would cut fees next year, according to a summary of "
        "the Harbor Institute survey.\n"
    )
    assert [speaker for speaker, _ in _said(text)] == ["Tom Ruiz"]
