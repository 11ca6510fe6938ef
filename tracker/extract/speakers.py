"""Reading the noun phrase that names a speaker: name, title, institution, nationality.

"Russian Deputy Foreign Minister Sergey Ryabkov" is a person with a role and, through the
nationality adjective, an institution; "Maria Zakharova, the ministry's spokeswoman" carries
its title after the name; "the senior Russian diplomat" names no one and is left for
coreference; "a source" or "officials" stay unnamed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tracker.countries import PLACE_WORDS
from tracker.extract.lexicon import (
    ADJECTIVE,
    AUXILIARIES,
    CAPITALS,
    CLAUSE_WORDS,
    CONNECTORS,
    COUNTRIES,
    DEFINITE,
    EVENT_HEADS,
    FEMALE_FIRST,
    FEMALE_SUFFIX,
    HEADLINE_VERBS,
    HONORIFICS,
    INDEFINITE,
    MEDIA,
    MEDIA_HEADS,
    NATIONALITIES,
    NOT_NAMES,
    OPENERS,
    ORG_HEADS,
    PARTICLES,
    PLACES,
    PRONOUNS,
    ROLE_WORDS,
    SPEAKER_NOUNS,
    UNNAMED_HEADS,
)

_DESCRIPTIVE = set(NATIONALITIES) | ROLE_WORDS | CONNECTORS
_TOKEN = re.compile(r"[\w.'\u2019&-]+")


@dataclass(frozen=True)
class SpeakerPhrase:
    """A speaker as written: ``kind`` is person, institution, pronoun, description or unnamed.

    ``org_ref`` keeps an institution named only by its kind ("the ministry's spokeswoman"),
    for coreference to fill in.
    """

    kind: str
    text: str
    name: str | None = None
    role: str | None = None
    institution: str | None = None
    country: str | None = None
    gender: str | None = None
    head: str | None = None
    org_ref: str | None = None


_PARTICLE_PREFIX = re.compile(
    r"(?:al|el|ad|as|ash|at|az|ul|ur|bin|ibn|abu|da|de|di|du|d)[-'\u2019][A-Z]"
)
# "the spokesman for President Vladimir Putin": someone who speaks for a titled person
_AIDE_OF = re.compile(
    r"((?:the|a|an) (?:[\w-]+ )?(?:spokesman|spokeswoman|spokesperson|press secretary|aide|"
    r"adviser|advisor|envoy|representative|assistant|deputy|chief of staff))\s+(?:for|of|to)\s+"
    r"(?:the )?(?:president|prime minister|premier|chancellor|king|queen|emir|secretary|"
    r"minister|foreign minister|leader|chairman|governor|mayor)\b",
    re.I,
)
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}$")
_PREPOSITIONS = frozenset(("of", "to", "for", "at", "in", "from", "on"))


def _cap(token: str) -> bool:
    """Capitalised as a name is: "Lavrov", "al-Faisal", "d'Estaing"."""
    return token[:1].isupper() or token[:1].isdigit() or bool(_PARTICLE_PREFIX.match(token))


def title_object_length(words: list[str]) -> int:
    """How many of the capitalised ``words`` after "Ambassador to", "the leader of" name the
    title's place or body rather than the person: "Moscow Anatoly Antonov", "Hamas Ismail
    Haniyeh"."""
    return _place_length(words) or (1 if len(words) >= 3 else 0)


def _place_length(words: list[str]) -> int:
    """How many leading ``words`` name a place ("United States", "Kabul"), or 0."""
    for size in (4, 3, 2, 1):
        if len(words) > size and " ".join(_low(w) for w in words[:size]) in PLACE_WORDS:
            return size
    return 0


def _low(token: str) -> str:
    return token.lower().replace("\u2019", "'")


def _title(words: list[str]) -> str:
    keep = {"of", "for", "and", "the", "on"}
    return " ".join(w if w.lower() in keep or w.isupper() else w[:1].upper() + w[1:] for w in words)


def _gender(first: str, last: str, honorific: str | None, role: str | None) -> str | None:
    if honorific is not None and HONORIFICS.get(honorific):
        return HONORIFICS[honorific]
    low_role = (role or "").lower()
    if "woman" in low_role:
        return "f"
    if re.search(r"\b(spokesman|chairman|congressman|businessman|king|prince)\b", low_role):
        return "m"
    if first.lower() in FEMALE_FIRST or last.lower().endswith(FEMALE_SUFFIX):
        return "f"
    return None


