"""Russian word forms through pymorphy3 (OpenCorpora's dictionary): lemma, case, gender.

Russian marks who did what by endings: "Рябков", "Рябкова", "Рябковым" are one man, and
"заявила" says a woman spoke. The analyser is loaded once per process (about 0.2 s, its
dictionaries are memory-mapped) and every word is analysed once (cached): an article
repeats its names and verbs, so the cache keeps a Russian article about as quick to read as
an English one.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pymorphy3

from .lexicon import COMPOUND_POSTS, CORRECTED_NOUNS, ORG_HEADS, word_set

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


@lru_cache(maxsize=1)
def analyser() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65536)
def parses(word: str) -> tuple:
    """Every reading of ``word`` (lower-cased), most likely first: a corrected reading
    (:data:`.lexicon.CORRECTED_NOUNS`, :data:`.lexicon.COMPOUND_POSTS`) before the
    dictionary's own."""
    low = word.lower()
    return _corrected_readings().get(low.replace("ё", "е"), ()) + tuple(analyser().parse(low))


class _CorrectedParse(pymorphy3.analyzer.Parse):
    """A reading from the table of corrected nouns, inflected within its own paradigm."""

    def inflect(self, required_grammemes):
        for reading in _paradigm(self.normal_form):
            if set(required_grammemes) <= reading.tag.grammemes:
                return reading
        return None

    # (the dictionary's own readings answer these through the analyser, which a corrected
    # reading has none of: the table is what knows the word)
    @property
    def lexeme(self) -> list:
        return list(_paradigm(self.normal_form))

    @property
    def is_known(self) -> bool:
        return True

    @property
    def normalized(self):
        return _paradigm(self.normal_form)[0]


@lru_cache(maxsize=1)
def _corrected_readings() -> dict[str, tuple]:
    """Each form of a corrected noun -> its readings (a form may stand in several cases)."""
    readings: dict[str, tuple] = {}
    for lemma_form in (*CORRECTED_NOUNS, *COMPOUND_POSTS):
        for reading in _paradigm(lemma_form):
            readings[reading.word] = readings.get(reading.word, ()) + (reading,)
    return readings


@lru_cache(maxsize=64)
def _paradigm(lemma_form: str) -> tuple:
    if lemma_form in COMPOUND_POSTS:
        model = COMPOUND_POSTS[lemma_form]
        prefix = lemma_form[: -len(model)]
        head = next(p for p in analyser().parse(model) if p.normal_form == model)
        return tuple(
            _CorrectedParse(prefix + p.word, p.tag, lemma_form, 1.0, ()) for p in head.lexeme
        )
    tags, singular, plural = CORRECTED_NOUNS[lemma_form]
    tag_class = analyser().TagClass
    return tuple(
        _CorrectedParse(form, tag_class(f"{tags} {number},{case}"), lemma_form, 1.0, ())
        for number, forms in (("sing", singular), ("plur", plural))
        for case, form in zip(CASES, forms.split(), strict=True)
    )


@lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """The dictionary forms ``word`` can be a form of ("заявила" -> {"заявить"})."""
    return frozenset(p.normal_form.replace("ё", "е") for p in parses(word))


@lru_cache(maxsize=65536)
def known(word: str) -> bool:
    """Whether the dictionary holds ``word`` (else every reading is a guess from its ending),
    or the lexicon's table of corrected readings does."""
    low = word.lower()
    return low.replace("ё", "е") in _corrected_readings() or analyser().word_is_known(low)


