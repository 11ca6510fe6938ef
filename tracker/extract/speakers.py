"""Reading the noun phrase that names a speaker: name, title, institution, nationality.

"Russian Deputy Foreign Minister Sergey Ryabkov" is a person with a role and, through the
nationality adjective, an institution; "Maria Zakharova, the ministry's spokeswoman" carries
its title after the name; "the senior Russian diplomat" names no one and is left for
coreference; "a source" or "officials" stay unnamed.

The speaker's title, institution and country are read by :mod:`.speaker_phrase`; this module
decides whether a phrase names a speaker at all, and of which kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace
from functools import lru_cache

from tracker.countries import CAPITALS as SEATS
from tracker.countries import PLACE_WORDS
from tracker.extract.clause_words import OCCASION_PARTICIPLE
from tracker.extract.lexicon import (
    AIDE_POSTS,
    AUXILIARIES,
    BODIES_OF_STATES,
    CAPITALS,
    CONNECTORS,
    COUNTRIES,
    DEFINITE,
    DESCRIPTOR,
    DOCUMENTS,
    EVENT_HEADS,
    GENERIC_BODIES,
    GIVEN_NAMES,
    HEADLINE_VERBS,
    HONORIFICS,
    INDEFINITE,
    MEDIA,
    MEDIA_HEADS,
    NAMED_BODIES,
    NATIONALITIES,
    NOT_NAMES,
    ONE_UNNAMED_HEADS,
    OPENERS,
    ORG_HEADS,
    PARTICLES,
    PLACES,
    PLATFORMS,
    POST_WORDS,
    POSTED_BODIES,
    PRONOUNS,
    QUOTED_NICKNAME,
    ROLE_WORDS,
    SEAT_BY_NUMBER,
    SHORT_GIVEN_NAMES,
    STATE_NOUNS,
    STATE_QUALIFIERS,
    UNNAMED_HEADS,
)
from tracker.extract.name_shapes import (
    ACRONYM,
    AGENCY_HEADS,
    LEGAL_FORMS,
    family_name_first,
    role_for_body,
    surname_like_title,
)
from tracker.extract.speaker_phrase import (
    DE_FACTO_BODY_SEATS,
    HEAD_OF_GOVERNMENT,
    IZAFAT,
    TOKEN,
    SpeakerPhrase,
    appositive,
    capitalised,
    country_of,
    description_phrase,
    gender_for,
    institution_for,
    institution_name,
    lower_token,
    place_length,
    split_org_role,
    title_object_length,
)
from tracker.extract.when import CRAWL_HEADER, MONTH_NAMES, WEEKDAY_NAMES

_DESCRIPTIVE = set(NATIONALITIES) | ROLE_WORDS | CONNECTORS
# "the spokesman for President Vladimir Putin": someone who speaks for a titled person
# (or "a Hamas official and adviser to Hamas chief Ismail Haniyeh": the served one's body or
# country may stand before the title)
_AIDE_OF = re.compile(
    rf"((?:the|a|an) (?:[\w-]+ ){{0,3}}?(?:{AIDE_POSTS}))\s+(?:for|of|to)\s+"
    r"(?:the )?(?:[\w.'\u2019-]+ ){0,2}?(?:president|prime minister|premier|chancellor|king|"
    r"queen|emir|secretary|minister|foreign minister|leader|chairman|governor|mayor|chief|head)\b",
    re.I,
)
_QUOTE_CLOSED = re.compile(r"[,!?][\"\u201d]\s+(?=[A-Z])")
# "Jane Roe of the polling firm Selzer & Co.", "Phil Musser of digital consulting firm IMGE":
# a full name, then the kind of body it works for in lower case, then the body's name
_NAME_OF_KIND_BODY = re.compile(
    r"(?P<name>[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3})\s+of\s+(?:the\s+)?"
    r"(?:[a-z][a-z-]*\s+){1,3}(?P<body>[A-Z][^,;:()]{0,60}?)\.?"
)
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}$")
_PREPOSITIONS = frozenset(("of", "to", "for", "at", "in", "from", "on"))
# words no full name ends a title with ("the Minister of", "a", "the"): the sets are joined once
_NOT_A_NAME_END = CONNECTORS | _PREPOSITIONS | UNNAMED_HEADS | DEFINITE | INDEFINITE
_ROLE_OR_CONNECTOR = ROLE_WORDS | CONNECTORS
# a side in talks, which a post before a name may head ("Head of the Russian delegation X")
_PARTY_TO_TALKS = frozenset(("delegation", "team", "mission"))


def _party_of_state(prefix: list[str]) -> str | None:
    """ "Head of the Russian delegation": the state whose side the one named heads."""
    low = [lower_token(w) for w in prefix]
    if len(low) < 3 or low[-1] not in _PARTY_TO_TALKS or low[-3] not in DEFINITE:
        return None
    return NATIONALITIES.get(low[-2])


_ARTICLES = DEFINITE | INDEFINITE
# the plural nouns that close a post's field ("for Strategic Communications", "for Human
# Rights", "for Political Affairs" is a title word already): never the first word of a name
_PORTFOLIOS = frozenset(("rights", "communications", "relations", "operations", "negotiations"))
# "Lieutenant Colonel", "Senior Colonel": a rank's modifier, after which "Colonel" is the
# rank's head, never a first name (alone, "Colonel X" may be how a name is known)
_RANK_MODIFIERS = frozenset(("lieutenant", "lt", "lt.", "senior"))
# the endings of abstract nouns that name a post's field ("Management", "Cooperation",
# "Security", "Agriculture", "Economics", "Partnership"), never a given name or surname
_FIELD_NOUN = re.compile(r"(?:ment|tion|sion|ity|ture|ics|ship|ness|ism|ogy|macy|cracy|olicy)s?$")


def _post_of(words: list[str], n: int) -> bool:
    """Word ``n`` names the field of a post written before it ("Secretary of War", "Minister
    of Crisis Management"): an event's word, there, heads no event's name."""
    return n >= 2 and words[n - 1] == "of" and lower_token(words[n - 2]) in ROLE_WORDS


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


def aide_of(text: str) -> bool:
    """ "the spokesman for President", "an adviser to Hamas chief": someone known by the one
    they serve, whose title (and then name) follows."""
    return _AIDE_OF.match(text) is not None


def someone_unnamed(text: str) -> bool:
    """ "a United Nations senior political and peacebuilding official": an indefinite
    article, any words (an "and" among them), then the noun for an official."""
    return _SOMEONE_UNNAMED.fullmatch(text.strip()) is not None


_PORTFOLIO_TITLE = re.compile(
    r"(?P<field>(?:[A-Z][\w'\u2019-]*,?\s+){1,6}?(?:and|&)\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}?)"
    r"(?P<rest>(?:Deputy\s+)?(?:Minister|Secretary|Cabinet\s+Secretary|CS|MEC)\s+[A-Z].*)"
)
# the fields a portfolio is named by that no abstract ending marks
_FIELD_WORDS = frozenset(
    ("trade", "industry", "health", "energy", "finance", "defence", "defense", "justice")
    + ("tourism", "labour", "labor", "transport", "water", "mining", "mines", "housing")
    + ("land", "reform", "commerce", "fisheries", "forestry", "sport", "arts", "science")
    + ("employment", "youth", "women", "planning", "works", "affairs", "services")
    + ("resources", "climate", "media", "commonwealth", "intelligence", "interior", "economy")
    + ("veterans",)
)


def _portfolio_fields(field: str) -> bool:
    """Whether the words of ``field`` ("International Relations and Cooperation") name a
    portfolio's fields: the words on both sides of "and" are fields, none a post."""
    words = [lower_token(w.strip(",")) for w in field.split()]
    # a word a comma closes is one of the fields ("Foreign, Commonwealth and Development"),
    # whatever post it also names
    listed = [lower_token(w) for w in field.split() if not w.endswith(",")]
    if any(w in ROLE_WORDS or w in POST_WORDS for w in listed):
        return False
    at = max(i for i, w in enumerate(words) if w in ("and", "&"))
    if at == 0:
        return False
    return _field_word(words[at - 1]) and _field_word(words[-1])


def _field_opened(before: list[str]) -> bool:
    """Whether the words before a name end inside a post's field: "for" or "of", then only
    capitalised words ("Minister for Foreign", "Secretary of State for International")."""
    at = max((i for i, w in enumerate(before) if lower_token(w) in ("for", "of")), default=-1)
    return 0 < at < len(before) - 1 and all(capitalised(w) for w in before[at + 1 :])


def _field_word(word: str) -> bool:
    """Whether a lower-cased word names a portfolio's field ("trade", "relations",
    "cooperation")."""
    return word in _PORTFOLIOS or word in _FIELD_WORDS or bool(_FIELD_NOUN.search(word))


def portfolio_holder(text: str) -> SpeakerPhrase | None:
    """ "Trade, Industry and Competition Minister X": the one person holding a post whose
    portfolio lists its fields, or None."""
    portfolio = _PORTFOLIO_TITLE.fullmatch(text.strip())
    if not (portfolio and _portfolio_fields(portfolio["field"])):
        return None
    found = parse_speaker(portfolio["rest"])
    if found is None or found.kind != "person" or not found.role:
        return None
    return replace(found, text=text.strip(), role=f"{portfolio['field'].strip()} {found.role}")


# ", Trade and Development Melanie Joly", ", Commonwealth and Development Secretary X": the
# words after a comma go on listing a post's fields, the last after "and"
_FIELDS_GO_ON = re.compile(r",\s+(?:[A-Z][\w'\u2019-]*,?\s+){0,3}(?:and|&)\s+[A-Z]")


def past_listed_fields(
    text: str, start: int, comma: int, stop: re.Pattern[str], end: int
) -> tuple[SpeakerPhrase, int] | None:
    """ "..., said Canada's Minister of Foreign Affairs, Trade and Development Melanie Joly":
    when the comma at ``comma`` only lists the fields of the post opened at ``start``, the
    person the whole phrase names and where it ends (at ``stop``'s next match), else None."""
    if not _FIELDS_GO_ON.match(text, comma, end):
        return None
    after = stop.search(text, comma + 1, end)
    phrase_end = after.start() if after else end
    found = parse_speaker(text[start:phrase_end].strip().rstrip("."))
    if found is None or found.kind != "person" or "," not in (found.role or ""):
        return None
    return found, phrase_end


# "Socialists and Democrats leader X", "Conservatives and Reformists co-chair X": a political
# group named by two plurals, then a post in it and one person's name
_GROUP_OF_PLURALS = re.compile(
    r"[A-Z][a-z]{3,}s and [A-Z][a-z]{3,}s (?:[a-z-]+ ){1,3}[A-Z][\w'\u2019.-]*"
    r"(?: [A-Z][\w'\u2019.-]*){1,3}"
)


# the articles and particles a family name opens with before a hyphen ("al-Sheikh")
_NAME_ARTICLES = frozenset(("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "abu", "bin"))


# "the Department of Housing and": a body named "of" or "for" its fields, the first of
# them before "and" ("the Center for Strategic and International Studies")
_BODY_OF_FIELDS = (
    r"\b(?:Ministry|Department|Office|Cent(?:er|re)|Institute|Administration|Bureau|Agency|"
    r"Commission|Council|Committee|Authority|Foundation|School|Academy|Service)"
    r"\s+(?:of|for)\s+(?:[A-Z][\w'\u2019-]*\s+(?:of\s+)?){1,4}"
)
# a body's name that joins two capitalised fields by "and" before its kind of body, with no
# article after "and": "Peace and Security Council", "Relief and Works Agency"
# (or after it: "the Department of Housing and Urban Development")
AND_INSIDE_A_NAME = re.compile(
    r"\b[A-Z][a-z]+\s+and\s+[A-Z][a-z]+\s+(?:Council|Commission|Committee|Agency|"
    r"Organi[sz]ation|Office|Forum|Board|Assembly|Administration|Institute|Bureau|Authority)\b"
    # "the ruling Law and Justice party": a party's name, its kind in lower case after it
    r"|\b[A-Z][a-z]+\s+and\s+[A-Z][a-z]+\s+(?:[Pp]arty|bloc|alliance|movement)\b"
    rf"|{_BODY_OF_FIELDS}and\s+[A-Z]"
)
# the first half of such a name, cut at its "and"
_BODY_OF_FIRST_FIELDS = re.compile(_BODY_OF_FIELDS + r"$")
# the rest of it: "and" and capitalised words
_MORE_FIELDS = re.compile(r"[ ]+and[ ]+[A-Z][\w'\u2019-]*(?:[ ]+[A-Z][\w'\u2019-]*)*")


def fields_joined_after(text: str, end: int, run: str) -> str:
    """ "Analyst X of the Institute for Trade", then " and Regional Studies" at ``end``: the
    run of capitals with the rest of the body's name its "and" goes on with (not a post
    after it: "the Department of State and Secretary X")."""
    more = _MORE_FIELDS.match(text, end)
    if more is None or not _BODY_OF_FIRST_FIELDS.search(run + " "):
        return run
    if any(lower_token(w) in ROLE_WORDS for w in more.group().split()[1:]):
        return run
    return run + more.group()


def body_joined_before(
    text: str, start: int, mention: SpeakerPhrase
) -> tuple[SpeakerPhrase, int] | None:
    """ "The African Union Peace and Security Council": the body whose name a run of capitals
    at ``start`` ("Security Council ...") ends, its first field before "and"; with where the
    whole name starts. None when no such name joins there."""
    if mention.kind != "institution":
        return None
    before = _FIELD_THEN_AND.search(text, max(0, start - _FIELD_REACH), start)
    if before is None:
        return None
    whole = text[before.start() : start] + (mention.text or "")
    if not AND_INSIDE_A_NAME.search(whole):
        return None
    found = parse_speaker(whole)
    if found is None or found.kind != "institution":
        return None
    return found, before.start()


# capitalised words right before "and": a body's first field ("African Union Peace and ")
_FIELD_THEN_AND = re.compile(r"(?:[A-Z][\w-]*[ \t]+){1,4}and[ \t]+$")
_FIELD_REACH = 60


# plural nouns that end a body's name ("... of West African States", "... for Palestine
# Refugees"), never a person's
_BODY_NAME_ENDINGS = frozenset(("states", "nations", "refugees", "countries", "peoples"))


def _state_post_and_another(left: str, right: str) -> bool:
    """ "The Chinese president and German Chancellor X", "the French president and European
    Commission President X": one state's post, described, and a named holder of a post of
    another state or of a body written into the title: two people, not one of two posts
    ("the deputy prime minister and foreign minister X" names no second state or body)."""
    first = parse_speaker(left)
    if first is None or first.kind != "description" or not first.country:
        return False
    second = parse_speaker(right)
    if second is None:
        return False
    if second.kind != "person" or not second.role:
        return False
    if second.country:
        return second.country != first.country
    return bool(second.institution) and second.institution in right


def two_people(text: str) -> bool:
    """Whether ``text`` joins two named people by "and" (titles joined by "and" are one
    person's: "Prime Minister and Minister of Foreign Affairs X")."""
    left, sep, right = text.partition(" and ")
    if not sep or "," in left or text.strip().lower() in COUNTRIES:
        return False  # "Trinidad and Tobago said": one state
    if portfolio_holder(text) is not None:
        return False  # "International Relations and Cooperation Minister X": one post
    if _state_post_and_another(left, right):
        return True
    if re.match(r"\s*[Tt]he\s+[A-Z]", left):
        return False  # "The Communications and Digital Minister": a portfolio; no name after "the"
    if _GROUP_OF_PLURALS.fullmatch(text.strip()):
        return False  # "Socialists and Democrats leader X": a group's title, one person
    if _BODY_OF_FIRST_FIELDS.search(left + " ") and right[:1].isupper():
        return False  # "X of the Center for Strategic and International Studies": one body
    first, second = parse_speaker(left), parse_speaker(right)
    # "Kang and Kono", "Lavrov and his Chinese counterpart": surnames and descriptions name
    # people too
    return (
        first is not None
        and second is not None
        and first.kind == "person"
        and second.kind in ("person", "description")
        and (second.head or "") not in ORG_HEADS
    )


# Surnames that are words of English a name's reading otherwise stops at: a time ("Day") or
# a preposition ("From")
_WORD_SURNAMES = frozenset(("Day", "From"))


def _surname_a_word(words: list[str], i: int) -> bool:
    """ "Canadian trade minister Stockwell Day", "founder Al From", "Doris Day": a surname
    that is a word of English, last, in capitals, after a given name the lexicon knows or a
    capitalised word with a post right before it (not "Independence Day", "Last Day")."""
    if i != len(words) - 1 or i < 1 or words[i] not in _WORD_SURNAMES:
        return False
    given = words[i - 1]
    low = lower_token(given)
    if not (given[:1].isupper() and given.isalpha()) or given.isupper():
        return False
    if low in COUNTRIES or low in NOT_NAMES or low in ROLE_WORDS or low in _BEFORE_A_MONTH:
        return False
    return low in GIVEN_NAMES or low == "al" or (i >= 2 and lower_token(words[i - 2]) in ROLE_WORDS)


def _name_not_auxiliary(words: list[str], i: int) -> bool:
    """ "Do Hung Viet": the Vietnamese family name Do (Đỗ) opening a name of capitalised
    words, not the auxiliary; "Theresa May", "Will Hurd": a name that spells one."""
    rest = words[i + 1 :]
    if words[i] == "Do":
        return len(rest) >= 2 and all(w[:1].isupper() for w in rest)
    if words[i] == "do":
        # "André Corrêa do Lago": the Portuguese particle between capitalised names
        return i > 0 and words[i - 1][:1].isupper() and len(rest) == 1 and rest[0][:1].isupper()
    if words[i] not in ("May", "Will"):
        return False
    if rest:  # "Rep. Will Hurd": the given name, before one surname
        return len(rest) == 1 and rest[0][:1].isupper() and lower_token(rest[0]) not in COUNTRIES
    # "Prime Minister Theresa May": the surname, last, after a given name
    before = lower_token(words[i - 1]) if i else ""
    return (
        i > 0
        and words[i - 1][:1].isupper()
        and before not in COUNTRIES
        and before not in NOT_NAMES
        and before not in ROLE_WORDS
        and before not in _BEFORE_A_MONTH
    )


# words that put a month in time ("Early May", "Mid May"), never a given name
_BEFORE_A_MONTH = frozenset(("early", "late", "mid", "next", "this", "last", "since", "until"))


def not_a_noun_phrase(text: str, low: list[str]) -> bool:
    """ "will ever", "Despite Ted Cruz", "this past week", "HuffPo: \u201cSenator ...",
    "spoke anonymously to ...": words before a cue that name no one."""
    return (
        (low[0] in AUXILIARIES and not _name_not_auxiliary(TOKEN.findall(text), 0))
        or low[0] in _LEADING_PREPOSITIONS
        or (low[0] in _LEADING_CLAUSE and not _body_named_by_verb(text))
        or low[-1] in _TIME_WORDS
        or bool(_QUOTE_OR_COLON.search(text) or _LEADING_VERB.match(text))
        or _pronoun_clause(TOKEN.findall(text), low)
    )


# a romanised Chinese given name, syllable by syllable: li-feng, ya-dong, yong-qian
_PINYIN = re.compile(r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[iu]?[aeiou]{1,2}(?:ng|n|r)?)+")


# Malaysia's titles of honour run over two words, the second capitalised like a name:
# "Dato' Sri Anifah Aman", "Tan Sri Muhyiddin Yassin", "Toh Puan ..."
_MALAY_SECOND = frozenset(("sri", "seri", "puan"))
_MALAY_FIRST = frozenset(("dato", "dato'", "datuk", "tan", "toh", "datin"))
# the ranks and styles that may follow before the name ("Dato' Seri Utama Haji Mohamad bin
# Haji Hasan"): a higher rank of the title, and the style of one who made the pilgrimage
_MALAY_AFTER = frozenset(("utama", "panglima", "haji", "hajjah", "hj", "hj.", "hjh"))


def _ends_a_country(words: list[str], tail_at: int) -> bool:
    """Whether the name read at ``tail_at`` ends a state's name begun by the words before it
    ("Russian Federation", "Syrian Arab Republic")."""
    low = [lower_token(w) for w in words]
    return any(" ".join(low[k:]) in COUNTRIES for k in range(max(0, tail_at - 3), tail_at))


def _post_of_a_state(words: list[str], tail_at: int) -> bool:
    """Whether the state named from ``tail_at`` is the one a title before it is held in
    ("the President of Russia", "the Prime Minister of India"): a post, no one's name."""
    low = [lower_token(w) for w in words]
    if " ".join(low[tail_at:]) not in COUNTRIES:
        return False
    before = low[:tail_at]
    while before and before[-1] in ("the", "of"):
        before = before[:-1]
    return len(before) < tail_at and bool(before) and before[-1] in ROLE_WORDS


def _country_in_tail(words: list[str], tail_at: int) -> int:
    """How many of the name's first words end a state's name begun before it: "Federation"
    in "Deputy Minister of Foreign Affairs of the Russian Federation Sergey Ryabkov", "Arab
    Republic" after "Syrian"; at least two words are left for the name."""
    low = [lower_token(w) for w in words]
    for j in range(len(words) - tail_at - 2, 0, -1):
        for k in range(max(0, tail_at - 3), tail_at):
            if " ".join(low[k : tail_at + j]) in COUNTRIES:
                return j
    return 0


def _without_malay_title(tail: list[str], before: list[str]) -> list[str]:
    """The name without a Malay title of honour read into it ("Sri Anifah Aman" after
    "Dato'"); "Sri Mulyani Indrawati", with no title before, keeps her given name."""
    low = [lower_token(w) for w in tail]
    if len(tail) >= 4 and _malay_title(low[0], low[1]):
        tail, low = tail[2:], low[2:]  # "Tan Sri Muhyiddin Yassin"
    elif len(tail) >= 3 and before and _malay_title(lower_token(before[-1]), low[0]):
        tail, low = tail[1:], low[1:]
    while len(tail) >= 3 and low[0] in _MALAY_AFTER:
        tail, low = tail[1:], low[1:]  # "Utama Haji Mohamad Hasan": the name after them
    return tail


def _malay_title(first: str, second: str) -> bool:
    return first in _MALAY_FIRST and second in _MALAY_SECOND


def _family_name_he(word: str, tail: list[str]) -> bool:
    """ "He" written so before a single given name in pinyin ("He Yadong", "He Lifeng") is
    the Chinese family name, not the pronoun, which never precedes a name in a noun phrase."""
    return (
        word == "He"
        and len(tail) == 1
        and tail[0][:1].isupper()
        and tail[0][1:].islower()
        and bool(_PINYIN.fullmatch(tail[0].lower().replace("-", "")))
    )


_OBJECT_PRONOUNS = frozenset(("me", "him", "her", "us", "them"))
_FIRST_AND_SECOND = frozenset(("we", "i", "you"))


def _name_he(words: list[str], n: int) -> bool:
    """ "He" ending a phrase after a family name in pinyin ("Vice Premier Liu He": his given
    name) or after "Mr." or a title ("Mr. He", "Vice Premier He": his family name) is a
    name: the pronoun is never written capitalised after a word inside a noun phrase."""
    if words[n] != "He" or n != len(words) - 1 or n == 0:
        return False
    family = words[n - 1]
    low = family.lower()
    if low in HONORIFICS or (family[:1].isupper() and low in ROLE_WORDS):
        return True
    return (
        family[:1].isupper()
        and family[1:].islower()
        and low not in COUNTRIES
        and low not in CAPITALS
        and low not in NOT_NAMES
        and low not in PRONOUNS
        and low not in _OBJECT_PRONOUNS  # a headline's "Tells Me He Will ..."
        and bool(_PINYIN.fullmatch(low))
    )


_FIELD_LINKS = frozenset(["of", "for", "the", "and", "on", "in", "to", "&"])
# post words that are adjectives: before a body's field's noun they qualify it, naming no post
_FIELD_QUALIFIERS = frozenset(["democratic", "republican", "national", "independent"])


def _body_for_field(words: list[str]) -> SpeakerPhrase | None:
    """ "China's Ministry of Commerce", "the Committee for the Peaceful Reunification of
    Korea", "the Organization for Security and Co-operation in Europe": a body named by what
    it is for, its capitalised name running on through "of" and "for" (a post in it only
    before its field, as in "Office of the High Commissioner for Human Rights": "Ministry of
    Commerce Spokesperson He Yadong" is a person)."""
    country, body = country_of(words[1:] if lower_token(words[0]) in DEFINITE else words)
    low = [lower_token(w) for w in body]
    # "the International Committee of the Red Cross", "the International Organization for
    # Migration": a capitalised word or two that qualify the body's head before its field
    lead = next((i for i, lw in enumerate(low[:3]) if lw in ORG_HEADS), 0)
    # ("the National Task Force for ...": a post word that is an adjective qualifies the head)
    if any(
        (lw in ROLE_WORDS or lw in POST_WORDS) and lw not in _FIELD_QUALIFIERS for lw in low[:lead]
    ):
        lead = 0
    if len(body) < lead + 3 or low[lead] not in ORG_HEADS or low[lead] in MEDIA_HEADS:
        return None
    if low[lead + 1] not in ("of", "for") or not capitalised(body[0]) or not capitalised(body[-1]):
        return None
    if any(not (capitalised(w) or lw in _FIELD_LINKS) for w, lw in zip(body, low, strict=True)):
        return None
    if any(lw in NOT_NAMES for w, lw in zip(body, low, strict=True) if capitalised(w)):
        return None
    # ("Humanitarian Affairs", "Foreign Affairs" at the end: the body's field, no post)
    posts = [
        i
        for i, lw in enumerate(low)
        if (lw in ROLE_WORDS or lw in POST_WORDS) and not (lw == "affairs" and i + 1 == len(low))
    ]
    ends = [i for i in posts if i + 1 not in posts]  # "High Commissioner": one post
    # ("Democratic Institutions": a word that qualifies the field's noun after it, no post)
    ends = [i for i in ends if not (low[i] in _FIELD_QUALIFIERS and i + 1 < len(body))]
    if any(i + 1 == len(body) or low[i + 1] not in _FIELD_LINKS for i in ends):
        return None  # a post after the body's name, or before a person's ("... Spokesperson He")
    starts = [i for i in posts if i - 1 not in posts]
    if any(
        i > lead and low[i - 1] not in _FIELD_LINKS and _link_before(low, i) != "the"
        for i in starts
    ):
        # "Council of Europe Commissioner for Human Rights X": a post right after the body's
        # name is held there, by the one named after its field (a body's own post follows
        # "of the": "Office of the UN High Commissioner for Human Rights")
        return None
    return SpeakerPhrase("institution", " ".join(words), " ".join(body), country=country)


def _link_before(low: list[str], i: int) -> str | None:
    """The last linking word ("of", "the", ...) before ``low[i]``."""
    return next((low[k] for k in range(i - 1, -1, -1) if low[k] in _FIELD_LINKS), None)


_SUBJECT_PRONOUNS = frozenset(["i", "we", "you", "he", "she", "they"])


def _pronoun_clause(words: list[str], low: list[str]) -> bool:
    """ "I wrote to this Council": a pronoun and a lower-case verb open a clause, whoever
    wrote it; "He Lifeng", a family name that reads like a pronoun, goes on capitalised."""
    return len(words) > 1 and low[0] in _SUBJECT_PRONOUNS and words[1].islower()


def _verb_after_noun(words: list[str]) -> bool:
    """A past-tense verb right after a name or a noun for a speaker ("the senator emailed").
    After an article or a possessive the word is an adjective of the noun to come
    ("The ousted president", "Russia's jailed opposition leader", "Iran's armed forces chief");
    so it is after a nationality with a noun still to come ("the Philippine armed forces")."""
    for n, (prev, w) in enumerate(zip(words, words[1:], strict=False)):
        if w.islower() and w.endswith("ed") and len(w) > 4:
            lp = lower_token(prev)
            if lp in ("the", "a", "an") or prev.endswith(("'s", "\u2019s", "s'", "s\u2019")):
                continue
            if lp in NATIONALITIES and n + 2 < len(words):
                continue
            if capitalised(prev) or lp in ROLE_WORDS or lp in UNNAMED_HEADS or lp in ORG_HEADS:
                return True
    return False


# "legal counsel for", "head of", "general counsel at": a post, then the body it serves
_MEDIA_OR_PLATFORMS = MEDIA | PLATFORMS  # outlets and social platforms: no one's name
_POST_BEFORE_ITS_BODY = re.compile(r"(?P<post>[a-z][\w-]*(?:\s[a-z][\w-]*){0,2})\s+(?:of|for|at)\s")
_SEATS_OF_STATES = frozenset(("delegation", "mission"))
_BODY_OF_COUNTRY = re.compile(
    r"(?:[Tt]he\s+)?(?P<body>[\w\s'-]+)\s+of\s+(?:the\s+)?"
    r"(?P<country>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)"
)
# ("the Estonian Ministry of Foreign Affairs": the state's adjective, no possessive)
_COUNTRYS_BODY_OF = re.compile(
    r"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?P<owns>['\u2019]s|(?<=s)['\u2019])?\s+"
    r"(?P<body>(?:Ministry|Department|Office|Agency|Commission|Committee|Council|Service)\s+"
    r"(?:of|for)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:and|of|for|the|[A-Z][\w'\u2019-]*)){0,5})"
)


_OPENING_CONJUNCTIONS = frozenset(["with", "while", "because", "although", "though", "unless"])
# prepositions that open a phrase before a sentence's subject, never the subject itself
_PREPOSITIONS_OF_NO_SUBJECT = frozenset(
    ["for", "to", "unlike", "like", "despite", "against", "toward", "towards", "among"]
)
_LEADING_CLAUSE = frozenset(
    ["where", "spoke", "came", "went"]
    + ["made", "took", "gave", "sought", "kept", "left", "met", "won", "lost", "held", "began"]
)
# "Left Party leader X", "the Met Office": a capitalised word that is also a verb ("left",
# "met"), before the capitalised noun for a body, opens the body's name, not a clause
_BODY_NAMED_BY_VERB = re.compile(r"\s*[A-Z][a-z]+\s+(?P<head>[A-Z][a-z]+)\b")


def _body_named_by_verb(text: str) -> bool:
    m = _BODY_NAMED_BY_VERB.match(text)
    return m is not None and m["head"].lower() in ORG_HEADS


_QUOTE_OR_COLON = re.compile(r"[:\"\u201c\u201d\u00ab\u00bb]")
# a lower-case verb first: "incurred boos", "citing data", "speaking with the board"
_LEADING_VERB = re.compile(
    r"[a-z]+(?:ed|ing)\s+(?:with|to|from|on|in|at|about|for|by|a|an|the|his|her|their|its|"
    r"data|[a-z]+ly)\b"
)
_SUFFIXES = frozenset(("jr.", "jr", "sr.", "sr", "ii", "iii"))
# "figures from the customs agency", "a poll by the X institute": numbers a body measured,
# named by what was measured; they show, they say nothing (the body's own words are its own)
_MEASURED_BY = re.compile(
    r"(?P<what>(?:[\w-]+\s+){0,3}?(?:figures|data|statistics|estimates|numbers|polls?|"
    r"surveys?|tally|count|census))\s+(?:(?:published|released|compiled|conducted|issued|"
    r"collected|gathered)\s+)?(?:from|by)\s+\S.*",
    re.S,
)
_EPITHET = re.compile(r"(?:[Aa]n?|[Tt]he)\s+((?:[a-z]+(?:-[a-z]+)*\s+){1,3})(?=[A-Z][a-z])")


# a style of address ("the Rt Hon", "HE") or letters after a name ("MP", "KC"): neither is a
# title
# small words of a label or heading in capitals, read as they are in lower case: "PRESIDENT
# OF FRANCE X", and "SECRETARY-GENERAL IN ASTANA", a heading whose place is no one's name
_SHOUTED_LINK = re.compile(
    r"(?<=\s)(?:OF|FOR|THE|AND|IN|AT|ON|TO|Of|For|The|And|In|At|On|To)(?=\s)"
)
_SHOUTED_WORD = re.compile(r"[^\W\d_]+")
# an owner's unnamed people, then where they sit: "Meduza's sources close to the Kremlin"
_SOURCES_OF = re.compile(
    r"(?:[Tt]he\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['\u2019]s?\s+(?P<head>[a-z]+)\s+"
    r"(?:close\s+to|in|at|within|inside|familiar\s+with|from)\s"
)
_OUR_COLLEAGUES_AT = re.compile(
    r"[Oo]ur\s+(?:[a-z]+\s+)?(?:colleagues|partners|friends)\s+(?:at|from|in|with)\s+"
    r"(?P<body>\S.*)"
)
_STYLE_OF_ADDRESS = re.compile(
    r"(?:^|\s)(?:[Tt]he\s+)?(?:Rt\.?\s+)?Hon(?:ourable|orable|\.)?(?=\s+[A-Z])"
    # "Dame Jane Roe DCMG OBE", "Sir John Doe KCB KC MP": the letters may run several deep
    r"|(?<=[a-z])(?:\s+(?:MP|MLA|MEP|MSP|QC|KC|[KDG]?CMG|[KDG]?CB|[MOCKD]BE|[KG]?CVO|LVO|MVO))+"
    r"(?=\s*$)"
    # "HE the Prime Minister", "H.E. Sameh Shoukry": His (or Her) Excellency, Highness;
    # "Sheikh H E Mohammed": the initials spaced (Qatari copy); "H.E Moussa X", "H.H Sheikh
    # X": the second stop left out (a release's typo, no initial of the name)
    r"|(?:^|\s)(?:HE|H\.E\.?|H\.?\s+E\.?|HH|H\.H\.?)\s+(?=(?:the\s+)?[A-Z])"
    # "His Excellency Mohammed bin Ahmed Al Bawardi", "His Royal Highness Prince X": the
    # style spelled out, before a name or a title
    r"|(?:^|\s)(?:[Hh]is|[Hh]er)\s+(?:Royal\s+)?(?:Excellency|Highness|Majesty)\s+(?=[A-Z])"
)
# "the Chinese Embassy in Manila", "Russia's Permanent Mission to the UN"
_SERVING_IN = re.compile(
    r"(?P<who>.+?\b(?:official|envoy|representative|coordinator|diplomat|ambassador|chief|head))"
    r"\s+in\s+(?:(?:that|the|this)\s+(?:country|region|city|capital|area)|"
    r"[A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+)?)"
)
# "the U.S. special envoy for Iran", "the UN envoy to Yemen": the envoy, whatever the brief
_ENVOY_FOR = re.compile(
    r"(?P<who>.+?\b(?:envoy|representative|coordinator|negotiator|rapporteur))"
    r"\s+(?:for|to|on)\s+(?P<brief>(?:the\s+)?[A-Z][\w.'\u2019-]+(?:\s[A-Z][\w.'\u2019-]+){0,2})"
)
# a UN human rights mandate named by its post and its field: "Independent Expert on ...",
# "the U.N. Special Rapporteur on ... in Myanmar"
_UN_MANDATE_POST = (
    r"(?:[Tt]he\s+)?(?:(?:UN|U\.N\.|United\s+Nations)(?:['\u2019]s)?\s+)?"
    r"(?P<post>Independent\s+Expert|Special\s+Rapporteur)"
    r"(?:\s+(?:on|for)\s+[a-z][a-z-]*(?:\s+(?:[a-z][a-z-]*|(?<=\b(?:in|of)\s)"
    # (a place of one word, or more after "the" or a compass word: "South Sudan")
    r"(?:the\s+[A-Z][\w'\u2019-]*(?:\s+(?:of\s+the\s+)?[A-Z][\w'\u2019-]*){0,3}|"
    r"(?:(?:South|North|East|West|Central|Sri|Costa|El|New|Saudi|Burkina)\s+)?"
    r"[A-Z][\w'\u2019-]*))){0,14})?"
)
_UN_MANDATE = re.compile(_UN_MANDATE_POST)
# the heads of such a post read as a description
UN_MANDATE_HEADS = frozenset(("expert", "rapporteur"))
# "... in Somalia Isha Dyfan": the holder's name after the post
_UN_MANDATE_HOLDER = re.compile(
    _UN_MANDATE_POST + r"\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})"
)
_POSTED_IN = re.compile(
    r"(?P<body>.*\b(?:[Ee]mbassy|[Cc]onsulate(?: [Gg]eneral)?|[Hh]igh [Cc]ommission|"
    r"[Pp]ermanent [Mm]ission|[Mm]ission))\s+(?P<prep>in|to) "
    r"(?P<place>(?:the )?[A-Z][\w.-]+(?: [A-Z][\w.-]+){0,2})"
)


_TITLES_AND_NAME = re.compile(
    r"(?P<first>(?:[Tt]he\s+)?(?:[a-z]+\s+|[A-Z][a-z]+\s+){0,3}?"
    r"(?:prime minister|minister|president|premier|chancellor|secretary|ambassador|envoy|"
    r"chairman|chairwoman|chair|director|governor|mayor|senator|spokesperson|spokesman))\s+"
    r"and\s+(?:(?!(?:his|her|their|its|counterparts?|colleagues?)\s)[a-z-]+\s+){1,3}of\s+"
    r"(?:(?!(?:his|her|their|its)\s)[a-z-]+\s+){1,4}?(?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,3})"
)
_TITLED_NAME_OF = re.compile(
    r"(?P<who>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){2,5})\s+of\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w'\u2019-]*){0,5})"
)
# a name of two to four words (or a courtesy title and a surname), then the body worked at;
# an occupation of two words may go before the name ("Security analyst X of ..."); a
# party may bear a label in lower case and its kind ("X of the conservative Christian
# Democrats", "of the liberal NEOS party")
_NAME_OF_BODY = re.compile(
    r"(?P<who>(?:[A-Z][a-z]+\s+[a-z]+\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,3})"
    r"\s+(?:of|at|from)\s+(?:the\s+(?:[a-z][a-z-]+\s+){0,2}?)?"
    r"(?P<body>[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|for|on|and)\s+)?[A-Z][\w'\u2019-]*){0,6})"
    r"(?:\s+(?P<kind>party|bloc|alliance|movement))?"
)
_SEATED_IN = re.compile(
    r"(?P<body>(?:[Tt]he\s+)?(?=(?:[A-Z][\w'\u2019-]*\s+(?:(?:of|for|and)\s+)?)*?"
    r"(?:Ministry|Government|Office|Cabinet)\b)[A-Z][\w'\u2019-]*"
    r"(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w'\u2019-]*)*)\s+in\s+"
    r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
)


# a title, its body and a name fit in this many words; longer, a phrase is an appositive's
# clause ("a Republican operative and Mitt Romney's chief strategist in ...")
_PHRASE_WORDS = 12
# a long formal title and a name ('Minister of State at the Ministry of Foreign Affairs Dr.
# Salem bin Nasser Al Mari'): capitalised words and the small ones that join them
_FORMAL_WORDS = 20
_FORMAL_LINKS = frozenset(("of", "at", "for", "and", "the", "bin", "bint", "ibn", "al", "el"))
# a post, "for", then its field in lower case before the capitalised name that follows
# ("for international relations and cooperation": up to four words)
_LOWER_CASE_FIELD = re.compile(
    r"(?P<post>[A-Z][^,;:]*?)\s+for\s+(?P<field>[a-z]+(?:\s+[a-z]+){0,3})(?=\s+[A-Z])"
)
_KIN_OF = re.compile(
    r"(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?P<kin>wife|husband|widow|widower|"
    r"sister|brother|son|daughter|mother|father|niece|nephew|cousin|grandson|granddaughter|"
    r"spouse|lawyer|attorney|friend|relative|in-law)s?\s+(?:of|for|to)\b",
    re.I,
)

# "His sister Kim Yo Jong", "the leader's powerful sister Kim Yo Jong", "Trump's son Donald
# Trump Jr.": a kinship, then the name of the kin, who is the one named
_KIN_THEN_NAME = re.compile(
    r"(?:(?i:the|his|her|their|its)\s+(?:[a-z]+['\u2019]s\s+)?|(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*['\u2019]s\s+)"
    r"(?:[a-z][\w-]*\s+){0,2}?(?:wife|husband|widow|widower|sister|brother|son|daughter|"
    r"mother|father|niece|nephew|cousin|grandson|granddaughter)(?:-in-law)?(?:\s+(?=[A-Z])|$)"
)


# "spokesperson for Secretary-General X", "an adviser to President X": an aide, then a
# title with no article and the name of the one served
_AIDE_FOR_TITLED = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?P<aide>spokesman|spokeswoman|spokesperson|"
    r"press secretary|aide|adviser|advisor|assistant|chief of staff)\s+(?:for|to)\s+"
    r"(?P<principal>(?!the\s)(?:[\w.'\u2019-]+\s+){0,2}?(?:president|prime minister|premier|"
    r"chancellor|king|queen|emir|secretary-general|secretary general|foreign minister|leader|"
    r"chairman|chairwoman|governor|mayor)\s+[A-Z][^,;:]*)",
    re.I,
)


def principal_of(text: str) -> tuple[str, int, SpeakerPhrase] | None:
    """ "spokesperson for Secretary-General Ban Ki-moon": the aide's noun, and where the one
    served is named with their own title, and who that is."""
    m = _AIDE_FOR_TITLED.fullmatch(text.strip())
    if m is None:
        return None
    named = m["principal"]
    if named.isupper():  # "SECRETARY-GENERAL BAN KI-MOON": a header in capitals
        named = _SHOUTED_WORD.sub(lambda w: w.group()[0] + w.group()[1:].lower(), named)
    principal = parse_speaker(named)
    if principal is None or principal.kind != "person" or not principal.role:
        return None
    return m["aide"].lower(), text.find(m["principal"]), principal


def _PEOPLES(word: str) -> bool:  # noqa: N802 - read as a set of words
    return word in ("europeans", "westerners", "arabs", "africans", "asians", "latinos") or (
        word.endswith("s") and word[:-1] in NATIONALITIES
    )


# ("Earlier Monday Fidan said", "On Thursday Hakan Fidan said": a run of capitals may start
# at the day itself, which is never a name's first word)
_TIME_FIRST = re.compile(
    r"(?:(?:Earlier|Later)(?:\s+(?:in\s+the\s+(?:day|week|month)|this\s+(?:week|month|year)|"
    rf"(?:on\s+)?(?:{WEEKDAY_NAMES})|today))?|"
    r"(?:Last|This|Next)\s+(?:week|month|year|weekend)|(?:On\s+)?"
    rf"(?:{WEEKDAY_NAMES})|Yesterday|Today)\s+"
)
# Participles of saying too short for the shape above ("Saying Turkey had told ...", after a
# stray full stop in rewritten wire copy), none of them a given name as "Irving" is
_SHORT_PARTICIPLES = frozenset(("Saying", "Noting", "Adding", "Urging", "Citing", "Asking"))
# A repeat put before the subject: "(and) once again NATO said", "yet again Moscow denied"
_AGAIN_FIRST = re.compile(r"(?i:(?:once|yet)\s+(?:again|more)|again)\s+")
_THE = re.compile(r"the\s+[A-Z]")  # "On Thursday the Foreign Minister of Armenia X"
_PLURAL_TITLE = re.compile(r"\b(?:MP|MEP|MK|MSP|TD)s(?=\s+[A-Z][a-z])")
_MEMBER_OF = re.compile(
    r"(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[a-z-]+\s+){0,2}?members?\s+of\s+(?:the\s+)?"
    r"(?=[^,;:()]*[A-Z])[^,;:()]{2,80}",
)


# "Member of Parliament X Y", "Member of the European Parliament X Y": a seat held, then
# the name; the capitalised words after "of" hold both, split where the body's noun ends
_MEMBER_NAMED = re.compile(
    r"[Mm]ember\s+of\s+(?:the\s+)?(?P<rest>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){2,7})"
)


_SOMEONE_UNNAMED = re.compile(
    r"(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w.'\u2019-]+\s+){0,8}?"
    rf"(?:{'|'.join(ONE_UNNAMED_HEADS)})"
)


def one_unnamed_of_a_body(text: str) -> SpeakerPhrase | None:
    """ "a senior official at the Department of Trade and Industry": one of the nouns for
    an official after an indefinite article, at a body whose name may hold "of" and "and";
    someone unnamed, not the body nor the field named last."""
    people = _PEOPLE_OF_A_BODY.fullmatch(_LISTED_FIELDS_COMMA.sub(r"\1 ", text.strip()))
    if people is None or not _INDEFINITE.match(people.group()):
        return None
    who = people["who"].lower()
    return SpeakerPhrase("unnamed", people.group(), head=who) if who in ONE_UNNAMED_HEADS else None


# the comma between two capitalised fields of a body's name that ends in "X and Y"
# ("Department of Trade, Industry and Competition")
_LISTED_FIELDS_COMMA = re.compile(
    r"([A-Z][\w'\u2019-]*),\s+(?=(?:[A-Z][\w'\u2019-]*\s+){1,3}and\s+[A-Z][\w'\u2019-]*$)"
)
_INDEFINITE = re.compile(r"(?:[Aa]n?|[Aa]nother|[Oo]ne)\s")
_PEOPLE_OF_A_BODY = re.compile(
    # ("a source in the Russian Foreign Ministry": one of them, as unnamed as "sources")
    # ("an official source at the Saudi Foreign Ministry", "a well-placed source in the
    # ministry": the source qualified, as unnamed)
    r"(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?P<who>[A-Za-z]+)\s+(?:in|at|of|from|within|inside|close\s+to)\s+"
    r"(?:the\s+)?(?=[^,;:()]*[A-Z])[^,;:()]{2,80}$"
)


# "Countries around the world", "Nations across the region", "capitals in Europe": states
# no name gives, the lead of a round-up of their reactions
_STATES_AT_LARGE = re.compile(
    r"(?:(?:[Tt]he|[Mm]any|[Ss]everal|[Ss]ome|[Oo]ther|[Mm]ost)\s+)?(?:[Cc]ountries|[Nn]ations|"
    r"[Ss]tates|[Cc]apitals)(?:\s+(?:around|across|in|from|throughout|all\s+over)\s+"
    r"(?:the\s+)?[^,;:()]{2,60})?"
)


# a member of the House of Lords, by rank, name and territorial designation
PEERAGE = re.compile(
    r"\b(?P<rank>Lord|Baroness|Baron|Lady|Viscount|Earl)\s+"
    r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)\s+of\s+"
    r"(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)"
)
# a body the lists know by one name, named with what kind of group it is
_NAMED_GROUP = re.compile(
    r"(?:[Tt]he\s+)?(?:(?P<owner>[A-Z][\w-]*)['\u2019]s\s+|[A-Z][a-z]+\s+(?=[A-Z]))?"
    r"(?P<body>[A-Z][\w-]*)\s+(?:militia|movement|group|organi[sz]ation)"
)
_IN_THE_KNOW = re.compile(
    r"(?:[\w-]+\s+){0,3}?(?P<who>[A-Za-z]+)\s+(?:(?:directly\s+)?familiar\s+with|"
    r"with\s+(?:direct\s+|first-hand\s+)?knowledge\s+of|briefed\s+(?:on|by)|aware\s+of|"
    # "residents interviewed by Reuters": known by who asked them
    r"interviewed\s+(?:by|at|in|for)|"
    # "diplomats attending the forum", "officials taking part in the talks": known only by
    # where they were
    r"attending|present\s+at|involved\s+in|(?:taking|who\s+took)\s+part\s+in|"
    r"participating\s+in)\s"
)


def _unnamed_head(noun: str) -> bool:
    """Whether ``noun`` is a head of people left unnamed, or one of them ("official" of
    "officials", "diplomat" of "diplomats")."""
    return noun == "person" or noun in UNNAMED_HEADS or noun + "s" in UNNAMED_HEADS


_CONTRACTED = re.compile(r"^((?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I))['\u2019](?:s|d|ll|re|ve|m)$")
_GOVERNMENT_OF = re.compile(
    r"(?:[Tt]he\s+)?(?:government|administration|cabinet|office|press office)\s+of\s+"
    # "the office of Israeli Prime Minister X", "of U.S. President X": the country's
    # adjective before the post, as a wire names a foreign leader (of two words: "South
    # Korean President X", "South African President X")
    r"(?:(?:[A-Z][\w.]*\s+){0,2}(?:President|Prime "
    r"Minister|Premier|Chancellor)\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}$"
)
# "Amnesty International", "Refugees International": a body named with "International" last
# (a word no one's name ends in), where it opens no longer name ("International Crisis Group")
_INTERNATIONAL_BODY = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w-]+\s+){1,3}International(?:is)?")
_TIME_OF_POST = frozenset(("former", "then", "ex", "acting", "incoming", "outgoing"))
_COMPASS = frozenset(("north", "south", "east", "west"))
_STYLES = frozenset(("excellency", "highness", "majesty", "holiness"))
ROYAL_STYLES = frozenset(("highness", "majesty"))
# titles that are also given names ("Amir"): after "the", the title
_RULERS = frozenset(("amir", "emir", "sultan", "sheikh", "shaikh"))
_POLITIES = frozenset(("kingdom", "sultanate", "emirate", "emirates", "republic", "state"))