def institution_for(role: str | None, country: str | None, org: str | None) -> str | None:
    """The institution a title speaks for: "Deputy Foreign Minister" of Russia is the
    Russian Foreign Ministry; a President speaks for the country itself."""
    adj = ADJECTIVE.get(country or "")
    if org:
        low = org.lower()
        if any(w in NATIONALITIES or w in COUNTRIES for w in low.split()):
            return org
        if low in ("ministry of foreign affairs", "foreign affairs ministry"):
            org = "Foreign Ministry"
        generic = re.search(r"\b(?:ministry|government|embassy|parliament|army)\b", low)
        if adj and generic and not low.startswith((adj.lower(), (country or "").lower())):
            return f"{adj} {org}"
        return org
    low = (role or "").lower()
    if not low:
        return None
    if "foreign minister" in low or "minister of foreign affairs" in low:
        return f"{adj} Foreign Ministry" if adj else "Foreign Ministry"
    if re.search(r"defen[cs]e minister", low):
        return f"{adj} Defense Ministry" if adj else "Defense Ministry"
    if "secretary of state" in low and country in (None, "United States"):
        return "US Department of State"
    if re.search(r"\b(president|prime minister|chancellor|king|head of state|leader)\b", low):
        return country
    if re.search(r"\b(ambassador|envoy|representative)\b", low):
        return country
    return None


def _country_of(words: list[str]) -> tuple[str | None, list[str]]:
    """A leading nationality adjective or country possessive, and the words after it."""
    if not words:
        return None, words
    two = _low(" ".join(words[:2]))
    if two in NATIONALITIES:
        return NATIONALITIES[two], words[2:]
    first = _low(words[0])
    if first in NATIONALITIES:
        return NATIONALITIES[first], words[1:]
    if first.endswith("'s") and first[:-2] in COUNTRIES:
        return COUNTRIES[first[:-2]], words[1:]
    return None, words


def _split_org_role(words: list[str]) -> tuple[str | None, str | None]:
    """ "Foreign Ministry Spokeswoman" -> ("Foreign Ministry", "Spokeswoman")."""
    last_org = max(
        (
            i
            for i, w in enumerate(words)
            if _low(w) in ORG_HEADS and _low(w) != "press" and _low(w) != "campaign"
        ),
        default=-1,
    )
    if last_org >= 0 and last_org < len(words) - 1:
        return _title(words[: last_org + 1]), _title(words[last_org + 1 :]) or None
    if last_org >= 0:
        # "Permanent Representative to the United Nations": the title, then where it serves
        lead = 0
        while lead < len(words) and _low(words[lead]) in ROLE_WORDS:
            lead += 1
        return (None, _title(words[:lead])) if lead else (_title(words), None)
    return None, _title(words) or None


def _institution_name(words: list[str]) -> str:
    """ "the Russian Foreign Ministry", "Russia's Foreign Ministry": "Russian Foreign Ministry"."""
    if words and _low(words[0]) in DEFINITE:
        words = words[1:]
    country, rest = _country_of(words)
    if country and rest and _low(words[0]).endswith("'s"):
        return institution_for(None, country, _title(rest)) or " ".join(words)
    return " ".join(words)


def _description(words: list[str], text: str) -> SpeakerPhrase:
    low = [_low(w) for w in words]
    det = low[0] if low else ""
    head = low[-1] if low else ""
    if "head of" in " ".join(low) and "state" in low:
        head = "president"
    country = next((NATIONALITIES[w] for w in low if w in NATIONALITIES), None)
    if det in INDEFINITE or head in UNNAMED_HEADS:
        return SpeakerPhrase("unnamed", text, country=country, head=head)
    gender = "f" if "woman" in head else ("m" if head.endswith("man") else None)
    return SpeakerPhrase("description", text, country=country, head=head, gender=gender)


def _appositive(name: SpeakerPhrase, desc: list[str]) -> SpeakerPhrase:
    """ "Maria Zakharova, the ministry's spokeswoman": title after the name."""
    low = [_low(w) for w in desc]
    if low and low[0] in DEFINITE | INDEFINITE:
        desc, low = desc[1:], low[1:]
    country, rest = _country_of(desc)
    org_ref = None
    if rest and _low(rest[0]).endswith("'s"):
        org_ref = _low(rest[0])[:-2]
        rest = rest[1:]
    words: list[str] = []
    for w in rest:
        if _low(w) in ROLE_WORDS:
            words.append(w)
        elif words or _low(w) not in ORG_HEADS:
            break
    if not words:
        return name
    role = _title(words)
    country = country or name.country
    inst = name.institution or institution_for(role, country, None)
    return SpeakerPhrase(
        "person",
        name.text,
        name.name,
        role,
        inst,
        country,
        name.gender or _gender("", "", None, role),
        org_ref=org_ref,
    )


