"""Which day a Russian statement was said: the English policy (:mod:`tracker.extract.occasion`)
for Russian sentences.

In order of preference:

1. a date phrase in the statement's own attribution (the speaker, the verb and the words
   around them, never the words said), the one nearest the verb;
2. "сегодня" in reported speech: the article's day;
3. the day of an occasion the narrative places the speaker at before the words ("Во вторник
   Фидан посетил Москву. Турецкий министр заявил ..."), or of the same speaker's last dated
   statement (the same occasion), whichever the text reached last;
4. the day the paragraph has reached, in a story told in order;
5. the article's own day.

A date phrase belongs to the clause it stands in: one in a relative clause ("Небензя,
который в понедельник встретился с генсеком, заявил"), a participle phrase set off by
commas ("на заседании, посвященном событиям 7 октября,") or a clause of time or condition
("после того как", "если") dates that clause's event, not the speaker's words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from tracker.extract.live import entry_starts
from tracker.extract.occasion import (
    ONE_DAY,
    DatedText,
    OtherSpeakersWindows,
    came_out_before,
    narrative_day,
    of_its_entry,
    week_sections,
)
from tracker.extract.russian import morph
from tracker.extract.russian.lexicon import HELD, ISSUED, RECORDED, word_set
from tracker.extract.russian.live_stamps import of_its_stamp, stamps
from tracker.extract.russian.name_words import is_outlet
from tracker.extract.russian.text import heading_at, on_caption_line
from tracker.extract.russian.when import RECALLING, done_day
from tracker.extract.spans import Spans
from tracker.extract.when import Phrase, When, default_when

# Words that open a clause about another event; a date after one (in the same stretch
# between commas) dates that event
_SUBORDINATE = re.compile(
    r"(?<![\w-])(?:котор\w+|когда|где|пока|если|поскольку|так как|потому что|после того как|"
    r"с тех пор как|до того как|прежде чем|перед тем как|чтобы)(?![\w-])",
    re.I,
)
_CLAUSE_CLOSE = re.compile(r"[,;:()«»\"“”„]|\s[\u2014\u2013-]+\s")
_WORD = re.compile(r"[А-ЯЁа-яё]+")
_TODAY = re.compile(r"(?<![\w-])сегодня(?![\w-])", re.I)


@dataclass(frozen=True)
class Attribution:
    """What dating needs to know of one statement: ``speaker`` identifies who speaks (the
    same object for every statement of one speaker); ``window`` the attribution's own
    words; ``speaker_at`` every place the article names the speaker outside what was said;
    ``continues`` the statement this one carries on; ``reported`` the words given in the
    reporter's frame (indirect speech); ``person`` whether a person speaks (not an
    institution); ``name`` the speaker's name."""

    speaker: object
    window: Sequence[tuple[int, int]]
    cue_at: int
    start: int
    speaker_at: Sequence[int] = ()
    turn: bool = False
    continues: int | None = None
    reported: Sequence[tuple[int, int]] = ()
    person: bool = True
    name: str = ""


def subordinate(text: str, clause_start: int, pos: int) -> bool:
    """Whether ``pos`` stands in a relative, time or condition clause, or a participle phrase
    set off by a comma, opened after ``clause_start`` and not yet closed."""
    close = None
    for m in _CLAUSE_CLOSE.finditer(text, clause_start, pos):
        close = m
    start = close.end() if close else clause_start
    opener = None
    for m in _SUBORDINATE.finditer(text, start, pos):
        opener = m
    if opener is not None:
        return True
    if close is None or text[close.start()] != ",":
        return False
    first = _WORD.search(text, start, pos)
    return bool(
        first
        and first.group().islower()
        and (morph.participle(first.group()) or morph.participle_as_noun(first.group()))
        and not morph.doing_then(first.group())
    )


# Happenings named with their day after them, the day a modifier of the noun ("теракт в
# аэропорту накануне" is "вчерашний теракт"): an attack, a blast, a crash, deaths
_HAPPENINGS = frozenset(
    ["теракт", "акт", "взрыв", "нападение", "обстрел", "атака", "крушение", "катастрофа"]
    + ["авария", "гибель", "убийство", "покушение", "захват", "инцидент", "землетрясение"]
    + ["пожар", "наводнение", "столкновение", "жертва", "провокация"]
)
_HAPPENING_REACH = 10  # words back from the day to the happening it may belong to


def of_a_happening(text: str, clause_start: int, pos: int) -> bool:
    """Whether the day at ``pos`` closes the noun phrase of a happening, no verb between
    ("выразил соболезнования в связи с гибелью людей при крушении поезда накануне",
    "обсуждалась ситуация вокруг взрыва на газопроводе накануне"): the happening's day, not
    the day of the words or of the sentence's deed ("Взрыв произошел накануне" has its
    verb)."""
    start = max([clause_start] + [text.rfind(c, clause_start, pos) + 1 for c in ",;:«»"])
    for w in reversed(_WORD.findall(text, start, pos)[-_HAPPENING_REACH:]):
        if morph.predicate(w) or morph.participle(w) or morph.has_tag(w, "GRND"):
            return False
        if morph.lemma(w) in _HAPPENINGS:
            return True
    return False


def date_statements(
    text: str,
    sentences: Sequence[tuple[int, int]],
    statements: Sequence[Attribution],
    phrases: list[Phrase],
    published: date | None,
    told: Sequence[Phrase] = (),
    heads: Sequence[tuple[int, date]] = (),
    inner: Sequence[Phrase] = (),
) -> list[When]:
    """The day of each statement, in order; ``phrases`` are the date phrases outside the
    words said, ``told`` those in reported speech outside quotation marks, ``inner`` every
    date phrase of the text, quotations too, ``heads`` where each day's items of a round-up
    start and that day (for words with none of their own)."""
    ctx = DatedText(text, sentences, phrases)
    ctx.sections = week_sections(text)
    ctx.told = list(told)
    ctx.inner = sorted(inner, key=lambda p: p.start)
    ctx.said_spans = Spans(span for st in statements for span in st.reported)
    ctx.heads = list(heads)
    turns = [st for st in statements if st.turn]
    held = _interview_held(text, phrases, turns, published) or _title_day(
        text, phrases, turns, published
    )
    at_occasion = [_at_occasion(text, st) for st in statements]
    out: list[When] = []
    story_day, story_ends = _story_day(ctx, statements)
    to_outlet = _given_to_an_outlet(text, statements)
    entries = entry_starts(text)
    stamped = stamps(text, published)
    others = OtherSpeakersWindows(statements)
    sources = _source_lines(ctx)
    said_by = _said_by_speaker(statements)
    walks: dict[int, _Skips] = {}
    for n, st in enumerate(statements):
        if st.turn:
            out.append(
                held or When(published.isoformat() if published else None, "date of the transcript")
            )
            continue
        if (
            st.continues is not None
            and st.continues < n
            and _same_head(heads, statements[st.continues].start, st.start)
        ):
            first = out[st.continues]
            out.append(When(first.edtf, first.evidence, inherited=True))
            if st.speaker is not None and first.evidence and first.edtf:
                ctx.last_by_speaker[id(st.speaker)] = n
            continue
        when = (
            _own(ctx, st)
            or _earlier_sentence_before(ctx, st)
            or _recalled_paragraph(ctx, st)
            or _today_in_report(text, st, published)
            or _of_source(ctx, sources, st)
            or _in_turn(text, n, statements, at_occasion, out)
            or _occasion(ctx, n, statements, out, said_by, walks)
            or _event_day(ctx, st)
            or _eve_untold(ctx, st, published)
            or _ceremony_day(ctx, st, published)
            or _news_days_gathering(ctx, st, published)
            or _unless_said_now(
                text,
                st,
                narrative_day(ctx, st.start, _not_reached_for(others, st, at_occasion[n])),
                published,
            )
            or _under_head(heads, st.start)
            or (story_day if n not in to_outlet and st.start < story_ends else None)
            or _said_before(ctx, st, published, statements[max(0, n - _EARLIER) : n])
            or default_when(published)
        )
        when = of_its_entry(ctx, entries, st, when, published)
        when = of_its_stamp(stamped, st.start, when, lambda a, b: bool(ctx.phrases_between(a, b)))
        out.append(when)
        if (
            st.speaker is not None
            and when.evidence
            and when.edtf
            and not when.evidence.endswith(_SAID_BEFORE_NOTE)
        ):
            # words said before are no occasion a later statement of the speaker
            # ("Силуанов также сообщил") is placed at
            ctx.last_by_speaker[id(st.speaker)] = n
    _date_the_lead(ctx, statements, out)
    _between_past_and_later(text, statements, out, published)
    came_out_before(
        ctx, statements, sorted(range(len(statements)), key=lambda k: statements[k].start), out
    )
    return out


_LATER_WORDS = ("позже", "позднее", "впоследствии")
_A_PERIOD = re.compile(r"\d{4}(?:-\d\d)?")


# the last month of an EDTF season (21 spring ... 24 winter, into the next year's February),
# and of a season a year's phrase names ("Летом этого года": the year, told by its summer)
_SEASON_ENDS = {21: (0, 5), 22: (0, 8), 23: (0, 11), 24: (1, 2)}
_SEASON_WORDS = re.compile(
    r"(?i)\b(?:(?P<s21>весн)|(?P<s22>лет(?:ом|н))|(?P<s23>осен)|(?P<s24>зим))"
)


def _period_over(past: When, published: date) -> bool:
    """A year, a month or a season ("2023", "2024-01", "2018-21", "Летом этого года") ended
    before the page's month began."""
    year, _, part = (past.edtf or "").partition("-")
    season = _SEASON_WORDS.search(past.evidence or "") if not part else None
    if season is not None:  # ("зимой этого года": its first months, to February)
        return (int(year), _SEASON_ENDS[int((season.lastgroup or "s24")[1:])][1]) < (
            published.year,
            published.month,
        )
    extra, month = _SEASON_ENDS.get(int(part or 12), (0, int(part or 12)))
    return (int(year) + extra, month) < (published.year, published.month)


