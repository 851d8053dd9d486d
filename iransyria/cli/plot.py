"""The timeline as a picture: agreements and events on a time axis, each date at its precision.

``iransyria timeline --plot out.svg`` (or ``.png``) draws one row per item of
:func:`iransyria.queries.timeline`, earliest at the top. A date is drawn as the
span it stands for: a day as a day (with a marker, so it shows at any scale),
'August 2018' as the whole month, '2011' as the whole year, and 'Sunday or
Monday' as a bar over both days. Bars are coloured by kind, each kind its
own colour of a colour-blind-safe palette (:data:`KIND_COLOURS`); an item whose best reporting is disputed is hatched. Each row's label
gives the date as reported, what happened, and how many sources report it.

At most :data:`MAX_LABELS` rows are labelled, and the picture grows no
taller than they need: a timeline of more items (a user's own data of
thousands of events) is drawn whole, a bar per item, but labels one row in
every few, evenly, and its title says so. Ten thousand labels took minutes
to lay out, gave a picture hundreds of metres tall, and could not be read;
the table (``iransyria timeline``) and ``--json`` give every item.

matplotlib is an optional dependency (``pip install 'iransyria[plot]'``): it
is imported only when a picture is drawn, and its absence is reported as a
:class:`PlotUnavailable` error naming the extra.
"""

from __future__ import annotations

import datetime as _dt
import io
import textwrap
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from iransyria.atomic import write_atomic
from iransyria.dates import FuzzyDate, Precision
from iransyria.display import safe_text
from iransyria.models import EventKind

__all__ = [
    "FORMATS",
    "KIND_COLOURS",
    "MAX_LABELS",
    "PlotUnavailable",
    "Plottable",
    "label",
    "palette",
    "render",
]

#: The most rows the picture labels (and is tall enough for): beyond it, one row in every few.
MAX_LABELS = 100

#: The picture formats, by file suffix.
FORMATS = {".svg": "svg", ".png": "png"}

#: Paul Tol's discrete rainbow (SRON, "Colour schemes", fig. 22): a qualitative scheme that stays
#: distinct with colour-blindness, for up to 23 classes. Tol picks its colours for each number of
#: classes: :data:`_RAINBOW_PICKS` gives them, by index into these 29.
_RAINBOW = (
    "#E8ECFB", "#D9CCE3", "#D1BBD7", "#CAACCB", "#BA8DB4", "#AE76A3", "#AA6F9E", "#994F88",
    "#882E72", "#1965B0", "#437DBF", "#5289C7", "#6195CF", "#7BAFDE", "#4EB265", "#90C987",
    "#CAE0AB", "#F7F056", "#F7CB45", "#F6C141", "#F4A736", "#F1932D", "#EE8026", "#E8601C",
    "#E65518", "#DC050C", "#A5170E", "#72190E", "#42150A",
)  # fmt: skip
_RAINBOW_PICKS = (
    (9,),
    (9, 25),
    (9, 17, 25),
    (9, 14, 17, 25),
    (9, 13, 14, 17, 25),
    (9, 13, 14, 16, 17, 25),
    (8, 9, 13, 14, 16, 17, 25),
    (8, 9, 13, 14, 16, 17, 22, 25),
    (8, 9, 13, 14, 16, 17, 22, 25, 27),
    (8, 9, 13, 14, 16, 17, 20, 23, 25, 27),
    (8, 9, 11, 13, 14, 16, 17, 20, 23, 25, 27),
    (2, 5, 8, 9, 11, 13, 14, 16, 17, 20, 23, 25),
    (2, 5, 8, 9, 11, 13, 14, 15, 16, 17, 20, 23, 25),
    (2, 5, 8, 9, 11, 13, 14, 15, 16, 17, 19, 21, 23, 25),
    (2, 5, 8, 9, 11, 13, 14, 15, 16, 17, 19, 21, 23, 25, 27),
    (2, 4, 6, 8, 9, 11, 13, 14, 15, 16, 17, 19, 21, 23, 25, 27),
    (2, 4, 6, 7, 8, 9, 11, 13, 14, 15, 16, 17, 19, 21, 23, 25, 27),
    (2, 4, 6, 7, 8, 9, 11, 13, 14, 15, 16, 17, 19, 21, 23, 25, 26, 27),
    (1, 3, 4, 6, 7, 8, 9, 11, 13, 14, 15, 16, 17, 19, 21, 23, 25, 26, 27),
    (1, 3, 4, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 19, 21, 23, 25, 26, 27),
    (1, 3, 4, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 20, 22, 24, 25, 26, 27),
    (1, 3, 4, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 20, 22, 24, 25, 26, 27, 28),
    (0, 1, 3, 4, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 20, 22, 24, 25, 26, 27, 28),
)


