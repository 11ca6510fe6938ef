"""A body's own statement page: the paragraphs below its header are the body's words.

A ministry's site prints its statements under its own name and a section that says what
they are ("Home > Media > Media Statements", "News | Statements", "Press Releases"): the
paragraphs below the title and the date speak for the ministry in its own voice, with no
verb of saying ("South Africa is gravely concerned with ..."). Paragraphs that quote its
minister or recall others' words have verbs of their own and are read as any story's, but
for one that opens with the state itself ("The State of Qatar affirms that ...", "South
Africa has condemned ..."): on its ministry's own page the state speaks through it.

A document known by its title instead ("Statement by the Ministry of ...", "X's Introductory
Statement to ...") is read the same way: issued_document finds its issuer (heading_day its
day, speaks_as_state a paragraph in its state's voice).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import replace

from tracker.extract.lexicon import (
    COUNTRIES,
    POST_WORDS,
    ROLE_WORDS,
    STANCE_FEELINGS,
    STATE_QUALIFIERS,
)
from tracker.extract.site import site_owner
from tracker.extract.speaker_phrase import SpeakerPhrase
from tracker.extract.speakers import parse_speaker

# REPORTED: a paragraph that reports, a verb of saying in the third person or a wire's
# dateline (the transcript reader's test of a story under a title, the same rule)
from tracker.extract.transcript import FIRST_PERSON, POST_OWNS, REPORTED
from tracker.extract.when import MONTH_NAMES, MONTHS

# the last link of a site's path, naming the kind of page: "Home > Media > Media Statements"
# (or "Home » Media » Statements", "Home › News › Press Releases"),
# or the section's name on a line of its own ("Press Releases" under the ministry's name)
_SECTION = re.compile(
    r"^(?:[^\n]{0,80}?[>|/\u00bb\u203a])?[ \t]*(?:Media|Press|News)?[ \t]*"
    r"(?:Statements?|Releases?|Press[ \t]+Releases?|Press[ \t]+Statements?)[ \t]*$",
    re.M | re.I,
)
# the site's owner on a line of its own at the page's head: "Ministry of Foreign Affairs -
# State of Qatar", "Department of International Relations and Cooperation"
_OWNER = re.compile(
    r"[ \t]*(?P<body>(?:Ministry|Department|Office|Embassy|Permanent\s+Mission)\s+of\s+"
    r"[A-Z][\w,'\u2019 &-]{2,80}?|[A-Z][\w'\u2019 -]{0,40}?\s+(?:Ministry|Department))"
    r"(?:[ \t]+[-|\u2013\u2014][ \t]+[^\n]{1,60})?[ \t]*$"
)
# the lines that close the statement: contacts, the issuer's address, sharing buttons
FOOTER = re.compile(
    r"[ \t]*(?:Enquiries|Media\s+enquiries|Issued\s+by|Contact|Cell|Tel|Share|For\s+more)\b",
    re.I,
)
# how far down the page its section may be named
_HEAD = 600


def statement_page(text: str) -> tuple[SpeakerPhrase, int] | None:
    """The body whose own statement the page is, and where its header ends; None for a
    page that is not one."""
    section = _SECTION.search(text, 0, _HEAD)
    if section is None:
        return None
    # the owner's name on the first line, or below the site's chrome ("Skip to main content",
    # its notice of cookies, its menu) but above the section
    owner = next(
        (m for line in text[: section.start()].split("\n") if (m := _OWNER.fullmatch(line))),
        None,
    )
    if owner is None:
        return None
    body = owner["body"].strip()
    issuer = parse_speaker(body)
    if issuer is None or issuer.kind != "institution":
        # "Ministry of Foreign Affairs" alone reads as a description; on its own site's
        # page it is the body itself
        issuer = SpeakerPhrase("institution", body, name=body)
    return issuer, section.end()


# "The State of Qatar", "South Africa", "The Kingdom of Saudi Arabia": a state's name
_STATE = re.compile(
    # ("The Arab Republic of Egypt", "The Islamic Republic of Iran", "The Hashemite Kingdom of
    # Jordan": a state's formal name, qualified)
    rf"(?:The\s+(?:{STATE_QUALIFIERS}\s+)?(?:State|Republic|Kingdom|Government|Sultanate)\s+of\s+)?"
    r"(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})"
)


def _state_end(text: str, pos: int) -> int | None:
    """Where the state's name that opens the words at ``pos`` ends; None when no state's
    name opens them."""
    m = _STATE.match(text, pos)
    if m is None:
        return None
    words = m["name"].split()
    for n in range(len(words), 0, -1):
        if " ".join(words[:n]).lower() in COUNTRIES:
            return m.start("name") + len(" ".join(words[:n]))
    return None


def opens_with_state(text: str, pos: int) -> bool:
    """Whether the words at ``pos`` open with a state's name, its subject."""
    return _state_end(text, pos) is not None