_LEADING_PREPOSITIONS = frozenset(
    [
        "in",
        "on",
        "at",
        "despite",
        "alongside",
        "after",
        "before",
        "during",
        "with",
        "without",
        "amid",
        "among",
        "unlike",
        "like",
        "since",
        "from",
        "by",
        "under",
        "through",
        "following",
        "into",
        "toward",
        "towards",
        "against",
        "across",
    ]
)
_TIME_WORDS = frozenset(
    ["week", "weeks", "month", "months", "year", "years", "day", "days", "morning", "evening"]
)


def _not_a_noun_phrase(text: str, low: list[str]) -> bool:
    """ "will ever", "Despite Ted Cruz", "this past week", "HuffPo: \u201cSenator ...",
    "spoke anonymously to ...": words before a cue that name no one."""
    return (
        low[0] in AUXILIARIES
        or low[0] in _LEADING_PREPOSITIONS
        or low[0] in _LEADING_CLAUSE
        or low[-1] in _TIME_WORDS
        or bool(_QUOTE_OR_COLON.search(text) or _LEADING_VERB.match(text))
    )


def _verb_after_noun(words: list[str]) -> bool:
    """A past-tense verb right after a name or a noun for a speaker ("the senator emailed")."""
    for prev, w in zip(words, words[1:], strict=False):
        if w.islower() and w.endswith("ed") and len(w) > 4:
            lp = _low(prev)
            if _cap(prev) or lp in ROLE_WORDS or lp in UNNAMED_HEADS or lp in ORG_HEADS:
                return True
    return False


_BODY_OF_COUNTRY = re.compile(
    r"(?:[Tt]he\s+)?(?P<body>[\w\s'-]+)\s+of\s+(?:the\s+)?"
    r"(?P<country>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)"
)
_OPENING_CONJUNCTIONS = frozenset(["with", "while", "because", "although", "though", "unless"])
_LEADING_CLAUSE = frozenset(
    ["where", "spoke", "came", "went"]
    + ["made", "took", "gave", "sought", "kept", "left", "met", "won", "lost", "held", "began"]
)
_QUOTE_OR_COLON = re.compile(r"[:\"\u201c\u201d\u00ab\u00bb]")
# a lower-case verb first: "incurred boos", "citing data", "speaking with the board"
_LEADING_VERB = re.compile(
    r"[a-z]+(?:ed|ing)\s+(?:with|to|from|on|in|at|about|for|by|a|an|the|his|her|their|its|"
    r"data|[a-z]+ly)\b"
)
_SUFFIXES = frozenset(("jr.", "jr", "sr.", "sr", "ii", "iii"))
_EPITHET = re.compile(r"(?:[Aa]n?|[Tt]he)\s+((?:[a-z]+(?:-[a-z]+)*\s+){1,3})(?=[A-Z][a-z])")


