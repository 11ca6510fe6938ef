"""Briefing, press-conference, interview and talks transcripts: who holds the floor where.

A transcript marks turns with labels ("MR PRICE:", "Q.", "THE MINISTER –", "President of
Russia Vladimir Putin:", "President Biden: (00:14)"). A label stands for a person the header
names ("Ambassador:" is the ambassador the title names, "MR MILLER" the Matthew Miller of
"Department Press Briefing – Matthew Miller, Spokesperson"), for whoever asks (questions,
outlets, hosts), or for a person it names itself. Each answering turn is one direct
statement of its speaker; a briefer's opening remarks split where a heading or a "Next,"
opens another topic; a paragraph in a turn that relays what someone else said is the
briefer's news, read as such; questions, greetings and floor management are no statements.

Before the first label come site chrome and the header (:mod:`transcript_header`); in a
briefing with one briefer, what follows the title is the briefer's opening, and in an
interview or talks it is the reporter's introduction, read as news. A briefing page with
no labels at all ("near-verbatim transcript of the noon briefing by X") is X's throughout.

What each paragraph is (a heading, news relayed, floor management) is told by
:mod:`.transcript_paragraphs`.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace

from tracker.extract.captions import caption_lines, credited
from tracker.extract.lexicon import HONORIFICS, ROLE_WORDS, STANCE_ADVERBS, STANCE_VERBS
from tracker.extract.spans import Spans
from tracker.extract.speaker_phrase import SpeakerPhrase
from tracker.extract.speakers import parse_speaker
from tracker.extract.transcript_header import (
    BRIEFING,
    EDITORS_NOTE,
    GREETING,
    HELD_ON,
    OCCASION,
    SPOKE_TO,
    TRANSCRIPT_NOTE,
    Header,
    read_header,
    told_back,
    transcript_note,
)
from tracker.extract.transcript_labels import (
    _ANSWERS,
    _ASK_OR_ANSWER,
    DASH,
    Cast,
    Label,
    Line,
    formal,
    formal_text,
    issuing_body,
    one_named,
    plain_title,
    quoted_headline,
    read_lines,
    speaker_key,
)
from tracker.extract.transcript_paragraphs import (
    QUOTED,
    SENTENCE_END,
    TABLED,
    cut_end,
    floor_tail,
    is_heading,
    is_procedural,
    named_last,
    post_named,
    relay_within,
    relays_news,
    sentence_like,
)
from tracker.extract.transcript_people import (
    Participant,
    mark_interviewed,
    merge,
    people_in,
    person,
    same_person,
)
from tracker.extract.when import MONTH_NAMES, TIME_OF_POSTING, WEEKDAY_NAMES, When

# a minister, president or premier at a joint appearance: "Secretary Clinton conveyed her
# support ..." in their turn recounts the talks they held (the counterpart's words, nested in
# their own account), where a spokesperson's paragraph of the kind relays news
_RECOUNTS_TALKS = re.compile(
    r"^(?!.*\b(?:[Ss]pokes\w*|[Pp]ress|[Dd]eputy|[Ss]ecretary-[Gg]eneral)\b).*\b(?:[Mm]inister|"
    r"[Pp]resident|[Pp]remier|[Ss]ecretary of [Ss]tate|[Cc]hancellor|[Ff]oreign [Ss]ecretary)\b"
)
# how many relays above a paragraph of the opening are looked at for whom "he" might mean
_RELAYS_LOOKED_AT = 6
# "The interview was recorded ...", "The conversation took place ...": the page's own words on
# the interview above
_ABOUT_THE_INTERVIEW = re.compile(
    r"(?:The|This) (?:interview|conversation|exchange) (?:was|took|has|aired|is)\b"
)
_SECTION = re.compile(
    # ("Ukraine - Russian strikes - Statement by the Spokesperson (10 Oct. 2022)": France's
    # ministry sets the topic before the kind of page, and its day after it)
    r"^(?:\W+\s*)?(?:[^\n]{1,120}?\s[-\u2013\u2014]\s+)?"
    r"(?:(?:Opening|Extraordinary|Regular|Special|Joint)\s+)?"
    r"(?:Briefing|Remarks|Statement|Press Conference|Address)\s+by\s+"
    r"(?P<who>[^\n]{3,120}?)(?:\s*\(\d{1,2}\s[A-Za-z]{3,9}\.?\s\d{4}\))?\s*$",
    re.I,
)
# "Speech by Prime Minister X at the Summit", "Remarks by Secretary-General X to the Council":
# a page of one person's words, under a title that says whose and where
# "The speech made by Jane Doe, the Minister for Africa, in the House of Commons on 3 May
# 2022.": an archive's line introducing one person's words
_MADE_BY = re.compile(
    r"^The (?:speech|statement|comments|remarks|article|answers|letter|message)s? "
    r"(?:made|given|written|delivered|issued|sent) by (?P<who>[A-Z][^,\n]{2,60}?)"
    r"(?:,[^\n]{2,160}?)?(?:\s+(?:in|at|on|to|during|before)\s+[^\n]{2,160})?\.$"
)
# the UN's releases: "Following is UN Secretary-General António Guterres' message for ...,
# observed on 8 March:", then the text given
_FOLLOWING_IS = re.compile(
    r"^(?:The )?[Ff]ollowing (?:is|are) (?:the (?:full )?text of |(?:a|the) (?:near-verbatim )?"
    r"transcript of )?(?P<who>[A-Z][^\n]{2,80}?)"
    r"['\u2019]s? (?:(?:video|opening|closing|keynote|introductory|written|recorded|prepared|"
    r"televised)\s+)?(?:remarks|message|statement|address|speech|briefing|op-ed|article)"
    r"\b[^\n]{0,200}:$"
)
# UNHCR's briefing notes: "This is a summary of what was said by UNHCR spokesperson X – to
# whom quoted text may be attributed – at today's press briefing at the Palais des Nations"
_SUMMARY_BY = re.compile(
    r"^This is a summary of what was said by (?P<who>[A-Z][^\n,\u2013\u2014]{2,80}?)"
    r"(?:\s+[-\u2013\u2014][^\n]{2,80}?[-\u2013\u2014])?\s+(?:at|during|in)\s+[^\n]{2,200}\.$"
)
_AND_ANSWERS = (
    r"(?:\s+and\s+(?:answers|responses|replies)\s+to\s+(?:the\s+)?(?:media|press|reporters|"
    r"journalists)(?:['\u2019]s?)?(?:\s+questions)?)"
)
_DAY_DASH = r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}\s+[-\u2013\u2014]\s+"
_DAY_DASH_FIRST = re.compile(_DAY_DASH)
# "Doorstep remarks of X upon arrival at the Council", "Topic: Press remarks by X": a section
# name may come first, and "of" reads as "by"; a site reposting the page may put its own
# name before that ("EEAS: Foreign Affairs Council: Press remarks by X")
_SPEECH_TITLE = re.compile(
    r"^(?:[A-Z][^:\n]{2,60}:\s+){0,2}"
    # "QA-8, 20 February 2017, Statement of ...": a ministry's number and day for the page
    r"(?:[A-Z]{1,4}-?\d{1,4},\s+(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4},\s+)?)?"
    # "20 Jun 2025 - Remarks to the media by ...": UN Web TV's day before its title
    rf"(?:{_DAY_DASH})?"
    # "Transcript of the Weekly Media Briefing by the Spokesperson on ...": a ministry's title
    r"(?:[Tt]ranscript of (?:the )?)?"
    r"(?:(?:[Ww]eekly|[Rr]egular|[Dd]aily|[Ss]pecial|[Mm]edia)\s+){0,2}"
    r"(?:(?:[Oo]pening|[Cc]losing|[Kk]eynote|[Ii]ntroductory|[Cc]oncluding|[Ww]elcome|[Pp]ress|"
    r"[Vv]ideo|[Tt]elevised|[Dd]oorstep|"
    # "Policy statement by Chancellor X", "National Statement by H.E. X", "Inaugural address
    # by President X": the kind of occasion, one word before the words' own kind
    r"[Pp]olicy|[Gg]overnment|[Nn]ational|[Ii]naugural|[Pp]lenary|[Ff]arewell|[Aa]cceptance|"
    r"[Ww]ritten|[Oo]ral|[Ff]ormal|[Oo]fficial|[Rr]ecorded|[Pp]repared|[Aa]nniversary)\s+)?"
    r"(?:[Ss]peech|[Rr]emarks|[Aa]ddress|[Ss]tatements?|[Ll]ecture|[Ii]ntervention|"
    r"[Cc]omments?|[Cc]ommentary|[Mm]essage|[Ll]etter|[Aa]rticle|[Oo]p-[Ee]d|[Bb]riefing|[Gg]aggle|"
    # "Doorstep by High Representative X upon arrival", "Press point by ...": the EU's titles
    r"[Dd]oorstep|[Pp]ress [Pp]oint|[Pp]ress [Ee]ncounter)"
    # "Remarks to the media by X", "Remarks to the press by X": to whom, before whose
    r"(?:\s+to\s+the\s+(?:media|press))?"
    # "Remarks and responses to reporters' questions by X": the answers are the same person's
    # "Statement from President X on ...": the White House's and many leaders' offices' "from"
    # "Statement attributable to the Spokesperson for the Secretary-General": the UN's
    rf"{_AND_ANSWERS}?(?:\s+(?:made|given|delivered))?\s+(?:by|of|from|attributable\s+to)\s+"
    # (a name with its full post and the day: "by X, Chancellor of ... and Member of the ...
    # Bundestag, 27 February 2022 in Berlin")
    # ("... - on the earthquake in X": the topic set off by a dash)
    r"(?P<who>[^\n]{3,160}?)(?:(?:,|\s+[-\u2013\u2014])?\s+(?:at|to|on|before|during|in|for|following|upon|after|"
    # "..., Ambassador X, In Response to A Question Regarding ...": the occasion of an answer
    r"[Ii]n [Rr]esponse to|"
    # "Press Gaggle by X Aboard Air Force One En Route Warsaw": where, on the way
    # "Statement of the Ministry Regarding the Attack in X": a title's words in capitals
    r"ahead of|prior to|aboard|[Aa]board|[Ee]n [Rr]oute(?: to)?|[Rr]egarding|[Cc]oncerning|"
    r"in connection with)\s+[^\n]{3,160}"
    # "Op-Ed by Ambassador X: A Partnership Built on ...": the piece's own title after a colon
    r"|:\s+[A-Z\"\u201c'\u2018][^\n]{2,160})?$",
)
# the kind of a statement before the word itself ("Press statement", "Joint Statement")
_STATEMENT_KIND = (
    r"(?:[Pp]ress|[Mm]edia|[Jj]oint|[Ww]ritten|[Oo]ral|[Oo]fficial|[Ff]inal|[Ff]ormal|"
    r"[Mm]inisterial|[Pp]ublic|[Oo]pening|[Cc]losing|[Nn]ational|[Pp]repared)"
)
# what a statement's title says it is about: "... on the expulsion of ...", "... Regarding the
# Attack in X"
_ON_TOPIC = r"(?:[Oo]n|[Rr]egarding|[Cc]oncerning|[Ii]n\s+[Cc]onnection\s+[Ww]ith)\s+[^\n]{3,160}$"
# "Foreign Ministry statement on the expulsion of ...": a body's own page, titled by it
_BODY_STATEMENT = re.compile(
    # ("EU Statement on ...": a body known by two letters)
    # (not "Press statement on ...", "Joint Statement on ...": the kind of the statement, no
    # one's name, above a release whose first paragraph is the office's own account)
    r"^(?!" + _STATEMENT_KIND + r"\s+(?:[Ss]tatement|[Cc]omment))"
    r"(?P<who>[A-Z][^\n]{1,80}?)(?:['\u2019]s)?\s+(?:[Ss]tatement|[Cc]omment(?:ary)?)\s+"
    + _ON_TOPIC
)
# "Foreign Minister X statement to journalists after ...", "X's remarks to the press": the
# person first, then the occasion, then to whom or where
_SPEECH_AFTER = re.compile(
    # "The Rt Hon Jane Doe MP Secretary of State for Foreign and Commonwealth Affairs
    # Intervention at ...": a name with the full post before the kind of the words, a longer
    # phrase than most, but one with no clause set off by commas
    r"^(?P<who>[A-Z](?:[^\n]{3,80}?|[^\n,()]{81,120}?))(?:['\u2019]s)?\s+"
    r"(?:(?:joint\s+|press\s+|opening\s+)?"
    rf"(?:[Ss]tatements?|[Rr]emarks|[Ss]peech|[Aa]ddress|[Ii]ntervention){_AND_ANSWERS}?\s+"
    r"(?:to|at|before|after|following|upon|during)\s+"
    r"[^\n]{3,160}"
    # "X's remarks and answers to media questions on the occasion of ...", "X's answers to
    # media questions, Sochi, May 15, 2019": a page of the questions put to one person and
    # their answers, whatever tells the occasion after it
    r"|(?:(?:[Rr]emarks|[Ss]tatement|[Ss]peech|[Aa]ddress)\s+and\s+)?"
    r"(?:[Aa]nswers|[Rr]esponses|[Rr]eplies)\s+to\s+(?:the\s+)?"
    r"(?:media|press|reporters|journalists)(?:['\u2019]s?)?\s+questions"
    r"(?:(?:[,:]|\s+(?:at|on|in|after|following|during|upon|before|with)\b)[^\n]{3,160})?)$"
)
# "Ambassador X's Independence Day Remarks", "Minister X's New Year Message", "President
# X's 75th Anniversary Address": a person's words named by the occasion before their kind,
# with nothing after it (the occasion said first, not after "at" or "to")
_OCCASION_SPEECH = re.compile(
    r"^(?P<who>[A-Z][^\n]{3,80}?)['\u2019]s\s+(?:(?:[A-Z][\w'\u2019-]*|\d{1,3}(?:st|nd|rd|th))\s+)"
    r"{1,4}(?:Remarks|Speech|Address|Message|Statement)$"
)
# "Press conference" above "by NATO Secretary General X ahead of the meetings of ...": a
# site that sets the kind of the page and whose it is on two lines
_KIND_LINE = re.compile(
    r"(?:(?:joint|online|opening|closing|keynote|doorstep|press|video|introductory|welcome|"
    r"pre-\w+)\s+){0,2}(?:press conference|press point|speech|remarks|statement|address|"
    r"message|lecture|briefing)",
    re.I,
)
_BY_LINE = re.compile(
    r"^by\s+(?P<who>[A-Z][^\n]{2,80}?)(?:\s+(?:at|to|on|before|during|in|for|following|upon|"
    r"after|ahead of|prior to)\s+[^\n]{3,160})?$"
)
_CONTENTS_ITEM = re.compile(r"^\s*\d{1,2}\.\s+(?P<item>[^\n]{3,200})$")
# "Q. [inaudible]", "Q. [Inaudible] on Georgia": a question not heard, but for its topic
_UNHEARD = re.compile(
    r"\s*[\[(][^\[\]()\n]{1,40}[\])](?:\s+(?:on|about|regarding)\s+[^\n?]{1,40})?\s*"
)
_INTRODUCING = re.compile(
    r"\bmade the following (?:remarks|statements?|comments)\b[^\n]{0,80}:$|"
    # "Here is the transcript of the weekly briefing by X:", "Following are excerpts of ...:"
    r"^(?:Here (?:is|are)|(?:The )?(?:Following|Below) (?:is|are))\b[^\n]{0,200}:$"
)
# "Let me read you yesterday's statement by Foreign Minister X:", "I would like to read out
# a statement from the Minister:": a briefer reading another's statement, the quoted
# paragraphs below that one's words (not the briefer's), said on the day the line tells
_READ_OUT = re.compile(
    r"(?:Let\s+me|Allow\s+me\s+to|I(?:\s+will|\s+shall|\s+would\s+like\s+to|['\u2019]d\s+like\s+to|"
    r"\s+want\s+to|\s+am\s+going\s+to)?)\s+(?:now\s+|first\s+)?(?:begin\s+by\s+reading|read)"
    r"\s+(?:out\s+)?(?:to\s+)?(?:you\s+)?(?:out\s+)?(?:the\s+(?:text\s+of\s+(?:the\s+)?)?|a\s+)?"
    r"(?:(?P<day>yesterday|today|this\s+morning)['\u2019]s\s+)?"
    r"(?:(?:following|short|brief|written)\s+)?(?:statement|declaration|message|communiqu[e\u00e9])"
    r"\s+(?:(?:issued|made|released)\s+(?:(?P<day2>yesterday|today|this\s+morning)\s+)?)?"
    r"(?:by|from)\s+(?P<who>[^:\n]{2,120}?)"
    r"(?:,?\s+(?:on|about|regarding|concerning|following)\s+[^:\n]{1,160})?\s*:"
)
# a quote of a roundup, perhaps under its topic on the same line ('On Nepal: "We are ...',
# 'Gaza: "We did not ...'; not 'Le Drian replied: "...', another's words)
_LISTED_QUOTE = re.compile(
    r"(?P<topic>(?:[\u2022*]\s*)?"
    r"(?:On [^\n:\"\u201c]{1,60}|[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,2}):\s*)?"
    r"[\u2014\u2013\u2022*-]?\s*[\"\u201c]"
)
# "- Putin has no plans to call X.": an item of a digest's list, his point in the outlet's words
_LISTED_POINT = re.compile(r"[\u2014\u2013\u2022*-]\s+[A-Z\"\u201c]")
_TOPIC_SHIFT = re.compile(
    r"^(?:First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Next|Finally|Lastly|Also|Separately|"
    r"Additionally|In addition|And finally|Turning to|Moving on|At the same time|"
    r"On another (?:note|topic|"
    r"subject|matter)|"
    # "At the invitation of X, Y will visit Z": each visit a spokesperson announces is news of
    # its own
    r"(?:At|Upon|On) the invitation of|"
    # "On Ukraine: Russia does not want peace.", "On the Middle East, the situation ...": the
    # next topic of a doorstep's or briefer's opening, named first (not a day: "On Tuesday,")
    rf"On (?:the )?(?!(?:{WEEKDAY_NAMES}|{MONTH_NAMES})\b)"
    r"[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|of|and|the)){0,4}\s*[:,]\s+|"
    # "Our second meeting will focus on ...", "My last point is ...": an ordinal opening the
    # next item of a briefer's agenda
    r"(?:The|Our|My) (?:second|third|fourth|fifth|next|last|final) (?:point|issue|topic|"
    r"meeting|session|item|announcement|subject|day)|"
    # "As for the budget, ...", "With regard to the talks, ...": the next topic, named first
    r"(?:As (?:for|regards|to)|With (?:regard|respect|reference) to|Regarding|Concerning|"
    r"When it comes to)\s|"
    # "Today, I can announce that ...", "I am pleased to announce ...": an announcement is an
    # item of its own
    r"(?:(?:Today|Now|And),?\s+)?(?:I|We) (?:can|am|are|would like to|want to|will)\s+"
    r"(?:also\s+|now\s+)?(?:(?:pleased|happy|proud|glad) to\s+)?(?:also\s+)?announce|"
    # "Let me be clear: ...", "Let me now turn to ...": the speaker marks the next point
    r"Let me (?:be clear|(?:now\s+)?(?:turn|come|move on) to)\b|"
    # "Ministers will also address ...", "We also agreed ...": a further item of the agenda
    # (not "They also agreed to ...", "He also met ...": a pronoun of the third person stands
    # for those the paragraph above named, whose report it goes on with, the same item)
    # (only a report's verbs of talks: "He also welcomes today's release of ..." is a
    # position of its own, a new item)
    r"(?!(?:He|She|They|It)\s+also\s+(?:agreed|discussed|reviewed|signed|exchanged|met)\b)"
    r"(?:[A-Z][\w'\u2019-]*)(?:\s+[\w'\u2019-]+){0,3}?\s+also\s+[a-z])"
)
# "On July 3, we have a briefing on Haiti.", "July 11 is a busy day": a briefer's programme
# read out day by day, each day's paragraph an item of its own (a weekday is not: "On Tuesday,
# the Secretary-General ..." may go on with the week's one trip)
# (after "On April 15," the day's paragraph announces: "we ...", "the Council will ...", not
# a past told as background: "On April 15, the war entered its second year; since then ...")
_DATED_ITEM = re.compile(
    rf"(?:On\s+)?(?:{MONTH_NAMES})\s+\d{{1,2}}(?:st|nd|rd|th)?"
    r"(?:,\s+(?:we\b|[a-z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,4}?\s+will\b)|\s+(?:is|will)\s+[a-z])"
)
# "Let me start with a few brief remarks before we turn to your questions.", "I have a couple
# of things at the top": the briefer announces the remarks she opens with, after banter with
# the room; what follows up to the first question is her opening, split by topic
_OPENING_ANNOUNCED = re.compile(
    r"\b(?:before\s+(?:we|I)\s+(?:turn|go|get)\s+to\s+(?:your|the)\s+questions|"
    r"(?:a\s+few|a\s+couple\s+(?:of\s+)?|some|several|two|three)\s+"
    r"(?:(?:brief|quick|short)\s+)?(?:remarks|announcements|items|things|elements|updates)"
    r"\s+(?:at|to)\s+the\s+top)\b(?!\s+of\b)"
)


# "We condemn the attack.", "And we invite the parties to ...": in a briefing whose turns are
# labelled, the briefer's side taking a stand in the present, a speech act of its own (not "We
# are", "We have"; not on a ministry's page of remarks with no turns, one statement whole)
_STANCE_ITEM = re.compile(
    rf"(?:And\s+we|We)\s+(?:{STANCE_ADVERBS}|further\s+)?"
    rf"(?:{'|'.join(STANCE_VERBS)}|invite|call\s+(?:on|upon|for))\b"
)


# a paragraph of one speaker's remarks before any question (not of an answer) that opens a
# point of its own by the words that announce it: "Today I've announced ...", "More broadly,
# ...", "There are two announcements ...", "Allow me to express ...", "I would like to note
# ...", "But we can do more.", "I cannot not talk about Ukraine", "We will begin with ...",
# "During the second session, ..." (annotators split a minister's remarks there; a paragraph
# going on with the same point, "It is also ...", "That is why ...", stays in the turn)
# the thanks a speaker expresses ("my deep gratitude"): a pleasantry, no point
_THANKS = r"(?:gratitude|thanks|appreciation)"
_POINT_VERBS = (
    # (not "to thank you", "to welcome": a pleasantry goes with the turn it closes; not "Let me
    # say a few words about ...", which may follow a greeting, the remarks it opens one turn)
    # ("Allow me to express my gratitude to ...": thanks, a pleasantry too)
    rf"(?:express(?!\s+(?:(?:my|our)\s+)?(?:(?:deep|deepest|sincere|heartfelt|special|"
    rf"profound|warm|great)\s+)?{_THANKS}\b)|"
    # ("Let me turn to your questions.": the floor handed over, no point)
    r"take this opportunity(?! to (?:thank|welcome))|turn(?! to (?:your |the )?questions)|"
    r"add|note|stress|"
    r"underline|emphasi[sz]e)"
)
_NEW_POINT = re.compile(
    r"(?:Today\b,?\s*(?:I|we|as I)\b|More (?:broadly|importantly|generally)\b|"
    r"(?:Finally|Lastly)\b|"
    r"There are (?:two|three|four|a few|several|a couple of) "
    r"(?:announcements|things|points|issues|matters|items)\b|"
    # "From this point of view, allow me to express ...": a short lead-in, then the point
    rf"(?:[A-Z][^.!?\n]{{0,40}},\s+)?(?:[Aa]llow me to|[Ll]et me) (?:also\s+)?{_POINT_VERBS}\b|"
    rf"I would (?:also\s+)?like to {_POINT_VERBS}\b|"
    r"But (?:we|I) (?:can|must|need to|should)\b|"
    r"(?:I|We) (?:cannot|can't|can\u2019t|must|want to|need to|have to|would like to) (?:not )?"
    r"(?:talk|speak|say a (?:few )?words?) (?:about|on)\b|"
    r"We will (?:begin|start|open|continue|end|close) (?:with|by)\b|"
    # the speaker's own programme ("During the second session, we will discuss ..."), not a
    # time phrase going on with the point ("In the next day or two we will ...") nor the
    # page's narration ("During the second part of the interview, Lavrov turned to ...")
    r"(?:During|At) the (?:first|second|third|fourth|final|last) (?:session|meeting),\s*"
    r"(?:I|we)\b|"
    # the next item of the meeting's agenda the speaker reads out ("Tonight we will discuss
    # ...", "We will also assess ..."; not "We will continue to support ...", a stance going on)
    r"(?:(?:Today|Tonight|Tomorrow|Later today|This (?:morning|afternoon|evening)|Then),?\s+)?"
    r"[Ww]e will (?:also |then )?(?:discuss|address|assess|review|focus on|consider|"
    r"take stock of|look at)\b|"
    # a minister reporting the meeting item by item ("We had the opportunity of exchanging
    # with ...", "We welcomed ...", "We commented about ..."): each item of the talks a point
    # of its own (not "We have ...", "We had been ...": the point above going on)
    r"We (?:also )?(?:welcomed|discussed|commented|talked|decided|adopted|reviewed|"
    r"exchanged|confirmed|reaffirmed|condemned|called|urged|stressed|"
    r"had (?:a|an|the|two|three|four|several|many)\b))"
)
# "What will they do next? We will decide ...": a question the speaker puts and answers in
# the same paragraph turns to the next point of opening remarks read out before any
# journalist's question (in an answer it goes on answering: the turn stays whole; a
# question alone is the floor's)
_OWN_QUESTION = re.compile(
    r"(?:What|How|Why|Where|When|Who|Which|Will|Would|Is|Are|Does|Do|Did|Can|Should)\b"
    r"[^.!?\n]{3,150}\?\s+[A-Z]"
)
# a greeting or thanks: a pleasantry, the remarks it opens one turn with it, never a point
# of its own ("Good afternoon, colleagues.", "I thank Mr. X for his briefing.", "We are
# grateful to our friends for ...", "Allow me to express my gratitude to ...")
# (the forms of address here are not transcript_labels' _ADDRESS: that one takes any "Mr X"
# and needs the comma or "!" after it, as a turn's first words have)
_PLEASANTRY = re.compile(
    rf"(?:{GREETING}|(?:Good|Dear)\s+(?:day|friends|colleagues)|"
    r"Ladies\s+and\s+gentlemen|(?:Dear\s+)?(?:[Cc]olleagues|[Ff]riends)\b|Welcome|"
    r"(?:Mr\.?|Madam|Madame)\s+(?:President|Chair|Chairman|Speaker)|Excellenc"
    r"|(?:(?:I|We)\s+(?:(?:also|too|first|would\s+(?:also\s+)?like\s+to|want\s+to|wish\s+to)\s+)?"
    r"(?:thank|welcome|congratulate)|(?:I\s+am|We\s+are|I'm|We're)\s+(?:(?:very|most|deeply|"
    r"truly|so|also)\s+)?(?:grateful|thankful|glad|pleased|happy|delighted)|"
    r"(?:Allow|Let)\s+me\s+(?:(?:first|also|to)\s+)*(?:thank|welcome|express\s+(?:my|our)\s+"
    rf"(?:[a-z]+\s+)?{_THANKS})|Today\s+(?:I|we)\s+(?:want\s+to\s+|would\s+"
    r"like\s+to\s+)?(?:thank|welcome|mark|celebrate|honou?r|commemorate))\b)"
)
# a turn's first words, thanking, greeting or addressing the one it answers ("Well, thank
# you very much, Mr. Secretary.", "Madam Secretary, thank you for ...", "Welcome to Ankara.")
_OPENS_EXCHANGE = re.compile(
    rf"(?:(?:Well|So|Okay|OK|And),?\s+)?(?:{GREETING}|Welcome\b|Dear\s+[A-Z]|"
    r"(?:Mr\.?|Mrs\.?|Ms\.?|Madam|Madame|Your)\s+[A-Z][a-z]+\b|Excellenc)"
)
# one addressed by a post ("Mr. Secretary", "Madam Minister", "Your Excellency"): a vocative
_ADDRESSED_BY_POST = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms)\.?|Mister|Madam|Madame|Your)\s+[A-Z][a-z]+\b|\bExcellenc"
)
# the page's host naming herself ("I'm Amna Nawaz", "My name is ..."): the words are hers
_NAMES_SELF = re.compile(r"\b(?:I(?:'m|\u2019m|\s+am)|[Mm]y\s+name\s+is)\s+[A-Z][a-z]")
_GREETING_MAX = 200  # a greeting or thanks is short: a longer run of words is the remarks


def _greeting_alone(said: str) -> bool:
    """Whether the words are one sentence of greeting or thanks ("Good afternoon,
    colleagues.", "We thank Mr. Griffiths."), which alone would be no statement (a welcome
    of several sentences, "I too welcome ... I am very happy ...", is a passage of its own)."""
    said = said.strip()
    if not said or len(said) > _GREETING_MAX or _PLEASANTRY.match(said) is None:
        return False
    end = SENTENCE_END.search(said)  # not a title's stop: "We thank Amb. X."
    return end is None or not said[end.end() :].strip()


# a courtesy after a greeting: "It's good to be back in Manila.", "Nice to see you all."
_COURTESY = re.compile(
    r"(?:It(?:'s|\u2019s|\s+is)\s+(?:(?:very|so|always|really)\s+)?(?:good|great|nice|"
    r"wonderful|a\s+(?:real\s+|great\s+)?(?:pleasure|privilege)|an\s+honou?r)\s+to\b|"
    r"(?:Nice|Good|Great)\s+to\s+(?:see|be|have)\b)"
)
# a greeting paragraph is short: "Thanks for coming. It is good to be back in Canberra after a
# week of meetings with our partners ..." tells of the speaker's week, remarks of their own
_GREETING_PARAGRAPH_MAX = 100
# a word a speaker may open on before the greeting: "Well, good afternoon, everyone."
_LEAD_IN = re.compile(r"(?:Well|So|Okay|OK|Oh|All\s+right|Alright|And),?\s+")


def _greeting_paragraph(said: str) -> bool:
    """Whether the words are one short paragraph opening on a greeting or thanks, the
    courtesies after it included ("Well, good afternoon, everyone. It's good to be back in
    Manila."): the remarks' opening, which alone would be no statement."""
    said = said.strip()
    if not said or len(said) > _GREETING_PARAGRAPH_MAX or re.search(r"\n[ \t]*\n", said):
        return False
    lead = _LEAD_IN.match(said)
    at = lead.end() if lead else 0
    # every sentence a greeting, thanks or courtesy ("Good morning. Ministers meet here
    # tomorrow ..." opens the remarks themselves)
    while at < len(said):
        if _PLEASANTRY.match(said, at) is None and _COURTESY.match(said, at) is None:
            return False
        end = SENTENCE_END.search(said, at)
        at = len(said) if end is None else end.end()
        while at < len(said) and said[at].isspace():
            at += 1
    return True


# a paragraph going on with the topic above: "But we must avoid an escalation."
_GOES_ON = re.compile(r"(?:But|More\s+(?:broadly|generally))\b")

_POINT_LOOK = 4  # how far back a blank line above a paragraph is looked for
# how far back the colon closing the paragraph above is looked for (past the blank lines and
# spaces a copy may put between them)
_COLON_LOOK = _POINT_LOOK + 200
# the marks a list's item or a point may open with: a bullet, a star, a dash
_BULLETS = "\u2022*\u2013\u2014-"
# an item of a list a colon introduced: its ordinal, number, letter or bullet first
_LIST_ITEM = re.compile(
    rf"(?:[{_BULLETS}]|"
    r"\(?(?:\d{1,2}|[a-z])[.)]\s|(?:First|Second|Third|Fourth|Fifth|"
    r"Sixth|Seventh|Firstly|Secondly|Thirdly|Fourthly|Next|Then|Also|Finally|Lastly|Last)\b)"
)


# "... the Secretary announced that the United States is providing $600 million ..." then
# "The United States will also provide $290 million ...": the subject of the announcement
# relayed just above adds to it, the same announcement going on, no item of its own (an
# agenda's "Ministers will also address ..." relays no one above)
_ALSO_SUBJECT = re.compile(
    r"(?P<subject>[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,3}?)\s+"
    r"(?:(?:will|would|is|are|has|have|can)\s+)?also\s+(?P<verb>[a-z]+)"
)
_RELAYED_VERBS = r"(?:announced|said|stated|declared|confirmed|pledged)"
_AUXILIARY = r"(?:(?:is|are|was|were|will|would|has|have|had|can)\s+)?"


def _stem(verb: str) -> str:
    """A verb's stem as its forms share it ("provide", "provides", "providing", "provided"
    are "provid")."""
    return re.sub(r"(?:ing|ed|es|s|e)$", "", verb.lower())


def _adds_to_relayed(stripped: str, above: str) -> bool:
    """Whether a paragraph whose subject "also" does something goes on with the announcement
    the paragraph ``above`` relays of that same subject (see :data:`_ALSO_SUBJECT`)."""
    m = _ALSO_SUBJECT.match(stripped)
    if m is None:
        return False
    subject = re.escape(re.sub(r"^(?:The|the)\s+", "", m["subject"]))
    relayed = (
        rf"\b{_RELAYED_VERBS}\s+(?:(?:today|yesterday)\s+)?(?:that\s+)?(?:the\s+)?{subject}"
        rf"\s+{_AUXILIARY}(?P<verb>[a-z]+)"
    )
    found = re.search(relayed, above[-_GREETING_MAX * 3 :])
    # (the same doing added to: "is providing $600 million" then "will also provide $290
    # million"; "The United States also condemns ..." is a new item)
    return found is not None and _stem(found["verb"]) == _stem(m["verb"])


def _opening_item(stripped: str) -> bool:
    """Whether a paragraph of a briefer's opening begins an item of its own: a topic named
    or marked first, or a day of the programme she reads out."""
    return _TOPIC_SHIFT.match(stripped) is not None or _DATED_ITEM.match(stripped) is not None


# a government page of one speech or statement: "Speech", "Speech: Foreign Secretary's ..."
_UNNAMED_BRIEFER = re.compile(
    r"^(?P<who>(?:[A-Z][\w'\u2019-]*\s+){1,5}(?:[Ss]pokesperson|[Ss]pokesman|[Ss]pokeswoman))"
    r"['\u2019]s\s+(?:(?:[Rr]egular|[Dd]aily|[Ww]eekly)\s+)?(?:[Pp]ress\s+)?"
    # "Official Spokesperson's response to media queries on ...": India's MEA's page of
    # the spokesperson's answer, the ministry's words
    r"(?:[Cc]onference|[Bb]riefing|[Rr]emarks|[Cc]omments?|[Rr]esponses?\s+to|[Ss]tatement)\b"
)
# "Spokesperson of the Chinese Embassy in the UK Answers a Journalist's Question on ...": a
# page of one exchange, the one answering named first
_ANSWERS_QUESTION = re.compile(
    r"^(?P<who>[A-Z][^\n]{2,100}?)\s+(?:Answers|Answered|Replies\s+to|Responds\s+to)\s+"
    r"(?:(?:a|an|the)\s+)?(?:[\w'\u2019]+\s+){0,2}(?:Questions?|Query|Queries)\b"
)
# "No: 245, 3 December 2024, Press Release Regarding the Terrorist Attack in X": a ministry's
# release, titled by its topic alone (its number and day may come first)
# "Statement on the Anniversary of X" signed below by the one who made it
# "Message for International Day of Peace" over the message, signed "António Guterres": a
# message is for its day or its readers as a statement is on its topic
_RELEASE_TITLE = re.compile(
    r"^(?:No\s*:\s*\d[\w/-]*,\s+[^,\n]{6,30},\s+)?(?:(?:Press\s+Release|(?:Press\s+)?Statement|"
    r"Message)\s+" + _ON_TOPIC + r"|Message\s+(?:for|to)\s+[^\n]{3,160}$)"
)
# "The 4th Regular Press Conference (11th March 2021)": a ministry's numbered briefing, its
# spokesperson named nowhere; the ministry speaks when the page names it
_NUMBERED_CONFERENCE = re.compile(
    r"^(?:The\s+)?\d{1,2}(?:st|nd|rd|th)\s+(?:Regular|Weekly)\s+(?:Press\s+Conference|"
    r"(?:Press\s+|Media\s+)?Briefing)\b"
    # ("The 12th Regular Press Conference of the Ministry of Foreign Affairs (3rd June 2021)")
    r"(?:\s+of\s+the\s+(?:Ministry|Department)\s+of\s+(?:Foreign|External)\s+Affairs)?"
    r"[^\n]{0,40}$"
)
# "Record of the Regular Press Conference of the Ministry of Foreign Affairs", "Press Briefing
# on Recent Developments": a briefing's title naming no one who briefs; the body its tail
# names after "of", if any
_BODY_AFTER_OF = re.compile(
    r"\bof (?:the )?(?P<body>(?:Ministry|Department) of (?:Foreign|External) Affairs"
    r"(?: and (?:International )?(?:Cooperation|Trade))?|Foreign (?:Ministry|Office))\b"
)
# "[This is a rush transcript. This copy may not be in its final form ...]", "Transcript",
# "Unofficial Transcript": a line of its own announcing what the page prints
# (the whole line: a note in brackets, or "Transcript" with a word or two before it alone;
# not "Full transcript: Prime Minister X's address at ...", a title naming whose words they
# are, nor "Transcript released of talks between ...", a report's headline)
_TRANSCRIPT_LINE = re.compile(
    r"\s*(?:[\[(]\s*(?:This\s+is\s+(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}[Tt]ranscript\b"
    r"(?!\s+of\b)[^\[\]()\n]{0,200}[\])]|(?:[\w-]+\s+){0,2}[Tt]ranscript)\s*"
)
# "The Spokesperson, Ambassador X, also briefed the media on ...", "Spokesperson X": a line
# naming who holds the briefer's post (checked with people_in)
_BRIEFER_POST = re.compile(
    r"\b(?:[Ss]pokes(?:person|man|woman)|[Pp]ress\s+[Ss]ecretary|briefed\s+the\s+"
    r"(?:media|press|journalists|reporters))\b"
)
_BARE_ANSWERS = _ANSWERS  # an answer's label naming no one who gives it
_BARE_QUESTION = set(_ASK_OR_ANSWER) - _ANSWERS  # a question's label naming no one who asks


def _unnamed_answers(lines: list[Line]) -> bool:
    """Whether the page's labels are bare questions ("Question:", "Q.") and bare answers
    ("Answer:", "A:"), a question among them: a briefing whose answers are whoever's the
    page is."""
    labels = [ln.label.text.lower() for ln in lines if ln.label is not None]
    return any(x in _BARE_QUESTION for x in labels) and all(
        x in _BARE_QUESTION or x in _BARE_ANSWERS for x in labels
    )


def _briefing_body(title: str, lines: list[Line], cast: Cast) -> SpeakerPhrase | None:
    """The body whose briefing a page is when no one briefing is named: the one its title
    names ("... Press Conference of the Ministry of Foreign Affairs"), else the one a line at
    the head of the page or the site's address names (:meth:`Cast.page_body`); the site's
    fuller name (with its state) for a body the title names with no state. None when the
    page names a person in its header (the lines above the first one opening the words, a
    sentence telling who chaired among them): the bare answers may be that person's."""
    top = next((i for i, ln in enumerate(lines) if ln.label is not None or _opens(ln)), len(lines))
    head = lines[: min(top, _title_lines(lines))]
    if any(people_in(ln.text) for ln in head if ln.text.strip() != title) or any(
        ROLE_WORDS & set((p.person.role or "").lower().split()) for p in people_in(title)
    ):
        # (the title too, when it names a holder of a post: "Prime Minister X's address
        # at ..."; a title's capitalised topic, "Press Briefing on Recent Developments", is
        # read as no one)
        return None
    if any(_BRIEFER_POST.search(ln.text) and people_in(ln.text) for ln in lines):
        # "The Spokesperson, Ambassador X, also briefed the media on ...": the page names
        # its briefer below the header; the unnamed answers may be hers
        return None
    own = _BODY_AFTER_OF.search(title)
    site = cast.page_body()
    if own is None:
        return site
    body = issuing_body(own["body"])
    if body is None or (body.country is None and site is not None and site.country):
        return site or body
    return body


# "Foreign Ministry Spokesperson Hong Lei's Regular Press Conference on October 31, 2011":
# a named briefer's own briefing, by the title
_POSSESSIVE_CONFERENCE = re.compile(
    r"^(?P<who>[A-Z][^\n]{2,100}?)['\u2019]s\s+(?:(?:Regular|Daily|Weekly|Special|Extraordinary|"
    r"Annual|Online)\s+)?(?:Press Conference|News Conference|Press Briefing|Media Briefing|"
    r"Briefing)\b[^\n]{0,60}$"
)
# "UN Secretary-General Antonio Guterres Press Conference": the same, the name before the
# occasion and nothing after it
_NAMED_CONFERENCE = re.compile(
    r"^(?P<who>[A-Z][^\n:]{2,100}?)\s+(?:(?:Annual|Regular|Weekly)\s+)?(?:Press Conference|"
    r"News Conference|Press Briefing)$"
)
_SPEECH_PAGE = re.compile(r"^(?:Speech|Oral statement to Parliament|Written statement)\b")
# "Delivered on: 25 November 2024 (Transcript of the speech, exactly as it was delivered)":
# gov.uk's field of a speech page, there when the "Speech" above the title was not kept
_DELIVERED_ON = re.compile(r"^Delivered on:?\s+\d")
_DELIVERED_BY = re.compile(r"^(?:From|Delivered by|Speaker)\s*:\s*(?P<who>.+)$")
_FIELD_ALONE = re.compile(r"(?:From|Delivered by|Speaker)\s*:")
# "Spokesperson for the UN High Commissioner for Human Rights: X" over "Location:" and
# "Date:": a briefing note's field naming whose words the note's paragraphs are
_SPOKESPERSON_FIELD = re.compile(
    r"^Spokesperson(?:\s+(?:for|of)\s+[^:\n]{3,100})?\s*:\s*(?P<who>[^\n]{3,80})$"
)
# "As delivered by Chargé d'Affaires X" under a mission's title (its forum perhaps after it,
# "to the Permanent Council, Vienna"): the line of a delegation's page naming who spoke it
_AS_DELIVERED_BY = re.compile(
    r"^\(?[Aa]s\s+(?:delivered|prepared\s+for\s+delivery)\s+by\s+(?P<who>[^\n,()]{3,120}?)"
    r"(?:,?\s+(?:to|at|before|in)\s+[^\n]{3,160}?)?\)?$"
)
_SELF_NAMED = re.compile(r"\b(?:I am|I'm|I\u2019m|My name is)\s+[A-Z]")
# a word with two capitals inside it after small letters ("RevBlogTranscripts"): links run
# together, no name ("McDonald", "DeSantis" have one)
_GLUED_LINKS = re.compile(r"\b[A-Z][a-z]+[A-Z][a-z]+[A-Z][a-z]+")
_HEAD_CHARS = 3000  # how far a header (and the people it names) may run


@dataclass(frozen=True)
class Turn:
    """One statement of a transcript: a turn, or one topic of a briefer's opening."""

    speaker: SpeakerPhrase
    start: int
    end: int


# "The following is a near-verbatim transcript of today's noon briefing by X": the header of a
# briefing's transcript that names its briefer
_BRIEFING_TRANSCRIPT = re.compile(
    r"\btranscript of (?:the |today['\u2019]s |this )?(?:[\w-]+ ){0,3}briefing by [A-Z]"
)


# "**Questions and Answers", "Q&A": the heading under which a briefing's opening ends
_QUESTIONS_HEADING = re.compile(r"\W*(?:Questions?\s+(?:and|&)\s+Answers?|Q\s*&\s*A)\W*", re.I)


def _joined(turns: list[Turn], until: int) -> list[Turn]:
    """Consecutive turns of one speaker joined into one, the news between them inside it,
    as far as ``until`` (where the opening ends: the answers below are each their own)."""
    out: list[Turn] = []
    for t in turns:
        if out and out[-1].speaker is t.speaker and t.end <= until:
            out[-1] = Turn(t.speaker, out[-1].start, t.end)
        else:
            out.append(t)
    return out


@dataclass(frozen=True)
class Transcript:
    """The answering side's statements, the reporter's own paragraphs (read as news), and
    the day the header gives (``day``, or ``month_day`` when it writes no year)."""

    turns: list[Turn]
    narrative: list[tuple[int, int]]
    day: datetime.date | None = None
    month_day: tuple[int, int] | None = None
    date_evidence: str | None = None
    days: tuple[tuple[datetime.date, str], ...] = ()  # the header's other days
    told: str | None = (
        None  # "on Wednesday", "this week": the header's day, told against the page's
    )
    # turns a briefer read out as another's statement made days before the briefing
    # ("Let me read you yesterday's statement by ..."): (turn start, days before)
    read_days: tuple[tuple[int, int], ...] = ()

    def read_before(self, start: int, when: When) -> When | None:
        """The day of the statement read out at ``start``, when its line set it before the
        briefing's day ``when``; None for any other turn."""
        back = dict(self.read_days).get(start)
        if not back or not when.edtf or len(when.edtf) != 10 or when.edtf.startswith(".."):
            return None
        day = datetime.date.fromisoformat(when.edtf) - datetime.timedelta(days=back)
        return When(day.isoformat(), "statement read out, made the day before the briefing")

    def when(self, published: datetime.date | None) -> When:
        """The day the turns were said, with the words that give it."""
        day, evidence = self._said_on(published)
        if self.told == "this week" and day is not None and day == published:
            # "X spoke to the Nation this week" over the page's date: the week up to it
            monday = day - datetime.timedelta(days=day.weekday())
            return When(f"{monday.isoformat()}/{day.isoformat()}", "transcript header: 'this week'")
        if self.told == "last week" and day is not None and day == published:
            # "X spoke to DW last week": some day before the page's, no day told
            return When(f"../{day.isoformat()}", "transcript header: 'last week'")
        if day is not None and day != published and evidence:
            return When(day.isoformat(), f"transcript header: '{evidence}'")
        return When(day.isoformat() if day else None, "date of the transcript")

    def said_on(self, published: datetime.date | None) -> datetime.date | None:
        """The day the turns were said: the header's, else the publication day."""
        return self._said_on(published)[0]

    def _said_on(self, published: datetime.date | None) -> tuple[datetime.date | None, str | None]:
        if self.day is not None and (published is None or self.day <= published):
            return self.day, self.date_evidence
        if self.day is not None:
            # no words are said after the page that reports them: that day is the site's
            # (a crawl's "today" above the page); the header's next day that can be is theirs
            earlier = [(d, words) for d, words in self.days if d <= published]
            return earlier[0] if earlier else (published, None)
        evidence = self.date_evidence
        if self.month_day is not None and published is not None:
            month, day = self.month_day
            for year in (published.year, published.year - 1):
                try:
                    found = datetime.date(year, month, day)
                except ValueError:
                    continue
                if found > published:
                    continue
                if self.told is not None and self.told not in ("this week", "last week"):
                    # "TEHRAN, Dec. 02 (MNA)" over "X sat down with us on Sunday": the day
                    # told counts back from the page's
                    return told_back(self.told, found), self.told
                return found, evidence
        if self.told is not None and published is not None:
            return told_back(self.told, published), self.told
        return published, None


def _label_counts(lines: list[Line]) -> dict[str, int]:
    """How many turns each label opens; a line printed twice word for word (a page's
    headline above its story, "Vucic: Kosovo has been ...") is one turn, not two."""
    counts: dict[str, int] = {}
    seen: set[str] = set()
    for line in lines:
        label = line.label
        if label is not None:
            counts[label.text] = counts.get(label.text, 0) + (line.text not in seen)
            seen.add(line.text)
    return counts


@dataclass(frozen=True)
class _Layout:
    """Where the header ends: the first turn label (``body``), and in a briefing with one
    briefer, the first line of the briefer's opening (``opening``)."""

    body: int
    opening: int | None
    briefer: SpeakerPhrase | None
    announced: bool = False  # the briefer is the one the header says the occasion is of
    listed: bool = False  # a roundup of the briefer's quotes, one statement each


def _post_line(text: str) -> bool:
    """Whether a header line is a post alone ("Minister for Foreign Affairs", "Secretary of
    State"): a title word first and a post's head noun, then only capitalised words and
    links, no place or room ("State Department Press Briefing Room"), no one's name."""
    words = text.split()
    lowered = [w.lower().strip(",.") for w in words]
    return (
        0 < len(words) <= 8
        and lowered[0] in ROLE_WORDS
        and any(w in _POST_HEADS for w in lowered)
        and not any(w in _NO_POST for w in lowered)
        and all(w[:1].isupper() or w.lower() in _POST_LINKS for w in words)
        and person(text) is None
    )


def _name_alone(text: str) -> bool:
    """Whether a line names one person and nothing else (the next holder of a list)."""
    found = people_in(text.strip())
    return len(found) == 1 and (found[0].person.role or "").lower() in _STYLE_NOT_POST


def _post_over_next_name(lines: list[Line], i: int) -> bool:
    """Whether the post on line ``i`` heads the name under it ("Moderator" / "John Smith" /
    "Secretary of State" / "Antony J. Blinken"): a name alone follows and no post follows
    that name (in a block of names each over its post, "Prime Minister" under the first
    name is followed by the next name and that name's post)."""
    return (
        i + 1 < len(lines)
        and _name_alone(lines[i + 1].text)
        and not (i + 2 < len(lines) and _post_line(lines[i + 2].text.strip()))
    )


def _blank_above(text: str, lines: list[Line], i: int) -> bool:
    """Whether a blank line (perhaps holding spaces) stands between line ``i`` and the one
    above it."""
    return "\n\n" in re.sub(r"[ \t\u00a0\r]", "", text[lines[i - 1].end : lines[i].start])


def _blank_between(lines: list[Line], i: int) -> bool:
    """Whether a blank line stands between line ``i`` and the one above it (lines end
    before their newline: more than one character between them is a blank line)."""
    return i > 0 and lines[i].start - lines[i - 1].end > 1


_POST_HEADS = {
    "minister",
    "secretary",
    "ambassador",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "president",
    "chancellor",
    "commissioner",
    "representative",
    "envoy",
    "director",
    "chair",
    "chairman",
    "chairperson",
    "secretary-general",
    "premier",
}
_NO_POST = {"room", "office", "club", "hall", "centre", "center", "building", "house", "ministry"}


_POST_LINKS = {"for", "of", "and", "the", "on", "to"}
# a style before a name, no post: "Senator the Hon Marise Payne", "The Hon Penny Wong"
_STYLE_NOT_POST = {
    "",
    "senator",
    "hon",
    "hon.",
    "the hon",
    "the hon.",
    "honourable",
    "the honourable",
}


def _give_post(people: list[Participant], alone: Participant, post: str) -> None:
    """The post on the header line under a name alone is that person's."""
    for i, p in enumerate(people):
        if same_person(p.person, alone.person):
            people[i] = replace(p, person=replace(p.person, role=post))
            return


def _layout(lines: list[Line], cast: Cast, counts: dict[str, int]) -> _Layout:
    """Find the first turn label (the headline never is one) and the opening, growing the
    cast from the header lines on the way: people named before the opening take part."""
    seen_title = briefing = announced = listed = False
    opening: int | None = None
    briefer: SpeakerPhrase | None = None
    speech_page = _speech_page(lines)
    titles = _speech_titles(lines)
    key = speaker_key([line.text for line in lines])
    bare_qa = _unnamed_answers(lines)  # no label names who asks or answers
    # the body whose briefing a title naming no one makes the page, taken only when no line
    # below it in the header says whose words they are ("Daily Press Briefing" over
    # "Statements made by the Ministry's Spokesperson")
    pending: SpeakerPhrase | None = None
    alone: Participant | None = None  # the one person the header line above named alone
    for i, line in enumerate(lines):
        label = line.label
        # "Foreign Affairs Council: Remarks by X upon arrival": a title under its section's
        # name, no turn
        titled = (
            i in titles and label is not None and label.rest - line.start <= titles[i].start("who")
        )
        if label is not None and not titled and cast.read(label, counts[label.text]) is not None:
            if briefer is None and pending is not None:
                briefer, announced = pending, True  # (see below: the briefing's body)
            return _Layout(i, opening, briefer, announced, listed)
        text = line.text.strip()
        section = _SECTION.match(text)
        owned = _conference_of(text)
        if i in titles and (_words_of(text) is not None or _BARE_POINTS.fullmatch(text)):
            # "Ukrainian president X held a news conference ...", then "We rounded up X's most
            # notable statements:": the sentences above were the reporter's; X's words follow
            opening = briefer = None
            listed = _HIGHLIGHTS.match(text) is None
        speech = titles.get(i) if briefer is None else None
        if speech is not None and person(speech["who"]) is None and _reports_named(lines, i):
            # "Remarks of the Spokesperson of the Embassy" over "Ambassador X met ... and
            # pointed out that ...": the page tells a named person's words, not the
            # spokesperson's own (as under "Embassy Spokesperson's Remarks on ..." below)
            speech = None
        unnamed = (
            (_UNNAMED_BRIEFER.match(text) or _ANSWERS_QUESTION.match(text))
            if briefer is None and opening is None
            else None
        )
        if unnamed is not None and person(unnamed["who"]) is None and not _reports_named(lines, i):
            # "Foreign Ministry Spokesperson's Regular Press Conference on ...": no name, the
            # ministry speaks through its spokesperson ("Official Spokesperson's response to
            # media queries": the ministry whose site the page is)
            briefer = cast.section(unnamed["who"]) or cast.page_body()
            seen_title = announced = briefing = briefer is not None
            continue
        if (
            briefer is None
            and opening is None
            and _RELEASE_TITLE.match(text)
            and _in_own_voice(lines, i)
            and (issuer := _signature(lines) or cast.page_body()) is not None
        ):
            # "Press Release Regarding the Attack in X" on a ministry's site, in its own voice
            # ("We strongly condemn ..."): the words of whoever signs them below, or else the
            # ministry's
            briefer = cast.placed(issuer) if issuer.kind == "person" else issuer
            seen_title = announced = briefing = True
            continue
        if briefer is None and opening is None and _NUMBERED_CONFERENCE.match(text):
            briefer = cast.section("the Spokesperson") or _briefing_body(text, lines, cast)
            seen_title = announced = briefing = briefer is not None
            continue
        if (
            briefer is None
            and opening is None
            and not counts
            and i < _TITLE_LINES
            and _TRANSCRIPT_LINE.fullmatch(text)
            and (body := _briefing_body(text, lines, cast)) is not None
        ):
            # "[This is a rush transcript ...]" over paragraphs no label divides and no line
            # naming who speaks: the page's own briefing, the body's whose page it is (by
            # the head of the page or the site's address)
            briefer = body
            seen_title = announced = briefing = True
            continue
        if (
            briefer is None
            and opening is None
            and bare_qa
            and not section
            and not owned
            and not sentence_like(line)
            and BRIEFING.search(text)
            and (body := _briefing_body(text, lines, cast)) is not None
        ):
            # "Record of the Regular Press Conference of the Ministry of Foreign Affairs" over
            # "Question:" and "Answer:" (or answers unlabelled), no one who briefs named: the
            # ministry the title, the head of the page or the site's address names answers
            pending = body
            seen_title = briefing = True
            continue
        byline = (
            _DELIVERED_BY.match(text)
            or _AS_DELIVERED_BY.match(text)
            or _SPOKESPERSON_FIELD.match(text)
            if speech_page and opening is None
            else None
        )
        if byline is None and speech_page and opening is None and _FIELD_ALONE.fullmatch(text):
            # "From:" on a line of its own, its value on the next: gov.uk's field as a copy of
            # the page breaks it
            byline = _DELIVERED_BY.match(f"{text} {_next_text(lines, i)}")
        if speech and opening is None:
            # "by the Spokesperson of the Ministry for Europe and ...": the "for" is the body's
            whole = text[speech.start("who") :]
            # "Statement by the High Representative on behalf of the EU on ...": the body the
            # post speaks for, when no name is given
            signed = _signature(lines)
            behalf = _ON_BEHALF.search(whole)
            body = _body_behalf(behalf["body"]) if behalf and not person(speech["who"]) else None
            briefer = (
                body
                or cast.section(speech["who"])
                # "Statement by the North Atlantic Council on ...": a body's own statement
                # (not "Secretary-General-designate at Press Encounter" read as a name)
                or _body_only(cast.section(whole))
                or (cast.placed(signed) if signed else None)
                or briefer
            )
            seen_title = announced = briefing = briefer is not None
        elif byline:
            # "Speech ... From: Foreign Office and The Rt Hon David Lammy MP": the one person
            # the page is from delivered it
            named = [p.person for p in people_in(byline["who"])]
            if len(named) == 1:
                briefer = cast.placed(named[0])
                seen_title = announced = briefing = True
        elif section and opening is None:
            briefer = cast.section(section["who"]) or briefer
            # ("Statement by the Spokesperson" over the statement's paragraphs: they open)
            seen_title = announced = briefing = briefer is not None
        elif owned and opening is None and briefer is None:
            # "Spokesperson X's Regular Press Conference on ...": the named briefer's own
            briefer = cast.section(owned["who"])
            seen_title = announced = briefing = briefer is not None
        elif (
            opening is None
            and i > 0
            and _opens(line)
            and seen_title
            and briefing
            # under "Key quotes from X's press conference" the reporter's sentences come
            # first: X's words open with the first quote listed
            and (not listed or _LISTED_QUOTE.match(text) or _LISTED_POINT.match(text))
        ):
            who = briefer or pending or cast.principal()
            # "Good evening, everyone. I am Naoto Kan.": the briefer naming himself opens
            named = (
                who is not None
                and not _SELF_NAMED.search(text)
                and any(same_person(p.person, who) for p in people_in(text))
            )
            note = TRANSCRIPT_NOTE.search(text) or EDITORS_NOTE.search(text)
            if who is not None and not named and not note:
                opening, briefer = i, who
                announced = (
                    announced
                    or who is pending
                    or any(p.lead and p.person is who for p in cast.people)
                    or _holds_post_of_title(who, lines[:i])
                )
        if OCCASION.search(text) and not sentence_like(line):
            seen_title = True
        briefing = briefing or bool(BRIEFING.search(text))
        # past the opening the briefer's words name people who take no part; past the
        # head of the page, the reporter's
        # "RevBlogTranscriptsNed PriceDepartment of State ...": a site's breadcrumb whose links
        # lost their spaces names no one
        glued = _GLUED_LINKS.search(text) is not None
        if opening is None and line.start < _HEAD_CHARS and not glued:
            # "2. Remarks by Prime Minister Y": an item of the page's contents, a topic; the
            # one it names is no one the occasion is of
            item = _CONTENTS_ITEM.match(text) is not None
            # ("FC Fadéla Chaib" in a speaker key: the name after the initials)
            keyed = key is not None and key[0] <= i < key[1]
            found = people_in(text.split(None, 1)[-1] if keyed else text)
            for p in found:
                merge(cast.people, replace(p, lead=False) if item else p)
            # ("Prime Minister" over "Scott Morrison" over "Minister for Foreign Affairs"
            # over "Marise Payne": each post above its holder, the post under a name the
            # next one's; a blank line or a post line above the name ends the block)
            post_above = i > 0 and _post_line(lines[i - 1].text.strip())
            if (
                alone is not None
                and not found
                and _post_line(text.strip())
                and not _blank_between(lines, i)
                and not _post_over_next_name(lines, i)
            ):
                # "Senator the Hon Marise Payne" over "Minister for Foreign Affairs": the
                # header's block gives the post on the line under the name
                _give_post(cast.people, alone, " ".join(text.split()))
            alone = (
                found[0]
                if len(found) == 1
                and (found[0].person.role or "").lower() in _STYLE_NOT_POST
                and not post_above
                else None
            )
            mark_interviewed(cast.people, text)
    if briefer is None and pending is not None:
        briefer, announced = pending, True
    return _Layout(len(lines), opening, briefer, announced, listed)


# "Spokesperson's Press Briefing (Sept. 13, 2012)": the briefing of a post, whose holder the
# page names below the title
_POST_BRIEFING = re.compile(
    r"^(?P<post>(?:[A-Z][\w-]*\s+){0,3}(?:Spokesperson|Spokesman|Spokeswoman))['\u2019]s\s+"
    r"(?:(?:Regular|Daily|Weekly)\s+)?(?:Press\s+)?(?:Briefing|Conference)\b"
)


def _holds_post_of_title(who: SpeakerPhrase, head: list[Line]) -> bool:
    """Whether a title above is the briefing of a post ``who`` holds ("Spokesperson's Press
    Briefing" over "X, Spokesperson and Deputy Minister for Public Relations")."""
    role = {plain_title(w) for w in re.findall(r"[\w-]+", (who.role or "").lower())}
    for ln in head:
        m = _POST_BRIEFING.match(ln.text.strip())
        if m is not None and plain_title(m["post"].split()[-1].lower()) in role:
            return True
    return False


def _conference_of(title: str) -> re.Match[str] | None:
    """The title of a named person's own press conference ("Foreign Ministry Spokesperson
    Hong Lei's Regular Press Conference on ...", "UN Secretary-General X Press Conference"),
    its ``who`` the person named in full; None for any other line."""
    m = _POSSESSIVE_CONFERENCE.match(title) or _NAMED_CONFERENCE.match(title)
    named = person(m["who"]) if m is not None else None
    return m if named is not None and len((named.name or "").split()) >= 2 else None


def _body_only(found: SpeakerPhrase | None) -> SpeakerPhrase | None:
    """``found`` when it is a body: a title's whole tail names a body or no one."""
    return found if found is not None and found.kind == "institution" else None


_ON_BEHALF = re.compile(
    r"\bon behalf of (?:the )?(?P<body>EU\b|European Union|"
    r"[A-Z][\w.'\u2019-]*(?: (?:of )?[A-Z][\w.'\u2019-]*){0,4})"
)


def _body_behalf(name: str) -> SpeakerPhrase | None:
    """The body a statement is made on behalf of: "the EU" is the European Union."""
    return issuing_body("European Union" if name == "EU" else name)


_KIND_TITLE = re.compile(
    # "IAEA Director General's Introductory Statement to the Board of Governors": the post
    # whose words they are first, its holder named on a line below
    r"(?:(?:[A-Z][\w-]*\s+){0,3}(?:Director[- ]General|Secretary[- ]General|High Commissioner|"
    r"Executive Director|Prosecutor|President)['\u2019]s\s+)?"
    r"(?:(?:Opening|Closing|Keynote|Introductory|Concluding|Press|Media)\s+)?(?:Remarks|Statement|Speech|"
    r"Address|Intervention|Explanation of (?:Vote|Position))\b(?!\s+by\b)"
)


_BYLINE = re.compile(r"(?P<who>[^,\n]{3,80})")
_BY_AT_END = re.compile(
    r"(?:[A-Z][\w ]{0,40}\s)?(?:[Ss]tatements?|[Rr]emarks|[Bb]riefing|[Ss]peech|[Aa]ddress)"
    r"(?:\s+(?:made|given|delivered))?\s+by"
)
_BYLINE_LINES = 3  # the name stands right below the title
_NAME_GOES_ON = re.compile(
    r"(?:and|of|for|the)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,4}$"
)


# the kind of a minister's release under their name: "Media Statement", "Media release" (not
# a "Joint media statement", several ministers' words)
_ISSUER_ABOVE_KIND = re.compile(r"(?:[Mm]edia|[Pp]ress)\s+(?:[Ss]tatement|[Rr]elease)")


def _next_text(lines: list[Line], i: int) -> str:
    """The words of the line after ``i``, or nothing at the page's end."""
    return lines[i + 1].text.strip() if i + 1 < len(lines) else ""


def _speaks_first_person(words: str) -> bool:
    """Whether a sentence is its author's own words: in the first person, not reported."""
    return bool(_FIRST_PERSON_WORDS.search(words)) and not REPORTED.search(words)


def _byline(text: str) -> re.Match[str] | None:
    """ "Ambassador Kelly Craft", "Antony J. Blinken, Secretary of State": a line that is one
    person's title and full name, nothing else."""
    m = _BYLINE.fullmatch(text) or _NAME_COMMA_TITLE.fullmatch(text)
    if m is None or len(text.split()) > (6 if "," not in text else 9):
        return None
    found = person(text)
    if found is None or " " not in (found.name or ""):
        return None
    return m if "," not in text or found.role else None


# (a middle initial's stop is no sentence's end: "Antony J. Blinken")
_SIGNED = re.compile(
    r"(?:\(?[Ss]igned\)?:?\s*|[Ss]gd\.?\s*)?(?P<who>(?:[^.!?\n]|(?<=\b[A-Z])\.){3,60})"
)
_SIGNATURE_LINES = 3  # a name, perhaps a title under it, perhaps a place or a date


def _signature(lines: list[Line]) -> SpeakerPhrase | None:
    """ "Justin Trudeau" over "Prime Minister of Canada", "(Signed) X" over "Minister of
    Foreign Affairs": the full name that signs a message or letter whose title gives only
    the post ("Message from the Prime Minister on ...")."""
    texts = [ln.text.strip() for ln in lines if ln.text.strip()]
    # below the last sentence: "Luang Prabang, 29 January 2024" above the text is no signer
    last = max((i for i, t in enumerate(texts) if t[-1] in '.!?:"\u201d'), default=-1)
    tail = texts[last + 1 :][:_SIGNATURE_LINES]
    for i, text in enumerate(tail):
        # "Stéphane Dujarric, Spokesman for the Secretary-General": the name and its post on
        # one line
        name, comma, post = text.partition(", ")
        signed = _SIGNED.fullmatch(name)
        if signed is None or len(signed["who"].split()) > 5 or re.search(r"\d", text):
            continue
        found = person(signed["who"])
        if found is None or " " not in (found.name or ""):
            continue
        below = post if comma else tail[i + 1] if i + 1 < len(tail) else ""
        if below:
            titled = person(f"{found.name}, {below}")
            if titled is not None and titled.name == found.name:
                return titled
        return found
    return None


# a State Department page's issuer: the full name, a comma, the title
_NAME_COMMA_TITLE = re.compile(r"(?P<who>[^,\n]{3,80},\s*[A-Z][^,\n]{2,60})")


def _opens(line: Line) -> bool:
    """A line the briefer's opening may begin with: a sentence, not an item of the page's
    contents ("4. North Korean Affairs (Former US President Carter's Visit)") nor its note
    on when the words were delivered ("Delivered on 20 January 2025 in New York.")."""
    return (
        sentence_like(line)
        and not is_heading(line)
        and not _DELIVERY_NOTE.match(line.text)
        and not _DAY_AND_HOUR.match(line.text)
        and not _CHAIRED.search(line.text)
    )


# "X, Director of the Information Service, chaired the hybrid briefing, which was attended
# by ...": a summary's note on who chaired and who came, the record's words, no one's opening
# ("The Ministry of Foreign Affairs held its regular press conference on May 14": the
# record telling its own occasion, the body's name a third party's)
_CHAIRED = re.compile(
    r"\b(?:chaired|moderated|presided\s+over)\s+the\s+(?:[\w-]+\s+){0,2}"
    r"(?:briefing|press\s+conference|news\s+conference|meeting)\b"
    r"|\bheld\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}"
    r"(?:briefing|press\s+conference|news\s+conference)\b"
)


# "Wednesday, June 12, 2024, 4:00 p.m.": the header's day and hour, a stop closing the "p.m."
_DAY_AND_HOUR = re.compile(
    r"\s*(?:[A-Z][a-z]+day,?\s+)?[\w ,.]{3,25}?\b(?:19|20)\d\d,?\s+\d{1,2}[:.]\d\d\s*[ap]\.?m\b"
)


# "Delivered on 20 January 2025 in New York.", "(As delivered on 3 May)", "Speech delivered
# in Geneva on 11 June": a speech page's note of its occasion's day, no words of the speech
_DELIVERY_NOTE = re.compile(
    r"\s*\(?(?:[Aa]s )?(?:(?:[Ss]peech|[Rr]emarks|[Ss]tatement|[Aa]ddress) )?"
    r"(?:[Dd]elivered|[Hh]eld|[Rr]ecorded|[Gg]iven)"
    r"(?: (?:in|at) (?:the )?[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3},?)? on\b"
)


_SMALL_WORDS = frozenset(
    ["by", "of", "on", "the", "in", "at", "to", "for", "and", "after", "before", "during"]
    + ["with", "upon", "following", "ahead", "prior", "aboard", "en", "route"]
)


def _unshouted(title: str) -> str:
    """ "STATEMENT BY THE HIGH REPRESENTATIVE JOSEP BORRELL ON THE SITUATION IN ...": a title
    set in capitals (as syndicated EU and UN releases are), cased as a title is, its length
    kept, so the title patterns read it; any other line as it is."""
    if not title.isupper() or len(title.split()) < 4:
        return title
    words = re.split(r"(\s+)", title)
    out = []
    for n, w in enumerate(words):
        low = w.lower()
        if n and low in _SMALL_WORDS:
            out.append(low)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return "".join(out)


# '"The eyes of the world are on the Council."' above the title: a site's headline quoting
# the speech, no sentence of the page's own
_QUOTED_TITLE = re.compile(r"[\"\u201c][^\"\u201c\u201d\n]{3,200}[\"\u201d]")


# "Highlights of Çavuşoğlu's comments:", "Minister X's remarks:": a line saying that the
# paragraphs below are that person's words
_HIGHLIGHTS = re.compile(
    r"(?:(?:Highlights|Excerpts|Key points|Main points) (?:of|from) )?"
    r"(?P<who>[^\W\d_][^\n:]{2,80}?)"
    r"['\u2019]s? (?:[Cc]omments|[Rr]emarks|[Ss]tatements?|[Ww]ords|[Aa]nswers)"
    r"(?: [^\n:]{0,80})?:$"
)
# "We rounded up Zelenskiy's most notable statements about Russia ...:", a list of his quoted
# words below; "Key quotes from Zelensky's press conference" over them
_ROUNDED_UP = re.compile(
    r"\b(?P<who>[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,2})['\u2019]s? (?:(?:most |more )?"
    r"(?:notable|important|key|main|latest|strongest) )?(?:statements|remarks|comments|quotes)\b"
    r"[^\n]{0,160}:$"
)
_KEY_QUOTES = re.compile(
    r"(?:Key|Main|Top|Notable|Best) (?:quotes|statements|takeaways|points) (?:from|of) "
    r"(?P<who>[^\W\d_][^\n:]{2,60}?)['\u2019]s? (?:(?:weekly|daily|regular|annual) )?"
    r"(?:press conference|news conference|interview|speech|remarks|address|briefing|Q&A)\b"
)
# a briefing's digest: "Here are the key points made by Official Spokesperson X:", "Below are
# his main answers.", "Here are the main takeaways from his remarks:" closing the sentence that
# names the briefer; his quoted answers follow, each under its topic ("On the grain deal:")
# (whose the words are told: "his", or "by X"; "Here are the main takeaways:" of a summit
# tells no one's)
_POINTS_BELOW = re.compile(
    r"\b(?:Here|Below) (?:are|is) (?:some of )?(?:(?P<his>his |her )|the )"
    r"(?:(?:key|main|top|chief|most (?:important|notable)) )"
    r"(?:points|statements|answers|takeaways|quotes|remarks|comments)"
    r"(?(his)| (?:made by|by|from|of) (?P<who>[^\n:.]{3,80}?))\s*[.:]$"
)
# "Here's what he said:", "Here is what Kirby said on each topic:": the same pointer, as US
# outlets put it (not "Here's what we know:", the reporter's)
_WHAT_SAID = re.compile(
    r"\b(?:Here(?:'s|\u2019s| is)|Below is) (?:some of )?what "
    r"(?:(?P<his>he|she)|(?P<who>[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,2})) "
    r"(?:said|told (?:reporters|journalists)|had to say)\b[^\n:.]{0,60}[.:]$"
)
# "Zakharova's briefing": whose the words are, by the possessive of a name
_OWNER = re.compile(
    r"(?P<who>[A-Z][\w-]+)['\u2019]s (?:briefing|remarks|answers|press conference)$"
)
# "Key statements:" on a line of its own below the sentence naming the briefer
_BARE_POINTS = re.compile(r"(?:Key|Main|Top) (?:statements|points|quotes|takeaways):?")
_INTRO_LINES = 2  # the introduction's sentence may run to a second line


def _words_of(text: str) -> re.Match[str] | None:
    """A line saying that the paragraphs below are someone's words; its ``who`` names them."""
    return (
        _HIGHLIGHTS.match(text)
        or _ROUNDED_UP.search(text)
        or _KEY_QUOTES.match(text)
        or _pointed_briefer(text)
    )


def _pointed_briefer(text: str) -> re.Match[str] | None:
    """ "X briefed reporters on Tuesday. Here are the main takeaways from his remarks:": the
    pointer to the quotes below, its ``who`` the one person the line names in full (after
    "made by", or before, where a pronoun points back to him)."""
    said = _WHAT_SAID.search(text)
    if said is not None and said["who"]:
        return said  # "Here is what Kirby said:": the one the line above names in full
    pointer = _POINTS_BELOW.search(text)
    if pointer is None and said is None:
        return None
    if pointer is not None and (owner := _OWNER.match(pointer["who"] or "")) is not None:
        # "the main quotes from Zakharova's briefing": the one the line above names in full
        return re.compile(rf"(?P<who>{re.escape(owner['who'])})").search(text, pointer.start("who"))
    return _one_named(text)


def _one_named(text: str) -> re.Match[str] | None:
    """The one person ``text`` names in full, as a match whose ``who`` is the name."""
    named = {p.person.name for p in people_in(text) if " " in (p.person.name or "")}
    if len(named) != 1:
        return None
    return re.search(rf"(?P<who>{re.escape(named.pop())})", text)


def _named_above(who: str, lines: list[Line]) -> bool:
    """Whether ``who`` names a person in full, or by the surname of someone the lines
    above name in full ("Çavuşoğlu" under "Foreign Minister Mevlüt Çavuşoğlu was ...")."""
    found = person(who)
    if found is not None and " " in (found.name or ""):
        return True
    word = who.strip()
    return " " not in word and any(
        (p.person.name or "").split()[-1:] == [word]
        for ln in lines
        for p in people_in(ln.text)
        if " " in (p.person.name or "")
    )


_ISSUED_NOTE = re.compile(
    r"(?:The|This) (?:press release|news release|statement|speech|news story|article) "
    r"(?:was )?(?:issued|published|released|posted) by [^.\n]{2,80}? on [^.\n]{4,40}\.?"
)


# a caption telling who held the briefing the page carries: "X held a press briefing on ..."
_HELD_BRIEFING = re.compile(
    r"^(?P<who>[A-Z][^\n,;:]{2,80}?)\s+(?:held|gave|hosted|delivered)\s+(?:a|an|his|her|the)\s+"
    r"(?:(?:regular|daily|weekly|special|joint)\s+)?(?:press briefing|news briefing|briefing|"
    r"press conference|news conference|speech|address)(?:\s+[^\n\"\u201c]{0,80})?\.$"
)
_FIRST_PERSON_WORDS = re.compile(r"\b(?:I|I'll|I'm|I\u2019ll|I\u2019m|we|We|our|Our|me)\b")


def _own_words_below(lines: list[Line], title: int) -> bool:
    """Whether the first words below a caption are the speaker's own: spoken in the first
    person ("Good afternoon everybody. I'll start off with ..."), not a story's report."""
    for ln in lines[title + 1 : title + 1 + _INTRO_LINES + 3]:
        words = ln.text.strip()
        if len(words.split()) < 6:
            continue  # "Category", a site's section name
        return bool(_FIRST_PERSON_WORDS.search(words)) and not REPORTED.search(words)
    return False


def _speech_titles(lines: list[Line], pictured: Spans | None = None) -> dict[int, re.Match[str]]:
    """The title lines, above the first sentence, that say whose speech or remarks the page
    is: the page's title may follow a site's name or section ("European Union External
    Action", "Africa and the EU"). A photo's caption (``pictured``) is none: "X delivers his
    annual address ... (Sputnik/AFP via Getty Images)" shows the scene a story reports."""
    found: dict[int, re.Match[str]] = {}
    noted = False  # a reprint's note on the page's source stood above
    kind_at = -1  # the line of a title that says what kind of words the page holds
    for i, line in enumerate(lines[: _title_lines(lines)]):
        if pictured is not None and line.start in pictured:
            continue
        text = _unshouted(line.text.strip())
        if credited(text):
            continue  # a photo's caption: "X delivering his speech at ... PHOTO: AFP"
        if _SPEECH_PAGE.fullmatch(text):
            continue  # "Oral statement to Parliament": the page's kind, no one's title
        made_by = _MADE_BY.match(text) or _FOLLOWING_IS.match(text) or _SUMMARY_BY.match(text)
        if made_by is not None and person(made_by["who"]) is not None:
            found[i] = made_by
            break
        highlights = _words_of(text)
        if highlights is not None and _named_above(
            highlights["who"], lines[: i + 1 + _INTRO_LINES]
        ):
            found[i] = highlights
            break
        if _ISSUED_NOTE.fullmatch(text):
            # "The press release issued by the Foreign Office on 15 April 2024.": a reprint's
            # note on where the page came from, above the statement's own title
            noted = True
            continue
        # a title closed by a stop or a quote, as a sentence would be, over words in the first
        # person ("Speech by President X at the Y Summit in Z." over "I want to say here ...",
        # 'Keynote speech by Minister X: "Security cannot be outsourced"')
        closed = sentence_like(line) and _own_words_below(lines, i)
        # ("14 Jan 2025 - Remarks to the media by X, ..., following ...": a title under its
        # day, closed by a stop all the same)
        dated = _DAY_DASH_FIRST.match(text) is not None
        titled = _SPEECH_TITLE.match(text.removesuffix(".")) if noted or closed or dated else None
        if titled is not None and person(titled["who"]) is not None:
            # under that note, "Statement by Ambassador X, ..., 14 April 2024." ends in a
            # stop, as a sentence would, and is the title all the same
            found[i] = titled
            break
        held = _HELD_BRIEFING.match(text) if i < _INTRO_LINES + 1 else None
        if held is not None and person(held["who"]) is not None and _own_words_below(lines, i):
            # "Pentagon Spokesperson X held a press briefing on Wednesday." above a video's
            # transcript: the words below, in the first person, are X's
            found[i] = held
            break
        if (
            i > 0
            and sentence_like(line)
            and not _QUOTED_TITLE.fullmatch(text)
            and not _SITE_NOTICE.search(text)
        ):
            # "X was a guest of the programme.", then "Highlights of X's comments:": the
            # introduction's sentence, then the line saying whose words follow
            below = lines[i + 1 : i + 1 + _INTRO_LINES]
            intro = next(
                (
                    (i + 1 + n, m)
                    for n, ln in enumerate(below)
                    if (m := _words_of(ln.text.strip())) is not None
                    and _named_above(m["who"], lines[: i + 1 + n])
                ),
                None,
            )
            bare = next(
                (
                    i + 1 + n
                    for n, ln in enumerate(below)
                    if _BARE_POINTS.fullmatch(ln.text.strip())
                ),
                None,
            )
            if intro is None and bare is not None and (named := _one_named(text)) is not None:
                # "Kremlin spokesman X answered questions on Monday." over "Key statements:"
                intro = (bare, named)
            if intro is not None:
                found[intro[0]] = intro[1]
            break
        m = _SPEECH_TITLE.match(text)
        if m is None and i > 0 and _KIND_LINE.fullmatch(lines[i - 1].text.strip()):
            m = _BY_LINE.match(text)
        if m is None and i > 0 and _BY_AT_END.fullmatch(lines[i - 1].text.strip()):
            # "Statements made by" / "the Ministry of Foreign Affairs Spokesperson": a title
            # broken after its "by" ("the Ministry for Europe" / "and Foreign Affairs": and
            # perhaps again inside the name)
            below = _next_text(lines, i)
            joined = _NAME_GOES_ON.match(below) is not None and not sentence_like(lines[i + 1])
            m = _BYLINE.fullmatch(f"{text} {below}" if joined else text)
        if m is None and kind_at >= 0 and 0 < i - kind_at <= _BYLINE_LINES:
            # "Closing Remarks at the last ... Meeting", then "Ambassador Kelly Craft" on a
            # line of its own: a mission's page names the speaker below a title that does not
            # (the title under the site's name and menu, or first)
            m = _byline(text)
        if kind_at < 0 and _KIND_TITLE.match(line.text.strip()):
            kind_at = i
        if m is None and _ISSUER_ABOVE_KIND.fullmatch(_next_text(lines, i)):
            # "The Hon Anthony Albanese MP" over "Media Statement": a minister's own site,
            # its name line above the kind of each page; the page is theirs when it speaks in
            # the first person ("Today I announce ...")
            named = _byline(text)
            first = next((ln for ln in lines[i + 1 :] if sentence_like(ln)), None)
            if named is not None and first is not None and _speaks_first_person(first.text):
                m = named
        after = (_SPEECH_AFTER.match(text) or _OCCASION_SPEECH.match(text)) if m is None else None
        if after is not None and (person(after["who"]) or one_named(after["who"])):
            m = after  # the person alone, not a phrase around them ("X makes statement")
        if m is None:
            m = _post_speech(lines, i, text)
        issued = _BODY_STATEMENT.match(text) if m is None else None
        if (
            issued is not None
            # "Spokeswoman X's comment on ...": a ministry's page of one person's words, as
            # of a body's
            and (issuing_body(issued["who"]) or person(issued["who"]))
            and _in_own_voice(lines, i)
        ):
            m = issued
        if m is not None and not _told_of_below(lines, i, m):
            found[i] = m
    return found


# the head word of the post a title gives its person: "Statement of the Chairperson of ..."
_TITLE_POST = re.compile(r"\b[Tt]he ([A-Z][a-z]+)\b")
# how many paragraphs below a title are read for the voice of the page
_VOICE_PARAGRAPHS = 4


def _told_of_below(lines: list[Line], title: int, m: re.Match[str]) -> bool:
    """Whether the paragraphs below a title naming whose statement the page is ("Statement of
    the Chairperson ..., H.E. X, on the situation in Y") tell of that person in the third
    person: the first names them ("The Chairperson ..., X, is following with concern ...")
    and none of the first few says "I" or "we" outside a quotation. Such a page is the office's
    release reporting the person's stand ("The Chairperson reaffirms ... He further urges
    ..."), each verb of it a statement of its own as in any story, not the person's speech
    printed whole (whose lead may name the speaker, but whose words then turn to "I")."""
    if "who" not in m.re.groupindex or m["who"] is None:
        return False
    named = person(m["who"])
    if named is None or not named.name:
        return False
    surname = named.name.split()[-1]
    below = [ln for ln in lines[title + 1 :] if sentence_like(ln)][:_VOICE_PARAGRAPHS]
    if any(ln.label is not None for ln in below):
        return False  # ("X: A year ago the river ..."): turns labelled with the name, X's own
    if not below:
        return False
    # the first paragraph names them by their name or by the post the title gives them
    # ("Statement of the Chairperson of X, H.E. Y, on ..." over "The Chairperson of X is
    # following ...")
    post = _TITLE_POST.search(m.string, 0, m.end("who"))
    names = re.escape(surname) + (rf"|[Tt]he {re.escape(post[1])}" if post else "")
    if re.search(rf"\b(?:{names})\b", below[0].text) is None:
        return False
    return not any(_speaks_as_self(ln.text) for ln in below)


# "Foreign Secretary's ": a post (up to four capitalised words) owning the speech a title
# names (the issued-document reader's post title too: statement_page)
POST_OWNS = r"(?P<post>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)['\u2019]s\s+"
# "English rendering of PM's address at the G20 Summit", "Foreign Secretary's speech at
# Chatham House": a title naming the post alone, whose holder the page's lead names
_POST_SPEECH = re.compile(
    r"^(?:(?:English rendering|(?:Full )?[Tt]ext|Transcript) of (?:the )?)?"
    rf"{POST_OWNS}"
    r"(?:(?:opening|closing|keynote|video|inaugural|special)\s+)?"
    r"(?:speech|address|remarks|statement|message)\s+(?:at|to|on|before|during|in|for)\s+"
    r"[^\n]{3,160}$"
)
# the posts a title abbreviates
_POST_ABBREVIATIONS = {"PM": "Prime Minister", "EAM": "External Affairs Minister"}


def _post_speech(lines: list[Line], title: int, text: str) -> re.Match[str] | None:
    """The holder of the post a title names ("PM's address at ..."), when the lead below
    names that post and one person in a sentence of its own ("The Prime Minister, Shri X
    addressed the session today."), not a report of the speech, and the words after the lead
    turn to the first person within two paragraphs: the page prints the holder's speech."""
    titled = _POST_SPEECH.match(text)
    if titled is None or person(titled["post"]) is not None:
        return None
    post = _POST_ABBREVIATIONS.get(titled["post"], titled["post"])
    below = [ln for ln in lines[title + 1 : title + 1 + _INTRO_LINES + 4] if sentence_like(ln)]
    if len(below) < 2 or post.lower() not in below[0].text.lower():
        return None
    lead = below[0].text
    named = {p.person.name for p in people_in(lead) if " " in (p.person.name or "")}
    if len(named) != 1 or REPORTED.search(lead):
        return None
    if not any(_speaks_first_person(ln.text) for ln in below[1:3]):
        return None
    return _BYLINE.fullmatch(named.pop())


# a story about the statement: its first paragraph reports, from a wire's dateline
REPORTED = re.compile(
    r"\b(?:said|says|told|according to)\b|\([A-Z][\w .]{1,30}\)\s*[-\u2013\u2014]"
)


# "The Ambassador pointed out that ...", "He stressed that ...": a sentence telling, in the
# third person, what someone said
_TOLD_THAT = re.compile(
    r"\b(?:said|stated|told\s+\w+|noted|stressed|emphasi[sz]ed|underlined|underscored|"
    r"highlighted|reiterated|pointed\s+out|added)\s+that\b"
)
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y)\b")
_VOICE_LINES = 12  # how many lines below the title are read for a "we" or "I"


