"""When a statement was said, from the words around its attribution.

Articles date speech relative to their own day ("on Friday", "yesterday", "earlier"), so
every phrase is resolved against a reference date; without one only a full written date
counts. Results are EDTF strings: a day, a month, a year, ``a/b`` or ``../day``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from tracker.extract.cues import PAST_PARTICIPLES

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {
    name.lower(): n
    for n in range(1, 13)
    for name in (calendar.month_name[n], calendar.month_abbr[n])
}
MONTHS["sept"] = 9
MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November"
    "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
_MONTH = rf"(?:{MONTH_NAMES})\.?"
# The header a crawl puts before a saved page's first words: the day it was saved, or only its
# month (" date 2023-12-01 BEIJING, ...", " date 2020-09 ..."). Written once, here (meta.py
# imports speakers.py, so it cannot hold it); meta's, lost_lines' and speakers' patterns for
# the header are built from it.
CRAWL_HEADER = r"date[ \t]+(?P<crawl_year>\d{4})-(?P<crawl_month>\d{2})(?:-(?P<crawl_day>\d{2}))?"
# "in the last days of July", "at the end of May", "during the first week of March", "in
# the second half of June": a part of a month, told of the words; only the month is known
# (not "by the end of May": a time something is to be done by)
_PART_OF_MONTH = (
    r"(?:[Ii]n|[Aa]t|[Dd]uring|[Oo]ver) the (?:(?:(?:very )?(?:first|last|final|closing|"
    r"opening|second|third|early|late) (?:few )?(?:days|weeks?|half|fortnight))|start|"
    r"beginning|end|close|middle|turn) of "
)
# a noun for an occasion of words, after the year that names it
_WORDS_GIVEN = (
    r"(?=(?:[\w-]+ )?(?:interview|speech|address|statement|op-ed|article|letter|memoir|book|"
    r"post|tweet|testimony|briefing|remarks|comments|lecture)s?\b)"
)
WEEKDAY_NAMES = "|".join(calendar.day_name)
_WEEKDAY = rf"(?:{WEEKDAY_NAMES})"
# "the last Friday", "the second Tuesday": a weekday counted within a period ("of Ramadan",
# "in May"); fixed-width look-behinds, one per ordinal
_ORDINAL_WEEKDAY = "".join(
    rf"(?<![Tt]he {w} )"
    for w in ("first", "second", "third", "fourth", "fifth", "last", "final", "penultimate")
)
_WEEKDAY_BEFORE_IN = "".join(rf"(?<!{w} )" for w in calendar.day_name)
_SUNDAY = 6  # date.weekday() of a Sunday
_NUMBER = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "several": 0}

# Order matters: the first pattern that matches in a window decides.
# "13.05 BST", "09:48", "9.15am": the time a live page's entry was posted
TIME_OF_POSTING = r"(?:[01]?\d|2[0-3])[.:][0-5]\d(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4})?"
# a line holding only the time an entry was posted ("13.05 BST"), or the day and the time
# ("24 Jun 2025 - 20:05 GMT", Al Jazeera's live pages; "6:05 p.m. ET, March 11, 2024"; the
# day first, its weekday before it and no mark before the time: "Wed 5 Mar 2025 10.02 GMT",
# "Tuesday 4 March 2025 20:45", "March 4, 2025, 9:15 p.m. ET", as the Guardian, Sky and the
# New York Times stamp entries)
# (a weekday's short forms, meta's page stamps' too: one list)
WEEKDAY_SHORT = (*calendar.day_abbr, "Tues", "Thur", "Thurs")
_STAMP_WEEKDAY = "|".join((*calendar.day_name, *WEEKDAY_SHORT))
_BEFORE_TIME = r"(?:[ \t]*[-\u2013\u2014,][ \t]*|[ \t]+)"
TIME_STAMP_LINE = re.compile(
    # ("Posted at 16:05": the BBC's)
    rf"^[ \t]*(?:Posted(?:[ \t]+at)?[ \t]+)?(?:(?:(?:{_STAMP_WEEKDAY})\.?,?[ \t]+)?"
    rf"(?:(?P<day>\d{{1,2}}) (?P<month>{MONTH_NAMES})\.? (?P<year>\d{{4}})"
    rf"|(?P<mmonth>{MONTH_NAMES})\.? (?P<mday>\d{{1,2}}), (?P<myear>\d{{4}})){_BEFORE_TIME}"
    # "12.06.2024 22:40": the day in figures, as European pages stamp entries
    r"|(?P<nday>\d{1,2})\.(?P<nmonth>\d{1,2})\.(?P<nyear>\d{4})[ \t]*(?:[-\u2013\u2014,][ \t]*)?"
    rf")?{TIME_OF_POSTING}"
    # "10:40 p.m. ET, March 11, 2024": the day after the time, as CNN stamps entries
    rf"(?:,[ \t]*(?P<tmonth>{MONTH_NAMES})\.? (?P<tday>\d{{1,2}}),? (?P<tyear>\d{{4}})"
    # "Posted at 20:31 BST 15 August": the day after the time and its zone, the year often
    # left to the page's own, as the BBC stamps entries
    rf"|[ \t]+(?P<aday>\d{{1,2}}) (?P<amonth>{MONTH_NAMES})(?: (?P<ayear>\d{{4}}))?)?[ \t]*$",
    re.M,
)

# "on Feb. 24 last year", "on 3 March this year": the year told against the article's
# ("on June 3, last year's accord ...": the year of a thing, not of the day)
# ("on May 31 of last year": the year joined by "of")
_YEAR_TOLD = r"(?:,? | of )(?P<rel>last|this) year(?!['\u2019])"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "a day later", "a day earlier": counted from the day the story named last
    (
        "next_day",
        re.compile(
            r"\b(?:(?:the )?(?:next|following) (?:day|morning)|(?:a|one) day later)\b", re.I
        ),
    ),
    # "the day before yesterday": two days before the article's own
    ("two_days_back", re.compile(r"\b(?:the )?day before yesterday\b", re.I)),
    (
        "day_before",
        re.compile(
            # ("The night before, X had called it ...": the evening of that day before)
            r"\b(?:the (?:day before|previous (?:day|evening|night|afternoon|morning))|"
            r"the (?:night|evening) before(?=\s*[,.;])|"
            # ("A day before, X told ...": set off, it counts from the day told; "a day before
            # the vote" counts from an event with no day)
            r"(?:a|one) day (?:earlier|before(?=\s*[,.;])))\b",
            re.I,
        ),
    ),
    # "Maduro responded from the palace that afternoon", "in a post that same evening", "the
    # same night": a part of the day the story named last ("that night-time raid" names no
    # time; "at the time of the briefing" is the time of the event it names, not of the last
    # one told)
    (
        "same_day",
        re.compile(
            r"\b(?:at (?:the|that) time(?!\s+of\b)|the same day|"
            r"(?:that|the) same (?:morning|afternoon|evening|night)|"
            r"that (?:same )?(?:day|morning|afternoon|evening|night))\b(?!-)",
            re.I,
        ),
    ),
    # "Hours later, X said", "Minutes earlier, X had told ...", "A few hours before, ...": on
    # the day the story named last, however long ago it was (set off, "before" counts from
    # that day; "hours before the vote" counts from an event the phrase names)
    (
        "hours_later",
        re.compile(
            r"\b(?:(?:a few|several|some|just|only|two|three) )?(?:hours|minutes|moments) "
            r"(?:later|afterwards?|earlier|before(?=\s*[,.;]))\b",
            re.I,
        ),
    ),
    # "Two days earlier, Wang told ...", "A week later, X said": counted back (or on) from the
    # day the story named last
    (
        "days_from",
        re.compile(
            r"\b(?:(?P<n>two|three|four|five|six|[2-6]) days (?P<way>earlier|before|later)|"
            r"(?P<weeks>a|one|two|three|four|[2-4]) weeks? (?P<wway>earlier|later))\b",
            re.I,
        ),
    ),
    # "When asked about it days later, X called it ...": some day after the one the story
    # named last, up to the article's day (a week or more for "weeks later")
    (
        "days_later",
        re.compile(r"\b(?:(?:a few|several|some) )?(?P<unit>days|weeks) later\b", re.I),
    ),
    # "Oslo brokered a truce on June 24, and Dahl later claimed ...": some time after the day
    # the story named last, up to the article's day (that day itself when it is of the
    # article's week); not "later that day", "later this week", "a later date"
    (
        "later",
        re.compile(
            r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bat )\blater\b(?!\s+(?:than|on|in|this|that|"
            r"the|today|tonight|date|stages?|years?|months?|weeks?|days?|Monday|Tuesday|"
            r"Wednesday|Thursday|Friday|Saturday|Sunday)\b)",
            re.I,
        ),
    ),
    # "said on Monday ... during a meeting earlier in the day": the day the story has reached,
    # not the reporter's (next-day copy, IANS and Efe relays); with no day before, today (so
    # "earlier in the afternoon", "later in the evening"; "in a statement issued in Helsinki
    # in the morning": a part of that day, not "in the morning of 5 May", "in the morning
    # hours" nor "in the evening news")
    (
        "in_the_day",
        re.compile(
            r"\b(?:(?:earlier|later) in the (?:day|morning|afternoon|evening|night)|"
            # ("Earlier on the day, X said": Xinhua's English; not "earlier on the day of the
            # vote", an event's day the phrase does not give; nor "on the day he returned",
            # a day a relative clause tells, nor "on the morning programme", a broadcast)
            r"(?:earlier|later) on the (?:day|morning|afternoon|evening|night)"
            r"(?! (?:of|he|she|they|it|we|I|you|when|after|before|while|as|news|papers?|"
            r"editions?|shows?|programm?e?s?|bulletins?|broadcasts?|briefings?|sessions?|"
            r"meetings?|talks?|radio|television|TV)\b)|"
            # (not "in the Evening Standard", "in the Sydney Morning Herald": a paper's name,
            # the word capitalised before another capitalised word)
            r"(?<!\bevery )(?<!\beach )in the (?:(?-i:morning|afternoon|evening|MORNING|"
            r"AFTERNOON|EVENING)|(?-i:Morning|Afternoon|Evening)(?!\s+(?-i:[A-Z])))"
            # ("in the evening news", "in the morning papers": what was in them, no day)
            r"(?! (?:of|hours|news|papers?|editions?|shows?|programm?e?s?|bulletins?)\b))\b",
            re.I,
        ),
    ),
    # "in an address shortly before 6 a.m. Moscow time": an hour of the article's own day,
    # no day told (not "at 5 p.m. local time on Sunday", "at 9 a.m. Monday": a day after it)
    (
        "hour",
        re.compile(
            r"\b(?:(?:shortly|just|soon) )?(?:at|before|after|around|about) "
            rf"\d{{1,2}}(?::\d\d)? ?[ap]\.m(?=\.)(?!\.[^.;:\n]{{0,30}}?\b(?:on|of|last|this|"
            rf"next|{_WEEKDAY}|{_MONTH})\b)",
            re.I,
        ),
    ),
    # "during an inspection tour from Monday to Tuesday", "a visit from Dec 9 to 11", "on
    # 9-10 December": the span the words fall in (Xinhua, Bernama copy)
    (
        "span_weekday",
        re.compile(
            rf"\bfrom (?P<wd1>{_WEEKDAY}) (?:to|through|till|until) (?P<wd2>{_WEEKDAY})\b"
            # "held two rounds of talks on Thursday and Friday": an occasion over both days
            # (not "arrived on Monday and Tuesday met ...": a day of its own clause)
            rf"|\bon (?P<wd3>{_WEEKDAY}) and (?:on )?(?P<wd4>{_WEEKDAY})"
            r"(?=\s*(?:[.,;:)\u2014\u2013]|$)|\s+(?:in|at|with|to|for|as|during|after|between|"
            r"and|amid|under|over)\b)"
        ),
    ),
    (
        "span_md",
        re.compile(
            rf"\b(?:from |on )?(?P<month>{_MONTH}) (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"(?:\s?[-\u2013]\s?|\s(?:to|through|till|until)\s)(?:(?P<month2>{_MONTH}) )?"
            r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:,? (?P<year>\d{4}))?\b"
            r"(?!\s*(?:percent|per|%|p\.?m|a\.?m))"
        ),
    ),
    (
        "span_dm",
        re.compile(
            r"\b(?:from |on )?(?P<d1>\d{1,2})(?:st|nd|rd|th)?"
            r"(?:\s?[-\u2013]\s?|\s(?:to|through|till|until)\s)(?P<d2>\d{1,2})(?:st|nd|rd|th)? "
            rf"(?P<month>{_MONTH})(?:,? (?P<year>\d{{4}}))?\b"
        ),
    ),
    (
        "md",
        re.compile(
            rf"\b(?:on |since )?(?P<month>{_MONTH})(?:(?<=\.)|\s)(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
            r"(?:,? (?P<year>\d{4})|" + _YEAR_TOLD + r")?\b"
        ),
    ),
    (
        "dm",
        re.compile(
            rf"\b(?:on (?:the )?)?(?P<day>\d{{1,2}})(?:(?:st|nd|rd|th)(?: of)?)? "
            rf"(?P<month>{_MONTH})"
            r"(?:,? (?P<year>\d{4})|" + _YEAR_TOLD + r")?\b"
        ),
    ),
    # "said on the 12th": a day of the month alone, as news translated from Korean, Japanese
    # or Chinese writes it; only before words that end the phrase ("the 70th anniversary" is
    # no day)
    (
        "nth",
        re.compile(
            r"\b(?:[Oo]n|[Ii]n) the (?:(?:morning|afternoon|evening|night) of the )?"
            r"(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)"
            r"(?=\s*(?:[,.;:()]|$)|\s+(?:that|and|in|at|when|while|during|after|before|with|to|"
            r"as|saying|adding|local|morning|afternoon|evening|night|of this month|"
            # "Minister Park on the 14th said": before the verb it dates
            r"said|told|stressed|noted|urged|called|warned|added|stated|announced|"
            r"expressed|reiterated|emphasized|emphasised|vowed|pledged|asked|claimed|"
            r"denied|criticized|criticised|condemned|welcomed)\b)"
        ),
    ),
    # numeric dates: ISO, day.month.year, and d/m or m/d (undecided when both are 12 or less)
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")),
    ("dotted", re.compile(r"\b(?:on )?(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})\b")),
    # "2023.11.30", "2023/11/30": year first, as Korean, Chinese and Japanese copy writes it
    (
        "ymd",
        re.compile(
            r"\b(?P<year>(?:19|20)\d\d)([./])(?P<month>\d{1,2})\2(?P<day>\d{1,2})\b(?![./]\d)"
        ),
    ),
    ("slashed", re.compile(r"\b(?:on )?(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>\d{4})\b")),
    # "quoted him as saying earlier Thursday": earlier on that day, not before it
    # "on Wednesday last week", "last week on Wednesday": that weekday of the week before
    (
        "weekday_last_week",
        re.compile(
            rf"\b(?:on )?(?P<wd>{_WEEKDAY}),? (?:of )?last week\b|"
            rf"\b[Ll]ast week,? on (?P<wd2>{_WEEKDAY})\b"
        ),
    ),
    # "Thursday morning Beijing time": the weekday of a clock ahead of the dateline's, which
    # may be the day after the article's own
    (
        "weekday_local",
        re.compile(
            rf"\b(?:on )?(?P<wd>{_WEEKDAY})(?: (?:morning|afternoon|evening|night))?,? "
            r"[A-Z][a-z]+(?: [A-Z][a-z]+)? time\b"
        ),
    ),
    (
        "weekday",
        re.compile(
            # ("next Monday", "this coming Friday": a day still to come, no day told)
            rf"\b(?<![Nn]ext )(?<![Cc]oming )"
            # ("Last Friday, X said": a sentence's first word is capitalised)
            # ("the last Friday of Ramadan", "on the first Monday in October": an ordinal weekday
            # of a period names a day by the calendar's rule, no day told against the article's)
            rf"(?P<last>(?<![Tt]he )[Ll]ast |[Tt]his past |on |(?:earlier|later)(?: on)? )?"
            rf"{_ORDINAL_WEEKDAY}(?P<wd>{_WEEKDAY})\b"
        ),
    ),
    # "late last evening": Indian copy's yesterday evening
    ("yesterday", re.compile(r"\byesterday\b|\blast (?:night|evening)\b", re.I)),
    # "in a statement released overnight": the night before the article's day, or its small
    # hours; no one day ("overnight strikes" date the strikes)
    (
        "overnight",
        re.compile(
            r"\bovernight\b(?!\s+(?:attacks?|strikes?|raids?|shelling|"
            r"bombardment|barrage|assault|talks|stay|visit|flight))"
            # ("Russian strikes overnight that hit ...": the strikes' night, after their noun)
            r"(?<!\bstrikes overnight)(?<!\battacks overnight)(?<!\braids overnight)"
            r"(?<!\bshelling overnight)(?<!\bbombardment overnight)",
            re.I,
        ),
    ),
    (
        "today",
        re.compile(
            r"\b(?:(?:earlier |later )?(?:today|tonight|this (?:morning|afternoon|evening)))\b"
            # "BBC Radio 4's Today programme", NBC's "Today" show: a programme, not a day
            r"(?!['\u2019\"\u201d]?\s+(?:programme|program|show)\b)",
            re.I,
        ),
    ),
    (
        "ago",
        re.compile(
            # ("two years ago", "three months ago": the year or the month it falls in)
            r"\b(?P<n>\d+|one|a|two|three|four|five|six) "
            r"(?P<unit>days?|weeks?|fortnights?|months?|years?) ago\b",
            re.I,
        ),
    ),
    # "said just days ago", "weeks ago": before the article's day, how long not told
    (
        "some_time_ago",
        re.compile(
            r"\b(?:(?:just|only|a few|several|some)\s+)?(?P<unit>days|weeks|months) ago\b", re.I
        ),
    ),
    # "One day after Trump said ...": the saying a day before the story's own event
    (
        "days_after",
        re.compile(
            # ("a week after X said", "two weeks after": counted in weeks)
            # ("a fortnight after": two weeks, as "a fortnight ago" is)
            r"\b(?:(?P<n>\d+|one|a|two|three|four|five|six) "
            r"(?:days?|(?P<weeks>weeks?)|(?P<fortnights>fortnights?))|hours|"
            r"minutes|moments|shortly|"
            # "came days after X said": some days before, how many not told
            r"(?:(?:several|a few|some)\s+)?(?P<unit>days|weeks))"
            r" after\b",
            re.I,
        ),
    ),
    ("last_week", re.compile(r"\blast week\b", re.I)),
    # "said over the weekend": the Saturday and Sunday just past (or this one, if today)
    (
        "weekend",
        re.compile(
            # ("on the weekend": Australian, Indian and North American usage)
            r"\b(?:over|at|during|on) the (?:past )?weekend\b|\b(?:this past|last) weekend\b",
            re.I,
        ),
    ),
    # (ABC's "This Week": a programme, not the week; "later this week": still to come)
    # ("earlier in the week" is this week's earlier days too)
    (
        "this_week",
        re.compile(r"(?<![Ll]ater )\b(?:[Ee]arlier )?[Tt]his week\b|\b[Ee]arlier in the week\b"),
    ),
    # "has repeatedly said over the past week", "said this past week" (North American copy):
    # the seven days up to the article's
    (
        "past_week",
        re.compile(
            r"\b(?:(?:over|during|in) the (?:past|last) (?:week|seven days)|this past week)\b",
            re.I,
        ),
    ),
    ("last_month", re.compile(r"\blast month\b", re.I)),
    ("this_month", re.compile(r"(?<!later )\b(?:earlier )?this month\b", re.I)),
    # "said at the start of the month": only the month (or year) is known
    (
        "month_start",
        re.compile(r"\bat the (?:start|beginning) of (?:the|this) (?P<unit>month|year)\b", re.I),
    ),
    # "said last September": the last month of that name before the article's own month
    ("last_named_month", re.compile(rf"\b[Ll]ast (?P<month>{_MONTH})(?! \d)\b")),
    (
        "in_month",
        re.compile(
            # ("the last Thursday in August": the month of a weekday counted by the calendar)
            rf"\b{_WEEKDAY_BEFORE_IN}(?:[Ii]n (?:early |mid-|late )?|{_PART_OF_MONTH})"
            rf"(?P<month>{_MONTH})"
            # "in December last year": that month of the year before the article's
            r"(?:,? (?P<year>\d{4})| (?P<last>last) year)?(?! \d)\b"
        ),
    ),
    ("last_year", re.compile(r"\blast year\b", re.I)),
    # "had said in Berlin in the spring": the last such season begun by the article's day,
    # its year all that is known (not "in the spring of 2021", nor the winter astride two)
    ("in_season", re.compile(r"\b[Ii]n the (?P<season>spring|summer|autumn)\b(?! of\b)")),
    ("in_year", re.compile(r"\b[Ii]n (?P<year>(?:19|20)\d\d)\b")),
    # "in a 2019 interview", "in a March 2023 speech", "in his 2022 memoir": the year (and
    # month) the occasion of the words is named by
    (
        "occasion_of_year",
        re.compile(
            rf"\b[Ii]n (?:a|an|his|her|its|their) (?:(?P<month>{_MONTH}) )?(?P<year>(?:19|20)\d\d) "
            + _WORDS_GIVEN
        ),
    ),
    (
        "earlier",
        re.compile(
            # "relations in the past year", "in the past decade": a period something
            # happened over, not the words' time; only the bare adverb means "before now"
            # ("earlier in March": that month, told after it)
            # ("as recently as Wednesday": that day told, below)
            r"\b(?:earlier(?!\s+in\s+" + _MONTH + r")|previously|recently(?!\s+as\b)|lately|"
            r"in recent (?:days|weeks|months)|"
            # "Not long ago, the ambassador gave an interview ...", "a short while ago", "some
            # time ago", "the other day": before now, how long not told
            r"not (?:long|so long) ago|a (?:short |little )?while ago|some time ago|"
            r"the other day|"
            # "said over the past few days": some days before the article's, how many not told
            r"(?:over|in|during) the (?:past|last) (?:few|several|couple of) (?:days|weeks)|"
            # "Before this, X had questioned ...": before the occasion just told
            r"(?:[Bb]efore|[Pp]rior to) (?:this|that)(?=\s*,)|"
            # "in a previous statement", "in a prior interview", "in a recent interview":
            # words given before
            # "X once said ...": at some time before
            r"once(?= (?:said|told|called|described|wrote|declared|warned|remarked|quipped|"
            r"joked|argued|claimed|insisted|boasted)\b)|"
            # ("a recent exclusive interview": a word for its kind between)
            r"(?:previous|prior|recent)(?= (?:(?:exclusive|joint|televised|telephone|"
            r"written|online|radio|TV|television) )?(?:statement|interview|post|remarks|comments|"
            r"briefing|speech|address|message|letter|tweet|article|note|communiqu|"
            r"(?:press |news )?conference|hearing))|"
            r"in the past(?!\s+(?:(?:few|several|two|three|"
            r"four|five|ten|\d+)\s+)?(?:years?|decades?|months?|weeks?|days?|century)\b)|"
            # "had said": the past perfect tells words before the story's own day ("Ms Truss
            # had promised MPs that ...", "had added": any verb of saying in the perfect)
            # ("had reportedly criticised", "has allegedly told": the hedge of a report of the
            # words, their time still the perfect's)
            r"ha(?:s|ve|d) (?:also |repeatedly |long |already |often |previously |publicly |"
            r"reportedly |allegedly |apparently |purportedly )?"
            r"(?:said|told|written|signall?ed|hinted|ruled out|made clear|pointed out|"
            + "|".join(sorted(PAST_PARTICIPLES, key=len, reverse=True))
            + r")|"
            # "has published an op-ed by X in which he demands ...": the words of a piece
            # put out before now, as "has written" tells them
            r"ha(?:s|ve) (?:published|issued|released|penned|authored) (?:an?|the|his|her|its) "
            # ("has released a statement in which it rejected ...": the body's words, as "has
            # said" tells them)
            r"(?:[\w-]+ ){0,2}?(?:op-eds?|article|essay|column|commentary|letter|statement|"
            r"communiqu[eé])(?= by\b| in\b|,| saying\b)"
            r")\b",
            re.I,
        ),
    ),
]


@dataclass(frozen=True)
class When:
    """A resolved date with the words that decided it."""

    edtf: str | None
    evidence: str
    inherited: bool = False
    fits: bool = True


_EARLIER = re.compile(r"earlier\b", re.I)


def _day(d: date) -> str:
    return d.isoformat()


def _span(a: date, b: date) -> str:
    return _day(a) if a == b else f"{_day(a)}/{_day(b)}"


def _so_far(first: date, ref: date, earlier: bool = False) -> str:
    """ "earlier this week" from its first day up to ``ref``; on that first day itself the
    writer can mean no day of a week only begun (a Monday's "this week" reaches back to the
    weekend): before ``ref``, how long not told. "Earlier" is before the article's own day,
    so its span ends the day before (kept to two days at least, a span and not one day)."""
    if first >= ref:
        return f"../{_day(ref)}"
    last = ref - timedelta(days=1) if earlier and first < ref - timedelta(days=1) else ref
    return _span(first, last)


def _year_before(month: int, day: int, ref: date | None) -> int | None:
    """The year of the last ``month``/``day`` on or before ``ref`` (a day named without its
    year is a past one); None without ``ref`` or for no such day."""
    if ref is None:
        return None
    try:
        return ref.year - 1 if date(ref.year, month, day) > ref else ref.year
    except ValueError:
        return None


def _month_day(month: int, day: int, year: int | None, ref: date | None) -> str | None:
    year = year if year is not None else _year_before(month, day, ref)
    if year is None:
        return None
    try:
        return _day(date(year, month, day))
    except ValueError:
        return None


_ANCHORED = {"next_day": 1, "day_before": -1, "same_day": 0, "hours_later": 0}
# Phrases that place a day on the article's timeline, for statements that give none.
_TIMELINE = {
    "md", "dm", "nth", "weekday", "weekday_local", "weekday_last_week", "yesterday",
    "two_days_back", "today", "in_the_day", "ago",
}  # fmt: skip
_SPANS = ("span_weekday", "span_md", "span_dm")


def _valid_day(year: int, month: int, day: int) -> str | None:
    try:
        return _day(date(year, month, day))
    except ValueError:
        return None


def _either_order(first: int, second: int, year: int) -> str | None:
    """03/04/2021 may be 3 April or 4 March: the one reading that can be a date, or both as
    an interval ("2021-03-04/2021-04-03"), never a guess."""
    readings = sorted(
        {d for d in (_valid_day(year, second, first), _valid_day(year, first, second)) if d}
    )
    if not readings:
        return None
    return readings[0] if len(readings) == 1 else f"{readings[0]}/{readings[-1]}"


# "X said at the time", "at that time": when something the story told happened, no day of
# its own
AT_THE_TIME = frozenset(("at the time", "at that time"))


# how far back "N units ago" may reach and still date words (a century), and each unit's days
_AGO_REACH = 36_600
_DAYS_IN = {"day": 1, "week": 7, "fortnight": 14, "month": 31, "year": 366}


def counted_from(anchor: date, days: int, ref: date | None) -> str:
    """The day ``days`` from ``anchor``; when the count runs past the article's day from one
    on or before it ("Last week, X sent a letter ... . A day later, X said": the day counted
    from was none the story told), words said on or before the article's day."""
    day = anchor + timedelta(days=days)
    if ref is not None and anchor <= ref < day:
        return f"../{_day(ref)}"
    return _day(day)


