"""The drafts of statements an article yields, before speakers and days are settled.

Transcripts give one draft per answering turn; other text is read sentence by sentence
(:mod:`tracker.extract.frames`), skipping lines that end no sentence (headings, captions, a
text cut off mid-sentence). A "said:" at a paragraph's end takes the next paragraph; quotes
with no cue of their own continue the statement next to them; and the headline and
standfirst (what stands before the dateline, or on the first line, and restates the body)
are set aside.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from tracker.extract.captions import credited
from tracker.extract.clause_words import ISSUED_ON
from tracker.extract.cues import Cue, find_cues
from tracker.extract.draft import Draft, content_words, strip_span, words_in
from tracker.extract.embedded_posts import post_drafts
from tracker.extract.frames import ArticleReading
from tracker.extract.lexicon import ORG_HEADS
from tracker.extract.meta import find_dateline
from tracker.extract.quotes import FIRST_PERSON, FIRST_PERSON_SUBJECT, Quote
from tracker.extract.segment import Sentence, paragraph_end
from tracker.extract.spans import Spans
from tracker.extract.speaker_phrase import SpeakerPhrase
from tracker.extract.speakers import parse_speaker
from tracker.extract.statement_page import (
    FOOTER,
    body_speaks,
    heading_day,
    issued_document,
    item_headers,
    list_day,
    opens_with_state,
    statement_page,
    statements_list,
    tells_meeting,
)
from tracker.extract.subject_phrase import is_media, parse_subject
from tracker.extract.text_below import introduced_issuer, summarised, text_paragraph
from tracker.extract.transcript import Transcript
from tracker.extract.transcript_paragraphs import after_occasion_clause, after_own_fronted
from tracker.extract.transcript_people import person, title_case
from tracker.extract.what_was_said import SIGN_OFF_TAIL, quote_pieces


def _restates(front: str, body: list[str]) -> bool:
    """A headline or standfirst that repeats a statement of the body."""
    words = content_words(front)
    if not words:
        return True
    return any(len(words & content_words(b)) >= 0.5 * len(words) for b in body)


_OWN_ATTRIBUTION = re.compile(r"\s*According to\b")
_SAID_BY_AFTER = re.compile(r"[ ,]*(?:said|says|added|stated|noted|read|reads)\s+(?:the|a|an)\s")
_ASKED_AFTER = re.compile(r"[ ,]*[\w.'\u2019 -]{1,60}?\s(?:was|were)\s+asked\b")
# '"...," the publication writes.': a medium's words, or words it relays from no one named
_MEDIUM_AFTER = re.compile(
    r"[ ,]*(?P<np>[\w.'\u2019 -]{1,40}?)\s+(?:writes|wrote|reports|reported|notes|noted)\b"
)


# '"...". That was how X described the vote.', '"...". These were the words of X.'
_WORDS_OF_AFTER = re.compile(
    r"[\s.]*(?:(?:That|This) (?:was|is) how|(?:These|Those) were the words of|So said)\s+"
    r"(?P<np>[^;:.\"\u201c\u201d]{3,120}?)"
    r"(?=\s+(?:described|put it|summed (?:it )?up|characteri[sz]ed|explained|saw)\b|\s*[.;]|"
    r",?\s+(?:on|at|in|during|after|before)\b)"
)


# a quotation set off on its own, then a line of a dash and who said it ('"..."' and "- The
# Honourable X, Minister of ...": a ministry release's quotes, a notebook's epigraphs)
_SIGNED_BELOW = re.compile(
    r"[ \t]*\n\s*[-\u2013\u2014]+[ \t]*(?P<np>[A-Z][^\n\"\u201c\u201d]{2,120}?)[ \t.]*"
    # (one such line: a run of dashed lines is a list, whose first item signs nothing)
    r"(?=\n(?![ \t]*[-\u2013\u2014])|$)"
)


# (with no dash, the name and its post on the line right under the quotation: "X, Minister of
# Foreign Affairs of Poland" under a Council press release's quote)
_NAME_AND_POST_BELOW = re.compile(
    r"[ \t]*\n[ \t]*(?P<np>[A-Z][^\n\"\u201c\u201d.,]{2,60},"
    r"[ \t]*[A-Z][^\n\"\u201c\u201d.]{2,120}?)[ \t]*(?=\n|$)"
)


def _signed_below(art: ArticleReading) -> dict[int, tuple[SpeakerPhrase, int]]:
    """The signer of each quotation set off as a paragraph of its own above a "- X" line,
    by where the quotation opens; quotation paragraphs right above it (a block of them
    signed once) are the same signer's."""
    signed: dict[int, tuple[SpeakerPhrase, int]] = {}
    for i, q in enumerate(art.quotes):
        m = _SIGNED_BELOW.match(art.text, q.outer[1], q.outer[1] + 200)
        named = parse_speaker(m["np"]) if m else None
        if m is None and (m := _NAME_AND_POST_BELOW.match(art.text, q.outer[1], q.outer[1] + 200)):
            named = parse_speaker(m["np"])
            named = named if named is not None and named.role else None
        if named is None or named.kind != "person" or not _quote_paragraph(art, q):
            continue
        signed[q.outer[0]] = (named, m.start("np"))
        above = art.quotes[:i][::-1]
        below = q
        for prev in above:
            if prev.outer[0] in signed or not _quote_paragraph(art, prev):
                break
            if _para(art, prev) != _para(art, below) - 1:
                break
            signed[prev.outer[0]] = (named, m.start("np"))
            below = prev
    return signed


# "[SOUND BITE] Antony Blinken, U.S. Secretary of State" on the line above a quotation: a
# broadcast's caption naming the one heard in it
_SOUND_BITE_ABOVE = re.compile(
    r"\[(?:SOUND ?BITE|SOUNDBITE|SOT|Sound ?bite|Soundbite)\][ \t]*"
    r"(?P<np>[^\n\[\]:\"\u201c\u201d]{3,160}?)[ \t]*\n\s*$"
)
_CAPTION_REACH = 200  # how far above a quotation its caption line may start


def _captioned_above(art: ArticleReading) -> dict[int, tuple[SpeakerPhrase, int]]:
    """The one a sound bite's caption names, for each quotation set off as a paragraph of
    its own right below the caption, by where the quotation opens."""
    captioned: dict[int, tuple[SpeakerPhrase, int]] = {}
    for q in art.quotes:
        start = max(0, q.outer[0] - _CAPTION_REACH)
        m = _SOUND_BITE_ABOVE.search(art.text, start, q.outer[0])
        named = person(m["np"]) if m else None
        if m is not None and named is not None and _quote_paragraph(art, q):
            captioned[q.outer[0]] = (named, m.start("np"))
    return captioned


def _para_at(art: ArticleReading, pos: int, default: int) -> int:
    sent = art.sentence_at(pos)
    return sent.para if sent is not None else default


def _para(art: ArticleReading, q: Quote) -> int:
    return _para_at(art, q.outer[0], -1)


def _quote_paragraph(art: ArticleReading, q: Quote) -> bool:
    """Whether a quotation is a paragraph by itself, nothing before or after it."""
    sents = art.by_paragraph.get(_para(art, q), [])
    return (
        bool(sents)
        and not art.text[sents[0].start : q.outer[0]].strip()
        and not art.text[q.outer[1] : sents[-1].end].strip(" \t.")
    )


def _relayed_by_medium(text: str, pos: int) -> bool:
    """Whether the words after a quote ending at ``pos`` name a news outlet as its source."""
    m = _MEDIUM_AFTER.match(text, pos, pos + 60)
    found = parse_subject(m["np"]) if m else None
    return found is not None and is_media(found)


def _cut_off(text: str, end: int) -> bool:
    """Whether a quotation's words end the whole text with no closing mark or full stop: the
    excerpt stops in the middle of what was said."""
    if _ONLY_SPACE.fullmatch(text, end) is None:
        return False  # (checked from ``end`` on: no copy of the text's rest)
    return not _FINISHED.search(text[max(0, end - 12) : end].rstrip())


_ONLY_SPACE = re.compile(r"\s*")
# a noun that names what follows its colon ("under the theme:", "with the slogan:", "a
# banner reading:", "the report, titled:"): the quotation after it is the name of an event,
# a campaign or a text, which nobody says in the sentence (its subject only took part). A
# theme, title or slogan names only after a naming preposition or participle ("under the
# theme:", "bearing the motto:"): one speaks "on the theme:" and says what follows. A post's
# caption or hashtag is the poster's own words, so neither is a naming noun here.
_NAMING_COLON = re.compile(
    r"(?:\b(?:under|with|bearing|carrying|titled|entitled|themed|called|named)\s+"
    r"(?:(?:the|a|an|its|his|her|their|this|[\w'\u2019]+['\u2019]s)\s+)?(?:[\w-]+\s+)?"
    r"(?:theme|themes|slogan|slogans|motto|mottos|title|tagline)"
    r"|\b(?:titled|entitled|themed|headlined|inscribed)"
    r"|\b(?:banner|banners|headline|inscription|placards?|posters?))"
    r"(?:\s+(?:reading|read|saying|that\s+read))?\s*:\s*$",
    re.I,
)


def _orphan_quotes(art: ArticleReading, drafts: list[Draft]) -> list[Draft]:
    """Quotes with no cue of their own: continuations of a neighbouring statement."""
    out = list(drafts)
    by_end = sorted((d for d in drafts if d.pieces), key=lambda d: d.pieces[-1][1])
    ended = 0  # drafts in by_end[:ended] end before the quote being read
    last: Draft | None = None  # of those, the one that ends last
    signed = _signed_below(art) | _captioned_above(art)
    for q in art.quotes:
        while ended < len(by_end) and by_end[ended].pieces[-1][1] <= q.start:
            if last is None or by_end[ended].pieces[-1][1] >= last.pieces[-1][1]:
                last = by_end[ended]
            ended += 1
        if art.is_claimed(q.start) or words_in(art.text[q.start : q.end]) < 4:
            continue
        sent = art.sentence_at(q.outer[0])
        if sent is None:
            continue
        if _cut_off(art.text, q.end):
            continue  # '"He made clear that Russia must address': the excerpt ends mid-quote
        if _NAMING_COLON.search(art.text, max(sent.start, q.outer[0] - 40), q.outer[0]):
            continue  # 'under the theme: "..."': a title the quotation gives, no one's words
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
            art.claim(q.pieces)
            continue
        if q.outer[0] > sent.start + 1:
            continue
        if _ASKED_AFTER.match(art.text, q.outer[1], q.outer[1] + 80):
            continue  # '"What does he hope to achieve?" Patel was asked.': the question
        if _SAID_BY_AFTER.match(art.text, q.outer[1], q.outer[1] + 20):
            continue  # '"...," said the joint statement of the Quad.': its own source
        owner = _WORDS_OF_AFTER.match(art.text, q.outer[1], q.outer[1] + 200)
        named = parse_speaker(owner["np"]) if owner else None
        if named is not None and named.kind in ("person", "institution"):
            # '"...". These were the words of X on Tuesday.': the quote's own speaker, named
            # in the sentence after it
            out.append(Draft(list(q.pieces), named, owner.start("np"), None, sent))
            art.claim(q.pieces)
            continue
        if q.outer[0] in signed:
            # a release's quote signed below it: the signer's words, on the page's own day
            named, at = signed[q.outer[0]]
            out.append(Draft(list(q.pieces), named, at, None, sent, turn=True))
            art.claim(q.pieces)
            continue
        # (the paragraph its words end in: a text reprinted below the line introducing it)
        ends_in = _para_at(art, last.pieces[-1][0], last.sentence.para) if last else -1
        if last is None or (
            sent.para - ends_in > 1 and not _headings_between(art, ends_in, sent.para)
        ):
            continue
        if _relayed_by_medium(art.text, q.outer[1]) and not (
            last.subject is not None and is_media(last.subject)
        ):
            continue  # carries on no one's words but the medium's own
        if last.sentence.para == sent.para:
            last.pieces.extend(q.pieces)
        else:
            last = Draft(list(q.pieces), None, q.start, None, sent, inherit=True)
            out.append(last)
        art.claim(q.pieces)
    out.sort(key=lambda d: d.pieces[0][0] if d.pieces else d.subject_pos)
    return out


