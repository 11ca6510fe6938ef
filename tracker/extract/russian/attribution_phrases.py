"""Attribution phrases that put the speaker first and what was said after the comma.

"По словам X, ..." and "Как отметил X, ..." (or the phrase set in the middle: "Переговоры,
как заявил Лавров, зашли в тупик"), and a report citing its source: "Как сообщает ТАСС со
ссылкой на пресс-службу МИД, ...".
"""

from __future__ import annotations

import re

from tracker.extract.draft import strip_span, words_in
from tracker.extract.russian import morph
from tracker.extract.russian.clause_boundaries import (
    CLAUSE_THEN_ASIDE,
    DASHES,
    aside_by_another,
)
from tracker.extract.russian.cue_words import Cue, plural_verb
from tracker.extract.russian.name_words import is_role
from tracker.extract.russian.page import CLAUSE_BREAK, Draft
from tracker.extract.russian.page import POINTING_BACK as _POINTING_BACK
from tracker.extract.russian.speakers import Speaker, fields_go_on, parse
from tracker.extract.russian.subjects import RELATIVE_OWNER, SubjectReading
from tracker.extract.russian.text import Sentence, Word, words

# Words that join a sentence to the one before and say nothing themselves: "При этом, по
# словам Лаврова, ...", "Кроме того, как отметил посол, ..."
_CONNECTIVES = re.compile(
    r"(?:при этом|вместе с тем|кроме того|помимо этого|однако|также|в то же время|"
    r"тем не менее|в частности|впрочем|между тем|в свою очередь|а|но|и|поэтому|таким образом|"
    r"в связи с этим|напомним|отметим|по сути|в целом|в итоге|так|теперь|сейчас|сегодня|"
    r"тогда|позже|позднее|впоследствии|затем|потом|ранее|накануне|вчера)"
    r"\s*,?",
    re.I,
)


# a day alone before "по словам" ("Вчера, по его словам, ..."): the day of what was said
_CONTENT_TIME = re.compile(r"\s*(?:сегодня|вчера|позавчера|накануне)\s*,", re.I)


# A colon or a dash, then words up to the comma before "по его словам": what was said
# begins there
_OPENED_WORDS = re.compile(r"(?::|\s[-\u2013\u2014]\s)\s*(\w[^,:;\u2013\u2014]*?),\s*$")


# A fragment quoted whole within a clause ("Ждать «прорывов», по его словам, не стоит"):
# its marks open and close no clause
_QUOTED = re.compile(r"«[^«»\n]*»|\"[^\"\n]*\"|“[^“”\n]*”|„[^„“\n]*“")


def _about_the_speaker(word: str, case: str) -> bool:
    """ "который" (any form), an active participle in the speaker's case and singular
    ("выступившего"; not "введенных санкций недостаточно", words said), or, after a
    speaker in the nominative, a gerund ("выступая", "отвечая на вопрос"): a clause about
    the one whose words these are."""
    top = morph.parses(word)[:1]
    if morph.lemma(word) == "который" or not top:
        return bool(top)
    tag = top[0].tag
    if tag.POS == "PRTF":
        return {"actv", case, "sing"} <= tag.grammemes
    return case == "nomn" and tag.POS == "GRND"


def connective(lead: str) -> bool:
    """Whether the words before an aside only join the sentence to the one before ("При
    этом,", "Тогда,"): no part of what was said."""
    return _CONNECTIVES.fullmatch(lead.strip()) is not None


# "Если цены упадут, то, по его словам, ...": a condition and its "то", both said
_CONDITION_THEN = re.compile(r"(?:[Ее]сли|[Кк]огда)\s[^;:()«»\"\u2013\u2014]+,\s*то", re.S)


