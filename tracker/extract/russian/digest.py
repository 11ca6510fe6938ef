"""A digest of someone's statements: "Его главные заявления:" (a line, or a sentence ending
one; "Вот основные заявления министра:"), "Основные тезисы Лаврова:", or "Министр
отметил:" over dashed points, then a point a line. Each point is a statement of the one
the heading names (a possessive pronoun standing for the person named before it, a name in
the genitive, the subject of the verb, or no one: "ТАСС собрал основные заявления." is
about the lead's person), whatever its own words name ("Жители Донбасса не хотят
возвращаться ..." is the ambassador's point), as the English reading does
(tracker.extract.collect).
"""

from __future__ import annotations

import re

from tracker.extract.draft import strip_span, words_in
from tracker.extract.russian import morph
from tracker.extract.russian.cue_words import is_cue_word
from tracker.extract.russian.lexicon import POSSESSIVES
from tracker.extract.russian.page import Draft, PageState
from tracker.extract.russian.speakers import Speaker, parse
from tracker.extract.russian.text import words

_HEADING = re.compile(
    r"(?:^|(?<=[.!?] ))[ \t]*(?P<gathered>[^\n.!?:]{2,40}?\s(?:собрал|собрала|собрало|собрали|"
    r"приводит|приводят|публикует)\s+)?(?:Вот\s+)?(?:(?P<own>Его|Ее|Её)\s+)?"
    r"(?:(?:главные|основные|ключевые|важнейшие|другие|прочие|остальные)\s+"
    r"(?:заявления|тезисы|высказывания|цитаты)|"
    # "Главное из выступления министра:": the main of what was said, by the neuter noun
    # ("Главное из его выступления:": whose, by a possessive before the noun)
    r"(?:главное|самое главное|основное)\s+из\s+(?:(?P<whose>его|ее|её)\s+)?"
    r"(?:заявлений|высказываний|выступления|"
    r"интервью|сказанного))(?P<who>\s+[^:\n]{2,60}?)?"
    r"(?P<trailer>\s*[\u2014\u2013-]\s*в\s+(?:подборке|материале|обзоре)[^\n.:!?]{0,40})?"
    r"\s*(?P<end>[:.])[ \t]*$",
    re.M | re.I,
)
# Lines between the points of a digest that are none: a topic ("Приглашение Зеленского в
# Москву"), a photo's caption; short, with neither a marker nor a closing stop
_TOPIC_WORDS = 15
_TOPIC_LINES = 4
_LINE = re.compile(r"[^\n]+")
_POINT_END = re.compile(r"[.;!?…»\"”]\s*$")
_MARKER = re.compile(r"[ \t]*(?:[\u2014\u2013\-•*·]|\d{1,2}[.)])[ \t]+")
MAX_POINTS = 20  # a digest is short; a long list below a heading is something else
MIN_WORDS = 4


# "Министр отметил:", "Он перечислил следующее:": a verb of saying closes its line, and
# the marked points below are what the subject said
_SAID_LIST = re.compile(
    r"(?:^|(?<=[.!?] ))[ \t]*(?P<who>[^ \t\n.!?:«»\"][^\n.!?:«»\"]{1,79}?)\s+(?P<verb>[а-яё]+)"
    r"(?:\s+следующее)?\s*:[ \t]*$",
    re.M,
)


def digest_drafts(page: PageState) -> list[Draft]:
    """The points of every digest in the page, each a draft of the heading's speaker."""
    text = page.text
    out: list[Draft] = []
    for heading in _HEADING.finditer(text):
        if heading["end"] == "." and not (heading["gathered"] or heading["trailer"]):
            continue  # "Основные заявления ... ." alone is a sentence about them, no heading
        speaker = _heading_speaker(heading, text)
        points = _points(text, heading.end())
        if (
            not (heading["own"] or heading["whose"] or heading["who"])
            and points
            and _a_review(text, points)
        ):
            # "Редакция собрала ключевые заявления." over paragraphs that each tell who said
            # what ("X в понедельник заявил, что ..."): a review of several speakers' words,
            # no digest of the lead's person
            continue
        if speaker is not None:
            out += _point_drafts(page, heading.start(), speaker, points)
    for heading in _SAID_LIST.finditer(text):
        if not is_cue_word(heading["verb"]):
            continue
        ws = words(text, heading.start("who"), heading.end("who"))
        speaker = parse(ws, text, "nomn", sentence_start=ws[0].start) if ws else None
        if speaker is not None:
            points = _points(text, heading.end(), marked=True)
            out += _point_drafts(page, heading.start(), speaker, points)
    return out


def _a_review(text: str, points: list[tuple[int, int]]) -> bool:
    """Whether the points report others' words rather than give them: the first point told
    with a verb of saying of its own, or at least half of them naming, each before its
    verb, a person of its own, two people at least (a review may open on a paragraph
    quoting a document, "..., — говорится в заявлении", before those that say who spoke;
    a minister's points may tell what Washington or a UN chief said)."""
    if _told_with_a_verb(text, *points[0]):
        return True
    tellers = [_teller(text, a, b) for a, b in points]
    named = [who for who in tellers if who]
    return 2 * len(named) >= len(points) > 1 and len(set(named)) > 1


