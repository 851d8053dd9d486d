"""What is disputed about an agreement, and why: honest labels, computed from the rules ``check`` runs.

'Disputed: yes' on an agreement reads as if the deal itself were contested,
when it may mean only that one article misnamed a signatory's office. A
:class:`Dispute` says which part of the agreement's reporting is contested,
by how many sources, and whether it is settled (a correction or a refutation)
or open, e.g. ``signatory's office misreported by 1 source; corrected``.

The disputes come from the claims' standings and corrections (as
:func:`iransyria.queries.conflicts` and
:func:`~iransyria.queries.signatory_conflicts` report them) and from the
violations of the same rules ``iransyria check`` runs (:func:`iransyria.rules.validate`): every error that
concerns the agreement or a claim about it, and every warning of the
conflicting-claims family (IS5xx). So a contradiction ``check`` finds is never
shown as undisputed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs

from iransyria.dataset import Dataset
from iransyria.models import FIELD_PREDICATES, Claim, Standing
from iransyria.queries import Conflict, conflicts, signatory_conflicts
from iransyria.rules.base import Severity, Violation, registered
from iransyria.rules.conflicts import conflicting_claims, half_settled_dispute
from iransyria.rules.timing import reference_date_mismatch

__all__ = ["FIELD_LABELS", "Dispute", "disputes", "summary"]

#: How a person names each field of an agreement.
FIELD_LABELS = {
    "kind": "kind",
    "parties": "party",
    "signatories": "signatory",
    "signed": "signing date",
    "place": "signing place",
    "provisions": "provision",
    "relations": "relation",
}
_FIELD_OF = {predicate: field for field, predicate in FIELD_PREDICATES.items()}
_CLAIM_PATH = re.compile(r"^claims\[([^\]]+)\]")

# Words for the rules whose findings are disputes; others show the rule's name.
_RULE_WORDS = {
    conflicting_claims.code: "accepted reports contradict each other",
    half_settled_dispute.code: "a disputed report conflicts with an accepted one",
    reference_date_mismatch.code: "reference data dates it otherwise",
}


@attrs.define(frozen=True)
class Dispute:
    """One contested part of an agreement's reporting.

    ``field`` is the agreement field concerned (``signed``, ``signatories``,
    ...); ``label`` says in one line what is disputed and how it stands;
    ``settled`` is True when a correction or refutation resolved it;
    ``reasons`` are the claims' and corrections' own explanations, or the
    rules' messages; ``codes`` the rules that flag it, as ``check`` reports
    them.
    """

    field: str
    label: str
    settled: bool
    claims: tuple[str, ...]
    reasons: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()


def _sources(claims: Iterable[Claim]) -> str:
    count = len({claim.source for claim in claims})
    return f"{count} source{'' if count == 1 else 's'}"


def _from_standings(agreement_id: str, data: Dataset) -> list[Dispute]:
    found: list[Dispute] = []
    by_field: dict[str, list[Conflict]] = {}
    for conflict in conflicts(agreement=agreement_id, dataset=data):
        if conflict.claim.subject == agreement_id and conflict.claim.predicate in _FIELD_OF:
            by_field.setdefault(_FIELD_OF[conflict.claim.predicate], []).append(conflict)
    for field in FIELD_LABELS:
        group = by_field.get(field, [])
        wrong = [c for c in group if c.claim.standing in (Standing.REFUTED, Standing.SUPERSEDED)]
        open_ = [c for c in group if c.claim.standing is Standing.DISPUTED]
        corrected_only = [c for c in group if c.claim.standing is Standing.ACCEPTED]
        name = FIELD_LABELS[field]
        if wrong:
            how = "corrected" if all(c.corrections for c in wrong) else "refuted"
            found.append(
                Dispute(
                    field,
                    f"{name} misreported by {_sources(c.claim for c in wrong)}; {how}",
                    True,
                    tuple(c.claim.id for c in wrong),
                    tuple(reason for c in wrong for reason in c.reasons),
                )
            )
        if open_:
            found.append(
                Dispute(
                    field,
                    f"{name} disputed by {_sources(c.claim for c in open_)}; unsettled",
                    False,
                    tuple(c.claim.id for c in open_),
                    tuple(reason for c in open_ for reason in c.reasons),
                )
            )
        if corrected_only:
            found.append(
                Dispute(
                    field,
                    f"{name} corrected in {_sources(c.claim for c in corrected_only)}",
                    True,
                    tuple(c.claim.id for c in corrected_only),
                    tuple(reason for c in corrected_only for reason in c.reasons),
                )
            )
    signatories = signatory_conflicts(agreement_id, data)
    if signatories:
        wrong = [c for c in signatories if c.claim.standing is not Standing.DISPUTED]
        open_ = [c for c in signatories if c.claim.standing is Standing.DISPUTED]
        for group, settled in ((wrong, True), (open_, False)):
            if not group:
                continue
            how = (
                "corrected" if all(c.corrections for c in group) else ("refuted" if settled else "unsettled")
            )
            verb = "misreported" if settled else "disputed"
            found.append(
                Dispute(
                    "signatories",
                    f"signatory's office {verb} by {_sources(c.claim for c in group)}; {how}",
                    settled,
                    tuple(c.claim.id for c in group),
                    tuple(reason for c in group for reason in c.reasons),
                )
            )
    return found


def _concerns(violation: Violation, agreement_id: str, data: Dataset) -> str | None:
    """The field of the agreement a violation concerns, '' for the record, None when unrelated."""
    if violation.path.startswith(f"agreements[{agreement_id}]"):
        rest = violation.path[len(f"agreements[{agreement_id}]") :].lstrip(".")
        return re.split(r"[.\[]", rest, maxsplit=1)[0] if rest else ""
    claim_ids = [m.group(1) for m in [_CLAIM_PATH.match(violation.path)] if m] + list(violation.related)
    for claim_id in claim_ids:
        claim = data.claim(claim_id)
        if isinstance(claim, Claim) and claim.subject == agreement_id:
            return _FIELD_OF.get(claim.predicate, "")
    if agreement_id in violation.related:
        return ""
    return None


def _from_rules(agreement_id: str, data: Dataset, violations: Sequence[Violation]) -> list[Dispute]:
    grouped: dict[tuple[str, str], list[Violation]] = {}
    families = {rule.code: rule.family for rule in registered()}
    for violation in violations:
        # Errors, and the conflicting-claims family's warnings too: they are disputes.
        if violation.severity is not Severity.ERROR and families.get(violation.code) != conflicting_claims.family:
            continue
        field = _concerns(violation, agreement_id, data)
        if field is not None:
            grouped.setdefault((field, violation.code), []).append(violation)
    found = []
    for (field, code), group in grouped.items():
        name = FIELD_LABELS.get(field, field or "the record")
        names = {rule.code: rule.name for rule in registered()}
        words = _RULE_WORDS.get(code, names.get(code, code))
        claims = sorted(
            {m.group(1) for v in group if (m := _CLAIM_PATH.match(v.path))}
            | {r for v in group for r in v.related if data.claim(r) is not None}
        )
        found.append(
            Dispute(
                field,
                f"{name} contested: {words} (check {code})",
                False,
                tuple(claims),
                tuple(v.message for v in group),
                (code,),
            )
        )
    return found


def disputes(agreement_id: str, dataset: Dataset, violations: Sequence[Violation]) -> tuple[Dispute, ...]:
    """What is disputed about the agreement and why; empty when nothing is.

    ``violations`` are the dataset's rule violations, as
    :func:`iransyria.rules.validate` returns them (``iransyria.rules.disputes``
    runs it for you); pass them to label many agreements with one run of the
    rules. Open disputes come first, then settled ones, each in field order.
    """
    found = _from_standings(agreement_id, dataset)
    found += _from_rules(agreement_id, dataset, violations)
    order = list(FIELD_LABELS)
    found.sort(key=lambda d: (d.settled, order.index(d.field) if d.field in order else len(order)))
    return tuple(found)


def summary(found: Sequence[Dispute], separator: str = "\n") -> str:
    """For a listing: 'no', or each dispute's label (open ones first), one per line."""
    return separator.join(dispute.label for dispute in found) if found else "no"
