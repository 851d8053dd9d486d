"""The example scripts run and print what their docstrings promise."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def run(name: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "examples" / name)], capture_output=True, text=True, check=False
    )


def test_fact_check_rejects_hatami_as_2020_signatory() -> None:
    result = run("fact_check.py")
    assert result.returncode == 0, result.stderr
    assert "IS201 claims[clm-example-hatami-signed-2020]" in result.stdout
    assert "describes agr-2018-military-cooperation" in result.stdout


def test_best_values_lists_each_agreement() -> None:
    result = run("best_values.py")
    assert result.returncode == 0, result.stderr
    assert "signed: 2018-08-26/2018-08-27 (accepted, 2 origin(s))" in result.stdout
    assert "signed: 2020-07-08 (accepted" in result.stdout


def test_add_a_source_catches_the_made_up_wrong_claim_and_not_the_right_one() -> None:
    result = run("add_a_source.py")
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    caught, fixed = out.split("$ iransyria check")[1:]
    caught, verified = caught.split("$ iransyria verify")
    assert verified.splitlines()[1].startswith("contradicted: IS201 agreement-identity")
    assert "(exit 1)" in verified
    assert "IS201  claims[clm-made-up-gazette-2018-signatory-bagheri].value.actor" in caught
    assert "signatory per-mohammad-bagheri signed" in " ".join(caught.split())
    assert "clm-made-up-gazette-2020-signing-date" not in caught
    assert "IS202  claims[clm-made-up-gazette-2018-signatory-bagheri]" in caught
    assert "2 errors, " in caught and "(exit 1)" in caught
    # Kept and refuted with its reason, the wrong claim no longer fails the check.
    assert "0 errors, " in fixed and "(exit 0)" in fixed
