"""``search TEXT``: every record whose names, titles, provisions, quotes or corrections hold the words.

Words match in any case, with or without accents, in any of the common
transliterations (:mod:`iransyria.queries.names`): ``search ayub`` finds Ali Abdullah
Ayyoub's record and every quote that names him as Ayoub or Ayyoub. Results are
ranked (names first, then titles, then the text of quotes); on a terminal the
matched words are highlighted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from iransyria.cli.errors import PLAIN_EXIT_CODES, guarded
from iransyria.cli.options import JsonOption, dataset
from iransyria.cli.output import say
from iransyria.cli.render import WRAP, View, emit_json
from iransyria.display import echoed

if TYPE_CHECKING:
    from rich.text import Text

    from iransyria.queries import FieldMatch

__all__ = ["register", "search"]

_CONTEXT = 60  # characters of a long text shown around its first match


def _snippet(view: View, match: FieldMatch) -> Text:
    """The field's text around its first matched word, matched words highlighted."""
    text = match.text
    first = match.spans[0][0] if match.spans else 0
    start = (
        0 if len(text) <= 2 * _CONTEXT or first < _CONTEXT else text.rfind(" ", 0, first - _CONTEXT // 2) + 1
    )
    # Never more than a few contexts' worth, even where a "word" runs for megabytes.
    start = max(start, first - 2 * _CONTEXT)
    end = len(text) if len(text) - start <= 2 * _CONTEXT else text.find(" ", start + 2 * _CONTEXT)
    end = min(len(text) if end < 0 else end, start + 4 * _CONTEXT)
    out = view.text(f"{match.field}: ", "…" if start else "")
    position = start
    for span_start, span_end in match.spans:
        if span_start < start or span_end > end:
            continue
        out.append(text[position:span_start])
        out.append(text[span_start:span_end], style=view.style("bold black on yellow"))
        position = span_end
    out.append(text[position:end])
    if end < len(text):
        out.append("…")
    return out


@guarded
def search(
    text: Annotated[str, typer.Argument(metavar="TEXT", help="Words to find, in any case and spelling.")],
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind",
            metavar="KIND",
            help="Only records of this kind (agreement, actor, source, claim, correction); repeatable.",
        ),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Show at most this many records.")] = 25,
    json: JsonOption = False,
) -> None:
    """Find records by any name, alias or spelling, and words in titles, provisions and quotes."""
    from iransyria.cli.errors import UsageError
    from iransyria.queries import SEARCH_KINDS
    from iransyria.queries import search as find_words

    kinds = tuple(kind) if kind else SEARCH_KINDS
    unknown = [k for k in kinds if k not in SEARCH_KINDS]
    if unknown:
        raise UsageError(f"no record kind {unknown[0]!r}: use {', '.join(SEARCH_KINDS)}")
    data = dataset()
    hits = find_words(text, data, kinds=kinds, limit=limit)
    if json:
        emit_json(list(hits))
        return
    if not hits:
        say(f"nothing matches {echoed(text)}", err=True)
        return
    view = View()
    table = view.table(("record", WRAP), ("where it matches", WRAP))
    for hit in hits:
        shown = [m for m in hit.matches if m.field != "id"]  # the id is in the first column
        table.add_row(
            view.lines(view.text((hit.label, "bold")), view.text((f"{hit.kind} {hit.id}", "dim"))),
            view.lines(*(_snippet(view, match) for match in shown[:3]))
            if shown
            else view.text(("its id", "dim")),
        )
    view.listing(table, "records")


def register(app: typer.Typer) -> None:
    """Add the ``search`` command to the app."""
    app.command("search", epilog=PLAIN_EXIT_CODES)(search)
