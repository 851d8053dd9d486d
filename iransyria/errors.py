"""The exceptions the package raises on bad input."""

from __future__ import annotations

__all__ = ["DataError", "InvalidField"]


class InvalidField(ValueError):
    """A single-record invariant failed: names the field, so the message can carry its path."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class DataError(ValueError):
    """Input that does not describe a valid dataset.

    ``problems`` holds one line per problem, each starting with the path of
    the offending value (``claims[12].value.date: invalid month 13``); the
    exception's text is those lines joined.
    """

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems
