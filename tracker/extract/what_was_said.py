"""Where the words of a statement begin and end around a cue of saying.

What was said after the cue starts past adverbials and the one told ("told reporters that")
and runs to the end of its clause: a later cue that starts its own statement, or a trailing
occasion (", speaking at a briefing"), ends it. What was said before a trailing attribution is
the clause or quote before it. A clause that is one quotation is the quote's words; a quote
broken by its attribution is joined again; a quote carried over paragraphs is taken whole.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from tracker.countries import STATE_NAMES
from tracker.extract.clause_words import (
    ADVERBIAL_THEN_THAT,
    FINITE_NEXT,
    HEAD_ADVERBS,
    JOINED_ADVERBS,
    JOINT,
    NAMING_VERBS,
    SUBJECTS_VERB,
    TAIL_REACH,
    TIME_AS_SUBJECT,
    TOLD_ASIDE_THAT,
    TOLD_LIKE,
    TOLD_OBJECT,
    TOLD_THAT,
    WHO_THEN_VERB,
    WORDS_JUDGED,
)
from tracker.extract.cues import Cue
from tracker.extract.draft import strip_span, words_in
from tracker.extract.lexicon import CONNECTORS, DEFINITE, INDEFINITE, POST_WORDS, ROLE_WORDS
from tracker.extract.segment import Sentence
from tracker.extract.speakers import parse_speaker

if TYPE_CHECKING:
    from collections.abc import Callable

    from tracker.extract.frames import ArticleReading


# "..., during which he also said ...": a second statement made at the occasion just named
_WHERE_HE_SAID = re.compile(
    r",\s+(?:(?:during|in|at|after) which|where)\s+(?:he|she|they|it|[A-Z][\w.'\u2019-]*)"
    r"(?:\s+(?:also|later|then|again|[a-z]+ly))*\s*$"
)
# "..., to which Zelensky responded, "..."": an answer the next speaker gave to the words
# before it (only before a verb of replying: "the treaty, to which Russia referred")
_TO_WHICH_REPLIED = re.compile(
    r",(?P<close>[\"\u201d]?)\s+to\s+which\s+(?:he|she|they|the\s+[a-z]+"
    r"|(?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w.'\u2019-]*)"
    r"(?:\s+(?:also|later|then|[a-z]+ly))*\s*$"
)
_PHRASE_THEN_QUOTE = re.compile(
    r"\s+(?:at|in|on|during|after|before|to|with|from|while|following|as)\b"
    # ("said in a statement that if the talks failed, \u201c...": a "that" opening a clause
    # ends the occasion and opens the words, which run on through the comma; "in that
    # interview" only points back)
    r"(?:(?!\bthat\s+(?:if|when|once|while|although|though|unless|because|since|despite|"
    r"after|before|as|given|with|without|even|the|a|an|he|she|it|they|we|I|his|her|its|their|"
    # ('wrote on X that during a call with the leaders, "...': a phrase fronted in the words)
    r"during|in|at|on|following|under|amid|until|over|by|[A-Z]\w*|"
    # ('wrote on Telegram that any deal would be on its terms, "not ...": a determiner or a
    # pronoun after "that", then an auxiliary, opens a clause; a relative "that" is followed
    # by its verb: 'said at a summit that some leaders skipped, "..."', 'wrote in an article
    # that this newspaper published on Monday, "..."', the quotation the words)
    r"(?:any|all|no|some|this|these|those|such|every|each|both|there|neither|none|our|my|"
    r"your|you|one)\b(?=[^,;:.!?\"\u201c\u201d]{0,60}?\b(?:is|are|was|were|has|have|had|"
    r"will|would|could|can|should|may|might|must|did|does|do)\b))\b)"
    r"[^,;:.!?\"\u201c\u201d]){0,100},\s*(?=[\"\u201c])"
)
# "praised, in particular, the work of ...": a short aside set off by commas, then the words;
# "The message reads, in part: ...": a document's words given in part, after a colon
_ASIDE_THEN_OBJECT = re.compile(
    r",?\s*(?:for example|for instance|in particular|notably|especially|above all|in part|"
    r"among other(?: things| points)?)\s*[,:]\s*(?=[\w\"\u201c])"
)
_ASIDE_THEN_THAT = re.compile(
    r",\s*(?:however|though|too|also|meanwhile|nonetheless|nevertheless|moreover|furthermore|"
    r"in turn|for (?:his|her|its|their) part|"
    # "said, among other things, that": the words are one point of several
    r"among other(?: things| points| issues)?|"
    # "said, in a rare concession, that": a phrase set off between commas
    r"(?:in|at|on|during|after|before|with|without|as|from|to|according to|like|unlike|"
    # "said on Tuesday, a day after Belarus moved troops, that"
    r"(?:a|one|two|three) days? (?:after|before)|hours (?:after|before)|shortly (?:after|before)|"
    # "said, citing intelligence reports, that", "warned, referring to the drills, that": the
    # source or the topic of the words, set off
    r"(?:apparently |clearly )?(?:citing|quoting|referring|alluding|pointing|responding|"
    r"reacting|echoing|speaking|addressing|writing|commenting)\b|"
    # "said, when asked about the summit, that": the question put, not the words
    r"(?:(?:when|if|after|before) )?asked\b)"
    r"[^,;:\"\u201c\u201d\u00ab\u00bb]{1,80}),\s*that\b\s*"
)
# (a clause: a subject of a few words and its auxiliary, "neither side will")
_CLAUSE_AHEAD = (
    r"(?!that\b)(?:[\w.'\u2019-]+\s+){1,4}"
    r"(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must)\b"
)
# "said, if elected, she would ...", "said, once the talks resume, Moscow will ...": the
# words open with their own condition, set off after the verb's comma; the condition is theirs,
# and so is a concession or a reserve on time ("said, despite the tensions, the Kremlin
# would ...", "said, for now, the embassy will ...")
_COMMA_THEN_CONDITION = re.compile(
    r",\s*(?=(?:(?:if|when|once|unless|until|as soon as|despite|in spite of|regardless of)\s+"
    r"(?!asked\b)[^,;:\"\u201c\u201d\u00ab\u00bb]{1,80}|"
    r"for now|so far|as yet|in any case|in (?:any|either) event),\s*" + _CLAUSE_AHEAD + ")"
)
# "said, however, the talks would go on": the writer's connective set off after the verb's
# comma, then the words as a clause with no "that"
_CONNECTIVE_THEN_CLAUSE = re.compile(
    r",\s*(?:however|though|meanwhile|nonetheless|nevertheless|moreover|furthermore|"
    r"at the same time|in turn|for (?:his|her|its|their) part),\s*(?=" + _CLAUSE_AHEAD + ")"
)

# "said, in response to a question, no decision had been taken", "said, without naming them,
# some states were ...": the question put or a reserve kept, set off after the verb's comma;
# the words are the clause after it (a subject of a few words and its finite verb)
_ASIDE_THEN_CLAUSE = re.compile(
    r",\s*(?:in (?:response|reply|answer) to|responding to|replying to|answering|"
    r"(?:(?:when|after) )?asked\b|without (?:naming|identifying|elaborating|giving|citing|"
    r"specifying|mentioning)\b)"
    r"[^,;:\"\u201c\u201d\u00ab\u00bb]{0,80},\s*"
    r"(?=(?!that\b)(?:[\w.'\u2019-]+\s+){1,4}"
    r"(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|"
    r"do)\b)"
)

# ", speaking at a briefing on Monday": where and when the speaker said it, not what
_TRAILING_OCCASION = re.compile(
    r",\s+(?:(?:speaking|talking)\s+(?:at|to|in|on|during|after|before|from|with)\b|addressing\b|"
    r"briefing\s+(?:reporters|journalists)\b|writing\s+(?:in|on)\b|"
    r"in (?:televised |brief |separate |later )?(?:remarks|comments|a speech|an address)\b|"
    # "..., in statements to the local press on Monday": the Spanish "en declaraciones a"
    # of Latin American copy in English
    r"in (?:statements|declarations)(?: made| given)? to\b|"
    r"according to (?:a|an|the|his|her|its) (?:[a-z]+ )?(?:statement|readout|transcript)\b|"
    # "..., as reported by the Financial Times on Sunday": the reporter's source, not words
    r"as (?:was |first |earlier )?reported by\b|"
    # "..., in a post on X on Tuesday.": the medium closing the sentence, no clause after it
    r"in (?:a|an|his|her|its|their) (?:[\w-]+ ){0,2}(?:statement|interview|post|tweet|video|"
    r"message|letter|op-ed|article|broadcast)\b(?=[^,;\"\u201c\u201d]*$)|"
    # "... will hamper the talks, in Seoul on Wednesday.": where and when it was said
    r"(?=(?:in [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?,? )?on (?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)\.?\s*$))"
    r"[^\"\u201c\u201d]*?(?:$|(?=,?\s+(?:and|but)\s))"
)


# "X said A, while Y said B": a clause of its own, with its own speaker, joined on ("whereas"
# more often contrasts inside what X said: "A, whereas Petraeus acknowledged B")
_ANOTHER_CLAUSE = re.compile(
    # (the comma may sit inside the closing mark: 'as a "landmark," while Y said')
    # ("A, though Bessent indicated that B": a concession voiced by another)
    r",(?P<close>[\"\u201d]?)\s+(?:while|and|but|(?:even\s+)?(?:though|although))\s+"
    r"(?P<subject>(?:(?:the|his|her|its|their)\s+)?"
    # ("while hard-left leader X hailed ...": a title in lower case before the name)
    r"(?:[a-z][\w-]*\s+){0,3}?[A-Z][^;:\"\u201c\u201d]{1,80}?)"
    r"(?:,\s+for (?:his|her|its|their) part)?,?\s*$"
    # "told reporters that ...; Wang, however, said ...": a semicolon, then the next speaker
    # set off by the adverb that contrasts the two (a live page's "A vows X; B says Y"
    # standfirst lists headlines, not one speaker's words)
    r"|;\s+(?P<next>(?:(?:the|his|her|its|their)\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    r"[A-Z][^;:,\"\u201c\u201d]{1,80}?),\s+(?:for (?:his|her|its|their) part|however|"
    r"meanwhile|in turn),\s*$"
)


_AS_ANOTHER = re.compile(
    r",(?P<close>[\"\u201d]?)\s+as\s+(?P<subject>(?:(?:the|his|her|its|their)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}?[A-Z][^,;:\"\u201c\u201d]{1,80}?)\s*$"
)


# "... would lead to conflict, a day after Macron said ...": a time clause with its own
# speaker closes the words before it
_TIME_CLAUSE = re.compile(
    # ("a fortnight after": two weeks, British)
    r",\s+(?:(?:just|only|barely)\s+)?"
    r"(?:(?:a|one|two|three|four|five|\d+)\s+(?:days?|weeks?|fortnights?)\s+|"
    r"hours\s+|days\s+|weeks\s+|shortly\s+|moments\s+)?(?:after|before)\s+"
    r"(?P<subject>(?:the\s+)?[A-Z][^,;:\"\u201c\u201d]{1,60}?)\s*$"
)


# "A reporter asked about the sanctions and Sergey Lavrov said ...": without the comma, a
# person's full name after "and" still opens a clause of its own (and so does a surname the
# story has given in full before: "... and Lavrov said")
_AND_NAMED = re.compile(
    r"\s(?:and|but)\s+(?P<subject>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})\s*$"
)


def _surname_opens_clause(
    lead: str, named: re.Match[str], named_before: Callable[[str], bool]
) -> bool:
    """ "asked about the border and Stubb said": a surname given in full before, after a word
    that is no one who speaks (not "both he and Rubio promised", "Cruz and Rubio said": one
    subject of two)."""
    previous = lead[: named.start()].rsplit(None, 1)
    word = (previous[-1] if previous else "").strip(",")
    person = parse_speaker(word) if word[:1].isupper() else None
    return (
        word.lower() not in _SUBJECT_PRONOUNS
        and (person is None or person.kind != "person")
        and named_before(named["subject"])
    )


_SUBJECT_PRONOUNS = frozenset({"he", "she", "we", "they", "you", "it", "who"})


def named_in_full_before(text: str, surname: str, end: int) -> bool:
    """Whether ``surname`` closes a full name ("Sergei Lavrov") somewhere before ``end``.

    Only the places where a capitalised word opens with the surname's first letters are
    looked at (an index built once per text), so a page of thousands of distinct names asked
    about costs no scan of the whole page per name."""
    opening = _WORD_OPENING.match(surname)
    for at in _capitalised_openings(text).get(opening[0] if opening else "", ()):
        if at + len(surname) > end:
            return False
        after = text[at + len(surname) : at + len(surname) + 1]
        if text.startswith(surname, at) and not after.isalpha():
            word = text[text.rfind(" ", 0, at - 1) + 1 : at - 1]
            if word[:1].isupper():
                return True
    return False


# the letters and digits a capitalised word opens with: "Lavrov" of "Lavrov's", "O" of
# "O'Brien" (a surname glued to digits, "Lavrov2", is not looked for in it)
_WORD_OPENING = re.compile(r"[^\W_]+")
_CAPITALISED_AFTER_SPACE = re.compile(r"(?<= )[A-Z][^\W_]*")


@lru_cache(maxsize=8)
def _capitalised_openings(text: str) -> dict[str, list[int]]:
    """Where each capitalised word after a space starts, in order, by its opening letters."""
    openings: dict[str, list[int]] = {}
    for m in _CAPITALISED_AFTER_SPACE.finditer(text):
        openings.setdefault(m[0], []).append(m.start())
    return openings


# "condemned the launch, with Iwaya calling it ...", "denied it, with the foreign ministry
# saying ...": a participle with a subject of its own after "with" opens another speaker's
# words
_WITH_SPEAKER = re.compile(
    r",\s+with\s+(?P<subject>(?:(?:the|his|her|its|their)\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    r"[A-Z][^,;:\"\u201c\u201d]{1,80}?|the\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*$"
)


# "..., while Y has insisted ...", "... but Y had earlier argued ...": the perfect's
# auxiliary (and an adverb with it) stands between the joined clause's speaker and its verb
_PERFECT_AT_END = re.compile(
    r"\s+(?:has|have|had)(?:\s+(?:also|since|already|long|earlier|\w+ly)){0,2}\s*$"
)


# "X called the plan lawful, whereas Labour's Y told MPs that ...": a named person telling
# an audience after "whereas" speaks words of their own (not "A, whereas the general
# admitted that B": the contrast inside what X said)
_WHEREAS_TOLD = re.compile(
    r",(?P<close>[\"\u201d]?)\s+whereas\s+(?P<subject>(?:[a-z][\w-]*\s+){0,3}?"
    r"[A-Z][^,;:\"\u201c\u201d]{1,80}?)\s*$"
)


def _other_speaker(
    lead: str,
    participle: bool = False,
    clause_follows: bool = False,
    told: bool = False,
    named_before: Callable[[str], bool] = lambda surname: False,
) -> re.Match[str] | None:
    whereas = _WHEREAS_TOLD.search(lead) if told else None
    found = parse_speaker(whereas["subject"]) if whereas else None
    if found is not None and found.kind == "person":
        return whereas
    if clause_follows:
        # "declared the ruling void, as President X vowed that ...": "as" joins a clause with
        # its own speaker and words (not "..., as X said": X vouching for the same words)
        joined = _AS_ANOTHER.search(lead)
        found = parse_speaker(joined["subject"]) if joined else None
        if found is not None and found.kind in ("person", "institution"):
            return joined
    with_speaker = _WITH_SPEAKER.search(lead) if participle else None
    found = parse_speaker(with_speaker["subject"]) if with_speaker else None
    if found is not None and found.kind in ("person", "institution", "description"):
        return with_speaker
    timed = _TIME_CLAUSE.search(lead)
    if timed is not None:
        found = parse_speaker(timed["subject"])
        # ("a day after French officials said": unnamed, still a clause's own speaker)
        if found is not None and found.kind in ("person", "institution", "unnamed"):
            return timed
    joined = _PERFECT_AT_END.sub("", lead)
    other = _ANOTHER_CLAUSE.search(joined) or timed
    if other is None:
        named = _AND_NAMED.search(lead)
        found = parse_speaker(named["subject"]) if named else None
        if (
            found is not None
            and found.kind == "person"
            and (" " in (found.name or "") or _surname_opens_clause(lead, named, named_before))
        ):
            return named
        return None
    found = parse_speaker(other["subject"] or other["next"])
    # (", while the Italian minister said ...": a definite description speaks as a name does)
    return (
        other
        if found is not None and found.kind in ("person", "institution", "description")
        else None
    )


def _trailing_source(r: ArticleReading, c: Cue, lead: str) -> re.Match[str] | None:
    """ "saying Tokyo values the tie, a Japanese official said.": a source's attribution
    closing the sentence ends the words before it."""
    if not _SENTENCE_END.match(r.text, c.end):
        return None
    source = _SOURCE_BEFORE.search(lead)
    return source if source and parse_speaker(source["np"]) is not None else None


def _main_source_back(r: ArticleReading, c: Cue, lead: str) -> re.Match[str] | None:
    """ "When asked about a report by X, which claimed that A, spokesperson Y said on Friday
    that B": words told inside a relative clause end where the sentence's own subject comes
    back after a comma with a verb of saying and words of its own ("that" after the verb,
    its day or place between), not only at the sentence's end."""
    if (
        c.participle
        or c.according
        or _THAT_AFTER_DAY.match(r.text, c.end, c.end + _THAT_AFTER_DAY_REACH) is None
    ):
        return None
    source = _SOURCE_BEFORE.search(lead)
    found = parse_speaker(source["np"]) if source else None
    if found is None or found.kind not in ("person", "institution", "description"):
        return None
    return source


