"""Statements found in real copy (issue 8, round fifteen, second wave: live pages whose
entries open on a "Name: headline" line). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract
from tracker.extract.transcript_labels import read_lines

THURSDAY = datetime.date(2025, 6, 12)


def _found(text: str, published: datetime.date) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text[:30]) for s in extract(text, published=published)]


def test_live_entry_headings_are_no_speaker_labels() -> None:
    # each entry under its time of posting opens on "Who: what" without a final stop, the
    # report going on below in prose: a heading, so the page is no transcript and every
    # entry's reported words are found whole
    text = (
        "LIVE: Oslo Says It Will Weigh Bergen Quota Offer\n"
        "\n"
        "Nordic Wire\n"
        "June 12, 2025\n"
        "\n"
        "Live updates on the second day of fishing talks in Bergen, where the coastal "
        "states are close to a deal on mackerel.\n"
        "\n"
        "Refresh for updates\n"
        "\n"
        "18:40\n"
        'Haugland: "We are one step away"\n'
        "\n"
        "Fisheries Minister Erik Haugland said the talks had moved further in one day "
        "than in a year.\n"
        "\n"
        '"We are one step away from a deal," Haugland told reporters on Thursday evening.'
        "\n"
        "\n"
        "15:10\n"
        "EU's Lindqvist: science must decide\n"
        "\n"
        "EU fisheries commissioner Anna Lindqvist welcomed the progress, saying any cut "
        "would have to follow the scientists' advice.\n"
        "\n"
        '"We will not sign a deal that empties the sea," Lindqvist told reporters in '
        "Bergen on Thursday.\n"
        "\n"
        "12:30\n"
        "Kremlin: envoy to wait for final text\n"
        "\n"
        "Icelandic envoy Sigrun Arnadottir said her country would not accept a smaller "
        "share than last year.\n"
        "\n"
        "11:25\n"
        "Recap: How the quarrel began\n"
        "\n"
        "The coastal states have argued over shares of the stock since 2009.\n"
        "\n"
        "Faroese minister Jonas Olsen said the fleet would stay in port until the talks "
        "were over.\n"
    )
    found = _found(text, THURSDAY)
    assert ("Anna Lindqvist", "We will not sign a deal that e") in found
    assert ("Sigrun Arnadottir", "her country would not accept a") in found
    assert ("Jonas Olsen", "the fleet would stay in port u") in found


def test_a_briefing_opening_under_its_start_time_keeps_its_label() -> None:
    # guard: a turn of sentences under the time the briefing began (and under a later
    # stamp) is a turn, not an entry's heading
    text = (
        "Department Press Briefing\n\n"
        "2:05 p.m. EDT\n\n"
        "MR HOLLAND: Good afternoon, everyone. The Secretary will host the foreign minister "
        "of Chile next week to discuss trade.\n\n"
        "QUESTION: Will the Secretary travel to the region?\n\n"
        "MR HOLLAND: He has no travel to announce, but we remain committed to the talks.\n\n"
        "4:30 p.m. EDT\n\n"
        "MR HOLLAND: Thank you all. See you tomorrow.\n"
    )
    labels = [ln.label.text for ln in read_lines(text) if ln.label is not None]
    assert labels == ["MR HOLLAND", "QUESTION", "MR HOLLAND", "MR HOLLAND"]
