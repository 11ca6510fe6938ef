"""From article text to proposed statements.

Each sentence is read around its cues of saying: who stands before (or after) the cue, and
what was said — the clause after it, the clause or quote before it, or a quote introduced by a
colon. Quotes with no cue of their own continue the statement next to them. Speakers are then
resolved through coreference, and each statement is dated from its own attribution words.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from tracker.extract.coref import Entity, Registry
from tracker.extract.cues import Cue, find_cues
from tracker.extract.meta import find_dateline
from tracker.extract.model import ProposedStatement
from tracker.extract.quotes import CLOSING, STRAIGHT, Quote, find_quotes
from tracker.extract.segment import Sentence, sentences
from tracker.extract.speakers import CAPITALS, OUTLET_COUNTRY, Mention, parse_speaker
from tracker.extract.transcript import Transcript, read_transcript
from tracker.extract.when import When, default_when, find_when, timeline

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_AUX = r"has|have|had|was|were|is|are|would|will|could|did|does|do|not|never|now|soon|too"
_ADVERB = (
    r"also|later|earlier|repeatedly|previously|"
    r"once|again|then|reportedly|publicly|privately|recently|first|further|similarly|"
    r"immediately|subsequently|quickly|flatly|bluntly|simply|often|already|"
    r"just|even|frequently|famously|openly|angrily|specifically|explicitly|directly|"
    rf"\([^)]*\)|yesterday|today|tonight|{_WEEKDAY}|(?:on|last|this|late|early) {_WEEKDAY}"
    rf"(?: (?:morning|afternoon|evening|night))?|on {_MON} \d{{1,2}}(?:,? \d{{4}})?|"
    rf"on \d{{1,2}} {_MON}(?: \d{{4}})?|in {_MON}(?: \d{{4}})?|"
    r"(?:last|this|earlier this) (?:week|month|year)|(?:\w+ )?(?:days|weeks) ago"
)
_TAIL_ADVERBS = re.compile(rf"(?:\s+(?:{_ADVERB}|{_AUX}|[a-z]+ly))+\s*$")
_HEAD_ADVERBS = re.compile(
    rf"\s*(?:(?:{_ADVERB}|in a (?:statement|speech|interview|tweet|post|letter|video|briefing|"
    r"press release|news conference|press conference|radio interview|television interview)"
    r"(?: [a-z]+)?(?: on [A-Z]\w+| with [A-Z][\w.]*(?: [A-Z][\w.]*)*)?|"
    r"on (?:Twitter|Facebook|Telegram|X|television|TV|CNN|Fox News|Sunday)|"
    r"at (?:a|an|the) [a-z -]{2,40}?(?=[ ,])|to (?:reporters|journalists|the press|"
    r"lawmakers|supporters|the audience|the crowd)|during (?:a|an|the) [a-z -]{2,40}?(?=[ ,])|"
    r"in [A-Z]\w+|in an? [a-z]+ (?:address|appearance|briefing|interview)|afterwards?|"
    r"the (?:next|following) (?:day|morning)|the day before|at the time|that day|"
    r"\w+ly|told|to)\b[ ,]*)+"
)
_BREAK = re.compile(
    r"[,;:()\u2014\u2013\"\u201c\u201d\u00ab\u00bb]|''|\s-\s|--|\b(?:and|but|while|because|that|as|As|"
    r"who|which|when|after|before|if|though|although|where|since|so|or|than|whom|said|says|"
    r"told|added|stated)\b"
)
# "..., the minister said after the meeting.": where or when, not what
_CIRCUMSTANCE = re.compile(
    r"(?:after|before|at|in|on|during|while|following|from|via|with|outside|near|ahead of|"
    r"when|as|in an|in a)\b"
)
_THAT = re.compile(r"\s*(?:,\s*)?(?:that\b\s*)?")
_TOLD_OBJECT = re.compile(
    r"\s*(?:(?:him|her|them|us|me|reporters|journalists|lawmakers|supporters|listeners|"
    r"viewers|voters|(?:the|a|an) (?:[a-z]+ )?(?:newspaper|paper|audience|crowd|station|"
    r"network|outlet|agency|magazine|broadcaster|channel|committee|conference|briefing|gathering|meeting|"
    r"forum|summit|session|council|assembly|room))|(?:the |a |an )?(?:[A-Z][\w.&'\u2019-]*"
    r"(?: [A-Z][\w.&'\u2019-]*)*))\b"
)
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


@dataclass
class Draft:
    """A statement before its speaker and date are settled."""

    pieces: list[tuple[int, int]]
    subject: Mention | None
    subject_pos: int
    cue: Cue | None
    sentence: Sentence
    inherit: bool = False
    colon_next: bool = False
    turn: bool = False
    sentence_subject: bool = False
    frame: list[tuple[int, int]] = field(default_factory=list)


def _strip(text: str, start: int, end: int, chars: str = " \t,;:.\u2014\u2013-") -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars + "\n":
        end -= 1
    return start, end


def _words(text: str) -> int:
    return len(_WORD.findall(text))


class _Article:
    """Working state for one article."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.quotes = find_quotes(text)
        self.sents = sentences(text, self.quotes)
        self.claimed: list[tuple[int, int]] = []

    def in_quote(self, pos: int) -> Quote | None:
        for q in self.quotes:
            if q.outer[0] <= pos < q.outer[1]:
                return q
        return None

    def quotes_in(self, start: int, end: int) -> list[Quote]:
        return [q for q in self.quotes if start <= q.outer[0] and q.outer[1] <= end + 2]

    def is_claimed(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.claimed)

    def _subject_before(self, s: Sentence, cue: Cue) -> tuple[Mention | None, int, int]:
        """The speaker phrase right before ``cue``: (mention, where it starts, where the
        clause before it ends)."""
        text = self.text
        left = text[s.start : cue.start]
        tail = _TAIL_ADVERBS.search(left)
        stop = s.start + (tail.start() if tail else len(left))
        breaks = list(_BREAK.finditer(text, s.start, stop))
        seg_start = breaks[-1].end() if breaks else s.start
        seg = text[seg_start:stop]
        if seg.strip():
            before = breaks[-1] if breaks else None
            if before and before.group() in ("as", "As", "and", "but", "that", "because"):
                return parse_speaker(seg), seg_start, before.start()
            mention = parse_speaker(seg)
            return mention, seg_start, before.start() if before else s.start
        # "Name, appositive, said" / "Name, who led it, said"
        commas = [m.start() for m in re.finditer(",", text[s.start : stop])]
        if commas and not text[s.start + commas[-1] + 1 : stop].strip():
            last = s.start + commas[-1]
            starts = [s.start + c + 1 for c in commas[-4:-1]][::-1] + [s.start]
            for begin in starts:
                mention = parse_speaker(text[begin:last])
                if mention and mention.kind in ("person", "institution"):
                    return mention, begin, begin
        return None, seg_start, seg_start

    def analyse(self, s: Sentence) -> list[Draft]:
        text = self.text
        drafts: list[Draft] = []
        cues = [
            c
            for c in find_cues(text, s.start, s.end)
            if not self.in_quote(c.start) and not self.is_claimed(c.start)
        ]
        for n, cue in enumerate(cues):
            if self.is_claimed(cue.start):
                continue
            draft = self._frame(s, cue, cues[n + 1 :])
            if draft and any(a < cb and ca < b for a, b in draft.pieces for ca, cb in self.claimed):
                continue  # '"...," the leader said, according to a transcript': said once
            if draft:
                drafts.append(draft)
                for a, b in draft.pieces:
                    self.claimed.append((a, b))
        return drafts

    def _content_after(self, s: Sentence, start: int, later: list[Cue]) -> tuple[int, int]:
        end = s.end
        for c in later:
            lead = self.text[start : c.start]
            if c.participle and lead.rstrip().endswith(","):
                end = self.text.rfind(",", start, c.start)
                break
            joint = re.search(
                r"(?:,\s+(?:and|but)\s+(?:also\s+)?|\s(?:and|but)\s+(?:he|she|they|it)\s+(?:also\s+)?)$",
                lead,
            )
            if joint and not self.in_quote(c.start):
                end = start + joint.start()
                break
        return _strip(self.text, start, end)

    def _frame(self, s: Sentence, cue: Cue, later: list[Cue]) -> Draft | None:
        text = self.text
        if cue.according:
            return self._according(s, cue)
        if cue.lemma == "words":
            return self._in_words(s, cue)
        right_start = cue.end
        head = _HEAD_ADVERBS.match(text, right_start, s.end)
        after_adv = head.end() if head else right_start
        if cue.lemma == "tell":
            obj = _TOLD_OBJECT.match(text, after_adv, s.end)
            if obj and not re.match(r"\s*(?:that|,|\.)", text[obj.end() : obj.end() + 6]):
                pass
            if obj:
                after_adv = obj.end()
                head = _HEAD_ADVERBS.match(text, after_adv, s.end)
                after_adv = head.end() if head else after_adv
        rest = text[after_adv : s.end]

        lead = _TAIL_ADVERBS.sub("", text[s.start : cue.start])
        if re.search(r"\bwhat (?:\w+ )?$|so-$", lead):
            return None  # "what he called a special operation": naming, not saying
        if (cue.participle and re.search(r"(?:,|\bby|\bwhile|\bwhen)\s*$", lead)) or re.search(
            r"\w,? (?:and|but|then)\s*$", lead
        ):
            start = after_adv + _THAT.match(rest).end()
            a, b = self._content_after(s, start, later)
            if _words(text[a:b]) >= 3:
                return Draft(
                    [(a, b)], None, cue.start, cue, s, sentence_subject=True, frame=[(s.start, a)]
                )
            return None

        subject, subj_start, clause_end = self._subject_before(s, cue)
        if subject is None:
            return self._inverted(s, cue, after_adv)
        if (
            subject.kind == "pronoun"
            and subject.text.lower() in ("i", "you", "we")
            and not self.in_quote(s.start)
        ):
            return None
        frame = [(s.start, after_adv)]

        # "said:" and the quote that follows, here or in the next paragraph
        if rest.lstrip().startswith(":") or text[cue.end : after_adv].rstrip().endswith(":"):
            colon = text.find(":", cue.end, s.end)
            a, b = _strip(text, colon + 1, s.end)
            if b - a > 0:
                return Draft(self._quote_pieces(a, b), subject, subj_start, cue, s, frame=frame)
            return Draft([], subject, subj_start, cue, s, colon_next=True, frame=frame)

        # "As the head of state specified, ..."
        lead = text[s.start : subj_start].strip().lower()
        if lead in ("as", "as the") or lead.endswith((", as", " as")):
            comma = text.find(",", cue.end, s.end)
            if comma > 0:
                a, b = self._content_after(s, comma + 1, later)
                if _words(text[a:b]) >= 3:
                    return Draft([(a, b)], subject, subj_start, cue, s, frame=frame)
            return None

        before = self._before(s, clause_end) if clause_end > s.start else []
        lead_text = text[s.start : subj_start].rstrip()
        after_quote = lead_text.rstrip(",").rstrip()[-1:] in CLOSING + STRAIGHT + "'"
        stripped = rest.lstrip()
        # "China, he said, voted against ...": the attribution sits inside what was said.
        if lead_text.endswith(",") and stripped.startswith(",") and not after_quote:
            a1, b1 = _strip(text, s.start, clause_end)
            a2, b2 = self._content_after(s, after_adv, later)
            if _words(text[a2:b2]) >= 3 and b1 > a1:
                return Draft(
                    [(a1, b1), (a2, b2)],
                    subject,
                    subj_start,
                    cue,
                    s,
                    frame=[(clause_end, after_adv)],
                )
        tail_words = _words(rest[_THAT.match(rest).end() :])
        quote_follows = stripped.startswith(",") and self.in_quote(text.find(",", after_adv) + 2)
        circumstance = _CIRCUMSTANCE.match(stripped) and " that " not in rest.split(",")[0]
        trailing = bool(before) and (
            after_quote
            or tail_words < 2
            or bool(circumstance)
            or (stripped.startswith((",", ".")) and not quote_follows)
        )
        if not trailing and (
            (tail_words >= 2 and not stripped.startswith((",", "."))) or quote_follows
        ):
            start = after_adv + _THAT.match(rest).end()
            if cue.directive:
                nested = re.search(r"\b(?:said|says|told|added|stated)\s*$", text[:subj_start])
                start = subj_start if nested else cue.start
            a, b = self._content_after(s, start, later)
            if _words(text[a:b]) < 2 or (
                subject.kind == "institution" and self._reports_another(a, later)
            ):
                return None
            return Draft(self._quote_pieces(a, b), subject, subj_start, cue, s, frame=frame)

        # Trailing attribution: the clause or quote before the speaker is what was said.
        pieces = before or self._previous_quote(s)
        if not pieces:
            return None
        pieces += self._continuation(s, after_adv)
        return Draft(pieces, subject, subj_start, cue, s, frame=[(clause_end, s.end)])

    def _reports_another(self, start: int, later: list[Cue]) -> bool:
        """ "The ministry said Lavrov had stressed that ...": the words are Lavrov's."""
        for c in later:
            head = self.text[start : c.start]
            if c.start - start > 80:
                break
            m = re.fullmatch(r"(.+?)\s+ha(?:d|s|ve)\s+(?:also\s+)?", head)
            if m:
                mention = parse_speaker(m.group(1))
                return bool(mention and mention.kind in ("person", "institution"))
        return False

    def _in_words(self, s: Sentence, cue: Cue) -> Draft | None:
        """ "In his words, ...": what follows the comma, said by whoever "his" is."""
        pronoun = {"his": "he", "her": "she", "their": "they"}[cue.word.split()[1].lower()]
        a, b = _strip(self.text, cue.end, s.end)
        if _words(self.text[a:b]) < 3:
            return None
        return Draft(
            self._quote_pieces(a, b),
            parse_speaker(pronoun),
            cue.start,
            cue,
            s,
            frame=[(s.start, a)],
        )

    def _according(self, s: Sentence, cue: Cue) -> Draft | None:
        text = self.text
        comma = text.find(",", cue.end, s.end)
        np_end = comma if comma > 0 else s.end
        subject = parse_speaker(text[cue.end : np_end].rstrip(". "))
        if subject is None:
            return None
        before = text[s.start : cue.start].strip()
        if before.rstrip(",").strip() and _words(before) >= 3:
            pieces = self._before(
                s, text.rfind(",", s.start, cue.start) if "," in before else cue.start
            )
        elif comma > 0:
            a, b = _strip(text, comma + 1, s.end)
            pieces = self._quote_pieces(a, b) if _words(text[a:b]) >= 3 else []
        else:
            pieces = []
        if not pieces:
            return None
        return Draft(pieces, subject, cue.end, cue, s, frame=[(cue.start, np_end)])

    def _inverted(self, s: Sentence, cue: Cue, after_adv: int) -> Draft | None:
        """'..., said Ryabkov.' / '"...," says the diplomat.'"""
        text = self.text
        left = text[s.start : cue.start].rstrip()
        if not left or left[-1] not in ',\u201d"\u00bb':
            return None
        stop = re.search(r"[,;.]|$", text[cue.end : s.end])
        np_end = cue.end + (stop.start() if stop else 0)
        subject = parse_speaker(text[cue.end : np_end])
        if subject is None or subject.kind == "pronoun":
            return None
        clause_end = s.start + len(left) - (1 if left[-1] == "," else 0)
        pieces = self._before(s, clause_end) or self._previous_quote(s)
        if not pieces:
            return None
        pieces += self._continuation(s, np_end)
        return Draft(pieces, subject, cue.end, cue, s, frame=[(clause_end, s.end)])

    def _before(self, s: Sentence, end: int) -> list[tuple[int, int]]:
        """What was said, before a trailing attribution that starts at ``end``."""
        a, b = _strip(self.text, s.start, end)
        if _words(self.text[a:b]) < 2:
            return []
        carried = self.in_quote(a)
        if carried and carried.outer[1] >= b and carried.outer[0] < a - 1:
            return list(carried.pieces)  # the end of a quote carried over paragraphs
        quotes = self.quotes_in(a, b + 1)
        if quotes and len(quotes) == 1 and quotes[0].outer[0] <= a and quotes[0].outer[1] >= b:
            return list(quotes[0].pieces)
        if quotes and quotes[-1].outer[1] >= b:
            b = quotes[-1].end
        return [(a, b)]

    def _quote_pieces(self, a: int, b: int) -> list[tuple[int, int]]:
        """A clause that is one quotation is the quote's words; else the clause itself."""
        quotes = self.quotes_in(a, b + 1)
        if len(quotes) == 1 and quotes[0].outer[0] <= a + 1 and quotes[0].outer[1] >= b - 1:
            return list(quotes[0].pieces)
        return [(a, b)]

    def _previous_quote(self, s: Sentence) -> list[tuple[int, int]]:
        """'"Is it over?" Trump asked.': the attribution became its own sentence."""
        prev = [t for t in self.sents if t.para == s.para and t.end <= s.start]
        if not prev:
            return []
        q = self.in_quote(prev[-1].start) or self.in_quote(prev[-1].start + 1)
        if q and not self.is_claimed(q.start) and q.outer[1] >= prev[-1].end - 1:
            return list(q.pieces)
        return []

    def _continuation(self, s: Sentence, after: int) -> list[tuple[int, int]]:
        """'"...," he said, "..."': the second half of a quote broken by its attribution."""
        out = []
        for q in self.quotes:
            if after <= q.outer[0] < s.end and not self.is_claimed(q.start):
                between = self.text[after : q.outer[0]]
                if _words(between) <= 1 or between.rstrip().endswith((",", ":")):
                    out.extend(q.pieces)
                    after = q.outer[1]
        return out


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


