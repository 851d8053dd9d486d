"""``show claims`` and ``show claim ID`` (iransyria/cli/show/claims.py)."""

from __future__ import annotations

import pytest

from iransyria import queries
from iransyria.dataset import Dataset
from iransyria.models import (
    Claim,
    Standing,
)
from iransyria.serialization import structure
from tests.cli.helpers import SHIPPED, as_json, fits_80_columns, ok, run
from tests.test_queries import (
    AGR_2018,
    AGR_2020,
    AYYOUB,
    HATAMI,
)


def test_show_claims_filters(monkeypatch: pytest.MonkeyPatch) -> None:
    from iransyria.cli.show import claims

    monkeypatch.setattr(claims, "on_terminal", lambda: True)  # cut to the width, as on a terminal
    out = ok("show", "claims", "--agreement", AGR_2020, "--ids")
    fits_80_columns(out, cut=True)
    for claim in queries.claims(agreement=AGR_2020):
        assert claim.id in out.split()
    by_source = structure(as_json("show", "claims", "--source", "src-media-line-2018"), list[Claim])
    assert by_source == list(queries.claims(source="src-media-line-2018"))
    assert all(c.source == "src-media-line-2018" for c in by_source)
    refuted = structure(as_json("show", "claims", "--standing", "refuted", "--actor", HATAMI), list[Claim])
    assert refuted and all(c.standing is Standing.REFUTED for c in refuted)
    assert any(
        c.value.position.title == "Minister of Foreign Affairs"  # type: ignore[union-attr]
        for c in refuted
    )
    signatories = as_json("show", "claims", "--predicate", "signatory", "--agreement", AGR_2018)
    assert {c["value"]["actor"] for c in signatories} >= {HATAMI, AYYOUB}


def test_show_claims_bad_options_exit_2() -> None:
    assert run("show", "claims", "--standing", "wrong").exit_code == 2
    assert run("show", "claims", "--no-such-option").exit_code == 2
    result = run("show", "claims", "--source", "src-media-lime")
    assert result.exit_code == 2
    assert 'no source "src-media-lime": did you mean The Media Line: ' in result.stderr
    assert "(src-media-line-2018)?" in result.stderr
    # The start of an id names the one record it begins (issue 21), and several are listed.
    assert run("show", "claims", "--source", "src-media-line").exit_code == 0
    several = run("show", "claims", "--source", "src-unknown-2018")
    assert several.exit_code == 2
    assert "src-unknown-2018-deepen-cooperation" in several.stderr and "src-unknown-2018-new-deal" in several.stderr


def test_show_claim_gives_the_whole_provenance() -> None:
    refuted = next(c for c in queries.claims(standing=Standing.REFUTED, actor=HATAMI))
    out = ok("show", "claim", refuted.id.upper())
    fits_80_columns(out)
    source = SHIPPED.source_index[refuted.source]
    flat = " ".join(out.split())
    assert out.startswith(f"{refuted.id}  refuted")
    for expected in (source.file, source.title, refuted.source, "Minister of Foreign Affairs, Iran"):
        assert expected in flat
    assert " ".join(refuted.quote.split()) in flat
    assert refuted.reason is not None and " ".join(refuted.reason.split()[:8]) in flat
    part = structure(as_json("show", "claim", refuted.id), Dataset)
    assert part.claim(refuted.id) == refuted
    assert part.source(refuted.source) == source


def test_show_claim_with_inferences() -> None:
    inferred = next(c for c in SHIPPED.claims if c.inferences)
    flat = " ".join(ok("show", "claim", inferred.id).split())
    for inference in inferred.inferences:
        assert f"{inference.part}: {' '.join(inference.how.split()[:6])}" in flat
