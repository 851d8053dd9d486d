"""Support (IS7xx).

An agreement record is what the dataset resolves from its claims: each field
must be backed by an accepted claim, and each accepted claim about a field
must be reflected in the record.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from iransyria.dates import Certainty
from iransyria.models import (
    FIELD_PREDICATES,
    ActorValue,
    Agreement,
    AgreementKindValue,
    AgreementValue,
    Claim,
    DateValue,
    PlaceValue,
    Predicate,
    ProvisionValue,
    ReferenceFact,
    ReferenceKind,
    Standing,
)
from iransyria.queries import describe_value
from iransyria.rules.base import Severity, Violation, flag, register
from iransyria.rules.context import Context, describe_position, place_key, position_key


def _backs(claim: Claim, field: str, agreement: Agreement, index: int) -> bool:
    """Whether the claim states the value of the agreement's field (``index`` for list fields)."""
    value = claim.value
    if field == "kind":
        return isinstance(value, AgreementKindValue) and value.kind is agreement.kind
    if field == "parties":
        return isinstance(value, ActorValue) and value.actor == agreement.parties[index]
    if field == "signatories":
        signatory = agreement.signatories[index]
        return (
            isinstance(value, ActorValue)
            and value.actor == signatory.actor
            and value.position is not None
            and position_key(value.position) == position_key(signatory.position)
        )
    if field == "signed":
        return (
            isinstance(value, DateValue)
            and agreement.signed is not None
            and agreement.signed.same_day(value.date) is not Certainty.IMPOSSIBLE
        )
    if field == "place":
        return (
            isinstance(value, PlaceValue)
            and agreement.place is not None
            and place_key(value.name) == place_key(agreement.place)
        )
    if field == "provisions":
        return isinstance(value, ProvisionValue) and value.provision == agreement.provisions[index].id
    relation = agreement.relations[index]
    return (
        isinstance(value, AgreementValue)
        and value.agreement == relation.target
        and value.relation is relation.kind
    )


def _reference_backs(fact: ReferenceFact, field: str, agreement: Agreement, index: int) -> bool:
    """Whether a reference fact of the agreement's signing states the field's value.

    The signing's date, place and signatories are what a ``signed`` reference
    fact gives (its date, place and actors), each from its named reference:
    an agreement the articles misreport takes them from there, never from a guess.
    """
    if fact.kind is not ReferenceKind.SIGNED:
        return False
    if field == "signed":
        return (
            agreement.signed is not None and agreement.signed.same_day(fact.date) is not Certainty.IMPOSSIBLE
        )
    if field == "place":
        return (
            agreement.place is not None
            and fact.place is not None
            and place_key(fact.place) == place_key(agreement.place)
        )
    if field == "signatories":
        return agreement.signatories[index].actor in fact.actors
    return False


#: Where in a claim the value of each agreement field sits, for IS702's paths.
_VALUE_PATHS: dict[str, str] = {
    "kind": "value.kind",
    "parties": "value.actor",
    "signatories": "value.actor",
    "signed": "value.date",
    "place": "value.name",
    "provisions": "value.provision",
    "relations": "value.agreement",
}
_PREDICATE_FIELDS: dict[Predicate, str] = {predicate: field for field, predicate in FIELD_PREDICATES.items()}


def _field_count(agreement: Agreement, field: str) -> int:
    """How many entries of the field need backing (0 for an empty optional field)."""
    if field == "kind":
        return 1
    if field == "signed":
        return int(agreement.signed is not None)
    if field == "place":
        return int(agreement.place is not None)
    entries: tuple[Any, ...] = getattr(agreement, field)
    return len(entries)


def _field_entry(agreement: Agreement, field: str, index: int) -> tuple[str, str]:
    """(path suffix, description) of one entry of the field, written only for a violation."""
    if field == "kind":
        return "kind", f"kind {agreement.kind.value!r}"
    if field == "signed":
        return "signed", f"signing date {agreement.signed}"
    if field == "place":
        return "place", f"signing place {agreement.place!r}"
    if field == "parties":
        return f"parties[{index}]", f"party {agreement.parties[index]}"
    if field == "signatories":
        signatory = agreement.signatories[index]
        return (
            f"signatories[{index}]",
            f"signatory {signatory.actor} as {describe_position(signatory.position)}",
        )
    if field == "provisions":
        provision = agreement.provisions[index]
        return f"provisions[{index}]", f"provision {provision.id} ({provision.summary!r})"
    relation = agreement.relations[index]
    return f"relations[{index}]", f"relation {relation.kind.value} {relation.target}"