def _reports_named(lines: list[Line], title: int) -> bool:
    """Whether the first paragraph under a spokesperson's title reports what a person it
    names said, in the third person and with no "we" or "I" of its own ("Recently,
    Ambassador X gave an interview to ... The Ambassador pointed out that ..."): an embassy's
    page filed under its spokesperson's remarks that tells the ambassador's words, which are
    his, not the spokesperson's own (a spokesperson's remarks speak as "we" somewhere:
    "Senator X said that ... We firmly oppose ...")."""
    below = lines[title + 1 : title + 1 + _VOICE_LINES]
    # (the telling may start in the second paragraph: "On May 4, Ambassador X met ... and
    # protested ..." then "Ambassador X pointed out that ...")
    first, second = (ln for ln in [*filter(sentence_like, below), None, None][:2])
    told = [ln for ln in (first, second) if ln is not None and ln.label is None]
    return (
        first is not None
        and first.label is None  # (not "Q: Senator X said that ...?")
        and any(_TOLD_THAT.search(ln.text) is not None for ln in told)
        and bool(people_in(first.text))
        # (a rebuttal's "we" further down: "Senator X said that ... We firmly oppose ...")
        and not any(_FIRST_PERSON.search(ln.text) for ln in below)
    )


def _in_own_voice(lines: list[Line], title: int) -> bool:
    """Whether the first paragraph under a body's title is the body's own words, not a
    news story's lead ("Foreign Ministry statement on X draws rebuke" over "CHISINAU
    (Reuters) - Moldova's president said ...")."""
    first = next((ln for ln in lines[title + 1 :] if sentence_like(ln)), None)
    return first is not None and REPORTED.search(first.text) is None


