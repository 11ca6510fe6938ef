"""What an article's text says about itself: headline, dateline, outlet, date, language.

Only what is written is read: a dateline without a year gives month and day, never a guessed
year; the caller supplies the year from elsewhere or stops.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from tracker.countries import COUNTRIES, PLACE_WORDS
from tracker.dates import LAST_YEAR, DateSpan, safe_date
from tracker.extract.captions import caption_lines, post_signatures
from tracker.extract.lexicon import MEDIA, MEDIA_HEADS, OUTLET_COUNTRY, POST_WORDS
from tracker.extract.model import ArticleMeta
from tracker.extract.transcript import transcript_day
from tracker.extract.when import CRAWL_HEADER, MONTH_NAMES, MONTHS, WEEKDAY_SHORT, WEEKDAYS
from tracker.text import guess_language

# "MARCH 6, 2024": readouts and doorstops set their dates in capitals
_MON = rf"(?P<month>{MONTH_NAMES}|{MONTH_NAMES.upper()})\.?"
# "DUBAI/PARIS, June 10 (Reuters)": a story filed from two cities names both, by a slash
# ("Rio de Janeiro (EFE)", "Bogotá (EFE)": a particle in lower case, a letter with an accent)
_PLACE = (
    r"(?P<place>[A-Z][A-Za-z\u00e0-\u00fc.'-]*(?:(?:[ -]|/(?=[A-Z])|\s(?:de|da|do|del|la)\s)"
    r"[A-Z][A-Za-z\u00e0-\u00fc.'-]*){0,3})"
)
_DASH = r"\s*[-\u2013\u2014]+"
# a word in capitals, its letters Latin with or without accents ("WASHINGTON", "HÀ NỘI")
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u1e00-\u1eff"
_CAPS = rf"[{_UPPER}][{_UPPER}.'-]+"
_MON2 = _MON.replace("?P<month>", "?P<month2>")
_WEEKDAY_NAMES = "|".join(w.title() for w in WEEKDAYS)
# a wire credit may carry its day too: "(UrduPoint News / Sputnik - 19th December, 2019)"
_OUTLET = r"(?:/(?P<outlet>[^/\n]{1,30})/\.?|\((?P<outlet2>[^)\n]{1,60})\))"
# the agencies whose credit may follow the day bare: "BEIJING, Feb. 13, Kyodo" alone on its
# line, "SEOUL, Dec. 28 Kyodo - " (Kyodo's own English copy) before the dash
_AGENCIES = "Kyodo|Yonhap|Xinhua|Bernama|Antara|PTI|IANS|ANI|APP|AFP|AP|Reuters"
# MOSCOW, December 17. /TASS/.  BEIJING, Jan. 5 (Xinhua) --  New Delhi, September 21
# KYIV. Feb 20 (Interfax-Ukraine) -  DAVOS, Jan 18 (SABAH):  Moscow, 17 December 2021
# BEIJING, Nov.30 (Xinhua) --  LAHORE, Nov 30th (APP):  New Delhi [India], Nov 30 (ANI):
_DATED = (
    # "HANOI, Vietnam, March 1 (UPI) --": UPI's foreign form names the state after the city
    # ("CAIRO – 13 March 2019:": a spaced dash between the place and its day, as some papers'
    # own copy has it; _dateline keeps it for a place in capitals or a known one)
    rf"{_PLACE}(?: \[[A-Z][A-Za-z .'-]{{1,30}}\]|, [A-Z][a-z]+(?: [A-Z][a-z]+)?(?=, ))?"
    rf"(?:[,.]|(?P<dash_sep> [-\u2013\u2014]{{1,2}})) "
    rf"(?:{_MON} ?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)? {_MON2})"
    # ("Addis Ababa, December 12/2024 (ENA)": the Ethiopian News Agency's day, a slash, a year)
    rf"(?:(?:,? |/)(?P<year>\d{{4}}))?\.?"
    rf"(?: ?{_OUTLET}|,? (?P<outlet3>{_AGENCIES})(?=[ \t]*$|{_DASH}\s)"
    # "Moscow. 13 March. INTERFAX - ": the agency in capitals after the date, then a dash
    rf"| (?P<outlet4>[A-Z]{{3,12}}(?:-[A-Z]{{2,12}})?)(?={_DASH}\s))?(?:{_DASH}|:|(?=\s))"
)
# the same form standing anywhere, for a copy that lost the dateline's line break
DATED_FORM = _DATED
# the date line a crawl puts before a page's first words (" date 2023-12-01 BEIJING, ...")
_CRAWL_PREFIX = rf"[ \t]*{CRAWL_HEADER}[ \t]+"
# the same glued to what opens its line: a crawl's date line (" date 2023-12-01 BEIJING,
# Nov. 30 (Xinhua) --") or a photo caption's credit ("... (Xinhua/Li Xin) BEIJING, March 7
# (Xinhua) --"); after a caption only with its wire's credit
_GLUED_DATELINE = re.compile(
    rf"(?:^{_CRAWL_PREFIX}"
    # (a dateline is short: the look ahead is bounded, or a long line costs its square)
    rf"|(?<=[.)\]])[ \t]+(?=[^\n]{{0,80}}?\) ?(?:--|[\u2013\u2014-])))"
    rf"(?P<at>){_DATED}",
    re.M,
)
# "Rabat - Minister ...", "Tunis - The ...": the Maghreb agencies' (MAP's, TAP's) English copy
# opens on the city in title case and a spaced dash (a known place only, opening a paragraph's
# long line: "Moscow - Kyiv talks stall" is a headline)
_TITLED_PLACE_DASH = re.compile(
    r"^(?P<place>[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,2}) [-\u2013\u2014] (?=[A-Z][^\n]{80})", re.M
)
# "BUENA PARK, Calif. -", "DES MOINES, Iowa —", "MANCHESTER, N.H. —", "RANGOON, Burma -":
# the American papers' own dateline names the state (in AP's abbreviation or whole) or the
# country after the town in capitals, with no credit; a word or two in title case, or
# initials. A word in title case with no point must be a state's or a country's name: a
# headline "TRUMP, Biden - The Rematch" puts a person's name there, and is no dateline
_US_STATES = (
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
    "Puerto Rico",
    "Guam",
)
_STATE_NAMES = sorted({*_US_STATES, *(c.name for c in COUNTRIES)}, key=len, reverse=True)
_STATE_AFTER_TOWN = (
    r"(?:[A-Z][a-z]{1,11}\.(?: [A-Z][a-z]{2,11}\.?)?|[A-Z]\.(?: ?[A-Z][a-z]?\.)+|(?:"
    + "|".join(re.escape(n) for n in _STATE_NAMES)
    + r"))"
)
_BARE_CAPS_DASH = re.compile(
    rf"^(?P<place>{_CAPS}(?: {_CAPS}){{0,2}})"
    rf"(?:, (?P<weekday>{_WEEKDAY_NAMES})|, {_STATE_AFTER_TOWN}(?={_DASH}))?,?" + _DASH + r"(?=\s)",
    re.M,
)
_DATELINES = [
    re.compile(rf"^{_DATED}", re.M),
    # WASHINGTON (Reuters) -   MOSCOW (UrduPoint News / Sputnik - 19th December, 2019) Russian
    # KYIV, Ukraine (AP) —   ORLANDO, Fla. (Reuters) -   (AP's foreign and US forms)
    re.compile(
        # "ISLAMABAD, (APP - UrduPoint / Pakistan Point News - 1st Jun, 2020 ) :China ...":
        # UrduPoint's copy of APP, a comma before the credit and a space before its colon
        # ("Rio de Janeiro (EFE).-": the Spanish-language wires put a stop before the dash)
        rf"^{_PLACE}(?:, [A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){{0,2}})?,? {_OUTLET}"
        rf"(?:\.?{_DASH}| ?:|(?=\s+[A-Z]))",
        re.M,
    ),
    # Oct 15 (Reuters) -   April 30 (Reuters) –   (a wire's day and credit, no place), and
    # Bloomberg's credit alone: "(Bloomberg) --"
    re.compile(
        rf"^(?P<place>)(?:{_MON} (?P<day>\d{{1,2}})(?:,? (?P<year>\d{{4}}))? )?"
        rf"\((?P<outlet2>[A-Z][^)\n]{{1,30}})\){_DASH}(?=\s)",
        re.M,
    ),
    # "Riyadh, Safar 26, 1447 AH, August 20, 2025, SPA --": the Saudi Press Agency's day in
    # the Hijri calendar first, then the Gregorian one, then its credit
    re.compile(
        rf"^{_PLACE}, [A-Z][\w'\u2019-]*(?:[ -][A-Za-z][\w'\u2019-]*){{0,2}} \d{{1,2}}, "
        rf"\d{{4}}(?: AH| H)?, {_MON} (?P<day>\d{{1,2}}), (?P<year>\d{{4}}),? "
        rf"(?P<outlet2>[A-Z]{{2,6}}){_DASH}(?=\s)",
        re.M,
    ),
    # "MOSCOW, SANA-", "ASTANA. KAZINFORM -": the agency's name in capitals after the place
    # (Kazinform's own copy has no dash: "ASTANA. KAZINFORM The Ministry ..."; a crawl may
    # have put its date line before it)
    re.compile(
        rf"^(?:{_CRAWL_PREFIX})?{_PLACE}[,.] (?P<outlet2>[A-Z]{{3,12}})"
        rf"(?:{_DASH}(?=\s)|(?P<undashed>[ \t]+)(?=[A-Z][a-z]))",
        re.M,
    ),
    # "Havana, Cuba.-", "Caracas.-": the Spanish-language wires' form, in their English copy
    re.compile(
        r"^(?P<place>[A-Z][A-Za-z'-]*(?: [A-Z][A-Za-z'-]*){0,2})"
        r"(?:, [A-Z][A-Za-z'-]*(?: [A-Z][A-Za-z'-]*){0,2})?\.-(?=\s)",
        re.M,
    ),
    # WASHINGTON — (no outlet, no date); "HÀ NỘI —", "DA NANG —": Vietnamese copy keeps
    # the place's accents in its capitals; "WARSAW, Thursday -": the day of the week alone
    _BARE_CAPS_DASH,
    _TITLED_PLACE_DASH,
    # LONDON: (a known place only: "MR PRICE:" opens a transcript turn)
    re.compile(rf"^(?P<place>{_CAPS}(?: {_CAPS}){{0,2}}):(?=\s|$)", re.M),
]
# Cities that are no national capital but open the stories of South and Southeast Asian
# papers in the "KARACHI:" form (Dawn, The Star, NST, Times of India, Inquirer)
DATELINE_CITIES = frozenset(
    [
        "putrajaya",
        "petaling jaya",
        "shah alam",
        "george town",
        "johor bahru",
        "kota kinabalu",
        "kuching",
        "ipoh",
        "melaka",
        "malacca",
        "seremban",
        "kota bharu",
        "kuala terengganu",
        "alor setar",
        "penang",
        "mumbai",
        "kolkata",
        "chennai",
        "bengaluru",
        "bangalore",
        "hyderabad",
        "ahmedabad",
        "pune",
        "lucknow",
        "jaipur",
        "chandigarh",
        "srinagar",
        "jammu",
        "guwahati",
        "thiruvananthapuram",
        "patna",
        "bhopal",
        "karachi",
        "lahore",
        "peshawar",
        "quetta",
        "rawalpindi",
        "multan",
        "faisalabad",
        "gilgit",
        "muzaffarabad",
        "chittagong",
        "sylhet",
        "kandy",
        "cebu",
        "davao",
        "zamboanga",
        "surabaya",
        "bandung",
        "medan",
        "denpasar",
        "ho chi minh city",
        "da nang",
        "haiphong",
        "chiang mai",
        "phuket",
        "shanghai",
        "guangzhou",
        "shenzhen",
        "hong kong",
        "macao",
        "osaka",
        "busan",
        "incheon",
        "almaty",
    ]
)
_FULL_DATE = re.compile(
    rf"\b{_MON} (?P<day>\d{{1,2}})(?: ?, ?| )(?P<year>\d{{4}})\b"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?[ -](?P<month2>[A-Z][a-z]+|[A-Z]{{3,9}})\.?"
    rf"(?: ?, ?|[ -])(?P<year2>\d{{4}})\b"
)  # "March 7, 2024", "7 March 2024", "07-Mar-2024" (CGTN's "Updated 21:35, 07-Mar-2024"),
# "19 Nov. 2019" (NATO's), "16th May 2025" (a ministry's title); a page's stamp typed with
# the comma's space missing or misplaced ("Aug 13,2025", "30 October ,2024")
_CREDIT_DATE = re.compile(
    r"\s*[-\u2013\u2014,]\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}\s*$"
)
_NEWS_NAMES = MEDIA | MEDIA_HEADS | frozenset(OUTLET_COUNTRY)
_HEAD_LINES = 12
_CHROME_LINES = 40  # how far down a page's menus may push a dated dateline
_MENU_LINES = 150  # lines read at most past a page's menus for a bare place's dateline


@dataclass(frozen=True)
class Dateline:
    """A dateline found in the text and where it starts."""

    place: str | None
    outlet: str | None
    month_day: tuple[int, int] | None
    published: date | None
    start: int
    end: int
    # where the weekday of "WARSAW, Thursday -" starts: that day dates the lead, as a day
    # told in its sentence would, though it stands outside the statement's words
    weekday_at: int | None = None


def _wire_credit(place: str, groups: dict, found: str) -> bool:
    """ "WASHINGTON (Reuters) -", "Ankara (AA) -", "ISLAMABAD (APP):", but not a transcript's
    "Recep Tayyip Erdogan (retranslated):" or "Mr. Zhang Jun (China):"."""
    outlet = groups.get("outlet") or groups.get("outlet2") or ""
    if not outlet[:1].isupper():
        return False
    if not found.rstrip().endswith((":", "-", "\u2013", "\u2014")):
        return place.isupper() and len(place) > 2  # no dash: only a place in capitals
    if found.rstrip().endswith(":") and any(w.lower() in POST_WORDS for w in place.split()):
        return False  # "CABINET PUBLIC RELATIONS SECRETARY (MODERATOR):": a post, no place
    return not found.rstrip().endswith(":") or place.isupper() or place.lower() in PLACE_WORDS


def _date(year: str | None, month: str | None, day: str | None) -> date | None:
    if not (year and month and day) or month.rstrip(".").lower() not in MONTHS:
        return None
    return safe_date(int(year), MONTHS[month.rstrip(".").lower()], int(day))


def _head(text: str, lines: int = 0) -> str:
    """The first lines (``lines``, or _HEAD_LINES, not counting blank ones: a page that
    spaces its furniture out has no more of it), where a dateline or a transcript header
    stands."""
    cut = 0
    left = lines or _HEAD_LINES
    while left:
        nxt = text.find("\n", cut + 1)
        if nxt < 0:
            return text
        if text[cut:nxt].strip():
            left -= 1
        cut = nxt
    return text[:cut]


@lru_cache(maxsize=16)
def find_dateline(text: str) -> Dateline | None:
    """The article's dateline, if one of the usual wire forms opens a line near the top
    (Russian ones read by :mod:`tracker.extract.russian.dateline`)."""
    if guess_language(text) == "ru":
        from tracker.extract.russian import dateline

        return dateline.find_dateline(text)
    head, deep = _head(text), _head(text, _CHROME_LINES)
    for n, pattern in enumerate(_DATELINES):
        # a dated or credited dateline may stand below a page's menus; a bare place only
        # near the top
        for m in pattern.finditer(deep if n < 3 else head):
            found = _dateline(pattern, m)
            if found is not None:
                return found
            if n == 0 and _page_date_line(m):
                continue  # a page's date line above the story: its dateline may follow
            break  # the first line of each form decides, as the article's own dateline
        if n == 0:
            for m in _GLUED_DATELINE.finditer(deep):
                found = _dateline(_DATELINES[0], m)
                if found is not None:
                    return found
                break
    # "MUNICH -- South Korea's top diplomat ...": a page's menus, one short item a line, may
    # push even a bare place far down; those lines do not count towards the head
    for m in _BARE_CAPS_DASH.finditer(_head_past_menus(text)):
        if _not_a_place(m["place"]):
            return None
        return _dateline(_BARE_CAPS_DASH, m)
    return None


# a page's flag or an editor's label in capitals, no place: "UPDATE —", "EDITOR'S NOTE —"
_LABELS = frozenset(
    {
        "update",
        "updated",
        "breaking",
        "exclusive",
        "analysis",
        "opinion",
        "correction",
        "clarification",
        "watch",
        "live",
        "note",
        "comment",
        "editorial",
        "review",
        "explainer",
        "advisory",
        "urgent",
        "flash",
        "developing",
        "editor's note",
        "editor\u2019s note",
        "editors' note",
        "breaking news",
        "fact check",
    }
)


def _not_a_place(place: str) -> bool:
    """An editor's label ("UPDATE", "EDITOR'S NOTE"), a news agency ("AP") or a short
    capital word no place list knows, an organisation's acronym ("NATO", "UN"), found below
    a page's menus: no dateline."""
    name = place.strip().lower()
    if name in _LABELS or name in _NEWS_NAMES:
        return True
    return " " not in name and len(name) <= 4 and name not in PLACE_WORDS | DATELINE_CITIES