def _resolve(kind: str, m: re.Match[str], ref: date | None, anchor: date | None) -> str | None:
    g = m.groupdict()
    if (
        kind == "same_day"
        and anchor is None
        and ref is not None
        and m.group(0).lower() in AT_THE_TIME
    ):
        return f"../{_day(ref)}"  # "X said at the time": some time before, no day told
    if kind in _ANCHORED:
        return counted_from(anchor, _ANCHORED[kind], ref) if anchor else None
    if kind == "days_from":
        if anchor is None:
            return None
        count, way = (g["n"], g["way"]) if g["n"] else (g["weeks"], g["wway"])
        n = int(count) if count.isdigit() else _NUMBER[count.lower()]
        n *= 1 if g["n"] else 7
        return counted_from(anchor, n if way.lower() == "later" else -n, ref)
    if kind == "days_later":
        if ref is None:
            return None
        if anchor is None:
            return f"../{_day(ref)}"
        first = anchor + timedelta(days=7 if g["unit"].lower() == "weeks" else 1)
        return _span(first, ref) if first <= ref else None
    if kind == "later":
        if ref is None or anchor is None or anchor > ref:
            return None
        # within the week the story tells day by day, "later" is later that day
        return _day(anchor) if (ref - anchor).days < 7 else _span(anchor, ref)
    if kind == "in_the_day":
        day = anchor or ref
        return _day(day) if day else None
    if kind == "hour":
        return _day(ref) if ref else None
    if kind in ("iso", "dotted", "ymd"):
        return _valid_day(int(g["year"]), int(g["month"]), int(g["day"]))
    if kind == "slashed":
        return _either_order(int(g["first"]), int(g["second"]), int(g["year"]))
    if kind.startswith("span_"):
        return _span_of(kind, g, ref)
    if kind in ("md", "dm"):
        year = int(g["year"]) if g.get("year") else None
        if g.get("rel") and ref is not None:
            year = ref.year - 1 if g["rel"] == "last" else ref.year
        return _month_day(MONTHS[g["month"].rstrip(".").lower()], int(g["day"]), year, ref)
    if kind == "last_named_month" and ref is not None:
        month = MONTHS[g["month"].rstrip(".").lower()]
        return f"{ref.year if month < ref.month else ref.year - 1:04d}-{month:02d}"
    if kind == "in_month" and g.get("year"):
        return f"{int(g['year']):04d}-{MONTHS[g['month'].rstrip('.').lower()]:02d}"
    if kind == "in_year":
        return g["year"]
    if kind == "occasion_of_year":
        month = g.get("month")
        return f"{g['year']}-{MONTHS[month.rstrip('.').lower()]:02d}" if month else g["year"]
    if ref is None:
        return None
    if kind == "nth":
        return _day_of_month(int(g["day"]), ref)
    if kind == "weekday_last_week":
        monday = ref - timedelta(days=ref.weekday() + 7)
        return _day(monday + timedelta(days=WEEKDAYS[(g["wd"] or g["wd2"]).lower()]))
    if kind == "weekday_local":
        # (the day after the article's only by a clock ahead of its own: six days back
        # is a day ahead)
        back = (ref.weekday() - WEEKDAYS[g["wd"].lower()]) % 7
        return _day(ref + timedelta(days=1) if back == 6 else ref - timedelta(days=back))
    if kind == "weekday":
        back = (ref.weekday() - WEEKDAYS[g["wd"].lower()]) % 7
        if g.get("last") and g["last"].strip().lower() in ("last", "this past") and back == 0:
            back = 7
        return _day(ref - timedelta(days=back))
    if kind == "yesterday":
        return _day(ref - timedelta(days=1))
    if kind == "two_days_back":
        return _day(ref - timedelta(days=2))
    if kind == "today":
        return _day(ref)
    if kind == "overnight":
        return f"../{_day(ref)}"
    if kind == "days_after" and g["unit"]:
        return f"../{_day(ref - timedelta(days=1 if g['unit'].lower() == 'days' else 7))}"
    if kind == "days_after":
        n = g["n"] or "0"
        count = int(n) if n.isdigit() else _NUMBER[n.lower()]
        per = 7 if g["weeks"] else 14 if g["fortnights"] else 1
        return _day(ref - timedelta(days=count * per))
    if kind == "ago":
        n = int(g["n"]) if g["n"].isdigit() else _NUMBER[g["n"].lower()]
        unit = g["unit"].lower()
        if n * _DAYS_IN[unit.rstrip("s")] > _AGO_REACH:
            return None  # "3000 years ago", "99999999 days ago": no day of anyone's words
        if unit.startswith("year"):
            return str(ref.year - n)
        if unit.startswith("month"):
            months = ref.year * 12 + ref.month - 1 - n
            return f"{months // 12:04d}-{months % 12 + 1:02d}"
        days = n * (7 if unit.startswith("week") else 14 if unit.startswith("fortnight") else 1)
        return _day(ref - timedelta(days=days))
    if kind == "some_time_ago":
        return f"../{_day(ref - timedelta(days=1 if g['unit'].lower() == 'days' else 0))}"
    if kind == "last_week":
        if ref.weekday() == _SUNDAY:
            # a Sunday's "last week" is the working week just gone by, whose Monday was six
            # days before (the Sunday papers' "last week, the minister said ...")
            return _span(ref - timedelta(days=6), ref - timedelta(days=1))
        monday = ref - timedelta(days=ref.weekday() + 7)
        return _span(monday, monday + timedelta(days=6))
    if kind == "weekend":
        saturday = ref - timedelta(days=(ref.weekday() - 5) % 7)
        return _span(saturday, min(saturday + timedelta(days=1), ref))
    if kind == "this_week":
        return _so_far(
            ref - timedelta(days=ref.weekday()), ref, _EARLIER.match(m.group()) is not None
        )
    if kind == "past_week":
        return _span(ref - timedelta(days=7), ref)
    if kind == "last_month":
        first = ref.replace(day=1) - timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}"
    if kind == "this_month":
        return _so_far(ref.replace(day=1), ref, _EARLIER.match(m.group()) is not None)
    if kind == "month_start":
        return f"{ref.year:04d}-{ref.month:02d}" if g["unit"].lower() == "month" else str(ref.year)
    if kind == "in_month":
        month = MONTHS[g["month"].rstrip(".").lower()]
        year = ref.year if month <= ref.month else ref.year - 1
        year = ref.year - 1 if g.get("last") else year
        return f"{year:04d}-{month:02d}"
    if kind == "last_year":
        return f"{ref.year - 1:04d}"
    if kind == "in_season":
        begins = _SEASON_BEGINS[g["season"]]
        return f"{ref.year if begins <= ref.month else ref.year - 1:04d}"
    if kind == "earlier":
        return f"../{_day(ref)}"
    return None


