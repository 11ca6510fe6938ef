"""rv44d: a summons read only with a diplomat after "called in" ("called in Kyiv for military
aid", "called in December for diplomats to ...", "called in Parliament for envoy-level talks"
call for things); "announced a series/package of measures" a policy told unless the measures
punish as sanctions do; a minister's paragraph opening a point of its own only in her remarks
before any question, never after a greeting or thanks alone, never inside a list a colon
introduced, never on a time phrase or the page's narration. Sentences and pages written here
in the manner of agency copy and of official transcripts."""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.statement_checks import assert_statements, ingested_statements

PUBLISHED = datetime.date(2024, 3, 7)  # a Thursday
DAY = "2024-03-07"


def test_called_in_a_place_or_month_for_something_is_a_call() -> None:
    assert_statements(
        "KYIV, March 7 (Reuters) - Ukrainian President Volodymyr Zelenskiy called in Odesa "
        "for air defence systems to be sent sooner. Foreign Minister Dmytro Kuleba called in "
        "January for diplomats from neutral states to be allowed into the occupied areas.\n",
        PUBLISHED,
        [
            ("Volodymyr Zelenskiy", "for air defence systems to be sent sooner", DAY),
            ("Dmytro Kuleba", "for diplomats from neutral states", "2024-01"),
        ],
    )


def test_called_in_a_body_for_envoy_level_talks_is_a_call() -> None:
    assert_statements(
        "NEW DELHI, Mar 7 (PTI) - External Affairs Minister S Jaishankar on Thursday called in "
        "Parliament for envoy-level talks with Nepal to be held soon.\n",
        PUBLISHED,
        [("S Jaishankar", "for envoy-level talks with Nepal to be held soon", DAY)],
    )


def test_called_in_ambassador_without_an_article_is_still_a_summons() -> None:
    # near miss: the diplomat right after "called in" is summoned
    assert_statements(
        "LONDON, March 7 (Reuters) - Britain's Foreign Office has called in Ambassador Andrei "
        "Kelin over the jailing of a British national, a spokeswoman said.\n",
        PUBLISHED,
        [],
    )


def test_a_series_of_measures_announced_is_told() -> None:
    assert_statements(
        "ROME, March 7 (Reuters) - The Italian government on Thursday announced a series of "
        "measures that would make it cheaper for small firms to take on apprentices.\n",
        PUBLISHED,
        [("Italian Government", "a series of measures that would make it cheaper", DAY)],
    )


def test_a_package_of_punitive_measures_is_still_an_act() -> None:
    # near miss: measures that punish, taken as sanctions are
    assert_statements(
        "BRUSSELS, March 7 (Reuters) - The European Union on Thursday announced a new package "
        "of restrictive measures against Iranian drone makers.\n",
        PUBLISHED,
        [],
    )


KREMLIN = datetime.date(2024, 3, 6)


def _turns(tmp_path: Path, text: str, published: datetime.date) -> list[tuple[str, str]]:
    return [(s["speaker"], s["text"][:30]) for s in ingested_statements(tmp_path, text, published)]


def test_a_greeting_and_thanks_stay_with_the_remarks_they_open(tmp_path: Path) -> None:
    text = (
        "Meeting on the heating season\n\n"
        "March 6, 2024, 16:00, The Kremlin, Moscow\n\n"
        "The President discussed the heating season with members of the Government.\n\n"
        "Vladimir Putin: Good afternoon, colleagues.\n\n"
        "Today we will look at how the regions are preparing for the heating season, which "
        "starts earlier this year in the north.\n\n"
        "Allow me to express my gratitude to the utility workers, who repaired the networks "
        "in record time after the spring floods.\n\n"
        "Let us begin. Mr Khusnullin, please.\n\n"
        "Marat Khusnullin: Mr President, colleagues, the work is going to plan.\n"
    )
    got = _turns(tmp_path, text, KREMLIN)
    putin = [t for who, t in got if who == "Vladimir Putin"]
    assert putin and putin[0].startswith("Good afternoon, colleagues."), got
    assert not any(t.startswith(("Today we will", "Allow me to express")) for t in putin), got