# a paragraph of prose: eight words or more with a stop in them after the seventh (read as
# seven words, then a search for the stop: one pattern for both re-read a long line without
# a stop from every word)
_SEVEN_WORDS = re.compile(r"(?:\S+\s+){7}")
_PROSE_STOP = re.compile(r"[.!?][\"\u201d\u2019)]*(?:\s|$)")


def _prose(line: str) -> bool:
    words = _SEVEN_WORDS.match(line)
    return words is not None and _PROSE_STOP.search(line, words.end()) is not None


_MENU_ITEM = re.compile(r"[^\s.!?:;,\"\u201c\u201d]+(?:[ \t]+[^\s.!?:;,\"\u201c\u201d]+){0,2}")


def _head_past_menus(text: str) -> str:
    """The first _HEAD_LINES lines, not counting blank ones nor a menu's items (a line of at
    most three words and no stop, comma or colon), within _MENU_LINES lines."""
    cut, left, seen, prose = 0, _HEAD_LINES, 0, False
    while left and seen < _MENU_LINES:
        nxt = text.find("\n", cut + 1)
        if nxt < 0:
            return text
        line = text[cut:nxt].strip()
        seen += 1
        # only the page's head, above the first paragraph of prose, is menus: below it a
        # short line ("By Jane Doe", "Advertisement", "Related coverage") is the story's own
        if line and (prose or not _MENU_ITEM.fullmatch(line)):
            left -= 1
        prose = prose or _prose(line)
        cut = nxt
    return text[:cut]


