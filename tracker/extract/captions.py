"""Lines a web page sets beside the story: photo captions, the signatures of embedded posts
and the headlines of other stories it links.

A copied page keeps them where the layout put them, often between a statement and the
paragraph that goes on with it ("X told reporters ..." / a caption naming someone else /
"he said"), or above the story's first words. The people they name are pictured or posting,
not the subject a later "he" or "she" goes back to, and the days they give are the photo's or
the post's, not the page's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache

from tracker.extract.lexicon import GIVEN_NAMES
from tracker.extract.when import MONTH_NAMES

# a photo's credit on its caption line: "REUTERS/Jane Doe", "/File Photo", "(AP Photo/...)",
# "(Photo: Jane Doe/AFP)", "Photograph: Jane Doe/PA", "Jane Doe/AFP via Getty Images",
# "EFE/Jane Doe", "FILE PHOTO: ...", a line opening "Photo: ..." or "Image: ..."
# (each form opens with a capital, a slash, a bracket, a dash or "via": the look ahead
# skips the other characters at once)
_CAPTION_CREDIT = re.compile(
    r"(?=[A-Z/(v\[\u2014\u2013])"
    r"(?:\b(?:REUTERS|AFP|EPA|EFE|XINHUA|ANADOLU)/\s?[A-Z]|/\s*File Photo\b"
    # (a video's credit in brackets as a photo's: "... in New York on May 30. (Video: Reuters)")
    r"|\((?:AP )?(?:Photo|Video)(?: by|/|:)"
    # "Deputy Secretary of State X (file photo)": a caption saying its picture is an old one,
    # the bracket closing the line (no turn label: a transcript's "(via interpreter)" is not)
    r"|(?m:\((?:[Ff]ile|FILE|[Aa]rchive|ARCHIVE)[ \t]+(?:[Pp]hoto|PHOTO|[Ii]mage|IMAGE)\)[ \t]*$)"
    r"|\bvia REUTERS\b|/\s*(?:AFP|Getty Images)\b|\bvia Getty Images\b"
    r"|\bPhotograph:|\bFILE PHOTO:|(?m:^(?:Photo|Image|Picture)s?[ \t]*:)"
    # who stands where in the picture, as only a caption tells it: "(From L to R)", "(L-R)",
    # "(left to right)"
    r"|\((?:[Ff]rom )?(?:L|[Ll]eft)(?:-| to )(?:R|[Rr]ight)\)"
    # the agency after the caption's words: "... in Brussels. Photo: AFP", ". PHOTO: ANADOLU AGENCY"
    r"|(?m:\b(?:Photo|PHOTO|Image|IMAGE)[ \t]*:[ \t]*[A-Z][\w.&/' -]{1,40}$)"
    # "Credit: Jane Doe/Reuters" closing the line; the BBC's "Image source, Getty Images" and
    # "Image caption, X speaks ..." lines
    r"|(?m:\bCredit:[ \t]*[^\n]{1,60}$)|(?m:^(?:Image|Media) (?:caption|source),)"
    # the credit as Gulf, South Asian and African papers print it: "Image Credit: Reuters",
    # "| Photo Credit: ANI", "Photo credit: File", "— Photo courtesy Radio Pakistan",
    # "— DawnNewsTV screengrab"
    r"|\b(?:Photo|Image|Picture)s?[ \t]+[Cc]redits?[ \t]*:|\bPhotos?[ \t]+courtesy\b"
    r"|[\u2014\u2013][ \t]*[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2}[ \t]+screen[ \t]?grab\b"
    # Al Jazeera's, in brackets closing the line: "[Jane Doe/Handout via Reuters]", "[File:
    # Jane Doe/AFP]"
    r"|\[[^\]\n]{0,80}?(?:/|\bvia\b)[ \t]*(?:Reuters|AFP|AP|EPA|Getty Images|Anadolu)"
    r"(?: Agency)?\][ \t.]*(?=\n|\Z))"
)
# the photo's day, a stop and its credit in brackets closing the line, as the agencies and
# the papers taking their photos write captions: "X speaks in Jerusalem, June 12, 2023. (Jane
# Doe/Flash90)", "... in Vilnius, July 10, 2023. (Jane Doe/Reuters)"
# (the credit names a photographer and agency with a slash, a photo, a pool, a file or a
# picture library: not a speech's "(As Delivered)", a transcript's "(Applause.)", a story's
# "(Translated by ... staff)", "(With inputs from AFP)" or its source "(Anadolu)", "(ANI)")
_DATED_CREDIT = re.compile(
    rf"\b(?:{MONTH_NAMES})\.?[ \t](?:\d{{1,2}},[ \t])?\d{{4}}\.[ \t]"
    r"\((?P<credit>[A-Z][^()\n]{0,80})(?<!\.)\)[ \t]*(?=\n|\Z)"
)
# A caption printed with no credit, as many papers set the picture above or inside the story:
# a line of its own showing people at a scene on a day given in full, year and all ("Foreign
# Minister X talks to reporters outside the parliament in Ottawa, on May 18, 2017.", "X and Y
# shake hands in Berlin, May 9, 2022.", "Deputy Minister X in Parliament on February 21, 2018.").
# A story's prose tells what was done in the past tense; a caption shows the picture in the
# present, or with no verb at all: its name, then a present-tense verb or a preposition of
# the scene. (A page's title naming an occasion, "X's Regular Press Conference on ...", has
# a possessive in its name and no stop; "X held a press conference on ..." is prose.)
_SCENE_NAME = r"[A-Z][\w.\u2019'-]*(?:[ \t]+(?:[A-Z][\w.\u2019'-]*|of|for|de|al|bin|von|van))*"
# the scene's plain plural verbs, after two people ("X and Y meet in ...")
_PLAIN_PRESENT = (
    r"shake|meet|pose|talk|speak|attend|arrive|walk|sit|stand|listen|wave|greet|hold"
    r"|sign|leave|look|gesture|chat|react"
)
# what follows a scene's verb in -s: a preposition, an article or a possessive ("talks to",
# "signs an accord", "casts his ballot"), an object in -s ("shakes hands", "greets
# supporters"), an adverb in -ly. Another bare word in lower case is a verb, and the word in
# -s before it a plural noun, its subject ("AU leaders meet in ...", "EU ministers gather in
# ..."): no scene's verb
_AFTER_SCENE_S = (
    r"to|with|at|in|on|of|for|from|by|during|outside|inside|near|after|before|as|into|onto"
    r"|about|over|under|between|among|alongside|ahead|next|upon|up|out|off|down|back|the|a"
    r"|an|his|her|their|its|our|two|three|[a-z]+s|[a-z]+ly"
)
# words in -s that are no verb of a scene: the past and present of "be" and "have", and the
# pronouns and the conjunction in -s ("X was speaking ...", "It is due to ...", "as", "his")
_NOT_SCENE_S = r"(?:was|has|is|as|his|this|its|thus|does|plus)\b"
_SCENE_CAPTION = re.compile(
    # a person's name: not a pronoun, an article or a byline's "By" ("He was ...", "The
    # ... ", "By Jane Doe in Nairobi on ...")
    r"^[ \t]*(?!(?:He|She|It|They|We|I|You|The|This|That|These|Those|A|An|His|Her|Its"
    r"|Their|Our|There|Here|By)\b)"
    rf"(?P<name>{_SCENE_NAME}(?:,?[ \t]+and[ \t]+"
    # ("and his Ugandan counterpart Daniel Okello": a role in lower case before the name)
    rf"(?:(?:his|her|their)[ \t]+(?:[A-Z][\w-]*[ \t]+)?[a-z]+[ \t]+)?{_SCENE_NAME})?)"
    r"(?:,[ \t]+[^,\n]{1,80},)?[ \t]+"
    # a present-tense verb of a scene (singular or plural), or the scene's preposition alone
    r"(?P<verb>(?:is|are)[ \t]+(?:seen|pictured|shown)\b"
    rf"|(?!{_NOT_SCENE_S})[a-z]+(?<![su]s)(?<!ss)s\b(?![ \t]+(?!(?:{_AFTER_SCENE_S})\b)[a-z])"
    rf"|(?:{_PLAIN_PRESENT})\b"
    r"|(?:in|at|during|outside|inside|before|after|on[ \t]+(?:the|a|his|her|their))\b)"
    r"[^\n\"\u201c\u201d]{0,300}?"
    # the day in full, year and all, closing the line after a stop
    r"(?:[ \t]+on|,)[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
    rf"(?:(?:{MONTH_NAMES})\.?[ \t]\d{{1,2}},?[ \t]\d{{4}}"
    rf"|\d{{1,2}}[ \t](?:{MONTH_NAMES})\.?,?[ \t]\d{{4}})"
    r"\.[ \t]*$",
    re.M,
)
# a possessive in the name: a page's title ("X's Regular Press Conference"), not a caption
_POSSESSIVE = re.compile(r"[\u2019']s\b")
# a speech's, a document's or an event's word in the name: a title's line ("Keynote Address
# at the Opening of ..., Nairobi, 4 June 2024."), naming no person in a picture
_TITLE_WORD = re.compile(
    r"\b(?:Address|Speech|Remarks|Statement|Lecture|Message|Keynote|Opening|Conference"
    r"|Summit|Meeting|Forum|Briefing|Session|Ceremony|Launch|Communiqu\w+|Declaration)\b"
)
# a finite verb in the past tense, as prose tells (and a title's "issued by"): no caption
_PAST_VERB = re.compile(
    r"\b(?:[a-z]+ed|held|met|spoke|gave|took|made|said|told|was|were|had|went|came|left|sent)\b"
)

# a stop ending a sentence before another one ("... in Ottawa. He ..."), not an abbreviation's
# ("Sept. 9", "Ont., on", "Mr. X", "St. Petersburg")
_SECOND_SENTENCE = re.compile(r"[a-z]{3}[.!?][ \t]+[A-Z]")


def _scene_captions(text: str) -> list[tuple[int, int]]:
    """The lines of captions printed with no credit (_SCENE_CAPTION): each a line of its own
    of caption's length, one sentence, telling no words and no past event."""
    out: list[tuple[int, int]] = []
    for m in _SCENE_CAPTION.finditer(text):
        begin, end = m.start(), m.end()
        line = text[begin:end]
        # the verb itself is read too ("X was speaking ..."), save the caption's own passive
        # ("is pictured")
        past_from = m.end("verb") if m.group("verb")[:3] in ("is ", "are") else m.start("verb")
        if (
            len(line) > _CAPTION_CHARS
            or _TELLS_WORDS.search(line)
            or _POSSESSIVE.search(m.group("name"))
            or _PAST_VERB.search(line, past_from - begin)
            or _TITLE_WORD.search(m.group("name"))
            or _SECOND_SENTENCE.search(line)
            or _participle_for_a_name(m.group("name"))
        ):
            continue
        out.append((begin, end))
    return out


