"""Who speaks in each draft: the name, title or pronoun the attribution gives, resolved to
the article's people and bodies (:mod:`tracker.extract.coref`).

A participle ("..., saying") goes back to the name its sentence opens with; "he" or "she" to
the subject of the sentence before, to a speaker just described without a name ("a
spokesperson for the Commission"), or, in a clause put first, to the subject after it; a
quote carried on keeps the speaker it continues.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from tracker.countries import SEATS, STATE_NAMES
from tracker.extract.coref import Entity, Registry
from tracker.extract.cues import own_page
from tracker.extract.descriptions import (
    HIGH_REPRESENTATIVE,
    body_spoken_for,
    delegate_of_a_state,
    description_referent,
    introduced_unnamed,
    is_outlet,
    is_press,
    named_by_agent,
    post_opens,
)
from tracker.extract.draft import Draft
from tracker.extract.entities import COUNTERPART, compatible, surname, surname_as_written
from tracker.extract.frames import ArticleReading
from tracker.extract.lexicon import (
    CONNECTORS,
    DOCUMENTS,
    ONE_UNNAMED_HEADS,
    OPENERS,
    ORG_HEADS,
    PARTICLES,
    ROLE_WORDS,
    UNNAMED_HEADS,
    press_role,
)
from tracker.extract.live import PAGE_RUBRIC
from tracker.extract.speaker_phrase import SpeakerPhrase
from tracker.extract.speakers import parse_speaker
from tracker.extract.when import MONTH_NAMES, WEEKDAY_NAMES

# (or a participle's: "Speaking at a news conference in Dubai, Macron ... and said")
_LEADING_PHRASE = re.compile(
    r"\s*(?:In|On|At|During|After|Before|For|With|Meanwhile|However|Separately|Earlier|Later|"
    # "Elsewhere in his remarks, the minister touched on ..., saying": IRNA's link between
    # the points of one set of remarks, and its like
    r"Elsewhere|Furthermore|Moreover|Additionally|Likewise|Similarly|"
    r"Asked|[A-Z][a-z]{2,}ing|"
    # "As you will have seen, the Secretary-General spoke ...": a briefer's aside to the room
    r"As (?:you|many of you|some of you|most of you))"
    r"\b[^,]{0,200},\s*|"
    # "Yesterday, the Chairperson met ...", "Earlier today, ...", "As expected, the minister
    # arrived ...": a day, or the plan it kept, set off first (a briefing's way of opening an
    # item), whose capital begins no name
    r"\s*(?:Yesterday|Today|Tonight|(?:Earlier|Later) today|"
    r"As (?:expected|planned|scheduled|announced|anticipated|agreed))\s*,\s*|"
    # "Last week, X met Y and said", "Late last month,", "A week earlier, she ...", "Over
    # the weekend,": a time set off first, whose capital begins no name
    # ("This morning, the Secretary-General spoke ...", "Yesterday afternoon,": a part of the
    # day as well)
    r"\s*(?:(?:(?:Early|Late)\s+)?(?:[Ll]ast|[Tt]his|[Nn]ext|Earlier this|Later this)\s+"
    rf"(?:week|month|year|weekend|morning|afternoon|evening|night|{WEEKDAY_NAMES})|"
    r"(?:Yesterday|Today|Tonight|Tomorrow)(?:\s+(?:morning|afternoon|evening))?|"
    r"(?:[A-Z][a-z]*|\d+)\s+(?:days?|weeks?|"
    r"months?|years?)\s+(?:ago|earlier|later)|Over the (?:weekend|past|last)|Back in)"
    r"\b[^,]{0,60},\s*"
)
# a second phrase of time or occasion after the first ("Earlier today, before the truce
# began, ..."): in lower case, set off by its comma
_NEXT_LEADING_PHRASE = re.compile(
    r"(?:after|before|when|while|as|during|in|on|at|following|shortly)\b[^,]{0,120},\s*|"
    # "On her first day in office, December 1, she ...", "On December 1, her first day in
    # office, she ...": the day, or the occasion, set off after the first phrase
    rf"(?:(?:{MONTH_NAMES})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTH_NAMES})|{WEEKDAY_NAMES}|"
    r"(?:his|her|their|its)\s+(?:first|last|second|third|final|latest)\b[^,]{0,60}),\s*"
)
# "At one point he", "In his speech she", "Later that day he": a short phrase of time or
# occasion put first without a comma, then the pronoun that is the subject
_PHRASE_THEN_PRONOUN = re.compile(
    # ("This week he repeated the call, telling ...": a time opening the sentence)
    r"\s*(?:At|In|On|During|Near|Toward|Towards|Later|Earlier|Then|Finally|Twice|This|Last|"
    rf"Yesterday|Today|{WEEKDAY_NAMES})\b"
    r"[^,;:\"\u201c.]{0,40}?\s(?P<pronoun>he|she)\s+(?=[a-z])"
)
# "he", and "He's" or "she'd" ("He's comparing ... and says ...")
_PRONOUN_TOKEN = re.compile(r"(he|she|it)(?:['\u2019](?:s|d|ll))?", re.I)
# "It was ...", "It is ...", "It has been ...": an "it" that stands for no one, only opening
# the sentence
_EXPLETIVE_IT = re.compile(
    r"It\s+(?:(?:is|was|has\s+been|had\s+been|seemed|seems|remains|remained)\b|['\u2019]s\s)"
)
LEADING_CLAUSE = re.compile(
    r"(?:(?:One|A|Two|Three|Hours|Days|Weeks|Minutes|Shortly) (?:days? |weeks? )?after|After|"
    r"Before|When|While|As|Although|Though|Since|Once|Despite|Even as)\b"
)
_MAIN_CLAUSE = re.compile(r".*,\s+([A-Z])")
# a weekday or a month after "on": "The ministry on Friday rejected ..."
_DAY_NAMED = re.compile(rf"\s+(?:{WEEKDAY_NAMES}|{MONTH_NAMES})\b")
_NAME_TOKEN = re.compile(r"[\w.'\u2019&-]+")
# lower-case words that may stand in a body's or a title's name: "the foreign ministry"
# and a name's particles: "Prince Faisal bin Farhan"
_NAME_LOWER = (
    ROLE_WORDS
    | ORG_HEADS
    | CONNECTORS
    | PARTICLES
    | {"foreign", "affairs", "external", COUNTERPART}
)
# bodies named with where they sit: "the Chinese Embassy in Japan", "Mission to the UN"
_SEATED_BODIES = frozenset(("Embassy", "Consulate", "Mission"))


_JOINED_VERB = re.compile(r"\b(?:but|and)\s+(?:(?:also|then|later|[a-z]+ly)\s+)?$")


def _opening_subject(text: str, start: int, end: int) -> tuple[SpeakerPhrase, int] | None:
    """The name a sentence opens with, when it names a person or a body: the subject that
    "..., saying" goes back to."""
    while start < end and not text[start].isalnum():
        start += 1  # a bullet or a dash before the sentence
    lead = _LEADING_PHRASE.match(text, start, end)
    pronoun_after = _PHRASE_THEN_PRONOUN.match(text, start, end)
    if pronoun_after and lead and pronoun_after.start("pronoun") < lead.end():
        # "On Saturday she spoke with the minister, X, and ...": the pronoun before the comma
        # is the subject; the name set off after it is the one she spoke with
        start = pronoun_after.start("pronoun")
    elif lead:
        start = lead.end()  # "In response, Deputy Secretary Blinken, commending ..."
        while more := _NEXT_LEADING_PHRASE.match(text, start, end):
            start = more.end()  # "Earlier today, before the truce began, X's office ..."
    elif pronoun_after:
        start = pronoun_after.start("pronoun")  # "At one point he turned to X and urged ..."
    elif LEADING_CLAUSE.match(text, start, end):
        # "One day after Trump said ..., China denied ... and said": the main clause's subject
        main = _MAIN_CLAUSE.search(text, start, end)
        if main:
            start = main.start(1)
    tokens = list(_NAME_TOKEN.finditer(text, start, end))
    while tokens and tokens[0].group().lower() in OPENERS:
        tokens = tokens[1:]
    if tokens and text[tokens[0].end() : tokens[0].end() + 1] == ",":
        tokens = tokens[1:]  # "Meanwhile," and the like
    phrase: list[re.Match[str]] = []
    for t in tokens:
        word = t.group()
        seated = word in ("in", "to") and phrase and phrase[-1].group() in _SEATED_BODIES
        if not (word[:1].isupper() or word.lower() in _NAME_LOWER or seated):
            break
        if phrase and text[phrase[-1].end() : t.start()].strip():
            break  # punctuation ends the name
        if word in ("on", "On") and _DAY_NAMED.match(text, t.end()):
            break  # "The ministry on Friday rejected ...": the day is no part of the name
        phrase.append(t)
    pronoun = tokens and _PRONOUN_TOKEN.fullmatch(tokens[0].group())
    if pronoun and _EXPLETIVE_IT.match(text, tokens[0].start(), end):
        return None  # "It was a sharp exchange, as X rebuked Y, saying ...": "it" is no one
    if pronoun:
        mention = parse_speaker(pronoun.group(1))  # "Furthermore, he touched on ..., stressing"
        return (mention, tokens[0].start()) if mention else None
    if not phrase:
        return None
    titled = _titled_past_initials(text, phrase[-1].end(), end)
    if titled is not None:
        return titled[0], phrase[0].start()
    group = tokens[len(phrase)] if len(tokens) > len(phrase) else None
    if (
        group is not None
        and group.group() in UNNAMED_HEADS
        and group.start() == phrase[-1].end() + 1
    ):
        phrase.append(group)  # "Israeli officials cast doubt on it, saying": unnamed people
    mention = parse_speaker(text[phrase[0].start() : phrase[-1].end()])
    if mention is None or mention.kind not in ("person", "institution", "description", "unnamed"):
        return None
    if mention.kind == "unnamed" and phrase[-1].group().lower() in _MODIFIERS:
        # ("A spokeswoman for the committee emailed ..., arguing": one left unnamed; but not
        # "One of X's former" cut off before the noun it qualifies)
        return None
    named = _NAMED_AFTER.match(text, phrase[-1].end(), end)
    if mention.kind == "description" and named:
        # "Russia's ambassador to the United States, Anatoly Antonov, has hit back ...,
        # suggesting": the name set off after the description is who it is
        person = parse_speaker(named["name"])
        if person is not None and person.kind == "person" and person.name:
            return person, named.start("name")
    return mention, phrase[0].start()


# a body's initials in brackets after its name, then a post and a name: "Organization of
# American States (OAS) Secretary General Luis Almagro"
_INITIALS_THEN_TITLED = re.compile(
    r"\s*\([A-Z][A-Za-z]{0,3}[A-Z]{1,6}\)\s+(?P<titled>[A-Z][\w.'\u2019-]*"
    r"(?:\s+(?:[A-Z][\w.'\u2019-]*|of|for|the|bin|al|de|von|van|der)){1,8})"
)


def _titled_past_initials(text: str, at: int, end: int) -> tuple[SpeakerPhrase, int] | None:
    """The one a post names past a body's initials in brackets ("International Atomic Energy
    Agency (IAEA) Director General Rafael Grossi"): the bracket ends no subject."""
    m = _INITIALS_THEN_TITLED.match(text, at, end)
    if m is None:
        return None
    words = m["titled"].split()
    while words and not words[-1][:1].isupper():
        words.pop()  # "... Rafael Grossi of": a small word closes no name
    found = parse_speaker(" ".join(words))
    if found is None or found.kind != "person" or not found.role or not found.name:
        return None
    return found, m.start("titled")


