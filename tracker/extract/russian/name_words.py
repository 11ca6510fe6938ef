"""What one Russian word can be in a speaker's phrase: a post, a body, an outlet, a country, a
part of a person's name in a given case; how a run of name words ends, and how a name is put
back into the nominative ("главы МИД РФ Сергея Лаврова" is Сергей Лавров).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.extract.russian import morph
from tracker.extract.russian.lexicon import (
    CAPITALS,
    COUNTRIES,
    EAST_ASIAN_SURNAMES,
    ORG_HEADS,
    OUTLETS,
    ROLE_HEADS,
    word_set,
)
from tracker.extract.russian.text import Word

_NOT_NAMES = word_set(
    "об этом так при как по ранее также однако вместе кроме между тем это этот эта "
    # personal pronouns opening a dash's line ("— Мы выходим на новый уровень"): no one named
    "мы вы ты они он она оно"
)


def lemmas(word: str) -> frozenset[str]:
    return morph.lemmas(word)


# "и.о. министра": the acting post written short (one word to :func:`text.words`)
ACTING = "и.о"


@lru_cache(maxsize=16384)
def is_role(word: str) -> bool:
    """A noun naming a post ("главой", "замминистра", "постпред"), not an adjective nor a
    word read first as a preposition ("после" is rarely "about the ambassador")."""
    if word.lower() == ACTING:
        return True
    found = morph.parses(word)
    if found and found[0].tag.POS in ("PREP", "CONJ", "PRCL"):
        return False
    if any(
        (p.tag.POS == "NOUN" or "Subx" in p.tag.grammemes)  # "госслужащей": a noun in use
        and p.normal_form.replace("ё", "е") in ROLE_HEADS
        for p in found
    ):
        return True
    low = word.lower()
    if lemmas(word) & _SUBSTANTIVISED_POSTS and morph.has_tag(word, "sing"):
        return True  # "Уполномоченный по правам человека": an adjective used as a post
    if low.startswith("экс-") and len(low) > 6:
        return is_role(word[4:])  # "экс-президента", "экс-глава"
    if low.startswith("вице-") and len(low) > 7:
        return is_role(word[5:])  # "вице-министр", "вице-канцлера": the deputy of a post
    if low.startswith("гос") and len(low) > 8 and not low.startswith("госу"):
        return is_role(word[3:])  # "госсоветник", "госминистра": a state's post, contracted
    head, dash, party = low.partition("-")
    if dash and len(head) > 3 and len(party) > 3 and is_role(head):
        return True  # a post and a party: "сенатор-демократ", "депутата-единоросса"
    return bool(lemmas(word) & ROLE_HEADS) and not morph.has_tag(word, "ADJF")


# A post named by an adjective used as a noun, which the dictionary reads as no noun
_SUBSTANTIVISED_POSTS = word_set("уполномоченный")


# Bodies named by two words, whose noun alone names none ("дом", "дворец"); "Североатлантический
# альянс" is the wires' other name for NATO, given by its acronym
_TWO_WORD_BODIES: dict[tuple[str, str], tuple[str, str | None]] = {
    ("белый", "дом"): ("Белый дом", "United States"),
    ("елисейский", "дворец"): ("Елисейский дворец", "France"),
    ("североатлантический", "альянс"): ("НАТО", None),
}


def two_word_body(ws: list[Word], i: int, case: str) -> tuple[str, str | None, int] | None:
    """ "Белый дом", "в Белом доме", "Елисейского дворца": (its name in the nominative, its
    country, the index after it) when a capitalised adjective and its noun stand at ``i``
    in ``case``."""
    if i + 1 >= len(ws) or not ws[i].text[:1].isupper():
        return None
    key = (morph.lemma(ws[i].text), morph.lemma(ws[i + 1].text))
    if key not in _TWO_WORD_BODIES or not in_case(ws[i + 1].text, case):
        return None
    name, country = _TWO_WORD_BODIES[key]
    return name, country, i + 2


@lru_cache(maxsize=16384)
def role_in_case(word: str, case: str) -> bool:
    """A post noun of one person read in ``case`` ("главой" is instrumental, not a genitive
    adjective; "главы" before a name is genitive, not the plural nominative)."""
    return any(
        p.tag.POS == "NOUN"
        and p.normal_form.replace("ё", "е") in ROLE_HEADS
        and ((p.tag.case == case and p.tag.number != "plur") or "Fixd" in p.tag.grammemes)
        for p in morph.parses(word)
    ) or not morph.known(word)


@lru_cache(maxsize=16384)
def is_org(word: str) -> bool:
    """A body's head word: an institution's noun ("министерство", "МИД") or a clipped compound
    the clipped prefix makes an institution of ("Погранслужба", "Нацгвардия", "Дипакадемии")."""
    if word.lower() in OUTLETS:
        return False
    return (
        bool(lemmas(word) & ORG_HEADS)
        or word.lower() in ORG_HEADS
        or (word[:1].isupper() and morph.clipped_compound(word))
    )


@lru_cache(maxsize=16384)
def is_outlet(word: str) -> bool:
    """An outlet's name ("ТАСС", "Интерфаксу"), its national edition ("РБК-Украина",
    "Интерфакс-Казахстан") or a news site's address ("Газета.uz", "News.am")."""
    low = word.lower()
    if low in OUTLETS or low.rstrip("у") in OUTLETS:
        return True
    if "-" in low and low.split("-", 1)[0] in OUTLETS:
        return True
    if word[:1].isupper() and lemmas(word) & _OUTLET_LEMMAS:
        return True  # "«Известиям»", "Коммерсанту", "Интерфакса": an outlet in any case
    return bool(_SITE.search(low))


