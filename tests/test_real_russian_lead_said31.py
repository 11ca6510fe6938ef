"""Round thirty-one, Russian press: a parenthetical "по его словам" set after a subject with
its participle phrase ("Поправки, касающиеся акцизов, по его словам, ...") or after a
condition and its "то" ("Если цены упадут, то, по его словам, ...") leaves the words before
it in what was said, as after a bare subject. Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUB = datetime.date(2019, 12, 10)


def _said(body: str) -> list[tuple[str | None, str]]:
    text = "Совещание в Минске\n\nМИНСК, 10 декабря. /ТАСС/. " + body + "\n"
    return [(s.speaker, s.text) for s in extract(text, published=PUB)]


def test_a_subject_with_its_participle_phrase_is_said() -> None:
    for words in (
        "Поправки в налоговый кодекс, касающиеся акцизов,",
        "Решения, принятые правительством на прошлой неделе,",
    ):
        found = _said(
            "Президент Белоруссии Александр Лукашенко провел совещание по интеграции. "
            f"{words} по его словам, должны быть согласованы с Москвой."
        )
        assert ("Александр Лукашенко", words.split(",")[0]) in [
            (s, t.split(",")[0]) for s, t in found
        ], found


def test_a_condition_and_its_then_are_said() -> None:
    found = _said(
        "Министр экономики Александр Червяков выступил на форуме. Если цены на калий "
        "упадут, то, по его словам, бюджет придется пересмотреть."
    )
    assert any(s == "Александр Червяков" and t.startswith("Если цены на калий") for s, t in found)
