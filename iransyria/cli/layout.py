"""Tables that fit the terminal without splitting a word, an id or a date.

rich shrinks a table to the terminal by narrowing its widest columns, and a
column narrower than a word folds the word (``signatori`` / ``es``,
``2018-08-20/2`` / ``018-08-26``). :func:`fit` instead gives each column at
least its longest word (its longest line, for columns that must not wrap,
such as ids and dates) and shares the rest of the width in proportion to what
each column still wants. When even those minimums do not fit, the table is
shown as one block per row (:func:`blocks`): each cell under its column's
header, at nearly the full width.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.table import Table

__all__ = ["blocks", "fit", "fit_widths", "measure"]


def _plain(cell: object) -> str:
    from rich.text import Text

    if isinstance(cell, Text):
        return cell.plain
    return cell if isinstance(cell, str) else ""


def measure(cells: Iterable[object], whole: bool) -> tuple[int, int]:
    """A column's least width that splits no word (no line, when ``whole``), and its natural width."""
    from rich.cells import cell_len

    least = natural = 0
    for cell in cells:
        for line in _plain(cell).split("\n"):
            natural = max(natural, cell_len(line))
            pieces = [line] if whole else line.split()
            least = max([least, *(cell_len(piece) for piece in pieces)])
    return least, natural


def fit_widths(least: Sequence[int], natural: Sequence[int], available: int) -> list[int] | None:
    """Column widths within ``available``, none below its least width; None when those do not fit.

    Each column starts at its least width; the room left goes to the columns
    in proportion to how much more each wants, up to its natural width.
    """
    widths = list(least)
    room = available - sum(widths)
    if room < 0:
        return None
    wants = [max(n - w, 0) for w, n in zip(least, natural, strict=True)]
    while room > 0 and any(wants):
        total, share = sum(wants), room
        for index, want in enumerate(wants):
            extra = min(want, room, max(share * want // total, 1 if want else 0))
            widths[index] += extra
            wants[index] -= extra
            room -= extra
    return widths


def fit(table: Table, width: int) -> bool:
    """Set the table's column widths to fit ``width`` without splitting words; False if it cannot."""
    least: list[int] = []
    natural: list[int] = []
    for column in table.columns:
        cells = [column.header, *column.cells]
        low, high = measure(cells, whole=column.no_wrap)
        least.append(low)
        natural.append(high)
    # What rich adds around the cells: the padding of each column (not outside
    # the first and last when pad_edge is off), the box's dividers and edges.
    left, right = table.padding[3], table.padding[1]
    count = len(table.columns)
    gaps = (left + right) * count - (0 if table.pad_edge else left + right)
    if table.box is not None:
        gaps += count - 1 + (2 if table.show_edge else 0)
    widths = fit_widths(least, natural, width - gaps)
    if widths is None:
        return False
    for column, chosen in zip(table.columns, widths, strict=True):
        column.width = chosen
        column.min_width = chosen
    return True


def blocks(table: Table) -> list[list[tuple[str, RenderableType]]]:
    """The table's rows as label/value rows: each cell under its column's header."""
    columns = table.columns
    rows: list[list[tuple[str, RenderableType]]] = []
    for index in range(table.row_count):
        row = []
        for column in columns:
            cell = list(column.cells)[index]
            row.append((_plain(column.header), cell))
        rows.append(row)
    return rows
