"""From a Russian article's text to proposed statements, the same records as for English.

A first pass collects everyone the article names with a title or a full name, in whatever
case ("главы МИД РФ Сергея Лаврова"). Then each sentence is read around its verbs of saying
(:mod:`.frames`); quotes without a cue continue the statement before them; everything before
the dateline (headline, standfirst) and a first line restating the body are dropped; speakers
are resolved through the registry; each statement is dated from its own attribution words,
the statement by the same speaker it continues, or the last day the narrative named.
"""

from __future__ import annotations

import datetime
import re

import snowballstemmer

from tracker.extract.model import ProposedStatement
from tracker.extract.russian import morph
from tracker.extract.russian.coref import Entity, Registry, same_surname
from tracker.extract.russian.dateline import find_dateline
from tracker.extract.russian.frames import Draft, Page, count_words
from tracker.extract.russian.lexicon import CAPITALS, OUTLET_COUNTRY
from tracker.extract.russian.speakers import (
    Speaker,
    _name_in_case,
    _name_run,
    _title_word,
    name_like,
    parse,
)
from tracker.extract.russian.transcript import Transcript, read_transcript
from tracker.extract.russian.when import find_when, timeline
from tracker.extract.when import When, default_when

_STEMMER = snowballstemmer.stemmer("russian")
_WORD = re.compile(r"[а-яёa-z0-9]+")


def _country(dateline) -> str | None:
    if dateline is None:
        return None
    outlet = (dateline.outlet or "").lower()
    for name, country in OUTLET_COUNTRY.items():
        if name in outlet:
            return country
    place = (dateline.place or "").lower()
    return CAPITALS.get(place) or CAPITALS.get(morph.lemma(place))


def _stems(text: str) -> set[str]:
    return {_STEMMER.stemWord(w) for w in _WORD.findall(text.lower()) if len(w) > 3}


def _restates(front: str, body: list[str]) -> bool:
    found = _stems(front)
    if not found:
        return True
    return any(len(found & _stems(b)) >= 0.5 * len(found) for b in body)


def collect(text: str, page: Page, registry: Registry) -> None:
    """Everyone named with a title or a full name, in any case, into the registry."""
    for s in page.sents:
        ws = page.words(s)
        i = 0
        while i < len(ws):
            w = ws[i]
            if (
                not w.text[:1].isupper()
                or not name_like(w, w.start == s.start)
                or page.in_quote(w.start)
            ):
                i += 1
                continue
            end = _name_run(ws, i, text, s.start)
            case = next(
                (
                    c
                    for c in morph.CASES
                    if all(_name_in_case(x.text, c) for x in ws[i:end] if len(x.text) > 1)
                ),
                None,
            )
            if case is None:
                i = end
                continue
            k = i
            while k > 0 and i - k < 8 and _title_word(ws[k - 1].text, case):
                gap = text[ws[k - 1].end : ws[k].start]
                if any(c in gap for c in ',;:()«»"“”„\n'):
                    break
                k -= 1
            found = parse(ws[k:end], text, case, sentence_start=s.start)
            if (
                found is not None
                and found.kind == "person"
                and (found.role or " " in (found.name or ""))
            ):
                registry.add(found)
            i = end


def _kind(page: Page, pieces: list[tuple[int, int]]) -> str:
    quoted = [p for q in page.quotes for p in q.pieces]
    if all(p in quoted for p in pieces):
        return "direct"
    if any(a <= q.start and q.end <= b for a, b in pieces for q in page.quotes):
        return "mixed"
    return "indirect"


def _window(text: str, draft: Draft) -> str:
    """The attribution's own words (outside what was said): where its date stands."""
    parts = []
    for a, b in draft.frame:
        chunk = text[a:b]
        for pa, pb in draft.pieces:
            if a <= pa < b:
                chunk = text[a:pa] + " " + text[pb:b] if pb <= b else text[a:pa]
        parts.append(chunk)
    return " ".join(parts)


def _orphan_quotes(page: Page, drafts: list[Draft]) -> list[Draft]:
    """Quotes with no cue of their own: continuations of the statement before them."""
    out = list(drafts)
    for q in page.quotes:
        if page.is_claimed(q.start) or count_words(page.text[q.start : q.end]) < 4:
            continue
        sent = next((s for s in page.sents if s.start <= q.outer[0] < s.end), None)
        if sent is None or q.outer[0] > sent.start + 1:
            continue
        prev = [d for d in out if d.pieces and d.pieces[-1][1] <= q.start]
        if not prev or sent.para - prev[-1].sentence.para > 1:
            continue
        out.append(Draft(list(q.pieces), None, q.start, "", sent, inherit=True))
        page.claimed.extend(q.pieces)
    out.sort(key=lambda d: d.at)
    return out


def _cut_off(text: str, drafts: list[Draft]) -> set[int]:
    """Statements running into the end of an excerpt cut mid-sentence are not statements."""
    tail = text.rstrip()
    if not tail or tail[-1] in '.!?…»"”)':
        return set()
    last_para = tail.rfind("\n") + 1
    return {
        id(d)
        for d in drafts
        if d.pieces and d.pieces[-1][1] > last_para and d.pieces[-1][1] >= len(tail) - 2
    }