_SITE = re.compile(r"\w\.(?:ru|ру|ua|uz|kz|by|am|az|ge|md|kg|tj|com|net|org|info)$")
_OUTLET_LEMMAS = word_set("известие ведомость коммерсант коммерсантъ интерфакс")


# "Соединенных Штатов", "Соединённые Штаты": the United States, capitalised (not "штатов")
_UNITED_STATES = re.compile(r"(?:Соедин[её]нн\w+|Штат(?:ы|ов|ам|ами|ах))")


@lru_cache(maxsize=16384)
def country_of(word: str) -> str | None:
    low = word.lower()
    if low in COUNTRIES:
        return COUNTRIES[low]
    if _UNITED_STATES.fullmatch(word):
        return "United States"
    for lemma in lemmas(word):
        if lemma in COUNTRIES:
            return COUNTRIES[lemma]
    return None


def name_like(w: Word, first_in_sentence: bool) -> bool:
    """A capitalised word that can be part of a person's name."""
    return _name_like(w.text, first_in_sentence)


def abbreviation(word: str) -> bool:
    """An abbreviation, in capitals ("ОДКБ") or in mixed case with three capitals or more
    in one unhyphenated part ("ЕврАзЭС", "МинДНР"): a body's name, never a person's, whose
    surname capitalises two letters at most ("МакДугал", "Сассу-Нгессо")."""
    if word.isupper():
        return len(word) > 1
    return any(sum(c.isupper() for c in part) >= 3 for part in word.split("-"))


@lru_cache(maxsize=16384)
def east_asian(word: str) -> bool:
    """A Chinese, Korean or Vietnamese surname, in any case ("Ваном")."""
    return word.lower() in EAST_ASIAN_SURNAMES or morph.lemma(word) in EAST_ASIAN_SURNAMES


@lru_cache(maxsize=16384)
def _name_like(word: str, first_in_sentence: bool) -> bool:
    if east_asian(word) and word[:1].isupper():
        return True
    if _ARTICLE.match(word) and word[word.index("-") + 1 :].isalpha():
        return True  # "ас-Сиси заявил": an Arabic surname with its article, lower case
    if not word[:1].isupper() or word.lower() in _NOT_NAMES or is_outlet(word):
        return False
    if abbreviation(word):
        return False  # an abbreviation: "ГПС", "МИД", "МинДНР"
    if not any("\u0400" <= c <= "\u04ff" for c in word) or re.search(r"[A-Za-z]", word):
        return False  # Russian news writes names in Cyrillic; Latin words are outlets, brands,
        # and so are words half in Latin: "Telegram-канале"
    if country_of(word) or word.lower() in CAPITALS or is_role(word) or is_org(word):
        return False
    if morph.clipped_compound(word):
        return False  # "Дипакадемии", "Погранслужбы": a body's clipped compound
    if len(word) == 1:
        return True  # an initial
    if first_in_sentence:
        if morph.mostly_a_pronoun(word):
            return False  # "Сами Путин и Макрон ...": "themselves", not the given name "Сами"
        return any(
            {"Name", "Surn", "Patr"} & p.tag.grammemes for p in morph.parses(word)
        ) or not morph.known(word)
    if morph.is_name_word(word):
        return True
    # no reading as a singular common word, an adjective or a verb: "Рябков" reads only as a
    # plural of "рябок"; "Благодарю" after a transcript's label is a verb; "Воздушных" (сил)
    # an adjective
    return not morph.known(word) or not any(
        p.tag.POS in ("NOUN", "ADVB", "PREP", "CONJ", "NPRO", "ADJS")
        and p.tag.number != "plur"
        or p.tag.POS in ("VERB", "INFN", "GRND", "PRTF", "PRTS", "ADJF")
        for p in morph.parses(word)
    )


@lru_cache(maxsize=16384)
def in_case(word: str, case: str, plural_ok: bool = False) -> bool:
    for p in morph.parses(word):
        if p.tag.case == case and (plural_ok or p.tag.number != "plur"):
            return True
        if "Fixd" in p.tag.grammemes or p.tag.POS is None:
            return True
    return not morph.known(word)


@lru_cache(maxsize=16384)
def name_in_case(word: str, case: str, given: bool = False) -> bool:
    """A name word that can be in ``case``. Plural readings and verb forms are ignored: a
    capitalised "Рябков" is a surname, not "of the hazel grouse", and "Логвинов" a surname
    the dictionary lacks, not "of the Logvins". A ``given`` name, the first word of a longer
    one, is no Romanian surname in "-у": "Урсулу", "Нарендру" are accusatives."""
    readings = [
        p
        for p in morph.parses(word)
        if p.tag.POS in ("NOUN", "ADJF", None) and p.tag.number != "plur"
    ]
    if name_particle(word) or (foreign_in_u(word) and not given):
        return True
    known = readings if morph.known(word) else []
    if not known:  # a name the dictionary does not know: its ending proves nothing
        return True
    return any(p.tag.case == case or "Fixd" in p.tag.grammemes for p in known)


