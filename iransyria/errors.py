"""The exceptions the package raises on bad input."""

from __future__ import annotations

__all__ = ["MAX_ERRORS", "DataError", "InvalidField"]

#: How many problems a :class:`DataError` lists before it only counts the rest.
MAX_ERRORS = 100


class InvalidField(ValueError):
    """A single-record invariant failed: names the field, so the message can carry its path."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class DataError(ValueError):
    """Input that does not describe a valid dataset.

    ``problems`` holds one line per problem, each starting with the path of
    the offending value (``claims[12].value.date: expected …, found …``),
    and, when read from a file, the file before it (``my.json: claims[12]…``).
    At most a cap of them are kept; ``omitted`` counts the rest. The
    exception's text is :meth:`lines` joined.
    """

    def __init__(self, problems: list[str], omitted: int = 0) -> None:
        self.problems = problems
        self.omitted = omitted
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        """The problems, then 'and N more problems' when some were only counted."""
        if not self.omitted:
            return list(self.problems)
        more = f"and {self.omitted:,} more problem{'' if self.omitted == 1 else 's'}"
        return [*self.problems, more]

    def in_file(self, name: str) -> DataError:
        """The same problems, each prefixed by the file they were found in."""
        return DataError([f"{name}: {problem}" for problem in self.problems], self.omitted)
