"""Whether a cue word is used here as a verb of saying, or names, describes or does
something instead: "what he called a special operation", "an alleged attack", "is said to",
"Chile recalled its ambassador", "the party added to its majority", "claimed victory",
"was first reported by Politico". A cue that says nothing frames no statement.
"""

from __future__ import annotations

import re

from tracker.extract.clause_words import (
    FINITE_VERBS,
    PASSIVE,
    RELATIVE_TAIL,
    tail_from,
    without_tail_adverbs,
)
from tracker.extract.cues import (
    FEELING_FORMS,
    PAID_A_CALL,
    POINT_NAMED,
    Cue,
    find_cues,
    words_next_or_before,
)
from tracker.extract.lexicon import GENERIC_BODIES, ROLE_WORDS, SPEAKER_NOUNS
from tracker.extract.speakers import parse_speaker

# "recognised Poland's huge contribution", "recognised the extraordinary work of ...": a
# merit acknowledged, a readout's words (not "recognized the need to ...": a belief)
_MERIT_AHEAD = re.compile(
    r"\s+(?:(?:the\s+|(?:his|her|their|its)\s+|(?:(?:the\s+)?[A-Z][\w.-]*"
    r"(?:\s+[A-Z][\w.-]*){0,3}['\u2019]s?\s+))(?:[a-z]+\s+){0,2}(?:contributions?|role|"
    r"efforts|work|generosity|sacrifices?)"
    # (support only as someone's: "Poland's steadfast support", not "the lack of support")
    r"|(?:(?:his|her|their|its)\s+|(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}"
    r"['\u2019]s?\s+)(?:[a-z]+\s+){0,2}support)\b"
)
# ... not a standing granted ("recognised the leadership of X as interim president"), a
# prize given ("recognised the courage of X with the Peace Prize"), nor words a plain verb of
# saying goes on to tell ("recognised the role of the mediators and said ..."): the rest of
# the sentence after the merit
_NO_MERIT_SAID = re.compile(
    r"[^,;:.!?\n]*?\sas\s"
    r"|[^.;!?\n]*?\bwith\s+(?:the|an?|its|his|her|this|their)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:[Pp]rizes?|[Aa]wards?|[Mm]edals?|[Oo]rders?|[Hh]onou?rs?|[Tt]itles?|[Dd]ecorations?)\b"
    r"|[^.;!?\n]*?\band\s+(?:also\s+|then\s+)?(?:said|says|added|adds|told|tells)\b"
)


# "cited a number of essential steps", "cited three priorities": points set out
_POINTS_AHEAD = re.compile(
    r"\s+(?:a\s+number\s+of|several|a\s+series\s+of|two|three|four|five|the\s+following)\s+"
    r"(?:[a-z]+\s+){0,2}(?:steps|measures|priorities|points|elements|principles|actions|"
    # ("has cited two keywords, inclusivity and strength, in ...": the points a minister set out)
    r"conditions|proposals|keywords|key\s+words|reasons|factors|examples|challenges|pillars|"
    r"goals|areas)\b"
)

# "credited the success of the offensive to the troops", "crediting her with convening ...":
# an object of a few words with no verb of its own, then what the thing is put down to
_CREDITED_TO = re.compile(
    r"\s+(?:(?!(?:is|are|was|were|has|have|had|to|that|which|who|and|but|or|will|would|can|"
    r"could|may|might|must|should)\s)[^\s.,;:!?\"\u201c\u201d]+\s+){1,10}?"
    r"(?:to|with|for)\s+[^\s.,;:!?]"
)
# "credited the first tranche to the state budget", "credited each pensioner's account with
# the payment", "credited $1.5 billion to ...": money paid in, no merit put down to anyone
# (what is credited or what it goes to, up to the clause's end)
_MONEY_CREDITED = re.compile(
    r"[^.;:!?\n]{0,80}?(?:[$\u20ac\u00a3\u00a5]\s?\d|\b(?:accounts?|tranches?|funds|payments?|"
    r"budgets?|deposits?|salar(?:y|ies)|pensions|wages|refunds?|bonus(?:es)?|allowances?|"
    r"installments?|instalments?|(?:m|b|tr)illion|pounds|dollars|euros|roubles|rubles|"
    r"hryvnias?|yuan|yen|rupees)\b)"
)
# "those trailing them heaped criticism on ...", "those who ...": people, by what they do
_THOSE_WHO = re.compile(r"\b[Tt]hose\s+(?:who\s|[a-z]+ing\s)[^,;.]*\Z")
# 'pronounced the word "sanctions"', 'pronounced his name "Na-EEM"': a word uttered, no verdict
_WORD_PRONOUNCED = re.compile(
    r"\s+(?:(?:the|his|her|its|their|a|an|each|every)\s+)?(?:[\w-]+\s+)?(?:words?|names?|"
    r"terms?|phrases?|surnames?|syllables?|letters?|vowels?|sounds?)\b"
)
# "spurned criticism that ...", "spurning suggestions that ...": a claim and its clause
_CLAIM_THAT = re.compile(
    r"\s+(?:(?:the|his|her|its|their)\s+)?(?:[a-z-]+\s+)?(?:criticism|claims?|accusations?|"
    r"allegations?|suggestions?|reports?|charges?|assertions?|speculation|notions?|calls)"
    r"\s+that\s"
)
# "cited the court rulings as proof that his claims were lies", "cited the truce as evidence
# the two could work together": a claim argued from the thing named
_CITED_AS_PROOF = re.compile(
    r"\s+[^\s.;:!?\"\u201c\u201d][^.;:!?\n\"\u201c\u201d]{1,79}?\s+as\s+(?:proof|evidence|a\s+sign|an\s+indication|"
    r"a\s+demonstration)\b"
)


def _speaker_after_the_occasion(text: str, sentence_start: int, cue: Cue) -> bool:
    """Whether the sentence opens with the occasion of speaking and its subject is one who
    speaks, a person or a body, named or by post ("In his statement, the minister"; not
    "During his address, the protests outside highlighted ...": a thing shows, says
    nothing)."""
    first = _SPEAKING_FIRST.match(text, sentence_start, cue.start)
    if first is None:
        return False
    subject = first["subject"]
    mention = parse_speaker(subject)
    head = subject.rsplit(None, 1)[-1].lower()
    return (mention is not None and mention.kind in ("person", "institution", "pronoun")) or (
        head in ROLE_WORDS or head in GENERIC_BODIES or head in SPEAKER_NOUNS
    )


# a body of people that speaks, by its head noun ("the ministry", "the Biden administration",
# "the ruling party"): besides the lexicon's bodies and posts
_SPEAKING_BODIES = frozenset(
    ("government", "administration", "party", "cabinet", "presidency", "embassy", "opposition",
     "secretariat", "bloc", "alliance", "kremlin", "junta", "regime")
)  # fmt: skip
_PERSON_PRONOUNS = frozenset(("he", "she", "they", "we", "i"))
# a sentence's opening conjunction, then a subject; a subject's head before its complement
# ("The documentary by director X", "The head of the delegation")
_OPENING_AND = re.compile(r"\s*(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o|[Hh]owever|[Tt]hen)\b,?\s*)?")
_COMPLEMENT = re.compile(r"\s+(?:by|of|from|with|at|in|on|for|about|during|after|behind)\s")
# the last subordinate clause's opening word: its subject follows ("agitated when Cruz and
# Rubio spoke of how", "speeches, where she talked about how")
_SUBORDINATOR = re.compile(
    r".*\b(?:when|after|because|while|that|if|since|before|until|although|though|where|whom|"
    r"who|which)\s+"
)
# a verb of the sentence's subject coordinated or set off after it ("X conceded that ... but
# spoke of how", "..., speaking of how"): the subject is the sentence's, named first
_SHARED_SUBJECT = re.compile(r"(?:\b(?:but|and|yet)|[,\u2014-])\s*$")
_OPENING_SUBJECT = re.compile(
    # ("On Thursday, he", "In his first reaction, during an interview, Mr. Trump")
    r"\s*(?:[A-Z][^,.;:!?\n]{0,60},\s+(?:[a-z][^,.;:!?\n]{0,60},\s+)?)?"
    r"((?:[Tt]he\s+(?:[\w'\u2019-]+\s+){0,2}?[a-z]+|(?:[A-Z][\w.'\u2019-]*\s+){0,4}"
    r"[A-Z][\w.'\u2019-]*|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I))\s+(?:also\s+)?[a-z]"
)


def _subject_speaks(text: str, sentence_start: int, cue: Cue) -> bool:
    """Whether the subject right before ``cue`` is one who speaks: a person (a name, a post,
    "he", "she"), or a body of people (a ministry, a government, a party,
    a state's name); not a thing that shows or means ("the documentary", "Beijing's
    silence", "the vote", "the pandemic", "the report"). The subject is the clause's opening
    noun phrase after a fronted phrase ("In his speech, X spoke of"), before an aside ("X,
    54, talked about"), or the sentence's own for a verb that shares it ("X conceded ... but
    spoke of how", "..., speaking of how")."""
    subject = _subject_phrase(text, sentence_start, cue)
    return subject is not None and _speaks(subject)


def _subject_phrase(text: str, sentence_start: int, cue: Cue) -> str | None:
    """The noun phrase that is ``cue``'s subject (see _subject_speaks); None when it has none
    of its own."""
    raw = without_tail_adverbs(text[max(sentence_start, cue.start - 200) : cue.start])
    if _SHARED_SUBJECT.search(raw) and (cue.participle or not raw.rstrip().endswith(",")):
        opening = _OPENING_SUBJECT.match(text, sentence_start, cue.start)
        if opening is None or opening.end(1) >= cue.start:
            return None  # "Speaking of how the war began, X said": no subject of its own
        return opening[1]
    if cue.participle:
        return None
    parts = raw.split(",")
    # ("Olena Petrenko, 54, talked": the subject before its aside)
    subject = parts[-3] if len(parts) >= 3 and not parts[-1].strip() else parts[-1]
    subject = subject[_OPENING_AND.match(subject).end() :]
    clause = _SUBORDINATOR.match(subject)
    subject = subject[clause.end() :] if clause else subject
    cut = _COMPLEMENT.search(subject)
    return (subject[: cut.start()] if cut else subject).strip()


