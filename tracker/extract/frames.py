"""Reading one sentence around its cues of saying: who speaks and what was said.

For each cue the speaker is the noun phrase right before it (or right after, in "said
Ryabkov"), and what was said is the clause after it, the clause or quote before it (a
trailing attribution), or a quote introduced by a colon. A quote broken by its attribution is
joined again; a quote carried over paragraphs is taken whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tracker.extract.cues import Cue, find_cues
from tracker.extract.quotes import CLOSING, STRAIGHT, Quote, find_quotes
from tracker.extract.segment import Sentence, sentences
from tracker.extract.speakers import SpeakerPhrase, parse_speaker, parse_subject

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
    rf"on \d{{1,2}} {_MON}(?: \d{{4}})?|in {_MON}(?: \d{{4}})?|{_MON} \d{{1,2}}(?:,? \d{{4}})?|"
    r"(?:last|this|earlier this) (?:week|month|year)|(?:\w+ )?(?:days|weeks) ago"
)
_TAIL_ADVERBS = re.compile(rf"(?:\s+(?:{_ADVERB}|{_AUX}|[a-z]+ly))+\s*$")
_HEAD_ADVERBS = re.compile(
    rf"\s*(?:(?:{_ADVERB}|in an? (?:statement|speech|interview|tweet|post|letter|video|briefing|"
    r"press release|news conference|press conference|radio interview|television interview)"
    r"(?: (?!with\b|on\b)[a-z]+)?(?: on [A-Z]\w+| with [A-Z][\w.]*(?: [A-Z][\w.]*)*)?|"
    r"on (?:Twitter|Facebook|Telegram|X|television|TV|CNN|Fox News|Sunday)|"
    r"at (?:a|an|the) [a-z -]{2,40}?(?=[ ,])|to (?:reporters|journalists|the press|"
    r"lawmakers|supporters|the audience|the crowd)|during (?:a|an|the) [a-z -]{2,40}?(?=[ ,])|"
    r"in [A-Z]\w+|in an? [a-z]+ (?:address|appearance|briefing|interview)|afterwards?|"
    r"the (?:next|following) (?:day|morning)|the day before|at the time|that day|"
    r"\w+ly|told|to)\b[ ,]*)+"
)
_BREAK = re.compile(
    r"[,;:()\u2014\u2013\"\u201c\u201d\u00ab\u00bb]|''|\s-\s|--|"
    r"\b(?:and|but|while|because|that|as|As|"
    r"who|which|when|after|before|if|though|although|where|since|so|or|than|whom|said|says|"
    r"told|added|stated)\b"
)
# "..., the minister said after the meeting.": where or when, not what
_CIRCUMSTANCE = re.compile(
    r"(?:after|before|at|in|on|during|while|following|from|via|with|outside|near|ahead of|"
    r"when|as|in an|in a)\b"
)
# ", and called ..." / "and he added ...": a second cue that ends the first one's clause
_JOINT = re.compile(
    r"(?:,\s+(?:and|but)\s+(?:also\s+)?|\s(?:and|but)\s+(?:he|she|they|it)\s+(?:also\s+)?)$"
)
_THAT = re.compile(r"\s*(?:,\s*)?(?:that\b\s*)?")
_TOLD_OBJECT = re.compile(
    r"\s*(?:(?:him|her|them|us|me|reporters|journalists|lawmakers|supporters|listeners|"
    r"viewers|voters|(?:the|a|an) (?:[a-z]+ )?(?:newspaper|paper|audience|crowd|station|"
    r"network|outlet|agency|magazine|broadcaster|channel|committee|conference|briefing|"
    r"gathering|meeting|"
    r"forum|summit|session|council|assembly|room))|(?:the |a |an )?(?:[A-Z][\w.&'\u2019-]*"
    r"(?: [A-Z][\w.&'\u2019-]*)*))\b"
)
_WORD = re.compile(r"\w+")


@dataclass
class Draft:
    """A statement before its speaker and date are settled."""

    pieces: list[tuple[int, int]]
    subject: SpeakerPhrase | None
    subject_pos: int
    cue: Cue | None
    sentence: Sentence
    inherit: bool = False
    colon_next: bool = False
    turn: bool = False
    sentence_subject: bool = False
    frame: list[tuple[int, int]] = field(default_factory=list)


def strip_span(
    text: str, start: int, end: int, chars: str = " \t,;:.\u2014\u2013-"
) -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars + "\n":
        end -= 1
    return start, end


def words_in(text: str) -> int:
    """How many words: the measure of "too short to be a statement"."""
    return len(_WORD.findall(text))


class ArticleReading:
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

    def _subject_before(self, s: Sentence, cue: Cue) -> tuple[SpeakerPhrase | None, int, int]:
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
            mention = parse_subject(seg)
            return mention, seg_start, before.start() if before else s.start
        # "Name, appositive, said" / "Name, who led it, said"
        commas = [m.start() for m in re.finditer(",", text[s.start : stop])]
        if commas and not text[s.start + commas[-1] + 1 : stop].strip():
            last = s.start + commas[-1]
            starts = [s.start + c + 1 for c in commas[-4:-1]][::-1] + [s.start]
            for begin in starts:
                mention = parse_speaker(text[begin:last])
                if mention and mention.kind in ("person", "institution", "unnamed"):
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
            joint = _JOINT.search(lead)
            if not joint and re.match(r"\s+that\b", self.text[c.end : c.end + 6]):
                joint = re.search(r"\s(?:and|but)\s+$", lead)  # "... and warned that ..."
            if joint and not self.in_quote(c.start):
                end = start + joint.start()
                break
        return strip_span(self.text, start, end)

    def _after_cue(self, s: Sentence, cue: Cue) -> int:
        """Where what was said can start: past adverbials ("on Friday", "in a statement") and,
        after "told", past the one told ("told reporters")."""
        head = _HEAD_ADVERBS.match(self.text, cue.end, s.end)
        after = head.end() if head else cue.end
        if cue.lemma == "tell":
            obj = _TOLD_OBJECT.match(self.text, after, s.end)
            if obj:
                head = _HEAD_ADVERBS.match(self.text, obj.end(), s.end)
                after = head.end() if head else obj.end()
        return after

    def _frame(self, s: Sentence, cue: Cue, later: list[Cue]) -> Draft | None:
        """The statement a cue introduces, or None when it introduces none."""
        text = self.text
        if cue.according:
            return self._according(s, cue)
        if cue.lemma == "words":
            return self._in_his_words(s, cue)
        after = self._after_cue(s, cue)
        rest = text[after : s.end]
        lead = _TAIL_ADVERBS.sub("", text[s.start : cue.start])
        if re.search(r"\bwhat (?:\w+ )?$|so-$", lead):
            return None  # "what he called a special operation": naming, not saying
        raw = text[s.start : cue.start]
        if (
            cue.participle
            and re.search(r"(?:,|\b[Bb]y|\b[Ww]hile|\b[Ww]hen|\b[Aa]fter|\b[Bb]efore)\s*$", lead)
        ) or re.search(r"\w,? (?:and|but|then)\s+(?:(?:also|later|then|[a-z]+ly)\s+)*$", raw):
            # ", adding that ..." / "... and told him that ...": the sentence's subject speaks
            a, b = self._content_after(s, after + _THAT.match(rest).end(), later)
            if words_in(text[a:b]) < 3:
                return None
            return Draft(
                [(a, b)], None, cue.start, cue, s, sentence_subject=True, frame=[(s.start, a)]
            )

        subject, subj_start, clause_end = self._subject_before(s, cue)
        if subject is None:
            return self._inverted(s, cue, after)
        if subject.kind == "pronoun" and subject.text.lower() in ("i", "you", "we"):
            return None  # the reporter, or a speaker inside a quote: not an attribution
        frame = [(s.start, after)]

        # "said:" and the quote that follows, here or in the next paragraph
        if rest.lstrip().startswith(":") or text[cue.end : after].rstrip().endswith(":"):
            a, b = strip_span(text, text.find(":", cue.end, s.end) + 1, s.end)
            if b > a:
                return Draft(self._quote_pieces(a, b), subject, subj_start, cue, s, frame=frame)
            return Draft([], subject, subj_start, cue, s, colon_next=True, frame=frame)

        # "As the head of state specified, ..."
        opening = text[s.start : subj_start].strip().lower()
        if opening in ("as", "as the") or opening.endswith((", as", " as")):
            comma = text.find(",", cue.end, s.end)
            a, b = self._content_after(s, comma + 1, later) if comma > 0 else (0, 0)
            if words_in(text[a:b]) < 3:
                return None
            return Draft([(a, b)], subject, subj_start, cue, s, frame=frame)

        lead_text = text[s.start : subj_start].rstrip()
        after_quote = lead_text.rstrip(",").rstrip()[-1:] in CLOSING + STRAIGHT + "'"
        stripped = rest.lstrip()
        # "China, he said, voted against ...": the attribution sits inside what was said.
        if lead_text.endswith(",") and stripped.startswith(",") and not after_quote:
            a1, b1 = strip_span(text, s.start, clause_end)
            a2, b2 = self._content_after(s, after, later)
            if words_in(text[a2:b2]) >= 3 and b1 > a1:
                frame = [(clause_end, after)]
                return Draft([(a1, b1), (a2, b2)], subject, subj_start, cue, s, frame=frame)

        before = self._before(s, clause_end) if clause_end > s.start else []
        tail_words = words_in(rest[_THAT.match(rest).end() :])
        quote_follows = stripped.startswith(",") and self.in_quote(text.find(",", after) + 2)
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
            return self._forward(s, cue, subject, subj_start, after, later)

        # Trailing attribution: the clause or quote before the speaker is what was said.
        pieces = before or self._previous_quote(s)
        if not pieces:
            return None
        pieces += self._continuation(s, after)
        return Draft(pieces, subject, subj_start, cue, s, frame=[(clause_end, s.end)])

    def _forward(
        self,
        s: Sentence,
        cue: Cue,
        subject: SpeakerPhrase,
        subj_start: int,
        after: int,
        later: list[Cue],
    ) -> Draft | None:
        """ "X said (that) ...": what follows the cue, to the end of the clause."""
        text = self.text
        start = _THAT.match(text, after).end()
        if cue.directive:
            # "called on NATO to ...": the appeal keeps its verb; a readout keeps its subject
            nested = re.search(r"\b(?:said|says|told|added|stated)\s*$", text[:subj_start])
            start = subj_start if nested else cue.start
        a, b = self._content_after(s, start, later)
        if re.match(r"what \w+ (?:called|calls|described|termed|dubbed)\b", text[a:b]):
            return None  # "announced what he called a special operation": naming
        if words_in(text[a:b]) < 2:
            return None
        if subject.kind == "institution" and self._reports_another(a, later):
            return None
        frame = [(s.start, after)]
        return Draft(self._quote_pieces(a, b), subject, subj_start, cue, s, frame=frame)

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

    def _in_his_words(self, s: Sentence, cue: Cue) -> Draft | None:
        """ "In his words, ...": what follows the comma, said by whoever "his" is."""
        pronoun = {"his": "he", "her": "she", "their": "they"}[cue.word.split()[1].lower()]
        a, b = strip_span(self.text, cue.end, s.end)
        if words_in(self.text[a:b]) < 3:
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
        phrase = text[cue.end : np_end].strip().rstrip(".")
        subject = parse_subject(phrase)
        if subject is None and 0 < words_in(phrase) <= 25:
            # "according to early results of exit polls conducted for ...": a source, unnamed
            subject = SpeakerPhrase("unnamed", phrase, head=phrase.split()[-1].lower())
        if subject is None:
            return None
        before = text[s.start : cue.start].strip()
        if before.rstrip(",").strip() and words_in(before) >= 3:
            pieces = self._before(
                s, text.rfind(",", s.start, cue.start) if "," in before else cue.start
            )
        elif comma > 0:
            a, b = strip_span(text, comma + 1, s.end)
            pieces = self._quote_pieces(a, b) if words_in(text[a:b]) >= 3 else []
        else:
            pieces = []
        if not pieces:
            return None
        return Draft(pieces, subject, cue.end, cue, s, frame=[(cue.start, np_end)])

    def _inverted(self, s: Sentence, cue: Cue, after_adv: int) -> Draft | None:
        """'..., said Ryabkov.' / '"...," says the diplomat.'"""
        text = self.text
        left = text[s.start : cue.start].rstrip()
        if not left or left[-1] not in ",\u201d\"\u00bb'":
            return None
        stop = re.search(r"[,;]|$", text[cue.end : s.end])
        np_end = cue.end + (stop.start() if stop else 0)
        subject = parse_speaker(text[cue.end : np_end].rstrip(". "))
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
        a, b = strip_span(self.text, s.start, end)
        if words_in(self.text[a:b]) < 2:
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
                if words_in(between) <= 1 or between.rstrip().endswith((",", ":")):
                    out.extend(q.pieces)
                    after = q.outer[1]
        return out
