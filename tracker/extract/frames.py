"""One article being read: its quotes, sentences and the words already taken, and the
statements each sentence yields around its cues of saying.

The order of reading matters: a trailing attribution (", the president added.") is read
before the cues nested in what it reports; a leading "Stressing that ..." and a following
", saying ..." join the statement they belong to. How one cue frames its speaker and words
is :mod:`tracker.extract.clauses`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import cached_property

from tracker.countries import CAPITALS, PLACE_WORDS
from tracker.extract.captions import caption_lines
from tracker.extract.clause_words import (
    ACT_MEDIUM,
    CLAUSE_WORD,
    FINITE_NEXT,
    NAMING_VERBS,
    TAIL_ADVERBS,
    TAIL_OCCASION,
)
from tracker.extract.clauses import (
    ADDING_LEMMAS,
    MANNER_BEFORE_QUOTE,
    made_by,
    made_this,
    person_says_in_relative,
    verb_frame,
    words_of,
)
from tracker.extract.cues import Cue, find_cues
from tracker.extract.draft import Draft, strip_span, words_in
from tracker.extract.lexicon import (
    COUNTRIES,
    DOCUMENTS,
    NATIONALITIES,
    ORG_HEADS,
    PRESS_TITLES,
    ROLE_WORDS,
    press_role,
)
from tracker.extract.meta import find_dateline, section_datelines
from tracker.extract.phrases import according_to, in_his_words, noun_that
from tracker.extract.quotes import Quote, find_quotes
from tracker.extract.segment import Sentence, sentences
from tracker.extract.spans import Spans
from tracker.extract.speaker_phrase import SpeakerPhrase
from tracker.extract.speakers import ROYAL_STYLES, SHARE, parse_speaker
from tracker.extract.subject_phrase import (
    can_speak,
    is_media,
    parse_subject,
    surnames_like_outlets,
)
from tracker.extract.verb_first import verb_first
from tracker.extract.when import MONTH_NAMES, WEEKDAY_NAMES

_SPEAKER_KINDS = ("person", "institution", "description", "pronoun")
# "..., state television reported on Thursday, ahead of the summit.": the relay, its day
# and a circumstance after it
_RELAYED = re.compile(
    r",\s+(?:according to\s+(?P<outlet2>[^,]{1,60}?)|(?P<outlet>[^,]{1,60}?)\s+"
    r"(?:reports|reported|said|says|wrote|writes|(?P<quoting>quoted\s+\w+\s+as\s+saying)))"
    r"(?:\s+(?:on|late|early|last|this)?\s*[A-Z]?[a-z]+day)?"
    r"(?:,\s+(?:ahead of|after|before|amid|following|during|as)\s[^;:\"\u201c]{1,120}?)?"
    r"\s*[.!]?\s*$"
)


# "said on Tuesday (July 16), citing Kim Yo-jong, North Korean leader Kim Jong-un's powerful
# sister.": after an outlet's verb and its day, the person it cites, then at most an
# apposition, closing the sentence
_CITING_PERSON = re.compile(
    r"(?:\s+(?:on|late|early|last|this)?\s*[A-Z]?[a-z]+day(?:\s+\([A-Z][a-z]+\.? \d{1,2}\))?)?"
    r",\s+(?:citing|quoting)\s+(?P<who>(?:the\s+)?[A-Z][^,;:()\"\u201c\u201d]{2,60}?)"
    r"(?:,\s+[^,;:\"\u201c\u201d]{1,100}?)?\s*[.!]?\s*$"
)
# what is cited but says nothing: a text (a treaty, a law, a report) or a record of data (a
# flight or ship tracker, figures, a database)
_NO_SPEAKER_CITED = re.compile(
    r"\b(?:conventions?|constitution|charter|statute|treaty|treaties|act|law|laws|code|"
    r"article|articles|resolution|accords?|agreements?|protocols?|declaration|decree|report|"
    r"reports|documents?|data|database|figures|statistics|census|survey|poll|index|records?|"
    r"tracker|tracking|bible|koran|quran)\b"
    r"|\d|radar|traffic|tracker",
    re.I,
)

# "So said Pham Thu Hang, spokesperson of the Foreign Ministry, on Saturday while ...": who
# took the position the paragraph before states; the speaker's words end at the occasion
_SO_SAID = re.compile(
    r"(?:So|Thus) (?:said|says|stated|declared|affirmed|stressed|noted) "
    r"(?P<np>[^;:.\"\u201c\u201d]{3,160}?)"
    r"(?=,?\s+(?:on|at|in|during|after|before|while|when|yesterday|today|last|this)\b|\s*[.;]|$)"
)

_PLACE_DASH = re.compile(
    r"[A-Z\u00c0-\u00de\u0100-\u024f\u1e00-\u1eff][A-Z\u00c0-\u00de\u0100-\u024f\u1e00-\u1eff .'-]"
    r"{1,30}\s*[\u2013\u2014-]+\s+"
)


def _without_datelines(text: str, sents: list[Sentence]) -> list[Sentence]:
    """Sentences with the datelines ("BERLIN (Reuters) -", and each item's in a digest) cut
    off the ones they open: a dateline is never part of what anyone said."""
    dateline = find_dateline(text)
    if dateline is None:
        return [_past_place_colon(text, s) for s in sents]
    datelines = [dateline, *section_datelines(text)]  # in order of their starts
    starts = [d.start for d in datelines]
    longest = max(d.end - d.start for d in datelines)
    out = []
    for s in sents:
        s = _past_place_colon(text, s)
        # only the datelines that overlap the sentence (trying every one for every sentence
        # was quadratic in a digest of thousands of items)
        first = bisect.bisect_left(starts, s.start - longest)
        for d in datelines[first : bisect.bisect_left(starts, s.end)]:
            if s.start <= d.start < s.end or s.start < d.end <= s.end:
                start = d.end
                while start < s.end and text[start] in " \t":
                    start += 1
                s = Sentence(start, s.end, s.para)
        out.append(s)
    return out


# '..., he said. -03D-', '... the talks. /IRNA/': an agency's code signing off the story after
# its last sentence's full stop, no word of it
_SIGN_OFF_END = re.compile(
    r"(?<=[.!?\"\u201d])\s+(?:[-\u2013/]\s?(?=[\w]*\d|[A-Z]{2,8}\b)[\w]{1,8}\s?[-\u2013/]?|"
    r"\(\s?(?=[\w]*\d)[\w]{1,8}\s?\))\s*$"
)


def _without_sign_off(text: str, s: Sentence) -> Sentence:
    m = _SIGN_OFF_END.search(text, s.start, s.end)
    return Sentence(s.start, m.start(), s.para) if m else s


# "New Delhi: All the delegates ...", "Cairo - Hamas will ...", "New York: Qatar is ...": a
# place and a colon or a spaced dash open the story, in no one's words; so does a town with
# its region in brackets, "Benaulim (Goa): ...", near the top
_PLACE_COLON = re.compile(
    r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?: \((?P<region>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\))?"
    r"(?::|\s[-\u2013\u2014])\s+(?=[A-Z])"
)
_DATELINE_REACH = 800  # characters: how near the top a town's dateline stands


def _past_place_colon(text: str, s: Sentence) -> Sentence:
    m = _PLACE_COLON.match(text, s.start, s.end)
    if m is None or not (s.start == 0 or text[s.start - 1] == "\n"):
        return s
    place = m["place"].lower()
    if (not m["region"] and (place in CAPITALS or place in PLACE_WORDS)) or (
        m["region"]
        and s.start < _DATELINE_REACH
        # "Sergey Lavrov (Russia):", "Jane Roe (Moderator):": a transcript's label
        and m["region"].lower() not in COUNTRIES
        and m["region"].lower() not in NATIONALITIES
        and not ROLE_WORDS.intersection(m.group().lower().replace("(", " ").split())
    ):
        return Sentence(m.end(), s.end, s.para)
    return s


# "..., Biden said, according to the pool report.": the text that relays what was said
_RELAY_DOCUMENTS = frozenset(("report", "transcript", "readout", "recording", "video", "pool"))


def _relay_document(relay: re.Match[str], outlet: SpeakerPhrase) -> bool:
    return bool(relay["outlet2"]) and (outlet.head or "") in _RELAY_DOCUMENTS


def _question_start(asked: re.Match[str]) -> int:
    return asked.start("question") if asked["question"] is not None else asked.start("question2")


# after "asked": a question's topic whose clause says what is in doubt ("asked about the
# likelihood that the embassy will stay empty"): the clause is no one's claim. "asked about
# the sanctions and said ...", "asked about 40 countries to join" tell no such topic
_QUESTION_TOPIC = re.compile(
    r"\s+about\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?"
    r"(?:likelihood|probability|chances?|possibility|prospects?|odds)\s+(?:that|whether|if)\b",
    re.I,
)


def _asker_reports(subject: SpeakerPhrase | None) -> bool:
    """A question put by the press (or by no one named) is not a statement of anyone's."""
    if subject is None:
        return False
    if subject.kind == "unnamed":
        return True
    if subject.kind == "person" and journalist(subject):
        return True  # "CNN's Christiane Amanpour asked Lavrov whether ...", "host X asked"
    return (subject.head or (subject.text.split() or [""])[-1].lower()) in PRESS_TITLES


def journalist(person: SpeakerPhrase) -> bool:
    """A person the text presents as press: a reporter's title, or an outlet's possessive."""
    if press_role(person.role):
        return True
    # "CNN's X", "CBS News' X": the outlet's possessive, with or without its s
    owner = re.match(r"(.+?)(?:['\u2019]s|(?<=s)['\u2019])\s", person.text)
    return bool(owner) and is_media(SpeakerPhrase("institution", owner.group(1), owner.group(1)))


# who relays another's words without being named: "the official", "a source", "diplomats"
# "Asked about reports suggesting ..., X said": the question, up to its comma
_ASKED_OPENER = re.compile(
    r"\s*(?:(?:When|After|Once|If)\s+)?(?:[Aa]sked|[Qq]uestioned)\s+(?P<question>[^,;:\"\u201c]+),"
    # "Responding to a question from a VNA reporter asking for Vietnam's stance on the attack
    # on January 7, 2015, X said: ...": the question, up to the comma before who answers
    r"|\s*(?:Responding|Replying|In\s+response|In\s+reply)\s+to\s+(?:a|the|another)\s+"
    r"(?:[\w'\u2019-]+\s+){0,2}?(?:question|query|queries|questions)\s+"
    r"(?P<question2>(?:from|by|of|about|on|regarding|asking|concerning)\b[^;:\"\u201c]+?),"
    r"(?=\s+[^,;:]{2,120}?\b(?:said|says|stated|noted|stressed|affirmed|told)\b)"
)
_SOURCE_HEADS = frozenset(("official", "officials", "source", "sources", "diplomat", "aide"))
# "X told Y that ..., the ministry said", "..., his office said", "..., the statement said": a
# body, its spokesperson or its document gives the account of what the person it names said,
# as an unnamed source does; the words are still that person's
_RELAYING_HEADS = (
    _SOURCE_HEADS | DOCUMENTS | ORG_HEADS | {"spokesman", "spokeswoman", "spokesperson"}
)
# "Spokesman", "Presidential Spokeswoman", "spokesperson for the ministry": a post whose
# holder speaks for others
_SPOKESPERSON = re.compile(r"(?i)\bspokes(?:man|woman|person)\b")


def _spokesperson(subject: SpeakerPhrase) -> bool:
    """A person named with a spokesperson's post ("Foreign Ministry Spokesman X"), who
    relays the words of the one he speaks for ("The minister told Y that ..., X said")."""
    return subject.kind == "person" and bool(_SPOKESPERSON.search(subject.role or ""))


_NAME_WORD = r"[A-Z][\w'\u2019-]+"
# "Foreign Ministry spokesman Tamim Khallaf", "a spokeswoman for the Foreign Office, Jane
# Roe", "spokesperson Brig. Gen. X Y": the post, then the name of the one who holds it
_POST_THEN_NAME = re.compile(
    r"\b[Ss]pokes(?:man|woman|person)"
    rf"(?:\s+(?:for|of)\s+(?:the\s+)?(?:(?:{_NAME_WORD}|of|and|for|the)\s+){{0,5}}{_NAME_WORD},)?"
    r"\s+(?:(?:Brig|Gen|Col|Maj|Lt|Rear Adm|Adm|Dr)\.?\s+)*"
    rf"((?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD})"
)
# "Tamim Khallaf, the ministry's spokesman, said", "Peter Stano, a spokesman for the
# European Commission, said": the name, then the post (and whom it serves) set off as an
# apposition closed by a comma or the sentence's end (not "Asked about X, the Kremlin
# spokesman said", where the post is the subject and X one spoken of); the name starts a
# word (else every capital inside an endless word was tried to its end: quadratic)
_NAME_THEN_POST = re.compile(
    rf"(?<![\w'\u2019-])({_NAME_WORD}),\s+(?:the|a|an|its|his|her)\s+(?:[\w'\u2019-]+\s+){{0,5}}?"
    r"spokes(?:man|woman|person)(?=\s*[,.;)]|\s*$|\s+(?:for|of|at)\s+[^,;]{1,60}[,.;])"
)
# a word before a name that makes it one spoken of or to, not the spokesperson
_GOVERNED = re.compile(r"\b(?:about|to|with|on|for|of|by|from|at)\s+$", re.I)
# what a run of capitals after the post may end with that is no name ("spokesman John
# Kirby Tuesday")
_NO_NAME_WORDS = re.compile(rf"(?:\s+(?:{WEEKDAY_NAMES}|{MONTH_NAMES}))+$")


def spokespeople_surnames(text: str) -> frozenset[str]:
    """The surnames, lower case, of the people ``text`` names with a spokesperson's post:
    later, the surname alone ("..., Khallaf added") is still one who relays another's
    words. Of a name of two words or more, the first counts too: a surname put first
    ("spokeswoman Mao Ning", then "..., Mao said")."""
    found: set[str] = set()
    for m in _POST_THEN_NAME.finditer(text):
        words = _NO_NAME_WORDS.sub("", " " + m.group(1)).split()
        found |= {words[0], words[-1]} if words else set()
    found |= {
        m.group(1)
        for m in _NAME_THEN_POST.finditer(text)
        if not _GOVERNED.search(text, max(0, m.start() - 8), m.start())
    }
    return frozenset(w.lower() for w in found)


# "stressed in a call with Y on Sunday that ": the "that" which opens the words
_THAT_BEFORE = re.compile(r"\bthat\s*$")
# verbs by which a body tells what its person said to someone: "told", "accused", "urged"
_TOLD_OR_CHARGED = frozenset(("tell", "accuse", "urge", "ask", "assure", "warn", "inform"))


# "Some 55 percent of voters", "6 in 10 Democrats", "a large majority of Americans": a share
# of the people a poll asked, whose answers the poll reports
_POLL_SHARE = re.compile(
    rf"(?:\w+\s+){{0,2}}?(?:{SHARE}|\d+\s+(?:in|of)\s+(?:10|ten)\b"
    r"|[A-Z]?[a-z]+(?:-[a-z]+)?\s+percent\b|(?:\w+\s+){0,3}?(?:majority|plurality|minority)\b)",
    re.I,
)
_POLL_HEADS = frozenset(("poll", "polls", "polling", "survey", "surveys", "analysis", "study"))


_PRESS_SERVICE = re.compile(r"(?i)\bpress\s+(?:service|office|cent(?:er|re))\b")
# what a press service's readout of a meeting or a deed tells: someone, then what he did
# ("X met with counterparts ...", "X received the ambassador", "X held talks with ..."); a
# claim the body makes itself ("Ukrainian forces lost up to 400 servicemen", "air defences
# had shot down 27 drones") is its statement
_DEED_READOUT = re.compile(
    r"(?:\S+\s+){1,20}?(?:(?:also|later|earlier)\s+)?"
    r"(?:met|meets|received|receives|hosted|hosts|visited|visits|attended|attends|chaired|"
    r"chairs|welcomed|welcomes|signed|signs|(?:held|holds|had|has)\s+(?:\w+\s+){0,3}?"
    r"(?:talks|meeting|meetings|conversation|call|consultations|discussion|discussions)|"
    r"took\s+part|takes\s+part|participated|participates|paid\s+(?:a|an)\s+(?:\w+\s+)?visit|"
    r"pays\s+(?:a|an)\s+(?:\w+\s+)?visit|laid\s+(?:a\s+)?wreaths?|presented|presents|"
    r"arrived|arrives|congratulated|congratulates)\b"
)


def _poll_finds(drafts: list[Draft], relayed: Draft) -> bool:
    """ "Some 55 percent of voters say ..., according to a Quinnipiac poll": the share said
    nothing of its own; the poll is the source of the finding, and its speaker."""
    source = relayed.subject
    if source is None or not _POLL_HEADS.intersection(source.text.lower().split()):
        return False
    found = False
    for d in drafts:
        share = d.subject
        if (
            share is not None
            and share.kind in ("unnamed", "description")
            and _POLL_SHARE.match(share.text)
            and d.sentence.start == relayed.sentence.start
        ):
            d.subject, d.subject_pos = source, relayed.subject_pos
            found = True
    return found


def _a_body(subject: SpeakerPhrase | None) -> bool:
    """A ministry, an office or their document, which tells what its people said."""
    if subject is None:
        return False
    if subject.kind == "institution":
        return True
    # ("A Kremlin transcript said Putin told Macron that ...": a record the body posted)
    return subject.kind == "description" and (subject.head or "") in ORG_HEADS | DOCUMENTS | {
        "transcript"
    }


# a clause opened by a time or circumstance, up to its comma: no words said on their own
_ADVERBIAL_OPENING = re.compile(
    r"\s*(?:On|In|At|After|Before|During|While|When|Since|Earlier|Later|Even as|As)\b"
    r"[^,.;:\"\u201c]{0,80},"
)
# ", who announced", ", who has repeatedly warned": a relative clause set off after a name
_AUX_ADVERBS = re.compile(r"(?:(?:has|have|had)\s+)?(?:(?:also|long|[a-z]+ly)\s+)*")
_ASIDE_WHO = re.compile(rf"[\w.\u2019')],\s+who\s+{_AUX_ADVERBS.pattern}$")
# what makes the object a clause of what was said: "that" in it, or a finite auxiliary
# ("said the vote was rigged")
_CLAUSE_IN_OBJECT = re.compile(
    r"\bthat\b|\b(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|"
    r"did|does)\b"
)
# "rejected the claims as absurd", "described the talks as useful": a judgement worded
_AS_WHAT = re.compile(r"\sas\s")
# "announced the decision to recall the ambassador": what was decided, told
_INFINITIVE = re.compile(r"\bto\s+(?!(?:the|a|an|his|her|its|their|this|that)\b)[a-z]+\b")
# "warned against any step", "pressed for a clause": what the act was for or against
_AGAINST_OR_FOR = re.compile(r"(?:against|for)\s")
# verbs whose object in such an aside is a thing done, proposed or promised
_ACTS_ON_THINGS = frozenset(("announce", "suggest", "promise", "call_for"))
_DETERMINED = re.compile(r"(?:the|a|an|any|new|his|her|its|their|this|these|those)\s")
# "Within the hour", "Shortly after the vote": when, opening a sentence before its subject
_WHEN_OPENING = re.compile(
    r"(?:Within|After|Before|Later|Shortly|Soon|Minutes|Hours|Moments|Earlier|Then|On|In|At)\b"
)
# a post's words given after its verb: a colon, a quotation mark
_POST_WORDS = re.compile(r"[:\"\u201c]")
# a relative word after the object's first word: what follows it qualifies the thing
_RELATIVE_WORD = re.compile(r"(?<=\w)\s+(?:that|which|who|whom|whose)\b")
# the aside closes with a comma (after when or where, at most a few words) and the sentence
# goes on with its own predicate
_ASIDE_CLOSES = re.compile(r"[^,;:\"\u201c\u201d.]{0,40},\s+(?:[a-z]+\s+){0,2}[a-z]+\b")
# words that stop at a relative pronoun are a noun and its clause's start, not a statement
_OPEN_RELATIVE = re.compile(r"[\s,]\s*(?:who|which|whom|whose)\s*$")
# ', adding, "...': the participle's own quotation, which continues the statement before
_CLAUSE_OPENS = re.compile(r"\bthat\b|[:\"\u201c']")
_QUOTE_OPENERS = ('"', "\u201c", "'", "\u2018")
_QUOTE_NEXT = re.compile(r"\s*[,:]?\s*[\"\u201c]")
# 'said: "' (the opening mark inside the words or just before them)
# (the bare verb after a verb of going on, "went on to say:", "continued to argue:": the
# colon still opens the words quoted whole)
_COLON_THEN_MARK = re.compile(r"(?:\s+to\s+[a-z]+)?\s*:\s*[\"\u201c]?")
# between a trailing "X said" and a participle: "on Oct. 1, " and the like, no other clause
# "..., X said on Wednesday after he met his counterpart ...": a time clause after the
# attribution tells when, however long; only the words before it count against the tail
# "..., Kuleba said in his latest video message from Washington on February 22.": only
# phrases of where, when and how after the trailing verb (no clause, no quote), however many
_OCCASION_PHRASES = re.compile(
    r"\s+(?:in|at|on|from|during|via|through|to)\s"
    r"(?:(?!\b(?:that|which|who|because|while|as|if|whether|but|and)\b)[^,;:!?\"\u201c\u201d\n])*"
    r"[.\s]*"
)
_OCCASION_REACH = 16
# "..., X told a news conference at the end of the meeting": the one told, a noun of a few
# words, before the phrases of where and when
_ADDRESSEE = re.compile(
    r"\s+(?:(?:a|an|the)\s+)?(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:reporters|journalists|lawmakers|parliament|conference|briefing|audience|radio|"
    r"television|broadcaster|newspaper|agency|channel)(?=\s+(?:in|at|on|from|during)\s)"
)
_CIRCUMSTANCE = re.compile(r"\b(?:after|before|following|when|while|amid|during|ahead of)\b")
# ", Minister of State for Foreign Affairs": a post in capitals set off after a name
_POST_AFTER_NAME = re.compile(
    r",\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w.'\u2019-]*)*"
    r"(?=\s*[,.;]|\s*$)"
)
_ADVERBIALS_THEN_COMMA = re.compile(r"(?:[^.;:\"\u201c\u201d]|\.(?=\s*\d)){0,80},\s*")
# a participle put before the subject: "Enjoying the freedom ...", "Facing calls to ..."
_GERUND_OPENING = re.compile(
    r"[A-Z][a-z]{2,}ing\s+(?:the|a|an|his|her|its|their)\s"
    # "Saying Turkey had told Stockholm ..., the minister said": a participle of saying put
    # first (after a stray full stop in rewritten copy), a name its subject
    r"|(?:Saying|Noting|Adding|Stressing|Insisting|Arguing|Claiming|Warning)\s+[A-Z]"
)
# "..., Lamola said, but Pretoria would ...": an attribution set off by commas, the words
# going on after it with a clause of their own
_SET_OFF_THEN_CLAUSE = re.compile(r",\s*(?:but|and|while)\s+")
# ", his spokesman said, and ...", ", her office said, but ...": a relay that points back to
# the sentence's subject, whose words they stay
_RELAY_OF_THE_SUBJECT = re.compile(
    r",[\"\u201d']?\s*(?:his|her|its|their)\s+(?:[\w'\u2019-]+\s+){0,3}$", re.I
)
# "said Kyiv would never cede land", "told Zelensky that Britain would ...": a clause with a
# verb of its own, the words a verb of saying reports (not a thing acted on: "the audit")
_REPORTED_CLAUSE = re.compile(
    r"\bthat\b|[\"\u201c]|\b(?:is|are|was|were|has|have|had|will|would|could|can|should|"
    r"may|might|must)\b"
)


def _frame(r: ArticleReading, s: Sentence, cue: Cue, later: list[Cue]) -> Draft | None:
    """The statement a cue introduces, or None: by the kind of cue it is."""
    if cue.according:
        return according_to(r, s, cue)
    if cue.lemma == "words":
        return in_his_words(r, s, cue)
    if cue.lemma == "words_of":
        return words_of(r, s, cue)
    if cue.lemma == "made_this":
        return made_this(r, s, cue)
    if cue.lemma == "made_by":
        return made_by(r, s, cue)
    if cue.lemma == "noun_that":
        return noun_that(r, s, cue, later)
    return verb_frame(r, s, cue, later)


# between an aside's closing comma and the verb it leaves: nothing, or an adverb of time
_BARE_GAP = re.compile(r"\s*(?:(?:also|later|then|reportedly|has|had)\s+)?")
# "the 40 sailors that Norway says are held": a relative clause naming a source for the
# noun before it, whose verb follows "says" with no subject of its own
_SAYS_IN_RELATIVE = re.compile(r"\w\s+(?:that|which|who|whom)\s+(?:[A-Z][\w.'\u2019-]*\s+){1,4}$")
# "Peskov, whose government denies the accusation, said ...", '..., said X, whose country
# insists ...': a relative clause set off by commas, telling what the speaker's state or
# body holds; "whose NOUN" names no speaker, and the verb frames no words of the sentence's
# (a name after "whose" is someone's: "the Kremlin, whose spokesman Dmitry Peskov said")
_WHOSE_SUBJECT = re.compile(r",\s+whose\s+(?:[a-z][\w'\u2019-]*\s+){1,5}$")
_DOCUMENT_READ = re.compile(
    r"(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?(?:statement|message|letter|"
    r"declaration|communiqu\w*|note|text|speech|address|passage|verse|prayer|poem|list|"
    r"names)(?:\s+(?:from|by|of|on behalf of|to)\s+[^,;:\"\u201c\u201d]{1,60}?)?[.!]?"
)


# "telling the delegations that ", "telling reporters on Friday that ": someone told, then
# "that" (not "telling" straight on to what was told)
_ADDRESSEE_THAT = re.compile(
    r"\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?[\w'-]+(?:\s+[\w'-]+){0,5}\s+that\s*"
)
# "expressing hope that ...", "voicing confidence that ...": a view of its own after a verb
_HOPE_THAT = re.compile(
    r"\s+(?:(?:the|its|his|her|their)\s+)?(?:hope|hopes|confidence|belief|conviction|"
    r"expectation|wish)\s+that\b"
)
_THAT_ONLY = re.compile(r"\s*(?:that\s+)?")
# "and also said", "but then warned", "and later urged": a word before a second verb
_SECOND_VERB_ADVERB = r"(?:also\s+|then\s+|later\s+)?"
# "... the agreement and said", "... the defeat but warned": a second verb of the same subject
_ACT_THEN_VERB = re.compile(r"\s*(?:and|but)\s+" + _SECOND_VERB_ADVERB)
_ACT_COMMA_THEN_VERB = re.compile(r",\s*(?:and|but)\s+" + _SECOND_VERB_ADVERB)
_MARKS_AT_END = re.compile(r"[\s,\u201d\"]*$")
# verbs of censure: what they name is a charge of its own, apart from the words after them
_CENSURE = {"criticize", "accuse", "blame"}
# a courtesy paid to someone on an occasion ("congratulated the Chinese side on the success of
# the congress and affirmed that ..."): a pleasantry, then a point of its own, two things said
_PLEASANTRY = {"congratulate"}
# verbs that put a point again in a noun phrase, the words after them its development
# ("recalled X's dependence on gas imports and said he cannot ...", "reiterated its
# commitment ... and said it remained ...": one statement in gold). Not "stressed the
# need for a settlement and said he would travel to Moscow": a point of its own, then another
_POINT_RESTATED = {"recall", "reiterate"}
# "recalled France's ambassador to Algeria": an envoy withdrawn, a deed, not a point recalled
_ENVOY = re.compile(
    r"(?:[\w.\u2019'-]+\s+){0,3}?(?:ambassadors?|envoys?|charg[e\u00e9]s?\s+d[\u2019']affaires)\b",
    re.I,
)
_ACT_WORDS = 3  # "the agreement", "voters", "the joint summit": a thing named, no words
# "the president's remarks": the owner's "'s" is no word of its own
_POSSESSIVE = re.compile(r"['\u2019]s\b")
# "... but said that B": the verb's own "that" (what_was_said, cues and occasion have the
# same pattern as _THAT_NEXT)
_THAT_AFTER = re.compile(r"\s+that\b")
# 'said the talks were useful, and urged ...', '... "proportionate" but warned that ...': a
# second verb of the same subject after reported words, joined to them by "and" or "but"
_WORDS_THEN_VERB = re.compile(r"[\s,\u201d\u2019\"']*(?P<joint>and|but)\s+" + _SECOND_VERB_ADVERB)
# "... at his daily press conference on Thursday": where and when the act was done, to the end
_ACT_OCCASION = re.compile(
    r"\s+(?:at|during|in)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:press conference|news conference|briefing|meeting|interview|speech|statement|session)"
    r"(?:\s+(?:on|in)\s+[A-Z][\w'\u2019-]*)?[\s,]*$"
)
# a day named ("late Thursday", "on March 3", "overnight"), which the statement's date is read
# from; "this year" after a thing acted on dates nothing and stays in the words
_NAMES_A_DAY = re.compile(
    rf"\d|\b(?:{WEEKDAY_NAMES}|{MONTH_NAMES}|yesterday|today|tonight|overnight|morning|"
    r"afternoon|evening|night)\b"
)
# "in a statement", "in a post on X": the medium an act was done in, before its time
_ACT_MEDIUM = re.compile(rf"\s*{ACT_MEDIUM}\b")
# "... on Truth Social", "... on social media": the channel the act was done on
_ACT_CHANNEL = re.compile(
    r"\s+(?:on|via)\s+(?:(?:his|her|its|their)\s+)?(?:social media|[A-Z][\w'\u2019-]*"
    r"(?:\s+[A-Z][\w'\u2019-]*)?)(?:\s+(?:page|account|channel|feed))?[\s,]*$"
)
# "... from the podium", "... at the Rose Garden event": the place a gesture was made at
_ACT_PLACE = re.compile(
    r"\s+(?:at|from)\s+(?:the|a|an|his|her|its|their)\s+(?:[\w'\u2019-]+\s+){0,3}?[a-z][\w-]*"
    r"[\s,]*$"
)
# "said he did", "said she would not", "said it had": a verb phrase left out, the answer to
# a question put before
_ELLIPSIS = re.compile(
    r"(?:he|she|it|they|we|I|there)\s+(?:did|does|do|would|will|could|can|should|might|had|has|"
    r"have|was|were|is|are)(?:n't|\s+not)?(?:\s+(?:be|have|so|too))?\W*"
)
# verbs of approval: done to a thing or a person in a few words, a gesture, not words
_GESTURES = frozenset(("welcome", "praise", "thank", "congratulate", "commend", "hail"))
# verbs whose object may only point at words or a decision told elsewhere ("defended the
# decision.", "confirmed it later.", "conveyed the message to ...", "responded within hours.",
# "announced their intention yesterday.")
_POINTING_VERBS = frozenset(
    ("defend", "convey", "confirm", "deny", "reply", "read", "reiterate", "announce")
)
_POINTED_AT = re.compile(
    r"(?:(?:it|this|that|them|(?:the|this|that|these|those|his|her|its|their)\s+(?:same\s+)?"
    # ("her party's decision": the thing named by whose it is)
    r"(?:[\w-]+['\u2019]s\s+)?(?:decision|message|objections?|apology|apologies|text|position|"
    r"stance|move|response|intention|intentions|protests?)|"
    # ("conveyed Japan's protest to the embassy": a country's own protest, no article before
    # it; not "Indonesia's objection to the new rules", whose "to" names what it is against)
    r"[A-Z][\w-]*['\u2019]s\s+protests?)"
    r"(?![\w'\u2019-]))?"
)
# what follows the thing pointed at: to whom ("to his counterpart ..."), in what language
# ("in Persian"), when ("at the time", "a few minutes later", "within hours") or where
_POINTED_TAIL = re.compile(
    r"(?:\s+(?:to|with)\s+(?:the|his|her|its|their)\b"
    r"(?:(?!\s(?:that|and|but|who|which|whom)\b)[^,;:\"\u201c])*|\s+in\s+[A-Z][a-z]+|"
    r"\s+at\s+the\s+time|\s+(?:a\s+few|several|two|three)\s+(?:minutes|hours|days)\s+later|"
    r"\s+within\s+(?:minutes|hours|days)|\s+on\s+social\s+media|\s+[a-z]+ly)*\s*"
)


# "wrote to ": the one written to follows
_TO_ADDRESSEE = re.compile(r"\s+to\s+")
# ", with " opening an absolute clause whose subject speaks in the participle after it
_WITH_OPENS = re.compile(r",\s+with\s+")


# "issued a rare statement criticizing ...": a document put out, then its gist by a participle
_ISSUED_STATEMENT = re.compile(
    r"\b(?:issued|issues|issuing|released|releases|releasing|put\s+out|puts\s+out|posted)\s+"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:statement|message|letter|post|tweet)\s*$"
)
# where the document's own words follow: the next sentence says them ("He said ...")
_TOLD_NEXT = re.compile(
    r"\s*(?:(?:He|She|It|They)\s+(?:said|says|added|wrote|writes)\b|"
    r"The\s+(?:statement|message|letter|post|tweet)\s+(?:said|says|read|reads)\b)"
)
_GIST_WORDS = 4  # "criticizing his successor", "condemning China's actions": a gist, no words


