"""``show agreements`` and ``show agreement ID`` (iransyria/cli/show/agreements.py)."""

from __future__ import annotations

from pathlib import Path

from iransyria import cli, queries
from iransyria.cli.render import source_name
from iransyria.dataset import Dataset
from iransyria.models import (
    Agreement,
    Predicate,
)
from iransyria.serialization import structure, to_json
from tests.cli.helpers import ENV, SHIPPED, as_json, fits_80_columns, ok, run, runner, write
from tests.test_queries import (
    AGR_2018,
    AGR_2020,
    AGR_ECONOMIC,
    AYYOUB,
    BAGHERI,
    HATAMI,
    SMALL_AGREEMENT,
    republished_translation,
    unresolved_date,
)


def rows_of(*args: str) -> dict[str, list[str]]:
    """Each agreement row's cells (split where columns meet), by the id the row shows; wide, so none wraps."""
    import re

    result = runner.invoke(cli.app, [*args, "show", "agreements"], env={**ENV, "COLUMNS": "250"})
    assert result.exit_code == 0, result.stderr
    found = {}
    for block in result.stdout.split("\n\n"):
        lines = [line for line in block.splitlines() if line.strip() and not set(line) <= {"-", " "}]
        ids = [w for line in lines for w in line.split() if w.startswith("agr-")]
        if ids:
            first = lines[1] if lines[0].startswith("agreement") else lines[0]
            sources = next(line.split("sources: ")[1].split()[0] for line in lines if "sources: " in line)
            found[ids[0]] = [
                *re.split(r"\s{2,}", first.strip())[:-1],
                sources,
                re.split(r"\s{2,}", first.strip())[-1],
            ]
    return found


def test_show_agreements_table() -> None:
    out = ok("show", "agreements")
    fits_80_columns(out)
    words = out.split()
    for agreement in SHIPPED.agreements:
        assert agreement.id in words  # whole, never folded
        assert f"kind: {agreement.kind.value}" in out
        assert f"signed: {agreement.signed or 'unknown'}" in out
    for expected in (
        "signed: 2018-08-26/2018-08-27",
        "signed: 2020-07-08",
        "place: Damascus",
    ):
        assert expected in out


def test_show_agreements_names_signatories_with_their_office() -> None:
    # Wide enough that no cell wraps: each signatory is one line.
    result = runner.invoke(cli.app, ["show", "agreements"], env={**ENV, "COLUMNS": "200"})
    assert result.exit_code == 0
    for expected in (
        "parties: Iran, Syria",
        "Amir Hatami (Minister of Defence, Iran)",
        "Ali Abdullah Ayyoub (Minister of Defence, Syria)",
        "Mohammad Bagheri (Chief of Staff of the Armed Forces, Iran)",
        "Imad Khamis (Prime Minister, Syria)",
    ):
        assert expected in result.stdout, expected


def test_show_agreements_rows_count_sources_and_disputes() -> None:
    rows = rows_of()
    assert set(rows) == {a.id for a in SHIPPED.agreements}
    for agreement_id, cells in rows.items():
        assert cells[-2] == str(len(queries.corroboration(agreement_id)))
    # 'disputed' says what is contested and how it stands, open disputes first:
    # The Media Line's provisions for the 2018 military agreement are disputed
    # (it says the pact's contents "remain murky"); a source misnaming its
    # signatory Hatami's office is the second, settled, line. The economic
    # agreement's two errors (an office, a date reference data rules out) are corrected.
    assert {agreement_id: cells[-2:] for agreement_id, cells in rows.items()} == {
        AGR_ECONOMIC: ["1", "signatory misreported by 1 source; corrected"],
        AGR_2018: ["4", "signatory's office misreported by 1 source; corrected"],
        AGR_2020: ["2", "no"],
    }


def test_a_disputed_claim_marks_its_agreement_disputed(tmp_path: Path) -> None:
    path = write(unresolved_date(), tmp_path, "disputed.json")
    disputed = {
        agreement_id: cells[-1]
        for agreement_id, cells in rows_of("--no-shipped", "--data", str(path)).items()
    }
    assert disputed == {
        SMALL_AGREEMENT: "signing date disputed by 1 source; unsettled",
        "agr-pact-2014": "no",
    }
    out = ok("--no-shipped", "--data", str(path), "show", "agreement", SMALL_AGREEMENT)
    assert "signed       unknown (reported: 2012-03-08, disputed)" in out
    timeline = ok("--no-shipped", "--data", str(path), "timeline")
    assert "signing (disputed)" in timeline


