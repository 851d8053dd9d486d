"""Shared test set-up: the hypothesis profiles and the article texts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# A fixed, CI-sized profile: derandomized so that a run is reproducible and
# its cost is known. `HYPOTHESIS_PROFILE=dev` explores more, randomly.
settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "dev",
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

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
