"""Which Russian words are cues: verbs of saying, and the words around them that change
how a cue is read.

A cue is a verb of saying in the past or present ("заявил", "считает"; not "скажет": what is
still to be said is no statement), a gerund ("заявив"), a short passive ("было заявлено"), a
document's "говорится", or the words of "по словам"; :mod:`.page` finds them in a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tracker.extract.russian import morph
from tracker.extract.russian.lexicon import (
    CONVICTION,
    IMPERSONAL,
    JUSTIFYING,
    MANNER_AFTER_QUOTE,
    SAYING,
    THANKING,
    word_set,
)
from tracker.extract.russian.text import Word


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    word: str
    lemma: str
    kind: str  # verb, gerund, words ("по словам"), as ("как отметил"), document, according


def is_cue_word(word: str) -> bool:
    found = _cue_reading(word.lower())
    return found is not None and found[1] == "verb"


def is_attribution_word(word: str) -> bool:
    """Whether a word can carry the reporter's words set into a quotation: a verb of
    saying, a document's "говорится" or a passive "сказано" ("«..., — говорится в
    заявлении, — ...»", "«..., — было подчеркнуто в МИД, — ...»")."""
    found = _cue_reading(word.lower())
    return found is not None and found[1] in ("verb", "document", "passive")


def verb_cue(w: Word) -> Cue | None:
    found = _cue_reading(w.text.lower())
    return Cue(w.start, w.end, w.text, found[0], found[1]) if found else None


@lru_cache(maxsize=65536)
def _cue_reading(low: str) -> tuple[str, str] | None:
    """(lemma, kind) when a word form is a verb of saying (or a document's "говорится")."""
    if len(low) < 3:
        return None
    for p in morph.parses(low):
        lemma = p.normal_form.replace("ё", "е")
        pos = p.tag.POS
        if lemma in IMPERSONAL and pos == "VERB":
            return lemma, "document"
        if lemma not in SAYING:
            continue
        if pos == "VERB" and not {"impr", "futr"} & p.tag.grammemes:
            return lemma, "verb"  # not "скажет": what is still to be said is no statement
        if pos == "GRND":
            return lemma, "gerund"
        if pos in ("ADJS", "PRTS") and lemma in CONVICTION:
            return lemma, "verb"
        if pos == "PRTS" and "pssv" in p.tag.grammemes:
            return lemma, "passive"  # "было заявлено", "сказано в заявлении"
    return None


def participle_cue(w: Word) -> Cue | None:
    """ "заявивший", "подчеркнувшего": an active participle of a verb of saying, singular;
    a cue only where the caller found its clause ("что", a colon) right after it."""
    lemma = _participle_reading(w.text.lower())
    return Cue(w.start, w.end, w.text, lemma, "participle") if lemma else None


@lru_cache(maxsize=65536)
def _participle_reading(low: str) -> str | None:
    for p in morph.parses(low)[:2]:
        lemma = p.normal_form.replace("ё", "е")
        if p.tag.POS == "PRTF" and {"actv", "sing"} <= p.tag.grammemes and lemma in SAYING:
            return lemma  # the analyser gives a participle its verb's infinitive
    return None


# The thing explained, then "тем, что": "объяснил отсутствие министра тем, что ..."
EXPLAINED_BY = re.compile(r"\s*[^,.!?;:«»\"\n]{1,160}?\sтем,\s*что\s+", re.I)


def justifying_cue(w: Word, text: str) -> Cue | None:
    """ "обосновал", "мотивировала": a verb of giving reasons in the past or present, a cue
    only where "тем, что" follows its object."""
    found = next(
        (
            p
            for p in morph.parses(w.text)[:2]
            if p.normal_form in JUSTIFYING
            and p.tag.POS == "VERB"
            and not {"impr", "futr"} & p.tag.grammemes
        ),
        None,
    )
    if found is None or EXPLAINED_BY.match(text, w.end) is None:
        return None
    return Cue(w.start, w.end, w.text, found.normal_form, "verb")


