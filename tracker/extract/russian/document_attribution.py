"""Documents and passives: "..., — говорится в заявлении МИД" names a document and its
owner, who speaks; "В МИД было заявлено, что ..." gives the agent or the institution.
"""

from __future__ import annotations

import re

from tracker.extract.draft import strip_span, words_in
from tracker.extract.russian import morph
from tracker.extract.russian.attribution_phrases import connective
from tracker.extract.russian.clause_boundaries import DASH, DASHES, THAT
from tracker.extract.russian.cue_words import Cue
from tracker.extract.russian.lexicon import DOCUMENTS
from tracker.extract.russian.name_words import is_outlet
from tracker.extract.russian.page import Draft
from tracker.extract.russian.speakers import Speaker, parse
from tracker.extract.russian.subjects import SubjectReading
from tracker.extract.russian.text import Quote, Sentence, Word, words
from tracker.extract.russian.trailing_attribution import manner_words

# An aside between commas, right before a verb: ", в частности, ", ", кроме того, "
_ASIDE_ENDS = re.compile(
    r",\s*(?:в частности|кроме того|в том числе|также|при этом|помимо прочего)\s*,\s*$", re.I
)
# A dash or a quotation before a document cited between commas: a quotation's attribution,
# not an aside inside a plain sentence
_DASH_OR_QUOTE = re.compile(rf"[{DASHES}«»\"“”]")
# A firm named by its kind alone ("в сообщении компании"): the company the story is about,
# not the person named before
_FIRMS = frozenset(("компания", "корпорация", "концерн", "холдинг", "госкорпорация"))
# An outlet named by its kind ("в статье газеты"): the outlet reports, it is no speaker,
# and no person named before owns its page
_MEDIA = frozenset(("газета", "издание", "телеканал", "радиостанция", "журнал", "портал"))
# An agency is an outlet only by an outlet's name after it ("агентства Рейтер") or as a
# news agency ("информационного агентства"); bare, it is the agency the story is about
# (МАГАТЭ, an international agency)
_NEWS_AGENCY = re.compile(r"(?:информационн\w*|новостн\w*) агентств\w*|информагентств\w*")
# Cues that are no verb of saying with a subject of its own
NO_VERB_KINDS = frozenset(("words", "as", "document", "according", "citing", "passive", "gerund"))


def _issuer_before(before: list[Word], text: str, known) -> Speaker | None:
    """The body a participle before the document names in the instrumental: "в
    распространенном посольством заявлении", "в опубликованном пресс-службой Кремля
    сообщении" (the one who issued it speaks); None when no participle stands there or
    no institution follows it."""
    at = next(
        (
            n
            for n, w in enumerate(before)
            if w.text.islower() and any(p.tag.POS == "PRTF" for p in morph.parses(w.text)[:1])
        ),
        None,
    )
    if at is None or at + 1 >= len(before):
        return None
    found = parse(before[at + 1 :], text, "ablt", sentence_start=-1, known=known)
    return found if found is not None and found.kind == "institution" else None


_POINTER_LEAD = re.compile(r"(?:об? (?:этом|том)|это)\s+(?P<rest>.+)", re.S)


def _pointer_then_manner(lead: str) -> bool:
    """Whether ``lead`` (lower case) is "об этом" or "это" and then only words of time or
    manner ("об этом в пятницу", "об этом также"), as "Об этом заявил" allows them."""
    m = _POINTER_LEAD.fullmatch(lead)
    return m is not None and manner_words(m["rest"].split())


