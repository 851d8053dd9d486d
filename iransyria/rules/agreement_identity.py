"""Agreement and event identity (IS2xx).

A claim attached to one agreement may describe another: the articles report
two similar Iran–Syria military agreements, and a fact filed under the wrong
one is the mistake no single record reveals (IS201). Who signs for whom is
part of an agreement's identity too: one signatory per party (IS202), in an
office of the party signed for (IS203). Events repeat the pattern: two visits
to Damascus two years apart, two signings (IS204).
"""

from __future__ import annotations

from collections.abc import Iterator

from iransyria.dates import Certainty, FuzzyDate
from iransyria.models import (
    ActorValue,
    Agreement,
    AgreementKindValue,
    AgreementValue,
    Claim,
    DateValue,
    Event,
    ParticipantValue,
    PlaceValue,
    Position,
    Predicate,
    ProvisionValue,
    RecordValue,
    Role,
    Standing,
)
from iransyria.rules.base import Severity, Violation, flag, register
from iransyria.rules.context import Context, describe_position, join_ids, place_key, position_key


def _contradicts(claim: Claim, agreement: Agreement) -> bool:
    """Whether the claim's value cannot be a field of ``agreement``'s record."""
    value = claim.value
    predicate = claim.predicate
    if predicate is Predicate.KIND and isinstance(value, AgreementKindValue):
        return value.kind is not agreement.kind
    if predicate is Predicate.PARTY and isinstance(value, ActorValue):
        return value.actor not in agreement.parties
    if predicate is Predicate.SIGNATORY and isinstance(value, ActorValue):
        return all(s.actor != value.actor for s in agreement.signatories)
    if predicate is Predicate.SIGNING_DATE and isinstance(value, DateValue):
        return agreement.signed is not None and agreement.signed.same_day(value.date) is Certainty.IMPOSSIBLE
    if predicate is Predicate.SIGNING_PLACE and isinstance(value, PlaceValue):
        return agreement.place is not None and place_key(agreement.place) != place_key(value.name)
    if predicate is Predicate.RELATED_TO and isinstance(value, AgreementValue):
        return value.agreement == agreement.id
    if predicate is Predicate.PROVISION and isinstance(value, ProvisionValue):
        return all(p.id != value.provision for p in agreement.provisions)
    return False


def provision_left_open(ctx: Context, claim: Claim) -> bool:
    """Whether the dataset leaves open that the claim's provision is its agreement's.

    It does when another report it weighs (an accepted or disputed claim, not
    this one) gives the same provision (by id) to the same agreement: the
    record's list of provisions then is not the last word, and a provision
    found only on another agreement's record identifies nothing.
    """
    value = claim.value
    if not isinstance(value, ProvisionValue):
        return False
    return any(
        other.id != claim.id
        and other.predicate is Predicate.PROVISION
        and other.standing in (Standing.ACCEPTED, Standing.DISPUTED)
        and isinstance(other.value, ProvisionValue)
        and other.value.provision == value.provision
        for other in ctx.claims_by_subject.get(claim.subject, ())
    )


def _content_reason(claim: Claim, agreement: Agreement, others: list[Agreement]) -> tuple[str, str]:
    """(field path, why) for a claim whose content fits ``others`` and contradicts ``agreement``."""
    at = f"claims[{claim.id}].value"
    a = agreement.id
    names = join_ids(b.id for b in others)
    value = claim.value
    if isinstance(value, ActorValue) and claim.predicate is Predicate.SIGNATORY:
        return (
            f"{at}.actor",
            f"signatory {value.actor} signed {join_ids((b.id for b in others), ' and ')}, not {a}",
        )
    if isinstance(value, ActorValue):
        return f"{at}.actor", f"{value.actor} is a party to {names}, not to {a}"
    if isinstance(value, DateValue):
        dates = " or ".join(f"{b.id}'s ({b.signed})" for b in others)
        return (
            f"{at}.date",
            f"signing date {value.date} cannot be {a}'s ({agreement.signed}) but can be {dates}",
        )
    if isinstance(value, PlaceValue):
        return f"{at}.name", f"signing place {value.name!r} is {names}'s, not {a}'s ({agreement.place!r})"
    if isinstance(value, ProvisionValue):
        return (
            f"{at}.provision",
            f"provision {value.provision} is {names}'s, not {a}'s",
        )
    if isinstance(value, AgreementKindValue):
        return (
            f"{at}.kind",
            f"kind {value.kind.value!r} is {names}'s, not {a}'s ({agreement.kind.value!r})",
        )
    assert isinstance(value, AgreementValue)
    kind = value.relation.value
    return f"{at}.agreement", f"{a} cannot be {kind} itself, while {names} is {kind} {a}"


