"""What a transcript's header says: who takes part, who asks, on which day.

Transcript pages open with site chrome, then a title ("Regular Briefing by Spokesperson X",
"Transcript of Minister Y's Interview with CNN's Z, 20 September 2023"), a date line or
field, and sometimes a paragraph about the occasion ("hosted by Z"). The people named there
are the ones a turn label such as "Ambassador:", "MR PRICE:" or "A." stands for; the date
there is the day the words were said, which may precede the day the page was posted.

The people the header names are read by :mod:`.transcript_people`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass

from tracker.extract.lexicon import CAPITALS
from tracker.extract.text_below import SUMMARY
from tracker.extract.when import MONTH_NAMES, MONTHS, WEEKDAY_NAMES


def word_set(text: str) -> frozenset[str]:
    """A word list written as one space-separated string, to stay compact."""
    return frozenset(text.split())


# Words naming the occasion a transcript records; in a title they separate names
# ("Ambassador Liu Gives Live Interview on ...").
OCCASION = re.compile(
    r"\b(?:briefings?|press conferences?|news conferences?|press availability|interviews?|"
    r"transcripts?|remarks|talks|meetings?|conversations?|q&a|press encounter|"
    r"doorst[eo]ps?|media availability|joint statements?|met with|meets with|"
    # the French ministry's "Statements to the press by M. X (Caen, May 12, 2025)"
    r"(?:statements?|declarations?|remarks) to the (?:press|media)"
    # "X briefed reporters in Y on Tuesday. Excerpts:": the briefing, told by its verb
    r"|briefed (?:reporters|journalists|the (?:press|media)))\b",
    re.I,
)
# Occasions where one person holds the floor between questions.
BRIEFING = re.compile(
    r"\b(?:briefing|press conference|news conference|press availability|remarks|"
    r"press encounter|media availability|doorst[eo]p)\b",
    re.I,
)
# "This is a provisional translation by an external company": a note on the page, no words of
# whoever speaks below it
EDITORS_NOTE = re.compile(
    r"\b(?:provisional|unofficial|informal|courtesy|machine) translation\b|"
    r"\btranslat(?:ed|ion) (?:by|from)\b",
    re.I,
)
TRANSCRIPT_NOTE = re.compile(
    r"\b(?:transcripts?|verbatim|full text (?:of|is)|(?:is|are) as follows|the following is|"
    # "Following is the text of the interview:", "Below is the text of the interview:": an
    # outlet's line above the exchange
    r"(?:following|below) is the (?:full |complete |edited )?text\b|"
    r"check against delivery)\b",
    re.I,
)
# "The overview of Minister X's opening remarks is as follows.": a meeting record's line over
# the gist of what one side said, in the record's words; its "as follows" announces no
# transcript (the words below are no turns; see text_below.py)
_GIST_LINE = re.compile(r"[ \t]*" + SUMMARY + r"[^\n]{0,200}?\s(?:is|are)\s+as\s+follows\b")


_GIST_CHARS = 300  # how far back the sentence of an "as follows" is read
_STOP = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+")


def transcript_note(text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """The first words between ``start`` and ``end`` announcing a transcript (see
    TRANSCRIPT_NOTE), past the "as follows" of a line giving a gist below it."""
    end = len(text) if end is None else end
    for m in TRANSCRIPT_NOTE.finditer(text, start, end):
        if m.group().lower().endswith("follows"):
            # (the sentence it ends: from its line's start or the stop before it)
            at = max(text.rfind("\n", 0, m.start()) + 1, m.start() - _GIST_CHARS)
            stops = list(_STOP.finditer(text, at, m.start()))
            if _GIST_LINE.match(text, stops[-1].end() if stops else at) is not None:
                continue
        return m
    return None


# "WEDNESDAY, 6 MARCH 2024": headers are often set in capitals
_MONTH = rf"(?P<month>{MONTH_NAMES}|{MONTH_NAMES.upper()})\.?"
# "14 May 201713:21": a site that runs the time of posting into the year
_YEAR_END = r"(?:\b|(?=[0-2]?\d:[0-5]\d\b))"
_DATES = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(
        rf"\b{_MONTH} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,? (?P<year>(?:19|20)\d\d))?{_YEAR_END}"
    ),
    # "Moscow, December, 23, 2016": a comma after the month as well, the year written
    re.compile(rf"\b{_MONTH}, (?P<day>\d{{1,2}}), (?P<year>(?:19|20)\d\d)\b"),
    re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?: of)? {_MONTH}"
        rf"(?:,? ?(?P<year>(?:19|20)\d\d){_YEAR_END}|\b)"
    ),
    # "2024.03.05", "2024/03/05", "2024年3月5日": year first, then month and day, as East
    # Asian ministries date their pages
    re.compile(
        r"(?<![\d./])(?P<year>(?:19|20)\d\d)([./])(?P<mon>[01]?\d)\2(?P<day>[0-3]?\d)(?![\d./])"
    ),
    re.compile(
        r"(?P<year>(?:19|20)\d\d)\s*\u5e74\s*(?P<mon>[01]?\d)\s*\u6708\s*(?P<day>[0-3]?\d)\s*\u65e5"
    ),
    # "03.03.2024": day first, the way European ministries date their pages
    re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<mon>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b"),
    # "Date : 2018-04-27 15:35:02": a site's stamp, year first
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b"),
    # "10/11/2022 07:54 PM EDT": a stamp in an American time zone writes the month first
    re.compile(
        r"(?<![\d/])(?P<mon>0?[1-9]|1[0-2])/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)"
        r"(?=,?\s+[0-2]?\d:[0-5]\d\s*[AaPp]\.?[Mm]\.?\s+(?:E|C|M|P|AK|H)[DS]?T\b)"
    ),
    # "1/17/17", "17/1/2017": with slashes the order is the site's custom, so a day is read
    # only where a number past 12 shows which one is the day
    re.compile(
        r"(?<![\d/])(?P<mon>0?[1-9]|1[0-2])/(?P<day>1[3-9]|2\d|3[01])/"
        r"(?P<year>(?:19|20)?\d\d)(?![\d/])"
    ),
    re.compile(
        r"(?<![\d/])(?P<day>1[3-9]|2\d|3[01])/(?P<mon>0?[1-9]|1[0-2])/"
        r"(?P<year>(?:19|20)?\d\d)(?![\d/])"
    ),
]
# a greeting or thanks, the words that open or close a turn and hold no position (built on
# by transcript_paragraphs' procedural words, transcript's _PLEASANTRY, which is
# case-sensitive, and transcript_labels' greeting of the room: the capitals are written both
# ways)
GREETING = r"[Gg]ood\s+(?:morning|afternoon|evening)|[Hh]ello|[Tt]hank\s+you|[Tt]hanks"
# "Place: MOFA Press Conference Room", "Main topics:": a field of the page's header, whatever
# its value, never a speaker
PAGE_FIELD = re.compile(
    r"(?:Date|Dated|Time|Place|Venue|Location|Main [Tt]opics|Topics?|Subjects?|Duration|"
    r"Main Page|Full Debate|"
    # gov.uk's "From:" field, the department and minister the page comes from
    r"From|"
    # a news page's furniture: "Key Words: China's voice; Foreign Ministry; Hong Lei;"
    # (People's Daily), "Editor: huaxia" (Xinhua), "Tags:", "Source:"
    r"Key ?[Ww]ords|Tags|(?:Web )?Editors?|Source|"
    # "Share: Facebook | Twitter | WhatsApp": the page's bar of links to share it;
    # "Related Articles:", "Read more:": its links to other pages
    r"Share(?: this(?: article| story| page)?)?|"
    r"Related(?: [Aa]rticles| [Ss]tories| [Nn]ews| [Cc]ontent| [Cc]overage)?|"
    r"Read (?:[Mm]ore|[Aa]lso)|See [Aa]lso|"
    # bylines and credits, also in the languages of the sites that carry English copy
    # ("Autor: Tanjug", "Izvor: TANJUG", "Foto: Tanjug/video")
    r"Authors?|Photos?|Image|Credits?|Autor|Izvor|Foto|Quelle|Fuente|"
    # a government page's kind of document: "PRESS RELEASE : UK statement at the UN ..."
    r"(?:PRESS|NEWS|MEDIA) RELEASE|(?:Press|News|Media) [Rr]elease)"
    r"[ \t]*:"
)
# "Subjects: ASEAN Australia Summit; Gaza humanitarian crisis": what was talked about, not where
_TOPICS = re.compile(r"\s*(?:Main [Tt]opics|Topics?|Subjects?)[ \t]*:")
_DATE_FIELD = re.compile(
    # GOV.UK's "Delivered on: 10 April 2025 (Transcript of the speech ...)" under its
    # "Published 24 April 2025": the speech's own day, however long before the posting
    r"^[\s\u2022\u00b7*-]*(?:Date|Dated|Held on|Delivered on|Recorded on|Date of (?:the )?\w+)"
    r"\s*:",
    re.I,
)
# "This conversation took place on 12 March", "The interview was conducted on 3 May": the
# header says outright which day its occasion was, as a field does, whenever it was posted
# (the page's own occasion only: "the second round of talks took place on 2 June" is another);
# how or where it was held may stand before the day ("conducted by phone on", "via video link
# on", "in Geneva on")
_OCCASION_WAS_ON = re.compile(
    r"\b(?i:interview|conversation|discussion|briefing|conference|speech|address|remarks)"
    # (past a semicolon too: "... published on 13 June; it was recorded on 9 June")
    r"\b[^.]{0,60}?\b(?:took place|(?:was|were) (?:held|conducted|recorded|taped|filmed|"
    r"delivered|given))(?: (?:by|via|over|in) [\w'\u2019-]+(?: [\w'\u2019-]+){0,2})?"
    rf" on (?:(?:{WEEKDAY_NAMES}),? )?(?:the )?$"
)
# A line holding nothing but a date, a weekday, a time or a place around it
_DATE_ONLY = re.compile(
    r"^[\s(\u2022\u00b7]*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*)?"
    r"[\w .,:/()-]{0,40}$"
)


@dataclass(frozen=True)
class Header:
    """What the header says: that the text is a transcript, the day, the capital it names."""

    transcript: bool
    day: datetime.date | None
    month_day: tuple[int, int] | None
    date_evidence: str | None
    place: str | None
    # every full day the header gives, the likeliest first: the choice when ``day`` falls
    # after the page's publication (a site's "today" above the page's own date line)
    days: tuple[tuple[datetime.date, str], ...] = ()
    told: str | None = None  # "on Wednesday", "yesterday": a day told against the page's


def lowered(word: str) -> str:
    return word.lower().replace("\u2019", "'")


def _date_in(line: str) -> tuple[datetime.date | None, tuple[int, int] | None, str] | None:
    for pattern in _DATES:
        for m in pattern.finditer(line):
            g = m.groupdict()
            month = int(g["mon"]) if g.get("mon") else MONTHS.get(g["month"].rstrip(".").lower())
            if not month:
                continue
            day = int(g["day"])
            try:
                if g.get("year"):
                    year = _full_year(int(g["year"]))  # "1/17/17"
                    return datetime.date(year, month, day), None, m.group()
                datetime.date(2000, month, day)
            except ValueError:
                continue
            return None, (month, day), m.group()
    return None


# nothing but a weekday before the date that opens a line
_DATE_FIRST = re.compile(
    r"^[\s(]*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*)?$"
)
# "Volume 745: debated on Tuesday 5 March 2024": a record's own day;
# "Foreign Office questions - 5 March 2024": a sitting's questions and its day
# "Foreign Minister X spoke to rua.gr about ...": an interview announced in a sentence
SPOKE_TO = re.compile(
    # ("speaks", "talks" after a name or a pronoun: "peace talks with Tehran" are a noun)
    # ("spoke exclusively to X": an adverb between)
    r"(?:\bspoke|\btalked|(?:\b[A-Z][\w.'\u2019-]*|\b(?:he|she|He|She))\s+(?:speaks|talks))"
    r"(?: [a-z]+ly)? (?:to|with) (?!reporters|journalists)|\b(?:sat down|caught up) with\b"
    r"|\banswered (?:the )?questions (?:from|of|put by) (?:the )?[A-Z]"
    # "He answered our questions in Tallinn": the outlet's own sit-down, in its first person
    r"|\b(?:answered|took) (?:our|my) questions\b"
    # "X met a group of Slovak journalists in Brussels": a sit-down, their questions below
    r"|\bmet (?:with )?(?:a group of |several |some )(?:[A-Z][\w-]* )?(?:journalists|reporters|"
    r"editors)\b"
)
HELD_ON = re.compile(
    # ("Delivered in New York on 11 June": the place may come before the day)
    r"\b(?:debated|delivered|held|recorded)(?:\s+(?:in|at)\s+(?-i:[A-Z][\w.'\u2019-]*)"
    r"(?:\s+(?-i:[A-Z][\w.'\u2019-]*)){0,3},?)?\s+on\b|\bquestions\s+[-\u2013\u2014]\s+(?=\d)",
    re.I,
)


def header_date(
    lines: list[str],
) -> tuple[datetime.date | None, tuple[int, int] | None, str | None]:
    """The day of the occasion, a month and day when no year is written.

    A "Date:" field says it outright. A title naming the occasion gives its day; a line
    holding only a date gives the day the page was posted, which is the occasion's unless
    the title's day falls within the week before it (an interview posted the next day).
    """
    field, title, line_date = _header_dates(lines)
    if field is not None:
        return field
    if line_date is not None and line_date[0] is not None:
        # "Tuesday, October 9, 2018" (a blog's post) above "NPR - October 3, 2018": of two
        # lines of a date, one in the week before the other is the occasion's
        posted = line_date[0]
        earlier = [
            d
            for kind, d in _dated_lines(lines)
            if kind == 2 and d[0] is not None and 0 < (posted - d[0]).days <= _REPOSTED_DAYS
        ]
        line_date = min(earlier, key=lambda d: d[0]) if earlier else line_date
    if title and line_date and title[0] is None and title[1] and line_date[0]:
        # "On 30 November, Ambassador X gave an interview to Sky News" under a page posted
        # "2023-12-01": the occasion's month and day, in the year of the posting before it
        resolved = _day_before(title[1], line_date[0])
        if resolved is not None and (line_date[0] - resolved).days <= _REPOSTED_DAYS:
            return resolved, None, title[2]
    if line_date and line_date[0] and title is None:
        # "X holds news briefing on 7/05/22" on a page of "Jul 6, 2022": a slashed day both
        # ways, read the way that falls in the week before the page's own day
        slashed = _slashed_before(lines, line_date[0])
        if slashed is not None:
            return slashed
        # "X held a press conference yesterday", "... on Thursday": the occasion's day told
        # against the page's own
        told = _told_day(lines, line_date[0])
        if told is not None:
            return told
    if title and line_date and title[0] and line_date[0]:
        gap = (line_date[0] - title[0]).days
        if 0 <= gap <= _REPOSTED_DAYS or (
            0 < gap <= _POSTED_LATE_DAYS and _closes_a_title(lines, title[2])
        ):
            return title
        return line_date
    full = [f for f in (title, line_date) if f is not None and f[0] is not None]
    partial = [f for f in (title, line_date) if f is not None]
    best = full[0] if full else partial[0] if partial else None
    return best if best is not None else (None, None, None)


def _full_year(year: int) -> int:
    """A year written with two digits, in the century it most likely means ("17" 2017, "98"
    1998)."""
    if year >= 100:
        return year
    return year + (2000 if year < 70 else 1900)


_Found = tuple[datetime.date | None, tuple[int, int] | None, str]
_REPOSTED_DAYS = 7  # a page posted within a week of the occasion it records
# a transcript whose title dates its occasion may be posted weeks later (an interview a
# ministry posts after the paper ran it); a date a year back is an anniversary's
_POSTED_LATE_DAYS = 60


def _closes_a_title(lines: list[str], date: str) -> bool:
    """Whether ``date`` ends a title naming the occasion, set off as its dateline ("...
    news conference following talks with X, Brno, May 14, 2025", "Interview to Y (3 June
    2025)"): the occasion's own day, though the page was posted weeks later."""
    closing = re.compile(rf"[,(\u2013\u2014-]\s*{re.escape(date)}[\s).]*$")
    return any(OCCASION.search(line) and closing.search(line) for line in lines)


_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)?\d\d)(?![\d/])")


