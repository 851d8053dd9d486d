"""CSV: a table per record type and a flat claims table a spreadsheet reads without joins."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from iransyria.data.actors import BAGHERI
from iransyria.data.agreements import AGR_2020
from iransyria.exports import claim_rows, content_hash, read_table
from iransyria.exports.csv import CLAIM_COLUMNS
from tests.exports.conftest import SHIPPED

SIGNATORY = "clm-syrobs20-2020-signatory-bagheri"


def test_the_claims_table_round_trips(package: Path) -> None:
    assert read_table((package / "claims.csv").read_bytes()) == claim_rows(SHIPPED)


def test_every_table_and_its_rows(package: Path) -> None:
    names = sorted(p.name for p in package.glob("*.csv"))
    assert names == [
        "actors.csv",
        "agreements.csv",
        "claims.csv",
        "corrections.csv",
        "events.csv",
        "meta.csv",
        "references.csv",
        "sources.csv",
    ]
    for table in ("sources", "actors", "agreements", "claims", "corrections", "events"):
        rows = read_table((package / f"{table}.csv").read_bytes())
        assert [row["id"] for row in rows] == [record.id for record in getattr(SHIPPED, table)]
    meta = {row["key"]: row["value"] for row in read_table((package / "meta.csv").read_bytes())}
    assert meta["sha256"] == content_hash(SHIPPED)


def test_a_claim_row_reads_without_joins() -> None:
    claim = SHIPPED.claim_index[SIGNATORY]
    row = next(r for r in claim_rows(SHIPPED) if r["id"] == claim.id)
    assert set(row) == {column.name for column in CLAIM_COLUMNS}
    assert row["subject_name"] == SHIPPED.agreement_index[AGR_2020].title
    assert (row["actor_id"], row["actor_name"]) == (BAGHERI, "Mohammad Bagheri")
    assert row["office"] == "Chief of Staff of the Armed Forces" and row["office_of"] == "state-iran"
    assert row["source_title"] == SHIPPED.source_index[claim.source].title
    assert row["quote"] == claim.quote and row["quote_offset"] == str(claim.offset)
    assert row["value"].startswith("Mohammad Bagheri (per-mohammad-bagheri), Chief of Staff")


def test_date_values_have_typed_columns() -> None:
    dated = [r for r in claim_rows(SHIPPED) if r["value_type"] == "date"]
    assert dated and all(r["date_start"] <= r["date_end"] and r["date_precision"] for r in dated)
    undated = [r for r in claim_rows(SHIPPED) if r["value_type"] == "text"]
    assert all(r["date_start"] == "" for r in undated)


def test_pandas_reads_the_claims_with_typed_dates(package: Path) -> None:
    claims = pd.read_csv(
        package / "claims.csv",
        parse_dates=["date_start", "date_end"],
        keep_default_na=False,
        na_values={"date_start": [""], "date_end": [""], "quote_offset": [""]},
    )
    assert len(claims) == len(SHIPPED.claims)
    signing = claims[(claims.predicate == "signing-date") & (claims.subject == AGR_2020)]
    assert set(signing.date_start.dt.year) == {2020}
    assert claims.quote_offset.notna().all()


def test_duckdb_query_over_the_claims(package: Path) -> None:
    # Who is said to have signed the 2020 agreement, by how many sources?
    rows = duckdb.sql(
        f"select actor_name, count(distinct source) from read_csv('{package / 'claims.csv'}') "
        f"where subject = '{AGR_2020}' and predicate = 'signatory' and standing = 'accepted' "
        "group by actor_name order by actor_name"
    ).fetchall()
    names = {name for name, _ in rows}
    assert "Mohammad Bagheri" in names
    assert all(count >= 1 for _, count in rows)


def test_claims_csv_names_every_actor_a_claim_concerns_as_show_actor_counts() -> None:
    """The `actors` column: a spreadsheet counts an actor's claims as `show actor` does (issue 23)."""
    from iransyria import queries
    from iransyria.models import StatementValue

    rows = claim_rows(SHIPPED)
    for actor in SHIPPED.actors:
        in_csv = {row["id"] for row in rows if actor.id in row["actors"].split()}
        assert in_csv == {c.id for c in queries.claims(actor=actor.id, dataset=SHIPPED)}, actor.id
    # A statement names its speaker: its claim counts for the speaker, in the CSV too.
    statement = next(c for c in SHIPPED.claims if isinstance(c.value, StatementValue))
    row = next(r for r in rows if r["id"] == statement.id)
    assert statement.value.speaker in row["actors"].split()
