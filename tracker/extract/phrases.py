"""Attributions that are not a verb of saying: "according to X, ...", "in his words, ...",
and a noun of saying owned by its speaker ("Brandt's remarks that ...")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tracker.countries import STATE_NAMES
from tracker.extract.clause_words import MADE_THE_REMARKS, TAIL_ADVERBS
from tracker.extract.clauses import told_before
from tracker.extract.cues import NOUN_BY_CUE, SAID_WHEN_OR_HOW, Cue, find_cues
from tracker.extract.draft import Draft, strip_span, words_in
from tracker.extract.lexicon import PRESS_TITLES, ROLE_WORDS
from tracker.extract.segment import Sentence
from tracker.extract.speaker_phrase import SpeakerPhrase
from tracker.extract.speakers import parse_speaker, past_listed_fields
from tracker.extract.subject_phrase import document_author, parse_subject
from tracker.extract.what_was_said import (
    RELATIVE_JUST_OPENED,
    content_after,
    quote_pieces,
    said_before,
)

if TYPE_CHECKING:
    from tracker.extract.frames import ArticleReading


# what trails an "according to" source's name: an aside after a dash, when it came out
_SOURCE_TAIL = re.compile(
    r"(?:\s+[-\u2013\u2014]\s+.*"
    r"|\s+(?:released|conducted|published|taken)"
    r"(?:\s+(?:on|in|last|this|early|late|earlier)\b[^,;]{0,40}|\s+[A-Z][a-z]+day)?"
    r"|\s+(?:last|this)\s+(?:week|month|year|weekend))$"
)
# "according to Suga at a press conference", "... in an interview on Monday": the occasion
# a person spoke at, no part of the person's name
_OCCASION_TAIL = re.compile(
    r"\s+(?:at|during|in)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:conference|briefing|interview|meeting|speech|address|session|hearing|forum|"
    r"summit|rally|appearance|debate|talks)(?:\s+[^,;]{0,40})?$"
)


# "a draft seen by Reuters", "the final text obtained by Politico": a paper and the
# newsroom that read it
_SHOWN_TO_NEWSROOM = re.compile(
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?P<paper>[\w-]+)\s+"
    r"(?:(?:seen|obtained|reviewed|viewed|consulted)\s+by|shared\s+with)\s+\S.*"
)


# where a source's name ends after the fields of its post: a comma or the sentence's end
_LISTED_END = re.compile(r"[,;]")


# "..., and", "... but": a clause closed by the conjunction that joins the next one to it
_JOINED_CLAUSE_END = re.compile(r"[\w\u201d\"')]\s*,?\s+(?:and|but)$")


def according_to(r: ArticleReading, s: Sentence, cue: Cue) -> Draft | None:
    text = r.text
    comma = text.find(",", cue.end, s.end)
    listed = past_listed_fields(text, cue.end, comma, _LISTED_END, s.end) if comma > 0 else None
    if listed is not None:
        # "according to Canada's Minister of Foreign Affairs, Trade and Development X": one
        # post's fields, not the end of the source's name
        comma = text.find(",", listed[1], s.end)
    np_end = comma if comma > 0 else s.end
    phrase = text[cue.end : np_end].strip().rstrip(".")
    # "a Gallup survey released on Thursday", "a poll last week - virtually the same as ...":
    # the source, not when it came out nor the aside after a dash
    phrase = _SOURCE_TAIL.sub("", _SOURCE_TAIL.sub("", phrase))
    spoke = _OCCASION_TAIL.search(phrase)
    if spoke is not None and _one_person(phrase[: spoke.start()]):
        # "according to Suga at a press conference": the person, not where he spoke (a
        # paper "presented at a press conference" keeps its words: it spoke at none)
        phrase = phrase[: spoke.start()]
    # "the foreign office in London": the body, not where it sits
    phrase = re.sub(
        r"\s+(?:in|at|on)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*$", "", phrase
    )
    # "two senators present who requested anonymity": the source, not why it is unnamed
    phrase = re.sub(r"\s+(?:who|which)\b.*$", "", phrase)
    # "According to a statement from the ministry, ...", "..., according to a speech Lavrov
    # delivered": its author speaks; after words with a speaker and verb of their own
    # ('"...," the leader said, according to a transcript') the document only carries them
    if _BARE_REPORT.fullmatch(phrase):
        # "According to the report, ...": a report with no author named is the reporter's
        # source, as "media reports" are, not someone who speaks (Global Times copy)
        return None
    words = phrase.split()
    if (
        words
        and words[0] in ("our", "my", "Our", "My")
        and not any(w[:1].isupper() for w in words[1:])
        and words[-1].lower() not in ROLE_WORDS
    ):
        # "according to our information, ...", "according to my sources": the writer's own
        # source (the outlet's, or a speaker's in his transcript), nobody named who speaks
        # ("according to our Foreign Minister Hakan Fidan", "our ambassador": one who speaks)
        return None
    if _SCHEDULE_SOURCE.search(phrase):
        # "..., according to the ministry's agenda": a plan published, no one's words
        return None
    if phrase.split() and phrase.split()[-1].lower() in PRESS_TITLES:
        # "..., according to an Ukrinform correspondent": who relays, not who speaks
        return None
    spoken_before = bool(find_cues(text, s.start, cue.start))
    shown = _SHOWN_TO_NEWSROOM.match(phrase)
    if shown is not None:
        # "according to a draft seen by Euractiv", "the text obtained by Le Monde": a paper
        # nobody named issued, which the newsroom was shown; the newsroom did not speak
        subject = SpeakerPhrase("unnamed", phrase, head=shown["paper"].lower())
    else:
        subject = (not spoken_before and document_author(phrase)) or parse_subject(phrase)
    if subject is None and 0 < words_in(phrase) <= 25:
        # "according to early results of exit polls conducted for ...": a source, unnamed
        subject = SpeakerPhrase("unnamed", phrase, head=phrase.split()[-1].lower())
    if subject is None:
        return None
    named = (
        _NAME_SET_OFF.match(text, comma + 1, s.end)
        if comma > 0 and subject.kind in ("description", "unnamed") and subject.head in ROLE_WORDS
        else None
    )
    person = (
        parse_speaker(f"{phrase}, {text[comma + 1 : named.end() - 1].strip()}") if named else None
    )
    if person is not None and person.kind == "person":
        # "According to Russia's foreign minister, Sergei Lavrov, the talks ...": the post,
        # then the name set off; the words follow the name's comma
        subject, comma = person, named.end() - 1
    appositive = _appositive_after(text, comma, s.end) if subject.kind == "person" else None
    if appositive is not None:
        # "According to Kaja Kallas, the EU's top diplomat, any settlement ...": the words
        # that describe her are the attribution's, not what she said
        comma = appositive
    occasion = (
        _OCCASION_ASIDE.match(text, comma + 1, s.end)
        if comma > 0 and subject.kind == "person"
        else None
    )
    if occasion is not None:
        # "According to X, who spoke in Geneva on Tuesday, ...", "According to X, speaking
        # late on Monday, ...": where and when X spoke, the attribution's (and its day)
        comma = np_end = occasion.end() - 1
    before = text[s.start : cue.start].strip()
    if RELATIVE_JUST_OPENED.search(before):
        # "... the summit, which, according to the minister, should take place in May": the
        # relative clause's own words are what the one named said; not a count of the dead
        # ("the strikes, which, according to the health ministry, killed 550"), nor a
        # document's or an unnamed source's finding
        return _relative_clause_said(r, s, cue, subject, phrase, comma)
    if _MADE_THE_REMARK.search(before):
        # "Yoon made the remark during a lunch meeting, according to his office.": where
        # words told before were said, sourced; no words of its own
        return None
    if _ACT_DONE.search(before):
        # "Minister X summoned the ambassador on Thursday, according to the ministry.", "X,
        # who is in Vilnius, convened a meeting by video link, according to his office": an
        # act sourced, no words (the corpus holds such sentences optional at most)
        return None
    if _TOLL.search(before):
        # "The fighting has killed more than 3,200 civilians, according to the ministry.":
        # a count of the dead or wounded, sourced; a figure, no one's position
        return None
    if _POINTS_BACK.fullmatch(before) and (
        before not in ("This", "That") or _bare_pointer_closes(text, cue.end, comma, s.end)
    ):
        # "... within weeks. That is according to Minister X, who ...": the sentence before
        # is what X said; what follows the name is about X ("This according to X." on a
        # line of its own points back to the paragraph before)
        told = told_before(r, s, paragraph_before=True)
        if told:
            return Draft(told, subject, cue.end, cue, s, frame=[(s.start, np_end)])
        # the words taken already by a body or a group the lead gave them to: X's
        return Draft([], subject, cue.end, cue, s, frame=[(s.start, np_end)], points_back=True)
    told = _WHO_SAID.match(text, comma, s.end) if comma > 0 and subject.kind == "person" else None
    if told is not None and words_in(text[told.end() : s.end]) >= 3:
        # "The king met X on Monday, according to a statement from spokesman Y, who said the
        # talks focused on ...": the source's own words follow in the clause about him; the
        # sentence before is the news his statement gave
        a, b = strip_span(text, told.end(), s.end)
        return Draft(quote_pieces(r, a, b), subject, cue.end, cue, s, frame=[(cue.start, a)])
    joined = _JOINED_CLAUSE_END.search(before) if comma > 0 else None
    if joined is not None and words_in(before[: joined.start()]) >= 3:
        # ("... and according to Maria Zakharova, spokeswoman for the Foreign Ministry,
        # Moscow sees ...": a post held at a body, with no article, set off after the name)
        comma = _bare_post_after(text, comma, s.end) if subject.kind == "person" else comma
        a, b = strip_span(text, comma + 1, s.end)
        if words_in(text[a:b]) >= 3:
            # "The first treaty is the Nunn-Lugar program and according to X, it will be
            # reconsidered": a clause of the reporter's, then a second joined to it whose
            # words alone the source gives
            return Draft(quote_pieces(r, a, b), subject, cue.end, cue, s, frame=[(cue.start, a)])
    if before.rstrip(",").strip() and words_in(before) >= 3:
        pieces = said_before(
            r, s, text.rfind(",", s.start, cue.start) if "," in before else cue.start
        )
        a, b = strip_span(text, comma + 1, s.end) if comma > 0 else (s.end, s.end)
        if (
            pieces
            and words_in(text[a:b]) >= 3
            and before.endswith(",")
            and not _ABOUT_THE_SOURCE.match(text, a)
        ):
            # "While most were marked confidential, according to an official, two were
            # upgraded": the source stands inside what it said
            pieces = pieces + quote_pieces(r, a, b)
    elif comma > 0:
        a, b = strip_span(text, comma + 1, s.end)
        inner = next(iter(find_cues(text, a, b)), None)
        if (
            inner is not None
            and (
                _named_subject(text, a, inner.end, kinds=("person",))
                or _person_named(text[a : inner.start])
            )
            and not re.search(r"[,;:\"\u201c]", text[a : inner.start])
        ):
            # "According to a White House readout, Biden told Netanyahu that ...", "According
            # to diplomats, Oduya told the envoys that ...": the readout or the source carries
            # the named person's words; the verb after the name frames them
            return None
        pieces = quote_pieces(r, a, b) if words_in(text[a:b]) >= 3 else []
    else:
        pieces = []
    if not pieces:
        return None
    if (
        _DOCUMENT.search(phrase)
        # ("Witkoff and Araghchi met for an hour, according to a statement from the
        # ministry": words of no verb of saying of theirs are the document's author's)
        and spoken_before
        and (_named_subject(text, s.start, cue.start) or _one_who_speaks(text, s.start, cue.start))
        and not _state_for_its_body(text, s.start, cue.start, phrase)
    ):
        # "Borrell also repeated ..., according to a statement released by his office": the
        # statement carries Borrell's words; he speaks (so does "The Prime Minister affirmed,
        # according to the statement, ...": a post or a pronoun for the one named before)
        return Draft(
            pieces, None, cue.start, cue, s, sentence_subject=True, frame=[(s.start, cue.end)]
        )
    return Draft(pieces, subject, cue.end, cue, s, frame=[(cue.start, np_end)])


# a count of casualties: a number and the word for the dead or wounded, either way round
_CASUALTIES = r"(?:killed|dead|died|deaths|wounded|injured|casualties)"
_TOLL = re.compile(
    rf"\d[\d,.]*[^.;:\d]{{0,60}}?\b{_CASUALTIES}\b|\b{_CASUALTIES}\b[^.;:\d]{{0,40}}?\d[\d,.]*"
)
# "That is according to X", "That's according to X": the sentence before is the source's
# (and "This according to X.", the copula dropped as some newsrooms write it, South Africa's
# among them: "This in response to a question from ...")
_POINTS_BACK = re.compile(r"(?:That|This)(?:\s+is|\s+was|['\u2019]s)?")
# what may follow the name after a comma in a bare pointer: a description, no verb of its own
_CLAUSE_VERB = re.compile(
    r"\b(?:would|will|could|should|can|may|might|must|is|was|are|were|has|have|had|said|says)\b"
)


def _bare_pointer_closes(text: str, start: int, comma: int, end: int) -> bool:
    """ "This according to X." with the copula dropped points back only when nothing but the
    name (and a description of it) runs to the stop: in "This according to Minister X would
    require cuts ..." "This" is the subject of a sentence of X's own, not a pointer."""
    name = text[start : comma if comma > 0 else end].strip().rstrip(".")
    if parse_speaker(name) is None:
        return False
    return comma <= 0 or _CLAUSE_VERB.search(text, comma + 1, end) is None