def _source_after_verb(r: ArticleReading, c: Cue, lead: str) -> re.Match[str] | None:
    """ "warned Y that ..., said a Philippine official who was briefed on the meeting.": a
    source named after its verb of saying, closing the sentence, ends the words before it."""
    if c.word not in _SAID_A_CLAUSE or not lead.rstrip().endswith(","):
        return None
    source = _SOURCE_AFTER.match(r.text, c.end)
    if source is None or parse_speaker(source["np"]) is None:
        return None
    return _COMMA_CLOSING.search(lead)


# (the source's own description may run on: "who was briefed on the talks", "familiar with")
# ("said the U.S. official.", "said a U.N. official familiar with ...": an abbreviation's dot,
# after a capital, is no sentence's end)
_SOURCE_AFTER = re.compile(
    r"\s+(?P<np>(?:a|an|the|two|three|several|one|another)\s+"
    r"(?:[^,;:\"\u201c\u201d.!?]|(?<=[A-Z])\.){2,60}?)"
    r"(?:\s+(?:who|familiar|briefed|with|close|speaking|involved)\b"
    r"(?:[^;:\"\u201c\u201d.!?]|(?<=[A-Z])\.){0,80})?"
    r"\s*[.!?]"
)
_COMMA_CLOSING = re.compile(r",\s*$")