def _between_past_and_later(
    text: str, statements: Sequence[Attribution], out: list[When], published: date | None
) -> None:
    """ "Летом этого года X заявил, что ... Y подтвердил, что ... Однако Z позже сообщил, что
    ...": words with no time of their own told in one paragraph after words dated to a past
    month or season and before words said "later" than those belong to that past: on or
    before the page's day, as the later words are (not the page's own news). The period must
    be over before the page's month ("В 2024 году" on a 2024 page takes in its own news)."""
    if published is None:
        return
    order = sorted(range(len(out)), key=lambda k: statements[k].start)
    for i in range(1, len(order) - 1):
        n = order[i]
        if out[n].evidence or statements[n].turn:
            continue
        before, after = order[i - 1], order[i + 1]
        past, later = out[before], out[after]
        if not (
            past.evidence
            and _A_PERIOD.fullmatch(past.edtf or "")
            and _period_over(past, published)
            and later.evidence.lower() in _LATER_WORDS
            and (later.edtf or "").startswith("../")
        ):
            continue
        if "\n" in text[statements[before].start : statements[after].start]:
            continue  # another paragraph: the story may have come back to its day
        out[n] = When(later.edtf, f"told between '{past.evidence}' and '{later.evidence}'", True)


# Verbs of saying whose imperfective past tells words said before the report, not its news:
# "подчёркивал глава комиссии", "который заявлял, что ..." (as "уже заявлял", "ранее"). Not
# verbs of a view held ("считал", "надеялся"), of writing or telling a story ("писал",
# "рассказывал"), nor those a quotation's narration uses for the moment ("добавлял")
_SAID_BEFORE = word_set(
    "заявлять говорить сообщать отмечать подчеркивать указывать утверждать предупреждать "
    "призывать настаивать обещать повторять признавать отрицать обвинять"
)
_EARLIER = 40  # statements looked back at for the same speaker


_SAID_BEFORE_NOTE = "(imperfective: said before)"


_OCCASION_REACH = 300  # characters either side of the name looked at in its sentence
_PLACES_BACK = 20  # earlier places of the speaker's name looked at


def _said_before(
    ctx: DatedText, st: Attribution, published: date | None, earlier: Sequence[Attribution]
) -> When | None:
    """Words with no day of their own whose verb of saying is an imperfective past
    ("подчёркивал", "заявлял"): said on or before the article's day, not on it; unless
    their speaker has spoken in the article before (``earlier``) or was put at an occasion
    before ("Силуанов выступил на заседании комитета"), the occasion it reports
    ("Силуанов заявил ... «...», - говорил министр на заседании"), which the imperfective
    only narrates."""
    text = ctx.text
    if published is None:
        return None
    m = _CUE_WORD.match(text, st.cue_at)
    if m is None:
        return None
    last = _last_of(earlier, st.speaker) if st.speaker is not None else None
    if st.speaker is not None and (
        (last is not None and not _told_as_background(ctx, m.end(), last))
        or _shown_at_occasion(ctx, st)
    ):
        return None
    found = [p for p in morph.parses(m.group().lower()) if p.tag.POS == "VERB"]
    if (
        not found
        or not all({"impf", "past", "indc"} <= p.tag.grammemes for p in found)
        or found[0].normal_form.replace("ё", "е") not in _SAID_BEFORE
    ):
        return None
    return When(f"../{published.isoformat()}", f"'{m.group()}' {_SAID_BEFORE_NOTE}")


# "Лавров заявлял, что ...": the imperfective before its "что", what was said after it
_THEN_THAT = re.compile(r"\s*,\s*что\s")
# an interview, a broadcast, a speech or an answer: an occasion of its own, which an
# imperfective may narrate ("В интервью он говорил, что ...", "Выступая, он отмечал, что")
_SPOKEN_AT = re.compile(r"(?<![\w-])(?:интервью|в эфире|выступая|отвечая)(?![\w-])", re.I)


def _told_as_background(ctx: DatedText, verb_end: int, last: Attribution | None) -> bool:
    """Whether an imperfective verb of saying opens the clause of what was said ("Лавров
    заявлял, что ...") in a sentence that names no occasion: words said before, told as
    the story's background, though their speaker spoke in it before; the narration of the
    occasion reported comes after a quotation ("«...», - говорил министр на заседании").
    Not when the speaker's ``last`` words, in this paragraph or the one before, were told
    at an occasion ("Лавров в интервью заявил, что ..." and "Министр подчеркивал, что ..."
    below): the imperfective goes on narrating it."""
    if _THEN_THAT.match(ctx.text, verb_end) is None:
        return False
    sentence = ctx.sentence_at(verb_end)
    if sentence is None or _names_occasion(ctx, sentence):
        return False
    before = ctx.sentence_at(last.cue_at) if last is not None else None
    return not (
        before is not None
        and before[0] < sentence[0]
        and _breaks_between(ctx.text, before[1], sentence[0]) <= _PARAGRAPH_BREAK
        and _names_occasion(ctx, before)
    )


_PARAGRAPH_BREAK = 2  # line breaks between the end of one paragraph and the next one's start


@lru_cache(maxsize=4)
def _line_breaks(text: str) -> tuple[int, ...]:
    """Where ``text`` breaks its lines: found once, not counted again for each statement."""
    return tuple(m.start() for m in re.finditer("\n", text))


def _breaks_between(text: str, start: int, end: int) -> int:
    """How many line breaks stand between ``start`` and ``end`` (as text.count, by bisection)."""
    breaks = _line_breaks(text)
    return max(0, bisect.bisect_left(breaks, end) - bisect.bisect_left(breaks, start))


def _names_occasion(ctx: DatedText, sentence: tuple[int, int]) -> bool:
    return bool(_AT_EVENT.search(ctx.text, *sentence) or _SPOKEN_AT.search(ctx.text, *sentence))


def _last_of(earlier: Sequence[Attribution], speaker: object) -> Attribution | None:
    """The last of ``earlier`` that ``speaker`` said."""
    return next((e for e in reversed(earlier) if e.speaker is speaker), None)


def _shown_at_occasion(ctx: DatedText, st: Attribution) -> bool:
    """Whether a sentence before the words names their speaker at an occasion where he
    speaks ("Директор Иван Петров провел пресс-конференцию", "Силуанов выступил на
    заседании"): the last few places of his name, each looked at near the name only."""
    places = st.speaker_at
    k = bisect.bisect_left(places, st.start)
    for q in places[max(0, k - _PLACES_BACK) : k]:
        sentence = ctx.sentence_at(q)
        if sentence is None or sentence[0] <= st.start < sentence[1]:
            continue
        a = max(sentence[0], q - _OCCASION_REACH)
        b = min(sentence[1], q + _OCCASION_REACH)
        if _AT_OCCASION.search(ctx.text, a, b) or _AT_EVENT.search(ctx.text, a, b):
            return True
    return False


def _same_head(heads: Sequence[tuple[int, date]], a: int, b: int) -> bool:
    """Whether ``a`` and ``b`` stand under the same day's head of a round-up (or it has none):
    words under the next day's head are that day's, no longer the same occasion."""
    return bisect.bisect_right(heads, (a, date.max)) == bisect.bisect_right(heads, (b, date.max))


def _head_start(heads: Sequence[tuple[int, date]], pos: int) -> int:
    """Where the round-up's head that the words at ``pos`` stand under starts (-1: none)."""
    k = bisect.bisect_right(heads, (pos, date.max)) - 1
    return heads[k][0] if k >= 0 else -1


def _under_head(heads: Sequence[tuple[int, date]], pos: int) -> When | None:
    """The day of the round-up's head the words at ``pos`` stand under, if any."""
    k = bisect.bisect_right(heads, (pos, date.max)) - 1
    return When(heads[k][1].isoformat(), "the day's head", inherited=True) if k >= 0 else None


# "Встреча президентов, прошедшая вчера в Хельсинки, продлилась ...", "Вчера в Минске
# состоялись переговоры ...": the event a story is about, said to have taken place
_EVENT = (
    r"(?:встреч|переговор|саммит|заседани|пресс-конференци|совещани|форум|конференци|"
    r"консультаци|раунд)\w*"
)
_HELD_VERB = (
    r"(?:прош(?:[её]л|ла|ло|ли|едш\w+)|состоял(?:ся|ась|ось|ись)|состоявш\w+|"
    # "переговоры, затянувшиеся до вечера понедельника": the day an event ran to is its day
    r"(?:заверш|законч|затян)(?:ил|ивш|ул|увш)\w*|"
    # "переговоры в пятницу уложились в полтора часа": an event's length, told with its day
    r"(?:уложил|длил|продлил)(?:ся|ась|ось|ись))"
)
# "Лавров прилетел в Минск вчера утром": a visit begun is the story's event too
_EVENT_HELD = re.compile(
    rf"(?<![\w-])(?:{_EVENT}[^.!?]{{0,120}}?(?<![\w-]){_HELD_VERB}|"
    rf"{_HELD_VERB}\s+(?:[\w-]+\s+){{0,6}}?{_EVENT}|"
    r"(?:прилетел|прибыл)[аи]?)(?![\w-])",
    re.I,
)

# "Переговоры начались в пятницу": an event opened on a day, which those named as taking part
# in it (see :func:`_event_named_at`) attended that day
_EVENT_OPENED = re.compile(
    rf"(?<![\w-]){_EVENT}\s+(?:[\w-]+\s+){{0,3}}?начал(?:ся|ась|ось|ись)(?![\w-])", re.I
)


