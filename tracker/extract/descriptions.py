"""Who "he", "she", "it", "the minister", "the diplomat" and "the statement" refer to.

A pronoun goes to the person who was last the subject of a sentence (a speaker is the subject
of the attribution), never to a name met in an object or an aside. A description goes to the
person named before with a matching title; else, when the article names just one person who
could be meant, to that one; else, in a lead, to the speaker named in the lines that follow.
A document ("the statement said") is its issuer's. These read the article's entities through
:class:`tracker.extract.coref.Registry`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from tracker.countries import CAPITALS, NAMED_IN_TEXT, NATIONALITIES, SEATS, STATE_NAMES
from tracker.extract.entities import COUNTERPART, ONE_OF_A_PAIR, Entity, compatible
from tracker.extract.lexicon import (
    DOCUMENTS,
    ONE_UNNAMED_HEADS,
    ORG_HEADS,
    PRESS_TITLES,
    ROLE_WORDS,
    STATE_NOUNS,
    UN_AGENCY_INITIALS,
    press_role,
)
from tracker.extract.live import entry_heading, heading_name, headline_name
from tracker.extract.speaker_phrase import HEAD_OF_GOVERNMENT, SpeakerPhrase, country_of
from tracker.extract.speakers import parse_speaker
from tracker.extract.subject_phrase import is_media
from tracker.extract.when import MONTH_NAMES, WEEKDAY_NAMES

if TYPE_CHECKING:
    from collections.abc import Callable

    from tracker.extract.coref import Registry

# "the foreign ministry", "the unification ministry": a body the text names by its field
# ("North Korea has not responded. Its defense ministry said ...": "its" for the state)
_OWNED_BODY = re.compile(
    rf"(?:(?:the\s+)?(?:{STATE_NOUNS})['\u2019]s|(?P<its>its))\s+"
    r"(?P<body>[a-z]+(?:\s+affairs)?\s+(?:ministry|office|department))",
    re.I,
)
_QUALIFIED_BODY = re.compile(
    r"(?:the\s+)?((?!(?:the|a|an|this|that|its|their|his|her|same|relevant|respective|other|"
    r"two|three|both|whole|entire|new|"
    r"former|local|regional|national|country|government)\b)[a-z]+(?:\s+affairs)?\s+"
    r"(?:ministry|office|department))$",
    re.I,
)
_OCCASIONAL = re.compile(
    r"\b(?:head|chief|leader) of (?:the |a )?(?:[\w-]+ ){0,2}delegation\b|"
    r"\bdelegation(?:'s)? (?:head|chief|leader)\b|\bnegotiator\b",
    re.I,
)
# ("the 61-year-old former minister": wire copy gives the age before the past post)
_FORMER = re.compile(r"(?:the\s+)?(?:\d{1,3}-year-old\s+)?(?:former|ex-)", re.I)
_MISSION = re.compile(r"\b(?:diplomatic mission|embassy|mission)\b", re.I)
# a presidency known by its seat
_SEAT_OF_POWER = re.compile(r"\b(?:Kremlin|White House|Elys[e\u00e9]e|Blue House|Bankova)\b")
# a ruler's family's style before the name ("Sheikh X", "Prince Y"): how the person is
# addressed, no post held; one named with it alone is still one whose post the story has not
# given ("Prince X said ..." then "the ambassador said": his post, told in other words)
_STYLES = frozenset(("Sheikh", "Sheikha", "Shaikh", "Prince", "Princess"))
# Heads that fit anyone in office: the one speaking, before anyone else titled
_ANYONE_HEADS = frozenset(("official",))
# a calling, not an office: "the veteran diplomat" is also one who left the post ("X, a
# former ambassador to Washington, ... the diplomat told AFP")
_CALLING_HEADS = frozenset(("diplomat",))
# the speakers of a debate of states, each known by the state whose delegation they lead
_DELEGATION_HEADS = frozenset(("representative", "delegate"))
# what a representative may speak for other than a state's delegation
_REPRESENTED_BODY = re.compile(
    r"\b(?:ministry|office|department|embassy|government|president|minister|kremlin|house)\b",
    re.I,
)


# "the High Representative": the EU's foreign policy chief, a post of its own
HIGH_REPRESENTATIVE = re.compile(r"\bhigh\s+representative\b", re.I)


def delegate_of_a_state(mention: SpeakerPhrase) -> bool:
    """ "the representative of Uganda", "Brazil's delegate": one who speaks for a state's
    delegation in a debate of states, known by that state and by no other post (not "the
    official representative of the Foreign Ministry", its spokesperson)."""
    return (
        (mention.head or "") in _DELEGATION_HEADS
        and bool(mention.country)
        and not _REPRESENTED_BODY.search(mention.text)
    )


# fields that name a body only together with its state ("the foreign ministry"), which
# :meth:`Registry.add` places itself
_STATELESS_FIELDS = frozenset(("foreign", "defence", "defense", "interior", "home", "finance"))
# a field's other spellings: "the defence ministry" is the "Ministry of National Defense"
_FIELD_STEMS = {"defence": "defen", "defense": "defen", "foreign": "foreign"}


def same_field(field: str, name: str) -> bool:
    """Whether the body called ``name`` is of the field ``field`` ("unification" is not the
    "Foreign Ministry"'s; "defence" is the "Ministry of National Defense"'s)."""
    stem = _FIELD_STEMS.get(field.lower(), field.lower())
    return re.search(rf"\b{re.escape(stem)}", name.lower()) is not None


_HIS_BODY = re.compile(r"(?:his|her)\s+(?:office|ministry)", re.I)
# a name in the possessive: "Lavrov's counterpart", "Netanyahu's office"
_NAMES_OWNER = r"(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})['\u2019]s\s+"
# "Netanyahu's office", "Zelensky's office": a person's own office, by the person's name
_PERSONS_BODY = re.compile(rf"{_NAMES_OWNER}office")
_HELD_AT_BODY = re.compile(r"\b(?:ministry|office)\b", re.I)
# Heads that any speaker may be called: resolved to the one speaking when no title fits
_GENERIC_HEADS = frozenset(("leader", "official", "diplomat", "politician", "envoy", "chief"))
# "the centrist said", "the 52-year-old liberal added": a politician by leaning, which is
# what a story calls the one it follows, not a post anyone else was named with
_GENERIC_HEADS |= frozenset(
    (
        "centrist",
        "liberal",
        "conservative",
        "socialist",
        "nationalist",
        "populist",
        "moderate",
        "leftist",
        "progressive",
        "reformist",
        "hardliner",
        "hard-liner",
        "technocrat",
        "veteran",
        "libertarian",
        "firebrand",
    )
)
# "the 61-year-old lawyer said", "the former banker added": a calling the story gives as
# background on the one it follows, not a post anyone holds in the story (but "X's lawyer",
# "his lawyer" is someone else, whom the relation names: see _background)
_CALLINGS = frozenset(
    (
        "lawyer",
        "banker",
        "businessman",
        "businesswoman",
        "billionaire",
        "tycoon",
        "academic",
        "professor",
        "scholar",
        "physician",
        "surgeon",
        "engineer",
        "cleric",
        "soldier",
    )
)
# one a state sends abroad, under whatever post ("Beijing's envoy", "the Omani diplomat")
_SENT_HEADS = frozenset(("envoy", "diplomat", "emissary"))
# a party's member ("the Christian Democrat", "the Republican"): what a story calls the one it
# follows, as it does a leaning
_MEMBERS = frozenset(("democrat", "republican"))
_GENERIC_HEADS |= _MEMBERS
# "the government statement", "a foreign ministry note": who issued the document
_ISSUER = re.compile(
    r"\b((?:foreign |defen[cs]e )?(?:government|ministry|embassy|presidency|office))\s+\w+$", re.I
)
# a document named by the common noun of a body's kind, in lower case ("a league statement",
# "the council communique", "an alliance statement"): the body of that kind the story
# named before issued it (never a body made up from the noun alone: "a union statement" with
# no union named is no one's)
# (the kinds are shared with coref.py's "a league statement" as an unnamed document)
ISSUER_KINDS = (
    r"league|council|commission|union|alliance|committee|secretariat|assembly|parliament|"
    r"organi[sz]ation"
)
_KIND_ISSUER = re.compile(rf"\b({ISSUER_KINDS})\s+\w+$")
_GROUP_HEADS = frozenset(
    ("group", "movement", "organisation", "organization", "militia", "alliance")
)
# nouns for things and firms, not people: "the company said", "the editorial said"
_BODY_HEADS = frozenset(("body", "bloc", "grouping"))
# "the military", "the army": a state's armed force, once the story has named it
_ARMED_HEADS = frozenset(("military", "army"))
# "IDF", "Israel Defense Forces", "U.S. Army", "Royal Thai Army", "Armed Forces of
# Ukraine", "the Armed Forces": a force named by its kind, with the words that name whose
_STATE_FORCE = re.compile(
    r"IDF|PLA|(?:[Tt]he\s+)?(?:(?P<whose>(?:[\w.'\u2019-]+\s+){0,3})"
    r"(?:Defen[cs]e\s+Forces|Armed\s+Forces|Army|Military)"
    r"|(?:Armed|Defen[cs]e)\s+Forces\s+of\s+(?P<of>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))"
)
# the words of a force fighting a state ("Free Syrian Army", "Kachin Independence Army",
# "Kosovo Liberation Army", "Myanmar's ethnic Arakan Army")
_INSURGENT_WORDS = frozenset(("free", "independence", "liberation", "ethnic", "rebel", "rebels"))
# the states' forces named by no state ("People's Liberation Army", China's)
_STATE_FORCES_UNNAMED = frozenset(("people's liberation army", "people\u2019s liberation army"))
_THING_HEADS = frozenset(
    ("company", "firm", "editorial", "book", "memoir", "study", "poll", "survey", "paper")
    + ("university", "website", "bill", "agency", "network", "chain", "bank", "group")
)
# what records or counts, never who speaks
_RECORDS = frozenset(
    ("data", "figures", "statistics", "estimates", "numbers", "records", "results", "tally")
    + ("census", "imagery", "footage", "calculations", "count")
)
_POLITY_HEADS = frozenset(
    ("state", "country", "nation", "kingdom", "republic", "city", "sultanate", "emirate")
)
_SPOKES_HEADS = frozenset(("representative", "spokesman", "spokeswoman", "spokesperson"))
_PLURAL_HEAD = re.compile(r"[^su]s$")  # "blocs", "ministers"; not "boss", "bus"
_MANY = re.compile(r"(?:the\s+)?(?:two|both|three|all)\s", re.I)
_LEAD_AHEAD = 600  # characters: how far ahead a lead may name who it described
# "the statement said": the words of whoever issued the statement just reported.
# a seat or a post in a legislature, by the title or by the body
_LEGISLATURE = (
    r"senator|sen\.|lawmaker|legislator|parliamentarian|\bmp\b|congress|member of|speaker|"
    r"duma|federation council|senate|parliament|assembly|house of|majlis|knesset|bundestag|"
    r"\brada\b|\bdiet\b|\bcommittee\b"
)
# "the secretary general", "the director general" written without a hyphen: the head noun
# is "general", the post is the compound
_GENERAL_OF = ("secretary", "director", "attorney", "consul", "surgeon", "inspector", "solicitor")
_COMPOUND_GENERAL = re.compile(rf"\b({'|'.join(_GENERAL_OF)})[\s-]+general\b", re.I)
# heads for a member of a legislature: the title or the body the member sits in tells
_MEMBER_HEADS = frozenset(("senator", "lawmaker", "legislator", "parliamentarian", "mp"))
# words that are some people's own title and stand for others' posts too: "Supreme Leader
# X" and "President Y" are both leaders, "Special Envoy X" and "Ambassador Y" both envoys
_TITLE_AND_WORD_FOR_OTHERS = frozenset(("leader", "envoy"))
# What a description's head noun can refer to, as a pattern over the entity's role.
_HEAD_ROLES = {
    # (an embassy's or a consulate's staff are diplomats, its press secretary too)
    # (a foreign secretary heads a foreign service: "the career diplomat")
    "diplomat": r"minister|ambassador|envoy|secretary of state|foreign secretary|diplomat|spokes|"
    r"foreign policy|"
    r"representative|embass|consul|attach|charg",
    "envoy": r"ambassador|envoy|representative",
    # "the official representative of the Foreign Ministry": its spokesperson, as Russian
    # ministries call the post
    "representative": r"representative|spokes|envoy|ambassador",
    "minister": r"minister",
    # a press secretary is the spokesperson of whom they serve ("Kremlin Press Secretary
    # Dmitry Peskov", then "the Kremlin spokesman")
    "spokeswoman": r"spokes|press secretary",
    "spokesman": r"spokes|press secretary",
    "spokesperson": r"spokes|press secretary",
    "president": r"president",
    # ("Brazil's head of state, X," then "the Brazilian leader")
    "leader": r"president|prime minister|chancellor|leader|head of (?:state|government)",
    "premier": r"prime minister|premier",
    # "The PM said", "the FM added": the post by its initials (VNA, Bernama, Dawn copy)
    "pm": r"prime minister|premier",
    "chancellor": r"chancellor",
    "secretary": r"secretary",
    # a state's envoy to a body or a country is its ambassador there ("Russia's UN envoy
    # X", then "the Russian ambassador"), a permanent representative too
    "ambassador": r"ambassador|envoy|permanent representative",
    # a member of the upper house is a senator, whatever the post in it ("deputy speaker
    # of the Federation Council X", then "the senator")
    "senator": r"senator|sen\.|senate|federation council",
    "lawmaker": _LEGISLATURE,
    "legislator": _LEGISLATURE,
    "parliamentarian": _LEGISLATURE,
    "mp": _LEGISLATURE,
    "governor": r"governor|gov\.",
    "candidate": r"candidate|nominee",
    "nominee": r"candidate|nominee",
    "official": r".",
    # "the general" is an officer of that rank ("Gen. X", "Lt. Gen. X"); "the secretary
    # general" a body's head (see _COMPOUND_GENERAL)
    "general": r"\bgen\.|(?<![\w-])" + "".join(rf"(?<!{w} )" for w in _GENERAL_OF) + r"general\b",
    "secretary-general": r"secretary[- ]general",
    "colonel": r"\bcol\.|colonel",
    "admiral": r"\badm\.|admiral",
    # ("Beijing's top trade negotiator" may be its International Trade Representative)
    "negotiator": r"minister|negotiator|envoy|trade representative",
    "aide": r"aide|adviser|advisor|assistant",
    # "the UN rights chief" is its High Commissioner, "the EU's foreign policy chief" its
    # High Representative
    "chief": r"chief|secretary[- ]general|head|director|commissioner|high representative",
    "adviser": r"aide|adviser|advisor",
    "advisor": r"aide|adviser|advisor",
    "fm": r"foreign minister|minister of foreign affairs|foreign secretary|external affairs",
    "eam": r"external affairs|foreign minister|minister of foreign affairs",
    # "His Majesty", "His Royal Highness": a sovereign, a prince or a Gulf ruler
    "majesty": r"king|queen|sultan|emperor|empress|monarch",
    "highness": r"crown|prince|princess|emir|amir|sheikh|shaikh|sultan",
    # Kenya's ministers are Cabinet Secretaries ("Foreign Affairs CS X", "the Prime CS"),
    # its permanent heads Principal Secretaries ("PS X", then "the PS said")
    "cs": r"\bcs\b|\bpcs\b|cabinet secretary",
    "pcs": r"\bpcs\b|prime cabinet secretary|prime cs\b",
    "ps": r"\bps\b|principal secretary",
    "chairperson": r"chair",
    "chairman": r"chair",
    "chairwoman": r"chair",
    "head": r"head|chief|secretary[- ]general|director|chair",
    "amir": r"amir|emir",
    "emir": r"amir|emir",
}
# heads a description names one speaker by (grouped per paragraph in
# unnamed_posts.unnamed_posts): "the Secretary-General", "the spokesman"
POST_HEADS = frozenset(_HEAD_ROLES)
# a service whose head is meant: "the army chief" is no foreign minister, "the police chief"
# no president, whoever the story named last; the service may be the body a title stands
# in ("Army chief General X": institution "Army")
_SERVICES = ("army", "navy", "naval", "military", "police", "intelligence")
# ranks only a service gives: "General X" serves in the army, whatever words before the rank
# the story's first mention left out of the title
# ("general" of a civil post is no rank: "secretary-general", "attorney general", "the
# General Assembly"; nor is a high commissioner police)
_CIVIL_GENERAL = (
    r"(?<!secretary-)(?<!secretary )(?<!attorney )(?<!attorney-)(?<!director-)(?<!director )"
    r"(?<!governor-)(?<!governor )(?<!solicitor )(?<!auditor-)(?<!auditor )(?<!postmaster )"
    r"general(?!\s+assembly)"
)
_ARMS_RANKS = rf"{_CIVIL_GENERAL}|gen|field marshal|lt|colonel|col|brigadier|major|maj|marshal"
_NAVAL_RANKS = r"admiral|adm|vice admiral|rear admiral|commodore"
_SERVICE_RANKS = {
    "army": re.compile(rf"\b(?:{_ARMS_RANKS})\b"),
    "military": re.compile(rf"\b(?:{_ARMS_RANKS}|{_NAVAL_RANKS}|air chief marshal)\b"),
    "navy": re.compile(rf"\b(?:{_NAVAL_RANKS})\b"),
    "naval": re.compile(rf"\b(?:{_NAVAL_RANKS})\b"),
    "police": re.compile(r"\b(?:(?<!high )commissioner|inspector|superintendent|constable)\b"),
}


def _serves_in(service: str, held: str) -> bool:
    """Whether a post ``held`` (its title and body, in lower case) is one in ``service``."""
    ranks = _SERVICE_RANKS.get(service)
    return service in held or (ranks is not None and ranks.search(held) is not None)


# Words in a description that the title must share: "the deputy foreign minister"
POST_QUALIFIERS = frozenset(
    ("foreign", "deputy", "defense", "defence", "prime", "vice", "interior", "finance")
    + ("trade", "external", "acting", "assistant", "national", "security")
    # a party names whose nominee or leader is meant: "the GOP nominee" is no Libertarian
    + ("republican", "democratic", "libertarian", "labour", "conservative")
    + _SERVICES
)
# words that qualify a post when another word heads it: a state's "chief minister" (India's,
# Pakistan's, Malaysia's), not any minister
_RANK_BEFORE_POST = frozenset(("chief",))
# one rank by two names: Asian ministries' "Vice Foreign Minister" is a "deputy minister"
_SAME_RANK = {"deputy": "vice", "vice": "deputy"}


def _says_rank(word: str, words: str) -> bool:
    """Whether ``words`` hold ``word``, or the other name of the same rank."""
    return word in words or (word in _SAME_RANK and _SAME_RANK[word] in words)


# a word that makes a minister the cabinet's head: "the minister" is not the prime minister
# ("the 46-year-old minister" after "Prime Minister X" and "Foreign Minister Y" is Y; a
# deputy prime minister is not either)
_HEAD_OF_CABINET = re.compile(r"\bprime\s+$")
# ranks below the title they stand before ("Deputy Secretary-General", "Vice President")
_RANKS = re.compile(r"\b(?:deputy|vice|under|assistant|associate)\b")
# (also a council's: "the Security Council secretary" is the secretary of that council)
_BODY_IN_TITLE = re.compile(r"\b((?:[a-z]+\s+){1,2})(?:ministry|office|department|council)\b")
_DIPLOMACY = re.compile(r"foreign ministry|ministry of foreign affairs|diplomacy", re.I)
# a state's "top diplomat" ("India's top diplomat", "the top U.S. diplomat") is whoever heads
# its foreign service, under any of the names states give that post
_TOP_DIPLOMAT = re.compile(r"\btop\s+(?:[\w.]+\s+){0,2}?diplomat\b", re.I)
_FOREIGN_SERVICE_HEAD = (
    r"foreign minister|minister (?:of|for) foreign affairs|foreign secretary|"
    r"secretary (?:of|for) foreign affairs|foreign affairs (?:minister|secretary)|"
    r"external affairs|secretary of state(?! for (?!foreign))|top diplomat|"
    # the EU's: "EU foreign policy chief", "High Representative for Foreign Affairs"
    r"foreign policy chief|high representative"
)
_ABBREVIATIONS = (
    # "the FM spokesperson": the foreign ministry's, not the minister's
    (re.compile(r"\bfm(?=\s+(?:spokes|official|representative|press))"), "foreign ministry"),
    (re.compile(r"\bfm\b"), "foreign minister"),
    (re.compile(r"\bpm\b"), "prime minister"),
    (re.compile(r"\bgop\b"), "republican"),
    # a state's "top diplomat" is its foreign minister ("Russia's top diplomat X", then "the
    # Russian foreign minister")
    (re.compile(r"\btop diplomat\b"), "top diplomat foreign minister"),
    # Ireland's head of government and deputy by their Irish titles: "Taoiseach X", then
    # "the Irish premier"; "Tánaiste X", then "Ireland's deputy premier"
    (re.compile(r"\btaoiseach\b"), r"\g<0> prime minister"),
    # Japan's chief cabinet secretary is "the top government spokesman" of its copy
    (re.compile(r"\bchief cabinet secretary\b"), r"\g<0> top government spokesman"),
    (re.compile(r"\bt[aá]naiste\b"), r"\g<0> deputy prime minister"),
)


def _post_at(role: str, title: re.Match[str]) -> str:
    """The words of ``role`` before ``title`` within its own post: from the last "and" that
    joins two posts ("deputy prime minister and foreign minister": "foreign ")."""
    return role[role.rfind(" and ", 0, title.start()) + 1 : title.start()]


def _role_text(role: str) -> str:
    low = role.lower()
    for pattern, full in _ABBREVIATIONS:
        low = pattern.sub(full, low)
    return low


def _carried_by(reg: Registry, outlet: Entity, speaker: Entity | None, pos: int) -> bool:
    """Whether the outlet named last carried the words of a body named before it in the same
    sentence ("the institute said in a statement carried by the state news agency"): "it"
    after them is the body, which spoke."""
    if speaker is None or speaker.kind != "institution":
        return False
    named = reg.last_before(speaker, pos)
    return named >= 0 and reg.sentence_start(named) == reg.sentence_start(
        reg.last_before(outlet, pos)
    )


def pronoun_referent(
    reg: Registry, mention: SpeakerPhrase, pos: int, last_speaker: Entity | None
) -> Entity | None:
    """He or she: the person who was last the subject of a sentence (a speaker is the
    subject of the attribution), not whoever was named last in an object or an aside."""
    word = mention.text.lower()
    if word in ("it", "its"):
        body = reg.recent(pos, lambda e: e.kind == "institution", since=reg.sentence_start(pos))
        if body is not None:
            return body  # "a statement by the ministry ... when it criticized": that body's
        led = _body_led_sentence_before(reg, pos)
        if led is not None and _FRONTED_BEFORE.fullmatch(reg.text, reg.sentence_start(pos), pos):
            # "NATO has deployed more jets to the Baltic. It said ...", "... In a statement,
            # it said": the body the sentence before was about, not one that spoke
            # paragraphs ago
            return led
        if _bare_name_just_before(reg, pos, last_speaker):
            # "Oxfam said ... It urged ...": a one-name speaker no title or gender makes a
            # person, who spoke in the sentence before, is what "it" goes back to
            return last_speaker
        body = reg.recent(pos, lambda e: e.kind == "institution")
        if (
            body is not None
            and is_outlet(body)
            and (
                last_speaker is None
                or reg.last_before(body, pos) > reg.last_before(last_speaker, pos)
            )
            and not _carried_by(reg, body, last_speaker, pos)
        ):
            # "The Manila Times, a daily close to the ruling party, reported ... It said": the
            # outlet named last reports; it is no one who speaks
            return None
        if last_speaker and (
            last_speaker.kind == "institution"
            or (_document_before(reg, pos) and _named_since_sentence_before(reg, last_speaker, pos))
        ):
            # "..., according to a statement by his office. ..., it said": the statement's
            # (a person named paragraphs before issued no statement the story told of since)
            return last_speaker
        if body is not None and is_outlet(body):
            # "DHAKA (AFP) - Minister X said ... It said ...": the wire service credited in the
            # dateline speaks for no one; "it" is something the story does not name
            return None
        return body
    if word not in ("he", "she", "him", "her"):
        return None
    asked = _the_one_asked(reg, mention, pos)
    if asked is not None:
        return asked
    relative = _named_before_relative(reg, mention, pos) or _named_in_a_sentence_of_things(
        reg, mention, pos
    )
    if relative is not None:
        return relative
    if _PRESS_SAID.match(reg.text, reg.previous_sentence_start(pos)):
        return None  # "The journalist noted that ... He said ...": the journalist, no one
    starts = reg.subject_list
    front = _fronted_participle(reg, pos)
    surname = _surname_subject_before(reg, pos)
    if surname is not None:
        i = bisect.bisect_left(starts, pos) - 1
        if i < 0 or starts[i] < surname[1]:
            # "Zelensky, in his nightly address, struck a conciliatory tone. '...,' he
            # said": the one the sentence before was about, though named by surname only
            return reg.add(surname[0], surname[1])
    pair: tuple[Entity, Entity] | None = None  # the last two people who were one subject
    nearest = True  # the first subject looked at, the one the story was following
    followed: Entity | None = None  # the one of the other gender the story followed so far
    turn = _turn_label(reg.text, pos)
    for i in range(bisect.bisect_left(starts, pos) - 1, -1, -1):
        q = starts[i]
        e = reg.owner.get(q)
        if e is None or not reg.visible(q):
            continue
        if front is not None and front <= q:
            continue  # named in the participle clause that opens the pronoun's sentence
        if turn is not None and turn[0] <= q < turn[1]:
            continue  # "KELEMEN: She says ...": the turn's own speaker, who is "I" in it
        if not compatible(mention.gender, e):
            followed = e if nearest else followed
            if e is followed and not _MAN_TITLE.search(e.role or ""):
                # "Ms X thanked Y for the invitation. He said": not she, but the one other
                # person her sentence names; or, when the sentences since were all hers
                # ("Ms X met her counterpart Y. '...,' X said. He said"), the one other
                # person of the sentence she led before
                other = _one_other_in_sentence(reg, q, pos, mention.gender, e)
                if other is not None:
                    return other
            nearest = False
            continue
        followed = None
        nearest = False
        if q in reg.joint_subjects:
            pair = pair or reg.joint_subjects[q]
            continue
        if not e.spoke and _RELAYS.match(reg.text, q + len(e.name)):
            continue  # "Der Spiegel reports ...": an outlet relaying, no one "he" can be
        if not (is_press(e) and not e.spoke):
            if pair is None and e.gender is None and mention.gender == "f":
                # "X met Ms Y. She said": the subject's gender is unknown, and the one named
                # since as a woman is the one it means ("he" is no such sign: after
                # "spokesperson X said the pact, signed by Crown Prince Y, ...", "he said" is
                # still X, whose name tells no gender)
                other = _named_since_of_gender(reg, q, pos, mention.gender, e)
                if other is not None:
                    return other
                # "Retno Marsudi said ... Her counterpart, X, said ... 'we will,' she said":
                # the subject just before, whom the story has made a woman, over one whose
                # name tells no gender
                woman = _woman_subject_before(reg, i, pos)
                if woman is not None:
                    return woman
            # after "A and B did ...", "she" is the one of them the story was following
            return e if pair is None or any(e is one for one in pair) else None
    if mention.gender == "f" and pair is None:
        # "Noreen Akhtar, a spokesman, said ... she added": a title in "-man" is written for
        # women too, and tells no gender against the pronoun when no one else fits
        for i in range(bisect.bisect_left(starts, pos) - 1, -1, -1):
            q = starts[i]
            e = reg.owner.get(q)
            if e is None or not reg.visible(q) or is_press(e):
                continue
            return e if e.gender == "m" and _MAN_TITLE.search(e.role or "") else None
    return None


# a broadcast transcript's turn label opening its line, its name in capitals: "KELEMEN:",
# "MICHELE KELEMEN, BYLINE:", "JEN PSAKI:" (a name of at most four words, then a few words
# of post); "Olaf Scholz: He said ..." of a round-up of reactions is no turn, and there the
# one named is the "he"
_TURN_LABEL = re.compile(
    r"[ \t]*(?P<name>[A-Z][A-Z'.\u2019-]+(?:[ ][A-Z][A-Z'.\u2019-]+){0,3})"
    r"(?:,[ ][A-Z][\w ]{0,30})?:[ ]"
)
_TURN_LABELS = 2  # lines opening on labels of two names at least: a transcript's turns


@lru_cache(maxsize=4)
def _turn_labels(text: str) -> frozenset[str]:
    """The capitalised names that label lines of ``text`` ("KELEMEN", "JEN PSAKI")."""
    found = (_TURN_LABEL.match(line) for line in text.split("\n"))
    return frozenset(m["name"] for m in found if m is not None)


def _turn_label(text: str, pos: int) -> tuple[int, int] | None:
    """Where the label of the transcript turn holding ``pos`` stands, if its line opens on
    one ("KELEMEN: She says the affair will be part of the agenda") and other lines open on
    another's label, as a transcript's do (a headline "LAVROV: ..., he says" alone is no
    turn): the one whose turn it is speaks of others as "he" or "she", never of themselves."""
    line = text.rfind("\n", 0, pos) + 1
    label = _TURN_LABEL.match(text, line)  # (a bounded label: read past ``pos`` or not)
    if label is None or label.end() > pos + 1 or len(_turn_labels(text)) < _TURN_LABELS:
        return None
    return (line, label.end())


_SHE_REACH = 600  # characters: how far back "she" may pass a subject of no known gender


def _woman_subject_before(reg: Registry, i: int, pos: int) -> Entity | None:
    """The subject before the ``i``-th, if the story has made that one a woman and named
    her within reach of ``pos``. Not a woman of an earlier paragraph when the pronoun's
    paragraph has turned to the ``i``-th and nothing in it points back to her ("Minister
    Y ... Her counterpart, X, said" does): a new paragraph opens on the one it is about."""
    para = reg.text.rfind("\n", 0, pos) + 1
    turned = reg.subject_list[i] >= para and not _HER.search(reg.text, para, pos)
    # (the i-th named twice over in one attribution is still the i-th: "X said" read at the
    # title and at the name)
    subject = reg.owner.get(reg.subject_list[i])
    while i > 0 and subject is not None and reg.owner.get(reg.subject_list[i - 1]) is subject:
        i -= 1
    for j in range(i - 1, max(-1, i - 3), -1):
        q = reg.subject_list[j]
        e = reg.owner.get(q)
        if e is None or not reg.visible(q) or q < pos - _SHE_REACH:
            continue
        if turned and q < para:
            return None
        return e if e.gender == "f" else None
    return None


_HER = re.compile(r"\b[Hh]er\b")


def _named_since_of_gender(
    reg: Registry, since: int, pos: int, gender: str, subject: Entity
) -> Entity | None:
    """The person named last between ``since`` and ``pos`` whom the story gives ``gender``
    (by "Ms", a first name or a title), if not ``subject``: also in words the subject
    reported ("X said Ms Y urged ... She added")."""
    best, best_pos = None, since
    for e in reg.entities:
        if e is subject or e.kind != "person" or e.gender != gender or is_press(e):
            continue
        for p in e.positions:
            if best_pos < p < pos:
                best, best_pos = e, p
    return best


def _one_other_in_sentence(
    reg: Registry, q: int, pos: int, gender: str | None, subject: Entity
) -> Entity | None:
    """The one person besides ``subject`` that the sentence at ``q`` names after it (before
    ``pos``), outside quoted words, if ``gender`` fits them."""
    end = min(pos, reg.sentence_end(q))
    found = {
        id(e): e
        for e in reg.entities
        if e is not subject
        and e.kind == "person"
        and not is_press(e)
        and any(q < p < end and reg.visible(p) for p in e.positions)
    }
    if len(found) != 1:
        return None
    [other] = found.values()
    return other if compatible(gender, other) else None


def _bare_name_just_before(reg: Registry, pos: int, speaker: Entity | None) -> bool:
    """The speaker of the sentence before, in the pronoun's paragraph, was named with no
    title, post or gender: a name that may as well be a body's ("Oxfam", "Hamas")."""
    if speaker is None or speaker.kind != "person":
        return False
    if speaker.role or speaker.institution or speaker.gender or speaker.titles:
        return False
    before = reg.previous_sentence_start(pos)
    said = reg.last_before(speaker, pos)
    return said >= before and "\n\n" not in reg.text[said:pos]


def _surname_subject_before(reg: Registry, pos: int) -> tuple[SpeakerPhrase, int] | None:
    """A person named by one word who opens the sentence before the pronoun's, in its
    paragraph, as its subject ("Zelensky, in his address, struck ...", "Orban struck ..."),
    and where: someone the registry keeps no entry for, since one word may be anything."""
    here = reg.sentence_start(pos)
    before = reg.sentence_start(here - 1) if here > 0 else here
    if before >= here or "\n\n" in reg.text[before:here]:
        return None
    m = _SURNAME_OPENS.match(reg.text, before, here)
    if m is None:
        return None
    mention = parse_speaker(m["name"])
    if mention is None or mention.kind != "person" or reg.find(mention, m.start("name")):
        return None
    return mention, m.start("name")


# "Zelensky, in his nightly address, struck ...", "Orban struck ...": one capitalised word,
# then an aside or a verb in the past (not "Alas, within hours, he was ...": a subject pronoun
# after the aside is the clause's subject, and the word before it an interjection or adverb)
_SURNAME_OPENS = re.compile(
    r"\s*(?P<name>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)"
    r"(?=,\s+[a-z][^,.;:\"\u201c]{2,80},\s+(?!(?:he|she|it|they|we|i|you|there)\b)[a-z]+\b|\s+(?:[a-z]+ed|struck|took|made|gave|"
    r"met|spoke|sought|set|held|kept|went|came|began|won)\b)"
)


# the press by its trade (not "the host", who may be a summit's host leader)
_NEWSROOM_HEADS = PRESS_TITLES - {"host", "moderator", "editor"}
# the nouns Chinese and South Asian papers give the scholar they quote, on second mention
_COMMENTATOR_HEADS = frozenset(("expert", "analyst", "scholar", "observer", "researcher"))
_BARE_COMMENTATOR = re.compile(r"[Tt]he\s+(?:expert|analyst|scholar|observer|researcher)")
# what a scholar quoted is described as, before the name or set off after it: the trade
# itself, or a seat at a university or a think tank ("director of the Department for European
# Studies at the China Institute of International Studies"); a post of state or a party's
# ("Hamas official", "Kremlin aide", "Former US diplomat") is no commentator's
_COMMENTATOR_WORDS = re.compile(
    r"\b(?:experts?|analysts?|scholars?|observers?|researchers?|professor|fellow|academic|"
    r"lecturer|commentator|universit(?:y|ies)|institute|academy|studies|think[- ]tank)\b",
    re.I,
)
# where the words describing one named end: the verb, or the sentence's end
_DESCRIPTION_ENDS = re.compile(r"\b(?:said|says|told|tells|noted|added|wrote)\b|[;\n]|\.\s")
_DESCRIPTION_REACH = 200


def _described_as_commentator(text: str, at: int) -> bool:
    """Whether the name at ``at`` comes with a scholar's or an analyst's description, in the
    words of its sentence before it or set off after it."""
    before = text[max(0, at - 60) : at]
    before = before[max(before.rfind(". "), before.rfind("\n")) + 1 :]
    end = _DESCRIPTION_ENDS.search(text, at, at + _DESCRIPTION_REACH)
    after = text[at : end.start() if end else at + _DESCRIPTION_REACH]
    return bool(_COMMENTATOR_WORDS.search(before) or _COMMENTATOR_WORDS.search(after))


def _commentator_just_quoted(reg: Registry, pos: int) -> Entity | None:
    """The person described as a scholar or an analyst named last before ``pos`` in the
    paragraph holding it (not an official quoted since); else None."""
    paragraph = reg.text.rfind("\n", 0, pos)
    best, best_at = None, paragraph
    for e in reg.entities:
        if e.kind != "person" or (q := reg.last_before(e, pos)) <= best_at:
            continue
        if any(_described_as_commentator(reg.text, p) for p in e.positions[:3] if p < pos):
            best, best_at = e, q
    return best


# a sentence whose subject is a journalist telling something: "he" in the next is that one
_PRESS_SAID = re.compile(
    r"\W*(?:The|A)\s+(?:[\w-]+\s+)?(?:journalist|reporter|correspondent|interviewer|host|"
    r"moderator|columnist|commentator)\s+(?:noted|said|wrote|reported|remarked|observed|"
    r"pointed out|added|recalled)\b"
)
# the verb by which an outlet relays what others say ("Der Spiegel reports", "Die Zeit
# reported:"): its subject is no one who speaks
_RELAYS = re.compile(r"\s+(?:reports|reported)\b")


# "Speaking on RTÉ's Morning Ireland programme, he said", "Talking to Anna Kovacs, she said":
# a participle clause before the subject names whom or where the subject spoke to, never him
_PARTICIPLE_IN_FRONT = re.compile(
    r"\W*(?:Speaking|Talking|Writing|Appearing|Addressing)\s[^,;.!?\"\u201c\u201d]{1,160},\s*$"
)


def _fronted_participle(reg: Registry, pos: int) -> int | None:
    """Where a participle clause opening the sentence of the pronoun at ``pos`` starts, if
    one does: its subject is the pronoun's referent, so no one named in it is."""
    start = reg.sentence_start(pos)
    return start if _PARTICIPLE_IN_FRONT.match(reg.text, start, pos) else None


# "... phone calls by President X to both leaders, in which he warned": a relative clause
# whose "he" is the one person its sentence named before it, no subject of a sentence above
_RELATIVE_BEFORE = re.compile(
    r",\s+(?:(?:in|during|on|at|after|through)\s+which|where|whereupon)\s*$"
)
_RELATIVE_REACH = 40  # characters before the pronoun in which the relative word stands


def _named_before_relative(reg: Registry, mention: SpeakerPhrase, pos: int) -> Entity | None:
    """The one person named (outside quoted words) in the pronoun's sentence before it, when
    the pronoun opens a relative clause ("in which he warned") and no subject of that
    sentence is a person; when a post is its subject ("The Secretary-General gave the X
    lecture, during which he ..."), only one named as the doer of an act ("welcomed a speech
    by President X, in which he ..."), not a namesake or an object, whom "he" cannot mean."""
    if _RELATIVE_BEFORE.search(reg.text, max(0, pos - _RELATIVE_REACH), pos) is None:
        return None
    start = reg.sentence_start(pos)
    named = _lone_person_of_no_subject(reg, mention, start, pos)
    if named is None or post_opens(reg.text, start, pos) is None:
        return named
    return named if named_by_agent(reg.text, start, reg.last_before(named, pos)) else None


def _lone_person_of_no_subject(
    reg: Registry, mention: SpeakerPhrase, start: int, end: int
) -> Entity | None:
    """The one person named (outside quoted words) between ``start`` and ``end``, when no
    person is a subject there and the pronoun's gender fits."""
    subjects = reg.subject_list[
        bisect.bisect_left(reg.subject_list, start) : bisect.bisect_left(reg.subject_list, end)
    ]
    if any((e := reg.owner.get(q)) is not None and e.kind == "person" for q in subjects):
        return None
    found = {
        id(e): e
        for e in reg.entities
        if e.kind == "person" and any(start <= p < end and reg.visible(p) for p in e.positions)
    }
    if len(found) != 1:
        return None
    [named] = found.values()
    return named if compatible(mention.gender, named) else None


_OPENS_SENTENCE = re.compile(r"[\s\"\u201c\u2018']*")
# "a speech by Foreign Minister X", "chaired by the head of the delegation, X": the one
# named as the doer of the act the sentence tells of
_BY_AGENT = re.compile(r"\bby\s+(?:[\w.'\u2019-]+,?\s+){0,8}$")
_AGENT_REACH = 120  # characters before the name in which "by" stands
_BY = re.compile(r"\bby\s")
# "The foreign minister expressed these views ...", "The Secretary-General also gave ...":
# a sentence whose subject is a post (its head one post, in the singular), then its verb,
# one of a closed list, perhaps after an adverb or a day (a bounded opening: at most three
# words before the post's head, two adverbs before the verb); not "The security forces
# stood down", "The foreign ministers met", whose heads are no post or no one holder
_POST_OPENS = re.compile(
    r"\W*(?:The|the)\s+(?:[\w-]+\s+){0,3}?(?P<post>[\w-]+)\s+"
    r"(?:(?:also|then|later|today|yesterday|on\s+[A-Z][a-z]+),?\s+){0,2}"
    r"(?P<verb>said|stated|expressed|made|was|spoke|remarked|observed|gave|delivered|held|"
    r"met|opened|welcomed|noted|thanked|visited|attended|addressed|told|wrote|sent|hosted|"
    r"received|chaired|praised|called|urged|is|has|had)\b"
)
# the verbs of _POST_OPENS that tell words said (the post holder talking on)
_POST_SAID = frozenset(
    ["said", "stated", "expressed", "made", "was", "spoke", "remarked", "observed"]
)


def post_opens(text: str, start: int, end: int) -> str | None:
    """The verb (lower case) of the sentence from ``start`` when it opens on a post as its
    subject ("The Secretary-General also gave ...": "gave"), before ``end``; else None."""
    m = _POST_OPENS.match(text, start, end)
    if m is None:
        return None
    post = m["post"].lower()
    if post not in ROLE_WORDS or (post.endswith("s") and post[:-1] in ROLE_WORDS):
        return None
    return m["verb"]


def named_by_agent(text: str, start: int, at: int) -> bool:
    """Whether the name at ``at`` is brought in by "by", as the doer of the act its sentence
    (from ``start``) tells of ("a speech by Minister X", "phone calls by President X")."""
    return _BY_AGENT.search(text, max(start, at - _AGENT_REACH), at) is not None


def _named_in_a_sentence_of_things(
    reg: Registry, mention: SpeakerPhrase, pos: int
) -> Entity | None:
    """ "The meeting opened with a speech by Minister X. He urged ...": "he" opening the
    sentence after one whose subject is a thing or an event, which reports no one's words
    and names one person, as the act's doer ("by X"), is that person (the one the sentence
    was about), not the subject of some sentence further back."""
    opening = reg.sentence_start(pos)
    if _OPENS_SENTENCE.fullmatch(reg.text, opening, pos) is None:
        return None
    before = reg.previous_sentence_start(pos)
    if before >= opening or reg.hides_between(before, opening):
        return None  # (words reported there: its speaker, whom "he" may go on with)
    if _BY.search(reg.text, before, opening) is None:
        return None  # no act's doer named in it
    if post_opens(reg.text, before, opening) in _POST_SAID:
        # "The prime minister said this while meeting a delegation led by Ambassador X. He
        # said ...": a sentence led by a post (the APP's pointer back to the lead), whose
        # holder "he" goes on with, not the one who led the delegation
        return None
    named = _lone_person_of_no_subject(reg, mention, before, opening)
    if named is None:
        return None
    # (named as the act's doer, not as its object: "He then met Minister X" has a subject,
    # "he", the registry does not list)
    at = reg.last_before(named, opening)
    return named if named_by_agent(reg.text, before, at) else None


# "When Reuters asked Foreign Minister X about the visit, she said": a clause put before the
# sentence's own subject, in which someone is asked
_ASKED_IN_FRONT = re.compile(
    r"\W*(?:[^;.]{0,80}?\s)?(?:[Ww]hen|[Aa]fter|[Aa]s)\s+[^,;]{0,120}?\basked\s+"
)
_ASKED_REACH = 80  # characters after "asked" in which the one asked is named


def _the_one_asked(reg: Registry, mention: SpeakerPhrase, pos: int) -> Entity | None:
    """ "When 1News asked Secretary General Henry Puna about ..., he replied": "he" after a
    fronted clause in which someone is asked is the one asked, whoever asked."""
    front = _ASKED_IN_FRONT.match(reg.text, reg.sentence_start(pos), pos)
    if front is None or "," not in reg.text[front.end() : pos]:
        return None
    for p in range(front.end(), min(pos, front.end() + _ASKED_REACH)):
        e = reg.owner.get(p)
        if e is not None and e.kind == "person":
            return e if compatible(mention.gender, e) else None
    return None


# "the senator", "the former minister": a bare title, no one else's ("the prime minister's
# spokesman") and no body's ("the ministry's official")
_PLAIN_TITLE = re.compile(r"(?:the|The)\s+(?:[a-z-]+\s+)?[a-z-]+")
# titles held for someone else, or by anyone: never the one named speaking himself
_SPEAKS_FOR_ANOTHER = re.compile(
    r"spokes|aide|advis|deputy|assistant|secretary|official|source|representative|envoy|"
    r"staff|officer|member"
)
_MAN_TITLE = re.compile(r"\b(?:spokesman|chairman|congressman)\b", re.I)


_JOINT = re.compile(r"\bjoint\b", re.I)
# "A statement (issued) after the meeting", "a communique released at the end of the talks"
_AFTER_A_MEETING = re.compile(
    r"\s+(?:(?:issued|released|published|adopted|put\s+out|read\s+out)\s+)?"
    r"(?:after|following|at\s+the\s+(?:end|close)\s+of)\s+(?:the|their|its|a|this|that)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:meetings?|talks|summit|session|consultations|conference|gathering)\b",
    re.I,
)
_DOCUMENT_WORD = re.compile(r"\b(?:" + "|".join(sorted(DOCUMENTS)) + r")\b", re.I)


# the names a UN agency goes by: "World Food Programme", "UN Children's Fund", "World Health
# Organization"
_AGENCY_NAME = re.compile(r"\b(?:Programme|Program|Fund|Organi[sz]ation)$")


def _agency_or_its_head(e: Entity) -> bool:
    """A UN programme, fund or organization, or someone named with one as their body."""
    if e.kind == "institution":
        # (initials only of one that spoke: "Reuters reported that the IAEA had sent ... The
        # agency said" may be the news agency)
        return (
            bool(_AGENCY_NAME.search(e.name)) or (e.spoke and e.name in UN_AGENCY_INITIALS)
        ) and not is_outlet(e)
    institution = e.institution or ""
    return e.kind == "person" and (
        bool(_AGENCY_NAME.search(institution)) or institution in UN_AGENCY_INITIALS
    )


def is_outlet(e: Entity) -> bool:
    """A news outlet the story names: it reports what others say, it issues nothing."""
    return is_media(SpeakerPhrase("institution", e.name, e.name))


def is_press(e: Entity) -> bool:
    """A reporter or host asks and relays; "he said" after one who has only asked is the one
    asked."""
    role = e.role or ""
    if role.endswith(("'s", "\u2019s")):  # "CNN's Christiane Amanpour"
        return is_media(SpeakerPhrase("institution", role[:-2], role[:-2]))
    return press_role(role)


def _named_since_sentence_before(reg: Registry, e: Entity, pos: int) -> bool:
    """Whether ``e`` was named in the sentence before the one at ``pos``, or in this one."""
    since = reg.previous_sentence_start(pos)
    return any(since <= at < pos for at in e.positions)


def _document_before(reg: Registry, pos: int) -> bool:
    """Whether the sentence before the one at ``pos`` (or this one, up to ``pos``) names a
    document that "it" can stand for."""
    return bool(_DOCUMENT_WORD.search(reg.text, reg.previous_sentence_start(pos), pos))


_HEAD_SERVED = re.compile(
    r"\b(?:prime\s+minister|president|premier|chancellor|king|emir|amir)['\u2019]s\s+"
    r"(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|press\s+secretary)\b",
    re.I,
)


def description_referent(
    reg: Registry, mention: SpeakerPhrase, pos: int, last_speaker: Entity | None
) -> Entity | None:
    """ "The minister", "the Saudi FM", "the diplomat": the person named before with a
    matching title; else, when the article names just one person who could be meant, that
    one; else, in a lead, the speaker named in the lines that follow, or the one person they
    name with that title. "The official" after "an official from the ministry" is that
    unnamed one, unless a person led a sentence since."""
    if mention.head == "transcript":
        found = _whose_remarks(reg, pos, last_speaker, mention)
        if found is None and mention.institution:
            # "the Kremlin transcript said" with no one named just before: the body's
            return reg.add(SpeakerPhrase("institution", mention.text, mention.institution), pos)
        return found
    headed = _heads_the_page(mention)
    found = _named_in_heading(reg, heading_name(reg.text, pos), pos) if headed else None
    if found is not None and mention.country and found.country not in (None, mention.country):
        found = None  # "Duda calls Paris" over "the French president said": not the Pole
    if found is None:
        found = _described(reg, mention, pos, last_speaker)
    if found is None and headed:
        # a story's lead under "Lavrov rules out ...", naming no one the post may be
        found = _named_in_heading(reg, headline_name(reg.text, pos), pos)
    if found is None:
        body = _FULL_BODY_NAME.fullmatch(mention.text.strip())
        if body is not None:
            # "the Ministry of Foreign Affairs said" with no state the text ties it to: the
            # body by its full name, which speaks (it is no one's title); "the ministry of
            # external affairs" in the lower case of Indian wire copy is that name too
            name = body["name"]
            name = body_name_cased(name) if name.islower() else mention.text.strip()
            return reg.add(SpeakerPhrase("institution", mention.text, name), pos)
    if found is None or found.kind != "person":
        return found
    if mention.head in _BODY_NOUNS:
        return None  # "the company wrote": a body, never the person who spoke before it
    intro = introduced_unnamed(reg, mention, pos)
    # someone named since only as an object ("remarks by Kim") is not "the official"
    if intro >= 0 and reg.last_led_before(found, pos) < intro:
        return None
    key = _bare_post(mention)
    if key and (key not in reg.bare_posts or reg.bare_posts[key][0] > pos):
        reg.bare_posts[key] = (pos, found)
    return found


def _whose_remarks(
    reg: Registry, pos: int, last_speaker: Entity | None, mention: SpeakerPhrase
) -> Entity | None:
    """ "Kerry said that ... '...,' the State Department transcript said.": the person who
    spoke last, named in this sentence or the one before, whose remarks the transcript
    records; no one when no such person spoke just before, or when the transcript is another
    state's ("Wang warned ... The State Department transcript said ...")."""
    if last_speaker is None or last_speaker.kind != "person":
        return None
    if reg.last_before(last_speaker, pos) < reg.previous_sentence_start(pos):
        return None
    posted = _state_named(mention.text)
    held = last_speaker.country or _state_named(
        f"{last_speaker.role or ''} {last_speaker.institution or ''}"
    )
    if posted is not None and held is not None and posted != held:
        return None
    return last_speaker


# "the Kremlin", "the State Department", "a Chinese transcript": the state a body or a
# document named by its seat or by a nationality belongs to
_SEAT_NAMED = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in sorted(SEATS, key=len, reverse=True)) + r")\b",
    re.I,
)