# the bare plurals a wire story closes a sentence with as its unnamed source ("..., officials
# said.", "..., Western diplomats said."): only these three, the ones seen ending a participle's
# words; lexicon.UNNAMED_HEADS holds many more ("analysts", "reports", "some", "troops"),
# none checked here as a trailing source, so widening is left to a change with evidence
_UNNAMED_SOURCES = "officials|sources|diplomats"
_SOURCE_BEFORE = re.compile(
    r",(?P<close>[\"\u201d']?)\s+(?P<np>(?:the|a|an|his|her|its|their)\s+[^,;:\"\u201c\u201d]{2,60}?|"
    # ("..., China's foreign ministry said in a statement.": an owner's body)
    r"[A-Z][\w.'\u2019-]*['\u2019]s\s+[^,;:\"\u201c\u201d]{2,60}?|"
    # ("..., Foreign Ministry Spokesman Tamim Khallaf said.": a spokesperson's post and name)
    r"(?:[\w.'\u2019-]+\s+){0,4}(?i:spokes(?:man|woman|person))\s+[A-Z][\w.'\u2019-]+"
    r"(?:\s+[A-Z][\w.'\u2019-]+){0,3}|"
    r"[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){0,3}|"
    # ("..., officials said.", "..., Western diplomats said.": unnamed sources, a bare plural)
    rf"(?:[\w'\u2019-]+\s+){{0,2}}(?:{_UNNAMED_SOURCES}))\s*$"
)
# (", the ministry said in a statement.": where or how it said so may close the sentence)
_SENTENCE_END = re.compile(
    r"\s*(?:(?:on|in|at|late|early|during|after|via|through)\s[^,;:.!?\"\u201c\u201d]{0,60})?[.!?]"
)


_THAT_NEXT = re.compile(r"\s+that\b")
# "said that China opposes X, and rejects Y": a verb in the present joined after a past verb
# of saying is the reported subject's, inside the words, not a second verb of the speaker's
_TENSE_SHIFT = re.compile(r"\b(?:said|told|stated|noted|stressed)\b[^.,;:]{0,30}?\bthat\s+$")
_PRESENT = re.compile(r"[a-z]+(?<!ss)(?<!ou)s")