def _orphan_quotes(art: _Article, drafts: list[Draft]) -> list[Draft]:
    """Quotes with no cue of their own: continuations of a neighbouring statement."""
    out = list(drafts)
    for q in art.quotes:
        if art.is_claimed(q.start) or _words(art.text[q.start : q.end]) < 4:
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


def _colon_content(art: _Article, draft: Draft) -> None:
    """'... said:' at the end of a paragraph: what was said is the next paragraph."""
    nxt = [s for s in art.sents if s.para == draft.sentence.para + 1]
    if not nxt:
        return
    q = art.in_quote(nxt[0].start)
    if q and not art.is_claimed(q.start):
        draft.pieces = list(q.pieces)
    else:
        a, b = _strip(art.text, nxt[0].start, nxt[-1].end)
        draft.pieces = [(a, b)] if b > a else []
    art.claimed.extend(draft.pieces)


def _kind(art: _Article, pieces: list[tuple[int, int]]) -> str:
    quoted = [p for q in art.quotes for p in q.pieces]
    if all(p in quoted for p in pieces):
        return "direct"
    if any(a <= q.start and q.end <= b for a, b in pieces for q in art.quotes):
        return "mixed"
    return "indirect"


def _window(art: _Article, draft: Draft) -> str:
    """The attribution's own words (outside what was said): where its date stands."""
    parts = []
    for a, b in draft.frame:
        chunk = art.text[a:b]
        for pa, pb in draft.pieces:
            if a <= pa < b:
                chunk = art.text[a:pa] + " " + art.text[pb:b] if pb <= b else art.text[a:pa]
        parts.append(chunk)
    return " ".join(parts)