def _state_named(text: str) -> str | None:
    """The state whose seat of government or nationality ``text`` names, if one."""
    seat = _SEAT_NAMED.search(text)
    if seat is not None:
        return SEATS[seat.group().lower()]
    for word in re.findall(r"\b[A-Z][\w-]+", text):
        if word.lower() in NATIONALITIES:
            return NATIONALITIES[word.lower()]
    return None


# nouns for a body that no person is ("the company", "the organisation")
_BODY_NOUNS = frozenset(("company", "firm", "corporation", "organization", "organisation"))
# "the prime minister", "the president": a post with no state, body or other word of its own
# ("the spokesperson" of a weekly briefing, after another side's spokesman is quoted)
_BARE_POST = re.compile(
    r"[Tt]he\s+(?P<post>prime\s+minister|president|chancellor|premier|"
    r"spokesperson|spokesman|spokeswoman)"
)


def _bare_post(mention: SpeakerPhrase) -> str | None:
    """The post ``mention`` names bare, in lower case; None for any other description."""
    bare = _BARE_POST.fullmatch(mention.text.strip())
    return " ".join(bare["post"].lower().split()) if bare else None


def _bare_post_given_before(
    reg: Registry, mention: SpeakerPhrase, pos: int, by_title: list[Entity]
) -> Entity | None:
    """ "Speaking after the summit, the prime minister said ..." read as Starmer, then "the
    Italian prime minister, Giorgia Meloni," named: a later bare "the prime minister" is still
    Starmer (the other holder came with her state's word, the story's own came with none)."""
    key = _bare_post(mention)
    given = reg.bare_posts.get(key) if key else None
    if given is None or given[0] >= pos:
        return None
    others = [e for e in by_title if e is not given[1]]
    if others and key in _SPOKESPEOPLE and not any(key in (e.role or "").lower() for e in others):
        # "the spokesperson" again after the other side's "chief spokesman X" was quoted: the
        # one the story has called by that very word, not one it titles with another
        return given[1]
    if given[1].country:
        return None
    return given[1] if others and all(e.country for e in others) else None