_SEASON_BEGINS = {"spring": 3, "summer": 6, "autumn": 9}  # the month each season opens


def _span_of(kind: str, g: dict[str, str | None], ref: date | None) -> str | None:
    """ "from Monday to Tuesday", "Dec 9 to 11", "9-10 December 2024": the first and the
    last day, ``a/b`` (up to ``ref``, for a span still going on)."""
    if kind == "span_weekday":
        if ref is None:
            return None
        wd1 = WEEKDAYS[(g["wd1"] or g["wd3"] or "").lower()]
        wd2 = WEEKDAYS[(g["wd2"] or g["wd4"] or "").lower()]
        last = ref - timedelta(days=(ref.weekday() - wd2) % 7)
        first = last - timedelta(days=(wd2 - wd1) % 7)
        return _span(first, last)
    month = MONTHS[(g["month"] or "").rstrip(".").lower()]
    month2 = MONTHS[g["month2"].rstrip(".").lower()] if g.get("month2") else month
    d1, d2 = int(g["d1"] or 0), int(g["d2"] or 0)
    year = int(g["year"]) if g.get("year") else _year_before(month, d1, ref)
    if year is None:
        return None
    try:
        first = date(year, month, d1)
        last = date(year + (1 if month2 < month else 0), month2, d2)
    except ValueError:
        return None
    if last < first or (last - first).days > 31:
        return None  # "May 13-4": no span of days
    if ref is not None and last > ref >= first:
        last = ref  # still going on: said by the article's day
    return _span(first, last)