def palette(size: int) -> tuple[str, ...]:
    """``size`` colours of Tol's discrete rainbow, as Tol picks them for that many classes."""
    if not 1 <= size <= len(_RAINBOW_PICKS):
        raise ValueError(f"the discrete rainbow has 1 to {len(_RAINBOW_PICKS)} colours, not {size}")
    return tuple(_RAINBOW[index] for index in _RAINBOW_PICKS[size - 1])


#: An item with no kind of its own.
_NO_KIND = "event"
#: One colour per kind of event (an agreement's signing is a signing), in the kinds' order, from a
#: palette of as many colours as there are kinds; grey for an item without a kind. The legend shows
#: the kinds drawn, in this order.
KIND_COLOURS: dict[str, str] = {
    **{kind.value: colour for kind, colour in zip(EventKind, palette(len(EventKind)), strict=True)},
    _NO_KIND: "#777777",
}
_DESCRIPTION_WIDTH = 72
#: Drawing settings: text drawn as given (no mathtext, no TeX), SVG text kept as text, no random ids.
_PLAIN_TEXT: dict[str, Any] = {
    "text.parse_math": False,
    "text.usetex": False,
    "svg.fonttype": "none",
    "svg.hashsalt": "iransyria",
}


class PlotUnavailable(Exception):
    """The picture cannot be drawn: matplotlib is missing, or the file type is not one it writes."""


class Plottable(Protocol):
    """What an item needs to be drawn: a timeline event, or an event record."""

    @property
    def date(self) -> FuzzyDate: ...

    @property
    def description(self) -> str: ...

    @property
    def sources(self) -> tuple[str, ...]: ...


def _kind(item: Plottable) -> str:
    kind = getattr(item, "kind", _NO_KIND)
    return str(getattr(kind, "value", kind))


def _disputed(item: Plottable) -> bool:
    standing = getattr(item, "standing", None)
    return str(getattr(standing, "value", standing)) == "disputed"


def label(item: Plottable, names: Mapping[str, str] | None = None) -> str:
    """A row's label: the date as reported, who and what (shortened), and the number of sources.

    ``names`` maps a subject's id to its name; an event whose description
    does not already name its subject is prefixed by that name.
    """
    what = item.description
    subject = getattr(item, "subject", None)
    name = (names or {}).get(subject) if isinstance(subject, str) else None
    if name and _kind(item) != "signing" and name.split()[-1] not in what:
        what = f"{name}: {what}"
    # Cut first: shortening re-wraps the whole text, and a description may be megabytes long.
    what = textwrap.shorten(safe_text(what[: _DESCRIPTION_WIDTH * 4]), _DESCRIPTION_WIDTH, placeholder="…")
    count = len(item.sources)
    disputed = ", disputed" if _disputed(item) else ""
    return f"{item.date}  {what}  ({count} source{'' if count == 1 else 's'}{disputed})"


def _span(date: FuzzyDate) -> tuple[_dt.date, _dt.date]:
    """The first day and the day after the last that ``date`` may stand for."""
    return date.earliest, date.latest + _dt.timedelta(days=1)


def _format(path: Path) -> str:
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        raise PlotUnavailable(
            f"{path}: cannot draw a {path.suffix or 'suffix-less'} file; use {' or '.join(FORMATS)}"
        ) from None


