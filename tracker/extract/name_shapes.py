"""How the words around a name read: a surname that is also a title or a nationality
("Matthew Prince", "Mark Cuban"), a title held at a body ("spokeswoman for the Foreign
Ministry"), a Japanese name written family name first ("KAMIKAWA Yoko"), a body known by its
initials. :func:`tracker.extract.speakers.parse_speaker` asks these questions of a phrase.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.lexicon import (
    COUNTRIES,
    DEFINITE,
    HONORIFICS,
    INDEFINITE,
    NATIONALITIES,
    NOT_NAMES,
    ORG_HEADS,
    ROLE_WORDS,
)
from tracker.extract.speaker_phrase import (
    SpeakerPhrase,
    capitalised,
    country_of,
    description_phrase,
    institution_name,
    lower_token,
    split_org_role,
)

ACRONYM = re.compile(r"[A-Z]{2,8}")
LEGAL_FORMS = frozenset(["LLC", "INC", "LTD", "PLC", "AG", "SA", "NV", "GMBH", "LP"])
AGENCY_HEADS = frozenset(["programme", "program"])
# titles that are also common surnames: "Matthew Prince", "Angus King", "John Major", "Dina
# Mufti"; or a given name written last ("Nakatani Gen": Japan's family-name-first order, the
# rank "Gen" only ever before a name)
_SURNAME_TITLES = frozenset(
    [
        "gen",
        "king",
        "prince",
        "bishop",
        "judge",
        "chancellor",
        "major",
        "dean",
        "mufti",
        "sheikh",
        "shaikh",
        "pope",
    ]
)


_REGION_WORDS = frozenset(
    [
        "african",
        "latin",
        "asian",
        "european",
        "arab",
        "native",
        "central",
        "north",
        "south",
        "east",
        "west",
        "middle",
        "eastern",
        "western",
        "northern",
        "southern",
        "anglo",
        "pan",
    ]
)


_NAME_HONORIFICS = frozenset(("mr.", "mr", "mrs.", "mrs", "ms.", "ms", "dr.", "dr"))
# titles a person is addressed by: "Mr. President", "Madam Speaker"
_TITLES_OF_ADDRESS = frozenset(
    ("president", "speaker", "chairman", "chairwoman", "chair", "secretary", "chancellor")
    + ("ambassador", "minister", "mayor", "governor", "commissioner", "premier", "prime")
)


def surname_like_title(words: list[str]) -> bool:
    """A capitalised title or nationality word ending the phrase right after a capitalised
    word that is no title, nationality, body or honorific ("Matthew Prince", "Mark Cuban",
    but not "Saudi Crown Prince" or "North Korean")."""
    last = lower_token(words[-1])
    if len(words) < 2 or not capitalised(words[-1]):
        return False
    if last not in _SURNAME_TITLES and last not in NATIONALITIES:
        return False  # "Mark Cuban", "Judith French": a surname that is also a nationality
    prev = words[-2]
    if _INITIAL.fullmatch(prev) and len(words) > 2:
        prev = words[-3]  # "Peter T. King", "Angus S. King": the given name before the initial
    lp = lower_token(prev)
    if lp in _NAME_HONORIFICS:
        return last not in _TITLES_OF_ADDRESS  # "Mr. King" is a surname; "Mr. President" not
    if " ".join((lp, last)) in NATIONALITIES or lp in _REGION_WORDS:
        return False  # "North Korean", "Sri Lankan", "African American"
    return (
        capitalised(prev)
        and not prev.isupper()
        and lp not in ROLE_WORDS | ORG_HEADS | NOT_NAMES | DEFINITE | INDEFINITE
        and lp not in NATIONALITIES
        and lp not in COUNTRIES
        and lp not in HONORIFICS
        and not lp.endswith("'s")
        and lp not in _RANK_OF_TITLE
        and lp not in _CHURCH_OF_TITLE
    )


# words that rank a title ("Grand Mufti", "Crown Prince", "Chief Judge"), never a given name
_RANK_OF_TITLE = frozenset(("grand", "crown", "chief", "high", "supreme", "great"))
# the church a title is held in ("Coptic Pope", "Orthodox Bishop"), never a given name
_CHURCH_OF_TITLE = frozenset(("coptic", "catholic", "orthodox", "anglican", "emeritus"))
_INITIAL = re.compile(r"[A-Z]\.")  # a middle initial between a given name and a surname


_ROLE_PREPOSITIONS = frozenset(["for", "of", "at", "to", "in", "on"])


def role_for_body(words: list[str], text: str) -> SpeakerPhrase | None:
    """ "spokeswoman for the Russian Foreign Ministry", "a spokesperson for the Chinese
    Foreign Ministry": a title held at a body describes a person; it is not the body's name."""
    low = [lower_token(w) for w in words]
    start = 1 if low[0] in DEFINITE | INDEFINITE else 0
    end = start
    while end < len(low) and low[end] in ROLE_WORDS:
        end += 1
    if end == start or end >= len(low) - 1 or low[end] not in _ROLE_PREPOSITIONS:
        return None
    body = words[end + 1 :]
    if lower_token(body[-1]) not in ORG_HEADS or not any(capitalised(w) for w in body):
        return None
    found = description_phrase(words, text)
    country, _ = country_of([w for w in body if lower_token(w) not in DEFINITE])
    return replace(
        found,
        head=low[end - 1],
        role=split_org_role(words[start:end])[1],
        institution=institution_name(body),
        country=found.country or country,
        gender="f" if "woman" in low[end - 1] else ("m" if low[end - 1].endswith("man") else None),
    )


# a word spelt in the syllables of romanised Japanese (Hepburn): ka-mi-ka-wa, yo-ko, shi-n-zo
_ROMAJI = re.compile(r"(?:(?:[kgsztdnhbpmrwfjy]|ch|sh|ts)?y?[aeiou]|n)+")


def family_name_first(tail: list[str]) -> bool:
    """ "Foreign Minister KAMIKAWA Yoko": Japan's official English puts the family name first,
    in capitals. Only Japanese names are turned: Korean and Chinese ones (CHO Tae-yul, MAO
    Ning) keep their order, as English writes them so too."""
    return (
        len(tail) == 2
        and len(tail[0]) >= 3
        and tail[0].isupper()
        and tail[1][:1].isupper()
        and tail[1][1:].islower()
        and all(_ROMAJI.fullmatch(t.lower()) for t in tail)
    )
