"""The line breaks a one-line copy lost between an article's headline, byline, dateline and lead.

A feed's JSON field, a spreadsheet cell or a chat message gives an article on one line, its
parts joined by single spaces ("Iran welcomes Saudi visit plan TEHRAN, May 14 (Reuters) -
Iran on Wednesday ..."). The reading finds the headline, the dateline and the lead by their
lines; the space where one part ends and the next begins is read as the break it was (one
character for one: spans still index the text).
"""

from __future__ import annotations

import re

from tracker.countries import PLACE_WORDS
from tracker.extract.meta import DATED_FORM, DATELINE_CITIES
from tracker.extract.when import CRAWL_HEADER

_LONG = 300  # a first line longer than this holds more than a headline
_HEAD = 800  # how far into it a dateline may stand (below a standfirst and a byline)
_HEADLINE = 250  # how far into it a headline glued to its lead may end

# a place in capitals, or in title case when it is a known one and a wire's credit or a
# dash follows its day ("New Delhi, Sept. 21 (ANI):")
_CAPS_WORD = r"[A-Z][A-Z.'-]+"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:[ /-]{_CAPS_WORD}){{0,2}}"
_DASH = r"(?:--|[-\u2013\u2014])"
# where a dateline follows the part before it: "... win-win cooperation BEIJING, Oct. 8
# (Xinhua) --", "... Ryabkov says MOSCOW, February 27. /TASS/.", "... Glas QUITO - Ecuador",
# "... ties WASHINGTON (Reuters) -"; in Russian "... США МОСКВА, 3 марта. /ТАСС/.", "...
# США Москва. 19 июня. INTERFAX.RU -" (a wire's credit after the day)
_GLUED = re.compile(
    rf"(?<=\S) (?=(?P<form>{DATED_FORM}"
    rf"|(?P<credited>{_CAPS_PLACE})(?:, [A-Z][A-Za-z.]+(?: [A-Z][a-z]+)?)? \([^()\n]{{2,40}}\)"
    rf" ?(?:{_DASH}|:)"
    rf"|(?P<dashed>[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+)?),? {_DASH} (?=[A-Z\"\u201c])"
    r"|(?P<russian>[\u0410-\u042f\u0401][\u0410-\u044f\u0401\u0451-]+)[,.] \d{1,2}"
    r" [\u0430-\u044f\u0451]+\.? (?:/[^/\n]{2,20}/|\(|[A-Z]+\.RU\b)))"
)
_ONE_LINE_BODY = 2000  # a line longer than any paragraph: paragraphs joined
_ONE_LINE_TEXT = 600  # a whole text on one line this long is more than a sentence or two
# a space after a sentence's end (a word in lower case and its stop, or a closing quotation
# mark after the stop) before the next sentence's first letter or quotation mark
_SENTENCE_END = re.compile(
    r"(?:(?<=[a-z\u0430-\u044f\u0451]{2}[.!?])|(?<=[.!?][\u201d\u00bb\"])) "
    r"(?=[A-Z\u0410-\u042f\u0401\u201c\u00ab\"])"
)
# '"Nobody wins this war," Chambas said. "The only way out ...', '«...», — сказал Путин.
# «...»': a quotation's attribution
# set between two of its sentences, the paragraph going on with the same speaker's words
_QUOTE_GOES_ON = re.compile(
    r"(?:[,!?][\u201d\u00bb\"],?|[\u201d\u00bb\"],) (?:[\u2014\u2013-] )?"
    r"(?:[\w.'\u2019-]+ ){0,5}[\w\u2019]+\.\Z"
)
_OPENING, _CLOSING = "\u201c\u00ab", "\u201d\u00bb"
# a capitalised word after one with no stop, where a lead may open after its headline
# (the word before in lower case: "Foreign Minister Hakan Fidan" goes on with a name)
_WORD_OPENS = re.compile(
    r"\b[a-z\u0430-\u044f\u0451][^\W\d_]*( )(?=[A-Z\u0410-\u042f\u0401\u201c\u00ab\"])"
)
_STOP = re.compile(r"[.!?](?=\s|$)")
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_HEADLINE_WORDS = 3  # a headline says this much at least
_RESTATED = 0.6  # the share of its words a lead restates
# a day written out and an hour, either way round: "16 авг 2025, 14:10", "08:18, November
# 18, 2025", "2008-08-11 02:40", "19.06.2023 12:05"
_DAY = (
    r"(?:\d{1,2}(?:st|nd|rd|th)? [^\W\d_]{3,9}\.?,? \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{2}\.\d{4})"
)
_CLOCK = r"\d{1,2}:\d{2}"
_GLUED_STAMP = re.compile(rf"(?<=\S) (?:{_DAY},? (?:\| )?{_CLOCK}|{_CLOCK},? {_DAY})(?= )")
_CRAWL_DATE = re.compile(rf"\s*{CRAWL_HEADER}")
# a line's first words in capitals, a dateline's place ("NEW DELHI", "BUENOS AIRES")
_OPENS_ON_CAPITALS = re.compile(
    r"\s*[A-Z\u0410-\u042f\u0401.'-]+(?: [A-Z\u0410-\u042f\u0401.'-]+)?"
)
_PLACES = PLACE_WORDS | DATELINE_CITIES
_CREDITED = re.compile(rf"\(|/\.?$|(?:{_DASH}|:)$")
# "By Jane Doe" between a headline and the dateline: a byline of its own
_BYLINE = re.compile(r"(?<=\S) (?=By [A-Z][\w'-]+(?: [A-Z]\.)?(?: [A-Z][\w'-]+){1,2}$)")
# a sentence's first word where no sentence could go on: "EU calls on Israel to halt
# unilateral measures The European Union on Tuesday ..." (a word in lower case, then one of
# these capitalised and a word in lower case after it)
_LEAD_OPENS = re.compile(
    r"(?<=[a-z\d\u2019'%]) (?=(?:The|A|An|In|On|At|After|As|While|When|Speaking|Addressing)"
    r" [a-z\d])"
)