@lru_cache(maxsize=16)
def section_datelines(text: str) -> tuple[Dateline, ...]:
    """Datelines that open paragraphs after the article's own: a digest of wire stories
    ("SEOUL, Aug. 12 (Yonhap) --" before each item) starts a story of its own at each. Only
    forms with a date or a wire credit, or a place known as one, count."""
    first = find_dateline(text)
    if first is None or guess_language(text) == "ru":
        return ()
    found = []
    for pattern in _DATELINES:
        for m in pattern.finditer(text, first.end):
            if pattern in _DATELINES[3:] and m["place"].lower() not in PLACE_WORDS:
                continue
            dateline = _dateline(pattern, m)
            if dateline is not None:
                found.append(dateline)
    return tuple(sorted(found, key=lambda d: d.start))


# "28 April 2017" alone on a line: a listing's item date ("Meetings Coverage", a news feed)
# A live blog stamps each entry with its day and the time of posting: "Thu 13 Mar 2025 22.45
# GMT", "March 13, 2025, 10:45 p.m. ET"; the time says nothing of the day
_POSTED_AT = (
    r"(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}[.:]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4})?)?"
)
_DATE_LINE = re.compile(
    rf"^[ \t]*(?:(?:{'|'.join(w.title() for w in WEEKDAYS)}|"
    rf"{'|'.join(w.title()[:3] for w in WEEKDAYS)}),?\s+)?"
    rf"(?:(?P<day>\d{{1,2}}) (?P<month>[A-Z][a-z]+),? (?P<year>\d{{4}})|"
    rf"(?P<month2>[A-Z][a-z]+\.?) (?P<day2>\d{{1,2}}),? (?P<year2>\d{{4}})){_POSTED_AT}[ \t]*$",
    re.M,
)


