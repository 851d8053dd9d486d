"""``read`` at scale: the article cap, work that grows with the text only linearly, and the undated note.

No wall-clock thresholds: each test counts operations or compares them across sizes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from iransyria import read
from iransyria.cli.read import UNDATED
from iransyria.data import shipped
from iransyria.extraction.text import segments
from iransyria.models import Claim
from iransyria.reading import MAX_ARTICLE_BYTES, describe_size
from tests.cli.helpers import run


def test_sentences_are_placed_without_pysbd_searching_the_whole_text(monkeypatch: pytest.MonkeyPatch) -> None:
    # pysbd's Segmenter.segment places each sentence with a regex search from the text's start, past
    # every earlier repeat: quadratic in a paragraph's length. segments() must not go through it.
    import pysbd.segmenter  # type: ignore[import-untyped]

    def refuse(*_: Any) -> Any:
        raise AssertionError("pysbd's char-span matcher searched the whole paragraph for a sentence")

    monkeypatch.setattr(pysbd.segmenter.Segmenter, "sentences_with_char_spans", refuse)
    text = (
        "Maj. Gen. Bagheri arrived on Jan. 30, 2018. He met the U.S. envoy; talks went on.  "
        "Again he met the U.S. envoy.\n\nA second paragraph. A second paragraph."
    )
    assert [(text[a:b], p) for a, b, p in segments(text)] == [
        ("Maj. Gen. Bagheri arrived on Jan. 30, 2018.", 0),
        ("He met the U.S. envoy", 0),
        ("talks went on.", 0),
        ("Again he met the U.S. envoy.", 0),
        ("A second paragraph.", 1),
        ("A second paragraph.", 1),
    ]


def test_reading_hashes_the_dataset_once_not_once_a_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every look-up cached on the dataset (the name index, each sentence) hashed all its claims.
    data = shipped()
    calls = 0
    original = Claim.__hash__

    def counting(self: Claim) -> int:
        nonlocal calls
        calls += 1
        return original(self)

    monkeypatch.setattr(Claim, "__hash__", counting)

    def hashes(sentences: int) -> int:
        nonlocal calls
        calls = 0
        read("Nothing here names anyone. " * sentences, "2020-07-09", data)
        return calls

    hashes(1)
    assert hashes(40) == hashes(80)


def test_read_refuses_an_article_over_the_article_cap(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"lorem ipsum. " * (MAX_ARTICLE_BYTES // 13 + 1))
    result = run("read", str(big))
    assert result.exit_code == 2
    assert f"big.txt: larger than the {describe_size(MAX_ARTICLE_BYTES)} limit" in result.stderr
    assert result.stdout == "" and "Traceback" not in result.output
    piped = run("read", "-", input="lorem ipsum. " * (MAX_ARTICLE_BYTES // 13 + 1))
    assert piped.exit_code == 2 and "stdin" in piped.stderr


def test_without_a_publication_date_read_says_what_it_did_not_read(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Bagheri signed the military deal in Tehran.\n", encoding="utf-8")
    undated = run("read", str(article))
    assert undated.exit_code == 0
    (line,) = undated.stderr.splitlines()
    assert line.endswith(UNDATED)
    assert orjson.loads(run("read", str(article), "--json").stdout)["summary"]["undated"] == 1
    dated = run("read", str(article), "--published", "2020-07-10")
    assert dated.stderr == ""
    assert (
        orjson.loads(run("read", str(article), "--published", "2020-07-10", "--json").stdout)["summary"][
            "undated"
        ]
        == 0
    )
    # A dateline dates the text: no note.
    article.write_text(
        "DAMASCUS, Aug. 27, 2018 (Wire) - Hatami signed the deal on Sunday.\n", encoding="utf-8"
    )
    assert run("read", str(article)).stderr == ""
