"""A speaker phrase as written, and the parts it is read into: title, institution, country
and gender.

"Russian Deputy Foreign Minister" speaks, through the nationality adjective, for the Russian
Foreign Ministry; "Maria Zakharova, the ministry's spokeswoman" carries its title after the
name; "the senior Russian diplomat" is a description with a country. :mod:`.speakers` decides
which phrases name a speaker and hands the pieces here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tracker.countries import CAPITALS, PLACE_WORDS
from tracker.extract.lexicon import (
    ADJECTIVE,
    COUNTRIES,
    DEFINITE,
    FEMALE_FIRST,
    FEMALE_SUFFIX,
    HONORIFICS,
    INDEFINITE,
    MALE_FIRST,
    NATIONALITIES,
    NOT_FEMALE_SURNAMES,
    ORG_HEADS,
    POST_WORDS,
    ROLE_WORDS,
    UNNAMED_HEADS,
)

TOKEN = re.compile(r"[\w.'\u2019&-]+")


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
    # "..., worries the minister, who stressed that ...": a post read off the object a
    # relative clause follows, a statement only if the article named its one holder
    holder_only: bool = field(default=False, compare=False)


_PARTICLE_PREFIX = re.compile(
    r"(?:al|el|ad|as|ash|at|az|ul|ur|bin|ibn|abu|da|de|di|du|d)[-'\u2019][A-Z]"
)


def capitalised(token: str) -> bool:
    """Capitalised as a name is: "Lavrov", "al-Faisal", "d'Estaing"."""
    return token[:1].isupper() or token[:1].isdigit() or bool(_PARTICLE_PREFIX.match(token))


def title_object_length(words: list[str]) -> int:
    """How many of the capitalised ``words`` after "Ambassador to", "the leader of" name the
    title's place or body rather than the person: "Moscow Anatoly Antonov", "Hamas Ismail
    Haniyeh"; a particle right after the place or body goes on with it ("the governor of
    Valle del Cauca", "Rio de Janeiro", "the Tribunal del Cuentas": no name "del Cauca")."""
    found = _object_length(words)
    # (only a lower-case Romance particle: "Ambassador to France Le Drian", "to Riyadh Al
    # Jubeir" name a person after the place)
    while found and found < len(words) - 1 and words[found] in _PLACE_PARTICLES:
        found += 1
        while found < len(words) - 1 and words[found] in _PLACE_PARTICLES | {"la", "las", "los"}:
            found += 1  # "Santiago de los Caballeros"
        found += 1
    return found


_PLACE_PARTICLES = frozenset(("de", "del", "da", "das", "do", "dos", "di", "du"))


# the words that open a Spanish or Portuguese place's name of several ("San Vicente del
# Caguan", "Santa Cruz de la Sierra", "Puerto Ayacucho")
_PLACE_OPENERS = frozenset(
    ("san", "santa", "santo", "sao", "s\u00e3o", "puerto", "porto", "villa", "ciudad")
)


def _object_length(words: list[str]) -> int:
    """The place's or body's words before any particle that goes on with them."""
    found = place_length(words)
    # "the leader of the Pakistan Tehreek-i-Insaf X", "Jamaat-e-Islami chief X": a name
    # joined by the Persian and Urdu izafat is a party's or a movement's, never a person's
    while found < len(words) - 2 and IZAFAT.search(words[found]):
        found += 1
    if found:
        return found
    # "Ambassador to the United Nations Linda Thomas-Greenfield", "Secretary-General of the
    # Arab League Ahmed Aboul Gheit": a body named by its kind's word, then a name of two
    bodies = [i for i in range(min(len(words) - 2, 5)) if lower_token(words[i]) in ORG_HEADS]
    if bodies:
        return bodies[-1] + 1
    # "Governor of Tula Oblast Aleksei Dyumin": a region named with the word for its kind
    for size in (3, 2):
        if len(words) > size + 1 and lower_token(words[size - 1]) in _REGION_KINDS:
            return size
    if len(words) == 4 and lower_token(words[0]) in _PLACE_OPENERS and words[2] in _PLACE_PARTICLES:
        return 2  # "the mayor of San Vicente del Caguan": the place, its particle after two
    return 1 if len(words) >= 3 else 0