@lru_cache(maxsize=16384)
def foreign_in_u(word: str) -> bool:
    """A capitalised word in "-у" the dictionary reads as no surname, no man's given name
    and no adjective, only as an oblique case of some noun ("Санду" as "Санда", "Гроссу" as
    "гросс"): a Romanian or Moldovan surname, which Russian does not decline."""
    if len(word) < 4 or not word[:1].isupper() or not word.endswith("у"):
        return False
    return not any(
        p.tag.case == "nomn"
        or {"Surn", "Fixd"} & p.tag.grammemes
        or p.tag.POS != "NOUN"
        or ("Name" in p.tag.grammemes and p.tag.gender != "femn")
        for p in morph.parses(word)
    )


def run_in_case(names: list[str], case: str) -> bool:
    """Whether the words of one name can all stand in ``case``; a middle part of a long
    foreign name may stay as written ("с Хосейном Амир Абдоллахияном")."""
    return all(
        name_in_case(w, case, given=n == 0 and len(names) > 1)
        or east_asian(w)  # "с Ван И": Chinese names stay as written
        or (0 < n < len(names) - 1 and case != "nomn" and name_in_case(w, "nomn"))
        or (n == 0 and len(names) > 1 and case == "nomn" and _indeclinable_foreign(names[-1]))
        or (n and names[n - 1] in FAMILY_ARTICLES)  # "Аль Тани" in any case
        # "Антониу Кошта", "Хавьер Милей": a foreign surname the dictionary reads only as a
        # common word ("кошт", "миля") takes the case of the given name before it
        or (n and n == len(names) - 1 and first_name_in(names[n - 1], case) and _common_word(w))
        for n, w in enumerate(names)
    )


def _common_word(word: str) -> bool:
    """A word the dictionary knows, and only as no one's name: no given name, surname or
    patronymic, nothing animate."""
    found = morph.parses(word)
    return (
        morph.known(word)
        and bool(found)
        and not any({"Name", "Surn", "Patr", "anim"} & p.tag.grammemes for p in found)
    )


def _indeclinable_foreign(word: str) -> bool:
    """A surname the dictionary lacks that ends in a vowel Russian does not decline ("Муто",
    "Коно", "Абэ"): a foreign name, whose given name ("Акира") may look like an oblique
    case of a Russian one ("Акир") and be a nominative all the same."""
    return word[-1:].lower() in "оеиуюэ" and not morph.known(word)


# Lower-case words inside a foreign name: "Урсула фон дер Ляйен", "Мухаммед бен Сальман",
# "Абдель Фаттах ас-Сиси"
_PARTICLES = word_set("фон дер де ди да дю ван бен бин ибн аль эль ла ле дель делла дос дас ду тер")
# The article of a Gulf dynasty's name, capitalised apart from it: "Абдалла бен Заид Аль
# Нахайян", "Мухаммед бен Абдель Рахман Аль Тани"; no word of the name of its own
FAMILY_ARTICLES = frozenset(("Аль", "Эль"))
# "Abd al-" opening an Arabic given name, written apart from the rest, which alone declines:
# "Абдель Фаттаха ас-Сиси", "Абдул Рашида"
_SERVANT_OF = frozenset(("Абдель", "Абдул", "Абдуль", "Абдаль"))
_ARTICLE = re.compile(r"(?:аль|ас|ад|ан|аш|ат|аз|ар|эль|эд|эш|эн)-(?=[А-ЯЁ])")


# Words after a Kyrgyz or Azerbaijani father's name that close a person's name: "son of",
# "daughter of" ("Нурлан Абдыкадыр уулу", "Айгуль Бекназар кызы")
_SON_OF = word_set("уулу кызы оглы гызы")


def son_of(word: str) -> bool:
    """ "уулу", "кызы", "оглы": the word closing a name after the father's name."""
    return word in _SON_OF


def name_particle(word: str) -> bool:
    """A lower-case part of a foreign name: a particle ("фон", "бен") or an Arabic article
    joined to the surname ("ас-Сиси")."""
    return (
        word in _PARTICLES
        or word in FAMILY_ARTICLES
        or word in _SERVANT_OF
        or bool(_ARTICLE.match(word))
    )


