"""When a Russian statement was said, from the words around its attribution.

The same resolution as :mod:`tracker.extract.when`, for Russian phrases: weekdays in any case
("в пятницу", "во вторник", "в минувшее воскресенье", "с понедельника"), "сегодня", "вчера",
"накануне" (the day before), "на вчерашнем брифинге", "ранее" (on or before the article's
day), "на прошлой неделе", "в конце прошлой недели", "в декабре", "17 декабря [2021 года]",
"три дня назад". The first pattern (most precise first) that matches decides, as in English.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tracker.extract.russian import morph
from tracker.extract.russian.dateline import MONTH, month_number
from tracker.extract.russian.lexicon import AS_BEFORE, HELD, ISSUED, RECORDED, ROLE_HEADS, SAYING
from tracker.extract.spans import Spans
from tracker.extract.when import Phrase, When, _month_day, _span, _upcoming

# the month each season opens ("весной": March; "летом": June; "осенью": September)
_SEASON_BEGINS = {"весной": 3, "летом": 6, "осенью": 9}

_WEEKDAY_STEMS = {
    "понедельни": 0, "вторни": 1, "сред": 2, "четверг": 3, "пятни": 4, "суббот": 5,
    "воскресн": 6, "воскресень": 6,
}  # fmt: skip
# A weekday noun in any case, or its adjective ("на пятничном брифинге")
_WEEKDAY = (
    r"(?P<wd>понедельник[аеу]?|вторник[аеу]?|сред[аыуе]|четверг[аеу]?|пятниц[аыуе]|"
    r"суббот[аыуе]|воскресень[еяю]|понедельничн\w+|вторничн\w+|четвергов\w+|"
    r"пятничн\w+|субботн\w+|воскресн\w+)"
)
_NUMBERS = {
    "один": 1, "одну": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
    "несколько": 0, "неделю": 1, "день": 1,
}  # fmt: skip
# "четвёртого октября": a day written out as an ordinal, in the genitive
_UNITS = ("перв", "втор", "трет", "четв[её]рт", "пят", "шест", "седьм", "восьм", "девят")
_ORDINALS = {
    **{u: n for n, u in enumerate(_UNITS, 1)},
    "десят": 10, "одиннадцат": 11, "двенадцат": 12, "тринадцат": 13, "четырнадцат": 14,
    "пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17, "восемнадцат": 18, "девятнадцат": 19,
    "двадцат": 20, "тридцат": 30,
    **{f"двадцать {u}": 20 + n for n, u in enumerate(_UNITS, 1)},
    **{f"тридцать {u}": 30 + n for n, u in enumerate(_UNITS[:1], 1)},
}  # fmt: skip
_ORDINAL_DAY = "(?:" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r")(?:ьего|его|ого)"


def _day_number(word: str) -> int:
    """The day a numeral gives: "4", "четвёртого", "двадцать первого"."""
    if word.isdigit():
        return int(word)
    low = word.lower()
    return next(n for stem, n in _ORDINALS.items() if re.fullmatch(stem + r"(?:ьего|его|ого)", low))


_B = r"(?<![\w-])"
_E = r"(?![\w-])"
# "в июле прошлого года", "5 марта этого года": the year named by its distance from the page's
_WHICH_YEAR = (
    r" (?P<which>позапрошлого|прошлого|минувшего|прошедшего|этого|текущего|нынешнего|сего) года"
)
_YEARS_BACK = {"позапрошлого": 2, "прошлого": 1, "минувшего": 1, "прошедшего": 1}
# "в начале октября того же года": the year the story named last, before the phrase; one
# year ("в сентябре 2025 года"), not a range's end ("в 2020–2024 годах", "с 2020 по 2024
# год"), nor a decade ("2020-е годы")
_SAME_YEAR = r" (?P<same>того же года)"
_YEAR_TOLD = re.compile(
    r"(?<![\w\u2013\u2014-])(?<!\bпо )((?:19|20)\d\d)(?= (?:год(?:а|у|ом)?|г\.)(?![\w-]))"
)
# a tens numeral just before the count ("двадцать пять лет назад"): the count is more
_TENS = re.compile(r"(?i)(?:дцать|десят|(?<![\w-])(?:сорок|сто|девяносто))\s+\Z")
_YEARS_AGO_REACH = 50  # "шесть лет назад": a year of someone's words; no further back
_YEAR_REACH = 600  # characters: how far back "того же года" looks for its year


def _year_told_before(text: str, pos: int) -> int | None:
    """The last year named ("в сентябре 2025 года") in the ``_YEAR_REACH`` characters
    before ``pos``, or None."""
    years = _YEAR_TOLD.findall(text, max(0, pos - _YEAR_REACH), pos)
    return int(years[-1]) if years else None


def _which_year(which: str | None, ref: date | None) -> int | None:
    """The year "прошлого года" (and its kind) names, counted from the page's day ``ref``."""
    if which is None or ref is None:
        return None
    return ref.year - _YEARS_BACK.get(which.lower(), 0)