def _told_with_a_verb(text: str, a: int, b: int) -> bool:
    """Whether a point tells its words with a past verb of saying of its own ("заявил",
    "сообщила"): a report of words, not words ("Москва не признает итоги ...")."""
    return any(_said(w.text) for w in words(text, a, b))


def _teller(text: str, a: int, b: int) -> str | None:
    """The person a point names as the subject of its past verb of saying ("Сенатор
    Григорий Карасин заявил, что ..."), or None ("Вашингтон заявлял ...")."""
    ws = words(text, a, b)
    verb = next((k for k, w in enumerate(ws) if _said(w.text)), 0)
    found = parse(ws[:verb], text, "nomn", sentence_start=a) if verb else None
    return found.name if found is not None and found.kind == "person" else None


def _said(word: str) -> bool:
    return bool(_PAST.search(word)) and is_cue_word(word)


_PAST = re.compile(r"(?:л|ла|ли|ло)$")


def _points(text: str, after: int, *, marked: bool = False) -> list[tuple[int, int]]:
    """The points listed after a heading ending at ``after``: a line each, with topics
    between them skipped; ``marked`` lists take dashed or numbered lines only."""
    points: list[tuple[int, int]] = []
    dashed = marked
    lines = list(_LINE.finditer(text, after, min(len(text), after + 8000)))
    for n, line in enumerate(lines):
        a, b = line.start(), line.end()
        marker = _MARKER.match(text, a, b)
        start = marker.end() if marker else a
        if not marker and not _POINT_END.search(text, a, b) and _topic_line(text, lines, n):
            continue  # a topic between the points: "Приглашение Зеленского в Москву"
        if len(points) >= MAX_POINTS or words_in(text[start:b]) < MIN_WORDS:
            break
        if not points:
            dashed = dashed or marker is not None
        if dashed and not marker or not (marker or _POINT_END.search(text, start, b)):
            break  # a list of dashed points ends at the first line without a dash
        points.append(strip_span(text, start, b))
    return points


def _point_drafts(
    page: PageState, at: int, speaker: Speaker, points: list[tuple[int, int]]
) -> list[Draft]:
    """A draft of the heading's speaker for each point not yet claimed by another reading."""
    out = []
    for a, b in points:
        sentence = page.sentence_at(a)
        if sentence is not None and not page.is_claimed(a) and a < b:
            out.append(Draft([(a, b)], speaker, at, "", sentence, point=True))
            page.claim([(a, b)])
    return out


def _topic_line(text: str, lines: list[re.Match[str]], n: int) -> bool:
    """Whether line ``n`` (no marker, no closing stop) is a topic or a caption between the
    points: a few such short lines, then a point (a marked line, or a sentence)."""
    for k in range(n, min(len(lines), n + _TOPIC_LINES + 1)):
        a, b = lines[k].start(), lines[k].end()
        if _MARKER.match(text, a, b) or (
            _POINT_END.search(text, a, b) and words_in(text[a:b]) >= MIN_WORDS
        ):
            return k > n
        if words_in(text[a:b]) > _TOPIC_WORDS or _POINT_END.search(text, a, b):
            return False
    return False


_TALK_NOUNS = frozenset(["выступление", "речь", "интервью", "доклад", "обращение", "послание"])


def _heading_speaker(heading: re.Match[str], text: str) -> Speaker | None:
    """The possessive pronoun ("Его") or the genitive name ("тезисы Лаврова")."""
    for group in ("own", "whose"):
        if heading[group]:
            own = heading[group]
            return Speaker(
                "pronoun", own, heading.start(group), heading.end(group),
                gender=POSSESSIVES[own.lower()],
            )  # fmt: skip
    if heading["who"]:
        ws = words(text, heading.start("who"), heading.end("who"))
        # "тезисы его выступления", "заявления из интервью министра": the talk the points
        # come from stands between them and whose they are
        if ws and ws[0].text.lower() == "из":
            ws = ws[1:]
        own = ws[0] if len(ws) == 2 and ws[0].text.lower() in POSSESSIVES else None
        if own is not None and morph.lemma(ws[1].text) in _TALK_NOUNS:
            return Speaker(
                "pronoun", own.text, own.start, own.end, gender=POSSESSIVES[own.text.lower()]
            )
        if len(ws) > 1 and morph.lemma(ws[0].text) in _TALK_NOUNS:
            ws = ws[1:]
        found = parse(ws, text, "gent", sentence_start=-1)
        if found is not None and found.kind in ("person", "institution", "description"):
            return found
        return None
    # "Захарова провела брифинг. Основные заявления:", "ТАСС собрал основные заявления.":
    # the statements of the one the lead just named, as "Его главные заявления" says
    return Speaker("pronoun", heading.group().strip(), heading.start(), heading.end())
