"""The timeline picture: rendered for real, then read back."""

from __future__ import annotations

import html
import struct
import sys
from pathlib import Path

import pytest

import iransyria
from iransyria import queries
from iransyria.cli import plot
from iransyria.dates import FuzzyDate

DATA = iransyria.shipped()
EVENTS = queries.timeline(dataset=DATA)
NAMES = {actor.id: actor.name for actor in DATA.actors}


def test_svg_holds_every_items_label_as_text(tmp_path: Path) -> None:
    out = tmp_path / "timeline.svg"
    plot.render(EVENTS, out, names=NAMES)
    svg = html.unescape(out.read_text(encoding="utf-8"))
    assert svg.startswith("<?xml") and "</svg>" in svg
    assert len(EVENTS) > 10
    for event in EVENTS:
        assert plot.label(event, NAMES) in svg
        assert str(event.date) in svg
        count = len(event.sources)
        assert f"({count} source" in plot.label(event, NAMES)
    # every kind present is in the legend
    for kind in {event.kind.value for event in EVENTS}:
        assert f">{kind}<" in svg


def plot_event(subject: str, description: str) -> queries.TimelineEvent:
    import attrs

    return attrs.evolve(EVENTS[0], subject=subject, description=description, sources=("src-x",))


def test_labels_name_who_an_event_is_about() -> None:
    # A timeline item about an actor whose name its description lacks is prefixed with the name.
    item = plot_event(subject="per-amir-hatami", description="visit to Damascus")
    assert plot.label(item, NAMES).split("  ")[1] == "Amir Hatami: visit to Damascus"
    named = plot_event(subject="per-amir-hatami", description="Hatami's visit to Damascus")
    assert plot.label(named, NAMES).split("  ")[1] == "Hatami's visit to Damascus"
    import attrs

    from iransyria.models import Standing

    disputed = attrs.evolve(item, standing=Standing.DISPUTED)
    assert plot.label(disputed).endswith("(1 source, disputed)")


def test_png_is_a_valid_image_of_a_height_that_grows_with_the_items(tmp_path: Path) -> None:
    out = tmp_path / "timeline.png"
    plot.render(EVENTS, out)
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    few = tmp_path / "few.png"
    plot.render(EVENTS[:3], few)
    few_height = struct.unpack(">II", few.read_bytes()[16:24])[1]
    assert width > 1000 and height > few_height


def test_a_redraw_of_the_same_data_gives_the_same_svg(tmp_path: Path) -> None:
    plot.render(EVENTS, tmp_path / "a.svg")
    plot.render(EVENTS, tmp_path / "b.svg")
    assert (tmp_path / "a.svg").read_bytes() == (tmp_path / "b.svg").read_bytes()


def test_a_date_is_drawn_over_the_span_it_stands_for() -> None:
    month = plot._span(FuzzyDate.parse("2018-08"))
    assert (month[1] - month[0]).days == 31
    assert (lambda s: (s[1] - s[0]).days)(plot._span(FuzzyDate.parse("2018-08-26/2018-08-27"))) == 2
    assert (lambda s: (s[1] - s[0]).days)(plot._span(FuzzyDate.parse("2011"))) == 365


def test_an_unknown_suffix_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(plot.PlotUnavailable, match=r"timeline\.pdf: cannot draw a \.pdf file"):
        plot.render(EVENTS, tmp_path / "timeline.pdf")
    assert not list(tmp_path.iterdir())


def test_without_matplotlib_the_error_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(plot.PlotUnavailable, match=r"pip install 'iransyria\[plot\]'"):
        plot.render(EVENTS, tmp_path / "timeline.svg")
    assert not list(tmp_path.iterdir())


def test_an_empty_timeline_still_draws(tmp_path: Path) -> None:
    plot.render((), tmp_path / "empty.svg")
    assert "</svg>" in (tmp_path / "empty.svg").read_text(encoding="utf-8")


