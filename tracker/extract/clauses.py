"""How one cue of saying frames its statement in a sentence: who is named as speaking, and
which words are what was said.

The speaker is the noun phrase right before the cue (or right after it, in "said Ryabkov");
what was said is the clause after it ("said that ..."), the clause or quote before it (a
trailing attribution), a quote introduced by a colon, or the words a participle or a noun of
saying introduces ("Stressing that ...", "Brandt's remarks that ..."). A quote broken by its
attribution is joined again; a quote carried over paragraphs is taken whole. The steps stay
in one module because each decides between the others (a trailing attribution or a forward
one, a colon quote or a split one) on the same few positions of the sentence.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from tracker.extract.clause_words import (
    ADVERBIAL_THEN_THAT,
    BREAK,
    CIRCUMSTANCE,
    HEAD_ADVERBS,
    INVERTED_NP_END,
    JOINT,
    PASSIVE,
    RELATIVE_SUBJECT,
    RELATIVE_TAIL,
    TAIL_ADVERBS,
    THAT,
    TOLD_LIKE,
    TOLD_OBJECT,
    TOLD_THAT,
)
from tracker.extract.cues import Cue
from tracker.extract.draft import Draft, strip_span, words_in
from tracker.extract.quotes import CLOSING, STRAIGHT
from tracker.extract.segment import Sentence
from tracker.extract.speakers import SpeakerPhrase, can_speak, parse_speaker, parse_subject

if TYPE_CHECKING:
    from tracker.extract.frames import ArticleReading


def _subject_before(
    r: ArticleReading, s: Sentence, cue: Cue
) -> tuple[SpeakerPhrase | None, int, int]:
    """The speaker phrase right before ``cue``: (mention, where it starts, where the
    clause before it ends)."""
    text = r.text
    left = text[s.start : cue.start]
    tail = TAIL_ADVERBS.search(left)
    stop = s.start + (tail.start() if tail else len(left))
    aside = _ASIDE.search(text, s.start, stop)
    if aside:
        stop = aside.start()  # "Proponents of the bill, however, say ..."
    relative = RELATIVE_SUBJECT.match(text, s.start, stop)
    if relative:
        # "McMaster, who issued a statement on Monday denying ..., said": the name speaks
        mention = parse_speaker(relative["np"])
        if mention and mention.kind in ("person", "institution"):
            return mention, relative.start("np"), relative.start("np")
    antecedent = _WHO_SAID.search(text, s.start, stop)
    if antecedent:
        # "..., Sun Weidong, who said that ...": the name the relative pronoun stands for
        mention = _last_name_phrase(text[s.start : antecedent.start()])
        if mention is not None:
            return mention[0], s.start + mention[1], antecedent.end()
    breaks = list(BREAK.finditer(text, s.start, stop))
    seg_start = breaks[-1].end() if breaks else s.start
    seg = text[seg_start:stop]
    if seg.strip():
        before = breaks[-1] if breaks else None
        if before and before.group() in ("as", "As", "and", "but", "that", "because"):
            return parse_speaker(seg), seg_start, before.start()
        mention = parse_subject(seg)
        return mention, seg_start, before.start() if before else s.start
    dashed = _DASHED_APPOSITIVE.search(text, s.start, stop)
    if dashed:
        # "Jason Sims — a teacher from Mount Pleasant — says ...": the name before the dash
        mention = parse_speaker(dashed["name"])
        if mention and mention.kind in ("person", "institution"):
            return mention, dashed.start("name"), dashed.start("name")
    # "Name, appositive, said" / "Name, who led it, said"
    commas = [m.start() for m in re.finditer(",", text[s.start : stop])]
    if commas and not text[s.start + commas[-1] + 1 : stop].strip():
        last = s.start + commas[-1]
        starts = [s.start + c + 1 for c in commas[-4:-1]][::-1] + [s.start]
        # "It was no accident — Brendan Buck, a spokesman, told ...": after the dash
        dash = _LAST_DASH.search(text, s.start, s.start + commas[0])
        if dash:
            starts.insert(-1, dash.end())
        found = []
        for begin in starts:
            begin = _QUOTE_MARKS.match(text, begin).end()  # past a quote that ends before
            mention = parse_speaker(text[begin:last])
            if mention and mention.kind in ("person", "institution", "unnamed"):
                found.append((mention.kind == "unnamed", mention, begin))
        if found:
            # a name before the appositive rather than the appositive's "a spokesman"
            _, mention, begin = min(found, key=lambda f: f[0])
            return mention, begin, begin
    return None, seg_start, seg_start


# "..., and said", "... \u2014 an aside \u2014 and said": a verb joined to the subject's first
_AND_THEN = re.compile(
    r"(?:\w|[\u2014\u2013]),? (?:and|but|then)\s+(?:(?:also|later|then|[a-z]+ly)\s+)*$"
)
_ASIDE = re.compile(
    r",\s*(?:however|though|too|meanwhile|moreover|instead|in turn|"
    r"for (?:his|her|its|their) part)\s*,\s*$"
)
_DASHED_APPOSITIVE = re.compile(
    r"(?:^|(?<=[,;:.!?\"\u201d])|(?<=\s))(?P<name>[^,;:\u2014\u2013]{2,80}?)\s+[\u2014\u2013]\s+"
    r"[^\u2014\u2013;]{2,100}?\s+[\u2014\u2013]\s*$"
)
_THING_RECALLED = re.compile(
    r"\s+(?:its|his|her|their|our|the|a|an)\s+"
    r"(?![\w-]+\s+(?:was|were|is|are|had|has|have|would|will|could|did)\b)[\w-]+\s*[^\s,;.]*"
)
_INTERRUPTED = re.compile(
    r"\W*[A-Z][^,;:\"\u201c\u201d]{1,80},\s*(?:who\s+|[a-z]+(?:ing|ed)\b|spoke\b)[^;\"\u201c\u201d]*,\s*$"
)
_ASIDE_THEN_THAT = re.compile(
    r",\s*(?:however|though|too|also|meanwhile|nonetheless|nevertheless|moreover|furthermore|"
    r"in turn|for (?:his|her|its|their) part),\s*that\b\s*"
)
_QUOTE_MARKS = re.compile(r"[\s'\"\u201c\u201d\u2018\u2019]*")
_LAST_DASH = re.compile(r".*(?:\s[\u2014\u2013-]|[\u2014;:]|\s--)\s*")
_WHO_SAID = re.compile(r",?\s+who\s*$")
_NAME_RUN = re.compile(
    r"(?:[A-Z][\w.'\u2019-]*(?:\s+(?:of|de|da|van|von|bin|al))?\s+)*[A-Z][\w.'\u2019-]*$"
)


def _last_name_phrase(text: str) -> tuple[SpeakerPhrase, int] | None:
    """The person or body named last in ``text``, with its titles: what "who" stands for."""
    run = _NAME_RUN.search(text.rstrip(" ,"))
    if run is None:
        return None
    lead = text[: run.start()]
    titles = re.search(r"(?:\b[a-z]+\s+){0,3}$", lead)
    for begin in (titles.start() if titles else run.start(), run.start()):
        mention = parse_speaker(text[begin : run.end()])
        if mention is not None and mention.kind in ("person", "institution"):
            return mention, begin
    return None


def content_after(r: ArticleReading, s: Sentence, start: int, later: list[Cue]) -> tuple[int, int]:
    end = s.end
    for c in later:
        lead = r.text[start : c.start]
        if c.participle and lead.rstrip().endswith(","):
            end = r.text.rfind(",", start, c.start)
            break
        joint = JOINT.search(lead)
        if not joint and re.match(r"\s+that\b", r.text[c.end : c.end + 6]):
            joint = re.search(r"\s(?:and|but)\s+$", lead)  # "... and warned that ..."
        if joint and not r.in_quote(c.start):
            end = start + joint.start()
            break
    return strip_span(r.text, start, end)


def _after_cue(r: ArticleReading, s: Sentence, cue: Cue) -> int:
    """Where what was said can start: past adverbials ("on Friday", "in a statement") and,
    after "told", past the one told ("told reporters"); past a whole run of prepositional
    phrases when a "that" closes it ("said at a joint news conference in Ankara that")."""
    aside = _ASIDE_THEN_THAT.match(r.text, cue.end, s.end)
    if aside:
        return aside.end()  # "said, however, that ..."
    head = HEAD_ADVERBS.match(r.text, cue.end, s.end)
    after = head.end() if head else cue.end
    if cue.lemma in TOLD_LIKE:
        told_that = TOLD_THAT.match(r.text, cue.end, s.end)
        if told_that:
            return told_that.end()  # "told the official IRNA news agency that"
        obj = TOLD_OBJECT.match(r.text, after, s.end)
        if obj:
            head = HEAD_ADVERBS.match(r.text, obj.end(), s.end)
            after = head.end() if head else obj.end()
    for start in (cue.end, after):
        that = ADVERBIAL_THEN_THAT.match(r.text, start, s.end)
        if that and that.end() > after:
            after = that.end()
    return after


def verb_frame(r: ArticleReading, s: Sentence, cue: Cue, later: list[Cue]) -> Draft | None:
    """The statement a verb of saying introduces, or None when it introduces none."""
    raw = r.text[s.start : cue.start]
    if not _saying(raw, cue):
        return None
    if cue.lemma == "reply" and re.match(r"\s+to\b", r.text[cue.end : cue.end + 4]):
        return None  # "replying to remarks by X": what was replied to, not the reply
    if cue.lemma == "recall" and _THING_RECALLED.match(r.text, cue.end):
        return None  # "Chile recalled its ambassador": withdrew, or remembered; said nothing
    after = _after_cue(r, s, cue)
    if cue.participle and re.fullmatch(r"\W*(?:(?:And|But|While|Yet|Also)\W+)?", raw):
        return _leading(r, s, cue, after, later)
    if _sentence_subject_speaks(raw, cue):
        return _of_sentence_subject(r, s, cue, after, later)
    subject, subj_start, clause_end = _subject_before(r, s, cue)
    if subject is None and _INTERRUPTED.match(TAIL_ADVERBS.sub("", raw)):
        # "Trump, speaking to the paper's editorial board, said ...": the sentence's subject
        return _of_sentence_subject(r, s, cue, after, later)
    if subject is None:
        return _inverted(r, s, cue, after)
    if subject.kind == "pronoun" and subject.text.lower() in ("i", "you", "we"):
        return None  # the reporter, or a speaker inside a quote: not an attribution
    return (
        _colon_frame(r, s, cue, subject, subj_start, after)
        or _as_said_frame(r, s, cue, subject, subj_start, after, later)
        or _said_inside(r, s, cue, subject, subj_start, clause_end, after, later)
        or _forward_or_trailing(r, s, cue, subject, subj_start, clause_end, after, later)
    )


def _saying(raw: str, cue: Cue) -> bool:
    """Whether the cue word is used as a verb of saying here (``raw`` is the sentence up to
    it): not a naming, an adjective, a passive or a clause about something else."""
    lead = TAIL_ADVERBS.sub("", raw)
    if re.search(r"\bwhat (?:\w+ )?$|so-$", lead):
        return False  # "what he called a special operation": naming, not saying
    if re.search(r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+$", raw):
        return False  # "an alleged attack", "the proposed deal": an adjective, not a verb
    if not cue.word.split()[0].endswith("ing") and PASSIVE.search(raw):
        return False  # "is claimed by China", "were accused of", "is said to": not saying
    if cue.lemma in ("call", "describe", "term") and RELATIVE_TAIL.search(raw):
        return False  # "which Manila calls Ayungin Shoal": naming
    # "despite claiming that ...": not the attribution of a statement
    return not (cue.participle and re.search(r"\b(?:[Dd]espite|[Ww]ithout|[Ii]nstead of)\s*$", raw))


def _sentence_subject_speaks(raw: str, cue: Cue) -> bool:
    """ ", adding that ...", "... and told him that ...", "issued a statement condemning":
    the cue's speaker is the sentence's subject, named before."""
    lead = TAIL_ADVERBS.sub("", raw)
    if cue.participle and re.search(
        r"(?:,|\s[\u2013\u2014-]|\b[Bb]y|\b[Ww]hile|\b[Ww]hen|\b[Aa]fter|\b[Bb]efore|"
        r"\b(?:statement|communiqu\u00e9|communique|declaration|note|message|post|tweet))\s*$",
        lead,
    ):
        return True
    return bool(_AND_THEN.search(raw))


def _of_sentence_subject(
    r: ArticleReading, s: Sentence, cue: Cue, after: int, later: list[Cue]
) -> Draft | None:
    text = r.text
    start = _verb_start(r, s, cue) if cue.keeps_verb else THAT.match(text, after).end()
    a, b = content_after(r, s, start, later)
    if words_in(text[a:b]) < 3:
        return None
    return Draft([(a, b)], None, cue.start, cue, s, sentence_subject=True, frame=[(s.start, a)])


def _colon_frame(
    r: ArticleReading, s: Sentence, cue: Cue, subject: SpeakerPhrase, subj_start: int, after: int
) -> Draft | None:
    """ "said:" and the quote that follows, here or in the next paragraph."""
    text = r.text
    if not (
        text[after : s.end].lstrip().startswith(":") or text[cue.end : after].rstrip().endswith(":")
    ):
        return None
    frame = [(s.start, after)]
    a, b = strip_span(text, text.find(":", cue.end, s.end) + 1, s.end)
    if b > a:
        return Draft(quote_pieces(r, a, b), subject, subj_start, cue, s, frame=frame)
    return Draft([], subject, subj_start, cue, s, colon_next=True, frame=frame)


def _as_said_frame(
    r: ArticleReading,
    s: Sentence,
    cue: Cue,
    subject: SpeakerPhrase,
    subj_start: int,
    after: int,
    later: list[Cue],
) -> Draft | None:
    """ "As the head of state specified, ...": what follows the comma."""
    text = r.text
    opening = text[s.start : subj_start].strip().lower()
    if not (opening in ("as", "as the") or opening.endswith((", as", " as"))):
        return None
    comma = text.find(",", cue.end, s.end)
    a, b = content_after(r, s, comma + 1, later) if comma > 0 else (0, 0)
    if words_in(text[a:b]) < 3:
        return None
    return Draft([(a, b)], subject, subj_start, cue, s, frame=[(s.start, after)])


def _after_quote(r: ArticleReading, s: Sentence, subj_start: int) -> bool:
    """'"...," X said': a quote of some length stands right before the speaker (not a
    quoted name)."""
    closing = r.text[s.start : subj_start].rstrip().rstrip(",").rstrip()
    quoted = r.in_quote(s.start + len(closing) - 1)
    return closing[-1:] in CLOSING + STRAIGHT + "'" and (
        quoted is None or words_in(r.text[quoted.start : quoted.end]) >= 3
    )


def _said_inside(
    r: ArticleReading,
    s: Sentence,
    cue: Cue,
    subject: SpeakerPhrase,
    subj_start: int,
    clause_end: int,
    after: int,
    later: list[Cue],
) -> Draft | None:
    """ "China, he said, voted against ...": the attribution sits inside what was said."""
    text = r.text
    lead_text = text[s.start : subj_start].rstrip()
    if not (
        lead_text.endswith(",")
        and text[after : s.end].lstrip().startswith(",")
        and not _after_quote(r, s, subj_start)
    ):
        return None
    a1, b1 = strip_span(text, s.start, clause_end)
    a2, b2 = content_after(r, s, after, later)
    if words_in(text[a2:b2]) < 3 or b1 <= a1:
        return None
    frame = [(clause_end, after)]
    return Draft([(a1, b1), (a2, b2)], subject, subj_start, cue, s, frame=frame)


def _forward_or_trailing(
    r: ArticleReading,
    s: Sentence,
    cue: Cue,
    subject: SpeakerPhrase,
    subj_start: int,
    clause_end: int,
    after: int,
    later: list[Cue],
) -> Draft | None:
    """What follows the cue ("X said that ..."), or, when the speaker comes after the words
    (", X said on Monday."), the clause or quote before it."""
    text = r.text
    rest = text[after : s.end]
    stripped = rest.lstrip()
    before = said_before(r, s, clause_end) if clause_end > s.start else []
    tail_words = words_in(rest[THAT.match(rest).end() :])
    quote_follows = stripped.startswith(",") and r.in_quote(text.find(",", after) + 2)
    right_after = text[cue.end : s.end].lstrip(" ,")
    words_before = " ".join(text[a:b] for a, b in before)
    clause_before = words_in(words_before) >= 4 and not CIRCUMSTANCE.match(words_before)
    circumstance = (
        CIRCUMSTANCE.match(stripped) or (clause_before and CIRCUMSTANCE.match(right_after))
    ) and " that " not in text[cue.end : s.end].split(",")[0]
    trailing = bool(before) and (
        _after_quote(r, s, subj_start)
        or tail_words < 2
        or bool(circumstance)
        or (stripped.startswith((",", ".")) and not quote_follows)
    )
    if not trailing and (
        (tail_words >= 2 and not stripped.startswith((",", "."))) or quote_follows
    ):
        return _forward(r, s, cue, subject, subj_start, after, later)
    pieces = before or _previous_quote(r, s)
    if not pieces:
        return None
    pieces += _continuation(r, s, after)
    return Draft(pieces, subject, subj_start, cue, s, frame=[(clause_end, s.end)])


def _verb_start(r: ArticleReading, s: Sentence, cue: Cue) -> int:
    """Where a verb that belongs to the words starts, with the adverb before it ("strongly
    condemned")."""
    adverb = re.search(r"\b\w+ly\s+$", r.text[s.start : cue.start])
    return s.start + adverb.start() if adverb else cue.start


def _leading(
    r: ArticleReading, s: Sentence, cue: Cue, after: int, later: list[Cue]
) -> Draft | None:
    """ "Stressing that ..., Wang urged ...": what the participle introduces runs to the
    comma before the sentence's subject; the speaker is that subject."""
    if cue.lemma == "point_to":
        return None  # "Pointing to the controversies, X said ...": a topic, not words
    text = r.text
    start = THAT.match(text, after).end()
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
        quote_pieces(r, a, b),
        None,
        cue.start,
        cue,
        s,
        sentence_subject=True,
        leading=True,
        frame=[(s.start, a), (b, s.end)],
    )