def name_run(ws: list[Word], i: int, text: str, sentence_start: int) -> int:
    """Where a run of name words starting at ``ws[i]`` ends (exclusive index)."""
    if i > 0 and place_where(ws[i - 1].text, ws[i].text):
        return i + 1  # "в Минске Лукашенко": the town alone, the subject after it
    j = i
    particles = 0
    # a given name read apart before the run ("Петером" before "Сийярто") shows its case too
    lead = i - 1 if i and ws[i - 1].text[:1].isupper() and plain_gap(text, ws[i - 1], ws[i]) else i
    while j < len(ws):
        w = ws[j]
        if j > i and text[ws[j - 1].end : w.start] not in (" ", ".", ". ", "\u00a0"):
            break
        if j > i and name_particle(w.text) and _particle_leads_on(ws, j, text):
            j += 1
            particles += 1  # "фон дер" leads on to the surname
            if _ARTICLE.match(w.text):
                break  # "ас-Сиси" is the surname itself
            continue
        first = w.start == sentence_start
        if j > i and is_outlet(w.text):
            break  # "цитирует Ван И РИА Новости": the outlet after the name
        if names_a_region(ws, j, text):
            break  # "аким Атырауской области": the region's adjective, unknown to the dictionary
        korean = 0 < j - i <= 2 and east_asian(ws[i].text) and len(w.text) <= 4
        if not (
            name_like(w, first)
            or (j > i and w.text[:1].isupper() and (after_first(ws[j - 1]) or korean))
            or (j == i + 1 and _surname_after_foreign_first(ws[i].text, w.text))
            # "Мари Ранту": an undeclined surname in "-у" after a given name the dictionary
            # reads as a common noun ("марь")
            or (j == i + 1 and foreign_in_u(w.text) and not country_of(w.text))
        ):
            break  # "Ким Чен Ын", "Цой Сон Хи": the given name's syllables, any reading
        if (
            j >= i + 2
            and first_name_in(w.text, "nomn")
            and morph.known(w.text)  # "Мухаммада Сиддика Ходжиева": a guess is no given name
            and _oblique_first_name(ws[i].text)
            and not name_particle(ws[j - 1].text)  # "Мухаммеда бен Абдель Рахмана": the father's
        ):
            break  # "президента Владимира Путина Юрий Ушаков": a second name, in its own case
        if j > i and _instrumental_then_nominative([x.text for x in ws[lead:j]], w.text):
            break  # "с главой МИД Турции Хаканом Фиданом Лавров": the subject after the partner
        named_before = j - i >= 2 or (j - lead >= 2 and name_like(ws[lead], False))
        if named_before and _declined_then_not(ws[j - 1].text, w.text):
            break  # "с генсеком ООН Антониу Гутеррешем Небензя": his surname, then the subject's
        if j - i >= 2 and _fixed_then_surname(ws[i:j], w.text):
            break  # "с министром Ван И Лавров", "с Марко Рубио Лавров": his name declines
        if (
            j >= max(2, i + 1)
            and ws[j - 2].text[:1].isupper()
            and _oblique_first_name(ws[j - 2].text)
            and text[ws[j - 2].end : ws[j - 1].start] == " "
            and (not morph.known(ws[j - 1].text) or morph.undeclined(ws[j - 1].text))
            and (
                (morph.known(w.text) and morph.nominative_only(w.text))
                # "с Кайей Каллас Гутерриш сказал": a surname the dictionary lacks, the
                # subject's words ending with it
                # (her surname one the dictionary knows never to decline, not "Мухаммада
                # Сиддика Ходжиева", all three guessed in one case)
                or (
                    j + 1 == len(ws)
                    and morph.known(ws[j - 1].text)
                    and morph.undeclined(ws[j - 1].text)
                    and morph.has_tag(ws[j - 2].text, "ablt")
                    and not morph.known(w.text)
                    and name_in_case(w.text, "nomn")
                )
            )
        ):
            # "с Анналеной Бербок Лавров": her given name in its case and her surname, which
            # does not decline, then his, which reads only as a nominative
            break
        if j >= i + 2 and w.text == ws[i].text:
            break  # "Александр Лукашенко Александр Лукашенко": a caption pasted twice
        # an initial has its stop ("С.Лавров"); "В МИД" is a preposition, "Ван И" a name
        if (
            len(w.text) == 1
            and not text.startswith(".", w.end)
            and not (j > i and east_asian(ws[j - 1].text))
        ):
            break
        j += 1
        if j - i - particles >= 4:
            break
    if j > i and name_particle(ws[j - 1].text) and not _ARTICLE.match(ws[j - 1].text):
        j -= 1  # a particle ends no name
    if (
        j > i  # "Ильхам Гейдар оглы", or from the father's name on, after a given name read apart
        and j < len(ws)
        and ws[j].text in _SON_OF
        and text[ws[j - 1].end : ws[j].start] == " "
    ):
        j += 1  # "Нурлан Абдыкадыр уулу": the father's name, then "son of"
        if (
            j < len(ws)
            and text[ws[j - 1].end : ws[j].start] == " "
            and ws[j].text[:1].isupper()
            and name_like(ws[j], False)
        ):
            j += 1  # "Ильхам Гейдар оглы Алиев": the surname after the father's name
    return j


# the nouns a region's adjective stands before: "Костанайской области", "Ошского района"
_REGION_NOUNS = word_set(
    "область области областью областей край края краю краем крае район района районе районом "
    "округ округа округе округом губерния губернии вилайет вилайета вилоят вилоята"
)