def _joint_end(r: ArticleReading, c: Cue, start: int, relative: bool, shifted: bool) -> int | None:
    """Where words told from ``start`` end because ``c``, a later verb of saying, is joined
    on with words of its own (None: the words run on past it). Only the lead from ``start``
    to the verb is read."""
    lead = r.text[start : c.start]
    if c.lemma in NAMING_VERBS and _NAMING.search(lead):
        return None  # "what he described as the lack of ...": a naming inside the words
    if c.according and RELATIVE_JUST_OPENED.search(lead.rstrip()):
        return None  # "..., which, according to the ministry, killed 550": the clause's source
    if (c.participle or c.according or relative) and lead.rstrip().endswith(","):
        # ", adding that ...", ", according to the official": the words end at the comma
        return r.text.rfind(",", start, c.start)
    if (c.participle or c.according) and _COMMA_IN_QUOTE.search(lead):
        # 'rooted in "naked force," arguing that ...': the comma inside the closing mark
        return start + _COMMA_IN_QUOTE.search(lead).end()
    joint = (
        (None if shifted and _PRESENT.fullmatch(c.word) else JOINT.search(lead))
        or _WHERE_HE_SAID.search(lead)
        or (_TO_WHICH_REPLIED.search(lead) if c.lemma == "reply" else None)
        or _DAY_THEN_PRONOUN.search(lead)
        or _other_speaker(
            lead,
            c.participle,
            _THAT_NEXT.match(r.text, c.end) is not None,
            c.lemma == "tell" and not c.participle,  # "told", "tells": not "telling"
            lambda surname, end=c.start: named_in_full_before(r.text, surname, end),
        )
        or _trailing_source(r, c, lead)
        or (_main_source_back(r, c, lead) if relative else None)
        or _source_after_verb(r, c, lead)
        # (inside a relative clause of the subject the words end where its verb returns)
        or (None if relative else WHO_THEN_VERB.search(lead))
    )
    if not joint and (
        re.match(r"\s+that\b|\s*:", r.text[c.end : c.end + 6])
        or _THAT_AFTER_CHANNEL.match(r.text, c.end, c.end + _CHANNEL_REACH)
        or c.lemma == "issue_statement"
        or c.word in _SAID_A_CLAUSE
    ):
        # "... and warned that ...", "... and said the following: ...", "condemned the
        # raids and said the world ...": a second verb of saying with words of its own
        joint = re.search(rf"\s(?:and|but)\s+{JOINED_ADVERBS}$", lead)
    if joint and not r.in_quote(c.start):
        # a quote closed just before the source keeps its mark
        close = joint.groupdict().get("close")
        return start + (joint.end("close") if close else joint.start())
    return None


# characters before a later verb of saying read for what joins it on (", and he also said",
# ", while the Italian minister said", ", who later told"): a joint is a few words (the
# longest in the corpora, 43 characters), the same reach as a head's tail (clause_words)
_JOINT_REACH = TAIL_REACH


def content_after(r: ArticleReading, s: Sentence, start: int, later: list[Cue]) -> tuple[int, int]:
    end = s.end
    # "X, who issued a statement denying that ..., said ...": words told inside a relative
    # clause end where the sentence's own verb comes back after a comma
    relative = _RELATIVE_OPEN.search(r.text, s.start, start) is not None
    shifted = _TENSE_SHIFT.search(r.text, max(0, start - 40), start) is not None
    for c in later:
        # a verb more than _JOINT_REACH after ``start`` is read in the same characters before
        # it for every earlier verb of the sentence, and so once (a sentence of hundreds of
        # verbs is not read again from each of them)
        if c.start - start <= _JOINT_REACH:
            found = _joint_end(r, c, start, relative, shifted)
        else:
            key = (c, relative, shifted)
            if key not in r.joint_ends:
                r.joint_ends[key] = _joint_end(r, c, c.start - _JOINT_REACH, relative, shifted)
            found = r.joint_ends[key]
        if found is not None:
            end = found
            break
    if relative and opens_on_subject(r.text[s.start : start]):
        # "X, who said on Monday that ..., met Y": the words end where the sentence's own
        # verb comes back (the last such comma: "that the deal, signed in May, was void, left")
        backs = list(_MAIN_VERB_BACK.finditer(r.text, start, end))
        end = backs[-1].start() if backs else end
    opened = _DASHED_RELATIVE.search(r.text, max(s.start, start - _DASHED_REACH), start)
    if opened is not None and not _DASH.search(r.text, opened.end(), start):
        # "X — who earlier accused Y of ... — confirmed that ...": a relative clause
        # set off by dashes ends at the next dash, where the sentence's own verb comes back
        closing = _DASH.search(r.text, start, end)
        end = closing.start() if closing else end
    judged = _JUDGED_AFTER.search(r.text, start, end)
    if judged:
        end = judged.start()  # "..., a claim Washington denies": the words end before it
    occasion = _TRAILING_OCCASION.search(r.text, start, end)
    if occasion:
        end = occasion.start()
    sign_off = _SIGN_OFF.search(r.text, start, end)
    if sign_off:
        end = sign_off.start()
    grown = _SUM_GROWN.search(r.text, start, end)
    if grown and not r.in_quote(grown.start()):
        end = grown.start()  # "..., adding to the pressure on ...": the writer's comment
    return strip_span(r.text, start, end)


# "said Beijing had not kept its promises, adding to the pressure on negotiators": a sum
# grown, the writer's comment on the words, no verb of saying (see cues._ADDED_TO)
_SUM_GROWN = re.compile(r",\s+adding\s+to\b")


# "..., and on Tuesday he said ...", "... but a day later she told ...": a second verb of
# saying on another occasion, its day set before the subject's pronoun
_DAY_THEN_PRONOUN = re.compile(
    r"[\s,\u201d\"](?:and|but)\s+(?:(?:on|by|late|early)\s+)?(?:(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)(?:\s+(?:morning|afternoon|"
    r"evening|night))?|(?:a|one|two|three|several)\s+(?:days?|weeks?)\s+later|later|"
    r"last\s+(?:week|month)|this\s+week)\s*,?\s+(?:he|she|they|it)\s+" + JOINED_ADVERBS + "$"
)
# "... and later wrote on X that ...", "and told the Bundestag that ...": a second verb's
# own words after the channel or the audience it went to, a few words before "that"
_CHANNEL = (
    r"(?:(?:on|via|in|to)\s+(?:(?:his|her|its|their|the)\s+)?[A-Z][\w.'\u2019-]*"
    r"(?:\s+[A-Z][\w.'\u2019-]*)?|reporters|journalists|(?:the\s+)?[A-Z][\w.'\u2019-]*"
    r"(?:\s+[A-Z][\w.'\u2019-]*)?)"
)
_THAT_AFTER_CHANNEL = re.compile(r"\s+" + _CHANNEL + r"\s+that\b")
# "said that", "said on Friday that", "told reporters in Beijing that", "said on Friday,
# March 14, that", "said at a regular briefing on Friday that": the verb's own words, after
# the audience or channel (_CHANNEL) and up to three of a day, a place, an occasion
_THAT_AFTER_DAY = re.compile(
    r"(?:\s+" + _CHANNEL + ")?"
    r"(?:,?\s+(?:on|in|at|during)\s+(?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+"
    r"|,\s+[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?){0,3}"
    r",?\s+that\b"
)
_THAT_AFTER_DAY_REACH = 120  # characters after the verb
_CHANNEL_REACH = 50  # characters: how far after the verb its "that" may come
# verbs whose words are a clause even without "that" ("and said the world must act")
_SAID_A_CLAUSE = frozenset(("said", "added"))
_JUDGED_AFTER = re.compile(WORDS_JUDGED + r"[a-z]")
_COMMA_IN_QUOTE = re.compile(r",[\"\u201d]\s*$")
_NAMING = re.compile(r"\bwhat\s+(?:he|she|they|it|[A-Z][\w'-]+)\s+$")
_RELATIVE_OPEN = re.compile(r",\s+(?:who|which|whose)\s")
# the same clause set off by a dash: "X — who was rebuked after he accused Y of ... — said"
_DASHED_RELATIVE = re.compile(r"\s[\u2014\u2013]\s+(?:who|whose)\s")
_DASH = re.compile(r"\s[\u2014\u2013]\s")
_DASHED_REACH = 200  # characters: how far before the words such a clause may open
# the sentence's own verb back after a relative clause's closing comma: "..., met her
# counterpart", "..., has declined to comment", "..., will travel" (a finite verb, not a
# participle's "signed by" or "aimed at" inside the words)
_MAIN_VERB_BACK = re.compile(
    r",\s+(?:(?:also|later|then|now|still|\w+ly)\s+)?(?:(?:is|are|was|were|has|have|had|"
    r"will|would|could|can|did|does)\b|(?:met|left|went|flew|made|took|gave|came|spoke|"
    r"held|sent|kept|led|won|lost|told|said|[a-z]{3,}ed)\b)"
)
# ("X, whose term ends in May and who has said ...": two relative clauses joined by "and")
_RELATIVE_ON_SUBJECT = re.compile(r"\W*(?P<np>[^,;:\"\u201c]{2,80}?),\s+(?:who|whose)\s")
_NOUN_PHRASE_WORDS = CONNECTORS | DEFINITE | INDEFINITE | ROLE_WORDS | POST_WORDS


