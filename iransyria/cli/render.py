"""Human and JSON output for every command: tables, label/value blocks, colour, widths.

Human output is rich tables and label/value blocks that fit 80 columns (the
terminal's width when it is wider); it is plain (no colour, ASCII rules, no
trailing blanks) when stdout is not a terminal or ``NO_COLOR`` is set.
``--json`` prints only the records, through the library's converter, in the
export's shapes (:func:`emit_json`). The functions that put records into
words (names, offices, claim values, claims with their provenance,
corrections) live here too, so every command shows a record the same way.

rich and the serializer are imported inside the functions that use them: the
app starts without them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from iransyria.cli.output import console as output_console
from iransyria.cli.output import emit_json as write_json
from iransyria.cli.output import field, say

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.table import Table
    from rich.text import Text

    from iransyria.dataset import Dataset
    from iransyria.models import Attribution, Claim, ClaimValue, Correction, Position, ReferenceFact, Standing
    from iransyria.queries import Conflict


def emit_json(value: Any) -> None:
    """Write the JSON form of records to stdout, through the library's converter."""
    from iransyria.serialization import to_json

    write_json(to_json(value))


def on_terminal() -> bool:
    """Whether stdout is a terminal (or collected for the pager): then one-line listings fit its width."""
    from iransyria.cli.pager import terminal_size

    return terminal_size() is not None or sys.stdout.isatty()


def plain() -> bool:
    """Plain output: stdout is not a terminal (nor collected for the pager), or NO_COLOR is set."""
    from iransyria.cli.pager import terminal_size

    terminal = terminal_size() is not None or sys.stdout.isatty()
    return bool(os.environ.get("NO_COLOR")) or not terminal


def console() -> Console:
    from iransyria.cli.pager import terminal_size

    is_plain = plain()
    size = terminal_size()
    return output_console(
        highlight=False,
        emoji=False,
        markup=False,
        no_color=is_plain,
        color_system=None if is_plain else "auto",
        soft_wrap=False,
        force_terminal=None if size is None else not is_plain,
        width=None if size is None else size.columns,
    )


class View:
    """Human output: headings, label/value blocks, indented text and tables."""

    def __init__(self) -> None:
        self.plain = plain()
        self.console = console()

    def style(self, name: str) -> str:
        return "" if self.plain else name

    def text(self, *parts: str | tuple[str, str]) -> Text:
        from rich.text import Text

        out = Text()
        for part in parts:
            if isinstance(part, tuple):
                out.append(field(part[0]), style=self.style(part[1]))
            else:
                out.append(field(part))
        return out

    def print(self, renderable: RenderableType = "", indent: int = 0) -> None:
        if indent:
            from rich.padding import Padding

            renderable = Padding(renderable, (0, 0, 0, indent))
        if not self.plain:
            self.console.print(renderable, crop=False)
            return
        # Plain output: no padding at line ends, so it greps and diffs cleanly.
        with self.console.capture() as captured:
            self.console.print(renderable, crop=False)
        lines = captured.get().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        say("\n".join(line.rstrip() for line in lines))

    def heading(self, title: str) -> None:
        self.print()
        self.print(self.text((title, "bold underline")))

    def fields(self, rows: Sequence[tuple[str, RenderableType]], indent: int = 0) -> None:
        """Label/value rows; values wrap, labels do not."""
        from rich.table import Table

        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True, style=self.style("bold"))
        grid.add_column(overflow="fold")
        for label, value in rows:
            grid.add_row(label, value)
        self.print(grid, indent)

    def table(self, *columns: tuple[str, Mapping[str, Any]]) -> Table:
        from rich import box
        from rich.table import Table

        # Plain: SIMPLE_HEAD in ASCII, a dashed rule under the header and a blank line between rows.
        plain_box = box.Box("    \n    \n -- \n    \n    \n    \n    \n    \n", ascii=True)
        table = Table(
            box=plain_box if self.plain else box.SIMPLE_HEAD,
            show_edge=False,
            show_lines=True,
            pad_edge=False,
            padding=(0, 1, 0, 0),
            header_style=self.style("bold"),
            expand=False,
        )
        for header, options in columns:
            table.add_column(header, **options)
        return table

    def listing(self, table: Table, noun: str) -> None:
        """Print a table of records that fits the terminal, or say on stderr that none matched.

        Columns get at least their longest word (ids and dates whole,
        :mod:`iransyria.cli.layout`); a terminal too narrow for that gets one
        block per record instead.
        """
        from iransyria.cli.layout import blocks, fit

        if not table.row_count:
            say(f"no {noun} match", err=True)
        elif fit(table, self.console.width):
            self.print(table)
        else:
            for index, rows in enumerate(blocks(table)):
                if index:
                    self.print()
                for header, cell in rows:  # each cell under its header: the most width for it
                    self.print(self.text((header, "bold")))
                    self.print(cell, 2)

    def lines(self, *lines: str | Text) -> Text:
        from rich.text import Text

        return Text("\n").join(line if isinstance(line, Text) else Text(field(line)) for line in lines)