def read_transcript(text: str) -> Transcript | None:
    """Turns and narrative of a briefing, interview or talks; None when ``text`` is not one."""
    lines = read_lines(text)
    if len(lines) < 2:
        return None
    counts = _label_counts(lines)
    announced = transcript_note(text, 0, _HEAD_CHARS)
    # (not a photo's caption: "X speaks to the media in Geneva. (Photo: ...)" shows a scene)
    pictured = Spans(caption_lines(text))
    interview = any(
        _announces_interview(ln) and ln.start not in pictured for ln in lines[: _head_lines(lines)]
    )
    speech = bool(_speech_titles(lines, pictured)) or _speech_page(lines)
    # "Press Conference by Minister for Foreign Affairs X" above the page: whose it is
    section = any(_SECTION.match(ln.text.strip()) for ln in lines[: _title_lines(lines)])
    whose = section  # the title says whose words the page's paragraphs are
    # "The 4th Regular Press Conference": a ministry's own numbered briefing
    numbered = any(
        _NUMBERED_CONFERENCE.match(ln.text.strip()) for ln in lines[: _title_lines(lines)]
    )
    # ("Foreign Ministry Spokesperson's Remarks on ...": its spokesperson's, unnamed)
    possessive = any(
        _conference_of(ln.text.strip())
        or _POST_BRIEFING.match(ln.text.strip())
        or _UNNAMED_BRIEFER.match(ln.text.strip())
        for ln in lines[: _title_lines(lines)]
    )
    # "Press Release Regarding the Attack in X": a ministry's release, titled by its topic
    released = any(_RELEASE_TITLE.match(ln.text.strip()) for ln in lines[: _title_lines(lines)])
    section = section or numbered or possessive or released
    # "President of France X (retranslated):": only a transcript says how words reached it
    interpreted = any(ln.label is not None and ln.label.interpreted for ln in lines)
    # "The Minister of State (X)" on a line of its own: a parliament's record (not a photo's
    # caption: "Foreign Minister X (Photo: MoFA)" names who is pictured)
    record_page = any(
        ln.label is not None and ln.label.own_line and ln.start not in pictured for ln in lines
    )
    titled_page = announced or interview or speech or section or interpreted or record_page
    # "Sergey Lavrov: I would say so." right under a question the page leaves unlabelled: an
    # interview's excerpt whose one answer is labelled with the full name
    asked_above = _answers_question(lines)
    # "President Vladimir Putin: Mr President," on the first line: an excerpt that opens on a
    # turn (a headline's label is no turn, see read_lines), talks with no questions
    opens_on_turn = lines[0].label is not None
    # "Record of the Regular Press Briefing held on ..." over bare "Q." labels: a briefing's
    # record, a question perhaps its only label (see _briefing_body)
    bare_briefing = _unnamed_answers(lines) and any(
        BRIEFING.search(ln.text) and not sentence_like(ln) for ln in lines[: _title_lines(lines)]
    )
    titled_page = titled_page or asked_above or opens_on_turn or bare_briefing
    if not counts and not titled_page and _lead_in(lines) is not None:
        # no labels, no title: an introduction handing over to questions and answers
        return _unlabelled_interview(text, lines, Cast(text))
    # a title line naming a briefing occasion ("Doorstop, Parliament House", "Press
    # conference, Jakarta"): one labelled turn under it may be the page's whole excerpt
    briefing_title = any(
        BRIEFING.search(ln.text) and not sentence_like(ln) for ln in lines[: _title_lines(lines)]
    )
    if sum(counts.values()) < 2 and not (
        titled_page or briefing_title or any(map(formal_text, counts))
    ):
        return None  # no turns to speak of, and no header announcing a transcript
    cast = Cast(text)
    cast.labels = frozenset(counts)
    layout = _layout(lines, cast, counts)
    headline = next(
        (found for ln in lines[: _title_lines(lines)] if (found := quoted_headline(ln.text))),
        None,
    )
    if headline is not None and layout.briefer is None and cast.principal() is None:
        # "Minister X: 'Europe cannot wait'" over "Question." and "Answer.": the one the
        # interview's headline quotes answers
        cast.current = cast.placed(headline)
    if numbered and layout.briefer is None:
        # the ministry's own briefing, the ministry named nowhere (not by the title, the head
        # of the page or the site's address, which would have made it the briefer): its
        # answers are no one's the text can name, and the reporters' questions ("1.
        # VnExpress: X has said ...?") are no one's statements either
        return Transcript([], [])
    if layout.announced and layout.briefer is not None and layout.briefer.kind == "institution":
        # "A:" under the title of a spokesperson the page never names: the ministry answers
        cast.current = cast.placed(layout.briefer)
    elif (
        layout.announced
        and layout.briefer is not None
        and layout.briefer.kind == "person"
        and cast.principal() is None
        and not any(p.lead for p in cast.people)
        and counts.get("A", 0) + counts.get("Answer", 0) + counts.get("ANSWER", 0) > 0
    ):
        # "A:" under a title naming the one who answers ("Remarks by Spokesperson X at the
        # Regular Press Conference"): the header reads a spokesperson at a press conference as
        # the one running it (a host), which leaves no principal; the titled briefer answers.
        # Not where the title names leads of its own ("Joint Press Conference by Foreign
        # Minister X and Foreign Minister Y"): a bare "A:" there may be either of them
        cast.current = cast.placed(layout.briefer)
    if layout.opening is not None and layout.briefer is not None and layout.body < len(lines):
        # a transcript that labels the briefer does so from the first words: a sentence
        # above that label is the site's ("Try Rev and save time transcribing ...")
        label = lines[layout.body].label
        first = cast.read(label, counts[label.text]) if label is not None else None
        # (not an opening set out under headings, as a noon briefing's is, above the
        # "Questions and Answers" whose turns are labelled)
        headed = any(is_heading(ln) for ln in lines[layout.opening + 1 : layout.body])
        if (
            first is not None
            and first[1] is not None
            and same_person(first[1], layout.briefer)
            and not headed
        ):
            layout = replace(layout, opening=None)
    if layout.opening is not None and not whose and _excerpts_below(lines, layout.body):
        # "The following are edited excerpts of the interview." right above the first label:
        # the paragraphs above it were the reporter's story, not the briefer's opening (not
        # under "Statement by the Spokesperson", whose own paragraphs come before "Extract
        # from the press briefing")
        layout = replace(layout, opening=None)
    body = layout.body
    head = lines[:body]
    header_end = body if layout.opening is None else min(body, layout.opening)
    # (a photo's caption in the header dates the photo, not the words)
    header = read_header([ln.text for ln in lines[:header_end] if ln.start not in pictured])
    if _undated(header) and body < _head_lines(lines):
        # "Khalilzad: Taliban Must ..." a headline read as the first turn, above the page's
        # date line and the introduction that tell the interview's day: read to the next label
        # (a label no other follows opens the one turn of the page, "Vassily Nebenzia: It is a
        # pleasure ...", whose own days, "On July 3, we have ...", tell no day of the page)
        below = next((i for i in range(body + 1, len(lines)) if lines[i].label), None)
        if below is not None:
            header = read_header([ln.text for ln in lines[:below] if ln.start not in pictured])
    cast.header = header
    kinds, briefer_only = _read_labels(text, lines, cast, counts, layout)
    _dash_questions(lines, kinds)
    _askers_by_questions(lines, kinds)
    # the occasion named in a title, not in passing ("had two interviews") in a sentence
    titled = any(
        (OCCASION.search(ln.text) or HELD_ON.search(ln.text)) and not sentence_like(ln)
        for ln in head
    )
    named = [i for i, kind in kinds.items() if kind != "other"]
    found = {kinds[i] for i in named}
    # "Below are edited excerpts from the press conference." right above the labelled turns: a
    # story setting out the exchange it reports, as a transcript would
    titled = titled or _excerpts_below(lines, layout.body)
    # speakers in capitals with a courtesy title or a post ("MR PRICE:", "SECRETARY BLINKEN:",
    # "FOREIGN MINISTER BAERBOCK:") are the transcript convention of governments, not a way
    # news prose writes
    capitals = bool(named) and all(formal(lines[i].label) for i in named)
    # "Check against delivery!", a doorstep of one briefer: only the questions are labelled
    # (or a doorstep whose first words answer the first question, under a title naming whose)
    briefed = (
        (header.transcript or speech or section)
        and layout.announced
        and (layout.opening is not None or (bool(speech) and found == {"ask"}))
    )
    # "MODERATOR: ... Mr. Prime Minister, please." then "Opening Statement by Prime Minister
    # X" above his words: a section in the body says whose they are
    sectioned = any(_SECTION.match(ln.text.strip()) for ln in lines[body:])
    briefed = briefed or bool(layout.announced and sectioned and found == {"ask"})
    # "Question:" (or "1. Reuters:") and the answers unlabelled under a briefing's title
    # naming no one who briefs: the answers are the body's the page names (_briefing_body);
    # likewise under a title that is one named briefer's own briefing ("Spokesperson X's
    # Regular Press Conference on ..."): the one the title owns the briefing to answers
    briefed = briefed or bool(
        layout.announced
        and layout.briefer is not None
        and (layout.briefer.kind == "institution" or possessive)
        and found == {"ask"}
        and (numbered or _unnamed_answers(lines))
    )
    principal = cast.principal()
    if found & {"ask", "answer"} and not any(p.lead for p in cast.people):
        # "In an interview with EFE, X rejected the steps of his counterpart, Y, who ...": the
        # introduction names the guest, whoever else its lines name
        cast.guest = _guest_of_intro(lines[:body], interview)
        principal = cast.principal()
    if (
        (interview or announced)
        and found == {"ask"}
        and layout.briefer is None
        and principal is not None
    ):
        # "X spoke with Newsweek's Y ... Excerpts:", "Following is the text of the interview:",
        # then "Q." and the answers unlabelled: the one the introduction names answers
        layout = replace(layout, briefer=principal, announced=True)
        briefed = True
    # a parliament's record names each member on a line of its own: the record announces itself
    record = any(lines[i].label.own_line for i in named if lines[i].label is not None)
    answered = "answer" in found and (
        len(named) >= 2
        and ("ask" in found or titled or record)
        or record
        and len(named) == 1
        or capitals
        or briefer_only
        # "Transcript of Weekly Media Briefing by the Official Spokesperson", then one person's
        # label only: an excerpt cut before the first question
        or bool(announced)
        and len({lines[i].label.text for i in named if lines[i].label}) == 1
        or any(lines[i].label.interpreted for i in named if lines[i].label is not None)
        or asked_above
        and len(named) == 1
        or opens_on_turn
        and found == {"answer"}
        or _posted_speakers(lines, named, cast, counts) >= 2
        # "Doorstop, Parliament House" over "Jane Doe, Foreign Minister: Late yesterday, ...":
        # a page titled by a briefing occasion whose one label names a person in full with a
        # post, saying a sentence or more: the briefer's opening turn, cut before questions
        or briefing_title
        and len(named) == 1
        and _posted_person(lines, named[0], cast, counts)
        # "Statement by the President of Russia" over "Vladimir Putin: I am addressing ...":
        # a speech page that labels its one speaker's words
        or bool(speech)
        and found == {"answer"}
        and len({lines[i].label.text for i in named if lines[i].label}) == 1
    )
    if kinds and not answered and not (briefed and found == {"ask"}):
        return None
    if not kinds and not briefed:
        # without labels, only a header naming the briefer announces a transcript, or an
        # interview's title naming the one who answers the questions set apart below it
        return _unlabelled_interview(text, lines, cast)
    # a page no title or note calls a transcript: a story quoting an exchange, which may go
    # on reporting after the last answer
    story = not (announced or speech or section or interpreted or record_page or header.transcript)
    answering = [i for i in named if kinds[i] == "answer"]
    if story and "ask" not in found and _names_no_one(text, lines, answering, counts):
        # "Deep Background: The turmoil began ...": a newsletter's run-in headings, words
        # that read as a name but that no sentence of the page names, and no one asking;
        # no one's turns
        return None
    if story and not titled_page and headline is None and _explainer(lines, kinds, answering, body):
        # "Q: What was the deal?" / "A: It allowed Ukraine to ship grain ...": an explainer's
        # questions, put to no one, answered by its writer; a person the introduction names
        # answers none of them (a headline quoting someone names who answers)
        return None
    transcript = _Walk(text, lines, cast, counts, kinds, layout, story).run()
    if not transcript.turns and (not kinds or not titled_page):
        # labels that open no one's turn on a page no header calls a transcript (an
        # explainer's "Q:" and "A:", the answers the reporter's own prose): a story
        return None
    return transcript


