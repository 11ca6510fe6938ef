"""The people a transcript's header names, and which of them asks or holds the floor.

A title names its lead ("Regular Briefing by Spokesperson X", "Minister Y's Interview with
CNN's Z") and a host ("hosted by Z", "CNN's Z"): a turn label such as "Ambassador:", "MR
PRICE:" or "A." stands for one of them. Names read from a line are pairs of a title and a name,
or a name and the title after it ("Matthew Miller, Spokesperson").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from tracker.extract.lexicon import (
    CAPITALS,
    COUNTRIES,
    MEDIA_HEADS,
    NATIONALITIES,
    NOT_NAMES,
    ORG_HEADS,
    PRESS_TITLES,
    ROLE_WORDS,
)
from tracker.extract.name_shapes import surname_like_title
from tracker.extract.speaker_phrase import SpeakerPhrase, institution_for
from tracker.extract.speakers import PEERAGE, parse_speaker
from tracker.extract.subject_phrase import is_media
from tracker.extract.transcript_header import OCCASION, lowered, word_set

_TITLE_WORDS = word_set(
    "transcript transcripts interview interviews briefing briefings press conference "
    "availability remarks speech statement address talks meeting joint regular daily weekly "
    "live exclusive full text news media session opening beginning gives holds meets says "
    "answer answers reply replies questions excerpts excerpt noon q&a following home note "
    "correction appended "
    "update updated photo video audio source related read see share print tags subscribe "
    "caption credit advertisement show programme program"
)
# "Press Secretary X", "Press Attaché X": "Press" opens a post here, not an occasion
_PRESS_POST = re.compile(r"[ \t]+(?:Secretary|Officer|Attach[ée]|Spokes)")
_CONNECT = {"of", "for", "the", "and", "de", "du", "da", "del", "van", "von", "bin", "al", "le"}
# prepositions a headline capitalises ("Press Availability With Foreign Minister X After
# Their Meeting"): they end a name, they are no part of one ("To" is not among them: To Lam)
_BREAKS = word_set(
    "with after at on in before following during from by between amid upon via "
    # "Blinken Addresses Media at Press Availability": a headline in title case puts its
    # verb in capitals after the name
    "addresses holds meets says urges calls warns welcomes speaks briefs hosts delivers "
    "discusses visits receives joins announces condemns stresses reaffirms responds answers "
    "attends chairs tells"
)
_HONORIFIC = word_set("mr mr. ms ms. mrs mrs. dr dr. h.e. m. mme mme. shri smt smt. prof prof.")
_LINE_CHARS = 1000  # a header line is read this far for the people it names
_NAME_WORDS = 14  # a title and a name take no more words than this
_EXCELLENCY = re.compile(r"^(?:His|Her)\s+(?:Royal\s+)?(?:Excellency|Highness)\s+")
_PAREN = re.compile(r"\s*\([^)]*\)")
_ROLE_AFTER = re.compile(r",\s+(?:the\s+)?([A-Z][^,;()\n]{2,80}?)(?=,|;|\.\s|\.$|\s+to\s|$)")
# a word, whatever its first letter ("Çavuşoğlu", "Ébert")
_TOKEN = re.compile(r"[^\W\d_][\w.'\u2019&-]*|&")
# "Abdel Fattah al-Sisi": a surname with the Arabic article joined, in lower case
_ARTICLE_JOINED = re.compile(r"(?:al|el|ad|as|ash|ibn|abu)-[A-Z]")
# "hosted by X", "CNN's X", "Radio Sur's host X": the one asking
_HOST_BEFORE = re.compile(
    r"(?:hosted|interviewed|moderated|conducted|presented|asked)\s+by\s+(?:[A-Z][\w.&-]*\s+)*$"
    # "X answered questions from TASS First Deputy Director General Y": Y asks
    r"|\bquestions?\s+(?:from|of|by|put\s+by)\s+(?:[A-Z][\w.&-]*\s+)*$"
    r"|\b(?P<outlet>[A-Z][\w.&-]*)['\u2019]s\s+(?:[a-z]+\s+)?$"
    # "Name of interviewers: Ms. X", "Host: X": a page's field naming who asks
    r"|\b(?i:interviewers?|hosts?|anchors?|moderators?|presenters?)[ \t]*:[ \t]*"
    r"(?:[A-Z][\w.&-]*\s+)*$"
    # "X had a live interview with Y", "X's interview with Y": the one X answered
    r"|(?:['\u2019]s|\b(?:had|gave|gives|has|held|did|granted|grants))\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,4}(?i:interview)\s+with\s+(?:[A-Z][\w.&-]*\s+)*$"
)
# "X's interview with Y", "X's exclusive interview with the Y": only the words between two names
_POSSESSIVE_INTERVIEW = re.compile(
    r"['\u2019]s\s+(?:[\w-]+\s+){0,3}?(?i:interview)\s+with\s+(?:the\s+)?"
)
# "Answers to media questions by Ambassador X": the "by" is of the answers, X answers
_ANSWERS_BY = re.compile(
    r"\b(?i:answers?)\s+to\s+(?:[\w'\u2019]+\s+){0,3}questions?\s+by\s+(?:[A-Z][\w.&-]*\s+)*$"
)
# "In an interview with Nikkei Asia on Monday, X said": a story's sentence, the one named
# after "with" is whom the interview was given to (an outlet or its reporter), never the guest
_GIVEN_INTERVIEW = re.compile(
    r"\b(?:[Ii]n|[Dd]uring)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?interview\s+"
    r"(?:with|to)\s+(?:[A-Z][\w.&-]*\s+)*$"
)
# ... and the one who said what follows is the guest: "..., Retno said", by surname alone too
_GUEST_AFTER = re.compile(
    r"\s*(?:In|During)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?interview\s+"
    r"(?:with|to)\s+[^,\n]{2,120},\s+(?P<who>(?:[A-Z][\w.'\u2019-]*\s+){0,5}[A-Z][\w'\u2019-]*)"
    r"\s+(?:said|says|told|stressed|noted|argued|warned|insisted)\b"
)
# "X interviewed Foreign Secretary Y"; "THE ANDREW MARR SHOW": a programme bears its host's name
_ASKS_AFTER = re.compile(
    r"\s+(?:interviewed|interviews|questioned|asked)\s+(?:the\s+)?[A-Z]|\s+(?:[Ss]how|SHOW)\b"
)
_MEDIA_WORDS = {"tv", "radio", "news", "times", "post", "daily", "television", "channel"}
# "Briefing by Spokesperson X", "Interview given by X", "remarks delivered by X"
_LEAD_BEFORE = re.compile(
    r"(?:" + OCCASION.pattern[2:-2] + r"|speech|address|statement)\s+"
    r"(?:(?:given|held|delivered|made)\s+)?by\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+)*$"
    # "Department Press Briefing with Principal Deputy Spokesperson X": one who briefs
    r"|\b(?:briefing|press conference|press availability)\s+with\s+(?:the\s+)?"
    r"(?:[A-Z][\w.-]*\s+)*$",
    re.I,
)
# "Interview of Foreign Minister X with ...", "Interview with X": who is interviewed
_INTERVIEW_OF = re.compile(
    r"\b(?:interview|conversation|exclusive)(?:\s+(?:of|with)|\s*[:\u2013\u2014-])\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'\u2019-]*\s+)*$",
    re.I,
)
# gov.uk's "From: Foreign, Commonwealth & Development Office and The Rt Hon X MP": the
# page's publishers, among them the minister whose speech or interview it is
_FROM_FIELD = re.compile(r"\s*From:\s")
# "X's Regular Press Conference", "X gives exclusive interview", "X held a press conference"
_LEAD_AFTER = re.compile(
    r"(?:['\u2019]s|(?:,[^,\n]{2,80},)?\s+(?:gives|gave|holds|held|delivers|delivered|"
    r"answers|answered))\s+(?:[\w-]+\s+){0,4}?"
    r"(?:" + OCCASION.pattern[2:-2] + r"|speech|address)\b"
    # "X told TASS about ...", "X spoke to Izvestia about ...": the one who answers
    r"|(?:,[^,\n]{2,80},)?\s+(?:told|tells|spoke\s+to|talks\s+to|talked\s+to)\s+"
    r"(?:the\s+)?(?-i:[A-Z][\w.&-]*)(?:\s+(?-i:[A-Z][\w.&-]*)){0,3}\s+(?:about|on)\b",
    re.I,
)


@dataclass(frozen=True)
class Participant:
    """A person the header names, and whether they are the one asking (a host)."""

    person: SpeakerPhrase
    host: bool
    occasion: bool = True  # named in a line about the occasion, not just anywhere above
    lead: bool = False  # the one the occasion is of: "X's press conference", "briefing by X"


def title_case(label: str) -> str:
    """ "MR PRICE" -> "Mr Price", "MS. JEAN-PIERRE" -> "Ms. Jean-Pierre": labels in capitals
    read like names written normally."""
    if not label.isupper():
        return label
    # "MARTÍNEZ" -> "Martínez": a capital with an accent is a letter of the same word; a
    # Turkish dotted capital ("FİDAN") is lowered to a plain "i", not an "i" and a dot
    label = label.replace("\u0130", "I")
    cased = re.sub(r"[^\W\d_]+", lambda m: m.group()[0] + m.group()[1:].lower(), label)
    # "X'S INTERVIEW": a possessive's "s" is no word of its own
    cased = re.sub(r"(?<=\w['\u2019])S\b", "s", cased)
    # "PRESIDENT OF THE UNITED STATES", "INTERVIEW WITH": the links of a title stay small
    return re.sub(
        r"(?<=\s)(?:Of|For|The|And|With|On|At|In|By)(?=\s)", lambda m: m.group().lower(), cased
    )


def _junk_name(name: str) -> bool:
    """A "name" made of title words, months, countries or institution words names no one."""
    if PEERAGE.fullmatch(name):
        return False  # "Lord Collins of Highbury": a peer, whose rank is part of the name
    words = [lowered(w) for w in name.split()]
    if surname_like_title(name.split()):
        words = words[:-1]  # "Angus King", "Nakatani Gen": a name that ends as a title begins
    given = 1 if len(words) >= 2 and not _place_word(words[1]) else 0
    return (
        not words
        # "Follow Us", "Contact Us": a page's link, whose object pronoun ends no one's name
        or name.split()[-1] == "Us"
        or any(
            w in _TITLE_WORDS or w in NOT_NAMES or w in ORG_HEADS or w in ROLE_WORDS for w in words
        )
        # ("Israel Katz", "Jordan Bardella": a given name that is a state's, before a
        # family name that is none)
        or any(_place_word(w) for w in words[given:])
        or words[-1] in MEDIA_HEADS
    )  # "Bloomberg Television", "Sky News": an outlet


def _place_word(word: str) -> bool:
    return word in COUNTRIES or word in NATIONALITIES or word in CAPITALS


# titles that pages of an institution abbreviate in their own headers: the EU's High
# Representative and Vice-President of the Commission is "HR/VP" on every EEAS page
_TITLE_ABBREVIATIONS = re.compile(r"\bHR/VP\b")
# "Press Gaggle by X Aboard Air Force One En Route Warsaw": where, not who (the capitals
# run on from the name)
_ON_THE_WAY = re.compile(r"\s+(?:[Ee]n [Rr]oute|EN ROUTE|[Aa]board|ABOARD)\b.*$")
# "V.Putin", "K.Panyushkin": an initial run into the surname, as some pages write labels
# (of two letters where one sound takes two: "Sh.Mirziyoyev", "Yu.Ushakov")
_GLUED_INITIAL = re.compile(r"\b([A-Z][a-z]?)\.(?=[A-Z][a-z])")
# "Mr.Vikas Swarup (Official Spokesperson):": a courtesy title run into the given name
_GLUED_COURTESY = re.compile(r"\b(Mr|Ms|Mrs|Dr|Shri|Smt|Prof)\.(?=[A-Z][a-z])")


_STATES = frozenset(COUNTRIES.values())
# a quotation set in a line: opened after a space, a colon or the line's start, closed
# before a space, a stop or the line's end (not "Ukraine's": no space before the mark)
_QUOTED_IN_LINE = re.compile(
    r"(?:^|(?<=[\s:(]))['\"\u2018\u201c]([^'\"\u2018\u2019\u201c\u201d]{3,200}?)['\"\u2019\u201d]"
    r"(?=$|[\s,.:;!?)])"
)


def person(phrase: str) -> SpeakerPhrase | None:
    """A person named by a title-and-name phrase: "Ambassador Liu Xiaoming", "MR PRICE",
    "President of Turkey Recep Tayyip Erdogan"; None for anything else."""
    phrase = _TITLE_ABBREVIATIONS.sub("High Representative", phrase)
    phrase = _GLUED_INITIAL.sub(r"\1. ", phrase)
    phrase = _GLUED_COURTESY.sub(r"\1. ", phrase)
    # "PRESIDENT RECEP TAYYIP ERDOGAN, Turkey": each part in capitals reads as written normally
    phrase = ",".join(title_case(part) for part in phrase.strip().split(","))
    phrase = _PAREN.sub("", phrase).strip(" ,;:")
    # ("His Excellency Prime Minister and Minister of Foreign Affairs Sheikh X bin Y bin Z
    # Al-Thani": the courtesy takes two words of the longest of titles and names)
    words = _EXCELLENCY.sub("", phrase).split()
    if not words or len(words) > _NAME_WORDS:
        return None
    if "," in phrase:
        # "Olaf Scholz, Chancellor of Germany": the title of a place, after the name
        name, post = (part.strip() for part in phrase.split(",", 1))
        placed = _title_of_place(f"{post} {name}", f"{post} {name}".split())
        if placed is not None and placed.name == name and placed.country in _STATES:
            return placed
    found = parse_speaker(phrase)
    if found is not None and found.kind == "person" and not _junk_name(found.name or ""):
        return _without_honorifics(found)
    return _title_of_place(phrase, words) or _listed_post_then_name(phrase)


def _listed_post_then_name(phrase: str) -> SpeakerPhrase | None:
    """ "Minister for Civil Defence, Emergencies and Disaster Relief Alexander Kurenkov": a
    post whose portfolio is a list (the Kremlin's labels), then a first name and surname."""
    words = phrase.split()
    if "," not in phrase or len(words) < 4 or lowered(words[0]) not in ROLE_WORDS:
        return None
    name = words[-2:]
    if not all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in name):
        return None
    if any(lowered(w) in ROLE_WORDS | ORG_HEADS for w in name) or words[-3].endswith(","):
        return None
    post = " ".join(words[:-2])
    return SpeakerPhrase("person", phrase, " ".join(name), role=post)


