"""What a speaker phrase from extraction names: a person, part of a name, a body, a title, or
nothing a record can be made of.

Ingest creates an official only from a person's full name. Extraction sometimes hands over
a title alone ("the Turkish foreign minister", "FM"), a heading ("Secretary-General's
Travels", "Peace Process"), a place ("North"), an organisation ("MFA") or a lone word; a
record made from those is a person who never existed, and every later statement by that
"person" is filed under it. The reading here rests on how English names things: a noun
phrase's head is its last word before "of" ("Ministry of Foreign Affairs of Kazakhstan" is
a ministry), titles and bodies have their own vocabulary (the word lists extraction reads
with, tracker.extract.lexicon), and a personal name is capitalised words (with particles
such as "bin" or "da") of which at least two are not initials or courtesy titles.

The same reading finds, for a surname, the full name an article gives around it
(names_in_text), and says when two titles are one post (title_key: "the Turkish FM"
and "Minister of Foreign Affairs" are both a foreign minister).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from tracker.countries import COUNTRIES, NAMED_IN_TEXT, NATIONALITIES, PLACE_WORDS
from tracker.extract.lexicon import (
    DESCRIPTOR,
    HEADLINE_VERBS,
    HONORIFICS,
    INDEFINITE,
    OPENERS,
    ORG_HEADS,
    PARTICLES,
)
from tracker.extract.lexicon import ROLE_WORDS as _ROLE_WORDS
from tracker.extract.name_shapes import surname_like_title
from tracker.names import fold, name_key


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Nouns that head headings, topics and page furniture, never a personal name.
HEADING_WORDS = _set(
    """agenda answers background briefing briefings contents conference highlights home
    initiative interview issues meeting meetings menu news note notes overview page photos
    plan press process programme program question questions readout relations remarks
    schedule session speech summary talks transcript travel travels trip update updates
    video visit visits week act amendment treaty accord partnership depression"""
) | _set(  # a web page's furniture, copied along with an article
    """advertisement cookies copyright download feedback language languages login logout
    navigation newsletter preview print privacy related search share sitemap skip subscribe
    trending"""
)
# Nouns that head the name of a body that can speak ("Ministry of Foreign Affairs", "the
# Kremlin"), and the words such names carry that running text often writes in lower case
# ("Morocco's foreign ministry").
BODY_HEADS = _set(
    """administration agency alliance assembly association authority board bureau cabinet
    coalition command commission committee congress council court delegation department duma
    embassy forces front government headquarters kremlin mfa military ministry mission movement
    nations office organisation organization parliament party pentagon presidency secretariat
    senate service union institution institute university college school caucus league
    chamber foundation center centre borders
    project projects enforcement chiefs watch services sciences economics"""
)
BODY_WORDS = BODY_HEADS | _set(
    """affairs defence defense external federal foreign general home interior international
    joint justice national security state supreme"""
)
# Abbreviated titles written alone ("the Saudi FM said").
TITLE_ABBREVIATIONS = {"fm": "foreign minister", "pm": "prime minister"}
# Particles that cannot open a whole name: "bin Farhan" lacks the given name before it. A
# name opening with another particle is whole when it holds two given names (the
# Vietnamese "Le Thi Thu Hang"), else part of one ("Le Drian", "Da Silva").
PATRONYMICS = _set("bin bint ibn")
DIRECTIONS = _set("north south east west northern southern eastern western central")
CONNECTORS = _set("of for to on in and at")
DETERMINERS = _set("the a an this that these those his her its their our some")
# Words that are never a personal name when capitalised: pronouns, days, sentence openers.
FUNCTION_WORDS = OPENERS | _set(
    """he she it they we i you his her its their our my your who what which whose today
    yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday"""
    # a sentence's opening word before a name: "For Mr. Obama, ...", "Beyond Trump's ...",
    # "Say Mexico demanded ..." ("Per" and "Said" open names: Per Stig Moller, Said Jalili)
    """ for beyond despite unlike like against among amid after before without within toward
    towards through under into upon since until than say says"""
    # counts before a plural ("Six Gannett papers") and verbs of saying that open a
    # sentence after a quotation ("Stated Stone: ...")
    """ two three four five six seven eight nine ten dozens hundreds stated continued"""
    " dear"  # a letter's salutation: "Dear Walter"
)


def _stripped(words) -> frozenset[str]:
    return frozenset(w.rstrip(".") for w in words)


COURTESY = _stripped(HONORIFICS) | {"madam", "madame", "mister", "his excellency"}
ROLE_WORDS = _stripped(_ROLE_WORDS) - COURTESY - {"h.e"}


@dataclass(frozen=True)
class Reading:
    """What a phrase names.

    kind: "person" (a full name, fit to create a record), "partial" (a surname, a first
    name or a part such as "Bin Farhan": fit only to find one), "body" (an organisation or
    a state), "title" (a post or a description of someone), "nothing". `name` is the phrase
    without courtesy titles, titles before a name or a leading "the".
    """

    kind: str
    name: str

    @property
    def is_name(self) -> bool:
        return self.kind in ("person", "partial")


@lru_cache(maxsize=4096)
def read_speaker(phrase: str) -> Reading:
    """What `phrase`, a speaker as extraction wrote it, names."""
    words = _words(phrase)
    if not words:
        return Reading("nothing", "")
    lower = [_bare(w) for w in words]
    opening = words[0].lower()  # as written: "A." is an initial, not an article
    if opening in _CLAUSE_OPENERS and len(words) > 1:
        # "When Donald J. Trump": the subject after a clause's opening word
        words, lower, opening = words[1:], lower[1:], words[1].lower()
    if opening in INDEFINITE:  # "another UK official", "a senior diplomat": no one by name
        return Reading("nothing", " ".join(words))
    if opening in DETERMINERS:
        words, lower = words[1:], lower[1:]
        if not words:
            return Reading("nothing", "")
    head = _head(lower)
    if head in BODY_HEADS and _shaped_like_a_body(words, lower):
        return Reading("body", " ".join(words))
    # a title that is also a family name ends a person's name: "Dina Mufti", "Angus King",
    # as extraction reads them
    title_surname = head == lower[-1] and head in ROLE_WORDS and surname_like_title(words)
    if (head in ROLE_WORDS or head in TITLE_ABBREVIATIONS) and not title_surname:
        return Reading("title", " ".join(words))
    if head in HEADING_WORDS:
        return Reading("nothing", " ".join(words))
    if all(_is_place(w) for w in _runs(lower)):
        place = " ".join(lower)
        kind = "body" if place in NAMED_IN_TEXT else "nothing"
        return Reading(kind, " ".join(words))
    words, lower = _without_titles(words, lower)
    name = " ".join(words)
    name_words = lower[:-1] if title_surname else lower
    if not all(_name_word(w) for w in words) or any(_not_a_name_word(w) for w in name_words):
        return Reading("nothing", name)
    if any(_ends_sentence(w) for w in words[:-1]):
        return Reading("nothing", name)  # "Donald J. Trump. Many Mexicans": two sentences
    if lower[0] in DIRECTIONS or any(w in NATIONALITIES for w in lower[:-1]):
        return Reading("nothing", name)  # "West African Regional": a place's, not a person's
    given = [w for w, b in zip(words, lower, strict=True) if b not in PARTICLES and not _initial(w)]
    initials = len(words) - len(given) - sum(b in PARTICLES for b in lower)
    if lower[0] in PATRONYMICS or len(given) + min(initials, 1) < 2:
        return Reading("partial", name)  # "Bin Farhan", "Al Saud", "Le Drian", "Miller"
    return Reading("person", name)


def _without_titles(words: list[str], lower: list[str]) -> tuple[list[str], list[str]]:
    """The name after the titles, bodies, nationalities and courtesy titles written before
    it ("Russian Deputy Foreign Minister Sergey Ryabkov", "MR MILLER", "Kazakh MFA"); a
    country's name alone before a name stays ("Jordan Smith")."""
    cut = 0
    for i, word in enumerate(lower[:-1]):
        if word in COURTESY or word in ROLE_WORDS or word in ORG_HEADS or word in NATIONALITIES:
            cut = i + 1
        elif not (word in NATIONALITIES or word in NAMED_IN_TEXT):
            break
    return words[cut:], lower[cut:]