def _story_day(ctx: DatedText, statements: Sequence[Attribution]) -> tuple[When | None, int]:
    """The day of the event a story's lead says took place, before anyone is quoted
    ("Встреча ..., прошедшая вчера в Хельсинки, продлилась ..."): the day of words the story
    gives no day of its own (a newspaper's report of the day before); and where the story
    moves on to a later day ("Реакция во вторник. В Кремле во вторник дали понять ..."),
    after which undated words are no longer the event's."""
    if not statements:
        return None, -1
    first = min(st.start for st in statements)
    for p in ctx.phrases_between(-1, first):
        sentence = ctx.sentence_at(p.start)
        if sentence is None or not ONE_DAY.fullmatch(p.when.edtf or ""):
            continue
        if subordinate(ctx.text, sentence[0], p.start) and not _held_clause(ctx.text, p.start):
            # "переговоры, которых ждали с понедельника, прошли в пятницу" (but "переговоры,
            # которые прошли в понедельник": the clause tells the event's day)
            continue
        if _EVENT_HELD.search(ctx.text, sentence[0], sentence[1]):
            day = When(p.when.edtf, f"the story's event: '{p.when.evidence}'", inherited=True)
            return day, _later_day_at(ctx, p)
    return None, -1


_HELD_IN_CLAUSE = re.compile(rf"(?<![\w-]){_HELD_VERB}(?![\w-])", re.I)


def _held_clause(text: str, pos: int) -> bool:
    """Whether the date phrase at ``pos`` stands in a clause that says when an event took
    place ("переговоры, которые прошли в понедельник", "переговоров, затянувшихся до ночи
    среды"): a verb of taking place between the comma before it and the phrase."""
    comma = text.rfind(",", max(0, pos - _CLAUSE_REACH), pos)
    return comma >= 0 and _HELD_IN_CLAUSE.search(text, comma + 1, pos) is not None


def _later_day_at(ctx: DatedText, event: Phrase) -> int:
    """Where the first day after the ``event`` phrase's day is told in a main clause after
    it, or the text's end."""
    for p in ctx.phrases_between(event.start, len(ctx.text)):
        sentence = ctx.sentence_at(p.start)
        if (
            ONE_DAY.fullmatch(p.when.edtf or "")
            and (p.when.edtf or "") > (event.when.edtf or "")
            and sentence is not None
            and not subordinate(ctx.text, sentence[0], p.start)
        ):
            return p.start
    return len(ctx.text)


# "в интервью ТАСС", "в беседе с «Ъ»", "в разговоре с корреспондентом": a conversation
_CONVERSATION = re.compile(r"(?<![\w-])(?:интервью|беседе|разговоре)(?![\w-])", re.I)
_NAME_WORD = re.compile(r"[\w.-]+")


def _told_an_outlet(text: str, st: Attribution) -> bool:
    """Whether the words were given to a newspaper or an agency ("сказал сенатор «НГ»", "в
    интервью ТАСС"): a conversation of its own, not the event the story reports."""
    return any(
        _CONVERSATION.search(text, a, b)
        or any(is_outlet(w.group()) for w in _NAME_WORD.finditer(text, a, b))
        for a, b in st.window
    )


def _given_to_an_outlet(text: str, statements: Sequence[Attribution]) -> set[int]:
    """The statements given to an outlet, with the same speaker's statements next to them
    ("Косачев считает, что ... «...», — сказал сенатор «НГ». Он отметил ...": one
    conversation)."""
    out: set[int] = set()
    for n, st in enumerate(statements):
        if st.speaker is None or n in out or not _told_an_outlet(text, st):
            continue
        first = n
        while first > 0 and statements[first - 1].speaker is st.speaker:
            first -= 1
        last = n
        while last + 1 < len(statements) and statements[last + 1].speaker is st.speaker:
            last += 1
        out.update(range(first, last + 1))
    return out


# How long before the article a day may be for a verb in the present tense to have been said
# on it ("сожалеет", "считает": the speaker's view as the article is written)
_PRESENT_REACH = timedelta(days=7)
# a verb of saying as written, hyphen and all (the one word both readers of the cue take)
_CUE_WORD = re.compile(r"[А-ЯЁа-яё-]+")


def _unless_said_now(
    text: str, st: Attribution, reached: When | None, published: date | None
) -> When | None:
    """The paragraph's day ``reached``, unless the statement's verb is in the present tense
    and the day lies weeks back ("Инициатива была подписана 22 июля 2022 года ... Генсек ООН,
    как сообщил его представитель, глубоко сожалеет о решении": the regret is of the
    article's days, the day a past deed's)."""
    if reached is None or published is None or not ONE_DAY.fullmatch(reached.edtf or ""):
        return reached
    verb = _CUE_WORD.match(text, st.cue_at)
    if verb is None or not morph.has_tag(verb.group(), "VERB", "pres"):
        return reached
    if date.fromisoformat(reached.edtf or "") >= published - _PRESENT_REACH:
        return reached
    return None


def _not_the_clauses_day(text: str, clause_start: int, pos: int) -> bool:
    """A day in a subordinate clause, or a happening's own day: neither dates the clause."""
    return subordinate(text, clause_start, pos) or of_a_happening(text, clause_start, pos)


def _not_reached_for(
    others: OtherSpeakersWindows, st: Attribution, at_occasion: bool
) -> Callable[[str, int, int], bool]:
    """What does not date the paragraph for statement ``st``: a subordinate clause, and the
    day in the attribution of another person's words ("Велаяти в субботу пригрозил, что ...
    Багаи заявил, что ...": the day Velayati spoke, not a day the story reached for Baghaei),
    even when that one spoke at an occasion ("Лавров в пятницу на форуме в Анталье заявил ...
    Макрон назвал ...": Macron was not there). Not when ``st``'s own attribution puts the words
    at an occasion (``at_occasion``: "Выступая во вторник в Совбезе, Небензя ... Шей на
    заседании подчеркнула"): the one told of. An institution's statement is an event the
    story reaches ("На следующий день МИД выступил с заявлением ... Представитель ведомства
    сообщил ...")."""
    if at_occasion:
        return _not_the_clauses_day

    def not_reached(text: str, clause_start: int, pos: int) -> bool:
        return _not_the_clauses_day(text, clause_start, pos) or (
            others.hold(pos, st.speaker, people_only=True)
            and not _opens_sentence(text, clause_start, pos)
        )

    return not_reached


# Words that may stand before a day that opens a sentence: "Уже в понедельник", "А накануне"
_BEFORE_FRONTED_DAY = frozenset(["уже", "еще", "ещё", "а", "и", "но", "однако"])


def _opens_sentence(text: str, sentence_start: int, pos: int) -> bool:
    """Whether a day stands first in its sentence ("Накануне лидер оппозиции объявил ...
    Через несколько минут его признал ..."): it sets the time of the story that follows,
    not only of the one person's words it comes before, as a day after the subject does
    ("Министр в понедельник пригрозил, что ...")."""
    before = _WORD.findall(text, sentence_start, pos)
    return len(before) <= 1 and all(w.lower() in _BEFORE_FRONTED_DAY for w in before)


# "Ушаков, в свою очередь, отметил": one who speaks after another, in answer or in turn
_IN_TURN = re.compile(r"(?<![\w-])(?:в свою очередь|со своей стороны)(?![\w-])", re.I)
# "Мадуро в ответ объявил ...": a reply to what the story told just before (not "в ответ на
# ...", which names what is answered, perhaps from long ago)
_IN_REPLY = re.compile(r"(?<![\w-])в ответ(?!\s+на(?![\w-]))(?![\w-])", re.I)


def _in_turn(
    text: str, n: int, statements: Sequence[Attribution], at_occasion: Sequence[bool],
    dated: list[When],
) -> When | None:  # fmt: skip
    """ "По итогам встречи Лавров заявил ... Ушаков, в свою очередь, отметил ...": one who
    speaks in turn after another the story placed at an occasion speaks there too, on its
    day (after a mere "Накануне X сообщил" the turn is the story's, not the occasion's).
    One who replies ("Мадуро в ответ объявил ...") does so on the day of the words before."""
    st = statements[n]
    reply = any(_IN_REPLY.search(text, a, b) for a, b in st.window)
    if st.speaker is None or not (reply or any(_IN_TURN.search(text, a, b) for a, b in st.window)):
        return None
    k = n - 1
    while k >= 0 and (statements[k].speaker is st.speaker or statements[k].speaker is None):
        k -= 1
    if k < 0:
        return None
    other = statements[k].speaker
    first = k
    while first > 0 and statements[first - 1].speaker is other:
        first -= 1
    when = dated[k]
    if not (reply or any(at_occasion[first : k + 1])) or not when.evidence or not when.edtf:
        return None
    if reply and not ONE_DAY.fullmatch(when.edtf):
        return None
    own = _own_day_before(statements, dated, st.speaker, first, when.edtf) if reply else None
    if own is not None:
        return own
    return When(when.edtf, f"in turn, same occasion as '{when.evidence}'", inherited=True)


def _own_day_before(
    statements: Sequence[Attribution], dated: list[When], replier: object, first: int,
    answered: str,
) -> When | None:  # fmt: skip
    """ "Песков в пятницу прокомментировал слова Макрона ... Во вторник Макрон сказал ...
    Песков в ответ отметил ...": a reply comes after the words it answers, on a day of its
    own; when the story dated the one replying before the words answered, he replies on that
    day, not on theirs (a day no earlier than theirs: no one answers words not yet said)."""
    for j in range(first - 1, -1, -1):
        when = dated[j]
        if (
            statements[j].speaker is replier
            and when.evidence
            and ONE_DAY.fullmatch(when.edtf or "")
            and when.edtf >= answered
        ):
            evidence = f"a reply, on the day of its speaker's words before: '{when.evidence}'"
            return When(when.edtf, evidence, inherited=True)
    return None


# "Источник: вечернее обращение Зеленского 11 марта": a labelled line naming where the words
# of a news item come from, on its own line
_SOURCE_LINE = re.compile(r"^(?:Источник|Джерело)\s*:[^\n]{1,200}$", re.M)


def _source_lines(ctx: DatedText) -> list[tuple[int, int, When]]:
    """The source lines that give a day (see :func:`_of_source`), with that day."""
    out = []
    for m in _SOURCE_LINE.finditer(ctx.text):
        days = [
            p
            for p in ctx.phrases_between(m.start() - 1, m.end())
            if ONE_DAY.fullmatch(p.when.edtf or "")
        ]
        if days:
            evidence = f"the source: '{days[-1].when.evidence}'"
            out.append((m.start(), m.end(), When(days[-1].when.edtf, evidence, inherited=True)))
    return out


