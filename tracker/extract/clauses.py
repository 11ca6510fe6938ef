"""How one cue of saying frames its statement in a sentence: who is named as speaking, and
which words are what was said.

The speaker is the noun phrase right before the cue (:mod:`.subject_phrase`), or right after
it, in "said Ryabkov"; what was said (bounded by :mod:`.what_was_said`) is the clause after it
("said that ..."), the clause or quote before it (a trailing attribution), a quote introduced
by a colon, or the words a participle or a noun of saying introduces ("Stressing that ...",
"Brandt's remarks that ..."). The frames stay in one module because each decides between the
others (a trailing attribution or a forward one, a colon quote or a split one) on the same few
positions of the sentence.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from tracker.countries import PLACE_WORDS
from tracker.extract.clause_words import (
    ACT_MEDIUM,
    CIRCUMSTANCE,
    CLAUSE_WORD,
    FINITE_NEXT,
    FINITE_VERBS,
    INVERTED_NP_END,
    NAMING_VERBS,
    OCCASION_PARTICIPLE,
    SAID_THAT,
    THAT,
    TOLD_OBJECT,
    WORDS_JUDGED,
    tail_from,
    without_tail_adverbs,
)
from tracker.extract.cues import ADDRESSEE_DAY, Cue, find_cues
from tracker.extract.draft import Draft, strip_span, words_in
from tracker.extract.lexicon import HONORIFICS, ORG_HEADS, ROLE_WORDS
from tracker.extract.meta import DATELINE_CITIES
from tracker.extract.quotes import CLOSING, MARKS, STRAIGHT
from tracker.extract.saying import used_for_saying
from tracker.extract.segment import Sentence
from tracker.extract.speaker_phrase import SpeakerPhrase
from tracker.extract.speakers import parse_speaker, past_listed_fields
from tracker.extract.subject_phrase import (
    FRONTED_CLAUSE,
    can_speak,
    document_author,
    parse_subject,
    subject_before,
)
from tracker.extract.what_was_said import (
    after_cue,
    content_after,
    continuation,
    opens_on_subject,
    previous_quote,
    quote_pieces,
    said_before,
)
from tracker.extract.when import MONTH_NAMES, WEEKDAY_NAMES

if TYPE_CHECKING:
    from tracker.extract.frames import ArticleReading


# "..., and said", "... \u2014 an aside \u2014 and said": a verb joined to the subject's first
# (or to a quoted phrase that ends its words: 'called it a "serious offer," and said'; or
# to a short form with its stops: "did not name the U.S. but said")
_AND_THEN = re.compile(
    # ('"...," X said, though added ...': "though" or "yet" after a comma joins a verb to
    # the same subject as "but" does, when no subject of its own follows)
    r"(?:\w|\b[A-Z]\.|[\u2014\u2013]|\s-|\w[.,!?]?[\u201d\"])"
    r"(?:,? (?:and|but|then)|, (?:though|yet))\s+"
    # ("and once again urges", "and further calls on": the same verb said again, or more)
    r"(?:(?:also|later|then|once\s+again|again|further|[a-z]+ly)\s+)*"
    # "opposed the bill but on Tuesday said ...": the day the joined verb was said
    r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+|(?:later\s+)?(?:that|the\s+(?:next|"
    r"following))\s+(?:day|morning|evening)\s+)?$"
)
# 'said that the offer was "serious," and insisted ...': a quote that closes a reported
# clause ends its words, and the verb joined after it says more; a quote that is a naming
# verb's object ('termed the plan "wrong" and assured ...') leaves one act of saying
_REPORTED_CLAUSE = re.compile(
    r"\b(?:said|says|told|stated|added|noted|argued|insisted|warned|stressed|declared|"
    # ('claimed that Moscow had "not attacked," and said ...': any verb that reports a
    # clause, a claim or an admission as much as a saying)
    r"claimed|claims|asserted|maintained|contended|alleged|emphasi[sz]ed|reiterated|"
    r"explained|acknowledged|admitted|conceded|confirmed|wrote|"
    # ('replied that China had "neither created the crisis," and said ...': an answer)
    r"replied|responded|answered|countered|retorted|"
    # ('complained about the UK's "wrong remarks", and said ...': a grievance voiced, whose
    # quoted words are the subject's own; the verb joined after it says more)
    r"complained|complains|lamented|protested|critici[sz]ed|condemned|denounced|accused|"
    r"blamed|"
    # ('issued a statement saying the remark was "shameful" and said ...': the participle's)
    r"saying|telling|adding|noting|arguing|insisting|warning|stressing|declaring|stating|"
    r"claiming|asserting|maintaining|emphasi[sz]ing|reiterating|explaining|acknowledging|"
    r"admitting|confirming|writing|replying|responding|answering|countering)\b"
)
# (the aside may hold a quoted phrase: 'Lavrov, citing "the spirit of Helsinki," said')
_ASIDE_QUOTE = r"[\"\u201c][^\"\u201c\u201d]{1,80}"
_INTERRUPTED = re.compile(
    # ("X on Sunday, while touring the exhibition, said": the participle after its conjunction)
    r"\W*[A-Z][^,;:\"\u201c\u201d]{1,80},\s*(?:who\s+|(?:(?:while|when|after|before|upon)\s+)?"
    r"[a-z]+(?:ing|ed)\b|spoke\b)"
    rf"(?:[^;\"\u201c\u201d]|{_ASIDE_QUOTE}[\"\u201d])*?(?:,|{_ASIDE_QUOTE},[\"\u201d])\s*$"
)
# (", said Foreign Ministry spokesman Liu Jianchao yesterday.": the day may close it)
_TIME_TAIL = (
    r"(?:\s+(?:yesterday|today|tonight|on\s+[A-Z][a-z]+day|[A-Z][a-z]+day|"
    r"last\s+(?:week|night|month)|this\s+(?:morning|afternoon|evening|week)))?"
)
# ("said Foreign minister X summoned by the Senate committee": the occasion after the name)
_OCCASION_TAIL = rf"(?:\s+{OCCASION_PARTICIPLE}[^,;:\"\u201c\u201d()]{{2,80}}?)?"
_NAME_CLOSES = re.compile(
    rf"\s+(?P<np>[A-Z][^,;:\"\u201c\u201d()]{{2,80}}?){_OCCASION_TAIL}{_TIME_TAIL}\s*[.!]?\s*"
)
# "the poisoning which Britain blamed on Moscow" (not "during which he said": he speaks)
# "Peskov was quoted by Interfax as saying": the passive before the participle is the verb
# ("X was also quoted saying that ...": "also" between, and no "as")
_QUOTED_AS = re.compile(
    r"\s+(?:was|were|is|are|has been|have been)\s+(?:also\s+)?(?:quoted|cited|reported)"
    r"(?:\s+(?:by|in)\s[^,;:\"\u201c\u201d]{1,60}?)?(?:\s+as)?\s*$"
)
# "The delegation published a note in which it said ...", "Ruto issued a statement on
# Friday in which he urged ...": the one who issued the document speaks in it, as in "said
# in a note"; the pronoun opening the relative clause goes back to the clause's subject
# ("issued a statement on Tuesday, which stressed that ...": the document itself telling)
_ISSUED_IN_WHICH = re.compile(
    r"\b(?P<verb>issued|published|released|put\s+out|posted|sent|wrote|circulated|"
    r"distributed|delivered|read\s+out|tweeted|shared)\s+(?:a|an|the|its|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:statement|note|letter|message|communiqu\u00e9|communique|"
    r"declaration|readout|release|video|post|speech|address|op-ed|article)"
    r"(?:\s+[^,;:\"\u201c]{1,40}?)?,?\s+(?:in\s+which\s+(?:it|he|she|they)|which)\s+"
    r"(?:also\s+)?$"
)
# "published an op-ed by Iranian foreign minister X in which he demands that ...": a
# document's author, named after "by", is the "he" of its relative clause (not the outlet
# that published it)
_AUTHORED_IN_WHICH = re.compile(
    r"\b(?:op-ed|op-eds|article|essay|column|commentary|letter|piece|statement|message)\s+"
    r"(?:(?:published|written|posted)\s+)?by\s+(?P<np>[^,;:\"\u201c\u201d()]{2,90}?),?\s+"
    r"in\s+which\s+(?:he|she)\s+(?:also\s+)?$"
)
# "The agency quoted the ministry as saying": the one quoted speaks
# ('Global Times quoted Jiang Jingkui, director of ..., as saying': the name, then its post
# set off by commas)
_QUOTED_SPEAKER_AS = re.compile(
    r"\b(?:quoted|cited|reported)\s+(?P<np>[^,;:\"\u201c\u201d]{2,80}?)"
    r"(?P<post>,\s+[^;:\"\u201c\u201d]{2,120}?,)?\s+as\s*$"
)
# advice told: its addressee, then "(not) to" or "against" ("advised all parties not to
# dwell on ...", "advised citizens against travel")
_ADVICE = re.compile(
    r"\s+(?:against\b|(?:[\w'\u2019-]+\s+){1,6}?"
    + ADDRESSEE_DAY
    # (the verb may be quoted: 'advised X to "listen carefully" to ...')
    # (never "recommended X to the post": a determiner after "to" names a place or body)
    + r"(?:(?:not\s+)?to\s+[\"\u201c\u00ab]?(?!(?:the|a|an|his|her|its|their)\b)[a-z]|against\b))"
)
# a participle after a report the speaker was asked about: the report's words, not his
_REPORT_ASKED_ABOUT = re.compile(
    r"\b(?:asked|question|comment|commenting|respond\w*|react\w*|referring)\b[^.;:\"\u201c]{0,40}?"
    r"\b(?:on|about|to|regarding)\s+(?:(?:a|an|the|this|that|these|those|recent|latest|"
    r"media|news|press|local|foreign|some|several)\s+){1,3}(?:[\w-]+\s+)?"
    r"(?:report|reports|article|articles|story|stories)\s*,\s*$"
)
# ("the strikes, which Riyadh and Washington blamed on Tehran": the second of two subjects)
_OBJECT_RELATIVE = re.compile(
    r"(?<!during )(?<!\bin )(?<!\bat )(?<!after )\b(?:which|whom)\s*"
    r"(?:(?:[A-Z][\w.'\u2019-]*\s+){1,3}(?:and|or)\s*)?$"
)
# "in a statement (issued) by its foreign ministry": the body a state's words came from
_BY_ITS_BODY = re.compile(
    r"\s+in\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu\w+|release|note)\s+"
    r"(?:(?:issued|released|published|posted)\s+)?by\s+its\s+"
    r"(?P<body>(?:foreign|defen[cs]e|interior)\s+ministry|ministry\s+of\s+foreign\s+affairs)\b",
    re.I,
)
# a noun phrase, then the relative "that" right before the subject ("the reset that ...")
_NOUN_THEN_THAT = re.compile(
    r"\b(?:the|a|an|this|these|those|its|his|her|their|[A-Z][\w-]*['\u2019]s)\s+"
    r"(?:[\w-]+\s+){0,3}?that\s*$"
)
# the verb's object gone to the noun before "that": the clause ends, or a preposition follows
_GAP_AFTER = re.compile(
    r"\s*(?:[.,;:!?)]|$|(?:in|at|on|during|since|for|with|over|under|toward|towards)\s)"
)
# 'said "must end"': a quotation right after the verb, the words said
_ANSWERED = re.compile(r"\bto\s+which\b")
_ANSWER_QUOTED = re.compile(r"\s*[,:]\s*[\"\u201c]")
# ("replied that ...": _THAT_NEXT, defined below with the verb's clause)
# ", prompting President X to": an event that moved someone to speak, named after it
_CAUSED_TO = re.compile(
    r",\s+(?:prompting|leading|causing|forcing|spurring|moving|compelling)\s+"
    r"(?P<np>(?:the\s+)?[A-Z][^,;:\"\u201c\u201d]{1,100}?)\s+to\s+$"
)
# "... as the Palestinian Islamic Jihad released a video on Wednesday of a hostage, ": a
# clause of time whose named subject released a document, then the participle's comma
_RELEASED_THEN_PARTICIPLE = re.compile(
    r"\b(?:as|after|when|while)\s+(?P<np>(?:the\s+)?[A-Z][\w'\u2019.-]*"
    r"(?:\s+(?:[A-Z][\w'\u2019.-]*|of|for|and))*?"
    # ("Hamas's armed wing", "the Israeli military": a body's lower-case head)
    r"(?:\s+(?!(?:[a-z]+ly|has|had|also|just|then|later)\b)[a-z]+){0,2}?)"
    r"\s+(?:(?:has|had|also)\s+)?"
    r"(?:released|issued|published|posted|put\s+out|aired|broadcast)\s+(?:a|an|its|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:video|statement|clip|recording|message|communiqu\u00e9|communique)"
    r"\b[^,;:\"\u201c\u201d]{0,120},\s*$"
)
# the words of that document only where the main clause tells of nothing but speaking then
# ("Blinken spoke as", "made the remarks after", "The rally came as"): a reaction
# ("Netanyahu lashed out after Hamas released a video, calling it ...") is the main subject's
_ONLY_SPOKE_THEN = re.compile(
    r"(?:\b(?:spoke|was\s+speaking|came)|\bmade\s+(?:the|his|her|their|these|those)\s+"
    r"(?:remarks|comments))\b(?:\s+[\w-]+){0,4}?\s+$"
)
# participles that tell a document's content, not the speaker's judgment or pledge
# ("praising the soldiers", "vowing to bring the captives home", "calling it ...")
_DOCUMENT_TELLS = frozenset(("say", "warn", "claim", "threaten", "state", "urge", "announce"))
# ", with its spokesman, X, telling reporters that": an absolute clause whose own subject,
# named after "with", is the one the participle's words belong to (Nigerian, Indian copy)
_WITH_ONE_SAYING = re.compile(
    r",\s+with\s+(?P<np>(?:(?:its|his|her|their|the)\s+|[A-Z])[^,;:\"\u201c\u201d]{1,80}?"
    r"(?:,\s+[A-Z][^,;:\"\u201c\u201d]{1,60}?,)?)\s*$"
)
_QUOTE_AFTER_VERB = re.compile(r"\s+[\"\u201c]")
# ", charges it denies", ", a claim Islamabad has rejected": the reporter's note that the one
# accused denies what the sentence told; the words before are the accusers', not its
_CHARGE_DENIED = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?(?:charges?|claims?|allegations?|accusations?)\s+(?:that\s+)?"
    r"[^,;:\"\u201c\u201d]{1,40}?\s+(?:(?:has|have|had|strongly|flatly|vehemently)\s+)*$"
)
_OPENING = ('"', "\u201c", "\u00ab")
# a clause that opens with these leans on the main clause: it is not what was said
_SUBORDINATE = re.compile(
    r"\W*(?:Although|Though|Even though|Even as|Whereas|While|When|Once|Unless|Because|Since)\b"
)


_WORDS_JUDGED = re.compile(WORDS_JUDGED + "$")
# verbs by which the one named after "a position" says the words before it himself ("...,
# a position the Chinese foreign minister reiterated on Monday"), not judges them
_SAYS_AGAIN = frozenset(("reiterate", "repeat", "stress", "voice"))


def person_says_in_relative(
    text: str, subject: SpeakerPhrase | None, cue: Cue, every_attribution: bool = False
) -> bool:
    """Whether a relative clause names a person saying its words: "a deal that Obama said
    had closed every route", "the embargo, which he said "must end"". A place or a body
    named so ("the hostages that Israel says are held", "the poisoning, which Britain has
    blamed on Moscow") is the story's background, not a statement. An attribution study
    (``every_attribution``) counts any source whose saying verb has the relative's verb
    next ("the crossings, which officials said would reopen", "the offer, which the Kremlin
    says is final"): the clause after "said" is a claim of theirs, whoever they are; only
    the reporter ("I", "we") and a thing are left out."""
    speaks = subject is not None and (
        subject.kind == "person"
        or (subject.kind == "pronoun" and subject.text.lower() in ("he", "she"))
        or (every_attribution and (subject.kind != "pronoun" or subject.text.lower() == "they"))
    )
    if speaks and cue.lemma in NAMING_VERBS and _QUOTE_AFTER_VERB.match(text, cue.end):
        return True  # 'the corridor, which X has called "a lifeline"': X's words, quoted
    if speaks and cue.lemma in _NOTES_IN_RELATIVE and not cue.participle:
        # "Finland's application, which Haavisto noted had progressed very quickly": a verb
        # of remarking, then the relative's own auxiliary or a quotation, gives words
        return bool(FINITE_NEXT.match(text, cue.end) or _QUOTE_AFTER_VERB.match(text, cue.end))
    return (
        speaks
        and cue.lemma == "say"
        and bool(
            FINITE_NEXT.match(text, cue.end)
            or _LEXICAL_VERB_NEXT.match(text, cue.end)
            or _QUOTE_AFTER_VERB.match(text, cue.end)
        )
    )


# verbs of remarking that take a clause as "said" does, inside a relative clause
_NOTES_IN_RELATIVE = frozenset(
    ("note", "stress", "warn", "argue", "insist", "claim", "add", "emphasize", "explain")
    + ("state", "underline", "assert", "maintain")
)


# "the statement, which May said sent a strong message", "a plan which she said reflects
# ...": the relative's own verb in a simple tense right after "said" (no "-ly" adverb)
_LEXICAL_VERB_NEXT = re.compile(
    r"\s+(?:[a-z]{2,}(?<!ly)ed|[a-z]{2,}(?<![sl]y)(?<!s)s|sent|brought|made|gave|took|meant|"
    r"left|put|came|became|held|kept|set|led|cost|showed|saw|found|began|won|lost)\b"
)


# a participle in a list of measures: "steps including higher fees and asking ..."
_IN_A_LIST = re.compile(r"\b(?:including|such\s+as)\b[^,;:\"\u201c]*$")


def verb_frame(r: ArticleReading, s: Sentence, cue: Cue, later: list[Cue]) -> Draft | None:
    """The statement a verb of saying introduces, or None when it introduces none."""
    raw = r.text[s.start : cue.start]
    if _WORDS_JUDGED.search(raw) and cue.lemma not in _SAYS_AGAIN:
        return None  # "X said he had raised concerns, a point Wang rejected.": about the words
    if _THIS_WAS.fullmatch(raw) and cue.lemma in _SAID_BY_VERBS and not cue.participle:
        return _said_by(r, s, cue)
    if _AS_WAS.fullmatch(raw) and cue.lemma in _SAID_BY_VERBS and not cue.participle:
        return _as_said_by(r, s, cue, later)
    what = _THIS_IS_WHAT.match(raw)
    # (not '"This is what I want to say: ...," he told them': a quotation's own opening)
    if what and r.in_quote(s.start + what.end()) is not None:
        what = None
    if what and cue.lemma in _SAID_BY_VERBS and not cue.participle:
        # "This is what Foreign Minister X declared in parliament today.": the words just
        # told are X's (Armenian, Azerbaijani and Russian wires render "Об этом заявил" so)
        return _pointed_back(r, s, cue, s.start + what.end())
    if not used_for_saying(r.text, s.start, cue):
        return None
    if cue.lemma == "advise" and not _ADVICE.match(r.text, cue.end):
        return None  # "who advised the president on trade": a post, no advice told
    if cue.participle and _REPORT_ASKED_ABOUT.search(raw):
        return None  # "asked to comment on a media report, saying that ...": the report's
    if cue.participle and _IN_A_LIST.search(raw):
        return None  # "measures, including visa curbs and asking the embassy to ...": acts
    fronted = FRONTED_CLAUSE.match(r.text, s.start, cue.start)
    clause_end = _comma_outside_quotes(r, cue.end, s.end) if fronted else None
    if clause_end is not None and "," not in r.text[fronted.end() : cue.start]:
        # "Hours after Lavrov said the talks had failed, China said ...": the words end
        # with the fronted clause
        s = Sentence(s.start, clause_end, s.para)
    after = after_cue(r, s, cue)
    aside = (
        _aside_then_verb(r.text, cue.end, later[0].start)
        if cue.participle and later and not later[0].participle and raw.rstrip().endswith(",")
        else None
    )
    if aside is True:
        return None  # "X, explaining her vote, said ...": an aside between subject and verb
    if aside is not None:
        # 'X, warning that "the West will regret this," said ...': the aside's quotation is
        # the participle's own words, ending at its closing mark; the verb's are its own
        start = _verb_start(r, s, cue) if cue.keeps_verb else THAT.match(r.text, after).end()
        return Draft(
            [(start, aside)],
            None,
            cue.start,
            cue,
            s,
            sentence_subject=True,
            frame=[(s.start, start)],
        )
    if (
        not cue.participle
        and later
        and _DOCUMENT_ASIDE.fullmatch(raw)
        and _ASIDE_CLOSES.fullmatch(r.text, cue.end, later[0].start)
    ):
        # "Wang, the readout went on, told Sullivan that ...": the document names its source,
        # set off between the subject and the subject's own verb of saying
        return None
    if cue.participle and re.fullmatch(r"\W*(?:(?:And|But|While|Yet|Also)\W+)?", raw):
        return _leading(r, s, cue, after, later)
    if _HAVING.fullmatch(raw):
        # "Having announced that the talks were over, Lavrov left": a perfect participle
        # opens the sentence as "Announcing" would
        return _leading(r, s, cue, after, later)
    quoted_as = _QUOTED_AS.search(raw) if cue.participle else None
    quoted = _QUOTED_SPEAKER_AS.search(raw) if cue.participle and not quoted_as else None
    issued = _ISSUED_IN_WHICH.search(r.text, max(s.start, cue.start - 160), cue.start)
    # ("signed the text but published a note in which it said": the verb issuing the
    # document joined on after the subject's first)
    issued_joined = issued and _AND_THEN.search(r.text, s.start, issued.start("verb"))
    authored = None if cue.participle else _AUTHORED_IN_WHICH.search(raw)
    author = parse_speaker(authored["np"]) if authored else None
    if author is not None and author.kind == "person" and author.name:
        told = _told_by(r, s, cue, after, later, author, s.start + authored.start("np"))
        if told is not None:
            return told
    with_one = _WITH_ONE_SAYING.search(raw) if cue.participle else None
    named = parse_speaker(with_one["np"]) if with_one else None
    if named is not None and named.kind == "person" and named.name:
        told = _told_by(r, s, cue, after, later, named, s.start + with_one.start("np"))
        if told is not None:
            return told
    released = _RELEASED_THEN_PARTICIPLE.search(raw) if cue.participle else None
    if released is not None and not (
        cue.lemma in _DOCUMENT_TELLS and _ONLY_SPOKE_THEN.search(raw, 0, released.start())
    ):
        released = None  # the main clause's own reaction, or words of praise or pledge
    if released is not None:
        # "Blinken spoke as Islamic Jihad released a video of a hostage, warning he ...": the
        # participle after the document a clause of time tells of gives the document's words,
        # and so of the one who released it
        named = parse_speaker(released["np"])
        if named is not None and named.kind in ("person", "institution"):
            told = _told_by(r, s, cue, after, later, named, s.start + released.start("np"))
            if told is not None:
                return told
        if named is not None and named.kind == "description":
            return None  # "as Hamas's armed wing released a video, saying": not the main subject
    if not (quoted_as or quoted) and (_sentence_subject_speaks(raw, cue) or issued_joined):
        return _of_sentence_subject(r, s, cue, after, later)
    if quoted:
        post = (quoted["post"] or "").strip(" ,")
        subject = (parse_subject(f"{quoted['np']}, {post}") if post else None) or parse_subject(
            quoted["np"]
        )
        subj_start = clause_end = s.start + quoted.start("np")
        relay = raw.rfind(",", 0, quoted.start())
        if relay >= 0 and not _inside_quote(r, s.start + relay):
            # "..., ARY News quoted Chaudhary as saying": the words end before the relay
            clause_end = s.start + relay
    else:
        if quoted_as:
            verb = replace(cue, start=s.start + quoted_as.start())
        elif issued:
            verb = replace(cue, start=issued.start("verb"))
        else:
            verb = cue
        subject, subj_start, clause_end = subject_before(r, s, verb)
    if (
        subject is not None
        and (
            subject.kind in ("description", "unnamed")
            # ("The senator lacks friends in the Senate, said X, a professor.": a clause read
            # as a body's long name, for the "Senate" closing it)
            or (subject.kind == "institution" and _CLAUSE_AS_NAME.search(subject.text))
            or _titled_name_closes(r, s, cue)
        )
        and raw.rstrip().endswith(",")
        and not cue.participle
        and _inverted_name_closes(r, s, cue)
    ):
        # "Talks will resume in May, a step welcomed by both sides, said Volker Turk, the UN
        # rights chief.": the phrase set off before the verb is an apposition inside what
        # was said; the name closing the sentence after the verb is who spoke
        subject = None
    if subject is None and raw.rstrip().endswith(","):
        # "The government carried out an assessment ..., including ..., said Prime Minister
        # Anwar Ibrahim.": a name and nothing else closing the sentence is who spoke, never
        # what the subject said (Malaysian, Indian copy)
        named = _NAME_CLOSES.fullmatch(r.text, cue.end, s.end)
        person = parse_speaker(named["np"]) if named else None
        if person is not None and person.kind == "person" and person.name:
            return _inverted(r, s, cue, after)
    interrupted = _INTERRUPTED.match(without_tail_adverbs(raw))
    if subject is not None and not (
        # "X on Thursday, while briefing reporters, said": the ones the aside's participle
        # takes are its object, read as a subject before the verb; X, before the aside, speaks
        interrupted
        and subject.kind in ("unnamed", "description")
        and subj_start > s.start + raw.index(",")
    ):
        interrupted = None
    if interrupted:
        # "Trump, speaking to the paper's editorial board, said ...": the sentence's subject
        draft = _of_sentence_subject(r, s, cue, after, later)
        lead = re.match(r"\W*", raw).end()
        named = parse_speaker(raw[lead : raw.index(",")])
        if draft is not None and named is not None and named.kind == "person" and named.name:
            # 'Mr. Lavrov, citing "the spirit of Helsinki," said': the name before the aside,
            # though only a surname and a courtesy title give it
            return replace(draft, subject=named, subject_pos=s.start + lead, sentence_subject=False)
        return draft
    caused = _CAUSED_TO.search(raw) if subject is None and not cue.participle else None
    if caused is not None:
        # "The deal was struck on Thursday, prompting President X to write on X that ...":
        # the one the event moved to speak is the verb's subject
        named = parse_speaker(caused["np"])
        if named is not None and named.kind in ("person", "institution"):
            told = _told_by(r, s, cue, after, later, named, s.start + caused.start("np"))
            if told is not None:
                return told
    if subject is None and cue.participle:
        return None  # "..., Zelensky said, calling for more air defence": no one after it speaks
    if subject is None:
        return _inverted(r, s, cue, after)
    if not _LETTER.search(subject.text):
        return None  # "Channels 12 and 13 reported": a number, no one who speaks
    if subject.kind == "pronoun" and subject.text.lower() in ("i", "you", "we"):
        return None  # the reporter, or a speaker inside a quote: not an attribution
    if subject.kind == "description" and (
        _NO_ONE.fullmatch(subject.head or "") or _THING_THEN_MODIFIER.search(subject.text)
    ):
        return None  # "Growing calls for a truce", "The proposal calls for": no one speaks
    if (
        cue.word.startswith("encourage")
        and subject.kind == "description"
        and (subject.head or "") not in ROLE_WORDS
        and (subject.head or "") not in ORG_HEADS
    ):
        return None  # "The progress encouraged investors to return": a cause, no call
    body = _BY_ITS_BODY.match(r.text, cue.end)
    if body and subject.kind == "institution" and subject.name == subject.country:
        # "Oman said in a statement by its foreign ministry that ...": the state speaks
        # through the body that issued the statement
        named = body["body"].lower().replace("ministry of foreign affairs", "foreign ministry")
        subject = parse_speaker(f"{subject.text}'s {named}") or subject
    named_as = _named_in_apposition(r, s, cue, subject, subj_start, later)
    if named_as is not None:
        return named_as
    relative = _OBJECT_RELATIVE.search(r.text, max(s.start, subj_start - 50), subj_start)
    if relative and _ANSWERED.search(r.text, max(s.start, relative.start() - 4), relative.end()):
        # "..., to which the president replied that ...": the words answered, no object of
        # the reply; the clause after "that" is the answer
        # (or the answer quoted after a comma or colon: ", to which Zelensky responded, "I
        # hope ..."")
        # (only by one who speaks, named, by post or a pronoun: not ", to which the audience
        # responded, "Thank you!"", a crowd's cry)
        replied = (
            cue.lemma == "reply"
            and (
                _THAT_NEXT.match(r.text, cue.end) is not None
                or _ANSWER_QUOTED.match(r.text, cue.end) is not None
            )
            and (
                subject.kind in ("person", "institution", "pronoun")
                or (
                    subject.kind == "description"
                    and ((subject.head or "") in ROLE_WORDS or (subject.head or "") in ORG_HEADS)
                )
            )
        )
        relative = None if replied else relative
    if relative and not person_says_in_relative(r.text, subject, cue, r.every_attribution):
        return None  # "the poisoning, which Britain has blamed on Moscow": background
    if relative and r.text[max(s.start, relative.start() - 2) : relative.start()].strip() == ",":
        # "The crossings, which X said would reopen next week, have been closed": a relative
        # set off by commas ends at its closing comma, and the words with it
        closing = _comma_outside_quotes(r, cue.end, s.end)
        if closing is not None:
            s = Sentence(s.start, closing, s.para)
            after = min(after, closing)
    if _NOUN_THEN_THAT.search(
        r.text, max(s.start, subj_start - 60), subj_start
    ) and _GAP_AFTER.match(r.text, after):
        # "testing the reset that President X has promised in ties with ...": the verb's
        # object is the noun before "that", and no words of X's follow it
        return None
    denied = _CHARGE_DENIED.search(r.text, max(s.start, cue.start - 60), cue.start)
    if cue.lemma == "deny" and denied:
        return None  # "accused of ties with militants, charges it denies": a denial told of
    framed = _colon_frame(r, s, cue, subject, subj_start, after, later)
    if framed is None and _THE_FOLLOWING.search(r.text, cue.start, cue.end):
        # "... today made the following remarks at a hearing.": the words are not in the
        # sentence, and no colon says they come below
        return None
    return (
        framed
        or _as_said_frame(r, s, cue, subject, subj_start, after, later)
        or _said_inside(r, s, cue, subject, subj_start, clause_end, after, later)
        or _forward_or_trailing(r, s, cue, subject, subj_start, clause_end, after, later)
    )


# ", an action the military described as ...", ", a move Kabul termed as ...": a noun set
# off after a clause, then who named it and the naming verb, its object left out
_APPOSED_NOUN = re.compile(r"\s*(?:a|an)\s+(?:[a-z][\w-]*\s+){1,2}")
_COMMA_WHICH = re.compile(r",\s*which\s*$")
# "described on Thursday as ", "termed as ": the name given follows "as"
_AS_NEXT = re.compile(r"(?:\s+on\s+[A-Z][a-z]+)?\s+as\s+")
# ('the tariffs, which the association called "a step backwards"': the name given in
# quotation marks right after the verb, with no "as")
_QUOTE_NEXT = re.compile(r"(?:\s+on\s+[A-Z][a-z]+)?\s+(?=[\"\u201c])")
# 'which the association described "with deep regret" as a blow': an "as" after the closing
# mark gives the name; the quotation before it is how it was given
_AS_AFTER = re.compile(r",?\s+as\b")


def _named_in_apposition(
    r: ArticleReading,
    s: Sentence,
    cue: Cue,
    subject: SpeakerPhrase,
    subj_start: int,
    later: list[Cue],
) -> Draft | None:
    """ "Pakistan struck hideouts in Iran, an action the military described as 'precision
    strikes'": the thing named is the noun set off before the speaker, so the words are
    the name given after "as", not the clause the noun sums up."""
    if cue.lemma not in NAMING_VERBS or cue.participle:
        return None
    phrase = r.text[subj_start : cue.start]
    at = phrase.rfind(subject.text)
    # ("the loan request, which Senator X described as 'reckless borrowing'": the relative
    # pronoun stands for the thing named, set off as the noun is)
    which = _COMMA_WHICH.search(r.text, max(s.start, subj_start - 12), subj_start)
    set_off = at > 0 and r.text[s.start : subj_start].rstrip().endswith(",")
    if not which and not (set_off and _APPOSED_NOUN.fullmatch(phrase, 0, at)):
        return None
    named = _AS_NEXT.match(r.text, cue.end)
    if named is None and which and subject.kind != "person":
        # (a body or a place naming in quotation marks with no "as"; a person's naming so is
        # read as the person's words in a relative clause)
        quote = _QUOTE_NEXT.match(r.text, cue.end)
        inner = r.in_quote(quote.end() + 1) if quote else None
        if (
            inner is not None
            and inner.outer[0] == quote.end()
            and not _AS_AFTER.match(r.text, inner.outer[1])
        ):
            a, b = inner.pieces[0]
            # (its day is told before the name, not in the main clause after it: "..., goes to
            # parliament on Friday" is the plan's day)
            frame = [(s.start, a)]
            return Draft([(a, b)], subject, subj_start + at, cue, s, frame=frame, frame_only=True)
    if named is None:
        return None
    a, b = content_after(r, s, named.end(), later)
    quoted = r.quotes_in(a, b)
    if quoted and quoted[0].outer[0] == a:
        # ('which the minister described as "blackmail", and talks broke down': the name
        # given ends with its quotation, the story goes on after it)
        b = min(b, quoted[0].outer[1])
    if words_in(r.text[a:b]) < 1:
        return None
    return Draft([(a, b)], subject, subj_start + at, cue, s, frame=[(s.start, a)])


# "This was stated by Deputy Foreign Minister X.": the passive of saying points back at
# the words just told, and names their speaker as its agent (TASS, RIA Novosti, Interfax
# render Russian "Об этом заявил X" so)
_THIS_WAS = re.compile(
    r"\W*(?:[Tt]his|[Tt]hat)\s+(?:was|has been|had been)\s+(?:(?:also|earlier|first|then)\s+)?"
)
_THIS_IS_WHAT = re.compile(r"\W*(?:[Tt]his|[Tt]hat)\s+(?:is|was)\s+(?:exactly\s+)?what\s+")
_SAID_BY_VERBS = frozenset(
    ("say", "state", "announce", "declare", "note", "stress", "emphasize", "underline", "tell")
)
# where the agent's phrase may run: capitalised words, a title's lower-case words and the
# small words that join a long title ("Ambassador to the US", "Minister of State for ...")
_AGENT_LINKS = frozenset(
    ("of", "to", "for", "the", "at", "and", "on", "al", "bin", "bint", "ibn", "de",
     # a surname's particles ("Ursula von der Leyen", "van den Berg", "du Toit")
     "von", "van", "der", "den", "da", "di", "du", "le", "la")
)  # fmt: skip
_AGENT_WORD = re.compile(r"[\w.'\u2019-]+")
# "by Foreign Minister X on Monday", "by X on February 15", "by X Tuesday": a day after the
# agent closes the phrase naming them (a weekday's or a month's capital is no name's)
_DAY_AFTER_AGENT = re.compile(
    rf"(?:(?:on|last|this)\s+(?:(?:{WEEKDAY_NAMES}|{MONTH_NAMES})\b|\d)|(?:{WEEKDAY_NAMES})\b)"
)
_BY = re.compile(r"[^\"\u201c\u201d;:]{0,100}?\bby\s+")


# "said Volker Turk, the UN rights chief.": a name, then at most its post, ends the sentence
_NAME_POST_CLOSES = re.compile(
    r"\s+(?P<np>[A-Z][^,;:\"\u201c\u201d()]{2,60}?)(?:,\s+[^,;:\"\u201c\u201d()]{2,100}?)?"
    rf"{_OCCASION_TAIL}{_TIME_TAIL}\s*[.!]?\s*"
)


# a lower-case word after another inside a phrase read as a body's name, the second one
# a verb's present or past form ("also lacks", "has warned"): a clause, no name
_CLAUSE_AS_NAME = re.compile(r"\b[a-z]+\s+(?:[a-z]+(?<!ss)s|[a-z]+ed|has|had|is|was|are|were)\s")


def _titled_name_closes(r: ArticleReading, s: Sentence, cue: Cue) -> bool:
    """ "Dai Bingguo also met Kelly, who ..., said Foreign Ministry spokesman Liu Jianchao
    yesterday.": a titled name alone after ", said" closing the sentence is who spoke, though
    a name stands before the comma too (China Daily, Xinhua copy)."""
    named = _NAME_CLOSES.fullmatch(r.text, cue.end, s.end)
    person = parse_speaker(named["np"]) if named else None
    return person is not None and person.kind == "person" and bool(person.role and person.name)


def _inverted_name_closes(r: ArticleReading, s: Sentence, cue: Cue) -> bool:
    named = _NAME_POST_CLOSES.fullmatch(r.text, cue.end, s.end)
    person = parse_speaker(named["np"]) if named else None
    return person is not None and person.kind == "person" and " " in (person.name or "")


# "As stated by our Minister X in Jeddah on 5 March, the only way ...": the agent of the
# passive fronted by "as" speaks the words after the clause's comma
_AS_WAS = re.compile(
    r"\W*[Aa]s\s+(?:(?:was|has\s+been|had\s+been)\s+)?"
    r"(?:(?:also|rightly|repeatedly|earlier|recently|clearly)\s+)?"
)
_OWN_BODY = re.compile(r"(?:our|my|the)\s+", re.I)  # "by our Minister": the page's own


def _as_said_by(r: ArticleReading, s: Sentence, cue: Cue, later: list[Cue]) -> Draft | None:
    """ "As stated by Foreign Minister X at the summit, ...": the words after the comma
    closing the fronted clause, spoken by the agent after "by"."""
    by = _BY.match(r.text, cue.end, s.end)
    if by is None:
        return None
    start = by.end()
    own = _OWN_BODY.match(r.text, start)
    subject, end = _agent(r, s, own.end() if own else start)
    comma = _comma_outside_quotes(r, end, s.end)
    if subject is None or subject.kind != "person" or comma is None:
        return None
    a, b = content_after(r, s, comma + 1, later)
    if words_in(r.text[a:b]) < 3:
        return None
    return Draft([(a, b)], subject, start, cue, s, frame=[(s.start, comma)])


def _said_by(r: ArticleReading, s: Sentence, cue: Cue) -> Draft | None:
    """ "This was stated to TASS on Monday by Russian Ambassador X.": the words before it
    in its paragraph, spoken by the agent after "by"."""
    by = _BY.match(r.text, cue.end, s.end)
    return _pointed_back(r, s, cue, by.end()) if by is not None else None


def words_of(r: ArticleReading, s: Sentence, cue: Cue) -> Draft | None:
    """ "These are the words of Russian Ambassador X.": the words before it in its
    paragraph, whose owner is named after "of"."""
    if not _THESE_ARE.fullmatch(r.text, s.start, cue.start):
        return None
    return _pointed_back(
        r, s, cue, cue.end + len(r.text[cue.end : s.end]) - len(r.text[cue.end : s.end].lstrip())
    )


# the subject of "... was made by X" that points back at words just told: a determiner of its
# own (not "A similar statement was made by X", "Her statement was ...": another's, or hers)
_THIS_NOUN = re.compile(r"\W*(?P<det>The|This|That|These|Those|Such\s+an?|Such)\s+")


def made_by(r: ArticleReading, s: Sentence, cue: Cue) -> Draft | None:
    """ "The statement was made by Deputy Minister X on Monday.", "Such an opinion was voiced
    by X.": the sentences before it in its paragraph are the words of the agent after "by"."""
    this = _THIS_NOUN.fullmatch(r.text, s.start, cue.start)
    if this is None:
        return None
    if r.text.startswith("announcement", cue.start) and not this["det"].startswith(
        ("This", "Such")
    ):
        return None  # "The announcement was made by the club": who announced a deed
    start = cue.end + len(r.text[cue.end : s.end]) - len(r.text[cue.end : s.end].lstrip())
    subject, _ = _agent(r, s, start)
    if this["det"] == "The" and r.spoke_before(subject):
        # "Lavrov said on Monday ... \n\n <background> The statement was made by Lavrov at a
        # news conference.": "the statement" is the one the article gave him already, not the
        # background sentences just before it
        return None
    return _words_before_as(r, s, cue, subject, start)


def made_this(r: ArticleReading, s: Sentence, cue: Cue) -> Draft | None:
    """ "Ryabkov gave this assessment in an interview with TASS.": the sentences before it
    in its paragraph are the words of the subject named before the verb."""
    lead = r.text[s.start : cue.start].strip()
    subject = parse_speaker(lead) if 0 < len(lead) <= _BACK_SUBJECT_CHARS else None
    start = s.start + len(r.text[s.start : cue.start]) - len(r.text[s.start : cue.start].lstrip())
    return _words_before_as(r, s, cue, subject, start)


def _words_before_as(
    r: ArticleReading, s: Sentence, cue: Cue, subject: SpeakerPhrase | None, start: int
) -> Draft | None:
    """The sentences before ``s`` in its paragraph, as the words of ``subject`` (named at
    ``start``), when the subject is someone who can speak."""
    if subject is None or subject.kind not in ("person", "institution", "description"):
        return None
    if not can_speak(subject):
        return None
    pieces = told_before(r, s, paragraph_before=True)
    if not pieces:
        return None
    return Draft(pieces, subject, start, cue, s, frame=[(s.start, s.end)])


_THESE_ARE = re.compile(r"\W*(?:These|Those|Such|This|That)\s+")


def _pointed_back(r: ArticleReading, s: Sentence, cue: Cue, start: int) -> Draft | None:
    """The speaker named from ``start`` (a title's words and a name, an appositive name
    after a description), and the words before the sentence as theirs."""
    subject, _ = _agent(r, s, start)
    return _words_before_as(r, s, cue, subject, start)


def _agent(r: ArticleReading, s: Sentence, start: int) -> tuple[SpeakerPhrase | None, int]:
    """The speaker named from ``start`` (a title's words and a name, an appositive name
    after a description), and where the phrase naming them ends."""
    text = r.text
    end = start
    for w in _AGENT_WORD.finditer(text, start, s.end):
        if text[end : w.start()].strip():
            break  # a comma or a bracket closes the phrase
        if _DAY_AFTER_AGENT.match(text, w.start()):
            break  # "by X on Monday at a briefing": when, after the agent
        low = w.group().lower().rstrip(".")
        if not (w.group()[:1].isupper() or low in _AGENT_LINKS or low in ROLE_WORDS):
            break  # "in an interview with TASS": an adverbial, after the agent
        end = w.end()
    words = text[start:end].split()
    while words and words[-1].lower() in _AGENT_LINKS:
        words.pop()
    if words and words[-1].endswith(".") and len(words[-1]) > 3:
        words[-1] = words[-1][:-1]  # the sentence's full stop
    subject = parse_speaker(" ".join(words)) if words else None
    named = _NAME_AFTER_TITLE.match(text, end, s.end)
    if named and subject is not None and subject.kind == "description":
        # "by the official representative of the Foreign Ministry, Maria Zakharova": the name
        person = parse_speaker(text[start : named.end("name")])
        if person is not None and person.kind == "person":
            subject = person
            end = named.end("name")
    return subject, end


_BACK_SENTENCES = 8  # how far back in a paragraph the words a pointer takes may start


def told_before(
    r: ArticleReading, s: Sentence, paragraph_before: bool = False
) -> list[tuple[int, int]]:
    """The sentences before ``s`` in its paragraph that no statement has taken: the words a
    sentence pointing back ("This was stated by X", "X said this") gives a speaker; for a
    sentence opening its paragraph, the paragraph before (where ``paragraph_before``)."""
    before = r.sentences_back(s.start, s.para, _BACK_SENTENCES)
    if not before and paragraph_before:
        before = r.sentences_back(s.start, s.para - 1, _BACK_SENTENCES)
    # from after the last sentence that is another's statement already
    taken = [i for i, t in enumerate(before) if r.claimed.overlaps(t.start, t.end)]
    before = before[taken[-1] + 1 :] if taken else before
    if not before:
        return []
    if any((c := r.pictured.containing(t.start)) is not None and t.end <= c[1] for t in before):
        # "Combined images of (From L to R) X, Y and Z. \n X made these remarks during ...":
        # a photo's caption tells who is pictured, no words; what the pointer means is lost
        return []
    if any(
        used_for_saying(r.text, t.start, c)
        and not _FIRST_PERSON_SUBJECT.search(r.text[max(t.start, c.start - 60) : c.start])
        for t in before
        for c in find_cues(r.text, t.start, t.end)
    ):
        # a sentence with a verb of saying of its own tells no words back (a passive, "they
        # are expressed in practice", is none)
        return []
    a, b = strip_span(r.text, before[0].start, before[-1].end)
    if words_in(r.text[a:b]) < 3:
        return []
    named = parse_speaker(r.text[a:b]) if b - a <= _BACK_SUBJECT_CHARS else None
    if (
        named is not None
        and named.kind in ("person", "institution")
        and not _SET_OFF_THEN_PREDICATE.search(r.text[a:b], 1)
    ):
        return []  # a caption's name over the sentence ("Spokeswoman X"), no words
    return quote_pieces(r, a, b)


# "The Minister of Foreign Affairs, X, will pay a visit to Kyiv.": a name set off by commas,
# then a verb of what is to come or meant (a future, an intent), words the pointer takes back
# and no caption; a past or present deed ("..., X, attended the meeting in Capri", "..., X,
# arrived in Ankara", "..., X, is in Kyiv") is what a photo's caption tells, no words
_SET_OFF_THEN_PREDICATE = re.compile(
    r",\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3},\s+(?:\w+ly\s+)?"
    r"(?:will|would|plans|intends|hopes)\s+[a-z]"
)


# "We have many times dismissed this information.": a verb of saying whose subject is "I" or
# "we" is the speaker's own, inside words given without quotation marks (translated copy),
# not a report of another's; the pointer after them still names whose they are
_FIRST_PERSON_SUBJECT = re.compile(r"(?:^|[\s\u2013\u2014-])(?:I|[Ww]e)\s+(?:[a-z]+\s+){0,3}$")


# a description whose head is a text agreed or a step taken, words already said ("the
# minister's comments suggest"), or an adjective read as the subject of a plural noun
# ("Growing calls ..."): it names no one who speaks
_NO_ONE = re.compile(
    r"comments?|remarks?|words|"
    r"proposal|plan|deal|draft|resolution|agreement|treaty|accord|bill|law|measure|initiative|"
    r"framework|roadmap|package|truce|ceasefire|move|decision|"
    r"(?!(?:viking|sterling|wedding)$)[a-z]{3,}ing|[a-z]{3,}ed"
)
# "Erdogan's decision to hold back details suggests": a step, then what it was; the head is
# the noun before the infinitive or preposition, not the phrase's last word
_THING_THEN_MODIFIER = re.compile(
    r"(?:^|['\u2019]s\s+|\b(?:the|a|an|this|that|his|her|its|their)\s+)"
    r"(?:comments?|remarks?|proposal|plan|deal|draft|resolution|agreement|treaty|accord|bill|"
    r"law|measure|initiative|framework|roadmap|package|truce|ceasefire|move|decision)"
    r"\s+(?:to|of|on|over|against|for)\s",
    re.I,
)
_LETTER = re.compile(r"[^\W\d_]")
# "Wang, the readout went on,", "Hasan, the statement said,": a name, then the document that
# reports it set off by commas before the name's own verb
_DOCUMENT_ASIDE = re.compile(
    r"\W*[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3},\s+(?:the|a|an|its|their)\s+"
    r"(?:[\w'\u2019-]+\s+){0,2}?(?:readout|statement|communiqu\u00e9|communique|release|"
    r"report|transcript|summary|account|letter|note)\s+"
)
# between a participle of saying and its quotation, how the words were said: ", to general
# laughter,", ", much to everyone's amusement:", " with a smile:" (a few words, no quotation
# and no clause of their own), then the quotation's opening mark
MANNER_BEFORE_QUOTE = re.compile(
    r"(?![^\"\u201c\u201d]*\bthat\s*[\"\u201c])"  # not 'adding with some caution that "..."'
    r"(?:\s*,\s*(?:much\s+)?(?:to|amid|with|in)\s+[^,;:.!?\"\u201c\u201d]{1,40}?\s*[,:]"
    r"|\s+(?:with|amid|to)\s+(?:a|an|the|some|general|loud|much)\s+[^,;:.!?\"\u201c\u201d]{1,30}?"
    r"\s*[,:]?)\s*(?=[\"\u201c])"
)
_ASIDE_CLOSES = re.compile(r"(?:\s+on)?,\s*(?:(?:also|then|further|again|\w+ly)\s+)?")
_ASIDE_THEN_VERB = re.compile(
    r"(?P<lead>[^,;:.!?\"\u201c\u201d]{0,60})"
    # 'describing the report as "a hoax," said': a short quotation closes the aside, its
    # comma inside the closing mark or after it (no plain apostrophe opens it: "Russia's")
    r"(?:[\"\u201c\u2018](?P<quoted>[^,;:.!?\"\u201c\u201d]{1,40})"
    r"(?:,[\"\u201d'\u2019]|[\"\u201d'\u2019],)|,)"
    r"\s*(?:\w+ly\s+)?"
)
# a quotation in such an aside that is words said, not a name given: after "that" or right
# after the participle ('warning that "the West will regret this,"', 'insisting "we are not
# bluffing,"'), or a clause with its own verb
_QUOTED_CLAUSE = re.compile(
    r"\b(?:am|is|are|was|were|will|would|shall|should|can|could|must|may|might|have|has|had|"
    r"do|does|did)\b|\w['\u2019](?:s|re|ll|ve|d|m)\b|n['\u2019]t\b",
    re.I,
)


def _aside_then_verb(text: str, start: int, end: int) -> bool | int | None:
    """Whether ``text[start:end]``, after a participle of saying, closes an aside before the
    subject's own verb ("X, explaining her vote, said", 'X, calling the claims "absurd,"
    said'): True; when it closes on a quotation of the participle's own words ('warning that
    "the West will regret this," said'), where that quotation ends; else None."""
    m = _ASIDE_THEN_VERB.fullmatch(text, start, end)
    if m is None:
        return None
    if m["quoted"] is None:
        return True
    lead = m["lead"]
    if lead.strip() and not re.search(r"\bthat\b", lead):
        # ('calling it "a plan that will fail," said': a name holding a clause, left whole)
        return None if _QUOTED_CLAUSE.search(m["quoted"]) else True
    closing = m.end("quoted") + (1 if text[m.end("quoted")] == "," else 0)
    return closing + 1  # (the closing mark with the words)


_THOUSANDS = re.compile(r"\d,\d")  # "292,000": no clause ends there


def _comma_outside_quotes(r: ArticleReading, start: int, end: int) -> int | None:
    """The first comma after ``start`` that ends a clause: outside any quotation (or closing
    one) and not between the digits of a number."""
    pos = r.text.find(",", start, end)
    while pos >= 0 and (_THOUSANDS.match(r.text, pos - 1) or _inside_quote(r, pos)):
        pos = r.text.find(",", pos + 1, end)
    return pos if pos >= 0 else None


def _inside_quote(r: ArticleReading, pos: int) -> bool:
    """A comma within a quotation, not the one closing it ('"less advanced schools," X')."""
    return r.in_quote(pos) is not None and r.text[pos + 1 : pos + 2] not in ('"', "\u201d", "'")


# the subject's act or document right before a participle: ", adding", "while", "by", "in a
# statement on Monday calling" (the participle's speaker is the sentence's subject)
_SUBJECT_ACT_BEFORE = re.compile(
    # ('rooted in "naked force," arguing that': the comma inside the closing mark)
    r"(?:,[\"\u201d]?|\s[\u2013\u2014-]|\b[Bb]y|\b[Ww]hile|\b[Ww]hen|\b[Aa]fter|\b[Bb]efore|"
    # ('"...," Adebahr said adding that ...': the comma left out between the verb that
    # closes a quotation's attribution and its participle)
    r"[\"\u201d][^\"\u201c\u201d]{1,80}\b(?:said|says)|"
    r"\b(?:statement|communiqu\u00e9|communique|declaration|note|message|post|tweet|letter|"
    # ("published a series of messages on X accusing ...": the plural too)
    r"op-ed|article|column|memo|video|announcement|notice|briefing|release)s?"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|today|late|early|earlier)(?:\s+(?:morning|afternoon|evening|night))?|"
    r"\s+(?:to|on|in|for)\s+(?:the\s+)?[\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]*){0,3})?)\s*$",
)


def _sentence_subject_speaks(raw: str, cue: Cue) -> bool:
    """ ", adding that ...", "... and told him that ...", "issued a statement condemning":
    the cue's speaker is the sentence's subject, named before."""
    lead = without_tail_adverbs(raw)
    if cue.participle and _SUBJECT_ACT_BEFORE.search(lead, tail_from(lead)):
        return True
    # (the head's last TAIL_REACH characters: the joint ends it)
    joined = _AND_THEN.search(raw, tail_from(raw))
    if joined is None:
        return False
    if not re.search(r"[\u201d\"]", joined.group()):
        return True
    return (
        # 'announced sanctions on the "shadow fleet" and said ...': the quote names a thing
        # acted on, no verb of saying takes it; the joined verb, which reports words, is
        # the subject's
        (not cue.keeps_verb and not find_cues(raw, 0, joined.start()))
        or _REPORTED_CLAUSE.search(raw, 0, joined.start()) is not None
        # 'called the truce "a beginning" and said ...', 'the deal, which he described as
        # "the best ever," and said ...': the quote is a name the subject gave, and the
        # joined verb goes on with the subject's words
        or _names_before(raw, joined.start())
    )


def _names_before(raw: str, end: int) -> bool:
    """Whether the last verb of saying before ``end`` is a naming verb ("called X", "described
    X as"), whose object the quote closing there is."""
    cues = find_cues(raw, 0, end)
    return bool(cues) and cues[-1].lemma in NAMING_VERBS


def _told_by(
    r: ArticleReading,
    s: Sentence,
    cue: Cue,
    after: int,
    later: list[Cue],
    named: SpeakerPhrase,
    at: int,
) -> Draft | None:
    """The words the sentence's subject would be given, told by ``named`` (its phrase at
    ``at``): the author of a document, the one a released video or an event speaks for."""
    draft = _of_sentence_subject(r, s, cue, after, later)
    if draft is None:
        return None
    return replace(draft, subject=named, subject_pos=at, sentence_subject=False)


def _of_sentence_subject(
    r: ArticleReading, s: Sentence, cue: Cue, after: int, later: list[Cue]
) -> Draft | None:
    text = r.text
    start = _verb_start(r, s, cue) if cue.keeps_verb else THAT.match(text, after).end()
    manner = MANNER_BEFORE_QUOTE.match(text, cue.end) if cue.participle else None
    if manner is not None and not cue.keeps_verb:
        # 'adding with a smile: "..."', 'saying, to general laughter, "..."': how the words
        # were said, no part of them; the quotation after it is what was said
        start = manner.end()
    a, b = content_after(r, s, start, later)
    if words_in(text[a:b]) < 3 and not (cue.lemma in NAMING_VERBS and r.quotes_in(a, b)):
        # (but ', calling it "absurd"': a name the speaker gave, quoted, says enough)
        return None
    return Draft([(a, b)], None, cue.start, cue, s, sentence_subject=True, frame=[(s.start, a)])


_THE_FOLLOWING = re.compile(r"\bthe following\b")
# "made the following remarks at the Cabinet meeting:": where, then the colon
# (or before a quote on the same line: 'said in his opening statement: "We must ..."')
# ("issued the following statement today prior to her departure for Kyiv:": the day first,
# which a ministry's release may spell out in brackets: "today (4 March)")
_PHRASE_THEN_COLON = re.compile(
    r"(?:\s+(?:today|yesterday|this\s+(?:morning|afternoon|evening))"
    r"(?:\s*\((?=[^()\n]{0,30}\d|[^()\n]{0,30}day\))[^():\n]{1,30}\))?)?"
    r"(?:\s+(?:at|in|on|during|after|before|prior\s+to|to|following|ahead\s+of)\b"
    # (the stops of an initialism go on: "at the U.N. on Monday:")
    r"(?:[^:\"\u201c\u201d.;]|(?<=[^\w.][A-Z])\.|(?<=\.[A-Z])\.){1,80})?"
    # "stated as follows:": the words announced, as by "the following"
    r"(?:\s+as\s+follows)?"
    # "... at the press conference;": a semicolon where the colon belongs, ending the line
    r"(?::\s*(?:$|(?=[\"\u201c\u00ab]))|;[ \t]*(?=\n|$)$)"
)


# after "said the following", the sentence's end (an occasion or an addressee before it) and a
# quotation opening the next paragraph
_FOLLOWING_THEN_QUOTE = re.compile(
    r"(?:\s+(?:in|at|to|during|on|after|before|while)\b[^.:;\"\u201c\u201d\n]{0,80})?\.[ \t]*\n+"
    r"[ \t]*[\"\u201c\u00ab]"
)


# "the spokesperson said," ending its paragraph, and a quotation opening the next one (where
# and to whom before the comma: "told reporters in Delhi,")
_COMMA_THEN_QUOTE_BELOW = re.compile(
    r"(?:\s+(?:to|at|in|on|during|after|before)\b[^,.:;\"\u201c\u201d\n]{1,80})?,[ \t]*\n+"
    r"[ \t]*[\"\u201c\u00ab]"
)


# after "issued the following statement", however long the where, when and what about before
# it, the colon that ends the paragraph (no quotation between): the statement comes below
_FOLLOWING_THEN_COLON = re.compile(r"[^:\"\u201c\u201d\u00ab\n]{0,300}:[ \t]*(?=\n|$)")


def _colon_frame(
    r: ArticleReading,
    s: Sentence,
    cue: Cue,
    subject: SpeakerPhrase,
    subj_start: int,
    after: int,
    later: list[Cue],
) -> Draft | None:
    """ "said:" and the quote that follows, here or in the next paragraph."""
    text = r.text
    if cue.lemma == "issue_statement" and (
        _FOLLOWING_THEN_QUOTE.match(text, cue.end)
        or _FOLLOWING_THEN_COLON.match(text, cue.end, s.end)
    ):
        # "X has said the following in response to media inquiries." and the quotation
        # opening the next paragraph: what "the following" announced ("issued the following
        # statement in Berlin today on the talks held in Geneva on Sunday between ...:")
        return Draft([], subject, subj_start, cue, s, colon_next=True, frame=[(s.start, s.end)])
    if _COMMA_THEN_QUOTE_BELOW.match(text, cue.end) and not r.quotes_in(s.start, subj_start):
        # "When asked ..., the spokesperson said," and the quotation opening the next
        # paragraph: the comma stands where the colon belongs (Indian copy)
        return Draft([], subject, subj_start, cue, s, colon_next=True, frame=[(s.start, after)])
    if not (
        text[after : s.end].lstrip().startswith(":")
        or text[cue.end : after].rstrip().endswith(":")
        or _PHRASE_THEN_COLON.match(text, cue.end, s.end)
        # ('told reporters at the U.N. on Monday:': where and when after the ones told)
        or (after > cue.end and _PHRASE_THEN_COLON.match(text, after, s.end))
    ):
        return None
    frame = [(s.start, after)]
    colon = text.find(":", cue.end, s.end)
    if colon < 0:
        colon = text.find(";", cue.end, s.end)  # "... at the press conference;"
    a, b = strip_span(text, colon + 1, s.end)
    b = _quote_closes_before_participle(r, a, b, later)
    if b > a:
        return Draft(quote_pieces(r, a, b), subject, subj_start, cue, s, frame=frame)
    return Draft([], subject, subj_start, cue, s, colon_next=True, frame=frame)


# the verbs whose participle after a whole quotation adds a point of its own ('"...," adding
# that ...', '"...," noting ...'; not '"...," calling it ...', which goes on with the words):
# here after a colon's quotation, and in frames' _adds_to_a_quote after a said's
ADDING_LEMMAS = ("add", "note")
# the closing mark of the words after the colon, then a participle of adding: '"...,"
# adding he ...' (a comma inside or outside the mark)
_MARK_THEN_COMMA = re.compile(r"\s*,\s*")
_COMMA_INSIDE = re.compile(r",[\"\u201d]")


def _quote_closes_before_participle(r: ArticleReading, a: int, b: int, later: list[Cue]) -> int:
    """Where the words after 'said:' end: at the close of the quotation they open with,
    when a participle of adding (:data:`ADDING_LEMMAS`) follows it ('told reporters: "...,"
    adding he "must have been misinformed."': the point added is a statement of its own,
    as after 'said, "...," adding that ...'); else ``b``."""
    quote = r.in_quote(a)
    if quote is None or quote.outer[0] < a - 1 or quote.outer[1] >= b:
        return b
    for c in later:
        if c.start >= b:
            break
        if c.start < quote.outer[1]:
            continue
        gap = r.text[quote.outer[1] : c.start]
        if (
            c.participle
            and c.lemma in ADDING_LEMMAS
            and (
                _MARK_THEN_COMMA.fullmatch(gap)
                or (not gap.strip() and _COMMA_INSIDE.match(r.text, quote.outer[1] - 2))
            )
        ):
            return quote.outer[1]
        break
    return b


def _as_said_frame(
    r: ArticleReading,
    s: Sentence,
    cue: Cue,
    subject: SpeakerPhrase,
    subj_start: int,
    after: int,
    later: list[Cue],
) -> Draft | None:
    """ "As the head of state specified, ...": what follows the comma."""
    text = r.text
    opening = text[s.start : subj_start].strip().lower()
    if not (opening in ("as", "as the") or opening.endswith((", as", " as"))):
        return None
    comma = text.find(",", cue.end, s.end)
    a, b = content_after(r, s, comma + 1, later) if comma > 0 else (0, 0)
    if words_in(text[a:b]) < 3:
        return None
    return Draft([(a, b)], subject, subj_start, cue, s, frame=[(s.start, after)])


def _after_quote(r: ArticleReading, s: Sentence, subj_start: int) -> bool:
    """'"...," X said': a quote of some length stands right before the speaker (not a
    quoted name)."""
    closing = r.text[s.start : subj_start].rstrip().rstrip(",").rstrip()
    quoted = r.in_quote(s.start + len(closing) - 1)
    if quoted is not None and _PARTICIPLE_OPENING.match(r.text, s.start, quoted.outer[0]):
        return False  # 'Expressing "grave concern," the body called on ...': the participle's
    if quoted is not None and _ASKED_OPENING.match(r.text, s.start, quoted.outer[0]):
        # 'Asked about the term "Republic of Korea," Koo said that ...': the question's words
        return False
    single = _SINGLE_QUOTED_END.search(closing) if quoted is None else None
    if single is not None and _ASKED_OPENING.match(r.text, s.start, s.start + single.start()):
        # ("When pressed on the phrase 'strategic ambiguity', X said": British and Australian
        # copy quotes the term in single marks)
        return False
    if quoted is not None and _TITLE_BEFORE.search(
        r.text, max(s.start, quoted.outer[0] - 40), quoted.outer[0]
    ):
        return False  # 'On the broadcast of "Fox News Sunday," X said': a programme's name
    if quoted is not None and FRONTED_CLAUSE.match(r.text, s.start, quoted.outer[0]):
        # 'Even as Lavrov insisted that "the door is open," Kuleba said ...': the quote ends
        # a fronted clause of its own speaker, and the main clause's words follow its verb
        return False
    return (
        closing[-1:] != ""
        and closing[-1] in CLOSING + STRAIGHT + "'"
        and (quoted is None or words_in(r.text[quoted.start : quoted.end]) >= 3)
    )


# "Asked about ...", "When pressed on ...": the question put opens the sentence, a term it
# quotes is no answer
_ASKED_OPENING = re.compile(
    r"\W*(?:When\s+)?(?:[Aa]sked|[Qq]uestioned|[Pp]ressed|[Qq]uizzed)\s[^.;:!?,\"\u201c]*$"
)
# " 'strategic ambiguity'": a term in single marks closing the words before the subject
_SINGLE_QUOTED_END = re.compile(r"(?<=\s)['\u2018][^'\u2018\u2019\n]{1,80}['\u2019]$")
# 'Calling the plan "a farce," ...': a participle's clause opens the sentence, its quote in it
_PARTICIPLE_OPENING = re.compile(
    r"\W*(?!(?:Nothing|Something|Anything|Everything|King|Spring|Morning|Evening|Beijing|"
    r"Nanjing|Chongqing|Sterling|Viking)\b)[A-Z][a-z]+ing\s[^.;:!?]*$"
)
# a preposition right before a quotation: it names a programme or a paper, no one's words
# (or before a network's or paper's possessive: 'on CNN's "State of the Union,"')
_TITLE_BEFORE = re.compile(
    r"\b(?:of|on|in|at|to|with)\s+(?:(?:the\s+)?[A-Z][\w.&-]*(?:\s+[\w.&-]+){0,2}['\u2019]s\s+)?$"
)


def _said_inside(
    r: ArticleReading,
    s: Sentence,
    cue: Cue,
    subject: SpeakerPhrase,
    subj_start: int,
    clause_end: int,
    after: int,
    later: list[Cue],
) -> Draft | None:
    """ "China, he said, voted against ...": the attribution sits inside what was said."""
    text = r.text
    lead_text = text[s.start : subj_start].rstrip()
    # the comma that closes the attribution: after the verb, or after the occasion the
    # verb's adverbials took ("The pact, he said in a radio interview, was ...") when the
    # words' own verb goes on after it (not "..., X said Wednesday, Trend reports": a relay)
    closing = len(text[:after].rstrip())
    rest = text[after : s.end].lstrip()
    if rest.startswith(","):
        closing = after
    elif (
        closing > cue.end
        and text[closing - 1] == ","
        and _PREDICATE_GOES_ON.match(text, after)
        # (not "..., X said on Thursday, hours after ...", "..., after the talks": when)
        and not (_SPAN_FROM_EVENT.match(rest) or CIRCUMSTANCE.match(rest))
    ):
        closing -= 1
    else:
        return None
    if not (lead_text.endswith(",") and not _after_quote(r, s, subj_start)):
        return None
    if _SUBORDINATE.match(lead_text) or CIRCUMSTANCE.match(lead_text.lstrip()):
        return None  # 'When speaking at the conclave, X said, "..."': the occasion, not words
    if _QUOTED_SENTENCE.match(text, closing, s.end) and not r.quotes_in(s.start, subj_start):
        return None  # 'Asked about the visit, X said, "I ..."': an opener, then the words
    if _HOW_SAID_AFTER.match(text, closing, s.end):
        return None  # "Tehran would respond, X said, without giving details.": how, not words
    # "Scholz kept it shorter: Hungary, he said, was ...": a colon in the lead ends the
    # reporter's own clause, and the words said begin after it
    opened = _COLON_OPENS.search(text, s.start, subj_start)
    said_from = opened.end() if opened is not None else s.start
    a1, b1 = strip_span(text, said_from, clause_end)
    if b1 <= a1 and _TIME_LEAD.fullmatch(text, said_from, subj_start):
        # "Six months ago, the senator said, the media called him a fringe candidate": an
        # attribution set off by commas on both sides belongs inside the sentence said, so
        # the time phrase opening it is the words' own (read off as the verb's, the clause
        # before the name was left empty)
        a1, b1 = strip_span(text, said_from, subj_start)
    a2, b2 = content_after(r, s, after, later)
    if b1 <= a1 and words_in(text[a2:b2]) >= 3 and _DAY_LEAD.fullmatch(text, said_from, subj_start):
        # "On Monday, the senator said, the county lost ...": the day dates the saying and
        # stays out of the words, which are all after the name
        return Draft([(a2, b2)], subject, subj_start, cue, s, frame=[(s.start, a2)])
    if words_in(text[a2:b2]) < 3 or b1 <= a1:
        return None
    frame = [(s.start, said_from), (clause_end, after)] if opened else [(clause_end, after)]
    if _OCCASION_PARTICIPLE.match(lead_text) or _saying_participle_opens(r, s):
        # 'Speaking to reporters, X said, "if ..."', 'Stressing that ..., X said, "..."': the
        # participle's clause is an occasion or a statement of its own; the words follow
        return Draft(quote_pieces(r, a2, b2), subject, subj_start, cue, s, frame=[(s.start, a2)])
    if _RELATIVE_BEFORE.search(lead_text):
        # "a text that, Lavrov said, would bind both sides": his words are the relative
        # clause's; the sentence around it is the reporter's
        return Draft([(a2, b2)], subject, subj_start, cue, s, frame=[(s.start, after)])
    # the words as the source gives them, the attribution inside: an editor quoting the
    # statement keeps the sentence whole
    return Draft([(a1, b2)], subject, subj_start, cue, s, frame=frame)


# a short time phrase and its comma, all that stands before a name set off by commas
# ("Last year, X said, ...", "In the early 1990s, X said, ...", "Six months ago, X said, ...").
# Not a day ("On Monday,", "Yesterday,"): a day before the attribution is the day it was
# said, and left in the words it would take the statement's date with it
_TIME_LEAD = re.compile(
    r"\W*(?:(?:In|On|By|Until|Since|During)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?"
    r"(?:\d{4}s?|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|(?:past|last)\s+(?:week|month|year|decade)s?)"
    r"|(?:Last|This|Next)\s+(?:week|month|year|decade|spring|summer|autumn|fall|winter)"
    r"|(?:[A-Z][a-z]+|\d+|A)\s+(?:days?|weeks?|months?|years?|decades?)\s+ago"
    r"|Years\s+ago|Back\s+then)\s*,\s*"
)
_DAY_LEAD = re.compile(
    r"\W*(?:(?:On|By|Until|Since)\s+[A-Z][a-z]+day|Yesterday|Today|Earlier|Later)\s*,\s*"
)
# a colon in the words before a set-off attribution, with no quotation between it and the
# attribution: the reporter's clause ends there ("X was blunt: the deal, she said, ...")
_COLON_OPENS = re.compile(r":\s+(?=[^:\"\u201c\u201d]*$)")
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s*,$")
# the words' own verb going on after the attribution set off by commas ("..., was",
# '..., "will not"': a quotation of the predicate)
# ("..., 'cannot wait'": British single marks)
_PREDICATE_GOES_ON = re.compile(r"\s*[\"'\u201c\u2018]?[a-z]")
# after an attribution set off by commas, how or where it was said, not more words
_HOW_SAID_AFTER = re.compile(
    r"\s*,\s*(?:without|citing|in\s+(?:a|an|his|her|their)\s|at\s+(?:a|an)\s|during\s|"
    r"speaking\s|when\s|while\s|as\s+(?:he|she|they)\s)"
)
# a participle of speaking opening the sentence names the occasion ("Speaking to reporters,")
_OCCASION_PARTICIPLE = re.compile(
    r"\W*(?:Speaking|Addressing|Talking|Writing|Briefing|Responding|Replying|Commenting|"
    r"Answering|Reacting)\b"
)


def _saying_participle_opens(r: ArticleReading, s: Sentence) -> bool:
    """ "Stressing that ...,": a participle of saying opens the sentence, its clause a
    statement of its own (read by the leading frame)."""
    first = find_cues(r.text, s.start, min(s.end, s.start + 20))
    return bool(first) and first[0].participle and not r.text[s.start : first[0].start].strip()


# ', "We ...': a quoted sentence of its own after the attribution
_QUOTED_SENTENCE = re.compile(r"\s*,\s*[\"\u201c\u00ab]\s*[A-Z]")


# "Being close neighbours and members of ASEAN, X said during the meeting they ...": a
# participle's phrase with no finite verb of its own opens the sentence; it is no clause said
_PARTICIPLE_FRONT = re.compile(
    r"\W*[A-Z][a-z]+ing\b(?:(?!\b(?:is|are|was|were|has|have|had|will|would|could|should|"
    r"can|may|might|must|do|does|did)\b)[^.;:\"\u201c\u201d])*"
)
# "Later in the day, X told ...", "Earlier in the week", "Late on Tuesday evening", "A few
# hours later", "The following morning": a phrase of time alone opens the sentence; it tells
# when the words came, and holds no verb, so it is no clause said
_TIME_FRONT = re.compile(
    r"\W*(?:(?:Later|Earlier|Late|Early)(?:\s+(?:in|on|that|this|the|same|day|week|month|year|"
    r"morning|afternoon|evening|night|[A-Z][a-z]+day))+|(?:A|An|The|Two|Three|Several)"
    r"(?:\s+(?:few|minutes|hours|days|weeks|months|day|week|next|following|previous|same|"
    r"morning|afternoon|evening|night))+(?:\s+(?:later|earlier))?)\W*"
)


_JOINED_SUBJECT = re.compile(r"\w[\w.'\u2019\")\u201d]*,?\s+(?:and|but|while|whereas)\s*$")
_WHERE_SUBJECT = re.compile(r",\s+(?:where|when)\s*$")
# "Delegates found their calls moot after X announced ...": the speaker's clause is subordinate
# to the reporter's, whose words before it are no one's
_SUBORDINATE_SUBJECT = re.compile(
    r"\w\s+(?:after|before|when|since|until|because|once|although|though|whereas)\s*$"
)
# "..., repeating a view his finance minister had voiced on Friday": the subject of a
# relative clause on the participle's object (its "that" left out), whose verb has no
# words of its own; the clause before is the sentence's own speaker's
_OBJECT_THEN_SUBJECT = re.compile(
    r",\s+[a-z]+ing\s+(?:a|an|the|this|that|those|these)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:view|views|position|line|call|calls|concern|concerns|warning|point|remarks?|"
    r"comments?|message|argument|stance|pledge|promise|criticism|demand|appeal)\s+(?:that\s+)?"
    r"[^,;:\"\u201c\u201d]{2,60}$"
)
_OBJECT_REACH = 120  # characters back from the verb to the participle
_THAT_OR_QUOTE = re.compile(r"\s*(?:that\b|[,:]?\s*[\"\u201c])")
_THAT_THEN_SUBJECT = re.compile(r"\s+that\s*")
# "..., summit chairman and Foreign Minister X announced": two posts of one speaker joined,
# no clause of its own before the speaker's
_POSTS_JOINED = re.compile(
    r",\s+[^,;:\"\u201c\u201d]{0,40}?\b(?:chair|chairman|chairwoman|chairperson|president|"
    r"host|leader|head|minister|secretary|envoy|governor|mayor|spokesman|spokeswoman|"
    r"spokesperson)\s+and\s*$",
    re.I,
)
# the word a reporter's frame ends in before its "that": "recalling", "noted", "clear"
_FRAME_WORD = re.compile(
    r"\b(?:\w+ing|\w+ed|recall|remember|note|clear|known|evident|true|obvious|notable)$"
)


_SPACES = re.compile(r"[ \t]*")  # the spaces after a comma, however many


# a participle of the occasion ("presenting X as ...", "speaking at ...", "addressing the
# forum"; clause_words.OCCASION_PARTICIPLE lists some of them again), not a gerund subject
# of the words ("said closing the base would be a mistake": a finite verb follows in the
# clause)
_OCCASION_AFTER_VERB = re.compile(
    r"(?:speaking|talking|addressing|answering|responding|replying|commenting|presenting|"
    r"introducing|opening|closing|chairing|visiting|receiving|hosting|welcoming|briefing|"
    r"meeting|greeting|congratulating)\s+(?:to|at|on|in|with|before|after|during|the|a|an|his|"
    r"her|their|its|[A-Z])"
    rf"(?![^,;:\"\u201c]*\b(?:{FINITE_VERBS})\b)"
    # "said meeting the export targets proved impossible", "said opening new routes remained
    # the priority": a lexical verb of the gerund's own clause in the past (not one in a
    # relative clause, "visiting a plant where he said ...", nor a participle, "a plan made by
    # ...", "a terminal made of steel"; no present form: "the risks of escalation", "the costs
    # of its work" are plural nouns)
    r"(?!(?:(?!\b(?:where|who|whom|whose|which|that|when|while|as|after|before)\b)"
    r"[^,;:\"\u201c\n])*\b(?:proved|remained|made|required|seemed|became|meant|took|posed|"
    r"helped|needed|appeared|showed|gave|brought|led|kept|failed|risked|mattered)\b"
    r"(?!\s+(?:by|of|from|in|at|on|under|during|with|for)\b))"
)


# ", while the minister in charge released ...", "on Wednesday, whereas Seoul ...": after the
# verb and its day, a joined clause opened by its own subject (not "while visiting Ankara",
# an occasion, nor "while he ...", a second verb of the same speaker's)
# (either subject may be a name, "although Pyongyang had not responded, Seoul would ...",
# and the concession's verb any past tense, "while Egypt welcomed the truce, it was ...";
# "said, while visiting Paris, that ..." has no finite verb and stays an occasion)
_CONCESSION_THEN_CLAUSE = re.compile(
    r",\s*(?:while|although|though|whereas|even\s+though)\s+(?!that\b)"
    r"(?!(?:[Ii]n|[Oo]n|[Aa]t)\s)[A-Za-z][\w'\u2019-]*\s+[^,.;:\"\u201c]{0,80}?"
    rf"\b(?:{FINITE_VERBS}|[a-z]{{3,}}ed)\b[^,.;:\"\u201c]{{0,120}},\s*"
    r"(?!(?:that|and|but|on|in|at|during|after|before|adding|saying)\b)[A-Za-z][a-z]*\s+[a-z]"
)
_WHILE_ITS_OWN = re.compile(
    rf"(?:\s+(?:(?:on|last|this)\s+)?(?:{WEEKDAY_NAMES}|"
    r"today|yesterday|tonight|(?:this|last)\s+week))?,\s+(?:while|whereas)\s+"
    r"(?!(?:he|she|they|it|we|I)\b)(?![a-z]+ing\b)(?:the\s+|a\s+|an\s+)?[A-Za-z]"
)


def _forward_or_trailing(
    r: ArticleReading,
    s: Sentence,
    cue: Cue,
    subject: SpeakerPhrase,
    subj_start: int,
    clause_end: int,
    after: int,
    later: list[Cue],
) -> Draft | None:
    """What follows the cue ("X said that ..."), or, when the speaker comes after the words
    (", X said on Monday."), the clause or quote before it."""
    text = r.text
    rest = text[after : s.end]
    stripped = rest.lstrip()
    if _OBJECT_THEN_SUBJECT.search(
        text, max(s.start, cue.start - _OBJECT_REACH), cue.start
    ) and not _THAT_OR_QUOTE.match(rest):
        return None  # "..., repeating a view his finance minister had voiced on Friday."
    before = said_before(r, s, clause_end) if clause_end > s.start else []
    posts = _POSTS_JOINED.search(text, s.start, subj_start)
    if posts and before:
        before = said_before(r, s, posts.start())  # the words end before the first post
    elif _JOINED_SUBJECT.search(text, max(s.start, subj_start - 8), subj_start) or (
        _WHERE_SUBJECT.search(text, max(s.start, subj_start - 12), subj_start)
        or _SUBORDINATE_SUBJECT.search(text, max(s.start, subj_start - 12), subj_start)
    ):
        # "X raised the issue, and Y responded.", "Crowds gathered in the square, where the
        # group said in a statement it ...": a clause of its own before the speaker's, told
        # by the reporter, not what the speaker said
        before = []
    if (
        before
        and _THAT_THEN_SUBJECT.fullmatch(text, before[-1][1], subj_start)
        and _FRAME_WORD.search(text, before[-1][0], before[-1][1])
    ):
        # "It is worth recalling that X said ...": the words before are the reporter's
        # frame, the subject's clause stands inside it (not "problems that he blamed on")
        before = []
    tail_words = words_in(rest[THAT.match(rest).end() :])
    # (the mark after the comma, however many spaces stand between: ",  \u201c...")
    comma = text.find(",", after, s.end)
    mark = _SPACES.match(text, comma + 1).end() if comma >= 0 else -1
    quote_follows = (stripped.startswith(",") and r.in_quote(mark)) or (
        after > cue.end and stripped.startswith(_OPENING) and r.in_quote(after + 1) is not None
    )  # 'said, "..."', 'said at a news conference, "..."'
    right_after = text[cue.end : s.end].lstrip(" ,")
    words_before = " ".join(text[a:b] for a, b in before)
    clause_before = (
        words_in(words_before) >= 4
        # "In a sharp attack on X, Y said ...": a phrase opening the sentence, no clause
        and not CIRCUMSTANCE.match(words_before[:1].lower() + words_before[1:])
        and not _SUBORDINATE.match(words_before)  # "Although ..., X said on Tuesday it ..."
        and not _PARTICIPLE_FRONT.fullmatch(words_before)
        and not _TIME_FRONT.fullmatch(words_before)
    )
    # ("described as positive a visit by ...": a naming verb's "as" opens the name it gives,
    # its object put after it, no circumstance of the words)
    names_as = cue.lemma in NAMING_VERBS and stripped.startswith("as ")
    circumstance = (
        (
            CIRCUMSTANCE.match(stripped)
            or _SPAN_FROM_EVENT.match(stripped)
            or (clause_before and CIRCUMSTANCE.match(right_after))
            or _occasion_runs_on(text, cue.end, after, s.end)
        )
        and not SAID_THAT.search(text[cue.end : s.end].split(",")[0])
        and not names_as
    )
    # "..., X told reporters in Moscow, repeating a line ...": a participle's comment on the
    # words before, not words after
    comment_after = clause_before and bool(
        text[cue.end : after].rstrip().endswith(",") and re.match(r"[a-z]+ing\b", stripped)
    )
    # "The council has broad powers, Medvedev said presenting X as its new secretary.": a
    # participle of the occasion right after the verb, with no comma, after a clause before
    # the speaker's comma; it tells when he spoke, the clause before is what he said
    comment_after = comment_after or (
        clause_before
        and _COMMA_BEFORE_SUBJECT.fullmatch(text, before[-1][1], subj_start) is not None
        and _OCCASION_AFTER_VERB.match(right_after) is not None
    )
    # "..., Suga said Wednesday, while the minister in charge released a statement that ...":
    # a clause of its own, with its own subject, joined on after the attribution; its "that"
    # is not the words of the verb before it, which are the clause before the speaker
    comment_after = comment_after or (
        clause_before and _WHILE_ITS_OWN.match(text, cue.end, s.end) is not None
    )
    speech_act = _SPEECH_ACT_OBJECT.match(stripped) is not None
    # "The talks have stalled, X told the agency's Moscow bureau on Thursday.", "..., X was
    # quoted as saying by the official news agency on Thursday.": after the words, "told"
    # takes only its hearers and a passive its agent, with adverbials; a phrase with no word
    # of a clause cannot be what was said ("told a forum that ..." opens one with its "that")
    hearers_only = (
        (cue.lemma == "tell" or stripped.startswith("by "))
        and clause_before
        and not quote_follows
        and not CLAUSE_WORD.search(text, cue.end, s.end)
        and r.in_quote(after) is None
    )
    if (
        (tail_words >= 3 and _ADVERBIAL_LEAD.fullmatch(words_before))
        # "In a previous statement, X called for restraint.": where the words were given,
        # however short the words after the verb
        or _IN_A_DOCUMENT.fullmatch(words_before)
        or (
            len(before) == 1
            and _PHRASE_OF_PLACE_OR_TIME.fullmatch(words_before)
            and _COMMA_BEFORE_SUBJECT.fullmatch(text, before[0][1], subj_start)
        )
    ) and r.in_quote(before[0][0]) is None:
        # "In a sharp attack on X, Y said as ...": a phrase, nobody's words, when the words
        # follow (not "In Moscow the talks went well, Lavrov said on Monday.")
        before = []
        if cue.keeps_verb:
            tail_words += words_in(cue.word)  # "called for restraint": the verb is said too
    # '"...!" X said as he opened the session.': the attribution became its own sentence,
    # and what follows the verb only tells when; the quote before it is what was said
    when_only = (
        not before
        and _WHEN_CLAUSE.fullmatch(stripped)
        and not r.text[s.start : subj_start].strip()
        and bool(previous_quote(r, s))
    )
    # '"Absolutely not," he said of the plan.', '"Why trust them?" X said to the crowd.':
    # what follows the verb names what the words were about, or who heard them; the quote
    # before is the words
    topic_only = (
        cue.lemma == "say"  # ("warned of sanctions", "spoke of a new era": the words' own)
        and any(_TOPIC_ONLY.fullmatch(t) for t in (stripped, right_after))
        and not SAID_THAT.search(right_after)
    ) or (cue.lemma == "ask" and _asked_whom_only(right_after))
    # '"Who would think?" X told reporters at the White House before leaving.': the quote
    # closing on its own mark made the attribution a sentence of its own; "told" takes its
    # hearers and where or when, and no clause of words (no "that", no verb of a clause)
    topic_only = topic_only or (
        cue.lemma == "tell"
        and _asked_whom_only(right_after)
        and not CLAUSE_WORD.search(text, cue.end, s.end)
    )
    topic_of_quote = topic_only and (
        (bool(before) and (clause_before or r.in_quote(before[-1][0]) is not None))
        or (not before and not r.text[s.start : subj_start].strip() and bool(previous_quote(r, s)))
    )
    trailing = (
        when_only
        or topic_of_quote
        or (bool(before) or speech_act)
        and (
            _after_quote(r, s, subj_start)
            or tail_words < 2
            or speech_act
            or (bool(circumstance) and not quote_follows)
            or (stripped.startswith((",", ".")) and not quote_follows)
            # "The talks, X said on Thursday, had stalled.": the day's comma closes the
            # attribution set off inside the words, as a comma right after the verb does
            or (
                text[cue.end : after].rstrip().endswith(",")
                and clause_before is False
                and not quote_follows
                and stripped[:1].islower()
            )
            or comment_after
            or hearers_only
            or _MEDIUM_RELAYS.fullmatch(stripped) is not None
        )
    )
    # "he said, It is a relationship which is not normal": words unquoted after a comma
    unquoted = not before and stripped.startswith(",") and re.match(r",\s*[A-Z]", stripped)
    # "Anifah said, while there were signs he would come, it had to be confirmed": a
    # concession with its own subject and finite verb, then the main clause after its comma
    # (no "that" there), is the words; "said, while visiting Paris, that ..." is not
    unquoted = unquoted or (
        (not before or not clause_before)
        and not quote_follows
        and _CONCESSION_THEN_CLAUSE.match(stripped) is not None
    )
    if not trailing and (
        (tail_words >= 2 and not stripped.startswith((",", "."))) or quote_follows or unquoted
    ):
        draft = _forward(r, s, cue, subject, subj_start, after, later)
        opening = _opening_fragment(r, s, subj_start) if quote_follows else []
        if draft is not None and opening and draft.pieces and opening[-1][1] <= draft.pieces[0][0]:
            draft.pieces = opening + draft.pieces
        return draft
    pieces = before or previous_quote(r, s)
    if not pieces:
        return None
    if len(before) == 1:
        pieces = _run_from_paragraph_start(r, s, subject, before)
    pieces += continuation(r, s, after)
    return Draft(pieces, subject, subj_start, cue, s, frame=[(clause_end, s.end)])


_RUN_BACK = 2  # how many sentences before it a paragraph's trailing attribution takes in
_RUN_BACK_REACH = 3000  # how far before the paragraph the speaker must have been named
# a sentence about the one who spoke, or told in the narrative past ("The summit was held in
# March."): the reporter's, setting the scene for the words after it
_NARRATED = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Tt]hey|[Tt]heir|was|were)\b")
# a sentence that tells an event, the reporter's background: a verb in the simple past
# ("Washington reimposed sanctions", "troops clashed", "Pyongyang scrapped a pact": a word in
# -ed or a common irregular past, with no auxiliary, determiner or degree word right before
# it, as "have encountered", "has forcefully proceeded", "the unjustified curbs" have), or a
# date or a day ("in 2018", "on Sunday", "since October 7", "last year", "two days ago");
# not "Since 2017, relations have met serious difficulties.", a speaker's point in the
# present perfect over a span of years
# (a weekday or a month by name, but "May", a sentence's opening modal as often: "May the
# talks succeed")
_DAY_OR_MONTH = "|".join(
    w for w in (*WEEKDAY_NAMES.split("|"), *MONTH_NAMES.split("|")) if w != "May"
)
_EVENT_TOLD = re.compile(
    r"(?<!\bhave )(?<!\bhas )(?<!\bhad )(?<!\bbeen )(?<!\bbe )(?<!\bbeing )(?<!\bis )"
    r"(?<!\bare )(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bmore )(?<!\bmost )(?<!\bvery )"
    r"(?<!\bso )(?<!\btoo )(?<!\bwell )(?<!\bget )(?<!\bgot )(?<!\bnot )"
    r"(?<!ly )(?<!\bits )(?<!\btheir )(?<!\bthis )(?<!\bthese )(?<!\bsuch )(?<!\band )"
    r"\b(?:(?!(?:ne|inde|spe|se|fe|proce|exce|succe|hundr|r|b|sh)ed\b)[a-z]+ed|"
    r"met|held|won|lost|rose|fell|began|left|saw|gave|took|made|came|went|struck|sent|led|"
    r"fled|fought|broke|told|said|spoke|wrote|stood|grew|drew|sought|brought|bought|paid|"
    r"ran|swept|shot|froze|hit)\b"
    # (a tally told in the perfect: "Tensions have risen sharply", "strikes have killed")
    r"|\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?:risen|fallen|grown|soared|surged|dropped|declined|"
    r"climbed|doubled|tripled|killed|displaced|reached|topped)\b"
    rf"|\b(?:{_DAY_OR_MONTH}|yesterday|ago)\b|\blast\s+(?:week|month|year|night)\b"
    r"|\bin\s+(?:19|20)\d\d\b"
)