# the posts a heading names their holder by ("Sybiha: ..." over "Ukraine's foreign minister
# said"), not a spokesman's, an aide's or a deputy's, whom a heading names by their chief
_HEADED_POSTS = frozenset(
    (
        "minister", "president", "premier", "pm", "fm", "chancellor", "secretary",
        "secretary-general", "general", "leader", "chief", "head", "emir", "amir", "governor",
        "chairman", "chairperson", "chairwoman", "ambassador",
    )
)  # fmt: skip
_PRESS_SECRETARY = re.compile(r"\bpress\s+secretary\b", re.I)


def _heads_the_page(mention: SpeakerPhrase) -> bool:
    """Whether a description is of a post its holder is headlined by."""
    head = mention.head or ""
    if head == "diplomat":
        return _TOP_DIPLOMAT.search(mention.text) is not None
    return (
        head in _HEADED_POSTS
        and not _RANKS.search(mention.text.lower())
        and not _PRESS_SECRETARY.search(mention.text)
    )


def _named_in_heading(reg: Registry, name: str | None, pos: int) -> Entity | None:
    """ "Ukraine's foreign minister said ..." opening a live entry headed "Sybiha: ...", or
    a story's lead under "Lavrov rules out ...": the person the heading names (see
    tracker.extract.live)."""
    named = parse_speaker(name) if name else None
    if named is None or named.kind != "person":
        return None
    return reg.find(named, pos) or reg.add(named, pos)


_BODY_REACH = 1500  # characters: how far back "the ministry" may have been named
# "the Ministry of Foreign Affairs", "The Ministry of Defence": a ministry's full name
_FULL_BODY_NAME = re.compile(
    r"(?:[Tt]he\s+)?(?P<name>Ministry\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3}"
    r"|ministry\s+of\s+[a-z]+\s+affairs)"
)
_LINK_WORDS = frozenset(("of", "and", "the"))


def body_name_cased(name: str) -> str:
    """ "ministry of external affairs" as the body's name: "Ministry of External Affairs"."""
    return " ".join(w if w in _LINK_WORDS else w[:1].upper() + w[1:] for w in name.split())


def _body_named_in_lower_case(
    reg: Registry, head: str, field: str | None, pos: int
) -> Entity | None:
    """ "Japan's foreign ministry summoned ... the ministry said": the body last named before
    with its state and in lower case, which the registry's runs of capitals do not hold (of
    the same ``field``, when the description names one: "the unification ministry" is not
    the foreign ministry)."""
    named = re.compile(
        rf"\b(?:[A-Z][\w.-]+['\u2019]s|[Tt]he\s+[A-Z][\w.-]+)\s+(?:[a-z]+\s+){{0,2}}{re.escape(head)}\b"
    )
    found = None
    for m in named.finditer(reg.text, max(0, pos - _BODY_REACH), pos):
        found = m
    if found is None:
        return None
    body = parse_speaker(found.group())
    if body is None or body.kind != "institution" or not body.country:
        return None
    if field and not same_field(field, body.name or ""):
        return None
    return reg.add(body, found.start())


def _body_named_by_kind(reg: Registry, head: str, pos: int) -> re.Match[str] | None:
    """The last "the external affairs ministry", "the defence ministry" before ``pos`` (a
    body of ``head``'s kind, named by its field in lower case and with no state), read as
    :data:`_QUALIFIED_BODY` reads a description."""
    named = re.compile(rf"\bthe\s+(?:[a-z]+\s+){{1,2}}{re.escape(head)}\b")
    found = None
    for m in named.finditer(reg.text, max(0, pos - _BODY_REACH), pos):
        found = _QUALIFIED_BODY.fullmatch(m.group()) or found
    return found


def introduced_unnamed(reg: Registry, mention: SpeakerPhrase, pos: int) -> int:
    """Where "an official" (of the description's head) last stood before ``pos``, or -1:
    "the official" after it is that unnamed one."""
    head = (mention.head or "").lower()
    if mention.kind != "description" or head not in _UNNAMED_HEADS:
        return -1
    found = -1
    for m in _INDEFINITE.finditer(reg.text, max(0, pos - _INTRO_REACH), pos):
        if m.group("head").lower() == head:
            found = m.start()
    return found


# "an official from the unification ministry", "a senior diplomat": someone left unnamed
# (a word may be initials with stops: "a senior U.S. State Department official")
_INDEFINITE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?:(?:[A-Z]\.){2,}|[\w'\u2019-]+)\s+){0,4}?"
    rf"(?P<head>{'|'.join(ONE_UNNAMED_HEADS)})\b"
)
_UNNAMED_HEADS = frozenset(ONE_UNNAMED_HEADS)
_INTRO_REACH = 1500  # characters: how far back "an official" may have been introduced