#: A tuple, not a set: membership by identity, where a set hashes through Enum.__hash__ (Python code).
_CONTENT = (
    Predicate.KIND,
    Predicate.PARTY,
    Predicate.SIGNATORY,
    Predicate.SIGNING_DATE,
    Predicate.SIGNING_PLACE,
    Predicate.RELATED_TO,
    Predicate.PROVISION,
)


@register("IS201", "agreement-identity", Severity.ERROR)
def agreement_identity(ctx: Context) -> Iterator[Violation]:
    """A claim attached to agreement A must not describe another agreement B instead.

    ## What it checks
    That a claim attached to agreement A does not describe another agreement B
    instead. It does when its content fits B and contradicts A:

    - a `signatory` whose actor signed B (by B's record) but not A;
    - a `signing-date` that cannot be A's (`A.signed.same_day(value)` is
      impossible) but can be B's;
    - a `signing-place`, `kind` or `party` that is B's and cannot be A's (A gives
      another place or kind, or does not list the party);
    - a `related-to` claim relating A to itself while B holds that relation to A;
    - a `provision` that B's record lists and A's does not (the 2020 deal's air
      defence given to the 2018 one), unless another accepted or disputed claim
      gives A the same provision: then the dataset leaves it open;

    or when the claim's source was published *certainly* before A was signed
    (`source.published.before(A.signed)` is certain) while B was possibly signed
    by then. In that last case B is chosen among the agreements signed by then
    whose record holds the claim's value (a 2018 report of Ayyoub as signatory
    names the 2018 deal, not the January 2018 economic one); if none holds it,
    among those it does not contradict.

    Content A and B share (Ayyoub signed both real military agreements; both were
    signed in Damascus; both are between Iran and Syria) identifies nothing. Only
    accepted and disputed claims are judged: refuted and superseded claims are
    already marked wrong. One violation per claim; the path is the field of the
    first reason, `related` lists every B, and the message names B and gives
    every reason. Works in both directions (a 2018 fact reported on the 2020
    agreement and the reverse).

    ## Why
    The articles report two similar Iran–Syria military agreements two years
    apart, both signed in Damascus with Ayyoub signing for Syria; attaching a
    fact to the wrong one is the likeliest encoding mistake, and the one no
    single record can reveal.

    ## Example
    `claims[clm-20-bagheri].value.actor`: claim clm-20-bagheri on agr-2018 describes agr-2020: signatory per-bagheri signed agr-2020, not agr-2018

    `claims[clm-18-ayyoub].source`: claim clm-18-ayyoub on agr-2020 describes agr-2018: its source src-2018 (published 2018-08-28) certainly predates agr-2020's signing (2020-07-08), while agr-2018 (2018-08-26/2018-08-27) was signed by then

    `claims[clm-x-air].value.provision`: claim clm-x-air on agr-2018 describes agr-2020: provision prv-strengthening-syria-s-air-defence is agr-2020's, not agr-2018's
    """
    agreements = ctx.agreements
    sources = ctx.sources
    # Whether a source was certainly published before an agreement was signed: asked once
    # per source and agreement, not once per claim.
    predates: dict[tuple[str, str], FuzzyDate | None] = {}
    for claim in ctx.judged:
        agreement = agreements.get(claim.subject)
        if agreement is None:
            continue
        reasons: list[tuple[str, str]] = []
        described: set[str] = set()
        if (
            claim.predicate in _CONTENT
            and _contradicts(claim, agreement)
            and not provision_left_open(ctx, claim)
        ):
            others = [b for b in ctx.holding(claim) if b.id != agreement.id]
            if others:
                reasons.append(_content_reason(claim, agreement, others))
                described.update(b.id for b in others)
        pair = (claim.source, agreement.id)
        if pair in predates:
            published = predates[pair]
        else:
            source = sources.get(claim.source)
            published = None if source is None else source.published
            if (
                published is None
                or agreement.signed is None
                or published.before(agreement.signed) is not Certainty.CERTAIN
            ):
                published = None
            predates[pair] = published
        if published is not None:
            reported = {b.id for b in ctx.signed_by_then(published)} - {agreement.id}
            others = [b for b in ctx.holding(claim) if b.id in reported]
            if not others:
                others = [ctx.agreements[b] for b in sorted(reported)]
                others = [b for b in others if not _contradicts(claim, b)]
            if others:
                signed = " or ".join(f"{b.id} ({b.signed})" for b in others)
                reasons.append(
                    (
                        f"claims[{claim.id}].source",
                        f"its source {claim.source} (published {published}) certainly predates "
                        f"{agreement.id}'s signing ({agreement.signed}), while {signed} was signed by then",
                    )
                )
                described.update(b.id for b in others)
        if reasons:
            yield flag(
                "IS201",
                reasons[0][0],
                f"claim {claim.id} on {agreement.id} describes {join_ids(described)}: "
                + "; ".join(why for _, why in reasons),
                sorted(described),
            )