def _of_source(
    ctx: DatedText, sources: Sequence[tuple[int, int, When]], st: Attribution
) -> When | None:
    """ "Источник: вечернее обращение Зеленского 11 марта": the news item's words of the one
    its source line names were said on the source's day, the lead's above it too."""
    surname = (st.name.split() or [""])[-1] if st.person else ""
    if len(surname) < _SURNAME_STEM:
        return None
    stem = surname[: max(_SURNAME_STEM, len(surname) - 2)]
    for a, b, when in sources:
        if any(w.group().startswith(stem) for w in _WORD.finditer(ctx.text, a, b)):
            return when
    return None


_SURNAME_STEM = 4  # letters of a surname that stay in every case ("Шоль-ц", "Пашин-яна")


# "Выступая в Совбезе", "Открывая встречу": the speaker's appearance at an occasion
_APPEARING = re.compile(r"(?<![\w-])(?:выступая|открывая|закрывая|подводя итоги)(?![\w-])", re.I)


def _at_occasion(text: str, st: Attribution) -> bool:
    """Whether an attribution places the words at an occasion ("на заседании", "в ходе
    переговоров", "Выступая в Совбезе")."""
    return any(_AT_EVENT.search(text, a, b) or _APPEARING.search(text, a, b) for a, b in st.window)


# "Разговор состоялся в минувшую пятницу", "Беседа записана накануне": a newspaper's note on
# when the interview below it took place
_INTERVIEW_HELD = re.compile(
    r"\b(?:Разговор|Беседа|Интервью)\s+(?:состоял(?:ся|ась|ось)|"
    r"записан[аоы]?|прош(?:[её]л|ла|ло)|проходил[аио]?)\b[^.!?\n]{0,80}"
    # "в интервью, записанном в субботу": the same note as a participle
    r"|\b(?:интервью|беседе|разговоре),?\s+(?:записанн|состоявш|взят|проведенн|проведённ)"
    r"(?:ом|ой|ем|ей)\b[^.!?\n]{0,80}"
)


# "Радио в пятницу поговорило с Иваном Петровым": the outlet's talk with the one answering
TALKED_WITH = re.compile(
    r"(?<![\w-])(?:поговорил[аои]?|побеседовал[аои]?|беседовал[аои]?|"
    r"пообщал(?:ся|ась|ось|ись))\s+с(?![\w-])",
    re.I,
)
# "Министр во вторник ответил на вопросы нашей газеты", "дал интервью агентству в среду",
# "18 января провел традиционную пресс-конференцию": the sit-down told by the answering
# one's own verb
_ANSWERED_US = re.compile(
    r"(?<![\w-])(?:ответил[аи]?\s+на\s+вопросы|дал[аи]?\s+интервью|рассказал[аи]?\s+в\s+интервью|"
    r"провел[аи]?\s+(?:[а-яё]+\s+){0,2}(?:пресс-конференци|брифинг)\w*)"
    r"(?![\w-])",
    re.I,
)
_NOTE_REACH = 120  # characters of the talk's sentence read on either side of its verb
_SENTENCE_STOP = re.compile(r"[.!?\n]")


def _interview_notes(text: str, end: int) -> list[tuple[int, int]]:
    """Where the reporter tells when the interview took place, before ``end``: a note
    ("Беседа записана накануне") or the sentence of the outlet's talk with the one answering
    ("Радио в пятницу поговорило с ..."), the words on either side of its verb."""
    notes = [(m.start(), m.end()) for m in _INTERVIEW_HELD.finditer(text, 0, end)]
    talks = [*TALKED_WITH.finditer(text, 0, end), *_ANSWERED_US.finditer(text, 0, end)]
    for m in talks:
        start = max(0, m.start() - _NOTE_REACH)
        for stop in _SENTENCE_STOP.finditer(text, start, m.start()):
            start = stop.end()
        after = _SENTENCE_STOP.search(text, m.end(), m.end() + _NOTE_REACH)
        notes.append((start, after.start() if after else m.end() + _NOTE_REACH))
    return sorted(notes)


def _interview_held(
    text: str, phrases: list[Phrase], turns: Sequence[Attribution], published: date | None
) -> When | None:
    """The day the interview took place, as the reporter's note above an answer tells it
    (not words inside an answer)."""
    if not turns:
        return None
    starts = {text.rfind("\n", 0, st.start) for st in turns}
    for a, b in _interview_notes(text, max(st.start for st in turns)):
        if text.rfind("\n", 0, a) in starts:
            continue  # in an answer's own paragraph
        for p in phrases:
            day = p.when.edtf or ""
            inside = a <= p.start < b and len(day) == 10
            if inside and (published is None or day <= published.isoformat()):
                return When(day, f"the interview: '{p.when.evidence}'")
    return None


def _title_day(
    text: str, phrases: list[Phrase], turns: Sequence[Attribution], published: date | None
) -> When | None:
    """The day a transcript's title gives ("Интервью министра ... агентству «Синьхуа», 12
    марта 2025 года"), in its first paragraph or on a line of its own ("24 мая 2024 года")
    above the first turn: the day the words were said, which may be before the page's."""
    if not turns:
        return None
    title_end = text.find("\n\n")
    first_turn = min(st.start for st in turns)
    for p in phrases:
        if p.start >= first_turn:
            break
        day = p.when.edtf or ""
        if p.kind not in ("dm", "numeric") or not ONE_DAY.fullmatch(day):
            continue
        line_start = text.rfind("\n", 0, p.start) + 1
        line_end = text.find("\n", p.end)
        line_end = len(text) if line_end < 0 else line_end
        before = text[line_start : p.start].strip()
        # the date ends its line ("..., Москва, 11 марта 2024 года", "11.03.2024 15:32"),
        # alone or after a title's or a place's comma: not a page's "Обновлено 12.03.2024"
        if _PAGE_STAMP.search(before):
            continue  # "Обновлено 12.03.2024 09:10": when the page changed, not the words
        ends_line = _LINE_TAIL.fullmatch(text, p.end, line_end) is not None
        alone = ends_line and (not before or before.endswith(","))
        # "Стенограмма интервью ... (27 января 2025 г., г.Минск)": the title's note of the
        # day and place, in parentheses closing its line, is the title's own; a title has no
        # finite verb ("Министр рассказал о переговорах в Женеве (Женева, 10 января 2024
        # года)." above the questions is the reporter's account of another occasion)
        alone = alone or (
            _NOTE_OPENS.search(before) is not None
            and _NOTE_TAIL.fullmatch(text, p.end, line_end) is not None
            and not any(morph.finite_verb(w) for w in _WORD.findall(before))
        )
        in_title = title_end < 0 or p.start < title_end
        if (in_title or alone) and (published is None or day <= published.isoformat()):
            return When(day, f"the transcript's title: '{p.when.evidence}'")
    return None


def _date_the_lead(ctx: DatedText, statements: Sequence[Attribution], out: list[When]) -> None:
    """ "Москалькова сообщила, что ... «...», — сказала омбудсмен в воскресенье.": a wire's
    undated lead and the quote after it are one occasion, so the lead takes the day its
    speaker's next statement names, when nothing else stands between them."""
    for n, st in enumerate(statements):
        # ("Ранее X заявил ...": a time before the article's, which the next day narrows)
        vague = out[n].evidence.lower() == "ранее" and (out[n].edtf or "").startswith("..")
        dated = out[n].evidence and not vague
        if st.turn or st.speaker is None or dated or n + 1 >= len(statements):
            continue
        nxt, when = statements[n + 1], out[n + 1]
        if (
            (vague and (when.edtf or "") > (out[n].edtf or "")[3:])
            or nxt.speaker is not st.speaker
            or nxt.turn
            or when.inherited
            or not when.evidence
            or not when.edtf
            or when.edtf.startswith("..")
            or nxt.start - st.start > _LEAD_REACH
            or any(
                p.start < nxt.start and not _in_window(nxt, p.start)
                for p in ctx.phrases_between(st.start, nxt.start)
            )
            or _subheading_between(ctx.text, st.start, nxt.start)
        ):
            continue
        out[n] = When(when.edtf, f"same occasion as '{when.evidence}'", inherited=True)


def _in_window(st: Attribution, pos: int) -> bool:
    """Whether ``pos`` stands in the attribution words of ``st`` after its cue ("Как
    говорится в заявлении, опубликованном в среду, ..."): the next statement's own day, not
    another event told between the two (nor a day fronted before its verb: "В среду министр
    добавил" may be a later occasion)."""
    return pos > st.cue_at and any(a <= pos < b for a, b in st.window)


def _subheading_between(text: str, start: int, end: int) -> bool:
    """Whether a subheading stands between two positions: the quote under a new section
    ("Миграция как главный результат") is another part of the story, not the lead's."""
    line = text.find("\n", start, end)
    while line >= 0:
        if text[line + 1 : line + 2].strip() and heading_at(text, line + 1):
            return True
        line = text.find("\n", line + 1, end)
    return False


_LEAD_REACH = 700  # characters: the lead and the quote after it


def _own(ctx: DatedText, st: Attribution) -> When | None:
    """A date phrase of the attribution itself, the one nearest its verb ("в пятницу, 15
    марта" gives the written date)."""
    found = [
        (abs(p.start - st.cue_at), p)
        for a, b in st.window
        for p in ctx.phrases_between(a - 1, b)
        if p.end <= b
        and (not subordinate(ctx.text, min(a, st.cue_at), p.start) or _held_on(ctx.text, p.start))
    ]
    found += [(p.start - st.cue_at, p) for p in ctx.told if _named_then_day(ctx.text, st, p)]
    if not found:
        return None
    # "Ранее X заявлял ... Он говорил об этом на форуме в июне": the day that narrows
    # "ранее" (on or before the article's day) is the words' day
    narrowing = [f for f in found if not (f[1].when.edtf or "..").startswith("..")]
    best = min(narrowing or found, key=lambda f: f[0])[1]
    if best.kind == "weekday":
        written = [p for _, p in found if p.kind == "dm" and 0 <= p.start - best.end <= 3]
        best = written[0] if written else best
    return best.when