_BARE_ANSWER = {"A", "Answer", "ANSWER"}
# "Please explain ...", "Sir, the families say ...": a turn put to the one who answers
_PLEASE = re.compile(r"\b(?:[Pp]lease|Sir|Ma[\u2019']am|Madam)\b")
_ADDRESSED = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
# "Minister, the president said ...", "Mr. Secretary, ...", "Mr President", "Excellency":
# the one who answers addressed by title, a claim put to them
_BY_TITLE = re.compile(
    r"\b(?:Mr|Mister|Madam|Madame|Mrs|Ms)\.?\s+(?:Vice\s+|Prime\s+|Foreign\s+)?(?:President|"
    r"Secretary|Minister|Ambassador|Chairman|Chancellor|Speaker|Commissioner|Director)\b"
    r"|\bExcellenc(?:y|ies)\b"
    r"|(?:^|[.,;:!\u2014-]\s*)(?:Foreign\s+|Prime\s+|Deputy\s+)?(?:Minister|Ambassador|Senator|"
    r"Secretary|President|Chancellor|Governor|Commissioner|General|Admiral)\s*(?:[,!?\u2014]|$)"
)
# "Welcome, Minister.", "Minister, welcome to the program.": a greeting, no question
_GREETING = re.compile(
    r"[^.!?]{0,160}\b(?:[Ww]elcome|[Gg]ood (?:morning|afternoon|evening))\b[^.!?]{0,160}[.!?]?"
)
# "NPR's Anthony Kuhn reports.": the page introduces its reporter, whose turns narrate
_REPORTS = re.compile(
    r"\b[A-Z][\w&.-]{0,40}[\u2019']s\s+"
    r"(?P<name>(?:[A-Z][\w.'\u2019-]{1,30}\s+){1,3}[A-Z][\w'\u2019-]{1,30})\s+reports\b"
)
# "TAMARA KEITH, BYLINE:" (a public broadcaster's reporter), "RACHEL MARTIN, HOST:",
# "JOHN VAUSE, CNN ANCHOR:": a name, then the programme's post
_REPORTER_POSTS = {"byline"}
# (not "CORRESPONDENT:", "REPORTER:": a correspondent's package tells others' words in
# turns whose "he said" the turn's label would take)
_PROGRAMME_POSTS = {"host", "anchor", "presenter", "byline"}
# "EXPLAINER", "Factbox", "Q&A: Why the crossing matters", "What you need to know": a page
# that sets out a topic as questions its writer answers
_EXPLAINER_MARK = re.compile(
    r"\b(?:EXPLAINER|[Ee]xplainer|[Ee]xplained|FACTBOX|[Ff]actbox|Q&A|[Ww]hat you need to know|"
    r"[Ww]hat we know)"
)


