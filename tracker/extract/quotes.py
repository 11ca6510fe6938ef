"""Direct quotations: pairs of quote marks, including quotes carried over paragraphs.

Typographic marks say which way they face; straight marks do not, so they alternate within a
paragraph. A paragraph that ends inside a quote continues it only when the next paragraph
opens with a mark again (the newspaper convention), or when the next paragraph's first mark
closes a quote it never opened; otherwise the quote ends with the paragraph, so one stray
mark cannot swallow the rest of an article.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# ("\u201e", the low mark of German and Central European copy, closed by \u201c or \u201d)
OPENING = "\u201c\u00ab\u201e"
_LOW_OPENING = "\u201e"
CLOSING = "\u201d\u00bb"
STRAIGHT = '"'
MARKS = OPENING + CLOSING + STRAIGHT
_CLOSING = re.compile(f"[{CLOSING}]")
# Two apostrophes stand for a straight double mark in some newspapers' archives.
_MARK = re.compile(f"''|[{MARKS}]")
_TRIM = " \t\n\r,;\u2014\u2013-"
# '\u2018We join the world in expressing horror ... apartheid,\u201d the minister said': a
# paragraph opened by a single mark whose first double mark closes; the quotation opened
# there, its marks mismatched by a slip of the keyboard (an apostrophe inside a word, "don\u2019t",
# is no closing single mark)
_SINGLE_OPENS_DOUBLE_CLOSES = re.compile(
    '[ \t]*(\u2018)(?=(?:[^\u2018\u2019\u201c\u201d\u00ab\u00bb\u201e"\n]'
    "|(?<=\\w)\u2019(?=\\w))*\u201d)"
)


@dataclass(frozen=True)
class Quote:
    """A quotation: ``pieces`` are the inner spans (marks excluded), one per paragraph;
    ``outer`` runs from the first opening mark to the last closing mark."""

    pieces: tuple[tuple[int, int], ...]
    outer: tuple[int, int]
    # the source left it without its closing mark, the next quotation's opening mark showing
    # where it ended (see _reopens)
    unclosed: bool = False

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


def trim_piece(text: str, start: int, end: int) -> tuple[int, int]:
    """A quoted piece's span without the spaces, commas and dashes at its ends."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def find_quotes(text: str) -> list[Quote]:
    """Every quotation in ``text`` in order; empty quotes are dropped."""
    quotes: list[Quote] = []
    pieces: list[tuple[int, int]] = []
    open_at = -1  # where the current piece's words start, or -1 outside a quote
    low = False  # whether the quote opened with a low mark, which "\u201c" closes
    straight = False  # whether the quote opened with a straight mark
    depth = 0  # quotations nested in the open one, with marks of the same kind
    outer_start = 0
    paras = _paragraphs(text)
    for n, (p_start, p_end) in enumerate(paras):
        # where the paragraph's closing marks stand, found once when first needed (counting
        # them again for each nested mark was quadratic in a paragraph of marks)
        closings: list[int] | None = None
        # where its straight marks stand (see _reopens)
        straights = [k.start() for k in _STRAIGHT.finditer(text, p_start, p_end)]
        last_end = p_start  # where the paragraph's last quotation closed
        mismatched = _SINGLE_OPENS_DOUBLE_CLOSES.match(text, p_start, p_end)
        if open_at < 0 and mismatched is not None:
            if not pieces:
                outer_start = mismatched.start(1)
            open_at, low, straight = mismatched.end(1), False, False
        for m in _MARK.finditer(text, p_start, p_end):
            c, pos, after = m.group(), m.start(), m.end()
            c = STRAIGHT if c == "''" else c
            if open_at < 0:
                begun = _opened_by_sentence(text, p_start, last_end, pos, after, c, straights)
                if begun is not None:
                    # 'He said the ministry was watching prices. We will sanction any
                    # hoarder," he said.': a closing mark no opening one paired; the
                    # quotation the source left unopened is the sentence the mark ends
                    quotes.append(Quote((trim_piece(text, begun, pos),), (begun, after)))
                    last_end = after
                    continue
                if c in CLOSING:
                    continue
                if not pieces:
                    outer_start = pos
                open_at = after
                low = c == _LOW_OPENING
                straight = c == STRAIGHT
            elif c == STRAIGHT and straight and _reopens(text, pos, straights):
                # the quote open here lost its closing mark ('Lin said, "We adhere to peace,
                # adding that "We will never ...": the source dropped it): it ends before
                # the reporter's words that lead to the new one, which opens here
                left = _framing_start(text, open_at, pos)
                pieces.append(trim_piece(text, open_at, left))
                quotes.append(
                    Quote(tuple(p for p in pieces if p[0] < p[1]), (outer_start, left), True)
                )
                pieces, depth = [], 0
                outer_start, open_at, low = pos, after, False
            elif (
                c in OPENING and not (low and c == "\u201c") and not _ends_a_word(text, pos, after)
            ):
                # a nested or repeated opening mark inside a quote; nested when the paragraph
                # still closes both it and the quote around it ('\u201cthe word \u201calmost\u201d,
                # but ...\u201d': Russian wire copy nests marks of one kind)
                if c != STRAIGHT:
                    if closings is None:
                        closings = [k.start() for k in _CLOSING.finditer(text, p_start, p_end)]
                    if len(closings) - bisect.bisect_left(closings, after) >= depth + 2:
                        depth += 1
                continue
            elif depth and c in CLOSING:
                depth -= 1  # the nested quotation's own closing mark
            else:
                pieces.append(trim_piece(text, open_at, pos))
                quotes.append(Quote(tuple(p for p in pieces if p[0] < p[1]), (outer_start, after)))
                pieces, open_at, depth = [], -1, 0
                last_end = after
        depth = 0
        if open_at >= 0:
            pieces.append(trim_piece(text, open_at, p_end))
            nxt = paras[n + 1] if n + 1 < len(paras) else None
            if nxt and text[nxt[0]] in OPENING + STRAIGHT + "'":
                open_at = -1  # reopened by the next paragraph's first mark
                continue
            if nxt and _closes_unopened(text, *nxt):
                open_at = nxt[0]  # the words run on into a paragraph that closes them
                continue
            if nxt and _closed_after_bare_paragraphs(text, paras, n + 1):
                # a quotation of several paragraphs whose middle ones open with no mark (as
                # some translated copy prints it), closed a few paragraphs on, then attributed
                open_at = nxt[0]
                continue
            framed = _framed_inside(text, open_at, p_end) if len(pieces) == 1 else None
            own = _own_attribution_after(text, open_at, p_end) if framed is None else None
            if own is not None:
                # 'X said Egypt matters, noting that "all forces should unite. He also urged
                # ...': the quotation never closed ends where a sentence with its own
                # third-person attribution begins; the rest is the reporter's
                pieces[-1] = trim_piece(text, open_at, own)
                quotes.append(
                    Quote(tuple(p for p in pieces if p[0] < p[1]), (outer_start, own), True)
                )
            elif framed is not None:
                # '"Today's meeting marks a new start, Kishida told reporters. We will work
                # together.': the reporter's words inside a quotation never closed
                comma, resumed = framed
                first = trim_piece(text, open_at, comma)
                quotes.append(Quote((first,), (outer_start, comma), True))
                rest = trim_piece(text, resumed, p_end)
                if rest[0] < rest[1]:
                    quotes.append(Quote((rest,), (resumed, p_end), True))
            else:
                quotes.append(Quote(tuple(p for p in pieces if p[0] < p[1]), (outer_start, p_end)))
            pieces, open_at = [], -1
    quotes = [q for q in quotes if q.pieces]
    return sorted(quotes + _single_quoted(text, paras, quotes), key=lambda q: q.outer[0])


