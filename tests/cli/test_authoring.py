"""``new-source`` and ``locate`` (iransyria/cli/authoring.py)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import orjson

from iransyria.serialization import load, loads
from tests.cli.helpers import run
from tests.conftest import REPO

ARTICLE = REPO / "examples" / "made-up-article.txt"


def test_new_source_prints_a_loadable_skeleton() -> None:
    result = run(
        "new-source", str(ARTICLE), "--id", "src-made-up", "--title", "Made up", "--published", "2020-07"
    )
    assert result.exit_code == 0, result.stderr
    (source,) = loads(result.stdout_bytes).sources
    assert source.sha256 == hashlib.sha256(ARTICLE.read_bytes()).hexdigest()
    assert (source.file, str(source.published)) == ("made-up-article.txt", "2020-07")
    assert source.published_basis.startswith("FILL IN:")


def test_new_source_writes_a_file_once_and_never_over_one(tmp_path: Path) -> None:
    target = tmp_path / "mine.json"
    args = ("new-source", str(ARTICLE), "--id", "src-made-up", "--title", "Made up", "--out", str(target))
    assert run(*args).exit_code == 0
    assert load(target).sources[0].id == "src-made-up"
    again = run(*args)
    assert again.exit_code == 2
    assert (
        again.stderr == f"iransyria: {target}: already exists; new-source never overwrites (it may hold your claims)\n"
    )


def test_new_source_names_a_bad_option_in_one_line() -> None:
    result = run("new-source", str(ARTICLE), "--id", "made-up", "--title", "Made up")
    assert result.exit_code == 2
    assert result.stderr.startswith("iransyria: --id: expected a source id like")
    result = run("new-source", str(ARTICLE), "--id", "src-a", "--title", "T", "--published", "July 2020")
    assert result.exit_code == 2 and "Traceback" not in result.output and len(result.stderr.splitlines()) == 1


def test_locate_prints_the_offset_of_a_verbatim_quote() -> None:
    result = run("locate", str(ARTICLE), "Mohammad Bagheri")
    start = ARTICLE.read_text(encoding="utf-8").index("Mohammad Bagheri")
    assert (result.exit_code, result.stdout) == (
        0,
        f"found at characters {start}-{start + 16}: offset {start}\n",
    )
    as_json = orjson.loads(run("locate", str(ARTICLE), "Mohammad Bagheri", "--json").stdout)
    assert (as_json["start"], as_json["exact"]) == (start, True)


def test_locate_explains_a_near_miss_and_exits_1() -> None:
    result = run("locate", str(ARTICLE), "signed by Iran’s chief of staff Muhammad Bagheri")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert "verbatim; nearest at characters" in lines[0] and "(96% alike)" in lines[0]
    assert lines[1:] == [
        "  at quote character 14: the quote has '’' where the article has \"'\"",
        "  at quote character 33: the quote has 'u' where the article has 'o'",
    ]
    far = run("locate", str(ARTICLE), "zqxj vwkp")
    assert (far.exit_code, far.stdout) == (1, f"not in {ARTICLE}, and nothing in it is near\n")


def test_locate_names_an_article_that_is_not_utf8(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes(b"Damas\xe9")
    result = run("locate", str(bad), "Damas")
    assert (result.exit_code, result.stderr) == (2, f"iransyria: {bad}: not UTF-8 text (byte 5)\n")


def test_new_source_refuses_an_id_the_data_already_has(tmp_path: Path) -> None:
    """Merged with the shipped data, the new file would clash: refused at once, nothing written."""
    target = tmp_path / "mine.json"
    args = ("new-source", str(ARTICLE), "--title", "Made up", "--out", str(target))
    shipped = run(*args, "--id", "src-media-line-2018")
    assert shipped.exit_code == 2 and not target.exists()
    assert shipped.stderr.startswith("iransyria: --id: src-media-line-2018 is already a source in the shipped dataset (")
    assert len(shipped.stderr.splitlines()) == 1
    assert run(*args, "--id", "src-made-up").exit_code == 0
    # One of the user's own (--data) is taken too.
    again = run("--data", str(target), *args[:-1], str(tmp_path / "other.json"), "--id", "src-made-up")
    assert again.exit_code == 2 and "src-made-up is already a source in the shipped dataset and" in again.stderr