def opens_on_subject(lead: str) -> bool:
    """Whether ``lead`` opens with a name or title and its relative clause ("Trade Minister
    X, who said ..."), so the clause sits inside the sentence's subject, its verb still to
    come (not "Y referred to remarks by X, who said ...", where the sentence ends with it)."""
    opening = _RELATIVE_ON_SUBJECT.match(lead)
    if opening is None or "," in lead[opening.end() :]:
        return False  # ("X, who met Y on Tuesday, said ...": the clause closed before)
    words = re.findall(r"[\w'\u2019.-]+", opening["np"])
    return all(w[0].isupper() or w.lower() in _NOUN_PHRASE_WORDS for w in words)


# a relative clause opened just before: "the strikes, which," ("..., which, according to X,
# killed 550": X is the source of the clause, not of the sentence)
RELATIVE_JUST_OPENED = re.compile(r"[\w\"\u201d'\u2019],\s+(?:which|who|whose\s+\w+|where)\s*,?$")
# ("... refugees. (end) asn.gta", "... region. ef/abo": the wire's end mark and its desk's
# initials in lower case, letters joined by dots or slashes, close the story)
DESK_INITIALS = r"[a-z]{1,5}(?:[./][a-z]{1,5}){1,3}"
END_MARK = rf"\((?:end|End|END)\)(?:\s+{DESK_INITIALS})?|{DESK_INITIALS}"
# what follows the last stop when an agency signs off: "-VNA", "(AP) RUP", " (end) asn.gta"
SIGN_OFF_TAIL = (
    r"\s*(?:[-\u2013\u2014/(][^\w\"\u201c\u201d]{0,2}"
    r"(?:[A-Z][A-Za-z]{1,10}[^\w\"\u201c\u201d]{0,3}){1,3}"
    rf"|(?<=\S)\s+(?:{END_MARK}))$"
)
# "... this incident.-VNA", "... corridors.(AP) RUP": the agency's sign-off, not the words
_SIGN_OFF = re.compile(r"(?<=[.!?\"\u201d])" + SIGN_OFF_TAIL)


# "told correspondents at a press conference", "told the ministers.": people told, named by
# a plural noun with nothing after it but where, when or the sentence's end (in "told the
# ministers the plan was dead" the words follow)
_HEARERS = re.compile(
    # ("told Western ambassadors after ...": a qualifier may be capitalised; but no article
    # inside the run: "told Reuters the strikes, including ..., had ..." names the outlet
    # told, then the words' own subject)
    r"\s*(?:(?:(?:the|his|her|its|their|fellow)\s+)?"
    r"(?:(?!(?:the|a|an|his|her|its|their|this|these|those)\s)[\w-]+\s+){0,2}?[a-z-]{3,}s"
    # ("told his Indian counterpart.", "told the visiting minister in Delhi": one hearer, by
    # what they are to the speaker or the story)
    r"|(?:the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:counterpart|host|guest|visitor|"
    r"envoy|minister|ambassador|newspaper|paper|daily|broadcaster|agency|channel|station|"
    r"outlet|magazine|audience|crowd|gathering|conference|forum|assembly|parliament|council|"
    r"committee|meeting))\b"
    r"(?=\s*(?:[.,;!]|$)|\s+(?:at|in|on|during|after|before|via|from|over|ahead|today|"
    # ("told his advisers as he prepared ...": when, a clause of its own)
    r"yesterday|tonight|this|last|earlier|later|as|while|when)\b)"
)


# "told EU leaders he would ...", "told fellow ministers the plan": people told, named by a
# plural noun after up to two words that qualify them, then the clause of the words
_PEOPLE_TOLD = re.compile(
    r"\s*(?:(?:the|his|her|its|their|fellow)\s+)?(?:[\w-]+\s+){0,2}?(?:leaders|ministers|"
    r"allies|counterparts|members|officials|diplomats|colleagues|delegates|envoys|partners|"
    r"ambassadors|lawmakers|MEPs|MPs|senators|governors|donors|investors|executives|"
    r"counterpart|host|guest|visitor)"  # "told his Indian counterpart the two sides ..."
    r"(?=\s+(?:that|he|she|they|it|we|I|there|the|a|an|his|her|their|its)\b)"
)
# "The hard part, he told the signing ceremony on Thursday, would come later": an attribution
# set off inside the words; what it tells runs to its comma, where the words go on
_SET_OFF_BEFORE = re.compile(r"[^,;:]{2},\s+[^,;:\"\u201c\u201d]{1,60}$")
_HEARERS_TO_COMMA = re.compile(
    r"\s*(?:the|a|an|his|her|its|their)\s+(?:[\w'\u2019-]+\s+){0,5}?[a-z][\w'\u2019-]*"
    r"(?=(?:\s+(?:on|in|at|late|early|last|this|yesterday|today)\b[^,;:\"\u201c\u201d]{0,30})?"
    r",\s+[a-z])"
)


def _hearers_set_off(text: str, s: Sentence, cue: Cue) -> re.Match[str] | None:
    """The ones told ("the signing ceremony", "a state banquet") in an attribution set off
    by commas inside the words: whatever the noun, a phrase that the words' clause resumes
    after is no part of what was said."""
    if not _SET_OFF_BEFORE.search(text, s.start, cue.start):
        return None
    return _HEARERS_TO_COMMA.match(text, cue.end, s.end)


_OF = re.compile(r"\s*(?:of\s+)?")
_COMMA = re.compile(",")
_POSSESSIVE_S = re.compile(r"['\u2019]s\b")
# what a possessive owns: a common noun, bare or opening a quotation ("Beijing's failure",
# 'Beijing's "failure'), not a firm's name told a clause ("told Moody's the downgrade ...")
_OWNED_NOUN = re.compile(
    r"\s*[\"\u201c\u2018']?(?!(?:the|a|an|this|that|these|those|it|its|he|his|she|her|they|"
    r"their|we|our|i|my|you|your|there)\b)[a-z]"
)
# the "to" of an infinitive that a verb of promising takes ("vowed to", "pledged Thursday to")
# (and "pledged to permanently reopen ...": a split infinitive's adverb goes with the verb)
_PROMISED_TO = re.compile(r"(?<![\w-])to\s+(?:[a-z]+ly\s+)?$")
# "vowed to veto any bill that ...": an infinitive right after the verb is what was promised,
# no hearer (as "promised the voters that ..." has); a "that" further on opens a relative
_PROMISED_INFINITIVE = re.compile(
    r"\s*to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|all|both|"
    r"each|every|him|them|us|me|you|whom|whoever)\b)[a-z]+\b"
)


