"""The people and bodies one article names, as coreference keeps them: each with every place
the article mentions it, and the small tests names are compared by."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(eq=False)
class Entity:
    """A speaker the article names, with every position where it is mentioned (each one
    itself: two entities are never equal by their fields, and index sets hold them)."""

    name: str
    kind: str
    role: str | None = None
    institution: str | None = None
    country: str | None = None
    gender: str | None = None
    org_ref: str | None = None
    positions: list[int] = field(default_factory=list)
    spoke: bool = False
    seq: int = 0  # the order the article first named it in
    # other posts the article gives it, set off before the name ("The OSCE Chairperson-in-
    # Office, Foreign Minister X"): what a later "the Chairperson-in-Office" refers to
    titles: list[str] = field(default_factory=list)
    # where the article first gave its post (``role``), which a description before that place
    # cannot yet mean by the post ("Qatar's prime minister announced ..." above a later
    # "Prime Minister Netanyahu")
    role_at: int | None = None


# the title of one named as someone's counterpart ("his Greek counterpart X"): he holds the
# other's post, which the story may later name with his state ("the Greek minister")
COUNTERPART = "counterpart"
# the mark of one named under a post in the plural with another ("presidents X and Y",
# "foreign ministers X and Y"): the two hold one post for two states, so neither is presumed
# to be of the state the story is datelined in
ONE_OF_A_PAIR = "one of a pair"


def insert_position(positions: list[int], pos: int) -> None:
    """Add ``pos`` to a sorted list of positions, once."""
    i = bisect.bisect_left(positions, pos)
    if i == len(positions) or positions[i] != pos:
        positions.insert(i, pos)


def words_within(part: list[str], whole: list[str]) -> bool:
    """``part`` is a run of words of ``whole`` ("Bilawal Bhutto" in "Bilawal Bhutto Zardari",
    "Bin Farhan" in "Faisal Bin Farhan Al Saud") or a single word of it."""
    if len(part) == 1:
        return part[0] in whole
    return any(whole[i : i + len(part)] == part for i in range(len(whole) - len(part) + 1))


def surname_as_written(name: str) -> str:
    """The last word of a personal name, past a suffix ("Locsin" of "Teodoro Locsin Jr.")."""
    words = [w for w in name.split() if w.lower().rstrip(".") not in ("jr", "sr", "ii", "iii")]
    return (words or name.split())[-1]


@lru_cache(maxsize=4096)
def surname(name: str) -> str:
    return surname_as_written(name).lower().replace("\u2019", "'")


def bare_surname(name: str) -> str:
    """The family name without the Arabic article: "al-Malki" is "Malki" written with it."""
    return ARTICLE.sub("", surname(name))


# the Arabic article joined to a family name: "al-Malki", "el-Sisi", "ash-Sharaa"
ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)-(?=\w)")


def compatible(gender: str | None, entity: Entity) -> bool:
    return gender is None or entity.gender is None or gender == entity.gender