def _figure(items: Sequence[Plottable], title: str, names: Mapping[str, str] | None) -> Any:
    try:
        from matplotlib import dates
        from matplotlib.collections import PolyCollection
        from matplotlib.figure import Figure
        from matplotlib.patches import Patch
    except ImportError:
        raise PlotUnavailable(
            "drawing the timeline needs matplotlib: pip install 'iransyria[plot]'"
        ) from None

    mdates: Any = dates  # partly untyped
    colours = KIND_COLOURS

    # One label every `step` rows, at most MAX_LABELS of them; the height is the labels' (0.32 in each).
    step = -(-len(items) // MAX_LABELS) if items else 1
    labelled = range(0, len(items), step)
    height = 1.2 + 0.32 * max(len(labelled), 1)
    figure = Figure(figsize=(15, height), layout="constrained")
    axes = figure.add_subplot()
    if items:
        first = min(item.date.earliest for item in items)
        last = max(item.date.latest for item in items)
    else:
        first = last = _dt.date.today()
    # One collection of bars and one marker line per look (kind, disputed or not), not one per item:
    # a container per bar made drawing 10,000 events take minutes. The dates are converted in one
    # call (date2num one date at a time was a third of the drawing's making).
    spans = [_span(item.date) for item in items]
    starts = list(mdates.date2num([start for start, _ in spans])) if spans else []
    ends = list(mdates.date2num([end for _, end in spans])) if spans else []
    looks: dict[tuple[str, bool], tuple[list[int], list[float], list[float], list[int], list[float]]] = {}
    for row, (item, left, right) in enumerate(zip(items, starts, ends, strict=True)):
        rows, lefts, widths, marked, middles = looks.setdefault(
            (_kind(item), _disputed(item)), ([], [], [], [], [])
        )
        rows.append(row)
        lefts.append(left)
        widths.append(right - left)
        if item.date.precision is Precision.DAY:
            marked.append(row)
            middles.append((left + right) / 2)
    for (kind, disputed), (rows, lefts, widths, marked, middles) in looks.items():
        colour = colours.get(kind, colours[_NO_KIND])
        # One collection of rectangles per look, not a Rectangle artist per bar: 10,000 bars as
        # artists took 16 s to make and as long again to draw.
        bars = PolyCollection(
            [_bar(left, width, row) for row, left, width in zip(rows, lefts, widths, strict=True)],
            facecolors=colour,
            edgecolors=colour,
            alpha=0.55 if disputed else 0.85,
            hatch="//" if disputed else None,
            linewidths=0.8,
        )
        axes.add_collection(bars, autolim=False)
        if marked:
            axes.plot(middles, marked, marker="D", linestyle="none", color=colour, markersize=5)
    axes.set_yticks(labelled, [label(items[row], names) for row in labelled], fontsize=8)
    if step > 1:
        title = f"{title} ({len(items):,} items: one row in {step:,} labelled)"
    axes.set_ylim(max(len(items), 1) - 0.5, -0.5)
    margin = max((last - first).days // 40, 30)
    axes.set_xlim(
        mdates.date2num(first - _dt.timedelta(days=margin)),
        mdates.date2num(last + _dt.timedelta(days=margin)),
    )
    axes.xaxis.set_major_locator(mdates.AutoDateLocator())
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(axes.xaxis.get_major_locator()))
    axes.grid(axis="x", linewidth=0.4, alpha=0.5)
    axes.set_title(title, loc="left", fontsize=11)
    present = _kinds(items)
    handles = [Patch(color=colour, label=kind) for kind, colour in colours.items() if kind in present]
    if any(_disputed(item) for item in items):
        handles.append(Patch(facecolor="white", edgecolor="grey", hatch="//", label="disputed"))
    if handles:
        axes.legend(handles=handles, loc="lower left", fontsize=8, frameon=False)
    return figure


#: A bar's height, in rows: the gap between two rows' bars is the rest.
BAR_HEIGHT = 0.6


def _bar(left: float, width: float, row: int) -> list[tuple[float, float]]:
    """The corners of the bar from ``left``, ``width`` long, centred on ``row``."""
    top, bottom = row - BAR_HEIGHT / 2, row + BAR_HEIGHT / 2
    return [(left, top), (left + width, top), (left + width, bottom), (left, bottom)]


def _kinds(items: Sequence[Plottable]) -> set[str]:
    return {_kind(item) for item in items}


def render(
    items: Sequence[Plottable],
    path: str | Path,
    *,
    title: str = "Iran–Syria agreements and events, each date at the precision reported",
    names: Mapping[str, str] | None = None,
) -> None:
    """Draw ``items`` (in the order given) to ``path``, an .svg or .png file, written atomically.

    ``names`` maps subject ids to names for the labels (see :func:`label`).
    SVG keeps its text as text, so the labels can be searched and read by
    assistive tools; the file carries no creation date, so a redraw of the
    same data gives the same bytes.
    """
    target = Path(path)
    fmt = _format(target)
    try:
        import matplotlib
    except ImportError:
        raise PlotUnavailable(
            "drawing the timeline needs matplotlib: pip install 'iransyria[plot]'"
        ) from None

    settings: Any = matplotlib.rc_context  # its keys are typed as literals; these are plain strings
    buffer = io.BytesIO()
    # Labels are plain text: '$...$' in a description is not mathtext, and never TeX.
    with settings(_PLAIN_TEXT):
        figure = _figure(items, title, names)
        metadata: dict[str, Any] = {"Date": None} if fmt == "svg" else {"Software": None}
        figure.savefig(buffer, format=fmt, dpi=110, metadata=metadata)
    write_atomic(target, buffer.getvalue())
