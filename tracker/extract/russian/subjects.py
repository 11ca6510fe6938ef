"""Where the speaker stands when it is not right before its verb: a subject set off from its
verb by asides ("Ушаков, в свою очередь, рассказал"), an institution named as the place its
unnamed speakers work ("В Кремле заявили"), a speaker heading a quotation ("Захарова: «...»").
"""

from __future__ import annotations

import dataclasses
import re

from tracker.extract.russian import morph
from tracker.extract.russian.clause_boundaries import ClauseBoundaries
from tracker.extract.russian.cue_words import Cue, verb_cue
from tracker.extract.russian.lexicon import AS_BEFORE, word_set
from tracker.extract.russian.name_words import is_org, is_role, two_word_body
from tracker.extract.russian.page import Draft
from tracker.extract.russian.quoted_bodies import quoted_body
from tracker.extract.russian.speakers import Speaker, parse
from tracker.extract.russian.text import Sentence, Word, words

# An aside between a subject and its verb: "Ушаков, в свою очередь, рассказал"
_ASIDE = re.compile(
    r",\s*(?:в свою очередь|в частности|кроме того|при этом|в том числе|со своей стороны|"
    rf"тем не менее|впрочем|однако|в ответ|{AS_BEFORE}|также)\s*,\s*$",
    re.I,
)
# Where a phrase set off between a subject and its verb begins or ends
_SEGMENT = re.compile(r",|\s[\-\u2013\u2014]+\s|[()]")
_RELATIVE = word_set("который какой чей где куда откуда когда")
_FIRST_POST_WORDS = 6  # the longest post read before a second one and the name


def _spokesperson(speaker: Speaker) -> bool:
    """Whether the person holds a post for passing on another's words ("пресс-секретарь
    президента", "официальный представитель МИД", "помощник президента")."""
    return speaker.kind == "person" and bool(speaker.role and _SPOKESPERSON.search(speaker.role))


_SPOKESPERSON = re.compile(
    # an envoy ("постоянный представитель", "спецпредставитель") speaks for himself
    r"пресс-секретар|пресс-атташе|(?<!постоянный )(?<![сС]пец)представител|спикер|помощник",
    re.I,
)


def _with_title(subject: Speaker | None, title: Speaker | None) -> Speaker | None:
    """ "Мария Захарова, официальный представитель МИД России, заявила": the post in
    apposition is the named person's, when no other is given before the name."""
    if subject is None or title is None or subject.kind != "person" or subject.role:
        return subject
    return dataclasses.replace(subject, role=title.role, institution=title.institution)


def _titled(ws: list[Word]) -> bool:
    """Whether ``ws`` open with a post, after the adjectives agreeing with it ("глава МИД",
    "верховный представитель ЕС", "первый заместитель постпреда")."""
    k = 0
    while k < min(len(ws) - 1, 3) and morph.has_tag(ws[k].text, "ADJF") and ws[k].text.islower():
        k += 1
    return bool(ws) and is_role(ws[k].text)


def _embedded(ws: list[Word], text: str) -> bool:
    """Words set off by commas that leave the clause's subject and verb apart: an aside, a
    relative clause, a participle or gerund phrase."""
    if not ws:
        return True
    phrase = text[ws[0].start : ws[-1].end]
    if _ASIDE.match(", " + phrase + ",") or phrase.lower().startswith(("как и ", "как и")):
        return True
    first = ws[0].text
    if first.lower() == "как" and any(verb_cue(w) for w in ws[1:4]):
        return True  # "Жапаров, как сообщила его пресс-служба, назвал": who passed it on
    if first.lower() in ("и", "а") and len(ws) > 1:
        first = ws[1].text
    if morph.lemma(first) in _RELATIVE and first.islower():
        return True
    if len(ws) > 1 and first.islower() and morph.lemma(ws[1].text) == "который":
        return True  # "Санду, слова которой привел ее пресс-секретарь, считает": whose words
    if any(w.text.lower() == "ли" for w in ws[1:3]):
        return True  # "на вопрос о том, готов ли Кремль к встрече, ответил": the question's
    top = morph.parses(first)[:2]
    if first.islower() and top and top[0].tag.POS == "PREP":
        return True  # "Блинкен, в отличие от Лаврова, полагает": a prepositional aside
    if first[:1].isupper() and top and {"Surn", "Name"} & top[0].tag.grammemes:
        return False  # "Мирзиёев, со своей стороны,": a surname first, a guessed gerund after
    return any(p.tag.POS in ("GRND", "PRTF") for p in top)