# "According to X, speaking late on Monday, ...", "..., who spoke in Geneva, ...": where and
# when the source spoke, set off after it (the attribution's, never the words)
_OCCASION_ASIDE = re.compile(
    r"\s*(?:who\s+(?:spoke|was\s+speaking|addressed|wrote)|speaking|writing|addressing)\b"
    r"[^,;:\"\u201c\u201d]{1,80},"
)
# ("According to Sergei Lavrov, Russia's foreign minister, ...": a state's post too)
_APPOSITIVE_OPENING = re.compile(
    r"\s*(?:(?i:the|a|an|his|her|its|their)|(?:[A-Z][\w.]*\s){0,2}[A-Z][\w.]*['\u2019]s)\s"
)
# a post's head within its first words, then the body or field it is held at
_POST_HELD_AT = re.compile(r"(?:[\w.'\u2019-]+\s+){0,3}?(?P<head>[\w-]+)\s+(?:of|for|to|at)\s")
_POST_AT_WORDS = 14
_CLAUSE_WORD = re.compile(r"\b(?:who|which|that|whose|said|says|told|is|was|has|had)\b")
# "According to Russia's foreign minister, Sergei Lavrov, ...": the name set off after the post
_NAME_SET_OFF = re.compile(
    r"\s*(?:[A-Z][\w.'\u2019-]*\s+(?:(?:bin|bint|ibn|al|da|de|dos|van|von|der)\s+)?){0,4}"
    r"(?:[A-Z]|(?:al|el|ad|as|ash)-[A-Z])[\w'\u2019-]*\s*,"
)
_APPOSITIVE_WORDS = 8