def shaped_like_a_body_name(name: str) -> bool:
    """Whether a phrase can be the name of an organisation: capitalised words, connectors and
    the words bodies are named with ("Morocco's foreign ministry"), nothing else in lower case
    (not "recent satellite imagery released by a U.S. institute")."""
    words = _words(name)
    lower = [_bare(w) for w in words]
    if lower and lower[0] in DETERMINERS:
        words, lower = words[1:], lower[1:]
    return bool(words) and _shaped_like_a_body(words, lower)


def _shaped_like_a_body(words: list[str], lower: list[str]) -> bool:
    return all(
        not w[:1].islower() or b in CONNECTORS or b in BODY_WORDS or b in DETERMINERS
        for w, b in zip(words, lower, strict=True)
    )


def _words(phrase: str) -> list[str]:
    text = phrase.replace("\u2019", "'").strip(" \t\n,;:.\"'()[]")
    return [w for w in text.split() if w.strip(".,;:")]


def _bare(word: str) -> str:
    """A word in lower case without its possessive, trailing dot and surrounding punctuation."""
    word = word.lower().strip(',;:()[]"')
    return re.sub(r"'s?$", "", word).rstrip(".")


def _head(lower: list[str]) -> str:
    """The head noun: the last word before "of"/"for" ("Ministry" of "Ministry of Foreign
    Affairs"), else the last word."""
    for i, word in enumerate(lower):
        if word in ("of", "for") and i > 0:
            return lower[i - 1]
    return lower[-1]


