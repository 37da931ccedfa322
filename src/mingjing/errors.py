"""Exceptions that carry a one-line Chinese message for the user (exit code 2)."""


class MingjingError(Exception):
    """Base class: `str(error)` is the Chinese message shown to the user."""


class InputError(MingjingError):
    """A user's file or option cannot be used (missing, empty, corrupt, too large …)."""


class PackError(MingjingError):
    """A data pack (framework, rules, config) is malformed; the message names file and line."""
