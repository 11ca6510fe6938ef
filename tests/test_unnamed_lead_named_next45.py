"""An unnamed lead named in the next sentence: a story opens with the words of "a senior
official in Ankara", "a top Emirati diplomat" or "a senior Russian lawmaker", and the very
next sentence first names its subject in a post that word fits ("Ibrahim Kalin, spokesman
for ...", "Vice Foreign Minister Li Baodong said"). The lead's words are that person's, as
the annotation gives them (real31 ro07, real35 va06 twice, real36 wa09, real37 xe03/xe04:
five outlets); a source the story keeps unnamed ("The diplomat said ..."), someone named
before, another state's official and a head of state are not taken for it.
"""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

DAY = datetime.date(2016, 4, 12)  # a Tuesday

ANKARA = (
    "Turkey says Israel deal still needs work\n\n"
    "A deal to restore full ties with Israel depends on progress over access for aid to "
    "Gaza, a senior official in Ankara said on Monday.\n\n"
    "Ibrahim Kalin, spokesman for Turkish President Recep Tayyip Erdogan, said several rounds of "
    "talks had not yet produced a final text.\n\n"
    "Kalin said more meetings would follow in the coming weeks.\n"
)


def test_official_in_the_lead_is_the_spokesman_named_next() -> None:
    assert_statements(
        ANKARA,
        DAY,
        [
            ("Ibrahim Kalin", "A deal to restore full ties", "2016-04-11"),
            ("Ibrahim Kalin", "several rounds of talks", "2016-04-11"),
            ("Ibrahim Kalin", "more meetings would follow", "2016-04-11"),
        ],
    )


def test_diplomat_in_the_lead_is_the_adviser_who_spoke_next() -> None:
    # the next sentence names him as its subject with no verb of saying ("spoke at")
    text = (
        "The Emirates will keep building bridges with every neighbour while guarding its "
        "own interests, a top Emirati diplomat said on Monday.\n\n"
        "Dr Anwar Gargash, diplomatic adviser to the UAE President, spoke at a forum on "
        "regional security in Abu Dhabi.\n\n"
        "He said the country's strength lay in its partnerships across the region.\n"
    )
    # (fx45f: this rule no longer names him, "spoke at" says nothing; the occasion's
    # lead-named-after reading still does)
    assert _speakers(text)[0] == "Anwar Gargash"


def test_diplomat_in_the_lead_is_the_one_a_trailing_attribution_names() -> None:
    text = (
        "BEIJING (Bloomberg) -- A senior Chinese diplomat said Tokyo was not serious about "
        "easing the island dispute and ruled out a leaders' meeting at the summit.\n\n"
        "Japan's recent moves show it has no wish to improve ties, Vice Foreign Minister "
        "Li Baodong said today.\n"
    )
    # (fx45f: this rule no longer names him, his state not given; another reading does)
    assert _speakers(text)[0] == "Li Baodong"


def test_lawmaker_in_the_lead_is_the_committee_head_named_next() -> None:
    text = (
        "A senior Russian lawmaker on Tuesday condemned the new asset freeze as "
        "open meddling in Venezuela's affairs.\n\n"
        "Konstantin Kosachev is the head of the upper house's foreign affairs committee and "
        "said the measure would only deepen the crisis.\n"
    )
    # (fx45f: "the upper house" names no state for this rule; another reading names him)
    assert _speakers(text)[0] == "Konstantin Kosachev"
    russian = text.replace("the upper house's", "the Russian upper house's")
    assert _speakers(russian)[0] == "Konstantin Kosachev"


def _speakers(text: str) -> list[str | None]:
    return [s.speaker for s in extract(text, published=DAY)]


def test_source_kept_unnamed_is_no_one() -> None:
    # near miss: "The diplomat said" goes on with the one left unnamed; no name follows
    text = (
        "Pyongyang wants to split the allies, a senior Japanese diplomat said.\n\n"
        "The diplomat said Tokyo would wait for the Security Council to act.\n\n"
        "Prime Minister Shinzo Abe said Japan would stay in close touch with Washington.\n"
    )
    assert _speakers(text) == ["Shinzo Abe"]


def test_person_named_before_the_lead_is_not_the_source() -> None:
    # near miss: the next sentence's subject was named before; the official is someone else
    text = (
        "Foreign Minister Toshimitsu Motegi said on Monday he had protested to his Chinese "
        "counterpart.\n\n"
        "A Foreign Ministry official said Tuesday that the rules of the event kept Motegi "
        "from answering at once.\n\n"
        "Motegi made the comments in parliament in reply to a ruling party lawmaker.\n"
    )
    assert _speakers(text) == ["Toshimitsu Motegi"]


def test_official_of_another_state_is_not_the_source() -> None:
    # near miss: the one named next is another state's; the lead's Chinese diplomat is not he
    text = (
        "A senior Chinese diplomat said Tokyo was not serious about easing the dispute.\n\n"
        "Japanese Vice Foreign Minister Takeo Mori said on Tuesday that Japan wanted calm "
        "talks.\n"
    )
    assert _speakers(text) == ["Takeo Mori"]


def test_head_of_state_named_next_is_not_the_official() -> None:
    # near miss: "a senior official" is never the prime minister named after him (though
    # "minister" is a post an official may hold)
    text = (
        "Talks with the rebels will resume next week, a senior official said on Monday.\n\n"
        "Prime Minister Anwar Ibrahim said the government wanted a lasting ceasefire.\n"
    )
    assert _speakers(text) == ["Anwar Ibrahim"]


def test_source_kept_anonymous_is_no_one() -> None:
    # near miss: a source who spoke on condition of anonymity stays unnamed
    text = (
        "Talks on restoring ambassadors are close to a deal, a senior official in Ankara "
        "said on condition of anonymity.\n\n"
        "Ibrahim Kalin, spokesman for Turkish President Recep Tayyip Erdogan, said on Monday that "
        "a few issues remained open.\n"
    )
    assert _speakers(text) == ["Ibrahim Kalin"]


def test_official_in_another_capital_is_not_the_source() -> None:
    # near miss: the lead's official is placed by a capital ("in Seoul"), the one named
    # next holds another state's post
    text = (
        "The two governments will hold new talks on the wartime labour issue, a senior "
        "official in Seoul said on Monday.\n\n"
        "Japanese Deputy Foreign Minister Takeo Mori said on Tuesday that Tokyo wanted "
        "the talks to start soon.\n"
    )
    assert _speakers(text) == ["Takeo Mori"]


def test_official_of_a_bloc_is_no_one_states_minister() -> None:
    # near miss: "a senior Western official" is not the foreign minister named next
    text = (
        "The two sides remain far apart on a ceasefire, a senior Western official said.\n\n"
        "Foreign Minister Penny Wong said Australia would back any talks.\n"
    )
    assert _speakers(text) == ["Penny Wong"]


def test_next_sentence_of_the_same_paragraph_is_another_voice() -> None:
    # near miss: the lead's paragraph goes on with another speaker
    text = (
        "Talks on a deal will resume next week, a senior official said on Monday. "
        "Deputy Foreign Minister Takeo Mori said Tokyo hoped for progress.\n"
    )
    assert _speakers(text) == ["Takeo Mori"]
