"""The rules' tests share one small hand-built dataset (``BASE``) that every rule accepts.

Each test mutates it to break one fact; the helpers here make those mutations
and read what one rule reports. ``SHIPPED`` is the shipped dataset.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs
import pytest

import iransyria
from iransyria.dataset import Dataset
from iransyria.dates import FuzzyDate
from iransyria.models import (
    Actor,
    ActorKind,
    ActorValue,
    Agreement,
    AgreementKind,
    AgreementKindValue,
    AgreementValue,
    Alias,
    Attribution,
    AttributionKind,
    Claim,
    ClaimValue,
    Correction,
    CorrectionKind,
    DateValue,
    Event,
    EventKind,
    EventKindValue,
    Evidence,
    OfficeHeld,
    Participant,
    ParticipantValue,
    PlaceValue,
    Position,
    Predicate,
    Provision,
    ProvisionValue,
    RecordValue,
    ReferenceFact,
    ReferenceKind,
    Relation,
    RelationKind,
    Role,
    Signatory,
    Source,
    SourceKind,
    SpanBasis,
    Standing,
    TextValue,
)
from iransyria.rules import Violation, validate

# --------------------------------------------------------------------------- a small, valid dataset

IRAN, SYRIA = "state-iran", "state-syria"
HAT, AYY, BAG = "per-hatami", "per-ayyoub", "per-bagheri"
ALPHA = "outlet-alpha"
IRAN_MOD = Position("Minister of Defence", IRAN)
SYRIA_MOD = Position("Minister of Defence", SYRIA)
IRAN_COS = Position("Chief of Staff", IRAN)
A18, A20 = "agr-2018", "agr-2020"
S18, S20 = "src-2018", "src-2020"
FILES = {S18: "2018.txt", S20: "2020.txt"}
ARTICLES = {
    S18: (
        "Iran and Syria signed a military cooperation deal in Damascus on Sunday. "
        "Defence ministers Hatami and Ayyoub signed it. It provides for rebuilding the army. "
        "Foreign Minister Hatami visited Damascus."
    ),
    S20: (
        "Iran and Syria signed a comprehensive military agreement in Damascus on 8th July. "
        "Chief of Staff Bagheri and Defence Minister Ayyoub signed it. Iran will strengthen "
        "Syria's air defence. It is similar to the 2018 deal. Syrian companies bought real estate. "
        "Correction: Iranian companies bought real estate."
    ),
}
SHA = {source: hashlib.sha256(text.encode()).hexdigest() for source, text in ARTICLES.items()}


def date(text: str) -> FuzzyDate:
    return FuzzyDate.parse(text)


def source(id_: str, published: str, **changes: Any) -> Source:
    fields: dict[str, Any] = {
        "id": id_,
        "file": FILES.get(id_, f"{id_}.txt"),
        "sha256": SHA.get(id_, "0" * 64),
        "title": f"Report {id_}",
        "outlet": ALPHA,
        "outlet_basis": "stated",
        "published": date(published),
        "published_basis": "stated",
        "language": "en",
        "kind": SourceKind.ORIGINAL,
    }
    return Source(**{**fields, **changes})


def claim(
    id_: str,
    subject: str,
    predicate: Predicate,
    value: ClaimValue,
    quote: str,
    source: str = S18,
    standing: Standing = Standing.ACCEPTED,
    reason: str | None = None,
) -> Claim:
    return Claim(
        id=id_,
        source=source,
        subject=subject,
        predicate=predicate,
        value=value,
        attribution=Attribution(AttributionKind.OUTLET),
        quote=quote,
        standing=standing,
        reason=reason,
    )


def office(position: Position, start: str | None, end: str | None) -> OfficeHeld:
    return OfficeHeld(
        position,
        None if start is None else date(start),
        None if end is None else date(end),
        SpanBasis.REFERENCE,
        "a public reference",
    )


ACTORS = (
    Actor(IRAN, ActorKind.STATE, "Iran"),
    Actor(SYRIA, ActorKind.STATE, "Syria"),
    Actor(ALPHA, ActorKind.OUTLET, "Alpha News"),
    Actor(
        HAT, ActorKind.PERSON, "Amir Hatami", (Alias("Hatami"),), (office(IRAN_MOD, "2017-08", "2021-08"),)
    ),
    Actor(
        AYY, ActorKind.PERSON, "Ali Ayyoub", (Alias("Ayyoub"),), (office(SYRIA_MOD, "2018-01", "2022-04"),)
    ),
    Actor(BAG, ActorKind.PERSON, "Mohammad Bagheri", (), (office(IRAN_COS, "2016-06", "2025-06"),)),
)

AGREEMENTS = (
    Agreement(
        id=A18,
        kind=AgreementKind.MILITARY_COOPERATION,
        title="2018 deal",
        parties=(IRAN, SYRIA),
        signatories=(Signatory(HAT, IRAN_MOD, IRAN), Signatory(AYY, SYRIA_MOD, SYRIA)),
        signed=date("2018-08-26/2018-08-27"),
        place="Damascus",
        provisions=(Provision("prv-rebuilding-the-army", "rebuilding the army"),),
    ),
    Agreement(
        id=A20,
        kind=AgreementKind.MILITARY_COOPERATION,
        title="2020 deal",
        parties=(IRAN, SYRIA),
        signatories=(Signatory(BAG, IRAN_COS, IRAN), Signatory(AYY, SYRIA_MOD, SYRIA)),
        signed=date("2020-07-08"),
        place="Damascus",
        provisions=(Provision("prv-strengthening-syria-s-air-defence", "strengthening Syria's air defence"),),
        relations=(Relation(RelationKind.SIMILAR_TO, A18),),
    ),
)

MILITARY = AgreementKindValue(AgreementKind.MILITARY_COOPERATION)
CLAIMS = (
    # The 2018 deal, from the 2018 report.
    claim("clm-18-kind", A18, Predicate.KIND, MILITARY, "a military cooperation deal"),
    claim("clm-18-party-iran", A18, Predicate.PARTY, ActorValue(IRAN), "Iran and Syria signed"),
    claim("clm-18-party-syria", A18, Predicate.PARTY, ActorValue(SYRIA), "Iran and Syria signed"),
    claim("clm-18-hatami", A18, Predicate.SIGNATORY, ActorValue(HAT, IRAN_MOD), "Defence ministers Hatami"),
    claim("clm-18-ayyoub", A18, Predicate.SIGNATORY, ActorValue(AYY, SYRIA_MOD), "Hatami and Ayyoub signed"),
    claim("clm-18-date", A18, Predicate.SIGNING_DATE, DateValue(date("2018-08-26/2018-08-27")), "on Sunday"),
    claim("clm-18-place", A18, Predicate.SIGNING_PLACE, PlaceValue("Damascus"), "in Damascus on Sunday"),
    claim(
        "clm-18-rebuild",
        A18,
        Predicate.PROVISION,
        ProvisionValue("prv-rebuilding-the-army", "rebuilding the army"),
        "rebuilding the army",
    ),
    # A wrong office, refuted by an editorial correction.
    claim(
        "clm-18-hatami-foreign",
        HAT,
        Predicate.HOLDS_OFFICE,
        ActorValue(HAT, Position("Minister of Foreign Affairs", IRAN)),
        "Foreign Minister Hatami",
        standing=Standing.REFUTED,
    ),
    # The 2020 deal, from the 2020 report.
    claim("clm-20-kind", A20, Predicate.KIND, MILITARY, "comprehensive military agreement", S20),
    claim("clm-20-party-iran", A20, Predicate.PARTY, ActorValue(IRAN), "Iran and Syria signed", S20),
    claim("clm-20-party-syria", A20, Predicate.PARTY, ActorValue(SYRIA), "Iran and Syria signed", S20),
    claim(
        "clm-20-bagheri", A20, Predicate.SIGNATORY, ActorValue(BAG, IRAN_COS), "Chief of Staff Bagheri", S20
    ),
    claim(
        "clm-20-ayyoub", A20, Predicate.SIGNATORY, ActorValue(AYY, SYRIA_MOD), "Minister Ayyoub signed", S20
    ),
    claim("clm-20-date", A20, Predicate.SIGNING_DATE, DateValue(date("2020-07-08")), "on 8th July", S20),
    claim("clm-20-place", A20, Predicate.SIGNING_PLACE, PlaceValue("Damascus"), "in Damascus on 8th", S20),
    claim(
        "clm-20-air-defence",
        A20,
        Predicate.PROVISION,
        ProvisionValue("prv-strengthening-syria-s-air-defence", "strengthening Syria's air defence"),
        "Iran will strengthen Syria's air defence",
        S20,
    ),
    claim(
        "clm-20-similar",
        A20,
        Predicate.RELATED_TO,
        AgreementValue(A18, RelationKind.SIMILAR_TO),
        "similar to the 2018 deal",
        S20,
    ),
    # The publisher's own correction: the superseded version and the corrected one.
    claim(
        "clm-20-syrian-companies",
        SYRIA,
        Predicate.ASSERTION,
        TextValue("Syrian companies bought real estate"),
        "Syrian companies bought real estate",
        S20,
        Standing.SUPERSEDED,
    ),
    claim(
        "clm-20-iranian-companies",
        IRAN,
        Predicate.ASSERTION,
        TextValue("Iranian companies bought real estate"),
        "Iranian companies bought real estate",
        S20,
    ),
)

# Hatami's visit, from the 2018 report, and the 2018 signing during it.
VISIT, SIGNING = "evt-visit", "evt-signing"
EVENT_CLAIMS = (
    claim("clm-18-visit", VISIT, Predicate.EVENT_KIND, EventKindValue(EventKind.VISIT), "Hatami visited"),
    claim("clm-18-visit-date", VISIT, Predicate.EVENT_DATE, DateValue(date("2018-08")), "Hatami visited"),
    claim("clm-18-visit-place", VISIT, Predicate.EVENT_PLACE, PlaceValue("Damascus"), "visited Damascus"),
    claim(
        "clm-18-visit-hatami",
        VISIT,
        Predicate.PARTICIPANT,
        ParticipantValue(HAT, Role.VISITOR),
        "Hatami visited Damascus",
    ),
    claim("clm-18-signing-visit", SIGNING, Predicate.PART_OF, RecordValue(VISIT), "signed"),
)
EVENTS = (
    Event(
        VISIT,
        EventKind.VISIT,
        "Hatami's visit",
        date=date("2018-08"),
        place="Damascus",
        participants=(Participant(HAT, Role.VISITOR),),
    ),
    Event(
        SIGNING,
        EventKind.SIGNING,
        "The 2018 signing",
        date=date("2018-08-26/2018-08-27"),
        place="Damascus",
        participants=(
            Participant(HAT, Role.SIGNATORY, IRAN_MOD),
            Participant(AYY, Role.SIGNATORY, SYRIA_MOD),
        ),
        agreements=(A18,),
        part_of=VISIT,
    ),
)

CORRECTIONS = (
    Correction(
        id="cor-foreign",
        kind=CorrectionKind.EDITORIAL,
        target="clm-18-hatami-foreign",
        before="Foreign Minister",
        after="Minister of Defence",
        reason="Hatami was Minister of Defence.",
        evidence=(Evidence(S18, "Defence ministers Hatami and Ayyoub"),),
    ),
    Correction(
        id="cor-companies",
        kind=CorrectionKind.PUBLISHER,
        target="clm-20-syrian-companies",
        replacement="clm-20-iranian-companies",
        before="Syrian companies",
        after="Iranian companies",
        reason="The publisher's correction notice.",
        source=S20,
        by=ALPHA,
        date=date("2020-07-10"),
    ),
)

BASE = Dataset(
    sources=(source(S18, "2018-08-28"), source(S20, "2020-07-09")),
    actors=ACTORS,
    agreements=AGREEMENTS,
    claims=(*CLAIMS, *EVENT_CLAIMS),
    corrections=CORRECTIONS,
    events=EVENTS,
)


# --------------------------------------------------------------------------- helpers


def found(
    dataset: Dataset, code: str, articles: Path | Sequence[Path] | None = None
) -> list[tuple[str, tuple[str, ...]]]:
    """(path, related) of each violation of one rule."""
    return [(v.path, v.related) for v in validate(dataset, articles) if v.code == code]


def only(dataset: Dataset, code: str) -> Violation:
    return only_with(dataset, code, None)


def only_with(dataset: Dataset, code: str, articles: Path | Sequence[Path] | None) -> Violation:
    (violation,) = [v for v in validate(dataset, articles) if v.code == code]
    return violation


def with_references(dataset: Dataset, *facts: ReferenceFact) -> Dataset:
    return dataset.evolve(references=[*dataset.references, *facts])


def signed_2018(on: str = "2018-08-26/2018-08-27") -> ReferenceFact:
    """A reference fact dating the 2018 agreement's signing."""
    return ReferenceFact("ref-2018-signed", A18, ReferenceKind.SIGNED, date(on), "the reference")


