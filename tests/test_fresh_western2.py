"""Western and wire copy about diplomacy, second blind set (issue 8, session 7): what it showed.
Every test is in new words written here; names and posts may be real.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

MONDAY = datetime.date(2023, 3, 13)


def run(text: str, published: datetime.date | None = MONDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def having(found: list[ProposedStatement], words: str) -> ProposedStatement:
    return next(s for s in found if words in s.text)


def test_an_adverb_between_the_surname_and_the_verb_is_not_part_of_the_name() -> None:
    # "Lahbib meanwhile added that ...": the adverb belongs to the clause, not to the speaker
    text = (
        "Belgian Foreign Minister Hadja Lahbib said on Sunday that her country would send more "
        "winter aid to Kyiv.\n\n"
        'Lahbib meanwhile added that talk of a new post in Brussels was "pure guesswork".\n\n'
        "Lahbib later said the embassy in Kyiv would stay open through the spring."
    )
    found = run(text)
    assert having(found, "talk of a new post").speaker == "Hadja Lahbib"
    assert having(found, "the embassy in Kyiv would stay open").speaker == "Hadja Lahbib"


def test_the_programme_a_minister_spoke_on_is_not_the_speaker() -> None:
    # "Speaking on RTÉ's Morning Ireland programme, he said ...": a broadcast, not a person
    text = (
        "Ireland's Foreign Affairs Minister Micheál Martin said the bloc had to keep its aid to "
        "Kyiv flowing.\n\n"
        "Speaking on RTÉ’s Morning Ireland programme, he said European governments would agree "
        "a fresh round of measures within days.\n\n"
        "Speaking to BBC Radio Ulster, he said Dublin would host the next round of talks."
    )
    found = run(text)
    assert having(found, "European governments would agree").speaker == "Micheál Martin"
    assert having(found, "Dublin would host the next round").speaker == "Micheál Martin"


def test_a_stance_a_country_has_maintained_is_not_something_said() -> None:
    # "maintained a stance of neutrality": kept over the years, not words anyone spoke
    text = (
        "Austrian Foreign Minister Alexander Schallenberg said on Monday that Vienna would "
        "take in more families fleeing the fighting.\n\n"
        "Austria has long maintained a stance of neutrality and kept out of every military "
        "alliance since 1955.\n\n"
        "Malta has maintained a policy of strict non-alignment for decades."
    )
    found = run(text)
    assert not [s for s in found if "neutrality" in s.text or "non-alignment" in s.text]
    assert having(found, "Vienna would take in").speaker == "Alexander Schallenberg"


def test_an_adjective_in_en_before_and_is_no_passive() -> None:
    # "channels that are open and underlined that ...": "open" is no participle, so the
    # verb after "and" is the subject's own, not a second half of "are ... -ed and -ed"
    text = (
        "Dutch Foreign Minister Hanke Bruins Slot said on Tuesday that her government would "
        "keep pressing for talks.\n\n"
        "She spoke of several lines to Moscow that are open and underlined that "
        'European capitals had "no appetite" for a wider war.'
    )
    found = run(text)
    said = having(found, "European capitals had")
    assert said.speaker == "Hanke Bruins Slot"


def test_a_long_occasion_after_the_trailing_verb_still_ends_the_attribution() -> None:
    # "X insists that ..., Minister Y said in his evening video address from Warsaw on
    # Tuesday": where, when and how; the whole clause before is the minister's
    text = (
        "Moldova insists that the bloc must open accession talks before the summer, Moldovan "
        "Foreign Minister Mihai Popsoi said in his weekly video address from Brussels on Tuesday."
    )
    found = run(text)
    said = having(found, "the bloc must open accession talks")
    assert said.speaker == "Mihai Popsoi"
    assert said.text.startswith("Moldova insists")


def test_demands_followed_by_are_is_a_noun_not_a_verb() -> None:
    # "Some of Moscow's demands are ...": the plural noun; the sentence's verb of saying is
    # the trailing "she said", whatever the quote after it holds
    text = (
        "Finnish Foreign Minister Elina Valtonen said on Monday that Helsinki would keep its "
        "border crossings shut.\n\n"
        'Some Russian demands are "simply out of the question," she said, but other points '
        'were "worth a look and could be weighed by both sides."'
    )
    found = run(text)
    said = having(found, "Some Russian demands are")
    assert said.speaker == "Elina Valtonen"