# Clipped first parts that make an institution's name out of a plain noun: "Дипакадемия"
# (дипломатическая академия), "Погранслужба", "Нацгвардия", "Минспорта", "Росавиация"
_CLIPPED_PREFIXES = ("погран", "нац", "дип", "мед", "мин", "рос", "гос", "спец", "ген")
# The nouns such a prefix turns into an institution (besides the bodies' heads in
# :data:`.lexicon.ORG_HEADS`): "Погранслужба", "Нацгвардия", "Росавиация", "Госнадзор".
# Any other noun after the prefix is a surname's chance spelling ("Мингулов" is not
# "мин" + "гулов", "Гоструп" not "гос" + "труп"), or a post ("Нацлидер")
_CLIPPED_BODY_NOUNS = word_set(
    "служба гвардия академия авиация инспекция надзор контроль охрана агентство фонд "
    "компания корпорация комиссия палата союз собрание совет центр институт университет "
    "флот армия полиция разведка таможня дума сеть альянс"
)
# Endings of Russian surnames (and of their feminine and oblique forms), which no clipped
# body name has: "Роспопов", "Минбаев", "Генкиной", "Рослова", "Росланов"
_SURNAME_ENDING = re.compile(
    r"(?:ов|ев|ин|ын|ова|ева|ина|ына|ову|еву|ину|овой|евой|иной|ский|ская|ской|ского)$"
)


@lru_cache(maxsize=16384)
def clipped_compound(word: str) -> bool:
    """Whether ``word``, unknown to the dictionary, is a clipped prefix on an institution's
    noun ("Дипакадемии" = "дип" + "академии"): a body, not a surname."""
    low = word.lower().replace("ё", "е")
    if known(low) or _SURNAME_ENDING.search(low):
        return False
    rests = [(p, low[len(p) :]) for p in _CLIPPED_PREFIXES if low.startswith(p)]
    return any(
        len(rest) >= 4
        and any(
            p.tag.POS == "NOUN"
            and not {"Name", "Surn", "Patr", "Geox"} & p.tag.grammemes
            and (
                p.normal_form in _CLIPPED_BODY_NOUNS
                or p.normal_form in ORG_HEADS
                # a ministry of its field: "Минспорт", "Минкульт", "Минспорта", "Минтранса"
                or prefix == "мин"
                and p.tag.number == "sing"
            )
            for p in analyser().parse(rest)
        )
        for prefix, rest in rests
    )


def lemma(word: str) -> str:
    """The likeliest dictionary form."""
    found = parses(word)
    return found[0].normal_form.replace("ё", "е") if found else word.lower()


def has_tag(word: str, *grammemes: str) -> bool:
    """Whether some reading of ``word`` carries all of ``grammemes``."""
    return any(all(g in p.tag for g in grammemes) for p in parses(word))


@lru_cache(maxsize=16384)
def verb_gender(word: str) -> str | None:
    """The gender a past-tense verb or short participle shows: 'm', 'f', 'n' or None."""
    for p in parses(word):
        if p.tag.POS in ("VERB", "PRTS", "ADJS") and p.tag.gender:
            return {"masc": "m", "femn": "f", "neut": "n"}.get(p.tag.gender)
    return None


def plural_past(word: str) -> bool:
    """Whether ``word`` reads only as a plural past-tense verb ("призвали", "заявили")."""
    found = parses(word)
    return bool(found) and all(
        p.tag.POS == "VERB" and p.tag.number == "plur" and p.tag.tense == "past" for p in found
    )


def is_name_word(word: str) -> bool:
    """A capitalised word that can be a person's name or surname: a first name, surname or
    patronymic in the dictionary, or a word the dictionary does not know at all (foreign
    names: "Чавушоглу", "Небензя"), but not a place or an organisation (nor a body's
    clipped compound: "Дипакадемии")."""
    if not word[:1].isupper() or not word.isalpha() or word.isupper() and len(word) > 1:
        return False
    found = parses(word)
    if any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in found):
        return not any({"Geox", "Orgn", "Abbr"} & p.tag.grammemes for p in found[:1])
    if any({"Geox", "Orgn", "Abbr"} & p.tag.grammemes for p in found):
        return False
    return not known(word) and not clipped_compound(word)


def finite_verb(word: str) -> bool:
    """Whether the likeliest reading of ``word`` is a finite verb ("оскорбляет", "заявил")."""
    found = parses(word)
    return bool(found) and found[0].tag.POS == "VERB"


def predicate(word: str) -> bool:
    """Whether the likeliest reading of ``word`` can carry a clause: a finite verb, a short
    participle or adjective ("заняты", "готов"), a predicative ("пора", "нужно")."""
    found = parses(word)
    return bool(found) and found[0].tag.POS in ("VERB", "PRTS", "ADJS", "PRED")


