"""Reading one sentence around its cues of saying: who speaks and what was said.

For each cue the speaker is the noun phrase right before it (or right after, in "said
Ryabkov"), and what was said is the clause after it, the clause or quote before it (a
trailing attribution), or a quote introduced by a colon. A quote broken by its attribution is
joined again; a quote carried over paragraphs is taken whole.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from tracker.extract.cues import Cue, find_cues
from tracker.extract.meta import find_dateline
from tracker.extract.quotes import CLOSING, STRAIGHT, Quote, find_quotes
from tracker.extract.segment import Sentence, sentences
from tracker.extract.spans import Spans
from tracker.extract.speakers import (
    SpeakerPhrase,
    can_speak,
    is_media,
    parse_speaker,
    parse_subject,
)

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
# "said in an address on Tuesday evening that ...": prepositional phrases, then "that"
_ADVERBIAL_THEN_THAT = re.compile(
    r"(?:,?\s+(?:in|at|on|during|after|before|to|with|from|via|through|over|while|"
    r"following|late|early|earlier|later|last|this|\w+ly)\b"
    r"(?:[^,;:\"\u201c\u201d\u00ab\u00bb.!?]|(?<=\d)\.(?=\d)){0,120}?)\s+that\b\s*"
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
_SPEAKER_KINDS = ("person", "institution", "description", "pronoun")
_PRESS = frozenset(
    ("reporter", "reporters", "journalist", "journalists", "correspondent", "moderator")
    + ("anchor", "host", "interviewer", "questioner")
)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:\w+ly|also|not|widely)\s+)*$")
_RELATIVE_SUBJECT = re.compile(
    r"\s*(?:[A-Z][a-z]+,\s+)?(?P<np>[^,;:\"\u201c\u2013\u2014]{2,80}?)(?:,|\s[\u2013\u2014-])\s+"
    r"(?:who|which)\b[^;]*"
    r"(?:,|\s[\u2013\u2014-])\s*$"
)
# where the speaker phrase after an inverted cue ends: "said MEA spokesperson Arindam
# Bagchi at a media briefing here on Thursday"
_INVERTED_NP_END = re.compile(
    r"[,;]|\s+(?:at|in|on|during|after|before|while|when|to|from|via|here|there|late|earlier|"
    r"later|yesterday|today|this|last|as|who)\b|\.?\s*$"
)
_RELAYED = re.compile(
    r",\s+(?:according to\s+(?P<outlet2>[^,]{1,60}?)|(?P<outlet>[^,]{1,60}?)\s+"
    r"(?:reports|reported|said|says|wrote|writes|quoted\s+\w+\s+as\s+saying))\s*[.!]?\s*$"
)
# verbs whose hearer may come before what was said: "promised U.S. allies that ..."
_TOLD_LIKE = frozenset(("tell", "promise", "warn", "remind", "caution", "assure"))
_TOLD_THAT = re.compile(
    r"\s+(?:(?!(?:he|she|it|they|we|i|you|had|has|have|was|were|is|are|would|will|could)\b)"
    r"[^\s,;:\"\u201c\u201d]+\s+){1,8}?that\b\s*",
    re.I,
)
_OWNER = re.compile(r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*$")
_WHERE_IT_SITS = re.compile(r"\s+(?:in|at|on)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*$")
_RELATIVE_TAIL = re.compile(r"\b(?:which|that|what)\s+(?:\S+\s+){0,3}$")


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
    leading: bool = False
    frame: list[tuple[int, int]] = field(default_factory=list)


def _after_dateline(text: str, sents: list[Sentence]) -> list[Sentence]:
    """Sentences with the dateline ("BERLIN (Reuters) -") cut off the one it opens: it is
    never part of what anyone said."""
    dateline = find_dateline(text)
    if dateline is None:
        return sents
    out = []
    for s in sents:
        if s.end <= dateline.end:
            continue
        if s.start < dateline.end:
            start = dateline.end
            while start < s.end and text[start] in " \t":
                start += 1
            s = Sentence(start, s.end, s.para)
        out.append(s)
    return out


def _asker_reports(subject: SpeakerPhrase | None) -> bool:
    """A question put by the press (or by no one named) is not a statement of anyone's."""
    if subject is None:
        return False
    if subject.kind == "unnamed":
        return True
    return (subject.head or (subject.text.split() or [""])[-1].lower()) in _PRESS


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
        self._quote_starts = [q.outer[0] for q in self.quotes]
        self.sents = _after_dateline(text, sentences(text, self.quotes))
        self._sentence_starts = [s.start for s in self.sents]
        self.by_paragraph: dict[int, list[Sentence]] = {}
        for sentence in self.sents:
            self.by_paragraph.setdefault(sentence.para, []).append(sentence)
        self.quoted_pieces = {p for q in self.quotes for p in q.pieces}
        self.claimed = Spans()

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence that holds ``pos``."""
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and pos < self.sents[i].end:
            return self.sents[i]
        return None

    def claim(self, pieces: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> None:
        """Mark words as said by a statement: no other statement takes them."""
        for a, b in pieces:
            self.claimed.add(a, b)

    def in_quote(self, pos: int) -> Quote | None:
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        for q in self.quotes[max(0, i - 1) : i + 1]:
            if q.outer[0] <= pos < q.outer[1]:
                return q
        return None

    def quotes_in(self, start: int, end: int) -> list[Quote]:
        """Quotes that open at or after ``start`` and close by ``end`` (give or take a mark)."""
        i = bisect.bisect_left(self._quote_starts, start)
        out = []
        while i < len(self.quotes) and self.quotes[i].outer[0] <= end + 2:
            if self.quotes[i].outer[1] <= end + 2:
                out.append(self.quotes[i])
            i += 1
        return out

    def is_claimed(self, pos: int) -> bool:
        return pos in self.claimed

    def _subject_before(self, s: Sentence, cue: Cue) -> tuple[SpeakerPhrase | None, int, int]:
        """The speaker phrase right before ``cue``: (mention, where it starts, where the
        clause before it ends)."""
        text = self.text
        left = text[s.start : cue.start]
        tail = _TAIL_ADVERBS.search(left)
        stop = s.start + (tail.start() if tail else len(left))
        relative = _RELATIVE_SUBJECT.match(text, s.start, stop)
        if relative:
            # "McMaster, who issued a statement on Monday denying ..., said": the name speaks
            mention = parse_speaker(relative["np"])
            if mention and mention.kind in ("person", "institution"):
                return mention, relative.start("np"), relative.start("np")
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
        """The statements of one sentence. A trailing attribution (", the president added.")
        is read first: cues inside what it reports are nested, not the sentence's own. A
        leading "Stressing that ..., X said ..." is one statement of X; so is "X condemned the
        attack, saying ..."."""
        text = self.text
        drafts: list[Draft] = []
        relay = _RELAYED.search(text, s.start, s.end)
        if relay:
            outlet = parse_subject(relay["outlet"] or relay["outlet2"])
            if outlet is not None and is_media(outlet):
                # "..., the ministry said on Saturday, Anadolu reports.": the outlet relays
                s = Sentence(s.start, relay.start(), s.para)
        cues = [
            c
            for c in find_cues(text, s.start, s.end)
            if not self.in_quote(c.start) and not self.is_claimed(c.start)
        ]
        order = list(enumerate(cues))
        trailing = self._trailing(s, cues)
        if trailing is not None:
            order.insert(0, order.pop(trailing))
        for n, cue in order:
            if self.is_claimed(cue.start):
                continue
            draft = self._frame(s, cue, cues[n + 1 :])
            if draft and draft.subject is not None and is_media(draft.subject):
                continue  # "..., the state news agency said": the outlet reports, not speaks
            if draft and cue.lemma == "ask" and _asker_reports(draft.subject):
                continue  # "the reporter asked whether ...": a journalist's question
            if draft and any(self.claimed.overlaps(a, b) for a, b in draft.pieces):
                continue  # '"...," the leader said, according to a transcript': said once
            if draft:
                drafts.append(draft)
                self.claim(draft.pieces)
        drafts.sort(key=lambda d: d.pieces[0][0] if d.pieces else d.subject_pos)
        return self._join_participles(drafts)

    def _trailing(self, s: Sentence, cues: list[Cue]) -> int | None:
        """The index of a cue that attributes the whole sentence before it, if any: the last
        cue, with only its speaker and adverbials after the clause it ends."""
        if len(cues) < 2:
            return None
        last = cues[-1]
        draft = self._frame(s, last, [])
        if draft is None or not draft.pieces or draft.colon_next or draft.sentence_subject:
            return None
        if draft.pieces[0][0] > s.start + 2 or draft.pieces[-1][1] > last.start:
            return None
        if draft.subject is None or draft.subject.kind not in _SPEAKER_KINDS:
            return None
        if not can_speak(draft.subject):
            return None
        between = self.text[draft.pieces[-1][1] : min(draft.subject_pos, last.start)]
        if not re.fullmatch(r"[\s,\u201d\"'\u2019.]*", between):
            return None  # the clause before is not what the speaker said as a whole
        if words_in(self.text[last.end : s.end]) > 8:
            return None
        return len(cues) - 1

    def _join_participles(self, drafts: list[Draft]) -> list[Draft]:
        """ "X condemned the attack, saying ...": the participle's words join the statement
        they follow; a leading "Stressing that ..." joins the statement after it."""
        out: list[Draft] = []
        for d in drafts:
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.sentence == d.sentence
                and d.cue is not None
                and d.cue.participle
                and prev.pieces
                and d.pieces
                and re.fullmatch(r"[\s,\u201d\"]*", self.text[prev.pieces[-1][1] : d.cue.start])
            ):
                if prev.subject is None and prev.sentence_subject and d.subject is not None:
                    prev.subject, prev.subject_pos = d.subject, d.subject_pos
                prev.pieces.extend(d.pieces)
                continue
            if (
                prev is not None
                and prev.sentence == d.sentence
                and prev.leading
                and d.pieces
                and prev.pieces[-1][1] <= d.subject_pos
            ):
                d.pieces = prev.pieces + d.pieces
                out[-1] = d
                continue
            out.append(d)
        # "X pointed to Y": words only with a quotation in Y or a saying that follows ("X
        # pointed to the map" is a gesture)
        return [d for d in out if not (d.cue and d.cue.lemma == "point_to") or self._worded(d)]

    def _worded(self, draft: Draft) -> bool:
        if len(draft.pieces) > 1:
            return True
        a, b = draft.pieces[0]
        return bool(self.quotes_in(a, b - 1))

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
        after "told", past the one told ("told reporters"); past a whole run of prepositional
        phrases when a "that" closes it ("said at a joint news conference in Ankara that")."""
        head = _HEAD_ADVERBS.match(self.text, cue.end, s.end)
        after = head.end() if head else cue.end
        if cue.lemma in _TOLD_LIKE:
            told_that = _TOLD_THAT.match(self.text, cue.end, s.end)
            if told_that:
                return told_that.end()  # "told the official IRNA news agency that"
            obj = _TOLD_OBJECT.match(self.text, after, s.end)
            if obj:
                head = _HEAD_ADVERBS.match(self.text, obj.end(), s.end)
                after = head.end() if head else obj.end()
        for start in (cue.end, after):
            that = _ADVERBIAL_THEN_THAT.match(self.text, start, s.end)
            if that and that.end() > after:
                after = that.end()
        return after

    def _frame(self, s: Sentence, cue: Cue, later: list[Cue]) -> Draft | None:
        """The statement a cue introduces, or None when it introduces none."""
        text = self.text
        if cue.according:
            return self._according(s, cue)
        if cue.lemma == "words":
            return self._in_his_words(s, cue)
        if cue.lemma == "noun_that":
            return self._noun_that(s, cue, later)
        after = self._after_cue(s, cue)
        rest = text[after : s.end]
        lead = _TAIL_ADVERBS.sub("", text[s.start : cue.start])
        if re.search(r"\bwhat (?:\w+ )?$|so-$", lead):
            return None  # "what he called a special operation": naming, not saying
        raw = text[s.start : cue.start]
        if re.search(r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+$", raw):
            return None  # "an alleged attack", "the proposed deal": an adjective, not a verb
        if not cue.word.split()[0].endswith("ing") and _PASSIVE.search(raw):
            return None  # "is claimed by China", "were accused of", "is said to": not saying
        if cue.lemma in ("call", "describe", "term") and _RELATIVE_TAIL.search(raw):
            return None  # "which Manila calls Ayungin Shoal": naming
        if cue.participle and re.search(r"\b(?:[Dd]espite|[Ww]ithout|[Ii]nstead of)\s*$", raw):
            return None  # "despite claiming that ...": not the attribution of a statement
        if cue.participle and re.fullmatch(r"\W*(?:(?:And|But|While|Yet|Also)\W+)?", raw):
            return self._leading(s, cue, after, later)
        if (
            cue.participle
            and re.search(
                r"(?:,|\b[Bb]y|\b[Ww]hile|\b[Ww]hen|\b[Aa]fter|\b[Bb]efore|"
                r"\b(?:statement|communiqu\u00e9|communique|declaration|note|message|post|tweet))\s*$",
                lead,
            )
        ) or re.search(r"\w,? (?:and|but|then)\s+(?:(?:also|later|then|[a-z]+ly)\s+)*$", raw):
            # ", adding that ..." / "... and told him that ...": the sentence's subject speaks
            start = self._verb_start(s, cue) if cue.keeps_verb else after + _THAT.match(rest).end()
            a, b = self._content_after(s, start, later)
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
        closing = lead_text.rstrip(",").rstrip()
        quoted = self.in_quote(s.start + len(closing) - 1)
        # '"...," X said': a quote of some length before the speaker (not a quoted name)
        after_quote = closing[-1:] in CLOSING + STRAIGHT + "'" and (
            quoted is None or words_in(text[quoted.start : quoted.end]) >= 3
        )
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
        right_after = text[cue.end : s.end].lstrip(" ,")
        said_before = " ".join(text[a:b] for a, b in before)
        clause_before = words_in(said_before) >= 4 and not _CIRCUMSTANCE.match(said_before)
        circumstance = (
            _CIRCUMSTANCE.match(stripped) or (clause_before and _CIRCUMSTANCE.match(right_after))
        ) and " that " not in text[cue.end : s.end].split(",")[0]
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

    def _verb_start(self, s: Sentence, cue: Cue) -> int:
        """Where a verb that belongs to the words starts, with the adverb before it ("strongly
        condemned")."""
        adverb = re.search(r"\b\w+ly\s+$", self.text[s.start : cue.start])
        return s.start + adverb.start() if adverb else cue.start

    def _leading(self, s: Sentence, cue: Cue, after: int, later: list[Cue]) -> Draft | None:
        """ "Stressing that ..., Wang urged ...": what the participle introduces runs to the
        comma before the sentence's subject; the speaker is that subject."""
        if cue.lemma == "point_to":
            return None  # "Pointing to the controversies, X said ...": a topic, not words
        text = self.text
        start = _THAT.match(text, after).end()
        main = next((c for c in later if not c.participle), None)
        if main is not None:
            end = text.rfind(",", start, main.start)
        else:
            head = re.search(r",\s+(?=(?:the |[A-Z]|he |she |it |they ))", text[start : s.end])
            end = start + head.start() if head else -1
        if end <= start:
            return None
        a, b = strip_span(text, start, end)
        if words_in(text[a:b]) < 3:
            return None
        return Draft(
            self._quote_pieces(a, b),
            None,
            cue.start,
            cue,
            s,
            sentence_subject=True,
            leading=True,
            frame=[(s.start, a), (b, s.end)],
        )

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
        if cue.keeps_verb:
            # "called on NATO to ...": the appeal keeps its verb; a readout keeps its subject
            nested = re.search(
                r"\b(?:said|says|told|added|stated)\s*$", text[max(0, subj_start - 40) : subj_start]
            )
            start = subj_start if nested and cue.directive else self._verb_start(s, cue)
        a, b = self._content_after(s, start, later)
        if re.match(r"what \w+ (?:called|calls|described|termed|dubbed)\b", text[a:b]):
            return None  # "announced what he called a special operation": naming
        if words_in(text[a:b]) < 2:
            return None
        frame = [(s.start, after)]
        return Draft(self._quote_pieces(a, b), subject, subj_start, cue, s, frame=frame)

    def _noun_that(self, s: Sentence, cue: Cue, later: list[Cue]) -> Draft | None:
        """ "Brandt's remarks that the talks were at a dead end": the owner of the remarks
        said what follows "that"."""
        text = self.text
        owner = re.search(
            r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*$", text[s.start : cue.start]
        )
        if owner is None:
            return None
        begin = owner.start()
        subject = parse_speaker(text[begin : cue.start])
        if subject is None or subject.kind not in ("person", "institution"):
            return None
        a, b = self._content_after(s, cue.end, later)
        quote = next((q for q in self.quotes_in(a, b - 3) if q.outer[1] < b), None)
        if quote is not None and re.match(r"\s+[a-z]", text[quote.outer[1] : b]):
            b = quote.outer[1]  # '... "at a dead end" drew a sharp reply': the remark ends
        if words_in(text[a:b]) < 3:
            return None
        return Draft(self._quote_pieces(a, b), subject, begin, cue, s, frame=[(s.start, a)])

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
        # "the foreign office in London": the body, not where it sits
        phrase = re.sub(
            r"\s+(?:in|at|on)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*$", "", phrase
        )
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
        stop = _INVERTED_NP_END.search(text[cue.end : s.end])
        np_end = cue.end + (stop.start() if stop else 0)
        subject = parse_speaker(text[cue.end : np_end].rstrip(". "))
        if subject is None or subject.kind == "pronoun" or not can_speak(subject):
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
        same_paragraph = self.by_paragraph.get(s.para, [])
        i = bisect.bisect_left([t.start for t in same_paragraph], s.start) - 1
        if i < 0:
            return []
        prev = same_paragraph[i]
        q = self.in_quote(prev.start) or self.in_quote(prev.start + 1)
        if q and not self.is_claimed(q.start) and q.outer[1] >= prev.end - 1:
            return list(q.pieces)
        return []

    def _continuation(self, s: Sentence, after: int) -> list[tuple[int, int]]:
        """'"...," he said, "..."': the second half of a quote broken by its attribution."""
        out = []
        for i in range(bisect.bisect_left(self._quote_starts, after), len(self.quotes)):
            q = self.quotes[i]
            if q.outer[0] >= s.end:
                break
            if not self.is_claimed(q.start):
                between = self.text[after : q.outer[0]]
                if words_in(between) <= 1 or between.rstrip().endswith((",", ":")):
                    out.extend(q.pieces)
                    after = q.outer[1]
        return out
