"""Which day a statement was said.

In order of preference:

1. a date phrase in the statement's own attribution: its speaker, verb and the adverbials
   around them ("said on Friday", "Speaking at a briefing on Thursday, ..."), never the
   words said;
2. the day of an occasion the narrative places the speaker at before the words ("X met Y
   on Sunday. X said ..."), or of an earlier statement by the same speaker (the same
   occasion), whichever the text reached last;
3. the day the paragraph has reached, in a story told in order ("The atmosphere in Vienna on
   Thursday was gloomier still. Poland's foreign minister said ...");
4. the article's own day (a wire story's "X said" with no time words means that day).

A date phrase belongs to the clause it stands in: one inside a relative or time clause
("Lini, who attended the ceremony on Friday", "since a truce in November", "a visit that
began Tuesday", "a visit beginning Tuesday") dates that clause's event, not the speaker's
words or presence; "after" or "before" with a day ("after talks on Tuesday", "before dawn
on Thursday") stays near the words and counts. A day still to come dates a plan, never words
already said. "has said" with no day of its own is on or before the article's day.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum
from typing import Protocol

from tracker.countries import CAPITALS, SEATS, country_keys
from tracker.extract.clause_words import (
    CLAUSE_WORD,
    FRAME_TELLS_WORDS,
    IN_OWN_MEDIUM,
    ISSUED_ON,
    MADE_THE_REMARKS,
    READER_FRAME,
    THING_DONE_ON,
    WHO_DAY_OR_PLACE,
    WHO_GIVEN_ASIDE,
)
from tracker.extract.cues import JUDGING_FORMS, find_cues
from tracker.extract.draft import Draft, content_words
from tracker.extract.lexicon import DOCUMENTS, NATIONALITIES, POST_WORDS, ROLE_WORDS
from tracker.extract.live import entry_day, entry_starts
from tracker.extract.spans import Spans
from tracker.extract.speaker_phrase import SpeakerPhrase, country_of
from tracker.extract.when import (
    AT_THE_TIME,
    MONTH_NAMES,
    Phrase,
    When,
    counted_from,
    counted_from_an_event,
    date_phrases_in_parts,
    default_when,
)
from tracker.names import name_key

# Words that open a clause about some other event or thing; a date after one of them (and
# before the clause is closed by punctuation) dates that clause.
# "echoed that promise on Monday": "that" pointing at a noun, no clause opened
_DEMONSTRATIVE = (
    r"\s+(?!(?:he|she|it|they|we|i|you|was|were|is|are|had|has|have|would|will|could|can|"
    r"did|does|do|not)\b)[a-z]+(?<!ed)\s+(?:on|in|at|during|last|this|earlier|yesterday|today)\b"
)
# the occasions words are said at or in: a relative clause on one dates the words
_OCCASION_NOUNS = (
    r"interview|speech|statement|address|remarks|post|letter|message|briefing|call|"
    r"conversation|video|article|op-ed|tweet|news conference|press conference|conference|"
    r"meeting|talks|visit|session|hearing|testimony|appearance|broadcast|podcast|comments"
)
# words that join a clause of their own ("made the remarks when he addressed ..."): no noun
_JOINING_WORDS = (
    r"when|while|as|if|because|after|before|since|until|that|which|who|where|and|but|or|so|"
    r"than|though|although|once|whether"
)
# a preposition right before a word ("at that", "of which"): the word points at a noun
_AFTER_PREPOSITION = "".join(
    rf"(?<!\b{w}\s)"
    for w in (
        "at",
        "in",
        "on",
        "of",
        "by",
        "for",
        "to",
        "from",
        "with",
        "during",
        "after",
        "before",
    )
)
# but "in that" opening a clause with a subject of its own is the conjunction ("in so far
# as"): "a breakthrough in that Moscow and Washington agreed on Monday to ..."
_IN_THAT_CLAUSE = (
    r"(?<=\bin\s)(?=that\s+(?:the|a|an|its|his|her|their|our|it|he|she|they|we|there|this|"
    r"these|those)\b|that\s+(?-i:[A-Z]))"
)
_SUBORDINATE = re.compile(
    # not a word in capitals: "WHO chief X said on Wednesday" opens no clause
    r"\b(?-i:(?![A-Z]{2,}\b))(?:who|whom|whose|which|"
    # ("goodwill fostered at that first exchange was undone by remarks made on September 15
    # by X, who demanded ...": "that" after a preposition points at a noun, no clause)
    # (the lookahead first: the lookbehinds are tried only where "that" stands)
    + r"(?=that)(?:"
    + _AFTER_PREPOSITION
    + r"|"
    + _IN_THAT_CLAUSE
    + r")that(?!"
    + _DEMONSTRATIVE
    + r")|where|"
    r"since|until|till|because|if|once|as soon as|(?<!the )(?:beginning|starting)(?!\s+of\b))\b"
    r"|\b(?:when(?:ever)?|while)\b"
    # "When asked at Wednesday's briefing, X said": a clause with no subject of its own is
    # the speaker's, and its day is the speaking's
    r"(?!\s+(?:[a-z]+(?:ed|ing)|told|shown|met|seen)\b)"
    # "..., as agreed upon at the summit meeting on November 16": the day of the agreement
    # the words recall, not theirs
    r"|\bas\s+(?:(?:previously|already|earlier|jointly)\s+)?(?:agreed|decided|pledged|"
    r"promised|stipulated|envisaged|committed)(?=\s+(?:upon|on|at|in|during|by|between)\b)"
    # "referring to her talks Tuesday with ...": a day in the thing talked about is that
    # thing's ("commenting on Tuesday on ..." is the comment's: no noun between)
    r"|\b(?:referring to|in reference to|with reference to|commenting on|speaking of|"
    # "..., recounting a trip last year to Kyiv": a day in the story told is the story's
    r"talking about|recounting|recalling|describing|remembering|citing)"
    # ("citing Japan's removal ... earlier this month": a named owner is a determiner too)
    r"(?=\s+(?:the|a|an|his|her|their|its|our|my|your|(?-i:[A-Z][\w.-]*)['\u2019]s)\b)"
    # "He also spoke of Sudan, after Netanyahu met its leader on Feb. 3, saying ...": a time
    # clause set off with a named subject of its own dates that subject's deed
    r"|(?-i:(?<=, )(?:after|before)(?=\s+(?:[A-Z][\w.'\u2019-]*\s+){1,5}"
    r"(?:[a-z]+ed|met|spoke|said|told|made|held|took|gave|went|came|won|sent|wrote|began)\b))"
    # "repeating a line he first used late last night", "the truce he brokered last month":
    # a noun and its relative clause with no "that" (not the occasion of the words: "in an
    # interview he gave on Friday" is the saying's)
    r"|(?-i:\b(?:the|a|an|his|her|their|its)\s+(?:[a-z][\w'\u2019-]*\s+){0,2}?"
    r"(?!(?:" + _OCCASION_NOUNS + r"|" + _JOINING_WORDS + r")\b)[a-z][\w'\u2019-]*"
    r"(?=\s+(?:he|she|they|we)\s+(?:first\s+|had\s+|has\s+|have\s+|just\s+|once\s+)?"
    r"(?:[a-z]+ed|gave|made|took|wrote|held|sent|struck|brought|set|met|won|put|spent)\b))",
    re.I,
)
_CLAUSE_CLOSE = re.compile(r"[,;:()\u2014\u2013]|\s-\s")
_PERFECT = re.compile(
    # ("has not ruled out", "has never said": a stance held up to now, as "has said" is; "has,
    # on several occasions, warned": an aside set off between the auxiliary and the verb)
    r"\bha(?:s|ve)(?:\s*,[^,;:\"\u201c\u201d]{1,60},)?\s+"
    r"(?:(?:also|already|repeatedly|long|always|ever|often|previously|publicly|"
    r"recently|since|now|consistently|not|never|\w+ly)\s+)*$"
)


class DocumentRole(IntEnum):
    """How a statement's words stand to a document: none, told in it, or going on with it."""

    NONE = 0
    TOLD_IN_DOCUMENT = 1  # "a statement in which it rejected ..."
    OLD_DOCUMENT = 2  # "had issued a statement in which ...": "the statement added" only
    DOCUMENT_GOES_ON = 3  # "the statement added", "the letter read"
    WRITER_GOES_ON = 4  # "he wrote." after "an article by X in which he argues ..."


@dataclass(frozen=True)
class Attribution:
    """What dating needs to know of one proposed statement.

    ``speaker`` is any object identifying who speaks (the same object for every statement
    of one speaker) or None; ``window`` the attribution's own words (spans outside what was
    said); ``speaker_at`` where the article places the speaker (every mention outside what
    was said); ``continues`` the index of the statement this one carries on, if any.
    """

    speaker: object | None
    window: Sequence[tuple[int, int]]
    cue_at: int
    start: int
    speaker_at: Sequence[int] = ()
    turn: bool = False
    continues: int | None = None
    reported: Sequence[tuple[int, int]] = ()  # words given in the reporter's own frame
    earlier: bool = False  # told in a relative clause ("X, who said ..."): said before
    background: bool = False  # in a relative clause: no occasion for what the speaker says next
    told_at: Sequence[int] = ()  # where someone's reported words name the speaker
    said: Sequence[tuple[int, int]] = ()  # the words said, quoted or not
    person: bool = False  # the speaker is a person, not a body
    voice: bool = False  # the speaker speaks for a body (its spokesperson, representative)
    posted: bool = False  # an embedded post's text, dated by its signature: its own occasion
    # told in a "which" clause of a noun of saying ("a statement in which it rejected ...",
    # TOLD_IN_DOCUMENT; OLD_DOCUMENT for one told as an old one), by that noun going on ("the
    # statement added", DOCUMENT_GOES_ON), or written with no occasion of their own ("...,
    # he wrote.", WRITER_GOES_ON)
    document: DocumentRole = DocumentRole.NONE
    # every place the speaker is named, inside what was said too (not only ``speaker_at``)
    named_at: Sequence[int] = ()


# "X met with counterparts in New York, reported the ministry's press service on Sept. 21",
# "the Foreign Ministry's press service reported on Tuesday": the day the office put the
# news out, by which the words it tells had been said
_PUT_OUT_BY_PRESS_SERVICE = re.compile(
    r"\breported\s+(?:the\s+)?[^.;:!?\n]{0,60}?\bpress\s+(?:service|office)\s+"
    r"|\bpress\s+(?:service|office)\b[^.;:!?\n]{0,40}?\sreported\s+"
)


def _put_out_on(text: str, start: int, day_at: int) -> bool:
    """Whether the day at ``day_at`` is the one a press service put the news out on."""
    return _put_out_by(text, start, day_at) is not None


def _put_out_by(text: str, start: int, day_at: int) -> re.Match[str] | None:
    """The press service's "reported" the day at ``day_at`` is the day of, if any."""
    return next(
        (
            m
            for m in _PUT_OUT_BY_PRESS_SERVICE.finditer(text, start, day_at)
            if text[m.end() : day_at].strip() in ("", "on")
        ),
        None,
    )


def _press_service_days(text: str, every: Sequence[Phrase]) -> list[tuple[Phrase, re.Match[str]]]:
    """The one-day phrases a press service's "reported" names the day of, with that credit:
    found once per article (each statement's date then looks only at these)."""
    found = []
    for p in every:
        if not ONE_DAY.fullmatch(p.when.edtf or ""):
            continue
        put_out = _put_out_by(text, max(0, p.start - 120), p.start)
        if put_out is not None:
            found.append((p, put_out))
    return found


def _news_put_out_on(
    text: str,
    put_out_days: Sequence[tuple[Phrase, re.Match[str]]],
    published: date | None,
    st: Attribution,
    sentences: Sequence[tuple[int, int]],
) -> When | None:
    """The day a ministry's press service put the news out, when the story gives the words
    of its report no day of their own: said on or before it. Its report is the paragraph
    that credits it, and the later words of one its credited sentence names ("Nurtleu met
    with ..., reported the ministry's press service on Sept. 21. ... Nurtleu underlined
    ..."); others in the story ("Separately, Tokayev told reporters ...") are not in it. The
    press service's own words ("the press service reported on Monday that ...") are of the
    day it put them out."""
    if published is None:
        return None
    for p, put_out in put_out_days:
        if (p.when.edtf or "") > published.isoformat():
            return None
        if put_out.start() <= st.cue_at < p.start:
            return When(p.when.edtf, text[p.start : p.end])
        para_start = text.rfind("\n", 0, p.start) + 1
        para_end = text.find("\n", p.end)
        para_end = len(text) if para_end < 0 else para_end
        credited = next(((a, b) for a, b in sentences if a <= p.start < b), (para_start, p.end))
        if para_start <= st.start < para_end or (
            st.start >= para_end and any(credited[0] <= at < credited[1] for at in st.speaker_at)
        ):
            return When(f"../{p.when.edtf}", f"put out: '{text[p.start : p.end]}'")
    return None


def date_statements(
    text: str,
    sentences: Sequence[tuple[int, int]],
    statements: Sequence[Attribution],
    said: Sequence[tuple[int, int]],
    published: date | None,
    sections: Sequence[tuple[int, date]] = (),
    told: Sequence[tuple[int, int]] = (),
    aside: Sequence[tuple[int, int]] = (),
    title_day: When | None = None,
    turn_day: When | None = None,
    weekly: Collection[int] = (),
) -> list[When]:
    """The day of each statement, in order; ``said`` are the spans of words said (quotes and
    statement texts), whose dates never date an attribution; ``sections`` where each item of
    a digest starts and the day its dateline gives, which stands for the article's day in
    it; ``aside`` the datelines and photo captions among ``said``, whose days date no event
    the story names; ``title_day`` the day a readout's title gives its occasion, for words
    with no day of their own (a document's own paragraphs, turns of no transcript, too);
    ``turn_day`` the day a transcript's header gives its turns
    (a headline that restates a turn takes it too); ``weekly`` the starts of ``sections``
    that are a round-up's days of the week."""
    said_spans = Spans(said)
    aside_spans = Spans(aside)
    # found once: the three readings below filter it; a digest's items against their days
    every = _day_reached_outside(
        text,
        date_phrases_in_parts(text, published, sections, weekly),
        said_spans,
        aside_spans,
        published,
        sections,
        sorted(a for a, _ in sentences),
    )
    put_out_days = _press_service_days(text, every)
    phrases = [
        p
        for p in every
        if (p.start not in said_spans or _named_thing_day(text, p))
        and not (
            (_POSSESSIVE.match(text, p.end) or _attributive(text, p))
            and not _AT_OCCASION.search(text, max(0, p.start - 32), p.start)
            and not (
                _AFTER_WORD.search(text, max(0, p.start - 12), p.start)
                and _AFTER_MEETING.match(text, p.end)
            )
            and not _day_of_the_subject(text, p)
            and not _names_the_speakers_gathering(text, p)
        )
        # ("..., reported the ministry's press service on Sept. 21": the news's day, no
        # occasion's; the words it tells were said by then)
        and not _put_out_on(text, max(0, p.start - 120), p.start)
    ]
    phrases.sort(key=lambda p: p.start)
    starts = [p.start for p in phrases]
    # "one day after X said" dates that saying only, never a paragraph or an occasion
    context = DatedText(text, sentences, [p for p in phrases if p.kind != "days_after"])
    context.sections = week_sections(text)
    # an event's day may stand in anyone's words ("the talks held on Monday were hard"), but
    # not a speaker's own "today"
    events = DatedText(
        text,
        sentences,
        [
            p
            for p in every
            if p.kind not in ("days_after", "today")
            and not _POSSESSIVE.match(text, p.end)
            and p.start not in aside_spans
            and not _put_out_on(text, max(0, p.start - 120), p.start)
        ],
    )
    events.possessive_days = [
        p
        for p in sorted(every, key=lambda p: p.start)
        if _POSSESSIVE.match(text, p.end)
        and p.start not in said_spans  # ("'today's meeting was useful'": the speaker's day)
        and p.kind not in ("days_after", "today")
        and ONE_DAY.fullmatch(p.when.edtf or "")
    ]
    events.possessive_ends = [p.end for p in events.possessive_days]
    events.published = published
    # a day in reported words that name another speaker places that speaker at it ("X called
    # the meeting with Y in Moscow on January 21 useful": Y was there that day)
    told_spans = Spans(told)
    # (not "a day after Turkey agreed ...": the day of that clause's deed, no one's occasion)
    context.told = [
        p
        for p in every
        if p.start in told_spans and p.kind != "days_after" and ONE_DAY.fullmatch(p.when.edtf or "")
    ]
    context.told_starts = [p.start for p in context.told]
    order = sorted(range(len(statements)), key=lambda k: statements[k].start)
    context.statement_order = order
    context.statement_starts = [statements[k].start for k in order]
    mentions = _speaker_mentions(statements)
    others = OtherSpeakersWindows(statements)
    out: list[When] = []
    entries = entry_starts(text)
    heard: set[int] = set()  # speakers of the statements dated so far
    first = min(range(len(statements)), key=lambda k: statements[k].start, default=None)
    for n, st in enumerate(statements):
        if st.turn:
            # (a document in its issuer's voice under a title that closes on its day,
            # "Statement by the Spokesperson on ... (January 31, 2021)", posted the day after:
            # the title's day, as a transcript's header gives its turns theirs)
            out.append(turn_day or title_day or When(_iso(published), "date of the transcript"))
            continue
        if st.continues is not None and st.continues < n:
            first = out[st.continues]
            out.append(When(first.edtf, first.evidence, inherited=True, fits=first.fits))
            continue
        # "X has released a statement in which it rejected ... 'Quote,' the statement
        # added": the document goes on, on its own occasion, its speaker's last words for
        # this statement only ("X said" after it is back at the story's occasion)
        went_on = _document_goes_on(context, statements, n)
        if went_on is not None:
            saved = context.last_by_speaker.get(id(st.speaker))
            context.last_by_speaker[id(st.speaker)] = went_on
        when = (
            _said_ahead_of(text, st, phrases, published)
            or _own(text, st, phrases, starts, published, said_spans)
            or _the_when_clauses_day(text, st, every)
            or _beside_its_verb(text, st, every)
            or _occasion_at_the_end(text, st, every)
            or _after_the_quoted_words(text, st, every)
            or _citing_the_speakers_remarks(text, st, every)
            or _that_occasion(text, st, every)
            or _fronted_ahead_of(context, st, phrases, published)
            or _reply_in_the_sentence(context, n, statements, out)
        )
        if when is not None and when.evidence.lower() == "later" and not when.inherited:
            # ("She later said" in the paragraph of the day: that day already)
            later = _later_at_the_same_occasion(context, n, statements, out, published)
            when = later if later is not None and later.edtf != when.edtf else when
        if when is not None and (when.edtf or "").startswith(".."):
            # "has welcomed the outcome, calling it '...' in a statement this evening": the
            # perfect says no more than "by now"; the occasion the words end on, its day
            when = (
                _right_after_the_verb(text, st, every)
                or _occasion_at_the_end(text, st, every)
                or when
            )
        if when is None or (when.edtf or "").startswith(".."):
            when = _remarks_told_after(context, st, statements, published) or when
            when = (
                _pluperfect_at_the_occasion(context, events, every, n, statements, out, when)
                or when
            )
        elif _aired_on(text, st, when):
            # "in an interview aired on Sunday ... made the remarks in the interview, taped
            # on Saturday": the day the words were recorded, not the one they went out
            told = (
                _recorded_on(text, st, phrases, starts)
                or _remarks_told_after(context, st, statements, published)
                or _recorded_before(text, st, phrases, starts)
            )
            if (
                told
                and ONE_DAY.fullmatch(told.edtf or "")
                and (told.edtf or "") < (when.edtf or "")
            ):
                when = told
        if (
            when is not None
            and published is not None
            and not when.inherited
            and when.edtf == f"../{published.isoformat()}"
            and _TOLD_IN_THE_PERFECT.fullmatch(when.evidence or "")
            and context.last_by_speaker.get(id(st.speaker)) is None
        ):
            # "X has told reporters outside the U.N. ..." under a caption "X addresses
            # reporters at the U.N., Sept. 19, 2017": the perfect says no more than "by now";
            # an occasion the page places the speaker at on its own day is the day (only for
            # the speaker's first words: "X said on Wednesday ... Lately, X has told
            # diplomats ..." steps back from the occasion told)
            # (only an occasion a photo caption places the speaker at, and never telling
            # over a span of time: "has told European leaders over the past month",
            # "has told Ankara for months" go on up to now)
            placed = _occasion(context, n, statements, out, events)
            if (
                placed is not None
                and placed.edtf == published.isoformat()
                and _placed_by_a_caption(context, st.start, placed)
                and not _told_over_a_span(text, context, st)
            ):
                when = placed
        if when is not None and _IN_THE_DAY.match(when.evidence):
            when = _earlier_than_the_words_before(context, n, statements, out) or when
        if when is not None and _DAYS.fullmatch(when.edtf or "") and when.inherited:
            # "Responding to a question on the attack on January 7, X said": said between
            # that day and the article's; the day the story placed X at (the press conference
            # "on the afternoon of January 8" its lead told) narrows it
            placed = _occasion(context, n, statements, out, events)
            lo, _, hi = (when.edtf or "").partition("/")
            day = placed.edtf or "" if placed is not None else ""
            if ONE_DAY.fullmatch(day) and lo <= day <= hi:
                when = placed
        if when is None and st.earlier and published is not None:
            # "X, who said ..., met Y on Friday": background told in passing, before the
            # story's events, not at the occasion the sentence or the paragraph tells
            when = When(f"../{published.isoformat()}", _WHO_SAID_BEFORE)
        if when is None:
            item = _section_day(sections, st.start)
            when = _today_in_report(text, st, date.fromisoformat(item.edtf) if item else published)
        if when is None:
            when = _same_one_again(context, n, statements, out)
        if when is None:
            when = (
                _event_day(events, st)
                or _joint_appearance(events, st)
                or _eve_of(events, st)
                or _day_of_the_act(events, st)
            )
        if when is None:
            when = _shortly_after(context, n, statements, out)
        if when is None:
            when = _beside_another(context, n, statements, out, mentions)
        if when is None:
            when = _for_ones_part(context, n, statements, out)
        if when is None:
            when = _hearer_answers(context, n, statements, out)
        if when is None:
            when = _afterwards(context, st, statements)
        if when is None:
            when = _news_days_event(context, st, published) or _met_on_the_news_day(
                context, n, statements, said_spans, published
            )
        if when is None:
            when = _on_arriving(events, st)
        if when is None:
            when = _period_just_told(context, n, statements, out)
        if when is None:
            when = _occasion(context, n, statements, out, events)
            # "Trump announced on Saturday ... \n\n The dispute sharpened on Monday. Speaking
            # at the White House, Trump said ...": the paragraph has reached a later day
            reached = narrative_day(context, st.start, speaker=st) if when is not None else None
            if (
                reached is not None
                and ONE_DAY.fullmatch(when.edtf or "")
                and (
                    (reached.edtf or "") > (when.edtf or "")
                    # "The visit had already produced a frank exchange on Friday. At a
                    # press conference, X warned ...": gone back to an earlier day
                    or (
                        (reached.edtf or "") < (when.edtf or "")
                        and when.inherited
                        and _gone_back_to(context, st.start, reached)
                    )
                    # "X arrived in Geneva this morning. Over the weekend, he visited a camp
                    # in Chad. He told reporters there ...": a span of days the paragraph
                    # went back to after the occasion's day, in a main clause of its own
                    or (
                        _DAYS.fullmatch(reached.edtf or "") is not None
                        and (reached.edtf or "").split("/")[1] < (when.edtf or "")
                        and when.inherited
                    )
                )
            ):
                when = reached
        if when is None:
            when = _through_its_spokesperson(context, n, statements, out)
        if when is None:
            when = narrative_day(context, st.start, others.not_reached_for(context, st), speaker=st)
        if when is None:
            when = _briefing_of_lead(context, n, statements, out)
        if when is None:
            when = _spokesperson_of_lead(context, n, statements, out)
        if when is None:
            when = _official_of_lead_body(context, n, statements, out)
        if when is None:
            when = _named_after_lead(context, n, statements, out)
        if when is None:
            when = _among_those_met(context, st)
        if when is None:
            when = _party_to_the_news(context, n, statements, out, published)
        if when is None:
            when = _also_addressed(context, n, statements, out)
        if when is None:
            when = _relayed_before(context, st, published)
        if when is None:
            when = _readout_of_lead_meeting(context, st)
        if when is None:
            when = _quoted_from_report(context, st, published)
        if when is None:
            when = _answers_what_was_told_before(context, st, published)
        if when is None:
            when = _response_in_the_period_told(context, st, published)
        when = _within_its_item(context, sections, st.start, when) or title_day
        if when is None and n == first:
            when = _lead_day(text, st, every)
        if when is None:
            when = _day_after_the_object(text, st, every)
        if when is None:
            when = _news_put_out_on(text, put_out_days, published, st, sentences)
        when = of_its_entry(context, entries, st, when or default_when(published), published)
        out.append(when)
        if went_on is not None:
            if saved is None:
                del context.last_by_speaker[id(st.speaker)]
            else:
                context.last_by_speaker[id(st.speaker)] = saved
        if st.speaker is not None and (
            st.document in (DocumentRole.TOLD_IN_DOCUMENT, DocumentRole.OLD_DOCUMENT)
            or went_on is not None
        ):
            if when.evidence and when.edtf:
                context.last_document[id(st.speaker)] = n
            heard.add(id(st.speaker))
            continue  # (the document's words: no occasion for the speaker's own next words)
        # ("In May, X said ... Asked by DW on Thursday's call, he said": a month or a year
        # names a period, not an occasion the speaker's later words were said at)
        if (
            st.speaker is not None
            and when.evidence
            and when.edtf
            and not st.background
            and not _PERIOD.fullmatch(when.edtf)
        ):
            before = context.last_by_speaker.get(id(st.speaker))
            # "He has said ..." after words of his own, dated or not: background, the
            # occasion stays (but "Earlier, X told reporters aboard ..." tells an occasion,
            # which the quotes after it carry on)
            if not (
                when.edtf.startswith("..")
                and not when.evidence.lower().startswith("earlier")
                # (nor words said at an occasion of their own, which a document relays)
                and not when.evidence.startswith(_RELAYED_EVIDENCE)
                and id(st.speaker) in heard
                and (before is None or not (out[before].edtf or "").startswith(".."))
            ):
                context.last_by_speaker[id(st.speaker)] = n
        if st.speaker is not None:
            heard.add(id(st.speaker))
    if turn_day is None or turn_day.evidence == "date of the transcript":
        _turns_at_the_told_occasion(statements, out)
    _after_the_event_next_day(text, statements, out)
    _told_again_later(text, statements, out, sections, (published, every))
    _dated_words_told_in_full(text, statements, out)
    _body_told_by_its_voice(text, statements, out)
    _dated_by_the_quote_after(context, statements, out)
    for n in order:
        if not out[n].evidence and not statements[n].turn:
            out[n] = _still_at_the_news_day(context, n, statements, out, published) or out[n]
    _within_a_flashback(context, statements, order, out)
    _reactions_the_lead_dates(context, statements, order, out)
    came_out_before(context, statements, order, out)
    _words_reacted_to(text, statements, out, published)
    _words_of_an_undated_interview(context, statements, out, every, published)
    _who_said_of_the_same_saying(context, statements, out)
    return out


# "In a statement after the talks ...", "At a news conference on Monday, ...", "Speaking to
# reporters, ...": an occasion opening the sentence, which covers every verb of saying in it
_OPENS_ON_AN_OCCASION = re.compile(
    r"\s*(?:(?:In|During)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:statement|speech|address|interview|letter|post|message|briefing|remarks|"
    r"news\s+conference|press\s+conference)\b"
    r"|At\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:conference|briefing|meeting|summit|"
    r"session|ceremony|forum|rally|event)\b"
    r"|(?:Speaking|Addressing|Writing)\b)"
)


def _who_said_of_the_same_saying(
    context: DatedText, statements: Sequence[Attribution], out: list[When]
) -> None:
    """ "In a statement after the talks X, who said they had been held in a constructive
    atmosphere, said ...": a "who said" clause on the subject of the sentence's own verb of
    saying tells part of the same words, not something said before (as "X, who said ...,
    met Y" does); it takes the main verb's day."""
    for n, st in enumerate(statements):
        if out[n].evidence != _WHO_SAID_BEFORE or st.speaker is None:
            continue
        sentence = context.sentence_at(st.cue_at)
        if sentence is None or not _OPENS_ON_AN_OCCASION.match(context.text, sentence[0]):
            # "X, who once said A, said on Monday B": background on X, said before
            continue
        main = next(
            (
                k
                for k, other in enumerate(statements)
                if k != n
                and other.speaker is st.speaker
                and not other.earlier
                and not other.turn
                and st.cue_at < other.cue_at < sentence[1]
                and out[k].evidence != _WHO_SAID_BEFORE
            ),
            None,
        )
        if main is not None:
            out[n] = When(out[main].edtf, out[main].evidence, inherited=True)


# "..., Ms. X said in an exclusive interview with The Daily.", "told the paper in an
# interview": an interview first told here (not "in the interview": one named before)
# (whatever the verb or the order: "In an exclusive interview with The Daily, X said", "told
# the paper in a sit-down interview"; "speaking exclusively to The Daily", "told this
# newspaper": the outlet's own interview, named as such)
_SAID_IN_AN_INTERVIEW = re.compile(
    r"\b[Ii]n\s+an?\s+(?:[\w-]+\s+){0,2}?interview\b|"
    r"\b(?:[Ss]peaking|[Tt]alking)\s+(?:exclusively\s+)?to\s+"
    r"(?:this\s+(?:newspaper|paper|website|correspondent|reporter)|The\s+[A-Z])|"
    r"\b(?:told|tells)\s+this\s+(?:newspaper|paper|website|correspondent|reporter)\b"
)


def _words_of_an_undated_interview(
    context: DatedText,
    statements: Sequence[Attribution],
    out: list[When],
    every: Sequence[Phrase],
    published: date | None,
) -> None:
    """A story built on an interview it gives no day ("X met Y in Beijing on Friday ... '...,'
    X said in an exclusive interview with The Daily"): the speaker's words are the
    interview's, given some time up to the story, not said at the meeting whose day the
    story tells; they keep no day but the story's own (the words' day is unknown). Only the
    words dated by an occasion the story placed the speaker at, with no occasion of their
    own named in their attribution (the interview's telling aside)."""
    text = context.text
    told: set[int] = set()  # speakers whose undated interview the story tells
    for st in statements:
        if st.speaker is None or st.turn or id(st.speaker) in told:
            continue
        for a, b in st.window:
            m = _SAID_IN_AN_INTERVIEW.search(text, a, b)
            if m is None:
                continue
            sentence = context.sentence_at(m.start()) or (a, b)
            if any(
                sentence[0] <= p.start < sentence[1] and not _in_spans(p.start, st.said)
                for p in every
            ):
                continue  # "in an interview on Sunday", "in an interview aired Friday": its day
            told.add(id(st.speaker))
            break
    if not told:
        return
    for n, st in enumerate(statements):
        if st.speaker is None or id(st.speaker) not in told or st.turn:
            continue
        when = out[n]
        if not (when.inherited and when.evidence.startswith("occasion: '")):
            continue
        own = any(_SAID_IN_AN_INTERVIEW.search(text, a, b) for a, b in st.window)
        if not own and _names_its_own_occasion(text, st, context.sentence_at(st.cue_at)):
            continue  # "X told reporters after the talks": that occasion, not the interview
        out[n] = default_when(published)


def _in_spans(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


# the nouns that name words said, as a reaction to them does: "X's remarks", "the statements"
_WORDS_SAID = r"statements?|remarks?|comments?|words|claims?|allegations?"
# another's answer to a speaker's words: "when asked about Minister Swire statements",
# "Replying to Mr Sharif's statement", "in response to questions about comments made earlier
# by X", "answered questions about X's remarks", "Commenting on X's remarks" (the span runs
# to the clause's end)
# (the words of responding, which _REACTION's response to a thing shares)
_RESPONDING = r"responding|reacting|in\s+(?:response|reaction)"
_REACTED_TO = re.compile(
    rf"\b(?:asked\s+about|(?:replying|in\s+reply|{_RESPONDING})\s+to|commenting\s+on|"
    r"answer(?:ed|ing|s)?(?=\s+(?:a\s+)?(?:questions?|"
    r"query|queries)\s))\s+"
    r"(?:(?:a\s+)?(?:questions?|query|queries)\s+(?:about|on|regarding|concerning)\s+)?"
    r"([^,.;:!?\n\"\u201c\u201d]{1,140})",
    re.I,
)
# the words reacted to, and their author: the name before them ("X's remarks", "Minister X
# statements") or after "by" ("comments made earlier by adviser X"), no one else's ("the
# statements by representatives of X's administration": his officials')
_WORDS_NOUN = rf"(?:{_WORDS_SAID}|assertions?)"
_AUTHOR_BEFORE = re.compile(
    r"^(?:the\s+|a\s+)?(?:(?:latest|recent|earlier)\s+)?(?P<name>[^\s].{0,60}?)(?:['\u2019]s?)?\s+"
    r"(?:(?:latest|recent|earlier|reported)\s+)?" + _WORDS_NOUN + r"\b",
)
_AUTHOR_AFTER = re.compile(
    r"^(?:the\s+|a\s+)?(?:(?:latest|recent|earlier|reported)\s+)?"
    + _WORDS_NOUN
    + r"\s+(?:(?:made|issued|voiced)\s+)?(?:(?:earlier|recently|previously)\s+)?by\s+"
    r"(?P<name>(?:(?!\bof\b)[^\s]+\s*){1,7})$",
)


def _words_reacted_to(
    text: str, statements: Sequence[Attribution], out: list[When], published: date | None
) -> None:
    """A speaker whose words another is told to answer ("asked about Minister Swire
    statements, X said Friday ...", "in response to questions about comments made earlier by
    Y"): that speaker's words with no day of their own (none, or the occasion of the answer)
    were said before it, on or before its day."""
    spans: list[tuple[int, int, str | None]] = []
    answerers: list[tuple[int, int, int]] | None = None
    for m in _REACTED_TO.finditer(text):
        phrase = m.group(1)
        found = _AUTHOR_BEFORE.match(phrase) or _AUTHOR_AFTER.match(phrase)
        if found is not None:
            name = (m.start(1) + found.start("name"), m.start(1) + found.end("name"))
            if answerers is None:
                answerers = _answerers(statements, out)
            spans.append((*name, _answer_day(answerers, out, m.start(), name)))
    if not spans:
        return
    # (the names lie apart, in the text's order: one matches, or none, where a position falls)
    starts = [s[0] for s in spans]
    for n, st in enumerate(statements):
        when = out[n]
        # (the cheap checks of the words' own day first: "X said on Monday", or an occasion
        # of their own, "X addressed a rally on Saturday. He said ...", keeps its day)
        if st.speaker is None or st.turn or not ONE_DAY.fullmatch(when.edtf or ""):
            continue
        if when.evidence and not when.evidence.startswith("occasion:"):
            continue
        if published is not None and (when.edtf or "") > published.isoformat():
            continue
        span = _first_span_naming(spans, starts, (*st.speaker_at, *st.named_at))
        if span is None or span[0] >= st.start:
            continue
        answer = span[2]
        if when.evidence and not (answer is not None and when.edtf == answer):
            continue  # (an occasion of their own, not the answer's)
        bound = answer if answer is not None and answer < (when.edtf or "") else when.edtf
        out[n] = When(f"../{bound}", f"before the answer to them: '{text[span[0] : span[1]]}'")


def _first_span_naming(
    spans: Sequence[tuple[int, int, str | None]], starts: Sequence[int], at: Sequence[int]
) -> tuple[int, int, str | None] | None:
    """The first of ``spans`` (apart, sorted; ``starts`` their starts) holding one of ``at``."""
    first = len(spans)
    for p in at:
        k = bisect.bisect_right(starts, p) - 1
        if 0 <= k < first and p < spans[k][1]:
            first = k
    return spans[first] if first < len(spans) else None


_ANSWER_REACH = 300  # characters: how far from "asked about X's remarks" its answerer is named


def _answerers(statements: Sequence[Attribution], out: list[When]) -> list[tuple[int, int, int]]:
    """Where the speakers of statements with one day are placed, sorted: (position,
    statement, its index among the speaker's positions); of statements that share one list of
    positions (one speaker's), only the first, which wins every tie the others would enter."""
    first: dict[int, int] = {}
    for n, st in enumerate(statements):
        if not st.turn and ONE_DAY.fullmatch(out[n].edtf or ""):
            first.setdefault(id(st.speaker_at), n)
    return sorted((p, n, k) for n in first.values() for k, p in enumerate(statements[n].speaker_at))


def _answer_day(
    answerers: list[tuple[int, int, int]], out: list[When], at: int, author: tuple[int, int]
) -> str | None:
    """The day of the answer "asked about X's remarks" at ``at`` introduces: the statement
    whose speaker is named nearest it (not X), when it has one day (``answerers``: see
    _answerers; of two as near, the earlier statement, then its earlier position)."""
    lo = bisect.bisect_left(answerers, (at - _ANSWER_REACH,))
    hi = bisect.bisect_left(answerers, (at + _ANSWER_REACH + 1,))
    best = min(
        ((abs(p - at), n, k) for p, n, k in answerers[lo:hi] if not author[0] <= p < author[1]),
        default=None,
    )
    return out[best[1]].edtf if best is not None else None


def _document_goes_on(ctx: DatedText, statements: Sequence[Attribution], n: int) -> int | None:
    """For words the document goes on with ("the statement added"), the statement told as
    that document's content ("a statement in which it rejected ...") when it is the
    speaker's latest words, else None."""
    st = statements[n]
    if (
        st.document not in (DocumentRole.DOCUMENT_GOES_ON, DocumentRole.WRITER_GOES_ON)
        or st.speaker is None
    ):
        return None
    told = ctx.last_document.get(id(st.speaker))
    if told is None or statements[told].start > st.start:
        return None
    if (
        st.document == DocumentRole.WRITER_GOES_ON
        and statements[told].document != DocumentRole.TOLD_IN_DOCUMENT
    ):
        return None  # ("recalled a post he published ... in which ... 'Quote,' he wrote")
    last = ctx.last_by_speaker.get(id(st.speaker))
    if last is not None and statements[last].start > statements[told].start:
        return None  # (the speaker spoke anew since: "X said on Monday ... the statement said")
    return told


# how long after a day "later" may still mean later that same day (as ``when`` reads it)
_LATER_THAT_WEEK = 7


def _later_at_the_same_occasion(
    ctx: DatedText,
    n: int,
    statements: Sequence[Attribution],
    dated: list[When],
    published: date | None,
) -> When | None:
    """'In a press briefing Aug. 3, X downplayed ... \n\n Pressed on ..., X said ... \n\n X
    later said ...': "later" paragraphs below the day, right after the same speaker's words
    at it with no other day told between, is later at that occasion, not the article's day
    (nor some day up to it): the day of the speaker's words just before."""
    st = statements[n]
    k = bisect.bisect_left(ctx.statement_starts, st.start) - 1
    if k < 0 or st.speaker is None or published is None:
        return None
    m = ctx.statement_order[k]
    if m >= len(dated) or statements[m].speaker is not st.speaker:
        return None
    before = dated[m]
    day = before.edtf or ""
    if not (before.evidence and ONE_DAY.fullmatch(day)):
        return None
    told = date.fromisoformat(day)
    if not (0 <= (published - told).days < _LATER_THAT_WEEK):
        return None
    if any(p.kind != "later" for p in ctx.phrases_between(statements[m].start, st.start)):
        return None  # another day told between: the story has moved on
    if _names_its_own_occasion(ctx.text, st, ctx.sentence_at(st.cue_at)):
        return None
    # the day is that of the speaker's own words, told in their attribution, the run of
    # words after it carrying it on (not one the words took from an event: "X met bankers on
    # Monday. '...,' X told them. He later told RTP ...": some time after that day)
    # (a "later" this rule dated was walked back already: a story of many "later"s is read
    # once, and its evidence is not told again inside each next one's)
    if before.evidence.startswith(_LATER_EVIDENCE):
        return When(day, before.evidence, inherited=True)
    while dated[m].inherited and not dated[m].evidence.startswith(_LATER_EVIDENCE):
        k -= 1
        if k < 0:
            return None
        m = ctx.statement_order[k]
        if m >= len(dated) or statements[m].speaker is not st.speaker:
            return None
        if dated[m].edtf != day:
            return None
    occasion = before.evidence if before.inherited else f"same occasion as '{before.evidence}'"
    return When(day, f"{_LATER_EVIDENCE}{occasion}", inherited=True)


_LATER_EVIDENCE = "later; "
# the evidence of background told in passing: "X, who said A, met Y"
_WHO_SAID_BEFORE = "said before (who said)"


def _within_a_flashback(
    ctx: DatedText, statements: Sequence[Attribution], order: Sequence[int], out: list[When]
) -> None:
    """ "In a recent interview, X had said that ... . The remark drew anger, with Y saying
    ... . Z reminded X that ...": a paragraph that steps back in the pluperfect to words told
    before the story's time goes on there while the words after them react to those words
    ("The remarks angered ..."); such a reaction, by another speaker, with no day of its own
    and none between, was said then too, on or before the page's day; and so the reactions
    told right after it. Only the statement just before is read (a paragraph of thousands of
    statements is read once), and a statement that is no such reaction ends the chain (the
    story is back at its own news: "X had said ... . Y told reporters he welcomed the vote")."""
    for i, n in enumerate(order):
        st = statements[n]
        if i == 0 or out[n].evidence or st.turn or st.speaker is None or not out[n].edtf:
            continue
        paragraph = ctx.text.rfind("\n", 0, min(st.start, st.cue_at)) + 1
        m = order[i - 1]
        other = statements[m]
        if other.start < paragraph or other.speaker is st.speaker or not out[m].evidence:
            continue
        chained = out[m].evidence.startswith(_IN_FLASHBACK)
        if not (out[m].edtf or "").startswith("..") or ctx.phrases_between(other.start, st.start):
            continue
        if not chained and not (
            _PLUPERFECT_CUE.search(ctx.text, max(0, other.cue_at - 24), other.cue_at)
            and _reacts_to_words(ctx, st)
        ):
            continue
        told = out[m].evidence if chained else f"{_IN_FLASHBACK}'{out[m].evidence}'"
        out[n] = When(out[m].edtf, told, True)


# what a reaction to words told names them by, or how it tells reacting
_THE_WORDS_REACTED_TO = re.compile(
    rf"\b(?:{_WORDS_SAID}|accusations?|threats?|outburst|"
    r"reacting|responding|in\s+response|responded|reacted|retorted|"
    r"(?:hit|shot|fired)\s+back)\b",
    re.I,
)


def _reacts_to_words(ctx: DatedText, st: Attribution) -> bool:
    """Whether the sentence telling ``st`` tells a reaction to words, outside the words it
    reports ("The remarks angered officials, with Y saying ...", "Y, responding, said ...")."""
    own = ctx.sentence_at(min(st.start, st.cue_at))
    if own is None:
        return False
    pos = own[0]
    for a, b in sorted(st.said):
        if _THE_WORDS_REACTED_TO.search(ctx.text, pos, max(pos, min(a, own[1]))):
            return True
        pos = max(pos, b)
    return pos < own[1] and bool(_THE_WORDS_REACTED_TO.search(ctx.text, pos, own[1]))


_IN_FLASHBACK = "after words told before: "


# what a "later" sentence tells of an occasion of its own: "told RTP", "said in an interview
# with the Rossiya-24 channel", "told Fox News", "wrote on X" (not "told reporters", those
# at the briefing)
_OCCASION_OF_ITS_OWN = re.compile(
    r"\b(?:told|tells)\s+(?!(?:the\s+)?(?:reporters|journalists|press|briefing|them|us)\b)"
    r"(?:the\s+)?[A-Z\d]"
    r"|\b(?:told|tells|said|says|added|stated)\s+(?:[\w-]+\s+){0,3}?(?:in|on|at|during|to|via)\s+"
    # ("at the same news conference", "in the same interview": the occasion above, named again)
    r"(?:a|an|the|his|her|its|their)\s+(?!same\b)(?:[\w-]+\s+){0,2}?(?:interview|statement|post|"
    r"broadcast|programme|program|show|channel|television|radio|podcast|newspaper|website|"
    r"speech|address|rally|hearing|meeting|conference|summit|visit|trip|tweet|video|message|"
    r"letter|article|op-ed)\b"
    r"|\b(?:on|to)\s+(?:state\s+|national\s+|public\s+|local\s+)?(?:television|TV|radio|"
    r"Twitter|Telegram|Facebook|X|Instagram)\b"
    r"|\b(?:wrote|posted|tweeted)\b",
)
# another's telling of it: "X later said ..., the ministry said in a statement"
_ANOTHER_CUE = re.compile(r"\b(?:said|says|told|reported|announced|stated)\b")


def _names_its_own_occasion(text: str, st: Attribution, sentence: tuple[int, int] | None) -> bool:
    """Whether the sentence of a "later" statement tells where or to whom it was said, or is
    itself told by another: then not later at the briefing of the words above it."""
    if sentence is None:
        return False
    a, b = sentence
    chars = list(text[a:b])
    for x, y in st.said:  # the words said are no part of how they were told
        for i in range(max(x, a), min(y, b)):
            chars[i - a] = " "
    frame = "".join(chars)
    if _OCCASION_OF_ITS_OWN.search(frame) or _OWN_MEDIUM_WORDS.search(frame):
        return True
    return len(_ANOTHER_CUE.findall(frame)) > 1


# "Following the talks in Berlin on Sunday, X told a news conference ...": a sentence opened
# by the day of an event the words came after
_AFTER_EVENT_FRONT = re.compile(
    r"(?<![^\s])(?:Following|After)\s+(?:the|a|an|his|her|their|its)\s"
    r"[^.;:!?\"\u201c\u201d]{0,160}?"
    r"\b(?P<day>(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
    r"(?:\s+(?:night|evening))?,\s*"
)


# the lead's own occasion, which the words after another event cannot share
_OWN_OCCASION = re.compile(
    r"\b(?:interview|television|TV|radio|speech|address|podcast|broadcast|op-ed|article|"
    r"programme|program|show)\b"
)
_SENTENCE_OPENS_AT = re.compile(r"(?:[.!?][\"\u201d\u2019]?\s+|\n\s*\n\s*)$")


def _after_the_event_next_day(
    text: str, statements: Sequence[Attribution], out: list[When]
) -> None:
    """ "X said on Monday that no progress had been made ... Following the talks on Sunday,
    X told a news conference that ...": the day opening the sentence is the talks', after
    which the words came; the lead, on the next day, told when they were said (talks ending
    late, their news conference past midnight). Only the speaker's words just after the
    lead, with no other day of theirs between; words of days after the event are left."""
    order = sorted(range(len(statements)), key=lambda k: statements[k].start)
    lead: dict[int, int] = {}  # each speaker's first statement
    heard: dict[int, int] = {}  # how many statements of each speaker so far
    for m in order:
        st = statements[m]
        if st.speaker is None:
            continue
        n = lead.setdefault(id(st.speaker), m)
        heard[id(st.speaker)] = heard.get(id(st.speaker), 0) + 1
        if heard[id(st.speaker)] != 2 or st.turn or out[m].inherited:
            continue  # (the speaker's words right after the lead only)
        if not ONE_DAY.fullmatch(out[m].edtf or ""):
            continue
        first = out[n]
        if first.inherited or not first.evidence or not ONE_DAY.fullmatch(first.edtf or ""):
            continue
        front = next(
            (
                f
                for f in _AFTER_EVENT_FRONT.finditer(text, max(0, st.cue_at - 240), st.cue_at)
                if _SENTENCE_OPENS_AT.search(text[max(0, f.start() - 4) : f.start()])
                or not text[: f.start()].strip()
            ),
            None,
        )
        if front is None or front["day"] != out[m].evidence:
            continue
        if text[: front.start("day")].rstrip().endswith(","):
            continue  # "After the talks, on Sunday, X told ...": the day is the saying's
        lead_st = statements[n]
        if any(_OWN_OCCASION.search(text, a, b) for a, b in lead_st.window):
            continue  # "X said on Monday ..., speaking in an interview": an occasion of its own
        event = content_words(text[front.start() : front.start("day")]) - _COMMON
        if len(_topic_words(text, lead_st) & (_topic_words(text, st) | event)) < 2:
            continue  # the lead tells of something else than the event and its words
        if re.search(r"[.!?]\s", text[front.end() : st.cue_at]):
            continue
        if _PLUPERFECT_CUE.search(text, max(0, st.cue_at - 24), st.cue_at):
            continue  # "After the talks on Monday, X had told ...": before the lead's words
        after = date.fromisoformat(out[m].edtf or "")
        if date.fromisoformat(first.edtf or "") != after + timedelta(days=1):
            continue
        was, then = out[m], When(first.edtf, f"after the event, on the lead's '{first.evidence}'")
        for k in order[order.index(m) :]:
            if statements[k].speaker is not st.speaker:
                continue
            if k != m and not (out[k].inherited and out[k].edtf == was.edtf):
                break
            out[k] = then if k == m else When(then.edtf, then.evidence, inherited=True)


def _turns_at_the_told_occasion(statements: Sequence[Attribution], out: list[When]) -> None:
    """A story that tells an interview or a press conference ("Speaking to The National, X
    said on Saturday ..."), then sets out excerpts of it under a header that gives no day:
    the answers were said where the story first placed their speaker, on that day."""
    turns = [n for n, st in enumerate(statements) if st.turn]
    if not turns:
        return
    first_turn = min(statements[n].start for n in turns)
    told: dict[int, When] = {}
    for n in sorted(range(len(statements)), key=lambda k: statements[k].start):
        st = statements[n]
        if st.turn or st.start >= first_turn or st.speaker is None or id(st.speaker) in told:
            continue
        if st.earlier or st.background or not out[n].evidence:
            continue
        told[id(st.speaker)] = out[n]
    days = {
        (found.edtf, found.evidence)
        for n in turns
        if (found := told.get(id(statements[n].speaker))) is not None
        and ONE_DAY.fullmatch(found.edtf or "")
    }
    for n in turns:
        found = told.get(id(statements[n].speaker))
        if found is not None and ONE_DAY.fullmatch(found.edtf or ""):
            out[n] = When(found.edtf, f"the occasion the story told: '{found.evidence}'")
        elif len(days) == 1 and out[n].evidence == "date of the transcript":
            # "Below are the key passages of the statements": one exchange; a speaker the
            # story placed at no day of his own was at the one it placed the other at
            edtf, evidence = next(iter(days))
            out[n] = When(edtf, f"the occasion the story told: '{evidence}'")


# "Western leaders on Friday blamed Putin for ...", "World leaders on Sunday condemned the
# attack", "Governments across Europe reacted on Monday to ...": a lead whose subject is many
# speakers, its day given to what they did; the round-up below it tells those reactions
_MANY_REACTING = re.compile(
    r"(?:^|[.!?\n][\"'\u201d\u2019]?|\)\s+[-\u2013\u2014]+)\s*"
    # ("RIYADH: Governments ...", "NAIROBI \u2014 Leaders ...": a dateline without its outlet)
    r"(?:(?-i:[A-Z][A-Z.'\u2019/ -]{1,30})(?::|\s[-\u2013\u2014]+)\s*)?"
    r"(?:(?:[\w'\u2019-]+|(?:[A-Z]\.){2,})\s+){0,3}?"
    r"(?:leaders|governments|capitals|politicians|allies"
    # "U.S. experts and media on Wednesday expressed positive views on ...": a round-up of
    # experts' comments (Xinhua's, CGTN's), each expert's words of the lead's day
    # (not "observers": an election's observers are its missions' officials)
    r"|(?P<experts>experts|analysts|scholars)"
    r"(?:\s+and\s+(?:the\s+)?(?:media|press|officials|diplomats|academics|scholars))?)"
    # ("across the Middle East and beyond", "from across East Africa and the Horn"; not
    # "around the world welcomed the deal announced late on Tuesday", whose day is the deal's)
    r"(?:\s+(?:from\s+)?(?:around|across|in|from)\s+(?:(?!(?-i:[a-z]+ed)\s)[\w'\u2019-]+\s+){1,5}?)?"
    r"\s*(?P<verb>[a-z]+ed\s+(?:swiftly\s+|quickly\s+)?)?(?:(?:late|early)\s+)?(?:on\s+)?$",
    re.I,
)
_REACTION_VERB = re.compile(r"\s*(?:[a-z]+ed|paid|sent|voiced|lined up)\b")
# what the story calls an expert where it first names one ("Douglas Paal, vice president for
# studies at the Carnegie Endowment", "a senior fellow at the Brookings Institution")
_EXPERT_WORDS = re.compile(
    r"\b(?:experts?|analysts?|scholars?|professor|lecturer|fellow|researcher|research|"
    r"studies|institute|institution|university|college|school|academy|endowment|"
    r"foundation|fund|think[- ]tank|program|programme|corporation|scientist|economist|"
    r"observer|commentator|columnist|(?:center|centre|council)\s+(?:for|on)|adviser\s+at)\b",
    re.I,
)


def _reactions_the_lead_dates(
    ctx: DatedText, statements: Sequence[Attribution], order: Sequence[int], out: list[When]
) -> None:
    """A round-up of reactions under a lead that dates them ("Western leaders on Friday
    blamed ...", then what each leader said, under place headings or not): words with no
    day of their own are of the lead's day, however the round-up tells them (a post, a
    statement), up to where the story reaches another day."""
    # (a weekday or "yesterday": a dateline's day before the lead is the paper's)
    lead = next(
        (
            p
            for p in ctx.phrases
            if p.kind in ("weekday", "yesterday")
            and ONE_DAY.fullmatch(p.when.edtf or "")
            and _a_day_reached(ctx, p)
        ),
        None,
    )
    if lead is None or any(st.start < lead.start for st in statements):
        return
    many = _MANY_REACTING.search(ctx.text, max(0, lead.start - 80), lead.start)
    if many is None or not (many["verb"] or _REACTION_VERB.match(ctx.text, lead.end)):
        return
    day = lead.when.edtf
    for n in order:
        st = statements[n]
        if st.start < lead.end or st.turn:
            continue
        if any((p.when.edtf or day) != day for p in ctx.phrases_between(lead.end, st.start)):
            return
        if many["experts"] and not _named_as_expert(ctx, st):
            # ("Trump said at a news conference after the summit ..." in experts' round-up:
            # no expert's comment, and not of the day the experts gave theirs)
            continue
        if not out[n].evidence:
            out[n] = When(day, f"the reactions the lead dates: '{lead.when.evidence}'", True)


def _named_as_expert(ctx: DatedText, st: Attribution) -> bool:
    """Whether the story, where it first names the speaker, describes him as an expert: in
    the title before his name ("Cornell University professor Eswar Prasad") or in the
    apposition after it ("Eswar Prasad, a professor at Cornell University"); not a place he
    speaks at ("Putin, speaking at Moscow State University") nor another's body ("told the
    Fund's board")."""
    first = min(st.speaker_at) if st.speaker_at else st.cue_at
    sentence = ctx.sentence_at(first)
    if sentence is None:
        return False
    text = ctx.text
    while first < sentence[1] and text[first].isspace():
        first += 1
    # the title: from the last break before the name ("said ", a comma, a quotation mark)
    head = max(
        (m.end() for m in _DESCRIPTION_BREAK.finditer(text, sentence[0], first)),
        default=sentence[0],
    )
    name = _NAME_RUN.match(text, first, sentence[1])
    end = name.end() if name is not None else first
    if st.cue_at > first:
        end = min(end, st.cue_at)
    if _EXPERT_WORDS.search(text, head, end):
        return True
    # the apposition set off after the name, not a participle's clause
    if name is None or not text.startswith(",", name.end()):
        return False
    apposition = _APPOSITION.match(text, name.end(), sentence[1])
    return apposition is not None and bool(_EXPERT_WORDS.search(apposition.group()))


_DESCRIPTION_BREAK = re.compile(
    r"[,;:\"\u201c\u201d(]\s*|\b(?:said|says|told|added|according\s+to|noted|wrote)\s+"
)
_NAME_RUN = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+){0,5}[A-Z][\w'\u2019-]*")
_APPOSITION = re.compile(
    r",\s*(?=\S)(?![a-z]+ing\b|who\s+(?:said|told|added|spoke)\b|(?:said|says|told|added)\b)"
    r"[^,;:\"\u201c\u201d]{3,150}"
)


def of_its_entry(
    ctx: DatedText, entries: Sequence[int], st: Attribution, when: When, published: date | None
) -> When:
    """A live page's entry tells what happened since the one before ("16:55 Speaking at a
    briefing, X rejected ...", "23:15 Зеленский в вечернем обращении ..."): a day taken
    over from before its time stamp, with no day told in the entry itself, is not the
    entry's; its words are of the entry's day (the page's, or the date line's above it)."""
    if not entries or published is None or not when.inherited:
        return when
    k = bisect.bisect_right(entries, st.start) - 1
    if k < 0 or ctx.phrases_between(entries[k], st.start):
        return when
    day = entry_day(ctx.text, entries[k], published).isoformat()
    return when if when.edtf == day else When(day, "live entry of its day")


def _pluperfect_at_the_occasion(
    ctx: DatedText,
    events: DatedText,
    every: Sequence[Phrase],
    n: int,
    statements: Sequence[Attribution],
    dated: list[When],
    when: When | None,
) -> When | None:
    """ "The announcement on Monday was made by X at a briefing. '...,' X had said.": the
    pluperfect sets the words before the story's present, at the occasion it has just placed
    the speaker at, while nobody else has spoken since ("had previously said" is background,
    "had said the day before the vote" a time of its own). Words the pluperfect places at an
    event the story dated ("had told delegates at the opening of the conference") are of
    that event's day, whoever spoke since."""
    st = statements[n]
    if (
        when is None
        or not _BARE_PLUPERFECT.fullmatch(when.evidence)
        or any(a <= p.start < b and p.kind != "earlier" for p in every for a, b in st.window)
    ):
        return None
    at_event = _event_day(events, st)
    if at_event is not None and ONE_DAY.fullmatch(at_event.edtf or ""):
        return at_event
    if not _no_one_else_since_named(ctx, st, statements):
        return None
    placed = _occasion(ctx, n, statements, dated, events)
    return placed if placed is not None and ONE_DAY.fullmatch(placed.edtf or "") else None


def _no_one_else_since_named(
    ctx: DatedText, st: Attribution, statements: Sequence[Attribution]
) -> bool:
    """Whether the speaker was named before the attribution and nobody else's words stand
    between that mention and the words: the story is still at the speaker's occasion."""
    lo = min((a for a, _ in st.window), default=st.start)
    k = bisect.bisect_left(st.speaker_at, lo)
    if k == 0:
        return False
    i = bisect.bisect_left(ctx.statement_starts, st.speaker_at[k - 1])
    j = bisect.bisect_left(ctx.statement_starts, st.start)
    return all(statements[ctx.statement_order[m]].speaker is st.speaker for m in range(i, j))


# "had said", "had also told": no adverb of time of its own
_BARE_PLUPERFECT = re.compile(r"had (?:also )?[a-z]+", re.I)
_EARLIER_ON_DAY = re.compile(
    r"\bEarlier (?:on|that) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# a verb of saying in the pluperfect: "he had said", "she had earlier warned"
_HAD_BEFORE_VERB = re.compile(r"\bhad\s+(?:(?:also|earlier|already|previously|\w+ly)\s+)?$")
_QUOTE_OPENS = re.compile(r"\n\n[\"\u201c]")
_PRONOUN_OPENS = re.compile(r"\n\n(?:He|She)\b")
# "\n\nIn a speech before the Parliament on Monday, X stressed ...": a paragraph opening on
# the occasion of the words it goes on to tell (its day told in the opening phrase)
_OCCASION_OPENS = re.compile(
    r"\n\n(?:(?:In|At|During)\s+(?:a|an|his|her|the)\s+|(?:Speaking|Addressing)\s+)"
    r"[^.,;:\n\"\u201c\u201d]{0,100}?,\s"
)
# the day words take from no saying of their own: the dateline's, or carried from it
_DATELINE_ONLY = frozenset(("the item's dateline", "same occasion as 'the item's dateline'"))
_RELATIVE_DAY = re.compile(
    r"\b(?:later|afterwards?|after|earlier|before|next|following|previous|prior)\b", re.I
)


def _dated_by_the_quote_after(
    ctx: DatedText, statements: Sequence[Attribution], out: list[When]
) -> None:
    """ "X accused the Europeans of undermining diplomacy. '...,' he wrote on X on
    Wednesday.": undated words (or words only "earlier"), then in the same paragraph the same
    speaker's words whose own attribution gives the day; the paragraph tells one occasion.
    "Earlier on Friday, he had warned ..." in the next paragraph says the words before it
    were of that day too."""
    text = ctx.text
    order = sorted(range(len(statements)), key=lambda k: statements[k].start)
    for n, m in zip(order, order[1:], strict=False):
        st, later = statements[n], statements[m]
        when, dated = out[n], out[m]
        if st.speaker is None or later.speaker is not st.speaker or st.turn or later.turn:
            continue
        vague = when.evidence.lower() in _VAGUE_BEFORE and (when.edtf or "").startswith("..")
        if not dated.evidence or not (
            ONE_DAY.fullmatch(dated.edtf or "")
            # "X had earlier warned that ..., telling a meeting in February that ...": the
            # same sentence's month says when "earlier" was
            or (
                vague
                and _MONTH.fullmatch(dated.edtf or "")
                and _SENTENCE_END.search(text, st.start, later.start) is None
            )
        ):
            continue
        if dated.inherited and not (_names_its_event(ctx, later) or _act_in(ctx, later)):
            continue  # ('"...," she told the Council.': the Council's day is her own)
        # (a day only the item's stamp or dateline gives says when it was posted: "11:56 a.m.
        # ET, June 22" over words a quote below dates "in a statement late Saturday")
        paragraph = text.rfind("\n", 0, st.start) + 1
        # ("X said A. '...,' he said on Saturday morning", X's words of a Friday told
        # paragraphs before: the day carried from there gives way to the one the quote after
        # gives in the paragraph itself)
        carried = (
            when.inherited
            and when.evidence.startswith("same occasion as '")
            and not dated.inherited
            and when.edtf != dated.edtf
            and not ctx.phrases_between(paragraph - 1, st.start)
            and "\n" not in text[st.start : later.start]
        )
        if not when.evidence or when.evidence in _DATELINE_ONLY or carried:
            earlier_that_day = _EARLIER_ON_DAY.search(
                text, max(st.start, later.start - 200), later.start
            )
            between = text[st.start : later.start]
            # ("X condemned ... and said ...\n\n'...,' X told a news conference on Tuesday":
            # the quote opening the next paragraph bears out the words told just above it)
            # ("X said ... .\n\nHe warned on Saturday that ...": the pronoun opening the next
            # paragraph goes on with the same speaker's telling)
            same_paragraph = "\n\n" not in between or (
                between.count("\n\n") == 1
                and (
                    (
                        _QUOTE_OPENS.fullmatch(between, between.rindex("\n\n"))
                        and not ctx.phrases_between(st.start, later.start)
                    )
                    or (
                        (
                            _PRONOUN_OPENS.match(text, st.start + between.rindex("\n\n"))
                            # ("X said ... .\n\nIn a speech to parliament on Monday, X
                            # stressed ...": the next paragraph names the occasion the lead
                            # summed up, with its day)
                            or (
                                _OCCASION_OPENS.match(text, st.start + between.rindex("\n\n"))
                                # (not words that say "today" of themselves: the release's day)
                                and not any(_OWN_TODAY.search(text, a, b) for a, b in st.said)
                            )
                        )
                        and not ctx.phrases_between(st.start, st.start + between.rindex("\n\n"))
                    )
                )
            )
            # ("X, in a written statement, said ... He had said on Monday in a tweet that
            # ...": the pluperfect sets the later words before the first, at another occasion)
            before_it = earlier_that_day is None and _HAD_BEFORE_VERB.search(
                text, max(0, later.cue_at - 30), later.cue_at
            )
            if (
                (same_paragraph or earlier_that_day is not None)
                and not before_it
                and later.continues is None
                and not _RELATIVE_DAY.search(dated.evidence)  # "X later told RMF FM"
                # ("X, who announced on Wednesday that ..., said": an aside on the speaker)
                and not later.background
            ):
                out[n] = When(dated.edtf, f"the quote after it: '{dated.evidence}'", inherited=True)
                if when.evidence in _DATELINE_ONLY:
                    _back_to_the_lead(text, statements, order, order.index(n), out)
                continue
        if (
            (vague or not when.evidence)
            and not (vague and (dated.edtf or "") > (when.edtf or "")[3:])
            and 0 < later.start - st.start <= _QUOTED_NEXT_REACH
            and "\n" not in text[st.start : later.start]
            and not [
                p
                for p in ctx.phrases_between(st.start, later.start)
                # (the month of the later words' own attribution, told before them)
                if ONE_DAY.fullmatch(dated.edtf or "") or p.when.edtf != dated.edtf
            ]
        ):
            # "Earlier, X said that ... . '...,' X told reporters on Wednesday.": the same
            # occasion, close by, no other day between
            out[n] = When(dated.edtf, f"same occasion as '{dated.evidence}'", inherited=True)


def _back_to_the_lead(
    text: str, statements: Sequence[Attribution], order: list[int], i: int, out: list[When]
) -> None:
    """ "CAIRO - 13 March: X said that ... He added that ...", then the quote after it dates
    the second: the same speaker's words before it in the same paragraph, dated only by the
    dateline (as the pairs are read in order, they were passed already), tell the same
    occasion."""
    n = order[i]
    for j in range(i - 1, -1, -1):
        k = order[j]
        st = statements[k]
        if (
            st.speaker is not statements[n].speaker
            or st.turn
            or out[k].evidence not in _DATELINE_ONLY
            or "\n" in text[st.start : statements[n].start]
        ):
            return
        out[k] = When(out[n].edtf, out[n].evidence, inherited=True)


# "said in a statement", "wrote on X": words put out in a medium of their own, at any hour
_OWN_MEDIUM_WORDS = re.compile(
    r"\b(?:in|on|via|through)\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|post|interview|tweet|video|message|letter|communiqu[eé])\b"
    r"|\b(?:wrote|posted|tweeted)\b"
    # "..., according to Russian media": relayed by the press, at no scene the story tells
    r"|\baccording\s+to\s+(?:[\w-]+\s+){0,2}?(?:media|reports|news\s+agencies|outlets)\b",
    re.I,
)
_STILL_AT = "the news day the story is still at: "
# a line in capitals alone, "AFGHANISTAN", "MIDDLE EAST" ("COVID-19", "G20 SUMMIT",
# "SYRIA:": figures and a colon after it too): a briefing digest's or a round-up's next
# topic, whose words are of the page's day, not the scene told above
_TOPIC_HEADING = re.compile(r"\n[ \t]*[A-Z][A-Z0-9&'\u2019/ -]{2,48}[A-Z0-9]:?[ \t]*\n")
# a headline between paragraphs: a line of its own that ends as no sentence ends (nor a
# photo's caption, closed by its credit: "X speaks in Brussels (Photo: AFP)")
_ITEM_HEADING = re.compile(r"\n\n[ \t]*[A-Z][^\n]{10,150}(?<![.!?:;,\"\u201d'\u2019)\]])[ \t]*\n\n")
# paragraph breaks: how far the scene told before may carry on (words, then two paragraphs
# of what the event did with no day of their own, then words again: still that event)
_NEWS_DAY_REACH = 3


def _still_at_the_news_day(
    ctx: DatedText,
    n: int,
    statements: Sequence[Attribution],
    dated: list[When],
    published: date | None,
) -> When | None:
    """Next-day copy ("Leaders yesterday called for ...", a paper dated the day after the
    news): words with no day of their own, told right after words of the news day with no
    other day between, were said at that day's event the story is still telling ("Kenya's
    president told the leaders ..."); the reporter wrote on that day, so nothing he tells
    without a day is of the paper's date. Words put out in a medium of their own ("said in
    a statement") may come at any hour and keep the article's day."""
    if published is None:
        return None
    st = statements[n]
    news_day = (published - timedelta(days=1)).isoformat()
    first = next((p for p in ctx.phrases if ONE_DAY.fullmatch(p.when.edtf or "")), None)
    if first is None or first.when.edtf != news_day or first.start > st.start:
        return None
    k = bisect.bisect_left(ctx.statement_starts, st.start) - 1
    if k < 0 or ctx.statement_order[k] >= n:
        return None
    before = statements[ctx.statement_order[k]]
    told = dated[ctx.statement_order[k]]
    if told.edtf != news_day or not told.evidence or told.evidence.startswith("the quote after"):
        return None
    if ctx.text.count("\n\n", before.start, st.start) > _NEWS_DAY_REACH:
        return None
    if _TOPIC_HEADING.search(ctx.text, before.start, st.start):
        return None  # "SYRIA ... yesterday" / "AFGHANISTAN": a digest's next topic, no scene
    if _ITEM_HEADING.search(ctx.text, before.start, st.start):
        # "Commission approves Italian scheme to support energy communities" on a line of its
        # own: a digest's next item, whose words are not of the scene told before
        return None
    if any(
        (p.when.edtf or news_day) != news_day for p in ctx.phrases_between(before.start, st.start)
    ):
        return None
    if _in_own_medium(ctx, st) or (not st.person and _BODY_REPORTED.match(ctx.text, st.cue_at)):
        # ("Gaza's Health Ministry reported that 404 people have died": a body's figures
        # put out in a report of its own, at no scene of the story)
        return None
    if not _scene_told(ctx, statements, dated, k, news_day, st.speaker):
        return None
    evidence = (
        told.evidence if told.evidence.startswith(_STILL_AT) else f"{_STILL_AT}'{told.evidence}'"
    )
    return When(news_day, evidence, True)


_BODY_REPORTED = re.compile(r"report(?:ed|s)\b")


def _in_own_medium(ctx: DatedText, st: Attribution) -> bool:
    """Whether the story tells the words put out in a medium of their own: in the
    attribution, or anywhere in its sentence outside quotation marks ("commended the
    leaders in a statement released by his spokesperson", "..., according to Russian
    media")."""
    if any(ctx.search(_OWN_MEDIUM_WORDS, a, b) for a, b in st.window):
        return True
    sentence = ctx.sentence_at(st.cue_at)
    if sentence is None:
        return False
    return any(
        not _in_quote_marks(ctx.text, sentence[0], m.start())
        for m in _OWN_MEDIUM_WORDS.finditer(ctx.text, *sentence)
    )


def _news_day(ctx: DatedText, published: date | None, before: int) -> str | None:
    """Next-day copy: the day before the paper's, when every day the story has reached up
    to ``before`` is that one."""
    lead = _news_day_lead(ctx, published, before)
    return lead.when.edtf if lead is not None else None


def _news_day_lead(
    ctx: DatedText, published: date | None, before: int, lag: int = 1
) -> Phrase | None:
    """The first day of next-day copy (see :func:`_news_day`), where its lead tells it (with
    ``lag`` 0: of same-day copy, every day it reached the paper's)."""
    if published is None:
        return None
    news_day = (published - timedelta(days=lag)).isoformat()
    # ("the first meeting since troops entered Ukraine on Feb. 24": a day in a clause of its
    # own is the background's, not one the story has reached)
    days = [
        p
        for p in ctx.phrases_between(-1, before)
        if ONE_DAY.fullmatch(p.when.edtf or "") and _a_day_reached(ctx, p)
    ]
    if not days or any(p.when.edtf != news_day for p in days):
        return None
    return days[0]


def _a_day_reached(ctx: DatedText, p: Phrase) -> bool:
    """Whether the day ``p`` stands in a main clause of the story's, a day it reached."""
    found = ctx.main_clause_days.get(p.start)
    if found is None:
        sentence = ctx.sentence_at(p.start)
        found = not (
            sentence is None or ctx.subordinate(sentence[0], p.start) or _not_a_day_reached(ctx, p)
        )
        ctx.main_clause_days[p.start] = found
    return found


# "Reading out a joint statement, the minister said", "Reading the summit's resolutions, X
# said": the speaker reads the news day's text out where it was agreed, before people
_READING_OUT = re.compile(
    r"\breading (?:out )?(?:a|an|the|their|its) (?:[\w'\u2019-]+ ){0,3}?"
    r"(?:statement|communiqu[eé]|declaration|resolutions?|decisions?|conclusions)\b",
    re.I,
)


# "told a news conference", "said at a joint press conference": in next-day copy whose lead
# dates the news, the press appearance the words were given at is the news day's (not "a
# regular press briefing", a ministry's routine one, of any day)
_NEWS_CONFERENCE_TOLD = re.compile(
    r"\b(?:told|at|during)\s+an?\s+(?:(?!(?:regular|daily|weekly|monthly|routine)\b)[\w-]+\s+)"
    r"{0,2}?(?:news|press)\s+(?:conference|briefing)\b",
    re.I,
)


def _news_days_event(ctx: DatedText, st: Attribution, published: date | None) -> When | None:
    """ "Kenya and the US on Monday agreed to ... Speaking after the talks, X said" in
    Tuesday's paper: the talks, the meeting or the ceremony the words were said at or after,
    which the story dates nowhere, are of the news day its lead tells."""
    found = [
        m
        for a, b in st.window
        if ((m := ctx.search(_AT_EVENT, a, b)) and _places_at_event(ctx.text, m))
        or (m := ctx.search(_NEWS_CONFERENCE_TOLD, a, b))
        or (m := ctx.search(_AFTERWARDS, a, b))
        or (m := ctx.search(_READING_OUT, a, b))
    ]
    if not found:
        return None
    if _another_meeting_told(ctx, st, found[0].start()):
        return None
    day = _news_day(ctx, published, min(st.start, st.cue_at))
    if day is None:
        return None
    return When(day, f"the news day's event: '{found[0].group().strip()}'", inherited=True)


# "X also met with Y", "also held talks with": a further meeting, besides the occasion the
# lead dated
_ALSO_MET = re.compile(
    r"\balso\s+(?:met|held\s+(?:talks|a\s+meeting|meetings)|had\s+talks)\b", re.I
)


def _another_meeting_told(ctx: DatedText, st: Attribution, event_at: int) -> bool:
    """Whether the paragraph, before the event the words name ("During his meeting, he
    requested ..."), tells the speaker "also met" someone in a sentence with no day of its
    own: a further meeting the story does not date, not the news day's event its lead told
    ("X stressed Friday ... \n\n X also met with the ministers of Y. During his meeting,
    he requested ...": the words have no day)."""
    since = ctx.text.rfind("\n", 0, event_at) + 1
    return any(
        _also_met_on_no_day(ctx, st, m) for m in _ALSO_MET.finditer(ctx.text, since, event_at)
    )


# a time of the day or a visit's span that ties a meeting to the day the story tells
# ("who arrived in the morning on a day-long visit, also met ...", "later that day")
_TIED_TO_THE_DAY = re.compile(
    r"\b(?:morning|afternoon|evening|tonight|day-long|same day|that day|later)\b", re.I
)


def _also_met_on_no_day(ctx: DatedText, st: Attribution, m: re.Match[str]) -> bool:
    """Whether the "also met" ``m`` tells the speaker (its subject, named before it in its
    sentence) at a further meeting that its sentence gives no day, nor any time word tying it
    to the story's day."""
    sentence = ctx.sentence_at(m.start())
    return (
        sentence is not None
        and _any_within(st.speaker_at, sentence[0], m.start())
        and not ctx.phrases_between(sentence[0] - 1, sentence[1])
        and _TIED_TO_THE_DAY.search(ctx.text, sentence[0], sentence[1]) is None
        and not _lead_dated_a_meeting(ctx, sentence[0])
    )


# a meeting told as the sentence's deed ("X met Y in Beijing on Monday")
_MEETING_DEED = re.compile(
    r"\b(?:met|meets|held\s+(?:talks|a\s+meeting|meetings)|had\s+talks|hosted|received)\b"
)


def _lead_dated_a_meeting(ctx: DatedText, before: int) -> bool:
    """Whether the last day told before ``before`` stands in a sentence telling a meeting:
    then "X also met Y" is more of that day's round of talks ("X met Xi in Beijing on
    Monday. X also met Wang Yi."), not a further occasion (as after a dated speech)."""
    told = ctx.phrases_between(max(0, before - _ALSO_MET_REACH), before)
    if not told:
        return False
    sentence = ctx.sentence_at(told[-1].start)
    return sentence is not None and bool(_MEETING_DEED.search(ctx.text, *sentence))


def _met_on_the_news_day(
    ctx: DatedText,
    n: int,
    statements: Sequence[Attribution],
    said: Spans,
    published: date | None,
) -> When | None:
    """ "Misri, who arrived in the morning on a day-long visit, also met Foreign Adviser X.
    ... X, talking to reporters, said ...": in next-day copy, a sentence of the story's that
    names the speaker at a meeting, and no day, tells the news day's meeting (as one with a
    day tells that day's); the words told after it are said there."""
    st = statements[n]
    own = ctx.sentence_at(min(st.start, st.cue_at))
    if own is None:
        return None
    if (
        _PUT_TO_USE.search(ctx.text, own[0], st.cue_at)
        and not ctx.phrases_between(own[0] - 1, own[1])
        and any(
            m.end() <= st.cue_at and m.start() not in said for m in _MET.finditer(ctx.text, *own)
        )
    ):
        # "The session turned into a row after X used his remarks to accuse Y ...": the
        # occasion put to use is the meeting the sentence tells
        day = _news_day(ctx, published, own[0])
        if day is not None:
            return When(
                day,
                f"put to use at the news day's meeting: '{ctx.text[own[0] : own[0] + 40]}'",
                True,
            )
    i = bisect.bisect_left(st.speaker_at, own[0])
    sentence = ctx.sentence_at(st.speaker_at[i - 1]) if i else None
    if sentence is None or sentence[0] in said or st.speaker_at[i - 1] in said:
        return None
    i = bisect.bisect_left(ctx.statement_starts, sentence[0])
    j = bisect.bisect_left(ctx.statement_starts, sentence[1])
    if any(statements[ctx.statement_order[m]].speaker is st.speaker for m in range(i, j)):
        return None  # the speaker's own words told there: no narrative of a meeting
    if ctx.phrases_between(sentence[0] - 1, sentence[1]):
        return None
    # (the meeting told in the story's words: "said the ministers would meet" tells none)
    if not any(m.start() not in said for m in _MET.finditer(ctx.text, *sentence)):
        return None
    if any(_also_met_on_no_day(ctx, st, m) for m in _ALSO_MET.finditer(ctx.text, *sentence)):
        # "X stressed Friday ... X also met with the ministers of Y. During his meeting, he
        # requested ...": a further meeting the story gives no day, not the news day's
        return None
    day = _news_day(ctx, published, sentence[0])
    counted = _COUNTED_FROM_NEWS.search(ctx.text, *sentence)
    if day is None and counted is not None:
        # same-day copy ("said on Saturday ... The announcement comes two days after X met
        # Y" in Saturday's paper): counted from the paper's day the story has reached
        lead = _news_day_lead(ctx, published, sentence[0], lag=0)
        day = lead.when.edtf if lead is not None else None
    if day is None:
        return None
    told = f"'{ctx.text[sentence[0] : sentence[0] + 40]}'"
    if counted is not None:
        # "The briefing came a day after X held talks with Y": the news day's event came
        # that many days after (or before) the meeting
        n = _NUMBER_WORDS.get(counted["n"].lower()) or int(counted["n"])
        if counted["way"].lower() == "after":
            n = -n
        day = (date.fromisoformat(day) + timedelta(days=n)).isoformat()
        return When(day, f"met {counted.group(0)} the news day's event: {told}", True)
    return When(day, f"met on the news day: {told}", True)


# "used his remarks to", "took the floor to": an occasion put to use, right before the verb
_PUT_TO_USE = re.compile(
    r"\b(?:used|uses|took|takes)\s+(?:his|her|its|their|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+to\s+$"
)


# "The briefing came a day after X met Y", "The visit comes two days before the talks": the
# news day's event counted from the meeting told in its clause
_COUNTED_FROM_NEWS = re.compile(
    # ("came just a day after", "comes only two days before": the count, hedged)
    r"\b(?:came|comes|come|was|is)\s+(?:(?:just|only|barely|merely)\s+)?"
    r"(?P<n>a|one|two|three|four|five|six|[1-6])\s+days?\s+"
    r"(?P<way>after|before)\b",
    re.I,
)
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


# "told the council", "at a joint press conference", "opening the summit", "told the two
# delegations": words said where people gathered, whom the story may go on hearing
_AT_A_GATHERING = re.compile(
    r"\b(?:at|during|after|following|opening|closing|addressing|told|telling)\s+"
    r"(?:a|an|the|their)\s+(?:[\w-]+\s+){0,3}?(?:press conference|news conference|conference|"
    r"summit|session|talks|meeting|council|debate|hearing|forum|leaders|ceremony|"
    r"delegations|delegates)\b",
    re.I,
)
_SCENE_REACH = 6  # statements: how far back the gathering of the news day may be told
# "X, who also spoke at the ceremony, said": the gathering told of one speaker in a clause of
# their own places that speaker there, not whoever the story quotes next
_ONES_OWN_CLAUSE = re.compile(r"\bwho\s+(?:also\s+|had\s+)?\w+\s*$")


def _scene_told(
    ctx: DatedText,
    statements: Sequence[Attribution],
    dated: list[When],
    k: int,
    day: str,
    speaker: object | None,
) -> bool:
    """Whether the words of ``day`` told up to the ``k``-th statement in text order include
    words said at a gathering (not only a joint statement and reactions to it) the story
    sets ``speaker``'s words in."""
    for j in range(k, max(-1, k - _SCENE_REACH), -1):
        m = ctx.statement_order[j]
        if dated[m].edtf != day:
            return False
        for a, b in statements[m].window:
            gathering = ctx.search(_AT_A_GATHERING, a, b)
            if gathering is not None and (
                (speaker is not None and statements[m].speaker is speaker)
                or not _ONES_OWN_CLAUSE.search(
                    ctx.text, max(a, gathering.start() - 30), gathering.start()
                )
            ):
                return True
    return False


def _day_reached_outside(
    text: str,
    phrases: list[Phrase],
    said: Spans,
    aside: Spans,
    published: date | None,
    sections: Sequence[tuple[int, date]] = (),
    sentence_starts: Sequence[int] = (),
) -> list[Phrase]:
    """ "Earlier in the day" is the day the story has reached in its own words (its dateline
    included), not one named inside a quotation ('"... the attack on Sunday," Li said.
    Earlier in the day, ...') nor a thing's day ("whose party won last Sunday's election";
    "The bill, which the House passed on Saturday, ...": a clause set off to tell of it);
    with none, the article's day. So is "the same day" ('Trump announced it on Thursday.
    "Today, I signed ...," he wrote. In a statement issued the same day, ...': Thursday).
    A digest's item starts at its own day ("Friday: ... Macron, speaking later the same
    day": that Friday, not a day the item before named)."""
    out: list[Phrase] = []
    reached = published.isoformat() if published else None
    reached_at = -1
    thing: Phrase | None = None  # the last day of a thing told after the day reached
    in_words: Phrase | None = None  # the last day told inside someone's words
    heads = iter(sections)
    head = next(heads, None)
    for p in phrases:
        while head is not None and head[0] <= p.start:
            reached, reached_at = head[1].isoformat(), head[0]
            head = next(heads, None)
        same_day = (
            p.kind in _SAME_DAY_KINDS
            and p.start not in said
            and ONE_DAY.fullmatch(p.when.edtf or "")
            and ONE_DAY.fullmatch(reached or "")
        )
        if (
            p.kind in _COUNTED_FROM_REACHED
            and p.start not in said
            and in_words is not None
            and in_words.start > reached_at
            and ONE_DAY.fullmatch(reached or "")
        ):
            # "X noted that on Nov. 15 Russia launched ... \n\n The night before, Y had ...":
            # counted from the day the story reached, not a day inside someone's words
            told = counted_from(
                date.fromisoformat(reached or ""), _COUNTED_FROM_REACHED[p.kind], published
            )
            p = Phrase(p.start, p.end, p.kind, When(told, p.when.evidence))
        if same_day and _of_the_thing_just_told(text, thing, reached_at, p):
            pass  # "Rebels welcomed the June 12 announcement. ... said that evening": its day
        elif same_day and _back_then(p, reached):
            pass  # "... the plan he presented on 30 May last year. At that time, he said": then
        elif (p.kind == "in_the_day" or same_day) and p.when.edtf != reached:
            p = Phrase(p.start, p.end, p.kind, When(reached, p.when.evidence, fits=p.when.fits))
        elif (
            (p.start not in said or p.start in aside)
            and ONE_DAY.fullmatch(p.when.edtf or "")
            and not _POSSESSIVE.match(text, p.end)
            and not _in_relative_aside(text, sentence_starts, p.start)
            and not _in_pluperfect(text, sentence_starts, p.start)
            and not _in_a_plan(text, sentence_starts, p.start)
            and p.kind != "days_after"  # ("shortly after the award": no day the story reached)
            # ("Asked if the envoy recalled on Wednesday would return, ...": the topic's day)
            and not _asked_about(text, max(0, p.start - _ASKED_REACH), p)
        ):
            reached, reached_at = p.when.edtf, p.start
        elif (
            ONE_DAY.fullmatch(p.when.edtf or "")
            and (_POSSESSIVE.match(text, p.end) or _attributive(text, p))
            and not _in_quote_marks(text, text.rfind("\n", 0, p.start) + 1, p.start)
        ):
            thing = p
        if p.start in said and p.start not in aside and ONE_DAY.fullmatch(p.when.edtf or ""):
            in_words = p
        out.append(p)
    return out


def _in_relative_aside(text: str, sentence_starts: Sequence[int], pos: int) -> bool:
    """Whether ``pos`` stands in a relative clause on a thing, set off by a comma and still
    open ("The corridor, whose last extension lapsed on Sunday, ...", "The bill, which the
    House approved on Saturday, ..."): background, not a day the story has reached (unlike
    "X, who took the floor on Saturday, walked out minutes later": X's own occasion)."""
    k = bisect.bisect_right(sentence_starts, pos) - 1
    start = max(sentence_starts[k] if k >= 0 else 0, pos - _ASIDE_REACH)
    opener = _open_clause(text, start, pos)
    return (
        opener is not None
        and _RELATIVE_ASIDE.match(text, opener) is not None
        and text[max(0, opener - 2) : opener] == ", "
    )


def _in_pluperfect(text: str, sentence_starts: Sequence[int], pos: int) -> bool:
    """Whether ``pos`` follows a pluperfect in its sentence ("The meeting had been put off
    twice, most recently on Saturday", "repeating a view his minister had voiced on
    Monday"): a time before the story's own, told as background, not a day it reached."""
    k = bisect.bisect_right(sentence_starts, pos) - 1
    start = max(sentence_starts[k] if k >= 0 else 0, pos - _ASIDE_REACH)
    return _BACKGROUND_HAD.search(text, start, pos) is not None


def _in_a_plan(text: str, sentence_starts: Sequence[int], pos: int) -> bool:
    """Whether ``pos`` stands in a clause telling what is still to come ("X, who is scheduled
    to meet Y in Seoul on Thursday, said ...", "the ministers' meeting being held on
    Tuesday"): a day the story has not reached, however its weekday resolves."""
    k = bisect.bisect_right(sentence_starts, pos) - 1
    start = max(sentence_starts[k] if k >= 0 else 0, pos - _ASIDE_REACH)
    m = _STILL_TO_COME.search(text, start, pos)
    if m is None:
        return False
    # "Talks that are expected to last a week opened in Geneva on Monday": the plan is a
    # restrictive relative that ends before the day, whose own verb tells a deed done
    return not (
        _RESTRICTIVE_RELATIVE.search(text, start, m.start())
        and _DEED_DONE.search(text, m.end("plan"), pos)
    )


# a present-tense plan up to the day, no comma, colon or quote between ("was expected to end
# on Friday" told a day gone by)
_STILL_TO_COME = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:(?:due|set|scheduled|expected|slated|poised)\s+)?to|"
    r"(?:being|to\s+be)\s+(?:held|hosted|convened))\s+(?P<plan>[\w'-]+)"
    r"[^,;:!?\"\u201c\u201d\n]*$"
)
# "talks that are ...", "a summit that will ..." (no comma before: not an aside)
_RESTRICTIVE_RELATIVE = re.compile(r"(?<![,\s])\s+(?:that|which|who)\s+$")
# a past main verb after the plan's own verb ("... to last a week opened in Geneva"), not a
# participle of a passive or perfect ("to be approved by", "will have ended")
_DEED_DONE = re.compile(
    r"(?<!\bbe)(?<!\bbeen)(?<!\bbeing)(?<!\bhave)(?<!\bhas)(?<!\bhad)(?<!\bget)(?<!\bgot)"
    r"\s+(?:[a-z]+ed|began|met|closed|ended|broke|went|came|took|drew|wound\s+up)\b"
)


# any pluperfect marks a day as background (broader than _PLUPERFECT_MAIN, which must tell a
# deed the story went back to)
_BACKGROUND_HAD = re.compile(
    r"\bhad\s+(?:(?:not|never|already|also|just|long|\w+ly)\s+)?(?!to\b)"
    r"[a-z]+(?:ed|en|wn|ne|ld|ht|lt|pt|de|un|ng|id|ot)\b"
)
_RELATIVE_ASIDE = re.compile(r"(?:whose|which)\b", re.I)
_ASIDE_REACH = 300  # characters back from a day to its clause's opener (bounds a long line)


# "the day before", "the night before", "the next day": counted from a day told before
_COUNTED_FROM_REACHED = {"day_before": -1, "next_day": 1}


# "that evening", "the same day", "later that night": a demonstrative pointing at a day told
_THAT_DAY = re.compile(r"(?:later\s+)?(?:that|the\s+same)\b", re.I)


def _back_then(p: Phrase, reached: str | None) -> bool:
    """ "At the time", "at that time": a time gone by, set against the story's now; the day
    the text named last (inside someone's words too: "he recalled the plan he presented on
    30 May last year") when it lies before the day the story reached."""
    return (
        p.when.evidence.lower() in AT_THE_TIME
        and reached is not None
        and (p.when.edtf or "") < reached
    )


def _of_the_thing_just_told(text: str, thing: Phrase | None, reached_at: int, p: Phrase) -> bool:
    """Whether the demonstrative day ``p`` ("that evening", "the same day") points at the
    day of a thing told just before, after the day the story reached ("The rebels welcomed
    the June 12 announcement within hours. Their spokesman said that evening ...", "The
    opposition hailed Monday's ruling. Its leader told supporters that night ..."): in the
    same paragraph, ``p`` resolved against it."""
    return (
        thing is not None
        and thing.start > reached_at
        # (not "X said on Tuesday that Monday's ruling was unfair. Later that day, ...": the
        # day reached in the sentence that tells the thing)
        and _SENTENCE_END.search(text, max(reached_at, 0), thing.start) is not None
        and p.when.edtf == thing.when.edtf
        and _THAT_DAY.match(p.when.evidence) is not None
        and "\n" not in text[thing.end : p.start]
    )


_SAME_DAY_KINDS = frozenset(("same_day", "hours_later"))
_IN_THE_DAY = re.compile(
    r"(?:earlier|later) (?:in|on) the (?:day|morning|afternoon|evening)\b(?! of\b)", re.I
)


def _earlier_than_the_words_before(
    ctx: DatedText, n: int, statements: Sequence[Attribution], dated: list[When]
) -> When | None:
    """ "Beijing's readout of Wednesday's call ... Earlier in the day, Zhao told a briefing":
    earlier than the words told just before, on their day, when no day is told between
    (not the day of the clash the story told as background before them)."""
    st = statements[n]
    k = bisect.bisect_left(ctx.statement_starts, st.start) - 1
    if k < 0 or ctx.statement_order[k] >= n:
        return None
    before, told = statements[ctx.statement_order[k]], dated[ctx.statement_order[k]]
    if not told.evidence or not ONE_DAY.fullmatch(told.edtf or ""):
        return None
    own = ctx.sentence_at(min(st.start, st.cue_at))
    if own is None or ctx.phrases_between(before.start, own[0]):
        return None
    return When(told.edtf, f"earlier than '{told.evidence}'", inherited=True)


# "The Kremlin on Monday rejected a ceasefire plan, its spokesman said": a wire lead tells
# what happened on the news day, its subject then the day before the verb
_LEAD_SUBJECT_DAY = re.compile(
    r"[A-Z][^,;:\"\u201c\u201d.]{0,60}?\s(?P<day>on\s+(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday))\s+[a-z]+(?:ed|ew|ook|aid|ave|ent|ame|ought|old|ade)\b"
)


# "Beijing slammed irresponsible remarks on Monday that Washington made ...": the lead's
# verb, its short object, then the day of the verb (China Daily's next-day copy); a quoted
# label counts as one word of the object ("criticized the deal as a "backroom bargain" on
# Tuesday")
_LEAD_OBJECT_DAY = re.compile(
    r"(?:[a-z]+(?:ed|ew|ook|ave|ent|ame|ought|ade)\s+)?(?!that\b)"
    r"(?:(?:[\"\u201c][^\"\u201c\u201d\n]{1,40}[\"\u201d]|[\w'\u2019-]+)\s+){1,5}?"
    r"(?P<day>on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
    r"(?!['\u2019]s)"
    # ("stressed the meeting on Wednesday was useful": the day of the reported clause's
    # subject, which its own verb follows)
    r"(?!\s+(?:was|were|is|are|had|has|have|would|will|could|should|did|went|had)\b)"
)
# the verbs whose object a lead's reported words are; "said", "told" take what was said
_SAYING_CUE = re.compile(r"\s*(?:said|says|told|tells|stated|added|noted)\b")


def _lead_day(text: str, st: Attribution, every: Sequence[Phrase]) -> When | None:
    """An undated lead whose reported words give the news its day ("The Kremlin on Monday
    rejected ..., spokesman X said"): the words were said that day, not on a day a later
    sentence gives the same speaker ("X said on Sunday that ..."); found as the lead is
    dated, so that the spokesperson quoted below speaks on it too."""
    if not st.reported:
        return None
    a, b = st.reported[0]
    m = _LEAD_SUBJECT_DAY.match(text, a, b)
    if m is None and not _SAYING_CUE.match(text, st.cue_at):
        m = _LEAD_OBJECT_DAY.match(text, a, b)
        if m is not None and _a_clause_before_the_day(text, m):
            return None
    if m is None or _thing_done_on(text, a, m):
        return None
    for p in every:
        if p.start == m.start("day") and ONE_DAY.fullmatch(p.when.edtf or ""):
            return When(p.when.edtf, f"the lead's day: '{m['day']}'")
    return None


def _day_after_the_object(text: str, st: Attribution, every: Sequence[Phrase]) -> When | None:
    """ "X called the vote unfair on Thursday evening, saying ...": a day right after the
    short object of a verb that is no saying verb is the verb's, anywhere in the story (as
    in a lead), though it stands inside the words the verb reports."""
    if not st.reported or _SAYING_CUE.match(text, st.cue_at):
        return None
    a, b = st.reported[0]
    if st.cue_at > a or text[st.cue_at : a].count(" ") > 1:
        return None  # (the verb right before its object)
    m = _LEAD_OBJECT_DAY.match(text, a, b)
    if m is None or _thing_done_on(text, a, m) or _a_clause_before_the_day(text, m):
        return None
    for p in every:
        if p.start == m.start("day") and ONE_DAY.fullmatch(p.when.edtf or ""):
            return When(p.when.edtf, f"the verb's day: '{m['day']}'")
    return None


_QUOTED_LABEL = re.compile(r"[\"\u201c][^\"\u201c\u201d\n]*[\"\u201d]")


def _a_clause_before_the_day(text: str, m: re.Match[str]) -> bool:
    """Whether the words ``m`` read as a verb's short object before its day are a clause of
    their own ("wrote on Facebook that he had been tested on Friday", "posted that she was
    briefed on Thursday"): a subject pronoun, a finite auxiliary or "not" (see CLAUSE_WORD)
    outside a quoted label; the day is then the clause's deed's, not the verb's."""
    words = _QUOTED_LABEL.sub(" ", text[m.start() : m.start("day")])
    return CLAUSE_WORD.search(words) is not None


_BEFORE_AN_OBJECT = re.compile(r"\b(?:[a-z]+ed|for|of|about|over|against|with|to|on|from)\s+$")


def _object_done_on(ctx: DatedText, sentence: tuple[int, int], p: Phrase) -> bool:
    """Whether the day ``p`` is given by a participle after the object of a verb of the
    sentence ("condemned the attack carried out on Sunday"), with no other day before it."""
    if ctx.phrases_between(sentence[0] - 1, p.start):
        return False
    done = THING_DONE_ON.search(ctx.text, max(sentence[0], p.start - 80), p.start)
    # (the thing an object: after a verb or a preposition, not "The ministry announced on")
    return done is not None and _BEFORE_AN_OBJECT.search(ctx.text, sentence[0], done.start())


# a noun of an act just before a day ("the signing on", "the adoption on Friday"), not one of
# a gathering, where words are said ("at the meeting on Monday of EU ministers"); up to two
# words may qualify the act ("the appalling killing on", "the long-awaited signing on"), and
# deeds of violence are acts whatever their ending ("the brutal murder on", "the attack on")
_ACT_NOUN_BEFORE = re.compile(
    r"(?P<before>\b[\w'\u2019-]+\s+)?\bthe\s+(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?!(?:meeting|gathering|briefing|hearing|sitting|session|summit|conference)\b)"
    r"(?:[a-z]+(?:ing|tion|sion|ment|al|ure)|attacks?|murders?|raids?|strikes?|assaults?|"
    r"blasts?)\s+(?:on\s+)?$"
)
# the act's "of" after the day (and its part of the day: "on Wednesday night of"), or after
# the day and the act's place
_OF_AFTER_THE_DAY = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"(?:\s+(?:in|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?\s+of\s"
)


# a span of days ("between Friday and Sunday", "from Monday to Wednesday", "from 3 to 5
# March"): a deed drawn out over days (a protest lodged, a visit, a round of talks), never
# the one day someone's words were said; either end of it
_SPAN_OPENS = re.compile(
    r"\b(?:between|from)\s+(?:\S+\s+){1,3}?(?:and|to|through|until|till)\s+$", re.I
)
_SPAN_GOES_ON = re.compile(r"\s+(?:and|to|through|until|till)\s+\S", re.I)
_SPAN_OPENER = re.compile(r"\b(?:between|from)\s+$", re.I)
_SPAN_REACH = 40  # characters before a span's end where its "between"/"from" may stand


def _in_a_span(text: str, p: Phrase) -> bool:
    """Whether the day ``p`` is an end of a span of days ("between Friday and Sunday")."""
    if _SPAN_OPENS.search(text, max(0, p.start - _SPAN_REACH), p.start):
        return True
    return bool(
        _SPAN_GOES_ON.match(text, p.end)
        and _SPAN_OPENER.search(text, max(0, p.start - 12), p.start)
    )


def _inside_an_act_noun(text: str, p: Phrase, object_only: bool = False) -> bool:
    """Whether the day ``p`` stands between a noun of an act and that act's "of" ("the
    signing on 1 January in Addis Ababa of a memorandum", "the adoption on Friday of the
    resolution", "condemns the appalling killing on Wednesday night of two diplomats"):
    inside the noun phrase, the act's day, never the speaker's. ``object_only``: only an act
    that is the object of a verb of judging (see cues.JUDGING_FORMS), not one the words were
    said at ("said at the opening on Monday of the summit", "told the opening on Monday of
    the parliament that ...") nor one the speaker hosted or attended ("hosted the
    celebration on Friday of the treaty's anniversary")."""
    if _OF_AFTER_THE_DAY.match(text, p.end) is None:
        return False  # (the cheap anchored test first)
    m = _ACT_NOUN_BEFORE.search(text, max(0, p.start - 70), p.start)
    if m is None:
        return False
    return not object_only or (m["before"] or "").strip().lower() in JUDGING_FORMS


def _thing_done_on(text: str, a: int, m: re.Match[str]) -> bool:
    """ "praised the statement issued on Wednesday": the object's participle owns the day."""
    return THING_DONE_ON.search(text, max(a, m.start("day") - 80), m.start("day")) is not None


# "made similar comments on Thursday", "struck a similar note": like words, another occasion
_SIMILAR_BEFORE = re.compile(
    r"\b(?:made|making|voiced|struck|sent|delivered|offered|gave)\s+(?:a\s+)?similar\b", re.I
)
_SIMILAR_REACH = 120  # characters before the words told again
# "A day earlier", "The previous day", "Two days before": a day counted back from the news,
# so words placed there are set apart from it and never retell the story's lead
_COUNTED_BACK = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|[1-6]) (?:days?|weeks?) (?:earlier|before)|"
    r"the (?:day|night|evening) before|the previous (?:day|evening|night|afternoon|morning))\b",
    re.I,
)


def _counted_back_in_its_sentence(ctx: DatedText, sentence: tuple[int, int], p: Phrase) -> bool:
    """Whether ``p`` is a day counted back ("a day earlier", "the previous day", "two days
    before") standing after another day in its own sentence ("X on Saturday criticised the
    decision taken at a meeting a day earlier", "X told reporters on Monday that the talks
    the day before had failed"). A clause tells its act once; a day counted back from the
    sentence's own time is that of some earlier deed the sentence is about, never a second
    occasion of the words, so the sentence's own day is the one the speaker is placed at. A
    second clause with a subject of its own, joined after a comma or a semicolon ("The
    ministry announced the deal on Thursday, and the minister flew to Geneva the previous day
    to sign it"), tells another act at the day counted back, which may be the speaker's."""
    if _COUNTED_BACK.fullmatch(ctx.text, p.start, p.end) is None:
        return False
    # (the sentence's days both in the narrative and inside words it reports)
    lo = bisect.bisect_right(ctx.told_starts, sentence[0] - 1)
    hi = bisect.bisect_left(ctx.told_starts, p.start)
    return any(
        ONE_DAY.fullmatch(q.when.edtf or "")
        and q.when.edtf != p.when.edtf
        and _COUNTED_BACK.fullmatch(ctx.text, q.start, q.end) is None
        and _CLAUSE_JOINED.search(ctx.text, q.end, p.start) is None
        for q in [*ctx.phrases_between(sentence[0] - 1, p.start), *ctx.told[lo:hi]]
    )


# a clause joined to the one before it: ", and", ", but", ";"
_CLAUSE_JOINED = re.compile(r",\s+(?:and|but)\b|;")


def _told_again_later(
    text: str,
    statements: Sequence[Attribution],
    out: list[When],
    sections: Sequence[tuple[int, date]] = (),
    story: tuple[date | None, Sequence[Phrase]] = (None, ()),
) -> None:
    """ "Europe must close ranks, the EU's foreign policy chief has said." in a lead, then
    "Speaking after Monday's meeting, she said: 'Europe needs to close ranks'": the perfect
    sums up words the story tells again with their day, which is theirs. A story's first
    statement, undated or in the perfect, sums up the news (so do the same speaker's just after
    it: a standfirst, then the lead): its speaker's first dated words below, whatever their
    words; quotes carrying it on go with it. Only the speaker's next
    few statements are looked at, so a long text stays linear. ``story``: the article's
    day and its date phrases."""
    # the story's opening statements: its first, and those of the same speaker just after
    # it (a standfirst restating the lead, then the lead's "has said"), but not words the
    # perfect sets in the background ("has long argued", "has repeatedly said"); words of
    # no known speaker (a headline's, its speaker not found) open nothing
    ordered = sorted(
        (k for k in range(len(statements)) if statements[k].speaker is not None),
        key=lambda k: statements[k].start,
    )
    opening: set[int] = set()
    heard: list[int] = []  # the opening's speakers, in order
    for k in ordered[:_OPENING_STATEMENTS]:
        speaker = id(statements[k].speaker)
        if opening and speaker != heard[-1]:
            # "Netanyahu's office says ..." in a standfirst, then the lead's "..., the prime
            # minister of Qatar has announced": a second speaker's words, undated or in the
            # perfect, still sum up the news; a third speaker's, or a first's again, do not
            if len(heard) > 1 or speaker in heard or not (out[k].edtf or "..").startswith(".."):
                break
            heard.append(speaker)
        if not heard:
            heard.append(speaker)
        if ONE_DAY.fullmatch(out[k].edtf or "") and out[k].evidence:
            break  # the news told with its day: what follows is no summary of it
        if not _BACKGROUND.search(out[k].evidence or ""):
            opening.add(k)
    by_speaker: dict[int, list[int]] = {}  # each speaker's statements, in order
    for m, st in enumerate(statements):
        if st.speaker is not None:
            by_speaker.setdefault(id(st.speaker), []).append(m)
    topic: dict[int, set[str]] = {}
    # (a digest's items, each under a dateline of its own, tell their own news too)
    items = sorted([*_item_starts(text), *(start for start, _ in sections)])

    def words_of(k: int) -> set[str]:
        if k not in topic:
            topic[k] = _topic_words(text, statements[k])
        return topic[k]

    for n, st in enumerate(statements):
        # ("..., X confirmed over the weekend": a lead's span, which the day of the words
        # told again below narrows)
        span = n in opening and _DAYS.fullmatch(out[n].edtf or "") is not None
        undated_lead = n in opening and not out[n].evidence
        if st.speaker is None or not (
            undated_lead
            or span
            or (out[n].evidence.startswith("has ") and (out[n].edtf or "").startswith(".."))
        ):
            continue
        if undated_lead and _says_the_news_day(text, st, *story):
            continue  # "'Today is a historic day,' X said." under a lead told on that day
        own = by_speaker[id(st.speaker)]
        after = own[bisect.bisect_right(own, n) :][:_RETELL_REACH]
        for m in after:
            later = statements[m]
            # (an undated lead told again in words a document relays, which bounds them:
            # the same bound)
            bound = undated_lead and out[m].evidence.startswith(_RELAYED_EVIDENCE)
            if (
                later.posted
                or not out[m].evidence
                or not (ONE_DAY.fullmatch(out[m].edtf or "") or bound)
            ):
                continue  # (an embedded post's signature dates the post, not the news told)
            if later.background and len(words_of(n) & words_of(m)) < max(
                _SHARED_WORDS, _SHARED_SHARE * min(len(words_of(n)), len(words_of(m)))
            ):
                # "X, who announced on Wednesday that ..., said": an aside, no news (unless
                # it tells the lead's words again: "X, who warned on Wednesday that ...")
                continue
            if _PLUPERFECT_CUE.search(text, max(0, later.cue_at - 24), later.cue_at):
                continue  # "On Monday, X had said ...": set before the story's time, not its news
            if _COUNTED_BACK.search(out[m].evidence):
                continue  # "A day earlier, X said ...": by its own words not the news's time
            if span and not _within(out[m].edtf or "", out[n].edtf or ""):
                continue
            if not _SENTENCE_END.search(text, st.start, later.start):
                continue  # "Although she had insisted ..., X said on Friday ...": one sentence
            if bisect.bisect_right(items, st.start) != bisect.bisect_right(items, later.start):
                continue  # a live page's or a round-up's items each tell their own news
            if _SIMILAR_BEFORE.search(
                text, max(st.start, later.start - _SIMILAR_REACH), later.start
            ):
                continue  # "X made similar comments on Thursday, when he said": another time
            shared = words_of(n) & words_of(m)
            if n in opening or len(shared) >= max(
                _SHARED_WORDS, _SHARED_SHARE * min(len(words_of(n)), len(words_of(m)))
            ):
                again = out[m]
                evidence = again.evidence if again.inherited else f"told again: '{again.evidence}'"
                vague = out[n]
                out[n] = When(again.edtf, evidence, inherited=True)
                for k in after:
                    # the speaker's words between, on the lead's occasion, go with it (but
                    # not those with a time of their own: "earlier", "has long said")
                    own_time = out[k].evidence and not out[k].inherited
                    if k < m and out[k].edtf == vague.edtf and not own_time:
                        out[k] = When(again.edtf, evidence, inherited=True)
                break


def _dated_words_told_in_full(
    text: str, statements: Sequence[Attribution], out: list[When]
) -> None:
    """ "X called on the bloc Friday to ease its blockade ..." in a lead, then "Earlier, in a
    statement at the ministry, X had called on A, B and C to ease their blockade, warning
    ...": the pluperfect with no day of its own tells again, in full, words the story has
    already dated (the same speaker, much the same words), so their day is that day, not
    "by now". Not a stance held over time ("had long called for"), nor words that share
    little with the dated ones (another saying, set before the story's time): the same verb
    of saying and a few words in common, or else much of the words. Only the
    speaker's last few statements before are looked at."""
    by_speaker: dict[int, list[int]] = {}
    for m in sorted(range(len(statements)), key=lambda k: statements[k].start):
        st = statements[m]
        if st.speaker is None:
            continue
        own = by_speaker.setdefault(id(st.speaker), [])
        when = out[m]
        if (
            not own
            or when.inherited
            or not (when.edtf or "").startswith("..")
            or not _BARE_PLUPERFECT.fullmatch(when.evidence or "")
            or _BACKGROUND.search(when.evidence or "")
            or not _PLUPERFECT_CUE.search(text, max(0, st.cue_at - 24), st.cue_at)
            or not _opens_as_retelling(text, st.cue_at)
        ):
            own.append(m)
            continue
        words = _topic_words(text, st)
        for n in reversed(own[-_RETELL_BACK:]):
            first = out[n]
            if (
                not first.evidence
                or first.inherited
                or not ONE_DAY.fullmatch(first.edtf or "")
                or not (first.edtf or "") <= (when.edtf or "").removeprefix("../")
            ):
                continue
            before = _topic_words(text, statements[n])
            shared = len(words & before)
            # (the same verb of saying, "called on" again: a few words in common are enough;
            # another verb needs the share a summary told again needs)
            if shared >= _SHARED_WORDS and (
                _verb_at(text, st.cue_at) == _verb_at(text, statements[n].cue_at)
                or shared >= _SHARED_SHARE * min(len(words), len(before))
            ):
                out[m] = When(first.edtf, f"told again in full: '{first.evidence}'", inherited=True)
                break
        own.append(m)


_RETELL_BACK = 4  # the speaker's statements before a pluperfect that it may tell again
# "Earlier, in a statement at the ministry, X had called ...": the sentence opens by setting
# what it tells before the story's last news, as a retelling of the lead does ("X had called
# on them last autumn to ...", "In a letter, X had called ...": other, earlier words)
_RETELLING = re.compile(r"\s*(?:Earlier|(?:Hours|Minutes) earlier|Before that)\b")
_RETELL_OPEN_REACH = 240  # characters from the sentence's start to the verb of saying


def _opens_as_retelling(text: str, cue_at: int) -> bool:
    """Whether the sentence of the verb at ``cue_at`` opens on :data:`_RETELLING`."""
    start = max(0, cue_at - _RETELL_OPEN_REACH)
    opened = start == 0
    for m in _SENTENCE_END.finditer(text, start, cue_at):
        start, opened = m.end(), True
    return opened and _RETELLING.match(text, start, cue_at) is not None


_VERB = re.compile(r"[a-z]+", re.I)


def _verb_at(text: str, at: int) -> str:
    m = _VERB.match(text, at)
    return m.group().lower() if m else ""


def _speaks_for(voice: object, body: object) -> bool:
    """Whether the spokesperson's post names the body ("MEA Spokesperson" of the Ministry
    of External Affairs, "Foreign Ministry spokesman" of the Foreign Ministry)."""
    role, name = getattr(voice, "role", None) or "", getattr(body, "name", None) or ""
    role = " ".join(role.split())
    post = _POST_OF_VOICE.sub("", role).strip()  # "MEA", "Foreign Ministry"
    post = post or (getattr(voice, "institution", None) or "").strip()
    acronym = "".join(w[0] for w in re.findall(r"[A-Z][\w'\u2019-]*", name))
    return bool(post and name) and (
        name.lower() in post.lower()
        or re.search(rf"(?:^|\s){re.escape(post.lower())}$", name.lower()) is not None
        or (len(acronym) > 1 and post == acronym)
    )


def _states_in(text: str, spans: Sequence[tuple[int, int]]) -> set[str]:
    """The states the words in ``spans`` name: by name, adjective or capital ("in Tokyo")."""
    found: set[str] = set()
    for a, b in spans:
        found |= _states_named(text[a:b])
        found |= {
            CAPITALS[w.lower()]
            for w in re.findall(r"[A-Z][\w-]*", text[a:b])
            if w.lower() in CAPITALS
        }
    return found


_POST_OF_VOICE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|representative|press secretary)\b|['\u2019]s\b", re.I
)


def _body_told_by_its_voice(text: str, statements: Sequence[Attribution], out: list[When]) -> None:
    """ "The Ministry of External Affairs (MEA) has rejected Pakistan's claims ... In a
    statement on Sunday night, MEA spokesperson X said ...": a body's opening words in the
    perfect, told again at once by its spokesperson with their day, are of that day (as the
    same speaker's words told again are)."""
    ordered = sorted(
        (k for k in range(len(statements)) if statements[k].speaker is not None),
        key=lambda k: statements[k].start,
    )
    if len(ordered) < 2:
        return
    n, m = ordered[:2]
    body, voice = statements[n], statements[m]
    if body.person or not voice.voice or out[m].inherited or not out[m].evidence:
        return
    if not (out[n].evidence.startswith("has ") and (out[n].edtf or "").startswith("..")):
        return
    if _BACKGROUND.search(out[n].evidence):
        return  # "has long insisted", "has repeatedly rejected": a stance, not the day's news
    if not ONE_DAY.fullmatch(out[m].edtf or "") or (out[n].edtf or "")[3:] < (out[m].edtf or ""):
        return
    if not _SENTENCE_END.search(text, body.start, voice.start):
        return
    if not _speaks_for(voice.speaker, body.speaker):
        return
    state = _state_of(body.speaker)
    if state and (_states_in(text, voice.window) | {_state_of(voice.speaker)}) - {state, None}:
        return  # "a Foreign Ministry spokesman in Tokyo": another state's ministry
    told, again = _topic_words(text, body), _topic_words(text, voice)
    if len(told & again) < max(_SHARED_WORDS, _SHARED_SHARE * min(len(told), len(again))):
        return
    out[n] = When(out[m].edtf, f"told again: '{out[m].evidence}'", inherited=True)


# how many statements a story's opening may hold (a headline's, a standfirst's, a lead's)
_OPENING_STATEMENTS = 4
# "the Secretary General had said", "had already told": a saying set before the story's time
_PLUPERFECT_CUE = re.compile(r"\bhad\s+(?:[a-z]+ly\s+|also\s+|already\s+)?$")
# the speaker's own "today" ("Today is a historic day", "today's measures")
_OWN_TODAY = re.compile(r"\btoday\b", re.I)


def _says_the_news_day(
    text: str, st: Attribution, published: date | None, phrases: Sequence[Phrase]
) -> bool:
    """Whether the words said say "today" under a story that told its news, before them, on
    the article's own day ("The UK has today sanctioned ...", "... joined on Tuesday" in
    Tuesday's release): the words are that day's, not those told with an earlier day below."""
    if published is None:
        return False
    if not any(_OWN_TODAY.search(text, a, b) for a, b in st.said):
        return False
    day = published.isoformat()
    return any(
        p.end <= st.start and p.kind in ("today", "weekday") and p.when.edtf == day for p in phrases
    )


# a line of rules between a page's items ("___", "---", "* * *")
_ITEM_RULE = re.compile(
    r"^[ \t]*(?:_{3,}|-{3,}|(?:\*[ \t]*){3,}|(?:\u2022[ \t]*){3,})[ \t]*$", re.M
)


def _item_starts(text: str) -> list[int]:
    """Where each item of a live page or a round-up starts: a time-stamped entry, or a rule
    line between items. Words in one item are not told again in another: each entry is news
    of its own, not a summary of the one below."""
    return sorted([*entry_starts(text), *(m.end() for m in _ITEM_RULE.finditer(text))])


def _within(day: str, span: str) -> bool:
    """Whether the ISO ``day`` lies in the span of days ``span`` ("a/b")."""
    lo, _, hi = span.partition("/")
    return lo <= day <= hi


_RETELL_REACH = 20  # the speaker's statements after a "has said" that may tell it again
# a perfect that tells of a stance held over time, not of the news
_BACKGROUND = re.compile(r"\b(?:long|repeatedly|previously|always|often|consistently|ever)\b")
# "Earlier, X said ...": a time before the article's, which the day of the same remarks
# given next narrows
_VAGUE_BEFORE = frozenset(("earlier", "previously"))
_QUOTED_NEXT_REACH = 700  # characters: the reported words and the quote after them


# (unnamed_posts._SENTENCE_END is a near-twin)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s|\n")


def _topic_words(text: str, st: Attribution) -> set[str]:
    """The words that say what a statement is about, less those any statement may hold."""
    return content_words(" ".join(text[a:b] for a, b in st.said)) - _COMMON


# how much of what a "has said" sums up must come again in a later telling to be the same words
_SHARED_WORDS = 3
_SHARED_SHARE = 0.4
_COMMON = frozenset((
    "would", "could", "should", "also", "any", "get", "got", "said", "says", "can", "may",
    "might", "must", "all", "one", "two", "more", "new", "our", "their", "his", "her", "they",
    "there", "been", "were", "had", "was", "not", "but", "very",
))  # fmt: skip


def _aired_on(text: str, st: Attribution, when: When) -> bool:
    """Whether the statement's own day is the day its interview or article went out."""
    if not when.evidence or not ONE_DAY.fullmatch(when.edtf or ""):
        return False
    # (the day's own words, where the evidence names the rule that found them: "at the
    # occasion the words end on: 'on Sunday'", of "in an interview that aired on Sunday")
    quoted = re.search(r"'([^']+)'$", when.evidence)
    went_out = re.compile(
        # ("shown on Friday", "posted on Friday": as "aired" and "published" say)
        r"\b(?:aired|broadcast|published|released|televised|screened|shown|posted|printed)\s+"
        + re.escape(quoted[1] if quoted else when.evidence)
    )
    return any(went_out.search(text, a, b) for a, b in (*st.window, *st.reported[-1:]))


# "conducted on March 7", "recorded Thursday", "taped a day earlier": when an interview was
# given, which the day it went out may follow
_RECORDED = re.compile(r"\b(?:conducted|recorded|taped|filmed|held|given|granted)\s+$")


def _recorded_on(
    text: str, st: Attribution, phrases: Sequence[Phrase], starts: Sequence[int]
) -> When | None:
    """ "In an interview conducted on March 7 and published on Monday, X said": the day
    the attribution gives the interview was given, before the one it went out."""
    for a, b in st.window:
        for p in phrases[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]:
            if ONE_DAY.fullmatch(p.when.edtf or "") and _RECORDED.search(
                text, max(a, p.start - 12), p.start
            ):
                return When(p.when.edtf, f"recorded {p.when.evidence}")
    return None


def _recorded_before(
    text: str, st: Attribution, phrases: Sequence[Phrase], starts: Sequence[int]
) -> When | None:
    """ "In an interview recorded on Monday ..., X said ..." then '"...," X said in the
    interview, which aired on Tuesday': the day the story told the interview was recorded,
    a few date phrases before the words."""
    if not any(_IN_THE_INTERVIEW.search(text, a, b) for a, b in st.window):
        return None
    k = bisect.bisect_left(starts, st.start)
    for p in reversed(phrases[max(0, k - _RECORDED_REACH) : k]):
        if (
            ONE_DAY.fullmatch(p.when.edtf or "")
            and _RECORDED.search(text, max(0, p.start - 12), p.start)
            and _INTERVIEW_NOUN.search(text, max(0, p.start - 80), p.start)
        ):
            return When(p.when.edtf, f"recorded {p.when.evidence}", inherited=True)
    return None


_RECORDED_REACH = 4  # date phrases back to the one telling when the interview was recorded
_IN_THE_INTERVIEW = re.compile(r"\b(?:in|during)\s+the\s+interview\b")
_INTERVIEW_NOUN = re.compile(r"\binterview\b", re.I)


# "told the paper in an interview published on Sunday", "в интервью газете, опубликованном в
# понедельник": an interview is given before it is printed, so the day it came out bounds
# the words from above (as a "soon to be published" interview is before the dateline); a
# statement published on a day is that day's words, and an interview aired that day may
# have gone out live
_INTERVIEW_PUBLISHED = re.compile(
    r"(?:\binterview|интервью)[^.;!?\n]{0,80}?"
    r"(?:\b(?:published|printed)|опубликованн\w*|вышедш(?:ем|ее|его)(?!\s+в\s+эфир)|"
    r"вышло(?!\s+в\s+эфир)|увидевш\w*\s+свет)"
    r"\s+(?:on\s+|last\s+|earlier\s+|во?\s+)?$",
    re.I,
)


_INTERVIEW = re.compile(r"\s*(?:\binterview\b|интервью)", re.I)
# "in an interview", "in an exclusive interview with ...": an interview first told here
_AN_INTERVIEW = re.compile(r"\ban\s+(?:[\w-]+\s+){0,2}?interview\b", re.I)
# "в опубликованном во вторник интервью": the participle before the day, the noun after it
_PUBLISHED = re.compile(r"(?:\bpublished|опубликованн\w*|вышедш\w*)\s+(?:on\s+|во?\s+)?$", re.I)


def came_out_before(
    ctx: DatedText, statements: Sequence[Attribution], order: Sequence[int], out: list[When]
) -> None:
    """Words dated to the day their interview came out, on or before it instead (in text
    ``order``; words carrying on others, or the speaker's words just before, with that day,
    take theirs: "Pashinyan also said ..." after the interview's quotes)."""
    last: dict[int, When] = {}  # by speaker: the day of the words just dated
    for n in order:
        st, when = statements[n], out[n]
        if st.turn:
            continue
        before = out[st.continues] if st.continues is not None and st.continues < n else None
        if before is None and when.inherited and st.speaker is not None:
            before = last.get(id(st.speaker))
        if (
            before is not None
            and before.edtf == f"../{when.edtf}"
            # ("X has repeatedly expressed a wish to ... 'Quote,' X told reporters": a
            # perfect's "by now" is no bound the words told on a day of their own take)
            and (st.continues is not None or not _PERFECT_EVIDENCE.match(before.evidence))
        ):
            out[n] = When(before.edtf, before.evidence, inherited=True)
        elif st.continues is None or st.continues >= n:
            out[n] = _interview_came_out(ctx, st.cue_at, when)
        if st.speaker is not None and not getattr(st, "background", False):
            # ("X, who pressed for ... , said ...": words told in passing in a relative
            # clause, said before, are no day the words after carry on; the Russian
            # reader marks no such clause)
            last[id(st.speaker)] = out[n]


def _interview_came_out(ctx: DatedText, cue_at: int, when: When) -> When:
    """``when``, or on or before it when it is the day the speaker's interview came out: told
    in the attribution's sentence, in the one before for a day carried over from it ("X
    said in an interview published on Sunday ... 'We ...,' X told the paper."), or in one
    after that places the words ("She expressed this in an interview published on Friday.")."""
    sentence = ctx.sentence_at(cue_at)
    if sentence is None or (when.evidence and not ONE_DAY.fullmatch(when.edtf or "")):
        return when
    start = sentence[0]
    # ("..., Kishida said in the interview.": the one just told, with no day of its own)
    # ("Tusk told the newspaper in an interview that ...": "an" brings in an interview of
    # its own, not the one the sentence before told the day of)
    carried = when.inherited or (
        not when.evidence
        and _INTERVIEW.search(ctx.text, sentence[0], sentence[1]) is not None
        and _AN_INTERVIEW.search(ctx.text, sentence[0], sentence[1]) is None
    )
    before = ctx.sentence_before(sentence[0]) if carried else None
    if before is not None:
        start = before[0]
    end = sentence[1]
    after = ctx.sentence_after(sentence[1] - 1) if when.inherited else None
    if after is not None and ctx.told_back_between(*after):
        end = after[1]  # "She expressed this in an interview published on Friday."
    for p in ctx.phrases_between(start - 1, end):
        # (words given no day at all: the day their interview came out is the only one told)
        same = p.when.edtf == when.edtf or (
            not when.evidence and ONE_DAY.fullmatch(p.when.edtf or "")
        )
        if same and (
            _INTERVIEW_PUBLISHED.search(ctx.text, max(start, p.start - 120), p.start)
            or (
                _PUBLISHED.search(ctx.text, max(start, p.start - 30), p.start)
                and _INTERVIEW.match(ctx.text, p.end)
            )
        ):
            return When(f"../{p.when.edtf}", f"interview published {p.when.evidence}", True)
    return when


def _within_its_item(
    ctx: DatedText, sections: Sequence[tuple[int, date]], pos: int, when: When | None
) -> When | None:
    """The day of words at ``pos`` in a digest: a day carried from words of an earlier item
    ("TUESDAY, JULY 2 ... Tokayev called ..." over "THURSDAY, JULY 4 ... Opening the meeting,
    Tokayev said") is of that item's occasion, so the item's dateline dates these; a day
    their own item tells ("held talks on the 11th. X said ...") stays."""
    item = _section_day(sections, pos)
    if when is None or item is None:
        return when or item
    k = bisect.bisect_right(sections, pos, key=lambda s: s[0]) - 1
    carried = (
        when.inherited
        and ONE_DAY.fullmatch(when.edtf or "")
        and (when.edtf or "") < (item.edtf or "")
        and not any(p.when.edtf == when.edtf for p in ctx.phrases_between(sections[k][0], pos))
    )
    return item if carried else when


def _section_day(sections: Sequence[tuple[int, date]], pos: int) -> When | None:
    """The day of the digest item holding ``pos``: its dateline's (``sections`` in order)."""
    k = bisect.bisect_right(sections, pos, key=lambda s: s[0]) - 1
    return When(sections[k][1].isoformat(), _ITEM_DATELINE) if k >= 0 else None


_ITEM_DATELINE = "the item's dateline"


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


_STOP = re.compile(r"[.?!] ")  # a sentence's stop and the space after it
_SEARCHES_KEPT = 100_000  # DatedText.search's answers kept at most (then forgotten)


class DatedText:
    """The article's sentences and date phrases, indexed for look-ups by position (English and
    Russian dating share it)."""

    def __init__(
        self, text: str, sentences: Sequence[tuple[int, int]], phrases: list[Phrase]
    ) -> None:
        self.text = text
        self.sentences = sorted(sentences)
        self._sentence_starts = [a for a, _ in self.sentences]
        self.phrases = phrases
        self.phrase_starts = [p.start for p in phrases]  # the phrases' starts, in order
        self.last_by_speaker: dict[int, int] = {}
        # a speaker's last words told as a document's content ("a statement in which ...")
        self.last_document: dict[int, int] = {}
        self._mentions: dict[str, list[tuple[int, int]]] = {}
        self.told: list[Phrase] = []  # days in reported words (set by date_statements)
        self.told_starts: list[int] = []
        self.said_spans = Spans()  # reported words (Russian dating)
        self.inner: list[Phrase] = []  # every day phrase, quotations too (Russian dating)
        self.heads: list[tuple[int, date]] = []  # a round-up's day heads (Russian dating)
        self._remarks = [m.start() for m in _MADE_REMARKS.finditer(text)]
        self._told_back = sorted(self._remarks + [m.start() for m in _WAS_SPEAKING.finditer(text)])
        # where each statement starts, in order, and its index (set by date_statements)
        self.statement_starts: list[int] = []
        self.statement_order: list[int] = []
        # a speaker's places at dated events, by the speaker's id (Russian dating's look-up)
        self.events_placed: dict[int, tuple[list[int], list[When]]] = {}
        # the date phrases in the sentences naming a speaker, by the speaker's id (Russian
        # dating's look-up), with their starts
        self.phrases_naming: dict[int, tuple[list[int], list[Phrase]]] = {}
        # days' possessives ("Friday's summit"): the days of the things they name
        self.possessive_days: list[Phrase] = []
        self.possessive_ends: list[int] = []
        self.published: date | None = None  # the page's day (set by date_statements)
        # where each section of a week's digest starts, below its heading (see week_sections)
        self.sections: list[int] = []
        # what is known of a date phrase whatever words come after it, by its start: asked
        # again for every statement after it, so a paragraph of thousands is read once each
        self.not_a_day: dict[int, bool] = {}  # see _not_a_day_reached
        self.main_clause_days: dict[int, bool] = {}  # see _a_day_reached
        # where the clause holding a position opens, by (clause start, position): asked of
        # each date phrase again for every statement after it, reading up to _CLAUSE_REACH
        self._open_clauses: dict[tuple[int, int], int | None] = {}
        self._stops: list[int] | None = None  # see stop_between
        # the last search of a pattern up to an end: (where it began, what it found), by the
        # pattern's id (a pattern's own hash reads its whole compiled code) and the end
        self._searched: dict[tuple[int, int], tuple[int, re.Match[str] | None]] = {}

    def open_clause(self, clause_start: int, pos: int) -> int | None:
        """:func:`_open_clause` in this text, each clause start and position read once."""
        key = (clause_start, pos)
        if key not in self._open_clauses:
            self._open_clauses[key] = _open_clause(self.text, clause_start, pos)
        return self._open_clauses[key]

    def subordinate(self, clause_start: int, pos: int) -> bool:
        """:func:`subordinate` in this text."""
        return self.open_clause(clause_start, pos) is not None

    def relative_clause(self, clause_start: int, pos: int) -> bool:
        """:func:`relative_clause` in this text."""
        return _opens_relative(self.text, self.open_clause(clause_start, pos))

    def search(self, pattern: re.Pattern[str], start: int, end: int) -> re.Match[str] | None:
        """``pattern.search(self.text, start, end)``. Each statement's checks search the rest
        of its sentence, to the same end, from where its words stop: a search begun earlier
        that found nothing, or found a match at or after ``start``, has the answer (every
        place it tried before that failed, and whether a place matches does not depend on
        where the search began). ``pattern`` is a module's, kept for the run."""
        key = (id(pattern), end)
        known = self._searched.get(key)
        if known is not None and known[0] <= start:
            found = known[1]
            if found is None or found.start() >= start:
                return found
        if len(self._searched) >= _SEARCHES_KEPT:
            self._searched.clear()
        found = pattern.search(self.text, start, end)
        self._searched[key] = (start, found)
        return found

    def stop_between(self, start: int, end: int) -> int | None:
        """Where the last ". ", "? " or "! " wholly in ``[start, end)`` stands (found once for
        the text: searched back from each statement of a line of thousands was quadratic)."""
        if self._stops is None:
            self._stops = [m.start() for m in _STOP.finditer(self.text)]
        i = bisect.bisect_right(self._stops, end - 2) - 1
        return self._stops[i] if i >= 0 and self._stops[i] >= start else None

    def mentions_before(self, name: str, pos: int, last: int) -> list[tuple[int, int]]:
        """The last ``last`` matches of the word pattern ``name`` that start before ``pos``
        (each pattern's matches found once, so a long text stays linear)."""
        found = self._mentions.get(name)
        if found is None:
            found = [m.span() for m in re.finditer(rf"\b(?:{name})\b", self.text, re.I)]
            self._mentions[name] = found
        i = bisect.bisect_left(found, (pos, -1))
        return found[max(0, i - last) : i]

    def sentence_at(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and pos < self.sentences[i][1]:
            return self.sentences[i]
        return None

    def sentence_after(self, pos: int) -> tuple[int, int] | None:
        """The first sentence that starts after ``pos``."""
        i = bisect.bisect_right(self._sentence_starts, pos)
        return self.sentences[i] if i < len(self.sentences) else None

    def sentence_before(self, pos: int) -> tuple[int, int] | None:
        """The last sentence that ends at or before ``pos``."""
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        while i >= 0 and self.sentences[i][1] > pos:
            i -= 1
        return self.sentences[i] if i >= 0 else None

    def remarks_between(self, start: int, end: int) -> list[int]:
        """Where "made the remarks" and the like stand in ``[start, end)``."""
        i = bisect.bisect_left(self._remarks, max(start, 0))
        j = bisect.bisect_left(self._remarks, end)
        return self._remarks[i:j]

    def told_back_between(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` places words told before it: "made the remarks", "was
        speaking at"."""
        i = bisect.bisect_left(self._told_back, max(start, 0))
        return i < len(self._told_back) and self._told_back[i] < end

    def phrases_before(self, end: int, last: int) -> list[Phrase]:
        """The last ``last`` date phrases that start before ``end``."""
        j = bisect.bisect_left(self.phrase_starts, end)
        return self.phrases[max(0, j - last) : j]

    def phrases_between(self, start: int, end: int) -> list[Phrase]:
        """Date phrases that start in ``(start, end)``."""
        i = bisect.bisect_right(self.phrase_starts, start)
        j = bisect.bisect_left(self.phrase_starts, end)
        return self.phrases[i:j]


class _Attributed(Protocol):
    """What OtherSpeakersWindows reads of a statement (the English or the Russian
    Attribution)."""

    speaker: object | None
    window: Sequence[tuple[int, int]]
    person: bool


class OtherSpeakersWindows:
    """The attribution words of the statements, looked up by position (sorted by start, with
    the longest window bounding how far back to look), so that asking for every statement
    costs no pass over all the others."""

    def __init__(self, statements: Sequence[_Attributed]) -> None:
        self.windows = sorted(
            (
                (a, b, o.speaker, o.person)
                for o in statements
                if o.speaker is not None
                for a, b in o.window
            ),
            key=lambda w: w[0],
        )
        self.starts = [w[0] for w in self.windows]
        self.longest = max((w[1] - w[0] for w in self.windows), default=0)

    def hold(self, pos: int, speaker: object, people_only: bool) -> bool:
        """Whether ``pos`` stands in the attribution of someone other than ``speaker`` (with
        ``people_only``, of another person: a body's statement is what its voice then speaks
        for, "The coast guard said in a statement on Monday ... Its spokesman said")."""
        lo = bisect.bisect_left(self.starts, pos - self.longest)
        hi = bisect.bisect_right(self.starts, pos)
        return any(
            pos < b and s is not speaker and (person or not people_only)
            for _, b, s, person in self.windows[lo:hi]
        )

    def not_reached_for(self, ctx: DatedText, st: Attribution) -> Callable[[str, int, int], bool]:
        """What does not date the paragraph for ``st``'s words: a subordinate clause, and a
        day inside another speaker's attribution that does not open its sentence ("Lavrov told
        a forum in Antalya on Friday that ... Macron called the vote ...": the day Lavrov
        spoke, not one the story reached for Macron). Not when ``st``'s own attribution puts
        the words at an occasion ("X said on Saturday ... His deputy said after the meeting
        ...": the one the paragraph told of)."""
        if any(
            ctx.search(_AT_A_GATHERING, a, b) or ctx.search(_OCCASION_NAMED, a, b)
            for a, b in st.window
        ):
            return subordinate

        def not_reached(text: str, clause_start: int, pos: int) -> bool:
            return ctx.subordinate(clause_start, pos) or (
                self.hold(pos, st.speaker, people_only=st.voice)
                and not _DAY_OPENS.match(text, clause_start, pos)
            )

        return not_reached


# a day first in its sentence ("On Saturday, ...", "Late on Monday ..."): the story's time
_DAY_OPENS = re.compile(r"\s*(?:(?:And|But|Then|Also|Late|Early|Later)\s+)?(?:[Oo]n\s+)?$")


def subordinate(text: str, clause_start: int, pos: int) -> bool:
    """Whether ``pos`` stands in a clause opened after ``clause_start`` by a relative or time
    word and not yet closed by punctuation."""
    return _open_clause(text, clause_start, pos) is not None


_CLAUSE_REACH = 1000  # characters


def _open_clause(text: str, clause_start: int, pos: int) -> int | None:
    """Where the relative or time clause that holds ``pos`` opens, if any (one opened within
    _CLAUSE_REACH before it: a sentence of thousands of words was read from its start for
    each of its date phrases)."""
    opener = None
    clause_start = max(clause_start, pos - _CLAUSE_REACH)
    for m in _SUBORDINATE.finditer(text, clause_start, pos + 40):  # room to look ahead
        if m.end() > pos:
            break
        if READER_FRAME.fullmatch(text, clause_start, m.start()):
            continue  # "It bears to remind that X spoke on 1 March": the story's own clause
        opener = m
    if opener is None:
        opener = _background_frame(text, clause_start, pos)
    if opener is None or _clause_closed(text, opener.end(), pos):
        return None
    return opener.start()


def _background_frame(text: str, clause_start: int, pos: int) -> re.Match[str] | None:
    """The "that" of a frame turning to the reader, passed over above, when the clause after
    it tells no words: "It should be recalled that Tokayev paid a state visit to China on 17
    May last year" is old background, whose day is no occasion of the words told below
    (not "It bears to remind that Tokayev commented on the situation at the congress on 1
    March": the occasion of the words quoted next). Only the first opener of the clause can
    have been passed over; none is found when no opener was passed."""
    first = _SUBORDINATE.search(text, clause_start, pos + 40)
    if first is None or first.end() > pos:
        return None
    end = min(len(text), first.end() + 250)
    if _FRAME_TELLS_WORDS.match(text, first.end(), end) and not _FRAME_MEETING.match(
        text, first.end(), end
    ):
        return None
    return first


# a verb of speaking in the clause a reader's frame opens, up to the end of its sentence
_FRAME_TELLS_WORDS = re.compile(rf"[^.;\n]*?\b{FRAME_TELLS_WORDS}\b")
# a meeting of two, the clause's subjects joined by "and": "It will be recalled that Blinken
# and Lavrov last spoke face to face ... on March 2 last year" tells of their talk, no words
# quoted below (those are today's), however "spoke" reads; not "X and Y spoke to reporters"
_FRAME_MEETING = re.compile(
    r"[^.;\n]*?\band\s+(?:[A-Z][\w.'\u2019-]*\s+){1,4}(?:(?:last|first|also|had|have|"
    r"once|previously|briefly|then)\s+){0,2}(?:spoke|spoken|talked)\s+(?:with(?!\s+(?:the\s+)?"
    r"(?:reporters|journalists|press|media)\b)|to\s+(?:each\s+other|one\s+another)\b|"
    r"face[\s-]+to[\s-]+face|by\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone|in\s+person)"
)


def _clause_closed(text: str, start: int, pos: int) -> bool:
    """Whether a comma, a dash or a bracket closes the clause opened at ``start`` before
    ``pos``; a bracket closed again inside it ("who is chairing the meeting (AMM) this
    week") is an aside of the clause."""
    at = start
    while (close := _CLAUSE_CLOSE.search(text, at, pos)) is not None:
        shut = text.find(")", close.end(), pos) if close.group() == "(" else -1
        if shut < 0:
            return True
        at = shut + 1
    return False


def _issued_thing(text: str, cue_at: int, p: Phrase) -> bool:
    """ "dismissed a statement issued on Friday by ...", "condemned the attack carried out on
    Sunday": the day a thing the words are about was issued or done (not "said in a statement
    issued on Friday", the speaker's own)."""
    return (
        p.start > cue_at
        and (
            ISSUED_ON.search(text, max(cue_at, p.start - 30), p.start) is not None
            or THING_DONE_ON.search(text, max(cue_at, p.start - 80), p.start) is not None
        )
        and not IN_OWN_MEDIUM.match(text, cue_at)
        and not _OWN_MEDIUM_ISSUED.search(text, max(cue_at, p.start - 80), p.start)
    )


# "called it a betrayal in a statement issued on Friday": the speaker's own statement, put
# after what it said, and its day
_OWN_MEDIUM_ISSUED = re.compile(
    r"\bin\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu\u00e9|"
    r"communique|release|post|message|letter)\s+(?:issued|released|published|posted|put out)"
    r"\s+(?:on\s+|late\s+|early\s+)?$"
)


def _relayed_by_another(text: str, st: Attribution, a: int, p: Phrase) -> bool:
    """Whether a report's verb or "as reported by" just before ``p`` is another's relay,
    not the verb that gives the statement itself."""
    m = _RELAY_BEFORE.search(text, max(a, p.start - 80), p.start)
    return m is not None and m.start() != st.cue_at


def _own(
    text: str,
    st: Attribution,
    phrases: list[Phrase],
    starts: list[int],
    ref: date | None,
    said_spans: Spans,
) -> When | None:
    """A date phrase of the attribution itself, the one nearest its verb (``starts``: where
    each phrase starts, in order; ``said_spans``: the words said, whose verbs are not the
    speaker's)."""
    found = [
        (abs(p.start - st.cue_at), p)
        for a, b in st.window
        for p in phrases[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]
        if _own_clause(text, min(a, st.cue_at), p.start, st.cue_at)
        and (p.kind != "days_after" or _after_saying(text, p, st.cue_at))
        and not (p.end <= st.cue_at and _CAME_AS.search(text, p.end, st.cue_at))
        # "..., as reported by the Financial Times on Sunday": the report's day
        # (not the statement's own "reported": "The IAEA reported on Wednesday that ...")
        and not (p.start > st.cue_at and _relayed_by_another(text, st, a, p))
        # "..., a claim Islamabad has rejected": another's perfect on the words, not their day
        and not (
            p.start > st.cue_at
            and _PERFECT_WORD.match(text, p.start)
            and _ANSWERED_CLAIM.search(text, max(a, p.start - 60), p.start)
        )
        # "told reporters following his nomination the previous day": the day before the
        # words is the nomination's; they came after it
        and not (
            p.kind == "day_before" and _AFTER_THING.search(text, max(a, p.start - 60), p.start)
        )
        # "he said of 24 February 2022", "spoke of the events of 9 May 1945": the day talked
        # of, not the talking's
        and not _SAID_OF.search(text, max(a, p.start - 60), p.start)
        and not (
            p.end <= st.cue_at
            and _THAT_NEXT.match(text, p.end)
            and _NOUN_OF_SAYING_BEFORE.search(text, max(a, p.start - 60), p.start)
        )
        # "told reporters when asked about the phone call held Thursday evening": the day of
        # the thing asked about, not of the answer
        and not _asked_about(text, max(a, p.start - _ASKED_REACH), p)
        and not (p.start > st.cue_at and _day_of_the_event_told(text, p))
        # "condemns the appalling killing on Wednesday night of two diplomats": a day inside
        # the noun phrase of the act the words are about is the act's
        and not (p.start > st.cue_at and _inside_an_act_noun(text, p, object_only=True))
        # "Regarding the envoy's visit on Wednesday and Thursday, the spokesman said": the
        # topic set before the clause, and its day, are what was talked about
        and not _in_topic_front(text, a, p, st.cue_at)
        # "X will meet Y in Moscow Monday, saying ...": the day of a plan told before the
        # verb is the plan's
        and not (p.end <= st.cue_at and _FUTURE_BEFORE.search(text, max(a, p.start - 80), p.start))
        and not _SET_FOR.search(text, max(0, p.start - 40), p.start)
        and not _issued_thing(text, st.cue_at, p)
        and not _across_a_joined_perfect(text, p, st.cue_at)
        and not _perfect_of_the_clause_before(text, p, st.cue_at)
        and not _first_speakers_day(text, p, st.cue_at)
        # "The leaders on Friday adopted a statement, which May said sent ...": the day of
        # the main clause's deed, not of the saying told in the relative clause after it
        and not (p.end <= st.cue_at and _SAYER_IN_RELATIVE.search(text, p.end, st.cue_at))
        and not _main_clause_before_whose(text, st, a, p)
        and not _opens_a_joined_clause(text, p, st.cue_at)
        and not (
            p.start > st.cue_at
            and _PARTICIPLE_THEN_PERFECT.search(text, st.cue_at, p.start) is not None
        )
    ]
    # "she stated, according to a statement issued by the ministry on Tuesday": the day the
    # document relaying the words came out; when the words were said on an occasion of
    # their own (a speech, a forum, an interview), it only bounds them, unless that
    # occasion's own sentence gives its day
    relayed = [
        p
        for a, b in st.window
        for p in phrases[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]
        if _relayed_by_document(text, st.cue_at, p)
    ]
    if relayed:
        own_occasion = _own_occasion_before(text, st.cue_at, said_spans)
        if own_occasion is not None:
            found = [f for f in found if f[1] not in relayed]
            if not found:
                return _occasion_or_bound(phrases, starts, own_occasion, relayed[0])
    # "hailed the decision that night as ...": the naming verb's day, where the words begin
    found += [
        (abs(p.start - st.cue_at), p)
        for a, b in st.said[:1]
        for p in phrases[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, min(b, a + 90))]
        if _named_thing_day(text, p)
    ]
    # "In a letter dated March 3 and released on Thursday, X told ...", "said in a statement
    # dated Oct. 6 and carried on Monday": the day the speaker's document bears is the day of
    # its words; the day it was released, seen or carried came after
    documents = [
        f
        for f in found
        if _DATED.search(text, max(0, f[1].start - 60), f[1].start)
        and (f[1].end <= st.cue_at or IN_OWN_MEDIUM.match(text, st.cue_at))
        and ONE_DAY.fullmatch(f[1].when.edtf or "")
    ]
    if documents:
        return min(documents, key=lambda f: f[0])[1].when
    # ("the first response to X's statement on May 2 that ...": another's reaction, told
    # before the attribution's own words, does not make X's words a reaction)
    floor = min((a for a, _ in st.window), default=0)
    answered = [f for f in found if _answered(text, f[1], floor)]
    found = [f for f in found if not _answered(text, f[1], floor)]
    if answered and not found and ONE_DAY.fullmatch(answered[0][1].when.edtf or ""):
        return _after_answered(min(answered, key=lambda f: f[0])[1], ref)
    if found:
        best = min(found, key=lambda f: f[0])[1]
        days = [
            f
            for f in found
            if (
                f[1].kind in _DAY_KINDS
                # "He had told the broadcaster the day before that ...": counted from the day
                # the story named, not "the day before the vote"
                or (f[1].kind in _COUNTED_KINDS and _COUNTED_END.match(text, f[1].end))
            )
            and ONE_DAY.fullmatch(f[1].when.edtf or "")
        ]
        # "had told X in a phone call in October": a month, week or year the clause gives
        named = days or [f for f in found if f[1].kind in _PERIOD_KINDS]
        if best.kind == "earlier" and (_PERFECT_WORD.match(text, best.start) and named or days):
            # "has called for ... in a statement on Tuesday": the perfect of a lead whose
            # own words give the day; "had earlier described it as ... on Wednesday night":
            # "earlier" says only before, the clause's day says when
            best = min(named, key=lambda f: f[0])[1]
        day = min(days, key=lambda f: f[0])[1] if days else None
        if (
            day is not None
            and best.kind == "in_year"
            and _YEAR.fullmatch(best.when.edtf or "")
            and not _VERB_IN_YEAR.fullmatch(text, st.cue_at, max(st.cue_at, best.start))
            and not best.start < st.cue_at < day.start
        ):
            # "issued a statement Wednesday, marking the anniversary of the summit in 2004,
            # in which he demanded", "said at the board meeting on the results of work in
            # 2017 on 7 February": a bare year in the clause dates what the words are about;
            # the day the clause also gives is when they were said (not "said in 2015, days
            # after the attacks on November 13", nor "In 2015, X said ... on November 13":
            # the saying's own year)
            best = day
        explicit = [
            p
            for _, p in found
            if p.kind in ("md", "dm") and min(abs(p.start - best.end), abs(best.start - p.end)) <= 3
        ]
        return (explicit[0] if best.kind == "weekday" and explicit else best).when
    lead = max((a for a, _ in st.window if a <= st.cue_at), default=None)
    if lead is not None and ref is not None and _PERFECT.search(text, lead, st.cue_at):
        return When(f"../{ref.isoformat()}", "has " + text[st.cue_at : st.cue_at + 20].split()[0])
    if lead is not None and ref is not None and _PARTICIPLE.match(text, st.cue_at):
        # "X had led the reaction by hinting at ... and asking Y to ...", "X has been critical
        # of Y, saying ...": a participle of a main verb in the perfect tells words said on
        # or before the story's day
        perfect = next(
            (
                m
                for m in _HAD_DONE.finditer(text, lead, st.cue_at)
                # ("The islands have been ours for centuries, X said, adding that ...": a
                # perfect in the words said, not the verb the participle hangs on)
                if not _in_quote_marks(text, lead, m.start())
                and m.start() not in said_spans
                # ("Asked whether a date had been set, X declined ..., saying": the
                # question's tense, not the verb the participle hangs on)
                and not _IN_QUESTION_PUT.search(text, lead, m.start())
                # ("Oman, which has been mediating between them, condemned the strikes, with
                # its ministry saying": the perfect of a clause about the subject, not of the
                # verb the participle hangs on)
                and not _IN_RELATIVE_CLAUSE.search(text, lead, m.start())
            ),
            None,
        )
        if perfect:
            return When(f"../{ref.isoformat()}", perfect.group())
    return None


# "..., according to a statement issued by the ministry on", "as quoted in a transcript
# released late", "according to the office's readout published by state media on": a
# document that relays words, and the participle of its coming out, right before a day
_RELAYING_DOCUMENT = re.compile(
    r"\b(?:according\s+to|as\s+(?:quoted|cited|stated|reported)\s+in)\s+(?:a|an|the|its|his|"
    r"her|their)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:statement|press\s+release|release|readout|"
    r"read-out|transcript|communiqu\u00e9|communique|note|bulletin)\s+(?:issued|released|"
    r"published|posted|put\s+out|circulated|distributed|made\s+public)\s+"
    r"(?:by\s+[^,;:.!?\"\u201c\u201d\n]{1,100}?\s+)?(?:on\s+|late\s+|early\s+|last\s+)?$"
)
# how far before a day such a document's name may start
_RELAYING_REACH = 200
# the evidence of words bounded by the day of the document relaying them
_RELAYED_EVIDENCE = "relayed by a document of"
# "in her speech at the General Assembly", "during a forum in Jakarta", "at his meeting with
# X": an occasion of the words' own, where they were said, other than the document relaying
# them (not "in a statement": the document itself; not "in a call for ...": no occasion)
_WORDS_OWN_OCCASION = re.compile(
    r"\b(?:in|at|during|while\s+addressing|on\s+the\s+sidelines\s+of)\s+(?:(?:a|an|the|his|her|"
    r"their|its)\s+)?(?:[\w'\u2019-]+\s+){0,4}?(?:speech|address|remarks|keynote|lecture|"
    r"forum|meeting|talks|conference|summit|session|assembly|interview|debate|dialogue|"
    r"symposium|seminar|roundtable|round-table)\b"
)
# how far back (within the story) such an occasion may be told: the lead and a paragraph
_OCCASION_REACH = 800


def _relayed_by_document(text: str, cue_at: int, p: Phrase) -> bool:
    """Whether the day ``p``, after the verb at ``cue_at``, is the day a document relaying the
    words came out ("..., she stated, according to a statement issued by the ministry on
    Tuesday"), not the day of the saying."""
    return (
        p.start > cue_at
        and _RELAYING_DOCUMENT.search(text, max(cue_at, p.start - _RELAYING_REACH), p.start)
        is not None
    )


def _own_occasion_before(text: str, cue_at: int, said_spans: Spans) -> re.Match[str] | None:
    """The nearest occasion of the words' own ("said in her speech at the General Assembly")
    told before the verb at ``cue_at`` in the story's own words (not in words said), within
    the lead and the paragraph before; None when none is told."""
    lo = max(0, cue_at - _OCCASION_REACH)
    found = None
    for m in _WORDS_OWN_OCCASION.finditer(text, lo, cue_at):
        if m.start() not in said_spans:
            found = m
    return found


def _occasion_or_bound(
    phrases: list[Phrase], starts: list[int], occasion: re.Match[str], relayed: Phrase
) -> When:
    """The day of words said at ``occasion`` and relayed by a document that came out on the
    day of ``relayed``: the occasion's own day when its sentence gives one ("in his meeting
    with X in Brussels today"), else on or before the document's day."""
    text = occasion.string
    a = max(text.rfind(".", 0, occasion.start()), text.rfind("\n", 0, occasion.start())) + 1
    b = len(text)
    for stop in (".", "\n"):
        at = text.find(stop, occasion.end())
        if 0 <= at < b:
            b = at
    for p in phrases[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]:
        if ONE_DAY.fullmatch(p.when.edtf or ""):
            return When(p.when.edtf, f"occasion: '{p.when.evidence}'")
    day = relayed.when.edtf or ""
    if ONE_DAY.fullmatch(day):
        return When(f"../{day}", f"{_RELAYED_EVIDENCE} '{relayed.when.evidence}'")
    return relayed.when


# "..., which British Prime Minister Theresa May said": a relative clause's own subject
# right before its verb of saying (or the verb too)
# ", who used his appearance at the conference to accuse ...": the speaker's relative clause
# holding the verb, after a main clause of others
_WHO_CLAUSE_TO_THE_VERB = re.compile(r",\s+who\s+[^;:.!?\"\u201c\u201d]{1,200}$")
# "the shock of a speech by X", "remarks from X": the main clause reacts to X's words (not
# "met X, who told him ...", at the meeting)
_WORDS_BY = re.compile(
    r"\b(?:speech|remarks|address|comments|interview|statement|words|post)\s+(?:by|from|of)\s+"
)
_WORDS_BY_WHO = re.compile(
    _WORDS_BY.pattern + r"[^,;:.!?\"\u201c\u201d]{1,80},\s+who\s+[^;:.!?\"\u201c\u201d]{1,200}$"
)


def _main_clause_before_whose(text: str, st: Attribution, start: int, p: Phrase) -> bool:
    """ "European leaders spent Saturday absorbing a speech by X, who used it to accuse
    ...": the day is the main clause's, whose subject is others reacting to X's words; X,
    named after it and speaking in the relative clause, said them at his speech, not that
    day."""
    if p.end > st.cue_at:
        return False
    who = _WHO_CLAUSE_TO_THE_VERB.search(text, max(p.end, st.cue_at - _WHO_REACH), st.cue_at)
    if who is None:
        return False
    words_by = _WORDS_BY.search(text, max(p.end, who.start() - _WHO_REACH), who.start())
    return (
        words_by is not None
        and any(words_by.end() <= q < who.start() for q in st.speaker_at)
        and not any(start <= q < p.start for q in st.speaker_at)
    )


# "..., he told NBC, echoing a line Blinken had used on Sunday": a participle's object, then
# a clause in the perfect of its own whose day it is (the line's first use, not the words')
_PARTICIPLE_THEN_PERFECT = re.compile(
    r",\s+[a-z]+ing\s+[^,;:.!?\"\u201c\u201d]{1,80}?\s(?:had|has|have)\s+(?:[a-z]+\s+){0,2}?"
    r"[a-z]+\s+$"
)
# "..., and on Sunday he wrote ...", "but on Friday Sunak told ...": a day opening a clause
# joined after the verb's, a subject of its own right after it
_JOINED_BEFORE_DAY = re.compile(r",\s+(?:and|but)\s+$")
_SUBJECT_AFTER_DAY = re.compile(
    r",?\s+(?:(?:he|she|they|it)\s+|(?:[A-Z][\w'\u2019-]+\s+){1,3})(?:also\s+|later\s+)?[a-z]+\b"
)


def _opens_a_joined_clause(text: str, p: Phrase, cue_at: int) -> bool:
    """Whether the day ``p`` after the verb opens another clause joined on ("X had said
    last week that ..., and on Sunday he wrote that ..."): that clause's day, not the
    verb's."""
    return (
        p.start > cue_at
        and _JOINED_BEFORE_DAY.search(text, max(cue_at, p.start - 8), p.start) is not None
        and _SUBJECT_AFTER_DAY.match(text, p.end) is not None
    )


_SAYER_IN_RELATIVE = re.compile(
    # (not "after which he told reporters": a time clause, whose day is the telling's)
    r"(?<!\bafter )(?<!\bduring )(?<!\bin )(?<!\bat )(?<!\bbefore )(?<!\bon )"
    r"(?<!\bfollowing )(?<!\bupon )\b(?:which|whom)\s+"
    r"[^,;:\"\u201c\u201d]{1,80}?(?:\s+(?:said|says))?\s*$"
)


# ", while Brown has insisted", "... but Kyiv has argued": a clause joined on with a subject
# of its own, up to its verb's perfect
_JOINED_SUBJECT = re.compile(
    r",[\"\u201d]?\s+(?:while|whereas|but|and)\s+[^,;:\"\u201c\u201d]{1,80}?\s+(?=ha(?:s|ve)\s)"
)
# "On Saturday, X said ..., while Y, speaking to Russian media, had described ...": a clause
# of another subject in the pluperfect, up to the verb, whose time is before that day
_JOINED_PLUPERFECT = re.compile(
    r",[\"\u201d]?\s+(?:while|whereas)\s+[^;:\"\u201c\u201d]{1,140}?\s+had\s+(?:[a-z]+ly\s+)?$"
)


def _across_a_joined_perfect(text: str, p: Phrase, cue_at: int) -> bool:
    """ "X said last week that ..., while Y has insisted ...": a clause joined on in the
    perfect (or the pluperfect: "while Y had described ..."), with a subject of its own,
    parts the two speakers' times: a day told before it is the first clause's, not Y's
    (whose perfect tells a stance held up to the story's day), and its perfect is Y's, not
    X's."""
    if p.end <= cue_at:
        return (
            _PERFECT.search(text, p.end, cue_at) is not None
            and _JOINED_SUBJECT.search(text, p.end, cue_at) is not None
        ) or _JOINED_PLUPERFECT.search(text, p.end, cue_at) is not None
    return _PERFECT_WORD.match(text, p.start) is not None and any(
        m.end() == p.start for m in _JOINED_SUBJECT.finditer(text, cue_at, p.start + 4)
    )


# ", and Foreign Minister X told ...", ", while Ethiopian Prime Minister Y told ...": a clause
# joined on with a subject of its own, named anew (not a pronoun, which may go on with the
# first clause's speaker), up to its verb (a near-twin of _JOINED_SPEAKER below)
_JOINED_NAMED = re.compile(
    r",[\"\u201d]?\s+(?:and|but|while|whereas)\s+(?=[A-Z]|the\s)[^,;:\"\u201c\u201d]{1,140}?$"
)


def _perfect_of_the_clause_before(text: str, p: Phrase, cue_at: int) -> bool:
    """ "The ministry has released a statement saying ..., and Foreign Minister X told
    reporters ...", "Y had reportedly criticised ..., while Z told ...": the perfect before a
    clause joined on with a speaker of its own is the first clause's time, not Z's."""
    return (
        p.end <= cue_at
        and p.kind == "earlier"
        and _PERFECT_WORD.match(text, p.start) is not None
        and _JOINED_NAMED.search(text, max(p.end, cue_at - 200), cue_at) is not None
    )


# ", while Y, the governor, said", "whereas the ministry told ...": a clause joined on with a
# subject of its own (a name, a pronoun or a noun phrase; not "while visiting troops"), up
# to its verb (a near-twin of _JOINED_NAMED above)
_JOINED_SPEAKER = re.compile(
    r",[\"\u201d]?\s+(?:while|whereas)\s+"
    r"(?=[A-Z]|(?:he|she|they|we|it|the|a|an|his|her|its|their|both|other)\s)"
    r"[^;:\"\u201c\u201d]{1,140}?$"
)
# a day put first in its sentence ("On Sunday, ...", "Late Sunday, ..."), which covers every
# clause of it (not "Lavrov on Sunday, ...": a name before it is the first clause's subject)
_DAY_OPENS_SENTENCE = re.compile(
    r"(?:^|[.!?\n][\"\u201d]?)\s*(?:(?:On|By|Since|Until|Late|Early)\s+)?$"
    # "Earlier on Sunday, ...", "Also on Sunday, ...", "Later on Monday, ..."
    r"|(?:^|[.!?\n][\"\u201d]?)\s*(?:Earlier|Later|Also|Meanwhile|And|Then)\s+"
    r"(?:(?:on|by|late|early|this|last)\s+)?$"
)
# the first speaker's saying, in the clause before the joined one ("X said on Sunday ...",
# "X told reporters on Friday ..."; not "X met his counterpart on Sunday", a deed's day)
_FIRST_CLAUSE_SAYING = re.compile(
    r"\b(?:said|says|told|tells|stated|added|noted|wrote|warned|argued|insisted|announced|"
    r"declared|stressed|urged|claimed|posted|replied|remarked|explained|confirmed|denied|"
    r"asserted|acknowledged)\b"
)
_SENTENCE_BREAK_BEFORE = re.compile(r"[.!?\n][^.!?\n]*$")


def _first_speakers_day(text: str, p: Phrase, cue_at: int) -> bool:
    """ "X said on Sunday that ..., while Y said on Telegram that ...": the day told in the
    first speaker's clause is X's; Y's clause, joined on with a subject of its own, tells
    none (a day opening the sentence, "On Sunday, X said ..., while Y said ...", covers
    both; a day of a deed, "X met Z on Sunday, while Y said ...", is the time of both)."""
    if p.end > cue_at:
        return False
    joined = _JOINED_SPEAKER.search(text, p.end, cue_at)
    if joined is None:
        return False
    reach = max(0, p.start - 300)
    before = _SENTENCE_BREAK_BEFORE.search(text, reach, p.start)
    opens = before.start() + 1 if before else reach
    if _FIRST_CLAUSE_SAYING.search(text, opens, joined.start()) is None:
        return False
    return _DAY_OPENS_SENTENCE.search(text, max(0, p.start - 40), p.start) is None


# "X said on Twitter ahead of the signing that ...", "Y said ahead of a meeting scheduled for
# Sunday": words before an event, on or before its day (a day in the phrase is the event's)
_SAID_AHEAD_OF = re.compile(
    r"\s+(?:(?:on|in|via|to)\s+(?:[\w'\u2019-]+\s+){0,3}?)?"
    r"(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+advance\s+of)\s+(?P<event>[^,;:.\"\u201c]{3,120})",
    re.I,
)
# the event named with "a" or "an" ("ahead of a meeting of ..."): first named there
_A_NEW_EVENT = re.compile(r"an?\s")


def _said_ahead_of(
    text: str, st: Attribution, phrases: list[Phrase], ref: date | None
) -> When | None:
    """On or before the event named by "ahead of" right after the verb of saying: the
    event's day when the phrase gives a past one, else the article's."""
    if ref is None:
        return None
    verb = re.compile(r"[a-z]+", re.I).match(text, st.cue_at)
    ahead = _SAID_AHEAD_OF.match(text, verb.end()) if verb else None
    if ahead is None or not any(a <= ahead.start() < b for a, b in st.window):
        return None
    when = _before_the_event(ahead, phrases, ref)
    # ("Ashton said ahead of a meeting of EU foreign ministers": an event first named here,
    # with no day, is one still to come, not one the story told; no reason to put the
    # words before the day they have without the phrase. "ahead of the vote" is the one
    # told, which may be past; a day inside the event's phrase, "ahead of a summit on
    # Friday", is the event's, and keeps the words on or before the article's day)
    if (
        when.edtf == f"../{ref.isoformat()}"
        and _A_NEW_EVENT.match(ahead["event"])
        and not _phrase_within(phrases, ahead.start("event"), ahead.end("event"))
    ):
        return None
    return when


def _phrase_within(phrases: list[Phrase], start: int, end: int) -> bool:
    """Whether a date phrase starts inside ``start``..``end`` ("ahead of a summit on Friday":
    the weekday, the date or "tomorrow" is the event's own, never the day of the words)."""
    first = bisect.bisect_left(phrases, start, key=lambda p: p.start)
    return first < len(phrases) and phrases[first].start < end


def _before_the_event(ahead: re.Match[str], phrases: list[Phrase], ref: date) -> When:
    """On or before the day of the event "ahead of" names, when its phrase gives a past
    one, else on or before the article's day (``phrases`` in order of their starts)."""
    first = bisect.bisect_left(phrases, ahead.start("event"), key=lambda p: p.start)
    last = bisect.bisect_left(phrases, ahead.end("event"), key=lambda p: p.start)
    days = [
        p.when.edtf
        for p in phrases[first:last]
        # ("Ahead of the vote on Friday": a weekday still to come, read back as a past one)
        if p.kind != "weekday"
        and ONE_DAY.fullmatch(p.when.edtf or "")
        and (p.when.edtf or "") <= ref.isoformat()
    ]
    return When(f"../{days[0] if days else ref.isoformat()}", ahead.group().strip()[:60])


def _fronted_ahead_of(
    ctx: DatedText, st: Attribution, phrases: list[Phrase], ref: date | None
) -> When | None:
    """ "Ahead of the meeting, the Commissioner said ...": words said before the event a
    clause opening the sentence names, with no day of their own: on or before the event's
    day when the clause gives a past date, else the article's."""
    if ref is None:
        return None
    lead = max((a for a, _ in st.window if a <= st.cue_at), default=None)
    if lead is None:
        return None
    opens = ctx.text.rfind("\n", 0, lead) + 1
    # (the clause opens the sentence the attribution stands in: after the last stop before it
    # on its line)
    stop = ctx.stop_between(opens, lead)
    start = opens if stop is None else stop + 2
    ahead = _AHEAD_OPENING.match(ctx.text, start, st.cue_at)
    if ahead is None:
        return None
    return _before_the_event(ahead, phrases, ref)


# "Ahead of the meeting, ", "In the run-up to the vote, ": an event still to come when the
# sentence's words were said
_AHEAD_OPENING = re.compile(
    r"[\s\"\u201c]*(?:Ahead\s+of|In\s+the\s+run-up\s+to|In\s+advance\s+of)\s+"
    r"(?P<event>[^,;:.\"\u201c]{3,120}),"
)
_PARTICIPLE = re.compile(r"[a-z]+ing\b")
# an event named with its parties, still open before a day phrase ("the meeting between
# Mahathir and Abe on June 12 in Tokyo")
_EVENT_BETWEEN = re.compile(
    r"\b(?:meeting|meetings|talks|summit|call|conversation|visit|consultations|negotiations)\s+"
    r"(?:between|among)\s[^.;:,\"\u201c\u201d]{2,120}?\s+(?:on\s+)?$",
    re.I,
)
# an event told as a topic, its day given by a participle after it ("briefed Y on the outcome
# of the summit held in Cairo on Tuesday", "spoke about the accord signed last week"): the
# event's day (an occasion attended reads "at the summit held ...", "on the sidelines of")
_EVENT_HELD = re.compile(
    r"(?:\b(?:about|over|regarding|concerning|on)|(?<!sidelines )(?<!margins )(?<!opening )"
    r"(?<!closing )(?<!\bend )(?<!start )(?<!\beve )\bof)\s+(?:the|a|an|this|last|its|their)\s+"
    r"(?:[\w'\u2019-]+\s+){0,4}?(?:held|hosted|convened|signed|adopted|reached|concluded|endorsed)"
    r"\b[^.;:,\"\u201c\u201d]{0,60}?\s+(?:on\s+)?$",
    re.I,
)
# a question's topic, still open before a day phrase ("asked about the talks held on Monday",
# not "asked on Monday about ...")
_ASKED_ABOUT = re.compile(
    r"(?:\basked\s+(?:about|regarding|whether|if|over|to\s+comment\s+on|for\s+(?:a\s+)?comment\s+on)"
    # "Questioned on whether the envoy summoned on Saturday ...": asked, in other words
    r"|\bquestioned\s+(?:about|on|over|regarding)(?:\s+(?:whether|if))?"
    # "Answering a question about the statement made last Friday by ...": what was asked
    # ("said in a written statement on a question about X's remarks at ...": the same)
    r"|\b(?:answering|replying\s+to|on|in\s+(?:response|reply)\s+to)\s+(?:a\s+|the\s+)?"
    r"(?:[\w'\u2019]+\s+)?questions?\s+(?:about|on|regarding|over))"
    # "asked about the U.S. strike on Tuesday": an initial's dot does not end the topic;
    # "a summit with France, Egypt and Cyprus on Nov. 19": nor does a list of names
    r"\s(?:[^,.;:\"\u201c\u201d]|(?-i:(?<=\b[A-Z])\.)"
    r"|,\s+(?-i:[A-Z][\w'\u2019-]*)(?:\s+(?-i:[A-Z][\w'\u2019-]*)){0,2}(?=,|\s+and\s))*"
    # "Asked about the new package, announced on Tuesday, X said": a participle set off
    # after the topic goes on with it, its day the thing's
    r"(?:,\s+(?-i:[a-z]+ed|made|held|given|taken|sent|struck|drawn|won)\s"
    r"(?:[^,.;:\"\u201c\u201d]|(?-i:(?<=\b[A-Z])\.))*)?$",
    re.I,
)

# a name after a comma inside a question's topic; the word opening a list of names inside
# the topic ("a summit with France, ..."); its last member closing on the day phrase
_LIST_IN_TOPIC = re.compile(r",\s+(?=[A-Z])")
_LIST_OPENED = re.compile(r"\b(?:with|between|among|from|including)\s+[A-Z][^,]*,$")
_LIST_CLOSED = re.compile(r"\sand\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}\s*$")

# "Asked about the Rafah operation on Tuesday, X said": a day closing a question clause
# fronted before the sentence's subject, on no participle of its own ("the statement made on
# Saturday"), is the asking's
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?\n\u201d\"])\s*$")
_CLAUSE_ENDS = re.compile(
    r",(?!\s*(?:(?:in|at|on|during|after)\s+)?(?:which|who|whom|whose|when|where)\b)"
)
_TOPIC_PARTICIPLE = re.compile(r"\b(?:[a-z]+ed|made|held|given|taken|sent|by)\b")


# "asked about the detained sailors at a regular briefing in Beijing on Thursday": a day
# closing the appearance the question was put at, after the topic, is the asking's
_ASKED_AT = re.compile(
    r"\b(?:at|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:briefing|press\s+conference|news\s+conference|press\s+availability|interview|"
    r"hearing)(?:\s+(?:in|at|with)\s+(?:the\s+)?(?-i:[A-Z][\w.'\u2019-]*)"
    r"(?:\s+(?-i:[A-Z][\w.'\u2019-]*)){0,2})?\s+$"
    # "asked about the deal by reporters in October": the askers named, the day after them
    # is the asking's
    r"|\bby\s+(?:[\w-]+\s+){0,2}?(?:reporters|journalists|correspondents|lawmakers|"
    r"legislators|senators|MPs|members\s+of\s+parliament|the\s+press|the\s+media)\s+$",
    re.I,
)


# characters before a day phrase where the question it may belong to is sought ("on a
# question about X's remarks during a summit with ... on Nov. 19": a topic may be long)
_ASKED_REACH = 200


def _asked_about(text: str, lo: int, p: Phrase) -> bool:
    """Whether the day ``p`` dates the thing a question was about, not the asking."""
    asked = _ASKED_ABOUT.search(text, lo, p.start)
    if asked is None or _ASKED_AT.search(text, asked.start(), p.start):
        return False
    listed = _LIST_IN_TOPIC.search(text, asked.start(), p.start)
    if listed is not None and not (
        _LIST_OPENED.search(text, asked.start(), listed.start() + 1)
        and _LIST_CLOSED.search(text, listed.start(), p.start)
    ):
        # "Asked about the strike, Ministers Ali and Khan said on Monday": the names after
        # the comma are the sentence's subject, no list inside the topic ("a summit with
        # France, Egypt and Cyprus on Nov. 19" opens its list on "with" and ends it on the day)
        return False
    fronted = text.startswith("Asked ", asked.start()) and _SENTENCE_OPENS.search(
        text[max(0, asked.start() - 3) : asked.start()]
    )
    if p.kind == "overnight":
        return True  # "Asked about reports of blasts near Isfahan overnight": no one asks by night
    # "Asked about the incident on June 17, in which ...": a clause on the thing goes on
    closes = fronted and _CLAUSE_ENDS.match(text, p.end)
    return not (
        closes and not _TOPIC_PARTICIPLE.search(text, asked.start() + len("Asked "), p.start)
    )


# "condemned North Korea's launch of a hypersonic missile last Monday", "rejected reports of
# strikes on civilian targets on Monday night": a violent or military event, its object or
# place after it, then a day told as events are ("last Monday", a weekday's night): the
# event's day, not the day of the words about it ("condemned the attack on Sunday" stays
# the words' day, as the corpus reads it)
_EVENT_AND_ITS_OBJECT = re.compile(
    r"\b(?:launch(?:es)?|tests?|firings?|attacks?|strikes?|bombings?|shelling|raids?|"
    r"seizure|killings?|shootings?|explosions?|blasts?|incursions?|assaults?)\s+"
    r"(?:of|on|against|in|near|at)\s+[^,;:.\"\u201c\u201d]{2,60}?\s+$"
)
_LAST_WEEKDAY = re.compile(r"last\s+[A-Z][a-z]+day$")
_NIGHT_AFTER = re.compile(r"\s+night\b")


def _day_of_the_event_told(text: str, p: Phrase) -> bool:
    """Whether the day ``p`` closes the words for an event and what it struck (see
    :data:`_EVENT_AND_ITS_OBJECT`): the event's day."""
    if not _EVENT_AND_ITS_OBJECT.search(text, max(0, p.start - 90), p.start):
        return False
    return bool(_LAST_WEEKDAY.fullmatch(text, p.start, p.end) or _NIGHT_AFTER.match(text, p.end))


# a topic fronted before the clause of saying, up to its comma
_TOPIC_FRONT = re.compile(
    r"[\W]*(?:Concerning|Regarding|As regards|As for|As to|With regard to|With respect to|"
    r"In regard to|On the (?:issue|question|subject|matter) of|"
    # "On the visit of President X in October, Y said": the visit the words are about, its
    # month its own (not "During the visit", nor "on the sidelines of" it)
    r"On the (?:planned |proposed |upcoming |expected |possible )?(?:visit|trip|tour) (?:of|by)|"
    # "Looking ahead to the elections in June, X warned": an event to come, whose month or
    # day is its own, not the words'
    r"Looking ahead to|Ahead of|In the run-up to|In advance of)\s"
    # up to the last comma before any verb of saying ("Concerning the envoy, X's visit on
    # Wednesday, the spokesman said")
    r"(?:(?!\b(?:said|says|told|tells|stated|added|noted|stressed)\b)[^.;:\"\u201c\u201d]){0,200},"
)


def _in_topic_front(text: str, start: int, phrase: Phrase, cue_at: int) -> bool:
    """Whether ``phrase`` stands in a topic fronted at ``start`` before the verb at
    ``cue_at`` ("Concerning the talks on Tuesday, X said")."""
    front = _TOPIC_FRONT.match(text, start, cue_at)
    return front is not None and phrase.end <= front.end() <= cue_at


# a question put to the speaker, still open: "Asked whether a date had been set"
_IN_QUESTION_PUT = re.compile(
    r"\b[Aa]sked\s+(?:\w+\s+)?(?:whether|if|about|what|why|how|when)\b[^,;:\"\u201c\u201d]*$"
)
# a relative clause set off after the subject, still open ("X, who has long argued ...,")
_IN_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whose)\s+[^,;:\"\u201c\u201d]*$")
_HAD_DONE = re.compile(
    r"\b(?:had|has|have)\s+(?:(?:already|also|earlier|previously|\w+ly)\s+)?(?!to\b)"
    r"[a-z]+(?:ed|en|led|ught|ade|id|ent|ew|ok|ood)\b"
)


_DAY_KINDS = frozenset(
    (
        "weekday",
        "weekday_local",
        "weekday_last_week",
        "md",
        "dm",
        "today",
        "yesterday",
        "iso",
        "dotted",
        "slashed",
        # "had said earlier in the day": the day the story reached
        "in_the_day",
        # "said shortly before 6 a.m.": the article's day
        "hour",
    )
)
# counted from the day the story named ("Two days earlier, X had told ...", "Minutes earlier,
# X had said ...", "That night, X had written ...")
_COUNTED_KINDS = frozenset(("day_before", "next_day", "days_from", "hours_later", "same_day"))
# phrases that name the month, week or year words were said in
_PERIOD_KINDS = frozenset(
    (
        "in_month", "last_named_month", "last_month", "this_month", "month_start", "last_week",
        "this_week", "past_week", "weekend", "last_year", "in_year", "span_weekday", "span_md",
        "span_dm", "in_season",
        # "Two months ago, X had said ...", "had told ... three weeks ago": the time counted
        # back from the article's day says when, the pluperfect only "before"
        "ago",
    )
)  # fmt: skip
# the day of a document the words are in: "In a letter dated March 3", "In its reply, dated
# 14 May", "A memo dated 12 January ... shows"; not "Responding to a letter dated ..."
_DATED = re.compile(
    r"(?:\b[Ii]n\s+(?:(?:a|an|the|its|his|her|their|two|three)\s+)?|(?:^|[.\n]\s*)(?:A|An|The)\s+)"
    r"(?:(?!to\b)[\w-]+\s+){0,2}?(?:letter|note|memo|memorandum|statement|reply|response|"
    r"message|cable|e-?mail|communiqu[eé]|decree|order|submission|filing|document)s?,?\s+"
    r"dated\s+(?:on\s+)?$"
)
# a state of things since a happening ("the situation following the election of X on",
# "the violence since the vote on"), the happening's day after it; not a saying "after the
# talks on Monday", whose words may well be of that day
_SINCE_A_HAPPENING = re.compile(
    r"\b(?:since|(?:situation|violence|unrest|crisis|tensions?|crackdown|arrests|developments|"
    r"turmoil|clashes|chaos|deadlock|impasse)\s+(?:in\s+(?:the\s+)?[A-Z][\w-]*\s+)?"
    r"(?:following|after))\s+(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,8}?"
    r"(?:election|elections|vote|referendum|coup|attack|attacks|arrest|events?|protests?|"
    r"ruling|verdict|invasion|offensive|assassination|killing|dissolution|suspension|ban|"
    r"closure|expulsion|ouster|detention)\b"
    r"(?:\s+(?:of|for|in|by)\s+(?:[\w'\u2019-]+\s+){0,5}?[\w'\u2019-]+)?(?:\s+on)?\s*$"
)
# the day a speaker talked of: "said of 24 February 2022", "spoke of the events of 9 May"
_SAID_OF = re.compile(
    r"\b(?:said|says|spoke|speaks|speaking|wrote|writes|recalled|recalling)\s+of\s+"
    r"(?:the\s+(?:[\w'\u2019-]+\s+){0,3}?(?:of|on)\s+)?$",
    re.I,
)
# another's words named by a noun of saying, their day between the noun and its "that":
# "in the wake of Russia's announcement earlier this week that ...", "after the ministry's
# statement on Monday that ...": the day of those words, not of the attribution after them
_NOUN_OF_SAYING_BEFORE = re.compile(
    r"(?:['\u2019]s|\b(?:the|its|his|her|their))\s+(?:[a-z][\w-]*\s+)?"
    r"(?:announcement|statement|remarks|comments|claims?|warning|assertion|accusations?|"
    r"declaration|pledge|promise)\s+(?:(?:on|in|at|last|late|early)\s+)?$"
)
_THAT_NEXT = re.compile(r"\s+that\b")
_COUNTED_END = re.compile(r"\s*(?:[,.;:\"\u201d)]|that\b|$)")
_PERFECT_WORD = re.compile(r"ha(?:s|ve|d)\b", re.I)


# a sentence's first words: "Monday's statement from the ministry said ...", "Last
# Thursday's meeting in Brussels ended ..."
_SENTENCE_OPENS_BEFORE = re.compile(r"(?:^|[.!?\n][\"'\u201d\u2019]?)\s*$")


def _day_of_the_subject(text: str, p: Phrase) -> bool:
    """Whether the possessive day ``p`` opens its sentence, so dates its subject: a document
    whose author speaks ("Tuesday's statement by the embassy said": the words' day) or an
    event the story reaches ("Sunday's talks lasted six hours. X said ..."), not a thing
    talked about ("commenting on Tuesday's statement by ...")."""
    return bool(
        _POSSESSIVE.match(text, p.end)
        and _SENTENCE_OPENS_BEFORE.search(text, max(0, p.start - 4), p.start)
    )


def _names_the_speakers_gathering(text: str, p: Phrase) -> bool:
    """Whether the possessive day ``p`` names the gathering a "who" clause on the speaker
    puts them at ("X, who attended Friday's signing ceremony, told the delegates", "who flew
    to Montevideo for Friday's summit"): the occasion of the words told next, as "who spoke
    on Friday" is."""
    who = _WHO_BEFORE.search(text, max(0, p.start - _WHO_REACH), p.start)
    spoke = _WHO_SPOKE.match(text, who.start("who")) if who else None
    return spoke is not None and spoke.end() > p.end


# the last "who" before a day (no clause closed between)
_WHO_BEFORE = re.compile(r"\b(?P<who>who)\b[^,;()\n]*$")
_WHO_REACH = 80  # characters: "who" and its verb (and a place) before the day, or before it


# "hailed the decision that night as ...", "called the meeting yesterday \"useful\"": a
# verb that names what its object was, the object, then the day of the naming
_NAMING_VERB = (
    r"\b(?:called|calls|described|describes|hailed|hails|branded|brands|labell?ed|termed|"
    r"dubbed)\s+"
)
_NAMED_THING_DETERMINER = r"(?:the|a|an|his|her|its|their|this|that)\s+"
_NAMING_VERB_OBJECT = re.compile(
    _NAMING_VERB + _NAMED_THING_DETERMINER +
    # (not "the talks held on Monday as": the day of a thing done, by its participle)
    r"(?:(?!held\b|[a-z]+ed\b)[\w'\u2019-]+\s+){1,3}?"
    r"(?:(?:late|early)\s+)?$",
    re.I,
)
_NAMED_AS = re.compile(r"\s*(?:,\s*)?(?:as\b|[\"\u201c])")
# "had already called it \"regrettable\" on Thursday evening that ...", "called the vote \"a
# mistake\" on Wednesday, before ...": the verb, its object, the quoted name, then the day
_NAMING_VERB_NAME = re.compile(
    _NAMING_VERB
    + r"(?:it|"
    + _NAMED_THING_DETERMINER
    + r"(?:(?!held\b|[a-z]+ed\b)[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)\s+"
    r"(?:as\s+)?[\"\u201c][^\"\u201c\u201d\n]{1,60}[\"\u201d]\s*"
    r"(?:(?:late|early)\s+)?(?:on\s+)?$",
    re.I,
)


def _named_thing_day(text: str, p: Phrase) -> bool:
    """Whether ``p`` is the day of a naming verb within the words it begins: between its
    object and the name ("the decision that night as", "the meeting yesterday \"useful\"") or
    right after the quoted name ("called it \"regrettable\" on Thursday evening that ...")."""
    return bool(
        _NAMED_AS.match(text, p.end)
        and _NAMING_VERB_OBJECT.search(text, max(0, p.start - 60), p.start)
    ) or bool(_NAMING_VERB_NAME.search(text, max(0, p.start - 120), p.start))


def _attributive(text: str, p: Phrase) -> bool:
    """ "the Friday meeting", "a Sunday vote", "the June 5 coup": a day naming a thing's
    day, as "Friday's meeting" does; so "the events of Tuesday 18 August", "the coup of 26
    July": a happening named by its day after "of"."""
    return (
        (
            text[max(0, p.start - 4) : p.start].lower() in ("the ", " a ")
            and _NOUN_AFTER.match(text, p.end) is not None
        )
        or _HAPPENING_OF.search(text, max(0, p.start - 50), p.start) is not None
        # ("The Chairperson recalls his statement of 9 November 2020, and once again urges
        # ...": an earlier paper recalled by its day; the words after it are the page's day's)
        or (
            _RECALLED_PAPER.search(text, max(0, p.start - 90), p.start) is not None
            # (not "Recalling the statement issued on 2 December by X, in which he condemned
            # ...": the paper's own words, told after it, are of its day)
            and _PAPER_TOLD_AFTER.match(text, p.end) is None
            # (nor "recalled the statement issued on Monday by the Foreign Ministry, which
            # said that ...": the paper's words, its verb of saying after "which")
            and not _paper_says_after(text, p.end)
        )
    )


# a happening (no gathering, where words are said) whose day follows its "of"; a weekday may
# stand before the day ("the events of Tuesday 18 August")
_HAPPENING_OF = re.compile(
    r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:events?|incidents?|coup|attacks?|clashes|unrest|violence|"
    r"uprising|killings?|massacre|bombings?|explosions?)\s+of\s+"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$",
    re.I,
)


_NOUN_AFTER = re.compile(
    r"\s+(?!(?:at|in|on|to|of|and|or|but|when|that|which|after|before|as|for|with|by|from|"
    r"night|morning|afternoon|evening|he|she|it|they|was|were|is|are|had|has|said)\b)"
    r"[a-z][a-z-]+\b"
)


# "X's remarks on Thursday come as Y criticized ...": the day before "come as" is X's
_CAME_AS = re.compile(r"\b(?:came|come|comes|coming)\s+(?:as|after|amid|days? after)\b")
# "commenting on Tuesday's meeting": the day of a thing talked about, not of the talking
_POSSESSIVE = re.compile(r"['\u2019]s\b")
# "said at Monday's briefing": the day of the occasion the speaker spoke at
# "told Thursday's press briefing": the briefing the words were told to
# ("at the Monday briefing", "after the Saturday talks": a day naming the occasion as well)
# "left Thursday's meeting with a pledge", "emerged from Monday's talks": the ones leaving
# it were there on its day
# ("at the close of Saturday's summit", "on the sidelines of Monday's meeting": a part of
# the occasion, on its day)
_AT_OCCASION = re.compile(
    # ("stormed out of", "walked away from": leaving it however it was left)
    r"\b(?:(?:at|during|in|told|telling|addressed|addressing|left|leaving|exited|exiting|"
    # ("Opening Thursday's debate, X called ...", "chairing Monday's meeting": presiding over
    # it, there on its day)
    r"opened|opening|closed|closing|chaired|chairing|hosted|hosting|"
    r"(?:emerged|emerging|walked\s+away|walking\s+away)\s+from|"
    r"(?:walked|walking|stormed|storming|came|coming|stepped|stepping)\s+out\s+of)"
    r"\s+(?:the\s+)?|"
    # ("at the start of the overnight cabinet meeting": the same, the gathering's "the" kept;
    # "during the opening of Tuesday's session", "in the course of Monday's debate": any
    # preposition that puts the words inside a part of the gathering, on its day)
    r"(?:at|on|by|during|in|towards?)\s+the\s+"
    r"(?:close|end|start|opening|conclusion|beginning|course|sidelines|margins)\s+of\s+"
    r"(?:the\s+)?)$",
    re.I,
)
# "told reporters after Sunday's talks": right after a meeting, on its day (c07-style copy);
# "after Monday's attack" is no such occasion
_AFTER_AN_EVENT = re.compile(
    r"\b(?:after|following)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:talks|"
    r"meeting|summit|call|conversation|conference|consultations|negotiations|session|visit)"
    r"\s+(?:held\s+)?$",
    re.I,
)
_AFTER_WORD = re.compile(r"\b(?:after|following)\s+(?:the\s+)?$", re.I)
_AFTER_THING = re.compile(
    r"\b(?:after|following)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'\u2019-]+\s+){0,3}$", re.I
)
_AFTER_MEETING = re.compile(
    r"(?:['\u2019]s)?\s+(?:[a-z-]+\s+){0,2}(?:talks|meeting|summit|call|conversation|conference|"
    r"briefing|consultations|negotiations|session)\b"
)
# "today" as the reporter's day; not "India Today", nor "is today seen" (nowadays)
_TODAY = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )"
    r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b(?!['\u2019]s)"
)


def relative_clause(text: str, clause_start: int, pos: int) -> bool:
    """Whether ``pos`` stands in a "who" or "which" clause still open ("X, who issued a
    statement on Monday denying ...")."""
    return _opens_relative(text, _open_clause(text, clause_start, pos))


def content_of_saying(text: str, clause_start: int, pos: int) -> DocumentRole:
    """The kind of document the relative clause that holds ``pos`` gives, when it gives what
    a statement said ("has released a statement in which it rejected ...", "an op-ed by X
    in which he demands ..."): the statement's own words on its own occasion, which "the
    statement added" (and "he wrote", but for a statement told as an old one: "had issued a
    statement in which", "recalled a post in which": OLD_DOCUMENT) after it carry on; no
    aside told in passing (but for one inside a "who" clause: "X, who issued a statement in
    which he said ..., met Y": that is). NONE for none, else TOLD_IN_DOCUMENT or
    OLD_DOCUMENT."""
    opener = _open_clause(text, clause_start, pos)
    if opener is None or _RELATIVE_WORD.match(text, opener) is None:
        return DocumentRole.NONE
    noun = _SAYING_IN_WHICH.search(text, max(clause_start, opener - _SAYING_REACH), opener)
    if noun is None or _open_clause(text, clause_start, opener - 1) is not None:
        return DocumentRole.NONE
    if _OLD_DOCUMENT.search(text, max(clause_start, noun.start() - _OLD_REACH), noun.start()):
        return DocumentRole.OLD_DOCUMENT
    return DocumentRole.TOLD_IN_DOCUMENT


# the document told as an old one: in the pluperfect ("had issued a statement", "had
# earlier released a letter"), or recalled ("recalled a post he published", "cited a
# letter", "pointed to a statement", "referring to an article")
_OLD_DOCUMENT = re.compile(
    r"(?:had\s+(?:[a-z]+ly\s+)?[a-z]+|recall(?:s|ed|ing)?|cit(?:es|ed|ing)|"
    r"point(?:s|ed|ing)?\s+to|refer(?:s|red|ring)?\s+to|quot(?:es|ed|ing))\s+"
    r"(?:[a-z]+\s+){0,3}?(?:a|an|the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,3}?$",
    re.I,
)
_OLD_REACH = 80  # characters before the noun of saying


# a noun of saying, then "in which" (its opener the "which"): "a statement in which",
# "a communiqué released on Monday in which", "a letter to the council, in which"
_SAYING_IN_WHICH = re.compile(
    r"\b(?:statement|communiqu[e\u00e9]|declaration|letter|message|op-?ed|article|essay|"
    r"column|post|tweet|speech|address|remarks|interview|video|note|press\s+release|"
    r"readout)s?\b[^,;:.!?()\"\u201c\u201d\u2014\u2013\n]{0,80}?,?\s+in\s+$",
    re.I,
)
_SAYING_REACH = 120  # characters: how far before "which" its noun of saying stands


def document_kind(text: str, d: Draft, mention: SpeakerPhrase | None) -> DocumentRole:
    """The kind of document a draft's words go on with: told with its noun as their subject
    ("the statement added", "the letter read"): DOCUMENT_GOES_ON; or written by their
    speaker with no occasion of their own ("..., he wrote."), or a quotation with no verb of
    its own (": 'A regional dialogue could ...'"): WRITER_GOES_ON; else NONE."""
    if mention is None:
        return DocumentRole.WRITER_GOES_ON if d.cue is None else DocumentRole.NONE
    if mention.kind == "description" and mention.head in _DOCUMENT_HEADS:
        return DocumentRole.DOCUMENT_GOES_ON
    if (
        d.cue is not None
        and d.cue.lemma == "write"
        and mention.kind in ("pronoun", "person")
        and _WROTE_ALONE.match(text, d.cue.end)
    ):
        return DocumentRole.WRITER_GOES_ON
    return DocumentRole.NONE


# "..., he wrote." / "..., he wrote, adding ...": no medium or day of their own
_WROTE_ALONE = re.compile(r"\s*(?:[.!?]|,\s+adding\b)")
# a document's noun as the subject of words it goes on with ("the statement added", "the
# letter read", "the ministry's statement said"): lexicon's DOCUMENTS less those no
# subject of words goes on with, and the media of a single writer (the same nouns again:
# _SAYING_IN_WHICH above, and when.py's document nouns)
_DOCUMENT_HEADS = (DOCUMENTS - {"document", "reply", "response", "conclusions"}) | {
    "post",
    "tweet",
    "op-ed",
    "oped",
    "article",
    "essay",
    "column",
}


def _opens_relative(text: str, opener: int | None) -> bool:
    """Whether the clause opened at ``opener`` is a "who" or "which" clause."""
    return opener is not None and _RELATIVE_WORD.match(text, opener) is not None


# the perfect's auxiliary (and an adverb) just before the attribution's verb: "has called",
# "has long argued", "have repeatedly urged"
_PERFECT_VERB_BEFORE = re.compile(r"\b(?:has|have)\s+(?:(?:long|also|\w+ly)\s+)?$")
_RELATIVE_WORD = re.compile(r"(?-i:(?!WHO\b))(?:who|which)\b", re.I)


# "who on Wednesday in Montevideo, interviewed by the news agency Telam(,) ": the relative
# pronoun, the day or place of the words, and an aside of how they were given, up to the verb
_WHO_THEN_ASIDE = re.compile("who" + WHO_DAY_OR_PLACE + WHO_GIVEN_ASIDE + r"\s*")


def _own_clause(text: str, clause_start: int, pos: int, cue_at: int) -> bool:
    """Whether a date phrase at ``pos`` stands in the attribution's own clause: in no
    subordinate clause, or in the same one as the verb ("X, who issued a statement Monday
    denying ...")."""
    opener = _open_clause(text, clause_start, pos)
    if opener is not None and _FRAME_THEN_THAT.fullmatch(text, clause_start, opener):
        # "It is worth noting that on February 5, X confirmed ...": the writer's frame
        # before "that" opens no clause; the rest is the sentence's own
        clause_start = _THAT.match(text, opener).end()
        opener = _open_clause(text, clause_start, pos)
    if (
        opener is not None
        and _RELATIVE_THAT.match(text, opener)
        and _OCCASION_BEFORE.search(text, max(clause_start, opener - 80), opener)
        and not _aside_of_subject(text, clause_start, opener, cue_at)
    ):
        return True  # "in an interview with Al Jazeera that aired on Monday": the words' day
    if (
        opener is not None
        and _WHERE_THERE.match(text, opener)
        and _SAID_IN_PLACE.search(text, max(clause_start, opener - _PLACE_REACH), opener)
    ):
        # "Merkel had said in Washington, where she met Obama on Monday, that ...": the place
        # the words were said in, and the day the speaker was there
        return True
    if (
        opener is not None
        and _WHO_SPOKE.match(text, opener)
        and not _PERFECT_VERB_BEFORE.search(text, max(0, cue_at - 30), cue_at)
    ):
        # "according to X, who spoke in Doha on Wednesday": the speaking's day (not "X, who
        # spoke with Y on Monday, has called repeatedly for ...": words said over time)
        return True
    if opener is not None and _WHO_THEN_ASIDE.fullmatch(text, opener, cue_at):
        # "X, who on Wednesday in Montevideo, interviewed by the agency Telam, said ...": the
        # relative clause goes on past the aside of how the words were given to its verb
        return True
    if opener is not None and _WHO_MET.match(text, opener) and _TOLD.match(text, cue_at):
        # "Abe, who received Mattis at his office on Friday evening, told the secretary":
        # the words were told to the one met, at that meeting
        return True
    if (
        _DOCUMENT_DATED.search(text, max(clause_start, pos - _DOCUMENT_REACH), pos)
        and _IN_WHICH_SPEAKER.match(text, pos, cue_at) is not None
    ):
        # "Recalling the statement issued on 26 July 2023 by the Chairperson, X, in which he
        # strongly condemned ...": the day the document bears is that of the words in it
        return True
    if (
        opener is not None
        and opener < cue_at
        and not text[clause_start:opener].strip(" \t\n\"'\u201c\u2018")
        and _FRONTED_PAST_TIME.match(text, opener, pos) is not None
        and _PERIOD_AT.match(text, pos) is not None
    ):
        # "When the agreement was announced in March, the envoy said ...": a time clause in
        # the past set before the sentence's verb holds that verb in the month or year it
        # names (a day is the clause's event's: "When the convoy was hit on Friday, X said"
        # may be a reaction of the day after)
        return True
    # "When Trump announced on Saturday that ...": a day after the verb, in the clause the
    # verb stands in, with no other clause opened between
    return opener is None or opener == _open_clause(text, clause_start, cue_at)


def _aside_of_subject(text: str, clause_start: int, opener: int, cue_at: int) -> bool:
    """ "X, who had praised him in a text message that Y posted on Tuesday, said ...": the
    occasion's clause stands inside a relative clause on the subject, told in passing before
    the verb, and the message in it is not where the words after the verb were said."""
    outer = _open_clause(text, clause_start, opener - 1)
    return (
        outer is not None
        and outer < cue_at
        and _RELATIVE_WORD.match(text, outer) is not None
        and _WHO_SPOKE.match(text, outer) is None
    )


# "the statement issued on", "a letter sent on", "his speech delivered": a document the
# speaker put out, then its day
_DOCUMENT_DATED = re.compile(
    r"\b(?:statement|communiqu\w+|declaration|letter|message|speech|address|remarks|post)\s+"
    r"(?:issued|released|made|delivered|published|sent|posted)\s+(?:on\s+)?$",
    re.I,
)
_DOCUMENT_REACH = 60  # characters: how far before its day the document is named
# the day, then whose document it is and "in which he" before the verb: "26 July 2023 by the
# Chairperson of the Commission, H.E. X, in which he"
_IN_WHICH_SPEAKER = re.compile(
    r"[^;:\n]{0,160}?,\s+in\s+which\s+(?:he|she|it|they)\s+(?:[a-z]+ly\s+)?$"
)
# "in March", "March", "in 2023", "last year": a month or a year, no day
_PERIOD_AT = re.compile(
    rf"(?:(?:in|during|early|late|mid-?)\s+)?(?:(?:{MONTH_NAMES})\b(?!\s+\d)|(?:19|20)\d\d\b|"
    r"last\s+(?:month|year)\b)",
    re.I,
)
# "When the talks opened in February", "While the ministers were meeting in 2023": a time
# clause opening the sentence, its verb in the past, before the date phrase
_FRONTED_PAST_TIME = re.compile(
    r"(?:When|While)\s+(?:[^,;:\n]{0,120}?\s)?(?:was|were|had|[a-z]{2,}ed|met|took|began|came|"
    r"went|held|made|spoke|told|won|broke|fell|rose|saw|gave|sent)\b"
)


# the writer's own frame opening a sentence: "It is worth noting that", "Recall that"
_FRAME_THEN_THAT = re.compile(
    r"\W*(?:It\s+(?:is|was)\s+(?:worth\s+(?:noting|recalling|mentioning)|"
    r"(?:to\s+be\s+)?noted|notable|noteworthy)|It\s+should\s+be\s+(?:noted|recalled|"
    r"stressed|mentioned)|(?:Recall|Note)|We\s+(?:recall|note))\s+"
)
_THAT = re.compile(r"that\b\s*")
# an occasion of speaking, then "that" or "which" about it: its day is the speaking's
_OCCASION_BEFORE = re.compile(
    r"\b(?:interview|remarks|speech|address|briefing|conference|video|broadcast|message|post)"
    r"(?:\s+(?:with|to|on|at|for|in)\s+[^,;:()]{1,40}?)?,?\s+$"
)
_RELATIVE_THAT = re.compile(r"(?:that|which)\b")
# "where she met Obama", "where he held talks with": the speaker there, at a day's occasion
_WHERE_THERE = re.compile(
    r"where\s+(?:he|she|they)\s+(?:had\s+)?(?:met|held|hosted|attended|joined|received|"
    r"visited|arrived|addressed|chaired|was|were)\b"
)
# "said in Washington, ", "told reporters in Geneva, ": the place the verb was said in
_SAID_IN_PLACE = re.compile(
    r"\b(?:said|told\s+(?:[a-z]+\s+){0,2}?|stated|declared|warned|insisted)\s*in\s+"
    r"(?-i:[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}),\s*$"
)
_PLACE_REACH = 60  # characters: how far before "where" the place's verb may stand
_WEEKDAY_S = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['\u2019]s"
_WHO_MET = re.compile(r"who\s+(?:met|received|welcomed|hosted)\s+(?-i:[A-Z])")
_TOLD = re.compile(r"told\b")
_WHO_SPOKE = re.compile(
    r"who\s+(?:spoke|was speaking|said|told|addressed|briefed|made (?:the|his|her|these) remarks|"
    # "X, who was interviewed by NRK on Friday, said"
    r"was interviewed|"
    # "Rutte, who held a joint press conference with Fidan on Wednesday, said", "Kuleba, who
    # joined the talks on Wednesday, said": an occasion of speaking the speaker held or took
    # part in
    r"(?:held|gave|delivered|hosted|co-hosted|chaired|co-chaired|presided over|attended|joined|"
    r"addressed|took part in|"
    # "who flew to Montevideo for Friday's summit": there for a gathering its day names
    r"(?:flew|travell?ed|came|went|was|were)\s+(?:back\s+)?(?:to|in)\s+[^,;()]{1,40}?\s+for"
    r"(?=\s+" + _WEEKDAY_S + r"))"
    # ("who attended Sunday's signing ceremony": the day's possessive names the gathering)
    r"\s+(?:a|an|the|his|her|their|" + _WEEKDAY_S + r")\s+(?:[\w-]+\s+){0,2}?"
    r"(?:news conference|press conference|"
    r"press briefing|briefing|talks|meeting|interview|summit|session|conference|forum|debate|"
    # "who gave a speech in Bergen on Friday": the speech is where the words were said
    r"hearing|speech|address|lecture|ceremony))\b"
)


def _after_saying(text: str, phrase: Phrase, cue_at: int) -> bool:
    """ "One day after Trump said ...": the day is counted back from the saying, which is
    the clause the phrase opens (not "said a day after the raid", nor "A day after the
    raid, X said"; but "a day after X, the head of Y, told ...": the subject's appositive
    set off by commas)."""
    if phrase.end > cue_at:
        return False
    return "," not in text[phrase.end : cue_at] or bool(
        _SUBJECT_SET_OFF.fullmatch(text, phrase.end, cue_at)
    )


# "Rafael Grossi, the head of the IAEA, ": a name with its post set off by commas, as the
# subject of the verb after it
_SUBJECT_SET_OFF = re.compile(
    r"\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3},\s+[^,;:\"\u201c\u201d]{2,80},\s+"
    r"(?:\w+ly\s+)?"
)


def _today_in_report(text: str, st: Attribution, ref: date | None) -> When | None:
    """ "X said the talks had been useful today": in reported speech the reporter's "today"
    is the article's day, whatever day the story named before."""
    if ref is None:
        return None
    for a, b in st.reported:
        for m in _TODAY.finditer(text, a, b):
            if _in_quote_marks(text, a, m.start()):
                continue  # 'Doha had "warned ..., and today we see ..."': the speaker's today
            return When(ref.isoformat(), m.group(0))
    return None


def _in_quote_marks(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` stands inside a quotation opened after ``start``."""
    part = text[start:pos]
    return part.count("\u201c") > part.count("\u201d") or part.count('"') % 2 == 1


# "told reporters after the talks": the talks the story dated before ("held on Monday")
# "At the press conference, X said", "Addressing the forum, X said": the press conference or
# forum the story dated before ("at a joint press conference on Tuesday", "the opening
# ceremony of the forum in Beijing on Tuesday"; Xinhua, CNA, Bernama copy)
_AT_EVENT = re.compile(
    r"(?:\b(?:after|following|at|during|in|on the sidelines of|"
    r"at the (?:end|close|opening|start) of|addressing|"
    # "In the phone call, Macron said", "during their talks": the one the lead dated
    r"addressed|told|telling|"
    # "opened the hearing by saying", "closing the session, X said": its chair speaking
    r"opened|opening|closed|closing|chaired|chairing|"
    # "on his way into the meeting", "heading into the talks", "leaving the summit": at
    # its doors, on its day
    r"on (?:his|her|their) way (?:into|in to|to|out of|from)|(?:going|heading|walking) "
    r"(?:into|in to|out of)|entering|leaving) "
    # "told the same news conference": the one the story told before ("after the 50-minute
    # meeting", "their closed-door talks": told by its length or its kind)
    # ("at the White House meeting": a name of several words)
    r"(?:(?:the|their|his|her) (?:same |own )?"
    r"(?:[a-z\d]+(?:-[a-z]+)* |(?-i:[A-Z][\w'\u2019-]*\s+){2,3})?"
    r"|(?=(?:talks|negotiations|consultations)\b))"
    # "attending his first Mercosur summit, X said": the one the story dated
    r"|\battending (?:the|their|his|her) (?:[\w-]+ ){0,2}?"
    # "the ministry, in its own account of the call, said": a party's readout of it
    r"|\b(?:account|readout|version) of (?:the|their) "
    # "In a closing statement", "Delivering the welcoming speech": the words that open or
    # close the gathering, given there
    r"|\b(?:in|during|delivering|giving|making) (?:a|an|the|his|her|their) "
    r"(?=(?:opening|closing|concluding|welcoming|keynote|inaugural)\s)"
    # "said on arrival", "told reporters upon arriving": at the arrival the story dated
    r"|\b(?:on|upon) (?=arriv))"
    r"(?P<event>arrival|arriving|talks|meeting|negotiations|consultations|summit|call|conversation|speech|address|"
    r"conference|briefing|forum|ceremony|function|symposium|seminar|reception|banquet|hearing|"
    r"session|"
    # "In his closing remarks, X said": the words that open or close the gathering told
    r"(?:opening|closing|concluding|welcoming|keynote|inaugural)\s+"
    r"(?:remarks|statement|comments|speech|address|words)|"
    # "said after the signing": the event named by what was done at it
    r"signing|"
    # "she told the Council": the Council's meeting the story dated ("at a UN Security
    # Council meeting on Wednesday")
    r"council|event(?!\s+(?:of|that)\b))\b",
    re.I,
)
_MEETINGS = r"talks|meeting|negotiations|consultations|call|conversation"
_ARRIVED = r"arrival|arrived|landed"
_PRESS_CONFERENCE = r"(?:news|press)\s+conference"
_ANY_EVENT = re.compile(rf"\b(?:{_MEETINGS}|summit)\b", re.I)
_LEADERS_MEETING = r"(?:meeting)"  # its own pattern: the filter below is for a summit's only
_BILATERAL = re.compile(r"\s+(?:between|with)\b")
_NAMED_MEETING = re.compile(r"(?-i:[A-Z][\w'\u2019-]*)\s+$")
# a meeting told by its verb: someone met someone ("met with Wang"), not "demands were
# met" nor "the plan met with criticism"
_MEETING_VERB = (
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )"
    r"met(?!\s+with\s+(?-i:(?!(?:the|his|her|their|its)\b)[a-z]))"
)
_EVENT_REACH = 100  # characters: how far before its event a day may stand
_EVENT_MENTIONS = 8  # the event's last mentions read back for its day


def _event_day(ctx: DatedText, st: Attribution) -> When | None:
    """The day of the event the attribution places the words at or after ("said after the
    talks"), when an earlier sentence names that event with a day of its own: the same word
    first, then another word for a meeting ("the meeting in Moscow on January 21")."""
    found = [
        m
        for a, b in st.window
        if (m := ctx.search(_AT_EVENT, a, b)) and _places_at_event(ctx.text, m)
    ]
    if not found:
        return None
    return _day_of_event(ctx, found[0])


# "Trump told reporters at the same news conference that ...": the one the speaker's own
# words were told at before, not the last one the story named (another speaker's)
_THE_SAME = re.compile(
    r"\bthe\s+same\s+(?P<event>(?:news|press)\s+conference|briefing|meeting|interview|"
    r"session|speech|event|occasion|appearance|call|gathering|audience|dinner|banquet|"
    r"reception|ceremony|summit|forum|conference|rally)\b",
    re.I,
)
# "the same event", "the same occasion", "told the same gathering": a word for whatever
# occasion was told last, by whoever spoke at it
_ANY_OCCASION = frozenset(("event", "occasion", "appearance", "gathering", "audience"))


def _period_just_told(
    ctx: DatedText, n: int, statements: Sequence[Attribution], dated: list[When]
) -> When | None:
    """ "X told a paper last month that ... . '...,' he said.": words with no day of their
    own, in the paragraph whose words just before, the speaker's, are dated to a month or a
    year, are of that telling (no other day told between). A period dates no occasion the
    speaker's later words carry on past the paragraph ("In May, X said ... \n\n He said")."""
    st = statements[n]
    k = bisect.bisect_left(ctx.statement_starts, st.start) - 1
    if st.speaker is None or k < 0 or ctx.statement_order[k] >= n:
        return None
    m = ctx.statement_order[k]
    before, when = statements[m], dated[m]
    if before.speaker is not st.speaker or not when.evidence or when.inherited:
        return None
    if not _PERIOD.fullmatch(when.edtf or "") or "\n" in ctx.text[before.start : st.start]:
        return None
    if any(p.when.edtf != when.edtf for p in ctx.phrases_between(before.start, st.start)):
        return None
    return When(when.edtf, f"same telling as '{when.evidence}'", inherited=True)


def _same_one_again(
    ctx: DatedText, n: int, statements: Sequence[Attribution], dated: list[When]
) -> When | None:
    """The day of the speaker's own earlier words at "the same" occasion the words name;
    "the same event" of anyone's words told just before."""
    st = statements[n]
    found = next((m for a, b in st.window if (m := ctx.search(_THE_SAME, a, b))), None)
    if found is None:
        return None
    event = re.compile(rf"\b{found['event']}\b", re.I)
    same: When | None = None
    for k in reversed(range(n)) if st.speaker is not None else ():
        other, when = statements[k], dated[k]
        if other.speaker is not st.speaker or other.start >= st.start:
            continue
        if not when.evidence or not ONE_DAY.fullmatch(when.edtf or ""):
            continue
        if any(event.search(ctx.text, a, b) for a, b in other.window):
            same = when
            break
    if same is None:
        same = _occasion_told_last(ctx, n, statements, dated, found["event"], event)
    if same is None:
        return None
    evidence = same.evidence if same.inherited else f"the same one: '{same.evidence}'"
    return When(same.edtf, evidence, inherited=True)


def _occasion_told_last(
    ctx: DatedText,
    n: int,
    statements: Sequence[Attribution],
    dated: list[When],
    word: str,
    event: re.Pattern[str],
) -> When | None:
    """ "Ruiz told a joint appearance in Madrid on Tuesday ... Costa said at the same event":
    the day of the last words before told at a dated occasion (any occasion for "the same
    event", "gathering", "audience"; for "the same dinner", words whose attribution names a
    dinner), by whoever spoke; words with no day of their own between are passed over."""
    k = bisect.bisect_left(ctx.statement_starts, statements[n].start) - 1
    for m in ctx.statement_order[max(0, k - _SAME_REACH + 1) : k + 1][::-1]:
        if m >= n or not dated[m].evidence or not ONE_DAY.fullmatch(dated[m].edtf or ""):
            continue
        if word.lower() in _ANY_OCCASION or any(
            event.search(ctx.text, a, b) for a, b in statements[m].window
        ):
            return dated[m]
        return None  # the last dated words were told at another occasion
    return None


_SAME_REACH = 4  # statements read back for "the same" occasion


# "In that address, X said", "At that meeting, she told": an occasion the story just told
# ("at the same news conference": the speaker's own, see _same_one_again)
_THAT_OCCASION = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Dd]uring)\s+(?:that|this)\s+(?:[\w-]+\s+)?"
    r"(?:address|speech|interview|statement|letter|call|meeting|(?:news|press)\s+conference|"
    r"briefing|post|message|session|summit|talks)\b"
)
# an occasion told with its day ("laid out in a speech on May 31"), the day after it
_OCCASION_WITH_DAY = re.compile(
    r"\b(?:address|speech|interview|statement|letter|call|meeting|conference|briefing|post|"
    r"message|session|summit|talks)\s+(?:[^.;:!?]{0,30}?\s)?(?:on|of|in|at)?\s*$"
)
_THAT_OCCASION_REACH = 400  # how far back the occasion meant is looked for


def _that_occasion(text: str, st: Attribution, every: Sequence[Phrase]) -> When | None:
    """ "... the plan he laid out in a speech on May 31. In that address, Biden said ...":
    the day of the occasion "that" points back to, told just before (inside anyone's
    words too)."""
    if not any(_THAT_OCCASION.search(text, a, b) for a, b in st.window):
        return None
    first = bisect.bisect_left(every, st.start - _THAT_OCCASION_REACH, key=lambda p: p.start)
    last = bisect.bisect_left(every, st.start, key=lambda p: p.start)
    for p in reversed(every[first:last]):
        if ONE_DAY.fullmatch(p.when.edtf or "") and _OCCASION_WITH_DAY.search(
            text, max(0, p.start - 60), p.start
        ):
            return When(p.when.edtf, f"that occasion: '{p.when.evidence}'", True)
    return None


# "the joint statement issued after the meeting": a thing done after the event, no speaker
# placed at it
_DONE_AFTER = re.compile(
    r"\b(?:issued|signed|adopted|released|published|reached|announced|sent)\s+$", re.I
)


def _names_its_event(ctx: DatedText, st: Attribution) -> bool:
    """Whether the attribution places the words at an event ("she told the Council")."""
    return any(ctx.search(_AT_EVENT, a, b) for a, b in st.window)


def _places_at_event(text: str, event: re.Match[str]) -> bool:
    """Whether an ``_AT_EVENT`` match places someone at the event, not a thing made there."""
    return _DONE_AFTER.search(text, max(0, event.start() - 20), event.start()) is None


# "the signing ceremony", "the swearing-in ceremony": an event named by what is done at it
_DONE_AT = re.compile(r"\b(?P<stem>[a-z]{3,})ing(?:-in)?\s+$")
# "the opening ceremony of the forum": a part of an event, held on the event's day
_PART_OF = re.compile(
    r"\s+of\s+the\s+(?:[\w'\u2019-]+\s+){0,4}?(?P<event>forum|summit|conference|"
    r"symposium|seminar|talks|meeting|expo|fair|games|festival|congress)\b",
    re.I,
)


# an event named for the first time, shared with someone: "at a joint news conference with"
_AT_AN_EVENT = re.compile(
    r"\b(?:at|during|in) an? (?:[a-z]+ ){0,2}(?:news conference|press conference|conference|"
    r"meeting|briefing|talks|call)\s+(?:with|alongside)\b",
    re.I,
)


def _day_told_in(ctx: DatedText, dated: list[When], n: int, a: int, b: int) -> When | None:
    """The day of a statement before statement ``n`` told in the sentence ``[a, b)``."""
    i = bisect.bisect_left(ctx.statement_starts, a)
    j = bisect.bisect_left(ctx.statement_starts, b)
    for k in ctx.statement_order[i:j]:
        when = dated[k] if k < n else None
        if when is not None and when.evidence == _WHO_SAID_BEFORE:
            continue  # ("X, who once said A, said B": A's time, before, is not B's)
        if when is not None and when.evidence and when.edtf and ONE_DAY.fullmatch(when.edtf):
            evidence = when.evidence if when.inherited else f"same occasion as '{when.evidence}'"
            return When(when.edtf, evidence, inherited=True)
    return None


# "the G20 summit", "the Davos forum": an event named by a name of its own, just before
# its word (not the sentence's first word after "At the")
_OWN_NAME = re.compile(r"(?-i:(?<=\bthe )[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)(?=\s+$)")


_DAY_BESIDE_PLACE = 5  # characters after a place's name its day may start within (" on ")


def _carries_name(ctx: DatedText, name: str, start: int) -> bool:
    """Whether the sentence of the mention at ``start`` names the event ``name``."""
    sentence = ctx.sentence_at(start)
    return (
        sentence is not None
        and re.search(rf"\b{re.escape(name)}\b", ctx.text[sentence[0] : sentence[1]]) is not None
    )


def _day_of_event(ctx: DatedText, event: re.Match[str]) -> When | None:
    """The day an earlier sentence gives the event ``event`` names (an ``_AT_EVENT`` match):
    by the same word, by the event it is part of ("the opening ceremony of the forum"), then
    by another word for a meeting."""
    word = event["event"].lower()
    # "X met Y on Monday. ... Y said after the meeting": the meeting told last, by its noun
    # or its verb (an earlier "cabinet meeting on Tuesday" is another one)
    # ("Negotiators met on Tuesday ... Heading into the talks": talks are held by meeting)
    names = [
        f"{re.escape(word)}|{_MEETING_VERB}" if word in ("meeting", "talks") else re.escape(word)
    ]
    done = _DONE_AT.search(ctx.text, max(0, event.start("event") - 24), event.start("event"))
    if done is None and word == "ceremony":
        # "said at the ceremony" after "told the signing ceremony": the one told last, named
        # by what was done at it
        last = ctx.mentions_before(names[0], event.start("event"), 1)
        if last:
            done = _DONE_AT.search(ctx.text, max(0, last[0][0] - 24), last[0][0])
    if done:
        # "at the signing ceremony" after "X and Y signed the accord on Friday": the event
        # told by the verb of what was done at it
        names.append(rf"{done['stem']}(?:ed|s)")
    if word.endswith("ing"):
        names.append(rf"{word[:-3]}(?:ed|s)")  # "after the signing": "the treaty signed ..."
    part = _PART_OF.match(ctx.text, event.end())
    if part:
        names.append(re.escape(part["event"].lower()))
    if word == "briefing":
        names.append(_PRESS_CONFERENCE)  # one appearance before the press, named two ways
    # a summit is a meeting of leaders ("leaders meeting in Dar es Salaam yesterday"); its
    # talks or calls are the bilateral ones held beside it
    names += [_MEETINGS] if word != "summit" else [_LEADERS_MEETING]
    if word == "meeting":
        names.append("summit")  # "Opening the meeting, ..." under "signed at the summit"
        # "on his way into the meeting" under "the Foreign Affairs Council ... on June 12": a
        # council's sitting is a meeting
        names.append("council")
    if word in ("arrival", "arriving"):
        names = [_ARRIVED]  # an arrival is told by its noun or its verb, and is no meeting
    named = _OWN_NAME.search(ctx.text, event.start(), event.start("event"))
    if named is not None:
        # "at the G20 summit": that one gathering, told before in a sentence carrying its name
        names = names[:1]
    for name in names:
        for start, end in reversed(ctx.mentions_before(name, event.start(), _EVENT_MENTIONS)):
            if named is not None and not _carries_name(ctx, named.group(), start):
                continue  # ("a business summit in Hanoi": another one)
            if name == _LEADERS_MEETING and (
                _NAMED_MEETING.search(ctx.text, max(0, start - 30), start)
                or _BILATERAL.match(ctx.text, end)
            ):
                # "since the Kazan meeting", "the meeting between Modi and Xi": another one
                continue
            # (a day's possessive names the event by its own word only: "Tuesday's meeting"
            # is not the call the words were told in)
            day = _named_by_days_possessive(ctx, start) if name == names[0] else None
            day = day or _day_of_mention(ctx, start, end)
            if day is not None:
                return _at_or_after(
                    event, When(day.when.edtf, f"the {word}: '{day.when.evidence}'", inherited=True)
                )
    if named is not None:
        # "In the Oval Office meeting, X had told ..." after "the scenes in the Oval Office on
        # Friday": the place that names the event, told before with the day right after it
        for _, end in reversed(
            ctx.mentions_before(re.escape(named.group()), named.start(), _EVENT_MENTIONS)
        ):
            day = next(iter(ctx.phrases_between(end - 1, end + _DAY_BESIDE_PLACE)), None)
            if (
                day is not None
                and ONE_DAY.fullmatch(day.when.edtf or "")
                and not _planned(ctx, day)
            ):
                return _at_or_after(
                    event,
                    When(day.when.edtf, f"the {word}: '{day.when.evidence}'", inherited=True),
                )
    # "..., Wang said during talks with Vieira. The talks were held in Beijing on Tuesday.":
    # a sentence just after that tells when the event was held
    pos = event.end()
    for _ in range(_HELD_AFTER):
        sentence = ctx.sentence_after(pos)
        if sentence is None:
            break
        held = _HELD_ON.match(ctx.text, sentence[0], sentence[1])
        if held and held["event"].lower() == word:
            for p in ctx.phrases_between(held.end() - 1, sentence[1]):
                if ONE_DAY.fullmatch(p.when.edtf or "") and not ctx.subordinate(
                    sentence[0], p.start
                ):
                    return When(p.when.edtf, f"the {word}: '{p.when.evidence}'", inherited=True)
        pos = sentence[0]
    return None


_AFTER_EVENT_WORD = re.compile(r"(?:after|following)\b", re.I)


def _at_or_after(event: re.Match[str], day: When) -> When:
    """The day of words said at the event ``event`` names, given the event's ``day``: "after
    talks held from 6 to 10 March" is the day they ended, not the span."""
    if _AFTER_EVENT_WORD.match(event.group()) and _DAYS.fullmatch(day.edtf or ""):
        return When((day.edtf or "").partition("/")[2], day.evidence, inherited=True)
    return day


# "Speaking on the eve of the forum, X said": the day before the gathering the story dated
# ("a day before Thursday's summit", "the day ahead of the vote": the same day told in other
# words; any gathering, ballot or trip the story may date)
_EVE_OF = re.compile(
    r"\b(?:on\s+the\s+eve\s+of|(?:on\s+)?(?:the|a|one)\s+day\s+(?:before|ahead\s+of))\s+"
    r"(?:(?:the|this|that|their|its|a|an)\s+)?(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?P<event>talks|meetings?|negotiations|consultations|summit|conference|forum|congress|"
    r"session|ceremony|votes?|visit|elections?|polls|referendum|ballot|inauguration|debate|"
    r"hearing|trial|deadline|trip|tour|parade|rally|celebrations?|games|dialogue)\b",
    re.I,
)
# one gathering, named by more than one word in a story ("the Minsk conference", "the forum")
_GATHERINGS = r"conference|forum|congress|summit"


# "on the eve of the summit, which opens in Vilnius on Tuesday", "..., due to start on Friday":
# the event's own day told in the same phrase (its possessive, "Thursday's summit", stands
# inside the _EVE_OF match)
_EVE_EVENT_DAY = re.compile(
    r",?\s*(?:(?:which|that)\s+(?:opens|begins|starts|will\s+(?:open|begin|start)|"
    r"is\s+(?:due|set|scheduled)\s+to\s+(?:open|begin|start))|opening|beginning|starting|"
    r"(?:due|set|scheduled)\s+to\s+(?:open|begin|start))\s+"
    r"(?:(?:in|at)\s+(?:the\s+)?[A-Z]?[\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+)?"
    # ("that begins Thursday": a wire's weekday with no "on")
    r"(?=on\s|[A-Z0-9])"
)


def _eve_own_day(ctx: DatedText, event: re.Match[str]) -> Phrase | None:
    """The day the eve phrase itself gives its event: a day's possessive before the event's
    noun ("on the eve of Thursday's summit") or a clause after it telling when the event
    opens ("on the eve of the G20 summit, which opens in the capital on Saturday"). The words
    are said the day before that day, whatever earlier sentences say of other meetings."""
    after = _EVE_EVENT_DAY.match(ctx.text, event.end())
    if after is not None:
        i = bisect.bisect_left(ctx.phrase_starts, after.end())
        for p in ctx.phrases[i:]:
            if p.start > after.end():
                break
            if ONE_DAY.fullmatch(p.when.edtf or "") and p.start == after.end():
                return p
    for p in ctx.possessive_days:  # (a few a story)
        if event.start() <= p.start and p.end <= event.start("event"):
            return p  # (one day each: date_statements keeps no other)
    # "on the eve of the December 14 summit": a calendar day standing before the noun
    i = bisect.bisect_left(ctx.phrase_starts, event.start())
    for p in ctx.phrases[i:]:
        if p.start >= event.start("event"):
            break
        if (
            p.end <= event.start("event")
            and p.kind in ("md", "dm")
            and ONE_DAY.fullmatch(p.when.edtf or "")
        ):
            return p
    return None


def _eve_of(ctx: DatedText, st: Attribution) -> When | None:
    """The day before the event words were said on the eve of, when the story dated it: by
    its own word, else (a conference, a forum) by another word for the same gathering."""
    found = [m for a, b in st.window if (m := ctx.search(_EVE_OF, a, b))]
    if not found:
        return None
    event = found[0]
    own = _eve_own_day(ctx, event)
    day = own.when if own is not None else _day_of_event(ctx, event)
    if day is None and re.fullmatch(_GATHERINGS, event["event"], re.I):
        for start, end in reversed(
            ctx.mentions_before(_GATHERINGS, event.start(), _EVENT_MENTIONS)
        ):
            told = _day_of_mention(ctx, start, end)
            if told is not None:
                day = told.when
                break
    if day is None or not ONE_DAY.fullmatch(day.edtf or ""):
        return None
    eve = date.fromisoformat(day.edtf or "") - timedelta(days=1)
    if (
        own is not None
        and own.kind in ("weekday", "weekday_local")
        and ctx.published is not None
        and (ctx.published - eve).days >= 6
        and eve + timedelta(days=7) <= ctx.published
    ):
        # "on the eve of Thursday's summit" in Wednesday's paper: a weekday read back from
        # the page names last week's; an eve is at most days before the page, the event on
        # or after it (not a week back). Only a weekday's name is read so ("which opens on
        # February 20" is that day), and never into a day after the page
        eve += timedelta(days=7)
    return When(eve.isoformat(), f"{event.group().strip()}: the day before", inherited=True)


# "X said at a joint news conference with her counterpart Y": two parties appear before the
# press together when their meeting ends, so on the day of the meeting the story dated
_JOINT_APPEARANCE = re.compile(
    r"\b(?:at|during|to|told|addressing|addressed)\s+an?\s+joint\s+(?:[a-z]+\s+){0,2}?"
    r"(?:conference|briefing|availability|appearance)\b"
    # "told reporters alongside X and Y": the same appearance, before the press
    r"|\b(?:told|addressed|briefed)\s+(?:reporters|journalists|the\s+press|the\s+media)\s+"
    r"(?:alongside|flanked\s+by|together\s+with)\b",
    re.I,
)


# "said in the statement announcing the deal", "said as he announced the agreement", "said
# while unveiling the strategy", "X, presenting the plan, said": words said in the act that
# made a thing public
_THINGS = (
    r"deal|agreement|accord|pact|truce|ceasefire|cease-fire|treaty|declaration|memorandum|"
    r"plan|strategy|package|sanctions|initiative|roadmap|framework|decision|swap|exchange"
)
_MAKING_PUBLIC = r"announc|unveil|sign|launch|present|introduc"
_IN_THE_ACT = re.compile(
    r"(?:\b(?:as|when|while|after)\s+(?:he|she|they|it|we)\s+(?P<did>"
    + _MAKING_PUBLIC
    + r")e?d"
    + r"|(?:\b(?:in|with)\s+(?:a|the|its|his|her|their)\s+(?:joint\s+)?(?:statement|release|"
    r"communiqu[e\u00e9]|announcement|video|post|address)\s+|\b(?:as|when|while|after|in)\s+|"
    r"(?<=,)\s*)(?P<doing>"
    + _MAKING_PUBLIC
    + r")ing)"
    + rf"\s+(?:the|this|that|its|his|her|their)\s+(?:[\w'\u2019-]+\s+){{0,3}}?(?:{_THINGS})\b",
    re.I,
)
_A_THING = re.compile(rf"\b(?:{_THINGS})\b", re.I)
_ACT_REACH = 6  # sentences back: how far the thing's day may have been told
_ACT_NEAR = 60  # characters between the verb that made the thing public and its day


def _act_in(ctx: DatedText, st: Attribution) -> re.Match[str] | None:
    """The act that made a thing public the attribution places the words in ("he said in the
    statement announcing the deal")."""
    return next((m for a, b in st.window if (m := ctx.search(_IN_THE_ACT, a, b))), None)


def _day_of_the_act(ctx: DatedText, st: Attribution) -> When | None:
    """The day an earlier sentence gives the act the words were said in ("The deal, announced
    in Brussels on Friday, ...", "Lisbon on Monday unveiled a strategy"), by the same verb and
    a thing of the kind: the words came with it, not on the article's day."""
    act = _act_in(ctx, st)
    if act is None:
        return None
    verb = re.compile(rf"\b(?:{act['did'] or act['doing']})(?:ed|d|es|ement)\b", re.I)
    pos = min(st.start, act.start())
    for _ in range(_ACT_REACH):
        sentence = ctx.sentence_before(pos)
        if sentence is None:
            return None
        a, b = sentence
        pos = a
        done = verb.search(ctx.text, a, b)
        if done is None or not ctx.search(_A_THING, a, b):
            continue
        near = [
            p
            for p in ctx.phrases_between(a - 1, b)
            if ONE_DAY.fullmatch(p.when.edtf or "")
            and not _planned(ctx, p)
            and (0 <= p.start - done.end() <= _ACT_NEAR or 0 <= done.start() - p.end <= _ACT_NEAR)
        ]
        if not near:
            return None
        p = min(near, key=lambda p: min(abs(p.start - done.end()), abs(done.start() - p.end)))
        return When(p.when.edtf, f"the act: '{p.when.evidence}'", inherited=True)
    return None


_JOINT_EVENTS = rf"{_MEETINGS}|summit"  # what the leaders appearing together had just held
_JOINT_RUN_ON = 30  # characters


def _joint_appearance(ctx: DatedText, st: Attribution) -> When | None:
    """The day of the last talks or meeting the story dated before words said at a joint
    press appearance, when no later day stands between (then that day's event is meant)."""
    # (a match may run on past the attribution's words: "told reporters alongside X")
    found = [
        m
        for a, b in st.window
        if (m := ctx.search(_JOINT_APPEARANCE, a, b + _JOINT_RUN_ON)) and m.start() < b
    ]
    if not found:
        return None
    for start, end in reversed(
        ctx.mentions_before(_JOINT_EVENTS, found[0].start(), _EVENT_MENTIONS)
    ):
        day = _day_of_mention(ctx, start, end)
        if day is None or not ONE_DAY.fullmatch(day.when.edtf or ""):
            continue
        later = ctx.phrases_between(max(day.start, end), found[0].start())
        # (the day of someone's comment on the event, "experts said on Friday", is no
        # later event)
        if any(p.when.edtf != day.when.edtf and not _dates_a_saying(ctx.text, p) for p in later):
            return None
        word = ctx.text[start:end].lower()
        return When(day.when.edtf, f"the {word}: '{day.when.evidence}'", inherited=True)
    return None


_HELD_AFTER = 2  # sentences: how far below the words a sentence may date their event
_HELD_ON = re.compile(
    r"\s*(?:The|Their)\s+(?:[a-z]+\s+){0,2}(?P<event>talks|meeting|negotiations|consultations|"
    r"call|conversation|summit|conference|briefing|forum|ceremony|symposium|seminar)\s+"
    r"(?:(?:was|were)\s+(?:held|convened)|took\s+place)\b"
)


# "Speaking afterwards, X said", "X told reporters after the meeting": after the event told
# just before
# "Xie vowed to live up to his mission when he arrived in New York on Tuesday": a time
# clause of the speaker arriving, meeting or speaking, ending the reported words, gives the
# moment the words were said (Global Times, Xinhua copy)
_WHEN_HE_DID = re.compile(
    r"\b(?:when|as|after)\s+(?:he|she)\s+(?:arrived|landed|met|visited|spoke|addressed|"
    r"attended|received|held|opened|took office|assumed)\b(?P<tail>[^.;:\"\u201c\u201d]{0,100})$"
)


# "when he arrived in the city that fell on Monday": the day of a clause inside it
_INNER_CLAUSE = re.compile(r"\b(?:who|which|that|since|until|before|after|when|where|while)\b")


def _on_arriving(ctx: DatedText, st: Attribution) -> When | None:
    for a, b in st.reported:
        for p in ctx.phrases_between(a - 1, b):
            if p.start >= b or not ONE_DAY.fullmatch(p.when.edtf or ""):
                continue
            clause = _WHEN_HE_DID.search(ctx.text, max(a, p.start - 120), p.start)
            if clause and not _INNER_CLAUSE.search(clause["tail"]):
                return When(p.when.edtf, f"when the words were said: '{p.when.evidence}'", True)
    return None


# the events a story tells by their nouns, at or after which words are said
_TOLD_EVENT = r"meeting|talks|session|summit|ceremony|vote|debate|plenary"
_AFTERWARDS = re.compile(
    rf"\bafterwards?\b|\bafter (?:the|that|this) (?:{_TOLD_EVENT})\b"
    # "Speaking after some seven hours of talks", "after marathon talks": the talks the
    # story told, named by their length
    r"|\bafter (?:(?:some|nearly|almost|about|more than|over) )?(?:[\w-]+ hours? of|marathon|"
    r"lengthy|long) (?:talks|negotiations)\b"
    # "In a statement issued shortly after the ruling was published": the thing just told
    r"|\b(?:shortly|soon|moments|minutes|hours) after (?:the|its|his|her|their) [\w-]+"
    # "writing on X shortly after it was announced": the outcome just told, by its pronoun
    r"|\b(?:shortly|soon|moments|minutes|hours) after (?:it|the result) "
    r"(?:was|had been|has been) (?:[a-z]+ed|made public|made known)\b"
    # "The Council met on Thursday. ... X told the session ...": at the event told just
    # before by its verb, which no noun of it dates
    r"|\b(?:at|during|told|addressing|addressed) (?:the|that|this|its) "
    rf"(?:(?:opening|closing) )?(?:{_TOLD_EVENT})"
    r"\b(?!\s+(?:in|on|of|with|between|held)\b)",
    re.I,
)
_AFTERWARDS_REACH = 600  # characters: how far back the event may stand
_THAT_WORD = re.compile(r"\bthat\b")
_EVENT_NAMED = re.compile(_TOLD_EVENT, re.I)
# a sentence telling of a meeting: by its noun or by its verb ("X met Y on Monday")
_MET = re.compile(
    rf"\b(?:{_MEETINGS}|summit|session|ceremony|vote|voted|debate|debated|met|meets|held|hosted|"
    # "X and Y agreed in Geneva on Thursday on ...": what the talks produced, their day
    r"received|gathered|convened|assembled|agreed)\b",
    re.I,
)


# "X said ... Shortly after that, Y delivered his own assessment, saying ...": the words
# told just before, and their day
_SHORTLY = re.compile(
    r"\b(?:shortly|soon|moments|minutes|just)\s+(?:after\s+(?:that|this)|afterwards?|later)\b"
    # "addressed the crowd shortly after the announcement": the one just told
    r"|\b(?:shortly|soon|moments|minutes|just)\s+after\s+the\s+"
    r"(?:announcement|decision|vote|ruling|verdict|signing)\b",
    re.I,
)


def _shortly_after(
    ctx: DatedText, n: int, statements: Sequence[Attribution], dated: list[When]
) -> When | None:
    st = statements[n]
    sentence = ctx.sentence_at(min(st.start, st.cue_at))
    if sentence is None:
        return None
    a = sentence[0]
    if not _SHORTLY.search(ctx.text, a, min(st.start, st.cue_at)):
        # "Y, who spoke shortly afterwards, departed from his text. '...,' Y told the hall":
        # the sentence before, about the same speaker, tells when
        before = ctx.sentence_before(a)
        if not (
            before is not None
            and _any_within(st.speaker_at, *before)
            and _SHORTLY.search(ctx.text, *before)
        ):
            return None
        a = before[0]
    k = bisect.bisect_left(ctx.statement_starts, a) - 1  # the statement told before
    if k < 0 or ctx.statement_order[k] >= n:
        return None
    event = _told_event_day(ctx, ctx.statement_starts[k], a, min(st.start, st.cue_at))
    if event is not None:
        return event
    told = dated[ctx.statement_order[k]]
    if told.evidence and ONE_DAY.fullmatch(told.edtf or ""):
        return _shared(told, "shortly after")
    return None


# "shortly after the announcement" and the verb that told that event ("was announced on
# Wednesday"), by the noun's stem
_EVENT_STEMS = {
    noun: re.compile(rf"\b{stem}", re.I)
    for noun, stem in (
        ("announcement", "announc"),
        ("decision", "decid"),
        ("vote", "vot"),
        ("ruling", "rul"),
        ("verdict", "verdict"),
        ("signing", "sign"),
    )
}
_SHORTLY_AFTER_EVENT = re.compile(
    r"\b(?:shortly|soon|moments|minutes|just)\s+after\s+the\s+(?P<event>"
    + "|".join(_EVENT_STEMS)
    + r")\b",
    re.I,
)


def _told_event_day(ctx: DatedText, since: int, start: int, cue_at: int) -> When | None:
    """ "The truce was announced on Wednesday ... Shortly after the announcement, X wrote":
    the day of the sentence, since the statement told before, that told that event (not the
    day of that statement, which may be another occasion)."""
    shortly = _SHORTLY_AFTER_EVENT.search(ctx.text, start, cue_at)
    if shortly is None:
        return None
    stem = _EVENT_STEMS[shortly["event"].lower()]
    for p in reversed(ctx.phrases_between(since, start)):
        sentence = ctx.sentence_at(p.start)
        if (
            sentence is not None
            and ONE_DAY.fullmatch(p.when.edtf or "")
            and stem.search(ctx.text, sentence[0], sentence[1])
        ):
            return When(p.when.edtf, f"shortly after the {shortly['event']}: '{p.when.evidence}'")
    return None


def _shared(day: When, how: str) -> When:
    """Another's day, shared: its evidence as told, once (not nested again)."""
    evidence = day.evidence if day.inherited else f"{how}: '{day.evidence}'"
    return When(day.edtf, evidence, inherited=True)


# words that put two people at one occasion: "took the stage shortly after X", "speaking
# after his meeting with X", "announcing the deal alongside X and Y"
_BESIDE = re.compile(
    r"\b(?:(?:shortly|just|soon|right|immediately)\s+after"
    r"|after\s+(?:his|her|their)\s+(?:[a-z]+\s+)?(?:meeting|talks)\s+with"
    r"|alongside|beside|next\s+to|together\s+with|flanked\s+by)\s+",
    re.I,
)
_BESIDE_REACH = 120  # characters from the linking word to the name of the person beside


def _speaker_mentions(statements: Sequence[Attribution]) -> list[tuple[int, int]]:
    """(position, statement index) of every place a speaker is named, each speaker once,
    under its first statement (a speaker's statements share one list of places: listing it
    per statement would grow with the square of a speaker's statements)."""
    first: dict[int, int] = {}
    for k, st in enumerate(statements):
        if st.speaker is not None:
            first.setdefault(id(st.speaker), k)
    return sorted((pos, k) for k in first.values() for pos in statements[k].speaker_at)


def _beside_another(
    ctx: DatedText,
    n: int,
    statements: Sequence[Attribution],
    dated: list[When],
    mentions: Sequence[tuple[int, int]],
) -> When | None:
    """The day of the occasion a speaker shared with another: the speaker's own sentence
    (or the one before it that names the speaker) puts them "alongside" or "shortly after"
    someone whose words the story dated; or the speaker was named "alongside" someone in
    the frame of that one's dated words. ``mentions`` are (position, statement index) of
    every speaker's mentions, sorted."""
    st = statements[n]
    own = ctx.sentence_at(min(st.start, st.cue_at))
    if st.speaker is None or own is None:
        return None
    regions = [(own[0], min(st.start, st.cue_at))]
    before = ctx.sentence_before(own[0])
    if before is not None and _any_within(st.speaker_at, *before):
        regions.append(before)
    for a, b in regions:
        for link in _BESIDE.finditer(ctx.text, a, b):
            i = bisect.bisect_left(mentions, (link.end(), -1))
            j = bisect.bisect_left(mentions, (min(b, link.end() + _BESIDE_REACH), -1))
            for _, k in mentions[i:j]:
                other = statements[k].speaker
                if other is None or other is st.speaker:
                    continue
                m = ctx.last_by_speaker.get(id(other))
                day = dated[m] if m is not None else None
                if day is not None and day.evidence and ONE_DAY.fullmatch(day.edtf or ""):
                    return _shared(day, "beside another")
    # named beside the one who spoke: "Announcing the deal alongside X, Y said ..."
    k = bisect.bisect_left(st.speaker_at, own[0]) - 1
    if k < 0:
        return None
    pos = st.speaker_at[k]
    sentence = ctx.sentence_at(pos)
    if sentence is None:
        return None
    if _BESIDE.search(ctx.text, max(sentence[0], pos - _BESIDE_REACH), pos) is None:
        return None
    i = bisect.bisect_left(ctx.statement_starts, pos)
    j = bisect.bisect_left(ctx.statement_starts, sentence[1])
    for m in ctx.statement_order[i:j]:
        other = statements[m]
        day = dated[m] if m < len(dated) else None
        if (
            other.speaker is not None
            and other.speaker is not st.speaker
            and other.cue_at > pos
            and day is not None
            and day.evidence
            and ONE_DAY.fullmatch(day.edtf or "")
        ):
            return _shared(day, "beside another")
    return None


# "Y, for his part, said ...": Y answers the one quoted just before, at the same occasion
_FOR_ONES_PART = re.compile(
    r",\s*(?:for\s+(?:his|her|its|their)\s+part|in\s+(?:his\s+|her\s+|their\s+)?turn)\s*,",
    re.I,
)


def _for_ones_part(
    ctx: DatedText, n: int, statements: Sequence[Attribution], dated: list[When]
) -> When | None:
    """The day of the words of another speaker told just before words said "for his part"
    or "in turn": the speaker answers them, at the same talks or conference."""
    st = statements[n]
    own = ctx.sentence_at(min(st.start, st.cue_at))
    if st.speaker is None or own is None:
        return None
    if not _FOR_ONES_PART.search(ctx.text, own[0], max(own[0], st.cue_at)):
        return None
    k = bisect.bisect_left(ctx.statement_starts, own[0]) - 1  # the statement told before
    if k < 0 or ctx.statement_order[k] >= n:
        return None
    before = statements[ctx.statement_order[k]]
    told = dated[ctx.statement_order[k]]
    if before.speaker is st.speaker or not told.evidence or not ONE_DAY.fullmatch(told.edtf or ""):
        return None
    return _shared(told, "for his part, after")


# "..., while Kerry said ...", "... and Kerry replied ...": a clause joined to the one before
_JOINED_CLAUSE = re.compile(r"[,;]\s+(?:while|whereas|and|but)\s+")


def _hearer_answers(
    ctx: DatedText, n: int, statements: Sequence[Attribution], dated: list[When]
) -> When | None:
    """ "Kishida told Kerry that Japan has made maximum efforts ..., while Kerry said he
    appreciated the explanation": the one told, answering in a clause joined to the
    telling in the same sentence, spoke at the same talks, on their day."""
    st = statements[n]
    own = ctx.sentence_at(min(st.start, st.cue_at))
    if st.speaker is None or own is None:
        return None
    k = bisect.bisect_left(ctx.statement_starts, st.start) - 1  # the statement told before
    if k < 0 or ctx.statement_order[k] >= n:
        return None
    before = statements[ctx.statement_order[k]]
    told = dated[ctx.statement_order[k]]
    if (
        before.speaker is None
        or before.speaker is st.speaker
        or min(before.start, before.cue_at) < own[0]
        or not before.said
        or not told.evidence
        or not ONE_DAY.fullmatch(told.edtf or "")
    ):
        return None
    # the one answering is the one told: named between the telling's verb and its words
    if not _any_within(st.speaker_at, before.cue_at, before.start):
        return None
    if not _JOINED_CLAUSE.match(ctx.text, before.said[-1][1]):
        return None
    if ctx.phrases_between(before.start, st.start):
        return None
    return _shared(told, "the one told answering")


def _afterwards(ctx: DatedText, st: Attribution, statements: Sequence[Attribution]) -> When | None:
    """The day of the event told just before words said "afterwards" ("Ministers met in
    Brussels on Monday. Speaking afterwards, X said ..."): the last day in a main clause
    before the statement's sentence, paragraphs before it included; not the day someone
    else's words were given ("Y wrote on X on Wednesday"), which is no event's."""
    found = [m for a, b in st.window if (m := ctx.search(_AFTERWARDS, a, b))]
    if not found:
        return None
    # "after the meeting": a day of a sentence telling of some meeting, not of a post
    named = _EVENT_NAMED.search(found[0].group()) is not None
    sentence = ctx.sentence_at(min(st.start, st.cue_at))
    end = sentence[0] if sentence else min(st.start, st.cue_at)
    if sentence is not None and not named:
        # "X, who received Y on Friday afternoon, said afterwards ...": the deed the speaker's
        # own "who" clause told, and its day
        deed = [
            p
            for p in ctx.phrases_between(sentence[0] - 1, st.cue_at)
            if ONE_DAY.fullmatch(p.when.edtf or "")
            and not _not_a_day_reached(ctx, p)
            and ctx.relative_clause(sentence[0], p.start)
        ]
        if deed:
            return When(deed[-1].when.edtf, f"afterwards: '{deed[-1].when.evidence}'")
    others = Spans([w for o in statements if o is not st for w in o.window])
    # (phrases_between is open at its start: -1 lets a day opening the text be seen,
    # "Wednesday's talks ended late.\n\nX said afterwards")
    for p in reversed(ctx.phrases_between(max(-1, end - _AFTERWARDS_REACH - 1), end)):
        if not ONE_DAY.fullmatch(p.when.edtf or "") or _not_a_day_reached(ctx, p):
            continue
        if p.start in others:
            continue
        told_in = ctx.sentence_at(p.start)
        if told_in is None or ctx.subordinate(told_in[0], p.start):
            continue
        # (told outside what was said: "wrote that the vote had been rigged" tells no vote)
        that = _THAT_WORD.search(ctx.text, told_in[0], told_in[1])
        met = _MET.search(ctx.text, told_in[0], that.start() if that else told_in[1])
        if named and met is None:
            continue
        if met is not None:
            # "The Assembly met today to debate the veto cast on 4 June": the meeting's day
            # is the one nearest its verb, not a day of what it was about
            p = min(
                (
                    q
                    for q in ctx.phrases_between(told_in[0] - 1, told_in[1])
                    if ONE_DAY.fullmatch(q.when.edtf or "")
                    and not _not_a_day_reached(ctx, q)
                    and not ctx.subordinate(told_in[0], q.start)
                ),
                key=lambda q: abs(q.start - met.start()),
                default=p,
            )
        how = "afterwards" if found[0].group().lower().startswith("after") else "the event"
        return When(p.when.edtf, f"{how}: '{p.when.evidence}'", inherited=True)
    return None


# a day beside a verb of saying ("said on Friday", "told reporters on Friday", "on Friday
# said") dates those words; the event they name is the occasion only when the attribution
# places the words at or after it ("told reporters after the talks on Friday")
_SAYING_BEFORE = re.compile(
    r"\b(?:said|says|told|tells|stated|added|noted|wrote|announced|declared|warned)\b"
    r"(?:\s+(?!(?:after|following|at|during)\b)[\w'\u2019-]+){0,3}?\s+(?:on\s+)?$",
    re.I,
)
_SAYING_AFTER = re.compile(r",?\s*(?:said|says|told|tells|stated|added|noted|wrote)\b")
_OCCASION_OF = re.compile(
    r"\b(?:after|following|at|during|ahead\s+of|before|on\s+the\s+sidelines\s+of)\s+"
    r"(?:(?:the|their|his|her|its|a|an)\s+)?(?:[\w'\u2019-]+\s+){0,3}$",
    re.I,
)


# "told CNN later Friday that ... a meeting that ...": the words came after the day's events,
# so the meeting they name is of that day too
_SAME_DAY_AS_EVENTS = re.compile(r"\b(?:later|earlier)\s+(?:on\s+)?$", re.I)
_LATER_OR_EARLIER = re.compile(r"(?:later|earlier)\b", re.I)


def _dates_a_saying(text: str, p: Phrase) -> bool:
    """Whether the day ``p`` stands beside a verb of saying, so dates those words only."""
    if _SAME_DAY_AS_EVENTS.search(text, max(0, p.start - 12), p.start) or (
        _LATER_OR_EARLIER.match(p.when.evidence)
    ):
        return False
    return bool(
        _SAYING_BEFORE.search(text, max(0, p.start - 40), p.start)
        or _SAYING_AFTER.match(text, p.end)
    )


# "Sunday's emergency summit", "Thursday's Pacific Alliance summit": a day's possessive naming
# the event, a few words of its kind or name between, gives the event's own day
# ("Friday's vote on the summit communique": the vote's day, a preposition between)
_NAMES_THE_EVENT = re.compile(
    r"['\u2019]s\s+(?:(?!(?:on|of|at|in|for|by|to|with|from|over|after|before|and|or|the|a|"
    r"an)\s)[\w-]+\s+){0,3}",
    re.I,
)
_NAMING_REACH = 60  # characters: a day's possessive and the event noun it names


def _named_by_days_possessive(ctx: DatedText, start: int) -> Phrase | None:
    """The day's possessive naming the event mentioned at ``start`` ("who travelled to
    Santiago for Thursday's Pacific Alliance summit"): the event's own day, in any clause."""
    i = bisect.bisect_left(ctx.possessive_ends, start - _NAMING_REACH)
    for p in ctx.possessive_days[i:]:
        if p.end >= start:
            break
        if _NAMES_THE_EVENT.fullmatch(ctx.text, p.end, start):
            return p
    return None


_OCCASION_WORD = re.compile(
    r"\b(?:at|after|during|following|before|ahead\s+of|on\s+the\s+sidelines\s+of|in|on|"
    r"from|to|with)\b|[,;:\"\u201c\u201d]"
)
# a finite verb that opens a reported clause ("said Tokyo was willing", "told him it would")
_CLAUSE_VERB = re.compile(
    r"\b(?:was|were|is|are|had|has|have|would|will|could|should|must|can|may|might)\b"
)
_SAYING_BETWEEN = re.compile(
    r"\b(?:said|says|told|tells|stated|added|noted|stressed|warned|urged|insisted)\b"
)


# a day phrase that counts from something named after it ("Two days before", "a week after")
_COUNTS_FROM = re.compile(r"\b(?:before|after|ahead\s+of|prior\s+to)\s*$", re.I)
# what stands between such a phrase and the event it counts from: "the", "the two ministers'"
_ANCHOR_GAP = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|this|that)\s+)?(?:[\w\u2019'-]+\s+){0,4}", re.I
)


# what may stand between an event and its own day: a place ("the talks in Geneva on Thursday")
_ATTACHED_DAY = re.compile(
    r"\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*){0,2}\s+)?(?:on\s+)?"
)


def _day_of_mention(ctx: DatedText, start: int, end: int) -> Phrase | None:
    """A day given to the event named at ``start:end``: in its sentence, just before it or
    after it with no other event named between, in no clause of its own."""
    sentence = ctx.sentence_at(start)
    if sentence is None:
        return None
    sayings = list(_SAYING_BETWEEN.finditer(ctx.text, sentence[0], start))
    if sayings and (
        not _OCCASION_WORD.search(ctx.text, sayings[-1].end(), start)
        # ("said Tokyo was willing to implement the consensus reached at their meeting in
        # Lima": a clause's verb first, so the meeting is in the words said, however many
        # of its words are prepositions)
        or _CLAUSE_VERB.search(ctx.text, sayings[-1].end(), start)
    ):
        # "X said the truce talks had broken down in January": talks named in the words said,
        # another event than the one a later speaker "told" (not "said after the meeting")
        return None
    phrases = ctx.phrases_between(sentence[0] - 1, sentence[1])
    if any(
        p.end <= start
        and _COUNTS_FROM.search(ctx.text, p.start, p.end)
        and _ANCHOR_GAP.fullmatch(ctx.text, p.end, start)
        for p in phrases
    ):
        # "Two days before the two ministers' phone call, X on Tuesday called for ...": the
        # event is what a day is counted from, and the sentence's days are another's; only a
        # day told right after the event is its own ("Two days before the talks in Geneva on
        # Thursday, ...")
        phrases = [
            p for p in phrases if p.start >= end and _ATTACHED_DAY.fullmatch(ctx.text, end, p.start)
        ]
    for p in phrases:
        if not p.when.edtf or p.when.edtf.startswith("..") or _planned(ctx, p):
            continue
        if _YEAR.fullmatch(p.when.edtf):
            # "the accord signed in 1998": a year tells when a thing was made, never the
            # occasion someone in the news spoke at ("Speaking after the signing, ...")
            continue
        # "on Monday April 16, Minister X received a phone call": the day opens the clause
        before = start - _EVENT_REACH <= p.start < start and not _ANY_EVENT.search(
            ctx.text, p.end, start
        )
        after = (
            p.start >= end
            and not _ANY_EVENT.search(ctx.text, end, p.start)
            and not _DEED_CLAUSE.search(ctx.text, end, p.start)
            # "the first meeting since 2011, and came after relations sank ... last year": what
            # the event came after is an earlier thing, with a day of its own
            and not _CAME_AS.search(ctx.text, end, p.start)
            # "Opening the meeting, X said the tribunal had been set up in June": a day in the
            # words said after the event dates what they tell, not the event
            and not _SAYING_BETWEEN.search(ctx.text, end, p.start)
        )
        if not (before or after) or (after and _object_done_on(ctx, sentence, p)):
            continue  # ("meeting X, thanked him for the deal reached late Monday": the deal's)
        if _dates_a_saying(ctx.text, p) and not _OCCASION_OF.search(
            ctx.text, max(0, start - 40), start
        ):
            continue  # "Y said on Friday that the talks had failed": the day of Y's words
        # "the forum, which opened on Thursday": a clause telling when the event itself was
        if not ctx.subordinate(sentence[0], p.start) or (
            after and _EVENT_CLAUSE.fullmatch(ctx.text, end, p.start)
        ):
            return p
    return None


# "the summit was convened after the rebels seized the city late last month": a time clause
# with a subject and verb of its own between the event and the day dates that other deed
# ("after the United States, the agency's largest donor, withheld $65 million in January":
# the subject set off by an apposition, then a verb of its own)
_DEED_CLAUSE = re.compile(
    r"\b(?:after|before|since|when|once|as)\s+(?:the|a|an|its|their|his|her|[A-Z][\w'\u2019-]*)"
    r"(?:,\s+[^,;:.\"\u201c\u201d]{2,60}?,)?\s+"
    r"(?:[\w'\u2019-]+\s+){0,4}?(?:[\w'\u2019-]+,\s+[^,;:.\"\u201c\u201d]{2,60}?,\s+)?"
    r"(?:[a-z]+ed|met|spoke|said|told|made|held|took|gave|went|came|won|sent|wrote|began|fell|"
    r"struck|overran|left|withheld|withdrew|cut|froze|shut|hit|put|set|broke|brought|sought|"
    r"kept|lost|led|fled|drew|threw|ran|rose|stood|chose|shot|built|spent|paid)\b"
)
_EVENT_CLAUSE = re.compile(
    r",?\s+(?:which|that)\s+(?:was\s+|were\s+)?(?:opened|began|kicked\s+off|started|"
    r"closed|ended|concluded|held|took\s+place|convened)\b[^,;:.\"\u201c\u201d]{0,40}?\s"
)


# "Foreign Minister X also addressed the gathering", "X, who stood beside Y": one more speaker
# at the occasion the story has been telling of, in a sentence of the speaker's own before
# the words
_ALSO_ADDRESSED = re.compile(
    r"\balso\s+(?:addressed|spoke\s+(?:at|to|before))\s+(?:the|that)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:gathering|conference|meeting|session|summit|forum|assembly|event|audience|delegates)\b"
    # "X, who appeared alongside the president, said": at the appearance just told; "who
    # appeared alongside Ri", "who joined Trump at the podium": at the one that person's
    # words were told at
    r"|\b(?:appeared|appearing|stood|standing|sat|sitting)\s+(?:alongside|beside|next\s+to)\b"
    r"(?:\s+(?P<whom>(?-i:[A-Z][\w'\u2019-]+))\b)?"
    r"|\bjoined\s+(?P<joined>(?-i:[A-Z][\w'\u2019-]+))\s+(?:at\s+the\s+(?:podium|lectern)|on\s+stage)\b"
    # "The committee was also briefed by X on ...": X addressed the sitting the story told
    r"|\b(?:committee|panel|commission|council|cabinet|session|meeting|senate|house|assembly|"
    r"members|lawmakers|delegates)\s+(?:was|were)\s+(?:also\s+)?briefed\s+by\b"
)


def _also_addressed(
    ctx: DatedText, n: int, statements: Sequence[Attribution], dated: list[When]
) -> When | None:
    """The day of the occasion another speaker was last dated at, when the speaker's own
    sentence says they too addressed it."""
    st = statements[n]
    if st.speaker is None:
        return None
    i = bisect.bisect_right(st.speaker_at, st.start)  # the last place named before the words
    sentence = ctx.sentence_at(st.speaker_at[i - 1]) if i else None
    also = _ALSO_ADDRESSED.search(ctx.text, *sentence) if sentence is not None else None
    if also is None and i > 1 and sentence is not None:
        # "The committee was also briefed by X on ... . The additional secretary said ...":
        # the sentence just before, naming the speaker too, in the same paragraph
        told = ctx.sentence_at(st.speaker_at[i - 2])
        if (
            told is not None
            and told[1] <= sentence[0]
            and "\n" not in ctx.text[told[0] : sentence[0]]
        ):
            also = _ALSO_ADDRESSED.search(ctx.text, *told)
            sentence = told if also is not None else sentence
    if sentence is None or also is None:
        return None
    before = [k for k in ctx.statement_order if statements[k].start < sentence[0] and k < n]
    whom = also["whom"] or also["joined"]
    named = [k for k in before if whom and _named_so(statements[k].speaker, whom)]
    for k in reversed(named or before):
        other = statements[k]
        when = dated[k]
        if (
            other.speaker is st.speaker
            or not when.evidence
            or not ONE_DAY.fullmatch(when.edtf or "")
        ):
            continue
        evidence = when.evidence if when.inherited else f"the same occasion: '{when.evidence}'"
        return When(when.edtf, evidence, inherited=True)
    return None


def _named_so(speaker: object, word: str) -> bool:
    """Whether ``word`` is one of the words of the speaker's name ("Ri", "Trump")."""
    return word in (getattr(speaker, "name", None) or "").split()


# a photo's caption: "Photo: ...", "Image: ...", or a line carrying a "©" credit
_CAPTION_LINE = re.compile(r"[ \t]*(?:Photo|Image|Picture)s?[ \t]*:|[^\n]*\u00a9")


def _on_caption_line(text: str, pos: int) -> bool:
    """Whether ``pos`` stands on a photo caption's line."""
    return _CAPTION_LINE.match(text, text.rfind("\n", 0, pos) + 1) is not None


def _placed_by_a_caption(ctx: DatedText, before: int, placed: When) -> bool:
    """Whether the occasion ``placed`` was read from a photo caption's line: a short line
    of its own ending in the full date after a comma ("X addresses reporters at the U.N.,
    Sept. 19, 2017.", perhaps with its credit after "|"), or one set off as a photo's
    ("Photo: ...")."""
    for p in reversed(ctx.phrases_between(-1, before)):
        if p.when.edtf == placed.edtf and placed.evidence == f"occasion: '{p.when.evidence}'":
            line = ctx.text.rfind("\n", 0, p.start) + 1
            end = ctx.text.find("\n", p.end)
            end = len(ctx.text) if end < 0 else end
            return _CAPTION_LINE.match(ctx.text, line) is not None or (
                end - line <= _CAPTION_CHARS
                and _YEAR.search(p.when.evidence) is not None
                and ctx.text[max(line, p.start - 2) : p.start] == ", "
                and _CAPTION_END.fullmatch(ctx.text, p.end, end) is not None
            )
    return False


def _told_over_a_span(text: str, ctx: DatedText, st: Attribution) -> bool:
    """Whether the telling's clause gives it a span of time ("has told Ankara for months",
    "over the past month", "since the summit")."""
    sentence = ctx.sentence_at(st.cue_at)
    if sentence is None:
        return False
    end = st.start if st.cue_at < st.start < sentence[1] else sentence[1]
    return _SPAN_OF_TELLING.search(text, st.cue_at, min(end, st.cue_at + 200)) is not None


_CAPTION_CHARS = 300  # a caption is a short line
# what may follow a caption's date on its line: its full stop, a credit ("| Photo: X")
_CAPTION_END = re.compile(r"[ \t]*\.?[ \t]*(?:\|[^\n]*)?")
# a span the telling went on over ("for months", "over the past month", "in recent weeks",
# "since March")
_SPAN_OF_TELLING = re.compile(
    r"\b(?:for|over|in|during|throughout)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}"
    r"(?:days|weeks|months|years|decades|day|week|month|year)\b|\bsince\b|\bfor\s+some\s+time\b",
    re.I,
)
# "in a recent interview", "in a previous statement": an occasion of words before the page's
_GIVEN_BEFORE = frozenset(("recent", "previous", "prior"))
# a plain perfect of telling, no adverb making it a stance held ("has told reporters": one
# telling to a hearer; not "has said", "has long argued", which a stance held up to now is)
_TOLD_IN_THE_PERFECT = re.compile(r"ha(?:s|ve) told")
# a vague time told by a perfect ("has said", "have repeatedly expressed")
_PERFECT_EVIDENCE = re.compile(r"(?:has|have)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|id|en|wn)\b")


# "X says", "she tells", "he adds": a verb of saying in the present
_PRESENT_CUE = re.compile(r"(?!(?:has|was|is|does)\b)[a-z]+s\b")


def _in_present(text: str, st: Attribution) -> bool:
    """Whether the verb that says ``st``'s words is in the present ("Abetz says ...")."""
    return _PRESENT_CUE.match(text, st.cue_at) is not None


# an occasion the attribution names: "in an interview", "aboard Air Force One" (not "told
# reporters" alone: any attribution's)
_OCCASION_NAMED = re.compile(
    r"\baboard\b|\bon\s+(?:board|Air\s+Force\s+One)\b|"
    r"\b(?:in|during)\s+(?:an?|his|her|their)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:interview|speech|"
    r"address|post|statement|briefing|news conference|press conference)\b",
    re.I,
)
# the act of putting words out in each medium, as the sentence before the words may tell it
_MEDIUM_ACTS = (
    (
        re.compile(r"\bpost\b", re.I),
        re.compile(r"\b(?:posted|posts?|message|tweet(?:ed)?)\b", re.I),
    ),
    (re.compile(r"\bstatement\b", re.I), re.compile(r"\bstatement\b", re.I)),
    (re.compile(r"\binterview\b", re.I), re.compile(r"\binterview\b", re.I)),
    (re.compile(r"\b(?:speech|address)\b", re.I), re.compile(r"\b(?:speech|address)\b", re.I)),
)


def _medium_told_just_before(ctx: DatedText, st: Attribution) -> int | None:
    """Just before where the sentence before the words' own starts, when it names their speaker
    putting out words in the medium their attribution names anew ("had posted a message"
    before "she wrote in a post"): that medium's occasion, not a new one."""
    own = ctx.sentence_at(min(st.start, st.cue_at))
    before = ctx.sentence_before(own[0]) if own is not None else None
    if before is None:
        return None
    k = bisect.bisect_left(st.speaker_at, before[0])
    if k == len(st.speaker_at) or st.speaker_at[k] >= before[1]:
        return None
    named_at = st.speaker_at[k]
    # the one putting the words out is that sentence's subject, named before the act with no
    # verb of another before him ("On Wednesday, van Klaveren had posted a message"; not
    # "In an interview, Lavrov mocked Zelenskiy's plan", nor "Lavrov mocked Zelenskiy in an
    # interview": the one named there gave no interview)
    if _VERB_BEFORE_SUBJECT.search(ctx.text, _front_end(ctx.text, before[0], named_at), named_at):
        return None
    for a, b in st.window:
        named = _OCCASION_NAMED.search(ctx.text, a, b)
        if named is None:
            continue
        front = _front_end(ctx.text, before[0], named_at)
        for kind, act in _MEDIUM_ACTS:
            if not kind.search(named.group()):
                continue
            # the act his: after his name, or in the phrase fronted before it ("In an
            # interview on Sunday, X said ...")
            if act.search(ctx.text, named_at, before[1]) or act.search(ctx.text, before[0], front):
                return before[0] - 1  # (the days after it: a day may open that sentence)
    return None


# a verb (or a medium) before a name: the name is no subject putting the words out
_VERB_BEFORE_SUBJECT = re.compile(
    r"\b(?:[a-z]{2,}ed|said|says|told|tells|gave|met|wrote|spoke|took|made|sent|hit|struck|"
    r"is|was|has|had|interview|statement|post|speech|address)\b"
)


def _front_end(text: str, start: int, at: int) -> int:
    """Where a sentence's fronted phrase ("On Wednesday, ", "In a post on X, ") ends
    before ``at``: past its last comma, or ``start`` where none is."""
    comma = text.rfind(", ", start, at)
    return comma + 2 if comma >= 0 else start


# "..., to which the president replied that ...": an answer given on the spot
_TO_WHICH = re.compile(r"\bto\s+which\s+[^,;:\"\u201c\u201d]{1,60}$")


def _reply_in_the_sentence(
    ctx: DatedText, n: int, statements: Sequence[Attribution], dated: list[When]
) -> When | None:
    """'"Next time in Moscow," Putin told Trump as the event wrapped up, to which the
    president replied that ...': the day of the words the reply answers, in its sentence."""
    st = statements[n]
    sentence = ctx.sentence_at(st.cue_at)
    if sentence is None or not _TO_WHICH.search(ctx.text, sentence[0], st.cue_at):
        return None
    k = bisect.bisect_left(ctx.statement_starts, st.start) - 1  # the statement told before
    if k < 0 or ctx.statement_order[k] >= n:
        return None
    told = dated[ctx.statement_order[k]]
    if statements[ctx.statement_order[k]].start < sentence[0] or not told.edtf:
        return None
    return _shared(told, "the words answered")


def _flashback_left(text: str, end: int, st: Attribution) -> bool:
    """ "A day earlier, he had said ... .\n\n ... X called ...": a telling in the pluperfect
    (ending at ``end``) steps back from the story's time to an occasion of its own; a later
    paragraph's words in the simple past are back in the story's time, not at that one."""
    return (
        "\n" in text[end : st.start]
        and _PLUPERFECT_CUE.search(text, max(0, st.cue_at - 24), st.cue_at) is None
        and _GOES_ON.match(text, st.cue_at) is None
        and not _quote_bears_out(text, end, st)
    )


def _quote_bears_out(text: str, end: int, st: Attribution) -> bool:
    """ "On Thursday, X had said at a briefing that ... .\n\n'...,' the adviser said.": a
    quotation opening the very next paragraph gives the words of the telling just reported,
    at its occasion, though that telling stood in the pluperfect."""
    between = text[end : st.start]
    if between.count("\n") != 2 or between.count("\n\n") != 1:
        return False
    opening = end + between.index("\n\n")
    return _QUOTE_OPENS.match(text, opening) is not None and st.start - opening <= 3


# "added", "went on": the same telling carried on, at its occasion
_GOES_ON = re.compile(r"(?:added|continued|went on)\b")
# "had said", "had already warned", "had told": a telling in the pluperfect
_PLUPERFECT_TOLD = re.compile(
    r"\bhad\s+(?:[a-z]+ly\s+|also\s+|already\s+)?(?:said|told|[a-z]{3,}ed)\b"
)


# a sentence opening on a gathering: the scene of the words told right after it
# "The foreign secretary had dined with Trump on Monday evening.": a deed in the pluperfect,
# told as what came before the story's time (not "had to", "had been due to")
_PLUPERFECT = re.compile(
    r"\bhad\s+(?:(?:already|earlier|also|just|previously)\s+)?(?!to\b|been\b)[a-z]{3,}\b"
)
_CLAUSE_OPENER = re.compile(
    r"\b(?:that|which|who|whose|whom|if|whether|when|because|after|before|since|as)\b", re.I
)
# the words' own sentence going back to that deed ("afterwards", "after the dinner", "there")
_BACK_TO_IT = re.compile(
    r"\b(?:afterwards?|after\s+(?:the|that|it)\b|there)\b|\bat\s+(?:the|that)\s+"
    r"(?:dinner|lunch|meeting|talks|event)\b",
    re.I,
)


def _flashback(
    text: str, sentence: tuple[int, int], p: Phrase, own: tuple[int, int] | None, st: Attribution
) -> bool:
    """Whether the day ``p`` dates a deed told in the pluperfect in a sentence before the
    words' own, which tell the story's time and go back to that deed in no word."""
    if own is None or sentence[0] >= own[0]:
        return False
    had = _PLUPERFECT.search(text, sentence[0], p.start)
    # (the sentence's own verb: not "Claims that the drill had broken the law were rejected
    # on Tuesday", a clause's)
    if had is None or _CLAUSE_OPENER.search(text, sentence[0], had.start()):
        return False
    return not _BACK_TO_IT.search(text, own[0], min(st.cue_at, own[1]))


# "questions about comments made earlier by X", "remarks X made earlier": words of the speaker
# the sentence sets before its own day
_MADE_EARLIER_BY = re.compile(
    r"\b(?:comments?|remarks?|statements?|words|claims?)\s+(?:made|voiced|given|delivered)\s+"
    r"(?:earlier|previously|before)\s+by\b",
    re.I,
)


_SCENE_OPENS = re.compile(
    r"\s*(?:The|Their|His|Her|Its)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:appearance|meeting|talks|"
    r"summit|news conference|press conference|call|session|negotiations|encounter)\b"
)


# a meeting with the press that tells no words of its own: "briefed reporters on his talks",
# "held a press conference", "spoke to journalists"
_MET_THE_PRESS = re.compile(
    r"\b(?:briefed|told|addressed|spoke\s+to|talked\s+to|met(?:\s+with)?)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?(?:reporters|journalists|press|media|correspondents)\b"
    # the press itself, not one of its people or bodies ("met with the press secretary of
    # ...", "the press attach\u00e9", "a media group"): the phrase ends there
    r"(?=\s*(?:[,.;:!?\n]|$)|\s+(?:on|about|in|at|after|before|following|over|during|that|"
    r"and|while|when|as|from|ahead|later|earlier|late|early|shortly|aboard|alongside|with|"
    r"travelling|traveling|accompanying)\b)"
    r"|\b(?:held|gave)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:press|news)\s+(?:conference|briefing)\b",
    re.I,
)


def _met_the_press_later(
    ctx: DatedText,
    p: Phrase,
    sentence_start: int,
    lo: int,
    named_in: Callable[[int, int], bool],
) -> bool:
    """Whether a sentence of the paragraph before ``p``'s (from ``lo`` on) names the speaker
    meeting the press on a later day than ``p``'s ("Wang on Saturday briefed reporters on his
    meeting with Rubio. Wang met Rubio on Friday ..."): the words that follow were told to
    the press, not at the event the day before."""
    para = ctx.text.rfind("\n", 0, sentence_start) + 1
    for q in ctx.phrases_between(max(lo, para) - 1, sentence_start):
        if not ONE_DAY.fullmatch(q.when.edtf or "") or (q.when.edtf or "") <= (p.when.edtf or ""):
            continue
        before = ctx.sentence_at(q.start)
        if before is None or ctx.subordinate(before[0], q.start):
            continue
        met = _MET_THE_PRESS.search(ctx.text, before[0], before[1])
        # the one who met the press, named ahead of the meeting (its subject), not the one
        # the briefing was about ("Blinken on Saturday briefed reporters on his talks with
        # Wang Yi"): Wang's words at Friday's talks stay Friday's
        if met is not None and named_in(before[0], met.start()):
            return True
    return False


def _named_only_in_a_relative(ctx: DatedText, st: Attribution, a: int, b: int, p: Phrase) -> bool:
    """Whether the sentence ``[a, b)`` names the speaker only inside "who"/"which" clauses
    while its day ``p`` stands outside them: "X, who was named by Y as the next minister,
    met Z in the capital on Monday" places X and Z at Monday's meeting, not Y, whom the
    clause names for a deed of another time."""
    k = bisect.bisect_left(st.speaker_at, a)
    named = []
    while k < len(st.speaker_at) and st.speaker_at[k] < b:
        named.append(st.speaker_at[k])
        k += 1
    return (
        bool(named)
        and not ctx.relative_clause(a, p.start)
        and all(ctx.relative_clause(a, pos) for pos in named)
        # ("Ministers of the G7, who include X and Y, met on Thursday": a clause of who the
        # members are places them at the meeting)
        and not any(_MEMBERSHIP.search(ctx.text, max(a, pos - 80), pos) for pos in named)
    )


# a clause naming the members of a group ("who include", "including", "among them")
_MEMBERSHIP = re.compile(
    r"\b(?:(?:who|which)\s+(?:include[sd]?|comprise[sd]?)|including|among\s+(?:them|whom)|"
    r"such\s+as)\b[^,;.]*$",
    re.I,
)


def _left_by_another_speaker(
    ctx: DatedText,
    statements: Sequence[Attribution],
    dated: list[When],
    st: Attribution,
    before: int,
    after: int,
) -> bool:
    """Whether, between the sentence (``[before, after)``) that placed the speaker at an
    occasion of a day and the speaker's words, another named speaker's words stand
    that the story placed at no occasion at all (no time word of their own, none passed to
    them): "X met Y in the capital Monday. \n\n Z said he had talked with W by telephone.
    X explained that ...": the story has left the meeting, and X's words after Z's carry
    no day of their own (words that name their occasion, "during the meeting", keep it)."""
    i = bisect.bisect_left(ctx.statement_starts, after)
    j = bisect.bisect_left(ctx.statement_starts, st.start)
    for k in range(i, j):
        m = ctx.statement_order[k]
        other = statements[m]
        if other.speaker is None or other.speaker is st.speaker or m >= len(dated):
            continue
        # only one the meeting's sentence named in a clause of its own ("X, who ..., met Y
        # Monday"): a spokesman's words after a meeting he was not at stay at its day
        there = [pos for pos in other.speaker_at if before <= pos < after]
        if (
            not dated[m].evidence
            and there
            and all(ctx.relative_clause(before, pos) for pos in there)
        ):
            return True
    return False


_OPENING_QUOTES = frozenset('"\u201c\u00ab')
_OWN_PHRASE_REACH = 40  # how far before its verb an attribution's own date phrase may stand


def _occasion(
    ctx: DatedText,
    n: int,
    statements: Sequence[Attribution],
    dated: list[When],
    events: DatedText | None = None,
) -> When | None:
    """The day of the last occasion before statement ``n`` that its speaker is placed at: a
    narrative sentence naming the speaker with a day in its main clause, or an earlier
    statement of the same speaker that had a day."""
    st = statements[n]
    if st.speaker is None:
        return None
    best_pos, best = -1, None
    named_anew = any(ctx.search(_OCCASION_NAMED, a, b) for a, b in st.window)
    m = ctx.last_by_speaker.get(id(st.speaker))
    if m is not None:
        other, when = statements[m], dated[m]
        vague = (when.edtf or "").startswith("..")
        lead = ctx.statement_order[0] if ctx.statement_order else None
        # (a quotation carrying the lead on, not words reported anew)
        quote_goes_on = ctx.text[st.start - 1 : st.start] in _OPENING_QUOTES
        # "has said", "earlier": shared only when the story names no other day between (the
        # words' own "in a recent interview" after a quote opening them is none: an occasion,
        # unlike "has said", which "X said" next may leave)
        between = [
            p
            for p in ctx.phrases_between(other.start, st.start)
            if (p.when.edtf != when.edtf or p.when.evidence.lower() not in _GIVEN_BEFORE)
            # ("It is strange ..., Deputy Foreign Minister X has said." in the story's lead,
            # then "'...,' X told Russian media": the lead's own "has said", after its words
            # in its sentence, is the phrase that dated them, no other day between)
            and not (
                p.when.edtf == when.edtf
                and m == lead
                and quote_goes_on
                and p.start >= other.cue_at - _OWN_PHRASE_REACH
                and ctx.sentence_at(p.start) == ctx.sentence_at(other.cue_at)
            )
            # ("Her ambassador has welcomed the result, saying ... Candidate X on Wednesday
            # emerged as the winner. 'We welcome anybody elected,' the ambassador said": a
            # day of another party's deed, told as background in a sentence of its own that
            # names none of the story's speakers and no gathering or saying, is no occasion
            # the speaker's next words could be at; the perfect's "by now" goes on)
            and not (
                vague
                # (a perfect's "by now", even carried: "same occasion as 'has welcomed'";
                # a pluperfect's "had called" is before some other past time, which the
                # day told next may be)
                and _PERFECT_EVIDENCE.search(when.evidence or "") is not None
                and _background_day(ctx, statements, p, other.start, st.start)
            )
            # ("..., she stated, according to a statement issued by the ministry on
            # Tuesday": the relaying document's day, which bounds her words, no other day)
            and not (
                when.evidence.startswith(_RELAYED_EVIDENCE)
                and when.edtf == f"../{p.when.edtf}"
                and _relayed_by_document(ctx.text, other.cue_at, p)
            )
            # ("X told Ekho Moskvy, Interfax reported Thursday. He also called ...": the
            # relaying report's day bounds those words, no day between them and these)
            and not (
                when.evidence.startswith("relayed:")
                and when.edtf == f"../{p.when.edtf}"
                and p.start < st.cue_at
                and ctx.sentence_at(p.start) == ctx.sentence_at(other.cue_at)
            )
        ]
        # (nor, in a later paragraph, by words told at an occasion of their own named anew,
        # after another day: "Trump announced the truce in a post on Monday ... Trump told
        # reporters on Air Force One that ...")
        anew = (
            bool(between) and not vague and "\n" in ctx.text[other.start : st.start] and named_anew
        )
        # ("During a recent hearing X asked ... X says ...": the present tells now, not
        # the vague earlier time)
        present = _in_present(ctx.text, st)
        if (
            when.evidence
            and when.evidence != _WHO_SAID_BEFORE
            and when.edtf
            and not (vague and (between or present))
            and not anew
            and not (
                _PLUPERFECT_CUE.search(ctx.text, max(0, other.cue_at - 24), other.cue_at)
                and _flashback_left(ctx.text, other.start, st)
            )
        ):
            best_pos = other.start
            evidence = when.evidence if when.inherited else f"same occasion as '{when.evidence}'"
            best = When(when.edtf, evidence, inherited=True)
            period = _period_told_since(ctx, statements, dated, st, other.start, when.edtf)
            if period is not None:
                best = period

    def named_in(a: int, b: int) -> bool:
        return _any_within(st.speaker_at, a, b)

    own = ctx.sentence_at(min(st.start, st.cue_at))
    scene = ctx.sentence_before(own[0]) if own is not None else None

    def placed_in(a: int, b: int) -> bool:
        """Named there, or the subject "he"/"she" of a sentence right after one naming
        the speaker ("On Sunday, X held talks ... On Monday he met Y"), or the sentence just
        before the words' own, in their paragraph, telling of the gathering they were said
        at ("The two leaders' joint appearance on Friday produced no deal. X, speaking
        first, said ...")."""
        if named_in(a, b):
            return True
        if (
            scene is not None
            and (a, b) == tuple(scene[:2])
            and _SCENE_OPENS.match(ctx.text, a) is not None
            and "\n" not in ctx.text[b : own[0]]
        ):
            return True
        before = ctx.sentence_before(a)
        # (not "On Saturday she called X, and on Sunday Y": two occasions, neither alone)
        days = {p.when.edtf for p in ctx.phrases_between(a - 1, b)}
        return (
            before is not None
            and len(days) == 1
            and _PRONOUN_SUBJECT.match(ctx.text, a, b) is not None
            and named_in(*before)
        )

    found: list[tuple[int, When]] = []
    # the last such occasion counts: read back from the statement, stop at the first
    # (an occasion named anew in the attribution is placed in its own paragraph only)
    since = ctx.text.rfind("\n", 0, st.start) + 1 if named_anew else best_pos
    if named_anew:
        # ("The previous day, the minister had posted a message thanking X. \n "...," she
        # wrote in an ironic post.": the post the sentence before told her putting out)
        since = _medium_told_just_before(ctx, st) or since
    for p in reversed(ctx.phrases_between(max(best_pos, since), st.start)):
        if not (
            ONE_DAY.fullmatch(p.when.edtf or "") or _days_of_one_occasion(p) or _recent(p)
        ) or _not_a_day_reached(ctx, p):
            continue
        if _recent(p) and _in_present(ctx.text, st):
            continue  # ("X recently attended the forum, where he says ...": said as of now)
        if (
            best is not None
            and ONE_DAY.fullmatch(best.edtf or "")
            and (p.when.edtf or "") < (best.edtf or "")
            and _AFTER_AN_EVENT.search(ctx.text, max(0, p.start - 60), p.start)
        ):
            # "X said on Thursday ... X spoke after a meeting on Wednesday with Y": the day
            # of the event the words came after, not a day before the one already told
            continue
        sentence = ctx.sentence_at(p.start)
        if sentence is None or not placed_in(*sentence):
            continue  # the speaker is not named in that sentence
        if sentence[1] <= min(st.start, st.cue_at) and _met_the_press_later(
            ctx, p, sentence[0], max(best_pos, since), named_in
        ):
            continue  # "X on Saturday briefed reporters on ... X met Y on Friday": Saturday's
        if p.end <= st.cue_at < sentence[1] and _SAYER_IN_RELATIVE.search(
            ctx.text, p.end, st.cue_at
        ):
            continue  # "The leaders on Friday adopted X, which May said ...": the deed's day
        if st.cue_at < sentence[1] and _first_speakers_day(ctx.text, p, st.cue_at):
            continue  # "X said on Sunday ..., while Y said ...": X's day, not Y's
        if p.end <= st.cue_at < sentence[1] and _main_clause_before_whose(
            ctx.text, st, sentence[0], p
        ):
            continue  # "Leaders spent Saturday digesting a speech by X, who ...": theirs
        if best is not None and _on_caption_line(ctx.text, p.start):
            continue  # a photo of days before, between two dated statements of the speaker
        if _photo_of_another_occasion(ctx.text, sentence, st, statements):
            continue
        if _PLUPERFECT_TOLD.search(ctx.text, p.end, sentence[1]) and _flashback_left(
            ctx.text, sentence[1], st
        ):
            continue  # "A day earlier, he had said ...": an occasion before the story's time
        if _asked_about(ctx.text, max(sentence[0], p.start - _ASKED_REACH), p):
            continue  # "when asked about the call held Thursday": the call's day, not his
        if _relayed_by_document(ctx.text, sentence[0], p):
            continue  # "..., according to a statement issued on Tuesday": the document's day
        earlier_by = _MADE_EARLIER_BY.search(ctx.text, p.end, sentence[1])
        if earlier_by is not None and not named_in(sentence[0], earlier_by.start()):
            continue  # "replied Thursday to comments made earlier by X": X spoke before it
        if _in_topic_front(ctx.text, sentence[0], p, sentence[1]):
            continue  # "Regarding the visit on Wednesday, X said": the topic's day
        if _counted_back_in_its_sentence(ctx, sentence, p):
            continue  # "X on Saturday decried ... at a match a day earlier": the match's day
        event = _EVENT_BETWEEN.search(
            ctx.text, max(sentence[0], p.start - 160), p.start
        ) or _EVENT_HELD.search(ctx.text, max(sentence[0], p.start - 160), p.start)
        if event is None and _object_done_on(ctx, sentence, p):
            continue  # "X welcomed the deal reached on Monday.": the deal's day, not X's
        if _inside_an_act_noun(ctx.text, p):
            continue  # "following the signing on 1 January of a memorandum": the signing's
        if _in_a_span(ctx.text, p):
            continue  # "the protest, lodged between Friday and Sunday": a deed over days
        if _flashback(ctx.text, sentence, p, own, st):
            continue  # "X had dined with Y on Monday evening. Asked ..., X said": before
        if event is not None and not named_in(event.start(), p.start):
            # "X and Y, in their meeting at Wisma Putra, followed up on the decisions of the
            # meeting between A and B on June 12": that meeting's day places A and B only
            continue
        came = _CAME_AS.search(ctx.text, p.end, sentence[1])
        if came and not named_in(sentence[0], came.start()):
            continue  # "X's talks Thursday come as Y criticized ...": X's day, not Y's
        if (
            ctx.subordinate(sentence[0], p.start)
            and not _BRIEFING_DAY.search(ctx.text, max(0, p.start - 40), p.start)
            and not _passive_by(ctx.text, p)
            and not _own_speaking(ctx.text, sentence[0], p, named_in)
        ):
            continue  # "issues which drew concern at the briefing on March 11": the briefing's
        # (the two checks below, the dearest, read only for the phrase all the others let by)
        if sentence[1] <= min(st.start, st.cue_at) and _named_only_in_a_relative(
            ctx, st, sentence[0], sentence[1], p
        ):
            continue  # "X, who was named by Y as the next minister, met Z on Monday": X's
        if sentence[1] <= min(st.start, st.cue_at) and _left_by_another_speaker(
            ctx, statements, dated, st, *sentence
        ):
            continue  # "X met Y Monday. \n\n Z said ... X explained": the story has left it
        found.append((p.start, When(p.when.edtf, f"occasion: '{p.when.evidence}'", inherited=True)))
        break
    lo = bisect.bisect_right(ctx.told_starts, max(best_pos, st.start - _TOLD_REACH))
    hi = bisect.bisect_left(ctx.told_starts, st.start)
    for p in reversed(ctx.told[lo:hi]):
        sentence = ctx.sentence_at(p.start)
        if sentence is None or not _any_within(st.told_at, *sentence):
            continue
        if ctx.subordinate(sentence[0], p.start) or _planned(ctx, p):
            continue  # "the ministry said X will travel to Cairo this week": a plan
        if _counted_back_in_its_sentence(ctx, sentence, p):
            continue  # "X said on Monday the talks a day earlier had failed": the talks'
        if _in_time_clause(ctx.text, max(sentence[0], p.start - _TIME_CLAUSE_REACH), p.start):
            # "X spoke to you this morning, a few hours after he addressed the Council last
            # night": the day of the deed the clause goes back to, not of the speaking
            continue
        earlier_by = _MADE_EARLIER_BY.search(ctx.text, p.end, sentence[1])
        if earlier_by is not None and not _any_within(st.told_at, sentence[0], earlier_by.start()):
            continue  # "answered questions Thursday about remarks made earlier by X": before
        found.append((p.start, When(p.when.edtf, f"occasion: '{p.when.evidence}'", inherited=True)))
        break
    # "China on Monday urged ... Wang made the remarks at a briefing": the remarks just told
    for pos in reversed(ctx.remarks_between(best_pos, st.start)):
        sentence = ctx.sentence_at(pos)
        k = bisect.bisect_left(ctx.statement_starts, pos) - 1  # the statement told before
        if sentence is None or not named_in(*sentence) or k < 0 or ctx.statement_order[k] >= n:
            continue
        if statements[ctx.statement_order[k]].speaker is None:
            # ("A ministry official said Thursday ... X made the comments during ..."): words
            # of a source left unnamed are not the ones X made
            continue
        told = dated[ctx.statement_order[k]]
        if told.evidence and told.edtf and not told.edtf.startswith(".."):
            found.append((pos, _shared(told, "made the remarks")))
            break
    # "Wang read out the letter at the opening ceremony of the forum" with no day, the forum
    # dated before ("the forum, which opened on Thursday"): the speaker was at that event
    # only the last sentence before the statement's own that names the speaker is read
    k = bisect.bisect_right(st.speaker_at, best_pos)
    j = bisect.bisect_left(st.speaker_at, min(st.start, st.cue_at))
    own = ctx.sentence_at(min(st.start, st.cue_at))
    if own is not None:
        j = bisect.bisect_left(st.speaker_at, own[0], k, j)
    sentence = ctx.sentence_at(st.speaker_at[j - 1]) if events is not None and j > k else None
    if sentence is not None and _own_words_dated_in(ctx, statements, dated, st, *sentence):
        # "Earlier in March, X affirmed ... He added during his speech in the session of Y
        # that ...": the event is that of the words the sentence tells, already dated (not
        # another speech the story dated before)
        sentence = None
    if sentence is not None and sentence[1] <= st.start:
        event = _AT_EVENT.search(ctx.text, sentence[0], sentence[1])
        undated = not any(
            ONE_DAY.fullmatch(p.when.edtf or "") for p in ctx.phrases_between(*sentence)
        )
        if event is not None and _places_at_event(ctx.text, event) and undated:
            day = _day_of_event(events, event)
            if day is not None:
                found.append((event.start(), day))
        shared = _AT_AN_EVENT.search(ctx.text, sentence[0], sentence[1])
        if event is None and shared is not None and undated:
            # "Speaking at a news conference with his counterpart X, Y said ...": the day of
            # Y's words told at that event places X there too
            day = _day_told_in(ctx, dated, n, *sentence)
            if day is not None:
                found.append((shared.start(), day))
    # ("X stressed Friday ... \n\n X also met with the ministers of Y. During his meeting,
    # he requested ...": a further meeting told on no day is another occasion, and no day
    # told before it passes to the words after it)
    cut = min(st.start, st.cue_at)
    also_at = max(
        (
            m.start()
            for m in _ALSO_MET.finditer(ctx.text, max(0, cut - _ALSO_MET_REACH), cut)
            if _also_met_on_no_day(ctx, st, m)
        ),
        default=-1,
    )
    if also_at >= 0:
        found = [f for f in found if f[0] >= also_at]
        if best_pos < also_at:
            best = None
    if found:
        best = max(found, key=lambda f: f[0])[1]
    return best


def _own_words_dated_in(
    ctx: DatedText,
    statements: Sequence[Attribution],
    dated: list[When],
    st: Attribution,
    a: int,
    b: int,
) -> bool:
    """Whether the sentence ``[a, b)`` tells words of the speaker's own that were dated by
    some evidence."""
    i = bisect.bisect_left(ctx.statement_starts, a)
    j = bisect.bisect_left(ctx.statement_starts, b)
    return any(
        statements[m].speaker is st.speaker and m < len(dated) and bool(dated[m].evidence)
        for m in (ctx.statement_order[k] for k in range(i, j))
    )


def _period_told_since(
    ctx: DatedText,
    statements: Sequence[Attribution],
    dated: list[When],
    st: Attribution,
    since: int,
    day: str,
) -> When | None:
    """ "In a speech on Monday, X said ... \n\n Earlier in March, X affirmed ... \n\n X
    also stressed ...": words with no time word after the speaker's words of a month (or a
    year) told since the occasion of ``day`` (from ``since``) may be of either telling; the
    period holding both is all the story fixes."""
    i = bisect.bisect_right(ctx.statement_starts, since)
    j = bisect.bisect_left(ctx.statement_starts, st.start)
    for k in range(j - 1, i - 1, -1):
        m = ctx.statement_order[k]
        if statements[m].speaker is not st.speaker or m >= len(dated):
            continue
        told = dated[m]
        if (
            told.evidence
            and _PERIOD.fullmatch(told.edtf or "")
            and ONE_DAY.fullmatch(day)
            and day.startswith(told.edtf or "-")
        ):
            evidence = told.evidence if told.inherited else f"same telling as '{told.evidence}'"
            return When(told.edtf, evidence, inherited=True)
    return None


_ALSO_MET_REACH = 1500  # characters read back for a further meeting told on no day


# "after he addressed the Council", "before they left": a time clause with a subject of its
# own, up to a day (no comma, dash or bracket closing it before)
_TIME_CLAUSE = re.compile(
    r"\b(?:after|before)\s+(?:he|she|they|we|I)\s+[a-z]+[^,;:.!?()\u2014\u2013]*$"
)
_TIME_CLAUSE_REACH = 120  # characters


def _in_time_clause(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` stands in a time clause opened by "after" or "before" and a pronoun
    subject between ``start`` and it."""
    return _TIME_CLAUSE.search(text, start, pos) is not None


# a sentence whose subject is a bare "he"/"she", after a fronted day or none
_PRONOUN_SUBJECT = re.compile(
    r"\s*(?:(?:On|Late|Early|Later)\s+(?:on\s+)?[A-Z][a-z]{2,8},?\s+)?(?:he|she)\s+(?!said\b|says\b|told\b|added\b)[a-z]+",
)


def _photo_of_another_occasion(
    text: str, sentence: tuple[int, int], st: Attribution, statements: Sequence[Attribution]
) -> bool:
    """ "X attends a news conference in Tehran, Aug. 25, 2025. (AP Photo/...)" above "X
    rejected the move in a phone call": a photo's caption shows one occasion; words the
    speaker's attribution (or the one it follows on) gives another occasion for are not of
    the photo's day."""
    end = text.find("\n", sentence[0])
    caption = text[text.rfind("\n", 0, sentence[0]) + 1 : len(text) if end < 0 else end]
    if not _PHOTO_CAPTION.search(caption):
        return False
    shown = {m.group().lower() for m in _OCCASION_NOUN.finditer(caption)}
    for k in statements:
        if k.speaker is not st.speaker or not sentence[1] <= k.start <= st.start:
            continue
        told = {m.group().lower() for a, b in k.window for m in _OCCASION_NOUN.finditer(text, a, b)}
        if told - shown:
            return True
    return False


# a photo's credit: "(AP Photo/Vahid Salemi)", "REUTERS/Jane Roe", "Photograph: AFP"
_PHOTO_CAPTION = re.compile(
    r"\((?:AP|AFP|Reuters)?\s?Photo\b|\b(?:REUTERS|AFP|EPA)/[A-Z]|\bPhotograph:|/\s*Getty Images\b"
)
_OCCASION_NOUN = re.compile(
    r"\b(?:phone call|call|interview|statement|post|letter|speech|address|video|message|"
    r"news conference|press conference|briefing|meeting|summit|rally|readout)\b",
    re.I,
)


# words that tell no body's own field or state: "the Chinese Foreign Ministry" is the
# "Foreign Ministry" its spokesperson serves
_BODY_FILLER = frozenset(("the", "of", "for", "s"))


def _body_words(name: str) -> set[str]:

    words = set(re.findall(r"[a-z]+", name.lower())) - _BODY_FILLER
    return {w for w in words if w not in NATIONALITIES}


def _through_its_spokesperson(
    ctx: DatedText, n: int, statements: Sequence[Attribution], dated: list[When]
) -> When | None:
    """'"...," Foreign Ministry spokesman X said at a daily briefing. Y visited ..., the
    ministry said.': a body with no day of its own, told right after its own spokesperson's
    words at a dated occasion, speaks through him there (Chinese, Korean, Japanese copy)."""
    st = statements[n]
    if getattr(st.speaker, "kind", None) != "institution":
        return None
    k = bisect.bisect_left(ctx.statement_starts, st.start) - 1
    if k < 0:
        return None
    m = ctx.statement_order[k]
    if m >= len(dated):
        return None
    other, when = statements[m], dated[m]
    role = (getattr(other.speaker, "role", None) or "").lower()
    if getattr(other.speaker, "kind", None) != "person" or "spokes" not in role:
        return None
    held = _body_words(getattr(other.speaker, "institution", None) or "")
    body = _body_words(getattr(st.speaker, "name", None) or "")
    if not held or not body or not (held <= body or body <= held):
        return None
    if not (when.evidence and when.edtf and ONE_DAY.fullmatch(when.edtf)):
        return None
    if ctx.phrases_between(other.start, st.start):
        return None  # another day told between
    evidence = when.evidence if when.inherited else f"through its spokesperson: '{when.evidence}'"
    return When(when.edtf, evidence, True)


# "China on Monday slammed ... \"...,\" Foreign Ministry spokesman Lu Kang said at a daily
# news briefing": a ministry speaks through its spokesperson at its briefing, held once a
# day; a lead giving the country's or ministry's words a day dates the briefing its
# spokesperson is then quoted at with no day of its own (Chinese, Japanese, Indian copy)
_AT_BRIEFING = re.compile(
    r"\b(?:at|told|during|in)\s+(?:a|the|its|his|her|their)\s+(?:(?:daily|regular|routine|"
    r"weekly|usual|scheduled)\s+)?(?:(?:news|press|media)\s+)?(?:briefing|conference)\b",
    re.I,
)


def _no_person_before(ctx: DatedText, statements: Sequence[Attribution], k: int) -> bool:
    """Whether no person's words are told before statement ``k``."""
    return all(
        getattr(statements[j].speaker, "kind", "person") != "person"
        for j in ctx.statement_order
        if statements[j].start < statements[k].start
    )


def _briefing_of_lead(
    ctx: DatedText, n: int, statements: Sequence[Attribution], dated: list[When]
) -> When | None:
    st = statements[n]
    if not any(ctx.search(_AT_BRIEFING, a, b) for a, b in st.window):
        return None
    bodies = [
        k
        for k in ctx.statement_order
        if k < len(dated)
        and statements[k].start < st.start
        and getattr(statements[k].speaker, "kind", "person") != "person"
        and statements[k].speaker is not st.speaker
    ]
    # the words of a body told in the paragraph just before ("India said yesterday that ...
    # \n Speaking at the weekly media briefing, MEA spokesperson X rejected ..." far below a
    # Sri Lankan lead), else the story's first words of a body
    just_before = [
        k for k in bodies[-1:] if ctx.text.count("\n\n", statements[k].start, st.start) == 1
    ]
    # (the lead's: words of a body no one's words come before, not a body's told in passing
    # below a person's lead, "On Monday, the defence ministry had said ...")
    lead = [k for k in bodies[:1] if _no_person_before(ctx, statements, k)]
    for k in dict.fromkeys(just_before + lead):
        other, when = statements[k], dated[k]
        if _another_body(st.speaker, other.speaker) or _another_state(st.speaker, other.speaker):
            if k in just_before:
                continue
            return None  # the unification ministry's or China's spokesperson at Pakistan's
        if when.evidence and not when.inherited and ONE_DAY.fullmatch(when.edtf or ""):
            return When(when.edtf, f"the briefing the lead dated: '{when.evidence}'", True)
        if k not in just_before:
            return None  # the lead's words have no day: neither has the briefing
    return None


# "China on Tuesday urged Japan to ... \n '...,' Foreign Ministry spokesperson Lin Jian said.":
# a spokesperson speaks for the body whose words the lead gave a day; quoted right after it
# with no day of his own, he gives those words (Chinese, Japanese, Korean copy)
def _spokesperson_of_lead(
    ctx: DatedText, n: int, statements: Sequence[Attribution], dated: list[When]
) -> When | None:
    st = statements[n]
    if not _speaks_for_its_state(st.speaker):
        return None
    if bisect.bisect_left(ctx.statement_starts, st.start) > _LEAD_STATEMENTS:
        return None  # far below the lead (and a long text stays linear)
    lead: int | None = None
    between: list[int] = []
    for k in ctx.statement_order:
        other = statements[k]
        if k >= len(dated) or other.start >= st.start:
            break
        if lead is None:
            if other.speaker is None and _state_of_subject(ctx, other.cue_at):
                lead = k  # "The Philippines on Tuesday welcomed ...": a state, no one's words
                continue
            if getattr(other.speaker, "kind", "person") == "person":
                return None  # a person speaks first: no body's lead
            lead = k
        elif other.speaker is not st.speaker and other.speaker is not statements[lead].speaker:
            between.append(k)
    if lead is None:
        return _lead_of_a_body(ctx, st) if not between else None
    when, body = dated[lead], statements[lead].speaker
    if counted_from_an_event(when.evidence):
        # "China on Wednesday hit out ..., a day after X left Beijing saying ...": the day
        # of the words in the clause counted from, not of the lead's own doing
        return _lead_of_a_body(ctx, st) if not between else None
    if (
        body is not None
        and _subject_key(getattr(body, "name", None) or "") not in country_keys()
        and "spokes" not in (getattr(st.speaker, "role", None) or "").lower()
    ):
        return None  # ("the ministry said Sunday the minister will travel ...": not his words)
    if not (when.evidence and not when.inherited and ONE_DAY.fullmatch(when.edtf or "")):
        return None
    day = when.edtf or ""
    # "The ministry reiterated on Wednesday ... X said on Tuesday that ... \n '...,' ministry
    # spokesman Y said": someone else's words of a day before the lead's are what the body
    # answered, told in passing; the story stays on the lead's day
    if any(not _before_the_lead(dated[k], day) for k in between):
        return None  # someone else speaks between
    if (
        _another_state(st.speaker, body)
        or _another_body(st.speaker, body)
        or _another_principal(st.speaker, body)
    ):
        return None  # another state's or another ministry's spokesperson, or another person's
    theirs = _state_of_subject(ctx, statements[lead].cue_at) if body is None else None
    if theirs and _state_of(st.speaker) not in (None, theirs):
        return None
    told = ctx.sentence_at(statements[lead].cue_at)
    if any(
        ONE_DAY.fullmatch(p.when.edtf or "") and (p.when.edtf or "") > day
        for p in ctx.phrases_between(told[1] if told else statements[lead].start, st.start)
    ):
        # (the lead's own day told again, as a page repeating its standfirst in the body
        # does, is no other day)
        return None  # the story moved on to another day
    return When(when.edtf, f"speaking for the lead's body: '{when.evidence}'", True)


# "The Ministry of Foreign Affairs said Friday that ... \n\n X, a senior official in the
# Foreign Affairs Ministry, told reporters in the capital that ...": a body's words are
# spoken by its officials; the first person quoted after a body's dated lead, placed in that
# body by the sentence that tells his words and telling the press with no day of his own, is
# how the body said them, on its day (a spokesperson is read by _spokesperson_of_lead)
_TOLD_THE_PRESS = re.compile(
    r"\b(?:told|briefed)\s+(?:the\s+)?(?:journalists|reporters|newsmen|the\s+media|the\s+press|"
    r"(?:a|the)\s+(?:news|press)\s+(?:conference|briefing))\b"
)
# "..., principal secretary in the Foreign Affairs Ministry", "an official of the Ministry of
# Foreign Affairs": the body a post is held in
_HELD_IN = re.compile(
    r"\b(?:in|of|at)\s+(?:the\s+)?(?P<body>(?:[A-Z][\w'\u2019-]*\s+(?:of\s+)?){0,4}?"
    r"(?:Ministry|Office|Department)(?:\s+of(?:\s+[A-Z][\w'\u2019-]*){1,3})?)"
)


def _official_of_lead_body(
    ctx: DatedText, n: int, statements: Sequence[Attribution], dated: list[When]
) -> When | None:
    st = statements[n]
    if getattr(st.speaker, "kind", None) != "person":
        return None
    k = bisect.bisect_left(ctx.statement_starts, st.start) - 1
    if k < 0:
        return None
    lead = ctx.statement_order[k]
    if lead >= len(dated):
        return None
    body, when = statements[lead].speaker, dated[lead]
    if getattr(body, "kind", None) != "institution":
        return None
    if any(
        statements[j].speaker is not body
        for j in ctx.statement_order[:k]
        if j < len(statements) and statements[j].speaker is not None
    ):
        return None  # not the story's lead: another's words came first
    if not (when.evidence and not when.inherited and ONE_DAY.fullmatch(when.edtf or "")):
        return None
    sentence = ctx.sentence_at(st.cue_at)
    told = ctx.sentence_at(statements[lead].cue_at)
    if sentence is None or told is None or told[1] > sentence[0]:
        return None
    press = ctx.search(_TOLD_THE_PRESS, sentence[0], min(sentence[1], st.cue_at + 80))
    if press is None or _in_spans(press.start(), st.said):
        return None
    if ctx.phrases_between(told[1], sentence[1]):
        return None  # another day told between, or his own
    words = _body_words(getattr(body, "name", None) or "")
    held = _body_words(getattr(st.speaker, "institution", None) or "")
    if held:
        return None if not words or not (held <= words or words <= held) else _lead_body_day(when)
    for m in _HELD_IN.finditer(ctx.text, sentence[0], min(st.cue_at, sentence[1])):
        if _in_spans(m.start(), st.said):
            continue
        held = _body_words(m["body"])
        if words and held and (held <= words or words <= held):
            return _lead_body_day(when)
    return None


def _lead_body_day(when: When) -> When:
    return When(when.edtf, f"an official of the lead's body: '{when.evidence}'", True)


# "Pakistan on Tuesday rejected ... In a statement, the Foreign Office said ...", "The
# Philippines on Tuesday welcomed the ruling ... Foreign Affairs Secretary X said": a state
# speaks abroad through its spokespeople, its foreign minister and its foreign ministry
_FOREIGN_OFFICE = re.compile(
    r"\b(?:foreign|external\s+affairs)\s+(?:office|ministry)\b|\bministry\s+of\s+foreign\s+affairs\b",
    re.I,
)


def _speaks_for_its_state(speaker: object) -> bool:
    """Whether the speaker is a state's voice abroad (see above)."""
    role = (getattr(speaker, "role", None) or "").lower()
    if "spokes" in role or re.search(_TOP_DIPLOMAT, role):
        return True
    name = getattr(speaker, "name", None) or ""
    return getattr(speaker, "kind", None) == "institution" and bool(_FOREIGN_OFFICE.search(name))


# "The Chinese Foreign Ministry on Thursday hit back at the sanctions.", "Beijing hit back
# ... on Thursday": a lead whose subject is a state, its capital or its ministry, and whose
# verb says no words (so no statement dates it)
_BODY_SUBJECT = re.compile(
    r"(?:The\s+)?(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}?)"
    r"(?:['\u2019]s)?(?:\s+(?:Foreign|External\s+Affairs)\s+Ministry|\s+government|"
    r"\s+Ministry\s+of\s+Foreign\s+Affairs)?\s+(?=\S)"
)


# "MANILA, Philippines \u2014 ", "ISLAMABAD: ": a dateline the lead's subject follows
_DATELINE_PLACE = re.compile(
    r"(?:[A-Z][A-Z.'\u2019 -]+[A-Z](?:,[^\n\u2014\u2013:]{1,40}?)?\s*(?:\u2014|\u2013|--|:)\s*)?"
)


def _subject_key(name: str) -> str:
    """A sentence subject's name as a country key ("The Philippines": "philippines")."""
    return name_key(name.removeprefix("The ").removeprefix("the "))


def _state_of_subject(ctx: DatedText, cue_at: int) -> str | None:
    """The state a sentence opens with as its subject ("The Philippines on Tuesday ...",
    "Beijing yesterday ..."), if any."""
    sentence = ctx.sentence_at(cue_at)
    if sentence is None:
        return None
    start = _DATELINE_PLACE.match(ctx.text, sentence[0], sentence[1]).end()
    m = _BODY_SUBJECT.match(ctx.text, start, sentence[1])
    if m is None:
        return None
    state = country_keys().get(_subject_key(m["name"]))
    return state.name if state else CAPITALS.get(m["name"].lower())


_OWN_MINISTRY = re.compile(
    r"(?:The\s+)?(?:(?:Foreign|External\s+Affairs)\s+Ministry|Ministry\s+of\s+Foreign\s+Affairs)\b"
)


def _lead_of_a_body(ctx: DatedText, st: Attribution) -> When | None:
    """A spokesperson quoted first, with no day of his own, under a lead that gives a state's
    or its ministry's doing a day: he speaks for that body, on that day (Chinese, Korean,
    Japanese copy). The lead is the first sentence with a day; no later day stands between."""

    sentence = ctx.sentence_at(min(st.start, st.cue_at))
    if sentence is None:
        return None
    phrases = [
        p for p in ctx.phrases_between(-1, sentence[0]) if ONE_DAY.fullmatch(p.when.edtf or "")
    ]
    if not phrases or any(p.when.edtf != phrases[0].when.edtf for p in phrases[1:]):
        return None
    first = phrases[0]
    told = _lead_sentence(ctx, first)
    if told is None:
        return None
    m = _BODY_SUBJECT.match(ctx.text, told[0], told[1])
    if m is None:
        return None
    name = m["name"]
    key = _subject_key(name)
    # "The Foreign Ministry held its briefing on Thursday": its spokesperson's ministry
    own = (
        bool(_OWN_MINISTRY.match(ctx.text, told[0]))
        and "spokes" in (getattr(st.speaker, "role", None) or "").lower()
    )
    if key not in country_keys() and name.lower() not in CAPITALS and not own:
        return None
    state = country_keys().get(key)
    theirs = state.name if state else CAPITALS.get(name.lower())
    own_state = _state_of(st.speaker)
    if theirs and own_state and theirs != own_state:
        return None  # "Norway on Thursday recalled ...": China's spokesperson speaks for China
    return When(first.when.edtf, f"speaking for the lead's body: '{first.when.evidence}'", True)


# "Allegations that the drill broke the law were dismissed on Tuesday by spokesman X",
# "... were Tuesday dismissed by X": the day stands with the main verb, a passive of X's
# doing, whatever clause came before it (Xinhua, China.org.cn copy)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were)\s+(?:[a-z]+ed\s+)?(?:on\s+)?$")
_PASSIVE_AFTER = re.compile(r"\s+(?:[a-z]+ed\s+)?by\b")


def _passive_by(text: str, phrase: Phrase) -> bool:
    before = _PASSIVE_BEFORE.search(text, max(0, phrase.start - 30), phrase.start)
    after = _PASSIVE_AFTER.match(text, phrase.end)
    if before is None or after is None:
        return False
    return bool(re.search(r"[a-z]ed\b", before.group() + after.group()))  # the participle


# "X said Korea opposes the move at a press conference on Thursday.": reported words that
# end on the occasion they were said at, and its day (the reporter's tail, not the words);
# "... would be raised at a meeting on Friday" is a plan
_OCCASION_TAIL = re.compile(
    r"\s(?:at|during|in|on the sidelines of)\s+(?:a|an|the|his|her|its|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:press conference|news conference|briefing|press briefing|"
    r"interview|press event|doorstep|"
    # "..., calling it '...' in a statement on Wednesday", "in a post on X this evening": a
    # medium others' deeds are done in too ("the plan he had laid out in a speech on May 31")
    r"(?P<medium>statement|post|tweet|video|message|letter|speech|address)"
    # "... argued for closer cooperation in a roundtable debate on 12 July", "at a forum in
    # Geneva on Monday": a gathering the speaker spoke at (as a medium, one where others'
    # deeds are done too: "the deal was reached at a summit on Friday" is the deal's day)
    r"|(?P<gathering>debate|hearing|forum|conference|summit|session|meeting|roundtable|"
    r"seminar|symposium|lecture|panel|rally))\b"
    r"[^,;:\"\u201c\u201d]{0,60}?\s$"
)
# a clause of its own in the words before a medium: the medium is that clause's deed's
_CLAUSE_IN_THE_WORDS = re.compile(
    r"\b(?:that|had|has|have|was|were|is|are|will|would|could|should|who|which)\b"
    # a participle's clause in the words ("the tariffs imposed by Tanzania at a meeting on
    # 12 May"): the gathering is the deed's told inside them, not where the words were said
    r"|\b[a-z]+ed\s+by\b"
)
# after the occasion's day, its part of the day and an aside on when it stood, still the
# reporter's tail ("... in an interview conducted on Friday evening, a few hours after the
# news broke.")
_ASIDE_AFTER_THE_DAY = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?(?:,\s+[^\"\u201c\u201d,;:]{1,60})?"
)
# "... would be explained at a briefing on Friday": the occasion is the plan's
_PLAN_BEFORE = re.compile(r"\b(?:will|would|shall|to)\s+(?:be\s+)?[a-z]+$")


# after a day: the words the verb before it takes ("appealed to X yesterday to prove ...",
# "thanked voters that evening, declaring ..."; not "the attack on Sunday that killed ...")
_VERB_COMPLEMENT = re.compile(
    r"\s+to\s+(?!(?:the|a|an|his|her|their|its|our|this|that|these|those)\b)[a-z]+\b"
    r"|,\s+[a-z]+ing\b"
)
_VERB_PHRASE_ENDS = re.compile(r"[,;:()\"\u201c\u201d\u2014\u2013]|\bthat\b")
# the verb alone, right before the words it takes ("dismissed | such criticism last month,
# telling ...": the object and the day after it are held as the words said)
_JUST_THE_VERB = re.compile(r"[a-z]+\s+")
# after such an object, a period told with no preposition is the verb's ("dismissed the
# criticism last month, telling ..."); a day or "in May" may be the object's own ("condemned
# the attack on Sunday, saying ...", "the vote in May")
_BARE_PERIOD_KINDS = frozenset(("last_month", "last_week", "last_year", "this_month", "this_week"))


# "a plan he set out in a speech on 31 May, when he told both sides ...", "recalled that the
# minister had announced it in Doha on 15 January, when he said ...": a time clause of saying
# right after a day dates the words, though the day stands in a clause of another deed
_WHEN_SAID_AFTER_DAY = re.compile(
    r",?\s+when\s+"
    r"(?:he|she|they|it|we|(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s+"
    r"(?:also\s+|first\s+|publicly\s+)?"
)
_WHEN_SAID_REACH = 120  # characters from the day to the verb of saying


def _the_when_clauses_day(text: str, st: Attribution, every: Sequence[Phrase]) -> When | None:
    """The day a time clause of saying hangs on ("..., when he told Israelis ..."): the day
    that ends the words before ", when" dates the words the clause gives."""
    k = bisect.bisect_left(every, st.cue_at - _WHEN_SAID_REACH, key=lambda p: p.start)
    for p in every[k:]:
        if p.start >= st.cue_at:
            break
        if ONE_DAY.fullmatch(p.when.edtf or "") and _WHEN_SAID_AFTER_DAY.fullmatch(
            text, p.end, st.cue_at
        ):
            return When(p.when.edtf, f"when the words were said: '{p.when.evidence}'")
    return None


_VERB_AT = re.compile(r"[A-Za-z]+\s+")


def _right_after_the_verb(text: str, st: Attribution, every: Sequence[Phrase]) -> When | None:
    """ "El-Sisi had affirmed last month, in a call with Trump, Egypt's rejection of ...": a
    day or a period right after the verb, before any word the verb takes, is the verb's time,
    though the words the verb takes (and so the statement) may begin with the verb; the
    perfect before it says no more than "by now"."""
    verb = _VERB_AT.match(text, st.cue_at)
    if verb is None:
        return None
    k = bisect.bisect_left(every, verb.end(), key=lambda p: p.start)
    if k == len(every) or every[k].start != verb.end():
        return None
    p = every[k]
    if p.kind not in _DAY_KINDS and p.kind not in _PERIOD_KINDS:
        return None  # "has previously said", "had said the day before the vote"
    if _POSSESSIVE.match(text, p.end) or _attributive(text, p):
        return None  # "welcomed last week's deal", "condemned the Friday attack"
    return p.when


def _beside_its_verb(text: str, st: Attribution, every: Sequence[Phrase]) -> When | None:
    """ "Zelenskiy appealed to the parliament yesterday to prove ...": words given with the
    verb that says them, whose day (or month: "dismissed the criticism last month, telling
    ...") stands between the verb and the words it takes; the day is the verb's, though it
    stands inside what the statement holds."""
    piece = next(
        (
            (a, b)
            for a, b in st.said
            if a <= st.cue_at < b
            or (a > st.cue_at and _JUST_THE_VERB.fullmatch(text, st.cue_at, a))
        ),
        None,
    )
    if piece is None:
        return None
    k = bisect.bisect_right(every, st.cue_at, key=lambda p: p.start)
    for p in every[k:]:
        if p.start >= piece[1] or _VERB_PHRASE_ENDS.search(text, st.cue_at, p.start):
            return None
        dated = (
            p.kind in _BARE_PERIOD_KINDS
            if piece[0] > st.cue_at
            else ONE_DAY.fullmatch(p.when.edtf or "")
        )
        if (
            dated
            and _VERB_COMPLEMENT.match(text, p.end)
            and not _day_of_the_event_told(text, p)
            # "expressed concern about the situation following the election of an assembly
            # on 30 July": the day of what came before the state of things talked about
            and not _SINCE_A_HAPPENING.search(text, max(st.cue_at, p.start - 120), p.start)
        ):
            return p.when
    return None


def _occasion_at_the_end(text: str, st: Attribution, every: Sequence[Phrase]) -> When | None:
    if not st.reported:
        return None
    a, b = st.reported[-1]
    tail = text[a:b].rstrip(" .")
    end = a + len(tail)
    k = bisect.bisect_left(every, max(a, end - 80), key=lambda p: p.start)
    for p in every[k:]:
        if p.start >= end:
            break
        if not _ASIDE_AFTER_THE_DAY.fullmatch(text, p.end, end):
            continue
        if not ONE_DAY.fullmatch(p.when.edtf or ""):
            continue
        occasion = _OCCASION_TAIL.search(text, max(a, p.start - 120), p.start)
        if (
            occasion is None
            or _PLAN_BEFORE.search(text, max(a, occasion.start() - 40), occasion.start())
            or subordinate(text, a, occasion.start() + 1)
            or (
                (occasion["medium"] or occasion["gathering"])
                and _CLAUSE_IN_THE_WORDS.search(text, a, occasion.start())
            )
        ):
            return None
        return When(p.when.edtf, f"at the occasion the words end on: '{p.when.evidence}'", True)
    return None


# '... said there was "no deal until there's a deal" after three hours of talks with Y in
# Alaska on Friday', 'had held "candid" discussions after talks ...': a quotation closed
# (its noun after it), then the talks the words came out of and their day (the reporter's
# tail, as an occasion the words end on is)
_AFTER_THE_QUOTE = re.compile(
    r"[\"\u201d]\s+(?:(?!(?:will|would|could|should|to|that|which)\b)[a-z]+\s+){0,2}?"
    r"(?:after|following)\s+(?:[\w'\u2019-]+\s+){0,8}?"
    r"(?:talks|meetings?|(?:phone\s+)?call|summit|negotiations|discussions|dinner|lunch)\b"
    r"[^,;:\"\u201c\u201d.!?]{0,80}?\s$"
)
# a modal before the quotation: the words tell what is to come, and "after" its condition
# ('the deal would be signed "within days" after talks on Monday')
_MODAL = re.compile(r"\b(?:will|would|shall|could|should|might|must|to)\s+(?:be\s+)?[a-z]+\b")


def _after_the_quoted_words(text: str, st: Attribution, every: Sequence[Phrase]) -> When | None:
    """The day of the talks a closed quotation is said to come after, at the words' end."""
    if not st.said:
        return None
    a, b = st.said[0][0], st.said[-1][1]
    k = bisect.bisect_left(every, a, key=lambda p: p.start)
    for p in every[k:]:
        if p.start >= b:
            break
        if not ONE_DAY.fullmatch(p.when.edtf or "") or not _ASIDE_AFTER_THE_DAY.match(text, p.end):
            continue
        tail = _AFTER_THE_QUOTE.search(text, max(a, p.start - 200), p.start)
        if tail is None or _MODAL.search(text, a, tail.start()):
            continue
        return When(p.when.edtf, f"after the occasion the words came out of: '{p.when.evidence}'")
    return None


# "X said ..., the broadcaster reported, citing comments X made yesterday in Kuwait": the
# report gives the words from remarks of the speaker's, and their day is the words'
_CITING_OWN_REMARKS = re.compile(
    r"\b(?P<how>citing|quoting|according\s+to)\s+(?:the\s+)?(?:comments|remarks|statements?|"
    r"words)\s+(?P<who>he|she|(?-i:[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}))\s+"
    r"(?:had\s+)?made\s+$",
    re.I,
)
# "..., NHK reported, citing": a relay of the words, citing remarks as its source ("X said
# ..., citing comments he made on Monday" is the speaker pointing at earlier remarks, not
# the words' source)
_RELAYED_CITING = re.compile(
    r"\b(?:reported|reports|said|says|wrote|writes|quoted|quotes|cited|added)\s*,\s*$"
)
_CITED_REACH = 400  # characters after the verb, in its sentence
_PRONOUN_GENDER = {"he": "m", "she": "f"}
_WORD_RUN = re.compile(r"\w*")


def _citing_the_speakers_remarks(
    text: str, st: Attribution, every: Sequence[Phrase]
) -> When | None:
    """The day of the speaker's own remarks a relay of the words cites, after the verb in its
    sentence ("..., NHK reported, citing comments Abe made yesterday")."""
    if not st.person:
        return None  # ("the Foreign Ministry said ..., citing comments Foreign Minister X made")
    k = bisect.bisect_left(every, st.cue_at, key=lambda p: p.start)
    cue_end = _WORD_RUN.match(text, st.cue_at).end()  # the verb's own word: no relay
    for p in every[k:]:
        if p.start > st.cue_at + _CITED_REACH or _SENTENCE_GONE.search(text, st.cue_at, p.start):
            break
        m = _CITING_OWN_REMARKS.search(text, max(st.cue_at, p.start - 80), p.start)
        if m is None or not ONE_DAY.fullmatch(p.when.edtf or ""):
            continue
        if m.group("how").lower() in ("citing", "quoting") and not _RELAYED_CITING.search(
            text, cue_end, m.start()
        ):
            continue  # no relay: the speaker citing remarks of his own, not the words' source
        if _the_speaker_named_so(st.speaker, m.group("who")):
            return When(p.when.edtf, f"the remarks cited: '{p.when.evidence}'")
    return None


def _the_speaker_named_so(speaker: object, who: str) -> bool:
    """Whether ``who`` ("he", "Kishida", "Prime Minister Fumio Kishida") names the speaker: a
    pronoun of the speaker's gender where it is known, or a name whose words, but for posts,
    are the speaker's and end in the speaker's surname ("Jorge Rodriguez" is not "Delcy
    Rodriguez", "Kim Jong Un" not "Kim Yo Jong")."""
    gender = _PRONOUN_GENDER.get(who.lower())
    if gender is not None:
        return getattr(speaker, "gender", None) == gender
    name = (getattr(speaker, "name", None) or "").casefold().split()
    words = [w for w in who.casefold().split() if w not in ROLE_WORDS and w not in POST_WORDS]
    return bool(name and words) and words[-1] == name[-1] and all(w in name for w in words)


_SENTENCE_GONE = re.compile(r"[.!?]\s+(?-i:[A-Z])|\n")


def _before_the_lead(when: When, day: str) -> bool:
    """Whether words are dated by their own words to a day before the lead's ``day``."""
    return (
        bool(when.evidence)
        and not when.inherited
        and bool(ONE_DAY.fullmatch(when.edtf or ""))
        and (when.edtf or "") < day
    )


# "South Korea and Japan agreed Thursday ... during talks between their foreign ministers in
# Tokyo." then "Foreign Minister Cho Tae-yul said ...": a meeting the story dated, of people
# it names by their posts only ("the foreign ministers", "the top diplomats", "the two
# leaders"); one of them then speaking with no day of his own speaks at it (Yonhap, Kyodo,
# China Daily copy)
_MEETING_WORDS = re.compile(
    r"\b(?:talks|meeting|met|meet|summit|call|phone|telephone|consultations|dialogue)\b", re.I
)
_POSTS_MET = re.compile(
    r"\b(?:(?P<field>foreign|defen[cs]e|trade|finance|economy|commerce|agriculture|energy|"
    r"interior|justice|health|environment|transport|education)\s+ministers|"
    r"(?:top|chief)\s+diplomats|(?P<leaders>(?:two\s+)?leaders|heads\s+of\s+state|presidents)|"
    r"(?P<premiers>prime\s+ministers|premiers))\b",
    re.I,
)
_SUMMIT = re.compile(r"\bsummit\b", re.I)
_TOP_DIPLOMAT = r"foreign minister|minister (?:of|for) foreign affairs|foreign secretary|" + (
    r"external affairs|secretary of state|state councilor|"
    # Canada's "Foreign Affairs Minister", Kenya's "Foreign Affairs Cabinet Secretary", the
    # Philippines' "Secretary of Foreign Affairs"
    r"foreign affairs (?:cabinet )?(?:minister|secretary)|secretary (?:of|for) foreign affairs"
)
_LEADER = r"president|prime minister|premier|chancellor|king|emir|general secretary|leader"
_MEETING_REACH = 5  # paragraphs: how far below the meeting its people may speak (a joint
# briefing's host may fill three or four with his words before the guest's are told)
_MEETING_PHRASES = 12  # date phrases read back for the meeting's day
_LEAD_STATEMENTS = 12  # how many statements down a lead's spokesperson may still speak
# "Pompeo said on Monday, on the eve of the summit": a day before the meeting, not its own
_AHEAD_OF = re.compile(r",?\s*(?:on\s+the\s+eve\s+of|ahead\s+of|in\s+the\s+run-up\s+to)\b", re.I)


def _post_pattern(m: re.Match[str]) -> str:
    if m["field"] and m["field"].lower() != "foreign":
        field = "defen[cs]e" if m["field"].lower().startswith("defen") else m["field"].lower()
        return rf"{field} minister|minister (?:of|for) (?:national |\w+ )?{field}"
    if m["leaders"]:
        return _LEADER
    if m["premiers"]:
        return r"prime minister|premier"
    return _TOP_DIPLOMAT


def _among_those_met(ctx: DatedText, st: Attribution) -> When | None:
    role = (getattr(st.speaker, "role", None) or "").lower()
    if not role or getattr(st.speaker, "kind", "person") != "person":
        return None
    paragraph = ctx.text.rfind("\n", 0, st.start)
    for p in reversed(ctx.phrases_before(st.start, _MEETING_PHRASES)):
        if not ONE_DAY.fullmatch(p.when.edtf or ""):
            continue
        sentence = ctx.sentence_at(p.start)
        if sentence is None or sentence[1] > st.start:
            return None  # the day reached is in the statement's own sentence
        text = ctx.text[sentence[0] : sentence[1]]
        posts = _POSTS_MET.search(text)
        # "received the presidency at the summit on Thursday": a summit is the leaders'
        held_by = _post_pattern(posts) if posts else (_LEADER if _SUMMIT.search(text) else None)
        if (
            held_by is None
            or not _MEETING_WORDS.search(text)
            or ctx.subordinate(sentence[0], p.start)
            or _not_a_day_reached(ctx, p)
            or not re.search(held_by, role)
            or _AHEAD_OF.match(ctx.text, p.end)
            # "X said on Sunday that hosting the summit would cost ...": the day of X's
            # words, not of the summit they are about
            or _dates_a_saying(ctx.text, p)
            or _object_done_on(ctx, sentence, p)  # "thanked him for the deal reached Monday"
            or ctx.text.count("\n\n", sentence[1], paragraph + 1) >= _MEETING_REACH
        ):
            return None  # only the last day the story reached may be the meeting's
        return When(p.when.edtf, f"the meeting: '{p.when.evidence}'", inherited=True)
    return None


# "Russia, Ukraine, the United States and the EU agreed in Geneva on Thursday": the states a
# lead tells meeting, agreeing or signing; once the story has told words said at that
# gathering, their people quoted below with no day of their own (and no other day told)
# speak there too (next-day copy); others' words are reactions, of no day the story gives
_AGREED = re.compile(r"\b(?:agreed|signed|ceremony)\b", re.I)


def _states_named(text: str) -> set[str]:
    """The states ``text`` names, by name or adjective ("Israel", "the U.S.", "Ukrainian")."""
    keys = country_keys()
    found: set[str] = set()
    for run in _CAPITALISED.finditer(text):
        words = [w.removesuffix("'s").removesuffix("\u2019s") for w in run.group().split()]
        for size in (3, 2, 1):
            for i in range(len(words) - size + 1):
                state = keys.get(name_key(" ".join(words[i : i + size])))
                if state is not None:
                    found.add(state.name)
    return found


def _party_to_the_news(
    ctx: DatedText,
    n: int,
    statements: Sequence[Attribution],
    dated: list[When],
    published: date | None,
) -> When | None:
    """The news day, for a person of one of the states its lead tells meeting (see above)."""
    st = statements[n]
    state = _state_of(st.speaker)
    if not state or getattr(st.speaker, "kind", "person") != "person":
        return None
    first = _news_day_lead(ctx, published, min(st.start, st.cue_at))
    if first is None:
        return None
    day = first.when.edtf
    lead = _lead_sentence(ctx, first)
    if lead is None or _dates_a_saying(ctx.text, first):
        return None
    told = ctx.text[lead[0] : lead[1]]
    if not (_MEETING_WORDS.search(told) or _AGREED.search(told)):
        return None
    states = _states_named(told)
    if len(states) < 2 or state not in states:
        return None
    if not _gathering_before_the_words(ctx, lead, statements) and not any(
        dated[k].edtf == day and _at_the_gathering(ctx, statements[k])
        for k in range(n)
        if statements[k].start < st.start
    ):
        return None
    return When(day, f"a party to the news day's meeting: '{first.when.evidence}'", True)


# "signed the accord in a ceremony hosted by ...", "The ceremony in Bishkek was ...": a
# gathering the story itself tells, where the parties stood together before the press (not
# "after talks in Quito": talks may end in a joint statement, and words said anywhere)
_GATHERING_TOLD = re.compile(r"\b(?:ceremony|summit|(?:press|news) conference)\b", re.I)


def _gathering_before_the_words(
    ctx: DatedText, lead: tuple[int, int], statements: Sequence[Attribution]
) -> bool:
    """Whether the story's own words, from its lead's sentence up to the sentence of the
    first words it reports, tell a gathering (not only a deal or a joint statement)."""
    end = lead[1]
    k = bisect.bisect_left(ctx.statement_starts, lead[1])
    if k < len(ctx.statement_starts):
        first = statements[ctx.statement_order[k]]
        own = ctx.sentence_at(min(first.start, first.cue_at))
        if own is not None and own[0] > end:
            end = min(own[0], end + _GATHERING_REACH)
    return bool(_GATHERING_TOLD.search(ctx.text, lead[0], end))


_GATHERING_REACH = 600  # characters: the story's sentences after its lead, before any words


def _at_the_gathering(ctx: DatedText, st: Attribution) -> bool:
    """Whether the words are told as said at or after a gathering: by their attribution or by
    the sentence naming their speaker just before them ("Addressing the ceremony, X ...")."""
    i = bisect.bisect_left(st.speaker_at, st.start)
    own = ctx.sentence_at(st.speaker_at[i - 1]) if i else None
    spans = [*st.window, *([own] if own is not None else [])]
    return any(
        ctx.search(_AT_A_GATHERING, a, b)
        or ctx.search(_AFTERWARDS, a, b)
        or ((m := ctx.search(_AT_EVENT, a, b)) and _places_at_event(ctx.text, m))
        for a, b in spans
    )


_BODY_KIND = re.compile(r"\b(?:ministry|office|department)\b", re.I)
_FIELD_WORDS = frozenset(("foreign", "defense", "defence", "unification", "commerce", "trade"))


def _another_body(person: object, body: object) -> bool:
    """Whether ``person`` holds a post at a ministry of another field than the ministry
    ``body`` ("South Korean Unification Ministry" against "South Korea's Foreign Ministry")."""
    held = getattr(person, "institution", None) or ""
    name = getattr(body, "name", None) or ""
    if not (_BODY_KIND.search(held) and _BODY_KIND.search(name)):
        return False
    fields = {w for w in re.findall(r"[a-z]+", held.lower()) if w in _FIELD_WORDS}
    other = {w for w in re.findall(r"[a-z]+", name.lower()) if w in _FIELD_WORDS}
    return (
        bool(fields and other)
        and not fields & other
        and not (fields | other <= {"defense", "defence"})
    )


# "Senator X's": the one an aide serves, as the aide's institution
_SERVES_SOMEONE = re.compile(r"['\u2019]s$")
_CAPITALISED = re.compile(r"[A-Z][\w-]+")


def _another_principal(person: object, body: object) -> bool:
    """Whether ``person`` is the aide of someone the body's name does not hold ("Senator X's
    spokesman" after "President Y's administration said in a statement")."""
    held = getattr(person, "institution", None) or ""
    if not _SERVES_SOMEONE.search(held):
        return False
    name = (getattr(body, "name", None) or "").lower()
    return not any(w.lower() in name for w in _CAPITALISED.findall(held))


def _another_state(person: object, body: object) -> bool:
    """Whether ``person`` speaks for another state than ``body`` (China's spokesperson asked
    about Pakistan's recall of its envoy)."""
    own, theirs = _state_of(person), _state_of(body)
    return bool(own and theirs and own != theirs)


def _state_of(speaker: object) -> str | None:
    """The state a speaker speaks for: its own, or the one its institution's name gives (the
    Kremlin's spokesman speaks for Russia, "Chinese Foreign Ministry" for China)."""

    country = getattr(speaker, "country", None)
    held = getattr(speaker, "institution", None) or ""
    if country or not held:
        return country
    return SEATS.get(held.lower().removeprefix("the ")) or country_of(held.split())[0]


# "A Chinese envoy said on Monday that ... \n Fu Cong, China's permanent representative to
# the UN, told a Security Council meeting ...": a wire lead gives the words' day to someone
# it names only in the next paragraph; the first person then quoted with no day of his own
# is that someone, at that occasion (Xinhua, CGTN, China Daily copy)
_INDEFINITE_LEAD = re.compile(
    r"(?:[^.\n]{0,60}?(?:--|[\u2014\u2013]|:)\s*)?(?:A|An)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:envoy|official|"
    r"diplomat|spokesperson|spokesman|spokeswoman|minister|ambassador|representative|"
    r"negotiator|delegate|leader|lawmaker|legislator|commander|officer)\b"
)
# "Relations are near the point of no return, a Russian official warned on Friday ... \n
# Russian foreign ministry spokesperson Maria Zakharova said ...": the same lead with its
# someone after the words
_INDEFINITE_AFTER = re.compile(
    r"(?:,|[\"\u201d])\s*(?:a|an)\s+(?:[\w'\u2019.-]+\s+){0,4}?(?:envoy|official|"
    r"diplomat|spokesperson|spokesman|spokeswoman|minister|ambassador|representative|"
    r"negotiator|delegate|leader|lawmaker|legislator|commander|officer)\s+$"
)
# "..., a senior official said on condition of anonymity": a someone the story keeps unnamed
_KEPT_UNNAMED = re.compile(
    r"\b(?:anonymity|anonymously|not\s+(?:to\s+)?be\s+(?:named|identified)|"
    r"(?:declined|refused)\s+to\s+be\s+(?:named|identified)|not\s+authori[sz]ed\s+to)\b"
)
_LEAD_REACH = 2  # paragraphs: how far from the lead its speaker must be named
_LEAD_POST = re.compile(
    r"\b(?:envoy|official|diplomat|spokesperson|spokesman|spokeswoman|minister|ambassador|"
    r"representative|negotiator|delegate|leader|lawmaker|legislator|commander|officer)\b"
)
# the posts the lead's word may stand for, in the description of the one named next
_DIPLOMAT_POSTS = re.compile(
    r"\b(?:diplomat|envoy|ambassador|representative|negotiator|delegate|foreign|spokes\w*|"
    r"emissary|consul)",
    re.I,
)
_POST_FITS = {
    "official": re.compile(
        r"\b(?:official|spokes\w*|minister|diplomat|ambassador|envoy|secretary|director|"
        r"advis[eo]r|aide|representative|deputy|chief|head|commissioner|negotiator|"
        r"undersecretary|under-secretary|administrator|governor|coordinator|officer)",
        re.I,
    ),
    "envoy": _DIPLOMAT_POSTS,
    "diplomat": _DIPLOMAT_POSTS,
    "ambassador": _DIPLOMAT_POSTS,
    "representative": _DIPLOMAT_POSTS,
    "negotiator": _DIPLOMAT_POSTS,
    "delegate": _DIPLOMAT_POSTS,
    "spokesperson": re.compile(r"\b(?:spokes\w*|press\s+secretary)", re.I),
    "spokesman": re.compile(r"\b(?:spokes\w*|press\s+secretary)", re.I),
    "spokeswoman": re.compile(r"\b(?:spokes\w*|press\s+secretary)", re.I),
    "minister": re.compile(r"\bminist", re.I),
    "leader": re.compile(
        r"\b(?:leader|president|prime\s+minister|premier|chancellor|head|chairman|king|emir)",
        re.I,
    ),
    "lawmaker": re.compile(
        r"\b(?:lawmaker|legislator|MP|senator|congress\w*|parliament\w*|deputy|member)", re.I
    ),
    "legislator": re.compile(
        r"\b(?:lawmaker|legislator|MP|senator|congress\w*|parliament\w*|deputy|member)", re.I
    ),
    "commander": re.compile(r"\b(?:commander|general|colonel|admiral|chief|officer)", re.I),
    "officer": re.compile(r"\b(?:commander|general|colonel|admiral|chief|officer)", re.I),
}
# a head of state or government: never "a senior official", "a diplomat" ...
_TOP_TITLE = re.compile(
    r"\b(?<!vice[ -])(?:president|prime\s+minister|premier|chancellor|king|emir|monarch)\b", re.I
)
_STEM_WORDS = frozenset(("said", "says", "told", "with", "from", "that", "this", "Monday"))


def _stems(words: str) -> set[str]:
    return {
        w[:4].lower()
        for w in re.findall(r"[A-Za-z]{4,}", words)
        if w not in _STEM_WORDS and not w.endswith("day")
    }


def _named_after_lead(
    ctx: DatedText, n: int, statements: Sequence[Attribution], dated: list[When]
) -> When | None:
    st = statements[n]
    if st.speaker is None or getattr(st.speaker, "kind", "person") != "person":
        return None
    for k in ctx.statement_order:
        other = statements[k]
        if k >= len(dated) or other.start >= st.start:
            return None
        if other.speaker is not None:
            return None  # someone is named before: the lead's speaker is not found here
        sentence = ctx.sentence_at(other.cue_at)
        when = dated[k]
        lead = None
        if sentence is not None:
            lead = _INDEFINITE_LEAD.match(ctx.text, sentence[0], other.cue_at) or (
                _INDEFINITE_AFTER.search(
                    ctx.text, max(sentence[0], other.cue_at - 80), other.cue_at
                )
            )
        if (
            sentence is None
            or lead is None
            or _KEPT_UNNAMED.search(ctx.text, sentence[0], sentence[1])
            or not when.evidence
            or when.inherited
            or not ONE_DAY.fullmatch(when.edtf or "")
        ):
            continue
        if ctx.text.count("\n\n", sentence[1], st.start) + ctx.text.count(
            "\n", sentence[1], st.start
        ) > 2 * _LEAD_REACH or ctx.phrases_between(sentence[1], st.start):
            return None
        first = next(
            (
                statements[j]
                for j in ctx.statement_order
                if statements[j].speaker is not None and statements[j].start > other.start
            ),
            None,
        )
        if first is None or first.speaker is not st.speaker:
            return None  # the lead's someone is the first person named after it
        # ... and described alike: "A Chinese envoy" / "China's permanent representative"
        lead_words = _stems(ctx.text[lead.start() : other.cue_at])
        if not any(lead_words & _stems(ctx.text[a:b]) for a, b in first.window):
            return None
        # ... in a post the lead's word fits ("a senior Russian official" is no "Russian
        # President Vladimir Putin"; "a Russian diplomat" is "deputy foreign minister X")
        post = _LEAD_POST.findall(ctx.text, lead.start(), other.cue_at)
        described = " ".join(ctx.text[a:b] for a, b in first.window)
        fits = _POST_FITS.get(post[-1].lower()) if post else None
        if (
            fits is None
            or not fits.search(described)
            or (post[-1].lower() != "leader" and _TOP_TITLE.search(described))
        ):
            return None
        return When(when.edtf, f"named after the lead: '{when.evidence}'", True)
    return None


# "at the ministry's regular press conference on March 11": a day given to a briefing is the
# day of the speaker's words there, whatever clause tells it
_TOLD_REACH = 3000  # characters: how far back reported words may place a speaker
_BRIEFING_DAY = re.compile(r"\b(?:briefing|press conference|news conference|presser)\s+(?:on\s+)?$")
# "Friday's daily briefing": a day that names the briefing, the occasion itself
_BRIEFING_AFTER = re.compile(
    r"['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:briefing|press conference|news conference|presser)\b", re.I
)


def _own_speaking(text: str, start: int, p: Phrase, named_in: Callable[[int, int], bool]) -> bool:
    """Whether the day ``p`` stands in a "who" clause on the speaker, named just before it,
    that tells the speaker's own speaking ("X, who spoke after Vance on Friday, left his
    script."): the occasion the words told next were said at, as in the words' own
    sentence ("who issued a statement", "who was elected" tell another deed)."""
    opener = _open_clause(text, start, p.start)
    return (
        opener is not None
        and _WHO_SPOKE.match(text, opener) is not None
        and named_in(max(start, opener - _NAMED_BEFORE_WHO), opener)
    )


_NAMED_BEFORE_WHO = 60  # characters: the speaker's name and title before ", who"


# what makes a sentence tell an occasion someone could speak at, or a saying itself
_GATHERING_OR_SAYING = re.compile(
    r"\b(?:talks|meet(?:s|ing|ings)?|met|conference|summit|visit(?:s|ed|ing)?|session|"
    r"briefing|interview|speech|address(?:ed)?|hearing|forum|ceremony|rally|call|"
    r"sa(?:y|ys|id)|told|tells?|spoke|speaking|stated?|statement|announced?|remarks?|"
    r"comments?|wrote|posted|tweeted|added)\b",
    re.I,
)


def _background_day(
    ctx: DatedText, statements: Sequence[Attribution], p: Phrase, after: int, before: int
) -> bool:
    """Whether day phrase ``p``, between two statements of one speaker (``after`` and
    ``before`` their starts), stands in a narrative sentence of its own that holds no
    statement, names none of the story's speakers and tells no gathering or saying: the day
    of another party's deed, told as background ("Candidate X on Wednesday emerged as the
    winner of the election")."""
    sentence = ctx.sentence_at(p.start)
    if sentence is None:
        return False
    a, b = sentence[0], sentence[1]
    if a <= after or b > before:
        return False
    if any(a <= s.start < b or a <= s.cue_at < b for s in statements):
        return False
    if any(_any_within(s.speaker_at, a, b) for s in statements if s.speaker is not None):
        return False
    subject = _SUBJECT_OPENS.match(ctx.text, a, b)
    if subject is not None and (
        subject.group(1) is not None or subject.group(2).casefold() in ROLE_WORDS
    ):
        # "On Monday he flew to Edinburgh", "The envoy on Monday toured a warehouse": a
        # pronoun or a bare title as the subject tells the speaker's own outing, no other
        # party's deed
        return False
    return _GATHERING_OR_SAYING.search(ctx.text, a, b) is None


# the subject opening a sentence, after a day phrase that may lead it: a pronoun (group 1)
# or "the" and one word (group 2)
_SUBJECT_OPENS = re.compile(
    r"\W*(?:(?:On|Last|This|Early|Late)\s+[A-Z][a-z]+,?\s+)?"
    r"(?:(He|She|They|he|she|they)|[Tt]he\s+([A-Za-z-]+))\b"
)


def _any_within(positions: Sequence[int], a: int, b: int) -> bool:
    """Whether sorted ``positions`` hold one in ``[a, b)``."""
    k = bisect.bisect_left(positions, a)
    return k < len(positions) and positions[k] < b


def _remarks_told_after(
    ctx: DatedText, st: Attribution, statements: Sequence[Attribution], ref: date | None
) -> When | None:
    """ "X has said that ... X made the remarks in a meeting on Tuesday": a later sentence
    places the words just told at a day, when nobody else speaks before it (a few sentences
    of the same speaker's words may stand between)."""
    k = bisect.bisect_right(ctx.statement_starts, st.start)
    pos = st.start
    for _ in range(_REMARKS_REACH):
        following = ctx.sentence_after(pos)
        if following is None:
            return None
        a, b = following
        while k < len(ctx.statement_starts) and ctx.statement_starts[k] < b:
            if st.speaker is None or statements[ctx.statement_order[k]].speaker is not st.speaker:
                return None  # someone else speaks first
            k += 1
        # "Even though he made this statement two months ago, ...": the words just told,
        # placed in a clause of concession or time opening the sentence; read from the pronoun
        though = _THOUGH_HE_MADE.match(ctx.text, a)
        if though is not None:
            a = though.end()
        named = (
            _any_within(st.speaker_at, a, b)
            or though is not None
            or _HE_MADE.match(ctx.text, a)
            # ("The interview was recorded on Sunday": of words the page says an interview
            # gave, not of a ministry's statement told before the interview)
            or (
                _INTERVIEW_RECORDED_AT.match(ctx.text, a)
                and _told_of_an_interview(ctx, st, statements)
            )
        )
        if ctx.told_back_between(a - 1, b) and named:
            return _remarks_day(ctx, a, b, ref)
        pos = a
    return None


def _told_of_an_interview(
    ctx: DatedText, st: Attribution, statements: Sequence[Attribution]
) -> bool:
    """Whether the words at ``st``, or the same speaker's just before them, are told as an
    interview's ("said ... in an interview that aired Sunday", then '"...," X said.')."""
    k = bisect.bisect_left(ctx.statement_starts, st.start)
    told = [st]
    if k > 0 and statements[ctx.statement_order[k - 1]].speaker is st.speaker:
        told.append(statements[ctx.statement_order[k - 1]])
    return any(
        ctx.search(_INTERVIEW_NOUN, a, b)
        for said in told
        for a, b in (*said.window, *said.reported)
    )


_REMARKS_REACH = 4  # sentences: how far words may stand before "made the remarks"
_INTERVIEW_RECORDED = (
    r"\b(?:The|His|Her)\s+interview\s+(?:was|had\s+been)\s+(?:conducted|recorded|taped|filmed)\b"
)
_INTERVIEW_RECORDED_AT = re.compile(rf"\s*{_INTERVIEW_RECORDED}")
# "He made the comments on Monday": the speaker just quoted, as the pronoun opening it
_HE_MADE = re.compile(
    r"\s*(?:(?:He|She)\s+(?:\w+ly\s+)?(?:made|was\s+speaking|spoke|said\s+(?:this|so)|"
    r"stated\s+(?:this|so)|disclosed\s+this|mentioned\s+this|(?:expressed|voiced)\s+this)|"
    r"(?:His|Her)\s+(?:remarks|comments)\s+came|"
    r"This\s+came\s+(?=(?:during|in|at|while|when|on\s+the\s+sidelines)\b)|"
    # "The remarks came on Thursday": the words just told, whoever spoke them
    r"(?:His|Her|The)\s+(?:remarks|comments)\s+(?:came|(?:was|were)\s+made))\b"
)


_THOUGH_HE_MADE = re.compile(
    r"\s*(?:Even\s+though|Though|Although|While|When)\s+(?=(?:he|she)\s+(?:\w+ly\s+)?made\s)"
)


def _remarks_day(ctx: DatedText, a: int, b: int, ref: date | None) -> When | None:
    """The day a "made the remarks" sentence gives the words: a day in its main clause, or
    the span from the day of what they answered to the article's day."""
    for p in ctx.phrases_between(a - 1, b):
        if _DAYS.fullmatch(p.when.edtf or ""):
            # "made the remarks during an inspection tour from Monday to Tuesday": in it (not
            # "Her remarks came after the walkout last week": the walkout's week)
            if (
                not ctx.subordinate(a, p.start)
                and not _answered(ctx.text, p)
                and not _CAME_AS.search(ctx.text, a, p.start)
            ):
                return When(p.when.edtf, f"made the remarks: '{p.when.evidence}'", inherited=True)
            continue
        if _MONTH.fullmatch(p.when.edtf or "") and not ctx.subordinate(a, p.start):
            # "He made the remarks in January", "two months ago": that month
            if _answered(ctx.text, p) or _CAME_AS.search(ctx.text, a, p.start):
                continue
            return When(p.when.edtf, f"made the remarks: '{p.when.evidence}'", inherited=True)
        if not ONE_DAY.fullmatch(p.when.edtf or ""):
            continue
        if _answered(ctx.text, p):
            return _after_answered(p, ref)
        came = _CAME_DAYS_AFTER.search(ctx.text, a, p.start)
        if came:
            # "The remarks came a day after the rebels walked out on Monday": counted on
            n = came["n"]
            day = date.fromisoformat(p.when.edtf or "") + timedelta(
                days=int(n) if n.isdigit() else _COUNT[n.lower()]
            )
            if ref is not None and day > ref:
                return None
            return When(day.isoformat(), f"{came.group(0)} '{p.when.evidence}'", inherited=True)
        if _CAME_AS.search(ctx.text, a, p.start):
            continue  # "Her remarks came after the walkout on Monday": the walkout's day
        if not ctx.subordinate(a, p.start) or _own_occasion(ctx.text, a, p.start):
            return When(p.when.edtf, f"made the remarks: '{p.when.evidence}'", inherited=True)
    return None


# "Wang made the statements when he addressed a welcoming dinner on Monday": a time clause of
# the speaker himself addressing, meeting or visiting is the occasion the remarks were made
# at, and its day theirs (China Daily, Xinhua copy); "when asked about the vote on Monday"
# gives no such occasion
_OCCASION_CLAUSE = re.compile(
    r"(?:when|while|as)\s+(?:he|she|they)\s+(?:\w+ly\s+)?(?:addressed|met|visited|attended|"
    r"spoke|received|hosted|held|opened|toured|inspected|chaired|co-chaired|delivered|gave|"
    r"was\s+(?:addressing|meeting|visiting|attending|speaking|receiving|hosting|holding)|"
    r"were\s+(?:meeting|speaking|holding))\b",
    re.I,
)


def _own_occasion(text: str, clause_start: int, pos: int) -> bool:
    """Whether the clause holding ``pos`` tells the speaker at an occasion of his own."""
    opener = _open_clause(text, clause_start, pos)
    if opener is None or not _OCCASION_CLAUSE.match(text, opener):
        return False
    return _INNER_CLAUSE.search(text, text.find(" ", opener) + 1, pos) is None


_CAME_DAYS_AFTER = re.compile(
    r"\b(?:came|come|comes)\s+(?P<n>a|one|two|three|four|five|\d)\s+days?\s+after\b", re.I
)
_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def _not_a_day_reached(ctx: DatedText, phrase: Phrase) -> bool:
    """A day that places no one at an occasion: what words answered or a question asked
    about, a thing named by its day ("the crisis created by the June 5 coup"), a plan
    ("talks will resume on Tuesday"), or a report's ("KCNA reported on Tuesday"). The answer
    depends on the phrase alone and is kept per phrase."""
    found = ctx.not_a_day.get(phrase.start)
    if found is None:
        found = _reads_as_no_day_reached(ctx, phrase)
        ctx.not_a_day[phrase.start] = found
    return found


# "recalls his statement of 9 November 2020", "recalling the communiqué of its 1,100th
# meeting of 12 March": a paper the speaker recalls, named by its day
# (an initial's dot, "H.E. X", ends no sentence)
_PAPER_TOLD_AFTER = re.compile(r"(?:[^.;\n]|(?<=[A-Z])\.){0,160}?\b(?:in\s+which|wherein)\b")
_PAPER_WHICH = re.compile(
    r"(?:[^.;\n]|(?<=[A-Z])\.){0,160}?,\s+which\s+(?:(?:also|had|has|then|firmly|strongly)\s+)?"
)


def _paper_says_after(text: str, end: int) -> bool:
    """Whether the recalled paper's day at ``end`` is followed by ", which <verb of saying>"
    (the paper's own words: "by the Peace and Security Council, which condemned ...")."""
    m = _PAPER_WHICH.match(text, end)
    if m is None:
        return False
    return any(c.start == m.end() for c in find_cues(text, m.end(), min(len(text), m.end() + 40)))


_RECALLED_PAPER = re.compile(
    r"\brecall(?:s|ed|ing)?\s+(?:(?:his|her|its|their|the|an?|previous|earlier|own|last)\s+){1,2}"
    r"(?:[\w,-]+\s+){0,6}?(?:statements?|communiqu[e\u00e9]s?|declarations?|decisions?|"
    r"resolutions?|letters?|appeals?|press\s+(?:releases?|statements?)|conclusions|calls?)"
    # ("the communique of the Peace and Security Council adopted on 28 July 2023": its body)
    r"(?:\s+(?:of|by)\s+(?:the\s+)?[A-Z][^,;:.\n]{0,60}?)?"
    # (the day's phrase may hold its own "on": "adopted on 28 July" read from "on"; a bare
    # "recalled his statement on Monday" may tell the day of the recalling)
    r"\s+(?:(?:issued|made|adopted|released|published)\s+(?:on\s+)?|(?:of|dated)\s+)"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$",
    re.I,
)


def _reads_as_no_day_reached(ctx: DatedText, phrase: Phrase) -> bool:
    """See :func:`_not_a_day_reached`."""
    if _RANGE_AFTER.match(ctx.text, phrase.end):
        return True  # "the retreat held from Jan 17-18": a span's first day, no occasion
    names_a_thing = _attributive(ctx.text, phrase)
    reported = _REPORTED_ON.search(ctx.text, max(0, phrase.start - 20), phrase.start)
    # "following his nomination the previous day": what the words came after
    came_before = phrase.kind == "day_before" and _AFTER_THING.search(
        ctx.text, max(0, phrase.start - 60), phrase.start
    )
    # "Asked about the statement made on Saturday by ...": the day of what was asked about,
    # unless it is the briefing's ("asked about it at Friday's briefing")
    asked = (
        _asked_about(ctx.text, max(0, phrase.start - _ASKED_REACH), phrase)
        and not _BRIEFING_DAY.search(ctx.text, max(0, phrase.start - 40), phrase.start)
        and not _BRIEFING_AFTER.match(ctx.text, phrase.end)
    )
    return (
        _answered(ctx.text, phrase)
        or bool(asked)
        or names_a_thing
        or _planned(ctx, phrase)
        or bool(reported)
        or bool(came_before)
    )


# "Kim said ..., KCNA reported Thursday" in Friday's story: the words came out in a report of
# a day before the article's, and were said on or before it (Yonhap, Xinhua relays); the
# report's day is no occasion of the speaker, and one on the article's own day says nothing
# the article's day does not
# an appositive or relative clause on the words just told, with a subject of its own ("...,
# a charge Moscow has denied", "..., which the ministry has rejected")
_ANSWERED_CLAIM = re.compile(
    r",\s+(?:which|(?:a|an)\s+(?:claim|charge|allegation|accusation|assertion)(?:\s+that)?)"
    r"\s+(?:[\w'\u2019.-]+\s+){1,4}$"
)
_RELAY_BEFORE = re.compile(r"\b(?:report(?:ed|s)|as\s+reported\s+by\s+[^,.;:\"\u201c]{1,60}?)\s+$")


_SET_OFF_AFTER = re.compile(r",\s+(?:that\b|[\"\u201c])")


def _relayed_before(ctx: DatedText, st: Attribution, ref: date | None) -> When | None:
    if ref is None or not st.said:
        return None
    end = max(b for _, b in st.said)
    sentence = ctx.sentence_at(max(end - 1, st.cue_at))
    if sentence is None:
        return None
    # ("X told Izvestia, RIA Novosti reported Wednesday, that ...": the report set off
    # between the verb and the words)
    start = min(a for a, _ in st.said)
    aside = [
        p for p in ctx.phrases_between(st.cue_at, start) if _SET_OFF_AFTER.match(ctx.text, p.end)
    ]
    for p in aside + ctx.phrases_between(end - 1, sentence[1]):
        if not ONE_DAY.fullmatch(p.when.edtf or ""):
            continue
        if not _RELAY_BEFORE.search(ctx.text, max(sentence[0], p.start - 80), p.start):
            continue
        if p.when.edtf < ref.isoformat():
            return When(f"../{p.when.edtf}", f"relayed: reported '{p.when.evidence}'")
        return None
    return None


# "Earlier this month, la Repubblica quoted Putin as ... . The Kremlin dismissed the quote
# as ...": an answer to what the sentence before told of, in a stretch of days before the
# story's (a report of "earlier this month", "last week"), given on or after it: on or before
# the article's day, no day more
_ANSWERS_IT = re.compile(
    r"(?:dismissed|denied|rejected|refuted|disputed|brushed\s+off|played\s+down)\s+"
    r"(?:the|that|this|these|those)\s+(?:[a-z]+\s+)?(?:quotes?|reports?|claims?|remarks?|"
    r"comments?|allegations?|accounts?|publications?|articles?|stor(?:y|ies))\b"
)


def _answers_what_was_told_before(ctx: DatedText, st: Attribution, ref: date | None) -> When | None:
    if ref is None or not _ANSWERS_IT.match(ctx.text, st.cue_at):
        return None
    own = ctx.sentence_at(st.cue_at)
    before = ctx.sentence_before(own[0]) if own is not None else None
    if before is None or "\n" in ctx.text[before[1] : own[0]]:
        return None
    told = ctx.phrases_between(before[0] - 1, before[1])
    if len(told) != 1 or ctx.phrases_between(own[0] - 1, own[1]):
        return None
    value = told[0].when.edtf or ""
    # a stretch of days before the article's ("earlier this month", "last week"), not a day
    if not (_DAYS.fullmatch(value) or (value.startswith("..") and len(value) == 12)):
        return None
    return When(f"../{ref.isoformat()}", f"answering what '{told[0].when.evidence}' told")


# "... in September, when the president referred to Kim as a \"Rocket Man\". \n Kim responded
# in a statement that described Trump as ...": a response told right after what it answers,
# in a month or year gone by, is of that period, not the article's day
_RESPONDED = re.compile(r"\b(?:responded|replied|retorted|(?:hit|fired|shot)\s+back)\b")
_MONTH_OR_YEAR = re.compile(r"\d{4}(?:-\d{2})?")
# someone's words told in a sentence: a verb of saying or naming
_SAYING_THEN = re.compile(
    r"\b(?:said|says|told|called|referred\s+to|described|dubbed|labell?ed|branded|"
    r"threatened|warned|vowed|declared|announced|wrote|tweeted|posted|mocked|insulted|"
    r"accused|claimed|questioned|dismissed|suggested|urged|demanded|ridiculed|derided)\b"
)
_SAYING_THEN_REACH = 80  # characters between the period and the verb telling the words


def _response_in_the_period_told(ctx: DatedText, st: Attribution, ref: date | None) -> When | None:
    own = ctx.sentence_at(st.cue_at)
    if ref is None or own is None or ctx.phrases_between(own[0] - 1, own[1]):
        return None
    responded = _RESPONDED.search(ctx.text, own[0], min(own[1], st.cue_at + 16))
    if responded is None or not _any_within(st.speaker_at, own[0], responded.start()):
        return None  # the speaker's own response, named before it
    before = ctx.sentence_before(own[0])
    if before is None or ctx.text.count("\n", before[1], own[0]) > 2:
        return None
    told = ctx.phrases_between(before[0] - 1, before[1])
    if len(told) != 1 or _any_within(st.speaker_at, before[0], before[1]):
        return None  # (not the speaker's own earlier occasion, which the rules above date)
    # what it answers is someone's words told then ("Trump told the United Nations in
    # September that ...", "in September, when the president referred to Kim as ..."), not a
    # deed or a background period ("a dispute that turned deadly in 2020")
    p = told[0]
    if not any(
        abs(m.start() - p.start) <= _SAYING_THEN_REACH
        # (not "..., officials said." closing it: the telling of a background)
        and ctx.text[m.end() : before[1]].strip(" .\"'\u201d\n")
        for m in _SAYING_THEN.finditer(ctx.text, before[0], before[1])
    ):
        return None
    value = told[0].when.edtf or ""
    if not _MONTH_OR_YEAR.fullmatch(value) or not value < ref.isoformat()[: len(value)]:
        return None  # a day, or the article's own month or year: no period gone by
    return When(value, f"responding to what '{told[0].when.evidence}' told", inherited=True)


# "The two ministers' talks were held here yesterday. \n The Foreign Ministry said they
# discussed trade ...": a body's readout of the meeting the lead dates, with no day of its
# own, was given out on the meeting's day (Bernama, Antara, PNA copy); only while the story
# has reached no later day (an earlier one, "the summit on June 12", is background)
_READOUT_LEAD = re.compile(
    r"\b(?:met|meet|meeting|talks|discussed|discussions?|courtesy\s+call|call(?:ed)?\s+on|"
    r"phone\s+call|telephone\s+(?:call|conversation)|consultations|held\s+talks|"
    # "X spoke to his Chinese counterpart on Wednesday": a call, the readout below its
    r"(?:spoke|talked)\s+(?:to|with)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}?counterparts?)\b",
    re.I,
)
_READOUT_WORDS = re.compile(
    r"\b(?:discuss(?:ed|ions?)?|met|meeting|talks|courtesy\s+call|call|agreed|"
    r"exchanged\s+views|both\s+(?:ministers|leaders|sides)|the\s+two\s+(?:ministers|leaders|"
    r"sides))\b",
    re.I,
)


def _another_meetings_day(ctx: DatedText, p: Phrase) -> bool:
    """ "X and Y, in their meeting here, followed up on the meeting between A and B on June
    12": a sentence that tells one meeting and then names another with its parties; the day
    is the other one's."""
    sentence = ctx.sentence_at(p.start)
    if sentence is None:
        return False
    event = _EVENT_BETWEEN.search(ctx.text, max(sentence[0], p.start - 160), p.start)
    return event is not None and bool(_READOUT_LEAD.search(ctx.text, sentence[0], event.start()))


def _lead_sentence(ctx: DatedText, first: Phrase) -> tuple[int, int] | None:
    """The sentence of a lead's day, when the day is the main clause's and one the story
    reached (not a subordinate clause's, not a day still ahead)."""
    told = ctx.sentence_at(first.start)
    if told is None or ctx.subordinate(told[0], first.start) or _not_a_day_reached(ctx, first):
        return None
    return told


def _readout_of_lead_meeting(ctx: DatedText, st: Attribution) -> When | None:
    """A body's readout ("the ministry said the two sides discussed ...") under a lead that
    dates the meeting ("X met Y here yesterday"): the readout tells that meeting, on that day,
    when no later day stands between."""
    if getattr(st.speaker, "kind", "person") != "institution":
        return None
    sentence = ctx.sentence_at(min(st.start, st.cue_at))
    if sentence is None:
        return None
    days = [
        p
        for p in ctx.phrases_between(-1, sentence[0])
        if ONE_DAY.fullmatch(p.when.edtf or "") and not _another_meetings_day(ctx, p)
    ]
    if not days:
        return None
    first = days[0]
    lead = _lead_sentence(ctx, first)
    if (
        lead is None
        or not _READOUT_LEAD.search(ctx.text, lead[0], lead[1])
        or any((p.when.edtf or "") > (first.when.edtf or "") for p in days[1:])
    ):
        return None
    own = [*st.window, *st.reported, *st.said, sentence]
    if not any(ctx.search(_READOUT_WORDS, a, b) for a, b in own):
        return None
    evidence = f"the readout of the lead's meeting: '{first.when.evidence}'"
    return When(first.when.edtf, evidence, True)


# "Xinhua reported on Monday that Wei called on Prime Minister Muhyiddin ... \n Muhyiddin was
# also quoted saying that ...": words quoted from the report the sentence before tells, of a
# day before the article's; said at the encounter it reports when it names the speaker,
# otherwise on or before the report's day (Malaysian, Indonesian, Pakistani dailies)
_QUOTED_FROM = re.compile(r"\b(?:was|were)\s+(?:also\s+)?quoted\s+(?:as\s+)?(?:saying|by)\b")


def _quoted_from_report(ctx: DatedText, st: Attribution, ref: date | None) -> When | None:
    if ref is None or not any(ctx.search(_QUOTED_FROM, a, b) for a, b in st.window):
        return None
    sentence = ctx.sentence_at(min(st.start, st.cue_at))
    if sentence is None:
        return None
    pos = sentence[0] - 1
    while pos > 0 and ctx.text[pos].isspace():
        pos -= 1
    before = ctx.sentence_at(pos)
    if before is None:
        return None
    for p in ctx.phrases_between(before[0] - 1, before[1]):
        if not ONE_DAY.fullmatch(p.when.edtf or "") or p.when.edtf >= ref.isoformat():
            continue
        if not _REPORTED_ON.search(ctx.text, max(before[0], p.start - 20), p.start):
            continue
        name = (getattr(st.speaker, "name", None) or "").split()
        if name and re.search(rf"\b{re.escape(name[-1])}\b", ctx.text[p.end : before[1]]):
            return When(p.when.edtf, f"quoted from the report of '{p.when.evidence}'", True)
        return When(f"../{p.when.edtf}", f"quoted from the report of '{p.when.evidence}'")
    return None


# "X called for ... on Tuesday, as the Council prepared to meet on Friday": a day the past
# "prepared to" sets after a day its sentence told is ahead of that day ("As the Council
# prepared to vote on Thursday, X said": alone, the day the words were told in)
_PREPARED_TO = re.compile(r"\bprepared to\s+(?:[\w'-]+\s+){0,12}$")
_RANGE_AFTER = re.compile(r"\s*(?:-|\u2013|to\b|through\b|until\b|till\b)\s*\d")
# "..., state media KCNA reported on Tuesday": the report's day, not an occasion of the speaker
_REPORTED_ON = re.compile(r"\breport(?:ed|s)\s+$")


def _planned(ctx: DatedText, phrase: Phrase) -> bool:
    """Whether the day stands in a clause about the future ("will resume talks on Tuesday",
    "On Monday, Graham will headline a fundraiser")."""
    sentence = ctx.sentence_at(phrase.start)
    start = sentence[0] if sentence else max(0, phrase.start - 80)
    # (twelve words back at most, long ones in a name and a title: "was to hold his first
    # face-to-face meeting with US Secretary of State Antony Blinken on Monday")
    if _FUTURE_BEFORE.search(ctx.text, max(start, phrase.start - _PLAN_REACH), phrase.start):
        return True
    if _GOING_TO_ATTEND.search(ctx.text, max(start, phrase.start - _ATTEND_REACH), phrase.start):
        return True
    if _PREPARED_TO.search(ctx.text, max(start, phrase.start - 80), phrase.start) and any(
        ONE_DAY.fullmatch(p.when.edtf or "") for p in ctx.phrases_between(start - 1, phrase.start)
    ):
        return True
    if sentence is None or not _OPENING_DAY.fullmatch(ctx.text, sentence[0], phrase.start):
        return False
    # a day opening the sentence, whose verb is a plan and which tells no words
    rest = ctx.text[phrase.end : sentence[1]]
    return bool(_FUTURE_AHEAD.search(rest)) and not find_cues(ctx.text, phrase.end, sentence[1])


# "is in Beijing to attend the foreign ministers' meeting of the Shanghai Cooperation
# Organisation (SCO) being held on Tuesday": a long event name between, beyond the 80
# characters a future verb is looked for in
_GOING_TO_ATTEND = re.compile(
    r"\bto\s+attend\s+(?:[\w'()-]+\s+){0,14}?being\s+(?:held|hosted|convened)\s+"
    r"(?:[\w'-]+\s+){0,6}$"
)
_ATTEND_REACH = 160  # characters

_PLAN_REACH = 120  # characters back from a day to the verb putting it in the future
# a day a plan is fixed for ("welcomed talks planned for Friday", "the vote scheduled for
# March 3", "a summit due on Monday"): the planned event's, never the day any words were
# said, wherever it stands ("set on" is left: "the date was set on Friday" tells when)
_SET_FOR_WORDS = (
    r"\b(?:(?:scheduled|re-?scheduled|planned|slated|set|pencil+ed\s+in)\s+for|"
    r"(?:due|expected)(?:\s+on)?)\s+(?:next\s+|this\s+(?:coming\s+)?)?$"
)
_SET_FOR = re.compile(_SET_FOR_WORDS, re.I)
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|shall|is to|are to|due to|set to|plans? to|scheduled to|expected to|"
    # "was to hold talks with Blinken on Monday", "were to have met on Friday": a plan as the
    # story tells it (not "spoke at what was to be his last news conference on Monday", "in
    # what was to become his most combative speech": what the event turned out to be, a day
    # gone by; "the talks, which were to be held on Monday" are still a plan)
    # (either branch accepts: "was/were to" is refused only when both guards hold, after
    # "what"/"which" and before "become" or "be" with no participle)
    r"(?<!\bwhat\s)(?<!\bwhich\s)(?:was|were)\s+to|"
    r"(?:was|were)\s+to(?!\s+(?:become\b|be\s+(?!held\b|\w+(?:ed|en)\b)))|"
    # "as the Council prepares to meet on Thursday", "talks to be held in Muscat on Saturday"
    # (not "as the Council prepared to vote on Thursday": a day gone by, the words' own)
    r"prepar(?:es|ing) to|poised to|to be (?:held|hosted|convened|staged|signed))\s+"
    # ("will hold talks with U.S. Secretary of State Antony Blinken on Friday": initials'
    # stops inside the words between)
    r"(?:[\w'.\u2019-]+\s+){0,12}$"
    # "in Tokyo to attend the ministers' meeting being held on Wednesday": a meeting one is
    # still to go to (not "on the sidelines of talks being held in Geneva on Monday, X said":
    # the talks under way where the words were told)
    r"|\b(?:to\s+attend|ahead\s+of)\s+(?:[\w'-]+\s+){0,8}?being\s+(?:held|hosted|convened)\s+"
    r"(?:[\w'-]+\s+){0,6}$"
    # "the ceremony scheduled for Tuesday", "talks due on Friday": the day an event is set
    # for, still to come
    r"|" + _SET_FOR_WORDS + r""  # (one list with the check in _own)
    # "The talks, he said, would begin in Geneva on Friday": the future told in the past
    r"|\bwould\s+(?!have\b)(?:[\w'-]+\s+){1,5}$"
    # "Ceasefire to take effect on Sunday; ...", "Lavrov to visit Beijing on Monday": a
    # headline's or a standfirst's future, its "is" left out
    # ("Speaking by video to the conference on Saturday, X said": no headline, no future)
    r"|(?:(?<=\n)|(?<=;\s))[A-Z][\w'-]*(?<!ing)(?:\s+[\w'-]+){0,3}\s+to\s+"
    r"(?!(?:the|an?|his|her|its|their|this|that|these|those|our|my|your)\b)[a-z]+\s+"
    r"(?:[\w'-]+\s+){0,6}$"
)


# a day opening its sentence: "On Monday, ...", "Next Tuesday ...", the second of two ("On
# Thursday and Friday, X will be in Valladolid")
_OPENING_DAY = re.compile(
    r"[\s\"\u201c(]*(?:(?:On|By|Next|This|Later|Early|Late)\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:and|or|to)\s+)?"
)
_FUTURE_AHEAD = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to|(?:is|are)\s+to)\s+"
    r"(?!have\b)[a-z]+"
)


def _answered(text: str, phrase: Phrase, floor: int = 0) -> bool:
    """Whether ``phrase`` dates what the words answered ("in response to the speech on
    Friday", "asked for a reaction following the vote on May 31"), not the words (the
    reaction read from ``floor`` on)."""
    return _REACTION.search(text, max(floor, phrase.start - 120), phrase.start) is not None


def _after_answered(phrase: Phrase, ref: date | None) -> When | None:
    """Words answering what came on a day: said between that day and the article's."""
    day = date.fromisoformat(phrase.when.edtf or "")
    if ref is None or day >= ref:
        return When(phrase.when.edtf, f"in response to what came '{phrase.when.evidence}'", True)
    return When(
        f"{day.isoformat()}/{ref.isoformat()}",
        f"in response to what came '{phrase.when.evidence}'",
        inherited=True,
    )


# a response and what it answers, up to the day that answered thing came (in one sentence)
_REACTION = re.compile(
    rf"\b(?:{_RESPONDING}|response|reaction)\s+(?:to|following|after)\b"
    # (not a question put to the speaker: "Responding to a question on Thursday", "in response
    # to a query from PTI": asked and answered at one sitting, whose day is the words'; a
    # question about a thing may be dated by the thing: "a question about the attack on May 3")
    r"(?!\s+(?:(?:a|an|the|reporters['\u2019]?|journalists['\u2019]?|media|press)\s+)?"
    r"(?:questions?|quer(?:y|ies))\b"
    r"(?:(?!\b(?:about|on|regarding|concerning|over|whether|if|why|how|what)\b)[^.;!?])*$)"
    # (nor past the verb that tells the words: "Responding to X, Y said on Thursday")
    r"(?:(?!\b(?:said|says|told|tells|added|stated)\b)[^.;!?])*$",
    re.I,
)


ONE_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # one whole day's EDTF (not a month, a span)
_MONTH = re.compile(r"\d{4}-\d{2}")
_PERIOD = re.compile(r"\d{4}(?:-\d{2})?")  # a month or a year, no day
_YEAR = re.compile(r"\d{4}")
_VERB_IN_YEAR = re.compile(r"\w+\s+(?:back\s+)?(?:in\s+)?")  # "said in 2015": the verb's own year
_DAYS = re.compile(r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}")  # a span of days
_MADE_REMARKS = re.compile(
    rf"\b{MADE_THE_REMARKS}"
    r"|\b(?:remarks|comments)\s+came\b"  # "Her remarks came a day after ..."
    r"|\b(?:statement|remarks|comments)\s+(?:was|were)\s+made\s+by\b"
    # "Her comments were made on Thursday", "The remarks were made at a briefing"
    r"|\b(?:his|her|the)\s+(?:remarks|comments)\s+(?:was|were)\s+made\b"
    # "He said this at a press conference here yesterday", "She said so when met by
    # reporters": Malaysian and Singaporean copy's sentence placing the words just told;
    # "He expressed this in an interview" (Russian wire copy)
    r"|\b(?:said|stated|disclosed|mentioned|expressed|voiced)\s+(?:this|so)\s+"
    r"(?=(?:at|in|to|when|while|after|during|on|here|yesterday|today)\b)"
    # "This came during his participation in the summit held yesterday": the Gulf agencies'
    # sentence placing the words just told (not "This came as ...", "came after ...")
    r"|\bThis\s+came\s+(?=(?:during|in|at|while|when|on\s+the\s+sidelines)\b)"
    # "The interview was conducted in Kyiv on Friday": the sit-down the words just told came
    # from, recorded before it aired
    rf"|{_INTERVIEW_RECORDED}",
    re.I,
)
# "She was speaking at a news conference", "X spoke to reporters": after words, where they
# were said (before words, "X spoke to reporters." may open the next ones instead)
_WAS_SPEAKING = re.compile(
    r"\b(?:was|were)\s+speaking\s+(?:at|to|in|on|during|after|from|before)\b"
    r"|\bspoke\s+(?:to\s+(?:reporters|journalists|the\s+press|the\s+media)|at\s+(?:a|an|the)\s|"
    # "He spoke after talks on Tuesday with ...": the occasion of the words just told
    r"(?:after|following|before|during)\s|on the sidelines\b)",
    re.I,
)


# "a digest of the main events of the week", "THE WEEK THAT WAS", "Неделя в мировой
# политике": a page telling a week's events, section by section (not a day's digest of
# briefing topics, whose words are of the page's day)
_WEEK_DIGEST = re.compile(
    r"\b(?:week in|week that was|of the week|weekly (?:digest|round-?up|review))\b|"
    r"(?:неделя в|итог\w* недели|уходящей недели|прошедшей недели|событи\w* недели)",
    re.I,
)
_DIGEST_HEAD = 600  # characters: where a page says it is a week's digest
# a line in capitals alone ("MOSCOW: ULTIMATUM DRESSED AS A 'PEACE PLAN'", "ВТОРНИК. ПЕРЕГОВОРЫ")
_SECTION_HEADING = re.compile(r"^[ \t]*(?=[^a-zа-яё\n]*[A-ZА-ЯЁ]{3})[^a-zа-яё\n]{4,80}$", re.M)


def week_sections(text: str) -> list[int]:
    """Where each section of a week's digest starts, below its heading line in capitals: the
    day a section's story reaches carries on over its paragraphs ("On Friday, Putin said ...
    \n\nThe Ukrainian ministry said in a comment ..."), unlike a wire story's, whose later
    paragraphs may be of the article's day. None for another page, or one with fewer than
    two headings below the words saying it is a week's digest."""
    week = _WEEK_DIGEST.search(text, 0, _DIGEST_HEAD)
    if week is None:
        return []
    starts = [m.end() + 1 for m in _SECTION_HEADING.finditer(text, week.end())]
    return starts if len(starts) > 1 else []


# "had already produced", "had begun": a main clause in the pluperfect, set before the
# story's time (narrower than _BACKGROUND_HAD on purpose: the story goes back to a day only
# for a deed done on it, not "had never met before Tuesday", "had long said")
_PLUPERFECT_MAIN = re.compile(r"\bhad\s+(?:already\s+|also\s+)?[a-z]+(?:ed|en|un|wn|ne|de|ht)\b")


# "Asked whether the former president had given any commitment, ...": a question about a
# deed the pluperfect sets before it
_ASKED_ABOUT_IT = re.compile(
    r"\s*Asked\s+(?:(?:by\s+[^,]{1,40}?\s+)?(?:whether|if|about|what|how|why)\b)[^,;]*?\bhad\s+[a-z]+"
)


def _gone_back_to(ctx: DatedText, start: int, reached: When) -> bool:
    """Whether the paragraph reached ``reached`` in a sentence of no one's words, in the
    pluperfect, before ``start`` ("The tour had already produced a tense moment on
    Tuesday."): the story went back to that day, and the words after it are that day's
    (not "Iran had denied on Tuesday ... X said": someone's words, answered later)."""
    paragraph = ctx.text.rfind("\n", 0, start) + 1
    days = [p for p in ctx.phrases_between(paragraph - 1, start) if p.when.edtf == reached.edtf]
    if not days:
        return False
    own = ctx.sentence_at(start)
    if own is not None and _ASKED_ABOUT_IT.match(ctx.text, own[0], start):
        # "... had dined with Trump on Monday. Asked whether Trump had given any commitment,
        # X said only ...": the question looks back at that deed, asked after it
        return False
    sentence = ctx.sentence_at(days[-1].start)
    if sentence is None or sentence[1] > start:
        return False
    k = bisect.bisect_left(ctx.statement_starts, sentence[0])
    if k < len(ctx.statement_starts) and ctx.statement_starts[k] < sentence[1]:
        return False  # someone's words
    return _PLUPERFECT_MAIN.search(ctx.text, sentence[0], days[-1].start) is not None


_NARRATIVE_REACH = 30  # date phrases: how many back the paragraph's day is looked for


def narrative_day(
    ctx: DatedText,
    start: int,
    in_clause: Callable[[str, int, int], bool] = subordinate,
    speaker: Attribution | None = None,
) -> When | None:
    """The day the paragraph has reached when words at ``start`` come ("The atmosphere in
    Vienna on Thursday was gloomier still. Poland's foreign minister ... said"): a day in a
    main clause earlier in the same paragraph; ``in_clause`` tells a subordinate clause in
    the article's language. A weekend or "this week" counts only as one the speaker's own
    deeds reached (see _reached_by_the_speaker): ``speaker``, the words' statement."""
    paragraph = ctx.text.rfind("\n", 0, start) + 1
    k = bisect.bisect_right(ctx.sections, start) - 1
    if k >= 0:
        paragraph = min(paragraph, ctx.sections[k])  # a week digest's section tells one day
    best = None
    days: set[str] = set()
    # (the last days told before the words, not every one of a paragraph of thousands: the
    # whole paragraph for each statement was quadratic)
    for p in ctx.phrases_between(paragraph - 1, start)[-_NARRATIVE_REACH:]:
        if p.kind == "days_later" and best is not None:
            # "... on Monday. Asked days later, X said ...": the story has moved past that day
            best = When(p.when.edtf, f"the paragraph's day: '{p.when.evidence}'", inherited=True)
            continue
        one_day = ONE_DAY.fullmatch(p.when.edtf or "") is not None
        if not one_day and not _days_reached(p):
            continue  # "Last month, the council called for ...": background, not a day reached
        sentence = ctx.sentence_at(p.start)
        if (
            sentence is None
            or (not one_day and not _reached_by_the_speaker(ctx, sentence, p, start, speaker))
            or (
                ctx.subordinate(sentence[0], p.start)
                if in_clause is subordinate
                else in_clause(ctx.text, sentence[0], p.start)
            )
            or _in_topic_front(ctx.text, sentence[0], p, sentence[1])
            or _not_a_day_reached(ctx, p)
            # ("X condemns the murder on Tuesday night of three aid workers. He calls for
            # ...": the day of the act talked of, not one the story reached)
            or _inside_an_act_noun(ctx.text, p, object_only=True)
            or (start < sentence[1] and _CAME_AS.search(ctx.text, p.end, start))
            # ("The leaders on Friday adopted X, which May said sent ...": the deed's day)
            or (start < sentence[1] and _SAYER_IN_RELATIVE.search(ctx.text, p.end, start))
            # ("Leaders spent Saturday digesting a speech by X, who used it to ...": theirs)
            or (
                start < sentence[1]
                and _WORDS_BY_WHO.search(ctx.text, max(p.end, start - 2 * _WHO_REACH), start)
            )
            # ("X said on Friday ..., while Y said ...": X's day, not Y's)
            or (start < sentence[1] and _first_speakers_day(ctx.text, p, start))
        ):
            continue
        best = When(p.when.edtf, f"the paragraph's day: '{p.when.evidence}'", inherited=True)
        days.add(p.when.edtf or "")
    sentence = ctx.sentence_at(start)
    if (
        best is not None
        and len(days) > 1
        and sentence is not None
        and _EACH_OCCASION.match(ctx.text, sentence[0], start)
    ):
        # "On Saturday she called X, on Sunday Y. In both calls she stressed ...": said at
        # each of the days the paragraph told, the last of them at the latest
        return When(f"../{best.edtf}", f"{best.evidence}, and days before", inherited=True)
    return best


# the kinds of phrase that tell a few days the story has reached as one occasion
_DAYS_REACHED_KINDS = frozenset({"weekend", "this_week"})


def _days_reached(p: Phrase) -> bool:
    """ "Over the weekend, the Secretary-General held his retreat ... He expressed his
    gratitude ...": a weekend (or "earlier this week") told in a main clause moves the
    paragraph to those days as a day told does, so the words after it are of that span (not
    of a day told before it, "this morning"); only a span of days, never "../" (no bound)."""
    return p.kind in _DAYS_REACHED_KINDS and _DAYS.fullmatch(p.when.edtf or "") is not None


# where a main clause's subject starts after the span of days opening its sentence ("Over
# the weekend, ...", "Earlier this week ...")
_DAYS_OPEN = re.compile(r"\s*(?:(?:Over|During|Earlier|Later|Late|Early|At)\s+)?(?:the\s+)?$", re.I)
_SUBJECT_PRONOUN = re.compile(r"(?:he|she)\b", re.I)


def _reached_by_the_speaker(
    ctx: DatedText, sentence: tuple[int, int], p: Phrase, start: int, st: Attribution | None
) -> bool:
    """Whether the span of days ``p`` (a weekend, "this week") is one the speaker of the
    words at ``start`` reached: its sentence reports no one else's words ("Earlier this
    week, the Financial Times quoted X as saying ...": the paper's days, not those of an
    answer to it) and its subject is the speaker ("Over the weekend, the Secretary-General
    visited ... He told ...": his; not "Over the weekend, fighting displaced ... He said
    ...": background, which moves no one's words to those days)."""
    if st is None:
        return False
    k = bisect.bisect_left(ctx.statement_starts, sentence[0])
    while k < len(ctx.statement_starts) and ctx.statement_starts[k] < sentence[1]:
        if ctx.statement_starts[k] != start:
            return False  # someone's words
        k += 1
    text = ctx.text
    subject = sentence[0]
    if _DAYS_OPEN.match(text, sentence[0], p.start):
        subject = p.end
    while subject < sentence[1] and text[subject] in " \t,":
        subject += 1
    pronoun = _SUBJECT_PRONOUN.match(text, subject)
    if pronoun is not None:
        return _the_speaker_named_so(st.speaker, pronoun.group())
    # the speaker named first in the subject, after only a post and capitalised words
    # ("U.N. Secretary-General Antonio Guterres", "the Secretary-General")
    at = st.speaker_at
    i = bisect.bisect_left(at, subject)
    if i == len(at) or at[i] >= sentence[1]:
        return False
    gap = text[subject : at[i]]
    words = gap.split()
    return len(words) <= 6 and all(
        w == "the" or w[:1].isupper() or w.casefold() in POST_WORDS or w.casefold() in ROLE_WORDS
        for w in words
    )


# "In both calls", "At each meeting", "During all these talks": the words said at every one
# of several occasions told before
_EACH_OCCASION = re.compile(
    r"\s*(?:In|At|During|Over|On)\s+(?:both|each|every|all)\b(?:\s+(?:of\s+)?(?:the|these|those))?"
    r"\s+[a-z]+"
)


def _days_of_one_occasion(p: Phrase) -> bool:
    """ "held two rounds of talks on Thursday and Friday": an occasion on two named days; words
    told at it fall within them, on a day not told. ("Park's trip from Monday to Wednesday will
    be ...": a stretch told as a plan is no occasion the words before were said at.)"""
    return (
        p.kind == "span_weekday"
        and _DAYS.fullmatch(p.when.edtf or "") is not None
        and _TWO_DAYS_NAMED.match(p.when.evidence or "") is not None
    )


_TWO_DAYS_NAMED = re.compile(r"on\s+\w+\s+and\b", re.I)


def _recent(p: Phrase) -> bool:
    """ "Recently, Ambassador X gave an interview to Y", "Not long ago, X met Y", "X lately
    visited Z": an occasion told as just before the page, its day not told; words said at it
    were said on or before the page's day, as the phrase itself is ("earlier", "previously"
    tell a time before the story's own, no occasion of the words below)."""
    return p.kind == "earlier" and _RECENTLY.fullmatch(p.when.evidence or "") is not None


_RECENTLY = re.compile(
    r"recently|lately|in recent days|not (?:so )?long ago|a (?:short |little )?while ago|"
    r"some time ago|the other day",
    re.I,
)