# a name in apposition after a description: ", Anatoly Antonov,", and one with particles or
# of many words (", Sheikh Abdullah bin Zayed Al Nahyan,", ", Ursula von der Leyen,")
_NAMED_AFTER = re.compile(
    r",\s+(?P<name>(?:(?:[A-Z][\w.'\u2019-]+|"
    + "|".join(sorted(PARTICLES))
    + r")\s+){1,5}[A-Z][\w'\u2019-]+),"
)


_MODIFIERS = frozenset(
    ("former", "senior", "top", "deputy", "acting", "vice", "leading", "foreign", "national")
)
_UNNAMED_REACH = 600  # characters: how far back "she said" reaches an unnamed speaker
_PERSONAL = re.compile(r"he|she|him|her", re.I)
# "a spokesperson for the Commission", "the official": one person the story does not name
_ONE_UNNAMED = re.compile(
    r"(?:an?|the|one|another|[A-Z][\w-]*['\u2019]s)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    rf"(?:{'|'.join(ONE_UNNAMED_HEADS)}|representative|delegate|ambassador|minister)\b"
    r"(?!['\u2019]s)",
    re.I,
)


def _one_left_unnamed(mention: SpeakerPhrase) -> bool:
    """A speaker the story leaves unnamed: "a spokesperson for the Commission", or a post no
    name resolves ("the Secretary-General said"), whom a "he said" after it goes on with."""
    described = mention.kind == "description" and mention.head in ROLE_WORDS
    return described or bool(_ONE_UNNAMED.match(mention.text))


def _gender(mention: SpeakerPhrase) -> str | None:
    """ "an ICE spokeswoman" is a she, "a spokesman" a he."""
    low = mention.text.lower()
    return mention.gender or ("f" if "woman" in low else "m" if re.search(r"man\b", low) else None)