def _title_of_place(phrase: str, words: list[str]) -> SpeakerPhrase | None:
    """ "President of Turkey Recep Tayyip Erdogan", "Prime Minister of the Republic of Korea
    Han Duck-soo": a title, "of" a place, then the name. The place is a country known by
    name, or runs to the word after its last "of", or is one word."""
    low = [lowered(w) for w in words]
    head = 0
    while head < len(words) and low[head] in ROLE_WORDS:
        head += 1
    if head == 0 or head >= len(words) - 2 or low[head] not in ("of", "for"):
        return None
    rest = head + 1 + (low[head + 1] == "the")
    ends = [rest + n for n in range(4, 0, -1) if " ".join(low[rest : rest + n]) in COUNTRIES]
    if not ends:
        ofs = [i for i in range(rest, len(words) - 2) if low[i] == "of"]
        ends = [ofs[-1] + 2] if ofs else [rest + 1]
    end = ends[0]
    name = " ".join(words[end:])
    if not 2 <= len(words) - end <= 4 or _junk_name(name) or not words[end][:1].isupper():
        return None
    role = " ".join(words[:end])
    place_words = " ".join(low[rest:end])
    place = COUNTRIES.get(place_words) or " ".join(words[rest:end])
    inst = institution_for(role, place, None)
    return SpeakerPhrase(
        kind="person", text=phrase, name=name, role=role, institution=inst, country=place
    )


