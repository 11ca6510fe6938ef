"""Labels of initials alone ("Д.А.:", "Л. С.:"), as magazines and some newspapers print an
interview's turns: the title or the introduction names both people in full ("Посол России
в Индии Денис Алипов", "Беседовал Армен Оганесян"), and each label stands for the one named
whose initials it gives."""

from __future__ import annotations

import re

from tracker.extract.russian.speakers import Speaker, parse
from tracker.extract.russian.text import words

# "Д.А.:", "Л. С.:", "И.М.:": two or three initials, nothing else, opening a paragraph
INITIALS_LABEL = re.compile(
    r"^(?P<label>[А-ЯЁ]\.[ \t]?[А-ЯЁ]\.(?:[ \t]?[А-ЯЁ]\.)?):[ \t]+(?=\S)", re.M
)
# two or three capitalised words, the candidates for a name ("Игорем Моргуловым")
_NAME = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё-]+(?: [А-ЯЁ][а-яё-]+)+")
_CASES = ("nomn", "ablt", "datv", "gent", "accs", "loct")


def initials_of(label: str) -> str:
    """The letters of a label of initials, without dots and spaces ("Л. С." -> "ЛС")."""
    return "".join(c for c in label if c.isupper())


def named_by_initials(head: str, initials: str) -> Speaker | None:
    """The person ``head`` names whose given name and surname (with a patronymic, when the
    label has three letters) begin with ``initials``, in whatever case it is named."""
    for m in _NAME.finditer(head):
        parts = m.group().split()
        for n in range(len(parts) - len(initials) + 1):
            run = parts[n : n + len(initials)]
            if "".join(p[0] for p in run) != initials:
                continue
            start = m.start() + m.group().index(" ".join(run))
            ws = words(head, start, start + len(" ".join(run)))
            for case in _CASES:
                found = parse(ws, head, case, sentence_start=-1)
                if found is not None and found.kind == "person" and found.start == start:
                    return found
    return None
