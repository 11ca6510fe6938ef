"""The labels that open a transcript's turns, and who each one stands for.

"MR PRICE:", "Q.", "THE MINISTER \u2013", "President of Russia Vladimir Putin:", "Dana Kerr
(ABC):", "President Biden: (00:14)", a hearing record's "Senator SHAHEEN." and a dialogue of
dashes are read here; the cast of a transcript (the people its header names, who asks, who
answers) decides whose each label is: "Ambassador:" is the ambassador the title names, "MR
MILLER" the Matthew Miller of the header, a question or an outlet asks.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from tracker.countries import PLACE_WORDS
from tracker.extract.captions import link_lines
from tracker.extract.cues import find_cues
from tracker.extract.lexicon import CAPITALS, COUNTRIES, MEDIA, ORG_HEADS, ROLE_WORDS
from tracker.extract.page_words import PageWords, search_lines
from tracker.extract.site import site_owner
from tracker.extract.spans import Spans
from tracker.extract.speaker_phrase import SpeakerPhrase, institution_for
from tracker.extract.speakers import parse_speaker
from tracker.extract.subject_phrase import is_media
from tracker.extract.transcript_header import (
    GREETING,
    PAGE_FIELD,
    Header,
    read_header,
    word_set,
)
from tracker.extract.transcript_people import (
    NameIndex,
    Participant,
    merge,
    person,
    same_person,
)
from tracker.extract.when import TIME_STAMP_LINE

# a capitalised word ("Álvaro", "Šefčovič", "Łukasz", "Şimşek" too: Latin Extended-A mixes its
# capitals with the small letters, and a label's first letter is a capital), or an Arabic
# article joined to one ("el-Sisi", "al-Sudani")
_WORD = (
    r"(?:[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u0218\u021a][\w.'\u2019&/-]*|&|"
    r"(?:al|el|ad|as|ash|ibn|bin|abu)-[A-Z][\w'\u2019-]*)"
)
# "Ursula von der Leyen", "Karl-Theodor zu Guttenberg", "José dos Santos": a name's particles
_LINK = r"(?:of|for|the|and|de|du|da|do|del|der|den|dos|das|di|zu|ter|van|von|bin|bint|al|le|la)"
# "MR PRICE:", "President of Russia Vladimir Putin:", "Shri X, Official Spokesperson:",
# "Dana Kerr (ABC):", "Oana Lungescu [NATO Spokesperson]:", "THE MINISTER –", "Q."
_LABEL = re.compile(
    # "Reporter 1:", "Speaker 2:": a transcription service numbers whom it cannot name
    rf"(?P<label>{_WORD}(?:,?[ \t]+(?:{_WORD}|{_LINK}))*(?:[ \t]+\d{{1,2}}(?=[ \t]*:))?)"
    # "Mr ALBANESE (Grayndler\u2014Prime Minister) (14:05):": Hansard's seat and post, then
    # the time the member rose
    # ("Question (addressed to Hakan Fidan, retranslated from Turkish):": whom it asks, and how)
    r"(?:[ \t]*[(\[](?P<paren>[^()\[\]\n]{1,60}|[^()\[\]\n]{1,60}\u2014[^()\[\]\n]{1,60})[)\]])?"
    # "Mr David Lammy (Tottenham) (Lab):": a member's constituency, then party
    r"(?:[ \t]*\((?!spoke|speaking|as interpreted|via|interpretation|retranslated|translated)"
    r"[A-Z][\w/ -]{0,19}\))?"
    # "Mr. Zhang Jun (China) (spoke in Chinese):": how the words reached the record
    r"(?P<via>[ \t]*\((?:spoke|speaking|as interpreted|via interpret|interpretation|retranslated|"
    r"translated)[^()\n]{0,40}\))?"
    r"(?:[ \t]*\(\d{1,2}:\d{2}\))?"
    # "Q) North Korea launched ...", "A) We will not ...": a ministry's briefing closes the
    # letter with a bracket
    r"[ \t]*(?P<sep>:|\.|\)(?=[ \t])|[\u2013\u2014-](?=[ \t]))"
    # "SecState Blinken:: When ...": a colon typed twice, a typing slip on a label still
    r"(?:(?<=:):(?!:))?"
    r"(?:[ \t]*\(\d{1,2}:\d{2}(?::\d{2})?\))?"
    # "BAERBOCK: (Via interpreter) Ladies and ...": how the words reach us, after the colon
    # "SUGA: (As interpreted.) Thank you, Joe.": the White House's note, after the colon
    r"(?P<via_after>[ \t]*\((?:[Vv]ia|[Tt]hrough) (?:an? )?(?:interpreter|translator|"
    r"interpretation)\)|[ \t]*\([Aa]s [Ii]nterpreted\.?\)|[ \t]*\([Ii]n [A-Z][a-z]+\.?\)"
    # "Minister Kamikawa: (Interpretation) The agreement ...": Japan's MOFA's note
    r"|[ \t]*\((?:[Ii]nterpretation|[Tt]ranslation|[Ii]nterpreted)\))?"
    # "Ms. KAMIKAWA Yoko, Minister for Foreign Affairs:I have three announcements.": a page
    # that lost the space after the colon, the turn opening on a capital
    r"(?:[ \t]+|$|(?<=:)(?=[A-Z\u201c\"(]))"
)
# "Department of State spokesperson (00:43):", "Speaker 1 (01:40):": a transcription
# service's label on a line of its own, stamped with the time into the recording; the words
# it names a speaker by may be in lower case
_TIMED = re.compile(
    r"(?P<label>[A-Z][\w.'\u2019&-]*(?:[ \t]+[\w.'\u2019&-]+){0,6})"
    r"[ \t]*\(\d{1,2}:\d{2}(?::\d{2})?\):"
)
_INTERPRETED = re.compile(
    r"(?:spoke|speaking|as interpreted|via|interpretation|retranslated|translated|through)\b",
    re.I,
)
# "Q  Mr. President, ...": a question marked by a bare Q (the White House's way)
# "Foreign journalist:", "Question from the floor:": words in lower case among the capitalised
# ("Question from the Turkish media:")
_LOWER_ASKER = re.compile(r"(?P<label>[A-Z][\w'\u2019-]*(?:[ \t]+[\w'\u2019-]+){1,4}):[ \t]+(?=\S)")
_ASKER_WORDS = word_set(
    "media journalist journalists reporter reporters correspondent question questioner "
    "floor audience member participant"
)
# (a bare Q at a line's start labels a reporter's turn; coref reads it too)
BARE_Q = re.compile(r"Q[ \t]+(?=[A-Z(\u201c\"])")
_BARE_A = re.compile(r"A[ \t]+(?=[A-Z])")
# "Q Mr", "Q Ms", "Q Dr": a bare Q and a courtesy title cut short, read as one label
_COURTESY_AFTER_Q = re.compile(r"Q[ \t]+(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|Amb|Sec)")
# "— When will the talks resume?" / "— Not before spring.": an interview written as a
# dialogue of dashes, questions and answers in turn
_DASH_TURN = re.compile(r"[\u2014\u2013-][ \t]+(?=\S+\s+\S+\s+\S)")
DASH = "\u2014"
_LABEL_CHARS = 200  # a label, its parenthesis and timestamp fit well within this
_ASKERS = word_set(
    "q question questions questioner journalist journalists reporter correspondent "
    "moderator host interviewer presenter anchor participant audience chair"
)
_ANSWERS = {"a", "answer"}
_LINKS = {"of", "for", "the", "and"}
# "JOHN VAUSE, CNN ANCHOR:": the programme's own people ask, whoever they are ("MICHELE
# KELEMEN, BYLINE:": a public broadcaster's transcripts mark their reporter so)
_ASKING_POSTS = word_set(
    "reporter journalist correspondent anchor host presenter interviewer byline"
)
_MEDIA = word_set(
    "tv radio daily news times post agency television channel press media network "
    "broadcasting newspaper magazine journal group"
)
_NUMBERED = re.compile(r"Speaker \d{1,2}")
# "Yasmin Jonkers (CNA938):" at the start of a line: a label and its bracket
_BRACKETED_LABEL = re.compile(
    r"(?m)^[ \t]*(?P<label>[^\n:()]{2,60}?)[ \t]*\((?P<paren>[^()\n]{1,40})\)[ \t]*:"
)
_STATION = re.compile(r"[A-Z][A-Z\d&-]{1,9}")  # "CNA938", "ABC", "RTÉ" in capitals
# "Speaker 2 (01:42):", "Joe Biden: (00:14)" on a line of its own
_STAMPED_LINE = re.compile(
    r"^[ \t]*(?P<label>[^\n():]{1,60}?)[ \t]*(?::[ \t]*)?\(\d{1,2}:\d{2}(?::\d{2})?\):?[ \t]*$",
    re.M,
)
# "SFA", "KD", "PM": the letters a page shortens a speaker's label to
_SHORT = re.compile(r"[A-Z]{1,5}")
_COURTESY = {"mr", "ms", "mrs", "dr", "h.e", "m", "mme", "the", "shri", "smt", "prof"}
# "HIS EXCELLENCY THE PRIME MINISTER:": the Gulf's courtesy before a post in a label
_COURTESY |= {"his", "her", "excellency", "highness"}
# A field of the page ("Date: Monday, June 22, 2020", "Time: 10:30"), not a turn
_FIELD_VALUE = re.compile(
    r"^[\s\d:.,/()apmAPM-]*$|^(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b"
)


@dataclass(frozen=True)
class Label:
    text: str
    paren: str | None
    rest: int  # where the words of the turn begin
    own_line: bool = False  # a line of a parliament's record naming the member who speaks
    role: str | None = None  # the post the record gives the member beside the name
    interpreted: bool = False  # "(retranslated)", "(via interpreter)": how the words reached us
    asks: bool = False  # "([Host] ...)": the page marks the turn as a question


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str
    label: Label | None = None  # the turn label the line opens with, by its form alone


# "Speaker key:" over "TAG Dr Tedros Adhanom Ghebreyesus" and "MVK Dr Maria Van Kerkhove":
# WHO's transcripts name each speaker once by initials, then open each turn with them, no
# colon after them
_SPEAKER_KEY = re.compile(r"Speakers?['\u2019]?\s+key\s*:?", re.I)
_INITIALS_FIRST = re.compile(r"(?P<initials>[A-Z]{2,4})[ \t]+(?=[A-Z])")
_KEY_ENTRY_WORDS = 7  # a key's line: the initials and a name with its title


def speaker_key(lines: Sequence[str]) -> tuple[int, int, frozenset[str]] | None:
    """The lines of a page's speaker key (from, to) and the initials it lists, or None."""
    at = next((n for n, line in enumerate(lines) if _SPEAKER_KEY.fullmatch(line.strip())), None)
    if at is None:
        return None
    keyed: set[str] = set()
    n = at + 1
    while n < len(lines) and len(lines[n].split()) <= _KEY_ENTRY_WORDS:
        entry = _INITIALS_FIRST.match(lines[n].strip())
        if entry is None:
            break
        keyed.add(entry["initials"])
        n += 1
    return (at + 1, n, frozenset(keyed)) if len(keyed) >= 2 else None


def keyed_names(text: str) -> dict[int, int]:
    """Where each line of a page's speaker key starts, and where the name after its
    initials does ("FC Fadéla Chaib": the name, not "FC", is hers)."""
    if _SPEAKER_KEY.search(text) is None:
        return {}
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    key = speaker_key([line for _, line in lines])
    if key is None:
        return {}
    names: dict[int, int] = {}
    for start, line in lines[key[0] : key[1]]:
        entry = _INITIALS_FIRST.match(line.strip())
        if entry is not None:
            at = start + len(line) - len(line.lstrip())
            names[at] = at + entry.end()
    return names


def _keyed_initials(found: list[tuple[int, int, str]], labels: list[Label | None]) -> None:
    """Label the turns below a page's speaker key: each line opening with keyed initials,
    and each opening with another's initials and asking (a reporter, whom the key leaves
    out)."""
    key = speaker_key([line for _, _, line in found])
    if key is None:
        return
    for k in range(key[1], len(found)):
        a, _, line = found[k]
        opens = _INITIALS_FIRST.match(line)
        if labels[k] is None and opens and (opens["initials"] in key[2] or "?" in line):
            labels[k] = Label(opens["initials"], None, a + opens.end())