_STRAIGHT = re.compile('"')
# a mark that can only close: glued to the sentence's last stop or comma, then the reporter's
# lower-case words ('products," he said') or the paragraph's end
_CLOSES_ONLY = re.compile(r"(?<=\w[,.!?])[\"\u201d](?=[ \t]+[a-z]|[ \t]*$)", re.M)
# where a sentence starts: after a stop and a space, before a capital (not after a lone capital
# or a short abbreviation of one: "U.S. officials", "Mr. Kim")
_SENTENCE_START = re.compile(
    r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])[.!?][ \t]+(?=[A-Z])"
)
# the reporter's attribution set inside a quotation left open: after a comma, a pronoun, a
# name of capitalised words or "the" and a role, a verb of saying, a few more words, and a
# full stop before the speaker's next sentence
_FRAMING_INSIDE = re.compile(
    r",[ \t]+(?:he|she|they|[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,3}"
    r"|the[ \t]+[a-z-]+(?:[ \t]+[a-z-]+)?)[ \t]+"
    r"(?:said|told|added|stressed|noted|declared|insisted|warned|explained|continued)\b"
    r"(?![ \t]+(?:me|us)\b)"  # ("she told me": the speaker's own telling, in her words)
    r"[^.!?:;,\"\u201c\u201d\n]{0,80}[.:][ \t]+(?=[A-Z])"
)


def _framed_inside(text: str, open_at: int, p_end: int) -> tuple[int, int] | None:
    """Where a quotation that its paragraph ends without a closing mark gives way to the
    reporter's attribution, and where the speaker's words resume after it: ('"Today's talks
    mark a new start, Kishida told reporters. We will work together ...'): the source dropped
    the mark closing the words before the attribution, and the one opening the words after
    it. The first such attribution only; None when there is none."""
    m = _FRAMING_INSIDE.search(text, open_at, p_end)
    if m is None or m.start() - open_at < 8:
        return None
    return m.start(), m.end()


