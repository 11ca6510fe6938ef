"""Russian text as the rules read it: words, quotations and sentences.

Russian prints quotes as «ёлочки», nests „лапки“ (or «ёлочки» again) inside them, and
some outlets use straight marks. A stack of open marks keeps a nested quote inside its outer
one, so only the outermost quotation is a statement. A paragraph still inside a quote
continues it when the next paragraph opens with a mark again, or when the next paragraph's
first mark closes it (a quotation of paragraphs marked at its ends only). Sentences end at . ! ? …
before a capital, a quote mark or a dash, never inside a quote or after an initial ("П.")
or a common abbreviation ("г.", "т.е.", "прим.").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import NamedTuple

from tracker.extract.quotes import Quote, trim_piece
from tracker.extract.russian import morph
from tracker.extract.russian.lexicon import EAST_ASIAN_SURNAMES, SAYING, word_set
from tracker.extract.segment import bounded
from tracker.extract.spans import Spans

OPEN_MARKS = "«„“"
CLOSE_MARKS = "»“”"
MARKS = '«»„“”"'
_MARK = re.compile('[«»„“”"]')
# "И.о." (исполняющий обязанности) is one word, an acting post as "врио" is, not "и" and "о"
_WORD = re.compile(
    r"(?<![\w.])[Ии]\.[Оо](?=\.)|[А-ЯЁа-яёA-Za-z0-9]+(?:[-'\u2019][А-ЯЁа-яёA-Za-z0-9]+)*"
)
_ABBREV = word_set(
    "г гг т е д п др пр ст ч им ул см прим корр млн млрд тыс руб долл англ н э в вв св ж "
    "о и тел стр рис табл ред авт нем франц исп лат греч обл р-н пос"
)
# Units of amounts, cut short before a lower-case word ("5 млн. долларов") and at the end
# of a sentence alike
_UNITS = word_set("млн млрд тыс руб долл")
# Short forms a title in quotation marks follows with no space: "журн.«Международная жизнь»",
# "газ.«Известия»", "букв.«мир через силу»", "т.наз.«...»"
_BEFORE_TITLE = word_set("газ журн букв изд наз см им ред пер цит сокр англ")
_BOUNDARY = re.compile(
    r"(?:[.!?…]+)[\"»”“)\]]*\s+(?=[\"«„“(\[\u2014\u2013-]?\s?[А-ЯЁA-Z0-9])"
    # a stop whose space was lost, as pages copied from the web have it ("развития.Ранее",
    # "истории».По словам"): after a lower-case word or its closing mark, before a
    # capitalised one; not initials ("С.Лавров"), not "г.Москва"
    # (or before a quotation opening so: "времени.«Мы готовы», — сказал")
    r"|(?:(?<=[а-яё]{3})|(?<=[а-яё][»\"”]))\.(?=[А-ЯЁ][а-яё]|[«\"„“][А-ЯЁ])"
    # or after a name in capitals, an outlet's ("передает RT.Постпред", "ТАСС.По словам")
    r"|(?:(?<=[^\w.][A-Z]{2})|(?<=[^\w.][А-ЯЁ]{2})|(?<=[^\w.][A-ZА-ЯЁ]{3}))\.(?=[А-ЯЁ][а-яё]{2})"
)


def _quotation_ends(text: str, inside: Spans, dot: int, after: int, sentence_start: int) -> bool:
    """Whether the stop at ``dot`` ends a quotation, and the sentence with it: its closing
    mark right after the stop ("агрессию.» Он выступил", "агрессию.“ Он" as a mark of the
    wrong kind closes it), a new sentence after (not a dash naming the speaker)."""
    span = inside.containing(dot)
    if span is None or span[1] != dot + 1 or text[after : after + 1] in _DASHES:
        return False
    opens = not text[sentence_start : span[0] - 1].strip()
    nxt = inside.containing(after + 1) if opens and text[after : after + 1] in '«„“"' else None
    # "«Мы не отступим.» «Мы продолжим ...», — сказал он": a quotation opening the sentence,
    # then the next one, the same speaker's, carries the words on to the dash naming him (not
    # after "заявил: «...»", whose quotation has its speaker)
    return nxt is None or not _DASH_AFTER.match(text, nxt[1] + 1)


_DASH_AFTER = re.compile(r"\s*,?\s*[\u2014\u2013-]")


_DASHES = "\u2014\u2013-"


class Word(NamedTuple):
    """A word of the text and where it stands (a tuple: an article makes thousands)."""

    start: int
    end: int
    text: str


class Sentence(NamedTuple):
    start: int
    end: int
    para: int


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    stop = len(text) if end is None else end
    return [Word(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, stop)]


def _opens(text: str, pos: int) -> bool:
    """A straight mark that starts a quotation: after a space, a bracket or a dash, before a
    word."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return (before.isspace() or before in "([-\u2014\u2013:/«„") and not after.isspace()


def find_quotes(text: str) -> list[Quote]:
    """The outermost quotations of ``text``, in order."""
    quotes: list[Quote] = []
    paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    stack: list[str] = []  # the closing marks each open quote waits for
    pieces: list[tuple[int, int]] = []
    open_at = outer_start = -1
    for n, (p_start, p_end) in enumerate(paras):
        last: dict[str, int] | None = None  # the paragraph's last closing marks, read once
        merged = _merged_close(text, p_start, p_end, paras[n + 1 : n + 2]) if not stack else -1
        for m in _MARK.finditer(text, p_start, p_end):
            c, pos = m.group(), m.start()
            if c == '"':
                if stack and stack[-1] == '"' and not (_opens(text, pos) and len(stack) == 1):
                    closing = True
                elif not stack or _opens(text, pos):
                    closing = False
                else:
                    continue
                waits = '"'
            elif c == "«":
                closing, waits = False, "»"
            elif c == "„":
                closing, waits = False, "“”"
            elif c == "“":
                if stack and "“" not in stack[-1] and last is None:
                    last = _last_marks(text, p_start, p_end)
                closing = bool(stack) and (
                    "“" in stack[-1] or _closes_instead(text, pos, p_end, stack[-1], last)
                )
                waits = "”"
            else:  # » or ”
                if pos == merged and len(stack) == 2:
                    stack.pop()  # "«... «...», ...": one mark closes the inner and the outer
                closing = bool(stack) and c in stack[-1]
                if not closing and stack and any(c in w for w in stack):
                    while stack and c not in stack[-1]:
                        stack.pop()  # a nested quote left open: close it with its outer one
                    closing = bool(stack)
                if not closing and stack and len(stack) == 1:
                    last = last if last is not None else _last_marks(text, p_start, p_end)
                    closing = _closes_instead(text, pos, p_end, stack[-1], last)
                if not closing:
                    continue
            if not closing:
                if not stack:
                    if not pieces:
                        outer_start = pos
                    open_at = pos + 1
                stack.append(waits)
                continue
            stack.pop()
            if not stack:
                pieces.append(trim_piece(text, open_at, pos))
                quotes.append(_quote(pieces, outer_start, pos + 1))
                pieces = []
        if stack:
            pieces.append(trim_piece(text, open_at, p_end))
            nxt = paras[n + 1] if n + 1 < len(paras) else None
            if nxt and len(stack) == 1 and _closed_in(text, nxt, stack[0]):
                open_at = nxt[0]  # a quotation of paragraphs, marked at its ends only
                continue
            stack = []
            if nxt and text[nxt[0]] in OPEN_MARKS + '"':
                continue  # the next paragraph's opening mark carries the same quotation on
            quotes.append(_quote(pieces, outer_start, p_end))
            pieces = []
    if pieces:
        quotes.append(_quote(pieces, outer_start, paras[-1][1]))
    return [q for q in quotes if q.pieces]


def _merged_close(text: str, p_start: int, p_end: int, nxt: list[tuple[int, int]]) -> int:
    """Where one "»" closes a quotation nested in «ёлочки» and the one around it together, as
    Russian print merges "»»" into one ("заявила, что с «сожалением наблюдает, как Россия
    «вернула Грузию в свою орбиту», давая понять, «что ...»."): the first mark that brings
    the paragraph's «ёлочки» from two deep to one, when the paragraph opens one more than it
    closes, none is left open past that mark, and the next paragraph carries no quotation on
    (opening with a mark, or closing one first); -1 otherwise."""
    if text.count("«", p_start, p_end) != text.count("»", p_start, p_end) + 1:
        return -1
    if nxt and (text[nxt[0][0]] in MARKS or _closed_in(text, nxt[0], "»")):
        return -1
    depth, merged = 0, -1
    for m in re.finditer("[«»]", text[p_start:p_end]):
        if m.group() == "«":
            depth += 1
        elif depth == 2 and merged < 0:
            merged, depth = p_start + m.start(), 0
        elif depth:
            depth -= 1
        else:
            return -1
    if merged < 0 or depth != 0 or _dash_names_speaker(text, merged + 1, p_end):
        return -1
    return merged


# ", — сказал Греф", "? — спросил он", ", - отметил представитель Кремля": a dash after the
# words, then the one who said them
_DASH_THEN = re.compile(r"[,!?…]\s*(?:[\u2014\u2013]|(?<=\s)-)\s*")


def _dash_names_speaker(text: str, start: int, end: int) -> bool:
    """Whether a dash naming the speaker follows in ``text[start:end]``: the quotation still
    open there goes on to it («В этом году мы откроем филиал «Сбер Банка» в Минске ..., —
    сказал Греф»: the writer left out the outer closing mark, no mark closes two)."""
    for m in _DASH_THEN.finditer(text, start, end):
        # (three words read, not the paragraph's rest: a paragraph of dashes read it at each)
        after = itertools.islice(_WORD.finditer(text, m.end(), end), 3)
        if any(morph.lemma(w.group()) in SAYING for w in after):
            return True
    return False


def _last_marks(text: str, p_start: int, p_end: int) -> dict[str, int]:
    """Where each closing mark stands last in the paragraph (-1 where it is not), read once
    a paragraph: asking for every mark of the wrong kind whether the awaited one comes later
    in it rescanned the rest of the paragraph each time (quadratic in a long one)."""
    return {ch: text.rfind(ch, p_start, p_end) for ch in '»”“"'}


def _closes_instead(text: str, pos: int, p_end: int, waits: str, last: dict[str, int]) -> bool:
    """Whether the mark at ``pos``, of another kind than the one the open quotation waits
    for, closes it: glued to the word or stop before it, a space or a stop after it, and the
    awaited mark nowhere later in the paragraph ("«Мы не примем сделки.“ Он выступил"), by
    ``last``, the paragraph's :func:`_last_marks`."""
    glued = pos > 0 and not text[pos - 1].isspace()
    after = text[pos + 1] if pos + 1 < p_end else " "
    return (
        glued
        and (after.isspace() or after in ",.;:!?)")
        and all(last.get(ch, -1) <= pos for ch in waits)
    )


def _closed_in(text: str, para: tuple[int, int], waits: str) -> bool:
    """Whether the first mark of ``para`` closes the quotation open above it ("«... / ...»,
    — сказал он"), the Russian way to quote several paragraphs."""
    first = _MARK.search(text, *para)
    if first is None or first.group() not in waits or text[para[0]] in MARKS:
        return False
    if first.group() == '"':  # a straight mark closes where it opens nothing: 'цитаты", -'
        return not _opens(text, first.start())
    return first.group() in CLOSE_MARKS


# Inside a quotation, the reporter's words between dashes: "«..., — сказал он. — ...»"
_GAP_OPEN = re.compile(r"(?<=[,!?…])\s*[\-\u2013\u2014]{1,2}\s+(?=[а-яё])")
_GAP_CLOSE = re.compile(r"[.,:;]\s*[\-\u2013\u2014]{1,2}\s*(?=\S)")


def split_quotes(
    text: str, quotes: list[Quote], is_cue: Callable[[str], bool]
) -> tuple[list[Quote], list[tuple[int, int]]]:
    """Quotations broken by the reporter's words inside one pair of marks ("«Мы готовы, —
    сказал министр. — Решение за партнерами»", the Russian typographic norm): the quote
    keeps the words said as its pieces, and the words between the dashes are returned apart
    (they are no quotation). Only a dash after a comma, "!" or "?" and before a lower-case
    word that holds a verb of saying (``is_cue``) opens such words."""
    out: list[Quote] = []
    gaps: list[tuple[int, int]] = []
    for q in quotes:
        pieces: list[tuple[int, int]] = []
        for a, b in q.pieces:
            at = a
            while True:
                opening = _GAP_OPEN.search(text, at, b)
                closing = _GAP_CLOSE.search(text, opening.end(), b) if opening else None
                if not opening or not closing:
                    break
                said = words(text, opening.end(), closing.start())
                if not said or len(said) > 12 or not any(is_cue(w.text) for w in said):
                    at = opening.end()
                    continue
                pieces.append(trim_piece(text, a, opening.start()))
                gaps.append((opening.start(), closing.end()))
                a = at = closing.end()
            pieces.append((a, b))
        out.append(_quote(pieces, *q.outer) if len(pieces) > len(q.pieces) else q)
    return out, gaps


# A paragraph of direct speech opened by a dash, with the reporter's words after ", —"
_DASH_SPEECH = re.compile(r"^[ \t]*[\u2014\u2013-][ \t]+(?=\S)", re.M)
_DASH_GAP = re.compile(r"[,!?…][ \t]*[\u2014\u2013-]{1,2}[ \t]+(?=[а-яё])")
_DASH_RESUME = re.compile(r"[.,:][ \t]*[\u2014\u2013-]{1,2}[ \t]+(?=\S)")
# a name of up to three words in quote marks among the reporter's words: "«Известиям»"
_NAME_IN_MARKS = re.compile(r"[«\"„“][^«»\"„“”\s]+(?: [^«»\"„“”\s]+){0,2}[»\"”]")


def dash_quotes(
    text: str, is_cue: Callable[[str], bool]
) -> tuple[list[Quote], list[tuple[int, int]]]:
    """Direct speech printed as a dialogue line, with no quote marks ("— Ситуация остается
    сложной, — сказал Песков. — Но мы работаем."): the words said are a quotation, the
    reporter's words between the dashes its gap. Only a line whose reporter's words hold a
    verb of saying (``is_cue``) counts; a line whose words said hold quote marks is left to
    them, and so is one whose reporter's words quote more than a name in marks ("— пояснил
    эксперт «Известиям».": the outlet's name)."""
    quotes: list[Quote] = []
    gaps: list[tuple[int, int]] = []
    for m in _DASH_SPEECH.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        opening = _DASH_GAP.search(text, m.end(), end)
        if opening is None:
            continue
        resume = _DASH_RESUME.search(text, opening.end(), end)
        gap = text[opening.end() : resume.start() if resume else end]
        if _MARK.search(text, m.end(), opening.start()) or _MARK.search(
            _NAME_IN_MARKS.sub("", gap) + (text[resume.end() : end] if resume else "")
        ):
            continue
        gap_end = resume.end() if resume else end
        said = words(text, opening.end(), resume.start() if resume else end)
        if not said or len(said) > 12 or not any(is_cue(w.text) for w in said):
            continue
        pieces = [trim_piece(text, m.end(), opening.start() + 1)]
        if resume:
            pieces.append(trim_piece(text, resume.end(), end))
        quotes.append(_quote(pieces, m.start(), end))
        gaps.append((opening.start() + 1, gap_end))
    return quotes, gaps


# No-break and thin spaces, which web pages put after short words, in numbers and before
# dashes ("в\u00a0пятницу", "\u00a0— заявил"), read as plain spaces; the horizontal bar
# some sites set before an attribution ("», ― заявил") as the dash; one character for one
_PLAIN = [(c, " ") for c in "\u00a0\u2007\u2009\u200a\u202f"] + [
    ("\u2015", "\u2014"),
    ("\u2012", "\u2013"),
]


# Latin letters drawn like Cyrillic ones: typed with the wrong keyboard layout inside a
# Russian word ("cказал" with a Latin "c", "Tекст"), they are the Cyrillic letter to a reader
_LOOKALIKE = str.maketrans("aceopxyACEHKMOPTXB", "асеорхуАСЕНКМОРТХВ")
# a word of letters holding both a look-alike Latin letter and a Cyrillic one, with no other
# Latin letter (not "iPhone-версия", which a hyphen parts anyway, nor a brand in Latin)
_MIXED_WORD = re.compile(
    r"(?<![^\W\d_])(?=[^\W\d_]*[а-яё])(?=[^\W\d_]*[aceopxyACEHKMOPTXB])"
    r"(?:[а-яё]|[aceopxyACEHKMOPTXB])+(?![^\W\d_])",
    re.I,
)


def _cyrillic_lookalikes(text: str) -> str:
    """``text`` with the Latin look-alike letters of each word otherwise Cyrillic read as
    the Cyrillic letters they stand for; one letter for one, so offsets hold."""
    return _MIXED_WORD.sub(lambda m: m.group().translate(_LOOKALIKE), text)


def plain_marks(text: str) -> str:
    """``text`` with every kind of space a plain one, every dash one of those the rules
    know, Latin letters typed inside a Russian word read as the Cyrillic ones they look
    like, and lines wrapped by hand joined; the same length, so offsets hold."""
    for mark, plain in _PLAIN:
        if mark in text:
            text = text.replace(mark, plain)
    text = _cyrillic_lookalikes(text)
    if "об этом" in text or "о том" in text:
        # "Как сообщает Report об этом ... заявил X": the comma closing the outlet's aside
        # left out (a slip of some outlets' copy); set where the space was, one mark for one
        text = _RELAY_UNCLOSED.sub(r"\1,", text)
    # a page wrapped by hand: a line that breaks off mid-sentence before a lower-case word
    # goes on in the next line, one paragraph
    return _WRAPPED.sub(" ", text)


# An outlet's aside opening a sentence, "Как сообщает/передает/пишет X", run on with no
# comma into words pointing back at the paragraph before ("об этом", "о том"): the space
# before them, where the comma belongs
_RELAY_UNCLOSED = re.compile(
    r"((?:^[ \t]*|(?<=[.!?…»] ))[Кк]ак (?:сообщает|сообщают|сообщил[аи]?|передает|передаёт|"
    r"передают|пишет|пишут|информирует) [^\W\d_][^,.;:!?«»\"\n]{0,60}?)"
    # (only when the rest of the sentence has no comma of its own: "Как пишет газета об
    # этом в своем материале, глава МИД ..." closes the aside there)
    r" (?=[Оо]б? (?:этом|том)\b[^,.!?\n]*[.!?\n])",
    re.M,
)
_WRAPPED = re.compile(r"(?<=[^\s.!?…:;»\"”])\n(?=[а-яё])")


def _quote(pieces: list[tuple[int, int]], start: int, end: int) -> Quote:
    return Quote(tuple(p for p in pieces if p[0] < p[1]), (start, end))


def _abbreviation(text: str, dot: int) -> bool:
    m = re.search(r"(?:(\w+) )?([А-ЯЁа-яёA-Za-z]+)\.?$", text[max(0, dot - 24) : dot])
    if not m:
        return False
    word = m.group(2)
    if len(word) == 1 and word.isupper():
        # an initial, unless it is a given name ending the sentence: "с Ван И. «Мы ...»"
        quote_next = re.match(r"\s+[«\"„“\u2014\u2013-]", text[dot + 1 : dot + 4])
        given = (m.group(1) or "").lower() in EAST_ASIAN_SURNAMES and text[dot + 1 : dot + 2] == " "
        return not (quote_next or given)
    if word.lower() in _UNITS or word.lower() == "нем":
        # "на $1 млрд. «Речь идет ...»": an amount ends the sentence when a capital follows;
        # so does the pronoun of "участие в нем. «Прежде чем ...»" (no "нем." for German)
        return not re.match(r"\s+[\"«„“\u2014\u2013-]?\s?[А-ЯЁ]", text[dot + 1 : dot + 5])
    return word.lower() in _ABBREV


def _title_after_short_form(text: str, dot: int) -> bool:
    """Whether the stop at ``dot``, a quotation glued to it, cuts a word short
    ("в интервью журн.«Международная жизнь» заявил"): a word of :data:`_BEFORE_TITLE`, or one
    of at most five letters the dictionary does not hold; not a word ending a sentence
    ("время.«Я готов»")."""
    if text[dot + 1 : dot + 2] not in ("«", '"', "„", "“"):
        return False
    m = re.search(r"(?<![\w-])([а-яё]+)$", text[max(0, dot - 12) : dot])
    if m is None:
        return False
    word = m.group(1)
    return word in _BEFORE_TITLE or (len(word) <= 5 and not morph.known(word))


_SENTENCE_END = re.compile(
    r"[.!?…][\"»”)\]]*\s*$|[.!?…][\"»”)\]]*\s+[\"«„“(\u2014\u2013-]?\s?[А-ЯЁA-Z0-9]"
)


def heading_at(text: str, pos: int) -> bool:
    """Whether ``pos`` stands in a line that ends no sentence: a headline, a subheading, a
    caption or a link ("Читайте также: Песков назвал условия ..."), never a statement of the
    story (a wire paragraph always ends with a stop); a line a link opens is one even when
    it ends with a stop."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : len(text) if end < 0 else end]
    if _LINK.match(line) is not None:
        return True
    if _SENTENCE_END.search(line) is not None:
        return False
    # "Как отметил Рябков, Россия ... намерена ...:" and the quotation on the next line: a
    # sentence leading into the words it quotes, no heading
    return not (end >= 0 and line.rstrip().endswith(":") and _QUOTE_NEXT.match(text, end))


_QUOTE_NEXT = re.compile(r"\s*\n\s*[«\"“„\u2014\u2013-]")


_LINK = re.compile(
    r"\s*(?:Читайте также|Смотрите также|Читайте|Подробнее|По теме|Ранее по теме|"
    r"Материалы по теме|Еще по теме|Ещё по теме|Также читайте)\s*[:.\u2014-]",
    re.I,
)
# a link heading alone on its line, over the headlines it lists up to a blank line
_LINK_HEADING = re.compile(
    r"^[ \t]*(?:Читайте также|Смотрите также|По теме|Ранее по теме|Материалы по теме|"
    r"Еще по теме|Ещё по теме|Также читайте)[ \t]*:?[ \t]*\n",
    re.I | re.M,
)
# a photo's caption, its credit opening or closing the line: "Фото: Сергей Лавров. Архивное
# фото", "Министр ... в Минске. Фото: Анна Белова / РИА Новости", "© Иван Петров / ТАСС"
_CAPTION = re.compile(
    r"^[^\n]{0,400}?(?:(?<![\w-])(?:Фото|Фотография|Иллюстрация)\s*:|\u00a9)[^\n]{0,400}$"
    # a caption given again under its picture, closed by the site's name, the picture's
    # width and its day (РИА Новости and the Sputnik sites: "Встреча ... (9 июня 2022) -
    # Sputnik Армения, 1920, 16.06.2022")
    r"|^[^\n]{0,400}?\s[-\u2013\u2014]\s[A-ZА-ЯЁ][\w .-]{1,40},"
    r"\s\d{3,4},\s\d{2}\.\d{2}\.\d{4}[ \t]*$",
    re.I | re.M,
)


def opens_links(line: str) -> bool:
    """Whether ``line`` opens links to other stories ("Читайте также:")."""
    return bool(_LINK.match(line))


# a page's row of tags, under a wire story: places, bodies and people, each capitalised, with
# no mark between them ("Южная Корея Россия КНДР Владимир Путин"), four words or more
_TAG_ROW = re.compile(r"^[ \t]*(?:[A-ZА-ЯЁ][\w-]*[ \t]+){3,}[A-ZА-ЯЁ][\w-]*[ \t]*$", re.M)


def tag_rows(text: str) -> list[tuple[int, int]]:
    """Rows of tags: names side by side run into one another ("Владимир Путин Дмитрий
    Песков" reads as one name), and they name no one the story tells of there."""
    return [m.span() for m in _TAG_ROW.finditer(text)]


# an author's line: a name alone ("Елена Черненко", "Авторы: Иван Петров, Анна Сидорова"),
# above the story or under it (Kommersant, Izvestia, RBC); not a name over a quotation, which
# a reaction roundup sets on its own line above that person's words
_AUTHOR_LINE = re.compile(
    r"^[ \t]*(?:(?:Авторы?|Текст|Беседовал[аи]?)[ \t]*:[ \t]*)?"
    r"[А-ЯЁ][а-яё]+[ \t]+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
    r"(?:[ \t]*,[ \t]*[А-ЯЁ][а-яё]+[ \t]+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)*[ \t]*$"
    r"(?!\n+[ \t]*[«\"„“\u2014\u2013-])",
    re.M,
)


def author_lines(text: str) -> list[tuple[int, int]]:
    """Authors' lines: a reporter named under or above the story is no one it quotes, and
    no "собеседник" or "эксперт" of it named a few lines on."""
    return [m.span() for m in _AUTHOR_LINE.finditer(text)]


def link_lines(text: str) -> list[tuple[int, int]]:
    """Lines that link other stories ("Читайте также: Захарова заявила ..."), the
    headlines listed under a link heading, a page's rows of tags and its authors' lines: no
    one named there is whom the story is about."""
    found = [m.span() for m in re.finditer(r"[^\n]+", text) if _LINK.match(m.group())]
    found += tag_rows(text) + author_lines(text) + headline_links(text)
    for heading in _LINK_HEADING.finditer(text):
        end = text.find("\n\n", heading.end())
        found.append((heading.start(), len(text) if end < 0 else end))
    return found


# A headline of the form "Name: words" on a line of its own ("Абашидзе: диалог с Россией
# сложный"): who, one to four words with a capital first, a colon, and words that open with
# no quotation mark or dash (not "Захарова: «...»", a quotation given to her) and end with
# no stop
_NAME_HEADLINE = re.compile(
    r"^[ \t]*[А-ЯЁA-Z][\w.-]*(?:[ \t]+[\w.-]+){0,3}:[ \t]+(?![«\"“„\u2014\u2013-])"
    r"(?P<rest>[^\n]*[^\s.!?…:;,])[ \t]*$",
    re.M,
)
# where a paragraph of the story ends: a stop, maybe closed by a quotation mark
_PARAGRAPH_ENDS = re.compile(r"[.!?…][»\"”)]*[ \t]*$")
_HEADLINE_WORDS = 3  # words after the colon: "диалог с Россией сложный"


def headline_links(text: str) -> list[tuple[int, int]]:
    """Lines in the body shaped as another story's headline ("Абашидзе: диалог с Россией
    сложный"), standing between paragraphs of the story that end with a stop: a link the
    page sets in its text, whose name is no one the story goes on about ("По его словам"
    after it means the one the paragraph before spoke of). Not at the page's top (the
    story's own headline names its speaker), nor in a run of such lines (a transcript's
    turns, "Лавров: Мы ..."), nor a line of one word after the colon ("Вопрос: когда?")."""
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    found = []
    for n in range(1, len(lines) - 1):
        m = _NAME_HEADLINE.fullmatch(lines[n].group())
        if (
            m is None
            or len(m["rest"].split()) < _HEADLINE_WORDS
            or ". " in m["rest"]
            or not _PARAGRAPH_ENDS.search(lines[n - 1].group())
            or not _PARAGRAPH_ENDS.search(lines[n + 1].group())
            or _NAME_HEADLINE.fullmatch(lines[n - 1].group())
            or any(_LABELLED.match(lines[k].group()) for k in (n - 1, n + 1))
        ):
            continue
        found.append(lines[n].span())
    return found


# a line opened by a label and a colon ("Лавров: Мы ...", "Вопрос: ..."): a transcript's turn
_LABELLED = re.compile(r"[ \t]*[А-ЯЁA-Z][\w.-]*(?:[ \t]+[\w.-]+){0,3}:[ \t]")


def on_caption_line(text: str, pos: int) -> bool:
    """Whether ``pos`` stands on a photo caption's line (see :func:`caption_lines`)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return _CAPTION.fullmatch(text, start, len(text) if end < 0 else end) is not None


def caption_lines(text: str) -> list[tuple[int, int]]:
    """Photo captions: the pictured are no one a later "он" means (a description may still
    mean one a caption alone names)."""
    return [m.span() for m in _CAPTION.finditer(text)]


def sentences(text: str, quotes: list[Quote], cut: int = 0) -> list[Sentence]:
    """Sentences of every paragraph (a line); the paragraph holding ``cut`` (the end of a
    dateline) starts there."""
    inside = Spans((a + 1, e - 1) for a, e in (q.outer for q in quotes))
    out: list[Sentence] = []
    for para, m in enumerate(re.finditer(r"[^\n]+", text)):
        s, p_end = m.start(), m.end()
        if s < cut < p_end:
            s = cut
        for b in _BOUNDARY.finditer(text, s, p_end):
            dot = b.start()
            if text[dot] == "." and _abbreviation(text, dot):
                continue
            if text[dot] == "." and b.end() == dot + 1 and _title_after_short_form(text, dot):
                continue
            if dot in inside and not _quotation_ends(text, inside, dot, b.end(), s):
                continue
            end = dot + len(b.group().rstrip())
            if text[s:end].strip():
                out.extend(Sentence(a, z, para) for a, z in bounded(text, s, end))
            s = b.end()
        if text[s:p_end].strip():
            out.extend(Sentence(a, z, para) for a, z in bounded(text, s, p_end))
    return out
