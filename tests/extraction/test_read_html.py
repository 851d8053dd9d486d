"""The --html report, rendered in headless Chromium: not blank, one mark per statement, no overflow at 360 px.

Each statement is marked over its words in the article's text: its mark pieces
(one, or more where it crosses another statement's end) hold exactly the words
of its span, overlapping and nested statements included, and each has one
label, a link a keyboard reaches, to its details.

Chromium is Debian's ``chromium`` package; .ci/run installs it when missing.
Outside CI, a machine without it skips these tests.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from iransyria.cli.app import app
from iransyria.extraction import read
from tests.extraction.articles import ARTICLES, WrittenArticle

#: Statements that cross ('Iranian Defence Minister Amir Hatami' and 'Amir Hatami signed') and nest
#: ('Hatami met his counterpart' inside '... and President Bashar al-Assad').
OVERLAPPING = WrittenArticle(
    "overlapping",
    "wire copy",
    "2018-08-27",
    "DAMASCUS (Wire) - Iranian Foreign Minister Amir Hatami signed a military cooperation deal in Damascus "
    "on Sunday.\n\nHatami met his counterpart and President Bashar al-Assad during the visit.",
    errors=("Foreign Minister",),
    accurate=(),
)


def _overlaps(spans: list[tuple[int, int]]) -> tuple[int, int]:
    """How many pairs of spans cross, and how many nest (one strictly inside the other)."""
    crossing = nested = 0
    for i, (a, b) in enumerate(spans):
        for c, d in spans[i + 1 :]:
            if a < c < b < d or c < a < d < b:
                crossing += 1
            elif ((a <= c and d <= b) or (c <= a and b <= d)) and (a, b) != (c, d):
                nested += 1
    return crossing, nested


# Headless Chromium will not make a window narrower than 500 px, so the page is shown in a 360 px
# frame; a copy of it with this probe reports to the frame's parent, which --dump-dom prints: whether
# anything is wider than the frame, and how many marks the page has.
PROBE = """<script>
window.addEventListener('load', () => {
  const wide = [...document.querySelectorAll('body *')].filter(
    (e) => e.getBoundingClientRect().right > window.innerWidth + 0.5);
  const texts = {}, shown = new Set();
  for (const mark of document.querySelectorAll('mark[data-s]')) {
    const words = mark.cloneNode(true);
    words.querySelectorAll('.tag').forEach((tag) => tag.remove());
    texts[mark.dataset.s] = (texts[mark.dataset.s] || '') + words.textContent;
    if ([...mark.getClientRects()].some((r) => r.width > 0 && r.height > 0)) shown.add(mark.dataset.s);
  }
  const tags = [...document.querySelectorAll('a.tag')];
  parent.postMessage({
    overflow: document.documentElement.scrollWidth > window.innerWidth || wide.length > 0,
    marks: Object.keys(texts).length,
    pieces: document.querySelectorAll('mark').length,
    shown: shown.size,
    labels: tags.length,
    linked: tags.filter((t) => t.tabIndex >= 0 && document.getElementById(t.hash.slice(1))?.matches(
      'details.statement')).length,
    summaries: [...document.querySelectorAll('details.statement > summary')].filter((s) => s.tabIndex >= 0).length,
    texts: JSON.stringify(texts),
    width: window.innerWidth,
  }, '*');
});
</script>"""
FRAME = """<!DOCTYPE html><html><body style="margin:0">
<iframe src="{page}" style="width:360px;height:800px;border:0"></iframe>
<script>
window.addEventListener('message', (event) => {{
  for (const [key, value] of Object.entries(event.data)) document.body.setAttribute('data-' + key, String(value));
}});
</script></body></html>"""


@pytest.fixture(scope="module")
def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: .ci/run must install it")
        pytest.skip("chromium not installed (apt-get install chromium)")
    return found


def _browser(chromium: str, *args: str) -> str:
    result = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def _data(dom: str, key: str) -> str:
    found = re.search(rf'data-{key}="([^"]*)"', dom)
    assert found is not None, f"the probe reported no {key}"
    return html.unescape(found.group(1))


@pytest.mark.parametrize(
    "article",
    [*(a for a in ARTICLES if a.name in ("wire-2018", "foreign-spellings")), OVERLAPPING],
    ids=lambda a: a.name,
)
def test_the_page_in_chromium(article, chromium: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = tmp_path / "article.txt"
    text.write_text(article.text, encoding="utf-8")
    page = tmp_path / "report.html"
    result = CliRunner().invoke(
        app, ["read", str(text), "--published", article.published, "--html", str(page)]
    )
    assert result.exit_code in (0, 1), result.output
    document = page.read_text(encoding="utf-8")
    assert (
        "<script" not in document
        and "http://" not in document
        and "https://" not in document.split("</head>")[0]
    )
    statements = int(re.search(r"(\d+) statements", document).group(1))  # type: ignore[union-attr]
    assert statements > 0

    probed = tmp_path / "probed.html"
    probed.write_text(document.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    frame = tmp_path / "frame.html"
    frame.write_text(FRAME.format(page=probed.name), encoding="utf-8")
    dom = _browser(
        chromium, "--window-size=500,900", "--virtual-time-budget=5000", "--dump-dom", frame.as_uri()
    )
    assert 'data-width="360"' in dom
    assert f'data-marks="{statements}"' in dom, "one mark per statement"
    reading = read(article.text, article.published)
    assert len(reading.statements) == statements
    spans = [(s.start, s.end) for s in reading.statements]
    marked = json.loads(_data(dom, "texts"))
    assert marked == {str(n): article.text[a:b] for n, (a, b) in enumerate(spans, 1)}, (
        "each statement's marks hold exactly its words"
    )
    assert _data(dom, "shown") == str(statements), "a statement's mark is not drawn"
    assert _data(dom, "labels") == _data(dom, "linked") == str(statements), (
        "one label per statement, to its details"
    )
    assert _data(dom, "summaries") == str(statements), "each statement's details open from the keyboard"
    crossing, nested = _overlaps(spans)
    if article is OVERLAPPING:
        assert crossing and nested, "the text should have crossing and nested statements"
        assert int(_data(dom, "pieces")) > statements, "a crossing statement continues in a second piece"
    assert 'data-overflow="false"' in dom, "text overflows at 360 px"

    shot = tmp_path / "shot.png"
    shown = tmp_path / "shown.html"
    shown.write_text(FRAME.format(page=page.name), encoding="utf-8")
    _browser(chromium, "--window-size=500,900", f"--screenshot={shot}", "--hide-scrollbars", shown.as_uri())
    from PIL import Image

    with Image.open(shot) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50, "the page renders blank"