# a subject pronoun, or a possessive's or article's noun, then a finite verb: a clause
# the rest of an aside the adverbs after a verb began ("with his Egyptian counterpart, ",
# "Berlin, "): a few words with no verb or clause of their own, then its closing comma
_ASIDE_REST = re.compile(
    r"(?:(?!\b(?:that|which|who|whom|is|are|was|were|has|have|had|will|would|said|says|and|"
    r"but|as)\b)[^,;:.!?\"\u201c\u201d\n]){1,50},\s+(?=\S)"
    # (not before a relative clause that goes on with the aside: ", which lasted two hours,")
    r"(?!(?:which|who|whom|whose|where|when)\b)"
)

# A clause of when after "called", then the "for" of what was called for (not one before a
# place's name: "as he left Tehran for Doha", nor the clause's own "for talks")
_WHILE_THEN_FOR = re.compile(
    r",?\s+(?:as|while|when|after|before|on)\s+(?:he|she|they|[a-z]+ing)\b"
    r"[^.;:,\"\u201c\u201d]{0,80}?,?\s+(?=for\s+(?![A-Z])"
    # (nor the clause's own "for": "arrived for talks", "speaking for the first time")
    r"(?!(?:the\s+first|the\s+last|talks|(?:a|an)\s+(?:visit|meeting|trip|summit|tour)|"
    r"(?:his|her|their)\s+(?:visit|meeting|trip|talks))\b))"
)

_PREPOSITION_THEN_ASIDE = re.compile(
    r"(?:in|at|during|with|after|before|following|from|while)\s" + _ASIDE_REST.pattern
)

_CLAUSE_OPENS = re.compile(
    # ("said on Saturday the upper chamber had resolved that ...": a noun with its
    # adjectives, the clause opening before the later "that")
    r"\s*(?:he|she|they|it|we|I|(?:his|her|their|its|our|the)(?:\s+(?!that\b)[a-z][\w-]*){1,3}|"
    # "said on Friday the United States had been told that ...": a name, its "the" perhaps
    r"(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})"
    r"\s+(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must)\b"
    # "said on Friday he told Wang that ...", "said in Beijing she warned the envoy that ...":
    # a subject pronoun (never an adverbial's object) with a verb of telling in the simple
    # past and its hearer opens the words: the teller relays what he told, and the "that"
    # further on is the told clause's, inside the words (not "said at a meeting he chaired
    # that ...", a relative with no hearer after its verb)
    r"|\s*(?:he|she|they|we)\s+(?:[a-z]+ly\s+)?(?:told|warned|assured|informed|reminded|"
    r"cautioned|urged|pressed|advised)\s+(?=[A-Z]|(?:the|his|her|their|him|them|both)\s)"
)


# the last word of a run of capitalised words, after another one
_LAST_CAPITALISED = re.compile(r"(?<=[\w.'\u2019-])[ ]+([A-Z][a-z]+)$")


def _hearer_end(text: str, obj: re.Match[str]) -> int:
    """Where the one told ends: "told Blinken Qatar was committed ...", with no "that", runs
    the hearer's name into the words' subject, a state's name a finite verb follows; the
    hearer ends before the state."""
    last = _LAST_CAPITALISED.search(text, obj.start(), obj.end())
    if last is not None and last.group(1) in STATE_NAMES and FINITE_NEXT.match(text, obj.end()):
        return last.start()
    return obj.end()


# "called to stop ...", "called to respect ...": "to" and a bare verb in lower case, the call's
# content (not "called to the podium", "called to Ankara", "called to order/account": a place,
# a person or a summons)
_CALLED_TO_DO = re.compile(
    r"\s+to\s+(?!(?:the|a|an|his|her|its|their|our|this|that|these|those|order|account|"
    r"arms|mind|attention|witness|testify|appear)\b)[a-z]{3,}\b(?!['\u2019]s\b)"
)