def _long_state_first(words: list[str]) -> bool:
    """ "Federated States of Micronesia President X": the "of" is inside a state's name
    put before a title, not between a person and where the person works."""
    state, rest = country_of(words)
    return state is not None and "of" in (lower_token(w) for w in words[: len(words) - len(rest)])


def _field_ends(word: str) -> bool:
    """ "cooperation", "diplomacy", "affairs": a word a post's field ends in."""
    return bool(_FIELD_NOUN.search(word)) or word in _PORTFOLIOS or word in ("affairs", "issues")


# the nouns a civic body's name is built on, before what it is for ("the Committee to
# Protect Journalists", "the Korean Council for the Women Drafted ... by Japan")
_BODIES_BY_PURPOSE = frozenset(
    ("council", "committee", "commission", "association", "union", "federation", "foundation")
    + ("institute", "league", "alliance", "coalition", "centre", "center", "network")
    + ("society", "movement", "front", "organisation", "organization", "forum", "group")
)
_PURPOSE_LINKS = frozenset(("for", "of", "to", "the", "and", "by", "on", "against", "in"))
_PURPOSE_WORDS = 16


def _body_named_by_purpose(words: list[str], text: str) -> SpeakerPhrase | None:
    """A body named in capitals by what it is for ("The National Union of Journalists",
    "the Korean Council for the Women Drafted for Military Sexual Slavery by Japan"): the
    whole is one name, however long, not people ("Journalists") nor a run cut short; not a
    post ("Council for Peace Chairman X": a title word after the link)."""
    body = words[1:] if words and lower_token(words[0]) in DEFINITE else words
    country = country_of(body)[0]
    if body and lower_token(body[0]).endswith("'s"):
        body = body[1:]  # "Pyongyang's Committee for ...": the owner is no part of the name
    link = next((i for i, w in enumerate(body) if w in _PURPOSE_LINKS), None)
    if not link or len(body) > _PURPOSE_WORDS or not capitalised(body[-1]):
        return None
    if lower_token(body[link - 1]) not in _BODIES_BY_PURPOSE:
        return None
    if not all(capitalised(w) for w in body[:link]):
        return None
    after = body[link:]
    if not all(w in _PURPOSE_LINKS or capitalised(w) for w in after):
        return None
    if any(lower_token(w) in ROLE_WORDS for w in after if capitalised(w)):
        return None
    return SpeakerPhrase("institution", text, " ".join(body), country=country)