IZAFAT = re.compile(r"[A-Za-z]-[ie]-[A-Z]")
_REGION_KINDS = frozenset(
    ("oblast", "krai", "region", "province", "governorate", "prefecture", "county")
    + ("district", "state", "republic", "territory", "canton", "emirate", "municipality")
)


def place_length(words: list[str]) -> int:
    """How many leading ``words`` name a place ("United States", "Kabul"), or 0."""
    for size in (4, 3, 2, 1):
        if len(words) > size and " ".join(lower_token(w) for w in words[:size]) in PLACE_WORDS:
            return size
    return 0


def lower_token(token: str) -> str:
    return token.lower().replace("\u2019", "'")


def _title(words: list[str]) -> str:
    keep = {"of", "for", "and", "the", "on", "to", "in", "at"}
    return " ".join(w if w.lower() in keep or w.isupper() else w[:1].upper() + w[1:] for w in words)


def gender_for(first: str, last: str, honorific: str | None, role: str | None) -> str | None:
    if honorific is not None and HONORIFICS.get(honorific):
        return HONORIFICS[honorific]
    low_role = (role or "").lower()
    if "woman" in low_role:
        return "f"
    if re.search(r"\b(spokesman|chairman|congressman|businessman|king|prince)\b", low_role):
        return "m"
    surname = last.lower()
    if first.lower() in FEMALE_FIRST or (
        surname.endswith(FEMALE_SUFFIX) and not surname.endswith(NOT_FEMALE_SURNAMES)
    ):
        return "f"
    if first.lower() in MALE_FIRST:
        return "m"
    return None


def institution_for(role: str | None, country: str | None, org: str | None) -> str | None:
    """The institution a title speaks for: "Deputy Foreign Minister" of Russia is the
    Russian Foreign Ministry; a President speaks for the country itself."""
    # "President of France" speaks for France, whatever the capital of the page
    # (or "of the Russian Federation", "of the Syrian Arab Republic": a state's long name)
    own = next(
        (
            COUNTRIES[" ".join(after[:n])]
            for m in re.finditer(r"\bof (?:the )?", (role or "").lower())
            for after in [(role or "").lower()[m.end() :].split()[:4]]
            for n in range(len(after), 0, -1)
            if " ".join(after[:n]) in COUNTRIES
        ),
        None,
    )
    country = own or country
    adj = ADJECTIVE.get(country or "")
    if org:
        low = org.lower()
        if any(w in NATIONALITIES or w in COUNTRIES for w in low.split()):
            return org
        if low in ("ministry of foreign affairs", "foreign affairs ministry"):
            org = "Foreign Ministry"
        generic = re.search(
            r"\b(?:ministry|government|embassy|parliament|army|military|air force|navy)\b", low
        )
        if adj and generic and not low.startswith((adj.lower(), (country or "").lower())):
            return f"{adj} {org}"
        return org
    low = (role or "").lower()
    if not low:
        return None
    # "Minister for Foreign Affairs": Japan's, Australia's, India's way of naming the post
    if "foreign minister" in low or re.search(r"minister (?:of|for) foreign affairs", low):
        return f"{adj} Foreign Ministry" if adj else "Foreign Ministry"
    if re.search(r"defen[cs]e minister", low):
        return f"{adj} Defense Ministry" if adj else "Defense Ministry"
    # "Secretary of State for Foreign Affairs" is a British post: Washington's has no "for"
    if "secretary of state" in low and " for " not in low and country in (None, "United States"):
        return "US Department of State"
    if re.search(r"\b(president|prime minister|chancellor|king|head of state|leader)\b", low):
        return country
    # the EU's High Representative (for Foreign Affairs and Security Policy) speaks for the
    # Union, not for the state of the page's capital (Brussels); a High Representative "for"
    # anything else (Bosnia and Herzegovina's) holds another post
    if re.fullmatch(r"(?:eu |the )?high representative(?: for foreign affairs\b.*|/.*)?", low):
        return "European Union"
    if re.search(r"\b(ambassador|envoy|representative)\b", low):
        return country
    return None