# a state's voice among bodies: its government, a ministry, an office, the head of one
_STATE_VOICE = re.compile(
    r"\b(?:[Mm]inistry|[Mm]inister|[Gg]overnment|[Oo]ffice|[Pp]residency|[Pp]resident|"
    r"[Ss]pokes(?:man|woman|person)|[Cc]abinet|[Kk]remlin|White\s+House|State\s+Department)\b"
)


def _person_or_state_voice(text: str, sentence_start: int, cue: Cue) -> bool:
    """Whether ``cue``'s subject is a person, or a government or ministry speaking for its
    state: not any body that ranks or grades ("the World Bank classed Ghana as ...",
    "forecasters classed the storm as ...")."""
    subject = _subject_phrase(text, sentence_start, cue)
    if not subject or not _speaks(subject):
        return False
    if _STATE_VOICE.search(subject):
        return True
    mention = parse_speaker(subject)
    if mention is None:
        return False
    if mention.kind == "pronoun":
        return subject.rsplit(None, 1)[-1].lower() in _PERSON_PRONOUNS
    # ("Forecasters classed ...": a plural of those who do a job, capitalised as it opens the
    # sentence, read as a surname)
    return mention.kind == "person" and not _PLURAL_AGENTS.fullmatch(subject)


# a plural of those who do something: "Forecasters", "Economists", "Analysts"
_PLURAL_AGENTS = re.compile(r"[A-Z][a-z]+(?:ers|ors|ists|ians|ants|ents|ysts)")


def _speaks(head_phrase: str) -> bool:
    """Whether the noun phrase ``head_phrase`` names one who speaks (see _subject_speaks)."""
    if not head_phrase:
        return False
    if " and " in head_phrase:
        # "Cruz and Rubio": each of them (a few at most)
        names = head_phrase.split(" and ")
        return len(names) <= 3 and all(_speaks(name.strip()) for name in names)
    mention = parse_speaker(head_phrase)
    head = head_phrase.rsplit(None, 1)[-1]
    lower = head.lower()
    if mention is not None and mention.kind == "pronoun":
        return lower in _PERSON_PRONOUNS
    if head[:1].islower() or mention is None or mention.kind not in ("person", "institution"):
        # a description by its head noun: a post ("the minister"), or a body
        if lower in ROLE_WORDS or lower in SPEAKER_NOUNS:
            return True
        return lower in GENERIC_BODIES or lower in _SPEAKING_BODIES
    return True


def used_for_saying(text: str, sentence_start: int, cue: Cue) -> bool:
    """Whether ``cue`` (in the sentence opening at ``sentence_start``) says something."""
    only = _ONLY_AFTER.match(text, cue.end) is not None
    # (asked only of the verbs a "who" clause of background names with)
    said_after = cue.lemma not in ("call", "describe", "term") or _main_verb_says(text, cue.end)
    if not _verb_of_saying_before(text[sentence_start : cue.start], cue, only, said_after) and not (
        cue.lemma in ("call", "describe", "term")
        and _NAMED_IN_QUOTES.match(text, cue.end)
        and _NAMED_BY_WHICH.search(text, max(sentence_start, cue.start - 80), cue.start)
    ):
        return False  # (a name in quotation marks given in a "which" clause: the namer's)
    if cue.word in _OBJECT_BEFORE_OF and _OF_NEXT.match(text, cue.end):
        return False  # "entities accused of abuses": a passive, no one accuses here
    if (
        cue.lemma in _OBJECT_BEFORE_FOR
        and cue.word.lower().endswith("ed")
        and _FOR_NEXT.match(text, cue.end)
        and not _FOR_ADVERBIAL.match(text, cue.end)
        and not _subject_acts(text[max(sentence_start, cue.start - 80) : cue.start])
    ):
        return False  # "activists praised for their stance": the one praised, and why
    if cue.word in ("said", "reported") and _SAID_TO_BE.match(text, cue.end):
        return False  # "talks said to be taking place": a passive that reports a rumour
    if cue.lemma in ("say", "tell") and _SAID_NOTHING.match(text, cue.end):
        return False  # "the press service said nothing about the call": no words at all
    if cue.lemma == "say" and _PARTING.match(text, cue.end):
        return False  # "said goodbye and left", "said a prayer": a rite, no words told
    if cue.word == "questioned" and _QUESTIONED_SOMEONE.match(text, cue.end):
        return False  # "senators questioned the nominee": put questions to, doubted nothing
    if (
        cue.word == "asked"
        and _ASKED_ASIDE.search(text, sentence_start, cue.start)
        and _ASKED_WHAT.match(text, cue.end)
    ):
        return False  # "Trump, asked on Friday whether ..., warned": the one asked speaks
    if cue.lemma == "reply" and re.match(r"\s+to\b", text[cue.end : cue.end + 4]):
        return False  # "replying to remarks by X": what was replied to, not the reply
    if cue.lemma == "read" and not (
        _DOCUMENT_BEFORE.search(text, max(sentence_start, cue.start - 100), cue.start)
        or _DOCUMENT_AFTER.match(text, cue.end)
    ):
        return False  # "she read the report", "read out the names": reading, no words told
    if _STRANDED.match(text, cue.end) or (
        cue.word.rsplit(None, 1)[-1] in _PREPOSITIONS
        and cue.lemma != "continue"  # ('"...," she went on.': a particle, no preposition)
        and _CLAUSE_ENDS.match(text, cue.end)
    ):
        # "an arrangement the ministry had pressed for.", "the terms her envoys have argued
        # for,": the verb's object is the noun before it, in a relative clause; no words
        return False
    if cue.lemma == "repeat" and not _CLAUSE_THAT.match(text, cue.end):
        return False  # "repeated that pledge", "repeated strikes": no words told again
    if cue.lemma == "highlight" and not (
        _POINT_MADE.match(text, cue.end)
        or _QUOTED_WORD_AHEAD.match(text, cue.end)
        # ("highlighted X as a model": the subject's claim, so one who speaks)
        or _HELD_UP_AS.match(text, cue.end)
        and _subject_speaks(text, sentence_start, cue)
        or words_next_or_before(text, cue.start, cue.end)
        # "In his speech, the minister highlighted the toll of the war": the occasion of
        # speaking put first makes the thing highlighted a point made in words
        or _speaker_after_the_occasion(text, sentence_start, cue)
        # "Minister Joly also highlighted the opportunity for the two countries to ...",
        # "During the calls, Abdelatty highlighted the progress made in ...": the finite verb
        # of one who speaks (a person, a body) puts a point in words; a thing that shows
        # ("the visit highlighted the ties") or a participle trailing an act ("addressed the
        # press, highlighting Iran's approach") says nothing
        or not cue.participle
        and _HIGHLIGHTED_THING.match(text, cue.end)
        and _subject_speaks(text, sentence_start, cue)
        # (not "highlighted the new rail link by riding the first train", "drew attention to
        # the herders' plight by walking 300 kilometres", "highlighted the space programme
        # with a visit to ...": a deed that shows it, no words)
        and not _BY_A_DEED.match(text, cue.end)
    ):
        # "the visit highlighted the ties": shown, not said (but 'highlighted his
        # "instrumental" role': a word of the speaker's quoted in the object; "highlighted in
        # a statement on Tuesday that ...", '"...," she highlighted.': the point made)
        return False
    if cue.lemma == "raise_point" and (
        not _subject_speaks(text, sentence_start, cue)
        or cue.word.startswith("discuss")
        and _BODY_THAT_DELIBERATES.search(text, max(sentence_start, cue.start - 60), cue.start)
    ):
        # "The summit also touched on the need for ...", "a change which has discussed the
        # importance of ...": only one who speaks makes the point in words ("The cabinet on
        # Monday discussed the need for ...": a body's agenda, talked over, no one's words)
        return False
    if cue.lemma == "hold_responsible" and (
        not _subject_speaks(text, sentence_start, cue)
        or _A_COURT_BEFORE.search(text, max(sentence_start, cue.start - 60), cue.start)
    ):
        # "the report holds the pilots responsible for ...", "the court held him responsible
        # for the damage": a finding or a ruling, no words voiced
        return False
    if cue.word.startswith("disagree") and not (
        _WORDS_OF_DISAGREEING.match(text, cue.end) or _QUOTED_WORD_AHEAD.match(text, cue.end)
    ):
        # "most Germans disagreed with the policy", "who has long disagreed with Beijing":
        # an opinion held, no words; 'disagreed with the decision, calling it "..."' says it
        return False
    if cue.word.startswith("class") and not (
        _CLASSED_AS.match(text, cue.end) and _person_or_state_voice(text, sentence_start, cue)
    ):
        # "was classed among the poorest": a rank, no words given; "the World Bank classed
        # Ghana as a lower-middle-income country": a grade in a taxonomy, no one's words
        return False
    if cue.word.startswith("brand") and not (
        _QUOTED_WORD_AHEAD.match(text, cue.end) or _AS_AHEAD.match(text, cue.end)
    ):
        return False  # "sells branded goods": an adjective; 'branded it "a farce"': a name
    if cue.word.endswith("forward") and not _POINTS_AFTER_COLON.match(text, cue.end):
        return False  # "the conditions put forward", "put forward a bill": no words told
    if cue.lemma == "cite" and not (
        _POINTS_AHEAD.match(text, cue.end)
        or _CITED_AS_PROOF.match(text, cue.end)
        or (
            (
                (
                    (cited := _CITED_AS.match(text, cue.end))
                    and not _AS_CLAUSE.match(text, cited.end())
                )
                or _AS_FIRST.match(text, cue.end)
            )
            and not _AS_SAYING.match(text, cue.end)
            and not _CITED_FOR.match(text, cue.end)
            and _subject_speaks(text, sentence_start, cue)
        )
    ):
        # "cited polling data", "cited the report": a source, no words; "cited the border
        # clashes as the main obstacle", "cited as the chief challenges ...": a judgement the
        # subject gave of the thing it named (not "cited the minister as saying": his words)
        return False
    if cue.word.startswith("restat") and _ACCOUNTS_RESTATED.match(text, cue.end):
        return False  # "the bank restated its 2015 earnings": figures revised, no words
    if cue.word.startswith("identif") and not (
        (named := _IDENTIFIED_AS.match(text, cue.end))
        and not _SELF_OR_AGENT.match(text, cue.end)
        and not _A_PERSON_AFTER_AS.match(text, named.end())
        and _person_or_state_voice(text, sentence_start, cue)
        and not _INVESTIGATORS.search(_subject_phrase(text, sentence_start, cue) or "")
    ):
        # "identified poverty as the main driver of ...": a judgement given; "was identified
        # as", "identified himself as", "identified by police as": a name or a self put on
        # record, no one's view; nor a person named by those who investigate ("Detectives
        # identified the suspect as a former employee", "the coroner identified the woman as
        # Jane Roe, 45"): the record of who someone is, no view
        return False
    if cue.lemma == "credit" and not (
        _CREDITED_TO.match(text, cue.end)
        and not _MONEY_CREDITED.match(text, cue.end)
        and _subject_speaks(text, sentence_start, cue)
    ):
        # "credited to Reuters", "the study credited the drug", "credited the tranche to the
        # budget", "credited each account with the payment": no words
        return False
    if cue.word.startswith("spurn") and not (
        _CLAIM_THAT.match(text, cue.end) and _subject_speaks(text, sentence_start, cue)
    ):
        return False  # "spurned the offer", "spurned Trump": a deed, no words rejected
    if (
        cue.word.startswith(("heap", "pour"))
        and not _subject_speaks(text, sentence_start, cue)
        and not _THOSE_WHO.search(text, max(sentence_start, cue.start - 80), cue.start)
    ):
        return False  # "The scandal heaped criticism on the minister": no one spoke
    if cue.lemma == "pronounce" and (
        not _QUOTED_WORD_AHEAD.match(text, cue.end)
        or _WORD_PRONOUNCED.match(text, cue.end)
        or not _subject_speaks(text, sentence_start, cue)
    ):
        # "a more pronounced slowdown", "pronounced the word "sanctions" slowly": no verdict
        return False
    if cue.lemma == "recognise":
        merit = _MERIT_AHEAD.match(text, cue.end)
        if merit is None or _NO_MERIT_SAID.match(text, merit.end()):
            return False  # "recognized the breakaway republics", "recognised him": no words
    if cue.lemma == "speak_of" and not (
        # (a finite verb after one who speaks: not "Speaking of how the war began, X said",
        # a lead-in, nor "The exhibition speaks about how ...")
        (
            not cue.participle
            and _HOW_CLAUSE.match(text, cue.end)
            and _subject_speaks(text, sentence_start, cue)
        )
        or (
            cue.word.endswith(" of")
            and not cue.word.startswith("talk")
            and _QUOTE_NEXT.match(text, cue.end)
        )
        or (
            not cue.participle
            and cue.word.startswith(("spoke", "speaks"))
            and _CLAIM_IN_NOUN.match(text, cue.end)
            and _subject_speaks(text, sentence_start, cue)
        )
    ):
        # "spoke of the war", "talked about how to end it": a topic; 'spoke of "a new era"',
        # "spoke of how the plant came under attack": the words, a claim
        return False
    if cue.word.endswith(("tribute", "homage")) and not _QUOTED_WORD_AHEAD.match(text, cue.end):
        return False  # "paid tribute to the fallen": perhaps a wreath, no words told
    if cue.lemma == "continue" and not _WORDS_GO_ON.match(text, cue.end):
        return False  # "NATO continued its build-up": went on doing, not went on saying
    if (
        cue.lemma == "recall"
        and _THING_RECALLED.match(text, cue.end)
        and not _POINT_MADE.match(text, cue.end)
    ):
        return False  # "Chile recalled its ambassador": withdrew, or remembered; said nothing
    if (
        _DOING_NOT_SAYING.get(cue.lemma, _NEVER).match(text, cue.end)
        or (
            cue.lemma == "conclude"
            and _CONCLUDED_WHEN.match(text, cue.end)
            and (
                _EVENT_CONCLUDED.search(text, max(sentence_start, cue.start - 80), cue.start)
                or _ENDS_SOON.match(text, cue.end)
            )
        )
    ) and not (
        # '"We will not cut it," Lammy told the BBC about the budget.', '"No," she replied
        # with a smile.': the words stand before the speaker; what follows the verb names only
        # their topic or manner
        cue.lemma in ("tell", "reply", "conclude")
        and _QUOTE_THEN_SPEAKER.match(text, sentence_start, cue.start)
    ):
        return False  # "added to its majority", "responded by cancelling", "called X in"
    # "was first reported by Politico", "measures proposed by Russia" (but a feeling's "by"
    # names its cause: "is deeply concerned by the reports", see cues.FEELING_FORMS)
    return (
        cue.word.endswith("ing") or cue.word in FEELING_FORMS or not _BY_AGENT.match(text, cue.end)
    )


