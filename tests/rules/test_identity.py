"""IS1xx: unique ids, references that resolve to the right table and kind, unique names."""

from __future__ import annotations

import attrs

from iransyria.models import (
    ActorValue,
    Alias,
    Derivation,
    DerivationKind,
    SourceKind,
)
from tests.rules.conftest import (
    A18,
    AYY,
    BASE,
    HAT,
    IRAN,
    S18,
    SYRIA_MOD,
    changed_actor,
    changed_claim,
    changed_source,
    found,
    only,
    source,
    with_claims,
)


def test_is101_a_duplicate_id_is_reported_once() -> None:
    twin = attrs.evolve(BASE.claim_index["clm-18-kind"], quote="military cooperation")
    assert found(with_claims(BASE, twin), "IS101") == [("claims[clm-18-kind].id", ())]
    assert found(BASE, "IS101") == []


def test_is102_every_reference_to_a_deleted_actor_is_reported() -> None:
    without = BASE.evolve(actors=[a for a in BASE.actors if a.id != HAT])
    assert sorted(found(without, "IS102")) == [
        ("agreements[agr-2018].signatories[0].actor", (HAT,)),
        ("claims[clm-18-hatami-foreign].subject", (HAT,)),
        ("claims[clm-18-hatami-foreign].value.actor", (HAT,)),
        ("claims[clm-18-hatami].value.actor", (HAT,)),
        ("claims[clm-18-visit-hatami].value.actor", (HAT,)),
        ("events[evt-signing].participants[0].actor", (HAT,)),
        ("events[evt-visit].participants[0].actor", (HAT,)),
    ]


def test_is102_missing_sources_claims_and_agreements() -> None:
    broken = BASE.evolve(
        sources=[s for s in BASE.sources if s.id != S18],
        agreements=[a for a in BASE.agreements if a.id != A18],
    )
    paths = dict(found(broken, "IS102"))
    assert paths["claims[clm-18-kind].source"] == (S18,)
    assert paths["claims[clm-18-kind].subject"] == (A18,)
    assert paths["claims[clm-20-similar].value.agreement"] == (A18,)
    assert paths["agreements[agr-2020].relations[0].target"] == (A18,)
    assert paths["corrections[cor-foreign].evidence[0].source"] == (S18,)
    gone = with_claims(BASE, drop=["clm-20-iranian-companies"])
    assert found(gone, "IS102") == [("corrections[cor-companies].replacement", ("clm-20-iranian-companies",))]


def test_is102_source_derivations_and_outlets() -> None:
    translation = source(
        "src-translation",
        "2018-09-01",
        outlet="outlet-missing",
        kind=SourceKind.TRANSLATION,
        derived_from=(Derivation(DerivationKind.TRANSLATION_OF, None, "src-missing"),),
    )
    broken = BASE.evolve(sources=[*BASE.sources, translation])
    assert sorted(found(broken, "IS102")) == [
        ("sources[src-translation].derived_from[0].source", ("src-missing",)),
        ("sources[src-translation].outlet", ("outlet-missing",)),
    ]


def test_is103_a_party_claim_naming_a_person() -> None:
    broken = changed_claim(BASE, "clm-18-party-iran", value=ActorValue(HAT))
    assert found(broken, "IS103") == [("claims[clm-18-party-iran].value.actor", (HAT,))]
    assert "party per-hatami is a person, not one of: organisation, state" in only(broken, "IS103").message
    assert found(BASE, "IS103") == []


def test_is103_an_outlet_that_is_a_state_and_an_office_claim_about_someone_else() -> None:
    broken = changed_source(BASE, S18, outlet=IRAN)
    broken = changed_claim(broken, "clm-18-hatami-foreign", value=ActorValue(AYY, SYRIA_MOD))
    assert sorted(found(broken, "IS103")) == [
        ("claims[clm-18-hatami-foreign].value.actor", (AYY,)),
        ("sources[src-2018].outlet", (IRAN,)),
    ]


def test_is104_a_name_shared_by_two_actors() -> None:
    broken = changed_actor(BASE, AYY, aliases=(Alias("Ayyoub"), Alias("HATAMI")))
    assert found(broken, "IS104") == [("actors[per-hatami].aliases[0].name", (AYY,))]
    assert "the name 'hatami' of per-hatami also names per-ayyoub" in only(broken, "IS104").message
    assert found(BASE, "IS104") == []
