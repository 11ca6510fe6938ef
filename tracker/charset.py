"""Which character encoding a page or file is in, found the way browsers find it.

The WHATWG Encoding standard's order: a byte order mark wins (UTF-8, UTF-16LE,
UTF-16BE); then the charset the server declares (Content-Type); then, for
HTML, a `<meta charset>` or `<meta http-equiv="Content-Type">` in the first
1024 bytes; then UTF-8, tracker's default (a browser would guess from the
locale; tracker refuses invalid UTF-8 instead of guessing). Labels are read
as browsers read them: "latin1", "iso-8859-1" and "ascii" mean windows-1252,
a page cannot declare UTF-16 in a meta tag, and only the standard's encodings
are accepted (never Python-only codecs such as "unicode_escape").
"""

from __future__ import annotations

import re

from tracker.errors import InvalidInput

# WHATWG encoding names -> Python codecs (the standard's list, its legacy single-byte and
# CJK encodings included), and the common labels that name each.
_CODECS = {
    "utf-8": "utf-8",
    "ibm866": "cp866",
    "iso-8859-2": "iso8859_2",
    "iso-8859-3": "iso8859_3",
    "iso-8859-4": "iso8859_4",
    "iso-8859-5": "iso8859_5",
    "iso-8859-6": "iso8859_6",
    "iso-8859-7": "iso8859_7",
    "iso-8859-8": "iso8859_8",
    "iso-8859-10": "iso8859_10",
    "iso-8859-13": "iso8859_13",
    "iso-8859-14": "iso8859_14",
    "iso-8859-15": "iso8859_15",
    "iso-8859-16": "iso8859_16",
    "koi8-r": "koi8_r",
    "koi8-u": "koi8_u",
    "macintosh": "mac_roman",
    "windows-874": "cp874",
    "windows-1250": "cp1250",
    "windows-1251": "cp1251",
    "windows-1252": "cp1252",
    "windows-1253": "cp1253",
    "windows-1254": "cp1254",
    "windows-1255": "cp1255",
    "windows-1256": "cp1256",
    "windows-1257": "cp1257",
    "windows-1258": "cp1258",
    "x-mac-cyrillic": "mac_cyrillic",
    "gbk": "gbk",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "euc-jp": "euc_jp",
    "iso-2022-jp": "iso2022_jp",
    "shift_jis": "shift_jis",
    "euc-kr": "cp949",
    "utf-16be": "utf-16-be",
    "utf-16le": "utf-16-le",
}
_LABELS = {
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    "unicode11utf8": "utf-8",
    "unicode20utf8": "utf-8",
    "x-unicode20utf8": "utf-8",
    "866": "ibm866",
    "cp866": "ibm866",
    "latin2": "iso-8859-2",
    "iso8859-2": "iso-8859-2",
    "iso_8859-2": "iso-8859-2",
    "cyrillic": "iso-8859-5",
    "iso8859-5": "iso-8859-5",
    "iso_8859-5": "iso-8859-5",
    "greek": "iso-8859-7",
    "hebrew": "iso-8859-8",
    "iso-8859-8-i": "iso-8859-8",
    "latin9": "iso-8859-15",
    "koi": "koi8-r",
    "koi8": "koi8-r",
    "koi8_r": "koi8-r",
    "koi8-ru": "koi8-u",
    "mac": "macintosh",
    "x-mac-roman": "macintosh",
    "x-mac-ukrainian": "x-mac-cyrillic",
    "tis-620": "windows-874",
    "iso-8859-11": "windows-874",
    "cp1250": "windows-1250",
    "x-cp1250": "windows-1250",
    "cp1251": "windows-1251",
    "x-cp1251": "windows-1251",
    "ascii": "windows-1252",
    "us-ascii": "windows-1252",
    "ansi_x3.4-1968": "windows-1252",
    "cp1252": "windows-1252",
    "x-cp1252": "windows-1252",
    "iso-8859-1": "windows-1252",
    "iso8859-1": "windows-1252",
    "iso_8859-1": "windows-1252",
    "latin1": "windows-1252",
    "l1": "windows-1252",
    "cp1253": "windows-1253",
    "cp1254": "windows-1254",
    "iso-8859-9": "windows-1254",
    "latin5": "windows-1254",
    "cp1255": "windows-1255",
    "cp1256": "windows-1256",
    "cp1257": "windows-1257",
    "cp1258": "windows-1258",
    "gb2312": "gbk",
    "chinese": "gbk",
    "x-gbk": "gbk",
    "big5-hkscs": "big5",
    "x-euc-jp": "euc-jp",
    "csiso2022jp": "iso-2022-jp",
    "shift-jis": "shift_jis",
    "sjis": "shift_jis",
    "x-sjis": "shift_jis",
    "ms_kanji": "shift_jis",
    "windows-31j": "shift_jis",
    "korean": "euc-kr",
    "ks_c_5601-1987": "euc-kr",
    "windows-949": "euc-kr",
    "utf-16": "utf-16le",
    "unicodefffe": "utf-16be",
    "unicode": "utf-16le",
    "ucs-2": "utf-16le",
}
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xfe\xff", "utf-16be"), (b"\xff\xfe", "utf-16le"))
_PRESCAN_BYTES = 1024
_META = re.compile(rb"<meta\b([^>]*)>", re.IGNORECASE)
_ATTRIBUTE = re.compile(rb"""([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>/]+))""", re.IGNORECASE)
_CHARSET_IN_CONTENT = re.compile(rb"""charset\s*=\s*["']?([^\s"';]+)""", re.IGNORECASE)


