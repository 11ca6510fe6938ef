"""Review rv46g: a journalist's turn with no question mark is not narration. Only the
programme's own people narrate ("NAME, BYLINE:", "NAME, HOST:", a name the page introduces
as "NPR's NAME reports"). A briefing's asker ("QUESTION:", "Q:", "Question (Name, Outlet):",
"Reporter (Outlet):", "Bloomberg:") is never one of them. A host's turn right above the
guest's answer, once the guest has spoken, puts a claim to the guest, and so does a turn that
addresses the guest by title ("Minister, ...", "Mr. Secretary, ..."). Officials named in the
preface of such a question are not speakers. Sentences written here for the tests."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 3, 5)
DAY = "2024-03-05"


BRIEFING = (
    "Department Press Briefing\n\n"
    "MR MILLER: Good afternoon. Nothing at the top today.\n\n"
    "QUESTION: On Iran. The Iranian foreign minister said this morning that Tehran will "
    "return to the deal.\n\n"
    "MR MILLER: We have seen the remarks and our position is unchanged.\n"
)


def test_state_briefing_question_without_mark() -> None:
    assert_statements(
        BRIEFING,
        PUBLISHED,
        [
            ("Miller", "Good afternoon. Nothing at the top today.", DAY),
            ("Miller", "We have seen the remarks and our position", DAY),
        ],
    )


BARE_Q = (
    "Interview with Secretary Blinken\n\n"
    "Q: China's foreign minister, Wang Yi, said on Sunday that Washington holds China back.\n\n"
    "A: We do not seek to contain anyone.\n"
)


def test_bare_q_preface_names_no_speaker() -> None:
    assert_statements(
        BARE_Q,
        PUBLISHED,
        [("Blinken", "We do not seek to contain anyone.", DAY)],
    )


NOON = (
    "Noon briefing by the Spokesperson for the Secretary-General\n\n"
    "A near-verbatim transcript of the noon briefing by Stéphane Dujarric, Spokesman for the "
    "Secretary-General.\n\n"
    "Spokesman: Good afternoon. The Secretary-General is in Geneva today.\n\n"
    "Question (Edith Lederer, AP): Stephane, the Israeli ambassador, Gilad Erdan, said today "
    "that agency staff took part in the attacks. And the response.\n\n"
    "Spokesman: The investigation goes on, and we will share what it finds.\n"
)


def test_noon_briefing_question_label() -> None:
    assert_statements(
        NOON,
        PUBLISHED,
        [
            ("Stéphane Dujarric", "Good afternoon. The Secretary-General is in", DAY),
            ("Stéphane Dujarric", "The investigation goes on, and we", DAY),
        ],
    )


OUTLETS = (
    "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 5, 2024\n\n"
    "Mao Ning: Good afternoon. Let me start with an announcement.\n\n"
    "Bloomberg: Philippine President Ferdinand Marcos Jr. said this morning that Manila will "
    "not be intimidated.\n\n"
    "Mao Ning: The Philippine vessels entered the waters without permission.\n"
)


def test_outlet_label_preface_names_no_speaker() -> None:
    assert_statements(
        OUTLETS,
        PUBLISHED,
        [
            ("Mao Ning", "Good afternoon. Let me start", DAY),
            ("Mao Ning", "The Philippine vessels entered the waters", DAY),
        ],
    )


HOST_BY_TITLE = (
    "Ukraine's Top Diplomat On Peace Talks\n\n"
    "It's MORNING EDITION from NPR News.\n\n"
    "STEVE INSKEEP, HOST: Ukraine's foreign minister, Dmytro Kuleba, is in Washington. "
    "Minister, welcome to the program.\n\n"
    "DMYTRO KULEBA: Thank you, Steve.\n\n"
    "INSKEEP: Minister, Vladimir Putin said on Friday that Moscow is open to talks.\n\n"
    "KULEBA: It is the same old trick.\n\n"
    "INSKEEP: Senator JD Vance argued last week that the aid should end.\n\n"
    "KULEBA: Then he should come to Kharkiv.\n"
)


def test_host_claim_put_to_guest_by_title_or_above_answer() -> None:
    assert_statements(
        HOST_BY_TITLE,
        PUBLISHED,
        [
            ("Dmytro Kuleba", "It is the same old trick.", DAY),
            ("Dmytro Kuleba", "Then he should come to Kharkiv.", DAY),
        ],
    )


JAPAN = (
    "Press Conference by Foreign Minister Hayashi Yoshimasa\n\n"
    "Minister Hayashi: Good morning. I have one announcement.\n\n"
    "Reporter (Nikkei): The Chinese spokesperson, Mao Ning, said yesterday that Beijing "
    "opposes the release. I would like to ask about the government's response.\n\n"
    "Minister Hayashi: We will keep explaining our position.\n"
)


def test_reporter_with_outlet_asks() -> None:
    assert_statements(
        JAPAN,
        PUBLISHED,
        [
            ("Hayashi Yoshimasa", "Good morning. I have one", DAY),
            ("Hayashi Yoshimasa", "We will keep explaining our position.", DAY),
        ],
    )


STUDIO = (
    "Transcript of Minister for Foreign Affairs Dr Ana Ruiz's Live Interview with CNA's Asia "
    "Tonight, 4 March 2024\n\n"
    "Lee Wan (CNA): Trade is high on the agenda this week.\n\n"
    "Joy Ong (CNA): Foreign Affairs Minister Ana Ruiz said on Monday that the talks will resume "
    "in June. She is with us in the studio. Welcome, Minister.\n\n"
    "Minister: Thank you.\n\n"
    "Ong: How do you see the talks?\n\n"
    "Minister: We are hopeful that the two sides can close the gaps.\n"
)


def test_hosts_introduction_before_the_guest_speaks_is_news() -> None:
    # the host's introduction relays the minister's words: hers, as in a story
    assert_statements(
        STUDIO,
        PUBLISHED,
        [
            ("Ana Ruiz", "the talks will resume in June", "2024-03-04"),
            ("Ana Ruiz", "We are hopeful that the two sides", "2024-03-04"),
        ],
    )