def _confidence(mention: Mention | None, entity: Entity | None, kind: str, dated: bool) -> float:
    score = 0.9 if kind == "direct" else 0.85
    if entity is None:
        score -= 0.35
    elif mention is None or mention.kind in ("pronoun", "description"):
        score -= 0.1
    if not dated:
        score -= 0.1
    return round(score, 2)


def _turn_drafts(art: _Article, transcript: Transcript) -> list[Draft]:
    """A transcript's answers: each paragraph a direct statement of the one answering."""
    out = []
    for t in transcript.turns:
        sent = next(s for s in art.sents if s.start <= t.start < s.end)
        out.append(Draft([(t.start, t.end)], t.speaker, t.start, None, sent, turn=True))
        art.claimed.append((t.start, t.end))
    return out


def _drafts(art: _Article, transcript: Transcript | None) -> list[Draft]:
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
    art = _Article(text)
    drafts = _drafts(art, read_transcript(text))
    front = _front_matter(text, drafts)
    registry = Registry(text, _country(text))
    inside = [p for d in drafts for p in d.pieces] + [q.outer for q in art.quotes]
    days = [
        (pos, w) for pos, w in timeline(text, published) if not any(a <= pos < b for a, b in inside)
    ]
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
            begin = min([d.pieces[0][0], d.subject_pos] + [a for a, _ in d.frame])
            before = [w for pos, w in days if pos < begin]
            anchor = datetime.date.fromisoformat(before[-1].edtf) if before else None
            before = [w for pos, w in days if pos < d.pieces[0][0]]
            when = find_when(_window(art, d), published, anchor)
            if when is None and last_when and entity is not None and entity is last:
                when = When(
                    last_when.edtf, f"same occasion as '{last_when.evidence}'", inherited=True
                )
            if when is None and before:
                when = When(before[-1].edtf, f"context: '{before[-1].evidence}'", inherited=True)
        dated = when is not None and when.edtf is not None
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
                date_evidence=when.evidence or None,
                text=joined,
                span=span,
                confidence=_confidence(mention, entity, kind, dated),
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