def _formal(words: list[str]) -> bool:
    # ("the official spokesperson for the Ministry of Foreign Affairs Dr. X": a post's own
    # words in lower case are still the title's)
    return len(words) <= _FORMAL_WORDS and all(
        capitalised(w) or w.lower() in _FORMAL_LINKS or w.lower() in ROLE_WORDS for w in words
    )


# a thing and the participle of whoever made it: "imagery released by", "data compiled by"
_MADE_BY = re.compile(
    r"(?P<thing>.+?)\s+(?:released|published|issued|provided|compiled|obtained|collected|"
    r"gathered|produced|taken)\s+by\s+\S"
)
# words someone gave: "an interview she gave to Kyodo News", "a speech X delivered in Oslo"
_GIVEN_WORDS = re.compile(
    r"(?:an?|the)\s+(?:[a-z-]+\s+)?(?:interview|account|statement|speech|address|briefing|"
    r"lecture)\s+(?P<who>[^,;:]{2,80}?)\s+(?:gave|made|delivered|granted|issued)"
    r"(?:\s+(?:to|in|at|on)\s+[^,;:]{1,60})?"
)
# a capitalised owner's document: "Kamikawa's statement", "the EU's letter to Minsk"
_OWNED_WORDS = re.compile(
    # ("Russia's foreign ministry's statement": the owner may be owned in turn)
    r"(?P<owner>(?:[Tt]he\s+)?[A-Z](?:[^'\u2019,;:]|['\u2019]s\s|(?<=s)['\u2019]\s){1,60}?)(?:['\u2019]s|(?<=s)['\u2019])\s+"
    r"(?:[a-z-]+\s+){0,2}(?:statement|letter|remarks|comments|message|tweet|post|speech|"
    r"address|readout|note|op-ed|article)(?:\s+(?:to|on|about|at|in)\s+[^,;:]{1,60})?"
)
# what an author's words are in: "a statement issued by the ministry" is the ministry's
_DOCUMENT_HEADS = frozenset(
    ("statement", "statements", "report", "reports", "readout", "communique", "letter",
     "declaration", "note", "release", "message", "transcript", "memo", "document")
)  # fmt: skip


