"""Reading one Russian sentence around its verbs of saying: who speaks and what was said.

Russian puts the speaker before the verb ("Рябков заявил, что ...") or, in a trailing
attribution, after it ("«...», — заявил Рябков."; "..., заявил постпред."; "Об этом заявил
посол." with what was said in the sentence before). So a cue's speaker is the nominative
phrase in its own clause before it; when there is none, the one after it. What was said is
the clause after "что" or a colon, the verb's object ("подчеркнула глубокую озабоченность"),
or, for a trailing attribution, the quote or clause before. "По словам X, ..." and
"Как отметил X, ..." put the speaker first and what was said after the comma; "...,
— говорится в заявлении МИД" names a document and its owner.

Each way of reading a cue has its module, layered on the page's state (:mod:`.page`) and the
bounds of clauses (:mod:`.clause_boundaries`): :mod:`.subjects`, :mod:`.trailing_attribution`,
:mod:`.attribution_phrases`, :mod:`.document_attribution`. :class:`Page` brings them together
and picks the reading for each cue.
"""

from __future__ import annotations

import bisect
import re

from tracker.extract.draft import strip_span
from tracker.extract.russian import morph
from tracker.extract.russian.attribution_phrases import AttributionPhraseReading
from tracker.extract.russian.clause_boundaries import CONFIRMING, DASHES
from tracker.extract.russian.cue_words import Cue, finite_word, plural_verb
from tracker.extract.russian.document_attribution import NO_VERB_KINDS, DocumentReading
from tracker.extract.russian.lexicon import (
    CAPITALS,
    NAMING,
    OBJECT_FIRST,
    POSSESSIVES,
    PROPOSING,
    word_set,
)
from tracker.extract.russian.name_words import country_of
from tracker.extract.russian.page import Draft
from tracker.extract.russian.speakers import Speaker, parse, titles_a_medium
from tracker.extract.russian.text import Quote, Sentence, Word, words
from tracker.extract.russian.trailing_attribution import (
    TrailingAttributionReading,
    manner_words,
    words_of,
)

# Verbs of reacting whose words may follow as the next paragraph, in quote marks
_REACTING = word_set("прокомментировать отреагировать высказаться")
# Verbs that report speech only with a clause or a quote ("сказал, что", "сообщил:"); the
# others may take what was said as their object ("подчеркнул важность", "опроверг сообщения")
_NEEDS_CLAUSE = word_set(
    "сказать говорить сообщить сообщать рассказать рассказывать добавить добавлять цитировать "
    "процитировать "
    "пояснить пояснять уточнить уточнять ответить отвечать написать писать считать "
    "напомнить напоминать полагать предположить предполагать утверждать убежденный "
    "убеждённый уверенный убедить уверить комментировать прокомментировать реагировать "
    "отреагировать высказаться высказываться процитировать жаловаться пожаловаться "
    "сетовать посетовать резюмировать признаться обратить обращать дать давать привести "
    "приводить заметить замечать спросить спрашивать поинтересоваться задаться задать "
    "надеяться ожидать опасаться рассчитывать повторить повторять продолжить поделиться "
    "подытожить пошутить акцентировать усомниться сомневаться проинформировать информировать "
    "парировать уверять заключить заключать разъяснить разъяснять объяснить объяснять "
    "дополнить дополнять ограничиться ограничиваться "
    "гарантировать возмутиться возмущаться удивиться согласиться соглашаться отрезать бросить "
    "отчеканить съязвить сыронизировать иронизировать недоумевать выразиться подметить "
    "рассудить сокрушаться негодовать рассуждать размышлять согласный солидарный верить "
    "подозревать грозить угрожать фиксировать зафиксировать доказывать шутить сделать делать "
    "прийти приходить воскликнуть восклицать произнести произносить провозгласить провозглашать "
    "доложить докладывать вспомнить вспоминать подытоживать"
)

# Verbs of announcing whose topic, "о" and a noun phrase, may open the sentence before the
# subject, the verb then followed only by when and where: "О запросе на помощь Токаев
# объявил вечером 5 января"
_ANNOUNCING = word_set(
    "объявить объявлять сообщить сообщать заявить заявлять рассказать рассказывать "
    "сказать говорить упомянуть упоминать напомнить напоминать предупредить предупреждать"
)
# What a verb of proposing puts forward when it opens the clause: "Идею провести ..."
_PROPOSALS = word_set("идея предложение инициатива")
# How many words a fronted topic may hold before its subject
_TOPIC_REACH = 16
# Words of a topic that name nothing by themselves: "О своем решении", "Об этих планах"
_EMPTY_TOPIC = POSSESSIVES.keys() | word_set("свой своё этот тот такой такое данный")
# What follows a verb that says more than when and where: a clause, a quotation, a colon
_SAID_AFTER = re.compile(r"[«»\"“”„:]|(?<![\w-])(?:что|чтобы|как|будто)(?![\w-])", re.I)

# Courtesy titles before a name ("господин Уиткофф", Kommersant's way of naming anyone)
_COURTESY = word_set("господин госпожа мистер миссис мисс мадам")

# What the media reported, named as the object of a reaction: "на сообщения СМИ о том, что"
_REPORTS = re.compile(
    r"\b(?:сообщени|публикаци|информаци|слух)\w*\s+(?:[\w-]+\s+){0,3}о\s+том\b", re.I
)
# A claim named as the object of a reaction or a denial, with the clause it holds: "ответил
# на обвинения Лондона в том, что ...", "опроверг утверждения о том, что ...". The clause is
# the claim's, not the speaker's: often the very thing the speaker denies.
_CLAIM_NOUNS = word_set(
    "обвинение упрёк упрек претензия утверждение домысел измышление инсинуация подозрение"
)
_CLAIMS = re.compile(
    r"\b(?:обвинени|упр[её]к|претензи|утверждени|домысл|измышлени|инсинуаци|подозрени)\w*"
    r"\s+(?:[^\s,.;:!?«»\"]+\s+){0,5}[ов]\s+том\b",
    re.I,
)
# Verbs that deny or confirm what their object reports: "опроверг информацию о том, что
# ...", "подтвердил сообщения о том, что ...". The report is the object of the speaker's
# own statement, not someone else's words
_DENYING = CONFIRMING | word_set("отвергнуть отвергать отрицать")
# "в МИД РК ", "на встрече с ": a preposition right before a name makes it no subject
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:в|во|на|из|у|при|с|со|к|от)\s+$", re.I)
# "«...», — так Ушаков объяснил ...": the quotation before, the verb's object a topic; the
# manner may be said in words ("— такими словами ...", "— этой фразой ...")
_TAK_AFTER_QUOTE = re.compile(
    r"\s*,?\s*[\-\u2013\u2014]+\s*(?:[Тт]ак|(?:[Тт]акими|[Ээ]тими) словами|"
    r"(?:[Тт]акой|[Ээ]той) фразой)\s"
)
# what opens a clause of reported words after a verb: "что", "будто", a colon, a quote mark
_CLAUSE_OPENS = re.compile(r"\b(?:что|чтобы|будто|якобы)\b|[:«\"„“]")
# a quotation opening inside a gerund's object: "Назвав переговоры «продуктивными», ..."
_QUOTE_OPENS = re.compile(r"[«\"„“]")
# "..., назвав их «законными целями»": a naming gerund whose object only points back at
# the words before (what they are about), the name it gives more of those words; the
# pronoun then stands alone before the name (not "назвав его появление «...»", whose)
_NAMED_BACK = re.compile(r"(?:их|его|ее|её|это|эти|этот|эту|такие|такой|такое)\s+", re.I)
# A comma and a dash after a closing quotation mark: "«...», — "
_DASH_AFTER_QUOTE = re.compile(r",?\s*[\-\u2013\u2014]+\s*")
# "в котором", "которому": the relative pronoun after a preposition, and its subject forms
_PREPOSITIONS = word_set("в во на о об при по с со к ко у от из за для через")
_NOMINATIVES = word_set("который которая которое которые")


