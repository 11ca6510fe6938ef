"""A transcript's header that names the speaker on one line and the post on the line under
it ("Senator the Hon Marise Payne" / "Minister for Foreign Affairs", as Australian, British
and Canadian ministers' pages print them) gives that post to that person, so turns labelled
by the post alone ("Minister:") are hers, not a speaker named "Minister" (a title recorded
as an official). Pages written here in the manner of a minister's doorstop transcript."""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2019, 7, 10)

_BODY = (
    "Minister: Good morning. I am in Ottawa today for talks on critical minerals with my "
    "Canadian counterpart, and we have agreed to work more closely on supply chains.\n\n"
    "Journalist: Minister, what is your response to the latest missile launch?\n\n"
    "Minister: We condemn it. These launches breach the Security Council's resolutions and "
    "threaten the region.\n"
)


def _speakers(tmp_path: Path, header: str) -> list[tuple[str, str | None]]:
    text = header + _BODY
    return [(s["speaker"], s.get("role")) for s in ingested_statements(tmp_path, text, PUBLISHED)]


def test_post_under_the_name_in_the_header_names_the_label(tmp_path: Path) -> None:
    for style in ("Senator the Hon Marise Payne", "Marise Payne"):
        header = (
            "Doorstop interview, Ottawa\n\n"
            f"{style}\nMinister for Foreign Affairs\n\n10 July 2019\n\n"
        )
        said = _speakers(tmp_path, header)
        assert said and all(s == ("Marise Payne", "Minister for Foreign Affairs") for s in said), (
            style,
            said,
        )


def test_a_line_under_the_name_that_is_no_post_gives_none(tmp_path: Path) -> None:
    # near miss: the line under the name lists the subjects; no post is given to anyone
    header = (
        "Doorstop interview, Ottawa\n\nMarise Payne\nSubjects: Critical Minerals; North Korea\n\n"
        "10 July 2019\n\n"
    )
    said = _speakers(tmp_path, header)
    assert said and all(speaker != "Marise Payne" for speaker, _ in said), said


def test_posts_printed_above_their_holders_go_to_no_one_else(tmp_path: Path) -> None:
    # near misses: each post above its holder (the post under a name is the next one's), a
    # byline across a blank line, a moderator over the post's holder, a room line
    headers = {
        "Julia Gillard": (
            "Prime Minister\nJulia Gillard\nMinister for Foreign Affairs\nBob Carr\n\n"
        ),
        "Jane Doe": "Posted by Jane Doe\n\nMinister for Foreign Affairs\n\n",
        "John Smith": "Moderator\nJohn Smith\nMinister for Foreign Affairs\nBob Carr\n\n",
        "Ned Price": "Ned Price\nForeign Minister Press Briefing Room\n\n",
    }
    for wrong, header in headers.items():
        said = _speakers(tmp_path, "Doorstop interview, Ottawa\n\n" + header + "10 July 2019\n\n")
        assert all(speaker != wrong for speaker, _ in said), (wrong, said)