def _day_of_month(day: int, ref: date) -> str | None:
    """The last day numbered ``day`` on or before ``ref``: this month's, else the nearest
    month before that has one (the 31st of March, read on 14 March, is January's)."""
    month_start = ref.replace(day=1)
    for _ in range(3):
        try:
            found = month_start.replace(day=day)
        except ValueError:
            found = None
        if found is not None and found <= ref:
            return _day(found)
        month_start = (month_start - timedelta(days=1)).replace(day=1)
    return None


def find_when(window: str, ref: date | None, anchor: date | None = None) -> When | None:
    """The first date phrase in ``window`` (the attribution's own words), resolved against
    ``ref`` ("the next day" against ``anchor``, the last day the article named); None when
    the window holds no date phrase."""
    for kind, pattern in _PATTERNS:
        if (kind in _ANCHORED or kind in ("days_from", "days_later", "later")) and anchor is None:
            continue
        for m in pattern.finditer(window):
            if _names_upcoming_day(kind, m, ref):
                continue  # "talks in Geneva on January 10" in a December piece: not when said
            value = _resolve(kind, m, ref, anchor)
            return When(value, m.group(0).strip(), fits=_weekday_fits(window, m, value))
    return None


# "said on March 14" in a December story: words already said date a past day, however far
# back, where "talks in Geneva on March 14" may be a plan
_SAID_ON = re.compile(
    r"\b(?:said|told\s+[\w'\u2019-]+|stated|announced|declared|wrote|added|noted)\s+"
    # ("said in his Lunar New Year message on Feb. 9": the occasion the words were said at)
    r"(?:(?:in|at|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w.'\u2019-]+\s+){0,5}?)?"
    r"(?:on\s+)?$",
    re.I,
)