def names_a_region(ws: list[Word], j: int, text: str) -> bool:
    """A capitalised adjective before a region's noun ("Атырауской области", "Чуйского
    района"): CIS regions' adjectives the dictionary does not know read as surnames."""
    return (
        j + 1 < len(ws)
        and ws[j + 1].text in _REGION_NOUNS
        and text[ws[j].end : ws[j + 1].start] == " "
        and ws[j].text.endswith(("ой", "ого", "ом", "ая", "ий", "ый", "ому", "ую"))
    )


def qualifies_a_noun(ws: list[Word], j: int, text: str) -> bool:
    """A capitalised adjective agreeing with the lower-case word after it ("Московского
    центра", "Московского государственного университета"): the first word of a body's
    name in a title, though the dictionary also reads it as a surname."""
    if j + 1 >= len(ws) or text[ws[j].end : ws[j + 1].start] != " ":
        return False
    after = ws[j + 1].text
    if not after.islower():
        return False
    own = {_agreement(p.tag) for p in morph.parses(ws[j].text) if p.tag.POS == "ADJF"}
    return bool(own) and any(
        _agreement(p.tag) in own for p in morph.parses(after) if p.tag.POS in ("ADJF", "NOUN")
    )


def _agreement(tag) -> tuple[str | None, str | None, str | None]:
    """The case, number and gender two words must share to agree (no gender in the plural)."""
    return tag.case, tag.number, tag.gender if tag.number != "plur" else None


def first_name_in(word: str, case: str) -> bool:
    """Whether ``word`` reads as a first name in ``case`` ("Юрий"; not "Владимира")."""
    return any("Name" in p.tag.grammemes and p.tag.case == case for p in morph.parses(word))


def _oblique_first_name(word: str) -> bool:
    """A first name, and never in the nominative ("Владимира"; not "Юрий", not "А.")."""
    names = [p for p in morph.parses(word) if "Name" in p.tag.grammemes]
    return len(word) > 1 and bool(names) and all(p.tag.case != "nomn" for p in names)


def _instrumental_then_nominative(before: list[str], word: str) -> bool:
    """Whether name words with one read first in the instrumental ("Хаканом Фиданом",
    "Петером Сийярто", whose surname does not decline) are followed by one the dictionary
    knows in the nominative and never in the instrumental ("Лавров"), or reads as a surname
    in the nominative only ("Зеленский"): two names in two cases, no one name."""
    if not any(p[0].tag.case == "ablt" for p in map(morph.parses, before) if p):
        return False
    last = morph.parses(before[-1]) if before else []
    if (
        morph.known(before[-1])
        and any(p.tag.case == "nomn" for p in last)
        and not any(p.tag.case == "ablt" for p in last)
    ):
        return False  # "по вопросам сотрудничества с Африкой Иван Сидоров": "Иван" opens the name
    single = _his_readings(
        before[-1], word, [p for p in morph.parses(word) if p.tag.number != "plur"]
    )
    if not morph.known(word) and not any(
        "Surn" in p.tag.grammemes and p.tag.case == "nomn" for p in single
    ):
        return False
    return any(p.tag.case == "nomn" for p in single) and not any(
        p.tag.case == "ablt" for p in single
    )


# The endings of a name declined in the instrumental: "Гутеррешем", "Макроном", "Моди" has none
_INSTRUMENTAL_ENDINGS = ("ом", "ем", "ём", "ой", "ей", "ым", "им")


def _his_readings(before: str, word: str, found: list) -> list:
    """The readings of ``word`` less a woman's surname that does not decline, where the name
    word before it is a man's in the instrumental ("Эрдоганом Шольц": "Шольц" guessed also
    as a woman's surname in any case): a man's name does not go on with a woman's surname;
    all of them where the word is in the dictionary or nothing else is left."""
    said = [p for p in morph.parses(before) if p.tag.case == "ablt"]
    if morph.known(word) or not said or any(p.tag.gender != "masc" for p in said):
        return found
    his = [p for p in found if not (p.tag.gender == "femn" and "Fixd" in p.tag.grammemes)]
    return his or found


def _declined_then_not(before: str, word: str) -> bool:
    """Whether a surname declined in the instrumental, after the given name before it, is
    followed by a word with no instrumental reading: the partner's name has ended ("с
    Антониу Гутеррешем Небензя"); a name's words agree in case, and one that cannot decline
    ("Сийярто") follows only a given name, not a declined surname."""
    if not before.endswith(_INSTRUMENTAL_ENDINGS) or word.endswith(_INSTRUMENTAL_ENDINGS):
        return False
    found = morph.parses(before)
    if not any(p.tag.case == "ablt" for p in found) or (
        morph.known(before) and any({"Name", "Patr"} & p.tag.grammemes for p in found)
    ):
        # "с Жозе Мануэлем Баррозу", "с Петром Алексеевичем Порошенко": a second given
        # name or the father's, then the surname
        return False
    found = _his_readings(before, word, morph.parses(word))
    if _dictionary_surname(word):
        # "Шойгу", "Лукашенко": a surname of ours that does not decline is no partner's
        return not any(p.tag.case == "ablt" and "Fixd" not in p.tag.grammemes for p in found)
    return not any(p.tag.case == "ablt" or "Fixd" in p.tag.grammemes for p in found)


