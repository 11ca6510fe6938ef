"""Who a surname in any case, a pronoun or a description refers to, inside one Russian article.

A wire story names a speaker in full once ("замглавы МИД РФ Сергей Рябков") and then writes
"Рябков", "Рябкова", "он", "замминистра" or "российский дипломат". Names are compared in the
nominative (the analyser puts "Рябковым" back to "Рябков"); a description goes to the last
person whose title it fits (a "замминистра" to a deputy minister, a "дипломат" to anyone
in foreign service), or, in a lead, to the one named in the next lines; a pronoun to the last
speaker of its gender.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tracker.extract.russian import morph
from tracker.extract.russian.speakers import Speaker

# What a description's head (by lemma) can refer to, as a pattern over a person's title
_HEAD_ROLES = {
    "дипломат": r"мид|министр|посол|постпред|представител|дипломат|иностранных дел|"
    r"посланник|консул|госсекретар|дипмисси",
    "замминистра": r"замминистра|замглавы|заместител[ья] (?:министра|главы)|вице-министр",
    "замглавы": r"замминистра|замглавы|заместител[ья] (?:министра|главы)",
    "заместитель": r"зам|заместител",
    "министр": r"министр|глава мид|глава министерства|глава внешнеполитическ",
    "глава": r"глава|министр|руководител|президент|председател|начальник|директор",
    "руководитель": r"глава|руководител|начальник|директор",
    "посол": r"посол|посланник",
    "постпред": r"постпред|постоянный представител",
    "представитель": r"представител|постпред|спикер|пресс-секретар",
    "пресс-секретарь": r"пресс-секретар|представител|спикер",
    "спикер": r"спикер|представител|пресс-секретар",
    "президент": r"президент|глава государства",
    "премьер": r"премьер",
    "премьер-министр": r"премьер",
    "лидер": r"президент|премьер|лидер|глава",
    "генсек": r"генсек|генеральный секретар",
    "генсекретарь": r"генсек|генеральный секретар",
    "канцлер": r"канцлер",
    "госсекретарь": r"госсекретар",
    "советник": r"советник|помощник",
    "помощник": r"советник|помощник",
    "начальник": r"начальник|глава|руководител",
    "председатель": r"председател|глава",
}
# "глава дипмиссии" is an ambassador, "глава МИД" a foreign minister
_COMPLEMENTS = [
    (
        r"(?<![\w-])глав\w* (?:\w+ )?(?:дипмисси|посольств|миссии)",
        r"посол|постпред|посланник|глава",
    ),
    (
        r"(?<![\w-])глав\w* (?:\w+ )?(?:мид|министерства иностранных|внешнеполитическ)",
        r"министр|глава мид",
    ),
]
# Titles too general to say more than the description itself
_GENERIC = re.compile(r"^(?:\w+ )?(?:дипломат|представитель|политик)$")
_LEAD_AHEAD = 600


@dataclass
class Entity:
    """A speaker the article names, and every position where it is mentioned."""

    name: str
    kind: str
    role: str | None = None
    institution: str | None = None
    country: str | None = None
    gender: str | None = None
    head: str | None = None
    positions: list[int] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return self.name.split()[-1].lower().replace("ё", "е")


def same_surname(a: str, b: str) -> bool:
    """Two nominative surnames of one person; a form the analyser could not put back to the
    nominative ("Дуйшембиева" of an unknown foreign name) still meets its stem."""
    a, b = a.lower().replace("ё", "е"), b.lower().replace("ё", "е")
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 2


def _compatible(gender: str | None, entity: Entity) -> bool:
    return gender is None or entity.gender is None or gender == entity.gender


class Registry:
    """The people and institutions of one article, and the rules that resolve a mention."""

    def __init__(self, country: str | None) -> None:
        self.country = country
        self.entities: list[Entity] = []
        self.hidden: list[tuple[int, int]] = []

    def hide(self, spans: list[tuple[int, int]]) -> None:
        """Mentions inside these spans (what was said) are not candidate speakers."""
        self.hidden = sorted(spans)

    def _visible(self, pos: int) -> bool:
        return not any(a <= pos < b for a, b in self.hidden)

    def find(self, speaker: Speaker) -> Entity | None:
        name = speaker.name or ""
        for e in reversed(self.entities):
            if e.kind != speaker.kind:
                continue
            if e.kind == "institution" and _same_institution(e.name, name):
                return e
            if e.kind == "person" and same_surname(e.surname, name.split()[-1]):
                if not _compatible(speaker.gender, e):
                    continue
                first, efirst = name.split()[0], e.name.split()[0]
                if " " not in name or " " not in e.name or first[:3] == efirst[:3]:
                    return e
        return None

    def add(self, speaker: Speaker, pos: int | None = None) -> Entity:
        """Record a named mention; a surname joins the full name already known."""
        found = self.find(speaker)
        country = speaker.country or (self.country if speaker.role else None)
        if found is None:
            found = Entity(
                speaker.name or speaker.text,
                speaker.kind,
                speaker.role,
                speaker.institution,
                country,
                speaker.gender,
                speaker.head,
            )
            self.entities.append(found)
        else:
            if len((speaker.name or "").split()) > len(found.name.split()):
                found.name = speaker.name or found.name
            if speaker.role and (not found.role or _GENERIC.match(found.role.lower())):
                found.role = speaker.role
            found.institution = found.institution or speaker.institution
            found.country = found.country or country
            found.gender = found.gender or speaker.gender
        found.positions.append(speaker.start if pos is None else pos)
        found.positions.sort()
        return found

    def _recent(self, pos: int, ok) -> Entity | None:
        best, best_pos = None, -1
        for e in self.entities:
            p = max((q for q in e.positions if q < pos and self._visible(q)), default=-1)
            if p > best_pos and ok(e):
                best, best_pos = e, p
        return best

    def institution(self, head: str, pos: int) -> Entity | None:
        """The institution "ведомство", "министерство" or "посольство" refers back to."""
        generic = head in ("ведомство", "министерство", "мид")
        return self._recent(
            pos,
            lambda e: (
                e.kind == "institution"
                and (generic or morph.lemma(e.name.split()[0]) == head or e.head == head)
            ),
        )

    def resolve(self, speaker: Speaker, last: Entity | None) -> Entity | None:
        """The entity a speaker phrase refers to; None when it names no one resolvable."""
        pos = speaker.start
        if speaker.kind in ("person", "institution"):
            if speaker.kind == "institution" and _bare(speaker):
                found = self.institution(speaker.head or "", pos)
                if found is not None:
                    found.positions.append(pos)
                    return found
            return self.add(speaker)
        if speaker.kind == "pronoun":
            return self._pronoun(speaker, pos, last)
        if speaker.kind == "description":
            found = self._describe(speaker, pos, last)
            if found is not None:
                found.positions.append(pos)
                if speaker.role and (not found.role or _GENERIC.match(found.role.lower())):
                    found.role = speaker.role
                    found.institution = found.institution or speaker.institution
            return found
        return None

    def _pronoun(self, speaker: Speaker, pos: int, last: Entity | None) -> Entity | None:
        if (
            last is not None
            and _compatible(speaker.gender, last)
            and (last.kind == "person" or speaker.gender is None)
        ):
            return last
        return self._recent(
            pos, lambda e: e.kind == "person" and _compatible(speaker.gender, e) and bool(e.role)
        )

    def _describe(self, speaker: Speaker, pos: int, last: Entity | None) -> Entity | None:
        head = speaker.head or ""
        pattern = _HEAD_ROLES.get(head)
        for said, means in _COMPLEMENTS:
            if re.search(said, (speaker.role or "").lower()):
                pattern = means
        if pattern is None:
            return None

        def fits(e: Entity) -> bool:
            if e.kind != "person" or not e.role:
                return False
            role = f"{e.role} {e.institution or ''}".lower()
            if not re.search(pattern, role):
                return False
            if speaker.country and e.country and speaker.country != e.country:
                return False
            return _compatible(speaker.gender, e)

        found = self._recent(pos, fits)
        # "сказал Рябков ... пояснил дипломат": nothing about the last speaker contradicts
        if (
            found is None
            and last is not None
            and last.kind == "person"
            and (not last.role or _GENERIC.match(last.role.lower()))
            and (not speaker.country or not last.country or speaker.country == last.country)
        ):
            found = last
        if found is None:
            # "сказал российский дипломат. По словам Чуркина, ...": named in the next lines
            later = [
                (min(p for p in e.positions if p > pos), e)
                for e in self.entities
                if e.kind == "person"
                and (fits(e) or not e.role)
                and _compatible(speaker.gender, e)
                and any(pos < p < pos + _LEAD_AHEAD for p in e.positions)
            ]
            found = min(later, key=lambda pe: pe[0])[1] if later else None
        return found


def _bare(speaker: Speaker) -> bool:
    """An institution named by its kind alone ("посольство", "ведомство")."""
    return len((speaker.name or "").split()) == 1 and not (speaker.name or "").isupper()


def _same_institution(a: str, b: str) -> bool:
    ka, kb = _institution_key(a), _institution_key(b)
    return ka == kb


def _institution_key(name: str) -> tuple[str, ...]:
    """Lemmas of an institution's words, "МИД РФ" and "МИД России" meeting on one country."""
    from tracker.extract.russian.speakers import country_of

    out = []
    for w in re.findall(r"[\w-]+", name):
        country = country_of(w)
        out.append(country if country else morph.lemma(w) if not w.isupper() else w.lower())
    return tuple(out)