def _subject_before(
    art: ArticleReading, framed: list[int], d: Draft, registry: Registry, last: Entity | None
) -> Entity | None:
    """The person the sentence before ``d``'s opens with, when that sentence (in the same
    paragraph) frames no statement of its own (``framed``: where the sentences that frame
    one start, in order)."""
    previous = art.sentence_at(registry.previous_sentence_start(d.sentence.start))
    if previous is None or previous.start >= d.sentence.start or previous.para != d.sentence.para:
        return None
    first = bisect.bisect_left(framed, previous.start)
    if first < len(framed) and framed[first] < previous.end:
        return None  # (framing from inside it too: the words after a transcript's label)
    opening = _opening_subject(art.text, previous.start, previous.end)
    if opening is None:
        return None
    phrase, pos = opening
    if phrase.kind == "person":
        found = registry.find(phrase)
    elif phrase.kind == "description" and (phrase.head or "") not in ORG_HEADS | DOCUMENTS:
        found = description_referent(registry, phrase, pos, last)
    else:
        return None
    # (the post the sentence gives counts, though the entity was first named without it:
    # "Fox News host Sean Hannity asked X ...")
    if found is None or found.kind != "person" or is_press(found) or press_role(phrase.role):
        return None  # a reporter who asked is not who answers
    return found


def _post_before(
    art: ArticleReading, framed: list[int], d: Draft, registry: Registry
) -> SpeakerPhrase | None:
    """The post alone that opens the sentence right before ``d``'s, in its paragraph or as
    the last of the paragraph above, framing no statement ("As you will have seen, the
    Secretary-General spoke to you this morning." then "He told you that ..."): whom "he"
    stands for where the page never names the one holding it."""
    at = d.sentence.start
    for _ in range(_POST_CHAIN):
        previous = art.sentence_at(registry.previous_sentence_start(at))
        if previous is None or previous.start >= at:
            return None
        if previous.para < art.sentence_at(at).para - 1 or art.text[previous.end : at].strip():
            return None  # (a heading or other line between them)
        first = bisect.bisect_left(framed, previous.start)
        if first < len(framed) and framed[first] < previous.end:
            return None
        opening = _opening_subject(art.text, previous.start, previous.end)
        phrase = opening[0] if opening is not None else None
        if (
            phrase is not None
            and phrase.kind == "pronoun"
            and phrase.text.lower() == (d.subject.text.lower() if d.subject else "")
        ):
            # "The Secretary-General arrived in Brussels. He spoke to the press there. He
            # expressed ...": a sentence that goes on about the same "he", framing nothing,
            # passes the post on from the one before it
            at = previous.start
            continue
        if phrase is None or phrase.kind != "description" or phrase.head not in ROLE_WORDS:
            return None
        return phrase if phrase.text.split()[0] in ("the", "The") else None
    return None


_POST_CHAIN = 3  # sentences: how far back a post is passed on by "he", "she" framing nothing


# "X spoke at a news conference in Riga, where he said ...": a clause of place or time hung
# on its sentence's main clause, whose subject its pronoun stands for
_WHERE_HE = re.compile(r",\s+(?:where|when|at which|during which)\s*$")


def _own_subject(art: ArticleReading, d: Draft, registry: Registry) -> Entity | None:
    """The person that opens the pronoun's own sentence, when the pronoun stands in a clause
    of place or time hung on that sentence's main clause."""
    where = _WHERE_HE.search(art.text, d.sentence.start, d.subject_pos)
    if where is None:
        return None
    opening = _opening_subject(art.text, d.sentence.start, d.subject_pos)
    if opening is None or opening[0].kind != "person" or opening[1] >= d.subject_pos:
        # "The deal follows the plan that Biden set out in a speech in May, when he told
        # ...": the person who is the subject of the clause the time clause hangs on
        return _clause_subject_before(art.text, registry, d.sentence.start, where.start())
    found = registry.find(opening[0])
    return found if found is not None and found.kind == "person" else None


def _own_post(
    art: ArticleReading, d: Draft, registry: Registry, last: Entity | None
) -> tuple[SpeakerPhrase, Entity | None] | None:
    """The post that is the subject of the pronoun's own sentence, and who holds it (None
    where the page names no one), when the pronoun stands in a clause of place or time hung
    on its main clause ("The Secretary-General delivered the Nelson Mandela Annual Lecture,
    during which he called ..."): a person named in the object, a namesake ("the Nelson
    Mandela lecture", "the Hammarskjold's lecture"), is no one "he" can mean; but one named as
    the doer of an act ("noted the visit by Prime Minister X, during which she said") is."""
    where = _WHERE_HE.search(art.text, d.sentence.start, d.subject_pos)
    if where is None or post_opens(art.text, d.sentence.start, where.start()) is None:
        return None
    opening = _opening_subject(art.text, d.sentence.start, where.start())
    if opening is None or opening[0].kind != "description" or opening[0].head not in ROLE_WORDS:
        return None
    if any(
        named_by_agent(art.text, d.sentence.start, p)
        for e in registry.entities
        if e.kind == "person"
        for p in e.positions
        if d.sentence.start <= p < where.start() and registry.visible(p)
    ):
        return None
    phrase, pos = opening
    holder = description_referent(registry, phrase, pos, last)
    return phrase, holder if holder is not None and holder.kind == "person" else None


def _clause_subject_before(text: str, registry: Registry, start: int, end: int) -> Entity | None:
    """The person named last between ``start`` and ``end``, as the subject of a verb (a word
    in lower case right after the name)."""
    named = [
        (p, e)
        for e in registry.entities
        if e.kind == "person"
        for p in e.positions
        if start <= p < end and registry.visible(p)
    ]
    if not named:
        return None
    pos, entity = max(named, key=lambda pe: pe[0])
    after = _NAME_THEN_VERB.match(text, pos, end)
    return entity if after is not None else None


# a name, then the lower-case word that opens its verb ("Biden first set out"); not a
# name in the possessive ("gave the Hammarskjold's lecture"), which owns a noun, no verb
_NAME_THEN_VERB = re.compile(
    r"(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019-]*(?<!['\u2019]s)(?<!['\u2019])\s+[a-z]"
)


def _gender_tells_apart(mention: SpeakerPhrase, before: Entity, entity: Entity | None) -> bool:
    """Whether "she" names the one of two people of one surname ("Clinton") the story gives
    her gender, where the sentence before named the surname alone."""
    return (
        entity is not None
        and entity is not before
        and before.gender is None
        and mention.gender is not None
        and entity.gender == mention.gender
        and surname(entity.name) == surname(before.name)
    )


def _named_in(entity: Entity, text: str) -> bool:
    """Whether ``text`` names ``entity`` by any word of its name."""
    words = [w for w in (entity.name or "").split() if len(w) > 2]
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words)


