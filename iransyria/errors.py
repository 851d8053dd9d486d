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
    Checking stops at a cap of problems: ``omitted`` counts the problems
    found but not listed, ``unchecked`` the records not looked at. The
    exception's text is :meth:`lines` joined.
    """

    def __init__(self, problems: list[str], omitted: int = 0, unchecked: int = 0) -> None:
        self.problems = problems
        self.omitted = omitted
        self.unchecked = unchecked
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        """The problems, then 'and N more problems and M more records not checked' past the cap."""
        more = []
        if self.omitted:
            more.append(f"{self.omitted:,} more problem{'' if self.omitted == 1 else 's'}")
        if self.unchecked:
            more.append(f"{self.unchecked:,} more record{'' if self.unchecked == 1 else 's'} not checked")
        return [*self.problems, "and " + " and ".join(more)] if more else list(self.problems)

    def in_file(self, name: str) -> DataError:
        """The same problems, each prefixed by the file they were found in."""
        return DataError([f"{name}: {problem}" for problem in self.problems], self.omitted, self.unchecked)
