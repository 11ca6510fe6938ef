"""The article's registry of names: who a surname, a partial name or a lone title refers to.

Reporters name a speaker in full once ("Russian Deputy Foreign Minister Sergey Ryabkov") and
then write "Ryabkov", "Bilawal" or "the senior Russian diplomat". A first pass over the
article collects everyone named with a title or a full name, where each is named again, and
which of those mentions are a sentence's subject; a later name joins the full one it is part
of. Pronouns and descriptions are resolved against this registry by
:mod:`tracker.extract.descriptions`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

from tracker.countries import NAMED_IN_TEXT, PLACE_WORDS, STATE_NAMES
from tracker.extract.clause_words import CLAUSE_OF_ITS_OWN, FRAME_TELLS_WORDS, READER_FRAME
from tracker.extract.descriptions import (
    ISSUER_KINDS,
    POST_QUALIFIERS,
    body_name_cased,
    body_spokesperson,
    described_post,
    description_referent,
    pronoun_referent,
)
from tracker.extract.entities import (
    ARTICLE,
    COUNTERPART,
    ONE_OF_A_PAIR,
    Entity,
    bare_surname,
    compatible,
    insert_position,
    surname,
    surname_as_written,
    words_within,
)
from tracker.extract.lexicon import (
    AIDE_POSTS,
    CAPITALS,
    CONNECTORS,
    DEFINITE,
    DOCUMENTS,
    GIVEN_NAMES,
    HEADLINE_VERBS,
    HONORIFICS,
    IRREGULAR_PAST,
    NATIONALITIES,
    OPENERS,
    POST_WORDS,
    QUOTED_NICKNAME,
    ROLE_WORDS,
    STATE_NOUNS,
)
from tracker.extract.meta import find_dateline
from tracker.extract.spans import Spans
from tracker.extract.speaker_phrase import (
    SpeakerPhrase,
    country_of,
    institution_for,
    lower_token,
    title_object_length,
)
from tracker.extract.speakers import (
    aide_of,
    body_joined_before,
    fields_joined_after,
    listed_body,
    listed_post_holder,
    parse_speaker,
    principal_of,
)
from tracker.extract.subject_phrase import is_media
from tracker.extract.transcript_labels import BARE_Q, keyed_names
from tracker.extract.when import MONTH_NAMES
from tracker.names import fold, name_key

# "Korea-U.S." whole: its "U" is no name's last word
# ("Éric", "Łukasz", "Şimşek": a capital with an accent opens a name too; Latin Extended-A
# mixes its capitals with the small letters)
_CAP = (
    # ("H.E Moussa X": His Excellency's style with its second stop left out, one word as
    # "H.E." is, not an initial then a name opening on "E")
    r"(?:H\.E(?=[ ]+[A-Z])|(?:[A-Z]\.)+|[JS]r\.|[A-Z][\w'\u2019-]*(?:\.[A-Z])+\.?|"
    r"[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f][\w'\u2019]*(?:-[\w'\u2019]+)*"
    r"|(?:al|el|ad|ar|as|ash|at|az|an)-[A-Z][\w'\u2019-]*)"  # "Riyad al-Malki"
)
# (a word's hyphen joins words: "TEHRAN- Iranian ..." is a dateline's dash, no part of a name)
# a headline's capitalised joining words ("FM Sybiha And Kallas Coordinate ...") and verbs
# ("Gaza Ceasefire at Hand, Says Erdogan") are no part of a name
_TITLE_CASE_LINK = (
    r"(?!(?:And|With|As|After|Over|In|On|At|By|From|Amid|Against|"
    + "|".join(sorted(w.title() for w in HEADLINE_VERBS))
    # (joined by a hyphen it is a given name's first syllable: "Lee In-young", "Yoo On-ha")
    + r")\b(?!-[a-z]))"
)
# a sentence's opening word before a name: "For Mr. Obama, ...", "Beyond Trump's ...",
# "When Donald J. Trump ...", "Inside Trump's weekend decision ..." (a linked story's
# headline; inside a title-case headline run they join nothing), a letter's or a post's
# greeting: "Dear Zelenskyy, ..." (no title)
_OPENING_WORD = (
    r"(?!(?:For|Beyond|Despite|Unlike|Like|Besides|Without|Say|When|While|Whether|Given|"
    r"Inside|Outside|Behind|Within|Across|Through|Throughout|Following|Ahead|Dear|"
    r"Maybe|Once|If|Though|Although|Because|Unless|See|To|Of|About|Regarding|Among|During|"
    r"Since|Until|Toward|Towards|Would|Could|Should|Does|Did|Shall)\b"
    # an interviewer's question: "Will Lula meet Zelenskyy?", "Can Ankara broker a deal?"
    # (not "Will Hurd said ...", a given name: only in a sentence that ends asking)
    r"|(?:Will|Can|Is|Are|Was|Were|Has|Have|Do)\s+(?=[A-Z])[^.!?\n]{1,120}\?)"
)
_RUN = re.compile(
    rf"\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s)?{_OPENING_WORD}{_TITLE_CASE_LINK}{_CAP}"
    # lowercase particles inside a name: "Lula da Silva", and two of them: "Ursula von der
    # Leyen", "Rafael van der Vaart", "Luis de la Fuente"
    rf"(?:[ ]+(?:(?:of|for)[ ]+the[ ]+|(?:of|for|the)[ ]+|"
    # "the Chinese Embassy in the Philippines", "Mission to the UN": where the body sits is
    # part of its name
    rf"(?:(?<=Embassy )|(?<=Consulate )|(?<=Mission ))(?:in|to)[ ]+(?:the[ ]+)?|"
    rf"(?:de|da|do|dos|das|del|der|den|di|du|van|von|bin|bint|ibn|al|ter)[ ]+"
    rf"(?:(?:der|den|de|la|le|ter)[ ]+)?|"
    # 'Joko "Jokowi" Widodo': a quoted nickname between a person's given and family names
    rf"{QUOTED_NICKNAME}[ ]+)?"
    rf"{_TITLE_CASE_LINK}{_CAP})*"
    # "Joseph R. Biden, Jr.": a name's suffix set off by a comma
    r"(?:,[ ]+(?:Jr|Sr)\.)?"
)
# a state described after capitalised words, not named: "of the South American country"
_STATE_DESCRIBED_AFTER = re.compile(rf"\s+(?:{STATE_NOUNS})\b")
_LIST_REACH = 120  # characters: how far back a body's name may list its fields
_OF_BEFORE = re.compile(r"\b(?:of|for|at|to)\s(?:the\s)?$")
_WORDS_BY = re.compile(
    r"\b(?:words|statement|statements|remarks|comments|assessment|interview|article|op-ed|"
    r"message|letter|post)\s+(?:of|by|from)\s+(?=[^,;:]*$)",
    re.I,
)
# "Minister of Foreign Affairs, ": a post's first field, the next ones listed after a comma
_PORTFOLIO_LISTED = re.compile(
    r"\b(?:Minister|Ministry|Secretary|Department)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*,\s+$"
)
# ("Secretary of State, Daniel Roe, in New York": a name after the post, no field)
_LIST_GOES_ON = re.compile(r",?\s+and\s+[A-Z]")
# "The summit was hosted by", "The plan was first made public by", "The deal was announced
# on Monday evening by": a thing the sentence opens with (no clause of saying before it), its
# verb in the passive, a short phrase of time or place, then its agent (and the honorific
# the agent's name follows: "His comments were echoed by Mr ")
_PASSIVE_AGENT = re.compile(
    r"\W*(?:The|This|That|These|Those|Its|His|Her|Their)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:was|were|has been|had been|have been)\s+(?:[a-z]+\s+){0,2}?(?:[a-z]+(?:ed|en)|made|"
    r"held|led|set|put|met|brought|sent|won|struck|told|shown|seen|read|run)(?:\s+public)?"
    r"(?:\s+(?:on|in|at|late|early|earlier|later|last|this)(?:\s+(?!(?:by|to|of)\b)[\w'\u2019-]+){1,4})?"
    r"\s+by\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$"
)
# "He pays tribute to ...": a sentence whose subject, a pronoun, comes first
_PRONOUN_OPENS = re.compile(r"\W*(?:He|She|They)\s+(?:also\s+|further\s+)?[a-z]+\b")
# ", and H.E. Dr. ": the last of a list opens after its comma
_LIST_AND = re.compile(r"\s*(?:and|or)\s")
# a name, then a comma, a stop or a preposition: no verb whose subject it is
_NAME_THEN_NO_VERB = re.compile(
    r"(?:[A-Z][\w.'\u2019-]*\s+){0,5}[A-Z][\w.'\u2019-]*\s*(?:[,.;:)]|(?:for|to|of|in|at|on|with|"
    r"from|and|as)\b)"
)
# "differs from what", "is at odds with what": the words someone said, the sentence's topic
_WHAT_SAID = re.compile(r"\bwhat\s+(?=[^,;:]*$)")
# a name, then a verb of saying or speaking: the clause after a reader's frame tells of words
_NAME_THEN_SPOKE = re.compile(
    r"(?:[A-Z][\w.'\u2019-]*\s+){1,4}(?:(?:also|had|has|have|once|later|then|publicly)\s+){0,2}"
    rf"{FRAME_TELLS_WORDS}\b"
)
# the name, then its verb of saying: "Trump told", "President Biden has said"
_NAME_THEN_SAID = re.compile(
    r"(?:[A-Z][\w.'\u2019-]*\s+){1,4}(?:had\s+|has\s+)?(?:told|said|says|tells|wrote|claimed)\b"
)
_PRESS_ASKED = re.compile(
    # ("Reporters asked X ...": the trade opening the sentence, capitalised; "Fox News host
    # Sean Hannity asked X ...", "Reuters reporter Jane Roe asked X": the asker's name after
    # the trade)
    r"^\W*(?:(?:[Aa]n?|[Tt]he|[Oo]ne)\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:[Cc]orrespondents?|"
    r"[Rr]eporters?|[Jj]ournalists?|[Ii]nterviewers?|[Hh]osts?|[Aa]nchors?|[Pp]resenters?|"
    r"[Mm]oderators?)\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}(?:also\s+|then\s+)?"
    r"(?:asked|questioned|pressed)\s+"
)
_CREDIT_AFTER = re.compile(r"/[ ]?[A-Z]")
_HYPHENED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")
# the posts held for someone else, named by whom they serve
_POST_FOR_ANOTHER = rf"(?:{AIDE_POSTS}|lawyer|attorney|counsel)"
# "Yuri Ushakov, Putin's foreign policy aide, said", "President X's spokesman, Y, said": a
# name owning someone's post is whom the post serves, never the sentence's subject
_SERVED_BY_POST = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr)\.\s)?(?:[A-Z][\w.-]*\s+){0,3}?[A-Z][\w-]*['\u2019]s\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_POST_FOR_ANOTHER}\b"
)
# "X, Netanyahu's coalition partner, said": a name owning the appositive set off after a
# name; the name before it is the subject (a name, not a phrase: "Earlier, Y's office said");
# so too closing the sentence ("..., citing Kim Yo-jong, leader Kim Jong-un's sister.")
_POSSESSIVE_APPOSITIVE = re.compile(
    r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w-]*['\u2019]s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*"
    r"(?:,|[.!](?=\s|$))"
)
_NAME_ENDS = re.compile(r"\b[A-Z][\w'\u2019-]*[a-z]\s*$")
# "X, a spokesman for President Y, said": the same, the post named first
_POST_SERVING = re.compile(rf"\b{_POST_FOR_ANOTHER}\s+(?:for|to|of)\s+(?:the\s+)?$", re.I)
_KIN_OF = re.compile(
    r"\b(?:sister|brother|wife|husband|son|daughter|father|mother|widow|widower|cousin|uncle|"
    r"aunt|nephew|niece|grandson|granddaughter)\s+of\b"
)
# a byline: a short line that opens with "By" (a site's field: "Text:", "Текст:") and holds
# no sentence
_BYLINE_OPENING = r"(?:By|BY|Written by|(?:Text|Author|Текст|Автор|Авторы):)"
_BYLINE_LINE = re.compile(
    rf"[ \t]*{_BYLINE_OPENING}[ \t]+(?:[^\n.!?\"\u201c\u201d]|(?<=\b[A-Z])\.)*$"
)
# what stands before an author's name on it: "By ", or "By Jane Roe and "; before the
# family name a middle initial also stands after the given name ("By JANE Q. ROE": the
# surname read alone, after the initial, is the author's too)
_BYLINE_AUTHOR = re.compile(
    rf"[ \t]*{_BYLINE_OPENING}[ \t]+(?:[^\n,]*?[ \t](?:and|&|и)[ \t]+)?"
    r"(?:[A-Z][\w'\u2019-]*[ \t]+(?=[A-Z]\.))?(?:[A-Z]\.[ \t]*)*"
)
_BYLINE_LENGTH = 90  # characters: a line longer than this is prose
# "Jane Roe" alone on a line under the title and the page's date: the reporter's name, the
# "By" left out, as some sites print it; the London papers add where each reporter files from
# or the desk ("Jane Roe in Brussels and John Doe in Kyiv", "Jane Roe Europe correspondent")
_BARE_AUTHOR = (
    r"[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,3}"
    r"(?:[ \t]+in[ \t]+[A-Z][\w.-]+(?:[ \t]+[A-Z][\w.-]+)?)?"
)
_BARE_BYLINE = re.compile(
    rf"[ \t]*(?!{_BYLINE_OPENING}[ \t]){_BARE_AUTHOR}"
    rf"(?:(?:,[ \t]*|[ \t]+and[ \t]+){_BARE_AUTHOR}){{0,2}}"
    r"(?:[ \t]+(?:[A-Z][\w-]*[ \t]+){0,3}(?:correspondent|editor|reporter))?[ \t]*$"
)
# a paragraph of prose: six words or more, ending as a sentence ends (the page's head is
# titles, menus and dates, none of which does)
# (five words, the rest of the line after them: "{5,}" tried every count of words against
# every end on a long line that ends with no stop, quadratic in it)
_PROSE_LINE = re.compile(r"^[ \t]*(?:\S+[ \t]+){5}[^\n]*[.!?\"\u201d][ \t]*$", re.M)
# a photographer's credit under a picture: "Photograph: Jane Roe/Agency", "Photo by Jane Roe",
# "(Jane Roe/PA)": the one who took it, never a person of the story
_CREDIT_BEFORE = re.compile(
    r"\b(?:Photograph|Photo|Picture|Image|Pictures|Photos)(?:\s+by)?\s*:?\s*$"
)
_CREDIT_TAIL = re.compile(
    r"/\s?[A-Z][\w.&'\u2019-]*(?:[ /][A-Z][\w.&'\u2019-]*){0,4}\s*(?:[)\]]|\n|$)"
)
# (not a regnal number, "Charles III", "Leo XIV": a run of I, V and X is the name's own)
_ACRONYM_AFTER = re.compile(r"\s+(?!(?:[IVX]{2,4}|Jr|Sr)\b)[A-Z]{2,4}$")
# "President of the Republic of Niger and Chairman of the Authority": a post's body, then a
# second post joined by "and" (its title's first word, maybe after "current" or "acting")
_AND_SECOND_POST = re.compile(
    r"\s+and\s+(?P<post>(?:(?:[Cc]urrent|[Aa]cting|[Ii]ncoming|[Oo]utgoing)\s+)?"
    r"(?P<title>[A-Z][\w-]*)\b[^\n]*)$"
)


# the same after the name as the text gives it: ", President of the Republic of Zimbabwe and
# Chairperson of SADC" (the first post's body up to "and", the second post to its end)
_JOINED_SECOND_POST = re.compile(
    r",\s+(?:[A-Z][\w-]*\s+){1,3}(?:of|for)\s+[^,;:\n\"\u201c]{2,80}?\s+and\s+"
    r"(?P<post>(?:(?:Current|Acting|Incoming|Outgoing)\s+)?(?P<title>[A-Z][\w-]*)"
    r"(?:\s+[A-Z][\w-]*)?\s+(?:of|for)\s+(?:the\s+)?[A-Z][^,;:.\n\"\u201c]{1,60})"
)
# (a post's first word, not a field's: "Peace and Security", "Justice and Defence" join two)
_SECOND_TITLES = POST_WORDS | {
    "chairperson",
    "prime",
    "governor",
    "leader",
    "secretary-general",
    "director-general",
    "vice-president",
}


# How many of the people sharing a word of a name are weighed when a mention is matched: far
# more than any article names under one word, and a bound on the cost of a page of thousands
# of names sharing one ("Ann Lee1", "Ann Lee2", ...), which would otherwise grow with the
# square of its length. Where more share the word, an answer that needs "only one fits"
# is not given (see _crowded): the bound cuts the cost, never turns several into one.
_WORD_REACH = 32
_TYPO_REACH = 512  # the latest people named, weighed for a name with one letter dropped
# A description ("the minister", "the spokesman") means one of the people named lately: on a
# page with more entities than this it is looked for only among the people named last before
# it, this many (see Registry.named_lately). No real article comes near (the most in the real
# corpus, PolNeAR and real31 is under 100), so their readings are those of a scan of all; a
# page of thousands of speakers would otherwise cost descriptions times people.
_DESCRIBED_REACH = 200
_TITLE_REACH = 60  # characters of titles a mention may hold before the name


def _latest(bucket: dict[Entity, None] | None) -> list[Entity]:
    """The latest ``_WORD_REACH`` entities of an index's bucket, latest last."""
    if not bucket:
        return []
    if len(bucket) <= _WORD_REACH:
        return list(bucket)
    return list(itertools.islice(reversed(bucket), _WORD_REACH))[::-1]