def _without_honorifics(found: SpeakerPhrase) -> SpeakerPhrase:
    """ "M. Jean-Yves Le Drian", "H.E. Ambassador": the name and title without courtesy."""
    name = " ".join(w for w in (found.name or "").split() if lowered(w) not in _HONORIFIC)
    role = " ".join(w for w in (found.role or "").split() if lowered(w) not in _HONORIFIC)
    return replace(found, name=name or found.name, role=role or None)


def _role_after(line: str, end: int) -> str | None:
    """ "Martin Nesirky, Spokesperson for the Secretary-General, and ...": the title after a
    name, up to the next comma."""
    m = _ROLE_AFTER.match(line, end)
    if not m:
        return None
    # "Jeremy Hunt, MP Foreign Secretary": the member's letters before the post are no part of it
    role = re.sub(r"^(?:MP|MSP|MEP|MLA|MS|TD)\s+(?=[A-Z])", "", m.group(1).strip())
    if not any(lowered(w) in ROLE_WORDS for w in role.split()[:3]) or len(role.split()) > 10:
        return None  # "X, Washington": a place, not a title
    return role


def _runs(line: str) -> list[tuple[int, int]]:
    """Spans of capitalised words (with "of", "for"... between them), broken by punctuation,
    title words, possessives and "&"."""
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int, str]] = []

    def close() -> None:
        while run and lowered(run[-1][2]) in _CONNECT:
            run.pop()
        if run:
            out.append((run[0][0], run[-1][1]))
        run.clear()

    prev_end = 0
    for m in _TOKEN.finditer(line):
        word, end = m.group(), m.end()
        if run and line[prev_end : m.start()].strip():
            close()
        possessive = word.endswith(("'s", "\u2019s"))
        if possessive:
            word, end = word[:-2], end - 2
        stop = word.endswith(".") and len(word) > 3 and "." not in word[:-1]
        if stop:
            word, end = word[:-1], end - 1  # a sentence's full stop, not an initial
        low = lowered(word)
        if low in _BREAKS:
            close()
        elif (
            word[:1].isupper()
            and (low not in _TITLE_WORDS or low == "press" and _PRESS_POST.match(line, end))
            or run
            and (low in _CONNECT or _ARTICLE_JOINED.match(word))
        ):
            run.append((m.start(), end, word))
        else:
            close()
        if possessive or stop:
            close()
        prev_end = m.end()
    close()
    return out


