"""``search TEXT`` (iransyria/cli/search.py): every spelling finds its record; matched words highlighted."""

from __future__ import annotations

import unicodedata

import pytest

from iransyria.queries import name_key
from tests.cli.helpers import SHIPPED, as_json, fits_80_columns, ok, run


def _accented(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", c + "\u0301") if c in "AEIOU" else c for c in text.upper())


@pytest.mark.parametrize("actor", SHIPPED.actors, ids=lambda actor: actor.id)
def test_search_finds_each_actor_by_every_spelling_the_data_holds(actor: object) -> None:
    from iransyria.models import Actor

    assert isinstance(actor, Actor)
    for spelling in actor.names:
        for typed in (spelling, _accented(spelling)):
            hits = as_json("search", typed, "--kind", "actor")
            top = [hit["id"] for hit in hits if hit["score"] == hits[0]["score"]]
            assert actor.id in top, typed


def test_search_ranks_names_over_quotes_and_reads_names_first() -> None:
    hits = as_json("search", "ayub")
    assert hits[0]["id"] == "per-ali-abdullah-ayyoub"
    assert {hit["kind"] for hit in hits} >= {"actor", "claim"}
    out = ok("search", "ayub")
    fits_80_columns(out, cut=True)  # long quotes are shown around their match
    assert out.splitlines()[2].startswith("Ali Abdullah Ayyoub")
    from iransyria import cli
    from tests.cli.helpers import ENV, runner

    wide = runner.invoke(cli.app, ["search", "ayub"], env={**ENV, "COLUMNS": "200"}).stdout
    assert "quote: Syrian Defense Minister General Abdullah Ayoub" in wide
    provision = runner.invoke(
        cli.app, ["search", "air defence", "--kind", "agreement"], env={**ENV, "COLUMNS": "200"}
    ).stdout
    assert "provision: Iran strengthens Syria's air defence systems" in provision


def test_search_without_a_match_and_with_a_bad_kind() -> None:
    nothing = run("search", "zzqqxx")
    assert nothing.exit_code == 0 and nothing.stdout == ""
    assert nothing.stderr.strip() == 'iransyria: nothing matches "zzqqxx"'
    bad = run("search", "Hatami", "--kind", "planet")
    assert bad.exit_code == 2 and "no record kind 'planet'" in bad.stderr


def test_search_highlights_the_matched_words_on_a_terminal() -> None:
    from tests.cli.test_pager import _on_a_terminal

    code, shown = _on_a_terminal(["--no-pager", "search", "Baqeri", "--kind", "claim"], 200)
    assert code == 0
    highlighted = [
        part.split("\x1b[1;30;43m")[-1] for part in shown.split("\x1b[0m") if "\x1b[1;30;43m" in part
    ]
    assert highlighted and {name_key(word) for word in highlighted} == {
        name_key("Baqeri")
    }  # Baqeri and Bagheri