def _possessive(low: str) -> bool:
    """ "Russia's", "Hamas'": a word that owns what follows it."""
    return low.endswith("'s") or (low.endswith("s'") and len(low) > 3)


# "Kim's Sister", "Trump's Camp": whom someone has, in a headline's capitals, no surname
_KIN_AND_CIRCLE = frozenset(
    ("wife", "husband", "widow", "widower", "sister", "brother", "son", "daughter", "mother",
     "father", "niece", "nephew", "cousin", "grandson", "granddaughter", "spouse", "lawyer",
     "attorney", "friend", "relative", "team", "camp", "campaign", "ally", "aide", "envoy",
     "deputy", "successor", "predecessor", "rival")
)  # fmt: skip


def _surname_of_a_body(prefix: list[str], word: str) -> bool:
    """ "Carnegie's Paal", "Eurasia Group's Bremmer": a body's name, owning, then one word that
    can only be a surname (not "the Deputy Secretary-General's Travels", "Moody's Analytics",
    "Russia's Gazprom", "Putin's Kremlin": a thing, a body or a place someone has)."""
    low = lower_token(word)
    return (
        0 < len(prefix) <= 3
        and lower_token(prefix[0]) not in DEFINITE | INDEFINITE
        and all(capitalised(w) for w in prefix)
        # (not "Director General's Introductory [Statement]": a post's, a person's, no body's)
        and not any(lower_token(w).removesuffix("'s") in ROLE_WORDS for w in prefix)
        and re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", word) is not None
        and not low.endswith("s")
        and low not in GIVEN_NAMES
        and low not in _KIN_AND_CIRCLE
        and not any(
            low in words
            for words in (NOT_NAMES, ORG_HEADS, MEDIA_HEADS, NAMED_BODIES, ROLE_WORDS, COUNTRIES,
                          CAPITALS, PLACES, NATIONALITIES, EVENT_HEADS, GENERIC_BODIES, DOCUMENTS,
                          UNNAMED_HEADS, AGENCY_HEADS, SEATS)
        )
        and re.fullmatch(f"{MONTH_NAMES}|{WEEKDAY_NAMES}", word) is None
    )  # fmt: skip


def _honorific_at(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a style of address ("Dr"), not the first word of a state's
    name that reads as one ("DR Congo President X": the Democratic Republic of the Congo)."""
    low = lower_token(words[i])
    if low not in HONORIFICS:
        return False
    return not (i + 1 < len(words) and f"{low} {lower_token(words[i + 1])}" in COUNTRIES)


_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")


def org_word(word: str) -> bool:
    """A word that heads a body's name; initials only in capitals ("UN", but the "Un" of Kim
    Jong Un is a name); American copy's dotted initials ("U.N.", "E.U.") are the same body."""
    if _DOTTED_INITIALS.fullmatch(word):
        word = word.replace(".", "")
    if lower_token(word) not in ORG_HEADS:
        return False
    return not (len(word) <= 3 and word[:1].isupper() and not word.isupper())


# posts news copy and releases write by their initials alone ("EAM underlined", "the PM
# told reporters", "FM noted"): India's, Pakistan's and Commonwealth papers' usage
_POSTS = {
    "EAM": "External Affairs Minister",
    "FM": "Foreign Minister",
    "PM": "Prime Minister",
    "DPM": "Deputy Prime Minister",
}
POST_BY_INITIALS = re.compile(r"(?P<the>[Tt]he\s+)?(?P<initials>EAM|FM|PM|DPM)")
# capitals that are no body's initials: time zones, "AM", "PM"
# time zones, and posts by their initials ("the FM": the foreign minister, not a body)
_NOT_BODIES = frozenset(
    ("est", "edt", "gmt", "utc", "pst", "pdt", "cet", "cest", "am", "pm", "fm", "dpm")
    + ("cs", "pcs", "ps")  # Kenya's Cabinet and Principal Secretaries: "the CS added"
    + ("eam",)  # India's External Affairs Minister: "EAM underlined"
)
_MINISTRY_INITIALS = frozenset(
    ("MEA", "MFA", "MOFA", "MOD", "FCO", "FCDO", "DFA", "DFAT", "MFAT", "EEAS", "MID", "FO")
)
_REGION_WORDS = frozenset(("western", "eastern", "northern", "southern", "central"))
# a state the story named before, referred to by its kind
_OWNER_BY_KIND = frozenset(("country's", "nation's", "kingdom's", "republic's", "emirate's"))


_RUN_ON = re.compile(r"\s[-\u2013\u2014]\s(?=[a-z])|[:.]\s*[\"\u201c]")
_WHO = re.compile(r"\bWHO\b(?!['\u2019]?[a-z])")


# a diplomat's post and where it is held, with no name: "China's ambassador to Washington"
_POSTED_TO = re.compile(
    r"(?P<post>.+?\b(?:ambassador|envoy|representative|consul|delegate|emissary))\s+to\s+"
    r"(?:the\s+)?(?P<place>[A-Z][\w.'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w.'\u2019-]*)*)",
    re.I,
)
# "the Prime Minister of Qatar", "the foreign minister of Iraq": a post described by the
# state it is held in, as a release names the other side's host
_POST_OF_STATE = re.compile(
    r"(?P<post>[Tt]he\s+(?:[\w-]+\s+){0,2}?(?i:minister|president|premier|chancellor|king|"
    r"emir|amir|secretary|representative|delegate))\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})"
)


_GATHERINGS = frozenset(("talks", "negotiations", "summit", "conference", "forum", "meeting"))


def _name_after_body(brief: str) -> bool:
    """ "the UN Vassily Nebenzya", "the EU Kirill Logvinov": the place or body an envoy is
    posted to, then the envoy's own name (no brief the envoy is for)."""
    words = brief.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    cut = place_length(words) or (1 if words and words[0].lower() in POSTED_BODIES else 0)
    found = parse_speaker(" ".join(words[cut:])) if cut and len(words) > cut + 1 else None
    return found is not None and found.kind == "person"


def _a_place(words: str) -> bool:
    """Whether ``words`` are a place or a body only ("the United States", "the UN"), with no
    name run on after them."""
    low = " ".join(lower_token(w) for w in words.split())
    if words.islower() and low.split()[-1] in ORG_HEADS | _GATHERINGS:
        return True  # "envoy to the assembly", "envoy to the talks": a body or a gathering
    return low in PLACE_WORDS or low in POSTED_BODIES


# a document named by its issuer: "a Foreign Ministry statement", "the Kremlin readout"
_BODY_DOCUMENT = re.compile(
    r"(?:an?|the)\s+(?P<body>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4})\s+"
    r"(?:statement|release|press release|communiqu\u00e9|communique|readout|note|declaration)"
)
# one unnamed spokesperson of a body named before the title: "a Downing Street spokesperson",
# "an Elysee spokesman", "a Chinese foreign ministry spokeswoman"
# (a body's name may run to eight words, a comma between its fields: "a Department of
# Foreign Affairs and Trade spokeswoman", "a spokesperson for the Foreign, Commonwealth and
# Development Office"; the body must still read as a body)
_BODY_SPOKESPERSON = re.compile(
    r"[Aa]n?\s+(?P<body>[A-Z][\w.'\u2019-]*(?:,?\s+[\w.'\u2019-]+){0,7}?)\s+"
    r"(?:spokesman|spokeswoman|spokesperson)"
    # "a spokesman for Downing Street", "a spokeswoman for Hamas": the body after the title
    r"|[Aa]n?\s+(?:spokesman|spokeswoman|spokesperson)\s+for\s+"
    r"(?P<after>(?:the\s+)?[A-Z][\w.'\u2019-]*(?:,?\s+[\w.'\u2019-]+){0,7})"
)
# the same with the body in lower case, as wire copy writes a state's organ: "a foreign
# ministry spokesman", "a defence ministry spokeswoman", "a spokesperson for the foreign
# affairs department" (one or two words before an organ's head; "a government spokesman",
# "a party spokeswoman" name no one body and stay unnamed, as does "a press office
# spokesman", whose office is of a body left unsaid). At least one word names which organ:
# "a spokesman for the ministry" or "for the embassy" is of a body the story named before,
# not one called "Ministry"; nor is a local or government office ("a local government office
# spokesman") one body of state
_LOWER_ORGAN = (
    r"(?:(?!press\b|media\b|news\b|local\b|government\b)[a-z]+\s+){1,2}?"
    r"(?:ministry|department|office|embassy|consulate|secretariat)"
)
_LOWER_BODY_SPOKESPERSON = re.compile(
    rf"[Aa]n?\s+(?P<body>{_LOWER_ORGAN})\s+(?:spokesman|spokeswoman|spokesperson)"
    rf"|[Aa]n?\s+(?:spokesman|spokeswoman|spokesperson)\s+for\s+the\s+(?P<after>{_LOWER_ORGAN})"
)
# a document and how it came out: "A statement issued on Thursday"
_ISSUED_DOCUMENT = re.compile(
    r"(?P<doc>(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|release|communiqu\u00e9|communique|"
    r"readout|note|declaration))\s+(?:issued|released|published|posted|sent|put\s+out)\b"
    r"(?!\s+by\b).*",
    re.I,
)
_LIST_MARK = re.compile(r"^(?:\(?\d{1,2}[.)]|[\u2022\u25cf\u25aa*-])\s+")
# "date 2018-12-17 Saudi Arabia's foreign ministry said": the day a copy of the page was
# saved, the header it puts before the page's first line, glued to the first sentence's
# subject; no part of the body's name
_SAVED_ON = re.compile(rf"\s*{CRAWL_HEADER}\s+(?=\S)")
# "(Photo: Courtesy of Egypt's Foreign Ministry)": a picture's credit, which names the body
# that gave it; "Courtesy of" is no part of the body's name
_COURTESY_OF = re.compile(r"^(?:(?:Photo|Image|Picture)s?\s+)?[Cc]ourtesy\s+of\s+(?=[A-Z])")
# "Government Spokesman retired colonel X", "Defence Secretary retired Gen. X": "retired"
# between a title and a military rank before a name qualifies the rank (East African and
# American papers' style), no verb ending a clause; read without it, the title and the
# rank stay the role. (Only after a word of the phrase: "retired colonel X" alone is read.)
_RETIRED_RANK = re.compile(
    r"(?<=\w)\s+(?:retired|rtd\.?)\s+(?=(?i:gen|general|lt|lieutenant|col|colonel|maj|major|"
    r"brig|brigadier|capt|captain|adm|admiral|cdr|cmdr|commander|commodore|marshal|sgt|"
    r"sergeant)\b\.?(?:[\s-]+(?i:gen|general|col|colonel))?\s+[A-Z])"
)
# 'Added Lavrov: "..."', 'Said the minister: "..."': the verb put before its subject; "Said"
# only before a determiner or a title ("Said Abdullah" may be a name)
_VERB_FIRST = re.compile(
    r"^(?:Added|Adds|Says|Noted|Explained|Continued|Insisted|Warned|Stressed|Said(?=\s+"
    r"(?:the|a|an|his|her|its|their)\s))\s+(?=[A-Za-z])"
)
# a noun made from a verb, then "of" what it acts on: "the suspension of the Constitution"
_ACT_OF = re.compile(
    r"(?:(?:the|a|an|its|his|her|their)\s+)?"
    r"(?:(?!(?:government|parliament|department|management|establishment|legislature|"
    r"presidence|conference|convention|federation|delegation|administration|commission|"
    r"organization|organisation|association|confederation|coalition|union|mission)\b)"
    r"[a-z]+(?:tion|sion|ment|ure|ance|ence)|"
    r"removal|dismissal|approval|arrival|withdrawal|renewal|closure)\s+of\s"
)


# "the Foreign, Commonwealth and Development Office", "Department for Environment, Food
# and Rural Affairs": capitalised fields joined by commas and "and", ending in a body
# (words of at most 41 letters: tried from each capital of an endless word, an unbounded one
# was scanned to that word's end each time)
_LISTED_BODY = re.compile(
    r"(?:[Tt]he\s+)?(?P<name>(?:[A-Z][\w'-]{0,40}\s+(?:for|of)\s+)?(?:[A-Z][\w'-]{0,40},\s+)+"
    r"[A-Z][\w'-]*\s+and\s+(?:[A-Z][\w'-]*\s+)*(?P<head>[A-Z][a-z]+))\s*\Z"
)


def listed_post_holder(before: str, run: str) -> tuple[SpeakerPhrase, int] | None:
    """The person named by ``run`` when the text ``before`` it ends inside a post that lists
    its fields ("Commissioner for Environment, Oceans and " before "Fisheries Virginijus
    Sinkevicius"), with the post whole, and where the post starts in ``before``."""
    found = _LISTED_POST.search(before)
    if found is None or lower_token(found["post"].split()[0]) not in ROLE_WORDS:
        return None
    whole = parse_speaker(found.group() + run)
    if whole is None or whole.kind != "person" or not whole.role or not whole.name:
        return None
    return whole, found.start()


# "Commissioner for Environment, Oceans and ", "Minister of Agriculture, Food and ": a post
# whose fields are listed, up to its last field, where the run of a name goes on
_LISTED_POST = re.compile(
    r"(?P<post>(?:[A-Z][\w'-]*\s+){1,3}(?:for|of)\s+(?:the\s+)?)(?:[A-Z][\w'-]*,\s+)+"
    r"(?:[A-Z][\w'-]*\s+)?and\s+\Z"
)


# "the Peace and Security Council", "the Trade and Development Board": two fields joined by
# "and" before the body's noun, after "the" (not "met Lavrov and Security Council members")
_PAIRED_BODY = re.compile(
    r"[Tt]he\s+(?P<name>[A-Z][\w'-]*\s+and\s+(?:[A-Z][\w'-]*\s+){0,2}(?P<head>[A-Z][a-z]+))\s*\Z"
)


# "the foreign ministry of the South American republic": the body of a state the story has
# named, called by a description to avoid repeating it (a person's title with "of the ...
# state" is left to the titles: "the head of the Russian state" is its president)
_OF_THE_STATE_DESCRIBED = re.compile(
    r"(?P<body>(?:the|its)\s+[\w\s-]+?)\s+of\s+the\s+(?:[A-Za-z-]+\s+){1,3}"
    rf"(?:{STATE_NOUNS})"
)


def listed_body(text: str, pos: int = 0) -> tuple[SpeakerPhrase, int] | None:
    """The body that ends ``text`` when its name lists its fields ("the Foreign, Commonwealth
    and Development Office"), and where it starts: one speaker, not a list of them (looked
    for from ``pos``)."""
    found = _LISTED_BODY.search(text, pos) or _PAIRED_BODY.search(text, pos)
    if found is None or lower_token(found["head"]) not in ORG_HEADS:
        return None
    return SpeakerPhrase("institution", found.group().strip(), found["name"]), found.start()


# French "M." (monsieur) before a given name and a surname, as the Quai d'Orsay writes
# "M. Jean-No\u00ebl Barrot" (not an initial: "M. K. Stalin" keeps it)
_MONSIEUR = re.compile(r"(?:(?<=^)|(?<=\s))M\.\s+(?=[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?\s+[A-Z])")
# "the 52-year-old liberal": an age before the noun that describes someone
_AGED = re.compile(
    r"(?P<det>[Tt]he)\s+\d{1,3}-year-old(?:\s+(?P<rest>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}))?"
)


_DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){2,7}")


_HELD_AT = frozenset(("of", "for", "at", "to", "with"))


def _post_held_at(words: list[str]) -> SpeakerPhrase | None:
    """ "communications director for the Clinton campaign", "research director at the X
    Centre", "co-founder of the X Committee": a post, its qualifiers in lower case before it,
    held at the body named after it: someone described, not the body."""
    for i, word in enumerate(words[:4]):
        if capitalised(word):
            return None
        head = lower_token(word).split("-")[-1]
        if head in ROLE_WORDS and i + 1 < len(words) and words[i + 1] in _HELD_AT:
            post = [head, *words[i + 1 :]]
            if post == words:
                return None  # the post alone, as read already
            found = parse_speaker(" ".join(post))
            return found if found is not None and found.kind == "description" else None
    return None


def _post_at_body(words: list[str]) -> SpeakerPhrase | None:
    """ "Qatar's Minister of State at the Foreign Ministry", "Senior Adviser at the Foreign
    Office": a post in capitals, then "at" the body it is held at; someone described, whose
    institution the body is, not the body."""
    at = words.index("at") if "at" in words[1:-1] else -1
    if at < 0 or not any(lower_token(w) in ROLE_WORDS for w in words[:at]):
        return None
    post = parse_speaker(" ".join(words[:at]))
    if post is None or post.kind != "description":
        return None
    return replace(post, institution=re.sub(r"^the\s+", "", " ".join(words[at + 1 :])))


# a quoted nickname between a person's given and family names: no part of the name the
# person is listed by
_NICKNAME_INSIDE = re.compile(rf"(?<=[A-Za-z.])[ ]+{QUOTED_NICKNAME}(?=[ ]+[A-Z])")


# "Minister of", "Egypt's Minister for", "Cabinet Secretary for", "ECOWAS Commissioner
# for": a post named by its field (a minister's, or a bloc commissioner's or director's,
# whose fields are listed the same way: "Commissioner for Political Affairs, Peace and
# Security X")
_MINISTER_OF = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Za-z][\w.-]*['\u2019]s\s+)?(?:[A-Z][\w-]*\s+){0,2}"
    r"(?:Minister|Secretary|Commissioner|Director)\s+(?:of|for)\s+[A-Z]"
)