def body_spoken_for(reg: Registry, mention: SpeakerPhrase, pos: int) -> Entity | None:
    """ "A Downing Street spokesperson said", "a spokesman for the State Department said", and
    "The spokesperson said" after one: a spokesperson the story does not name gives the body's
    words, not a source's; the body speaks, as in "Downing Street said" (None for "a senior
    official", "a government spokesman")."""
    named_body = _named_body_spokesperson(mention) if mention.kind == "description" else None
    if named_body is None and mention.kind == "description":
        named_body = _body_spokesperson_before(reg, mention, pos)
    if named_body is not None:
        mention = named_body
    elif (
        mention.kind in ("unnamed", "description")
        and _DEFINITE_ONE.match(mention.text)
        # ("the prime minister's official spokesperson": whose, said; not the one before)
        and _OWNER_SAID.search(mention.text) is None
    ):
        intro = introduced_unnamed(reg, replace(mention, kind="description"), pos)
        found = _INDEFINITE.match(reg.text, intro) if intro >= 0 else None
        mention = parse_speaker(found.group()) if found else None  # (the one introduced)
    if mention is None or mention.kind != "unnamed" or mention.head not in _SPOKESPEOPLE:
        return None
    body = SpeakerPhrase("institution", mention.text, mention.institution or "")
    if not mention.institution or is_media(body):
        return None  # "a BBC spokesperson": an outlet's, whose account is no statement
    spelt = reg.body_spelt_by(mention.institution, pos) if named_body is not None else None
    if spelt is not None:
        body = replace(body, name=spelt)  # "the MEA spokesperson": the ministry named before
    return reg.add(body, pos)


_DEFINITE_ONE = re.compile(r"[Tt]he\s")
_OWNER_SAID = re.compile(r"\w['\u2019]s?\s")
_SPOKESPEOPLE = frozenset(("spokesman", "spokeswoman", "spokesperson"))
# "the Indian Ministry of External Affairs spokesperson", "the MEA spokesman": the
# spokesperson of a body given by its own capitalised name (each word capitalised, bar
# "of", "for", "and" inside; no possessive: "Mali's government spokesman" is a post)
_BODY_NAME = r"[A-Z][\w.-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w.-]*){0,8}"
_NAMED_BODY_SPOKESPERSON = re.compile(
    rf"[Tt]he\s+(?P<body>{_BODY_NAME})\s+(?P<head>spokes(?:person|man|woman))"
)


# a capitalised word that is no part of a body's name but the day after it ("... Foreign
# Office on Tuesday rejected", "... Embassy in Japan On Tuesday urged")
_NO_DAY_WORD = (
    r"(?!(?:On|At|In|Last|This|Next|Earlier|Today|Tonight|Yesterday|Tomorrow|"
    rf"{WEEKDAY_NAMES}|{MONTH_NAMES})\b)"
)


# "the spokesperson of the Commissioner's Office of the Chinese Foreign Ministry in the Hong
# Kong Special Administrative Region (HKSAR) said": the body after "of" or "for", by its
# capitalised name (up to the first word in lower case other than a link)
_SPOKESPERSON_OF_BODY = re.compile(
    r"\b[Tt]he\s+spokes(?:person|man|woman)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w.\u2019'-]*(?:\s+(?:(?:of|for|and|the|in|on)\s+){0,2}"
    rf"{_NO_DAY_WORD}[A-Z][\w.\u2019'-]*){{0,12}})"
    rf"|\b[Tt]he\s+(?P<named>{_BODY_NAME})\s+spokes(?:person|man|woman)\b"
)


def _body_spokesperson_before(
    reg: Registry, mention: SpeakerPhrase, pos: int
) -> SpeakerPhrase | None:
    """ "The spokesperson pointed out ..." after "the spokesperson of the Commissioner's Office
    ... said": the same unnamed spokesperson of the body named there (the last such phrase
    before ``pos``, within reach; none when a spokesperson the story names came since)."""
    if _BARE_POST.fullmatch(mention.text.strip()) is None or mention.head not in _SPOKESPEOPLE:
        return None
    window = max(0, pos - _INTRO_REACH)
    phrases = list(_SPOKESPERSON_OF_BODY.finditer(reg.text, window, pos))
    if not phrases:
        return None
    last = phrases[-1]
    named_since = any(
        e.kind == "person"
        and "spokes" in (e.role or "").lower()
        and any(last.start() <= at < pos for at in e.positions)
        for e in reg.named_lately(pos)
    )
    if named_since:
        return None
    if last["named"]:
        found = parse_speaker(f"a {last['named']} spokesperson")
    else:
        found = parse_speaker("a spokesperson")
        found = replace(found, institution=last["body"]) if found is not None else None
    return found if found is not None and found.institution else None


def _named_body_spokesperson(mention: SpeakerPhrase) -> SpeakerPhrase | None:
    """ "The MEA spokesperson said", of one the story never names: the same unnamed
    spokesperson "an MEA spokesperson" is, whose words are the body's (None for any other
    description)."""
    found = _NAMED_BODY_SPOKESPERSON.fullmatch(mention.text.strip())
    if found is None:
        return None
    return parse_speaker(f"a {found['body']} {found['head']}")


def _no_state(e: Entity) -> bool:
    """Whether ``e`` is a body other than a state ("Wisma Putra", not "Philippines")."""
    from tracker.countries import country_keys
    from tracker.names import name_key

    return name_key(e.name) not in country_keys() and e.name.lower() not in NAMED_IN_TEXT


_HIS_OWN = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir)\s")
# "Lavrov's Chinese counterpart": whose counterpart, by name
_WHOSE = re.compile(_NAMES_OWNER)


def _counterpart(
    reg: Registry, mention: SpeakerPhrase, pos: int, last_speaker: Entity | None
) -> Entity | None:
    """ "His Chinese counterpart said": the one person named before, other than the one whose
    counterpart is meant, who is of that state (or, with no state said, of another state)."""
    whose = _WHOSE.match(mention.text)
    named = parse_speaker(whose["name"]) if whose else None
    owner = reg.find(named, pos) if named is not None else last_speaker
    if owner is None or owner.kind != "person":
        return None
    people = [
        e
        for e in reg.named_lately(pos)
        if e.kind == "person" and e is not owner and e.positions and e.positions[0] < pos
    ]
    if mention.country:
        people = [e for e in people if e.country == mention.country]
    else:
        people = [e for e in people if e.country and e.country != owner.country]
    return people[0] if len(people) == 1 else None


# "the 70-year-old": an age a description gives, as digits
_AGE_GIVEN = re.compile(r"\b(\d{1,3})-year-old\b")
_AGE_REACH = 80  # characters from where a name starts to the age set off after it


def _of_the_age_given(reg: Registry, mention: SpeakerPhrase, pos: int) -> Entity | None:
    """ "X, 70, arrived ... Y welcomed him. The 70-year-old said": the one person the story
    gave that age ("X, 70," or "the 70-year-old X"). An age is a fact about one person,
    not a post others hold, so a nearer name of no such age cannot take it."""
    age = _AGE_GIVEN.search(mention.text)
    if age is None:
        return None
    n = age.group(1)
    marks = re.compile(rf",\s+(?:aged\s+)?{n}(?=\s*[,;.)])|\b{n}-year-old\s+")
    people = [e for e in reg.entities if e.kind == "person"]
    aged: set[int] = set()
    for m in marks.finditer(reg.text, 0, pos):
        if m.group().startswith(","):
            # "X, 70,": the person named last before the age, in reach
            before = [
                (q, i)
                for i, e in enumerate(people)
                for q in e.positions
                if m.start() - _AGE_REACH <= q < m.start()
            ]
            if before:
                aged.add(max(before)[1])
        else:
            # "the 70-year-old X": the person named right after
            after = [
                (q, i)
                for i, e in enumerate(people)
                for q in e.positions
                if m.end() <= q <= m.end() + 40 and "," not in reg.text[m.end() : q]
            ]
            if after:
                aged.add(min(after)[1])
    return people[aged.pop()] if len(aged) == 1 else None


