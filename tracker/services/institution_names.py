"""What an institution's name says: the country it names, what body it is, and what kind.

"Russian Foreign Ministry" and "Ministry of Foreign Affairs of the Russian Federation"
have one signature (Russia, foreign ministry), read through tracker.countries, so that
matching finds one institution under either name.
"""

from __future__ import annotations

import re

from tracker.countries import COUNTRIES, SEATS
from tracker.names import fold
from tracker.services.speaker_phrases import COUNTRY_PHRASES_LONGEST_FIRST, COUNTRY_WORDS

_STATE_NAMES = {fold(name) for c in COUNTRIES for name in (c.name, *c.in_text, *c.aliases)}

_BODY_SYNONYMS = [
    (r"\b(ministry of foreign affairs|foreign affairs ministry|foreign ministry|mfa|"
     r"department of state|state department|foreign office|foreign and commonwealth office)\b",
     "foreign ministry"),
    (r"\b(ministry of defen[cs]e|defen[cs]e ministry|department of defen[cs]e|pentagon)\b",
     "defence ministry"),
]  # fmt: skip

_KINDS = [
    (r"\b(ministry|mfa|department of state|state department|foreign office|pentagon|"
     r"department of defen[cs]e)\b", "ministry"),
    (r"\b(united nations|un|osce|european union|eu|organi[sz]ation|commission|iaea|who|wto|"
     r"council of europe|g7|g20|brics|sco|asean|african union)\b", "international organisation"),
    (r"\b(nato|alliance|csto)\b", "alliance"),
    (r"\b(kremlin|government|cabinet|white house|administration|presidency|"
     r"security council|national security council)\b", "government"),
    (r"\b(parliament|duma|congress|senate|assembly|house of|rada|bundestag|"
     r"federation council|legislature)\b", "legislature"),
    (r"\bparty\b", "party"),
    (r"\b(embassy|mission|agency|service|committee|bureau|office|department|directorate|"
     r"ministry)\b", "agency"),
]  # fmt: skip


def country_in(name: str) -> str | None:
    """The country an institution's name names ("Russian Foreign Ministry" -> Russia)."""
    words = fold(re.sub(r"['\u2019]s\b", "", name)).split()
    text = f" {' '.join(words)} "
    for phrase, country in SEATS.items():
        if f" {phrase} " in text:
            return country
    for size in (4, 3, 2, 1):
        for i in range(len(words) - size + 1):
            country = COUNTRY_WORDS.get(" ".join(words[i : i + size]))
            if country is not None:
                return country
    return None


def institution_signature(name: str) -> tuple[str | None, str]:
    """(country, what it is): the same for every usual way of naming one institution."""
    name = re.sub(r"['\u2019]s\b", "", name)
    country = country_in(name)
    body = f" {fold(name)} "
    for pattern, canonical in _BODY_SYNONYMS:
        body = re.sub(pattern, canonical, body)
    for phrase in COUNTRY_PHRASES_LONGEST_FIRST:  # any country's, wrong ones included
        body = body.replace(f" {phrase} ", " ")
    words = [w for w in body.split() if w not in {"the", "of", "s"}]
    return country, " ".join(words)


def guess_kind(name: str) -> str:
    """The institution kind a name suggests: "Foreign Ministry" -> ministry, "Russia" -> state."""
    folded = fold(name)
    if folded.removeprefix("the ") in _STATE_NAMES:
        return "state"
    for pattern, kind in _KINDS:
        if re.search(pattern, folded):
            return kind
    return "other"