def _portfolio_list_then_name(head: str, rest: str) -> SpeakerPhrase | None:
    """ "Minister of Foreign Affairs, International Trade and Worship Diana Mondino": a
    minister's fields listed after a comma, the last after "and", then the name with no
    comma (Argentine, Egyptian, Cameroonian posts); the name is what follows the last field."""
    if not _MINISTER_OF.match(head):
        return None
    words = rest.split()
    # ("Trade & Investment": the ampersand of a post's written name is its "and")
    joins = [i for i, w in enumerate(words) if w in ("and", "&")]
    if not joins or not all(capitalised(w) or w in ("and", "&") for w in words):
        return None
    end = joins[-1] + 2  # "and", then the field's noun
    qualifier = lower_token(words[end - 1]) if end <= len(words) else ""
    if end < len(words) and (qualifier in NATIONALITIES or _field_word(lower_token(words[end]))):
        # "and Egyptian Expatriates": a field qualified by a people; "and European Affairs",
        # "and Regional Integration", "and Mass Media": by a word before the field's noun
        end += 1
    name = words[end:]
    if not 2 <= len(name) <= 3:
        return None
    found = parse_speaker(f"{head} {' '.join(name)}")
    if found is None or found.kind != "person" or found.name != " ".join(name):
        return None
    return replace(found, role=f"{found.role}, {' '.join(words[:end])}")


# a description owned by a possessive, in lower case after it: "the bloc's executive arm",
# "the European Parliament's largest group"
_OWNED_DESCRIPTION = re.compile(r"['\u2019]s\s+(?:[a-z-]+\s+){0,3}[a-z-]+$")
# "the center-right", "the ruling": the article and the words in lower case before a name
# (an appositive naming a body is definite; no preposition among them: "speaking for Peru")
_MODIFIERS_BEFORE_NAME = re.compile(
    r"^the\s+(?:(?!(?:for|of|to|in|at|on|from|with|by|and|also)\b)[a-z][a-z-]*\s+){0,3}(?=[A-Z])"
)


# "The NATO-led peacekeeping force in Kosovo", "the U.N. mission in Lebanon": a body told
# by a description in lower case ending on its kind, where it serves after it
_BODY_DESCRIBED = re.compile(
    r"[Tt]he\s+(?:[\w.'\u2019-]+\s+){0,4}?(?P<noun>[a-z]+)"
    r"(?:\s+(?:in|for|on)\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})?"
)
# a body's name in capitals alone: "KFOR", "Frontex", "the Atlantic Council"
_BODY_NAME = re.compile(r"(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}")


def _described_then_named(text: str) -> SpeakerPhrase | None:
    """ "The NATO-led peacekeeping force in Kosovo, KFOR": a body told by what it is (and
    where it serves), then named in the appositive; the name speaks."""
    head, comma, rest = text.partition(",")
    described = _BODY_DESCRIBED.fullmatch(head.strip()) if comma else None
    name = rest.strip(" ,")
    if described is None or described["noun"] not in ORG_HEADS or not _BODY_NAME.fullmatch(name):
        return None
    body = parse_speaker(name)
    return replace(body, text=text) if body is not None and body.kind == "institution" else None


# a fronted topic, not who: "Of Carson, Levine said ...", "About the envoy, she said ...":
# a preposition capitalised at the sentence's start before the name it governs, the comma
# closing it ("Beyond Meat said": a name that opens on such a word, no comma)
_TOPIC_FIRST = re.compile(
    r"(?:Of|About|Regarding|Concerning|Among|Besides|Despite)\s+[^,]{1,80},\s+\S"
)
# a phrase of time alone: "December", "last Monday", "Yesterday"
_TIME_ONLY = re.compile(
    rf"(?i:(?:the\s+|last\s+|next\s+|this\s+)?(?:{MONTH_NAMES}|{WEEKDAY_NAMES}|yesterday|today|"
    r"tonight|tomorrow))"
)


# "The Arab Republic of Egypt", "the Islamic Republic of Iran", "The Hashemite Kingdom of
# Jordan": a state's formal name with the word that qualifies its polity
_QUALIFIED_STATE = re.compile(
    rf"(?:[Tt]he\s+)?{STATE_QUALIFIERS}\s+(?:Republic|Kingdom|State|Sultanate)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}"
)


# words, then a noun and a subject pronoun in lower case: the noun and the relative clause
# that left out its "that" ("Iran for violating the ceasefire he announced"), never a
# speaker's name ("a position he repeated" alone is read as the words' own judgement)
_CONTACT_RELATIVE = re.compile(
    r"\S\s+(?:the|a|an|this|that|its|his|her|their)\s+(?:[\w'\u2019-]+\s+){0,3}?[a-z][\w'\u2019-]*"
    r"\s+(?:he|she|they|we)$"
)

# "in a move the Kremlin [has said it will answer]", "a move his spokesman X [had said was a
# signal]": a thing in lower case with a clause of its own right after it, its subject
# opened by an article; that subject speaks, not the thing (not "a member of the Duma", "a
# historian who attended the session", "an aide attending the talks")
_PLAIN_WORD = (
    r"(?!(?:of|for|to|in|at|on|from|with|by|and|or|about|over|under|between|among|into|near|"
    r"like|than|as|who|whom|whose|which|that|where|when)\b)(?![a-z]+(?:ing|ed)\b)[a-z][\w'\u2019-]*"
)
_THING_THEN_ITS_CLAUSE = re.compile(
    rf"(?:^|\s)(?P<thing>(?:a|an)\s+(?:{_PLAIN_WORD}\s+){{0,2}}{_PLAIN_WORD}\s+)"
    r"(?=(?:the|a|an|its|his|her|their)\s+\S)"
)

# the longest phrase read as a speaker (a title, a body and a name run long: "Deputy Head of
# the Department of ... of the Ministry of ... X"), and the longest text read at all, the
# words an aside runs on with after the source among them
_LONGEST_PHRASE = 250
_LONGEST_READ = 2000


