"""``show corrections`` and ``show correction ID``, on a dataset with both kinds of correction."""

from __future__ import annotations

from pathlib import Path

from iransyria.dataset import Dataset
from iransyria.models import (
    Correction,
)
from iransyria.serialization import structure
from tests.cli.helpers import SHIPPED, as_json, fits_80_columns, ok
from tests.test_queries import (
    SMALL,
    SMALL_AGREEMENT,
)


def test_show_corrections(small_file: Path) -> None:
    out = ok("--no-shipped", "--data", str(small_file), "show", "corrections")
    fits_80_columns(out)
    for expected in (
        "cor-doe-name",
        "cor-roe-office",
        "clm-roe-foreign",
        "-> clm-roe-defence",
        "editorial",
        "publisher",
    ):
        assert expected in out
    data = as_json("--no-shipped", "--data", str(small_file), "show", "corrections")
    assert structure(data, list[Correction]) == list(SMALL.corrections)
    only = as_json(
        "--no-shipped", "--data", str(small_file), "show", "corrections", "--actor", "per-jane-roe"
    )
    assert [c["id"] for c in only] == ["cor-roe-office"]
    assert [
        c["id"]
        for c in as_json(
            "--no-shipped", "--data", str(small_file), "show", "corrections", "--source", "src-daily"
        )
    ] == ["cor-doe-name"]
    shipped = structure(as_json("show", "corrections"), list[Correction])
    assert shipped == list(SHIPPED.corrections)


def test_show_correction_and_corrected_claim(small_file: Path) -> None:
    out = ok("--no-shipped", "--data", str(small_file), "show", "correction", "COR-ROE-OFFICE")
    fits_80_columns(out)
    for expected in (
        "Foreign Minister Jane Roe",
        "Defence Minister Jane Roe",
        "Corrects",
        "Replaced by",
        "src-wire",
    ):
        assert expected in out
    claim_out = ok("--no-shipped", "--data", str(small_file), "show", "claim", "clm-roe-foreign")
    assert "Corrections" in claim_out and "cor-roe-office" in claim_out
    part = structure(
        as_json("--no-shipped", "--data", str(small_file), "show", "correction", "cor-doe-name"), Dataset
    )
    assert set(part.claim_index) == {"clm-doe-named-old", "clm-doe-named-new"}
    agreement_out = ok("--no-shipped", "--data", str(small_file), "show", "agreement", SMALL_AGREEMENT)
    assert "Minister of Foreign Affairs, Northland" in agreement_out  # the signatory's refuted office
    assert "cor-roe-office" in agreement_out


def test_show_corrections_by_actor_finds_what_search_finds() -> None:
    """--actor NAME: every correction naming the actor, by claim or in its words, as search finds them (issue 23)."""
    from iransyria.queries import corrections, search

    for actor in SHIPPED.actors:
        # The query the command lists (one CLI run per actor would only repeat start-up 37 times).
        listed = {c.id for c in corrections(actor=actor.id)}
        searched = {hit.id for name in actor.names for hit in search(name, kinds=("correction",))}
        assert searched <= listed, actor.id
    # Ayyoub is named by the counterpart correction (its replacement claim is about him, its words name him).
    ayyoub = {c["id"] for c in as_json("show", "corrections", "--actor", "Ayyoub")}
    assert "cor-newdeal18-counterpart-was-defence-minister" in ayyoub
    # The economic agreement's date correction names Eslami in its reason, not by a claim about him.
    assert "cor-econ-not-signed-in-january-2018" in {
        c["id"] for c in as_json("show", "corrections", "--actor", "Eslami")
    }
