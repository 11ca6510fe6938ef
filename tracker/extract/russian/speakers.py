"""Reading the Russian noun phrase that names a speaker: title, institution, name, case.

"замглавы МИД РФ Сергей Рябков", "официальный представитель МИД России Мария Захарова",
"российский постпред при ООН Василий Небензя", "пресс-служба МИД Армении", "он", "дипломат".
A phrase is found by its anchor, the first word in the case the syntax asks for (the subject
of "заявил" is nominative, the one after "по словам" genitive) that is a title, an institution,
a pronoun or a name; it runs on through the title's complements ("МИД РФ", "при ООН") to the
name that closes it. Names and titles are put back into the nominative, so "главы МИД РФ
Сергея Лаврова" and "глава МИД РФ Сергей Лавров" are the same speaker.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tracker.extract.russian import morph
from tracker.extract.russian.lexicon import (
    CAPITALS,
    COUNTRIES,
    DESCRIPTION_HEADS,
    ORG_HEADS,
    OUTLETS,
    POSSESSIVES,
    PRONOUNS,
    ROLE_HEADS,
    UNNAMED,
    word_set,
)
from tracker.extract.russian.text import Word

# Prepositions that may sit inside a title: "посол РФ в Иране", "постпред при ООН"
_TITLE_PREPS = word_set("в во при по у на и")  # "департамента информации и печати"
_NOT_NAMES = word_set(
    "об этом так при как по ранее также однако вместе кроме между тем это этот эта"
)


@dataclass(frozen=True)
class Speaker:
    """A speaker phrase: ``kind`` is person, institution, pronoun or description."""

    kind: str
    text: str
    start: int
    end: int
    name: str | None = None
    role: str | None = None
    institution: str | None = None
    country: str | None = None
    gender: str | None = None
    head: str | None = None


def _lemmas(word: str) -> frozenset[str]:
    return morph.lemmas(word)


def is_role(word: str) -> bool:
    return bool(_lemmas(word) & ROLE_HEADS) and not morph.has_tag(word, "ADJF")


def is_org(word: str) -> bool:
    if word.lower() in OUTLETS:
        return False
    return bool(_lemmas(word) & ORG_HEADS) or word.lower() in ORG_HEADS


def is_outlet(word: str) -> bool:
    return word.lower() in OUTLETS or word.lower().rstrip("у") in OUTLETS


def country_of(word: str) -> str | None:
    low = word.lower()
    if low in COUNTRIES:
        return COUNTRIES[low]
    for lemma in _lemmas(word):
        if lemma in COUNTRIES:
            return COUNTRIES[lemma]
    return None


def name_like(w: Word, first_in_sentence: bool) -> bool:
    """A capitalised word that can be part of a person's name."""
    return _name_like(w.text, first_in_sentence)


@lru_cache(maxsize=16384)
def _name_like(word: str, first_in_sentence: bool) -> bool:
    if not word[:1].isupper() or word.lower() in _NOT_NAMES or is_outlet(word):
        return False
    if word.isupper() and len(word) > 1:
        return False  # an abbreviation: "ГПС", "МИД"
    if not any("\u0400" <= c <= "\u04ff" for c in word):
        return False  # Russian news writes names in Cyrillic; Latin words are outlets, brands
    if country_of(word) or word.lower() in CAPITALS or is_role(word) or is_org(word):
        return False
    if len(word) == 1:
        return True  # an initial
    if first_in_sentence:
        return any(
            {"Name", "Surn", "Patr"} & p.tag.grammemes for p in morph.parses(word)
        ) or not morph.known(word)
    if morph.is_name_word(word):
        return True
    # no reading as a singular common word: "Рябков" reads only as a plural of "рябок"
    return not morph.known(word) or not any(
        p.tag.POS in ("NOUN", "ADJF", "ADVB", "PREP", "CONJ", "NPRO", "ADJS")
        and p.tag.number != "plur"
        for p in morph.parses(word)
    )


def _in_case(word: str, case: str, plural_ok: bool = False) -> bool:
    for p in morph.parses(word):
        if p.tag.case == case and (plural_ok or p.tag.number != "plur"):
            return True
        if "Fixd" in p.tag.grammemes or p.tag.POS is None:
            return True
    return not morph.known(word)


@lru_cache(maxsize=16384)
def _name_in_case(word: str, case: str) -> bool:
    """A name word that can be in ``case``. Readings as a plural common noun or a verb form are
    ignored: mid-sentence, a capitalised "Рябков" is a surname, not "of the hazel grouse"."""
    readings = [
        p
        for p in morph.parses(word)
        if p.tag.POS in ("NOUN", "ADJF", None)
        and (p.tag.number != "plur" or {"Name", "Surn", "Patr"} & p.tag.grammemes)
    ]
    known = readings if morph.known(word) else []
    if not known:  # a name the dictionary does not know: its ending proves nothing
        return True
    return any(p.tag.case == case or "Fixd" in p.tag.grammemes for p in known)