def test_show_agreements_json_round_trips() -> None:
    data = as_json("show", "agreements")
    assert structure(data, list[Agreement]) == list(SHIPPED.agreements)
    # Written by the library's one canonical JSON writer.
    assert run("show", "agreements", "--json").stdout_bytes == to_json(list(SHIPPED.agreements))


def test_a_republished_translation_is_one_origin(tmp_path: Path) -> None:
    path = write(republished_translation(), tmp_path, "republished.json")
    sources = {
        agreement_id: cells[-2]
        for agreement_id, cells in rows_of("--no-shipped", "--data", str(path)).items()
    }
    assert sources[SMALL_AGREEMENT] == "3"  # the wire, the blog, the daily (translated, republished)
    data = republished_translation()
    daily = source_name(data, "src-daily")
    blocks = {
        next(w for w in block.split() if w.startswith("src-")): block
        for block in ok("--no-shipped", "--data", str(path), "show", "sources").split("\n\n")
        if "src-" in block
    }
    assert "origin: " + daily.split(":")[0] in blocks["src-daily-republication"]  # not the translation
    shown = ok("--no-shipped", "--data", str(path), "show", "source", "src-daily-republication")
    assert "(src-daily)\n" in shown and "origin     " in shown
    claim = ok("--no-shipped", "--data", str(path), "show", "claim", "clm-date-republication")
    assert "origin       src-daily\n" in claim
    agreement = ok("--no-shipped", "--data", str(path), "show", "agreement", SMALL_AGREEMENT)
    assert "2012-03-08  (accepted; 2 independent origins)" in agreement
    assert "also reported: 2012-03  (accepted; compatible)" in agreement


def test_show_agreements_filters() -> None:
    assert [a["id"] for a in as_json("show", "agreements", "--actor", "PER-AMIR-HATAMI")] == [AGR_2018]
    assert [a["id"] for a in as_json("show", "agreements", "--actor", BAGHERI)] == [AGR_2020]
    reported = as_json("show", "agreements", "--source", "src-unknown-2020-comprehensive-agreement")
    assert [a["id"] for a in reported] == [AGR_2020]
    # A source lists what it mainly reports; --mentioned adds what it only mentions.
    observer = "src-syrian-observer-2020"
    assert [a["id"] for a in as_json("show", "agreements", "--source", observer)] == [AGR_2020]
    mentions = as_json("show", "agreements", "--source", observer, "--mentioned")
    assert [a["id"] for a in mentions] == [AGR_2018, AGR_2020, AGR_ECONOMIC]
    alone = run("show", "agreements", "--mentioned")
    assert alone.exit_code == 2 and "--mentioned goes with --source" in alone.stderr
    result = run("show", "agreements", "--actor", "per-hatami")
    assert result.exit_code == 2
    assert 'no actor "per-hatami": did you mean Amir Hatami (per-amir-hatami)?' in result.stderr
    assert result.stdout == ""


def test_an_empty_listing_says_so_on_stderr(small_file: Path) -> None:
    result = runner.invoke(
        cli.app,
        ["--no-shipped", "--data", str(small_file), "show", "agreements", "--actor", "outlet-wire"],
        env=ENV,
    )
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "no agreements match" in result.stderr


