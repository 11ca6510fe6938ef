"""Statements of an article known to be published in a month (or a year), its day untold.

A page that gives only "date 2020-09" has no publication day for the rules to count from,
and none is made up for it: the article's statements are read with no publication day, as
any undated article's are. Which of them the publication day would have dated, and how, is
then asked of the same rules twice more, once from each end of the period (its first and
its last day, and a day after the first when both fall on the same weekday, so that "on
Monday" can never pass for the publication day). Only what holds whichever day of the
period the page went up is kept:

* dated on the publication day from both ends (words said "today", a report in the plain
  past, a dated briefing): the period itself, "2020-09";
* on or before the publication day from both ends ("said earlier", "has said"):
  "../2020-09", on or before the period's last day;
* the same date from every end (a date of its own, "in August"): that date;
* on a month's page, a day the words name ("on September 3") that the reading from the
  period's last day puts in the month, and the earlier ends a year before it: that day
  (the page went up on or after it; a year's page may report last year's day, so there
  the span of both stays);
* a day, a week or a run of days counted back from the publication day ("yesterday", "on
  Monday", "last week", "earlier this month" read as "2020-09-01/2020-09-14"): the days
  any end's reading may be, from the earliest start to the latest end
  ("2020-08-24/2020-09-27"), an interval and never one day; "../day" when a reading is
  open-ended, on or before the latest end; no date when the readings lie further apart
  than the period moves them (candidates, not a run of days).

Anything else keeps what the reading without a day gave (mostly no date). A statement's
own full date is never touched: the reading without a publication day already has it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from tracker.dates import DateSpan, parse_edtf
from tracker.extract.model import ProposedStatement
from tracker.extract.pipeline import extract

_Key = tuple[tuple[int, int], str | None, str]


def extract_in_period(
    text: str, period: DateSpan, *, unnamed: bool = False, url: str | None = None
) -> list[ProposedStatement]:
    """Proposed statements of ``text`` published on some day of ``period`` (a month or a
    year, DateSpan with both ends); see the module's note for the dates they get."""
    found = extract(text, published=None, unnamed=unnamed, url=url)
    undated = [p for p in found if p.said_on is None]
    if not undated or period.start is None or period.end is None:
        return found
    probes = [period.start, period.end]
    if period.start.weekday() == period.end.weekday():
        probes.append(period.start + timedelta(days=1))
    readings = [_by_key(extract(text, published=day, unnamed=unnamed, url=url)) for day in probes]
    out = []
    for p in found:
        if p.said_on is not None:
            out.append(p)
            continue
        seen = [reading.get(_key(p)) for reading in readings]
        if any(s is None for s in seen):
            out.append(p)
            continue
        said = _said_in(period, probes, [s.said_on for s in seen])
        if said is None:
            out.append(p)
        else:
            out.append(replace(p, said_on=said, date_evidence=seen[1].date_evidence))
    return out


def _key(p: ProposedStatement) -> _Key:
    return (tuple(p.span), p.speaker, p.text)


def _by_key(statements: list[ProposedStatement]) -> dict[_Key, ProposedStatement]:
    return {_key(p): p for p in statements}


def _said_in(period: DateSpan, probes: list[date], said: list[str | None]) -> str | None:
    """What every probe's date for one statement tells about it, or None (nothing sure)."""
    if any(s is None for s in said):
        return None
    shown = period.edtf()
    if all(s == day.isoformat() for s, day in zip(said, probes, strict=True)):
        return shown
    if all(s == f"../{day.isoformat()}" for s, day in zip(said, probes, strict=True)):
        return f"../{shown}"
    if len(set(said)) == 1:
        return said[0]
    spans = [parse_edtf(s) for s in said]
    day = _own_day(period, spans)
    if day is not None:
        return day.isoformat()
    if any(span.end is None for span in spans):
        return None
    end = max(span.end for span in spans)
    if any(span.start is None for span in spans):
        return f"../{end.isoformat()}"
    start = min(span.start for span in spans)
    widest = max((span.end - span.start).days for span in spans)
    if (end - start).days > (period.end - period.start).days + widest + _WEEK:
        return None  # readings apart by more than the period moves them: candidates, no range
    return DateSpan(start, end, "interval").edtf()


_WEEK = 7


def _own_day(period: DateSpan, spans: list[DateSpan]) -> date | None:
    """A day the words name themselves ("on September 3"), whose year only the publication
    day decides: read from the period's last day it lies in the period, and from earlier
    days a year before it (the page would report words a year old). A page of that month
    went up on or after that day, so it is that day (a month page only: see the check)."""
    last = spans[1]  # read from the period's last day (see extract_in_period's probes)
    if period.precision != "month":
        return None  # a year page may well report last November's words in its spring
    if last.precision != "day" or not period.start <= last.start <= period.end:
        return None
    before = _year_before(last.start)
    if all(span.precision == "day" and span.start in (last.start, before) for span in spans):
        return last.start
    return None


def _year_before(day: date) -> date | None:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return None