# "назвал решение «ошибкой» в среду, ...", "охарактеризовал итоги как «досадные» в четверг
# вечером": a naming verb, its object, the quoted name, then the naming's day
_NAMING_THEN_NAME = re.compile(
    r"(?<![\w-])(?:назвал[аи]?|назвав|охарактеризовал[аи]?|охарактеризовав)\s+"
    r"(?:[\w-]+\s+){1,4}?(?:как\s+)?[«\"\u201c][^«»\"\u201c\u201d\n]{1,60}[»\"\u201d]\s*$",
    re.I,
)
_NAMING_REACH = 120  # characters: the verb, its object and the name


def _named_then_day(text: str, st: Attribution, p: Phrase) -> bool:
    """Whether ``p``, in the words reported, stands right after the quoted name the
    attribution's naming verb gives its object: the day of the naming."""
    return st.cue_at < p.start <= st.cue_at + _NAMING_REACH and bool(
        _NAMING_THEN_NAME.match(text, st.cue_at, p.start)
    )


# "Выступая после голосования", "на заседании", "по итогам переговоров": the words were said
# at an event the story told of before, on the day it gave that event ("на том же
# заседании": two words between)
_AT = (
    r"(?<![\w-])(?:на|после|по итогам|в ходе|во время|перед участниками|открывая|закрывая|"
    # "по дороге с переговоров", "по пути на заседание", "покидая встречу": at its doors
    r"по (?:дороге|пути) (?:с|со|на)|направляясь на|покидая|"
    # "перед (самым) началом переговоров": at its doors, on its day
    r"перед\s+(?:самым\s+)?началом|"
    # "в самом начале пресс-конференции", "в конце встречи": at it, at one end of it
    r"в (?:самом )?(?:начале|конце))"
)
_EVENT_STEMS = (
    r"заседани|голосова|встреч|переговор|саммит|брифинг|пресс-конференци|пресс-подход|"
    # "в ходе беседы", "во время телефонного разговора": a call is an occasion too
    r"совещани|консультаци|форум|конференци|сесси|разговор|бесед"
)
_EVENT_NOUN = rf"\s+(?:\w+\s+){{0,2}}?(?P<stem>{_EVENT_STEMS})\w*"
_AT_EVENT = re.compile(_AT + _EVENT_NOUN, re.I)
# "выступил на заседании", "провел пресс-конференцию", "принял участие в форуме": a
# sentence putting its subject at an occasion where he speaks
_AT_OCCASION = re.compile(
    rf"(?<![\w-])(?:выступил[аи]?|принял[аи]?\s+участие|участвовал[аи]?|"
    rf"пров[её]л[аи]?\s+(?:[\w-]+\s+){{0,2}}?(?:{_EVENT_STEMS})\w*)(?![\w-])",
    re.I,
)
# "Накануне переговоров посол сообщил": the eve of an event the story dates, the day before;
# so too the eve of a thing done on a day the story gave ("МИД опубликовал проекты в пятницу
# ... Накануне публикации Песков говорил", "накануне визита", "накануне выборов"; "накануне
# парада", "накануне инаугурации", "накануне торжеств": a ceremony the story dates)
_AT_OR_EVE_OF_EVENT = re.compile(
    rf"(?:(?<![\w-])(?P<eve>накануне)|{_AT})\s+(?:\w+\s+){{0,2}}?"
    rf"(?P<stem>{_EVENT_STEMS}|(?(eve)(?:публик|визит|выбор|референдум|парад|инаугураци|торжеств|церемони)|(?!)))\w*",
    re.I,
)
# "на форуме, который прошел в понедельник,", "по итогам переговоров, завершившихся в
# понедельник,": a clause that only says when the event the words were said at took place
# dates the words too (unlike "визит, который начался в понедельник": the words may be
# later); "в заявлении МИД, распространенном в понедельник,": the day a document was issued
# is the day its words were said
_CLAUSE_WORDS = re.compile(r"[\sа-яёА-ЯЁ]*\s")
_LETTERS = re.compile(r"[а-яёА-ЯЁ]+")
_CLAUSE_REACH = 60  # characters: "которое было распространено " and no more


def _clause_verb(text: str, start: int, end: int) -> str:
    """The dictionary form of the one verb or participle that ``text[start:end]`` holds, after
    "который" (and "был"): "который прошел ", "распространенном "; "" for anything else."""
    if end - start > _CLAUSE_REACH or not _CLAUSE_WORDS.fullmatch(text, start, end):
        return ""
    ws = _LETTERS.findall(text, start, end)
    if len(ws) > 1 and ws[1].lower().startswith("котор"):
        ws = ws[1:]  # "фрагмент которого опубликован": the part of the text issued
    if ws and ws[0].lower().startswith("котор"):
        ws = ws[1:]
    if len(ws) == 2 and morph.lemma(ws[0]) == "быть":
        ws = ws[1:]
    return morph.lemma(ws[0]) if len(ws) == 1 else ""


_DOCUMENT = re.compile(
    # ("видеообращении", "телеобращении", "видеозаявлении": the same, recorded)
    r"(?<![\w-])(?:(?:видео|теле|радио)?(?:заявлени|обращени)|сообщени|комментари|документ|"
    r"коммюнике|интервью|публикаци|"
    # a bare "видео" holds the words when they are in it ("в видео, опубликованном ..."),
    # not when they are about it ("на вопрос о видео, опубликованном ...")
    r"(?:(?<=(?<![\w-])в\s)|(?<=(?<![\w-])во\s))видео(?![\w-])|"
    # "в эфире программы «...», вышедшей в воскресенье", "в эфире радио «...», вышедшем
    # в субботу", "в выпуске подкаста": a broadcast
    r"стать[еиюя]|программ|передач|эфир|выпуск|подкаст)\w*"
    # the owner or the outlet after the noun, its name in quotes too: "интервью «Известиям»"
    r"(?:\s+(?:[^,.;:!?«»\"]|«[^«»\n]{1,40}»|\"[^\"\n]{1,40}\"){1,60})?$",
    re.I,
)


# "в интервью, вышедшем в эфир в четверг": a broadcast's day, that of the words in it;
# "увидевшем свет в понедельник": a text that came out
_AIRED = re.compile(r"\s*(?:(?:вышедш|показанн)\w*\s+в\s+эфир|увидевш\w*\s+свет)\w*\s+")
# "размещенном в телеграм-канале дипмиссии в понедельник": a text issued at a place, then
# its day
_ISSUED_AT = re.compile(r"\s*([а-яё]+)\s+(?:в|во|на)\s+[\w-]+(?:\s+[\w-]+){0,2}\s+")


# "Санду, слова которой в среду привел ее пресс-секретарь, считает": the day the speaker's
# own words were passed on or aired is the day they were said
_WORDS_WHOSE = re.compile(
    r"\s*(?:слова|заявлени[ея]|выступлени[ея]|высказывани[ея]|обращени[ея]|комментари[йи])"
    r"\s+(?:котор(?:ого|ой|ых))\s+(?:был[аио]?\s+)?(?:[а-яё]+\s+)?",
    re.I,
)


# "завершившейся поздно вечером в понедельник": the part of the day before the day
# ("поздно ночью в четверг": "поздно" alone, where the day's phrase holds "ночью")
_PART_OF_DAY = re.compile(
    r"\s(?:(?:(?:поздн(?:о|им)|ран(?:о|ним))\s+)?(?:вечером|утром|днем|днём|ночью)|"
    r"поздн(?:о|им)|ран(?:о|ним))\s+$",
    re.I,
)
_PART_OF_DAY_REACH = 20  # characters: "поздно вечером "
# "на пресс-конференции с лидерами Франции, Германии и Украины, завершившейся": whom the
# event was held with, or where, between the event and the clause that dates it
_EVENT_COMPLEMENT = re.compile(r"(?:\s+(?:с|со|в|во)\s+[^.;:!?«»\"\n]{1,60})?\s*")


def _held_on(text: str, pos: int) -> bool:
    """Whether the date phrase at ``pos`` opens right after "на форуме, который прошел" or
    "в заявлении, распространенном": the day of the event the attribution places the words
    at, or of the document that holds them."""
    part = _PART_OF_DAY.search(text, max(0, pos - _PART_OF_DAY_REACH), pos)
    if part:
        pos = part.start() + 1
    comma = text.rfind(",", 0, pos)
    if comma < 0:
        return False
    if _WORDS_WHOSE.fullmatch(text, comma + 1, pos):
        return True
    verb = _clause_verb(text, comma + 1, pos)
    if not verb and pos - comma <= _CLAUSE_REACH:
        placed = _ISSUED_AT.fullmatch(text, comma + 1, pos)
        verb = morph.lemma(placed[1]) if placed else ""
    # ("в интервью, записанном в пятницу": recorded that day, the day its words were said)
    if verb in ISSUED or verb in RECORDED or _AIRED.fullmatch(text, comma + 1, pos):
        return _DOCUMENT.search(text, max(0, comma - 80), comma) is not None
    if verb not in HELD:
        return False
    venues = list(_AT_EVENT.finditer(text, max(0, comma - 80), comma))
    return bool(venues) and bool(_EVENT_COMPLEMENT.fullmatch(text, venues[-1].end(), comma))


# Words between an event named and its day, when they say it took place: whom it was between
# ("разговор Токаева и Мирзиёева"), its verb, and at most two words before the day
# ("Разговор состоялся накануне вечером", "Встреча прошла в Минске в пятницу")
_HELD_REACH = 10
_AFTER_HELD = 2


def _phrases_in(phrases: Sequence[Phrase], start: int, end: int) -> Sequence[Phrase]:
    """The phrases (in text order) that start in ``[start, end)``."""
    lo = bisect.bisect_left(phrases, start, key=lambda p: p.start)
    return phrases[lo : bisect.bisect_left(phrases, end, key=lambda p: p.start)]