@lru_cache(maxsize=16)
def date_lines(text: str) -> tuple[tuple[int, date], ...]:
    """Where each item of a dated listing starts and its day: lines that hold only a date,
    when there are two or more of them (one alone is the page's own date)."""
    found = lone_date_lines(text)
    return found if len(found) >= 2 else ()


def lone_date_lines(text: str) -> tuple[tuple[int, date], ...]:
    """Every line that holds only a date, and its day."""
    found = []
    for m in _DATE_LINE.finditer(text):
        day = _date(m["year"], m["month"], m["day"]) or _date(m["year2"], m["month2"], m["day2"])
        if day is not None:
            found.append((m.start(), day))
    return tuple(found)


# "Monday: NATO chief sees no sign ...", "TUESDAY", "Friday - Munich", "MONDAY, March 4": a
# weekly round-up heads each day's item with the weekday (and its date), its headline after
# a colon or a dash
_WEEKDAY_HEAD = re.compile(
    rf"^[ \t]*(?P<wd>{'|'.join(w.title() for w in WEEKDAYS)}|"
    rf"{'|'.join(w.upper() for w in WEEKDAYS)})"
    rf"(?:,?[ \t]+(?:{MONTH_NAMES}|{MONTH_NAMES.upper()})\.?[ \t]+\d{{1,2}}|"
    rf",?[ \t]+\d{{1,2}}[ \t]+(?:{MONTH_NAMES}|{MONTH_NAMES.upper()}))?"
    r"[ \t]*(?::|[ \t][-\u2013\u2014][ \t]|$)",
    re.M,
)


def weekday_heads(text: str, published: date | None) -> tuple[tuple[int, date], ...]:
    """Where each day's item of a round-up of the week starts and its day: lines opened by a
    weekday alone, two or more of them, each the last such weekday up to the article's day
    (a round-up looks back; "Sunday" on a Sunday is that day)."""
    if published is None:
        return ()
    found = []
    for m in _WEEKDAY_HEAD.finditer(text):
        back = (published.weekday() - WEEKDAYS[m["wd"].lower()]) % 7
        found.append((m.start(), date.fromordinal(published.toordinal() - back)))
    return tuple(found) if len({day for _, day in found}) >= 2 else ()


# "Yesterday", "TODAY", "Yesterday, 22:15": a live page heads the entries of each day by how
# far back that day lies, on a line of its own
_RELATIVE_HEAD = re.compile(
    r"^[ \t]*(?P<rel>Today|Yesterday|TODAY|YESTERDAY)(?:,?[ \t]+\d{1,2}[:.]\d{2})?[ \t]*$", re.M
)


def relative_day_heads(text: str, published: date | None) -> tuple[tuple[int, date], ...]:
    """Where each day's entries under a "Today" or "Yesterday" heading start and their day,
    when a "Yesterday" heading stands among them (a "Today" alone may be a site's menu)."""
    if published is None:
        return ()
    found = [
        (m.start(), date.fromordinal(published.toordinal() - (m["rel"].lower() == "yesterday")))
        for m in _RELATIVE_HEAD.finditer(text)
    ]
    return tuple(found) if any(day != published for _, day in found) else ()


