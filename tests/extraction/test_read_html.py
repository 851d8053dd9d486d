"""The --html report, rendered in headless Chromium: not blank, one mark per statement, no overflow at 360 px.

Chromium is Debian's ``chromium`` package; .ci/run installs it when missing.
Outside CI, a machine without it skips these tests.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from iransyria.cli.app import app
from tests.extraction.articles import ARTICLES

# Headless Chromium will not make a window narrower than 500 px, so the page is shown in a 360 px
# frame; a copy of it with this probe reports to the frame's parent, which --dump-dom prints: whether
# anything is wider than the frame, and how many marks the page has.
PROBE = """<script>
window.addEventListener('load', () => {
  const wide = [...document.querySelectorAll('body *')].filter(
    (e) => e.getBoundingClientRect().right > window.innerWidth + 0.5);
  parent.postMessage({
    overflow: document.documentElement.scrollWidth > window.innerWidth || wide.length > 0,
    marks: document.querySelectorAll('mark').length,
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


@pytest.mark.parametrize(
    "article", [a for a in ARTICLES if a.name in ("wire-2018", "foreign-spellings")], ids=str
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
    assert 'data-overflow="false"' in dom, "text overflows at 360 px"

    shot = tmp_path / "shot.png"
    shown = tmp_path / "shown.html"
    shown.write_text(FRAME.format(page=page.name), encoding="utf-8")
    _browser(chromium, "--window-size=500,900", f"--screenshot={shot}", "--hide-scrollbars", shown.as_uri())
    from PIL import Image

    with Image.open(shot) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50, "the page renders blank"
