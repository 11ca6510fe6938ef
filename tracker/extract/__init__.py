"""Pure text -> proposed statements: who said what, in what role, on which day.

Imports nothing from the database layer; the CLI and services call :func:`read_meta`,
:func:`extract` and :func:`contract_json`.
"""

from tracker.extract.contract import contract_json
from tracker.extract.meta import read_meta
from tracker.extract.model import ArticleMeta, ProposedStatement
from tracker.extract.pipeline import READ_LIMIT, extract

__all__ = [
    "READ_LIMIT",
    "ArticleMeta",
    "ProposedStatement",
    "contract_json",
    "extract",
    "read_meta",
]