# the state's own act, in the present ("France condemns", "France utterly condemns", "Qatar
# is deeply concerned"), not a report of what it did ("Serbia has rejected", "Russia
# launched")
_PRESENT_ACT = re.compile(r"(?:\s+[a-z]+ly)*\s+(?:is|are|(?!has\b|was\b)[a-z]{2,}s)\b")


def speaks_as_state(text: str, pos: int) -> bool:
    """Whether the words at ``pos`` are a state speaking in its own voice: its name, then its
    act in the present."""
    end = _state_end(text, pos)
    return end is not None and _PRESENT_ACT.match(text, end) is not None


# "Mr. HAYASHI ... held a telephone talk with ...", "EAM held talks today in Moscow with ...",
# "The Minister met with ...": a ministry's page telling of a meeting its minister held, an
# event it reports, no words of its own
_TELLS_MEETING = re.compile(
    r"\b(?:held|holds|hold)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:talks?|meetings?|"
    r"conversations?|calls?|consultations)\b|"
    r"\bmet\s+(?:with\s+)?(?:[A-Z]|his\b|her\b|the\b)|\bcalled\s+on\s+[A-Z]|"
    r"\bpaid\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?visit\b|"
    r"\bspoke\s+(?:by\s+(?:phone|telephone)\s+)?(?:with|to)\s+[A-Z]"
)


def tells_meeting(text: str, start: int, end: int) -> bool:
    """Whether the sentence between ``start`` and ``end`` tells of a meeting or call held."""
    return _TELLS_MEETING.search(text, start, end) is not None


# ---------------------------------------------------------------------------------------
# A document in its issuer's own voice, known by its title rather than by the site's
# section: "Statements made by the Ministry for Europe and Foreign Affairs Spokesperson
# [Dec. 21, 2022]", "Statement of the Spokesman of the Ministry of Foreign Affairs in response
# to a question concerning ...", "IAEA Director General's Introductory Statement to the Board
# of Governors" (its holder named in the photo's caption below). The paragraphs under such a
# title are the issuer's words with no verb of saying: "France utterly condemns ...", "We
# strongly condemn ...", "I would like to welcome ...".

# the kind of document a title names, and by whom: the body itself or its unnamed
# spokesperson ("Statement by the Ministry of X", "Statements made by the X Spokesperson";
# a topic may stand first, set off by a dash)
_BODY_TITLE = re.compile(
    r"(?:[^\n]{1,120}?\s[-\u2013\u2014]\s+)?(?:(?:Press|Media|Official|Written)\s+)?"
    r"(?:Statements?|Comments?|Remarks)\s+(?:made\s+|issued\s+)?(?:by|of|from)\s+(?:the\s+)?"
    r"(?P<who>[^\n]{3,600})"
)
# the body in that title's words, perhaps behind its spokesperson: "Spokesman of the Ministry
# of Foreign Affairs", "Ministry for Europe and Foreign Affairs Spokesperson"
_SPOKES = r"(?:Spokes(?:person|man|woman)|Press\s+Secretary)"
_BODY_OF_TITLE = re.compile(
    rf"(?:{_SPOKES}\s+(?:of|for)\s+(?:the\s+)?)?"
    r"(?P<body>(?:(?:[A-Z][\w'\u2019-]*\s+(?:and\s+)?){0,3}(?:Ministry|Department)|Embassy|"
    r"Permanent\s+Mission|Foreign\s+Office|Federal\s+Foreign\s+Office)"
    r"(?:\s+(?:of|for)\s+[A-Z][\w'\u2019-]*"
    rf"(?:\s+(?:(?!{_SPOKES}\b)[A-Z][\w'\u2019-]*|of|and|the|for))*)?)"
    rf"(?:\s+{_SPOKES})?"
)
# where the issuer's name in a title ends: its topic, its occasion, its day
_TITLE_TAIL = re.compile(
    r"\s*(?:[\[(]|\s(?:in\s+response\s+to|on|regarding|concerning|about|following|after|at|to)"
    r"\s|[,:;\u2013\u2014]|\s-\s)"
)
# "IAEA Director General's Introductory Statement to the Board of Governors": the words of a
# post, whose holder the page names below its title
_POST_TITLE = re.compile(
    rf"{POST_OWNS}"
    r"(?i:(?:Opening|Introductory|Closing|Concluding|Keynote|Inaugural|Welcome|Video)\s+)?"
    r"(?i:Statement|Remarks|Speech|Address|Message)\s+(?:to|at|before|on|for|during)\s+"
    r"[^\n]{3,160}"
)
# "(As prepared for delivery)", "Check against delivery", "(As delivered)": a speech's text
_DELIVERY = re.compile(
    r"[\[(]?\s*(?:As\s+(?:prepared\s+for\s+delivery|delivered)|Check\s+against\s+delivery)"
    r"\s*[.!]?\s*[\])]?",
    re.I,
)
_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d\n]{0,400}[\"\u201d]")
# the site speaking of itself above the page ("We use cookies ...")
_SITE_NOTICE = re.compile(r"\b(?:cookies|JavaScript|your\s+browser)\b", re.I)
# how far down the page such a title may stand, and how many lines below it the first
# paragraph of the document
_DOC_HEAD = 1200
_BELOW_TITLE = 8