def _forward(
    r: ArticleReading,
    s: Sentence,
    cue: Cue,
    subject: SpeakerPhrase,
    subj_start: int,
    after: int,
    later: list[Cue],
) -> Draft | None:
    """ "X said (that) ...": what follows the cue, to the end of the clause."""
    text = r.text
    start = THAT.match(text, after).end()
    if cue.keeps_verb:
        # "called on NATO to ...": the appeal keeps its verb; a readout keeps its subject
        nested = re.search(
            r"\b(?:said|says|told|added|stated)\s*$", text[max(0, subj_start - 40) : subj_start]
        )
        start = subj_start if nested and cue.directive else _verb_start(r, s, cue)
    a, b = content_after(r, s, start, later)
    if re.match(r"what \w+ (?:called|calls|described|termed|dubbed)\b", text[a:b]):
        return None  # "announced what he called a special operation": naming
    if words_in(text[a:b]) < 2:
        return None
    frame = [(s.start, after)]
    return Draft(quote_pieces(r, a, b), subject, subj_start, cue, s, frame=frame)


def _inverted(r: ArticleReading, s: Sentence, cue: Cue, after_adv: int) -> Draft | None:
    """'..., said Ryabkov.' / '"...," says the diplomat.'"""
    text = r.text
    left = text[s.start : cue.start].rstrip()
    if not left or left[-1] not in ",\u201d\"\u00bb'":
        return None
    stop = INVERTED_NP_END.search(text[cue.end : s.end])
    np_end = cue.end + (stop.start() if stop else 0)
    subject = parse_speaker(text[cue.end : np_end].rstrip(". "))
    if subject is None or subject.kind == "pronoun" or not can_speak(subject):
        return None
    clause_end = s.start + len(left) - (1 if left[-1] == "," else 0)
    pieces = said_before(r, s, clause_end) or _previous_quote(r, s)
    if not pieces:
        return None
    pieces += _continuation(r, s, np_end)
    return Draft(pieces, subject, cue.end, cue, s, frame=[(clause_end, s.end)])


