"""``show sources`` and ``show source ID`` (iransyria/cli/show/sources.py)."""

from __future__ import annotations

from pathlib import Path

from iransyria import queries
from iransyria.dataset import Dataset
from iransyria.models import (
    Source,
)
from iransyria.serialization import structure
from tests.cli.helpers import SHIPPED, as_json, first_lines, fits_80_columns, ok, run
from tests.own_articles import FOLDER, OWN, WIRE_2018, WIRE_2020, write_mine
from tests.test_queries import (
    AGR_2020,
    HATAMI,
)


def test_show_sources() -> None:
    out = ok("show", "sources")
    fits_80_columns(out)
    for source in SHIPPED.sources:
        assert source.id in out.split()
        assert source.file in out
    counts = first_lines(out, ("src-",))
    assert counts == {s.id: str(len(queries.claims(source=s.id))) for s in SHIPPED.sources}
    assert all(int(count) > 0 for count in counts.values())
    assert "origin: Alsouria Net" in out  # by name
    assert structure(as_json("show", "sources"), list[Source]) == list(SHIPPED.sources)
    about = {s["id"] for s in as_json("show", "sources", "--agreement", AGR_2020)}
    assert "src-unknown-2020-comprehensive-agreement" in about
    assert "src-unknown-2018-new-deal" not in about
    assert "src-unknown-2018-new-deal" in {s["id"] for s in as_json("show", "sources", "--actor", HATAMI)}


def test_show_source() -> None:
    out = ok("show", "source", "SRC-SYRIAN-OBSERVER-2020")
    fits_80_columns(out)
    for expected in (
        "003_3400dcb84386deff.txt",
        "The Syrian Observer (outlet-syrian-observer)",
        "translation-of Alsouria Net (outlet-alsouria-net)",
        "origin     Alsouria Net (outlet-alsouria-net)",
        "2020-07",
    ):
        assert expected in out
    # what it mainly reports: the 2020 agreement, not the 2018 and economic ones it mentions
    reports = " ".join(out[out.index("\nreports ") : out.index("\norigin ")].split())
    assert (
        reports
        == "reports Iran–Syria comprehensive military agreement (July 2020) (agr-2020-comprehensive-military)"
    )
    for claim in queries.claims(source="src-syrian-observer-2020"):
        assert claim.id in out
    part = structure(as_json("show", "source", "src-syrian-observer-2020"), Dataset)
    assert set(part.claims) == set(queries.claims(source="src-syrian-observer-2020")) | {
        c for c in part.claims if c.source != "src-syrian-observer-2020"
    }


def test_show_source_text_marks_every_quoted_passage(tmp_path: Path) -> None:
    import re

    from iransyria.queries import annotate

    mine = write_mine(tmp_path)
    out = ok("--data", str(mine), "show", "source", WIRE_2018, "--text", "--articles", str(FOLDER))
    found = annotate(WIRE_2018, OWN, FOLDER)
    # Plain output: each passage in [n]...[/n], the text itself otherwise unchanged.
    body = out.split("\n\n", 2)[2].split("What each passage backs")[0]
    assert "[3]Foreign Minister Amir Hatami[/3]" in body
    assert len(re.findall(r"\[(\d+)\]", body)) == len(found.passages) == 3
    backs = " ".join(out.split("What each passage backs", 1)[1].split())
    for passage in found.passages:
        for claim_id in passage.claims:
            assert claim_id in backs
    assert "[3] refuted Amir Hatami (per-amir-hatami) holds-office: Minister of Foreign Affairs" in backs
    assert f"{len(found.passages)} quoted passages cover" in out


def test_show_source_text_refuses_a_changed_article_and_needs_the_folder(tmp_path: Path) -> None:
    import shutil

    mine = write_mine(tmp_path)
    folder = tmp_path / "articles"
    shutil.copytree(FOLDER, folder)
    source = OWN.source_index[WIRE_2020]
    (folder / source.file).write_bytes(b"not the article")
    changed = run("--data", str(mine), "show", "source", source.id, "--text", "--articles", str(folder))
    assert changed.exit_code == 2 and changed.stdout == ""
    assert changed.stderr.count("\n") == 1 and f"is not the {source.sha256} recorded for" in changed.stderr
    missing = run("--data", str(mine), "show", "source", source.id, "--text")
    assert missing.exit_code == 2 and "--articles DIR" in missing.stderr


def test_show_source_text_of_a_shipped_article(articles: Path) -> None:
    """The shipped quotes against the real article: every passage found, the misnamed office marked."""
    from iransyria.queries import annotate

    out = ok("show", "source", "new deal", "--text", "--articles", str(articles))
    found = annotate("src-unknown-2018-new-deal", SHIPPED, articles)
    assert found.missing == ()
    assert "[6]Iranian Foreign Minister Amir Hatami[/6]" in out
    assert f"{len(found.passages)} quoted passages cover" in out