def _pairs(line: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "President Biden and Prime Minister Kishida": two people when both halves name one;
    "Minister for Europe and Foreign Affairs X" stays whole."""
    out = []
    for a, b in runs:
        parts = [
            (a + m.start(), a + m.end())
            # "X And Y Before Their Meeting": a headline in title case capitalises the "and"
            for m in re.finditer(r"\S.*?(?=\s+[Aa]nd\s+|$)", line[a:b])
        ]
        parts = [(pa + len(line[pa:pb]) - len(line[pa:pb].lstrip()), pb) for pa, pb in parts]
        parts = [
            (pa + 4, pb) if line[pa : pa + 4] in ("and ", "And ") else (pa, pb) for pa, pb in parts
        ]
        if len(parts) > 1 and all(person(line[pa:pb]) for pa, pb in parts):
            out.extend(parts)
        elif len(parts) > 1 and _full_name(line[parts[0][0] : parts[0][1]]):
            # "Vladimir Putin and President of the People's Republic of China X": a name in
            # full, then a title the possessive cut off from its own name, which runs on
            out.extend(parts)
        else:
            out.extend(_named_groups(line, parts) or [(a, b)])
    return out


def _named_groups(line: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """ "Prime Minister and Minister of Foreign Affairs Sheikh X and Foreign Minister Y": a
    post joined by "and" runs on to its holder's name; the halves group into people, each
    ending in a name, or None when they do not."""
    groups: list[tuple[int, int]] = []
    start: int | None = None
    for pa, pb in parts:
        start = pa if start is None else start
        found = person(line[start:pb])
        if found is not None and found.name and " " in found.name:
            groups.append((start, pb))
            start = None
    return groups if len(groups) > 1 and start is None else None


def _full_name(words: str) -> bool:
    """Whether ``words`` are a person's name, given name and surname, with no title."""
    found = person(words)
    return found is not None and not found.role and len((found.name or "").split()) >= 2


def _hosted(before: str) -> bool:
    """Whether the words before a name make its bearer the host: "hosted by", or the
    possessive of an outlet (an acronym such as CNN, or a media word)."""
    m = _HOST_BEFORE.search(before)
    if not m or _ANSWERS_BY.search(before):
        return False
    outlet = m["outlet"]
    if outlet is None:
        return True
    words = before[: m.start("outlet") + len(outlet)].split()[-3:]
    return outlet.isupper() or any(
        lowered(w) in _MEDIA_WORDS or lowered(w) in ORG_HEADS for w in words
    )


# "Interview with Jane Roe, Sky News", "Interview with Jane Roe and John Doe 891ABC",
# "... with Jane Roe - Radio 3AW": names, then the outlet their bearers work for
_AFTER_NAMES = re.compile(
    r"(?:[ \t]+and[ \t]+[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,2})?"
    r"(?:[ \t]*[,\u2013\u2014-][ \t]*|[ \t]+)"
    r"(?P<outlet>[A-Z\d][\w&'.-]*(?:[ \t]+[\w&'.-]+){0,3}?)[ \t]*(?:[,;(]|$)"
)
_NOT_OUTLET = re.compile(
    r"\b(?i:briefing|conference|statement|remarks|meeting|summit|interview|address|speech|"
    r"session|visit|talks)\b"
)
# "891ABC", "3AW", "Hot 91.1 FM", "NOVA 969": a broadcaster's call sign or frequency
_CALL_SIGN = re.compile(r"\d{1,4}(?:\.\d)?[ \t]?[A-Z]{2,4}|[A-Z]{2,4}[ \t]?\d{2,4}(?:\.\d)?|FM|AM")


def _outlet_after(line: str, end: int) -> bool:
    """Whether the name ending at ``end`` (or a second name joined to it by "and") is
    followed by the news outlet its bearer works for: a journalist, who asks."""
    m = _AFTER_NAMES.match(line, end)
    if m is None:
        return False
    outlet = m["outlet"]
    words = outlet.split()
    if OCCASION.search(outlet) or _NOT_OUTLET.search(outlet):
        return False  # "X, Daily Press Briefing": the occasion, not where X works
    if any(lowered(w) in _MEDIA_WORDS for w in words) or any(
        _CALL_SIGN.fullmatch(w) for w in words
    ):
        return True
    return is_media(SpeakerPhrase("institution", outlet, outlet))


# "Turnbull, Malcolm" alone on a line: an archive's catalogue names whose papers it holds,
# the surname first
_INVERTED_NAME = re.compile(
    r"(?P<surname>[A-Z][a-z][\w'\u2019-]*(?:[ \t]+[A-Z][a-z][\w'\u2019-]*)?),[ \t]+"
    r"(?P<given>[A-Z][a-z][\w.'\u2019-]*(?:[ \t]+[A-Z][a-z]?[\w.'\u2019-]*)?)"
)


def people_in(line: str) -> list[Participant]:
    """The people a header line names, with the title given before or after each name (a
    line in capitals read as if written normally)."""
    line = title_case(line)
    inverted = _INVERTED_NAME.fullmatch(line.strip())
    if inverted is not None:
        found = person(f"{inverted['given']} {inverted['surname']}")
        words = {lowered(w) for w in line.replace(",", " ").split()}
        places = words & (COUNTRIES.keys() | CAPITALS)
        if found is not None and not found.role and not places:
            # the one the archive's page is of
            return [Participant(found, False, True, True)]
    out: list[Participant] = []
    spans: list[tuple[int, int]] = []
    line = _TITLE_ABBREVIATIONS.sub("High Representative", line[:_LINE_CHARS])
    line = _ON_THE_WAY.sub("", line)
    # "MFA on Talks: 'The Door Remains Open, Says Stockholm'": a headline's quotation is
    # someone's words, and a title-case run in it ("Door Remains Open") names no one
    quoted = [m.span(1) for m in _QUOTED_IN_LINE.finditer(line)]
    for a, b in _pairs(line, _runs(line)):
        if any(qa <= a < qb for qa, qb in quoted):
            continue
        words = line[a:b].split()[-_NAME_WORDS:]
        found = None
        # the longest tail that reads as a person: "Transcript of Minister X" -> "Minister X"
        found = _tail_person(words)
        # "Foreign Minister X for Index.hu", "Ambassador to Japan X to NHK": the outlet the
        # words were given to, run on after the name by a lower-case "for" or "to" (the last
        # one first: a post may hold one too)
        cuts = [] if found is not None and _sure(found) else list(_OUTLET_CUT.finditer(line, a, b))
        for cut in reversed(cuts):
            before = _tail_person(line[a : cut.start()].split()[-_NAME_WORDS:])
            if before is not None and _sure(before):
                found, b = before, cut.start()
                break
        if found is None:
            continue
        if not _sure(found):
            continue  # a lone capitalised word ("Sochi", "Newsnight") names no one for sure
        end = b
        role = _role_after(line, end)
        post = _POST_BEFORE.search(line, max(0, a - _POST_CHARS), a)
        post_at = None
        if post is not None and not role and not found.role:
            # "Interview of the Minister of Foreign Affairs of Poland, X, to Politico": the
            # post set before the name between commas
            role = _post_of(post["post"])
            post_at = post.start() + post["post"].find(role) if role else None
        if role and not found.role:
            country = (
                next((COUNTRIES[w] for w in map(lowered, role.split()) if w in COUNTRIES), None)
                or found.country
            )
            inst = institution_for(role, country, found.institution)
            found = replace(found, role=role, institution=inst, country=country)
        # "hosted by X", "CNN's X"; "X interviewed Foreign Secretary Y": the one who asks
        host = _hosted(line[max(0, a - 60) : a]) or _ASKS_AFTER.match(line, b) is not None
        host = host or _outlet_after(line, b) or bool(_GIVEN_INTERVIEW.search(line[:a]))
        # "Jane Roe to The Daily Star: ...": a title naming the guest, then the outlet the
        # words were given to
        host = host or bool(
            out and _GIVEN_TO.fullmatch(line, spans[-1][1], a) and _TITLE_COLON.match(line, b)
        )
        lead = bool(
            _FROM_FIELD.match(line)
            or _LEAD_BEFORE.search(line[max(0, a - 60) : a])
            or _LEAD_AFTER.match(line, b)
            # "Interview with Minister X on Sky News": the first named after it is interviewed
            or (not out and _INTERVIEW_OF.search(line[max(0, a - 60) : a]))
            or (not out and post_at is not None and _INTERVIEW_OF.search(line[:post_at]))
        )
        out.append(Participant(found, host, bool(OCCASION.search(line)), lead and not host))
        spans.append((a, b))
    guest = _GUEST_AFTER.match(line)
    found = person(guest["who"]) if guest is not None else None
    if found is not None and found.kind == "person":
        out.append(Participant(found, False, True, True))
        spans.append(guest.span("who"))
    # "Jane Roe's interview with Foreign Minister John Doe": the possessive names either side
    # ("X's interview with Y" is as often the interviewer's as the guest's); where only the one
    # after "with" holds a post, that one is the guest: an official gives the interview, and a
    # name with no post beside it is the journalist's
    for n in range(len(out) - 1):
        first, second = out[n], out[n + 1]
        if (
            _POSSESSIVE_INTERVIEW.fullmatch(line, spans[n][1], spans[n + 1][0])
            and second.host
            and second.person.role
            and not first.person.role
            # ("X's interview with BBC Political Editor Y": a journalist's title, no post)
            and not PRESS_TITLES & set(re.split(r"[\s-]+", second.person.role.lower()))
        ):
            out[n] = Participant(first.person, True, first.occasion, False)
            out[n + 1] = Participant(second.person, False, second.occasion, True)
    # "X & Y held a press conference": the occasion is of both
    for n in range(len(out) - 2, -1, -1):
        between = line[spans[n][1] : spans[n + 1][0]].strip()
        if out[n + 1].lead and between.lower() in ("&", "and", ","):
            out[n] = Participant(out[n].person, out[n].host, out[n].occasion, True)
    return out


def _sure(found: SpeakerPhrase) -> bool:
    """Whether a run names someone for sure: a name in two words or more, or a post."""
    return " " in (found.name or "") or bool(found.role)


def _tail_person(words: list[str]) -> SpeakerPhrase | None:
    """The longest tail of a run's words that reads as a person: "Transcript of Minister X"
    -> "Minister X"."""
    for i in range(len(words)):
        if lowered(words[i]) in _CONNECT:
            continue
        found = person(" ".join(words[i:]))
        if found is not None:
            return found
    return None


# a lower-case "for" or "to" inside a run of capitalised words, then the rest of the run
_OUTLET_CUT = re.compile(r"\s+(?:for|to)\s+(?=[A-Z])")
_POST_CHARS = 90  # a post before a name spans no more than this
# "the Minister of Foreign Affairs of Poland, " right before a name: its post, in apposition
_POST_BEFORE = re.compile(
    r"(?P<post>[A-Z][\w'\u2019.-]*(?:\s+(?:[A-Z][\w'\u2019.-]*|of|for|the|and))*),\s+$"
)


def _post_of(run: str) -> str | None:
    """The post a capitalised run ends with, from its first title word ("Interview of the
    Minister of Foreign Affairs" -> "Minister of Foreign Affairs"); None without one."""
    words = run.split()
    first = next((i for i, w in enumerate(words[:8]) if lowered(w) in ROLE_WORDS), None)
    if first is None or len(words) - first > 10:
        return None
    return " ".join(words[first:])


_GIVEN_TO = re.compile(r"\s+to\s+(?:the\s+)?")
_TITLE_COLON = re.compile(r"\s*:")


# "The following are excerpts from the interview with Mizushima.": the guest by surname alone
_INTERVIEW_WITH_SURNAME = re.compile(
    r"\b(?:[Ii]nterview|[Cc]onversation)\s+with\s+(?P<surname>[A-Z][a-z][\w'\u2019-]{1,30})"
    r"(?![\w'\u2019-]|\s+[A-Z])"
)


def mark_interviewed(people: list[Participant], line: str) -> None:
    """Make the one person named in full above whose surname a line's "interview with X"
    gives the interview's guest, the only one the occasion is of: an introduction names the
    guest in full, then points to the excerpts by the surname, whoever else it named."""
    found = _INTERVIEW_WITH_SURNAME.search(line)
    if found is None:
        return
    fits = [
        i
        for i, p in enumerate(people)
        if not p.host
        and len(words := (p.person.name or "").split()) >= 2
        and words[-1] == found["surname"]
    ]
    if len(fits) == 1:
        # (the guest alone: a leader said above to have held talks is what they talked of)
        for i, p in enumerate(people):
            people[i] = replace(p, lead=i == fits[0])


_WITHOUT_ARTICLE = re.compile(r"^(?:al|el|ad|as|ash|an|ar|at|az)-(?=\w)")


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, ...]:
    """A name's words in lower case, the surname without its Arabic article ("Sisi" is Abdel
    Fattah al-Sisi); kept, as the cast compares each label's name with everyone's."""
    words = name.lower().split()
    if words:
        words[-1] = _WITHOUT_ARTICLE.sub("", words[-1])
    return tuple(words)