def _owner(token: str) -> str:
    """The owner a possessive names ("russia's": "russia"; "the philippines'": "the
    philippines", a name ending in s takes the apostrophe alone), or "" for no possessive."""
    if token.endswith("'s"):
        return token[:-2]
    return token[:-1] if token.endswith("s'") else ""


def country_of(words: list[str]) -> tuple[str | None, list[str]]:
    """A leading nationality adjective or country possessive, and the words after it."""
    if not words:
        return None, words
    two = lower_token(" ".join(words[:2]))
    if two in NATIONALITIES:
        return NATIONALITIES[two], words[2:]
    if _owner(two) in COUNTRIES:
        return COUNTRIES[_owner(two)], words[2:]  # "Saudi Arabia's", before "Saudi"
    first = lower_token(words[0])
    if first in NATIONALITIES:
        return NATIONALITIES[first], words[1:]
    if _owner(first) in COUNTRIES:
        return COUNTRIES[_owner(first)], words[1:]
    if _owner(first) in CAPITALS and len(words) > 1:
        # "Seoul's foreign ministry", "Paris' envoy": the capital stands for its state's
        # government
        return CAPITALS[_owner(first)], words[1:]
    for size in (5, 4, 3, 2, 1):
        # "Kuwait Foreign Minister", "Qatar Prime Minister": the state's name as a modifier,
        # before a title (a long name only with its "of": "Federated States of Micronesia
        # President", "Republic of Korea Foreign Minister")
        name = lower_token(" ".join(words[:size]))
        rest = words[size:]
        if size > 2 and " of " not in name:
            continue
        if name in COUNTRIES and rest and lower_token(rest[0]) in _TITLE_STARTS:
            return COUNTRIES[name], rest
    return None, words


# words a title opens with after a state's name used as a modifier (not a governor's or a
# senator's: "Georgia Governor" is of the American state)
_TITLE_STARTS = (
    ROLE_WORDS | frozenset(("foreign", "prime", "deputy", "vice", "state", "defence"))
) - frozenset(("governor", "gov.", "senator", "sen.", "rep.", "representative", "mayor"))


# words that rank a title ("Chief Cabinet Secretary", "Deputy Chief Cabinet Secretary")
_RANKS = frozenset(
    ("chief", "deputy", "vice", "senior", "first", "principal", "acting", "assistant", "under")
)
# a post's holder now: no part of its title
_SITTING = frozenset(("current", "incumbent", "sitting"))