def resolve_speakers(
    art: ArticleReading, drafts: list[Draft], registry: Registry, body: int = 0
) -> list[tuple[SpeakerPhrase | None, Entity | None, int | None]]:
    """Who speaks in each draft (as written, and the article's entity it refers to), and which
    earlier draft a continuation carries on."""
    out: list[tuple[SpeakerPhrase | None, Entity | None, int | None]] = []
    by_sentence: dict[int, Entity | None] = {}
    said_by: dict[int, SpeakerPhrase] = {}  # the speaker each sentence names first
    last: Entity | None = None
    last_index: int | None = None
    unnamed: tuple[int, SpeakerPhrase] | None = None  # the latest speaker no name resolved
    framed = sorted({d.sentence.start for d in drafts})
    # (a transcript's turn is words, no frame of them: a briefer's "The Secretary-General met
    # the ministers this morning." opens her turn yet frames nothing, and the relayed "He
    # said ..." after it takes up the post alone it opens on)
    framing = sorted({d.sentence.start for d in drafts if not d.turn})
    # the speaker of a sentence's trailing attribution ("..., she stressed,"), and where it
    # is named: a participle after it ("adding that ...") is that speaker's
    trailing: dict[int, tuple[int, Entity]] = {}
    for n, d in enumerate(drafts):
        mention = d.subject
        continues = None
        behind = trailing.get(d.sentence.start)
        if (
            d.sentence_subject
            and not d.leading
            and behind is not None
            and d.pieces
            and d.pieces[0][0] > behind[0]
        ):
            # "As agreed before, Indonesia has the right ..., she stressed, adding that ...": the
            # sentence opens with the words she said; its subject is not hers
            entity = behind[1]
        elif (
            d.sentence_subject
            and not d.leading
            and by_sentence.get(d.sentence.start, False) is None
            and d.sentence.start in said_by
            and d.cue is not None
            and _JOINED_VERB.search(art.text, max(d.sentence.start, d.cue.start - 12), d.cue.start)
        ):
            # "..., the official suggested in a call but said it was too early": the verb
            # joined on has the subject of the one before it, whom no name resolved (not the
            # noun the reported words open with)
            mention, entity = said_by[d.sentence.start], None
        elif d.sentence_subject:
            # "Announcing that ..., Lavrov left": a leading participle's subject comes after it
            until = d.sentence.end if d.leading else d.subject_pos
            opening = _opening_subject(art.text, max(d.sentence.start, body), until)
            fronted = LEADING_CLAUSE.match(art.text, max(d.sentence.start, body))
            # after a fronted clause ("One day after Trump said ..., China ..."), the speaker
            # already found in the sentence is the clause's, not the sentence's subject
            entity = None if fronted and opening else by_sentence.get(d.sentence.start)
            spoken = said_by.get(d.sentence.start)
            if entity is None and spoken is not None and not fronted:
                # "Tehran would respond, the spokesman said, adding that ...": the speaker the
                # sentence already gave, though no name resolves it, not the words' subject
                opening = (spoken, d.subject_pos)
            described = (
                opening is not None
                and registry.plausible(opening[0])
                and opening[0].kind in ("description", "unnamed")
            )
            if entity is None and opening is not None and registry.plausible(opening[0]):
                entity = registry.resolve(opening[0], opening[1], last)
            if described:
                # "Qatar's foreign minister spoke with Amirabdollahian, expressing ...": the
                # described speaker, whom no name resolves, not the first person named (and
                # as written where a name does: "The U.S. ambassador to China, speaking at a
                # forum, said" may be no one the headline names)
                mention = opening[0]
            elif entity is None:
                entity = registry.first_person(d.sentence.start, d.subject_pos)
            if entity is None and opening is None:
                # '"...," the Iranian foreign minister told reporters, adding that ...': the
                # speaker the sentence gave, though no name resolves it
                mention = said_by.get(d.sentence.start)
            elif entity is None and d.leading and opening[0].kind == "person":
                mention = opening[0]  # "Announcing that ..., Lavrov left": named, not known
        elif d.inherit:
            entity, continues = last, last_index
        elif mention is not None and _same_unnamed(mention, d, unnamed, drafts, last_index):
            # "..., an unnamed official told Press TV. The official also accused ...": the
            # source left unnamed, not the person named before it
            entity = None
            if unnamed is not None and unnamed[1].kind == "unnamed":
                mention = replace(mention, kind="unnamed")
            elif unnamed is not None:
                # "The prime minister's official spokesperson said ... the spokesperson said":
                # the one described in full before, by that fuller description
                mention = unnamed[1]
        elif mention is not None:
            entity = registry.resolve(mention, d.subject_pos, last)
            if entity is None and introduced_unnamed(registry, mention, d.subject_pos) >= 0:
                # "An official from the ministry ... The official said": left unnamed
                mention = replace(mention, kind="unnamed")
            if _PERSONAL.fullmatch(mention.text):
                mention, entity = _he_or_she(
                    art, (framed, framing), d, registry, last, entity, unnamed
                )
        else:
            entity = None
        out.append((mention, entity, continues))
        if entity is not None and d.pieces and d.pieces[0][0] < d.subject_pos and not d.leading:
            trailing.setdefault(d.sentence.start, (d.subject_pos, entity))
        by_sentence.setdefault(d.sentence.start, entity)
        if mention is not None and mention.kind != "pronoun":
            said_by.setdefault(d.sentence.start, mention)
        if entity is not None and not d.turn:
            last, last_index = entity, n
            if entity.kind == "person" and not d.inherit:
                # ("A spokesman for X said ... Fidan echoed ..., saying ... '...,' he added":
                # a person named since speaks; the one left unnamed no longer stands nearest)
                unnamed = None
        if entity is None and mention is not None and _one_left_unnamed(mention):
            unnamed = (d.subject_pos, mention)
    _cataphora(art.text, drafts, out, body)
    _named_in_headline(art.text, registry, out, body, drafts)
    _named_next(registry, out, drafts)
    _post_holder_by_honorific(art.text, out, drafts)
    _lead_post_named_next(out, drafts)
    if not art.every_attribution:  # (attribution studies name the spokesperson as written)
        _spoken_for_the_body(registry, out, drafts)
    _made_by_next(art, registry, out, drafts)
    _document_not_of_its_subject(art, registry, out, drafts)
    return out


# "Zelensky says Ukraine will never ...", "Lavrov: West is playing with fire": a headline
# that names who speaks, before its verb of saying or a colon
# (not the page's rubric: "Live: Israel and Hamas agree ...")
_HEADLINE_SPEAKER = re.compile(
    rf"\s*(?!{PAGE_RUBRIC})"
    r"(?P<who>[A-Z][^:\n\"\u201c\u2018]{1,60}?)(?:\s*:\s|\s+(?:says|said|warns|urges|tells|"
    r"vows|insists|calls|rejects|denies|accuses|slams|hails|welcomes|blames|claims)\b)"
)
_HEADLINE_CHARS = 200


