"""Proposals that are no statement a careful editor records, found on real pages of many
kinds (briefing coverage, ministry readouts, Gulf agency copy, NATO releases; issue 8):
each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

FRIDAY = datetime.date(2024, 3, 15)


def _said(text: str, *, unnamed: bool = False) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=FRIDAY, unnamed=unnamed)]


def test_a_reporters_words_at_a_briefing_are_no_statement() -> None:
    # "CBS News' X said, '...'", "X asked, '...'", "The journalist noted that ...": the press
    # at a briefing asks and remarks; only the briefer's answers were statements
    text = (
        "At the briefing on Friday, NBC News' Dana Whitcombe said, \"The minister seemed to "
        'promise a visit to the border this week."\n'
        'Whitcombe asked, "Is that trip still on the schedule?"\n'
        '"It is, and he will travel there on Monday," spokesman Paul Hendry said.\n'
        "The journalist then noted that the trip had been put off twice already."
    )
    assert _said(text) == [("Paul Hendry", "It is, and he will travel there on Monday")]


def test_the_press_is_still_counted_where_every_source_is_asked_for() -> None:
    # guard: attribution studies (unnamed=True) count a reporter's words as any source's
    text = "NBC News' Dana Whitcombe said the trip had been put off twice already."
    assert _said(text, unnamed=True) == [
        ("Dana Whitcombe", "the trip had been put off twice already")
    ]


def test_a_named_official_of_a_ministry_is_still_a_speaker() -> None:
    # guard (passes before): a spokesman's words are his, whatever paper relays them
    text = "Foreign ministry spokesman Paul Hendry told the Daily Star the talks would resume."
    assert [s for s, _ in _said(text)] == ["Paul Hendry"]


def test_sources_and_representatives_of_a_body_are_unnamed() -> None:
    # "sources in the ministry told the paper", "representatives of the ministry pointed
    # out": people nobody names, whose words are no one's to record
    for text in (
        "Sources in the Interior Ministry told the weekly that the envoy had been warned.",
        "Representatives of the ministry pointed out to the envoy that the remarks were "
        "unacceptable.",
        "Officials at the defence ministry said the drills would end on Sunday.",
    ):
        assert _said(text) == [], text


def test_market_groups_are_unnamed() -> None:
    # "Investors said the move would not ...": a market, not anyone who can be recorded
    for text in (
        "Investors, however, said the plan would not spare the country a default.",
        "Traders said the new tariff would hit grain exports hardest.",
    ):
        assert _said(text) == [], text


def test_a_named_body_is_still_a_speaker() -> None:
    # guard (passes before): a body named in full speaks
    text = "The Interior Ministry said the envoy had been warned."
    assert [s for s, _ in _said(text)] == ["Interior Ministry"]


def test_saying_goodbye_and_arguing_with_someone_are_acts() -> None:
    # "said goodbye and left the room": a parting, no words told; "argued with journalists
    # after a question": a quarrel named, not what was argued
    for text in (
        "Spokeswoman Clara Benning said goodbye and walked out of the press room.",
        "Earlier, spokeswoman Clara Benning argued with reporters after a question on the budget.",
    ):
        assert _said(text) == [], text


def test_arguing_that_is_still_saying() -> None:
    # guard (passes before): "argued that ..." tells what was argued
    text = "Spokeswoman Clara Benning argued that the delay was a matter of scheduling."
    assert _said(text) == [("Clara Benning", "the delay was a matter of scheduling")]


def test_welcoming_a_visitor_to_a_building_is_receiving_him() -> None:
    # "welcomed the US Secretary of Defense to NATO Headquarters on Thursday": a host
    # receiving a guest, no words
    for text in (
        "Secretary General Mark Rutte welcomed Polish Defence Minister Karol Nowicki to NATO "
        "Headquarters on Friday for a day of talks.",
        "President Sara Lind welcomed Prime Minister Ola Brandt to the Presidential Palace on "
        "Friday.",
        "Secretary General Mark Rutte welcomed US Secretary of the Navy Paul Dorn to NATO "
        "Headquarters on Friday.",
    ):
        assert _said(text) == [], text


def test_welcoming_a_decision_is_still_saying() -> None:
    # guard (passes before): welcoming a step is a diplomatic statement
    text = "Secretary General Mark Rutte welcomed the decision to send more air defence to Kyiv."
    assert [s for s, _ in _said(text)] == ["Mark Rutte"]


def test_a_news_agency_named_after_its_kind_is_an_outlet() -> None:
    # "Regional issues were also reviewed, state news agency SPA reported.": the agency
    # reports, it does not speak
    for text in (
        "Trade and shipping were also reviewed, state news agency QNB reported.",
        "The minister will travel to Cairo next week, the official news agency MTL said.",
    ):
        assert _said(text) == [], text


def test_calling_on_a_named_host_is_a_courtesy_call() -> None:
    # "X will have an audience with the King, and call on Prime Minister Y during the visit,
    # said a statement": the visitor's programme, whose words are the statement's
    text = (
        "Foreign Minister Ana Ruiz will visit Norway from Sunday to Tuesday.\n"
        "Dr Ruiz will have an audience with the King, and call on Prime Minister Tomas Berg "
        "during the visit, said a statement from the Ministry of Foreign Affairs on Friday."
    )
    assert all(s != "Ana Ruiz" for s, _ in _said(text))


def test_calling_on_a_named_state_to_act_is_still_saying() -> None:
    # guard (passes before): "called on Russia and China to ..." urges them
    for text in (
        "Foreign Minister Ana Ruiz called on Russia and China to respect the ceasefire.",
        "Foreign Minister Ana Ruiz called on President Omar Said to free the reporters.",
    ):
        assert [s for s, _ in _said(text)] == ["Ana Ruiz"], text


def test_welcoming_a_titled_visitor_to_a_country_is_receiving_him() -> None:
    # "At the beginning, Minister X welcomed Minister Y to Japan": a host greets a guest
    text = (
        "At the outset, Minister Hara welcomed Minister Osei to Tokyo, and voiced his "
        "thanks for the visit."
    )
    assert all(not words.startswith("welcomed") for _, words in _said(text))


def test_welcoming_a_state_to_an_alliance_is_still_saying() -> None:
    # guard (passes before): welcoming a new member is a statement
    text = "Secretary General Mark Rutte welcomed the decision to admit Sweden to the alliance."
    assert [s for s, _ in _said(text)] == ["Mark Rutte"]


def test_writing_about_a_subject_is_no_statement() -> None:
    # "X is the site's foreign editor, writing about security since 2005": a byline's note
    text = "Lena Brandt is the weekly's Europe editor, writing about defence and trade since 2011."
    assert _said(text) == []


def test_a_link_word_is_no_speaker() -> None:
    # "Minister X raised the issue, along with reiterating ...": "along with" was taken
    # for the speaker of the participle
    text = (
        "Minister Hara raised the fishing dispute, along with reiterating Japan's long-held "
        "view on the islands."
    )
    assert all(s not in ("along with", None) for s, _ in _said(text))


def test_a_statement_from_a_body_after_the_verb_is_the_bodys() -> None:
    # "..., said a statement from the Ministry of Foreign Affairs (MFA) on Saturday": the
    # document's author speaks (the phrase was cut at "from" and read as an unnamed source)
    text = (
        "The visit reflects the warm ties between the two neighbours, said a statement from "
        "the Ministry of Foreign Affairs on Friday."
    )
    words = "The visit reflects the warm ties between the two neighbours"
    assert _said(text) == [("the Ministry of Foreign Affairs", words)]


def test_an_official_described_at_length_is_unnamed() -> None:
    # "a United Nations senior political and peacebuilding official told the Council":
    # the "and" cut the description, and "peacebuilding official" was taken for a speaker
    for text in (
        "The strikes breach the truce, a United Nations senior political and humanitarian "
        "official told the Security Council today.",
        "The talks will resume in May, a United Nations official said on Friday.",
    ):
        assert _said(text) == [], text
