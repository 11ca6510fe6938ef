"""Lines a print layout repeats on its pages, as a copy from a PDF gives them inside the text.

"Page 2 of 4", a page's number alone on a line, and a running header or footer beside it
("MINISTRY OF FOREIGN AFFAIRS — PRESS RELEASE", the same on every page): they stand wherever
a page broke, often inside a paragraph, so "the consultations\\nPage 2 of 4\\nconstructive"
split a sentence and its statement. They go, each with its line break; a header at the top of
the first page, beside no page number, stays (it is the page's own heading).
"""

from __future__ import annotations

import re

# "Page 2 of 4", "Page 2", "p. 2/4", "Стр. 2 из 4", "Страница 2"
_PAGE_LINE = re.compile(
    r"(?im)^[ \t]*(?:page|p\.|стр\.|страница)[ \t]*\d{1,4}(?:[ \t]*(?:of|/|из)[ \t]*\d{1,4})?"
    r"[ \t]*\n"
)
# "2", "- 2 -": a page number alone on a line (the numbers of pages that follow each other)
_NUMBER_LINE = re.compile(
    r"(?m)^[ \t]*(?:[-\u2013\u2014][ \t]*)?(\d{1,4})(?:[ \t]*[-\u2013\u2014])?[ \t]*\n"
)
# a line a page's header or footer could be: no sentence's end, some letters
_RUNNING = re.compile(r"(?m)^[^\n]{10,100}?(?<![.!?:\"\u201d\u00bb])\n")
_LETTER = re.compile(r"[^\W\d_]{3}")


def page_furniture(text: str) -> tuple[str, list[int]]:
    """The positions of ``text``'s page furniture, each line with its break, and ``text``
    (unchanged: the other lines keep their places)."""
    if "\n" not in text:
        return text, []
    pages = [m.span() for m in _PAGE_LINE.finditer(text)]
    numbers = list(_NUMBER_LINE.finditer(text))
    if len(numbers) >= 2 and all(
        int(b.group(1)) == int(a.group(1)) + 1 for a, b in zip(numbers, numbers[1:], strict=False)
    ):
        pages += [m.span() for m in numbers]
    if not pages:
        return text, []
    # a line that recurs beside a page's number: the header or footer of each page
    starts, ends = {start for start, _ in pages}, {end for _, end in pages}
    lines: dict[str, list[tuple[int, int]]] = {}
    for m in _RUNNING.finditer(text):
        if _LETTER.search(m.group()):
            lines.setdefault(m.group().strip(), []).append(m.span())
    for spans in lines.values():
        if len(spans) > 1:
            pages += [(a, b) for a, b in spans if a in ends or b in starts]
    return text, sorted({at for start, end in pages for at in range(start, end)})
