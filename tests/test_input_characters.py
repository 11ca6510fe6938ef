"""A pasted copy's characters and light markup give the statements the clean text gives.

Articles reach the tracker as a feed's or a CMS's plain text with the HTML entities of its
markup left in ("&ldquo;We will respond,&rdquo; he said"), as a browser's copy with no-break
spaces between words, as an e-mail with tab-indented paragraphs, as Markdown (a "# "
headline, **bold** quotations, [links](https://...), "> " quoted lines) and as a newsletter
with a bullet before each paragraph. Each copy below is made from one article, as a user's
copy of it would be, and must give its statements: speaker, date and first words. Entities
and link syntax change the text's length: the contract's spans must still index the text as
read.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker import reader
from tracker.article import Overrides
from tracker.extract import extract
from tracker.extract.pasted_marks import as_plain
from tracker.services.ingest import prepare

DAY = datetime.date(2024, 11, 7)

ARTICLE = "\n\n".join(
    [
        "Oslo offers to host new round of Sudan talks",
        (
            "OSLO, Nov. 7 (NTB) \u2014 Norway is ready to host a new round of talks between "
            "Sudan\u2019s warring parties before the end of the year, Foreign Minister "
            "Espen Barth Eide said on Thursday."
        ),
        (
            "\u201cWe have told both delegations that the door in Oslo is open, and that "
            "we will not set conditions for the first meeting,\u201d Eide told reporters "
            "after talks with the African Union\u2019s envoy."
        ),
        (
            "Sudan\u2019s Foreign Ministry spokesman Khalid Ali said in a statement that "
            "Khartoum welcomed \u201cevery sincere effort\u201d but would not sit with "
            "\u201cthose who shell our cities.\u201d"
        ),
        (
            "\u201cA ceasefire that nobody monitors is only a pause,\u201d said Mohamed "
            "Belaiche, the African Union\u2019s envoy for Sudan, who is to visit Port Sudan "
            "next week."
        ),
        (
            "Talks in Jeddah broke down in the spring over the terms of a humanitarian "
            "truce and have not resumed since, Belaiche said."
        ),
    ]
)

ENTITIES = {
    "\u201c": "&ldquo;",
    "\u201d": "&rdquo;",
    "\u2019": "&rsquo;",
    "\u2014": "&mdash;",
}


def _entities(text: str) -> str:
    """A feed's copy: the marks as named entities, the dash as a decimal one."""
    for char, entity in ENTITIES.items():
        text = text.replace(char, entity)
    return text.replace("&mdash;", "&#8212;")


def _hex_entities(text: str) -> str:
    return re.sub("[\u201c\u201d\u2019\u2014]", lambda m: f"&#x{ord(m.group()):X};", text)


def _nbsp(text: str) -> str:
    """A browser's copy: the spaces inside names and after short words are no-break ones."""
    return re.sub(r"\b(\w{1,5}) (?=\w)", "\\1\u00a0", text).replace("Nov. 7", "Nov.\u202f7")


def _tabs(text: str) -> str:
    return "\n".join("\t" + line if line else line for line in text.split("\n"))


def _markdown(text: str) -> str:
    """A Markdown copy: the headline a heading, the quotations bold, a name linked."""
    head, body = text.split("\n\n", 1)
    body = re.sub("(\u201c[^\u201d]+\u201d)", r"**\1**", body)
    body = body.replace(
        "Espen Barth Eide", "[Espen Barth Eide](https://www.regjeringen.no/en/dep/ud/)"
    )
    return f"# {head}\n\n{body}"


def _quoted(text: str) -> str:
    """An e-mail forwarding the article: every line quoted with "> "."""
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def _bullets(text: str, bullet: str = "\u2022 ") -> str:
    """A newsletter's copy: a bullet before each paragraph under the headline."""
    head, *body = text.split("\n\n")
    return "\n\n".join([head, *(bullet + p for p in body)])


def _starred(text: str) -> str:
    return _bullets(text, "* ")


COPIES = {
    "entities": _entities,
    "hex entities": _hex_entities,
    "no-break spaces": _nbsp,
    "tab indents": _tabs,
    "markdown": _markdown,
    "quoted e-mail": _quoted,
    "bullets": _bullets,
    "markdown list": _starred,
}


def _read(text: str, tmp_path: Path) -> list[tuple[str | None, str | None, str]]:
    """The statements of a text pasted into a file and read as the tracker reads it."""
    path = tmp_path / "pasted.txt"
    path.write_text(text, encoding="utf-8")
    document = reader.read(reader.Input(str(path), "file"))
    return [
        (s.speaker, s.said_on, " ".join(s.text.split()[:5]))
        for s in extract(document.text, published=DAY)
    ]


def test_the_clean_article_gives_its_four_speakers(tmp_path: Path) -> None:
    found = _read(ARTICLE, tmp_path)
    assert {speaker for speaker, _, _ in found} == {
        "Espen Barth Eide",
        "Khalid Ali",
        "Mohamed Belaiche",
    }
    assert all(said_on == "2024-11-07" for _, said_on, _ in found)


@pytest.mark.parametrize("copy", COPIES.values(), ids=COPIES.keys())
def test_a_pasted_copy_gives_the_statements_of_the_clean_text(copy, tmp_path: Path) -> None:
    assert _read(copy(ARTICLE), tmp_path) == _read(ARTICLE, tmp_path)


@pytest.mark.parametrize("copy", [_entities, _markdown], ids=["entities", "markdown"])
def test_spans_index_the_copy_as_read(copy, tmp_path: Path) -> None:
    """Where decoding shortened the text, the contract's spans are the copy's own offsets:
    a quotation's span opens on its entity's "&" and closes after its ";"."""
    pasted = copy(ARTICLE)
    path = tmp_path / "pasted.txt"
    path.write_text(pasted, encoding="utf-8")
    contract = prepare(reader.Input(str(path), "file"), overrides=Overrides(published=DAY))
    spans = [s["span"] for s in contract.contract()["statements"]]
    quoted = [pasted[start:end] for start, end in spans if "We have told" in pasted[start:end]]
    assert quoted, spans
    clean = reader.text_document(pasted).text
    for start, end in spans:
        words = pasted[start:end]
        assert reader.text_document(words).text.strip() in clean


def test_what_stays_as_written() -> None:
    """An ampersand that opens no entity, a name HTML does not know, a link's brackets
    without a web address, a lone "**" opening a digest's heading, an identifier's
    underscores and a dash before an interview's turn are the text's own."""
    text = (
        "AT&T and Procter & Gamble; &Co; [see below](page 2)\n\n"
        "**Security Council\n\nfile_name_here\n\n- Вопрос: Когда?"
    )
    assert reader.text_document(text).text == text
    assert as_plain(text) == text


# (a link's syntax is dropped from the words, but a span over them covers it: see above)
PIECES = st.lists(
    st.sampled_from(["a", "b", " ", "\n", "&ldquo;", "&#8217;", "&amp;", "&Co;", "\u200b"]),
    max_size=20,
).map("".join)


@given(PIECES, st.data())
def test_a_span_of_the_text_read_maps_back_to_the_characters_it_was_read_from(text, data):
    read = reader.text_document(text + ".")
    start = data.draw(st.integers(0, len(read.text)))
    end = data.draw(st.integers(start, len(read.text)))
    first, last = read.original_span((start, end))
    assert 0 <= first <= last <= len(text) + 1
    given_part = (text + ".")[first:last]
    assert (reader.text_document(given_part + ".").text[:-1]) == read.text[start:end]
