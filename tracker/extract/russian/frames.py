"""Reading one Russian sentence around its verbs of saying: who speaks and what was said.

Russian puts the speaker before the verb ("Рябков заявил, что ...") or, in a trailing
attribution, after it ("«...», — заявил Рябков."; "..., заявил постпред."; "Об этом заявил
посол." with what was said in the sentence before). So a cue's speaker is the nominative
phrase in its own clause before it; when there is none, the one after it. What was said is
the clause after "что" or a colon, the verb's object ("подчеркнула глубокую озабоченность"),
or, for a trailing attribution, the quote or clause before. "По словам X, ..." and
"Как отметил X, ..." put the speaker first and what was said after the comma; "...,
— говорится в заявлении МИД" names a document and its owner.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from tracker.extract.quotes import Quote
from tracker.extract.russian import morph
from tracker.extract.russian.lexicon import (
    CONVICTION,
    DOCUMENTS,
    EXPRESS,
    IMPERSONAL,
    SAYING,
    word_set,
)
from tracker.extract.russian.speakers import Speaker, is_org, parse
from tracker.extract.russian.text import Sentence, Word, find_quotes, sentences, words

# Verbs that report speech only with a clause or a quote ("сказал, что", "сообщил:"); the
# others may take what was said as their object ("подчеркнул важность", "опроверг сообщения")
_NEEDS_CLAUSE = word_set(
    "сказать говорить сообщить сообщать рассказать рассказывать добавить добавлять цитировать "
    "процитировать "
    "пояснить пояснять уточнить уточнять ответить отвечать написать писать считать "
    "напомнить напоминать полагать предположить предполагать утверждать убежденный "
    "убеждённый уверенный убедить уверить комментировать прокомментировать реагировать "
    "отреагировать высказаться высказываться процитировать жаловаться пожаловаться "
    "сетовать посетовать резюмировать признаться"
)
# Verbs whose "о ..." object is itself a claim ("заявил о готовности", "предупредил о риске")
_ABOUT_IS_CLAIM = word_set("заявить заявлять предупредить предупреждать объявить")
_THAT = re.compile(r"\s*,?\s*(?:что|чтобы)\s+", re.I)
_DASH = "-\u2013\u2014"
_DASHES = r"\-\u2013\u2014"  # for a regular expression's [...]
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[-\u2013\u2014]+\s|[«»\"“”„]")
_ADVERBIAL = re.compile(
    r"\s*(?:(?:в|во|на|при|по|после|перед|во время|в ходе|в рамках|в интервью|в беседе с|"
    r"в разговоре с|в эфире|в своем|в своём|в своей|в личном|на своей|на странице|на сайте|"
    r"на брифинге|на пресс-конференции|в комментарии для|в комментарии)\s+[^,.:;«»\"“”„]+?"
    r"(?=\s*(?:,|:|$|\s(?:что|чтобы)\b))|журналистам|корреспонденту\s+[^,.:;]+?(?=\s*[,:])|"
    r"также|ранее|уже|вновь|снова|еще раз|ещё раз|официально|публично|прямо|в частности|"
    r"сегодня|вчера|накануне|тогда|затем|позднее|позже)(?![\w-])\s*",
    re.I,
)


@dataclass
class Draft:
    """A statement before its speaker and date are settled."""

    pieces: list[tuple[int, int]]
    speaker: Speaker | None
    cue_start: int
    cue_word: str
    sentence: Sentence
    frame: list[tuple[int, int]] = field(default_factory=list)
    sentence_subject: bool = False
    inherit: bool = False
    document: bool = False
    turn: bool = False

    @property
    def at(self) -> int:
        return self.pieces[0][0] if self.pieces else self.cue_start


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    word: str
    lemma: str
    kind: str  # verb, gerund, words ("по словам"), as ("как отметил"), document, according


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    chars = " \t,;:.\u2014\u2013-"
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars + "\n":
        end -= 1
    return start, end


def count_words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _verb_cue(w: Word) -> Cue | None:
    found = _cue_reading(w.text.lower())
    return Cue(w.start, w.end, w.text, found[0], found[1]) if found else None


@lru_cache(maxsize=65536)
def _cue_reading(low: str) -> tuple[str, str] | None:
    """(lemma, kind) when a word form is a verb of saying (or a document's "говорится")."""
    if len(low) < 4:
        return None
    for p in morph.parses(low):
        lemma = p.normal_form.replace("ё", "е")
        pos = p.tag.POS
        if lemma in IMPERSONAL and pos == "VERB":
            return lemma, "document"
        if lemma not in SAYING:
            continue
        if pos == "VERB" and "impr" not in p.tag.grammemes:
            return lemma, "verb"
        if pos == "GRND":
            return lemma, "gerund"
        if pos in ("ADJS", "PRTS") and lemma in CONVICTION:
            return lemma, "verb"
    return None


class Page:
    """Working state for one article: quotes, sentences, and the spans already claimed."""

    def __init__(self, text: str, body_start: int = 0) -> None:
        self.text = text
        self.quotes = find_quotes(text)
        self._quote_starts = [q.outer[0] for q in self.quotes]
        self.sents = sentences(text, self.quotes, body_start)
        self.claimed: list[tuple[int, int]] = []
        self._words: dict[int, list[Word]] = {}
        self.known = None  # tells a surname the article already named ("Дедов заявил")

    def words(self, s: Sentence) -> list[Word]:
        if s.start not in self._words:
            self._words[s.start] = words(self.text, s.start, s.end)
        return self._words[s.start]

    def in_quote(self, pos: int) -> Quote | None:
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        if i >= 0 and pos < self.quotes[i].outer[1]:
            return self.quotes[i]
        return None

    def is_claimed(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.claimed)

    def cues(self, s: Sentence) -> list[Cue]:
        text = self.text
        out: list[Cue] = []
        ws = self.words(s)
        for n, w in enumerate(ws):
            if self.in_quote(w.start):
                continue
            low = w.text.lower()
            nxt = ws[n + 1].text.lower() if n + 1 < len(ws) else ""
            if low == "по" and nxt in ("словам", "мнению"):
                out.append(Cue(w.start, ws[n + 1].end, text[w.start : ws[n + 1].end], nxt, "words"))
                continue
            after = ws[n + 2].text.lower() if n + 2 < len(ws) else ""
            if low == "по" and nxt in ("его", "ее", "её", "их") and after in ("словам", "мнению"):
                # "По его словам, ...": the owner is the possessive before the noun
                cue = Cue(w.start, ws[n + 2].end, text[w.start : ws[n + 2].end], after, "words")
                out.append(cue)
                continue
            if low == "согласно" and n + 1 < len(ws) and morph.lemma(nxt) in DOCUMENTS:
                out.append(Cue(w.start, w.end, w.text, "согласно", "according"))
                continue
            cue = _verb_cue(w)
            if cue is None:
                continue
            if cue.lemma in EXPRESS and morph.lemma(nxt) not in _EXPRESSED:
                continue
            if n > 0 and ws[n - 1].text.lower() == "как" and cue.kind == "verb":
                cue = Cue(ws[n - 1].start, w.end, text[ws[n - 1].start : w.end], cue.lemma, "as")
            elif (
                n > 1
                and ws[n - 2].text.lower() == "как"
                and cue.kind == "verb"
                and not self._breaks(ws[n - 2].end, w.start)
            ):
                cue = Cue(ws[n - 2].start, w.end, text[ws[n - 2].start : w.end], cue.lemma, "as")
            out.append(cue)
        return out

    def _breaks(self, a: int, b: int) -> bool:
        return bool(_CLAUSE_BREAK.search(self.text, a, b))

    def analyse(self, s: Sentence) -> list[Draft]:
        drafts: list[Draft] = []
        headed = self._headed(s)
        if headed is not None:
            self.claimed.extend(headed.pieces)
            drafts.append(headed)
        cues = self.cues(s)
        for n, cue in enumerate(cues):
            if self.is_claimed(cue.start):
                continue
            draft = self._frame(s, cue, cues[n + 1 :], drafts)
            if draft is None or not draft.pieces:
                if draft is not None:
                    drafts.append(draft)
                continue
            if any(a < cb and ca < b for a, b in draft.pieces for ca, cb in self.claimed):
                continue
            drafts.append(draft)
            self.claimed.extend(draft.pieces)
        return drafts

    # -- one cue -------------------------------------------------------------------------

    def _frame(self, s: Sentence, cue: Cue, later: list[Cue], before: list[Draft]) -> Draft | None:
        if cue.kind == "words":
            return self._by_words(s, cue, later)
        if cue.kind == "as":
            return self._as(s, cue, later)
        if cue.kind in ("document", "according"):
            return self._document(s, cue, later)
        text = self.text
        clause, joined = self._clause_start(s, cue)
        gender = morph.verb_gender(cue.word)
        plural = _plural(cue.word)
        left = [w for w in self.words(s) if clause <= w.start < cue.start]
        if cue.kind == "gerund" or (joined and not left):
            # "..., заявив: «...»" / "... и подчеркнул: «...»": the sentence's subject speaks
            piece = self._content_after(s, cue, later, object_ok=cue.lemma not in _NEEDS_CLAUSE)
            if not piece:
                return None
            shared = next((d.speaker for d in reversed(before) if d.speaker), None)
            return Draft(
                piece,
                shared,
                cue.start,
                cue.word,
                s,
                frame=[(s.start, piece[0][0])],
                sentence_subject=shared is None,
            )
        subject = (
            parse(
                left,
                text,
                "nomn",
                sentence_start=s.start,
                gender=gender,
                plural=plural,
                known=self.known,
            )
            if left
            else None
        )
        if subject is None and plural and left:
            subject = self._institution_at(left)  # "В Кремле заявили, что ..."
        if subject is None:
            # "Ушаков, в свою очередь, рассказал, что ...": the subject before an aside
            aside = _ASIDE.search(text, s.start, cue.start)
            if aside and aside.end() >= cue.start - 1:
                before = [
                    w
                    for w in self.words(s)
                    if w.end <= aside.start() and not self.in_quote(w.start)
                ]
                subject = parse(
                    before,
                    text,
                    "nomn",
                    sentence_start=s.start,
                    gender=gender,
                    plural=plural,
                    known=self.known,
                )
        if subject is not None:
            if subject.kind == "pronoun" and subject.text.lower() in ("я", "мы", "вы"):
                return None
            piece = self._content_after(s, cue, later, object_ok=cue.lemma not in _NEEDS_CLAUSE)
            if not piece:
                return None
            return Draft(piece, subject, cue.start, cue.word, s, frame=[(s.start, piece[0][0])])
        return self._inverted(s, cue, clause, gender, plural, later)

    def _clause_start(self, s: Sentence, cue: Cue) -> tuple[int, bool]:
        """Where the cue's clause starts, and whether it is joined by "и"/"а" to the one
        before ("... и подчеркнул")."""
        text = self.text
        start = s.start
        for m in _CLAUSE_BREAK.finditer(text, s.start, cue.start):
            if self.in_quote(m.start()) and text[m.start()] not in '«»"“”„':
                continue
            start = m.end()
        joined = False
        for w in words(text, start, cue.start):
            if w.text.lower() in ("и", "а", "но") and not self.in_quote(w.start):
                start, joined = w.end, True
        if joined and words(text, start, cue.start):
            tail = [w.text.lower() for w in words(text, start, cue.start)]
            joined = all(t in _LIGHT for t in tail)
        return start, joined

    def _content_after(
        self, s: Sentence, cue: Cue, later: list[Cue], *, object_ok: bool, start: int | None = None
    ) -> list[tuple[int, int]]:
        """What follows a cue: the clause after "что", a colon's quote, or the verb's object."""
        text = self.text
        at = cue.end if start is None else start
        head = _ADVERBIAL.match(text, at, s.end)
        while head and head.end() > at:
            at = head.end()
            head = _ADVERBIAL.match(text, at, s.end)
        rest = text[at : s.end]
        colon = re.match(r"\s*:\s*", rest)
        that = _THAT.match(rest) or _OBJECT_THAT.match(rest)
        if colon:
            begin = at + colon.end()
        elif that:
            begin = at + that.end()
        else:
            if not object_ok:
                return []
            first = re.match(r"\s*(\w+)", rest)
            if not first or first.group(1).lower() in ("в", "на", "к", "с", "и", "а", "по"):
                return []
            if first.group(1).lower() in ("о", "об", "обо") and cue.lemma not in _ABOUT_IS_CLAIM:
                about = re.search(r",\s*(?:что|чтобы)\s+", rest)
                if not about:
                    return []
                begin = at + about.end()
            else:
                begin = at + len(rest) - len(rest.lstrip(" ,"))
        end = self._content_end(s, begin, later)
        a, b = strip_span(text, begin, end)
        if count_words(text[a:b]) < 2:
            return []
        return self._quote_pieces(a, b)

    def _content_end(self, s: Sentence, begin: int, later: list[Cue]) -> int:
        """A later cue that starts its own statement ends this one: "..., — говорится",
        "... и подчеркнул: ...", "..., добавив, что ..."."""
        text = self.text
        for c in later:
            if c.start < begin:
                continue
            lead = text[begin : c.start]
            if re.search(rf",\s*[{_DASHES}]+\s*$", lead) or (
                c.kind == "document" and lead.rstrip().endswith(",")
            ):
                return begin + lead.rstrip().rstrip(_DASH).rstrip().rstrip(",").__len__()
            if c.kind == "gerund" and lead.rstrip().endswith(","):
                return text.rfind(",", begin, c.start)
            own = re.match(r"\s*(?:,\s*)?(?:что|чтобы)\b|\s*:", text[c.end : c.end + 40])
            joint = re.search(r"(?:,\s*)?\s(?:и|а|но)\s+(?:(?:также|затем|тут же)\s+)?$", lead)
            if joint and own and not self.in_quote(c.start):
                return begin + joint.start()
        return s.end

    def _quote_pieces(self, a: int, b: int) -> list[tuple[int, int]]:
        """A clause that is one quotation is the quote's words; else the clause itself."""
        inside = [q for q in self.quotes if a - 1 <= q.outer[0] and q.outer[1] <= b + 1]
        if len(inside) == 1 and inside[0].outer[0] <= a and inside[0].outer[1] >= b:
            return list(inside[0].pieces)
        return [(a, b)]

    def _inverted(
        self,
        s: Sentence,
        cue: Cue,
        clause: int,
        gender: str | None,
        plural: bool,
        later: list[Cue],
    ) -> Draft | None:
        """ "«...», — заявил Рябков." / "Об этом заявил посол ..." / "..., заявил постпред.":
        the speaker after the verb, what was said before it."""
        text = self.text
        end = self._speaker_end(s, cue)
        after = [w for w in self.words(s) if cue.end <= w.start < end]
        if cue.lemma in _QUOTING:
            # "«...», — цитирует ТАСС Лаврова": the one quoted is the object, not the outlet
            speaker = parse(after, text, "accs", sentence_start=-1, known=self.known)
        elif plural and self._institution_at(after):
            speaker = self._institution_at(after)  # "«...», — сообщили в пресс-службе МИД"
        else:
            speaker = parse(
                after,
                text,
                "nomn",
                sentence_start=-1,
                gender=gender,
                plural=plural,
                known=self.known,
            )
        if speaker is None:
            return None
        lead = text[s.start : cue.start]
        frame = [(clause, s.end)]
        tail = text[speaker.end : s.end]
        # "...сказал Рябков: «...»" / "заявил Рябков, что ..."
        if re.match(r"\s*:", tail) or _THAT.match(tail):
            fake = Cue(cue.start, speaker.end, cue.word, cue.lemma, cue.kind)
            piece = self._content_after(s, fake, later, object_ok=False)
            if piece:
                return Draft(piece, speaker, cue.start, cue.word, s, frame=[(s.start, piece[0][0])])
        if re.search(
            r"(?:^|\s)[Оо]б? (?:этом|том)\s+(?:\w+\s+){0,4}$", text[clause : cue.start] + " "
        ):
            pieces = self._sentence_before(s)
            return Draft(pieces, speaker, cue.start, cue.word, s, frame=[(clause, s.end)])
        stripped = lead.rstrip()
        if not stripped:  # «...» ended the sentence before: "«...» Сказал он ..." is rare
            pieces = self._previous_quote(s)
            return Draft(pieces, speaker, cue.start, cue.word, s, frame=frame) if pieces else None
        if not re.search(rf"[,{_DASHES}]\s*$", stripped):
            return None
        cut = len(stripped.rstrip(_DASH).rstrip().rstrip(","))
        a, b = strip_span(text, s.start, s.start + cut)
        if count_words(text[a:b]) < 2:
            return None
        pieces = self._before(a, b)
        pieces += self._continuation(s, speaker.end)
        return Draft(pieces, speaker, cue.start, cue.word, s, frame=[(b, s.end)])

    def _institution_at(self, ws: list[Word]) -> Speaker | None:
        """ "в Кремле", "в пресс-службе МИД", "в посольстве России": an institution named as
        the place where a plural verb's unnamed speakers work, speaking for it."""
        for n, w in enumerate(ws[:-1]):
            if w.text.lower() in ("в", "во") and is_org(ws[n + 1].text):
                found = parse(ws[n + 1 :], self.text, "loct", sentence_start=-1)
                if found is not None and found.kind == "institution":
                    return found
        return None

    def _headed(self, s: Sentence) -> Draft | None:
        """ "Захарова: «...»": a speaker, a colon and a quotation, with no verb."""
        text = self.text
        m = _HEADED.match(text, s.start, s.end)
        if not m or self.in_quote(m.start(1)):
            return None
        ws = [w for w in self.words(s) if w.end <= m.end(1)]
        speaker = parse(ws, text, "nomn", sentence_start=s.start, known=self.known)
        if speaker is None or speaker.start != ws[0].start or speaker.end != ws[-1].end:
            return None
        q = self.in_quote(m.end())
        if q is None or self.is_claimed(q.start):
            return None
        return Draft(list(q.pieces), speaker, m.start(1), "", s, frame=[(s.start, m.end())])

    def _speaker_end(self, s: Sentence, cue: Cue) -> int:
        """Where the phrase after a cue ends: at punctuation, or at a quotation (a title in
        quote marks, "в интервью «Интерфаксу»", is passed over)."""
        end = s.end
        m = re.compile(r"[,;:.!?()]").search(self.text, cue.end, s.end)
        if m:
            end = m.start()
        for q in self.quotes:
            if cue.end <= q.outer[0] < end and count_words(self.text[q.start : q.end]) > 3:
                return q.outer[0]
        return end

    def _before(self, a: int, b: int) -> list[tuple[int, int]]:
        carried = self.in_quote(a)
        if carried and carried.outer[1] >= b and carried.outer[0] < a - 1:
            return list(carried.pieces)  # the end of a quote carried over paragraphs
        return self._quote_pieces(a, b)

    def _sentence_before(self, s: Sentence) -> list[tuple[int, int]]:
        """ "Россия ... программы. Об этом заявил посол": the sentence before is what was said."""
        prev = [t for t in self.sents if t.end <= s.start and s.para - t.para <= 1]
        if not prev:
            return []
        t = prev[-1]
        if self.is_claimed(t.start):
            return []
        a, b = strip_span(self.text, t.start, t.end)
        return self._quote_pieces(a, b) if count_words(self.text[a:b]) >= 3 else []

    def _previous_quote(self, s: Sentence) -> list[tuple[int, int]]:
        prev = [t for t in self.sents if t.para == s.para and t.end <= s.start]
        if not prev:
            return []
        q = self.in_quote(prev[-1].start) or self.in_quote(prev[-1].start + 1)
        if q and not self.is_claimed(q.start) and q.outer[1] >= prev[-1].end - 2:
            return list(q.pieces)
        return []

    def _continuation(self, s: Sentence, after: int) -> list[tuple[int, int]]:
        """ "«...», — сказал он, — «...»": the second half of a quote broken by attribution."""
        out = []
        for q in self.quotes:
            if after <= q.outer[0] < s.end and not self.is_claimed(q.start):
                between = self.text[after : q.outer[0]]
                if count_words(between) == 0 and re.search(rf"[,{_DASHES}]", between):
                    out.extend(q.pieces)
                    after = q.outer[1]
        return out

    def _by_words(self, s: Sentence, cue: Cue, later: list[Cue]) -> Draft | None:
        """ "По словам X, ..." / "По его словам, ..." / "По мнению X, ..."."""
        text = self.text
        comma = text.find(",", cue.end, s.end)
        if comma < 0:
            return None
        inner = [w for w in self.words(s) if cue.start <= w.start < cue.end]
        owner = [w for w in self.words(s) if cue.end <= w.start < comma]
        speaker = parse(owner, text, "gent", sentence_start=-1, known=self.known)
        if speaker is None and len(inner) == 3:  # "по его словам"
            speaker = parse(inner[1:2], text, "gent", known=self.known)
        if speaker is None:
            return None
        begin = comma + 1
        end = self._content_end(s, begin, later)
        a, b = strip_span(text, begin, end)
        if count_words(text[a:b]) < 2:
            return None
        return Draft(
            self._quote_pieces(a, b), speaker, cue.start, cue.word, s, frame=[(s.start, a)]
        )

    def _as(self, s: Sentence, cue: Cue, later: list[Cue]) -> Draft | None:
        """ "Как отметил X, ..." (what was said after the comma) or "..., как заявил X."."""
        text = self.text
        end = self._speaker_end(s, cue)
        after = [w for w in self.words(s) if cue.end <= w.start < end]
        speaker = parse(
            after,
            text,
            "nomn",
            sentence_start=-1,
            gender=morph.verb_gender(cue.word),
            known=self.known,
        )
        if speaker is None:
            return None
        lead = text[s.start : cue.start].strip()
        if not lead or lead.endswith((":", ";")):
            comma = text.find(",", speaker.end, s.end)
            if comma < 0:
                return None
            a, b = strip_span(text, comma + 1, self._content_end(s, comma + 1, later))
            if count_words(text[a:b]) < 3:
                return None
            return Draft(
                self._quote_pieces(a, b), speaker, cue.start, cue.word, s, frame=[(s.start, a)]
            )
        if lead.endswith(","):
            a, b = strip_span(text, s.start, s.start + len(text[s.start : cue.start].rstrip()) - 1)
            if count_words(text[a:b]) < 3:
                return None
            return Draft(self._before(a, b), speaker, cue.start, cue.word, s, frame=[(b, s.end)])
        return None

    def _document(self, s: Sentence, cue: Cue, later: list[Cue]) -> Draft | None:
        """ "«...», — говорится в заявлении МИД." / "Согласно сообщению, ..." /
        "В заявлении посольства говорится, что ...": a document speaks for its owner."""
        text = self.text
        ws = self.words(s)
        # the document noun and its owner: after the cue, or before it ("В заявлении МИД ...")
        after = [w for w in ws if cue.end <= w.start < self._speaker_end(s, cue)]
        doc_at = next((n for n, w in enumerate(after) if morph.lemma(w.text) in DOCUMENTS), None)
        region = after
        if doc_at is None:
            clause, _ = self._clause_start(s, cue)
            region = [w for w in ws if clause <= w.start < cue.start]
            doc_at = next(
                (n for n, w in enumerate(region) if morph.lemma(w.text) in DOCUMENTS), None
            )
            if doc_at is None:
                return None
        owner_words = region[doc_at + 1 :]
        before_doc = region[doc_at - 1 : doc_at] if doc_at > 0 else []
        speaker = (
            parse(owner_words, text, "gent", sentence_start=-1, known=self.known)
            if owner_words
            else None
        )
        if speaker is None and before_doc:
            speaker = parse(before_doc, text, "gent", known=self.known)
        if (
            speaker is not None
            and speaker.kind == "person"
            and speaker.start > region[doc_at].end + 1
        ):
            speaker = None  # "на сайте ... Ивана Петрова": not the document's owner
        document_start = region[doc_at].start
        lead_words = text[s.start : cue.start].strip().lower()
        if re.fullmatch(r"об? (?:этом|том)", lead_words):
            pieces = self._sentence_before(s)  # "Об этом говорится в заявлении МИД."
            if not pieces:
                return None
            frame = [(s.start, s.end)]
            return Draft(pieces, speaker, cue.start, cue.word, s, frame=frame, document=not speaker)
        if lead_words == "как":
            cue = Cue(cue.start, cue.end, cue.word, cue.lemma, "according")
        if cue.kind == "according":
            comma = text.find(",", region[doc_at].end, s.end)
            if comma < 0:
                return None
            a, b = strip_span(text, comma + 1, self._content_end(s, comma + 1, later))
            frame = [(s.start, a)]
        else:
            tail = (
                text[cue.end : s.end]
                if region is not after
                else text[self._speaker_end(s, cue) : s.end]
            )
            that = _THAT.match(tail) or re.match(r"\s*:\s*", tail)
            lead = text[s.start : min(cue.start, document_start)].rstrip()
            if region is not after and that:
                begin = (cue.end if region is not after else self._speaker_end(s, cue)) + that.end()
                a, b = strip_span(text, begin, self._content_end(s, begin, later))
                frame = [(s.start, a)]
            elif re.search(rf"[,{_DASHES}]\s*$", lead):
                cut = len(lead.rstrip(_DASH).rstrip().rstrip(","))
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
        if count_words(text[a:b]) < 2:
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


# "выразил уверенность, что ...", "обратил внимание на то, что ...": a short object, then "что"
_OBJECT_THAT = re.compile(r"\s*(?:[а-яё]+\s*){1,4}?,\s*(?:что|чтобы)\s+", re.I)
# An aside between a subject and its verb: "Ушаков, в свою очередь, рассказал"
_ASIDE = re.compile(
    r",\s*(?:в свою очередь|в частности|кроме того|при этом|в том числе|со своей стороны|"
    r"тем не менее|впрочем|однако|в ответ|как и прежде|как и ранее|также)\s*,\s*$",
    re.I,
)
# "цитирует ТАСС Лаврова": the verb's object is the one quoted
_QUOTING = frozenset(["цитировать", "процитировать"])
# "Захарова: «...»" at the start of a sentence
_HEADED = re.compile(r"\s*([^:«»\"“”„\n.!?]{2,90}?)\s*:\s*(?=[«„\"“])")
_EXPRESSED = word_set(
    "уверенность надежда мнение озабоченность обеспокоенность сожаление несогласие "
    "недоумение удовлетворение возмущение протест сомнение готовность"
)
# Words that may stand between "и" and a second verb sharing the subject ("и также отметил")
_LIGHT = word_set("также затем тут же потом кроме того еще ещё вновь снова")


def _plural(word: str) -> bool:
    return any(p.tag.number == "plur" and p.tag.POS == "VERB" for p in morph.parses(word)[:1])
