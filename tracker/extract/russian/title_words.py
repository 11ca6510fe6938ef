"""The words a Russian title governs before the name that closes it ("МИД РФ", "при ООН",
"посольство РФ в Берлине"), and the institution and country a title speaks for.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.extract.russian import morph
from tracker.extract.russian.lexicon import COUNTRIES, word_set
from tracker.extract.russian.name_words import abbreviation, country_of, is_org, is_role
from tracker.extract.russian.text import Word

# Prepositions that may sit inside a title: "посол РФ в Иране", "постпред при ООН", "сенатор
# от Техаса", "кандидат от Партии социалистов"
_TITLE_PREPS = word_set("в во при по у на и от без")  # "департамента информации и печати"
# Words of time, which no title holds
_TIME_NOUNS = word_set(
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь "
    "год неделя месяц день утро вечер ночь сутки "
    "понедельник вторник среда четверг пятница суббота воскресенье"
)


def is_time_noun(word: str) -> bool:
    """A noun of time ("дня", "недели", "сентября"): it says when, and governs no body or
    post in the genitive."""
    return morph.lemma(word) in _TIME_NOUNS


def institution_of(role_words: list[str]) -> tuple[str | None, str | None]:
    """(institution as written, country) a title speaks for: "замглавы МИД РФ" -> ("МИД РФ",
    "Russia"); "посол РФ" and "постпред РФ при ООН" -> (None, "Russia"); "министр
    иностранных дел Турции" -> ("МИД Турции", "Turkey")."""
    country = next((c for w in role_words if (c := country_of(w))), None)
    # "постпред России при ООН", "посол в НАТО": the body where the post is, not the one
    # it speaks for
    orgs = [
        n
        for n, w in enumerate(role_words)
        if is_org(w) and not (n and role_words[n - 1].lower() in ("при", "в", "во"))
    ]
    if orgs:
        head, *rest = role_words[orgs[-1] :]
        if abbreviation := re.fullmatch(r"([А-ЯЁA-Z]{2,})-?[а-яё]{1,3}", head):
            head = abbreviation.group(1)  # "глава украинского МИДа"
        elif not morph.has_tag(head, "NOUN", "nomn", "sing") and morph.has_tag(
            head, "gent", "sing"
        ):
            head = morph.nominative(head, "gent")  # "представитель Министерства ..."
        return " ".join([head, *rest]), country
    low = " ".join(role_words).lower()
    if "иностранных дел" in low:
        tail = low.split("иностранных дел", 1)[1].split()
        return "МИД" + (" " + " ".join(role_words[-len(tail) :]) if tail else ""), country
    return None, country


# A capitalised word in Latin letters: a company's or an outlet's name left untranslated
# ("аналитик Kpler", "экономист Goldman Sachs"); a Russian text spells people in Cyrillic
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z0-9&'.-]*")


@lru_cache(maxsize=16384)
def title_word(word: str, case: str) -> bool:
    """A word that can stand inside a title before the name: complements in the genitive,
    abbreviations, small prepositions, other titles, agreeing adjectives, a company's name
    in Latin letters."""
    low = word.lower()
    if low in _TITLE_PREPS or is_role(word) or is_org(word) or country_of(word):
        return True
    if _LATIN_NAME.fullmatch(word):
        return True
    if is_time_noun(word):
        return False  # "на Ассамблее ООН в сентябре прошлого года Токаев": when, not a post
    if abbreviation(word):
        return True  # "генсек ОДКБ", "глава ЕврАзЭС"
    return any(
        p.tag.case in ("gent", "loct", "ablt", "datv", case)
        and p.tag.POS in ("NOUN", "ADJF", "PRTF")  # "Объединенных Наций", "Соединенных Штатов"
        for p in morph.parses(word)
    )