def _name_run(ws: list[Word], i: int, text: str, sentence_start: int) -> int:
    """Where a run of name words starting at ``ws[i]`` ends (exclusive index)."""
    j = i
    while j < len(ws):
        w = ws[j]
        if j > i and text[ws[j - 1].end : w.start] not in (" ", ".", ". ", "\u00a0"):
            break
        first = w.start == sentence_start
        if not (
            name_like(w, first) or (j > i and w.text[:1].isupper() and _after_first(ws[j - 1]))
        ):
            break
        j += 1
        if j - i >= 4:
            break
    return j


def _after_first(w: Word) -> bool:
    """A first name or an initial, after which any capitalised word is the surname."""
    return len(w.text) == 1 or any("Name" in p.tag.grammemes for p in morph.parses(w.text)[:2])


def _gender_of_name(ws: list[Word], case: str) -> str | None:
    for w in ws:
        for p in morph.parses(w.text):
            if p.tag.case == case and {"Name", "Surn"} & p.tag.grammemes and p.tag.gender:
                return {"masc": "m", "femn": "f"}.get(p.tag.gender)
    return None


def normal_name(ws: list[Word], case: str, gender: str | None) -> tuple[str, str | None]:
    """The name in the nominative, initials dropped ("П.Климкина" -> "Климкин")."""
    full = [w for w in ws if len(w.text) > 1]
    gender = gender or _gender_of_name(full, case)
    parts = [morph.nominative(w.text, case, gender) for w in full]
    return " ".join(parts), gender


def _title(ws: list[Word], text: str, case: str, gender: str | None) -> str:
    if case == "nomn":
        return text[ws[0].start : ws[-1].end]
    return " ".join(morph.phrase_nominative([w.text for w in ws], case, gender))


def institution_of(role_words: list[str]) -> tuple[str | None, str | None]:
    """(institution as written, country) a title speaks for: "замглавы МИД РФ" -> ("МИД РФ",
    "Russia"); "посол РФ" -> (None, "Russia"); "министр иностранных дел Турции" -> ("МИД
    Турции", "Turkey")."""
    country = next((c for w in role_words if (c := country_of(w))), None)
    orgs = [n for n, w in enumerate(role_words) if is_org(w)]
    if orgs:
        return " ".join(role_words[orgs[-1] :]), country
    low = " ".join(role_words).lower()
    if "иностранных дел" in low:
        tail = low.split("иностранных дел", 1)[1].split()
        return "МИД" + (" " + " ".join(role_words[-len(tail) :]) if tail else ""), country
    return None, country


def parse(
    ws: list[Word],
    text: str,
    case: str,
    *,
    sentence_start: int = -1,
    gender: str | None = None,
    plural: bool = False,
    known=None,
) -> Speaker | None:
    """The speaker phrase among ``ws`` (the words where the syntax puts a subject or a
    possessor), or None."""
    skip_to = -1
    for i, w in enumerate(ws):
        word = w.text
        low = word.lower()
        if case == "nomn" and low in PRONOUNS and (plural or low != "они"):
            return Speaker("pronoun", word, w.start, w.end, gender=PRONOUNS[low])
        if case == "gent" and low in POSSESSIVES and low != "свой":
            return Speaker("pronoun", word, w.start, w.end, gender=POSSESSIVES[low])
        if is_outlet(word):
            continue
        if _lemmas(word) & UNNAMED and _in_case(word, case, plural):
            return None  # "сообщил источник в МИД": an unnamed source, not the ministry
        first = w.start == sentence_start
        titled = is_role(word) or is_org(word)
        if titled and _in_case(word, case, plural):
            return _from_title(ws, i, text, case, gender, sentence_start)
        if titled:
            # "с главой МИД Японии Таро Коно": a title in another case, with all it governs
            j = i + 1
            while j < len(ws) and _title_word(ws[j].text, case) and not name_like(ws[j], False):
                j += 1
            if j < len(ws) and name_like(ws[j], False):
                j = _name_run(ws, j, text, sentence_start)
            skip_to = j
            continue
        if i < skip_to:
            continue
        if name_like(w, first) or (known is not None and word[:1].isupper() and known(word)):
            end = max(_name_run(ws, i, text, sentence_start), i + 1)
            if not all(_name_in_case(x.text, case) for x in ws[i:end] if len(x.text) > 1):
                skip_to = end  # "с послом Томасом Шэнноном": a name in another case
                continue
            lone = end == i + 1 and first and not morph.is_name_word(word)
            if lone and not (known is not None and known(word)):
                continue  # a capitalised first word that is no name: "Дума", "Москва"
            name, g = normal_name(ws[i:end], case, gender)
            if not name:
                continue
            return Speaker(
                "person", text[w.start : ws[end - 1].end], w.start, ws[end - 1].end, name, gender=g
            )
    return None


