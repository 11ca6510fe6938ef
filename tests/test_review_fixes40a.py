"""Narrowings of this round's rules that over-fired (review 40a): "X later said" that names
an occasion of its own; a meeting with the press that moves the counterpart's words or is
no meeting with the press; an hour after a day closed off in its own clause; a bare capital
line far below a story's first paragraph, or no place; "described that" opening a clause;
the numeral "I" taken for the first person. Stories written here; each expected statement
is checked for its speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract
from tracker.extract.meta import find_dateline

# 1. "later" with an occasion of its own is not later at the briefing


def test_later_told_an_outlet_is_some_time_after_the_day() -> None:
    text = (
        "Portugal bond sale\n\n"
        "Finance Minister Rui Costa said on Monday that the banks were ready for the bond "
        "sale.\n\n"
        "Costa later told RTP that the bond sale would go ahead.\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 5, 15),
        [
            ("Rui Costa", "the banks were ready", "2024-05-13"),
            ("Rui Costa", "the bond sale would go ahead", "2024-05-13/2024-05-15"),
        ],
    )


def test_later_in_an_interview_or_told_by_another_is_not_the_briefings_day() -> None:
    head = (
        "Zakharova on sanctions\n\n"
        "At her weekly briefing on Wednesday, Maria Zakharova said that Moscow would respond "
        "to any new EU sanctions.\n\n"
        "Zakharova said the sanctions were \u201cillegitimate and counterproductive.\u201d\n\n"
    )
    for later in (
        "Zakharova later said in an interview with the Rossiya-24 channel that Russia was "
        "not seeking a confrontation with Europe.\n",
        "Zakharova later told Fox News in an interview that Russia was not seeking a "
        "confrontation with Europe.\n",
        "Zakharova later said that Russia was not seeking a confrontation with Europe, the "
        "ministry said in a statement on its website.\n",
    ):
        found = extract(head + later, published=datetime.date(2024, 2, 16))
        days = [s.said_on for s in found if "confrontation" in s.text]
        assert days == ["2024-02-16"], (later, [(s.speaker, s.said_on) for s in found])


def test_later_told_reporters_is_still_at_the_briefing() -> None:
    # near miss: the same reporters, no occasion of its own
    text = (
        "Zakharova on sanctions\n\n"
        "At her weekly briefing on Wednesday, Maria Zakharova said that Moscow would respond "
        "to any new EU sanctions.\n\n"
        "Zakharova said the sanctions were \u201cillegitimate and counterproductive.\u201d\n\n"
        "Zakharova later told reporters that Russia was not seeking a confrontation with "
        "Europe.\n"
    )
    found = extract(text, published=datetime.date(2024, 2, 16))
    assert [s.said_on for s in found] == ["2024-02-14"] * 3, found


# 2. a meeting with the press moves only its subject's words, and is one


def test_counterpart_named_in_the_briefing_keeps_the_talks_day() -> None:
    text = (
        "Blinken briefs media on talks with Wang\n\n"
        "US Secretary of State Antony Blinken on Saturday briefed reporters on his talks with "
        "Chinese Foreign Minister Wang Yi in Vientiane. Blinken met Wang on Friday on the "
        "sidelines of the ASEAN meetings. Wang told Blinken that Taiwan was the first red "
        "line that must not be crossed.\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 7, 27),
        [("Wang Yi", "Taiwan was the first red line", "2024-07-26")],
    )


def test_the_press_secretary_is_no_meeting_with_the_press() -> None:
    text = (
        "Wang meets Blinken\n\n"
        "Chinese Foreign Minister Wang Yi on Saturday met with the press secretary of the "
        "ASEAN secretariat in Vientiane. Wang held talks with Blinken on Friday on the "
        "sidelines of the East Asia Summit foreign ministers' meeting. Wang said that "
        "dialogue between the two countries should be candid and practical.\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 7, 27),
        [("Wang Yi", "dialogue between the two countries", "2024-07-26")],
    )


# 3. a day closed off in a clause of its own does not date a later hour


def test_hour_after_a_day_in_a_relative_clause_is_the_articles() -> None:
    text = (
        "Talks resume\n\n"
        "The talks, which broke down on Friday, resumed at 9 a.m. and Lavrov told reporters "
        "that progress had been made.\n"
    )
    assert_statements(
        text, datetime.date(2024, 3, 12), [("Lavrov", "progress had been made", "2024-03-12")]
    )


# 4. a bare capital place only in the page's head


def test_bare_place_far_below_the_first_paragraph_is_no_dateline() -> None:
    prose = [
        "Russian Foreign Minister Sergei Lavrov said on Tuesday that Moscow would respond "
        f"to any new deployment of troops near its borders, point {n}."
        for n in range(10)
    ]
    shorts = ["By Jane Doe", "Advertisement", "Related coverage", "Read more"]
    body = []
    for n, paragraph in enumerate(prose):
        body += [paragraph, shorts[n % len(shorts)]]
    text = (
        "Russia warns over troop deployments\n\n"
        + "\n\n".join(body)
        + "\n\nWASHINGTON \u2014 The Pentagon said on Tuesday it had approved the deployment "
        "of an additional 2,000 troops to Poland and Romania.\n"
    )
    assert find_dateline(text) is None


def test_labels_and_acronyms_below_menus_are_no_places() -> None:
    menu = "\n".join(["Home", "World", "Politics", "Business"] * 8)
    for label in ("UPDATE", "EDITOR'S NOTE", "BREAKING", "NATO", "AP"):
        text = (
            f"{menu}\n\nAllies pledge more air defence for Ukraine\n\n{label} \u2014 The "
            "alliance said on Tuesday that allies had agreed to send more systems.\n"
        )
        assert find_dateline(text) is None, label
    # near miss: a place still is one
    text = (
        f"{menu}\n\nAllies pledge more air defence for Ukraine\n\nMUNICH \u2014 The "
        "alliance said on Tuesday that allies had agreed to send more systems.\n"
    )
    found = find_dateline(text)
    assert found is not None and found.place == "MUNICH", found


# 5. "described that" with a finite verb after it opens a clause


def test_described_that_with_a_verb_opens_a_clause() -> None:
    text = (
        "Wong on the Pacific\n\n"
        "Foreign Minister Penny Wong described that Australia was as committed as ever to the "
        "Pacific family, in a speech in Suva on Tuesday.\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 3, 14),
        [("Penny Wong", "Australia was as committed", "2024-03-12")],
    )


# 6. "World War I" is no first person


def test_numeral_i_below_said_is_not_direct() -> None:
    text = (
        "Press release: Foreign Secretary at the centenary\n\n"
        "The Foreign Secretary, Boris Johnson, said:\n\n"
        "The centenary of the end of World War I is a moment for the whole country to "
        "remember those who served.\n"
    )
    found = extract(text, published=datetime.date(2018, 11, 11))
    assert [(s.speaker, s.kind) for s in found] == [("Boris Johnson", "indirect")], found