# Prepositions that open a phrase in the genitive before a sentence's subject: "После
# выступления министра Х президент объявил", "В ходе визита Х глава МИД заявил"
_GENITIVE_PREPOSITIONS = word_set("после до вместо кроме помимо среди накануне вокруг ради")
_GENITIVE_COMPOUNDS = ("во время", "в ходе", "по итогам", "по окончании", "по завершении",
                       "в рамках", "в преддверии", "на фоне")  # fmt: skip


# A noun phrase, then a relative clause about it closed by a comma, opening the sentence
_FRONTED_WITH_CLAUSE = re.compile(
    r"\s*([А-ЯЁ][а-яё]+(?:\s+[а-яё]+){0,3},\s*котор(?:ое|ую|ый|ые|ого|ых)\s[^,.!?«»\"]{1,80}),\s*$"
)


# Unnamed sources a sentence cites first: "Как сообщили РБК два источника, близких к Кремлю,
# в администрации не исключают ...", "По словам собеседника агентства, в МИД считают ...":
# the body named after them is where they are, it says nothing itself
_SOURCES_TELL = re.compile(
    r"(?:[Кк]ак (?:[\w-]+ ){0,2}(?:сообщил|рассказал|сказал|пояснил|уточнил)\w*|"
    r"[Пп]о (?:словам|данным|информации|сведениям))[^.!?:;]{0,60}?"
    r"(?<![\w-])(?:источник|собеседник)\w*"
)


# Verbs of promising, and the verbs of telling whose promise says nothing yet: "пообещал
# сообщить позднее", "обещали рассказать о деталях дополнительно"
_PROMISING = word_set("пообещать обещать")
_TELLING_LATER = word_set(
    "сообщить рассказать объявить уточнить прокомментировать проинформировать раскрыть "
    "озвучить огласить"
)
# What opens what was said inside an object: a quotation, a clause
_SAYS_SOMETHING = re.compile(r"[«»\"“”„:]|(?<![\w-])(?:что|чтобы|как)(?![\w-])", re.I)


def _promises_words_to_come(text: str, cue: Cue, piece: list[tuple[int, int]]) -> bool:
    """Whether the object of a verb of promising is only words to come: "Детали он
    пообещал сообщить позднее", "пообещали рассказать о сроках визита дополнительно" (a
    topic, nothing said of it yet). A mention without content is no statement; "пообещал,
    что ...", "пообещал помочь" say something."""
    said = text[piece[0][0] : piece[-1][1]]
    ws = said.split()
    if cue.lemma not in _PROMISING or not ws or _SAYS_SOMETHING.search(said):
        return False
    return morph.lemma(ws[0].strip(",.;").lower()) in _TELLING_LATER


def _object_case(word: str) -> bool:
    """A noun or adjective read first in the accusative (or the nominative, as pymorphy
    reads inanimate accusatives first): a verb's object may start with it."""
    first = morph.parses(word)[:1]
    return (
        bool(first)
        and first[0].tag.POS in ("NOUN", "ADJF")
        and first[0].tag.case
        in (
            "accs",
            "nomn",
        )
    )


def _one_person(subject: Speaker | None, left: list[Word]) -> bool:
    """Whether ``subject`` is one person with no other joined by "и" after the name: no
    subject of a verb in the plural ("Мадуро признали Россия и Китай")."""
    return (
        subject is not None
        and subject.kind == "person"
        and not any(w.text.lower() in ("и", "с") for w in left if w.start >= subject.end)
    )


def _past_genitive_phrase(left: list[Word]) -> list[Word]:
    """The words of ``left`` after a leading prepositional phrase in the genitive ("После
    выступления министра Дмитрия Патрушева президент"), when a word that cannot be
    genitive follows it to start the subject; else ``left`` unchanged."""
    if not left:
        return left
    low = [w.text.lower() for w in left]
    if low[0] in _GENITIVE_PREPOSITIONS:
        n = 1
    elif len(low) > 1 and f"{low[0]} {low[1]}" in _GENITIVE_COMPOUNDS:
        n = 2
    else:
        return left
    start = n
    while n < len(left):
        word = left[n].text
        if word.lower() in _PREPOSITIONS:
            # "После встречи с Фон дер Ляйен Олаф Шольц": a preposition ("с" reads as a
            # genitive too) governs the name after it, which the phrase keeps
            return left
        if not (morph.has_tag(word, "gent") or (word.isupper() and len(word) > 1)):
            break
        n += 1
    if n == start or n >= len(left) or not morph.has_tag(left[n].text, "nomn"):
        return left
    return left[n:]


def _oblique_relative(left: list) -> bool:
    """A clause opening with "который" in a case other than the subject's, with a subject of
    its own that names no speaker ("заявление МИД, в котором Лондон выразил ..."): neither
    is the one named before the comma its speaker. Without one ("дал интервью, в котором
    заявил") the sentence's subject speaks."""
    if not left:
        return False
    at = 1 if len(left) > 1 and left[0].text.lower() in _PREPOSITIONS else 0
    pronoun = left[at].text
    if morph.lemma(pronoun) != "который" or pronoun.lower() in _NOMINATIVES:
        return False
    return any(morph.nominative_noun(w.text) for w in left[at + 1 :])


_QUESTION_ABOUT = re.compile(r"\bвопрос\w*\b[^.!?;]*?\bо том\b")


# Verbs that voice or list something named by their object, and the nouns that name what
# was said without saying it
_VOICING = word_set("озвучить озвучивать назвать называть изложить излагать")
_CONTAINERS = word_set(
    "позиция желание условие план предложение мнение оценка требование видение взгляд "
    "деталь подробность причина итог приоритет цель задача точка сроки срок"
)


def _opens_sentence(lead: str) -> bool:
    """Whether only linking words stand before a cue: "", "При этом", "Кроме того,"."""
    ws = lead.replace(",", " ").lower().split()
    return not ws or manner_words(ws)