def _named_in_headline(
    text: str,
    registry: Registry,
    out: list[tuple[SpeakerPhrase | None, Entity | None, int | None]],
    body: int,
    drafts: list[Draft],
) -> None:
    """ "Zelensky says ..." over "The Ukrainian president said ...", "he told reporters": a
    story may name its speaker only in the headline and describe him in the body; the
    descriptions and pronouns no name in the body resolves are the headline's person. Where
    the body describes two people or more ("China's foreign minister said ... The U.S.
    ambassador to China said ..."), the headline's person is the one whose words the headline
    tells, and only that one and what refers back to them take the name."""
    line_end = text.find("\n")
    if line_end < 0 or line_end > _HEADLINE_CHARS or text[:line_end].rstrip().endswith("."):
        return  # no headline line: a sentence, or the text's only paragraph
    m = _HEADLINE_SPEAKER.match(text, 0, line_end)
    found = parse_speaker(m["who"]) if m else None
    if found is None or found.kind != "person" or not found.name:
        return
    others: set[int] = set()
    if not _named_in_body(found.name, text, line_end):
        others = _others_described(text, line_end, out, drafts, found.name)
    if any(e is not None and e.kind == "person" for _, e, _ in out):
        return  # the body names a person who speaks: its descriptions are for the body
    unresolved = [
        i
        for i, (mention, entity, _) in enumerate(out)
        if entity is None
        and _described_or_pronoun(mention)
        and (mention.kind == "pronoun" or mention.head in ROLE_WORDS)
    ]
    if not unresolved:
        return
    entity = registry.add(found, m.start("who"))
    for i in unresolved:
        mention, _, continues = out[i]
        if i not in others and compatible(mention.gender if mention else None, entity):
            out[i] = (mention, entity, continues)


def _described_or_pronoun(mention: SpeakerPhrase | None) -> bool:
    """Whether a speaker is written as a description or a pronoun for a person."""
    return (
        mention is not None
        and mention.kind in ("description", "pronoun")
        and mention.text.lower() not in ("it", "its")
    )


def _named_in_body(name: str, text: str, line_end: int) -> bool:
    """Whether the text below its headline names the headline's person by a word of the name."""
    words = [w for w in name.split() if len(w) > 2]
    return any(re.compile(rf"\b{re.escape(w)}\b").search(text, line_end) for w in words)


def _others_described(
    text: str,
    line_end: int,
    out: list[tuple[SpeakerPhrase | None, Entity | None, int | None]],
    drafts: list[Draft],
    name: str,
) -> set[int]:
    """ "Wang Yi says ..." over "China's foreign minister said ... The U.S. ambassador to China
    said ...": where the body does not name the headline's person and describes officials of
    two states or bodies or more, the headline's person is the official whose words the
    headline tells; the others (and what refers back to them: "the spokesman", "he", written
    as their description in full) are not. Returns where the others speak."""
    taken = [
        i
        for i, (mention, entity, _) in enumerate(out)
        if _described_or_pronoun(mention)
        and (entity is None or entity.kind == "person" and entity.name == name)
    ]
    described = _described_people(out, taken)
    told = _told_in_headline(text, line_end, drafts, described)
    others = {i for i in taken if described[i] is not None and described[i] != told}
    full: dict[str | None, SpeakerPhrase] = {}  # each side's official as first described
    for i in taken:
        mention = out[i][0]
        assert mention is not None
        full.setdefault(described[i], mention)
        if i in others:
            out[i] = (full[described[i]], None, out[i][2])
    return others


def _described_people(
    out: list[tuple[SpeakerPhrase | None, Entity | None, int | None]], unresolved: list[int]
) -> dict[int, str | None]:
    """For each unresolved speaker, the state or body of the official it describes ("China"
    for "China's foreign minister", "U.N." for "the U.N. secretary-general"): its own, else,
    for "the minister", "the spokesman" or "he", that of the official described before it
    with that post, or last (None where no one was)."""
    people: dict[int, str | None] = {}
    last: str | None = None
    heads: dict[str, str] = {}  # a post's head word -> the state or body last described so
    for i in unresolved:
        mention = out[i][0]
        assert mention is not None
        if mention.kind == "description":
            first = _BODY_INITIALS.match(mention.text)
            side = mention.country or (first["body"] if first else None)
            if side is not None:
                last = side
                heads[mention.head or ""] = side
            else:  # "the minister", "the top diplomat": one described before
                last = heads.get(mention.head or "", last)
        people[i] = last
    return people


# "the U.N. secretary-general", "NATO's chief", "EU foreign policy chief": a body by its
# initials before the post
_BODY_INITIALS = re.compile(
    r"(?:[Tt]he\s+)?(?P<body>(?:[A-Z]\.){2,}|[A-Z]{2,6})(?:['\u2019]s)?\s+[\w-]"
)


_HEADLINE_WORD = re.compile(r"[^\W\d_]{3,}")
_NO_TOPIC_WORDS = frozenset(("says", "said", "the", "and", "for", "with", "that", "from", "over"))


def _told_in_headline(
    text: str,
    line_end: int,
    drafts: list[Draft],
    described: dict[int, str | None],
) -> str | None:
    """The state or body of the official the headline names, of those the body describes
    (``described``, see _described_people): the one whose words share the most words with
    the headline (the first where they share as many); the one and only where the body
    describes officials of just one."""
    sides = [side for side in dict.fromkeys(described.values()) if side is not None]
    if len(sides) < 2:
        return sides[0] if sides else None
    headline = {w.lower() for w in _HEADLINE_WORD.findall(text, 0, line_end)} - _NO_TOPIC_WORDS
    shared = dict.fromkeys(sides, 0)
    for i, side in described.items():
        for a, b in drafts[i].pieces if side is not None else ():
            shared[side] += len(headline & {w.lower() for w in _HEADLINE_WORD.findall(text, a, b)})
    return max(sides, key=lambda side: (shared[side], -sides.index(side)))


# "The statement was made by X", "X made that statement": who spoke the words just told
# (the subject may run long: "Assistant Foreign Minister for ..., Ambassador Sheikh Dr X
# made the remarks", a post and its honorifics before the name, as Gulf copy writes them)
_MADE_BY = re.compile(
    r"\s*(?:(?:The|This|That|These|Those)\s+(?:statement|remarks?|comments?)\s+(?:was|were)"
    r"\s+made\s+by\b|[A-Z][^.;:!?]{0,160}?\s+made\s+(?:the|that|this|these|those)\s+"
    r"(?:statement|remarks?|comments?)\b)"
)


def _made_by_next(
    art: ArticleReading,
    registry: Registry,
    out: list[tuple[SpeakerPhrase | None, Entity | None, int | None]],
    drafts: list[Draft],
) -> None:
    """ "Vietnam urged ... The statement was made by spokesperson X while answering ...": the
    person the next sentence names as having made it speaks, not the state."""
    framed = {d.sentence.start for d in drafts}
    for n, (mention, entity, continues) in enumerate(out):
        if entity is not None and not (entity.kind == "institution" and entity.name in STATE_NAMES):
            continue
        if mention is None or drafts[n].inherit:
            continue
        # the sentence after, or the one after a caption standing between
        following = art.sentences_from(drafts[n].sentence.end, 2)
        for nxt in following:
            if _MADE_BY.match(art.text, nxt.start, nxt.end):
                person = registry.first_person(nxt.start, nxt.end)
                if person is not None and not (
                    _introduced_as_new(mention, person, [e for _, e, _ in out[:n]])
                    and not _post_holder_named_after(mention, drafts[n], person)
                ):
                    out[n] = (mention, person, continues)
                break
            if nxt.start in framed or not _CAPTION.fullmatch(art.text, nxt.start, nxt.end):
                break


