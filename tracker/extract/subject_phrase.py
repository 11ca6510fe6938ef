"""The speaker phrase right before a cue of saying, and where it starts.

The speaker is the noun phrase right before the cue, past adverbs and asides ("Proponents of
the bill, however, say"); a relative clause or an appositive between the name and the verb
("McMaster, who issued a statement ..., said", "Jason Sims — a teacher — says", "Brendan Buck,
a spokesman, told") leaves the name speaking; "A statement by the ministry said" gives the
ministry. Whether a phrase so read can speak at all (a name, a post, a body, but not "the terror
attack" or a news outlet) is told here too. :mod:`.clauses` decides what the cue frames.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from tracker.extract.clause_words import (
    BREAK,
    RELATIVE_SUBJECT,
    TAIL_ADVERBS,
    TAIL_OCCASION,
    WHO_DAY_OR_PLACE,
    WHO_GIVEN_ASIDE,
    tail_adverbs,
    tail_from,
)
from tracker.extract.cues import Cue
from tracker.extract.lexicon import (
    AUXILIARIES,
    CLAUSE_WORDS,
    CONNECTORS,
    DEFINITE,
    DOCUMENTS,
    GIVEN_NAMES,
    HONORIFICS,
    INDEFINITE,
    MEDIA,
    MEDIA_HEADS,
    NATIONALITIES,
    NEWS_WORD_NAMES,
    OPENERS,
    ORG_HEADS,
    OUTLET_NAMES,
    PLACE_WORDS,
    POST_WORDS,
    PRONOUNS,
    ROLE_WORDS,
    SPEAKER_NOUNS,
    UNNAMED_HEADS,
)
from tracker.extract.segment import Sentence
from tracker.extract.speaker_phrase import TOKEN, SpeakerPhrase, lower_token
from tracker.extract.speakers import (
    AND_INSIDE_A_NAME,
    UN_MANDATE_HEADS,
    listed_body,
    not_a_noun_phrase,
    one_unnamed_of_a_body,
    parse_speaker,
    portfolio_holder,
    someone_unnamed,
    two_people,
)
from tracker.extract.when import WEEKDAY_NAMES

if TYPE_CHECKING:
    from tracker.extract.frames import ArticleReading


# "took to X to say", "took to social media to": the platform, then the verb of saying
# "used his address to warn", "used the podium to call for", "used his annual televised
# phone-in with the public to say": the occasion put to use; "took the opportunity to say";
# "returned to the podium late Saturday to say", "went on television to declare", "went out
# of her way to stress": where the speaker went or stood up, then why
_TOOK_TO = re.compile(
    # ("She also used the occasion to urge ...": an adverb between the subject and its verb)
    r"(?:\s+(?:also|then|later|again|further|quickly|promptly|immediately|even))?"
    r"\s+(?:(?:took|takes|has taken|had taken)\s+to|(?:used|uses|has used|had used)\s+"
    r"(?:his|her|its|their|the|a|an)\b|(?:went|goes|has gone|had gone|returned|returns|"
    r"has returned|had returned|appeared|appears|came|comes|stepped|steps)\s+"
    r"(?:to|on|onto|before|out|back|up|forward)\b|(?:took|takes|has taken|had taken|seized|"
    r"seizes)\s+(?:the|this|that)\s+(?:opportunity|occasion|chance)\b"
    # "was at pains to stress", "was quick to point out", "was careful to note": the one so
    # minded, then the verb of saying
    r"|(?:was|is|were|are|has\s+been|had\s+been)\s+(?:at\s+pains|quick|careful|keen|eager|"
    r"anxious|swift)\b)\s+[^,.;:\"\u201c]{0,80}?\s*to\s*$"
)
# "found a way to say", "went so far as to say", "did not hesitate to say", "chose to
# stress": a verb that takes the saying as its infinitive (only a plain verb of saying: in
# "managed to maintain a balanced trade" the infinitive is a deed)
_TAKES_THE_SAYING = re.compile(
    r"(?:\s+(?:also|then|later|again|even|still))?\s+(?:"
    r"(?:found|finds|has\s+found|had\s+found)\s+(?:(?:a|the)\s+)?(?:way|means|time|courage|"
    r"nerve|moment|occasion)\s+to"
    r"|(?:went|goes|has\s+gone|had\s+gone)\s+so\s+far\s+as\s+to"
    r"|(?:managed|manages|chose|chooses|decided|decides|hastened|hastens|ventured|ventures|"
    r"dared|dares|rushed|rushes|(?:did|does|had|has)\s*(?:not|n['\u2019]t)\s+"
    r"(?:hesitate|hesitated|fail|failed))(?:\s+[a-z]+ly)?\s+to"
    r")\s*$"
)
_PLAIN_SAYING = frozenset(
    ("say", "tell", "add", "declare", "stress", "warn", "insist", "argue", "claim", "note",
     "point", "repeat", "reiterate", "accuse", "criticize", "remind", "suggest", "assert")
)  # fmt: skip


# "X, speaking" left once the day after it is read off as the verb's: the aside's participle
# ("X, speaking late on Thursday, October 10, told": an adverb of time on the participle)
_PARTICIPLE_THEN_DASHED = re.compile(
    r",\s*[a-z]+ing\b[^,;:\u2014\u2013]{0,80}?\s+(?P<dash>[\u2014\u2013]|--?)\s+"
    r"[^\u2014\u2013;]{2,120}?\s+(?P=dash)\s*$"
)
_BARE_PARTICIPLE = re.compile(
    r",\s*[a-z]+ing(?:\s+(?:late|early|again|briefly|later|earlier))?\s*$"
)


# ", while" or ", whereas" after a subject's relative clause and its own verb: a clause of
# another speaker joined on
_ANOTHER_JOINED = re.compile(r",[\"\u201d\u2019']?\s+(?:while|whereas)\s")


# a document opening the sentence, put out after an event: its issuer may follow ("by ...")
_ISSUED_AFTER_AN_EVENT = re.compile(
    r"[\s\"\u201c]*(?P<doc>(?:An?|The)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu\u00e9|"
    r"communique|readout|release)\s+(?:issued|released|published)\s+(?:after|following)\s)"
)


# characters: more than a BREAK looks at past its end (", Jr." is no break, nor "that" in
# "that country"), so a break ending this far before a head's end is one the whole sentence
# has too
_BREAK_LOOKAHEAD = 64
_BREAK_SHARED = 400  # characters: a head longer has its breaks from the sentence's


def _breaks(r: ArticleReading, s: Sentence, stop: int) -> list[re.Match[str]]:
    """BREAK's matches in ``r.text[s.start:stop]``, the sentence's head up to a verb: those of
    the whole sentence, found once (``r.sentence_breaks``), up to _BREAK_LOOKAHEAD before
    ``stop``; then the ones in the rest of the head, looked for again (a sentence of hundreds
    of verbs is not read from its start for each)."""
    if stop - s.start <= _BREAK_SHARED:
        return list(BREAK.finditer(r.text, s.start, stop))  # (a short head: read whole)
    key = (s.start, s.end)
    if key not in r.sentence_breaks:
        matches = list(BREAK.finditer(r.text, s.start, s.end))
        r.sentence_breaks[key] = (matches, [m.end() for m in matches])
    whole, ends = r.sentence_breaks[key]
    safe = bisect.bisect_right(ends, stop - _BREAK_LOOKAHEAD) if stop <= s.end else 0
    found = whole[:safe]
    return found + list(BREAK.finditer(r.text, found[-1].end() if found else s.start, stop))


def subject_before(
    r: ArticleReading, s: Sentence, cue: Cue
) -> tuple[SpeakerPhrase | None, int, int]:
    """The speaker phrase right before ``cue``: (mention, where it starts, where the
    clause before it ends)."""
    text = r.text
    quoted = r.in_quote(cue.start)  # 'The ministry "strongly condemns" ...': before the mark
    left = text[s.start : quoted.outer[0] if quoted else cue.start]
    # (the patterns ending the head up to the verb, "...$", are looked for in its last
    # TAIL_REACH characters only: a sentence of hundreds of verbs is not read from its start
    # for each)
    from_left = tail_from(left)
    joined = _JOINED_OCCASION_THEN_PRONOUN.search(
        left, from_left
    ) or _JOINED_TIME_THEN_PRONOUN.search(left, from_left)
    if joined is not None:
        # "..., and in his testimony before the committee he made clear", "but in his remarks
        # to reporters he stressed": "he" speaks, not "the committee he", nor the occasion
        begin = s.start + joined.start("pronoun")
        return parse_speaker(joined["pronoun"]), begin, s.start + joined.start()
    tail = tail_adverbs(left)
    stop = s.start + (tail.start() if tail else len(left))
    # (each pattern below ends the head up to ``stop``: looked for from ``near``, found again
    # only where ``stop`` moves)
    near = tail_from(text, s.start, stop)
    bare = _BARE_PARTICIPLE.search(text, near, stop) if tail else None
    if bare:
        stop = bare.start()  # "Modi, speaking on Thursday, October 3, said": the day was its
        near = tail_from(text, s.start, stop)
    # (twice TAIL_REACH: "speaking for the A3+ — Algeria, Sierra Leone and Somalia —" lists
    # several names between its dashes; the pattern reaches about 215 characters at most)
    listed = _PARTICIPLE_THEN_DASHED.search(text, tail_from(text, s.start, stop, times=2), stop)
    if listed:
        # "X (Guyana), speaking for the A3+ — Algeria, Sierra Leone and Somalia — said": the
        # ones spoken for, listed between dashes after the participle, are no subject; the
        # name before the participle speaks
        head = text[s.start : listed.start()]
        for comma in [-1, *(m.start() for m in re.finditer(",", head))][::-1]:
            phrase = head[comma + 1 :]
            mention = parse_speaker(phrase)
            if mention is not None and mention.kind in ("person", "institution"):
                begin = s.start + comma + 1 + len(phrase) - len(phrase.lstrip())
                return mention, begin, begin
        stop = listed.start()
        near = tail_from(text, s.start, stop)
    took_to = _TOOK_TO.search(text, near, stop)
    if took_to is None and cue.lemma in _PLAIN_SAYING:
        took_to = _TAKES_THE_SAYING.search(text, near, stop)
    if took_to:
        stop = took_to.start()  # "X took to X to say ...": the one who posted
        near = tail_from(text, s.start, stop)
    occasion = TAIL_OCCASION.search(text, near, stop)
    if occasion:
        # "Zakaria, the spokesperson, in his weekly briefing stated": where, then the verb
        tail = TAIL_ADVERBS.search(text, s.start, occasion.start())
        stop = tail.start() if tail else occasion.start()
        near = tail_from(text, s.start, stop)
    pronoun = _PRONOUN_THEN_ASIDE.search(text, max(s.start, stop - 120), stop)
    if (
        pronoun is not None
        and (
            not text[s.start : pronoun.start()].strip()
            or _OPENS_A_CLAUSE.search(text, max(s.start, pronoun.start() - 12), pronoun.start())
        )
        # (not "He, requesting anonymity, said": one left unnamed on purpose; nor after
        # "A Chinese diplomat familiar with the talks was more cautious.": the pronoun is
        # that unnamed one's, not the name told before)
        and not _UNNAMED_ASIDE.search(text, pronoun.end("pronoun"), pronoun.end())
        and not _after_an_unnamed_subject(r, s)
    ):
        # "She, speaking in Kabul, said", "Ahead of her visit, she, according to Reuters,
        # said": the aside set off after the pronoun is no subject; "she" speaks
        begin = pronoun.start("pronoun")
        return parse_speaker(pronoun["pronoun"]), begin, begin
    aside = _ASIDE.search(text, near, stop) or _KNOWN_AS.search(text, near, stop)
    aside = aside or _SOURCE_AFTER_WHO.search(text, near, stop)
    aside = aside or _RELAYED_BY_OUTLET.search(text, near, stop)
    if aside:
        stop = aside.start()  # "Proponents of the bill, however, say ..."
        near = tail_from(text, s.start, stop)
    cleft = _CLEFT.match(text, s.start, stop)  # "It was three years ago that X, who ..."
    relative = RELATIVE_SUBJECT.match(text, cleft.end() if cleft else s.start, stop)
    if relative and _ANOTHER_JOINED.search(text, relative.end("np"), stop):
        # "X, who heads the party, accused Y of ..., while its secretary, Z, said": the verb
        # is the joined clause's, whose subject stands right before it
        relative = None
    if relative:
        # "McMaster, who issued a statement on Monday denying ..., said": the name speaks
        mention = parse_speaker(relative["np"])
        # ("The conservative Christian Democrat, who took office in May, said": a description
        # opening the sentence, of the one the story has named, resolved as any other)
        described = (
            mention is not None
            and mention.kind == "description"
            and _DEFINITE_OPENING.match(text, s.start, relative.start("np") + 4)
        )
        if mention and (mention.kind in ("person", "institution") or described):
            return mention, relative.start("np"), relative.start("np")
    antecedent = _WHO_SAID.search(text, near, stop)
    # ("statements by X and Y, which expressed concern": "which" stands for a thing or a
    # body, never for the person named last)
    thing = (
        antecedent is not None
        and _WHICH.match(antecedent.group()) is not None
        # (but "a statement by spokeswoman X, which said ...": the words of one author, who
        # is the one named last)
        and not _ONE_AUTHOR_CLOSES.search(text, s.start, antecedent.start())
    )
    if antecedent:
        # "..., Sun Weidong, who said that ...": the name the relative pronoun stands for
        # "Also briefing was Edem Wosornu, Director of Operations at OCHA, who said ...": the
        # name before the post that ends where the relative pronoun begins
        before = text[s.start : antecedent.start()]
        # "X, whose term ends in May and who has said ...": the name before the first of
        # two relative clauses joined by "and"
        joined = _RELATIVE_THEN_AND.search(before)
        before = before[: joined.start()] if joined else before
        comma = before.rfind(",")
        post = before[comma + 1 :].split()
        named = _last_name_phrase(before[:comma]) if comma > 0 and post else None
        if (
            named is not None
            and not thing
            and named[0].kind == "person"
            and " " in (named[0].name or "")
            and ROLE_WORDS.intersection(w.lower() for w in post[:4])
        ):
            titled = parse_speaker(f"{before[named[1] : comma]}, {before[comma + 1 :]}")
            person = titled if titled is not None and titled.name == named[0].name else named[0]
            return person, s.start + named[1], antecedent.end()
        mention = _last_name_phrase(before)
        if mention is not None and not (thing and mention[0].kind == "person"):
            return mention[0], s.start + mention[1], antecedent.end()
        described = _DESCRIPTION_CLOSES.search(before)
        found = parse_speaker(described["np"]) if described else None
        if found is not None and found.kind == "description":
            # '"...," said the minister, who added that ...': the one the story described
            return found, s.start + described.start("np"), antecedent.end()
        held = _POST_CLOSES.search(before)
        found = (
            parse_speaker(held["np"])
            if held and held["word"] != "of" and not _NOT_THE_HOLDER.search(held["np"])
            else None
        )
        if found is not None and found.kind == "description" and found.head in POST_WORDS:
            # "... worries the minister, who stressed that ...", "was criticized by the
            # foreign minister, who said ...": a post the story named its holder in, the
            # object the clause ends on, and the one the relative pronoun stands for; a
            # statement only where the holder resolves ("handed him to the officer, who
            # said": nobody named), never "the son of the prime minister" (the post is no
            # head) nor "the former president" (not the one holding it now)
            found = replace(found, holder_only=True)
            return found, s.start + held.start("np"), antecedent.end()
        body = _BODY_CLOSES.search(before)
        agent = body is not None and _BODY_AS_SOURCE.search(before, 0, body.start("np"))
        found = parse_speaker(body["np"]) if agent else None
        if found is not None and found.kind == "description" and found.head in ORG_HEADS:
            # "... contradicts the findings of the defense ministry, which said ...": the body
            # in lower case, as Korean and Indian wire copy writes it, speaks (not "sent a
            # letter to the defense ministry, which said": the letter may be what said it)
            return found, s.start + body.start("np"), antecedent.end()
        group = _group_closes(before)
        if group is not None:
            # "drew fire from analysts who say ...", "angered European governments, which
            # argued that ...": a group or a body the relative pronoun stands for speaks as
            # "analysts say" would (the verb's words are theirs)
            return group[0], s.start + group[1], antecedent.end()
    issued = _ISSUED_AFTER_AN_EVENT.match(text, s.start, stop)
    author = document_author(text[issued.start("doc") : stop].strip()) if issued else None
    if issued is not None and author is not None:
        # "A statement issued after the meeting by the ministry said": "after" tells when the
        # document came out, no clause of its own; the one named after "by" issued it
        return author, issued.start("doc"), s.start
    # "Later that day he told ...": the opening time's own words break no clause
    opening = _OPENING_TIME.match(text, s.start, stop)
    lead_end = opening.end() if opening else s.start
    breaks = [b for b in _breaks(r, s, stop) if b.start() >= lead_end]
    seg_start = clause_start = breaks[-1].end() if breaks else s.start
    time_first = _OPENING_TIME.match(text, seg_start, stop) or FRONTED_CLAUSE.match(
        text, seg_start, stop
    )
    if time_first:
        # "On Tuesday Lavrov said", "After Lavrov said ...": the day or the clause's
        # conjunction, then the subject
        seg_start = time_first.end()
    seg = text[seg_start:stop]
    if seg.strip():
        before = breaks[-1] if breaks else None
        titled = _titled_after_acronym(text, s.start, breaks, seg)
        if titled is not None:
            return titled
        listed = _post_listing_fields(text, s.start, breaks, stop)
        if listed is not None:
            return listed
        if (
            before
            and before.group() == "who"
            and (parse_subject(seg) is not None or _SOURCE_RELATIVE.fullmatch(seg))
        ):
            # "A security official who requested anonymity said": a restrictive clause after
            # the one who speaks, its words no one ("requested anonymity" read as a
            # description); the one before "who" speaks
            head_start = breaks[-2].end() if len(breaks) > 1 else s.start
            head = text[head_start : before.start()]
            unnamed = _one_unnamed_before(text, breaks[:-1], s.start, before.start() - 1)
            if unnamed is not None:
                # ("A diplomat at the Ministry of Foreign Affairs and International
                # Cooperation, who asked not to be named, said": the diplomat, unnamed)
                return unnamed
            antecedent = parse_subject(head)
            if antecedent is not None:
                return antecedent, head_start + len(head) - len(head.lstrip()), before.start()
        grouped = _group_with_relative_that(text, breaks, s.start, seg) if before else None
        if grouped is not None:
            return grouped
        and_before = before is not None and before.group() == "and"
        one_of_a_body = _one_unnamed_before(text, breaks, s.start, stop) if and_before else None
        if one_of_a_body is not None:
            # "A senior official at the Department of Trade, Industry and Competition said":
            # someone unnamed at a body whose name joins its fields, not the field named last
            return one_of_a_body
        if before and before.group() in ("as", "As", "and", "but", "that", "because"):
            mention = parse_speaker(seg)
            pair_start = breaks[-2].end() if len(breaks) > 1 else s.start
            pair = text[pair_start:stop]
            # (a body's name listing its fields ends the head: looked for in its last twice
            # TAIL_REACH characters, as no body's name lists fields for longer than that)
            head = text[s.start : stop]
            body = listed_body(head, tail_from(head, times=2)) if before.group() == "and" else None
            if body is not None:
                # "The Foreign, Commonwealth and Development Office said": one body
                return body[0], s.start + body[1], s.start + body[1]
            listed = _listed_subject(text, s.start, before, stop)
            if listed is not None:
                return listed
            group = _holders_of(text, pair_start, before.start())
            if before.group() == "and" and group is not None:
                # "The foreign ministers of Armenia and Azerbaijan said": the two together,
                # not the state named last
                begin = pair_start + len(pair) - len(pair.lstrip())
                return SpeakerPhrase("unnamed", pair.strip(), head=group), begin, begin
            if before.group() == "and" and two_people(pair):
                # "X and his counterpart Y affirmed": the two, no one of them
                begin = pair_start + len(pair) - len(pair.lstrip())
                return SpeakerPhrase("unnamed", pair.strip(), head="pair"), begin, begin
            if before.group() == "and" and someone_unnamed(pair):
                # "a UN senior political and peacebuilding official told ...": one
                # description, its "and" inside it
                begin = pair_start + len(pair) - len(pair.lstrip())
                return parse_speaker(pair.strip()), begin, begin
            first_conjunct = text[pair_start : before.start()].strip()
            if (
                before.group() == "and"
                and first_conjunct
                and (mention is None or mention.kind in ("description", "unnamed"))
            ):
                # "several Romanian firms and consumers called for ...": people of two kinds,
                # none of them named, not the kind named last; "..., current and former
                # officials said": one group, its words shared
                whole = parse_speaker(pair.strip())
                if whole is not None and (
                    whole.kind == "unnamed"
                    # ("the UN Special Rapporteur on human rights and the environment": a
                    # mandate whose field has an "and" in it)
                    or (whole.kind == "description" and whole.head in UN_MANDATE_HEADS)
                ):
                    begin = pair_start + len(pair) - len(pair.lstrip())
                    return whole, begin, begin
            if before.group() == "and" and AND_INSIDE_A_NAME.search(text, pair_start, stop):
                # "The Peace and Security Council of the African Union urged ...", "The
                # African Union Peace and Security Council said": a body whose name joins two
                # fields by "and", not "Security Council" after a first half
                whole = parse_speaker(pair.strip())
                # ("Economist X of the Center of Economic and Law Studies said": the person;
                # "A spokesperson for the Ministry of Foreign Affairs and Trade said": one left
                # unnamed who speaks for that body, not a "Trade")
                if whole is not None and (
                    whole.kind in ("institution", "person")
                    or (whole.kind == "unnamed" and whole.institution)
                ):
                    begin = pair_start + len(pair) - len(pair.lstrip())
                    return whole, begin, begin
            joined = _joined_titles(text, s.start, breaks, stop, mention)
            if joined is not None:
                return joined
            if before.group() == "and" and mention is None:
                # "The Hostages and Missing Families Forum said": a body whose name has an
                # "and" in it, its second half no name of its own
                whole = parse_speaker(pair.strip())
                if whole is not None and whole.kind == "institution":
                    begin = pair_start + len(pair) - len(pair.lstrip())
                    return whole, begin, begin
            return mention, seg_start, before.start()
        lead_in = _LEAD_IN_THEN_PRONOUN.match(seg)
        if lead_in is None and seg_start > clause_start:
            # "After the talks on Monday he said", "Before the vote she told ...": the opening
            # read as a fronted clause is a phrase, and the pronoun after it the subject
            lead_in = _LEAD_IN_THEN_PRONOUN.match(text[clause_start:stop])
            seg_start = clause_start if lead_in else seg_start
        if lead_in:
            # "Replying to a question he said ...", "On the situation in Gaza he said": the
            # lead-in wants its comma; "he" speaks
            begin = seg_start + lead_in.start("pronoun")
            return parse_speaker(lead_in["pronoun"]), begin, before.start() if before else s.start
        after_lead_in = _name_after_lead_in(text, s, clause_start, stop)
        if after_lead_in is not None:
            return after_lead_in[0], after_lead_in[1], before.start() if before else s.start
        # "A statement by the Egyptian Foreign Ministry said": the ministry speaks
        mention = document_author(seg.strip()) or parse_subject(seg)
        named = _name_before_unclosed_appositive(text, s.start, breaks, stop, mention)
        if named is not None:
            return named
        return mention, seg_start, before.start() if before else s.start
    dashed = _DASHED_APPOSITIVE.search(text, s.start, stop)
    if dashed:
        # "Jason Sims — a teacher from Mount Pleasant — says ...": the name before the dash
        mention = parse_speaker(dashed["name"])
        if mention and mention.kind in ("person", "institution"):
            return mention, dashed.start("name"), dashed.start("name")
        inner = parse_speaker(dashed["inner"].split(",")[0])
        if (
            (mention is None or mention.kind in ("description", "unnamed"))
            and inner is not None
            and inner.kind == "person"
            and " " in (inner.name or "")
        ):
            # "A former Republican nominee — John McCain, who lost in 2008 — said ...": the
            # description first, the name set off between the dashes after it
            return inner, dashed.start("inner"), dashed.start("name")
    # "Name, appositive, said" / "Name, who led it, said"
    commas = [m.start() for m in re.finditer(",", text[s.start : stop])]
    # ('X, in an interview with "Newsweek," said': the aside's comma inside the quotation
    # marks around a title still closes it; not a quotation that opens the sentence)
    opens_quoted = text[s.start : stop].lstrip()[:1] in "\"\u201c'\u2018"
    marks = " \t" if opens_quoted else " \t\"\u201d\u2019'"
    if commas and not text[s.start + commas[-1] + 1 : stop].strip(marks):
        last = s.start + commas[-1]
        # ("X, assistant secretary for population, refugees, and migration, said": a serial
        # comma before the list's "and" opens no phrase, and leaves the name in reach)
        opening = [c for c in commas[:-1] if not _SERIAL_AND.match(text, s.start + c + 1)]
        starts = [s.start + c + 1 for c in opening[-3:]][::-1] + [s.start]
        # "It was no accident — Brendan Buck, a spokesman, told ...": after the dash
        dash = _LAST_DASH.search(text, s.start, s.start + commas[0])
        if dash:
            starts.insert(-1, dash.end())
        # "Police held dozens as Maria Roe, the exiled opposition leader, urged ...": the name
        # opens a clause of its own after the conjunction, its appositive then set off
        opens = s.start + commas[-2] if len(commas) >= 2 else s.start + commas[0]
        before_name = s.start + commas[-3] + 1 if len(commas) >= 3 else s.start
        conjunctions = list(_CLAUSE_CONJUNCTION.finditer(text, before_name, opens))
        joined_at = -1
        if conjunctions and not _PARTICIPLE_ASIDE.match(text, opens + 1):
            # (not "as Eric Garner, gasping on the pavement, said": an aside, no post)
            joined_at = conjunctions[-1].end()
            starts.append(joined_at)
        opens_double = text[s.start : stop].lstrip()[:1] in '"\u201c\u00ab'
        found = []
        described_relative = None
        for begin in starts:
            quoted = (
                opens_double
                and begin > s.start
                and _inside_quotation(text, s.start, _QUOTE_MARKS.match(text, begin).end())
            )
            if quoted and begin == joined_at:
                # '"Our mills were built to export, and as a result, we lost buyers," said X':
                # a conjunction inside the quotation that opens the sentence opens no clause
                # of the reporter's; the quoted words hold no subject of the saying
                continue
            closes_quote = _QUOTE_MARKS.match(text, begin).group().strip()
            place_before = not closes_quote and _PLACE_GOES_ON.search(
                text, max(s.start, begin - 80), begin
            )
            begin = _QUOTE_MARKS.match(text, begin).end()  # past a quote that ends before
            # '... "a gift to Tehran," while Sen. X, a member of ..., said': the subject starts
            # after the word joining its clause on, which is no part of the name
            begin = _JOINING_WORD.match(text, begin).end()
            if _PARTICIPLE_ASIDE.match(text, begin):
                continue  # "Fidan, speaking alongside his counterpart X, said": not X
            aside = _aside_holding(text, s.start, commas, begin)
            if aside is not None:
                # "Zarif, standing beside the EU's foreign policy chief, Federica Mogherini,
                # called ...": the name set off inside the aside is its object's; the one
                # before the aside speaks
                mention = parse_speaker(text[aside[0] : aside[1]])
                if mention and mention.kind == "person":
                    found.append((False, mention, aside[0]))
                continue
            if _AFFILIATION.match(text, begin):
                continue  # "Trenin, of the Carnegie Center, said": where he works, not who
            if _PREDICATE_RESUMES.search(text, begin, last):
                # "The UAE, since its establishment, has been an anchor ..., said an official":
                # after the aside the clause's verb goes on; the clause is what was said
                continue
            # "The Czech president, Petr Pavel, who has ...": the name with its title
            relative = _RELATIVE_AFTER_NAME.search(text, begin, last)
            phrase = text[begin : relative.start() if relative else last]
            # "The council had, after its meeting on Friday, demanded": the perfect's
            # auxiliary left before the aside is the verb's, not the subject's
            phrase = _AUX_BEFORE_ASIDE.sub("", phrase, count=1)
            # ("A statement by the Prime Minister's Media Office, received by INA, said": the
            # office whose document it is, not a body called "A statement by ...")
            mention = document_author(phrase.strip()) or parse_speaker(phrase)
            if quoted and (mention is None or mention.kind != "person"):
                # ('"... the Nairobi process, with armed groups, ...," said X': a phrase after
                # a comma inside that quotation is its words, no one unnamed who speaks)
                continue
            if place_before and (mention is None or mention.kind != "person"):
                # "speaking in Doha, Qatar, said": the place's country, not a speaker (but
                # "... peace in Africa, Vassily Nebenzia, its President, said" names one)
                continue
            if mention and mention.kind in ("person", "institution", "unnamed"):
                found.append((mention.kind == "unnamed", mention, begin))
            elif mention and _issued_document(mention):
                # "The ministry's statement, issued through state media, said": a document
                # speaks for whoever issued it, its aside set off as a person's would be
                found.append((True, mention, begin))
            elif begin > s.start and described_relative is None:
                # "Talks resume in May, the UN envoy, who has shuttled for weeks, said", "...,
                # the prime minister of Qatar, which brokered it, said": the post with its
                # relative clause set off after the words is who spoke
                described_relative = _described_with_relative(text, begin, last, mention)
        if found:
            # a name before the appositive rather than the appositive's "a spokesman" or
            # "a fellow at the Atlantic Council" (a description, whatever it names)
            _, mention, begin = min(
                found, key=lambda f: (f[0], _DESCRIBED.match(text, f[2]) is not None)
            )
            served = _served_named_first(text, found, mention, begin, last)
            if served is not None:
                return served[0], served[1], served[1]
            titled = [f for f in found if f[1].name == mention.name and f[1].role]
            if titled and not mention.role:
                _, mention, begin = titled[0]  # the name as the title before it gives it
            return mention, begin, begin
        if described_relative is not None:
            return described_relative[0], described_relative[1], described_relative[1]
        # "The representative of the United States, explaining her vote, said": no name,
        # but a noun for one person before the aside
        lead = text[s.start : s.start + commas[0]]
        described = _ONE_PERSON_NOUN.fullmatch(lead)
        mention = parse_subject(lead) if described else None
        if mention is not None and mention.kind in ("description", "unnamed"):
            if mention.kind == "unnamed":
                mention = replace(mention, head=described["noun"].lower())
            begin = s.start + len(lead) - len(lead.lstrip())
            return mention, begin, begin
        body = _body_before_occasion(text, s.start, commas)
        if body is not None:
            return body
    return None, seg_start, seg_start


_DEFINITE_OPENING = re.compile(r"\s*The\s")
# "on Tuesday", "today", "yesterday": a time alone, set off between a subject and its verb
_TIME_ASIDE = re.compile(
    rf"\s*(?:(?:(?:on|late|early)\s+)?(?:{WEEKDAY_NAMES})(?:\s+(?:morning|afternoon|evening|night))?"
    r"|today|yesterday|earlier|later)\s*"
)

_TODAY_CLOSES = re.compile(
    r"\s+(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening))\s*$"
)


def _body_before_occasion(
    text: str, start: int, commas: list[int]
) -> tuple[SpeakerPhrase, int, int] | None:
    """ "The Ministry of Foreign Affairs, in a statement issued today, said", "The ministry,
    on Tuesday, said": the occasion or the day set off by commas after a body's description
    tells how or when the words went out, as it does with no commas ("The ministry in a
    statement said"); the body before it speaks (it is resolved as any description is)."""
    if len(commas) < 2:
        return None
    aside = text[start + commas[-2] + 1 : start + commas[-1]]
    aside = _TODAY_CLOSES.sub("", aside)  # "in a statement issued today"
    if not (TAIL_OCCASION.fullmatch(" " + aside.strip()) or _TIME_ASIDE.fullmatch(aside)):
        return None
    lead_start = start + commas[-3] + 1 if len(commas) >= 3 else start
    lead = text[lead_start : start + commas[-2]]
    mention = parse_subject(lead)
    if mention is None or mention.kind != "description" or mention.head in POST_WORDS:
        return None  # (a person's post: "The minister, ..." is read above)
    if not _DEFINITE_DESCRIPTION.match(lead):
        return None  # "Several ministries, in statements, said": no one body
    begin = lead_start + len(lead) - len(lead.lstrip())
    return mention, begin, begin


# "the envoy", "Qatar's prime minister": a post the story has given or will give a name
_DEFINITE_DESCRIPTION = re.compile(r"\s*(?:[Tt]he|[A-Z][\w.-]*['\u2019]s?)\s")
_SERIAL_AND = re.compile(r"\s+(?:and|or)\s+[a-z]")  # a list's last item after its comma
# a summit's or a meeting's papers, adopted by all who met: no one issuer the story named
_COLLECTIVE_DOCUMENTS = frozenset(("communique", "declaration"))
_OWNER_BEFORE = re.compile(r"(?i)\s*(?:his|her|its|their|[\w.-]+['\u2019]s?)\s")


# "Countries that signed the accord said", "groups that have endorsed him say", "states
# that met in Paris": a group named by a plural noun, then a restrictive "that" whose verb
# opens its clause (an auxiliary, an irregular past or an "-ed" past that is no noun or
# adjective: "that" before a subject of its own is a conjunction, not a relative)
_RELATIVE_THAT_VERB = re.compile(
    r"\s*(?:(?:also|still|now|already|jointly)\s+)*"
    r"(?:(?:have|has|had|are|were|is|was|will|would|can|could|did|do)\s+"
    r"|(?:met|led|held|sent|took|made|won|lost|fought|sought|gave|kept|left|came|went|built|"
    r"paid|brought|spoke|wrote|chose|broke|began|stood|saw|drew|set|put|cut|fled|froze|"
    r"knew|rose|sold|spent|struck|swore|thought|withdrew)\s+"
    r"|(?!(?:red|bed|need|seed|feed|speed|breed|greed|creed|shed|deed|heed|weed)\s)"
    r"[a-z]{2,}ed\s+)"
    r"(?!said|say|says|told|added)\w"
)
_GROUP_HEADS = UNNAMED_HEADS | {"countries", "states", "nations"}


def _group_with_relative_that(
    text: str, breaks: list[re.Match], start: int, seg: str
) -> tuple[SpeakerPhrase, int, int] | None:
    """The group before a restrictive "that" clause the cue's subject ends in, with where it
    starts and where the clause before it ends; None unless the sentence reads so."""
    that = breaks[-1]
    if that.group() != "that" or not _RELATIVE_THAT_VERB.match(seg):
        return None
    head_start = breaks[-2].end() if len(breaks) > 1 else start
    head = text[head_start : that.start()]
    words = TOKEN.findall(head)
    if not words or lower_token(words[-1]) not in _GROUP_HEADS:
        return None
    group = parse_subject(head)
    if group is None or group.kind != "unnamed":
        return None
    begin = head_start + len(head) - len(head.lstrip())
    return group, begin, begin


def _name_after_lead_in(
    text: str, s: Sentence, seg_start: int, stop: int
) -> tuple[SpeakerPhrase, int] | None:
    """The person named after an occasion put first with no comma ("During the talks Wang
    said"), and where the name starts. Where the capitalised words go on the occasion's own
    object ("At a rally in Ohio Biden said"), the name is the part of them the story names
    elsewhere, else their last word."""
    lead = _LEAD_IN_THEN_NAME.match(text, seg_start, stop)
    if lead is None:
        return None
    run_start, run_end = lead.span("run")
    words = [m.start() + run_start for m in re.finditer(r"\S+", text[run_start:run_end])]
    object_first = _OBJECT_BEFORE.search(text, max(seg_start, run_start - 5), run_start)
    for k in range(1 if object_first else 0, len(words)):
        phrase = text[words[k] : run_end]
        mention = parse_speaker(phrase)
        if mention is None or mention.kind != "person" or not mention.name:
            continue
        last = k == len(words) - 1
        if object_first and not last and not _named_elsewhere(text, s, phrase):
            continue
        return mention, words[k]
    return None


def _named_elsewhere(text: str, s: Sentence, phrase: str) -> bool:
    """Whether the story gives ``phrase`` outside sentence ``s``, within a few paragraphs of
    it (a bounded look, so a long text costs no more per sentence)."""
    before = text.rfind(phrase, max(0, s.start - _ELSEWHERE_REACH), s.start)
    return before >= 0 or text.find(phrase, s.end, s.end + _ELSEWHERE_REACH) >= 0


_ELSEWHERE_REACH = 3000


def _issued_document(mention: SpeakerPhrase) -> bool:
    """A document described ("The statement", "Her statement", "The ministry's readout"),
    which speaks for whoever issued it; a communique or declaration only with its owner
    named ("Their communique"), not "The final communique" of a meeting of many."""
    if mention.kind != "description" or mention.head not in DOCUMENTS:
        return False
    return mention.head not in _COLLECTIVE_DOCUMENTS or bool(_OWNER_BEFORE.match(mention.text))


# a body's name in capitalised words (and the small words inside it), then its initials in
# brackets: "International Atomic Energy Agency (IAEA)", "Organization of American States (OAS)"
_BODY_THEN_INITIALS = re.compile(
    r"(?:[A-Z][\w'\u2019.-]*\s+(?:(?:of|for|and|the|on|in|de|des)\s+){0,2}){1,8}"
    r"\([A-Z][A-Za-z]{0,3}[A-Z]{1,6}\)\s*$"
)


# words opening on a participle or a preposition ("Addressing the ...", "After meeting the
# ...", "At the ..."): a clause or an adverbial before the subject, no post
_OPENS_ON_PARTICIPLE = re.compile(
    r"\s*(?:(?!(?:Acting|Managing|Outgoing|Incoming|Presiding|Visiting|Governing|Founding|"
    r"Sitting|Serving|Reigning|Ruling|Leading)\b)[A-Z][a-z]+ing|After|Before|At|In|On|During|With|For|From|To|By|Upon|Following)\b"
)


def _titled_after_acronym(
    text: str, start: int, breaks: list[re.Match[str]], seg: str
) -> tuple[SpeakerPhrase, int, int] | None:
    """ "International Atomic Energy Agency (IAEA) Director General Rafael Grossi said": the
    bracket that closes a body's initials breaks no clause; the body, its initials, the post
    and the name are one subject, which starts at the body's name (not words said before).
    So with the post before the body: "Spokesperson for the Ministry of Foreign Affairs
    (MoFA) Dr. X said" is X with that post (a later "the spokesperson for the ministry" is
    X), not a bare "Dr. X" whose post is the body's name."""
    before = breaks[-1] if breaks else None
    if before is None or before.group() != ")":
        return None
    body = _BODY_THEN_INITIALS.search(text, start, before.end())
    if body is None:
        return None
    mention = parse_speaker(seg.strip())
    if mention is None or mention.kind != "person":
        return None
    if mention.role:
        return mention, body.start(), body.start()
    opening = breaks[-2] if len(breaks) > 1 else None
    if opening is None or opening.group() != "(" or opening.start() < body.start():
        return None
    # the post and the body before the bracket, read with the name after it
    begin = breaks[-3].end() if len(breaks) > 2 else start
    head = text[begin : opening.start()]
    if not any(w.lower() in POST_WORDS for w in re.findall(r"[\w'\u2019-]+", head)) or (
        _OPENS_ON_PARTICIPLE.match(head)
    ):
        # "Addressing the Ministry of Foreign Affairs (MoFA) Dr. X said": no post before the
        # body, a participle or preposition opening the words: no title for the name
        return None
    whole = parse_speaker(f"{head.strip()} {seg.strip()}")
    if whole is None or whole.kind != "person" or not whole.role or whole.name != mention.name:
        return None
    pos = begin + len(head) - len(head.lstrip())
    return whole, pos, pos


# a name, then the comma of its appositive: "Anwar Gargash, diplomatic adviser to ..."
_NAME_THEN_COMMA = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+){1,4}[A-Z][\w'\u2019-]*,")
# a post held for someone: "adviser to the President X", "chief of staff of Prime Minister X"
_POST_FOR_SOMEONE = re.compile(r"\b(?:to|of|for)\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+)*")


def _served_named_first(
    text: str,
    found: list[tuple[bool, SpeakerPhrase, int]],
    mention: SpeakerPhrase,
    begin: int,
    end: int,
) -> tuple[SpeakerPhrase, int] | None:
    """ "Anwar Gargash, diplomatic adviser to the UAE President Sheikh Mohamed bin Zayed,
    said": the appositive ends with the name of the one the post serves; the name before
    it is who speaks (the post read up to ``end``, the appositive's closing comma, not in
    the words after the verb: "..., Olivier Faure, said the team had no mandate to govern")."""
    if mention.kind != "person":
        return None
    for _, other, at in found:
        if at >= begin or other.kind != "person" or other.name == mention.name:
            continue
        if not _NAME_THEN_COMMA.match(text, at) or not _POST_FOR_SOMEONE.search(
            text, begin, min(begin + 120, end)
        ):
            continue
        return other, at
    return None


# the conjunctions that open a clause with a subject of its own (not "and", which joins
# the words of a name: "United States Citizenship and Immigration Services")
_CLAUSE_CONJUNCTION = re.compile(
    r"\b(?:as|As|while|While|whereas|because|when|When|after|before|although|though|since|but)\b"
)


# an aside closed by a comma, then a finite verb: the predicate of the clause goes on (an
# appositive never opens with one)
_PREDICATE_RESUMES = re.compile(
    r",\s+(?:(?:also|still|long|always|now|already|never)\s+)?(?:(?:has|have|had|is|are|was|were|"
    r"will|would|remains|remained)\s"
    # "Deputy Prime Minister and Foreign Minister, Murat Nurtleu, met with counterparts ...,
    # reported the press service": the name's clause goes on with a verb of meeting in the
    # past, no post (not "visited by", "received by": an aside in the passive)
    r"|(?:met\s+with|held\s+(?:talks|a\s+meeting|meetings|consultations|a\s+phone)|"
    r"(?:visited|hosted|received|attended|chaired|signed)\s+(?!by\b)|"
    r"took\s+part|participated\s+in|paid\s+an?\s+(?:official\s+|working\s+|state\s+)?visit)"
    # "Kim, by his visit to China, also signaled to Washington that ..., said X, a fellow":
    # the subject's own verb of saying and its clause, the whole what X said (an appositive
    # never opens with a verb in the past and its "that")
    r"|(?:signall?ed|indicated|suggested|made\s+(?:it\s+)?clear|stressed|warned|argued|"
    r"insisted|hinted|showed|demonstrated|underlined|underscored)"
    r"(?:\s+to\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})?\s+that\s"
    r"\b)"
)


def _name_before_unclosed_appositive(
    text: str, start: int, breaks: list[re.Match[str]], stop: int, mention: SpeakerPhrase | None
) -> tuple[SpeakerPhrase, int, int] | None:
    """'"...," Ashraf al-Qidra, spokesperson for the ministry said': an appositive whose
    closing comma was left out; the full name before it speaks, with the post it gives."""
    if mention is None or mention.kind not in ("unnamed", "description", "institution"):
        return None  # ("communications director for the UN agency" reads as the agency)
    if not breaks or breaks[-1].group() != ",":
        return None
    # (the brackets of a party tag break no clause: the name starts before them)
    outer = [b for b in breaks[:-1] if b.group() not in ("(", ")")]
    tagged = _tagged_lawmaker_described(text, outer[-1].end() if outer else start, breaks[-1], stop)
    if tagged is not None:
        return tagged
    begin = breaks[-2].end() if len(breaks) > 1 else start
    post = re.split(r"\s(?:of|for|to|at|in|from)\s", text[breaks[-1].end() : stop])[0]
    if not ROLE_WORDS.intersection(w.lower() for w in post.split()):
        return None  # "..., spokesperson for the ministry": a post, not "a blow to Kyiv"
    if len(breaks) > 1 and breaks[-2].group() not in (",", '"', "\u201d"):
        return None
    if len(breaks) > 1 and _FRONTED_PHRASE.match(text, start, begin):
        # "In a statement by his spokesperson, X, the minister said": the name is the
        # fronted phrase's, and the description after it the subject
        return None
    name = text[begin : breaks[-1].start()]
    found = parse_speaker(name)
    if found is None or found.kind != "person" or " " not in (found.name or ""):
        return None
    if found.role or not name.strip()[:1].isupper():
        return None  # a bare name, not "the minister, his aide"
    whole = parse_speaker(text[begin:stop])
    if whole is None or whole.kind != "person" or whole.name != found.name:
        return None
    pos = begin + len(name) - len(name.lstrip())
    return whole, pos, pos


# a lawmaker's party and state in brackets right after the name: "(D-NY)", "(R-Wis.)",
# "(I-Vt.)"
_PARTY_TAG_CLOSES = re.compile(r"\s*\((?:[DRI]|Dem|Rep|Ind)-[A-Z][A-Za-z.]{0,5}\)\s*$")
_INDEFINITE_DESCRIPTION = re.compile(r"\s*(?:a|an)\s+[a-z]")
_CUE_IN_AN_ASIDE = re.compile(r"[^,.;:\n]{0,30}?,")


def _tagged_lawmaker_described(
    text: str, begin: int, comma: re.Match[str], stop: int
) -> tuple[SpeakerPhrase, int, int] | None:
    """'Sen. Jane Roe (D-NY), a supporter of the bill told ...': the party tag after a name
    introduces the subject, and the description after its comma is hers (its closing comma
    left out): the name speaks. Not when the verb is set off itself ("Roe (D-NY), a top aide
    said, would ...": the aide's aside about Roe)."""
    name = text[begin : comma.start()]
    if not _PARTY_TAG_CLOSES.search(name) or not _INDEFINITE_DESCRIPTION.match(text, comma.end()):
        return None
    cue_end = _CUE_IN_AN_ASIDE.match(text, stop)
    if cue_end is not None:
        return None
    found = parse_speaker(name)
    if found is None or found.kind != "person" or " " not in (found.name or ""):
        return None
    lead = name[: max(name.find(found.name or ""), 0)]
    if _LOWER_WORD.search(lead):
        return None  # "Aides to Sen. Jane Roe (D-NY), a ...": the name is not the subject
    pos = begin + len(name) - len(name.lstrip())
    return found, pos, pos


# a word in lower case before the name: the subject is another noun the name hangs on
_LOWER_WORD = re.compile(r"(?:^|\s)[a-z]")


_FRONTED_PHRASE = re.compile(r"\s*(?:In|At|During|Through|Via|From|With|Under|After)\s")
# "In his evening address on Tuesday he said", "At a news conference she said", "In both
# calls she stressed": an occasion put first with no comma
_OCCASION_LEAD_IN = (
    r"(?:In|At|During|After)\s+(?:(?:his|her|their|an?|the|both|each|every|these|those|"
    r"this)\b)?[^,;:\"\u201c]{0,80}?"
)
_LEAD_IN_THEN_PRONOUN = re.compile(
    r"\s*(?:(?:[A-Z][a-z]+ing|Asked|On|Regarding|About|Concerning|As for|In response to|"
    # "Aboard Air Force One on Tuesday he told ...", "Before the vote she said ...", "Back in
    # March he told ...": where or when, put first with no comma
    r"Aboard|Outside|Inside|Upon|Before|Ahead of|Back in|Over|Throughout|"
    rf"In reply to|With regard to|Turning to)[^,;:\"\u201c]{{0,80}}?|{_OCCASION_LEAD_IN}"
    # "In particular he welcomed ...", "In addition she said ...": a linking phrase, no comma
    r"|(?:In particular|In addition|At the same time|In turn|On the other hand|Above all))"
    r"\s(?P<pronoun>he|she|they)\s*$"
)
# "..., and in his testimony before the committee he made clear", "but at the briefing she
# said": a second clause opening on its occasion, no comma, its subject a pronoun
_JOINED_OCCASION_THEN_PRONOUN = re.compile(
    r"(?:,\s*|\s)(?:and|but|while|so)\s+(?:in|at|during|after)\s+"
    r"(?:his|her|their|an?|the|this|that|each|both)\s[^,;:\"\u201c\u201d]{0,80}?"
    r"\s(?P<pronoun>he|she|they)\s*$"
)
# "During the talks Wang said", "In a Bloomberg interview Trump declared", "At a rally in
# Ohio Biden said": the occasion with no comma, then the name (the capitalised words that
# end the phrase)
_LEAD_IN_THEN_NAME = re.compile(
    rf"\s*{_OCCASION_LEAD_IN}\s(?P<run>(?:[A-Z][\w'\u2019.-]*\s+){{0,4}}[A-Z][\w'\u2019-]*)\s*$"
)
# the run of capitalised words goes on the phrase's object: "in Ohio Biden", "of the
# Washington Post Trump"
_OBJECT_BEFORE = re.compile(r"(?i)\b(?:in|at|of|with|from|to|for|by|the)\s+$")
# (capitalised as a title too: "The Secretary-General, in her remarks yesterday, said",
# "The High Commissioner, ...": still one person's post)
_ONE_PERSON_NOUN = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?|[A-Z][\w-]*['\u2019]s)\s+(?:[\w-]+\s+){0,2}?(?P<noun>(?i:representative|"
    r"delegate|ambassador|envoy|spokesman|spokeswoman|spokesperson|minister|official|diplomat|"
    r"president|secretary-general|secretary|commissioner|coordinator|chief|head|leader))"
    r"(?:\s+(?:of|for|to)\s+[^,;:]{2,60})?\s*"
)
_DAY_NAME = rf"(?:{WEEKDAY_NAMES})"
_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
# "At the summit in Astana on Friday Foreign Minister X said": an occasion before the day
_OCCASION_THEN_DAY = (
    r"(?:(?:[Aa]t|[Ii]n|[Dd]uring|[Aa]fter)\s+(?:a|an|the|his|her|their)\s+"
    r"[^,;:\"\u201c.]{1,60}?\s+(?=on\s))?"
)
# "On Saturday at the party conference Senator X said", "On Friday in Athens X told ...":
# where, after the day, before the subject
_PLACE_AFTER_DAY = (
    r"(?:\s+(?:in|at|during)\s+(?:(?:a|an|the|his|her|their)\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"[a-z][\w-]*|[A-Z][\w'\u2019-]*))?"
)
# a time phrase opening the clause without a comma: "On Tuesday", "Late on Monday", "Last week",
# "Earlier Monday", "Also on Thursday", "In July 2015", "By Sunday night"
_OPENING_TIME = re.compile(
    rf"\s*(?:(?:(?:Also|Separately|Meanwhile)\s+(?=on\s))?{_OCCASION_THEN_DAY}"
    # ("By Monday morning, the mayor had conceded": the day by which it was done)
    rf"(?:(?:Early|Late|Earlier|Later)\s+(?:on\s+)?|[Oo]n\s+|By\s+)"
    rf"(?:{_DAY_NAME}|{_MONTH_NAME}\s+\d{{1,2}})"
    rf"(?:\s+(?:morning|afternoon|evening|night))?{_PLACE_AFTER_DAY}|"
    rf"In\s+{_MONTH_NAME}\s+\d{{4}}|(?:(?:Early|Late)\s+last|Last|(?:Earlier|Later) this|This)\s+"
    rf"(?:week|month|year|spring|summer|autumn|fall|winter)|Yesterday{_PLACE_AFTER_DAY}|Earlier|Later|Afterwards?|(?:On|Last)\s+{_DAY_NAME}|"
    # "Today the minister said", "Earlier today the envoy told ...", "This morning she said"
    # ("Yesterday in Kingston the Secretary announced": the place after the day)
    rf"(?:(?:Earlier|Later) t|T)oday{_PLACE_AFTER_DAY}|Tonight|This (?:morning|afternoon|evening)|"
    # "Later that day he told reporters", "Hours later, the envoy said"
    r"(?:Later|Earlier) (?:that|the same) day|(?:On )?[Tt]he (?:same|next|following|previous) day|"
    r"(?:Hours|Minutes|Moments|Days|Weeks) later|"
    # "Two days later he said", "A week earlier she told ...": counted from the day told
    # ("Two years ago he warned ...": counted back from the day of writing)
    r"(?:A|One|Two|Three|Four|Five|Six|Several|A few) (?:days?|weeks?|hours?|months?|years?) "
    r"(?:later|earlier|ago)),?"
    r"\s+(?=[A-Z]|the\s|(?:he|she|they|his|her|their)\s)"
)
# "It was less than three years ago that ...": the cleft before the clause's subject
_CLEFT = re.compile(r"\s*It (?:was|is|has been)\b[^,;:\"\u201c]{1,60}?\bthat\s+")
# "in March", "on Tuesday", "last year", "earlier this month", "in 2015": a time phrase in
# lower case, as it stands after a clause's conjunction
_CLAUSE_TIME = (
    rf"(?:(?:in|on)\s+(?:{_DAY_NAME}|{_MONTH_NAME}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|\d{{4}})"
    rf"|(?:last|earlier this|later that|this|that)\s+(?:week|month|year|{_DAY_NAME}))"
)
# "..., and last week he warned", "but on Monday she said": a second clause opening on its
# time, no comma, its subject a pronoun (not "the week he" nor "Monday she")
_JOINED_TIME_THEN_PRONOUN = re.compile(
    rf"(?:,\s*|\s)(?:and|but|while|so)\s+(?:{_CLAUSE_TIME}|yesterday|today|earlier|later)"
    r",?\s(?P<pronoun>he|she|they)\s*$"
)
# a subordinate clause put first: "After Lavrov said ..., the envoy left"
FRONTED_CLAUSE = re.compile(
    # ("But even as Lavrov insisted ..., Kyiv said": a conjunction may lead the clause)
    r"\s*(?:(?:But|And|Yet) (?=(?:even as|even though|when|while|although|though|because|"
    r"after|before|once|until|unless) ))?"
    r"(?:(?:(?:One|Two|Three|A) (?:days?|weeks?) |Hours |Minutes |Shortly |Moments |Days )?"
    r"(?:after|before)|After|Before|When|Once|Since|Although|Though|While|Whereas|Because|"
    r"Even as|Even though|Until|Unless|As soon as|"
    r"(?<=But |And |Yet )(?:even as|even though|when|while|although|though|because|once|"
    r"until|unless))\s+"
    # "Although in March she said ...", "When on Tuesday X told ...": the day, month or year
    # the clause's verb took place on, put before its subject
    rf"(?:{_CLAUSE_TIME},?\s+)?"
    r"(?=[A-Z]|(?:the|he|she|they|it)\s)"
)
_AFFILIATION = re.compile(r"\s*(?:of|at|from)\s")


def _aside_holding(text: str, start: int, commas: list[int], begin: int) -> tuple[int, int] | None:
    """The span of the name before a participle aside, when the words at ``begin`` follow a
    comma inside that aside ("X, standing beside the chief, Y, said": Y), or None."""
    after = [start + c + 1 for c in commas]  # where each comma's segment opens
    opened = [_QUOTE_MARKS.match(text, a).end() for a in after]
    if begin not in opened:
        return None
    k = opened.index(begin)
    if k == 0 or not _PARTICIPLE_ASIDE.match(text, after[k - 1]):
        return None
    lead = after[k - 2] if k >= 2 else start
    end = after[k - 1] - 1  # the comma that opens the aside
    if text[lead:end].strip().lower() in OPENERS:
        return None  # "Separately, speaking to X on Sunday, Y, a ..., said": an opening, Y's
    return lead + len(text[lead:end]) - len(text[lead:end].lstrip()), end


def _after_an_unnamed_subject(r: ArticleReading, s: Sentence) -> bool:
    """Whether the sentence before ``s`` (in its paragraph, or the last one of the
    paragraph before) has an unnamed someone for subject ("A Chinese diplomat ... was more
    cautious."), whom a pronoun opening ``s`` points back to."""
    before = r.sentences_back(s.start, s.para, 1)
    if not before:
        i = bisect.bisect_left(r._sentence_starts, s.start) - 1  # noqa: SLF001
        before = [r.sents[i]] if i >= 0 else []
    if not before:
        return False
    b = before[0]
    return (
        _UNNAMED_SUBJECT.match(r.text, b.start) is not None
        or _DESCRIBED_SUBJECT.match(r.text, b.start) is not None
        # ("..., who spoke on condition of anonymity, was more cautious.": one left unnamed)
        or _UNNAMED_ASIDE.search(r.text, b.start, b.end) is not None
    )


# (a prefixed participle too: "Sissi, co-hosting the summit with X, said", "re-elected")
_PARTICIPLE_ASIDE = re.compile(r"\s*(?:(?:[a-z]+-)?[a-z]+(?:ing|ed)|who|whose|which)\b")
# a pronoun opening its clause, then an aside set off by commas up to the verb: a source
# ("according to Reuters"), a participle ("speaking in Kabul") or an occasion ("in an
# interview with CNN")
_PRONOUN_THEN_ASIDE = re.compile(
    r"(?<![\w'\u2019-])(?P<pronoun>[Hh]e|[Ss]he|[Tt]hey)"
    r",\s*(?:according to|[a-z]+ing\b|in (?:an?|his|her|their) )[^,;:\"\u201c\u201d]{1,80},\s*$"
)
# an aside telling the one speaking is left unnamed
_UNNAMED_ASIDE = re.compile(
    r"\banonymity\b|\bnot\s+to\s+be\s+(?:named|identified)\b|\bdeclin(?:ed|ing)\s+to\s+be\s+"
    r"(?:named|identified)\b|\bunnamed\b|\bnot\s+authori[sz]ed\b"
)
# a sentence whose subject is someone unnamed: "A Chinese diplomat ...", "Two senior
# officials ...", "Another lawmaker ..." (not "A day later, X ...": a time)
_UNNAMED_SUBJECT = re.compile(
    r"[\s\"\u201c]*(?:An?|One|Two|Three|Four|Five|Several|Some|Another|Other|Many)\s+"
    r"(?!(?:day|week|month|year|hour|few|short|little|while|decade|minute)s?\b)"
)
# or one a description gives, naming no one: "The Chinese diplomat who sat across from him"
_DESCRIBED_SUBJECT = re.compile(
    r"[\s\"\u201c]*The\s+(?:[a-z][\w'\u2019-]*\s+|[A-Z][a-z]+\s+){0,3}?[a-z][\w-]*\s+"
    r"(?:who|that)\s"
)
_OPENS_A_CLAUSE = re.compile(r"(?:[,;:\u2014\u2013]|\b(?:and|but))\s*$")
_AUX_BEFORE_ASIDE = re.compile(r"\s+(?:has|have|had)(?=\s*,)")
_ASIDE = re.compile(
    r",\s*(?:however|though|too|meanwhile|moreover|instead|in turn|"
    # (the closing comma is at times left out: "The minister, for his part expressed ...")
    r"for (?:his|her|its|their) part)\s*,?\s*$"
)
# "The Ministry of Foreign Affairs, also known as Wisma Putra, said": another name of the
# subject, set off; the subject speaks
_KNOWN_AS = re.compile(
    r",\s*(?:also\s+|otherwise\s+|better\s+|commonly\s+|locally\s+)?known\s+as\s+"
    r"[^,;:\"\u201c\u201d]{1,60},\s*$"
)
# (typed as a spaced hyphen or a double one too: "Mr. Bush - in a line aimed at ... - declared")
_DASHED_APPOSITIVE = re.compile(
    r"(?:^|(?<=[,;:.!?\"\u201d])|(?<=\s))(?P<name>[^,;:\u2014\u2013]{2,80}?)"
    r"\s+(?P<dash>[\u2014\u2013]|--?)\s+(?P<inner>[^\u2014\u2013;]{2,100}?)\s+(?P=dash)\s*$"
)
# "in Doha," / "of Raleigh,": a place named before a comma, whose country or state follows
_PLACE_GOES_ON = re.compile(
    r"\b(?:in|at|of|from|to|near|outside)\s+(?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w.'\u2019-]*,$"
)
_QUOTE_MARKS = re.compile(r"[\s'\"\u201c\u201d\u2018\u2019]*")


def _inside_quotation(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` lies inside the quotation opened at ``start``: no closing double mark
    (straight, curly, a guillemet or two apostrophes) since the opening one; a story may open
    with one kind of mark and close with another."""
    opened = start + len(text[start:pos]) - len(text[start:pos].lstrip()) + 1
    return _CLOSING_DOUBLE.search(text, opened, pos) is None


_CLOSING_DOUBLE = re.compile("[\"\u201d\u00bb]|''")


# "a fellow at ...", "the Labour chair of ...": an appositive that describes, not a name;
# so does a post written in lower case before what it heads ("dean of the law school at X
# University", "vice rector for research at ..."), whatever body it ends on; not a style of
# address that a name follows ("the Rev. X", "the Very Rev. X", "the Hon. X")
_DESCRIBED = re.compile(
    r"\s*(?:(?:a|an)\s|the\s(?!(?:Very|Most|Right|Rt\.)?\s*(?:Rev|Revd|Reverend|Hon|Honourable|Honorable)\b)"
    r"|(?:[a-z][\w-]*\s+){1,2}(?:of|at|for|in)\s)"
)
_LAST_DASH = re.compile(r".*(?:\s[\u2014\u2013-]|[\u2014;:]|\s--)\s*")
_RELATIVE_THEN_AND = re.compile(r",\s+(?:who|whose)\b[^,;:\"\u201c\u201d]{1,120}?\s+and\s*$")
_WHO_SAID = re.compile(
    r",?\s+(?:who|(?<=,\s)which|(?<=,)which)"
    # "X, who, before her boat was boarded, had said ...", "X, who before the vote had said":
    # a time set between the relative pronoun and its verb
    r"(?:\s*,\s*(?:before|after|when|while|until|since)\s[^,;:\"\u201c\u201d]{1,80},"
    r"|\s+(?:before|after)\s+(?:the|a|an|his|her|its|their)\s+[^,;:\"\u201c\u201d]{1,40}?"
    # "X, who on Wednesday in Montevideo said ...", "X, who in Geneva told ...": the day or
    # the place of the words, then perhaps an aside of how they were given (clause_words)
    rf"|{WHO_DAY_OR_PLACE}(?:{WHO_GIVEN_ASIDE})?)?"
    r"\s*$"
)
# the plural noun (and up to three words before it) that a relative pronoun follows
_PLURAL_CLOSES = re.compile(r"(?:[\w'\u2019-]+\s+){0,3}[a-z][a-z-]+s\s*,?\s*$")


_NOT_IN_GROUP = re.compile(
    r"[a-z]+ed|[a-z]+ing|from|by|to|with|of|for|among|on|in|at|and|or|as|than|like|between|The|the"
)


def _group_closes(before: str) -> tuple[SpeakerPhrase, int] | None:
    """The group or body in the plural that ends ``before`` ("... from business leaders",
    "... several European governments,"), as a speaker, with where it starts; None when the
    words there name no one who speaks ("the talks", "the rules")."""
    m = _PLURAL_CLOSES.search(before)
    if m is None:
        return None
    words = list(re.finditer(r"\S+", before[m.start() :].rstrip(" ,")))
    for n, w in enumerate(words):
        if any(_NOT_IN_GROUP.fullmatch(v.group()) for v in words[n:-1]):
            continue  # "frustrated analysts", "from aid agencies": the verb or preposition
        found = parse_speaker(before[m.start() + w.start() :].rstrip(" ,"))
        if found is not None and found.kind in ("unnamed", "description") and can_speak(found):
            head = found.head or ""
            if head in UNNAMED_HEADS or head[:-1] in ROLE_WORDS or head[:-1] in ORG_HEADS:
                return found, m.start() + w.start()
    return None


# a definite noun phrase in lower case closing the clause: "the minister", "the foreign
# minister", up to three words before its head (each of which {word} spells)
_THE_NP_TAIL = r"(?P<np>the\s+(?:{word}\s+){{0,3}}?[a-z-]+)\s*,?\s*$"
# "said the minister", "told the diplomat": a definite description closing the words before
_DESCRIPTION_CLOSES = re.compile(
    r"\b(?:said|says|added|adds|told|tells)\s+" + _THE_NP_TAIL.format(word=r"[\w-]+")
)
# a post closing the clause after any word ("worries the minister", "by the envoy")
_POST_CLOSES = re.compile(r"\b(?P<word>[a-z]+)\s+" + _THE_NP_TAIL.format(word=r"[\w-]+"))
# a post's holder before the one now in it, or once in it: "the former president", "the
# late minister", "the ex-premier", "the then foreign minister"
_NOT_THE_HOLDER = re.compile(
    r"\b(?:former|late|ex|then|outgoing|previous|incoming|next|erstwhile|onetime|one-time)\b",
    re.I,
)
# a body written in lower case closing the clause: "the defense ministry", "the country's
# foreign ministry": its words may own ("country's")
_BODY_CLOSES = re.compile(r"\b" + _THE_NP_TAIL.format(word=r"[\w'-]+"))
# what the body closing the clause is to the clause: its source or agent ("findings of",
# "rejected by", "criticism from") or its subject
_BODY_AS_SOURCE = re.compile(r"(?:\b(?:of|by|from)\s+|^\s*)$")
_JOINING_WORD = re.compile(r"(?:\s*(?:while|whereas|and|but)\s+(?=[A-Z]))?")
# "Officials who spoke with Reuters said", "Diplomats who attended the meeting said",
# "executives who have worked with him say": a restrictive clause telling how the unnamed
# source knows (met, heard, was briefed); its verb takes an object, never a clause, so no
# subject of the cue stands inside it
_SOURCE_RELATIVE = re.compile(
    r"\s*(?:(?:have|has|had|were|was|are|is)\s+)?(?:(?:been|recently|previously|also|"
    r"personally|directly|closely|long)\s+){0,2}"
    r"(?:sp[eo]ke|spoken|talk(?:ed)?|met|meet|attend(?:ed)?|briefed|work(?:ed)?|serve[ds]?|"
    r"dealt|deal|listened|heard|seen|saw|watched|follow(?:ed)?|advise[ds]?|negotiated|"
    r"visited|travell?ed|requested|declined|took\s+part|take\s+part|participated|"
    r"asked\s+not\s+to\s+be)\b"
    r"(?:(?!\b(?:that|what|whether|say|said)\b)[^\"\u201c\u201d])*"
)
# "X, who according to a Chinese readout told him ...": the source of the account, set
# between the relative pronoun and its verb without commas
_SOURCE_AFTER_WHO = re.compile(r"(?<=\bwho)\s+according\s+to\s+[^,;:\"\u201c\u201d]{2,60}?\s*$")
# "A Foreign Office spokesperson quoted by the Mail said", "an aide cited by the state-run
# Xinhua news agency said": the outlet that carried the words, named in a participle between
# the subject and its verb without commas, relays them; the one before it speaks (as with the
# commas: "X, quoted by Y, said")
_RELAYED_BY_OUTLET = re.compile(
    r"(?<=\w)\s+(?:quoted|cited)\s+(?:by|in)\s+(?:the\s+)?(?:[a-z]+-[a-z]+\s+){0,2}"
    r"(?:[A-Z][\w.&'\u2019-]*\s+){0,4}[A-Z][\w.&'\u2019-]*"
    r"(?:\s+(?:news\s+agency|newspaper|daily|weekly|agency|website|broadcaster|channel))?\s*$"
)
_RELATIVE_AFTER_NAME = re.compile(r",\s*(?:who|whose)\b")
# "a statement by Foreign Ministry spokeswoman X", "a post from X": words and their one
# author, the phrase ending on the author's name (not "statements by X and Y", "a letter from
# X to Y")
_ONE_AUTHOR_CLOSES = re.compile(
    r"\b(?:statement|letter|post|message|note|tweet|article|op-ed|column|speech|address)\s+"
    r"(?:by|from)\s+(?:(?!and\s|to\s|or\s)[^\s,;:\"\u201c\u201d]+\s+){0,7}"
    r"(?!and\b|to\b|or\b)[^\s,;:\"\u201c\u201d]+\Z"
)
# ", which": a relative clause on a thing or a body ("statements by X and Y, which ..."), or
# on the place a post serves ("the prime minister of Qatar, which ...")
_WHICH = re.compile(r",\s*which\b")


def _described_with_relative(
    text: str, begin: int, last: int, mention: SpeakerPhrase | None
) -> tuple[SpeakerPhrase, int] | None:
    """A definite post ("the UN envoy", "Qatar's prime minister") between ``begin`` and a
    relative clause that runs to the comma at ``last``, and where it starts."""
    if _RELATIVE_AFTER_NAME.search(text, begin, last) is None:
        which = _WHICH.search(text, begin, last)
        mention = parse_speaker(text[begin : which.start()]) if which else None
    phrase = text[begin:last]
    if mention is None or mention.kind != "description" or not _DEFINITE_DESCRIPTION.match(phrase):
        return None
    return mention, begin + len(phrase) - len(phrase.lstrip())


_NAME_RUN = re.compile(
    r"(?:[A-Z][\w.'\u2019-]*(?:\s+(?:of|de|da|van|von|bin|bint|ibn|al))?\s+)*[A-Z][\w.'\u2019-]*$"
)


# "The British, French and German foreign ministers", "Russia, China and Iran": names or
# adjectives in a list opening the sentence
_LIST_HEAD = re.compile(
    r"\s*(?:[Tt]he\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?"
    r"(?:\s*,\s*[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?)+,?\s*"
)


# "The foreign ministers of", "the two leaders from": posts in the plural, held by people
# of the places the phrase goes on to list
_HOLDERS_OF = re.compile(
    r"\s*(?:[Tt]he\s+|[Bb]oth\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?P<head>[A-Za-z]+s)\s+(?:of|from)\s+"
    r"(?:the\s+)?[A-Z][^,;:]*"
)


def _holders_of(text: str, start: int, end: int) -> str | None:
    """The plural post of ``text[start:end]`` when it reads "the ministers of A" (the
    subject's "and B" still to come), else None."""
    m = _HOLDERS_OF.fullmatch(text, start, end)
    if m is None:
        return None
    head = m["head"].lower()
    held = head in UNNAMED_HEADS or (head[:-1] in ROLE_WORDS or head[:-1] in SPEAKER_NOUNS)
    return head if held or head[:-2] in ROLE_WORDS else None


def _listed_subject(
    text: str, start: int, before: re.Match[str], stop: int
) -> tuple[SpeakerPhrase, int, int] | None:
    """The whole list as the subject when "and" closes a list that opens the sentence: the
    speakers together, no one of them (the words before the last were read as what was
    said)."""
    if before.group() != "and" or not _LIST_HEAD.fullmatch(text, start, before.start()):
        return None
    whole = text[start:stop].strip()
    words = TOKEN.findall(whole)
    if not words or len(whole) > 120:
        return None
    begin = start + len(text[start:stop]) - len(text[start:stop].lstrip())
    holder = portfolio_holder(whole)
    if holder is not None:
        return holder, begin, begin  # "Trade, Industry and Competition Minister X": one post
    return SpeakerPhrase("unnamed", whole, head=lower_token(words[-1])), begin, begin


def _last_name_phrase(text: str) -> tuple[SpeakerPhrase, int] | None:
    """The person or body named last in ``text``, with its titles: what "who" stands for."""
    run = _NAME_RUN.search(text.rstrip(" ,"))
    if run is None:
        return None
    lead = text[: run.start()]
    # (not the verb of an inverted attribution: '"...," said Minister X, who added')
    # (nor the "s" of a possessive: "Brazil's foreign minister X" has "foreign minister")
    titles = re.search(
        r"(?:(?<![\w'\u2019])(?!(?:said|says|added|adds|told|tells)\b)[a-z]+\s+){0,3}$", lead
    )
    # ("the findings of the Defense Ministry, which said": the body, not a thing of it)
    owned = _THING_OF.search(lead)
    if owned is not None and (owned["thing"] in ROLE_WORDS or owned["thing"] in ORG_HEADS):
        owned = None  # "the minister of Foreign Affairs", "the ministry of Defence": a post
    longest = titles.start() if titles and not owned else run.start()
    # ("the Peace and Security Council, which condemned": one body's name holding "and")
    joined = _NAME_AND_BEFORE.search(lead)
    if joined is not None and not _names_one_alone(lead[joined.start() :]):
        whole = parse_speaker(text[joined.start() : run.end()])
        if whole is not None and whole.kind == "institution":
            return whole, joined.start()
    for begin in (longest, run.start()):
        mention = parse_speaker(text[begin : run.end()])
        if mention is not None and mention.kind in ("person", "institution"):
            return mention, begin
    return None


def _names_one_alone(before_and: str) -> bool:
    """Whether the words before "and" name someone of their own: a state or its capital, a
    body of one word, or a person named in full ("Poland and NATO", "Tehran and IAEA",
    "Hamas and Israel Defense Forces": two, not one body's name)."""
    alone = parse_speaker(re.sub(r"\s+(?:and|&)\s+$", "", before_and))
    if alone is None:
        return False
    if alone.kind == "institution":
        return alone.country is not None or len((alone.name or "").split()) == 1
    return alone.kind == "person" and len((alone.name or "").split()) >= 2


# the capitalised words of a body's name before its "and" ("Peace and ", "Ministry of Trade
# and "): the name goes on after it
_NAME_AND_BEFORE = re.compile(
    r"(?<![\w.'\u2019-])(?:[A-Z][\w'\u2019-]*\s+(?:of\s+)?)*[A-Z][\w'\u2019-]*\s+(?:and|&)\s+$"
)
# a thing of the one named after it ("findings of the", "a report by"), no post of his
_THING_OF = re.compile(r"\b(?P<thing>[a-z]+)\s+(?:of|by)\s+(?:the\s+)?$")
_AND_IN_TITLE = re.compile(r"\s(?:and|&)\s")
# a post served "to" or "at" a place or body, just before the "and" of a second one
# ("Ambassador to the United States and", "Representative to Austria and")
_SECOND_BODY = re.compile(
    r"\b(?:[Aa]mbassador|[Rr]epresentative|[Ee]nvoy|[Dd]elegate)\s+(?:to|at)\s+(?:the\s+)?"
    r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s+$"
)
# a capitalised word before "and" ("Political and"), or a post's field in lower case after
# "for" ("for international relations and cooperation X", as CIS and African copy writes it)
_WORD_BEFORE_AND = re.compile(r"(?:\b[A-Z][a-z]+|\s[Ff]or\s+[a-z]+(?:\s+[a-z]+)?)\s+$")


# a field listed between two commas of a post: "Cooperation", "African Integration"
_FIELD_LISTED = re.compile(r"\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s*")


def _post_listing_fields(
    text: str, start: int, breaks: list[re.Match[str]], stop: int
) -> tuple[SpeakerPhrase, int, int] | None:
    """ "Minister of Foreign Affairs, International Trade and Worship Diana Mondino said": the
    comma and the "and" list the post's fields; the phrase from before the comma is one
    person's, named after the last field."""
    if len(breaks) >= 2 and breaks[-1].group() == "and" and breaks[-2].group() == ",":
        comma = len(breaks) - 2
    elif breaks and breaks[-1].group() == "," and " & " in text[breaks[-1].end() : stop]:
        comma = len(breaks) - 1  # ("Trade & Investment": an ampersand, which breaks no clause)
    else:
        return None
    while (
        comma > 0
        and breaks[comma - 1].group() == ","
        and _FIELD_LISTED.fullmatch(text, breaks[comma - 1].end(), breaks[comma].start())
    ):
        comma -= 1  # "Foreign Affairs, Cooperation, African Integration and ...": a longer list
    begin = breaks[comma - 1].end() if comma > 0 else start
    phrase = text[begin:stop]
    found = parse_speaker(phrase.strip())
    if found is None or found.kind != "person" or "," not in (found.role or ""):
        return None
    at = begin + len(phrase) - len(phrase.lstrip())
    return found, at, at


def _joined_titles(
    text: str,
    start: int,
    breaks: list[re.Match[str]],
    stop: int,
    mention: SpeakerPhrase | None,
) -> tuple[SpeakerPhrase, int, int] | None:
    """ "Prime Minister and Minister of Foreign Affairs Sheikh X said": the "and" joins two
    titles of one person, whose phrase starts before it; "Bosnia and Herzegovina said": it
    joins the words of one name."""
    before = breaks[-1]
    # "... to the United States and the United Nations": a second body after the "and"
    second_body = _SECOND_BODY.search(text, start, before.start()) is not None
    if (
        mention is not None
        and mention.kind not in ("person", "description")
        # ("Ambassador to the United States and the United Nations X": the second body's
        # words and the name read as one body's; the post decides, below)
        and not (mention.kind == "institution" and second_body)
    ):
        return None
    if before.group() != "and" or not _WORD_BEFORE_AND.search(
        text, tail_from(text, start, before.start()), before.start()
    ):
        return None
    begin = breaks[-2].end() if len(breaks) > 1 else start
    whole = parse_speaker(text[begin:stop])
    if whole is None:
        return None
    # ("Ambassador to the United States and the United Nations Gilad Erdan": the "and" joins
    # the two bodies the post serves, the second one's words no part of the name after it)
    of_the_post = (
        whole.kind == "person"
        and whole.role is not None
        and mention is not None
        and mention.kind in ("person", "institution")
        and (mention.name or "").endswith(" " + (whole.name or ""))
        and second_body
    )
    if of_the_post or (
        _AND_IN_TITLE.search(whole.role or "")
        and (
            mention is None
            or (
                mention.kind == "person" and (mention.name or "").endswith(" " + (whole.name or ""))
            )
        )
    ):
        # "Under-Secretary-General for Political and Peacebuilding Affairs Rosemary DiCarlo",
        # "Minister for Foreign Affairs and Trade Penny Wong": the "and" joins the words of
        # one portfolio, and the name after it ends the title
        begin += len(text[begin:stop]) - len(text[begin:stop].lstrip())
        return whole, begin, begin
    if mention is None:
        return None
    if mention.kind == "institution" and second_body:
        # ("Ukraine's Ambassador to the European Union and NATO said", no name after the
        # second body: not the post read as a body's name, "Ambassador To The ...")
        return None
    if mention.kind == "description":
        # "HE the Prime Minister and Minister of Foreign Affairs stressed": one person's titles
        if whole.kind != "description":
            return None
        begin += len(text[begin:stop]) - len(text[begin:stop].lstrip())
        return whole, begin, begin
    if not (whole.kind == "institution" and " " not in (mention.name or "")) and (
        whole.name != mention.name or not whole.role
    ):
        return None
    begin += len(text[begin:stop]) - len(text[begin:stop].lstrip())
    return whole, begin, begin


# '"...," said one of them, who asked not to be named': one of a group the text has just
# spoken of, a person though the phrase ends in a pronoun
_ONE_OF_A_GROUP = re.compile(
    r"(?:one|another|some|two|three|several)\s+of\s+(?:them|those|these|us)\b"
)
# what makes anyone a source: "a person familiar with the talks", "someone close to the
# negotiations", "one staffer involved in the planning", "a person briefed on the call",
# "a person with knowledge of the matter": the phrase says the one unnamed knows the
# matter first-hand, whatever noun heads it ("person", "staffer", "insider")
_IN_THE_KNOW_AFTER = re.compile(
    r"\b(?:familiar\s+with|close\s+to|involved\s+in|briefed\s+(?:on|about)|"
    r"(?:with|who\s+has)\s+(?:direct\s+|first-hand\s+)?knowledge\s+of)\s+\w"
)


def can_speak(mention: SpeakerPhrase) -> bool:
    """Whether a phrase read as a speaker names someone who could speak: a name, or a noun for
    a person, a post or a body ("the terror attack" is read as a description, but says
    nothing)."""
    if mention.kind != "description":
        return mention.kind != "unnamed" or bool(
            mention.head in UNNAMED_HEADS
            or mention.head in ROLE_WORDS
            # '"...," said a ministry statement': a document, its issuer's words
            or mention.head in DOCUMENTS
            or _ONE_OF_A_GROUP.match(mention.text.lower())
            or _IN_THE_KNOW_AFTER.search(mention.text) is not None
        )
    head = mention.head or ""
    return head in ROLE_WORDS or head in ORG_HEADS or head in SPEAKER_NOUNS or head in UNNAMED_HEADS


_SITE_NAME = re.compile(r"[\w-]+\.(?:ru|com|ua|kz|by|net|org|info|news|az|am|ge)")


def is_media(mention: SpeakerPhrase) -> bool:
    """A news outlet named as a source ("the state news agency", "Anadolu", "the FT"): it
    reports statements, it does not make them."""
    words = [lower_token(w) for w in TOKEN.findall(mention.name or mention.text)]
    if words and words[0] in DEFINITE | INDEFINITE:
        words = words[1:]
    if not words or _surname_like_an_outlet(mention):
        return False
    phrase = " ".join(words)
    # "Xinhua news agency", "the official IRNA news agency": a name of one ending in one
    return (
        phrase in MEDIA
        or words[-1] in MEDIA_HEADS
        or (len(words) > 2 and " ".join(words[-2:]) in MEDIA)
        or bool(_SITE_NAME.fullmatch(words[-1]))  # "KP.RU", "Gazeta.ru": a news site
        # "Anadolu Agency", "Channel 12 News": an outlet's name and the word for its kind
        or (words[-1] in ("agency", "news") and any(w in MEDIA_HEADS for w in words[:-1]))
        # "the Daily Nation", "Daily Sabah": a paper named for coming out every day
        or (words[0] == "daily" and len(words) > 1)
        # "the Hebrew newspaper Haaretz", "broadcaster Kan": the kind in lower case, then the
        # outlet's name
        or bool(_KIND_THEN_OUTLET.search(mention.name or mention.text))
        or bool(_KIND_THEN_OUTLET.search(mention.text))
        or _outlets_bureau(words)
    )


def _outlets_bureau(words: list[str]) -> bool:
    """ "NHK's Seoul bureau", "Kyodo's bureau in Beijing": an outlet's office abroad,
    reporting as the outlet does."""
    if "bureau" not in words[1:]:
        return False
    owner = re.sub(r"['\u2019]s?$", "", words[0])  # ("Reuters' Tokyo bureau" too)
    return owner != words[0] and (owner in MEDIA or owner in OUTLET_NAMES)


def _surname_like_an_outlet(mention: SpeakerPhrase) -> bool:
    """ "Michael Bloomberg", "President Carlos Mena", "Mr Fox": an outlet's own name after a
    given name or a courtesy title is a person's surname (not "Russian TASS", "Moscow
    Interfax", "Egypt's MENA": a place or a people before it, or "Kyodo" alone)."""
    if mention.kind != "person" or not mention.name:
        return False
    name = TOKEN.findall(mention.name)
    last = lower_token(name[-1])
    if last in NEWS_WORD_NAMES and not name[-1].isupper():
        # a paper's word for news ("Diario", "Akhbar") after a given name or with a title
        # before the name: a surname ("Mayor Joel Diario", "Maria Noticias"; not "Dagens
        # Nyheter")
        first = TOKEN.findall(mention.text)[:1]
        return (len(name) > 1 and lower_token(name[-2]) in GIVEN_NAMES) or bool(
            mention.role or (first and lower_token(first[0]) in HONORIFICS)
        )
    if last not in OUTLET_NAMES or name[-1].isupper():
        return False
    if len(name) == 1:
        first = TOKEN.findall(mention.text)[:1]
        return bool(first) and lower_token(first[0]) in HONORIFICS
    given = lower_token(name[-2])
    return (
        name[-2][:1].isupper()
        and not name[-2].isupper()
        and given not in MEDIA_HEADS
        and given not in PLACE_WORDS
        and given not in NATIONALITIES
        and not given.endswith("'s")
    )


# a capitalised word, then an outlet's own name written as a surname is ("Michael Bloomberg")
_GIVEN_THEN_OUTLET = re.compile(
    r"\b[A-Z][a-z][\w'\u2019-]*\s+(?:"
    + "|".join(sorted(name.title() for name in OUTLET_NAMES))
    + r")\b"
    # a paper's word for news as a surname, with the title or the given name before it
    # ("Mayor Joel Diario")
    + r"|\b(?:[A-Z][a-z][\w'\u2019-]*\s+){1,3}(?:"
    + "|".join(sorted(name.title() for name in NEWS_WORD_NAMES))
    + r")\b"
)


_PROSE_WORD = re.compile(r"(?<![\w'\u2019-])[a-z]{3,}\b")


def surnames_like_outlets(text: str) -> frozenset[str]:
    """The outlets' names ``text`` gives a person as a surname ("Michael Bloomberg", "Liam
    Fox"), lower case: once the story has named the person, the surname alone ("Bloomberg
    says") is that person, not the outlet."""
    found = set()
    breaks = [m.start() for m in re.finditer("\n", text)]
    prose: dict[int, bool] = {}  # by line: whether it holds a word in lower case
    for m in _GIVEN_THEN_OUTLET.finditer(text):
        k = bisect.bisect_left(breaks, m.start())
        if k not in prose:
            start = breaks[k - 1] + 1 if k else 0
            end = breaks[k] if k < len(breaks) else len(text)
            prose[k] = _PROSE_WORD.search(text, start, end) is not None
        if not prose[k]:
            continue  # "Trump Makes Final Demand To Fox": a headline's capitals, no name
        person = parse_speaker(m.group())
        if person is not None and _surname_like_an_outlet(person):
            found.add(m.group().split()[-1].lower())
    return frozenset(found)


_KIND_THEN_OUTLET = re.compile(
    # ("Broadcaster X said": the kind capitalised at the head of the sentence)
    r"\b(?:newspaper|paper|daily|broadcaster|channel|outlet|website|magazine|tabloid|network|"
    r"Newspaper|Broadcaster|Outlet|Website|Magazine|Tabloid|"
    # "state news agency SPA", "the official news agency MTL": an agency of news, then its name
    # ("state news agency RIA Novosti", "broadcaster Channel One": a name of a few words)
    # ("the newspaper Diario de Noticias": a name's small particles)
    r"publication|news\s+agency)\s+[\"\u201c]?[A-Z][\w'\u2019.-]*"
    r"(?:\s+(?:(?:de|del|di|da|do|la|le|el|al|van|von)\s+)?[A-Z][\w'\u2019.-]*){0,2}"
    r"[\"\u201d]?$"
)


# a quantifier, a few lower-case words, then the plural group noun before "of"
_SOME_OF_A_BODY = re.compile(
    r"(?i:some|several|many|most|few|numerous|various|a\s+few|a\s+number\s+of)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z]+s)\s+of\s"
)


_LONGEST_UNNAMED = 160


def _one_unnamed_before(
    text: str, breaks: list[re.Match[str]], start: int, stop: int
) -> tuple[SpeakerPhrase, int, int] | None:
    """Someone unnamed at a body ("a senior official at the Department of Trade, Industry
    and Competition") whose phrase runs from the sentence's start or a break up to ``stop``,
    the commas and "and" of the body's name no breaks of the clause; with where it starts."""
    for begin in (start, *(b.end() for b in breaks if b.end() < stop)):
        if stop - begin > _LONGEST_UNNAMED:
            continue  # (a long clause: no one's description; bounds the reads per sentence)
        found = one_unnamed_of_a_body(text[begin:stop])
        if found is not None:
            at = begin + len(text[begin:stop]) - len(text[begin:stop].lstrip())
            return found, at, at
    return None


def parse_subject(np: str) -> SpeakerPhrase | None:
    """The phrase before a cue: what :func:`parse_speaker` reads, or else any short noun phrase
    ("Organizers of the boycott") kept as written, naming no one."""
    last = TOKEN.findall(np)[-1:]
    if last and lower_token(last[0]) in _ENDS_NO_NOUN_PHRASE:
        return None  # "..., along with reiterating ...", "as well as": a link, not a noun
    group = _SOME_OF_A_BODY.match(np.strip())
    if group is not None and lower_token(group["head"]) in UNNAMED_HEADS:
        # "Some hard-line members of the ruling party", "Several lawmakers of the Liberal
        # Democratic Party": a share of a body left unnamed, not the body speaking
        return SpeakerPhrase("unnamed", np.strip(), head=lower_token(group["head"]))
    found = parse_speaker(np)
    if found is not None:
        return found
    words = TOKEN.findall(np)
    low = [lower_token(w) for w in words]
    if not 1 <= len(words) <= 10 or any(w in AUXILIARIES or w in PRONOUNS for w in low):
        return None
    if (
        low[0] in CLAUSE_WORDS - DEFINITE
        or not_a_noun_phrase(np, low)
        or low[0] in CONNECTORS - DEFINITE
        or low[-1] in DEFINITE | CONNECTORS
    ):
        return None
    if not words[-1][-1].isalpha():
        return None
    if any(w.islower() and w.endswith(("ed", "ing")) and len(w) > 4 for w in words):
        return None  # "Stoltenberg answered", "issued a statement": a verb, not a noun phrase
    return SpeakerPhrase("unnamed", np.strip(), head=low[-1])


# words a noun phrase never ends in: prepositions and links ("along with", "as well as")
_ENDS_NO_NOUN_PHRASE = frozenset(
    ("with", "as", "by", "of", "for", "to", "from", "at", "besides", "including", "than")
)
_PHRASE_CHARS = 200  # a document named with its author is never longer
_AUTHOR_OF_DOCUMENT = re.compile(
    # ("Monday's statement from the ministry", "Yesterday's readout by the Kremlin")
    rf"^(?:[Aa]n?|[Tt]he|(?:{WEEKDAY_NAMES}|Yesterday|Today)['\u2019]s)\s+(?P<before>.*?)\s*(?:statement|readout|communiqu\u00e9|communique|"
    r"release|transcript|letter|note|declaration|report|speech|address|interview)"
    r"(?:\s+(?:from|by|of|(?:issued|released|published|posted|made)\s+"
    # ("a statement issued after the meeting by the ministry": when, then who issued it)
    r"(?:(?:after|following)\s+(?:the|their|its|this|that)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:meetings?|talks|summit|session|consultations|conference)\s+)?by|"
    # "a statement posted on the website of the ministry": the site's owner posted it
    r"(?:(?:posted|published|issued|released)\s+)?on\s+the\s+(?:official\s+)?"
    r"(?:website|web\s*site|site|Telegram\s+channel|Facebook\s+page|account)\s+of)\s+(?P<after>.+)"
    # ("posted on the ministry's website", "published on the Kremlin website")
    r"|(?:\s+(?:posted|published|issued|released))?\s+on\s+(?P<site>.+?)(?:['\u2019]s)?\s+"
    r"(?:official\s+)?(?:website|web\s*site|site|Telegram\s+channel|Facebook\s+page|account)"
    # "a speech Mrs. Clinton delivered at New York University": the one who delivered it
    r"|\s+(?P<maker>(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*)\s+(?:delivered|gave|"
    r"made|issued|released|published|wrote|sent)\b.*)?$"
)


_DOCUMENT_EPITHETS = re.compile(r"^(?:[a-z\d][\w-]*\s+)+(?=[A-Z])")


# ", issued on Aug. 4, 1993, by then Foreign Minister X": the document's maker set off after
# it, past the asides of when and where
_MADE_BY_SET_OFF = re.compile(
    r",\s+(?:issued|released|published|made|delivered|signed|written|drafted)\b[^;:]*?"
    r"\bby\s+(?:then\s+|the\s+)?(?P<maker>[A-Z][^,;:]*?)\s*,?\s*$"
)


# "the State Department transcript", "the Kremlin's transcript", "the official transcript":
# a record of someone's remarks, whose words they stay (the body that posted it said none)
_TRANSCRIPT = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s+(?:(?:official|full|[A-Z][\w.'\u2019-]*)\s+){0,4}transcript"
)


def document_author(phrase: str) -> SpeakerPhrase | None:
    """ "a statement from the ministry", "a Kremlin readout": the body whose words they are;
    "the so-called X statement, issued in 1993 by then Minister X": the one who made it; "the
    State Department transcript": the one whose remarks it records, found as a description."""
    if len(phrase) > _PHRASE_CHARS:
        return None
    if _TRANSCRIPT.fullmatch(phrase):
        # (the body that posted it speaks when no one spoke just before)
        body = _document_author(phrase)
        posted = body.name if body is not None and body.kind == "institution" else None
        return SpeakerPhrase("description", phrase, institution=posted, head="transcript")
    return _document_author(phrase)


def _document_author(phrase: str) -> SpeakerPhrase | None:
    """See :func:`document_author`."""
    comma = phrase.find(",")
    made = _MADE_BY_SET_OFF.match(phrase, comma) if comma > 0 else None
    if made is not None and _AUTHOR_OF_DOCUMENT.match(phrase[:comma]):
        maker = parse_speaker(made["maker"])
        if maker is not None and maker.kind in ("person", "institution"):
            return maker
    found = _AUTHOR_OF_DOCUMENT.match(phrase)
    if found is None:
        return None
    before = found["before"]
    if before:
        # "the so-called Kono statement", "the landmark 1995 Murayama statement": words in
        # lower case before the owner's name tell what the document is, not who issued it
        before = _DOCUMENT_EPITHETS.sub("", before) or before
    if before and not any(w[:1].isupper() for w in before.split()):
        before = None  # "a joint statement", "the official transcript": no one named
    elif before and before.lower() in NATIONALITIES:
        # "The Indian statement said": a state's document, read whole (whoever of that state
        # issued it), not a person or body called "Indian"
        before = None
    for owner in (found["after"], found["maker"], found["site"], before):
        author = parse_speaker(owner) if owner else None
        if author is not None and author.kind in ("person", "institution", "description"):
            return author
    return None