def _appositive_after(text: str, comma: int, end: int) -> int | None:
    """The comma that closes a description of the person named before ``comma`` ("..., the
    EU's top diplomat, ..."): a noun phrase for one speaker, not a clause; or a post and the
    body or field it is held at ("..., the secretary-general of the Organisation of Islamic
    Cooperation, ...", "..., the UN's special coordinator for the Middle East peace process,")."""
    opening = _APPOSITIVE_OPENING.match(text, comma + 1) if comma >= 0 else None
    if opening is None:
        return None
    close = text.find(",", comma + 1, end)
    if close < 0:
        return None
    chunk = text[comma + 1 : close]
    after = text.find(",", close + 1, end)
    named = parse_speaker(text[close + 1 : after].strip()) if after > 0 else None
    if named is not None and named.kind == "person":
        # "According to X, Myanmar's representative, Permanent Secretary Y, briefed ...": the
        # post is the next name's, whose clause follows
        return None
    if words_in(chunk) <= _APPOSITIVE_WORDS:
        found = parse_speaker(chunk)
        if found is not None and found.kind in ("description", "unnamed"):
            return close if found.head in ROLE_WORDS else None
    held = _POST_HELD_AT.match(text, opening.end(), close)
    if held and _post_held_between(text, comma + 1, close, held["head"].lower()):
        return close
    return None


