"""Russian datelines and date stamps: where an article says it was filed, by whom, on what day.

The wires write "МОСКВА, 17 декабря. /ТАСС/.", "Москва. 25 декабря. INTERFAX.RU - ",
"МОСКВА, 17 дек - РИА Новости.", "БИШКЕК, 19 мар — Sputnik.", BelTA "10 июня, Москва /Имя
Фамилия - БЕЛТА/." and Turan "Баку/19.09.23/Turan:". Like English ones they give month and
day, rarely the year; the year comes from elsewhere and is never guessed here. A full date
near the top ("08 февраля 2022, 13:19", "05.02.2015 11:48", a transcript's "17 декабря 2021
года") is the publication date; one followed by a time of day is preferred, since a page's
clock widget and a story's stamp can both stand there.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.dates import safe_date
from tracker.extract.meta import Dateline
from tracker.extract.russian import morph
from tracker.extract.russian.text import plain_marks

MONTHS = {
    "январ": 1, "янв": 1, "феврал": 2, "фев": 2, "март": 3, "мар": 3, "апрел": 4, "апр": 4,
    "ма": 5, "июн": 6, "июл": 7, "август": 8, "авг": 8, "сентябр": 9, "сен": 9, "сент": 9,
    "октябр": 10, "окт": 10, "ноябр": 11, "ноя": 11, "нояб": 11, "декабр": 12, "дек": 12,
}  # fmt: skip
# Any form of a month name: genitive "декабря", prepositional "декабре", abbreviations "дек."
MONTH = (
    r"(?:январ[яеь]|феврал[яеь]|марта?|марте|апрел[яеь]|ма[яйе]|июн[яеь]|июл[яеь]|"
    r"августа?|августе|сентябр[яеь]|октябр[яеь]|ноябр[яеь]|декабр[яеь]|"
    r"янв|фев|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)\.?"
)
_M = rf"(?P<month>{MONTH})"
_PLACE = r"(?P<place>[А-ЯЁ][А-ЯЁа-яё-]+(?:[ -][А-ЯЁ][А-ЯЁа-яё-]+){0,2})"
_DASH = r"\s*[-\u2013\u2014]+\s*"
# КИЕВ, 3 июня —   НЬЮ-ЙОРК, 12 марта 2024 года -: the place in capitals and the day
# before a dash, no outlet signing (the page's own story; tried after every signed form, and
# only where a story starts: see _story_opening)
_UNSIGNED = re.compile(
    rf"^(?P<place>[А-ЯЁ][А-ЯЁ-]+(?: [А-ЯЁ][А-ЯЁ-]+){{0,2}}), (?P<day>\d{{1,2}}) {_M}"
    rf"(?: (?P<year>\d{{4}})(?: г(?:ода?)?\.?)?)?(?=\s*[-\u2013\u2014]\s)",
    re.M,
)
_DATELINES = [
    # МОСКВА, 17 декабря. /ТАСС/.   ВАШИНГТОН, 5 марта. /Корр. ТАСС Иван Петров/.
    re.compile(rf"^{_PLACE}, (?P<day>\d{{1,2}}) {_M}\.? ?/(?P<outlet>[^/\n]{{2,60}})/\.?", re.M),
    # Москва. 25 декабря. INTERFAX.RU -   Киев. 11 июля. ИНТЕРФАКС-УКРАИНА -   Алматы. 15
    # марта. КазТАГ -   Баку. 13 марта. REPORT.AZ/ (Report closes its credit with a slash).
    # Interfax's regional services sign with their country, in either script: "INTERFAX.KZ",
    # "Интерфакс-Казахстан", "Интерфакс-Запад"; a site's domain may sign too: "Kun.uz".
    re.compile(
        rf"^{_PLACE}\. (?P<day>\d{{1,2}}) {_M}\.? (?P<outlet>(?:INTERFAX|Интерфакс)"
        r"(?:\.[A-Z]{2,3}|-[А-ЯЁ][а-яё]+)?(?![\w.-])"
        r"|[A-ZА-ЯЁ][\w-]*\.(?:uz|kg|kz|ru|by|am|az|ua|ge|md|tj|tm)(?=\s*[-\u2013\u2014])"
        r"|[A-ZА-ЯЁ][\w.-]*[A-ZА-ЯЁ][\w.-]*(?: [A-ZА-ЯЁ][\w.-]*)?(?=\s*[-\u2013\u2014]|/))/?",
        re.M,
    ),
    # МОСКВА, 17 дек - РИА Новости.   БИШКЕК, 19 мар — Sputnik.   Москва, 15 марта -
    # «Вестник Кавказа».   МОСКВА, 15 марта 2024 года, 10:15 — РИА Новости.
    re.compile(
        rf"^{_PLACE}, (?P<day>\d{{1,2}}) {_M}(?: (?P<year>\d{{4}})(?: г(?:ода?)?\.?)?)?"
        rf"(?:,? \d{{1,2}}:\d\d)?{_DASH}"
        r"[«\"]?(?P<outlet>[A-Za-zА-ЯЁа-яё][\w .-]{1,30}?)[»\"]?(?:,[^.\n]{2,40})?\.",
        re.M,
    ),
    # Баку, 15 марта, АЗЕРТАДЖ.   Баку, 15 марта (Trend)
    re.compile(
        rf"^{_PLACE}, (?P<day>\d{{1,2}}) {_M}(?:, (?P<outlet>[A-ZА-ЯЁ][\w.-]*[A-ZА-ЯЁ][\w.-]*)"
        r"|\s?\((?P<outlet2>[A-ZА-ЯЁ][\w. -]{1,30})\))[.:]?(?=\s)",
        re.M,
    ),
    # Ереван, 7 октября. АРМЕНПРЕСС.   Бишкек, 12 апреля, 24.kg.
    re.compile(
        rf"^{_PLACE}, (?P<day>\d{{1,2}}) {_M}(?:\. (?P<outlet>[A-ZА-ЯЁ][A-ZА-ЯЁ-]{{2,30}})\."
        r"|, (?P<outlet2>[\w-]+\.(?:kg|kz|ru|by|am|az|uz|ua|ge|md|tj|tm|com|info|news))\.?)(?=\s)",
        re.M,
    ),
    # 10 июня, Москва /Имя Фамилия - БЕЛТА/.
    re.compile(rf"^(?P<day>\d{{1,2}}) {_M}, {_PLACE} /(?P<outlet>[^/\n]{{2,80}})/", re.M),
    # АСТАНА. КАЗИНФОРМ –   АЛМАТЫ. KAZINFORM —: Kazinform's dateline gives no day, only the
    # city in capitals and the agency before a dash
    re.compile(
        r"^(?P<place>[А-ЯЁ][А-ЯЁ-]+(?: [А-ЯЁ][А-ЯЁ-]+)?)\. "
        r"(?P<outlet>[A-ZА-ЯЁ][\w.-]*[A-ZА-ЯЁ][\w.-]*)(?=\s*[-\u2013\u2014]\s)",
        re.M,
    ),
    _UNSIGNED,
    # Баку/19.09.23/Turan:
    re.compile(
        rf"^{_PLACE}/(?P<dd>\d{{1,2}})\.(?P<mm>\d{{1,2}})\.(?P<yy>\d{{2,4}})/(?P<outlet>[^:\n]+):",
        re.M,
    ),
]
_FULL = re.compile(
    rf"(?<!\d)(?P<day>\d{{1,2}}) {_M},? (?P<year>(?:19|20)\d\d)(?: г(?:ода?)?\.?)?"
    r"(?P<time>,? \d{1,2}:\d\d)?"
)
_NUMERIC = re.compile(
    r"(?<![\d.:/])(?P<day>\d{1,2})[./](?P<month>\d{1,2})[./](?P<year>(?:19|20)\d\d)"
    r"(?P<time>,? \d{1,2}:\d\d)?"
)
_ISO = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)(?P<time>T\d)?")
_HEAD_LINES = 30
_STORY_START = re.compile(r"[\s.:\u2013\u2014-]*")


def month_number(word: str) -> int | None:
    """The month a Russian month word names, in any case or abbreviated."""
    low = word.lower().rstrip(".")
    for size in (7, 6, 5, 4, 3, 2):
        if low[:size] in MONTHS and (size >= 3 or low in ("мая", "май", "мае")):
            return MONTHS[low[:size]]
    return None


def _head(text: str) -> str:
    cut = 0
    for _ in range(_HEAD_LINES):
        nxt = text.find("\n", cut + 1)
        if nxt < 0:
            return plain_marks(text)
        cut = nxt
    return plain_marks(text[:cut])


def _outlet(raw: str) -> str:
    """ "Эдуард Пивовар - БЕЛТА" -> "БЕЛТА"; "Корр. ТАСС Иван Петров" -> "ТАСС"."""
    raw = raw.strip(" .")
    if re.search(r"\s[-\u2013\u2014]\s", raw):
        raw = re.split(r"\s[-\u2013\u2014]\s", raw)[-1]
    found = re.search(r"\b(ТАСС|TASS|РИА Новости|Интерфакс|INTERFAX(?:\.RU)?)\b", raw)
    if found:
        return found.group(1)
    return re.sub(r"^(?:[Кк]орр\.|[Кк]орреспондент)\s+", "", raw.strip())  # "Корр. БЕЛТА"


# Lines a story may open with above its dateline: a headline and a lead
_LINES_ABOVE = 2
_SHORT_WORD = 4


def _story_opening(head: str, m: re.Match, text: str) -> bool:
    """Whether an unsigned dateline ("КИЕВ, 3 июня —") opens the story: a city's name (not
    "ЕС, 3 июня —", "США", "НАТО": a digest's item or a chronicle's line), at most a headline
    and a lead above it, no paragraph there giving anyone's words (they would be dropped as
    front matter), and the only line of its form (a digest's items, "КИЕВ, 9 июня — ...",
    "МОСКВА, 10 июня — ...", each keep the day their own line gives)."""
    from tracker.extract.russian.cue_words import is_cue_word

    if not all(map(_city_word, m["place"].split())):
        return False
    above = [line for line in head[: m.start()].split("\n") if line.strip()]
    if len(above) > _LINES_ABOVE:
        return False
    if any(
        re.search(r"\.[»\"]?\s*$", line)  # a paragraph (a headline ends in no full stop)
        and (
            "по словам" in line.lower()
            or any(is_cue_word(w) for w in re.findall(r"[А-ЯЁа-яё]+", line))
        )
        for line in above
    ):
        return False  # "Сибига во вторник заявил, что ...": the story began above
    for day in _DAY_OPENING.finditer(text, m.end()):
        if _DAY_LINE.match(text, day.start()):
            # "10 июня. Захарова заявила ...", "Москва, 10 июня — ...", "11 июня, четверг":
            # a day set off as a line's dateline is another item's
            return False
        line_end = text.find("\n", day.end())
        rest = text[day.end() : line_end if line_end >= 0 else None]
        first = _SENTENCE_END.split(rest)[0]
        if any(is_cue_word(w) for w in re.findall(r"[А-ЯЁа-яё]+", first)):
            # "11 июня Захарова заявила, что ...": words told on a day of their own, which
            # the dateline's day would push back a year
            return False
    return not any(
        all(map(_city_word, later["place"].split())) for later in _UNSIGNED.finditer(head, m.end())
    )


# A line opening with a day, a place before it or none, the day set off as a dateline is
# ("10 июня. ...", "Москва, 10 июня —", "11 июня 2026 года:", "10 июня, Москва", a stamp
# "10 июня 2025, 18:51", "8 декабря 2009 18:21"); not a paragraph whose
# sentence begins with a day ("5 июня Кулеба посетит Брюссель", "24 февраля 2022 года Россия
# начала"), which is the story's own telling and no other item's dateline
_DAY_LINE = re.compile(
    r"^[^\S\n]*(?:[А-ЯЁ][\w-]*(?:[ -][А-ЯЁ][\w-]*){0,2}[,.][^\S\n]*)?"
    rf"\d{{1,2}}[^\S\n]+(?i:{MONTH})(?!\w)"
    r"(?:[^\S\n]+\d{4}(?:[^\S\n]+года|[^\S\n]*г\.)?)?[^\S\n]*(?:[.:|/\u2013\u2014-]|,[^\S\n]*[А-ЯЁ]|"
    # a digest's heading: "11 июня, четверг", "11 июня в 18:51"
    r",[^\S\n]*(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)(?!\w)|"
    # (the spaces before "в" are the ones read just before: two runs of spaces side by side
    # re-read a long run from each place in it)
    r"(?:(?:,|(?<=[^\S\n])в)[^\S\n]*)?\d{1,2}:\d\d|$)",
    re.M,
)
# a sentence's end (not "2026 г. ...")
_SENTENCE_END = re.compile(r"(?<!\sг)[.!?]\s")
# Any line opening with a day, a place before it or none
_DAY_OPENING = re.compile(
    r"^[^\S\n]*(?:[А-ЯЁ][\w-]*(?:[ -][А-ЯЁ][\w-]*){0,2}[,.][^\S\n]*)?"
    rf"\d{{1,2}}[^\S\n]+(?i:{MONTH})(?!\w)",
    re.M,
)


def _city_word(word: str) -> bool:
    """A word of a place's name in capitals ("КИЕВ", "НЬЮ-ЙОРК", "ХАН-ЮНИС"): no
    abbreviation ("ЕС", "США", "ООН", "ОДКБ", "БРИКС"), a short word only as a place ("РИМ",
    "БАКУ", "УФА"; not "ШОС"), no verb or adverb ("ОБНОВЛЕНО")."""
    found = morph.parses(word)
    if word.lower() in _BODIES or not found:
        return False
    if any("Geox" in p.tag for p in found) and "Abbr" not in found[0].tag:
        return True
    top = found[0].tag
    if "Abbr" in top or "Orgn" in top or len(word) <= _SHORT_WORD:
        return False
    return top.POS in (None, "NOUN", "ADJF")


# Bodies whose letters are longer than a short word's, in capitals as a city would be
_BODIES = frozenset(["брикс", "асеан", "магатэ", "юнеско", "юнисеф", "евросоюз", "интерпол"])


def find_dateline(text: str) -> Dateline | None:
    """A Russian dateline opening a line near the top, if there is one; its ``end`` is where
    the story after it starts (past its closing dash or stop)."""
    head = _head(text)
    for pattern in _DATELINES:
        m = pattern.search(head)
        if pattern is _UNSIGNED and m is not None and not _story_opening(head, m, text):
            m = None
        if not m:
            continue
        g = m.groupdict()
        published = None
        if g.get("dd"):
            month_day = (int(g["mm"]), int(g["dd"]))
            year = int(g["yy"]) + (2000 if len(g["yy"]) == 2 else 0)
            published = safe_date(year, *month_day)
        elif g.get("month"):
            month = month_number(g["month"])
            if month is None:
                continue
            month_day = (month, int(g["day"]))
            if g.get("year"):
                published = safe_date(int(g["year"]), *month_day)
        else:
            month_day = None
        if month_day is not None and safe_date(2000, *month_day) is None:
            continue
        return Dateline(
            place=g["place"].strip(),
            outlet=_outlet(g.get("outlet") or g.get("outlet2") or ""),
            month_day=month_day,
            published=published,
            start=m.start(),
            end=_STORY_START.match(text, m.end()).end(),
        )
    return None


def header_date(text: str, story_start: int | None = None) -> date | None:
    """The publication date a page's head gives in full, a stamp with a time of day first.
    Past ``story_start`` (a dateline's), only a stamp: a date the story's text names ("о
    заявлениях от 9 ноября 2020 года") is no day it was published."""
    head = _head(text)
    found: list[tuple[int, int, date, bool, bool]] = []
    for pattern in (_FULL, _NUMERIC, _ISO):
        for m in pattern.finditer(head):
            if story_start is not None and m.start() >= story_start and not m["time"]:
                continue
            month = m["month"]
            number = int(month) if month.isdigit() else month_number(month)
            day = safe_date(int(m["year"]), number or 0, int(m["day"])) if number else None
            if day is not None:
                found.append(
                    (0 if m["time"] else 1, m.start(), day, _alone(head, m), pattern is _FULL)
                )
    if not found:
        return None
    first = min(found)
    if first[3] and first[4]:
        # "18 июля 2018" alone atop the page over "30.12.2017" alone above the headline: the
        # site's banner of the day the page was read (its month in words) stands above the
        # story's earlier stamp (in numerals); two stamps alike ("12.03.2024" over a caption's
        # "10.03.2024") leave the first
        below = sorted(
            f for f in found if f[3] and not f[4] and f[1] > first[1] and f[2] < first[2]
        )
        if below:
            return min(below, key=lambda f: f[1])[2]
    return first[2]


def date_line(line: str) -> bool:
    """Whether ``line`` is a date and nothing else ("29 января 2025 г.", "05.02.2015 11:48"):
    a page's stamp under its title, no sentence of a story."""
    line = line.strip().rstrip(".")
    return any(p.fullmatch(line) for p in (_FULL, _NUMERIC))


def _alone(head: str, m: re.Match[str]) -> bool:
    """Whether the date ``m`` stands alone on its line of ``head`` (only blanks around it; a
    look at the blanks right around it, not at its whole line, so many dates on one long
    line cost no more than the line)."""
    at = m.start() - 1
    while at >= 0 and head[at] in " \t":
        at -= 1
    return (at < 0 or head[at] == "\n") and _TO_LINE_END.match(head, m.end()) is not None


_TO_LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")
