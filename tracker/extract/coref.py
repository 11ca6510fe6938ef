"""Who a surname, a pronoun or a description refers to.

Reporters name a speaker in full once ("Russian Deputy Foreign Minister Sergey Ryabkov") and
then write "Ryabkov", "he" or "the senior Russian diplomat". A first pass over the article
collects everyone named with a title or a full name (and where each is named again); a later
reference goes to the most recent compatible one before it, a pronoun to the paragraph's
last speaker unless someone else has been named since, and a description in a lead may point
to a name given in the next lines.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from tracker.extract.lexicon import ORG_HEADS
from tracker.extract.speakers import SpeakerPhrase, institution_for, parse_speaker

_CAP = r"(?:(?:[A-Z]\.)+|[A-Z][\w'\u2019-]*)"
_RUN = re.compile(
    rf"\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s)?{_CAP}"
    rf"(?:[ ]+(?:(?:of|for|the|de|van|von|bin|al)[ ]+)?{_CAP})*"
)
_PRE_APPOSITIVE = re.compile(
    r"(?:^|[.;:]\s+|\b[a-z]+\s+)((?:[Tt]he|[A-Z]\w+['\u2019]s)\s[^,.;()]{2,60}),\s$"
)
_APPOSITIVE = re.compile(
    r",\s+((?:the|a|an|[A-Z]\w+'s|[A-Z]\w+\u2019s)\s[^,.;()\n]{2,80}?)(?:[,.;]|$)", re.M
)
# "Foreign Ministry spokesperson Wang Wenbin": a title in lower case before the name
_LOWER_TITLE = re.compile(
    r"((?:[A-Z][\w'\u2019-]* )*(?:[a-z]+ ){0,2}(?:spokesperson|spokesman|spokeswoman|secretary|"
    r"minister|adviser|advisor|ambassador|envoy|chief|director|manager|aide|diplomat|"
    r"negotiator|president|chairman|leader|senator|governor) )$"
)
_LEAD_AHEAD = 600  # characters: how far ahead a lead may name who it described
# "the statement said": the words of whoever issued the statement just reported.
DOCUMENTS = {
    "statement",
    "document",
    "communique",
    "declaration",
    "note",
    "reply",
    "letter",
    "text",
    "message",
    "response",
}
# What a description's head noun can refer to, as a pattern over the entity's role.
_HEAD_ROLES = {
    "diplomat": r"minister|ambassador|envoy|secretary of state|diplomat|spokes|foreign policy",
    "envoy": r"ambassador|envoy|representative",
    "minister": r"minister",
    "spokeswoman": r"spokes",
    "spokesman": r"spokes",
    "spokesperson": r"spokes",
    "president": r"president",
    "leader": r"president|prime minister|chancellor|leader",
    "premier": r"prime minister|premier",
    "chancellor": r"chancellor",
    "secretary": r"secretary",
    "ambassador": r"ambassador",
    "senator": r"senator|sen\.",
    "governor": r"governor|gov\.",
    "candidate": r"candidate|nominee",
    "nominee": r"candidate|nominee",
    "official": r".",
    "general": r"secretary[- ]general",
    "secretary-general": r"secretary[- ]general",
    "negotiator": r"minister|negotiator|envoy",
    "aide": r"aide|adviser|advisor|assistant",
    "chief": r"chief|secretary[- ]general|head|director",
    "adviser": r"aide|adviser|advisor",
    "advisor": r"aide|adviser|advisor",
}


@dataclass
class Entity:
    """A speaker the article names, with every position where it is mentioned."""

    name: str
    kind: str
    role: str | None = None
    institution: str | None = None
    country: str | None = None
    gender: str | None = None
    org_ref: str | None = None
    positions: list[int] = field(default_factory=list)
    spoke: bool = False


@lru_cache(maxsize=4096)
def _surname(name: str) -> str:
    words = [w for w in name.split() if w.lower().rstrip(".") not in ("jr", "sr", "ii", "iii")]
    return (words or name.split())[-1].lower().replace("\u2019", "'")


def _compatible(gender: str | None, entity: Entity) -> bool:
    return gender is None or entity.gender is None or gender == entity.gender


class Registry:
    """Entities of one article, and the rules to resolve a mention to one of them."""

    def __init__(self, text: str, country: str | None) -> None:
        self.country = country
        self.entities: list[Entity] = []
        self.hidden: list[tuple[int, int]] = []
        self._starts: list[int] = []
        for m in _RUN.finditer(text):
            run = re.sub(r"['\u2019]s$", "", m.group().strip())
            mention = parse_speaker(run)
            if mention is None or mention.kind not in ("person", "institution"):
                continue
            if mention.kind == "person" and not (mention.role or " " in (mention.name or "")):
                continue
            after = _APPOSITIVE.match(text, m.end())
            before = _PRE_APPOSITIVE.search(text, max(0, m.start() - 80), m.start())
            if mention.kind == "person" and after:
                mention = parse_speaker(f"{run}, {after.group(1)}") or mention
            elif mention.kind == "person" and before and not mention.role:
                mention = parse_speaker(f"{before.group(1)}, {run}") or mention
            title = _LOWER_TITLE.search(text, max(0, m.start() - 60), m.start())
            if mention.kind == "person" and title and not mention.role:
                mention = parse_speaker(title.group(1) + run) or mention
            self.add(mention, m.start())
        by_surname: dict[str, list[Entity]] = {}
        for e in self.entities:
            if e.kind == "person":
                by_surname.setdefault(e.name.split()[-1], []).append(e)
        if by_surname:
            names = "|".join(map(re.escape, sorted(by_surname, key=len, reverse=True)))
            for m in re.finditer(rf"\b(?:{names})\b", text):
                for e in by_surname[m.group()]:
                    if not any(p <= m.start() < p + len(e.name) + 40 for p in e.positions):
                        e.positions.append(m.start())
            for e in self.entities:
                e.positions = sorted(set(e.positions))

    def hide(self, spans: list[tuple[int, int]]) -> None:
        """Mentions inside these spans (what was said, quotes) are not candidate speakers."""
        merged: list[tuple[int, int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
            else:
                merged.append((a, b))
        self.hidden = merged
        self._starts = [a for a, _ in merged]

    def _visible(self, pos: int) -> bool:
        i = bisect.bisect_right(self._starts, pos) - 1
        return i < 0 or pos >= self.hidden[i][1]

    def first_person(self, start: int, end: int) -> Entity | None:
        """The first person named between ``start`` and ``end``: a sentence's subject."""
        found = [
            (p, e)
            for e in self.entities
            if e.kind == "person"
            for p in e.positions
            if start <= p < end and self._visible(p)
        ]
        return min(found, key=lambda pe: pe[0])[1] if found else None

    def _find(self, mention: SpeakerPhrase) -> Entity | None:
        name = mention.name or ""
        for e in reversed(self.entities):
            if e.kind != mention.kind:
                continue
            if mention.kind == "institution" and e.name.lower() == name.lower():
                return e
            if mention.kind == "person" and _surname(e.name) == _surname(name):
                first, efirst = name.split()[0], e.name.split()[0]
                if " " not in name or " " not in e.name or first[:3] == efirst[:3]:
                    return e
        if mention.kind == "person" and " " not in name:
            # "Xi" for "Xi Jinping": a family name written first, on someone with a title
            for e in reversed(self.entities):
                if e.kind == "person" and e.role and e.name.split()[0].lower() == name.lower():
                    return e
        return None

    def add(self, mention: SpeakerPhrase, pos: int) -> Entity:
        """Record a named mention; a surname joins the full name already known."""
        found = self._find(mention)
        country = mention.country or (self.country if mention.role else None)
        inst = mention.institution or institution_for(mention.role, country, None)
        if mention.country is None and country and mention.role:
            # "Deputy Foreign Minister X" in a Moscow dateline speaks for the Russian ministry
            inst = institution_for(mention.role, country, mention.institution)
        if found is None:
            found = Entity(
                mention.name or mention.text,
                mention.kind,
                mention.role,
                inst,
                country,
                mention.gender,
                mention.org_ref,
            )
            self.entities.append(found)
        else:
            if " " in (mention.name or "") and " " not in found.name:
                found.name = mention.name or found.name
            found.role = found.role or mention.role
            found.institution = found.institution or inst
            found.country = found.country or country
            found.gender = found.gender or mention.gender
            found.org_ref = found.org_ref or mention.org_ref
        if found.org_ref and not found.institution:
            org = self._recent_institution(found.org_ref, pos)
            found.institution = org.name if org else None
        found.positions.append(pos)
        found.positions.sort()
        return found

    def _recent(self, pos: int, ok) -> Entity | None:
        best, best_pos = None, -1
        for e in self.entities:
            p = max((q for q in e.positions if q < pos and self._visible(q)), default=-1)
            if p > best_pos and ok(e):
                best, best_pos = e, p
        return best

    def _recent_institution(self, head: str, pos: int) -> Entity | None:
        return self._recent(
            pos, lambda e: e.kind == "institution" and e.name.lower().endswith(head.lower())
        )

    def resolve(
        self,
        mention: SpeakerPhrase,
        pos: int,
        last_speaker: Entity | None,
        near: int = -1,
        frame_end: int = -1,
    ) -> Entity | None:
        """The entity a mention at ``pos`` refers to; None for unnamed or unresolvable ones."""
        if mention.kind in ("person", "institution"):
            entity = self.add(mention, pos)
            entity.spoke = True
            return entity
        if mention.kind == "pronoun":
            found = self._pronoun(mention, pos, last_speaker, (near, frame_end))
        elif mention.kind == "description":
            found = self._describe(mention, pos, last_speaker)
        else:
            return None
        if found is not None:
            found.positions = sorted({*found.positions, pos})
        return found

    def _pronoun(
        self,
        mention: SpeakerPhrase,
        pos: int,
        last_speaker: Entity | None,
        bounds: tuple[int, int],
    ) -> Entity | None:
        """He or she: the last person named outside what was said, unless the last speaker
        spoke in this paragraph and no one has been named since its attribution."""
        word = mention.text.lower()
        if word == "it" and last_speaker and last_speaker.kind == "institution":
            return last_speaker
        if word not in ("he", "she"):
            return None
        recent = self._recent(
            pos,
            lambda e: (
                e.kind == "person"
                and _compatible(mention.gender, e)
                and bool(e.role or e.gender or e.spoke or len(e.positions) > 1)
            ),
        )
        near, frame_end = bounds
        if (
            last_speaker
            and last_speaker is not recent
            and last_speaker.kind == "person"
            and _compatible(mention.gender, last_speaker)
            and any(near <= p < pos for p in last_speaker.positions)
        ):
            named = max((p for p in recent.positions if p < pos), default=-1) if recent else -1
            if named < frame_end:
                return last_speaker
        return recent

    def _describe(
        self, mention: SpeakerPhrase, pos: int, last_speaker: Entity | None
    ) -> Entity | None:
        head = mention.head or ""
        if head in DOCUMENTS:
            return last_speaker or self._recent(pos, lambda e: e.kind == "institution")
        if head in ORG_HEADS:
            return self._recent_institution(head, pos)
        pattern = _HEAD_ROLES.get(head)
        if pattern is None:
            return None

        def fits(e: Entity) -> bool:
            if e.kind != "person" or not e.role or not re.search(pattern, e.role.lower()):
                return False
            if head == "diplomat" and not re.search(
                r"foreign|state|ambassador|envoy|diplomat", f"{e.role} {e.institution}".lower()
            ):
                return False
            if mention.country and e.country and mention.country != e.country:
                return False
            return _compatible(mention.gender, e)

        found = self._recent(pos, fits)
        # "the Russian president" after "Putin ... told reporters": nothing contradicts
        if (
            found is None
            and last_speaker
            and last_speaker.kind == "person"
            and not last_speaker.role
            and head in ("president", "leader", "chancellor", "premier")
        ):
            found = last_speaker
        if found is None:
            # "the alliance's chief said" in a lead that names him in the next lines
            later = [
                (min(p for p in e.positions if p > pos), e)
                for e in self.entities
                if fits(e) and any(pos < p < pos + _LEAD_AHEAD for p in e.positions)
            ]
            found = min(later, key=lambda pe: pe[0])[1] if later else None
        return found