def _lines(text: str, end: int) -> list[tuple[int, int]]:
    """The non-blank lines of ``text[:end]`` as spans, stripped."""
    out = []
    for m in re.finditer(r"[^\n]+", text[:end]):
        a, b = m.start(), m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def _sentence_line(line: str) -> bool:
    """Whether a line reads as a paragraph of prose: words closed by a stop."""
    return len(line.split()) >= 6 and line.rstrip().endswith((".", "!", ".\u201d", '."'))


def _first_paragraph(lines: list[str]) -> str | None:
    """The first line of prose among ``lines``."""
    return next((ln for ln in lines if _sentence_line(ln)), None)


def _holder(post: str, lines: list[str]) -> SpeakerPhrase | None:
    """The person a head line (a photo's caption, a byline) names with ``post``: "IAEA
    Director General Rafael Mariano Grossi. (Photo: ...)"."""
    want = [w.lower() for w in post.split()]
    for line in lines:
        named = re.sub(r"\s*\((?:Photo|Image|Credit)[^)]*\)\s*$", "", line, flags=re.I)
        named = named.strip().rstrip(".")
        if len(named.split()) > 10:
            continue
        found = parse_speaker(named)
        if found is None or found.kind != "person" or not found.name:
            continue
        words = named.lower().split()
        if all(w in words for w in want[-2:]) and len(found.name.split()) >= 2:
            return found
    return None


# a paragraph speaking of the speech, not in it: "We listened to the Russian foreign
# minister's address", "in his speech"
_OF_THE_SPEECH = re.compile(
    r"(?:['\u2019]s|\b(?:his|her|the))\s+(?:(?:[a-z]+\s+){0,2})?"
    r"(?:address|speech|remarks|statement)\b",
    re.I,
)


def _about_the_speech(holder: SpeakerPhrase, unquoted: str, lines: list[str]) -> bool:
    """Whether the page below a post's speech title is a story about the speech: its first
    paragraph (``unquoted``: its quotations blanked) speaks of the speech, or a paragraph of
    prose calls its holder by name ("..., Lavrov claimed."); a speech's text does neither (its
    first person is the speaker)."""
    if _OF_THE_SPEECH.search(unquoted):
        return True
    surname = (holder.name or "").split()[-1:]
    return bool(surname) and any(
        _sentence_line(ln) and re.search(rf"\b{re.escape(surname[0])}\b", ln) for ln in lines
    )


# where a sentence of a paragraph begins: its start, or after a stop and a space
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?])\s+)(?=[A-Z])")
# how many sentences of a first paragraph are looked at for the state's own act
_STATE_SENTENCES = 4