# a preposition left at the end of a relative clause, its object the noun before the clause
_PREPOSITIONS = frozenset(("on", "for", "about", "against", "of", "with", "to", "at"))
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:!?)\u2014]|$)")
_STRANDED = re.compile(r"\s+(?:on|for|about|against|of|with|to|at)\s*(?:[.,;:!?)\u2014]|$)")
# "questioned the nominee", "questioned him", "questioned the foreign minister on ...": the
# one questioned, a person (not "questioned the plan", "questioned whether ...")
_QUESTIONED_SOMEONE = re.compile(
    r"\s+(?:him|her|them|(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:nominee|minister|witness|witnesses|official|officials|envoy|ambassador|candidate|"
    r"secretary|spokesman|spokeswoman|spokesperson|diplomat|diplomats|president|premier|"
    r"chancellor|general|commander|chief|director|head|suspects?|detainees?|experts?))\b"
)
# "Trump, asked ...": a passive set off after its subject, a name or a description
_ASKED_ASIDE = re.compile(r"[\w.'\u2019)]\s*,\s*(?:when\s+|later\s+|again\s+)?$")
# what the asking was about, or where and when: the aside goes on to its closing comma
_ASKED_WHAT = re.compile(
    r"\s+(?:\w+ly\s+)?(?:by|about|whether|if|on|at|in|during|aboard|after|for|over|what|why|"
    r"how|when|where|who|which)\b"
)
# "said nothing about", "said little of the plan", "told reporters nothing new": the words
# are none (but "said nothing would change" says that); "before anyone had said a word",
# "without saying a single word": the idiom only denies that words were said
_SAID_NOTHING = re.compile(
    r"(?:\s+(?:reporters|journalists|the press|us|them|him|her))?\s+"
    r"(?:nothing|little|not a word|a (?:single )?word(?!\s+of\b))"
    r"(?:\s+(?:publicly|officially|further|more|else|new|yet|so far))*"
    r"\s*(?:(?:about|of|on|regarding|concerning|beyond|to)\b|[.,;!]|$)"
)


# "said goodbye", "said her farewells", "said a prayer": a parting or a rite, whose words
# are the custom's, not the speaker's
_PARTING = re.compile(
    r"\s+(?:goodbye|good-bye|farewell|hello|grace|mass|amen|a\s+(?:short\s+|brief\s+)?prayer|"
    r"(?:his|her|their|our|my)\s+(?:goodbyes|farewells|prayers))\b"
)


_OCCASION_WHICH = re.compile(r"\b(?:in|during|at|through)\s+which\s+(?:\S+\s+){0,3}$")


def _main_verb_says(text: str, end: int) -> bool:
    """Whether the sentence's own verb, after a relative clause closing past ``end`` ("X,
    who called the plan "a farce," said ..."), is one of saying; not "Trump, who had called
    the talks "a total reset" on Saturday, is expected to speak later"."""
    stop = _SENTENCE_STOP.search(text, end, end + _MAIN_VERB_REACH)
    rest = text[end : stop.start() if stop else end + _MAIN_VERB_REACH]
    close = _RELATIVE_CLOSES.search(rest)
    return close is None or bool(find_cues(rest, close.end(), len(rest)))


_SENTENCE_STOP = re.compile(r"[.!?](?=[\s\"\u201d]*(?:$|\n|[A-Z]))|\n")
_MAIN_VERB_REACH = 400  # characters: a relative clause and the predicate after it
# the comma that closes a relative clause set off after a name (past any quotation in it)
_RELATIVE_CLOSES = re.compile(r"(?:^|[\"\u201d])[^\"\u201c\u201d]*?,(?![\"\u201d])")


# "what he called a special operation", "so-called": a naming; "an alleged attack", "the
# proposed deal": an adjective; "despite claiming that ...": no attribution
_NAMING_BEFORE = re.compile(r"\bwhat (?:\w+ )?$|so-$")
_DETERMINER_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+$"
)
_DESPITE_BEFORE = re.compile(r"\b(?:[Dd]espite|[Ww]ithout|[Ii]nstead of)\s*$")