# "Напомним, ...", "Как (уже, ранее) сообщалось, ...": the writer recalls earlier news (an
# "earlier" phrase; a paragraph it opens tells background: russian/occasion.py)
RECALLING = re.compile(r"(?:напомним|напоминаем|как (?:уже |ранее )?сообщалось)", re.I)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "next_day",
        re.compile(
            rf"{_B}(?:на следующий день|на другой день|(?:днем|днём|сутками) (?:позже|позднее)|"
            rf"день спустя|спустя (?:день|сутки)){_E}",
            re.I,
        ),
    ),
    (
        "day_before",
        re.compile(rf"{_B}(?:днем|днём|за день|сутками) (?:ранее|до этого){_E}", re.I),
    ),
    (
        "same_day",
        re.compile(
            rf"{_B}(?:в тот же день|в этот же день|тогда же|(?:на|в ходе) (?:этом|том|этой|той) же "
            r"(?P<occasion>совещании|заседании|встрече|брифинге|мероприятии|форуме|саммите|"
            r"пресс-конференции|конференции|сессии|церемонии|приеме|приёме)|"
            # "в той же пленарной дискуссии": the discussion told of, its day
            r"(?:в|в ходе) (?:этой|той) же (?:[а-яё]+(?:ой|ей) )?(?P<talk>дискуссии)|"
            # "Порошенко, выйдя к прессе чуть позже, ...": a little later, that day
            r"(?:чуть|немного) (?:позже|позднее)|"
            # "Уже вечером Коутс выступил с заявлением": the evening of the day just told
            r"уже (?:поздно )?вечером(?!\s+(?:в|во|того|этого|накануне|\d+)(?![\w-]))|"
            # "в ту же ночь", "тем же вечером", "вечером того же дня": a part of the day
            # just told of
            r"в (?:ту же ночь|тот же вечер|то же утро)|(?:тем же (?:вечером|утром)|той же ночью)|"
            r"(?:утром|днем|днём|вечером) того же дня|"
            # "ответил спустя полчаса", "уже через пару часов", "час спустя": minutes or
            # hours after what was just told, on its day
            r"(?:спустя|уже через) (?:полчаса|полтора часа|час|минуту|(?:несколько|пару|"
            r"\d{1,2}|две|три|пять|десять|двадцать|сорок) (?:минут|часов|часа)|(?:два|три) "
            r"часа)|(?:полчаса|час|(?:несколько|пару) (?:минут|часов)|\d{1,2} (?:минут|часа|"
            r"часов)) спустя|"
            # "Практически одновременно с этим X подтвердил", "Y там же призвал": at the
            # time, or the place, of what was just told ("там же, где ..." compares places)
            rf"(?:(?:практически|почти) )?одновременно с этим|там же(?!,?\s+где{_E})|"
            # "Ульянов тогда предупредил, что ...": "тогда" between a subject and its verb
            # in the past, the time just told (the verb checked in :func:`date_phrases`);
            # "Лавров, комментируя тогда эту меру, говорил ...": after a gerund, what its
            # subject was doing then
            r"(?<=[\w»\"] )(?-i:тогда)(?= (?P<then_verb>[а-яё]+)(?![\w-]))|"
            # "... объявил вечером 5 января. Тогда он заявил, что ...": a sentence opened by
            # "Тогда" and its subject is set at the time just told (not "тогда мы ответим")
            rf"(?<![\w-])(?-i:Тогда)(?=,?\s+(?:же\s+)?(?:он|она|они|[А-ЯЁ][а-яё]+)\s)){_E}",
            re.I,
        ),
    ),
    # "В том же месяце X сообщил", "Ранее в том же месяце", "в конце того же года": the
    # month (or year) the story told last, whatever part of it; read with its "ранее" or
    # "позднее", which only place the words within that month, not before the page's day
    (
        "same_period",
        re.compile(
            rf"{_B}(?:(?:ранее|раньше|позднее|позже|еще|ещё|уже) )?(?:в (?:том|этом) же "
            r"(?P<unit>месяце|году)|в (?:начале|середине|конце) (?:того|этого) же "
            rf"(?P<unit2>месяца|года)){_E}",
            re.I,
        ),
    ),
    (
        "dm",
        re.compile(
            rf"{_B}(?P<day>\d{{1,2}}|{_ORDINAL_DAY})(?:-?го)? (?P<month>{MONTH})"
            rf"(?: (?P<year>(?:19|20)\d\d)(?: г(?:ода?)?\.?)?|{_WHICH_YEAR}|{_SAME_YEAR})?"
            r"(?![\w-])",
            re.I,
        ),
    ),
    # "10-го числа", "11 числа": a day of the article's month (or, past its day, the month
    # before)
    (
        "day_of_month",
        re.compile(rf"{_B}(?P<day>\d{{1,2}})(?:-?го)? числа{_E}", re.I),
    ),
    (
        "numeric",
        re.compile(
            r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d\d|\d\d)"
            r"(?![\d.]\d)"
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"{_B}(?:(?P<night>(?:в ночь|ночью) )?(?P<prep>в|во|с|со|до|к|ко|на) )?"
            r"(?:(?P<last>прошл\w*|минувш\w*|прошедш\w*|этот|эту|это|нынешн\w*|текущ\w*) )?"
            rf"{_WEEKDAY}{_E}",
            re.I,
        ),
    ),
    ("yesterday", re.compile(rf"{_B}(?:вчера|накануне)(?: (?P<next>[а-яё]+))?{_E}", re.I)),
    # "на вчерашнем брифинге", "в сегодняшнем интервью": the occasion's day as an adjective
    (
        "occasion_day",
        re.compile(
            rf"{_B}(?P<adj>вчерашн|сегодняшн)\w*\s+(?:[а-яё-]+\s+)?(?:брифинг|интервью|"
            r"выступлени|пресс-конференци|заседани|встреч|переговор|эфир|совещани|"
            rf"пресс-подход|бесед|разговор)\w*{_E}",
            re.I,
        ),
    ),
    ("day_before_yesterday", re.compile(rf"{_B}позавчера{_E}", re.I)),
    (
        "today",
        re.compile(
            rf"{_B}(?:сегодня|этим (?:утром|вечером)|ранее (?:в этот день|утром|днем|днём))"
            rf"(?:\s+утром)?{_E}",
            re.I,
        ),
    ),
    (
        "ago",
        re.compile(
            # ("два месяца назад", "год назад": the month or the year it falls in, as in
            # English; "полгода назад": six months)
            rf"{_B}(?:(?P<n>\d+|один|одну|два|две|три|четыре|пять|шесть|несколько) )?"
            rf"(?P<unit>дн(?:я|ей)|день|недел[июь]|недели|месяц(?:а|ев)?|полгода|год(?:а)?|лет)"
            rf" назад{_E}",
            re.I,
        ),
    ),
    (
        "last_week",
        re.compile(
            rf"{_B}(?:на (?:прошлой|минувшей|прошедшей|предыдущей) неделе|в (?:начале|середине|"
            rf"конце) (?:прошлой|минувшей|прошедшей|предыдущей) недели){_E}",
            re.I,
        ),
    ),
    (
        "weekend",
        re.compile(rf"{_B}(?:в|на) (?:минувшие |прошедшие |прошлые |эти )?выходн\w+{_E}", re.I),
    ),
    (
        "this_week",
        re.compile(
            rf"{_B}(?:на (?:этой|текущей|нынешней) неделе|в (?:начале|середине) "
            rf"(?:этой |текущей |нынешней )?недели){_E}",
            re.I,
        ),
    ),
    # ("в конце прошлого месяца", "в начале месяца": a part of the month, only the month
    # known, as "в конце мая" is; "в начале месяца" with no month named is the page's own)
    (
        "last_month",
        re.compile(
            rf"{_B}в (?:(?:прошлом|минувшем|прошедшем|предыдущем) месяце|(?:начале|середине|"
            rf"конце) (?:прошлого|минувшего|прошедшего|предыдущего) месяца){_E}",
            re.I,
        ),
    ),
    (
        "this_month",
        re.compile(
            rf"{_B}в (?:(?:этом|текущем|нынешнем) месяце|(?:начале|середине) (?:(?:этого|"
            rf"текущего|нынешнего) )?месяца){_E}",
            re.I,
        ),
    ),
    (
        "in_month",
        re.compile(
            # "в последние дни мая", "в первых числах июня", "в первой половине мая",
            # "в конце мая": a part of the month, told of the words; only the month is known
            rf"{_B}в (?:начале |середине |конце |(?:первые|последние) (?:дни|недели) |"
            rf"(?:первых|последних) числах |(?:первой|второй) половине |"
            rf"(?:первую|последнюю) неделю )?(?P<month>{MONTH})"
            rf"(?: (?P<year>(?:19|20)\d\d)(?: г(?:ода?)?\.?)?|{_WHICH_YEAR}|{_SAME_YEAR})?"
            r"(?![\w-])",
            re.I,
        ),
    ),
    ("last_year", re.compile(rf"{_B}в (?:прошлом|минувшем|прошедшем) году{_E}", re.I)),
    # "летом этого года", "прошлой осенью", "весной": a season of a year, only the year
    # known (as English "in the summer"); winter straddles two years and is left out; a
    # year told after it is the year ("летом 2022 года": that year's, not the last summer's)
    (
        "in_season",
        re.compile(
            rf"{_B}(?:(?P<which>этой|этим|нынешней|нынешним|прошлой|прошлым|минувшей|минувшим) )?"
            rf"(?P<season>весной|летом|осенью)"
            rf"(?: (?P<year>(?:19|20)\d\d) (?:года|г\.)|(?! (?:19|20)\d\d))"
            rf"(?: (?P<which2>этого|текущего|нынешнего|прошлого|минувшего) года)?{_E}",
            re.I,
        ),
    ),
    ("in_year", re.compile(rf"{_B}в (?P<year>(?:19|20)\d\d) (?:году|г\.){_E}", re.I)),
    (
        "earlier",
        re.compile(
            # "Как сообщал МИД КНР, ...", "Как писала газета X, ...": a report made before
            # (the imperfective past of reporting points back at an earlier story; not "как
            # сообщает ТАСС", the news itself, nor the perfective "как сообщил", often the
            # same day's), as "как сообщалось" is; "Напомним, X заявил ...", "Стоит
            # напомнить, что X заявил ...": the writer recalls what was said before the page
            # (not "прежде всего", "above all", nor "прежде чем", "before doing", nor a
            # comparison or a limit, "чем раньше, тем лучше", "раньше, чем ожидалось", "не
            # ранее мая": words of order, of manner and of deadlines, no time of saying; nor
            # "как и прежде," set off by its comma, "again, as before": "Лавров, как и
            # прежде, заявил ..." says it now, see _as_before; "как и ранее заявлял" points
            # back)
            rf"{_B}(?:(?<!не )ранее|прежде(?!\s+(?:всего|чем){_E}|,\s*чем{_E})|"
            rf"(?<!чем )(?<!не )раньше(?!,?\s+чем{_E})|недавно|на днях|до этого|"
            rf"{RECALLING.pattern}|"
            rf"как (?:уже |ранее )?(?:сообщал|писал|передавал|рассказывал|информировал)[аио]?|"
            rf"уже заявлял\w*|неоднократно|не раз|"
            rf"(?:стоит|следует|нелишне|нужно|необходимо) напомнить){_E}",
            re.I,
        ),
    ),
    # "Позднее МИД уточнил", "Позже в Кремле добавили", "Вскоре после этого в Госдепе
    # заявили": after the day named before, opening the sentence (capitalised: not "не
    # позднее 1 мая", a deadline)
    (
        "later",
        re.compile(
            rf"{_B}(?:Позднее|Позже|Впоследствии|Вскоре(?: после этого)?|После этого){_E}"
            # "Однако президент X позже сообщил, что ...": the adverb on the verb of saying
            # itself, in the sentence's middle (the verb checked in date_phrases)
            rf"|{_B}(?:позднее|позже|впоследствии)(?=\s+(?P<later_verb>[а-яё]+){_E})"
        ),
    ),
]
_ANCHORED = {"next_day": 1, "day_before": -1, "same_day": 0}
# Words each pattern needs (one of them, lower case): a text without any is not searched
_MONTH_KEYS = ("янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
_WEEKDAY_KEYS = ("понедельни", "вторни", "сред", "четверг", "пятни", "суббот", "воскрес")
_KEYS = {
    "next_day": ("день", "днем", "днём", "сутк"),
    "day_before": ("днем", "днём", "за день", "сутками"),
    "same_day": (
        "тот же день", "этот же день", "тогда же", "том же", "той же", "ту же ночь", "тот же вечер",
        "то же утро", "тем же", "того же дня", "одновременно с этим", "там же", "спустя",
        "уже через", "тогда", "дискусси", "позже", "позднее", "уже вечером",
        "уже поздно вечером",
    ),
    "same_period": ("том же", "этом же", "того же", "этого же"),
    "dm": _MONTH_KEYS,
    "numeric": (".",),
    "day_of_month": ("числа",),
    "weekday": _WEEKDAY_KEYS,
    "yesterday": ("вчера", "накануне"),
    "day_before_yesterday": ("позавчера",),
    "occasion_day": ("вчерашн", "сегодняшн"),
    "today": ("сегодня", "этим утром", "этим вечером", "ранее"),
    "ago": ("назад",),
    "last_week": ("неделе", "недели"),
    "weekend": ("выходн",),
    "this_week": ("неделе", "недели"),
    "last_month": ("месяце", "месяца"),
    "this_month": ("месяце", "месяца"),
    "in_month": _MONTH_KEYS,
    "last_year": ("году",),
    "in_season": ("весной", "летом", "осенью"),
    "in_year": ("году", "г."),
    "later": ("позднее", "позже", "впоследствии", "вскоре", "после этого"),
    "earlier": (
        "ранее", "прежде", "раньше", "недавно", "на днях", "до этого", "как сообщалось",
        "сообщал", "писал", "передавал", "рассказывал", "информировал", "уже заявлял",
        "неоднократно", "не раз", "напомним", "напоминаем", "напомнить",
    ),
}  # fmt: skip
_TIMELINE = {
    "dm", "numeric", "day_of_month", "weekday", "yesterday", "day_before_yesterday", "today",
    "ago", "occasion_day",
}  # fmt: skip


def _day(d: date) -> str:
    return d.isoformat()


def _weekday(word: str) -> int:
    low = word.lower()
    return next(n for stem, n in _WEEKDAY_STEMS.items() if low.startswith(stem))


def _resolve(kind: str, m: re.Match[str], ref: date | None, anchor: date | None) -> str | None:
    g = m.groupdict()
    if kind in _ANCHORED:
        return _day(anchor + timedelta(days=_ANCHORED[kind])) if anchor else None
    if kind == "numeric":
        year = int(g["year"]) + (2000 if len(g["year"]) == 2 else 0)
        try:
            return _day(date(year, int(g["month"]), int(g["day"])))
        except ValueError:
            return None
    if g.get("same") and (told := _year_told_before(m.string, m.start())) is not None:
        g = {**g, "year": str(told)}
    if kind == "dm":
        month = month_number(g["month"])
        year = int(g["year"]) if g.get("year") else _which_year(g.get("which"), ref)
        return _month_day(month, _day_number(g["day"]), year, ref) if month else None
    if kind == "day_of_month":
        if ref is None or not 1 <= int(g["day"]) <= 31:
            return None
        month = ref if int(g["day"]) <= ref.day else ref.replace(day=1) - timedelta(days=1)
        try:
            return _day(month.replace(day=int(g["day"])))
        except ValueError:
            return None
    if kind == "in_month" and g.get("year"):
        return f"{int(g['year']):04d}-{month_number(g['month']):02d}"
    if kind == "in_month" and (year := _which_year(g.get("which"), ref)) is not None:
        return f"{year:04d}-{month_number(g['month']):02d}"
    if kind == "in_year":
        return g["year"]
    if ref is None:
        return None
    if kind == "weekday":
        back = (ref.weekday() - _weekday(g["wd"])) % 7
        if (
            g.get("last")
            and g["last"].lower().startswith(("прошл", "минувш", "прошедш"))
            and back == 0
        ):
            back = 7
        return _day(ref - timedelta(days=back))
    if kind == "yesterday":
        return _day(ref - timedelta(days=1))
    if kind == "occasion_day":
        return _day(ref - timedelta(days=1 if g["adj"].lower() == "вчерашн" else 0))
    if kind == "day_before_yesterday":
        return _day(ref - timedelta(days=2))
    if kind == "today":
        return _day(ref)
    if kind == "ago":
        n = g.get("n")
        count = 1 if not n else int(n) if n.isdigit() else _NUMBERS.get(n.lower(), 0)
        if count == 0:
            return f"../{_day(ref)}"
        unit = g["unit"].lower()
        if unit in ("полгода", "месяцев", "месяца", "года", "лет") and (
            bool(n) == (unit == "полгода")
            or _TENS.search(m.string, max(0, m.start() - 12), m.start())
        ):
            # "лет назад" with no count of its own ("много лет назад"), "двадцать пять лет
            # назад" (the count only partly read): before the page, no month or year told
            return f"../{_day(ref)}"
        if unit == "полгода":
            count, unit = 6, "месяц"
        if unit.startswith(("год", "лет")):
            return str(ref.year - count) if count <= _YEARS_AGO_REACH else None
        if unit.startswith("месяц"):
            months = ref.year * 12 + ref.month - 1 - count
            return f"{months // 12:04d}-{months % 12 + 1:02d}"
        days = count * (7 if unit.startswith("недел") else 1)
        return _day(ref - timedelta(days=days))
    if kind == "last_week":
        monday = ref - timedelta(days=ref.weekday() + 7)
        return _span(monday, monday + timedelta(days=6))
    if kind == "weekend":
        saturday = ref - timedelta(days=(ref.weekday() - 5) % 7)
        if saturday == ref and ref.weekday() == 5:
            return _day(ref)
        return _span(saturday, min(ref, saturday + timedelta(days=1)))
    if kind == "this_week":
        return _span(ref - timedelta(days=ref.weekday()), ref)
    if kind == "last_month":
        first = ref.replace(day=1) - timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}"
    if kind == "this_month" and m.group(0).lower().endswith("месяца"):
        return f"{ref.year:04d}-{ref.month:02d}"  # "в начале месяца", as "в начале мая"
    if kind == "this_month":
        return _span(ref.replace(day=1), ref)
    if kind == "in_month":
        month = month_number(g["month"])
        year = ref.year if month <= ref.month else ref.year - 1
        return f"{year:04d}-{month:02d}"
    if kind == "last_year":
        return f"{ref.year - 1:04d}"
    if kind == "in_season":
        if g.get("year"):
            return g["year"] if int(g["year"]) <= ref.year else None
        which = (g.get("which") or g.get("which2") or "").lower()
        if which.startswith(("прошл", "минувш")):
            return f"{ref.year - 1:04d}"
        if which:
            return f"{ref.year:04d}"
        begins = _SEASON_BEGINS[g["season"].lower()]
        return f"{ref.year if begins <= ref.month else ref.year - 1:04d}"
    if kind == "earlier":
        return f"../{_day(ref)}"
    if kind == "later" and anchor is not None:
        # later than a day of the article's week, in a story told day by day: later that day
        # (as English "later" is); later than a day further back: some day up to the
        # article's; later than the article's own day: that day
        if anchor >= ref:
            return _day(ref)
        return _day(anchor) if (ref - anchor).days < 7 else f"../{_day(ref)}"
    return None