def _runs(lower: list[str]) -> list[str]:
    """The phrase cut into known places, longest first ("new york", "north"); a word that
    is no place stays on its own."""
    out, i = [], 0
    while i < len(lower):
        for size in (4, 3, 2, 1):
            piece = " ".join(lower[i : i + size])
            if size == 1 or _is_place(piece):
                out.append(piece)
                i += size
                break
    return out


def _is_place(piece: str) -> bool:
    return piece in PLACE_WORDS or piece in DIRECTIONS


def _name_word(word: str) -> bool:
    """A capitalised word (or a particle such as "bin"), letters with hyphens, apostrophes
    and the dots of initials."""
    core = word.strip(",")
    if not re.fullmatch(r"[^\W\d_](?:[^\W\d_]|[-'.])*", core):
        return False
    if DESCRIPTOR.search(core.lower()):
        return False  # "Texas-based": what describes the one named after
    return core[0].isupper() or _bare(core) in PARTICLES or "-" in core[:4]


_CLAUSE_OPENERS = _set(
    "when while whether given maybe perhaps once if though although because unless see to"
)


def _ends_sentence(word: str) -> bool:
    """ "Trump.": a word and a full stop, not an initial ("J.") or an abbreviation ("Jr.")."""
    return word.endswith(".") and not _initial(word) and _bare(word) not in _ABBREVIATIONS


_ABBREVIATIONS = frozenset(("jr", "sr", "st", "mr", "mrs", "ms", "dr", "rev", "gen", "sen", "rep"))


def _initial(word: str) -> bool:
    """ "S.", "H.R.", "J": letters standing for names."""
    return bool(re.fullmatch(r"(?:[^\W\d_]\.)+|[^\W\d_]", word))


def _not_a_name_word(word: str) -> bool:
    return (
        word in ROLE_WORDS
        or word in ORG_HEADS
        or word in BODY_HEADS
        or word in HEADING_WORDS
        or word in FUNCTION_WORDS
        or word in HEADLINE_VERBS
    )


# Every name, adjective and abbreviation of a country, folded, and the names of states alone.
COUNTRY_WORDS = {
    fold(word): c.name
    for c in COUNTRIES
    for word in (c.name, *c.adjectives, *c.in_text, *c.aliases)
}


COUNTRY_PHRASES_LONGEST_FIRST = sorted(COUNTRY_WORDS, key=len, reverse=True)


# Spellings of one title: "Minister of Foreign Affairs" is a "foreign minister".
_TITLE_SYNONYMS = [
    (r"\bminister (of|for) foreign affairs\b|\bforeign affairs minister\b|\bfm\b",
     "foreign minister"),
    (r"\bminister (of|for) defen[cs]e\b|\bdefen[cs]e minister\b", "defence minister"),
    (r"\bpm\b", "prime minister"),
    (r"\bspokes(man|woman|person)\b", "spokesperson"),
    (r"\bminister (of|for) (the )?(\w+)$", r"\3 minister"),  # "Minister of Trade"
]  # fmt: skip