def scene_caption(line: str) -> bool:
    """Whether ``line`` alone is a caption printed with no credit (_scene_captions)."""
    return bool(_scene_captions(line.strip()))


def _participle_for_a_name(name: str) -> bool:
    """One word in -ed that is no one's given name opens a note on the text itself
    ("Delivered in New York on 11 June 2024.", "Published in Geneva on ..."), not a scene
    with a person in it ("Ahmed in Riyadh on ..." stays one)."""
    return " " not in name and name.endswith("ed") and name.lower() not in GIVEN_NAMES


# a photo's credit in the brackets: a slash, "via", a photo, a pool, a file, a picture library
_PHOTO_CREDIT = re.compile(
    r"/|\b(?:via|[Pp]hoto|PHOTO|[Pp]ool|[Ff]ile|EPA|Getty|Shutterstock|Alamy|Flash90|GPO)\b"
)
# a line telling words, which no caption does: a quotation mark or a verb of saying ("...,"
# Israeli President Isaac Herzog said at a memorial ceremony on October 7, 2024. (Reuters)")
_TELLS_WORDS = re.compile(
    r"[\"\u201c\u201d]|\b(?:said|says|told|tells|added|stated|declared|announced)\b"
)
# the picture libraries and the agencies whose names a credit's line of its own holds
_LIBRARIES = r"Getty Images|Shutterstock"
_AGENCIES = r"Reuters|REUTERS|AFP|AP|EPA|Xinhua|TASS|Anadolu"
# a line that holds a photo's credit alone, beside the caption's line: "Getty Images",
# "Jane Doe via Getty Images.", "Jane Doe / Reuters." (an agency's name only after a
# photographer's slash or "via": alone, it is as often a story line's source)
_CREDIT_LINE = re.compile(
    rf"[ \t]*(?:(?:[^\n/]{{0,50}}?(?:/|\bvia\b)[ \t]*)?(?:{_LIBRARIES})"
    rf"|[^\n/]{{0,50}}?(?:/|\bvia\b)[ \t]*(?:{_AGENCIES}))"
    r"\.?[ \t]*"
)
# where such a line may end: an agency's or a picture library's name closing a line
_CREDIT_END = re.compile(rf"(?:{_LIBRARIES}|{_AGENCIES})\.?[ \t]*$", re.M)
# an embedded post's signature: "— Jane Doe (@janedoe) March 3, 2025"
_POST_SIGNATURE = re.compile(
    r"[\u2014\u2013][ \t]*[^\n()\u2014\u2013]{1,60}\(@\w{1,30}\)[^\n]{0,40}"
)
_CAPTION_CHARS = 400  # a caption is a short line; a longer one is the story's prose


@lru_cache(maxsize=16)
def caption_lines(text: str, dated_credit: bool = True) -> tuple[tuple[int, int], ...]:
    """The lines that carry a photo's credit, or stand next to a line holding only the
    credit (see _next_to): captions, whose days are of the photo. ``dated_credit``: also
    the lines closing on the photo's day and its credit in brackets; meta passes False: its
    page-day guess reads such a caption's day where the lead's weekday bears it out."""
    out: list[tuple[int, int]] = []
    credits = [*_CAPTION_CREDIT.finditer(text)]
    if dated_credit:
        dated = [m for m in _DATED_CREDIT.finditer(text) if _dated_caption(text, m)]
        credits = sorted([*credits, *dated], key=lambda m: m.start())
    for m in credits:
        if out and m.start() < out[-1][1]:
            continue  # a second credit on the same line
        begin = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if end - begin <= _CAPTION_CHARS:
            out.append((begin, end))
    words: Counter[str] | None = None  # the text's words, counted once when first needed
    for credit in _CREDIT_END.finditer(text):
        begin = text.rfind("\n", 0, credit.start()) + 1
        if _CREDIT_LINE.fullmatch(text, begin, credit.end()) is None:
            continue
        out.append((begin, credit.end()))
        caption = _next_to(text, begin, credit.end())
        if caption is not None:
            out.append(caption)
            # ("X in Berlin, June 24, 2022.\nJane Doe\nGetty Images": the photographer's
            # name on a line of its own between the caption and the agency, as the pages
            # of NPR's stations set them; the caption is the line above the name)
            if caption[1] < begin and _photographer_over(text, caption, begin, credit.end()):
                if words is None:
                    words = Counter(_WORD.findall(text))
                above = _next_to(text, caption[0], caption[1])
                if (
                    not _told_elsewhere(text, caption, words)
                    and above is not None
                    and above[1] < caption[0]
                    and not _story_line(text, above)
                ):
                    out.append(above)
                    caption = above
            # (the caption again right under its credit, as pages copy the picture's
            # description twice: the same words, the same photo's day; a caption found below
            # the credit, as the BBC sets it, is that line already)
            if caption[1] < begin and text.startswith("\n", credit.end()):
                below = text.find("\n", credit.end() + 1)
                below = len(text) if below < 0 else below
                if text[credit.end() + 1 : below] == text[caption[0] : caption[1]]:
                    out.append((credit.end() + 1, below))
    if dated_credit:
        # (a caption printed with no credit: its whole line, found by its shape)
        out.extend(c for c in _scene_captions(text) if c not in out)
    return tuple(sorted(out))