def body_name_word(ws: list[Word], i: int, text: str) -> bool:
    """A capitalised word right before a body's noun in the genitive that it names: a
    parliament's name left untranslated ("Жогорку Кенеша", "Милли Меджлиса", "Олий
    Мажлиса"), not a person's name, though no dictionary knows it."""
    if i + 1 >= len(ws) or not ws[i].text[:1].isupper() or ws[i].text.isupper():
        return False
    body = ws[i + 1].text
    return (
        text[ws[i].end : ws[i + 1].start] == " "
        and body[:1].isupper()
        and not body.isupper()
        and is_org(body)
        and morph.has_tag(body, "gent", "sing")
    )


def headed_by(ws: list[Word], i: int) -> bool:
    """Whether ``ws[i]`` is the "с" of "во главе с": "делегация во главе с министром Х" names
    who heads the group, and "главе" is no post of the man named after it."""
    return (
        i >= 2
        and ws[i].text.lower() in ("с", "со")
        and ws[i - 1].text.lower() == "главе"
        and ws[i - 2].text.lower() in ("во", "в")
    )


# Nouns that open the occasion a title's holder spoke on, never part of the title: "по
# итогам", "в ходе", "во время"
_OCCASION_NOUNS = word_set("итог ход время")


def opens_occasion(ws: list[Word], i: int) -> bool:
    """Whether ``ws[i]`` opens the occasion of speaking after a title, so no name after it
    closes the title: "глава МИД по итогам встречи с госсекретарем X", "замминистра после
    встречи с послом X", "в ходе беседы с президентом X" (X is whom he met, not who spoke).
    A preposition no title holds, or "с" but after the "по" of a post's field ("по связям с
    общественностью", "по вопросам сотрудничества с Африкой")."""
    low = ws[i].text.lower()
    if low in _TITLE_PREPS:
        return False
    if low in ("с", "со"):
        return all(w.text.lower() != "по" for w in ws[max(0, i - 3) : i])
    if morph.lemma(ws[i].text) in _OCCASION_NOUNS:
        return True
    top = morph.parses(ws[i].text)[:1]
    return bool(top) and top[0].tag.POS == "PREP"


def place_after(ws: list[Word], i: int, text: str) -> int:
    """How many words from ``ws[i]`` tell where a post or an embassy is, part of its name
    (0: none): "в Берлине", "при ООН", or a state by its full name, "в Королевстве
    Нидерландов", "в Республике Польша", "в Соединенном Королевстве Великобритании и
    Северной Ирландии" (all of it: cut after "в Соединенном", the name is no embassy's)."""
    if i + 1 >= len(ws) or ws[i].text.lower() not in ("в", "во", "при"):
        return 0
    state = _state_form(ws, i + 1, text)
    if state:
        return 1 + state
    place = ws[i + 1].text
    plain = place[:1].isupper() and (
        place.isupper()
        or country_of(place) is not None
        or any("Geox" in p.tag.grammemes and p.tag.case == "loct" for p in morph.parses(place))
    )
    return 2 if plain else 0


# What a state calls itself in its full name: "Королевство Нидерландов", "Республика Польша",
# "Соединенные Штаты Америки", "Объединенные Арабские Эмираты"
_STATE_FORMS = word_set(
    "королевство республика штат федерация эмират султанат княжество государство "
    "содружество конфедерация"
)
_STATE_ADJECTIVES = 3  # "в Объединенных Арабских Эмиратах", "в Китайской Народной Республике"
_STATE_NAME_WORDS = 4  # "Великобритании и Северной Ирландии"


