"""The fuzz targets of issue 24 (tests/fuzz/targets.py) hold on their seeds, in the suite.

libFuzzer runs them for minutes (tests/fuzz/atheris_targets.py); here each
runs over the seeds it starts from, so a target that breaks, or a
regression one would catch at once, fails the suite.
"""

from __future__ import annotations

import pytest

from tests.corpus.build import CASES as CHECK_CASES
from tests.corpus.surface import ARTICLE, EVIL_CLAIM, FORMULAS
from tests.fuzz.targets import TARGETS, check, csv_export, locate, verify_claim


def seeds(name: str) -> list[bytes]:
    """The inputs a target starts from: hostile cases of the corpus shaped for it."""
    small = [data for data in CHECK_CASES.values() if len(data) < 2_000][:40]
    if name == "check":
        return [b"", b"{}", b"\xff", *small]
    if name == "verify-claim":
        return [EVIL_CLAIM.encode(), b"{}", b"[]", b'{"quote": "\\u001b[2J"}', *small]
    if name == "locate":
        quotes = [
            "x" * 100 + "Evil minister",  # its opening is in no article (a crash libFuzzer found)
            "Evil minister",
            "signed the pact in Damascus on Monday",
            "\x1b]52;c;aGk=\x07",
            "",
            "x" * 255,
            "--in Damascus \u061c signed",  # read as an option: click's error wrote U+061C raw (libFuzzer)
        ]
        articles = [ARTICLE.encode(), b"\xff\xfe not UTF-8", b"", b"a" * 5_000]
        return [bytes([len(q.encode())]) + q.encode() + article for q in quotes for article in articles]
    return ["\x1e".join(FORMULAS).encode(), b"=1\x1e-5\x1e\r\x1e'=x", b"", "\uff20\x1eplain".encode()]


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_each_target_holds_on_its_seeds(name: str) -> None:
    for data in seeds(name):
        TARGETS[name](data)


def test_the_targets_catch_what_they_are_for(monkeypatch: pytest.MonkeyPatch) -> None:
    """A target that cannot fail finds nothing: each fails when its guard is taken away."""
    from iransyria.cli import output
    from iransyria.exports import csv as tables

    monkeypatch.setattr(output, "safe_text", lambda text: text)
    with pytest.raises(AssertionError, match="on stdout"):
        verify_claim(EVIL_CLAIM.encode())
    import iransyria.rules

    evil = iransyria.rules.Violation(
        "IS000", iransyria.rules.Severity.ERROR, "\x1b]52;c;aGk=\x07", "claims[x]"
    )
    monkeypatch.setattr(iransyria.rules, "validate", lambda *args, **kwargs: [evil])
    with pytest.raises(AssertionError, match="on stdout"):
        check(b"{}")

    def crashing(*args: object, **kwargs: object) -> None:
        raise IndexError("a rule that overruns")

    monkeypatch.setattr(iransyria.rules, "validate", crashing)
    with pytest.raises(IndexError):
        check(b"{}")
    import iransyria.authoring

    def broken(text: str, quote: str) -> None:
        raise IndexError("a near search that overruns")

    monkeypatch.setattr(iransyria.authoring, "locate", broken)
    with pytest.raises(IndexError):
        locate(bytes([13]) + b"Evil ministeR" + ARTICLE.encode())
    monkeypatch.setattr(tables, "guard_cell", lambda cell: cell)
    with pytest.raises(AssertionError, match="a formula cell"):
        csv_export(b"=1+1")
