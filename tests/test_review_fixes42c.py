"""Review fixes (rv42c) to three rules of round 42, written here in the manner of the wires'
copy, with sentences of our own.

A. "warned/told X Y and that Z": the words begin before the "and that" only when a clause of
   its own (a subject and its verb) came first; "warned Sweden not to expect approval and that
   ..." keeps its words at the "that".
B. (taken out with the rule it reviewed: "a day later" counted from "last week", fx42g)
C. a label line over words with no small letter is dropped only where the words hold no letter
   at all ("0:00") or are a list of codes ("WRPM \u00b7 WRPN"): shouted words in capitals, an
   all-capitals transcript and a line in a script with no small letters are kept.
"""

import datetime

from tracker.extract import extract


def _got(text: str, published: datetime.date) -> list[tuple[str | None, str | None, str]]:
    return [(s.speaker, s.said_on, s.text) for s in extract(text, published=published)]


# A ---------------------------------------------------------------------------------------

MARCH_1 = datetime.date(2023, 3, 1)


def test_warned_of_a_noun_and_that_keeps_the_second_clause() -> None:
    got = _got(
        "Russian Foreign Minister Sergei Lavrov warned Western governments of grave "
        "consequences and that Moscow would retaliate.\n",
        MARCH_1,
    )
    assert len(got) == 1 and got[0][0] == "Sergei Lavrov", got
    assert got[0][2].startswith("Moscow would retaliate"), got


def test_told_counterpart_of_a_worry_and_that() -> None:
    got = _got(
        "French President Emmanuel Macron told his guest of his worries and that France "
        "would keep helping.\n",
        MARCH_1,
    )
    assert len(got) == 1 and got[0][0] == "Emmanuel Macron", got
    assert got[0][2].startswith("France would keep helping"), got


def test_warned_not_to_and_that() -> None:
    got = _got(
        "Turkish President Recep Tayyip Erdogan warned Stockholm not to count on a quick "
        "approval and that Ankara stood by its demands.\n",
        MARCH_1,
    )
    assert len(got) == 1, got
    assert got[0][2].startswith("Ankara stood by its demands"), got


def test_told_media_on_a_day_about_and_that_keeps_the_day() -> None:
    got = _got(
        "TEHRAN (AP) \u2014 Iran's foreign minister, Hossein Amirabdollahian, told state media "
        "on Sunday about the European offer and that Tehran had answered it.\n",
        MARCH_1,
    )
    assert len(got) == 1, got
    assert got[0][1] == "2023-02-26", got
    assert got[0][2].startswith("Tehran had answered it"), got


def test_warned_hearers_then_a_clause_still_opens_at_it() -> None:
    # near miss: the rule's own case, a clause before the "and that"
    got = _got(
        "Foreign Minister Sergei Lavrov warned Western envoys the talks were over and that "
        "Moscow would act alone.\n",
        MARCH_1,
    )
    assert len(got) == 1, got
    assert got[0][2].startswith("the talks were over and that"), got


# C ---------------------------------------------------------------------------------------

JUNE_17 = datetime.date(2025, 6, 17)


def test_live_blog_shouted_line_is_kept() -> None:
    got = _got(
        "US President Donald Trump raised his tone on Tuesday as the strikes went on.\n\n"
        "Donald Trump:\n\n"
        "NO DEAL UNTIL THEY GIVE UP!\n\n"
        "Iranian Foreign Minister Abbas Araghchi said Tehran would not talk under fire.\n",
        JUNE_17,
    )
    assert any(g[0] == "Donald Trump" and g[2].startswith("NO DEAL") for g in got), got


def test_list_item_in_capitals_is_kept() -> None:
    got = _got(
        "Reaction from world leaders\n\n"
        "- U.S. President Donald Trump: THE FIGHTING MUST STOP NOW, AND IT WILL STOP!\n"
        "- French President Emmanuel Macron: France stands with Kyiv and will keep helping.\n",
        JUNE_17,
    )
    assert [g[0] for g in got] == ["Donald Trump", "Emmanuel Macron"], got


def test_all_capitals_transcript_is_kept() -> None:
    got = _got(
        "PRESIDENT BIDEN: THANK YOU. WE WILL STAND WITH UKRAINE.\n\n"
        "QUESTION: MR. PRESIDENT, WILL YOU SEND JETS?\n\n"
        "PRESIDENT BIDEN: NOT YET. WE ARE TALKING TO ALLIES.\n",
        JUNE_17,
    )
    assert len(got) == 2 and all(g[0] == "Biden" for g in got), got


def test_line_in_a_script_without_case_is_kept() -> None:
    got = _got(
        "Chinese Foreign Ministry spokesperson Mao Ning held a regular press conference on "
        "Monday.\n\n"
        "Mao Ning:\n\n"
        "\u4e2d\u65b9\u575a\u51b3\u53cd\u5bf9\u5206\u88c2\u6d3b\u52a8\u3002\n\n"
        "Asked about the visit, she said China would respond firmly.\n",
        JUNE_17,
    )
    assert len(got) == 2 and all(g[0] == "Mao Ning" for g in got), got
    assert got[0][2].startswith("\u4e2d\u65b9"), got


def test_player_clock_and_call_signs_still_dropped() -> None:
    # near miss: the rule's own case, a clock and a list of codes under labels
    got = _got(
        "FCC Public Inspection Files:\n"
        "KRVR \u00b7 KRVS \u00b7 KRVT\n"
        "Next Up:\n"
        "01:00 / 00:32\n\n"
        "Ukraine's foreign minister said on Tuesday that Kyiv wanted a ceasefire.\n",
        JUNE_17,
    )
    assert len(got) == 1, got
