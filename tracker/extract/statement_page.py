"""A body's own statement page: the paragraphs below its header are the body's words.

A ministry's site prints its statements under its own name and a section that says what
they are ("Home > Media > Media Statements", "News | Statements", "Press Releases"): the
paragraphs below the title and the date speak for the ministry in its own voice, with no
verb of saying ("South Africa is gravely concerned with ..."). Paragraphs that quote its
minister or recall others' words have verbs of their own and are read as any story's, but
for one that opens with the state itself ("The State of Qatar affirms that ...", "South
Africa has condemned ..."): on its ministry's own page the state speaks through it.
"""

from __future__ import annotations

import re

from tracker.extract.lexicon import COUNTRIES, STATE_QUALIFIERS
from tracker.extract.speaker_phrase import SpeakerPhrase
from tracker.extract.speakers import parse_speaker

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


def opens_with_state(text: str, pos: int) -> bool:
    """Whether the words at ``pos`` open with a state's name, its subject."""
    m = _STATE.match(text, pos)
    if m is None:
        return False
    words = m["name"].split()
    return any(" ".join(words[:n]).lower() in COUNTRIES for n in range(len(words), 0, -1))


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