def _verb_of_saying_before(raw: str, cue: Cue, only: bool = False, said_after: bool = True) -> bool:
    """Whether the cue word is used as a verb of saying here (``raw`` is the sentence up to
    it, ``only`` whether "only" follows it, ``said_after`` whether the sentence's own verb
    after a relative clause says something): not a naming, an adjective, a passive or a
    clause about something else."""
    lead = without_tail_adverbs(raw)
    # (every pattern here ends the head, and is looked for in its last characters only)
    near, lead_near = tail_from(raw), tail_from(lead)
    if _NAMING_BEFORE.search(lead, lead_near):
        return False  # "what he called a special operation": naming, not saying
    if _DETERMINER_BEFORE.search(raw, near):
        return False  # "an alleged attack", "the proposed deal": an adjective, not a verb
    if not cue.word.split()[0].endswith("ing") and PASSIVE.search(raw, near):
        return False  # "is claimed by China", "were accused of", "is said to": not saying
    if (
        cue.lemma in ("call", "describe", "term")
        and RELATIVE_TAIL.search(raw, near)
        and not _OCCASION_WHICH.search(raw, near)
    ):
        # "which Manila calls Ayungin Shoal": naming (but in "a statement in which it called
        # the plan 'reckless'" the relative word is the occasion's; the verb has its object)
        return False
    if cue.word in ("expressed", "voiced") and _THING_EXPRESSED.search(raw, near):
        return False  # "the concerns and complaints expressed at the UN": what was expressed
    if (
        cue.word in ("called", "calling")
        and _THING_NAMED.search(raw, near)
        # (but 'issued a statement calling the move "reckless"': the issuer names it)
        and not (cue.word == "calling" and _DOCUMENT_ISSUED.search(raw, near))
    ):
        return False  # "presented a book called X", "joined a group calling itself Y": a name
    who = _WHO_NAMED.search(raw, near) if cue.lemma in ("call", "describe", "term") else None
    if who and _NAME_ONLY.fullmatch(raw, 0, who.start()) and said_after:
        # 'Lavrov, who called the plan "a farce," said ...': background to the subject's own
        # verb (after a clause, "drew fire from Erdogan, who called the plan "a farce"", the
        # relative is the sentence's last word on him, and his words)
        return False
    if _MODAL_BEFORE.search(raw, near) and not (
        cue.lemma in _LIMITED
        and (_ONLY_SAID.search(raw, near) or only and _WOULD_BEFORE.search(raw, near))
    ):
        # "Moscow could deny access", "she will tell the summit": not yet said (but "would
        # only say that ...", "would say only that ...": all that was said, and it was)
        return False
    if cue.participle and _DOCUMENT_TO_COME.search(raw, near):
        return False  # "is expected to adopt a declaration calling on ...": not yet written
    if cue.participle and _PROOF_BEFORE.search(raw, near):
        return False  # "has historical evidence affirming its sovereignty": a proof, no words
    if _OPEN_QUESTION.search(lead, lead_near) and not (
        # (only a verb of saying: in "whether Putin had called Erdogan and warned him" the
        # second verb is the question's)
        cue.lemma in _SAYING_AFTER_THE_QUESTION and _LEFT_OPEN_THEN.search(lead, lead_near)
    ):
        return False  # "declining to confirm whether Qatar had asked ...": asked, not said
    # "despite claiming that ...": not the attribution of a statement
    return not (cue.participle and _DESPITE_BEFORE.search(raw, near))


# a proof right before a participle of saying, its subject: "evidence affirming", "facts
# confirming", "data showing" tell what the proof holds, no one's words
_PROOF_BEFORE = re.compile(r"\b(?:evidence|proofs?|facts|data|grounds|foundations|basis)\s+$")
# "is expected to adopt a declaration", "will issue a communique", "plans to release a
# statement": a text still to come, whose words (the participle after it) no one has said
_DOCUMENT_TO_COME = re.compile(
    r"\b(?:will|shall|(?:expected|set|due|scheduled|poised|likely|plans?|planning|going|"
    r"hopes?|hoping|aims?|aiming|intends?|intending|is|are)\s+to)\s+(?:\w+ly\s+)?"
    r"(?:adopt|issue|release|publish|sign|approve|endorse|pass|put\s+out|agree\s+on|unveil)\s+"
    r"(?:[\w'\u2019-]+\s+){0,4}?(?:declaration|statement|communiqu[e\u00e9]|resolution|"
    r"text|letter|report|motion|appeal)\s+$"
)
# (in lower case: "on 14 May said" names a month, "Will Hurd said" a man)
_MODAL_BEFORE = re.compile(
    r"\b(?:could|would|will|may|might|must|should|can|shall)(?:\s+(?:not|also|still|never|"
    r"only|then|soon|\w+ly))*\s+$"
)
# "X would only say that ...", "would confirm only that ...": the wire's idiom for words
# limited to these, said (not "will only say", still to come)
_LIMITED = frozenset(("say", "tell", "confirm", "add", "note", "state", "reveal"))
_ONLY_SAID = re.compile(r"\b(?:would|could)\s+only\s+$")
_WOULD_BEFORE = re.compile(r"\b(?:would|could)\s+$")
_ONLY_AFTER = re.compile(r"(?:\s+(?:reporters|journalists))?\s+only\b")
_SAID_TO_BE = re.compile(r"\s+to\s+(?:be|have)\b")
# "accused", "informed", "apprised" take the one accused or told as their object before
# "of" ("accused Iran of ...", "informed the envoy of ..."): with "of" straight after, the
# participle is a passive, its noun the one acted on ("officials accused of abuses", "a
# minister kept informed of the talks"), and no one there speaks
_OBJECT_BEFORE_OF = frozenset(("accused", "informed", "apprised"))
_OF_NEXT = re.compile(r"\s+of\b")
# the verbs of praise and blame take the one praised or blamed as their object before "for"
# ("praised Seoul for its restraint", "thanked the hosts for ..."): with "for" straight
# after, the object stands elsewhere, in a passive ("a minister criticised for his silence",
# "was thanked for the invitation") or fronted in a relative clause ("the activists, whom
# she commended for their courage"), and the words after "for" are the reason, no one's
# words
# (the cue's lemma, in its -ed form: "praised", "slammed", "credited")
_OBJECT_BEFORE_FOR = frozenset(
    ("praise", "commend", "hail", "thank", "congratulate", "credit", "criticize", "blame")
)
_FOR_NEXT = re.compile(r"\s+for\b")
# "for" opening an adverbial, not the reason: "condemned for the first time the violence",
# "thanked for her part the hosts": the object follows it
_FOR_ADVERBIAL = re.compile(
    r"\s+for\s+(?:the\s+(?:first|second|third|fourth|fifth|sixth|last|\w+th)\s+time|"
    r"(?:his|her|its|their|our|my)\s+part)\b",
    re.I,
)
# the verb's own subject straight before it, a name or a personal pronoun with at most an
# adverb between ("Sergey Lavrov thanked for the warm hospitality and said ...", "she
# condemned for ..."): the verb is active, whatever follows "for". Not when a relative word
# stands before that subject ("whom she praised for"), nor after a form of "be" or a comma
# ("was thanked for", "Norway, repeatedly thanked for"): there the object is elsewhere.
_SUBJECT_BEFORE = re.compile(
    r"(?:\b(\w+)\s+)?\b(he|she|they|we|I|[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})"
    r"\s+(?:(?:[a-z]+ly|also|again|later|then|once|today|yesterday)\s+)?$"
)
_RELATIVE_BEFORE = frozenset(("whom", "which", "that", "who", "whose"))
# the words that may open a clause right before its pronoun subject ("and she thanked for
# ..."); after any other word the pronoun opens a relative clause with no relative word
# ("the activists she praised for their courage")
_CLAUSE_OPENERS = frozenset(
    ("and", "but", "so", "then", "yet", "when", "while", "after", "before", "as", "because",
     "since", "if", "where", "although", "though", "once")
)  # fmt: skip


def _subject_acts(before: str) -> bool:
    """Whether ``before`` (the sentence up to a verb) ends in the verb's own subject, a
    person's name or a personal pronoun, with no relative word before it (_SUBJECT_BEFORE)."""
    m = _SUBJECT_BEFORE.search(before)  # (bounded: the caller gives 80 characters)
    if m is None or (m.group(1) or "").lower() in _RELATIVE_BEFORE:
        return False
    subject = m.group(2)
    if subject.lower() in _PERSON_PRONOUNS:
        return m.group(1) is None or m.group(1).lower() in _CLAUSE_OPENERS
    mention = parse_speaker(subject)
    return (
        mention is not None and mention.kind == "person" and not _PLURAL_AGENTS.fullmatch(subject)
    )