def _post_holder_named_after(mention: SpeakerPhrase, d: Draft, person: Entity) -> bool:
    """Whether the unnamed source's words ``d`` are those of ``person``, named before and
    named by the "made the remarks" after them: a spokesman speaks on the record ("A top
    government spokesman said Tokyo had lodged a protest ... Hayashi made the remarks ..."),
    and a phrase naming the person's own post stands for him ("A Kremlin aide said ...
    Ushakov made the comments", Ushakov a Kremlin aide), unless the words speak of that
    person in the third person (then the source is another). Not an unnamed official or
    source of another post ("A Foreign Ministry official said ... Motegi made the comments
    during ...": Motegi's own earlier words)."""
    head = mention.text.rstrip(" ,.").rsplit(None, 1)[-1].lower()
    if _SPOKESMAN.search(mention.text) is None and head not in (person.role or "").lower().split():
        return False
    for a, b in d.pieces or [(d.sentence.start, d.sentence.end)]:
        i = bisect.bisect_left(person.positions, a)
        if i < len(person.positions) and person.positions[i] < b:
            return False  # "protocol rules prevented Motegi from ...": speaks of him
    return True


_SPOKESMAN = re.compile(r"\bspokes(?:man|woman|person)\b", re.I)


_CAPTION = re.compile(r"[^.!?\n]{1,120}")  # a line with no sentence's end: a caption


def _introduced_as_new(
    mention: SpeakerPhrase, person: Entity, speakers_before: list[Entity | None]
) -> bool:
    """Whether ``mention`` ("a Foreign Ministry official", and "the official" after it) is an
    unnamed source other than ``person``, who has spoken before it ("Motegi said ... A Foreign
    Ministry official said ... Motegi made the comments during ...": the comments are Motegi's
    own, told before; the official is someone else). A name told before only as a topic (in
    the headline "Lavrov: Moscow open to talks", or "spokeswoman X has raised the issue") does
    not make him met as a speaker."""
    return mention.kind == "unnamed" and any(e is person for e in speakers_before)


def _same_unnamed(
    mention: SpeakerPhrase,
    d: Draft,
    unnamed: tuple[int, SpeakerPhrase] | None,
    drafts: list[Draft],
    last_index: int | None,
) -> bool:
    """Whether "the official" names the unnamed official who spoke last, after any named
    speaker."""
    return (
        mention.kind == "description"
        and unnamed is not None
        and d.subject_pos - unnamed[0] <= _UNNAMED_REACH
        and bool(mention.head)
        and mention.head == unnamed[1].head
        # "the official" after "an official from the ministry", but not "the Deputy
        # Secretary-General" after "the Secretary-General": no word the first did not have
        and _post_words(mention) <= _post_words(unnamed[1])
        and (last_index is None or drafts[last_index].subject_pos < unnamed[0])
    )


def _post_words(mention: SpeakerPhrase) -> set[str]:
    """The words of a described speaker, past its article."""
    return {w for w in mention.text.lower().split() if w not in ("a", "an", "the", "one")}


# a sentence's subject described by a title, then its verb: whom a later "he" in the
# sentence stands for
_DESCRIBED_SUBJECT = re.compile(
    r"(?:^|(?<=,\s)|(?<=\n))(?P<np>[Tt]he\s+(?:[\w-]+\s+){0,3}?(?:diplomat|minister|envoy|"
    r"ambassador|spokesman|spokeswoman|spokesperson|president|leader|official|chief|secretary|"
    r"premier|chancellor|king|emir|prince))\s+(?:[a-z]+ed|was|is|has|had|met|held|took|gave|"
    r"made|spoke|went|came|left|began|sent)\b"
)


# "..., his spokesperson said on Tuesday.", "..., UN spokesperson Stéphane Dujarric said.": a
# sentence's end that gives its words to the spokesperson who relayed them
_RELAYED = re.compile(
    r"[,\"\u201d]\s+(?:[\w.'\u2019-]+\s+){0,3}?spokes(?:person|man|woman)\b[^,.;:\"\u201c]{0,60}?"
    r"\s(?:said|says|told\s[^,.;:]{1,40}?)(?:\s[^,.;:\"\u201c]{1,40})?[.]?\s*$"
)
_OWN_SPOKESPERSON = re.compile(r"\b(?:his|her)\s+spokes", re.I)
_SECRETARY_GENERAL = re.compile(r"\bSecretary[- ]General\b", re.I)
# what goes on with the spokesperson's own words ("He added that ..."), not the principal's
_RELAY_GOES_ON = frozenset(("say", "add", "note", "tell", "stress", "explain", "continue"))


def _relayed_principal(
    art: ArticleReading, d: Draft, registry: Registry, last: Entity | None
) -> Entity | None:
    """ "The Secretary-General is deeply alarmed by ..., his spokesperson said. He called on
    ...": the person the relayed words of the sentence before open with, whom "he" goes on
    with (the spokesperson relays, the principal calls on); not for "he added", "he said"."""
    if d.cue is None or d.cue.lemma in _RELAY_GOES_ON:
        return None
    previous = art.sentence_at(registry.previous_sentence_start(d.sentence.start))
    if previous is None or previous.start >= d.sentence.start:
        return None
    relay = _RELAYED.search(art.text, previous.start, previous.end)
    if relay is None:
        return None
    opening = _opening_subject(art.text, previous.start, previous.end)
    if opening is None or opening[0].kind not in ("person", "description"):
        return None
    phrase, pos = opening
    if "spokes" in phrase.text.lower():
        return None  # the spokesperson opens the sentence: the words are theirs
    if not (_OWN_SPOKESPERSON.search(relay[0]) or _SECRETARY_GENERAL.search(phrase.text)):
        # ("Putin is ready to talk, Kremlin spokesman Dmitry Peskov said. He called ...": a
        # government's spokesman answers for himself; the Secretary-General's and "his
        # spokesperson" speak in the principal's name)
        return None
    found = (
        registry.find(phrase)
        if phrase.kind == "person"
        else description_referent(registry, phrase, pos, last)
    )
    return found if found is not None and found.kind == "person" else None