# a weekday's short forms: "Wed, 13 Mar 2019 - 09:22 GMT" is a page's stamp, no dateline
_WEEKDAY_SHORT = frozenset(w.lower() for w in WEEKDAY_SHORT)
# a page's labels in capitals before a dash and a day ("LIVE – 13 March 2019:", "UPDATE -
# March 13, 2019."): no place
_PAGE_LABELS = frozenset(
    [
        "live",
        "update",
        "updates",
        "updated",
        "breaking",
        "exclusive",
        "watch",
        "video",
        "analysis",
        "opinion",
        "editorial",
        "photos",
        "listen",
        "correction",
        "alert",
        "flash",
        "urgent",
        "news",
        "explainer",
        "factbox",
        "timeline",
    ]
)


def _page_date_line(m: re.Match[str]) -> bool:
    """ "Thursday, July 11, 2019", "Wed, 13 Mar 2019 - 09:22 GMT": a page's date line, its
    weekday where a dateline has its place."""
    place = m["place"].lower().rstrip(".")
    return place in WEEKDAYS or place in _WEEKDAY_SHORT


def _dateline(pattern: re.Pattern[str], m: re.Match[str]) -> Dateline | None:
    g = m.groupdict()
    if _page_date_line(m):
        return None  # "Thursday, July 11, 2019": a page's date line, no place
    if g.get("dash_sep") and (
        not (g["place"].isupper() or g["place"].lower() in PLACE_WORDS | DATELINE_CITIES)
        or not _PAGE_LABELS.isdisjoint(g["place"].lower().split())
    ):
        # "Updates - 13 March 2019", "LIVE – 13 March 2019:": a dash after a word no place
        # list knows, or a page's label in capitals
        return None
    if (pattern is _DATELINES[-1] or pattern is _TITLED_PLACE_DASH) and m[
        "place"
    ].lower() not in PLACE_WORDS | DATELINE_CITIES:
        return None
    if pattern is _DATELINES[1] and not _wire_credit(m["place"], g, m.group()):
        return None
    outlet_name = (g.get("outlet2") or "").lower()
    if pattern is _DATELINES[2] and not g.get("day") and outlet_name not in _NEWS_NAMES:
        return None  # "(Updated) -": only a news agency's name stands alone as a credit
    if g.get("undashed") and outlet_name not in _NEWS_NAMES:
        return None  # "ASTANA. KAZINFORM The ...": without its dash, only a known agency
    day = g.get("day") or g.get("day2")
    month = g.get("month") or g.get("month2")
    month_day = None
    if month and day:
        month_day = (MONTHS[month.rstrip(".").lower()], int(day))
    outlet = g.get("outlet") or g.get("outlet2") or g.get("outlet3") or g.get("outlet4")
    if outlet and _CREDIT_DATE.search(outlet):
        outlet = _CREDIT_DATE.sub("", outlet)  # "Sputnik - 19th December, 2019": the date
    return Dateline(
        place=g["place"].strip() or None,
        outlet=outlet.strip() if outlet else None,
        month_day=month_day,
        published=_date(g.get("year"), month, day),
        start=m.start("at") if "at" in g else m.start(),
        end=m.end(),
        weekday_at=m.start("weekday") if g.get("weekday") else None,
    )


# A page's own stamp of when it went up: the crawl's date line opening the text, a day with
# its clock time ("Updated: 2019-06-18 08:18", "2022-12-12 19:15:00", "08:25, January 22,
# 2013", "July 24, 2016 - 09:33", "Saturday, 21 April 2018 11:48") or a labelled day
# ("Published: 05th October 2019", "Source: Xinhua | 2019-11-28"). It dates the page, never an
# event the story tells, even on the line of a caption or a title naming a meeting.
_MONTH_DAY_YEAR = rf"(?:{MONTH_NAMES})\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}"
_DAY_MONTH_YEAR = rf"\d{{1,2}}(?:st|nd|rd|th)?[ -](?:{MONTH_NAMES})\.?,?[ -]\d{{4}}"
_DAY_WRITTEN = (
    rf"(?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}-\d{{1,2}}-\d{{4}}"
    rf"|{_MONTH_DAY_YEAR}|{_DAY_MONTH_YEAR})"
)
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
_PAGE_STAMP = re.compile(
    rf"\A[ \t]*{CRAWL_HEADER}\b"
    rf"|\b{_DAY_WRITTEN}(?:[ \t]*[-|,]?[ \t]*(?:[A-Z]{{3,4}}[ \t]+)?{_CLOCK})"
    rf"|\b{_CLOCK},?[ \t]+{_DAY_WRITTEN}"
    rf"|\b(?:Updated|Published|Posted|Written|Released|Created|Date|Source:[^|\n]{{0,40}}\|)"
    rf"[ \t]*(?:[Oo]n)?[ \t]*:?[ \t]*{_DAY_WRITTEN}"
)


@lru_cache(maxsize=16)
def page_stamps(text: str) -> tuple[tuple[int, int], ...]:
    """Where the page stamps its own day (see _PAGE_STAMP), in the first lines."""
    head = _head(text, _CHROME_LINES)
    return tuple((m.start(), m.end()) for m in _PAGE_STAMP.finditer(head))


