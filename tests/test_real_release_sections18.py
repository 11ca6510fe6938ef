"""A press release's own sections (issue 8, round eighteen): below the remarks it reports, a
release adds "Background", "Next steps" or "Notes to editors"; what follows such a heading is
the page's information, never the words of the one whose remarks stood above it. Each test in
new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

FRIDAY = datetime.date(2024, 3, 8)


def _page(section: str) -> str:
    return (
        "Council of the Nordic Union | Press release\n\n"
        "Press release\n"
        "8 March 2024 09:15\n\n"
        "Nordic ministers agree joint grid fund\n\n"
        "Energy ministers today agreed to set up a joint fund for cross-border power lines.\n\n"
        "Remarks by President Liisa Korhonen after the meeting\n\n"
        '"This fund will keep the lights on in every Nordic home. We have shown that we can '
        'act together when it matters," President Korhonen said.\n\n'
        "Korhonen added that the first projects would be chosen before the summer.\n\n"
        f"{section}\n"
        "The national parliaments must approve the fund's statute. The first call for projects "
        "will open in September.\n\n"
        "Contact: Press office of the Council\n"
    )


def _said(section: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in extract(_page(section), published=FRIDAY)]


def test_the_paragraph_under_a_release_section_is_no_ones_words() -> None:
    for section in ("Background", "Next steps", "Notes to editors", "BACKGROUND:"):
        found = _said(section)
        assert not any("parliaments must approve" in words for _, words in found), section


def test_the_remarks_above_the_section_stay_the_speakers() -> None:
    found = _said("Next steps")
    assert any(
        who == "Liisa Korhonen" and words.startswith("This fund will keep") for who, words in found
    )
    assert any(
        who == "Liisa Korhonen" and words.startswith("the first projects") for who, words in found
    )