def _slashed_before(lines: list[str], posted: datetime.date) -> _Found | None:
    """The day an occasion's title writes with slashes that read either way ("7/05/22"),
    when one reading only falls within the week before the page's day."""
    for line in lines:
        if not OCCASION.search(line):
            continue
        for m in _SLASHED.finditer(line):
            a, b, year = int(m[1]), int(m[2]), _full_year(int(m[3]))
            days = set()
            for month, day in ((a, b), (b, a)):
                try:
                    found = datetime.date(year, month, day)
                except ValueError:
                    continue
                if 0 <= (posted - found).days <= _REPOSTED_DAYS:
                    days.add(found)
            if len(days) == 1:
                return days.pop(), None, m.group()
    return None


def _day_before(month_day: tuple[int, int], posted: datetime.date) -> datetime.date | None:
    """The last day of that month and day on or before ``posted``."""
    month, day = month_day
    for year in (posted.year, posted.year - 1):
        try:
            found = datetime.date(year, month, day)
        except ValueError:
            continue
        if found <= posted:
            return found
    return None


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_HELD_VERB = re.compile(
    r"\b(?:held|gave|answered|delivered|spoke|talked|sat|met|hosted|addressed|received|"
    r"attended|took|recorded|conducted|taped|filmed|"
    # "X was interviewed on Sunday by TVN24": the interview's day
    r"interviewed|briefed)\b"
)
# "X delivered a keynote speech at the forum on Tuesday. The following is the full text",
# "X addressed the General Assembly on Wednesday. Excerpts:": a speech over its text, told by
# the verb of giving it
_SPEECH_GIVEN = re.compile(
    r"\b(?:delivered|gave|made)\s+(?:a|an|his|her|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:speech|address|lecture)\b|\baddressed\s+(?:the|a|an)\s+(?-i:[A-Z])"
)
_AHEAD = re.compile(r"\b(?:ahead of|before|next|upcoming|will|to be held)\b", re.I)
# "in an interview taped Friday": news copy drops the "on" after the verb of recording
_TOLD_DAY = re.compile(
    r"\b(?:(?P<yesterday>yesterday)|(?:on|(?:taped|recorded|filmed|conducted|aired|broadcast)"
    r"(?: on)?) (?P<weekday>" + "|".join(_WEEKDAYS) + r"))\b"
)