# The one thanked (a few words, in one clause), then "за": "поблагодарил американского
# лидера за ...", or "за" at once: "поблагодарила за поддержку"; never across "и" into a
# second act ("поблагодарил собравшихся и вручил награды за заслуги", "и сел за стол")
THANKED_FOR = re.compile(
    r"(?:\s+(?!и(?![\w-]))[^\W\d_]+(?:-[^\W\d_]+)?){0,4}\s+за\s+(?=[^\W\d_])", re.I
)
# what was thanked for, up to the end of its clause ("за службу и вручил им погоны": the
# thanks end before "и" and the next act)
_THANKED_OBJECT = re.compile(r"[^,.!?;:«»\"\n]{0,200}")


def thanking_cue(w: Word, text: str) -> Cue | None:
    """ "поблагодарил", "благодарит": a verb of thanking in the past or present, a cue only
    where "за" and what was thanked for follow the one thanked."""
    found = next(
        (
            p
            for p in morph.parses(w.text)[:2]
            if p.normal_form in THANKING
            and p.tag.POS == "VERB"
            and not {"impr", "futr"} & p.tag.grammemes
        ),
        None,
    )
    thanked = THANKED_FOR.match(text, w.end) if found is not None else None
    if thanked is None:
        return None
    if any(morph.finite_verb(x) for x in re.findall(r"[^\W\d_]+", thanked.group()[:-3])):
        return None  # "поблагодарил гостей, пришедших ..." no; a second verb before "за"
    heads = _thanked_heads(text[thanked.end() : thanked_object(text, thanked.end())])
    if heads and all(morph.lemma(h.lower()) in _COURTESIES for h in heads):
        return None  # "поблагодарил за приглашение", "за теплые слова": a courtesy
    return Cue(w.start, w.end, w.text, found.normal_form, "verb")


def _thanked_heads(obj: str) -> list[str]:
    """The nouns heading what was thanked for: the first noun, wherever it stands ("за
    очень теплый и радушный прием"), and those joined to it by "и" ("за добрые пожелания и
    подарок"); not the nouns they govern ("за организацию переговоров": "организацию")."""
    heads: list[str] = []
    joined = True
    for word in re.findall(r"[^\W\d_]+", obj)[:12]:
        low = word.lower()
        if low == "и":
            joined = True
            continue
        found = morph.parses(low)[:1]
        if joined and found and found[0].tag.POS == "NOUN":
            heads.append(low)
            joined = False
        elif heads and not (found and found[0].tag.POS in ("ADJF", "ADVB", "PRTF")):
            break  # past the heads: "в свой адрес", "позиции", "посетить Астану"
    return heads


def thanked_object(text: str, at: int) -> int:
    """Where what was thanked for (from ``at``, after "за") ends: at the clause's end, or
    before "и" and a finite verb ("за службу и вручил им погоны")."""
    end = _THANKED_OBJECT.match(text, at).end()
    for m in re.finditer(r"\s+и\s+([^\W\d_]+)", text[at:end]):
        if morph.finite_verb(m.group(1)):
            return at + m.start()
    return end


# What a guest or a host thanks for by custom: no view said ("за приглашение", "за
# гостеприимство", "за поздравления", "за теплый прием", "за радушную встречу")
# гостеприимство", "за поздравления", "за теплый прием", "за радушную встречу", "за теплые
# слова", "за добрые пожелания и подарок", "за вопросы", "за совместную работу"), read over
# the whole of what was thanked for, not its first words ("за организацию переговоров")
_COURTESIES = word_set(
    "приглашение гостеприимство поздравление прием приём радушие встреча внимание соболезнование "
    "слово пожелание подарок вопрос работа"
)


def manner_cue(w: Word) -> Cue | None:
    """ "улыбнулся", "развел (руками)": a verb of gesture in the past or present, a cue
    only where the caller found it right after a quotation and a dash."""
    lemma = _manner_reading(w.text.lower())
    return Cue(w.start, w.end, w.text, lemma, "verb") if lemma else None


@lru_cache(maxsize=65536)
def _manner_reading(low: str) -> str | None:
    for p in morph.parses(low)[:2]:
        lemma = p.normal_form.replace("ё", "е")
        if (
            lemma in MANNER_AFTER_QUOTE
            and p.tag.POS == "VERB"
            and not {"impr", "futr"} & p.tag.grammemes
        ):
            return lemma
    return None


