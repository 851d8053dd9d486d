"""Fuzz target bodies for the commands (issue 24): ``check``, ``verify --claim``, ``locate``, the CSV export.

Each takes arbitrary bytes and raises (an AssertionError saying what broke,
or the exception the code let out) when the program mishandles them. They
need no fuzzer: tests/test_fuzz_targets.py runs the corpus through them in
the suite, and tests/fuzz/atheris_targets.py hands them to libFuzzer for
coverage-guided runs. Each runs the command in process as the program does
(click's parsing of the arguments, the command, the one output module), on
the click command built once (:func:`run`). What counts as a failure, for
every command:

- an exception out of the command (a traceback), or an exit code it does not document;
- a character a terminal could act on, on stdout or stderr (JSON included);
- a line on stderr longer than the message limit.

And for the CSV export: a table that reads back as more or fewer rows than
records (pandas-style readers split on a bare CR), a value that does not read
back exactly, a cell a spreadsheet would run as a formula.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

import orjson

from iransyria.display import MAX_LINE
from iransyria.errors import DataError

__all__ = ["TARGETS", "check", "csv_export", "locate", "run", "verify_claim"]

# The fuzzers' own list, not the code's (see tests/test_corpus_surface.py).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_FORMULA = "=+-@\t\r\n\uff1d\uff0b\uff0d\uff20"
_NUMBER = re.compile(r"[+-]?[0-9]+(\.[0-9]+)?\Z")
_ENV = {"NO_COLOR": "1", "COLUMNS": "100", "IRANSYRIA_ARTICLES": None}
_folder = Path(tempfile.mkdtemp(prefix="iransyria-fuzz-"))


class _Result:
    """What one run of the command line gave: its exit code and what it wrote to each stream."""

    def __init__(self, exit_code: int, stdout: str, stderr: str) -> None:
        self.exit_code, self.stdout, self.stderr = exit_code, stdout, stderr


@functools.cache
def _command() -> Any:
    # typer builds the click command from the functions' signatures on every CliRunner.invoke: 95 of
    # the 97 ms one verify --claim took (820 executions in 10 minutes). Built once, a run is ~1 ms.
    import typer.main

    from iransyria import cli

    return typer.main.get_command(cli.app)


def run(args: list[str], exits: tuple[int, ...], stdin: bytes | None = None) -> _Result:
    """``iransyria ARGS`` in process, as the program runs (click's parsing, the command, its output), checked.

    Raise what the command let out (a traceback), or an AssertionError for an
    exit code not in ``exits``, a control character on stdout or stderr, or a
    message line longer than the limit.
    """
    from typer.testing import CliRunner

    code = 0
    with CliRunner().isolation(input=stdin, env=_ENV) as (stdout, stderr, _):
        try:
            _command().main(args=args, prog_name="iransyria")
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1 if exc.code else 0
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
        result = _Result(code, stdout.getvalue().decode("utf-8"), stderr.getvalue().decode("utf-8"))
    if result.exit_code not in exits:
        raise AssertionError(f"exit code {result.exit_code}: {result.stderr[-300:]!r}")
    for name, stream in (("stdout", result.stdout), ("stderr", result.stderr)):
        found = _UNSAFE.search(stream)
        if found is not None:
            raise AssertionError(f"{found.group()!r} on {name}")
    long = [line for line in result.stderr.splitlines() if len(line) > MAX_LINE + 80]
    if long:
        raise AssertionError(f"a message line of {len(long[0])} characters")
    return result


def check(data: bytes) -> None:
    """``iransyria check FILE`` on a file holding ``data``: no errors (0), errors found (1) or a refusal (2)."""
    file = _folder / "input.json"
    file.write_bytes(data)
    run(["check", str(file)], (0, 1, 2))


def verify_claim(data: bytes) -> None:
    """``iransyria verify --claim -`` with ``data`` on stdin: a verdict (0, 1, 3) or a refusal (2)."""
    run(["verify", "--claim", "-"], (0, 1, 2, 3), stdin=data)
    with contextlib.suppress(UnicodeDecodeError):
        text = data.decode("utf-8")
        if "\x00" not in text and not text.startswith(("-", "@")):
            run(["verify", "--json", "--claim", text], (0, 1, 2, 3))


def locate(data: bytes) -> None:
    """``iransyria locate ARTICLE QUOTE``: the first byte says how many bytes after it are the quote.

    The rest is the article, written as bytes (so not always UTF-8); the
    quote is decoded leniently (an argument is text).
    """
    size = data[0] if data else 0
    quote = data[1 : 1 + size].decode("utf-8", errors="replace").replace("\x00", "")
    article = _folder / "article.txt"
    article.write_bytes(data[1 + size :])
    result = run(["locate", str(article), quote], (0, 1, 2))
    if result.exit_code == 0 and quote not in article.read_bytes().decode("utf-8"):
        raise AssertionError("found verbatim what the article does not hold")


def _claims(data: bytes) -> list[str]:
    text = data.decode("utf-8", errors="replace")
    return [part for part in text.split("\x1e")[:20] if part.strip()]


def csv_export(data: bytes) -> None:
    """The CSV export of claims whose quotes are ``data`` split at U+001E: every table reads back exactly."""
    from iransyria.exports.csv import csv_files, read_table
    from iransyria.serialization import loads
    from tests.corpus.surface import SIGNED, SOURCE

    quotes = _claims(data)
    document = {
        "sources": [{**SOURCE, "title": quotes[0] if quotes else "T"}],
        "claims": [{**SIGNED, "id": f"clm-fuzz-{i:02}", "quote": quote} for i, quote in enumerate(quotes)],
    }
    try:
        dataset = loads(orjson.dumps(document))
    except DataError:
        return  # a quote the model refuses (control characters, blank): nothing to export
    for escape in (True, False):
        files = csv_files(dataset, escape_formulas=escape)
        rows = list(csv.reader(io.StringIO(files["claims.csv"].decode("utf-8"), newline="")))
        if len(rows) - 1 != len(dataset.claims):
            raise AssertionError(f"{len(dataset.claims)} claims read back as {len(rows) - 1} rows")
        read = {row["id"]: row["quote"] for row in read_table(files["claims.csv"], escaped_formulas=escape)}
        if read != {claim.id: claim.quote for claim in dataset.claims}:
            raise AssertionError("a quote did not read back exactly")
        if escape:
            for row in rows[1:]:
                for cell in row:
                    if cell and cell[0] in _FORMULA and not _NUMBER.match(cell):
                        raise AssertionError(f"a formula cell: {cell[:40]!r}")


#: The targets by name, for the fuzzers.
TARGETS = {"check": check, "verify-claim": verify_claim, "locate": locate, "csv": csv_export}