def _described(
    reg: Registry, mention: SpeakerPhrase, pos: int, last_speaker: Entity | None
) -> Entity | None:
    head = mention.head or ""
    aged = _of_the_age_given(reg, mention, pos)
    if aged is not None:
        return aged
    if head in _NEWSROOM_HEADS:
        return None  # "the correspondent noted": a journalist, never the official quoted
    if head in _COMMENTATOR_HEADS and _BARE_COMMENTATOR.fullmatch(mention.text.strip()):
        # "X, a professor at Y University, said ... The expert noted that ...": the one who
        # scholar named last in the paragraph, not an official quoted since
        expert = _commentator_just_quoted(reg, pos)
        if expert is not None:
            return expert
    if head == "counterpart" or (head in ("host", "guest") and _HIS_OWN.match(mention.text)):
        # ("his host", "her guest": the other side of a visit, not a broadcast's host)
        return _counterpart(reg, mention, pos, last_speaker)
    if head in ("former", "latter") and re.fullmatch(
        r"the\s+(?:former|latter)", mention.text, re.I
    ):
        return _former_or_latter(reg, head, pos)
    if head in DOCUMENTS:
        if _JOINT.search(mention.text):
            return None  # "the joint statement said": several signed it, no one speaker
        kind = _KIND_ISSUER.search(mention.text)
        if kind is not None:
            # '"...," said a league statement released after the session': the body of
            # that kind named before, whatever gathering the document came out of
            return reg.recent_institution(kind.group(1), pos)
        if _AFTER_A_MEETING.match(reg.text, pos + len(mention.text)):
            # "A statement issued after the meeting said": the meeting's, of all who sat in
            # it, not of the one who spoke last
            return None
        author = _author_named(reg, head, pos) or _issuer_of_document(reg, head, pos)
        if author is not None:
            return author
        other = _issued_by_another(reg, head, pos)
        if other is not None:
            # "Later, the EU issued a statement of its own. '...,' the statement said": the
            # later document's issuer, not whoever spoke before it
            return other
        issuer = _ISSUER.search(mention.text)
        named_body = reg.recent_institution(issuer.group(1).lower(), pos) if issuer else None
        if named_body is not None and _kind_of_ministry(issuer):
            state = reg.state_of_capital_opening(pos)
            if (state or named_body.country) != named_body.country or _another_state_since(
                reg, named_body, pos
            ):
                # "Ukraine's Foreign Ministry summoned Hungary's envoy. Budapest hit back. A
                # foreign ministry statement said": wire copy's lower-case "a foreign
                # ministry" is of the state the story turned to, not the one named before
                if state is None:
                    return None
                named_body = None
        if named_body is not None:
            return named_body  # "a ministry statement said": the ministry named before
        if issuer:
            # "the government statement said": the government's, of the state in question
            body = SpeakerPhrase("institution", issuer.group(1), issuer.group(1).title())
            return reg.add(reg.with_country(body, pos), pos)
        # (a news outlet reports a statement, it does not issue it; a body named before is
        # its issuer before a state named in passing since, "X represented Argentina")
        return (
            last_speaker
            or reg.recent(
                pos, lambda e: e.kind == "institution" and not is_outlet(e) and _no_state(e)
            )
            or reg.recent(pos, lambda e: e.kind == "institution" and not is_outlet(e))
        )
    if head == "report" and re.fullmatch(r"the\s+report", mention.text.strip(), re.I):
        # "Wisma Putra said on Facebook that ... '...,' the report said": the body's own post
        # or release, while that body spoke last and no news outlet was named since
        body = last_speaker or reg.recent(pos, lambda e: e.kind == "institution" and _no_state(e))
        if (
            body is not None
            and body.kind == "institution"
            and not is_media(SpeakerPhrase("institution", body.name, body.name))
        ):
            since = reg.last_before(body, pos)
            media = [
                e
                for e in reg.entities
                if e.kind == "institution"
                and is_media(SpeakerPhrase("institution", e.name, e.name))
                and any(since < q < pos for q in e.positions)
            ]
            if since >= 0 and not media:
                return body
        return None
    if head in _KIN:
        return _kin_named(reg, head, pos)
    if head in _GROUP_HEADS | {"agency"} and re.fullmatch(r"the\s+\w+", mention.text, re.I):
        # "The IAEA said ... The agency added", "U.S. forces intercepted drones launched by
        # the Houthis. The group said": the body that spoke last, else (for "the group", not
        # "the agency") the body named last, when it is no news agency, no state and no
        # ministry, office or government (which "the group", "the agency" do not name)
        spoke = last_speaker is not None and last_speaker.kind == "institution"
        body = last_speaker if spoke and _a_group_or_agency(last_speaker) else None
        if body is None and head != "agency":
            # (not "the agency": a news agency that reported is no entity here)
            body = _institution_named_last(reg, pos)
        if body is not None and body.kind == "institution" and _a_group_or_agency(body):
            return body
    if head in _ARMED_HEADS and re.fullmatch(r"the\s+\w+", mention.text, re.I):
        # "The IDF says ... According to the military, ...": the armed force named last
        force = _armed_force_named_last(reg, pos)
        if force is not None:
            return force
    if head in _GROUP_HEADS and last_speaker is not None and last_speaker.kind == "institution":
        return last_speaker  # "Hamas said ... The group said": the body that spoke last
    if head in _BODY_HEADS:
        # "the bloc said", "the pan-African body called on ...": the body named last, not a
        # state and not a news outlet
        return _body_named_last(reg, pos)
    if head in ("office", "ministry") and _HIS_BODY.fullmatch(mention.text):
        # "X spoke by phone with Y on Tuesday, his office said": the ministry or office of
        # the person just told of (Yonhap, Korea Herald copy)
        person = reg.recent(
            pos,
            lambda e: (
                e.kind == "person"
                and compatible(mention.gender, e)
                and bool(_HELD_AT_BODY.search(e.institution or ""))
            ),
        )
        subject = _first_named_in_sentence(reg, pos)
        if (
            head == "office"
            and subject is not None
            and compatible(mention.gender, subject)
            and not _HELD_AT_BODY.search(subject.institution or "")
            and (person is None or reg.last_before(person, pos) < reg.sentence_start(pos))
        ):
            # "Speaker X was hospitalized, according to his office": the office of the one the
            # sentence is about, not a ministry whose minister an earlier sentence named
            body = f"Office of {subject.name}"
            return reg.add(SpeakerPhrase("institution", body, body, country=subject.country), pos)
        if person is not None and person.institution:
            body = person.institution
            return reg.add(SpeakerPhrase("institution", body, body, country=person.country), pos)
    persons_body = _PERSONS_BODY.fullmatch(mention.text.strip()) if head in ORG_HEADS else None
    if persons_body:
        # "Starmer's office said": that person's own office, not the Foreign Office named
        # before
        owner = parse_speaker(persons_body["name"])
        if owner is not None and owner.kind == "person":
            # a body of its own, as written, for an "it" that goes on with its statement
            body = mention.text.strip()
            return reg.add(SpeakerPhrase("institution", body, body, country=owner.country), pos)
    if head in ORG_HEADS:
        # "the country's foreign ministry": the state's own body, read as "the foreign
        # ministry" of the state in question
        owned = _OWNED_BODY.fullmatch(mention.text)
        if owned and owned["its"] and reg.state_leading_sentence(pos) is not None:
            # "Oman, which has mediated between Riyadh and the rebels, condemned the strikes,
            # with its foreign ministry saying ...": the body of the state the sentence is
            # about, not of one named since
            name = owned["body"].title()
            body = SpeakerPhrase("institution", mention.text, name)
            return reg.add(reg.with_country(body, pos), pos)
        if owned:
            mention = replace(mention, text=owned["body"])
        qualified = _QUALIFIED_BODY.match(mention.text)
        field = qualified.group(1).split()[0] if qualified else None
        if qualified is not None and reg.state_of_capital_opening(pos) is not None:
            # "In Moscow, the foreign ministry said": that capital's state's body, not the
            # one of another state named before
            name = qualified.group(1)
            return reg.add(
                reg.with_country(SpeakerPhrase("institution", name, name.title()), pos), pos
            )
        found = reg.recent_institution(head, pos)
        if found is None and head == "agency":
            # "the World Food Programme (WFP) ... The agency has said": a UN programme, fund
            # or organization is the agency meant; a news agency never speaks
            found = reg.recent(pos, _agency_or_its_head)
            if found is not None and found.kind == "person" and found.institution:
                # "UN Population Fund chief X said ... The agency said": the body X heads
                body = found.institution
                found = reg.add(SpeakerPhrase("institution", body, body), pos)
        if found is not None and field and not same_field(field, found.name):
            # "The unification ministry said separately" after the foreign ministry spoke:
            # a ministry named by another field is another body
            found = None
        if found is None:
            # "Abdelatty discussed ..., his ministry said": the body of the person named last
            # whose post is at one of that kind
            person = reg.recent(
                pos,
                lambda e: (
                    e.kind == "person"
                    and bool(e.institution)
                    and (e.institution or "").lower().endswith(head)
                    and (not field or same_field(field, e.institution or ""))
                ),
            )
            if person is not None and person.institution:
                body = person.institution
                found = reg.add(
                    SpeakerPhrase("institution", body, body, country=person.country), pos
                )
        if found is None:
            found = _body_named_in_lower_case(reg, head, field, pos)
        if found is None and qualified is None:
            # "according to a statement issued by the external affairs ministry. The ministry
            # said": the body last named by kind, in the lower case of Indian wire copy
            qualified = _body_named_by_kind(reg, head, pos)
            field = qualified.group(1).split()[0] if qualified else None
        if found is None and qualified is not None:
            # "the foreign office", "the defence ministry": a body the text names by kind
            name = qualified.group(1)
            body = SpeakerPhrase("institution", name, name.title())
            if field and field.lower() not in _STATELESS_FIELDS:
                body = reg.with_country(body, pos)  # "South Korean Unification Ministry"
            found = reg.add(body, pos)
        return found
    chair = _chair_named(reg, pos) if head in _IN_OFFICE else None
    if chair is not None:
        return chair
    if (_PLURAL_HEAD.search(head) and head not in _HEAD_ROLES) or _MANY.match(mention.text):
        return None  # "the two blocs said", "the ministers said": no one person
    if head in _POLITY_HEADS:
        return None  # "the state admitted", "the country said": a polity, never a person
    if mention.country and _DEMONYM_ALONE.fullmatch(mention.text.strip()):
        return _one_of_that_nation(reg, mention, pos, last_speaker)
    if head in _RECORDS:
        return None  # "according to Chinese customs data": figures, no one who spoke last
    pattern = _HEAD_ROLES.get(head, re.escape(head))
    compound = _COMPOUND_GENERAL.search(mention.text) if head == "general" else None
    if compound:
        pattern = rf"{compound.group(1).lower()}[- ]general"
    if HIGH_REPRESENTATIVE.search(mention.text):
        pattern = HIGH_REPRESENTATIVE.pattern  # the EU's foreign policy chief, no spokesperson
    if head in ("head", "chief") and _DIPLOMACY.search(mention.text):
        # "the head of the Foreign Ministry", "the head of Mexican diplomacy": whoever heads
        # the foreign service, under any of the names states give that post
        pattern = _FOREIGN_SERVICE_HEAD
    if head in ("head", "chief", "boss") and _MISSION.search(mention.text):
        # "the head of the Russian diplomatic mission", "the embassy chief": its ambassador
        pattern = _HEAD_ROLES["ambassador"] + r"|charg"
    elif head in ("head", "chief", "boss", "leader") and _SEAT_OF_POWER.search(mention.text):
        pattern = r"president"  # "the Kremlin chief", "the White House boss": the president
    if head == "premier" and HEAD_OF_GOVERNMENT.search(mention.text):
        # "the head of government": whoever heads the cabinet, under any name for the post
        pattern = r"prime minister|premier|chancellor(?! of)|head of (?:the )?government"
    if head == "secretary" and re.search(r"\bpress\s+secretary\b", mention.text, re.I):
        pattern = _HEAD_ROLES["spokesperson"]  # "the press secretary": who speaks for them
    top_diplomat = head == "diplomat" and _TOP_DIPLOMAT.search(mention.text) is not None
    if top_diplomat or (head == "chancellor" and not _chancellor_named(reg)):
        # ("the chancellor" with no chancellor named: Spanish and Portuguese copy's
        # "canciller", "chanceler", a state's foreign minister; not in a story of the
        # states whose head of government is the chancellor, see _chancellor_named)
        pattern = _FOREIGN_SERVICE_HEAD

    # "the prime minister's official spokesperson": the aide of a head of government or
    # state, whose spokesperson speaks for that office, not for a ministry
    served_head = _HEAD_SERVED.search(mention.text) is not None
    aide = _SPEAKS_FOR_ANOTHER.search(head) is not None

    def possible(e: Entity) -> bool:
        if e.kind != "person" or not compatible(mention.gender, e) or reg.only_in_byline(e):
            return False
        if (
            served_head
            and "ministry" in f"{e.role or ''} {e.institution or ''} {e.org_ref or ''}".lower()
        ):
            # "the prime minister's spokesperson" is no ministry's spokesperson (nor "the
            # ministry's spokesperson", the body named only by its kind)
            return False
        if aide and reg.last_named_as_served(e, pos):
            return False  # "Starmer's spokesperson ... the spokesperson said": not Starmer
        if reg.named_later_in_sentence(e, pos):
            return False  # the one the described person meets or calls, in the same clause
        if (
            mention.country
            and not e.country
            and (e.role or e.titles)
            and reg.home not in (None, mention.country)
            and ONE_OF_A_PAIR not in e.titles
        ):
            # "the Indian Ministry of External Affairs spokesperson" in a story from Islamabad
            # is not the spokesperson it named with no state: that one is presumably the home
            # state's (one named with no post at all is of no state the text gives: "when
            # Viktor Orbán stepped out" in a story from Luxembourg, then "the Hungarian prime
            # minister")
            return False
        if not e.country and delegate_of_a_state(mention):
            # "the representative of Uganda", "Brazil's delegate": a debate's speakers are
            # told apart by the state they speak for; one whose state is unknown is not it
            return False
        return not (mention.country and e.country and mention.country != e.country)

    # "the foreign minister" asks for a foreign minister; in "the Foreign Ministry's
    # spokeswoman" the qualifier names the body, which comes before the possessive (or after
    # "of")
    # (a "top diplomat" is asked for by the post's names above, not by "foreign" alone)
    described = mention.text.lower() if top_diplomat else _role_text(mention.text)
    role_words = re.split(r"['\u2019]s\s", described)[-1]
    # "the representative of the Foreign Ministry": the body after "of" qualifies no title
    role_words = re.split(r"\s(?:of|for|at)\s", role_words)[0]
    said_words = re.findall(r"[a-z]+", role_words)
    qualifiers = [
        w
        for n, w in enumerate(said_words)
        # ("the chief minister" is no foreign minister; "the Pentagon chief" asks no "chief")
        if w in POST_QUALIFIERS or (w in _RANK_BEFORE_POST and n < len(said_words) - 1)
    ]
    # "the foreign ministry spokesman": "foreign" names the body, which the title need not
    body_words = set()
    for body in _BODY_IN_TITLE.finditer(role_words):
        body_words.update(body.group(1).split())

    # "The head of the German Foreign Ministry Annalena Baerbock", then "The head of the
    # German Foreign Ministry emphasised": the very title she was named with
    own_words = described_post(mention)

    def titled_by_now(e: Entity) -> bool:
        """ "Qatar's prime minister announced ...": a post of a state that the story gives
        one of no known state only further on is not yet the reader's to find them by (the
        one named next may hold it)."""
        return not (
            mention.country
            and not e.country
            and not e.titles
            and e.role_at is not None
            and e.role_at > pos
        )

    def titled(e: Entity) -> bool:
        return titled_by_now(e) and holds_title(e)

    def holds_title(e: Entity) -> bool:
        if " " in own_words and any(p.lower() == own_words for p in (e.role or "", *e.titles)):
            return True
        if head in _MEMBER_HEADS:
            return bool(re.search(pattern, f"{e.role or ''} {e.institution or ''}".lower()))
        return any(titled_as(e, post) for post in (e.role or "", *e.titles))

    def titled_as(e: Entity, post: str) -> bool:
        role = _role_text(post)
        if role.strip() == "minister" and re.search(r"\bminister\b", pattern) and not qualifiers:
            # "Minister Sikorski" in the headline, then "the head of Polish diplomacy": a
            # minister the story gives no portfolio may hold the one the description names
            return True
        # "Spokesman for the Secretary-General", "Adviser to the President": the title after
        # "for", "to" or "of" is someone else's, not the post held
        served = re.search(r"\s(?:for|to|of)\s", role)
        own = role[: served.start()] if served else role
        # "the Secretary-General" is not the Deputy Secretary-General, nor "the president"
        # the vice president: a lower rank before the very title named must be asked for
        # ("the diplomat" may be a deputy representative); a rank heads only its own post,
        # not one joined after "and" ("Deputy Prime Minister and Foreign Minister X" is
        # "the minister" by the second)
        found = [
            m
            for m in re.finditer(pattern, role)
            if m.start() < len(own)
            and not (
                m.group() == head
                and any(not _says_rank(r, role_words) for r in _RANKS.findall(_post_at(role, m)))
            )
            and not (
                m.group() == head
                and _HEAD_OF_CABINET.search(_post_at(role, m))
                and "prime" not in said_words
            )
        ]
        if not found:
            return False
        held = f"{role} {(e.institution or '').lower()}"
        if any(
            not (
                _serves_in(q, held)
                if q in _SERVICES
                else _says_rank(q, held if q in body_words else role)
            )
            for q in qualifiers
        ):
            return False
        if top_diplomat:
            return not _RANKS.search(_post_at(role, found[0]))  # no deputy heads the service
        if head == "diplomat":
            return bool(
                re.search(
                    r"foreign|state|ambassador|envoy|diplomat|spokes|permanent representative|"
                    r"embass|consul|attach|charg",
                    f"{e.role} {e.institution}".lower(),
                )
            )
        return True

    def fits_post(e: Entity) -> bool:
        held = _role_text(f"{e.role or ''} {e.institution or ''}")
        return all(_serves_in(q, held) if q in _SERVICES else q in held for q in qualifiers)

    # (all the scans below are of people named before ``pos``: among those named lately,
    # which on any real article is everyone, see Registry.named_lately)
    lately = reg.named_lately(pos)
    named = [e for e in lately if reg.named_before(e, pos) and possible(e)]
    if (
        head in _ANYONE_HEADS
        and not qualifiers
        and last_speaker is not None
        and last_speaker.kind == "person"
        and possible(last_speaker)
    ):
        # '"...," Peskov told reporters. ... , the official added.': a word for anyone in
        # office is the one speaking, not whoever else holds a title (or, as for any generic
        # description, one the story turned to since: "Y was dismissive. '...,' the
        # 62-year-old said")
        turned_to = _subject_since(reg, last_speaker, pos)
        return turned_to if turned_to is not None and possible(turned_to) else last_speaker
    by_title = [e for e in named if titled(e)]
    # "the governor" is one in office, not "former Florida Gov. Bush"; "the former
    # president" is the one out of it, not the sitting one named with him
    former = bool(_FORMER.match(mention.text))

    def titled_otherwise(e: Entity) -> bool:
        """Whether ``e``, of no post given, was introduced by a paragraph opening on the post
        described under another rank or in another time ("The Deputy Secretary-General ...
        Ms. Mohammed", then "the Secretary-General said"; "The former minister ... X", then
        "the minister"): a fallback that takes the untitled would give the title to one the
        text says is not its holder. (A paragraph opening on another post altogether may be
        about someone else: "The President received ... Mr. X"; a portfolio the opening
        leaves out is no other rank: "The Minister ... Mr. X", then "the defence minister".)"""
        post = introducing_post(reg, e, pos)
        return post is not None and _post_otherwise(post, pattern, role_words, former)

    in_time = [e for e in by_title if bool(_FORMER.match(e.role or "")) == former]
    # (a post in office is no one's who only held it before: "former prime minister X"
    # is not "the prime minister" of a story whose sitting one it names without the title)
    out_of_office = bool(by_title) and not in_time and not former  # only former holders
    if head not in _CALLING_HEADS or former:
        by_title = in_time if in_time or not former else by_title
    if head in _TITLE_AND_WORD_FOR_OTHERS and not mention.country:
        # "President Y ... a letter to Leader of the Islamic Revolution X", then "The Leader
        # said": the one whose own title is the word, before one whose post it may stand for
        # (named before, though only inside what someone said: "a letter to Leader X")
        told_of = [
            e for e in lately if e.positions and e.positions[0] < pos and possible(e) and titled(e)
        ]
        own = re.compile(rf"\b{re.escape(head)}\b", re.I)
        own_word = [e for e in told_of if any(own.search(p) for p in (e.role or "", *e.titles))]
        if len(own_word) == 1 and len(own_word) < len(told_of):
            by_title = own_word
    followed = _led_sentence_before(reg, pos) if former and not by_title else None
    if followed is not None and possible(followed):
        # "Chief negotiator X offered his resignation. '...,' the former vice president
        # said": a past post no one named held is background on the one the sentence before
        # was about
        return followed
    # (one who replies answers another: "X called the reform a disaster. The president
    # replied that ...", so the title is not that of the paragraph's own subject)
    # (the mention may be found a space before its words: "to which the president replied")
    at = reg.text.find(mention.text, pos, pos + len(mention.text) + 2)
    replies = _REPLY.match(reg.text, (pos if at < 0 else at) + len(mention.text)) is not None
    if (
        by_title
        and not replies
        and last_speaker is not None
        and last_speaker not in by_title
        and not last_speaker.role
        and possible(last_speaker)
        and not titled_otherwise(last_speaker)
        and not qualifiers
        and not _PLACE_WORD.search(mention.text)
    ):
        # 'Christie said ... . The governor claimed ...': in the paragraph of the one
        # speaking, whose post the story does not give, the title is theirs, not that of one
        # named with it in earlier paragraphs
        para = reg.text.rfind("\n", 0, pos) + 1
        spoke_here = any(
            para <= at < pos and phrase.kind == "person" and reg.find(phrase) is last_speaker
            for at, phrase in reg.speakers_ahead
        )
        if spoke_here and all(reg.last_before(e, pos) < para for e in by_title):
            return last_speaker
    headed_by = _untitled_heading_person(reg, pos, last_speaker) if by_title else None
    if (
        headed_by is not None
        and not replies
        and not qualifiers
        and possible(headed_by[0])
        and not titled_otherwise(headed_by[0])
        and all(reg.last_before(e, pos) < headed_by[1] for e in by_title)
    ):
        # a live entry headed "Trump: 'I want a ceasefire today'", then "'...,' he said." and
        # "The president told reporters ...": the entry is about the one its heading names,
        # whose post the page does not give, not one titled in entries before
        return headed_by[0]
    # (or the title's only holders named are former ones: "X, the former Ukrainian
    # president, ... Volodymyr Zelenskyy declined. '...,' the Ukrainian president said")
    introduced = (
        _introduced_untitled_in_paragraph(
            reg,
            pos,
            possible,
            # (one named before counts where each holder came with a state's word, "South
            # Korea's president": the story's own post is given bare)
            again=bool(by_title) and not mention.country and all(e.country for e in by_title),
        )
        if by_title or out_of_office
        else None
    )
    if introduced is not None and titled_otherwise(introduced):
        introduced = None
    if (
        introduced is not None
        and not replies
        and all(reg.last_before(e, pos) < reg.text.rfind("\n", 0, pos) + 1 for e in by_title)
    ):
        # "Rishi Sunak led a minute's silence ... In a statement, the prime minister said":
        # a paragraph that first names someone with no post, as its subject, and then uses a
        # post gives that person's post (the reader is taken to know it), not the post of
        # one titled in paragraphs before
        return introduced
    # "The UN chief" after the UN's and NATO's secretaries-general: the UN's
    acronyms = {a.replace(".", "") for a in _ACRONYM.findall(mention.text)}
    owned = [e for e in by_title if acronyms and _holds_for(e, acronyms)]
    # "the Florida senator" after Texas Sen. Cruz and Florida Sen. Rubio: the one whose post
    # is named with that place, not whoever was named last
    places = set(_PLACE_WORD.findall(mention.text)) - acronyms
    # "the French foreign minister": the one known to be French, before one of no known state
    # (and before the capitalised words of a post written out: "Prime Minister ... of Qatar")
    owned = owned or [e for e in by_title if mention.country and e.country == mention.country]
    owned = owned or [e for e in by_title if places and _holds_for(e, places)]
    # "the Secretary-General of the Arab League" after the League's and the OIC's
    # secretaries-general, named in one breath: the one whose post is named with that body
    body = (mention.institution or "").lower()
    owned = owned or [
        e for e in by_title if body and body in f"{e.role or ''} {e.institution or ''}".lower()
    ]
    if owned:
        by_title = owned
    # (a state's head of state or of government, or its "leader": one person holds the post)
    top_post = head in _HEAD_OF_STATE_WORDS or bool(_PRIME_MINISTER.search(mention.text))
    if mention.country and not owned:
        # "his Syrian counterpart X ... the Syrian foreign minister said": the one person of
        # that state the story names as someone's counterpart, with no post of his own, who
        # speaks in it (not one of no known state who holds the title)
        # ("his Kenyan counterpart X" is the story's words even inside reported speech: no
        # speaker calls the other "his counterpart")
        before = reg.previous_sentence_start(pos)
        named_ids = {id(e) for e in named}
        of_the_state = [
            e
            for e in lately
            if (
                id(e) in named_ids
                or any(before <= q < pos for q in e.positions)
                or (
                    e.positions
                    and e.positions[0] < pos
                    and possible(e)
                    and _counterpart_in_the_post(reg, e.positions[0], mention)
                )
            )
            and not e.role
            and e.country == mention.country
            and COUNTERPART in e.titles
            and not _rank_below_the_host(reg, e, mention)
        ]
        if len(of_the_state) == 1 and (
            reg.speaks(of_the_state[0])
            or of_the_state[0] is last_speaker
            or any(before <= q < pos for q in of_the_state[0].positions)
        ):
            # (or who spoke last, by a pronoun: "Wang ... struck a warmer tone. He said"; or
            # who was named in the sentence before: "X spoke with his Qatari counterpart Y.
            # The Qatari top diplomat, for his part, said")
            return of_the_state[0]
        if (
            len(of_the_state) == 1
            and not top_post
            and not any(
                e.kind == "person" and e.country == mention.country and e is not of_the_state[0]
                for e in named
            )
        ):
            # "EAM Jaishankar held talks with his Saudi Arabian counterpart X. '...,' EAM
            # Jaishankar tweeted. The Saudi minister said": the host's words between, the
            # guest still the one person of that state the story names
            return of_the_state[0]
        # "The top Iranian diplomat, X, said ... The Iranian foreign minister added": the one
        # person of that state the story names, who spoke last, under another word for his post
        # (not one named with another post: "Poland's defence minister X said ... the
        # Polish president said" is someone else)
        of_the_state = [
            e
            for e in named
            if e.country == mention.country
            and not (top_post and e.role and not titled(e))
            and bool(_FORMER.match(e.role or "")) == former
        ]
        if not by_title and len(of_the_state) == 1 and of_the_state[0] is last_speaker:
            return last_speaker
    given = _bare_post_given_before(reg, mention, pos, by_title) if not replies else None
    if given is not None and possible(given):
        return given
    if replies and last_speaker in by_title and len(by_title) > 1:
        # '"...," Putin told Trump, to which the president replied that ...': the one who
        # replies answers the one who spoke last, not himself
        return max(
            (e for e in by_title if e is not last_speaker), key=lambda e: reg.last_before(e, pos)
        )
    opening = reg.sentence_start(pos)
    in_sentence = [
        e
        for e in by_title
        if reg.last_before(e, pos) >= opening and not _partner_at(reg, e, pos, opening)
    ]
    if len(by_title) > 1 and len(in_sentence) == 1:
        # "He cited President X's remarks in June, when the Russian leader said ...": of two
        # who hold the title, the one the sentence itself named before the description
        return in_sentence[0]
    led = [e for e in by_title if reg.last_led_before(e, pos) >= 0]
    if len(by_title) > 1 and led:
        # "Secretary Rubio spoke with Cabinet Secretary Mudavadi. The Secretary thanked ...":
        # of two who hold the title, the one last named as a sentence's subject
        return max(led, key=lambda e: reg.last_led_before(e, pos))
    if by_title:
        return max(by_title, key=lambda e: reg.last_before(e, pos))
    # "... EU foreign policy chief Kaja Kallas reiterated ..., the statement said. The EU
    # foreign policy chief urged ...": named with that title inside reported words, still
    # the one the title means
    reported = [
        e
        for e in lately
        if (e.positions and e.positions[0] < pos)
        and possible(e)
        and titled(e)
        and (former or not _FORMER.match(e.role or ""))
    ]
    lone = _one_person_of_paragraph(reg, pos)
    if len(reported) == 1 and not _turned_to(reg, mention, reported[0], lone, pos, last_speaker):
        return reported[0]
    # (one the story has called by a post, "the foreign secretary said", has a title too)
    # (not one named only as an owner, "Netanyahu's office says ...": no one the story is about)
    untitled = [
        e
        for e in named
        if not e.role
        and all(t == COUNTERPART or t in _STYLES for t in e.titles)
        and not _named_only_as_owner(reg, e, pos)
        and not titled_otherwise(e)
    ]
    # (named before, though only inside what someone said)
    mentioned = [e for e in lately if e.positions and e.positions[0] < pos and possible(e)]
    if mention.country and head in _HEAD_OF_STATE_WORDS:
        # "the US president" after "US leader Donald Trump": the one leader of that state
        # (the sitting one: "the Ukrainian president" is not "X, the former Ukrainian
        # president")
        leaders = [
            e
            for e in mentioned
            if e.country == mention.country
            and _LEADER.search(e.role or "")
            and bool(_FORMER.match(e.role or "")) == former
        ]
        if len(leaders) == 1:
            return leaders[0]
    # of that state: not one of no known state while another named is known to be of it
    placed_elsewhere = bool(mention.country) and any(
        e.country == mention.country for e in mentioned if e.kind == "person" and e.role
    )

    def of_another_state(candidate: Entity) -> bool:
        """Whether ``candidate``, of no known state, is kept from the description by one
        named with a post of that state. A state has one head of state or government:
        "Ukraine's foreign minister X" named before does not make the untitled Y the story
        turned to since any less likely "the Ukrainian president"; one named after Y still
        sets the scene there, in what was said too ("X denied a claim by US Senator Y.
        According to the US president")."""
        if candidate.country or not placed_elsewhere:
            return False
        since = reg.last_before(candidate, pos)
        return any(
            e.country == mention.country
            and (not top_post or titled(e) or any(since < q < pos for q in e.positions))
            for e in mentioned
            if e.kind == "person" and e.role
        )

    opening = reg.sentence_start(pos)
    in_sentence_untitled = [e for e in untitled if reg.last_before(e, pos) >= opening]
    if (
        not by_title
        and mention.country
        and top_post
        and len(in_sentence_untitled) == 1
        and not of_another_state(in_sentence_untitled[0])
        and possible(in_sentence_untitled[0])
        # (not when another with no post given spoke last: "the US president said" after
        # his words is his, whoever else the sentence names)
        and not any(e is last_speaker and e is not in_sentence_untitled[0] for e in untitled)
    ):
        # "X held a video call with Trump and European leaders, after which the US president
        # warned ...": a state's top post no one named holds, in the sentence that names one
        # person with no post given: that person's
        return in_sentence_untitled[0]
    # (one who only leads a sentence of news, "Trump is expected to be sworn in ... But the
    # ambassador said", is not taken over another of no post given whose words the story is
    # giving: the post named for variety is the speaker's)
    told_of_only = not (lone is last_speaker or reg.speaks(lone)) and (
        last_speaker is not None
        and last_speaker.kind == "person"
        and not last_speaker.role
        and last_speaker in untitled
        and possible(last_speaker)
        # (only a ruler's family's style, "Prince X", that hid the speaker's post: a plain
        # untitled "Putin is expected to travel ... The Russian president said" is his)
        and any(t in _STYLES for t in last_speaker.titles)
    )
    if (
        not by_title
        and lone is not None
        and (lone is last_speaker or reg.speaks(lone) or reg.last_led_before(lone, pos) >= 0)
        and not told_of_only
        and not lone.role
        and not of_another_state(lone)
        and possible(lone)
        and not titled_otherwise(lone)
        and head not in _THING_HEADS
    ):
        # 'Donald Trump said ... "...," the US president said.': the one person the paragraph
        # (or, with none named in it yet, the paragraph before) names outside what was said,
        # with no post given, who speaks or leads a sentence, under a post named for variety
        return lone
    # one person the article names without a title may be "the minister"; "the foreign
    # minister" only if that person speaks in the story (not one only spoken of)
    alone = len(named) == 1 or (untitled and untitled[0] is last_speaker)
    # "Vladimir Putin had a call with Prime Minister of India X. The Russian President
    # said ...": a state's post, which no one named with a post holds; the one named without
    # (the prime minister's too: "prime" names the post, it asks for no one who speaks)
    state_top_post = bool(mention.country and top_post)
    alone = alone or (state_top_post and not by_title)
    if (
        len(untitled) == 1
        and alone
        and not of_another_state(untitled[0])
        and (
            not qualifiers
            or state_top_post
            or reg.speaks(untitled[0])
            or untitled[0] is last_speaker
        )
    ):
        return untitled[0]
    # "Spain's X told reporters ... the Spanish minister said": the one person named without
    # a title whom the story ties to that state, when no one titled is of it
    of_state = [
        e
        for e in untitled
        if mention.country
        and e.country == mention.country
        and not (COUNTERPART in e.titles and _rank_below_the_host(reg, e, mention))
    ]
    if len(of_state) == 1 and not placed_elsewhere and head not in _THING_HEADS:
        return of_state[0]
    leading = [e for e in untitled if reg.last_led_before(e, pos) >= 0]
    if (
        head in _TOP_POSTS
        and not by_title
        and not mention.country
        and not qualifiers
        and len(leading) == 1
    ):
        # "Kassym-Jomart Tokayev received X. ... The Head of State noted ...": a presidency's
        # own site names its head once, untitled, as a sentence's subject, then by the post
        return leading[0]
    speaking_ids = reg.speaking(pos)
    speaking = [e for e in untitled if id(e) in speaking_ids]
    # "Starmer, who is co-hosting the meeting with Emmanuel Macron, told reporters ... The
    # French president said ...": another untitled person named since, the title may be his
    since = reg.last_before(speaking[0], pos) if len(speaking) == 1 else -1
    rival = since >= 0 and any(
        e is not speaking[0] and reg.last_before(e, pos) > since for e in untitled
    )
    if (
        len(speaking) == 1
        and speaking[0] is last_speaker
        and not of_another_state(speaking[0])
        and not qualifiers
        and not (rival and mention.country)
        and head not in _THING_HEADS
    ):
        # "Khatibzadeh said ... the spokesman said": the one untitled person who speaks,
        # though others are named without a title ("reports that al-Masri was killed")
        return speaking[0]
    if (
        len(named) == 1
        and named[0] is last_speaker
        and not titled_otherwise(named[0])
        and not by_title
        and not qualifiers
        and not mention.country
        and head not in _THING_HEADS
        and _PLAIN_TITLE.fullmatch(mention.text.strip())
        and not _SPEAKS_FOR_ANOTHER.search(head)
        # (one named with a post held now holds no other: "Deputy Foreign Minister X said
        # ... The president said" is someone else)
        and (not named[0].role or _FORMER.match(named[0].role))
    ):
        # "Former deputy defence minister X said today ... The senator said ...": the one
        # person the story has named, speaking, under a post it had not given him
        return named[0]
    if (
        len(named) == 1
        and named[0] is last_speaker
        and not titled_otherwise(named[0])
        and not by_title
        and _FORMER.match(named[0].role or "")
        and not _FORMER.match(mention.text)
    ):
        # "Former Russian President X wrote ... , the deputy chairman of the Security Council
        # wrote": the post now held by the one person named, known only by a past one
        return named[0]
    # "the head of the Russian delegation", "the chief negotiator": a part in the talks the
    # story tells of, which whoever speaks for the side may play, whatever the post held;
    # "the former president": a post held before, not the one the story gives
    # (of those named before, the one who speaks: a name read off a headline's capitals
    # speaks nowhere)
    speakers_named = [e for e in named if id(e) in speaking_ids]
    # (a past post no one was named with is background on the one speaking: "'...,' Y said.
    # The former general added", though X spoke before Y)
    occasional = bool(_OCCASIONAL.search(mention.text)) or (
        former and (len(named) == 1 or speakers_named == [last_speaker] or not by_title)
    )
    # "the conservative Christian Democrat": a leaning before a party member is no post
    # ("the libertarian": a leaning as the head word qualifies no post)
    posts = [q for q in qualifiers if q != head and not (head in _MEMBERS and q in _GENERIC_HEADS)]
    generic = head in _GENERIC_HEADS or _background(mention)
    envoys = [e for e in named if e.country == mention.country] if head in _SENT_HEADS else []
    if mention.country and not by_title and len(envoys) == 1:
        # "Putin received Chinese Foreign Minister X. Beijing's envoy, for his part, said":
        # a state's envoy or diplomat is the one person of that state the story named, sent
        # under another post
        return envoys[0]
    if (
        (generic or occasional)
        and last_speaker is not None
        and possible(last_speaker)
        # (a post held before is not the one the story gives now: "Foreign Minister X ...
        # The former defence minister said" is X, whose past portfolio no title shows)
        and (not posts or fits_post(last_speaker) or former)
    ):
        # "X said ... The Colombian minister, Y, took a different view. '...,' the veteran
        # politician said": one the story turned to as a sentence's subject since X spoke
        turned_to = _subject_since(reg, last_speaker, pos)
        if turned_to is not None and possible(turned_to) and (not posts or fits_post(turned_to)):
            return turned_to
        return last_speaker  # "the PPP leader", "the official": the one speaking here
    subject = None
    if generic:
        subject = _led_sentence_before(reg, pos) or _subject_none_named_since(reg, pos)
    # ("Army chief General X visited ... the army chief said": the post asked for is his)
    subject = subject if subject is None or not posts or fits_post(subject) else None
    if last_speaker is None and subject is not None and possible(subject):
        # "X met his counterpart Y on Monday. '...,' the 54-year-old libertarian said":
        # before anyone has spoken, the one the sentence before was about
        return subject
    if not by_title and mention.institution:
        head_ahead = _head_named_ahead(reg, mention.institution, pattern, pos)
        if head_ahead is not None and possible(head_ahead):
            return head_ahead
    introduced = _introduced_untitled_in_paragraph(reg, pos, possible) if not by_title else None
    if (
        introduced is not None
        and mention.country
        and not of_another_state(introduced)
        and _became_the_post(reg.text, reg.last_before(introduced, pos), mention)
    ):
        # "X became the first Japanese prime minister to visit ... Japan's prime minister
        # promised ...": the paragraph's subject, whom its first sentence gave that post as
        # what X is or became, though no title stood before the name
        return introduced
    # "Iran's top security official rejected ...": no one named before holds that post
    # (nor one of that state: "Qatar's prime minister announced ..." in a story whose
    # headline named Netanyahu; the name comes in the lines after)
    of_no_other = bool(mention.country) and not by_title and not of_state
    if not named or (qualifiers and not any(fits_post(e) for e in named)) or of_no_other:
        for ahead, phrase in reg.speakers_ahead:
            if pos < ahead < pos + _LEAD_AHEAD and phrase.kind == "person":
                found = reg.find(phrase)
                # (not one whose post is another: "President X said later" is no "the
                # foreign minister" before it; nor is "Russia's ambassador, X," whose post
                # the lines ahead give, though the registry has yet to reach them)
                post = (found.role if found is not None else None) or phrase.role
                other_post = (
                    found is not None
                    and bool(post)
                    and head in _HEAD_ROLES
                    and not re.search(pattern, _role_text(post or ""))
                )
                if found is not None and possible(found) and not other_post:
                    return found
        # "The Iranian foreign minister said Sunday ... Iranian Foreign Minister X held talks":
        # the one person the next lines name with that title, though not as a speaker
        ahead = [
            e
            for e in reg.entities
            if possible(e)
            and holds_title(e)
            and any(pos < p < pos + _LEAD_AHEAD for p in e.positions)
        ]
        if len(ahead) == 1:
            return ahead[0]
    return None