def infinitive_cue(ws: list[Word], n: int) -> Cue | None:
    """ "не стал исключать", "поспешил заверить", "не преминул напомнить", "вынужден был
    признать": a verb of saying in the infinitive after a verb that makes it said."""
    w = ws[n]
    lemma = _infinitive_of_saying(w.text.lower())
    if lemma is None:
        return None
    k = _governing_at(ws, n)
    if k is None:
        return None
    governing = [p.normal_form for p in morph.parses(ws[k].text)[:2] if p.normal_form in GOVERNING]
    if not governing or (GOVERNING[governing[0]] and lemma not in GOVERNING[governing[0]]):
        return None
    return Cue(w.start, w.end, w.text, lemma, "verb")


def _governing_at(ws: list[Word], n: int) -> int | None:
    """Where the word that governs the infinitive at ``ws[n]`` stands, past "не", "бы" ..."""
    k = n - 1
    while k >= 0 and ws[k].text.lower() in _BETWEEN and n - k <= 4:
        k -= 1
    return k if k >= 0 else None


def finite_word(ws: list[Word], cue: Cue) -> str:
    """The word whose person, number and gender the cue's subject agrees with: the cue's
    own, or the verb governing its infinitive ("в МИД поспешили заявить": plural)."""
    k = _governing_verb(ws, cue)
    return ws[k].text if k is not None else cue.word


def with_governing_verb(ws: list[Word], cue: Cue) -> Cue:
    """An infinitive cue widened back to the verb that governs it ("— поспешили заверить в
    Пентагоне": the attribution starts at "поспешили"); any other cue as it is."""
    k = _governing_verb(ws, cue)
    return cue if k is None else Cue(ws[k].start, cue.end, cue.word, cue.lemma, cue.kind)


def _governing_verb(ws: list[Word], cue: Cue) -> int | None:
    """Where the verb governing an infinitive cue of saying stands in ``ws``, if it is one."""
    n = next((i for i, w in enumerate(ws) if w.start == cue.start), None)
    if n is None or cue.kind != "verb" or _infinitive_of_saying(cue.word.lower()) is None:
        return None
    return _governing_at(ws, n)


@lru_cache(maxsize=65536)
def _infinitive_of_saying(low: str) -> str | None:
    """The lemma of an infinitive of a verb of saying ("исключать"), or None."""
    if not low.endswith(("ть", "ти", "чь")):
        return None
    found = next(
        (p for p in morph.parses(low) if p.tag.POS == "INFN" and p.normal_form in SAYING), None
    )
    return found.normal_form if found is not None else None


# Verbs after which an infinitive of saying was said ("решил напомнить", "поспешил
# заверить"); some only with the infinitives that keep the sense ("не стал исключать" says
# it may be so; "не стал подтверждать" says nothing)
_NOT_RULING_OUT = word_set("исключать исключить отрицать опровергать")
GOVERNING: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        word_set(
            "поспешить спешить хотеть мочь успеть решить преминуть попытаться счесть "
            "вынужденный продолжить продолжать начать торопиться поторопиться"
        ),
        frozenset(),
    ),
    "стать": _NOT_RULING_OUT,
    "отказаться": _NOT_RULING_OUT,
}
_BETWEEN = word_set("не бы же был была было были также все всё еще ещё тут")


def plural_verb(word: str) -> bool:
    return any(p.tag.number == "plur" and p.tag.POS == "VERB" for p in morph.parses(word)[:1])


# A sentence opening with words that point back at what was said before it: "Такое
# заявление сделал ...", "С такой оценкой выступил ...", "Эту позицию озвучил ..."
ANAPHORA = re.compile(
    r"\s*(?:[Сс] )?(?:[Тт]ак\w+|[Ээ]т\w+|[Пп]одобн\w+|[Сс]оответствующ\w+)\s+"
    r"(?:заявлени\w+|мнени\w+|оценк\w+|позици\w+|точк\w+ зрения|информаци\w+|"
    r"слов\w*|прогноз\w*|предположени\w+|призыв\w*|предупреждени\w+|вывод\w*)"
    r"(?=\s)"
)
# "Как передает Report, такое заявление сделал ...": the outlet that relays the words
# opens the sentence, and the words pointing back come after its comma
_OUTLET_RELAY = re.compile(
    r"\s*[Кк]ак (?:передает|передаёт|передают|сообщает|сообщают|пишет|пишут|информирует) "
    r"(?:[^,.;:!?«»\"\n]|\.(?=\w)){1,60},"
)