def split_org_role(words: list[str]) -> tuple[str | None, str | None]:
    """ "Foreign Ministry Spokeswoman" -> ("Foreign Ministry", "Spokeswoman"); "Spokesperson
    for the Ministry of Foreign Affairs" -> ("Ministry of Foreign Affairs", "Spokesperson")."""
    low = [lower_token(w) for w in words]
    joined = low.index("and") if "and" in low else -1
    if (
        joined > 0
        and any(w in ROLE_WORDS for w in low[:joined])
        and any(w in ROLE_WORDS for w in low[joined + 1 :])
        and any(w in ORG_HEADS for w in low[joined + 1 :])
    ):
        # "Minister of Foreign Affairs and current OSCE chairman": two posts, each whole; the
        # second names its body ("the foreign minister" and "the OSCE chairman" are both him)
        second = [w for w in words[joined + 1 :] if lower_token(w) not in _SITTING]
        first_org, first_role = split_org_role(words[:joined])
        org, role = split_org_role(second)
        if first_role and role:
            own = f"{org} {role}" if org and org.lower() not in role.lower() else role
            return first_org or org, f"{first_role} and {own}"
    held = next((i for i, w in enumerate(low) if w in ("for", "at")), None)
    if held and low[held - 1] in ROLE_WORDS:
        body = [w for w in words[held + 1 :] if lower_token(w) not in DEFINITE]
        if any(lower_token(w) in ORG_HEADS for w in body):
            return " ".join(body), _title(words[:held])
    of = next((i for i, w in enumerate(low) if w == "of"), None)
    if of and low[of - 1] in ROLE_WORDS and low[-1] in ORG_HEADS and low[-1] != "press":
        # "Spokeswoman of the Russian Foreign Ministry": the post at the body named after it
        # (whose name ends with its head: not "Head of the Office of the President")
        body = [w for w in words[of + 1 :] if lower_token(w) not in DEFINITE]
        if all(w[:1].isupper() for w in body) and not any(lower_token(w) == "of" for w in body):
            return " ".join(body), _title(words)
    last_org = max(
        (
            i
            for i, w in enumerate(words)
            if lower_token(w) in ORG_HEADS
            and lower_token(w) != "press"
            and lower_token(w) != "campaign"
        ),
        default=-1,
    )
    if last_org >= 0 and last_org < len(words) - 2 and low[last_org + 1] in ("of", "for"):
        # "Department of Foreign Affairs Spokesperson": the body runs to the post
        end = last_org + 2
        while end < len(words) and (
            (words[end][:1].isupper() and low[end] not in POST_WORDS) or low[end] in ("and", "the")
        ):
            end += 1
        if last_org + 2 < end < len(words) and words[end - 1][:1].isupper():
            return " ".join(words[:end]), _title(words[end:]) or None
    if last_org >= 0 and last_org < len(words) - 1:
        if lower_token(words[last_org + 1]) in ("of", "for", "to", "at", "in"):
            # "Head of the Office of the President of Ukraine": one title, its body inside
            return None, _title(words)
        lead = 0
        while lead < last_org and low[lead] in _RANKS:
            lead += 1
        if 0 < lead == last_org and low[last_org + 1] in ROLE_WORDS:
            # "Chief Cabinet Secretary": a rank before the body is the title's, which is whole
            return _title(words[last_org : last_org + 1]), _title(words)
        return _title(words[: last_org + 1]), _title(words[last_org + 1 :]) or None
    if last_org >= 0:
        # "Permanent Representative to the United Nations": the title, then where it serves
        lead = 0
        while lead < len(words) and lower_token(words[lead]) in ROLE_WORDS:
            lead += 1
        return (None, _title(words[:lead])) if lead else (_title(words), None)
    return None, _title(words) or None


def institution_name(words: list[str]) -> str:
    """ "the Russian Foreign Ministry", "Russia's Foreign Ministry": "Russian Foreign Ministry"."""
    if words and lower_token(words[0]) in DEFINITE:
        words = words[1:]
    country, rest = country_of(words)
    # (the possessive ends the state's name, of one word or two: "South Korea's", "Sri Lanka's")
    owner = words[: len(words) - len(rest)]
    if country and rest and owner and _owner(lower_token(owner[-1])):
        if len(owner) == 1 and _owner(lower_token(owner[0])) in DE_FACTO_BODY_SEATS:
            # "Gaza's Health Ministry": the de facto administration's body, named by its seat
            # as "the Gaza Health Ministry" is (not the state's, seated elsewhere)
            return f"{owner[0][:-2]} {_title(rest)}"
        return institution_for(None, country, _title(rest)) or " ".join(words)
    return " ".join(words)


# seats of an administration other than the recognised state's ("Gaza's Health Ministry":
# the one run from Gaza, not the Palestinian Authority's in Ramallah)
DE_FACTO_BODY_SEATS = frozenset(("gaza",))


_ACCOUNT = frozenset(("account", "version", "readout", "summary"))
_TALKS = frozenset(("call", "meeting", "conversation", "exchange"))


