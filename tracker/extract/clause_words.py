"""The words that bound the parts of an attribution: adverbials around a verb of saying,
the words that break a clause, circumstances, and the hearer after "told"."""

from __future__ import annotations

import re
from functools import lru_cache

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_AUX = (
    r"has|have|had|was|were|is|are|would|will|could|did|does|do|not|never|neither|now|soon|too|"
    r"however|still|though|both|(?:is|was|are|were|would|could|did|does|do|has|have|had|wo|ca)"
    r"n['\u2019]t"
)
_ADVERB = (
    # "X is said to have told ...", "is reported to have said": a saying passed on hedged,
    # still the subject's
    r"(?:said|reported|understood|believed|thought|alleged|known) to have|"
    r"(?:earlier|later) in the (?:day|week|month)|in the past|also|later|earlier|repeatedly|"
    r"previously|"
    # "said as recently as Wednesday that", "as late as last week": the last time told
    rf"as (?:recently|late) as (?:(?:last |this |on )?{_WEEKDAY}|{_MON} \d{{1,2}}|"
    r"(?:19|20)\d\d|(?:last|this) (?:week|month|year)|yesterday|(?:\w+ )?(?:days?|weeks?|"
    r"months?) ago)|"
    # ("once more expressing ...", "said once more that": not "said once more troops would go",
    # nor "said once more funding would ...", an -ing noun: a participle only after a comma;
    # before a pronoun or an article, "said once more nothing had changed", no quantity)
    r"once more(?=,|\s+(?:that|nothing|nobody|none|everything|it|they|he|she|we|the|an?)\b|"
    r"\s*$)|(?<=,\s)once more(?=\s+[a-z]+ing\b)|"
    r"yet again|once|again|then|reportedly|publicly|privately|recently|first|similarly|"
    # "X further said", "said further that": an adverb; "promised further aid", "said further
    # talks would follow": a word of the thing named, which the words keep
    r"further(?=\s*(?:[,:]|that\b|$))|"
    # sentence adverbs between a subject and its verb: "the Chairperson furthermore rejects"
    r"furthermore|moreover|likewise|additionally|however|therefore|thus|nonetheless|"
    # "Lahbib meanwhile added that ...", "the minister in turn said ...": the clause's adverb
    r"meanwhile|instead|in turn|"
    # "Lavrov for his part said", "the Kremlin in response said", "X on the other hand
    # noted": a phrase that links the clause to the one before, set off without commas
    r"(?:for|on) (?:his|her|its|their) part|in (?:his|her|its|their) turn|"
    # (not "in response to questions about ...": a phrase whose object the words are not)
    r"in (?:response|reply|return|addition)(?!\s+to\b)|on the other hand|as well|"
    # "has since said": since then, after an auxiliary (not the conjunction "since")
    r"(?:(?<=has )|(?<=had )|(?<=have ))since|"
    r"immediately|subsequently|quickly|flatly|bluntly|simply|often|already|"
    r"just|even|frequently|famously|openly|angrily|specifically|explicitly|directly|"
    r"long|always|ever|twice|"
    # "member states had so far pledged ...", "Moscow has thus far refused ...": up to now,
    # no subject of its own ("far" is no speaker)
    r"(?:so|thus) far|"
    # "Hajiyev began to talk about the fact that ...": a verb that opens the saying
    r"began to|started to|proceeded to|"
    # "said here on Wednesday": the agency's city, not what was said ("said here is ..." is)
    r"here(?!\s+(?:is|are|was|were|and)\b)|"
    # "X last night warned ...": British papers' evening before
    r"(?:late )?last night|"
    # "said late last evening" (Indian copy), "said the day before yesterday", "said the
    # previous evening": days counted back
    r"last evening|(?:the )?day before yesterday|the previous (?:day|evening|night)|"
    # "said on Nov.30", "said on 2023.11.30": a date written without a space or year first
    rf"on {_MON}(?<=\.)\d{{1,2}}|on (?:19|20)\d\d[./]\d{{1,2}}[./]\d{{1,2}}|"
    # ("said Tuesday (U.S. time) that": the space after the mark, so a word boundary follows)
    # ("said yesterday evening that": the part of that day, in British and Indian copy)
    rf"\([^)]*\)(?:\s(?=\w))?|(?:yesterday|today)(?: (?:morning|afternoon|evening|night))?|"
    r"tonight|"
    rf"(?:(?:on|last|this|(?:late|early|later|earlier) on|late|early) )?{_WEEKDAY}"
    # "said Monday's talks had stalled": the day of the talks, which are what was said
    rf"(?!['\u2019]s)(?: (?:morning|afternoon|evening|night))?|"
    # "X on December 6th said", "on the 6th of December": a date with its ordinal
    rf"on {_MON} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?|"
    rf"on (?:the )?\d{{1,2}}(?:(?:st|nd|rd|th)(?: of)?)? {_MON}(?: \d{{4}})?|"
    rf"in {_MON}(?: \d{{4}})?|last {_MON}|{_MON} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?|"
    r"(?:(?:late|early) )?(?:last|this|earlier this|this past) (?:week|month|year)|"
    r"(?:\w+ )?(?:days?|weeks?|fortnights?|months?|years?) ago|"
    # "said a week later that", "said two days earlier that": counted from a day told before
    r"(?:a|one|two|three|four|five|six|\d) (?:days?|weeks?) (?:later|earlier)|"
    # "X the following day said", "said hours later", "told reporters afterwards", "said
    # this morning.", "X in recent days said": times told relative to another (not "said
    # the following:", which announces the words)
    r"the (?:following|next|same) (?:day|morning|afternoon|evening|night|week)|"
    r"(?:(?:a few|several|some|just|only) )?(?:minutes|hours|days|weeks|moments) "
    r"(?:later|earlier|afterwards?)|(?:(?:shortly|soon|immediately) )?afterwards?|"
    r"(?:(?:earlier|later) )?this (?:morning|afternoon|evening)|in recent (?:days|weeks|months)|"
    r"over the (?:past|last) (?:week|few days|several days)|"
    r"at the (?:start|beginning) of (?:the|this) (?:month|year)|"
    r"(?:over|at|during) the (?:past )?weekend|(?:this past|last) weekend|overnight|"
    # "Lavrov at the time said", "the minister that evening said", "X in 2019 said"
    r"at the time|that (?:day|morning|afternoon|evening|night)|in (?:early |late )?(?:19|20)\d\d|"
    # "Minister Park on the 14th said": the day of the month alone, as copy translated from
    # Korean, Japanese or Chinese dates a saying
    r"on the (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?: (?:morning|afternoon|evening|night))?|"
    # "Fu Cong on Wednesday local time urged", "Cho on the afternoon of March 13 said": the
    # clock the day is told by, and a part of the day named before it
    r"(?:(?:Beijing|Tokyo|Seoul|local) time)|"
    # "Marcos on Sunday, Jan. 26, said": the weekday and its date set off by commas
    rf"(?:on )?{_WEEKDAY}, {_MON} \d{{1,2}}(?:, \d{{4}})?,|"
    # "Qureshi on Sunday, 7 April claimed": the weekday's date in the day-first order, set
    # off by a comma before it (Indian and British copy), the closing comma at times left out
    rf"(?:on )?{_WEEKDAY}, \d{{1,2}} {_MON}(?:,? \d{{4}})?,?|"
    # "said on Tuesday, 13 June, that", "on Monday 4 September": the weekday's date in the
    # day-first order, right after it
    rf"(?:(?<=day, )|(?<=day ))\d{{1,2}} {_MON}(?: \d{{4}})?|"
    r"(?:on|in) the (?:morning|afternoon|evening|night) of (?:the (?:[1-9]|[12]\d|3[01])"
    rf"(?:st|nd|rd|th)|{_MON} \d{{1,2}}(?:,? \d{{4}})?|\d{{1,2}} {_MON}(?: \d{{4}})?|{_WEEKDAY})"
)
# 'X "strongly" condemned': the reporter may quote the adverb alone, still the verb's
_QUOTED_ADVERB = r"[\"\u201c][a-z]+ly[\"\u201d]"
TAIL_ADVERBS = re.compile(rf"(?:\s+(?:{_ADVERB}|{_AUX}|[a-z]+ly|{_QUOTED_ADVERB}))+\s*$")