def anaphora_at(text: str, start: int, end: int) -> re.Match[str] | None:
    """ANAPHORA opening the sentence at ``start``, or right after an outlet's relay that opens
    it ("Как передает Report, такое заявление сделал ..."): the relay only says who passes
    the words on, and the sentence still points back at the one before as what was said."""
    found = ANAPHORA.match(text, start, end)
    if found is None and (relay := _OUTLET_RELAY.match(text, start, end)) is not None:
        found = ANAPHORA.match(text, relay.end(), end)
    return found


# "Такую задачу поставил ...", "Такое предложение внес ...": a task, an aim, a proposal or a
# demand pointed back at; said only with a verb of setting it out ("Такое предложение
# поддержали депутаты" is others agreeing)
_POSED = re.compile(
    r"\s*[Тт]ак\w+\s+(?:задач\w+|цел[ьи]|тезис\w*|предложени\w+|требовани\w+|иде[юяи]|"
    r"мысл[ьи]|поручени\w+)(?=\s)"
)
_POSING = word_set(
    "поставить ставить обозначить обозначать сформулировать формулировать выдвинуть выдвигать "
    "озвучить озвучивать высказать высказывать внести вносить изложить излагать сделать "
    "делать дать давать"
)


def posed_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """Words from ``start`` pointing back at a task or proposal set out in the sentence
    before ("Такую задачу ..."), or None."""
    return _POSED.match(text, start, end)


def sets_out(verb: str) -> bool:
    """Whether ``verb`` is one of setting out a task or a proposal ("поставил", "обозначил")."""
    return morph.lemma(verb) in _POSING and any(p.tag.POS == "VERB" for p in morph.parses(verb)[:1])


# Verbs of making a statement that words pointing back may follow: "сделал это заявление",
# "выступил с таким заявлением", "озвучил эту позицию"
_MAKING = word_set("сделать делать выступить выступать озвучить озвучивать высказать высказывать")


def made_that_statement(text: str, verb: str, after: int, end: int) -> bool:
    """Whether ``verb`` is one of making a statement, followed from ``after`` (before ``end``)
    by words pointing back at the one before ("Министр сделал это заявление в воскресенье")."""
    return (
        morph.lemma(verb) in _MAKING
        and any(p.tag.POS == "VERB" for p in morph.parses(verb)[:1])
        and ANAPHORA.match(text, after, end) is not None
    )


# "оценил ... как", or with an adverb that says how: "высоко оценил", "негативно оценивает"
EVALUATING = frozenset(["оценить", "оценивать"])
EVALUATIVE = word_set(
    "высоко положительно позитивно негативно отрицательно критически скептически невысоко "
    "низко весьма крайне"
)
# "оценил ущерб в 2 млрд долларов", "оценил вероятность в 25%": an estimate given in figures
# within the verb's clause (no comma between)
_FIGURE = re.compile(
    r"[^,.;:!?«»\"]{0,80}?(?<![\w-])в\s+(?:[$€]\s?)?\d[\d\s,.]*?\s?"
    r"(?:%|процент|млн|млрд|трлн|тыс|долл|евро|руб|тонн|\$)",
    re.I,
)


# "оценил встречу на «десять из десяти»", "оценил переговоры на пять баллов": a score on a
# scale, within the verb's clause
# (the score in the accusative, the scale in the genitive: "десять из десяти")
_NUMBER = (
    r"(?:\d+|нол[ья]|одн?\w{0,3}|дв\w{1,2}|тр\w{1,2}|четыр\w{1,3}|пят\w{0,2}|шест\w{0,2}|"
    r"сем\w{0,2}|восем\w{0,2}|восьм\w{1,2}|девят\w{0,2}|десят\w{0,2}|ст[оа])"
)
_SCORE = re.compile(
    rf"[^,.;:!?«»\"]{{0,80}}?(?<![\w-])на\s+[«\"]?{_NUMBER}\s+(?:из\s+{_NUMBER}|балл)", re.I
)


