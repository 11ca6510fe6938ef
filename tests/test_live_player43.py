"""A story page with a video or an audio player copied into it ("0:00" over "0:00",
"00:00" over "00:32": the player's place and length, each time on its own line with
nothing between) is no live page: its lead's "X has said" is words from some time up to
the page's day, not the news of a live entry's day. A live page's own stamps, each over
the words of its entry, still open entries. Pages written here, in the manner of a Gulf
daily's interview story with an embedded video, and of a live page."""

import datetime

from tests.statement_checks import assert_statements

PLAYER_IN_A_STORY = (
    "Interview: Faisal bin Farhan on Gulf security and the Red Sea\n\n"
    "Faisal bin Farhan on shipping in the Red Sea\n"
    "0 seconds of 41 secondsVolume 90%\n"
    "Next Up\n"
    "01:00\n"
    "00:00\n"
    "00:41\n"
    "00:41\n"
    " \n"
    "Updated 12 February 2024\n\n"
    "RIYADH: Security in the Gulf depends on ending the war in Gaza, Saudi Foreign "
    "Minister Faisal bin Farhan has said.\n\n"
    "00:00\n"
    "00:38\n\n"
    "\u201cNo state in the region gains from a wider war,\u201d Faisal bin Farhan said.\n"
)

# the near miss: a live page whose bare stamps each stand over their entry's words
LIVE_PAGE = (
    "Gaza talks live: envoys meet in Cairo\n\n"
    "14:20\n\n"
    "Egypt's foreign minister Sameh Shoukry has told reporters that the talks would go on "
    "into the night.\n\n"
    "12:05\n\n"
    "Qatar's prime minister has said a deal is close but not yet done.\n"
)


def test_player_times_open_no_live_entries() -> None:
    assert_statements(
        PLAYER_IN_A_STORY,
        datetime.date(2024, 2, 12),
        [
            ("Faisal bin Farhan", "Security in the Gulf", "../2024-02-12"),
            ("Faisal bin Farhan", "No state in the region", "../2024-02-12"),
        ],
    )


def test_stamps_over_entries_still_open_live_entries() -> None:
    assert_statements(
        LIVE_PAGE,
        datetime.date(2024, 2, 12),
        [
            ("Sameh Shoukry", "the talks would go on", "2024-02-12"),
            ("Qatar's prime minister", "a deal is close", "2024-02-12"),
        ],
    )
