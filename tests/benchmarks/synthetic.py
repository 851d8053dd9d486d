"""Deterministic datasets of any size for the benchmarks: synthetic, and the shipped one replicated.

:func:`make_dataset` builds ``units`` synthetic units. Each unit adds one
agreement between two shared states, its two signatories (with office spans
covering the signing), one source and a claim backing every field: 14
records, 8 of them claims, so every rule has real work to do.
:func:`synthetic` sizes it by claims, up to a million and more.

Signing days are spread over the whole valid calendar (years 2 to 9998, so
that an office span a year either side and a publication two days later stay
valid): unit ``i`` is signed on day ``i * STRIDE`` modulo the span, a
permutation of the days, so no two units share a day up to 3.6 million units.

:func:`replicated` is the shipped dataset with its claims repeated under new
ids until it has the number of claims asked for: the real quotes (long) and
the real shapes, thousands of claims per agreement.
"""

from __future__ import annotations

import datetime as dt
import math

import attrs

from iransyria.dataset import Dataset
from iransyria.dates import FuzzyDate, PartialDate
from iransyria.models import (
    Actor,
    ActorKind,
    ActorValue,
    Agreement,
    AgreementKind,
    AgreementKindValue,
    Alias,
    Attribution,
    AttributionKind,
    Claim,
    DateValue,
    OfficeHeld,
    PlaceValue,
    Position,
    Predicate,
    Provision,
    ProvisionValue,
    Signatory,
    Source,
    SourceKind,
    SpanBasis,
)

STATES = ("state-iran", "state-syria")

#: Claims per synthetic unit.
CLAIMS_PER_UNIT = 8

_FIRST = dt.date(2, 1, 1)
_DAYS = (dt.date(9998, 12, 29) - _FIRST).days
#: Coprime with the span, so ``i * STRIDE % _DAYS`` visits every day once.
STRIDE = 7919
assert math.gcd(STRIDE, _DAYS) == 1


def signing_day(unit: int) -> dt.date:
    """The signing day of a unit: distinct for every unit below the span's length."""
    return _FIRST + dt.timedelta(days=unit * STRIDE % _DAYS)


def synthetic(claims: int) -> Dataset:
    """A synthetic dataset with at least ``claims`` claims (a whole number of units)."""
    return make_dataset(max(1, -(-claims // CLAIMS_PER_UNIT)))


def make_dataset(units: int) -> Dataset:
    actors = [Actor(state, ActorKind.STATE, state.removeprefix("state-").title()) for state in STATES]
    agreements, claims, sources = [], [], []
    outlet = Attribution(AttributionKind.OUTLET)
    for i in range(units):
        signed = signing_day(i)
        signed_on = FuzzyDate(PartialDate.from_date(signed))
        source_id = f"src-s{i}"
        published = FuzzyDate(PartialDate.from_date(signed + dt.timedelta(days=2)))
        sources.append(
            Source(
                source_id,
                f"{i}.txt",
                "0" * 64,
                f"Report {i}",
                None,
                "synthetic",
                published,
                "synthetic",
                "en",
                SourceKind.ORIGINAL,
            )
        )
        signatories = []
        for party in STATES:
            person = f"per-p{i}-{party.removeprefix('state-')}"
            position = Position("Minister of Defence", party)
            span = OfficeHeld(
                position,
                FuzzyDate(PartialDate(signed.year - 1)),
                FuzzyDate(PartialDate(signed.year + 1)),
                SpanBasis.REFERENCE,
                "synthetic",
            )
            actors.append(
                Actor(person, ActorKind.PERSON, f"Person {i} {party}", (Alias(f"P{i}{party}"),), (span,))
            )
            signatories.append(Signatory(person, position, party))
        agreement_id = f"agr-a{i}"
        agreements.append(
            Agreement(
                agreement_id,
                AgreementKind.MILITARY_COOPERATION,
                f"Agreement {i}",
                STATES,
                tuple(signatories),
                signed_on,
                "Damascus",
                (Provision(f"prv-p{i}", f"provision {i}"),),
            )
        )
        values: list[tuple[Predicate, object]] = [
            (Predicate.KIND, AgreementKindValue(AgreementKind.MILITARY_COOPERATION)),
            *((Predicate.PARTY, ActorValue(state)) for state in STATES),
            *((Predicate.SIGNATORY, ActorValue(s.actor, s.position)) for s in signatories),
            (Predicate.SIGNING_DATE, DateValue(signed_on)),
            (Predicate.SIGNING_PLACE, PlaceValue("Damascus")),
            (Predicate.PROVISION, ProvisionValue(f"prv-p{i}", f"provision {i}")),
        ]
        for j, (predicate, value) in enumerate(values):
            claims.append(
                Claim(
                    f"clm-c{i}-{j}",
                    source_id,
                    agreement_id,
                    predicate,
                    value,
                    outlet,  # type: ignore[arg-type]
                    f"quote {i} {j}",
                )
            )
    return Dataset(sources=sources, actors=actors, agreements=agreements, claims=claims)


def replicated(claims: int) -> Dataset:
    """The shipped dataset with its claims repeated under new ids, to ``claims`` claims in all.

    Sources, actors, agreements and corrections stay as shipped; copy ``k``
    of claim ``clm-x`` is ``clm-x-rk``. The real quotes and value shapes are
    kept, so each agreement gathers thousands of claims at large sizes.
    """
    from iransyria.data import shipped

    base = shipped()
    copies = list(base.claims)
    k = 0
    while len(copies) < claims:
        k += 1
        copies.extend(attrs.evolve(claim, id=f"{claim.id}-r{k}") for claim in base.claims)
    return base.evolve(claims=copies[: max(claims, 1)])


#: The data sets the runner measures, by name.
DATASETS = {"synthetic": synthetic, "replicated": replicated}