def _post_held_between(text: str, start: int, close: int, head: str) -> bool:
    """Whether ``text[start:close]``, set off by commas, is a post held at a body or field
    ("the secretary-general of the Organisation of Islamic Cooperation"), ``head`` its post:
    a post's word, a few words, no clause."""
    return (
        head in ROLE_WORDS
        and words_in(text[start:close]) <= _POST_AT_WORDS
        and not _CLAUSE_WORD.search(text, start, close)
    )


_BARE_POST_HELD_AT = re.compile(r"\s*(?P<head>[a-z][\w-]*)\s+(?:of|for|to|at)\s")


def _bare_post_after(text: str, comma: int, end: int) -> int:
    """The comma closing a post with no article set off after a name ("..., spokeswoman for
    the Russian Foreign Ministry, ..."), or ``comma`` itself when none follows."""
    held = _BARE_POST_HELD_AT.match(text, comma + 1, end)
    close = text.find(",", comma + 1, end) if held else -1
    if close > 0 and _post_held_between(text, comma + 1, close, held["head"]):
        return close
    return comma


# a published plan: "the ministry's agenda", "the official schedule", "the visit's programme"
_SCHEDULE_SOURCE = re.compile(
    r"\b(?:agenda|schedule|programme|program|timetable|itinerary|calendar)s?"
    # ("a schedule released by the royal court", "the programme of the visit")
    r"(?:\s+(?:of|for|released|published|issued|posted|shared)\b[^,;]*)?$",
    re.I,
)
_BARE_REPORT = re.compile(r"(?:the|a|this|that|one)\s+(?:(?:new|latest|earlier)\s+)?reports?", re.I)
# "Yoon made the remark during a lunch meeting, according to his office": no words of its own
_MADE_THE_REMARK = re.compile(
    r"^\W*(?:[A-Z][\w.'\u2019-]*\s+){1,4}(?:\w+ly\s+)?" + MADE_THE_REMARKS
)
# a named subject (with an aside set off after it), then a verb of an act, not of saying
_ACT_DONE = re.compile(
    r"^\W*(?:[A-Z][\w.'\u2019-]*\s+){1,6}?(?:[A-Z][\w.'\u2019-]*)(?:,[^,;:\"\u201c]{1,120},)?"
    r"\s+(?:\w+ly\s+)?(?:convened|summoned|met|chaired|hosted|visited|received|attended|"
    r"inspected|toured|presided|arrived|travell?ed)\b"
)
# ", according to X, who said ...": the source's words in a clause about him
_WHO_SAID = re.compile(r",\s*who\s+(?:also\s+)?(?:said|added|stated|noted|stressed)\s+(?:that\s+)?")
# ", according to the ministry, which gave no date": words about the source, not its words
_ABOUT_THE_SOURCE = re.compile(
    r"(?:who|which|whose|where|when|as|but|and|while|although|though|[a-z]+ing)\b"
)
# what carries someone's words: "according to a statement", "according to the transcript"
_DOCUMENT = re.compile(
    r"^(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|readout|communiqu\u00e9|communique|"
    r"release|transcript|text|letter|note|declaration|message|post|tweet|video)\b"
)
_LEADING_NAME = re.compile(r"\W*((?:[A-Z][\w.'\u2019-]*\s+)*[A-Z][\w.'\u2019-]*)\s+[a-z]")


