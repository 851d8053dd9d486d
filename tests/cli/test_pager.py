"""Pipes and pagers (iransyria/cli/pager.py): a closed pipe ends quietly with 0; a terminal pages long output."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from tests.test_queries import AGR_2018

COMMAND = [sys.executable, "-m", "iransyria"]


def _env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        # COLUMNS/LINES would override the pseudo-terminal's own size (another test in the worker may set them)
        if k not in {"NO_COLOR", "FORCE_COLOR", "PAGER", "IRANSYRIA_PAGER", "COLUMNS", "LINES"}
    }
    env.update(extra)
    return env


@pytest.mark.parametrize(
    "args",
    [
        ["show", "agreement", AGR_2018],
        ["show", "claims", "--long"],
        ["search", "Hatami"],
        ["--help"],
    ],
    ids=" ".join,
)
def test_a_closed_pipe_ends_quietly_with_0(args: list[str]) -> None:
    # The reader is gone before the first byte is written: every write fails with EPIPE.
    process = subprocess.Popen([*COMMAND, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env())
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    error = process.stderr.read()
    assert process.wait(timeout=60) == 0
    assert error == b""


def test_show_agreement_piped_to_head_exits_0() -> None:
    done = subprocess.run(
        ["bash", "-c", f'set -o pipefail; "$@" show agreement {AGR_2018} | head -1', "sh", *COMMAND],
        capture_output=True,
        text=True,
        env=_env(),
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Iran–Syria military cooperation agreement")
    assert done.stderr == ""


def _on_a_terminal(args: list[str], rows: int, **env: str) -> tuple[int, str]:
    """Run with stdout on a pseudo-terminal of ``rows`` x 80; the exit code and what reached the terminal."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", rows, 80, 0, 0))
    process = subprocess.Popen(
        [*COMMAND, *args], stdout=follower, stderr=subprocess.PIPE, env=_env(**env), close_fds=True
    )
    os.close(follower)
    shown = b""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the process is done
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    return process.wait(timeout=60), shown.decode("utf-8", "replace")


def test_long_output_on_a_terminal_goes_through_the_pager(tmp_path: Path) -> None:
    paged = tmp_path / "paged"
    code, shown = _on_a_terminal(["show", "claims"], 24, PAGER=f"cat > {paged}")
    assert code == 0
    text = paged.read_text(encoding="utf-8")
    assert len(text.splitlines()) >= 190  # every claim, through the pager
    assert "\x1b[" in text  # still a terminal's output: colour passes through (LESS=FRX)
    assert "Amir Hatami" in text and "Amir Hatami" not in shown


def test_short_output_and_no_pager_print_straight_to_the_terminal(tmp_path: Path) -> None:
    paged = tmp_path / "paged"
    code, shown = _on_a_terminal(["show", "agreements"], 100, PAGER=f"cat > {paged}")
    assert code == 0 and not paged.exists()  # shorter than the terminal
    assert "Iran–Syria comprehensive military" in shown
    code, shown = _on_a_terminal(["--no-pager", "show", "claims"], 24, PAGER=f"cat > {paged}")
    assert code == 0 and not paged.exists()
    assert "Amir Hatami" in shown
    code, shown = _on_a_terminal(["show", "claims"], 24, PAGER=f"cat > {paged}", IRANSYRIA_PAGER="cat")
    assert code == 0 and not paged.exists()


def test_check_into_a_closed_pipe_still_exits_with_its_findings(tmp_path: Path) -> None:
    import attrs

    from iransyria.data import shipped
    from iransyria.serialization import dump

    data = shipped()
    broken = attrs.evolve(data.claims[0], id="clm-user-dangling", subject="per-nobody-at-all")
    path = tmp_path / "broken.json"
    dump(data.evolve(claims=(*data.claims, broken)), path)
    process = subprocess.Popen(
        [*COMMAND, "check", str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env()
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    error = process.stderr.read()
    assert process.wait(timeout=60) == 1  # errors found: the closed pipe does not hide them
    assert error == b""


def test_show_claims_is_cut_to_a_terminal_and_whole_into_a_pipe() -> None:
    """A real terminal of 80 columns gets lines cut to it; a real pipe gets every line whole (issue 23)."""
    import re

    code, shown = _on_a_terminal(["--no-pager", "show", "claims"], 400, NO_COLOR="1")
    lines = [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in shown.replace("\r\n", "\n").splitlines()]
    assert code == 0 and lines[0].split() == ["subject", "says", "source"]
    assert max(map(len, lines)) <= 80 and any(line.endswith("…") for line in lines)
    piped = subprocess.run([*COMMAND, "show", "claims"], capture_output=True, text=True, env=_env(), check=True)
    whole = piped.stdout.splitlines()
    assert whole[0].split() == ["subject", "says", "source"] and len(whole) == len(lines)
    assert max(map(len, whole)) > 80 and "…" not in piped.stdout