def same_person(a: SpeakerPhrase, b: SpeakerPhrase) -> bool:
    """Same surname and no clash of given names; or one name alone that opens the other
    (a family name written first: "Liu" for "Liu Xiaoming")."""
    wa, wb = _name_words(a.name or ""), _name_words(b.name or "")
    if not wa or not wb:
        return False
    if wa[-1] != wb[-1]:
        # only for someone with a title: "Ambassador Liu", "Liu Xiaoming, the ambassador"
        titled = bool(a.role or b.role)
        return titled and ((len(wa) == 1 and wa[0] == wb[0]) or (len(wb) == 1 and wb[0] == wa[0]))
    if len(wa) == 1 or len(wb) == 1:
        return True
    # "N. Pappas" is Nikos Pappas: an initial agrees with the name it begins
    initial = wa[0].rstrip(".") if len(wa[0].rstrip(".")) == 1 else None
    initial = initial or (wb[0].rstrip(".") if len(wb[0].rstrip(".")) == 1 else None)
    if initial is not None:
        return wa[0][0] == wb[0][0]
    return wa[0][:3] == wb[0][:3]


# how many people a cast remembers: no transcript has more speakers; past it a page of
# thousands of distinct labels (a list, not a conversation) would cost every label a look
# through all of them
_CAST_LIMIT = 300