# what a story may call someone by kinship: "the leader's sister", "the president's son"
_KIN = frozenset(
    ("sister", "brother", "wife", "husband", "son", "daughter", "widow", "mother", "father")
)


def _background(mention: SpeakerPhrase) -> bool:
    """ "the lawyer", "the 61-year-old lawyer", "the former banker": a calling given as
    background, with the article only (not "X's lawyer", "his lawyer": a relation)."""
    return (mention.head or "") in _CALLINGS and _THE.match(mention.text) is not None


_THE = re.compile(r"[Tt]he\s")


def _kin_named(reg: Registry, head: str, pos: int) -> Entity | None:
    """ "Kim Yo-jong, the powerful sister of leader Kim Jong-un, ... The leader's sister also
    criticized ...": the one the story introduced by that kinship, named right before it
    ("X, the sister of Y") or right after it ("Y's sister, X,"); no post tells who it is."""
    kin = re.compile(
        rf"(?P<before>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){{1,3}}),\s+(?:the|a)\s+"
        rf"(?:[\w-]+\s+){{0,2}}{head}\s+of\b|['\u2019]s\s+(?:[\w-]+\s+){{0,2}}{head},?\s+"
        rf"(?P<after>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){{1,3}})"
    )
    found = None
    for m in kin.finditer(reg.text, 0, pos):
        found = m
    if found is None:
        return None
    named = parse_speaker(found["before"] or found["after"])
    if named is None or named.kind != "person":
        return None
    return reg.find(named, found.start())


# Germany and Austria style their head of government chancellor: in their stories "the
# chancellor" is that head, though the story names him without the title ("Olaf Scholz met
# ...; the chancellor said")
_CHANCELLORS_STATE = re.compile(r"\b(?:German|Germany|Berlin|Austria|Austrian|Vienna)\b")


def _chancellor_named(reg: Registry) -> bool:
    """Whether the story names anyone with a chancellor's post, or is a story of a state
    whose head of government is one."""
    return _CHANCELLORS_STATE.search(reg.text) is not None or any(
        e.kind == "person" and "chancellor" in (e.role or "").lower() for e in reg.entities
    )


def _led_sentence_before(reg: Registry, pos: int) -> Entity | None:
    """The one person who was a subject in the sentence before the one holding ``pos``."""
    opening = reg.sentence_start(pos)
    before = reg.previous_sentence_start(pos)
    subjects = reg.subject_list[
        bisect.bisect_left(reg.subject_list, before) : bisect.bisect_left(reg.subject_list, opening)
    ]
    led = {
        id(e): e
        for q in subjects
        if (e := reg.owner.get(q)) is not None and e.kind == "person" and reg.visible(q)
    }
    return next(iter(led.values())) if len(led) == 1 and before < opening else None


def _body_led_sentence_before(reg: Registry, pos: int) -> Entity | None:
    """The body named first in the sentence before the one holding ``pos``, as its subject
    ("NATO has deployed ...", "The ICRC has been working ...")."""
    opening = reg.sentence_start(pos)
    before = reg.previous_sentence_start(pos)
    if before >= opening:
        return None
    lead = _SENTENCE_LEAD.match(reg.text, before).end()
    known = _KNOWN_AS.match(reg.text, lead, opening)
    if known is not None:
        # "Israel's body in charge of ..., known as COGAT, disputed ...": the body by the
        # name the subject is given, not the state it belongs to
        lead = known.end()
    # ("The ICRC has been working ...": the body by the initials the story gave it)
    initials = _INITIALS.match(reg.text, lead)
    named = reg.acronyms.get(initials.group()) if initials else None
    led = [
        e
        for e in reg.entities
        if e.kind == "institution"
        and (
            any(q == lead and reg.visible(q) for q in e.positions)
            or (named is not None and e.name == named)
        )
    ]
    return led[0] if len(led) == 1 else None


# what may stand before a sentence's subject: spaces, a quotation mark, "The"
_SENTENCE_LEAD = re.compile(r"[\s\"\u201c]*(?:[Tt]he\s+)?")
# a subject given its name after it ("Israel's body for civil affairs, known as COGAT,"),
# up to that name (no verb of saying or clause between: "X said the group, known as ...")
_KNOWN_AS = re.compile(
    r"(?:(?!\b(?:said|says|told|that|who|which)\b)[^.;:\"\u201c\u201d\n]){1,120}?"
    r",\s+(?:also\s+|better\s+|widely\s+)?known\s+as\s+(?:the\s+)?"
)
# what may stand before "it" opening its clause: nothing, or a phrase set before it ("In a
# statement, it said")
_FRONTED_BEFORE = re.compile(r"(?:[\s\"\u201c]*[A-Z][^,;:.\"\u201c\u201d\n]{0,60},)?\s*")
_INITIALS = re.compile(r"[A-Z]{2,8}\b")


_SUBJECT_REACH = 3  # sentences back a generic description may reach for its subject


def _subject_none_named_since(reg: Registry, pos: int) -> Entity | None:
    """ "X arrived in Geneva. Security was tight. The veteran politician said": the person
    who last led a sentence, a few sentences back, when no other person was named in those
    sentences; sentences of no person in between do not change whom the story is about."""
    reach = pos
    for _ in range(_SUBJECT_REACH):
        reach = reg.previous_sentence_start(reach)
    i = bisect.bisect_left(reg.subject_list, pos) - 1
    while i >= 0 and reg.subject_list[i] >= reach:
        q = reg.subject_list[i]
        e = reg.owner.get(q)
        if e is not None and reg.visible(q) and e.kind == "person":
            others = any(
                o is not e and o.kind == "person" and reg.last_before(o, pos) >= reach
                for o in reg.entities
            )
            return None if others else e
        i -= 1
    return None


def _subject_since(reg: Registry, speaker: Entity, pos: int) -> Entity | None:
    """The person last a sentence's subject before ``pos``, if not ``speaker`` and named so
    after ``speaker`` was last named: whom a generic description ("the veteran politician")
    then means, as a pronoun would."""
    since = reg.last_before(speaker, pos)
    i = bisect.bisect_left(reg.subject_list, pos) - 1
    while i >= 0 and reg.subject_list[i] > since:
        q = reg.subject_list[i]
        e = reg.owner.get(q)
        opening = reg.text[reg.sentence_start(q) : q]
        if e is not None and reg.visible(q) and e.kind == "person":
            # (the sentence opens on the name or on its post set off before it, not on
            # another subject: "He took over from his predecessor, Y," is his sentence)
            opens = not opening.strip() or _POST_SET_OFF.fullmatch(opening)
            return None if e is speaker or not opens else e
        i -= 1
    return None


# "The Colombian foreign minister, ", "Chile's envoy, ": a post set off before the name
# ("Burkina Faso's envoy, ", "South Africa's minister, ": a state of more than one word)
_POST_SET_OFF = re.compile(
    r"\s*(?:The\s|(?:[A-Z][\w.-]*\s){0,2}[A-Z][\w.-]*['\u2019]s\s)[^,;\n]{0,60},\s*"
)


# ", chief of staff of the Armed Forces of the Philippines,": a post at a body, set off
# after a name
_POST_OF_BODY_AFTER = re.compile(
    r",\s+(?P<post>[a-z][a-z -]{0,40}?)\s+(?:of|at)\s+(?:the\s+)?(?P<body>[A-Z][^,.;:\n]{0,80})"
)


def _head_named_ahead(reg: Registry, body: str, pattern: str, pos: int) -> Entity | None:
    """ "The head of the Philippine armed forces accused ... Gen. X, chief of staff of the
    Armed Forces of the Philippines, told ...": the speaker the next lines name with that
    post at the body the description named (its words other than the state's)."""
    words = [
        w.lower()
        for w in re.findall(r"[A-Za-z]+", body)
        if w.lower() not in NATIONALITIES and w.lower() not in _LINK_WORDS
    ]
    if not words:
        return None
    for ahead, phrase in reg.speakers_ahead:
        if not (pos < ahead < pos + _LEAD_AHEAD) or phrase.kind != "person":
            continue
        post = _POST_OF_BODY_AFTER.match(reg.text, ahead + len(phrase.text))
        if post is None or not re.match(pattern, post["post"]):
            continue
        named_body = post["body"].lower()
        if all(re.search(rf"\b{w}", named_body) for w in words):
            return reg.find(phrase)
    return None


