"""Live pages: a page of entries each stamped with the time of posting ("13.05 BST").

An entry opens on what happened since the last one, so "X has told state media that ..." in
an entry's first paragraph is news of the entry's day, not words from some time before the
page, as the perfect means in a story (and in the entry's later paragraphs, its background:
"Sanders has said he would be honoured to meet the pope"). A live page's entries stamped by
the time alone are the page's own day, or that of the date line above them on a page of
several days. An entry's heading often names the one it reports ("Sybiha: 'We will not
accept a frozen conflict'", "Lavrov rules out European troops") and its first paragraph
goes on by the post alone ("Ukraine's foreign minister said ..."): that post is the one the
heading names, as a story's headline names the one its lead describes.
"""

from __future__ import annotations

import bisect
import calendar
import datetime
import re
from collections.abc import Sequence
from functools import lru_cache

from tracker.extract.meta import date_lines, lone_date_lines
from tracker.extract.when import MONTHS, TIME_OF_POSTING, TIME_STAMP_LINE, When

# "has told", "same occasion as 'has confirmed'": a perfect of saying the date reading took
# for words before the page's day; not "has repeatedly said", "has long argued" (background)
_PLAIN_PERFECT = re.compile(
    r"(?:same occasion as ')?ha(?:s|ve) (?!(?:repeatedly|long|often|previously|already|"
    r"publicly|also)\b)[a-z]+'?"
)
_ENTRIES = 2  # fewer stamps than this: a time in an article, no live page
# "Earlier, X had posted ...": a sentence put before the entry's news, on the entry's day
_EARLIER_THAT_DAY = re.compile(r"(?:^|(?<=[.!?\"\u201d] ))Earlier,\s", re.M)


def entry_starts(text: str) -> list[int]:
    """Where each time-stamped entry of a live page starts; none when the page has fewer
    than two stamps."""
    return list(_entries(text))


# "14:52 Rutte: 'a quantum leap'", "13.58 – Sánchez defends Spanish exemption": the time an
# entry was posted and its heading on one line, as a copied live page often gives them (a
# heading: short, no sentence's stop at its end)
_STAMP_THEN_HEADING = re.compile(
    rf"^[ \t]*{TIME_OF_POSTING}[ \t]*(?:[-\u2013\u2014|:][ \t]*|[ \t])"
    r"(?P<heading>[^\s\d][^\n]{0,100}?(?<![.!?;,]))[ \t]*$",
    re.M,
)
_HEADING_WORDS = 14  # a longer line after a time is a paragraph, no heading
_HEADING_LEAST_WORDS = 2  # one word after a time is its zone ("09:15 МСК"), no heading


@lru_cache(maxsize=16)
def _entries(text: str) -> tuple[int, ...]:
    stamps = {m.start() for m in TIME_STAMP_LINE.finditer(text)}
    found = sorted(stamps.union(m.start() for m in _headed_stamps(text)))
    found = _no_player_times(text, found)
    return tuple(found) if len(found) >= _ENTRIES else ()


def _no_player_times(text: str, stamps: list[int]) -> list[int]:
    """``stamps`` less a media player's times: bare times on lines right under one another
    (no blank line between) in a run that holds a player's start, "0:00" or "00:00" ("01:00"
    over "00:00" over "00:41", "0:00" over "0:00"): the player's place and length, no entries
    (an entry holds words below its time). Not a live page's stamps left next to one another
    by entries whose bodies (an embedded post or video) the copy lost ("14:20", a blank line,
    "14:05"; "16:45" over "16:45" over an entry)."""
    idle: set[int] = set()
    run: list[int] = []
    for at, following in zip(stamps, [*stamps[1:], None], strict=False):
        run.append(at)
        line_end = text.find("\n", at)
        if (
            following is not None
            and line_end >= 0
            and "\n" not in text[line_end + 1 : following]
            and not text[line_end:following].strip()
            # (bare times, no day nor heading: not "Sat 18 Nov 2023 21.10 GMT" over "19:45
            # Guterres urges ...", a page's date line over an entry's headed stamp)
            and _BARE_TIME.match(text, at)
            and _BARE_TIME.match(text, following)
        ):
            continue
        if len(run) > 1 and any(_PLAYER_START.match(text, one) for one in run):
            idle.update(run)
        run = []
    return [at for at in stamps if at not in idle]