# A signatory statement: (the record's table, its id, the signatory's index on an agreement
# record, the agreement, the actor, the position, the party signed for). Its path is written
# (:func:`_statement_path`) only when a rule flags it.
_Statement = tuple[str, str, int, Agreement, str, Position, str]


def _statement_path(table: str, owner: str, index: int) -> str:
    if table == "claims":
        return f"claims[{owner}].value.position"
    return f"agreements[{owner}].signatories[{index}]"


def _signatory_statements(ctx: Context) -> list[_Statement]:
    """Every signatory on a record or in a judged claim (see :data:`_Statement`).

    A claim's party is the state whose office the signatory holds.
    """

    def compute() -> list[_Statement]:
        found: list[_Statement] = []
        for agreement in ctx.dataset.agreements:
            for i, signatory in enumerate(agreement.signatories):
                found.append(
                    (
                        "agreements",
                        agreement.id,
                        i,
                        agreement,
                        signatory.actor,
                        signatory.position,
                        signatory.party,
                    )
                )
        for claim in ctx.judged:
            if claim.predicate is not Predicate.SIGNATORY:
                continue
            value = claim.value
            signed = ctx.agreements.get(claim.subject)
            if signed is None or not isinstance(value, ActorValue) or value.position is None:
                continue
            found.append(("claims", claim.id, 0, signed, value.actor, value.position, value.position.of))
        return found

    return ctx.memo("signatory-statements", compute)


@register("IS202", "party-has-another-signatory", Severity.ERROR)
def party_has_another_signatory(ctx: Context) -> Iterator[Violation]:
    """A signatory claim does not give a party a second signatory of another office.

    ## What it checks
    That a judged `signatory` claim naming someone the agreement's record does
    not list, signing for a state (the holder of the office the claim gives),
    does not sit beside the record's signatory for that state in another
    office. The agreements here have one signatory per party.

    ## Why
    "Hatami signed the 2020 deal as defence minister" gives Iran a second
    signatory, while the record has Bagheri signing for Iran as Chief of Staff:
    one of them is wrong, and the record is backed by the sources.

    ## Example
    `claims[clm-x-hatami].value.position`: claim clm-x-hatami has per-hatami sign agr-2020 for state-iran as Minister of Defence (state-iran), but agr-2020's record has per-bagheri signing for state-iran as Chief of Staff (state-iran)
    """
    for table, claim_id, index, agreement, actor, position, party in _signatory_statements(ctx):
        if table != "claims":
            continue
        if any(s.actor == actor for s in agreement.signatories):
            continue
        for signatory in agreement.signatories:
            if signatory.party == party and position_key(signatory.position) != position_key(position):
                yield flag(
                    "IS202",
                    _statement_path(table, claim_id, index),
                    f"claim {claim_id} has {actor} sign {agreement.id} for {party} as "
                    f"{describe_position(position)}, but {agreement.id}'s record has {signatory.actor} "
                    f"signing for {party} as {describe_position(signatory.position)}",
                    (signatory.actor,),
                )


@register("IS203", "signatory-not-a-party-representative", Severity.ERROR)
def signatory_not_a_party_representative(ctx: Context) -> Iterator[Violation]:
    """A signatory signs in an office of a party to the agreement, for that party.

    ## What it checks
    On a record, that each signatory's office belongs to the party it signs
    for; in a judged `signatory` claim, that the office given belongs to one of
    the agreement's parties.

    ## Why
    A minister signs for the state whose minister he is. A signatory given an
    office of a third state (or a party signed for by another state's
    official) is a confusion of people or offices.

    ## Example
    `claims[clm-x-signer].value.position`: per-hatami signs agr-2018 as Minister of Defence (state-israel), an office of state-israel, which is not a party (state-iran, state-syria)
    """
    for table, owner, index, agreement, actor, position, party in _signatory_statements(ctx):
        if position.of not in agreement.parties:
            yield flag(
                "IS203",
                _statement_path(table, owner, index),
                f"{actor} signs {agreement.id} as {describe_position(position)}, an office of "
                f"{position.of}, which is not a party ({', '.join(agreement.parties)})",
                (position.of,),
            )
        elif position.of != party:
            yield flag(
                "IS203",
                _statement_path(table, owner, index),
                f"{actor} signs {agreement.id} for {party} as {describe_position(position)}, "
                f"an office of {position.of}",
                (position.of,),
            )


#: The roles that make a happening the one it is: who visits, signs, speaks or acts. Hosts,
#: attendees, audiences and targets are many, and one more of them identifies no other event.
DEFINING_ROLES = frozenset({Role.VISITOR, Role.SIGNATORY, Role.SPEAKER, Role.AGENT})


def event_holds(event: Event, claim: Claim) -> bool:
    """Whether ``event``'s record can hold the claim's date, place, defining participant or agreement."""
    value = claim.value
    if claim.predicate is Predicate.EVENT_DATE and isinstance(value, DateValue):
        return event.date is not None and event.date.same_day(value.date) is not Certainty.IMPOSSIBLE
    if claim.predicate is Predicate.EVENT_PLACE and isinstance(value, PlaceValue):
        return event.place is not None and place_key(event.place) == place_key(value.name)
    if claim.predicate is Predicate.PARTICIPANT and isinstance(value, ParticipantValue):
        return any((p.actor, p.role) == (value.actor, value.role) for p in event.participants)
    if claim.predicate is Predicate.CONCERNS and isinstance(value, RecordValue):
        return value.id in event.agreements
    return False


def event_contradicts(event: Event, claim: Claim) -> bool:
    """Whether the claim's value cannot be a field of ``event``'s record.

    A date that cannot be the same day, another place, another agreement
    (where the record names one), or another actor in a defining role the
    record already fills.
    """
    value = claim.value
    if claim.predicate is Predicate.EVENT_DATE and isinstance(value, DateValue):
        return event.date is not None and event.date.same_day(value.date) is Certainty.IMPOSSIBLE
    if claim.predicate is Predicate.EVENT_PLACE and isinstance(value, PlaceValue):
        return event.place is not None and place_key(event.place) != place_key(value.name)
    if claim.predicate is Predicate.PARTICIPANT and isinstance(value, ParticipantValue):
        filled = [p.actor for p in event.participants if p.role is value.role]
        return value.role in DEFINING_ROLES and bool(filled) and value.actor not in filled
    if claim.predicate is Predicate.CONCERNS and isinstance(value, RecordValue):
        return bool(event.agreements) and value.id not in event.agreements
    return False


def _event_reason(claim: Claim, event: Event, others: list[Event]) -> tuple[str, str]:
    """(field path, why) for a claim whose content fits ``others`` and contradicts ``event``."""
    at = f"claims[{claim.id}].value"
    e = event.id
    names = join_ids(f.id for f in others)
    value = claim.value
    if isinstance(value, DateValue):
        dates = " or ".join(f"{f.id}'s ({f.date})" for f in others)
        return f"{at}.date", f"date {value.date} cannot be {e}'s ({event.date}) but can be {dates}"
    if isinstance(value, PlaceValue):
        return f"{at}.name", f"place {value.name!r} is {names}'s, not {e}'s ({event.place!r})"
    if isinstance(value, ParticipantValue):
        role = value.role.value
        return f"{at}.actor", f"{value.actor} is {names}'s {role}, not {e}'s"
    assert isinstance(value, RecordValue)
    return f"{at}.id", f"{names} concerns {value.id}, {e} concerns {join_ids(event.agreements, ' and ')}"


def _events_by_kind(ctx: Context) -> dict[object, list[Event]]:
    def compute() -> dict[object, list[Event]]:
        found: dict[object, list[Event]] = {}
        for event in ctx.dataset.events:
            found.setdefault(event.kind, []).append(event)
        return found

    return ctx.memo("events-by-kind", compute)


@register("IS204", "event-identity", Severity.ERROR)
def event_identity(ctx: Context) -> Iterator[Violation]:
    """A claim attached to event A must not describe another event B of the same kind instead.

    ## What it checks
    That a judged claim on event A does not describe another event B of A's
    kind (another visit, another signing, another remark). It does when its
    content fits B's record and contradicts A's:

    - an `event-date` that cannot be A's (`A.date.same_day(value)` is
      impossible) but can be B's;
    - an `event-place` that is B's and not A's;
    - a `participant` in a role that makes the event what it is (visitor,
      signatory, speaker, agent) whom A's record does not have in that role,
      while A has someone else in it and B has this actor;
    - a `concerns` naming an agreement B concerns and A, which names its
      own, does not.

    Content A and B share (both visits were to Damascus; Ayyoub took part in
    both) identifies nothing, nor does a host, attendee or target more: a
    meeting has many. Only accepted and disputed claims are judged. The message
    names every B; `related` lists them. This is IS201 for events.

    ## Why
    The articles report happenings that repeat: Iran's defence minister in
    Damascus in 2018, its chief of staff in 2020, a signing each time. A fact
    of one filed under the other is the mistake no single record reveals;
    IS902 would only say the record lacks it, not where it belongs.

    ## Example
    `claims[clm-x-visitor].value.actor`: claim clm-x-visitor on evt-visit describes evt-visit-2020: per-bagheri is evt-visit-2020's visitor, not evt-visit's

    `claims[clm-x-when].value.date`: claim clm-x-when on evt-visit describes evt-visit-2020: date 2020-07 cannot be evt-visit's (2018-08) but can be evt-visit-2020's (2020-07)
    """
    index = ctx.dataset.event_index
    by_kind = _events_by_kind(ctx)
    if not index:
        return  # no events: no claim is on one
    for claim in ctx.judged:
        event = index.get(claim.subject)
        if event is None or not event_contradicts(event, claim):
            continue
        others = [f for f in by_kind.get(event.kind, []) if f.id != event.id and event_holds(f, claim)]
        if not others:
            continue
        path, why = _event_reason(claim, event, others)
        yield flag(
            "IS204",
            path,
            f"claim {claim.id} on {event.id} describes {join_ids(f.id for f in others)}: {why}",
            sorted(f.id for f in others),
        )