def _he_or_she(
    art: ArticleReading,
    frames: tuple[list[int], list[int]],
    d: Draft,
    registry: Registry,
    last: Entity | None,
    entity: Entity | None,
    unnamed: tuple[int, SpeakerPhrase] | None,
) -> tuple[SpeakerPhrase, Entity | None]:
    """Who "he" or "she" (``d``'s subject, resolved to ``entity``) stands for. ``frames``:
    where the sentences of the drafts start, and those of the drafts that are no turn (a
    turn's first sentence is words, framing none: the post alone it opens on is whom a "he"
    after it means, though the person a turn names is its speaker's to keep)."""
    framed, framing = frames
    mention = d.subject
    assert mention is not None
    principal = _relayed_principal(art, d, registry, last)
    if principal is not None and compatible(mention.gender, principal):
        return mention, principal
    if entity is not None and entity.kind != "person":
        entity = None  # "he" is a person, never the body the sentence before named
    # "The President also touched upon ... In his words, ...": the subject of the sentence
    # before, though it said nothing there; a person, never a body named inside the words
    # for them ("A senior Revolutionary Guards commander said ... he told")
    own_post = _own_post(art, d, registry, last)
    if own_post is not None and own_post[1] is None:
        return own_post[0], None  # the post, whose holder the page never names
    if own_post is not None and compatible(mention.gender, own_post[1]):
        return mention, own_post[1]
    before = _own_subject(art, d, registry) or _subject_before(art, framed, d, registry, last)
    if (
        before is not None
        and before.kind == "person"
        and compatible(mention.gender, before)
        and not _gender_tells_apart(mention, before, entity)
    ):
        entity = before
    if entity is None:
        # "..., the Norwegian prime minister scolded the press as he confirmed ...": the
        # described subject of the pronoun's own sentence
        subjects = list(_DESCRIBED_SUBJECT.finditer(art.text, d.sentence.start, d.subject_pos))
        own = subjects[-1] if subjects else None
        phrase = parse_speaker(own["np"]) if own else None
        if own and phrase is not None and phrase.kind == "description":
            found = description_referent(registry, phrase, own.start("np"), last)
            if found is None:
                # the one person the story has named so far, whom the title describes
                people = [
                    e
                    for e in registry.entities
                    if e.kind == "person" and registry.named_before(e, own.start("np"))
                ]
                found = people[0] if len(people) == 1 else None
            if found is not None and found.kind == "person" and compatible(mention.gender, found):
                entity = found
    if entity is None and unnamed is None and (post := _post_before(art, framing, d, registry)):
        return post, None  # "The Secretary-General spoke to you ... He told you that ..."
    if (
        unnamed is not None
        and d.subject_pos - unnamed[0] <= _UNNAMED_REACH
        and _gender(unnamed[1]) in (None, mention.gender)
        and (entity is None or not _named_in(entity, art.text[unnamed[0] : d.subject_pos]))
    ):
        # '"...," she said' after "A spokesperson for the Commission said ...": the speaker
        # left unnamed, never a person named before her
        return unnamed[1], None
    return mention, entity


def _cataphora(
    text: str,
    drafts: list[Draft],
    out: list[tuple[SpeakerPhrase | None, Entity | None, int | None]],
    body: int,
) -> None:
    """ "Although she had long insisted ..., the envoy Mira Sand said ...": a pronoun in a
    clause put before its sentence's subject stands for that subject."""
    for n in range(len(out) - 1):
        mention, entity, continues = out[n]
        main = out[n + 1][1]
        if (
            entity is None
            and mention is not None
            and _PERSONAL.fullmatch(mention.text)
            and drafts[n + 1].sentence.start == drafts[n].sentence.start
            and LEADING_CLAUSE.match(text, max(drafts[n].sentence.start, body))
            and main is not None
            and main.kind == "person"
        ):
            out[n] = (mention, main, continues)


_DEFINITE = re.compile(r"(?:the|The|this|This|that|That)\s")
_NAMED_NEXT_REACH = 400  # characters: how far after "a spokesperson said" the name may come
# "A Chinese Foreign Ministry spokesman has ...": a lead's indefinite source, whose name a
# wire may give paragraphs on
_INDEFINITE_ONE = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s")
_LEAD_NAMED_REACH = 1200  # characters: how far after a lead's "a spokesman has said" it may
_SPOKES = re.compile(r"spokes|representative", re.I)


def _speaks_for_a_body(mention: SpeakerPhrase) -> bool:
    """ "a spokesperson", "the official representative of the ministry": one who speaks for a
    body, whom the story may name next; not a state's delegate in a debate, nor the EU's
    High Representative, a post of its own."""
    return (
        _SPOKES.search(mention.head or "") is not None
        and not delegate_of_a_state(mention)
        and not HIGH_REPRESENTATIVE.search(mention.text)
    )


def _genders_agree(gender: str | None, e: Entity) -> bool:
    """Whether a mention of ``gender`` may be ``e``: "spokesman" is no woman called
    "spokeswoman"."""
    held = "f" if "woman" in (e.role or "").lower() else e.gender
    return gender is None or held is None or gender == held


def _spoken_for_the_body(
    registry: Registry,
    out: list[tuple[SpeakerPhrase | None, Entity | None, int | None]],
    drafts: list[Draft],
) -> None:
    """ "A Downing Street spokesperson said ...": a spokesperson whom the story does not name,
    not even just after, speaks for the body named with the title."""
    for n, (mention, entity, continues) in enumerate(out):
        if entity is None and mention is not None:
            body = body_spoken_for(registry, mention, drafts[n].subject_pos)
            if body is not None:
                out[n] = (mention, body, continues)


def _named_next(
    registry: Registry,
    out: list[tuple[SpeakerPhrase | None, Entity | None, int | None]],
    drafts: list[Draft],
) -> None:
    """ "..., a spokesperson for the president-elect said Sunday. Kim Eun-hye, the
    spokesperson, made the remark ...": the one spokesperson the story names just after an
    unnamed one is that spokesperson."""
    found: Entity | None = None  # the spokesperson a description was found to be
    for n, (mention, entity, continues) in enumerate(out):
        if entity is not None or mention is None or mention.kind not in ("unnamed", "description"):
            continue
        if not _speaks_for_a_body(mention):
            continue
        if mention.kind == "description" and found is not None and _DEFINITE.match(mention.text):
            # "... The spokesperson said ...": the one just found
            if _genders_agree(_gender(mention), found):
                out[n] = (mention, found, continues)
            continue
        pos = drafts[n].subject_pos
        reach = _NAMED_NEXT_REACH
        if _INDEFINITE_ONE.match(mention.text) and not any(
            e is not None and e.kind == "person" for _, e, _ in out[:n]
        ):
            # "A Chinese Foreign Ministry spokesman has slammed ...", before anyone has
            # spoken: a wire lead that keeps the name for the body, after the background
            # ("..., spokesman Hong Lei said Friday" three paragraphs on)
            reach = _LEAD_NAMED_REACH
        named = [
            e
            for e in registry.entities
            if e.kind == "person"
            and _SPOKES.search(e.role or "")
            and e.positions
            and pos < e.positions[0] <= pos + reach
        ]
        if mention.kind == "description" and not named and not _DEFINITE.match(mention.text):
            # "China was ready ..., Chinese foreign ministry's spokesperson on Monday said.
            # '...,' Zhao Lijian said in his regular briefing": the one who speaks next, named
            # only there and with no post of another kind, is that spokesperson
            after = next((out[k][1] for k in range(n + 1, len(out)) if out[k][1] is not None), None)
            if (
                after is not None
                and after.kind == "person"
                and (not after.role or _SPOKES.search(after.role))
                and after.positions
                and pos < after.positions[0] <= pos + _NAMED_NEXT_REACH
            ):
                named = [after]
        # ("A US State Department spokesman said ... Chinese Foreign Ministry spokeswoman X
        # said ...": another state's, and a woman for "spokesman", is not the one meant)
        if (
            len(named) == 1
            and not (mention.country and named[0].country and mention.country != named[0].country)
            and not _of_another_seat(mention, named[0])
            and _genders_agree(_gender(mention), named[0])
            # ("A State Department spokesperson said ... Pentagon spokesman John Kirby said"
            # paragraphs on: another body's spokesperson is not the lead's)
            and not (
                named[0].positions[0] > pos + _NAMED_NEXT_REACH
                and _of_another_body(mention, named[0])
            )
        ):
            out[n] = (mention, named[0], continues)
            if mention.kind == "description":
                found = named[0]