#: Column options for ids: never wrapped at a hyphen, never ellipsized.
ID = {"no_wrap": True, "overflow": "fold"}
WRAP = {"overflow": "fold"}
NUMBER = {"justify": "right", "no_wrap": True}


class Names(Mapping[str, str]):
    """Actor ids to names, read through the dataset's actor index (nothing is copied)."""

    def __init__(self, data: Dataset) -> None:
        self._actors = data.actor_index

    def __getitem__(self, actor_id: str) -> str:
        return self._actors[actor_id].name

    def __iter__(self) -> Iterator[str]:
        return iter(self._actors)

    def __len__(self) -> int:
        return len(self._actors)


def name_of(data: Dataset, actor_id: str | None) -> str:
    if actor_id is None:
        return "unknown"
    record = data.actor(actor_id)
    return actor_id if record is None else record.name


def named(data: Dataset, actor_id: str) -> str:
    """'Amir Hatami (per-amir-hatami)': the name (an agreement's title) and the id to query it by.

    The id alone when the dataset holds no such record.
    """
    record = data.actor(actor_id)
    if record is None:
        titled = data.agreement(actor_id) or data.event(actor_id)
        return actor_id if titled is None else f"{titled.title} ({actor_id})"
    return f"{record.name} ({actor_id})"


def source_name(data: Dataset, source_id: str) -> str:
    """A source as a reader knows it: 'The Media Line: Iran and Syria Tout ... (2018-08-27/2018-09-01)'.

    An origin that is an outlet the dataset holds no source for reads as the
    outlet's name.
    """
    from iransyria.queries import label

    record = data.source(source_id)
    if record is None:
        return name_of(data, source_id)
    return label("source", record, data)


def agreement_name(data: Dataset, agreement_id: str) -> str:
    """An agreement as a reader knows it: its title and, where known, its signing date."""
    from iransyria.queries import label

    record = data.agreement(agreement_id)
    return agreement_id if record is None else label("agreement", record, data)


def subject_name(data: Dataset, subject_id: str) -> str:
    """A claim's or event's subject by name: an actor's name, an agreement's or an event's title."""
    record = data.agreement(subject_id) or data.event(subject_id)
    return record.title if record is not None else name_of(data, subject_id)


def short_source(data: Dataset, source_id: str, width: int | None = 24) -> str:
    """A source in a few words, for one-line listings: its outlet, or its title (cut to ``width``).

    A title is set plain: curly quotes around it would read as a quotation,
    which in this dataset means an article's verbatim words.
    """
    record = data.source(source_id)
    if record is None:
        return name_of(data, source_id)
    if record.outlet is not None:
        return name_of(data, record.outlet)
    return record.title if width is None else cut(record.title, width)


#: The longest word :func:`cut` keeps whole (ids and dates are far shorter).
_LONGEST_WORD = 120


def cut(text: str, width: int) -> str:
    """``text`` in at most ``width`` characters, cut after a whole word and marked '…'; never mid-word.

    A first word longer than ``width`` (an id, a date) is kept whole rather than split, up to
    :data:`_LONGEST_WORD` characters: a longer one is no word but a run of megabytes, and is cut.
    """
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    head = text[: max(width - 1, 0) + 1]
    space = head.rfind(" ")
    if space <= 0:
        first = text[: _LONGEST_WORD + 1].split(" ", 1)[0]
        if len(first) > _LONGEST_WORD:
            return text[: max(width - 1, 1)] + "…"
        return first if len(first) >= len(text) else first + "…"
    return text[:space].rstrip(" ,;:") + "…"


def with_id(view: View, name: str, record_id: str, style: str = "") -> Text:
    """A name, then its id in dim type: what a person reads first, and what to type to ask more."""
    return (
        view.text((name, style), (f"  {record_id}", "dim")) if name != record_id else view.text((name, style))
    )


def position_text(data: Dataset, position: Position) -> str:
    """'Minister of Defence, Iran'."""
    from iransyria.queries import describe_position

    return describe_position(position, Names(data))


