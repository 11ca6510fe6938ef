"""Russian-language articles: the same statements as English ones, read in the source language.

Entered through :func:`tracker.extract.extract` when the text is Russian; datelines through
:func:`tracker.extract.meta.find_dateline`. Morphology comes from pymorphy3, so names, titles
and verbs are recognised in every case, gender and aspect.
"""

from tracker.extract.russian.dateline import find_dateline, header_date
from tracker.extract.russian.pipeline import extract

__all__ = ["extract", "find_dateline", "header_date"]