# characters read back from the end of a sentence's head, up to a verb, for the words that
# end it ("what he", "would only", "an alleged", "whether the talks would resume"): each is a
# few words (the longest in the corpora, 56 characters), so a sentence of hundreds of verbs is
# not read again from its start for each of them (what_was_said's joint before a later verb,
# _JOINT_REACH, reads as far)
TAIL_REACH = 150


def tail_from(text: str, start: int = 0, stop: int | None = None, times: int = 1) -> int:
    """Where a pattern ending ``text[start:stop]`` ("...$") is looked for: ``times``
    TAIL_REACH characters before its end (its closing blanks aside), or ``start`` when the
    stretch is no longer than that. The stretch is not copied: its closing blanks are counted
    back from ``stop``."""
    stop = len(text) if stop is None else stop
    reach = times * TAIL_REACH
    if stop - start <= reach:
        return start
    end = stop
    while end > start and text[end - 1].isspace():
        end -= 1
    return max(start, end - reach)


# The run of TAIL_ADVERBS is looked for in the head's last _TAIL_ADVERB_STEP characters first,
# then in twice as many, and so on, until nothing before the stretch read can belong to the
# run. The step is only where the reading starts (most heads end in a name, a few words
# back); whether to read further is decided by _run_may_go_on, not by the step's length: a
# unit of the run may be longer than any step (an aside in brackets, "(speaking on behalf of
# the Group of 77 and China)", is one unit of any length).
_TAIL_ADVERB_STEP = 64
# the most words in one unit of the run other than an aside in brackets ("in the afternoon
# of Jan 26, 2024": 7), with one to spare
_RUN_UNIT_WORDS = 8
# what a unit of the run other than an aside in brackets is made of: letters and digits,
# blanks, and the marks in dates, "n't" and a quoted adverb
_RUN_UNIT_TEXT = re.compile(r"[\w\s'\u2019,./\"\u201c\u201d]*")


def _run_may_go_on(raw: str, pos: int, found: re.Match[str] | None, end: int) -> bool:
    """Whether a run of TAIL_ADVERBS ending ``raw`` may start before ``pos``, given the run
    ``found`` searched from ``pos`` (``end``: where ``raw``'s closing blanks begin).

    A run starting before ``pos`` has one unit that starts before ``pos`` and ends at or after
    it; the rest of the run, from that unit's end, is a run found from ``pos``. So that unit
    holds all of ``raw[pos:upto]`` (``upto``: where the run found starts, or ``end``). It is
    either an aside in brackets, opened before ``pos`` (or after blanks running across it)
    and closed by the first ")" from ``pos``, or a unit of at most _RUN_UNIT_WORDS words of
    _RUN_UNIT_TEXT. When neither can be, no run starts before ``pos``, and ``found`` is what a
    search of all of ``raw`` finds."""
    upto = found.start() if found is not None else end
    stretch = raw[pos:upto]
    if (
        len(stretch.split(None, _RUN_UNIT_WORDS)) <= _RUN_UNIT_WORDS
        and _RUN_UNIT_TEXT.fullmatch(stretch) is not None
    ):
        return True  # (a run's one unit may hold it: a day, an adverb, a long blank)
    close = raw.find(")", pos - 1, end)
    if close < 0 or close + 2 < upto:
        return False  # (no aside in brackets holds the stretch up to the run found)
    # the aside closed there opens at a "(" after the ")" before it (an aside's words hold no
    # ")"; they may hold a "(", so the first such "(" is where the longest opens)
    opened = raw.find("(", raw.rfind(")", 0, close) + 1, close)
    return opened >= 0 and (opened < pos or raw[pos - 1 : opened].isspace())


