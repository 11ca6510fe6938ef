"""Paragraphs and sentences, never splitting inside a quotation.

A reporter's sentence keeps its quote and its attribution together (``"... today." he said``
stays one sentence only if the attribution starts in lower case; otherwise the attribution
becomes its own short sentence, which the extractor joins back to the quote).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from tracker.extract.lexicon import ROLE_WORDS, SHORT_GIVEN_NAMES
from tracker.extract.quotes import Quote

_ABBREV = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "sen",
    "rep",
    "reps",
    "del",  # a delegate to the House: "said Del. Stacey Plaskett"
    "gov",
    "gen",
    "lt",
    "col",
    "sgt",
    "capt",
    "maj",
    "adm",
    "jr",
    "sr",
    "prof",
    "rev",
    "msgr",
    "hon",
    "no",
    "vs",
    "etc",
    "inc",
    "corp",
    "co",
    "ltd",
    "jan",
    "feb",
    "mar",
    "apr",
    "aug",
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
    "messrs",
    "ft",
    "mt",
    "pres",
    "supt",
    "cmdr",
    "gens",
    "sens",
    "amb",
    "fla",
    "calif",
    "mass",
    "ariz",
    "tenn",
    "wash",
}
# given names written short ("Md. Touhid Hossain", "Mohd. Hasan", "Wm. Burns"); "Ma." only
# where _SHORT_MARIA below reads it as Maria, not the surname Ma ending a sentence
_ABBREV |= SHORT_GIVEN_NAMES - {"ma"}
# the Philippines' "Ma." (Maria) after a title, before a given name and a surname ("Secretary
# Ma. Theresa P. Lazaro"); after a verb "Ma." is the Chinese surname ending a sentence
_SHORT_MARIA = re.compile(r"Ma\.(?= [A-Z][a-z]+ [A-Z])")
# (a post in lower case too: "DFA spokesperson Ma. Teresita Daza", "the bureau's director Ma.
# Cristina Reyes")
_TITLE_BEFORE = re.compile(
    r"\b(?:[A-Z][a-z]+|spokes(?:person|man|woman)|(?:under)?secretary|director|chief|head|"
    r"ambassador|envoy|minister|commissioner|chair(?:person|man|woman)?|general|senator) $"
    # a title written short, as Philippine copy does ("said Amb. Ma. Teresita Daza", "Usec.
    # Ma. Lourdes Yparraguirre")
    r"|\b(?:Amb|Sec|Usec|Asec|Dir|Gen|Atty|Dr|Rep|Sen|Gov|Engr|Prof|Col|Capt|Supt|Dep)\. $"
)
# a capital a sentence may open with: Latin letters with their accents too ("Çelik", "Đặng",
# "Šefčovič", "Özdemir"), which Turkish, Slavic and Vietnamese names begin with
_CAPITAL = "A-Z0-9\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u1e00-\u1eff"
_BOUNDARY = re.compile(
    # (a quotation may open with an editor's bracket: '... according to Kuleba. "(Putin)
    # doesn't need to be provoked," he said')
    rf"[.!?][\"\u201d\u201c\u00bb')\]]*\s+(?=(?:[\"\u201c\u00ab][(\[]?|[(\[])?[{_CAPITAL}])"
    # "... on Tuesday. 'It was a mistake,' he said": a quotation in single marks, as British
    # copy writes them, opening the next sentence
    r"|[.!?][\"\u201d\u00bb')\]]*\s+(?=['\u2018][A-Z][a-z]*\b(?!'))"
    # "...the Russian president added.The purpose...", "...issues.A ministry official said":
    # a space lost when the page was copied
    r"|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]|A\s)|(?<=[a-z][.!?][\"\u201d])(?=[A-Z][a-z]|A\s)"
    r"|(?<=\d[.!?])(?=[A-Z][a-z])"  # "... on July 4.She said": after a day, too
    # '... objective information."When he ...': a quotation opening right after the stop
    r"|(?<=[a-z]{2}[.!?])(?=[\"\u201c][A-Z])"
)
# ("aggression.\u201c He spoke": an opening mark of the wrong kind, or German copy's, closing)
_CLOSERS = "\"'\u201d\u201c\u2019\u00bb"
LONGEST_SENTENCE = 2000  # characters (the longest in 33,000 real sentences: 1,516); see bounded
# a paragraph is a line; but a line cut in mid-sentence, a word with no stop before the
# break and a lower-case word after it ('..., Indian External Affairs Ministry\nspokesman X
# said'), goes on into the next (a page copied with its hard line breaks)
_PARAGRAPH = re.compile(r"(?:[^\n]|(?<=[A-Za-z,])\n(?=[a-z]))+")
_HARD_BREAK = re.compile(r"(?<=[A-Za-z,])\n(?=[a-z])")


def paragraph_end(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` ends: the next line break that is no hard break
    in mid-sentence, or the text's end."""
    end = text.find("\n", pos)
    while end >= 0 and _HARD_BREAK.match(text, end):
        end = text.find("\n", end + 1)
    return len(text) if end < 0 else end