def _fixed(word: str) -> bool:
    """A name word that reads the same in every case ("Марко", "Рубио"); no initial."""
    found = morph.parses(word) if len(word) > 1 else []
    return any("Fixd" in p.tag.grammemes for p in found) and not any(
        {"Name", "Surn"} & p.tag.grammemes and "Fixd" not in p.tag.grammemes for p in found
    )


def _fixed_then_surname(run: list[Word], word: str) -> bool:
    """Whether a name that does not decline (a Chinese one, or given name and surname both
    fixed) is followed by a Russian surname the dictionary knows: a second person's, in the
    case of the clause, as in "с госсекретарем США Марко Рубио Лавров"; one name has no
    such three parts ("Сергей Викторович Лавров" declines throughout)."""
    if not _dictionary_surname(word):
        return False
    if east_asian(run[0].text):
        return True
    return morph.nominative_only(word) and all(_fixed(w.text) for w in run)


def _particle_leads_on(ws: list[Word], j: int, text: str) -> bool:
    """Whether the particle at ``ws[j]`` is followed, through other particles, by a
    capitalised word (or is itself the surname, "ас-Сиси")."""
    if _ARTICLE.match(ws[j].text):
        return True
    k = j + 1
    while k < len(ws) and text[ws[k - 1].end : ws[k].start] == " ":
        if ws[k].text[:1].isupper():
            return True
        if not name_particle(ws[k].text):
            return False
        k += 1
    return False


@lru_cache(maxsize=16384)
def _surname_after_foreign_first(first: str, word: str) -> bool:
    """ "Нед Прайс", "с Недом Прайсом": after a given name the dictionary does not know, a
    capitalised word that is no place, body, post or outlet and stands in a case the given
    name's ending allows is the surname, even when it reads as a common noun ("прайс")."""
    if len(first) < 2 or morph.known(first) or not word[:1].isupper() or word.isupper():
        return False
    if country_of(word) or word.lower() in CAPITALS or is_role(word) or is_org(word):
        return False
    if is_outlet(word) or word.lower() in _NOT_NAMES or not word.isalpha():
        return False
    # a word the analyser cannot even guess ("Нед") is read as written: a nominative
    cases = {p.tag.case or "nomn" for p in morph.parses(first) if p.tag.number != "plur"}
    return any(
        p.tag.POS == "NOUN" and p.tag.number != "plur" and p.tag.case in cases
        for p in morph.parses(word)
    )


def after_first(w: Word) -> bool:
    """A first name or an initial, after which any capitalised word is the surname."""
    return len(w.text) == 1 or any("Name" in p.tag.grammemes for p in morph.parses(w.text)[:2])


def _gender_of_name(ws: list[Word], case: str) -> str | None:
    """The gender the dictionary gives a word of the name; a guess for a word it does not
    know ("Цзиньпин") and an indeclinable surname tell none."""
    for w in ws:
        if not morph.known(w.text):
            continue
        named = [
            p
            for p in morph.parses(w.text)
            if p.tag.case == case and {"Name", "Surn"} & p.tag.grammemes and p.tag.gender
        ]
        if len({p.tag.gender for p in named}) > 1:
            continue  # "Геворкян", "Мирзоян" in the nominative: a man's or a woman's
        for p in named:
            if "Fixd" not in p.tag.grammemes:  # "Нуртлеу", "Гарибашвили": either gender
                return {"masc": "m", "femn": "f"}.get(p.tag.gender)
    return None


def normal_name(ws: list[Word], case: str, gender: str | None) -> tuple[str, str | None]:
    """The name in the nominative, initials dropped ("П.Климкина" -> "Климкин"); a one-letter
    given name after an East Asian surname stays ("Ван И")."""
    full = [
        w for n, w in enumerate(ws) if len(w.text) > 1 or (n > 0 and east_asian(ws[n - 1].text))
    ]
    declined = gender != "f"  # by the verb: the dictionary's genders say nothing of "Ким"
    gender = gender or _gender_of_name(full, case)
    parts = [
        w.text
        if n and n == len(full) - 1 and foreign_in_u(w.text)  # a surname: "Майя Санду"
        else _part_nominative(w.text, case, gender)
        for n, w in enumerate(full)
    ]
    for n in range(1, len(full)):
        if full[n - 1].text in FAMILY_ARTICLES:
            # "Аль Сауда", "Аль Нахайяна" lose their ending; "Аль Тани", "Аль Бусаиди" do not
            # decline, whatever Russian word they look like ("Тани" is no "Таня")
            parts[n] = _like_stem(morph.consonant_stem(full[n].text, case), full[n].text)
    if len(parts) > 1 and case in ("gent", "datv", "loct") and parts[0].endswith(("аи", "ии")):
        # "Каи Каллас", "Гии Хуцишвили": a given name in "-ая" or "-ия" ("Кая", "Гия") takes
        # "-аи", "-ии" there, which the dictionary does not know or reads only as another
        # word's plural ("Кай")
        parts[0] = parts[0][:-1] + "я"
    if (
        len(parts) > 1
        and case == "gent"
        and parts[0] == full[0].text
        and (parts[0].endswith("ы") or parts[0].endswith("и") and parts[0][-2:-1] in "гкх")
    ):
        # "Маки Бочоришвили": a given name in "-а" whose genitive the dictionary reads only
        # as another word's plural ("маки"), left as written: a genitive "-ы", "-и" is "-а"
        parts[0] = parts[0][:-1] + "а"
    if len(parts) > 1 and case == "accs" and parts[0] == full[0].text and parts[0].endswith("ю"):
        # "Каю Каллас": its accusative in "-аю", "-ию", read only as a dative of "Кай"
        parts[0] = parts[0][:-1] + "я"
    if len(parts) > 1 and case != "nomn" and declined and east_asian(full[0].text):
        # "Ким Чен Ына", "Ли Цяну", "Чжао Лицзянем": a man's Chinese or Korean name declines
        # only its last syllable, which ends in a consonant; a woman's does not decline
        parts[-1] = _syllable_nominative(full[-1].text, case)
    if len(parts) > 1 and case == "gent" and parts[-1].endswith("ы") and parts[-1] == full[-1].text:
        # "Антониу Кошты", "Сигэру Исибы": a surname in "-а" whose genitive the dictionary
        # reads only as a plural ("кошт"), left as written: a genitive "-ы" is a nominative "-а"
        parts[-1] = parts[-1][:-1] + "а"
    return " ".join(parts), gender


