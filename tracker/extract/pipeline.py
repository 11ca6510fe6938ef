"""From article text to proposed statements.

Transcripts give one statement per answer; other text is read sentence by sentence
(:mod:`tracker.extract.frames`). Quotes with no cue of their own continue the statement next
to them; the headline and standfirst (all before a dateline, or a first line restating the
body) are dropped; speakers are resolved through coreference; and each statement is dated
from its own attribution words, the statement it continues, or the last day the narrative
named before it.
"""

from __future__ import annotations

import datetime
import re

from tracker.extract.coref import Entity, Registry
from tracker.extract.frames import ArticleReading, Draft, strip_span, words_in
from tracker.extract.lexicon import CAPITALS, OUTLET_COUNTRY
from tracker.extract.meta import find_dateline
from tracker.extract.model import ProposedStatement
from tracker.extract.speakers import SpeakerPhrase, parse_speaker
from tracker.extract.transcript import Transcript, read_transcript
from tracker.extract.when import When, default_when, find_when, timeline

_WORD = re.compile(r"\w+")
_STOP = {
    "the",
    "a",
    "an",
    "of",
    "to",
    "and",
    "in",
    "on",
    "for",
    "with",
    "that",
    "is",
    "was",
    "be",
    "as",
    "at",
    "by",
    "it",
    "its",
    "not",
    "from",
    "this",
    "are",
    "has",
    "have",
    "will",
}


def _country(text: str) -> str | None:
    """The article's home country, from its dateline or outlet, for titles without one."""
    dateline = find_dateline(text)
    if not dateline:
        return None
    if dateline.outlet and dateline.outlet.lower() in OUTLET_COUNTRY:
        return OUTLET_COUNTRY[dateline.outlet.lower()]
    return CAPITALS.get((dateline.place or "").lower())


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if w.lower() not in _STOP and len(w) > 2}


def _restates(front: str, body: list[str]) -> bool:
    """A headline or standfirst that repeats a statement of the body."""
    words = _content_words(front)
    if not words:
        return True
    return any(len(words & _content_words(b)) >= 0.5 * len(words) for b in body)


def _orphan_quotes(art: ArticleReading, drafts: list[Draft]) -> list[Draft]:
    """Quotes with no cue of their own: continuations of a neighbouring statement."""
    out = list(drafts)
    for q in art.quotes:
        if art.is_claimed(q.start) or words_in(art.text[q.start : q.end]) < 4:
            continue
        sent = next((s for s in art.sents if s.start <= q.outer[0] < s.end), None)
        if sent is None:
            continue
        if art.text[sent.start : q.outer[0]].rstrip().endswith(":"):
            # 'The minister was blunt: "..."': the sentence's subject speaks
            lead = art.text[sent.start : q.outer[0]]
            clause = sent.start + lead.rfind(",") + 1
            first = re.match(r"\s*(he|she|He|She)\b", art.text[clause : q.outer[0]])
            if first:
                pronoun = parse_speaker(first.group(1))
                out.append(Draft(list(q.pieces), pronoun, clause + first.start(1), None, sent))
            else:
                out.append(
                    Draft(list(q.pieces), None, q.outer[0], None, sent, sentence_subject=True)
                )
            art.claimed.extend(q.pieces)
            continue
        if q.outer[0] > sent.start + 1:
            continue
        prev = [d for d in out if d.pieces and d.pieces[-1][1] <= q.start]
        if not prev or sent.para - prev[-1].sentence.para > 1:
            continue
        anchor = prev[-1]
        if anchor.sentence.para == sent.para:
            anchor.pieces.extend(q.pieces)
        else:
            out.append(Draft(list(q.pieces), None, q.start, None, sent, inherit=True))
        art.claimed.extend(q.pieces)
    out.sort(key=lambda d: d.pieces[0][0] if d.pieces else d.subject_pos)
    return out


def _colon_content(art: ArticleReading, draft: Draft) -> None:
    """'... said:' at the end of a paragraph: what was said is the next paragraph."""
    nxt = [s for s in art.sents if s.para == draft.sentence.para + 1]
    if not nxt:
        return
    q = art.in_quote(nxt[0].start)
    if q and not art.is_claimed(q.start):
        draft.pieces = list(q.pieces)
    else:
        a, b = strip_span(art.text, nxt[0].start, nxt[-1].end)
        draft.pieces = [(a, b)] if b > a else []
    art.claimed.extend(draft.pieces)


def _kind(art: ArticleReading, pieces: list[tuple[int, int]]) -> str:
    quoted = [p for q in art.quotes for p in q.pieces]
    if all(p in quoted for p in pieces):
        return "direct"
    if any(a <= q.start and q.end <= b for a, b in pieces for q in art.quotes):
        return "mixed"
    return "indirect"


def _window(art: ArticleReading, draft: Draft) -> str:
    """The attribution's own words (outside what was said): where its date stands."""
    parts = []
    for a, b in draft.frame:
        chunk = art.text[a:b]
        for pa, pb in draft.pieces:
            if a <= pa < b:
                chunk = art.text[a:pa] + " " + art.text[pb:b] if pb <= b else art.text[a:pa]
        parts.append(chunk)
    return " ".join(parts)