def value_text(data: Dataset, value: ClaimValue) -> str:
    """A claim value in words (:func:`iransyria.queries.describe_value`, with actors' names)."""
    from iransyria.queries import describe_value

    return describe_value(value, Names(data))


def attribution_text(data: Dataset, attribution: Attribution) -> str:
    text = attribution.kind.value
    if attribution.actor is not None:
        text += f": {named(data, attribution.actor)}"
    if attribution.note is not None:
        text += f" ({attribution.note})"
    return text


def reference_text(fact: ReferenceFact) -> str:
    """'signed 2019-01-28, Damascus: SANA; AsiaNews (ref-economic-signed)': a fact from outside the articles."""
    return f"{fact.summary()} ({fact.id})"


def reference_rows(data: Dataset, record_id: str) -> list[tuple[str, str]]:
    """A 'reference' row for each fact about the record known from outside the articles."""
    from iransyria.queries import references

    return [("reference", reference_text(fact)) for fact in references(subject=record_id, dataset=data)]


def quoted(quote: str) -> str:
    return f"“{quote}”"


#: The colour each standing is shown in, by its value.
_STANDING_STYLES = {"accepted": "green", "disputed": "yellow", "refuted": "red", "superseded": "magenta"}


def standing_text(standing: Standing) -> tuple[str, str]:
    return (standing.value, _STANDING_STYLES[standing.value])


def said(data: Dataset, claim: Claim) -> str:
    """What a claim says of its subject: 'Minister of Foreign Affairs, Iran' for an office it holds."""
    from iransyria.models import ActorValue

    value = claim.value
    if isinstance(value, ActorValue) and value.actor == claim.subject and value.position is not None:
        return position_text(data, value.position)
    return value_text(data, value)


def says(data: Dataset, claim: Claim) -> str:
    """'Amir Hatami (per-amir-hatami) holds-office: Minister of Foreign Affairs, Iran'."""
    return f"{named(data, claim.subject)} {claim.predicate.value}: {said(data, claim)}"


def claim_rows(
    data: Dataset, claim: Claim, *, value: bool, inferences: bool = True
) -> list[tuple[str, RenderableType]]:
    source = data.source(claim.source)
    rows: list[tuple[str, RenderableType]] = []
    if value:
        rows.append(("value", value_text(data, claim.value)))
    rows.append(
        ("source", claim.source if source is None else f"{source_name(data, claim.source)} ({claim.source})")
    )
    rows.append(("by", attribution_text(data, claim.attribution)))
    rows.append(("quote", quoted(claim.quote)))
    if inferences:
        rows.extend(("inferred", f"{i.part}: {i.how}") for i in claim.inferences)
    if claim.reason is not None:
        rows.append(("reason", claim.reason))
    return rows


def claim_block(
    view: View, data: Dataset, claim: Claim, *, value: bool, indent: int, inferences: bool = True
) -> None:
    """A claim with its provenance: id, standing, source, attribution, quote, inferences."""
    view.print(view.text((claim.id, "bold"), "  ", standing_text(claim.standing)), indent)
    view.fields(claim_rows(data, claim, value=value, inferences=inferences), indent + 2)


def conflict_block(view: View, data: Dataset, conflict: Conflict, indent: int) -> None:
    view.print(view.text(says(data, conflict.claim)), indent)
    claim_block(view, data, conflict.claim, value=False, indent=indent + 2, inferences=False)
    for correction in conflict.corrections:
        correction_block(view, data, correction, indent + 4)


def correction_block(view: View, data: Dataset, correction: Correction, indent: int) -> None:
    view.print(
        view.text((correction.id, "bold"), f"  {correction.kind.value} correction of {correction.target}"),
        indent,
    )
    rows: list[tuple[str, RenderableType]] = [
        ("before", quoted(correction.before)),
        ("after", quoted(correction.after)),
        ("reason", correction.reason),
    ]
    if correction.source is not None:
        rows.append(("carried by", f"{source_name(data, correction.source)} ({correction.source})"))
    if correction.by is not None:
        rows.append(("by", named(data, correction.by)))
    if correction.date is not None:
        rows.append(("date", str(correction.date)))
    if correction.replacement is not None:
        rows.append(("replaced by", correction.replacement))
    for evidence in correction.evidence:
        rows.append(("evidence", f"{source_name(data, evidence.source)}: {quoted(evidence.quote)}"))
    view.fields(rows, indent + 2)


def span(start: object | None, end: object | None) -> str:
    if start is None and end is None:
        return "span unknown"
    return f"{start if start is not None else '?'} to {end if end is not None else '?'}"


def count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
