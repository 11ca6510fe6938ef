"""A company or other body named in quotation marks, as Russian writes such names:
"«Роснефть» заявила", '"Лукойл" указал', "в «Транснефти» сообщили". The marks make the word
a name though no list of bodies holds it; the noun inside, in the case the syntax asks for,
makes it the subject (or, after "в", the place its unnamed speakers work). A common noun in
marks ("«Звезда»", "«Дождь»") is left alone: as often a channel's name, and media outlets
are no speakers.
"""

from __future__ import annotations

from tracker.extract.russian import morph
from tracker.extract.russian.lexicon import word_set
from tracker.extract.russian.text import Word

_OPENING = '«"„“'
_CLOSING = '»"“”'
_BEFORE_MARK = ("", " ", "\n", "\u00a0")
_MOST_WORDS = 3
_GENDERS = {"m": "masc", "f": "femn", "n": "neut"}
# What a body in marks is, said before its name ("компания «Газпром нефть» сообщила"): the
# verb agrees with this noun, not with the name
_KINDS = word_set(
    "компания авиакомпания госкорпорация корпорация концерн холдинг банк группа фонд "
    "оператор предприятие завод комбинат"
)


def _opens_at(text: str, w: Word) -> bool:
    """Whether a quotation mark stands right before ``w``, after a space or a line's start."""
    return (
        w.start > 0
        and text[w.start - 1] in _OPENING
        and text[max(0, w.start - 2) : w.start - 1] in _BEFORE_MARK
    )


def _closes_after(text: str, w: Word) -> bool:
    """Whether a closing quotation mark stands right after ``w`` (none at the text's end)."""
    return w.end < len(text) and text[w.end] in _CLOSING


def quoted_body(
    ws: list[Word], i: int, text: str, case: str, gender: str | None = None
) -> tuple[str, int] | None:
    """(the body's name in the nominative, the index after it) when a capitalised noun in
    ``case`` opens a short name in quotation marks at ``ws[i]`` and agrees with a verb of
    ``gender``; else None. A name opening with an adjective ("«Северный поток»", "«Единая
    Россия»") is left alone: a pipeline or a party's name as often as a speaker."""
    w = ws[i]
    if not w.text[:1].isupper() or w.text.isupper() or not _opens_at(text, w):
        return None
    end = i + 1
    while not _closes_after(text, ws[end - 1]):
        if end >= len(ws) or end - i >= _MOST_WORDS or text[ws[end - 1].end : ws[end].start] != " ":
            return None
        end += 1
    readings = [
        p
        for p in morph.parses(w.text)
        if p.tag.POS == "NOUN" and p.tag.case == case and p.tag.number != "plur"
    ]
    if not readings or (
        morph.known(w.text) and not any("Orgn" in p.tag.grammemes for p in readings)
    ):
        return None  # a common noun in marks is a channel's or a paper's name as often:
        # "«Звезда» сообщила", "«Дождь» сообщил"; a company's is the dictionary's as one
        # ("Роснефть") or none it knows ("Новатэк")
    kind = i > 0 and morph.lemma(ws[i - 1].text) in _KINDS
    if (
        gender in _GENDERS
        and not kind
        and not any(p.tag.gender == _GENDERS[gender] for p in readings)
    ):
        return None
    if case == "nomn":
        return text[w.start : ws[end - 1].end], end  # as written: "«Алмаз-Антей»"
    if end - i > 1:
        return None  # "в «Газпром нефти»": the words after the first decline too
    parts = readings[0].normal_form.split("-")
    written = w.text.split("-")
    if len(parts) != len(written):
        return None
    # "в «Совкомфлоте»" -> "Совкомфлот"; each part capitalised as written
    return "-".join(
        p[:1].upper() + p[1:] if q[:1].isupper() else p for p, q in zip(parts, written, strict=True)
    ), end