# a subheading over a briefing's topic ("On sanctions", "About the Arctic Council"): a short
# line with no full stop, no words of anyone's
_HEADING_LINE = re.compile(r"[ \t]*[A-Z][^\n.!?:;\"\u201c\u201d]{0,60}[ \t]*$")
# (written 8; the headline's bound below, 20, bound later under the same name, is the one this
# test has read, and is kept so that outputs stay: whether 8 was meant is left open)
_SUBHEADING_WORDS = 20
_HEADINGS = 2  # subheadings that may stand between a statement and the quotation under them


def _headings_between(art: ArticleReading, first: int, last: int) -> bool:
    """Whether the paragraphs between ``first`` and ``last`` are subheadings only: a quote
    under one carries on the statement above it ("On Moldova" and the spokeswoman's next
    quotation); a heading or two, no more."""
    if last - first - 1 > _HEADINGS:
        return False
    for para in range(first + 1, last):
        lines = art.by_paragraph.get(para, [])
        if len(lines) != 1:
            return False
        a, b = lines[0].start, lines[0].end
        if (
            not _HEADING_LINE.fullmatch(art.text, a, b)
            or words_in(art.text[a:b]) > _SUBHEADING_WORDS
        ):
            return False
    return True


def _colon_content(art: ArticleReading, draft: Draft) -> None:
    """'... said:' at the end of a paragraph: what was said is the next paragraph."""
    nxt = art.by_paragraph.get(draft.sentence.para + 1, [])
    if not nxt or _OWN_ATTRIBUTION.match(art.text, nxt[0].start):
        return  # "... the President noted:" then "According to X, ...": that one's own
    q = art.in_quote(nxt[0].start)
    if q and not art.is_claimed(q.start):
        draft.pieces = list(q.pieces)
    else:
        a, b = strip_span(art.text, _past_marker(art.text, nxt[0].start), nxt[-1].end)
        told = _told_by_pronoun(art.text, nxt[1:])
        if told is not None:
            # "A spokesperson said:" then "The Foreign Secretary met X ... He stressed that
            # ...": the readout is the spokesperson's, what "he" stressed the minister's own
            a, b = strip_span(art.text, a, told)
        draft.pieces = [(a, b)] if b > a else []
        para = draft.sentence.para + 1
        # "... states the following:" and a numbered list: every point is the statement's,
        # to the first paragraph marked otherwise ("(1)", "(2)" and then "3. In response,
        # ...": the next point of the page, not of the list)
        style = _marker_style(art.text, nxt[0].start)
        while draft.pieces and style is not None:
            para += 1
            nxt = art.by_paragraph.get(para, [])
            if not nxt or _marker_style(art.text, nxt[0].start) != style:
                break
            a, b = strip_span(art.text, _past_marker(art.text, nxt[0].start), nxt[-1].end)
            draft.pieces.append((a, b))
    art.claim(draft.pieces)


# (quotes.FIRST_PERSON: "We", "our", "I", the speaker's own voice in a paragraph of
# unquoted words; quotes.FIRST_PERSON_SUBJECT: that voice as a clause's subject, "We will
# also be discussing ...", not a release's own paragraph that names "our partners" or
# "contact us")
_BLOCK_PARAGRAPHS = 5  # paragraphs below the first that a block of one's words may run on
# a paragraph of the release's own, its subject the state or the office in the third person
# ("The UK is working with ...", "The Government will ...") or its contacts and notes (a
# state's name after "The" is statement_page.opens_with_state's, but for the dotted forms
# and the EU, which it does not read)
_RELEASE_OWN = re.compile(
    r"(?:The\s+(?:U\.?K\.?|U\.?S\.?|EU|Government|Department|Ministry|Foreign\s+Office)\b|"
    r"For\s+(?:further|more)\s+information\b|Further\s+information\b|Notes?\s+to\s+editors\b)"
)
_THE = re.compile(r"The\s+")
# the one who spoke told of in the third person, or the writer asking him: the interviewer's
# paragraph ("I asked him whether ...", "My impression was that the minister ...")
_OF_THE_SPEAKER = re.compile(
    r"\b(?:him|himself|herself|I\s+(?:asked|put\s+it\s+to|pressed)|the\s+(?:minister|secretary|"
    r"president|ambassador|spokes(?:man|woman|person)|chancellor|premier))\b"
)


def _the_length(text: str, pos: int) -> int:
    """The length of a "The " opening at ``pos`` ("The UK is ..."), or 0."""
    m = _THE.match(text, pos)
    return m.end() - pos if m else 0


def _colon_paragraphs_below(art: ArticleReading, draft: Draft, told_at: list[int]) -> list[Draft]:
    """ "The Foreign Secretary said:" or "X issued the following statement on 13 January:"
    over paragraphs of his words with no quotation marks: each paragraph after the first that
    goes on in his own voice ("We will also be discussing ...", "Under our chairmanship, we
    intend ...") is a statement of its own, one per point as the speaker made them; the block
    ends at the first paragraph that is not his words in the first person, or where a statement
    was found already (a readout going on: "Mr X recognised ..."; ``told_at``, sorted, says
    where the drafts found start). The first paragraph must
    speak in his voice too: "A spokesperson said:" over a readout in the third person is the
    readout, one statement."""
    if len(draft.pieces) != 1 or draft.subject is None:
        return []
    a, b = draft.pieces[0]
    para = draft.sentence.para + 1
    first = art.by_paragraph.get(para, [])
    if (
        not first
        or first[0].start > a
        or first[-1].end < b
        or art.in_quote(a)
        or not FIRST_PERSON.search(art.text, a, b)
    ):
        return []  # the words told are a quotation, a list's points, or a readout's
    out: list[Draft] = []
    for below in range(para + 1, para + 1 + _BLOCK_PARAGRAPHS):
        lines = art.by_paragraph.get(below, [])
        if not lines:
            break
        start, end = strip_span(art.text, lines[0].start, lines[-1].end)
        if (
            end <= start
            or not art.text[start].isupper()
            or art.text[end - 1] == ":"
            or art.in_quote(start)
            or art.claimed.overlaps(start, end)
            or not FIRST_PERSON.search(art.text, start, end)
            or not FIRST_PERSON_SUBJECT.search(art.text, start, end)
            or _RELEASE_OWN.match(art.text, start) is not None
            or opens_with_state(art.text, start + _the_length(art.text, start))
            or _of_the_speaker(art.text, start, end, draft.subject)
            or bisect.bisect_left(told_at, start) < bisect.bisect_left(told_at, end)
        ):
            break
        out.append(replace(draft, pieces=[(start, end)], sentence=lines[0]))
    art.claim([p for d in out for p in d.pieces])
    return out


def _of_the_speaker(text: str, start: int, end: int, subject: SpeakerPhrase) -> bool:
    """Whether the paragraph ``start``-``end`` tells of the speaker in the third person (his
    surname, "him", "the minister") or of the writer asking him: not the speaker's words."""
    if _OF_THE_SPEAKER.search(text, start, end):
        return True
    surname = (subject.name or "").split()[-1:] or [""]
    return (
        len(surname[0]) > 2
        and re.search(rf"\b{re.escape(surname[0])}\b", text[start:end]) is not None
    )


# "He stressed that ...", "She also said that ...": a sentence telling what the one the
# readout is about said, a pronoun its subject
_PRONOUN_TOLD = re.compile(r"(?:He|She)\s+(?:also\s+|further\s+)?$")


def _told_by_pronoun(text: str, sentences: list[Sentence]) -> int | None:
    """Where the first of ``sentences`` (a readout's after its first) that tells, with a
    pronoun for its subject and a verb of saying with its "that", what someone said starts;
    None when none does."""
    for sent in sentences:
        for cue in find_cues(text, sent.start, sent.end):
            if _PRONOUN_TOLD.fullmatch(text, sent.start, cue.start) and re.match(
                r"\s+that\b", text[cue.end : cue.end + 6]
            ):
                return sent.start
    return None


def _nested_in_announced(drafts: list[Draft]) -> list[Draft]:
    """ "X stated as follows:" and the points below it: a statement those points report in
    their own words ("(1) ... Prime Minister Y expresses anew his apologies") is nested in
    X's words, not one of its own."""
    announced = Spans([p for d in drafts if d.colon_next for p in d.pieces])
    return [
        d
        for d in drafts
        if d.colon_next or not d.pieces or not all(a in announced for a, _ in d.pieces)
    ]


_LIST_ITEM = re.compile(r"\s*(?:\(?\d{1,2}[.)]|[-\u2022\u2013*])\s")


def _marker_style(text: str, pos: int) -> str | None:
    """How a list item at ``pos`` is marked ("(", a digit's "." or ")", or its bullet), or
    None when no item starts there."""
    m = _LIST_ITEM.match(text, pos)
    if m is None:
        return None
    mark = m.group().strip()
    return mark[0] if not mark[0].isdigit() else mark[-1]


