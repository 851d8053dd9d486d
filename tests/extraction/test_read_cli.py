"""The read command: text, --json (valid against `schema --read`), --jsonl, --claimreview, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from typer.testing import CliRunner

from iransyria.cli.app import app

TEXT = (
    "DAMASCUS - Iranian Foreign Minister Amir Hatami arrived in Damascus on Sunday.\n\n"
    "Syrian Defense Minister Ali Abdullah Ayyoub met him.\n"
)


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def test_text_names_each_verdict_and_exits_1_on_the_articles_own_error(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    code, out = _run("read", str(article), "--published", "2018-08-27")
    assert code == 1
    assert "CONTRADICTED: “Iranian Foreign Minister Amir Hatami”" in out
    assert "Mohammad Javad Zarif held it then" in out  # names, not ids


def test_json_follows_its_schema_and_quotes_at_offsets(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    code, out = _run("read", str(article), "--published", "2018-08-27", "--json")
    assert code == 1
    document = json.loads(out)
    _, schema = _run("schema", "--read")
    jsonschema.validate(document, json.loads(schema))
    assert document["published"] == "2018-08-27"
    assert document["summary"]["article_errors"] == 1
    for statement in document["statements"]:
        for claim in statement["claims"]:
            assert TEXT[claim["offset"] : claim["offset"] + len(claim["quote"])] == claim["quote"]
    bad = dict(document, statements=[{"start": 0}])
    try:
        jsonschema.validate(bad, json.loads(schema))
    except jsonschema.ValidationError:
        pass
    else:
        raise AssertionError("the schema accepted a statement without its fields")


def test_jsonl_and_claimreview(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    _, lines = _run("read", str(article), "--published", "2018-08-27", "--jsonl")
    statements = [json.loads(line) for line in lines.splitlines()]
    assert statements and all("verdict" in s for s in statements)
    _, reviews = _run("read", str(article), "--published", "2018-08-27", "--claimreview")
    found = json.loads(reviews)
    assert found and all(r["@type"] == "ClaimReview" for r in found)
    assert any(r["reviewRating"]["alternateName"] == "False" for r in found)  # contradicted, in a rating's words


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    code, out = _run("read", str(tmp_path / "missing.txt"))
    assert code == 2 and "missing.txt" in out and "Traceback" not in out
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    code, out = _run("read", str(article), "--published", "2018-13")
    assert code == 2 and "--published" in out
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\xff\xfe\x00")
    code, out = _run("read", str(binary))
    assert code == 2 and "not UTF-8" in out


def test_a_batch_reads_every_file_in_processes_a_line_per_statement(tmp_path: Path) -> None:
    from tests.extraction.articles import ARTICLES

    for article in ARTICLES[:3]:
        (tmp_path / f"{article.name}.txt").write_text(article.text, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    one_by_one = _run("read", str(tmp_path), "--jsonl", "--published", "2020-07-09")
    in_two = _run("read", str(tmp_path), "--jsonl", "--published", "2020-07-09", "--jobs", "2")
    assert one_by_one == in_two
    code, out = in_two
    lines = [json.loads(line) for line in out.splitlines()]
    assert {Path(line["file"]).name for line in lines} == {f"{a.name}.txt" for a in ARTICLES[:3]}
    assert code == 1  # the analysis piece errs in its own voice


def test_a_batch_needs_jsonl_and_no_stdin(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    code, out = _run("read", str(tmp_path))
    assert code == 2 and "--jsonl" in out
    code, out = _run("read", str(tmp_path / "a.txt"), "-", "--jsonl")
    assert code == 2 and "standard input" in out