@lru_cache(maxsize=4096)
def title_key(title: str) -> str:
    """A title as it compares: folded, without its country or leading article, one spelling
    of each ("the Turkish FM" and "Minister of Foreign Affairs" are both "foreign minister");
    remembered, as an archive's titles are asked for again and again."""
    return name_key(title_words(title))


def title_words(title: str) -> str:
    """A title's words as title_key compares them, before the spelling variants are folded."""
    text = " " + fold(re.sub(r"['\u2019]s\b", "", title)) + " "
    for phrase in COUNTRY_PHRASES_LONGEST_FIRST:
        text = text.replace(f" {phrase} ", " ")
    text = text.strip()
    for pattern, canonical in _TITLE_SYNONYMS:
        text = re.sub(pattern, canonical, text)
    words = text.split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def titles_fit(held: str, written: str) -> bool:
    """Whether a held title (title_key) fits one written in an article: every word of the
    shorter in the longer ("spokesperson" and "foreign ministry spokesperson")."""
    a, b = set(held.split()), set(written.split())
    return bool(a and b) and (a <= b or b <= a)


def is_within(part: Sequence[str], whole: Sequence[str]) -> bool:
    """Whether the words of `part` are words of `whole`, in order: "bin farhan" of "faisal
    bin farhan al saud", "miler" of "matheu miler"."""
    rest = iter(whole)
    return bool(part) and all(word in rest for word in part)


def names_in_text(text: str, part: str, limit: int = 50) -> list[str]:
    """Full personal names in `text` holding the words of `part` ("Matthew Miller" for
    "MILLER" when a transcript's header names him): each run of capitalised words on one
    line around `part`, trimmed to its longest stretch that reads as a person's full name."""
    words = part.split()
    if not words or not text:
        return []
    capital = r"[^\W\d_][\w.'\u2019-]*"
    core = r"[ \t]+".join(re.escape(w) for w in words)
    pattern = re.compile(rf"((?:{capital}[ \t]+){{0,4}})((?i:{core}))((?:[ \t]+{capital}){{0,4}})")
    found = []
    for match in pattern.finditer(text):
        before = _capitalised_run(reversed(match.group(1).split()))[::-1]
        after = _capitalised_run(match.group(3).split())
        best = None
        for i in range(len(before) + 1):
            for j in range(len(after), -1, -1):
                run = [*before[i:], match.group(2), *after[:j]]
                reading = read_speaker(" ".join(run))
                if reading.kind == "person" and (best is None or len(run) > len(best.split())):
                    best = reading.name
        if best is not None:
            found.append(best)
        if len(found) >= limit:
            break
    return found


def _capitalised_run(words: Iterable[str]) -> list[str]:
    """The words up to the first one that is neither capitalised nor a particle ("bin")."""
    run = []
    for word in words:
        if not (word[0].isupper() or word.lower() in PARTICLES):
            break
        run.append(word)
    return run


def titled_alike(text: str, part: str, title: str, names: dict[str, str]) -> bool:
    """Whether `text`, where it writes `title` before `part` ("President Obama"), also writes
    the title by one of the full `names`; True when it never titles `part` alone."""
    last = title.split()[-1]
    bare = re.compile(rf"\b{re.escape(last)}\s+{re.escape(part)}\b", re.I)
    if not bare.search(text):
        return True
    for name in names.values():
        near = re.compile(
            rf"\b{re.escape(last)}\b[^.\n]{{0,40}}\b{re.escape(name)}\b|"
            rf"\b{re.escape(name)}\b[^.\n]{{0,40}}\b{re.escape(last)}\b",
            re.I,
        )
        if near.search(text):
            return True
    return False


def two_of_the_name(text: str, part: str) -> bool:
    """Whether `text` writes both "Mr." and "Mrs." (or "Ms.") before `part`: two people
    share the name ("Mr. Obama" and "Mrs. Obama"), and the one full name the text gives
    may be the other's."""
    found = {
        m.group(1).lower().rstrip(".")
        for m in re.finditer(rf"\b(Mr|Mrs|Ms)\.?\s+{re.escape(part)}\b", text)
    }
    return "mr" in found and bool(found & {"mrs", "ms"})


def names_holding(words: list[str], names: Sequence[str]) -> dict[str, str]:
    """The names (by key) that hold `words` and more."""
    found = {}
    for name in names:
        key = name_key(name)
        if len(key.split()) > len(words) and is_within(words, key.split()):
            found[key] = name
    return found
