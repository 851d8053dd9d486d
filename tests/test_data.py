"""The shipped dataset: every quote verbatim in its article, hashes right, lossless JSON."""

from __future__ import annotations

import hashlib
import importlib
from pathlib import Path

import pytest

import iransyria
from iransyria.serialization import dumps, loads

DATA = iransyria.shipped()


def test_every_source_hash_matches_its_article_file(articles: Path) -> None:
    for source in DATA.sources:
        digest = hashlib.sha256((articles / source.file).read_bytes()).hexdigest()
        assert digest == source.sha256, source.id


@pytest.mark.parametrize("claim", DATA.claims, ids=lambda claim: claim.id)
def test_every_claim_quote_is_verbatim_in_its_article(claim: iransyria.Claim, articles: Path) -> None:
    source = DATA.source(claim.source)
    assert source is not None
    text = (articles / source.file).read_text(encoding="utf-8")
    assert claim.quote in text


def test_every_correction_evidence_quote_is_verbatim(articles: Path) -> None:
    for correction in DATA.corrections:
        for evidence in correction.evidence:
            source = DATA.source(evidence.source)
            assert source is not None, correction.id
            assert evidence.quote in (articles / source.file).read_text(encoding="utf-8"), correction.id


def test_shipped_dataset_round_trips_unchanged() -> None:
    assert loads(dumps(DATA)) == DATA


def test_record_counts() -> None:
    """Counts change only with a deliberate change to the encoding (and docs/data.md)."""
    counts = {
        "sources": len(DATA.sources),
        "actors": len(DATA.actors),
        "agreements": len(DATA.agreements),
        "claims": len(DATA.claims),
        "corrections": len(DATA.corrections),
        "events": len(DATA.events),
        "references": len(DATA.references),
    }
    assert counts == {
        "sources": 5,
        "actors": 37,
        "agreements": 3,
        "claims": 338,
        "corrections": 9,
        "events": 45,
        "references": 11,
    }


def test_each_article_module_holds_its_own_source_and_claims() -> None:
    from iransyria.data import ARTICLE_MODULES

    files = sorted(source.file for source in DATA.sources)
    assert [f[:3] for f in files] == ["000", "001", "002", "003", "004"]
    for name in ARTICLE_MODULES:
        module = importlib.import_module(f"iransyria.data.{name}")
        assert module.CLAIMS, name
        assert {claim.source for claim in module.CLAIMS} == {module.SOURCE.id}, name


def test_every_claim_id_names_its_article() -> None:
    prefixes = {
        "src-unknown-2018-new-deal": "clm-newdeal18-",
        "src-unknown-2018-deepen-cooperation": "clm-deepen18-",
        "src-unknown-2020-comprehensive-agreement": "clm-ink20-",
        "src-syrian-observer-2020": "clm-syrobs20-",
        "src-media-line-2018": "clm-medialine18-",
    }
    for claim in DATA.claims:
        assert claim.id.startswith(prefixes[claim.source]), claim.id


def test_wrong_claims_are_kept_and_explained() -> None:
    """Refuted and superseded claims stay in the data, each the target of a correction."""
    corrected = {correction.target for correction in DATA.corrections}
    kept = {claim.id for claim in DATA.claims if claim.standing.value in {"refuted", "superseded"}}
    assert kept == {
        "clm-newdeal18-hatami-foreign-minister",
        "clm-deepen18-syrian-companies-real-estate",
        "clm-newdeal18-meetings-counterpart",
        "clm-syrobs20-eslami-office",
        "clm-syrobs20-econ-signing-date",
        "clm-syrobs20-econ-initialling-date",
        "clm-syrobs20-econ-signatory-al-khalil",
        "clm-syrobs20-econ-signatory-eslami",
        "clm-newdeal18-iran-invest-turkey",
    }
    assert kept <= corrected


# ------------------------------------------------------------------ the second encoding pass (issue 9)


def test_each_provision_claim_keeps_its_own_sources_words() -> None:
    from iransyria.models import Predicate, ProvisionValue

    provisions = [c for c in DATA.claims if c.predicate is Predicate.PROVISION]
    assert provisions
    for claim in provisions:
        assert isinstance(claim.value, ProvisionValue), claim.id
        assert claim.value.text in claim.quote, claim.id  # the source's wording, not a shared summary
    # 002 and 003 word the same 2020 provision differently, and both keep their words.
    ink = DATA.claim("clm-ink20-provision-expand-cooperation")
    syrobs = DATA.claim("clm-syrobs20-2020-provision-cooperation")
    assert ink is not None and syrobs is not None
    assert isinstance(ink.value, ProvisionValue) and isinstance(syrobs.value, ProvisionValue)
    assert ink.value.provision == syrobs.value.provision
    assert "expansion" in ink.value.text and "strengthening" in syrobs.value.text


def test_no_kind_is_a_text_copy_of_its_enum() -> None:
    from iransyria.models import AgreementKindValue, Predicate

    kinds = [c for c in DATA.claims if c.predicate is Predicate.KIND]
    assert len(kinds) == 6 and all(isinstance(c.value, AgreementKindValue) for c in kinds)