def _told_day(lines: list[str], posted: datetime.date) -> _Found | None:
    """The day a header line naming the occasion tells against the page's posting day:
    "yesterday", "on Thursday" (the last such day on or before it)."""
    told = told_words(lines)
    return (told_back(told, posted), None, told) if told is not None else None


# the turns are an interview ("Speaking to Morning Report, X said"), so a line naming only
# talks or a meeting tells the day of what the interview is about, not of its answers
# ("spoke with", "talked to", "speaking with": the same sit-down in other words;
_INTERVIEW = re.compile(
    # "spoke exclusively to": an adverb between; "caught up with X": the same sit-down)
    r"\b(?:interview|(?:[Ss]peaking|spoke|talk(?:ing|ed))(?: [a-z]+ly)? (?:to|with) [A-Z]|"
    r"sat down with [A-Z]|caught up with [A-Z]|"
    # "X tells Arab News at COP28": a headline's present tense, the interview below it
    r"\btells (?:the )?[A-Z]|"
    r"answered (?:the )?questions (?:from|of|put by) (?:the )?[A-Z])"
)
_INTERVIEWED = re.compile(r"\binterviewed\b")
# "X told Arab News on Tuesday", "she told the BBC yesterday": over an interview's questions,
# the outlet told, on the day of the sit-down
_TOLD_OUTLET = re.compile(
    r"\btold (?:the )?[A-Z][\w&.'\u2019-]*(?: [A-Z][\w&.'\u2019-]*){0,2}"
    r" (?:on|yesterday|in an interview)\b"
)
_OTHERS_TALKS_ONLY = re.compile(r"(?:(?:talks|meetings?|met with|meets with) ?)+")


