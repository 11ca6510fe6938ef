"""Review rv43a's findings on the issued-document reader (h43d), the briefer's stance items
(h43t) and "once more" (h43d). Pages written here in the manner of a ministry spokesperson's
page, an outlet's story about a speech, a State Department briefing and a wire story."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.statement_checks import assert_statements, ingested_statements
from tracker.extract import collect, extract

MINISTRY = "Ministry for Europe and Foreign Affairs"


# F1: a story under a post's speech title, the outlet's "we"
SPEECH_STORY = (
    "Analysis\n\n"
    "Brazilian Foreign Minister's Address to the Human Rights Council\n\n"
    "Geneva\n\n"
    "Brazilian Foreign Minister Mauro Vieira. (Photo: Reuters)\n\n"
    "We followed the Brazilian foreign minister's address in Geneva closely. These are the "
    "points that matter.\n\n"
    "Brasilia wants a permanent seat on the Security Council, Vieira argued.\n\n"
    "Several delegations left the room before the end of the address.\n"
)


def test_story_about_a_post_s_speech_is_the_outlet_s() -> None:
    got = extract(SPEECH_STORY, published=datetime.date(2023, 2, 27))
    texts = [s.text for s in got]
    assert not any(t.startswith(("We followed", "Several delegations")) for t in texts), got


# F2: a report under a spokesperson's title, its first paragraph a state's past act
REPORT_UNDER_TITLE = (
    "Statements made by the Ministry of Foreign Affairs Spokesperson [Aug. 2, 2023]\n\n"
    "Chile has recalled its ambassador from Caracas following the arrest of two opposition "
    "figures on Tuesday.\n\n"
    "The Venezuelan authorities have not commented on the decision.\n\n"
    "The Organization of American States has called an emergency session for Friday.\n"
)


def test_report_under_a_spokesperson_title_is_no_statement() -> None:
    assert_statements(REPORT_UNDER_TITLE, datetime.date(2023, 8, 2), [])


def test_state_in_its_own_voice_still_opens_the_page() -> None:
    page = REPORT_UNDER_TITLE.replace(
        "Chile has recalled its ambassador from Caracas following the arrest of two "
        "opposition figures on Tuesday.",
        "Chile firmly condemns the arrest of two opposition figures in Caracas on Tuesday.",
    )
    got = extract(page, published=datetime.date(2023, 8, 2))
    assert got and got[0].text.startswith("Chile firmly condemns"), got


# F3, F4, F5: a spokesperson's page with a "Q -" question closed by a stop, a visit told,
# and a heading with no day
PAGE = (
    "Statements made by the Ministry for Europe and Foreign Affairs Spokesperson "
    "[Feb. 15, 2023]\n\n"
    "Moldova - Visit of the Minister to Chisinau (Feb. 14, 2023)\n\n"
    "France reaffirms its full support for the sovereignty of the Republic of Moldova.\n\n"
    "The Minister travelled to Chisinau on Monday, where she met President Maia Sandu and "
    "Prime Minister Dorin Recean.\n\n"
    "Syria - Earthquake relief\n\n"
    "France welcomes the opening of two new crossing points for humanitarian aid.\n\n"
    "Q - Several outlets report that a French aid worker was detained near Idlib.\n\n"
    "Can you confirm this?\n\n"
    "We are in contact with the local authorities. Our consulate is following the case.\n"
)


def test_question_closed_by_a_stop_is_no_statement() -> None:
    got = extract(PAGE, published=datetime.date(2023, 2, 15))
    assert not any(s.text.startswith("Q -") for s in got), got
    assert any(s.text.startswith("We are in contact") for s in got), got


def test_visit_told_by_the_page_is_no_statement() -> None:
    got = extract(PAGE, published=datetime.date(2023, 2, 15))
    assert not any(s.text.startswith("The Minister travelled") for s in got), got
    assert any(s.text.startswith("France reaffirms its full support") for s in got), got


def test_heading_with_no_day_takes_the_page_s_day() -> None:
    got = extract(PAGE, published=datetime.date(2023, 2, 15))
    welcomes = [s for s in got if s.text.startswith("France welcomes the opening")]
    assert welcomes and welcomes[0].said_on == "2023-02-15", got
    reaffirms = [s for s in got if s.text.startswith("France reaffirms")]
    assert reaffirms and reaffirms[0].said_on == "2023-02-14", got


# F6: "once more" before an -ing noun keeps "more"
def test_once_more_before_an_ing_noun_keeps_more() -> None:
    assert_statements(
        "KYIV, June 5 (Reuters) - Prime Minister Denys Shmyhal said once more spending on air "
        "defence would have to rise next year.\n",
        datetime.date(2023, 6, 5),
        [("Denys Shmyhal", "more spending on air defence would have to rise", "2023-06-05")],
    )


def test_once_more_before_a_pronoun_is_an_adverb() -> None:
    got = extract(
        "The spokesman insisted once more nothing had been decided about the talks.\n",
        published=datetime.date(2023, 6, 5),
    )
    assert got and got[0].text.startswith("nothing had been decided"), got


# F7: the issued document's paragraphs read in one pass over the drafts
def _big_page(n: int) -> str:
    items = []
    for k in range(n):
        items.append(
            "France reaffirms its support for the mission. We strongly condemn the attack on "
            f"the convoy number {k}.\n\n"
            f"\u201cThe convoy {k} must be protected,\u201d Minister Catherine Colonna said.\n\n"
        )
    return (
        "Statements made by the Ministry for Europe and Foreign Affairs Spokesperson "
        "[Mar. 8, 2023]\n\nMali - Attack on a convoy (Mar. 7, 2023)\n\n" + "".join(items)
    )


def test_issued_document_is_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    readers: list[collect._DraftsAlong] = []
    looked_at = [0]  # the open pieces each paragraph's question looks at
    real_init, real_inside = collect._DraftsAlong.__init__, collect._DraftsAlong.inside

    def kept(self: collect._DraftsAlong, drafts: list) -> None:
        real_init(self, drafts)
        readers.append(self)

    def inside(self: collect._DraftsAlong, a: int, b: int) -> list:
        found = real_inside(self, a, b)
        looked_at[0] += len(self.open)
        return found

    monkeypatch.setattr(collect._DraftsAlong, "__init__", kept)
    monkeypatch.setattr(collect._DraftsAlong, "inside", inside)
    scanned = []
    for n in (40, 80):
        readers.clear()
        looked_at[0] = 0
        extract(_big_page(n), published=datetime.date(2023, 3, 8))
        assert readers
        # (and each piece taken in once, dropped at most once)
        scanned.append(looked_at[0] + 2 * sum(r.next for r in readers))
    # twice the paragraphs, about twice the pieces looked at (four times if quadratic)
    assert scanned[1] <= 2.3 * scanned[0], scanned


# F8: a joint statement read out by the briefer stays in the item introducing it
BRIEFING = (
    "2:10 p.m. EDT\n\n"
    "MR MILLER:  Good afternoon.  A few things at the top.\n\n"
    "First, we offer our condolences to the people of Morocco after the earthquake.\n\n"
    "Next, on Sudan.  This morning the Quad for Sudan issued a joint statement, which reads "
    "as follows:\n\n"
    "We condemn the renewed fighting in Khartoum and the attacks on civilians.\n\n"
    "We call on both parties to return to the negotiating table in Jeddah.\n\n"
    "Finally, the Secretary will travel to Cairo on Thursday.\n\n"
    "QUESTION:  Thanks, Matt.  On Sudan, who is in the Quad?\n\n"
    "MR MILLER:  The United States, Saudi Arabia, the UAE and the UK.\n"
)


def test_statement_read_out_is_not_the_briefer_s_stand(tmp_path: Path) -> None:
    got = ingested_statements(tmp_path, BRIEFING, datetime.date(2023, 9, 11))
    starts = [s["text"][:20] for s in got]
    assert not any(t.startswith(("We condemn the renew", "We call on both")) for t in starts), got
    assert any("We condemn the renewed fighting" in s["text"] for s in got), got


def test_stand_after_a_read_out_item_and_a_new_item(tmp_path: Path) -> None:
    text = BRIEFING.replace(
        "Finally, the Secretary will travel to Cairo on Thursday.\n\n",
        "Finally, the Secretary will travel to Cairo on Thursday.\n\n"
        "We condemn the attack on the UN compound in Juba yesterday.\n\n",
    )
    got = ingested_statements(tmp_path, text, datetime.date(2023, 9, 11))
    assert any(s["text"].startswith("We condemn the attack on the UN") for s in got), got


# near miss for F4: a speech's first person telling of its own meeting is the speaker's
def test_speaker_s_own_meeting_in_a_speech_is_kept() -> None:
    page = (
        "IAEA Director General's Opening Statement to the Board of Governors\n\n"
        "IAEA Director General Rafael Mariano Grossi. (Photo: IAEA)\n\n"
        "(As prepared for delivery)\n\n"
        "Let me begin by thanking the Chair for her work this year.\n\n"
        "Last week, I travelled to Kyiv where I held talks with senior officials.\n"
    )
    got = extract(page, published=datetime.date(2024, 3, 4))
    assert any(s.text.startswith("Last week, I travelled") for s in got), got