# where a relative clause set in a sentence ends: the next comma, semicolon or dash
_RELATIVE_CLAUSE_END = re.compile(r"[,;]|\s[\u2014\u2013-]\s")


def _relative_clause_said(
    r: ArticleReading, s: Sentence, cue: Cue, subject: SpeakerPhrase, phrase: str, comma: int
) -> Draft | None:
    """ "the peace summit, which, according to Barrot, should take place by the end of the
    year": an "according to" set off at the head of a relative clause gives the clause's own
    words (up to the clause's end) to the one it names, a person (by name, post or pronoun)
    or a body; not to a paper or an unnamed source ("which, according to a report, ..."),
    and not when the clause is a count of the dead or wounded, a figure sourced."""
    if comma <= 0 or _DOCUMENT.search(phrase) or _BARE_REPORT.fullmatch(phrase):
        return None
    if subject.kind == "description":
        if subject.head not in ROLE_WORDS:
            return None  # "according to sources", "according to analysts": no one named
    elif subject.kind not in ("person", "institution", "pronoun"):
        return None
    text = r.text
    end = _RELATIVE_CLAUSE_END.search(text, comma + 1, s.end)
    a, b = strip_span(text, comma + 1, end.start() if end else s.end)
    if words_in(text[a:b]) < 3 or _TOLL.search(text, a, b):
        return None
    return Draft(quote_pieces(r, a, b), subject, cue.end, cue, s, frame=[(cue.start, a)])