# "The decisive moment came on December 14", "the talks that began on March 3": a thing
# that already happened on the day, however far back
_HAPPENED_ON = re.compile(
    r"\b(?:came|began|ended|happened|occurred|took\s+place|(?:was|were)\s+(?:held|signed|"
    r"adopted|reached|announced)|died|voted)\s+(?:on\s+)?$",
    re.I,
)
_SAID_ON_REACH = 80  # characters: a verb of saying and its occasion before the day


def _names_upcoming_day(kind: str, m: re.Match[str], ref: date | None) -> bool:
    """A month and day without a year that lies nearer ahead of ``ref`` than behind it."""
    if kind not in ("md", "dm") or m.group("year") or m.group("rel") or ref is None:
        return False
    return _upcoming(MONTHS[m.group("month").rstrip(".").lower()], int(m.group("day")), ref)


_BESIDE = re.compile(rf"(?P<wd>{_WEEKDAY}),? (?:on )?$|^,? (?P<wd2>{_WEEKDAY})\b")


def _weekday_fits(window: str, m: re.Match[str], value: str | None) -> bool:
    """A weekday written beside a date ("on Thursday, December 16") must be that date's."""
    if value is None or len(value) != 10 or "/" in value:
        return True
    before = _BESIDE.search(window[max(0, m.start() - 14) : m.start()].replace("on ", ""))
    after = _BESIDE.search(window[m.end() : m.end() + 12])
    named = (before and before["wd"]) or (after and after["wd2"])
    return not named or WEEKDAYS[named.lower()] == date.fromisoformat(value).weekday()