def _adjectives_before(ws: list[Word], i: int, case: str) -> int:
    """Agreeing adjectives before the head ("российский постпред", "официальный представитель")."""
    while i > 0 and any(
        p.tag.POS == "ADJF" and p.tag.case == case for p in morph.parses(ws[i - 1].text)
    ):
        i -= 1
    return i


def _from_title(
    ws: list[Word], i: int, text: str, case: str, gender: str | None, sentence_start: int
) -> Speaker:
    start = _adjectives_before(ws, i, case)
    # the name that closes the title, if one follows within the phrase
    j = i + 1
    name_at = name_end = -1
    while j < len(ws):
        gap = text[ws[j - 1].end : ws[j].start]
        if any(c in gap for c in ',;:()«»"“”„') or "\n" in gap:
            break
        w = ws[j]
        if name_like(w, False) and not is_org(w.text):
            end = _name_run(ws, j, text, sentence_start)
            name_at, name_end = j, end
            break
        if not _title_word(w.text, case):
            break
        j += 1
    if name_at < 0:
        end = i + 1
        while end < len(ws) and _plain_gap(text, ws[end - 1], ws[end]):
            if _complement(ws[end].text):
                end += 1
            elif _place_after(ws, end):
                end += 2  # "посольство РФ в Берлине", "постпред при ООН"
            else:
                break
        title_ws = ws[start:end]
        title = _title(title_ws, text, case, gender)
        head = morph.lemma(ws[i].text)
        kind = "institution" if is_org(ws[i].text) and not is_role(ws[i].text) else "description"
        inst, country = institution_of(title.split())
        if kind == "institution":
            return Speaker(
                "institution",
                text[ws[start].start : ws[end - 1].end],
                ws[start].start,
                ws[end - 1].end,
                name=title,
                country=country,
                head=head,
            )
        return Speaker(
            "description",
            text[ws[start].start : ws[end - 1].end],
            ws[start].start,
            ws[end - 1].end,
            role=title,
            institution=inst,
            country=country,
            gender=None,  # "представитель ... заявил" agrees with the title, not the person
            head=head if head in DESCRIPTION_HEADS else morph.lemma(ws[i].text),
        )
    name, g = normal_name(ws[name_at:name_end], case, gender)
    role_words = ws[start:name_at]
    role = _title(role_words, text, case, g) if role_words else None
    inst, country = institution_of(role.split()) if role else (None, None)
    return Speaker(
        "person",
        text[ws[start].start : ws[name_end - 1].end],
        ws[start].start,
        ws[name_end - 1].end,
        name=name,
        role=role,
        institution=inst,
        country=country,
        gender=g,
    )


def _plain_gap(text: str, a: Word, b: Word) -> bool:
    return text[a.end : b.start] in (" ", "-", " - ")


def _title_word(word: str, case: str) -> bool:
    """A word that can stand inside a title before the name: complements in the genitive,
    abbreviations, small prepositions, other titles, agreeing adjectives."""
    low = word.lower()
    if low in _TITLE_PREPS or is_role(word) or is_org(word) or country_of(word):
        return True
    if word.isupper():
        return True
    return any(
        p.tag.case in ("gent", "loct", "ablt", "datv", case) and p.tag.POS in ("NOUN", "ADJF")
        for p in morph.parses(word)
    )


def _place_after(ws: list[Word], i: int) -> bool:
    """ "в Берлине", "при ООН": where a post or an embassy is, part of its name."""
    if i + 1 >= len(ws) or ws[i].text.lower() not in ("в", "во", "при"):
        return False
    place = ws[i + 1].text
    return place[:1].isupper() and (
        place.isupper()
        or country_of(place) is not None
        or any("Geox" in p.tag.grammemes and p.tag.case == "loct" for p in morph.parses(place))
    )


def _complement(word: str) -> bool:
    """A genitive complement of a title with no name after it ("глава МИД Армении")."""
    if word.isupper() or country_of(word) or is_org(word):
        return True
    if len(word) <= 2:
        return False
    return any(
        p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") for p in morph.parses(word)[:2]
    )
