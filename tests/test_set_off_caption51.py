"""A photo's caption over a story names a person set off by commas and tells a deed ("The
Foreign Minister, X, arrived in Ankara."): the pointer after it ("He said this at a press
conference.", "X made these remarks ...") takes no words from it. A name set off by commas
and then a verb of what is to come or is meant ("..., X, will visit Kyiv", "plans to",
"intends to") is words the pointer takes back. Sentences written here, in the manner of
agency photo captions and Russian-outlet English copy."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2024, 3, 7)  # a Thursday


def _said(tmp_path: Path, text: str) -> list[tuple[str | None, str]]:
    page = f"Headline of the story\n\n{text}"
    return [(s["speaker"], s["text"]) for s in ingested_statements(tmp_path, page, PUBLISHED)]


CAPTIONS = [
    "Germany's Minister of Finance, Karl Hoffmann, arrived at the summit venue in Brussels.\n\n"
    "Hoffmann made these remarks at a news conference after the talks.\n",
    "The Prime Minister of Portugal, Rui Tavares, greeted students at a school in Porto.\n\n"
    "He said this during a visit to the city on Tuesday.\n",
    "Chinese Vice Premier, Liu Wenhai, was at the opening of the trade fair in Shanghai.\n\n"
    "Liu said this in a speech at the fair.\n",
    "Polish President, Marek Zielinski, is pictured at the border crossing near Medyka.\n\n"
    "He said this to reporters on Wednesday.\n",
]


@pytest.mark.parametrize("text", CAPTIONS)
def test_a_captions_deed_is_no_words_the_pointer_takes(tmp_path, text):
    caption = text.split("\n")[0]
    assert all(caption[:30] not in t for _, t in _said(tmp_path, text))


INTENTS = [
    "Italy's Minister of Defence, Paolo Ferrante, plans to visit the front-line regions in "
    "April.\n\nThe minister said this in an interview with a radio station on Wednesday.\n",
    "The head of the agency, Rafael Ortega, intends to send inspectors to the plant next "
    "month.\n\nOrtega said this at a news conference in Vienna.\n",
]


@pytest.mark.parametrize("text", INTENTS)
def test_what_is_to_come_is_still_words(tmp_path, text):
    said = _said(tmp_path, text)
    assert len(said) == 1
    assert said[0][1].startswith(text.split(",")[0])