def _confidence(
    mention: SpeakerPhrase | None, entity: Entity | None, kind: str, when: When
) -> float:
    """How sure: lower for unresolved speakers, pronouns, and dates without evidence."""
    score = 0.9 if kind == "direct" else 0.85
    if entity is None:
        score -= 0.35
    elif mention is None or mention.kind in ("pronoun", "description"):
        score -= 0.1
    if not when.evidence or when.edtf is None:
        score -= 0.1
    if not when.fits:
        score -= 0.2
    return round(score, 2)


def _turn_drafts(art: ArticleReading, transcript: Transcript) -> list[Draft]:
    """A transcript's answers: each paragraph a direct statement of the one answering."""
    out = []
    for t in transcript.turns:
        sent = next(s for s in art.sents if s.start <= t.start < s.end)
        out.append(Draft([(t.start, t.end)], t.speaker, t.start, None, sent, turn=True))
        art.claimed.append((t.start, t.end))
    return out


def _drafts(art: ArticleReading, transcript: Transcript | None) -> list[Draft]:
    drafts = _turn_drafts(art, transcript) if transcript else []
    allowed = transcript.narrative if transcript else [(0, len(art.text))]
    for s in art.sents:
        if any(a <= s.start < b for a, b in allowed):
            drafts.extend(art.analyse(s))
    for d in drafts:
        if d.colon_next:
            _colon_content(art, d)
    return _orphan_quotes(art, [d for d in drafts if d.pieces])


def _front_matter(text: str, drafts: list[Draft]) -> set[int]:
    """Drafts in the headline or standfirst: everything before a dateline, or a first line
    that restates the body."""
    dateline = find_dateline(text)
    if dateline:
        return {id(d) for d in drafts if d.pieces[0][0] < dateline.start}
    first_line = text.find("\n")
    if first_line < 0:
        return set()
    body = [
        " ".join(text[a:b] for a, b in d.pieces) for d in drafts if d.pieces[0][0] >= first_line
    ]
    return {
        id(d)
        for d in drafts
        if d.pieces[0][0] < first_line and _restates(" ".join(text[a:b] for a, b in d.pieces), body)
    }


def extract(text: str, *, published: datetime.date | None) -> list[ProposedStatement]:
    """Proposed statements of ``text``; ``published`` is the reference for relative dates."""
    art = ArticleReading(text)
    drafts = _drafts(art, read_transcript(text))
    front = _front_matter(text, drafts)
    registry = Registry(text, _country(text))
    inside = [p for d in drafts for p in d.pieces] + [q.outer for q in art.quotes]
    quoted = [q.outer for q in art.quotes]
    named = [
        (pos, w) for pos, w in timeline(text, published) if not any(a <= pos < b for a, b in quoted)
    ]
    # the narrative's own days: not those inside what someone said
    days = [(pos, w) for pos, w in named if not any(a <= pos < b for a, b in inside)]
    registry.hide(inside)
    para_start: dict[int, int] = {}
    for s in art.sents:
        para_start.setdefault(s.para, s.start)
    out: list[ProposedStatement] = []
    by_sentence: dict[int, Entity | None] = {}
    last: Entity | None = None
    last_end = -1
    last_when: When | None = None
    for d in drafts:
        if id(d) in front:
            continue
        joined = " ".join(text[a:b] for a, b in d.pieces)
        mention = d.subject
        if d.sentence_subject:
            entity = by_sentence.get(d.sentence.start) or registry.first_person(
                d.sentence.start, d.subject_pos
            )
            if entity is None:
                continue  # no one to say it
        elif d.inherit:
            entity = last
        elif mention is not None:
            entity = registry.resolve(
                mention, d.subject_pos, last, para_start[d.sentence.para], last_end
            )
        else:
            entity = None
        if d.turn:
            when = When(published.isoformat() if published else None, "date of the transcript")
        else:
            cue_at = d.cue.start if d.cue else d.subject_pos
            earlier = [w for pos, w in named if pos < cue_at]
            anchor = datetime.date.fromisoformat(earlier[-1].edtf) if earlier else None
            before = [w for pos, w in days if pos < d.pieces[0][0]]
            when = find_when(_window(art, d), published, anchor)
            if when is None and last_when and entity is not None and entity is last:
                when = When(
                    last_when.edtf, f"same occasion as '{last_when.evidence}'", inherited=True
                )
            if when is None and before:
                when = When(before[-1].edtf, f"context: '{before[-1].evidence}'", inherited=True)
        if when is None:
            when = default_when(published)
        span = (d.pieces[0][0], d.pieces[-1][1])
        kind = "direct" if d.turn else _kind(art, d.pieces)
        if entity is not None:
            speaker, stype = entity.name, entity.kind
            role, inst = entity.role, entity.institution
        else:
            speaker = mention.text if mention is not None and mention.kind != "pronoun" else None
            stype, role, inst = "unknown", None, None
        out.append(
            ProposedStatement(
                speaker=speaker,
                speaker_type=stype,
                role=role,
                institution=inst,
                kind=kind,
                said_on=when.edtf,
                date_evidence=(when.evidence + ("" if when.fits else " (weekday does not fit)"))
                or None,
                text=joined,
                span=span,
                confidence=_confidence(mention, entity, kind, when),
                cue=d.cue.word if d.cue else None,
            )
        )
        by_sentence.setdefault(d.sentence.start, entity)
        if entity is not None and not d.turn:
            if when.evidence and not when.inherited:
                last_when = when
            elif entity is not last:
                last_when = None
            last = entity
            last_end = max(d.cue.end if d.cue else 0, d.pieces[-1][1])
        elif not d.turn:
            last_when = None
    return out
