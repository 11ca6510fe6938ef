"""Construction probes of the day a statement was made, round 10 (issue 8): each test varies
one construction of wire copy, releases or transcripts, written here in new words."""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

SATURDAY = datetime.date(2024, 12, 7)


def run(text: str, published: datetime.date | None = SATURDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_today_opening_a_release_under_its_date_line_is_the_releases_day() -> None:
    # the line above ends in a capitalised word ("... Foreign Affairs"); "Today," opening the
    # next paragraph is no title like "USA Today", and it dates the announcement, not the
    # donors' meeting the release goes on to tell
    text = (
        "December 7, 2024 - Oslo - Ministry of Foreign Affairs\n\n"
        "Today, the Honourable Siri Lund, Minister of Foreign Affairs, announced that Norway "
        "will provide $20 million to the relief fund.\n\n"
        "The announcement follows a meeting of donors in Geneva on December 5, which Minister "
        "Lund attended.\n\n"
        "Minister Lund stressed that the aid must reach civilians first.\n"
    )
    found = run(text)
    assert found[0].speaker == "Siri Lund"
    assert found[0].said_on == "2024-12-07"


def test_today_after_a_sentence_ending_in_a_name_dates_the_words() -> None:
    text = (
        "The fund was set up in 2019 by Oslo. Today, Foreign Minister Siri Lund announced "
        "that the fund would double.\n\n"
        "The announcement follows a meeting of donors in Geneva on Thursday, which Lund "
        "attended.\n\n"
        "Lund stressed that the aid must reach civilians first.\n"
    )
    found = run(text)
    assert (found[0].speaker, found[0].said_on) == ("Siri Lund", "2024-12-07")


def test_another_states_spokesperson_does_not_speak_for_the_leads_state() -> None:
    # the lead dates Norway's deed; China's spokesperson, asked about it, speaks for China on
    # a day the story does not give
    text = (
        "OSLO: Norway on Thursday recalled its ambassador from Caracas after the arrest of two "
        "Norwegian aid workers.\n\n"
        "Asked about the recall, Chinese foreign ministry spokesperson Li Wei said both sides "
        "should show restraint.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [("Li Wei", "2024-12-07")]


def test_a_briefing_abroad_is_not_the_one_the_lead_dated_for_its_own_state() -> None:
    # "Norway told Caracas on Thursday ...": Norway's words are dated; a regular briefing in
    # Beijing is China's, held on a day the story does not give
    text = (
        "OSLO: Norway on Thursday told Caracas that its envoy should not return, after the "
        "arrest of two Norwegian aid workers.\n\n"
        "China's foreign ministry spokesperson Li Wei, asked about the dispute at a regular "
        "briefing in Beijing, urged both sides to show restraint.\n"
    )
    found = {s.speaker: s.said_on for s in run(text)}
    assert found["Li Wei"] == "2024-12-07"


def test_on_the_eve_of_a_dated_gathering_is_the_day_before_it() -> None:
    # the eve of the conference the story dated, named again as "the forum"
    text = (
        "GENEVA, 6 December - The Geneva Donors' Conference on Sahel Relief opened on "
        "6 December with 40 delegations.\n\n"
        "Speaking on the eve of the forum, Foreign Minister Siri Lund said Norway would double "
        "its pledge.\n\n"
        "Leaders of the Nordic states met in Bergen on Friday for their annual summit.\n\n"
        "On the eve of the summit, Prime Minister Ola Dahl told reporters the region must "
        "spend more on defence.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Siri Lund", "2024-12-05"),
        ("Ola Dahl", "2024-12-05"),
    ]


def test_on_the_eve_of_an_undated_visit_keeps_the_articles_day() -> None:
    text = (
        "Speaking on the eve of his visit to Beijing, Foreign Minister Siri Lund said Norway "
        "would double its pledge.\n"
    )
    assert [s.said_on for s in run(text)] == ["2024-12-07"]


def test_the_kremlins_spokesman_does_not_speak_for_the_state_that_acted_in_the_lead() -> None:
    # his state is known by his institution only; Moscow's answer comes on a day not told
    text = (
        "OSLO, Dec 7 - Norway on Thursday expelled two Russian diplomats, accusing them of "
        "spying.\n\n"
        "Kremlin spokesman Pavel Orlov said Moscow would respond in kind.\n"
    )
    found = {s.speaker: s.said_on for s in run(text)}
    assert found["Pavel Orlov"] == "2024-12-07"


def test_the_kremlins_spokesman_speaks_for_the_kremlins_dated_lead() -> None:
    text = (
        "MOSCOW, Dec 7 - The Kremlin on Thursday rejected the Nordic peace plan.\n\n"
        '"The plan ignores our security," Kremlin spokesman Pavel Orlov said.\n'
    )
    found = {s.speaker: s.said_on for s in run(text)}
    assert found["Pavel Orlov"] == "2024-12-05"


def test_the_talks_day_is_not_the_day_someone_later_spoke_of_them() -> None:
    # "Y said on Friday that the talks had been ...": Friday dates Y's words; the talks are
    # Thursday's, and words said "after the talks" are of that day
    text = (
        "Norway and Chile held talks in Vienna on Thursday and agreed to freeze salmon "
        "quotas.\n\n"
        'Spokesman Pavel Orlov said on Friday that the talks had been "a Western show".\n\n'
        '"The door is now open," Foreign Minister Siri Lund told reporters after the talks.\n'
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Pavel Orlov", "2024-12-06"),
        ("Siri Lund", "2024-12-05"),
    ]


def test_said_on_a_day_nearer_ahead_than_behind_is_still_a_past_day() -> None:
    # "said on March 14" in a December story: last March, not the coming one; a meeting
    # "in Geneva on March 14" may be a plan and dates no words
    text = (
        "Prime Minister Ines Duarte said on March 14 that the rail link would open in 2030.\n\n"
        '"The link will open on time," Transport Minister Rui Alves told reporters on 14 March.\n'
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Ines Duarte", "2024-03-14"),
        ("Rui Alves", "2024-03-14"),
    ]


def test_a_date_with_its_ordinal_between_the_speaker_and_the_verb() -> None:
    # "X on December 6th said", "said on the 6th of December": the ordinal and "of" do not
    # stop the date from dating the words (nor the verb from finding its speaker)
    text = (
        "Foreign Minister Siri Lund on December 6th said that Norway would keep its embassy "
        "open.\n\n"
        "Prime Minister Ola Dahl said on the 4th of December that the levy would stay.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Siri Lund", "2024-12-06"),
        ("Ola Dahl", "2024-12-04"),
    ]


def test_a_speech_or_an_interview_told_in_a_relative_clause_dates_the_words() -> None:
    # "who gave a speech ... on Friday", "who was interviewed ... on Thursday": occasions of
    # speaking, unlike an appointment
    text = (
        "Foreign Minister Siri Lund, who gave a speech in Bergen on Friday, said Norway would "
        "keep its embassy open.\n\n"
        "Prime Minister Ola Dahl, who was interviewed by NRK on Thursday, said the levy would "
        "stay.\n\n"
        "Trade Minister Eva Holm, who was appointed on Wednesday, said the quotas were too "
        "tight.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Siri Lund", "2024-12-06"),
        ("Ola Dahl", "2024-12-05"),
        ("Eva Holm", "2024-12-07"),
    ]
