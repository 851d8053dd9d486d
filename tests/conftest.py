"""Shared test set-up: the hypothesis profiles and the article texts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Three profiles, each derandomized or not on purpose:
# - "fast", the default: few examples, derandomized, so the README's test command stays under a minute;
# - "thorough": what .ci/run selects (HYPOTHESIS_PROFILE=thorough), CI-sized and derandomized, so a run
#   is reproducible and its cost is known;
# - "dev": many random examples, for exploring by hand.
_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large]}
settings.register_profile("fast", max_examples=12, derandomize=True, print_blob=True, **_COMMON)
settings.register_profile("thorough", max_examples=200, derandomize=True, print_blob=True, **_COMMON)
settings.register_profile("dev", max_examples=1000, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fast"))

REPO = Path(__file__).resolve().parents[1]


def articles_dir() -> Path | None:
    """The folder of the article files: $IRANSYRIA_ARTICLES, or ../shared/articles."""
    configured = os.environ.get("IRANSYRIA_ARTICLES")
    candidate = Path(configured) if configured else REPO.parent / "shared" / "articles"
    return candidate if candidate.is_dir() else None


@pytest.fixture(scope="session")
def articles() -> Path:
    """The article folder; absent only outside CI, where the test is skipped."""
    found = articles_dir()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("the article texts are missing: CI must check quotes against them")
        pytest.skip("article texts not found; set IRANSYRIA_ARTICLES")
    return found