def _upcoming(month: int, day: int, ref: date) -> bool:
    """Whether a day written without a year is nearer ahead of ``ref`` than behind it."""
    days = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            days.append(date(year, month, day))
        except ValueError:
            continue
    return bool(days) and min(days, key=lambda d: abs((d - ref).days)) > ref


def timeline(text: str, ref: date | None) -> list[tuple[int, When]]:
    """Every day the text names, in order, each resolved (relative ones against the one
    before): the narrative time a statement without a date of its own falls into."""
    found = sorted(
        (m.start(), m.end(), kind, m)
        for kind, pattern in _PATTERNS
        if kind in _TIMELINE
        for m in pattern.finditer(text)
    )
    out: list[tuple[int, When]] = []
    anchor: date | None = None
    last_end = -1
    for start, end, kind, m in found:
        if start < last_end:
            continue
        if _names_upcoming_day(kind, m, ref):
            continue  # a day still to come, not a past one
        value = _resolve(kind, m, ref, anchor)
        if value is None or (ref is not None and value > _day(ref)):
            continue
        last_end = end
        anchor = date.fromisoformat(value)
        out.append((start, When(value, m.group(0).strip())))
    return out


@dataclass(frozen=True)
class Phrase:
    """A date phrase in the text: where it stands and the day (or span) it names."""

    start: int
    end: int
    kind: str
    when: When


# The words a date phrase can start with, and which patterns to try there: one pass over the
# text finds them, instead of one pass a pattern.
_STARTERS: dict[str, tuple[str, ...]] = {
    "the": ("next_day", "two_days_back", "day_before", "same_day"),
    "day": ("two_days_back",),
    "next": ("next_day",),
    "following": ("next_day",),
    "at": ("same_day", "weekend", "month_start", "in_month"),
    "that": ("same_day",),
    "on": (
        "span_weekday",
        "span_md",
        "span_dm",
        "md",
        "dm",
        "nth",
        "weekday_last_week",
        "weekday_local",
        "weekday",
        "dotted",
        "slashed",
        "weekend",
    ),  # fmt: skip
    "since": ("md",),
    "last": (
        "weekday_last_week",
        "weekday",
        "yesterday",
        "last_week",
        "weekend",
        "last_month",
        "last_year",
        "last_named_month",
    ),
    "this": ("weekday", "today", "this_week", "this_month", "weekend", "past_week"),
    "over": ("weekend", "past_week", "earlier", "in_month"),
    "during": ("weekend", "past_week", "earlier", "in_month"),
    "earlier": ("weekday", "today", "in_the_day", "this_week", "this_month", "earlier"),
    "later": ("weekday", "today", "in_the_day", "later"),
    "yesterday": ("yesterday",),
    "today": ("today",),
    "overnight": ("overnight",),
    "tonight": ("today",),
    "in": (
        "in_month",
        "in_year",
        "occasion_of_year",
        "earlier",
        "past_week",
        "in_the_day",
        "in_season",
    ),
    "previously": ("earlier",),
    "once": ("earlier",),
    "recently": ("earlier",),
    "lately": ("earlier",),
    "previous": ("earlier",),
    "prior": ("earlier",),
    "recent": ("earlier",),
    "before": ("earlier",),
    "has": ("earlier",),
    "have": ("earlier",),
    "had": ("earlier",),
}
_STARTERS |= {w: ("ago", "days_after") for w in ("one", "a", "two", "three", "four", "five", "six")}
_STARTERS |= {
    w: ("days_from", "ago", "days_after") for w in ("two", "three", "four", "five", "six")
}
_STARTERS |= {w: ("next_day", "day_before", "days_from", "ago", "days_after") for w in ("one", "a")}
_STARTERS |= {w: ("days_after",) for w in ("hours", "minutes", "moments", "shortly")}
for _w in ("a", "several", "some", "just", "only", "two", "three", "hours", "minutes", "moments"):
    _STARTERS[_w] = ("hours_later", *_STARTERS.get(_w, ()))
for _w in ("a", "several", "some", "days", "weeks"):
    _STARTERS[_w] = (*_STARTERS.get(_w, ()), "days_later")
for _w in ("several", "some", "days", "weeks"):
    _STARTERS[_w] = (*_STARTERS[_w], "days_after")
for _w in ("just", "only", "a", "several", "some", "days", "weeks", "months"):
    _STARTERS[_w] = (*_STARTERS.get(_w, ()), "some_time_ago")
_STARTERS |= {name: ("span_md", "md") for name in MONTHS}
_STARTERS["from"] = _SPANS
# ("not long ago", "a while ago", "some time ago", "the other day": see "earlier")
for _w in ("not", "a", "some", "the"):
    _STARTERS[_w] = (*_STARTERS.get(_w, ()), "earlier")
_STARTERS |= {name: ("weekday_last_week", "weekday_local", "weekday") for name in WEEKDAYS}
# "at 9 a.m.", "shortly before 6 a.m.": an hour of the story's day
for _w in ("at", "around", "about", "before", "after", "shortly", "just", "soon"):
    _STARTERS[_w] = (*_STARTERS.get(_w, ()), "hour")
_TRIGGER = re.compile(r"\b(?:[A-Za-z]+|\d+)")
_NUMERIC = ("dm", "span_dm", "days_from", "ago", "days_after", "iso", "dotted", "ymd", "slashed")
_BY_KIND = {kind: (rank, pattern) for rank, (kind, pattern) in enumerate(_PATTERNS)}