def _state_speaks_in(paragraph: str) -> bool:
    """Whether a sentence of ``paragraph`` is the state speaking in its own voice: a
    statement may open on the fact it answers ("Two years ago today, X and Y were arrested
    by ...") and take its stand in the next sentence ("France condemns this policy ...")."""
    for n, m in enumerate(_SENTENCE_START.finditer(paragraph)):
        if n >= _STATE_SENTENCES:
            return False
        if speaks_as_state(paragraph, m.end()):
            return True
    return False


def issued_document(text: str) -> tuple[SpeakerPhrase, int] | None:
    """The issuer of a document printed in its own voice, known by its title (a body's or its
    unnamed spokesperson's statement, a post's speech whose holder the page names), and where
    the title ends; None for a page that is not one, or a story about one (its first
    paragraph reports: "... said on Monday")."""
    spans = _lines(text, min(len(text), _DOC_HEAD))
    lines = [text[a:b] for a, b in spans]
    for i, line in enumerate(lines):
        # (a title may close on a stop: "Statement of the Spokesman ... in response to a
        # question concerning ...": only one that says it is a statement)
        titled = _BODY_TITLE.fullmatch(line) is not None and line.startswith("Statement")
        if _sentence_line(line) and not _SITE_NOTICE.search(line) and not titled:
            # prose began before any title: on a ministry's own site, its words when they
            # speak as "we" from the first (the page names no issuer: its address does)
            return _site_document(line, text.rfind("\n", 0, spans[i][0]) + 1, lines[:i])
        below = lines[i + 1 : i + 1 + _BELOW_TITLE]
        first = _first_paragraph(below)
        if first is None:
            continue
        unquoted = _QUOTED.sub(" ", first)  # (its words outside quotation marks)
        if REPORTED.search(unquoted):
            continue
        m = _BODY_TITLE.fullmatch(line)
        if m is not None:
            who = m["who"]
            tail = _TITLE_TAIL.search(who)
            named = who[: tail.start()] if tail else who
            body = _BODY_OF_TITLE.fullmatch(named.strip())
            # its first paragraph speaks as the body: in the first person, or as its state
            # ("France condemns ..."); a story's ("The ministry has released ...") does not
            own = FIRST_PERSON.search(unquoted) or _state_speaks_in(first)
            if body is not None and own:
                name = body["body"]
                found = parse_speaker(name)
                issuer = (
                    found
                    if found is not None and found.kind == "institution"
                    else SpeakerPhrase("institution", name, name=name)
                )
                return issuer, spans[i][1]
        m = _POST_TITLE.fullmatch(line)
        if m is not None:
            # a speech: its text marked as delivered, or spoken in the first person
            spoken = any(_DELIVERY.fullmatch(ln) for ln in below) or bool(
                FIRST_PERSON.search(unquoted)
            )
            holder = _holder(m["post"], below) if spoken else None
            if holder is not None and not _about_the_speech(holder, unquoted, lines[i + 1 :]):
                return holder, spans[i][1]
    return None


# a paragraph opening in the body's own plural voice: "We strongly condemn ...", "Once
# again, we call on ..." (a stamp of the page's day before it, "date 2020-11-06 We ..."; not
# "I": a person's speech on a ministry's site is that person's; not "ASEAN is concerned ...
# We are saddened": the text names its issuer; not "Thanks for joining us": a greeting)
_WE_OPENS = re.compile(
    r"[^A-Z\n]{0,30}?(?:(?:Once\s+again|Today|Also|Again|Therefore|At\s+the\s+same\s+time),?\s+)?"
    r"[Ww]e\s+[a-z]"
)


# a title over "we" that is not the ministry's alone: a joint statement, a declaration, a
# group's ("G7 Foreign Ministers' Statement"), or one person's remarks, speech, address,
# message or interview ("Foreign Secretary's opening remarks at ...")
_NOT_SITE_OWN = re.compile(
    r"\b(?:[Jj]oint|[Dd]eclarations?|[Cc]ommuniqu[eé]s?|[Rr]emarks|[Ss]peech|[Aa]ddress|"
    r"[Mm]essage|[Ii]nterview|[Tt]rilateral|[Qq]uadrilateral|G-?\d{1,2}|Ministers|Leaders)\b"
)
# "We the Foreign Ministers of ...", "We, the Heads of State ...": the signatories named
_WE_THE = re.compile(r"[^A-Z\n]{0,30}?We,?\s+the\s")