def _speaker_key(subject: SpeakerPhrase | None) -> str | None:
    """A named person's surname or a named body's name, lower-cased: what a later mention of
    them shares with the first."""
    if subject is None or not subject.name or subject.kind not in ("person", "institution"):
        return None
    return (subject.name.split()[-1] if subject.kind == "person" else subject.name).lower()


class ArticleReading:
    """Working state for one article."""

    def __init__(self, text: str, every_attribution: bool = False) -> None:
        self.text = text
        # an attribution study counts a gesture and an elliptic answer as attributions; a
        # statement tracker records no words in them
        self.every_attribution = every_attribution
        self.quotes = find_quotes(text)
        self.quote_starts = [q.outer[0] for q in self.quotes]
        self.sents = [
            _without_sign_off(text, s)
            for s in _without_datelines(text, sentences(text, self.quotes))
        ]
        self._sentence_starts = [s.start for s in self.sents]
        self.by_paragraph: dict[int, list[Sentence]] = {}
        for sentence in self.sents:
            self.by_paragraph.setdefault(sentence.para, []).append(sentence)
        self.quoted_pieces = {p for q in self.quotes for p in q.pieces}
        # the last words of the quotations the source left without a closing mark
        self.unclosed_ends = {q.pieces[-1] for q in self.quotes if q.unclosed}
        self.claimed = Spans()
        # what_was_said.content_after's answers for a later verb of saying, read once each
        self.joint_ends: dict[tuple[Cue, bool, bool], int | None] = {}
        # subject_phrase._breaks: the clause breaks of each sentence, found once
        self.sentence_breaks: dict[tuple[int, int], tuple[list[re.Match[str]], list[int]]] = {}
        self.outlet_surnames = surnames_like_outlets(text)  # "Michael Bloomberg"
        self.spokespeople = spokespeople_surnames(text)  # "spokesman Tamim Khallaf"
        # the named speakers given a statement so far (a person's surname, a body's name)
        self.speakers_named: set[str] = set()

    @cached_property
    def pictured(self) -> Spans:
        """The lines of the photos' captions (caption_lines), made into Spans once an
        article."""
        return Spans(caption_lines(self.text))

    def _outlet(self, subject: SpeakerPhrase) -> bool:
        """A news outlet, not a person the story names by the outlet's name ("Bloomberg
        says" after "Michael Bloomberg")."""
        name = subject.name or ""
        surname = (
            subject.kind == "person"
            and name.lower() in self.outlet_surnames
            and not name.isupper()  # "MENA", "Egypt's Mena": the agency's initials or its state
            and subject.country is None
        )
        return is_media(subject) and not surname

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence that holds ``pos``."""
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and pos < self.sents[i].end:
            return self.sents[i]
        return None

    def sentences_from(self, pos: int, count: int) -> list[Sentence]:
        """Up to ``count`` sentences that start at or after ``pos``."""
        i = bisect.bisect_left(self._sentence_starts, pos)
        return self.sents[i : i + count]

    def sentences_back(self, pos: int, para: int, count: int) -> list[Sentence]:
        """Up to ``count`` sentences of paragraph ``para`` that end by ``pos``, in order."""
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        out: list[Sentence] = []
        while i >= 0 and len(out) < count and self.sents[i].para >= para:
            t = self.sents[i]
            if t.para == para and t.end <= pos:
                out.append(t)
            i -= 1
        return out[::-1]

    def claim(self, pieces: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> None:
        """Mark words as said by a statement: no other statement takes them."""
        for a, b in pieces:
            self.claimed.add(a, b)

    def in_quote(self, pos: int) -> Quote | None:
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        for q in self.quotes[max(0, i - 1) : i + 1]:
            if q.outer[0] <= pos < q.outer[1]:
                return q
        return None

    def quotes_in(self, start: int, end: int) -> list[Quote]:
        """Quotes that open at or after ``start`` and close by ``end`` (give or take a mark)."""
        i = bisect.bisect_left(self.quote_starts, start)
        out = []
        while i < len(self.quotes) and self.quotes[i].outer[0] <= end + 2:
            if self.quotes[i].outer[1] <= end + 2:
                out.append(self.quotes[i])
            i += 1
        return out

    def _quoted_verb(self, cue: Cue) -> bool:
        """'The ministry "strongly condemns" the attack': the reporter quotes the verb itself,
        a fragment of two or three words; the sentence is still the reporter's. 'X "conveyed
        the protest of the government"': a quote that opens with the verb quotes the whole
        predicate, whose subject before the mark speaks."""
        quote = self.in_quote(cue.start)
        return (
            quote is not None
            and cue.keeps_verb
            and (
                (words_in(self.text[quote.start : quote.end]) <= 3 and quote.end <= cue.end + 1)
                or cue.start == quote.start
            )
        )

    def _verb_outside_words(self, cue: Cue) -> bool:
        """Whether ``cue`` is no word of a quotation, or opens one that quotes the whole
        predicate ('Biden "stressed the need ..."': the subject before the mark speaks)."""
        quote = self.in_quote(cue.start)
        return quote is None or cue.start == quote.start

    def is_claimed(self, pos: int) -> bool:
        return pos in self.claimed

    def spoke_before(self, subject: SpeakerPhrase | None) -> bool:
        """Whether the article gave the person or body ``subject`` names a statement in a
        sentence before."""
        key = _speaker_key(subject)
        return key is not None and key in self.speakers_named

    def analyse(self, s: Sentence) -> list[Draft]:
        """The statements of one sentence. A trailing attribution (", the president added.")
        is read first: cues inside what it reports are nested, not the sentence's own. A
        leading "Stressing that ..., X said ..." is one statement of X; so is "X condemned the
        attack, saying ..."."""
        text = self.text
        drafts: list[Draft] = []
        relay = _RELAYED.search(text, s.start, s.end)
        # (", Politico reports, UNN writes.": an outlet relaying another's report, each
        # taken off in turn)
        for _ in range(2):
            if relay is None:
                break
            outlet = parse_subject(relay["outlet"] or relay["outlet2"])
            relays = outlet is not None and (is_media(outlet) or _relay_document(relay, outlet))
            # (an outlet quoting one named or a pronoun, "..., Interfax quoted Ryabkov as
            # saying.", after words with no verb of their own, is their only attribution:
            # the one quoted speaks them)
            own = not (self.every_attribution or relay["quoting"])
            if relays and (own or find_cues(text, s.start, relay.start())):
                # "..., the ministry said on Saturday, Anadolu reports.": the outlet relays
                # (an attribution study counts an outlet that relays no one's words as the
                # source: "Clinton led by 1,500 votes, according to the AP.")
                s = Sentence(s.start, relay.start(), s.para)
                relay = _RELAYED.search(text, s.start, s.end)
            else:
                relay = None
        first = verb_first(self, s)
        if first is not None:
            # 'Said Mayor X, "...".': the verb put first, its speaker and quotation after it
            self.claim(first.pieces)
            return [first]
        so = _SO_SAID.match(text, s.start, s.end)
        if so:
            # the sentence is the attribution of the paragraph before, never words of "So"
            so_said = self._so_said(s, so)
            if so_said is not None:
                self.claim(so_said.pieces)
            return [so_said] if so_said is not None else []
        asked = _ASKED_OPENER.match(text, s.start, s.end)
        cues = [
            c
            for c in find_cues(text, s.start, s.end)
            if (not self.in_quote(c.start) or self._quoted_verb(c))
            and not self.is_claimed(c.start)
            # "Asked about reports suggesting that ..., he said": the question's words
            and not (asked and _question_start(asked) <= c.start < asked.end())
        ]
        order = list(enumerate(cues))
        trailing = self._trailing(s, cues)
        if trailing is not None:
            order.insert(0, order.pop(trailing[0]))
        else:
            inside = self._set_off(s, cues)
            if inside is not None:
                order.insert(0, order.pop(inside))
        for n, cue in order:
            if self.is_claimed(cue.start):
                continue
            clause = trailing[1] if trailing is not None and n == trailing[0] else s
            if cue.according and self._aside_before_own_verb(s, cue, cues):
                continue  # "Ruto, according to a transcript, told ...": the verb frames them
            draft = _frame(self, clause, cue, cues[n + 1 :])
            if draft and draft.pieces and cue.according and _poll_finds(drafts, draft):
                continue  # "Some 55 percent say ..., according to a poll": the poll's finding
            if draft and cue.according and draft.pieces:
                # "According to the Elysee, Macron stressed that ...", "According to Peskov,
                # Putin told Xi that ...": the source relays the words of the person its
                # clause names speaking, whose they are
                named = draft.subject is not None and draft.subject.kind == "person"
                draft = self._speaker_relayed(s, draft, pinned=named) or draft
            elif draft and cue.lemma == "say" and draft.pieces and _a_body(draft.subject):
                # "The foreign ministry said the minister had told Wang that ...": the body's
                # account of what its minister said; the words are his
                draft = self._speaker_relayed(s, draft, told=True) or draft
            if draft:
                draft.sentence = s  # framed in its clause, but still of the whole sentence
            if (
                draft
                and draft.subject is not None
                and not self.every_attribution
                and self._outlet(draft.subject)
            ):
                # "..., state media KCNA said on Tuesday, citing Kim Yo-jong, ...": the one
                # named after "citing" speaks the words the outlet relays
                draft = self._cited_by_outlet(s, draft)
                if draft is None:
                    continue  # "..., the state news agency said": the outlet reports
            if (
                draft
                and (cue.lemma == "report" or cue.according)
                and draft.subject is not None
                and not self.every_attribution
                and _PRESS_SERVICE.search(draft.subject.text)
                and draft.pieces
                and _DEED_READOUT.match(text, draft.pieces[0][0], draft.pieces[-1][1])
            ):
                # "X met with counterparts in New York, reported the ministry's press
                # service on Sept. 21", "According to the ministry's press service, X
                # received ...": the office that put out the news is its source, as an
                # outlet is, not one who speaks (its account of words said is theirs)
                continue
            if (
                draft
                and _SAYS_IN_RELATIVE.search(text, max(s.start, cue.start - 60), cue.start)
                and FINITE_NEXT.match(text, cue.end)
                and not person_says_in_relative(text, draft.subject, cue, self.every_attribution)
            ):
                continue  # "the 239 hostages that Israel says are held": a source in passing
            if draft and _WHOSE_SUBJECT.search(text, max(s.start, cue.start - 60), cue.start):
                continue  # "X, whose country has warned against ..., said": the main verb's
            if (
                draft
                and cue.lemma == "read"
                and len(draft.pieces) == 1
                and _DOCUMENT_READ.fullmatch(text, *draft.pieces[0])
            ):
                continue  # "X read a statement from the king": a document named, no words
            if (
                draft
                and trailing is not None
                and n == trailing[0]
                and self._relays_a_named_speaker(s, draft, cues[:n])
            ):
                continue  # "X told Y that ..., the official said": X's words, relayed
            if (
                draft
                and cue.lemma == "ask"
                and not self.every_attribution
                and not cue.participle
                and not (draft.subject and draft.subject.role)
                and _QUESTION_TOPIC.match(text, cue.end)
            ):
                # "ERR asked about the chance that ...": a question's topic put by one who
                # holds no post, no words told (an official's "asked about ..." is left to
                # the reading of his words; a journalist's question to _asker_reports)
                self.claim(draft.pieces)
                continue
            if draft and cue.lemma == "ask" and _asker_reports(draft.subject):
                self.claim(draft.pieces)  # 'host X asked Y: "..."': the question is no one's
                continue  # "the reporter asked whether ...": a journalist's question
            same = next((d for d in drafts if draft and d.cue == draft.cue), None)
            if (
                same is not None
                and len(draft.pieces) > len(same.pieces)
                # (in the text's order, none twice: "The minister added, according to the
                # ministry, that ...": the relay read the frame in with the words again)
                and all(a[1] <= b[0] for a, b in itertools.pairwise(draft.pieces))
            ):
                # "X condemned it, saying ..., according to a statement": X's statement read
                # again through the "according to", now with the participle's words
                same.pieces = draft.pieces
                self.claim(draft.pieces)
                continue
            if draft and any(self.claimed.overlaps(a, b) for a, b in draft.pieces):
                continue  # '"...," the leader said, according to a transcript': said once
            end = draft.pieces[-1][1] if draft and draft.pieces else 0
            if end and _OPEN_RELATIVE.search(self.text, max(0, end - 12), end):
                continue  # "Hacker who revealed ...", "But Crawford, who recalled": no words
            if draft and self._observed_a_thing(draft):
                continue  # "Israelis observed a minute of silence": a rite kept, no words
            if (
                draft
                and not cue.participle
                and draft.subject is not None
                and draft.subject.kind in ("unnamed", "description", "person")
                and _GERUND_OPENING.match(draft.subject.text)
            ):
                # "Enjoying the freedom his government denies to its opponents, Zarif argues
                # that ...": the verb of a relative clause inside the participle put first,
                # no one's saying; the main clause's verb after it is the sentence's
                continue
            if draft:
                drafts.append(draft)
                self.claim(draft.pieces)
                if draft.pieces and (key := _speaker_key(draft.subject)) is not None:
                    self.speakers_named.add(key)
        drafts.sort(key=lambda d: d.pieces[0][0] if d.pieces else d.subject_pos)
        joined = self._join_participles(self._second_verbs_joined(self._acts_before_words(drafts)))
        if self.every_attribution:
            return joined
        for d in joined:
            d.no_content = self._points_only(d) or self._posted_nothing(d)
        return [
            d
            for d in joined
            if not self._bare_gesture(d)
            and not self._ellipsis(d)
            and not self._act_in_aside(d)
            and not self._gist_before_words(d)
        ]

    def _aside_before_own_verb(self, s: Sentence, cue: Cue, cues: list[Cue]) -> bool:
        """ "Ruto, according to a transcript released by State House, told the envoys that
        ...": an "according to" set off by commas between a subject and its own verb of
        saying names where the words were read; the verb frames them and its subject, before
        the aside, speaks (not the source, with the verb taken for its words)."""
        text = self.text
        if not text[s.start : cue.start].rstrip().endswith(","):
            return False
        if any(s.start <= c.start < cue.start for c in cues):
            return False  # "X said ..., according to Y, ...": the aside sits in words said
        close = text.find(",", cue.end, s.end)
        if close < 0 or self.in_quote(close):
            return False
        verb = next((c for c in cues if c.start > close), None)
        return (
            verb is not None
            and not verb.according
            and not verb.participle
            and bool(_BARE_GAP.fullmatch(text, close + 1, verb.start))
        )

    def _ellipsis(self, d: Draft) -> bool:
        """ "Asked whether he trusted her, the president said he did.": a subject and an
        auxiliary stand for a clause asked or told before; they say nothing of their own."""
        return len(d.pieces) == 1 and _ELLIPSIS.fullmatch(self.text, *d.pieces[0]) is not None

    def _bare_gesture(self, d: Draft) -> bool:
        """ "Turkey welcomed the outcome.", "X welcomed the decisions, according to ...", "Y
        praised both delegations.", "Z thanked the host from the podium.": approval of a thing
        or a person, in a few words and nothing else, reports a gesture, not words (one that
        goes on, 'welcomed the deal as "historic"', "thanked Egypt for its help", "welcomed
        the accord but warned ...", says something)."""
        if d.cue is None or d.cue.lemma not in _GESTURES or len(d.pieces) != 1:
            return False
        start, end = d.pieces[0]
        thing = self._act_object(d.cue.end, end)
        place = _ACT_PLACE.search(thing)
        return (
            start <= d.cue.start
            and words_in(thing[: place.start()] if place else thing) <= _ACT_WORDS
            and not self.quotes_in(d.cue.end, end)
        )

    def _act_in_aside(self, d: Draft) -> bool:
        """ "X, who announced the expulsion on Monday, said ...", "Y, who has long warned
        against any such step, did not speak": an act the writer recalls in an aside on the
        subject, with a thing for its object and no words of the speaker's, is background to
        the sentence, not a statement ("X, who said the vote was rigged, ..." tells words, as
        do a quotation, "that", "rejected the claims as absurd" and "announced the decision
        to recall the envoy")."""
        cue = d.cue
        if cue is None or cue.participle or len(d.pieces) != 1:
            return False
        start, end = d.pieces[0]
        at = min(start, cue.start)  # (the words may open with "repeatedly called for ...")
        if (
            self.quotes_in(at, end)
            or not _AUX_ADVERBS.fullmatch(self.text, at, cue.start)
            or _ASIDE_WHO.search(self.text, max(d.sentence.start, at - 40), at) is None
            or _ASIDE_CLOSES.match(self.text, end, d.sentence.end) is None
        ):
            return False
        # (up to a relative word: "any step that could ..." qualifies the thing)
        head = self.text[cue.end : end].strip()
        thing = _RELATIVE_WORD.split(head, maxsplit=1)[0]
        if _CLAUSE_IN_OBJECT.search(thing) or _AS_WHAT.search(thing) or _INFINITIVE.search(thing):
            return False
        return _AGAINST_OR_FOR.match(thing) is not None or (
            cue.lemma in _ACTS_ON_THINGS and _DETERMINED.match(thing) is not None
        )

    def _posted_nothing(self, d: Draft) -> bool:
        """ "X posted his thanks.", "Y has posted on X for the first time since the vote.",
        "Within the hour, Z posted on Telegram.": a post told of with none of its words (no
        quotation, no "that", no colon, no clause, no verb of saying after it) is a mention;
        its words, if any, come in a sentence of their own."""
        cue = d.cue
        if cue is None or cue.lemma != "post" or len(d.pieces) != 1:
            return False
        start, end = d.pieces[0]
        if start < cue.start and not (
            _WHEN_OPENING.match(self.text, start, end) and words_in(self.text[start:end]) <= 4
        ):
            return False  # ('Kyiv will not yield, Zelensky posted.': the words before the verb)
        rest = self.text[cue.end : d.sentence.end]
        return (
            not self.quotes_in(min(start, cue.start), d.sentence.end)
            and _POST_WORDS.search(rest) is None
            and _CLAUSE_IN_OBJECT.search(rest) is None
            # ("posted a string of messages accusing Budapest of ...": a verb of saying tells
            # what the posts said)
            and not find_cues(self.text, cue.end, d.sentence.end)
        )

    def _points_only(self, d: Draft) -> bool:
        """ "X defended the decision.", "Y confirmed it a few minutes later.", "Z conveyed the
        message to his counterpart.", "W responded on social media within hours.": the object
        only points at words or a decision told elsewhere (or there is none), and nothing but
        to whom, when and where follows: a mention, no content of its own."""
        if d.cue is None or d.cue.lemma not in _POINTING_VERBS or len(d.pieces) != 1:
            return False
        start, end = d.pieces[0]
        if start < d.cue.start:
            return False  # '"Next time," he replied.': the words stand before the verb
        if self.quotes_in(d.cue.end, end):
            return False
        thing = self._act_object(d.cue.end, end).strip()
        pointed = _POINTED_AT.match(thing).end()
        return _POINTED_TAIL.fullmatch(" " + thing[pointed:].lstrip()) is not None

    def _gist_before_words(self, d: Draft) -> bool:
        """ "X issued a rare statement criticizing his successor. He said ...": the
        participle gives the gist of a document whose own words the next sentence tells;
        they are the statement (with nothing after it, "issued a statement condemning the
        burning of ..." stays one; over a quotation below, the gist names its speaker)."""
        cue = d.cue
        if cue is None or not cue.participle or not cue.keeps_verb or len(d.pieces) != 1:
            return False
        start, end = d.pieces[0]
        return (
            _ISSUED_STATEMENT.search(self.text, d.sentence.start, cue.start) is not None
            and words_in(self._act_object(cue.end, end)) <= _GIST_WORDS
            and not self.quotes_in(start, end)
            and re.fullmatch(r"[\s.]*", self.text[end : d.sentence.end]) is not None
            and _TOLD_NEXT.match(self.text, d.sentence.end) is not None
        )

    def _so_said(self, s: Sentence, m: re.Match[str]) -> Draft | None:
        """ "So said X, spokesperson of ..., on Saturday.": the sentence names the speaker of
        the paragraph before it, whose words it opens with (Vietnamese agencies' copy: the
        position first, then who took it and when). None unless that paragraph is prose no
        other statement has taken."""
        speaker = parse_speaker(m["np"])
        if speaker is None or speaker.kind not in ("person", "institution", "description"):
            return None
        # (by where it starts: a relayed sentence was cut short, so it is no longer one of
        # self.sents as such)
        first = next(i for i, t in enumerate(self.sents) if t.start == s.start)
        if first == 0 or self.sents[first - 1].para == s.para:
            return None  # only a paragraph of its own points back at the one before
        before = self.by_paragraph.get(self.sents[first - 1].para, [])
        if not before or len(before) > 3:
            return None
        a, b = before[0].start, before[-1].end
        if self.quotes_in(a, b) or self.claimed.overlaps(a, b):
            return None  # a quote's own "So said" is read with the orphan quotes
        place = _PLACE_DASH.match(self.text, a, b)
        if place:
            a = place.end()  # "HA NOI — ...": a place in capitals opening the paragraph
        pieces = [(a, before[0].end)] + [(t.start, t.end) for t in before[1:]]
        return Draft(pieces, speaker, m.start("np"), None, s)

    def _speaker_relayed(
        self, s: Sentence, draft: Draft, told: bool = False, pinned: bool = False
    ) -> Draft | None:
        """The statement of a person named (or named by a post: "The president also urged
        ...") speaking at the head of the words an "according to" gives a body, a description
        or an unnamed source ("Macron voiced concern over ..., according to the Elysee"), or
        None. With ``told``, the words a body says its person told someone ("the minister had
        told Wang that ...", "Wang accused X of ..."). With ``pinned`` (a named person's
        "according to"), only a speaker the clause pins down takes the words: a name, or a
        post with its country ("the top Egyptian diplomat"); a bare "the president" in a
        story of two presidents is left with the named source."""
        a, b = draft.pieces[0][0], draft.pieces[-1][1]
        # ('According to a readout, Biden "stressed the need ..."': the quote opens with the
        # verb, whose subject before the mark speaks)
        inner = [c for c in find_cues(self.text, a, b) if self._verb_outside_words(c)]
        verbs = [c for c in inner if not c.according and not c.participle]
        if not verbs or (told and verbs[0].lemma not in _TOLD_OR_CHARGED):
            return None
        head = re.sub(
            r"(?:\s+(?:also|later|earlier|again|then|had|has|[a-z]+ly))+\s*$",
            "",
            self.text[a : verbs[0].start].rstrip(' "\u201c'),
        )
        subject = parse_subject(head)
        person = subject is not None and (
            subject.kind == "person"
            # ("His Majesty warned ..., according to a Royal Court statement": the sovereign)
            or (subject.kind == "description" and subject.head in ROLE_WORDS | ROYAL_STYLES)
        )
        if not person or (pinned and subject.kind != "person" and subject.country is None):
            return None
        clause = Sentence(a, b, s.para)
        found = _frame(self, clause, verbs[0], inner[inner.index(verbs[0]) + 1 :])
        if found is None or found.subject is None or found.subject.kind != subject.kind:
            return None
        saying = [c for c in inner if c.participle and c.start > verbs[0].start]
        if saying and found.pieces:
            # "X condemned the strikes, saying ..., according to a statement": the
            # participle's words are X's too
            then = _frame(self, clause, saying[0], [])
            if then is not None and re.fullmatch(
                r"[\s,]*", self.text[found.pieces[-1][1] : saying[0].start]
            ):
                found.pieces.extend(then.pieces)
        return found

    def _cited_by_outlet(self, s: Sentence, draft: Draft) -> Draft | None:
        """The words an outlet relays "citing" (or "quoting") a person or a body it names
        after its verb, closing the sentence ("..., state media KCNA said on Tuesday, citing
        Kim Yo-jong, the leader's sister.", "..., Xinhua said, citing the Foreign
        Ministry."), as theirs; or None (no one named: "citing sources", "citing a
        document"; or words of the outlet's own after the verb)."""
        cue = draft.cue
        if cue is None or not draft.pieces or draft.pieces[-1][1] > cue.start:
            return None
        cited = _CITING_PERSON.match(self.text, cue.end, s.end)
        if cited is None:
            return None
        subject = parse_subject(cited["who"])
        if (
            subject is None
            or subject.kind not in ("person", "institution")
            or self._outlet(subject)
            # ("citing the Geneva Conventions", "citing Flightradar24": a text or a record,
            # no one speaking; a person is named with no article before the name)
            # (of a titled person, the name only: "citing Law Minister X" names one)
            or _NO_SPEAKER_CITED.search(
                subject.name if subject.kind == "person" and subject.role else cited["who"]
            )
            or (subject.kind == "person" and cited["who"].lower().startswith("the "))
        ):
            return None  # ("citing sources", "citing Interfax": no one it names speaks)
        draft.subject = subject
        draft.subject_pos = cited.start("who")
        return draft

    def _observed_a_thing(self, draft: Draft) -> bool:
        """ "observed", "commented", "remarked" frame words only as a clause ("observed that
        ...", a quotation, a colon) or after them ('"...," she observed'): with a noun phrase
        for object ("observed a minute of silence", "observed the truce") they say nothing."""
        cue = draft.cue
        if cue is None or cue.lemma != "remark" or not draft.pieces:
            return False
        a = draft.pieces[0][0]
        if a < cue.start:
            return False
        between = self.text[cue.end : a]
        opening = self.text[a : a + 1]
        quoted = any(self.quotes_in(x, y) for x, y in draft.pieces)  # 'joked of it, "..."'
        # ("joking that ...": the clause's "that" read as part of the cue)
        opens = cue.word.endswith(" that") or _CLAUSE_OPENS.search(between)
        return not (opens or opening in _QUOTE_OPENERS or quoted)

    def _spokesperson_named_before(self, subject: SpeakerPhrase) -> bool:
        """A person the story named with a spokesperson's post, now by surname alone
        ("Foreign Ministry spokesman Tamim Khallaf", then "..., Khallaf added")."""
        words = (subject.name or "").lower().split()
        return subject.kind == "person" and bool(words) and words[-1] in self.spokespeople

    def _relays_a_named_speaker(self, s: Sentence, draft: Draft, inner: list[Cue]) -> bool:
        """Whether a trailing attribution by an unnamed source ("..., the official said",
        "..., according to a source") reports a sentence whose own subject, a named person,
        speaks first ("Kamikawa told Blinken that ..."): the named person's words, relayed."""
        subject = draft.subject
        # ("X said during a call with Y that ..., according to spokesperson Z": a person
        # named after "according to" relays as well)
        relaying = ("unnamed", "description", "institution") + (
            ("person",) if draft.cue is not None and draft.cue.according else ()
        )
        if subject is None or (
            subject.kind not in relaying
            and not _spokesperson(subject)
            and not self._spokesperson_named_before(subject)
        ):
            return False
        # (a spokesperson named relays only a clause the person said: "X stressed that ...,
        # Spokesman Y said"; "X condemned the attack, his spokesman Y said" is Y's account)
        clause_only = subject.kind not in relaying
        if subject.kind == "description" and subject.head not in _RELAYING_HEADS:
            return False
        if not inner:
            return False
        # ("Guterres on Tuesday condemned ..., his spokeswoman said": the day after the name)
        lead = TAIL_ADVERBS.sub("", self.text[s.start : inner[0].start]).strip(" ,")
        found = parse_speaker(lead) if 0 < len(lead) <= 120 else None
        # ("He also raised concerns about ..., the readout said": "he", one the story named)
        named = found is not None and (
            (found.kind == "person" and bool(found.name))
            or (found.kind == "pronoun" and found.text.lower() in ("he", "she"))
            # ("The Saudi foreign minister, for his part, praised ..., the statement said": a
            # post with its country, one person the story has named)
            or (
                found.kind == "description"
                and found.country is not None
                and found.head in ROLE_WORDS
            )
        )
        if not named or not draft.pieces:
            return False
        # the named person's verb must frame words of its own ("X has recalled the ambassador,
        # the ministry said": a deed, which only the ministry's words tell)
        relayed = Sentence(s.start, draft.pieces[-1][1], s.para)
        found = _frame(self, relayed, inner[0], inner[1:])
        if found is None or not clause_only:
            return found is not None
        # (a named spokesperson relays a clause: with no words framed there is none)
        return bool(found.pieces) and (
            _THAT_BEFORE.search(self.text, inner[0].end, found.pieces[0][0]) is not None
        )

    def _trailing(self, s: Sentence, cues: list[Cue]) -> tuple[int, Sentence] | None:
        """The index of a cue that attributes the whole sentence before it, if any, and the
        clause it ends: the last cue (or the one before a trailing participle), with only its
        speaker and adverbials after the clause it ends."""
        if len(cues) < 2:
            return None
        n, end = len(cues) - 1, s.end
        if (
            cues[-1].participle
            and _ADVERBIALS_THEN_COMMA.fullmatch(self.text, cues[-2].end, cues[-1].start)
            and (
                not _QUOTE_NEXT.match(self.text, cues[-1].end)
                # '..., X told reporters, adding: "..."': a quotation added after the words
                or cues[-1].lemma in ("add", "note")
            )
        ):
            # "The sanctions are counterproductive, Macron said Tuesday, noting that ...": the
            # attribution before the participle ends the clause; the participle adds to it
            n, end = n - 1, cues[-1].start
        elif (
            cues[-1].according
            and not cues[-2].according
            and not cues[-2].participle
            and _ADVERBIALS_THEN_COMMA.fullmatch(self.text, cues[-2].end, cues[-1].start)
        ):
            # '"...," Yoon said, according to presidential spokesperson Kim Soo-kyung.': the
            # words have a speaker and verb of their own; the source after them only relays
            n, end = n - 1, cues[-1].start
        last = cues[n]
        clause = Sentence(s.start, end, s.para)
        draft = _frame(self, clause, last, [])
        if draft is None or not draft.pieces or draft.colon_next or draft.sentence_subject:
            return None
        if draft.pieces[0][0] > s.start + 2 or draft.pieces[-1][1] > last.start:
            return None
        if draft.subject is None or draft.subject.kind not in _SPEAKER_KINDS:
            return None
        if not can_speak(draft.subject):
            return None
        if end < s.end and _ADVERBIAL_OPENING.match(self.text, draft.pieces[0][0]):
            return None  # "On Tuesday, even as shares fell, X wrote to investors, telling ..."
        between = self.text[draft.pieces[-1][1] : min(draft.subject_pos, last.start)]
        if not re.fullmatch(r"[\s,\u201d\"'\u2019.]*", between):
            return None  # the clause before is not what the speaker said as a whole
        tail = self.text[last.end : end]
        named = self.text.find(draft.subject.text, last.end, end)
        post = (
            _POST_AFTER_NAME.match(self.text, named + len(draft.subject.text), end)
            if draft.subject_pos >= last.end and named >= 0
            else None
        )
        if post and words_in(self.text[post.end() : end]) <= 3:
            # "..., said H.H. Sheikh X bin Y Al Z, Minister of Foreign Affairs and
            # International Cooperation.": the speaker named after the verb and the post set
            # off after the name, with the sentence's end after them, are the attribution's,
            # however many words they take
            tail = self.text[post.end() : end]
        circumstance = _CIRCUMSTANCE.search(tail)
        told = _ADDRESSEE.match(tail) if last.lemma == "tell" else None
        occasion = (tail[told.end() :] if told else tail).rstrip(", ")
        if words_in(tail[: circumstance.start()] if circumstance else tail) > 8 and not (
            _OCCASION_PHRASES.fullmatch(occasion) and words_in(tail) <= _OCCASION_REACH
        ):
            return None
        return n, clause

    def _set_off(self, s: Sentence, cues: list[Cue]) -> int | None:
        """The index of a cue set off by commas inside the sentence ("South Africa condemned
        the strikes, Lamola said, but Pretoria would ..."), whose speaker says the words on
        both sides of it: read before the verbs of the words it attributes ("condemned"),
        which would otherwise take the sentence as their own."""
        for n, cue in enumerate(cues[1:], 1):
            if cue.participle or cue.according:
                continue
            joint = _SET_OFF_THEN_CLAUSE.match(self.text, cue.end)
            if joint is None or _RELAY_OF_THE_SUBJECT.search(
                self.text, max(s.start, cue.start - 60), cue.start
            ):
                continue
            draft = _frame(self, s, cue, [])
            if (
                draft is not None
                and draft.pieces
                and draft.pieces[0][0] <= s.start + 2
                and draft.subject is not None
                and draft.subject.kind in _SPEAKER_KINDS
                and draft.subject_pos < cue.start
                and can_speak(draft.subject)
                and not self._reports_its_own(s, cues[:n], draft)
            ):
                return n
        return None

    def _reports_its_own(self, s: Sentence, before: list[Cue], draft: Draft) -> bool:
        """Whether the sentence opens with a speaker's verb of saying and the clause it
        reports ("Zelensky said Kyiv would never cede land, his office said, and ..."): the
        words are that speaker's, the attribution set off after them their source; unless the
        source is a body whose account hands the words back to the one who told them ("X told
        Y that ..., Downing Street said"), read so from the attribution."""
        first = before[0]
        if first.keeps_verb or first.participle or first.according:
            return False  # "Namibia condemned the shelling, X said": a deed inside the words
        own = _frame(self, s, first, before[1:])
        if (
            own is None
            or not own.pieces
            or own.subject is None
            or own.subject_pos > first.start
            or own.pieces[0][0] < first.end
            or not can_speak(own.subject)
            or not _REPORTED_CLAUSE.search(self.text, first.end, draft.cue.start)
        ):
            return False
        handed_back = (
            draft.cue.lemma == "say"
            and _a_body(draft.subject)
            and self._speaker_relayed(s, draft, told=True) is not None
        )
        return not handed_back

    def _acts_before_words(self, drafts: list[Draft]) -> list[Draft]:
        """ "welcomed the agreement and said that ...", "thanked voters and promised that
        ...": a thing of a few words acted on, then a second verb with words of its own: what
        was said is the second verb's; the act alone is no statement beside it. An act that
        says more of its own ("thanked Brazil for its support of the truce and reported that
        ...", "described the talks as frank and said ...") opens the one statement both verbs
        make."""
        out: list[Draft] = []
        for d, after in zip(drafts, [*drafts[1:], None], strict=False):
            if (
                after is not None
                and d.cue is not None
                and after.cue is not None
                and d.pieces
                and after.pieces
                and after.subject is None
                and (
                    _ACT_THEN_VERB.fullmatch(self.text, d.pieces[-1][1], after.cue.start)
                    # "welcomed the agreement in a statement, and called on ...": an act
                    # ('described it as "a historic step", and said ...': a naming)
                    or (
                        (d.cue.keeps_verb or d.cue.lemma in NAMING_VERBS)
                        and _ACT_COMMA_THEN_VERB.fullmatch(
                            self.text, d.pieces[-1][1], after.cue.start
                        )
                    )
                )
            ):
                # (a naming says something however short: "called the talks useful")
                bare = (
                    words_in(_POSSESSIVE.sub("", self._act_object(d.cue.end, d.pieces[-1][1])))
                    <= _ACT_WORDS
                    and not self.quotes_in(d.cue.end, d.pieces[-1][1])
                    and d.cue.lemma not in NAMING_VERBS
                ) or self._envoy_recalled(d)
                goes_on = (
                    self._act_goes_on(d)
                    and not (
                        # ("reiterated on Tuesday that Taiwan is part of China and said ...": a
                        # clause of its own, not a point restated in a noun phrase)
                        d.cue.lemma in _POINT_RESTATED
                        and _THAT_AFTER.search(self.text, d.cue.end, d.pieces[0][0]) is not None
                    )
                    and not (
                        # ("recalled Turkey's dependence on gas imports and said he cannot ...",
                        # "reiterated its commitment to talks and said it ...": a point restated,
                        # which the bare "said" and its clause go on; "... and mentioned that
                        # ...", "and said on Wednesday that", "and told reporters that", "and
                        # added Beijing would", 'and said, "..."': a verb with a clause, a day,
                        # an addressee or a quote of its own, another point)
                        d.cue.lemma in _POINT_RESTATED and not self._said_right_on(after)
                    )
                )
                if not bare and (not goes_on or self._quoted_after_colon(after)):
                    # ('called it a "precise" strike, and said: "..."': the naming, then
                    # words given whole, each a statement, as "said ... and added: '...'")
                    out.append(d)
                    if d.cue.lemma in _PLEASANTRY:
                        self._clause_alone(after)
                    continue
                if not bare:
                    after.pieces = [(d.pieces[0][0], after.pieces[0][1]), *after.pieces[1:]]
                if d.cue.lemma in _PLEASANTRY:
                    self._clause_alone(after)
                # the second verb's subject is the act's
                after.subject, after.subject_pos = d.subject, d.subject_pos
                after.sentence_subject, after.inherit = d.sentence_subject, d.inherit
                continue
            out.append(d)
        return out

    def _clause_alone(self, d: Draft) -> None:
        """ "congratulated X on Y and affirmed that Z": after the pleasantry, the second
        verb's words are its clause, as they are when the verb stands alone ("X affirmed that
        Z"); the verb and "that" are the reporter's."""
        if d.cue is None or d.cue.directive or not d.pieces or d.pieces[0][0] != d.cue.start:
            return
        that = _THAT_AFTER.match(self.text, d.cue.end)
        if that is None or that.end() >= d.pieces[0][1]:
            return
        a, b = strip_span(self.text, that.end(), d.pieces[0][1])
        if b > a:
            d.pieces[0] = (a, b)

    def _second_verbs_joined(self, drafts: list[Draft]) -> list[Draft]:
        """ "X said the talks were useful but warned that ...", "X said ..., and urged both
        sides to ...": one statement that goes on, as with "saying ...". "But" turns the same
        position (a reservation, not a new point); an act named by its verb ("and urged",
        "and thanked Y for") adds a gesture in the reporter's words. A second verb with a
        clause of its own after "and" ("and added that ...") stays a statement of its own;
        after an act ("welcomed the accord and said ...") the words are the second verb's
        alone (see above)."""
        out: list[Draft] = []
        for d in drafts:
            prev = out[-1] if out else None
            joint = (
                _WORDS_THEN_VERB.fullmatch(self.text, prev.pieces[-1][1], d.cue.start)
                if prev is not None and prev.pieces and d.cue is not None
                else None
            )
            if (
                joint is not None
                and (
                    (joint["joint"] == "but" and not self._said_again(prev, d))
                    or d.cue.keeps_verb
                    or (prev.cue is not None and self._presses_on(prev, d))
                )
                and prev.sentence == d.sentence
                and prev.cue is not None
                and not prev.cue.keeps_verb
                and not prev.cue.according
                and prev.cue.end <= prev.pieces[0][0]
                and not d.cue.participle
                and not d.cue.according
                and d.subject is None
                and d.pieces
                # words wholly quoted are whole ('said, "...," but warned that ...')
                and not self._wholly_quoted(prev)
            ):
                prev.pieces[-1] = (prev.pieces[-1][0], d.pieces[0][1])
                prev.pieces.extend(d.pieces[1:])
                continue
            out.append(d)
        return out

    def _said_again(self, prev: Draft, d: Draft) -> bool:
        """ "X said that A, but said that B": the verb of saying told again, with a "that" of
        its own, reports a second thing said (a reservation after "but" uses another verb:
        "but warned that")."""
        return (
            prev.cue.lemma == "say"
            and d.cue.lemma == "say"
            and _THAT_AFTER.match(self.text, d.cue.end) is not None
        )

    @staticmethod
    def _presses_on(prev: Draft, d: Draft) -> bool:
        """ "X said A, and warned that B", "..., and argued that B": the same account pressed
        further, one statement ("and added that" and "and later told" open another)."""
        return prev.cue.lemma == "say" and d.cue.lemma in ("warn", "argue")

    def _wholly_quoted(self, d: Draft) -> bool:
        """Whether every piece of the draft lies inside a quotation."""
        for a, b in d.pieces:
            quote = self.in_quote(a)
            if quote is None or quote.outer[1] < b - 1:
                return False
        return True

    @staticmethod
    def _act_goes_on(d: Draft) -> bool:
        """Whether an act that says something of its own ("thanked Y for ...", "described
        the talks as frank", 'called the truce "a beginning"') goes on into the words of the
        verb after it: not a censure ("condemned the raids and said ...": a condemnation and
        a claim, two things said)."""
        cue = d.cue
        return cue is not None and (
            (cue.keeps_verb and cue.lemma not in _CENSURE | _PLEASANTRY)
            or cue.lemma in NAMING_VERBS
            or cue.lemma in _POINT_RESTATED
        )

    def _act_object(self, start: int, end: int) -> str:
        """The thing acted on, without where and when ("the resignation at his daily press
        conference on Thursday": "the resignation")."""
        thing = self.text[start:end].rstrip(" ,")
        while True:
            # "the deal on Truth Social late Wednesday": when, where and on what channel,
            # read off from the end one at a time
            for tail in (TAIL_ADVERBS, TAIL_OCCASION, _ACT_OCCASION, _ACT_CHANNEL):
                cut = tail.search(thing)
                if cut is not None and cut.start() > 0:
                    thing = thing[: cut.start()]
                    break
            else:
                return thing

    def _join_participles(self, drafts: list[Draft]) -> list[Draft]:
        """ "X condemned the attack, saying ...": the participle's words join the statement
        they follow; a leading "Stressing that ..." joins the statement after it."""
        out: list[Draft] = []
        saying_follows: set[int] = set()  # (by id) drafts a participle's words joined
        for d in drafts:
            prev = out[-1] if out else None
            if prev is not None and self._cut_before_with(prev, d):
                out.append(d)
                continue
            if (
                prev is not None
                and prev.sentence == d.sentence
                and d.cue is not None
                and d.cue.participle
                and prev.pieces
                and d.pieces
                and self._only_adverbs_between(prev.pieces[-1][1], d.cue.start)
                and not self._adds_to_a_quote(prev, d)
                and not self._tells_another(prev, d)
            ):
                if prev.subject is None and prev.sentence_subject and d.subject is not None:
                    prev.subject, prev.subject_pos = d.subject, d.subject_pos
                thing = self._act_then_saying(prev, d)
                if self._written_to(prev):
                    # "wrote to the ministry, saying that ...": the one written to is no
                    # part of what was said; the participle's words are the letter's
                    prev.pieces = list(d.pieces)
                elif thing is not None:
                    # "X announced the deal late Wednesday, saying ...": the thing acted on
                    # goes with the words; when and where it was done are the attribution's
                    a = prev.pieces[0][0]
                    prev.pieces = [(a, a + len(thing))] + d.pieces
                else:
                    prev.pieces = self._run_on(prev.pieces, d)
                saying_follows.add(id(prev))
                continue
            if prev is not None and self._stance_on_trailing(prev, d):
                # '"...", the spokesman said on Oct. 1, refuting a report that ...': a stance
                # taken on the words just reported goes with them ("adding that" is another)
                prev.pieces.extend(d.pieces)
                continue
            if (
                prev is not None
                and prev.sentence == d.sentence
                and prev.leading
                and d.pieces
                and prev.pieces[-1][1] <= d.subject_pos
            ):
                if not self._quoted_after_colon(d):
                    d.pieces = prev.pieces + d.pieces
                    out[-1] = d
                    continue
                # 'Noting that ..., PM Lee said: "..."': two statements, the participle's
                # the sentence's subject's as well
                prev.subject, prev.subject_pos = d.subject, d.subject_pos
                prev.sentence_subject = False
            out.append(d)
        for d in out:
            self._whole_quote_alone(d)
        # "X pointed to Y": words only with a quotation in Y or a saying that follows ("X
        # pointed to the map" is a gesture)
        return [
            d
            for d in out
            if not (d.cue and d.cue.lemma == "point_to")
            or id(d) in saying_follows
            or self._worded(d)
        ]

    def _whole_quote_alone(self, d: Draft) -> None:
        """'X congratulated his counterpart, adding: "I hope ..."': a participle's words left
        a statement of their own that are one whole quotation are its pieces, without the
        marks (direct, as after "said:")."""
        if d.cue is None or not d.cue.participle or not d.sentence_subject or len(d.pieces) != 1:
            return
        a, b = d.pieces[0]
        whole = self.quotes_in(a, b)
        if (
            len(whole) == 1
            and not self.text[a : whole[0].outer[0]].strip(" :")
            and not self.text[whole[0].outer[1] : b].strip(" .")
        ):
            d.pieces = list(whole[0].pieces)

    def _written_to(self, d: Draft) -> bool:
        """ "wrote to the election commission, ...": the draft's only words are the one
        written to (a noun phrase after "to", no clause or quotation of its own)."""
        if d.cue is None or d.cue.lemma != "write" or len(d.pieces) != 1:
            return False
        a, b = d.pieces[0]
        return (
            _TO_ADDRESSEE.fullmatch(self.text, d.cue.end, a) is not None
            and not CLAUSE_WORD.search(self.text[a:b])
            and not self.quotes_in(a, b)
        )

    def _cut_before_with(self, prev: Draft, d: Draft) -> bool:
        """ "The party criticised the plan, with its spokesman, X, saying ...": the
        participle has a subject of its own, named after "with"; the words before end at the
        comma opening that clause, and the participle's words are not joined to them."""
        if d.cue is None or not d.cue.participle or d.sentence_subject or not prev.pieces:
            return False
        a, b = prev.pieces[-1]
        if prev.sentence != d.sentence or not a < d.subject_pos < b:
            return False
        comma = self.text.rfind(",", a, d.subject_pos)
        if comma < 0 or not _WITH_OPENS.fullmatch(self.text, comma, d.subject_pos):
            return False
        prev.pieces[-1] = (a, comma)
        return True

    def _run_on(self, first: list[tuple[int, int]], joined: Draft) -> list[tuple[int, int]]:
        """The pieces of a statement and of the participle joined to it. Reported words on
        both sides read as one run with the participle between ("demanded that X retract
        the remarks, warning that ..."): the participle is part of what was said, as the
        verb of "condemned the attack" is. Quotations keep their own pieces, and so do words
        after a participle that tells when or where ("saying on Tuesday that ...": the
        attribution's day, not words said)."""
        then = joined.pieces
        told = joined.cue is not None and _THAT_ONLY.fullmatch(
            self.text, joined.cue.end, then[0][0]
        )
        if not told or first[-1] in self.quoted_pieces or then[0] in self.quoted_pieces:
            return first + then
        return first[:-1] + [(first[-1][0], then[0][1])] + then[1:]

    def _only_adverbs_between(self, start: int, end: int) -> bool:
        """Whether only marks and the time of the act part two statements: "condemned the
        plan on Wednesday, saying ...", "rejected the remarks later Tuesday, saying ..."."""
        gap = _MARKS_AT_END.sub("", self.text[start:end])
        # "condemned the decision in a statement on Thursday evening, calling it ...": the
        # medium of the act, then its time
        medium = _ACT_MEDIUM.match(gap)
        gap = gap[medium.end() :] if medium else gap
        return not gap or TAIL_ADVERBS.fullmatch(gap) is not None

    def _act_then_saying(self, prev: Draft, d: Draft) -> str | None:
        """ "announced the deal on Truth Social late Wednesday, saying ...": a thing acted on
        (a noun phrase, unquoted, no clause of its own) before a participle of saying; the
        thing without when and where it was done, or None when what follows it names no
        day (the run then reads on: "the record number of visitors this year, saying ...")."""
        if prev.cue is None or d.cue is None or len(prev.pieces) != 1:
            return None
        a, b = prev.pieces[0]
        thing = self._act_object(a, b)
        # (the day may stand after the thing's own words, before the participle: "announced
        # the ceasefire in a post on Monday evening, writing that ...")
        if not _NAMES_A_DAY.search(self.text, a + len(thing), max(b, d.cue.start)):
            return None
        if (
            prev.cue.end <= a
            # "said it was over late Wednesday, adding ...": a clause's own time
            and prev.cue.lemma not in ("say", "tell", "add", "state", "note", "stress")
            and not CLAUSE_WORD.search(thing)
            and not self.quotes_in(a, b)
            and words_in(thing) > 0
        ):
            return thing
        return None

    def _tells_another(self, prev: Draft, d: Draft) -> bool:
        """ "X hailed the deal as '...', telling the delegations that ...": words told to
        someone the participle names, after a verb that is not one of telling, are a
        statement of their own (not "told Y ..., telling them that")."""
        if d.cue is None or prev.cue is None or not d.cue.word.lower().startswith("telling"):
            return False
        if prev.cue.lemma in ("say", "tell", "add", "state"):
            return False
        told = self.text[d.cue.end : d.pieces[0][0]]
        return _ADDRESSEE_THAT.fullmatch(told) is not None

    def _envoy_recalled(self, d: Draft) -> bool:
        """ "recalled France's ambassador to Algeria (and said ...)": an envoy withdrawn, a
        deed with no words; the verb after it has the words."""
        return (
            d.cue is not None
            and d.cue.lemma == "recall"
            and bool(d.pieces)
            and _ENVOY.match(self.text, d.pieces[0][0], d.pieces[-1][1]) is not None
        )

    def _said_right_on(self, d: Draft) -> bool:
        """'... and said he cannot ...': a plain "said" with its clause straight after it, no
        "that", day, addressee or quotation mark between them."""
        return (
            d.cue is not None
            and d.cue.lemma == "say"
            and bool(d.pieces)
            and not self.text[d.cue.end : d.pieces[0][0]].strip()
            and self.text[d.pieces[0][0] : d.pieces[0][0] + 1] not in _QUOTE_OPENERS
        )

    def _quoted_after_colon(self, d: Draft) -> bool:
        """'Noting that ..., X said: "..."': words quoted whole after a colon are given as
        said, a statement of their own, not the rest of the point the leading participle
        reports in the writer's words (a leading participle joins the words told after an
        indirect "said that ...")."""
        if d.cue is None or not d.pieces:
            return False
        gap = self.text[d.cue.end : d.pieces[0][0]]
        return _COLON_THEN_MARK.fullmatch(gap) is not None and self._wholly_quoted(d)

    def _adds_to_a_quote(self, prev: Draft, d: Draft) -> bool:
        """'X said, "...," adding that ...': a point added after a whole quotation is a
        statement of its own, as after '"...," X said, adding that ...'; so is a whole
        quotation added after any words ('X said A, adding: "..."')."""
        if d.cue is None or d.cue.lemma not in ADDING_LEMMAS:
            return False
        if (
            _QUOTE_NEXT.match(self.text, d.cue.end)
            or MANNER_BEFORE_QUOTE.match(self.text, d.cue.end)  # 'adding with a smile: "..."'
        ) and self._wholly_quoted(d):
            return True
        closed = re.search(r"[\u201d\"]", self.text[prev.pieces[-1][1] : d.cue.start])
        # (or closed where its mark was lost: 'X said, "... force, adding that "..."')
        closed = closed is not None or prev.pieces[-1] in self.unclosed_ends
        return closed and all(p in self.quoted_pieces for p in prev.pieces)

    def _stance_on_trailing(self, prev: Draft, d: Draft) -> bool:
        return (
            prev.sentence == d.sentence
            and prev.cue is not None
            and d.cue is not None
            and d.cue.participle
            and (d.cue.keeps_verb or d.cue.lemma in ("deny", "refute", "describe", "call"))
            # ", expressing hope that ...": a wish of its own, as "adding that" is
            and not _HOPE_THAT.match(self.text, d.cue.end)
            and not self._calls_after_a_quote(prev, d)
            and bool(prev.pieces)
            and prev.pieces[-1][1] <= prev.subject_pos < prev.cue.start < d.cue.start
            and _ADVERBIALS_THEN_COMMA.fullmatch(self.text, prev.cue.end, d.cue.start) is not None
        )

    def _calls_after_a_quote(self, prev: Draft, d: Draft) -> bool:
        """'"...," she said, calling on all parties to ...': a call made after a whole
        quotation is a point of its own, as "adding that" is (a stance on indirect words,
        ", refuting a report that", goes with them)."""
        calls = d.cue is not None and d.cue.lemma in ("urge", "call_for")
        return calls and all(p in self.quoted_pieces for p in prev.pieces)

    def _worded(self, draft: Draft) -> bool:
        if len(draft.pieces) > 1:
            return True
        a, b = draft.pieces[0]
        return bool(self.quotes_in(a, b - 1))
