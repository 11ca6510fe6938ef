"""Errors that reach the user as one clean line (the CLI turns them into exit 1)."""


class TrackerError(Exception):
    """A problem the user can act on; its message is shown as is."""


class NotFound(TrackerError):
    """A name or id that matches nothing."""


class Ambiguous(TrackerError):
    """A name that matches more than one record."""


class InvalidInput(TrackerError):
    """Input that cannot be understood (a date, a file, a query)."""


class SchemaOutOfDate(TrackerError):
    """The database is at another revision than this version of tracker expects."""


class Conflict(TrackerError):
    """A record changed by someone else since it was read; nothing was written."""