def _evidence(kind: str, m: re.Match[str]) -> str:
    """The words that fixed the date (without the word after "накануне")."""
    if kind == "yesterday" and m.groupdict().get("next"):
        return m.group(0)[: m.start("next") - m.start()].strip()
    return m.group(0).strip()


def _upcoming_day(kind: str, m: re.Match[str], text: str, ref: date | None) -> bool:
    """ "встреча 23 июня" in a piece of 19 June: a day still to come, not when words were said;
    but a day beside a verb of saying in the past ("3 марта Песков заявлял") is behind."""
    if kind != "dm" or m.group("year") or ref is None:
        return False
    month = month_number(m.group("month"))
    return (
        month is not None
        and _upcoming(month, _day_number(m.group("day")), ref)
        and not _said_then(text, m.start(), m.end())
    )


_CLAUSE_WORDS = re.compile(r"[^,;:.!?«»\"“”„()\n]*")


def _said_then(text: str, start: int, end: int) -> bool:
    """Whether a verb of saying in the past tense stands within six words of ``[start, end)``
    in the same clause."""
    before = text[max(0, start - 80) : start]
    before = before[len(before) - len(_CLAUSE_WORDS.match(before[::-1]).group()) :]
    after = _CLAUSE_WORDS.match(text, end, min(len(text), end + 80)).group()
    near = _LETTERS.findall(before)[-6:] + _LETTERS.findall(after)[:6]
    return any(_past_saying(w.lower()) for w in near)


_LETTERS = re.compile(r"[а-яёА-ЯЁ]+")


def _past_saying(word: str) -> bool:
    return any(
        p.tag.POS == "VERB" and p.tag.tense == "past" and p.normal_form.replace("ё", "е") in SAYING
        for p in morph.parses(word)
    )


# "на вечер среды", "на утро пятницы": a part of a day a thing is set for, the weekday after
# it in the genitive
_PART_OF_DAY_AHEAD = re.compile(r"(?<![\w-])на\s+(?:вечер|утро|день|полдень)\s+$", re.I)


def _future_weekday(window: str, m: re.Match[str]) -> bool:
    """ "в ближайшую пятницу", "до пятницы", "к понедельнику": a day ahead; not "в ночь на
    субботу", the night that ends in that day (dated by it, as "в ночь на 5 марта" is)."""
    if m.groupdict().get("night"):
        return False
    before = window[max(0, m.start() - 12) : m.start()].lower()
    adjective = m.group("wd").lower().endswith(("ом", "ой", "ем", "ей", "их", "ым", "ую", "ый"))
    if _PART_OF_DAY_AHEAD.search(window, max(0, m.start() - 16), m.start()):
        return True  # "голосование намечено на вечер среды": a part of a day ahead
    return bool(re.search(r"(?:ближайш\w*|следующ\w*)\s*$", before)) or (
        (m.group("prep") or "").lower() in ("до", "к", "ко", "на") and not adjective
    )


def _eve_of(m: re.Match[str]) -> bool:
    """ "накануне визита": the eve of an event (a preposition before a genitive noun), not the
    day before the article's."""
    following = m.groupdict().get("next")
    return bool(
        following
        and following.islower()
        # "Накануне замглавы МИД ... сообщил": a title as written opens the subject
        and following.lower() not in ROLE_HEADS
        and any(
            p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") for p in morph.parses(following)
        )
        # "Накануне в обращении": a preposition ("в" also reads as a genitive abbreviation)
        # opens a phrase of its own, so "накануне" stands alone as the day before
        and not any(p.tag.POS in ("VERB", "ADVB", "PREP") for p in morph.parses(following))
    )


# Days that may tell when a thing was done ("введенные в понедельник санкции")
_DONE_KINDS = frozenset(("weekday", "yesterday", "dm"))


def _skip(kind: str, m: re.Match[str], text: str, ref: date | None) -> bool:
    """A day still to come, "накануне" as "on the eve of", or the day something was done
    ("введенные в понедельник санкции"): not when words were said."""
    if kind in _DONE_KINDS and _of_done_participle(text, m):
        return True
    if m.groupdict().get("later_verb") and not _past_saying(m["later_verb"]):
        return True  # "позже будет", "позднее срока": no saying told later
    if kind in ("weekday", "dm", "in_month") and (
        _verb_to_come(text, m.end()) or _came_after_verb_to_come(text, m.start(), m.end())
    ):
        return True  # "в октябре пройдут выборы", "раунд, который пройдет в субботу": a plan's day
    if kind == "weekday":
        return _future_weekday(text, m)
    if kind == "yesterday":
        return (
            m.group(0).lower().startswith("накануне")
            and _eve_of(m)
            # "состоявшегося накануне разговора": the talk held the day before, not the eve
            # (the participle agrees with the noun after the day; "Встреча состоялась
            # накануне раунда" has a finite verb: the eve of the round)
            and not _participle_taking_place(_word_before(text, m))
        )
    if kind in ("earlier", "this_week", "last_week") and _of_participle(text, m):
        return True
    if kind == "earlier" and _as_before(text, m):
        return True
    if kind in ("dm", "numeric", "day_of_month", "in_month", "in_year") and _BOUND_BEFORE.search(
        text, max(0, m.start() - _BOUND_REACH), m.start()
    ):
        return True  # "представитель МИД с 10 августа 2015 года", "род. 24 декабря 1975"
    return _upcoming_day(kind, m, text, ref)


# "как и прежде," set off by its comma (see AS_BEFORE), however the words are spaced
_AS_BEFORE_SET_OFF = re.compile(rf"(?<![\w-]){AS_BEFORE}\s*,", re.I)
_AS_BEFORE_REACH = 24  # characters either side of the "earlier" word: "как и" and the comma


def _as_before(text: str, m: re.Match[str]) -> bool:
    """Whether the "earlier" word ``m`` is that of "как и прежде," set off by commas ("Лавров,
    как и прежде, заявил ..."): again, as before, said now."""
    since, until = max(0, m.start() - _AS_BEFORE_REACH), m.end() + _AS_BEFORE_REACH
    return any(
        found.start() < m.start() and found.end() > m.end()
        for found in _AS_BEFORE_SET_OFF.finditer(text, since, until)
    )


# Where a clause ends: the verb a date phrase dates stands before it
_CLAUSE_END = re.compile(r"[,;:.!?()«»\"]|\s[\u2013\u2014-]\s")
_CLAUSE_REACH = 400  # characters: a clause's verb stands nearer its day than this


def _verb_to_come(text: str, pos: int) -> bool:
    """Whether the first finite verb after ``pos`` in its clause is in the future ("в
    октябре пройдут выборы", "в среду состоится встреча"): the day of a plan, not of words
    already said."""
    stop = _CLAUSE_END.search(text, pos, pos + _CLAUSE_REACH)
    end = stop.start() if stop else min(len(text), pos + _CLAUSE_REACH)
    for w in _LETTERS.finditer(text, pos, end):
        found = morph.parses(w.group())[:1]
        if found and found[0].tag.POS == "VERB":
            return "futr" in found[0].tag
    return False


# Where a clause or a line (a headline with no stop) ends
_CLAUSE_OR_LINE_END = re.compile(rf"{_CLAUSE_END.pattern}|\n")
# Where the clause a day opens ends: at a stop, or where "и", "а", "но" join the next
# ("проведет переговоры и в пятницу заявил")
_OWN_CLAUSE_END = re.compile(rf"{_CLAUSE_OR_LINE_END.pattern}|\s(?:и|а|но)\s", re.I)


def _came_after_verb_to_come(text: str, start: int, end: int) -> bool:
    """Whether the day at ``[start, end)`` follows a verb in the future in its clause
    ("раунд, который пройдет в субботу в Риме") and no finite verb of its own comes after it
    ("проведет переговоры и в пятницу заявил": the day of "заявил", a Russian day going
    with the verb after it): the day of a plan, not of words already said."""
    stop = _OWN_CLAUSE_END.search(text, end, end + _CLAUSE_REACH)
    until = stop.start() if stop else min(len(text), end + _CLAUSE_REACH)
    if any(morph.finite_verb(w.group()) for w in _LETTERS.finditer(text, end, until)):
        return False
    stops = list(_CLAUSE_OR_LINE_END.finditer(text, max(0, start - _CLAUSE_REACH), start))
    since = stops[-1].end() if stops else max(0, start - _CLAUSE_REACH)
    words = reversed([w.group() for w in _LETTERS.finditer(text, since, start)])
    verb = next((w for w in words if morph.finite_verb(w)), None)
    return verb is not None and "futr" in morph.parses(verb)[0].tag


# A day that bounds a period or gives a birth: a term's or a biography's, no event's; or a
# deadline ("покинуть страну до конца 19 апреля", "не позднее 1 марта"), the day by which a
# thing is to be done
_BOUND_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:с|со|до|по|до конца|до истечения|не позднее|не позже)|род\.)\s+$", re.I
)
_BOUND_REACH = 14  # characters: "до истечения " and no more


# Participles of an event taking place or a text issued: "на состоявшейся в понедельник
# встрече", "в заявлении, распространенном в понедельник" is where the words were said or
# written, and its day theirs
_TAKING_PLACE = HELD | ISSUED | RECORDED


# The end of a sentence before a date phrase: "... мир без победителей и побежденных.
# Накануне глава МИД заявил": the participle closing the sentence before is no part of it
_SENTENCE_CLOSE = re.compile(r"[.!?…][»\"”)]*\s+|\n")


def _same_sentence_before(text: str, m: re.Match[str], span: int) -> str:
    """Up to ``span`` characters before a date phrase, cut at the end of the sentence before
    (a day that opens its sentence has no word before it)."""
    before = text[max(0, m.start() - span) : m.start()]
    ends = list(_SENTENCE_CLOSE.finditer(before))
    return before[ends[-1].end() :] if ends else before


def _word_before(text: str, m: re.Match[str]) -> str:
    """The word right before a date phrase in its sentence, lower-cased ("" when none)."""
    before = _LETTERS.findall(_same_sentence_before(text, m, 30))
    return before[-1].lower() if before else ""


def _takes_place(word: str) -> bool:
    """Whether ``word`` is a participle of an event taking place or a text issued."""
    return any(p.normal_form in _TAKING_PLACE for p in morph.parses(word)[:1])


def _participle_taking_place(word: str) -> bool:
    """Whether ``word`` is a full participle of an event taking place or a text issued."""
    return bool(word) and morph.parses(word)[0].tag.POS == "PRTF" and _takes_place(word)


def _of_done_participle(text: str, m: re.Match[str]) -> bool:
    """ "введенные в понедельник санкции", "принятое накануне решение": a day right after a
    participle tells when that was done, not when words about it were said."""
    word = _word_before(text, m)
    return (
        bool(word)
        and morph.parses(word)[0].tag.POS == "PRTF"
        and not _takes_place(word)
        and not morph.doing_then(word)
        and not _saying_participle(word)
    )


def _saying_participle(word: str) -> bool:
    """ "Песков, заявивший в четверг, что ...", "ранее заявлявший": an active participle of
    saying or appearing tells when the words were said."""
    top = morph.parses(word.lower())[:1]
    return bool(top) and "actv" in top[0].tag.grammemes and top[0].normal_form in SAYING


def _of_participle(text: str, m: re.Match[str]) -> bool:
    """ "введённые ранее санкции", "ранее принятое решение": "earlier" beside a participle
    tells when that was done, not when words were said."""
    before = _LETTERS.findall(_same_sentence_before(text, m, 40))[-2:]
    if len(before) == 2 and before[1].lower() not in ("ранее", "раньше"):
        before = before[1:]  # "введённые ранее на этой неделе": past the "ранее" between
    after = _LETTERS.findall(text[m.end() : m.end() + 30])[:1]
    return any(
        p.tag.POS == "PRTF" and not _saying_participle(w)
        for w in before + after
        for p in morph.parses(w.lower())[:1]
    )


def done_day(window: str, ref: date | None) -> When | None:
    """The day a participle at the start of ``window`` says its thing was done ("Подписанная
    накануне декларация": the day before ``ref``), or None."""
    for kind, pattern in _PATTERNS:
        if kind not in _DONE_KINDS:
            continue
        m = pattern.search(window, 0, 40)
        if m is not None and _of_done_participle(window, m):
            value = _resolve(kind, m, ref, None)
            return When(value, _evidence(kind, m)) if value and len(value) == 10 else None
    return None


def find_when(window: str, ref: date | None, anchor: date | None = None) -> When | None:
    """The first date phrase in ``window`` (the attribution's own words), resolved against
    ``ref``; None when the window holds none."""
    for kind, pattern in _PATTERNS:
        if kind in _ANCHORED and anchor is None:
            continue
        for m in pattern.finditer(window):
            if _skip(kind, m, window, ref):
                continue
            value = _resolve(kind, m, ref, anchor)
            return When(value, _evidence(kind, m))
    return None


# "ВТОРНИК. ПЕРЕГОВОРЫ В ЭР-РИЯДЕ", "Пятница: визит в Минск": a weekly round-up heads each
# day's items with the weekday alone on its line, a title after a stop, a colon or a dash;
# "Понедельник, 10 июля": with the day's date after it, as "Ведомости" and "Коммерсантъ" head
# the days of a week's digest
_HEAD_WEEKDAYS = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")
_WEEKDAY_HEAD = re.compile(
    r"^[ \t]*(?P<wd>"
    + "|".join(w.upper() + "|" + w.title() for w in _HEAD_WEEKDAYS)
    + rf")(?:,?[ \t]+(?P<day>\d{{1,2}})[ \t]+(?P<month>(?i:{MONTH})))?"
    + r"[ \t]*(?:[.:]|[ \t][\u2014\u2013-][ \t]|$)",
    re.M,
)


def weekday_heads(text: str, published: date | None) -> tuple[tuple[int, date], ...]:
    """Where each day's items of a round-up of the week start and their day: lines opened by
    a weekday alone, two or more days of them, each the last such weekday up to the
    article's day (as :func:`tracker.extract.meta.weekday_heads` reads English ones)."""
    if published is None:
        return ()
    found = []
    for m in _WEEKDAY_HEAD.finditer(text):
        back = (published.weekday() - _HEAD_WEEKDAYS.index(m["wd"].lower())) % 7
        found.append((m.start(), _head_date(m, published) or published - timedelta(days=back)))
    return tuple(found) if len({day for _, day in found}) >= 2 else ()


def _head_date(m: re.Match[str], published: date) -> date | None:
    """The date a day's head gives after its weekday, in the article's year (the year before
    when that would come after the article); None when it gives none."""
    month = month_number(m["month"]) if m["month"] else None
    if month is None:
        return None
    for year in (published.year, published.year - 1):
        try:
            day = date(year, month, int(m["day"]))
        except ValueError:
            return None
        if day <= published:
            return day
    return None