# the word a stop ends, with its apostrophes, straight or curly ("Moscow\u2019s.", "didn\u2019t."):
# not the lone letter after one, which would read as an initial
_WORD_BEFORE = re.compile(r"([\w.'\u2019-]+)$")
# a word only a sentence opens with, never a name or a time zone: after "U.S." or "9 a.m." it
# opens the next sentence ("... entry into the U.S. They will ...", "at 9:30 a.m. The blast")
_OPENS_SENTENCE = re.compile(
    r"[\"\u201d')\]]*\s+(?:The|He|She|It|They|We|This|These|Those|But|His|Its|Their)\b"
)
# the short forms that end a firm's name ("Wingtech Technology Co.", "Apple Inc.")
_FIRM_ENDINGS = frozenset(("co", "inc", "corp", "ltd", "llc", "plc"))
_PLATFORM_X = re.compile(r"\b(?:on|to|via)\s+X$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    para: int


def _post_follows(text: str, pos: int) -> bool:
    """Whether the capitalised words after ``pos`` hold a post ("Ma. Chinese Defense Ministry
    spokesman Zhang Xiaogang said"): a new sentence naming its speaker, not a given name's
    rest ("Ma. Teresita Daza said")."""
    m = _CAPITALISED_RUN.match(text, pos)
    return m is not None and any(w.lower() in ROLE_WORDS for w in m.group().split())


# the capitalised words after a dot and the first lower-case word after them
_CAPITALISED_RUN = re.compile(r"(?: [A-Z][\w'\u2019-]*){1,5}(?: [a-z]+)?")


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    if not m:
        return False
    word = m.group(1)
    if word.isdigit():
        # "on September 6. Wang Yi said": a day ends the sentence; "1. The talks" opening a
        # line is a list's number
        return m.start() == 0 or text[m.start() - 1] == "\n"
    if word == "Ma" and _SHORT_MARIA.match(text, m.start()):
        return _TITLE_BEFORE.search(
            text, max(0, m.start() - 30), m.start()
        ) is not None and not _post_follows(text, dot + 1)
    if ("." in word or word.lower() in _FIRM_ENDINGS) and _OPENS_SENTENCE.match(text, dot + 1):
        # "U.S." or "a.m." ending the sentence before a word that opens one; a firm's name
        # too ("owned by Wingtech Technology Co. The Dutch move ...")
        return False
    return len(word) == 1 or "." in word or word.lower() in _ABBREV


def sentences(text: str, quotes: list[Quote]) -> list[Sentence]:
    """Sentences of every paragraph (a paragraph is a line), in order."""
    inside = [q.outer for q in quotes]
    starts = [a for a, _ in inside]
    opening = set(starts)
    out: list[Sentence] = []
    for para, m in enumerate(_PARAGRAPH.finditer(text)):
        start, p_end = m.start(), m.end()
        for b in _BOUNDARY.finditer(text, start, p_end):
            dot = b.start()
            if not b.group() and text[dot] in '"\u201c' and dot not in opening:
                continue  # 'he said."The ...': a closing mark, not a quotation opening

            mark = dot if b.group() else dot - 1 - (text[dot - 1] in '"\u201d')
            if (
                text[mark] == "."
                and _is_abbreviation(text, mark)
                # ('thanked the U.S. "The council ...', "in a post on X. The ministry ...":
                # a quotation opening, or the platform X, after the stop ends the sentence)
                # (but not one opening with an editor's bracket: 'said at 10 a.m. "(Japan)
                # will ...', 'in Washington, D.C. "[The president] has ...': the words the
                # verb before reports, the bracket standing in for their own subject)
                and (b.end() not in opening or text[b.end() + 1 : b.end() + 2] in "([")
                and not _PLATFORM_X.search(text, max(0, mark - 8), mark)
            ):
                continue
            i = bisect.bisect_right(starts, dot - 1) - 1
            if i >= 0 and dot < inside[i][1] - 1 and text[dot + 1 : inside[i][1]].strip(_CLOSERS):
                continue
            end = dot + len(b.group().rstrip())
            out.extend(Sentence(a, z, para) for a, z in bounded(text, start, end))
            start = b.end()
        if text[start:p_end].strip():
            out.extend(Sentence(a, z, para) for a, z in bounded(text, start, p_end))
    return out


def bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence ``start``-``end``, cut at spaces into pieces of at most LONGEST_SENTENCE
    characters: no sentence a reporter writes runs so long, but a pasted copy with its stops
    lost, or a stray mark left open, would make one of the whole text, read once for every
    verb in it."""
    pieces = []
    while end - start > LONGEST_SENTENCE:
        cut = text.rfind(" ", start + 1, start + LONGEST_SENTENCE)
        cut = cut if cut > start else start + LONGEST_SENTENCE
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces
