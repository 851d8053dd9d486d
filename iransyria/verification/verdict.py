"""Judging one claim against a dataset: a verdict, the rules that fired, and the words that decide it.

:func:`verify` adds the claim to a copy of the dataset, as accepted, and runs
every rule (:func:`iransyria.rules.validate`) with and without it: the
violations only the claim brings are its findings. So ``verify`` and
``check`` can never disagree. A finding of error severity contradicts the
claim; then the records the dataset holds are looked up for support:

| verdict | when |
|---|---|
| `contradicted` | a rule reports an error the claim brings (IS201 another agreement, IS204 another event, IS404 out of office, IS305 wrong weekday, IS306 a date reference data rules out, IS501 a conflict, ...) |
| `supported` | no error, and the records certainly hold the claim (the agreement's or event's field, an office span containing the date, a reference fact dating it, accepted claims saying the same) |
| `not-established` | no error, but nothing certainly holds it: only possibly (a coarse date, a warning), or nothing says so |
| `not-checkable` | nothing in the dataset can judge it (a quoted statement, a free-text assertion) |

Every finding and every piece of evidence says how certain it is:
`certain` or `possible`.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

import attrs

from iransyria.dataset import Dataset
from iransyria.dates import Certainty
from iransyria.display import indefinite
from iransyria.models import (
    DAY_OF,
    ActorValue,
    Agreement,
    AgreementKindValue,
    AgreementValue,
    AttributionKind,
    Claim,
    DateValue,
    Event,
    ParticipantValue,
    PlaceValue,
    Predicate,
    ProvisionValue,
    ReferenceFact,
    Source,
    SourceKind,
    Standing,
    TextValue,
    dating_facts,
    days_of,
    normalize,
)
from iransyria.rules import Context, Severity, Violation, validate
from iransyria.rules.agreement_identity import event_identity, party_has_another_signatory
from iransyria.rules.base import registered
from iransyria.rules.context import describe_position, place_key, position_key
from iransyria.rules.corrections import repeats_corrected_claim
from iransyria.rules.identity import reference_kinds, references_resolve
from iransyria.rules.offices import (
    office_not_held_then,
    office_verdict,
    offices_then,
    signatory_out_of_office,
)
from iransyria.rules.support import unreflected_claim
from iransyria.rules.timing import (
    WEEKDAYS,
    claim_date,
    reference_date_mismatch,
    reference_place_mismatch,
    weekday_mismatch,
)
from iransyria.verification.event_facts import contains, event_against, event_support

__all__ = [
    "STATEMENT_SOURCE",
    "Evidence",
    "Finding",
    "Result",
    "Verdict",
    "as_claim",
    "verify",
]


class Verdict(enum.Enum):
    """What :func:`verify` concludes about a claim."""

    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    NOT_ESTABLISHED = "not-established"
    NOT_CHECKABLE = "not-checkable"


@attrs.define(frozen=True)
class Finding:
    """A rule that fired on the claim: an error contradicts it (certain), a warning leaves it open (possible)."""

    code: str
    name: str
    severity: str
    certainty: str
    path: str
    message: str
    related: tuple[str, ...] = ()


@attrs.define(frozen=True)
class Evidence:
    """A record that decides the verdict, with its verbatim words: a claim's quote, a span's reference."""

    record: str  # a claim id, an actor id (an office span), an agreement id, or 'calendar'
    source: str | None  # the source the quote is from; None for reference data and the calendar
    quote: str
    certainty: str  # 'certain' or 'possible'
    supports: bool  # True: it backs the claim; False: it contradicts it


@attrs.define(frozen=True)
class Result:
    """The answer of :func:`verify`."""

    verdict: Verdict
    claim: Claim
    reason: str
    findings: tuple[Finding, ...] = ()
    evidence: tuple[Evidence, ...] = ()


#: The source a statement given to :func:`verify` is attributed to, when it names none.
STATEMENT_SOURCE = Source(
    id="src-verify-statement",
    file="verify-statement.txt",
    sha256="0" * 64,
    title="A statement given to iransyria verify",
    outlet=None,
    outlet_basis="a statement to check, not a publication",
    published=None,
    published_basis="not published",
    language="en",
    kind=SourceKind.ORIGINAL,
)

_CLAIM_DEFAULTS: dict[str, Any] = {
    "id": "clm-verify-statement",
    "source": STATEMENT_SOURCE.id,
    "attribution": {"kind": AttributionKind.OUTLET.value},
    "quote": "the statement checked",
}

#: Predicates no rule can judge: what someone said, a free-text fact, a figure. (A provision is judged:
#: IS201 contradicts one that another agreement's record lists; one the records leave open is not established.)
UNCHECKABLE = frozenset({Predicate.STATEMENT, Predicate.ASSERTION, Predicate.QUANTITY})


def as_claim(value: Claim | Mapping[str, Any]) -> Claim:
    """A claim from a :class:`Claim` or a JSON object in the dataset's claim format.

    The object may leave out ``id``, ``source``, ``attribution`` and ``quote``:
    a statement to check has none of its own. Bad input raises
    :class:`~iransyria.errors.DataError` naming the field.
    """
    if isinstance(value, Claim):
        return value
    from iransyria.serialization import structure

    return structure({**_CLAIM_DEFAULTS, **value}, Claim)


def _with_claim(dataset: Dataset, claim: Claim) -> tuple[Dataset, Claim]:
    """The dataset with the claim added as accepted (renamed if its id is taken)."""
    if claim.id in dataset.claim_index:
        claim = attrs.evolve(claim, id="clm-verify-statement")
    claim = attrs.evolve(claim, standing=Standing.ACCEPTED, reason=None)
    sources = list(dataset.sources)
    if claim.source not in dataset.source_index:
        sources.append(attrs.evolve(STATEMENT_SOURCE, id=claim.source))
    return dataset.evolve(sources=sources, claims=[*dataset.claims, claim]), claim


def _key(violation: Violation) -> tuple[str, str, str]:
    return violation.code, violation.path, violation.message


# The violations of the last dataset judged: a fact-checker verifies many claims
# against one dataset, and its own violations need computing once.
_BASELINE: list[tuple[Dataset, frozenset[tuple[str, str, str]]]] = []


def _baseline(dataset: Dataset) -> frozenset[tuple[str, str, str]]:
    if not _BASELINE or _BASELINE[0][0] is not dataset:
        _BASELINE[:] = [(dataset, frozenset(_key(v) for v in validate(dataset)))]
    return _BASELINE[0][1]


def verify(
    claim_or_statement: Claim | Mapping[str, Any],
    dataset: Dataset | None = None,
    *,
    beside: Result | None = None,
) -> Result:
    """Judge a claim against ``dataset`` (the shipped one by default): verdict, findings, evidence.

    ``claim_or_statement`` is a :class:`Claim` or a JSON object in the
    dataset's claim format (see :func:`as_claim`); build one from names with
    :func:`iransyria.verification.statement`. ``beside`` is the result of
    another part of the same sentence: the findings it already has are not
    this claim's (the weekday of a date is judged apart from the date).
    """
    if dataset is None:
        from iransyria.data import shipped

        dataset = shipped()
    if not isinstance(claim_or_statement, Claim):
        from iransyria.verification.names import named_claim

        claim_or_statement = named_claim(dataset, claim_or_statement)
    claim = as_claim(claim_or_statement)
    before = _baseline(dataset)
    extended, claim = _with_claim(dataset, claim)
    rules = {rule.code: rule for rule in registered()}
    if beside is not None:
        before = before | {(f.code, f.path, f.message) for f in beside.findings}
    brought = [v for v in validate(extended) if _key(v) not in before]
    unknown = [v for v in brought if v.code in (references_resolve.code, reference_kinds.code)]
    if unknown:
        from iransyria.errors import DataError

        raise DataError([f"claim {claim.id}: {v.message}" for v in unknown])
    ctx = Context(extended)
    findings = tuple(
        Finding(
            v.code,
            rules[v.code].name,
            v.severity.value,
            "certain" if v.severity is Severity.ERROR else "possible",
            v.path,
            v.message,
            v.related,
        )
        for v in brought
        if v.code != unreflected_claim.code  # 'not reflected in the record': that is what support says
    )
    errors = [f for f in findings if f.severity == Severity.ERROR.value]
    if errors:
        against = tuple(e for v in brought if v.severity is Severity.ERROR for e in _against(ctx, claim, v))
        reason = "; ".join(f"{f.code} {f.message}" for f in errors)
        return Result(Verdict.CONTRADICTED, claim, reason, findings, _unique(against))
    certainty, support, why = _support(ctx, claim)
    if certainty is Certainty.CERTAIN and not findings:
        return Result(Verdict.SUPPORTED, claim, why, findings, support)
    if claim.predicate in UNCHECKABLE and not support:
        reason = f"no rule judges {indefinite(claim.predicate.value)} claim, and no record says the same"
        return Result(Verdict.NOT_CHECKABLE, claim, reason, findings, support)
    if findings:
        why = "; ".join(f"{f.code} {f.message}" for f in findings)
    return Result(Verdict.NOT_ESTABLISHED, claim, why, findings, support)


def _unique(evidence: tuple[Evidence, ...] | list[Evidence]) -> tuple[Evidence, ...]:
    return tuple(dict.fromkeys(evidence))


def _label(certainty: Certainty) -> str:
    return "certain" if certainty is Certainty.CERTAIN else "possible"


def _claims_saying(ctx: Context, subject: str, predicate: Predicate, but: str) -> list[Claim]:
    return [
        c
        for c in ctx.claims_by_subject.get(subject, ())
        if c.predicate is predicate and c.standing is Standing.ACCEPTED and c.id != but
    ]


def _quote(claim: Claim, certainty: str, supports: bool) -> Evidence:
    return Evidence(claim.id, claim.source, claim.quote, certainty, supports)


def _spans(ctx: Context, actor: str, key: tuple[str, str], certainty: str, supports: bool) -> list[Evidence]:
    record = ctx.actors.get(actor)
    if record is None:
        return []
    return [
        Evidence(
            actor,
            None,
            f"{describe_position(o.position)} from {o.start or '?'} to {o.end or 'open'}: "
            f"{o.reference or o.basis.value}",
            certainty,
            supports,
        )
        for o in record.offices
        if position_key(o.position) == key
    ]


def _against(ctx: Context, claim: Claim, violation: Violation) -> list[Evidence]:
    """The records whose words contradict the claim, for one error it brought."""
    found: list[Evidence] = []
    value = claim.value
    if (
        violation.code == repeats_corrected_claim.code
    ):  # the correction's evidence, not the corrected claim's words
        corrections = ctx.dataset.correction_index
        return [
            Evidence(c, e.source, e.quote, "certain", False)
            for c in violation.related
            if c in corrections
            for e in corrections[c].evidence
        ]
    for related in violation.related:
        other = ctx.claims.get(related)
        if other is not None:
            found.append(_quote(other, "certain", False))
        elif related in ctx.agreements and claim.predicate is not Predicate.SIGNATORY:
            found += [
                _quote(c, "certain", False)
                for c in _claims_saying(ctx, related, claim.predicate, claim.id)
                if _same_value(c, claim)
            ]
            if isinstance(value, ProvisionValue):  # the other agreement's record lists it
                found += [
                    Evidence(related, None, f"provision {p.id}: {p.summary}", "certain", False)
                    for p in ctx.agreements[related].provisions
                    if p.id == value.provision
                ]
        elif related in ctx.agreements and isinstance(value, ActorValue):
            found += [
                _quote(c, "certain", False)
                for c in _claims_saying(ctx, related, Predicate.SIGNATORY, claim.id)
                if isinstance(c.value, ActorValue) and c.value.actor == value.actor
            ]
        elif related in ctx.actors and isinstance(value, ActorValue) and value.position is not None:
            key = position_key(value.position)
            found += _spans(ctx, related, key, "certain", False)
            agreement = ctx.agreements.get(claim.subject)
            if violation.code == party_has_another_signatory.code and agreement is not None:
                found += [
                    _quote(c, "certain", False)
                    for c in _claims_saying(ctx, agreement.id, Predicate.SIGNATORY, claim.id)
                    if isinstance(c.value, ActorValue) and c.value.actor == related
                ]
    if violation.code == event_identity.code:
        found += [_quote(c, "certain", False) for c in event_against(ctx, claim, violation.related)]
    if violation.code in (reference_date_mismatch.code, reference_place_mismatch.code):
        facts = {f.id: f for f in ctx.dataset.references}
        found += [_reference(facts[r], "certain", False) for r in violation.related if r in facts]
    if violation.code == weekday_mismatch.code:
        date = claim_date(claim)
        if date is not None:
            days = ", ".join(
                f"{d} is a {WEEKDAYS[d.weekday()]}"
                for d in (date.earliest, date.latest)
                if (date.latest - date.earliest).days < 7
            )
            found.append(Evidence("calendar", None, f"the Gregorian calendar: {days}", "certain", False))
    if (
        violation.code in (signatory_out_of_office.code, office_not_held_then.code)
        and isinstance(value, ActorValue)
        and value.position is not None
    ):
        found += _spans(ctx, value.actor, position_key(value.position), "certain", False)
    return found


def _support(ctx: Context, claim: Claim) -> tuple[Certainty | None, tuple[Evidence, ...], str]:
    """How certainly the records hold the claim, the words that hold it, and why, in a line."""
    value = claim.value
    agreement = ctx.agreements.get(claim.subject)
    if agreement is not None:
        return _agreement_support(ctx, claim, agreement)
    event = ctx.dataset.event_index.get(claim.subject)
    if event is not None and claim.predicate is not Predicate.STATEMENT:
        certainty, backing, why = event_support(ctx, claim, event)
        evidence = [_quote(c, _label(how), True) for c, how in backing]
        facts = tuple(
            dict.fromkeys(
                (
                    *ctx.dataset.references_by_subject.get(event.id, ()),
                    *days_of(event, ctx.dataset.references_by_subject),
                )
            )
        )
        if isinstance(value, DateValue):
            by_facts, references, by_reference = _dated_by_reference(ctx, event, value)
            evidence += references
            days = [
                f for f in facts if f.kind in DAY_OF and contains(value.date, f.date) is Certainty.CERTAIN
            ]
            evidence += [_reference(f, "certain", True) for f in days]
            if certainty is not Certainty.CERTAIN and days:
                day = days[0]
                certainty = Certainty.CERTAIN
                why = f"{event.id} was under way on {day.date} ({day.kind.value}: {day.reference}): {value.date} certainly holds a day of it"
            elif by_facts is not None and (event.date is None or by_facts is Certainty.CERTAIN):
                certainty, why = by_facts, f"{event.id} happened {by_reference}"
        elif isinstance(value, PlaceValue):
            placed = [f for f in facts if f.place is not None and place_key(f.place) == place_key(value.name)]
            evidence += [_reference(f, "certain", True) for f in placed]
            if placed and certainty is not Certainty.CERTAIN:
                certainty, why = (
                    Certainty.CERTAIN,
                    f"{event.id} happened in {placed[0].place} ({placed[0].reference})",
                )
        elif isinstance(value, ParticipantValue):
            named = [f for f in facts if value.role in f.roles_of(value.actor)]
            evidence += [_reference(f, "certain", True) for f in named]
            if named and certainty is not Certainty.CERTAIN:
                why = f"{value.actor} is the {value.role.value} of {event.id} ({named[0].kind.value}: {named[0].reference})"
                certainty = Certainty.CERTAIN
        return certainty, _unique(evidence), why
    if claim.predicate is Predicate.HOLDS_OFFICE and isinstance(value, ActorValue) and value.position:
        key = position_key(value.position)
        saying = [
            c
            for c in _claims_saying(ctx, claim.subject, Predicate.HOLDS_OFFICE, claim.id)
            if isinstance(c.value, ActorValue) and c.value.position and position_key(c.value.position) == key
        ]
        first, last = claim.when
        if first is None and last is None:
            found = _unique(
                _spans(ctx, value.actor, key, "certain", True) + [_quote(c, "certain", True) for c in saying]
            )
            if found:
                return Certainty.CERTAIN, found, f"{value.actor} held {describe_position(value.position)}"
            return None, (), f"nothing records {value.actor} as {describe_position(value.position)}"
        verdict, known = office_verdict(ctx, value.actor, value.position, first, last)
        when = f"on {first}" if first == last else f"from {first or '?'} to {last or '?'}"
        if verdict is None:
            at = first or last
            held = [] if at is None else offices_then(ctx, value.actor, at)
            also = f"; held then: {', '.join(map(describe_position, held))}" if held else ""
            return (
                None,
                (),
                f"whether {value.actor} held {describe_position(value.position)} {when} is unknown: {known}{also}",
            )
        label = _label(verdict)
        evidence = _spans(ctx, value.actor, key, label, True)
        dated = [
            c
            for c in saying
            if c.point_in_time is not None and first is not None and c.point_in_time.same_day(first)
        ]
        evidence += [_quote(c, label, True) for c in dated]
        return (
            verdict,
            _unique(evidence),
            f"{value.actor} {verdict.value} held {describe_position(value.position)} {when}: {known}",
        )
    same = [c for c in _claims_saying(ctx, claim.subject, claim.predicate, claim.id) if _same_value(c, claim)]
    if same:
        return (
            Certainty.CERTAIN,
            tuple(_quote(c, "certain", True) for c in same),
            f"{len(same)} accepted claim(s) say the same",
        )
    if claim.predicate is Predicate.NAMED_AS and isinstance(value, TextValue):
        actor = ctx.actors.get(claim.subject)
        if actor is not None and normalize(value.text) in {normalize(n) for n in actor.names}:
            return (
                Certainty.CERTAIN,
                (Evidence(actor.id, None, value.text, "certain", True),),
                "a recorded name",
            )
    return None, (), "no record says the same"


def _reference(fact: ReferenceFact, certainty: str, supports: bool) -> Evidence:
    """A reference fact as evidence: its kind, date and place, in the words of its named reference."""
    return Evidence(fact.id, None, fact.summary(), certainty, supports)


def _dated_by_reference(
    ctx: Context, record: Agreement | Event, value: DateValue
) -> tuple[Certainty | None, list[Evidence], str]:
    """How certainly the reference facts dating ``record`` hold the date, those that may, and their dates.

    None when no reference fact dates it, or when one rules the date out (IS306 reports that).
    """
    facts = dating_facts(record, ctx.dataset.references_by_subject)
    held = [(f, _contains(value.date, f.date)) for f in facts]
    evidence = [_reference(f, _label(how), True) for f, how in held if how is not Certainty.IMPOSSIBLE]
    if not held or any(how is Certainty.IMPOSSIBLE for _, how in held):
        return None, evidence, ""
    certainty = Certainty.CERTAIN if all(how is Certainty.CERTAIN for _, how in held) else Certainty.POSSIBLE
    dates = " and ".join(f"{f.date} ({f.reference})" for f, _ in held)
    return certainty, evidence, f"{dates}: {value.date} {certainty.value} holds it"


def _same_value(a: Claim, b: Claim) -> bool:
    va, vb = a.value, b.value
    if isinstance(va, TextValue) and isinstance(vb, TextValue):
        return normalize(va.text) == normalize(vb.text)
    if isinstance(va, ProvisionValue) and isinstance(vb, ProvisionValue):
        return va.provision == vb.provision  # one provision, whatever each source's words
    return va == vb


_contains = contains


def _signed_facts(ctx: Context, agreement: Agreement) -> tuple[ReferenceFact, ...]:
    """The reference facts of the agreement's signing (its ``signed`` facts)."""
    return dating_facts(agreement, ctx.dataset.references_by_subject)


def _agreement_support(
    ctx: Context, claim: Claim, agreement: Agreement
) -> tuple[Certainty | None, tuple[Evidence, ...], str]:
    value = claim.value
    saying = _claims_saying(ctx, agreement.id, claim.predicate, claim.id)
    if isinstance(value, DateValue):
        known, references, by_reference = _dated_by_reference(ctx, agreement, value)
        if agreement.signed is None:
            quotes = tuple(
                _quote(c, "possible", True)
                for c in saying
                if isinstance(c.value, DateValue) and c.value.date.same_day(value.date)
            )
            if known is not None:
                return known, (*quotes, *references), f"{agreement.id} was signed {by_reference}"
            return None, quotes, f"{agreement.id}'s signing date is not established"
        certainty = _contains(value.date, agreement.signed)
        quotes = tuple(
            _quote(c, _label(_contains(value.date, c.value.date)), True)
            for c in saying
            if isinstance(c.value, DateValue)
            and _contains(value.date, c.value.date) is not Certainty.IMPOSSIBLE
        )
        return (
            certainty,
            (*quotes, *references),
            f"{agreement.id} was signed {agreement.signed}: {value.date} {certainty.value} holds it",
        )
    if isinstance(value, ActorValue) and claim.predicate is Predicate.SIGNATORY:
        signed = [s for s in agreement.signatories if s.actor == value.actor]
        quotes = tuple(
            _quote(c, "certain", True)
            for c in saying
            if isinstance(c.value, ActorValue) and c.value.actor == value.actor
        )
        if not signed:
            return None, quotes, f"{agreement.id}'s record does not list {value.actor} as a signatory"
        same_office = value.position is None or any(
            position_key(s.position) == position_key(value.position) for s in signed
        )
        if not same_office:
            office = ", ".join(describe_position(s.position) for s in signed)
            return Certainty.POSSIBLE, quotes, f"{value.actor} signed {agreement.id}, as {office}"
        facts = [f for f in _signed_facts(ctx, agreement) if value.actor in f.actors]
        if facts and not quotes:
            # Its record's signatory comes from the reference facts of its signing (rule IS701).
            named = "; ".join(f.reference for f in facts)
            evidence = tuple(_reference(f, "certain", True) for f in facts)
            return Certainty.CERTAIN, evidence, f"{value.actor} signed {agreement.id} ({named})"
        return (
            Certainty.CERTAIN,
            quotes,
            f"{value.actor} signed {agreement.id} (its record and {len(quotes)} accepted claim(s))",
        )
    if isinstance(value, PlaceValue):
        quotes = tuple(
            _quote(c, "certain", True)
            for c in saying
            if isinstance(c.value, PlaceValue) and normalize(c.value.name) == normalize(value.name)
        )
        if agreement.place is not None and normalize(agreement.place) == normalize(value.name):
            facts = [
                f
                for f in _signed_facts(ctx, agreement)
                if f.place and normalize(f.place) == normalize(value.name)
            ]
            if facts and not quotes:
                # Its record's place comes from the reference facts of its signing (rule IS701).
                evidence = tuple(_reference(f, "certain", True) for f in facts)
                named = "; ".join(f.reference for f in facts)
                return (
                    Certainty.CERTAIN,
                    evidence,
                    f"{agreement.id} was signed in {agreement.place} ({named})",
                )
            return Certainty.CERTAIN, quotes, f"{agreement.id} was signed in {agreement.place}"
        return None, quotes, f"{agreement.id}'s record gives no such place"
    if isinstance(value, ActorValue) and claim.predicate is Predicate.PARTY:
        quotes = tuple(_quote(c, "certain", True) for c in saying if c.value == value)
        if value.actor in agreement.parties:
            return Certainty.CERTAIN, quotes, f"{value.actor} is a party to {agreement.id}"
        return None, quotes, f"{value.actor} is not among {agreement.id}'s parties"
    if isinstance(value, AgreementValue):
        quotes = tuple(_quote(c, "certain", True) for c in saying if c.value == value)
        held = any(r.target == value.agreement and r.kind is value.relation for r in agreement.relations)
        return (
            (Certainty.CERTAIN if held else None),
            quotes,
            f"{agreement.id} {'is' if held else 'is not recorded as'} {value.relation.value} {value.agreement}",
        )
    quotes = tuple(_quote(c, "certain", True) for c in saying if _same_value(c, claim))
    if isinstance(value, AgreementKindValue) and claim.predicate is Predicate.KIND:
        held = value.kind is agreement.kind
        return (
            (Certainty.CERTAIN if held else None),
            quotes,
            f"{agreement.id} is {indefinite(agreement.kind.value)} agreement",
        )
    if isinstance(value, ProvisionValue) and claim.predicate is Predicate.PROVISION:
        held = value.provision in {p.id for p in agreement.provisions}
        return (
            (Certainty.CERTAIN if held else None),
            quotes,
            f"{'a' if held else 'not a'} recorded provision of {agreement.id}",
        )
    return (Certainty.CERTAIN if quotes else None), quotes, f"{len(quotes)} accepted claim(s) say the same"
