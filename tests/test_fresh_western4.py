"""Western paper, wire and weekly copy about diplomacy, fourth read set (round 31): what it
showed. Every test is in new words written here; names and posts may be real.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

THURSDAY = datetime.date(2024, 10, 10)


def run(text: str, published: datetime.date | None = THURSDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def having(found: list[ProposedStatement], words: str) -> ProposedStatement:
    return next(s for s in found if words in s.text)


def test_a_state_post_and_a_named_post_of_another_joined_by_and_are_two_people() -> None:
    # "The German chancellor and NATO Secretary General X": the chancellor is not Rutte; a
    # later "the German chancellor" is the German named before, not the one named with NATO
    text = (
        "Scholz and Rutte press allies on air defence\n\n"
        "The German chancellor and NATO Secretary General Mark Rutte asked allies to send "
        "more air-defence systems to Kyiv.\n\n"
        "BERLIN — German Chancellor Olaf Scholz hosted the alliance's chief on Thursday. "
        "Olaf Scholz opened the talks at once. At a joint appearance with the Polish foreign "
        "minister and Mark Rutte, the German chancellor said that winter would test Ukraine's "
        "grid as never before.\n"
    )
    found = run(text)
    assert having(found, "winter would test").speaker == "Olaf Scholz"
    assert not [s for s in found if s.speaker == "Mark Rutte"]


def test_the_subject_said_to_be_the_first_holder_of_a_post_is_the_post_described_next() -> None:
    # the weekly's digest: "X became the first Spanish prime minister to ...", then "Spain's
    # prime minister promised ...": X, not the commissioner the next item names
    text = (
        "The world this week\n\n"
        "Politics\n\n"
        "Oct 10th 2024\n\n"
        "Emmanuel Macron, France's president, went to Berlin for talks on defence. He and "
        "Olaf Scholz agreed to fund a new tank jointly.\n\n"
        "Pedro Sánchez became the first Spanish prime minister in 20 years to visit Algeria, "
        "arriving on the same day that Mr Macron was in Berlin. Spain's prime minister "
        "declared that Spain would \u201cremain a reliable partner\u201d for Algiers.\n\n"
        "The European Union agreed to pay for new border posts. Ylva Johansson, the bloc's "
        "home-affairs commissioner, said the money would arrive by spring.\n"
    )
    found = run(text)
    assert having(found, "remain a reliable partner").speaker == "Pedro Sánchez"
    assert having(found, "the money would arrive").speaker == "Ylva Johansson"


def test_words_told_in_a_relative_clause_lend_their_earlier_day_to_no_words_after() -> None:
    # "X, who pushed for ... , said ...": the aside is said before; the main clause and the
    # quote after it are the signing's, on Thursday
    text = (
        "OTTAWA \u2014 Canada and Norway signed a fisheries accord on Thursday.\n\n"
        "Fisheries Minister Diane Lebouthillier, who pressed for tighter catch limits "
        "throughout the talks, said the accord protected coastal towns. \u201cOur fishers "
        "finally have certainty,\u201d Ms. Lebouthillier said after the signing.\n"
    )
    found = run(text)
    assert having(found, "the accord protected").said_on == "2024-10-10"
    assert having(found, "Our fishers finally").said_on == "2024-10-10"


def test_one_told_named_by_a_list_of_nationalities_keeps_the_day_after_it() -> None:
    # "told his German, French and Italian counterparts on Tuesday that": the hearers end at
    # "counterparts"; the day is the telling's and the words start after "that"
    text = (
        "Brussels, 10 October 2024\n\n"
        "Foreign Minister Radoslaw Sikorski told his Dutch, Belgian and Danish colleagues on "
        "Tuesday that the shipments would resume within a month.\n\n"
        "Spain's foreign ministry said that Jos\u00e9 Manuel Albares had told his Moroccan, "
        "Algerian, and Tunisian counterparts at a dinner on Wednesday evening that Madrid "
        "would keep its consulates open.\n"
    )
    found = run(text)
    told = having(found, "the shipments would resume")
    assert told.text.startswith("the shipments would resume")
    assert told.said_on == "2024-10-08"
    assured = having(found, "Madrid would keep")
    assert assured.text.startswith("Madrid would keep")
    assert assured.said_on == "2024-10-09"


def test_a_that_with_a_verb_next_is_a_relative_and_opens_no_words() -> None:
    # "X announced Thursday, after talks that went past midnight": the words are the clause
    # before the attribution; "said after a meeting that lasted four hours that ...": the
    # words open at the second "that"
    text = (
        "BRUSSELS -- Armenia and Azerbaijan have agreed to reopen two border crossings, "
        "European Council President Charles Michel announced Thursday, after a night of "
        "talks that went past midnight.\n\n"
        "Austrian Foreign Minister Alexander Schallenberg said on Thursday after a meeting "
        "that lasted four hours that the two sides had narrowed their differences.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Charles Michel", "Alexander Schallenberg"]
    assert found[0].text.startswith("Armenia and Azerbaijan have agreed")
    assert found[1].text.startswith("the two sides had narrowed")


def test_a_day_after_a_subject_with_its_post_set_off_counts_back_from_the_news_day() -> None:
    # "The decision came a day after X, the head of Y, told reporters ...": the appositive's
    # commas do not cut the counted day from the saying it opens
    text = (
        "Europe moves to restore UN sanctions on Iran\n\n"
        "By Harriet Lowe, Diplomatic Editor\n"
        "10 October 2024 \u2022 5:12pm\n\n"
        "Britain, France and Germany asked the Security Council to restore sanctions.\n\n"
        "The decision came a day after Rafael Grossi, the head of the IAEA, told reporters "
        "that inspectors had been turned away at Isfahan.\n\n"
        "The vote comes two days after Kaja Kallas, the EU's foreign policy chief, said the "
        "bloc would not wait any longer.\n"
    )
    found = run(text)
    assert having(found, "inspectors had been turned away").said_on == "2024-10-09"
    assert having(found, "the bloc would not wait").said_on == "2024-10-08"


def test_calling_someone_set_off_with_a_post_to_voice_concern_is_a_telephone_call() -> None:
    # "called X, Israel's prime minister, to voice concern": a call placed, no words told;
    # "called X, the Russian president, a liar": X named so
    text = (
        "The world this week\n\n"
        "Oct 10th 2024\n\n"
        "Mr Biden called Binyamin Netanyahu, Israel's prime minister, to voice concern about "
        "the offensive in Lebanon.\n\n"
        "Keir Starmer called Volodymyr Zelensky, Ukraine's president, to reassure him of "
        "British support.\n\n"
        "Emmanuel Macron called Vladimir Putin, the Russian president, a liar.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Emmanuel Macron"]
    assert found[0].text.startswith("Vladimir Putin, the Russian president, a liar")


def test_the_post_in_a_paragraph_opened_by_one_named_before_is_that_ones() -> None:
    # "Mr Biden ..." opens a paragraph, named before without a post; "the president" after it
    # is him, not South Korea's president titled in an item before
    text = (
        "The world this week\n\n"
        "Oct 10th 2024\n\n"
        "Joe Biden said the new tariffs on Chinese steel were overdue.\n\n"
        "Yoon Suk-yeol, South Korea's president, told his cabinet that the North would pay "
        "for its drone flights.\n\n"
        "Mr Biden phoned Binyamin Netanyahu about the offensive in Lebanon. According to the "
        "White House, the president told Mr Netanyahu that civilians had to be protected.\n"
    )
    found = run(text)
    assert having(found, "civilians had to be protected").speaker == "Joe Biden"


def test_a_bare_post_keeps_meaning_the_one_it_was_first_read_as() -> None:
    # a London paper: "the prime minister" is Starmer from the first paragraph on; the
    # Italian prime minister named later with her state's word does not take it over
    text = (
        "Starmer rallies allies on Ukraine\n\n"
        "Oliver Hart, Political Editor\n"
        "Thursday October 10 2024, 12.01am, The Times\n\n"
        "Sir Keir Starmer has said that Britain will keep arming Kyiv through the winter.\n\n"
        "Speaking after a meeting of European leaders at Chequers yesterday, the prime "
        "minister said that the allies had to carry more of the load.\n\n"
        "Giorgia Meloni, the Italian prime minister, said that Rome would pay for more "
        "air-defence batteries.\n\n"
        "On Tuesday, when Zelensky arrived in Downing Street, the prime minister had told him "
        "that he had \u201cthe whole country behind him\u201d.\n"
    )
    found = run(text)
    assert having(found, "the allies had to carry").speaker == "Keir Starmer"
    assert having(found, "Rome would pay").speaker == "Giorgia Meloni"
    told = having(found, "the whole country behind him")
    assert (told.speaker, told.said_on) == ("Keir Starmer", "2024-10-08")


def test_a_weekday_on_a_clock_ahead_of_the_dateline_may_be_the_day_after_the_article() -> None:
    # a Washington story stamped Wednesday evening: "Thursday morning Beijing time" is the
    # next day, not the Thursday of the week before; a bare "Thursday" still is
    text = (
        "China, U.S. Sign Trade Truce\n\n"
        "By Staff Reporter\n"
        "Updated Oct. 9, 2024 6:42 pm ET\n\n"
        "WASHINGTON\u2014The two countries signed a limited trade deal on Wednesday.\n\n"
        "China's Commerce Ministry said in a statement posted on Thursday morning Beijing "
        'time that the deal was "balanced."\n\n'
        "Canada's trade minister, Mary Ng, said Thursday that Ottawa would study the text.\n"
    )
    found = run(text, datetime.date(2024, 10, 9))
    assert having(found, "the deal was").said_on == "2024-10-10"
    assert having(found, "Ottawa would study").said_on == "2024-10-03"


def test_the_meeting_named_by_its_place_takes_the_day_the_place_was_told_with() -> None:
    # "the angry scenes at the White House on Friday", then "At the White House meeting, X
    # had told ...": that meeting, on Friday (not some day before the paper's)
    text = (
        "Starmer hosts summit\n\n"
        "Oliver Hart, Political Editor\n"
        "Thursday October 10 2024, 12.01am, The Times\n\n"
        "Sir Keir Starmer insisted that the alliance was sound, despite the angry scenes at "
        "the White House on Monday, when the two presidents clashed in front of the "
        "cameras.\n\n"
        'At the White House meeting, Trump had told his guest that he was "gambling with '
        'lives".\n'
    )
    found = run(text)
    assert having(found, "gambling with lives").said_on == "2024-10-07"


def test_a_capital_set_off_before_the_ministry_names_its_state() -> None:
    # "In Moscow, the foreign ministry ...": Russia's, not Iran's named in the paragraph before
    text = (
        "Europe acts on Iran\n\n"
        "By Staff Reporter\n"
        "10 October 2024 \u2022 5:12pm\n\n"
        "Iran's foreign ministry said the step was illegal.\n\n"
        'In Moscow, the foreign ministry called the decision a "gross violation" of the '
        "resolution.\n\n"
        "In Beijing, the foreign ministry said all sides should show restraint.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == [
        "Iranian Foreign Ministry",
        "Russian Foreign Ministry",
        "Chinese Foreign Ministry",
    ]


def test_words_relayed_through_according_to_are_not_written_twice() -> None:
    # "The minister added, according to the ministry, that ...": the words once, as written
    text = (
        "Talks in Tehran\n\n"
        "By Staff Reporter\n"
        "10 October 2024 \u2022 5:12pm\n\n"
        "Foreign Minister Abbas Araghchi met the two envoys on Thursday. The minister added, "
        "according to the ministry, that Tehran would keep talking.\n\n"
        "The minister said, according to state media, that the meeting was useful.\n"
    )
    found = run(text)
    assert [s.text for s in found] == ["Tehran would keep talking", "the meeting was useful"]