# "который заявил", "которая сообщила", "которые считают": the subject of a relative
# clause, with the gender and number of the phrase it stands for
_RELATIVE_SUBJECT = {
    "который": ("m", False),
    "которая": ("f", False),
    "которое": (None, False),
    "которые": (None, True),
}
# "по словам которого", "по мнению которой": whose words, the one before the comma
RELATIVE_OWNER = {
    "которого": ("m", False),
    "которой": ("f", False),
    "которых": (None, True),
}
_ANTECEDENT_CASES = ("gent", "datv", "accs", "ablt", "loct", "nomn")
_ANTECEDENT_WORDS = 10
# Words before a verb that leave it the next word: "не просто оскорбляет", "лишь усиливает"
_PARTICLES = word_set("не ни же лишь просто также еще ещё уже только")


# "Захарова: «...»" at the start of a sentence
# (the blanks before the name and before the colon are read once, never given back: a line
# of blanks would be tried again from each of them)
_HEADED = re.compile(r"\s*+([^:«»\"“”„\n.!?]{2,90}?)\s*+:\s*(?=[«„\"“])")
_HEADED_LINE = re.compile(r"\s*+([^:«»\"“”„\n.!?]{2,90}?)\s*+:\s*")


class SubjectReading(ClauseBoundaries):
    """Finds speakers set apart from their verbs."""

    def _subject_before_asides(
        self, s: Sentence, clause: int, gender: str | None, plural: bool
    ) -> Speaker | None:
        """The subject before phrases set off by commas or dashes between it and its verb:
        an aside ("в свою очередь"), a relative clause ("который в понедельник ..."), a
        participle or gerund phrase ("выступая на заседании, посвященном ..."), an
        apposition ("глава МИД Турции")."""
        text = self.text
        bounds = [
            m
            for m in _SEGMENT.finditer(text, s.start, clause)
            if not self.in_quote(m.start()) and m.end() <= clause
        ]
        title = None  # the post set off by commas after the name, which it gives
        for n in range(len(bounds) - 1, max(-1, len(bounds) - 8), -1):
            segment_end = bounds[n].start()
            segment_start = bounds[n - 1].end() if n > 0 else s.start
            if n == len(bounds) - 1 and words(text, bounds[n].end(), clause):
                return None  # words of the verb's own clause stand between
            seg = [
                w
                for w in self.words(s)
                if segment_start <= w.start < segment_end and not self.in_quote(w.start)
            ]
            if _embedded(seg, text):
                subject = self._after_participle(seg, s, gender, plural)
                if subject is not None:
                    return subject
                continue
            subject = parse(
                seg,
                text,
                "nomn",
                sentence_start=s.start,
                gender=gender,
                plural=plural,
                known=self.known,
            )
            if subject is None and plural:
                subject = self._institution_at(seg)  # "В МИД, в свою очередь, заявили"
            if n > 0 and subject is None:
                continue  # "отвечая на вопрос о том, будет ли ...,": the phrase goes on
            if n > 0 and subject.kind == "description" and _titled(seg):
                title = title or subject
                continue  # "Лавров, глава МИД, заявил": a title in apposition
            if n > 0 and subject.kind == "description":
                # "Мария Захарова (официальный представитель МИД) заявила": the name before
                prev_start = bounds[n - 2].end() if n > 1 else s.start
                prev = [w for w in self.words(s) if prev_start <= w.start < bounds[n - 1].start()]
                named = parse(prev, text, "nomn", sentence_start=s.start, known=self.known)
                if named is not None and named.kind == "person":
                    return named
            return _with_title(subject, title)
        return None

    def _first_post_before(
        self, s: Sentence, left: list[Word], subject: Speaker | None
    ) -> Speaker | None:
        """ "Глава российской делегации, помощник президента Владимир Мединский заявил": the
        post that opens the sentence, set off by a comma before a second post and the name,
        is the named one's too (a later "глава российской делегации" is he); the clause
        the verb stands in holds only the second."""
        if subject is None or subject.kind != "person" or not left:
            return subject
        text = self.text
        comma = text.rfind(",", s.start, left[0].start)
        if comma < 0 or text[comma + 1 : left[0].start].strip():
            return subject
        seg = [w for w in self.words(s) if w.end <= comma and not self.in_quote(w.start)]
        if not seg or len(seg) > _FIRST_POST_WORDS or not _titled(seg):
            return subject
        named = [w for w in left if w.end <= subject.end]
        both = parse(seg + named, text, "nomn", sentence_start=s.start, known=self.known)
        if both is None or both.kind != "person" or both.name != subject.name:
            return subject
        return both

    def _after_participle(
        self, seg: list[Word], s: Sentence, gender: str | None, plural: bool
    ) -> Speaker | None:
        """ "Председательствовавший на встрече канцлер Олаф Шольц, подводя итоги, указал":
        a participle phrase before its noun takes no comma, so a segment that opens with a
        participle and ends in a named person is that person, described by what they did (a
        participle set off by commas after its noun, "Шольц, выступавший ...,", names no one)."""
        # a segment may be empty: a clause all in quotation marks before "— сказал X"
        top = morph.parses(seg[0].text)[:1] if seg else []
        if not top or top[0].tag.POS != "PRTF" or "nomn" not in top[0].tag:
            return None
        found = parse(
            seg, self.text, "nomn", sentence_start=s.start, gender=gender, plural=plural,
            known=self.known,
        )  # fmt: skip
        if found is None or found.kind != "person" or found.end != seg[-1].end:
            return None
        # "находившийся во вторник в Афинах": a place the participle names, not its noun
        before = [w for w in seg if w.end <= found.start]
        if before and morph.has_tag(before[-1].text, "PREP"):
            return None
        return found

    def _antecedent(self, s: Sentence, left: list[Word]) -> Speaker | None | bool:
        """ "... слова главы МИД Швейцарии Игнацио Кассиса, который накануне заявил, что
        ...": a verb whose clause opens with "который" has the phrase before the comma as its
        speaker, in whatever case that phrase stands; the pronoun tells its gender. False
        when the clause opens with no relative pronoun; None when it has no speaker."""
        if not left or left[0].text not in _RELATIVE_SUBJECT:
            return False
        gender, plural = _RELATIVE_SUBJECT[left[0].text]
        return self.named_before(s, left[0].start, gender, plural)

    def named_before(
        self, s: Sentence, clause: int, gender: str | None, plural: bool
    ) -> Speaker | None:
        """The person or body named right before the comma that opens the relative clause
        at ``clause``, in whatever case, agreeing with its pronoun; None when none is."""
        comma = self.text.rfind(",", s.start, clause)
        if comma < 0 or self.text[comma + 1 : clause].strip():
            return None
        before = [w for w in self.words(s) if w.end <= comma and not self.in_quote(w.start)]
        before = before[-_ANTECEDENT_WORDS:]
        for k in range(len(before)):  # the longest phrase that ends at the comma
            for case in _ANTECEDENT_CASES:
                found = parse(
                    before[k:], self.text, case, gender=gender, plural=plural, known=self.known
                )
                if (
                    found is not None
                    and found.start == before[k].start
                    and found.end == before[-1].end
                    and found.kind in ("person", "institution")
                ):
                    return found
        return None

    def relative_clause_only(self, piece: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """What a relative clause's verb says ends where the sentence's own verb comes back
        after a comma: "заявление Борреля, который назвал РФ «опасным соседом», не просто
        оскорбляет Россию" (a list of objects goes on: "призвал к миру, диалогу")."""
        if not piece:
            return piece
        text = self.text
        for comma in re.finditer(",", text[piece[0][0] : piece[-1][1]]):
            at = piece[0][0] + comma.start()
            if self.in_quote(at):
                continue
            after = [w.text for w in words(text, at + 1, piece[-1][1])][:4]
            while after and after[0].lower() in _PARTICLES:
                after = after[1:]
            if after and after[0].islower() and morph.finite_verb(after[0]):
                return [(a, min(b, at)) for a, b in piece if a < at]
        return piece

    def _institution_at(self, ws: list[Word]) -> Speaker | None:
        """ "в Кремле", "в пресс-службе МИД", "в посольстве России": an institution named as
        the place where a plural verb's unnamed speakers work, speaking for it."""
        for n, w in enumerate(ws[:-1]):
            if w.text.lower() not in ("в", "во"):
                continue
            quoted = quoted_body(ws, n + 1, self.text, "loct")
            if quoted is not None:  # "в «Транснефти» заявили"
                w, end = ws[n + 1], quoted[1]
                return Speaker("institution", self.text[w.start : ws[end - 1].end], w.start,
                               ws[end - 1].end, name=quoted[0])  # fmt: skip
            body = two_word_body(ws, n + 1, "loct")
            if body is not None:  # "в Белом доме заявили"
                name, country, end = body
                return Speaker(
                    "institution", self.text[ws[n + 1].start : ws[end - 1].end],
                    ws[n + 1].start, ws[end - 1].end, name=name, country=country,
                )  # fmt: skip
            k = n + 1
            while k < len(ws) - 1 and k - n <= 2 and morph.has_tag(ws[k].text, "ADJF", "loct"):
                k += 1  # "в российском МИД", "в американском Госдепе"
            if is_org(ws[k].text):
                found = parse(ws[n + 1 :], self.text, "loct", sentence_start=-1)
                if found is not None and found.kind == "institution":
                    return found
        return None

    def _headed(self, s: Sentence) -> Draft | None:
        """ "Захарова: «...»": a speaker, a colon and a quotation, with no verb."""
        text = self.text
        m = _HEADED.match(text, s.start, s.end)
        below = None
        if not m:
            # "Постпред Кирилл Логвинов:" as a line of its own, the quotation opening the
            # paragraph below
            m = _HEADED_LINE.fullmatch(text, s.start, s.end)
            below = self._next_quote(s) if m else None
            if not below:
                return None
        if self.in_quote(m.start(1)):
            return None
        ws = [w for w in self.words(s) if w.end <= m.end(1)]
        if len(ws) > 2 and [w.text.lower() for w in ws[:2]] == ["прямая", "речь"]:
            # "Прямая речь Кислицы: «...»": the one whose direct speech follows, in the genitive
            owner = parse(ws[2:], text, "gent", sentence_start=-1, known=self.known)
            q = self.in_quote(m.end())
            if owner is None or owner.kind != "person" or owner.end != ws[-1].end or q is None:
                return None
            if self.is_claimed(q.start):
                return None
            return Draft(list(q.pieces), owner, m.start(1), "", s, frame=[(s.start, m.end())])
        speaker = parse(ws, text, "nomn", sentence_start=s.start, known=self.known)
        if speaker is not None and speaker.start == ws[0].start and speaker.end != ws[-1].end:
            speaker = self._titled_after_comma(speaker, ws)
        if speaker is None or speaker.start != ws[0].start or speaker.end != ws[-1].end:
            return None
        if below:
            return Draft(below, speaker, m.start(1), "", s, frame=[(s.start, s.end)])
        q = self.in_quote(m.end())
        if q is None or self.is_claimed(q.start):
            return None
        return Draft(list(q.pieces), speaker, m.start(1), "", s, frame=[(s.start, m.end())])

    def _titled_after_comma(self, speaker: Speaker, ws: list[Word]) -> Speaker | None:
        """ "Сергей Лавров, глава МИД РФ: «...»": the caption of a television report or a
        digest names the speaker, then the post after a comma; the post is the speaker's."""
        text = self.text
        if speaker.kind != "person":
            return None
        rest = [w for w in ws if w.start >= speaker.end]
        if not rest or text[speaker.end : rest[0].start].strip() != ",":
            return None
        post = parse(rest, text, "nomn", sentence_start=-1, known=self.known)
        if post is None or post.kind != "description" or post.start != rest[0].start:
            return None
        if post.end != rest[-1].end:
            return None
        return Speaker(
            "person", text[speaker.start : post.end], speaker.start, post.end,
            name=speaker.name, role=post.role, institution=post.institution,
            country=post.country, gender=speaker.gender,
        )  # fmt: skip

    def _relayed(
        self, speaker: Speaker | None, s: Sentence, a: int, b: int, later: list[Cue]
    ) -> bool:
        """Whether an institution only relays the words ``[a, b)`` ("Как сообщили в МИД,",
        "Согласно сообщению пресс-службы,", "со ссылкой на пресс-службу"): they are someone's
        clause with his own verb of saying ("министр заявил, что ...", "в ходе встречи министр
        подчеркнул ..."), his words, read from his own verb. So does a spokesperson ("Как
        сообщил пресс-секретарь президента ..., глава государства подчеркнул, что ..."):
        the post is to pass on another's words."""
        if speaker is None or not (speaker.kind == "institution" or _spokesperson(speaker)):
            return False
        verb = next((c for c in later if a <= c.start < b and c.kind == "verb"), None)
        if verb is None or self.in_quote(verb.start):
            return False
        subject = [w for w in self.words(s) if a <= w.start and w.end <= verb.start]
        found = parse(subject, self.text, "nomn", sentence_start=-1, known=self.known)
        if found is None or found.kind not in ("person", "description"):
            return False
        # a spokesperson passes on the words of a named person, or of one a description
        # ("министр") refers back to; else the words are the spokesperson's own account
        return (
            speaker.kind == "institution"
            or found.kind == "person"
            or (self.fits_one_named is not None and self.fits_one_named(found, s.start))
        )