def _state_form(ws: list[Word], j: int, text: str) -> int:
    """The words of a state's full name in the locative from ``ws[j]`` (0: none): its
    adjectives, its form ("Королевстве", "Республике") and the name after it."""
    n = j
    while (
        n < len(ws)
        and n - j < _STATE_ADJECTIVES
        and ws[n].text[:1].isupper()
        and morph.lemma(ws[n].text) not in _STATE_FORMS
        and any(
            p.tag.case == "loct" and p.tag.POS in ("ADJF", "PRTF")
            for p in morph.parses(ws[n].text)[:2]
        )
    ):
        n += 1
    form = ws[n].text if n < len(ws) else ""
    if not (form[:1].isupper() and morph.lemma(form) in _STATE_FORMS) or not all(
        text[ws[k - 1].end : ws[k].start] == " " for k in range(j + 1, n + 1)
    ):
        return 0
    end = n + 1
    while (
        end < len(ws)
        and end - n <= _STATE_NAME_WORDS
        and text[ws[end - 1].end : ws[end].start] == " "
    ):
        if ws[end].text[:1].isupper() and not _given_name(ws[end].text):
            end += 1  # (a given name starts the envoy's own: "в Эмиратах Тимур Зябров")
        elif ws[end].text == "и" and end + 1 < len(ws) and ws[end + 1].text[:1].isupper():
            end += 2  # "Великобритании и Северной Ирландии"
        else:
            break
    return end - j


def _given_name(word: str) -> bool:
    """Whether the dictionary reads the word first as a given name ("Тимур", "Акира")."""
    return any("Name" in p.tag.grammemes for p in morph.parses(word)[:1])


# Parts of a text, read out or quoted, which no post is of: "зачитал министр положения
# документа", "огласил посол тезисы заявления" (the object after the subject, not his post)
_TEXT_PARTS = word_set("положение выдержка тезис текст отрывок фрагмент строка цитата абзац")


@lru_cache(maxsize=16384)
def title_complement(word: str) -> bool:
    """A genitive complement of a title with no name after it ("глава МИД Армении")."""
    if word.isupper() or country_of(word) or is_org(word):
        return True
    if len(word) <= 2 or morph.lemma(word) in _TEXT_PARTS:
        return False
    return any(
        p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") for p in morph.parses(word)[:2]
    )


# A ministry of foreign affairs by the words the press also uses for it
_FOREIGN_MINISTRY = re.compile(r"(?:внешнеполитическ\w+ ведомств\w*|дипведомств\w*)$", re.I)


def _abbreviation(word: str) -> bool:
    parsed = morph.parses(word)
    return not parsed or "Abbr" in parsed[0].tag


# The official short names where the table gives a country a second, everyday one first
_OFFICIAL_NOUN = {
    "United Kingdom": "великобритания", "Kyrgyzstan": "кыргызстан", "Moldova": "молдова",
    "Belarus": "беларусь",
}  # fmt: skip


def _country_nouns() -> dict[str, str]:
    """The noun each country goes by in a body's name: its official short name, else the
    first noun the table gives it ("Россия", "США")."""
    nouns: dict[str, str] = dict(_OFFICIAL_NOUN)
    for word, country in COUNTRIES.items():
        if not word.endswith(("ий", "ый", "ой")):
            nouns.setdefault(country, word)
    return nouns


_COUNTRY_NOUN = _country_nouns()


def _genitive_country(noun: str) -> str | None:
    """ "турция" -> "Турции"; an abbreviation ("сша", "кндр") stays as it is, in capitals."""
    if _abbreviation(noun):
        return noun.upper()
    parsed = morph.parses(noun)
    genitive = parsed[0].inflect({"gent"})
    return genitive.word.capitalize() if genitive is not None else None


def named_by_country(name: str) -> str:
    """A foreign ministry named by its country's adjective, by the name it goes by in full:
    "турецкий МИД" -> "МИД Турции", "армянское внешнеполитическое ведомство" -> "МИД
    Армении" (the same body the story may also call "МИД Армении"); any other name as it
    is."""
    words = name.split()
    if len(words) < 2 or not words[0][1:].islower() or not morph.has_tag(words[0], "ADJF"):
        return name
    country = country_of(words[0])
    noun = _COUNTRY_NOUN.get(country or "")
    if noun is None:
        return name
    if words[1:] != ["МИД"] and not _FOREIGN_MINISTRY.fullmatch(" ".join(words[1:])):
        return name
    genitive = _genitive_country(noun)
    return f"МИД {genitive}" if genitive else name
