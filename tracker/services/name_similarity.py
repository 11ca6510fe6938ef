"""Whether two folded names can be one person's: surnames alike, first names compatible
(rapidfuzz), used to match a speaker to an official and to find duplicate officials."""

from __future__ import annotations

from rapidfuzz import fuzz

NAME_SIMILARITY = 90.0

FIRST_NAME_SIMILARITY = 80.0


def same_surname(a: str, b: str) -> bool:
    """Folded surnames of one person: equal, or long and close, but not Zakharov/Zakharova."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or a + "a" == b or b + "a" == a:
        return False
    return fuzz.ratio(a, b) >= NAME_SIMILARITY


def compatible_first_names(a: str, b: str) -> bool:
    """Folded first names that can be the same person's: equal, an initial, or close variants."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return fuzz.ratio(a, b) >= FIRST_NAME_SIMILARITY
