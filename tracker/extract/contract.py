"""The JSON object of DESIGN.md's extraction contract: one article and its statements."""

from __future__ import annotations

import datetime
from dataclasses import asdict
from pathlib import Path
from typing import Any

from tracker.extract.model import ProposedStatement

ARTICLE_KEYS = ("path", "id", "title", "url", "outlet", "published", "dateline_place", "language")


def _plain(value: Any) -> Any:
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return value


def contract_json(meta: dict, statements: list[ProposedStatement]) -> dict:
    """``{"article": {...}, "statements": [...]}``; article keys in the contract's order (any
    extra keys kept after them), dates as ISO strings, ``id`` from the path when missing."""
    article = {key: _plain(meta.get(key)) for key in ARTICLE_KEYS}
    if article["id"] is None and article["path"]:
        article["id"] = Path(article["path"]).stem
    article.update({k: _plain(v) for k, v in meta.items() if k not in ARTICLE_KEYS})
    out = []
    for st in statements:
        row = asdict(st)
        row["span"] = list(st.span)
        out.append(row)
    return {"article": article, "statements": out}