def _names_post(title: str) -> bool:
    """Whether a title names a post ("prime minister", "envoy")."""
    return any(w.lower() in ROLE_WORDS for w in re.findall(r"[\w-]+", title))


def _explainer(lines: list[Line], kinds: dict[int, str], answering: list[int], body: int) -> bool:
    """Whether bare "A:" labels answer questions none of which is put to anyone ("What was
    the deal?", "Who is most affected?"), on a page marked as an explainer whose mark names
    no post and whose introduction tells no interview ("X told Arab News", "The interview
    has been edited")."""
    head = lines[:body]
    marks = [ln.text for ln in head if _EXPLAINER_MARK.search(ln.text)]
    # ("Q&A: Estonia's prime minister on defence": a title naming the one who answers)
    if (
        not marks
        or any(map(_names_post, marks))
        or any(
            _GAVE_WORDS_TO.search(ln.text) or _INTERVIEW.search(ln.text) or SPOKE_TO.search(ln.text)
            for ln in head
        )
    ):
        return False
    if not answering or any(
        (label := lines[i].label) is None or label.text not in _BARE_ANSWER for i in answering
    ):
        return False
    asked = [lines[i].text for i, kind in kinds.items() if kind == "ask"]
    return bool(asked) and not any(_ADDRESSED.search(q) for q in asked)


def _names_no_one(
    text: str, lines: list[Line], answering: list[int], counts: dict[str, int]
) -> bool:
    """Whether every label opening an answer reads as a name with no post whose last word
    the page has nowhere but in its labels: a heading, not someone the page is about."""
    found_labels = [lines[i].label for i in answering if lines[i].label is not None]
    if any(label.paren for label in found_labels):
        return False  # "Hansen (AA):": the speaker's ministry beside the name, a transcript's
    labels = {label.text for label in found_labels}
    for label in labels:
        words = label.split()
        if len(words) < 2 or label.isupper() or words[0].lower().rstrip(".") in HONORIFICS:
            # "MR PRICE:", "Dr. Roe:", "Hansen:": a transcript's own ways to label a speaker
            return False
        if counts.get(label, 0) < 2:
            return False  # "Penny Wong: I would put it ...": an excerpt's one answer; a
            # newsletter's headings recur
        found = person(label)
        if found is None or found.role or not found.name:
            return False
        last = found.name.split()[-1].lower()
        said = len(re.findall(rf"(?<![\w-]){re.escape(last)}(?![\w-])", text, re.I))
        if said > sum(n for other, n in counts.items() if last in other.lower().split()):
            return False
    return bool(labels)


_TURN_WORDS = 6  # a turn of a leader's statement says a sentence, no headline's few words


def _posted_speakers(
    lines: list[Line], named: list[int], cast: Cast, counts: dict[str, int]
) -> int:
    """How many people the turn labels name in full after their post ("President Jane Doe:",
    "Prime Minister John Roe:"): the way a page sets out leaders' statements to the press,
    taking turns with no one asking, as no story's prose runs. Each turn says a sentence
    or more: "President Jane Doe: Peace is near" in a list of links is a headline."""
    posted = set()
    for i in named:
        label = lines[i].label
        read = cast.read(label, counts[label.text]) if label is not None else None
        who = read[1] if read is not None else None
        if label is None or who is None or who.kind != "person" or not who.name:
            continue
        said = lines[i].text[label.rest - lines[i].start :].strip()
        if len(said.split()) < _TURN_WORDS or not said.endswith((".", "!", "?", '"', "\u201d")):
            continue
        if len(who.name.split()) >= 2 and label.text != who.name and label.text.endswith(who.name):
            posted.add(who.name)
    return len(posted)


def _posted_person(lines: list[Line], i: int, cast: Cast, counts: dict[str, int]) -> bool:
    """Whether the label of line ``i`` names a person in full with a post ("Jane Doe,
    Foreign Minister:", "Foreign Minister Jane Doe:") and the turn says a sentence or more."""
    label = lines[i].label
    read = cast.read(label, counts[label.text]) if label is not None else None
    who = read[1] if read is not None else None
    if label is None or who is None or who.kind != "person" or not who.name or not who.role:
        return False
    said = lines[i].text[label.rest - lines[i].start :].strip()
    return (
        len(who.name.split()) >= 2
        and len(said.split()) >= _TURN_WORDS
        and said.endswith((".", "!", "?", '"', "\u201d"))
    )


# "Below are edited excerpts from ...", "Here is the transcript of ...", "Excerpts from the
# interview follow.", "Below are the key passages of the statements, as delivered:", "Here
# is what the two men said in front of the cameras:": a sentence saying the words set out
# below are the occasion's own
_EXCERPTS_NOTE = re.compile(
    r"\b(?:[Bb]elow|[Hh]ere|[Ff]ollowing) (?:are|is)\b[^.!?\n]{0,40}?\b(?:excerpts?|extracts?|"
    r"(?:the )?transcript|highlights|passages|remarks)\b|\b(?:[Ee]xcerpts?|[Ee]xtracts?) "
    r"(?:of|from) (?:the|an?|this|that|their|his|her)\b"
    r"|\b(?:[Bb]elow|[Hh]ere) is what\b[^.!?\n]{0,40}?\b(?:said|told|had to say)\b"
)


def _excerpts_below(lines: list[Line], body: int) -> bool:
    """Whether the last sentence above the first turn label (past any topic headings) says
    excerpts of an occasion follow."""
    above = next(
        (ln for ln in reversed(lines[:body]) if not is_heading(ln) and ln.text.strip()), None
    )
    return above is not None and bool(_EXCERPTS_NOTE.search(above.text))


def _answers_question(lines: list[Line]) -> bool:
    """Whether the one label of the page names a person in full ("Sergey Lavrov:") and opens
    the paragraph right below an unlabelled question: an interview's answer, the question
    the page did not label."""
    labelled = [i for i, ln in enumerate(lines) if ln.label is not None]
    if len(labelled) != 1 or labelled[0] == 0:
        return False
    i = labelled[0]
    label = lines[i].label
    assert label is not None
    above = lines[i - 1].text.rstrip()
    if not above.endswith("?") or label.paren or label.rest >= lines[i].end:
        return False
    found = person(label.text)
    return found is not None and len((found.name or "").split()) >= 2


def _read_labels(
    text: str, lines: list[Line], cast: Cast, counts: dict[str, int], layout: _Layout
) -> tuple[dict[int, str], bool]:
    """What each label past the header does ("ask", "answer", "other": the floor's), and
    whether every label is the briefer's own."""
    before = [p.person for p in cast.people]  # the people the header names
    kinds: dict[int, str] = {}
    speakers: dict[int, SpeakerPhrase] = {}
    for i in range(layout.body, len(lines)):
        label = lines[i].label
        if label is not None:
            # past the header, every label opens a turn; one naming no one is the floor's
            read = cast.read(label, counts[label.text])
            kinds[i] = read[0] if read is not None else "other"
            if read is not None and read[1] is not None:
                speakers[i] = read[1]
    briefer = layout.briefer
    briefed = [i for i, who in speakers.items() if briefer and same_person(who, briefer)]
    if briefed:
        # "Matt (00:06):" in the briefing of a spokesperson labelled as such: a reporter called
        # by a first name the header never gives asks
        for i, who in speakers.items():
            lone = " " not in (who.name or "") and not who.role
            if lone and not any(same_person(who, p) for p in before):
                kinds[i] = "ask"
    # "Huma Siddiqui: Sir, I am Huma Siddiqui from the Financial Express.": whoever introduces
    # themselves with an outlet asks, in every turn
    introduced = {
        label.text
        for i in kinds
        if (label := lines[i].label) is not None and _introduces(label.text, text, label.rest)
    }
    # "Alexander Gamov: Thank you, Mr President. ... Here is my question.": someone the text
    # gives no post who says they are asking asks, in every turn
    order = sorted(kinds)
    for n, i in enumerate(order):
        label, who = lines[i].label, speakers.get(i)
        if label is None or who is None or who.role or (briefer and same_person(who, briefer)):
            continue
        end = lines[order[n + 1]].start if n + 1 < len(order) else len(text)
        if _ASKING.search(text, label.rest, min(end, label.rest + _ASKING_CHARS)) or (
            # "Sidhant: Sir, on the reports about ..., is there any update?": whoever
            # addresses the briefer as "Sir" and asks is a reporter
            _ADDRESSES.match(text, label.rest) and "?" in text[label.rest : end]
        ):
            introduced.add(label.text)
    for i in kinds:
        label = lines[i].label
        if label is not None and label.text in introduced:
            kinds[i] = "ask"
    only = layout.announced and bool(briefed) and len(briefed) == len(kinds)
    return kinds, only


# "Sir, I am Sahil from ANI.", "This is Ayushi Agarwal from ANI.", "Samira Hussain from BBC"
_SELF_INTRO = re.compile(
    r"\s*(?:(?:Hi|Hello|Yes|Thank you|Thanks|Good (?:morning|afternoon|evening))\b[^.!?\n]{0,20}"
    r"[.,!]\s*)?(?:(?:Sir|Ma[\u2019']am|Madam)\b[,.]?\s*)?"
    r"(?:(?:[Ii] am|I[\u2019']m|[Tt]his is|[Mm]yself|[Mm]ain)\s+)?"
    r"(?P<name>[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3})\s+(?:from|with)\s+"
    r"(?:the\s+)?[A-Z]"
)


# "Here is my question", "I would like to ask", "Can I ask": a turn that says it asks
_ASKING = re.compile(
    r"\b(?:[Mm]y (?:first |second |last |next )?question|I (?:have|had) (?:a|one|two) "
    r"questions?|I(?: would|'d|\u2019d) like to ask|I (?:want|wanted) to ask|"
    r"(?:[Cc]an|[Cc]ould|[Mm]ay) I (?:just )?ask)\b"
)
_ASKING_CHARS = 600  # a question says so near its start
_ADDRESSES = re.compile(r"\s*(?:Sir|Ma[\u2019']am|Madam)\b[,.]")


def _introduces(label: str, text: str, start: int) -> bool:
    """Whether the turn at ``start`` opens with its speaker naming themselves and an outlet."""
    m = _SELF_INTRO.match(text, start, start + 160)
    return m is not None and not set(m["name"].split()).isdisjoint(label.split())


_INTERVIEW = re.compile(r"\binterview\b", re.I)
# "In an interview with TASS, Deputy Foreign Minister X spoke about ...": an interview's
# introduction in a sentence of its own, the questions and answers below it
# ("In an exclusive interview, X spoke about ...", "In this interview, X ...": the outlet
# left implied)
_INTERVIEW_LEAD = re.compile(
    r"\s*(?:In|During)\s+(?:an?\s+|this\s+)?(?:exclusive\s+|recent\s+|wide-ranging\s+)?"
    r"interview(?:\s+(?:with|to|for)\s|,)"
)


def _announces_interview(ln: Line) -> bool:
    """A title naming an interview, or a sentence that says the text below is one."""
    if _INTERVIEW.search(ln.text) and not sentence_like(ln):
        return True
    if "Q&A" in ln.text and not sentence_like(ln) and _names_post(ln.text):
        return True  # "Q&A: Estonia's prime minister on defence": the holder's interview
    return bool(
        SPOKE_TO.search(ln.text)
        or _INTERVIEW_LEAD.match(ln.text)
        or _GAVE_INTERVIEW.search(ln.text)
    )


# "X told Interfax in an interview how ...", "X gave an interview to the weekly Y": a
# sentence of the introduction saying an interview follows (as weak a sign as "spoke to")
_GAVE_INTERVIEW = re.compile(
    r"\b(?:told|gave|granted|has given|has granted)\b[^.!?\n]{0,60}?\ban?\s+"
    r"(?:exclusive\s+|recent\s+|wide-ranging\s+)?interview\b"
)


# the speaker's own first person (the issued-document reader's too: statement_page)
FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My)\b")
_QUOTE_MARK = re.compile('["\u201c\u201d]')


def _speaks_as_self(paragraph: str) -> bool:
    """Whether ``paragraph`` says "I", "we" or "our" outside quotation marks: a first person
    quoted ("'Our country will not be drawn in,' X said") is the quoted speaker's, and the
    paragraph may still be the page's report."""
    return FIRST_PERSON.search(QUOTED.sub(" ", paragraph)) is not None


def _addresses(said: str, first: SpeakerPhrase, label: str) -> bool:
    """Whether the first sentence of ``said`` turns to ``first`` (the first labelled
    speaker, labelled ``label``) by name or post ("Well, thank you very much, Mr.
    Secretary.", "Thank you, Secretary Blinken, and welcome to Tokyo."), and the paragraph
    neither names its own speaker ("I'm X") nor speaks of ``first`` in the third person
    ("we are honored to welcome the Secretary of State")."""
    if _NAMES_SELF.search(said):
        return False
    names = {w for w in re.findall(r"[A-Z][\w'\u2019-]{2,}", first.name or "")}
    posts = {
        w.lower()
        for w in re.findall(r"[A-Za-z]{3,}", f"{label} {first.role or ''}")
        if w.lower() not in {n.lower() for n in names}
    }
    if any(re.search(rf"\bthe\s+(?:[A-Z][a-z]+\s+)?{re.escape(w)}\b", said, re.I) for w in posts):
        return False
    end = SENTENCE_END.search(said)
    opening = said[: end.end()] if end else said
    return bool(_ADDRESSED_BY_POST.search(opening)) or any(
        re.search(rf"\b{re.escape(n)}\b", opening) for n in names
    )


_HEAD_LINES = 4  # an interview's title, its outlet and its date come first
_TITLE_LINES = 12  # a page's title may stand below this many lines of site chrome


def _speech_page(lines: list[Line]) -> bool:
    """A page of one person's words by its kind ("Speech" above the title, gov.uk's): on the
    first line, or on a line of its own below the site's name and menu; or by the day it was
    delivered on, or the one who delivered it ("As delivered by X"), among the page's
    fields."""
    if lines and _SPEECH_PAGE.match(lines[0].text.strip()):
        return True
    if any(_SPEECH_PAGE.fullmatch(ln.text.strip()) for ln in lines[1 : _head_lines(lines)]):
        return True
    return any(
        _DELIVERED_ON.match(ln.text.strip())
        or _AS_DELIVERED_BY.match(ln.text.strip())
        or _SPOKESPERSON_FIELD.match(ln.text.strip())
        for ln in lines[: _title_lines(lines)]
    )


def _undated(header: Header) -> bool:
    """Whether the header lines give the turns no day at all."""
    return header.day is None and header.month_day is None and header.told is None


def _title_lines(lines: list[Line]) -> int:
    """How many lines a page's title may stand within: a dozen, or all of a longer menu's."""
    return max(_TITLE_LINES, _head_lines(lines))


def _head_lines(lines: list[Line]) -> int:
    """How many lines an interview's title may stand within: the first few, or, below a
    site's menu of short lines, those before the first sentence."""
    # a site's menu may run to dozens of short lines: the head ends at the first sentence
    # within the head of the page (not the site's notice of its cookies above the title)
    top = next(
        (
            i
            for i, ln in enumerate(lines)
            if ln.start >= _HEAD_CHARS or (sentence_like(ln) and not _SITE_NOTICE.search(ln.text))
        ),
        0,
    )
    return max(_HEAD_LINES, top)


# "We use some essential cookies to make this website work.", "Please enable JavaScript.":
# the site speaking of itself to the browser, chrome above the page
# "A .gov website belongs to an official government organization ...", "A lock ( ) or https://
# means ...": the US government's banner atop each of its sites
_SITE_NOTICE = re.compile(
    r"\b(?:cookies|JavaScript|this (?:web)?site|your browser)\b|\.gov\b|\bhttps://|"
    r"\bofficial website of\b",
    re.I,
)


def _unlabelled_interview(text: str, lines: list[Line], cast: Cast) -> Transcript | None:
    """ "Interview: Foreign Minister X in the Y", then questions and answers in paragraphs of
    their own, nothing labelled: every paragraph after a question is X's answer."""
    titled = [i for i, ln in enumerate(lines[: _head_lines(lines)]) if _announces_interview(ln)]
    asked = [i for i, ln in enumerate(lines) if ln.text.rstrip().endswith("?")]
    lead_in = _lead_in(lines)
    who = cast.principal()
    if lead_in is not None:
        titled = [lead_in[0]]
        asked = [i for i in asked if i > lead_in[0]]
        who = lead_in[1]
    elif asked and (who is None or not _among(who, lines[: asked[0]])):
        # the answers name others ("good talks with Secretary X"); the one the lines above
        # the first question name answers, the one the line announcing the interview names
        # when the byline names another
        announcing = [ln for ln in lines[: asked[0]] if _announces_interview(ln)]
        who = (
            _only_person(announcing) or _only_person(lines[: asked[0]]) or _interviewee(announcing)
        )
    # "Article continues after video advertisement": a site's lines between say nothing
    chrome = (
        sum(not sentence_like(ln) for ln in lines[titled[0] + 1 : asked[0]])
        if titled and asked
        else 0
    )
    if not titled or who is None or len(asked) < 2 or asked[0] - chrome > titled[0] + _HEAD_LINES:
        return None  # no title naming whose interview it is, or no questions right under it
    answered = [i for i in asked if i + 1 < len(lines) and i + 1 not in asked]
    if len(answered) < 2:
        return None
    titles = [i for i in titled if not _GAVE_INTERVIEW.search(lines[i].text)]
    if not any(_INTERVIEW.search(lines[i].text) for i in titles) and (
        # a question that is someone's quoted words, not one with a quoted word in it
        any(_QUOTE_MARK.match(lines[i].text.lstrip()) for i in asked)
        # (an expert's answers may never say "I": the sentence right above the first
        # question has handed over to the guest)
        or not (lead_in or any(FIRST_PERSON.search(lines[i + 1].text) for i in answered))
    ):
        return None  # announced in a sentence: bare questions, answers that say "I" or "we"
    header = read_header([ln.text for ln in lines[: asked[0]]])
    if lead_in is not None and not _undated(lead := read_header([lines[lead_in[0]].text])):
        # "The Straits Times spoke to X at the forum on Saturday.": the day of the interview,
        # not the page's above the story
        header = lead
    asked = sorted({*asked, *_put_to_the_guest(lines, asked)})
    # "X said last week that ...", below the last answer: the page's report resumes
    resumed = next(
        (
            k
            for k in range(asked[-1] + 2, len(lines))
            if relays_news(text, lines[k]) and not _speaks_as_self(lines[k].text)
        ),
        len(lines),
    )
    turns: list[Turn] = []
    for n, i in enumerate(asked):
        stop = asked[n + 1] if n + 1 < len(asked) else resumed
        if stop > i + 1:
            start, end = lines[i + 1].start, lines[stop - 1].end
            turns.append(Turn(cast.placed(who), start, cut_end(text, start, end)))
    # the introduction's sentences are the reporter's, read as news, and so is the report
    # after the last answer
    news = [(ln.start, ln.end) for ln in lines[1 : asked[0]] + lines[resumed:] if sentence_like(ln)]
    return Transcript(
        turns, news, header.day, header.month_day, header.date_evidence, header.days, header.told
    )


_SHAPE_LINES = 12  # the lines of an exchange read for its shape, from its first question
_YOU = re.compile(r"\b(?:you|your|yours)\b", re.I)
# the capitalised words right after "spoke with": the guest, by title and name
_NAME_RUN = re.compile(r"\s*(?:[A-Z][\w'\u2019.-]*\s+){0,5}[A-Z][\w'\u2019-]*")


def _lead_in(lines: list[Line]) -> tuple[int, SpeakerPhrase] | None:
    """ "To understand ..., The Diplomat spoke with X, a lecturer ...", then the first
    question: the introduction's last sentence, handing over to the exchange below it (a
    title above, "Can the Ceasefire Hold?", asks nothing of anyone), and the guest it names."""
    first = next(
        (
            i
            for i, ln in enumerate(lines)
            if i > 0 and ln.text.rstrip().endswith("?") and sentence_like(lines[i - 1])
        ),
        None,
    )
    if first is None:
        return None
    lead = lines[first - 1]
    spoke = SPOKE_TO.search(lead.text)
    if spoke is not None and not _INTERVIEW.search(lead.text):
        if _person_spoke(lines[: first - 1], lead.text[: spoke.start()]) and not (
            _asked_and_answered(lines, first)
        ):
            # "Mr X spoke with Y by phone on Saturday." above "What did they agree?" and a
            # paragraph of report: one person talking to another is the day's news; an
            # explainer's headings below ask no one, and no answer speaks as its giver
            return None
        # "The Diplomat spoke with X": the outlet, or "we", talked to its guest; "Y spoke with
        # X by phone" above an explainer's "What did they agree?" is the day's news
        named = _NAME_RUN.match(lead.text, spoke.end())
        guest = person(named[0]) if named is not None else None
        if people_in(lead.text[: spoke.start()]) or guest is None:
            # ("Mr X spoke to The National in Amman on Saturday.": the guest before the verb)
            giver = _giver_to_outlet(lines[: first - 1], lead.text, spoke)
            return (first - 1, giver) if giver is not None else None
        # "spoke to Ng at the ...": the surname of the one the introduction named in full
        fuller = (p.person for ln in lines[: first - 1] for p in people_in(ln.text))
        return first - 1, next((p for p in fuller if same_person(p, guest)), guest)
    guest = _only_person([lead]) if _announces_interview(lead) else None
    if guest is None and spoke is not None:
        # "Dr X spoke to The National in Abu Dhabi on Sunday.": the one named before the
        # verb (by the fullest name the lines above give), an outlet after it, no one else
        guest = _giver_to_outlet(lines[: first - 1], lead.text, spoke)
    return (first - 1, guest) if guest is not None else None


def _person_spoke(above: list[Line], subject: str) -> bool:
    """Whether the words before "spoke with" name a person, not an outlet or "we": by a
    courtesy title or a post ("Mr Safadi", "The foreign minister"), or by the surname of one
    the lines above named."""
    clause = subject[subject.rfind(",") + 1 :]  # ("To understand X, The Diplomat spoke")
    if people_in(clause):
        return True
    # (a post in lower case: "The Diplomat" is an outlet's name)
    words = re.findall(r"[\w.'\u2019-]+", clause)
    if any(w.lower() in HONORIFICS or w in ROLE_WORDS for w in words):
        return True
    surnames = {
        word
        for ln in above
        for p in people_in(ln.text)
        for word in (p.person.name or "").split()[-1:]
    }
    return any(w in surnames for w in words)


def _asked_and_answered(lines: list[Line], first: int) -> bool:
    """Whether the exchange from ``lines[first]`` on has an interview's shape: a question
    put to the guest ("you", "your"), or an answer that speaks as "I" or "we"."""
    below = lines[first : first + _SHAPE_LINES]
    return any(
        _YOU.search(ln.text) if ln.text.rstrip().endswith("?") else _speaks_as_self(ln.text)
        for ln in below
    )


def _giver_to_outlet(above: list[Line], lead: str, spoke: re.Match[str]) -> SpeakerPhrase | None:
    """The one person named before "spoke to" in ``lead`` when its sentence names no person
    after the verb (the outlet's name is no one's), by the fullest name ``above`` gives."""
    start = lead.rfind(". ", 0, spoke.start()) + 1
    end = lead.find(". ", spoke.end())
    heard = lead[spoke.end() : end if end >= 0 else len(lead)]
    if people_in(heard) or any(
        w in ROLE_WORDS or w.startswith("counterpart") for w in re.findall(r"\b[a-z][\w-]*", heard)
    ):
        # "X spoke with Y by phone", "X spoke to his Omani counterpart": the day's news, two
        # people talking (an outlet's name is written in capitals: "The National")
        return None
    named = [p.person for ln in above for p in people_in(ln.text)]
    givers = _named_in_order(lead[start : spoke.start()], named)
    return givers[0] if len(givers) == 1 else None


def _put_to_the_guest(lines: list[Line], asked: list[int]) -> list[int]:
    """ "Critics say your dual role is too much for one person.", "Some exporters say the
    government misjudged the cost.": a short paragraph below an answer that speaks to the
    guest ("you", "your") or, in one sentence, sets others' claim before them, and never
    speaks as "I" or "we", with another paragraph below it: the interviewer's next question,
    put without a question mark."""
    return [
        i
        for i in range(asked[0] + 2, len(lines) - 1)
        if i - 1 not in asked
        and i not in asked
        and (_put_as_statement(lines[i].text) or _claim_then_answer(lines, i))
    ]


def _claim_then_answer(lines: list[Line], i: int) -> bool:
    """ "Ankara says it will send troops.", then "We welcome every contribution ...": what
    others say, in a short paragraph that never speaks as "I" or "we", answered below by the
    guest in the first person (a report after the last answer, "X said last week that ...",
    has no such answer under it)."""
    claim = lines[i].text
    return (
        len(claim.split()) <= _PUT_WORDS
        and _OTHERS_SAY.fullmatch(claim) is not None
        and not FIRST_PERSON.search(claim)
        and _speaks_as_self(lines[i + 1].text)
    )


def _put_as_statement(paragraph: str) -> bool:
    """A short paragraph that speaks to the guest ("you", "your") or, in one sentence, sets
    others' claim before them, and never speaks as "I" or "we": a question put without a
    question mark."""
    return (
        len(paragraph.split()) <= _PUT_WORDS
        and bool(_SECOND_PERSON.search(paragraph) or _OTHERS_CLAIM.fullmatch(paragraph))
        and not FIRST_PERSON.search(paragraph)
        and not _GENERIC_YOU.match(paragraph)
    )


_PUT_WORDS = 30
_ASKED_WORDS = 3  # "Is that enough?": no "Why?" an answer may open with


def _asks_then_remarks(paragraph: str) -> bool:
    """A short paragraph that opens with a question of its own sentence, then backs it with
    a remark and asks no more ("Is that commitment enforceable? Russia does not seem bound
    by it."), never speaking as "I" or "we": a question that does not end in its mark."""
    if len(paragraph.split()) > _PUT_WORDS or FIRST_PERSON.search(paragraph):
        return False
    asked, mark, remark = paragraph.strip().partition("?")
    return (
        bool(mark)
        and len(asked.split()) >= _ASKED_WORDS
        and not any(stop in asked for stop in ".!")
        and remark[:1].isspace()
        and remark.strip()[:1].isupper()
        and "?" not in remark
        and remark.rstrip().endswith((".", "!"))
    )


# "Critics say ...", "Some businesses argue ...", "Many in Brussels believe ...": others, no
# one named, holding a view now, in one sentence: a claim for the guest to answer
_OTHERS_CLAIM = re.compile(
    r"\s*(?:Some|Many|Most|Critics|Opponents|Sceptics|Skeptics|Others|Observers|Analysts|"
    r"Detractors)\b[^.?!;:]{0,60}?\s(?:say|argue|claim|believe|suggest|complain|insist|"
    r"contend|fear|call|accuse|see|describe)\b[^.?!;:]{3,200}[.]\s*"
)
# "The Israeli prime minister says annexation is only suspended.", "Iran called it a
# mistake. Turkey has said it may cut ties.": one or two sentences, each telling what another
# (a post, a state, a capital) says or has said, set before the guest to answer
_OTHERS_SAY = re.compile(
    r"(?:\s*[A-Z][^.?!;:\n]{0,60}?\s(?:says|said|has said|have said|claims|claimed|argues|"
    r"argued|insists|insisted|calls|called|accuses|accused|warns|warned|maintains|describes|"
    r"described)\b[^.?!;:\n]{3,200}[.][\"\u201d]?\s*){1,2}"
)
# "You have to understand ...", "You know, ...": the guest's own "you", for anyone
_GENERIC_YOU = re.compile(
    r"\s*You(?:'ve)? (?:have to|must|need to|know|see|can|cannot|can't|should|will|would)\b"
)
_SECOND_PERSON = re.compile(r"\b(?:you|your|You|Your)\b")


def _among(who: SpeakerPhrase, lines: list[Line]) -> bool:
    """Whether ``who`` is one of the people the lines name."""
    return any(same_person(p.person, who) for ln in lines for p in people_in(ln.text))


def _interviewee(lines: list[Line]) -> SpeakerPhrase | None:
    """ "Foreign Minister X spoke to Y News on Tuesday, hours after ... Z announced ...": the
    one person an introduction names before its "spoke to", who gave the interview (the
    people named after the verb are the day's news)."""
    told = [(ln, m) for ln in lines if (m := SPOKE_TO.search(ln.text)) is not None]
    return _only_person([replace(ln, text=ln.text[: m.start()]) for ln, m in told])


# "X told Nikkei Asia", "Speaking to Arab News ..., X said", "In an interview with Y, X
# said": words given to an outlet, the interview the questions below are of (the participle
# opens its sentence as often as not)
_GAVE_WORDS_TO = re.compile(
    r"\b(?:told|tells|(?:[Ss]peaking|[Tt]alking|spoke|talked) (?:to|with)|sat down with|"
    # "answered questions from the Gazette": the outlet's sit-down told by the one who
    # answered
    r"answered (?:the )?questions (?:from|of|put by)|"
    r"(?:in )?an interview with)\s+(?:the\s+)?[A-Z]"
)


def _guest_of_intro(lines: list[Line], announced: bool) -> SpeakerPhrase | None:
    """The one person the introduction above a page's "Q:" and "A:" says gave words to an
    outlet (by the fullest name it gives them), when it names exactly one such person; on a
    page announced as an interview, else the one person the introduction names in full."""
    named = [p.person for ln in lines for p in people_in(ln.text)]
    guests: list[SpeakerPhrase] = []
    for ln in lines:
        for m in _GAVE_WORDS_TO.finditer(ln.text):
            # the one giving them stands before the verb ("X told Nikkei Asia"), or after
            # the outlet's comma ("In an interview with Y, X said"); the outlet is no one
            start = ln.text.rfind(". ", 0, m.start()) + 1
            end = ln.text.find(". ", m.end())
            comma = ln.text.find(", ", m.end(), end if end >= 0 else len(ln.text))
            before = ln.text[start : m.start()]
            after = ln.text[comma + 2 : end if end >= 0 else len(ln.text)] if comma >= 0 else ""
            # (by the surname alone too, once named in full above)
            giver = _named_in_order(before, named)[-1:] or _named_in_order(after, named)[:1]
            for who in giver:
                if not any(same_person(who, g) for g in guests):
                    guests.append(who)
    if not guests and announced:
        # "Q:"/"A:" under an interview's title whose introduction names one person in full
        # ("X has been one of Europe's most outspoken voices ... We spoke to him"): the guest;
        # the writer's byline ("By Y") names no one who answers
        return _only_person([ln for ln in lines if not _AUTHOR_LINE.match(ln.text.strip())])
    return guests[0] if len(guests) == 1 else None


# "By Anna Keller", "Interview by X", "Written by X": the one who wrote the page up
_AUTHOR_LINE = re.compile(r"(?:(?:[Ii]nterview(?:ed)?|[Ww]ritten|[Rr]eported)\s+)?[Bb]y\s+[A-Z]")


def _named_in_order(text: str, named: list[SpeakerPhrase]) -> list[SpeakerPhrase]:
    """The people ``text`` names, in the order it names them, each by the fullest name of
    ``named`` that is the same person, or by the surname alone of one of ``named``."""
    found: dict[int, SpeakerPhrase] = {}
    for who in [p.person for p in people_in(text)] + named:
        surname = (who.name or "").split()[-1:]
        m = re.search(rf"\b{re.escape(surname[0])}\b", text) if surname else None
        if m is not None:
            found.setdefault(m.start(), who)
    ordered: list[SpeakerPhrase] = []
    for _, who in sorted(found.items()):
        fullest = max(
            (q for q in named if same_person(q, who)),
            key=lambda q: len((q.name or "").split()),
            default=who,
        )
        if not any(same_person(fullest, o) for o in ordered):
            ordered.append(fullest)
    return ordered


def _only_person(lines: list[Line]) -> SpeakerPhrase | None:
    """The one person the lines name in full, if they name exactly one."""
    named = {
        p.person.name: p.person
        for ln in lines
        for p in people_in(ln.text)
        if len((p.person.name or "").split()) >= 2
    }
    return next(iter(named.values())) if len(named) == 1 else None


def transcript_day(text: str) -> datetime.date | None:
    """The day a transcript's header gives, when ``text`` is a transcript and its header
    writes a year."""
    found = read_transcript(text)
    return found.day if found is not None else None


# a short line of words that opens with a capital and ends with no stop or other mark
_TOPIC_HEADING = re.compile(r"[A-Z][^.!?:;\n]{0,140}[\w\u2019')\]]", re.UNICODE)
# "(00:52)", "[00:52]", "00:00:52" alone on a line: the time into the recording
_TIME_STAMP = re.compile(r"[(\[]\d{1,2}:\d{2}(?::\d{2})?[)\]]|\d{1,2}:\d{2}:\d{2}")
# "9.15am: Austin delivers keynote", "13.05 BST": a live page's entry, stamped with the time
# it was posted; its paragraphs are a new entry's, whoever answered in the last one
_LIVE_ENTRY = re.compile(TIME_OF_POSTING + r"(?:[ \t]*[:\u2013\u2014-][ \t]+[^\n]*[^.!?\n])?")