def told_words(lines: list[str]) -> str | None:
    """ "yesterday", "on Thursday": the words of a header line naming the occasion that
    tell its day against the page's own."""
    interview = any(_INTERVIEW.search(line) for line in lines)
    # (by the stem of its last word: "briefed reporters on Tuesday" tells the briefing, "a
    # news conference" the press conference)
    named = next(
        (
            re.sub(r"(?:ing|s)$", "", m["noun"].lower().split()[-1])
            for line in lines
            if (m := _EXCERPTS_FROM.match(line))
        ),
        None,
    )
    for line in lines:
        if not (
            OCCASION.search(line)
            or HELD_ON.search(line)
            or SPOKE_TO.search(line)
            # "NHK World interviewed X on Thursday": the interview told by its verb
            or _INTERVIEWED.search(line)
            or (interview and _TOLD_OUTLET.search(line))
            or _SPEECH_GIVEN.search(line)
        ):
            continue
        # "The pair held talks on Monday" above a radio interview: the talks' day, unless the
        # day's own sentence tells the interview ("sat down with X on Sunday to discuss the
        # meeting")
        others_talks_only = interview and _OTHERS_TALKS_ONLY.fullmatch(
            " ".join(m.group().lower() for m in OCCASION.finditer(line))
        )
        found = list(_TOLD_DAY.finditer(line))
        # "The committee met on Wednesday. Speaking to UN News on Thursday, X said": of an
        # interview, the day of the sentence that tells it, not of the event it is about
        m = next(
            (f for f in found if interview and _tells_interview(_own_sentence(line, f))),
            None if others_talks_only or not found else found[0],
        )
        if m is None:
            continue
        # (in the day's own sentence: "... will not agree. He spoke to X on Tuesday")
        own = max(line.rfind(". ", 0, m.start()) + 1, 0)
        held = _HELD_VERB.search(line, own) or _fronted_occasion(line[own : m.start()])
        # ("Ahead of the summit on 9 July, X talked to Y on Wednesday": the weekday the
        # sit-down's own verb, before it in the sentence, is told on)
        sat = interview and _tells_interview(line[own : m.end()])
        if m["weekday"] and not sat and (not held or _AHEAD.search(line, own, m.start())):
            continue  # "Ahead of a meeting on Friday, X answered questions": a day to come
        if named is not None and not _names_occasion(_own_sentence(line, m), named):
            # "X had visited Kathmandu on Tuesday" over "Excerpts from the briefing:": a
            # day of a sentence not naming the occasion the excerpts are from is another's
            continue
        return m.group()
    return None