def test_show_agreement_has_fields_claims_conflicts_and_relations() -> None:
    out = ok("show", "agreement", "Agr-2018-Military-Cooperation")
    fits_80_columns(out)
    agreement = SHIPPED.agreement_index[AGR_2018]
    # The title first, then the id to ask more with.
    assert out.startswith(agreement.title)
    assert AGR_2018 in out.split("\n\n")[0].split()
    for expected in (
        "2018-08-26/2018-08-27",
        "Damascus",
        "Amir Hatami (per-amir-hatami)",
        "Minister of Defence",
    ):
        assert expected in out
    for provision in agreement.provisions:
        assert provision.summary.split()[0] in out
    # The claims behind each field, with source, attribution and quote.
    for claim in queries.claims(agreement=AGR_2018):
        assert claim.id in out
    assert "Claims behind each field" in out
    assert "The Media Line: Iran and Syria Tout A Defense & Reconstruction Deal" in " ".join(out.split())
    assert "state-media: Iranian state media (org-iranian-state-media)" in out
    # Conflicts: the 'New Deal' article's refuted 'Foreign Minister' Hatami, with its corrections.
    conflicts = out[out.index("Conflicts and corrections") :]
    (foreign,) = [c for c in queries.signatory_conflicts(AGR_2018) if c.claim.subject == HATAMI]
    assert f"{foreign.claim.id}  refuted" in conflicts
    assert "Amir Hatami (per-amir-hatami) holds-office: Minister of Foreign Affairs, Iran" in conflicts
    for correction in queries.corrections(claim=foreign.claim.id):
        assert correction.id in conflicts
    for conflict in queries.conflicts(agreement=AGR_2018):
        assert conflict.claim.id in conflicts
    # Related: the 2020 agreement calls itself similar to this one.
    assert f"({AGR_2020}) is similar-to this one" in out
    # Disputed, for the signatory's misnamed office listed under the conflicts.
    assert "disputed     signatory's office misreported by 1 source; corrected" in out
    # The media said not to have reported it, with the claim that says so.
    not_reported = out[out.index("Not reported by") : out.index("Conflicts and corrections")]
    (silence,) = queries.claims(agreement=AGR_2018, predicate=Predicate.NOT_REPORTED_BY)
    assert f"{silence.id}  accepted" in not_reported
    assert "value   Syrian state media (org-syrian-state-media)" in not_reported
    assert not_reported.count("clm-") == 1


def test_show_agreement_json_is_its_provenance_as_a_dataset() -> None:
    data = as_json("show", "agreement", AGR_2020)
    part = structure(data, Dataset)
    assert part == queries.excerpt(agreements=[AGR_2020])
    assert part.agreement(AGR_2020) == SHIPPED.agreement(AGR_2020)
    assert {BAGHERI, AYYOUB} <= set(part.actor_index)
    assert set(part.claims) >= set(queries.claims(agreement=AGR_2020))


def test_unknown_agreement_suggests_and_exits_2() -> None:
    result = run("show", "agreement", "agr-2019")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith('iransyria: no agreement "agr-2019": did you mean Iran–Syria')
    assert AGR_2018 in result.stderr
    assert "Traceback" not in result.output


def test_unknown_id_without_a_close_match() -> None:
    result = run("show", "claim", "clm-zzzz-qqqq")
    assert result.exit_code == 2
    assert (
        result.stderr.strip()
        == 'iransyria: no claim "clm-zzzz-qqqq" (see `iransyria show claims` or `iransyria search`)'
    )


def test_a_contradiction_check_finds_is_never_shown_as_undisputed(tmp_path: Path) -> None:
    import attrs

    from iransyria.dates import FuzzyDate
    from iransyria.models import DateValue

    dated = next(c for c in SHIPPED.claims if c.subject == AGR_2020 and c.predicate is Predicate.SIGNING_DATE)
    other = attrs.evolve(dated, id="clm-user-2020-september", value=DateValue(FuzzyDate.parse("2020-09-01")))
    path = write(SHIPPED.evolve(claims=(*SHIPPED.claims, other)), tmp_path, "contradiction.json")
    check = run("--data", str(path), "check")
    assert check.exit_code == 1 and "IS501" in check.stdout
    label = "signing date contested: accepted reports contradict each other (check IS501)"
    # The row's first label is the reference's (IS306: 8 July 2020); the conflict follows it.
    assert rows_of("--data", str(path))[AGR_2020][-1] == (
        "signing date contested: reference data dates it otherwise (check IS306)"
    )
    shown = " ".join(ok("--data", str(path), "show", "agreement", AGR_2020).split())
    assert label in shown and "clm-user-2020-september" in shown


def test_show_agreement_lists_the_reference_facts_beside_the_claims() -> None:
    out = " ".join(ok("show", "agreement", AGR_ECONOMIC).split())
    assert "reference signed 2019-01-28, Damascus: SANA; AsiaNews (ref-economic-signed)" in out
    assert "reference initialled 2018-12-30, Tehran" in out
    assert "(ref-2018-military-signed)" in ok("show", "agreement", AGR_2018)