def description_phrase(words: list[str], text: str) -> SpeakerPhrase:
    low = [lower_token(w) for w in words]
    det = low[0] if low else ""
    head = low[-1] if low else ""
    held = next((i for i, w in enumerate(low) if w in ("of", "for", "at", "and")), None)
    if held and low[held - 1] in ROLE_WORDS:
        # "the Minister of State at the Ministry of Foreign Affairs": the title before "of"
        head = low[held - 1]
    if held and low[held - 1] in _ACCOUNT and low[held] == "of" and low[-1] in _TALKS:
        # "Beijing's account of the call": a readout of it, the side's own words on it
        head = "readout"
    if "head of" in " ".join(low) and "state" in low:
        head = "president"
    if HEAD_OF_GOVERNMENT.search(" ".join(low)):
        head = "premier"  # "the head of government": the prime minister, by the post's kind
    # "the ministry in charge of inter-Korean affairs": the noun before what it handles
    handles = next(
        (i for i in range(1, len(low)) if low[i : i + 3] == ["in", "charge", "of"]), None
    ) or next((i for i in range(1, len(low)) if low[i : i + 2] == ["responsible", "for"]), None)
    if handles:
        head = low[handles - 1]
    # "the North Korean leader": the two-word adjective before the one-word one ("Korean")
    pairs = [f"{a} {b}" for a, b in zip(low, low[1:], strict=False)]
    country = next((NATIONALITIES[w] for w in pairs + low if w in NATIONALITIES), None)
    owner = next((w[:-2] for w in pairs + low if w.endswith("'s") and w[:-2] in COUNTRIES), None)
    country = country or (COUNTRIES[owner] if owner else None)  # "Qatar's foreign minister"
    seat = next((w[:-2] for w in low if w.endswith("'s") and w[:-2] in CAPITALS), None)
    country = country or (CAPITALS[seat] if seat else None)  # "Beijing's top diplomat"
    # "The United States representative", "the Russian Federation delegate": the state's
    # name as a modifier before the post
    named = next((COUNTRIES[p] for p in pairs if p in COUNTRIES), None)
    country = country or (named if head in ("representative", "delegate") else None)
    group = _placed_group(low)
    if det in INDEFINITE or head in UNNAMED_HEADS or head in _STATES or group:
        return SpeakerPhrase("unnamed", text, country=country, head=group or head)
    gender = "f" if "woman" in head else ("m" if head.endswith("man") else None)
    return SpeakerPhrase("description", text, country=country, head=head, gender=gender)


# "member states", "Western countries", "the two nations": states together, none of them
# named (as "governments" are: UNNAMED_HEADS)
_STATES = frozenset(("states", "countries", "nations"))
# "sources in the ministry", "representatives of the embassy", "officials at the defence
# ministry": people of a body, not one of them named; "leaders around the world",
# "governments across the region": people of a place, none of them named
_OF_A_BODY = frozenset(
    ("in", "at", "of", "from", "within", "inside", "close", "around", "across", "throughout")
)


def _placed_group(low: list[str]) -> str | None:
    """The group noun right before the first word that places it ("foreign ministers from
    the region", "leaders and governments around the world"): the head, not the place."""
    lead = 1 if low and low[0] in DEFINITE else 0
    placed = next((i for i in range(lead + 1, len(low)) if low[i] in _OF_A_BODY), None)
    return low[placed - 1] if placed is not None and low[placed - 1] in UNNAMED_HEADS else None


# "the head of government", "the government chief": one post, whatever a state calls it
# (prime minister, premier, chancellor), never the body "government"
HEAD_OF_GOVERNMENT = re.compile(
    r"\bhead of (?:the )?government$|\bgovernment (?:head|chief)$", re.I
)
_RANKING = frozenset(("top", "senior", "chief", "leading", "veteran"))
# the words that link an aide's post to the one served: "spokesman for", "adviser to" (not
# "of": "head of state" is one post)
_SERVES = frozenset(("for", "to"))


# what a leader or a state hosts: "the host of the meeting", "the summit's host"
_HOSTED = frozenset(
    ("meeting", "summit", "talks", "conference", "forum", "gathering", "session", "ceremony")
    + ("negotiations", "visit", "dinner", "games", "event", "round", "celebrations")
)


def _host_of_an_event(low: list[str]) -> bool:
    """ "the host of the meeting", "the summit host", "this year's summit host": the side
    that hosts a gathering, no broadcast's host (whom the press titles mean)."""
    if "host" not in low and "co-host" not in low:
        return False
    at = low.index("host") if "host" in low else low.index("co-host")
    before = [w.removesuffix("'s") for w in low[:at]]
    after = low[at + 1 : at + 4]
    return bool(_HOSTED & set(before)) or (
        bool(after) and after[0] in ("of", "for") and bool(_HOSTED & set(after[1:]))
    )