# "United States Secretary of State John Kerry" on a line, then ": Well, Mr President, ...":
# a page that set the speaker's name apart (a bold tag) and lost it to a break before the
# colon; the name's line is short and ends no sentence
_BROKEN_LABEL = re.compile(r"\n(?=:[ \t]+\S)")
_BROKEN_LABEL_CHARS = 120  # a speaker's name with a post before it


def _join_broken_labels(text: str) -> str:
    """The text with a label broken before its colon joined to its words by a space in place
    of the break (the length kept, so every offset holds)."""
    breaks = []
    for m in _BROKEN_LABEL.finditer(text):
        start = text.rfind("\n", max(0, m.start() - _BROKEN_LABEL_CHARS - 1), m.start()) + 1
        name = text[start : m.start()].strip()
        if (
            # (no line's start within reach: the name would run back past a label's length)
            (start == 0 and m.start() > _BROKEN_LABEL_CHARS)
            or not name
            or name[-1] in '.!?:;,"\u201d\u2019)]'
            or _LABEL.fullmatch(name + ": ") is None
        ):
            continue
        breaks.append(m.start())
    if not breaks:
        return text
    chars = list(text)
    for at in breaks:
        chars[at] = " "
    return "".join(chars)


# "0:00 0:00", "01:00 / 03:32": an audio player's position and length
_PLAYER_CLOCKS = re.compile(r"\d{1,2}:\d{2}[ \t]*/?[ \t]*\d{1,2}:\d{2}")


def read_lines(text: str) -> list[Line]:
    """The text's non-empty lines, each with its label (a headline never has one)."""
    # a scraped page indents some paragraphs ("  Wang Wenbin: ..."): a line begins at its words
    # (each line stripped by hand: a pattern with spaces on either side of the words took
    # cubic time on a line of spaces alone, which a wide gap read as a break leaves)
    text = _join_broken_labels(text)
    found = []
    for m in re.finditer(r"[^\n]+", text):
        line = m[0]
        words = line.strip()
        if words:
            start = m.start() + len(line) - len(line.lstrip())
            found.append((start, start + len(words), words))
    given, found = found, _split_run_on_turns(_past_clocks(found))
    clocked = _clocked_names(given, found)
    stamped = _stamped_segments(found)
    own = stamped or _names_above_stamps(found) or _names_with_clock(found) or clocked
    own = own or _own_line_labels(found)
    own = own or _sitting_names(found)
    own = own or _names_alone_on_lines(found)
    dashed = [bool(_DASH_TURN.match(line)) for _, _, line in found]
    # a dialogue has a few turns and asks; a dash or two elsewhere is a list or a subheading
    asked = any(d and line.endswith("?") for d, (_, _, line) in zip(dashed, found, strict=True))
    # an answer ends a sentence; a list of linked headlines ("- list 1 of 4What would be the
    # impact of ...?", "- Iran's ex-leaders clash after ...") has questions and no answers
    answered = any(
        d and line.endswith((".", "!", '"', "\u201d", "\u2026"))
        for d, (_, _, line) in zip(dashed, found, strict=True)
    )
    dialogue = asked and answered and sum(dashed) >= 3
    labels = [
        own.get(n) or label_at(a, line, dash and dialogue)
        for n, (dash, (a, b, line)) in enumerate(zip(dashed, found, strict=True))
    ]
    _bracketed_labels(found, labels)
    for n in range(1, len(found)):
        # "Q Iranian military admitted ...", then "A We are deeply saddened ...": a page that
        # lost the colons marks the answer below a bare Q by a bare A
        asked = labels[n - 1] is not None and labels[n - 1].text == "Q"
        bare = _BARE_A.match(found[n][2]) if asked and labels[n] is None else None
        if bare is not None:
            labels[n] = Label("A", None, found[n][0] + bare.end())
    _glued_labels(found, labels)
    _keyed_initials(found, labels)
    _hearing_labels(found, labels)
    _period_labels(found, labels)
    _quoted_headlines(found, labels)
    _placed_lines(found, labels)
    for n in range(len(found) - 1):
        label = labels[n]
        # "Next Up:" over "0:00 0:00": an audio player's chrome, nothing after its colon and
        # the player's two clocks below (a time stamp under a name is one); no one's turn
        if (
            label is not None
            and label.rest >= found[n][1]
            and _PLAYER_CLOCKS.fullmatch(found[n + 1][2])
        ):
            labels[n] = None
    # "Related" over "Berg: Patrols will double": another story's headline, no turn
    linked = Spans(link_lines(text))
    labels = [None if found[n][0] in linked else label for n, label in enumerate(labels)]
    # a headline ("Lavrov: Russia will respond") is no turn, on the first line or below a
    # site's name and menu (no sentence above it, none ending it: "Minister X: The three
    # ministers met today ..." under a briefing's title is the minister's turn)
    top = next((n for n, label in enumerate(labels) if label is not None), None)
    first = labels[top] if top is not None else None
    # (a parliament's record names a member on a line of its own: no headline)
    headed = top is not None and (
        top == 0
        or first is not None
        and not first.own_line
        and first.rest < found[top][1]
        and not any(_ends_a_sentence(line) for _, _, line in found[: top + 1])
    )
    if top is not None and headed and _headline_label(top, found, labels):
        labels[top] = None
    elif top is not None and headed and _greets_the_room(top, found, labels):
        # "MR. KIRBY:  Good afternoon, everybody." over the remarks: the turn is the remarks
        # below the greeting, which says nothing of its own
        labels[top] = replace(labels[top], rest=found[top][1])
    for n, (a, _, line) in enumerate(found):
        if labels[n] is not None and _QUOTED_HEADING.fullmatch(line[labels[n].rest - a :].strip()):
            labels[n] = None  # "Zelensky: 'We are counting on America'": a live entry's heading
    if len(TIME_STAMP_LINE.findall(text)) >= _ENTRIES:
        for n in range(1, len(found)):
            label = labels[n]
            # (a member named on a line of their own, the words below, is no heading)
            if (
                label is not None
                and not label.own_line
                and _entry_heading(found[n - 1][2], found[n][2][label.rest - found[n][0] :])
            ):
                labels[n] = None
    return [Line(a, b, line, label) for (a, b, line), label in zip(found, labels, strict=True)]


# a line of six words or more ending as a sentence ends: no title or menu of a page's head
_SIX_WORDS = re.compile(r"(?:\S+\s+){5}\S")


def _ends_a_sentence(line: str) -> bool:
    """A line of six words or more that ends as a sentence does (checked from both ends, so a
    line that lost its breaks is not searched back and forth)."""
    return line.rstrip("\n")[-1:] in '.!?"\u201d\u2026' and _SIX_WORDS.match(line) is not None


def _headline_label(n: int, found: list[tuple[int, int, str]], labels: list[Label | None]) -> bool:
    """Whether the label of line ``n``, the page's first with no sentence above it, heads
    the page ("Lavrov: Russia will respond"); an excerpt that opens on a turn is kept: a
    whole sentence under a label the text uses again."""
    label = labels[n]
    assert label is not None
    a, _, line = found[n]
    again = any(other is not None and other.text == label.text for other in labels[n + 1 :])
    first = line.rstrip()
    # "A MARTINEZ, HOST:" alone on its line, the words below: a headline has words after
    # its colon, a turn label in a line of its own has none
    alone = first.endswith(":") and label.rest >= found[n][1] and len(found) > n + 1
    whole = again and first.endswith((".", "?", "!")) and len(first.split()) >= 8
    # "President of China Xi Jinping (retranslated): President Putin, friends,": an
    # excerpt that opens on an interpreted turn, or on an address that goes on below (a
    # headline never ends in a comma)
    opened = label.interpreted or (first.endswith(",") and len(found) > n + 1)
    # "Vladimir Putin: Dear Mr Chairman!", the speech going on below: a turn that opens by
    # addressing the room, which no headline does
    address = _ADDRESS.fullmatch(first[label.rest - a :].strip())
    opened = opened or (address is not None and len(found) > n + 1)
    # "MR. KIRBY:  Good afternoon, everybody.", the remarks going on below: a greeting
    opened = opened or _greets_the_room(n, found, labels)
    return not (whole or alone or opened)


def _greets_the_room(n: int, found: list[tuple[int, int, str]], labels: list[Label | None]) -> bool:
    """Whether the words after the label of line ``n`` only greet the room ("MR. KIRBY:
    Good afternoon, everybody."), the remarks going on below: a turn opens so, never a
    headline."""
    label = labels[n]
    if label is None or len(found) <= n + 1:
        return False
    a, b, line = found[n]
    return label.rest < b and _GREETS_ROOM.fullmatch(line[label.rest - a :].strip()) is not None


# a live entry's heading runs to a dozen words or so; a live page has two stamps or more
_HEADING_WORDS = 14
_ENTRIES = 2


def _entry_heading(above: str, rest: str) -> bool:
    """Whether a labelled line right under a live page's time stamp, its words ``rest``, is
    the entry's heading ("Kremlin: Putin to wait for US briefing"), the account going on
    below in prose: a few words ending as no sentence ends; a briefing's first turn under
    its start time ("MR X: Good afternoon, everyone. ...") is sentences."""
    words = rest.strip()
    return (
        TIME_STAMP_LINE.fullmatch(above) is not None
        and len(words.split()) <= _HEADING_WORDS
        and not words.rstrip("\"'\u201d\u2019").endswith((".", "!", "?", "\u2026"))
    )


# "Trump: 'We didn't get there'" over a live page's entry: a few quoted words, no sentence's
# end, the account going on below in prose; a turn's words are not set in quotation marks
_QUOTED_HEADING = re.compile(
    r"[\"'\u201c\u2018](?=\S)(?:[^\s\"\u201c\u201d]+[ \t]){0,9}"
    r"[^\s\"\u201c\u201d]*[^\s.?!,:;\"\u201c\u201d][\"'\u201d\u2019]"
)


# "Dear Mr Chairman!", "Mr President, colleagues,", "Ladies and gentlemen!": an address to
# the room, the first words of a speaker's turn
_ADDRESS = re.compile(
    r"(?:(?:My )?(?:Dear|Esteemed|Distinguished|Respected)\s+)?(?:Mr|Madam|Madame|Mrs|Ms|"
    r"Your (?:Excellency|Excellencies|Majesty|Highness)|Excellenc(?:y|ies)|Ladies and gentlemen|"
    r"Colleagues|Friends|Comrades)\b[^.?!:\n]{0,80}[!,]"
)
# "Good afternoon, everybody.", "Hello, everyone.", "Good morning.": the speaker greeting the
# room, which a turn opens with and a headline never does
_GREETS_ROOM = re.compile(
    rf"(?:{GREETING}|Hi)"
    r"(?:,?\s+(?:everyone|everybody|all|folks|ladies\s+and\s+gentlemen))?\s*[.!]"
)


# "X: 'Europe cannot wait'": a headline quotes the words after its colon, a turn never does;
# a site may tag what the page holds after it ("- FULL TEXT", "| VIDEO", "(PHOTO)")
_QUOTED_REST = re.compile(
    "\\s*(?:['\u2018][^'\u2018\u2019\\n]{3,}['\u2019]|[\"\u201c][^\"\u201c\u201d\\n]{3,}[\"\u201d])"
    "(?:\\s*[-\u2013\u2014|]\\s*[A-Z]{2,}(?: [A-Z]{2,}){0,2}"
    "|\\s*\\([A-Z]{2,}(?: [A-Z]{2,}){0,2}\\))?\\s*"
)


def _quoted_headlines(found: list[tuple[int, int, str]], labels: list[Label | None]) -> None:
    """ "Minister X: 'Europe cannot wait'" below a site's name: a name, a colon and words
    wholly in quote marks, the name opening no other line, is an interview's headline, not
    a turn."""
    # (counted once: comparing each label with every other was quadratic in a page of them)
    times = Counter(label.text for label in labels if label is not None)
    for n, label in enumerate(labels):
        if label is None or times[label.text] > 1:
            continue
        start, _, line = found[n]
        if _QUOTED_REST.fullmatch(line, label.rest - start):
            labels[n] = None


# "TABUK —", "NARVIK –": words in capitals set off by a dash, no colon
_DASHED_CAPITALS = re.compile(r"[^\S\n]*[\u2013\u2014-][^\S\n]*$")