def _header_date(text: str, dateline_month_day: tuple[int, int] | None = None) -> date | None:
    """A full date in the first lines: the one a "Published" label gives (not a photo
    caption's above it; below a page's menus and share buttons too) or a stamp writes the ISO
    way, else one alone on its line, else the first ("Department Press Briefing ... December
    17, 2021") that no photo caption or embedded post gives (a file photo's day, a post's) and
    the story's own weekday does not gainsay. A site's banner of the day the page was read
    yields to the story's own stamp below it (see _below_banner)."""
    deep = _head(text, _CHROME_LINES)
    for label in _PUBLISHED_LABEL.finditer(deep):
        found = dates_in_full(deep[label.end() : label.end() + 40])
        if found:
            return found[0]
    for stamp in _ISO_STAMP.finditer(deep):
        # "Source: Xinhua | 2025-03-05 21:14:36", "Updated: 2023-11-21 17:32"
        stamped = safe_date(int(stamp["year"]), int(stamp["month"]), int(stamp["day"]))
        if stamped:
            return stamped
    for stamp in _CLOCKED_NUMERALS.finditer(deep, 0, _top_end(deep)):
        # "2021-02-08 11:27:22 Xinhua", "BNS2021.06.14 14:37": a day written year first with
        # its clock above the story (and below no date alone on its line) is the page's stamp,
        # whatever label it has or lacks; no photo caption's, no listing's below the story
        found = safe_date(int(stamp["year"]), int(stamp["month"]), int(stamp["day"]))
        if found and not _on_caption(deep, stamp.start()):
            return found
    head = _head(text)
    for line in _DATE_LINE.finditer(head):
        # a date alone on its line is the page's stamp, not a day the title or the lead tells
        alone = _date(line["year"], line["month"], line["day"]) or _date(
            line["year2"], line["month2"], line["day2"]
        )
        if alone is not None:
            if _BANNER.search(line.group()):
                return _below_banner(text, line.end(), alone) or alone
            return alone
    skip = iter(sorted([*caption_lines(head, dated_credit=False), *post_signatures(head)]))
    span = next(skip, None)
    for m in _FULL_DATE.finditer(head):
        # the skipped spans walked once alongside the dates (both in the text's order)
        while span is not None and span[1] <= m.start():
            span = next(skip, None)
        if span is not None and span[0] <= m.start():
            continue
        found = _date(m["year"], m["month"], m["day"]) or _date(m["year2"], m["month2"], m["day2"])
        if found is None:
            continue
        begin = head.rfind("\n", 0, m.start()) + 1
        end = head.find("\n", m.end())
        line = head[begin : len(head) if end < 0 else end]
        gainsaid = _gainsaid(text, found, begin, begin + len(line))
        if gainsaid and (found.month, found.day) != dateline_month_day:
            # "... in Sochi, Russia, on October 22, 2021. (AP)" over a story whose lead tells
            # "The ministry on Tuesday said": a photo's day or a day the story tells
            return None
        if _BANNER.search(line):
            return _below_banner(text, m.end(), found) or found
        return found
    return None


def _top_end(head: str) -> int:
    """Where the story begins in ``head`` (its first line of prose) or, earlier, the first
    date alone on its line (the page's stamp): the end of the page's top."""
    end = len(head)
    if (lone := _DATE_LINE.search(head)) is not None:
        end = lone.start()
    pos = 0
    while pos < end:
        nxt = head.find("\n", pos)
        stop = len(head) if nxt < 0 else nxt
        if _prose(head[pos:stop].strip()):
            return min(end, pos)
        pos = stop + 1
    return end


def _on_caption(head: str, at: int) -> bool:
    """Whether ``at`` stands on a photo caption's line of ``head``."""
    return any(start <= at < end for start, end in caption_lines(head, dated_credit=False))


# a site's banner of the day the page was read: the day with its weekday ("Tuesday March 04,
# 2025") or a "Today's Paper |" line; the stamp a place and a clock write atop a site is one
# too (see _banner_dateline)
# ("Today, March 9, 2024" opening its line; not an outlet's name: "Russia Today |", "USA Today")
_BANNER = re.compile(
    rf"\b(?:{_WEEKDAY_NAMES})\b|\bToday['\u2019]?s Paper\b|^[ \t]*Today\b(?![ \t]+[A-Z])", re.M
)

# a weekday the story tells its events by: "The Kremlin on Monday slammed", "said on
# Tuesday", "On Wednesday, the minister told"; not a name's ("Good Friday Agreement", "Super
# Tuesday", "The Sunday Times"), not one a written date carries ("Monday, March 10, 2025")
_STORY_WEEKDAY = re.compile(
    rf"(?P<name>\b[A-Z][\w'\u2019-]*[ \t]+)?(?P<on>\b[Oo]n[ \t]+)?\b(?P<wd>{_WEEKDAY_NAMES})\b"
    rf"(?![ \t]+[A-Z]|,?[ \t]+(?:\d|(?:{MONTH_NAMES})\b)|['\u2019]s\b)"
)
# a weekday told of what is still ahead: "would vote ... on Friday", "will meet on Monday",
# "On Friday, the Senate will vote" (after the weekday, "would" is a report's: "X on Sunday
# said Iran would")
_AHEAD = re.compile(
    r"\b(?:will|would|shall|'ll|\u2019ll|going to|expected|due to|set to|plans? to|planned"
    r"|scheduled|next|coming|upcoming|until|ahead of|before|from)\b",
    re.I,
)
_AHEAD_AFTER = re.compile(
    r"\b(?:will|shall|'ll|\u2019ll|going to|expected|due to|set to|plans? to|scheduled)\b",
    re.I,
)
_SENTENCE_REST = re.compile(r"[^.!?\n]*")
_LEAD_CHARS = 3000  # how far the story's first weekday is looked for
_SENTENCE_BACK = 300  # how far back the weekday's sentence is read for a word of the future