def _lead_said(lead: str) -> bool:
    """Whether the words before a parenthetical "по его словам," (``lead``, its comma kept)
    are part of what was said: a subject alone ("Ответные меры, по его словам, ..."), a
    subject with its participle phrase set off ("Поправки, касающиеся акцизов, по его
    словам, ..."), or a condition with its "то"."""
    body = _QUOTED.sub("", lead[:-1])
    if not CLAUSE_BREAK.search(body) or _CONDITION_THEN.fullmatch(body.strip()):
        return True
    subject, _, phrase = body.partition(",")
    ws = words(phrase)
    return (
        not CLAUSE_BREAK.search(phrase)
        and bool(ws)
        and morph.participle(ws[0].text)
        and not any(morph.finite_verb(w.text) for w in words(subject) + ws)
    )


def _adverbs_only(text: str, a: int, b: int) -> bool:
    """Whether only adverbs or particles stand between ``a`` and ``b`` ("глубоко", "также",
    "вновь"): the verb after them still follows the aside directly; no mark stands between."""
    if re.search(r"[^\w\s]", text[a:b]):
        return False
    return all(
        any(p.tag.POS in ("ADVB", "PRCL") for p in morph.parses(w.text)[:1])
        for w in words(text, a, b)
    )


class AttributionPhraseReading(SubjectReading):
    """Reads "по словам", "как отметил" and "со ссылкой на"."""

    def _by_words(self, s: Sentence, cue: Cue, later: list[Cue]) -> Draft | None:
        """ "По словам X, ..." / "По его словам, ..." / "По мнению X, ..."."""
        text = self.text
        whose = next((w for w in self.words(s) if w.start >= cue.end), None)
        if whose is not None and whose.text in RELATIVE_OWNER:
            return self._by_whose_words(s, cue, later, whose)
        comma = text.find(",", cue.end, s.end)
        while comma >= 0 and fields_go_on(text, comma):
            comma = text.find(",", comma + 1, s.end)
        inner = [w for w in self.words(s) if cue.start <= w.start < cue.end]
        if comma < 0:
            return self._by_words_unmarked(s, cue, later)
        owner = [w for w in self.words(s) if cue.end <= w.start < comma]
        speaker = parse(owner, text, "gent", sentence_start=-1, known=self.known)
        if speaker is None and len(inner) == 3:  # "по его словам"
            speaker = parse(inner[1:2], text, "gent", known=self.known)
        if speaker is None:
            return None
        if speaker.kind == "description":
            apposed = self._apposed_holder(s, comma)
            if apposed is not None:
                # "По словам шерпы России в БРИКС, замминистра Сергея Рябкова, ...": the one
                # named in the post set beside the first
                speaker, comma = apposed
        begin = self._past_owner_clause(s, comma + 1, "gent")
        if begin is None:
            return None
        end = self._content_end(s, begin, later)
        a, b = strip_span(text, begin, end)
        lead = text[s.start : cue.start].rstrip()
        subject = self._clause_subject(s, cue, speaker) if speaker.kind == "pronoun" else None
        if subject is not None:
            # "Ушаков также прокомментировал утечки — по его словам, ...": "его" is the
            # subject of the clause before, not the last one quoted
            if words_in(text[a:b]) < 2:
                return None
            # "Лавров дал короткую оценку: переговоры, по его словам, прошли ...": the words
            # after the colon or dash are said, the ones before the parenthesis too
            opened = _OPENED_WORDS.search(text, subject.end, cue.start)
            if opened is not None:
                a = opened.start(1)
            return Draft(self._quote_pieces(a, b), subject, cue.start, cue.word, s,
                         frame=[(s.start, a)])  # fmt: skip
        if (
            lead.endswith(",")
            and (not connective(lead) or _CONTENT_TIME.fullmatch(lead))
            and _lead_said(lead)
        ):
            # "Венгерское правительство, по его мнению, «играет на руку Кремлю»": the words
            # around the parenthesis are what was said, quoted as they stand, aside and all;
            # so is a day alone before it ("Вчера, по его словам, этой теме был посвящен
            # разговор"): "по словам" is no deed a day could date, the clause's own is
            la, lb = strip_span(text, s.start, s.start + len(lead) - 1)
            if words_in(text[la:lb]) >= 1 and words_in(text[a:b]) >= 1:
                return Draft([(la, b)], speaker, cue.start, cue.word, s, frame=[(lb, a)])
        if words_in(text[a:b]) < 2 or self._relayed(speaker, s, a, b, later):
            return None
        return Draft(
            self._quote_pieces(a, b), speaker, cue.start, cue.word, s, frame=[(s.start, a)]
        )

    def _by_words_unmarked(self, s: Sentence, cue: Cue, later: list[Cue]) -> Draft | None:
        """ "По мнению постпреда это сделать невозможно ...": the comma closing the owner's
        phrase left out (a slip of smaller outlets' copy); the owner, a name or a post in
        the genitive, ends where the genitive phrase does, and the clause said starts
        there. Only a named person or a post owns it ("по мнению экспертов" names no one),
        and at least three words must follow."""
        text = self.text
        owner = [w for w in self.words(s) if w.start >= cue.end]
        speaker = parse(owner, text, "gent", sentence_start=-1, known=self.known)
        if speaker is None or speaker.kind not in ("person", "description"):
            return None
        if speaker.start != owner[0].start or self.in_quote(speaker.start):
            return None
        after = [w for w in owner if w.start >= speaker.end]
        if len(after) < 3 or re.match(r"\s*[^\w\s]", text[speaker.end : after[0].start]):
            return None
        a, b = strip_span(text, after[0].start, self._content_end(s, after[0].start, later))
        if words_in(text[a:b]) < 3 or self._relayed(speaker, s, a, b, later):
            return None
        return Draft(
            self._quote_pieces(a, b), speaker, cue.start, cue.word, s, frame=[(s.start, a)]
        )

    def _apposed_holder(self, s: Sentence, comma: int) -> tuple[Speaker, int] | None:
        """The person named, in the genitive, in a second post set off by commas after a
        post with no name ("шерпы России в БРИКС, замминистра иностранных дел Сергея
        Рябкова,"), and the comma closing it; None when the words there are no such post."""
        text = self.text
        close = text.find(",", comma + 1, s.end)
        if close < 0:
            return None
        apposed = [w for w in self.words(s) if comma < w.start < close]
        if not apposed or not is_role(apposed[0].text) or self.in_quote(apposed[0].start):
            return None
        found = parse(apposed, text, "gent", sentence_start=-1, known=self.known)
        if found is None or found.kind != "person" or found.end != apposed[-1].end:
            return None
        return found, close

    def _by_whose_words(self, s: Sentence, cue: Cue, later: list[Cue], whose: Word) -> Draft | None:
        """ "..., Андрей Ермак, по словам которого «все участники ...»": the relative clause
        after the pronoun is said by the one named before the comma, up to where the
        sentence's own verb comes back ("Сикорский, по словам которого ..., прибыл в Киев")."""
        gender, plural = RELATIVE_OWNER[whose.text]
        speaker = self.named_before(s, cue.start, gender, plural)
        if speaker is None:
            return None
        a, b = strip_span(self.text, whose.end, self._content_end(s, whose.end, later))
        b = self._predicate_back(a, b)
        piece = self.relative_clause_only(self._quote_pieces(a, b))
        if not piece or words_in(self.text[piece[0][0] : piece[-1][1]]) < 2:
            return None
        return Draft(piece, speaker, cue.start, cue.word, s, frame=[(cue.start, piece[0][0])])

    def _predicate_back(self, start: int, end: int) -> int:
        """Where the sentence's own predicate comes back after a relative clause from
        ``start``, told with when or where first: "Гросси, по словам которого ..., на прошлой
        неделе посетил Тегеран" (a stretch after a comma that opens with a preposition or an
        adverb and holds a finite verb); ``end`` when none does."""
        text = self.text
        for comma in re.finditer(",", text[start:end]):
            at = start + comma.start()
            if self.in_quote(at):
                continue
            stop = text.find(",", at + 1, end)
            stretch = words(text, at + 1, end if stop < 0 else stop)
            first = morph.parses(stretch[0].text)[:1] if stretch else []
            if (
                first
                and first[0].tag.POS in ("PREP", "ADVB")
                and any(w.text.islower() and morph.finite_verb(w.text) for w in stretch[1:])
            ):
                return at
        return end

    def _past_owner_clause(self, s: Sentence, at: int, case: str) -> int | None:
        """Where what was said begins after the comma at ``at`` - 1: past a relative,
        participle or gerund clause about the speaker named in ``case`` ("По словам
        Сийярто, который выступил в четверг в Брюсселе, ...", "По словам посла,
        выступившего на форуме, ...", "Как заявил Сийярто, выступая в Брюсселе, ..."),
        which ends at the next comma; None when none closes it."""
        first = re.match(r"\s*([^\W\d_]+)", self.text[at : s.end])
        if first is None or not _about_the_speaker(first.group(1), case):
            return at
        for m in re.finditer(",", self.text[at : s.end]):
            if not self.in_quote(at + m.start()):
                return at + m.end()
        return None

    def _clause_subject(self, s: Sentence, cue: Cue, pronoun: Speaker) -> Speaker | None:
        """The one named at the start of the sentence, with a verb of its own before a
        comma or dash and ``cue`` ("Ушаков комментировал утечки, по его словам, ..."),
        agreeing with the possessive; else None."""
        text = self.text
        if not re.search(rf"[,{DASHES}]\s*$", text[s.start : cue.start]):
            return None
        lead = [w for w in self.words(s) if w.end <= cue.start and self.in_quote(w.start) is None]
        if not lead:
            return None
        found = parse(lead, text, "nomn", sentence_start=s.start, gender=pronoun.gender,
                      known=self.known)  # fmt: skip
        if (
            found is None
            or found.kind not in ("person", "description")
            or found.start != lead[0].start
        ):
            return None
        if not any(morph.finite_verb(w.text) for w in lead if w.start >= found.end):
            return None  # "Зеленский, по его словам, ...": a topic, not the one who speaks
        return found

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
        if speaker is None and any(map(plural_verb, cue.word.split()[1:])):
            # "Как подчеркнули в ведомстве, ...", "Как поспешили заверить в Пентагоне, ..."
            speaker = self._institution_at(after)
        if speaker is None:
            # "..., как он отметил, ...": the subject stands between "как" and the verb
            inner = [w for w in self.words(s) if cue.start <= w.start < cue.end][1:-1]
            speaker = parse(
                inner, text, "nomn", sentence_start=-1, gender=morph.verb_gender(cue.word),
                known=self.known,
            ) if inner else None  # fmt: skip
        if speaker is None:
            return None
        lead = text[s.start : cue.start].strip()
        if not lead or lead.endswith((":", ";")) or connective(lead):
            comma = text.find(",", speaker.end, s.end)
            begin = self._past_owner_clause(s, comma + 1, "nomn") if comma >= 0 else None
            if begin is None:
                return None
            a, b = strip_span(text, begin, self._content_end(s, begin, later))
            if words_in(text[a:b]) < 3:
                return None
            if self._relayed(speaker, s, a, b, later):
                return None
            return Draft(
                self._quote_pieces(a, b), speaker, cue.start, cue.word, s, frame=[(s.start, a)]
            )
        comma = text.find(",", speaker.end, s.end)
        if (
            lead.endswith(",")
            and comma >= 0
            and later
            and _adverbs_only(text, comma + 1, later[0].start)
            and self._person_before(s, cue)
        ):
            # "Жапаров, как сообщила его пресс-служба, назвал ...", "Гутерриш, как сообщил его
            # представитель, глубоко сожалеет ...": the aside names who passed a person's words
            # on; that person said them, by the verb right after it (but
            # "Москва, как заявил Лавров, считает ...": a country speaks through the one named)
            return None
        rest = strip_span(text, comma + 1, self._content_end(s, comma + 1, later))
        if lead.endswith(",") and comma >= 0 and words_in(text[rest[0] : rest[1]]) >= 1:
            # "Переговоры, как заявил Лавров, зашли в тупик": the words around the aside,
            # quoted as they stand with it
            la, lb = strip_span(text, s.start, s.start + len(text[s.start : cue.start].rstrip()))
            # "При этом в Вене, как он отметил, ...": the connective joins the sentence to the
            # one before and is no part of the words said
            opener = _CONNECTIVES.match(text, la, lb)
            if opener and opener.group()[-1] in " \t," and opener.end() < lb:
                la = strip_span(text, opener.end(), lb)[0]
            joined = CLAUSE_THEN_ASIDE.search(text, la, cue.start)
            if joined is not None and aside_by_another(text, cue, text[s.start : joined.start()]):
                # "X заявил, что ..., однако ответа Москва, как подчеркивали в МИД, не
                # получила": the aside's words are its own clause, after "однако"
                la = joined.start("clause")
            return Draft([(la, rest[1])], speaker, cue.start, cue.word, s, frame=[(lb, rest[0])])
        if lead.endswith(","):
            a, b = strip_span(text, s.start, s.start + len(text[s.start : cue.start].rstrip()) - 1)
            if words_in(text[a:b]) < 3:
                return None
            return Draft(self._before(a, b), speaker, cue.start, cue.word, s, frame=[(b, s.end)])
        return None

    def _person_before(self, s: Sentence, cue: Cue) -> bool:
        """Whether the words from the sentence's start to the comma before ``cue`` name a
        person ("Президент Киргизии Садыр Жапаров, как ...")."""
        lead = [w for w in self.words(s) if w.end <= cue.start and not self.in_quote(w.start)]
        found = parse(lead, self.text, "nomn", sentence_start=s.start, known=self.known)
        return found is not None and found.kind == "person" and found.end == lead[-1].end

    def _citing(self, s: Sentence, cue: Cue, later: list[Cue]) -> Draft | None:
        """ "Как сообщает ТАСС со ссылкой на пресс-службу МИД, ..." / "..., — сообщает РИА
        Новости со ссылкой на Захарову": the one cited speaks (an unnamed source does not)."""
        text = self.text
        end = self._speaker_end(s, cue)
        cited = [w for w in self.words(s) if cue.end <= w.start < end]
        speaker = parse(cited, text, "accs", sentence_start=-1, known=self.known)
        if speaker is None or speaker.kind not in ("person", "institution"):
            return None
        lead = text[s.start : cue.start].strip()
        if _POINTING_BACK.match(lead):
            # "Об этом сообщает РИА Новости со ссылкой на замглавы МИД": what was said is the
            # sentence before
            pieces = self._sentence_before(s)
            if not pieces:
                return None
            return Draft(pieces, speaker, cue.start, cue.word, s, frame=[(s.start, s.end)])
        if re.match(r"(?i)как\b", lead) or not lead:
            comma = text.find(",", speaker.end, s.end)
            if comma < 0:
                return None
            a, b = strip_span(text, comma + 1, self._content_end(s, comma + 1, later))
            if self._relayed(speaker, s, a, b, later):
                return None
            frame = [(s.start, a)]
        else:
            stop = re.search(rf",?\s*[{DASHES}]*\s*\w+(?:\s+\w+){{0,3}}\s*$", lead)
            if stop is None:
                return None
            a, b = strip_span(text, s.start, s.start + stop.start())
            frame = [(b, s.end)]
        if words_in(text[a:b]) < 3:
            return None
        return Draft(self._before(a, b), speaker, cue.start, cue.word, s, frame=frame)