def relined(text: str) -> str:
    """``text`` with the breaks its first line lost read back: before a dateline glued to
    the headline, around a byline between them, before the lead glued to a headline that
    it restates, and after each sentence of a body given on one line."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    head, body = _head_breaks(text[start : min(end, start + _HEAD)])
    stamps = _stamp_breaks(text[start : min(end, start + _HEAD)])
    body = max(body, *stamps) if stamps else body
    breaks = [start + at for at in sorted({*head, *stamps})]
    breaks += _sentence_ends(text, start + body, end)
    if not breaks:
        return text
    out = list(text)
    for at in breaks:
        out[at] = "\n"
    return "".join(out)


def _head_breaks(head: str) -> tuple[list[int], int]:
    """Where the headline, the byline and the dateline end in a first line ``head``, and
    where the body starts (after the dateline: "Москва. 19 июня. INTERFAX.RU -" is no
    sentence's end)."""
    dateline = _dateline_at(head)
    at = dateline.start() if dateline else None
    if at is not None and _CRAWL_DATE.fullmatch(head[:at]):
        return [], dateline.end("form")  # a crawl's stamp (" date 2024-04-08 QUITO - ...")
    if at is not None:
        # the headline's end before a standfirst, and a byline, in what stands before it
        byline = _BYLINE.search(head, 0, at)
        standfirst = _LEAD_OPENS.search(head, 0, byline.start() if byline else at)
        if standfirst is not None and not _sentence_case(head[: standfirst.start()]):
            standfirst = None
        breaks = [m.start() for m in (standfirst, byline) if m is not None]
        return [*breaks, at], dateline.end("form")
    at = _restated_at(head)
    if at is not None:
        return [at], at
    lead = _LEAD_OPENS.search(head, 0, _HEADLINE)
    if len(head) <= _LONG or lead is None or not _sentence_case(head[: lead.start()]):
        return [], 0
    return [lead.start()], lead.start()


def _stamp_breaks(head: str) -> list[int]:
    """The spaces around a page's stamp of its day and hour glued between the headline and
    the lead ("... главные заявления 16 авг 2025, 14:10 Переговоры ...", "... Taiwan
    08:18, November 18, 2025 BEIJING ..."): on its own line it is the page's, not the day
    the lead's story happened."""
    out = []
    if len(head) <= _LONG:
        return out  # a line of chrome ("Политика | 30 декабря 2024 10:14 (UTC +04:00)")
    for m in _GLUED_STAMP.finditer(head):
        out.append(m.start())
        if head.startswith(" ", m.end()):
            out.append(m.end())
    return out


def _restated_at(head: str) -> int | None:
    """Where the lead starts that restates the headline glued to it ("Finland urges Russia
    to return seized embassy property Finland on Tuesday called on Russia to return the
    embassy buildings it seized ..."): a headline's words mostly come back in its lead's
    first sentence. Of the places a capitalised word follows one with no stop, the last
    before which most words of the headline so far come back after it."""
    found = None
    for m in _WORD_OPENS.finditer(head, 0, _HEADLINE):
        at = m.start(1)
        stop = _STOP.search(head, at)
        words = {w[:4] for w in _CONTENT_WORD.findall(head[:at].lower())}
        if stop is None or len(words) < _HEADLINE_WORDS or _STOP.search(head, 0, at):
            continue
        after = {w[:4] for w in _CONTENT_WORD.findall(head[at : stop.end()].lower())}
        if len(words & after) >= _RESTATED * len(words):
            found = at
    return found


def _sentence_ends(text: str, start: int, end: int) -> list[int]:
    """The spaces after the body's sentences, when the body is one line far longer than any
    paragraph: each sentence is read as a paragraph of its own (news paragraphs hold one or
    two), so that a day one sentence gives does not run on into the next paragraphs'. Not
    inside a quotation, which may run on over sentences."""
    whole = not text[end:].strip() and end - start > _ONE_LINE_TEXT
    if end - start < _ONE_LINE_BODY and not whole:
        return []
    out = []
    curly = straight = 0
    last = start
    for m in _SENTENCE_END.finditer(text, start, end):
        chunk = text[last : m.start()]
        curly += sum(chunk.count(c) for c in _OPENING) - sum(chunk.count(c) for c in _CLOSING)
        straight += chunk.count('"')
        last = m.start()
        if (
            curly <= 0
            and straight % 2 == 0
            and not (
                text[last + 1] in _OPENING + '"' and _QUOTE_GOES_ON.search(text, last - 80, last)
            )
        ):
            curly = 0
            out.append(m.start())
    return out


def _dateline_at(head: str) -> re.Match[str] | None:
    """The dateline glued to the words before it (the match starts at the space): one
    whose place is in capitals and carries a day or a wire's credit, or a known place with a
    day and a credit or a dash, or in capitals with a dash alone ("QUITO - ": not "had spent
    a decade in Sudan - "ten hard years" -")."""
    for m in _GLUED.finditer(head):
        if _STOP.search(head, m.end()) is None:
            continue  # no lead goes on after it ("... talks on Syria - MFA" is a headline)
        if _OPENS_ON_CAPITALS.fullmatch(head, 0, m.start()):
            continue  # the dateline opens the line ("NEW DELHI, June 3": its place's first word)
        if m["credited"] or m["russian"] or m["place"] and m["place"].isupper():
            return m
        place = m["place"] or m["dashed"]
        if place.lower() not in _PLACES:
            continue
        if m["dashed"] and place.isupper() or m["place"] and _CREDITED.search(m["form"]):
            return m
    return None


def _sentence_case(headline: str) -> bool:
    """Whether a headline is written as a sentence ("EU calls on Israel to halt ..."): in
    title case its words in capitals ("Iran Welcomes The Plan") would open nothing."""
    words = _WORD.findall(headline)
    lower = sum(w[0].islower() for w in words[1:])
    return len(words) >= 3 and lower * 2 >= len(words) - 1