def after_cue(r: ArticleReading, s: Sentence, cue: Cue) -> int:
    """Where what was said can start: past adverbials ("on Friday", "in a statement") and,
    after "told", past the one told ("told reporters"); past a whole run of prepositional
    phrases when a "that" closes it ("said at a joint news conference in Ankara that")."""
    aside = _ASIDE_THEN_THAT.match(r.text, cue.end, s.end) or _PHRASE_THEN_QUOTE.match(
        r.text, cue.end, s.end
    )
    if aside:
        return aside.end()  # "said, however, that ...", "said at a news conference, \u201c..."
    if cue.lemma == "call" and _CALLED_TO_DO.match(r.text, cue.end, s.end):
        # "called to stop the hostile actions": what was called for is the infinitive, its
        # "to" with it, as "called for an end to ..." keeps its "for"
        return cue.end
    while_then_for = _WHILE_THEN_FOR.match(r.text, cue.end, s.end) if cue.lemma == "call" else None
    if while_then_for:
        # "called as he left Tehran for Doha for an end to ...": the time of the call, a trip's
        # "for" a place's; what was called for opens at the next "for"
        return while_then_for.end()
    condition = _COMMA_THEN_CONDITION.match(r.text, cue.end, s.end)
    if condition:
        return condition.end()
    aside = _ASIDE_THEN_CLAUSE.match(r.text, cue.end, s.end) or _CONNECTIVE_THEN_CLAUSE.match(
        r.text, cue.end, s.end
    )
    if aside:
        return aside.end()
    aside = _ASIDE_THEN_OBJECT.match(r.text, cue.end, s.end)
    if aside:
        return aside.end()  # 'highlighted, for example, his "instrumental" role'
    offered = _PROPOSED_TO_THEN_OBJECT.match(r.text, cue.end, s.end)
    if offered and cue.lemma == "suggest" and cue.word.startswith(("propos", "suggest")):
        # "proposed to North Korea the establishment of a channel that ...": the one offered
        # the proposal, then what was proposed (not "that" of the noun's relative)
        return offered.end()
    head = HEAD_ADVERBS.match(r.text, cue.end, s.end)
    if head and _POSSESSIVE_S.match(r.text, head.end()):
        head = None  # "said last week's agreement had worked": the day owns the words' noun
    after = head.end() if head else cue.end
    adverbs = r.text[cue.end : after].rstrip()
    if head and "," in adverbs.rstrip(","):
        # "reiterated on Sunday, during a visit to Berlin, Jordan's refusal of ...": an aside
        # set off after the day runs past what the adverbs took, to its closing comma
        rest = _ASIDE_REST.match(r.text, after, s.end)
        after = rest.end() if rest else after
    elif head and adverbs.endswith(","):
        # "underlined on Monday, in talks in Muscat, the sultanate's commitment": the aside
        # opens right after the day's comma
        rest = _PREPOSITION_THEN_ASIDE.match(r.text, after, s.end)
        after = rest.end() if rest else after
    subject = TIME_AS_SUBJECT.search(r.text, cue.end, after) if head else None
    if subject is not None and SUBJECTS_VERB.match(r.text, after):
        after = subject.start()  # "said this year marks ...": the words' subject, no time
    to = _PROMISED_TO.search(r.text[cue.end : after]) if cue.lemma == "promise" else None
    if to is not None and r.text[after : after + 1].islower():
        # "pledged Thursday to safeguard ...": what was promised is "to safeguard ..."
        after = cue.end + to.start()
    aside = (
        _ASIDE_THEN_THAT.match(r.text, len(r.text[:after].rstrip(" ,")), s.end) if head else None
    )
    if aside:
        return aside.end()  # "said on Tuesday, a day after the vote, that ..."
    for comma in _COMMA.finditer(r.text, cue.end, after) if head else ():
        # "said on Wednesday, at the meeting of the council, that ...": the aside set off
        # after the day runs past what the adverbs took
        aside = _ASIDE_THEN_THAT.match(r.text, comma.start(), s.end)
        if aside:
            return aside.end()
    if cue.lemma == "promise" and _PROMISED_INFINITIVE.match(r.text, after, s.end):
        return after
    if cue.lemma in TOLD_LIKE:
        told_that = TOLD_THAT.match(r.text, cue.end, s.end) or TOLD_ASIDE_THAT.match(
            r.text, cue.end, s.end
        )
        if told_that and _AGAINST.search(r.text, cue.end, told_that.end()):
            # "cautioned the allies on Monday against steps that could ...": the advice opens
            # at "against"; a "that" after its noun is a relative, not the words' clause
            told_that = None
        joined = _AND_THAT.search(r.text, cue.end, told_that.end()) if told_that else None
        if joined and _CLAUSE_BEFORE_AND_THAT.search(r.text, cue.end, joined.start()):
            # "warned allies the war might spread and that ...": the "that" of a second clause
            # joined on; the words began before it, after the ones warned (a clause of its
            # own, subject and verb, came first: "warned Sweden not to expect approval and
            # that ...", "told his counterpart of his concern and that ..." have none, and
            # their words open at the "that")
            told_that = None
        if told_that and _VERB_AFTER_RELATIVE.match(r.text, told_that.end()):
            # "told a panel that followed the summit that ...": the first "that" is the
            # panel's relative, the words' clause opens at the next
            told_that = _THAT_AFTER_RELATIVE.match(r.text, told_that.end(), s.end) or told_that
        if told_that:
            return told_that.end()  # "told the official IRNA news agency that"
        obj = (
            _PEOPLE_TOLD.match(r.text, after, s.end) if cue.lemma in ("tell", "warn") else None
        ) or TOLD_OBJECT.match(r.text, after, s.end)
        if cue.lemma == "tell":
            # the ones told, as far as any reading of them reaches ("told Western ambassadors
            # after ...": a name that only qualifies them; "told a closed-door session of the
            # bloc, had ...": all of it); "warned attacks on ships could ..." is no hearer
            heard = (_HEARERS.match(r.text, after, s.end), _hearers_set_off(r.text, s, cue))
            obj = max(filter(None, (obj, *heard)), key=lambda m: m.end(), default=None)
        if obj and cue.lemma != "tell" and FINITE_NEXT.match(r.text, obj.end()):
            obj = None  # "warned Mr Putin was planning ...": the clause's subject, not a hearer
        if (
            obj
            and _POSSESSIVE_S.search(r.text, max(obj.start(), obj.end() - 2), obj.end())
            and _OWNED_NOUN.match(r.text, obj.end())
        ):
            # 'warned Beijing's "failure to ..." threatens ...': the name owns the words' noun
            # (as a day does in "said last week's agreement"); no one was told
            obj = None
        if obj and (
            re.match(r"\s*against\b", r.text[obj.end() : obj.end() + 12])
            or _ADDRESSEE_THEN_TO.match(r.text, after, s.end)
            or (cue.lemma == "inform" and _ADDRESSEE_OF_QUOTE.match(r.text, after, s.end))
        ):
            # "cautioned Kenyans against travelling ...", "warned Kyiv and European capitals
            # not to ...", "told France to keep out": advice or a demand, read with its
            # addressee as "urged Kenyans to ..." is
            obj = None
        hearer = _HEARER_THEN_DAY.match(r.text, after, s.end) if obj is None else None
        day = HEAD_ADVERBS.match(r.text, hearer.end(), s.end) if hearer else None
        if day and _ADVICE_NEXT.match(r.text, day.end()):
            # "cautioned the allies on Monday against steps that ...": with a day between,
            # the ones advised are hearers and the words open at the advice
            return day.end()
        if obj:
            end = _hearer_end(r.text, obj) if cue.lemma == "tell" else obj.end()
            head = HEAD_ADVERBS.match(r.text, end, s.end)
            after = head.end() if head else end
            if cue.lemma == "inform":
                after = _OF.match(r.text, after).end()  # "informed Cohen of the work ..."
            where = _CIRCUMSTANCE_THEN_QUOTE.match(
                r.text, obj.end(), s.end
            ) or _CIRCUMSTANCE_THEN_QUOTE.match(r.text, after, s.end)
            if where:
                return where.end()  # 'told Latvian Radio after the debate, "..."': the quote
    if head and _CLAUSE_OPENS.match(r.text, after, s.end):
        # "said on Friday his country would respond ... a list of countries that enjoy ...":
        # past the day a clause opens with no "that"; a later "that" is a relative's
        return after
    # from the cue, or from past its adverbs ("said Sunday on Rossiya-1 that"), the space kept
    for start in (cue.end, len(r.text[:after].rstrip())):
        that = ADVERBIAL_THEN_THAT.match(r.text, start, s.end)
        if that and _VERB_AFTER_RELATIVE.match(r.text, that.end()):
            # "announced Thursday, after talks that went past midnight": a "that" with a
            # verb next is the noun's relative, not the words' clause, which needs a subject;
            # the words' "that" may follow the relative ("said after a meeting that lasted
            # four hours that ...")
            that = _THAT_AFTER_RELATIVE.match(r.text, that.end(), s.end)
        if (
            that
            and _MODAL_NEXT.match(r.text, that.end())
            and _NOUN_THEN_THAT.search(r.text, max(start, that.end() - 80), that.end())
        ):
            # "announced on Friday the conclusion of talks on a treaty that will open ...": a
            # noun's "that" with a modal next is the noun's relative (the words' clause needs
            # a subject first)
            that = _THAT_AFTER_RELATIVE.match(r.text, that.end(), s.end)
        if that and _AND_THAT.search(r.text, start, that.end()):
            # the words begin after the phrases up to the day, if any ("said in an interview
            # on Thursday the talks had stalled and that ..."), else right after the verb
            day = _PHRASES_TO_DAY.match(r.text, start, that.end())
            that = day
        if that and that.end() > after:
            after = that.end()
    return after