@lru_cache(maxsize=8192)
def parse_speaker(np: str) -> SpeakerPhrase | None:
    """Read a speaker noun phrase; None when it cannot name a speaker."""
    text = re.sub(r"\s*\([^)]*\)|\s+(?:himself|herself|themselves|itself)\b", "", np)
    text = text.strip(" ,;:\u2014-")
    first_word = text.split(" ", 1)
    if len(first_word) == 2 and first_word[0].lower() in OPENERS:
        text = first_word[1]  # "But a senior official"
    if len(first_word) == 2 and re.fullmatch(r"[A-Z][a-z]{3,}ing", first_word[0]):
        return None  # "Injecting Clinton into ...": a participle, not a first name
    if not text or len(text) > 250:
        return None
    epithet = _EPITHET.match(text)
    if epithet and not ROLE_WORDS.intersection(epithet.group(1).split()):
        # "a teary-eyed Bush", "an angry Lavrov": how the person looked, not a title
        person = parse_speaker(text[epithet.end() :])
        if person is not None and person.kind == "person":
            return person
    if "," in text:
        head, _, rest = text.partition(",")
        first = parse_speaker(head)
        if first and first.kind == "person":
            return _appositive(first, _TOKEN.findall(rest.strip(" ,")))
        second = parse_speaker(rest)
        if second and second.kind == "person" and (first is None or first.kind != "person"):
            return _appositive(second, _TOKEN.findall(head))
        return first
    words = _TOKEN.findall(text)
    if not words or len(words) > 12:
        return None
    low = [_low(w) for w in words]
    if len(words) == 1 and low[0] in PRONOUNS:
        return SpeakerPhrase("pronoun", text, gender=PRONOUNS[low[0]])
    if low[0] in ("what", "which", "that", "who", "how", "when", "if", "whether", "it's"):
        return None
    if low[0] in _OPENING_CONJUNCTIONS and len(words) > 1:
        # "with the government announcing ...", "Though she called ...": who comes after
        return parse_speaker(text.split(None, 1)[1])
    if _not_a_noun_phrase(text, low):
        return None
    if _verb_after_noun(words):
        return None  # "Sanders started out the debate": a clause, not a noun phrase
    if any(w in AUXILIARIES for w in low[1:]):
        return None  # "Sanders supporters have launched petitions": a clause
    if low[-1] in DEFINITE | INDEFINITE | CONNECTORS or low[-1].endswith("'s"):
        return None
    if low[-1] in UNNAMED_HEADS:
        return _description(words, text)
    if " ".join(low) in COUNTRIES:
        return SpeakerPhrase(
            "institution", text, COUNTRIES[" ".join(low)], country=COUNTRIES[" ".join(low)]
        )
    if len(words) == 1 and low[0] in CAPITALS:
        return SpeakerPhrase("institution", text, CAPITALS[low[0]], country=CAPITALS[low[0]])
    body = words[1:] if low[0] in DEFINITE else words
    if low[-1] in ORG_HEADS and _country_of(body)[0]:
        # "Morocco's foreign ministry", "the Russian foreign ministry": a named body
        titled = [w if _cap(w) else w[:1].upper() + w[1:] for w in body]
        return SpeakerPhrase(
            "institution", text, _institution_name(titled), country=_country_of(body)[0]
        )
    if low[-1] in ORG_HEADS and (_cap(words[-1]) or any(_cap(w) for w in words[1:])):
        name = _institution_name(words)
        return SpeakerPhrase("institution", text, name, country=_country_of(words)[0])
    owner = _BODY_OF_COUNTRY.fullmatch(text)
    if owner and owner["country"].lower() in COUNTRIES:
        body_words = owner["body"].split()
        country = COUNTRIES[owner["country"].lower()]
        if _low(body_words[-1]) in ORG_HEADS:
            # "the foreign ministry of Chile": Chile's foreign ministry
            return parse_speaker(f"{country}'s {owner['body']}")
        if _low(body_words[0]) in ORG_HEADS and all(_cap(w) or w == "of" for w in body_words):
            # "the Ministry of Foreign Affairs of Chile": kept as named, with its country
            return SpeakerPhrase(
                "institution", text, f"{owner['body']} of {country}", country=country
            )
    if low[-1] in ORG_HEADS:
        return _description(words, text)
    aide = _AIDE_OF.match(text)
    if aide:
        # "the spokesman for President Vladimir Putin": the spokesman speaks, not the president
        return _description(aide.group(1).split(), aide.group(1))
    if " of " in text and low[0] not in DEFINITE | INDEFINITE:
        # "David Woodard of Clemson University": a person, and where the person works
        person, _, place = text.partition(" of ")
        found = parse_speaker(person)
        if found and found.kind == "person" and place[:1].isupper():
            return SpeakerPhrase(
                "person",
                text,
                found.name,
                found.role,
                found.institution or place,
                found.country,
                found.gender,
            )
    # A name at the end, titles before it.
    tail: list[str] = []
    for w in reversed(words):
        lw = _low(w)
        if tail and _low(tail[-1]) in _SUFFIXES and len(tail) == 1 and _cap(w):
            tail.insert(0, w)  # "Martin Luther King Jr.": before a suffix, a name
            continue
        if lw in HEADLINE_VERBS and w[:1].isupper():
            break  # "Lindsey Graham Says": a headline's verb, not a name
        if lw in ROLE_WORDS or lw in NATIONALITIES or lw in ORG_HEADS or lw in NOT_NAMES:
            break
        if lw in EVENT_HEADS:
            return None  # "the Middle East Peace Process": a thing, not a person
        if lw in HONORIFICS or lw.endswith("'s") or not (_cap(w) or lw in PARTICLES):
            break
        if w.endswith(".") and len(w) > 2 and lw not in _SUFFIXES and not _INITIALS.match(w):
            break  # "Fla.", "Calif.": places, not names
        if not (_cap(w) or lw in PARTICLES) or w[:1].isdigit():
            break  # "Ramil Carr, 31,": an age
        tail.insert(0, w)
    if "_".join(_low(t) for t in tail) in PLACES:
        return None
    before_tail = words[: len(words) - len(tail)]
    if before_tail and _low(before_tail[-1]) in _PREPOSITIONS:
        tail = tail[title_object_length(tail) :]
    elif len(tail) >= 3 and _place_length(tail) and not _place_length(tail[1:]):
        tail = tail[_place_length(tail) :]  # "Brazil's ... Kabul Ubaid-ur-Rehman Nizamani"
    named = [t for t in tail if _low(t) not in PARTICLES]
    if not tail or len(named) > 4 or not named:
        descriptive = all(
            not _cap(w) or _low(w) in _DESCRIPTIVE or _low(w) in ORG_HEADS or _low(w).endswith("'s")
            for w in words[1:]
        )
        if descriptive or (not tail and low[-1] in ROLE_WORDS and low[0] in DEFINITE):
            return _description(words, text)  # "the senior diplomat", "The PPP leader"
        return None
    prefix = words[: len(words) - len(tail)]
    if prefix and _low(prefix[-1]).endswith("'s"):
        owner = _low(prefix[-1])[:-2]
        if owner not in COUNTRIES and owner not in NATIONALITIES and owner not in ORG_HEADS:
            return None  # "the Deputy Secretary-General's Travels": what someone has
    honorific = next((_low(w) for w in prefix if _low(w) in HONORIFICS), None)
    prefix = [w for w in prefix if _low(w) not in HONORIFICS]
    if prefix and _low(prefix[0]) in DEFINITE | INDEFINITE:
        prefix = prefix[1:]
    if prefix and not (_cap(prefix[-1]) or _low(prefix[-1]) in ROLE_WORDS):
        # an unknown lower-case word before a full name ("spokeswoma Maria Zakharova", a title
        # the lists lack): the name is still a name, only the titles the lists know are kept
        last = _low(prefix[-1])
        if (
            len(named) < 2
            or last in CONNECTORS | _PREPOSITIONS | UNNAMED_HEADS | DEFINITE | INDEFINITE
            or not any(_low(w) in ROLE_WORDS or _cap(w) for w in prefix)
        ):
            return None
        prefix = [w for w in prefix if _cap(w) or _low(w) in ROLE_WORDS | CONNECTORS]
    if sum(not (_cap(w) or _low(w) in ROLE_WORDS | CONNECTORS) for w in prefix) > 3:
        return None
    country, rest = _country_of(prefix)
    org, role = _split_org_role(rest)
    if org and not role and not honorific:
        return SpeakerPhrase("institution", text, _institution_name(words), country=country)
    inst = institution_for(role, country, org)
    name = " ".join(tail)
    gender = _gender(tail[0] if len(tail) > 1 else "", tail[-1], honorific, role)
    return SpeakerPhrase("person", text, name, role, inst, country, gender)


