"""One Russian article as it is being read: its quotations, sentences, the spans already
claimed by a statement, and the cues each sentence holds.

The readings of a cue (:mod:`.frames` and the modules it builds on) work on this state.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from tracker.extract.quotes import Quote
from tracker.extract.russian import morph
from tracker.extract.russian.cue_words import (
    ANAPHORA,
    BY_WORDS,
    EVALUATING,
    EVALUATIVE,
    Cue,
    anaphora_at,
    does_a_deed,
    gives_a_figure,
    infinitive_cue,
    is_attribution_word,
    is_cue_word,
    justifying_cue,
    made_that_statement,
    manner_cue,
    participle_cue,
    posed_before,
    sets_out,
    thanking_cue,
    verb_cue,
)
from tracker.extract.russian.lexicon import (
    ANSWERING,
    BARE_AFTER_QUOTE,
    DOCUMENTS,
    LIGHT_VERBS,
    OBJECT_FIRST,
    POSSESSIVES,
    THANKING,
    word_set,
)
from tracker.extract.russian.speakers import Speaker
from tracker.extract.russian.text import (
    Sentence,
    Word,
    dash_quotes,
    find_quotes,
    sentences,
    split_quotes,
    words,
)
from tracker.extract.spans import Spans

# "Об этом сообщает ..." / "О том сообщило ...": the words point back at the sentence before
POINTING_BACK = re.compile(r"(?i)об? (?:этом|том)\b(?!\s*,)")
# "Как сообщает пресс-служба Кремля, Путин поблагодарил ...": a relay earlier in the
# sentence, which reports the deed
_RELAY_BEFORE = re.compile(
    r"(?<![а-яё])как\s+(?:уже\s+|ранее\s+)?(?:сообща|сообщи|переда|пиш|написа|заяви|"
    r"отмеча|отмети|говори|сказа|уточн|рассказа)",
    re.I,
)
_CITING_BEFORE = frozenset(["привести", "приводить", "передать", "передавать"])
_PASSING_ON = frozenset(["передать", "передавать"])
# "попросил сообщество не признавать ...": a request said, with the infinitive it asks for
_ASKING = frozenset(["попросить", "просить"])
# "обратился к коллеге с просьбой разместить ...", "обратилась с призывом к сторонам":
# an address that carries a request, an appeal or a proposal says it, as "попросил" does
_ADDRESSING = frozenset(["обратиться", "обращаться"])
# "отвечает интересам сторон", "ответил всем требованиям": to meet a thing, not to reply
# ("ответил журналистам", "ответил Вашингтону"): see ANSWERING
_MEETING_REACH = 3  # words: "отвечает (самым) (современным) требованиям"
_ADDRESS_CARRIES = frozenset(["просьба", "призыв", "предложение", "требование"])
_ADDRESS_REACH = 8  # words after the verb: "к президенту России Владимиру Путину с просьбой"
# "«...», — приводятся в заявлении альянса слова генсека": the passive of "приводит слова",
# the document it quotes in (and its owner) before "слова"
_CITED = frozenset(["приводиться", "цитироваться"])
# the words so cited: "слова генсека", "обращение Эрдогана", "заявление министра"
_CITED_WORDS = word_set("слово заявление высказывание обращение")
_CITED_REACH = 6
# "не исключено": an impersonal predicative of what may be, not a report of ruling it out
_RULING_OUT = frozenset(["исключить", "исключать"])


def _contrast(text: str, ws: list[Word], k: int) -> bool:
    """ "тогда как", "в то время как" at ``k``: a contrast that opens another speaker's
    clause, not "как отметил" (as X noted), nor "Тогда, как сообщал X, ..." (a comma sets
    "тогда" apart as the time, "как" opens the aside)."""
    return (
        k > 0
        and ws[k - 1].text.lower() in ("тогда", "время")
        and not text[ws[k - 1].end : ws[k].start].strip()
    )


# A day or time said between "как" and its verb: "в среду", "5 июня", "в минувшую пятницу",
# "на прошлой неделе", "ранее в четверг"
_DAY_BETWEEN = re.compile(
    r"\s+(?:(?:ранее|накануне|вчера|сегодня|также|уже)\s+)?"
    r"(?:(?:в|во)\s+(?:(?:минувш|прошл|эт)\w+\s+)?"
    r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
    r"|\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|"
    r"ноября|декабря)|на\s+(?:прошлой|этой)\s+неделе|на\s+днях)\s+",
    re.I,
)


def _as_before_day(text: str, ws: list[Word], n: int) -> int | None:
    """Where "как" stands before the verb at ``n`` with only a day between ("Как в среду
    отметил", "Как 5 июня сообщил"), not after "тогда", "в то время"; None otherwise."""
    for k in range(n - 3, max(-1, n - 6), -1):
        if ws[k].text.lower() == "как":
            if _DAY_BETWEEN.fullmatch(text, ws[k].end, ws[n].start) and not _contrast(text, ws, k):
                return k
            return None
    return None


def _address_carries_words(ws: list[Word], n: int) -> bool:
    """ "обратился к X с просьбой ...": "с" and a noun of request, appeal or proposal after
    the verb of addressing at ``n``, before its clause ends."""
    after = ws[n + 1 : n + 1 + _ADDRESS_REACH]
    return any(
        a.text.lower() in ("с", "со") and morph.lemma(b.text) in _ADDRESS_CARRIES
        for a, b in zip(after, after[1:], strict=False)
    )


# "выступил с призывом ...": appearing with a call, a proposal, a statement or criticism
_APPEARING = frozenset(["выступить", "выступать"])
_APPEARANCE_NOUNS = frozenset(["заявление", "призыв", "предложение", "инициатива", "критика"])
_APPEARANCE_SAYS = re.compile(r"\s*(?::|[«\"“„]|,\s*(?:что|в котор\w+)\b|в адрес\b)")


def _appearance_says(text: str, ws: list[Word], n: int) -> bool:
    """ "выступил с призывом прекратить огонь", "с заявлением о ...", "с заявлением: «...»",
    "с критикой решения": the noun after "с" goes on to what was said (an infinitive, "о",
    "к", a colon, a quotation, a genitive object of criticism); not "с заявлением для
    прессы", "с предложением по Украине"."""
    k = next(
        (
            k
            for k in range(n + 2, min(n + 5, len(ws)))
            if morph.lemma(ws[k].text) in _APPEARANCE_NOUNS
        ),
        None,
    )
    if k is None:
        return False
    if _APPEARANCE_SAYS.match(text, ws[k].end):
        return True
    if k + 1 >= len(ws) or text[ws[k].end : ws[k + 1].start].strip():
        return False
    word = ws[k + 1].text
    if word.lower() in ("о", "об", "обо", "к", "ко"):
        return True
    top = morph.parses(word)[:1]
    if top and top[0].tag.POS == "INFN":
        return True
    if morph.lemma(ws[k].text) in _URGING_NOUNS and _infinitive_soon(text, ws, k + 1):
        return True  # "с предложением в течение года соблюдать ...": a time, then the deed
    return morph.lemma(ws[k].text) == "критика" and bool(top) and top[0].tag.case == "gent"


# A proposal or a call whose deed, an infinitive, may follow a time or a manner said first
_URGING_NOUNS = frozenset(["призыв", "предложение", "инициатива"])
_DEED_REACH = 10  # words: "в течение двух лет после вступления договора в силу" fits
# Words that end the phrase before the deed: another clause or another verb's object follows
_PHRASE_ENDS = frozenset(["и", "а", "но", "или", "однако", "чтобы"])


def _infinitive_soon(text: str, ws: list[Word], start: int) -> bool:
    """Whether an infinitive follows within a few words from ``start``, with no mark, no
    finite verb and no conjunction between ("в течение года соблюдать", "уже в этом году
    провести"; not "по Украине и пообещал продолжить")."""
    for j in range(start, min(start + _DEED_REACH, len(ws))):
        if j > start and text[ws[j - 1].end : ws[j].start].strip():
            return False
        if ws[j].text.lower() in _PHRASE_ENDS:
            return False
        top = morph.parses(ws[j].text)[:1]
        if top and top[0].tag.POS == "INFN":
            return True
        if top and top[0].tag.POS == "VERB":
            return False
    return False


def _meets(ws: list[Word], n: int) -> bool:
    """Whether the verb "отвечать" at ``n`` means to meet: a thing in the dative after it
    ("отвечает национальным интересам"), lower-case, past the adjectives before it; a person
    or a capital's name in the dative is one replied to."""
    for w in ws[n + 1 : n + 1 + _MEETING_REACH]:
        if not w.text.islower():
            return False
        top = morph.parses(w.text)[:1]
        if not top or top[0].tag.case != "datv":
            return False
        if top[0].tag.POS == "NOUN":
            return top[0].tag.animacy == "inan"
        if top[0].tag.POS not in ("ADJF", "PRTF"):
            return False
    return False


_DOCUMENT_REACH = 5  # words: "согласно распространенному в пятницу вечером сообщению"


def _document_next(text: str, ws: list[Word], k: int) -> bool:
    """Whether a document noun opens the phrase at ``k`` after "согласно", past the words
    in the dative that describe it ("согласно сообщению МИД", "согласно официальному
    заявлению Кремля", "согласно опубликованному вечером сообщению министерства"). Past
    such words the document must name its owner: "Согласно турецкому сообщению, президент
    указал ...", "согласно этому сообщению" point back to a readout told before, whose
    clause has its own speaker or tells a bare fact."""
    if morph.lemma(ws[k].text) in DOCUMENTS:
        return True
    if not morph.has_tag(ws[k].text, "datv") or not (
        morph.has_tag(ws[k].text, "ADJF") or morph.has_tag(ws[k].text, "PRTF")
    ):
        return False
    for j in range(k + 1, min(len(ws), k + 1 + _DOCUMENT_REACH)):
        if not ws[j].text.islower() or text[ws[j - 1].end : ws[j].start].strip():
            return False  # a name or a mark: the phrase has ended without a document
        if morph.lemma(ws[j].text) in DOCUMENTS:
            owned = j + 1 < len(ws) and not text[ws[j].end : ws[j + 1].start].strip()
            return owned and morph.has_tag(ws[j].text, "datv")
    return False


_ASIDE_REACH = 8  # words of a source set off inside a clause: "по информации пресс-службы Кремля"
# the sources that only pass a thing on ("по данным", "по информации"), unlike "по словам X",
# "по мнению X", whose X is the one who says it
_PASSED_ON = word_set("данным информации сообщению сведениям")


def _source_aside(text: str, ws: list[Word], n: int) -> bool:
    """Whether "по данным X" at ``ws[n]`` is a source set off by commas between a subject
    and its predicate, a verb of saying in it ("Президент, по информации пресс-службы,
    заявил, что ..."; "..., изложил оценку и заявил, что ..."): the one who said it is the
    subject, X only passed it on."""
    if n == 0 or ws[n + 1].text.lower() not in _PASSED_ON:
        return False
    if "," not in text[ws[n - 1].end : ws[n].start]:
        return False
    for k in range(n + 2, min(len(ws), n + 2 + _ASIDE_REACH)):
        if "," in text[ws[k - 1].end : ws[k].start]:
            verb = next(
                (i for i in range(k, min(len(ws), k + 3)) if morph.finite_verb(ws[i].text)), None
            )
            return verb is not None and _says_in_clause(text, ws, verb)
    return False


# "По наблюдениям корреспондента ТАСС Ивана Петрова", "по данным нашего корреспондента":
# the outlet's own reporter, the outlet as source, no speaker (as "Как передает корреспондент")
_REPORTERS = word_set("корреспондент корреспондентка спецкор репортер журналист журналистка")
_OUTLET_OWN = word_set("нашего собственного специального своего наших собственных специальных")
_OUTLET_NOUNS = word_set(
    "агентство газета издание телеканал радиостанция портал редакция интерфакс ведомость"
)
_QUOTE_OPENS = '«"“„'


def _outlets_reporter(text: str, ws: list[Word], n: int) -> bool:
    """Whether "по данным X" at ``ws[n]`` names an outlet's correspondent or journalist as
    X: "корреспондента ТАСС", "журналиста «Коммерсанта»", "нашего корреспондента"."""
    k = n + 2
    own = k < len(ws) and ws[k].text.lower() in _OUTLET_OWN
    k += own
    if k >= len(ws) or not morph.lemmas(ws[k].text) & _REPORTERS:
        return False
    if own:
        return True
    if k + 1 >= len(ws) or text[ws[k].end : ws[k + 1].start].strip() not in ("", *_QUOTE_OPENS):
        return False
    outlet = ws[k + 1].text
    return (
        text[ws[k].end : ws[k + 1].start].strip() != ""  # "корреспондента «Известий»"
        or (len(outlet) > 1 and outlet.isupper())  # "ТАСС", "РИА Новости", "НТВ"
        or outlet.isascii()  # "корреспондента Reuters"
        or bool(morph.lemmas(outlet) & _OUTLET_NOUNS)  # "корреспондента агентства", "Интерфакса"
    )


def _says_in_clause(text: str, ws: list[Word], k: int) -> bool:
    """Whether a verb of saying stands in the clause from ``ws[k]`` up to its next comma
    ("изложил оценку и заявил, что")."""
    for i in range(k, len(ws)):
        if i > k and "," in text[ws[i - 1].end : ws[i].start]:
            return False
        cue = verb_cue(ws[i])
        if cue is not None and cue.kind == "verb":
            return True
    return False


def _names_words_of(ws: list[Word], n: int) -> bool:
    """ "передает слова Лаврова", "Слова Лаврова передает": someone's words, named; also
    when the words open the sentence and their owner is longer ("Слова главы МИД Казахстана
    Мурата Нуртлеу передает ...", "Его слова передает ...": one named before the verb), not
    "Слова благодарности передал посол" (no one's words)."""
    for a, b in ((n + 1, n + 2), (n - 2, n - 1)):
        if a >= 0 and b < len(ws) and morph.lemma(ws[a].text) == "слово":
            return ws[b].text[:1].isupper()
    k = 1 if n > 1 and ws[0].text.lower() in POSSESSIVES else 0
    if k < n and morph.lemma(ws[k].text) == "слово":
        return k == 1 or any(x.text[:1].isupper() for x in ws[k + 1 : n])
    return False


# A participle's clause right after it, past a few words: ", что", ":"
_CLAUSE_NEXT = re.compile(r"(?:\s+[\w-]+){0,3}?\s*(?:,\s*(?:что|чтобы)\s|:)")
_QUOTE_DASH = re.compile(r",?\s*[-\u2013\u2014]+\s*")
_FREE_DASH = re.compile(r",?\s[-\u2013\u2014]+\s*")
# A line of dialogue: a dash opens the words, and a comma (or "!", "?", "...") and a dash
# close them before the verb ("- Спокойствия не предвидится, - оценил министр"); the words
# are a quotation though no marks stand around them
_DIALOGUE_OPENS = re.compile(r"[ \t]*[-\u2013\u2014][ \t]")
_DIALOGUE_CLOSES = re.compile(r"[,!?\u2026]\s*[-\u2013\u2014]\s*$")
_DIALOGUE_REACH = 2000  # the longest line of dialogue read back from its verb
CLAUSE_BREAK = re.compile(r"[,;:()]|\s[-\u2013\u2014]+\s|[«»\"“”„]")


# The word right before an opening mark, and a word right after a closing one,
# with only spaces between: the marks sit inside a phrase
_WORD_BEFORE_MARK = re.compile(r"(\w+)\s+$")
_WORD_AFTER_MARK = re.compile(r"\s+\w")

# A noun naming a programme, a channel or a paper, whose name follows it in marks
_MEDIA_NOUN = re.compile(
    r"(?:программ|передач|телепередач|шоу|телеканал|радиостанци|радио|газет|журнал|"
    r"издани|подкаст|ток-шоу)\w*\s*$",
    re.I,
)


def _object_words(ws: list[Word], n: int) -> list[Word]:
    """The three words after the verb at ``n`` where its object noun stands, past a number
    counting it: "выдвинул российской стороне три требования"."""
    after = ws[n + 1 : n + 5]
    counted = [x for x in after if not any(p.tag.POS == "NUMR" for p in morph.parses(x.text)[:1])]
    return counted[:3]


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
    aired: bool = False  # a broadcast's soundbite (.transcript.Turn)
    relative: bool = False  # said in a relative clause: "Борреля, который назвал ..."
    point: bool = False  # a point a line of a digest (tracker.extract.russian.digest)
    signed: bool = False  # a block of words signed by a caption (.signed)

    @property
    def at(self) -> int:
        return self.pieces[0][0] if self.pieces else self.cue_start


def _as_after_object(text: str, ws: list[Word], n: int) -> bool:
    """ "оценил отношения Москвы и Вашингтона как образец ...": "как" after a longer object,
    within the clause (no comma between)."""
    for k in range(n + 1, min(len(ws), n + 9)):
        if "," in text[ws[k - 1].end : ws[k].start]:
            return False
        if ws[k].text.lower() == "как":
            return True
    return False


class PageState:
    """Working state for one article: quotes, sentences, and the spans already claimed."""

    def __init__(self, text: str, body_start: int = 0) -> None:
        self.text = text
        self.quotes, self.gaps = split_quotes(text, find_quotes(text), is_attribution_word)
        spoken, spoken_gaps = dash_quotes(text, is_cue_word)
        if spoken:
            self.quotes = sorted(self.quotes + spoken, key=lambda q: q.outer)
            self.gaps = sorted(self.gaps + spoken_gaps)
        self._quote_starts = [q.outer[0] for q in self.quotes]
        self._gap_starts = [a for a, _ in self.gaps]
        self.sents = sentences(text, self.quotes, body_start)
        self._sentence_starts = [t.start for t in self.sents]
        self.claimed = Spans()  # the words of statements found so far
        self.found: list[Draft] = []  # the statements read so far, in order
        self._words: dict[int, list[Word]] = {}
        self.known = None  # tells a surname the article already named ("Дедов заявил")
        # tells whether a description ("министр") fits one the article named before a place
        self.fits_one_named = None

    def words(self, s: Sentence) -> list[Word]:
        if s.start not in self._words:
            self._words[s.start] = words(self.text, s.start, s.end)
        return self._words[s.start]

    def in_quote(self, pos: int) -> Quote | None:
        """The quotation ``pos`` stands in (not in the reporter's words inside its marks)."""
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        if i >= 0 and pos < self.quotes[i].outer[1] and self.in_gap(pos) is None:
            return self.quotes[i]
        return None

    def in_gap(self, pos: int) -> tuple[int, int] | None:
        """The reporter's words inside a quotation's marks that ``pos`` stands in."""
        i = bisect.bisect_right(self._gap_starts, pos) - 1
        if i >= 0 and pos < self.gaps[i][1]:
            return self.gaps[i]
        return None

    def quoted_name(self, pos: int) -> bool:
        """Whether ``pos`` is a mark around a name rather than words said: an outlet, a party
        or a document of one to three capitalised words ("«Ъ»", "«РИА Новости»")."""
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        if i < 0 or pos >= self.quotes[i].outer[1]:
            return False
        a, b = self.quotes[i].outer
        inner = re.findall(r"\w+", self.text[a:b])
        if 1 <= len(inner) <= 5 and _MEDIA_NOUN.search(self.text, max(0, a - 40), a):
            return True  # "в эфире программы «60 минут»", "в передаче «Вечер с ...»"
        if 1 <= len(inner) <= 5 and self._inside_phrase(a, b):
            return True  # "в ходе «прямой линии» выразил", "на полях «нормандской четверки»"
        return (
            1 <= len(inner) <= 3
            and (inner[0][:1].isupper() or inner[0][:1].isdigit())
            and not any(is_cue_word(w) for w in inner)
        )

    def _inside_phrase(self, a: int, b: int) -> bool:
        """Whether the marks ``[a, b)`` stand inside one phrase: a word other than a verb of
        saying right before them, a word right after, no punctuation between.
        Words said are set off by a colon, a comma or a dash; a term or a name in marks is
        governed by the word before it ("в ходе «прямой линии»", "в ответ на «угрозы»")
        and the clause goes on past it to its verb."""
        before = _WORD_BEFORE_MARK.search(self.text, max(0, a - 40), a)
        return (
            before is not None
            and not is_cue_word(before.group(1))
            and _WORD_AFTER_MARK.match(self.text, b) is not None
        )

    def is_claimed(self, pos: int) -> bool:
        return pos in self.claimed

    def claim(self, pieces: list[tuple[int, int]]) -> None:
        for a, b in pieces:
            self.claimed.add(a, b)

    def sentence_at(self, pos: int) -> Sentence | None:
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and pos < self.sents[i].end:
            return self.sents[i]
        return None

    def quotes_from(self, start: int, end: int) -> list[Quote]:
        """Quotations whose opening mark stands in ``[start, end)``, in order."""
        i = bisect.bisect_left(self._quote_starts, start)
        j = bisect.bisect_left(self._quote_starts, end)
        return self.quotes[i:j]

    def cues(self, s: Sentence) -> list[Cue]:
        text = self.text
        out: list[Cue] = []
        ws = self.words(s)
        anaphora = anaphora_at(text, s.start, s.end) or self._anaphora_after_quote(s)
        posed = posed_before(text, s.start, s.end)  # "Такую задачу поставил ..."
        for n, w in enumerate(ws):
            if self.in_quote(w.start):
                continue
            low = w.text.lower()
            nxt = ws[n + 1].text.lower() if n + 1 < len(ws) else ""
            if low == "по" and nxt in BY_WORDS:
                if _source_aside(text, ws, n) or _outlets_reporter(text, ws, n):
                    continue
                out.append(Cue(w.start, ws[n + 1].end, text[w.start : ws[n + 1].end], nxt, "words"))
                continue
            after = ws[n + 2].text.lower() if n + 2 < len(ws) else ""
            if low == "по" and nxt in ("его", "ее", "её", "их") and after in BY_WORDS:
                # "По его словам, ...": the owner is the possessive before the noun
                cue = Cue(w.start, ws[n + 2].end, text[w.start : ws[n + 2].end], after, "words")
                out.append(cue)
                continue
            if low == "с" and nxt == "точки" and after == "зрения" and n + 3 < len(ws):
                # "С точки зрения посла, ...": a view, as "по мнению"
                cue = Cue(w.start, ws[n + 2].end, text[w.start : ws[n + 2].end], "мнению", "words")
                out.append(cue)
                continue
            if low in ("с", "со") and nxt == "слов" and n + 2 < len(ws):
                # "Со слов посла, ...": what is known from someone's words, as "по словам"
                out.append(
                    Cue(w.start, ws[n + 1].end, text[w.start : ws[n + 1].end], "словам", "words")
                )
                continue
            if low == "с" and nxt in ("его", "ее", "её", "их") and after == "слов":
                # "С его слов, ..."
                cue = Cue(w.start, ws[n + 2].end, text[w.start : ws[n + 2].end], "словам", "words")
                out.append(cue)
                continue
            if low == "со" and nxt == "ссылкой" and after == "на" and n + 3 < len(ws):
                # "сообщает ТАСС со ссылкой на пресс-службу МИД": the one cited speaks
                out.append(Cue(w.start, ws[n + 2].end, text[w.start : ws[n + 2].end], "", "citing"))
                continue
            if nxt == "из" and morph.lemma(low) == "следовать" and morph.lemma(after) in DOCUMENTS:
                # "Это следует из заявления посольства", "Как следует из сообщения МИД, ..."
                out.append(Cue(w.start, w.end, w.text, "следовать", "document"))
                continue
            if low == "согласно" and n + 1 < len(ws) and _document_next(text, ws, n + 1):
                out.append(Cue(w.start, w.end, w.text, "согласно", "according"))
                continue
            cue = verb_cue(w) or infinitive_cue(ws, n)
            if cue is None and (manner := manner_cue(w)) and self._after_quote_dash(s, w.start):
                cue = manner  # "«...», — улыбнулся министр": the gesture names who spoke
            if cue is None:
                cue = justifying_cue(w, text)  # "обосновал решение тем, что ..."
            if (
                cue is None
                and not out
                and (thanks := thanking_cue(w, text))
                and not _RELAY_BEFORE.search(text, s.start, w.start)
                and not self._relayed_next(s)
            ):
                # "поблагодарил Трампа за поддержку ..."; not under "Как сообщает
                # пресс-служба, ...", "По словам Пескова, ...", "Согласно сообщению Кремля,
                # ..." (any cue read before it in the sentence) or "Об этом сообщила
                # пресс-служба." after it, whose report the thanks are (the thanks read
                # first: the relay is looked for only where they are)
                cue = thanks
            if cue is None and (said := participle_cue(w)) and _CLAUSE_NEXT.match(text, w.end):
                cue = said  # "Песков, ранее заявивший, что ...": the one it describes said it
            if cue is None and posed is not None and w.start >= posed.end() and sets_out(low):
                out.append(Cue(w.start, w.end, w.text, morph.lemma(low), "verb"))
                posed = None
                continue
            if cue is None and anaphora is not None and w.start >= anaphora.end():
                # "Такое заявление сделал ...": any verb after the words pointing back
                if any(p.tag.POS == "VERB" for p in morph.parses(low)[:1]):
                    out.append(Cue(w.start, w.end, w.text, morph.lemma(low), "verb"))
                    anaphora = None
                continue
            if cue is None:
                continue
            if cue.kind == "verb" and nxt == "бы" and morph.has_tag(w.text, "past"):
                continue  # "как в Кремле прокомментировали бы ...": a hypothesis, nothing said
            if (
                cue.kind == "verb"
                and ws[n + 1 : n + 2]
                and ws[n + 1].text == "ли"
                and text[w.end : ws[n + 1].start].isspace()
            ):
                continue  # "не ответил на вопрос, считает ли Эстония ...": a question put
            if (
                cue.kind == "passive"
                and cue.lemma in _RULING_OUT
                and n > 0
                and ws[n - 1].text.lower() == "не"
            ):
                continue  # "Не исключено, что ...": the writer's "it may be", no one said
            objects = LIGHT_VERBS.get(cue.lemma)
            pointed = (
                (anaphora is not None and w.start >= anaphora.end())  # "Такое мнение высказал"
                or (posed is not None and w.start >= posed.end() and sets_out(low))
                or made_that_statement(text, w.text, w.end, s.end)  # "сделал это заявление"
            )
            if does_a_deed(cue.lemma, text, w.end, s.end):
                continue  # "объявил персоной нон грата", "потребовал покинуть страну"
            if cue.lemma in _PASSING_ON and not _names_words_of(ws, n):
                continue  # "передал слова благодарности", "передал послание": no quoting
            if cue.lemma in ANSWERING and _meets(ws, n):
                continue  # "документ, который отвечает реалиям дня": no reply
            if cue.lemma in _ASKING and not any(
                p.tag.POS == "INFN" for x in ws[n + 1 : n + 6] for p in morph.parses(x.text)[:1]
            ):
                continue  # "попросил слова", "попросил о встрече": no request said

            if cue.lemma in EVALUATING and (
                (n > 0 and ws[n - 1].text.lower() in EVALUATIVE)
                or gives_a_figure(text, w.end, s.end)
            ):
                objects = None  # "высоко оценил итоги визита", "оценил ущерб в $2 млрд": said
            if cue.lemma in BARE_AFTER_QUOTE and self._after_quote_dash(s, w.start):
                objects = None  # "«...», — высказал дипломат": the quotation is its object
            if cue.lemma in _CITED and any(
                morph.lemma(x.text) in _CITED_WORDS for x in ws[n + 1 : n + 1 + _CITED_REACH]
            ):
                objects = None  # "приводятся в заявлении альянса слова генсека": the words
                # ("цитируется в сообщении Кремля обращение Эрдогана": his address)
            if cue.lemma in _ADDRESSING and _address_carries_words(ws, n):
                objects = None  # "обратился к коллеге с просьбой разместить ...": a request
            if (
                cue.lemma in _APPEARING
                and nxt in ("с", "со")
                and not pointed  # "выступил с таким заявлением": the words before
                and not _appearance_says(text, ws, n)
            ):
                continue  # "выступил с заявлением для прессы", "с речью": no words given
            if (
                objects is not None
                and not pointed
                and not any(morph.lemma(x.text) in objects for x in _object_words(ws, n))
                and not ("как" in objects and _as_after_object(text, ws, n))
                and not (
                    cue.lemma in OBJECT_FIRST  # "Ответственность за срыв он возложил на ..."
                    and any(morph.lemma(x.text) in objects for x in ws[: min(n, 2)])
                )
                and not (
                    cue.lemma in _CITING_BEFORE  # "Слова Лаврова приводит ТАСС"
                    and (
                        any(morph.lemma(x.text) in objects for x in ws[max(0, n - 3) : n])
                        # "Слова главы МИД Турции Хакана Фидана приводит ...": they open it
                        or any(morph.lemma(x.text) in objects for x in ws[: min(n, 2)])
                        # "«...», — слова постпреда России Василия Небензи приводит ТАСС"
                        or any(
                            morph.lemma(x.text) in objects and self._after_quote_dash(s, x.start)
                            for x in ws[:n]
                        )
                    )
                )
            ):
                continue  # "выразил уверенность", "обратил внимание"; not "выразил соболезнования"
            if n > 0 and ws[n - 1].text.lower() == "как" and cue.kind == "verb":
                if not _contrast(text, ws, n - 1):
                    cue = Cue(
                        ws[n - 1].start, w.end, text[ws[n - 1].start : w.end], cue.lemma, "as"
                    )
            elif (
                n > 1
                and ws[n - 2].text.lower() == "как"
                and cue.kind == "verb"
                and not self._breaks(ws[n - 2].end, w.start)
                and not _contrast(text, ws, n - 2)
            ):
                cue = Cue(ws[n - 2].start, w.end, text[ws[n - 2].start : w.end], cue.lemma, "as")
            elif cue.kind == "verb" and (k := _as_before_day(text, ws, n)) is not None:
                # "Как в среду отметил Галузин, ...": the day stands between "как" and its verb
                cue = Cue(ws[k].start, w.end, text[ws[k].start : w.end], cue.lemma, "as")
            out.append(cue)
        if out and any(c.lemma in THANKING for c in out[:-1]):
            # "Премьер поблагодарил Бербок за помощь, а та ответила: ...": thanks with other
            # words said after them in the sentence are left as they were read before
            out = [c for c in out[:-1] if c.lemma not in THANKING] + out[-1:]
        return out

    def _relayed_next(self, s: Sentence) -> bool:
        """Whether the sentence after ``s``, in its paragraph or the next, opens with words
        pointing back at it ("Об этом сообщила пресс-служба Кремля.", "Такое заявление
        ..."): ``s`` is that relay's report."""
        i = bisect.bisect_right(self._sentence_starts, s.start)
        if i >= len(self.sents) or self.sents[i].para - s.para > 1:
            return False
        t = self.sents[i]
        return bool(
            POINTING_BACK.match(self.text, t.start, t.end) or anaphora_at(self.text, t.start, t.end)
        )

    def _after_quote_dash(self, s: Sentence, at: int) -> bool:
        """Whether a quotation and a comma or dash stand right before ``at``: "«...», —"."""
        for q in self.quotes_from(s.start, at):
            dash = _QUOTE_DASH.match(self.text, q.outer[1], at)
            if dash and dash.end() == at and dash.group().strip():
                return True
        back = max(0, s.start - _DIALOGUE_REACH)
        line = self.text.rfind("\n", back, s.start) + 1
        if line == 0 and back > 0:
            return False  # no line of dialogue runs that long
        return bool(
            _DIALOGUE_OPENS.match(self.text, line, at)
            and _DIALOGUE_CLOSES.search(self.text, s.start, at)
            and self.in_quote(at) is None
        )

    def _anaphora_after_quote(self, s: Sentence) -> re.Match[str] | None:
        """ "«...», — с таким заявлением выступил ...": words pointing back at the quotation
        the sentence opens with."""
        for q in self.quotes_from(s.start, s.end):
            dash = _QUOTE_DASH.match(self.text, q.outer[1], s.end)
            if dash:
                return ANAPHORA.match(self.text, dash.end(), s.end)
        # "Встреча не планируется — такое мнение высказал ...": the words before the dash
        for dash in _FREE_DASH.finditer(self.text, s.start, s.end):
            if not self.in_quote(dash.start()):
                found = ANAPHORA.match(self.text, dash.end(), s.end)
                if found:
                    return found
        return None

    def _breaks(self, a: int, b: int) -> bool:
        return bool(CLAUSE_BREAK.search(self.text, a, b))
