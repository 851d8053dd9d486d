"""Deterministic synthetic datasets of any size, shaped like the shipped one.

Each unit adds one agreement between two shared states, its two signatories
(with office spans covering the signing), one source and a claim backing
every field, so a dataset of ``n`` units has about 14·n records and every
rule has real work to do on it.
"""

from __future__ import annotations

import datetime as dt

from iransyria.dataset import Dataset
from iransyria.dates import FuzzyDate, PartialDate
from iransyria.models import (
    Actor,
    ActorKind,
    ActorValue,
    Agreement,
    AgreementKind,
    Alias,
    Attribution,
    AttributionKind,
    Claim,
    DateValue,
    OfficeHeld,
    PlaceValue,
    Position,
    Predicate,
    Signatory,
    Source,
    SourceKind,
    SpanBasis,
    TextValue,
)

STATES = ("state-iran", "state-syria")


def make_dataset(units: int) -> Dataset:
    actors = [Actor(state, ActorKind.STATE, state.removeprefix("state-").title()) for state in STATES]
    agreements, claims, sources = [], [], []
    outlet = Attribution(AttributionKind.OUTLET)
    for i in range(units):
        signed = dt.date(1900, 1, 1) + dt.timedelta(days=30 * i)
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
                (f"provision {i}",),
            )
        )
        values: list[tuple[Predicate, object]] = [
            (Predicate.KIND, TextValue(AgreementKind.MILITARY_COOPERATION.value)),
            *((Predicate.PARTY, ActorValue(state)) for state in STATES),
            *((Predicate.SIGNATORY, ActorValue(s.actor, s.position)) for s in signatories),
            (Predicate.SIGNING_DATE, DateValue(signed_on)),
            (Predicate.SIGNING_PLACE, PlaceValue("Damascus")),
            (Predicate.PROVISION, TextValue(f"provision {i}")),
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