def _text_below(art: ArticleReading, s: Sentence) -> Draft | None:
    """ "Following is the full text of the council's statement:" and the statement's first
    paragraph below: the issuer's own words, given directly (the paragraphs after it go on
    with the same text), said when the story says the issuer spoke."""
    para = art.by_paragraph.get(s.para, [])
    # (found by its start: a search through the paragraph was quadratic in a long one)
    at = bisect.bisect_left(para, s.start, key=lambda x: x.start)
    while at < len(para) and para[at].start == s.start and para[at] != s:
        at += 1
    if at == len(para) or para[at] != s:
        at = 0  # (not in the list: a scan of it, sorted by start, would not find it either)
    # the sentence before the line: in its paragraph, else the last of the one above
    before = para[at - 1] if at else (art.by_paragraph.get(s.para - 1) or [None])[-1]
    issuer = introduced_issuer(art.text, s, before)
    if issuer is None:
        return None
    below = [art.by_paragraph.get(s.para + n, []) for n in (1, 2)]
    para = text_paragraph(art.text, below)
    if not para:
        return None
    a, b = para[0].start, para[-1].end
    q = art.in_quote(a)
    gist = summarised(art.text, s)
    if q is not None:
        pieces = [] if art.is_claimed(q.start) else list(q.pieces)
    elif find_cues(art.text, a, b) and not gist:
        # "The ministry strongly condemns ...": its own verb tells whose (not in a gist of
        # X's remarks: "1. The Government of Japan appreciates ..." is X speaking for it)
        return None
    else:
        pieces = [strip_span(art.text, a, b)]
    if not pieces or any(art.claimed.overlaps(a, b) for a, b in pieces):
        return None
    art.claim(pieces)
    # (a summary's points are reported speech; a text reprinted is the words as given)
    return Draft(pieces, issuer, s.start, None, s, verbatim=not gist)


# "Michelle Rowland:" alone on a line, the words below: a live blog quoting someone; "Wong:"
# by the surname, once the blog has named her in full
_NAME_LINE = re.compile(r"(?P<name>[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3})[ \t]*:")


def _name_line(art: ArticleReading, s: Sentence) -> SpeakerPhrase | None:
    """The person a paragraph of nothing but a name and a colon names: the one whose words
    the next paragraph quotes (a live blog's way of setting off a quote), unless that
    paragraph is another such line or a question (then the one named asks)."""
    line = art.text[s.start : s.end].strip()
    m = _NAME_LINE.fullmatch(line)
    if m is None or len(art.by_paragraph.get(s.para, [])) != 1:
        return None
    nxt = art.by_paragraph.get(s.para + 1, [])
    if not nxt:
        return None
    below = art.text[nxt[0].start : nxt[-1].end].strip()
    if _NAME_LINE.fullmatch(below) or below.endswith("?"):
        return None
    name = m["name"]
    if " " not in name:
        # "Wong:": the one person named in full with that surname above the line
        full = re.compile(r"\b(?:[A-Z][\w'\u2019-]+ ){1,2}" + re.escape(name) + r"\b")
        named = {f.group() for f in full.finditer(art.text, 0, s.start)}
        found_full = [p for p in map(person, named) if p is not None]
        if len({p.name for p in found_full}) != 1:
            return None
        name = found_full[0].name or name
    found = person(name)
    if found is None or found.role or len((found.name or "").split()) < 2:
        return None
    return found


# "Quotes attributable to Minister for Foreign Affairs, Senator the Hon X:", "Quote from the
# Minister for Trade, X:": a release's heading over the quotations of the one it names
_ATTRIBUTED_LINE = re.compile(
    r"(?:Quotes?|Comments?|Remarks?|Statement)\s+(?:attributable\s+to|attributed\s+to|from)\s+"
    r"(?P<np>[^\n:]{3,160}):"
)


# "JOHN SMITH, Foreign Minister, in Brussels:", "Mary Jones, Prime Minister, on X:": a
# round-up's heading, a name and its post (and where or how the words came), over the
# quotation the one it names gave
# (capitalised words, the small words that join them and the words of the post, "CDU
# leader", "outgoing chancellor": no verb, "made the following remarks:", nor a time, "this
# morning", which tell of words announced, not a heading)
_NAMED_POST_LINE = re.compile(r"(?P<np>[A-Z][^\n:,]{2,60},[^\n:]{2,160}):")
_HEADING_SMALL_WORDS = frozenset(
    ("of", "for", "and", "the", "in", "on", "at", "to", "via", "de", "von", "der", "van", "al")
)
# "Rafael Grossi, IAEA director general", "UK Foreign Secretary David Lammy": a "What they
# said" box's heading with no colon, a name and its post alone over the quotation; taken
# only when the quotation is the whole paragraph below (a byline, "By Jane Roe, Reporter",
# is none)
# ("U.N. SECRETARY-GENERAL ANTONIO GUTERRES": the stops of a body's initials end nothing)
_NAMED_POST_BARE = re.compile(
    r"(?!By\s)(?P<np>[A-Z](?:[^\n:;.!?\"\u201c\u201d]|(?<=\b[A-Z])\.(?=[A-Z\s])){5,120})"
)
# "CHINA'S COMMERCE MINISTRY, IN A STATEMENT:", "NETANYAHU'S OFFICE": a round-up's heading
# naming a body, and how its words came, over the quotation of its statement
_HOW_THE_WORDS_CAME = re.compile(
    r",\s*(?:in|on|to|at|via|through)\s+(?:an?\s+|the\s+|its\s+)?[^,\n]{2,60}$", re.I
)
_SHOUTED_POSSESSIVE = re.compile(r"['\u2019]S\b")
_POST_HEADING_WORDS = 8
# a quotation whose last sentence closes inside it ('"... with us."'), not one a comma hands
# to an attribution after it ('"...," X told reporters')
_CLOSED_QUOTE = re.compile(r".*[.!?\u2026][\"\u201d\u2019']?", re.S)


def _quotes_attributed(art: ArticleReading, s: Sentence) -> SpeakerPhrase | None:
    """The person a release's "Quotes attributable to X:" line, or a round-up's "NAME,
    post:" heading (or a box's "Name, post" with no colon), names, when a quotation opens
    the paragraph below it (for the heading, a quotation with no attribution of its own
    after it)."""
    line = art.text[s.start : s.end].strip()
    m = _ATTRIBUTED_LINE.fullmatch(line)
    heading = _NAMED_POST_LINE.fullmatch(line) if m is None else None
    bare = None
    if m is None and heading is None and len(line.split()) <= _POST_HEADING_WORDS:
        # ("EGYPT'S FOREIGN MINISTRY:": a factbox's heading in capitals may end in a colon)
        bare = _NAMED_POST_BARE.fullmatch(line.removesuffix(":") if line.isupper() else line)
    heading = heading or bare
    if (m is None and heading is None) or len(art.by_paragraph.get(s.para, [])) != 1:
        return None
    nxt = art.by_paragraph.get(s.para + 1, [])
    quote = art.in_quote(nxt[0].start) if nxt else None
    if quote is None:
        return None
    if heading is not None:
        if len(quote.pieces) != 1 or not _CLOSED_QUOTE.fullmatch(art.text, *quote.outer):
            return None
        if bare is not None and not _quote_paragraph(art, quote):
            return None
        found = person(heading["np"])
        if found is None and m is None:
            return _body_heading(heading["np"], bare is not None)
        if found is None or not found.role or len((found.name or "").split()) < 2:
            return None
        post = set(re.findall(r"[\w'-]+", found.role.lower()))
        if any(
            w.islower() and w not in _HEADING_SMALL_WORDS and w not in post
            for w in re.findall(r"[\w'-]+", line)
        ):
            return None
        return found
    found = parse_speaker(m["np"])
    return found if found is not None and found.kind == "person" else None


# "- French President Emmanuel Macron: France stands ready to help ...", "* Friedrich
# Merz, German chancellor: Germany welcomes ...": a round-up's list, an item a line, each a
# leader named with their post and, after the colon, the gist of what they said
_LISTED_GIST = re.compile(
    r"[ \t]*[-\u2022\u2013*][ \t]+(?P<who>[A-Z][^:\n\"\u201c\u201d]{4,100}?):[ \t]+"
    r"(?=[A-Z][^\n\"\u201c]{20,}[.!]$)",
    re.M,
)


def _listed_gist(art: ArticleReading, s: Sentence) -> Draft | None:
    """The list item opening at ``s``, when it names a person by post and name (or a body)
    before its colon and gives their words unquoted: the one named says the rest of the
    line."""
    line_end = art.text.find("\n", s.start)
    line_end = len(art.text) if line_end < 0 else line_end
    m = _LISTED_GIST.match(art.text, art.text.rfind("\n", 0, s.start) + 1, line_end)
    if m is None or m.end() > s.end:
        return None
    who = person(m["who"]) or _body_heading(m["who"], bare=False)
    if who is None or (who.kind == "person" and (not who.role or " " not in (who.name or ""))):
        return None
    a, b = strip_span(art.text, m.end(), line_end)
    if art.is_claimed(a):
        return None
    return Draft([(a, b)], who, m.start("who"), None, s)


def _body_heading(np: str, bare: bool) -> SpeakerPhrase | None:
    """The body a round-up's heading names over its quoted statement ("CHINA'S COMMERCE
    MINISTRY, IN A STATEMENT:", "ISRAELI PRIME MINISTER'S OFFICE"); a heading with no colon
    only in capitals, as a factbox sets it (a line of a story's own is no heading). A state's
    name alone heads a section of the round-up, never a statement."""
    name = _HOW_THE_WORDS_CAME.sub("", np.strip()).strip()
    if (bare and not name.isupper()) or find_cues(name.lower(), 0, len(name)):
        return None  # "THE MINISTRY SAID:": a sentence's own attribution, no heading
    name = _SHOUTED_POSSESSIVE.sub("'s", title_case(name)) if name.isupper() else name
    found = parse_speaker(name)
    if found is None or found.kind != "institution" or not found.name:
        return None
    words = {w.lower() for w in found.name.split()}
    return replace(found, text=found.name) if words & ORG_HEADS else None


def _past_marker(text: str, pos: int) -> int:
    """Where a list item's words start, past its "1." or bullet."""
    m = _LIST_ITEM.match(text, pos)
    return m.end() if m else pos


def _turn_drafts(art: ArticleReading, transcript: Transcript) -> list[Draft]:
    """A transcript's turns: each a direct statement of the one answering."""
    out = []
    nested = sorted(transcript.narrative)
    nested_starts = [a for a, _ in nested]
    for t in transcript.turns:
        start, sent = t.start, art.sentence_at(t.start)
        if sent is None:
            # "VIENNA, 4 March 2024 - The Chairpersonship ...": a release's dateline opens the
            # page's one turn; its words start past it
            after = art.sentences_from(t.start, 1)
            if not after or after[0].start >= t.end:
                continue
            start, sent = after[0].start, after[0]
        # a turn that opens on news it relays ("Deputy Minister X spoke about this
        # yesterday, and he said ...") names its speaker in the label before it, not at the
        # first name of the news, which stays the news's subject for its "he"
        at = start - 1 if start in nested_starts and start > 0 else start
        out.append(Draft([(start, t.end)], t.speaker, at, None, sent, turn=True))
        art.claim(_outside(nested, nested_starts, start, t.end))
    return out


