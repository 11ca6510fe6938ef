"""Review rv43b of round 43's rules, each narrowed to what it was written for:

F1 a lead's unnamed spokesperson is the one named paragraphs on only when that one speaks
   for the body the lead names ("A State Department spokesperson ..." is not "Pentagon
   spokesman John Kirby");
F2 an indefinite source ("a senior Russian diplomat") is new only against someone who has
   spoken before it, not a name in the headline or told as a topic;
F3 an event a day is counted from ("Two days before the talks in Geneva on Thursday") keeps
   the day told right after it;
F4 "X, who on DAY in PLACE, interviewed by ..., said ..." after a passive main clause
   ("The proposal was backed by Brazil's foreign minister X, who ...") gives the words after
   the verb, on the relative clause's day;
F5 a story's line that starts on "Follow" ("Follow the money, Senator X told reporters") is
   no page chrome;
F6 "welcomed STATE's president NAME's readiness": the thing welcomed, owned by the name, is
   no guest received.
Sentences written here in the manner of wire copy; each expected statement is checked for
its speaker, first words and day."""

import datetime
from pathlib import Path

from tests.statement_checks import assert_statements, ingested_statements
from tracker.web_chrome import web_chrome

PUBLISHED = datetime.date(2024, 3, 15)

# F1
STATE_DEPARTMENT_LEAD = (
    "WASHINGTON, March 14 (Reuters) - A State Department spokesperson on Thursday said the "
    "United States was studying reports of fresh strikes on the port of Odesa.\n\n"
    "The strikes damaged grain silos and a ferry terminal overnight, regional officials "
    "said, and cut power to several districts of the city for most of the morning.\n\n"
    "The attacks came as lawmakers in Washington argued for a fourth week over a package of "
    "military aid, with no vote yet set in the House and the Senate in recess until May.\n\n"
    "Allies in Europe have pledged to fill part of the gap, though officials there say "
    "their own stocks of shells and interceptors are running low after two years.\n\n"
    "Pentagon spokesman John Kirby said on Thursday the military was studying ways to move "
    "existing stocks faster.\n"
)


def test_lead_spokesperson_is_not_another_bodys_named_below() -> None:
    assert_statements(
        STATE_DEPARTMENT_LEAD,
        PUBLISHED,
        [
            ("State Department", "the United States was studying", "2024-03-14"),
            ("John Kirby", "the military was studying", "2024-03-14"),
        ],
    )


# F2
HEADLINE_NAME = (
    "Lavrov: Moscow ready for talks with Washington on missile limits\n\n"
    "MOSCOW, March 14. A senior Russian diplomat on Thursday said Moscow was prepared to "
    "return to talks on missile limits if Washington changed its course.\n\n"
    "Sergei Lavrov made the comments at a news conference after meeting his Egyptian "
    "counterpart.\n"
)
NAMED_AS_A_TOPIC = (
    "Manila protests Chinese ship in its waters\n\n"
    "MANILA, March 14 - Foreign Ministry spokeswoman Teresita Daza has raised the matter "
    "with Beijing several times.\n\n"
    "A Philippine official on Thursday demanded that China pull its research ship out of "
    "the country's exclusive economic zone.\n"
    "The statement was made by spokeswoman Teresita Daza at a regular briefing in Manila.\n"
)


def test_indefinite_source_may_be_the_one_the_headline_names() -> None:
    assert_statements(
        HEADLINE_NAME,
        PUBLISHED,
        [("Sergei Lavrov", "Moscow was prepared to return", "2024-03-14")],
    )


def test_indefinite_source_may_be_one_named_before_as_a_topic() -> None:
    assert_statements(
        NAMED_AS_A_TOPIC,
        PUBLISHED,
        [("Teresita Daza", "China pull its research ship", "2024-03-14")],
    )


# F3
COUNTED_FROM_DATED_EVENT = (
    "VIENNA, March 16 (AP) - Two days before the talks in Vienna on Thursday, U.S. envoy "
    "Robert Malley said Washington saw little room for a deal.\n\n"
    "Iran's chief negotiator Ali Bagheri Kani said at the talks that Tehran would not "
    "accept new limits on enrichment.\n"
)


def test_event_counted_from_keeps_its_own_day() -> None:
    assert_statements(
        COUNTED_FROM_DATED_EVENT,
        datetime.date(2024, 3, 16),
        [
            ("Robert Malley", "Washington saw little room", "2024-03-14"),
            ("Ali Bagheri Kani", "Tehran would not accept", "2024-03-14"),
        ],
    )


