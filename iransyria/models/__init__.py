"""The records of the dataset: sources, actors, agreements, events, claims, corrections.

Every record is a frozen attrs value object. Field validators guard what one
record alone can get wrong (an id's form, an empty quote, an office span that
ends before it starts); what takes several records to judge lives in
:mod:`iransyria.rules`.

One module per record type (``source``, ``actor``, ``agreement``, ``event``, ``claim``,
``correction``); a claim's vocabulary is in ``predicates`` and its typed
values in ``values``; ``common`` holds id patterns and validators. Every
public name is re-exported here: ``from iransyria.models import Claim``.
"""

from __future__ import annotations

from iransyria.models.actor import (
    ACTOR_PREFIX,
    Actor,
    ActorKind,
    Alias,
    OfficeHeld,
    OfficeTitle,
    Position,
    SpanBasis,
)
from iransyria.models.agreement import Agreement, AgreementKind, Provision, Relation, RelationKind, Signatory
from iransyria.models.claim import Attribution, AttributionKind, Claim, Inference, Standing, subject_kind
from iransyria.models.common import ID_PATTERNS, expected_id, is_agreement_id, is_event_id, is_id, normalize
from iransyria.models.correction import Correction, CorrectionKind, Evidence
from iransyria.models.event import SPOKEN_KINDS, Event, EventKind, Participant, Role
from iransyria.models.predicates import (
    AGREEMENT_PREDICATES,
    EVENT_FIELD_PREDICATES,
    EVENT_PREDICATES,
    FIELD_PREDICATES,
    PREDICATE_VALUES,
    Predicate,
)
from iransyria.models.reference_fact import (
    DAY_OF,
    EVENT_DATING,
    ReferenceFact,
    ReferenceKind,
    dating_facts,
    days_of,
)
from iransyria.models.source import (
    FILE_NAME_PATTERN,
    LANGUAGE_PATTERN,
    SHA256_PATTERN,
    Derivation,
    DerivationKind,
    Source,
    SourceKind,
    is_bare_file_name,
)
from iransyria.models.values import (
    VALUE_TAGS,
    ActorValue,
    AgreementKindValue,
    AgreementValue,
    ClaimValue,
    DateValue,
    EventKindValue,
    ParticipantValue,
    PlaceValue,
    ProvisionValue,
    QuantityValue,
    RecordValue,
    StatementValue,
    TextValue,
    Wording,
)

__all__ = [
    "ACTOR_PREFIX",
    "AGREEMENT_PREDICATES",
    "DAY_OF",
    "EVENT_DATING",
    "EVENT_FIELD_PREDICATES",
    "EVENT_PREDICATES",
    "FIELD_PREDICATES",
    "FILE_NAME_PATTERN",
    "ID_PATTERNS",
    "LANGUAGE_PATTERN",
    "PREDICATE_VALUES",
    "SHA256_PATTERN",
    "SPOKEN_KINDS",
    "VALUE_TAGS",
    "Actor",
    "ActorKind",
    "ActorValue",
    "Agreement",
    "AgreementKind",
    "AgreementKindValue",
    "AgreementValue",
    "Alias",
    "Attribution",
    "AttributionKind",
    "Claim",
    "ClaimValue",
    "Correction",
    "CorrectionKind",
    "DateValue",
    "Derivation",
    "DerivationKind",
    "Event",
    "EventKind",
    "EventKindValue",
    "Evidence",
    "Inference",
    "OfficeHeld",
    "OfficeTitle",
    "Participant",
    "ParticipantValue",
    "PlaceValue",
    "Position",
    "Predicate",
    "Provision",
    "ProvisionValue",
    "QuantityValue",
    "RecordValue",
    "ReferenceFact",
    "ReferenceKind",
    "Relation",
    "RelationKind",
    "Role",
    "Signatory",
    "Source",
    "SourceKind",
    "SpanBasis",
    "Standing",
    "StatementValue",
    "TextValue",
    "Wording",
    "dating_facts",
    "days_of",
    "expected_id",
    "is_agreement_id",
    "is_bare_file_name",
    "is_event_id",
    "is_id",
    "normalize",
    "subject_kind",
]