# a run of word characters: the words counted once per text (see _told_elsewhere)
_WORD = re.compile(r"\w+")
# a photographer's name alone on its line: two to four capitalised words, no stop
_PHOTOGRAPHER_LINE = re.compile(r"[ \t]*[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,3}[ \t]*")
# a credit line naming the agency or picture library alone, whose photographer a line of its
# own above may name ("Getty Images", "AFP via Getty Images"; not "Jane Doe/Reuters", which
# names the photographer already)
_AGENCY_ALONE = re.compile(
    rf"[ \t]*(?:(?:{_AGENCIES})[ \t]+via[ \t]+)?(?:{_LIBRARIES}|{_AGENCIES})\.?[ \t]*"
)
# a story's dateline opening a line: "ANKARA, June 12 (Reuters) - ", "MOSCOW (AP) \u2014 "
# (a copy, looser, of what meta's _DATELINES read: they take the place, day and outlet apart,
# and meta imports this module, so cannot be imported here; coref's _DATELINE_CREDIT needs
# the bracketed credit and no day. Here it only tells a story's line from a caption.)
_DATELINE = re.compile(
    r"[ \t]*[A-Z][A-Z'.-]+(?:[ \t]+[A-Z][A-Z'.-]+)*(?:,[^\n]{0,40}?)?[ \t]*"
    r"(?:\([^()\n]{1,40}\)[ \t]*)?[-\u2013\u2014]"
)


