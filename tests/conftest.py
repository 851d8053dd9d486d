"""Shared test set-up: the hypothesis profiles and the article texts."""

from __future__ import annotations

import os
from collections.abc import Generator
from pathlib import Path
from typing import Any

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


def _build_each_app_once() -> None:
    """Typer's test runner builds an app's click command once, not on every ``invoke``.

    Building it reads every command function's signature and type hints: 0.30 s of a 0.35 s
    ``search`` run through ``CliRunner``, and the suite makes thousands of runs. The program
    itself builds it once per process, as this does. The command depends only on the app and
    the registries its help and options read as it is built (record kinds, export formats), so
    those are the key: a test that registers a kind or a format gets a command that lists it.
    """
    import typer.main
    import typer.testing

    from iransyria.exports import FORMATS
    from iransyria.models.kinds import KINDS

    built: dict[tuple[Any, ...], Any] = {}
    apps: list[typer.Typer] = []  # kept alive, so an id is never reused for another app

    def get_command(app: typer.Typer) -> Any:
        key = (id(app), KINDS.names, tuple(FORMATS.items()))
        if key not in built:
            apps.append(app)
            built[key] = typer.main.get_command(app)
        return built[key]

    typer.testing._get_command = get_command  # type: ignore[attr-defined]


_build_each_app_once()

#: The one setting that points the tests at the five real article texts (see "Testing" in the README).
ARTICLES_SETTING = "IRANSYRIA_ARTICLES"
#: Set (CI sets it) to fail rather than skip when the texts are missing, and to fail a run that skips any test.
REQUIRE_SETTING = "IRANSYRIA_REQUIRE_ARTICLES"
#: Why the quote checks skip without the texts: one line in pytest's summary, however many skip.
SKIP_REASON = (
    "checks of the shipped quotes against the five real articles: set IRANSYRIA_ARTICLES to their folder "
    "(see 'Testing' in README.md)"
)


def articles_dir() -> Path | None:
    """The folder of the five real article files: $IRANSYRIA_ARTICLES, or None when unset or not a folder."""
    configured = os.environ.get(ARTICLES_SETTING)
    return Path(configured).resolve() if configured and Path(configured).is_dir() else None


def _required() -> bool:
    return os.environ.get(REQUIRE_SETTING, "") not in {"", "0"}


@pytest.fixture(scope="session")
def articles() -> Path:
    """The real articles' folder, for the checks of the shipped quotes against them; skipped without it.

    Every other test reads the short articles written for the tests (tests/own_articles.py).
    """
    found = articles_dir()
    if found is None:
        if _required():
            pytest.fail(f"{REQUIRE_SETTING} is set but {ARTICLES_SETTING} names no folder")
        pytest.skip(SKIP_REASON)
    return found


_skipped: list[str] = []
_HERE = str(Path(__file__).relative_to(REPO))
#: The line of the skip, as pytest names it.
_SKIP_LINE = 1 + Path(__file__).read_text(encoding="utf-8").split("\n").index(
    "        pytest.skip(SKIP_REASON)"
)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, Any]:
    """Report every skip for want of the articles at one place, so pytest's summary folds them into one line."""
    report = yield
    if report.skipped and isinstance(report.longrepr, tuple) and report.longrepr[2].endswith(SKIP_REASON):
        report.longrepr = (_HERE, _SKIP_LINE, report.longrepr[2])
    return report


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Count the skipped tests (on the controller under xdist too: it sees every worker's reports)."""
    if report.skipped and report.when in {"setup", "call"}:
        _skipped.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """With IRANSYRIA_REQUIRE_ARTICLES set, a run that skipped any test fails."""
    if _required() and _skipped and not hasattr(session.config, "workerinput"):
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _required() and _skipped:
        terminalreporter.write_line(
            f"{REQUIRE_SETTING} is set: {len(_skipped)} skipped tests fail the run "
            f"(the first: {_skipped[0]})",
            red=True,
        )
