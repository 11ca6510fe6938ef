"""Days of statements in real copy (issue 8, round thirteen: classes taken from the dating
errors on the round's open sets). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

THURSDAY = datetime.date(2023, 3, 9)


def _days(text: str, published: datetime.date) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=published)]


def test_the_same_day_counts_from_the_day_named_not_from_shortly_after() -> None:
    # "shortly after the verdict" gives no day of its own; "the same day" below it is the
    # day the story named last (Tuesday), not the page's
    text = (
        "A court in Lisbon on Tuesday ordered the extradition of the former minister to "
        "Brazil.\n\n"
        "His lawyers filed an appeal shortly after the verdict was read.\n\n"
        "Portuguese Justice Minister Carla Mendes, visiting Porto the same day, said the "
        "courts had acted independently."
    )
    assert _days(text, THURSDAY) == [("Carla Mendes", "2023-03-07")]


def test_a_statement_issued_shortly_after_a_dated_event_takes_its_day() -> None:
    # "In a statement issued shortly after the verdict was read": tied in words to the
    # event the lead dated (Tuesday), two days before the page
    text = (
        "A court in Lisbon on Tuesday ordered the extradition of the former minister to "
        "Brazil, ending a two-year legal fight.\n\n"
        "In a statement released shortly after the verdict was read, the Brazilian Foreign "
        "Ministry said the decision showed respect for the treaty between the two countries."
    )
    assert _days(text, THURSDAY) == [("Brazilian Foreign Ministry", "2023-03-07")]


def test_a_day_given_on_the_eve_of_a_summit_is_not_the_summits() -> None:
    # "X said on Wednesday, on the eve of the summit": the day before the leaders met; a
    # leader speaking below with no day of his own is not dated by it
    text = (
        "The two presidents ended their first summit in Jakarta with a pledge to double "
        "trade by 2030.\n\n"
        "Trade Minister Arief Santoso said on Wednesday, on the eve of the summit, that "
        "a deal on nickel exports was close.\n\n"
        "Speaking through an interpreter as the documents were exchanged, President Lee "
        "Jae-won said the partnership had entered a new stage."
    )
    assert _days(text, THURSDAY) == [
        ("Arief Santoso", "2023-03-08"),
        ("Lee Jae-won", "2023-03-09"),
    ]


def test_what_a_meeting_came_after_does_not_date_the_meeting() -> None:
    # "It was their first meeting ..., and came after ties soured over ... in May last
    # year": the day is of what came before; words said after the meeting are of the lead's
    text = (
        "TOKYO--Prime Minister Kenji Arata and South Korean President Park Min-ho met for "
        "40 minutes on March 7 on the sidelines of a regional forum.\n\n"
        "It was the first meeting between the two leaders in three years, and came after "
        "ties soured over a fishing dispute and a court ruling in May last year.\n\n"
        "Speaking to reporters after the meeting, Arata said the talks had been frank."
    )
    assert _days(text, THURSDAY) == [("Kenji Arata", "2023-03-07")]


def test_the_quote_opening_the_next_paragraph_dates_the_words_above_it() -> None:
    # "X condemned ... and said ...\n\n'...,' X told a news conference on Tuesday": the quote
    # bears out the words just told; one occasion, Tuesday's
    text = (
        "Peru will recall its ambassador, Foreign Minister Luis Ortega said on Wednesday after "
        "a meeting with the envoy.\n\n"
        "In Santiago, Chile's foreign minister, Ana Ferrada, condemned the attack on the "
        "embassy and said her government expected a full investigation.\n\n"
        "\u201cNo diplomat should ever fear for their safety,\u201d Ferrada told a news "
        "conference in Santiago on Tuesday."
    )
    found = [(s.text, s.said_on) for s in extract(text, published=THURSDAY)]
    assert ("her government expected a full investigation", "2023-03-07") in found
    assert ("No diplomat should ever fear for their safety", "2023-03-07") in found


def test_next_day_copy_stays_at_the_gathering_it_tells() -> None:
    # a paper dated the day after its news: the lead's gathering is of "yesterday", and the
    # delegates heard after its first speaker, with no day of their own, spoke there too
    text = (
        "Andean foreign ministers meeting in Quito yesterday agreed to reopen the border "
        "crossings closed since the floods.\n\n"
        "Opening the meeting, Ecuador's foreign minister, Rosa Velasco, said the closures "
        "had cost traders millions.\n\n"
        "Peru's deputy trade minister, Tomas Quiroga, said the new checkpoints would be "
        "staffed jointly.\n\n"
        "Bolivia's government said in a statement that it welcomed the accord."
    )
    found = _days(text, THURSDAY)
    assert ("Rosa Velasco", "2023-03-08") in found
    assert ("Tomas Quiroga", "2023-03-08") in found
    assert found[-1][1] == "2023-03-09"


def test_reactions_to_a_deal_of_yesterday_keep_the_article_day() -> None:
    # a joint statement dated by the lead is no gathering: the reactions told after it,
    # with no day of their own, are not placed at the news day
    text = (
        "Chile and Argentina agreed yesterday to settle their dispute over the glacier, a "
        "joint statement issued by the two governments said.\n\n"
        "The statement said a commission would map the border within a year.\n\n"
        "Chile's foreign minister, Pablo Serrano, said the accord was a victory for "
        "diplomacy."
    )
    found = _days(text, THURSDAY)
    assert ("Pablo Serrano", "2023-03-09") in found


def test_a_month_told_in_background_is_no_occasion_for_later_words() -> None:
    # an interview write-up: the minister's words of May are background; the answers told
    # after them are the interview's, not of May
    text = (
        "Estonia's foreign minister, Kadri Lepp, told our correspondent on Wednesday that "
        "the new sanctions package was overdue.\n\n"
        "In May, Lepp said the bloc was moving too slowly on frozen assets.\n\n"
        "Asked about the gas pipeline, she said Tallinn had found other suppliers.\n\n"
        "She also said the border guards would get new drones."
    )
    found = _days(text, THURSDAY)
    assert found[1] == ("Kadri Lepp", "2022-05")
    assert found[2:] == [("Kadri Lepp", "2023-03-08"), ("Kadri Lepp", "2023-03-08")]


def test_that_evening_is_the_day_the_story_named_last() -> None:
    # "that evening" points back to the day told above (Tuesday), not to the page's day
    text = (
        "NAIROBI (Reuters) - Kenya's electoral commission on Thursday confirmed the result, "
        "two days after the opposition candidate conceded defeat.\n\n"
        "Raila Kamau conceded on Tuesday in a short address at his party's headquarters.\n\n"
        "In a speech from the steps of State House that evening, President William Otieno "
        "said the country had chosen peace."
    )
    days = dict(_days(text, THURSDAY))
    assert days["William Otieno"] == "2023-03-07"


def test_a_day_between_a_verb_given_with_the_words_and_what_it_takes_is_the_verbs() -> None:
    # "called on the courts yesterday to ...": the words hold their verb, and the day
    # between the verb and the infinitive it takes is the calling's
    text = (
        "Poland's president signed the budget into law on Thursday after weeks of delay.\n\n"
        "Opposition leader Marta Zielinska called on the courts yesterday to review the law "
        "before it takes effect."
    )
    days = dict(_days(text, THURSDAY))
    assert days["Marta Zielinska"] == "2023-03-08"


def test_a_day_beside_anothers_words_about_a_summit_is_not_the_summits() -> None:
    # "X said on Monday that hosting the summit would cost ...": the day of X's words; a
    # leader speaking after the summit below is not placed at Monday
    text = (
        "Leaders across Africa on Thursday welcomed the accord signed by the two "
        "presidents in Addis Ababa.\n\n"
        "Ethiopian Foreign Minister Dawit Bekele said on Monday that hosting the summit "
        "would cost his government about $8 million.\n\n"
        "At a news conference after the summit, President Samuel Ochieng said the border "
        "would reopen within a month."
    )
    days = dict(_days(text, THURSDAY))
    assert days["Dawit Bekele"] == "2023-03-06"
    assert days["Samuel Ochieng"] == "2023-03-09"


def test_a_day_after_the_verb_in_a_when_clause_dates_the_words() -> None:
    # "When X declared on Monday that ...": the day follows the verb in the clause it
    # stands in, and dates those words
    text = (
        "ANALYSIS\n\n"
        "When Chilean President Ana Fuentes declared on Monday that the copper tax would be "
        "halved, she caught her own finance ministry by surprise.\n\n"
        "Economists said the move would cost the treasury dearly."
    )
    days = dict(_days(text, THURSDAY))
    assert days["Ana Fuentes"] == "2023-03-06"


def test_a_later_day_the_paragraph_reached_outranks_the_speakers_last_occasion() -> None:
    # the speaker spoke on Monday; the paragraph then moves the story on to Wednesday, and
    # his words below it are of that day
    text = (
        "Chilean President Ana Fuentes said on Monday that the copper tax would be halved.\n\n"
        "The row deepened on Wednesday. Speaking in Valparaiso, Fuentes said critics of the "
        "plan had misread the budget."
    )
    days = [d for _, d in _days(text, THURSDAY)]
    assert days == ["2023-03-06", "2023-03-08"]


def test_a_year_a_thing_was_signed_in_is_no_occasion_to_speak_after() -> None:
    # "the treaty signed in 2004": when that treaty was made; "Speaking after the signing"
    # is after this week's signing, at the end of talks told with their days
    text = (
        "Lima, March 9 -- Peru and Chile have agreed to redraw their maritime border, "
        "according to a joint statement issued today.\n\n"
        "The agreement follows talks held in Geneva from 6 to 9 March between the two "
        "delegations.\n\n"
        "The two sides also agreed to revive the fisheries treaty signed in 2004.\n\n"
        "Speaking after the signing, Foreign Minister Lucia Paredes said the accord closed "
        "a dispute that had lasted decades."
    )
    days = dict(_days(text, THURSDAY))
    assert days["Lucia Paredes"] == "2023-03-09"


def test_words_told_to_the_same_news_conference_take_its_day() -> None:
    # "told the same news conference": the one the story dated before, not the article's day
    text = (
        "Ministers met in Oslo on Thursday to discuss the fishing dispute.\n\n"
        "Norwegian Prime Minister Ingrid Solberg told a news conference late on Wednesday "
        "that the talks had been difficult but useful.\n\n"
        "Icelandic Prime Minister Jon Gunnarsson, who attended the dinner, told the same "
        "news conference that quotas would be reviewed within a year."
    )
    days = dict(_days(text, THURSDAY))
    assert days["Jon Gunnarsson"] == "2023-03-08"


def test_a_briefing_is_the_press_conference_the_story_dated() -> None:
    # one appearance before the press, named "press conference" first and "briefing" after
    text = (
        "SEOUL, March 9 -- Talks between the two Koreas collapsed on Wednesday.\n\n"
        "At a press conference held in Panmunjom late Wednesday, North Korean negotiator "
        "Ri Chol-ung said the South had made no offer.\n\n"
        "The talks had opened on Monday with hopes of a deal on family reunions.\n\n"
        "His deputy Kim Song-ae, who also appeared at the briefing, told reporters the North "
        "would not return to the table soon."
    )
    days = dict(_days(text, THURSDAY))
    assert days["Kim Song-ae"] == "2023-03-08"


def test_a_month_in_what_the_speaker_cites_is_the_cited_things() -> None:
    # "citing Brazil's ban ... earlier this month": the ban's time, not the words' (a wire's
    # "X said" with no day of its own is the article's day)
    text = (
        "BUENOS AIRES, March 9 -- Argentina suspended beef exports to Brazil on Wednesday.\n\n"
        '"We cannot keep selling to a market that closes its doors at will," Agriculture '
        "Minister Pablo Herrera said, citing Brazil's ban on Argentine grain earlier this "
        "month."
    )
    days = dict(_days(text, THURSDAY))
    assert days["Pablo Herrera"] == "2023-03-09"


def test_earlier_this_week_ends_before_the_articles_day() -> None:
    # "earlier this week" in Thursday's copy: Monday to Wednesday, not the day of the story
    text = (
        "NAIROBI, March 9 -- Kenya will send 500 police officers to Haiti, officials said.\n\n"
        "President Samuel Ochieng had announced earlier this week that the first officers "
        "would fly out in April."
    )
    days = dict(_days(text, THURSDAY))
    assert days["Samuel Ochieng"] == "2023-03-06/2023-03-08"


def test_one_who_appeared_alongside_the_last_speaker_shares_his_day() -> None:
    # "X, who appeared alongside the president, said": at the appearance just told
    text = (
        "Posted : 2023-03-09\n\n"
        "Talks in Vienna broke down on Wednesday. "
        "Speaking at a press conference before leaving Vienna, President Tomas Berger said "
        "the other side had asked for too much.\n\n"
        "Finance Minister Clara Vogt, who appeared alongside the president, said she was "
        "hopeful the talks would resume soon."
    )
    days = dict(_days(text, THURSDAY))
    assert days["Tomas Berger"] == "2023-03-08"
    assert days["Clara Vogt"] == "2023-03-08"


def test_words_said_ahead_of_an_event_are_on_or_before_its_day() -> None:
    # "said on Facebook ahead of the vote": before the event, how long not told
    text = (
        "VILNIUS, March 9 (Reuters) - Lithuania's parliament approved a new defence budget on "
        "Thursday.\n\n"
        "Opposition leader Marta Kaziene said on Facebook ahead of the vote that the plan "
        "left the eastern border short of troops."
    )
    days = dict(_days(text, THURSDAY))
    assert days["Marta Kaziene"] == "../2023-03-09"


def test_a_day_inside_the_ahead_of_phrase_is_the_events_bound() -> None:
    # "said ahead of talks set for Thursday": the talks' day bounds the words, it is not theirs
    text = (
        "Oslo hosted a round of talks on the fisheries dispute.\n\n"
        '"We expect no miracles," Norwegian envoy Erik Dahl said ahead of the talks set for '
        "Thursday morning in Oslo."
    )
    days = dict(_days(text, THURSDAY))
    assert days["Erik Dahl"] == "../2023-03-09"


def test_a_perfect_in_the_words_said_does_not_date_the_participle_after_said() -> None:
    # "The waters have been ..., X said, adding that ...": the perfect is in X's words, not
    # the verb "adding" hangs on (that is "said"); the added words share the day told above
    text = (
        "OSLO, March 6 -- Foreign Minister Anna Berg said Monday that Norway would not send "
        "troops to the region under any circumstances.\n\n"
        "Berg made the remarks during a meeting with her Finnish counterpart, who is in Oslo "
        "for talks on Arctic security.\n\n"
        "The northern waters have been a zone of peaceful cooperation for decades, Berg said, "
        "adding that Norway would keep its embassy in Moscow open."
    )
    assert _days(text, datetime.date(2023, 3, 7)) == [("Anna Berg", "2023-03-06")] * 3