# posts a state's "leader" may be called by
_HEAD_OF_STATE_WORDS = frozenset(("president", "premier", "chancellor", "leader"))
# the posts of a head of state or government ("the Head of State" reads as "president")
_TOP_POSTS = _HEAD_OF_STATE_WORDS - {"leader"}
_LEADER = re.compile(r"\bleader\b", re.I)
# "Pavel Sergeyev's visit": a name that owns the subject, not the subject
_POSSESSOR = re.compile(r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}['\u2019]s\b")
# "Pavel Sergeyev's office", "the minister's spokesman": a name owning a thing in lower case
_POSSESSOR_OF_A_THING = re.compile(_POSSESSOR.pattern + r"\s+[a-z]")
_REPLY = re.compile(
    r"(?:,[^,]{0,40},)?\s+(?:[a-z]+ly\s+)?(?:replied|responded|retorted|countered|rebutted|"
    r"(?:hit|shot|fired)\s+back)\b"
)
_PRIME_MINISTER = re.compile(r"\b(?:[Pp]rime\s+[Mm]inister|PM)\b")
_AUTHOR_REACH = 300  # characters: how far back "a letter from X" may name the letter's author
_AUTHOR_NAME_REACH = 80  # characters after "from" the author's name may start within


# "the Estonian", "the Russian": a person known only by nationality
_DEMONYM_ALONE = re.compile(r"(?:[Tt]he)\s+[A-Z][a-z]+")


def _one_of_that_nation(
    reg: Registry, mention: SpeakerPhrase, pos: int, last_speaker: Entity | None
) -> Entity | None:
    """ "Kallas, a former Estonian prime minister, said ... The Estonian also confirmed":
    the one speaking, when the story ties them to that nation (their state, or the word in a
    sentence that names them) and to no other."""
    e = last_speaker
    if e is None or e.kind != "person" or not compatible(mention.gender, e):
        return None
    if e.country:
        return e if e.country == mention.country else None
    word = re.compile(rf"\b{re.escape(mention.text.split()[-1])}\b")
    for at in e.positions:
        if at < pos and word.search(reg.text, reg.sentence_start(at), reg.sentence_end(at)):
            return e
    return None


# the posts of a foreign service's head, one another's counterparts whatever each is called;
# not a rank below one ("China's Vice Foreign Minister", "Under Secretary of State")
_FOREIGN_POST = re.compile(
    r"(?<!vice )(?<!vice-)(?<!deputy )(?<!under )(?<!assistant )"
    rf"\b(?:{_FOREIGN_SERVICE_HEAD})\b|\bEAM\b",
    re.IGNORECASE,
)


def _counterpart_in_the_post(reg: Registry, at: int, mention: SpeakerPhrase) -> bool:
    """Whether "his <State> counterpart" at ``at`` is the counterpart of the post the
    description names: "Foreign Secretary X ... with his Pakistani counterpart Y" and then
    "Pakistan's Foreign Secretary" (the sentence gives the host that post, or another name
    of a foreign service's head); not "China's ambassador" after "Secretary of State X ...
    his Chinese counterpart Y" (another post of that state)."""
    _, words = country_of(mention.text.split())
    post = " ".join(words).strip().lower()
    if not post:
        return False
    host = reg.text[reg.sentence_start(at) : at]
    if _FOREIGN_POST.search(post):
        return _FOREIGN_POST.search(host) is not None
    return re.search(rf"\b{re.escape(post)}\b", host, re.IGNORECASE) is not None


def _rank_below_the_host(reg: Registry, e: Entity, mention: SpeakerPhrase) -> bool:
    """Whether the description names a rank below the post of the counterpart ``e``:
    "China's Vice Foreign Minister" after "X held talks with his Chinese counterpart Y" is
    someone else (not when the host holds that rank too: "Deputy Foreign Minister X ... his
    Chinese counterpart Y")."""
    rank = _RANKS.search(mention.text.lower())
    if rank is None or not e.positions:
        return False
    at = e.positions[0]
    host = reg.text[reg.sentence_start(at) : at].lower()
    return re.search(rf"\b{rank.group()}\b", host) is None


def described_post(mention: SpeakerPhrase) -> str:
    """The post a description names, without its article ("the foreign minister" ->
    "foreign minister"): compared with, or kept as, a person's title."""
    return re.sub(r"^(?:the|this|that)\s+", "", mention.text.strip().lower())


def _first_named_in_sentence(reg: Registry, pos: int) -> Entity | None:
    """The first person the sentence names before ``pos``, inside what was said as well:
    "X was hospitalized, according to his office" reports words about X."""
    start = reg.sentence_start(pos)
    found = [
        (p, e) for e in reg.entities if e.kind == "person" for p in e.positions if start <= p < pos
    ]
    return min(found, key=lambda pe: pe[0])[1] if found else None


def _named_only_as_owner(reg: Registry, e: Entity, pos: int) -> bool:
    """Whether every mention of ``e`` before ``pos`` is its name owning something
    ("Netanyahu's office says"), not a mention by a description ("Turkey's foreign
    minister")."""
    surname = e.name.split()[-1]
    before = [q for q in e.positions if q < pos]
    return bool(before) and all(_owner_at(reg.text, q, surname) for q in before)


_OWNER_WORD = re.compile(r"[A-Z][\w.'\u2019-]*\s+")
_POSSESSIVE = re.compile(r"['\u2019]s\b")


def _owner_at(text: str, at: int, surname: str) -> bool:
    """Whether ``surname`` owns something within three capitalised words of ``at``
    ("Prime Minister Netanyahu's office"): read word by word, not by a pattern made for each
    name (compiled anew for every person at every description, a page of thousands of
    names spent its time compiling)."""
    for _ in range(4):
        if text.startswith(surname, at) and _POSSESSIVE.match(text, at + len(surname)):
            return True
        word = _OWNER_WORD.match(text, at)
        if word is None:
            return False
        at = word.end()
    return False


def _turned_to(
    reg: Registry,
    mention: SpeakerPhrase,
    reported: Entity,
    lone: Entity | None,
    pos: int,
    last_speaker: Entity | None,
) -> bool:
    """Whether the story has turned, since ``reported`` was named with the title inside what
    someone said, to the one person of the paragraph, untitled and leading a sentence: "...
    'President Putin must now agree,' Starmer said. Volodymyr Zelensky has been speaking in
    his nightly address. The Ukrainian president said ...": a post of a state is no one's
    whose state the story never gives, when the story's own subject may hold it."""
    return (
        bool(mention.country)
        and not reported.country
        and lone is not None
        and lone is not reported
        and not lone.role
        and (lone is last_speaker or reg.speaks(lone) or reg.last_led_before(lone, pos) >= 0)
        and reg.last_before(lone, pos) > reg.last_before(reported, pos)
    )


# "X became the first Japanese prime minister", "X, who is the Spanish prime minister": a
# post given as what the named subject is or became, then the words that may name it
_BECAME_POST = re.compile(
    r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3},?\s+(?:who\s+)?"
    r"(?:became|becomes|has\s+become|had\s+become|is|was)\s+"
    r"(?P<np>(?:the|an?)\s+(?:[\w'\u2019-]+\s+){0,5}[\w'\u2019-]+)"
)


def _became_the_post(text: str, at: int, mention: SpeakerPhrase) -> bool:
    """Whether the sentence naming someone at ``at`` says they are or became the post
    ``mention`` describes (of its state, by its head word)."""
    found = _BECAME_POST.match(text, at)
    if found is None or at < 0:
        return False
    words = found["np"].split()
    for n in range(2, len(words) + 1):
        if words[n - 1].lower() != mention.head:
            continue
        post = parse_speaker(" ".join(words[:n]))
        return (
            post is not None
            and post.kind == "description"
            and post.country == mention.country
            and post.head == mention.head
        )
    return False


# "Mr ", "Ms. ": all that may stand before the name opening a sentence as its subject
_HONORIFIC_ONLY = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?")


def _introduced_untitled_in_paragraph(
    reg: Registry, pos: int, possible: Callable[[Entity], bool], again: bool = False
) -> Entity | None:
    """The one person the paragraph of ``pos`` names for the first time, before ``pos``, with
    no post, by a name that opens a sentence as its subject (not "Pavel Sergeyev's visit");
    None when there is not exactly one. With ``again``, one named before counts too where
    the name opens the paragraph ("Mr Biden called ...": the story turns back to him)."""
    para = reg.text.rfind("\n", 0, pos) + 1

    def first_here(e: Entity) -> int:
        """Where ``e`` is first named in the paragraph (or, with ``again``, named again
        opening it); -1 if neither."""
        if e.positions and para <= e.positions[0] < pos:
            return e.positions[0]
        here = [q for q in e.positions if para <= q < pos] if again else []
        return here[0] if here and reg.sentence_start(here[0]) == para else -1

    found = [
        e
        for e in reg.named_lately(pos)
        if e.kind == "person"
        and not e.role
        and all(t == COUNTERPART for t in e.titles)
        and (at := first_here(e)) >= 0
        and _HONORIFIC_ONLY.fullmatch(reg.text, reg.sentence_start(at), at)
        and at in reg.subjects
        and not _POSSESSOR.match(reg.text, at)
        and possible(e)
    ]
    return found[0] if len(found) == 1 else None


def _untitled_heading_person(
    reg: Registry, pos: int, last_speaker: Entity | None
) -> tuple[Entity, int] | None:
    """The one who spoke last, when the heading of the live entry holding ``pos`` names them
    and the page gives them no post; with where the entry starts."""
    found = entry_heading(reg.text, pos)
    named = parse_speaker(found[1]) if found else None
    if found is None or named is None or named.kind != "person" or last_speaker is None:
        return None
    if last_speaker.role or any(t != COUNTERPART for t in last_speaker.titles):
        return None
    return (last_speaker, found[0]) if reg.find(named, pos) is last_speaker else None


# a paragraph that opens on a post, "The Deputy Secretary-General remains in Paris ...", then
# names someone with no post of their own ("Ms. Mohammed called for ..."): the post the
# reader is given for that person (a rank or "former" before it, or a capitalised word of
# its own, belongs to the post; "the" alone before a name is no post)
_POST_HEAD = (
    r"(?i:secretary[- ]general|secretary|minister|president|premier|chancellor|ambassador|"
    r"envoy|spokes(?:man|woman|person)|governor|senator|representative|commissioner|"
    r"director[- ]general|chair(?:man|woman|person)?|coordinator|adviser|advisor|rapporteur)"
)
_OPENING_POST = re.compile(
    r"[ \t*]{0,4}[Tt]he\s+(?P<post>(?:(?:[A-Z][\w'\u2019]*(?:-[A-Za-z]+)?|(?i:deputy|vice|under|"
    r"assistant|associate|acting|former|ex|special|permanent|high|chief|"
    + "|".join(sorted(POST_QUALIFIERS))
    + r"))[\s-]+){0,3}?"
    + _POST_HEAD
    + r")\b(?![- ](?i:general)\b)(?!['\u2019]s\b)"
)
# another post named between the opening and the person: "She spoke after the
# Secretary-General had left. Mr. Guterres ..." names the holder in passing
_ANY_POST = re.compile(r"\b" + _POST_HEAD + r"\b")
# a sentence that goes on about the opening's subject: "She met ministers", "The reason she
# is ...", "He said"
_GOES_ON = re.compile(r"\b(?P<p>[Ss]he|[Hh]e|[Hh]er|[Hh]is|[Hh]im)\b")
# the person as the subject of their sentence: "Ms. [Amina] Mohammed called for ..."
_NAMED_FIRST = re.compile(
    r"[\s\"\u201c*]*(?:(?P<hon>Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+)?"
    r"(?:\[?[A-Z][\w'\u2019.-]*\]?\s+){0,3}$"
)
# one who answers the subject, or speaks to them, is someone else: "Mr. Tinubu responded",
# "Mr. Okafor told her"
_ANSWERS = re.compile(
    r"\S+(?:\s+[A-Z]\S*){0,2}\s+(?:had\s+|has\s+)?(?:responded|replied|answered|retorted|"
    r"countered|rebutted|(?:hit|shot|fired)\s+back)\b"
)
_ADDRESSES = re.compile(
    r"\b(?:told|asked|thanked|assured|reminded|informed|warned|greeted|welcomed|received|met|"
    r"answered|replied to|responded to|urged)\s+(?:him|her)\b"
    r"(?=\s*[.,;:!?]|\s+(?:that|to|about|on|in|at|of|during|after|before|when|the|a|an)\b)"
)
# how far back a paragraph's opening is looked for
_PARAGRAPH_REACH = 3000


@lru_cache(maxsize=1024)
def _post_otherwise(post: str, pattern: str, asked: str, former: bool) -> bool:
    """Whether the opening post ``post`` is the post described (by ``pattern``, in the words
    ``asked``) under another rank or in another time (``former``: the description's)."""
    role = _role_text(post)
    if not re.search(pattern, role):
        return False
    return bool(_FORMER.match(post)) != former or _another_rank(role, asked)


# the qualifiers that name a portfolio, not a rank: "foreign", "defence"
_PORTFOLIOS = POST_QUALIFIERS - {"deputy", "vice", "prime", "acting", "assistant"}


def _another_rank(post: str, asked: str) -> bool:
    """Whether the post ``post`` (lower case) is another rank than the one ``asked`` names:
    a deputy, vice, under- or assistant one, or the cabinet's head ("Prime Minister"), on one
    side only; or another portfolio named on both sides ("The foreign minister ...", then
    "the defence minister"). A portfolio one side leaves out is no other rank."""
    if any(not _says_rank(r, asked) for r in _RANKS.findall(post)):
        return True
    if any(not _says_rank(r, post) for r in _RANKS.findall(asked)):
        return True
    if bool(re.search(r"\bprime\b", post)) != bool(re.search(r"\bprime\b", asked)):
        return True
    own = {w for w in re.findall(r"[a-z]+", post) if w in _PORTFOLIOS}
    said = {w for w in re.findall(r"[a-z]+", asked) if w in _PORTFOLIOS}
    return bool(own and said and own != said)


def introducing_post(reg: Registry, e: Entity, pos: int) -> str | None:
    """The post a paragraph opens on before it names ``e``, a person of no post given, for
    the first time and before ``pos``, when ``e`` is the subject the opening describes:
    "The Deputy Secretary-General remains in Paris ... She is fine ... Ms. Mohammed called
    for ..." is the deputy's paragraph, so a later bare "the Secretary-General" is someone
    else. None otherwise: the sentences between must each go on about the opening's subject
    ("he", "she") and name no one else and no other post, and ``e`` must lead their own
    sentence, not answer or address that subject ("Mr. Tinubu responded", "Mr. X told
    her"). (Read once per person and first naming: Registry.introduced_by.)"""
    if e.kind != "person" or e.role or not e.positions or e.positions[0] >= pos:
        return None
    first = e.positions[0]
    key = (id(e), first)
    if key not in reg.introduced_by:
        reg.introduced_by[key] = _introducing_post(reg, first)
    return reg.introduced_by[key]


def _introducing_post(reg: Registry, first: int) -> str | None:
    text = reg.text
    reach = max(0, first - _PARAGRAPH_REACH)
    para = text.rfind("\n", reach, first) + 1
    if para == 0 and reach > 0:
        return None  # no paragraph opening near enough
    opening = _OPENING_POST.match(text, para, first)
    start = reg.sentence_start(first)
    # (named in the opening sentence itself, one is the post's guest or partner: "The
    # President received Mr X")
    if opening is None or start <= para:
        return None
    if reg.person_between(opening.end(), first):
        return None
    led = _NAMED_FIRST.match(text, start, first)
    if led is None or _ANSWERS.match(text, first):
        return None
    if _ADDRESSES.search(text, first, reg.sentence_end(first)):
        return None
    # the sentences between the opening's and the person's
    at = reg.sentence_end(opening.end())
    hers = None
    while at < start:
        end = min(reg.sentence_end(at), start)
        if _ANY_POST.search(text, at, end):
            return None
        pronoun = _GOES_ON.search(text, at, end)
        if pronoun is None:
            return None
        if hers is None:
            hers = pronoun["p"].lower() in ("she", "her")
        at = end
    hon = (led["hon"] or "").lower()
    if hers is not None and hon != "dr" and hon and (hon in ("mr", "sir")) == hers:
        return None  # "She ... Mr. X": not the one the paragraph goes on about
    return opening["post"]


def _one_person_of_paragraph(reg: Registry, pos: int) -> Entity | None:
    """The one person named, outside what was said, in the paragraph before ``pos`` or, when
    it names none, in the paragraph before it; None when it names more than one."""
    text = reg.text
    end = pos
    start = text.rfind("\n", 0, pos) + 1
    for _ in range(2):
        people = {
            id(e): e
            for e in reg.named_lately(pos)
            if e.kind == "person" and any(start <= at < end for at in reg.visible_positions(e))
        }
        if people:
            return next(iter(people.values())) if len(people) == 1 else None
        end = len(text[:start].rstrip("\n"))
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
    return None


def _author_named(reg: Registry, head: str, pos: int) -> Entity | None:
    """ "X read a congratulatory letter from President Ilham Aliyev. The letter said ...": the
    person the text just named as the document's sender."""
    start = max(0, pos - _AUTHOR_REACH)
    found = None
    for m in re.finditer(
        rf"\b{head}s?\s+(?:from|by|sent\s+by|signed\s+by)\s+", reg.text[start:pos]
    ):
        found = start + m.end()
    if found is None:
        return None
    for p in range(found, min(found + _AUTHOR_NAME_REACH, pos)):
        e = reg.owner.get(p)  # the first person named after "from"
        if e is not None and e.kind == "person":
            return e
    return None


# "sent greetings", "sent his condolences": a message sent, by what it conveyed
_GREETINGS = r"(?:(?:his|her|their|warm|a)\s+)?(?:greetings|condolences|congratulations)\b"
# what "the document" may have been called where it was first named
_DOCUMENT_NOUNS = r"paper|plan|proposal|text|blueprint|roadmap|road map|initiative"
_ISSUED_REACH = 1200  # characters: how far back "X issued a statement" may stand
_NAMED_ISSUER_REACH = 6000  # and, beyond that, "a statement issued by X"


def _issuer_of_document(reg: Registry, head: str, pos: int) -> Entity | None:
    """ "The museum issued a statement of concern ... the statement urged ...", "X said in a
    statement ... The statement added ...": the subject of the sentence that last named such
    a document, who issued it; or the body it was told to be issued by ("according to a
    readout published by China's foreign ministry. The readout said ...")."""
    # (a document is named by one noun, then another: "published a 12-point paper ... The
    # document calls for")
    nouns = f"{head}|{_DOCUMENT_NOUNS}" if head == "document" else head
    # ("X sent greetings to Y ... The message reads: ...": the greetings sent were the message)
    sent = rf"|\bsent\s+{_GREETINGS}" if head in ("message", "messages", "telegram") else ""
    # (its article opening a sentence too, "A Saudi Foreign Ministry statement was read out";
    # an issuer of four words before the noun: "a North Korean Foreign Ministry statement")
    named = re.compile(
        r"\b(?:[Aa]|[Aa]n|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+"
        rf"(?:[\w'\u2019-]+\s+){{0,4}}?(?:{nouns})\b{sent}"
    )
    found = list(named.finditer(reg.text, max(0, pos - _ISSUED_REACH), pos))
    # (a later document named by another issuer, "an Iranian statement", is the one meant:
    # no body named in an earlier one's phrase is read past it)
    named_since = False
    for m in reversed(found):
        body = _body_issuing(reg, m.end()) or (None if named_since else _body_naming(reg, m))
        if body is not None:
            return body
        named_since = named_since or _issuer_in_name(m) is not None
        if m.group()[0].isupper() and _issuer_in_name(m) is None:
            # "The statement came hours after X vowed ...", "His statement ...": a sentence
            # opening on the document already named, no issuer in its phrase, goes on about
            # it; its other subjects did not issue it
            continue
        if _REPORTED_BY_IT.search(reg.text, max(0, m.start() - 16), m.start()):
            # "Wang, according to the readout, told Y ...", "Wang, the readout went on, told
            # Y ...": the one the document reports on is the subject, not its issuer
            continue
        if m.group().startswith("the") and _REACTING_VERB_BEFORE.search(
            reg.text, max(0, m.start() - 48), m.start()
        ):
            # "Y missed the statement", "Z welcomed the declaration", "W did not sign the
            # letter": a document the story already has, as the thing someone was absent
            # from or reacted to; its subject did not issue it (one who "read the statement
            # to reporters" or "made the statement" still did)
            continue
        opening = reg.sentence_start(m.start())
        i = bisect.bisect_left(reg.subject_list, opening)
        while i < len(reg.subject_list) and reg.sentence_start(reg.subject_list[i]) == opening:
            e = reg.owner.get(reg.subject_list[i])
            if (
                e is not None
                and e.kind in ("person", "institution")
                and reg.visible(reg.subject_list[i])
                and not is_outlet(e)
                # ("X's office said in a statement": X owns the subject, the office issued it;
                # "Japan's Prime Minister X issued a statement": the post's holder issued it)
                and not _POSSESSOR_OF_A_THING.match(reg.text, reg.subject_list[i])
            ):
                return e
            i += 1
        issuer = _ISSUER_BEFORE.match(reg.text, opening, m.start())
        phrase = parse_speaker(issuer["who"]) if issuer else None
        if phrase is not None and phrase.kind == "institution" and not is_media(phrase):
            # "China's foreign ministry has published a 12-point paper": a body named by its
            # kind, which issues the document but says nothing itself, is not yet known
            return reg.add(phrase, opening + issuer.start("who"))
    # "a readout released by the Chinese foreign ministry" further back, the story having
    # turned to others since: the body the text said issued it
    back = max(0, pos - _ISSUED_REACH)
    for m in reversed(list(named.finditer(reg.text, max(0, back - _NAMED_ISSUER_REACH), back))):
        body = _body_issuing(reg, m.end()) or (None if named_since else _body_naming(reg, m))
        if body is not None:
            return body
        named_since = named_since or _issuer_in_name(m) is not None
    return None