def gives_a_figure(text: str, start: int, end: int) -> bool:
    """Whether an evaluating verb ending at ``start`` puts a figure or a score on its
    object: the estimate is said."""
    return _FIGURE.match(text, start, end) is not None or _SCORE.match(text, start, end) is not None


# Deeds done by a verb of saying, no words reported (ANNOTATION.md: expelling diplomats is
# an action): "объявил персоной нон грата сотрудника посольства", "объявила общенациональный
# траур", "объявил режим чрезвычайного положения" (an act of state, as English "declared
# ... persona non grata"; not "объявил о ...", an announcement); "потребовал от дипломатов
# покинуть страну", an expulsion ordered
_DECLARED_ACT = re.compile(
    r"[^.;:!?«»\"\n]{0,80}?(?<![\w-])персон\w+\s+нон[\s-]грата"
    r"|\s+(?:(?!(?:о|об|обо|что|в|во|на)\s)[а-яё-]+\s+){0,2}?"
    r"(?:траур|режим|чрезвычайн\w+\s+положени|военн\w+\s+положени|комендантск\w+\s+час|"
    r"мобилизаци|карантин|амнисти|локдаун|дефолт|банкротств|"
    # "объявил благодарность коллективу МЧС": a commendation, an act of office
    r"благодарност)\w*(?![\w-])",
    re.I,
)
# (diplomats ordered out, or "them" after "объявил персонами нон грата"; not "потребовал от
# иностранных войск покинуть страну", a demand said)
_ORDERED_OUT = re.compile(
    r"\s+от\s+(?:них|него|нее|неё|(?:[а-яё-]+\s+){0,2}?(?:дипломат|сотрудник|посл|консул|"
    r"атташе|советник|секретар)\w*)[^.;:!?«»\"\n]{0,60}?(?<![\w-])покинуть\s+"
    r"(?:страну|территори|пределы|Росси)",
    re.I,
)
# "оговорили условия поставок", "оговорил сроки": terms agreed on (or a man slandered),
# nothing said; a stipulation is said only as a clause or a quotation after the verb
# ("оговорил, что решение возможно лишь при взаимности", "оговорил: «...»")
_TERMS_AGREED = re.compile(r"(?!\s*(?:,\s*что(?![\w-])|:|[«\"„]))")
_DEEDS = {
    "объявить": _DECLARED_ACT,
    "объявлять": _DECLARED_ACT,
    "оговорить": _TERMS_AGREED,
    "оговаривать": _TERMS_AGREED,
    "потребовать": _ORDERED_OUT,
    "требовать": _ORDERED_OUT,
}


# "Путин распоряжением выразил благодарность коллективу МЧС", "указом ... выразил
# благодарность": thanks given by a document of office, a commendation, no words said
_THANKS = re.compile(r"\s+(?:[а-яё]+\s+)?благодарност\w*(?![\w-])", re.I)
_BY_DECREE = re.compile(
    r"(?<![\w-])(?:распоряжением|указом|приказом|постановлением)(?![\w-])", re.I
)
_DECREE_REACH = 120  # characters back from the verb, within its sentence


def does_a_deed(lemma: str, text: str, start: int, end: int) -> bool:
    """Whether the verb of saying ``lemma`` ending at ``start`` (its sentence ending before
    ``end``) does a deed its words name (see ``_DEEDS``), saying nothing."""
    deed = _DEEDS.get(lemma)
    if deed is not None and deed.match(text, start, end) is not None:
        return True
    if lemma not in ("выразить", "выражать") or not _THANKS.match(text, start, end):
        return False
    back = max(text.rfind(c, max(0, start - _DECREE_REACH), start) for c in ".!?\n") + 1
    return _BY_DECREE.search(text, back, end) is not None


# "По словам X", "по мнению X", "по его оценке": the noun after "по" that names what a
# speaker said or thinks
BY_WORDS = word_set(
    "словам мнению оценке оценкам данным информации утверждению заявлению признанию "
    "убеждению сведениям версии подсчетам подсчётам прогнозу наблюдениям"
)