def _held_on_day(text: str, mention: int, pos: int) -> bool:
    """Whether the event named at ``mention`` is the subject of a verb of taking place
    ("состоялся", "прошла") whose day is the phrase at ``pos``."""
    between = text[mention:pos]
    if len(between) > _HELD_REACH * 20 or re.search(r"[^\w\s-]", between):
        return False
    ws = between.split()[1:]
    return len(ws) <= _HELD_REACH and any(morph.lemma(w) in HELD for w in ws[-1 - _AFTER_HELD :])


def _held_right_after(text: str, mention: int, pos: int) -> bool:
    """Whether the day at ``pos`` stands in a clause that says when the event named at
    ``mention`` took place ("итогами саммита, который прошел накануне в Женеве")."""
    comma = text.find(",", mention, pos)
    if comma < 0 or text.find(",", comma + 1, pos) >= 0:
        return False
    return _clause_verb(text, comma + 1, pos) in HELD


_EVENT_MENTIONS = 8  # the event's last mentions read back for its day
_PAGE_STAMP = re.compile(r"(?:[Оо]бновлен|[Оо]публикован|[Дд]ата (?:публикации|обновления))\w*\W*$")
# what may follow a date that ends a transcript's title or date line: "года", a time of day,
# and after the time the place ("12 марта 2025 года, 15:00, Ново-Огарёво", as the Kremlin's
# transcripts are dated)
_LINE_TAIL = re.compile(
    r"(?:\s*г(?:ода?)?\.?)?(?:,?\s*\d{1,2}:\d\d(?:[,\s]+[А-ЯЁ][^\n.!?:«»\"]{0,50})?)?[\s.,]*"
)
# a note in parentheses closing a transcript's title, the day with its place before or after
# it: "(27 января 2025 г., г.Минск)", "(Москва, 17 декабря 2021 года)". Only a space joins the
# place's words: a hyphen is a word's own ("Ростов-на-Дону"), and a hyphen that could also
# join two words let a chain "Аб-Аб-Аб..." split in every way (time cubic in its length)
_NOTE_OPENS = re.compile(r"\((?:[А-ЯЁг][\w.-]*(?: [А-ЯЁ][\w-]*){0,2},\s*)?$")
_NOTE_TAIL = re.compile(
    r"(?:\s*г(?:ода?)?\.?)?(?:,\s*(?:г\.\s*)?[А-ЯЁ][\w-]*(?: [А-ЯЁ][\w-]*){0,2})?\)[\s.]*"
)


# One meeting goes by any of these names in one story ("переговоры в Эр-Рияде ... По итогам
# встречи"), so any of them is a mention of the meeting told of before
_TALKS = ("встреч", "переговор", "саммит", "консультаци")
# and one call by these ("телефонный разговор ... В ходе беседы")
_CALL = ("разговор", "бесед")
# "беседа с журналистами", "в разговоре с корреспондентом ТАСС": a talk with the press, an
# occasion of its own, not the call the story told of
_WITH_THE_PRESS = re.compile(
    r"\s+(?:\w+\s+)?(?:с|со)\s+(?:\w+\s+)?(?:журналист|корреспондент|пресс|репортер|представител\w*\s+(?:СМИ|прессы))",
    re.I,
)


# "выступая на церемонии в Вашингтоне", "на церемонии подписания": the ceremony of a signing
# (not "на церемонии открытия моста": a ceremony of another act)
_AT_CEREMONY = re.compile(
    r"(?<![\w-])(?:на|во время|в ходе|после)\s+церемони\w*(?!\w)"
    r"(?!\s+(?:открыти|закрыти|прощани|инаугураци|награждени|вручени|заклад|возложени|"
    r"присяг|встреч|поднят|спуск|запуск|вступлени)\w*)",
    re.I,
)
_SIGNED = r"[Пп]одписа\w*"


def _ceremony_day(ctx: DatedText, st: Attribution, published: date | None) -> When | None:
    """The day of the signing the words were said at ("выступая на церемонии"), when the
    story dated the thing signed by its participle ("Подписанная накануне в Белом доме
    декларация"), which no occasion's day counts."""
    if not any(_AT_CEREMONY.search(ctx.text, a, b) for a, b in st.window):
        return None
    for start, _ in reversed(ctx.mentions_before(_SIGNED, st.start, _EVENT_MENTIONS)):
        sentence = ctx.sentence_at(start)
        done = done_day(ctx.text[start : sentence[1]], published) if sentence else None
        if done is not None:
            return When(done.edtf, f"the signing: {done.evidence}", inherited=True)
    return None


def _event_day(ctx: DatedText, st: Attribution) -> When | None:
    """The day of the event the attribution places the words at ("Выступая после
    голосования, постпред заявил"): a day in the main clause of an earlier sentence naming
    that event ("Россия проголосовала за документ"), or the day its paragraph had reached
    there ("Совбез в понедельник, 24 февраля, принял резолюцию. Россия проголосовала за")."""
    return _day_of_event_in(ctx, st.window)


def _day_of_event_in(ctx: DatedText, spans: Sequence[tuple[int, int]]) -> When | None:
    """The day of the first event named in ``spans`` ("на саммите"), from its mentions
    before (see :func:`_event_day`); a mention with no day under a round-up's day head is
    of that head's day."""
    found = [m for a, b in spans if (m := _AT_OR_EVE_OF_EVENT.search(ctx.text, a, b))]
    if not found:
        return None
    day = _day_of_event(ctx, found[0])
    if day is None and (talks := _RESULTS_OF_TALKS.match(ctx.text, found[0].end())):
        # "на совместной пресс-конференции по итогам встречи": a press conference the story
        # never told of, held after talks it did; the talks' day
        day = _day_of_event(ctx, talks)
    return day


# "по итогам встречи", "после переговоров" right after a gathering: the talks it closed
_RESULTS_OF_TALKS = re.compile(
    rf"\s+(?:по итогам|после|по завершении)\s+(?:\w+\s+){{0,2}}?(?P<stem>{'|'.join(_TALKS)})\w*",
    re.I,
)


def _day_of_event(ctx: DatedText, event: re.Match[str]) -> When | None:
    """The day of the event ``event`` names, from its mentions before (see
    :func:`_day_of_event_in`)."""
    stem = event["stem"].lower()
    if stem in _CALL and _WITH_THE_PRESS.match(ctx.text, event.end()):
        return None  # "во время беседы с журналистами": a talk with the press, not the call
    kin = next((names for names in (_TALKS, _CALL) if stem in names), None)
    stems = "|".join(kin) if kin else re.escape(stem)
    name = rf"[\w-]*(?:{stems})\w*"
    for start, _ in reversed(ctx.mentions_before(name, event.start(), _EVENT_MENTIONS)):
        sentence = ctx.sentence_at(start)
        if sentence is None:
            continue
        # "В понедельник Захарова назвала проведение заседания «пиар-акцией»": an event
        # named in someone's words; the day in the frame is that of the words, not the event's
        talked_of = start in ctx.said_spans
        days = [
            p
            for p in ctx.phrases_between(sentence[0] - 1, sentence[1])
            if ONE_DAY.fullmatch(p.when.edtf or "")
            and not talked_of
            and (
                not subordinate(ctx.text, sentence[0], p.start)
                # "саммит, прошедший в понедельник,": a clause that says when it was held
                or _held_right_after(ctx.text, start, p.start)
            )
        ] + [
            # "довольны итогами саммита, который прошел накануне": reported words that say
            # when the event took place, in the reporter's frame
            p
            for p in ctx.told
            if sentence[0] <= p.start < sentence[1]
            and ONE_DAY.fullmatch(p.when.edtf or "")
            and _held_right_after(ctx.text, start, p.start)
        ]
        # "«Разговор состоялся накануне вечером», — сказал Песков": words, anyone's, that
        # say when the event took place, the event their subject, tell its day
        days = [
            p
            for p in _phrases_in(ctx.inner, *sentence)
            if ONE_DAY.fullmatch(p.when.edtf or "") and _held_on_day(ctx.text, start, p.start)
        ] or days
        reached = When(days[-1].when.edtf, days[-1].when.evidence) if days else None
        if not talked_of:
            reached = (
                reached or narrative_day(ctx, start, subordinate) or _under_head(ctx.heads, start)
            )
        if reached is not None:
            evidence = f"the event ('{event.group()}'): {reached.evidence}"
            return When(_eve(event, reached.edtf), evidence, inherited=True)
    return None


# "на пресс-конференции в Будапеште": a gathering placed by its own town, another one than
# the news the story's lead tells
_OWN_PLACE = re.compile(r"\s+(?:в|во|на)\s+[А-ЯЁ]")


# "выступая (отдельно) перед журналистами", "выступая перед прессой": a press appearance, a
# gathering as much as a press conference is
_BEFORE_THE_PRESS = re.compile(
    r"(?<![\w-])выступая\s+(?:[а-яё]+\s+){0,2}?перед\s+(?:журналистами|прессой|репортерами|"
    r"представителями\s+(?:СМИ|прессы))(?![\w-])",
    re.I,
)


def _news_days_gathering(ctx: DatedText, st: Attribution, published: date | None) -> When | None:
    """Next-day copy ("Иран и «шестерка» во вторник утвердили план" in Wednesday's paper):
    words the attribution places at a gathering ("сказал он на совместной пресс-конференции",
    "по итогам заседания сообщил", "выступая перед журналистами") that the story dates
    nowhere are of the news day, when every day the story has reached before them is that
    one (as the English reader does); not a ministry's briefing, held any day, nor a
    gathering placed in a town of its own."""
    if published is None:
        return None
    found = [
        m
        for a, b in st.window
        if (
            (m := _AT_EVENT.search(ctx.text, a, b))
            and m["stem"].lower() != "брифинг"
            and not _OWN_PLACE.match(ctx.text, m.end())
        )
        or (m := _BEFORE_THE_PRESS.search(ctx.text, a, b))
    ]
    if not found:
        return None
    news_day = (published - timedelta(days=1)).isoformat()
    days = [
        p
        for p in ctx.phrases_between(-1, min(st.start, st.cue_at))
        if ONE_DAY.fullmatch(p.when.edtf or "")
        and not _stamp_line(ctx.text, p)
        and (sentence := ctx.sentence_at(p.start)) is not None
        and not subordinate(ctx.text, sentence[0], p.start)
    ]
    if not days or any(p.when.edtf != news_day for p in days):
        return None
    return When(news_day, f"the news day's event: '{found[0].group().strip()}'", inherited=True)


