"""Untrusted text coming in: what clean() removes and keeps, and spans back to the text as read.

Also the encodings read as browsers read them (tracker.charset) and the URL
rule shared by recording and every output (only http(s), percent-encoded).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.charset import decode_as, encoding_for, meta_charset, sniff
from tracker.errors import InvalidInput
from tracker.text import clean, clean_line, clean_tracked, is_web_url, web_url

INVISIBLE = [
    "\x00",  # NUL: PostgreSQL refuses it, SQLite keeps it
    "\x1b",  # ESC: terminal control sequences
    "\x07",  # BEL
    "\x9b",  # C1 CSI
    "\u200b",  # zero-width space
    "\u2060",  # word joiner
    "\ufeff",  # byte order mark / zero-width no-break space
    "\u00ad",  # soft hyphen
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\u200f",  # right-to-left mark
    "\U000e0041",  # a tag character (invisible ASCII)
]


@pytest.mark.parametrize("char", INVISIBLE, ids=[f"U+{ord(c):04X}" for c in INVISIBLE])
def test_invisible_and_control_characters_are_removed_from_inside_a_name(char):
    assert clean(f"Sergey Rya{char}bkov") == "Sergey Ryabkov"


def test_tab_and_line_feed_stay_and_other_breaks_become_line_feeds():
    assert clean("one\ttwo\nthree") == "one\ttwo\nthree"
    assert clean("a\rb\x0bc\x0cd\u2028e\u2029f\x85g") == "a\nb\nc\nd\ne\nf\ng"


def test_joiners_stay_where_a_script_needs_them_and_go_inside_latin_names():
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # mi-khaaham, with ZWNJ
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # an emoji ZWJ sequence
    assert clean(persian) == persian
    assert clean(family) == family
    assert clean("Zakha\u200drova") == "Zakharova"
    assert clean("Лав\u200cров") == "Лавров"


def test_a_name_is_one_line():
    assert clean_line("  Maria\n\u200bZakharova\t ") == "Maria Zakharova"


def test_escape_sequences_lose_their_escape():
    assert clean("\x1b]0;owned\x07Lavrov\x1b[2J") == "]0;ownedLavrov[2J"


TEXT = st.text(
    alphabet=st.sampled_from(["a", "b", " ", "\n", "\r", *INVISIBLE, "\u200d", "\u0645"]),
    max_size=60,
)


@given(TEXT, st.data())
def test_a_span_of_cleaned_text_maps_back_to_the_same_characters(text, data):
    cleaned = clean_tracked(text)
    start = data.draw(st.integers(0, len(cleaned.text)))
    end = data.draw(st.integers(start, len(cleaned.text)))
    first, last = cleaned.original_span((start, end))
    assert clean(text[first:last]) == cleaned.text[start:end]
    assert 0 <= first <= last <= len(text)


def test_the_byte_order_mark_is_removed_and_offsets_count_it():
    cleaned = clean_tracked("\ufeffMOSCOW, December 17")
    assert cleaned.text == "MOSCOW, December 17"
    assert cleaned.original_span((0, 6)) == (1, 7)


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("https://tass.com/politics/1", "https://tass.com/politics/1"),
        ("HTTP://Example.org/a b", "HTTP://Example.org/a%20b"),
        ("https://example.org/x\r\nATTACH:evil", None),
        ("https://example.org/\x1b[2J", None),
        ("https://exa mple.org/", None),
        ('https://example.org/"><script>', "https://example.org/%22%3E%3Cscript%3E"),
        (
            "https://example.org/новости",
            "https://example.org/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8",
        ),
        ("javascript:alert(document.domain)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("java\nscript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("file:///etc/passwd", None),
        ("//example.org/no-scheme", None),
        ("https:no-host", None),
    ],
)
def test_only_http_urls_are_links_and_they_are_one_printable_line(url, link):
    assert web_url(url) == link
    assert is_web_url(url) is (link is not None)


@pytest.mark.parametrize(
    ("label", "encoding"),
    [
        ("UTF-8", "utf-8"),
        ("latin1", "windows-1252"),
        ("ISO-8859-1", "windows-1252"),
        ("us-ascii", "windows-1252"),
        ("cp1251", "windows-1251"),
        ("koi8-r", "koi8-r"),
        ("gb2312", "gbk"),
        ("unicode_escape", None),  # a Python codec, not a web encoding
        ("base64", None),
    ],
)
def test_charset_labels_are_read_as_browsers_read_them(label, encoding):
    assert encoding_for(label) == encoding


def test_a_meta_charset_is_found_in_the_first_kilobyte_only():
    page = b'<html><head><meta charset="windows-1251"><title>x</title>'
    assert meta_charset(page) == "windows-1251"
    equiv = b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
    assert meta_charset(equiv) == "koi8-r"
    assert meta_charset(b"<meta charset=utf-16>") == "utf-8"
    assert meta_charset(b" " * 1024 + b'<meta charset="windows-1251">') is None


def test_a_byte_order_mark_wins_over_every_declaration():
    data = "\ufeffПривет".encode("utf-16-le")
    assert sniff(data, declared="windows-1251", html=True) == "utf-16le"
    assert decode_as(data, "utf-16le") == "Привет"


def test_an_unknown_declared_charset_is_refused():
    with pytest.raises(InvalidInput, match="unknown character set 'x-klingon'"):
        sniff(b"text", declared="x-klingon")
