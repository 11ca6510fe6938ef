"""From article text to proposed statements: the order of the steps.

The article's drafts are collected (:mod:`tracker.extract.collect`); each draft's speaker is
resolved against the article's registry of names (:mod:`tracker.extract.who_speaks`); each
statement is dated (:mod:`tracker.extract.occasion`); and the results become the contract's
proposed statements. Russian text goes to :mod:`tracker.extract.russian`. Only the first READ_LIMIT
characters of a text are read.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Iterator

from tracker.countries import CAPITALS, CODE, COUNTRIES
from tracker.extract.captions import (
    appeal_lines,
    caption_lines,
    link_lines,
    post_signatures,
    scene_caption,
)
from tracker.extract.clause_words import (
    POINTER,
    POINTER_ONLY,
    STANCE_NAMED_ONLY,
    TOPIC_NOUN_ONLY,
    WH_QUESTION_ONLY,
)
from tracker.extract.collect import (
    bare_day_between,
    collect_drafts,
    front_matter,
    own_words,
    said_part,
)
from tracker.extract.coref import Entity, Registry
from tracker.extract.descriptions import description_referent
from tracker.extract.draft import Draft
from tracker.extract.frames import ArticleReading, journalist
from tracker.extract.lexicon import (
    AUXILIARIES,
    DEFINITE,
    NOT_PRESS_POSTS,
    OUTLET_COUNTRY,
    PRESS_TITLES,
    press_role,
)
from tracker.extract.live import dated_in_entries, day_headings
from tracker.extract.lost_lines import relined
from tracker.extract.meta import (
    Dateline,
    dates_in_full,
    find_dateline,
    page_stamps,
    relative_day_heads,
    section_datelines,
    weekday_heads,
)
from tracker.extract.model import ProposedStatement
from tracker.extract.occasion import (
    Attribution,
    content_of_saying,
    date_statements,
    document_kind,
    relative_clause,
)
from tracker.extract.pasted_marks import as_plain, gaps_as_breaks, spaces_as_given
from tracker.extract.segment import Sentence
from tracker.extract.site import site_of
from tracker.extract.spans import Spans
from tracker.extract.speaker_phrase import SpeakerPhrase
from tracker.extract.speakers import names_of, parse_speaker
from tracker.extract.subject_phrase import is_media
from tracker.extract.transcript import Transcript, read_transcript
from tracker.extract.unnamed_posts import VOICE, unnamed_posts
from tracker.extract.what_was_said import opens_on_subject
from tracker.extract.when import MONTH_NAMES, When, find_when, weekdays_as_days
from tracker.extract.who_speaks import LEADING_CLAUSE, resolve_speakers
from tracker.text import guess_language


def _country(text: str) -> str | None:
    """The article's home country, for titles without one: a state's own agency's (TASS,
    Xinhua, Yonhap), whose "Foreign Minister X" is that state's. A dateline's city says only
    where the reporter was: in "ANKARA (Reuters)" the foreign minister may be a visitor."""
    dateline = find_dateline(text)
    if dateline and dateline.outlet and dateline.outlet.lower() in OUTLET_COUNTRY:
        return OUTLET_COUNTRY[dateline.outlet.lower()]
    return None


def _home(text: str) -> str | None:
    """The state whose capital the story is datelined in ("ISLAMABAD:", "TEHRAN (Reuters)"),
    when the story names that state: a capital that only hosts the talks told of ("VIENNA —"
    over Iran's deal with six powers) is where the reporter is, not whose officials they are."""
    dateline = find_dateline(text)
    place = (dateline.place or "").lower() if dateline else ""
    state = CAPITALS.get(place) if "/" not in place else None
    if state is None or dateline is None:
        return None
    names = _STATE_WORDS.get(state)
    return state if names is None or names.search(text, dateline.end) else None


# how running text names each state: its name, other names, its adjectives ("South Korean")
_STATE_WORDS = {
    c.name: re.compile(
        r"\b(?:"
        + "|".join(sorted({re.escape(w) for w in (c.name.lower(), *c.aliases, *c.adjectives)}))
        + r")\b",
        re.I,
    )
    for c in COUNTRIES
}


def _item_day(dateline: Dateline, published: datetime.date | None) -> datetime.date | None:
    """The day a digest item's dateline gives: its month and day in the article's year, or
    the year before when that day would come after the article."""
    if dateline.published or not (dateline.month_day and published):
        return dateline.published
    month, day = dateline.month_day
    try:
        found = datetime.date(published.year, month, day)
        return found if found <= published else found.replace(year=published.year - 1)
    except ValueError:
        return None


def _lead_with_its_weekday(
    sentences: list[tuple[int, int]], dateline: Dateline | None
) -> list[tuple[int, int]]:
    """ "WARSAW, Thursday - X said ...": the weekday cut off with its dateline still dates
    the lead, so the lead's sentence reaches back to it (for its day only)."""
    if dateline is None or dateline.weekday_at is None:
        return sentences
    return [
        (dateline.weekday_at, end) if dateline.end <= start <= dateline.end + 2 else (start, end)
        for start, end in sentences
    ]


# the speaker's own voice: "We are going to be talking about ...", "I am convinced ..."
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|me|us)\b")
# "World War I", "Phase I", "Title I": a numeral after a name, not the pronoun (but "Today I
# ...", the name opening its sentence, is the pronoun)
_NUMERAL_I = re.compile(r"(?<![.!?:\"\u201c\n]\s)(?<!^)\b[A-Z][A-Za-z]*\s+I(?![\w'\u2019])$")

# "Phase I of the plan", "Part I.": words after it no pronoun has
_AFTER_NUMERAL_I = re.compile(r"\s+(?:of|and|or|the|a|an)\b|\s*[.;:)]|-")