_LETTER = re.compile(r"[^\W\d_]")


def _stamp_line(text: str, p: Phrase) -> bool:
    """Whether the date ``p`` is a page's time stamp on a line of its own ("15.07.2015
    00:01:00", "10 декабря 2019, 00:58"): the paper's day, no day the story reached."""
    start = text.rfind("\n", 0, p.start) + 1
    end = text.find("\n", p.end)
    end = len(text) if end < 0 else end
    return not _LETTER.search(text[start : p.start] + text[p.end : end])


def _eve_untold(ctx: DatedText, st: Attribution, published: date | None) -> When | None:
    """ "Накануне визита помощник президента говорил, что ...": the eve of an event the
    story gives no day for is some day before it, on or before the article's day (as
    "ранее"), not the day the story reached."""
    if published is None:
        return None
    for a, b in st.window:
        event = _AT_OR_EVE_OF_EVENT.search(ctx.text, a, b)
        if event is not None and event["eve"]:
            return When(f"../{published.isoformat()}", event.group())
    return None


def _eve(event: re.Match[str], day: str | None) -> str | None:
    """ "Накануне переговоров посол сообщил ...": the eve of an event is the day before the
    event's day."""
    if not event.group().lower().startswith("накануне") or not ONE_DAY.fullmatch(day or ""):
        return day
    return (date.fromisoformat(day) - timedelta(days=1)).isoformat()


_SPOKE = re.compile(
    r"(?<![\w-])(?:высказал(?:ся|ась|ись)|прокомментировал[аи]?|рассказал[аи]?|"
    r"отреагировал[аи]?|выступил[аи]?)(?![\w-])",
    re.I,
)


# "Ранее Ван И провел переговоры с Патрушевым", "Ранее министр встретился с ...": talks held
# some time before, where the words told next were said (not the story's own event)
_HELD_TALKS = re.compile(
    r"(?<![\w-])(?:(?:провел|провёл|провела|провели)\s+(?:[а-яё]+\s+){0,2}?"
    r"(?:переговоры|встречу|консультации)|встретил(?:ся|ась|ись))(?![\w-])",
    re.I,
)


# "В ходе разговора с турецким лидером ...": a later sentence going back to an event the
# story told, by its kind
_BACK_TO_EVENT = re.compile(
    r"(?<![\w-])(?:в\s+ходе|во\s+время|по\s+итогам|в|на|после)\s+"
    r"(разговор|бесед|переговор|встреч|консультаци|визит)[а-яё]*(?![\w-])",
    re.I,
)
# the kinds of event, each by the words that tell it: a call, or talks met at
_EVENT_KINDS = (
    re.compile(r"разговор|бесед|телефон", re.I),
    re.compile(r"переговор|встреч|встретил|консультаци|визит", re.I),
)
_CAPITALISED = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]{3,}")
# "... с президентом Ирана Масудом Пезешкианом ситуацию": the partner's surname, the last of
# the names after "с" and the partner's post
_PARTNER = re.compile(
    r"(?<![\w-])(?:с|со)\s+(?:[а-яё-]+\s+){0,3}(?:[А-ЯЁ][\w-]*\s+){0,3}([А-ЯЁ][а-яё]{3,})"
    r"(?![\w-])(?!\s+[А-ЯЁ])"
)


def _kind(words: str) -> int | None:
    """The kind of event ``words`` tell (see :data:`_EVENT_KINDS`), the first found."""
    return next((k for k, kind in enumerate(_EVENT_KINDS) if kind.search(words)), None)


def _back_to_own_event(text: str, event: tuple[int, int], talks: tuple[int, int], end: int) -> bool:
    """Whether the words after the earlier talks told in ``talks`` (up to ``end``) go back
    to the speaker's own dated event told in ``event`` ("Путин в понедельник провел
    разговор с Эрдоганом. Ранее Путин провел переговоры с Моди. В ходе разговора ... /
    Путин заявил Эрдогану, что ..."): by the event's kind, where the talks were of another,
    or by the event's partner named again; then the words are the event's, not the talks'."""
    after = text[talks[1] : end]
    event_kind = _kind(text[event[0] : event[1]])
    talks_kind = _kind(text[talks[0] : talks[1]])
    for m in _BACK_TO_EVENT.finditer(after):
        kind = _kind(m.group(1))
        if kind is not None and kind == event_kind and kind != talks_kind:
            return True
    partners = {m.group(1)[:5] for m in _PARTNER.finditer(text, *event)}
    partners -= {m.group(0)[:5] for m in _CAPITALISED.finditer(text, *talks)}
    return any(m.group(0)[:5] in partners for m in _CAPITALISED.finditer(after))


def _spoke(text: str, a: int, b: int) -> bool:
    """Whether the sentence in ``[a, b)`` reports someone speaking on a topic ("высказался
    по поводу ...", "прокомментировал ...", "выступил на ...")."""
    return _SPOKE.search(text, a, b) is not None


# a sentence whose speaker a pronoun points back to: "По его словам, ...", "По ее мнению,
# ...", "Он также отметил, что ...", "При этом она добавила ..."
_POINTED_BACK = re.compile(
    r"\s*(?:(?:при этом|кроме того|также|вместе с тем)\s*,?\s*)?"
    r"(?:по\s+(?:его|ее|её)\s+[а-яё]+|(?:он|она)\s)",
    re.I,
)


def _earlier_sentence_before(ctx: DatedText, st: Attribution) -> When | None:
    """ "Ранее Небензя обратил внимание на ... По его словам, сегодня ...": words whose
    speaker a pronoun points back to the sentence right before, in the same paragraph, which
    names the speaker and is placed "earlier" in its main clause, go on with that earlier
    account, whether or not it was read as a statement; so they were said on or before the
    page's day, and a "сегодня" inside them is the speaker's own then, not the report's."""
    text = ctx.text
    sentence = ctx.sentence_at(st.start)
    if sentence is None or not _POINTED_BACK.match(text, sentence[0]):
        return None
    end = sentence[0]
    while end > 0 and text[end - 1].isspace():
        if text[end - 1] == "\n":
            return None  # a new paragraph: no account goes on across it
        end -= 1
    before = ctx.sentence_at(end - 1) if end > 0 else None
    if before is None:
        return None
    if not any(before[0] <= pos < before[1] for pos in st.speaker_at):
        return None
    main = [
        p
        for p in ctx.phrases_between(before[0] - 1, before[1])
        if not ctx.subordinate(before[0], p.start)
    ]
    if not main or not all((p.when.edtf or "").startswith("../") for p in main):
        return None
    if _day_of_event_in(ctx, [before]) is not None:
        return None  # "До этого перед участниками саммита выступил X": the event's day
    p = main[0]
    return When(p.when.edtf, f"the sentence before: '{p.when.evidence}'", inherited=True)


_PARAGRAPH_REACH = 1500  # characters: how far back a paragraph's opening is looked for


def _recalled_paragraph(ctx: DatedText, st: Attribution) -> When | None:
    """ "Напомним, в СМИ появилась информация ... СМИ ссылались на X. По словам X, ...":
    a paragraph that opens by recalling earlier news tells background, so words in its later
    sentences with no time of their own were said on or before the page's day, as its
    opening "Напомним" says. Only while every date phrase of the paragraph before them is
    such an "earlier" one (a day told on the way is theirs instead), and not across a
    paragraph's break."""
    text = ctx.text
    opens = text.rfind("\n", max(0, st.start - _PARAGRAPH_REACH), st.start) + 1
    if opens == 0 and st.start > _PARAGRAPH_REACH:
        return None  # (no paragraph's start within reach)
    while opens < st.start and text[opens].isspace():
        opens += 1
    before = ctx.phrases_between(opens - 1, st.start)
    if not before or before[0].start != opens or before[0].kind != "earlier":
        return None
    if not RECALLING.fullmatch(before[0].when.evidence):
        return None  # (a paragraph opened by "Ранее, ...": the sentence's own time)
    if not all((p.when.edtf or "").startswith("../") for p in before):
        return None
    p = before[0]
    return When(p.when.edtf, f"the paragraph's '{p.when.evidence}'", inherited=True)


def _today_in_report(text: str, st: Attribution, ref: date | None) -> When | None:
    """ "Лавров сказал, что сегодня переговоры были полезными": in reported speech the
    reporter's "сегодня" is the article's day."""
    if ref is None:
        return None
    for a, b in st.reported:
        m = _TODAY.search(text, a, b)
        if m:
            return When(ref.isoformat(), m.group(0))
    return None


def _said_by_speaker(statements: Sequence[Attribution]) -> dict[int, Spans]:
    """The words each speaker is reported to have said, by the speaker's id."""
    said: dict[int, list[tuple[int, int]]] = {}
    for st in statements:
        if st.speaker is not None:
            said.setdefault(id(st.speaker), []).extend(st.reported)
    return {speaker: Spans(spans) for speaker, spans in said.items()}


class _Skips:
    """The days of the sentences naming one speaker (:func:`_phrases_naming`) that
    :func:`_occasion` has found it can never take, skipped on later walks: a day turned
    down before any was taken is turned down whatever was taken before it (what a taken day
    leaves behind only turns more down), so each is weighed once, not once per statement."""

    def __init__(self, size: int) -> None:
        self._next = list(range(size + 1))  # the next day at or after one not turned down
        self.took = False  # whether the day last walked to was taken

    def _find(self, i: int) -> int:
        root = i
        while self._next[root] != root:
            root = self._next[root]
        while self._next[i] != root:
            self._next[i], i = root, self._next[i]
        return root

    def walk(self, start: int, end: int) -> Iterator[int]:
        """The days from ``start`` to ``end`` not known to be turned down, in order."""
        clean = True  # no day taken yet on this walk
        i = self._find(start)
        while i < end:
            self.took = False
            yield i
            if self.took:
                clean = False
            elif clean:
                self._next[i] = i + 1
            i = self._find(i + 1)