def date_phrases(text: str, ref: date | None, said: Spans | None = None) -> list[Phrase]:
    """Every date phrase of ``text`` outside ``said`` (the words of statements), in order and
    resolved: where two overlap, the one found by the more precise pattern ("днем ранее",
    not "ранее"). "На следующий день" and its kind count from the last day named before, a
    thing's day included ("Подписанная в пятницу декларация ... Премьер в тот же день заявил":
    Friday)."""
    low = text.lower()
    found = sorted(
        (m.start(), rank, m.end(), kind, m)
        for rank, (kind, pattern) in enumerate(_PATTERNS)
        if any(k in low for k in _KEYS[kind])
        for m in pattern.finditer(text)
    )
    out: list[Phrase] = []
    # a month or year told inside what someone said ("напомнил, что в июле прошлого года
    # лидеры договорились"): no day of saying, but the time "Тогда" next points back to
    recalled: list[Phrase] = []
    last_end = -1
    anchor: date | None = None
    days: list[tuple[int, date]] = []  # where each day the story reached was named
    # the last time the story reached was a span before the page's day, no day of it told
    # ("на прошлой неделе ... Позднее он допустил": some day after it, up to the page's)
    spanned = False
    spanned_at = -1  # where the phrase that left it so stands
    spanned_open = False  # whether that phrase was an "earlier" one ("ранее": "../day")
    for start, _, end, kind, m in found:
        if start < last_end:
            continue
        if said is not None and start in said:
            if (
                kind in _RECALLED
                and not _in_guillemets(text, start)  # the speaker's own words: his topic
                and not _skip(kind, m, text, ref)
                and (value := _resolve(kind, m, ref, None)) is not None
            ):
                recalled.append(Phrase(start, end, kind, When(value, _evidence(kind, m))))
            continue
        if _skip(kind, m, text, ref):
            done = kind in _DONE_KINDS and _of_done_participle(text, m)
            value = _resolve(kind, m, ref, anchor) if done else None
            if value is not None and len(value) == 10 and (ref is None or value <= _day(ref)):
                anchor = date.fromisoformat(value)
                days.append((start, anchor))
            continue
        if kind in _ANCHORED and anchor is None:
            continue
        if kind == "next_day" and _day_in_apposition(text, out, start, end):
            continue  # "6 февраля, на следующий день после истечения договора,": that day
        back = _recalled_before(text, recalled, out, start) if _then_someone(text, m) else None
        if back is not None:
            # "..., напомнил, что в июле прошлого года лидеры договорились. Тогда президент
            # заявил ...": the time told in those words
            value: str | None = back.when.edtf
        elif m.group(0) == "Тогда" and not _day_just_told(out, start):
            continue  # "В 2019 году ... Тогда он заявил": the year, read as before
        elif m.groupdict().get("then_verb"):
            value = _then(out, days, start, m["then_verb"], _word_before(text, m))
            if value is None:
                continue
            last_end = end
            out.append(Phrase(start, end, kind, When(value, _evidence(kind, m))))
            continue
        elif kind == "same_period":
            value = _same_period(out, start, m)
        else:
            value = _resolve(kind, m, ref, _occasion_day(text, m, days) or anchor)
            if value and m.groupdict().get("same") and _year_told_before(text, start) is None:
                value = _in_year_told(value, out, start)
        if kind == "same_day" and _month_just_told(out, days, start, text):
            # "еще в конце марта ... Тогда же": that month
            value = _told_last(out, text).when.edtf
        if (
            kind == "later"
            and spanned
            and ref is not None
            # (a span told, "на прошлой неделе", is some day after it whatever it told, for
            # "Позднее"; an "earlier" one, and any for "После этого", which may follow the
            # story's own events, only right after words said: see _follows_statement)
            and (
                not (spanned_open or _AFTER_THAT.match(m.group()))
                or _follows_statement(text, said, spanned_at, start)
            )
        ):
            value = f"../{_day(ref)}"
        if value is None or (kind in _TIMELINE and ref is not None and value > _day(ref)):
            continue
        last_end = end
        out.append(Phrase(start, end, kind, When(value, _evidence(kind, m))))
        # (a month or a year told, "летом этого года", is a span as well: "Позже" after it is
        # some day up to the page's)
        spanned, spanned_at = "/" in value or len(value) < 10, start
        spanned_open = value.startswith("..")
        if len(value) == 10 and value[4] == "-":
            anchor = date.fromisoformat(value)
            days.append((start, anchor))
    return out


_FOLLOWS_REACH = 1500  # characters: the "earlier" sentence and its paragraph's close
_AFTER_THAT = re.compile(r"\W*после\s+этого", re.I)
# where a sentence of the story ends: its stop (and a closing mark) or a line's end
_SENTENCE_BREAK = re.compile(r"[.!?…]+[»”\")]*\s+|\n\s*")


def _follows_statement(text: str, said: Spans | None, since: int, start: int) -> bool:
    """Whether "Позднее"/"После этого" at ``start`` comes right after the sentence of the
    span or "earlier" phrase at ``since``, and that sentence told of words said, a verb of
    saying in it ("Ранее МИД Эстонии сообщил, что ... . Позднее посольство назвало ..."):
    only then is it later than those words. Sentences between may only go on with that
    paragraph's story, saying nothing ("... сообщил, что Киев попытался атаковать ... . Все
    они были сбиты.\nПозднее МИД ОАЭ назвал ..."), and then "later" opens the next paragraph;
    a sentence of a paragraph of its own between, a statement of the page's day or an event
    ("Миллер объявил о пакете ограничений. Позже Песков сказал ..."), is what it follows.
    (Not read further back than _FOLLOWS_REACH: a page of "Позднее"s after one "earlier"
    re-read the text from it at each.)"""
    if start - since > _FOLLOWS_REACH:
        return False
    breaks = [
        b
        for b in _SENTENCE_BREAK.finditer(text, since, start)
        if said is None or b.start() not in said
    ]
    if breaks and breaks[-1].end() != start:
        return False
    if len(breaks) > 1:
        between = text[breaks[0].end() : breaks[-1].start()]
        if "\n" not in breaks[-1].group() or any("\n" in b.group() for b in breaks[:-1]):
            return False
        if any(_past_saying(w.lower()) for w in _LETTERS.findall(between)):
            return False
    opens = max(text.rfind(c, max(0, since - _THEN_REACH), since) for c in (". ", "\n", "! ", "? "))
    words = _LETTERS.findall(text, max(opens, 0), breaks[0].start() if breaks else start)
    return any(_past_saying(w.lower()) for w in words)


_THEN_REACH = 300  # characters: "Тогда" opens the sentence after the day it means
_RECALLED = frozenset(("in_month", "in_year", "dm", "last_year", "in_season"))


_QUOTE_REACH = 1000  # characters: how far back the quotation's opening mark is looked for


def _in_guillemets(text: str, pos: int) -> bool:
    """Whether ``pos`` stands inside a quotation in guillemets (opened not too far back)."""
    start = max(0, pos - _QUOTE_REACH)
    return text.rfind("«", start, pos) > text.rfind("»", start, pos)


_PRONOUN_NEXT = re.compile(r",?\s+(?:он|она|они)(?![\w-])", re.I)


def _then_someone(text: str, m: re.Match[str]) -> bool:
    """Whether the phrase is "Тогда" before anyone ("Тогда министр заявил", "Тогда он
    заявил") or "тогда же" before someone named: the time of what the sentence before told
    of. "Тогда же он заявил" goes on with the one who spoke before, on that occasion."""
    said = m.group(0).lower()
    return said == "тогда" or (said == "тогда же" and not _PRONOUN_NEXT.match(text, m.end()))


def _recalled_before(
    text: str, recalled: list[Phrase], out: list[Phrase], start: int
) -> Phrase | None:
    """The month, year or day told inside someone's words just before ``start``, later than
    any phrase of the story's own (which "Тогда" would mean instead), or None. Of several in
    that sentence, the first: the time of the event told ("в сентябре 2025 года Путин
    заявил о готовности ... после 5 февраля"), the later ones of what was said about it."""
    near: list[Phrase] = []
    for p in reversed(recalled):  # (in order of place: only the last few are read)
        if start - p.end > _THEN_REACH:
            break
        if p.end <= start:
            near.insert(0, p)
    if not near:
        return None
    reach = max(0, near[-1].start - _THEN_REACH) - 1
    opens = max(reach, text.rfind(". ", reach + 1, near[-1].start))
    opens = max(opens, text.rfind("\n", reach + 1, near[-1].start))
    # a time of the story's own in that sentence or after it is the one meant ("Во вторник
    # X заявил, что в прошлом году ... Тогда же он добавил": Tuesday); "Как сообщалось,
    # тогда же ..." is a source's aside, no time
    for p in reversed(out):
        if p.start <= opens:
            break
        if p.kind != "earlier":
            return None
    return next(p for p in near if p.start > opens)