def encoding_for(label: str) -> str | None:
    """The WHATWG encoding a label names ("latin1" -> "windows-1252"); None if unknown."""
    key = label.strip().lower()
    key = _LABELS.get(key, key)
    return key if key in _CODECS else None


def byte_order_mark(data: bytes) -> str | None:
    """The encoding a byte order mark at the start announces, if there is one."""
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            return encoding
    return None


def meta_charset(data: bytes) -> str | None:
    """The encoding a page declares in a meta tag within its first 1024 bytes.

    UTF-16 declared there means UTF-8 (the bytes could not have been read as
    ASCII to find the tag otherwise), as the HTML standard's prescan says.
    """
    for match in _META.finditer(data[:_PRESCAN_BYTES]):
        attributes = {
            m.group(1).lower(): (m.group(2) or m.group(3) or m.group(4) or b"")
            for m in _ATTRIBUTE.finditer(match.group(1))
        }
        label = attributes.get(b"charset")
        if label is None and attributes.get(b"http-equiv", b"").lower() == b"content-type":
            found = _CHARSET_IN_CONTENT.search(attributes.get(b"content", b""))
            label = found.group(1) if found else None
        if label is None:
            continue
        encoding = encoding_for(label.decode("ascii", "replace"))
        if encoding is not None:
            return "utf-8" if encoding.startswith("utf-16") else encoding
    return None


def sniff(data: bytes, *, declared: str | None = None, html: bool = False) -> str:
    """The encoding to decode `data` with: BOM, then the declared charset, then (HTML) the
    meta prescan, then UTF-8. A declared charset no browser knows is refused."""
    found = byte_order_mark(data)
    if found:
        return found
    if declared:
        found = encoding_for(declared)
        if found is None:
            raise InvalidInput(f"unknown character set {declared!r}")
        return found
    if html:
        found = meta_charset(data)
        if found:
            return found
    return "utf-8"


def decode_as(data: bytes, encoding: str) -> str:
    """Bytes decoded in a WHATWG encoding; a UTF-8 byte order mark is kept (as Python's text
    mode keeps it, so offsets match), a UTF-16 one is not (it is not text)."""
    if encoding.startswith("utf-16") and byte_order_mark(data) == encoding:
        data = data[2:]
    return data.decode(_CODECS[encoding])