_BARE_TIME = re.compile(r"[ \t]*\d{1,2}[:.]\d\d[ \t]*(?:\n|$)")
_PLAYER_START = re.compile(r"[ \t]*0?0:00[ \t]*(?:\n|$)")


def _headed_stamps(text: str) -> list[re.Match[str]]:
    """The lines that give an entry's time and its heading together."""
    return [
        m
        for m in _STAMP_THEN_HEADING.finditer(text)
        if _HEADING_LEAST_WORDS <= len(m["heading"].split()) <= _HEADING_WORDS
    ]


def _heading_start(text: str, stamp: int) -> int | None:
    """Where the heading of the entry stamped at ``stamp`` starts: on the stamp's own line
    after the time, or on the next line that holds words; None when there is none."""
    line_end = text.find("\n", stamp)
    if line_end < 0:
        return None
    own = _STAMP_THEN_HEADING.match(text, stamp, line_end)
    if (
        own is not None
        and len(own["heading"].split()) >= _HEADING_LEAST_WORDS
        and TIME_STAMP_LINE.match(text, stamp, line_end) is None
    ):
        return own.start("heading")
    heading = _WORDS_AFTER.search(text, line_end)
    return heading.start() if heading else None


# "Sybiha: 'We will not ...'", "Lavrov rules out ...": an entry's heading opening on a name,
# before a colon or a verb of saying or of taking a stand in the present (not "Lavrov meets
# Fidan", whose entry may go on with either)
_HEADING_VERBS = (
    "says|warns|urges|calls|rules|rejects|vows|tells|denies|insists|accuses|slams|dismisses|"
    "welcomes|hails|condemns|praises|criticises|criticizes|demands|pledges|promises|"
    "threatens|signals|admits|claims|confirms|announces|suggests|blames|defends|stresses|"
    "argues|responds|replies|hits|pushes|appeals|questions|expects|doubts|backs|thanks|"
    "congratulates|proposes|offers|asks|seeks|reiterates|reaffirms|voices|predicts"
)
# the kind of page a headline's label tells ("Live: ...", "Explainer: ..."), no one's name
PAGE_RUBRIC = (
    r"(?:Live|Live updates|Updates?|Breaking|Breaking news|Watch|Exclusive|Analysis|Opinion|"
    r"Explainer|Factbox|Fact check|Timeline|Video|Photos|Editorial)[ \t]*:"
)
_HEADING_NAME = re.compile(
    rf"[ \t]*(?!{PAGE_RUBRIC})"
    r"(?P<name>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,2})"
    rf"(?::|[ \t]+(?:{_HEADING_VERBS})\b)"
)


def headline_name(text: str, pos: int) -> str | None:
    """The name the page's headline opens with, when ``pos`` stands in the first paragraph
    of prose below it, before any live entry; else None."""
    entries = _entries(text)
    if entries and pos >= entries[0]:
        return None
    heading = len(text) - len(text.lstrip())
    if pos >= _first_paragraph_end(text, heading):
        return None
    m = _HEADING_NAME.match(text, heading, max(heading, text.find("\n", heading)))
    return m["name"] if m else None


def heading_name(text: str, pos: int) -> str | None:
    """The name the heading of the live entry holding ``pos`` opens with, when ``pos``
    stands in the entry's first paragraph of prose below that heading; else None."""
    found = entry_heading(text, pos)
    if found is None or pos >= _first_paragraph_end(text, found[0]):
        return None
    return found[1]