# "the European Union issued ", "Later, the EU put out ": a verb of issuing just before the
# document named, its subject after any words set off before it
_ISSUED_BEFORE = re.compile(
    r"(?:[^,.;:\n\"\u201c]{1,40},\s+)?(?P<who>[^,.;:\n\"\u201c]{2,60}?)\s+(?:(?:has|have|had)\s+)?"
    r"(?:issued|published|released|put\s+out|circulated)\s+$"
)


def _issued_by_another(reg: Registry, head: str, pos: int) -> Entity | None:
    """ "In Tehran, a foreign ministry statement said ... Later, the European Union issued a
    statement of its own. '...,' the statement said": when the document named last before
    ``pos`` was issued by a body or person named as the subject of its sentence, whom no rule
    above resolved, that issuer, never one who spoke before it. ("The ministry had issued a
    statement": a description, left to the rules below.)"""
    named = re.compile(rf"\b[Aa]n?\s+(?:[\w'\u2019-]+\s+){{0,4}}?(?:{head})\b")
    found = list(named.finditer(reg.text, max(0, pos - _ISSUED_REACH), pos))
    if not found:
        return None
    m = found[-1]
    opening = reg.sentence_start(m.start())
    issued = _ISSUED_BEFORE.fullmatch(reg.text, opening, m.start())
    if issued is None or not reg.visible(m.start()):
        return None
    phrase = parse_speaker(issued["who"].strip())
    if phrase is None or phrase.kind not in ("person", "institution") or is_media(phrase):
        return None
    return reg.add(phrase, issued.start("who"))


def _kind_of_ministry(issuer: re.Match[str]) -> bool:
    """Whether the issuer is wire copy's "foreign ministry" or "defence ministry", in lower
    case: a ministry of a state the phrase does not name."""
    return issuer.group(1).split()[0] in ("foreign", "defence", "defense")


def _another_state_since(reg: Registry, body: Entity, pos: int) -> bool:
    """Whether, after ``body`` was last named and before ``pos`` (no further back than
    _ISSUED_REACH: a scan of its own for each statement), the story named a state other than
    its own (by name, adjective or capital), outside what was said."""
    since = reg.last_before(body, pos)
    if since < 0 or body.country is None:
        return False
    for word in _STATE_WORD.finditer(reg.text, max(since, pos - _ISSUED_REACH), pos):
        w = word.group().removesuffix("'s").removesuffix("\u2019s").lower()
        state = NAMED_IN_TEXT.get(w) or NATIONALITIES.get(w) or CAPITALS.get(w)
        if state is not None and state != body.country and reg.visible(word.start()):
            return True
    return False


_STATE_WORD = re.compile(r"\b[A-Z][\w'\u2019-]+")


_REPORTED_BY_IT = re.compile(r"(?:\b[Aa]ccording\s+to|,)\s+$")
# "X missed the ", "X welcomed the ", "X did not sign the ", "X left ... before the ": a verb
# of absence or of reacting just before a definite document, whose subject did not issue it
_REACTING_VERB_BEFORE = re.compile(
    r"\b(?:missed|skipped|received|welcomed|hailed|praised|applauded|rejected|dismissed"
    r"|critici[sz]ed|condemned|denounced|(?:did\s+not|didn[\'\u2019]t|refused\s+to)"
    r"\s+(?:sign|endorse|back|join)|left\b[^.\n]{0,40}?\bbefore|before)\s+$"
)
# "China's foreign ministry has published ", "The ministry on Friday issued ": the sentence's
# subject, then a verb of issuing, just before the document named
_ISSUER_BEFORE = re.compile(
    r"(?P<who>[A-Z][^,.;:\n\"\u201c]{1,60}?)\s+(?:(?:has|have|had)\s+)?"
    r"(?:(?:on|late|early)\s+[A-Z]?[a-z]+\s+)?"
    r"(?:issued|published|released|put\s+out|unveiled|presented|posted|circulated)\s+$"
)
# "a statement issued by", "a readout later published by": the document's issuer comes next;
# or the body whose meeting adopted it ("a communique issued at the end of the extraordinary
# summit of the Arab League", "a declaration adopted at the session of the Council")
_ISSUED_BY = re.compile(
    r"\s+(?:(?:later|also|jointly|subsequently|separately)\s+)?(?:issued|released|published|"
    r"put\s+out|posted|circulated|adopted)\s+(?:by\s+|(?:at\s+the\s+(?:end|close|conclusion)"
    r"\s+of|at|after|following)\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,3}?(?i:summit|meeting|"
    r"session|conference|congress)\s+of\s+)"
)
# the issuer's name runs up to a comma, a full stop or a phrase of time, place or relation
_ISSUER_NAME = re.compile(
    r"[^,.;:\n\"\u201c]{2,80}?(?=\s+(?:on|in|at|after|before|late|early|earlier|later|last|this|"
    r"which|who|that|and|to|for|with)\b|[,.;:\n\"\u201c]|$)"
)


# "a Saudi Foreign Ministry statement", "a White House statement": the document named by its
# issuer, a body's capitalised name between the article and the noun
_ISSUER_IN_NAME = re.compile(
    r"(?:[Aa]|[Aa]n|[Tt]he)\s+(?P<who>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,4})\s+[a-z]+$"
)


def _issuer_in_name(m: re.Match[str]) -> SpeakerPhrase | None:
    """Whoever the capitalised words in the document's own phrase name ("a Kremlin
    statement", "an Iranian statement"), if they name anyone."""
    named = _ISSUER_IN_NAME.fullmatch(m.group())
    return parse_speaker(named["who"]) if named else None


def _body_naming(reg: Registry, m: re.Match[str]) -> Entity | None:
    """The body whose name stands in the document's own phrase ("a Saudi Foreign Ministry
    statement said"): its issuer; not a state as a whole, nor a news outlet."""
    named = _ISSUER_IN_NAME.fullmatch(m.group())
    phrase = _issuer_in_name(m)
    if (
        phrase is None
        or phrase.kind != "institution"
        or not phrase.name
        or phrase.name == phrase.country
        or is_media(phrase)
    ):
        return None
    return reg.add(phrase, m.start() + named.start("who"))


def _body_issuing(reg: Registry, end: int) -> Entity | None:
    """The body named as issuing the document named just before ``end`` ("a chairman's
    statement issued by Brunei"), when the text says so; a news outlet publishes, it does not
    issue."""
    issued = _ISSUED_BY.match(reg.text, end)
    who = _ISSUER_NAME.match(reg.text, issued.end()) if issued else None
    phrase = parse_speaker(who.group().strip()) if who else None
    if phrase is None and who is not None and " of " in who.group():
        # "the ECOWAS Authority of Heads of State": a body whose name runs on in posts
        # reads as its name before them
        phrase = parse_speaker(who.group().split(" of ")[0].strip())
    if phrase is None or phrase.kind != "institution" or not phrase.name or is_media(phrase):
        return None
    return reg.add(phrase, who.start())


_PAIR_REACH = 300  # characters: how far back the two people "the former" chooses from


def _former_or_latter(reg: Registry, head: str, pos: int) -> Entity | None:
    """ "During a meeting between Wang and Pompeo ..., the former accused ...": of the two
    people named last (and lately), the first or the second. Only the characters just before
    are read, so many such words in a long text stay linear."""
    last: dict[int, int] = {}  # entity id -> where it was named last
    people: dict[int, Entity] = {}
    for p in range(max(0, pos - _PAIR_REACH), pos):
        e = reg.owner.get(p)
        if e is None or e.kind != "person" or _PAIR_WORD.match(reg.text, p) or not reg.visible(p):
            continue
        last[id(e)], people[id(e)] = p, e
    named = sorted((p, k) for k, p in last.items())
    if len(named) < 2:
        return None
    (first, one), (_, other) = named[-2], named[-1]
    if reg.text.count(".", first, pos) > 1:
        return None  # not named together
    return people[one] if head == "former" else people[other]


_PAIR_WORD = re.compile(r"\s*the\s+(?:former|latter)\b", re.I)
_ACRONYM = re.compile(r"\b[A-Z](?:[A-Z]|\.[A-Z])+\.?")
# a capitalised word inside a description after its first word: "the Ohio governor"
# "at the press conference with President X, the President said": the one the subject met
_WITH_PARTNER = re.compile(r"\bwith\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}$")


def _partner_at(reg: Registry, e: Entity, pos: int, opening: int) -> bool:
    """Whether ``e`` was last named before ``pos``, in its sentence, as the one met with
    ("Yesterday, at the joint press conference with President X, the President said"):
    the other party of the subject's occasion, not the subject the title then names."""
    at = reg.last_before(e, pos)
    return _WITH_PARTNER.search(reg.text, max(opening, at - 40), at) is not None


_PLACE_WORD = re.compile(r"(?<=\s)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*(?=\s+[a-z])")


def _holds_for(e: Entity, acronyms: set[str]) -> bool:
    """Whether ``e``'s post is at one of the bodies the acronyms name."""
    held = f"{e.role or ''} {e.institution or ''}".replace(".", "")
    return any(re.search(rf"\b{re.escape(a)}\b", held) for a in acronyms)


_STATE_ORGAN = re.compile(r"\b(?:ministry|office|government|embassy|presidency|department)\b", re.I)


def _a_group_or_agency(e: Entity) -> bool:
    """A body "the group" or "the agency" may stand for: no news outlet, no state, no organ
    of a state's government."""
    return not is_outlet(e) and e.name not in STATE_NAMES and not _STATE_ORGAN.search(e.name)


# the post of the one who chairs the OSCE for the year (its chairing state's foreign minister)
_IN_OFFICE = frozenset(("chairperson-in-office", "chair-in-office", "chairman-in-office"))
# "Malta's Chairpersonship", "the OSCE Chairmanship"; with another body's name before it
# ("India's G20 Chairmanship", "the Arab League Chairmanship") the chair is that body's
_CHAIRPERSONSHIP = re.compile(
    r"\b(?:(?P<body>[A-Z][A-Z0-9]+|League|Council|Union|Summit|Forum|Group|Assembly)\s+)?"
    r"[Cc]hair(?:person|man)?ship\b"
)
_FOREIGN_MINISTER = re.compile(_FOREIGN_SERVICE_HEAD, re.I)
# the chairpersonship is told of near the mention: past this many sentences of it naming no
# minister, none is looked for, nor past eight times as many mentions of any chairmanship
# (a page of thousands costs no pass over all for each mention)
_CHAIR_SENTENCES = 8


def _chair_named(reg: Registry, pos: int) -> Entity | None:
    """ "Foreign Minister X presented Finland's Chairpersonship ..." then "said the
    Chairperson-in-Office": the foreign minister named nearest the OSCE's Chairpersonship
    in the latest sentence before ``pos`` that tells of it and names one (the chair is the
    chairing state's foreign minister, who may have taken it over from another named
    before; a prime minister, or an ambassador who thanks the Chairpersonship, is not).
    None when no sentence does: the post given before a name, "The OSCE
    Chairperson-in-Office, Foreign Minister X", is read as any other title."""
    ministers = [
        e for e in reg.entities if e.kind == "person" and _FOREIGN_MINISTER.search(e.role or "")
    ]
    if not ministers:
        return None
    told = _chairpersonship_told(reg.text)
    read, last, end = 0, -1, bisect.bisect_left(told, (pos,))
    for k in range(end - 1, max(-1, end - 1 - 8 * _CHAIR_SENTENCES), -1):
        start, body = told[k]
        if body not in (None, "OSCE"):
            continue
        a = reg.sentence_start(start)
        if a == last:
            continue  # the same sentence again
        last, read = a, read + 1
        if read > _CHAIR_SENTENCES:
            break
        b = min(reg.sentence_end(start), pos)
        named = []
        for e in ministers:
            i = bisect.bisect_left(e.positions, a)  # (kept sorted)
            while i < len(e.positions) and e.positions[i] < b:
                named.append((abs(e.positions[i] - start), e))
                i += 1
        if named:
            return min(named, key=lambda n: n[0])[1]
    return None


@lru_cache(maxsize=1)
def _chairpersonship_told(text: str) -> tuple[tuple[int, str | None], ...]:
    """Where the page tells of a chairpersonship (where the words start, and the other body's
    name before it, if any), in order: found once for every mention of the chair."""
    return tuple((m.start(), m["body"]) for m in _CHAIRPERSONSHIP.finditer(text))


def _institution_named_last(reg: Registry, pos: int) -> Entity | None:
    """The institution of any kind (an outlet or a state too) named last before ``pos``."""
    best, best_pos = None, -1
    for e in reg.entities:
        if e.kind != "institution":
            continue
        q = reg.last_before(e, pos)
        if q > best_pos:
            best, best_pos = e, q
    return best


def _a_states_force(name: str) -> bool:
    """Whether ``name`` is a state's armed force, which "the military" stands for ("IDF",
    "Syrian Arab Army"): a word of it names a state or its people, or it is named by its kind
    alone ("the Armed Forces"); an insurgent army's name holds no state of its own, or the
    words of a revolt ("Free Syrian Army")."""
    bare = re.sub(r"^[Tt]he\s+", "", name)
    if bare.lower() in _STATE_FORCES_UNNAMED:
        return True
    m = _STATE_FORCE.fullmatch(name)
    if m is None:
        return False
    if m["of"]:
        return _a_state_word(m["of"].removeprefix("the ").strip())
    words = [re.sub(r"['\u2019]s$", "", w).lower() for w in (m["whose"] or "").split()]
    if _INSURGENT_WORDS.intersection(words):
        return False
    return not words or any(_a_state_word(w) or _a_state_word(w.replace(".", "")) for w in words)


def _a_state_word(word: str) -> bool:
    """Whether a word names a state or its people ("Ukraine", "Thai", "U.S.")."""
    return word.lower() in NAMED_IN_TEXT or word.lower() in NATIONALITIES


def _armed_force_named_last(reg: Registry, pos: int) -> Entity | None:
    """The state's armed force ("IDF", "Nigerian Army") named last before ``pos``, if in the
    same paragraph or the one before; further back, the story's own force (its dateline
    state's, else the one its lead names) over one named in passing since; or None (an
    insurgent army named last leaves "the military" unresolved)."""
    forces = [
        (q, e)
        for e in reg.entities
        if e.kind == "institution"
        and _a_states_force(e.name or "")
        and (q := reg.last_before(e, pos)) >= 0
    ]
    if not forces:
        return None
    last, best = max(forces, key=lambda f: f[0])
    if not any(line.strip() for line in reg.text[last:pos].split("\n")[1:-1]):
        return best  # no whole paragraph between
    if _named_in_two_paragraphs(reg.text, best, pos):
        return best  # a force the story has stayed with, not one named in passing
    home = (reg.home or "").lower()
    own = [e for _, e in forces if home and _force_of(e.name or "") == home]
    if not own:
        lead_end = _lead_end(reg.text)
        own = [e for _, e in forces if e.positions and e.positions[0] < lead_end]
    return own[0] if len(own) == 1 else best


def _named_in_two_paragraphs(text: str, e: Entity, pos: int) -> bool:
    """Whether two paragraphs before ``pos`` name ``e`` (one look back, however long the
    story)."""
    k = bisect.bisect_left(e.positions, pos)
    return k > 1 and e.positions[0] <= text.rfind("\n", 0, e.positions[k - 1])


def _force_of(name: str) -> str | None:
    """The state a force's name holds ("Sudanese Army": "sudan"), lower-cased, or None."""
    for word in re.findall(r"[\w.'\u2019-]+", name):
        bare = re.sub(r"['\u2019]s$", "", word).lower()
        state = NAMED_IN_TEXT.get(bare) or NATIONALITIES.get(bare)
        if state:
            return state.lower()
    return None


def _lead_end(text: str) -> int:
    """Where a story's lead ends: the end of its second line with words (the first is the
    headline)."""
    for seen, m in enumerate(re.finditer(r"[^\n]*\S[^\n]*", text)):
        if seen == 1:
            return m.end()
    return len(text)


def _body_named_last(reg: Registry, pos: int) -> Entity | None:
    """The international body named last before ``pos``, in what was said too ("The AU is
    sending an envoy, the body said"), past the headline (whose capitals make names of any
    words)."""
    first_line = reg.text.split("\n", 1)[0].rstrip()
    headline = len(first_line) if not first_line.endswith((".", "!", "?", '"', "\u201d")) else -1
    best, best_pos = None, headline
    for e in reg.entities:
        if e.kind != "institution" or e.name in STATE_NAMES:
            continue
        if is_outlet(e):
            continue
        i = bisect.bisect_left(e.positions, pos) - 1
        if i >= 0 and e.positions[i] > best_pos:
            best, best_pos = e, e.positions[i]
    return best


def body_spokesperson(reg: Registry, mention: SpeakerPhrase, pos: int) -> Entity | None:
    """ "a representative of the Foreign Ministry", "a spokesman for the ministry": the one
    spokesperson of that body the article has named before, if it named exactly one."""
    if (mention.head or "") not in _SPOKES_HEADS or not mention.institution:
        return None
    body = set(re.findall(r"[a-z]+", mention.institution.lower())) - {"the", "of", "for"}
    fits = [
        e
        for e in reg.entities
        if e.kind == "person"
        and re.search(r"spokes|representative", (e.role or "").lower())
        and body <= set(re.findall(r"[a-z]+", (e.institution or "").lower()))
        and reg.named_before(e, pos)
    ]
    return fits[0] if len(fits) == 1 else None