def _named_subject(
    text: str, start: int, end: int, kinds: tuple[str, ...] = ("person", "institution")
) -> bool:
    """Whether the clause before ``end`` opens with a person's (or a body's) name."""
    lead = _LEADING_NAME.match(text, start, end)
    found = parse_speaker(lead.group(1)) if lead else None
    return found is not None and found.kind in kinds


def _one_who_speaks(text: str, start: int, end: int) -> bool:
    """Whether the clause before ``end`` opens with a post or a pronoun standing for someone
    ("The Prime Minister affirmed", "She stressed") before its verb of saying."""
    verb = next((c for c in find_cues(text, start, end) if not c.according), None)
    if verb is None:
        return False
    found = parse_speaker(TAIL_ADVERBS.sub("", text[start : verb.start]).strip())
    if found is not None and found.kind == "description":
        return found.head in ROLE_WORDS
    return found is not None and found.kind == "pronoun" and found.gender is not None


def _one_person(phrase: str) -> bool:
    """Whether ``phrase`` is a person, by name or by post ("Suga", "Ukraine's foreign
    minister")."""
    found = parse_subject(phrase.strip())
    if found is not None and found.kind == "description":
        return found.head in ROLE_WORDS
    return found is not None and found.kind == "person"


def _person_named(phrase: str) -> bool:
    """Whether ``phrase`` names a person, titles in lower case and all ("ambassador Anatoly
    Antonov")."""
    found = parse_speaker(phrase.strip())
    return found is not None and found.kind == "person" and bool(found.name)


def _state_for_its_body(text: str, start: int, end: int, phrase: str) -> bool:
    """ "China will restrict exports ..., according to a statement released by the Ministry
    of Commerce": a state as the clause's subject, and a body of it named as the statement's
    author, who speaks for it."""
    lead = _LEADING_NAME.match(text, start, end)
    subject = parse_speaker(lead.group(1)) if lead else None
    if subject is None or subject.kind != "institution" or subject.name not in STATE_NAMES:
        return False
    author = document_author(phrase)
    return author is not None and author.kind == "institution" and author.name != subject.name


def in_his_words(r: ArticleReading, s: Sentence, cue: Cue) -> Draft | None:
    """ "In his words, ...", "In Fidan's words, ...": what follows the comma, said by whoever
    "his" is, or by the one named."""
    owner = cue.word.split(None, 1)[1].rsplit(" ", 1)[0]  # "his", "Fidan's", "his own"
    owner = owner.removesuffix(" own")
    pronoun = {"his": "he", "her": "she", "their": "they"}.get(owner.lower())
    subject = parse_speaker(pronoun or re.sub(r"['\u2019]s$", "", owner))
    if subject is None:
        return None
    a, b = strip_span(r.text, cue.end, s.end)
    if words_in(r.text[a:b]) < 3:
        return None
    return Draft(
        quote_pieces(r, a, b),
        subject,
        cue.start + 3 if pronoun is None else cue.start,
        cue,
        s,
        frame=[(s.start, a)],
    )