def own_words(
    drafts: list[Draft],
    transcript: Transcript | None,
    pieces_of: Callable[[Draft], list[tuple[int, int]]] = lambda d: d.pieces,
) -> list[tuple[int, int]]:
    """The spans the drafts' speakers said themselves (``pieces_of`` a draft, by default all
    its pieces): a turn less the news it relays ("... Minister X spoke about this yesterday,
    and he said that ..."), whose names stay in sight for the news's "he" and "she"."""
    nested = sorted(transcript.narrative) if transcript is not None else []
    starts = [a for a, _ in nested]
    said = []
    for d in drafts:
        if d.turn and nested:
            said += [p for a, b in d.pieces for p in _outside(nested, starts, a, b)]
        else:
            said += pieces_of(d)
    return said


def _outside(
    nested: list[tuple[int, int]], starts: list[int], start: int, end: int
) -> list[tuple[int, int]]:
    """The parts of ``start``-``end`` outside the sorted spans ``nested``: a briefer's
    announcement keeps the words it relays free for the news read inside it."""
    pieces = []
    at = start
    i = bisect.bisect_left(starts, start)
    while i < len(nested) and nested[i][0] < end:
        a, b = nested[i]
        if a > at:
            pieces.append((at, a))
        at = max(at, b)
        i += 1
    if at < end:
        pieces.append((at, end))
    return pieces


# (a low quote mark "\u201e" closes with "\u201c": ".\u201c" ends a sentence too)
_FINISHED = re.compile(
    r"(?:[.!?\u2026:;][\"'\u201d\u2019\u00bb\u201c)\]]*|[\"\u201d\u00bb])[^\w\"\u201c\u201d]{0,3}$"
)
# "... this incident.-VNA", "... corridors.(AP) RUP": the agency's sign-off ending the text
# (on a caption's line, "..., March 2, 2021. /Xinhua" credits a photo)
# (or "... refugees. (end) asn.gta": the wire's end mark, the desk's initials: the story is
# whole)
_SIGNED_OFF = re.compile(r"[.!?][\"'\u201d\u2019)]*" + SIGN_OFF_TAIL)
_HEADLINE_WORDS = 20
# a finished sentence before, on the same line: its stop and the space after it
_PROSE_BEFORE = re.compile(r"\w[.!?][\"'\u201d\u2019)]*\s+$")
# '"...," he added', '"...?" X asked': a closed quotation, then its speaker and a verb of
# saying in the past, to the end of the line
_QUOTE_THEN_SAID_AT_END = re.compile(
    r"[,!?][\"\u201d]\s+(?:[\w.'\u2019-]+\s+){1,4}"
    r"(?:said|added|told\s+[\w.'\u2019-]+|asked|noted|stressed|explained|stated|warned|insisted)"
    r"[ \t]*$",
    re.M,
)
# a verb of saying in the past tense, which prose uses and a headline does not
_SAID_IN_THE_PAST = re.compile(r"\b(?:said|told)\b")
_NOT_SPACE = re.compile(r"\S")


def unfinished(text: str, s: Sentence) -> bool:
    """A line that does not end a sentence: a heading, a caption or a link's title (short),
    or the last words of a text cut off mid-sentence. Its words are not a statement anyone
    made."""
    line_end = paragraph_end(text, s.start)
    if s.end < line_end - 1 and _NOT_SPACE.search(text, s.end, line_end):
        return False  # another sentence follows on the line
    if _FINISHED.search(text[s.start : line_end].rstrip()):
        return False
    line_start = text.rfind("\n", 0, s.start) + 1
    if (
        _PROSE_BEFORE.search(text, line_start, s.start)
        and _QUOTE_THEN_SAID_AT_END.search(text, s.start, line_end)
        and not credited(text[line_start:line_end])
    ):
        # '... Maas said. "We must act again," he added': a quotation and its attribution
        # after a finished sentence of the same paragraph have lost only their stop; a
        # heading or a link's title is a line of its own, and a photo's caption ("Photo:
        # X at the station. "Welcome," the mayor said") may hold sentences and stays one
        return False
    if _LIST_ITEM.match(text, s.start) and _SAID_IN_THE_PAST.search(text, s.start, line_end):
        # "- The base will not be used for attacks, he told reporters": a recap's point left
        # without its stop (a list of headlines puts its verbs in the present: "X says ...")
        return False
    last_line = line_end >= len(text.rstrip())
    if last_line and _SIGNED_OFF.search(text[s.start : line_end].rstrip()):
        return False
    return last_line or words_in(text[s.start : line_end]) <= _HEADLINE_WORDS


def said_part(text: str, s: Sentence) -> Sentence | None:
    """The part of sentence ``s`` whose words may be a statement: all of it; the part before
    the cut when the text ends inside a quotation; None for a heading, a caption or a line
    cut off mid-sentence."""
    return _finished_part(text, s) if unfinished(text, s) else s


def _finished_part(text: str, s: Sentence) -> Sentence | None:
    """The part of a text's last sentence up to its last full stop, when the text is cut off
    inside a quotation that had finished sentences ('X said, "The deal is flawed. He has
    directed us to fix it and if we c'): the words said before the cut; None for a heading,
    a caption or a cut with no finished sentence."""
    if paragraph_end(text, s.start) < len(text.rstrip()):
        return None  # not the text's last line
    stops = list(_STOP_INSIDE.finditer(text, s.start, s.end))
    if not stops or words_in(text[s.start : stops[-1].end()]) < _CUT_QUOTE_WORDS:
        return _said_before_the_cut(text, s)
    opened = (
        text.rfind("\u201c", s.start, stops[-1].start()) >= 0
        or text.count('"', s.start, stops[-1].start()) % 2 == 1
    )
    return Sentence(s.start, stops[-1].end(), s.para) if opened else None


_STOP_INSIDE = re.compile(r"[.!?](?=\s+[A-Z\u201c\"])")
# '"This meeting was timely," X told the lawmakers, explai': a quotation that opens the
# sentence and closes, its attribution after it, then the comma before the cut words
_QUOTE_CLOSED_THEN_SAID = re.compile(
    r"\s*[\"\u201c](?P<words>[^\"\u201c\u201d]{8,})[,.!?]?[\"\u201d][,]?\s+"
    r"(?P<said>[^\"\u201c\u201d,]{3,120}),\s(?![\"\u201c])"
)
# 'X said that Y was influenced by Z — further adding that it was a "great advant': the
# clause before the participle of saying that the cut falls in is finished
_THEN_ADDING = re.compile(
    r"(?:\s+[\u2014\u2013-]+|,)\s+(?:(?:further|also|and|while)\s+)?(?:adding|noting|saying|"
    r"stressing|explaining|emphasi[sz]ing|underlining|insisting|warning|arguing|stating)\b"
)


def _said_before_the_cut(text: str, s: Sentence) -> Sentence | None:
    """The words before a text's last sentence is cut, when they make a finished statement:
    a quotation with its attribution before the comma that the cut words follow, or a
    clause of saying before the participle ("further adding that ...") the cut falls in."""
    quoted = _QUOTE_CLOSED_THEN_SAID.match(text, s.start, s.end)
    said = quoted is not None and _SAID_IN_THE_PAST_OR_NOW.search(quoted["said"])
    end = quoted.end() - 2 if said else -1
    adding = list(_THEN_ADDING.finditer(text, max(s.start, end), s.end))
    clauses = (
        list(_CLAUSE_OF_SAYING.finditer(text, max(s.start, end), adding[-1].start()))
        if adding
        else []
    )
    # (a participle set into the reported clause before its verb is no end of it: "said
    # that the EU, saying it wanted peace, was in fact arming Kyiv and prolonging the")
    if clauses and _FINITE_VERB.search(text, clauses[-1].end() - 1, adding[-1].start()):
        # ('"...," he told ERR News, adding that ... — further noting that the iss': the
        # quotation and the clause its participle adds, both finished)
        end = adding[-1].start()
    joined = list(_THEN_NEW_SUBJECT.finditer(text, max(s.start, end), s.end)) if end < 0 else []
    # ('X on Wednesday called Y a "dictator", after a day earlier accusing Kyiv of having "s':
    # an adverbial clause set off after the finished one, the cut falling in it)
    # (not in a relative clause's naming: 'The talks, which X called "useful", after ...')
    # (nor after words reported with their clause: in 'X said Moscow would "not
    # negotiate", as long as Kyiv ...' the cut clause may be part of what was said)
    if not joined and end < 0 and not _RELATIVE_WORD.search(text, s.start, s.end):
        joined = [
            m
            for m in _THEN_ADVERBIAL_CLAUSE.finditer(text, s.start, s.end)
            if not _REPORTING_VERB.search(text, s.start, m.start())
        ]
    # (a comma inside the quotation's closing mark: '"total victory," but Hamas officials')
    before = joined[-1].start() + 1 + len(joined[-1]["close"]) if joined else -1
    if (
        joined
        and _quote_closed(text[s.start : before])
        and any(c.start < before for c in find_cues(text, s.start, before))
    ):
        # ('X has rejected ending the war until Israel achieves "total victory", and President
        # Biden has withheld pressing Israel int': a clause of its own, its subject named,
        # joined after a finished one whose quotation has closed; the cut falls in the second)
        end = before
    return Sentence(s.start, end, s.para) if end > s.start else None


# ", and President Biden has withheld", "; but the Kremlin said": a second clause joined, its
# own subject a name or a title, its verb finite
_THEN_NEW_SUBJECT = re.compile(
    r"[,;](?P<close>[\"\u201d]?)\s+(?:and|but|while|whereas)\s+(?:(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){1,4}"
    # ("while US officials have pressed", "but Hamas officials insisted": a lower-case head
    # after the capitalised words; "and the army said": a body's noun with a verb of saying)
    r"(?:[a-z]+\s+)?(?:(?:has|have|had|was|were|is|are|said|says|told)\b|[a-z]{3,}ed\b)"
    r"|the\s+[a-z]+\s+(?:said|says|told)\b)"
)

# ', after a day earlier accusing', '", as talks resumed': a clause of when or why set off by
# its comma after the clause of saying (its quotation closed before it)
_THEN_ADVERBIAL_CLAUSE = re.compile(
    r"[,;](?P<close>[\"\u201d]?)\s+(?:after|before|when|since|following|amid|despite|"
    # ("as well as fuel", "as long as Kyiv refused": a coordination or a condition, no clause
    # of its own)
    r"as(?!\s+(?:well|long|soon|much|far|if|though|many|few|good|part)\b))\s"
)
# a verb that reports words with their clause ("said Moscow would ...", "told reporters
# the talks ..."): a clause set off after it may still be part of the words
_REPORTING_VERB = re.compile(
    r"\b(?:said|says|told|tells|added|noted|stressed|explained|stated|emphasi[sz]ed|argued|"
    r"warned|insisted|claimed|announced|wrote|declared|asserted)\b"
)

_RELATIVE_WORD = re.compile(r"\b(?:which|who|whom|whose|what)\b")


def _quote_closed(part: str) -> bool:
    """Whether ``part`` holds a quotation and ends outside any."""
    curly = part.count("\u201c")
    straight = part.count('"')
    if curly + straight == 0:
        return False
    return curly == part.count("\u201d") and straight % 2 == 0


