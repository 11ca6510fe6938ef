"""What a transcript's header says: who takes part, who asks, on which day.

Transcript pages open with site chrome, then a title ("Regular Briefing by Spokesperson X",
"Transcript of Minister Y's Interview with CNN's Z, 20 September 2023"), a date line or
field, and sometimes a paragraph about the occasion ("hosted by Z"). The people named there
are the ones a turn label such as "Ambassador:", "MR PRICE:" or "A." stands for; the date
there is the day the words were said, which may precede the day the page was posted.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace

from tracker.extract.lexicon import (
    CAPITALS,
    COUNTRIES,
    NATIONALITIES,
    NOT_NAMES,
    ORG_HEADS,
    ROLE_WORDS,
)
from tracker.extract.speakers import SpeakerPhrase, institution_for, parse_speaker
from tracker.extract.when import MONTHS


def word_set(text: str) -> frozenset[str]:
    """A word list written as one space-separated string, to stay compact."""
    return frozenset(text.split())


# Words naming the occasion a transcript records; in a title they separate names
# ("Ambassador Liu Gives Live Interview on ...").
OCCASION = re.compile(
    r"\b(?:briefings?|press conferences?|news conferences?|press availability|interviews?|"
    r"transcripts?|remarks|talks|meetings?|conversations?|q&a|press encounter|"
    r"doorstep|media availability|joint statements?|met with|meets with)\b",
    re.I,
)
# Occasions where one person holds the floor between questions.
BRIEFING = re.compile(
    r"\b(?:briefing|press conference|news conference|press availability|remarks|"
    r"press encounter|media availability|doorstep)\b",
    re.I,
)
TRANSCRIPT_NOTE = re.compile(
    r"\b(?:transcripts?|verbatim|full text (?:of|is)|(?:is|are) as follows|the following is)\b",
    re.I,
)
_TITLE_WORDS = word_set(
    "transcript transcripts interview interviews briefing briefings press conference "
    "availability remarks speech statement address talks meeting joint regular daily weekly "
    "live exclusive full text news media session opening beginning gives holds meets says "
    "answers questions excerpts excerpt noon q&a following home note correction appended "
    "update updated photo video audio source related read see share print tags subscribe "
    "caption credit advertisement"
)
_CONNECT = {"of", "for", "the", "and", "de", "du", "da", "del", "van", "von", "bin", "al", "le"}
_HONORIFIC = word_set("mr mr. ms ms. mrs mrs. dr dr. h.e. m. mme mme. shri smt smt. prof prof.")
_LINE_CHARS = 1000  # a header line is read this far for the people it names
_NAME_WORDS = 12  # a title and a name take no more words than this
_PAREN = re.compile(r"\s*\([^)]*\)")
_ROLE_AFTER = re.compile(r",\s+(?:the\s+)?([A-Z][^,;()\n]{2,80}?)(?=,|;|\.\s|\.$|\s+to\s|$)")
_TOKEN = re.compile(r"[A-Za-z][\w.'\u2019&-]*|&")
# "hosted by X", "CNN's X", "Radio Sur's host X": the one asking
_HOST_BEFORE = re.compile(
    r"(?:hosted|interviewed|moderated|conducted|presented|asked)\s+by\s+(?:[A-Z][\w.&-]*\s+)*$"
    r"|\b(?P<outlet>[A-Z][\w.&-]*)['\u2019]s\s+(?:[a-z]+\s+)?$"
)
_MEDIA_WORDS = {"tv", "radio", "news", "times", "post", "daily", "television", "channel"}
# "Briefing by Spokesperson X", "Interview given by X", "remarks delivered by X"
_LEAD_BEFORE = re.compile(
    r"(?:" + OCCASION.pattern[2:-2] + r"|speech|address|statement)\s+"
    r"(?:(?:given|held|delivered|made)\s+)?by\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+)*$",
    re.I,
)
# "X's Regular Press Conference", "X gives exclusive interview", "X held a press conference"
_LEAD_AFTER = re.compile(
    r"(?:['\u2019]s|(?:,[^,\n]{2,80},)?\s+(?:gives|gave|holds|held|delivers|delivered|"
    r"answers|answered))\s+(?:[\w-]+\s+){0,4}?"
    r"(?:" + OCCASION.pattern[2:-2] + r"|speech|address)\b",
    re.I,
)
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DATES = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b{_MONTH} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,? (?P<year>(?:19|20)\d\d))?\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)? {_MONTH},? ?(?P<year>(?:19|20)\d\d)?\b"),
]
_DATE_FIELD = re.compile(r"^\s*(?:Date|Dated|Held on|Date of (?:the )?\w+)\s*:", re.I)
# A line holding nothing but a date, a weekday, a time or a place around it
_DATE_ONLY = re.compile(
    r"^[\s(]*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*)?"
    r"[\w .,:/()-]{0,40}$"
)


@dataclass(frozen=True)
class Participant:
    """A person the header names, and whether they are the one asking (a host)."""

    person: SpeakerPhrase
    host: bool
    occasion: bool = True  # named in a line about the occasion, not just anywhere above
    lead: bool = False  # the one the occasion is of: "X's press conference", "briefing by X"


@dataclass(frozen=True)
class Header:
    """What the header says: that the text is a transcript, the day, the capital it names."""

    transcript: bool
    day: datetime.date | None
    month_day: tuple[int, int] | None
    date_evidence: str | None
    place: str | None


def title_case(label: str) -> str:
    """ "MR PRICE" -> "Mr Price", "MS. JEAN-PIERRE" -> "Ms. Jean-Pierre": labels in capitals
    read like names written normally."""
    if not label.isupper():
        return label
    return re.sub(r"[A-Z]+", lambda m: m.group()[0] + m.group()[1:].lower(), label)


def _low(word: str) -> str:
    return word.lower().replace("\u2019", "'")


def _junk_name(name: str) -> bool:
    """A "name" made of title words, months, countries or institution words names no one."""
    words = [_low(w) for w in name.split()]
    return not words or any(
        w in _TITLE_WORDS
        or w in NOT_NAMES
        or w in ORG_HEADS
        or w in ROLE_WORDS
        or w in COUNTRIES
        or w in NATIONALITIES
        or w in CAPITALS
        for w in words
    )


def person(phrase: str) -> SpeakerPhrase | None:
    """A person named by a title-and-name phrase: "Ambassador Liu Xiaoming", "MR PRICE",
    "President of Turkey Recep Tayyip Erdogan"; None for anything else."""
    phrase = _PAREN.sub("", title_case(phrase.strip())).strip(" ,;:")
    words = phrase.split()
    if not words or len(words) > 12:
        return None
    found = parse_speaker(phrase)
    if found is not None and found.kind == "person" and not _junk_name(found.name or ""):
        return _without_honorifics(found)
    return _title_of_place(phrase, words)


def _title_of_place(phrase: str, words: list[str]) -> SpeakerPhrase | None:
    """ "President of Turkey Recep Tayyip Erdogan", "Prime Minister of the Republic of Korea
    Han Duck-soo": a title, "of" a place, then the name. The place is a country known by
    name, or runs to the word after its last "of", or is one word."""
    low = [_low(w) for w in words]
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
    name = " ".join(w for w in (found.name or "").split() if _low(w) not in _HONORIFIC)
    role = " ".join(w for w in (found.role or "").split() if _low(w) not in _HONORIFIC)
    return replace(found, name=name or found.name, role=role or None)


def _role_after(line: str, end: int) -> str | None:
    """ "Martin Nesirky, Spokesperson for the Secretary-General, and ...": the title after a
    name, up to the next comma."""
    m = _ROLE_AFTER.match(line, end)
    if not m:
        return None
    role = m.group(1).strip()
    if not any(_low(w) in ROLE_WORDS for w in role.split()[:3]) or len(role.split()) > 10:
        return None  # "X, Washington": a place, not a title
    return role


def _runs(line: str) -> list[tuple[int, int]]:
    """Spans of capitalised words (with "of", "for"... between them), broken by punctuation,
    title words, possessives and "&"."""
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int, str]] = []

    def close() -> None:
        while run and _low(run[-1][2]) in _CONNECT:
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
        low = _low(word)
        if word[:1].isupper() and low not in _TITLE_WORDS or run and low in _CONNECT:
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
            (a + m.start(), a + m.end()) for m in re.finditer(r"\S.*?(?=\s+and\s+|$)", line[a:b])
        ]
        parts = [(pa + len(line[pa:pb]) - len(line[pa:pb].lstrip()), pb) for pa, pb in parts]
        parts = [(pa + 4, pb) if line[pa : pa + 4] == "and " else (pa, pb) for pa, pb in parts]
        if len(parts) > 1 and all(person(line[pa:pb]) for pa, pb in parts):
            out.extend(parts)
        else:
            out.append((a, b))
    return out


def _hosted(before: str) -> bool:
    """Whether the words before a name make its bearer the host: "hosted by", or the
    possessive of an outlet (an acronym such as CNN, or a media word)."""
    m = _HOST_BEFORE.search(before)
    if not m:
        return False
    outlet = m["outlet"]
    if outlet is None:
        return True
    words = before[: m.start("outlet") + len(outlet)].split()[-3:]
    return outlet.isupper() or any(_low(w) in _MEDIA_WORDS or _low(w) in ORG_HEADS for w in words)


def people_in(line: str) -> list[Participant]:
    """The people a header line names, with the title given before or after each name."""
    out: list[Participant] = []
    spans: list[tuple[int, int]] = []
    line = line[:_LINE_CHARS]
    for a, b in _pairs(line, _runs(line)):
        words = line[a:b].split()[-_NAME_WORDS:]
        found = None
        # the longest tail that reads as a person: "Transcript of Minister X" -> "Minister X"
        for i in range(len(words)):
            if _low(words[i]) in _CONNECT:
                continue
            found = person(" ".join(words[i:]))
            if found is not None:
                break
        if found is None:
            continue
        if " " not in (found.name or "") and not found.role:
            continue  # a lone capitalised word ("Sochi", "Newsnight") names no one for sure
        end = b
        role = _role_after(line, end)
        if role and not found.role:
            country = (
                next((COUNTRIES[w] for w in map(_low, role.split()) if w in COUNTRIES), None)
                or found.country
            )
            inst = institution_for(role, country, found.institution)
            found = replace(found, role=role, institution=inst, country=country)
        host = _hosted(line[max(0, a - 60) : a])
        lead = bool(_LEAD_BEFORE.search(line[max(0, a - 60) : a]) or _LEAD_AFTER.match(line, b))
        out.append(Participant(found, host, bool(OCCASION.search(line)), lead and not host))
        spans.append((a, b))
    # "X & Y held a press conference": the occasion is of both
    for n in range(len(out) - 2, -1, -1):
        between = line[spans[n][1] : spans[n + 1][0]].strip()
        if out[n + 1].lead and between.lower() in ("&", "and", ","):
            out[n] = Participant(out[n].person, out[n].host, out[n].occasion, True)
    return out


def same_person(a: SpeakerPhrase, b: SpeakerPhrase) -> bool:
    """Same surname and no clash of given names; or one name alone that opens the other
    (a family name written first: "Liu" for "Liu Xiaoming")."""
    wa, wb = (a.name or "").lower().split(), (b.name or "").lower().split()
    if not wa or not wb:
        return False
    if wa[-1] != wb[-1]:
        # only for someone with a title: "Ambassador Liu", "Liu Xiaoming, the ambassador"
        titled = bool(a.role or b.role)
        return titled and ((len(wa) == 1 and wa[0] == wb[0]) or (len(wb) == 1 and wb[0] == wa[0]))
    return len(wa) == 1 or len(wb) == 1 or wa[0][:3] == wb[0][:3]


def merge(people: list[Participant], new: Participant) -> None:
    """Add ``new`` unless already named: the fuller name and any title are kept."""
    for i, old in enumerate(people):
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
    people.append(new)


def _date_in(line: str) -> tuple[datetime.date | None, tuple[int, int] | None, str] | None:
    for pattern in _DATES:
        for m in pattern.finditer(line):
            g = m.groupdict()
            month = int(g["mon"]) if g.get("mon") else MONTHS.get(g["month"].rstrip(".").lower())
            if not month:
                continue
            day = int(g["day"])
            try:
                if g.get("year"):
                    return datetime.date(int(g["year"]), month, day), None, m.group()
                datetime.date(2000, month, day)
            except ValueError:
                continue
            return None, (month, day), m.group()
    return None


def header_date(
    lines: list[str],
) -> tuple[datetime.date | None, tuple[int, int] | None, str | None]:
    """The day of the occasion, a month and day when no year is written.

    A "Date:" field says it outright. A title naming the occasion gives its day; a line
    holding only a date gives the day the page was posted, which is the occasion's unless
    the title's day falls within the week before it (an interview posted the next day).
    """
    field = title = line_date = None
    for line in lines:
        found = _date_in(line)
        if found is None:
            continue
        if _DATE_FIELD.match(line):
            field = field or found
        elif OCCASION.search(line) and not re.search(
            rf"\b(?:since|until|till|from|before|after|by)\s+{re.escape(found[2])}", line
        ):
            title = title or found
        elif _DATE_ONLY.match(line) and len(line.split()) <= 7:
            line_date = line_date or found
    if field is not None:
        return field
    if title and line_date and title[0] and line_date[0]:
        gap = (line_date[0] - title[0]).days
        return title if 0 <= gap <= 7 else line_date
    full = [f for f in (title, line_date) if f is not None and f[0] is not None]
    partial = [f for f in (title, line_date) if f is not None]
    best = full[0] if full else partial[0] if partial else None
    return best if best is not None else (None, None, None)


def read_header(lines: list[str]) -> Header:
    """Transcript note, day and place as the header lines give them."""
    joined = "\n".join(lines)
    day, month_day, evidence = header_date(lines)
    place = next(
        (CAPITALS[_low(w)] for w in re.findall(r"[A-Z][a-z]+", joined) if _low(w) in CAPITALS),
        None,
    )
    return Header(
        transcript=bool(TRANSCRIPT_NOTE.search(joined)),
        day=day,
        month_day=month_day,
        date_evidence=evidence,
        place=place,
    )