def test_thanks_for_a_briefing_is_no_statement_of_its_own(tmp_path: Path) -> None:
    text = (
        "United Nations S/PV.9999 Security Council Seventy-ninth year 9999th meeting\n"
        "Monday, 4 March 2024, 10 a.m. New York\n\n"
        "Mr. Wood (United States of America): I thank Under-Secretary-General Griffiths for "
        "his briefing.\n\n"
        "Let me turn first to the situation in Rafah, where more than a million people are now "
        "sheltering with nowhere else to go.\n\n"
        "Mr. Nebenzia (Russian Federation): We thank Mr. Griffiths.\n\n"
        "Allow me to note that the draft before the Council would only delay a ceasefire.\n"
    )
    got = _turns(tmp_path, text, datetime.date(2024, 3, 4))
    starts = [t for _, t in got]
    assert "I thank Under-Secretary-General " not in starts, got
    assert not any(t.startswith(("Let me turn first", "Allow me to note")) for t in starts), got
    assert any(t.startswith("We thank Mr. Griffiths.") for t in starts), got


PRESS = (
    "Press conference following Russian-Chinese talks\n\n"
    "May 16, 2024, Beijing\n\n"
    "Question: Mr President, what came of the talks?\n\n"
)


def test_every_item_of_a_list_stays_with_its_colon(tmp_path: Path) -> None:
    text = PRESS + (
        "Vladimir Putin: We agreed on three things with our Chinese friends:\n\n"
        "First, transport. A new bridge over the Amur will open next year.\n\n"
        "Second, payments. Nearly all our trade is now settled in national currencies.\n\n"
        "Finally, education. We will double the number of student exchanges.\n"
    )
    got = _turns(tmp_path, text, datetime.date(2024, 5, 16))
    assert len(got) == 1 and got[0][1].startswith("We agreed on three things"), got


def test_an_answer_stays_whole_past_its_markers(tmp_path: Path) -> None:
    text = PRESS + (
        "Vladimir Putin: We are grateful to our Chinese friends for their even-handed "
        "position.\n\n"
        "In the next day or two we will study their proposals carefully.\n\n"
        "More broadly, the partnership has never been as strong as it is now.\n\n"
        "I would like to stress that it is directed against no one.\n"
    )
    got = _turns(tmp_path, text, datetime.date(2024, 5, 16))
    assert len(got) == 1 and got[0][1].startswith("We are grateful"), got


def test_the_pages_narration_of_a_session_is_no_statement(tmp_path: Path) -> None:
    text = (
        "Interview with Sergey Lavrov\n\n"
        "March 5, 2024\n\n"
        "Question: Will Turkey host the next round?\n\n"
        "Sergey Lavrov: You should ask Ankara about that.\n\n"
        "During the second part of the interview, Lavrov turned to ties with India, which he "
        "called the most stable in the region.\n"
    )
    got = _turns(tmp_path, text, datetime.date(2024, 3, 6))
    assert not any(t.startswith("During the second part") for _, t in got), got


def test_a_point_opened_in_the_remarks_before_the_questions_is_still_split(
    tmp_path: Path,
) -> None:
    # near miss: the opening's own programme, and a point after remarks that are not
    # pleasantries alone, are statements of their own
    text = (
        "Press conference, Canberra\n\n"
        "  \u2022 Transcript, E&OE\n"
        "Subjects: Pacific; trade.\n"
        "6 March 2024\n\n"
        "Penny Wong, Foreign Minister: Good morning. Ministers from the Pacific meet here "
        "tomorrow to prepare the forum in August, and there is much to do.\n\n"
        "During the second session, we will discuss the security of undersea cables.\n\n"
        "Journalist: Minister, will Fiji attend?\n\n"
        "Foreign Minister: That is a matter for Fiji.\n"
    )
    got = _turns(tmp_path, text, datetime.date(2024, 3, 6))
    assert any(t.startswith("During the second session, we") for _, t in got), got