def entry_heading(text: str, pos: int) -> tuple[int, str] | None:
    """Where the live entry holding ``pos`` starts and the name its heading opens with, when
    ``pos`` stands below that heading (in any of the entry's paragraphs); else None."""
    entries = _entries(text)
    entry = bisect.bisect_right(entries, pos) - 1
    if entry < 0:
        return None
    heading = _heading_start(text, entries[entry])
    heading_end = text.find("\n", heading) if heading is not None else -1
    if heading is None or heading_end < 0 or pos <= heading_end:
        return None
    m = _HEADING_NAME.match(text, heading, heading_end)
    return (entries[entry], m["name"]) if m else None


_WORDS_AFTER = re.compile(r"\S")  # the first character that is no space


def dated_in_entries(
    text: str, starts: Sequence[int], whens: list[When], published: datetime.date | None
) -> list[When]:
    """``whens`` with the perfect of an entry's opening report ("has told") read as the
    entry's day (its date line's, else the page's), and the words told as the same occasion
    after it, for statements at ``starts``."""
    entries = entry_starts(text)
    if not entries or published is None:
        return whens
    out = []
    news: set[int] = set()  # the entries whose opening report is the day's
    for start, when in zip(starts, whens, strict=True):
        entry = bisect.bisect_right(entries, start) - 1
        day = entry_day(text, entries[entry], published) if entry >= 0 else published
        # (the perfect reads up to the page's day; an earlier entry's stamp gives its own)
        perfect = when.edtf in (f"../{day.isoformat()}", f"../{published.isoformat()}")
        if entry >= 0 and perfect and _PLAIN_PERFECT.fullmatch(when.evidence or ""):
            opening = start < _first_paragraph_end(text, entries[entry])
            if opening or (entry in news and when.evidence.startswith("same occasion")):
                news.add(entry)
                when = When(day.isoformat(), f"live entry of its day: {when.evidence}")
        elif entry >= 0 and when.edtf == f"../{day.isoformat()}" and day < published:
            # "Earlier, X had posted ..." in an entry under a past day's heading: earlier
            # that day, which the heading closed
            paragraph = text.rfind("\n", 0, start) + 1
            if _EARLIER_THAT_DAY.search(text, paragraph, start):
                when = When(day.isoformat(), "live entry of its day: earlier that day")
        out.append(when)
    return out


def entry_day(text: str, stamp: int, published: datetime.date) -> datetime.date:
    """The day of the entry stamped at ``stamp``: the day its stamp gives, else the last
    date line above it, else the page's."""
    own = _stamped_day(text, stamp, published)
    if own is not None:
        return own
    headings = _day_headings_once(text, published)
    above = bisect.bisect_left(headings, stamp, key=lambda heading: heading[0])
    return headings[above - 1][1] if above else published


@lru_cache(maxsize=16)
def _day_headings_once(
    text: str, published: datetime.date
) -> tuple[tuple[int, datetime.date], ...]:
    """:func:`day_headings`, read once a page (each entry's day looks them up)."""
    return tuple(day_headings(text, published))


def day_headings(text: str, published: datetime.date | None) -> list[tuple[int, datetime.date]]:
    """Where each date line of a dated listing stands, and its day; on a live page, the
    entries whose stamps give their day ("18 Aug 2024 - 21:50 GMT"), and, where days are
    headed with no year ("Wednesday 10 July" above that day's entries), those headings in
    the page's year."""
    dated = list(date_lines(text))
    entries = entry_starts(text)
    if published is None or not entries:
        return dated
    stamped = [(at, _stamped_day(text, at, published)) for at in entries]
    dated += [(at, day) for at, day in stamped if day is not None]
    if not date_lines(text):
        # "January 15, 2025" on a line of its own below the first entry: the page's only
        # date heading, over the entries of the day before the latest ones (which stand
        # above it under the page's own day)
        dated += [(at, day) for at, day in lone_date_lines(text) if at > entries[0]]
        dated += _yearless_day_lines(text, published)
    return sorted(dated)


