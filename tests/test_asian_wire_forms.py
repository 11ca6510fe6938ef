"""Forms of English-language Asian wires and papers (Xinhua, Yonhap, Kyodo, Dawn, The Hindu).

- A scholar named with a post in lower case before the body he works at ("X, dean of the
  School of Law at Y University, said"): the name speaks, not the school (a post like
  "director" was read so already; "dean", "rector" and "provost" were not).
- "the message that Xi had conveyed to his guest": a relative clause whose verb of saying
  has the noun before it as object names words, says none; its subject is no speaker whom
  "he" in the next sentence goes back to.
- "the unification ministry in Seoul said": a body in lower case with its seat after it.
- "the Korean Confederation of Trade Unions said": unions and chambers of commerce speak.
- "Dar had earlier written on X that ...": the perfect of "write" split by an adverb.
- "the spokesperson" at a weekly briefing, after the other side's "chief spokesman X" is
  quoted: the one the story called by that word.
- "X summoned the ambassador on Thursday, according to the ministry": an act sourced, no
  words (the real corpus holds such sentences optional at most).
- "allies voiced concern, as the country woke up to ...": a stance with nothing it is about;
  the clause after the comma tells what was going on, not what the concern was.

Articles written here, in the manner of those outlets.
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements

TUESDAY = datetime.date(2025, 3, 4)


@pytest.mark.parametrize(
    "post",
    [
        "dean of the School of International Relations at Xiamen University",
        "vice dean of the Faculty of Law at Vietnam National University",
        "rector of the National University of Laos",
        "provost of Waseda University",
    ],
)
def test_a_scholar_with_a_post_at_a_university(post: str) -> None:
    text = (
        "Experts upbeat on trade talks\n\n"
        "BEIJING, March 4 (Xinhua) -- Trade negotiators from China and the Philippines met in "
        "Beijing on Tuesday.\n\n"
        f"Chen Lihua, {post}, said the meeting showed both capitals wanted steady ties.\n"
    )
    assert_statements(text, TUESDAY, [("Chen Lihua", "the meeting showed", "2025-03-04")])


def test_dean_as_a_first_name_stays_a_name() -> None:
    # near miss, passes on the starting code too: "Dean" before a surname is a given name
    text = (
        "Envoy visits Manila\n\n"
        "MANILA, March 4 (PNA) -- A U.S. envoy met Philippine officials on Tuesday.\n\n"
        "Dean Whitfield, a former U.S. ambassador, said the alliance remained strong.\n"
    )
    assert_statements(
        text, TUESDAY, [("Dean Whitfield", "the alliance remained strong", "2025-03-04")]
    )


@pytest.mark.parametrize(
    "relative",
    [
        "echoing the point that Xi had stressed to his Brazilian guest",
        "repeating the message that Xi had conveyed to Lula at the welcome ceremony",
    ],
)
def test_words_named_by_a_relative_clause_have_no_speaker(relative: str) -> None:
    text = (
        "Vice FM briefs press on state visit\n\n"
        "BEIJING, March 4 (Xinhua) -- Vice Foreign Minister Ma Zhaoxu on Tuesday briefed "
        "reporters on President Xi Jinping's talks with Brazilian President Luiz Inacio Lula "
        "da Silva.\n\n"
        f'"Our trade has never been stronger," the vice minister said, {relative}.\n\n'
        "He said that Lula had agreed in the talks to expand cooperation on clean energy.\n"
    )
    assert_statements(
        text,
        TUESDAY,
        [
            ("Ma Zhaoxu", "Our trade has never been stronger", "2025-03-04"),
            ("Ma Zhaoxu", "Lula had agreed in the talks", "2025-03-04"),
        ],
    )


def test_a_ministry_in_lower_case_with_its_seat_after_it() -> None:
    text = (
        "N. Korea fires cruise missiles\n\n"
        "SEOUL, March 4 (Yonhap) -- North Korea fired several cruise missiles into the Yellow "
        "Sea on Tuesday.\n\n"
        "The unification ministry in Seoul said on Tuesday that Pyongyang's claims about the "
        "sea border were groundless.\n\n"
        "The defense ministry in Tokyo said none of the missiles had fallen in Japanese "
        "waters.\n\n"
        "Japan's foreign ministry in Tokyo said it had lodged a protest through its embassy "
        "in Beijing.\n\n"
        "The prime minister's office in Tokyo said a liaison team had been set up.\n"
    )
    assert_statements(
        text,
        TUESDAY,
        [
            ("South Korean Unification Ministry", "Pyongyang's claims", "2025-03-04"),
            ("Japanese Defense Ministry", "none of the missiles", "2025-03-04"),
            ("Japanese Foreign Ministry", "it had lodged a protest", "2025-03-04"),
            ("Prime Minister's Office", "a liaison team", "2025-03-04"),
        ],
    )


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("the Korean Confederation of Trade Unions", "Confederation of Trade Unions"),
        ("the Indian Chamber of Commerce", "Chamber of Commerce"),
    ],
)
def test_unions_and_chambers_speak(body: str, speaker: str) -> None:
    text = (
        "Strike threat over labour bill\n\n"
        "SEOUL, March 4 (Korea Herald) -- Lawmakers passed the labour bill on Tuesday.\n\n"
        f"Meanwhile, {body} said it would hold a rally in the capital on Saturday.\n"
    )
    assert_statements(text, TUESDAY, [(speaker, "it would hold a rally", "2025-03-04")])


def test_the_perfect_of_write_split_by_an_adverb() -> None:
    text = (
        "Truce holds for a second day\n\n"
        "ISLAMABAD, March 4 (Dawn) -- The truce along the border held on Tuesday.\n\n"
        "Foreign Minister Ishaq Dar had earlier written on X that several friendly countries "
        "had helped secure the deal.\n\n"
        "A letter written by the envoy to the ministry was released the same day.\n"
    )
    assert_statements(text, TUESDAY, [("Ishaq Dar", "several friendly countries", "../2025-03-04")])


def test_the_spokesperson_after_the_other_sides_spokesman() -> None:
    text = (
        "FO rejects Kabul's account of strikes\n\n"
        "ISLAMABAD: The Foreign Office held its weekly briefing on Tuesday.\n\n"
        '"We acted to protect our citizens," FO spokesperson Shafqat Ali Khan said at the '
        "weekly briefing.\n\n"
        "The spokesperson said that the strikes had hit militant hideouts only.\n\n"
        "The Taliban administration's chief spokesman Zabihullah Mujahid had said on Sunday "
        "that civilians were among the dead.\n\n"
        "Asked about ties with Tehran, the spokesperson said the two neighbours were in close "
        "contact.\n"
    )
    assert_statements(
        text,
        TUESDAY,
        [
            ("Shafqat Ali Khan", "We acted to protect", "2025-03-04"),
            ("Shafqat Ali Khan", "the strikes had hit", "2025-03-04"),
            ("Zabihullah Mujahid", "civilians were among", "2025-03-02"),
            ("Shafqat Ali Khan", "the two neighbours", "2025-03-04"),
        ],
    )


def test_an_act_sourced_by_according_to_is_no_statement() -> None:
    text = (
        "Seoul and Tokyo respond to launch\n\n"
        "SEOUL, March 4 (Yonhap) -- North Korea fired a ballistic missile on Tuesday.\n\n"
        "President Yoon Suk Yeol, who is in Madrid for a summit, convened an emergency "
        "security meeting by video link, according to his office.\n\n"
        "Vice Foreign Minister Sun Weidong summoned the Japanese ambassador on Tuesday, "
        "according to the Chinese Foreign Ministry.\n\n"
        "Pyongyang is ready to resume talks with Washington, according to the State "
        "Department.\n"
    )
    assert_statements(text, TUESDAY, [("State Department", "Pyongyang is ready", "2025-03-04")])


def test_concern_voiced_with_nothing_it_is_about() -> None:
    text = (
        "Shock as decree is lifted\n\n"
        "Party leaders on Tuesday condemned the short-lived decree, while Seoul's allies and "
        "neighbours voiced concern, as the capital woke up to a night of upheaval.\n\n"
        "Foreign Minister Cho Tae-yul said the alliance with Washington was unshaken.\n"
    )
    assert_statements(
        text, TUESDAY, [("Cho Tae-yul", "the alliance with Washington", "2025-03-04")]
    )


def test_the_spokesperson_of_a_named_state_after_another_bodys_spokesman() -> None:
    # the story's "the spokesperson" was Mao Ning before the other body's spokesman spoke
    text = (
        "Beijing slams arms package\n\n"
        "BEIJING, March 4 (Global Times) -- China on Tuesday condemned a new US arms package "
        "for the island.\n\n"
        "Chinese Foreign Ministry spokesperson Mao Ning told a regular press conference that "
        "the package gravely breached the one-China principle.\n\n"
        "The spokesperson said Beijing would take firm steps to defend its sovereignty.\n\n"
        "Taiwan Affairs Office spokesman Chen Binhua said on Tuesday that the island's "
        "authorities were courting outside forces.\n\n"
        "Asked about the coming APEC meeting, the spokesperson said Beijing was ready to work "
        "with every member.\n"
    )
    assert_statements(
        text,
        TUESDAY,
        [
            ("Mao Ning", "the package gravely breached", "2025-03-04"),
            ("Mao Ning", "Beijing would take firm steps", "2025-03-04"),
            ("Chen Binhua", "the island's authorities", "2025-03-04"),
            ("Mao Ning", "Beijing was ready", "2025-03-04"),
        ],
    )