def with_claims(dataset: Dataset, *added: Claim, drop: Iterable[str] = ()) -> Dataset:
    dropped = set(drop)
    return dataset.evolve(claims=[*(c for c in dataset.claims if c.id not in dropped), *added])


def changed_claim(dataset: Dataset, claim_id: str, **changes: Any) -> Dataset:
    return dataset.evolve(
        claims=[attrs.evolve(c, **changes) if c.id == claim_id else c for c in dataset.claims]
    )


def changed_agreement(dataset: Dataset, agreement_id: str, **changes: Any) -> Dataset:
    return dataset.evolve(
        agreements=[attrs.evolve(a, **changes) if a.id == agreement_id else a for a in dataset.agreements]
    )


def changed_actor(dataset: Dataset, actor_id: str, **changes: Any) -> Dataset:
    return dataset.evolve(
        actors=[attrs.evolve(a, **changes) if a.id == actor_id else a for a in dataset.actors]
    )


def changed_source(dataset: Dataset, source_id: str, **changes: Any) -> Dataset:
    return dataset.evolve(
        sources=[attrs.evolve(s, **changes) if s.id == source_id else s for s in dataset.sources]
    )


def changed_correction(dataset: Dataset, correction_id: str, **changes: Any) -> Dataset:
    return dataset.evolve(
        corrections=[attrs.evolve(c, **changes) if c.id == correction_id else c for c in dataset.corrections]
    )


