"""Normalising and matching names written in any spelling or script.

"Sergey Ryabkov", "Sergei Ryabkov", "SERGEY RYABKOV" and "Сергей Рябков" must
meet on one key: the key folds case and accents, transliterates Cyrillic (and
other scripts) to Latin, and then folds the spelling variants that the common
romanisation systems disagree on (y/i/j, x/ks, doubled letters).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

_VARIANTS = [
    (re.compile(r"x"), "ks"),
    (re.compile(r"[yj]"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),  # doubled letters: Dmitrii/Dmitri, Gennadii/Gennady
]


def fold(text: str) -> str:
    """Lower-case Latin transliteration without accents or punctuation."""
    text = unicodedata.normalize("NFKC", text)
    latin = unidecode(text).lower()
    latin = latin.replace("'", "").replace("\u2019", "")
    return " ".join(re.findall(r"[a-z0-9]+", latin))


@lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """The key under which all spellings of a name meet; idempotent (and remembered: ingest
    asks for the same names again and again)."""
    key = fold(name)
    for pattern, replacement in _VARIANTS:
        key = pattern.sub(replacement, key)
    return key


GENERATIONS = frozenset(name_key(word) for word in ("Jr", "Sr", "II", "III", "IV"))


def without_generation(words: list[str]) -> list[str]:
    """A name key's words without a closing "Jr."/"Sr."/"III", which one story writes and
    another leaves off (the words of "James B. Comey" in those of "James B. Comey Jr.")."""
    if len(words) > 2 and words[-1] in GENERATIONS:
        return words[:-1]
    return words


def surname_key(name: str) -> str:
    """The key of the last word of a personal name ("Ryabkov" for "Sergey Ryabkov")."""
    parts = name_key(name).split()
    return parts[-1] if parts else ""


def similarity(a: str, b: str) -> float:
    """0..100 similarity of two names on their keys; a surname alone scores high against
    the full name (rapidfuzz's WRatio weighs partial matches)."""
    from rapidfuzz import fuzz

    return fuzz.WRatio(name_key(a), name_key(b))