@lru_cache(maxsize=64)
def tail_adverbs(raw: str) -> re.Match[str] | None:
    """The adverbs and auxiliaries that end ``raw`` ("X also said": " also"): asked of the
    same sentence head, up to a verb, by several checks of the verb.

    The same as ``TAIL_ADVERBS.search(raw)``, read from the end of ``raw`` (see
    _TAIL_ADVERB_STEP and _run_may_go_on), so that a sentence of many verbs is not read from
    its start for each of them."""
    end = len(raw.rstrip())
    reach = _TAIL_ADVERB_STEP
    while True:
        pos = max(0, end - reach)
        found = TAIL_ADVERBS.search(raw, pos)
        if pos == 0 or not _run_may_go_on(raw, pos, found, end):
            return found
        reach *= 2


def without_tail_adverbs(raw: str) -> str:
    """``raw`` less :func:`tail_adverbs` (``TAIL_ADVERBS.sub("", raw)``: the pattern ends
    the text, so it matches once)."""
    tail = tail_adverbs(raw)
    return raw if tail is None else raw[: tail.start()] + raw[tail.end() :]


# "X, the spokesperson, in his weekly briefing said": the occasion between a subject and its
# verb, named by a noun for a speaking occasion
TAIL_OCCASION = re.compile(
    # "X after a closed-door meeting with ... said", "X during a visit to Berlin said"
    # (not "officials briefed on the talks said", "diplomats involved in the talks",
    # "officials taking part in the talks": what the unnamed source knows, part of the subject)
    # ("taking part", not "his counterpart at a news conference": a subject of its own)
    r"(?<!briefed)(?<!involved)(?<!participating)(?<!present)"
    r"(?<!taking part)(?<!took part)(?<!take part)"
    r"\s+(?:in|at|during|after|following|on)\s+(?:(?:a|an|the|his|her|its|their)\s+"
    r"(?:[\w-]+\s+){0,3}?"
    r"(?:statement|speech|interview|briefing|conference|meeting|address|remarks|session|"
    r"summit|talks|appearance|debate|hearing|forum|ceremony|rally|call|visit|trip|tour|"
    r"town[ -]hall|"  # "Collins at a town hall on Tuesday said": US campaign copy's meeting
    # "Zakharova in a Telegram post said", "Bush in an op-ed said": a written occasion
    r"post|tweet|letter|message|video|op-ed|article|column|essay|email|e-mail|blog|podcast|"
    r"comments)|"
    # "X in remarks carried by state media said", "X in televised comments said": a plural
    # occasion needs no article
    r"(?:[a-z-]+\s+)?(?:remarks|comments|talks|statements|posts|tweets|messages))"
    # "at a news conference in Kyiv", "in an interview with CNN": a name closes it
    # (not "on Friday Cruz": the day, then the subject of the verb)
    rf"(?:(?:\s+(?:on|with|in|at|to|of)\s+(?:the\s+)?(?!{_WEEKDAY}\s+[A-Z])"
    r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}|"
    # "Anwar in a statement on his Facebook page said": the speaker's own page or account
    r"\s+on\s+(?:his|her|its|their)\s+(?:official\s+)?[A-Z][\w.'\u2019-]*"
    r"(?:\s+(?:page|account|channel|feed))?|"
    # "in a letter to member states", "in a call with reporters": those addressed
    r"\s+(?:to|with)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)"
    # "with the ambassadors of France and Niger", "with Ambassadors of Russia and Ukraine"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:and\s+)?[A-Z][\w.'\u2019-]*){0,3})?"
    r")?"
    # "X in a statement issued Monday said", "in a statement carried by KCNA", "in an
    # interview with CNN aired on Sunday": how the words went out, and when or by whom
    # ("in a statement sent to reporters on Friday", "carried by state media on Thursday":
    # each of the two, by whom or to whom and when, with its own preposition)
    r"(?:\s+(?:issued|released|carried|published|aired|posted|broadcast|televised|delivered|"
    r"distributed|sent|emailed|e-mailed|shared)(?:\s+(?:late|early))?"
    r"(?:(?:\s+(?:on|by|in|through|via|to))?"
    r"\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}|state\s+media|"
    r"state\s+television|reporters|journalists|news\s+agencies)){0,2})?"
    r"\s*$"
)
HEAD_ADVERBS = re.compile(
    # ("in its statement", "in a Thursday statement": the speaker's own or the day's, as
    # wire copy writes the medium between the verb and an unmarked clause)
    rf"\s*(?:(?:{_ADVERB}|in (?:an?|his|her|its|their) "
    r"(?:(?:joint|separate|brief|written|short|rare|later|latest|new|own|official|"
    # ("announced in a televised speech the start of ...": the medium, as "in a statement")
    r"televised|broadcast|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day) )?"
    r"(?:statement|speech|address|interview|tweet|post|letter|video|briefing|"
    r"press release|news conference|press conference|radio interview|television interview)"
    # "in a statement released ...", not "in a statement they would ...": what was said
    r"(?: (?!(?:with|on|the|a|an|he|she|it|they|we|his|her|its|their|this|these|that)\b)"
    r"[a-z]+)?(?: on [A-Z]\w+(?: (?:morning|afternoon|evening|night))?|"
    r" with [A-Z][\w.]*(?: [A-Z][\w.]*)*)?|"
    r"on (?:Twitter|Facebook|Telegram|X(?:, formerly(?: known as)? Twitter)?|television|TV|CNN|"
    r"Fox News|Sunday)|"
    # "said at a joint news conference in Oslo the talks ...": the occasion's noun ends it
    r"(?:at|during) (?:a|an|the) (?:[a-z-]+ ){0,3}?(?:conference|briefing|summit|meeting|forum|"
    r"rally|ceremony|session|hearing|gathering|dinner|reception|event)"
    r"(?: (?:in|with) [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,2})?(?=[ ,])|"
    r"at (?:a|an|the) [a-z -]{2,40}?(?=[ ,])|to (?:reporters|journalists|the press|"
    r"lawmakers|supporters|the audience|the crowd|"
    # "stressed to the Security Council today": the body addressed, not the words
    r"the (?:UN |United Nations )?(?:Security Council|General Assembly|Human Rights Council)|"
    r"Council members|the Council|the Assembly|delegates|correspondents|the committee)|"
    r"during (?:a|an|the) [a-z -]{2,40}?(?=[ ,])|"
    # "in Geneva", "in New York", "in Addis Ababa": a place of one word or several
    r"in [A-Z]\w+(?: [A-Z]\w+){0,2}|in an? [a-z]+ (?:address|appearance|briefing|interview)|"
    r"afterwards?|(?:on|upon) (?:arrival|arriving)|"
    r"the (?:next|following) (?:day|morning)|the (?:day before|previous day)|at the time|that day|"
    # ("said Italy would ...": a name in "-ly" is no adverb; "said only 90 trucks crossed",
    # "said nearly 2 million had fled": a count's "only" or "nearly" is the words', not the
    # saying's)
    r"(?!(?:only|nearly|roughly|approximately|barely|merely|fully)\s+"
    r"(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|half|some|the)\b))"
    r"[a-z]\w*ly|told|to)\b[ ,]*)+"
)
BREAK = re.compile(
    # (not the comma before a name's suffix: "Juan Ponce Enrile, Sr. told")
    r",(?!\s+(?:Jr|Sr)\.)|[;:()\u2014\u2013\"\u201c\u201d\u00ab\u00bb]|''|\s-\s|--|"
    # "that" opens a clause, but not "in that country": there it only points back
    r"\b(?:and|but|while|whereas|because|Because|"
    r"that(?!\s+(?:country|region|city|capital|nation|area|state|town|province)\b)|"
    r"as|As|despite|Despite|unless|whether|"
    r"who|which|when|after|before|if|though|although|where|since|so|or|than|whom|said|says|"
    r"told|added|stated|"
    # ("Reuters reported Mr X said ...", "The Times understands Mr X told ...", "the paper
    # has learnt Mr X assured ...": a verb of reporting or learning with its "that" left
    # out, as "said" has it, opens the clause whose subject speaks next; not the participle
    # of a thing's description: "a letter revealed by Reuters said ..."; nor a relative
    # clause's verb, whose object is a thing: "the envoy who revealed the channel admits ...")
    r"(?<!\bwho )(?<!\bwhich )"
    r"(?:reported|reports|wrote|writes|revealed|reveals|learned|learnt|understands|understood|"
    r"confirmed|claimed|alleged)(?!\s+by\b))\b"
)
# "..., the minister said after the meeting.": where or when, not what
# a finite verb next: what stands before it is a clause's subject ("warned Mr Putin was ...")
# the finite auxiliaries and forms of "be", "have" and "do": "is", "would", "did"
FINITE_VERBS = r"is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does"
FINITE_NEXT = re.compile(rf"\s+(?:{FINITE_VERBS})\b")
# "said this year marks the 50th anniversary", "said Tuesday was a historic day": a day or a
# year with no preposition, then a finite verb, is the reported clause's subject, not when it
# was said (the adverbs before it still are: "said on Friday this year would be ...")
TIME_AS_SUBJECT = re.compile(
    rf"(?<!\bon )(?<!\bin )(?:(?:last|this|next) (?:week|month|year)|yesterday|today|tomorrow|"
    rf"{_WEEKDAY})[ ]*$"
)
SUBJECTS_VERB = re.compile(
    r"(?:is|was|will|would|could|can|should|may|might|must|has|had|marks|marked|saw|sees|"
    r"brings|brought|remains|remained)\b"
)
CIRCUMSTANCE = re.compile(
    # "at least 93 people were killed", "at most two": a count the words open with, not where
    r"(?:after|before|at(?!\s+(?:least|most)\b)|in|on|during|while|following|from|via|with|"
    r"outside|near|ahead of|when|as|in an|in a)\b"
)
# ", and called ..." / "and he added ...": a second cue that ends the first one's clause
# (an adverb of time or manner may stand before the second verb: "and later told ...")
JOINED_ADVERBS = r"(?:(?:also|later|then|[a-z]+ly)\s+)*"
JOINT = re.compile(
    rf"(?:,\s+(?:and|but)\s+{JOINED_ADVERBS}|\s(?:and|but)\s+(?:he|she|they|it)\s+{JOINED_ADVERBS}"
    # "..., though he said ...": a concession with a verb of saying of its own
    # (the comma may stand inside a quote's closing mark: '"... ground," although she said')
    rf"|,(?P<close>[\"\u201d]?)\s+(?:even\s+)?(?:though|although|while|whereas)\s+"
    rf"(?:he|she|they|it)\s+{JOINED_ADVERBS})$"
)
# verbs that give a thing a name or a description ("called the plan a farce", "termed it
# wrong", "dubbed it"): what they name is the words of their statement, however short
NAMING_VERBS = frozenset(("describe", "call", "term", "dub"))
# "... with EU envoy X, who said ...": the one named last speaks in a clause of their own
WHO_THEN_VERB = re.compile(rf"[\w\"\u201d'\u2019)],\s+who\s+{JOINED_ADVERBS}$")
# "said on Tuesday following reports that ...": the "that" of what was reported or feared,
# not of what the speaker said
_NOUNS_WITH_THAT = (
    ("reports", "report", "speculation", "claims", "claim", "rumours", "rumors", "suggestions")
    + ("allegations", "accusations", "fears", "concerns", "news", "word", "indications", "signs")
    + ("warnings", "hopes", "criticism", "charges", "assertions", "insistence", "assurances")
)
NOT_A_NOUNS_THAT = "".join(rf"(?<!\b{n})" for n in _NOUNS_WITH_THAT)
# "told reporters that morning that ...", "announced that same day": "that" pointing at a time,
# not opening the words; a comma after it sets off an aside inside them ("said on Monday
# that, if the talks fail, ...")
_THAT_OPENS = (
    r"that\b(?!\s+(?:same\s+)?(?:day|morning|afternoon|evening|night|week|month|year)\b)"
    r"\s*(?:,\s*)?"
)
# a " that " in the words after a verb that opens what was said
SAID_THAT = re.compile(NOT_A_NOUNS_THAT + r" that ")
_MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec"
# "said in an address on Tuesday evening that ...": prepositional phrases, then "that"
ADVERBIAL_THEN_THAT = re.compile(
    # ("said about the crossings that ...": the topic, then what was said of it)
    r"(?:,?\s+(?:in|at|on|of|about|regarding|during|after|before|to|with|from|via|by|through|"
    r"over|while|upon|ahead\s+of|"
    # ("commented for BTA that", "said for Vecherni Novosti that": an outlet the words were
    # given to, the Balkan agencies' "for", a calque of "za")
    r"for(?=\s+[A-Z])|"
    # ("admitted for the first time that", "said for the last time that": how often the
    # speaker has said so, an adverbial of time like "again")
    r"for(?=\s+the\s+(?:first|second|third|last|only)\s+time\b)|"
    # ("told reporters as she arrived for the meeting that ...": when, a clause of its own)
    r"(?:as|when)(?=\s+(?:he|she|they|we)\s)|"
    # ("said when announcing the package that ...": when, told by a participle)
    r"when(?=\s+[a-z]{3,}ing\s)|"
    # ("this week", but "said this during the briefing" points back to words told before)
    r"following|late|early|earlier|later|last|"
    r"this(?=\s+(?:week|month|year|morning|afternoon|evening|weekend|time)\b)|back|over|"
    # "said publicly on Monday that", "said separately that"; not "said separately it will
    # push on in a way that ...": an adverb in "-ly" is followed by a phrase or "that", not by
    # the words' own clause
    r"\w+ly(?=\s+(?:that|in|at|on|of|to|with|during|after|before|from|by|over|following|"
    r"late|early|earlier|later|last|this|\w+ly|[A-Z][a-z]+day)\b)|"
    r"(?:hours|minutes|moments|days|shortly|soon|just)\s+(?:after|before))\b"
    # a programme's or paper's title in quotes may stand in it: 'on Rossiya-1's "Vesti" show'
    # a city's state or country set off by commas: "during a visit to Gaziantep, Turkey, that"
    # ("in his New Year address on Dec. 31", "at the U.N. assembly": a month's or a
    # name's abbreviating dot is no sentence end)
    r"(?:[^,;:\"\u201c\u201d\u00ab\u00bb.!?]|(?<=\d)\.(?=\d)|\"[A-Z][^\"\n]{0,40}\"|"
    # ("at the U.S.-India forum", "the U.K.-led mission": the initials' last dot before a
    # hyphen)
    rf"\b(?:{_MONTH_ABBREVIATIONS})\.(?=\s\d)|(?<=\b[A-Z])\.(?=[A-Z]\.|\s|-[A-Za-z])|"
    r"(?<=[a-z]),\s[A-Z][\w.'\u2019-]*(?:\s[A-Z][\w.'\u2019-]*){0,3},(?=\s+that\b)|"
    # ("at 9:30 p.m. (Thursday)", "at 10 a.m. (Wednesday, Korea time)": a clock's colon and
    # dots, and a bracket of the day and the zone it is told in, its comma with them; only
    # such a bracket, so no bracket reads two ways)
    r"(?<=\d):(?=\d\d)|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.|"
    r"\([^(),\n\"\u201c]{1,30},[^(),\n\"\u201c]{1,30}\)|"
    r"\u201c[A-Z][^\u201d\n]{0,40}\u201d){0,120}?)"
    # "said in November, after a call with X, that": a second phrase set off by commas;
    # "said at the closing session of the forum, which ran for three days, that": a relative
    # clause on the occasion's noun
    r"(?:,\s+(?:after|before|during|following|at|in|on|which|where|"
    # ("said late Monday Washington time, early Tuesday in Japan, that": the same moment
    # told again on the clock of another zone)
    r"(?:early|late)(?=\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?=\s+(?:morning|afternoon|evening|in)\b))\b"
    # ("in Washington, where she met U.S. President X on Monday, that": initials' dots)
    r"(?:[^,;:\"\u201c\u201d.!?]|(?<=\b[A-Z])\.(?=[A-Z]\.|\s)){1,80},)?"
    + NOT_A_NOUNS_THAT
    # ("made the same point in parliament on Tuesday, that ...": a comma some writers put
    # before the "that" that closes the phrases)
    + r",?\s+"
    + _THAT_OPENS
)
# "said that would depend on ...": "that" with a finite verb straight after it is the
# words' subject (a pronoun), not the word that opens them
THAT = re.compile(
    r"\s*(?:,\s*)?(?:that\b(?!\s+(?:would|will|was|is|could|might|may|must|"
    r"should|has|had|remains|means|meant)\b)\s*)?"
)
_QUOTED_TITLE = r"[\"\u201c][A-Z][^\"\u201c\u201d\n]{0,40}[\"\u201d]"
# "Rossiya 24", "Belarus 1", "Channel 4": a broadcaster's number after its name, when nothing
# but punctuation, an occasion or "that" follows it ("told Reuters 10 people died": a count)
_CHANNEL_NUMBER = (
    r"(?: \d{1,3}(?=[.,;:]|$|\s+(?:in|on|at|during|that|after|before|via|from|late|earlier|"
    r"today|yesterday|this|last)\b))?"
)
# "..., a point Wang rejected", "..., a claim Moscow has denied", "..., an assertion the Russian
# side denies": a judgement of the words before, whose verb attributes nothing
WORDS_JUDGED = (
    r",\s+(?:a|an)\s+(?:point|claim|charge|assertion|accusation|view|allegation|suggestion|"
    r"position|stance|notion|argument)\s+(?:that\s+|which\s+)?"
    r"(?:(?:[A-Z][\w.'\u2019-]*\s+){1,4}|the\s+(?:[\w.'\u2019-]+\s+){1,3})"
    r"(?:(?:has|have|had|also|since|strongly|flatly|repeatedly)\s+)*"
)
TOLD_OBJECT = re.compile(
    # "told state-owned broadcaster TRT", "told news agency Interfax": the kind, then the name;
    # "the television channel Belarus 1": an article and the medium before the kind, a
    # channel's number after its name
    r"\s*(?:(?:the |a )?(?:(?:state|government|public)[ -](?:run|owned|funded) )?"
    r"(?:(?:television|TV|radio) )?(?:broadcaster|television|"
    r"channel|newspaper|daily|news agency|agency|radio|network|outlet) [A-Z][\w.&'\u2019-]*"
    r"(?: [A-Z][\w.&'\u2019-]*){0,3}" + _CHANNEL_NUMBER + r"(?=[\s.,;:]|$)|"
    r"(?:(?:him|her|them|us|me|you|reporters|journalists|lawmakers|supporters|listeners|"
    r"viewers|voters|parliament|congress|legislators|senators|delegates|students|"
    # "told local media", "told state media Sunday": the press, named by no one outlet
    r"(?:(?:local|state|foreign|national|international|regional|official|news|social|"
    r"domestic|western|Western)\s+)?media|"
    # "a Senate committee", "the Bundestag's defence committee": a name may qualify the body
    r"(?:the|a|an) (?:[\w'\u2019-]+ ){0,3}?(?:newspaper|paper|audience|crowd|station|parliament|"
    r"senate|"
    r"nation|public|"
    r"network|outlet|agency|magazine|broadcaster|channel|committee|conference|briefing|"
    r"gathering|meeting|"
    r"forum|summit|session|council|assembly|room|panel|subcommittee|hearing|commission|"
    r"inquiry|tribunal|court|cabinet|caucus|rally|"
    # "told the signing ceremony", "told a business luncheon": an occasion's audience heard it
    r"ceremony|event|reception|dinner|banquet|luncheon|breakfast|seminar|symposium|workshop|"
    r"webinar|lecture|congress|convention|plenary|plenum))|(?:the |a |an )?"
    # "told the state-run Anadolu Agency": how the outlet is run, before its name
    r"(?:(?:state|government|Kremlin|pro-government|privately)[ -](?:run|owned|backed|funded|"
    r"controlled|affiliated) )?(?:[A-Z][\w.&'\u2019-]*"
    # "the Board of Governors", "the Conference on Disarmament": a body's name runs on past
    # its small words
    r"(?: (?:(?:of|on|for)(?: the)? )?[A-Z][\w.&'\u2019-]*)*" + _CHANNEL_NUMBER +
    # "told Russia's NTV television channel", "told CNN's sister network": the medium's kind
    # after its name
    r"(?: (?:[a-z]+ ){0,2}(?:television|radio|channel|station|network|broadcaster|newspaper|"
    r"paper|magazine|agency|website|daily|weekly|outlet|tv|media|"
    # "told China Media Group's Washington bureau", "told the BBC's Russian service": a desk of
    # the medium, whose reporters heard the words
    r"bureau|desk|service|programme|program|show|podcast|edition)(?= |[.,;:]|$))?))\b"
    # a programme named in quotes, after its network or alone: 'told NBC's "Meet the Press"'
    rf"(?:\s+{_QUOTED_TITLE})?|{_QUOTED_TITLE})"
)
# (and a second participle joined to the first: "has been arrested and accused of")
PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:\w+ly|also|not|widely)\s+)*"
    # "were criticized and accused": two participles; "are open and said": an adjective in
    # "-en" (no participle), then the subject's own verb
    r"(?:(?!(?:open|even|often|keen|green|golden|wooden|sudden|seven|eleven)\s)"
    r"[a-z]+(?:ed|en)\s+(?:and|or)\s+)?$"
)
RELATIVE_SUBJECT = re.compile(
    r"\s*(?:[A-Z][a-z]+,\s+)?(?P<np>[^,;:\"\u201c\u2013\u2014]{2,80}?)(?:,|\s[\u2013\u2014-])\s+"
    r"(?:who|which|whose)\b[^;]*"
    r"(?:,[\"\u201d\u2019']?|\s[\u2013\u2014-])\s*$"
)
# posts held "to" a state or body: "Ambassador to the United Nations", "Special Adviser to
# the President", "envoy to Washington"
_POSTS_TO = ("ambassador", "envoy", "representative", "adviser", "advisor", "emissary", "delegate")
# "to" after one of them, before a capitalised place or body, goes on with the post
_POST_GOES_ON_TO = "".join(f"(?<!{w})(?<!{w.title()})" for w in _POSTS_TO)
# where the speaker phrase after an inverted cue ends: "said MEA spokesperson Arindam
# Bagchi at a media briefing here on Thursday", "said X to reporters"; not inside "said U.S.
# Ambassador to the United Nations Linda Thomas-Greenfield"; a time told without a
# preposition ends it as well ("said press secretary Karine Jean-Pierre Tuesday", "said X
# early Wednesday", "said X overnight", "said X June 13": a month only before its day, "May"
# being a name too)
# a participle of the occasion, with its object, that runs on after a speaker's name with no
# comma ("said Foreign minister X summoned by the Senate committee", "said X speaking to
# reporters"): where the occasion, not the name, goes on
# (clauses._OCCASION_AFTER_VERB lists most of these participles again, with others)
OCCASION_PARTICIPLE = (
    r"(?:speaking|talking|addressing|briefing|answering|responding|replying|testifying|"
    r"appearing|summoned|quoted|cited|interviewed|invited)"
    r"(?=\s+(?:by|to|at|in|on|before|from|with|the|a|an)\b)"
)
# ("said a person close to the talks", "said one aide involved in the planning", "said a
# person briefed on the call": the words a source is described by run on past "to", "in",
# "on", which elsewhere begin where or when)
_SOURCE_GOES_ON = r"(?<!\bclose)(?<!\binvolved)(?<!\bbriefed)"
INVERTED_NP_END = re.compile(
    rf"[,;]|{_SOURCE_GOES_ON}\s+(?:at|in|on|during|after|before|while|when|from|via|here|there|late|earlier|"
    r"later|yesterday|today|this|last|as|who|early|overnight|tonight|"
    # "said Lavrov amid ...", "said X following talks with Y", "said X alongside Y", "said X
    # over the weekend": the circumstances, and the one met, after the speaker
    r"amid|alongside|beside|following|ahead of|upon|despite|over|against|according|"
    # "said Foreign minister X summoned by the Senate committee", "said X speaking to
    # reporters": a participle of the occasion run on after the name with no comma
    rf"{OCCASION_PARTICIPLE}|"
    # ("said X the day before yesterday", "said X two days ago", "said X hours earlier")
    r"the\s+day\s+before|(?:\w+\s+)?(?:minutes|hours|days?|weeks?)\s+(?:ago|earlier|later)|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2})\b"
    rf"|{_SOURCE_GOES_ON}\s+to\b(?!\s+(?:the\s+)?[A-Z])|{_POST_GOES_ON_TO}{_SOURCE_GOES_ON}\s+to\b|\.?\s*$"
)
# verbs whose hearer may come before what was said: "promised U.S. allies that ..."
TOLD_LIKE = frozenset(("tell", "promise", "warn", "remind", "caution", "assure", "inform"))
_NO_CLAUSE_WORD = r"(?!(?:he|she|it|they|we|i|you|had|has|have|was|were|is|are|would|will|could)\b)"
# a word of the hearer and occasion after "told"; a weekday or a day of the month may keep
# the comma of the date told after it ("told Reuters on Tuesday, June 13 that", "on March 3,
# 2022 that")
_TOLD_WORD = (
    r"(?:[^\s,;:\"\u201c\u201d]+|"
    # "told his German, French(,) and Italian counterparts that": a list of single words
    # before its "and" keeps its commas
    r"[A-Za-z][\w'\u2019-]*(?:,\s+[A-Za-z][\w'\u2019-]*)+,?(?=\s+(?:and|or)\s)|"
    rf"{_WEEKDAY},(?=\s+(?:{_MON}\s+\d|\d{{1,2}}\s+{_MON}))|\d{{1,2}},(?=\s+\d{{4}}\b))\s+"
)
TOLD_THAT = re.compile(
    r"\s+(?:(?:" + _NO_CLAUSE_WORD + _TOLD_WORD + r"){1,12}?"
    # "told Sudan's Sovereignty Council chief Abdel Fattah al-Burhan in a phone call in
    # December that": a long hearer and occasion, but no second verb joined ("promised a
    # veto and attempted to make the case to ... that")
    r"|(?:"
    + _NO_CLAUSE_WORD
    + r"(?!(?:and|but|or)\b)[^\s,;:\"\u201c\u201d]+\s+){13,16}?)"
    + _THAT_OPENS,
    re.I,
)
# "told Komura, a former foreign minister, that ...": the one told, an aside about them, "that"
TOLD_ASIDE_THAT = re.compile(
    r"\s+(?:[^\s,;:\"\u201c\u201d]+\s+){0,5}?[^\s,;:\"\u201c\u201d]+,\s+"
    r"[^,;:\"\u201c\u201d]{2,80}?,\s+that\b\s*"
)
RELATIVE_TAIL = re.compile(r"\b(?:which|that|what)\s+(?:\S+\s+){0,3}$")
# "X, who on Wednesday in Montevideo(, interviewed by the news agency Telam,) said ...": the
# day or the place of the words set between a relative pronoun and its verb (a name after
# "on", "in" or "at"), and the aside of how they were given (its closing comma often left
# out); one reading for the speaker (subject_phrase) and for the day (occasion)
WHO_DAY_OR_PLACE = (
    r"(?:\s+(?:on|in|at)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}){1,2}"
)
WHO_GIVEN_ASIDE = (
    r"\s*,\s*(?:interviewed|speaking|talking|writing|quoted)\s+(?:by|to|with|in|on)\s"
    r"[^,;:\"\u201c\u201d]{1,80}?,?"
)