def _run_from_paragraph_start(
    r: ArticleReading, s: Sentence, subject: SpeakerPhrase, before: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """'Since 2017, relations have met serious difficulties. The root cause is that ..., Zhao
    said.': a paragraph of a speaker already named, whose last sentence closes on his
    attribution, reports him from its first sentence when the one or two sentences before
    carry no verb of saying, no quotation, no event told (a simple past, a date: not 'He
    arrived on Monday.', 'The summit was held in March.': the reporter's) and no word of the
    speaker (his name, a pronoun, the narrative "was"); the words then run from the
    paragraph's start."""
    a, b = before[0]
    if r.text[s.start : a].strip() or r.quotes_in(s.start, s.end):
        return before
    named = subject.kind == "pronoun" and subject.text.lower() in ("he", "she")
    para = r.by_paragraph.get(s.para, [])
    # (no more than one past _RUN_BACK, which is enough to tell too many: a long paragraph
    # is not read whole per sentence)
    earlier = list(itertools.islice((t for t in para if t.end <= s.start), _RUN_BACK + 1))
    if not earlier or len(earlier) > _RUN_BACK:
        return before
    if not named and subject.kind == "person" and subject.text:
        # (only a speaker named before the paragraph: one named first here may come after
        # the reporter's own sentences setting the scene)
        named = (
            subject.text in r.text[max(0, earlier[0].start - _RUN_BACK_REACH) : earlier[0].start]
        )
    if not named:
        return before
    for t in earlier:
        words = r.text[t.start : t.end]
        if (
            words_in(words) < 6
            or any(m in words for m in MARKS + ":?")
            or _NARRATED.search(words)
            or _EVENT_TOLD.search(words)
            or (subject.kind == "person" and subject.text in words)
            or r.is_claimed(t.start)
            or find_cues(r.text, t.start, t.end)
        ):
            return before
    start, _ = strip_span(r.text, earlier[0].start, earlier[0].end)
    return [(start, b)]


def _opening_fragment(r: ArticleReading, s: Sentence, subj_start: int) -> list[tuple[int, int]]:
    """'"Look," he said, "we are ready."': the quotation's first words, too few to read as a
    clause of their own, opening the sentence and closed by a comma right before the speaker;
    'The TPLF had made "painful concessions," he acknowledged, "because ..."': the reporter's
    words before such a quotation open the statement with it."""
    quotes = r.quotes_in(s.start, subj_start)
    if len(quotes) != 1:
        return []
    quote = quotes[0]
    closes = r.text[quote.pieces[-1][1] : subj_start]
    if not re.fullmatch(r"\s*,\s*[\"\u201d']\s*", closes):
        return []
    lead = r.text[s.start : quote.outer[0]]
    if not lead.strip():
        return list(quote.pieces)
    start = s.start + len(lead) - len(lead.lstrip())
    return [(start, quote.pieces[-1][1])]


# "..., X said Wednesday, Trend reports citing Anadolu.": the outlet that relays the words
# closes the sentence; what was said stands before the attribution
_MEDIUM_RELAYS = re.compile(
    r"(?:(?:[A-Z][\w.&'\u2019-]*\s+){1,4}(?:reports|reported|writes|wrote)"
    r"(?:\s+(?:citing|quoting)\s+[^,;:\"\u201c\u201d]{1,60})?"
    # "..., Peskov was quoted as saying by the RIA news agency.": the outlet that relayed
    r"|by\s+(?:the\s+)?(?:[A-Z][\w.&'\u2019-]*\s*){1,4}(?:news\s+agency|agency|newspaper)?)"
    r"[.!]?\s*"
)
# "of the possibility of new sanctions.", "about the envoy's offer, made on Monday.": the
# topic of the words, or "to a crowd of about 500.": the ones told, and no more (no verb of a
# clause of words: "said to the council the plan would fail")
_TOPIC_ONLY = re.compile(
    r"(?:of|about|to)\s+(?:(?!\b(?:is|are|was|were|has|have|had|will|would|could|can|should|"
    r"may|might|must)\b)[^;:\"\u201c\u201d])*[.!]?\s*"
)


def _asked_whom_only(tail: str) -> bool:
    """'"Is this a partnership?" X asked reporters in Brussels.': the ones asked, and where
    or when, close the sentence; the question before is the asker's (not "asked Y whether")."""
    whom = TOLD_OBJECT.match(tail)
    if whom is None or not whom.group().strip():
        whom = _PEOPLE_ASKED.match(tail)  # "asked the delegations", "asked his colleagues"
    if whom is None or not whom.group().strip():
        return False
    return _WHERE_WHEN_ONLY.fullmatch(tail, whom.end()) is not None


_PEOPLE_ASKED = re.compile(r"(?:the|his|her|its|their|fellow)\s+(?:[\w-]+\s+){0,2}?[a-z-]{3,}s\b")
_WHERE_WHEN_ONLY = re.compile(
    r"(?:\s+(?:at|in|on|during|after|before|as|while|outside|via)\b[^;:\"\u201c\u201d?]*)?"
    r"[.!]?\s*"
)
# "as she opened the meeting.", "while he toured the site": a clause of when, and no more
_WHEN_CLAUSE = re.compile(
    r"(?:as|while|when|after|before)\s+(?:he|she|they|we)\s+[a-z]+ed\b[^,;:\"\u201c\u201d]*[.!]?\s*"
)
# "told reporters during a visit to the media centre", "during a tour of the port": an
# occasion's noun and its "to" or "of", whose object (an article or a name next, not an
# infinitive's verb) still tells where, not what
_OCCASION_THEN_PLACE = re.compile(
    r"\b(?:during|at|on)\s+(?:a|an|the)\s+[a-z -]{2,40}?\s+(?:to|of)\s+(?:(?:the|a|an)\b|[A-Z])"
)


# "a day after ...", "two weeks before ...", "hours after ...", "the day after ...",
# "moments after ...", "less than a day after ...": when, by an event, after the verb of a
# trailing attribution; no words of the speaker
_SPAN_FROM_EVENT = re.compile(
    r"(?:(?:less|more|no more|no less)\s+than\s+|just\s+|only\s+|barely\s+)?"
    r"(?:(?:a|an|one|two|three|four|five|six|several|a few|the|\d+)\s+)?"
    r"(?:day|days|week|weeks|hour|hours|month|months|minutes|moments)\s+"
    r"(?:after|before|ahead of)\b"
)


def _occasion_runs_on(text: str, cue_end: int, after: int, end: int) -> bool:
    """Whether an occasion named after the verb runs on past where the words would start, so
    that what follows is its place, not what was said."""
    occasion = _OCCASION_THEN_PLACE.search(text, cue_end, end)
    return occasion is not None and occasion.start() < after <= occasion.end()


# '"...?" - the diplomat asked a counter question.', '"...?" she expressed her bewilderment.':
# the verb's object names the words before
_SPEECH_ACT_OBJECT = re.compile(
    r"(?:a|an|the|one|another|her|his|this)\s+(?:[\w-]+\s+)?"
    r"(?:question|counter-question|answer|comment|remark|reply|retort|bewilderment|surprise|"
    r"concern|regret|dismay|indignation|outrage|satisfaction|gratitude|disappointment)"
    r"[.!?]?\s*$"
)


_HAVING = re.compile(r"\W*(?:(?:And|But|While|Yet|Also)\W+)?[Hh]aving\s+(?:\w+ly\s+)?")


# "In a statement", "In an earlier interview with TASS", "In a post on X": the document or
# occasion the words were given in, never words
_IN_A_DOCUMENT = re.compile(
    r"(?i:in|on|at|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:statement|interview|post|message|letter|speech|address|tweet|video|briefing|"
    r"article|op-ed|remarks|comments|communiqu\u00e9|communique|note|press release)"
    r"(?:\s+(?:with|to|on|for|at|in|published|posted|issued|released)\b[^,;:\"\u201c\u201d]*)?"
)
# "In the capital, X conceded.", "Within an hour of the polls closing, X had conceded.": a
# phrase of where or when set off before the subject, no clause of its own. After each
# preposition, a name ("In Moscow", "On Monday") or a noun group (a determiner and up to
# three words, or two without it) whose last word tells no past deed; nothing after a name
# but another preposition: "In Moscow talks stalled", "On the front line fighting
# intensified overnight", "At the ministry officials worried" are clauses, words said
_DETERMINER = r"(?:a|an|the|his|her|its|their|this|that)\s+"
_PLAIN_WORD = (
    r"(?!(?:a|an|the|his|her|its|their|this|that|is|are|was|were|has|have|had|will|would|"
    r"could|can|should|may|might|must|did|does|do|not|he|she|it|they|we|there|of|for|in|on|"
    r"at|to|from|near|after|before)\b)"
    r"[a-z0-9][\w.'\u2019-]*"
)
_LAST_PLAIN_WORD = rf"(?![a-z]+ed\b){_PLAIN_WORD}"
_NAME_RUN = r"[A-Z0-9][\w.'\u2019-]*(?:\s+[A-Z0-9][\w.'\u2019-]*)*"
_PLACE_OR_TIME = (
    rf"(?:{_NAME_RUN}|{_DETERMINER}(?:{_PLAIN_WORD}\s+){{0,2}}(?:{_NAME_RUN}|{_LAST_PLAIN_WORD})"
    rf"|(?:{_PLAIN_WORD}\s+)?(?:{_NAME_RUN}|{_LAST_PLAIN_WORD}))"
)
_PHRASE_OF_PLACE_OR_TIME = re.compile(
    r"\W*(?:In|On|At|Within|By|During|After|Before|Amid|Across|Outside|Inside|Near|Throughout)"
    rf"\s+{_PLACE_OR_TIME}"
    rf"(?:\s+(?:of|for|in|on|at|to|from|near|after|before)\s+{_PLACE_OR_TIME}){{0,3}}"
)
_COMMA_BEFORE_SUBJECT = re.compile(r",\s*")
# one prepositional phrase leading up to the subject, no clause of its own
_ADVERBIAL_LEAD = re.compile(
    # ("Earlier, on April 3, X condemned ...": a time adverb set off before the phrase)
    r"(?:(?:Earlier|Later|Previously|Meanwhile|Separately),?\s+)?"
    r"(?i:in|on|at|during|after|before|with|amid|despite|following|ahead of|in response to|"
    r"in answer to|to a question|referring to|speaking (?:at|to|on))\b"
    # 'In response to a question on the "two-state solution," X said ...': the phrase may
    # quote the name of its topic
    r"(?:[^,;:\"\u201c\u201d\u00ab\u00bb]|[\"\u201c][^\"\u201c\u201d\u00ab\u00bb]{1,80}(?:[\"\u201d]|$))*"
)


def _verb_start(r: ArticleReading, s: Sentence, cue: Cue) -> int:
    """Where a verb that belongs to the words starts, with the adverb before it ("strongly
    condemned", 'the reporter quoting the adverb: "unequivocally" condemned') or its negation
    ("has not ruled out", "never condemned")."""
    negated = _NEGATED.search(r.text, s.start, cue.start)
    if negated:
        return negated.start()
    # (in lower case: "Mr Cleverly thanked", "Connolly condemned" end a surname in "-ly")
    adverb = re.search(
        r"[\"\u201c]?\b[a-z]\w*ly[\"\u201d]?\s+$|[\"\u201c]$", r.text[s.start : cue.start]
    )
    return s.start + adverb.start() if adverb else cue.start


# "has not ruled out", "did not condemn", "refused to rule out", "never welcomed": the
# negation is the words' own
_NEGATED = re.compile(
    r"\b(?:(?:has|have|had|did|does|do|would|will|could|can|should|was|is)(?:\s+not|n['\u2019]t)|"
    r"won['\u2019]t|can['\u2019]t|cannot|never|refused\s+to|declined\s+to)\s+(?:\w+ly\s+)?$"
)


# where a fronted "Writing"/"Posting" appeared ("Writing in The Times on Sunday,", "Posting on
# Telegram,", "Writing for Foreign Affairs,"): British papers' formula for an op-ed's author
_WHERE_PUBLISHED = re.compile(r"\s+(?:in|on|for|to)\s")
# a noun phrase as the object of a fronted "Announcing": the thing made public, not words
_THING_MADE_PUBLIC = re.compile(r"\s+(?:the|a|an|his|her|its|their|this|these)\s+(?!that\b)")


def _leading(
    r: ArticleReading, s: Sentence, cue: Cue, after: int, later: list[Cue]
) -> Draft | None:
    """ "Stressing that ..., Wang urged ...": what the participle introduces runs to the
    comma before the sentence's subject; the speaker is that subject."""
    if cue.lemma == "point_to":
        return None  # "Pointing to the controversies, X said ...": a topic, not words
    text = r.text
    if cue.lemma in ("announce", "confirm") and _THING_MADE_PUBLIC.match(text, after):
        return None  # "Announcing the visit on Monday, X told ...": an act, the words follow
    if cue.lemma in ("write", "post") and _WHERE_PUBLISHED.match(text, after):
        return None  # "Writing in the Daily Telegraph, X said": where, the words follow
    start = THAT.match(text, after).end()
    main = next((c for c in later if not c.participle), None)
    if main is not None:
        end = text.rfind(",", start, main.start)
    else:
        head = re.search(r",\s+(?=(?:the |[A-Z]|he |she |it |they ))", text[start : s.end])
        end = start + head.start() if head else -1
    if end <= start:
        return None
    a, b = strip_span(text, start, end)
    if words_in(text[a:b]) < 3:
        return None
    return Draft(
        quote_pieces(r, a, b),
        None,
        cue.start,
        cue,
        s,
        sentence_subject=True,
        leading=True,
        frame=[(s.start, a), (b, s.end)],
    )


# "described that position as an impediment": after a naming verb "that" is the object's
# determiner, followed by the name given with "as", no clause it opens
# (not "described that Australia was as committed as ever": a finite verb among the words
# makes "that" open a clause)
_DESCRIBED_THAT = re.compile(
    r"\s*(?P<that>that)\s+(?:(?!(?:is|are|was|were|has|have|had|will|would|could|can|should|"
    r"may|might|must|did|does|do|remains|remained|went|looked|seemed)\b)[\w'\u2019-]+\s+){1,3}"
    r"as\b",
    re.I,
)


def _forward(
    r: ArticleReading,
    s: Sentence,
    cue: Cue,
    subject: SpeakerPhrase,
    subj_start: int,
    after: int,
    later: list[Cue],
) -> Draft | None:
    """ "X said (that) ...": what follows the cue, to the end of the clause."""
    text = r.text
    start = THAT.match(text, after).end()
    if cue.lemma == "describe" and (named := _DESCRIBED_THAT.match(text, after)) is not None:
        start = named.start("that")  # "described that position as ...": "that" names it
    aside = _DATE_ASIDE.match(text, start)
    if aside:
        start = THAT.match(text, aside.end()).end()  # "said on Tuesday (July 26) whether ..."
    past_verb = start
    if (
        cue.keeps_verb
        and not cue.directive
        and not _GIVEN_THING.search(cue.word)
        and (
            _THAT_CLAUSE.match(text, cue.end)
            or _THAT_ENDS.search(text, cue.end, after)
            or (after > cue.end and _THAT_NEXT.match(text, after))
        )
    ):
        pass  # "affirmed that ...", "denounced this Saturday that ...": the clause is the words
    elif cue.keeps_verb:
        # "called on NATO to ...": the appeal keeps its verb; a readout keeps its subject
        nested = re.search(
            r"\b(?:said|says|told|added|stated)\s*$", text[max(0, subj_start - 40) : subj_start]
        )
        start = subj_start if nested and cue.directive else _verb_start(r, s, cue)
        feeling = _FEELING_THAT.match(text, cue.end)
        if cue.lemma in ("express", "voice") and feeling:
            start = feeling.end()  # "expressed hope that the deal holds": the hope is the clause
    a, b = content_after(r, s, start, later)
    # ("said the embassy would stay open in a statement on Tuesday", "vowed to keep it open in
    # a post on X late on Monday": the medium and its day close any words, the saying's)
    day = (_DAY_AT_END if _noun_object(cue) else _MEDIUM_DAY_AT_END).search(text, a, b)
    if day is None and cue.lemma == "announce":
        # "announced the decision late on Thursday": a thing made known, then the day it was
        # (with "on": "announced a truce beginning Sunday" dates the truce)
        day = _ON_DAY_AT_END.search(text, a, b)
        if day is not None and _THING_NAMED.fullmatch(text, a, day.start()):
            return None  # "announced the decision": what was made known is told elsewhere
        if _THING_AT_OCCASION.fullmatch(text, a, b):
            return None  # "announced the agreement at a joint news conference": the same
    if day is not None and _DONE_BY_BEFORE_DAY.search(text, a, day.start()):
        # ('labelled as a "show" the statement issued by the G7 ministers on Friday': the day
        # is the deed's told in the participle with its doer, not the naming's)
        day = None
    if day is not None and words_in(text[a : day.start()]) >= 2:
        # "called the move \"illegal\" on Monday", "condemned the attack on Tuesday": after a
        # noun phrase, the day that ends the sentence is when the words were said
        b = day.start()
    if (
        re.match(r"what \w+ (?:called|calls|described|termed|dubbed)\b", text[a:b])
        and not _THAT_ENDS.search(text, max(0, a - 8), a)
        and cue.lemma not in ("deny", "refute")
    ):
        # "announced what he called a special operation": naming (but "warned that what he
        # described as X could lead to Y" says that, and "rejected what it called baseless
        # remarks" takes a stand on words in the speaker's own naming of them)
        return None
    if _POINTER_THEN_OWN_CLAUSE.match(text, a, b):
        return None  # "He said so, and we fully share that view": the words are the writer's
    if _BACK_REFERENCE.fullmatch(text, a, b) or (
        # "expressed this in an interview", "voiced this on Monday": a verb that keeps its
        # object points back all the same when the object is only "this"
        cue.keeps_verb and a < past_verb and _BACK_REFERENCE.fullmatch(text, past_verb, b)
    ):
        # "announced this in his address": the words were reported before, in the sentences
        # before this one in its paragraph when no one else's ("Moscow will respond. Ryabkov
        # said this on Monday.")
        told = (
            told_before(r, s, paragraph_before=True) if a - s.start <= _BACK_SUBJECT_CHARS else []
        )
        if words_in(text[s.start : subj_start]) != 0:
            return None
        if told:
            return Draft(told, subject, subj_start, cue, s, frame=[(s.start, s.end)])
        if subject.kind == "person":
            # "The federal government says it will ... . The minister, X, disclosed this on
            # Wednesday": the lead already taken by a body; the pointer names whose they are
            return Draft(
                [], subject, subj_start, cue, s, frame=[(s.start, s.end)], points_back=True
            )
        return None
    if words_in(text[a:b]) < 2:
        return None
    if (
        not cue.keeps_verb
        and _WORDS_NAMED_ONLY.fullmatch(text, a, b)
        and _SENTENCE_CLOSES.fullmatch(text, b, s.end)
    ):
        # "rejected the criticism.", "stressed a different point.": no words told (", saying
        # ..." after it still tells them)
        return None
    if _GERUND.match(text, a) and opens_on_subject(text[s.start : cue.start]):
        return None  # "X, who recalled taking the back door, said ...": a deed recalled, no words
    frame = [(s.start, after)]
    return Draft(quote_pieces(r, a, b), subject, subj_start, cue, s, frame=frame)


_GERUND = re.compile(r"[a-z]{2,}ing\b")
# "the statement issued by the G7 ministers", "the measures adopted by the council": a thing
# done, its participle and its doer right before the day that ends the words
_DONE_BY_BEFORE_DAY = re.compile(
    r"\b(?:issued|adopted|held|signed|released|published|passed|imposed|announced|made|"
    r"delivered|approved|taken)\s+by\s+[^,;:\"\u201c\u201d]{1,60}$"
)
# the object of a verb whose words would be a clause, when it only names words or a ruling
# given elsewhere ("denied the allegations", "rejected the ruling"): a mention, no content
_SENTENCE_CLOSES = re.compile(r"[\s.!\"\u201d\u2019']*")
_WORDS_NAMED_ONLY = re.compile(
    r"(?:the|these|those|this|that|such|a|an)\s+(?:[a-z]+\s+)?(?:criticisms?|accusations?|"
    r"allegations?|claims?|charges?|reports?|remarks|comments?|suggestions?|assertions?|"
    r"points?|ruling|verdict|rumou?rs?|notion|idea)\W*"
)
_THAT_CLAUSE = re.compile(r"\s+that\s+(?!(?:is|was|has|had|would|will)\b)")
_THAT_ENDS = re.compile(r"\bthat\s*$")
# "sent his condolences to those that lost relatives": a condolence or an apology given is a
# thing with no clause of its own; a "that" after the ones it goes to is their relative
_GIVEN_THING = re.compile(r"\b(?:condolences|apolog(?:y|ies)|sympath(?:y|ies))$")
_THAT_NEXT = re.compile(r"\s*that\s+(?!(?:is|was|has|had|would|will)\b)")
_DAY_AT_END = re.compile(
    # "called the move \"a mistake\" in a statement Wednesday night": the medium may come
    # first, and American copy drops the "on"
    rf"[\s,]+(?:{ACT_MEDIUM}\s+)?(?:(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    # "defended the decision again this week": a week, when an adverb of the act stands
    # before it (not "the visitors this year": a time of the thing)
    r"|(?:again|also|publicly|repeatedly|once\s+more)\s+(?:earlier\s+)?(?:this|last)\s+"
    r"week(?:end)?)\W*$"
)

_MEDIUM_DAY_AT_END = re.compile(
    rf"[\s,]+{ACT_MEDIUM}(?:\s+on\s+(?:X|Twitter|Telegram|Facebook|Instagram|its\s+website))?"
    r"\s+(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\W*$"
)
_ON_DAY_AT_END = re.compile(
    r"\s+(?:(?:late|early)\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\W*$"
)

_THING_NAMED = re.compile(r"(?:the|its|his|her|their)\s+[a-z]+")
# "the agreement at a joint news conference in Seoul": a thing named, then where it was made known
_THING_AT_OCCASION = re.compile(
    r"(?:the|its|his|her|their)\s+[a-z]+\s+(?:at|during)\s+(?:a|an|the|his|her|its|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:press conference|news conference|briefing|meeting|summit|ceremony)"
    r"\b[^\"\u201c\u201d;:]*"
)


def _noun_object(cue: Cue) -> bool:
    """A verb whose object is a noun phrase, not a clause ("condemned the attack", "called
    the move illegal"): nothing it frames can carry a day of its own at the sentence's end."""
    return cue.keeps_verb or cue.lemma in ("call", "describe", "term", "deny", "speak_of")


# a day or "local time" in brackets after the verb's own day: the attribution's, not words
_DATE_ASIDE = re.compile(
    r"\((?:local time|[A-Z][a-z]+\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]+(?: \d{4})?)\)\s*"
)
# "announced this in his address", "wrote about this on Facebook", "said so": a pointer to
# words already given, and where they were given
_BACK_SUBJECT_CHARS = 160  # a subject, its title and the verb before "this"
_BACK_REFERENCE = re.compile(
    # ("told the aforesaid to a news site", "said the above": a pointer of translated copy)
    r"(?:about\s+)?(?:this|that|it|so|the\s+(?:aforesaid|aforementioned|above)|"
    # "expressed these views during a meeting with ...", "made these remarks while ...": the
    # Pakistani and Indian wires' pointer back to the words of the lead
    r"(?:these|those)\s+(?:views|remarks|comments|words|observations|sentiments))"
    r"(?:\s+(?:in|on|at|during|to|after|while|via|when|through|with)\b[^,;:\"\u201c]*"
    # "said this at a briefing on Friday, May 29": the weekday's date set off by a comma
    r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?"
    # "disclosed this on Wednesday after meeting the High Commissioner, Bobby Moroe.": the
    # name of the one met set off by a comma at the sentence's end
    r"(?:,\s+(?-i:[A-Z][\w.'\u2019-]*)(?:\s+(?-i:[A-Z][\w.'\u2019-]*)){0,3}(?=[\s.]*$))?"
    # "..., an Ukrinform correspondent reports.", "..., the agency reported.", "...,
    # Ukrinform saw.": the medium's tag after the pointer
    r"(?:,\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+"
    r"(?:reports|reported|writes|wrote|saw|learned|learnt))?"
    # "... after a meeting with the High Commissioner to Nigeria, Bobby Moroe.": the name of
    # the one met, set off after the title
    r"(?:,\s+(?:[A-Z][\w.'\u2019-]*\s+){1,3}[A-Z][\w'\u2019-]*)?"
    # "... with Ambassador X, who called on him at the Foreign Office.": the one met, told of
    r"(?:,\s+who\s[^,;:\"\u201c]*)?"
    r")?[\s.]*"
)
# "said so, and we share that view", "said as much on Monday, but ...": a pointer back to
# words given before, then a clause joined on that is someone else's
_POINTER_THEN_OWN_CLAUSE = re.compile(
    r"(?:so|as much)(?:\s+[^,;:\"\u201c\u201d]{1,40}?)?\s*,?\s+(?:and|but)\s"
)
_FEELING_THAT = re.compile(
    r"\s+(?:(?:his|her|its|their|the|a|deep|strong|firm|full|great)\s+){0,2}"
    r"(?:hope|confidence|belief|conviction|optimism|expectation|wish)\s+that\s+"
)
# ("Faisal bin Farhan Al Saud", "Abdel Fattah al-Burhan": a name's particles; "Sugiono": an
# Indonesian's one name)
_NAME_AFTER_TITLE = re.compile(
    r",\s+(?P<name>(?:[A-Z][\w.'\u2019-]+\s+(?:(?:bin|bint|ibn|al|da|de|dos|van|von|der)\s+)?){0,4}"
    r"(?:[A-Z]|(?:al|el|ad|as|ash)-[A-Z])[\w'\u2019-]+)\s*"
    # ("..., said a senior diplomat, Maria Santos of the Foreign Ministry.": the name, then
    # the body it serves or where it spoke)
    r"(?=[,.;]|$|\s+(?:of|from|at|in|on|during|after|who)\s)"
)


_DOCUMENT_HEAD = re.compile(r"\b(?:statement|communique|declaration|letter|message|note|text)\b")
# "a statement from", "the ministry's statement issued by": a document, then its author
_DOCUMENT_THEN_AUTHOR = re.compile(
    r"\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu\u00e9|communique|"
    r"declaration|readout|release|note)\s+(?:from|by|of|issued by|released by)\s"
)
_DASH_AFTER_QUOTE = re.compile(r"(?<=[,\u201d\"\u00bb'])\s*(?:[\u2014\u2013]|-{1,2})$")


# a city or a place set off after a name ("said X of the Federal Reserve, Washington DC")
_PLACE_NAMES = frozenset(w.lower() for w in PLACE_WORDS) | DATELINE_CITIES | {"washington dc"}

_SEAT_AFTER = re.compile(r"\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b")


# "said on Tuesday Foreign Minister X", "stated this Monday the President of X, Y", "said
# yesterday Senator X": a day between an inverted verb and its subject (a capital or "the"
# must follow: "said on Tuesday that ..." opens words, not a name)
_DAY_BEFORE_NAME = re.compile(
    rf"\s+(?:(?:(?:on|this|last)\s+)?(?:{WEEKDAY_NAMES})(?:\s+(?:morning|afternoon|evening|night))?"
    r"|yesterday|today|this\s+(?:morning|afternoon|evening))(?=\s+(?:the\s+)?[A-Z])"
)


def _inverted(r: ArticleReading, s: Sentence, cue: Cue, after_adv: int) -> Draft | None:
    """'..., said Ryabkov.' / '"...," says the diplomat.'"""
    if cue.lemma in NAMING_VERBS:
        return None  # "the islets, called the Senkaku in Japan": a name given, no speaker
    text = r.text
    left = text[s.start : cue.start].rstrip()
    # '"...," — said Andriy Sybiha.': the dash of a translated attribution, after the quote
    left = _DASH_AFTER_QUOTE.sub("", left)
    if not left or left[-1] not in ",\u201d\"\u00bb'":
        return None
    if left[-1] == "," and cue.takes_object:
        return None  # "the islets, called the Senkaku in Japan, ...": naming, not saying
    # ("..., said on Tuesday Foreign Minister X.": the day may stand between the verb and
    # who spoke, as a translated "dijo este martes el canciller" puts it; the name follows)
    day = _DAY_BEFORE_NAME.match(text, cue.end, s.end)
    np_start = day.end() if day else cue.end
    stop = INVERTED_NP_END.search(text[np_start : s.end])
    np_end = np_start + (stop.start() if stop else 0)
    subject = parse_speaker(text[np_start:np_end].rstrip(". "))
    listed = past_listed_fields(text, np_start, np_end, INVERTED_NP_END, s.end)
    if listed is not None:
        subject, np_end = listed  # "said Foreign, Commonwealth and Development Secretary X"
    by = _DOCUMENT_THEN_AUTHOR.match(text, np_start, s.end)
    if by and subject is not None and subject.kind in ("unnamed", "description"):
        # '..., said a statement from the Ministry of Foreign Affairs on Saturday.': the
        # document's author, the phrase running on past "from" to its own end
        stop = INVERTED_NP_END.search(text[by.end() : s.end])
        author_end = by.end() + (stop.start() if stop else 0)
        author = document_author(text[np_start:author_end].strip().rstrip(".!?"))
        if author is not None:
            subject, np_end = author, author_end
    named = _NAME_AFTER_TITLE.match(text, np_end, s.end)
    if cue.lemma == "read":
        # '"...," read a statement from the Egyptian Foreign Ministry.': the document's author,
        # or the document itself ("reads the ministry's statement"), whose issuer is found later
        phrase = text[cue.end : s.end].strip().rstrip(".!?")
        document = _DOCUMENT_HEAD.search(phrase)
        subject = document_author(phrase) or (
            SpeakerPhrase("description", phrase, head=document.group().lower())
            if document
            else None
        )
        np_end = s.end
    if named and subject is not None and subject.kind in ("unnamed", "description"):
        # "..., said a former spokesman for the ministry, Oleg Voloshyn, who ...": the name
        person = parse_speaker(text[np_start : named.end("name")])
        if person is not None and person.kind == "person":
            subject, np_end = person, named.end("name")
    elif (
        named
        and subject is not None
        and subject.kind == "person"
        and subject.role is None
        and subject.institution
        and " " not in subject.institution
        and " " not in (subject.name or " ")
        and text[np_start:np_end].split(None, 1)[0].lower() not in HONORIFICS
        and named.group("name").lower() not in _PLACE_NAMES
        and named.end("name") >= len(text[: s.end].rstrip(" .!?\n")) - 1
    ):
        # '"...," said US Secretory of State, Jane Doe.': a title the dictionary does not
        # know (misspelt) reads as a one-word name of a body ("of State"); the full name
        # set off after it, closing the sentence, is who spoke. Not after a known title or
        # an honorific ("said Dr. Patel of St. Mary's Hospital, San Diego"), a body of
        # several words, or a place set off ("..., Washington DC"): there the name before
        # spoke and the words after the comma say where
        person = parse_speaker(named.group("name"))
        if person is not None and person.kind == "person" and " " in (person.name or ""):
            subject, np_end = person, named.end("name")
    seat = _SEAT_AFTER.match(text, np_end, s.end)
    if seat and subject is not None and subject.kind == "institution" and not subject.country:
        # '"...," said the Foreign Ministry in Beijing': the body of the capital's state
        seated = parse_speaker(text[np_start : seat.end()])
        if seated is not None and seated.kind == "institution" and seated.country:
            subject, np_end = seated, seat.end()
    if subject is None or subject.kind == "pronoun" or not can_speak(subject):
        return None
    clause_end = s.start + len(left) - (1 if left[-1] == "," else 0)
    pieces = said_before(r, s, clause_end) or previous_quote(r, s)
    if not pieces:
        return None
    pieces += continuation(r, s, np_end)
    resumed = _PREDICATE_AFTER_INVERTED.match(text, np_end, s.end)
    if (
        resumed is not None
        and left[-1] == ","
        and len(pieces) == 1
        and pieces[0][0] <= s.start + 2
        and _BARE_SUBJECT.fullmatch(left[:-1].strip())
    ):
        # "The task ahead, said Ms Lestari, who was ambassador to Japan, was to win
        # contracts.": the attribution splits a subject from its verb; the predicate after
        # the name (and its relative clause) finishes the words said, which run on over
        # the attribution as "The task, she said, was ..." does
        a, b = strip_span(text, resumed.start("pred"), s.end)
        if b > a:
            pieces = [(pieces[0][0], b)]
    return Draft(pieces, subject, cue.end, cue, s, frame=[(clause_end, s.end)])


# after an inverted attribution's name (and a relative clause or appositive set off by
# commas), a comma and a finite verb: the sentence's predicate goes on
_PREDICATE_AFTER_INVERTED = re.compile(
    r"(?:,\s+(?:who|whose|the|a|an)\s[^,;:\"\u201c\u201d()]{1,120})?,\s+"
    r"(?P<pred>(?:was|is|were|are|will|would|could|should|must|can|may|might|had|has|have|"
    r"remains|remained|lay|lies)\s)"
)
# the words before such an attribution: a noun phrase alone, no verb of its own ("The main
# task", "Jakarta's priority"): a few words, no comma, no finite verb
_BARE_SUBJECT = re.compile(
    r"(?![^\n]*\b(?:is|are|was|were|will|would|has|have|had|can|could|may|must|should|"
    r"did|does|do)\b)[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,6}"
)