def test_a_provision_is_disputed_only_where_a_source_contradicts_it() -> None:
    """'remain murky' says the pact's details are unknown, not wrong: no provision claim is disputed."""
    from iransyria.models import AttributionKind, Predicate, ProvisionValue, Standing

    provisions = [c for c in DATA.claims if c.predicate is Predicate.PROVISION]
    assert provisions and all(c.standing is Standing.ACCEPTED for c in provisions)
    army = DATA.claim("clm-medialine18-provision-rebuild-army")
    observer = DATA.claim("clm-syrobs20-2018-provision-rebuild-army")
    assert army is not None and observer is not None and army.source != observer.source
    assert isinstance(army.value, ProvisionValue) and isinstance(observer.value, ProvisionValue)
    assert army.value.provision == observer.value.provision  # the same clause, stated independently
    years = DATA.claim("clm-medialine18-years-of-cooperation")
    assert years is not None and years.attribution.kind is AttributionKind.OFFICIAL  # 'the ministers'


def test_every_actor_an_article_names_is_referenced_by_a_record() -> None:
    """An actor nothing refers to is noise; only reference-data office-holders may stand alone."""
    import orjson

    from iransyria.models import SpanBasis
    from iransyria.serialization import unstructure

    others = orjson.dumps(unstructure(DATA.evolve(actors=()))).decode()
    actors_text = orjson.dumps([unstructure(a) for a in DATA.actors]).decode()
    for actor in DATA.actors:
        referenced = f'"{actor.id}"' in others or actors_text.count(f'"{actor.id}"') > 1
        reference_only = bool(actor.offices) and all(o.basis is SpanBasis.REFERENCE for o in actor.offices)
        assert referenced or reference_only, actor.id
    for actor_id in ("state-turkey", "org-islamic-state", "org-brookings-doha-center"):
        assert f'"{actor_id}"' in others, actor_id


def test_reference_facts_keep_the_references_precision_and_never_claim() -> None:
    from iransyria.models import ReferenceKind, SpanBasis

    facts = {(f.subject, f.kind): f for f in DATA.references}
    initialled = facts["agr-long-term-economic", ReferenceKind.INITIALLED]
    signed = facts["agr-long-term-economic", ReferenceKind.SIGNED]
    assert (str(initialled.date), initialled.place) == ("2018-12-30", "Tehran")
    assert (str(signed.date), signed.place) == ("2019-01-28", "Damascus")
    assert str(facts["evt-2020-06-caesar-act-in-force", ReferenceKind.IN_FORCE].date) == "2020-06-17"
    assert str(facts["evt-2020-06-caesar-act-in-force", ReferenceKind.SIGNED_INTO_LAW].date) == "2019-12-20"
    assert all(f.reference.strip() for f in DATA.references)
    for actor in DATA.actors:
        for office in actor.offices:
            assert office.basis is SpanBasis.REFERENCE, actor.id  # no office is 'stated' by an article here
            assert office.reference is not None and "Wikipedia" not in office.reference, actor.id
    hatami = DATA.actor("per-amir-hatami")
    assert hatami is not None
    assert [(str(o.start), str(o.end)) for o in hatami.offices] == [("2017-08-20", "2021-08-25")]
    eslami = DATA.actor("per-mohammad-eslami")
    assert eslami is not None  # 'about 20 Oct 2018' and an unverified day: month precision
    assert [(str(o.start), str(o.end)) for o in eslami.offices] == [("2018-10", "2021-08")]


def test_which_articles_report_the_2018_deal_is_a_query() -> None:
    from iransyria import queries

    reporting = [s.id for s in queries.sources(reports="agr-2018-military-cooperation", dataset=DATA)]
    assert reporting == [
        "src-media-line-2018",
        "src-unknown-2018-deepen-cooperation",
        "src-unknown-2018-new-deal",
    ]
    # The Syrian Observer's 2020 article has claims about the 2018 deal but reports the 2020 one.
    mentioning = [s.id for s in queries.sources(agreement="agr-2018-military-cooperation", dataset=DATA)]
    assert "src-syrian-observer-2020" in mentioning and "src-syrian-observer-2020" not in reporting


def test_the_war_lengths_of_2018_are_comparable_quantities() -> None:
    from iransyria.models import QuantityValue, Standing

    eight = DATA.claim("clm-medialine18-civil-war-years")
    seven = DATA.claim("clm-deepen18-civil-war-years")
    assert eight is not None and seven is not None
    assert isinstance(eight.value, QuantityValue) and isinstance(seven.value, QuantityValue)
    assert (eight.subject, eight.value.unit) == (seven.subject, seven.value.unit)
    assert eight.value.as_of is not None and seven.value.as_of is not None
    assert eight.value.as_of.same_day(seven.value.as_of)  # about the same week
    # 'eight-year' is the war in its eighth year: more than seven years, as the other article says.
    assert (eight.value.low, eight.value.high, seven.value.low) == (7, 8, 7)
    assert eight.standing is Standing.ACCEPTED and seven.standing is Standing.ACCEPTED


def test_accepted_signing_dates_agree_with_the_reference_facts_and_the_disputed_one_does_not() -> None:
    from iransyria.dates import Certainty
    from iransyria.models import DateValue, Predicate, ReferenceKind, Standing

    signings = (ReferenceKind.SIGNED, ReferenceKind.INITIALLED)
    dated = {f.subject for f in DATA.references if f.kind in signings}
    for claim in DATA.claims:
        if claim.predicate is not Predicate.SIGNING_DATE or claim.subject not in dated:
            continue
        assert isinstance(claim.value, DateValue)
        references = [f for f in DATA.references if f.subject == claim.subject and f.kind in signings]
        possible = any(f.date.same_day(claim.value.date) is not Certainty.IMPOSSIBLE for f in references)
        assert possible == (claim.standing is Standing.ACCEPTED), claim.id