def _told_last(out: list[Phrase], text: str) -> Phrase:
    """The last time the story told (``out`` not empty): the last phrase, or the one before
    it when the last is an "earlier" word in the same sentence after it ("В феврале Санду
    уже заявляла, что ..."): "уже", "ранее" beside a month or a day only say that time is
    past, and the month is the time told, the one "Тогда же" or "в том же месяце" means."""
    last = out[-1]
    if (
        last.kind == "earlier"
        and len(out) > 1
        and out[-2].kind != "earlier"
        and not _SENTENCE_CLOSE.search(text, out[-2].end, last.start)
    ):
        return out[-2]
    return last


def _month_just_told(
    out: list[Phrase], days: list[tuple[int, date]], start: int, text: str = ""
) -> bool:
    """Whether the last phrase before ``start`` (see :func:`_told_last`) is a month or a year
    ("в конце марта"), told after the last whole day and just before: what "тогда же" points
    back to."""
    last = _told_last(out, text) if out and text else out[-1] if out else None
    if last is None or len(last.when.edtf) not in (4, 7) or start - out[-1].end > _THEN_REACH:
        return False
    return not days or days[-1][0] < last.start


def _in_year_told(value: str, out: list[Phrase], start: int) -> str:
    """``value`` ("2023-05") moved to the year the story told last when that was told in
    words, not figures ("В середине апреля прошлого года ... В мае того же года": 2022), as
    _year_told_before gives a year told in figures; ``value`` itself when none was told."""
    for p in reversed(out):
        if start - p.end > _YEAR_REACH:
            break
        told = p.when.edtf or ""
        if re.match(r"\d{4}(?:-|$)", told):
            moved = told[:4] + value[4:]
            if len(moved) == 10:
                try:
                    date.fromisoformat(moved)
                except ValueError:
                    return value  # "29 февраля того же года" in a year with no such day
            return moved
    return value


_SAME_PERIOD_REACH = 1200  # characters: a paragraph or two back to the month told
_TOLD_MONTH = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


def _same_period(out: list[Phrase], start: int, m: re.Match[str]) -> str | None:
    """The month ("в том же месяце", "Ранее в том же месяце") or the year ("в конце того же
    года") the story told last: the month or year of the last day or month named within
    _SAME_PERIOD_REACH before ``start`` (a "ранее" with no time of its own passed over); None
    when none is (then no time is told, rather than a guessed one)."""
    year_only = (m["unit"] or m["unit2"] or "").lower().startswith("год")
    for p in reversed(out):
        if start - p.end > _SAME_PERIOD_REACH:
            return None
        value = p.when.edtf or ""
        if _TOLD_MONTH.fullmatch(value):
            return value[:4] if year_only else value[:7]
        if year_only and re.fullmatch(r"\d{4}", value):
            return value
        if p.kind != "earlier":
            return None  # a span or a week told last: not a month of its own
    return None


def _then(
    out: list[Phrase], days: list[tuple[int, date]], start: int, verb: str, before: str
) -> str | None:
    """What "тогда" before the past-tense ``verb``, or after the gerund ``before``
    ("комментируя тогда"), points back to: the day, month, year or span of days told just
    before ("Ранее на этой неделе совет принял резолюцию. Ульянов тогда предупредил ..."),
    or None (no time told, or "тогда" not beside such a verb)."""
    past = any(p.tag.POS == "VERB" and p.tag.tense == "past" for p in morph.parses(verb))
    if not past and not any(p.tag.POS == "GRND" for p in morph.parses(before)[:1]):
        return None
    if not out or start - out[-1].end > _THEN_REACH:
        return None
    value = out[-1].when.edtf or ""
    if len(value) == 10 or _month_just_told(out, days, start):
        return value
    if "/" in value and not (days and days[-1][0] > out[-1].start):
        # "на этой неделе": the days of that span; "Ранее ... Лавров тогда заявил": some
        # day before the page's, as "ранее" said
        return value
    return None


_AFTER_EVENT = re.compile(r"\s+после(?![\w-])")


def _day_in_apposition(text: str, out: list[Phrase], start: int, end: int) -> bool:
    """Whether "на следующий день после ..." stands in apposition to a whole day named just
    before it, a comma between ("6 февраля, на следующий день после истечения договора"):
    it says what that day was, and counts no day on from it."""
    return (
        bool(out)
        and len(out[-1].when.edtf) == 10
        and text[out[-1].end : start].strip() == ","
        and _AFTER_EVENT.match(text, end) is not None
    )


def _day_just_told(out: list[Phrase], start: int) -> bool:
    """Whether the last phrase before ``start`` is a whole day told just before it."""
    return bool(out) and len(out[-1].when.edtf) == 10 and start - out[-1].end <= _THEN_REACH


# "на том же заседании": the occasion named before, by the same noun or one for the same kind
# of sitting ("пленарное заседание" ... "на той же сессии")
_OCCASION_STEMS = {
    "заседани": "заседани|сесси", "сесси": "заседани|сесси", "совещани": "совещани",
    # a meeting named by its verb too: "министры встретились во вторник ... На той же встрече"
    "встреч": "встреч|встрет|переговор",
    "брифинг": "брифинг", "форум": "форум", "саммит": "саммит",
    "дискусси": "дискусси|сесси|заседани",
    "пресс-конференци": "(?:пресс-)?конференци", "конференци": "(?:пресс-)?конференци",
    "мероприяти": "мероприяти", "церемони": "церемони", "прием": "при[её]м", "приём": "при[её]м",
}  # fmt: skip
_SENTENCE_END = re.compile(r"[.!?\n]")


def _occasion_day(text: str, m: re.Match[str], days: list[tuple[int, date]]) -> date | None:
    """The day of the occasion "на том же заседании" points back to: the day named in the
    sentence that last mentioned that occasion (nearest the mention), else the day the story
    had reached there; not merely the last day named, which may be another's ("X позавчера
    написал ... Y на том же заседании призвала": the sitting's day, not X's)."""
    noun = m.groupdict().get("occasion") or m.groupdict().get("talk")
    if not noun:
        return None
    stems = next((v for k, v in _OCCASION_STEMS.items() if noun.lower().startswith(k)), None)
    if stems is None:
        return None
    mention = None
    for found in re.finditer(rf"(?<![\w-])(?:{stems})\w*", text[: m.start()], re.I):
        mention = found.start()
    if mention is None:
        return None
    begin = max(text.rfind(c, 0, mention) for c in ".!?\n") + 1
    after = _SENTENCE_END.search(text, mention)
    finish = min(after.start() if after else len(text), m.start())
    within = [(abs(pos - mention), day) for pos, day in days if begin <= pos < finish]
    if within:
        return min(within, key=lambda d: d[0])[1]
    before = [day for pos, day in days if pos < mention]
    return before[-1] if before else None