def _photographer_over(
    text: str, line: tuple[int, int], credit_start: int, credit_end: int
) -> bool:
    """Whether ``line``, right above an agency's credit, has the shape of its photographer's
    name alone: two to four capitalised words, over a credit naming no photographer (whether
    the story tells the name elsewhere is _told_elsewhere's to say)."""
    if not _PHOTOGRAPHER_LINE.fullmatch(text, *line) or line[0] < 2:
        return False
    return _AGENCY_ALONE.fullmatch(text, credit_start, credit_end) is not None


def _told_elsewhere(text: str, line: tuple[int, int], words: Counter[str]) -> bool:
    """Whether the story tells the surname closing ``line`` outside it (not "Hakan Fidan"
    over "Getty Images": the man pictured, whom the story is about). ``words`` counts the
    text's words (runs of word characters), once per text: a search of the whole text per
    credit would cost the page's length times its credits. A surname of several runs
    ("O'Brien") is told when each of its runs is."""
    surname = text[line[0] : line[1]].split()[-1]
    on_line = Counter(_WORD.findall(text, *line))
    return all(words[run] > on_line[run] for run in _WORD.findall(surname))


def _story_line(text: str, line: tuple[int, int]) -> bool:
    """Whether ``line`` is the story's own, no caption: it opens on a dateline or tells words."""
    return bool(_DATELINE.match(text, *line) or _TELLS_WORDS.search(text, *line))


def _dated_caption(text: str, m: re.Match[str]) -> bool:
    """Whether the line closing on the day and bracket ``m`` is a photo's caption: it tells no
    words (bounded to a caption's length), and its bracket is a photo's credit. An agency's
    name alone ("(Anadolu)", "(ANI)") is as often a story line's source, so it is not enough."""
    at = m.start()
    begin = max(text.rfind("\n", 0, at) + 1, at - _CAPTION_CHARS)
    if _TELLS_WORDS.search(text, begin, at) is not None:
        return False
    return _PHOTO_CREDIT.search(m.group("credit")) is not None


def credited(line: str) -> bool:
    """Whether a line carries a photo's credit: a caption, which shows a scene ("X delivering
    his speech at the summit. PHOTO: AFP") and is no page's title."""
    return _CAPTION_CREDIT.search(line) is not None