def _candidates(text: str):
    """(rank, kind, match) for every date pattern that matches at a word that can start it."""
    for word in _TRIGGER.finditer(text):
        token = word.group()
        kinds = _NUMERIC if token[0].isdigit() else _STARTERS.get(token.lower(), ())
        for kind in kinds:
            rank, pattern = _BY_KIND[kind]
            m = pattern.match(text, word.start())
            if m:
                yield rank, kind, m


def date_phrases(text: str, ref: date | None) -> list[Phrase]:
    """Every date phrase in ``text``, left to right and not overlapping, each resolved against
    ``ref`` ("the next day" against the day named before it). Days still to come are left
    out: they date plans, not words already said."""
    found = sorted(
        ((m.start(), -(m.end() - m.start()), rank, kind, m) for rank, kind, m in _candidates(text)),
        key=lambda f: (f[0], f[1], f[2]),
    )
    out: list[Phrase] = []
    anchor: date | None = None
    month_or_year: str | None = None  # the last phrase named no day, only this month or year
    anchor_start = anchor_end = last_end = -1
    for start, _, _, kind, m in found:
        if start < last_end or _titled_today(text, m) or _restated(text, kind, m):
            continue
        if (
            _names_upcoming_day(kind, m, ref)
            and not _SAID_ON.search(text, max(0, start - _SAID_ON_REACH), start)
            and not _HAPPENED_ON.search(text, max(0, start - 24), start)
        ):
            continue
        # "X later wrote ...": later than a day of this paragraph, not of some other
        # speaker's Sunday paragraphs back (then than the story's own day); after the day
        # the paragraph just before gave the same name ("Caputo met investors on Monday.\n\n
        # Caputo later told ..."), some time between that day and the article's
        far = (
            kind == "later"
            and anchor is not None
            and bool(_PARAGRAPH_BREAK.search(text, anchor_end, start))
        )
        value = None
        if far and ref is not None and anchor < ref and _named_just_before(text, anchor_end, start):
            value = _span(anchor, ref)
        if kind == "days_after" and _counts_from_the_day_told(text, anchor, anchor_end, start):
            # "Stoltenberg said on Tuesday ... He was speaking a day after Trump said ...":
            # counted back from the day just told, not from the article's
            value = _resolve(kind, m, anchor, anchor)
        if (
            kind == "hour"
            and anchor is not None
            and _HOUR_OF_THE_DAY.fullmatch(text, anchor_end, start)
            and (
                "," not in text[anchor_end:start]
                or (
                    _DAY_OPENS_ITS_SENTENCE.search(text, max(0, anchor_start - 8), anchor_start)
                    is not None
                    and _AFTER_A_FRONTED_DAY.fullmatch(text, anchor_end, start) is not None
                )
            )
        ):
            # "On March 7, commencing at 4:00 p.m. ...": the hour of the day just named, not
            # of the article's
            value = _day(anchor)
        value = value or _resolve(kind, m, ref, ref if far else anchor)
        if kind == "same_day" and m.group(0).lower() in AT_THE_TIME:
            # "... met in November. At the time, X called for ...'"; "The rupture dates back
            # to January 2016, when ... X said at the time": the month or year just told
            told = _month_or_year_told(text, max(anchor_end, last_end, 0), start, ref)
            value = month_or_year or told or value
        if value is None or (
            ref is not None
            and _first_day(value) > ref
            and not (kind == "weekday_local" and _first_day(value) == ref + timedelta(days=1))
        ):
            continue
        last_end = m.end()
        # (or the stretch of days "earlier this month" told: "Earlier this month, X visited
        # Y, and Z said at the time ...")
        period = "/" in value and not value.startswith("..")
        month_or_year = value if len(value) in (4, 7) or period else None
        # "shortly after the ruling", "a day after X said": counted from an event the
        # phrase gives no day to, so no day for "the same day" or "the next day" to count from
        if len(value) == 10 and "/" not in value and kind != "days_after":
            anchor, anchor_start, anchor_end = date.fromisoformat(value), m.start(), m.end()
        fits = _weekday_fits(text, m, value)
        out.append(Phrase(start, m.end(), kind, When(value, m.group(0).strip(), fits=fits)))
    return out


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# what may stand between a day and the hour that day is told at: a few words of one clause
_HOUR_OF_THE_DAY = re.compile(r"[^.!?;\n]{0,40}")
# across a comma only after a day that opens its sentence ("On March 7, commencing at ..."),
# not one closed off in a clause of its own ("The talks, which broke down on Friday, resumed
# at 9 a.m."; "Despite the attack on Sunday, at 10 a.m. ...")
_DAY_OPENS_ITS_SENTENCE = re.compile(r"(?:^|[.!?\n][\"\u201d\u2019)]*\s*)(?:[Oo]n\s+)?$")
_AFTER_A_FRONTED_DAY = re.compile(r",[^.!?;,\n]{0,39}")


# "Reiterating his previous statements about ..., X said ...", "Echoing her earlier remarks",
# "In line with its prior statement": words set beside earlier ones are said now; the
# earlier words' time is not theirs
_RESTATING = re.compile(
    r"\b(?:[Rr]eiterat|[Rr]epeat|[Ee]cho|[Rr]estat|[Rr]eaffirm)\w*\s+|"
    r"\b(?:[Ii]n\s+line|[Cc]onsistent|[Ii]n\s+keeping)\s+with\s+|\b[Cc]ontrary\s+to\s+|\b[Uu]nlike\s+"
)
# ("repeating previous statements by X": the bare plural, no owner between; always
# matches, perhaps empty)
_RESTATED_OWNER = re.compile(r"(?:(?:his|her|its|their|the)\s+)?$")
_EARLIER_WORDS = re.compile(r"(?:previous|prior|recent|earlier)$", re.I)
# after an earlier-word with no owner before it: the noun of words it qualifies
_WORDS_NAMED_AFTER = re.compile(
    r"\s+(?:statements?|remarks|comments|calls|warnings|assertions|claims|positions|pledges)\b"
)


def _restated(text: str, kind: str, m: re.Match[str]) -> bool:
    """Whether ``m`` ("previous" of "his previous statements") dates only the words a
    restating verb or comparison sets the present ones beside."""
    if kind != "earlier" or not _EARLIER_WORDS.match(m.group(0)):
        return False
    owner = _RESTATED_OWNER.search(text, max(0, m.start() - 8), m.start())
    assert owner is not None  # (always matches, perhaps empty)
    if owner.start() == m.start() and not _WORDS_NAMED_AFTER.match(text, m.end()):
        return False  # "repeated earlier that ...": the adverb times the repeating itself
    before = text[max(0, owner.start() - 30) : owner.start()]
    return any(r.end() == len(before) for r in _RESTATING.finditer(before))


# a month with its year, or a year after a preposition, that no date phrase reads as when
# words were said ("dates back to January 2016", "since 2014"): what "at the time" points at
# (a month alone after a preposition, "since early April", is the last such month before
# the story's day)
_TIME_TOLD = re.compile(
    rf"\b(?P<month>{MONTH_NAMES})\.? (?P<year>(?:19|20)\d\d)\b"
    r"|\b(?:in|of|to|since|from) (?P<year2>(?:19|20)\d\d)\b(?![-/])"
    rf"|\b(?:in|since|until|by) (?:(?:early|mid|late|mid-)\s*)?(?P<month2>{MONTH_NAMES})\b"
    r"(?!\.?\s+\d)"
)
_TIME_TOLD_REACH = 300  # characters: the sentence before, or the one "at the time" is in


