"""From article text to proposed statements: the order of the steps.

The article's drafts are collected (:mod:`tracker.extract.collect`); each draft's speaker is
resolved against the article's registry of names (:mod:`tracker.extract.coref`), a phrase
opening the sentence standing for the subject a participle goes back to; each statement is
dated (:mod:`tracker.extract.occasion`); and the results become the contract's proposed
statements. Russian text goes to :mod:`tracker.extract.russian`. Only the first READ_LIMIT
characters of a text are read.
"""

from __future__ import annotations

import datetime
import re

from tracker.extract.collect import collect_drafts, front_matter, unfinished
from tracker.extract.coref import Entity, Registry
from tracker.extract.descriptions import DOCUMENTS, description_referent, is_press
from tracker.extract.draft import Draft
from tracker.extract.entities import compatible
from tracker.extract.frames import ArticleReading
from tracker.extract.lexicon import (
    CAPITALS,
    CONNECTORS,
    OPENERS,
    ORG_HEADS,
    OUTLET_COUNTRY,
    ROLE_WORDS,
)
from tracker.extract.meta import dates_in_full, find_dateline, guess_language
from tracker.extract.model import ProposedStatement
from tracker.extract.occasion import Attribution, date_statements, relative_clause
from tracker.extract.speaker_phrase import SpeakerPhrase
from tracker.extract.speakers import parse_speaker
from tracker.extract.transcript import read_transcript
from tracker.extract.when import When


def _country(text: str) -> str | None:
    """The article's home country, from its dateline or outlet, for titles without one."""
    dateline = find_dateline(text)
    if not dateline:
        return None
    if dateline.outlet and dateline.outlet.lower() in OUTLET_COUNTRY:
        return OUTLET_COUNTRY[dateline.outlet.lower()]
    return CAPITALS.get((dateline.place or "").lower())


def _kind(art: ArticleReading, pieces: list[tuple[int, int]]) -> str:
    if all(p in art.quoted_pieces for p in pieces):
        return "direct"
    if any(art.quotes_in(a - 1, b) for a, b in pieces):
        return "mixed"
    return "indirect"


def _window(art: ArticleReading, draft: Draft) -> list[tuple[int, int]]:
    """The attribution's own words (its sentence, less what was said): where its date stands.
    A quote carried on from an earlier sentence has none."""
    if draft.inherit:
        return []
    if draft.cue is not None and draft.cue.lemma == "noun_that":
        return [(draft.subject_pos, draft.cue.end)]  # "X's remarks that": no verb, no day
    end = draft.sentence.end
    if (
        draft.pieces
        and draft.cue is not None
        and draft.cue.start < draft.pieces[0][0]
        and _LEADING_CLAUSE.match(art.text, draft.sentence.start)
        and art.text.startswith(",", draft.pieces[-1][1])
    ):
        # "Although she had insisted that ..., the envoy said on Friday ...": a clause put
        # first has words of its own, and the main clause's day is not theirs
        end = draft.pieces[-1][1]
    spans = [(draft.sentence.start, end)]
    for pa, pb in draft.pieces:
        cut = []
        for a, b in spans:
            if pb <= a or pa >= b:
                cut.append((a, b))
                continue
            if a < pa:
                cut.append((a, pa))
            if pb < b:
                cut.append((pb, b))
        spans = cut
    return spans


def _confidence(
    mention: SpeakerPhrase | None, entity: Entity | None, kind: str, when: When
) -> float:
    """How sure: lower for unresolved speakers, pronouns, and dates without evidence."""
    score = 0.9 if kind == "direct" else 0.85
    if entity is None:
        score -= 0.35
    elif mention is None or mention.kind in ("pronoun", "description"):
        score -= 0.1
    if not when.evidence or when.edtf is None:
        score -= 0.1
    if not when.fits:
        score -= 0.2
    return round(score, 2)


# How much of a text is read for statements: far more than any article or transcript (a
# half a million characters is some 85,000 words), and a bound on the time a hostile input
# costs.
READ_LIMIT = 500_000