# "X made the remarks at ...", "Yoon made the remark during a lunch": a sentence placing
# words told before it at an occasion ("expressed these views while addressing ...", "passed
# these remarks": Pakistani and Indian copy's)
MADE_THE_REMARKS = (
    r"(?:made|expressed|passed)\s+(?:the|these|those|that|this|his|her|its|their)\s+"
    r"(?:remarks?|comments?|statements?|views?|observations?)\b"
)


# "dismissed a statement issued on Friday by ...": a day after a participle of issuing names
# when the thing was issued, not when the words about it were said
ISSUED_ON = re.compile(
    r"\b(?:issued|released|published|adopted|signed|delivered|posted|put out)\s+"
    r"(?:on\s+|last\s+|earlier\s+)?$"
)
# "condemned the attack carried out on Sunday", "welcomed the agreement reached late Monday":
# a thing done, its day given by the participle after its noun (not "the leaders gathered on
# Friday", the ones the words were told to, nor "the parties concerned")
THING_DONE_ON = re.compile(
    r"\b(?:the|a|an|this|that|these|those|its|their|his|her)\s+(?:[\w'\u2019-]+\s+){0,5}?"
    r"(?!(?:involved|concerned|interested|affected|gathered|assembled|convened|united|based|"
    r"stationed|deployed|attended)\b)"
    r"(?:[a-z]{3,}ed|made|held|signed|struck|taken|given|sent|begun|brought|drawn|shot|hit|"
    r"laid|won)\s+(?:(?:out|up|off|down)\s+)?(?:(?:late|early)\s+)?(?:on\s+|last\s+)?$"
)
# "said in a statement issued on Friday": the speaker's own statement, whose day is the words'
# (in the perfect too: "had written in an op-ed published on June 3")
IN_OWN_MEDIUM = re.compile(r"(?:ha(?:s|ve|d)\s+)?[\w-]+\s+(?:in|at|during|through|via|with|on)\b")