# a sentence of the reporter's inside a quotation its paragraph never closes: a third-person
# pronoun, an adverb at most, and a verb of saying in the past ('He also urged ...', 'She
# further stated that ...'); the quoted speaker would not speak of himself so
_OWN_ATTRIBUTION = re.compile(
    r"[.!?][ \t]+(?=(?:He|She)[ \t]+(?:(?:also|further|then|later|again)[ \t]+)?"
    r"(?:said|urged|added|stressed|noted|called|stated|underlined|underscored|emphasi[sz]ed|"
    r"warned|affirmed|reaffirmed|reiterated|pointed[ \t]+out|told)\b)"
)


def _own_attribution_after(text: str, open_at: int, p_end: int) -> int | None:
    """Where a quotation its paragraph leaves open gives way to a sentence of the reporter's
    with its own third-person attribution (see _OWN_ATTRIBUTION): the end of the sentence
    before it; None when there is none."""
    m = _OWN_ATTRIBUTION.search(text, open_at, p_end)
    if m is None or m.start() - open_at < 8:
        return None
    return m.start() + 1


_SENTENCE_REACH = 600  # how far back the unopened quotation's sentence may start

# "World War I", "Phase I", "Title I": a Roman numeral after a name, not the pronoun
ROMAN_ONE = (
    r"(?<!War )(?<!Phase )(?<!Stage )(?<!Part )(?<!Chapter )(?<!Article )(?<!Title )"
    r"(?<!Annex )(?<!Class )(?<!Level )(?<!Category )(?<!Section )"
)
# words spoken in the first person: the one pattern of them for the readers of quotations
# and of a speaker's paragraphs
FIRST_PERSON = re.compile(rf"\b(?:{ROMAN_ONE}I|[Ww]e|[Oo]urs?|us|[Mm]y|me)\b")
# "I" or "we" as a clause's subject: the speaker's voice, not "our partners", "contact us"
FIRST_PERSON_SUBJECT = re.compile(rf"\b(?:{ROMAN_ONE}I|[Ww]e)\b")
# the reporter's own first person, in a newspaper's idioms: "did not respond to our request
# for comment", "according to our analysis", "told us", "contacted me"
_REPORTERS_FIRST_PERSON = re.compile(
    r"\b[Oo]ur\s+(?:[a-z]+\s+)?(?:requests?|calls?|e-?mails?|messages?|questions?|"
    r"inquiry|inquiries|queries|analysis|reporting|review|investigation|reporters?|"
    r"correspondents?|readers?|newsroom|partners\s+at)\b|"
    r"\b(?:told|tells|telling|contacted|reached|emailed|informed|wrote\s+to)\s+(?:us|me)\b"
)