# "Excerpts from the briefing:", "Following are excerpts from the press conference:": the
# line handing over to the turns, naming their occasion by its noun
_EXCERPTS_FROM = re.compile(
    r"^\s*(?:Following\s+(?:is|are)\s+)?(?:(?:an?\s+)?(?:edited\s+)?"
    r"(?:excerpts?|extracts?|transcript)\s+(?:from|of)\s+)(?:the|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>briefing|press conference|news conference|interview|"
    r"remarks|media interaction|press encounter)\s*[:.]?\s*$",
    re.I,
)


def _names_occasion(sentence: str, named: str) -> bool:
    """Whether ``sentence`` names the occasion ``named`` (a noun's stem), or, for an
    interview, tells the sit-down by its verb ("sat down with the Inquirer on Wednesday")."""
    if named in sentence.lower():
        return True
    return named == "interview" and bool(
        SPOKE_TO.search(sentence) or _INTERVIEWED.search(sentence) or _tells_interview(sentence)
    )


def _tells_interview(words: str) -> bool:
    """Whether ``words`` tell the interview: its name, a sit-down, an outlet told."""
    return bool(_INTERVIEW.search(words) or _TOLD_OUTLET.search(words))


def _own_sentence(line: str, m: re.Match[str]) -> str:
    """The sentence of ``line`` that holds the match ``m``."""
    end = line.find(". ", m.end())
    return line[max(line.rfind(". ", 0, m.start()) + 1, 0) : len(line) if end < 0 else end]