def nominative_noun(word: str) -> bool:
    """Whether ``word`` can be a noun in the nominative ("Лондон", whose accusative is spelt
    alike)."""
    return any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in parses(word))


def instrumental(word: str) -> bool:
    """A noun or adjective that can stand in the instrumental ("неприемлемыми",
    "лицемерной"), by the readings of its most likely part of speech."""
    found = parses(word)
    if not found or found[0].tag.POS not in ("NOUN", "ADJF", "PRTF"):
        return False
    return any(p.tag.case == "ablt" for p in found if p.tag.POS == found[0].tag.POS)


def mostly_a_pronoun(word: str) -> bool:
    """Whether the likeliest reading of ``word`` is a pronoun, a pronoun-like adjective or a
    function word: "Сами переговоры ...", "Все эти ..." open sentences, and a rare first name
    spelt alike ("Сами") is no reason to read them as one."""
    found = parses(word)
    if not found:
        return False
    top = found[0].tag
    return top.POS in ("NPRO", "PREP", "CONJ", "PRCL", "INTJ") or "Apro" in top.grammemes


def doing_then(word: str) -> bool:
    """An active imperfective participle in the past ("принимавший", "проводивший"): what
    its noun was doing at the time of the main verb, as "принимая" would say, not an act
    done before it ("посетивший", "введенные")."""
    found = parses(word)
    return bool(found) and {"PRTF", "actv", "impf", "past"} <= found[0].tag.grammemes


def participle_as_noun(word: str) -> bool:
    """A participle the dictionary reads first as the noun it became ("председательствующий",
    "командующий"): after a comma it still opens a phrase about its noun's doings."""
    found = parses(word)
    return bool(found) and found[0].tag.POS == "NOUN" and any(p.tag.POS == "PRTF" for p in found)


def participle(word: str) -> bool:
    """A participle read first ("принятом"), or a past participle behind the adjective
    reading the dictionary gives first ("достигнутой" as "достигнутый"; not "следующий"): the
    phrase it opens after a comma tells another event."""
    found = parses(word)
    if found and found[0].tag.POS == "PRTF":
        return True
    return (
        bool(found)
        and found[0].tag.POS == "ADJF"
        and any({"PRTF", "past"} <= p.tag.grammemes for p in found)
    )


def undeclined(word: str) -> bool:
    """Whether the dictionary knows ``word`` as a name that never declines ("Меркель",
    "Каллас"): its case is the syntax's, whatever form it reads as."""
    return any({"Fixd", "Surn"} <= p.tag.grammemes for p in parses(word))


def nominative_only(word: str) -> bool:
    """Whether ``word`` reads as a name in the nominative singular and in no other case
    ("Лавров", "Сергей"; not "Меркель", not "Лаврова")."""
    names = [p for p in parses(word) if {"Name", "Surn", "Patr"} & p.tag.grammemes]
    singular = [p for p in names if p.tag.number != "plur"]
    return bool(singular) and all(p.tag.case == "nomn" for p in singular)


def mans_genitive_first(word: str) -> bool:
    """Whether the analyser reads ``word`` as a name first as a man's genitive ("Пашиняна",
    "Лаврова", "Рябкова"), a woman's nominative at most after it; not "Захарова", which it
    knows first as hers."""
    names = [p for p in parses(word) if {"Name", "Surn"} & p.tag.grammemes]
    return bool(names) and {"masc", "sing", "gent"} <= names[0].tag.grammemes


def genitive(word: str) -> str:
    """A noun in the nominative put in the genitive, with its capitalisation ("Казахстан" ->
    "Казахстана", "Беларусь" -> "Беларуси"); as written when it has no such reading."""
    for p in parses(word):
        if p.tag.POS == "NOUN" and p.tag.case == "nomn":
            form = p.inflect({"gent", p.tag.number or "sing"})
            if form is not None:
                return word[0] + form.word[1:] if word[:1].isupper() else form.word
    return word