class DocumentReading(SubjectReading):
    """Reads a document's words and a passive verb of saying."""

    def _passive(self, s: Sentence, cue: Cue, later: list[Cue]) -> Draft | None:
        """ "В МИД было заявлено, что ...", "Лавровым было подчеркнуто, что ...", "В
        заявлении посольства сказано, что ...": the agent, the institution where it was
        said, or the document speaks; a passive with none of them ("было заявлено") has no
        speaker."""
        text = self.text
        clause = self._past_aside(s, self._clause_start(s, cue)[0], cue)
        around = [
            w
            for w in self.words(s)
            if clause <= w.start < self._speaker_end(s, cue) and not self.in_quote(w.start)
        ]
        after = [w for w in around if w.start >= cue.end]
        if (
            any(morph.lemma(w.text) in DOCUMENTS for w in around)
            # "«...», — сказано в нем.", "В нем сказано, что ...": the document named before
            or self._in_document_before(s, after)
            or self._in_document_before(s, around)
        ):
            return self._document(
                s, Cue(cue.start, cue.end, cue.word, cue.lemma, "document"), later
            )
        agent = _by_side_of(around)
        if agent is not None:
            # "Со стороны Владимира Путина было указано на то, что ...": the side's owner
            speaker = parse(agent, text, "gent", sentence_start=-1, known=self.known)
        else:
            speaker = self._institution_at(around) or parse(
                around, text, "ablt", sentence_start=-1, known=self.known
            )
        if speaker is None or speaker.kind not in ("person", "institution", "description"):
            return None  # "Главой государства было отмечено": a description as well
        if broken := self._quote_around(cue):  # "«..., — было подчеркнуто в МИД, — ...»"
            quote, gap = broken
            return Draft(list(quote.pieces), speaker, cue.start, cue.word, s, frame=[gap])
        piece = self._content_after(s, cue, later, object_ok=False)
        if not piece and self._points_back(s, cue):
            piece = self._sentence_before(s)
        if not piece:
            return None
        return Draft(piece, speaker, cue.start, cue.word, s, frame=[(s.start, piece[0][0])])

    def _in_document_before(self, s: Sentence, around: list[Word]) -> bool:
        """Whether a passive's place is "в нем"/"в ней" standing for a document the sentence
        before names ("МИД распространил заявление. В нем говорится, что ..."): the words
        are that document's, whose owner is found as for one named without its owner."""
        low = [w.text.lower() for w in around[:2]]
        if low[:1] != ["в"] or len(low) < 2 or low[1] not in ("нем", "нём", "ней"):
            return False
        i = self.sents.index(s)
        if i == 0 or s.para - self.sents[i - 1].para > 1:
            return False
        return any(morph.lemma(w.text) in DOCUMENTS for w in self.words(self.sents[i - 1]))

    def _relative_document(
        self, s: Sentence, cue: Cue, region: list[Word], later: list[Cue]
    ) -> Draft | None:
        """ "МИД распространил заявление, в котором говорится, что ...": "в котором" stands
        for the document named right before the comma, and the main clause's subject, who
        issued it, speaks."""
        text = self.text
        low = [w.text.lower() for w in region[:2]]
        if len(low) < 2 or low[0] != "в" or low[1] not in ("котором", "которой", "которых"):
            return None
        comma = text.rfind(",", s.start, region[0].start)
        issued = [w for w in self.words(s) if w.end <= comma and not self.in_quote(w.start)]
        if len(issued) < 3 or morph.lemma(issued[-1].text) not in DOCUMENTS:
            return None
        owner = parse(issued[:-1], text, "nomn", sentence_start=s.start, known=self.known)
        that = THAT.match(text, cue.end, s.end)
        if owner is None or owner.kind not in ("person", "institution") or not that:
            return None
        a, b = strip_span(text, that.end(), self._content_end(s, that.end(), later))
        if words_in(text[a:b]) < 2:
            return None
        return Draft(self._before(a, b), owner, cue.start, cue.word, s, frame=[(s.start, a)])

    def _publisher(self, s: Sentence, after: int) -> Speaker | None:
        """The institution a participle after a document names: "в сообщении, опубликованном
        на сайте МИД России", "в заявлении, распространенном российским МИД"."""
        text = self.text
        m = re.match(r"\s*,\s*", text[after : s.end])
        ws = words(text, after + m.end(), s.end) if m else []
        if not ws or not any(p.tag.POS == "PRTF" for p in morph.parses(ws[0].text)[:1]):
            return None
        rest = ws[1:8]
        site = next(
            (n for n, w in enumerate(rest) if morph.lemma(w.text) in ("сайт", "страница")), None
        )
        found = (
            parse(rest[site + 1 :], text, "gent", sentence_start=-1)
            if site is not None
            else parse(rest, text, "ablt", sentence_start=-1)
        )
        return found if found is not None and found.kind == "institution" else None

    def _past_aside(self, s: Sentence, clause: int, cue: Cue) -> int:
        """Where the clause of a document's verb starts when only an aside stands between a
        comma and the verb ("В документе, в частности, подчеркивается, что ..."): the
        sentence's start, where the document is named; else ``clause``."""
        lead = self.text[s.start : cue.start]
        aside = _ASIDE_ENDS.search(lead)
        if clause > s.start and aside and "," not in lead[: aside.start()]:
            return s.start
        return clause

    def _quote_around(self, cue: Cue) -> tuple[Quote, tuple[int, int]] | None:
        """ "«..., — говорится в заявлении МИД, — ...»": the document named between dashes
        inside one pair of marks speaks the whole quotation, both its parts; the quotation
        and the reporter's words set into it, or None when the cue stands in no such words."""
        gap = self.in_gap(cue.start)
        quote = self.in_quote(gap[0] - 1) if gap is not None else None
        if gap is None or quote is None or self.is_claimed(quote.start):
            return None
        return quote, gap

    def _quote_before_pronoun(self, s: Sentence, cue: Cue) -> Draft | None:
        """ "МИД распространил заявление. «...», — говорится в нем.": the words before the
        dash are the document's, whose owner is found in the sentence before."""
        text = self.text
        if broken := self._quote_around(cue):  # "«..., — говорится в нем. — ...»"
            quote, gap = broken
            return Draft(list(quote.pieces), None, cue.start, cue.word, s, frame=[gap],
                         document=True)  # fmt: skip
        lead = text[s.start : cue.start].rstrip()
        if not re.search(rf"[,{DASHES}]\s*$", lead):
            return None
        cut = len(lead.rstrip(DASH).rstrip().rstrip(","))
        a, b = strip_span(text, s.start, s.start + cut)
        if words_in(text[a:b]) < 2:
            return None
        return Draft(
            self._before(a, b), None, cue.start, cue.word, s, frame=[(b, s.end)], document=True
        )

    def _past_document_participle(self, s: Sentence, comma: int, document: str) -> int:
        """ "Как говорится в заявлении, опубликованном в среду, ...": a participle phrase
        set off by commas after the document, in its case, describes it (when, where it was
        issued), so what was said starts after its closing comma; ``comma`` when none
        follows."""
        text = self.text
        first = words(text, comma + 1, s.end)[:1]
        if not first or not first[0].text.islower() or not morph.participle(first[0].text):
            return comma
        cases = {p.tag.case for p in morph.parses(document) if p.tag.POS == "NOUN"}
        if not any(p.tag.case in cases for p in morph.parses(first[0].text)):
            return comma  # "Как говорится в заявлении, принятые в среду меры ...": what was said
        close = text.find(",", first[0].end, s.end)
        if close < 0 or re.search(r"[«»\"“”„:;]", text[comma:close]):
            return comma
        return close

    def _around_aside(
        self, s: Sentence, lead: str, owner_after: bool, later: list[Cue]
    ) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """ "Санкции, говорится в заявлении МИД, вредят ...": the document set off by commas
        inside the sentence (no dash, no quotation before it); what was said is the words
        around the aside, kept as they stand with it. The span, and the aside as its frame;
        None when the sentence ends after the document."""
        text = self.text
        if not owner_after or not lead.endswith(",") or _DASH_OR_QUOTE.search(lead):
            return None
        comma = text.find(",", s.start + len(lead) + 1, s.end)
        if comma < 0:
            return None
        head = words(text, s.start + len(lead), comma)
        doc = next((n for n, w in enumerate(head) if morph.lemma(w.text) in DOCUMENTS), None)
        if doc is None:
            return None
        comma = self._past_document_participle(s, comma, head[doc].text)
        rest = words(text, comma + 1, s.end)
        if not rest or morph.lemma(rest[0].text) in ("который", "где", "что"):
            return None  # "..., говорится в заявлении, которое ...": about the document
        # "Кроме того, говорится в заявлении, ...": what was said starts after the aside
        a = strip_span(text, comma + 1 if connective(lead) else s.start, s.end)[0]
        b = strip_span(text, comma + 1, self._content_end(s, comma + 1, later))[1]
        return (a, b), (s.start + len(lead), comma + 1)

    def _before_participle(self, s: Sentence, cue: Cue) -> list[Word]:
        """The words before a participle phrase set off by commas between them and the cue
        ("В заявлении МИД, распространенном в понедельник, говорится ..."): where the
        document and its owner stand; none when the words between are no such phrase."""
        text = self.text
        comma = text.find(",", s.start, cue.start)
        if comma < 0 or text[comma + 1 : cue.start].rstrip()[-1:] != ",":
            return []
        first = words(text, comma + 1, cue.start)[:1]
        if not first or not any(p.tag.POS == "PRTF" for p in morph.parses(first[0].text)[:1]):
            return []
        return [w for w in self.words(s) if s.start <= w.start < comma]

    def _aside_before_verb(self, s: Sentence, cue: Cue, comma: int, later: list[Cue]) -> bool:
        """Whether "согласно сообщению" is an aside between a subject and its verb of saying
        ("Пашинян, согласно сообщению, подчеркнул, что ..."): the verb's subject speaks, the
        aside only says where it was reported."""
        text = self.text
        return (
            bool(later)
            and later[0].kind not in NO_VERB_KINDS
            and text[comma + 1 : later[0].start].strip() == ""
            and text[s.start : cue.start].rstrip().endswith(",")
        )

    def _document(self, s: Sentence, cue: Cue, later: list[Cue]) -> Draft | None:
        """ "«...», — говорится в заявлении МИД." / "Согласно сообщению, ..." /
        "В заявлении посольства говорится, что ...": a document speaks for its owner."""
        text = self.text
        ws = self.words(s)
        # the document noun and its owner: after the cue, or before it ("В заявлении МИД ...")
        after = [w for w in ws if cue.end <= w.start < self._speaker_end(s, cue)]
        doc_at = next((n for n, w in enumerate(after) if morph.lemma(w.text) in DOCUMENTS), None)
        region = after
        if doc_at is None and self._in_document_before(s, after):
            return self._quote_before_pronoun(s, cue)  # "«...», — говорится в нем."
        if doc_at is None:
            clause, _ = self._clause_start(s, cue)
            region = [w for w in ws if clause <= w.start < cue.start] or self._before_participle(
                s, cue
            )
            if self._past_aside(s, clause, cue) < clause:
                # "В документе, в частности, подчеркивается, что ...": an aside between the
                # document and its verb
                region = [w for w in ws if s.start <= w.start < cue.start]
            doc_at = next(
                (n for n, w in enumerate(region) if morph.lemma(w.text) in DOCUMENTS), None
            )
            if doc_at is None and self._in_document_before(s, region):
                piece = self._content_after(s, cue, later, object_ok=False)
                if not piece:
                    return None
                frame = [(s.start, piece[0][0])]
                return Draft(piece, None, cue.start, cue.word, s, frame=frame, document=True)
            if doc_at is None:
                return self._relative_document(s, cue, region, later)
        owner_words = region[doc_at + 1 :]
        before_doc = region[doc_at - 1 : doc_at] if doc_at > 0 else []
        speaker = (
            parse(owner_words, text, "gent", sentence_start=-1, known=self.known)
            if owner_words
            else None
        )
        if speaker is None and before_doc:
            speaker = parse(before_doc, text, "gent", known=self.known)
        if speaker is None and doc_at > 0:
            speaker = _issuer_before(region[:doc_at], text, self.known)
        if speaker is None and owner_words and morph.lemma(owner_words[0].text) in _FIRMS:
            return None  # "говорится в сообщении компании": a firm's, never a person's before
        if speaker is None and owner_words and _outlet_owned(region[doc_at], owner_words):
            return None  # "На сайте агентства Рейтер говорится": an outlet is no speaker
        if speaker is None:
            speaker = self._publisher(s, region[doc_at].end)
        if (
            speaker is not None
            and speaker.kind == "person"
            and speaker.start > region[doc_at].end + 1
        ):
            speaker = None  # "на сайте ... Ивана Петрова": not the document's owner
        document_start = region[doc_at].start
        lead_words = text[s.start : cue.start].strip().lower()
        if re.fullmatch(r"об? (?:этом|том)|это", lead_words) or _pointer_then_manner(lead_words):
            # "Об этом говорится в заявлении МИД.", "Это следует из сообщения посольства.",
            # "Об этом в пятницу говорится в заявлении МИД" (the time or manner between the
            # pointer and its verb says when the document spoke, not what it said)
            pieces = self._sentence_before(s)
            if not pieces:
                return None
            frame = [(s.start, s.end)]
            return Draft(pieces, speaker, cue.start, cue.word, s, frame=frame, document=not speaker)
        if lead_words == "как":
            cue = Cue(cue.start, cue.end, cue.word, cue.lemma, "according")
        if cue.kind == "according":
            comma = text.find(",", region[doc_at].end, s.end)
            if comma < 0 or self._aside_before_verb(s, cue, comma, later):
                return None
            comma = self._past_document_participle(s, comma, region[doc_at].text)
            a, b = strip_span(text, comma + 1, self._content_end(s, comma + 1, later))
            frame = [(s.start, a)]
        else:
            tail = (
                text[cue.end : s.end]
                if region is not after
                else text[self._speaker_end(s, cue) : s.end]
            )
            that = THAT.match(tail) or re.match(r"\s*:\s*", tail)
            lead = text[s.start : min(cue.start, document_start)].rstrip()
            if region is not after and that:
                begin = (cue.end if region is not after else self._speaker_end(s, cue)) + that.end()
                a, b = strip_span(text, begin, self._content_end(s, begin, later))
                frame = [(s.start, a)]
            elif around := self._around_aside(s, lead, region is after, later):
                return Draft([around[0]], speaker, cue.start, cue.word, s, frame=[around[1]],
                             document=speaker is None)  # fmt: skip
            elif broken := self._quote_around(cue):
                quote, gap = broken
                return Draft(list(quote.pieces), speaker, cue.start, cue.word, s, frame=[gap],
                             document=speaker is None)  # fmt: skip
            elif re.search(rf"[,{DASHES}]\s*$", lead):
                cut = len(lead.rstrip(DASH).rstrip().rstrip(","))
                a, b = strip_span(text, s.start, s.start + cut)
                frame = [(b, s.end)]
            elif not lead:
                pieces = self._previous_quote(s)
                if not pieces:
                    return None
                return Draft(
                    pieces,
                    speaker,
                    cue.start,
                    cue.word,
                    s,
                    frame=[(s.start, s.end)],
                    document=speaker is None,
                )
            else:
                return None
        if words_in(text[a:b]) < 2 or self._relayed(speaker, s, a, b, later):
            return None
        return Draft(
            self._before(a, b),
            speaker,
            cue.start,
            cue.word,
            s,
            frame=frame,
            document=speaker is None,
        )


def _outlet_owned(document: Word, owner: list[Word]) -> bool:
    """Whether the document is an outlet's own: the words after it name the outlet by its
    kind in the genitive ("в статье газеты", "на сайте агентства Рейтер", "информационного
    агентства") or by its name ("ТАСС", "Рейтер"). Not an interview, which is the
    interviewee's words ("в интервью агентству")."""
    if morph.lemma(document.text) == "интервью":
        return False
    first = owner[0].text
    if is_outlet(first) or _NEWS_AGENCY.match(" ".join(w.text for w in owner[:2]).lower()):
        return True
    if morph.lemma(first) == "агентство":
        return len(owner) > 1 and is_outlet(owner[1].text)
    return any(p.normal_form in _MEDIA and p.tag.case == "gent" for p in morph.parses(first))


def _by_side_of(around: list[Word]) -> list[Word] | None:
    """The words after "со стороны" that open a passive's clause, its agent in the genitive
    (the readouts' "Со стороны Президента было подчеркнуто, что ..."); None without it."""
    low = [w.text.lower() for w in around[:2]]
    if low != ["со", "стороны"]:
        return None
    return around[2:]