# Verbs of deeming: "считает необходимым продолжить диалог", "сочли преждевременными
# прогнозы", "считает такие заявления провокационными": a view said, as "считает, что"
_DEEMING = word_set("считать счесть посчитать")


def _deemed(cue: Cue, after: list[Word]) -> bool:
    """Whether a verb of deeming puts a judgement in the instrumental (an adjective or a
    participle) on its object within its clause's first words; not "считает себя
    сторонником", "считает дни"."""
    if cue.lemma not in _DEEMING or (after and after[0].text.lower() == "себя"):
        return False
    for n, w in enumerate(after[:5]):
        top = morph.parses(w.text)[:1]
        if top and top[0].tag.POS in ("ADJF", "PRTF") and top[0].tag.case == "ablt":
            return morph.lemma(w.text) not in _POSSESSIVE_ADJECTIVES
        if top and top[0].tag.POS == "NOUN" and top[0].tag.case == "ablt" and n > 0:
            # "считает договор «основой для работы»": a noun in the instrumental after the
            # object judges it, as "назвал договор основой" does
            return morph.has_tag(after[0].text, "accs")
    return False


_POSSESSIVE_ADJECTIVES = word_set("свой мой твой наш ваш его её ее их этот тот такой")


_HIMSELF = frozenset(("сам", "сама", "сами"))


def _there(left: list[Word]) -> bool:
    """ "Там отметили", "Там же подчеркнули": "there", the place named before, as subject."""
    return (
        bool(left)
        and left[0].text.lower() == "там"
        and all(w.text.lower() in ("же", "также", "тоже", "при", "этом") for w in left[1:])
    )


def _place_as_subject(left: list[Word]) -> bool:
    """Whether the verb's own clause opens with a capital or a country in the nominative
    ("Киев предлагает", "Анкара настаивает"): its subject, a country, which the parser takes
    for no speaker; the phrase before the comma is then no subject of this verb."""
    if not left:
        return False
    first = left[0].text
    place = morph.lemma(first) in CAPITALS or first.lower() in CAPITALS or country_of(first)
    return bool(place) and morph.has_tag(first, "nomn")


def _capital_in(left: list[Word]) -> str | None:
    """The country of a capital the unnamed speakers of a plural verb are in ("В Баку
    подтвердили", "В Москве также отметили"), or None."""
    if len(left) < 2 or left[0].text.lower() not in ("в", "во"):
        return None
    if not all(w.text.lower() in ("же", "также", "тоже") for w in left[2:]):
        return None
    return CAPITALS.get(morph.lemma(left[1].text)) or CAPITALS.get(left[1].text.lower())


# Bodies a country keeps abroad, whose people are not in its capital
_ABROAD = word_set(
    "посольство консульство генконсульство постпредство представительство миссия дипмиссия"
)

_QUOTING_VERBS = frozenset(
    ["привести", "приводить", "передать", "передавать", "цитировать", "процитировать"]
)


# how many sentences back `_earlier_told_by` looks ("Об этом сказал X" gives X those
# sentences of the paragraph along with the last)
_VOICE_REACH = 3
# sentences from the page's top among which a standfirst repeating the lead may stand
_FRONT_SENTENCES = 6

# "По его словам", "по мнению министра": the words of one whose clause has its own subject
_BY_WORDS_CUE = re.compile(r"^[Пп]о (?:\w+ )?(?:словам|мнению)\b")


