"""Failure classes of a second fresh blind set of Asian and Pacific outlets' English copy
(issue 8, session 7): Japan Times (Kyodo), Taipei Times, Manila Bulletin, ECNS (Xinhua) and
The New Indian Express. Each test is written here in new words, in the style of such copy."""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

SATURDAY = datetime.date(2024, 3, 16)


def run(text: str, published: datetime.date | None = SATURDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_standfirst_the_body_repeats_word_for_word_keeps_the_bodys_speaker_and_day() -> None:
    # Indian papers print the story's last paragraph again as the standfirst above the
    # dateline; the copy that counts is the body's, where the minister and the day are known
    text = (
        "Ties with Dhaka at their best in decades: minister\n\n"
        "Asked whether the border talks would resume, he said he expects that the joint "
        "boundary committee will meet again before the monsoon.\n\n"
        "NEW DELHI: Minister of State for External Affairs Anil Varma on Friday said India's "
        "ties with Bangladesh were at their best in decades.\n\n"
        "\u201cWe have settled more in five years than in the twenty before,\u201d Varma said "
        "at a seminar in the capital.\n\n"
        "Asked whether the border talks would resume, he said he expects that the joint "
        "boundary committee will meet again before the monsoon.\n"
    )
    found = run(text)
    monsoon = [s for s in found if "monsoon" in s.text]
    assert len(monsoon) == 1
    assert monsoon[0].speaker == "Anil Varma"
    assert monsoon[0].said_on == "2024-03-15"


def test_some_members_of_a_named_party_are_an_unnamed_share_not_the_party_speaking() -> None:
    # "Some senior members of the Liberal Party have criticised ...": the capitals belong to
    # the party, but the subject is a few of its members nobody names: no statement
    text = (
        "TOKYO, March 16 (Kyodo) -- Defense Minister Kenji Ota said Friday that Japan would "
        "raise its patrols near the southwestern islands this spring.\n\n"
        "Several senior members of the opposition Constitutional Democratic Party have "
        "criticised the plan as too costly, according to people close to the matter.\n\n"
        '"Our aim is deterrence, not provocation," Ota told reporters in Tokyo.\n'
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Kenji Ota", "Kenji Ota"]


def test_a_spokeswoman_of_the_ministry_whose_words_the_lead_dated_speaks_on_that_day() -> None:
    # Taipei copy: the lead gives the Ministry of Foreign Affairs' rebuttal of the Chinese
    # Ministry of Foreign Affairs a day; "ministry spokeswoman X said in a statement" right
    # after it is that ministry's voice on that day, not the Chinese ministry's
    text = (
        "The Chinese Ministry of Foreign Affairs keeps inventing claims about Taiwan's "
        "elections to sow division, the Ministry of Foreign Affairs (MOFA) said yesterday.\n"
        "Such claims deserve no reply from a democracy, ministry spokeswoman Lin Mei-hua "
        "(\u6797\u7f8e\u83ef) said in a statement.\n"
        "Taipei would keep working with its partners in the region, she added.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("the Ministry of Foreign Affairs", "2024-03-15"),
        ("Lin Mei-hua", "2024-03-15"),
        ("Lin Mei-hua", "2024-03-15"),
    ]


def test_a_quote_trailing_off_in_dots_before_its_closing_mark_is_direct() -> None:
    # '"... when borders are redrawn...," he said': the ellipsis and comma stand inside the
    # quotation marks; the words are all quoted, so the statement is direct
    text = (
        "NEW DELHI: Minister of State Anil Varma on Friday spoke at an economic forum.\n\n"
        "\u201cSome friction is only to be expected when old borders are redrawn...,\u201d "
        "he said during a panel with the forum's chair.\n"
    )
    found = run(text)
    assert [(s.speaker, s.kind) for s in found] == [("Anil Varma", "direct")]
    assert found[0].text.startswith("Some friction")


def test_a_promise_keeps_the_to_of_its_infinitive() -> None:
    # "pledged Friday to uphold ...", "vowed to keep ...": what was promised is the infinitive
    # clause, "to" and all; with "that" the clause after it is the words
    text = (
        "TOKYO, March 16 (Kyodo) -- New Defense Minister Kenji Ota pledged Friday to uphold "
        "the ban on exporting lethal arms to countries at war.\n\n"
        "Ota also vowed to keep a hotline with Beijing open through the summer.\n\n"
        "He promised that the budget request would stay within the agreed ceiling.\n"
    )
    texts = [s.text for s in run(text)]
    assert texts[0].startswith("to uphold the ban")
    assert texts[1].startswith("to keep a hotline")
    assert texts[2].startswith("the budget request would")