# "in a statement", "in a post on X": the medium an act was done in (a regex fragment)
ACT_MEDIUM = (
    r"in\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|post|interview|"
    r"tweet|video|message|letter)"
)


# "said it was over, adding ...": a word only a clause has (a finite auxiliary, "not",
# "that", a subject pronoun); a phrase without one is a thing acted on or the ones told
CLAUSE_WORD = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|"
    r"do|not|that|he|she|it|they|we|i|you|there)\b",
    re.I,
)


# a clause opening after a comma whose own subject is what the sentence is about: "..., where
# Secretary-General X remains alarmed", the briefer's "Turning to X, I can tell you that Y ..."
CLAUSE_OF_ITS_OWN = (
    r"(?:where|(?:I|we) (?:can|want to|would like to) (?:tell you|confirm|report|say) that)\s"
)


# a frame opening a sentence that turns to the reader ("It bears to remind that", "It should
# be recalled that", "It is worth noting that", "Recall that"): its impersonal "it" stands for
# no one, and the "that" after it opens what the story itself tells (translated wire copy's
# reminder of background), no clause hung on another's deed. The frame with the space after
# it, up to the "that"
READER_FRAME = re.compile(
    r"\s*(?:it\s+(?:bears|is\s+worth|should\s+be|must\s+be|will\s+be|may\s+be|is\s+to\s+be)"
    r"\s+(?:to\s+)?(?:remind(?:ed|ing)?|recall(?:ed|ing)?|not(?:ed|ing)|mention(?:ed|ing)?)"
    r"|it\s+is\s+noteworthy|(?:let\s+(?:us|me)\s+)?recall)\s+",
    re.I,
)
# a verb telling words in the clause after such a frame, up to where its subject stands:
# "It should be recalled that Tokayev warned ...", "... that X made a statement on ...": the
# clause tells of words (coref: "he" next is X; occasion: its day is the words' occasion),
# not of a deed ("... that X paid a state visit to China", background)
FRAME_TELLS_WORDS = (
    r"(?:said|says|told|tells|wrote|claimed|comment(?:ed|s)|spoke|speaks|stated|stressed|"
    r"noted|remarked|emphasi[sz]ed|underlined|underscored|declared|announced|addressed|"
    r"urged|called|warned|voiced|expressed|reiterated|pointed\s+out|"
    r"(?:made|delivered)\s+(?:a|an|his|her|the)\s+(?:statement|speech|address|remarks))"
)