def _stamped_day(text: str, stamp: int, published: datetime.date) -> datetime.date | None:
    """The day an entry's stamp gives, if it gives one; a day with no year ("Posted at 20:31
    BST 15 August") is the last such day on or before the page's."""
    own = TIME_STAMP_LINE.match(text, stamp)
    if own is None:
        return None
    try:
        if own["nday"]:
            return datetime.date(int(own["nyear"]), int(own["nmonth"]), int(own["nday"]))
        if own["tday"]:
            return datetime.date(int(own["tyear"]), MONTHS[own["tmonth"].lower()], int(own["tday"]))
        if own["mday"]:
            return datetime.date(int(own["myear"]), MONTHS[own["mmonth"].lower()], int(own["mday"]))
        if own["aday"]:
            month, day = MONTHS[own["amonth"].lower()], int(own["aday"])
            if own["ayear"]:
                return datetime.date(int(own["ayear"]), month, day)
            return _on_or_before(month, day, published)
        if own["day"]:
            return datetime.date(int(own["year"]), MONTHS[own["month"].lower()], int(own["day"]))
    except ValueError:
        return None  # "31 Feb 2025": no day
    return None


# "Wednesday 10 July", "July 10": a live page's heading for the entries of one day, its year
# left to the page's own
# ("THURSDAY 13 JUNE", "Wed 12 Jun": in capitals or cut short, the month a name all the same;
# "Day 2 – Friday 21 February": a summit's or a conference's live page numbering its days)
_WEEKDAY_WORD = "|".join((*calendar.day_name, *calendar.day_abbr))
_DAY_LINE = re.compile(
    r"^[ \t]*(?:(?i:day)[ \t]+\d{1,2}[ \t]*[-\u2013\u2014:,][ \t]*)?"
    rf"(?:(?i:{_WEEKDAY_WORD})\.?,?[ \t]+)?(?:(?P<day>\d{{1,2}})[ \t]+"
    r"(?P<month>[A-Z][A-Za-z]{2,8})\.?"
    r"|(?P<month2>[A-Z][A-Za-z]{2,8})\.?[ \t]+(?P<day2>\d{1,2}))[ \t]*$",
    re.M,
)


def _yearless_day_lines(text: str, published: datetime.date) -> list[tuple[int, datetime.date]]:
    """Where each day heading with no year stands, and its day: the last on or before the
    page's."""
    found = []
    for m in _DAY_LINE.finditer(text):
        month = MONTHS.get((m["month"] or m["month2"]).lower())
        if month is None:
            continue
        day = _on_or_before(month, int(m["day"] or m["day2"]), published)
        if day is not None:
            found.append((m.start(), day))
    return found


def _on_or_before(month: int, day: int, published: datetime.date) -> datetime.date | None:
    """The day of ``month`` told with no year: in the page's year, or the year before when
    that day would come after the page; None when no such day exists."""
    for year in (published.year, published.year - 1):
        try:
            found = datetime.date(year, month, day)
        except ValueError:
            return None
        if found <= published:
            return found
    return None


# 'Sybiha: "We will not accept a frozen conflict"': an entry's heading, a name and the words
# it quotes, on a line of its own; no paragraph of prose, though it ends on a quote mark
_QUOTED_HEADING = re.compile(
    r"[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,2}:[ \t]*[\"\u201c'\u2018][^\n]{1,100}"
)


def _first_paragraph_end(text: str, stamp: int) -> int:
    """Where the first paragraph of prose below an entry's stamp (and its heading) ends."""
    at = text.find("\n", stamp)
    while 0 <= at < len(text):
        end = text.find("\n\n", at + 1)
        end = len(text) if end < 0 else end
        paragraph = text[at:end].strip()
        if (
            paragraph.endswith((".", '"', "\u201d"))
            and len(paragraph.split()) >= 6
            and not _QUOTED_HEADING.fullmatch(paragraph)
        ):
            return end
        at = end + 1 if end < len(text) else -1
    return len(text)
