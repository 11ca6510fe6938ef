"""tracker: a database of who said what, when, in diplomacy.

From Python: `from tracker import Tracker` (see tracker.api). The import is
lazy, so that the command line starts without loading the database layer.
"""

from typing import Any

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name in ("Tracker", "Criteria"):
        from tracker import api

        return getattr(api, name)
    raise AttributeError(f"module 'tracker' has no attribute {name!r}")