def _crowded(bucket: dict[Entity, None] | None) -> bool:
    """Whether more people share the bucket's word than ``_latest`` weighs: one fit among
    those weighed is then no proof that only one fits, and no "the one" is answered."""
    return bucket is not None and len(bucket) > _WORD_REACH


def _second_post(institution: str | None) -> tuple[str, str] | None:
    """The body of a person's first post and a second post run on after it with "and"
    ("Federal Republic of Nigeria and Chairman of the Authority"); None when the words after
    "and" open with no title (a body's own "and": "Ministry of Foreign Affairs and Trade")."""
    m = _AND_SECOND_POST.search(institution or "")
    if m is None or lower_token(m["title"]) not in _SECOND_TITLES or m.start() == 0:
        return None
    return (institution or "")[: m.start()], m["post"]


# "X, who is also Russia's G20 sherpa, said": a second post, given in a relative clause
_WHO_IS_ALSO = re.compile(
    r",\s+who\s+is\s+(?:also\s+)?((?:the|[A-Z]\w+['\u2019]s)(?:\s[\w-]+){1,4}),"
)
# (not after "of" or "for": "Deputy spokesman of the Islamic Emirate, X," names his body, and
# the title before it is the appositive; a paragraph's first words open a sentence as a full
# stop does: a release's "The Chairperson of the Commission, H.E. X, ...")
_PRE_APPOSITIVE = re.compile(
    r"(?:^|\n[^\S\n]*|[.;:]\s+|[\u2014\u2013]\s*|\s-\s+|\b(?!(?:of|for)\s)[a-z]+\s+)"
    # ("The Director-General of the Organisation for the Prohibition of Chemical Weapons
    # (OPCW), Ambassador X": a body's whole name, its initials after it in brackets; or
    # inside it, before the body's last word: "The Chairperson of the African Union (AU)
    # Commission, X": the initials of the union, the post at its commission)
    r"((?:[Tt]he|[A-Z]\w+['\u2019]s)\s(?:[^,.;()]{2,60}|"
    r"[^,.;()]{2,100}\s\([A-Z]{2,8}\)(?:\s[^,.;()]{2,40})?)),\s$"
)
_APPOSITIVE = re.compile(
    # ("South Korea's president", "Sri Lanka's foreign minister": a state named in two words)
    r",\s+((?:the|a|an|(?:[A-Z]\w+\s){0,2}[A-Z]\w+['\u2019]s|"
    # "Shu Jueting, spokesperson for the ministry": a bare title, as Chinese copy writes it;
    # "By Farhan Haq, Deputy Spokesman for the Secretary-General": or a page's byline
    r"(?i:(?:deputy\s+|vice\s+|chief\s+)?(?:spokesperson|spokesman|spokeswoman|director|"
    r"director-general|ambassador|envoy|chairman|chairwoman))(?=\s+(?:for|of|at|to)\s)|"
    # "H.E. X, Prime Minister and Minister of Foreign Affairs of Qatar, ...": a release's
    # post in capitals, held at a body or in a state
    # ("Antony Blinken, US Secretary of State", "X, Iranian Minister of Foreign Affairs": a
    # state's initials or adjective before it)
    r"(?:(?:US|U\.S\.|UK|EU|UN|U\.N\.|[A-Z][a-z]+(?:an|ese|ish|i|ic))\s+)?"
    r"(?:(?:Deputy|Vice|Prime|First|Foreign)\s+){0,2}(?:Minister|Secretary|President|Ambassador)"
    r"(?=[^,.;()\n]{0,50}?\s(?:of|for|at|to)\s))"
    # ("the U.S. secretary of state": an initial's dot goes on)
    r"\s(?:[^,.;()\n]|(?<=\b[A-Z])\.){2,80}?)(?:[,;]|(?<!\b[A-Z])\.|$)",
    re.M,
)
# "Secretary-General of the Gulf Cooperation Council (GCC) ": a capitalised title naming a
# body, then the body's initials in brackets, before a name
_TITLE_THEN_INITIALS = re.compile(
    r"(?P<title>[A-Z][\w'\u2019-]*(?: (?:[A-Z][\w'\u2019-]*|of|the|for|on|to)){1,10}) "
    r"\([A-Z][A-Za-z&-]{1,9}\) $"
)
# "Foreign Ministry spokesperson Wang Wenbin": a title in lower case before the name
_LOWER_TITLE = re.compile(
    r"((?:[A-Z][\w'\u2019-]* )*(?:[a-z]+ ){0,2}(?:spokesperson|spokesman|spokeswoman|secretary|"
    r"minister|adviser|advisor|ambassador|envoy|chief|director|manager|aide|diplomat|"
    r"negotiator|president|chairman|leader|senator|governor) )$"
)
# "official spokeswoman of the Russian Foreign Ministry Maria Zakharova": a title in lower
# case, then the body it serves, whose capitalised name runs into the person's
# (or in capitals: "Russian Ambassador to Washington Alexander Darchiev", whose run of
# capitalised words the "to" breaks)
_LOWER_TITLE_OF = re.compile(
    r"(?<![\w-])((?:[A-Z][\w'\u2019-]* ){0,3}(?:[a-z]+ ){0,2}(?i:spokesperson|spokesman|"
    r"spokeswoman|representative|secretary|minister|adviser|advisor|ambassador|envoy|chief|"
    r"director|head|aide|chairman|chairwoman|chairperson|leader) (?:of|for|at|to) (?:the )?)$"
)
# "presidents Vladimir Putin and Joe Biden", "Foreign Ministers Wang Yi and Penny Wong": a
# post in the plural before two names joined by "and" is the post of each (the second name
# too, with the first between)
_PLURAL_TITLE = re.compile(
    r"(?<![\w-])((?:(?i:foreign|prime|defen[cs]e|deputy|vice)\s+)?"
    r"(?i:president|minister|leader|chancellor|premier|ambassador|envoy))s\s+"
    r"(?:(?:[A-Z][\w'\u2019.-]*\s+){1,4}(?:and|&)\s+)?$"
)
# "Adviser to the Prime Minister on Foreign Affairs Sartaj Aziz", "Special Assistant on
# Information X": a post's field after "on", whose capitalised words run into the name
_TITLE_ON_FIELD = re.compile(
    r"(?<![\w-])((?:[A-Z][\w'\u2019-]* ){0,3}(?i:adviser|advisor|assistant|envoy|aide|"
    r"representative|coordinator|commissioner)"
    r"(?: (?:to|of) (?:the )?(?:[A-Z][\w.'\u2019-]* ){0,2}[A-Z][\w.'\u2019-]*)? on )$"
)
# characters: how far into its sentence a mention may stand and still be its subject (a
# leading phrase before it, "Speaking to reporters after ..., ", is never longer)
_SUBJECT_REACH = 400
# a dateline and the wire credited in brackets, written in lower case by some ("(dpa)")
_DATELINE_CREDIT = re.compile(
    r"\W*[A-Z][A-Z .,'\u2019-]{1,40}\s*\([\w .,/-]{1,30}\)\s*[-\u2013\u2014]+\s*"
)
# "Der Spiegel reports:", "The Times wrote:": an outlet's frame before the text it relays
_RELAY_FRAME = re.compile(
    r"\W*(?:[Tt]he\s+)?(?:[A-Z][\w'\u2019.-]*\s+){1,4}(?:reports|reported|writes|wrote)\s*:\s*"
)
# where a title before a name cannot reach back past: punctuation, a sentence's end (not
# the dot of "Dr.")
_CLAUSE_BREAK = re.compile(r"[,;:()\n]|(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)\.\s")
# a day run into the name it follows
_TRAILING_DAY = re.compile(r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")
# a caption's credit label run into the name it follows: "spokesperson Wang Jun Photo: VCG"
_TRAILING_CREDIT = re.compile(r"\s+(?:Photo|Photograph|Picture|Image|Photos|File)$")
_COLON_AFTER = re.compile(r"[ ]?:")
# "Florida Sen.", "Ohio Gov.", "Army Gen.": a place or service and an abbreviated title, which
# the run of capitals stops at before the name it belongs to
_ABBREVIATED_TITLE = re.compile(r"(?:^|\s)(?:Sen|Gov|Rep|Gen|Lt|Col|Adm|Sgt|Capt)$")
_NAME_AFTER_ABBREVIATION = re.compile(r"\.[ ]+(?=[A-Z])")
_CAPITAL_BEFORE = re.compile(r"\b(?:[A-Z][\w.'\u2019-]*|and)\s+$")
_AND_BEFORE = re.compile(r"\band\s+$")
_POST = re.compile(r"\b(?:Minister|Secretary|Commissioner|Representative|Council+or)\b")
_PATRONYMIC = frozenset(("bin", "bint", "ibn"))
_TITLE_LINKS = frozenset(("of", "at", "for", "and", "the", "to", "on"))
# ("envoy to the EU Kirill Logvinov": the body after "the" too)
_AFTER_PREPOSITION = re.compile(r"\b(?:of|to|for|at|in)\s+(?:the\s+)?$")
_OBJECT_BEFORE = re.compile(r"\b(?:to|with|from|by|for|and|met|received|thanked|told|called)\s")
# a name and nothing after it but the sentence's end: no subject, which a verb would follow
_ENDS_SENTENCE = re.compile(r"(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019-]*[ \t]*(?:[.!?\n]|$)")
# words that may stand capitalised right before a surname without being a first name
_COURTESY = frozenset(
    ("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "prof", "sir", "former", "then")
    + ("said", "says", "added", "asked", "told", "wrote", "noted", "explained", "according")
)
_WORD_BEFORE = re.compile(r"\b([A-Z][\w'\u2019-]*)[ ]+$")
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
# a capitalised word next: the word before opens some other name
_NAME_GOES_ON = re.compile(r"[ ]+[A-Z]")
_RULER_STYLE = re.compile(r"\b(Sheikh|Sheikha|Shaikh|Prince|Princess|Emir|Amir|Sultan)\s+$")
_HONORIFIC_BEFORE = re.compile(r"\b(?:Sheikh|Sheikha|Shaikh|Prince|Princess|Emir|Amir)\s+$")
_NAME_WORD = re.compile(r"(?<![\w'\u2019-])[A-Za-z][\w'\u2019-]*")
# what stands before "He" when it is a name: "Mr. He", "Vice Premier He", "Liu He"
_NAME_BEFORE_HE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr)\.|\b[A-Z][a-z]+)[ ]+$")
# A body named without its state: "the Foreign Ministry", "the government"
_STATELESS_BODY = re.compile(
    r"(?:the\s+)?(?:(?:foreign|defen[cs]e|interior|home|finance|justice|trade)\s+)?"
    r"(?:ministry|office|government|embassy|presidency|cabinet|parliament)$",
    re.I,
)
# a title's body given only by its kind ("ministry spokesperson Koo"): which one is read back
_BARE_BODIES = frozenset(("ministry", "department", "office"))
# "the unification ministry", "Ministry of Foreign Affairs": a body of a kind, by its field
_FIELD_BODY = re.compile(
    r"(?<![\w'\u2019])(?P<field>[A-Za-z]+(?:\s+[Aa]ffairs)?)\s+"
    r"(?P<head>[Mm]inistry|[Dd]epartment|[Oo]ffice)\b"
    r"|\b(?P<head2>Ministry|Department|Office)\s+of\s+(?:the\s+)?"
    r"(?P<of>[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,2})"
)
_NO_FIELD = frozenset((
    "the", "a", "an", "this", "that", "its", "their", "his", "her", "same", "relevant",
    "respective", "other", "two", "three", "both", "whole", "entire", "new", "former", "local",
    "regional", "national", "country", "government", "said", "says", "told", "and", "or", "of",
    "in", "at", "to", "for", "by", "with", "from", "on",
))  # fmt: skip
_BODY_REACH = 1500  # characters: how far back the body a bare title names may stand
# "In Moscow, ", "In New Delhi, ": a capital set off before the subject, whose state's
# bodies the sentence's "the foreign ministry" are
# a sentence opening on a name, then its verb or an aside ("Oman condemned", "Egypt, for its
# part, urged", "The United States also warned")
_STATE_LEADS = re.compile(
    r"\s*(?:The\s+)?(?P<state>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})(?=,|\s+[a-z])"
)
_ITS = re.compile(r"[Ii]ts\s")
_IN_A_CAPITAL = re.compile(r"\s*In\s+(?P<city>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?),\s*")
_A_DOCUMENT = re.compile(
    # ("a ministry statement", "a government note", wire copy's "a foreign ministry
    # statement": the kind of issuer, in lower case)
    r"[Aa]n?\s+(?:(?:brief|short|separate|written|later|subsequent|new|earlier|previous|"
    r"second|further|official)\s+)?(?:(?:(?:foreign|defen[cs]e)\s+ministry|ministry|government|"
    r"embassy|presidential|palace|party|military|army|police|"
    + ISSUER_KINDS
    + r")\s+)?(?:"
    + "|".join(sorted(DOCUMENTS))
    + r")",
)
_TITLE_OR_COUNTERPART = ROLE_WORDS | {"counterpart", "counterparts"}
_TITLE_LOWER = ROLE_WORDS | DEFINITE | CONNECTORS | OPENERS | {"a", "an", "new", "then"}
# the body a title is held at, in lower case: "spokesperson for the ministry"
_TITLE_LOWER |= {
    "ministry", "office", "department", "embassy", "mission", "council", "commission",
    "committee", "bureau", "administration", "government", "cabinet",
}  # fmt: skip


# ", after", ", when", ", because": a clause of time or cause put after the sentence's own
# opens, then its subject's titles ("..., after US President "); not ", while" or ", as",
# which set two speakers side by side, the one named last going on