def _placed_lines(found: list[tuple[int, int, str]], labels: list[Label | None]) -> None:
    """ "TABUK — Six Gulf states agreed on Tuesday ...": a story's dateline, a place in
    capitals before a dash, reads as a turn label by its form alone. A dash-set label names a
    speaker by a post or a courtesy title ("THE MINISTER –", "MR X —"), or by a name the
    page gives again at the next turn; capitals with neither, on one line only, are a place or
    a heading, no one's turn."""
    for n, label in enumerate(labels):
        if label is None or label.paren or not label.text.isupper() or label.own_line:
            continue
        start, _, line = found[n]
        if not _DASHED_CAPITALS.match(line, len(label.text), label.rest - start):
            continue
        words = {w.lower().rstrip(".") for w in re.split(r"[\s,]+", label.text)}
        titled = words & (ROLE_WORDS | _COURTESY | _ASKER_WORDS | set(_ASK_OR_ANSWER)) - {"the"}
        named = [other.text for k, other in enumerate(labels) if other is not None and k != n]
        if not titled and label.text not in named:
            labels[n] = None


def quoted_headline(line: str) -> SpeakerPhrase | None:
    """The person a headline of the form "Name: 'quoted words'" names."""
    m = _NAMED_HEADLINE.match(line)
    if m is None or not _QUOTED_REST.fullmatch(line, m.end()):
        return None
    return person(m["who"])


_NAMED_HEADLINE = re.compile(r"(?P<who>[A-Z][^:\n]{2,60}):")


def _glued_labels(found: list[tuple[int, int, str]], labels: list[Label | None]) -> None:
    """ "MinisterThe first point I have to make ...": a page that lost a label's colon and
    space runs the label into the turn's first word; a label the page uses elsewhere, right
    before a capitalised word, opens that line's turn."""
    used = {label.text for label in labels if label is not None and len(label.text) >= 3}
    used = {text for text in used if text.replace(" ", "").isalpha()}
    for n, (start, _, line) in enumerate(found):
        if labels[n] is not None:
            continue
        for text in used:
            if line.startswith(text) and _GLUED_WORD.match(line, len(text)):
                labels[n] = Label(text, None, start + len(text))
                break


_GLUED_WORD = re.compile(r"[A-Z][a-z]")


def _period_labels(found: list[tuple[int, int, str]], labels: list[Label | None]) -> None:
    """ "President Biden. It's good to be back.", "Prime Minister Sunak. Yes, me too.": an
    archive of presidential papers closes each speaker's title and name with a full stop, as
    it does "Q."; a title and a name so set at the start of two lines or more open turns."""
    seen: dict[str, list[tuple[int, int]]] = {}
    for n, (start, _, line) in enumerate(found):
        m = _PERIOD_LABEL.match(line) if labels[n] is None else None
        if m is None or not line[m.end() :].strip():
            continue
        words = m["label"].split()
        if words[0].lower() not in ROLE_WORDS and words[0].lower().rstrip(".") not in _COURTESY:
            continue
        if words[-1].lower() in _ABBREVIATED:
            continue  # "Republican South Carolina Sen. Lindsey Graham says": a title cut short
        found_person = person(m["label"])
        if found_person is None or not found_person.role or not found_person.name:
            continue
        seen.setdefault(m["label"], []).append((n, start + m.end()))
    # "Chancellor Merkel. Thank you, Mr. President." once, between the host's turns so set
    # (or below the archive's "Q.", or after another speaker's once): the guest of a joint
    # news conference may speak once in an excerpt, and the page's convention is plain
    confirmed = (
        len(seen) >= 2
        or any(len(places) >= 2 for places in seen.values())
        or any(label is not None and label.text == "Q" for label in labels)
    )
    for text, places in seen.items():
        if len(places) >= 2 or confirmed:
            for n, rest in places:
                labels[n] = Label(text, None, rest)


# "Senator SHAHEEN.", "Mr. RISCH.", "The CHAIRMAN.": the printed record of a congressional
# hearing gives each turn the member's title and surname in capitals, closed by a full stop
_HEARING_NAME = re.compile(
    r"The (?:CHAIRMAN|CHAIRWOMAN|CHAIR|PRESIDING OFFICER|SPEAKER)|"
    r"(?:Senator|Representative|Secretary|Ambassador|General|Admiral|Governor|Chairman|"
    r"Chairwoman|Mr\.|Ms\.|Mrs\.|Dr\.)[ \t]+(?P<surname>(?:Mc|Mac)?[A-Z][A-Z'\u2019-]+)"
    r"(?:[ \t]+of[ \t]+[A-Z][a-z]+)?"
)
_HEARING_LABEL = re.compile(rf"(?P<label>{_HEARING_NAME.pattern})\.[ \t]+(?=\S)")
# "HON. JEANNE", "Jeanne", "James E.": the words a full name puts before the surname (not
# "OF", "The", which a heading runs on with)
_FORENAMES = (
    r"\b(?:(?!(?:OF|THE|AND|FROM|BY|TO|Of|The|And|From|By|To)\b)"
    r"(?:[A-Z][A-Za-z'\u2019-]+\.?|[A-Z]\.)[ \t]+){1,3}"
)
# "Hon. James E. Risch, chairman of the committee, presiding": the record's opening line
_CHAIR_PRESIDING = re.compile(
    r"(?:Hon\.[ \t]+)?(?P<name>[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){1,3}),?[ \t]+"
    r"\(?(?:chairman|chairwoman|chair)[ \t]+of[ \t]+the[ \t]+(?:sub)?committee\)?,?[ \t]+presiding"
)
_HEARING_TURNS = 2  # one such line may be a heading's; two are the record's convention


def _hearing_labels(found: list[tuple[int, int, str]], labels: list[Label | None]) -> None:
    """Label the turns of a congressional hearing's printed record (see _HEARING_LABEL), when
    two lines or more open so."""
    at = [
        (n, m)
        for n, (_, _, line) in enumerate(found)
        if labels[n] is None and (m := _HEARING_LABEL.match(line)) is not None
    ]
    if len(at) < _HEARING_TURNS:
        return
    for n, m in at:
        labels[n] = Label(m["label"], None, found[n][0] + m.end())


# a title of one to four capitalised words and a name of one or two, then a full stop
# titles and words a full stop abbreviates, which then ends no label: "Sen.", "Gov.", "Jr."
_ABBREVIATED = frozenset(
    [
        "sen",
        "gov",
        "rep",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "adm",
        "maj",
        "cmdr",
        "prof",
        "dr",
        "st",
        "mt",
        "ft",
        "jr",
        "sr",
        "inc",
        "corp",
        "co",
        "ltd",
        "dept",
        "amb",
        "pres",
        "sec",
        "atty",
        "supt",
        "insp",
    ]
)
_PERIOD_LABEL = re.compile(
    r"(?P<label>(?:(?:Mr|Mrs|Ms|Dr)\.[ \t]+)?(?:[A-Z][a-z'\u2019-]+[ \t]+){1,4}"
    r"[A-Z][\w'\u2019-]+)\.[ \t]+(?=\S)"
)


# "00:00:11-00:00:25 (14 sec)": a transcript archive's stamp under each speaker's name (and
# under the tone it scores the words with: "Slightly Positive"), the words on the next line
# with the segment's number at their end
_SEGMENT_STAMP = re.compile(
    r"\d{1,2}:\d{2}:\d{2}[ \t]*-[ \t]*\d{1,2}:\d{2}:\d{2}[ \t]*\([ \t]*\d*[ \t]*sec\)"
)
_TONE = re.compile(
    r"(?:(?:Very|Slightly|Somewhat|Leans|Strongly|Mostly)[ \t]+)?"
    r"(?:Positive|Negative|Neutral|Unknown)"
)
_SEGMENT_NUMBER = re.compile(r"[ \t]+\d{1,5}$")
_NAME_LINE_WORDS = 6


def _stamped_segments(found: list[tuple[int, int, str]]) -> dict[int, Label]:
    """Speakers' names above stamped segments, by line number (the words run from the line
    below the stamp); each segment's number is cut off the end of its words. Empty unless
    the text has at least two stamps."""
    stamps = [n for n, (_, _, line) in enumerate(found) if _SEGMENT_STAMP.fullmatch(line)]
    if len(stamps) < 2:
        return {}
    marked: dict[int, Label] = {}
    for n in stamps:
        k = n - 1 if n >= 1 and not _TONE.fullmatch(found[n - 1][2]) else n - 2
        name = found[k][2] if k >= 0 else ""
        if not name or len(name.split()) > _NAME_LINE_WORDS or name[-1] in ".!?:":
            continue
        marked[k] = Label(name, None, found[n][1])
        if n + 1 < len(found) and n + 1 not in stamps:
            a, b, line = found[n + 1]
            cut = _SEGMENT_NUMBER.search(line)
            if cut is not None and cut.start() > 0:
                found[n + 1] = (a, a + cut.start(), line[: cut.start()])
    return marked


# "[00:00:09] MR MILLER:", "00:12:45 PENNY WONG:", "(10:32) Jens Stoltenberg:", "[10:32 AM]
# Reporter:": a transcription service or a broadcaster's transcript stamps each turn with the
# time, before its label (a bare clock needs its seconds: "10:32 Lavrov said" opens a live
# entry)
_CLOCK_BEFORE = re.compile(
    r"(?:[(\[]\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?[)\]]|\d{1,2}:\d{2}:\d{2})"
    r"[ \t]+(?=\S)"
)