def _front_matter(
    text: str, drafts: list[Draft], body_start: int, dateline_at: int | None
) -> set[int]:
    if dateline_at is not None:
        return {id(d) for d in drafts if d.at < body_start}
    first = re.search(r"\S[^\n]*", text)
    if not first or first.group().rstrip().endswith("."):
        return set()  # Russian headlines never end in a full stop: this is the story
    line_end = first.end()
    body = [" ".join(text[a:b] for a, b in d.pieces) for d in drafts if d.at >= line_end]
    return {
        id(d)
        for d in drafts
        if d.at < line_end and _restates(" ".join(text[a:b] for a, b in d.pieces), body)
    }


def _confidence(speaker: Speaker | None, entity: Entity | None, kind: str, when: When) -> float:
    score = 0.9 if kind == "direct" else 0.85
    if entity is None:
        score -= 0.35
    elif speaker is None or speaker.kind in ("pronoun", "description"):
        score -= 0.1
    if not when.evidence or when.edtf is None:
        score -= 0.1
    return round(score, 2)


def _turn_drafts(page: Page, transcript: Transcript) -> list[Draft]:
    out = []
    for t in transcript.turns:
        sent = next((s for s in page.sents if s.start <= t.start < s.end), None)
        if sent is None:
            continue
        out.append(Draft([(t.start, t.end)], t.speaker, t.start, "", sent, turn=True))
        page.claimed.append((t.start, t.end))
    return out


def extract(text: str, *, published: datetime.date | None) -> list[ProposedStatement]:
    """Proposed statements of a Russian ``text``; ``published`` dates relative phrases."""
    dateline = find_dateline(text)
    body_start = dateline.end if dateline else 0
    page = Page(text, body_start)
    registry = Registry(_country(dateline))
    collect(text, page, registry)
    page.known = lambda word: any(
        e.kind == "person" and same_surname(e.surname, word) for e in registry.entities
    )
    transcript = read_transcript(text)
    drafts = _turn_drafts(page, transcript) if transcript else []
    allowed = transcript.narrative if transcript else [(0, len(text))]
    for s in page.sents:
        if any(a <= s.start < b for a, b in allowed):
            drafts.extend(d for d in page.analyse(s) if d.pieces)
    drafts = _orphan_quotes(page, drafts)
    for d in drafts:  # speakers named later in a lead ("сказал дипломат. По словам Чуркина")
        if d.speaker is not None and d.speaker.kind == "person":
            registry.add(d.speaker)
    dropped = _front_matter(text, drafts, body_start, dateline.start if dateline else None)
    dropped |= _cut_off(text, drafts)
    inside = [p for d in drafts for p in d.pieces] + [q.outer for q in page.quotes]
    quoted = [q.outer for q in page.quotes]
    named = [
        (pos, w) for pos, w in timeline(text, published) if not any(a <= pos < b for a, b in quoted)
    ]
    days = [(pos, w) for pos, w in named if not any(a <= pos < b for a, b in inside)]
    registry.hide(inside)
    out: list[ProposedStatement] = []
    by_sentence: dict[int, Entity | None] = {}
    last: Entity | None = None
    last_when: When | None = None
    for d in drafts:
        if id(d) in dropped:
            continue
        speaker = d.speaker
        if d.inherit or (d.document and speaker is None):
            entity = last
        elif d.sentence_subject:
            entity = by_sentence.get(d.sentence.start) or last
        elif speaker is not None:
            entity = registry.resolve(speaker, last)
        else:
            entity = None
        if entity is None:
            continue  # no one to say it: "сообщалось", an unnamed source
        if d.turn:
            when = When(published.isoformat() if published else None, "date of the transcript")
        else:
            earlier = [w for pos, w in named if pos < d.cue_start]
            anchor = datetime.date.fromisoformat(earlier[-1].edtf) if earlier else None
            before = [w for pos, w in days if pos < d.at]
            when = find_when(_window(text, d), published, anchor)
            if when is None and last_when and entity is last:
                when = When(
                    last_when.edtf, f"same occasion as '{last_when.evidence}'", inherited=True
                )
            if when is None and before:
                when = When(before[-1].edtf, f"context: '{before[-1].evidence}'", inherited=True)
            if when is None:
                when = default_when(published)
        kind = "direct" if d.turn else _kind(page, d.pieces)
        out.append(
            ProposedStatement(
                speaker=entity.name,
                speaker_type=entity.kind,
                role=entity.role,
                institution=entity.institution,
                kind=kind,
                said_on=when.edtf,
                date_evidence=when.evidence or None,
                text=" ".join(text[a:b] for a, b in d.pieces),
                span=(d.pieces[0][0], d.pieces[-1][1]),
                confidence=_confidence(speaker, entity, kind, when),
                cue=d.cue_word or None,
            )
        )
        by_sentence.setdefault(d.sentence.start, entity)
        if not d.turn:
            if when.evidence and not when.inherited:
                last_when = when
            elif entity is not last:
                last_when = None
            last = entity
    return out