# a firm named after its kind in lower case, perhaps its trade and its country before
# ("Grid operator Ukrenergo", "Ukraine's state energy company Naftogaz", "German carmaker X"),
# or the kind first in the sentence ("Carmaker Volkswagen said")
_FIRM_KINDS = (
    "operator", "company", "giant", "firm", "producer", "carmaker", "utility", "conglomerate",
    "manufacturer", "contractor", "refiner", "miner", "lender", "airline", "monopoly",
)  # fmt: skip
_KIND_THEN_FIRM = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w-]*(?:['\u2019]s)?\s+)?(?:[a-z][\w-]*\s+){0,2}"
    rf"(?P<kind>{'|'.join(f'[{w[0].upper()}{w[0]}]{w[1:]}' for w in _FIRM_KINDS)})\s+"
    r"(?P<name>[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*)?)"
)
# kinds of firm a person works as too ("film producer", "defense contractor", "gold miner")
_KINDS_A_PERSON_HOLDS = frozenset(("producer", "contractor", "operator", "miner"))


def _a_person_by_trade(firm: re.Match[str]) -> bool:
    """Whether a kind of firm then a name reads as a person with a calling: a kind a person
    works as, then a known given name and a surname ("Hollywood producer Harvey Weinstein"),
    not a firm's name ("operator Eutelsat", "miner Rio Tinto", "operator National Grid",
    "oil producer Saudi Aramco")."""
    words = firm["name"].split()
    return (
        firm["kind"].lower() in _KINDS_A_PERSON_HOLDS
        and len(words) > 1
        and words[0].lower() in GIVEN_NAMES
    )


# "the Office of the President", "The Office of the Special Envoy": a body named after the
# post it serves, in capitals; the post's words and no name after it
_OFFICE_OF_POST = re.compile(
    r"(?:[Tt]he\s+)?(?P<body>Office\s+of\s+the\s+(?:[A-Z][\w'\u2019-]*\s+){0,3}"
    r"(?:President|Prime\s+Minister|High\s+Commissioner|Special\s+Envoy|Special\s+Coordinator|"
    r"Secretary-General|Chief\s+Prosecutor|Prosecutor|Ombudsman|Vice\s+President|Premier))"
)
# a calling of one to three words in lower case (three letters or more: no "al" or "de" of
# a name), then a name of two to four capitalised words
_OCCUPATION_THEN_NAME = re.compile(
    r"(?:(?:the|a|an)\s+)?(?P<job>[a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,}){0,2})\s+"
    r"(?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,3})"
)
# words in lower case before a name that are no calling: what joins, points or tells
_NO_CALLING = frozenset(
    (
        "about", "after", "against", "also", "although", "among", "and", "as", "at", "because",
        "before", "both", "but", "by", "during", "each", "either", "even", "every", "for",
        "from", "her", "here", "his", "how", "however", "if", "in", "into", "its", "like",
        "many", "my", "neither", "no", "nor", "not", "now", "of", "on", "once", "only", "or",
        "our", "over", "reportedly", "since", "so", "some", "such", "than", "that", "the",
        "their", "then", "there", "these", "this", "those", "though", "through", "to", "under",
        "until", "upon", "what", "when", "where", "whereas", "whether", "which", "while",
        "who", "whom", "whose", "why", "with", "without", "yet", "your", "said", "says",
        "told", "tells", "added", "wrote", "asked", "quoted", "cited", "according", "is",
        "are", "was", "were", "be", "been", "has", "have", "had", "does", "did", "will",
        "would", "can", "could", "may", "might", "must", "shall", "should",
    )
)  # fmt: skip
# a name's suffix set off by a comma ("Joseph R. Biden, Jr.", "Teodoro Locsin, Jr.")
_SUFFIX_SET_OFF = re.compile(r"(?<=[a-z]),\s+(Jr|Sr)\.?(?=\s|,|$)")


def _an_occupation(words: list[str]) -> bool:
    """Whether lower-case words before a name read as a calling ("local resident", "retired
    neurosurgeon"): no word that joins or tells, the last a noun (no "-ed", "-ing", "-ly"),
    and no title or body the titled reading already knows ("ministry spokesperson X")."""
    return (
        not _NO_CALLING.intersection(words)
        and not (ROLE_WORDS | ORG_HEADS).intersection(words)
        and not words[-1].endswith(("ed", "ing", "ly"))
    )


# a government body named in lower case with its seat after it, as Asian wires write them
_BODY_IN_A_CITY = re.compile(
    r"(?P<whole>(?:[Tt]he\s+)?(?P<owner>(?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*(?:['\u2019]s)?\s+)?"
    # ("the government in Buenos Aires": a state's government by its seat)
    r"(?P<body>(?:[a-z][\w'\u2019-]*\s+){1,3}(?:ministry|office|department)|government))"
    r"\s+in\s+(?P<city>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)"
)

# cities held by an administration other than the government the state is recognised to
# have ("the government in Gaza": Hamas's, not the Palestinian Authority's in Ramallah; "the
# government in Sanaa": the Houthis', not Yemen's in Aden); breakaway seats (Tskhinvali,
# Sukhumi, Stepanakert, Donetsk, Luhansk, Tiraspol) are no state's capital at all
_DE_FACTO_SEATS = frozenset(("gaza", "sanaa", "sana'a", "sana\u2019a"))

# "Foreign minister X speaking at the parliament", "X summoned by the Senate committee": a
# capitalised name, then a participle of the occasion with its object (no comma between)
_NAMED_AT_AN_OCCASION = re.compile(rf"(?P<who>.+?[A-Za-z])\s+{OCCASION_PARTICIPLE}\s+.+")

# "The IAEA team based at the plant", "UN peacekeepers stationed in southern Lebanon": a body
# or a group placed by a participle phrase; the words before it name who speaks
_PLACED_BY_PARTICIPLE = re.compile(
    r"(?P<body>.+?)\s+(?:based|stationed|deployed|posted|headquartered|located)\s+"
    r"(?P<where>(?:in|at|on|near|inside|along|outside)\s+.+)"
)

# Town names of the Levant and Arabia open on a word for a thing built or found ("Beit"
# house, "Deir" monastery, "Khan" inn, "Kafr" village, "Umm" mother, "Ein" spring, "Bir"
# well, "Wadi" valley): "Beit Hanoun", "Deir el-Balah", "Khan Younis", "Umm al-Fahm"; alone
# or with the region after a comma ("Khan Younis, southern Gaza") they name no one
_LEVANT_PLACE = re.compile(
    r"(?:Beit|Bayt|Deir|Dayr|Khan|Kafr|Kfar|Umm|Ein|Bir|Wadi|Bint|Majdal|Jabal|Jebel)\s+"
    r"(?:[ae][lnrsdtz]-)?[A-Z][\w'\u2019-]+(?:,\s+[^,;:\n]{2,40})?"
)


# the article being read, and what its text has shown of each bare word asked about: the
# person it names in full with that word for surname, or None
_ARTICLE: ContextVar[tuple[str, dict[str, SpeakerPhrase | None], dict[str, list[int]]] | None] = (
    ContextVar("_ARTICLE", default=None)
)
# a surname that is also a word of English ("May", "Will", "From", "Cuban", "King"), alone
_BARE_WORD = re.compile(r"[A-Z][a-z]{1,20}")


@contextmanager
def names_of(text: str) -> Iterator[None]:
    """Read speakers in the context of ``text``: a bare surname that is also a word of
    English, alone no name ("May said", "Will wrote", "said Cuban"), names the one the
    article has already given in full with that surname ("Theresa May")."""
    token = _ARTICLE.set((text, {}, {}))
    try:
        yield
    finally:
        _ARTICLE.reset(token)


# a capitalised word after a space, whole: where ``word`` may end a name (_named_in_full)
_SPACED_WORD = re.compile(r"(?<=\s)[A-Z][a-z]{1,20}(?![\w-])")
_IN_NAME = re.compile(r"[\w'\u2019.-]")  # a character of a word of a name, as read below


def _spaced_words(text: str) -> dict[str, list[int]]:
    """Where each capitalised word stands in ``text`` after a space, read once an article."""
    found: dict[str, list[int]] = {}
    for m in _SPACED_WORD.finditer(text):
        found.setdefault(m.group(), []).append(m.start())
    return found


def _words_before(text: str, at: int) -> list[int]:
    """Where the two words before ``at`` (spaces between) start, nearest first: the only
    places a name ending at ``at`` may start."""
    starts = []
    for _ in range(2):
        end = at
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end == at:
            break
        at = end
        while at > 0 and _IN_NAME.match(text, at - 1):
            at -= 1
        starts.append(at)
    return starts


def _named_in_full(text: str, word: str, at: list[int] | None = None) -> SpeakerPhrase | None:
    """A person ``text`` names in full whose surname, last, is ``word``, read as usual
    ("Prime Minister Theresa May", "George Will", "Mark Cuban"): one or two capitalised
    words before it make the name, as the phrase reads them (not "Last May", "Minister
    May", "in May": no one's name). ``at``, where ``word`` stands after a space (see
    _spaced_words): the pattern is tried only at the one or two words before each, in
    order, as a scan of the whole text would find them (a scan for each word a page
    of thousands of capitalised words as speakers reads would grow with their product)."""
    before = re.compile(
        r"(?<![\w'\u2019.-])((?:[A-Z][\w'\u2019.-]*\s+){1,2})" + re.escape(word) + r"\b(?![\w-])"
    )
    token = _ARTICLE.set(None)  # (the full name read by its words alone, as usual)
    try:
        for m in before.finditer(text) if at is None else _matches_at(before, text, at):
            words = m.group(1).split()
            for k in range(len(words)):
                found = _read_speaker(" ".join(words[k:] + [word]))
                name = (found.name or "").split() if found is not None else []
                if (
                    found is not None
                    and found.kind == "person"
                    and len(name) >= 2
                    and name[-1] == word
                ):
                    return SpeakerPhrase("person", word, word, gender=found.gender)
        return None
    finally:
        _ARTICLE.reset(token)


def _matches_at(before: re.Pattern[str], text: str, at: list[int]) -> Iterator[re.Match[str]]:
    """The matches ``before.finditer(text)`` gives, where each must end with a word at one
    of ``at``: tried only where one may start, left to right, none overlapping."""
    starts = sorted({s for q in at for s in _words_before(text, q)})
    done = 0
    for start in starts:
        if start < done:
            continue
        m = before.match(text, start)
        if m is not None:
            done = m.end()
            yield m


def parse_speaker(np: str) -> SpeakerPhrase | None:
    """Read a speaker noun phrase; None when it cannot name a speaker. In an article's
    context (:func:`names_of`), a bare surname the phrase alone would not read as one
    names the person the article gave in full with it."""
    found = _read_speaker(np)
    if found is not None and found.kind != "description":
        return found
    article = _ARTICLE.get()
    if article is None:
        return found
    word = np.strip()
    if not _BARE_WORD.fullmatch(word):
        return found
    text, seen, spaced = article
    if word not in seen:
        if not spaced:
            spaced.update(_spaced_words(text))
        seen[word] = _named_in_full(text, word, spaced.get(word, []))
    return seen[word] or found


# A word of a post run together with the capitalised word after it, as pages scraped without
# the spaces of their line breaks write them ("Minister of Foreign AffairsBui Thanh Son",
# "State Councilor and ForeignMinister Qin Gang"): the post's word is no part of the name.
# Only the words that head or end a post's title are split off, so a name spelt with a
# capital inside ("McDonald", "DeSantis", "LeBlanc") is left whole.
_GLUED_TITLE_WORD = re.compile(
    r"\b(Affairs|Foreign|Minister|Ministers|President|Secretary|Ambassador|Spokesperson"
    r"|Spokesman|Spokeswoman|Councilor|Councillor|Chancellor|Premier|Deputy|Envoy)"
    r"(?=[A-Z][a-z])"
)

# a news site's section label over the story ("date 2022-03-24 News": the header a copy of
# the page puts before its first line, the day it was saved and the section)
_SECTION_WORD = re.compile(r"(?:(?:latest|top|world|breaking)\s+)?news|world|politics", re.I)


# One capitalised word made an adverb from an adjective or a participle ("Variously",
# "Reportedly", "Frequently", "Officially", "Effectively", "Remarkably"): never a name. (Names
# ending in "-ly" have a short stem and none of these endings: "Kelly", "Sally", "Vitaly",
# "Vasily", "Italy", "Natally"; a capital inside, "McNally", is a surname's.)
_ADVERB_SHAPED = re.compile(r"[A-Z][a-z]{3,}(?:ous|ed|ent|ant|al|ive|ful|ic|ib|ab)ly")


# a share of a group, by a number or a fraction: "16 percent", "60%", "12 per cent",
# "two-thirds" (frames.py's share of those a poll asked is one too)
SHARE = (
    r"\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)"
    r"|(?:one|two|three|four)[- ](?:thirds?|quarters?|fifths?)\b"
)
# "16 percent of interviewees", "60% of respondents", "two-thirds of those polled": a share
# of a group a poll counts, which says nothing as one speaker
_SHARE_OF_A_GROUP = re.compile(
    r"(?i)(?:(?:only|just|about|nearly|almost|around|some|over|under)\s+)?"
    rf"(?P<share>{SHARE})"
    r"\s+of\s"
)


@lru_cache(maxsize=8192)
def _read_speaker(np: str) -> SpeakerPhrase | None:
    """Read a speaker noun phrase, by its words alone; None when it cannot name a speaker."""
    if len(np) > _LONGEST_READ:
        return None  # (a run of thousands of capitalised words: no one's name, and no
        # reading of it word by word)
    saved = _SAVED_ON.match(np)
    if saved is not None:
        # (a body only: a person's reading after the header is left as it was, the days
        # of the words told after it being counted from how the story reads him now)
        body = _read_speaker(np[saved.end() :])
        if body is not None and body.kind == "institution":
            return body
    text = re.sub(r"\s*\([^)]*\)|\s+(?:himself|herself|themselves|itself)\b", "", np)
    if _SECTION_WORD.fullmatch(text.strip()):
        return None  # "News", "World": a site's section label over the story, no one
    if _ADVERB_SHAPED.fullmatch(text.strip()):
        # "Variously described as ...", "Reportedly seen as ...", "Repeatedly accused of":
        # an adverb of manner or hearsay before a participle, the sentence without a subject
        return None
    share = _SHARE_OF_A_GROUP.match(text.strip())
    if share is not None:
        # "only 16 percent of interviewees saying": a poll's share, no one by name (as "many
        # voters" is none): a source left unnamed, the share as written after "only"
        said = text.strip()[share.start("share") :]
        return SpeakerPhrase("unnamed", said, head=said.split()[-1].lower())
    text = _NICKNAME_INSIDE.sub("", text)  # 'Joko "Jokowi" Widodo': the name is Joko Widodo
    text = _STYLE_OF_ADDRESS.sub(" ", text)  # "Senator the Hon Penny Wong", "Jo Roe MP"
    text = _MONSIEUR.sub("", text)  # "M. Jean-No\u00ebl Barrot": French "monsieur", no initial
    text = _SUFFIX_SET_OFF.sub(r" \1.", text)  # "Joseph R. Biden, Jr.": the suffix is the name's
    text = text.strip(" ,;:\u2014-").lstrip("'\u2018\u2019\"\u201c\u201d ")  # ",' Qasemi said"
    text = re.sub(r"\s+(?:here|there)$", "", text)  # "informed sources here": place, not head
    text = _CONTRACTED.sub(r"\1", text)  # "She\u2019s comparing ...": the pronoun "she"
    text = _LIST_MARK.sub("", text)  # "1. Minister X said": a readout's numbered point
    text = _COURTESY_OF.sub("", text)  # "Courtesy of X": the credit names X, who gave it
    text = _RETIRED_RANK.sub(" ", text)  # "Spokesman retired colonel X": the rank's
    text = _GLUED_TITLE_WORD.sub(r"\1 ", text)  # "Foreign AffairsBui Thanh Son": a scrape
    if _CONTACT_RELATIVE.search(text):
        return None  # "Iran for violating the ceasefire he [announced]": a clause, no one
    if _LEVANT_PLACE.fullmatch(text):
        return None  # "Deir al-Balah", "Khan Younis, Gaza": a town, no one's name
    thing = _THING_THEN_ITS_CLAUSE.search(text)
    if thing is not None:
        # "a move his spokesman X [had said was a signal]": the clause's subject speaks
        return parse_speaker(text[thing.end("thing") :])
    verb_first = _VERB_FIRST.match(text)
    if verb_first is None and text.startswith("Said "):
        after = lower_token(text.split()[1])
        if after in ROLE_WORDS or after in NATIONALITIES:
            verb_first = re.match(r"Said\s+", text)  # 'Said Foreign Minister X: "..."'
    if verb_first is not None:
        return parse_speaker(text[verb_first.end() :])
    post = POST_BY_INITIALS.fullmatch(text)
    if post is not None:
        # "EAM noted that ...", "the PM said": the post its initials stand for, read as the
        # post written out ("the External Affairs Minister"), for coreference to fill in
        return parse_speaker(f"{post['the'] or 'the '}{_POSTS[post['initials']]}")
    # the one body whose initials spell a pronoun ("WHO chief X"): read by its full name
    text = _WHO.sub("World Health Organization", text)
    # "according to the Tax Policy Center - half a point of ...", "according to HuffPo:
    # “Senator ...": an aside or the words themselves run on after the source
    text = _RUN_ON.split(text, 1)[0]
    if len(text) > _LONGEST_PHRASE:
        return None
    # '... scare me," Harry Bond, 30': the end of a quote glued before the name (its
    # sentence cut short inside the quote) is no part of who speaks
    text = _QUOTE_CLOSED.split(text)[-1]
    placed = _PLACED_BY_PARTICIPLE.fullmatch(text)
    if placed is not None:
        # (placed "in" a city, read as the body in its seat, "the foreign ministry in
        # Beijing", where that names a body; else the body before the participle)
        seat = f"{placed['body']} {placed['where']}"
        found = parse_speaker(seat) if placed["where"].startswith("in ") else None
        if found is None or found.kind != "institution":
            found = parse_speaker(placed["body"])
        return replace(found, text=text) if found is not None else None
    occasion = _NAMED_AT_AN_OCCASION.fullmatch(text)
    if occasion is not None:
        # "Foreign minister X speaking at the parliament said": the one named, the
        # occasion's participle phrase after the name no part of who speaks
        found = parse_speaker(occasion["who"])
        if found is not None and found.kind == "person" and found.name:
            return replace(found, text=text)
    seated = _BODY_IN_A_CITY.fullmatch(text)
    if seated is not None:
        # "the unification ministry in Seoul", "the foreign ministry in Beijing": the body is
        # the government's whose capital the city is (elsewhere, the body alone)
        state = None if seated["owner"] else CAPITALS.get(seated["city"].lower())
        if (
            seated["body"] == "government"
            and not seated["owner"]
            and (state is None or seated["city"].lower() in _DE_FACTO_SEATS)
        ):
            # "the government in Gaza", "the government in Sanaa": a de facto administration
            # no state's government, or no state's seat at all: no government named
            return None
        if state and seated["city"].lower() in DE_FACTO_BODY_SEATS:
            state = seated["city"]  # "the health ministry in Gaza": Gaza's, as its own name
        found = parse_speaker(f"{state}'s {seated['body']}" if state else seated["whole"])
        return replace(found, text=text) if found is not None else None
    member = _NAME_OF_KIND_BODY.fullmatch(text)
    if member is not None:
        # (the person, not the body named last nor "Musser of the" as a post)
        person = parse_speaker(member["name"])
        if person is not None and person.kind == "person" and person.name == member["name"]:
            return replace(person, text=text, institution=member["body"])
    mandate = _UN_MANDATE.fullmatch(text)
    held = _UN_MANDATE_HOLDER.fullmatch(text) if mandate is None else None
    if held is not None:
        holder = parse_speaker(held["name"])
        if holder is not None and holder.kind == "person":
            return replace(holder, text=text, role=text[: held.start("name")].strip())
    if mandate is not None:
        # "the UN Independent Expert on the situation of human rights in Mali": a post whose
        # field runs on in lower case, no one's name ("Expert" is no surname)
        return SpeakerPhrase("description", text, head=mandate["post"].split()[-1].lower())
    firm = _KIND_THEN_FIRM.fullmatch(text)
    if firm is not None and not _a_person_by_trade(firm):
        # "Ukrainian nuclear operator Energoatom", "Russian gas giant Gazprom": the kind of
        # firm in lower case before its name; the firm speaks
        return SpeakerPhrase("institution", text, firm["name"])
    office = _OFFICE_OF_POST.fullmatch(text)
    if office is not None:
        # "the Office of the High Commissioner": the office a post heads, a body, not the
        # one who holds the post
        return SpeakerPhrase("institution", text, office["body"])
    if _TOPIC_FIRST.match(text):
        return None  # "Of Carson, Levine said": whom the words are about, never who
    if _TIME_ONLY.fullmatch(text):
        # "On her first day in office, December 1, she said": a day, a month or "today"
        # set off before the subject is when, never who
        return None
    if text.isupper() and _SHOUTED_LINK.search(text):
        # "PRESIDENT OF FRANCE EMMANUEL MACRON": a label in capitals, whose "OF" links a
        # title to its place as a small "of" does, and begins no one's name
        cased = _SHOUTED_WORD.sub(lambda m: m.group()[0] + m.group()[1:].lower(), text)
        found = parse_speaker(_SHOUTED_LINK.sub(lambda m: m.group().lower(), cased))
        return replace(found, text=text) if found is not None else None
    field = _LOWER_CASE_FIELD.search(text)
    if (
        field
        and _field_ends(field["field"].rsplit(None, 1)[-1])
        and _formal(TOKEN.findall(field["post"]))
    ):
        # "Deputy Minister of Foreign Affairs for multilateral cooperation Roman Vassilenko":
        # a post's field in lower case (CIS and Asian agencies' style) is still the title's,
        # read as the capitalised one would be, the field kept in the role as written
        cased = field["field"].title()
        found = parse_speaker(text[: field.start("field")] + cased + text[field.end("field") :])
        if found is not None and found.kind == "person" and found.role and cased in found.role:
            role = found.role.replace(cased, field["field"])
            return replace(found, text=text, role=role)
    measured = _MEASURED_BY.fullmatch(text) if " by " in text or " from " in text else None
    if measured is not None:
        found = parse_speaker(measured["what"])
        if found is not None and found.kind in ("description", "unnamed"):
            return replace(found, text=text)
    group = _NAMED_GROUP.fullmatch(text)
    if group is not None:
        body = next(
            (b for b in (group["body"], group["body"] + "s") if b.lower() in NAMED_BODIES), None
        )
        if body is not None:
            # "Yemen's Houthi militia", "the Palestinian Hamas movement": the body itself
            owner = (group["owner"] or "").lower()
            return SpeakerPhrase("institution", text, body, country=COUNTRIES.get(owner))
    relayed = _SOURCES_OF.match(text)
    if relayed and relayed["head"].lower() in UNNAMED_HEADS:
        # "Meduza's sources close to the Presidential Administration": people an outlet or a
        # body does not name, not the body named after them
        return SpeakerPhrase("unnamed", text, head=relayed["head"].lower())
    ours = _OUR_COLLEAGUES_AT.fullmatch(text)
    if ours:
        # "Our colleagues at the World Health Organization say": a UN briefer's way of
        # giving an agency's word; the agency speaks, the colleagues are no name
        body = parse_speaker(ours["body"])
        if body is not None and body.kind == "institution":
            return replace(body, text=text)
    if _INTERNATIONAL_BODY.fullmatch(text):
        return SpeakerPhrase("institution", text, re.sub(r"^[Tt]he\s+", "", text))
    if _GOVERNMENT_OF.match(text):
        # "the government of President Daniel Ortega announced", "the office of President X
        # said": the body speaks
        name = re.sub(r"^[Tt]he\s+", "", text)
        return SpeakerPhrase("institution", text, name[:1].upper() + name[1:])
    aged = _AGED.fullmatch(text)
    if aged and not aged["rest"]:
        # "The 64-year-old said": someone the story has named, of no post the words give
        return SpeakerPhrase("description", text, head="official")
    if aged:
        # "the 52-year-old liberal", "the 41-year-old centrist": a definite description of
        # someone the story has named, the age no part of the title
        found = parse_speaker(f"{aged['det']} {aged['rest']}")
        if found is not None and found.kind == "description":
            return replace(found, text=text)
    when = _TIME_FIRST.match(text)
    if when and (text[when.end() : when.end() + 1].isupper() or _THE.match(text, when.end())):
        # "Earlier in the week Lammy told ...", "Last week Foreign Minister X said": a time
        # put before the subject with no comma is no part of the name
        found = parse_speaker(text[when.end() :])
        if found is not None and found.kind in ("person", "institution"):
            return found
    first_word = text.split(" ", 1)
    if len(first_word) == 2 and first_word[0].lower() in OPENERS:
        text = first_word[1]  # "But a senior official"
    again = _AGAIN_FIRST.match(text)
    if again and (text[again.end() : again.end() + 1].isupper() or _THE.match(text, again.end())):
        text = text[again.end() :]  # "and once again NATO said": the repeat is no name's
        first_word = text.split(" ", 1)
    if len(first_word) == 2 and (
        re.fullmatch(r"[A-Z][a-z]{3,}ing", first_word[0]) or first_word[0] in _SHORT_PARTICIPLES
    ):
        if text.lower() in NAMED_BODIES:
            return SpeakerPhrase("institution", text, text)  # "Downing Street said"
        titled = parse_speaker(first_word[1])
        if titled is not None and titled.kind == "person" and titled.role and titled.name:
            # "Outgoing President X", "Visiting Foreign Minister X said": the participle
            # qualifies the post before the name
            return replace(titled, text=text)
        return None  # "Injecting Clinton into ...": a participle, not a first name
    if not text:
        return None
    job = _OCCUPATION_THEN_NAME.fullmatch(text)
    if job and _an_occupation(job["job"].split()):
        # "said local resident Olena Petrenko", "retired neurosurgeon Ben Carson told": a
        # calling in lower case before the name, the name speaking
        found = parse_speaker(job["name"])
        if found is not None and found.kind == "person" and found.name and not found.role:
            return replace(found, text=text, role=job["job"].title())
    owned_document = _BODY_DOCUMENT.fullmatch(text)
    if owned_document:
        # "a Foreign Ministry statement", "the White House readout": the body that issued it
        body = parse_speaker(owned_document["body"])
        if body is not None and body.kind == "institution":
            return replace(body, text=text)
    spokesperson = _BODY_SPOKESPERSON.fullmatch(text)
    lower_body = _LOWER_BODY_SPOKESPERSON.fullmatch(text) if spokesperson is None else None
    if lower_body:
        # "a foreign ministry spokesman said", "a spokeswoman for the defence ministry": wire
        # copy writes a state's organ in lower case; it is the same body, its name capitalised
        body = parse_speaker((lower_body["body"] or lower_body["after"]).title())
        if body is not None and body.kind == "institution":
            found = description_phrase(text.split(), text)
            return replace(found, role="Spokesperson", institution=body.name)
    if spokesperson:
        # "A Downing Street spokesperson said": one the story leaves unnamed, speaking for the
        # body (which speaks unless a spokesperson of it is named: coref's body_spokesperson)
        body = parse_speaker(spokesperson["body"] or spokesperson["after"])
        if body is not None and body.kind == "institution":
            found = description_phrase(text.split(), text)
            return replace(found, role="Spokesperson", institution=body.name)
    issued = _ISSUED_DOCUMENT.fullmatch(text)
    if issued:
        # "A statement issued on Thursday", "a release put out by the embassy": the document
        return parse_speaker(issued["doc"])
    if _ACT_OF.match(text):
        return None  # "the dissolution of the National Assembly": an act, not who acts
    periphrasis = _OF_THE_STATE_DESCRIBED.fullmatch(text)
    if periphrasis:
        # "the foreign ministry of the South American republic": the state named before, in
        # other words; the ministry is read as "the foreign ministry"
        for body in (periphrasis["body"], periphrasis["body"].lower()):  # "foreign Ministry"
            found = parse_speaker(body)
            if found is not None and found.kind == "description" and found.head in ORG_HEADS:
                return replace(found, text=text)
    posted = _POSTED_TO.fullmatch(text)
    if posted and _a_place(posted["place"]):
        # "Russia's ambassador to the United States": the post, described; where it is held
        # is no part of whom the description is of
        found = parse_speaker(posted["post"])
        if found is not None and found.kind == "description":
            return replace(found, text=text)
    held_in = _POST_OF_STATE.fullmatch(text)
    if held_in and lower_token(held_in["state"]) in COUNTRIES:
        found = parse_speaker(held_in["post"])
        if found is not None and found.kind == "description":
            return replace(found, text=text, country=COUNTRIES[lower_token(held_in["state"])])
    given = _GIVEN_WORDS.fullmatch(text)
    if given:
        # "an interview she gave to Kyodo News": who gave it
        giver = parse_speaker(given["who"])
        if giver is not None and giver.kind in ("person", "institution", "pronoun"):
            return giver
    owned = _OWNED_WORDS.fullmatch(text)
    if owned:
        # "Kamikawa's statement", "Lavrov's letter to the OSCE chair": the owner's words
        owner = parse_speaker(owned["owner"])
        if owner is not None and owner.kind in ("person", "institution"):
            return owner
    made = _MADE_BY.match(text)
    if made and made["thing"].split()[-1].lower() not in _DOCUMENT_HEADS:
        # "recent satellite imagery released by a U.S. institute": the imagery, which says
        # nothing, not the institute
        return parse_speaker(made["thing"])
    plural = _PLURAL_TITLE.search(text)
    if plural:
        # "Labour MPs Tom Ashdown, Priya Kalsi and ...": the title of a list, each name's
        found = parse_speaker(text[: plural.end() - 1] + text[plural.end() :])
        return replace(found, text=text) if found is not None and found.kind == "person" else None
    if _SOMEONE_UNNAMED.fullmatch(text):
        # "a United Nations senior political and peacebuilding official": an indefinite
        # article, any words, and the noun for an official: someone the text does not name
        head = text.rsplit(None, 1)[-1].lower()
        return SpeakerPhrase("unnamed", text, head=head)
    knowing = _IN_THE_KNOW.match(text)
    if knowing and _unnamed_head(knowing["who"].lower()):
        # "people familiar with the matter", "a person briefed on the talks", "an official
        # briefed on the talks": someone unnamed known only by what they know, whatever the
        # last noun is
        return SpeakerPhrase("unnamed", text, head=knowing["who"].lower())
    if _STATES_AT_LARGE.fullmatch(text):
        # "Countries around the world welcomed ...", "Nations in the region": states no
        # name gives, a round-up's lead; not the place, nor the next one named
        return SpeakerPhrase("unnamed", text, head="countries")
    people = _PEOPLE_OF_A_BODY.match(text)
    if people and people["who"].lower() in UNNAMED_HEADS:
        # "Sources in the Interior Ministry", "representatives of the embassy": people of a
        # body, not one of them named, and not the body
        return SpeakerPhrase("unnamed", text, head=people["who"].lower())
    if _MEMBER_OF.fullmatch(text):
        # "a member of the Treasury committee", "a senior member of the Senate": someone
        # unnamed sitting in a body, not the body
        return SpeakerPhrase("unnamed", text, head="member")
    seat = _MEMBER_NAMED.fullmatch(text)
    if seat:
        # "Member of Serbia's National Assembly Dragomir Karic": the seat is a title, its
        # body ends in the noun for one, and the name follows
        words = seat["rest"].split()
        for cut in range(len(words) - 2, 0, -1):
            if lower_token(words[cut - 1]) not in ORG_HEADS:
                continue
            who = parse_speaker(" ".join(words[cut:]))
            if who is not None and who.kind == "person" and " " in (who.name or ""):
                body = " ".join(words[:cut])
                return replace(who, text=text, role=f"Member of {body}", institution=body)
    served = principal_of(text)
    if served is not None:
        # "spokesperson for Secretary-General Ban Ki-moon": the aide of the one named, who
        # holds the title after "for"; the aide, not named here, may have been before
        # ("a spokesman for President X": someone unnamed)
        kind = "unnamed" if re.match(r"an?\s", text, re.I) else "description"
        return SpeakerPhrase(kind, text, head=served[0])
    kin = _KIN_OF.match(text)
    if kin:
        # "the powerful sister of leader Kim Jong-un", "a lawyer for Imran Khan": someone
        # known by the one named after "of", who is not the speaker
        return SpeakerPhrase("unnamed", text, head=kin["kin"].lower())
    kin_named = _KIN_THEN_NAME.match(text)
    if kin_named and kin_named.end() == len(text):
        # "Kim Jong Un's sister": someone told by kinship, whose name may follow
        return SpeakerPhrase("description", text, head=text.split()[-1].lower())
    if kin_named:
        named = parse_speaker(text[kin_named.end() :])
        if named is not None and named.kind == "person" and named.name:
            return replace(named, text=text)
    named_body = _described_then_named(text)
    if named_body is not None:
        return named_body
    epithet = _EPITHET.match(text)
    if epithet and not ROLE_WORDS.intersection(epithet.group(1).split()):
        if epithet.group(1).split()[-1] in _PREPOSITIONS:
            return None  # "a retired nurse in Tartu": where someone unnamed lives, no name
        # "a teary-eyed Bush", "an angry Lavrov": how the person looked, not a title
        person = parse_speaker(text[epithet.end() :])
        if person is not None and person.kind == "person":
            # "the newspaper Le Soir", "the state broadcaster X": the kind of an outlet, kept
            # with its name, which names a medium (see subject_phrase.is_media)
            media = epithet.group(1).split()[-1] in MEDIA_HEADS
            return replace(person, text=text) if media else person
    titled = _TITLED_NAME_OF.fullmatch(text)
    if titled:
        # "General Secretary To Lam of the Communist Party of Vietnam", "Chairman X of the
        # National Assembly": a titled name, then the body the title is held at
        who = parse_speaker(titled["who"])
        body = titled["body"]
        if who is not None and who.kind == "person" and who.role and not who.institution:
            words = body.split()
            state = COUNTRIES.get(body.lower())
            if (
                state
                or lower_token(words[-1]) in ORG_HEADS
                or (len(words) > 2 and words[-2] == "of" and words[-1].lower() in COUNTRIES)
            ):
                return replace(
                    who, text=text, institution=state or body, country=state or who.country
                )
    member = _NAME_OF_BODY.fullmatch(text)
    if member:
        # "Ali Vaez of the International Crisis Group", "Dmitri Trenin at the Carnegie
        # Center": a person named, then the body he works at (not a body of that name)
        who = parse_speaker(member["who"])
        body = member["body"]
        if (
            who is not None
            and who.kind == "person"
            and not ORG_HEADS.intersection(lower_token(w) for w in (who.name or "").split())
            # (or any body after one who holds a post of a trade: "Security analyst X of
            # Beacon Security and Intelligence", whose firm's name has no head noun)
            and (
                ORG_HEADS.intersection(lower_token(w) for w in body.split())
                # ("X of the ruling Law and Justice party": the kind in lower case is the head)
                or member["kind"]
                or (who.role and not PEERAGE.search(text))  # a peer's "of" is his title's
            )
        ):
            body = f"{body} {member['kind']}" if member["kind"] else body
            return replace(who, text=text, institution=who.institution or body)
    posted = _POSTED_IN.fullmatch(text)
    if posted:
        # "the Chinese Embassy in Manila": a mission named by where it sits
        body = parse_speaker(posted["body"])
        if body is not None and body.kind == "institution":
            return replace(body, text=text, name=f"{body.name} {posted['prep']} {posted['place']}")
    seated = _SEATED_IN.fullmatch(text)
    if seated and seated["place"].lower() in SEATS:
        # "the Foreign Ministry in Seoul", "the ministry in Beijing": a government body named
        # by its seat, the capital's state's (a mission "in" a capital is another state's);
        # after "in" every capital is a place, "Sofia" too (alone it may be a first name)
        body = parse_speaker(seated["body"])
        if body is not None and body.kind == "institution" and body.country is None:
            country = SEATS[seated["place"].lower()]
            name = institution_for(None, country, body.name) or body.name
            return replace(body, text=text, name=name, country=country)
    serving = _SERVING_IN.fullmatch(text)
    if serving:
        # "the senior UN official in that country": the official, wherever posted
        found = parse_speaker(serving["who"])
        if found is not None and found.kind in ("description", "unnamed"):
            return replace(found, text=text)
    envoy = _ENVOY_FOR.fullmatch(text)
    if envoy and not _name_after_body(envoy["brief"]):
        brief = parse_speaker(envoy["brief"])
        found = parse_speaker(envoy["who"])
        if (brief is None or brief.kind != "person") and (
            found is not None and found.kind in ("description", "unnamed")
        ):
            return replace(found, text=text)
    joined = _TITLES_AND_NAME.fullmatch(text)
    if joined:
        # "former Italian prime minister and honorary president of the forum Romano Prodi":
        # two posts of one person, named once at the end; the first post reads with the name
        found = parse_speaker(f"{joined['first']} {joined['name']}")
        if found is not None and found.kind == "person" and found.role:
            return replace(found, text=text)
    holder = portfolio_holder(text)
    if holder is not None:
        # "International Relations and Cooperation Minister X", "Trade, Industry and
        # Competition Minister X": one post whose portfolio lists its fields (South African
        # and other Commonwealth cabinets), not two people or a body
        return holder
    if two_people(text):
        # "Minister X and his US counterpart Y affirmed": two speakers, no one of them
        return SpeakerPhrase("unnamed", text, head="pair")
    listed = listed_body(text)
    if listed is not None and listed[1] == 0:
        return listed[0]
    if "," in text:
        head, _, rest = text.partition(",")
        first = parse_speaker(head)
        listed_post = _portfolio_list_then_name(head, rest)
        if listed_post is not None:
            return replace(listed_post, text=text)
        if first and first.kind == "person":
            return appositive(first, TOKEN.findall(rest.strip(" ,")))
        second = parse_speaker(rest)
        if second and second.kind == "person" and (first is None or first.kind != "person"):
            named = appositive(second, TOKEN.findall(head))
            if first is not None and first.country and not named.country:
                # "The representative of the United Kingdom, Barbara Woodward": the state
                # her post is of, which tells her from the next state's representative
                named = replace(named, country=first.country)
            return named
        if first is not None and first.kind != "person" and _OWNED_DESCRIPTION.search(head):
            # "The European Parliament's largest group, the center-right EPP, said": a body
            # told by a description, then named in the appositive, as "Russia's top
            # diplomat, Sergei Lavrov" is a person; the name speaks
            named = _MODIFIERS_BEFORE_NAME.match(rest.strip())
            body = parse_speaker(rest.strip()[named.end() :]) if named else None
            if body is not None and body.kind == "institution" and (body.name or "")[:1].isupper():
                return replace(body, text=text)
        return first
    words = TOKEN.findall(text)
    purpose = _body_named_by_purpose(words, text)
    if purpose is not None:
        return purpose
    if not words or (len(words) > _PHRASE_WORDS and not _formal(words)):
        return None
    low = [lower_token(w) for w in words]
    state, body = country_of(words[1:] if low[0] in DEFINITE else words)
    if state and body and " ".join(lower_token(w) for w in body) in NAMED_BODIES:
        # "South Korea's Joint Chiefs of Staff": a state's body known by its name
        return SpeakerPhrase("institution", text, " ".join(body), country=state)
    verb = next(
        (i for i in range(1, len(words)) if low[i] in HEADLINE_VERBS and words[i][:1].isupper()),
        None,
    )
    if verb is not None:
        # "Spokeswoman Zakharova Holds Weekly Press Briefing": who, before the headline's verb
        return parse_speaker(text[: text.find(words[verb])])
    if len(words) == 1 and low[0] in PRONOUNS:
        return SpeakerPhrase("pronoun", text, gender=PRONOUNS[low[0]])
    if 1 < len(words) <= 3 and low[-1] in _FIRST_AND_SECOND:
        # "Today we reaffirmed ...", "Together we will ...": a post's or a speech's own "we"
        # after an adverb, the first person, never a speaker the story names
        return SpeakerPhrase("pronoun", words[-1], gender=None)
    if low[0] in ("his", "her") and low[-1] in ROYAL_STYLES and len(words) <= 3:
        # "His Majesty affirmed", "His Royal Highness said": the sovereign or prince the
        # story names, whoever was named last
        return SpeakerPhrase(
            "description", text, head=low[-1], gender="m" if low[0] == "his" else "f"
        )
    if len(words) == 2 and low[0] in ("his", "her") and low[1] in _STYLES:
        # "His Excellency also stressed": the one just named, as "he" would be
        his = low[0] == "his"
        return SpeakerPhrase("pronoun", "he" if his else "she", gender="m" if his else "f")
    styled = 2 if len(words) == 4 and low[0] in ("his", "her") and low[1] in _STYLES else 0
    if len(words) == styled + 2 and low[styled] in DEFINITE and low[styled + 1] in _RULERS:
        # "HH the Amir", "His Highness the Amir": a title, no name (Gulf agencies' style)
        return description_phrase(words, text)
    if len(words) == 2 and low[0] in DEFINITE and low[1] in _POLITIES:
        # "The Kingdom affirmed", "the Sultanate said": Gulf copy's word for its own state,
        # in capitals, no one's name
        return description_phrase([words[0], low[1]], text)
    if low[0] in ("what", "which", "that", "who", "how", "when", "if", "whether", "it's"):
        return None
    if low[0] in _PREPOSITIONS_OF_NO_SUBJECT or (
        low[0] == "even" and len(low) > 1 and low[1] in _PREPOSITIONS_OF_NO_SUBJECT
    ):
        # "For a country often accused of ...", "Even for a minister long criticised for
        # ...": a phrase set before the clause, its noun the one a passive acts on
        return None
    # "As Premier Li Qiang stressed ...": a sentence's "As" opens a clause, not a title (in
    # "as Eric Garner did" a comparison names no one who speaks)
    opens = low[0] in _OPENING_CONJUNCTIONS or words[0] == "As"
    if opens and len(words) > 1:
        # "with the government announcing ...", "Though she called ...": who comes after
        return parse_speaker(text.split(None, 1)[1])
    if not_a_noun_phrase(text, low) and not _surname_a_word(words, len(words) - 1):
        return None
    if _verb_after_noun(words):
        return None  # "Sanders started out the debate": a clause, not a noun phrase
    if any(w in AUXILIARIES and not _name_not_auxiliary(words, i) for i, w in enumerate(low) if i):
        return None  # "Sanders supporters have launched petitions": a clause
    if low[-1] in _ARTICLES or low[-1] in CONNECTORS or low[-1].endswith("'s"):
        return None
    if _PEOPLES(low[-1]) and all(lower_token(w) in DEFINITE for w in words[:-1]):
        # "Europeans", "Israelis", "the Iranians": a people, no one who can be recorded
        return SpeakerPhrase("unnamed", text, head=low[-1])
    if low[-1] in UNNAMED_HEADS:
        return description_phrase(words, text)
    if len(low) == 2 and low[0] in DEFINITE and low[1] in _COMPASS:
        return None  # "the North said": a region or a state by its side, no one's name
    named_body = " ".join(low[1:] if low[0] in DEFINITE else low)
    if named_body in NAMED_BODIES:
        # "Hamas said", "the Taliban said": a body, though its name reads like a person's
        name = " ".join(words[1:] if low[0] in DEFINITE else words)
        return SpeakerPhrase("institution", text, SEAT_BY_NUMBER.get(named_body, name))
    # ("the U.S. pledged", "the U.K. said": a state by its initials, after "the")
    state = " ".join(low[1:] if len(low) == 2 and low[0] == "the" else low)
    if state in COUNTRIES:
        return SpeakerPhrase("institution", text, COUNTRIES[state], country=COUNTRIES[state])
    if len(words) > 1 and " ".join(low) in NATIONALITIES:
        return description_phrase(words, text)  # "Sri Lankan", "Costa Rican": no name
    if len(words) == 1 and low[0] in CAPITALS:
        return SpeakerPhrase("institution", text, CAPITALS[low[0]], country=CAPITALS[low[0]])
    if len(low) == 2 and low[0] in ("the", "this") and low[1] in GENERIC_BODIES:
        # "The Office said", "the Ministry added": a house style's capital on a shortened
        # name; the body named before (or no one), never a body called "Office"
        return description_phrase(words, text)
    body = words[1:] if low[0] in DEFINITE else words
    if (
        len(body) == 1
        and ACRONYM.fullmatch(body[0])
        and body[0] not in LEGAL_FORMS
        and lower_token(body[0]) not in MEDIA_HEADS | NOT_NAMES | _NOT_BODIES
    ):
        # "the FO said", "according to the MFA": a body by its initials, never a person (but
        # "TV", "AP" are media, "EST" a time zone)
        return SpeakerPhrase("institution", text, body[0])
    if (
        len(body) == 1
        and _DOTTED_ACRONYM.fullmatch(body[0])
        and (body is not words or len(body[0]) >= 6)
        and body[0].lower() not in COUNTRIES
    ):
        # "the I.A.E.A. claimed", "the U.N. said": initials with their full stops (New York
        # Times, IRNA style) are a body, not a person's initials without a surname
        return SpeakerPhrase("institution", text, body[0])
    if (
        len(body) >= 2
        and ACRONYM.fullmatch(body[-1])
        and body[-1] not in LEGAL_FORMS
        and lower_token(body[-2]) in ORG_HEADS
    ):
        # "the UN refugee agency UNHCR", "the nuclear watchdog IAEA": the body, by its initials
        return SpeakerPhrase("institution", text, body[-1])
    if len(body) >= 3 and low[-1] in AGENCY_HEADS and all(capitalised(w) for w in body):
        # "the World Food Programme", "the UN Development Programme": an agency, not a plan
        return SpeakerPhrase("institution", text, " ".join(body))
    if len(body) == 2 and low[-1] in DOCUMENTS and body[0].lower() in NATIONALITIES:
        # "The Indian statement said": a state's document, which speaks for whoever issued
        # it, not a body called "Indian Statement"
        return description_phrase(words, text)
    if HEAD_OF_GOVERNMENT.search(text):
        # "the Polish head of government", "Poland's head of government": a post, not a body
        return description_phrase(words, text)
    held = _post_at_body(words) if org_word(words[-1]) else None
    if held is not None:
        return replace(held, text=text)
    if org_word(words[-1]) and country_of(body)[0]:
        # "Morocco's foreign ministry", "the Russian foreign ministry": a named body
        titled = [w if capitalised(w) else w[:1].upper() + w[1:] for w in body]
        return SpeakerPhrase(
            "institution", text, institution_name(titled), country=country_of(body)[0]
        )
    owned_body = _COUNTRYS_BODY_OF.fullmatch(text)
    owner = owned_body["owner"].lower() if owned_body else ""
    possessive = owned_body is not None and owned_body["owns"] is not None
    if owned_body and (owner in COUNTRIES if possessive else owner in NATIONALITIES):
        # "Ukraine's Ministry of Foreign Affairs", "Poland's Ministry of Defence", "the
        # Estonian Ministry of Foreign Affairs": the body a state's possessive or adjective
        # names, though "Foreign Affairs" reads like a post's words
        country = COUNTRIES[owner] if possessive else NATIONALITIES[owner]
        # (the adjective stays in the name, as it does in "the Egyptian Foreign Ministry")
        name = owned_body["body"] if possessive else f"{owned_body['owner']} {owned_body['body']}"
        return SpeakerPhrase("institution", text, name, country=country)
    titled_body = role_for_body(words, text)
    if titled_body is not None:
        return titled_body
    if (
        len(words) > 1
        and lower_token(words[-1]) == "economist"
        and lower_token(words[-2]) in ROLE_WORDS
    ):
        # "Deputy Chief Economist", "Senior Economist": a post (not the magazine)
        return SpeakerPhrase("description", text, head="economist")
    if org_word(words[-1]) and (capitalised(words[-1]) or any(capitalised(w) for w in words[1:])):
        post = _post_held_at(words)
        if post is not None:
            return replace(post, text=text)
        name = institution_name(words)
        return SpeakerPhrase("institution", text, name, country=country_of(words)[0])
    owner = _BODY_OF_COUNTRY.fullmatch(text)
    if owner and owner["country"].lower() in COUNTRIES:
        body_words = owner["body"].split()
        country = COUNTRIES[owner["country"].lower()]
        post = _POST_BEFORE_ITS_BODY.match(owner["body"])
        if (post and any(lower_token(w) in ROLE_WORDS for w in post["post"].split())) or (
            lower_token(body_words[0]) in ROLE_WORDS and " of " in owner["body"]
        ):
            # "the head of the Foreign Ministry of Belgium", "legal counsel for the X Group
            # of Canada": a person who heads it or serves it
            found = parse_speaker(owner["body"])
            if found is not None and found.kind == "description":
                return replace(found, text=text, country=country)
        if lower_token(body_words[-1]) in _SEATS_OF_STATES:
            # "Statement by the Delegation of Ukraine", "the Permanent Mission of Chile": a
            # state's seat at a body, named by its state, no body of the state's own
            seat = " ".join(w[:1].upper() + w[1:] for w in body_words)
            return SpeakerPhrase("institution", text, f"{seat} of {country}", country=country)
        if lower_token(body_words[-1]) in ORG_HEADS:
            # "the foreign ministry of Chile": Chile's foreign ministry
            return parse_speaker(f"{country}'s {owner['body']}")
        if lower_token(body_words[0]) in ORG_HEADS and all(
            capitalised(w) or w == "of" for w in body_words
        ):
            # "the Ministry of Foreign Affairs of Chile": kept as named, with its country
            return SpeakerPhrase(
                "institution", text, f"{owner['body']} of {country}", country=country
            )
    field = _body_for_field(words)
    if field is not None:
        return field
    if org_word(words[-1]):
        return description_phrase(words, text)
    aide = _AIDE_OF.match(text)
    if aide:
        # "the spokesman for President Vladimir Putin": the spokesman speaks, not the president
        return description_phrase(aide.group(1).split(), aide.group(1))
    peer = PEERAGE.search(text)
    if peer is not None and text.endswith(peer.group()):
        # "Lord Collins of Highbury", "Minister Baroness Chapman of Darlington": a peer's
        # name, its place part of it (no body the peer works at), any title before it
        before = text[: peer.start()].strip()
        titled = parse_speaker(f"{before} {peer['name']}") if before else None
        gender = "f" if peer["rank"] in ("Baroness", "Lady") else "m"
        role = titled.role if titled is not None and titled.kind == "person" else None
        return SpeakerPhrase("person", text, peer.group(), role, None, None, gender)
    if " of " in text and low[0] not in _ARTICLES and not _long_state_first(words):
        # "David Woodard of Clemson University": a person, and where the person works
        person, _, place = text.partition(" of ")
        found = parse_speaker(person)
        # "Prime Minister Rishi Sunak of the United Kingdom": a place named with its article
        place = re.sub(r"^the\s+(?=[A-Z])", "", place)
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
    if low[0] in _REGION_WORDS and not any(w in ROLE_WORDS for w in low):
        return None  # "Western Sahara", "Central Asia": a region, not a title and a name
    if len(low) > 1 and low[0] in _COMPASS and " ".join(low[1:]) in PLACE_WORDS:
        # "North Kazakhstan", "East Azerbaijan": a point of the compass before a place
        # named is a part of that place, no given name and a surname (its "he" is no one)
        return None
    # A name at the end, titles before it.
    tail: list[str] = []
    for n in range(len(words) - 1, -1, -1):
        w = words[n]
        lw = lower_token(w)
        if tail and lower_token(tail[-1]) in _SUFFIXES and len(tail) == 1 and capitalised(w):
            tail.insert(0, w)  # "Martin Luther King Jr.": before a suffix, a name
            continue
        if lw in HEADLINE_VERBS and w[:1].isupper():
            break  # "Lindsey Graham Says": a headline's verb, not a name
        if not tail and surname_like_title(words):
            tail.insert(0, w)  # "Matthew Prince", "Angus King": a surname, not a title
            continue
        if not tail and w == "May" and _name_not_auxiliary(words, len(words) - 1):
            tail.insert(0, w)  # "Theresa May": a surname, not the month
            continue
        if not tail and _surname_a_word(words, n):
            tail.insert(0, w)  # "trade minister Stockwell Day", "Al From": a surname
            continue
        if _family_name_he(w, tail) or _name_he(words, n):
            tail.insert(0, w)  # "Vice Premier He Lifeng": the family name He, no pronoun
            continue
        if lw in ROLE_WORDS or lw in NATIONALITIES or org_word(w) or lw in NOT_NAMES:
            break
        if lw == "colonel" and n > 0 and lower_token(words[n - 1]) in _RANK_MODIFIERS:
            break
        if lw in _PORTFOLIOS and tail:
            break  # "High Commissioner for Human Rights Volker Türk": the post's field, no name
        parts = lw.split("-")
        if (
            len(parts) > 1
            and parts[0] not in _NAME_ARTICLES
            and any(p in ROLE_WORDS for p in parts)
        ):
            # "Secretary-Treasurer", "Vice-Chair": a title joined by a hyphen (not the family
            # name "al-Sheikh", whose article joins a word that is also a title)
            break
        if DESCRIPTOR.search(lw):
            break  # "Texas-based", "Qaeda-linked": what describes the one named after
        if lw in EVENT_HEADS and tail and _post_of(words, n):
            break  # "Secretary of War Pete Hegseth": the field a post is "of", no event
        if lw in EVENT_HEADS and not (tail and _FIELD_NOUN.search(lower_token(tail[0]))):
            # ("Crisis Management": the event word qualifies a post's field)
            return None  # "the Middle East Peace Process": a thing, not a person
        if lw in HONORIFICS or _possessive(lw) or not (capitalised(w) or lw in PARTICLES):
            break
        abbreviated = w.endswith(".") and len(w) > 2 and not _INITIALS.match(w)
        # ("Ma. Theresa Lazaro": a given name cut short, before the rest of the name)
        if abbreviated and lw not in _SUFFIXES and not (lw[:-1] in SHORT_GIVEN_NAMES and tail):
            break  # "Fla.", "Calif.": places, not names
        if not (capitalised(w) or lw in PARTICLES) or w[:1].isdigit():
            break  # "Ramil Carr, 31,": an age
        tail.insert(0, w)
    if "_".join(lower_token(t) for t in tail) in PLACES:
        return None
    if tail == words and " ".join(lower_token(t) for t in tail) in _MEDIA_OR_PLATFORMS:
        # "Al Jazeera", "Truth Social": an outlet or a platform, whose name reads like a person's
        return SpeakerPhrase("institution", text, " ".join(tail))
    if _ends_a_country(words, len(words) - len(tail)):
        if _QUALIFIED_STATE.fullmatch(text):
            # "The Arab Republic of Egypt welcomes ...": the state itself by its formal name,
            # as "The Republic of Egypt" is (a state speaks through no one named)
            return None
        # "the President of the Russian Federation": a post of a state, no one's name
        return description_phrase(words, text)
    tail = tail[_country_in_tail(words, len(words) - len(tail)) :]
    tail = _without_malay_title(tail, words[: len(words) - len(tail)])
    before_tail = words[: len(words) - len(tail)]
    # ("Speaker of the Knesset X", "Secretary-General of the PLO X": the body after "the")
    body_after = before_tail[-2:-1] if before_tail and lower_token(before_tail[-1]) == "the" else []
    if before_tail and (
        lower_token(before_tail[-1]) in _PREPOSITIONS
        or (body_after and lower_token(body_after[0]) in ("of", "for") and len(tail) == 3)
    ):
        field = [i for i, w in enumerate(tail[:-2]) if _field_word(lower_token(w))]
        # "Commissioner for Crisis Management Janez Lenarcic": the field runs to its last
        # abstract noun, a word no name is made of ("Minister for Water Resources X": or to
        # its last word naming a portfolio)
        tail = tail[field[-1] + 1 :] if field else tail[title_object_length(tail) :]
    elif (
        before_tail
        and lower_token(before_tail[-1]) in ("and", "&")
        and any(lower_token(w) in _PREPOSITIONS for w in before_tail)
        and _FIELD_NOUN.search(lower_token(tail[-1]))
    ):
        # "an official of the Ministry of Foreign Affairs and International Cooperation": the
        # body's name runs on after "and" to a field's noun; no name follows it, and the
        # phrase reads as it would without that second field
        short = re.sub(r"\s+(?:and|&)\s+" + r"\s+".join(map(re.escape, tail)) + r"\W*$", "", text)
        found = parse_speaker(short) if short != text else None
        return replace(found, text=text) if found is not None and found.kind != "person" else None
    elif (
        len(tail) >= 3
        and before_tail
        and lower_token(before_tail[-1]) in ("and", "&")
        and any(lower_token(w) in _PREPOSITIONS for w in before_tail)
    ):
        # "Minister for Information and Broadcasting Fawad Chaudhary": the portfolio runs on
        # after "and"; the name is what is left at the end ("Abdullah bin Zayed": with the
        # given name before a "bin"), all of it after the last word naming a field
        # ("Minister for Trade and Industry Gan Kim Yong": a name of three words)
        field = [i for i, w in enumerate(tail[:-2]) if _field_word(lower_token(w))]
        if field:
            tail = tail[field[-1] + 1 :]
        else:
            tail = tail[-3:] if lower_token(tail[-2]) in PARTICLES else tail[-2:]
    elif len(tail) >= 3 and place_length(tail) and not place_length(tail[1:]):
        tail = tail[place_length(tail) :]  # "Brazil's ... Kabul Ubaid-ur-Rehman Nizamani"
    # "Minister for Foreign Trade Olivier Becht", "Minister for International Trade X",
    # "Secretary of State for Foreign Investment X": the field, opened past "for" or "of" by
    # an adjective ("Foreign", "International", "External"), runs on to its nouns; the name is
    # what follows them
    while (
        tail
        and _field_word(lower_token(tail[0]))
        and _field_opened(words[: len(words) - len(tail)])
    ):
        tail = tail[1:]
    while len(tail) > 2 and IZAFAT.search(tail[0]):
        tail = tail[1:]  # "Pakistan Tehreek-i-Insaf Gohar Ali Khan": the party, then the name
    if tail and lower_token(tail[0]) == "new":
        return None  # "New START", "New Delhi": a treaty's or a place's name, no one's
    if (
        tail
        and len(words) > len(tail) + 2
        and low[0] in DEFINITE
        and lower_token(words[len(words) - len(tail) - 1]) in ("for", "to", "on", "in")
        and " ".join(lower_token(w) for w in tail) in COUNTRIES
        and any(lower_token(w) in ROLE_WORDS for w in words[: len(words) - len(tail) - 1])
    ):
        # "the UN Special Envoy for Yemen": the state a post is for ends the title; no name
        return description_phrase(words, text)
    if _post_of_a_state(words, len(words) - len(tail)):
        # "the President of Russia": a post of that state, no one's name
        state = COUNTRIES[" ".join(lower_token(w) for w in tail)]
        return replace(description_phrase(words, text), country=state)
    named = [t for t in tail if lower_token(t) not in PARTICLES]
    if len(named) == 1 and _INITIALS.match(named[0]) and len(words) == len(tail):
        # "Wilmington, N.C.", "Washington, D.C.": initials alone, with no name to stand
        # before, are a place's abbreviation, no one's name
        return None
    if len(named) == 1 and named[0] in _MINISTRY_INITIALS and len(words) > len(tail):
        # "Spokesperson MEA": the ministry's initials after a title, no one's name (but
        # "Minister MORI" is a surname in capitals)
        return description_phrase(words[: len(words) - len(tail)], text)
    if len(words) == 1 and low[0] in NOT_NAMES:
        return None  # "Strongly", "Also" opening a listed decision: an adverb, no one
    if not tail or len(named) > 4 or not named:
        descriptive = all(
            not capitalised(w)
            or lower_token(w) in _DESCRIPTIVE
            or lower_token(w) in ORG_HEADS
            or lower_token(w).endswith("'s")
            for w in words[1:]
        )
        if low[-1] in _PREPOSITIONS and any(w in _PREPOSITIONS for w in low[1:-1]):
            # "the three agreed on the importance of standing united in [condemning ...]": a
            # clause cut before a gerund after its last preposition, no noun phrase (but "the
            # one impassioned in [blasting me]": one who spoke so)
            return None
        if descriptive or (not tail and low[-1] in ROLE_WORDS and low[0] in DEFINITE):
            return description_phrase(words, text)  # "the senior diplomat", "The PPP leader"
        return None
    if lower_token(tail[-1]) in _BODY_NAME_ENDINGS and low[0] in DEFINITE:
        # "The Economic Community of West African States", "the UN Relief and Works Agency
        # for Palestine Refugees": no one is called "African States"; the whole is a body
        return SpeakerPhrase("institution", text, " ".join(words[1:]))
    prefix = words[: len(words) - len(tail)]
    if prefix and _possessive(lower_token(prefix[-1])):
        owner = re.sub(r"(?:'s|s')$", "", lower_token(prefix[-1]))
        owner = owner + "s" if lower_token(prefix[-1]).endswith("s'") else owner
        if owner not in COUNTRIES and owner not in NATIONALITIES and owner not in ORG_HEADS:
            owners = prefix[1:] if lower_token(prefix[0]) in DEFINITE else prefix
            if len(tail) == 1 and _surname_of_a_body(prefix, tail[0]):
                # "said Carnegie's Paal", "Eurasia Group's Bremmer said": the expert named
                # before, by surname, after the body he works at (coref finds the full name)
                return SpeakerPhrase("person", text, tail[0])
            if len(tail) < 2 or not owners or not all(capitalised(w) for w in owners):
                return None  # "the Deputy Secretary-General's Travels": what someone has
            # "Hamas's Ismail Haniyeh", "Democracy Corps' Stan Greenberg": a person of the body
            owner_name = " ".join(
                [*owners[:-1], re.sub(r"(?:['\u2019]s|['\u2019])$", "", owners[-1])]
            )
            owned_by = parse_speaker(owner_name)
            # of a body the lists know; "Trump's Mike Pence" names no body
            body = owner_name if owned_by is not None and owned_by.kind == "institution" else None
            name = " ".join(tail)
            return SpeakerPhrase(
                "person", text, name, None, body, None, gender_for(tail[0], tail[-1], None, None)
            )
    honorific = next(
        (lower_token(w) for i, w in enumerate(prefix) if _honorific_at(prefix, i)), None
    )
    prefix = [
        w
        for i, w in enumerate(prefix)
        if not _honorific_at(prefix, i)
        and lower_token(w) not in _MALAY_AFTER
        and not (i and _malay_title(lower_token(prefix[i - 1]), lower_token(w)))
        and not (i + 1 < len(prefix) and _malay_title(lower_token(w), lower_token(prefix[i + 1])))
    ]
    if prefix and lower_token(prefix[0]) in _ARTICLES:
        prefix = prefix[1:]
    described = [i for i, w in enumerate(prefix) if DESCRIPTOR.search(lower_token(w))]
    if described:
        prefix = prefix[described[-1] + 1 :]  # "Texas-based pollster": the title is "pollster"
    if prefix and lower_token(prefix[0]) in _OWNER_BY_KIND:
        prefix = prefix[1:]  # "the country's Minister for Information": the state named before
    if prefix and not (capitalised(prefix[-1]) or lower_token(prefix[-1]) in ROLE_WORDS):
        # an unknown lower-case word before a full name ("spokeswoma Maria Zakharova", a title
        # the lists lack): the name is still a name, only the titles the lists know are kept
        last = lower_token(prefix[-1])
        if (
            len(named) < 2
            or last in _NOT_A_NAME_END
            or not any(lower_token(w) in ROLE_WORDS or capitalised(w) for w in prefix)
        ):
            return None
        prefix = [
            w
            for w in prefix
            if capitalised(w) or lower_token(w) in _ROLE_OR_CONNECTOR | _PARTY_TO_TALKS
        ]
    if sum(not (capitalised(w) or lower_token(w) in _ROLE_OR_CONNECTOR) for w in prefix) > 3:
        return None
    # "former U.S. ambassador to Seoul": the state after "former" is the one served, and
    # the place after "to" only where the post is held
    lead = [w for w in prefix[:1] if lower_token(w) in _TIME_OF_POST]
    country, rest = country_of(prefix[len(lead) :])
    country = country or _party_of_state(prefix)
    rest = lead + rest
    org, role = split_org_role(rest)
    owner = re.sub(r"'s$", "", lower_token(role)) if role and not org else ""
    if role and owner in BODIES_OF_STATES and _possessive(lower_token(role)):
        # "EU's Ashton", "NATO's Rutte" (a headline's shorthand): the body of states the
        # person serves, named as its owner; no post, which "the EU's foreign policy chief"
        # could be matched to
        role = None
    if org and not role and not honorific:
        return SpeakerPhrase("institution", text, institution_name(words), country=country)
    inst = institution_for(role, country, org)
    if family_name_first(tail):
        tail = [tail[1], tail[0].title()]  # "KAMIKAWA Yoko" is Yoko Kamikawa
    name = " ".join(tail)
    if not role and name.lower() in NAMED_BODIES:
        # "Lebanon's Hezbollah", "Yemen's Houthis": the body, placed, not a person of it
        return SpeakerPhrase("institution", text, name, country=country)
    gender = gender_for(tail[0] if len(tail) > 1 else "", tail[-1], honorific, role)
    return SpeakerPhrase("person", text, name, role, inst, country, gender)