# (agreement, field, index, the claims on that field): every entry no accepted claim backs.
_Unsupported = list[tuple[Agreement, str, int, list[Claim]]]


def _support(ctx: Context) -> tuple[_Unsupported, set[int]]:
    """Which agreement entries no accepted claim backs (IS701), and which accepted claims back no entry (IS702).

    One pass over each agreement's accepted claims on each field serves both
    rules; the unreflected claims are kept by identity (``id``), as two claims
    may share an id.
    """

    def compute() -> tuple[_Unsupported, set[int]]:
        unsupported: _Unsupported = []
        unreflected: set[int] = set()
        by_key = ctx.claims_by_key
        for agreement in ctx.dataset.agreements:
            indexed = ctx.agreements.get(agreement.id) is agreement  # IS702 judges against this one
            for field, predicate in FIELD_PREDICATES.items():
                claims = by_key.get((agreement.id, predicate), [])
                entries = range(_field_count(agreement, field))
                backed = [False] * len(entries)
                for claim in claims:
                    if claim.standing is not Standing.ACCEPTED:
                        continue
                    reflected = False
                    for index in entries:
                        if _backs(claim, field, agreement, index):
                            backed[index] = reflected = True
                    if not reflected and indexed:
                        unreflected.add(id(claim))
                facts = ctx.dataset.references_by_subject.get(agreement.id, ())
                for index in entries:
                    if not backed[index] and not any(
                        _reference_backs(fact, field, agreement, index) for fact in facts
                    ):
                        unsupported.append((agreement, field, index, claims))
        return unsupported, unreflected

    return ctx.memo("support", compute)


@register("IS701", "unsupported-field", Severity.ERROR)
def unsupported_field(ctx: Context) -> Iterator[Violation]:
    """Every field of an agreement is backed by at least one accepted claim on that agreement.

    ## What it checks
    That every field of an agreement is backed by at least one *accepted* claim
    on that agreement: the kind; each party; each signatory with its position;
    the signing date (an accepted date claim that may be the same day, so
    "August 2018" backs "26 or 27 August 2018"); the place; each provision (by its
    id: each source words it its own way); each relation (target and kind). `related` lists claims that
    state the value but are not accepted.

    ## Why
    An agreement record is what the dataset resolves from the claims; a field no
    accepted claim states is invented.

    ## Example
    `agreements[agr-2018].place`: agr-2018's signing place 'Damascus' is backed by no accepted claim
    """
    for agreement, field, index, claims in _support(ctx)[0]:
        suffix, what = _field_entry(agreement, field, index)
        others = sorted(c.id for c in claims if _backs(c, field, agreement, index))
        only = f" (only {', '.join(others)}, not accepted)" if others else ""
        yield flag(
            "IS701",
            f"agreements[{agreement.id}].{suffix}",
            f"{agreement.id}'s {what} is backed by no accepted claim{only}",
            others,
        )


@register("IS702", "unreflected-claim", Severity.WARNING)
def unreflected_claim(ctx: Context) -> Iterator[Violation]:
    """An accepted claim about an agreement's field is reflected in the agreement's record.

    ## What it checks
    The converse of IS701: an accepted claim about an agreement field (kind,
    party, signatory with position, signing date, place, provision, relation)
    that the agreement's record does not have (for the date: that cannot be the
    same day). `related` is the agreement.

    ## Why
    Either the record is incomplete or the claim should not be accepted. (A
    claim attached to the wrong agreement is usually also caught, as an error,
    by IS201.)

    ## Example
    `claims[clm-x-provision].value.provision`: accepted claim clm-x-provision gives agr-2018 the provision prv-technology-exchange: 'technology exchange', which its record does not have
    """
    unreflected = _support(ctx)[1]
    if not unreflected:
        return
    for claim in ctx.dataset.claims:
        if id(claim) not in unreflected:
            continue
        field = _PREDICATE_FIELDS[claim.predicate]
        agreement = ctx.agreements[claim.subject]
        yield flag(
            "IS702",
            f"claims[{claim.id}].{_VALUE_PATHS[field]}",
            f"accepted claim {claim.id} gives {agreement.id} the {claim.predicate.value} "
            f"{describe_value(claim.value, quote=True)}, which its record does not have",
            (agreement.id,),
        )