def _site_document(
    line: str, at: int, above: Sequence[str] = ()
) -> tuple[SpeakerPhrase, int] | None:
    """The ministry whose site the page is (from its address) as the issuer of a page that
    opens, with no title naming anyone, on a paragraph in the body's own voice ("We strongly
    condemn the statements of ...", reporting no one), from ``at``; None otherwise, and
    None under a title (a line of ``above``) that makes the "we" more than the ministry or
    someone else: a joint statement, a group's, a person's remarks (another country's site
    prints the same joint statement, and its ministry is no more its issuer)."""
    owner = site_owner()
    if owner is None:
        return None
    if REPORTED.search(_QUOTED.sub(" ", line)) or not _WE_OPENS.match(line):
        return None
    if _WE_THE.match(line) or any(_NOT_SITE_OWN.search(ln) for ln in above):
        return None
    return owner, at


# "Afghanistan - France condemns the banning of ... (Dec. 20, 2022)", "... (10 Oct. 2022)":
# an item's heading on a page of several statements, closed by the day it was issued
_HEADING_DAY = re.compile(
    rf"[^\n]{{3,300}}?[\[(]\s*(?:(?P<month>{MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}}),?|"
    rf"(?P<day2>\d{{1,2}})\s+(?P<month2>{MONTH_NAMES})\.?)\s+(?P<year>\d{{4}})\s*[\])]"
)


def heading_day(line: str) -> datetime.date | None:
    """The day an item's heading closes on, in brackets; None for any other line."""
    m = _HEADING_DAY.fullmatch(line.strip())
    return None if m is None else _match_day(m)


def _match_day(m: re.Match[str]) -> datetime.date | None:
    """The day a match of _HEADING_DAY or _DAY_LINE gives; None for no real day."""
    month = MONTHS.get((m["month"] or m["month2"]).lower().rstrip("."))
    try:
        return datetime.date(int(m["year"]), month or 0, int(m["day"] or m["day2"]))
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------
# A body's page listing its statements, each under the day it was issued: "ASEAN Foreign
# Ministers' Statements", then "25 October 2022" over "ASEAN is gravely concerned over ...".
# The body speaks in its own name with no verb of saying ("<Body> denounces and is strongly
# disappointed by ...", "<Body> expresses grave concerns over ..."); a multilateral body has
# no state for speaks_as_state to know it by, but the page's title names it.

# the page's title: whose statements (or releases) the page lists
_LIST_TITLE = re.compile(
    r"[ \t]*(?P<who>[A-Z][^\n]{1,80}?)['\u2019]?[ \t]+(?:Press[ \t]+)?(?:Statements|Releases)"
    r"[ \t]*$",
    re.M,
)
# a paragraph opening with a body's name: "ASEAN", "The African Union", "The Gulf
# Cooperation Council"
_BODY_OPENS = re.compile(
    r"(?:The\s+)?(?P<name>[A-Z][\w'\u2019&-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w'\u2019&-]*)"
    r"{0,5})"
)
# a line alone that is a day: "25 October 2022", "October 25, 2022", "03 August 2022"
_DAY_LINE = re.compile(
    rf"[ \t]*(?:(?P<day>\d{{1,2}})[ \t]+(?P<month>{MONTH_NAMES})|"
    rf"(?P<month2>{MONTH_NAMES})[ \t]+(?P<day2>\d{{1,2}}),?)[ \t]+(?P<year>\d{{4}})[ \t]*"
)


# the body's stance in its own name, in the present: "condemns", "welcomes", "expresses
# grave concerns", "is gravely concerned": not any verb in the present, since a newspaper's
# headline may end in "Statements" too ("NATO Allies Split Over Trump Statements") and its
# sentences tell what the body does ("NATO is sending more troops", "The Taliban holds ...")
_BODY_STANCE = re.compile(
    r"(?:\s+[a-z]+ly)*\s+(?:(?:condemn|welcome|denounce|deplore|regret|urge|call|reaffirm|"
    r"reiterate|reject|support|note|commend|congratulate|appeal|stress|underline|emphasise|"
    r"emphasize)s|expresses|(?:is|are)(?:\s+[a-z]+ly)*\s+(?:"
    # (a feeling, lexicon.STANCE_FEELINGS, or a body's other stands in its own name)
    rf"{'|'.join(STANCE_FEELINGS)}|disappointed|pleased|encouraged|committed))\b"
)