def changed_event(dataset: Dataset, event_id: str, **changes: Any) -> Dataset:
    return dataset.evolve(
        events=[attrs.evolve(e, **changes) if e.id == event_id else e for e in dataset.events]
    )


VISIT_2020 = "evt-visit-2020"


def with_second_visit(dataset: Dataset) -> Dataset:
    """The dataset with Bagheri's July 2020 visit to Damascus beside Hatami's (``VISIT``), each claim backing it."""
    visit = Event(
        VISIT_2020,
        EventKind.VISIT,
        "Bagheri's visit",
        date=date("2020-07"),
        place="Damascus",
        participants=(Participant(BAG, Role.VISITOR),),
    )
    backing = (
        claim("clm-20-visit", VISIT_2020, Predicate.EVENT_KIND, EventKindValue(EventKind.VISIT), "x", S20),
        claim("clm-20-visit-date", VISIT_2020, Predicate.EVENT_DATE, DateValue(date("2020-07")), "x", S20),
        claim("clm-20-visit-place", VISIT_2020, Predicate.EVENT_PLACE, PlaceValue("Damascus"), "x", S20),
        claim(
            "clm-20-visit-bagheri",
            VISIT_2020,
            Predicate.PARTICIPANT,
            ParticipantValue(BAG, Role.VISITOR),
            "x",
            S20,
        ),
    )
    return dataset.evolve(events=[*dataset.events, visit], claims=[*dataset.claims, *backing])


@pytest.fixture
def article_dir(tmp_path: Path) -> Path:
    for source_id, text in ARTICLES.items():
        (tmp_path / FILES[source_id]).write_text(text, encoding="utf-8")
    return tmp_path


SHIPPED = iransyria.shipped()