def _past_clocks(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Lines that open with a turn's clock, from the words after it, where the clock opens a
    label (so the label opens its line, as an unstamped transcript's does)."""
    out = []
    for a, b, line in found:
        m = _CLOCK_BEFORE.match(line)
        if m is not None and (
            label_at(a + m.end(), line[m.end() :], False) is not None
            or _NAME_DASH.match(line, m.end())
        ):
            a, line = a + m.end(), line[m.end() :]
        out.append((a, b, line))
    return out


# "Antony Blinken — We are here ...": a person's name and a dash, after a turn's clock
_NAME_DASH = re.compile(
    rf"(?P<label>{_WORD}(?:[ \t]+{_WORD}){{1,3}})[ \t]+[\u2013\u2014][ \t]+(?=\S)"
)


def _clocked_names(
    given: list[tuple[int, int, str]], found: list[tuple[int, int, str]]
) -> dict[int, Label]:
    """ "[10:32 AM] Antony Blinken — We are ...": turns a clock stamps, a person's name and
    a dash their label, by line number; where two lines or more are so stamped."""
    clocked = {a + m.end() for a, _, line in given if (m := _CLOCK_BEFORE.match(line))}
    marked: dict[int, Label] = {}
    for n, (a, _, line) in enumerate(found):
        m = _NAME_DASH.match(line) if a in clocked else None
        if m is not None and person(m["label"]) is not None:
            marked[n] = Label(m["label"], None, a + m.end())
    return marked if len(marked) >= 2 else {}


# "(00:01)" alone on a line: the time into the recording a transcription service stamps
_STAMP_LINE = re.compile(r"\(\d{1,2}:\d{2}(?::\d{2})?\)")


def _names_above_stamps(found: list[tuple[int, int, str]]) -> dict[int, Label]:
    """ "Marco Rubio" on a line, "(00:01)" on the next, the words below: a transcription
    service's speaker, by line number; a paragraph of the turn above a stamp ends in a stop."""
    marked: dict[int, Label] = {}
    for n in range(1, len(found) - 1):
        if not _STAMP_LINE.fullmatch(found[n][2].strip()):
            continue
        name = found[n - 1][2].strip()
        if (
            name[:1].isupper()
            and len(name.split()) <= _NAME_LINE_WORDS
            and name[-1] not in '.!?:;,"\u201d\u2019)'
            and not _STAMP_LINE.fullmatch(name)
        ):
            marked[n - 1] = Label(name, None, found[n][1])
    return marked


# "Hannah Cole  0:04": a transcription app's export, the speaker and the time into the
# recording on a line of their own, set apart by two spaces or a tab, the words below
_NAME_AND_CLOCK = re.compile(
    r"(?P<label>[A-Z][\w.'\u2019&-]*(?:[ \t][\w.'\u2019&-]+){0,4})(?:[ \t]{2,}|\t)"
    r"\d{1,2}:\d{2}(?::\d{2})?"
)


def _names_with_clock(found: list[tuple[int, int, str]]) -> dict[int, Label]:
    """Lines of a speaker and a clock, each over words, by line number: where two or more."""
    marked = {
        n: Label(m["label"], None, b)
        for n, (_, b, line) in enumerate(found[:-1])
        if (m := _NAME_AND_CLOCK.fullmatch(line.strip())) is not None
        and not _NAME_AND_CLOCK.fullmatch(found[n + 1][2].strip())
    }
    return marked if len(marked) >= 2 else {}


# "SERGEY LAVROV" or "QUESTION" alone on a line, the words below: a page whose labels lost
# their colons; "Gideon Rachman" over each of his paragraphs: a podcast's transcript
_NAME_LINE = re.compile(r"[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,4}")
_ASKING_LINES = {"Q", "QUESTION", "JOURNALIST", "REPORTER", "MODERATOR", "INTERVIEWER", "HOST"}


def _names_alone_on_lines(found: list[tuple[int, int, str]]) -> dict[int, Label]:
    """Lines holding only a name (a person named in full, or one who asks), each followed by
    words: labels, where three or more such lines name two speakers or more, one of them
    twice; a heading names no person."""
    marked: dict[int, Label] = {}
    for n, (_, _, line) in enumerate(found[:-1]):
        text = line.strip()
        if not _NAME_LINE.fullmatch(text) or _NAME_LINE.fullmatch(found[n + 1][2].strip()):
            continue
        asks = text.upper() in _ASKING_LINES
        named = person(text) if not asks else None
        if asks or (named is not None and " " in (named.name or "")):
            marked[n] = Label(text, None, found[n][1])
    counts: dict[str, int] = {}
    for label in marked.values():
        counts[label.text] = counts.get(label.text, 0) + 1
    if len(marked) < 3 or len(counts) < 2 or max(counts.values()) < 2:
        return {}
    below = [found[n + 1][2] for n in marked]
    if not all(label.text.isupper() for label in marked.values()) and not (
        any(line.rstrip().endswith("?") for line in below)
        and any(not line.rstrip().endswith("?") for line in below)
    ):
        # "Human Rights" over a paragraph, "Climate Change" over another: topic headings in
        # title case read as names; a conversation asks, and answers
        return {}
    return marked


# "[Minister Kang] I think ...", "([Greg Palkot] And the summit?)": a page that puts each
# speaker's name in square brackets, the interviewer's turns in parentheses
_STAGE_WORDS = word_set(
    "laughter laughs applause inaudible crosstalk cross-talk music silence pause break "
    "interruption interpretation translation translated video audio cheers cheering "
    "unintelligible indiscernible end begin begins ends continues off on sound soundbite sot"
)
_BRACKETED = re.compile(
    rf"(?P<asks>\()?\[(?P<label>{_WORD}(?:[ \t]+(?:{_WORD}|{_LINK})){{0,6}})\][ \t]+(?=\S)"
)


def _bracketed_labels(found: list[tuple[int, int, str]], labels: list[Label | None]) -> None:
    """Labels in square brackets, where the same name opens two lines or more (a tag such as
    "[Interview]" heading a title opens one)."""
    matches = [
        _BRACKETED.match(line) if labels[n] is None else None
        for n, (_, _, line) in enumerate(found)
    ]
    counts: dict[str, int] = {}
    askers = set()  # whoever the page puts in parentheses once asks in every turn
    for n, m in enumerate(matches):
        if m is not None and m["label"].split()[0].lower() in _STAGE_WORDS:
            matches[n] = None  # "[Laughter] And I mean that": the room, within a turn
    for m in matches:
        if m is not None:
            counts[m["label"]] = counts.get(m["label"], 0) + 1
            if m["asks"]:
                askers.add(m["label"])
    for n, m in enumerate(matches):
        if m is not None and counts[m["label"]] >= 2:
            asks = m["label"] in askers
            labels[n] = Label(m["label"], None, found[n][0] + m.end(), asks=asks)


# "... in Ankara yesterday. How did they go? N. PAPPAS: Good morning.": a label in capitals
# after a sentence's end, where a page ran the turns of an interview together in one paragraph
_RUN_ON_LABEL = (
    r"(?P<label>[A-Z][A-Z.'\u2019-]*(?:[ \t]+[A-Z][A-Z.'\u2019-]*){0,3})"
    r"(?P<post>,[ \t]+[A-Z][^:\n]{2,80}?)?(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:[ \t]"
)
# (or after the year of a header the first turn runs on from: "... May 14, 2024 MR MILLER:")
_RUN_ON_AFTER = r"(?:(?<=[.!?\"\u201d\u2026)\]])|(?<=\b\d{4}))[ \t]+"
_RUN_ON = re.compile(_RUN_ON_AFTER + "(?=" + _RUN_ON_LABEL + ")")
# "... Rafah? David Cameron: We have been clear ...": a name written normally, where the turns
# of two people or more so named run together
_RUN_ON_NAMED = re.compile(
    _RUN_ON_AFTER + r"(?=(?P<label>[A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019-]+){1,2}):[ \t])"
)
_LINE_LABEL = re.compile(_RUN_ON_LABEL)
_Q_LINE = re.compile(r"\s*(?:Q|Question)[ \t]*[:.]")
_TITLE_ONLY = re.compile(r"[A-Z][A-Za-z]{0,3}\.")  # "MR.", "MS.", "DR.", "N."
_ASKING_LABELS = {"Q", "QUESTION", "JOURNALIST", "INTERVIEWER", "MODERATOR", "HOST", "ANCHOR"}


def _split_run_on_turns(
    found: list[tuple[int, int, str]],
) -> list[tuple[int, int, str]]:
    """Lines cut where a turn label runs on inside a paragraph: only labels in capitals that
    open at least two turns in the text (or say that a question comes), so a capitalised
    word before a colon in prose is left alone."""
    cuts: dict[int, list[tuple[int, str]]] = {}
    seen: dict[str, int] = {}
    posted: set[str] = set()
    for n, (_, _, line) in enumerate(found):
        first = _LINE_LABEL.match(line)  # a label opening the line counts too, and
        if first is not None:  # its surname: "SCHOLZ:" is "OLAF SCHOLZ, CHANCELLOR:"
            seen[first["label"]] = seen.get(first["label"], 0) + 1
            surname = first["label"].split()[-1]
            seen[surname] = seen.get(surname, 0) + 1
        inside = 0  # "N. PAPPAS:": the initial's full stop ends no sentence
        for m in _RUN_ON.finditer(line):
            if m.start() < inside or _TITLE_ONLY.fullmatch(line[: m.start()]):
                continue  # "MR. KIRBY:": the title's full stop opening a line ends nothing
            inside = m.end() + len(m["label"])
            cuts.setdefault(n, []).append((m.end(), m["label"]))
            seen[m["label"]] = seen.get(m["label"], 0) + 1
            head = _LINE_LABEL.match(line, m.end())
            if head is not None and head["post"] and len(m["label"].split()) >= 2:
                # "PRESIDENT RECEP TAYYIP ERDOGAN, Turkey (through interpreter):": a broadcast
                # names its guest in capitals with the post after a comma, once is enough
                posted.add(m["label"])
    _named_run_on(found, cuts, seen)
    if not cuts:
        return found
    # "... 2024 Q: The US announced ...? A: China firmly opposes ...": questions and answers
    # each run on twice or more, the letters alone their labels
    qa = seen.get("Q", 0) >= 2 and seen.get("A", 0) >= 2
    out: list[tuple[int, int, str]] = []
    for n, (a, b, line) in enumerate(found):
        start = 0
        for c, label in cuts.get(n, []):
            letters = re.sub(r"[^A-Z]", "", label)
            # "Q: ... What is your comment? A: China's position ...": the answer run on after
            # the question on a page that lost its paragraphs
            answered = label == "A" and _Q_LINE.match(line) and line[:c].rstrip().endswith("?")
            if (
                not answered
                and not (qa and label in ("Q", "A"))
                and (
                    len(letters) < 2
                    or (seen[label] < 2 and label not in _ASKING_LABELS and label not in posted)
                )
            ):
                continue
            piece = line[start:c].rstrip()
            out.append((a + start, a + start + len(piece), piece))
            start = c
        out.append((a + start, b, line[start:]))
    return out


def _named_run_on(
    found: list[tuple[int, int, str]], cuts: dict[int, list[tuple[int, str]]], seen: dict[str, int]
) -> None:
    """Adds to ``cuts`` and ``seen`` the names written normally that run on as labels, where
    two of them or more do so twice or more (a dialogue, no colon of prose)."""
    named = [
        (n, m.end(), m["label"])
        for n, (_, _, line) in enumerate(found)
        for m in _RUN_ON_NAMED.finditer(line)
    ]
    counts: dict[str, int] = {}
    for _, _, label in named:
        counts[label] = counts.get(label, 0) + 1
    if sum(count >= 2 for count in counts.values()) < 2:
        return
    for n, at, label in named:
        if counts[label] >= 2:
            cuts.setdefault(n, []).append((at, label))
            cuts[n].sort()
            seen[label] = counts[label]


# A parliament's record puts each speaker on a line of their own, the words below:
# "Jane Doe (Northtown) (Lab)", "The Minister of State (John Roe)", then "John Roe"
_OWN_LINE = re.compile(
    # "1. Jane Doe (Northtown) (Lab)", "T1. [901500] Bob Roe (Harrow East) (Con)"
    rf"(?:T?\d{{1,3}}\.[ \t]+)?(?:\[\d+\][ \t]+)?(?P<label>{_WORD}(?:,?[ \t]+(?:{_WORD}|{_LINK}))*)"
    r"(?:[ \t]+\((?P<paren>[^()\n]{2,80})\))?(?:[ \t]+\((?P<party>[^()\n]{2,20})\))?[ \t]*"
)
# the line under a member's name on parliament sites: "Labour - Northtown", and the post
_MEMBER_OF = re.compile(
    r"(?:Conservative|Labour(?: \(Co-op\))?|Liberal Democrat|Scottish National Party|SNP|"
    r"Plaid Cymru|Democratic Unionist Party|DUP|Green Party|Independent|Alba Party|Reform UK|"
    r"Crossbench|Alliance|Sinn F\u00e9in|Social Democratic (?:&|and) Labour Party|Speaker)"
    r"\s+[-\u2013]\s+[A-Z][^\n]{1,60}"
)
_POST_LINE = re.compile(r"\(?[A-Z][\w,'\u2019-]*(?: \S+){0,14}(?<![.!?\"\u201d])")
# links a parliament site prints beside a member's name
_SITE_WORDS = re.compile(r"\s+(?:Excerpts|Share|Hansard|View all)$")
_CHAIR = re.compile(r"(?:Mr|Madam|Madame)(?: Deputy)? Speaker|The Chair(?:man|woman)?")
# a member's photo, captioned with the name, before the label the record gives them:
# "Jane Doe Portrait The Minister of State (Jane Doe)" above the site's links
# ("- Hansard - - - Excerpts"); "Photo of Jane Doe Jane Doe Labour, Northtown"
_PORTRAIT = re.compile(r"(?P<name>[^\n]{3,60}?) Portrait (?P<said>[^\n]{2,160})")
_LINKS_LINE = re.compile(r"-\s[^\n]{0,60}\b(?:Hansard|View Speech|Excerpts)\b[^\n]{0,60}")
_PEERAGE = re.compile(r"^((?:Lord|Lady|Baroness) [A-Z][\w'-]{1,30}) of [A-Z][^\n]*$")
_RECORD = re.compile(
    r"\b(?:Hansard|Commons Chamber|House of Commons|House of Lords|Lords Chamber|"
    r"Urgent Question|Westminster Hall)\b"
)
_RECORD_LINES = 12  # a record's site names it above the first speaker
_NAMED_IN = re.compile(r"\((?P<name>[^()\n]{3,60})\)$")
# "Photo of Jane DoeJane Doe (Northtown, Labor Party, Minister for Trade)": the caption's
# name run into the label's where the page lost the space between them
_PHOTO_OF = re.compile(r"Photo of (?P<name>[^\n]{3,60}?) ?(?P=name)(?:\s+(?P<said>[^\n]+))?")
# "Share this | Link to this | Hansard source": a debates site's links after a member's name
_LINKS_TAIL = re.compile(r"\s+Share this\b[^\n]{0,60}?\bHansard source$")
# "(Speaker)", "(Deputy President)": who presides, named on the site's line
_PRESIDING = re.compile(r"(?:Deputy |Acting )?(?:Speaker|President|Chair(?:man|woman)?)")


_COURTESY_SURNAME = re.compile(
    r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness)\.?[ \t]+(?P<surname>[A-Z][\w'\u2019-]+)"
)


def _own_line_labels(found: list[tuple[int, int, str]]) -> dict[int, Label]:
    """Speakers' lines of a parliamentary record, by line number: only where the text has
    at least two lines naming a speaker with a parenthesis, each followed by words."""
    marked: dict[int, Label] = {}
    names: set[str] = set()
    titles: dict[str, str] = {}  # "The Prime Minister" -> "Boris Johnson", from the first label
    for n, (_, b, line) in enumerate(found[1:-1], start=1):
        line = _LINKS_TAIL.sub("", line.strip())
        photo = _photo_label(line, found[n + 1], b)
        if photo is not None:
            marked[n] = photo
            continue
        name = _SITE_WORDS.sub("", line.strip())
        if _MEMBER_OF.fullmatch(found[n + 1][2].strip()) and person(name) is not None:
            # "Jane Doe [Excerpts]" / "Labour - Northtown" / ["(Minister of State ...)"] / words
            rest = found[n + 1][1]
            if n + 2 < len(found) and _POST_LINE.fullmatch(found[n + 2][2].strip()):
                rest = found[n + 2][1]
            marked[n] = Label(name, None, rest, own_line=True)
            names.add(name)
            continue
        m = _OWN_LINE.fullmatch(line)
        if m is None or not m["paren"] or len(found[n + 1][2]) < 30:
            continue
        label, paren = m["label"], m["paren"]
        if _PRESIDING.fullmatch(paren) and person(label) is not None:
            marked[n] = Label("Chair", None, b)  # "Jane Doe (Speaker)": who keeps order
            continue
        if person(paren) is not None and len(paren.split()) <= 4 and person(label) is None:
            # "The Minister of State (John Roe)": the post the record gives, then the name
            marked[n] = Label(paren, None, b, True, role=_post(label))
            titles.setdefault(label, paren)
        elif person(label) is not None:
            # "Jane Doe (Northtown) (Lab)"; "Jane Doe (Northtown, Labor Party, Minister for
            # Trade)": a debates site gives seat, party and post in one bracket, the post last
            post = _post(paren.split(",")[-1]) if "," in paren else None
            marked[n] = Label(label, None, b, True, role=post)
        else:
            continue
        names.add(marked[n].text)
    # "The Parliamentary Under-Secretary of State ... (Mr Hamish Falconer)" answering an
    # urgent question: a record's one minister, by post and name, on a page that says so
    minister = len(marked) == 1 and next(iter(marked.values())).role is not None
    record = minister and any(_RECORD.search(line) for _, _, line in found[:_RECORD_LINES])
    if len(marked) < 2 and not record:
        return {}
    # "Mr Lammy" alone on a line: a member the record named in full before, by surname
    by_surname = {name.split()[-1]: name for name in names if len(name.split()) >= 2}
    for n, (_, b, line) in enumerate(found[1:-1], start=1):
        if n in marked:
            continue
        courtesy = _COURTESY_SURNAME.fullmatch(line.strip())
        if courtesy is not None and courtesy["surname"] in by_surname:
            marked[n] = Label(by_surname[courtesy["surname"]], None, b, True)
        elif line.strip() in names:
            marked[n] = Label(line.strip(), None, b, True)
        elif line.strip() in titles:
            # "The Prime Minister" alone: the record names the holder once, at the first answer
            marked[n] = Label(titles[line.strip()], None, b, True, role=_post(line.strip()))
        elif _CHAIR.fullmatch(line.strip()):
            marked[n] = Label("Chair", None, b)  # who keeps order asks, says nothing
    return marked


_SEAT_LINE_WORDS = 12  # a constituency or a post under a member's name is short


def _sitting_names(found: list[tuple[int, int, str]]) -> dict[int, Label]:
    """A debates site's record: "Mr Speaker" alone on a line, and each member's name on a line
    of its own, perhaps over a constituency ("Slough") and a post ("The Minister of State,
    ..."), then the words; labels where two members or more speak three times or more."""
    if not any(_CHAIR.fullmatch(line.strip()) for _, _, line in found):
        return {}
    marked: dict[int, Label] = {}
    taken: set[int] = set()  # the seat and post lines under a name
    for n, (_, b, line) in enumerate(found[:-1]):
        text = line.strip()
        if n in taken:
            continue
        if _CHAIR.fullmatch(text):
            marked[n] = Label("Chair", None, b)  # who keeps order asks, says nothing
            continue
        named = person(text) if _NAME_LINE.fullmatch(text) else None
        if named is None or named.role or len((named.name or "").split()) < 2:
            continue
        k, post = n + 1, None
        while k < len(found) - 1 and k - n <= 2 and _seat_or_post(found[k][2].strip()):
            post = _post(found[k][2]) or post
            k += 1
        if len(found[k][2]) < 30 or _NAME_LINE.fullmatch(found[k][2].strip()):
            continue
        taken.update(range(n + 1, k))
        marked[n] = Label(text, None, found[k - 1][1], True, role=post)
    names = {label.text for label in marked.values() if label.text != "Chair"}
    if len(names) < 2 or sum(label.text != "Chair" for label in marked.values()) < 3:
        return {}
    return marked


def _seat_or_post(line: str) -> bool:
    """A short line under a member's name that ends no sentence: the seat, or the post."""
    return 0 < len(line.split()) <= _SEAT_LINE_WORDS and line[-1] not in '.!?:;"\u201d'


def _photo_label(line: str, below: tuple[int, int, str], end: int) -> Label | None:
    """The label of a member's photo line ("X Portrait Mr X", "Photo of X X Labour, Y"): the
    name of the caption, whose words follow below the site's links; the Speaker keeps order."""
    m = _PORTRAIT.fullmatch(line)
    if m is not None and _LINKS_LINE.fullmatch(below[2].strip()):
        end = below[1]
    elif m is None:
        m = _PHOTO_OF.fullmatch(line)
    if m is None:
        return None
    said = m["said"] or ""
    if _CHAIR.match(said) or said.startswith("Speaker"):
        return Label("Chair", None, end)
    if m["name"] == "None":
        return Label("Chair", None, end)  # "None Portrait Several hon. Members": no one speaks
    # "Lord Hague of Richmond": a peer's title names a place, not a body
    caption = _PEERAGE.sub(r"\1", m["name"])
    if person(caption) is None:
        return None
    # "Lord Hague of Richmond Portrait The Foreign Secretary (Mr William Hague)": the record's
    # own name for the member, when it gives one in full, and the post before it
    full = _NAMED_IN.search(said)
    named = person(full["name"]) if full else None
    if named is not None and len((named.name or "").split()) >= 2:
        caption = named.name or caption
    post = said[: full.start()].strip() if full else said
    whole = named is not None and len((named.name or "").split()) >= 2
    if full is not None and not whole and "," in full["name"]:
        # "(Northtown, Labor Party, Minister for Trade)": seat, party, then the post
        post = full["name"].split(",")[-1]
    return Label(caption, None, end, own_line=True, role=_post(post))


def _post(said: str) -> str | None:
    """ "The Minister for Africa" -> "Minister for Africa": the post a record gives a member;
    None when the words are no post."""
    post = re.sub(r"^The\s+", "", said.strip())
    return post if post and any(w.lower() in ROLE_WORDS for w in post.split()[:4]) else None


def label_at(start: int, text: str, dash_turn: bool) -> Label | None:
    """A turn label at the start of a line, by its form alone; ``dash_turn`` when the line
    opens a turn of a dialogue of dashes."""
    timed = _TIMED.fullmatch(text) if len(text) <= _LABEL_CHARS else None
    if timed is not None:
        return Label(timed["label"], None, start + len(text))
    numbered = _NUMBERED_ASK.match(text)
    if numbered is not None and text.endswith("?"):
        # "1. Question: What is ...?", "2. Xinhua: Can you comment ...?": a ministry's
        # briefing numbers its questions; a numbered label over words that ask asks
        inner = label_at(start + numbered.end(), text[numbered.end() :], False)
        if inner is not None:
            return replace(inner, asks=True)
    m = _LABEL.match(text[:_LABEL_CHARS])
    if m and PAGE_FIELD.match(text):
        return None
    asking = _LOWER_ASKER.match(text[:_LABEL_CHARS]) if not m else None
    if asking is not None and not _ASKER_WORDS.isdisjoint(asking["label"].lower().split()):
        # "Iranian media:", "Question from the floor:", "Reporter from Xinhua:": who asks,
        # described in words of lower case
        return Label(asking["label"], None, start + asking.end())
    bare = BARE_Q.match(text)
    if bare and m and m["sep"] == "." and _COURTESY_AFTER_Q.fullmatch(m["label"]):
        # "Q Mr. President, will ...?": a bare Q, then a courtesy title whose stop is the
        # title's, not a label's
        return Label("Q", None, start + bare.end())
    if bare and (not m or m["sep"] not in (":", ".", ")")):
        # "Q On Gaza — Hamas answered ...?": a bare Q whose question sets its topic off by a
        # dash; the words before the dash are the question's, not a speaker's label
        return Label("Q", None, start + bare.end())
    if not m:
        dash = _DASH_TURN.match(text) if dash_turn else None
        return Label(DASH, None, start + dash.end()) if dash else None
    label = m["label"].strip()
    low = label.lower()
    if len(label.split()) > _LONG_LABEL_WORDS or len(label) > _LONG_LABEL_CHARS:
        return None
    if _RUBRIC.fullmatch(low):
        return None  # "Deep Background: The row began ...": a newsletter's rubric, no one
    if (len(label.split()) > 10 or len(label) > 80) and not _long_title_and_name(label, m["sep"]):
        return None
    if m["sep"] in (".", ")") and low not in _ASK_OR_ANSWER:
        # "Q. Mr. President, how was the call?": the letter's stop, not the courtesy's
        letter = _QA_STOP.match(text)
        return Label(letter["qa"], None, start + letter.end()) if letter else None
    # "Question – Mr. X, ...": a ministry's interview sets its questions off by a dash
    if m["sep"] not in (":", ".") and not (label.isupper() or low in _ASK_OR_ANSWER):
        return None
    if m["sep"] not in (":", ".") and m["paren"] and _wire_dateline(label, m["paren"]):
        return None  # "MOSCOW (Reuters) - ...": a wire's place and credit, no one's turn
    if not m["paren"] and low in CAPITALS and (m["sep"] not in (":", ".") or label.isupper()):
        # "ASTANA - Kosovo has been ...", "LONDON: Norway's foreign minister ...": a
        # dateline, no one's turn
        return None
    if m["sep"] == ":" and _QUOTED_WHOLE.fullmatch(text, m.end()):
        # 'Polish President Andrzej Duda: "We will not be intimidated."': a story sets one
        # quotation under the speaker's name; a transcript's turn is not in quotation marks
        return None
    rest = text[m.end() : m.end() + _LABEL_CHARS]
    if rest.strip() and _FIELD_VALUE.match(rest.strip()) and not m["paren"]:
        return None
    via = m["via"] or m["via_after"] or _INTERPRETED.match(m["paren"] or "")
    # "(Grayndler\u2014Prime Minister)": the seat, then the post the member answers in
    paren = m["paren"].split("\u2014")[-1].strip() if m["paren"] else m["paren"]
    return Label(label, paren, start + m.end(), interpreted=bool(via))


# the rubrics of a newsletter or an explainer that open its paragraphs ("What You Need To
# Know:", "Deep Background:", "Why it matters:", "The big picture:"): a section's name, never
# a speaker's
_RUBRIC = re.compile(
    r"(?:what you need to know|deep background|background|drilling down|looking ahead|"
    r"why it matters|the big picture|big picture|between the lines|driving the news|"
    r"what(?:'|\u2019)s next|what they(?:'|\u2019)re saying|the bottom line|bottom line|"
    r"go deeper|zoom in|zoom out|state of play|by the numbers|flashback|the backstory|"
    r"catch up quick|key takeaways?|context|analysis|editor(?:'|\u2019)s note|"
    # "Press Releases: Readout of ...", "Media Statements: ...": a ministry's site puts the
    # name of its section before each item's title
    r"(?:press |media |news )?(?:releases?|statements?|readouts?|briefings?|announcements?)|"
    r"press notes?|news)"
)
# "President of the United Arab Emirates Mohamed bin Zayed Al Nahyan (retranslated):": a
# head of state's full title and a name of patronymics make a long label
_LONG_LABEL_WORDS = 16
_LONG_LABEL_CHARS = 110


def _long_title_and_name(label: str, sep: str) -> bool:
    """A label of more than ten words that is a title and a person's name before a colon
    (or the name, a comma and the post)."""
    found = (person(label) or _name_then_post(label)) if sep == ":" else None
    return found is not None and bool(found.role) and " " in (found.name or "")


def _name_then_post(label: str) -> SpeakerPhrase | None:
    """ "H.E. Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani, Prime Minister and
    Minister of Foreign Affairs": a long name, a comma, then the post, longer than a person's
    phrase is read whole; the name, holding that post."""
    if "," not in label:
        return None
    name, post = (part.strip() for part in label.split(",", 1))
    found = person(name)
    titled = any(w.lower() in ROLE_WORDS for w in post.split()[:4])
    if found is None or " " not in (found.name or "") or not titled:
        return None
    return replace(found, role=found.role or post)


_QUOTED_WHOLE = re.compile(r"[\"\u201c][^\"\u201c\u201d\n]+[\"\u201d]\s*")
_ASK_OR_ANSWER = ("q", "a", "question", "answer")
_QA_STOP = re.compile(r"(?P<qa>Q|A|Question|Answer)[.)][ \t]+(?=\S)")
_NUMBERED_ASK = re.compile(r"\d{1,2}[.)][ \t]+(?=[A-Z])")


def _wire_dateline(label: str, paren: str) -> bool:
    """ "KABUL (AP) —", "GAZA (Reuters) -": a place in capitals with an outlet's name in
    brackets before a dash opens a wire story's first paragraph; a speaker's label brackets
    a country, a party or the way the words were interpreted, not a news agency."""
    return label.lower() in PLACE_WORDS or paren.strip().lower() in MEDIA


def formal(label: Label | None) -> bool:
    """ "MR PRICE", "SECRETARY BLINKEN": a speaker label in capitals with a title."""
    return label is not None and formal_text(label.text)


def formal_text(label: str) -> bool:
    if _HEARING_NAME.fullmatch(label) is not None:
        return True  # "Senator SHAHEEN": a congressional record's title and surname
    if not label.isupper():
        return False
    first = label.split()[0].lower().rstrip(".")
    return len(label.split()) >= 2 and (first in _COURTESY or first in ROLE_WORDS)


def _words(label: str) -> list[str]:
    return [w.lower().rstrip(".") for w in re.findall(r"[\w.'\u2019&-]+", label)]


def plain_title(word: str) -> str:
    """A title word with its gender folded: "Spokesman:" in the briefing of the "Spokesperson
    for the Secretary-General", "Spokeswoman" for a "Spokesperson", is the same post."""
    return "spokesperson" if word in ("spokesman", "spokeswoman", "spokesperson") else word


def _reporter(after: str) -> bool:
    """A lone surname after the comma of a label, no title ("SATO", not "Chancellor")."""
    words = after.split()
    if len(words) != 1 or words[0].lower().rstrip(".") in ROLE_WORDS:
        return False
    found = person(words[0])
    return found is not None and not found.role


def _outlet(words: list[str]) -> bool:
    """A label naming a news outlet ("Shenzhen TV", "The Paper", "CCTV", "Bloomberg"): its
    reporter asks."""
    if not words:
        return False
    if all(w in _MEDIA or w in ORG_HEADS for w in words[-1:]):
        return True
    name = " ".join(words)
    return is_media(SpeakerPhrase("institution", name, name))


def _first_run(name: str) -> str:
    """The word characters a name opens with ("O" of "O'BRIEN"); empty when it opens with
    none."""
    m = re.match(r"\w+", name)
    return m.group() if m else ""


# "interview with", "gave an interview to", "spoke to", "talked with": the words before the
# one an interview was given to, who asks in it
_GIVEN_TO = (
    r"\b(?:[Ii]nterview(?:ed)?\s+(?:with|to|for|by)|(?:spoke|talked|speaking|talking)\s+"
    r"(?:to|with))\s+"
)
_INTERVIEWER_CHARS = 3000  # the introduction stands near the first question
_INTERVIEW = re.compile(r"\binterview", re.I)


class Cast:
    """The people of a transcript, and who each label stands for."""

    def __init__(self, text: str) -> None:
        self.people: list[Participant] = []
        self.header: Header | None = None
        self.text = text
        self.current: SpeakerPhrase | None = None
        # "X told Nikkei Asia ... Q: ... A: ...": the one the introduction says gave the
        # interview, who answers when no header names anyone
        self.guest: SpeakerPhrase | None = None
        self._talker: str | None = None  # of "Speaker 1", "Speaker 2": the one who talks most
        self._stations: dict[str, bool] = {}  # "(CNA938)": whether the hosts' station
        self._bracketed: dict[str, set[str]] | None = None  # bracket -> labels that carry it
        # "Secretary X (SFA):" once, then "SFA:": what each short label stands for
        self.short: dict[str, tuple[str, SpeakerPhrase | None]] = {}
        # "HR/VP" of "HR/VP Kaja Kallas:": the title a label gave before a name, and whose it
        # is (None once two people's labels gave it)
        self.titled: dict[str, SpeakerPhrase | None] = {}
        # "Senator SHAHEEN": whom each label of a hearing's record names (the page is read
        # once per label, not once per turn)
        self._members: dict[str, SpeakerPhrase | None] = {}
        self._interviewers: dict[str, bool] = {}  # label -> whether the interview was given to it
        self.labels: frozenset[str] = frozenset()  # the page's distinct labels, once counted
        self._by_name = NameIndex()  # of ``people``, by the words names are matched on
        self._words = PageWords(text)  # where each word stands, for the look-ups of names

    def principal(self) -> SpeakerPhrase | None:
        """The one person taking questions, if the header names exactly one."""
        leads = [p.person for p in self.people if p.lead and not p.host]
        if len(leads) == 1:
            return leads[0]
        if self.guest is not None:
            return self.guest  # the one the introduction says gave the interview
        named = [p.person for p in self.people if not p.host and p.occasion]
        if len(named) > 1:
            # a caption's place and photographer beside the guest ("X speaks during an
            # interview in Jung District, Seoul. [PARK SANG-MOON]"): the one with a post
            named = [who for who in named if who.role] or named
        if named:
            return named[0] if len(named) == 1 else None
        titled = [p.person for p in self.people if not p.host and p.person.role]
        return titled[0] if len(titled) == 1 else None

    def _known(self, found: SpeakerPhrase) -> Participant | None:
        fits = [self.people[i] for i in self._by_name.same(self.people, found)]
        if len(fits) > 1:
            # "Biden Suga Press conference briefing": a site's tags run the surnames of the
            # people it names together, and name no one; the "Suga" of "SUGA:" is the
            # Yoshihide Suga the page names
            fits = [p for p in fits if not self._surnames_only(p)] or fits
        return fits[0] if fits else None

    def _surnames_only(self, who: Participant) -> bool:
        """Whether every word of ``who``'s name is the surname of someone else named."""
        words = (who.person.name or "").split()
        others = {
            (p.person.name or "").split()[-1]
            for p in self.people
            if p is not who and " " in (p.person.name or "")
        }
        return len(words) >= 2 and all(w in others for w in words)

    def _by_role(self, words: list[str]) -> SpeakerPhrase | None:
        """ "Minister", "THE MINISTER", "Spokesperson", "NATO Secretary General": the named
        person holding that title (at that body, when the label names one)."""
        heads = [w for w in words if w not in _COURTESY]
        titles = [w for w in heads if w in ROLE_WORDS]
        # "Minister of Foreign Affairs": the links of a title name no body
        body = [w for w in heads if w not in ROLE_WORDS and w not in _LINKS]
        if not titles:
            return None
        fits = [
            p.person
            for p in self.people
            if not p.host
            and all(plain_title(h) in map(plain_title, _words(p.person.role or "")) for h in titles)
            and all(w in _words(f"{p.person.institution} {p.person.role}") for w in body)
        ]
        if self.current is not None and any(same_person(self.current, f) for f in fits):
            return self.current
        if not fits and body and all(w in ORG_HEADS or w in _LINKS for w in body[:1]):
            # "Department of State spokesperson": the one spokesperson, whose body the text
            # does not give, is not contradicted by it (the post is the label's last title);
            # a label naming a person ("President of Russia X") is not read so
            fits = [
                p.person
                for p in self.people
                if not p.host
                and p.person.institution is None
                and titles[-1] in _words(p.person.role or "")
            ]
        if len(fits) == 1:
            return fits[0]
        # "Minister:" in the press conference of Minister X, whose contents name Prime
        # Minister Y: the one the occasion is of
        leads = [p.person for p in self.people if p.lead and p.person in fits]
        if len(leads) == 1:
            return leads[0]
        if fits or body:
            return None
        # "Minister of Foreign Affairs:" for the page's Foreign Minister X, "SPOKESPERSON:" on
        # the page of a briefing by a person it names without a post: the one taking
        # questions, unless the page gives them a post that shares no title with the label
        who = self.principal()
        if who is None:
            return None
        lead = any(p.lead and p.person is who for p in self.people)
        mine = _words(who.role or "")
        shared = any(t in mine for t in titles)
        if who.role and any(t in _RANKS and t not in mine for t in titles):
            # "PRIME MINISTER:" at a press conference of Foreign Minister X and another
            # state's prime minister the page does not name: a rank X's post does not hold
            return None
        return who if shared or (who.role is None and lead) else None

    def _member(self, label: str) -> SpeakerPhrase | None:
        """ "The CHAIRMAN" of a hearing whose record says "Hon. X, chairman of the committee,
        presiding"; "Senator SHAHEEN" for the one Jeanne Shaheen the page names in full."""
        m = _HEARING_NAME.fullmatch(label)
        if m is None:
            return None
        if m["surname"] is None:
            chair = _CHAIR_PRESIDING.search(self.text)
            return person(chair["name"]) if chair is not None else None
        # ("Mr. SMITH of Texas": the state tells no forename; "McCAUL" is "Michael McCaul")
        spelt = f"(?i:{re.escape(m['surname'])})"
        names = set()
        # (a name and its forenames stand on one line: only the lines with the surname)
        lines = self._words.lines_with(_first_run(m["surname"]))
        spelt_in_full = re.compile(_FORENAMES + spelt + r"\b")
        for found in search_lines(spelt_in_full, self.text, lines):
            who = person(found.group())
            if who is not None and " " in (who.name or ""):
                names.add(who.name or "")
        if len(names) == 1:
            return person(names.pop())
        # "Senator WICKER" where the page gives no forename: the surname as names are written
        prefix = re.match(r"Ma?c", m["surname"])
        cut = prefix.end() if prefix else 0
        return person(f"{label.split()[0]} {m['surname'][:cut]}{m['surname'][cut:].title()}")

    def _in_full(self, surname: SpeakerPhrase) -> SpeakerPhrase | None:
        """The person the text names in full with this surname ("Dmytro Kuleba" for
        "KULEBA"), when it names exactly one."""
        name = surname.name or ""
        if not name or " " in name:
            return None
        full = re.compile(r"\b((?:[A-Z][a-z'\u2019-]+ ){1,2})" + re.escape(name) + r"\b")
        first = _first_run(name)
        # (a name in full stands on one line: only the lines with the surname)
        lines = (
            self._words.lines_with(first) if first and "\n" not in name else [(0, len(self.text))]
        )
        named = {m.group().strip() for m in search_lines(full, self.text, lines)}
        people = [p for p in map(person, named) if p is not None and " " in (p.name or "")]
        names = {p.name for p in people}
        return people[0] if len(names) == 1 else None

    def _by_given_name(self, word: str) -> Participant | None:
        """The one person named in full whose name opens with ``word``; None when no one's
        or several people's do."""
        fits = [
            p
            for p in self.people
            if len((p.person.name or "").split()) >= 2
            and (p.person.name or "").split()[0].lower() == word.lower()
        ]
        return fits[0] if len({p.person.name for p in fits}) == 1 else None

    def _by_name_initials(self, label: str) -> Participant | None:
        """ "JH:" for the Jeremy Hunt the header names: the one person named in full whose
        name those initials spell."""
        letters = re.sub(r"[.\s]", "", label)
        if not (letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 4):
            return None
        fits = [
            p
            for p in self.people
            if len((p.person.name or "").split()) >= 2
            and letters in _name_initials(p.person.name or "")
        ]
        if not fits:
            # "LX:" where only the words name Liu Xiaoming: the one person the text names in
            # full whose name those initials spell
            spelt = r"\s+".join(rf"{c}[a-z\u00e0-\u00ff'\u2019-]+" for c in letters)
            runs = self._words.runs_spelt(letters)
            named = {m.group() for m in search_lines(re.compile(rf"\b{spelt}\b"), self.text, runs)}
            people = [p for p in map(person, named) if p is not None and p.name in named]
            if len({p.name for p in people}) == 1:
                return Participant(people[0], False, occasion=False)
        return fits[0] if len(fits) == 1 else None

    def _by_initials(self, label: str) -> SpeakerPhrase | None:
        """ "HR/VP:", "SG:": the one person named whose title those initials begin."""
        letters = re.sub(r"[/.\s-]", "", label)
        if not (letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 6):
            return None
        fits = []
        for p in self.people:
            initials = _initials(p.person.role or "")
            if not p.host and len(initials) >= 2 and letters.startswith(initials):
                fits.append(p.person)
        return fits[0] if len(fits) == 1 else None

    def read(self, label: Label, seen: int) -> tuple[str, SpeakerPhrase | None] | None:
        """("ask", None), ("answer", speaker or None), or None when ``label`` is no turn label;
        ``seen`` is how often the label occurs."""
        if label.text in self.short:
            return self.short[label.text]
        if self.titled.get(label.text) is not None:
            # "HR/VP:" after "HR/VP Kaja Kallas:": the one the title was given to
            return ("answer", self.titled[label.text])
        read = self._read(label, seen)
        if read is not None and read[0] == "answer" and read[1] is not None:
            self._note_title(label.text, read[1])
        if read is not None and label.paren and _SHORT.fullmatch(label.paren):
            # "Karen Davila (KD):", "Secretary Teodoro L. Locsin, Jr. (SFA):": the page
            # names the speaker in full once and by these letters from then on
            self.short.setdefault(label.paren, read)
        return read

    def _note_title(self, text: str, who: SpeakerPhrase) -> None:
        """Keep the title a label puts before the name of the one it reads as."""
        name = who.name or ""
        title = text[: -len(name)].strip() if name and text.endswith(name) else ""
        if not title or not all(
            w.lower() in ROLE_WORDS or w in _POST_INITIALS for w in title.split()
        ):
            return
        known = self.titled.get(title, who)
        self.titled[title] = who if known is not None and known.name == who.name else None

    def _read(self, label: Label, seen: int) -> tuple[str, SpeakerPhrase | None] | None:
        if label.text == DASH:
            return ("answer", self.current or self.principal())
        if label.asks:
            return ("ask", None)
        if _NUMBERED.fullmatch(label.text):
            # a transcription service's "Speaker 2" for the briefer the header names: the
            # numbered speaker who talks most answers, the others ask
            if label.text != self._numbered_talker():
                return ("ask", None)
            who = self.principal()
            return ("answer", self.placed(who) if who is not None else None)
        if find_cues(label.text.lower(), 0, len(label.text)):
            return None  # "Stated Stone:", "Continued Stone:": a reporter's verb, no speaker
        if self._interviewer(label):
            return ("ask", None)
        if label.text not in self._members:
            self._members[label.text] = self._member(label.text)
        member = self._members[label.text]
        if member is not None:
            return ("answer", self.placed(member))
        words = _words(label.text)
        paren = _words(label.paren or "")
        if not words:
            return None
        # "Urgent Question:", "Supplementary question:": a kind of question asks too
        asked = words[0] in _ASKERS or words[-1] in ("question", "questions")
        # "CABINET PUBLIC RELATIONS SECRETARY (MODERATOR):": the post, then the part played
        asked = asked or bool(paren) and all(w in _ASKERS for w in paren)
        if asked or any(w in _ASKING_POSTS for w in words):
            # "A MARTINEZ, HOST:": the host named here asks under the surname alone later on
            named = person(label.text.split(",")[0]) if "," in label.text else None
            if named is None and paren:
                # "Jane Roe (Interviewer):", "Presenter (Jane Roe):": the name beside the
                # part played is the host's, who asks under the name alone later on
                if all(w in _ASKERS for w in paren):
                    named = person(label.text)
                elif words[0] in _ASKERS:
                    named = person(label.paren or "")
                if named is not None and len((named.name or "").split()) < 2:
                    named = None
            if named is not None:
                merge(self.people, Participant(named, True, occasion=False), self._by_name)
            return ("ask", None)
        if _CHAIR.fullmatch(label.text):
            return ("ask", None)  # "Mr Speaker: I call ...": who keeps order says nothing
        if " ".join(words) in _ANSWERS:
            return ("answer", self.current or self.principal() or self.guest)
        outlet_first = label.text.split(",")[0] if "," in label.text else ""
        if (
            outlet_first
            and person(outlet_first) is None
            and (_outlet(_words(outlet_first)) or _reporter(label.text.split(",", 1)[1]))
        ):
            # "Kyodo News, TAKAO:", "Asahi Shimbun, SATO:", "NHK, Yamamoto:": a reporter named
            # after the outlet, by surname alone
            return ("ask", None)
        if paren and (_outlet(paren) or self._outlet_in_paren(label.paren or "")):
            found = person(label.text)
            if found is not None:
                merge(self.people, Participant(found, True, occasion=False), self._by_name)
            return ("ask", None)
        titled = person(label.paren) if label.paren and person(label.text) is None else None
        if titled is not None and titled.name and " " in titled.name:
            # "The Minister for Europe (Nusrat Ghani):": the title, then who holds it
            found = replace(titled, role=titled.role or label.text)
            merge(self.people, Participant(found, False, occasion=False), self._by_name)
            known = self._known(found)
            return ("answer", self.placed(known.person if known else found))
        by_role = self._by_role(words) or self._by_initials(label.text)
        if by_role is not None:
            return ("answer", self.placed(by_role))
        initialled = self._by_name_initials(label.text)
        short = label.text.replace(" ", "").rstrip(".")
        post = _POST_INITIALS.get(short) if initialled is None else None
        titles_only = all(w in ROLE_WORDS or w in _LINKS or w in _COURTESY for w in words)
        # "The President: I give the floor to ...": who presides over a council's record
        # gives the floor, and is no post speaking
        chair = re.sub(r"^(?:the|THE|The)\s+", "", label.text.strip())
        presides = _PRESIDING.fullmatch(chair.title() if chair.isupper() else chair)
        if seen > 1 and presides and not post:
            return ("answer", None)
        body = self.current if self.current and self.current.kind == "institution" else None
        if (
            seen > 1
            and body
            and any(w.startswith("spokes") for w in words)
            and person(label.text) is None
        ):
            # "Spokesperson:" in the briefing of a ministry's unnamed spokesperson: the ministry
            # ("Spokesperson Jane Roe:" names who speaks for it)
            return ("answer", body)
        if seen > 1 and (post or titles_only and initialled is None):
            # "Foreign Secretary:", "EAM:" on a page that never names the holder: whoever
            # held the post that day answers, recorded under the title ("PM:" for the Piers
            # Morgan the page names is his initials, not the post)
            title = post or " ".join(label.text.split())
            who = self.principal() if post else None
            if who is not None and _holds(who.role, title):
                # "FM:" on the page of External Affairs Minister X's interview: the one
                # minister taking the questions
                return ("answer", self.placed(who))
            return ("answer", self._post_only(title))
        if initialled is not None:
            # "JH:", "AM:": the guest and the host the header names in full
            return ("ask", None) if initialled.host else ("answer", self.placed(initialled.person))
        found = person(label.text) or _name_then_post(label.text)
        named = found is not None and " " in (found.name or "")
        if _outlet(words) and not named:
            # "Shenzhen TV:", "The Paper:"; not "SENATOR X, LEADER OF ... IN THE SENATE",
            # whose post ends in a body's name
            return ("ask", None)
        if found is not None and not found.role and any(w in ROLE_WORDS for w in paren):
            found = replace(found, role=label.paren)  # "Mark Rutte [NATO Secretary General]"
        if found is not None and not found.role and label.role:
            found = replace(found, role=label.role)
        known = self._known(found) if found is not None else None
        if known is None and found is not None and len(words) == 1 and label.text.isupper():
            # "KULEBA:" where the text says "Dmytro Kuleba": a broadcast labels by surname
            found = self._in_full(found) or found
        if known is None and len(words) == 1 and label.text.isupper() and len(label.text) <= 6:
            if found is not None and " " in (found.name or ""):
                merge(self.people, Participant(found, False, occasion=False), self._by_name)
                return ("answer", self.placed(found))
            opens = self._by_given_name(found.name or "") if found is not None else None
            if opens is not None:
                # "MAO:" for the Mao Ning the header names: a family name written first
                return ("ask", None) if opens.host else ("answer", self.placed(opens.person))
            return ("ask", None)  # "CCTV:", "AFP:": an outlet's acronym, unless someone's name
        if found is None:
            return None
        lone = " " not in (found.name or "") and not found.role and words[0] not in _COURTESY
        given = self._by_given_name(found.name or "") if known is None and lone else None
        if given is not None:
            # "Karine (00:14):" in the briefing of Karine Jean-Pierre: a transcriber labels
            # someone the page names in full by the given name alone
            return ("ask", None) if given.host else ("answer", self.placed(given.person))
        if known is None and lone and seen < 2:
            return None  # a lone word ("Photo:", "Source:") named nowhere else
        merge(self.people, Participant(found, False, occasion=False), self._by_name)
        known = self._known(found)  # (None past the cast's limit)
        if known is not None and known.host:
            return ("ask", None)
        return ("answer", self.placed(known.person if known is not None else found))

    def _interviewer(self, label: Label) -> bool:
        """Whether ``label`` names the outlet or person the page's introduction says the
        interview was given to ("X spoke to RFE/RL's Radio Farda", "In an interview with The
        Hindu, X ..."), then "RFE/RL: Iranian officials have said ...?": whoever the guest
        speaks to asks, whatever the label's words might read as (a name, a post), so neither
        the question nor the reported speech inside it is a statement. Only the words right
        after "interview with/to/for" or "spoke/talked to/with", above the label, count."""
        if label.text not in self._interviewers:
            name = re.sub(r"^(?:the|The|THE)\s+", "", label.text.strip())
            above = self.text[max(0, label.rest - _INTERVIEWER_CHARS) : label.rest]
            found = (
                re.search(_GIVEN_TO + r"(?:[Tt]he\s+)?" + re.escape(name) + r"(?![\w/])", above)
                if name
                else None
            )
            # (one "spoke with" in talks names the counterpart, who answers: only a page that
            # calls itself an interview has its guest speak to the one asking)
            spoke = found is not None and not found.group().lower().startswith("interview")
            # the words after "interview with" name the guest as often as the outlet ("CNN's X
            # sat down for an interview with Volodymyr Zelensky", "Interview with Foreign
            # Minister X for Rzeczpospolita"): the label asks only when it names an outlet, or
            # is the page's one label, the answers left unlabelled
            asker = _outlet(_words(label.text)) or self.labels == {label.text}
            self._interviewers[label.text] = (
                found is not None and asker and (not spoke or _INTERVIEW.search(above) is not None)
            )
        return self._interviewers[label.text]

    def _post_only(self, title: str) -> SpeakerPhrase:
        """The holder of a post the page names no one in ("Foreign Secretary", "THE
        MINISTER"), under the post's title, of the header's country."""
        title = re.sub(r"^(?:the|THE|The)\s+", "", title)
        if title.isupper():
            title = " ".join(w.capitalize() for w in title.split())
        return self.placed(SpeakerPhrase("person", title, name=title, role=title))

    def _outlet_in_paren(self, paren: str) -> bool:
        """ "Yasmin Jonkers (CNA938):": the station the page says the interview was on, or
        that two people's labels share, is where the hosts work."""
        if not _STATION.fullmatch(paren.strip()) or paren.strip().lower() in COUNTRIES:
            return False  # "(Russia)", "(UK)", "(Lab)": a country or a party, no broadcaster
        if paren not in self._stations:
            self._stations[paren] = self._station_named(paren)
        return self._stations[paren]

    def _station_named(self, paren: str) -> bool:
        said = re.escape(paren.strip())
        if re.search(rf"\b(?:on|to|with)\s+{said}\b", self.text[: _HEAD_OF_PAGE * 2]):
            return True
        if self._bracketed is None:
            self._bracketed = {}
            for m in _BRACKETED_LABEL.finditer(self.text):
                self._bracketed.setdefault(m["paren"].strip(), set()).add(m["label"].strip())
        return len(self._bracketed.get(paren.strip(), ())) >= 2

    def _numbered_talker(self) -> str | None:
        if self._talker is None:
            words: dict[str, int] = {}
            stamps = list(_STAMPED_LINE.finditer(self.text))
            ends = [m.start() for m in stamps[1:]] + [len(self.text)] if stamps else []
            for m, end in zip(stamps, ends, strict=True):
                said = len(self.text[m.end() : end].split())
                words[m["label"]] = words.get(m["label"], 0) + said
            numbered = {k: v for k, v in words.items() if _NUMBERED.fullmatch(k)}
            top = max(numbered, key=numbered.__getitem__) if numbered else ""
            # "Joe Biden (00:14):" talking most: the numbered speakers are the reporters
            named = max((v for k, v in words.items() if k not in numbered), default=0)
            self._talker = top if top and numbered[top] > named else ""
        return self._talker

    def section(self, who: str) -> SpeakerPhrase | None:
        """ "Briefing by the Spokesperson for the Secretary-General": who speaks from here."""
        found = person(who) or one_named(who)
        if found is not None:
            known = self._known(found)
            return self.placed(known.person if known else found)
        role = re.sub(r"^(?:the|a)\s+", "", who.strip(), flags=re.I).lower()
        fits = [p.person for p in self.people if (p.person.role or "").lower() == role]
        if len(fits) == 1:
            return self.placed(fits[0])
        body = self._body_of_spokesperson(who) or issuing_body(who)
        return self._of_its_state(body) if body is not None else None

    def _of_its_state(self, body: SpeakerPhrase) -> SpeakerPhrase:
        """ "Foreign Ministry statement on ...": the body as the page names it with its state
        ("The Russian Foreign Ministry strongly protests ..."), when it does."""
        if body.country or not body.name:
            return body
        stated = re.search(rf"\b([A-Z][\w-]+)\s+{re.escape(body.name)}\b", self.text)
        fuller = parse_speaker(f"{stated[1]} {body.name}") if stated else None
        if fuller is not None and fuller.kind == "institution" and fuller.country:
            return fuller
        return body

    def page_body(self) -> SpeakerPhrase | None:
        """The foreign service whose site the page is, as a line of its own at the head of
        the page names it ("Ministry of Foreign Affairs of the Republic of X"), or as the
        briefer welcomes the room to it, or else as the page's address does
        (:func:`tracker.extract.site.site_owner`)."""
        head = self.text[:_HEAD_OF_PAGE]
        body_line = _BODY_LINE.search(head) or _WELCOMED_TO.search(head)
        if body_line is None:
            # (a page naming its ministry nowhere in English: the site's address does)
            return site_owner()
        body = body_line["body"]
        if body.startswith("European"):
            # the EU's foreign service: its spokesperson's statements are the Union's
            body = "European Union"
        return SpeakerPhrase("institution", body, body, institution=body)

    def _body_of_spokesperson(self, who: str) -> SpeakerPhrase | None:
        """ "Statements by the Spokesperson of the Ministry for Europe and Foreign Affairs":
        a spokesperson the page does not name speaks for the body, of the header's capital."""
        m = _SPOKESPERSON_OF.fullmatch(who.strip())
        if m is None:
            # "Briefing by the Spokesperson" under a line naming the ministry alone
            bare = _BARE_SPOKESPERSON.fullmatch(who.strip())
            return self.page_body() if bare else None
        body = m["body"] or m["before"]
        # the capital of the page's header, above the first turn: not one a turn names
        head = []
        for line in read_lines(self.text[:_HEAD_OF_PAGE]):
            if line.label is not None:
                break
            head.append(line.text)
        place = read_header(head).place
        name = institution_for(None, place, body) if place else body
        return SpeakerPhrase("institution", who.strip(), name, institution=name, country=place)

    def placed(self, found: SpeakerPhrase) -> SpeakerPhrase:
        """The person with the institution the text gives: a generic "Foreign Ministry" of the
        header's capital, the Secretary-General of the one organisation the text names."""
        place = self.header.place if self.header else None
        inst, country = found.institution, found.country or place
        role = found.role or ""
        if "secretary-general" in role.lower() and inst is None:
            inst = _secretary_general_of(self.text)
        elif inst and found.country is None and place:
            inst = institution_for(None, place, inst)
        return replace(found, institution=inst, country=country)


# the initials interview and briefing pages label a post by
_POST_INITIALS = {
    "EAM": "External Affairs Minister",
    "FM": "Foreign Minister",
    "PM": "Prime Minister",
    "SG": "Secretary-General",
    "HR/VP": "High Representative",
    "Min": "Minister",  # Singapore's and others' doorstop transcripts
}
_RANKS = {"prime", "deputy", "vice", "first", "chief"}


def _name_initials(name: str) -> set[str]:
    """ "JBS" and "JS" for James B. Steinberg: a name's initials, with and without the
    middle initials a label leaves out."""
    words = name.split()
    full = "".join(w[0] for w in words).upper()
    middle = words[1:-1]
    if middle and all(len(w.rstrip(".")) == 1 for w in middle):
        return {full, (words[0][0] + words[-1][0]).upper()}
    return {full}


def _holds(role: str | None, title: str) -> bool:
    """Whether the post a label abbreviates is the one the person holds ("FM" for the
    External Affairs Minister, "Min" for the Minister for Foreign Affairs): the same kind of
    post, of no rank the person's lacks ("PM" is no External Affairs Minister)."""
    mine, wanted = _words(role or ""), _words(title)
    return bool(wanted) and wanted[-1] in mine and all(w in mine for w in wanted if w in _RANKS)


# "the Information and Press Department of the Russian Foreign Ministry": a part of a body
_DEPARTMENT_OF = re.compile(
    r"(?:the\s+)?[A-Z][\w ,&'\u2019-]{2,80}?\s(?:Department|Directorate|Division)\s+of\s+"
    r"(?P<body>[^\n]{3,100})"
)


def issuing_body(who: str) -> SpeakerPhrase | None:
    """ "Comment by the Information and Press Department of the Russian Foreign Ministry",
    "Statement by the Ministry of Foreign Affairs": a body's own page, its words the body's
    (a department's, its ministry's)."""
    part = _DEPARTMENT_OF.fullmatch(who.strip())
    found = parse_speaker(part["body"] if part else who.strip())
    if (found is None or found.kind != "institution") and part is None:
        # "the Ministry for Europe and Foreign Affairs": a ministry of two portfolios; "the
        # Ministry of Foreign Affairs" with no state: in a story, a description of some
        # state's ministry, but on its own page's title the body whose page it is
        ministry = _MINISTRY_NAME.fullmatch(who.strip())
        name = ministry["name"] if ministry is not None else ""
        found = SpeakerPhrase("institution", name, name) if name else None
    return found if found is not None and found.kind == "institution" else None


_MINISTRY_NAME = re.compile(
    r"(?:[Tt]he\s+)?(?P<name>(?:Federal\s+)?Ministry\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*"
    r"(?:\s+[A-Z][\w-]*){0,2}(?:\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?)"
)


def one_named(words: str) -> SpeakerPhrase | None:
    """ "Matthew Rycroft of the UK Mission", "The RT Hon Jane Doe MP Secretary of State for
    ...": the person a title's phrase names first, in its opening run of capitalised words."""
    run = _CAPITALISED_RUN.match(words.strip())
    if run is None:
        return None
    tokens = run.group().split()
    for k in range(len(tokens), 1, -1):
        found = person(" ".join(tokens[:k]))
        if found is not None and len((found.name or "").split()) >= 2:
            return found
    return None


_CAPITALISED_RUN = re.compile(r"[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*)+")


def _initials(title: str) -> str:
    """ "High Representative" -> "HR", "Secretary-General" -> "SG"; a "Former" the site put
    before the post since ("Kofi Annan, Former Secretary-General") is no part of it: the
    page's labels were written while the person held it."""
    title = re.sub(r"^(?:[Ff]ormer|FORMER)\s+", "", title.strip())
    return "".join(w[0] for w in re.split(r"[\s/-]+", title) if w[:1].isupper())


_SPOKESPERSON_OF = re.compile(
    r"(?:the\s+)?(?:[Ss]pokesperson|[Ss]pokesman|[Ss]pokeswoman|[Pp]ress [Ss]ecretary)\s+"
    r"(?:of|for)\s+(?:the\s+)?(?P<body>(?:Ministry|Department|Office|Foreign|"
    # "Spokesperson of the Chinese Embassy in the UK": an embassy speaks for itself too
    r"(?:[A-Z][\w-]*\s+)?Embassy)[\w ,'\u2019-]{3,80})"
    # "the Ministry of Foreign Affairs Spokesperson": the body first
    r"|(?:the\s+)?(?P<before>(?:Ministry|Department|Foreign|(?:[A-Z][\w-]*\s+)?Embassy)"
    r"[\w ,'\u2019-]{0,80}?)\s+"
    r"(?:[Ss]pokesperson|[Ss]pokesman|[Ss]pokeswoman)"
)
_BARE_SPOKESPERSON = re.compile(r"(?:the\s+)?(?:[Ss]pokesperson|[Ss]pokesman|[Ss]pokeswoman)")
# "Pakistan Ministry of Foreign Affairs" on a line of its own at the head of the page
# "European Union External Action", "Federal Foreign Office": a foreign service's site name
_BODY_LINE = re.compile(
    # ("France Diplomacy - Ministry for Europe and Foreign Affairs": the site's name first)
    r"^[ \t]*(?:[A-Z][\w ]{2,30}[ \t][-\u2013|][ \t])?"
    r"(?P<body>(?:(?:[A-Z][\w'\u2019-]+|of|the)[ \t]+){0,4}(?:Ministry|Department) of "
    r"(?:Foreign|External)[\w ,&'\u2019-]{3,60}?|Ministry for Europe and Foreign Affairs|"
    r"(?:Federal )?Foreign Office|"
    r"European (?:Union )?External Action(?: Service)?)"
    # ("Ministry of Foreign Affairs, Kabul", "Foreign Office, Islamabad": its capital after it)
    r"(?:,[ \t]+[A-Z][\w'\u2019-]+(?:[ \t][A-Z][\w'\u2019-]+)?)?[ \t]*$",
    re.M,
)
# "Welcome to the Ministry of Foreign Affairs.": the briefer greets the room in the body's
# own building, naming the body an unnamed spokesperson speaks for
_WELCOMED_TO = re.compile(
    r"\b[Ww]elcome (?:you (?:all )?)?to (?:the )?(?P<body>(?:Ministry|Department) of "
    r"(?:Foreign|External)(?: [A-Z&][\w&'\u2019-]*| and| of){0,6})(?=[ \t]*[.,!;\n])"
)
_HEAD_OF_PAGE = 600  # characters: where the capital of a statements page is written

_SG_BODIES = [
    ("United Nations", re.compile(r"\b(?:United Nations|UN|U\.N\.)\b")),
    ("NATO", re.compile(r"\bNATO\b")),
    ("OSCE", re.compile(r"\bOSCE\b")),
    ("Council of Europe", re.compile(r"\bCouncil of Europe\b")),
    ("Arab League", re.compile(r"\bArab League\b|\bLeague of Arab States\b")),
    ("ASEAN", re.compile(r"\bASEAN\b")),
    ("Organization of American States", re.compile(r"\bOrganization of American States\b")),
    ("OPEC", re.compile(r"\bOPEC\b")),
]


def _secretary_general_of(text: str) -> str | None:
    """The organisation a "Secretary-General" heads: the only one with that post the text
    names; None when it names none or several."""
    named = [name for name, pattern in _SG_BODIES if pattern.search(text)]
    return named[0] if len(named) == 1 else None