def statements_list(text: str) -> tuple[str, int] | None:
    """The name of the body whose page of statements ``text`` is, as its title gives it
    ("ASEAN Foreign Ministers' Statements": its first words), and where the title ends;
    None for any other page."""
    m = _LIST_TITLE.search(text, 0, _HEAD)
    if m is None or _sentence_line(m.group()):
        return None
    return m["who"], m.end()


def list_day(line: str) -> datetime.date | None:
    """The day a line alone gives ("25 October 2022"); None for any other line."""
    m = _DAY_LINE.fullmatch(line)
    return None if m is None else _match_day(m)


def body_speaks(text: str, pos: int, title: str) -> SpeakerPhrase | None:
    """The body that the words at ``pos`` open with, speaking in its own name in the present
    ("ASEAN is gravely concerned ...", "ASEAN denounces ..."), when the page's ``title``
    names it; None otherwise (a state's words are speaks_as_state's)."""
    m = _BODY_OPENS.match(text, pos)
    if m is None:
        return None
    words = m["name"].split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        end = m.start("name") + len(name)
        if not re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", title):
            continue
        found = parse_speaker(name)
        if found is None or found.kind != "institution" or name.lower() in COUNTRIES:
            continue
        if _BODY_STANCE.match(text, end) is None:
            return None
        return found
    return None


# ---------------------------------------------------------------------------------------
# An item's own header on a page of several: "Press Statement", then the name of the one who
# issues it, the post, perhaps the place, and the day, each on a line of its own. A page that
# gathers a ministry's releases (a site's archive, a reposting site's list) prints one such
# header over each item, wherever the item stands; the paragraphs below it, to the next
# title, are that person's words, issued on that day, though they speak as the state ("The
# United States condemns ...").

# the kind of the item, a line alone: "Press Statement", "Media Statement", "Press Release",
# "Media Release", "Statement"
_ITEM_KIND = re.compile(r"[ \t]*(?:(?:Press|Media|Joint)[ \t]+)?(?:Statement|Release)[ \t]*", re.I)
# how many lines the header's fields may take after the kind line (name, post, place, day)
_ITEM_FIELDS = 4
# the place line of the header: "Washington, DC", "Canberra"
_PLACE_WORDS = 4
# a field's line: a few words, no stop closing a sentence
_FIELD = re.compile(r"[ \t]*[A-Z][^\n.!?]{1,80}[ \t]*")


def _field_lines(text: str, start: int, count: int) -> list[tuple[int, int]]:
    """The next ``count`` lines that hold words, after ``start``, as (start, end)."""
    out: list[tuple[int, int]] = []
    pos = start
    while len(out) < count and pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].strip():
            out.append((pos, end))
        pos = end + 1
    return out


def item_headers(text: str) -> list[tuple[SpeakerPhrase, datetime.date | None, int]]:
    """Each item header of ``text`` ("Press Statement" / "Jane Roe" / "Department
    Spokesperson" / "Washington, DC" / "December 22, 2017"): the person it names with their
    post, the day it gives (or None), and where the item's text begins. A kind line counts
    only when the very next line names one person alone and the line after it holds a post:
    the two make the header, not a heading that happens to say "Statement"."""
    out = []
    pos = 0
    for line in text.split("\n"):
        pos += len(line) + 1
        if not _ITEM_KIND.fullmatch(line):
            continue
        fields = _field_lines(text, pos, _ITEM_FIELDS)
        if len(fields) < 2 or not all(_FIELD.fullmatch(text, a, b) for a, b in fields[:2]):
            continue
        name, post = (text[a:b].strip() for a, b in fields[:2])
        who = parse_speaker(name)
        if who is None or who.kind != "person" or not who.name or len(name.split()) > 8:
            continue
        if not any(w.lower() in ROLE_WORDS or w.lower() in POST_WORDS for w in post.split()):
            continue
        day, end = None, fields[1][1]
        for a, b in fields[2:]:
            line_day = list_day(text[a:b])
            if line_day is not None:
                day, end = line_day, b
                break
            if not _FIELD.fullmatch(text, a, b) or len(text[a:b].split()) > _PLACE_WORDS:
                break  # ("Washington, DC": the place; anything longer ends the header)
            end = b
        out.append((replace(who, role=post), day, end))
    return out
