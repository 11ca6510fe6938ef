"""Review of this round's quotations closed by a stop inside the mark or by a mark of the
wrong kind (Russian text): "«Мы не отступим.» «Мы продолжим ...», — сказал Лавров" is one
speaker's two quotations before the dash naming him, one statement (the first had been
lost); and finding whether a wrong-kind mark closes its quotation reads a paragraph once,
not once for every such mark (a long paragraph of them took time quadratic in its length).
Stories written here, in the agencies' manner."""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements
from tracker.extract.russian import text as russian_text

PUBLISHED = datetime.date(2025, 12, 17)
HEAD = "Лавров о переговорах\n\nМОСКВА, 17 декабря. /ТАСС/. "
DAY = "2025-12-17"


@pytest.mark.parametrize("dash", ["—", "-"])
def test_two_quotations_before_the_dash(dash: str) -> None:
    assert_statements(
        HEAD + f"«Мы не отступим.» «Мы продолжим работу над договором», {dash} сказал министр "
        "иностранных дел России Сергей Лавров.\n",
        PUBLISHED,
        [("Сергей Лавров", "«Мы не отступим.» «Мы продолжим работу", DAY)],
    )


# near misses, this round's gain: a quotation ended by its stop before the reporter's words
@pytest.mark.parametrize(
    ("after", "want"),
    [
        (
            " Он также добавил, что Москва готова к диалогу.",
            [("Сергей Лавров", "Мы не отступим от своих принципов.", DAY),
             ("Сергей Лавров", "Москва готова к диалогу", DAY)],
        ),
        (
            " «Санкции не работают», — заявил позднее Дмитрий Песков.",
            [("Сергей Лавров", "Мы не отступим от своих принципов.", DAY),
             ("Дмитрий Песков", "Санкции не работают", DAY)],
        ),
    ],
)  # fmt: skip
def test_a_stop_inside_the_mark_still_ends(after: str, want: list[tuple[str, str, str]]) -> None:
    text = HEAD + "Министр иностранных дел России Сергей Лавров заявил: «Мы не отступим от "
    assert_statements(text + "своих принципов.»" + after + "\n", PUBLISHED, want)


class _Counted(str):
    """A text that counts the characters read through slices and searches of it."""

    read = 0

    def __getitem__(self, key):  # noqa: ANN001, ANN204
        if isinstance(key, slice):
            start, stop, _ = key.indices(len(self))
            _Counted.read += max(0, stop - start)
        return str.__getitem__(self, key)

    def _searched(self, args: tuple) -> None:
        start = args[1] if len(args) > 1 and args[1] is not None else 0
        stop = args[2] if len(args) > 2 and args[2] is not None else len(self)
        _Counted.read += max(0, stop - start)

    def find(self, *args):  # noqa: ANN002, ANN201
        self._searched(args)
        return str.find(self, *args)

    def rfind(self, *args):  # noqa: ANN002, ANN201
        self._searched(args)
        return str.rfind(self, *args)


@pytest.mark.parametrize("close", ["\u201c", "\u201d"])
def test_wrong_marks_read_a_paragraph_once(close: str) -> None:
    # one paragraph of N quotations each closed by a wrong-kind mark: the characters read
    # to decide them all grow with the paragraph, not with N times it
    reads = []
    for n in (200, 800):
        body = "«Проект Сила-2" + close + " важен, и работа продолжится. "
        text = _Counted(HEAD + body * n + "\n")
        _Counted.read = 0
        quotes = russian_text.find_quotes(text)
        assert quotes  # the marks were read as quotations
        reads.append(_Counted.read / len(text))
    assert reads[1] < 2 * max(reads[0], 1) and reads[1] < 20, reads