def _other_script(line: str) -> bool:
    """A line mostly in another script ("我们注意到, 中国外交部 ..."): on a bilingual page, the
    original of the English around it, no words of the English turn."""
    letters = [c for c in line if c.isalpha()]
    latin = sum(c < "\u0250" for c in letters)
    return bool(letters) and latin * 2 < len(letters)


def _page_note(line: str) -> bool:
    """ "Check against delivery!", "(Unofficial translation)": the page's note on what follows,
    no one's words; what follows it is a statement of its own."""
    note = TRANSCRIPT_NOTE.search(line) or EDITORS_NOTE.search(line)
    if note is not None and len(line.split()) <= _NOTE_WORDS:
        return True
    if _CONTACTS.match(line) and len(line.split()) <= _EDITED_WORDS:
        return True  # "Press and information team of the Delegation to X": who to call
    # "This interview has been condensed and edited for clarity.": the editor's closing note;
    # "For information media. Not an official record.": the UN's, under its press pages
    closing = _EDITED.search(line) or _DISCLAIMER.search(line)
    return closing is not None and len(line.split()) <= _EDITED_WORDS


# a statement page's contacts below the text: "Press and information team of the Delegation
# to X", "Press contacts", "Media enquiries"
_CONTACTS = re.compile(
    r"\s*(?:Press and information team|Press contacts?|Press office|Media (?:contacts?|"
    r"enquiries|inquiries))\b",
    re.I,
)
_NOTE_WORDS = 8
# a release's own sections below the words it reports: what the page adds, told by no one
_PAGE_OWN_SECTION = re.compile(
    r"(?i:background|next steps|notes? (?:to|for) editors|editor['\u2019]?s notes?)\s*:?"
)
_EDITED = re.compile(
    r"\b(?:interview|conversation|exchange|transcript|text)\s+(?:has|have)\s+been\s+"
    r"(?:lightly\s+)?(?:condensed|edited|shortened)\b"
)
_EDITED_WORDS = 14
# "Copyright \u00a9 2024 NPR. All rights reserved. Visit ...": the page's footer begins
_COPYRIGHT = re.compile(
    r"(?:Copyright\s*)?(?:\u00a9|\([Cc]\))\s*(?:\d{4}|[A-Z])|Copyright\s+\d{4}\b"
)
_FOOTER_WORDS = 40
# "(With inputs from agencies)", "(Reporting by X; Editing by Y)": the credit a story ends on
_CREDIT = re.compile(
    r"\(?(?:With inputs from|(?:Additional )?[Rr]eporting by|Writing by|Editing by|Compiled by)"
    r"\b[^\n()]{1,160}\)?"
)
# "Listen to the full interview on The House.", "Watch the whole conversation above.", "Click
# here to hear the complete episode": the page pointing to the recording, below the last turn
_INVITES_TO_THE_WHOLE = re.compile(
    r"(?:(?:Click|Tap)\s+here\s+to\s+|You\s+can\s+)?(?i:listen|watch|read|hear|see|stream)"
    r"\s+(?:to\s+)?(?:(?:the|our|this)\s+)?(?i:full|whole|entire|complete|extended|unedited)\s+"
    r"(?i:interview|conversation|episode|programme|program|show|segment|podcast|transcript|"
    r"exchange|discussion|video|recording)\b"
)
_INVITE_WORDS = 20
_DISCLAIMER = re.compile(
    r"\bnot an official (?:record|document|transcript)\b|\bfor (?:the use of )?information media\b",
    re.I,
)
# "2. My local hospital ...": a member's question numbered as the order paper lists it
_NUMBERED = re.compile(r"\s*[QT]?\d{1,3}\.\s+[A-Z]")


def _dash_questions(lines: list[Line], kinds: dict[int, str]) -> None:
    """In a dialogue of dashes, a turn asks when it ends in a question mark, or when it
    follows an answer (questions and answers take turns)."""
    order = [i for i in sorted(kinds) if lines[i].text.lstrip()[:1] in "\u2014\u2013-"]
    previous = "ask"
    for n, i in enumerate(order):
        label = lines[i].label
        if label is None or label.text != DASH:
            continue
        stop = order[n + 1] if n + 1 < len(order) else len(lines)
        question = lines[stop - 1].text.rstrip().endswith("?")
        kinds[i] = "ask" if question or previous == "answer" else "answer"
        previous = kinds[i]


def _same_speaker(labels: set[str]) -> dict[str, str]:
    """Each label, and the fuller label of the same speaker ("CURRAN" and "JAMES CURRAN",
    "FOREIGN MINISTER" and "PENNY WONG, FOREIGN MINISTER"): who asks is told over both."""
    words = {text: tuple(re.findall(r"[\w'\u2019-]+", text.lower())) for text in labels}
    # each label's shorter tails, and the fuller labels that end in them
    ends: dict[tuple[str, ...], list[str]] = {}
    for text, mine in words.items():
        for k in range(1, len(mine)):
            ends.setdefault(mine[-k:], []).append(text)
    # "DM" and "DERMOT MURNAGHAN": a broadcast's transcript names a speaker in full once,
    # by the initials after
    spelt: dict[str, list[str]] = {}
    for text, mine in words.items():
        if len(mine) >= 2:
            spelt.setdefault("".join(w[0] for w in mine), []).append(text)
    out = {}
    for text, mine in words.items():
        fuller = ends.get(mine, [])
        if not fuller and _INITIALS.fullmatch(text):
            fuller = spelt.get(text.lower(), [])
        out[text] = fuller[0] if len(fuller) == 1 else text
    return out


_INITIALS = re.compile(r"[A-Z]{2,4}")
_LETTERS = re.compile(r"[A-Z]{1,5}")


# "Thank you very much for joining us", "X joins me now from Adelaide", "Welcome to the
# programme": a host greets the guest so ("thank you all for joining us" is a briefer's to
# the room); the guest thanks the host "for having me"
_WELCOMES = re.compile(
    r"\b(?:[Tt]hanks?|[Tt]hank you)(?: (?:very|so) much)?,? for (?:joining|being (?:with|here|on)|"
    r"coming (?:in|on)|taking the time|your time)|\bjoins (?:me|us)\b|"
    r"\b[Ww]elcome (?:back )?to (?:the|our|this) (?:program|programme|show|podcast|studio)\b"
)
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]m|[ap]\.m\.)?", re.I)
# "My question is to the Prime Minister.": how a member puts a question in question time
_PUT_TO = re.compile(r"\s*(?:My|The|Our) (?:first |next |last )?question is (?:to|for)\b")
_WELCOME_TURNS = 2  # a host greets in the first turn or, after the guest's hello, the second


def _askers_by_questions(lines: list[Line], kinds: dict[int, str]) -> None:
    """A label whose turns mostly end in a question asks ("CCTV:", a host named nowhere); so
    does, in a dialogue of two, the one whose turns hold a question at least half the time
    while the other's seldom do (an interviewer named only in the labels), and one who
    greets the guest in the first turns ("thank you for joining us")."""
    order = sorted(kinds)
    ends: dict[str, list[bool]] = {}
    holds: dict[str, list[bool]] = {}
    tabled: set[str] = set()  # members of a parliament who tabled a question
    welcomes: set[str] = set()  # hosts greeting their guest in one of the first turns
    said: dict[str, list[bool]] = {}  # whether each turn holds any words
    group = _same_speaker({lines[i].label.text for i in order if lines[i].label is not None})
    single = len({lines[i].label.text for i in order if lines[i].label is not None}) == 1
    for i in order:
        label = lines[i].label
        if label is not None and label.paren in group and _LETTERS.fullmatch(label.paren):
            # "Lionel Barber (B):" once, then "B:": the letters stand for the named speaker
            group[label.paren] = group[label.text]
    for n, i in enumerate(order):
        stop = order[n + 1] if n + 1 < len(order) else len(lines)
        label = lines[i].label
        assert label is not None
        label = replace(label, text=group[label.text])
        # where the turn's words start: on the label's line, or below lines the label covers
        first = next((ln for ln in lines[i:stop] if ln.end > label.rest), lines[i])
        opening = first.text[max(0, label.rest - first.start) :]
        # a member's question on a parliament's order paper: "1. If he will ...", "2. My ..."
        on_paper = label.own_line and (
            TABLED.match(opening) is not None or _NUMBERED.match(opening) is not None
        )
        if on_paper:
            tabled.add(label.text)
        # "President Biden: Thank you for being here, Prime Minister": a host of talks holds a
        # post and answers; a programme's host is labelled by name alone
        posted = any(w.lower() in ROLE_WORDS for w in re.findall(r"[\w-]+", label.text))
        if n < _WELCOME_TURNS and not posted and _WELCOMES.search(opening):
            welcomes.add(label.text)
        # "2:40 pm" under a member's question: a debates site's clock, no words of the turn
        last = next(
            (ln for ln in reversed(lines[i + 1 : stop]) if not _CLOCK.fullmatch(ln.text.strip())),
            lines[i],
        )
        if single and last is not lines[i] and not lines[i].text.rstrip().endswith("?"):
            # "THE MINISTER – ..." the one label of the page, each answer followed by the
            # next question on a line of its own, left unlabelled: the question is the
            # reporter's, not the end of the minister's turn
            last = lines[i]
        ends.setdefault(label.text, []).append(
            last.text.rstrip().endswith("?")
            or bool(TABLED.match(opening) or _PUT_TO.match(opening))
            or on_paper
        )
        holds.setdefault(label.text, []).append(
            on_paper or any("?" in line.text for line in lines[i:stop])
        )
        # "Audience (00:14):" and nothing below: a turn with no words asks nothing and
        # answers nothing
        said.setdefault(label.text, []).append(first.end > label.rest or stop > i + 1)
    askers = {label for label, asked in ends.items() if sum(asked) * 2 > len(asked)}
    share = {
        label: sum(h for h, s in zip(holds[label], ok, strict=True) if s) / sum(ok)
        for label, ok in said.items()
        if any(ok)
    }
    # a briefer may thank the room "for joining us" too, a leader welcome a guest to talks:
    # a greeting tells the host only where no label asks, one speaker greets, and that
    # speaker's turns hold questions as often as anyone's
    host = next(iter(welcomes)) if len(welcomes) == 1 else None
    asked = host is not None and 0 < share.get(host, 0) >= max(share.values())
    if host is not None and asked and "ask" not in kinds.values():
        askers.add(host)
    if len(share) == 2 and not askers:
        first, second = sorted(share, key=share.get)
        # "FOREIGN MINISTER X:" holds a post: a host that asks, the reporter, never does;
        # nor does one a meeting's header names in full ("Vladimir Putin met with X" over
        # talks where he asks his guest what they came to discuss): the asker of a dialogue
        # is an interviewer
        above = " ".join(ln.text for ln in lines[: order[0]]) if order else ""
        host_of_meeting = (
            " " in second.strip()
            and second in above
            and _MEETING.search(above) is not None
            and not (_INTERVIEW.search(above) or SPOKE_TO.search(above))
        )
        if (
            share[second] >= 0.5
            and share[first] < share[second] / 2
            and not formal_text(second)
            and not host_of_meeting
        ):
            askers.add(second)
    turns = {label: iter(h) for label, h in holds.items()}
    someone_answers = any(
        kinds[i] == "answer" and group[label.text] not in askers
        for i in order
        if (label := lines[i].label) is not None
    )
    for i in order:
        label = lines[i].label
        assert label is not None
        label = replace(label, text=group[label.text])
        # the member who tabled a question asks in that exchange whenever a turn asks one
        # ("1. If he will list his official engagements", then "Did the Prime Minister ...?")
        question = next(turns[label.text]) and label.text in tabled
        if kinds[i] == "answer" and (label.text in askers or question) and label.text != DASH:
            kinds[i] = "ask"
        elif kinds[i] == "other" and label.text in askers and someone_answers:
            # "Kommersant FM: ... What does the Kremlin think about this?" in an exchange with
            # someone named who answers: a label that names no one the tracker knows (a radio
            # station, an outlet's name) whose turns end in questions is the one who asks
            kinds[i] = "ask"


# "Vladimir Putin met with ...", "Meeting with Governor X": a header telling talks, not an
# interview
_MEETING = re.compile(r"\b(?:met|meets) with\b|\b[Mm]eeting with\b|\bheld talks\b")


_OPENING_MARKS = '"\u201c\u00ab'
# "He told you that ...", "She also said ...": a paragraph taking up the one named above
_TAKES_UP = re.compile(r"\s*(?:He|She)\s")
_CLOSING_MARKS = '"\u201d\u00bb'