# "that" opening a clause, not pointing at a noun: a name, or a determiner or pronoun next
_CLAUSE_THAT = re.compile(
    r"\s+that\s+(?:[A-Z]|(?:the|a|an|his|her|its|their|our|it|he|she|they|we|there|this|these|"
    r"those|no|any|all|such|both|every|some|only|nothing|none)\b)"
)
# a quotation right after the verb, a determiner or two words before it: 'of "a new era"',
# 'of a "clear signal"'
_QUOTE_NEXT = re.compile(
    r"\s+(?:(?:a|an|the|what|his|her|its|their)\s+)?(?:[\w-]+\s+){0,2}?[\"\u201c]\w"
)
# "highlighted Kazakhstan's course as a model for ...", "highlighted the deal as one of the
# best": the object held up as something, a claim about it (as "described X as")
_HELD_UP_AS = re.compile(
    # (no verb between: in "highlighting X isn't just an attempt to dismiss Y as a tool"
    # the "as" is another verb's)
    r"\s+(?:(?!(?:is|isn['\u2019]t|are|was|were|has|have|had|to|that|which|who|and|but|or|"
    r"will|would|can|could|may|might|must|should)\s)[^\s.,;:!?\"\u201c\u201d]+\s+){1,8}?"
    r"as\s+(?:an?\s|one\s+of\b|[\"\u201c])"
)
# a body that meets and talks a matter over, the subject right before "discussed" (a day or
# an adverb between): "The Cabinet on Monday discussed", "the council also discussed"
_BODY_THAT_DELIBERATES = re.compile(
    r"\b(?:cabinet|council|government|meeting|committee|parliament|assembly|session|summit|"
    r"conference|board|commission|panel|talks|congress|senate|legislature|politburo)\s+"
    r"(?:(?:on|this|last|late|early)\s+\w+\s+)?(?:(?:also|further|again|then|later|\w+ly)\s+)?$",
    re.I,
)
# a court or a jury as the subject right before "held ... responsible": a ruling
_A_COURT_BEFORE = re.compile(
    r"\b(?:court|courts|tribunal|judge|judges|jury|panel|inquiry|commission|report)\s+"
    r"(?:(?:also|later|then|\w+ly)\s+)?$",
    re.I,
)
# the object of "highlighted" as a noun phrase opened by a determiner or an owner's name
# ("the opportunity for ...", "Russia's human rights violations"), not a preposition, an
# adverb or a pronoun ("highlighted in a statement", "highlighted it"); and a phrase with
# content, four words at least after its determiner before the clause ends (not "highlighted
# the risks.", a topic named)
_HIGHLIGHTED_THING = re.compile(
    r"\s+(?:(?:the|a|an|his|her|its|their|our|this|these|those)\s|"
    r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.-]*['\u2019]s?\s)"
    r"(?=\s*(?:[^\s.;!?]+[\s,]+){3}[^\s.;!?])"
)
# the means of "highlighted the thing" in the same clause: a deed ("by riding the first train",
# "with a visit to the space centre"), not words ("by saying", "by pointing to")
_BY_A_DEED = re.compile(
    r"[^.;:!?\"\u201c\u201d]{0,160}?\b(?:by\s+(?!(?:saying|noting|pointing|stressing|calling|"
    r"telling|warning|citing|arguing|recalling|quoting|describing|referring|asking|urging|"
    r"speaking|writing|declaring|stating|announcing|insisting|reminding|explaining|adding|"
    r"underlining|emphasi[sz]ing|repeating|recounting|mentioning|questioning)\b)[a-z]+ing\b|"
    r"(?:with|through)\s+(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:visits?|trips?|tour|walk|march|ride|appearance|stop|stopover|inspection|pilgrimage)\b)"
)
# "spoke of how the plant came under fire": a clause of manner that tells a claim (not "how
# to": a question named, a topic)
# (nor an indirect question of degree or manner: "how many weapons were needed", "how long
# it would take", "how important it was", "how quickly the city fell")
# "spoke of a possible pushback against ...", "spoke about the need for tighter controls",
# "spoke of the risk of a wider war": a noun phrase that holds a proposition (the thing is
# possible, needed, a danger), the speaker's claim, as a "how" clause does; "spoke of the
# war", "spoke of a recent visit" name only a topic. The hedge or the need must be the
# phrase's own, right after its determiner, and the noun must have its complement.
_CLAIM_IN_NOUN = re.compile(
    r"\s+(?:(?:a|an)\s+(?:possible|potential|likely|imminent|impending)\s+(?:[a-z][\w-]*\s+)?"
    # (a thing done or befalling, the claim: not "a possible visit to Moscow", a topic)
    r"(?:pushback|backlash|attacks?|escalation|strikes?|retaliation|sanctions|war|invasion|"
    r"offensive|incursion|crackdown|blockade|embargo|boycott|slump|recession|downturn|crisis|"
    r"collapse|default|shortage|famine|outbreak|conflict|clash(?:es)?|unrest|violence)"
    r"\s+(?:against|of|by|to|in|on|from|over|which|that)\s"
    r"|the\s+(?:urgent\s+|pressing\s+)?(?:need|necessity|possibility|likelihood|"
    r"risk|danger)\s+(?:for|of|to|that)\s)"
)
_HOW_CLAUSE = re.compile(
    r"\s+how\s+(?!(?:to|many|much|long|far|often|soon|[\w-]+ly)\b)"
    # (but "how the Zaporizhzhya NPP came", "how during his crossover he noticed": a determiner
    # or a preposition first)
    r"(?!(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|during|after|"
    r"before|in|at|on|since|when|as|despite|for|with|from|under|over|by)\s)[a-z][\w-]*\s+"
    r"(?:(?:the|a|an|it|he|she|they|we|I|you|this|these|those|his|her|its|their|our)\b|[A-Z]))"
    r"[\w'\u2019]"
)
# "put forward three principles for the ties: peace must ...": the proposal, then its points
_POINTS_AFTER_COLON = re.compile(r"[^.;:!?\n]{3,120}:\s+\S")
# "disagreed with the decision, ..., calling it": the words the disagreement was put in
_WORDS_OF_DISAGREEING = re.compile(
    # (a stop inside an abbreviation goes on: "first made by the U.S., to ...")
    r"(?:[^.;:!?\n\"\u201c\u201d]|\.(?=[^\s.])|\.(?=\s+[a-z])){0,160}?,\s+"
    # the words said after it: 'calling it "..."', "saying the deal ...", "adding that ...";
    # not "adding to pressure on X", "noting the poll": no clause, no words
    r"(?:(?:calling|describing|branding|terming|saying|telling)\s+(?!to\b|so\b|of\b)[\w\"\u201c]"
    r"|(?:saying|telling)\s*:"
    r"|(?:arguing|insisting|noting|adding|stressing)(?:\s+that\b|\s*,?\s*[:\"\u201c]))"
)


def _object_then_as(words: int) -> re.Pattern[str]:
    """An object of at most ``words`` words, then "as": the thing, then what it is called."""
    return re.compile(rf"\s+(?:[\w'\u2019-]+\s+){{1,{words}}}?as\s")