def _next_to(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The caption's line a credit's line at ``start``-``end`` goes with: the one right above
    it ("Jane Doe at a rally.\nGetty Images"), else, with a blank line above the credit, the
    one right below ("Getty Images\nJane Doe at a rally", as the BBC sets them)."""
    above = text.rfind("\n", 0, max(0, start - 1)) + 1
    if start >= 2 and text[start - 1] == "\n" and text[start - 2] != "\n":
        line = (above, start - 1)
    elif text.startswith("\n", end) and not text.startswith("\n\n", end):
        below = text.find("\n", end + 1)
        line = (end + 1, len(text) if below < 0 else below)
    else:
        return None
    return line if line[1] - line[0] <= _CAPTION_CHARS else None


def post_signatures(text: str) -> list[tuple[int, int]]:
    """The signatures under embedded posts, whose names are the posters'."""
    return [m.span() for m in _POST_SIGNATURE.finditer(text)]


# a line that links another story of the site: "Read also: ...", "READ MORE: ...", "See also -"
_LINK_LINE = re.compile(
    r"(?im)^[ \t]*(?:read\s+(?:also|more)|also\s+read|see\s+also|related)"
    r"\s*[:\-\u2013|]\s*\S[^\n]*$"
)
# "Related news", "Read more:", "See also" on a line of its own, above the headlines of other
# stories of the site, one a line, up to a blank line: their words are those other stories'
_LINK_LIST = re.compile(
    r"(?im)^[ \t]*(?:read\s+(?:also|more)|also\s+read|see\s+also|more\s+on\s+this(?:\s+topic)?|"
    r"related(?:\s+(?:news|articles|stories|content|posts|links|coverage))?|"
    # "Recommended Stories" (over Al Jazeera's "list of 3 items" ... "end of list"), "You may
    # also like": the same list under a site's other heading
    r"recommended(?:\s+(?:stories|for\s+you|reading))?|you\s+(?:may|might)\s+also\s+like|"
    # "More Stories", "More news": the same list under its plainest heading
    r"more\s+(?:stories|news))"
    r"[ \t]*:?[ \t]*\n"
)
_LINKED_HEADLINE = re.compile(r"[ \t]*(?:[-\u2013\u2022*][ \t]*)?\S[^\n]{0,200}")
_SENTENCE_STOP = re.compile(r"[.!?][\"'\u201d\u2019)]?[ \t]*$")


@lru_cache(maxsize=16)
def link_lines(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of lines that link other stories: a "Read also: ..." line, and the headlines
    listed under a "Related news" line (a line ending in a full stop is the page's own prose,
    not a headline)."""
    found = [m.span() for m in _LINK_LINE.finditer(text)]
    for heading in _LINK_LIST.finditer(text):
        found.append((heading.start(), heading.end() - 1))  # the heading names no one
        pos = heading.end()
        while text.startswith("\n", pos):
            pos += 1  # the list may stand a blank line below its heading
        while (line := _LINKED_HEADLINE.match(text, pos)) is not None and (
            line.end() == len(text) or text[line.end()] == "\n"
        ):
            if _SENTENCE_STOP.search(line.group()):
                break
            found.append(line.span())
            pos = line.end() + 1
    found.extend(_headline_runs(text))
    return tuple(sorted(found))


# A list of the site's other stories set into the body with no heading over it, as Irish,
# Central Asian and other sites' pages copy: four or more lines in a row, each a headline (a
# few words, no full stop, no caption's credit, no clock or slash of a page's header), between
# two lines of the story's prose. Their names are those other stories' people.
_HEADLINE_RUN = 4  # lines: a page's title, standfirst and byline make three
_PROSE_LINE = 80  # characters: a line of the story's own prose, either side of the list
_HEADLINE_LINE = re.compile(r"[ \t]*[A-Z\u2018\u201c\"'][^\n]{24,199}")
_NO_HEADLINE = re.compile(
    r"[.!?:;,\"'\u201d\u2019)\]][ \t]*$|\b(?:Photo|Image|Picture|Published|Updated)\b"
    r"|\d{1,2}:\d\d|/"
)


def _headline_runs(text: str) -> list[tuple[int, int]]:
    lines = _word_lines(text)
    out: list[tuple[int, int]] = []
    k = 1
    while k < len(lines):
        run = k
        while run < len(lines) and _headline(text, *lines[run]):
            run += 1
        if (
            run - k >= _HEADLINE_RUN
            and run < len(lines)
            and len({text[a:b].strip() for a, b in lines[k:run]}) == run - k
            and all(_prose(text, *lines[j]) for j in (k - 1, run))
        ):
            out.extend(lines[k:run])
        k = max(run, k + 1)
    return out


def _word_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines that hold any words, blank ones skipped (split, not matched by
    a pattern: a search for a line's first word re-read a long line of blanks from every
    place in it)."""
    out: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        if not line.isspace() and line:
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def _headline(text: str, start: int, end: int) -> bool:
    return (
        _HEADLINE_LINE.fullmatch(text, start, end) is not None
        and len(text[start:end].split()) >= 4
        and _NO_HEADLINE.search(text[start:end]) is None
    )


def _prose(text: str, start: int, end: int) -> bool:
    line = text[start:end].rstrip()
    return len(line) >= _PROSE_LINE and _SENTENCE_END.search(line) is not None


# a line of prose ends its last sentence (not a colon, which opens a list of its own)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?$")


# A site's appeal to its readers, set into or below the story: "A Message from The Moscow
# Times:" or "Dear readers," on a line of its own, then the site's own words ("We are facing
# ...", "please support us"), ending at its "Remind me later." button or with the page
_APPEAL_OPENS = re.compile(
    r"^[ \t]*(?:An?\s+(?:[Mm]essage|[Nn]ote|[Ww]ord)\s+from\s+[^\n:]{2,60}:|"
    r"Dear\s+(?:[Rr]eaders?|[Ff]riends)(?:\s+and\s+[Ff]riends)?[,!:])[ \t]*$",
    re.M,
)
# its button below ("Remind me later.", "Donate now", "Subscribe")
_APPEAL_ENDS = re.compile(
    r"^[ \t]*(?:Remind me later|Maybe later|No,? thanks|(?:Donate|Subscribe|Support us)"
    r"(?:\s+(?:now|today))?)[.!]?[ \t]*$",
    re.M,
)
# the appeal asks for support, before its button; with none, for money or subscriptions
# (a letter or a speech the story quotes does not: "Dear friends, ... Your contribution to
# Russian diplomacy ... We count on your support")
_APPEAL_ASKS_SUPPORT = re.compile(
    r"\b(?:support\s+(?:us|our)|your\s+support|donat\w*|contribution|subscri\w+|monthly)\b",
    re.I,
)
_APPEAL_ASKS = re.compile(
    r"\b(?:donat(?:e|es|ed|ing|ion|ions)|subscri(?:be|bers?|ption|ptions)|membership|"
    r"one-off|monthly)\b",
    re.I,
)
_APPEAL_CHARS = 3000  # an appeal is a few short paragraphs


def appeal_lines(text: str, said_at: tuple[int, ...] = ()) -> tuple[tuple[int, int], ...]:
    """Spans of a site's appeal to its readers for support: the site's own words, no one's
    statement in the story. One with no button to end it runs to the text's end only past no
    attributed statement (``said_at``: where the story's statements' sentences start)."""
    found: list[tuple[int, int]] = []
    starts = sorted(said_at)
    for opens in _APPEAL_OPENS.finditer(text):
        if found and opens.start() < found[-1][1]:
            continue
        ends = _APPEAL_ENDS.search(text, opens.end(), opens.end() + _APPEAL_CHARS)
        if ends is not None:
            # (a "Dear friends," of a speech above the site's own opener is not its start)
            later = _APPEAL_OPENS.search(text, opens.end(), ends.start())
            if later is not None and text[opens.end() : later.start()].strip():
                continue
            end = ends.end()
            # (the ask is above the button: a "Donate" or "Support us" line alone asks nothing
            # of the lines it closes, which may be a minister's message the story quotes)
            if not _APPEAL_ASKS_SUPPORT.search(text, opens.end(), ends.start()):
                continue
            if end - opens.start() > _APPEAL_CHARS:
                continue
        else:
            # (no button: the appeal ends before the next statement, and must ask for money)
            at = bisect_left(starts, opens.end())
            end = starts[at] if at < len(starts) else len(text)
            if end - opens.start() > _APPEAL_CHARS:
                continue  # (too long for an appeal: not searched, so each opener costs little)
            if not _APPEAL_ASKS.search(text, opens.end(), end):
                continue
        found.append((opens.start(), end))
    return tuple(found)