_TRAILING_CONJUNCTION = re.compile(
    r"\s*(?:just |shortly |days |hours |a day |a week )?(?:after|when|because|since|before|"
    r"following)(?:\s+(?:[A-Z][\w.'\u2019-]*|the)){0,5}\s*"
)
# a name, "and", then up to four title words before the second name
_JOINED = re.compile(
    r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s+(?:and|&)\s+(?:[\w.'\u2019-]+\s+){0,4}"
)


# "met her counterpart", "X, in his address,": a possessive that can only be the subject's
# (a counterpart is the subject's; an aside set off after the name is about the subject),
# not "thanked her for" nor "praised his courage", which may be anyone's named before
_OWN_POSSESSIVE = re.compile(
    r"\b(his|her)\s+(?:[\w-]+\s+){0,3}?counterparts?\b"
    r"|^,\s+(?:in|on|during|at|after|before|ahead\s+of)\s+(his|her)\b"
)
_OWN_POSSESSIVE_REACH = 160  # characters after the subject's name
_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")
# a sentence or paragraph opening on a possessive pronoun (not a style: "His Highness")
_POSSESSIVE_OPENING = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?\"\u201d]\s\s))(Her|His)\s+"
    r"(?!(?:Majesty|Highness|Excellency|Royal|Holiness|Eminence|Grace|Honou?r)\b)",
    re.M,
)
# (a state's adjective of two words too: "his Saudi Arabian counterpart", "South African")
_COUNTERPART_BEFORE = re.compile(
    r"\b(?:(?!(?:His|Her|Their|Its|The|And|With) )[A-Z][\w-]+ )?[A-Z][\w-]+ "
    r"(?:counterparts?|colleagues?),? $"
)
# "his Russian and Ukrainian counterparts, X and Y": the states in the order of the names,
# X the first one's, Y the second's (each word of state goes with the name in its place)
_PAIRED_COUNTERPARTS = (
    r"\b(?P<first>[A-Z][\w-]+) and (?P<second>[A-Z][\w-]+) (?:counterparts|colleagues),? "
)
_FIRST_OF_PAIR = re.compile(_PAIRED_COUNTERPARTS + r"$")
_SECOND_OF_PAIR = re.compile(
    _PAIRED_COUNTERPARTS + r"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3},? and $"
)
_PAIR_REACH = 90  # characters: the pair's states and the first name, before the second


def _counterpart_before(text: str, start: int) -> str | None:
    """ "his Greek counterpart " before a name: the words that place the one named as
    someone's counterpart of a state; of a pair ("his Russian and Ukrainian counterparts, X
    and Y"), the state in the name's own place."""
    pair = _FIRST_OF_PAIR.search(text, max(0, start - 60), start)
    if pair is not None:
        return f"{pair['first']} counterpart "
    pair = _SECOND_OF_PAIR.search(text, max(0, start - _PAIR_REACH), start)
    if pair is not None:
        return f"{pair['second']} counterpart "
    single = _COUNTERPART_BEFORE.search(text, max(0, start - 40), start)
    return single.group() if single else None


# "spoke with former President X": the post is one held before, though written in lower case
# "the " before a name (its first words perhaps before the one read), no title between: the
# name of a lecture, a prize or a body follows
_THE_BEFORE = re.compile(r"\bthe\s+(?:[A-Z][\w'\u2019-]*\s+){0,2}$")
# ... its noun after it, possessive or not ("the X's lecture", "the X Memorial Lecture")
_EPONYM_AFTER = re.compile(
    r"(?:['\u2019]s)?\s+(?i:lecture|memorial|prize|award|medal|foundation|fellowship|"
    r"scholarship|centre|center|institute|library|oration)s?\b"
)


def _eponym(text: str, start: int, end: int) -> bool:
    """Whether the name from ``start`` to ``end`` titles a lecture, a prize or a body ("gave
    the Dag Hammarskjöld's lecture", "the Nelson Mandela Foundation"): no one present to
    take up a "he" or "she"."""
    before = _THE_BEFORE.search(text, max(0, start - 40), start)
    if before is None or _EPONYM_AFTER.match(text, end) is None:
        return False
    return not any(lower_token(w) in ROLE_WORDS for w in before.group().split()[1:])


_FORMER_BEFORE = re.compile(r"\b(?:former|ex-)\s*$")


# "held a meeting with the Prime Minister of Vietnam, Pham Minh Chinh": the object's post of
# a place, closed by the comma before the name
_OBJECT_POST_OF = re.compile(
    r"\b(?:with|met|meet|meeting|received|receiving|called on|calling on|visited|thanked)\s+"
    r"the\s+(?:[A-Za-z-]+\s+){0,3}?(?P<post>[A-Za-z-]+)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}\s*$"
)


# a day written with its weekday and month cut short ("Sat Mar 15, 2025", "Tue, Jun 4"), as a
# page stamps its time (The Daily Star, Bangladesh): capitalised words, no one's name
_STAMPED_DAY = re.compile(
    r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?[ \t]+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d"
)
# a site's breadcrumb line ("Home > Humanitarian Aid", "Home / News / Politics"), or a date
# line ending in the story's section ("13 March 2025 Humanitarian Aid", "4 May 2024 Peace
# and Security")
_CRUMBS = re.compile(
    r"^[ \t]*(?:Home[ \t]*[>/\u00bb\u203a|][^\n]*|"
    rf"\d{{1,2}} (?:{MONTH_NAMES}) \d{{4}}[ \t]+[A-Z][a-z]+"
    r"(?:[ \t]+(?:and[ \t]+)?[A-Z][a-z]+){0,3}[ \t]*$)",
    re.M,
)


# "(United States)", "(Russian Federation)" right after a name: the delegation
_DELEGATION = re.compile(r" \((?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\)")


def _ends_fuller(name: str, fuller: str) -> bool:
    """ "Von der Leyen" (a headline's, its particle capitalised) and "Ursula von der Leyen":
    whether ``fuller`` is the same surname with the given name before it."""
    words, more = name.lower().split(), fuller.lower().split()
    return len(more) > len(words) and more[-len(words) :] == words


def _object_post_of_a_place(lead: str) -> bool:
    m = _OBJECT_POST_OF.search(lead)
    return m is not None and m["post"].lower() in ROLE_WORDS


def _without_demonym_of_next_noun(text: str, run: str, end: int) -> str:
    """ "Jaishankar tells Wang Yi Chinese action was ...", "Albanese tells Xi Jinping
    Australia and China can ...": a headline's nationality or place word after a name
    modifies the words after it, when the text names the person without it elsewhere
    ("Bill English said" keeps the surname the story never drops)."""
    short, _, last = run.rpartition(" ")
    place = last.lower() in NATIONALITIES or last.lower() in PLACE_WORDS
    if not short or not place or not _LOWER_NEXT.match(text, end):
        return run
    alone = re.compile(rf"\b{re.escape(short)}\b(?!\s+{re.escape(last)}\b)")
    return short if alone.search(text, end) else run


_LOWER_NEXT = re.compile(r"\s*[a-z]")


def _same_post(one: str, other: str) -> bool:
    """Whether two titles name one post, the one ending the other ("Foreign Minister" of
    "State Councilor and Foreign Minister", "Crown Prince" of "Abu Dhabi Crown Prince")."""
    a, b = fold(one).strip(), fold(other).strip()
    return bool(a and b) and (a == b or a.endswith(" " + b) or b.endswith(" " + a))


def _holds_post(e: Entity, role: str | None) -> bool:
    """Whether ``e`` was named under the post ``role`` names (its role or one of its
    titles)."""
    return bool(role) and any(_same_post(r, role or "") for r in [e.role or "", *e.titles] if r)


def _one_letter_dropped(short: str, full: str) -> bool:
    """``short`` is ``full`` with one inner letter left out ("zamry", "zambry")."""
    if len(full) != len(short) + 1 or short[0] != full[0] or short[-1] != full[-1]:
        return False
    return any(full[:i] + full[i + 1 :] == short for i in range(1, len(full) - 1))


def _only_titles(phrase: str) -> bool:
    """A phrase made only of titles, names and determiners: an appositive, not a clause."""
    return all(_title_word(w) for w in re.findall(r"[\w.'\u2019&-]+", phrase))


# words that open a clause or a phrase of place or time: no part of a post's modifiers
_NOT_MODIFIERS = frozenset(
    ("who", "whom", "whose", "which", "that", "what", "when", "where", "while", "because")
    + ("after", "before", "since", "as", "with", "by", "from", "in", "at", "on")
    + ("said", "says", "told", "added")
)
_MODIFIERS_BEFORE_POST = 2  # "India's external affairs minister", "the state's top trade envoy"
_POST_COMPLEMENT = frozenset(("of", "for", "to", "at"))


# a name that goes straight on into its verb ("..., Samil Ayrim highlighted that", "...,
# Anna Berg said", "..., X told reporters"): the subject of the clause, not a name set off by
# a pair of commas (the verb in "-ed", "-s", or one of the common irregular pasts)
_VERB_AFTER_NAME = re.compile(
    r"[^\S\n]+(?:also\s+|then\s+|further\s+)?"
    rf"(?:[a-z]+(?:ed|s)|{'|'.join(sorted(IRREGULAR_PAST))})\b"
)


def _clause_ends_before_name(text: str, before: re.Match[str], name_end: int) -> bool:
    """Whether the comma before a name closes a fronted clause rather than setting off the
    name's post: "Emphasizing that the pledge had been kept by the head of state, X noted
    ...", "After talks with the minister, X told reporters ...". The post there is the object
    of a word inside the clause (it opens after a word, not at the sentence's start), and the
    name runs straight into its own verb; a post set off before a name mid-sentence takes a
    comma after the name as well ("met the head of the group, X, in Baku") or ends the
    sentence with it."""
    opening = before.group(0)[:1]
    if not opening.islower():
        return False  # "The Chairperson of the Commission, X, said": the sentence's subject
    return _VERB_AFTER_NAME.match(text, name_end) is not None


def _post_after_name(phrase: str) -> bool:
    """An appositive that is a post: titles only, or a post's head word (a role: "minister",
    "secretary-general", "head") after a few modifiers in lower case ("India's external
    affairs minister", "the alliance's secretary-general", "Vietnam's health minister"),
    then nothing or the body or place it is held at ("the head of Myanmar's military
    government"). A clause ("the foreign minister confirmed the deal") has words after its
    head that no post takes."""
    if _only_titles(phrase):
        return True
    words = re.findall(r"[\w.'\u2019&-]+", phrase)
    low = [w.lower().replace("\u2019", "'").removesuffix("'s") for w in words]
    if any(w in _NOT_MODIFIERS for w in low):
        return False
    heads = [
        i
        for i, w in enumerate(low)
        if w in ROLE_WORDS and (i == len(low) - 1 or low[i + 1] in _POST_COMPLEMENT)
    ]
    if not heads:
        return False
    before = words[: heads[0]]
    if _POST_COMPLEMENT.intersection(low[: heads[0]]):
        return False  # "the husband of the minister": the post is another's
    return sum(not _title_word(w) for w in before) <= _MODIFIERS_BEFORE_POST


def _title_word(word: str) -> bool:
    """A word that may stand before a subject's name: a title, a determiner, an opener."""
    low = word.lower().replace("\u2019", "'").removesuffix("'s")
    return word[:1].isupper() or low in _TITLE_LOWER or low in NATIONALITIES


# a line in title case: every word of four letters or more capitalised, and a joining word
# capitalised inside it ("... The Difference Between X And Y"), which prose never does
_TITLE_CASE_LINE = re.compile(r"(?:[^a-z\s]\S*|[a-z]{1,3})(?:[^\S\n]+(?:[^a-z\s]\S*|[a-z]{1,3}))*")
# "Kasich Declines to Reject ...", "Trump Doubles Down on Steel": a headline's verb (and its
# particle), then a small word in lower case
_VERB_THEN_JOIN = re.compile(
    r"\s[A-Z][a-z]{2,}s\s+(?:[A-Z][a-z]+\s+)?(?:to|a|an|the|of|on|in|for|at|as|over)\s+[A-Z]"
)
_CAPITAL_JOIN = re.compile(
    r"\s(?:The|And|Of|To|In|For|On|At|With|Between|Amid|After|Over|From|By|As|Is|Be|Will)\s"
)


def _title_case(line: str) -> bool:
    """A headline in title case: capitals throughout, and a capitalised joining word or a
    headline's verb ("Cruz Refuses to Disavow ...") telling it from a run of names."""
    line = line.strip()
    if not _TITLE_CASE_LINE.fullmatch(line):
        return False
    verb = any(w.lower() in HEADLINE_VERBS for w in line.split()[1:] if w[:1].isupper())
    return bool(_CAPITAL_JOIN.search(line) or _VERB_THEN_JOIN.search(line)) or verb


# where a headline may stand (past a page's menus), and how much prose confirms a name: the
# body names its people early; bounded so that no input costs more than a fixed scan
_HEADLINE_REACH = 3000
_PROSE_REACH = 20000


# a name declared for a person named in full: "Joko Widodo (Jokowi)", "Mohamed Hamdan Dagalo,
# widely known as Hemedti" (not "A or B": two people as often as one)
_NICKNAME = re.compile(
    # (a name of at most six words of at most 41 letters: a run of thousands of capitalised
    # words, or one endless word, is tried from each start in a bounded number of ways)
    r"([A-Z][\w'\u2019-]{1,40}(?: [A-Z][\w'\u2019-]{1,40}){1,5})"
    r"(?: \(|,? (?:popularly |widely |better |commonly |also )?known as )"
    r"([A-Z][a-z][\w'\u2019-]+)\b(?!\s+[A-Z])"
)
# 'Joko "Jokowi" Widodo': a nickname quoted inside the full name
_NICKNAME_INSIDE = re.compile(
    rf"([A-Z][\w'\u2019-]{{1,40}})[ ]+({QUOTED_NICKNAME})[ ]+([A-Z][\w'\u2019-]*[a-z])\b"
)
# the Arabic article opening a family name as written: "Al-Maliki", "al-Safadi", "El-Sisi"
_ARTICLE_WRITTEN = re.compile(r"^(?i:al|el|ad|ar|as|ash|at|az|an)-(?=[A-Z])")
# a Russian patronymic: "Viktorovich", "Vasilyevich", "Vladimirovna", "Ilyich"
_PATRONYMIC_ENDING = re.compile(r"(?:ovich|evich|ovna|evna|ich|ichna)$")


def _without_articles(words: list[str]) -> list[str]:
    """Name words without the Arabic article, joined ("al-khaled") or apart ("al nasser")."""
    return [ARTICLE.sub("", w) for w in words if w not in ("al", "el")]


def _spelling(words: list[str]) -> str:
    """The key two romanisations of one name share ("Ayman"/"Aiman", "Sergey"/"Sergei",
    "Ahmad"/"Ahmed", "Hayel"/"Hail"): each word's first letter and its consonants, as the
    Arabic script writes it without short vowels."""
    key = name_key(" ".join(words))
    return " ".join(w[:1] + re.sub(r"[aeiou]", "", w[1:]) for w in key.split())


def _in_order(part: list[str], whole: list[str]) -> bool:
    """``part`` opens ``whole`` and its other words follow in ``whole``'s order."""
    if not part or not whole or part[0] != whole[0]:
        return False
    at = 0
    for word in part[1:]:
        try:
            at = whole.index(word, at + 1)
        except ValueError:
            return False
    return True


def _prose(text: str) -> str:
    """The text's first lines that are not in title case, to see how it writes names."""
    head = text[:_PROSE_REACH]
    return "\n".join(line for line in head.splitlines() if not _title_case(line))


def _in_word(char: str) -> bool:
    """Whether ``char`` (one character, or none at the text's edge) continues a word."""
    return bool(char) and (char.isalnum() or char in "_'\u2019-")


def _named_as_in_the_body(text: str, prose: str, start: int, run: str) -> tuple[int, str]:
    """In a title-case line ("Flint Water Response Captures The Difference Between Bernie
    Sanders And ..."), capitals do not tell a name from the words around it: the run is cut
    to its longest stretch of two or more words the `prose` writes as a person's name
    ("Bernie Sanders"); a run that reads as no one's name, or whose name the prose writes,
    or found nowhere else, is left whole."""
    words = run.split()
    if len(words) < 3:
        return start, run
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if not _title_case(text[line_start : len(text) if line_end < 0 else line_end]):
        return start, run

    def written(part: str) -> bool:
        # a plain scan, not a pattern compiled for each name (that cost a tenth of the time)
        at = prose.find(part)
        while part and at >= 0:
            end = at + len(part)
            if not (_in_word(prose[at - 1 : at]) or _in_word(prose[end : end + 1])):
                return True
            at = prose.find(part, at + 1)
        return False

    whole = parse_speaker(run)
    if whole is None or whole.kind != "person" or written(whole.name or ""):
        return start, run
    for size in range(len(words) - 1, 1, -1):
        for i in range(len(words) - size + 1):
            part = " ".join(words[i : i + size])
            if part[:1].islower() or not written(part):
                # (a stretch opening on a particle, "von der Leyen", "de la Fuente", is the
                # family name of the given names before it, which the prose writes alone)
                continue
            mention = parse_speaker(part)
            if mention is not None and mention.kind == "person" and mention.name == part:
                return start + len(" ".join(words[:i])) + (1 if i else 0), part
    # "Minister Retno Presents 2019 Results", "PM Abiy Warns Parties": a title and a name
    # the prose writes alone (a given name, a single name), then a headline's verb the prose
    # never writes so: the run ends at the name
    for k in range(1, len(words)):
        if written(words[k]):
            continue
        if k < 2:
            break
        part = " ".join(words[:k])
        mention = parse_speaker(part)
        if (
            mention is not None
            and mention.kind == "person"
            and mention.role
            and mention.name
            and all(written(w) for w in mention.name.split())
        ):
            return start, part
        break
    # "... as Trump Doubles Down on Steel Levies": a name the prose writes alone, then a
    # headline's verb it never writes after it; the run is that one word
    if written(words[0]) and not written(" ".join(words[:2])):
        alone = parse_speaker(words[0])
        if alone is not None and alone.kind == "person" and alone.name == words[0]:
            return start, words[0]
    return start, run


def _short_line(text: str, pos: int) -> str | None:
    """The line ``pos`` stands in, or None when it is longer than a heading or a menu can
    be (prose: reading it whole for each name in it would cost the square of its length)."""
    start = text.rfind("\n", max(0, pos - _SHORT_LINE), pos) + 1
    end = text.find("\n", pos, pos + _SHORT_LINE)
    if (start == 0 and pos > _SHORT_LINE) or (end < 0 and len(text) - pos > _SHORT_LINE):
        return None
    return text[start : len(text) if end < 0 else end]


_SHORT_LINE = 400  # characters either side of a name


def _in_shouted_line(text: str, pos: int) -> bool:
    """Whether ``pos`` stands in a line written all in capitals (a heading, a header)."""
    line = _short_line(text, pos)
    return line is not None and line.isupper() and len(line.split()) > 1


def _in_menu_line(text: str, pos: int) -> bool:
    """Whether ``pos`` stands in a line of a site's menu or breadcrumb: links set apart by
    "|" or ">" ("Home > Press Releases > Press Conferences")."""
    line = _short_line(text, pos)
    return line is not None and bool(_MENU_SEPARATOR.search(line))


_MENU_SEPARATOR = re.compile(r"\s[|>]\s")


def _title_glued(name: str, mention: SpeakerPhrase) -> bool:
    """Whether ``name`` is the mention's name with the last words of its title before it."""
    own = mention.name or ""
    if not own or not mention.role or name == own or not name.endswith(" " + own):
        return False
    return mention.role.endswith(name[: -len(own)].strip())


def _titled(mention: SpeakerPhrase) -> bool:
    """A person named with a post ("SECRETARY-GENERAL BAN KI-MOON"), not a heading's words
    that read as a name ("U.N. MIDDLE", "TERRORISM STILL A POTENT THREAT")."""
    return any(lower_token(w) in ROLE_WORDS for w in (mention.role or "").split())


# a body's name and the initials the story will call it by: "the Joint Chiefs of Staff (JCS)"
_NAME_THEN_INITIALS = re.compile(
    # (words of at most 41 letters: a start inside an endless word scanned to its end)
    r"((?:[A-Z][\w'\u2019-]{0,40}\s+(?:(?:of|for|the|and|on)\s+)*){1,8})\(([A-Z]{2,7})\)"
)
_LOWER_NAME_THEN_INITIALS = re.compile(r"\b((?:[a-z][a-z'\u2019-]*\s+){2,6})\(([A-Z]{2,7})\)")
_LINKS = frozenset(("of", "for", "the", "and", "on"))
# a body's initials as a name: "EU", "AU", "PSC"
_INITIALS_NAME = re.compile(r"[A-Z]{2,6}")
# initials news copy uses of one body of states whatever else the story names: "the UN
# spokesman" is never the "Ukrainian Navy"'s, "the AU spokesperson" no "Amhara Union"'s
_WELL_KNOWN_INITIALS = frozenset(
    ("UN", "AU", "EU", "NATO", "ASEAN", "OSCE", "OAS", "WHO", "WTO", "IMF", "IAEA", "ICC", "ICJ")
    + ("UNSC", "GCC", "SCO", "OPEC", "OIC", "SAARC", "ECOWAS", "UNGA", "UNHCR", "UNICEF")
)
_SPELT_REACH = 1500  # characters: how far before the initials the body spelt by them is named
# the kinds of body states form: "European Union", "Peace and Security Council"
_BODY_OF_STATES = re.compile(
    r"\b(?:Union|Nations|Council|Commission|Community|Organi[sz]ation|Assembly|Alliance|"
    r"League)$"
)


def spells_initials(initials: str, words: list[str]) -> bool:
    """Whether ``initials`` spell the capitals of ``words`` ("EU" for "European Union", "UN"
    for "U.N.", "MOFA" for "Ministry of Foreign Affairs", its "of" too)."""
    capitals = "".join(
        w.replace(".", "")[:2] if "." in w else w[0] for w in words if w.lower() not in _LINKS
    )
    every = "".join(w[0].upper() for w in words)
    return initials in (capitals, every)


def acronyms_defined(text: str) -> dict[str, str]:
    """Initials the text defines after a body's name, when they spell that name's capitals
    ("Korean Central News Agency (KCNA)"), mapped to the name."""
    found: dict[str, str] = {}
    for m in _NAME_THEN_INITIALS.finditer(text):
        words = m.group(1).split()
        initials = m.group(2)
        for start in range(len(words)):
            if words[start].lower() in _LINKS:
                continue
            tail = words[start:]
            if spells_initials(initials, tail):
                found.setdefault(initials, " ".join(tail))
                break
    for m in _LOWER_NAME_THEN_INITIALS.finditer(text):
        # "the ministry of external affairs (MEA)": Indian wire copy's body in lower case
        words = [w.capitalize() for w in m.group(1).split()]
        for start in range(len(words)):
            tail = words[start:]
            if tail[0].lower() not in _LINKS and spells_initials(m.group(2), tail):
                found.setdefault(m.group(2), body_name_cased(" ".join(tail).lower()))
                break
    return found


def _first_inside(starts: list[int], start: int, end: int) -> int | None:
    """The first of the sorted ``starts`` past ``start`` and before ``end``."""
    k = bisect.bisect_right(starts, start)
    return starts[k] if k < len(starts) and starts[k] < end else None


def _titles_in(words: str) -> bool:
    """Whether ``words`` hold a title or a nationality, a name's own words before it."""
    return any(
        (w := lower_token(word)) in ROLE_WORDS or w in NATIONALITIES or w in HONORIFICS
        for word in words.split()
    )


def _pronoun_he(text: str, m: re.Match[str]) -> bool:
    """ "He said ...": the pronoun, which shares its spelling with the Chinese name He (as
    in "He Lifeng" or "Liu He") and names no one; the name goes on or follows a name."""
    if m.group() != "He" or _NAME_GOES_ON.match(text, m.end()):
        return False
    return not _NAME_BEFORE_HE.search(text, max(0, m.start() - 24), m.start())


def _paragraphs_between(text: str, start: int, end: int) -> int:
    """How many whole paragraphs stand between the one holding ``start`` and the one
    holding ``end`` (bounded: a long gap counts as two)."""
    if end - start > 20_000:
        return 2
    return max(0, sum(1 for line in text[start:end].split("\n") if line.strip()) - 2)


def _named_at(e: Entity, pos: int, reach: int) -> bool:
    """Whether ``e`` is named at ``pos`` or within ``reach`` characters after it."""
    i = bisect.bisect_left(e.positions, pos)
    return i < len(e.positions) and e.positions[i] <= pos + reach


def _last_position_before(e: Entity, pos: int) -> int:
    """Where ``e`` was last named before ``pos`` (its positions are kept sorted), or -1."""
    i = bisect.bisect_left(e.positions, pos)
    return e.positions[i - 1] if i else -1


_WHERE_CLAUSE = re.compile(rf"\s*{CLAUSE_OF_ITS_OWN}")
_ACCORDING_TO = re.compile(r"\s*according\s+to\s+", re.I)
# "It bears to remind that President X commented ...": the sentence is about the subject
# of its "that" clause
_IMPERSONAL_FRAME = re.compile(READER_FRAME.pattern + r"that\s", re.I)


# words before a name that make it no sentence's subject: a preposition, a verb, a joined name
_NOT_SUBJECT_BEFORE = re.compile(
    r"\b(?:by|with|and|to|from|of|for|at|as|was|were|is|are|has|have|had|met|attended|"
    r"received|welcomed|hosted|told|said)\b"
)


class Registry:
    """Entities of one article, and the rules to resolve a mention to one of them."""

    def __init__(
        self,
        text: str,
        country: str | None,
        sentence_starts: list[int] | None = None,
        name_starts: list[int] | None = None,
    ) -> None:
        """``name_starts``: where the attributions read found a person's name to begin,
        sorted; a run of capitalised words that holds one past its first word goes on the
        words before it ("At a rally in Ohio Biden said": no "Ohio Biden")."""
        self.text = text
        named_from = name_starts or []
        self._speaker_starts = named_from
        # (name, position) -> whether that mention gives the name in full, read as a speaker's
        self._spoken_in_full: dict[tuple[str, int], bool] = {}
        self.country = country
        # the state of the capital the story is datelined in ("ISLAMABAD:"), if any: where
        # the reporter is, so the likely state of a post the story gives no state
        self.home: str | None = None
        self.entities: list[Entity] = []
        self.hidden: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._sentence_starts = sorted(sentence_starts or [0])
        self._leading: dict[int, bool] = {}  # whether the mention at a position leads (_leads)
        self.subjects: set[int] = set()
        self.subject_list: list[int] = []
        self._people_at: list[int] | None = None  # where people are named, once all are
        # the post a paragraph opens on before it names a person, by the person and where
        # first named (see descriptions.introducing_post)
        self.introduced_by: dict[tuple[int, int], str | None] = {}
        self.owner: dict[int, Entity] = {}
        self._owned: list[int] = []  # the keys of ``owner``, sorted (for named_lately)
        # entities by each word of their names, and by the spelling of their first names:
        # ordered sets (a dict's keys), the latest named last
        self._by_word: dict[str, dict[Entity, None]] = {}
        self._by_first: dict[str, dict[Entity, None]] = {}
        self._keys_of: dict[Entity, set[tuple[str, str]]] = {}  # where each is indexed
        self.nicknames: dict[str, Entity] = {}  # "jokowi": Joko Widodo
        self.acronyms = acronyms_defined(text)  # "JCS": "Joint Chiefs of Staff"
        self.speakers_ahead: list[tuple[int, SpeakerPhrase]] = []
        # speakers_ahead, as last sorted by place (for _speakers_near), and their places
        self._ahead_sorted: tuple[object, list[tuple[int, SpeakerPhrase]], list[int]] = (
            None,
            [],
            [],
        )
        # ("the prime minister" -> where and whom it was last read as: a bare post goes on
        # meaning the one the story first gave it to, see descriptions.description_referent)
        self.bare_posts: dict[str, tuple[int, Entity]] = {}
        prose = None
        placed_title: tuple[int, str] | None = None  # ("Florida Sen. ", where its name starts)
        crumbs = Spans([m.span() for m in _CRUMBS.finditer(text)])
        keyed = keyed_names(text)
        # the town the story is datelined in, spelt again in the story, is that place, no one
        dateline = find_dateline(text)
        dateline_town = fold(dateline.place) if dateline is not None and dateline.place else ""
        for m in _RUN.finditer(text):
            if m.start() in crumbs:
                continue  # "Home > Humanitarian Aid": a site's sections, no one's name
            if _STAMPED_DAY.match(text, m.start()):
                continue  # "Sat Mar 15, 2025 12:00 AM": a page's day, no one's name
            run = re.sub(r"['\u2019]s$", "", m.group().strip())
            at_line = m.start() == 0 or text[m.start() - 1] == "\n"
            # "Q Good afternoon.", "Q Mr. President, ...": a transcript's bare Q (the White
            # House's way) labels a reporter's turn; the word after it is no name of Q's
            bare_q = BARE_Q.match(run) if at_line else None
            if bare_q is not None:
                run = run[bare_q.end() :]
            title_ahead = placed_title
            placed_title = None
            gap = _NAME_AFTER_ABBREVIATION.match(text, m.end())
            if gap and " " in run and _ABBREVIATED_TITLE.search(run):
                # "with Florida Sen. Marco Rubio": "Florida Sen" is no one's name but the
                # title of the name after it
                placed_title = (gap.end(), run + ". ")
                continue
            if " of the " in run and _STATE_DESCRIBED_AFTER.match(text, m.end()):
                continue  # "the foreign Ministry of the South American country": described
            run = _TRAILING_DAY.sub("", run)  # "Foreign Minister Wang Yi Wednesday held talks"
            run = _without_demonym_of_next_noun(text, run, m.end())
            if _COLON_AFTER.match(text, m.end()):
                run = _TRAILING_CREDIT.sub("", run)
            if len(run.split()) <= 3 and (
                _CREDIT_BEFORE.search(text, max(0, m.start() - 20), m.start())
                or _CREDIT_TAIL.match(text, m.end())
            ):
                continue  # "Photograph: Jane Roe/NurPhoto": who took the picture
            if _CREDIT_AFTER.match(text, m.end()) and len(run.split()) >= 4:
                # a caption's "Ambassador X Y Anton Novoderezhkin/TASS": the last two words
                # are the photographer's, whose credit runs into the name
                run = " ".join(run.split()[:-2])
            start = m.start() + (bare_q.end() if bare_q is not None else 0)
            if start < _HEADLINE_REACH:
                prose = _prose(text) if prose is None else prose
                start, run = _named_as_in_the_body(text, prose, start, run)
            inside = _first_inside(named_from, start, start + len(run))
            if inside is not None and not _titles_in(text[start:inside]):
                run, start = run[inside - start :], inside
            words = run.split()
            elided = text[max(0, start - 2) : start].replace("\u2019", "'")
            if elided == "d'" and len(words) > 1 and f"d'{words[0].lower()}" in ROLE_WORDS:
                # "Chargé d'Affaires X": the run opens inside the title, its second word
                start += len(words[0]) + 1
                words = words[1:]
                run = " ".join(words)
            if start in keyed and len(words) > 2:
                # "FC Fadéla Chaib" in a speaker key: the initials label her turns
                start, words = keyed[start], words[1:]
                run = " ".join(words)
            # ("the words of Deputy Foreign Minister X": a title first, no body to cut)
            first = lower_token(words[0])
            titled_first = first in ROLE_WORDS or first in NATIONALITIES
            # ("the outcomes of External Affairs Minister X's visit", "remarks of Home Affairs
            # Minister X": a portfolio's "Affairs" then the post, no body before the name)
            titled_first = titled_first or (
                len(words) > 3
                and lower_token(words[1]) == "affairs"
                and lower_token(words[2]) in ROLE_WORDS
            )
            if _AFTER_PREPOSITION.search(text, max(0, start - 9), start) and not titled_first:
                # "the leader of Fatah Jamal Rantisi": the body first, then the name
                cut = title_object_length(words)
                if cut:
                    start = m.start() + len(" ".join(words[:cut])) + 1
                    run = " ".join(words[cut:])
            # "X of the Institute for Trade and Regional Studies": one body, its "and" inside
            run = fields_joined_after(text, m.end(), run)
            mention = parse_speaker(run)
            if mention is not None and mention.kind == "person" and _ACRONYM_AFTER.search(run):
                # "Winston Peters US trip: ...": a headline's acronym after the name
                run = _ACRONYM_AFTER.sub("", run)
                mention = parse_speaker(run)
            served = principal_of(run) if mention is not None and mention.kind != "person" else None
            if served is not None:
                # "SPOKESPERSON FOR SECRETARY-GENERAL BAN KI-MOON": the one served is named
                start, mention = start + served[1], served[2]
            window = max(0, m.start() - _LIST_REACH)
            listed = listed_body(text[window : m.start() + len(m.group().rstrip())])
            if listed is not None and window + listed[1] < m.start():
                # "the Foreign, Commonwealth and Development Office": the whole name, not
                # its last field
                mention, start = listed[0], window + listed[1]
            if mention is not None and mention.kind == "person":
                # "Commissioner for Environment, Oceans and Fisheries X": the whole post, not
                # "Fisheries" read as part of the name after its last field
                held = listed_post_holder(text[window:start], run)
                if held is not None:
                    mention, start = held[0], window + held[1]
            joined = body_joined_before(text, start, mention) if mention is not None else None
            if joined is not None:
                # "The Peace and Security Council of the African Union": the whole body, not
                # "Security Council ..." after its first field
                mention, start = joined
            if mention is None or mention.kind not in ("person", "institution"):
                continue
            if mention.kind == "person" and is_media(mention):
                continue  # "Yonhap: North Korea says ...": an outlet, never someone
            if (
                mention.kind == "person"
                and not mention.role
                and dateline_town
                and fold(mention.name or "") == dateline_town
            ):
                continue  # "BUENA PARK, Calif. - ... In Buena Park last Wednesday": the town
            if (
                mention.kind == "person"
                and not mention.role
                and _eponym(text, start, m.start() + len(m.group().rstrip()))
            ):
                # "gave the Dag Hammarskjöld's lecture", "the Nelson Mandela Foundation": a
                # name after "the" and before a noun is a lecture's, prize's or body's title,
                # no one present to take up a "he" or "she"
                continue
            if (
                mention.kind == "person"
                and not mention.role
                and _PORTFOLIO_LISTED.search(text, max(0, m.start() - 60), m.start())
                and _LIST_GOES_ON.match(text, m.start() + len(m.group().rstrip()))
            ):
                # "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates,
                # X": a field of the post's list (MAP's, APS's long titles), no one's name
                continue
            after = _APPOSITIVE.match(text, m.end())
            # an appositive is a title, not a clause: "X, the foreign minister confirmed ..."
            after = after if after and _post_after_name(after.group(1)) else None
            if mention.kind == "person" and not (
                mention.role or " " in (mention.name or "") or after
            ):
                # one word is a name only with its post ("Sugiono, Indonesia's foreign
                # minister": an Indonesian's one name)
                continue
            shouted = mention.kind == "person" and _in_shouted_line(text, m.start())
            if shouted and not _titled(mention):
                continue  # "U.N. MIDDLE" / "EAST ENVOY CONCERNED AT ...": a heading's words
            if mention.kind == "person" and _in_menu_line(text, m.start()):
                continue  # "Home | Meetings Coverage and Press Releases": a site's links
            before = _PRE_APPOSITIVE.search(text, max(0, m.start() - 120), m.start())
            if before is not None and _clause_ends_before_name(text, before, m.end()):
                before = None
            # ("The North's new nuclear envoy, Kim Myong-gil,": a post with plain words before
            # its head, kept as a title of his, by which "Minister Kim" is told from him)
            set_off_post = (
                before.group(1)
                if before
                and not _only_titles(before.group(1))
                and _post_after_name(before.group(1))
                else None
            )
            before = before if before and _only_titles(before.group(1)) else None
            if mention.kind == "person" and after:
                mention = parse_speaker(f"{run}, {after.group(1)}") or mention
            elif mention.kind == "person" and before and not mention.role:
                mention = parse_speaker(f"{before.group(1)}, {run}") or mention
                before = None
            plural = _PLURAL_TITLE.search(text, max(0, m.start() - 80), m.start())
            if mention.kind == "person" and plural and not mention.role:
                mention = replace(mention, role=plural.group(1).title())
            title = _LOWER_TITLE.search(text, max(0, m.start() - 60), m.start())
            if mention.kind == "person" and title and not mention.role:
                mention = parse_speaker(title.group(1) + run) or mention
            initialled = _TITLE_THEN_INITIALS.search(text, max(0, m.start() - 120), m.start())
            if mention.kind == "person" and initialled and not mention.role:
                # "Secretary-General of the Organization of Islamic Cooperation (OIC) X": the
                # body's initials stand between the title and the name it goes with
                fuller = parse_speaker(f"{initialled['title']} {run}")
                if fuller is not None and fuller.name == mention.name and fuller.role:
                    mention = fuller
            title_of = (
                _LOWER_TITLE_OF.search(text, max(0, m.start() - 60), m.start())
                if _OF_BEFORE.search(text, max(0, m.start() - 9), m.start())
                else None
            )
            if mention.kind == "person" and title_of:
                # the body's words before the name are no title of their own ("Foreign"),
                # and the place after "to" is the post's ("Ambassador to Washington")
                whole = _TRAILING_DAY.sub("", re.sub(r"['\u2019]s$", "", m.group().strip()))
                fuller = parse_speaker(title_of.group(1) + whole)
                if fuller is not None and fuller.kind == "person" and fuller.name == mention.name:
                    mention = fuller
            field_first = _TITLE_ON_FIELD.search(text, max(0, m.start() - 70), m.start())
            if mention.kind == "person" and field_first:
                # read with its post, the field is the post's and the name what follows it
                # (not "Foreign Affairs Sartaj Aziz", a person titled "Foreign Affairs")
                fuller = parse_speaker(field_first.group(1) + run)
                if (
                    fuller is not None
                    and fuller.kind == "person"
                    and run.endswith(fuller.name or "-")
                ):
                    mention = fuller
            if (
                mention.kind == "person"
                and mention.role
                and _FORMER_BEFORE.search(text, max(0, start - 10), start)
            ):
                mention = replace(mention, role=f"former {mention.role}")
            counterpart = _counterpart_before(text, m.start())
            if mention.kind == "person" and counterpart and not mention.country:
                # "his Greek counterpart Giorgos Gerapetritis": the state he serves
                placed = parse_speaker(counterpart + run)
                if placed is not None and placed.name == mention.name:
                    mention = placed
            if (
                mention.kind == "person"
                and not mention.role
                and title_ahead
                and title_ahead[0] == m.start()
            ):
                fuller = parse_speaker(title_ahead[1] + run)
                if fuller is not None and fuller.name == mention.name:
                    mention = fuller
            if mention.kind == "person" and (
                not mention.role or _AND_BEFORE.search(text, max(0, m.start() - 5), m.start())
            ):
                mention = self._title_before(m.start(), run, mention)
            delegation = _DELEGATION.match(text, m.end())
            state = NAMED_IN_TEXT.get(delegation["state"].lower()) if delegation else None
            if mention.kind == "person" and state and not mention.country:
                # "DOROTHY SHEA (United States) said": UN meetings coverage names the
                # delegation a speaker speaks for in brackets after the name
                mention = replace(
                    mention, country=state, institution=mention.institution or delegation["state"]
                )
            second = _second_post(mention.institution) if mention.kind == "person" else None
            if second is not None:
                mention = replace(mention, institution=second[0])
            entity = self.add(mention, start)
            if set_off_post is not None and mention.kind == "person" and not mention.role:
                posted = parse_speaker(f"{set_off_post}, {run}")
                post = posted.role if posted is not None and posted.name == mention.name else None
                if post and not entity.role and post not in entity.titles:
                    entity.titles.append(post)
            joined = _JOINED_SECOND_POST.match(text, m.end()) if mention.kind == "person" else None
            # (the first post's body may be read as no institution: "President of the Republic
            # of Zimbabwe and Chairperson of SADC"; the text after the name gives the post)
            if joined is not None and lower_token(joined["title"]) not in _SECOND_TITLES:
                joined = None
            also_post = second[1] if second else joined["post"] if joined else None
            if also_post is not None and also_post not in entity.titles:
                # "X, President of Niger and Chairman of the Authority": a second post, by
                # which a later "the Chairman" means X
                entity.titles.append(also_post)
            also = _WHO_IS_ALSO.match(text, m.end()) if mention.kind == "person" else None
            if also is not None:
                entity.titles.append(also.group(1))
            name_at = text.find(mention.name or "", start, m.end() + 1)
            styled = (
                _RULER_STYLE.search(text, max(0, name_at - 12), name_at) if name_at > 0 else None
            )
            if styled and mention.kind == "person" and styled.group(1) not in entity.titles:
                # "Sheikh Abdullah bin Zayed": the style a later "His Highness" names him by
                entity.titles.append(styled.group(1))
            if plural and mention.kind == "person" and ONE_OF_A_PAIR not in entity.titles:
                entity.titles.append(ONE_OF_A_PAIR)
            if counterpart and mention.kind == "person" and not mention.role:
                # the post of the one he is the counterpart of, which the story may name
                # later by his state ("the Greek minister")
                entity.titles.append(COUNTERPART)
            if mention.kind == "person" and before and not after:
                # "The OSCE Chairperson-in-Office, Foreign Minister X": a second post, by
                # which "the Chairperson-in-Office" later means X
                entity.titles.append(before.group(1))
        self._drop_fields_of_joined_posts()
        self._merge_partial_names()
        self._nicknames()
        by_surname: dict[str, list[Entity]] = {}
        family_first: dict[str, list[Entity]] = {}
        honoured: dict[str, list[Entity]] = {}
        for e in self.entities:
            if e.kind == "person":
                written = surname_as_written(e.name)
                by_surname.setdefault(written, []).append(e)
                bare = _ARTICLE_WRITTEN.sub("", written)
                if bare != written and bare[:1].isupper():
                    # "Riyad Al-Maliki", then "Maliki": the family name without its article
                    by_surname.setdefault(bare, []).append(e)
                words = e.name.split()
                # ("Kim Yo-jong": a Korean given name, hyphened in lower case, says so too)
                if (
                    len(words) in (2, 3)
                    and words[0] not in words[1:]
                    and (e.role or e.titles or _HYPHENED_GIVEN.fullmatch(words[-1]))
                ):
                    # "Mao made the remarks", "Yoon made the remarks": a family name written
                    # first (spokesperson Mao Ning, President Yoon Suk Yeol, "his Chinese
                    # counterpart Wang Yi"); only for a titled name, not for a headline's
                    # "Trump University"
                    family_first.setdefault(words[0], []).append(e)
                if not _PATRONYMIC.isdisjoint(w.lower() for w in words):
                    # "Sheikh Abdullah made the remarks": a name of patronymics called by
                    # its first word after an honorific (Gulf copy)
                    honoured.setdefault(words[0], []).append(e)
        for e in self.entities:
            words = e.name.split()
            if (
                e.kind == "person"
                and words[0] in family_first
                and e not in family_first[words[0]]
                and len(words) in (2, 3)
                and words[0] not in words[1:]
            ):
                # "Kim Jong Un", untitled, beside the spokesman Kim Eui-kyeom: a family name
                # one name of the story opens with opens the other's too
                family_first[words[0]].append(e)
            e.positions = sorted(set(e.positions))
        if by_surname or family_first or honoured:
            named_by_one_word = by_surname.keys() | family_first.keys() | honoured.keys()
            bare_called: dict[str, Entity] = {}  # a word two names share: whom it last named
            for m in _NAME_WORD.finditer(text):
                word = m.group()
                if word.endswith(("'s", "\u2019s")):
                    word = word[:-2]  # "Berg's remarks": Berg named
                if word not in named_by_one_word or _pronoun_he(text, m):
                    continue
                if _eponym(text, m.start(), m.end()):
                    continue  # "the Dag Hammarskjöld's lecture": a title, no one named
                found = by_surname.get(word, [])
                if word in family_first and not _NAME_GOES_ON.match(text, m.end()):
                    found = found + family_first[word]  # not "Wang Wenbin" for "Wang Yi"
                style = (
                    _HONORIFIC_BEFORE.search(text, max(0, m.start() - 12), m.start())
                    if word in honoured
                    else None
                )
                if style is not None and not _NAME_GOES_ON.match(text, m.end()):
                    # "Sheikh Abdullah", not "Sheikh Abdullah X"; of two such names that
                    # open alike, the one styled so ("Sheikh Mohammed" is the Qatari
                    # premier, not "Crown Prince Mohammed bin Salman")
                    styled = [e for e in honoured[word] if style.group().strip() in e.titles]
                    if len(honoured[word]) == 1 or styled:
                        found = found + (styled or honoured[word])
                if len(found) > 1:
                    # "Kim said", with Minister Kim Yeon-chul named before and leader Kim
                    # Jong-un only later: the word is the name of the one named last before
                    named = [
                        (e.positions[i], e.seq, e)
                        for e in found
                        if (i := bisect.bisect_right(e.positions, m.start()) - 1) >= 0
                    ]
                    # (of them, one that led a sentence before one named only in an aside:
                    # "Kim Yo-jong, the sister of leader Kim Jong-un, ..." then "Kim said")
                    led = [
                        (q, e.seq, e)
                        for e in found
                        if (q := self._last_leading(e.positions, m.start())) is not None
                    ]
                    # (the one the paragraph named in full, or who spoke under the full name)
                    chosen = self._of_a_shared_name([e for _, _, e in named], m.start())
                    if named:
                        last, _, latest = max(led or named, key=lambda n: n[:2])
                        called = bare_called.get(word)
                        if chosen is not None:
                            latest = chosen
                        elif (
                            called in found
                            and called is not latest
                            and _paragraphs_between(text, last, m.start()) > 0
                        ):
                            # "Kim" all along the leader, then the spokesman Kim Eui-kyeom
                            # quoted once, then "Kim said" paragraphs on: the word goes on
                            # naming the one the story has called by it (not in the very
                            # next paragraph: "Kim added" goes on with the spokesman)
                            latest = called
                        found = [latest]
                        bare_called[word] = latest
                    else:
                        # a headline's "Kim", before the body names any Kim: the one it
                        # names first
                        found = [min(found, key=lambda e: e.positions[0] if e.positions else 0)]
                for e in found:
                    i = bisect.bisect_right(e.positions, m.start()) - 1
                    if (
                        i < 0
                        or m.start() >= e.positions[i] + len(e.name) + 40
                        or _SENTENCE_BREAK.search(text, e.positions[i], m.start())
                    ) and not (
                        self._of_another_name(m.start(), e)
                        or self._begins_another_name(m.start(), e)
                    ):
                        bisect.insort(e.positions, m.start())  # named again by surname
        self._people_at = sorted(
            p for e in self.entities if e.kind == "person" for p in e.positions
        )
        self.subjects = {
            p for e in self.entities if e.kind == "person" for p in e.positions if self._leads(p)
        }
        self.subject_list = sorted(self.subjects)
        self.owner = {q: e for e in self.entities if e.kind == "person" for q in e.positions}
        self._owned = sorted(self.owner)
        self.joint_subjects = self._joint_subjects()
        self._genders_by_possessive()

    def _genders_by_possessive(self) -> None:
        """ "Foreign Minister Retno Marsudi said ... Her Philippine counterpart, X, said": a
        sentence opening on "Her" or "His" owns its noun by the one the sentence before was
        about, whose gender it tells where no name or title did."""
        # a bare family name two people bear ("Scott" of a man and of his wife) tells whose
        # "His" or "Her" it is no better than the name does
        bearers = Counter(surname(e.name) for e in self.entities if e.kind == "person")
        for m in _POSSESSIVE_OPENING.finditer(self.text):
            i = bisect.bisect_left(self.subject_list, m.start()) - 1
            if i < 0 or self.subject_list[i] < self.previous_sentence_start(m.start()):
                continue
            q = self.subject_list[i]
            e = self.owner.get(q)
            if e is None or e.gender is not None:
                continue
            if bearers[surname(e.name)] == 1 or self._in_full(e, q):
                e.gender = "f" if m.group(1) == "Her" else "m"
        owned = sorted(self.owner)
        for q in self.subject_list:
            e = self.owner[q]
            if e.gender is None:
                e.gender = self._gender_by_own_possessive(e, q, owned)

    def _gender_by_own_possessive(self, e: Entity, q: int, owned: list[int]) -> str | None:
        """ "Foreign Minister X met her Mexican counterpart", "X, in his nightly address,
        said": a "his" or "her" in the subject's own sentence, before anyone else is named
        or any words are quoted, can only be the subject's, and tells its gender."""
        name_end = self.text.find(surname_as_written(e.name), q, q + _SUBJECT_REACH)
        if name_end < 0:
            return None
        start = name_end + len(surname_as_written(e.name))
        end = min(self.sentence_end(q), start + _OWN_POSSESSIVE_REACH)
        i = bisect.bisect_left(owned, start)
        others = (p for p in owned[i : bisect.bisect_left(owned, end)] if self.owner[p] is not e)
        end = next(others, end)  # where someone else is named first
        m = _OWN_POSSESSIVE.search(self.text[start:end])
        if m is None or _QUOTE_MARK.search(self.text, start, start + m.start()):
            return None  # (a quote's "her" may be anyone's)
        return "f" if (m.group(1) or m.group(2)) == "her" else "m"

    def _title_before(self, start: int, run: str, mention: SpeakerPhrase) -> SpeakerPhrase:
        """ "HE Minister of State at the Ministry of Foreign Affairs Dr. Mohammed Al Khulaifi":
        a long title before the name, in runs of its own, read with the name."""
        if not _CAPITAL_BEFORE.search(self.text, max(0, start - 30), start):
            return mention  # the word before is no title's
        lead = self.text[max(0, start - 120) : start]
        lead = _CLAUSE_BREAK.split(lead)[-1]
        words = list(re.finditer(r"[\w.'\u2019&-]+", lead))
        # "This was stated by French Minister for Europe and": the title after the verb
        keep = len(words)
        while keep and (_title_word(words[keep - 1][0]) or words[keep - 1][0] in _TITLE_LINKS):
            keep -= 1
        if not words:
            return mention
        if keep:
            while keep < len(words) and not words[keep][0][:1].isupper():
                keep += 1  # a title opens with a capital, not with "the" or "of"
            if keep == len(words):
                return mention
            lead = lead[words[keep].start() :]
            before_and = _AND_BEFORE.sub("", lead).strip()
            if not _AND_BEFORE.search(lead) or not _POST.search(before_and):
                return mention  # only a post joined by "and" to the title the name has
            found = parse_speaker(before_and)
            if found is not None and found.kind == "person":
                return mention  # "met President Putin and Prime Minister X": two people
        first = run.split(maxsplit=1)[0].lower()
        if _AND_BEFORE.search(lead) and (first in NATIONALITIES or first in PLACE_WORDS):
            # "The Foreign Secretary and Egyptian Foreign Minister X met": a post after "and"
            # opening on its own state's word is another person's; one holding both posts
            # has the state before them all ("Egyptian Deputy Prime Minister and ...")
            return mention
        titled = parse_speaker(lead + run)
        if (
            titled is not None
            and titled.kind == "person"
            and (titled.name == mention.name or mention.name.endswith(" " + titled.name))
            and len(titled.role or "") > len(mention.role or "")
            and any(w.lower() in ROLE_WORDS for w in titled.role.split())
        ):
            # "Prime Minister and Minister of Foreign Affairs X": the fuller title; "Minister
            # for Foreign Affairs and Trade Penny Wong": the run's first word ends the title
            return titled
        return mention

    def _merge_partial_names(self) -> None:
        """ "FM Bilawal" in a headline and "Foreign Minister Bilawal Bhutto Zardari" in the
        body are one person: a one-word name that is a word of exactly one full name joins it;
        so does a name of patronymics that opens exactly one longer name ("Abdullah bin Zayed"
        in a headline, "Sheikh Abdullah bin Zayed Al Nahyan" in the body)."""
        for e in [e for e in self.entities if e.kind == "person"]:
            words = e.name.lower().split()
            word = words[0] if len(words) > 1 else e.name.lower()
            owners = [
                f
                for f in _latest(self._by_word.get(word))
                if f.kind == "person"
                and " " in f.name
                and (
                    len(words) == 1
                    or (
                        f is not e
                        # a name of patronymics cut after the father's name ("Abdullah bin
                        # Zayed"), as Gulf copy shortens it
                        and not _PATRONYMIC.isdisjoint(words[1:-1])
                        and len(f.name.split()) > len(words)
                        and f.name.lower().split()[: len(words)] == words
                    )
                )
            ]
            if len(owners) != 1 or _crowded(self._by_word.get(word)):
                continue
            owner = owners[0]
            owner.positions = sorted({*owner.positions, *e.positions})
            owner.role = owner.role or e.role
            owner.institution = owner.institution or e.institution
            owner.gender = owner.gender or e.gender
            self._forget(e)

    def _forget(self, e: Entity) -> None:
        """Drop ``e`` from the article's entities and from the indexes that find it."""
        for table, key in self._keys_of.pop(e, ()):
            (self._by_first if table == "first" else self._by_word)[key].pop(e, None)
        self.entities.remove(e)

    def _drop_fields_of_joined_posts(self) -> None:
        """ "International Relations and Cooperation Minister X": the fields before "and" are
        the first words of X's post, which the run of capitals cut off at "and"; they name no
        one of their own."""
        untitled = {
            p: e for e in self.entities if e.kind == "person" and not e.role for p in e.positions
        }
        for e in [e for e in self.entities if e.kind == "person" and " and " in (e.role or "")]:
            field = f"{(e.role or '').split(' and ')[0]} and "
            for q in e.positions:
                if not self.text.startswith(field, q - len(field)):
                    continue
                cut = untitled.pop(q - len(field), None)
                if cut is not None:
                    cut.positions.remove(q - len(field))
                    if not cut.positions:
                        self._forget(cut)

    def _nicknames(self) -> None:
        """ "Joko Widodo (Jokowi)", 'Joko "Jokowi" Widodo', "Mohamed Hamdan Dagalo, widely
        known as Hemedti": a name the article declares for a person it names in full is that
        person's, so "Jokowi said" is Joko Widodo."""
        declared = [(m.group(1), m.group(2)) for m in _NICKNAME.finditer(self.text)]
        declared += [
            (f"{m.group(1)} {m.group(3)}", m.group(2)[1:-1])
            for m in _NICKNAME_INSIDE.finditer(self.text)
        ]
        for full, nick in declared:
            low = nick.lower()
            if low in NATIONALITIES or low in NAMED_IN_TEXT or low in ROLE_WORDS:
                continue
            owners = [
                e
                for e in self.entities
                if e.kind == "person" and " " in e.name and full.endswith(e.name)
            ]
            if len(owners) == 1 and low not in self._by_word:
                self._by_word[low] = {owners[0]: None}
                self.nicknames[low] = owners[0]

    def _of_another_name(self, pos: int, e: Entity) -> bool:
        """Whether the word at ``pos`` ends someone else's name: "Rakeyia Scott" is no
        mention of Keith Lamont Scott."""
        before = _WORD_BEFORE.search(self.text, max(0, pos - 40), pos)
        if before is None:
            return False
        word = before.group(1)
        low = word.lower().rstrip(".")
        return word not in e.name.split() and low not in ROLE_WORDS and low not in _COURTESY

    def _begins_another_name(self, pos: int, e: Entity) -> bool:
        """Whether the word at ``pos`` begins someone else's full name: "Anwar" in "Prime
        Minister Anwar Ibrahim" is no mention of Dewi Fortuna Anwar, nor "Park" in "Park
        Chan-dae" one of Shin Yul Park."""
        word = _NAME_WORD.match(self.text, pos)
        if word is None:
            return False
        return any(
            other is not e
            and other.kind == "person"
            and " " in other.name
            and self.text.startswith(other.name, pos)
            for other in _latest(self._by_word.get(word.group().lower()))
        )

    def _joint_subjects(self) -> dict[int, tuple[Entity, Entity]]:
        """Subjects joined by "and" ("Kang and Kono failed to agree"), each with the people
        of its pair: together they are "they", so neither alone is what "he" or "she"
        after them means."""
        joint: dict[int, tuple[Entity, Entity]] = {}
        for q, p in itertools.pairwise(self.subject_list):
            first, second = self.owner.get(q), self.owner.get(p)
            if (
                first is not None
                and second is not None
                and first is not second
                and self.sentence_start(q) == self.sentence_start(p)
                and _JOINED.fullmatch(self.text, q, p)
            ):
                joint[q] = joint[p] = (first, second)
        return joint

    def _last_leading(self, positions: list[int], before: int) -> int | None:
        """The last of the (sorted) ``positions`` before ``before`` that leads its sentence:
        read back from there, each position's answer kept (every mention of a name thousands
        share read all their mentions again, which was quadratic)."""
        for k in range(bisect.bisect_left(positions, before) - 1, -1, -1):
            pos = positions[k]
            leads = self._leading.get(pos)
            if leads is None:
                leads = self._leading[pos] = self._leads(pos)
            if leads:
                return pos
        return None

    def _leads(self, pos: int) -> bool:
        """Whether a mention at ``pos`` is its sentence's subject: only titles, determiners and
        sentence openers stand before it ("But Foreign Minister Wang Yi ..."), or it follows
        a leading phrase closed by a comma; a name inside such a phrase ("Talking about the
        attack on X, the minister said") or after a verb is not the subject."""
        if _SERVED_BY_POST.match(self.text, pos) or _POST_SERVING.search(
            self.text, max(0, pos - 40), pos
        ):
            return False
        if pos - self.sentence_start(pos) > _SUBJECT_REACH:
            return False  # (and a run-on "sentence" of a million characters stays linear)
        lead = self.text[self.sentence_start(pos) : pos]
        credit = _DATELINE_CREDIT.match(lead)
        if credit is not None:
            lead = lead[credit.end() :]  # "BEIJING (dpa) - ": the wire's credit, no words of it
        relay = _RELAY_FRAME.match(lead)
        if relay is not None:
            # "Der Spiegel reports: X, 55, is ...": the outlet's frame, then the sentence it
            # relays, whose own subject X is
            lead = lead[relay.end() :]
        if "," in lead:
            comma = lead.rfind(",")
            before = lead[:comma].split()
            if before and (
                (
                    before[-1].lower() in _TITLE_OR_COUNTERPART
                    and _OBJECT_BEFORE.search(lead, 0, comma)
                )
                or _object_post_of_a_place(lead[:comma])
            ):
                # "conveyed greetings to his counterpart, Cyril Ramaphosa, and ...": the
                # object's appositive (but "The EU's foreign policy chief, Josep Borrell,
                # travelled" is the subject's)
                return False
            if _NAME_ENDS.search(lead, 0, comma) and _POSSESSIVE_APPOSITIVE.match(self.text, pos):
                return False  # "Defense Minister X, Y's coalition partner, said": X's aside
            lead = lead[comma + 1 :]
            source = _ACCORDING_TO.match(lead)
            if (
                source is not None
                and _ENDS_SENTENCE.match(self.text, pos)
                and _only_titles(lead[source.end() :])
            ):
                # "The government has vowed ..., according to Foreign Minister X.": the one
                # whose account the whole sentence is, whom "he" next means
                return True
            if _ENDS_SENTENCE.match(self.text, pos):
                return False  # "... and his counterpart, Sergey Lavrov.": an appositive
            opened = _PRONOUN_OPENS.match(self.text, self.sentence_start(pos))
            if (_LIST_AND.match(lead) or opened) and _NAME_THEN_NO_VERB.match(self.text, pos):
                # "He thanked the envoy, H.E. X, and H.E. Dr. Y, former Deputy President, for
                # ...": set off in the object of a sentence whose subject came first, or the
                # last of a list, the name followed by no verb of its own
                return False
            if aide_of(lead.strip()):
                return False  # "X, an adviser to Hamas chief Y, said": Y is whom X serves
            if _KIN_OF.search(lead):
                return False  # "X, the sister of leader Y, said": Y is her kin, not subject
        if _only_titles(lead):
            return True
        where = _WHERE_CLAUSE.match(lead)
        if where is not None and _only_titles(lead[where.end() :]):
            # "I'll start with Sudan, where Secretary-General X remains alarmed ...": the
            # subject of the clause the sentence is about, whom "he" next means (the
            # briefer's "I can tell you that" frames it the same way)
            return True
        frame = _IMPERSONAL_FRAME.match(lead)
        if (
            frame is not None
            and _only_titles(lead[frame.end() :])
            and _NAME_THEN_SPOKE.match(self.text, pos)
        ):
            # only when the clause tells of words ("... that President X commented ..."):
            # a deed recalled ("... that President X visited Beijing") is background, and
            # "he" next is still the one quoted before
            return True
        what = _WHAT_SAID.search(lead)
        if (
            what is not None
            and _only_titles(lead[what.end() :])
            and self._people_at is not None
            and _NAME_THEN_SAID.match(self.text, pos)
            and not self.person_between(self.sentence_start(pos), pos)
        ):
            # "The account is at odds with what Trump told reporters on Thursday": a sentence
            # about someone's words, no person its subject; "he" next is their author
            return True
        # "The statement by Russian Ambassador X came after ...", "the words of X were ...":
        # the author of the words the sentence is about is who "he" next means
        # (the words' noun is the subject: not "addressed remarks by Kim", an object)
        owner = _WORDS_BY.search(lead)
        if owner is None and _PASSIVE_AGENT.match(lead):
            # "The summit was hosted by President X, who ...": the one who did what the
            # sentence tells of, whom "he" next means (its grammatical subject is a thing)
            return True
        if owner is None:
            # "A TASS correspondent asked X whether ...": the one asked answers next
            owner = _PRESS_ASKED.search(lead)
            return owner is not None and _only_titles(lead[owner.end() :])
        return _only_titles(lead[: owner.start()]) and _only_titles(lead[owner.end() :])

    def person_between(self, start: int, end: int) -> bool:
        """Whether the article names a person in ``[start, end)``."""
        people = self._people_at or []
        i = bisect.bisect_left(people, start)
        return i < len(people) and people[i] < end

    def lead_at(self, entity: Entity, pos: int) -> None:
        """``entity`` is named at ``pos`` as a sentence's subject (by a title, say)."""
        insert_position(entity.positions, pos)
        self._own(pos, entity)
        if pos not in self.subjects:
            self.subjects.add(pos)
            bisect.insort(self.subject_list, pos)

    def _own(self, pos: int, entity: Entity) -> None:
        """``entity`` is the one named at ``pos``, in ``owner`` and its sorted keys."""
        if pos not in self.owner:
            bisect.insort(self._owned, pos)
        self.owner[pos] = entity

    def named_lately(self, pos: int) -> list[Entity]:
        """The entities a description at ``pos`` is looked for among: all of them, in their
        order; or, on a page with more than _DESCRIBED_REACH, only the people named last
        before ``pos`` (inside what was said too), that many, still in the order they were
        first recorded. The most recent of them are found walking back from ``pos`` over
        where people are named, so the cost stays bounded however many the page names."""
        if len(self.entities) <= _DESCRIBED_REACH:
            return self.entities
        found: dict[int, Entity] = {}
        i = bisect.bisect_left(self._owned, pos)
        # (a bounded walk: a few people named over and over cannot make it go back far)
        stop = max(0, i - 50 * _DESCRIBED_REACH)
        while i > stop and len(found) < _DESCRIBED_REACH:
            i -= 1
            e = self.owner[self._owned[i]]
            if e.kind == "person":
                found.setdefault(id(e), e)
        return sorted(found.values(), key=lambda e: e.seq)

    def hide(self, spans: list[tuple[int, int]]) -> None:
        """Mentions inside these spans (what was said, quotes) are not candidate speakers."""
        merged: list[tuple[int, int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
            else:
                merged.append((a, b))
        self.hidden = merged
        self._starts = [a for a, _ in merged]

    def visible(self, pos: int) -> bool:
        i = bisect.bisect_right(self._starts, pos) - 1
        return i < 0 or pos >= self.hidden[i][1]

    def hides_between(self, start: int, end: int) -> bool:
        """Whether any of the words from ``start`` to ``end`` are hidden (what was said)."""
        i = bisect.bisect_left(self._starts, end) - 1
        return i >= 0 and self.hidden[i][1] > start

    def plausible(self, mention: SpeakerPhrase) -> bool:
        """Whether a name read at a sentence's start can be a speaker: a body, a titled or
        full name, or a word the article has used for someone already ("Relations", "Photo"
        alone are not)."""
        if mention.kind != "person":
            return True
        return bool(mention.role or " " in (mention.name or "") or self.find(mention))

    def only_in_byline(self, entity: Entity) -> bool:
        """Whether the article names ``entity`` only on a byline ("By Jane Roe", "By Jane Roe
        and John Doe | March 3, 2024"): the reporter who wrote it, whom no description of an
        official ("the government's top spokesman") can mean."""
        return bool(entity.positions) and all(map(self._author_at, entity.positions))

    def _author_at(self, pos: int) -> bool:
        """Whether the name at ``pos`` is one the byline it stands on opens with, or adds
        with "and" (not "Antonio Guterres" in "By X, spokesperson for Antonio Guterres")."""
        begin = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        end = len(self.text) if end < 0 else end
        if _BARE_BYLINE.fullmatch(self.text, begin, end) is not None:
            return begin < self._first_prose
        return (
            end - begin <= _BYLINE_LENGTH
            and _BYLINE_LINE.match(self.text, begin, end) is not None
            and _BYLINE_AUTHOR.fullmatch(self.text, begin, pos) is not None
        )

    @functools.cached_property
    def _first_prose(self) -> int:
        """Where the article's first paragraph of prose begins: a name alone on a line above
        it stands in the page's head, a byline."""
        m = _PROSE_LINE.search(self.text)
        return m.start() if m is not None else len(self.text)

    def visible_positions(self, entity: Entity) -> list[int]:
        """Where the article names ``entity`` outside what was said."""
        return [p for p in entity.positions if self.visible(p)]

    def first_person(self, start: int, end: int) -> Entity | None:
        """The first person named between ``start`` and ``end``: a sentence's subject."""
        found = [
            (p, e)
            for e in self.entities
            if e.kind == "person"
            for p in e.positions
            if start <= p < end and self.visible(p)
        ]
        return min(found, key=lambda pe: pe[0])[1] if found else None

    def _candidates(self, name: str) -> list[Entity]:
        """Entities whose names share a word with ``name``, latest first (an index keeps this
        from growing with the number of people an article names)."""
        seen: dict[Entity, None] = {}
        for word in name.lower().split():
            seen.update(dict.fromkeys(_latest(self._by_word.get(word))))
        return sorted(seen, key=lambda e: e.seq, reverse=True)

    def _crowded_name(self, name: str) -> bool:
        """Whether every word of ``name`` is shared by more people than ``_candidates`` weighs:
        a name holds all the mention's words, so one word few share ("Farhan", not "bin")
        brings every name that can match among the candidates."""
        words = name.lower().split()
        return bool(words) and all(_crowded(self._by_word.get(word)) for word in words)

    def _index(self, entity: Entity) -> None:
        keys = self._keys_of.setdefault(entity, set())
        first = _spelling(_without_articles(entity.name.lower().split())[:1])
        self._by_first.setdefault(first, {})[entity] = None
        keys.add(("first", first))
        for word in entity.name.lower().split():
            for key in {word, ARTICLE.sub("", word)}:  # "al-malki" under "malki" too
                self._by_word.setdefault(key, {})[entity] = None
                keys.add(("word", key))

    def find(self, mention: SpeakerPhrase, pos: int | None = None) -> Entity | None:
        name = mention.name or ""
        if mention.kind == "person" and name.lower() in self.nicknames:
            return self.nicknames[name.lower()]
        candidates = self._candidates(name)
        if pos is not None and mention.kind == "person" and " " not in name:
            # "Vinterberg told the relatives", with Harald Vinterberg named before and Ingrid
            # Vinterberg only after: the surname is the one's named already, the latest of them
            bearers = [
                (last, e)
                for e in candidates
                if e.kind == "person"
                and surname(e.name) == surname(name)
                and (last := _last_position_before(e, pos)) >= 0
            ]
            sharing = [
                e for e in candidates if e.kind == "person" and surname(e.name) == surname(name)
            ]
            if bearers and len(sharing) > 1:
                # "Mr. Clinton" or "Mrs. Clinton": the one of that gender, where "Mr." or
                # "Mrs." tells it
                fitting = [b for b in bearers if compatible(mention.gender, b[1])]
                # (a bare surname tells no gender: it favours no one whose gender is unknown)
                exact = [b for b in fitting if mention.gender and b[1].gender == mention.gender]
                bearers = exact or fitting or bearers
                # (the one last the subject of a sentence, before one named in an aside)
                led = [(q, e) for _, e in bearers if (q := self.last_led_before(e, pos)) >= 0]
                return max(led or bearers, key=lambda b: b[0])[1]
            # "Park said", with Unification Minister Park Min-soo named before and the
            # lawmaker Park Jong-hwa only after: Korean, Chinese and Japanese copy writes the
            # family name first and calls the person by it; of several full names it opens,
            # the one the article named last before
            low = name.lower()
            opening = [
                e
                for e in candidates
                if e.kind == "person"
                and " " in e.name
                and e.name.lower().split()[0] == low
                and (e.role or self._opens_a_name(e, low))
            ]
            named = [(last, e) for e in opening if (last := self.last_before(e, pos)) >= 0]
            # (the one last the subject of a sentence, before one named only in an aside:
            # "Kim Yo-jong, the sister of leader Kim Jong-un, ..." then "Kim said")
            led = [(last, e) for e in opening if (last := self.last_led_before(e, pos)) >= 0]
            # (the one the reading of the text's family names gave this very word to)
            owned = [e for e in opening if _named_at(e, pos, len(name) + 2)]
            if len(opening) > 1 and len(owned) == 1:
                return owned[0]
            # "State Councilor and Foreign Minister Wang noted ..." in a turn of the
            # spokesperson Wang Wenbin, with Wang Yi named before under that post: the post
            # given with the family name tells which of them
            # (each of them known under a post: one named with none may hold this one too)
            posted = [e for e in opening if _holds_post(e, mention.role)]
            known = all(e.role or e.titles for e in opening)
            if len(opening) > 1 and len(posted) == 1 and known:
                return posted[0]
            if len(opening) > 1 and named:
                return (
                    self._of_a_shared_name([e for _, e in named], pos)
                    or max(led or named, key=lambda b: b[0])[1]
                )
        for e in candidates:
            if e.kind != mention.kind:
                continue
            if mention.kind == "institution" and e.name.lower() == name.lower():
                return e
            if mention.kind == "person" and surname(e.name) == surname(name):
                first, efirst = name.split()[0], e.name.split()[0]
                suffix = e.name.lower().endswith(" " + name.lower()) or name.lower().endswith(
                    " " + e.name.lower()
                )  # "Amir Abdollahian" for "Hossein Amir Abdollahian"
                if " " not in name or " " not in e.name or first[:3] == efirst[:3] or suffix:
                    return e
        if mention.kind == "person" and not self._crowded_name(name):
            # "Bilawal" or "Bilawal Bhutto" for "Bilawal Bhutto Zardari", "Xi" for "Xi
            # Jinping", "Wang" for "Wang Yi": part of exactly one full name already known
            low = name.lower()
            words = low.split()
            found = [
                e
                for e in candidates
                if e.kind == "person"
                and " " in e.name
                and words[-1] in e.name.lower()
                and e.name.lower() != low
                and words_within(words, e.name.lower().split())
                # one word: of a titled name, or a family name written first ("Wang Yi") of
                # a name the body gives (a headline's "Obama Sees ..." is no name)
                and (
                    len(words) > 1
                    or e.role
                    or e.titles
                    or self._opens_a_name(e, words[0])
                    # "Martinez-Acha" for "Javier Martinez-Acha Vasquez": the father's name,
                    # before the mother's
                    or (e.role and words[0] in e.name.lower().split()[1:-1])
                )
            ]
            if len(found) == 1:
                return found[0]
            if not found and len(words) == 1 and len(words[0]) >= 5:
                # "Zamry" for "Zambry Abdul Kadir", "Reisalu" for "Urmas Reinsalu": a later
                # bare name with one letter of a titled full name's first or last word
                # dropped (a typo of agency copy)
                typo = [
                    e
                    for e in self.entities[-_TYPO_REACH:]
                    if e.kind == "person"
                    and " " in e.name
                    and e.role
                    # a mention with a post or country of its own names its own man
                    # ("Finnish Prime Minister Marin" after "Taoiseach Micheal Martin")
                    # unless the post is the one the full name held
                    and (not (mention.role or mention.country) or _holds_post(e, mention.role))
                    and any(
                        _one_letter_dropped(words[0], w)
                        for w in {e.name.lower().split()[0], e.name.lower().split()[-1]}
                    )
                ]
                if len(typo) == 1:
                    return typo[0]
            if len(words) > 1:
                # "Sheikh Sabah Al-Khaled" for "Sheikh Sabah Khaled Al-Hamad Al-Sabah": Gulf
                # copy calls a man by his own name and his father's, the father's with the
                # article ("of Khaled"): the words without it, in the full name's order
                plain = _without_articles(words)
                fathered = [
                    e
                    for e in candidates
                    if e.kind == "person"
                    and len(e.name.split()) > len(words)
                    and plain != words
                    and _in_order(plain, _without_articles(e.name.lower().split()))
                ]
                if len(fathered) == 1:
                    return fathered[0]
                # "Aiman al-Safadi" for "Ayman Safadi", "Sergei Viktorovich" for "Sergei
                # Lavrov": one name spelt two ways, or a Russian's name and patronymic, in a
                # later bare mention (a name given its own title is introduced as itself)
                spelt = [
                    e
                    for e in _latest(self._by_first.get(_spelling(plain[:1])))
                    if not mention.role
                    and e.kind == "person"
                    and " " in e.name
                    and fold(e.name) != fold(low)
                    and (
                        _spelling(plain) == _spelling(_without_articles(e.name.lower().split()))
                        or (
                            len(words) == 2
                            and _PATRONYMIC_ENDING.search(words[1])
                            and _spelling(words[:1]) == _spelling(e.name.lower().split()[:1])
                        )
                    )
                ]
                if len(spelt) == 1 and not _crowded(self._by_first.get(_spelling(plain[:1]))):
                    return spelt[0]
                # "Abu Zaid" for "Ahmed Abu Zeid": the family name of several words spelt
                # another way, without the given name
                tail_spelt = [
                    e
                    for e in candidates
                    if not mention.role
                    and e.kind == "person"
                    and len(e.name.split()) > len(words)
                    and _spelling(_without_articles(e.name.lower().split())[-len(plain) :])
                    == _spelling(plain)
                ]
                if len(tail_spelt) == 1:
                    return tail_spelt[0]
            # "Malki" for "Riyad al-Malki": the family name without its article, last
            bare = [
                e
                for e in candidates
                if e.kind == "person"
                and bare_surname(e.name) == bare_surname(name)
                and surname(e.name) != surname(name)
                and " " not in name
            ]
            if len(bare) == 1:
                return bare[0]
        return None

    def _of_a_shared_name(self, named: list[Entity], pos: int) -> Entity | None:
        """Of several named before whom a later mention's one word could mean ("Crown Prince
        Mohammed" after Mohammed bin Salman and Mohammed bin Zayed), the one the mention's
        paragraph named in full before it; else the one of them who spoke last under the
        full name (a name in an aside, "in the presence of ... Mohammed bin Zayed", is not
        the one the story follows)."""
        para = self.text.rfind("\n", 0, pos) + 1
        here = [
            e
            for e in named
            if any(
                self._in_full(e, q) and self.visible(q)
                for q in e.positions[
                    bisect.bisect_left(e.positions, para) : bisect.bisect_left(e.positions, pos)
                ]
            )
        ]
        if len(here) == 1:
            return here[0]
        # (each one's last such mention before ``pos``; the first of them named last)
        spoke = [(q, e) for e in named if (q := self._last_spoken_in_full(e, pos)) >= 0]
        if not spoke:
            return None
        at, chosen = max(spoke, key=lambda s: s[0])
        # "... spokesperson Wang Wenbin said. [...] China's top diplomat Wang Yi arrived in
        # Moscow [...] '...,' Wang told Lavrov": one named in full as a sentence's subject
        # after the other last spoke under his is the one the story has turned to
        led = [
            (q, e)
            for e in named
            if e is not chosen
            and (q := self._last_leading(e.positions, pos)) is not None
            and q > at
            and self._in_full(e, q)
            # (the subject itself, not "attended by Sheikh X", "met with X": an agent or an
            # object after a verb, who is no one the story turns to)
            and not _NOT_SUBJECT_BEFORE.search(
                self.text[self.sentence_start(q) : q].rsplit(",", 1)[-1]
            )
        ]
        return max(led, key=lambda s: s[0])[1] if led else chosen

    def _last_spoken_in_full(self, e: Entity, pos: int) -> int:
        """The last of ``e``'s mentions before ``pos`` that gives the full name an attribution
        read as a speaker's, or -1; each mention is judged once (a story naming two people by
        one word asks this at every later mention)."""
        for k in range(bisect.bisect_left(e.positions, pos) - 1, -1, -1):
            q = e.positions[k]
            key = (e.name, q)
            spoke = self._spoken_in_full.get(key)
            if spoke is None:
                spoke = self._in_full(e, q) and self._spoke_at(self._full_name_at(e, q))
                self._spoken_in_full[key] = spoke
            if spoke:
                return q
        return -1

    def _full_name_at(self, e: Entity, q: int) -> int:
        """Where the full name of ``e`` stands in its mention at ``q``, after the titles on
        the same line ("Saudi Crown Prince Mohammed bin Salman"), or -1."""
        at = self.text.find(e.name, q, q + _TITLE_REACH + len(e.name))
        return at if at >= 0 and "\n" not in self.text[q:at] else -1

    def _in_full(self, e: Entity, q: int) -> bool:
        return self._full_name_at(e, q) >= 0

    def _spoke_at(self, name_at: int) -> bool:
        """Whether an attribution read a speaker's phrase ending in the name at ``name_at``
        (its titles before it, no comma between: not "X, the sister of leader Y, said")."""
        i = bisect.bisect_right(self._speaker_starts, name_at) - 1
        if i < 0 or name_at - self._speaker_starts[i] > _TITLE_REACH:
            return False
        titles = self.text[self._speaker_starts[i] : name_at]
        return "\n" not in titles and "," not in titles

    def _opens_a_name(self, entity: Entity, word: str) -> bool:
        """Whether ``word`` opens the two- or three-word name (or a name of patronymics) of a
        person named past the first line (the headline, in a text of several)."""
        words = entity.name.lower().split()
        first_line = self.text.find("\n")
        return (
            words[0] == word
            # "Sheikh Mohammed" for "Mohammed bin Abdulrahman bin Jassim Al Thani": a name
            # of patronymics is called by its first word
            and (len(words) <= 3 or not _PATRONYMIC.isdisjoint(words))
            # (named in the body, if in the headline too)
            and bool(entity.positions)
            and entity.positions[-1] > first_line
        )

    def add(self, mention: SpeakerPhrase, pos: int) -> Entity:
        """Record a named mention; a surname joins the full name already known."""
        if mention.kind == "institution" and _STATELESS_BODY.match(mention.name or ""):
            mention = self.with_country(mention, pos)
        if mention.kind == "person" and (mention.institution or "").lower() in _BARE_BODIES:
            body = self._body_named_before(mention.institution.lower(), pos)
            if body:
                mention = replace(mention, institution=body)
        found = self.find(mention, pos)
        # "President of the Russian Federation X": the post's state is his country, as
        # "Russian President X" gives it; "the Russian president" is then told from "the
        # President of the Republic of Azerbaijan" named with him
        of_state = NAMED_IN_TEXT.get((mention.institution or "").lower())
        if mention.kind != "person" or not mention.role:
            of_state = None
        country = mention.country or of_state or (self.country if mention.role else None)
        inst = mention.institution or institution_for(mention.role, country, None)
        if mention.country is None and country and mention.role:
            # "Deputy Foreign Minister X" in a Moscow dateline speaks for the Russian ministry
            inst = institution_for(mention.role, country, mention.institution)
        if found is None:
            found = Entity(
                mention.name or mention.text,
                mention.kind,
                mention.role,
                inst,
                country,
                mention.gender,
                mention.org_ref,
                seq=len(self.entities),
            )
            self.entities.append(found)
            self._index(found)
        else:
            if " " in (mention.name or "") and (
                " " not in found.name or _ends_fuller(found.name, mention.name or "")
            ):
                found.name = mention.name or found.name
                self._index(found)
            elif _title_glued(found.name, mention):
                # "Disaster Relief Alexander Kurenkov" read from the label "Minister for ...,
                # Emergencies and Disaster Relief Alexander Kurenkov": the end of his own
                # title is no part of his name
                found.name = mention.name or found.name
                self._index(found)
            elif (
                found.kind == "person"
                and found.name.isupper()
                and (mention.name or "").lower() == found.name.lower()
            ):
                # "SECRETARY BLINKEN:" a transcript's label, then "Blinken": the name as
                # written in prose
                found.name = mention.name or found.name
            fuller = bool(
                mention.role
                and found.role
                and found.role.lower() in mention.role.lower()
                and len(mention.role) > len(found.role)
            )
            if mention.role and (not found.role or fuller):
                # "Minister of Foreign Affairs", then "Prime Minister and Minister of Foreign
                # Affairs": the fuller title of the two
                found.role = mention.role
            elif (
                mention.role
                and found.role
                and mention.role.lower() != found.role.lower()
                and mention.role not in found.titles
            ):
                # "EAM Jaishankar" in the standfirst, then "External Affairs Minister S.
                # Jaishankar": the post spelt out is his too, by which "the Minister" means him
                found.titles.append(mention.role)
            found.institution = found.institution or inst
            found.country = found.country or country
            found.gender = found.gender or mention.gender
            found.org_ref = found.org_ref or mention.org_ref
        if found.org_ref and not found.institution:
            org = self.recent_institution(found.org_ref, pos)
            found.institution = org.name if org else None
        if mention.role and (found.role_at is None or pos < found.role_at):
            found.role_at = pos
        insert_position(found.positions, pos)
        if found.kind == "person":
            self._own(pos, found)
        return found

    def _body_named_before(self, head: str, pos: int) -> str | None:
        """ "The unification ministry said ... ministry spokesperson Koo": a title held at a
        body named only by its kind ("ministry") is held at the body of that kind the text
        named last before it, by its field ("Unification Ministry", "Ministry of Foreign
        Affairs")."""
        start = max(0, pos - _BODY_REACH)
        own = self.text.lower().rfind(head, max(start, pos - 40), pos)  # the title's own word
        end = own if own >= 0 else pos
        best = None
        for m in _FIELD_BODY.finditer(self.text, start, end):
            if m.group("head"):
                # "the Ministry of Foreign Affairs", "the Chinese Ministry of Foreign Affairs":
                # the body is named by what follows "of", not by the word before it
                of = _FIELD_BODY.match(self.text, m.start("head"), end)
                m = of if of is not None and of.group("head2") else m
            if (m.group("head") or m.group("head2")).lower() != head:
                continue
            field = m.group("field") or m.group("of")
            if field and field.split()[0].lower() not in _NO_FIELD:
                best = m
        if best is None:
            return None
        if best.group("of"):
            return f"{head.title()} of {best.group('of')}"
        return f"{best.group('field').title()} {head.title()}"

    def with_country(self, mention: SpeakerPhrase, pos: int) -> SpeakerPhrase:
        """ "The Foreign Ministry said" with no country: the state the story has just named
        ("Greece also issued a statement ... the Foreign Ministry said"), else the article's;
        the state whose capital opens the sentence ("In Moscow, the foreign ministry said")
        before all."""
        state = self.state_of_capital_opening(pos)
        if state is None and _ITS.match(mention.text):
            # "Oman, which has mediated between Riyadh and X, condemned ..., with its Foreign
            # Ministry saying": the state the sentence is about, not the one named since
            state = self.state_leading_sentence(pos)
        if state is not None:
            name = institution_for(None, state, mention.name) or mention.name
            return SpeakerPhrase("institution", mention.text, name, country=state)
        start = self.text.rfind("\n", 0, pos) + 1
        state = self.recent(
            pos, lambda e: e.kind == "institution" and e.name in STATE_NAMES, since=start
        )
        if state is None:  # else the state that has spoken last
            state = self.recent(
                pos, lambda e: e.kind == "institution" and e.spoke and e.name in STATE_NAMES
            )
        country = state.name if state else None
        if country is None:
            # "Argentine Foreign Minister X ... the Foreign Ministry said": the state of the
            # titled person the paragraph names
            person = self.recent(pos, lambda e: e.kind == "person" and bool(e.country), since=start)
            country = person.country if person else None
        if country is None and self.home and self.country and self.home != self.country:
            # "BUENOS AIRES, February 21. /TASS/.": a state agency's story from another
            # state's capital calls its own ministry by its state ("the Russian Foreign
            # Ministry"); a bare "the Foreign Ministry" there is the host state's
            country = self.home
        country = country or self.country
        if country is None:
            return mention
        name = institution_for(None, country, mention.name) or mention.name
        return SpeakerPhrase("institution", mention.text, name, country=country)

    def state_of_capital_opening(self, pos: int) -> str | None:
        """The state whose capital, set off, opens the sentence of ``pos`` ("In Moscow, ")."""
        opening = _IN_A_CAPITAL.match(self.text, self.sentence_start(pos), pos)
        return CAPITALS.get(opening["city"].lower()) if opening else None

    def state_leading_sentence(self, pos: int) -> str | None:
        """The state named as the subject that opens the sentence of ``pos`` ("Oman, which
        has mediated between Riyadh and the rebels, condemned ..."), whom an "its" in the
        sentence goes back to."""
        lead = _STATE_LEADS.match(self.text, self.sentence_start(pos), pos)
        return NAMED_IN_TEXT.get(lead["state"].lower()) if lead else None

    def sentence_start(self, pos: int) -> int:
        """Where the sentence holding ``pos`` starts."""
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        return self._sentence_starts[i] if i >= 0 else 0

    def sentence_end(self, pos: int) -> int:
        """Where the sentence holding ``pos`` ends (the next one starts)."""
        i = bisect.bisect_right(self._sentence_starts, pos)
        return self._sentence_starts[i] if i < len(self._sentence_starts) else len(self.text)

    def named_later_in_sentence(self, e: Entity, pos: int) -> bool:
        """Whether the sentence holding ``pos`` names ``e`` after it ("Qatar's foreign
        minister spoke with Amirabdollahian": not the one the description means)."""
        end = self.sentence_end(pos)
        k = bisect.bisect_right(e.positions, pos)
        if k == len(e.positions) or e.positions[k] >= end:
            return False
        # an object ("spoke with X", "called X"), not an appositive ("the state's top
        # election official, Jon Husted,")
        return _OBJECT_BEFORE.search(self.text, pos, e.positions[k]) is not None

    def last_named_as_served(self, e: Entity, pos: int) -> bool:
        """Whether ``e`` was last named before ``pos`` as the one someone's post serves
        ("Keir Starmer's spokesperson", "Putin's aide"): the principal, not that aide."""
        at = self.last_before(e, pos)
        return at >= 0 and _SERVED_BY_POST.match(self.text, at) is not None

    def previous_sentence_start(self, pos: int) -> int:
        """Where the sentence before the one holding ``pos`` starts."""
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        return self._sentence_starts[i - 1] if i >= 1 else 0

    def recent(self, pos: int, ok, since: int = -1) -> Entity | None:
        best, best_pos = None, since - 1
        for e in self.entities:
            if not ok(e):
                continue
            p = self.last_before(e, pos)
            if p < 0 and e.positions and e.positions[0] > pos:
                continue  # named only after ``pos`` (inside later quoted words): no referent
            if p > best_pos:
                best, best_pos = e, p
        return best

    def recent_institution(self, head: str, pos: int) -> Entity | None:
        """The body of that kind named last: "the ministry" for the "Foreign Ministry" or the
        "Ministry of Commerce" (its head noun last, or before "of"; "the embassy" for the
        "Chinese Embassy in the Philippines")."""
        kind = re.compile(rf"\b{re.escape(head.lower())}(?:\s+(?:of|in|to)\b.*)?$")
        return self.recent(
            pos, lambda e: e.kind == "institution" and bool(kind.search(e.name.lower()))
        )

    def resolve(
        self,
        mention: SpeakerPhrase,
        pos: int,
        last_speaker: Entity | None,
    ) -> Entity | None:
        """The entity a mention at ``pos`` refers to; None for unnamed or unresolvable ones."""
        full = self.acronyms.get(mention.name or "")
        if full and mention.kind in ("person", "institution"):
            # "the JCS said", after "the Joint Chiefs of Staff (JCS)": the body by its name
            # (at a speaker's mention only: "PSC/COMM.12" names a document, not the body)
            mention = replace(mention, kind="institution", name=full)
        spelt = self._body_by_initials(mention)
        if spelt is not None:
            mention = replace(mention, name=spelt.name)
        bearer = self._surname_bearer(mention, pos)
        if bearer is not None:
            entity = bearer
        elif mention.kind in ("person", "institution"):
            entity = self.add(mention, pos)
            entity.spoke = True
        elif mention.kind == "pronoun":
            entity = pronoun_referent(self, mention, pos, last_speaker)
            if (
                entity is not None
                and entity.kind == "person"
                and entity.gender is None
                and self.text.find(surname_as_written(entity.name), 0, pos) >= 0
            ):
                # '"...," she said' of one the story has named: it has made her a woman, so
                # a later "he" is someone else (not of one only described so far, whom a
                # name further on may not be)
                entity.gender = mention.gender
        elif mention.kind == "description":
            entity = description_referent(self, mention, pos, last_speaker)
            if entity is not None and entity.kind == "person" and not entity.role:
                self._post_described(entity, mention)
        elif mention.kind == "unnamed" and _A_DOCUMENT.fullmatch(mention.text.strip()):
            # '"...," a statement said.': the words of whoever issued it, as "the statement"
            entity = description_referent(self, mention, pos, last_speaker)
        elif mention.kind == "unnamed":
            entity = body_spokesperson(self, mention, pos)
        else:
            return None
        if entity is not None:
            entity.spoke = True
            insert_position(entity.positions, pos)
            if entity.kind == "person":
                self._own(pos, entity)
                if pos not in self.subjects and not self._trailing_clause_of_another(entity, pos):
                    self.subjects.add(pos)
                    bisect.insort(self.subject_list, pos)
        return entity

    def _trailing_clause_of_another(self, entity: Entity, pos: int) -> bool:
        """ "X said on Thursday ..., after US President Y claimed ...": Y speaks in a clause
        put after the sentence's own, whose subject is another person; "he" next goes on
        with X, the one the sentence is about, not with Y."""
        start = self.sentence_start(pos)
        lead = self.text[start:pos]
        comma = lead.rfind(",")
        if comma < 0 or not _TRAILING_CONJUNCTION.fullmatch(lead, comma + 1):
            return False
        i = bisect.bisect_left(self.subject_list, start)
        return any(
            self.owner.get(q) not in (None, entity)
            for q in self.subject_list[i : bisect.bisect_left(self.subject_list, pos)]
        )

    def _post_described(self, entity: Entity, mention: SpeakerPhrase) -> None:
        """ "Ian Borg ... But the foreign minister insists": the post the story gives him only
        by a description, by which a later "the minister" means him too. Only a portfolio
        with no state ("the foreign minister"): "the president" or "the US president" would
        make him a holder of a post of a state he may not be of."""
        post = described_post(mention)
        words = post.split()
        if (
            (mention.head or "") in ROLE_WORDS
            and not mention.country
            and any(w in POST_QUALIFIERS for w in words[:-1])
            and post not in entity.titles
        ):
            entity.titles.append(post)

    def _body_by_initials(self, mention: SpeakerPhrase) -> Entity | None:
        """ "The EU calls on ..." after "The European Union deeply regrets ...": initials
        that spell the capitals of the one body of states already named, which is that body
        (a release of a union or council of states names it both ways, each its own)."""
        name = mention.name or ""
        if mention.kind != "institution" or not _INITIALS_NAME.fullmatch(name):
            return None
        spelt = [
            e
            for e in self._bodies_spelt(name)
            if e.name.lower() != name.lower() and _BODY_OF_STATES.search(e.name) is not None
        ]
        return spelt[0] if len(spelt) == 1 else None

    def _bodies_spelt(self, initials: str) -> Iterator[Entity]:
        """The bodies named in words of their own whose capitals ``initials`` spell."""
        return (
            e
            for e in self.entities
            if e.kind == "institution"
            and " " in e.name
            and spells_initials(initials, e.name.split())
        )

    def body_spelt_by(self, initials: str, pos: int = -1) -> str | None:
        """The body's name that ``initials`` stand for: the one the text defines them as
        ("the Ministry of External Affairs (MEA)"), else the one body named just before
        ``pos`` (within ``_SPELT_REACH``) whose capitals they spell ("The Ministry of External
        Affairs said ... the MEA spokesperson"); never a body of a state by its adjective
        ("Ukrainian Navy" is no "UN") nor, for the initials every story uses of one body of
        states ("UN", "AU", "EU"), another body; None for any other word."""
        if not _INITIALS_NAME.fullmatch(initials):
            return None
        defined = self.acronyms.get(initials)
        if defined:
            return defined
        if initials in _WELL_KNOWN_INITIALS or pos < 0:
            return None
        spelt = {
            e.name
            for e in self._bodies_spelt(initials)
            if country_of(e.name.split())[0] is None
            and any(pos - _SPELT_REACH <= at < pos for at in e.positions)
        }
        return spelt.pop() if len(spelt) == 1 else None

    def _surname_bearer(self, mention: SpeakerPhrase, pos: int) -> Entity | None:
        """ "Jeremy Paris ... , Paris said": one word read as a capital or a body ("Paris",
        "Guardian") that is the surname of the one person named before with it."""
        word = mention.text.strip()
        if mention.kind != "institution" or not re.fullmatch(r"[A-Z][a-z]+", word):
            return None
        # a state's own name ("Japan", "Jordan", "Korea") as a subject is the state: the
        # surname of a person only who is plainly one, a known given name before it or a post
        # the story gives him ("Rep. Jim Jordan"); not of a capitalised run that a page's head
        # or credit line holds ("Newsfrom Japan", a site's name run together)
        state = word.lower() in (mention.country or "").lower().split()
        bearers = [
            e
            for e in self._candidates(word)
            if e.kind == "person"
            and " " in e.name
            and surname(e.name) == word.lower()
            and self.named_before(e, pos)
            and (not state or e.role or e.name.split()[0].lower() in GIVEN_NAMES)
        ]
        return bearers[0] if len(bearers) == 1 and not self._crowded_name(word) else None

    def speaks(self, entity: Entity) -> bool:
        """Whether the article gives ``entity`` words of its own somewhere (it is named as the
        subject of a verb of saying)."""
        return any(
            phrase.kind == "person" and self.find(phrase) is entity
            for _, phrase in self.speakers_ahead
        )

    def speaking(self, pos: int | None = None) -> set[int]:
        """The ids of every entity :meth:`speaks` is true of, found in one pass: for asking
        of many people at once, which asked one by one grows with people times speakers.
        Given ``pos``, on a page with more entities than _DESCRIBED_REACH, of those the
        speakers named nearest ``pos`` make speak (that many either side): the people a
        description is looked for among there are only those named lately (named_lately),
        and a pass over every speaker for each description would grow with their product."""
        ahead = self.speakers_ahead
        if pos is not None and len(self.entities) > _DESCRIBED_REACH:
            ahead = self._speakers_near(pos)
        return {id(self.find(phrase)) for _, phrase in ahead if phrase.kind == "person"}

    def _speakers_near(self, pos: int) -> list[tuple[int, SpeakerPhrase]]:
        """The speakers named nearest ``pos``, _DESCRIBED_REACH before it and after it."""
        if self._ahead_sorted[0] is not self.speakers_ahead:
            by_place = sorted(self.speakers_ahead, key=lambda a: a[0])
            self._ahead_sorted = (self.speakers_ahead, by_place, [at for at, _ in by_place])
        _, by_place, ats = self._ahead_sorted
        i = bisect.bisect_left(ats, pos)
        return by_place[max(0, i - _DESCRIBED_REACH) : i + _DESCRIBED_REACH]

    def last_led_before(self, e: Entity, pos: int) -> int:
        """Where ``e`` last stood as a sentence's subject before ``pos``, or -1."""
        i = bisect.bisect_left(e.positions, pos) - 1
        while i >= 0 and not (e.positions[i] in self.subjects and self.visible(e.positions[i])):
            i -= 1
        return e.positions[i] if i >= 0 else -1

    def named_before(self, e: Entity, pos: int) -> bool:
        return self.last_before(e, pos) >= 0

    def last_before(self, e: Entity, pos: int) -> int:
        """Where ``e`` was last named outside what was said before ``pos``, or -1."""
        i = bisect.bisect_left(e.positions, pos) - 1
        while i >= 0 and not self.visible(e.positions[i]):
            i -= 1
        return e.positions[i] if i >= 0 else -1