_SAID_IN_THE_PAST_OR_NOW = re.compile(
    r"\b(?:said|says|told|tells|added|noted|stressed|explained|stated|emphasi[sz]ed)\b"
)
# "X said that", "X also noted that": a verb of saying with its clause opened
_CLAUSE_OF_SAYING = re.compile(
    r"\b(?:said|told\s+[^,.;:]{1,40}?|noted|stressed|stated|added|explained|emphasi[sz]ed|"
    r"argued|warned|insisted|adding|noting|stressing|saying)\s+that\s+\S"
)
# a finite verb of the reported clause: an auxiliary, a past in -ed, a common irregular past
_FINITE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|shall|should|can|could|may|might|must|"
    r"does|do|did|[a-z]{2,}ed|took|made|gave|saw|knew|thought|sought|brought|kept|held|left|"
    r"meant|felt|found|got|went|came|became|told|said|won|lost|ran|spoke|stood|began|"
    r"remains|wants|needs|seeks|plans|hopes|believes|intends)\b"
)
_CUT_QUOTE_WORDS = 8  # a finished sentence said before the cut, not a heading


def _repeated(art: ArticleReading, s: Sentence, seen: set[str], front: int = 0) -> bool:
    """A sentence printed twice (a caption under two pictures, a paragraph pasted twice)
    reports its statement once. A standfirst above the dateline (before ``front``) that the
    body repeats word for word is not what is kept: the body's copy has the speaker and the
    day around it, and the standfirst is set aside as front matter."""
    words = " ".join(art.text[s.start : s.end].split())
    if words_in(words) < 8:
        return False
    if words in seen:
        return True
    if s.start >= front:
        seen.add(words)
    return False


# a paragraph opened by a question's label ("Q :", "Q:", "Question:"), in a text that also
# labels answers ("A :", "A:", "Answer:")
_QUESTION_LINE = re.compile(r"^[ \t]*(?:Q|Question|QUESTION)[ \t]*[:.][ \t]+\S[^\n]*", re.M)
_ANSWER_LINE = re.compile(r"^[ \t]*(?:A|Answer|ANSWER)[ \t]*[:.][ \t]+\S", re.M)


def _question_paragraphs(text: str) -> list[tuple[int, int]]:
    if not _ANSWER_LINE.search(text):
        return []
    return [(m.start(), m.end()) for m in _QUESTION_LINE.finditer(text)]


def _past_label(text: str, s: Sentence, allowed: Spans) -> Sentence:
    """ "Press Secretary X: Prime Minister Y said that ...": a turn whose words, from its
    first sentence, are news of what another said; that sentence is read from past the
    label; "we issued a statement in which Y said ...": from past the clause's opening; "As
    we see the rise in X, Mr. Y said ...": from past the briefer's clause put before it."""
    span = allowed.containing(s.end - 1)
    if span is None or not s.start < span[0] < s.end:
        return s
    labelled = text[s.start : span[0]].rstrip().endswith(":")
    if not (
        labelled
        or after_occasion_clause(text, span[0])
        or after_own_fronted(text, s.start, span[0])
    ):
        return s
    return Sentence(span[0], s.end, s.para)


def collect_drafts(art: ArticleReading, transcript: Transcript | None) -> list[Draft]:
    drafts = _turn_drafts(art, transcript) if transcript else []
    allowed = Spans(transcript.narrative if transcript else [(0, len(art.text))])
    # "Q : X said that France ...": a question put at a briefing whose answers name no one
    # is still a journalist's question, not the reporter's account of what X said
    asked = Spans() if transcript else Spans(_question_paragraphs(art.text))
    seen: set[str] = set()
    dateline = find_dateline(art.text)
    front = dateline.start if dateline else 0
    for whole in art.sents:
        s = said_part(art.text, whole)
        if s is not None and s.start in asked:
            continue
        if transcript is not None and s is not None and s.start not in allowed:
            s = _past_label(art.text, s, allowed)
        listed = _listed_gist(art, s) if s is not None and s.start in allowed else None
        if listed is not None:
            # (the line's own clauses, "Germany welcomes ...", are the words listed)
            drafts.append(listed)
            art.claim(listed.pieces)
        elif s is not None and s.start in allowed and not _repeated(art, s, seen, front):
            drafts.extend(art.analyse(s))
            named = _name_line(art, s)
            if named is not None:
                drafts.append(Draft([], named, s.start, None, s, colon_next=True))
            elif (issuer := _quotes_attributed(art, s)) is not None:
                # a release's own quotes: its words on its day, as a transcript's turns
                drafts.append(Draft([], issuer, s.start, None, s, colon_next=True, turn=True))
            elif (reprinted := _text_below(art, s)) is not None:
                drafts.append(reprinted)

        elif (
            s is None
            and whole.start in allowed
            and (issuer := _quotes_attributed(art, whole)) is not None
        ):
            # a box's heading with no stop ("Rafael Grossi, IAEA director general") over
            # the quotation of the one it names
            drafts.append(Draft([], issuer, whole.start, None, whole, colon_next=True, turn=True))
    if transcript is None:
        drafts = _headed_items(art, _own_page(art, drafts))
    for d in drafts:
        _spoken_through(art, d)
    drafts = _pointers_take_over(art, drafts)
    more: list[Draft] = []
    # starts of every draft and piece found, to stop a block at the next attribution (built
    # once, after the first colon draft has taken its content)
    told_at: list[int] = []
    for d in drafts:
        if d.colon_next:
            _colon_content(art, d)
            if not told_at:
                told_at = sorted(
                    [x.subject_pos for x in drafts] + [a for x in drafts for a, _ in x.pieces]
                )
            more += _colon_paragraphs_below(art, d, told_at)
    if more:
        drafts = sorted(drafts + more, key=lambda d: d.pieces[0][0] if d.pieces else d.subject_pos)
    drafts += post_drafts(art, drafts)
    drafts = _nested_in_announced(drafts)
    drafts = _digest_points(art, drafts)
    drafts = _operative_points(art, drafts)
    drafts = _named_in_what(art, drafts)
    for d in drafts:
        _occasion_day_out(art, d)
    return _orphan_quotes(art, [d for d in drafts if d.pieces])


# "..., in what Director General X described as a serious escalation.", "in what Y called a
# deliberate attack", "ended with what Mr. X called", "amid what Sergei V. Lavrov termed": the
# name the speaker gave the event just told, in the reporter's frame. Any preposition opens
# the clause; a dot inside the name is an abbreviation ("Mr.", an initial) before a capital.
# "called for", "called on" ask for something, they name nothing.
_IN_WHAT = re.compile(
    r"\b(?P<prep>[Ii]n|[Ww]ith|[Uu]nder|[Aa]mid(?:st)?|[Oo]n|[Uu]pon|[Ff]or|[Aa]gainst|[Ii]nto"
    r"|[Tt]o|[Oo]f|[Bb]y|[Ff]rom|[Aa]t|[Oo]ver|[Aa]fter|[Dd]espite|[Dd]uring|[Tt]owards?"
    r"|[Aa]bout|[Tt]hrough|[Bb]eyond|[Ll]ike)"
    r" what\s+(?P<who>(?:[Tt]he\s+)?[A-Z](?:[^,;:.!?\"\u201c\u201d\n]|\.(?= [A-Z])){1,100}?)\s+"
    r"(?P<verb>described\s+as|characteri[sz]ed\s+as|called(?!\s+(?:for|on|upon|off|up)\b)"
    r"|termed|dubbed|labell?ed|branded)"
    r"\s+(?=\S)"
)


_CLOSING_MARK = re.compile(r"\s*(?:''|[\"\u201d\u2019'])")


def _name_end(art: ArticleReading, start: int, end: int) -> int:
    """Where the name given after "in what X called" ends: at the sentence's end, or at the
    first comma outside quotation marks or closing them ("Under what X called 'the old
    model,' the club ...", "in what X called a provocation, adding ...")."""
    comma = art.text.find(",", start, end)
    while comma >= 0:
        digits = art.text[comma - 1 : comma + 2]
        if not (digits[:1].isdigit() and digits[2:].isdigit()) and (
            art.in_quote(comma) is None or _CLOSING_MARK.match(art.text, comma + 1)
        ):
            return comma
        comma = art.text.find(",", comma + 1, end)
    return end


def _named_in_what(art: ArticleReading, drafts: list[Draft]) -> list[Draft]:
    """The speaker's name for an event the sentence tells, set after "in what X called":
    the words from after the verb to the sentence's end are X's, not the event told before
    (which a draft of X may have taken for what X said)."""
    text = art.text
    for m in _IN_WHAT.finditer(text):
        sentence = art.sentence_at(m.start())
        who = parse_speaker(m["who"])
        if sentence is None or who is None or who.kind not in ("person", "institution"):
            continue
        a, b = strip_span(text, m.end(), _name_end(art, m.end(), sentence.end))
        quoted = art.in_quote(a)
        if quoted is not None and quoted.outer[0] == a and quoted.outer[1] > b:
            a = quoted.start  # ('called "the old model," the club ...': the words, no mark)
        if b <= a or any(a < p[1] and p[0] < b for d in drafts for p in d.pieces if d.cue):
            continue  # (words some cue already gives to a speaker)
        verb = m["verb"].split()[0]
        cue = Cue(m.start("verb"), m.start("verb") + len(verb), verb, "describe")
        # (a draft that read the event told as X's words, X named in "in what X ...")
        drafts = [
            d
            for d in drafts
            if not (sentence.start <= d.subject_pos < m.end() and m.start("who") <= d.subject_pos)
        ]
        drafts.append(
            Draft([(a, b)], who, m.start("who"), cue, sentence, frame=[m.span()], frame_only=True)
        )
        art.claim([(a, b)])
    return drafts


class _DraftsAlong:
    """The drafts whose words overlap each paragraph, asked of paragraphs in the order of the
    text: each piece is taken in once and dropped once the paragraphs have passed it, so a
    page of many paragraphs and drafts is read in one pass (not every draft per paragraph)."""

    def __init__(self, drafts: list[Draft]) -> None:
        self.pieces = sorted(
            ((x, y, n) for n, d in enumerate(drafts) for x, y in d.pieces), key=lambda p: p[0]
        )
        self.drafts = drafts
        self.next = 0  # the first piece not yet taken in
        self.open: list[tuple[int, int, int]] = []  # pieces taken in, by their end
        self.dropped: set[int] = set()  # drafts given way to the page's own words
        self.index = {id(d): n for n, d in enumerate(drafts)}

    def inside(self, a: int, b: int) -> list[Draft]:
        """The drafts not dropped with a piece inside ``a``-``b`` (asked in the text's
        order)."""
        while self.next < len(self.pieces) and self.pieces[self.next][0] < b:
            x, y, n = self.pieces[self.next]
            heapq.heappush(self.open, (y, x, n))
            self.next += 1
        while self.open and self.open[0][0] <= a:
            heapq.heappop(self.open)
        return [self.drafts[n] for n in sorted({n for _, _, n in self.open} - self.dropped)]

    def drop(self, inside: list[Draft]) -> None:
        """Take ``inside`` (drafts this reader gave) out of the drafts kept."""
        self.dropped.update(self.index[id(d)] for d in inside)

    def kept(self) -> list[Draft]:
        """The drafts not dropped, in their order."""
        return [d for n, d in enumerate(self.drafts) if n not in self.dropped]