class Page(TrailingAttributionReading, AttributionPhraseReading, DocumentReading):
    """Reads each cue of a sentence: who speaks and what was said."""

    def analyse(self, s: Sentence) -> list[Draft]:
        drafts: list[Draft] = []
        headed = self._headed(s)
        if headed is not None:
            self.claim(headed.pieces)
            drafts.append(headed)
        cues = self.cues(s)
        for n, cue in enumerate(cues):
            if self.is_claimed(cue.start):
                continue
            draft = self._frame(s, cue, cues[n + 1 :], drafts)
            if draft is None or not draft.pieces:
                if draft is not None:
                    drafts.append(draft)
                self._points_at_one_read(s, cue, draft)
                continue
            if any(self.claimed.overlaps(a, b) for a, b in draft.pieces):
                # "«...». Об этом сказал X, сообщает АзТВ": words this sentence gave its
                # first speaker already are no one's again
                mine = any(
                    p[0] < b and a < p[1] for d in drafts for p in d.pieces for a, b in draft.pieces
                )
                draft.pieces = [] if mine else self._unclaimed_before(s, draft.pieces)
                if not draft.pieces:
                    self._points_at_one_read(s, cue, draft)
                    continue
            if any(a <= d.cue_start < b for d in drafts for a, b in draft.pieces):
                # "Об этом заявил министр ..., сообщили в пресс-службе": the words hold an
                # attribution already read; the verb after them names the reporter's source
                continue
            drafts.append(draft)
            self.claim(draft.pieces)
        self.found.extend(d for d in drafts if d.pieces)
        return drafts

    def _relayed_subject(self, prev: Draft) -> Speaker | None:
        """The one whose clause an institution's "Как сообщила пресс-служба, ..." passes on,
        when that clause opens with a person and his verb ("министр проинформировал ..."),
        or None."""
        if (
            prev.speaker is None
            or prev.speaker.kind != "institution"
            or not prev.cue_word.lower().startswith("как ")
            or not prev.pieces
        ):
            return None
        a, b = prev.pieces[0]
        clause = words(self.text, a, b)
        verb = next((n for n, w in enumerate(clause) if morph.finite_verb(w.text)), None)
        if not verb:
            return None
        found = parse(clause[:verb], self.text, "nomn", sentence_start=-1, known=self.known)
        return found if found is not None and found.kind in ("person", "description") else None

    def _goes_on_by_words(
        self, before: list[Draft], cue: Cue, piece: list[tuple[int, int]]
    ) -> bool:
        """ "По его словам, Тегеран поддерживает ... и считает, что ...": a verb joined by "и"
        to the words "по словам" gives shares their subject (Tehran), so it is more of those
        words, not a statement of his own; the words before take it in."""
        prev = before[-1] if before else None
        if (
            prev is None
            or not prev.pieces
            or prev.cue_start > prev.pieces[0][0]
            or not _BY_WORDS_CUE.search(prev.cue_word)
            or not re.fullmatch(r",?\s+и\s+", self.text[prev.pieces[-1][1] : cue.start])
        ):
            return False
        prev.pieces[-1] = (prev.pieces[-1][0], piece[-1][1])
        self.claim(prev.pieces)
        return True

    def _named_back(self, at: int) -> bool:
        """Whether the words at ``at`` are a pronoun pointing back and the name given to
        it, quoted or in the instrumental ("их «законными целями»", "это провокацией")."""
        m = _NAMED_BACK.match(self.text, at)
        if m is None:
            return False
        if _QUOTE_OPENS.match(self.text, m.end()):
            return True
        name = re.match(r"\w+", self.text[m.end() : m.end() + 40])
        top = morph.parses(name.group())[:1] if name else []
        return bool(top) and "ablt" in top[0].tag.grammemes

    def _goes_on_by_gerund(
        self, before: list[Draft], cue: Cue, piece: list[tuple[int, int]]
    ) -> bool:
        """ "Лавров заявил, что санкции приняты на ровном месте, отметив, что они ухудшают
        атмосферу": a gerund of saying with a clause of its own right after the reported
        words of the verb before it, the comma alone between, goes on with the same words
        (as "said that ..., adding that ..." does); the words before take its clause in. Not
        after a quotation set out whole, nor after an attribution ("«...», — сказал он,
        подчеркнув, что ..."): the comma there follows the speaker, not his words."""
        prev = before[-1] if before else None
        if (
            cue.kind != "gerund"
            or prev is None
            or not prev.pieces
            or prev.cue_start > prev.pieces[0][0]
            or not re.fullmatch(r",\s*", self.text[prev.pieces[-1][1] : cue.start])
            or not (
                re.match(r",?\s*что\b", self.text[cue.end : piece[0][0]])
                or (cue.lemma in NAMING and self._named_back(piece[0][0]))
            )
            or _QUOTE_OPENS.match(self.text, prev.pieces[0][0] - 1)
            or _QUOTE_OPENS.match(self.text, prev.pieces[0][0])
        ):
            return False
        prev.pieces[-1] = (prev.pieces[-1][0], piece[-1][1])
        self.claim(prev.pieces)
        return True

    def _said_by_one_after(
        self, s: Sentence, piece: list[tuple[int, int]], later: list[Cue]
    ) -> bool:
        """Whether the words ``piece`` end at a comma or dash followed by a verb of saying
        whose speaker comes after it ("..., заявил директор ...")."""
        return self._speaker_after(s, piece, later) is not None

    def _speaker_after(
        self, s: Sentence, piece: list[tuple[int, int]], later: list[Cue]
    ) -> Speaker | None:
        """The speaker named after a verb of saying that follows the words ``piece`` past a
        comma or dash ("..., заявил директор ..."), if any."""
        if not later or not piece:
            return None
        nxt = later[0]
        if nxt.kind in NO_VERB_KINDS:
            return None
        if not re.fullmatch(
            rf"[\s,{DASHES}]*[,{DASHES}][\s{DASHES}]*", self.text[piece[-1][1] : nxt.start]
        ):
            return None
        clause, _ = self._clause_start(s, nxt)
        inverted = self._inverted(
            s, nxt, clause, morph.verb_gender(nxt.word), plural_verb(nxt.word), later[1:]
        )
        return inverted.speaker if inverted is not None else None

    def _subject_is_no_speaker(self, s: Sentence, cue: Cue) -> bool:
        """Whether a verb of saying stands before ``cue`` in the sentence and the words
        before that verb name no one who could speak ("Документ призывал ...")."""
        first = next((c for c in self.cues(s) if c.start < cue.start), None)
        if first is None:
            return False
        ws = [w for w in self.words(s) if w.end <= first.start and not self.in_quote(w.start)]
        if not ws:
            return False
        found = parse(ws, self.text, "nomn", sentence_start=s.start, known=self.known)
        return found is None and self._institution_at(ws) is None

    def _words_quoted_after(
        self, s: Sentence, cue: Cue, later: list[Cue], left: list[Word]
    ) -> Draft | None:
        """ "Слова главы МИД Хакана Фидана приводит РИА Новости: «...»", "Его слова
        цитирует ТАСС: «...»": the owner of the words before the verb says the quotation
        after the colon; the outlet after the verb only passes it on."""
        if cue.lemma not in _QUOTING_VERBS or not left:
            return None
        k = 0
        if left[0].text.lower() in POSSESSIVES and len(left) > 1:
            k = 1
        if morph.lemma(left[k].text) not in ("слово", "высказывание", "заявление"):
            return None
        if k:
            speaker = parse(left[:1], self.text, "gent", known=self.known)
        else:
            speaker = parse(left[1:], self.text, "gent", sentence_start=-1, known=self.known)
        if speaker is None or speaker.kind == "description" and not speaker.role:
            return None
        piece = self._content_after(s, cue, later, object_ok=False)
        if not piece:
            return None
        return Draft(piece, speaker, cue.start, cue.word, s, frame=[(s.start, piece[0][0])])

    def _unclaimed_before(
        self, s: Sentence, pieces: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """A sentence before that this one points back at ("Соответствующее заявление сделала
        Захарова") may hold words a relative clause gave another ("Борреля, который назвал
        РФ «опасным соседом»,"): it is this speaker's without them. Otherwise (words of this
        sentence, or the sentence's own statement) no one says them again: none."""
        if any(b > s.start for _, b in pieces):
            return []
        taken = [
            p for d in self.found for p in d.pieces if any(p[0] < b and a < p[1] for a, b in pieces)
        ]
        if not all(d.relative for d in self.found if any(p in taken for p in d.pieces)):
            return []
        kept = []
        for a, b in pieces:
            for start, end in taken:
                if start < b and a < end:
                    if a < start:
                        kept.append((a, start))
                    a = max(a, end)
            if a < b:
                kept.append((a, b))
        kept = [strip_span(self.text, a, b) for a, b in kept]
        if sum(len(words(self.text, a, b)) for a, b in kept) < 3:
            return []
        return [(a, b) for a, b in kept if a < b]

    def _title_with_and(
        self, s: Sentence, cue: Cue, left: list, gender: str | None
    ) -> Speaker | None:
        """ "Верховный представитель ЕС по иностранным делам и политике безопасности Жозеп
        Боррель заявил": the "и" was inside the title, so the subject starts before it."""
        before = [
            w
            for w in self.words(s)
            if w.start < left[0].start and not self.in_quote(w.start) and w.end <= cue.start
        ]
        if not before or before[-1].text.lower() != "и" or self._breaks(s.start, cue.start):
            return None
        found = parse(
            before + left, self.text, "nomn", sentence_start=s.start, gender=gender,
            known=self.known,
        )  # fmt: skip
        return found if found is not None and found.kind == "person" else None

    def _points_at_one_read(self, s: Sentence, cue: Cue, draft: Draft | None) -> None:
        """A sentence pointing back at a statement already read. "Лавров обвинил Запад в ...
        Об этом он заявил в пятницу": it says when and where that statement was made, so its
        words join that statement's attribution. "Кремль рассчитывает, что ... Об этом заявил
        Песков": the person it names said the whole sentence, the institution in it included;
        so too when the verb before had no one to speak ("Россия ... призывает стороны к ...
        Об этом сообщил замминистра": a country, which speaks only through such a person)."""
        if not self._points_back(s, cue):
            return
        i = self.sents.index(s)
        before = self.sents[i - 1] if i > 0 else None
        if before is None or s.para - before.para > 1:
            return
        named = draft.speaker if draft is not None else None
        for d in reversed(self.found):
            if d.sentence.start != before.start:
                continue
            if d.pieces and d.pieces[0][0] < before.start and named is not None:
                # "... Об этом говорится в заявлении МИД. Такое мнение высказал также X":
                # the sentence before is itself an attribution pointing back, its words
                # the document's; X only shares them, and takes none of that sentence
                return
            if (
                named is not None
                and named.kind == "person"
                and (d.speaker is None or d.speaker.kind == "institution")
            ):
                body = d.speaker
                self._told_by(d, before, s, draft)
                if _of_their_body(body, named):
                    # (not past "В Кремле ответили ...": the paragraph is the person's
                    # only up to a body other than the one he speaks for)
                    self._earlier_told_by(i - 1, s, draft)
                self._repeat_told_by(before, s, draft)
            else:
                d.frame.append((s.start, s.end))
            return

    def _told_by(self, d: Draft, t: Sentence, s: Sentence, draft: Draft) -> None:
        """Sentence ``t``'s statement ``d`` given to the person ``draft`` names in ``s``."""
        a, b = strip_span(self.text, t.start, t.end)
        d.pieces = self._quote_pieces(a, b)
        d.speaker, d.cue_start, d.cue_word = draft.speaker, draft.cue_start, draft.cue_word
        d.sentence_subject = False  # the one named, not the subject before
        d.frame = [(s.start, s.end)]
        self.claim(d.pieces)

    def _earlier_told_by(self, i: int, s: Sentence, draft: Draft) -> None:
        """ "В МИД заявили, что ... Также в ведомстве отметили, что ...\n\nОб этом сказал
        пресс-секретарь X": "об этом" points back at the whole paragraph before (as
        ``_sentence_before`` reads it), so the sentences of it before sentence ``i``, each
        the body's unnamed voice, are the named person's too. Back from ``i`` while each
        sentence holds such statements and no other (at most _VOICE_REACH of them)."""
        first = self.sents[i]
        for k in range(i - 1, max(-1, i - 1 - _VOICE_REACH), -1):
            t = self.sents[k]
            if t.para != first.para:
                return
            mine = [d for d in self.found if d.sentence.start == t.start]
            if not mine or any(
                d.speaker is not None and d.speaker.kind != "institution" for d in mine
            ):
                return
            if not all(_of_their_body(d.speaker, draft.speaker) for d in mine):
                return  # "В Госдепартаменте США заявили ...": another body's, kept its own
            for d in mine:
                self._told_by(d, t, s, draft)
            self._repeat_told_by(t, s, draft)

    def _repeat_told_by(self, t: Sentence, s: Sentence, draft: Draft) -> None:
        """A standfirst repeating sentence ``t`` word for word above it ("В МИД заявили, что
        ..." twice, then "Об этом сказал X"): the same statement, the named person's too. Only
        among the page's first _FRONT_SENTENCES sentences, where a standfirst stands."""
        said = " ".join(self.text[t.start : t.end].split())
        top = min(_FRONT_SENTENCES, bisect.bisect_left(self._sentence_starts, t.start))
        for u in self.sents[:top]:
            if " ".join(self.text[u.start : u.end].split()) != said:
                continue
            for d in self.found:
                if d.sentence.start == u.start and (
                    d.speaker is None or d.speaker.kind == "institution"
                ):
                    self._told_by(d, u, s, draft)

    # -- one cue -------------------------------------------------------------------------

    def _frame(self, s: Sentence, cue: Cue, later: list[Cue], before: list[Draft]) -> Draft | None:
        if cue.kind == "words":
            return self._by_words(s, cue, later)
        if cue.kind == "as":
            return self._as(s, cue, later)
        if cue.kind in ("document", "according"):
            return self._document(s, cue, later)
        if cue.kind == "citing":
            return self._citing(s, cue, later)
        if cue.kind == "passive":
            return self._passive(s, cue, later)
        if cue.kind == "participle":
            return self._participle(s, cue, later)
        gap = self.in_gap(cue.start)
        if gap is not None:
            return self._broken_quote(s, cue, gap)
        named = self._words_named_before(s, cue)
        if named is not None:
            return named
        text = self.text
        clause, joined = self._clause_start(s, cue)
        agreeing = finite_word(self.words(s), cue)
        gender = morph.verb_gender(agreeing)
        plural = plural_verb(agreeing)
        left = [w for w in self.words(s) if clause <= w.start < cue.start]
        if cue.kind == "gerund" and _opens_sentence(text[s.start : cue.start]):
            # "Подчеркнув, что ..., министр призвал ...": the subject comes after
            return self._fronted_gerund(s, cue, later)
        if cue.kind == "gerund" or (joined and not left):
            # "..., заявив: «...»" / "... и подчеркнул: «...»": the sentence's subject speaks
            piece = self._content_after(s, cue, later, object_ok=cue.lemma not in _NEEDS_CLAUSE)
            if (
                not piece
                or self._question_asked(cue, piece)
                or _promises_words_to_come(self.text, cue, piece)
            ):
                return None
            if cue.kind == "gerund" and any(
                c.kind == "verb" and cue.end <= c.start < piece[0][0] for c in later
            ):
                return None  # "..., объявляя о закрытии пунктов, Орпо говорил, что ...": the
                # clause is the verb's after it; the gerund names a topic only
            piece = self._report_denied(cue, piece) or piece
            claimed = self._claim_named(s, cue.end, piece[0][0])
            if claimed is not None:
                return claimed(piece, cue)
            owner = self._owner_of_words(s, cue.end, piece[0][0])
            if owner is not None:
                # "..., комментируя заявление Мирзояна о том, что ...": Mirzoyan's claim
                return Draft(piece, owner, cue.start, cue.word, s, frame=[(owner.end, piece[0][0])])
            if self._goes_on_by_words(before, cue, piece) or self._goes_on_by_gerund(
                before, cue, piece
            ):
                return None
            shared = next((d.speaker for d in reversed(before) if d.speaker), None)
            relayed = self._relayed_subject(before[-1]) if before else None
            if relayed is not None:
                # "Как сообщила пресс-служба, министр проинформировал коллег ... и
                # подчеркнул, что ...": the minister's verb, the service only passes it on
                shared = relayed
            if shared is None and self._said_by_one_after(s, piece, later):
                # "Москва следит за ... и надеется, что ..., заявил директор ...": the verb
                # is part of what the one named after the attribution said
                return None
            if shared is None and self._subject_is_no_speaker(s, cue):
                # "Документ призывал к ... и осуждал ...": the verb before, which shares the
                # subject, has no one to say it; neither does this one
                return None
            return Draft(
                piece,
                shared,
                cue.start,
                cue.word,
                s,
                frame=[(s.start, piece[0][0])],
                sentence_subject=shared is None,
            )
        relative = self._antecedent(s, left)
        if relative is not False:
            # "... Кассиса, который накануне заявил, что ...": the one the clause is about
            if relative is None:
                return None
            piece = self._content_after(s, cue, later, object_ok=cue.lemma not in _NEEDS_CLAUSE)
            piece = self.relative_clause_only(piece)
            if not piece:
                return None
            # the clause's own words date it; "который" no longer makes them another event's
            own = left[0].end
            return Draft(
                piece, relative, cue.start, cue.word, s, frame=[(own, piece[0][0])], relative=True
            )
        owned = self._words_quoted_after(s, cue, later, left)
        if owned is not None:
            return owned
        subject = self._institution_at(left) if plural and left else None  # "В МИД заявили"
        if subject is not None and _SOURCES_TELL.search(text, s.start, left[0].start):
            return None  # "Как сообщили РБК источники, в Кремле не исключают ...": theirs
        if subject is None and left:
            subject = parse(
                _past_genitive_phrase(left),
                text,
                "nomn",
                sentence_start=s.start,
                gender=gender,
                plural=plural,
                known=self.known,
            )
            if subject is not None and _PREPOSITION_BEFORE.search(text, s.start, subject.start):
                # "Об этом на брифинге в МИД РК сказал представитель ведомства X": the
                # body after "в" is where, the one who spoke comes after the verb
                subject = None
            if plural and _one_person(subject, left):
                subject = None  # "Гуаидо признали Канада и Бразилия": the object, fronted
            subject = self._first_post_before(s, left, subject)
        if subject is None and not plural:
            subject = self._subject_after_topic(cue, left, gender)
        if subject is None and plural and left:
            subject = self._institution_at(left)  # "В Кремле заявили, что ..."
        if subject is None and plural and _there(left):
            subject = self._institution_before(s)  # "В МИД ... Там отметили, что ..."
        if subject is None and plural and (country := _capital_in(left)):
            subject = self._body_of_country_before(s, country)  # "... МИД Азербайджана. В Баку"
        if subject is None and _oblique_relative(left):
            return None  # "заявление МИД, в котором Лондон выразил ...": not the one before
        if subject is None and left and not joined:
            subject = self._title_with_and(s, cue, left, gender)
        if subject is None:
            inverted = self._inverted(s, cue, clause, gender, plural, later)
            if inverted is not None:
                return inverted
            if _place_as_subject(left):
                return None  # "..., Киев предлагает ...": a country speaks, no one before the comma
            # "Ушаков, в свою очередь, рассказал", "Небензя, который ..., заявил"
            subject = self._subject_before_asides(s, clause, gender, plural)
            if plural and _one_person(subject, left):
                subject = None
        if subject is not None:
            if subject.kind == "pronoun" and subject.text.lower() in ("я", "мы", "вы"):
                return None
            quoted = self._quote_then_tak(s, cue)
            if quoted is not None:
                # "«Дорога непростая», — так Ушаков объяснил длительность переговоров"
                return Draft(list(quoted.pieces), subject, cue.start, cue.word, s,
                             frame=[(quoted.outer[1], s.end)])  # fmt: skip
            # "Об этом он заявил во вторник на встрече": "об этом" is what was said, so the
            # words after the verb are no object
            pointing = self._points_back(s, cue)
            object_ok = not pointing and (
                cue.lemma not in _NEEDS_CLAUSE or _deemed(cue, words(self.text, cue.end, s.end))
            )
            piece = self._content_after(s, cue, later, object_ok=object_ok)
            if piece and (self._question_asked(cue, piece) or self._container_named(cue, piece)):
                piece = []
            fronted = self._fronted_object(s, cue, left, subject) if not pointing else None
            if fronted is not None:
                # "Тональность переговоров он назвал «дружеской»": the object before the
                # subject is part of the judgement said
                if cue.lemma in PROPOSING:
                    # "Идею провести переговоры Путин выдвинул в ночь на 11 мая": the idea
                    # is what was proposed; after the verb, the occasion, which dates it
                    return Draft([fronted], subject, cue.start, cue.word, s,
                                 frame=[(fronted[1], s.end)])  # fmt: skip
                rest = strip_span(self.text, cue.end, s.end)
                piece = [fronted] + (piece or ([rest] if rest[1] > rest[0] else []))
            topic = self._fronted_topic(s, cue, left, subject) if not pointing else None
            if topic is not None:
                # "О запросе на помощь Токаев объявил вечером 5 января на заседании Совбеза":
                # the topic before the subject is what was announced; after the verb, the
                # occasion, which dates it
                return Draft([topic], subject, cue.start, cue.word, s, frame=[(topic[1], s.end)])
            if not piece and pointing:
                # "Об этом Песков заявил в эфире ...": what was said is the sentence before
                piece = self._sentence_before(s)
                return Draft(piece, subject, cue.start, cue.word, s, frame=[(s.start, s.end)])
            if not piece and (quoted := self._quote_then_subject(s, clause)) is not None:
                # "«...», — в МИД заявили", "«...», — в ведомстве уточнили": the subject
                # (a place for a plural verb) set before its verb after the quotation
                return Draft(list(quoted.pieces), subject, cue.start, cue.word, s,
                             frame=[(quoted.outer[1], s.end)])  # fmt: skip
            if not piece and not pointing and cue.lemma in _REACTING:
                # "X прокомментировал решение в Telegram." then the post as a paragraph in
                # quote marks: the reaction's words
                piece = self._quote_below(s)
            if not piece or _promises_words_to_come(self.text, cue, piece):
                return None
            piece = self._report_denied(cue, piece) or piece
            if _REPORTS.search(self.text, cue.end, piece[0][0]):
                return None  # "отреагировала на сообщения СМИ о том, что ...": the media's
            claimed = self._claim_named(s, cue.end, piece[0][0])
            if claimed is not None:
                return claimed(piece, cue)
            owner = self._owner_of_words(s, cue.end, piece[0][0])
            if owner is not None:
                # "Песков прокомментировал слова Макрона о том, что ...": Macron's claim
                return Draft(piece, owner, cue.start, cue.word, s, frame=[(owner.end, piece[0][0])])
            teller = self._speaker_after(s, piece, later)
            if teller is not None and teller.kind in ("person", "description"):
                # "Макрон предложил провести встречу, сообщил Ушаков": the clause, its own
                # verb of saying with it, is what the one named after the attribution told
                # (a press service after it passes on its principal's words instead)
                return None
            return Draft(piece, subject, cue.start, cue.word, s, frame=[(s.start, piece[0][0])])
        return None

    def _fronted_object(
        self, s: Sentence, cue: Cue, left: list[Word], subject: Speaker
    ) -> tuple[int, int] | None:
        """The noun phrase in the accusative that opens the clause before the subject of a
        verb of naming ("Ситуацию министр назвал ..."), blaming ("Ответственность за срыв
        он возложил на ...") or proposing ("Идею провести переговоры Путин выдвинул"), or
        None."""
        if (cue.lemma not in NAMING and cue.lemma not in OBJECT_FIRST) or not left:
            return None
        if subject.start <= left[0].start:
            # "Решение, которое ему пришлось принять, он назвал ...": the object with its
            # relative clause, set off by commas before the subject
            m = _FRONTED_WITH_CLAUSE.match(self.text, s.start, left[0].start)
            if m is None or not _object_case(m.group(1).split(",")[0].split()[0]):
                return None
            return strip_span(self.text, s.start, m.end(1))
        ws = [w for w in left if w.end <= subject.start]
        if subject.kind == "institution" and [w.text.lower() for w in ws] in (["в"], ["во"]):
            # "В Госдепартаменте решение Москвы назвали «ошибкой»": the body where it was
            # said, then the object
            ws = [w for w in left if w.start >= subject.end]
            if not ws:
                return None
        if all(morph.lemma(w.text) in _COURTESY or w.text.lower() in _HIMSELF for w in ws):
            # "Господин Уиткофф назвал ...": how the subject is addressed; "Сам Эрдоган
            # назвал ...": the subject stressed, no object
            return None
        if len(ws) == 1 and any(p.tag.POS == "COMP" for p in morph.parses(ws[0].text)):
            # "Позднее МИД назвал ...": "later", when the words were said, no object
            return None
        if not _object_case(ws[0].text):
            return None
        if any(morph.finite_verb(w.text) for w in ws):
            return None
        return strip_span(self.text, ws[0].start, ws[-1].end)

    def _subject_after_topic(
        self, cue: Cue, left: list[Word], gender: str | None
    ) -> Speaker | None:
        """The subject after the topic of a verb of announcing ("Об отставке правительства
        Токаев объявил") or the proposal of a verb of proposing ("Идею провести переговоры в
        Стамбуле Эрдоган выдвинул") opening the clause, which a bare surname would otherwise
        join ("Токаев" read as a genitive of "токай"); None when the clause opens otherwise."""
        if len(left) < 3:
            return None
        opener = left[0].text.lower()
        if cue.lemma in _ANNOUNCING:
            if opener not in ("о", "об", "обо"):
                return None
        elif cue.lemma not in PROPOSING or morph.lemma(opener) not in _PROPOSALS:
            return None
        for k in range(2, min(len(left), _TOPIC_REACH)):
            found = parse(
                left[k:], self.text, "nomn", sentence_start=-1, gender=gender, known=self.known
            )
            if found is None or found.start != left[k].start:
                continue
            if titles_a_medium(left, k, self.text):
                continue  # "Об этом в эфире телеканала «Пинк» рассказал ...": where, not who
            if _PREPOSITION_BEFORE.search(self.text, left[0].start, found.start):
                return None  # "Об этом на брифинге в МИД РУз сказал ...": where, not who
            return found
        return None

    def _fronted_topic(
        self, s: Sentence, cue: Cue, left: list[Word], subject: Speaker
    ) -> tuple[int, int] | None:
        """The "о"-phrase that opens the sentence before the subject of a verb of announcing
        followed only by when and where ("Об отставке правительства Токаев объявил накануне
        в телеобращении"), or None: a clause or a quotation after the verb is what was said
        ("О переговорах Лавров сказал, что ..."), and a topic of a possessive or a pointer
        and a noun names nothing ("О своем решении он сообщил в пятницу")."""
        if cue.lemma not in _ANNOUNCING or len(left) < 3:
            return None
        if left[0].text.lower() not in ("о", "об", "обо") or subject.start <= left[1].start:
            return None
        if _SAID_AFTER.search(self.text, cue.end, s.end):
            return None
        ws = [w for w in left[1:] if w.end <= subject.start]
        if any(self.in_quote(w.start) or morph.finite_verb(w.text) for w in ws):
            return None
        if "," in self.text[left[0].start : subject.start]:
            return None
        if sum(w.text.lower() not in _EMPTY_TOPIC for w in ws) < 2:
            return None
        return strip_span(self.text, left[0].start, ws[-1].end)

    def _container_named(self, cue: Cue, piece: list[tuple[int, int]]) -> bool:
        """ "озвучил позицию Москвы по Сирии", "назвал условия возобновления диалога": the
        verb's object names what was said (a position, conditions, a wish) without saying
        it: a mention, no statement. Not "назвал условия неприемлемыми" (a judgement in the
        instrumental), nor an object holding a quotation or a clause."""
        if cue.lemma not in _VOICING or len(piece) != 1:
            return False
        a, b = piece[0]
        if re.search(r"[«»\"“”„:]|\b(?:что|чтобы)\b", self.text[cue.end : b]):
            return False
        ws = words(self.text, a, b)
        nouns = [w for w in ws if any(p.tag.POS == "NOUN" for p in morph.parses(w.text)[:1])]
        if not nouns or morph.lemma(nouns[0].text) not in _CONTAINERS:
            return False
        return not any(morph.instrumental(w.text) for w in ws[1:])

    def _question_asked(self, cue: Cue, piece: list[tuple[int, int]]) -> bool:
        """ "высказал, отвечая на вопрос корреспондента о том, что «...»": what follows a
        question "about" is what was asked, not what the speaker said."""
        return _QUESTION_ABOUT.search(self.text[cue.end : piece[0][0]]) is not None

    def _institution_before(self, s: Sentence) -> Speaker | None:
        """The institution the sentence before names as the place its unnamed speakers work
        ("В МИД России опровергли ...", "В посольстве ... восприняли ..."), which "там"
        ("there") points back at; None when it names none or stands a paragraph away."""
        i = self.sents.index(s)
        if i == 0 or s.para - self.sents[i - 1].para > 1:
            return None
        before = self.sents[i - 1]
        for d in reversed(self.found):
            if d.sentence.start == before.start and d.speaker is not None:
                return d.speaker if d.speaker.kind == "institution" else None
        ws = [w for w in self.words(before) if not self.in_quote(w.start)]
        return self._institution_at(ws)

    def _body_of_country_before(self, s: Sentence, country: str) -> Speaker | None:
        """The body of ``country`` the sentence before names ("С заявлением выступил МИД
        Азербайджана. В Баку подтвердили, что ..."): those in its capital who speak are its
        people. None when it names none (a capital alone is a country, no speaker here)."""
        i = self.sents.index(s)
        if i == 0 or s.para - self.sents[i - 1].para > 1:
            return None
        ws = [w for w in self.words(self.sents[i - 1]) if not self.in_quote(w.start)]
        found = parse(ws, self.text, "nomn", sentence_start=-1, known=self.known)
        if found is None or found.kind != "institution" or found.country != country:
            return None
        if morph.lemma(found.text.split()[0]) in _ABROAD:
            return None  # "Посольство России в Вашингтоне": its people are not in Moscow
        return found

    def _participle(self, s: Sentence, cue: Cue, later: list[Cue]) -> Draft | None:
        """ "Песков, ранее заявивший, что ..., отказался ...", "слова Сийярто,
        подчеркнувшего, что ...": the one the participle describes, named before the comma
        in its case, said the clause after it, which the participial phrase's closing comma
        ends when the sentence's own verb follows."""
        text = self.text
        top = next(p for p in morph.parses(cue.word)[:2] if p.tag.POS == "PRTF")
        comma = text.rfind(",", s.start, cue.start)
        if comma < 0 or not _opens_sentence(text[comma + 1 : cue.start]):
            return None  # "ранее заявивший": only words of time between
        before = [w for w in self.words(s) if w.end <= comma and not self.in_quote(w.start)]
        if not before or text[before[-1].end : comma].strip():
            return None
        gender = {"masc": "m", "femn": "f"}.get(top.tag.gender)
        speaker = None
        for k in range(max(0, len(before) - 10), len(before)):
            found = parse(
                before[k:], text, top.tag.case, sentence_start=-1, gender=gender, known=self.known
            )
            if found is not None and found.end == before[-1].end and found.kind != "pronoun":
                speaker = found
                break
        if speaker is None or speaker.kind not in ("person", "description", "institution"):
            return None
        piece = self._content_after(s, cue, later, object_ok=False)
        if not piece:
            return None
        close = next(
            (
                m.start()
                for m in re.finditer(",", text[piece[0][0] : piece[-1][1]])
                if not self.in_quote(piece[0][0] + m.start())
            ),
            None,
        )
        if close is not None:
            end = piece[0][0] + close
            rest = words(text, end, s.end)
            if any(morph.finite_verb(w.text) for w in rest[:6]):
                a, b = strip_span(text, piece[0][0], end)
                piece = self._quote_pieces(a, b)
        # the phrase from the participle on is its own clause: its day dates the words
        return Draft(piece, speaker, cue.start, cue.word, s, frame=[(comma + 1, piece[0][0])])

    def _fronted_gerund(self, s: Sentence, cue: Cue, later: list[Cue]) -> Draft | None:
        """ "Отметив, что ..., глава МИД призвал ...": a gerund of saying opening the
        sentence says the clause after it up to the comma where the sentence's subject and
        its verb begin; that subject speaks."""
        piece = self._content_after(s, cue, later, object_ok=cue.lemma not in _NEEDS_CLAUSE)
        if not piece:
            return None
        text = self.text
        verb = next((c.start for c in later if c.kind == "verb" and c.start < s.end), None)
        if (
            verb is not None
            and not _CLAUSE_OPENS.search(text, cue.end, piece[0][0])
            and not _QUOTE_OPENS.search(text, cue.end, verb)
        ):
            return None  # "Подтвердив приверженность ..., Путин заявил о ...": the gerund
            # tells what he did; the sentence's verb of saying gives his words ("Назвав
            # переговоры «продуктивными», ...": words in quotation marks are his statement)
        ws = [w for w in self.words(s) if w.start >= piece[0][0] and not self.in_quote(w.start)]
        for n, w in enumerate(ws):
            comma = text.rfind(",", ws[n - 1].end if n else piece[0][0], w.start)
            if comma < 0:
                continue
            rest = ws[n:]
            subject = parse(rest, text, "nomn", sentence_start=-1, known=self.known)
            if (
                subject is None
                or subject.start != w.start
                or not any(morph.finite_verb(x.text) for x in rest if x.start >= subject.end)
            ):
                continue
            a, b = strip_span(text, piece[0][0], comma)
            return Draft(self._before(a, b), subject, cue.start, cue.word, s, frame=[(b, s.end)])
        return None

    def _quote_then_subject(self, s: Sentence, clause: int) -> Quote | None:
        """The quotation opening the sentence when only a comma and a dash stand between it
        and the cue's clause at ``clause``, or None."""
        for q in self.quotes_from(s.start, clause):
            gap = self.text[q.outer[1] : clause]
            if q.outer[0] - s.start <= 1 and _DASH_AFTER_QUOTE.fullmatch(gap):
                return q
        return None

    def _quote_then_tak(self, s: Sentence, cue: Cue) -> Quote | None:
        """The quotation opening the sentence when "— так" follows it before the cue: what
        the verb's object then names is the topic, the quotation what was said."""
        for q in self.quotes_from(s.start, cue.start):
            if q.outer[0] - s.start <= 1 and _TAK_AFTER_QUOTE.match(self.text, q.outer[1]):
                return q
        return None

    def _report_denied(
        self, cue: Cue, piece: list[tuple[int, int]]
    ) -> list[tuple[int, int]] | None:
        """What a denial or a confirmation says, from the report or claim it names ("опроверг
        информацию о том, что ..."): the speaker's own statement, which the clause alone
        would misread as the speaker asserting the report. None for other verbs."""
        if cue.lemma not in _DENYING:
            return None
        named = _REPORTS.search(self.text, cue.end, piece[0][0]) or _CLAIMS.search(
            self.text, cue.end, piece[0][0]
        )
        if named is None:
            return None
        return [(named.start(), piece[0][1]), *piece[1:]]

    def _claim_named(self, s: Sentence, start: int, end: int):
        """When the words between a verb and the clause it seems to report name a claim the
        clause belongs to ("ответил на обвинения Лондона в том, что ..."), a maker of the
        draft for that clause: the claim's owner says it when named ("Лондона"), else no
        one here does (a None draft). None when no claim stands there."""
        if not _CLAIMS.search(self.text, start, end):
            return None
        between = [w for w in self.words(s) if start <= w.start and w.end <= end]
        at = next((n for n, w in enumerate(between) if morph.lemma(w.text) in _CLAIM_NOUNS), None)
        owner = None
        if at is not None and at + 1 < len(between):
            owner = parse(between[at + 1 :], self.text, "gent", sentence_start=-1, known=self.known)
            if owner is not None and owner.kind not in ("person", "institution"):
                owner = None

        def draft(piece: list[tuple[int, int]], cue: Cue) -> Draft | None:
            if owner is None:
                return None
            return Draft(piece, owner, cue.start, cue.word, s, frame=[(owner.end, piece[0][0])])

        return draft

    def _owner_of_words(self, s: Sentence, start: int, end: int) -> Speaker | None:
        """The one whose words a verb's object names before the clause that gives them:
        "прокомментировал заявление главы МИД Швейцарии о том, что ..."."""
        between = [w for w in self.words(s) if start <= w.start and w.end <= end]
        owner = words_of(between)
        if owner is None:
            return None
        found = parse(between[owner:], self.text, "gent", sentence_start=-1, known=self.known)
        if found is None or found.kind not in ("person", "institution"):
            return None
        return found


def _stems(phrase: str) -> list[str]:
    """The phrase's words cut to 5-letter stems, so that inflected forms match ("МИД России",
    "МИДа России")."""
    return [w[:5] for w in re.findall(r"\w+", phrase.lower())]


def _of_their_body(body: Speaker | None, person: Speaker | None) -> bool:
    """Whether an earlier sentence's unnamed voice ``body`` ("в ведомстве", "в МИД России")
    is that of the institution ``person`` speaks for ("официальный представитель МИД России
    Мария Захарова"): only then does "Об этом сказал X" make it X's. No body named, or
    "ведомство" pointing back at one, is the person's."""
    if body is None or (body.head or "").startswith("ведомств"):
        return True
    if person is None:
        return False
    theirs = set(_stems(f"{person.role or ''} {person.institution or ''}"))
    named = _stems(body.name or body.text)
    return bool(named) and all(w in theirs for w in named)