def _first_person(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` speaks in the first person."""
    for m in _FIRST_PERSON.finditer(text, a, b):
        if m.group() != "I":
            return True
        if not (
            _NUMERAL_I.search(text, max(0, m.start() - 40), m.end())
            or _AFTER_NUMERAL_I.match(text, m.end())
        ):
            return True
    return False


def _kind(art: ArticleReading, d: Draft) -> str:
    pieces = d.pieces
    if all(p in art.quoted_pieces for p in pieces):
        return "direct"
    if (
        d.colon_next
        and not any(art.quotes_in(a - 1, b) for a, b in pieces)
        and _first_person(art.text, pieces[0][0], pieces[0][1])
    ):
        # "The Foreign Secretary, Boris Johnson, said:" over a paragraph in the first person
        # with no quotation marks: a release sets the words out as given, its own block
        return "direct"
    if any(art.quotes_in(a - 1, b) for a, b in pieces):
        return "mixed"
    return "indirect"


# a relative clause of place or occasion that the verb of saying stands in
_WHERE_NOW = re.compile(r",\s+(?:where|at which|during which|in which)\s(?!.*,\s+where\s)")
# a verb of saying in the present ("says", "tells", "insists"), not "said" or "was told"
_PRESENT = re.compile(r"[a-z]+[^s]s")


def _pictured(draft: Draft) -> bool:
    """ "X, right, welcomes Y in AlUla [credit]": a caption's verb in the present tense tells
    what the picture shows, no words (its "X said ..." reports words, as the story does)."""
    return draft.cue is not None and _PRESENT.fullmatch(draft.cue.word) is not None


# "a week after", "two days after" right before a remark's owner: counted back to the remark
_COUNTED_TO = re.compile(r"\b(?:\w+\s+)(?:days?|weeks?|fortnights?)\s+after\s+$", re.I)


def _attribution_inside(draft: Draft) -> bool:
    """ "China, he said on Friday, voted ...": the attribution set off inside the words,
    which are kept whole; its frame is the speaker's, not words said."""
    return bool(
        draft.frame
        and draft.cue is not None
        and any(a < draft.subject_pos and draft.cue.end <= b for a, b in draft.pieces)
    )


def _said_pieces(draft: Draft) -> list[tuple[int, int]]:
    """The spans of ``draft``'s words said, less an attribution set off inside them."""
    if not _attribution_inside(draft):
        return draft.pieces
    out = []
    for a, b in draft.pieces:
        for fa, fb in draft.frame:
            if a < fa and fb < b:
                out += [(a, fa), (fb, b)]
                break
        else:
            out.append((a, b))
    return out


def _window(art: ArticleReading, draft: Draft) -> list[tuple[int, int]]:
    """The attribution's own words (its sentence, less what was said): where its date stands.
    A quote carried on from an earlier sentence has none."""
    if draft.inherit:
        return []
    if draft.cue is not None and draft.cue.lemma == "noun_that":
        # "X's remarks that", "the remarks by X that": no verb, no day but one counted back
        # to them ("a week after X's remarks that ...")
        start = min(draft.subject_pos, draft.cue.start)
        counted = _COUNTED_TO.search(art.text, max(draft.sentence.start, start - 30), start)
        return [(counted.start() if counted else start, draft.cue.end)]
    if _attribution_inside(draft) or draft.frame_only:
        return draft.frame  # "China, he said on Friday, voted ...": where its day stands
    end = draft.sentence.end
    if (
        draft.pieces
        and draft.cue is not None
        and draft.cue.start < draft.pieces[0][0]
        and (
            LEADING_CLAUSE.match(art.text, draft.sentence.start)
            # "X, who also said ..., met Y on Friday": the day of the sentence's own verb
            or opens_on_subject(art.text[draft.sentence.start : draft.cue.start])
        )
        and art.text.startswith(",", draft.pieces[-1][1])
    ):
        # "Although she had insisted that ..., the envoy said on Friday ...": a clause put
        # first has words of its own, and the main clause's day is not theirs
        end = draft.pieces[-1][1]
    start = draft.sentence.start
    if draft.cue is not None and _PRESENT.fullmatch(draft.cue.word):
        where = _WHERE_NOW.search(art.text, start, draft.cue.start)
        if where is not None:
            # "Peters recently attended the Forum in Suva, where he says members were
            # unhappy": the place's time is the visit's; the saying is told as now
            start = where.start()
    spans = [(start, end)]
    for pa, pb in draft.pieces:
        cut = []
        for a, b in spans:
            if pb <= a or pa >= b:
                cut.append((a, b))
                continue
            if a < pa:
                cut.append((a, pa))
            if pb < b:
                cut.append((pb, b))
        spans = cut
    return spans + _occasion_told_after(art, draft.sentence)


# "He said this while talking to journalists after the ceremony.", "She made the remarks at
# a news conference.", "He was speaking to reporters after the talks.": the next sentence
# tells where the words just told were said (unlike occasion._MADE_REMARKS, which finds such
# words anywhere for dating, this one must open the sentence with the speaker's pronoun: the
# whole sentence joins the attribution)
_OCCASION_AFTER = re.compile(
    r"\s*(?:He|She|They)\s+(?:(?:said|stated|wrote)\s+(?:this|so)|"
    r"made\s+(?:the|these|those|his|her|their)\s+(?:[a-z]+\s+)?(?:remarks|comments|statement)|"
    # (not "He spoke with Putin on Tuesday": another occasion, no words of it told)
    r"(?:(?:was|were)\s+speaking|spoke)\s+(?:to\s+(?:the\s+)?(?:reporters|journalists|press|"
    r"media)|at|after|during|following|on\s+the\s+sidelines))\b"
)


def _occasion_told_after(art: ArticleReading, s: Sentence) -> list[tuple[int, int]]:
    """The next sentence of the paragraph when it only tells the occasion of the words."""
    after = art.sentences_from(s.end, 1)
    if not after or after[0].para != s.para or not _OCCASION_AFTER.match(art.text, after[0].start):
        return []
    return [(after[0].start, after[0].end)]


def confidence(speaker_kind: str | None, resolved: bool, kind: str, when: When) -> float:
    """How sure (English and Russian alike): lower for unresolved speakers, pronouns, and
    dates without evidence or whose weekday does not fit."""
    score = 0.9 if kind == "direct" else 0.85
    if not resolved:
        score -= 0.35
    elif speaker_kind in (None, "pronoun", "description"):
        score -= 0.1
    if not when.evidence or when.edtf is None:
        score -= 0.1
    if not when.fits:
        score -= 0.2
    return round(score, 2)


# How much of a text is read for statements: far more than any article or transcript (a
# half a million characters is some 85,000 words), and a bound on the time a hostile input
# costs.
READ_LIMIT = 500_000


def read_part(text: str) -> str:
    """The part of ``text`` read for statements: all of it, or up to the last paragraph break
    within READ_LIMIT."""
    if len(text) <= READ_LIMIT:
        return text
    cut = text.rfind("\n", 0, READ_LIMIT)
    return text[: cut if cut > READ_LIMIT // 2 else READ_LIMIT]


# A page saved with its lines broken at a fixed width ("The Foreign Ministry said yesterday
# that new measures concerning\nthe release of news ..."): a line that ends in no stop, then
# one that goes on in lower case, is one paragraph; the break is read as a space (the text
# keeps its length, so spans still index it)
_WRAPPED = re.compile(
    r"(?<=[\w,;'\u2019\"\u201d\u00bb)-])\n(?=[a-z\u0430-\u044f\u0451(\"\u201c\u00ab])"
)
_WRAP_WIDTH = 90  # a hard-wrapped page's lines are no longer than this
_WRAP_SHARE = 0.5  # and most of its long lines end that way


# "Ukraine`s Ministry": a backtick typed for the apostrophe between letters; "\u201dUnder a
# pretext, ...\u201d the statement reads": a closing mark typed to open a quotation, at a
# paragraph's start or after a space, before its first word
_BACKTICK = re.compile(r"(?<=[^\W\d_])`(?=[^\W\d_])")
_OPENED_AS_CLOSED = re.compile(r"(?:^|(?<=[\s(\[]))\u201d(?=[^\W_])", re.M)
# UTF-8 read under a Latin code page, its control bytes then dropped by the site: each curly
# quotation mark, apostrophe and dash (three bytes, E2 80 xx) left as its first byte alone,
# "\u0101" (ISO 8859-4, -13) or "\u00e2" (ISO 8859-1): "TEHRAN \u0101 Iran\u0101s foreign
# minister", "\u0101There is no ...\u0101 of the agency". Such a page has no true marks left
# and holds the lone byte as an apostrophe in two words at least ("Iran\u0101s", "hasn\u0101t")
_LONE_LEAD_BYTES = "\u0101\u00e2"
_TRUE_MARKS = re.compile("[\u2018\u2019\u201c\u201d\u2013\u2014]")
_LONE_APOSTROPHE = re.compile(r"(?<=[a-z])([\u0101\u00e2])(?:s|t|ll|re|ve|d|m)\b")
_LONE_OPENING = re.compile(r"(?:^|(?<=[\s(\[]))([\u0101\u00e2])(?=[A-Z])", re.M)
_LONE_DASH = re.compile(r"(?<= )([\u0101\u00e2])(?= )")


# "''It's nonsense,'' Mr. Roe said": two apostrophes typed for each quotation mark (news
# archives' plain-text copies of the New York Times and others); the opening pair is read as
# a space and the mark, the closing pair as the mark and a space (the length kept)
_TWO_APOSTROPHES_OPEN = re.compile(r"(?:^|(?<=[\s(\[\u2014-]))''(?=[^\s'])", re.M)
_TWO_APOSTROPHES_CLOSE = re.compile(r"(?<=[^\s'])''(?!')")


# the space a pair of apostrophes leaves beside the mark read for it ("called it  “a
# disaster”  and"), shown as one in the statement's words
_PADDED_MARK = re.compile(r" {2}(?=\u201c)|(?<=\u201d) {2}")


def _marks_as_meant(text: str) -> str:
    """The apostrophes, opening quotation marks and hyphens a page typed with other keys,
    each replaced by the mark meant (one character for one: spans still index the text)."""
    if "`" in text:
        text = _BACKTICK.sub("\u2019", text)
    # ("Secretary\u2011General": the UN's pages join a post's words with a non-breaking
    # hyphen, which names and posts are read with a plain one)
    text = text.replace("\u2011", "-")
    if "''" in text:
        text = _TWO_APOSTROPHES_OPEN.sub(" \u201c", text)
        text = _TWO_APOSTROPHES_CLOSE.sub("\u201d ", text)
    if "\u201d" in text:
        text = _OPENED_AS_CLOSED.sub("\u201c", text)
    for byte in _LONE_LEAD_BYTES:
        if byte in text:
            text = _lone_lead_bytes_as_marks(text, byte)
    return text


def _lone_lead_bytes_as_marks(text: str, byte: str) -> str:
    """``text`` with each lone first byte of a mark (see ``_LONE_LEAD_BYTES``) read as the
    mark it was, one character for one: a dash between spaces, an apostrophe between
    letters, an opening mark before a word, else a closing one; unchanged unless the page
    has that damage throughout (no true marks, the byte an apostrophe twice or more, and
    opening a quotation or standing for a dash too)."""
    if _TRUE_MARKS.search(text):
        return text
    if sum(m.group(1) == byte for m in _LONE_APOSTROPHE.finditer(text)) < 2:
        return text
    if not any(
        m.group(1) == byte for m in (*_LONE_OPENING.finditer(text), *_LONE_DASH.finditer(text))
    ):
        return text
    out = list(text)
    for i, char in enumerate(text):
        if char != byte:
            continue
        before = text[i - 1] if i else "\n"
        after = text[i + 1] if i + 1 < len(text) else "\n"
        if before == " " and after == " ":
            out[i] = "\u2014"
        elif before.isalpha() and after.isalpha():
            out[i] = "\u2019"
        elif (before.isspace() or before in "([") and not after.isspace():
            out[i] = "\u201c"
        else:
            out[i] = "\u201d"
    return "".join(out)


def unwrap(text: str) -> str:
    """``text`` with the line breaks of a hard-wrapped page read as spaces, when most of its
    lines run on into the next in lower case, or end where the next word had no room."""
    if len(_GLUED_TIME.findall(text)) >= _TIMED_LINES:
        return _untimed(text)
    lines = [ln for ln in text.split("\n") if len(ln.strip()) > 30]
    if len(lines) < 4 or sum(len(ln) <= _WRAP_WIDTH for ln in lines) < 0.8 * len(lines):
        return text
    needed = _needed(text)
    width = _width(lines, needed)
    # (a line that ends on "the", "to" or "of" runs on, whatever the case of the next word:
    # "agreed to send the\nStanding Committee")
    breaks = len(_WRAPPED.findall(text)) + len(_OPEN_END.findall(text))
    # (or where the next word had no room, inside a sentence: a list of whole lines, each
    # closing on a full stop, is no wrapped page however long its lines)
    full = sum(
        text[m.start() - 1] not in _STOPS and not _fits(text, m.start(), m.end(), width)
        for m in _RUNS_ON.finditer(text)
    )
    if max(breaks, full) < _WRAP_SHARE * len(lines):
        return text
    # the page is wrapped: every break inside a sentence is a space ("the\nDiaoyu Islands"),
    # but not into a bulleted line nor out of a heading in capitals; so is a break after a
    # sentence's end where the next word would not have fitted on the line (the wrapping
    # broke there, not the paragraph)
    exact = _wrapped_exactly(needed, width)
    return _RUNS_ON.sub(lambda m: _run_on(m, width, exact), text)


def _needed(text: str) -> list[int]:
    """For each line that plainly runs on (into a word in lower case), the width its line
    would have needed to hold that word too."""
    needed = []
    for m in _WRAPPED.finditer(text):
        word = _FIRST_WORD.match(text, m.end())
        line = m.start() - text.rfind("\n", 0, m.start()) - 1
        needed.append(line + 1 + (len(word.group()) if word else 0))
    return needed


def _width(lines: list[str], needed: list[int]) -> int:
    """The width a page was wrapped at: its longest line; or, where that leaves room on
    lines that plainly run on, the widest a little narrower at which none of them had room
    (a print copy whose broken words were made whole: each makes the line it begins longer
    than the layout's measure by the word's first part, see tracker.hyphenation; or a page
    set in a proportional font, whose lines are of unequal length)."""
    longest = max(len(ln) for ln in lines)
    if not any(need <= longest for need in needed):
        return longest
    narrowest = longest - _MADE_WHOLE
    widths = [
        width
        for width in {len(ln) for ln in lines if narrowest <= len(ln) <= _WRAP_WIDTH}
        if not any(need <= width for need in needed)
    ]
    return max(widths, default=longest)


def _wrapped_exactly(needed: list[int], width: int) -> bool:
    """Whether the page was wrapped at a fixed ``width`` by a program, which breaks a line
    only where the next word would not fit: then a line the next word would have fitted on
    ended where the writer ended it (a headline, a caption, a paragraph), whatever its last
    character. Told by the lines that plainly run on (``needed``, see _needed): almost none
    of them would have had room for that word."""
    room = sum(need <= width for need in needed)
    return len(needed) >= 4 and room <= _ROOM_SHARE * len(needed)


def _fits(text: str, line_end: int, next_start: int, width: int) -> bool:
    """Whether the first word after ``next_start`` would have fitted on the line ending at
    ``line_end``."""
    line = text[text.rfind("\n", 0, line_end) + 1 : line_end]
    word = _FIRST_WORD.match(text, next_start)
    return word is not None and len(line) + 1 + len(word.group()) <= width


# "00:06and then ...": a caption's time glued to the first word of its line
_GLUED_TIME = re.compile(r"(?m)^\d{1,2}:\d{2}(?::\d{2})?(?=[^\W\d_]|[\"\u201c(\u2019'])")
_TIMED_LINES = 3


def _untimed(text: str) -> str:
    """A video page's machine transcript, "00:06and then I'll get to ...": the times are
    blanked (the text keeps its length), and a timed line that ends inside a sentence runs
    on into the next timed line as one speech."""
    out = list(text)
    timed_before = False
    at = 0
    for line in text.split("\n"):
        end = at + len(line)
        m = _GLUED_TIME.match(text, at)
        if m is not None:
            out[at : m.end()] = " " * (m.end() - at)
            ended = text[at - 2 : at - 1] in (".", "!", "?", '"', "\u201d")
            if timed_before and at > 0 and not ended:
                out[at - 1] = " "
        timed_before = m is not None
        at = end + 1
    return "".join(out)


# a line that ends on a word no sentence or heading ends on, before a capital or a digit
_OPEN_END = re.compile(
    r"\b(?:the|a|an|of|to|in|on|at|for|and|or|that|with|by|from|its|his|her|their|our)"
    r"\n(?=[A-Z\d])"
)
_BULLET = re.compile(r"[-\u2022*\u2013\u2014][ \t]")


def _run_on(m: re.Match[str], width: int, exact: bool) -> str:
    text = m.string
    before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
    if _BULLET.match(text, m.end()) or (before.isupper() and len(before.split()) > 1):
        return "\n"
    if not _fits(text, m.start(), m.end(), width):
        return " "  # the next word would not have fitted: the wrapping broke the line
    if text[m.end()].islower():
        return " "  # a sentence running on
    if exact or text[m.start() - 1] in _STOPS:
        return "\n"  # the line ended where its paragraph did
    return " "


_ROOM_SHARE = 0.1  # of the lines that run on, at most this many had room: wrapped exactly
_MADE_WHOLE = 12  # how much longer than its measure a print copy's line made whole may be
_LONGER_SHARE = 0.25  # lines longer than a print copy's measure, at most
_STOPS = ".!?:'\"\u2019\u201d\u00bb"
_FIRST_WORD = re.compile(r"\S+")
_RUNS_ON = re.compile(
    r"(?<=[^\s])\n(?=[^\s])"
    # but not before a dateline ("BEIJING, Nov. 30 (Xinhua) --" under its headline)
    rf"(?![A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){{0,3}}, (?:{MONTH_NAMES})\b)"
)


def extract(
    text: str,
    *,
    published: datetime.date | None,
    unnamed: bool = False,
    url: str | None = None,
) -> list[ProposedStatement]:
    """Proposed statements of ``text``; ``published`` is the reference for relative dates.
    Spans index ``text`` as given; only its first READ_LIMIT characters are read. A Russian
    text is read by :mod:`tracker.extract.russian`. ``url``, the page's address, names the
    ministry whose site it is (:mod:`tracker.extract.site`): the issuer of a page in a body's
    own voice that names none in its text.

    Words of unnamed sources ("a senior official said", "diplomats say") and of a state named
    as a whole ("Turkey said") are no statement anyone can be recorded for, and are left out
    unless ``unnamed`` asks for them (attribution studies such as PolNeAR count them; the
    Russian reading always leaves unnamed sources out); so are attributions with no words of
    their own ("X praised both teams.", "X said she did")."""
    given = gaps_as_breaks(read_part(text))
    text = _marks_as_meant(relined(unwrap(as_plain(given))))
    # (what was said is given in its own spaces, no-break ones too)
    words = spaces_as_given(given, text)
    # (after the words are taken: a statement's words stay as written)
    text = weekdays_as_days(text)
    if guess_language(text) == "ru":
        from tracker.extract import russian

        return russian.extract(words, published=published)
    art = ArticleReading(text, every_attribution=unnamed)
    with site_of(url, text):
        transcript = read_transcript(text)
        with names_of(text):
            # ("May said ...", once "Prime Minister Theresa May" is named: her surname)
            drafts = collect_drafts(art, transcript)
    front = front_matter(text, drafts)
    # "Read also: X says ...": another story's headline, no statement of this one
    # (and a site's appeal to its readers for support: the site's words, no one's statement)
    said_at = tuple(d.sentence.start for d in drafts if d.pieces and d.subject is not None)
    links = link_lines(text) + appeal_lines(text, said_at)
    linked = Spans(links)
    pictured = caption_lines(text)
    shown = Spans(pictured)
    drafts = [
        d
        for d in drafts
        # (a headline restating the body is one more attribution to a study counting them)
        if (unnamed or id(d) not in front)
        and d.pieces[0][0] not in linked
        and not (d.pieces[0][0] in shown and _pictured(d))
    ]
    named_from = sorted(
        d.subject_pos for d in drafts if d.subject is not None and d.subject.kind == "person"
    )
    registry = Registry(text, _country(text), [s.start for s in art.sents], named_from)
    registry.home = _home(text)
    registry.speakers_ahead = [
        (d.subject_pos, d.subject) for d in drafts if d.subject and d.subject.kind == "person"
    ]
    said = own_words(drafts, transcript, _said_pieces) + [q.outer for q in art.quotes]
    # "Read also: Zelensky: Six killed in ...": a link to another story, whose names are
    # no one this story's "he" or "she" may mean; nor are those an embedded post's signature
    # or a photo's caption names
    registry.hide([*said, *links, *pictured, *post_signatures(text)])
    for pos, entity in _narrative_subjects(art, drafts, registry):
        registry.lead_at(entity, pos)
    dateline = find_dateline(text)
    resolved = resolve_speakers(art, drafts, registry, dateline.end if dateline else 0)
    visible = {id(e): registry.visible_positions(e) for e in registry.entities}
    for _, entity, _ in resolved:
        if entity is not None and id(entity) not in visible:
            visible[id(entity)] = registry.visible_positions(entity)
    for pos, entity in _described_in_narrative(art, drafts, resolved, registry):
        bisect.insort(visible.setdefault(id(entity), []), pos)
    # a recent photo's caption places its people at that day's occasion (an older photo's
    # days date no event, below)
    recent = [c for c in pictured if _recent_photo(text[c[0] : c[1]], published)]
    if recent:
        shown = Spans(recent)
        for e in registry.entities:
            for pos in (p for p in e.positions if p in shown):
                bisect.insort(visible.setdefault(id(e), []), pos)
    # words told in the reporter's frame ("X called the meeting with Y on January 21 ..."):
    # where they name a speaker, they may place that speaker at a day
    told = [p for d in drafts for p in d.pieces if p not in art.quoted_pieces]
    told_spans = Spans(told)
    told_at = {
        id(e): [q for q in e.positions if q in told_spans]
        for e in {id(e): e for _, e, _ in resolved if e is not None}.values()
    }
    # a post the story names no one for ("the Secretary-General"): one speaker for dating,
    # placed where it is named, as a name would be
    posts = unnamed_posts(text, drafts, resolved, told_spans, _narrative_descriptions(art, drafts))
    attributions = [
        Attribution(
            speaker=entity or post,
            person=(entity is not None and entity.kind == "person") or post is not None,
            voice=(entity is not None and VOICE.search(entity.role or "") is not None)
            or (post is not None and post.voice),
            posted=d.posted,
            window=_window(art, d),
            cue_at=d.cue.start if d.cue else d.subject_pos,
            start=d.pieces[0][0],
            speaker_at=visible[id(entity)] if entity else post.at if post else (),
            named_at=entity.positions if entity else (),
            told_at=told_at[id(entity)] if entity else post.told_at if post else (),
            turn=d.turn,
            continues=continues,
            reported=[p for p in d.pieces if p not in art.quoted_pieces],
            said=d.pieces,
            earlier=bool(
                d.cue
                and (
                    _RELATIVE_CUE.search(text, max(0, d.cue.start - 24), d.cue.start)
                    or _CAME_AFTER_SUBJECT.search(
                        text, max(d.sentence.start, d.cue.start - 90), d.cue.start
                    )
                )
                and not _HEARD_NOW.match(text, d.sentence.start, d.cue.start)
                and not _SAID_BY_WHO.search(
                    text, max(d.sentence.start, d.cue.start - 120), d.cue.start
                )
            ),
            background=bool(d.cue and relative_clause(text, d.sentence.start, d.cue.start)),
            # "has released a statement in which it rejected ...": the statement's own
            # content, which "the statement added" carries on (but not "he said")
            document=(d.cue and content_of_saying(text, d.sentence.start, d.cue.start))
            or document_kind(text, d, mention),
        )
        for d, (mention, entity, continues), post in zip(drafts, resolved, posts, strict=True)
    ]
    sentences = _lead_with_its_weekday([(s.start, s.end) for s in art.sents], dateline)
    sections = section_datelines(text)
    # spans whose days date no event of the story, not even one named again below ("after
    # the press conference" is not the one an old photo's caption shows)
    aside: list[tuple[int, int]] = []
    if dateline is not None:
        # the dateline's day is the article's reference, not an occasion in the story, and
        # so is each digest item's for its item
        # (but for the weekday of "WARSAW, Thursday -", the lead's own day)
        aside += [(d.start, d.weekday_at or d.end) for d in (dateline, *sections)]
    # nor are the days in headings and captions ("X and Y in Moscow, April 14, 2023"), but
    # for a photo of the days just before the article's ("X at a press conference in
    # Beijing, March 7, 2024. /CFP"): it places its people at that day's occasion
    aside += [
        (s.start, s.end)
        for s in art.sents
        if _old_caption(text, s.start, published)
        and not _recent_photo(text[s.start : s.end], published)
    ]
    # and the words after a cut, or a whole heading or unfinished line (but for the
    # signature of an embedded post read, whose day is the post's)
    signatures = {d.sentence.end for d in drafts if d.posted}
    for s in art.sents:
        part = said_part(text, s)
        cut = part is None or part.end < s.end
        if cut and s.end not in signatures and not _recent_photo(text[s.start : s.end], published):
            if _ADOPTED_AT.match(text, s.start, s.end):
                continue  # a communique's line: the day of the meeting that adopted it
            said.append((s.start if part is None else part.end, s.end))
    # a caption's whole line, credit and all, but for a recent photo's, and but for a line
    # whose words report someone's saying ("X on June 10 told reporters that ...
    # (Video: Reuters)"): the days of its attribution are the saying's, not the clip's
    reporting = Spans([(d.cue.start, d.cue.end) for d in drafts if d.cue and d.subject])
    aside += [c for c in pictured if c not in recent and not reporting.overlaps(*c)]
    aside += page_stamps(text)  # the page's own day: no event's
    said = said + aside
    days = [(d.start, day) for d in sections if (day := _item_day(d, published))]
    # a listing's items under their date lines, a live page's entries under its day headings,
    # a round-up's items under their days of the week (where no date heading stands)
    headings = day_headings(text, published)
    headed = {at for at, _ in headings}
    weekdays = [(at, day) for at, day in weekday_heads(text, published) if at not in headed]
    # (and a live page's entries under "Today" and "Yesterday")
    relative = relative_day_heads(text, published) if not headed else ()
    days = sorted({*days, *headings, *weekdays, *relative})
    title_day = _title_day(text, published)
    title_month = _title_month(text, published)
    # a transcript's turns were said on the day its header gives, else the article's (or,
    # for a one-voice document the header reader knows no day of, "Statement by the
    # Spokesperson on ... (January 31, 2021)" posted the day after, the day its title
    # closes on)
    turn_day = transcript.when(published) if transcript is not None else None
    if transcript is not None and title_day is not None and _posted_after(transcript, title_day):
        turn_day = title_day
    if transcript is not None and title_month is not None and _in_month(turn_day, title_month):
        # "X's interview with Y, October 2019" posted on 11 October: the title gives the
        # occasion its month, the page's day is only when it was posted
        turn_day = title_month
    if transcript is not None:
        title_day = None
    whens = date_statements(
        text,
        sentences,
        attributions,
        said,
        published,
        days,
        told,
        aside=aside,
        title_day=title_day,
        turn_day=turn_day,
        weekly={at for at, _ in weekdays},
    )
    whens = dated_in_entries(text, [a.start for a in attributions], whens, published)
    # an item's heading on a page of several statements: the day that item was issued
    whens = [
        When(d.issued_on.isoformat(), "item heading") if d.issued_on else w
        for d, w in zip(drafts, whens, strict=True)
    ]
    week = _week_round_up(text, published)
    if week is not None:
        # a round-up of the week: what it tells with no day of its own was said in that week
        untold = published.isoformat() if published else None
        whens = [
            week if not w.evidence and w.edtf == untold and not d.turn else w
            for d, w in zip(drafts, whens, strict=True)
        ]
    if transcript is not None and transcript.read_days:
        # "Let me read you yesterday's statement by ...": the day the statement read was made
        whens = [
            (transcript.read_before(d.pieces[0][0], w) or w) if d.turn and d.pieces else w
            for d, w in zip(drafts, whens, strict=True)
        ]
    return [
        _proposal(art, words, d, mention, entity, when)
        for d, (mention, entity, _), when in zip(drafts, resolved, whens, strict=True)
        if (mention is not None or entity is not None or not d.sentence_subject)
        and (unnamed or not d.no_content)
        and (unnamed or entity is not None or not _unnamed_source(mention))
        and (
            unnamed
            or d.subject is None
            or not d.subject.holder_only
            or (entity is not None and _sole_holder(registry, d.subject, entity))
        )
        and (entity is not None or not _thing_pronoun(mention))
        and (unnamed or entity is not None or not _they_unresolved(mention))
        and (unnamed or entity is not None or not _thing(mention))
        and (unnamed or not _topic_only(art, d))
        and (unnamed or not _press(mention, entity))
        and (unnamed or not _state_as_a_whole(entity))
        and (
            d.cue is not None
            or any(p in art.quoted_pieces for p in d.pieces)
            or not _clock_or_codes(text, d.pieces)
        )
    ]


# one code of a list of codes: capitals and digits, no space ("WRPM", "KQED-FM")
_CODE = re.compile(r"[A-Z0-9][A-Z0-9.-]*")
# what parts the codes of a page's list: a middle dot, a bullet or a bar
_CODE_SEPARATOR = re.compile(r"\s*[\u00b7\u2022|]\s*")


def _clock_or_codes(text: str, pieces: list[tuple[int, int]]) -> bool:
    """Whether the words of ``pieces`` are a page's clock or list of codes, not anyone's
    words: no letter at all ("Next Up:" / "0:00", "01:00 / 00:32"), or codes in capitals
    parted by dots or bars ("Public Files:" / "WEDH \u00b7 WEDN"). Words in capitals are
    kept ("Donald Trump:" / "UNCONDITIONAL SURRENDER!"), as are words in a script with no
    small letters ("Mao Ning:" / Chinese)."""
    words = " ".join(text[a:b] for a, b in pieces).strip()
    if not any(c.isalpha() for c in words):
        return True
    if len(words) > 200:
        return False
    items = _CODE_SEPARATOR.split(words)
    return len(items) >= 2 and all(_CODE.fullmatch(item) for item in items)


# "Answering reporters' questions on Wednesday, the Russian diplomat touched on ...": a
# sentence of the reporter's whose subject is a description of someone (after any phrase
# put first), then its verb
_NARRATIVE_SUBJECT = re.compile(
    r"(?:[^,;:\"\u201c\u201d\n]{0,120},\s+|\d{1,2}\.\s+)?(?P<np>[Tt]he\s+(?:[\w-]+\s+){0,3}?"
    r"(?i:diplomat|minister|envoy|ambassador|spokesman|spokeswoman|spokesperson|president|"
    r"leader|official|chief|secretary-general|secretary|senator|lawmaker|premier|chancellor)"
    # a post by its initials, as a release's numbered paragraphs open ("3. EAM conveyed")
    r"|(?:[Tt]he\s+)?(?:EAM|FM|PM))"
    # (one of two subjects: "The Foreign Secretary and the Egyptian Foreign Minister met")
    r"(?:\s+and\s+[^,;:\"\u201c\u201d\n]{1,80}?)?\s+"
    r"(?:[a-z]+ed|was|is|has|had|met|held|took|gave|made|spoke|went|came|left|began|sent)\b"
)


def _narrative_descriptions(
    art: ArticleReading, drafts: list[Draft]
) -> Iterator[tuple[int, SpeakerPhrase]]:
    """The sentences that frame no statement and open with a description of someone as
    their subject ("On Monday the Secretary-General spoke at ...", "..., the Russian diplomat
    touched on ..."): where the description stands, and what it says."""
    framed = {d.sentence.start for d in drafts}
    for s in art.sents:
        if s.start in framed:
            continue
        m = _NARRATIVE_SUBJECT.match(art.text, s.start, s.end)
        mention = parse_speaker(m["np"]) if m else None
        if m is not None and mention is not None and mention.kind == "description":
            yield m.start("np"), mention


def _narrative_subjects(
    art: ArticleReading, drafts: list[Draft], registry: Registry
) -> list[tuple[int, Entity]]:
    """The named person such a description is ("the Secretary-General"): that person leads
    the sentence, and "he said" next is theirs, not that of whoever was named last."""
    out = []
    for pos, mention in _narrative_descriptions(art, drafts):
        found = description_referent(registry, mention, pos, None)
        if found is not None and found.kind == "person":
            out.append((pos, found))
    return out


def _described_in_narrative(
    art: ArticleReading,
    drafts: list[Draft],
    resolved: list[tuple[SpeakerPhrase | None, Entity | None, int | None]],
    registry: Registry,
) -> list[tuple[int, Entity]]:
    """Where such a description is of one who speaks in the story ("the Russian diplomat
    touched on ..."): a place the story puts that speaker at, and so at the sentence's day,
    as a name would."""
    speakers = sorted(
        ((d.subject_pos, e) for d, (_, e, _) in zip(drafts, resolved, strict=True) if e),
        key=lambda found: found[0],  # two drafts may share a subject: never compare entities
    )
    at = [p for p, _ in speakers]
    who = [e for _, e in speakers]
    speaking = {id(e) for e in who}
    out: list[tuple[int, Entity]] = []
    for pos, mention in _narrative_descriptions(art, drafts):
        k = bisect.bisect_left(at, pos)
        found = description_referent(registry, mention, pos, who[k - 1] if k else None)
        if found is not None and found.kind == "person" and id(found) in speaking:
            out.append((pos, found))
    return out


# "Readout of Foreign Minister Cho's Phone Call with Secretary Blinken on December 9",
# "Remarks by X at the Y Forum (Dec. 10, 2024)": a title naming an occasion and ending with
# its day, the day of the words below that give none (the page may be posted later)
_OCCASION_TITLE = re.compile(
    r"\b(?:readout|phone call|telephone (?:call|talk|conversation)|talks|meeting|remarks|"
    r"statement|press conference|news conference|briefing|speech|address|interview|"
    # "Declaration by the High Representative on behalf of the EU on ..., 30 July 2024",
    # "Council conclusions on Ukraine, 12 March 2024": a body's text, adopted that day
    r"declaration|conclusions|communiqu[e\u00e9])\b",
    re.I,
)
_TITLE_DATE_END = re.compile(
    rf"(?:\bon\s+|,\s*|\(\s*)(?P<date>(?:{MONTH_NAMES})\.? \d{{1,2}}(?:,? \d{{4}})?|"
    rf"\d{{1,2}} (?:{MONTH_NAMES})\.?(?:,? \d{{4}})?|"
    # "Outcome of the Foreign Ministers' Meeting (2024.5.14)": year first, as Korean pages
    rf"(?:19|20)\d\d[-./]\d{{1,2}}[-./]\d{{1,2}}|"
    # "Minister X's Interview with the Y Daily (4.26.)": two numbers alone in brackets, no
    # year (see _short_day)
    r"(?<=\()\s*\d{1,2}\.\d{1,2}\.?(?=\s*\)))\s*\)?\s*$"
)
_SHORT_DAY = re.compile(r"\s*(\d{1,2})\.(\d{1,2})\.?")
# how many days before its posting a title's short day may be (an interview, a talk)
_SHORT_DAY_BEFORE = 31
_TITLE_CHARS = 200


# how many lines of a page's head may stand above its title ("Media Center", "Press
# Releases", the site's name): the title is among its first few short lines
_HEAD_LINES = 3


def _head_lines(text: str) -> list[str]:
    """The page's first dozen lines that hold anything, stripped: where a title and a
    standfirst stand."""
    return [ln.strip() for ln in text.lstrip().split("\n", 12)[:12] if ln.strip()]


def _head_title(text: str, ending: re.Pattern[str] = _TITLE_DATE_END) -> re.Match[str] | None:
    """The day (or, with another ``ending``, the month) that closes the title of an occasion
    at the head of the page: the first of its first few short lines that names an occasion
    and ends with it. A site's section name ("Media Center") may stand above the title; a
    line of prose (one that closes on a stop) ends the head: no title lies below the text's
    first sentence."""
    lines = _head_lines(text)
    for line in lines[:_HEAD_LINES]:
        if len(line) > _TITLE_CHARS or line[-1] in ".!?:":
            return None
        if _OCCASION_TITLE.search(line):
            # the title: what it ends with, if any
            return ending.search(line)
    return None


# a page posted within a week of the occasion its title dates (as transcript_header reads it)
_REPOSTED_DAYS = 7


def _posted_after(transcript: Transcript, title_day: When) -> bool:
    """Whether a transcript's header gives no day of its own but the page's (its posting
    day, a line of a date alone, or none), within the week after the day the title closes
    on: the title's day is the occasion's. (The header reader knows a briefing's or an
    interview's title; a statement's, "Statement by the Spokesperson on ... (January 31,
    2021)" over "February 01, 2021", is a title as well.)"""
    if transcript.day is None and transcript.month_day is None:
        return True
    told = datetime.date.fromisoformat(title_day.edtf or "")
    return transcript.day is not None and 0 < (transcript.day - told).days <= _REPOSTED_DAYS


# a page's title (or standfirst) that calls it a round-up of the week it closes: "This week at
# the Foreign Office", "The week in review", "Week in diplomacy", "Weekly round-up: ...",
# "A look at the ministry's work this week", "Highlights of the week" (not "The week ahead":
# a plan; not "last week's ...": another week; not a headline telling one thing done "this
# week", "Minister to visit Delhi this week": the whole page's subject is the week)
_WEEK_ROUND_UP = re.compile(
    r"(?:(?:this|the|past)\s+week(?:['\u2019]s)?\s+(?:at|in|on|around)\s"
    r"|(?:the\s+)?week\s+in\s+(?:review|brief|diplomacy|focus)\b"
    r"|[^\n]*?\b(?:weekly|week['\u2019]s)\s+(?:round-?up|digest|review|wrap(?:-?up)?|highlights)\b"
    r"|[^\n]*?\b(?:round-?up|review|highlights|digest)\s+of\s+(?:the|this)\s+week\b)",
    re.I,
)
# a standfirst saying so: "A look at the work of the ministry and its embassies this week."
_WEEK_LOOKED_AT = re.compile(
    r"(?:a\s+)?look\s+(?:back\s+)?at\s+[^\n]{0,120}?\b(?:this|the\s+past)\s+week\b", re.I
)


def _week_round_up(text: str, published: datetime.date | None) -> When | None:
    """The week a page looks back on, when its title (one of its first few lines, no
    sentence) or the standfirst below it calls it a round-up of the week up to its day: its
    items were said on some day of that week, which the publication day would make up; None
    for any other page (a story's first sentence ends the head)."""
    if published is None:
        return None
    lines = _head_lines(text)
    for line in lines[: _HEAD_LINES + 1]:
        if len(line) > _TITLE_CHARS:
            return None
        prose = line[-1] in ".!?"
        if _WEEK_LOOKED_AT.match(line) or (not prose and _WEEK_ROUND_UP.match(line)):
            found = find_when("this week", published)
            if found is None or not found.edtf:
                return None
            return When(found.edtf, f"a round-up of the week: '{line[:60]}'")
        if prose:
            return None
    return None


def _title_day(text: str, published: datetime.date | None) -> When | None:
    """The day an occasion's title ends with, when the text opens with one (under the site's
    section name, perhaps: see _head_title)."""
    m = _head_title(text)
    if m is None:
        return None
    if _SHORT_DAY.fullmatch(m["date"]):
        if _numbered_elsewhere(text, m["date"]):
            return None  # "... Digital Strategy (3.1)" over "version 3.1 of the strategy"
        day = _short_day(m["date"], published)
        return (
            When(day.isoformat(), f"the title's day: '{m['date'].strip()}'", inherited=True)
            if day
            else None
        )
    found = find_when(m["date"], published)
    if found is None or not found.edtf or len(found.edtf) != 10:
        return None
    if published is not None and found.edtf > published.isoformat():
        return None  # a day still to come: a plan's title
    return When(found.edtf, f"the title's day: '{m['date']}'", inherited=True)


# a number a thing is known by: "version 3.1", "v3.1", "release 2.4", "phase 1.2"
_NUMBERED_THING = re.compile(
    r"\b(?:version|ver\.?|v|release|edition|phase|section|chapter|article|rule|level|"
    r"stage|step|grade|model)\s*\(?\s*$",
    re.I,
)


def _numbered_elsewhere(text: str, written: str) -> bool:
    """Whether the two numbers of a title's brackets ("(3.1)") are a thing's number, not a
    day: written on the page outside brackets ("we are launching version 3.1"), or after a
    word that numbers a thing ("version 3.1", "v3.1"). A day written with its closing stop
    ("(4.26.)") is a day."""
    number = written.strip()
    if number.endswith("."):
        return False
    pattern = re.compile(rf"(?<![\d.]){re.escape(number)}(?!\d|\.\d)")
    for found in pattern.finditer(text):
        before = text[max(0, found.start() - 12) : found.start()]
        if not before.rstrip().endswith("(") or _NUMBERED_THING.search(before):
            return True
    return False


def _short_day(written: str, published: datetime.date | None) -> datetime.date | None:
    """The day two bare numbers in a title's brackets give ("(4.26.)"; month first as East
    Asian sites write it, day first as European ones do): of the readings that are a real
    day, the one nearest before the page's posting, within a month (an occasion's title is
    posted on its day or soon after: never a day to come; "(12.30.)" on a page of January
    2 is the past December's). None without the posting day, or when no reading fits."""
    m = _SHORT_DAY.fullmatch(written)
    if m is None or published is None:
        return None
    a, b = int(m[1]), int(m[2])
    best = None
    for month, day in ((a, b), (b, a)):
        for year in (published.year, published.year - 1):
            try:
                told = datetime.date(year, month, day)
            except ValueError:
                continue
            gap = (published - told).days
            if 0 <= gap <= _SHORT_DAY_BEFORE and (best is None or told > best):
                best = told
    return best


# a title that closes on a month and its year alone: "..., October 2019", "(March 2021)"
_TITLE_MONTH_END = re.compile(rf"(?:,\s*|\(\s*)(?P<date>(?:{MONTH_NAMES})\.?,? \d{{4}})\s*\)?\s*$")


def _title_month(text: str, published: datetime.date | None) -> When | None:
    """The month an occasion's title dates it to when it gives no day ("Minister's interview
    with a magazine, October 2019"): all a reader knows of the day its words were said (not
    a month still to come: a plan's title)."""
    m = _head_title(text, _TITLE_MONTH_END)
    if m is None:
        return None
    found = find_when(f"in {m['date'].replace(',', '')}", published)
    if found is None or not found.edtf or len(found.edtf) != 7:
        return None
    if published is not None and found.edtf > published.isoformat()[:7]:
        return None
    return When(found.edtf, f"the title's month: '{m['date']}'", inherited=True)


def _in_month(day: When | None, month: When) -> bool:
    """Whether a day (a transcript's posting day) falls in the month a title gives."""
    return day is not None and (day.edtf or "")[:7] == month.edtf and len(day.edtf or "") == 10


def _thing(mention: SpeakerPhrase | None) -> bool:
    """ "Recent satellite imagery apparently indicated that ...": a subject described by a
    noun for no one who speaks (data, images, a process), whose showing is no statement."""
    return mention is not None and mention.kind == "description" and mention.head in _THINGS


# nouns for what shows or records, never for who speaks (a document speaks for its author)
_THINGS = frozenset((
    "imagery", "images", "photos", "pictures", "footage", "video", "videos", "data", "figures",
    "statistics", "numbers", "evidence", "results", "records", "satellite", "talks", "meeting",
    "estimates", "survey", "surveys", "poll", "polls", "tally", "count", "census",
    # a law's text lays down rules, no one says them there ("The constitution says ...")
    "constitution", "treaty", "charter", "accord",
    "visit", "decision", "move", "process", "situation", "attack", "strike", "law", "bill",
    "plan", "deal", "agreement", "measures", "sanctions",
    # a paper whose author the story does not give ("the report said", after naming the
    # outlet or the committee that released it; "leaflets criticising the regime"): no one
    # the tracker can record its words for (one whose issuer is named speaks: descriptions)
    "report", "leaflets",
))  # fmt: skip


def _topic_only(art: ArticleReading, d: Draft) -> bool:
    """ "Later in the day, Abe told a separate rally on the issue.": the words after the verb
    and its hearer only name what it was about, a mention with no content (ANNOTATION.md);
    "told a rally on the issue that ..." says something. (Left out here, at the end, so a
    quotation the sentence introduces below still goes to its speaker.)"""
    return (
        len(d.pieces) == 1
        and not art.quotes_in(*d.pieces[0])
        and (
            TOPIC_NOUN_ONLY.fullmatch(art.text, *d.pieces[0]) is not None
            # "reiterated the government's stance on the matter.": a stand named, not told
            or STANCE_NAMED_ONLY.fullmatch(art.text, *d.pieces[0]) is not None
            # "said what issues should be discussed.": an indirect question, no answer given
            or (d.cue is not None and WH_QUESTION_ONLY.fullmatch(art.text, *d.pieces[0]))
            # "Stent describes the new approach this way.": a lead-in to words below (not
            # "said it could not go on this way.", words of their own)
            or (
                d.cue is not None
                and d.cue.lemma in ("describe", "explain", "put_it")
                and POINTER_ONLY.fullmatch(art.text, *d.pieces[0]) is not None
                and _object_pointer(art.text, d.cue.end, *d.pieces[0])
            )
        )
    )


# a word that makes the words before "this way" a clause of their own, no object: "that",
# a subject pronoun, an auxiliary, a modal or "to" ("explained that the sanctions had been
# designed this way", "explained Germany had always acted this way", "had to respond")
# (lexicon's auxiliaries and modals, less its negations: "didn't" is told by its ending)
_OWN_CLAUSE_WORDS = (AUXILIARIES - {"not", "n't"}) | frozenset(
    ("shall", "to", "that", "which", "why", "how", "what", "who", "i", "he", "she", "we", "they")
)
# a determiner or an object pronoun: "the new approach", "it" (not "that": a clause's word)
_OBJECT_OPENERS = (DEFINITE - {"that"}) | frozenset(
    ("a", "an", "my", "your", "it", "them", "him", "us", "me")
)


def _object_pointer(text: str, cue_end: int, start: int, end: int) -> bool:
    """ "describes the new approach this way.", "put it like this.": an object phrase, then
    the pointer; not a clause with a subject and a verb of its own that ends "this way"."""
    before = re.split(rf"\s+{POINTER}\b", text[start:end])[0]
    words = [w.lower() for w in re.findall(r"[\w'\u2019-]+", text[cue_end:start] + " " + before)]
    if any(w in _OWN_CLAUSE_WORDS or w.endswith("n't") for w in words):
        return False
    if any(
        re.fullmatch(r"[a-z]+ed", w) and (n == 0 or words[n - 1] not in _OBJECT_OPENERS)
        for n, w in enumerate(words)
    ):
        return False  # "explained Germany acted this way": a past verb, no object
    return not words or words[0] in _OBJECT_OPENERS


def _thing_pronoun(mention: SpeakerPhrase | None) -> bool:
    """ "It underlines the threat ...": an "it" that goes back to no one who speaks points at
    a thing, whose showing or meaning is no statement."""
    return mention is not None and mention.kind == "pronoun" and mention.text.lower() == "it"


def _they_unresolved(mention: SpeakerPhrase | None) -> bool:
    """ "Russia voted against it, they said." after "diplomats said": a "they" that goes
    back to no one named stands for unnamed sources, whose words a tracker leaves out (an
    attribution study counts them: see ``unnamed``)."""
    return mention is not None and mention.kind == "pronoun" and mention.text.lower() == "they"


def _press(mention: SpeakerPhrase | None, entity: Entity | None) -> bool:
    """ "CBS News' Jane Doe said, '...'", "Doe asked", "the journalist noted": a reporter at a
    briefing or an interview asks and remarks; a statement tracker records the officials
    they question, not them (attribution studies count them: see ``unnamed``)."""
    if (
        entity is None  # "the host, President X," is the president
        and mention is not None
        and mention.kind in ("description", "unnamed")
        and (mention.head or "") in PRESS_TITLES
    ):
        return True
    if mention is not None and mention.kind == "person" and journalist(mention):
        return True
    if entity is None or entity.kind != "person":
        return False
    if press_role(entity.role):
        return True
    inst = entity.institution
    if NOT_PRESS_POSTS.intersection((entity.role or "").lower().split()):
        return False  # "AFP chief Gen. X": a rank no outlet gives, the acronym another body's
    return bool(inst) and is_media(SpeakerPhrase("institution", inst, inst))


# the names of states that are their governments' own: "the Holy See said" is the papacy's
# government speaking (its state is Vatican City), as "the Kremlin said" is a body's words
_GOVERNMENT_NAMES = frozenset(("Holy See",))


def _state_as_a_whole(entity: Entity | None) -> bool:
    """ "Turkey welcomed the deal", "Washington warned that ...": a state named for its
    government, with no one who spoke for it; like an unnamed source, no official or body a
    statement can be recorded for (the corpus annotates such words as optional), so they are
    listed only when ``unnamed`` asks for them."""
    return (
        entity is not None
        and entity.kind == "institution"
        and entity.name in CODE
        and entity.name not in _GOVERNMENT_NAMES
    )


def _sole_holder(registry: Registry, post: SpeakerPhrase, entity: Entity) -> bool:
    """'... with the foreign minister, who said ...': the one holder of that post the article
    names; not where it names two ("Lavrov met Turkish Foreign Minister Hakan Fidan", "Trump
    spoke with Putin" under "the president, who said")."""
    country = post.country
    # the post's own words, after its last article ("... worries the minister": "minister")
    said = post.text.split()
    arts = [i for i, w in enumerate(said) if w.lower() in ("the", "a", "an")]
    words = [
        w.lower() for w in said[arts[-1] + 1 if arts else 0 :] if not (country and w[:1].isupper())
    ]
    holders = [
        e
        for e in registry.entities
        if e.kind == "person"
        and (country is None or e.country in (None, country))
        and any(
            all(w in title.lower().split() for w in words) for title in (e.role or "", *e.titles)
        )
    ]
    return holders == [entity]


def _unnamed_source(mention: SpeakerPhrase | None) -> bool:
    """ "A senior official", "diplomats", "sources": someone the text does not name (two named
    people speaking together are not that)."""
    return mention is not None and mention.kind == "unnamed" and mention.head != "pair"


# "Adopted by the Peace and Security Council at its 1264th meeting held on 20 March 2025":
# a communique's heading, whose day is that of the body's words below it
_ADOPTED_AT = re.compile(r"\s*Adopted by\b[^\n]{0,200}?\bheld on\b")
_PHOTO_CREDIT = re.compile(
    r"/\s*(?:CFP|Xinhua|AFP|Reuters|AP|IC|VCG|CGTN|Getty|EPA)\b|(?<!file )\b(?:Photo|Photograph)\b",
    re.I,
)
_CAPTION_DAYS = 3  # a photo this many days older than the article is of its news


# a caption's credit at the end of its line: "... Kuala Lumpur, November 22, 2021. — Bernama
# pic", "... on Aug. 5, 2015. [Photo/Xinhua]", "(Photo: AFP/Roslan Rahman)"
_CAPTION_END = re.compile(
    r"(?:\bpic|\[Photo[^\]\n]{0,40}\]|\((?:File )?Photo[^)\n]{0,60}\)|\bPhoto:[^\n]{0,60}"
    # "... in Islamabad, on November 17, 2022. \u2014 Facebook/foreignofficepk", "\u2014Screengrab
    # via YouTube/ Geo News": a dash, then where the picture was taken from (Pakistani papers)
    r"|[\u2014\u2013]\s*(?:(?:Photo|Screengrab|Screenshot|File)\b|(?:Facebook|Twitter|YouTube|"
    r"Instagram|X)\s*/)[^\n]{0,60}"
    r"|/\s*(?:CFP|Xinhua|AFP|Reuters|AP|IC|VCG|CGTN|Getty|EPA)"
    # a photographer and the agency: "Majid Asgaripour/WANA (West Asia News Agency)"
    r"|(?-i:[A-Z][a-z]+ [A-Z][\w-]+/[A-Z]{2,}(?: \([^)\n]{0,60}\))?))\W*$",
    re.I,
)


_CAPTION_CHARS = 400  # a caption is a short line


def _old_caption(text: str, start: int, published: datetime.date | None) -> bool:
    """A sentence on a photo caption's line that dates the photo in full: the day of an
    older picture reused, not an occasion of the story (a recent one is kept, below)."""
    line_start = text.rfind("\n", max(0, start - _CAPTION_CHARS), start) + 1
    line_end = text.find("\n", start, start + _CAPTION_CHARS)
    if line_end < 0 and start + _CAPTION_CHARS < len(text):
        return False  # a line that long is prose, not a caption
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if len(line) > _CAPTION_CHARS:
        return False
    return bool(_CAPTION_END.search(line)) and bool(dates_in_full(line))


def _recent_photo(line: str, published: datetime.date | None) -> bool:
    """A photo caption with a credit, or one printed with none but shaped as a scene's
    ("X addresses reporters at the U.N., Sept. 19, 2017."), and a full date at most a few
    days before the article's: the day of the occasion it shows."""
    if published is None or not (_PHOTO_CREDIT.search(line) or scene_caption(line)):
        return False
    return any(0 <= (published - day).days <= _CAPTION_DAYS for day in dates_in_full(line))


_ACRONYM = re.compile(r"[A-Z]{2,8}")
# ("who also said", "who publicly said": an adverb may stand between)
# "Her claims come after the president spoke of ...", "The move came shortly after Moscow
# said ...": the clause tells what went before the news the sentence reports, so the words
# were said before the story's day (a day of their own, "said on Tuesday", still dates them)
_CAME_AFTER_SUBJECT = re.compile(
    r"\b(?:comes?|came|coming)\s+(?:just\s+|shortly\s+|soon\s+|days\s+|weeks\s+)?after\s+"
    r"(?:[\w.'\u2019-]+\s+){1,6}$"
)
_RELATIVE_CUE = re.compile(r"\bwho\s+(?:(?:also|then|once|\w+ly)\s+)?$")
# '"...," said the minister, who added that ...': the relative adds to the words just
# attributed, on their occasion, not background told in passing
_SAID_BY_WHO = re.compile(
    r"\b(?:said|says|told|tells|wrote|writes)\s+[^,.;:\"\u201c\u201d]{1,80}"
    # ("said Senegal's foreign minister, Yassine Fall, who added": the name set off)
    r"(?:,\s+[^,.;:\"\u201c\u201d]{1,40})?,\s+who\s+"
    r"(?:(?:also|then|\w+ly)\s+)?$"
)
# UN meetings coverage: "Also briefing the Council was X, who said ...", "The Council also
# heard from X, who said ...": the relative clause tells what the briefer said then
_HEARD_NOW = re.compile(
    r"\W*(?:Also\s+(?:briefing|speaking|addressing|taking the floor)\b|"
    r"[^.;:\n]{0,80}?\b(?:heard (?:from|a briefing by|briefings by)|(?:was|were) briefed by)\b|"
    # "The discussions included Foreign Minister X, who denounced ...", "The meeting was
    # attended by X, who said ...": the sentence tells the occasion and who took part in
    # it, and the words in the relative clause are what that participant said there, not
    # background from before it
    r"(?:The|Both|Their)\s+(?:[\w-]+\s+){0,3}?(?:talks|discussions|meetings?|"
    r"consultations|negotiations|session|conference|summit)\s+"
    r"(?:(?:also\s+)?(?:included|involved|brought together)|(?:was|were)\s+(?:also\s+)?"
    r"(?:attended|joined)\s+by)\b)"
)


def _as_written(text: str, pieces: list[tuple[int, int]]) -> str:
    """The pieces joined by single spaces, a bare day between two kept where it stands
    ("dismissed the claims late on Friday as ..."): dating left it out of the words."""
    out = text[pieces[0][0] : pieces[0][1]]
    for (_, end), (start, stop) in zip(pieces, pieces[1:], strict=False):
        out += (text[end:start] if bare_day_between(text, end, start) else " ") + text[start:stop]
    return out


def _uncapitalised(name: str) -> str:
    """ "KHALED KHIARI, Assistant Secretary-General ..., said": a name set in capitals, as the
    UN's meetings coverage sets its speakers', written as a name is ("Khaled Khiari")."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group()[:1] + m.group()[1:].lower(), name)


def _proposal(
    art: ArticleReading,
    words: str,
    d: Draft,
    mention: SpeakerPhrase | None,
    entity: Entity | None,
    when: When,
) -> ProposedStatement:
    kind = "direct" if d.turn or d.verbatim else _kind(art, d)
    if entity is not None:
        speaker, stype = entity.name, entity.kind
        role, inst = entity.role, entity.institution
        if d.turn and d.subject is not None and d.subject.role:
            # the post a transcript's label or header gives for the occasion, not one read
            # from its page furniture ("Jane Doe Portrait Mrs Doe")
            role = d.subject.role
        if stype == "person" and _ACRONYM.fullmatch(speaker):
            stype = "institution"  # "the IMF said", "UNICEF said": a body known by initials
        elif stype == "person" and speaker.isupper() and " " in speaker:
            speaker = _uncapitalised(speaker)
    else:
        speaker = mention.text if mention is not None and mention.kind != "pronoun" else None
        stype, role, inst = "unknown", None, None
    evidence = (when.evidence + ("" if when.fits else " (weekday does not fit)")) or None
    return ProposedStatement(
        speaker=speaker,
        speaker_type=stype,
        role=role,
        institution=inst,
        kind=kind,
        said_on=when.edtf,
        date_evidence=evidence,
        text=_PADDED_MARK.sub(" ", _as_written(words, d.pieces)),
        span=(d.pieces[0][0], d.pieces[-1][1]),
        confidence=confidence(
            mention.kind if mention is not None else None, entity is not None, kind, when
        ),
        cue=d.cue.word if d.cue else None,
    )