def can_speak(mention: SpeakerPhrase) -> bool:
    """Whether a phrase read as a speaker names someone who could speak: a name, or a noun for
    a person, a post or a body ("the terror attack" is read as a description, but says
    nothing)."""
    if mention.kind != "description":
        return mention.kind != "unnamed" or bool(mention.head in UNNAMED_HEADS)
    head = mention.head or ""
    return head in ROLE_WORDS or head in ORG_HEADS or head in SPEAKER_NOUNS or head in UNNAMED_HEADS


def is_media(mention: SpeakerPhrase) -> bool:
    """A news outlet named as a source ("the state news agency", "Anadolu", "the FT"): it
    reports statements, it does not make them."""
    words = [_low(w) for w in _TOKEN.findall(mention.name or mention.text)]
    if words and words[0] in DEFINITE | INDEFINITE:
        words = words[1:]
    if not words:
        return False
    return " ".join(words) in MEDIA or words[-1] in MEDIA_HEADS


def parse_subject(np: str) -> SpeakerPhrase | None:
    """The phrase before a cue: what :func:`parse_speaker` reads, or else any short noun phrase
    ("Organizers of the boycott") kept as written, naming no one."""
    found = parse_speaker(np)
    if found is not None:
        return found
    words = _TOKEN.findall(np)
    low = [_low(w) for w in words]
    if not 1 <= len(words) <= 10 or any(w in AUXILIARIES or w in PRONOUNS for w in low):
        return None
    if (
        low[0] in CLAUSE_WORDS - DEFINITE
        or _not_a_noun_phrase(np, low)
        or low[0] in CONNECTORS - DEFINITE
        or low[-1] in DEFINITE | CONNECTORS
    ):
        return None
    if not words[-1][-1].isalpha():
        return None
    if any(w.islower() and w.endswith(("ed", "ing")) and len(w) > 4 for w in words):
        return None  # "Stoltenberg answered", "issued a statement": a verb, not a noun phrase
    return SpeakerPhrase("unnamed", np.strip(), head=low[-1])