# "The diplomat's remarks that ...": the owner named by a description the story resolves
_DESCRIBED_OWNER = re.compile(r"\b[Tt]he\s+(?:[A-Za-z-]+\s+){0,2}[a-z-]+$")
_NOUN_RIGHT_BEFORE_THAT = re.compile(rf"['\u2019]s\s+(?:{SAID_WHEN_OR_HOW}\s+)?\w+\s+that$")
# the remark as the subject of the sentence's own verb: "X's remarks that ... came a day
# after ...", "... drew a sharp reply": what was said ends before it
_REMARK_SUBJECT_VERB = re.compile(
    r"\s+(?:came|drew|sparked|prompted|triggered|provoked|angered|followed)\b"
)


def noun_that(r: ArticleReading, s: Sentence, cue: Cue, later: list[Cue]) -> Draft | None:
    """ "Brandt's remarks that the talks were at a dead end": the owner of the remarks
    said what follows "that"."""
    text = r.text
    by = NOUN_BY_CUE.fullmatch(cue.word)
    if by is not None:
        # "the remarks by Foreign Minister X that ...": a person named after "by" owns them
        begin = cue.start + by.start("owner")
        subject = parse_speaker(by["owner"])
        if subject is None or subject.kind != "person":
            return None
        return _noun_that_words(r, s, cue, later, subject, begin)
    owner = re.search(r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*$", text[s.start : cue.start])
    if owner is None and _NOUN_RIGHT_BEFORE_THAT.search(cue.word):
        # (not "the minister's comments suggest that": the comments' own verb, a reading)
        owner = _DESCRIBED_OWNER.search(text[s.start : cue.start])
    if owner is None:
        return None
    begin = s.start + owner.start()
    subject = parse_speaker(text[begin : cue.start])
    if subject is None or subject.kind not in ("person", "institution", "description"):
        return None
    return _noun_that_words(r, s, cue, later, subject, begin)


# a verb of saying that takes up the sentence's attribution, an adverb of time before it
_RESUMING_VERB = (
    r"(?:(?:also|later|then|again)\s+)?(?:said|says|told|tells|added|stressed|noted|"
    r"insisted|warned|urged|argued|declared|stated)\b"
)
# a comma, then a verb of saying with no subject of its own: the sentence's verb, resumed
_ASIDE_CLOSES = re.compile(r",\s+" + _RESUMING_VERB)
# a comma, then a short subject of its own and a verb of saying: the sentence's attribution
# after a fronted clause the noun stands in ("Speaking on Monday and after Y's claim that
# ..., Smith said: ...")
_MAIN_ATTRIBUTION_CLOSES = re.compile(
    r",\s+(?:[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}|he|she|they)\s+" + _RESUMING_VERB
)


def _noun_that_words(
    r: ArticleReading, s: Sentence, cue: Cue, later: list[Cue], subject: SpeakerPhrase, begin: int
) -> Draft | None:
    """The words after a noun of saying's "that", up to the sentence's own verb."""
    text = r.text
    a, b = content_after(r, s, cue.end, later)
    quote = next((q for q in r.quotes_in(a, b - 3) if q.outer[1] < b), None)
    if quote is not None and re.match(r"\s+[a-z]", text[quote.outer[1] : b]):
        b = quote.outer[1]  # '... "at a dead end" drew a sharp reply': the remark ends
    resumed = _ASIDE_CLOSES.search(text, a, b) or _MAIN_ATTRIBUTION_CLOSES.search(text, a, b)
    if resumed is not None:
        # "X, responding to Y's remarks on May 2 that ..., said ...": the aside the noun
        # stands in closes at the comma before the sentence's own verb of saying
        b = resumed.start()
    verb = _REMARK_SUBJECT_VERB.search(text, a, b)
    if verb is not None and words_in(text[a : verb.start()]) >= 3:
        b = verb.start()  # "... that the bloc had lost its way came a day after ...": ends
    if words_in(text[a:b]) < 3:
        return None
    return Draft(quote_pieces(r, a, b), subject, begin, cue, s, frame=[(s.start, a)])