# (the words told after a verb, a topic alone, "told a rally on the issue.": "on the issue",
# "about the matter", "regarding this question"; pipeline.py leaves such a statement out once
# the sentence is read, so a quotation it introduces still goes to its speaker)
# ("describes the new approach this way.", "put it like this.": the words after the verb only
# point at words still to come, in the next sentence or turn; a lead-in with no content)
POINTER = r"(?:this\s+way|like\s+this|as\s+follows)"
POINTER_ONLY = re.compile(rf"(?:[\w'\u2019.-]+\s+){{0,5}}{POINTER}\s*[.]?")
TOPIC_NOUN_ONLY = re.compile(
    r"(?:on|about|regarding|concerning|over)\s+(?:the|this|that|these|those|his|her|its|"
    r"their)\s+(?:[a-z][\w-]*\s+)?(?:issue|issues|matter|matters|subject|topic|topics|"
    r"question|questions|situation|case)\s*[.,;]?"
)
# "reiterated the government's stance on the matter.", "explained Seoul's position on the
# issue.": a stand named by its holder, not stated; its content is not in the words, a mention
# (ANNOTATION.md) (with "that" after the noun, "position that ...", it is stated)
STANCE_NAMED_ONLY = re.compile(
    # (the holder may take two words, "the Chinese side's", "the Foreign Ministry's")
    r"(?:(?:the|its|his|her|their|our)\s+)?(?:(?:[A-Z][\w-]*\s+)?[\w-]+['\u2019]s?\s+)?"
    r"(?:[a-z]+\s+)?(?:stance|stances|position|positions|views?|standpoint)"
    # what it is on: the matter just told, or a name ("on Taiwan", "on the South China Sea");
    # a verb after it ("its position on the deal remained unchanged") makes a clause
    r"(?:\s+(?:on|regarding|about|over|towards?)\s+(?:(?:the|this|that)\s+(?:[a-z][\w-]*\s+)?"
    r"(?:issue|matter|subject|topic|question|situation|case)|(?:the\s+)?[A-Z][\w'\u2019-]*"
    r"(?:\s+[A-Z][\w'\u2019-]*){0,3}"
    # (a name that only qualifies the topic noun after it, "the South China Sea issue", "the
    # Korean Peninsula nuclear question": still a topic named, no more)
    r"(?:\s+(?:[a-z][\w-]*\s+)?(?:issue|issues|question|matter|situation|dispute|disputes))?))?"
    r"\s*[.]?"
)
# "said what issues should be discussed during the call.": the question of what is to be done,
# asked as an indirect question after the verb ("what"/"which" and a noun, then a modal and
# its verb), a mention of a topic with no content (ANNOTATION.md); not a clause that goes on
# to say something of it ("said what steps should be taken was up to Kyiv": "was" after)
WH_QUESTION_ONLY = re.compile(
    r"(?:what|which)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+"
    r"(?:should|must|would|could|will|can|might|need\s+to|needed\s+to|ought\s+to)\s+"
    rf"(?![^.;:\"\u201c\u201d]*\b(?:{FINITE_VERBS})\b)"
    r"[^.;:\"\u201c\u201d]{1,200}[.]?"
)