class _Walk:
    """One pass over the lines: header, opening, turns; statements and narrative out."""

    def __init__(
        self,
        text: str,
        lines: list[Line],
        cast: Cast,
        counts: dict[str, int],
        kinds: dict[int, str],
        layout: _Layout,
        story: bool = False,
    ) -> None:
        self.text, self.lines, self.cast, self.counts, self.kinds = text, lines, cast, counts, kinds
        self.layout = layout
        # the line of the first labelled answer (the labels are read before the walk): asked
        # once, not over all labels for every turn
        self.first_answer = min((j for j, kind in kinds.items() if kind == "answer"), default=None)
        # a photo's caption between the paragraphs: the page's, no one's words
        self.pictured = Spans(caption_lines(text))
        # a story's exchange ends where, past its last label, the page reports what someone
        # said ("Speaking after the talks, X said ..."): all below is the story's again
        self.story = story
        # a page that labels only its first exchange goes on with questions of their own
        # paragraphs, each answered by the paragraph below: the last of them ends the exchange
        self.final_question = max(
            (
                k
                for k in range(len(lines) - 1)
                if k not in kinds
                and k + 1 not in kinds
                and lines[k].text.rstrip().endswith("?")
                and not lines[k + 1].text.rstrip().endswith("?")
            ),
            default=-1,
        )
        self.last_label = max(*kinds, self.final_question) if story and kinds else len(lines)
        self.reported = False  # the page's own sentences came before the exchange
        self.resumed = False  # the page's report has resumed below the last exchange
        self.asked = "ask" in kinds.values()  # someone puts questions on the page
        self.final_label = max(kinds, default=-1)
        self.first_label = min(kinds, default=len(lines))
        self.live_entry = False  # in a live page's entry, no one's turn opened in it yet
        # the asking side's labelled turn asks nothing: a reporter's or host's narration
        self.narrating = False
        # the programme's own reporters and hosts by the labels they go under, once asked
        self.programme: dict[str, str] | None = None
        self.turns: list[Turn] = []
        self.narrative: list[tuple[int, int]] = []
        # a statement the briefer reads out: its author, the one speaking before, and how
        # many days before the briefing its line says it was made
        self.reading: tuple[SpeakerPhrase, SpeakerPhrase | None, int] | None = None
        self.read_days: list[tuple[int, int]] = []  # (turn start, days before) of those
        self.open: list = []  # [speaker, start, end] of the statement being read
        self.paragraph = 0  # where the open statement's last paragraph starts
        self.told = False  # this paragraph relayed what someone said
        self.below_told = False  # the paragraph above did
        # the briefer's last paragraph went on to relay news: their turn goes on past it
        self.relayed = False
        # a briefer's answers without labels: a question's line, then the briefer again
        self.unlabelled_answers = layout.briefer is not None and "answer" not in kinds.values()
        # where the briefer's opening ends: the first question, the heading of the questions
        # and answers, or another briefer's section ("Briefing by the Spokesperson for ...")
        self.opening_until = len(text)
        self.whole_opening: bool | None = None  # one_opening(), once asked
        self.body_at = len(text)  # where the body starts (the header's news is above it)
        # the page sets its paragraphs apart by blank lines (most breaks between its lines
        # are blank): a single line break is then a line broken inside a paragraph
        blank = sum(_blank_above(text, lines, k) for k in range(1, len(lines)))
        self.blank_paragraphs = blank * 2 > len(lines) - 1
        # a briefing's table of contents: its items head the sections below, whatever case
        self.contents = {
            m["item"].strip().rstrip(":")
            for ln in lines[: min(layout.body, layout.opening or layout.body)]
            if (m := _CONTENTS_ITEM.match(ln.text)) is not None
        }

    def unmarked_question(self, i: int, fresh: bool, stripped: str) -> bool:
        """A paragraph of an interview's answer that is the interviewer's next question, no
        label before it: it ends in a question mark, or puts a claim to the guest ("Critics
        say talk of an attack is alarmist."), and an unlabelled paragraph follows. (Asked only
        past the opening: before any question, "As you will have seen, the Secretary-General
        spoke to you ..." is the briefer's.)"""
        asks = "ask" in self.kinds.values()
        follows = i + 1 < len(self.lines) and i + 1 not in self.kinds
        put = stripped.endswith("?") or _put_as_statement(stripped) or _asks_then_remarks(stripped)
        return asks and follows and not fresh and put

    def programme_role(self, label: Label) -> str | None:
        """ "reporter" for a label of the programme's reporter ("NAME, BYLINE:", a name the
        page introduces as "NPR's NAME reports", or that reporter's surname later on), "host"
        for its host ("NAME, HOST:", "NAME, CNN ANCHOR:", "Dawn Tan (CNA):" on a page that
        says the interview was with CNA, or their surname later on); None for any other
        asker ("Q:", "QUESTION:", "Question (Name, Outlet):", "Reporter (Nikkei):",
        "Bloomberg:", "Kyodo News, TAKAO:"): a journalist at a briefing, whose turn asks."""
        if self.programme is None:
            self.programme = {}
            for m in _REPORTS.finditer(self.text):
                self._programme_name(m["name"], "reporter")
            head = self.text[:1200]
            for ln in self.lines:
                if ln.label is None:
                    continue
                name, _, post = ln.label.text.partition(",")
                posts = {w.lower() for w in re.findall(r"[\w-]+", post)}
                if posts & _PROGRAMME_POSTS and person(name) is not None:
                    self._programme_name(name, "reporter" if posts & _REPORTER_POSTS else "host")
                elif (
                    not post
                    and ln.label.paren
                    and len(name.split()) >= 2
                    and person(name) is not None
                    and re.search(
                        rf"(?:\b(?:on|to|with)\s+{re.escape(ln.label.paren.strip())}\b"
                        rf"|\b{re.escape(ln.label.paren.strip())}[\u2019']s\b)",
                        head,
                    )
                ):
                    self._programme_name(name, "host")
        assert self.programme is not None
        if label.paren and "," not in label.text:
            return self.programme.get(label.text.strip().upper())
        return self.programme.get(label.text.split(",")[0].strip().upper())

    def _programme_name(self, name: str, role: str) -> None:
        assert self.programme is not None
        words = name.split()
        for key in (" ".join(words).upper(), words[-1].upper()):
            self.programme.setdefault(key, role)

    def asks_nothing(self, i: int, label: Label) -> bool:
        """Whether the turn of the programme's own reporter or host labelled at line ``i``
        (see ``programme_role``), on a page that labels the answers too, asks nothing up to
        the next label: a broadcast reporter's narration between sound bites ("ANTHONY KUHN:
        Secretary of State X met ... Afterwards she told reporters that ...") or a host's
        introduction before the guest first speaks, whose words relayed are news as in a
        story. A journalist's turn at a briefing ("QUESTION: On Iran. The foreign minister
        said ...", "Reporter (Nikkei): ...", "Bloomberg: ...") is a question with or without
        a question mark, and so is a host's turn right above the guest's answer once the
        guest has spoken, or one that addresses the guest ("Please explain your view of
        ...", "Sir, the families say ...", "Minister, the president said ...")."""
        if label.asks or self.first_answer is None:
            return False
        role = self.programme_role(label)
        if role is None:
            return False
        for k in range(i, len(self.lines)):
            if k > i and k in self.kinds:
                # a host's claim over the guest's answer puts it to them; before the guest
                # has spoken, it introduces them ("... is here in the studio. Welcome.")
                spoken = self.first_answer < i
                return not (role == "host" and self.kinds[k] == "answer" and spoken)
            said = self.lines[k].text
            if "?" in said or _ADDRESSED.search(said) or _PLEASE.search(said):
                return False
            if _BY_TITLE.search(_GREETING.sub(" ", said)):
                return False
        return True

    def answered_below(self, i: int) -> bool:
        """Whether the question at line ``i`` is answered by the unlabelled paragraph below:
        one that asks nothing, followed by the next label or the page's end."""
        below = i + 1
        if below >= len(self.lines) or below in self.kinds:
            return False
        if self.lines[below].text.rstrip().endswith("?"):
            return False
        return below + 1 >= len(self.lines) or below + 1 in self.kinds

    def asks_unlabelled(self, i: int, stripped: str) -> bool:
        """A paragraph of a page that labels nothing, ending in a question mark and followed
        by a paragraph that does not: a question put to the briefer, answered below."""
        if self.kinds or not self.unlabelled_answers or not stripped.endswith("?"):
            return False
        below = self.lines[i + 1] if i + 1 < len(self.lines) else None
        return below is not None and not below.text.rstrip().endswith("?")

    def topic_line(self, i: int, stripped: str) -> bool:
        """ "Donating the book X to the museum in Y" between two paragraphs of a briefer's
        turn: a topic heading in sentence case, with no stop, its next line a new sentence
        (a broadcaster's line broken inside a sentence goes on in lower case)."""
        if not (self.open or self.relayed) or not _TOPIC_HEADING.fullmatch(stripped):
            return False
        return _next_text(self.lines, i)[:1].isupper()

    def quote_closed(self, stripped: str) -> bool:
        """Whether the open turn is a statement the page sets in quotation marks, closed at
        the end of its last paragraph, and ``stripped`` opens no quotation of its own."""
        if not self.open or stripped[:1] in _OPENING_MARKS:
            return False
        _, start, end = self.open
        said = self.text[start:end].strip()
        return said[:1] in _OPENING_MARKS and said[-1:] in _CLOSING_MARKS

    def close(self) -> None:
        if self.open:
            who, start, end = self.open
            end = floor_tail(self.text, start, cut_end(self.text, start, end))
            if self.text[start : start + 1] in _OPENING_MARKS and self.text[end - 1 : end] in (
                _CLOSING_MARKS
            ):
                start, end = start + 1, end - 1  # a statement the page quotes: its words
            if end > start and not is_procedural(self.text[start:end]):
                self.turns.append(Turn(who, start, end))
                if self.reading is not None and who is self.reading[0] and self.reading[2]:
                    self.read_days.append((start, self.reading[2]))
            self.open = []

    def counterpart_opens(self, i: int) -> SpeakerPhrase | None:
        """Who speaks the unlabelled paragraph at line ``i`` of the header, when it opens the
        exchange: the paragraphs from it down to the first label are sentences, the first of
        them a turn's opening in the first person ("Well, thank you very much, Mr. Secretary.
        It is a great pleasure to welcome you ..."), and the first label is one of two people
        the page's title names ("Remarks With Foreign Minister X Before Their Meeting"). A
        label marks a change of speaker: the words above the first one are the other's, the
        counterpart's welcome the page left unlabelled. Anything less sure (no title naming
        exactly one other person, no opening words) stays the page's."""
        if self.open:
            # the counterpart's opening goes on down to the label
            return self.open[0] if i < self.first_label else None
        if i == 0 or self.first_label >= len(self.lines) or self.first_label <= i:
            return None
        if self.kinds.get(self.first_label) != "answer":
            return None
        block = self.lines[i : self.first_label]
        if not all(sentence_like(ln) and not is_heading(ln) for ln in block):
            return None
        said = self.lines[i].text.strip()
        if not _OPENS_EXCHANGE.match(said) or not _speaks_as_self(said):
            return None
        if sentence_like(self.lines[i - 1]):
            return None  # not the first sentence below the header's fields
        label = self.lines[self.first_label].label
        assert label is not None
        read = self.cast.read(label, self.counts[label.text])
        first = read[1] if read is not None else None
        if first is None or first.kind != "person":
            return None
        if not _addresses(said, first, label.text):
            # a moderator's, an MC's or a host's opening to the room ("Good afternoon,
            # ladies and gentlemen, and welcome to this joint press availability.", "Good
            # evening. I'm X ...") is no counterpart's: the counterpart turns to the one
            # who answers, by name or post
            return None
        titled = [
            p.person
            for ln in self.lines[: min(i, _TITLE_LINES)]
            if not sentence_like(ln)
            for p in people_in(ln.text)
            if p.person.kind == "person" and p.person.name and not p.host
        ]
        others = [who for who in titled if not same_person(who, first)]
        if not others or not all(same_person(who, others[0]) for who in others):
            return None
        if not any(same_person(who, first) for who in titled) and len(titled) > 1:
            return None
        return self.cast.placed(others[0])

    def read_out(self, i: int, stripped: str) -> tuple[SpeakerPhrase, int] | None:
        """The author of the statement a line says the briefer reads out ("Let me read you
        yesterday's statement by Foreign Minister X:"), and how many days before the briefing
        it was made, when the paragraph below opens its quotation."""
        m = _READ_OUT.fullmatch(stripped)
        below = _next_text(self.lines, i)[:1]
        if m is None or not below or below not in _OPENING_MARKS:
            return None
        found = parse_speaker(m["who"])
        if found is None or found.kind not in ("person", "institution"):
            return None
        return found, 1 if (m["day"] or m["day2"] or "") == "yesterday" else 0

    def named_last(self, speaker: SpeakerPhrase, split: bool) -> int | None:
        """Where the open turn's last paragraph, which this paragraph of ``speaker``'s goes
        on, names someone last as its subject ("As you will have seen, the Secretary-General
        spoke to you this morning ..."), if it does."""
        if not self.open or split or self.open[0] != speaker:
            return None
        return named_last(self.text, self.paragraph, self.open[2])

    def tell_of(self, line: Line, speaker: SpeakerPhrase | None) -> None:
        """A paragraph relaying what "he" or "she" said, below the briefer's naming them
        last: that naming sentence is told with the news (whom the pronoun means), no
        longer the briefer's turn."""
        named = self.named_last(speaker, False) if speaker is not None else None
        if named is not None and _TAKES_UP.match(line.text):
            self.narrative.append((named, cut_end(self.text, named, self.open[2])))
            self.open[2] = named

    def add(self, speaker: SpeakerPhrase, start: int, end: int, split: bool) -> None:
        self.relayed = False
        self.paragraph = start
        if self.open and not split and self.open[0] == speaker:
            self.open[2] = end
            return
        self.close()
        self.open = [speaker, start, end]

    def answer(
        self,
        speaker: SpeakerPhrase,
        start: int,
        end: int,
        split: bool,
        replying: bool,
        opening: bool = False,
    ) -> None:
        """The speaker's words from ``start``; a briefer's (not a minister recounting talks)
        that end telling what a named person said hand that part to the news; words relayed
        amid the briefer's own, her voice again after them, are news within her turn.
        Words the relay dates to a day of their own ("The Prime Minister made that point on
        Monday, when she said ...") are another occasion's, recalled by anyone, a minister
        too: news within a turn that stays whole. So is a relay ``replying`` to a question:
        the answer is hers, whole, though it tells only what the minister said. ``opening``:
        the words are of the briefer's opening, before the first question."""
        found = relay_within(
            self.text,
            start,
            end,
            taken_up=self.below_told or self.named_last(speaker, split) is not None,
            whole_opening=self.one_opening() and start < self.opening_until,
            # (the briefer's opening, no one's words relayed above, whom "he" might mean)
            in_opening=opening and self.relayed_the_same_post(start, end),
        )
        if found is not None and not found.dated and _RECOUNTS_TALKS.search(speaker.role or ""):
            found = None
        if found is None:
            self.add(speaker, start, end, split)
            return
        relay, relayed_end, dated, own_clause = found
        # the paragraph that answers a question is the briefer's answer whatever it tells:
        # "Foreign Minister X said at the talks that ..." is how she answers, the minister's
        # words news within it (her opening remarks before any question read the news)
        answers = replying and relay == start
        if relayed_end < end or own_clause or (dated and relay > start) or answers:
            self.add(speaker, start, end, split)
            self.narrative.append((relay, cut_end(self.text, relay, relayed_end)))
            return
        if relay > start:
            self.add(speaker, start, relay, split)
        self.news(Line(relay, end, self.text[relay:end]))
        self.relayed = True

    def relayed_the_same_post(self, start: int, end: int) -> bool:
        """Whether the words the opening relayed above (if any) were all of the post alone
        this paragraph names first ("The Secretary-General spoke to reporters ... He said
        ..." above "This morning, the Secretary-General attended ... He underscored ..."):
        "he" below a post can then mean no one else relayed. Another one's words relayed
        above (a name, another post) and "he" might be theirs."""
        # (the last few relays only, newest first: a paragraph's look stays bounded)
        above = []
        for a, b in reversed(self.narrative):
            if a < self.body_at or len(above) > _RELAYS_LOOKED_AT:
                break
            if a < start:
                above.append((a, b))
        if not above:
            return True
        if len(above) > _RELAYS_LOOKED_AT:
            return False
        post = post_named(self.text, start, end)
        return post is not None and all(post_named(self.text, a, b) == post for a, b in above)

    def news_after_exchange(self, i: int, stripped: str, opening: bool) -> bool:
        """A paragraph after a question's own line that relays what a named person said and
        asks nothing, with no answer after it: the page reporting, not the interviewer."""
        if opening or stripped.endswith("?") or not relays_news(self.text, self.lines[i]):
            return False
        asked = self.lines[i - 1] if i > 0 else None
        if asked is None or i - 1 not in self.kinds or asked.text.rstrip().endswith(":"):
            return False
        after = next((k for k in range(i + 1, len(self.lines)) if k in self.kinds), None)
        return after is None or self.kinds[after] != "answer"

    def report_resumes(self, i: int, line: Line) -> bool:
        """A paragraph below an interview's last exchange that tells, with no "I" or "we" of
        its own, what someone said ("Opposition spokesman X said ..."): the page's report
        goes on after the questions; it and every paragraph after it are news. Above a
        question still to come ("Last month X said ... Many were offended." put to the guest,
        then "Do you see ...?") the exchange goes on: that paragraph alone is news."""
        return (
            self.asked
            and i > max(self.final_label, self.final_question)
            and not _speaks_as_self(line.text)
        )

    def new_point(
        self, line: Line, stripped: str, continued: bool, listing: bool, opening: bool
    ) -> bool:
        """Whether a paragraph of the ``opening`` (a minister's remarks before any question;
        an answer's paragraphs, "More broadly, ...", "I would like to stress ...", "What will
        they do next? We will ...", go on answering the one question), under
        a blank line (not a line broken inside a paragraph, not a list's item, not the words
        a colon above introduced, nor any item of that list, ``listing``), opens a point of
        its own (:data:`_NEW_POINT`, :data:`_OWN_QUESTION`); not a pleasantry ("Today I want
        to thank ..."), nor the paragraph after a turn's greeting or thanks alone ("Good
        afternoon, colleagues." / "Today we will discuss ...": the remarks it opens, the
        greeting no statement by itself)."""
        if (
            continued
            or listing
            or stripped[:1] in _BULLETS
            # (an answer stays whole, its own questions included: a turn is one statement)
            or not (opening and (_NEW_POINT.match(stripped) or _OWN_QUESTION.match(stripped)))
            or _PLEASANTRY.match(stripped) is not None
        ):
            return False
        above = self.text[max(0, line.start - _POINT_LOOK) : line.start]
        if "\n\n" not in re.sub(r"[ \t]", "", above):
            return False
        if self.text[max(0, line.start - _COLON_LOOK) : line.start].rstrip().endswith(":"):
            return False
        # (a turn longer than a greeting is not one: only a short stretch is read)
        return not (
            self.open
            and line.start - self.open[1] <= 2 * _GREETING_MAX
            and (
                _greeting_alone(said := self.text[self.open[1] : line.start])
                or _greeting_paragraph(said)
            )
        )

    def one_opening(self) -> bool:
        """Whether the page is a briefing's transcript with no labels at all, its header
        naming the briefer ("The following is a near-verbatim transcript of today's noon
        briefing by X"): what it holds is the briefer's opening, read out whole; its topics
        and the news it relays are parts of one turn, not turns of their own."""
        if self.whole_opening is None:
            opening = self.layout.opening
            self.whole_opening = (
                not self.kinds
                and self.layout.briefer is not None
                and opening is not None
                and any(_BRIEFING_TRANSCRIPT.search(ln.text) for ln in self.lines[:opening])
            )
        return self.whole_opening

    def news(self, line: Line) -> None:
        self.close()
        self.relayed = False
        end = cut_end(self.text, line.start, line.end)
        if end > line.start:
            self.narrative.append((line.start, end))

    def run(self) -> Transcript:
        cast, layout = self.cast, self.layout
        speaker: SpeakerPhrase | None = None
        opening = True  # before the first question: announcements, split by topic
        asked = False  # a question was put: an announced opening is no longer to come
        fresh = False  # just after a label: the next paragraph is the turn's, whatever it says
        labelled: SpeakerPhrase | None = None  # the speaker a label named, for their turn
        start = min(layout.body, len(self.lines) if layout.opening is None else layout.opening)
        self.body_at = self.lines[start].start if start < len(self.lines) else len(self.text)
        covered = 0  # a label's own lines run to here ("Labour - Northtown" under a name)
        # the item being read introduced words below it ("a joint statement, which reads in
        # part:"): its "We condemn ..." are those words, not the briefer's own stand
        introduced = False
        # a paragraph of the turn ended on a colon: the items below it, all of them, are the
        # list it introduced, no point of their own ("three priorities:" / "First, ..." /
        # "Finally, ...")
        listing = False
        # the paragraph above opened a topic of the opening ("Finally, on the Middle East.
        # ..."): "But we must ...", "More broadly, ..." below go on with it
        item_above = False
        labelled_above = False  # a label was read above (a question above it is a turn's)
        for i, line in enumerate(self.lines):
            stripped = line.text.strip()
            if line.start < covered:
                continue
            self.below_told, self.told = self.told, False
            item_above, above_item = False, item_above
            if not self.resumed and i not in self.kinds and (read := self.read_out(i, stripped)):
                # "Let me read you yesterday's statement by Foreign Minister X:": the quoted
                # paragraphs below are X's, whoever reads them
                self.close()
                self.reading = (read[0], speaker, read[1])
                start = min(start, i + 1)
                fresh = True
                continue
            if self.resumed:
                # the page's report has resumed below the last exchange: all below is news
                self.news(line)
                continue
            if i < start:
                # the header: its sentences are the reporter's, read as news
                note = TRANSCRIPT_NOTE.search(stripped) or EDITORS_NOTE.search(stripped)
                opener = None if note else self.counterpart_opens(i)
                if opener is not None:
                    self.add(opener, line.start, line.end, False)
                    continue
                if sentence_like(line) and not note:
                    self.reported = True
                    if i > 0 or self.story:
                        self.news(line)  # (a story may open on its lead, no title above)
                continue
            if i == layout.opening and layout.briefer is not None:
                speaker = cast.current = cast.placed(layout.briefer)
                if self.reading is not None:
                    self.reading = (self.reading[0], speaker, self.reading[2])
            if self.reading is not None:
                if i in self.kinds or _SECTION.match(stripped) or is_heading(line):
                    # a label or a heading: the briefing goes on, in the briefer's words
                    self.close()
                    speaker, self.reading = self.reading[1], None
                else:
                    speaker = self.reading[0]
            if i in self.kinds:
                self.close()
                self.relayed = False
                fresh, self.live_entry = True, False
                listing = stripped.endswith(":")
                label = line.label
                assert label is not None
                covered = label.rest
                speaker = None
                self.narrating = False
                if self.kinds[i] != "answer":
                    # a question ends the opening; the floor's word before anyone has spoken,
                    # asking nothing ("Moderator: The Director-General will say a few words
                    # first."), gives the speaker the floor for it
                    spoken = bool(self.turns or self.open)
                    opening = opening and not spoken and "?" not in line.text
                    asked = asked or "?" in line.text
                    self.narrating = self.asks_nothing(i, label)
                else:
                    # a meeting's principals, both labelled as speakers: the turn above that
                    # ended on a question ("Vladimir Putin: How many people have been
                    # evacuated?") ends the opening, whoever asked; what follows answers it
                    asked_above = self.text[max(0, line.start - 200) : line.start].rstrip()
                    if labelled_above and asked_above.endswith("?"):
                        opening, asked = False, True
                    read = cast.read(label, self.counts[label.text])
                    speaker = labelled = read[1] if read else None
                    cast.current = speaker or cast.current
                labelled_above = True
                read = (
                    self.read_out(i, self.text[label.rest : line.end].strip())
                    if speaker is not None and self.kinds[i] == "answer"
                    else None
                )
                if read is not None:
                    # "Press Secretary: Let me read you yesterday's statement by Minister X:":
                    # the quotation below is X's; the briefer's next turn is hers again
                    self.reading = (read[0], speaker, read[1])
                    continue
                if speaker is None and self.narrating and label.rest < line.end:
                    # "ANTHONY KUHN: Secretary of State X met ... Afterwards she told
                    # reporters that ...": a reporter's narration, read as news
                    self.news(Line(label.rest, line.end, self.text[label.rest : line.end]))
                    continue
                if speaker is not None and label.rest < line.end:
                    # "MR MILLER: Let me start with a few brief remarks before we turn to your
                    # questions.": after banter with the room, the briefer's opening begins
                    # (before any question: "a few items at the top" in an answer opens nothing)
                    opening = opening or (
                        not asked and _OPENING_ANNOUNCED.search(line.text) is not None
                    )
                    self.answer(speaker, label.rest, line.end, True, not opening, opening)
                    fresh = False
                elif self.unlabelled_answers and (
                    line.text.rstrip().endswith("?")
                    or _UNHEARD.fullmatch(line.text[label.rest - line.start :])
                    # "Q: Critics say X was rewarded.": a question put as a statement, its
                    # answer the paragraph below (a question's next paragraph would ask)
                    or self.answered_below(i)
                ):
                    # the answer follows, unlabelled, a question unheard ("Q. [inaudible]") too
                    speaker = cast.current = layout.briefer
                continue
            section = _SECTION.match(stripped)
            if (section or _QUESTIONS_HEADING.fullmatch(stripped)) and (self.turns or self.open):
                self.opening_until = min(self.opening_until, line.start)
            if section:
                self.close()
                speaker = cast.section(section["who"]) or speaker
                cast.current = speaker or cast.current
                continue
            if _COPYRIGHT.match(stripped) and len(stripped.split()) <= _FOOTER_WORDS:
                break  # the broadcaster's footer under its transcript: no one's words below
            if _CREDIT.fullmatch(stripped):
                break  # "(With inputs from agencies)": the story's credit ends its text
            if _INVITES_TO_THE_WHOLE.match(stripped) and len(stripped.split()) <= _INVITE_WORDS:
                break  # "Listen to the full interview on The House.": the page's, below the talk
            if _TIME_STAMP.fullmatch(stripped):
                continue  # "(00:52)": a transcription service marks the time, no new topic
            if _LIVE_ENTRY.fullmatch(stripped):
                self.close()
                speaker, self.live_entry = None, True
                continue
            if _PAGE_OWN_SECTION.fullmatch(stripped):
                # "Background", "Next steps", "Notes to editors": a release's own sections
                # after the remarks; all below is the page's information, no one's words
                self.close()
                self.resumed = True
                continue
            if (
                is_heading(line)
                or line.start in self.pictured
                or self.topic_line(i, stripped)
                or _page_note(stripped)
                or stripped.rstrip(":") in self.contents
                or _other_script(stripped)
            ):
                self.close()
                # "Reaction", "Background" heading a section below the last exchange of a
                # story's questions: the page's report resumes under it, no one's answer
                self.resumed = self.resumed or (
                    self.asked
                    and self.reported
                    and i > max(self.final_label, self.final_question)
                    and is_heading(line)
                )
                continue
            if self.asks_unlabelled(i, stripped) and speaker is not None:
                # "With regard to the operation in Chad, ...? Can it be found online?" between
                # the briefer's paragraphs, no label anywhere: a journalist's question; the
                # answer below is the briefer's again
                self.close()
                opening, asked = False, True
                self.opening_until = min(self.opening_until, line.start)
                speaker = cast.current = layout.briefer
                fresh = True
                continue
            if i > self.last_label and self.reported and not fresh and relays_news(self.text, line):
                self.resumed = True
                self.news(line)
                continue
            if speaker is None:
                if self.narrating:
                    # the next paragraph of a reporter's narration: news as well
                    self.news(line)
                    continue
                if self.live_entry:
                    # a live entry's paragraphs before any label: the page's report
                    self.news(line)
                    continue
                if self.news_after_exchange(i, stripped, opening):
                    # "DER SPIEGEL: Mr. President, thank you for this interview." then "Kremlin
                    # spokesman X said on Thursday that ...": the page's own report after the
                    # last exchange, no one's question or answer
                    self.news(line)
                    continue
                if self.unlabelled_answers and not opening and stripped.endswith("?"):
                    # "Q. Ever since ... said so." / "Is that still the case?": a question
                    # of two paragraphs; the answer follows its last
                    speaker = cast.current = layout.briefer
                    fresh = True
                continue
            # "... bring those responsible to justice, and that" / "the security forces
            # responded ...": a broadcaster's transcript breaks lines inside a sentence
            continued = bool(self.open) and stripped[:1].islower()
            if _INTRODUCING.search(stripped):
                # "Prime Minister X, this morning, made the following remarks:": the page's
                # line introducing the words below, neither the speaker's words nor news
                self.close()
                fresh = True
                continue
            if (
                not fresh
                and not continued
                and _ABOUT_THE_INTERVIEW.match(stripped)
                and self.report_resumes(i, line)
            ):
                # "The interview was recorded hours after ...": the page speaking of the
                # interview it printed; the report goes on
                self.resumed = True
                self.news(line)
                continue
            if (
                not fresh
                and not continued
                and relays_news(self.text, line)
                and (
                    not (speaker is labelled and _RECOUNTS_TALKS.search(speaker.role or ""))
                    or self.report_resumes(i, line)
                )
            ):
                self.resumed = self.report_resumes(i, line)
                self.tell_of(line, speaker)
                self.news(line)
                self.told = True
                # above a question still to come, the page's paragraph was put to the guest
                # ("Last month X said ... Many were offended."): the paragraph below answers
                fresh = not self.resumed and self.asked and i < self.final_question
                continue
            # "— “My main goal is ...”": a roundup lists each quote as a statement of its own
            # ('On Nepal: "We are ..."': under its topic, from the quote)
            quote = _LISTED_QUOTE.match(stripped)
            point = _LISTED_POINT.match(stripped)
            listed = layout.listed and (quote is not None or point is not None)
            if not listed and self.quote_closed(stripped):
                # '... issued the following statement:' and the statement's paragraphs each
                # in quotation marks, the last closed; a paragraph after them with none is
                # the release going on about something else
                self.news(line)
                if self.reading is not None:
                    # the statement read out has ended: the briefer speaks again
                    speaker, self.reading = self.reading[1], None
                continue
            if not opening and self.unmarked_question(i, fresh, stripped):
                # "Do you mean to say ...?" between two of the guest's paragraphs: a page that
                # labels only the first exchange; the answer below is the guest's again
                self.close()
                fresh = True
                continue
            item = _opening_item(stripped) or listed
            if item and not listed and i > 0 and _adds_to_relayed(stripped, self.lines[i - 1].text):
                item = False  # the announcement relayed above goes on (_adds_to_relayed)
            shift = item or (
                bool(self.kinds) and not introduced and _STANCE_ITEM.match(stripped) is not None
            )
            if (
                shift
                and not listed
                and self.blank_paragraphs
                and i > 0
                and not _blank_above(self.text, self.lines, i)
                and _LIST_ITEM.match(stripped) is None
            ):
                # "... within the next year. / I also expect that ...": on a page that sets
                # its paragraphs apart by blank lines, a line under a single break is the
                # same paragraph going on, a speech set line by line; no item opens there
                shift = False
            split = fresh or (opening and shift)
            # (the list goes on while its items do: "First, ...", "Finally, ...", a bullet)
            listing = listing and not fresh and _LIST_ITEM.match(stripped) is not None
            if (
                not split
                and not (above_item and _GOES_ON.match(stripped))
                and self.new_point(line, stripped, continued, listing, opening)
            ):
                split = True
            item_above = item
            if split and (fresh or item):
                introduced = False
            if stripped.endswith(":"):
                introduced = listing = True
            said_from = line.start
            if listed:
                # the item's own words, past its topic ('On Nepal: "We ...') or its bullet
                topic = quote.end("topic") if quote is not None and quote["topic"] else 0
                lead = topic or (point.end() - 1 if point is not None else 0)
                said_from = self.text.index(stripped, line.start) + lead
            self.answer(speaker, said_from, line.end, split, fresh and not opening, opening)
            fresh = False
        self.close()
        if self.one_opening():
            self.turns = _joined(self.turns, self.opening_until)
        header = cast.header
        assert header is not None
        return Transcript(
            self.turns,
            self.narrative,
            header.day,
            header.month_day,
            header.date_evidence,
            header.days,
            header.told,
            tuple(self.read_days),
        )