# The endings a consonant-final syllable takes in each case (hard, soft): "Ына", "Цзяня"
_SYLLABLE_ENDINGS = {"gent": ("а", "я"), "accs": ("а", "я"), "datv": ("у", "ю"),
                     "ablt": ("ом", "ем"), "loct": ("е", "е")}  # fmt: skip
# The consonants a Chinese or Korean syllable ends in, as Russian spells them ("Ын", "Цян",
# "Чхоль", "Ёп"); "Цзя", "Хи" end in a vowel and do not decline
_SYLLABLE_FINALS = frozenset("нмкплрт")


def _like_stem(stem: str | None, word: str) -> str:
    return word[:1] + stem[1:] if stem else word


def _syllable_nominative(word: str, case: str) -> str:
    """The last syllable of a Chinese or Korean name without its case ending ("Ына" ->
    "Ын", "Цзяня" -> "Цзянь"); a syllable that ends otherwise is returned as written."""
    hard, soft = _SYLLABLE_ENDINGS.get(case, ("", ""))
    for ending, after in ((hard, ""), (soft, "ь")):
        stem = word[: -len(ending)] if ending and word.endswith(ending) else ""
        if len(stem) >= 2 and stem[-1].lower() in _SYLLABLE_FINALS:
            return stem + (after if stem[-1].lower() in "нл" else "")
    return word


def _part_nominative(word: str, case: str, gender: str | None) -> str:
    """One word of a name in the nominative; a particle stays, an article's surname
    declines ("аль-Асада" -> "аль-Асад")."""
    if word in _PARTICLES or word in FAMILY_ARTICLES or word in _SERVANT_OF or word in _SON_OF:
        return word
    halves = word.split("-")
    if len(halves) == 2 and all(h[:1].isupper() and h.isalpha() for h in halves):
        # "Львовой-Беловой": each half of a double surname declines; the first of a double
        # given name does not ("с Касым-Жомартом Токаевым": "Касым", no adjective "касый")
        first = halves[0] if _undeclined_name(halves[0], case) else None
        return "-".join(
            first if n == 0 and first else morph.nominative(h, case, gender)
            for n, h in enumerate(halves)
        )
    article = _ARTICLE.match(word)
    if article:
        rest = word[article.end() :]
        if rest[-1:] in ("и", "у", "о", "е", "э", "ю"):
            return word  # "ас-Сиси" does not decline
        return word[: article.end()] + morph.nominative(rest, case, gender)
    return morph.nominative(word, case, gender)


def _undeclined_name(word: str, case: str) -> bool:
    """A given name written in the nominative where another case stands: the dictionary
    reads it as a name only there, and as no noun in ``case``."""
    found = morph.parses(word)
    return (
        case != "nomn"
        and any("Name" in p.tag.grammemes and p.tag.case == "nomn" for p in found)
        and not any(p.tag.POS == "NOUN" and p.tag.case == case for p in found)
    )


_SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына", "ский",
                    "цкий", "ская", "цкая", "енко", "швили", "дзе", "ян", "янц")  # fmt: skip


def surname_shaped(word: str) -> bool:
    """A sentence's first word that ends as Russian, Ukrainian or Caucasian surnames do and
    reads as no singular common word ("Рябков сказал"; not "Москва", "Дума")."""
    return word.lower().endswith(_SURNAME_ENDINGS) and _name_like(word, False)


def not_a_name_part(word: str) -> bool:
    """A capitalised word no dictionary reads as a first name, patronymic or surname."""
    return len(word) > 1 and not any(
        {"Name", "Surn", "Patr"} & p.tag.grammemes for p in morph.parses(word)
    )