def read_part(text: str) -> str:
    """The part of ``text`` read for statements: all of it, or up to the last paragraph break
    within READ_LIMIT."""
    if len(text) <= READ_LIMIT:
        return text
    cut = text.rfind("\n", 0, READ_LIMIT)
    return text[: cut if cut > READ_LIMIT // 2 else READ_LIMIT]


def extract(text: str, *, published: datetime.date | None) -> list[ProposedStatement]:
    """Proposed statements of ``text``; ``published`` is the reference for relative dates.
    Spans index ``text`` as given; only its first READ_LIMIT characters are read. A Russian
    text is read by :mod:`tracker.extract.russian`."""
    text = read_part(text)
    if guess_language(text) == "ru":
        from tracker.extract import russian

        return russian.extract(text, published=published)
    art = ArticleReading(text)
    transcript = read_transcript(text)
    drafts = collect_drafts(art, transcript)
    front = front_matter(text, drafts)
    drafts = [d for d in drafts if id(d) not in front]
    registry = Registry(text, _country(text), [s.start for s in art.sents])
    registry.speakers_ahead = [
        (d.subject_pos, d.subject) for d in drafts if d.subject and d.subject.kind == "person"
    ]
    said = [p for d in drafts for p in d.pieces] + [q.outer for q in art.quotes]
    registry.hide(said)
    dateline = find_dateline(text)
    resolved = _resolve_speakers(art, drafts, registry, dateline.end if dateline else 0)
    visible = {id(e): registry.visible_positions(e) for e in registry.entities}
    for _, entity, _ in resolved:
        if entity is not None and id(entity) not in visible:
            visible[id(entity)] = registry.visible_positions(entity)
    attributions = [
        Attribution(
            speaker=entity,
            window=_window(art, d),
            cue_at=d.cue.start if d.cue else d.subject_pos,
            start=d.pieces[0][0],
            speaker_at=visible[id(entity)] if entity else (),
            turn=d.turn,
            continues=continues,
            reported=[p for p in d.pieces if p not in art.quoted_pieces],
            earlier=bool(
                d.cue and _RELATIVE_CUE.search(text, max(0, d.cue.start - 8), d.cue.start)
            ),
            background=bool(d.cue and relative_clause(text, d.sentence.start, d.cue.start)),
        )
        for d, (_, entity, continues) in zip(drafts, resolved, strict=True)
    ]
    sentences = [(s.start, s.end) for s in art.sents]
    if dateline is not None:
        # the dateline's day is the article's reference, not an occasion in the story
        said = said + [(dateline.start, dateline.end)]
    # nor are the days in headings and captions ("X and Y in Moscow, April 14, 2023"), but
    # for a photo of the days just before the article's ("X at a press conference in
    # Beijing, March 7, 2024. /CFP"): it places its people at that day's occasion
    said = said + [
        (s.start, s.end)
        for s in art.sents
        if unfinished(text, s) and not _recent_photo(text[s.start : s.end], published)
    ]
    whens = date_statements(text, sentences, attributions, said, published)
    if transcript is not None:
        # a transcript's turns were said on the day its header gives, else the article's
        turn_day = transcript.when(published)
        whens = [turn_day if d.turn else w for d, w in zip(drafts, whens, strict=True)]
    return [
        _proposal(art, d, mention, entity, when)
        for d, (mention, entity, _), when in zip(drafts, resolved, whens, strict=True)
        if mention is not None or entity is not None or not d.sentence_subject
    ]


_PHOTO_CREDIT = re.compile(
    r"/\s*(?:CFP|Xinhua|AFP|Reuters|AP|IC|VCG|CGTN|Getty|EPA)\b|(?<!file )\b(?:Photo|Photograph)\b",
    re.I,
)
_CAPTION_DAYS = 3  # a photo this many days older than the article is of its news


def _recent_photo(line: str, published: datetime.date | None) -> bool:
    """A photo caption with a credit and a full date at most a few days before the
    article's: the day of the occasion it shows."""
    if published is None or not _PHOTO_CREDIT.search(line):
        return False
    return any(0 <= (published - day).days <= _CAPTION_DAYS for day in dates_in_full(line))


_ACRONYM = re.compile(r"[A-Z]{2,8}")
_LEADING_PHRASE = re.compile(
    r"\s*(?:In|On|At|During|After|Before|For|With|Meanwhile|However|Separately|Earlier|Later)"
    r"\b[^,]{0,40},\s*"
)
# "he", and "He's" or "she'd" ("He's comparing ... and says ...")
_PRONOUN_TOKEN = re.compile(r"(he|she|it)(?:['\u2019](?:s|d|ll))?", re.I)
_LEADING_CLAUSE = re.compile(
    r"(?:(?:One|A|Two|Three|Hours|Days|Weeks|Minutes|Shortly) (?:days? |weeks? )?after|After|"
    r"Before|When|While|As|Although|Though|Since|Once|Despite|Even as)\b"
)
_MAIN_CLAUSE = re.compile(r".*,\s+([A-Z])")
_NAME_TOKEN = re.compile(r"[\w.'\u2019&-]+")
# lower-case words that may stand in a body's or a title's name: "the foreign ministry"
_NAME_LOWER = ROLE_WORDS | ORG_HEADS | CONNECTORS | {"foreign", "affairs", "external"}


def _opening_subject(text: str, start: int, end: int) -> tuple[SpeakerPhrase, int] | None:
    """The name a sentence opens with, when it names a person or a body: the subject that
    "..., saying" goes back to."""
    while start < end and not text[start].isalnum():
        start += 1  # a bullet or a dash before the sentence
    lead = _LEADING_PHRASE.match(text, start, end)
    if lead:
        start = lead.end()  # "In response, Deputy Secretary Blinken, commending ..."
    elif _LEADING_CLAUSE.match(text, start, end):
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
        if not (word[:1].isupper() or word.lower() in _NAME_LOWER):
            break
        if phrase and text[phrase[-1].end() : t.start()].strip():
            break  # punctuation ends the name
        phrase.append(t)
    pronoun = tokens and _PRONOUN_TOKEN.fullmatch(tokens[0].group())
    if pronoun:
        mention = parse_speaker(pronoun.group(1))  # "Furthermore, he touched on ..., stressing"
        return (mention, tokens[0].start()) if mention else None
    if not phrase:
        return None
    mention = parse_speaker(text[phrase[0].start() : phrase[-1].end()])
    if mention is None or mention.kind not in ("person", "institution", "description"):
        return None
    return mention, phrase[0].start()


_RELATIVE_CUE = re.compile(r"\bwho\s+$")
_PERSONAL = re.compile(r"he|she|him|her", re.I)
# "a spokesperson for the Commission", "the official": one person the story does not name
_ONE_UNNAMED = re.compile(
    r"(?:an?|the|one|[A-Z][\w-]*['\u2019]s)\s+(?:[\w-]+\s+){0,4}?(?:spokes\w+|official|diplomat|"
    r"aide|adviser|advisor|source|envoy|representative|delegate|ambassador|minister|officer)\b"
    r"(?!['\u2019]s)",
    re.I,
)


def _gender(mention: SpeakerPhrase) -> str | None:
    """ "an ICE spokeswoman" is a she, "a spokesman" a he."""
    low = mention.text.lower()
    return mention.gender or ("f" if "woman" in low else "m" if re.search(r"man\b", low) else None)


def _subject_before(
    art: ArticleReading, drafts: list[Draft], d: Draft, registry: Registry, last: Entity | None
) -> Entity | None:
    """The person the sentence before ``d``'s opens with, when that sentence (in the same
    paragraph) frames no statement of its own."""
    previous = art.sentence_at(registry.previous_sentence_start(d.sentence.start))
    if previous is None or previous.start >= d.sentence.start or previous.para != d.sentence.para:
        return None
    if any(other.sentence.start == previous.start for other in drafts):
        return None
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
    if found is None or found.kind != "person" or is_press(found):
        return None  # a reporter who asked is not who answers
    return found


def _named_in(entity: Entity, text: str) -> bool:
    """Whether ``text`` names ``entity`` by any word of its name."""
    words = [w for w in (entity.name or "").split() if len(w) > 2]
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words)