def said_before(r: ArticleReading, s: Sentence, end: int) -> list[tuple[int, int]]:
    """What was said, before a trailing attribution that starts at ``end``."""
    a, b = strip_span(r.text, s.start, end)
    if words_in(r.text[a:b]) < 2:
        return []
    carried = r.in_quote(a)
    if carried and carried.outer[1] >= b and carried.outer[0] < a - 1:
        return list(carried.pieces)  # the end of a quote carried over paragraphs
    quotes = r.quotes_in(a, b + 1)
    if quotes and len(quotes) == 1 and quotes[0].outer[0] <= a and quotes[0].outer[1] >= b:
        return list(quotes[0].pieces)
    if quotes and quotes[-1].outer[1] >= b:
        b = quotes[-1].end
    return [(a, b)]


def quote_pieces(r: ArticleReading, a: int, b: int) -> list[tuple[int, int]]:
    """A clause that is one quotation is the quote's words; else the clause itr."""
    quotes = r.quotes_in(a, b + 1)
    if len(quotes) == 1 and quotes[0].outer[0] <= a + 1 and quotes[0].outer[1] >= b - 1:
        return list(quotes[0].pieces)
    return [(a, b)]


def _previous_quote(r: ArticleReading, s: Sentence) -> list[tuple[int, int]]:
    """'"Is it over?" Trump asked.': the attribution became its own sentence."""
    same_paragraph = r.by_paragraph.get(s.para, [])
    i = bisect.bisect_left([t.start for t in same_paragraph], s.start) - 1
    if i < 0:
        return []
    prev = same_paragraph[i]
    q = r.in_quote(prev.start) or r.in_quote(prev.start + 1)
    if q and not r.is_claimed(q.start) and q.outer[1] >= prev.end - 1:
        return list(q.pieces)
    return []


def _continuation(r: ArticleReading, s: Sentence, after: int) -> list[tuple[int, int]]:
    """'"...," he said, "..."': the second half of a quote broken by its attribution."""
    out = []
    for i in range(bisect.bisect_left(r.quote_starts, after), len(r.quotes)):
        q = r.quotes[i]
        if q.outer[0] >= s.end:
            break
        if not r.is_claimed(q.start):
            between = r.text[after : q.outer[0]]
            if words_in(between) <= 1 or between.rstrip().endswith((",", ":")):
                out.extend(q.pieces)
                after = q.outer[1]
    return out