def _inflect_nominative(p, gender: str | None) -> str | None:
    grammemes = {"nomn", "sing"}
    if gender and "Surn" in p.tag.grammemes and p.tag.gender is None:
        grammemes.add({"m": "masc", "f": "femn"}.get(gender, "masc"))
    form = p.inflect(grammemes) or p.inflect({"nomn"})
    return form.word if form else None


@lru_cache(maxsize=16384)
def nominative(word: str, case: str, gender: str | None = None) -> str:
    """``word`` read in ``case`` (and ``gender`` when known), put in the nominative singular,
    with the capitalisation it had. A word without a reading in that case (an indeclinable
    foreign name) is returned as written."""
    if case == "nomn" or not word.replace("-", "").isalpha():
        return word
    if _foreign_in_i(word):
        return word  # "Моди", "Раиси", "Мелони", "Хаменеи": a foreign name in "-и" stays
    found = [
        p
        for p in parses(word)
        if p.tag.case == case and p.tag.POS in ("NOUN", "ADJF") and p.tag.number != "plur"
    ]  # one person: "Нин" is no plural of "Нина"
    if case == "accs" and not found and gender != "f":
        # a man's accusative is spelt as his genitive, though the dictionary knows his name
        # only as a thing's, whose accusative is its nominative ("Арарата": "Арарат")
        return nominative(word, "gent", gender)
    if gender:
        wanted = {"m": "masc", "f": "femn"}.get(gender)
        same = [
            p
            for p in found
            if p.tag.gender is None or "ms-f" in p.tag.grammemes or p.tag.gender == wanted
        ]
        found = same or found
    names = [p for p in found if {"Name", "Surn", "Patr"} & p.tag.grammemes]
    if not names and (surname := _russian_surname(word, case, gender)):
        return surname
    for p in names or found:
        form = _inflect_nominative(p, gender)
        if form and not known(word) and not _keeps_stem(form, word) and not _adjectival(form, word):
            # a guess that changes the stem ("Шольца" -> "Шолец"): a foreign name only
            # loses its ending
            form = _without_ending(word, case)
        if form:
            return _like(form, word)
    if not found and gender != "f" and not (known(word) and _noun(word)):
        # a foreign name the analyser reads only as a nominative ("Олафа", "Вучича"), or
        # only as no noun at all ("Милея" as a gerund): in a phrase whose case the syntax
        # fixes it only loses its ending
        bare = _without_ending(word, case)
        if bare:
            return _like(bare, word)
    return word


def _russian_surname(word: str, case: str, gender: str | None) -> str | None:
    """A Russian surname in "-ин", "-ов", "-ев" (a woman's in "-ина", "-ова", "-ева") put
    back in the nominative when the dictionary reads its form only as another word
    ("сенатора Григория Карасина", "Ирины Карасиной": "карасиный"); the gender comes from
    the given name or the verb, and a man's genitive ending tells it where none does."""
    low = word.lower()
    if len(low) < 5 or not word[:1].isupper():
        return None
    if gender != "f" and case in ("gent", "accs") and low.endswith(_MAN_IN_A):
        # a woman's would be "-овой", "-ову": a man's, even with initials only ("Посла
        # Н.Ю.Ноздрева", which the dictionary reads as the village "Ноздрево")
        return word[:-1]
    if gender == "f" and case in ("gent", "datv", "ablt", "loct") and low.endswith(_WOMAN_IN_OI):
        return word[:-2] + "а"
    if (
        gender != "f"
        and case == "ablt"
        and low.endswith(_MAN_IN_YM)
        and len(low) >= 7
        and not any(p.normal_form.endswith("ой") for p in parses(word))
    ):
        # "с Григорием Карасиным", which the dictionary reads only as the adjective
        # "карасиный": a man's instrumental (a woman's is "-иной"), the stem his nominative;
        # not "Боровым", a surname in "-ой" as its adjective is ("боровой")
        return word[:-2]
    return None