def _resolve_speakers(
    art: ArticleReading, drafts: list[Draft], registry: Registry, body: int = 0
) -> list[tuple[SpeakerPhrase | None, Entity | None, int | None]]:
    """Who speaks in each draft (as written, and the article's entity it refers to), and which
    earlier draft a continuation carries on."""
    out: list[tuple[SpeakerPhrase | None, Entity | None, int | None]] = []
    by_sentence: dict[int, Entity | None] = {}
    last: Entity | None = None
    last_index: int | None = None
    unnamed: tuple[int, SpeakerPhrase] | None = None  # the latest speaker no name resolved
    for n, d in enumerate(drafts):
        mention = d.subject
        continues = None
        if d.sentence_subject:
            opening = _opening_subject(art.text, max(d.sentence.start, body), d.subject_pos)
            fronted = _LEADING_CLAUSE.match(art.text, max(d.sentence.start, body))
            # after a fronted clause ("One day after Trump said ..., China ..."), the speaker
            # already found in the sentence is the clause's, not the sentence's subject
            entity = None if fronted and opening else by_sentence.get(d.sentence.start)
            if entity is None and opening is not None and registry.plausible(opening[0]):
                entity = registry.resolve(opening[0], opening[1], last)
            if entity is None:
                entity = registry.first_person(d.sentence.start, d.subject_pos)
        elif d.inherit:
            entity, continues = last, last_index
        elif mention is not None:
            entity = registry.resolve(mention, d.subject_pos, last)
            if _PERSONAL.fullmatch(mention.text):
                # "The President also touched upon ... In his words, ...": the subject of the
                # sentence before, though it said nothing there
                before = _subject_before(art, drafts, d, registry, last)
                if before is not None and compatible(mention.gender, before):
                    entity = before
            if (
                unnamed is not None
                and _PERSONAL.fullmatch(mention.text)
                and _gender(unnamed[1]) in (None, mention.gender)
                and (entity is None or not _named_in(entity, art.text[unnamed[0] : d.subject_pos]))
            ):
                # '"...," she said' after "A spokesperson for the Commission said ...": the
                # speaker left unnamed, never a person named before her
                mention, entity = unnamed[1], None
        else:
            entity = None
        out.append((mention, entity, continues))
        by_sentence.setdefault(d.sentence.start, entity)
        if entity is not None and not d.turn:
            last, last_index = entity, n
        if entity is None and mention is not None and _ONE_UNNAMED.match(mention.text):
            unnamed = (d.subject_pos, mention)
    # "Although she had long insisted ..., the envoy Mira Sand said ...": a pronoun in a
    # clause put before its sentence's subject stands for that subject
    for n in range(len(out) - 1):
        mention, entity, continues = out[n]
        main = out[n + 1][1]
        if (
            entity is None
            and mention is not None
            and _PERSONAL.fullmatch(mention.text)
            and drafts[n + 1].sentence.start == drafts[n].sentence.start
            and _LEADING_CLAUSE.match(art.text, max(drafts[n].sentence.start, body))
            and main is not None
            and main.kind == "person"
        ):
            out[n] = (mention, main, continues)
    return out


def _proposal(
    art: ArticleReading, d: Draft, mention: SpeakerPhrase | None, entity: Entity | None, when: When
) -> ProposedStatement:
    text = art.text
    kind = "direct" if d.turn else _kind(art, d.pieces)
    if entity is not None:
        speaker, stype = entity.name, entity.kind
        role, inst = entity.role, entity.institution
        if stype == "person" and _ACRONYM.fullmatch(speaker):
            stype = "institution"  # "the IMF said", "UNICEF said": a body known by initials
    else:
        speaker = mention.text if mention is not None and mention.kind != "pronoun" else None
        stype, role, inst = "unknown", None, None
    evidence = (when.evidence + ("" if when.fits else " (weekday does not fit)")) or None
    return ProposedStatement(
        speaker=speaker,
        speaker_type=stype,
        role=role,
        institution=inst,
        kind=kind,
        said_on=when.edtf,
        date_evidence=evidence,
        text=" ".join(text[a:b] for a, b in d.pieces),
        span=(d.pieces[0][0], d.pieces[-1][1]),
        confidence=_confidence(mention, entity, kind, when),
        cue=d.cue.word if d.cue else None,
    )