def _own_page(art: ArticleReading, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with a body's own statement page read (see statement_page): each paragraph
    below its header with no quotation is the body's words when it has no verb of saying and
    no statement of its own, or when it opens with the state the body speaks for (whose
    statement, read as the state's, it replaces)."""
    page = statement_page(art.text)
    if page is None:
        document = issued_document(art.text)
        if document is not None:
            return _issued_document(art, drafts, *document)
        listing = statements_list(art.text)
        return drafts if listing is None else _statements_list(art, drafts, *listing)
    issuer, start = page
    out = []
    along = _DraftsAlong(drafts)
    begun = False  # the text below the header has begun
    for _, sents in sorted(art.by_paragraph.items()):
        if sents[0].start < start:
            continue
        if FOOTER.match(art.text, sents[0].start):
            if begun:
                break
            continue  # "Share", "Print" under the title: the bar of links above the text
        if not art.text[sents[0].start : sents[-1].end].rstrip().endswith("."):
            continue  # a title, a date line: no sentence ends
        begun = True
        a, b = strip_span(art.text, sents[0].start, sents[-1].end)
        if art.quotes_in(a, b) or _tells_event(art, a, sents):
            continue  # (a meeting its minister held: the page's report, no words of its own)
        inside = along.inside(a, b)
        if opens_with_state(art.text, a):
            along.drop(inside)
        elif inside or find_cues(art.text, a, b) or art.claimed.overlaps(a, b):
            continue
        art.claim([(a, b)])
        out.append(Draft([(a, b)], issuer, a, None, sents[0], verbatim=True))
    return sorted(along.kept() + out, key=lambda d: d.sentence.start)


def _headed_items(art: ArticleReading, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each item under its own header read (see statement_page.item_headers):
    each paragraph of prose below the header, to the next line that closes no sentence (the
    next item's title, a footer), is the words of the person the header names, issued on its
    day; drafts inside it that give the words to the state it speaks as, or to no one, give
    way ("The United States condemns ..."), as do no others (another's words told)."""
    headers = item_headers(art.text)
    if not headers:
        return drafts
    out = []
    along = _DraftsAlong(drafts)
    paragraphs = sorted(art.by_paragraph.items())
    at = 0  # the first paragraph not yet passed
    for issuer, day, start in headers:
        while at < len(paragraphs) and paragraphs[at][1][0].start < start:
            at += 1
        for _, sents in paragraphs[at:]:
            whole = art.text[sents[0].start : sents[-1].end].rstrip()
            if FOOTER.match(art.text, sents[0].start) or not whole.endswith((".", '."', ".\u201d")):
                break  # the item's end: the next title, the page's footer
            a, b = strip_span(art.text, sents[0].start, sents[-1].end)
            inside = along.inside(a, b)
            if any(d.subject is not None and not _the_state(d.subject) for d in inside):
                continue  # (another's words told inside it: read as any story's)
            if not inside and art.claimed.overlaps(a, b):
                continue
            along.drop(inside)
            art.claim([(a, b)])
            out.append(Draft([(a, b)], issuer, a, None, sents[0], turn=True, issued_on=day))
    return sorted(along.kept() + out, key=lambda d: d.sentence.start)


def _the_state(subject: SpeakerPhrase) -> bool:
    """Whether a subject is a state named as a whole ("The United States", "The U.S."): the
    voice an issued statement speaks in, not another speaker."""
    return subject.kind == "institution" and bool(subject.name) and subject.name == subject.country


def _statements_list(
    art: ArticleReading, drafts: list[Draft], title: str, start: int
) -> list[Draft]:
    """``drafts`` with a body's page of its statements read (see statement_page.
    statements_list): each paragraph below the title opening with the body the title names,
    in its own name and in the present ("ASEAN is gravely concerned over ..."), is the body's
    statement, on the day the line alone above it gives; the drafts inside it give way (its
    "denounces" read as a verb of saying, the words after it as said). Other paragraphs are
    left as read."""
    out = []
    along = _DraftsAlong(drafts)
    day = None  # the day the line above the item gives
    for _, sents in sorted(art.by_paragraph.items()):
        if sents[0].start < start:
            continue
        a, b = strip_span(art.text, sents[0].start, sents[-1].end)
        line_day = list_day(art.text[a:b])
        if line_day is not None:
            day = line_day
            continue
        if day is None:
            continue  # (above the first day's line: no item of the list, the page's lead)
        body = body_speaks(art.text, a, title)
        inside = along.inside(a, b)
        if body is None or art.quotes_in(a, b):
            continue
        if any(d.subject is not None and d.subject.name != body.name for d in inside):
            continue  # (another's words told inside it: read as any story's)
        along.drop(inside)
        art.claim([(a, b)])
        out.append(Draft([(a, b)], body, a, None, sents[0], verbatim=True, issued_on=day))
    return sorted(along.kept() + out, key=lambda d: d.sentence.start)


def _tells_event(
    art: ArticleReading, a: int, sents: list[Sentence], first_person: bool = False
) -> bool:
    """Whether a paragraph of a body's own page, at ``a``, opens by telling of a meeting or
    visit its minister held ("The Minister travelled to Kyiv, where she met ..."): the page's
    report of an event, no words of its own (both readers of a body's page skip it).
    ``first_person``: a sentence in the issuer's first person ("On Saturday, I returned from
    Tehran where I held talks ...", a speech) tells its own and is kept."""
    if first_person and _ISSUER_FIRST_PERSON.search(art.text, a, sents[0].end):
        return False
    return tells_meeting(art.text, a, sents[0].end)


# the issuer's first person, telling of its own meeting (not the colon block's
# quotes.FIRST_PERSON, which keeps "us" and the Roman numeral's guard)
_ISSUER_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our)\b")


# the issuer's own speech act opening a sentence: "We strongly condemn ...", "On this
# occasion, we would like to emphasize ...", "I would like to welcome ..." (the state it
# speaks for, "France reaffirms ...", is read by opens_with_state)
_ISSUER_SUBJECT = re.compile(
    r"(?:(?:On\s+this\s+occasion|In\s+this\s+(?:regard|context)|At\s+the\s+same\s+time|Once\s+again|"
    r"Today|Therefore|Finally|Moreover|Furthermore|Also|Again),?\s+)?(?:We|we|I)\s+"
)
# the words between that subject and its verb of saying: "would like to", "once again",
# "strongly", "also"
_TO_THE_VERB = re.compile(r"(?:(?:would|wish|want|must|also|once|again|to|like|[a-z]+ly)\s+){0,4}")


def _issuer_act(art: ArticleReading, start: int, end: int) -> bool:
    """Whether the sentence at ``start`` opens with the issuer's own act of saying: its
    first person or its state, then a verb of saying ("We strongly condemn ...")."""
    m = _ISSUER_SUBJECT.match(art.text, start, end)
    if m is not None:
        at = _TO_THE_VERB.match(art.text, m.end(), end).end()
        cues = find_cues(art.text, at, min(end, at + 30))
        if cues:
            return cues[0].start == at
        # "we underline that ...", "We call on ...": the verb as the first person says it,
        # whose third person ("underlines", "calls on") is the verb of saying
        verb = re.match(r"[a-z]+", art.text[at : min(end, at + 30)])
        if verb is None:
            return False
        third_person = verb[0] + ("es" if verb[0].endswith(("s", "sh", "ch")) else "s")
        third_person += art.text[at + len(verb[0]) : min(end, at + 30)]
        cues = find_cues(third_person, 0, len(third_person))
        return bool(cues) and cues[0].start == 0
    if not opens_with_state(art.text, start):
        return False
    cues = find_cues(art.text, start, min(end, start + 60))
    return bool(cues) and not re.search(r"[,;:]", art.text[start : cues[0].start])


# the issuer's act whose object points back at the sentence before ("France condemns this
# policy ...", "We deplore these acts", "Italy strongly rejects such claims"): the stand
# taken on what was just told, the same point
# ("France condemns this morning's strike": "this" of a time names a new thing, no pointer)
_POINTS_BACK = re.compile(
    r"(?:We|I|[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})"
    r"(?:\s+(?:also|again|once\s+again|[a-z]+ly))*\s+[a-z]+\s+(?:this|these|such|those)\b"
    r"(?!\s+(?:morning|afternoon|evening|night|week|weekend|month|year|spring|summer|autumn|"
    r"fall|winter|past|last|latest)\b)"
)


def _issued_document(
    art: ArticleReading, drafts: list[Draft], issuer: SpeakerPhrase, start: int
) -> list[Draft]:
    """``drafts`` with a document in its issuer's own voice read (see issued_document):
    each paragraph of prose below its title is the issuer's words, split where a sentence
    opens with the issuer's own act of saying ("We strongly condemn ..."). A paragraph that
    gives words to another (a draft inside whose speaker is someone else) is left as read; a
    draft of the issuer's state or with no speaker ("France condemns ...") gives way."""
    out = []
    along = _DraftsAlong(drafts)
    last = max(art.by_paragraph) if art.by_paragraph else -1
    day = None  # the day the item's heading above gives
    chrome = 0  # lines of no prose in a row since the last paragraph
    asked = False  # a journalist's question stood above: its answer follows
    answer: Draft | None = None  # the answer read so far, its paragraphs one turn
    for n, sents in sorted(art.by_paragraph.items()):
        if sents[0].start < start:
            continue
        if FOOTER.match(art.text, sents[0].start) or (out and chrome >= 2):
            if out:
                break  # the page's lines after the document: its contacts, menus, notices
            continue
        whole = art.text[sents[0].start : sents[-1].end].rstrip()
        if whole.endswith("?") or _QUESTION_PUT.match(whole):
            # a question put: the answer below is the briefing's, on its day, one turn
            day, chrome, answer = None, 0, None
            asked = True
            continue
        if n == last and not whole.endswith("."):
            sents = sents[:-1]  # a sentence cut by the end of the excerpt is no statement
        if not sents or not art.text[sents[0].start : sents[-1].end].rstrip().endswith("."):
            # (a heading with no day of its own, "Iran - Execution of a protester", begins an
            # item of the page's day, not of the item's above)
            day = heading_day(whole)
            chrome += 1
            asked, answer = False, None
            continue  # a title, a date line: no sentence of prose ends
        chrome = 0
        a, b = strip_span(art.text, sents[0].start, sents[-1].end)
        if not asked and _tells_event(art, a, sents, first_person=True):
            continue  # ("The Minister travelled to Kyiv, where she met ...": the page's report)
        inside = along.inside(a, b)
        if any(
            d.subject is not None and not opens_with_state(art.text, d.subject_pos) for d in inside
        ):
            # (another's words told: "The Minister said ...", 'As X put it, "..."'; a quoted
            # title or phrase that no one is given is the issuer's own)
            continue
        if not inside and art.claimed.overlaps(a, b):
            continue
        along.drop(inside)
        if asked and answer is not None:
            # the answer goes on in a paragraph of its own: the same turn
            answer.pieces = [(answer.pieces[0][0], b)]
            art.claim([(a, b)])
            continue
        if asked:
            answer = Draft([(a, b)], issuer, a, None, sents[0], turn=True)
            art.claim([(a, b)])
            out.append(answer)
            continue
        cuts = [s for s in sents[1:] if _issuer_act(art, s.start, s.end)]
        if cuts and (
            out
            or (
                _POINTS_BACK.match(art.text, cuts[0].start, cuts[0].end)
                and not _issuer_act(art, sents[0].start, sents[0].end)
            )
        ):
            # ("These violations are unacceptable. France reaffirms ...": the words before
            # the paragraph's first act lead to it; only the document's opening is a point of
            # its own before any, unless the act takes up the fact it opened on: "Two years
            # ago today, X was arrested. France condemns this policy ..."; after an act of
            # its own, "France welcomes ... France condemns ...", the next act is a stand of
            # its own)
            cuts = cuts[1:]
        bounds = [sents[0], *cuts]
        for k, s in enumerate(bounds):
            stop = bounds[k + 1].start if k + 1 < len(bounds) else b
            x, y = strip_span(art.text, s.start, stop)
            art.claim([(x, y)])
            out.append(Draft([(x, y)], issuer, x, None, s, turn=True, issued_on=day))
    return sorted(along.kept() + out, key=lambda d: d.sentence.start)


# a journalist's question on a briefing's page, whatever its last character: "Q - According
# to the Iranian press, ... last week." (its question mark in the paragraph below), "Q:",
# "Question:"
_QUESTION_PUT = re.compile(r"(?:Q|Question)\s*[-:\u2013\u2014]\s")


# "The junta said on Wednesday through its spokesperson, Colonel X, that ...": the body's
# words came from the one it spoke through, named between the verb and the words
_THROUGH_SPOKESPERSON = re.compile(
    r"\bthrough\s+(?:its|his|her|their)\s+(?:official\s+|chief\s+)?"
    r"(?P<post>spokes(?:man|woman|person)|press\s+secretary|press\s+officer),\s+"
    r"(?P<name>[A-Z][^,;:.!?\"\u201c\u201d\n]{2,60}),\s*(?:that\s*)?$"
)


def _spoken_through(art: ArticleReading, d: Draft) -> None:
    """Give ``d`` to the spokesperson named between its verb and its words, with the post
    and the body that spoke through them ("the CNSP said through its spokesperson, X, that
    ...": X's words, as X's spokesperson's)."""
    if d.cue is None or not d.pieces or d.subject is None or d.subject.kind == "person":
        return
    m = _THROUGH_SPOKESPERSON.search(art.text, d.cue.end, d.pieces[0][0])
    named = person(m["name"]) if m else None
    if m is None or named is None or not named.name:
        return
    body = d.subject.name if d.subject.kind == "institution" else None
    d.subject = replace(named, role=named.role or m["post"], institution=body)
    d.subject_pos = m.start("name")


def _pointers_take_over(art: ArticleReading, drafts: list[Draft]) -> list[Draft]:
    """ "The federal government says it will ... . The minister, X, disclosed this on
    Wednesday": a lead giving a body (or a state) the words, and the next sentence naming the
    person who said them; the words, their occasion and day are that person's."""
    for n, d in enumerate(drafts):
        if not d.points_back:
            continue
        before = [p for p in drafts[:n] if p.pieces and p.pieces[-1][1] <= d.sentence.start]
        if not before or before[-1].subject is None or before[-1].subject.kind == "person":
            continue
        lead = before[-1]
        told = art.sentence_at(lead.pieces[-1][1] - 1)
        pointer = art.sentence_at(d.sentence.start)
        if told is None or pointer is None or art.sents.index(pointer) != art.sents.index(told) + 1:
            continue
        if d.cue is not None and d.cue.according:
            # "Dozens of states have pledged money. That is according to X": the whole
            # sentence, its subject too, is X's account
            lead.pieces = quote_pieces(art, *strip_span(art.text, told.start, told.end))
        lead.subject, lead.subject_pos, lead.cue = d.subject, d.subject_pos, d.cue
        lead.sentence, lead.frame, lead.sentence_subject = d.sentence, d.frame, d.sentence_subject
    return [d for d in drafts if not d.points_back]


# verbs whose words are a noun phrase ("stressed Norway's role", "lambasted the press"):
# a day after it and no verb of its own is the day of the saying, not of what was said
_NOUN_OBJECT = frozenset(
    ("criticize", "praise", "appreciate", "welcome", "commend", "hail", "express", "reaffirm",
     "voice", "thank", "congratulate", "blame", "rule_out", "call_for", "refute", "regret",
     "accuse", "stress", "emphasize", "underline", "highlight", "point_to", "reiterate", "deny",
     "urge", "promise", "confirm", "advise", "defend", "convey")
)  # fmt: skip
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# "... during a live broadcast Wednesday", "... on Wednesday": the occasion and its day
_OCCASION_DAY = re.compile(
    r"\s+(?P<occasion>(?:during|at|in)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:broadcast|interview|briefing|conference|meeting|speech|address|session|appearance|"
    r"debate|hearing|forum|summit|rally|call|statement|remarks|visit)"
    r"(?:\s+(?:to|in)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)?\s+)?"
    rf"(?:(?:(?:late|early)\s+(?:on\s+)?|on\s+)?{_WEEKDAYS}"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b(?!['\u2019]s)"
    # "criticized Japanese leaders this week for making ...": a week, when the reason of the
    # verb ("for" what they did) comes right after it (see _WEEK_OBJECT)
    r"|(?P<week>(?:earlier\s+)?(?:this|last)\s+week)(?=\s+for\s+[a-z]+ing\b))"
)
# the verb's own object right before such a week: people or a body, whose deed the reason
# tells ("Japanese leaders", "Tokyo", "the government"); not a thing ("the talks held this
# week for their tone", "the vote last week of the council"), whose the week may be
_WEEK_OBJECT = re.compile(
    r"(?:[A-Z][\w.'\u2019-]*|(?:[a-z]+\s+)?(?:leaders?|lawmakers?|legislators?|politicians?|"
    r"officials?|ministers?|government|governments|authorities|administration|ministry|"
    r"country|countries|nations?|members?|parties|party|people|activists|opposition|"
    r"counterparts?|allies|neighbou?rs?))\s*$"
)
# the attribution's own day before its verb: "today condemned", "on Friday urged"
_DAY_BEFORE_VERB = re.compile(
    rf"\b(?:today|yesterday|tonight|this (?:morning|afternoon|evening)|on {_WEEKDAYS})\b"
)
# a clause of its own before the day ("condemned the attack that killed five on Monday"):
# the day may be the attack's
_FINITE = re.compile(
    r"\b(?:that|which|who|whom|whose|when|where|is|are|was|were|has|have|had|will|would|could|"
    r"can|should|may|might|must|did|does|do|said|says)\b"
)
_CLAUSE_AFTER = re.compile(
    r"[\s,]*(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must)\b"
)
# "reportedly criticized": an adverb of the verb the words began with
_ADVERB_OF_VERB = re.compile(r"[a-z]{3,}ly\s+")
_OCCASION_GOES_ON = re.compile(r"[\s,]*(?:on|about|with|in|at|to)\b")


def _occasion_day_out(art: ArticleReading, d: Draft) -> None:
    """ "stressed Norway's role ... during a live broadcast Wednesday, ...", "lambasted the
    opposition on Wednesday for ...": the occasion and its day, inside the words a verb with a
    noun phrase for its object took, are where and when it was said; they leave the words."""
    if d.cue is None or d.cue.lemma not in _NOUN_OBJECT or not d.pieces:
        return
    text = art.text
    a, b = d.pieces[0]
    if a < d.cue.start and not _ADVERB_OF_VERB.fullmatch(text, a, d.cue.start):
        return  # "X resigned on Wednesday, the palace confirmed": the day is the words' own
    if _DAY_BEFORE_VERB.search(text, d.sentence.start, d.cue.start):
        return  # "X today condemned the shelling on Wednesday": the shelling's day
    if re.search(r"\bthat\s*$", text[d.cue.end : a]):
        return
    m = _OCCASION_DAY.search(text, a, b)
    if m is not None and art.quotes_in(a, m.end()):
        return  # a day inside a quotation is the speaker's own word
    if m is not None and ISSUED_ON.search(text, max(a, m.start() - 30), m.start() + 1):
        return  # "a statement issued on Friday by ...": the thing's day, part of the words
    if m is None or _FINITE.search(text, a, m.start()) or _CLAUSE_AFTER.match(text, m.end(), b):
        return
    if m["week"] and not _WEEK_OBJECT.search(text, d.cue.end, m.start()):
        return  # ("praised the talks held this week for being frank": the talks' week)
    if d.cue.lemma in ("urge", "advise", "promise") and re.search(
        r"\bto\s+[a-z]+", text[d.cue.end : m.start()]
    ):
        return  # "urged Oslo to attend the talks on Monday": the day may be the talks'
    first = strip_span(text, a, m.start())
    if words_in(text[first[0] : first[1]]) < 2:
        return
    pieces = [first]
    rest = strip_span(text, m.end(), b)
    if (
        words_in(text[rest[0] : rest[1]]) >= 2
        and not (m["occasion"] and _OCCASION_GOES_ON.match(text, m.end(), b))
        # ", officials said": no more of the words (but ", saying ..." goes on with them)
        and (not text.startswith(",", m.end()) or _participle_after(text, m.end(), b))
    ):
        pieces.append(rest)
    d.pieces = pieces + d.pieces[1:]


def bare_day_between(text: str, start: int, end: int) -> bool:
    """Whether ``start``-``end`` holds only a day ("late on Friday", " Wednesday, "): the gap
    ``_occasion_day_out`` left in a statement's words, shown in place when they are printed
    (a reader finds a statement by its first words as written)."""
    m = _OCCASION_DAY.match(text, start, end)
    return m is not None and not m["occasion"] and not text[m.end() : end].strip(" ,")


def _participle_after(text: str, start: int, end: int) -> bool:
    """Whether a participle of saying opens the words after ``start`` (", saying ...",
    ", calling it ..."): the statement goes on past the day in words it joined."""
    cues = find_cues(text, start, end)
    return bool(cues) and cues[0].participle and not text[start : cues[0].start].strip(" ,")


# "The main thing from Maria Zakharova's statements at the briefing:", then a point a line
# ("Here is a selection of Lavrov's comments:", then a quotation under each topic's heading)
_DIGEST_HEADING = re.compile(
    r"^(?:(?:[Tt]he\s+)?(?:[Mm]ain|[Kk]ey)\s+(?:things?|points?|theses)\s+(?:from|of|in)\s+"
    r"|(?:Here\s+(?:is|are)\s+|Below\s+(?:is|are)\s+)?(?:a\s+selection\s+of|some\s+of|"
    r"(?:the\s+)?highlights\s+(?:of|from)|excerpts\s+from|key\s+quotes\s+from)\s+)?"
    r"(?P<who>[A-Z][^\n:]{2,80}?)['\u2019]s?\s+(?:(?:main|key)\s+)?"
    r"(?P<noun>statements|theses|comments|remarks|quotes|answers)"
    r"(?:\s+(?:at|during|in|on)\s+[^\n:]{1,60})?:[ \t]*$",
    re.M,
)
# "TASS has compiled the key statements by the Russian top diplomat.": the lead's last
# sentence over a point a line, under topics' headings ("On Ukraine")
_COMPILED = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:[A-Z][\w.-]*\s+){1,3}(?:has|have)\s+compiled\s+(?:the\s+)?"
    r"(?:main|key)\s+(?P<noun>statements|theses|points)\s+(?:by|of|from)\s+"
    r"(?P<who>[^\n.:]{3,80}?)\.[ \t]*$",
    re.M,
)
# a topic's heading in such a digest: "— On the Iran nuclear deal", "On sanctions"
_TOPIC_LINE = re.compile(r"[ \t]*(?:[\u2014\u2013-][ \t]*)?[A-Z][^\n\"\u201c\u201d]{0,100}$")
_TOPIC_WORDS = 16
_DIGEST_POINTS = 40
_LINE = re.compile(r"[^\n]+")
_POINT_END = re.compile(r"[.;!?][\"'\u201d\u2019]?\s*$")


def _points_of(
    art: ArticleReading,
    drafts: list[Draft],
    points: list[tuple[int, int]],
    who: SpeakerPhrase,
    at: int,
) -> list[Draft]:
    """Each listed point a statement of ``who`` (named at ``at``), in place of whatever the
    sentences read from those lines."""
    inside = Spans(points)
    kept = [d for d in drafts if not d.pieces or d.pieces[0][0] not in inside]
    for a, b in points:
        sentence = art.sentence_at(a)
        if sentence is not None and b > a:
            kept.append(Draft([(a, b)], who, at, None, sentence))
    art.claim(points)
    return kept


def _digest_points(art: ArticleReading, drafts: list[Draft]) -> list[Draft]:
    """A digest of someone's statements, a point a line under a heading that names whose
    they are: each point is a statement of that person, whatever its own words name
    ("Russia warns the United States ..." is the spokeswoman's point)."""
    text = art.text
    headings = [(m, False) for m in _DIGEST_HEADING.finditer(text)]
    headings += [(m, True) for m in _COMPILED.finditer(text)]
    for heading, compiled in headings:
        who = parse_speaker(heading["who"])
        # (a compiled digest may name its speaker by the post the lead gave: "the Russian
        # top diplomat", resolved as any description is)
        if who is None or who.kind not in (("person", "description") if compiled else ("person",)):
            continue
        points: list[tuple[int, int]] = []
        quoted_only = heading["noun"] in ("comments", "remarks", "quotes", "answers")
        topics = quoted_only or compiled
        for line in _LINE.finditer(text, heading.end()):  # no copy of the text's rest
            a, b = line.start(), line.end()
            if topics and (not text[a:b].strip() or _topic(text, a, b)):
                continue  # a topic's heading over the quotation that follows it
            if len(points) >= _DIGEST_POINTS or words_in(text[a:b]) < 4:
                break
            if quoted_only and not art.quotes_in(a, b):
                break  # the reporter's own words again: the selection has ended
            if not (_POINT_END.search(text, a, b) or _LIST_ITEM.match(text, a)):
                break
            a, b = strip_span(text, _past_marker(text, a), b)
            quoted = art.quotes_in(a, b) if quoted_only else []
            if len(quoted) == 1 and quoted[0].outer[0] <= a and quoted[0].outer[1] >= b - 1:
                a, b = quoted[0].start, quoted[0].end  # the line is one quotation: its words
            points.append((a, b))
        if points:
            drafts = _points_of(art, drafts, points, who, heading.start("who"))
    drafts.sort(key=lambda d: d.pieces[0][0] if d.pieces else d.subject_pos)
    return drafts


# a communique's or resolution's line before its numbered decisions: "Acting under Article 7
# of the Protocol, the Council:", "The Council:"
_OPERATIVE_LEAD = re.compile(
    r"^[^\n]{0,300}?\b(?P<who>[Tt]he\s+(?:[A-Z][\w-]*\s+){0,4}(?:Council|Assembly|Commission|"
    r"Committee|Conference|Board))[ \t]*:[ \t]*$",
    re.M,
)
# "The Peace and Security Council," alone on a line: the body whose paragraphs follow; so
# with the meeting after it ("The Peace and Security Council (PSC) of the African Union (AU),
# at its 1164th meeting held on 28 July 2023, on the situation in ...,")
_PREAMBLE_SUBJECT = re.compile(
    r"^[ \t]*(?P<who>The\s+[A-Z][^\n,]{2,80}),"
    r"(?:[ \t]+at[ \t]+its[ \t]+[^\n]{0,300},)?[ \t]*$",
    re.M,
)
# "1. Expresses deep concern ...", "2. Reiterates ...": a decision in the body's own voice,
# its verb sometimes after an adverb ("1. Strongly condemns ...", "3. Firmly rejects ...")
_OPERATIVE_POINT = re.compile(r"[ \t]*\d{1,2}\.[ \t]+(?:[A-Z][a-z]+ly[ \t]+[a-z]+|[A-Z][a-z]+)s\b")


def _operative_points(art: ArticleReading, drafts: list[Draft]) -> list[Draft]:
    """A communique's or resolution's numbered decisions under "..., the Council:", or under
    "The Security Council," and its preambular clauses ("Recalling ...", "Acting under ..."):
    each paragraph ("1. Expresses deep concern ...") is a statement of the body the preamble
    names ("The Peace and Security Council,"), in its own voice. A recital's own participle
    ("Noting the briefing by ...") says what the body took note of, no one's words."""
    text = art.text
    leads: list[tuple[SpeakerPhrase | None, int, int]] = []  # who, where named, points from
    recitals: list[tuple[int, int]] = []  # the preambles between a subject and its points
    for lead in _OPERATIVE_LEAD.finditer(text):
        subject = _PREAMBLE_SUBJECT.search(
            text, max(0, lead.start() - _PREAMBLE_CHARS), lead.start()
        )
        who = parse_speaker(subject["who"]) if subject else None
        # (a subject the parser cannot read as a body: the lead's "the Council" names it)
        if subject is not None:
            recitals.append((subject.end(), lead.start()))
        subject = subject if who is not None else None
        who = who or parse_speaker(lead["who"])
        at = subject.start("who") if subject else lead.start("who")
        leads.append((who, at, lead.end()))
    for subject in _PREAMBLE_SUBJECT.finditer(text):
        first = _first_operative_line(text, subject.end())
        if first is not None and not any(at == subject.start("who") for _, at, _ in leads):
            leads.append((parse_speaker(subject["who"]), subject.start("who"), first))
            recitals.append((subject.end(), first))
    for who, at, start in leads:
        if who is None or who.kind not in ("institution", "description"):
            continue
        points: list[tuple[int, int]] = []
        for line in _LINE.finditer(text, start):
            if not text[line.start() : line.end()].strip():
                continue
            if not _OPERATIVE_POINT.match(text, line.start()):
                break
            points.append(strip_span(text, _past_marker(text, line.start()), line.end()))
        if points:
            drafts = _points_of(art, drafts, points, who, at)
    opening = [m.span() for a, b in recitals for m in _recital_openings(text, a, b)]
    drafts = [d for d in drafts if d.cue is None or not _any_holds(opening, d.cue.start)]
    drafts.sort(key=lambda d: d.pieces[0][0] if d.pieces else d.subject_pos)
    return drafts


def _recital_openings(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The participle opening each recital of a preamble ("Noting", "Further recalling")."""
    for line in _LINE.finditer(text, start, end):
        m = _PREAMBULAR_CLAUSE.match(text, line.start(), line.end())
        if m is not None:
            yield m


def _any_holds(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether one of ``spans`` holds ``pos``."""
    return any(a <= pos < b for a, b in spans)


# a preambular clause of a resolution or communique: "Recalling its previous decisions ...",
# "Acting under Article 7 ...", "Having heard ...", "Bearing in mind ...", "Further recalling
# ..."
_PREAMBULAR_CLAUSE = re.compile(
    r"[ \t]*(?:(?:Further|Also)[ \t]+[a-z]+ing|[A-Z][a-z]+ing|Having|Mindful|Deeply|Gravely)\b"
)


def _first_operative_line(text: str, pos: int) -> int | None:
    """Where the numbered decisions start after a preamble's subject line: past its
    preambular clauses, at a line "1. Decides ..."; None when another line comes first."""
    for line in _LINE.finditer(text, pos):
        if not text[line.start() : line.end()].strip():
            continue
        if _OPERATIVE_POINT.match(text, line.start()):
            return line.start()
        if not _PREAMBULAR_CLAUSE.match(text, line.start()):
            return None
    return None


_PREAMBLE_CHARS = 3000  # a preamble's recitals fit in this many characters


def _topic(text: str, a: int, b: int) -> bool:
    """A short line naming a topic, with no quotation and no full stop ("— On Ukraine",
    "— Does Lavrov ever wish ...?")."""
    line = text[a:b].rstrip()
    return (
        _TOPIC_LINE.fullmatch(line) is not None
        and not line.endswith(".")
        and words_in(line) <= _TOPIC_WORDS
    )


# a first line of twenty words or more ending in a full stop: a story's lead, which
# headlines and standfirsts are not
_LEAD_PARAGRAPH = re.compile(r"(?:\S+\s+){19,}\S*[.!?][\"'\u201d\u2019)]?")


def front_matter(text: str, drafts: list[Draft]) -> set[int]:
    """Drafts in the headline or standfirst: before the dateline (or on the first line) and
    restating the body. A lead told before the dateline ("... , Kerry said Saturday.\n\n
    MOSCOW (Sputnik) Kerry said ...") is the story's, not a summary of it."""
    dateline = find_dateline(text)
    first_line = dateline.start if dateline else text.find("\n")
    if first_line < 0:
        return set()
    if dateline is None and _LEAD_PARAGRAPH.fullmatch(text[:first_line].strip()):
        return set()  # a page opening on its lead paragraph: no headline above it
    body = [
        " ".join(text[a:b] for a, b in d.pieces) for d in drafts if d.pieces[0][0] >= first_line
    ]
    return {
        id(d)
        for d in drafts
        if d.pieces[0][0] < first_line and _restates(" ".join(text[a:b] for a, b in d.pieces), body)
    }