_MAN_IN_A = ("ова", "ева", "ёва", "ина", "ына")
_MAN_IN_YM = ("овым", "евым", "ёвым", "иным", "ыным")
_WOMAN_IN_OI = ("овой", "евой", "ёвой", "иной", "ыной")


_SOFT_ENDINGS = frozenset(["я", "ю", "ем"])
_VOWELS = frozenset("аеёиоуыэюя")
_HUSHING = frozenset("жшчщц")


def _noun(word: str) -> bool:
    return any(p.tag.POS == "NOUN" for p in parses(word))


_ENDINGS = {"gent": ("а", "я"), "accs": ("а", "я"), "datv": ("у", "ю"), "ablt": ("ом", "ем"),
            "loct": ("е",)}  # fmt: skip


def _keeps_stem(form: str, word: str) -> bool:
    """Whether ``form`` differs from ``word`` only after their common stem, by at most one
    letter of its own."""
    a, b = form.lower(), word.lower()
    common = 0
    while common < min(len(a), len(b)) and a[common] == b[common]:
        common += 1
    return common >= len(a) - 1


def _foreign_in_i(word: str) -> bool:
    """An unknown name in "-и" that no Russian declension ends so in an oblique case (not
    "Сибиги", "Кулеши" of names in "-а", nor "Сарабии" of one in "-ия"): Hindi, Persian,
    Italian names do not decline."""
    low = word.lower()
    return len(low) > 3 and low.endswith("и") and low[-2] not in "гкхжшщи" and not known(word)


# Peoples whose surnames in "-я" after a consonant ("Небензя", "Зозуля") decline as
# Russian nouns do; their own surnames in "-и" are next to none
_SLAVIC_COUNTRIES = frozenset(("Russia", "Belarus", "Ukraine"))
# Georgian surnames among them do not decline: "Церетели", "Дадиани", "Окуджава" aside
_GEORGIAN_IN_I = ("швили", "ели", "ани", "ули")


def slavic_genitive_in_ya(word: str, country: str | None) -> str | None:
    """The nominative of a Russian, Belarusian or Ukrainian official's surname the
    dictionary lacks, met in the genitive in "-и" after a consonant ("постпреда РФ Василия
    Небензи": "Небензя"), which :func:`nominative` leaves as written, as a foreigner's
    ("Гросси", "Моди") would be; None for any other."""
    low = word.lower()
    if country not in _SLAVIC_COUNTRIES or len(low) < 5 or known(word):
        return None
    if not low.endswith("и") or low[-2] in _VOWELS or low[-2] in "гкхжшщчцй":
        return None
    if low.endswith(_GEORGIAN_IN_I):
        return None
    return word[:-1] + "я"


def _adjectival(form: str, word: str) -> bool:
    """Whether ``form`` puts back a surname declined as an adjective ("Зеленского" ->
    "Зеленский", "Слуцкой" -> "Слуцкая"): its stem is kept whole, whatever the analyser
    knows of the name."""
    low = form.lower()
    adjective = low.endswith(("ский", "цкий", "ская", "цкая", "ской", "цкой"))
    return adjective and word.lower().startswith(low[:-2])


def consonant_stem(word: str, case: str) -> str | None:
    """A foreign name put back to the nominative by dropping its case ending alone
    ("Сауда" -> "сауд"), lower case; None when it ends in none."""
    return None if case == "nomn" else _without_ending(word, case)