# "In an interview with X in Cairo on Saturday, Y said": the occasion named in the phrase
# that opens the sentence, its day closing that phrase
_FRONTED = re.compile(r"\s*(?:In|During|At)\s[^,;:]*$")


def _fronted_occasion(before: str) -> bool:
    """Whether ``before`` (a sentence up to a day) is a fronted phrase naming the occasion."""
    return _FRONTED.match(before) is not None and OCCASION.search(before) is not None


def told_back(words: str, posted: datetime.date) -> datetime.date:
    """The day "yesterday" or "on Thursday" means on a page of ``posted`` ("this week":
    no day of its own, the page's)."""
    if words == "yesterday":
        return posted - datetime.timedelta(days=1)
    weekday = words.split()[-1]
    if weekday not in _WEEKDAYS:
        return posted
    return posted - datetime.timedelta(days=(posted.weekday() - _WEEKDAYS.index(weekday)) % 7)


def _header_dates(lines: list[str]) -> tuple[_Found | None, _Found | None, _Found | None]:
    """The first date of a "Date:" field, of a title naming the occasion, of a line of its own."""
    found = [None, None, None]
    dated = _dated_lines(lines)
    for kind, date in dated:
        found[kind] = found[kind] or date
    posted = found[2][0] if found[2] is not None else None
    titles = [date for kind, date in dated if kind == 1 and date[0] is not None]
    if posted is not None and len({t[0] for t in titles}) > 1:
        # "Related: ... Press Conference on May 7, 2024" above "... on May 8, 2024" and
        # "2024-05-08 18:30": of several titles, the page's own is the one its posting's day
        # agrees with; the others are links to other pages
        found[1] = next((t for t in titles if t[0] == posted), found[1])
    return found[0], found[1], found[2]