def first_name_before(ws: list[Word], j: int, text: str) -> bool:
    """A capitalised word inside a title, right before a name, that is no place, body or
    abbreviation: the first name of that name."""
    w = ws[j]
    if j + 1 >= len(ws) or not w.text[:1].isupper() or w.text.isupper() or len(w.text) < 2:
        return False
    if re.search(r"[A-Za-z]", w.text):
        return False  # "в Telegram-канале Медведев": no first name
    if country_of(w.text) or is_org(w.text) or is_role(w.text) or is_outlet(w.text):
        return False
    found = morph.parses(w.text)
    if not plain_gap(text, w, ws[j + 1]) or not name_like(ws[j + 1], False):
        return False
    if _instrumental_then_nominative([x.text for x in ws[max(0, j - 1) : j + 1]], ws[j + 1].text):
        return False  # "с главой МИД Венгрии Петером Сийярто Лавров": the partner's surname
    if j and name_like(ws[j - 1], False) and _declined_then_not(w.text, ws[j + 1].text):
        return False  # "с Имангали Тасмагамбетовым Шойгу": his surname, then the subject's
    if not morph.known(w.text) and closes_a_title(ws, j, text):
        # "министра иностранных дел Египта Бадра Абдель Аты": after a title closed by its
        # country, a word the dictionary lacks, whatever place or abbreviation its ending
        # makes a guess of ("Бадра" as "бадра"), is the given name
        return True
    if any({"Orgn", "Abbr"} & p.tag.grammemes for p in found):
        return False
    if j > 0 and place_where(ws[j - 1].text, w.text):
        return False  # "в Минске Лукашенко": the town where, then the subject
    if any("Geox" in p.tag.grammemes for p in found):
        # "Арарат Мирзоян": a first name that is also a place, before a surname the
        # dictionary knows as one; "Москва" is no first name before "Лавров"; "МИД Ирана
        # Насер Канани": after a title closed by its country, one the dictionary knows only
        # as a place that does not decline ("Насер", the lake) before a foreign surname
        return w.text.lower() not in CAPITALS and (
            _dictionary_surname(ws[j + 1].text)
            or (
                closes_a_title(ws, j, text)
                and all("Fixd" in p.tag.grammemes for p in found)
                and not morph.known(ws[j + 1].text)
            )
        )
    # "Уважаемый Касым-Жомарт", "Пресс-конференция Владимира": no first names
    if not morph.known(w.text) or all(
        p.tag.POS == "NOUN" and p.tag.animacy == "anim" for p in found
    ):
        return True
    # "министр финансов Алмаз Бакетаев", "глава Нацбанка Мелис Джаманкулов": a given name
    # the dictionary knows only as a thing ("алмаз"), before a word shaped as a surname; a
    # genitive is the title's complement ("Совета Безопасности Медведев")
    if all(p.tag.POS == "ADJS" for p in found):
        # "премьер-министр Финляндии Санна Марин": a given name the dictionary knows only as
        # a short adjective ("санный"); a short adjective is a predicate and never stands
        # capitalised inside a title, right before a surname
        return surname_shaped(ws[j + 1].text) or _dictionary_surname(ws[j + 1].text)
    return (
        found[0].tag.POS == "NOUN"
        and (not any(p.tag.case == "gent" for p in found) or closes_a_title(ws, j, text))
        and surname_shaped(ws[j + 1].text)
    )


# The case a place takes after a preposition of where, from where or up to where
_PLACE_CASE = {
    "в": "loct",
    "во": "loct",
    "на": "loct",
    "из": "gent",
    "изо": "gent",
    "от": "gent",
    "до": "gent",
}


def place_where(preposition: str, word: str) -> bool:
    """Whether ``word`` after ``preposition`` reads first as a place in the case the
    preposition governs ("в Минске", "в Софии"; "из Сочи", "до Бамако", whose fixed forms
    read as any case): where something happens, never the start of a person's name."""
    case = _PLACE_CASE.get(preposition.lower())
    found = morph.parses(word)
    return (
        case is not None
        and bool(found)
        and "Geox" in found[0].tag.grammemes
        and any(p.tag.case == case and "Geox" in p.tag.grammemes for p in found)
    )


def closes_a_title(ws: list[Word], j: int, text: str) -> bool:
    """Whether the word before ``ws[j]`` ends a title with a country ("министр иностранных
    дел Грузии Мака Бочоришвили"): a genitive after it complements nothing, so a word that
    reads as one ("мака", of "мак") is the given name."""
    return j > 0 and plain_gap(text, ws[j - 1], ws[j]) and country_of(ws[j - 1].text) is not None


def place_as_given_name(ws: list[Word], j: int, text: str) -> bool:
    """ "Арарат Мирзоян заявил": a sentence's first word that names a place (no capital, no
    country) before a surname the dictionary knows as one is a given name; an occupation
    before a surname ("Политолог Марков") is not, so this holds for places alone."""
    w = ws[j]
    return (
        j + 1 < len(ws)
        and any("Geox" in p.tag.grammemes for p in morph.parses(w.text)[:1])
        and first_name_before(ws, j, text)
    )


def _dictionary_surname(word: str) -> bool:
    return morph.known(word) and any("Surn" in p.tag.grammemes for p in morph.parses(word)[:2])


def plain_gap(text: str, a: Word, b: Word) -> bool:
    return text[a.end : b.start] in (" ", "-", " - ")