def _speaker_first_person(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` speaks in the first person outside the reporter's own
    idioms of it."""
    return FIRST_PERSON.search(_REPORTERS_FIRST_PERSON.sub(" ", text[start:end])) is not None


def _opened_by_sentence(
    text: str, p_start: int, last_end: int, pos: int, after: int, c: str, straights: list[int]
) -> int | None:
    """Where the quotation starts that the mark at ``pos`` closes though no mark opened it
    ('... across the country. We will sanction any marketer," he said.'), or None. The mark
    must stand where only a closing one can (glued to the sentence's stop or comma, before
    the reporter's lower-case words or the paragraph's end) and, a straight one, be left
    unpaired by the paragraph's straight marks after it (an odd number from it on). The
    words it closes are the sentence it ends: from the last sentence start before it (or the
    paragraph's start), after any quotation closed earlier in the paragraph, and in the first
    person, as only a speaker's words are. (A reporter's copy that drops the opening mark
    keeps the closing one, and the speaker's words are the sentence the stop ends.)"""
    if not _CLOSES_ONLY.match(text, pos):
        return None
    if c == STRAIGHT and (len(straights) - bisect.bisect_left(straights, pos)) % 2 == 0:
        return None
    floor = max(last_end, p_start, pos - _SENTENCE_REACH)
    begun = floor
    for m in _SENTENCE_START.finditer(text, floor, pos - 1):
        begun = m.end()
    if begun == floor and floor != p_start:
        # no sentence start within reach, or only a quotation's end ('"I will not," Earnest
        # said."': a mark stray after the reporter's words, not a quotation of them)
        return None
    start, end = trim_piece(text, begun, pos)
    if end - start < 2 or not text[start].isupper():
        return None
    if not _speaker_first_person(text, start, end):
        # the reporter's own sentence, or one in the third person no reader can tell from
        # it ('Representatives said the gallery will draw visitors." http://...', 'X did not
        # respond to our request for comment."'): only words in the first person are surely
        # the speaker's
        return None
    return start


# a straight mark that can only open: after a space, before a capital ("adding that "We ...")
_OPENS_ONLY = re.compile(r'(?<=\s)"(?=[A-Z])')
# the reporter's words between a quotation left open and the next one: after a comma, a few
# lower-case words ("adding that", "he said,", "and added:"); after a full stop, a sentence
# of its own opening with a capital ("She added:", "Mao said,"); up to the new mark
_FRAMING = re.compile(r"(?:,(?: [a-z]+){1,4}|(?<=\.) [A-Z][a-z]*(?: [a-z]+){1,3})[:,]? $")


def _reopens(text: str, pos: int, straights: list[int]) -> bool:
    """Whether the straight mark at ``pos``, met inside a quotation opened by a straight mark,
    opens a new one because the open one lost its closing mark: it stands where only an
    opening mark can (after a space, before a capital) and the straight marks from it to the
    paragraph's end (``straights``: where the paragraph's stand) pair up among themselves (an
    even number), so the open one is the mark left unpaired. (A nested quotation in straight
    marks, '"He called it "a farce," she said', leaves an odd number from its mark on and is
    read as before; inside typographic marks a straight pair is a nested quotation.)"""
    if not _OPENS_ONLY.match(text, pos):
        return False
    return (len(straights) - bisect.bisect_left(straights, pos)) % 2 == 0


def _framing_start(text: str, open_at: int, pos: int) -> int:
    """Where the open quotation's words end before the mark at ``pos``: before the reporter's
    framing words (', adding that "', '. She added: "'), or at the mark when none stand
    there."""
    m = _FRAMING.search(text, max(open_at, pos - 40), pos)
    return m.start() if m else pos


def _ends_a_word(text: str, pos: int, after: int) -> bool:
    """Whether the opening mark at ``pos`` stands where only a closing one can: after a
    word and before a space or a stop (a turned pair, '\u201dIt is natural\u201c, X added', as
    some sites print it, closes there)."""
    glued = pos > 0 and not text[pos - 1].isspace()
    return glued and (after == len(text) or text[after] in " \t\n,.;:!?)")


_BARE_PARAGRAPHS = 3  # how many paragraphs with no mark a quotation may run through


def _closed_after_bare_paragraphs(text: str, paras: list[tuple[int, int]], n: int) -> bool:
    """Whether paragraphs ``n``, ``n + 1``, ... hold no quotation mark at all until, within
    _BARE_PARAGRAPHS of them, one whose first mark closes a quotation it never opened (a
    typographic closing mark, or a straight one as plain-text copy prints it)."""
    for k in range(n, min(n + _BARE_PARAGRAPHS + 1, len(paras))):
        if _MARK.search(text, *paras[k]) is not None:
            return k > n and _closes_unopened(text, *paras[k])
    return False


def _closes_unopened(text: str, start: int, end: int) -> bool:
    """Whether the paragraph's first mark closes a quote it never opened ('They spoke at
    length," Kaifu said.' after a paragraph left open): a closing mark, or a straight one of
    an odd number."""
    first = _MARK.search(text, start, end)
    if first is None or first.group() in OPENING:
        return False
    if first.group() in CLOSING:
        return True
    if first.start() > start and text[first.start() - 1].isspace():
        # 'She praised the talks because "trade ...': a straight mark after a space opens a
        # quote of its own (and may be left open too, as Latin American services' copy does)
        return False
    straight = sum(1 for m in _MARK.finditer(text, start, end) if m.group() in (STRAIGHT, "''"))
    return straight % 2 == 1


# British and Asian style: 'We hope the talks go on,' the minister said. A single mark opens
# at a word's start and closes after the sentence's own punctuation (an apostrophe never
# does both), within one paragraph that holds no double marks and more than the quote.
_SINGLE = re.compile(
    r"(?:^|(?<=[\s(\[]))['\u2018](?=[A-Z])(?P<words>[^\n'\u2018\u2019]*?(?:['\u2019][a-z][^\n'\u2018\u2019]*?)*[,.!?])['\u2019](?=\s|$)"
)


def _single_quoted(text: str, paras: list[tuple[int, int]], found: list[Quote]) -> list[Quote]:
    out = []
    starts = sorted(q.outer[0] for q in found)
    for p_start, p_end in paras:
        k = bisect.bisect_left(starts, p_start)
        if (k < len(starts) and starts[k] < p_end) or _MARK.search(text, p_start, p_end):
            continue
        for m in _SINGLE.finditer(text, p_start, p_end):
            if not text[p_start : m.start()].strip() and not text[m.end() : p_end].strip():
                continue  # a line of its own in single marks: a heading ('All Bets Are Off.')
            inner = trim_piece(text, m.start("words"), m.end("words"))
            if inner[0] < inner[1]:
                out.append(Quote((inner,), (m.start(), m.end())))
    return out