class NameIndex:
    """Where each word a name can be matched on stands in a list of people, so finding whom a
    label names reads only those ``same_person`` could accept, not the whole cast (a page of
    thousands of labels each naming someone else compared every label with everyone)."""

    def __init__(self) -> None:
        self._people: tuple[Participant, ...] = ()  # the list indexed (kept, so ids stay theirs)
        self._ids: tuple[int, ...] = ()
        self._last: dict[str, list[int]] = {}  # surname -> positions
        self._first: dict[str, list[int]] = {}  # first word -> positions
        self._alone: dict[str, list[int]] = {}  # a one-word name -> positions

    def same(self, people: list[Participant], who: SpeakerPhrase) -> list[int]:
        """The positions, in order, of those in ``people`` that ``same_person`` says are ``who``."""
        ids = tuple(map(id, people))
        if ids != self._ids:
            self._index(people, ids)
        words = _name_words(who.name or "")
        if not words:
            return []
        places = set(self._last.get(words[-1], ())) | set(self._alone.get(words[0], ()))
        if len(words) == 1:
            places.update(self._first.get(words[0], ()))
        return [i for i in sorted(places) if same_person(people[i].person, who)]

    def _index(self, people: list[Participant], ids: tuple[int, ...]) -> None:
        self._people, self._ids = tuple(people), ids
        self._last, self._first, self._alone = {}, {}, {}
        for i, p in enumerate(people):
            words = _name_words(p.person.name or "")
            if words:
                self._last.setdefault(words[-1], []).append(i)
                self._first.setdefault(words[0], []).append(i)
                if len(words) == 1:
                    self._alone.setdefault(words[0], []).append(i)


def merge(people: list[Participant], new: Participant, index: NameIndex | None = None) -> None:
    """Add ``new`` unless already named (or the cast is full): the fuller name and any title
    are kept. ``index`` (kept beside ``people``) spares reading everyone."""
    places = index.same(people, new.person) if index is not None else range(len(people))
    for i in places:
        old = people[i]
        if same_person(old.person, new.person):
            keep, other = (
                (new.person, old.person)
                if len((new.person.name or "").split()) > len((old.person.name or "").split())
                else (old.person, new.person)
            )
            people[i] = Participant(
                replace(
                    keep,
                    role=keep.role or other.role,
                    institution=keep.institution or other.institution,
                    country=keep.country or other.country,
                    gender=keep.gender or other.gender,
                ),
                old.host or new.host,
                old.occasion or new.occasion,
                old.lead or new.lead,
            )
            return
    if len(people) < _CAST_LIMIT:
        people.append(new)