def _weekday_name(m: re.Match[str]) -> bool:
    """Whether a _STORY_WEEKDAY match is a name's weekday ("Super Tuesday", "Good Friday"):
    no day told."""
    return bool(m["name"]) and not m["on"] and m["name"].strip() != "On"


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` begins, read back no further than _SENTENCE_BACK."""
    back = max(0, at - _SENTENCE_BACK)
    return max(back, max(text.rfind(c, back, at) for c in ".!?\n") + 1)


def _told_ahead(text: str, m: re.Match[str]) -> bool:
    """Whether the weekday ``m`` names is told of what is still ahead: a word of the future
    or of a span in its sentence before it, or one of the future right after it."""
    at = m.start("wd")
    after = _SENTENCE_REST.match(text, m.end(), m.end() + 40)
    return bool(
        _AHEAD.search(text, _sentence_start(text, at), at)
        or _AHEAD_AFTER.search(text, m.end(), after.end() if after else m.end())
    )


def _story_weekday(text: str) -> int | None:
    """The weekday the story tells its events by: the first weekday it names in its first
    _LEAD_CHARS characters (no name's, no written date's), when that is firm: "on
    <weekday>", told as past (see _told_ahead)."""
    for m in _STORY_WEEKDAY.finditer(text, 0, min(len(text), _LEAD_CHARS)):
        if _weekday_name(m):
            continue  # "Super Tuesday", "Good Friday": a name, no day told
        if not m["on"] and not m["name"]:
            return None  # "said Tuesday", "last Monday", "around Sunday": not firm
        if _told_ahead(text, m):
            return None
        return WEEKDAYS[m["wd"].lower()]
    return None


# "On Tuesday President Putin said": a weekday told with "on" before a name still tells a day
_ON_WEEKDAY = re.compile(
    rf"\b[Oo]n[ \t]+(?P<wd>{_WEEKDAY_NAMES})\b"
    rf"(?!,?[ \t]+(?:\d|(?:{MONTH_NAMES})\b)|['\u2019]s\b)"
)
# a clause that is not the news's own: "When Macron on Tuesday told ...", "Days after the
# Kremlin on Monday rejected ..."
_SUBORDINATE = re.compile(
    r"\b(?:when|after|before|since|while|although|though|because|whereas|once|until|if)\b"
    r"|\A[ \t]*[Aa]s\b",
    re.I,
)


def _gainsaid(text: str, day: date, begin: int, end: int) -> bool:
    """Whether the story's own weekday rules ``day`` (read on the line ``begin``-``end``) out
    as the page's: a story tells what happened on the day it went up or the day before
    ("said on Tuesday"), so a day two to six days after that weekday is some other day's (a
    photo's, an earlier meeting's). The weekday is the lead's first firm one ("on <weekday>",
    told as past) in a clause of its own news, not one told of an earlier event in a clause
    before it ("When Macron on Tuesday told ..., allies were quick", "Days after the Kremlin
    on Monday rejected ..., Lavrov said on Thursday"); a past weekday up to it that fits the
    day ("On Tuesday President Putin said") leaves the day alone, and so does a loose one
    ("said Tuesday", "last Monday")."""
    limit = min(len(text), _LEAD_CHARS)
    found = sorted(
        [*_STORY_WEEKDAY.finditer(text, 0, limit), *_ON_WEEKDAY.finditer(text, 0, limit)],
        key=lambda m: (m.start("wd"), m.re is not _STORY_WEEKDAY),
    )
    seen = -1
    for m in found:
        at = m.start("wd")
        if begin <= at < end or at == seen:
            continue
        seen = at
        story = m.re is _STORY_WEEKDAY
        if story and _weekday_name(m):
            continue  # "Super Tuesday", "Good Friday": a name, no day told
        if _told_ahead(text, m):
            if story:
                return False  # as before: a day ahead tells no firm day
            continue
        if (day.weekday() - WEEKDAYS[m["wd"].lower()]) % 7 in (0, 1):
            return False
        if not story:
            continue  # "On Tuesday President Putin said": fits or not, it refuses nothing
        if not m["on"] and not m["name"]:
            return False  # "said Tuesday", "last Monday", "around Sunday": not firm
        sentence = _sentence_start(text, at)
        clause_start = max(sentence, text.rfind(",", sentence, at) + 1)
        if _SUBORDINATE.search(text[clause_start:at]):
            continue  # an earlier event told first
        return True
    return False


_STAMP_WORDS = 12  # a line of more words is prose or a caption, not a stamp
_OWN_STAMP = re.compile(
    rf"(?P<label>\b(?:Updated|Published|Posted|Written|Released|Created|Date)\b[ \t]*"
    rf"(?:[Oo]n)?[ \t]*:?[ \t]*)?(?P<weekday>\b(?:{_WEEKDAY_NAMES}),?[ \t]+)?"
    # a written day, glued to a byline or not ("news deskNovember 21, 2022 8:05 pm")
    rf"(?:(?<![A-Z])(?P<written>{_MONTH_DAY_YEAR}|\b{_DAY_MONTH_YEAR})\b"
    # or in numerals with its clock ("WORLD | 21-02-2024 22:08")
    rf"|\b(?P<n1>\d{{1,2}})[-./](?P<n2>\d{{1,2}})[-./](?P<year3>\d{{4}})"
    rf"(?=[ \t]*(?:[-|,][ \t]*)?{_CLOCK}))"
    rf"(?P<clock>[ \t]*[-|,]?[ \t]*(?:at[ \t]+)?{_CLOCK})?"
)
_BARS = ("|", "\u2022", "\u00b7")
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b")


def _below_banner(text: str, after: int, day: date) -> date | None:
    """The story's own day when ``day`` (read up to ``after``) is a site's banner of the day
    the page was read ("Tuesday January 07, 2025" above the headline, "Today's Paper |
    December 20, 2024"): a stamp of an earlier day standing on a short line below it, above
    the story's first paragraph and on no photo caption. The banner is never earlier than
    the story it tops; a page that went up later than a day it names is no banner's. A stamp
    looks like one: the day alone on its line, or with its clock, its weekday or a label
    ("Updated"); not a day a title or a caption names ("Photos from the visit, March 6")."""
    deep = _head(text, _CHROME_LINES)
    weekday = None
    pos = deep.find("\n", after)
    while 0 <= pos < len(deep):
        nxt = deep.find("\n", pos + 1)
        end = len(deep) if nxt < 0 else nxt
        line = deep[pos + 1 : end]
        if _prose(line.strip()):
            return None  # the story has begun
        if len(line.split()) <= _STAMP_WORDS and not _on_caption(deep, pos + 1):
            for m in _OWN_STAMP.finditer(line):
                alone = not (line[: m.start()] + line[m.end() :]).strip()
                # a weekday makes a stamp of a date alone on its line, set off by a bar ("Press
                # briefing | Tuesday, March 5, 2024") or after names only (a byline, a credit:
                # "Ahram Online , Reuters , Saturday 10 Dec 2016"), not of a deck's or a
                # subhead's day ("Security Council meeting, Tuesday, March 5, 2024")
                signed = m["weekday"] and _signed_stamp(line, m.start(), m.end())
                if not (alone or m["clock"] or signed or m["label"]):
                    continue
                if m["year3"] and weekday is None:
                    weekday = _story_weekday(text)  # once: a line may hold many stamps
                own = _stamp_day(m, weekday)
                if own is not None and own < day:
                    return own
        pos = nxt
    return None


def _signed_stamp(line: str, start: int, end: int) -> bool:
    """Whether the day at ``start``-``end`` of ``line`` ends it after a bar or after names."""
    if line[end:].strip(_STAMP_PUNCT):
        return False
    before = line[:start].rstrip()
    if before.endswith(_BARS):
        return True
    words = before.replace(",", " ").split()
    return all(w[:1].isupper() or w in ("and", "by", "&") for w in words)


_STAMP_PUNCT = " \t|,-\u2013\u2014"


def _stamp_day(m: re.Match[str], weekday: int | None) -> date | None:
    """The day an _OWN_STAMP match writes; one in numerals both ways ("01-08-2024": the first
    of August or the eighth of January) only where the story's ``weekday`` fits one reading
    alone (the day itself or the day after it, see _gainsaid)."""
    if m["written"]:
        found = dates_in_full(_ORDINAL.sub("", m["written"]))
        return found[0] if found else None
    first, second, year = int(m["n1"]), int(m["n2"]), int(m["year3"])
    readings = {d for d in (safe_date(year, second, first), safe_date(year, first, second)) if d}
    if len(readings) == 1:
        return readings.pop()
    if weekday is None:
        return None
    fitting = [d for d in readings if (d.weekday() - weekday) % 7 in (0, 1)]
    return fitting[0] if len(fitting) == 1 else None


_PUBLISHED_LABEL = re.compile(r"\b(?:Published|Posted|Created|Released)(?:\s+on)?\s*:?\s*", re.I)
# a page's stamp that writes its day the ISO way after a label or a "Source: X |" credit
_ISO_STAMP = re.compile(
    r"\b(?:Published|Posted|Created|Released|Updated|Source:[^|\n]{0,40}\|)[ \t]*:?[ \t]*"
    # (year first, the day's parts parted by hyphens or slashes: "Published: 2019/8/26 10:40")
    r"(?P<year>\d{4})(?P<sep>[-/])(?P<month>0?[1-9]|1[0-2])(?P=sep)(?P<day>\d{1,2})\b"
)


_CLOCKED_NUMERALS = re.compile(
    r"(?<![\d.:/-])(?P<year>(?:19|20)\d\d)(?P<sep>[-./])(?P<month>\d{1,2})(?P=sep)"
    r"(?P<day>\d{1,2})(?:[ \t]+|T)\d{1,2}:\d{2}\b"
)


def dates_in_full(text: str) -> list[date]:
    """The dates ``text`` writes with day, month and year ("March 7, 2024", "7 March 2024")."""
    out = []
    for m in _FULL_DATE.finditer(text):
        found = _date(m["year"], m["month"], m["day"]) or _date(m["year2"], m["month2"], m["day2"])
        if found:
            out.append(found)
    return out


_CRAWL_DATE = re.compile(rf"^{CRAWL_HEADER}\s*")
# the date line a crawl puts before a page's first words, read from the page's own
# metadata: " date 2024-04-08 QUITO - ...", or only the month, " date 2020-09 ..."
_CRAWL_LINE = re.compile(rf"\A\s*{CRAWL_HEADER}(?(crawl_day)\b|(?![-\d]))")


def _crawl_date(text: str) -> date | None:
    """The day a crawl's date line gives the page."""
    m = _CRAWL_LINE.match(text)
    if m is None or not m["crawl_day"]:
        return None
    return safe_date(int(m["crawl_year"]), int(m["crawl_month"]), int(m["crawl_day"]))


def _crawl_month(text: str) -> DateSpan | None:
    """The month a crawl's date line gives the page when it gives no day ("date 2020-09")."""
    m = _CRAWL_LINE.match(text)
    if m is None or m["crawl_day"]:
        return None
    year, month = int(m["crawl_year"]), int(m["crawl_month"])
    return DateSpan.month(year, month) if 1 <= month <= 12 and year <= LAST_YEAR else None


def _banner_dateline(text: str, dateline: Dateline) -> date | None:
    """The story's own day when a dated dateline is a site's banner: a place and a day with
    its clock on a line of their own, over the story's stamp of an earlier day."""
    begin = text.rfind("\n", 0, dateline.start) + 1
    end = text.find("\n", dateline.start)
    line = text[begin : len(text) if end < 0 else end]
    if _prose(line.strip()) or not _PAGE_STAMP.search(line):
        return None
    return _below_banner(text, begin + len(line), dateline.published)


def _title(lines: list[str]) -> str | None:
    lines = [t for t in (_CRAWL_DATE.sub("", line, count=1) for line in lines) if t]
    for line in lines:
        if len(line.split()) >= 3:
            return line
    return lines[0] if lines else None


def read_meta(text: str) -> ArticleMeta:
    """Title, dateline, outlet, date and language as the text gives them."""
    dateline = find_dateline(text)
    own = None
    if dateline and dateline.published and (own := _banner_dateline(text, dateline)):
        # "Montevideo, January 22nd 2025 - 09:04 UTC" over "Thursday, June 30th 2011 - 06:40
        # UTC": the site's place and clock at the top, the day it was read; no dateline
        dateline = None
    before = text[: dateline.start] if dateline else _head(text)
    lines = [ln.strip() for ln in before.splitlines() if ln.strip()]
    if not dateline:
        lines = lines[:1]
    published = dateline.published if dateline else own
    if published is None:
        published = _crawl_date(text)
    if published is None and guess_language(text) == "ru":
        from tracker.extract.russian import dateline as russian_dateline

        published = russian_dateline.header_date(text, dateline.start if dateline else None)
    if published is None:
        published = _header_date(text, dateline.month_day if dateline else None)
    if published is None:
        # a transcript's header may stand below site chrome, past the first lines
        published = transcript_day(text)
    return ArticleMeta(
        title=_title(lines),
        outlet=dateline.outlet if dateline else None,
        dateline_place=dateline.place if dateline else None,
        dateline_month_day=dateline.month_day if dateline else None,
        published=published,
        language=guess_language(text),
        period=_crawl_month(text) if published is None else None,
    )