_AGAINST = re.compile(r"\bagainst\b")
# "to Pyongyang the resumption of ...", "to the North a meeting of ...": after "proposed", a
# name the proposal went to, then the thing proposed with its article
_PROPOSED_TO_THEN_OBJECT = re.compile(
    r"\s+to\s+(?:(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}"
    # ("to the European side", "to the Iranian government": a state's side named by its
    # adjective)
    r"(?:\s+(?:side|government|leadership|authorities))?"
    # ("to her Chinese counterpart", "to his US counterpart": the one across the table)
    r"|(?:his|her|its|their)\s+(?:[A-Z][\w.'\u2019-]*\s+){0,2}(?:counterparts?|side))\s+"
    r"(?=(?:the|a|an)\s+[a-z])"
)
# "the allies on Monday against ...", "Kyiv on Friday not to ...": the ones advised, a day,
# then the advice
_HEARER_THEN_DAY = re.compile(
    r"(?:\s+(?!(?:that|he|she|it|they|we|was|were|is|are|had|has|would|will|on|to|against)\b)"
    r"[\w'\u2019-]+){1,6}?(?=\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b)"
)
_ADVICE_NEXT = re.compile(r"\s*(?:(?:not\s+)?to\s+[\"\u201c]?[a-z]|against\b)")
# 'told reporters after the meeting: "..."', 'told the mayors who gathered in Riga, "...':
# where, when or which of them were told, set off before the quotation that is the words
_CIRCUMSTANCE_THEN_QUOTE = re.compile(
    r"\s*(?:(?:at|in|on|during|after|before|following|ahead of|outside|via|by|over|who|which)\s)"
    r"[^,;:.!?\"\u201c\u201d]{0,100}[,:]\s*(?=[\"\u201c])"
)
# "Kyiv and European capitals not to ...", "Vilnius and Riga against closing ...": the ones
# advised, then the advice
_ADDRESSEE_THEN_TO = re.compile(
    r"(?:\s+(?!(?:that|he|she|it|they|we|was|were|is|are|had|has|would|will)\b)[\w'\u2019-]+)"
    r"{1,6}?\s+(?:(?:not\s+)?to\s+[\"\u201c]?[a-z]|against\b)"
)
# 'the mediators of "its approval ..."': the ones informed, then the words quoted
_ADDRESSEE_OF_QUOTE = re.compile(r"(?:\s+[^\s,;:.\"\u201c\u201d]+){1,12}?\s+of\s+[\"\u201c]")
# "said on Thursday he had low hopes and that ...": the "that" of a second clause joined on;
# the words began right after the day
# a finite verb no clause of what was said opens with: a relative "that" came before it
_VERB_AFTER_RELATIVE = re.compile(
    r"(?:was|were|is|are|has|had|went|lasted|ended|began|ran|came|dragged|stretched|aired|"
    # "an interview that aired on Monday", "a briefing that followed the talks": a past
    # tense with its own adjunct or object next, where a clause would need a subject first
    r"[a-z]{2,}ed\s+(?:on|in|at|by|during|after|before|late|early|earlier|last|the|a|an|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)"
)
_THAT_AFTER_RELATIVE = re.compile(
    r"[^,;:\"\u201c\u201d]{1,80}?\sthat\s+(?!(?:was|were|is|are|has|had)\b)"
)
_AND_THAT = re.compile(r"\s(?:and|but|or)\s+that\s*$")
# a clause's subject and its finite verb ("the war might", "Japan would"), not a relative's
# ("leaders who had gathered")
_CLAUSE_BEFORE_AND_THAT = re.compile(
    r"\b(?!(?:who|which|that|whom|whose)\b)[\w'\u2019-]+" + FINITE_NEXT.pattern
)
_MODAL_NEXT = re.compile(r"(?:will|would|could|can|should|may|might|must)\s+(?:not\s+)?[a-z]")
# "a treaty that ", "the agreement that ": a noun after an article, then "that"
_NOUN_THEN_THAT = re.compile(
    r"\b(?:the|a|an|its|their|his|her)\s+(?:[\w'\u2019-]+\s+){0,3}?[a-z][\w-]*\s+that\s*$"
)
_PHRASES_TO_DAY = re.compile(
    r"(?:\s+(?:in|at|on|during|to|with|after)\s+[^,;:\"\u201c\u201d.]{1,60}?)?"
    r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


# after a quotation's closing mark (its comma inside it): a description of the speaker whose
# name follows ("another Twitter user", "his closest friend at college"), to the comma
_DESCRIPTION_AFTER_QUOTE = re.compile(
    r"\s+(?:another|his|her|their|its|a|an|the|one)\s+[^,;:\"\u201c\u201d.!?]{1,80}"
)


def said_before(r: ArticleReading, s: Sentence, end: int) -> list[tuple[int, int]]:
    """What was said, before a trailing attribution that starts at ``end``."""
    a, b = strip_span(r.text, s.start, end)
    if words_in(r.text[a:b]) < 2:
        # '"Never," X said when asked ...': a one-word answer in quotation marks is still the
        # words (an opening word with no marks, "Indeed, X said ...", is not)
        return _one_quoted_word(r, a, b, end)
    carried = r.in_quote(a)
    if carried and carried.outer[1] >= b and carried.outer[0] < a - 1:
        return list(carried.pieces)  # the end of a quote carried over paragraphs
    # '"... redrawn...," he said': the stops and comma stripped before the closing mark are
    # still the clause's, and so is the quote they close
    quotes = r.quotes_in(a, max(b, end) + 1)
    if quotes and len(quotes) == 1 and quotes[0].outer[0] <= a and quotes[0].outer[1] >= b:
        return list(quotes[0].pieces)
    if (
        len(quotes) == 1
        and quotes[0].outer[0] <= a
        and _DESCRIPTION_AFTER_QUOTE.fullmatch(r.text, quotes[0].outer[1], b)
    ):
        # '"...," his roommate at college, Bruce Turry, said': the description set before the
        # name is who spoke, not what was said; the quotation is the words
        return list(quotes[0].pieces)
    if quotes and quotes[-1].outer[1] >= b:
        if r.text[a : quotes[-1].outer[0]].rstrip().endswith(":"):
            # 'X promises more aid: "We are looking ...," she said': the clause before the
            # colon is the reporter's, the quote the words
            return list(quotes[-1].pieces)
        b = quotes[-1].end
    return [(a, b)]


def _one_quoted_word(r: ArticleReading, a: int, b: int, end: int) -> list[tuple[int, int]]:
    """The word of a quotation opening at ``a`` and closing by ``end`` (its comma and mark
    stripped before ``b``), when it holds one word; else none."""
    quotes = r.quotes_in(a, max(b, end) + 1)
    if (
        len(quotes) == 1
        and quotes[0].outer[0] == a
        and quotes[0].outer[1] >= b
        and words_in(r.text[a:b]) == 1
    ):
        return list(quotes[0].pieces)
    return []


def quote_pieces(r: ArticleReading, a: int, b: int) -> list[tuple[int, int]]:
    """A clause that is one quotation is the quote's words; else the clause itself."""
    quotes = r.quotes_in(a, b + 1)
    if len(quotes) == 1 and quotes[0].outer[0] <= a + 1 and quotes[0].outer[1] >= b - 1:
        return list(quotes[0].pieces)
    carried = r.in_quote(a + 1) if not quotes else None
    if (
        carried is not None
        and carried.outer[0] >= a - 1
        and len(carried.pieces) > 1
        and carried.pieces[0][1] >= b - 1
    ):
        # 'told MPs: “This is a breach of law.' and the next paragraph opening with a mark
        # again: a quotation carried over paragraphs, all of it the clause's words
        return list(carried.pieces)
    return [(a, b)]


def previous_quote(r: ArticleReading, s: Sentence) -> list[tuple[int, int]]:
    """'"Is it over?" Trump asked.': the attribution became its own sentence."""
    same_paragraph = r.by_paragraph.get(s.para, [])
    i = bisect.bisect_left([t.start for t in same_paragraph], s.start) - 1
    if i < 0:
        return []
    prev = same_paragraph[i]
    q = r.in_quote(prev.start) or r.in_quote(prev.start + 1)
    if q and not r.is_claimed(q.start) and q.outer[1] >= prev.end - 1:
        return list(q.pieces)
    return []


def continuation(r: ArticleReading, s: Sentence, after: int) -> list[tuple[int, int]]:
    """'"...," he said, "..."': the second half of a quote broken by its attribution."""
    out = []
    for i in range(bisect.bisect_left(r.quote_starts, after), len(r.quotes)):
        q = r.quotes[i]
        if q.outer[0] >= s.end:
            break
        if not r.is_claimed(q.start):
            between = r.text[after : q.outer[0]]
            if words_in(between) <= 1 or between.rstrip().endswith((",", ":")):
                out.extend(q.pieces)
                after = q.outer[1]
    return out