def _occasion(
    ctx: DatedText,
    n: int,
    statements: Sequence[Attribution],
    dated: list[When],
    said_by: dict[int, Spans],
    walks: dict[int, _Skips],
) -> When | None:
    """The day of the last occasion before statement ``n`` that its speaker is placed at: a
    sentence naming the speaker with a day in its main clause, one naming the speaker right
    after a sentence telling of an event held on a day (see :func:`_event_named_at`), or an
    earlier statement of the same speaker that had a day. A day in the speaker's own earlier
    words ("По информации МИД, в минувшие выходные были задержаны ...") is what was spoken
    of, not where the speaker was."""
    st = statements[n]
    if st.speaker is None:
        return None
    own_words = said_by.get(id(st.speaker), Spans())
    best_pos, best = -1, None
    m = ctx.last_by_speaker.get(id(st.speaker))
    if m is not None and _same_head(ctx.heads, statements[m].start, st.start):
        other, when = statements[m], dated[m]
        vague = (when.edtf or "").startswith("..")
        # the earlier statement's own words and attribution do not stand between ("О том,
        # что заседание пройдет 24 ноября, ранее сообщал Полянский. Он подчеркнул ...")
        own = list(other.window) + list(other.reported)
        # (looked for only when the day is vague: a speaker's statements far apart are not
        # walked between for every one)
        between = vague and any(
            not any(a <= p.start < b for a, b in own)
            for p in ctx.phrases_between(other.start, st.start)
        )
        if when.evidence and when.edtf and not between:
            best_pos = other.start
            evidence = when.evidence if when.inherited else f"same occasion as '{when.evidence}'"
            best = When(when.edtf, evidence, inherited=True)
    places = st.speaker_at
    named_with_day = -1  # the sentence whose day stood in the clause naming the speaker
    day_sentence = -1  # the sentence that gave the occasion a day
    own_event: tuple[int, int] | None = None  # the sentence of the speaker's dated doings
    # a day told under an earlier day's head is that day's occasion, none of this one's; only
    # a day in a sentence naming the speaker can be taken (looked up, not walked to)
    starts, named = _phrases_naming(ctx, st.speaker, places)
    lo = max(best_pos, _head_start(ctx.heads, st.start))
    skips = walks.get(id(st.speaker))
    if skips is None:
        skips = walks[id(st.speaker)] = _Skips(len(named))
    for i in skips.walk(bisect.bisect_right(starts, lo), bisect.bisect_left(starts, st.start)):
        p = named[i]
        sentence = ctx.sentence_at(p.start)
        if sentence is None or p.start in own_words or on_caption_line(ctx.text, p.start):
            # a photo's caption is no occasion of the story's ("Встреча министров ... (9
            # июня 2022)" under a picture from an earlier visit)
            continue
        a, b = sentence
        if a == day_sentence and _period_only(p.when.edtf):
            # "заявил во вторник ... на пресс-конференции по итогам работы в 2023 году": a
            # year or month beside the day of the speaking is a period spoken of
            continue
        in_named_clause = _names_in_clause(ctx.text, places, a, b, p.start)
        if named_with_day == a and not in_named_clause:
            # "В пятницу он сидел рядом с Путиным, а накануне провел с ним переговоры":
            # the other clause's day is another event's
            continue
        vague = (p.when.edtf or "").startswith("..")
        talks = (
            vague
            and _HELD_TALKS.search(ctx.text, a, b) is not None
            and not (
                own_event is not None
                and _back_to_own_event(ctx.text, own_event, (a, b), _sentence_end(ctx, st.start))
            )
        )
        if vague and not _spoke(ctx.text, a, b) and not talks:
            # "Ранее Лавров посетил завод": an earlier event, not the words' day; but
            # "Ранее Лавров высказался по поводу ... По его словам, ...": the speaking itself
            continue
        k = bisect.bisect_left(places, a)
        if (
            k >= len(places)
            or places[k] >= b
            or subordinate(ctx.text, a, p.start)
            or of_a_happening(ctx.text, a, p.start)
        ):
            continue
        if _ASIDE_AFTER_JOIN.search(ctx.text, p.start, places[k] + 1):
            # "Гутерриш во вторник призвал ..., но шагов, как отметили в Кремле, не
            # последовало": the day is the first clause's speaker's, not the aside's
            continue
        skips.took = True
        best = When(p.when.edtf, f"occasion: '{p.when.evidence}'", inherited=True)
        best_pos = a
        if not _period_only(p.when.edtf):
            day_sentence = a
        if not vague:
            own_event = (a, b)
        if in_named_clause:
            named_with_day = a
        if vague and not talks:
            # "До этого перед участниками саммита выступил ...": earlier at the event the
            # story told of, on its day
            best = _day_of_event_in(ctx, [(a, b)]) or best
    held_at, held = _events_placed(ctx, st.speaker, places)
    k = bisect.bisect_left(held_at, st.start)
    if k > 0 and held_at[k - 1] > best_pos:
        return held[k - 1]
    return best


def _sentence_end(ctx: DatedText, pos: int) -> int:
    """The end of the sentence holding ``pos`` (``pos`` itself where none is)."""
    sentence = ctx.sentence_at(pos)
    return sentence[1] if sentence is not None else pos


def _period_only(edtf: str | None) -> bool:
    """Whether a date is a whole year or month, no day ("2023", "2023-12")."""
    return bool(edtf) and not edtf.startswith("..") and len(edtf) < 10 and edtf[:4].isdigit()


# ", но шагов, как отметили в Кремле": a clause joined by "а", "но", "однако", its speaker
# named in an aside opened by "как" (the speaker's place right after it)
_ASIDE_AFTER_JOIN = re.compile(r",\s+(?:а|но|однако|зато)\s[^,;.!?]*,\s*как\s[^,;.!?]*$")


def _names_in_clause(text: str, places: Sequence[int], a: int, b: int, pos: int) -> bool:
    """Whether the speaker is named (``places``) in the stretch between commas or dashes of
    the sentence ``[a, b)`` that holds ``pos``: the day there is that of the speaker's
    doings, not of a coordinate clause's."""
    start = a
    for m in _CLAUSE_CLOSE.finditer(text, a, pos):
        start = m.end()
    close = _CLAUSE_CLOSE.search(text, pos, b)
    end = close.start() if close else b
    k = bisect.bisect_left(places, start)
    return k < len(places) and places[k] < end


def _phrases_naming(
    ctx: DatedText, speaker: object, places: Sequence[int]
) -> tuple[list[int], list[Phrase]]:
    """The date phrases in the sentences that name ``speaker`` (``places``), in the text's
    order, with their starts: the only days :func:`_occasion` can take; found once per
    speaker, so that dating each statement walks no day of a sentence not naming them."""
    found = ctx.phrases_naming.get(id(speaker))
    if found is None:
        picked: set[int] = set()
        for pos in places:
            sentence = ctx.sentence_at(pos)
            if sentence is not None:
                a, b = sentence
                i = bisect.bisect_right(ctx.phrase_starts, a - 1)
                picked.update(range(i, bisect.bisect_left(ctx.phrase_starts, b, i)))
        named = [ctx.phrases[i] for i in sorted(picked)]
        found = ([p.start for p in named], named)
        ctx.phrases_naming[id(speaker)] = found
    return found


def _events_placed(
    ctx: DatedText, speaker: object, places: list[int]
) -> tuple[list[int], list[When]]:
    """The places of ``speaker``'s name that put them at a dated event (see
    :func:`_event_named_at`, :func:`_event_attended_at`), in order, with the event's day;
    found once per speaker, so a long text with many statements stays linear."""
    found = ctx.events_placed.get(id(speaker))
    if found is None:
        pairs = [
            (pos, when)
            for pos in places
            if (when := _event_named_at(ctx, pos) or _event_attended_at(ctx, pos)) is not None
        ]
        found = ([pos for pos, _ in pairs], [when for _, when in pairs])
        ctx.events_placed[id(speaker)] = found
    return found


def _event_attended_at(ctx: DatedText, pos: int) -> When | None:
    """The day of the event an undated sentence at ``pos`` places its subject at ("Министр,
    открывая переговоры, пожелал коллегам успеха. По его словам, ..."): the day the story
    gave that event before."""
    sentence = ctx.sentence_at(pos)
    if sentence is None or ctx.phrases_between(sentence[0] - 1, sentence[1]):
        return None
    event = _AT_EVENT.search(ctx.text, *sentence)
    if event is None or subordinate(ctx.text, sentence[0], event.start()):
        return None
    return _day_of_event_in(ctx, [sentence])


def _event_named_at(ctx: DatedText, pos: int) -> When | None:
    """The day of an event the paragraph told just before the undated sentence at ``pos``
    ("Во вторник в Эр-Рияде прошли переговоры. Американскую делегацию возглавил Рубио."):
    one named right after the event took part in it."""
    sentence = ctx.sentence_at(pos)
    if sentence is None or ctx.phrases_between(sentence[0] - 1, sentence[1]):
        return None
    eve = _AT_OR_EVE_OF_EVENT.search(ctx.text, *sentence)
    if eve is not None and eve["eve"]:
        return None  # "Накануне визита министр заявил": the day before, not the event's
    paragraph = ctx.text.rfind("\n", 0, pos) + 1
    before = ctx.sentence_before(sentence[0])
    if before is None or before[0] < paragraph:
        return None
    days = [
        p
        for p in ctx.phrases_between(before[0] - 1, before[1])
        if ONE_DAY.fullmatch(p.when.edtf or "") and not subordinate(ctx.text, before[0], p.start)
    ]
    if not days or not (
        _EVENT_HELD.search(ctx.text, before[0], before[1])
        or _EVENT_OPENED.search(ctx.text, before[0], before[1])
    ):
        return None
    evidence = f"the event its participants were named at: '{days[-1].when.evidence}'"
    return When(days[-1].when.edtf, evidence, inherited=True)