def _month_or_year_told(text: str, after: int, start: int, ref: date | None) -> str | None:
    """The last month or year the text names between ``after`` (the last date phrase) and
    ``start``, near it and before ``ref``."""
    told = None
    for m in _TIME_TOLD.finditer(text, max(after, start - _TIME_TOLD_REACH), start):
        if m["month2"] and ref is not None:
            month = MONTHS[m["month2"].lower()]
            year = ref.year if month <= ref.month else ref.year - 1
            told = f"{year}-{month:02d}"
        elif not m["month2"]:
            told = m["year2"] or f"{m['year']}-{MONTHS[m['month'].lower()]:02d}"
    if told is None or (ref is not None and _first_day(told) > ref):
        return None
    return told


_COUNTED_REACH = 400  # characters: how far back the day "a day after" counts from may stand


def _counts_from_the_day_told(text: str, anchor: date | None, anchor_end: int, start: int) -> bool:
    """Whether "a day after X said" at ``start`` counts from the day the story told just
    before (in its paragraph or the one before), as next-day copy tells it."""
    return (
        anchor is not None
        and 0 <= start - anchor_end <= _COUNTED_REACH
        and len(_PARAGRAPH_BREAK.findall(text, anchor_end, start)) <= 1
    )


_NAME_THEN_LATER = re.compile(r"\b([A-Z][\w'\u2019-]+)\s+(?:\w+ly\s+)?$")
# "Kuleba told the ministers ... He later told journalists": the speaker a pronoun stands for
_NAME_SAID = re.compile(
    r"\b([A-Z][\w'\u2019-]+)\s+(?:\w+ly\s+)?(?:said|told|says|tells|wrote|added|stated)\b"
)


def _named_just_before(text: str, anchor_end: int, start: int) -> bool:
    """Whether the name right before "later" at ``start`` (for "He" or "She", the last
    speaker named in its paragraph) stands in the paragraph that ends with the day at
    ``anchor_end``, and that paragraph is the one just before."""
    breaks = list(_PARAGRAPH_BREAK.finditer(text, anchor_end, start))
    name = _NAME_THEN_LATER.search(text, max(0, start - 40), start)
    if name is not None and name.group(1) in ("He", "She") and len(breaks) == 1:
        said = list(_NAME_SAID.finditer(text, breaks[0].end(), name.start()))
        name = said[-1] if said else None
    if name is None or len(breaks) != 1:
        return False
    opening = max(text.rfind("\n\n", 0, anchor_end), 0)
    closing = text.find("\n", anchor_end)
    paragraph = text[opening : closing if closing >= 0 else len(text)]
    return re.search(rf"\b{re.escape(name.group(1))}\b", paragraph) is not None


def date_phrases_in_parts(
    text: str,
    ref: date | None,
    parts: Sequence[tuple[int, date]],
    weekly: Collection[int] = (),
) -> list[Phrase]:
    """:func:`date_phrases` with each part of ``text`` (from each start to the next) resolved
    against its own day: a digest's item against its dateline or date line, so its "today" is
    that item's day. A part starting at one of ``weekly`` is a day's item of a round-up of the
    week, which lies between that day and the article's: a weekday in it is the last such day
    up to the article's ("TUESDAY - ... welcomed it on Thursday")."""
    if not parts:
        return date_phrases(text, ref)
    bounds = [(0, ref), *parts]
    out: list[Phrase] = []
    for k, (start, day) in enumerate(bounds):
        end = bounds[k + 1][0] if k + 1 < len(bounds) else len(text)
        found = date_phrases(text[start:end], day)
        if start in weekly and k > 0:
            of_week = {
                p.start: p for p in date_phrases(text[start:end], ref) if p.kind == "weekday"
            }
            found = [of_week.get(p.start, p) if p.kind == "weekday" else p for p in found]
        out.extend(Phrase(p.start + start, p.end + start, p.kind, p.when) for p in found)
    return out


# a title's word on the same line, no sentence end between ("Oslo. Today," is a day; so is
# "Today," opening the paragraph under a line ending "... Global Affairs Canada")
_NAME_BEFORE = re.compile(r"\b[A-Z][\w.]*\w[ \t]+$")


def _titled_today(text: str, m: re.Match[str]) -> bool:
    """ "the India Today Conclave", "USA Today": a capitalised "Today" after a capitalised
    word of the same line is a name (a sentence's or a paragraph's first word is not)."""
    return m.group(0).startswith("Today") and bool(
        _NAME_BEFORE.search(text, max(0, m.start() - 20), m.start())
    )


def _first_day(value: str) -> date:
    """The earliest day an EDTF value may mean ("../D" counts as D)."""
    head = value.split("/")[0] or value.split("/")[-1]
    head = head.removeprefix("..") or value[3:]
    parts = [int(x) for x in head.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def counted_from_an_event(evidence: str) -> bool:
    """Whether a phrase ("a day after", "hours after") counts from the event the clause it
    opens tells ("a day after X left Beijing saying ..."): it dates that clause only."""
    return _BY_KIND["days_after"][1].fullmatch(evidence) is not None


def default_when(ref: date | None) -> When:
    """No evidence: the article's own day, if known."""
    return When(_day(ref) if ref else None, "")


# a day of the week some outlets set in lower case ("Onyema saturday said", "on monday the
# minister told ..."): read as the day where it stands as one, after "on" or beside a verb
# of saying; these seven words name nothing but days, and elsewhere they are left as written
_SAYING_FORMS = (
    r"said|says|told|stated|announced|declared|added|noted|stressed|warned|insisted|"
    r"explained|disclosed|revealed|urged|assured|maintained|confirmed|remarked|emphasi[sz]ed"
)
_LOWER_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# a day of the week in a noun of its own, what is held or printed on that day ("sunday
# school", "friday prayers", "monday blues", "the saturday edition"): no day of the words
_WEEKDAY_NOUN_NEXT = (
    r"(?! (?:schools?|prayers?|services?|mass(?:es)?|markets?|blues|best|roasts?|papers?|"
    r"editions?|leagues?|worship|sermons?|lunch(?:es)?|brunch|clubs?|specials?|shifts?)\b)"
)
_WEEKDAY_AS_DAY = re.compile(
    rf"(?<=\bon )(?P<a>{_LOWER_WEEKDAY})\b{_WEEKDAY_NOUN_NEXT}"
    rf"|\b(?P<b>{_LOWER_WEEKDAY}) (?={_SAYING_FORMS}\b)"
    # (the hearers between: "told reporters sunday")
    rf"|\b(?:{_SAYING_FORMS})(?: (?:reporters|journalists|newsmen|lawmakers))? "
    rf"(?P<c>{_LOWER_WEEKDAY})\b{_WEEKDAY_NOUN_NEXT}"
)


def weekdays_as_days(text: str) -> str:
    """``text`` with a lower-case day of the week capitalised where it stands as a day (after
    "on", just before or after a verb of saying); every offset is kept."""
    if not _WEEKDAY_AS_DAY.search(text):
        return text

    def capital(m: re.Match[str]) -> str:
        group = m.lastgroup or ""
        word = m.group(group)
        at = m.start(group) - m.start()
        whole = m.group()
        return whole[:at] + word[:1].upper() + word[1:] + whole[at + len(word) :]

    return _WEEKDAY_AS_DAY.sub(capital, text)