# "Mr. Guterres", "Ms. [Amina] Mohammed": a person given by an honorific and a surname
# alone (the first name, if at all, in an editor's brackets), as one already known
_HONORIFIC_ONLY = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.?[^\S\n]+(?:\[[^\]\n]{1,40}\][^\S\n]+)?$")
_HOLDER_REACH = 1500  # characters from the post's first statement to the holder's naming


def _post_holder_by_honorific(
    text: str,
    out: list[tuple[SpeakerPhrase | None, Entity | None, int | None]],
    drafts: list[Draft],
) -> None:
    """ "The Secretary-General noted ... He called on ... '...,' Mr. Guterres added.": the
    statements of a post the page never ties to a name are its holder's, when the next one to
    speak is a person first named right there by an honorific and a surname alone, with no
    post of their own: a story introduces a newcomer in full, so one given as already known is
    the one it has been following. (Another person speaking in between, or one introduced with
    a name or post of their own, ends it; so does a holder of the other gender, by the post's
    word or by the "he" or "she" its statements went on with.) Only on a body's own page, a
    briefing's, a read-out's or a statement's, where the principal is the one followed: in a
    news story "Mr Smith said" after "The judge told the jury ..." is another person, met
    there; and only where the name runs straight into its verb, not one set off with a clause
    of their own ("Dr. Patel, who has worked at the hospital for 20 years, said")."""
    if not own_page(text):
        return
    pending: list[int] = []
    for n, (mention, entity, _) in enumerate(out):
        if entity is None:
            if (
                mention is not None
                and mention.kind == "description"
                and mention.head in ROLE_WORDS
                and _DEFINITE.match(mention.text)
                and not _speaks_for_a_body(mention)
            ):
                if pending and out[pending[0]][0].text.lower() != mention.text.lower():
                    pending = []  # another post
                pending.append(n)
            continue
        if entity.kind != "person":
            continue
        if pending and _first_named_by_honorific(text, entity, drafts[n].subject_pos):
            first = drafts[pending[0]].subject_pos
            post = out[pending[0]][0]
            near = entity.positions[0] - first <= _HOLDER_REACH
            told = {
                subject.gender
                for k in pending
                if (subject := drafts[k].subject) is not None and subject.kind == "pronoun"
            } - {None}
            gender = (_gender(post) if post is not None else None) or (
                next(iter(told)) if len(told) == 1 else None
            )
            if near and post is not None and _genders_agree(gender, entity):
                for k in pending:
                    out[k] = (out[k][0], entity, out[k][2])
        pending = []


def _first_named_by_honorific(text: str, e: Entity, pos: int) -> bool:
    """Whether ``e``, of no post, is first named at ``pos`` (where it speaks), and there by an
    honorific and its surname alone."""
    if e.role or e.titles or not e.positions or abs(e.positions[0] - pos) > 40:
        return False
    last = surname_as_written(e.name)
    at = text.find(last, max(0, e.positions[0] - 40))
    if at < 0 or text.find(last, 0, at) >= 0:
        return False  # (named before: not first here)
    if text[at + len(last) : at + len(last) + 1] in (",", "("):
        return False  # "Mr. X, a shop owner, said": introduced there, a newcomer
    return _HONORIFIC_ONLY.search(text, max(0, at - 60), at) is not None


def _of_another_body(mention: SpeakerPhrase, e: Entity) -> bool:
    """Whether the body ``mention`` names ("a State Department spokesperson") and the body
    ``e`` speaks for ("Pentagon") are both given and neither names the other."""
    said = (mention.institution or "").lower()
    held = (e.institution or "").lower()
    return bool(said and held) and said not in held and held not in said


# "Downing Street", "the Kremlin", "the Elysee": a building that stands for a state's government
_SEAT = re.compile(r"\b(?:" + "|".join(re.escape(seat) for seat in SEATS) + r")\b", re.I)


def _seat_state(text: str) -> str | None:
    """The state whose seat of government ``text`` names, if it names one."""
    seat = _SEAT.search(text)
    return SEATS[seat.group().lower()] if seat else None


def _of_another_seat(mention: SpeakerPhrase, e: Entity) -> bool:
    """ "A Downing Street spokesperson said ... Kremlin spokesman X told ...": the one named
    next speaks for another state's seat of government, so is not the one left unnamed."""
    said = _seat_state(mention.text)
    held = e.country or _seat_state(f"{e.role or ''} {e.institution or ''}")
    return said is not None and held is not None and said != held


def _lead_post_named_next(
    out: list[tuple[SpeakerPhrase | None, Entity | None, int | None]],
    drafts: list[Draft],
) -> None:
    """ "China's foreign minister on Thursday warned ... Wang Yi was speaking at his annual
    news conference": a wire lead that gives a state's post, then the body's first speaker,
    named just after with no post of his own, is the one the post describes."""
    if not out or out[0][1] is not None:
        return
    mention = out[0][0]
    if (
        mention is None
        or mention.kind != "description"
        or mention.head not in ROLE_WORDS
        or not mention.country
        or delegate_of_a_state(mention)
    ):
        return  # ("Brazil's representative said ...": the next delegate speaks for another)
    pos = drafts[0].subject_pos
    after = next((e for _, e, _ in out[1:] if e is not None), None)
    if (
        after is not None
        and after.kind == "person"
        and not after.role
        and after.positions
        and pos < after.positions[0] <= pos + _NAMED_NEXT_REACH
        and compatible(mention.gender, after)
    ):
        out[0] = (mention, after, out[0][2])


def _document_not_of_its_subject(
    art: ArticleReading,
    registry: Registry,
    out: list[tuple[SpeakerPhrase | None, Entity | None, int | None]],
    drafts: list[Draft],
) -> None:
    """'"Minister Mondino expressed dissatisfaction ...," the statement said': words that tell
    of a person by name are not that person's own; the document is the body's that issued
    it (the last one named that is neither a state nor a news outlet), or no one's."""
    for n, (mention, entity, continues) in enumerate(out):
        if mention is None or entity is None or entity.kind != "person":
            continue
        if mention.head not in DOCUMENTS or mention.kind not in ("description", "unnamed"):
            continue
        surname = entity.name.split()[-1]
        said = " ".join(art.text[a:b] for a, b in drafts[n].pieces)
        if not re.search(rf"\b{re.escape(surname)}\b", said):
            continue
        issuer = registry.recent(
            drafts[n].subject_pos,
            lambda e: e.kind == "institution" and e.name not in STATE_NAMES and not is_outlet(e),
        )
        out[n] = (mention, issuer, continues)
