"""The English names the database keeps for Russian institutions and titles.

An official is one record whichever language reported them: names meet through
transliteration (:func:`tracker.names.name_key`), but "МИД РФ" and "Russian Foreign Ministry",
or "замглавы МИД" and "Deputy Foreign Minister", share no letters. These functions give the
English form the English extractor would have produced, so ingest finds the same institution
and role; None when a name is not one of the usual ones (it is then stored as written).
"""

from __future__ import annotations

import re

from tracker.extract.russian import morph
from tracker.extract.russian.lexicon import ADJECTIVE
from tracker.extract.russian.speakers import country_of

# (pattern over lemmas, English body, whether a country adjective goes before it)
_BODIES = [
    (
        r"\bмид\b|министерство иностранный дело|внешнеполитический ведомство",
        "Foreign Ministry",
        True,
    ),
    (r"\bминобороны\b|министерство оборона", "Defense Ministry", True),
    (r"\bпосольство\b|\bдипмиссия\b", "Embassy", True),
    (r"\bпостпредство\b|постоянный представительство", "Mission", True),
    (r"\bправительство\b|\bкабмин\b", "Government", True),
    (r"\bкремль\b", "Kremlin", False),
    (r"\bгосдеп(?:артамент)?\b", "US Department of State", False),
    (r"\bпентагон\b", "Pentagon", False),
    (r"\bбелый дом\b", "White House", False),
    (r"\bгосдума\b|государственный дума", "State Duma", False),
    (r"\bсовбез оон\b|совет безопасность оон", "UN Security Council", False),
    (
        r"\bоон\b|организация объединённый нация|организация объединенный нация",
        "United Nations",
        False,
    ),
    (r"\bнато\b", "NATO", False),
    (r"\bевросоюз\b|\bес\b|европейский союз", "European Union", False),
    (r"\bобсе\b", "OSCE", False),
    (r"\bмагатэ\b", "IAEA", False),
]  # fmt: skip
# (pattern over lemmas of a title, English title)
_TITLES = [
    (r"(?:замглавы|замминистра|заместитель (?:министр|глава))\b.*(?:мид|иностранный дело)|"
     r"замминистра иностранный дело", "Deputy Foreign Minister"),
    (r"(?:глава|министр|руководитель)\b.*(?:мид|иностранный дело|внешнеполитический)",
     "Foreign Minister"),
    (r"министр оборона|глава минобороны", "Defense Minister"),
    (r"официальный представитель|\bспикер\b", "Spokesperson"),
    (r"пресс-секретарь", "Press Secretary"),
    (r"постпред|постоянный представитель", "Permanent Representative"),
    (r"\bпосол\b|глава дипмиссия", "Ambassador"),
    (r"\bгенсек\b|генеральный секретарь|генсекретарь", "Secretary-General"),
    (r"премьер", "Prime Minister"),
    (r"\bпрезидент\b", "President"),
    (r"\bзамминистра\b", "Deputy Minister"),
    (r"\bминистр\b", "Minister"),
]  # fmt: skip


def _lemmas(text: str) -> str:
    return " ".join(
        w.lower() if w.isupper() else morph.lemma(w) for w in re.findall(r"[\w-]+", text)
    )


def _countries(text: str) -> list[str]:
    out: list[str] = []
    for w in re.findall(r"[\w-]+", text):
        found = country_of(w)
        if found and found not in out:
            out.append(found)
    return out


def english_institution(name: str) -> str | None:
    """ "МИД РФ" -> "Russian Foreign Ministry"; "посольство России в Италии" -> "Russian
    Embassy in Italy"; "Россия" -> "Russia"; None for a name not recognised."""
    lemmas = _lemmas(name)
    countries = _countries(name)
    for pattern, body, national in _BODIES:
        if not re.search(pattern, lemmas):
            continue
        if not national:
            return body
        if not countries or countries[0] not in ADJECTIVE:
            return None
        english = f"{ADJECTIVE[countries[0]]} {body}"
        if body == "Embassy" and len(countries) > 1:
            english += f" in {countries[1]}"
        return english
    words = re.findall(r"[\w-]+", name)
    if len(words) <= 2 and countries and all(country_of(w) for w in words):
        return countries[0]
    return None


def english_title(title: str) -> str | None:
    """ "замглавы МИД РФ" -> "Deputy Foreign Minister"; None for a title not recognised."""
    lemmas = _lemmas(title)
    for pattern, english in _TITLES:
        if re.search(pattern, lemmas):
            return english
    return None