def appositive(name: SpeakerPhrase, desc: list[str]) -> SpeakerPhrase:
    """ "Maria Zakharova, the ministry's spokeswoman": title after the name."""
    low = [lower_token(w) for w in desc]
    if low and low[0] in DEFINITE | INDEFINITE:
        desc, low = desc[1:], low[1:]
    if _host_of_an_event(low):
        return name  # "President X, the host of the meeting,": her post stays the title
    if (
        name.role
        and low[:1] in (["host"], ["co-host"])
        and (len(low) == 1 or low[1] in ("of", "for"))
    ):
        # "President X, the host,", "President Y, host of the G20,": a leader titled before
        # the name hosts the gathering; a broadcast's host has no such title
        return name
    # "the former Russian president": a post held before, of a state (the state is not the
    # body "Former Russian"); the word goes back before the title
    former = len(desc) > 2 and low[0] == "former" and country_of(desc[1:])[0] is not None
    if former:
        desc, low = desc[1:], low[1:]
    country, rest = country_of(desc)
    if country is None and len(desc) > 2 and lower_token(desc[0]) in _RANKING:
        # "the top Iranian diplomat": the state after a word that ranks the post
        country, rest = country_of(desc[1:])
        rest = [desc[0], *rest] if country else desc
    org_ref = None
    if rest and lower_token(rest[0]).endswith("'s"):
        org_ref = lower_token(rest[0])[:-2]
        rest = rest[1:]
    owner: list[str] = []  # "the foreign ministry's director-general": the body, then the title
    poss = next(
        (
            i
            for i, w in enumerate(rest[:4])
            if lower_token(w).endswith("'s") and lower_token(w)[:-2] in ORG_HEADS
        ),
        None,
    )
    if poss:
        owner, rest = [*rest[:poss], rest[poss][:-2]], rest[poss + 1 :]
    run: list[str] = []  # titles and the body's name, up to "of", "to", "who" ...
    for n, w in enumerate(rest):
        low_w = lower_token(w)
        # "the relief coordinator", "the top negotiator", "the human rights chief": one or
        # two words that qualify the title right after them (not "for" in "spokesman for
        # President X": the post of the one the aide serves begins there)
        ahead = [lower_token(x) for x in rest[n + 1 : n + 3] if x.isalpha()]
        qualifies = (
            w.isalpha()
            and low_w not in _SERVES
            and bool(ahead)
            and (
                ahead[0] in ROLE_WORDS
                or (len(ahead) == 2 and ahead[0] not in _SERVES and ahead[1] in ROLE_WORDS)
            )
        )
        if not (low_w in ROLE_WORDS or low_w in ORG_HEADS or capitalised(w) or qualifies):
            break
        run.append(w)
    # the title is the run's last words ("spokeswoman"), with any lower-case words that
    # qualify it; before it, the body ("the State Department spokesman", "the Dfat secretary")
    cut = len(run)
    while cut > 0 and (
        lower_token(run[cut - 1]) in ROLE_WORDS or (cut < len(run) and run[cut - 1].islower())
    ):
        cut -= 1
    words, body = run[cut:], run[:cut] or owner
    if not words or len(body) > 4:
        return name
    role = f"Former {_title(words)}" if former else _title(words)
    country = country or name.country
    inst = name.institution or institution_for(role, country, _title(body) if body else None)
    held_at = rest[len(run) :]
    if not body and len(held_at) > 1 and lower_token(held_at[0]) in ("for", "of", "at"):
        # "Maria Zakharova, spokeswoman for the Russian Foreign Ministry": where the title is held
        place = held_at[1:]
        if lower_token(place[-1]) in ORG_HEADS and any(capitalised(w) for w in place):
            inst = name.institution or institution_name(place)
    state = lower_token(held_at[-1]) if len(held_at) > 1 else ""
    if not country and lower_token(held_at[-2] if len(held_at) > 1 else "") == "of":
        # "X, Minister of Foreign Affairs of Qatar": the state the post is held in
        country = COUNTRIES.get(state)
    return SpeakerPhrase(
        "person",
        name.text,
        name.name,
        role,
        inst,
        country,
        name.gender or gender_for("", "", None, role),
        org_ref=org_ref,
    )