# "cited the border clashes as the main obstacle": the thing named, then what it is held to be
_CITED_AS = _object_then_as(12)
# "as he left the scene", "as officials watched": "as" opening a clause of its own, a time or
# a reason, not what the thing cited is held to be
_AS_CLAUSE = re.compile(
    r"(?:he|she|they|it|we|I|you|officials|police|[A-Z][a-z]+)\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+ed|was|were|is|are|had|has|did|left|went|came|drove|ran|spoke|took|got|made|"
    r"tried|sat|stood|fled|told|said)\b"
)
# "cited the driver for speeding", "cited the firm for safety violations": a ticket or a
# summons, an offence charged, no view (not "cited the need for reform as ...", "cited
# concerns for the workers' safety": a noun and what it is for)
_CITED_FOR = re.compile(
    r"\s+(?:him|her|them|(?!(?:(?:the|a|an|his|her|its|their)\s+)?(?:need|needs|demand|demands|"
    r"support|calls?|concerns?|respect|desire|plans?|hopes?|reasons?|case|push|appetite|"
    r"preference|responsibility)\b)(?:(?:the|a|an|his|her|its|their)\s+)?[\w'\u2019-]+"
    r"(?:\s+[\w'\u2019-]+)?)\s+for\s+"
    r"(?:[a-z]+ing\b|(?:[\w-]+\s+)?(?:violations?|breach(?:es)?|contempt|offen[cs]es?|"
    r"infractions?|misconduct|negligence)\b)"
)
# what "as" calls a person: who someone is, by a description ("a former employee", "the
# driver's brother", "a 34-year-old man", "brothers from Ohio"), an age or a name ("Marcus
# Hill, 34"): an identification, not a judgement
_A_PERSON_AFTER_AS = re.compile(
    r"(?:(?:a|an|the|two|three|four|his|her|their)\s+)?(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:man|woman|men|women|boy|girl|boys|girls|child|children|teenager|resident|residents|"
    r"employee|employees|worker|workers|teacher|student|driver|father|mother|son|daughter|"
    r"brother|brothers|sister|sisters|husband|wife|couple|victim|victims|suspect|suspects|"
    r"officer|nurse|doctor|pastor|soldier|passenger|pedestrian|tourist|nephew|niece|cousin|"
    r"uncle|aunt|grandson|granddaughter|grandmother|grandfather|friend|neighbou?r|relative|"
    r"partner|boyfriend|girlfriend|gunman|shooter|attacker|owner|caller|customer|patient|"
    r"inmate)\b|"
    r"\d{1,3}(?:-year-old\b|,)|"
    r"[A-Z][a-z'\u2019-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'\u2019-]+(?!['\u2019]s)\b(?!\s+[a-z])"
)
# those who investigate a death or a crime, whose "identified X as Y" is a record of who
# someone is: "Detectives", "Sheriff Tom Brown", "the medical examiner", "police officers"
_INVESTIGATORS = re.compile(
    r"\b(?:police|detectives?|sheriffs?|coroners?|examiners?|investigators?|officers?|"
    r"troopers?|deputies|constables?|constabulary)\b",
    re.I,
)
# "cited as the main challenges ...": "as" first, the thing after it
_AS_FIRST = re.compile(r"\s+as\s+(?!well\b|such\b|saying\b)[\w\"\u201c]")
# "cited the minister as saying ...": the named person's words, relayed
_AS_SAYING = re.compile(r"[^.;:!?\n]{0,100}?\bas\s+(?:saying|telling|stating|having\s+said)\b")
# "restated its 2015 earnings", "restated the accounts": figures revised
_ACCOUNTS_RESTATED = re.compile(
    r"\s+(?:(?:its|their|the|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:earnings|results|accounts|"
    r"figures|revenues?|profits?|losses|balance\s+sheets?|financial\s+statements)\b"
)
# "identified the dispute over water rights between the two states as the main obstacle": a
# longer thing, then "as"
_IDENTIFIED_AS = _object_then_as(14)
# "identified himself as", "identified by police as": a self, or the agent of a passive
_SELF_OR_AGENT = re.compile(r"\s+(?:himself|herself|themselves|itself|myself|ourselves|by)\b")
# "branded the protesters as traitors": the object, then the name given it
_AS_AHEAD = _object_then_as(5)
# "classed the Iranian policy in the region as a source of ...": a longer thing, then "as"
_CLASSED_AS = _object_then_as(8)
# the occasion of speaking opening the sentence, then its subject up to the verb: "In his
# statement, the minister", "During the briefing, Zhao"
_SPEAKING_FIRST = re.compile(
    r"\s*(?:In|During)\s+(?:his|her|its|their|the)\s+(?:[\w-]+\s+){0,2}(?:statement|speech|"
    r"remarks|address|briefing|interview|message|letter)\b[^,.;:\"\u201c\u201d]{0,40},\s+"
    r"(?P<subject>[^,.;:\"\u201c\u201d]{1,60}?)\s+(?:also\s+)?$"
)
# a quoted word in the object, before the clause ends: 'his "instrumental" leadership'
_QUOTED_WORD_AHEAD = re.compile(r"[^.;:!?\n\"\u201c\u201d]{0,80}[\"\u201c]\w")
# "highlighted that ...", or the point named: "the need for ..." (cues.POINT_NAMED)
_POINT_MADE = re.compile(rf"\s+(?:that\b|{POINT_NAMED})")
# "read" tells words only with a document for subject, or for object in the inverted order:
# "the statement read", "the ministry's letter reads", '"...," read a statement from X'
_DOCUMENTS = (
    r"(?:statement|communiqu\u00e9|communique|declaration|letter|message|note|text|readout|"
    r"release|post|tweet|notice|resolution|decree|memo|document)s?"
)
_DOCUMENT_BEFORE = re.compile(
    rf"\b{_DOCUMENTS}\s+(?:\w+ly\s+)?$|"
    # "A statement from the Egyptian Foreign Ministry read:": the document, then its author
    rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+){{0,3}}?{_DOCUMENTS}"
    r"\s+(?:from|by|of|issued by)\s[^,;:\"\u201c\u201d]{2,60}$",
    re.I,
)
_DOCUMENT_AFTER = re.compile(
    rf"\s+(?:(?:a|an|the|its|his|her|their)\s+)(?:[\w'\u2019-]+\s+){{0,3}}?{_DOCUMENTS}\b"
)
# "whether" or "if" opening the clause the cue stands in: a question left open
_OPEN_QUESTION = re.compile(r"\b(?:whether|if)\s+[^,;:\"\u201c\u201d]{1,60}$")
# "declined to say whether Putin would attend but said ...": the question the speaker left
# open, then (after "but" or "and") the speaker's own verb of saying, not the question's
_LEFT_OPEN_THEN = re.compile(
    r"\b(?:declin(?:ed|es|ing)|refus(?:ed|es|ing)|(?:did|does|do|would|will|could)\s+not|"
    r"(?:did|does|do|would|could)n['\u2019]t|won['\u2019]t)\s+(?:\w+ly\s+)?(?:to\s+)?"
    r"(?:say|confirm|comment\s+on|disclose|specify|reveal|discuss|deny)\s+"
    r"(?:whether|if)\s+[^,;:\"\u201c\u201d]{1,60}?\s(?:but|and)\s+(?:also\s+)?$"
)
_SAYING_AFTER_THE_QUESTION = frozenset(
    ("say", "add", "note", "stress", "state", "emphasize", "explain", "insist", "reiterate")
)
_WORDS_GO_ON = re.compile(
    r"\s*(?:[,:;.!?\"\u201c\u201d\u2014]|that\b|$|"
    r"to (?:say|add|note|stress|explain|call|insist|argue|warn|urge|criticize|"
    r"criticise|accuse|praise|describe|tell|claim|deny|emphasize|point|"
    # "went on to express hope that ...", "went on to reiterate ...": a stance voiced
    r"express|voice|reiterate|affirm|reaffirm|underline|underscore|highlight|state|assert|"
    r"suggest|acknowledge|announce|caution|condemn|reject|dismiss|welcome|emphasise)\b)"
)
_THING_RECALLED = re.compile(
    r"\s+(?:its|his|her|their|our|the|a|an)\s+"
    r"(?![\w-]+\s+(?:was|were|is|are|had|has|have|would|will|could|did)\b)[\w-]+\s*[^\s,;.]*"
)
# the object right after the verb, a determiner and two words at most before its head
# (never across a "that": "maintained yesterday that dialogue ..." opens the words)
_OBJECT = (
    r"\s+(?!(?:that|in|on|to|at|for|with|from)\b)(?:(?:a|an|the|his|her|its|their)\s+)?"
    r"(?:(?!that\b)[\w-]+\s+){0,2}?"
)
# what some verbs of saying mean when other words follow them: an act, not words
_NEVER = re.compile(r"(?!)")
# "what he told reporters", "what she had said before": words given elsewhere, pointed at
_WHAT_WAS_SAID = (
    r"|\s+what\s+(?:he|she|they|it|[A-Z][\w'\u2019-]+)\s+(?:had\s+|has\s+)?"
    r"(?:said|told|stated|wrote|declared|announced)\b"
)
# (or bare, and then a clause of when or why: "allies voiced concern, as the country woke up
# to ...", which tells what was going on, not what the concern was)
# "asked not to be named", "asked not to be identified because ...", "asked that her name
# not be used": the terms a source gave for speaking unnamed
_NOT_NAMED = (
    r"not\s+to\s+be\s+(?:named|identified|quoted|cited)\b|"
    r"that\s+(?:his|her|their)\s+names?\s+not\s+be\s+(?:used|published|given)\b"
)
_STANCE_ALONE = re.compile(
    r"\s+(?:(?:his|her|its|their|our|the\s+[\w-]+['\u2019]s)\s+)?(?:(?:full|strong|firm|deep|"
    r"serious|sincere|great)\s+)?(?:support|concern|concerns|gratitude|appreciation|"
    r"understanding|agreement|solidarity|approval|satisfaction|interest)\s*"
    r"(?:[.;]|$|,\s+(?:as|while|when|after|before|amid)\b)"
)
# "Israel's foreign ministry rejected the move.", "dismissed those remarks on Sunday.": a
# stance taken on a thing the text named before, pointed back at and nothing more: a mention
# without content (ANNOTATION.md), the words (if any) told in the sentences after it
_POINTED_BACK_ALONE = re.compile(
    r"\s+(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?(?:move|moves|decision|decisions|"
    r"remarks|comments|step|steps|claims?|accusations?|idea|announcement|measures?|proposal)"
    r"(?:\s+(?:on|late|early|last|this|earlier|yesterday|today)\b(?:\s+\w+){0,2})?\s*\.(?:\s|$)"
)
_DOING_NOT_SAYING = {
    "criticize": _POINTED_BACK_ALONE,
    # "Abbas, denied a US visa, spoke by video", "denied him entry": a thing refused, no
    # words denied
    "deny": re.compile(
        _POINTED_BACK_ALONE.pattern
        + r"|\s+(?:(?:him|her|them|us|me)\s+)?(?:(?:a|an|the|his|her|their|its)\s+)?"
        r"(?:[\w.-]+\s+){0,2}?(?:visas?|entry|access|bail|permission|asylum|clearance|"
        r"accreditation|passage|parole|permits?)\b"
    ),
    # "defended the city", "defending 24 Senate seats", "defended himself in court": a deed;
    # only a choice, a policy or words defended is a stand taken in words ("defended the
    # decision to ...", "defended his remarks", "defended the creation of a fund"), whoever's
    # it is ("defended the government's decision to ...", "defended Trump's remarks")
    "defend": re.compile(
        r"(?!\s+(?:(?:the|his|her|its|their|our|this|that)\s+(?:[\w.'\u2019-]+['\u2019]s\s+)?"
        # ("defended Mr. Modi's remarks", "Prime Minister X's decision": a titled name's)
        r"|(?:[A-Z][\w.'\u2019-]*\s+){0,3}[\w.'\u2019-]+['\u2019]s\s+)"
        r"(?:[\w-]+\s+){0,2}?(?:decision|decisions|move|moves|policy|policies|approach|plan|"
        r"plans|position|stance|record|remarks|comments|statement|statements|choice|actions|"
        r"creation|handling|response|strategy|proposal|deal|agreement|measures?|law|reform|"
        r"reforms|strikes?|operation|vote|votes|decree|ban|tariffs|sanctions|budget)\b)"
    ),
    # "declared the ambassador persona non grata", "declared a state of emergency": an act of
    # state done by declaring, no words reported ("declared war on X" is left to be read as
    # words: PolNeAR's annotators count it)
    "declare": re.compile(
        r"\s+(?:[\w'\u2019.-]+\s+){1,4}?[\"\u201c]?persona\s+non\s+grata\b"
        r"|" + _OBJECT + r"(?:state\s+of|independence|ceasefire|truce|martial|"
        r"emergency|mourning|holiday|bankruptcy|curfew|lockdown|quarantine|amnesty)\b"
        # "declared three days of mourning", "declared Sunday a public holiday": the period
        # or the day named before the act
        r"|\s+(?!that\b)(?:[\w-]+\s+){1,4}?(?:of\s+(?:national\s+)?mourning|"
        r"(?:a\s+)?(?:public|national|bank)\s+holiday|curfew)\b"
    ),
    # "the party added to its majority": increased
    "add": re.compile(
        r"\s+to\s+(?:its|his|her|their|the|a|an)\s+(?!reporters\b)"
        # "added his own reaction on Twitter", "added her voice to the calls": joined in
        r"|\s+(?:his|her|their|its)\s+(?:own\s+)?(?:reaction|voice|name|signature|support|"
        r"weight)\b"
    ),
    # "argued with reporters after a question": a quarrel named, not what was argued
    # ("argued with reporters that ..." tells it)
    "argue": re.compile(r"\s+(?:\w+ly\s+)?with\s+(?![^.;:\n\"\u201c]*\bthat\b)"),
    # "Beijing responded by cancelling the talks": an act in answer
    # "Moscow responded with sanctions, including ...": an act in answer, or its manner
    "reply": re.compile(
        r"\s+(?:\w+ly\s+)?by\s+(?:\w+ly\s+)?\w+ing\b"
        r"|\s+(?:\w+ly\s+)?with\s+(?![^.;:\n\"\u201c]*\bthat\b)"
        # "responded within the hour.": how soon, the answer told (if at all) in what follows
        r"|\s+(?:\w+ly\s+)?(?:within|in|after)\s+(?:the\s+|an?\s+)?(?:\w+\s+)?"
        r"(?:hours?|minutes|moments|days?)\s*\.(?:\s|$)"
        # "barely responded when X spoke to him": when, the answer not told
        # ("responded appropriately once the situation deteriorated": when it acted)
        r"|\s+(?:\w+ly\s+)?(?:when|while|as|until|before|once)\s+(?![^.;:\n\"\u201c]*\bthat\b)"
        # "troops responded swiftly and in self-defence", "responded firmly to the raid",
        # "responded in kind": the manner of an act in answer, no words told after it
        r"|(?:\s+\w+ly)+\s*(?:and|to|in|,|\.)(?![^.;\n]*?(?:\bthat\b|\bsaying\b|:|\"|\u201c))"
        r"|\s+in\s+(?:kind|self-defen[cs]e)\b"
    ),
    # "called the ambassador in for talks": summoned
    "call": re.compile(
        r"\s+(?:[\w.'\u2019-]+\s+){1,5}?in\s+(?:for|to|over|on)\b"
        # "call on Prime Minister X during the visit": a courtesy call paid, when no "to" and
        # a verb follow ("called on Russia and China to ..." urges them); the phrase forms
        # ("called on", "calls on") are no cue at all (cues.find_cues), the bare verb is
        # judged here
        r"|\s+on"
        + PAID_A_CALL.pattern
        # "Blinken called Kuleba on Friday", "called his Turkish counterpart to discuss the
        # grain deal": a telephone call to someone, then only when, why or nothing (not
        # "called Putin a war criminal", whose complement follows the one named)
        + r"|\s+(?:(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:counterpart|"
        r"opposite number)(?:\s+[A-Z][\w'\u2019-]*){0,3}|(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?"
        r"(?!(?:Mr|Mrs|Ms|Dr)\.)[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})"
        # ("called Binyamin Netanyahu, Israel's prime minister, to voice concern": the post
        # set off after the one called)
        r"(?:,\s+[^,;:\"\u201c\u201d]{2,60},)?"
        r"(?=\s*(?:[.;]|$)|\s+(?:on|late|early|last|yesterday|today|from)\b|"
        r"\s+to\s+(?:discuss|congratulate|express|offer|thank|convey|brief|review|talk|voice|"
        r"raise|urge|press|reassure)\b)"
        # "unions called a general strike for Friday", "called snap elections", "called an
        # emergency session": a strike, a poll or a sitting set in motion, no words reported
        # (not "called the strikes on the port \"a war crime\"": the thing named, then its name)
        r"|\s+(?:(?:a|an)\s+)?(?:(?!(?:the|this|that|these|those|his|her|its|their)\b)"
        r"[\w-]+\s+){0,2}?(?:strikes?|walkouts?|elections?|polls|referendums?|referenda|"
        r"sessions?|recess)\b(?!\s+(?:a|an|the)\s|[^.;\n\"\u201c]*[\"\u201c])"
    ),
    # "claimed a victory", "claimed responsibility for the attack": took, not said
    "claim": re.compile(
        _OBJECT + r"(?:victory|victories|"
        r"win|wins|lead|seats?|title|lock|responsibility|credit|majority|mantle|nomination|"
        r"prize|medals?|lives|percent|per cent|votes?|share|spot|place|crown)\b"
        # "who claimed the assault", "claimed the bombing on Sunday": an attack owned, no
        # words (but "claimed the strike had missed" says that)
        r"|" + _OBJECT + r"(?:attacks?|assaults?|bombings?|strikes?|raids?|ambush|blasts?|"
        r"shootings?|killings?|kidnappings?|abductions?|hijacking)\b"
        r"(?=\s*(?:[,.;:)]|$|(?:which|that\s+killed)\b|(?:on|in|at|against|near|by|during)\b"
        # (but "claimed the strikes on Kyiv hit only military targets": a verb after the
        # place, so the noun phrase is the subject of a clause claimed)
        r"(?!(?:(?!\b(?:which|who|whom|that)\b)[^,.;:\n\"\u201c]){0,80}?\b(?:is|are|was|were|"
        r"has|have|had|will|would|could|can|should|may|might|must|did|does|hit|hits|killed|"
        r"targeted|struck|destroyed|damaged|caused|left|aimed|came|used|violated)\b)))"
        # "China claims the uninhabited islets, which ...": a territory held to be one's own
        # (but "claims the islands belong to it" says that)
        r"|" + _OBJECT + r"(?i:islands?|islets?|isles|reefs?|shoals?|atolls?|archipelago|"
        r"territor(?:y|ies)|sovereignty|waters|seabed|land|lands)\b(?![ \t]+(?:is|are|was|"
        r"were|has|have|had|belongs?|belonged|would|will|could|should|lies|lie|remains?)\b)"
    ),
    # "maintains a commanding lead", "maintained their battle", "has maintained a stance of
    # neutrality": kept, not said. "Maintain" reports words only with their clause ("that",
    # a quotation, a colon, a subject and its verb: "maintained the server was secure") or
    # a quotation before it; an object with no verb of its own after it is a thing kept
    "maintain": re.compile(
        r"\s+(?!(?:that|as|while|when|after|before|since|because|during|amid|until|despite)\b)"
        r"(?!(?:his|her|their|its)\s+innocence\b)[\w-]+\b"
        r"(?!(?:[ \t]+[\w'\u2019.-]+){0,4}?[ \t]+(?:that|" + FINITE_VERBS + r")\b)"
    ),
    # "posted a video of the strike": what was shown; "posted a statement saying" frames
    # its words with the participle
    "post": re.compile(
        _OBJECT + r"(?:photo|photos|"
        r"picture|pictures|video|videos|clip|image|images|link|map|screenshot|footage|"
        # "posted the text of the declaration", "posted a copy of the letter": a document shown
        r"text|copy|copies|document|documents|transcript|"
        # "posted an overwhelming victory", "posted record gains": results, no words
        r"victory|win|wins|gains?|loss|losses|lead|record|profits?|deficit|surplus|growth|"
        r"results?|score)\b"
        # "has posted a statement on Telegram.": a statement given, its words not (yet) told
        r"|" + _OBJECT + r"(?:statement|message|update)\b"
        r"(?![^.;\n]*(?:\bthat\b|[:\"\u201c]|\b(?:saying|stating|adding|calling|urging|warning)\b))"
    ),
    # "referred to the importance of ...", "referred to the need for ...": a point made;
    # 'referred to Xi as "a dictator"': a name given in the speaker's words; "referred to the
    # court", "referred to him as the host": no words told ('referred to Kim as a "Rocket
    # Man"': the name quoted after its article)
    "refer": re.compile(
        r"(?!\s+(?:the\s+)?(?:importance|need|necessity|urgency|fact\s+that|progress|"
        r"achievements|challenges)\b|\s+(?:[\w.'\u2019-]+\s+){0,3}?"
        # (not 'the format known as the "Normandy format"': a name others gave, no words)
        r"(?!(?:known|dubbed|called|so-called|termed)\s)[\w.'\u2019-]+\s+"
        r"as\s+(?:(?:a|an|the)\s+)?[\"\u201c])"
    ),
    # "wrote a letter to the council", "wrote a book": the document, its words not given
    "write": re.compile(
        _OBJECT + r"(?:letter|book|"
        r"op-ed|article|column|memo|memoir|essay|foreword|novel|piece|"
        # "wrote the introduction to a new book", "wrote his dissertation on ...": a text
        # named, none of its words given
        r"letters|books|articles|columns|introduction|preface|dissertation|thesis|chapter|"
        r"constitution|script|screenplay|poem|song|biography)\b"
        # "writing about foreign affairs since 2005": a topic, nothing written told
        r"|\s+(?:\w+ly\s+)?about\s+(?![^.;:\n\"\u201c]*\bthat\b)"
        # "has written off the effort", "had written it into law": a deed, no words told
        r"|\s+(?:off|into|up|down)\b|\s+\w+\s+into\b"
    ),
    # "reiterated his comments during his address": words given elsewhere, pointed at by a
    # noun for them, none told here ("reiterated his remarks that ..." tells them)
    "reiterate": re.compile(
        r"\s+(?:his|her|their|its|the|these|those)\s+(?:earlier\s+|previous\s+|recent\s+)?"
        r"(?:comments|remarks|statements?|words)\b(?!\s*(?:that\b|[:,]?\s*[\"\u201c]|:))"
        # "mostly reiterated what he told reporters in Brussels": words pointed at, not told
        + _WHAT_WAS_SAID
    ),
    # "pledged $500 million in reconstruction aid", "promised 200 million euros": money or
    # goods given, no words told
    "promise": re.compile(
        r"\s+(?:(?:a\s+(?:further|total\s+of)|another|an\s+additional|some|nearly|about|almost|"
        r"around|over|more\s+than|up\s+to)\s+)?(?:US\$|\$|\u20ac|\u00a3|USD\s|EUR\s|\d)"
        # "had pledged only a fraction of what was asked", "pledged half of the sum": a share
        # of money given, not words
        r"|\s+(?:(?:only|just|barely|less\s+than|more\s+than|about|nearly|roughly)\s+)?"
        r"(?:(?:a|one|two|three)\s+)?(?:half|third|quarter|fifth|tenth|fraction|portion|share|"
        r"part)s?\s+of\b"
    ),
    # "the rupee appreciated against the dollar", "has appreciated sharply": a value rose;
    # thanks name what they are for ("appreciated the efforts", "appreciated Oman's role")
    "appreciate": re.compile(
        r"(?!\s+(?:(?:the|a|an|his|her|its|their|our|this|these|those|all|every)\b|[A-Z]))"
    ),
    # "Lisa Lerer reported from Los Angeles": a byline's place, no words
    "report": re.compile(r"\s+from\s+(?![^.\n]*\bthat\b)[A-Z]"),
    # "welcomed his Iranian counterpart and the delegation": received visitors, said nothing
    # ("welcomed Germany's foreign minister": a state's possessive for the determiner)
    "welcome": re.compile(
        r"\s+(?:all\s+)?(?:(?:his|her|their|its|the|a|an|our|[A-Z][\w-]*['\u2019]s)\s+)"
        r"(?:[\w-]+\s+){0,2}?"
        r"(?:counterparts?|delegations?|guests?|visitors?|delegates|participants|attendees|"
        r"diplomats|leaders?|ministers?|king|queen|emir|president|premier|envoys?|"
        r"ambassadors?|team)\b(?![\u2019'-])"
        # (not "welcomed Russia's president Vladimir Putin's readiness": the guest's name, one
        # or two capitalised words after the head, owns the thing welcomed)
        r"(?!\s+(?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*['\u2019]s\b)"
        # "welcomed Defence Minister X to NATO Headquarters", "... to the Presidential Palace":
        # a guest named and received at a building, no words
        r"|\s+(?:[A-Z][\w.'\u2019-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){1,8}?to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:[Hh]eadquarters|HQ|[Pp]alace|House|Kremlin|[Oo]ffice|[Rr]esidence|[Mm]inistry|"
        r"[Cc]hancellery|[Ee]mbassy|[Bb]uilding|[Cc]ompound)\b"
        # "welcomed Minister Yun to Japan": a visitor known by a title, received in a country;
        # "welcomed Ghanaian Foreign Minister X to the country": the title after the guest's
        # state, and the host country by its common noun
        r"|\s+(?:[A-Z][\w'\u2019-]*\s+){0,2}?(?:(?:Minister|President|Prime|Foreign|Secretary|"
        r"King|Queen|Prince|Princess|"
        r"Emir|Amir|Sheikh|Chancellor|Premier|Ambassador|Mr|Mrs|Ms|Dr|H\.\s?E)\b[.]?\s+)"
        r"(?:[A-Z][\w.'\u2019-]*\s+){0,6}?to\s+(?:the\s+)?"
        r"(?:[A-Z]|(?:country|capital|city|island|kingdom|republic)\b)"
        # "welcomed the Prime Minister of Iceland, Katrin Jakobsdottir, to NATO Headquarters":
        # the guest's post, then the name set off by commas, then where received
        r"|\s+(?:the\s+)?[A-Z][^,.;:\n\"\u201c]{2,80},\s+(?:[A-Z][\w.'\u2019-]*\s+){1,4}?"
        r"[A-Z][\w.'\u2019-]*,\s+to\s+(?:the\s+)?[A-Z]"
    ),
    # "told TASS about his contacts with ...", "told reporters about the talks": a topic
    # named, nothing said (but "told reporters about the talks that ...": a clause follows)
    "tell": re.compile(
        r"\s+(?:the\s+)?(?:[A-Z][\w.&'\u2019-]*|reporters|journalists|the\s+press|media|"
        r"(?:a\s+)?(?:news\s+)?(?:briefing|conference))(?:\s+[A-Z][\w.&'\u2019-]*){0,2}\s+"
        r"about\s+(?![^.;:\n\"\u201c]{0,200}\bthat\b)"
    ),
    # "informed her of the decision", "informed the council": a notice given, its words not
    # told; "informed X that ..." tells what was said, and so does "informed X of" a matter
    # told at length ("of the work he is doing with the envoy to revive the talks"); "informed
    # that ..." with no hearer is Indonesian and Malaysian English for "said that"
    "inform": re.compile(
        r"(?!\s+(?:[^\s,;:.\"\u201c\u201d]+\s+){0,12}?that\b)"
        # (or a quotation: 'informed the mediators of "its approval of the proposal"')
        r"(?!\s+(?:[^\s,;:.\"\u201c\u201d]+\s+){1,12}?of\s+(?:[\"\u201c]|(?:[^\s.;:]+\s+){7}))"
    ),
    # "asked him a question", "asked Secretary General Henry Puna about the disputes": a
    # question put to someone, which tells nothing the asker said; "who asked not to be
    # named": why a source goes unnamed, no call made on anyone
    "ask": re.compile(
        r"\s+(?:(?:him|her|them|me|us|it)\s+(?:a\s+question|questions)\b|"
        r"(?:[A-Z][\w.'\u2019-]*\s+){1,6}about\b|" + _NOT_NAMED + ")"
    ),
    # "Minister Cho expressed his support.", "voiced their concern.": a stance named with
    # nothing it is for or about, a mention without content (ANNOTATION.md)
    # "announced the decision late on Thursday", "announced the agreement at a joint news
    # conference in Seoul.": a thing made known that the text named already, nothing of it
    # told (not "announced the decision to ...", "... that troops would leave")
    # ("X, who announced the accord in Seoul on Monday, said ...": the same act in a
    # relative clause, which ends where the main verb of saying follows)
    "announce": re.compile(
        r"\s+(?:the|this|that|these|those|their|its|his|her)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:decision|agreement|deal|news|move|result|results|outcome|accord)"
        # ("announced the agreement to journalists": the ones told, no "decision to ...")
        r"(?:\s+(?:to\s+(?:the\s+)?(?:reporters|journalists|press|media|nation|public)\b|"
        r"(?!that\b|to\b)[^\s.;:\"\u201c]+))*"
        r"(?:\s*\.(?:\s|$)|(?<=,)\s+(?=(?:said|says|told|added|stated)\b))"
    ),
    "express": _STANCE_ALONE,
    "voice": _STANCE_ALONE,
    # "conveyed the greetings of the President", "conveyed an invitation": courtesies and
    # errands, no position passed on ("conveyed its condemnation", "conveyed that ..." are)
    "convey": re.compile(
        r"\s+(?:(?:the|his|her|its|their|a|an|[A-Z][\w.'\u2019-]*['\u2019]s)\s+)?"
        r"(?:(?:warm|warmest|best|cordial|sincere|personal|official)\s+)*"
        r"(?:greetings|regards|wishes|invitation|invitations|letter|message\s+of\s+greetings|"
        r"thanks|gratitude|felicitations|congratulations)\b"
    ),
    # "requested a meeting", "requested anonymity": a thing asked for, no call made on
    # anyone; only "requested that ..." and "requested X to ..." make one
    "request": re.compile(r"(?!\s+that\b)(?!\s+(?:[^\s,;:.\"\u201c\u201d]+\s+){1,8}?to\s+[a-z]+)"),
    # "explained Japan's position regarding the issue", "explained its stance on the
    # vote": a position named, its content not given (a readout's mention); "Explaining her
    # country's position, X said ...": the same, set off before the one who then speaks
    "explain": re.compile(
        r"\s+(?:(?:the|its|his|her|their|our)\s+|(?:(?:the|his|her|their|its)\s+)?"
        r"[A-Z]?[\w.'\u2019-]*['\u2019]s\s+)"
        r"(?:(?:basic|principled|consistent|own)\s+)?(?:position|positions|stance|views?|policy)"
        r"(?:\s+(?:on|regarding|concerning|about|toward|towards|with\s+regard\s+to)\b|\s*,)"
        r"(?![^.;\"\u201c]*\b(?:that|saying)\b)"
    ),
    # "concluded her visit to Kenya today": ended, not said; "The Dialogue concluded in
    # Beijing yesterday", "The talks concluded on Friday.": the verb with no object, a place,
    # or a day right after it, is an event ending (one who sums up concludes "that ...",
    # "in her speech that ...", "by saying ...", "with a warning"; '"...," she concluded in
    # Geneva' has her words before her)
    "conclude": re.compile(
        _OBJECT + r"(?:visit|visits|trip|tour|talks|meeting|meetings|session|summit|"
        r"conference|consultations|mission|stay|programme|program|agreement|deal|treaty)\b"
    ),
}
# "The Dialogue concluded in Beijing yesterday", "The talks concluded on Friday.": the verb
# with no object, a place or a day right after it, is an event ending when what concluded
# is an event, or when the sentence ends with that place or day; one who sums up concludes
# "that ...", "in her speech that ...", "by saying ...", "with a warning", or "on Monday the
# law was unconstitutional" with "that" left out ('"...," she concluded in Geneva' has her
# words before her)
_CONCLUDED_WHEN = re.compile(
    r"\s+(?:in|on(?!\s+an?\b)|at|after|late|earlier|yesterday|today|last|this|"
    r"successfully)\b(?![^.;:\"\u201c\n]{0,200}\b(?:that|saying)\b)"
)
_EVENT_CONCLUDED = re.compile(
    r"\b(?:talks|dialogue|meetings?|summit|visit|session|conference|consultations|"
    r"negotiations|round|forum|exercises?|drills?|games|festival|congress|plenum|"
    r"assembly|tour|trip|mission|hearings?|trial|ceremony|event)"
    r"(?:\s+(?:has|have|had|was|were|successfully|finally|formally|officially)){0,2}\s+$",
    re.IGNORECASE,
)
_ENDS_SOON = re.compile(r"[^.;:!?\"\u201c\n]{0,30}(?:[.;!?]|\s*$)")
# '"...," the minister ': a quote closed at the start of the sentence, then its speaker
_QUOTE_THEN_SPEAKER = re.compile(
    r"\W*[\"\u201c][^\"\u201c\u201d]+[,.!?][\"\u201d]\s+[^\"\u201c\u201d,;]{1,60}$"
)
# a participle with its agent: "reported by Politico", "described by the president"; "said
# by email", "concluded by saying" and "say by 55% to 41%" are still saying
_BY_AGENT = re.compile(
    r"\s+by\s+(?!(?:phone|telephone|email|e-mail|letter|video|text|fax|radio|cable|"
    r"satellite|videoconference|video link|way of|contrast|comparison)\b|\w+ing\b|\d)"
)
# 'the corridor, which Erdogan has called "a lifeline"', "the deal, which Mr. X called ''a
# disgrace''", "the ban, which X described as "a victory"": the name given is in quotation
# marks right after the verb (or its "as"), so the words are
# the namer's (unquoted, "which Manila calls Ayungin Shoal", it is the story naming a thing)
_NAMED_IN_QUOTES = re.compile(r"\s*(?:as\s+)?(?:an?\s+|the\s+)?(?:\"|\u201c|''|\u2018)")
_NAMED_BY_WHICH = re.compile(
    r"\bwhich\s+(?:[\w.'\u2019-]+\s+){1,5}?(?:(?:has|have|had|once|later)\s+)?$"
)
# ", who called" / ", who has described": a relative clause about the subject
# the name and titles alone opening the sentence: "Former Foreign Minister Lavrov", "Mr. Scott"
_NAME_ONLY = re.compile(
    r"\W*(?:(?:[A-Z][\w.'\u2019-]*|of|the|for|and|de|van|von|al)(?![\w.'\u2019-])\s*)+"
)
_WHO_NAMED = re.compile(r",\s*who\s+(?:(?:has|had|have|once|often|repeatedly|\w+ly)\s+)*$")
# "launched a book called X", "to a group called Y": a thing with "a"/"an" after a word that
# cannot open the clause (a verb it is the object of, a preposition) is named by "called";
# "An aide called the plan reckless" and "but an aide called ..." keep their subject
_THING_NAMED = re.compile(
    r"(?<![\w'\u2019-])(?!(?:and|or|but|then|also|meanwhile|later|now|yet|so|while|when|after|"
    r"before|because|as|that|where|if|though|although|said|says|say|told|added|noted|"
    r"reported|insisted|warned|argued|believes|believe|thinks|think)\b)[a-z]+\s+(?:a|an)\s+"
    r"(?:[\w'\u2019-]+\s+){1,3}$"
)
# 'issued a statement Thursday calling the move "reckless"': a document calling something so
# is its issuer naming it, as "said" would be
_DOCUMENT_ISSUED = re.compile(
    rf"\b(?:a|an)\s+(?:[\w'\u2019-]+\s+){{0,2}}?{_DOCUMENTS}\s+(?:[\w'\u2019-]+\s+){{0,2}}$"
)
# what is expressed, right before the participle: "the concerns expressed by Moscow", "the
# views voiced at the meeting" (a feeling or a view does not speak)
_THING_EXPRESSED = re.compile(
    r"\b(?:concerns?|complaints?|views?|hopes?|opinions?|sentiments?|condolences|positions?|"
    r"reservations?|wishes|solidarity|gratitude|regrets?|doubts?|fears?|criticisms?|"
    r"objections?|willingness|readiness|desire|commitment|confidence|satisfaction|"
    r"appreciation|thanks|outrage|indignation|anger|frustration|disappointment)"
    r"(?:\s+\w+ly)?\s*$",
    re.I,
)
