"""IS8xx: article files present, unchanged, and carrying every quote."""

from __future__ import annotations

from pathlib import Path

import pytest

from iransyria.models import (
    Evidence,
)
from iransyria.reading import Unreadable
from iransyria.rules import Context, context, validate
from tests.rules.conftest import (
    ARTICLES,
    BASE,
    FILES,
    S18,
    S20,
    changed_claim,
    changed_correction,
    changed_source,
    found,
    only_with,
)


def test_is802_a_missing_article_file(article_dir: Path) -> None:
    (article_dir / FILES[S20]).unlink()
    assert found(BASE, "IS802", article_dir) == [("sources[src-2020].file", ())]
    assert found(BASE, "IS802") == []  # without the folder, nothing is read


def test_is802_an_unreadable_article_file_is_a_violation_not_a_crash(
    article_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_regular = context.read_regular

    def refusing(path: Path) -> bytes:
        if path.name == FILES[S20]:
            raise Unreadable("cannot read: Permission denied")
        return read_regular(path)

    monkeypatch.setattr(context, "read_regular", refusing)
    violations = validate(BASE, article_dir)
    # Reported once, by IS802; IS803 and IS804 have no bytes to judge.
    assert [(v.code, v.path) for v in violations] == [("IS802", "sources[src-2020].file")]
    assert violations[0].message == (
        f"article file 2020.txt of src-2020 cannot be read from {article_dir}: Permission denied"
    )


def test_is802_a_folder_in_place_of_an_article_file(article_dir: Path) -> None:
    (article_dir / FILES[S20]).unlink()
    (article_dir / FILES[S20]).mkdir()
    assert found(BASE, "IS802", article_dir) == [("sources[src-2020].file", ())]
    assert (
        "2020.txt of src-2020 is a folder, not a regular file"
        in only_with(BASE, "IS802", article_dir).message
    )


def test_is802_an_article_file_is_read_only_inside_the_folder(
    article_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Issue 13: a file name leading out of the folder must not let the rules hash or search any file."""
    secret = tmp_path_factory.mktemp("outside") / "secret.txt"
    secret.write_text("the secret", encoding="utf-8")
    (article_dir / FILES[S20]).unlink()
    (article_dir / FILES[S20]).symlink_to(secret)  # a symlink leading out
    violation = only_with(BASE, "IS802", article_dir)
    assert violation.message == f"article file 2020.txt of src-2020 resolves outside {article_dir}"
    assert found(BASE, "IS803", article_dir) == []  # its hash is not reported
    # The model refuses such names; a record built around its validator is still refused by the rules.
    source = BASE.source(S20)
    assert source is not None
    for name in ("../secret.txt", str(secret), "/etc/passwd"):
        object.__setattr__(source, "file", name)
        try:
            ctx = Context(BASE, article_dir)
            assert ctx.article_bytes(source) is None
            assert ctx.article_error(source) == f"is not a bare file name inside {article_dir}"
        finally:
            object.__setattr__(source, "file", FILES[S20])


def test_is803_an_article_file_that_changed(article_dir: Path) -> None:
    (article_dir / FILES[S18]).write_text(ARTICLES[S18] + " Updated.", encoding="utf-8")
    assert found(BASE, "IS803", article_dir) == [("sources[src-2018].sha256", ())]
    assert found(BASE, "IS804", article_dir) == []


def test_is804_quotes_not_in_the_article(article_dir: Path) -> None:
    broken = changed_claim(BASE, "clm-18-kind", quote="a military co-operation deal")
    broken = changed_correction(broken, "cor-foreign", evidence=(Evidence(S18, "Defence minister Hatami"),))
    assert found(broken, "IS804", article_dir) == [
        ("claims[clm-18-kind].quote", (S18,)),
        ("corrections[cor-foreign].evidence[0].quote", (S18,)),
    ]
    assert found(broken, "IS804") == []


def test_is805_an_offset_that_points_elsewhere(article_dir: Path) -> None:
    right = changed_claim(BASE, "clm-18-kind", offset=ARTICLES[S18].find("a military cooperation deal"))
    assert found(right, "IS805", article_dir) == []
    wrong = changed_claim(BASE, "clm-18-kind", offset=3)
    wrong = changed_correction(wrong, "cor-foreign", evidence=(Evidence(S18, "Foreign Minister Hatami", 0),))
    assert found(wrong, "IS805", article_dir) == [
        ("claims[clm-18-kind].offset", (S18,)),
        ("corrections[cor-foreign].evidence[0].offset", (S18,)),
    ]
    assert found(wrong, "IS805") == []  # without the folder, nothing is read


def test_is805_leaves_a_quote_not_in_the_article_to_is804(article_dir: Path) -> None:
    misquoted = changed_claim(BASE, "clm-18-kind", quote="a military co-operation deal", offset=3)
    assert found(misquoted, "IS805", article_dir) == []
    assert [path for path, _ in found(misquoted, "IS804", article_dir)] == ["claims[clm-18-kind].quote"]


def test_is805_an_offset_past_the_end_of_the_article(article_dir: Path) -> None:
    beyond = changed_claim(BASE, "clm-18-kind", offset=10**6)
    assert found(beyond, "IS805", article_dir) == [("claims[clm-18-kind].offset", (S18,))]


def test_is806_a_placeholder_basis_left_in_a_source() -> None:
    assert found(BASE, "IS806") == []
    todo = changed_source(BASE, S18, outlet_basis="FILL IN: who", published_basis="FILL IN: when")
    assert found(todo, "IS806") == [
        ("sources[src-2018].outlet_basis", ()),
        ("sources[src-2018].published_basis", ()),
    ]
    assert found(changed_source(BASE, S18, published_basis="Dated; no FILL IN: left"), "IS806") == []


def test_articles_are_looked_for_in_each_folder_in_turn(
    article_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    own = tmp_path_factory.mktemp("own")
    (article_dir / FILES[S20]).rename(own / FILES[S20])
    assert found(BASE, "IS802", [article_dir, own]) == []
    assert validate(BASE, [article_dir, own]) == []  # hashes and quotes checked in the second folder too
    empty = tmp_path_factory.mktemp("empty")
    missing = only_with(BASE, "IS802", [article_dir, empty])
    assert missing.message == f"article file 2020.txt of src-2020 is not in {article_dir} or {empty}"