def test_timeline_plot_draws_the_file_from_the_command_line(tmp_path: Path) -> None:
    from tests.cli.helpers import run

    out = tmp_path / "timeline.svg"
    result = run("timeline", "--plot", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr.strip() == f"iransyria: drew {len(EVENTS)} items to {out}"
    svg = html.unescape(out.read_text(encoding="utf-8"))
    for event in EVENTS:
        assert plot.label(event, NAMES) in svg
    only = tmp_path / "hatami.png"
    assert run("timeline", "--actor", "Hatami", "--plot", str(only)).exit_code == 0
    assert only.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    bad = run("timeline", "--plot", str(tmp_path / "timeline.pdf"))
    assert bad.exit_code == 2 and "use .svg or .png" in bad.stderr


def test_timeline_plot_without_matplotlib_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.cli.helpers import run

    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    result = run("timeline", "--plot", str(tmp_path / "timeline.svg"))
    assert result.exit_code == 2
    assert (
        result.stderr.strip()
        == "iransyria: drawing the timeline needs matplotlib: pip install 'iransyria[plot]'"
    )


def test_the_drawing_grows_by_look_not_by_item() -> None:
    """10,000 events: one collection of bars per look (kind, disputed or not), at most MAX_LABELS labels; counted.

    Every item is still drawn (a bar each); the y-axis labels one row in every
    hundred, evenly, the title says so, and the picture is no taller than
    its labels need (it grew 0.32 in a row: 3,200 in for 10,000 events).
    """
    import itertools

    import matplotlib

    many = list(itertools.islice(itertools.cycle(EVENTS), 10_000))
    looks = {(plot._kind(item), plot._disputed(item)) for item in many}
    with matplotlib.rc_context(plot._PLAIN_TEXT):
        figure = plot._figure(many, "many", NAMES)
    axes = figure.axes[0]
    assert len(axes.collections) == len(looks) < 20
    assert sum(len(bars.get_paths()) for bars in axes.collections) == len(many)  # every item still drawn
    assert len(axes.patches) == 0 and len(axes.lines) <= len(looks)  # no artist per item
    ticks = list(axes.get_yticks())
    assert ticks == list(range(0, 10_000, 100))  # one row in a hundred, from the first
    assert len(axes.yaxis.get_major_ticks()) == len(ticks) == plot.MAX_LABELS
    assert [text.get_text() for text in axes.get_yticklabels()] == [
        plot.label(many[row], NAMES) for row in ticks
    ]
    assert axes.get_title(loc="left") == "many (10,000 items: one row in 100 labelled)"
    assert figure.get_figheight() == pytest.approx(1.2 + 0.32 * plot.MAX_LABELS)


@pytest.mark.parametrize(
    ("count", "labels", "step"), [(18, 18, 1), (100, 100, 1), (101, 51, 2), (250, 84, 3)]
)
def test_every_row_is_labelled_up_to_the_bound_then_one_in_every_few(
    count: int, labels: int, step: int
) -> None:
    import itertools

    items = list(itertools.islice(itertools.cycle(EVENTS), count))
    axes = plot._figure(items, "t", NAMES).axes[0]
    assert list(axes.get_yticks()) == list(range(0, count, step))
    assert len(axes.get_yticklabels()) == labels <= plot.MAX_LABELS
    assert axes.get_ylim() == (count - 0.5, -0.5)  # every row still on the axis
    said = axes.get_title(loc="left")
    assert (said == "t") is (step == 1)


def test_the_help_and_the_docs_state_the_bound() -> None:
    from tests.cli.helpers import run

    said = f"at most {plot.MAX_LABELS} rows are labelled"
    assert said in " ".join(run("timeline", "-h").stdout.replace("│", " ").split())
    assert said in (Path(__file__).parents[2] / "docs" / "cli.md").read_text(encoding="utf-8")


def test_every_kind_has_its_own_colour_and_the_legend_matches_the_bars() -> None:
    """As many colours as kinds, none shared; each bar in its kind's colour, the legend saying so (issue 23)."""
    from matplotlib.colors import to_hex

    from iransyria.models import EventKind

    assert set(plot.KIND_COLOURS) >= {kind.value for kind in EventKind}
    assert len(set(plot.KIND_COLOURS.values())) == len(plot.KIND_COLOURS)
    # The palette has as many colours as there are kinds, as Tol picks them for that many.
    assert all(len(set(plot.palette(size))) == size for size in range(1, 24))
    assert [plot.KIND_COLOURS[kind.value] for kind in EventKind] == list(plot.palette(len(EventKind)))
    kinds = [plot._kind(event) for event in EVENTS]
    assert len(set(kinds)) >= 9  # the shipped timeline draws many kinds: more than Okabe–Ito's 8
    figure = plot._figure(EVENTS, "t", NAMES)
    (axes,) = figure.axes
    # Each bar's row is its item (bars are drawn grouped by look, not in row order), in its look's colour.
    by_row = {
        round(path.vertices[:, 1].mean()): to_hex(bars.get_facecolor()[0], keep_alpha=False)
        for bars in axes.collections
        for path in bars.get_paths()
    }
    assert sorted(by_row) == list(range(len(EVENTS)))
    drawn = {kinds[row]: colour for row, colour in by_row.items()}
    for row, colour in by_row.items():
        assert colour == drawn[kinds[row]]  # one colour per kind
    assert len(set(drawn.values())) == len(drawn)  # and no two kinds share one
    legend = axes.get_legend()
    shown = {
        text.get_text(): to_hex(handle.get_facecolor(), keep_alpha=False)
        for text, handle in zip(legend.get_texts(), legend.legend_handles, strict=True)
        if text.get_text() != "disputed"
    }
    assert shown == drawn
