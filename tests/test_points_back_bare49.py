"""A sentence of a story standing alone, then "This according to X." on a line of its own:
the pointer, its copula dropped as some newsrooms write it, gives the paragraph before to X.
A page written here in the manner of a South African news site."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PAGE = (
    "Pretoria will keep its embassy in Tehran open, Parliament hears\n\n"
    "South Africa will not close its embassy in Iran despite calls from opposition parties.\n\n"
    "This according to Deputy Minister of International Relations Thandi Mokoena.\n\n"
    "Answering questions in the National Assembly, she said dialogue remained the best way to "
    "resolve the dispute over the detained sailors.\n"
)


def test_bare_this_according_to_gives_the_paragraph_before():
    got = [
        (s.speaker, " ".join(s.text.split()[:5]))
        for s in extract(PAGE, published=datetime.date(2022, 8, 3))
    ]
    assert ("Thandi Mokoena", "South Africa will not close") in got


def test_that_is_according_to_still_points_back_within_a_paragraph():
    text = (
        "Ministers agreed to double the fund by next year. That is according to Foreign "
        "Minister Pieter Rensburg, who chaired the meeting.\n"
    )
    got = [(s.speaker, " ".join(s.text.split()[:3])) for s in extract(text, published=None)]
    assert ("Pieter Rensburg", "Ministers agreed to") in got


def test_this_as_the_subject_of_the_sources_own_sentence_is_no_pointer():
    text = (
        "Revenue falls short\n\n"
        "The Treasury has warned that the public service salary bill cannot be sustained.\n\n"
        "This according to Finance Minister Sipho Dlamini would mean cuts of R60 billion "
        "over four years.\n"
    )
    got = [(s.speaker, " ".join(s.text.split()[:3])) for s in extract(text, published=None)]
    assert ("Treasury", "the public service") in got
    assert ("Sipho Dlamini", "the public service") not in got