def _without_ending(word: str, case: str) -> str | None:
    """A masculine name of the consonant declension put back by dropping its case ending;
    in the genitive, one in "-а" put back from "-ы"/"-и" ("Кулебы", "Сибиги"), which the
    consonant declension never ends in there."""
    low = word.lower()
    for ending in _ENDINGS.get(case, ()):
        if low.endswith(ending) and len(word) - len(ending) >= 2:
            stem = low[: -len(ending)]
            if ending[0] in "яюе" and stem[-1] in _VOWELS:
                # a stem in "-й" takes "-я", "-ю", "-ем" after its vowel: "Милея" is
                # "Милей", "Андрея" "Андрей"
                return stem + "й"
            if ending in _SOFT_ENDINGS and stem[-1] not in _HUSHING:
                # "Вэньбиня" -> "Вэньбинь", "Цзяня" -> "Цзянь": a soft stem's ending after
                # a consonant puts back its soft sign
                return stem + "ь"
            return stem
    if case == "ablt" and len(low) >= 5 and low.endswith(("ой", "ей")) and low[-3] not in _VOWELS:
        # "с Небензей", "с Ардзинбой": a name in "-я" or "-а" after a consonant, whose
        # instrumental the consonant declension never ends in ("-ом", "-ем")
        return low[:-2] + ("я" if low[-2] == "е" and low[-3] not in _HUSHING else "а")
    if (
        case == "gent"
        and len(low) >= 5
        and (low.endswith("ы") or low.endswith("и") and low[-2] in "гкхжшчщ")
    ):
        return low[:-1] + "а"
    return None


_DECLINED_ABBREVIATION = re.compile(r"[А-ЯЁ]{2,}[а-яё]{1,2}")


def _like(form: str, model: str) -> str:
    """``form`` with the capitalisation of ``model`` ("сергей", "Сергея" -> "Сергей"); an
    abbreviation declined with a lower-case ending ("МИДе", "МИДа") stays in capitals."""
    if (model.isupper() and len(model) > 1) or _DECLINED_ABBREVIATION.fullmatch(model):
        return form.upper()
    if model[:1].isupper():
        return "-".join(part[:1].upper() + part[1:] for part in form.split("-"))
    return form


def _noun_gender(words: list[str], case: str, person: str | None) -> str:
    """The grammatical gender of the noun an adjective goes with (the person's for nouns of
    either gender, "глава")."""
    for w in words:
        for p in parses(w):
            if p.tag.POS == "NOUN" and p.tag.case == case:
                if "ms-f" in p.tag.grammemes or p.tag.gender is None:
                    return {"f": "femn"}.get(person or "", "masc")
                return p.tag.gender
    return {"f": "femn"}.get(person or "", "masc")


def _modifies(adjectives: list, following: list[str], case: str) -> bool:
    """Whether an adjective that may also be a noun ("военного" as "a serviceman's",
    "первого", "главного") agrees with the word after it ("военного ведомства", "первого
    заместителя", "главному военному прокурору"), and so is that word's adjective."""
    wanted = {(p.tag.number, p.tag.gender) for p in adjectives}
    following = [w for w in following if parses(w) and parses(w)[0].tag.POS in ("NOUN", "ADJF")]
    return any(  # read first as a noun or adjective: not "по" as "ПО" (software)
        p.tag.POS in ("NOUN", "ADJF")
        and p.tag.case == case
        and (
            p.tag.number == "plur"
            or p.tag.gender is None
            or "ms-f" in p.tag.grammemes
            or (p.tag.number, p.tag.gender) in wanted
        )
        and (p.tag.number == "plur") == any(n == "plur" for n, _ in wanted)
        for w in following
        for p in parses(w)
    )


def phrase_nominative(words: list[str], case: str, gender: str | None = None) -> list[str]:
    """A noun phrase in ``case`` put in the nominative: its words up to the head noun change,
    the genitive complements after the head ("главы МИД России" -> "глава МИД России") stay."""
    if case == "nomn":
        return list(words)
    out: list[str] = []
    head_seen = False
    for n, w in enumerate(words):
        if head_seen:
            out.append(w)
            continue
        agreeing = [p for p in parses(w) if p.tag.case == case]
        if not agreeing:
            out.append(w)
            continue
        adjectives = [p for p in agreeing if p.tag.POS == "ADJF"]
        if adjectives and (
            len(adjectives) == len(agreeing) or _modifies(adjectives, words[n + 1 : n + 2], case)
        ):
            # an adjective agrees with its noun, not with the person: "официальный представитель"
            p = adjectives[0]
            grammemes = {"nomn", "sing", _noun_gender(words[n + 1 :], case, gender)}
            form = p.inflect(grammemes)
            out.append(_like(form.word, w) if form else w)
            continue
        out.append(nominative(w, case, gender))
        head_seen = not is_name_word(w)
    return out