def _dated_lines(lines: list[str]) -> list[tuple[int, _Found]]:
    """(0 field, 1 title, 2 date line) and the date, for each header line that gives a day."""
    out: list[tuple[int, _Found]] = []
    listed = _news_list(lines)
    for n, line in enumerate(lines):
        found = _date_in(line)
        if found is None or n in listed:
            continue
        held = _occasion_day(line)
        if _DATE_FIELD.match(line) or held is not None:
            out.append((0, held or found))
        elif _WIRE_DATELINE.match(line[: line.find(found[2])]):
            out.append((2, found))  # "TEHRAN, Dec. 02 (MNA) - X says the talks ...": the page's
        elif (interviewed := _interview_day(line)) is not None:
            out.append((1, interviewed))
        elif _section_date_line(line, found[2]):
            out.append((2, found))  # "Monday, 12 June 2023 08:40 | Interviews": the page's
        elif (OCCASION.search(line) or HELD_ON.search(line)) and not re.search(
            rf"\b(?:since|until|till|from|before|after|by)\s+{re.escape(found[2])}", line
        ):
            out.append((1, found))
        elif (_DATE_ONLY.match(line) and len(line.split()) <= 7) or _DATE_FIRST.match(
            line[: line.find(found[2])]
        ):
            out.append((2, found))  # "Tuesday, March 5, 2024, 10:32 a.m. Ministry ..."
    return out


# "Monday, 12 June 2023 08:40 | Interviews", "Interviews | 12.06.2023", "News & Views |":
# a site's section name, its words capitalised, beside the day it posted the page, set off
# by a bar or a dash (not a title naming the occasion: "12 June 2023 - Interview with X")
_SECTION_AFTER_DATE = re.compile(
    r"[\s,]*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*)?[|\u2022\u00b7/\u2013\u2014-]\s*"
    r"[A-Z][\w'\u2019]*(?:\s(?:&|[A-Z][\w'\u2019]*)){0,2}\s*$"
)
_SECTION_BEFORE_DATE = re.compile(
    r"^\s*[A-Z][\w'\u2019]*(?:\s(?:&|[A-Z][\w'\u2019]*)){0,2}\s*[|\u2022\u00b7/\u2013\u2014-]\s*$"
)


def _section_date_line(line: str, date: str) -> bool:
    """Whether ``line`` is a date line with the site's section name beside it."""
    at = line.find(date)
    before, after = line[:at], line[at + len(date) :]
    return bool(
        (_DATE_FIRST.match(before) and _SECTION_AFTER_DATE.fullmatch(after))
        or (_SECTION_BEFORE_DATE.match(before) and not after.strip(" \t,"))
    )


def _occasion_day(line: str) -> _Found | None:
    """The day a line says the occasion was on, wherever in the line ("... published on May
    6. The interview was conducted on May 2 in Seoul."): not the line's first date, the
    page's, when the occasion's comes after it."""
    return _first_day_where(line, lambda pos: _OCCASION_WAS_ON.search(line[:pos]) is not None)


def _interview_day(line: str) -> _Found | None:
    """The day the sentence telling the interview gives ("Kyiv Independent sat down with X
    on Feb. 27 to discuss ...", "Ahead of the October 20 vote, X spoke to Y on October
    16"), though it names no occasion, and not any other day of the line."""

    def told(pos: int) -> bool:
        own = line.rfind(". ", 0, pos) + 1
        return _INTERVIEW.search(line, own, pos) is not None

    return _first_day_where(line, told)


_LINE_REACH = 2000  # characters


def _first_day_where(line: str, told: Callable[[int], bool]) -> _Found | None:
    """The first date of ``line`` for whose position ``told`` holds (in the line's order,
    whatever way each is written: "on Tuesday 11 June, before the summit on July 9"), read
    in its first _LINE_REACH characters: a header's line is short, and a copy that lost its
    line breaks would be read again for every date in it."""
    line = line[:_LINE_REACH]
    at = 0
    while (found := _date_in(line[at:])) is not None:
        pos = line.find(found[2], at)
        earlier = _date_in(line[at:pos])
        if earlier is not None:  # a date of another form before it
            found, pos = earlier, line.find(earlier[2], at)
        if told(pos):
            return found
        at = pos + len(found[2])
    return None


# a wire story's opening place and day ("TEHRAN, Dec. 02 (MNA) -", "BEIJING, May 3 (Xinhua)
# --"): the day the agency filed it, whatever occasion the sentence after it names
_WIRE_DATELINE = re.compile(r"^\s*[A-Z][A-Z .'-]{1,30},\s*$")


