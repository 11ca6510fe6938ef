"""What one paragraph of a transcript is: a section heading, a sentence, a briefer relaying
news ("The minister expressed concern at ..."), or floor management ("Next question,
please") that holds no position; and where words cut off by an excerpt stop being sentences.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tracker.extract.clause_words import CLAUSE_OF_ITS_OWN
from tracker.extract.cues import Cue, find_cues
from tracker.extract.lexicon import (
    FEELING_DEGREES,
    IRREGULAR_PAST,
    ROLE_WORDS,
    STANCE_ADVERBS,
    STANCE_FEELINGS,
    STANCE_VERBS,
)
from tracker.extract.saying import used_for_saying
from tracker.extract.segment import LONGEST_SENTENCE
from tracker.extract.speaker_phrase import SpeakerPhrase
from tracker.extract.speakers import POST_BY_INITIALS, parse_speaker
from tracker.extract.transcript_header import GREETING, PAGE_FIELD
from tracker.extract.transcript_labels import Line
from tracker.extract.transcript_people import person
from tracker.extract.when import WEEKDAY_NAMES, find_when

_HEADING_MARK = re.compile(r"^(?:\*{1,3}|#{1,3}|\u2022|\d{1,2}[.)])\s*\S")
# a full stop after a word, not after an initial, a courtesy title, a rank or office written
# short, or a name's suffix ("B. Lynn", "Mr. Suh", "President Ferdinand R. Marcos Jr. at the
# palace", "Brig. Gen. X, the coalition's spokesman, said", "Sen. X told")
SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bNo)(?<!\bJr)(?<!\bSr)"
    r"(?<!\bGen)(?<!\bBrig)(?<!\bCol)(?<!\bLt)(?<!\bMaj)(?<!\bCapt)(?<!\bSgt)(?<!\bAdm)"
    r"(?<!\bCmdr)(?<!\bGov)(?<!\bSen)(?<!\bRep)(?<!\bProf)(?<!\bRev)(?<!\bAmb)"
    r"[.!?\u2026][\"'\u201d\u2019)\]]*(?=\s|$)"
)
# alternatives of _PROCEDURAL that alone manage no floor (_WEAK_FLOOR): an answer's "yes"
# or "sure", an address to the room, a reply declining to answer
_YES = r"sure|okay|ok|all right|yes|yeah"
_ROOM = r"everybody|everyone"
_HI = r"hi"
_PLEASE = r"please"
_PROMISE = r"I promise"
_SORRY = r"^(?:I'm )?sorry\W*$"
# "I don't have an update.", "I have nothing to add.", "I'd refer you to the ministry.",
# "We'll get back to you.": an answer declining to answer, the floor's
_DECLINES = (
    r"(?:don't|do not) have (?:an|any) (?:update|readout)|have no (?:update|readout)|"
    r"(?:have )?nothing (?:further |more )?to (?:add|announce|share)|refer you (?:to|back)|"
    r"get back to you|no comment"
)
_PROCEDURAL = re.compile(
    # ("welcome" as a greeting, not "I welcome this cooperation", a position)
    rf"\b(?:{GREETING}|{_HI}|{_PLEASE}|"
    r"welcome(?=\s*(?:[,.!]|to\b|back\b|everyone\b|everybody\b|all\b|$))|"
    # "Happy Friday to all of us.", "Afternoon, everyone.": a briefer's greeting
    r"happy (?:monday|tuesday|wednesday|thursday|friday|new year|holidays)|"
    r"^(?:morning|afternoon|evening),? (?:everyone|everybody|all)|"
    r"go ahead|next question|last question|one (?:more|last) question|have a seat|"
    # "We have time for a couple of questions.", "The first goes to X of Reuters."
    r"(?:we have|we've got|there is) time for|"
    r"(?:first|next|last|final|second) (?:question )?(?:goes|will go|comes) (?:to|from)|"
    # "And now, for the final question, X of Y.", "The first from X of Reuters.": the floor
    r"(?:first|next|final|second) question|"
    r"^(?:and )?(?:the )?(?:first|next|last|final) (?:from|to)|"
    # "I'll leave it there.", "That's all for today.", "Anything else on Ukraine?", "Let's
    # stay in the region.", "The press conference is over.": the briefing, not its news
    r"leave it (?:there|at that)|that's (?:all|it) for (?:today|now)|^anything else|"
    r"let's stay (?:on|in|with)|(?:the )?floor is (?:now )?(?:open|yours)|"
    r"(?:press conference|briefing|press availability) is (?:over|closed|concluded)|"
    r"finish (?:this|my) (?:thought|sentence)|"
    rf"{_YES}|{_ROOM}|"
    r"(?:let's|let me|I'll|we'll) (?:go|come|turn|move) (?:back |over )?to|"
    r"see you (?:all|tomorrow|next week|then|soon|on \w+)|my pleasure|"
    # "Sorry, one second.", "I missed that.", "Could you repeat the question?": the floor
    r"(?:one|just a) (?:second|moment|sec)|hold on|bear with me|"
    rf"{_PROMISE}|"
    r"(?:didn't|did not|couldn't) (?:catch|hear)|(?:can't|cannot) hear|missed that|"
    r"microphone|repeat (?:your|the) question|come back to (?:you|it)|"
    rf"{_SORRY}|"
    # "I don't have an update.", "I have nothing to add.", "I'd refer you to the ministry.",
    # "We'll get back to you.": an answer declining to answer, the floor's
    rf"{_DECLINES}|"
    # "That is all from me.", "That's it for today.": the briefer closing her opening
    r"^(?:that's|that is|that was) (?:all|it)"
    r"(?: (?:for (?:today|now)|from (?:me|my side)))?(?=\W*$)|"
    # "We'll take a few questions.": a moderator opening the floor
    r"take (?:a few|a couple of|some|two|three|one or two|your) questions|"
    # "That concludes this press conference.": the moderator closing it
    r"(?:that|this) (?:concludes|ends|closes) (?:this|the|today's|our|tonight's)|"
    r"(?:good|great|nice|glad|happy|a pleasure) to (?:be (?:here|with you|back)|see you))\b",
    re.I,
)
# Verbs of stance that open a relayed statement ("X expressed his concern at ...")
_RELAY = re.compile(r"\b(?:expressed|welcomed|condemned|deplored|regretted)\b")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We)\b")
QUOTED = re.compile('["\u201c][^"\u201c\u201d]{1,600}["\u201d]')
_AS_CLAUSE_CHARS = 300  # how far an "As X said on Tuesday, ..." sentence is read for a "we"
_AS_SAID = re.compile(r"\b[Aa]s\s(?!well\b)[^,.;:!?]{1,80}$")  # "... as X just" before the verb
_STAGE = re.compile(r"\((?:Laughter|Applause|Crosstalk|Inaudible)[^()]{0,20}\)", re.I)
_MIN_WORDS = 6  # shorter turns ("Sure.", "Time is a flat circle.") carry no position
# but for one whole sentence of five words, a short answer ("That is a hypothetical
# situation.", "They have rejected consular access."): not one cut off ("They have
# rejected -"), trailing off ("excuse me, please..."), asking back, or going on from the
# words before an interruption ("And you need only one.")
_FEWEST_WORDS = 5
_WHOLE_SENTENCE = re.compile(
    r"\s*[\"'\u201c]?(?!(?:And|But|Or|So|Because|Which)\b)[A-Z]"
    r"[^\u2014\u2013\u2026]*[a-z)][.!][\"'\u201d\u2019]?\s*$"
)
# "I know he was \u2014 is.": a whole sentence the speaker mends on the way, a dash between two
# words in lower case, no cut or trailing off (the sentence ends on its stop)
_MENDED_SENTENCE = re.compile(
    r"\s*(?!(?:And|But|Or|So|Because|Which)\b)[A-Z][^\u2014\u2013\u2026]*[a-z][ \t]"
    r"[\u2014\u2013][ \t][a-z][^\u2014\u2013\u2026]*[a-z][.!]\s*$"
)
# "I think he is.", "I know he was \u2014 is.": the speaker's judgement of the matter asked
# about, a clause on someone else ("he", "she", "they") after a verb of belief, its verb a
# copula or auxiliary ("he will be", "he is weakened"); not of the answering ("I think that
# is all.", "I think the time's up."), nor of the floor, a place or the line ("I think she is
# next.", "I believe they are outside.", "I think they cut out.")
_JUDGES_THE_MATTER = re.compile(
    r"\s*I\s+(?:think|know|believe|expect|doubt|suspect)\s+(?:that\s+)?"
    r"(?:he|she|they)\s+(?:is|was|are|were|will|would|can|could|may|might|must|should|"
    r"has|have|had|does|did)\b"
    r"(?![^.!?]*\b(?:next|first|last|second|up|out|off|outside|inside|here|there|done|gone|"
    r"ready|coming|leaving|back|away|mute|muted|frozen|online|offline|connected|"
    r"line|room|stage|podium|floor)\b)"
)
# and about the matter, not about the answering itself: one the speaker or the asker is in
# ("I'm not going to speculate.", "I haven't seen the report.", "Let me check on that.",
# "Sorry, could you repeat that.") declines, defers or manages the floor, and one praising
# the question ("That's a very good question.") answers nothing; "we" is the government's
_ABOUT_THE_ANSWERING = re.compile(
    r"\b(?:I|[Mm][ey]|[Ll]et['\u2019]s|[Yy]ou|[Yy]our|[Ss]orry)\b"
    r"|\b(?:good|great|fair|excellent|interesting)\s+question\b"
)
_CLARIFYING_WORDS = 20  # a question back to a reporter is short
_ASKING_WORDS = 30  # a turn of one or two questions and nothing else asks, says nothing
# "Mr Besprozvannykh, ...", "Madam Minister, ...": a turn opening by addressing someone
_ADDRESS = re.compile(r"(?:Mr|Mrs|Ms|Madam|Madame|Dr)\.?(?:\s+[A-Z][\w'\u2019-]+){1,2},\s")
_YOU = re.compile(r"\b(?:you|your)\b", re.I)


def is_heading(line: Line) -> bool:
    """A section heading: marked ("**Middle East", "2. Q&A") or a short title-case line; or
    a stage direction in brackets."""
    text = line.text.strip()
    if _HEADING_MARK.match(text) and not SENTENCE_END.search(text[-2:] + " "):
        return True
    if re.fullmatch(r"\([^()]*\)|\[[^\[\]]*\]", text):
        return True  # "(BEGIN VIDEO CLIP)", "[inaudible]": a stage direction
    if _PART_OF_PAGE.fullmatch(_TRAILING_PARENTHESIS.sub("", text)):
        return True  # "Extract from the press briefing - Q&A (10 Oct. 2022)"
    words = text.split()
    if not words or len(words) > 12 or text[-1] in '.!?:;,"\u201d\u2019)\u2026':
        return False
    return sum(w[:1].isupper() for w in words) * 2 > len(words)


def sentence_like(line: Line) -> bool:
    # "Weekly Media Briefing by the Spokesperson (February 29, 2024)": a title with its date
    text = _TRAILING_PARENTHESIS.sub("", line.text.strip())
    # "Date: Wednesday, September 26, 2007, 4:07 p.m.": a field, though it ends in a stop
    return (
        not PAGE_FIELD.match(text)
        and len(text.split()) >= 6
        and text[-1] in '.!?"\u201d\u2019)\u2026'
    )


_TRAILING_PARENTHESIS = re.compile(r"(?<=\w)\s*\([^()]{1,60}\)$")
# a page's own section, set in sentence case: the extract of a briefing below the statement
_PART_OF_PAGE = re.compile(
    r"(?:Extracts?|Excerpts?) (?:from|of) the (?:daily |weekly )?(?:press |news )?"
    r"(?:briefing|conference)(?:\s*[-\u2013\u2014:]\s*(?:Q&A|Questions and answers))?",
    re.I,
)


# "... met and advised me that", "he told me that": the speaker recounting what they were
# told in person, their own account (a nested word of the other's at most)
_TOLD_THE_SPEAKER = re.compile(r"\s+me\b")


def relays_news(text: str, line: Line) -> bool:
    """A paragraph that opens by reporting what someone else said (a verb of saying in the
    past, its subject no "I" or "we"): the briefer relaying news. A verb in the present
    ("The United States condemns ...") is the briefer speaking for their side."""
    reach = min(line.end, line.start + LONGEST_SENTENCE)
    first = SENTENCE_END.search(text, line.start, reach)
    end = first.end() if first else reach
    # "presented a book called X": a cue word that names or does something relays nothing
    cues = [
        c.start
        for c in find_cues(text, line.start, end)
        if _past(c.word)
        and used_for_saying(text, line.start, c)
        and not _TOLD_THE_SPEAKER.match(text, c.end)
    ]
    cues += [m.start() for m in _RELAY.finditer(text, line.start, end)]
    if not cues:
        return False
    before = text[line.start : min(cues)]
    if before.split()[:1] in (["As"], ["Like"]) or _AS_SAID.search(before):
        # "As the minister said, we ...", "The aim, as X just pointed out, is clear": the
        # briefer's own sentence, citing someone in passing
        return False
    # ('"We have always been grateful," X told Y': the "we" quoted is X's, not the briefer's)
    return not _FIRST_PERSON.search(QUOTED.sub(" ", before))


# "During the talks, Director X said ...", "Yesterday, at the press conference, the President
# said ...", "As you know, X is ...": times, occasions and asides put before the sentence's
# subject, each up to its comma (as long as "During his talks with President X at the
# palace in Y on Tuesday,"), then a bare "yesterday" or "today"
# "Yesterday in Kingston the Secretary announced", "On Tuesday the Envoy told": a bare day,
# perhaps its place, with no comma after it
_BARE_DAY = (
    rf"(?:(?:yesterday|today|earlier today|on (?:{WEEKDAY_NAMES}))"
    r"(?-i:\s+(?:in|at)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?\s+)?"
)
# (a participle or a conjunction opens the clause as well as a preposition: "Addressing the
# conference on Monday,", "When meeting X in Beijing yesterday,", "Ahead of the vote,")
_FRONTED = re.compile(
    # ("And in a statement we issued earlier, the Secretary-General welcomed ...": a
    # conjunction before the clause, only before one of these openers: "And the
    # Secretary-General will ..." opens on its subject)
    r"(?:(?:(?-i:And|But)\s+)?"
    r"(?:During|At|In|On|After|Before|Following|Ahead of|Yesterday|Today|Earlier|Later|"
    r"This (?:morning|afternoon|evening)|Turning to|Speaking|Addressing|Briefing|Opening|"
    r"Closing|Meeting|Visiting|Receiving|"
    r"Welcoming|Attending|When|While|As you|"
    # "As expected, the Secretary-General arrived ...": the briefer's aside on the news; "As
    # we see the rise in X, Mr. Y said ...": a clause of the time, in the briefer's voice
    r"As (?:expected|announced|planned|scheduled|anticipated|promised)|As we|"
    r"As (?:many|most|some) of you)\b[^,.;:]{0,100},\s*){0,3}" + _BARE_DAY,
    re.I,
)
_BARE_DAY_ONLY = re.compile(_BARE_DAY, re.I)
# "The Prime Minister, X, yesterday stressed": British copy puts the day between the
# subject and its verb; no word of the subject
_DAY_BEFORE_VERB = re.compile(
    rf"\s+(?:yesterday|today|earlier today|(?:on\s+)?(?:{WEEKDAY_NAMES}))$", re.I
)


# the briefer's own voice after a relay: "we", "I", or a verdict on what was relayed
_OWN_VOICE = re.compile(
    r"\b(?:I|we|We|our|Our|us|my|My)\b|(?:^|(?<=[.!?]\s))(?:This|That|These|Such|It)\s+"
    r"(?:is|are|was|were)\b|[?!]"
)
_SET_OFF_TITLE = re.compile(r"(?P<name>[^,]+),\s+(?:the\s+|a\s+|an\s+)?[^,]{2,100},")
# a sentence's subject that names someone: "Foreign Minister X, who ...", "The Special Envoy,
# X, spoke", "President von der Leyen is": capitalised words (particles of names among them),
# perhaps a name set off by commas after a title
_NAME_WORD = r"(?:[A-Z][\w'\u2019.-]*|von|van|der|de|al|bin|for|of)"
# ("The Deputy Special Representative and officer-in-charge of the mission, X, said": a
# second post joined to the title, then the name set off)
_SUBJECT_NAME = re.compile(
    rf"(?:[Tt]he\s+)?(?P<np>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,8}})"
    r"(?:(?:\s+and\s+[^,.;:]{2,60})?,\s+(?P<set_off>[A-Z][^,.;:]{2,60}),)?(?=,|\s+[a-z])"
)
# "he said", "In both calls she stressed", "The High Representative also said": one named
# before, taken up by a pronoun or a title
_TAKEN_UP = re.compile(
    r"(?:^|\s)(?:he|she|He|She)$|^(?:[Tt]he\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}$"
)
_PRONOUN = re.compile(r"(?:he|she|He|She)")
_ALSO = re.compile(r"\s+(?:also|then|further|again|later)$")
# "OCHA says that ...": an agency's report passed on, in the present (not "notes" or "warns",
# which a spokesperson also says in the name of their own side)
_REPORTING_NOW = frozenset(("says", "tells", "reports that"))
_TELLS_US = re.compile(r"\b(?:tells|informs)\s+us\s+that\b")
# "(Turning to X,) the mission there, MONUSCO,": a body's description, then its name
_BODY_NAMED_AFTER = re.compile(
    r"(?:[^,]{1,60},\s+)?(?:the|its|our)\s+[a-z][^,]{1,40},\s+"
    r"(?P<name>[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,5}),?"
)
# "Our colleagues at the World Health Organization tell us that ...", "our friends from
# UNICEF say ...", "our colleagues at OCHA warn that ...": a briefer passing on an agency's
# report, the agency named after its staff
_COLLEAGUES_AT = re.compile(
    r"[Oo]ur\s+(?:[a-z]+\s+)?(?:colleagues|partners|friends)\s+(?:at|from|in|with)\s+"
    r"(?P<body>(?:the\s+)?[A-Z][^,;:]{1,80})"
)
_REPORTING_NOW_PLURAL = frozenset(("say", "tell", "warn", "stress", "emphasize", "confirm"))
_INITIALS_AFTER = re.compile(r"\s*\([A-Z][A-Za-z]{1,9}\)$")
# "I'll stop here and give the floor to X": the briefer handing over, no word on the relay
_HANDS_OVER = re.compile(
    r"(?:I'll|I will|I\u2019ll|let me|Let me)\s+(?:stop here and\s+)?(?:give|hand|pass)\s+"
    r"(?:(?:the floor|it|you)\s+)?(?:over\s+|back\s+)?to\b"
)


class Relay(NamedTuple):
    """Words someone else said, relayed in a turn from ``start`` to ``end``; ``dated`` when
    the relay tells its own day ("on Monday", "yesterday"): words of another occasion;
    ``own_clause`` when a clause of the briefer's own shares the relay's sentence ("...,
    and I would refer you to her remarks", "we issued a statement in which X said"): the
    turn is the briefer's, whole, the relay news within it."""

    start: int
    end: int
    dated: bool
    own_clause: bool = False


# "She said that ..., and I would refer you to her remarks", "...; we support that": the
# briefer's own clause joined to the end of the sentence that relays someone else's words
_ASIDE = re.compile(r"(?:,\s+(?:and|but|so)|;)\s+(?:I|we)(?=\s|['\u2019])")
# "said so", "said that", "said as much": a verb of saying whose object relays no words
_NO_WORDS_BEFORE = re.compile(r"\b(?:so|that|this|it|as much)$")


def relay_within(
    text: str,
    start: int,
    end: int,
    taken_up: bool = False,
    whole_opening: bool = False,
    in_opening: bool = False,
) -> Relay | None:
    """Where, in a briefer's answer, the news of what someone else said begins and ends: the
    sentence whose subject is a person named with a name and whose verb of saying is in the
    past ("We have released a readout. During the talks, Director Wang Yi said that ..."),
    an agency named reporting in the present ("WFP says that ..."); or, when a pronoun or a
    title says it ("... held a news conference. He said that ..."), the sentence that named
    the person. What follows is relayed news, not the briefer's own position, up to the end
    or up to the briefer's own voice again ("Yesterday the Secretary announced ... We
    welcome ..."): the words relayed are their speaker's statement whether or not the
    briefer goes on to speak of them.

    ``taken_up``: the paragraph above named someone last ("the Secretary-General spoke to
    you this morning ...") or relayed their words; this one's "He told you that ...", '"...,"
    the Secretary-General said.' goes on with them, a relay from its start.

    ``whole_opening``: the paragraph is of the opening a briefing's transcript with no labels
    reads out whole, before any question: a post alone telling words of its own ("The
    Secretary-General stressed that ...") is relayed there, not in an answer. ``in_opening``:
    the paragraph is of the briefer's opening, before any question, labelled or not: "he" or
    "she" after a sentence on a post alone is that post's holder there."""
    quoted = _quoted_paragraph(text, start, end, taken_up)
    if quoted is not None:
        return quoted
    if whole_opening and _post_states(text, start, end):
        # "The Secretary-General welcomes ... He congratulates ...": a statement of the
        # post's read out in the opening, the post's words up to the briefer's own again
        own = _own_voice_at(text, start, end, whole_opening)
        return Relay(start, end if own is None else own, False) if own != start else None
    read = _READ_OUT_AFTER.match(text, start, min(end, start + _READ_OUT_CHARS))
    if whole_opening and read is not None and _post_states(text, read.end(), end):
        # "We will start off with a statement on Ukraine:  The Secretary-General condemns
        # ...": the statement read out on the line of the words announcing it; the
        # announcement the briefer's, the statement the post's
        own = _own_voice_at(text, read.end(), end, whole_opening)
        if own != read.end():
            return Relay(read.end(), end if own is None else own, False)
    lead = _past_announcement(text, start, end) if whole_opening else start
    if lead > start and _post_states(text, lead, end):
        # "Good afternoon. I will start with a statement on Sudan. The Secretary-General
        # condemns ...": the greeting and the announcement the briefer's, the statement
        # read out after them the post's
        own = _own_voice_at(text, lead, end, whole_opening)
        if own != lead:
            return Relay(lead, end if own is None else own, False)
    at = start
    # a sentence naming someone as its subject, no "I" since
    named_at = start if taken_up else None
    mentioned_at = None  # a sentence naming someone in a clause of its own, the briefer's too
    # a sentence of the paragraph opening on a post alone ("As you will have seen, the
    # Secretary-General today spoke at ..."), its holder the one a later "The
    # Secretary-General said" relays
    post_named = taken_up
    post_at = None  # where the sentences the paragraph goes on about a post alone begin
    while at < end:
        stop = SENTENCE_END.search(text, at, min(end, at + LONGEST_SENTENCE))
        close = stop.end() if stop else min(end, at + LONGEST_SENTENCE)
        subject_at = _FRONTED.match(text, at, close).end()
        aside = _ASIDE.search(text, at, close)
        if aside is not None and _NO_WORDS_BEFORE.search(text, at, aside.start()):
            aside = None  # "X said so, and we welcome it": no words of X's before the aside
        if _FIRST_PERSON.search(text, at, aside.start() if aside else close):
            named_at = None
        elif named_at is None and _names_subject(text, subject_at, close):
            named_at = at
        found = _relay_sentence(
            text,
            at,
            close,
            named_at,
            mentioned_at,
            post_named,
            whole_opening,
            post_at if in_opening else None,
        )
        if _post_subject(text, subject_at, close):
            post_named, post_at = True, at
        elif _names_subject(text, subject_at, close):
            post_at = None  # another one named: "she" no longer the post's holder
        if found is not None:
            relay, dated = found
            # ("The Secretary made that point on Tuesday, and I expect he will again.", "We
            # issued a statement in which X said ...": the briefer's own clause in the
            # relay's sentence itself leaves it relayed)
            own_clause = aside is not None or relay > at
            if (
                in_opening
                and post_at is not None
                and relay == at
                and named_at is None
                and _PRONOUN_OPENS.match(text, subject_at, close)
            ):
                # "The Deputy Secretary-General is in Nairobi ... She said ...": the relay
                # ends where the sentences stop going on with her ("The forum ends
                # tomorrow."), the briefer's turn whole around it
                return Relay(relay, _pronoun_relay_end(text, close, end), dated, own_clause)
            # ("Our colleagues at WHO tell us that ...": the "our" and "us" are the relay's own)
            # ("The mission there, MONUSCO, tells us that ...": the "us" is the briefing's
            # audience, the words the mission's)
            passed_on = _COLLEAGUES_AT.match(
                text, _FRONTED.match(text, relay, close).end()
            ) or _TELLS_US.search(text, relay, close)
            own = _own_voice_at(
                text,
                close if dated or own_clause or passed_on is not None else relay,
                end,
                whole_opening,
            )
            if own is None:
                return Relay(relay, end, dated, own_clause)
            # "X said yesterday that ... This is a lie. We will respond.", "Minister X said
            # ... We will release a readout.": the briefer goes on in her own voice, and her
            # answer stays whole; the words relayed before it are news within the answer
            # (a relay in a sentence of the briefer's own voice is hers alone)
            return Relay(relay, own, dated, own_clause) if own > relay else None
        if _names_in_a_clause(text, at, close):
            mentioned_at = at
        at = close
        while at < end and text[at].isspace():
            at += 1
    return None


# a paragraph that is a quotation, its attribution after it: '"...," the Secretary-General
# said.'
_QUOTE_THEN = re.compile('\\s*["\u201c](?P<words>[^"\u201c\u201d]{1,3000})["\u201d]\\s*,?\\s+')
_ATTRIBUTION_WORDS = 12


def _quoted_paragraph(text: str, start: int, end: int, taken_up: bool) -> Relay | None:
    """A paragraph of the briefer's that quotes someone else, then says who ('"...," the
    Secretary-General said.', '"...," Minister X told reporters on Monday.'): all of it
    relayed news. The one quoted is named, or a post alone where the paragraph above named
    or relayed them (``taken_up``)."""
    quote = _QUOTE_THEN.match(text, start, end)
    if quote is None or quote["words"].rstrip()[-1:] not in ",.?!":
        return None
    tail = text[quote.end() : end]
    if len(tail.split()) > _ATTRIBUTION_WORDS or not tail.rstrip().endswith("."):
        return None
    cues = [c for c in find_cues(text, quote.end(), end) if _past(c.word)]
    if not cues:
        return None
    subject = text[quote.end() : cues[0].start].strip()
    if not subject or _FIRST_PERSON.search(subject):
        return None
    found = parse_speaker(subject)
    named = found is not None and found.kind == "person" and bool(found.name)
    if not (named or (taken_up and _titled(found, subject))):
        return None
    return Relay(start, end, _own_day(text, quote.end(), cues[0]))


def named_last(text: str, start: int, end: int) -> int | None:
    """Where the last sentence from ``start`` to ``end`` that names someone as its subject,
    by name or by a post alone ("the Secretary-General spoke to you"), opens, no "I" or "we"
    in it or after it; None when there is none."""
    at, named_at = start, None
    while at < end:
        stop = SENTENCE_END.search(text, at, min(end, at + LONGEST_SENTENCE))
        close = stop.end() if stop else min(end, at + LONGEST_SENTENCE)
        subject_at = _FRONTED.match(text, at, close).end()
        if _FIRST_PERSON.search(text, at, close):
            named_at = None
        elif _names_subject(text, subject_at, close) or _post_subject(text, subject_at, close):
            named_at = at
        at = close
        while at < end and text[at].isspace():
            at += 1
    return named_at


# how far past its verb of saying an attribution may still tell its day, up to the "that"
# opening the words ("made the point in his testimony on Tuesday that ...")
_ATTRIBUTION_REACH = 80


def _own_day(text: str, at: int, cue: Cue) -> bool:
    """Whether the attribution of the sentence at ``at`` tells a day, not a day inside the
    words said ("said the talks would resume on Monday")."""
    that = text.find(" that ", cue.end, cue.end + _ATTRIBUTION_REACH)
    end = that if that >= 0 else cue.end
    phrases = _PHRASES_TO_COMMA.match(text, cue.end) if that < 0 else None
    if phrases is not None:
        end = phrases.end()  # "As X said in his address on Tuesday, the border ...": its own
    return find_when(text[at:end], None) is not None


# the phrases after a verb of saying up to a comma, with no "that": where and when the words
# were said, the words themselves after the comma
_PHRASES_TO_COMMA = re.compile(
    r"\s+(?:in|at|on|during|yesterday|today|last|earlier)\b[^,.;:!?\"\u201c]{0,80},"
)


def _relay_sentence(
    text: str,
    at: int,
    close: int,
    named_at: int | None,
    mentioned_at: int | None = None,
    post_named: bool = False,
    whole_opening: bool = False,
    post_at: int | None = None,
) -> tuple[int, bool] | None:
    """Where the relay of the sentence at ``at`` starts, if it tells what someone else said,
    and whether it tells the day the words were said."""
    according = _ACCORDING_TO.match(text, _FRONTED.match(text, at, close).end(), close)
    if according is not None:
        # "According to Commerce Minister X, China will ...": the person's words, relayed
        found = parse_speaker(according["who"])
        if found is not None and found.kind == "person" and found.name:
            return at, find_when(text[at : according.end()], None) is not None
    cues = [
        c
        for c in find_cues(text, at, close)
        if (
            _past(c.word)
            or c.word in _REPORTING_NOW
            or _passed_on(text, at, c)
            or _after_past_deed(text, at, c)
        )
        and used_for_saying(text, at, c)
        and not _TOLD_THE_SPEAKER.match(text, c.end)
    ]
    if not cues:
        return None
    dated = _own_day(text, at, cues[0])
    relay = _relay_start(
        text, at, cues[0], named_at, dated, mentioned_at, post_named, whole_opening, post_at
    )
    return None if relay is None else (relay, dated)


def _passed_on(text: str, at: int, cue: Cue) -> bool:
    """Whether ``cue`` is "tell" or "say" after an agency's staff ("Our colleagues at WFP
    tell us"): the plural of an agency's report passed on."""
    return cue.word in _REPORTING_NOW_PLURAL and bool(_COLLEAGUES_AT.search(text, at, cue.start))


# "by President X, who": a name, then the relative pronoun standing for it before the verb
_NAME_THEN_WHO = re.compile(
    rf"(?<![\w'\u2019-])(?P<np>[A-Z][\w'\u2019.-]*(?:\s+{_NAME_WORD}){{1,8}}),\s+who$"
)
# "According to Minister X, ...": the one whose words the sentence tells, up to its comma
_ACCORDING_TO = re.compile(r"According to (?P<who>[A-Z][^,.;:]{2,80}),")


# "a statement in which", "a call during which", "a news conference at which": a clause of
# the occasion, opening on the one who spoke at it
_OCCASION_CLAUSE = re.compile(r"\b(?:in|during|at)\s+which\s+")
_OCCASION_CLAUSE_ENDS = re.compile(r"\b(?:in|during|at)\s+which\s+$")


def after_occasion_clause(text: str, at: int) -> bool:
    """Whether a relay at ``at`` opens past a clause of the occasion ("we issued a statement
    in which | the Secretary-General said ...")."""
    return _OCCASION_CLAUSE_ENDS.search(text, max(0, at - 20), at) is not None


def after_own_fronted(text: str, start: int, at: int) -> bool:
    """Whether a relay at ``at`` opens past a clause in the briefer's voice put before its
    subject in the sentence from ``start`` ("As we see the rise in X, | Mr. Y said ...")."""
    fronted = _FRONTED.match(text, start, at).end()
    before = text[start:at].rstrip()
    return fronted > start and before.endswith(",") and bool(_FIRST_PERSON.search(before))


def _relay_start(
    text: str,
    at: int,
    cue: Cue,
    named_at: int | None,
    dated: bool,
    mentioned_at: int | None = None,
    post_named: bool = False,
    whole_opening: bool = False,
    post_at: int | None = None,
) -> int | None:
    """Where the relay starts, if the subject of ``cue`` is someone else than the briefer;
    ``mentioned_at``: the last sentence before it naming someone in a clause of its own;
    ``post_named``: a sentence before it, or the paragraph above, opened on a post alone."""
    subject_at = _FRONTED.match(text, at, cue.start).end()
    # "The Secretary-General marked the day in Geneva, saying that ...": the subject is the
    # past verb's, before it
    deed = _after_past_deed(text, at, cue) and _PAST_DEED.search(text, subject_at, cue.start)
    verb_at = deed.start() if deed else cue.start
    if text[subject_at:verb_at].rstrip().endswith(","):
        # "Yesterday the Prime Minister, X, stressed": no clause fronted, a bare day then a
        # title set off before the name, which the clause's comma cut in two
        subject_at = _BARE_DAY_ONLY.match(text, at, cue.start).end()
    occasion = _OCCASION_CLAUSE.search(text, subject_at, cue.start)
    if occasion is not None:
        # "we issued a statement in which the Secretary-General said": the briefer's words
        # name the occasion, the clause's own subject speaks; the relay opens at it
        at = subject_at = occasion.end()
    # "As we see the rise in X, Mr. Y said that ...": the briefer's "we" in the clause put
    # before the subject; the relay opens at its subject, that clause the briefer's
    own_fronted = _FIRST_PERSON.search(text, at, subject_at) is not None
    subject = _ALSO.sub("", text[subject_at:verb_at].strip())
    subject = _DAY_BEFORE_VERB.sub("", subject)
    colleagues = _COLLEAGUES_AT.fullmatch(subject)
    if colleagues is not None and cue.word in _REPORTING_NOW | _REPORTING_NOW_PLURAL:
        body = parse_speaker(_INITIALS_AFTER.sub("", colleagues["body"]))
        return at if body is not None and body.kind == "institution" and body.name else None
    if _FIRST_PERSON.search(subject) or re.search(r"\b(?:has|have|had)$", subject):
        return None
    body_named = _BODY_NAMED_AFTER.fullmatch(subject)
    if body_named is not None and cue.word in _REPORTING_NOW:
        # "Turning to the DRC, the mission there, MONUSCO, tells us that ...": a body named
        # after the description that introduces it, reporting now
        body = parse_speaker(body_named["name"])
        return at if body is not None and body.kind == "institution" and body.name else None
    relative = _NAME_THEN_WHO.search(subject)
    if relative is not None:
        # "... was spelled out again by President X, who said on Monday that ...": the one
        # named before "who", on an occasion of their own, not the briefer
        named = person(relative["np"])
        return at if dated and named is not None and named.name else None
    as_said = _AS_SAID.search(subject)
    if as_said is not None:
        # "As he said, the concerns should be met": the briefer citing in passing; but "As
        # President X said in his address on Tuesday, the border will stay open": a person
        # named, words of a day of their own, and no "we" or "I" of the briefer after them
        # ("That said, as Prime Minister X stated ...": the clause after the briefer's aside)
        subject = as_said.group()
        as_named = parse_speaker(subject[3:])
        sentence = text[cue.end : cue.end + _AS_CLAUSE_CHARS]
        sentence = re.split(r"[.!?](?:\s|$)", sentence, maxsplit=1)[0]
        if not (
            dated
            and as_named is not None
            and as_named.kind == "person"
            and as_named.name
            and not _FIRST_PERSON.search(sentence)
            and not re.search(r"\b(?:our|us|my)\b", sentence, re.I)
        ):
            return None
        subject = subject[3:]
    # "Martin Griffiths, the Emergency Relief Coordinator, said": the name before the
    # title set off by commas
    set_off = _SET_OFF_TITLE.fullmatch(subject)
    subject = set_off["name"] if set_off else subject
    tail = subject.rsplit(",", 1)[-1].strip()
    if not set_off and subject_at > at and tail != subject and tail:
        # "Speaking at the session on food, health and development on Sunday, the
        # Secretary-General said": a list inside the fronted clause; the subject follows it
        subject = tail
    if own_fronted:
        named_from = text.rfind(subject, subject_at, cue.start)
        at = named_from if named_from >= 0 else subject_at
    # ("The Office for the Coordination of Humanitarian Affairs (OCHA)": the body's initials
    # add no word to its name)
    subject = _INITIALS_AFTER.sub("", subject)
    # the sentence's own subject, a title and a name ("Premier Li"), right before its verb;
    # not a clause's ("Yes, the trains will run, as both sides promised")
    plain = (subject[:1].isupper() or subject.startswith("the ")) and len(subject.split()) <= 8
    found = parse_speaker(subject) if plain and not re.search(r"[,;:]", subject) else None
    named = found is not None and bool(found.name)
    if named and found is not None and cue.word in _REPORTING_NOW:
        return at if found.kind == "institution" else None
    if named and found is not None and found.kind == "institution" and dated:
        # "The Prime Minister's Office said in a statement on Monday that ...": a body's
        # words of an occasion of their own, relayed
        return at
    if named and found is not None and found.kind == "person":
        return at if named_at is None else min(at, named_at)
    if POST_BY_INITIALS.fullmatch(subject):
        # "EAM reiterated India's support for ...", "The PM conveyed ...": in the MEA's
        # briefings the minister's post by its initials, a holder other than the briefer
        return at
    if named_at is not None and _TAKEN_UP.search(subject):
        return named_at
    if dated and mentioned_at is not None and _PRONOUN.fullmatch(subject):
        # "I'll start with Sudan, where Secretary-General X remains alarmed. In a statement
        # we issued last night, he called on ...": the one the briefer named, on an occasion
        # of their own; the pronoun is never the briefer, the naming sentence told with it
        return mentioned_at
    if dated and _titled(found, subject):
        # "Speaking on Sunday, the Secretary-General said that ...": the one holding the
        # post, on an occasion the briefer dates, not the briefer speaking
        return at
    if (
        whole_opening
        and _titled(found, subject)
        and _WORDS_FOLLOW.match(text, cue.end)
        and not _briefer_in(text, at, cue.end)
    ):
        # 'The Secretary-General stressed that "we cannot ..."': in the opening of a briefing
        # read out whole, a post alone, never the briefer, whose words (a clause or a
        # quotation) the briefer passes on, no word of the briefer's own in the sentence
        # (not "The Secretary-General said so, and we will have more later"; not in an
        # answer, where "The Secretary-General made it clear that ..." is how she answers;
        # not "expressed that support to ...", no words told)
        return at
    if post_at is not None and _PRONOUN.fullmatch(subject):
        # "The Deputy Secretary-General is in Nairobi ... She met ... She said she was
        # encouraged ...": in the briefer's opening, no one else relayed above, the post the
        # sentences before went on about (no one named since), taken up by "she": her words
        return at
    if post_named and _titled(found, subject):
        # "As you will have seen, the Secretary-General today spoke at ... The
        # Secretary-General said he regretted ...": the post the briefer told of before,
        # its holder's words relayed from this sentence on
        return at
    return None


# after a verb of saying, the words it tells: a clause ("that the ...", "that we ...") or a
# quotation; not "expressed that support to ...", "said so"
_WORDS_FOLLOW = re.compile(
    r"(?:\s+(?:again|also|today|yesterday|this\s+(?:morning|afternoon)))?"
    r"(?:\s*,)?\s*(?:[\"\u201c]|that\s+(?:[\"\u201c]|(?:the|a|an|all|no|it|he|she|they|we|"
    r"there|this|these|those|his|her|their|its|our|(?-i:[A-Z]))\b))",
    re.I,
)
# a sentence opening on "he" or "she"
_PRONOUN_OPENS = re.compile(r"(?:[Hh]e|[Ss]he)\s")


def _pronoun_relay_end(text: str, at: int, end: int) -> int:
    """Where, after the sentence relayed by "he" or "she" ending at ``at``, the sentences stop
    going on with the one relayed ("She added ...", "He appealed ...", "In her remarks, she
    ...", "The Deputy Secretary-General also called for ...", "Ms. Mohammed called for ..."):
    a sentence opening on anything else ("The forum ends tomorrow."), or in the briefer's own
    voice ("He has our support")."""
    while at < end:
        while at < end and text[at].isspace():
            at += 1
        stop = SENTENCE_END.search(text, at, min(end, at + LONGEST_SENTENCE))
        close = stop.end() if stop else min(end, at + LONGEST_SENTENCE)
        if at < end and not _RELAY_GOES_ON.match(text, at, close):
            subject_at = _FRONTED.match(text, at, close).end()
            holder = (
                _PRONOUN_OPENS.match(text, subject_at, close)
                or _post_subject(text, subject_at, close)
                # ("Ms. Mohammed called for ...": the holder by her name, words of hers; a
                # sentence telling words said, in no voice of the briefer's, goes on)
                or any(
                    _past(c.word) and used_for_saying(text, at, c)
                    for c in find_cues(text, at, close)
                )
            )
            if not holder or _OWN_VOICE.search(QUOTED.sub(" ", text[at:close])):
                return at
        at = close
    return end


# the rest of a sentence from an opening quotation mark it does not close
_QUOTE_RUNS_ON = re.compile('["\u201c][^"\u201c\u201d]*$')


def _briefer_in(text: str, at: int, after: int) -> bool:
    """Whether the sentence from ``at`` has an "I" or "we" outside its quotations."""
    stop = SENTENCE_END.search(text, after, after + LONGEST_SENTENCE)
    sentence = text[at : stop.end() if stop else after + LONGEST_SENTENCE]
    return _FIRST_PERSON.search(_QUOTE_RUNS_ON.sub(" ", QUOTED.sub(" ", sentence))) is not None


def _titled(found: SpeakerPhrase | None, subject: str) -> bool:
    """Whether ``subject`` is a post alone, "the Secretary", "the Special Envoy": one person
    the page has no need to name (not "the Chinese side", "the two leaders")."""
    return (
        found is not None
        and found.kind == "description"
        and found.head in ROLE_WORDS
        and subject.split()[0] in ("the", "The")
    )


# "The Secretary-General welcomes ...", "The High Commissioner strongly condemns ...": a post
# alone taking a stand in the present, the way a statement issued in its name is worded
_POST_STANDS = re.compile(
    rf"(?P<post>The\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}})\s+(?:{STANCE_ADVERBS})?"
    rf"(?:{'|'.join(v + 's' for v in STANCE_VERBS)}|appeals\s+to|calls\s+(?:on|upon|for)|"
    r"reiterates|reaffirms|expresses|"
    # "The Secretary-General is deeply concerned by ...": a statement's opening stand
    rf"(?:is|are)\s+(?:(?:{'|'.join(FEELING_DEGREES)})\s+)?(?:{'|'.join(STANCE_FEELINGS)}))\b"
)


# the briefer announcing a statement she reads out, the statement after the colon on the same
# line: "We will start off with a statement on the attack in X:  The Secretary-General ..."
_READ_OUT_AFTER = re.compile(r"[^\n:]{0,120}\b(?:statement|message)\b[^\n:.!?]{0,160}:[ \t\u00a0]+")
_READ_OUT_CHARS = 300  # how far the announcement is read for its colon


# "I will start with a statement on Sudan.", "I have a statement attributable to the
# Spokesperson on X:", "Let me begin with the following statement:": the briefer announcing
# a statement she reads out next (ending at its stop, or at the colon before the statement);
# the announcement may have no subject: "First, a statement on X.", "Starting off with a
# statement on X.", "Next, the following statement:" (a word of order or of beginning)
_ANNOUNCES_STATEMENT = re.compile(
    r"(?:I|We|Let\s+me|Let's|(?:And\s+)?(?:First(?:ly)?|To\s+(?:begin|start)|Starting|"
    r"Beginning|Opening|Now|Next|Then|Also|Finally|Lastly))\b[^.!?:\n]{0,60}?\b(?:a|the\s+following|this)\s+"
    r"(?:statement|message)\b[^.!?:\n]{0,160}?[.:](?=\s)"
)
_LEAD_SENTENCES = 3  # how many greetings and announcements may come before the statement


def _past_announcement(text: str, start: int, end: int) -> int:
    """Where the paragraph's words go on past its greetings and the briefer's announcing a
    statement she reads out ("Good afternoon. I will start with a statement on Sudan."), if
    one is announced; ``start`` otherwise."""
    at, announced = start, False
    for _ in range(_LEAD_SENTENCES):
        m = _ANNOUNCES_STATEMENT.match(text, at, end)
        if m is not None:
            close, announced = m.end(), True
        else:
            stop = SENTENCE_END.search(text, at, min(end, at + LONGEST_SENTENCE))
            close = stop.end() if stop else end
            sentence = text[at:close]
            if len(sentence.split()) > _GREETING_WORDS or not _PROCEDURAL.search(sentence):
                break
        at = close
        while at < end and text[at].isspace():
            at += 1
        if announced:
            return at
    return start


_GREETING_WORDS = 8  # a greeting before the announcement is short ("Good afternoon, all.")


def _post_states(text: str, at: int, end: int) -> bool:
    """Whether the paragraph from ``at`` opens on a post alone stating its stand in the
    present ("The Secretary-General condemns ..."): its statement, read out by the briefer,
    who never holds the post ("The United States condemns ..." is the briefer's side)."""
    m = _POST_STANDS.match(text, at, end)
    if m is None:
        return False
    post = m["post"].replace("The", "the", 1)
    return _titled(parse_speaker(post), post)


def _names_subject(text: str, at: int, close: int) -> bool:
    """Whether the sentence from ``at`` opens on a person named ("The Special Envoy, X, spoke
    to reporters", "Foreign Minister X, who led the delegation, held ...")."""
    m = _SUBJECT_NAME.match(text, at, close)
    if m is None:
        return False
    found = person(m["np"]) or (person(m["set_off"]) if m["set_off"] else None)
    # ("Good afternoon.", "Thank you, Paula.": one capitalised word names no one)
    return found is not None and bool(found.role or len((found.name or "").split()) > 1)


# "the Secretary-General spoke", "The High Representative met": a post alone, then a verb
_POST_SUBJECT = re.compile(r"[Tt]he\s+(?P<post>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+[a-z]")


# a title and a name opening a clause of its own: "..., where Secretary-General X remains"
_CLAUSE_NAMES = re.compile(
    rf",\s*{CLAUSE_OF_ITS_OWN}(?P<np>[A-Z][\w'\u2019.-]*(?:\s+{_NAME_WORD}){{1,8}})"
)


def _names_in_a_clause(text: str, at: int, close: int) -> bool:
    """Whether the sentence from ``at`` names a person, by a title and a name, as the subject
    of a clause of its own ("I'll start with Sudan, where Secretary-General X ...")."""
    for m in _CLAUSE_NAMES.finditer(text, at, close):
        found = person(m["np"])
        if found is not None and found.role and found.name:
            return True
    return False


def _post_subject(text: str, at: int, close: int) -> bool:
    """Whether the sentence from ``at`` opens on a post alone as its subject."""
    m = _POST_SUBJECT.match(text, at, close)
    if m is None:
        return False
    subject = f"the {m['post']}"
    return _titled(parse_speaker(subject), subject)


_POST_SENTENCES = 3  # how many of a paragraph's first sentences are read for its post


def post_named(text: str, start: int, end: int) -> str | None:
    """The post alone ("Secretary-General") the paragraph's first sentence naming one as its
    subject opens on ("This morning, the Secretary-General attended ..."), looked for in its
    first few sentences; None when none does."""
    at = start
    for _ in range(_POST_SENTENCES):
        if at >= end:
            break
        stop = SENTENCE_END.search(text, at, min(end, at + LONGEST_SENTENCE))
        close = stop.end() if stop else min(end, at + LONGEST_SENTENCE)
        subject_at = _FRONTED.match(text, at, close).end()
        if _post_subject(text, subject_at, close):
            m = _POST_SUBJECT.match(text, subject_at, close)
            return m["post"] if m is not None else None
        at = close
        while at < end and text[at].isspace():
            at += 1
    return None


# how many sentences a quotation left open may run on
_QUOTE_RUNS_SENTENCES = 6


def _own_voice_at(text: str, at: int, end: int, whole_opening: bool = False) -> int | None:
    """Where the briefer, after the relay from ``at``, speaks in their own voice again (a
    closing line handing the floor over aside), if they do. ``whole_opening``: in the opening of a
    briefing read out whole, a post alone goes on too ("The Secretary-General welcomed X,
    ... our shared goal": the "our" the post-holder's)."""
    quoting = False  # inside a quotation the relay opened, run on past a sentence's end
    run_on = 0  # sentences the open quotation has run on
    while at < end:
        stop = SENTENCE_END.search(text, at, end)
        close = stop.end() if stop else end
        sentence = text[at:close].strip()
        inside = quoting
        opened = sentence.count("\u201c") - sentence.count("\u201d")
        # (a straight quotation mark left open: an odd count of them)
        straight = sentence.count('"') % 2
        quoting = (
            opened > 0
            or (quoting and opened == 0 and not straight)
            or (not quoting and opened == 0 and straight == 1)
        )
        # (a quotation never closed runs on only so far: the briefer's voice may follow)
        run_on = run_on + 1 if quoting and inside else 0
        if run_on > _QUOTE_RUNS_SENTENCES:
            quoting = inside = False
        if (
            not inside
            and not _HANDS_OVER.match(sentence)
            and not _RELAY_GOES_ON.match(sentence)
            and not (whole_opening and _goes_on_as_post(sentence))
            # ('The Secretary-General stressed that "we cannot ..."': the "we" quoted is his)
            # (nor one in a quotation the sentence opens and leaves open)
            and _OWN_VOICE.search(_QUOTE_RUNS_ON.sub(" ", QUOTED.sub(" ", sentence)))
        ):
            return at
        at = close
    return None


# "He also said that we are engaging with ...", "She added that our ...": the one relayed
# goes on, the "we" theirs; not the briefer's voice again (but "He said so, and we ..."; its
# verbs listed again in _POST_GOES_ON below)
_RELAY_GOES_ON = re.compile(
    r"(?:He|She)\s+(?:also\s+|further\s+|then\s+)?(?:said|added|noted|stressed|underlined|"
    r"emphasi[sz]ed|pointed out|made clear|told)\b(?!\s+(?:so|it|this|as much)\b)"
)
# ("The Secretary-General welcomed X, ... our shared goal": a post alone, never the briefer,
# goes on; the "our" is the post-holder's; not "The United States welcomed ..."; its verbs
# _RELAY_GOES_ON's, and more)
_POST_GOES_ON = re.compile(
    r"(?P<post>The\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?:also\s+|further\s+|then\s+)?"
    r"(?:said|added|noted|stressed|underlined|emphasi[sz]ed|pointed out|made clear|told|"
    r"welcomed|urged|called (?:on|for)|expressed|condemned|congratulated)\b"
    r"(?!\s+(?:so|it|this|as much)\b)"
)


def _goes_on_as_post(sentence: str) -> bool:
    """Whether ``sentence`` opens on a post alone going on with words of its own."""
    m = _POST_GOES_ON.match(sentence)
    if m is None:
        return False
    post = m["post"].replace("The", "the", 1)
    return _titled(parse_speaker(post), post)


# "X marked the anniversary in Geneva today, saying that ...", "She opened the session,
# stressing ...": a participle of saying set off by its comma after a clause whose verb is in
# the past; the words went with a deed already done, told as news (a verb in -ed, or one of
# the irregular pasts, after the sentence's subject)
_PAST_DEED = re.compile(rf"\b(?:[a-z]{{2,}}ed|{'|'.join(sorted(IRREGULAR_PAST))})\b")
_PARTICIPLE_SET_OFF = re.compile(r",\s*(?:also\s+)?$")


def _after_past_deed(text: str, at: int, cue: Cue) -> bool:
    """Whether ``cue`` is a participle of saying ("saying", "adding", "stressing") set off by
    a comma after a clause of the same sentence whose verb is in the past: the words said as
    that deed was done, news relayed ("The Minister opened the forum today, saying that
    ..."), not the briefer's own present."""
    if not cue.word.split()[0].endswith("ing"):
        return False
    before = text[at : cue.start]
    return _PARTICIPLE_SET_OFF.search(before) is not None and _PAST_DEED.search(before) is not None


def _past(word: str) -> bool:
    last = word.split()[0].lower()
    return last.endswith("ed") or last in IRREGULAR_PAST


def is_procedural(text: str) -> bool:
    """Greetings, thanks and floor management only, or too short to hold a position."""
    # "Go – go ahead. (Laughter.)": dashes and stage directions are no words
    words = [w for w in _STAGE.sub(" ", text).split() if any(c.isalnum() for c in w)]
    sentences = [s for s in _SENTENCE_BREAK.split(text.strip()) if s]
    if len(words) < _MIN_WORDS and not (
        len(words) >= _FEWEST_WORDS
        and len(sentences) == 1
        and (
            (_WHOLE_SENTENCE.match(text) and not _ABOUT_THE_ANSWERING.search(text))
            # the mended sentence only for the judgement it was allowed for ("That is
            # \u2014 that is all." manages the floor)
            or (
                (_WHOLE_SENTENCE.match(text) or _MENDED_SENTENCE.match(text))
                and (judged := _JUDGES_THE_MATTER.match(text)) is not None
                and not _ABOUT_THE_ANSWERING.search(text, judged.end())
            )
        )
    ):
        return True
    if (
        len(words) <= _CLARIFYING_WORDS
        and all(s.endswith("?") for s in sentences)
        and _YOU.search(sentences[0])
    ):
        return True  # "Which reports are you referring to?": asking back what was asked
    if (
        len(words) <= _ASKING_WORDS
        and len(sentences) <= 2
        and _ADDRESS.match(sentences[0])
        and all(s.rstrip("\"'\u201d\u2019)").endswith("?") for s in sentences)
    ):
        # "Mr X, how is the region coping?": a host asking the guest he addresses (a
        # spokesperson's rhetorical question, addressed to no one, may hold a position)
        return True
    return all(
        (len(s.split()) <= 8 and _PROCEDURAL.search(s)) or _GIVES_THE_FLOOR.match(s)
        for s in sentences
    )


# a sentence's end, not a courtesy title's stop ("Thank you, Mr. Secretary.")
_SENTENCE_BREAK = re.compile(r"(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)(?<=[.!?])\s+")
# "Next question, Lara Jakes of The New York Times.", "First question goes to X of Reuters.":
# a moderator giving the floor to a reporter named with the outlet, however long the name
_GIVES_THE_FLOOR = re.compile(
    # ("We'll take one last question, from X.", "Let's start with Reuters, in the second row.")
    r"(?:(?:we'll|we\s+will|i'll|i\s+will|let's)\s+take\s+)?(?:(?:the|our)\s+)?"
    r"(?:next|first|last|final|second|one\s+(?:more|last|final))\s+question"
    r"(?:\s*,|\s+(?:goes|will go|comes)\s+(?:to|from)\b)|"
    r"let's\s+(?:start|begin)\s+with\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}"
    r"(?:,?\s+(?:in|at)\s+the\s+(?:front|first|second|third|back)(?:\s+row)?|,?\s+please)?"
    r"[.!]?$|"
    # "Tomorrow, my guest will be X, who will brief you on ...": the next briefing's guest
    r"(?:(?:tomorrow|today|later|after\s+(?:this|me)|(?:this|on)\s+\w+),?\s+)?"
    r"(?:my|our)\s+guests?\s+(?:will\s+be|is|are)\b[^.!?]{0,200}[.!]?$|"
    # "With that, I'll turn it over to the Secretary.": handing the floor to a principal
    r"(?:(?:and\s+)?with that,?\s+)?(?:I'll|I will|let me)\s+(?:now\s+)?(?:turn|hand)\s+"
    r"(?:it\s+)?(?:back\s+)?over\s+to\b|"
    # "I will now hand the floor to our guest, X, who joins us from Geneva.": the same
    r"(?:(?:and\s+)?with that,?\s+)?(?:I'll|I will|I\u2019ll|let me)\s+(?:now\s+)?"
    r"(?:turn|hand|give|pass)\s+the\s+floor\s+(?:back\s+)?(?:over\s+)?to\b|"
    # "Are there any related questions to this?", "Any follow-up questions on that?": the
    # briefer asking the room for more questions on the topic
    r"(?:(?:are|is)\s+there|do\s+(?:you|we)\s+have|any(?=\s+(?:more|other|further|related|"
    r"follow)))\s+(?:any\s+)?(?:more\s+|other\s+|further\s+|related\s+|follow-?up\s+)+"
    r"questions?\b[^.!?]{0,40}\?$|"
    # "The following questions were raised by journalists online.": a moderator bringing in
    # the questions sent in, the next of them after it
    r"the\s+following\s+questions?\s+(?:was|were|has\s+been|have\s+been|is|are)\s+"
    r"(?:raised|asked|submitted|sent|put|received)\b[^.!?]{0,80}[.:]?$|"
    # "We have with us the Foreign Secretary to brief you on the visit.", "Sir, over to
    # you.": a spokesperson introducing the briefer and handing over
    # ("As you know, we have the Admiral here with us to talk about ...")
    r"(?:(?:and\s+)?(?:today|now|this\s+\w+|as\s+you\s+know),?\s+)?(?:we\s+have\s+"
    r"(?:the\s+[\w-]+\s+)?(?:here\s+)?with\s+us\b[^.!?]{0,120}?"
    r"\b(?:to\s+(?:brief|talk|speak)|who\s+will)\b|joining\s+us\s+(?:(?:today|now|here|this\s+\w+)\s+)?"
    r"(?:is|are)\b)|"
    r"(?:(?:sir|ma'am|madam|minister),?\s+)?over\s+to\s+you\b|"
    # "I have two things at the top.": the briefer's agenda, its items below
    r"(?:i|we)\s+have\s+(?:just\s+)?(?:a\s+few|a\s+couple(?:\s+of)?|two|three|four|several|one|"
    r"some)\s+(?:things|items|announcements|elements|updates)\s+(?:at\s+the\s+top|to\s+start"
    r"(?:\s+with)?|for\s+you)\b[^.!?]{0,40}[.!:]?$|"
    # "I have no announcements, so we can go straight to questions.", "There is nothing in
    # particular I have to announce today." (a minister's press conference opening)
    r"(?:(?:i|we)\s+(?:have|don't\s+have|do\s+not\s+have)\s+(?:no|any)\s+(?:opening\s+)?"
    r"announcements?|(?:i\s+have|there\s+is)\s+nothing\s+(?:in\s+particular\s+|special\s+)?"
    r"(?:(?:that\s+)?i\s+have\s+)?to\s+announce)(?:\s+(?:today|for\s+you))?"
    r"(?:,?\s+so\s+[^.!?]{0,50}?questions)?[.!]?$|"
    # "With that, Admiral.": the floor to the one named
    r"(?:and\s+)?with\s+that,\s+[\w.'-]+(?:\s+[\w.'-]+)?[.!]?$|"
    # "Today we are pleased to welcome to the podium Ambassador X, who ...", "She'll take a
    # few questions.": a spokesperson bringing in a guest briefer (not "We are pleased to
    # welcome the Council's decision", a position)
    r"(?:(?:today|now|and),?\s+)?(?:we(?:'re|\s+are)|i(?:'m|\s+am))\s+(?:very\s+)?"
    r"(?:pleased|delighted|happy|honou?red|glad)\s+to\s+(?:welcome|have|introduce)\s+"
    r"(?:(?:back\s+)?to\s+the\s+podium|with\s+us|here)\b|"
    r"(?:(?:today|now),?\s+)?we\s+welcome\s+(?:back\s+)?to\s+the\s+podium\b|"
    # "The Secretary General will start with opening remarks, and then we'll take questions."
    # ("The Secretary General will give some opening remarks, and then we'll have time for a
    # few questions.")
    r"(?:the|our)\s+[\w -]{3,40}?\s+will\s+(?:(?:start|begin|open)\s+with|give|make|deliver)"
    r"\s+(?:some\s+|a\s+few\s+)?(?:brief\s+)?(?:opening\s+|introductory\s+)?remarks"
    r"(?:,?\s+and\s+then\s+[^.!?]{0,40}?questions)?[.!]?$|"
    # (the sentence ends there: "She will take questions from Congress next week" is news)
    r"(?:he|she|they)(?:'ll|\s+will)\s+(?:(?:make|give|deliver)\s+(?:some\s+|a\s+few\s+)?"
    r"(?:brief\s+)?(?:opening\s+)?remarks|take\s+(?:a\s+few\s+|some\s+|a\s+couple\s+of\s+|"
    r"your\s+)?questions)(?:\s+and\s+then\b[^.!?]{0,60})?[.!]?$|"
    # "That brings us to the end of this briefing.", "The committee will come to order.",
    # "We are here today to consider the nomination of X.": the chair's opening and close
    r"(?:and\s+)?(?:that|this)\s+brings\s+us\s+to\s+the\s+(?:end|close)\s+of\b|"
    r"the\s+(?:committee|subcommittee|hearing|meeting|session)\s+will\s+(?:now\s+)?come\s+to\s+order|"
    r"we\s+are\s+(?:here|gathered)\s+(?:today\s+|this\s+\w+\s+)?to\s+"
    r"(?:consider|hear|receive)\s+(?:the\s+)?(?:nominations?|testimony|evidence)\b",
    re.I,
)


# a match of _PROCEDURAL that alone manages no floor: an answer's "yes" or "sure", an
# address to the room, a reply declining to answer ("I have nothing to add.")
_WEAK_FLOOR = re.compile(rf"{_YES}|{_ROOM}|{_HI}|{_PLEASE}|{_PROMISE}|{_SORRY}|{_DECLINES}", re.I)
# a floor sentence that puts the next question ("Next question, please.", "The following
# questions were raised by journalists online."): the words after it, ending on a question
# mark, are that question, not the answer above
_PUTS_A_QUESTION = re.compile(r"\b(?:questions?|floor)\b", re.I)


# "Go ahead.", "Yes, go ahead, please.", "Sure, go ahead, Matt.": the floor given, the whole
# sentence (not "The talks will go ahead as planned.", news)
_GO_AHEAD = re.compile(
    r"(?:(?:yes|yeah|sure|okay|ok|please|sir|so|and),?\s+)*go\s+ahead"
    r"(?:,?\s+(?:please|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?))?\W*",
    re.I,
)


def _floor_sentence(sentence: str) -> bool:
    """One sentence of floor management: a thanks, a call for the next question, a hand-over
    (not an answer's "yes" or a reply declining to answer)."""
    if _GIVES_THE_FLOOR.match(sentence):
        return True
    if len(sentence.split()) > 8:
        return False
    return any(
        not _WEAK_FLOOR.fullmatch(m.group())
        and (m.group().lower() != "go ahead" or _GO_AHEAD.fullmatch(sentence.strip()))
        for m in _PROCEDURAL.finditer(sentence)
    )


def _manages_floor(paragraph: str) -> bool:
    """Whether a paragraph is floor management alone, or floor management putting the next
    question ("The following questions were raised online. Bloomberg: Has ...?")."""
    sentences = [s for s in _SENTENCE_BREAK.split(paragraph.strip()) if s]
    if not sentences or not _floor_sentence(sentences[0]):
        return False
    if all(_floor_sentence(s) for s in sentences):
        return True
    # (only a hand-over puts it: "Thank you for the question. ... Who is really stirring up
    # trouble?" is the answer's thanks and its own rhetorical question)
    return (
        _GIVES_THE_FLOOR.match(sentences[0]) is not None
        and bool(_PUTS_A_QUESTION.search(sentences[0]))
        and paragraph.rstrip().endswith("?")
    )


def floor_tail(text: str, start: int, end: int) -> int:
    """Where a turn's own words end before the paragraphs of floor management closing it: a
    spokesperson's "Are there any related questions to this?" or "Next question, please.",
    a briefer's "I will now hand the floor to X." under the last paragraph of the answer are
    the briefing's running, set as paragraphs of the turn because no label comes between;
    the statement ends where the answer does. The first paragraph always stays (a turn of
    floor management alone is dropped whole by :func:`is_procedural`)."""
    while True:
        cut = text.rfind("\n", start, end)
        while cut > start and not text[start:cut].strip():
            cut = -1
        if cut <= start:
            return _question_put_within(text, start, end)
        tail = text[cut:end]
        if not tail.strip():
            end = cut
            continue
        if not _manages_floor(tail):
            return _question_put_within(text, cut, end)
        end = start + len(text[start:cut].rstrip())


def _question_put_within(text: str, start: int, end: int) -> int:
    """Where the last paragraph, ``start`` to ``end``, stops being the answer when a sentence
    within it hands the floor to the next question ("We will release information in due
    course. The following question was submitted online. Kyodo: Has China ...?"): the
    moderator's words and the question, run on after the answer, ending the paragraph on a
    question mark. Only a floor sentence naming a question counts (a thanks then a
    rhetorical question is the speaker's own)."""
    said = text[start:end]
    if not said.rstrip().endswith("?"):
        return end
    for m in _SENTENCE_BREAK.finditer(said):
        rest = said[m.end() :]
        first = _SENTENCE_BREAK.split(rest, maxsplit=1)[0]
        if _GIVES_THE_FLOOR.match(first) and _PUTS_A_QUESTION.search(first):
            return start + len(said[: m.start()].rstrip())
    return end


# a question tabled in a parliament, written without its question mark: "What recent
# assessment he has made of ...", "Q1. If he will list his official engagements ..."
TABLED = re.compile(
    r"\s*(?:[QT]?\d{1,3}\.\s+)?(?:What|Which|Whether|If (?:he|she|they) will|How many|How much)\b"
)


def cut_end(text: str, start: int, end: int) -> int:
    """Where a span at the very end of an excerpt stops being whole sentences: words cut off
    mid-sentence by the excerpt are no one's statement."""
    if end < len(text.rstrip()) or text.rstrip()[-1:] in '.!?"\u201d\u2019)\u2026':
        return end
    last = start
    for m in SENTENCE_END.finditer(text, start, end):
        last = m.end()
    return last
