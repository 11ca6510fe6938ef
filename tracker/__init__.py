"""tracker: a database of who said what, when, in diplomacy."""

__version__ = "0.1.0"