def _news_list(lines: list[str]) -> set[int]:
    """Lines of a site's list of other pages ("12.03.2024 Ambassador meets students", then
    "08.03.2024 Reception at the residence"): a date, then a headline, two or more lines in a
    row. Their days are those pages', not this one's."""
    headed = []
    for line in lines:
        found = _date_in(line)
        at = line.find(found[2]) if found is not None else -1
        rest = line[at + len(found[2]) :] if found is not None else ""
        headed.append(
            found is not None
            and _DATE_FIRST.match(line[:at]) is not None
            and len(re.findall(r"[A-Za-z]{2,}", rest)) >= _HEADLINE_WORDS
        )
    return {
        n
        for n, h in enumerate(headed)
        if h and ((n > 0 and headed[n - 1]) or (n + 1 < len(headed) and headed[n + 1]))
    }


_HEADLINE_WORDS = 3  # "10:32 a.m. Ministry" is a time and a place; a headline runs longer


def read_header(lines: list[str]) -> Header:
    """Transcript note, day and place as the header lines give them."""
    joined = "\n".join(lines)
    day, month_day, evidence = header_date(lines)
    placed = "\n".join(line for line in lines if not _TOPICS.match(line))
    place = next(
        (
            CAPITALS[lowered(w)]
            for w in re.findall(r"[A-Z][a-z]+", placed)
            if lowered(w) in CAPITALS
        ),
        None,
    )
    days = sorted(_dated_lines(lines), key=lambda found: found[0])
    return Header(
        transcript=transcript_note(joined) is not None,
        day=day,
        month_day=month_day,
        date_evidence=evidence,
        place=place,
        days=tuple((d[0], d[2]) for _, d in days if d[0] is not None),
        # "X held a press briefing on Wednesday." over a page that gives no date: the day
        # told against the page's publication; "X spoke to the Nation this week" over a
        # page's date line: the week up to it
        # ("X spoke to Y last week" over no date: the week told, against the page's day)
        told=(
            told_words(lines)
            if day is None and (month_day is None or _page_day_only(lines))
            else None
        )
        or _week_told(lines),
    )


def _page_day_only(lines: list[str]) -> bool:
    """Whether only a line of the page's own dates it (no "Date:" field, no title naming
    the occasion's day): a day told in words then counts from the page's day."""
    field, title, _ = _header_dates(lines)
    return field is None and title is None


_THIS_WEEK = re.compile(r"\b(?:(?:earlier )?this|last) week\b")


def _week_told(lines: list[str]) -> str | None:
    """ "this week" or "last week", when a line naming the occasion dates it so and only a
    line of its own, if any, dates the page (no "Date:" field, no title naming the
    occasion's day)."""
    field, title, _ = _header_dates(lines)
    if field is not None or title is not None:
        return None
    for line in lines:
        occasion = OCCASION.search(line) or HELD_ON.search(line) or SPOKE_TO.search(line)
        m = _THIS_WEEK.search(line) if occasion else None
        if m is not None and not _AHEAD.search(line, 0, m.start()) and _week_of_occasion(line, m):
            return "last week" if m.group().startswith("last") else "this week"
    return None


def _week_of_occasion(line: str, week: re.Match[str]) -> bool:
    """Whether the week phrase dates the occasion its sentence names: after the occasion
    ("held a press conference last week") or opening the sentence ("Last week, at a
    briefing, ..."); not of another verb before the occasion comes up ("the proposals it
    sent last week, and that ... in the Vienna talks")."""
    stop = line.rfind(". ", 0, week.start())
    head = line[stop + 2 if stop >= 0 else 0 : week.start()]
    if not head.strip(" ,"):
        return True
    ends = [m.end() for p in (OCCASION, HELD_ON, SPOKE_TO) for m in p.finditer(head)]
    if not ends:
        return False
    # ("was asked about a letter that X said last week he had sent": a clause of another
    # thing after the occasion, whose verb the week dates; "an interview that aired last
    # week" is the occasion's own)
    return all(
        m["relative"] is not None and any(not head[e : m.start()].strip(" ,") for e in ends)
        for m in _CLAUSE_OF_ITS_OWN.finditer(head, min(ends))
    )


# a relative clause, a verb of saying or the topic of a question ("was asked about remarks
# that X made last week") between the occasion and the week phrase
_CLAUSE_OF_ITS_OWN = re.compile(
    r"\b(?:(?P<relative>that|which|who|whom|whose|when)|said|says|told|announced|claimed|"
    r"wrote|posted|warned|asked\s+(?:[a-z]+\s+){0,2}?(?:about|on|regarding)|"
    r"questions?\s+(?:about|on|regarding))\b"
)