# F4
PASSIVE_THEN_WHO = (
    "ASUNCION, March 15 (Reuters) - The plan was endorsed by Paraguay's foreign minister "
    "Ruben Ramirez, who on Wednesday in Asuncion, interviewed by the newspaper ABC Color, "
    "said the bloc should close the talks this year.\n"
)
PASSIVE_THEN_WHO_SPEAKING = (
    "ASUNCION, March 15 (Reuters) - The plan was endorsed by Paraguay's foreign minister "
    "Ruben Ramirez, who on Wednesday in Asuncion, speaking to reporters, said the bloc "
    "should close the talks this year.\n"
)


def test_who_after_a_passive_agent_gives_the_words_after_the_verb() -> None:
    assert_statements(
        PASSIVE_THEN_WHO,
        PUBLISHED,
        [("Ruben Ramirez", "the bloc should close the talks", "2024-03-13")],
    )


def test_who_speaking_after_a_passive_agent_gives_one_statement() -> None:
    assert_statements(
        PASSIVE_THEN_WHO_SPEAKING,
        PUBLISHED,
        [("Ruben Ramirez", "the bloc should close the talks", "2024-03-13")],
    )


# F5
FOLLOW_IN_A_STORY = (
    "WASHINGTON, March 14 (AP) - The White House said on Thursday it was watching the "
    "markets closely.\n\n"
    "Follow the money, Senator Sherrod Brown told reporters, saying coverage of the bank "
    "collapses had missed the part played by regulators.\n"
)
# near miss: the site's link line still goes with the chrome
FOLLOW_LINK = (
    "WASHINGTON, March 14 (AP) - The White House said on Thursday it was watching the "
    "markets closely.\n\n"
    "Follow AP's coverage of the bank failures at https://apnews.com/hub/banking\n\n"
    '"We are in close touch with regulators," spokeswoman Karine Jean-Pierre said.\n'
)


def _said(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    """(speaker, words) of each statement ``tracker ingest`` finds in ``text`` (page chrome
    is taken out on ingest)."""
    return [(st["speaker"], st["text"]) for st in ingested_statements(tmp_path, text, PUBLISHED)]


def test_story_line_starting_on_follow_is_no_chrome(tmp_path: Path) -> None:
    said = _said(tmp_path, FOLLOW_IN_A_STORY)
    assert ("Sherrod Brown", "Follow the money") in said
    assert any(who == "Sherrod Brown" and words.startswith("coverage of") for who, words in said)


def test_follow_coverage_link_is_still_chrome(tmp_path: Path) -> None:
    link = FOLLOW_LINK.index("Follow AP's")
    _, chrome = web_chrome(FOLLOW_LINK)
    assert link in chrome and FOLLOW_LINK.index("https") in chrome, chrome
    assert FOLLOW_LINK.index("The White House") not in chrome
    said = _said(tmp_path, FOLLOW_LINK)
    assert [who for who, _ in said] == ["White House", "Karine Jean-Pierre"]
    assert not any("apnews" in words for _, words in said)


# F6
WELCOMED_ONES_READINESS = (
    "ANKARA, March 14 (Reuters) - Turkish President Tayyip Erdogan on Thursday welcomed "
    "Ukraine's president Volodymyr Zelenskiy's offer to reopen talks on shipping in the "
    "Black Sea.\n"
)
# near miss: a guest received, no words
WELCOMED_GUEST = (
    "ANKARA, March 14 (Reuters) - Turkish President Tayyip Erdogan on Thursday welcomed "
    "Ukraine's president to the presidential complex in Ankara.\n"
)


def test_welcomed_a_named_ones_offer_is_a_statement() -> None:
    assert_statements(
        WELCOMED_ONES_READINESS,
        PUBLISHED,
        [("Tayyip Erdogan", "welcomed Ukraine's president", "2024-03-14")],
    )


def test_welcomed_a_states_president_is_a_guest() -> None:
    assert_statements(WELCOMED_GUEST, PUBLISHED, [])


# "and according to X," (phrases.according_to): a post with no article set off after the
# name is the attribution's, not the start of the words
JOINED_ACCORDING_TO_POST = (
    "MOSCOW, March 14 (TASS) - The Open Skies treaty no longer binds Russia and according "
    "to Maria Zakharova, spokeswoman for the Russian Foreign Ministry, Moscow sees no reason "
    "to rejoin it.\n"
)


def test_joined_according_to_skips_the_post_set_off() -> None:
    assert_statements(
        JOINED_ACCORDING_TO_POST,
        PUBLISHED,
        [("Maria Zakharova", "Moscow sees no reason", "2024-03-15")],
    )
