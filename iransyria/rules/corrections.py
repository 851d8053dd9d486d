"""Corrections (IS6xx).

A correction's target, replacement, source, author and evidence sources must
exist (checked by IS102).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from iransyria.models import (
    ActorValue,
    Claim,
    CorrectionKind,
    ParticipantValue,
    PlaceValue,
    Standing,
    TextValue,
)
from iransyria.rules.base import Severity, Violation, flag, register
from iransyria.rules.context import JUDGED, Context, fold_phrase, join_ids, place_key, position_key


@register("IS601", "corrected-claim-standing", Severity.ERROR)
def corrected_claim_standing(ctx: Context) -> Iterator[Violation]:
    """The claim a correction targets is refuted or superseded, not left accepted or disputed.

    ## What it checks
    That a correction's target is refuted or superseded.

    ## Why
    A corrected claim left accepted (or disputed) keeps counting as true.

    ## Example
    `corrections[cor-foreign].target`: correction cor-foreign corrects clm-18-hatami-foreign, which is still accepted
    """
    for correction in ctx.dataset.corrections:
        target = ctx.claims.get(correction.target)
        if target is not None and target.standing in JUDGED:
            yield flag(
                "IS601",
                f"corrections[{correction.id}].target",
                f"correction {correction.id} corrects {target.id}, which is still {target.standing.value}",
                (target.id,),
            )


@register("IS602", "publisher-correction-source", Severity.ERROR)
def publisher_correction_source(ctx: Context) -> Iterator[Violation]:
    """A publisher's correction comes from the source of the claim it corrects (and of its replacement).

    ## What it checks
    That a publisher's correction comes from the source of the claim it
    corrects, and of its replacement.

    ## Why
    A publisher corrects its own article; the corrected version is in that same
    article.

    ## Example
    `corrections[cor-companies].source`: publisher correction cor-companies comes from src-2018, but its replacement clm-20-iranian-companies from src-2020
    """
    for correction in ctx.dataset.corrections:
        if correction.kind is not CorrectionKind.PUBLISHER:
            continue
        for field, claim_id in (("target", correction.target), ("replacement", correction.replacement)):
            claim = None if claim_id is None else ctx.claims.get(claim_id)
            if claim is not None and claim.source != correction.source:
                yield flag(
                    "IS602",
                    f"corrections[{correction.id}].source",
                    f"publisher correction {correction.id} comes from {correction.source}, but its "
                    f"{field} {claim.id} from {claim.source}",
                    (claim.id,),
                )


@register("IS603", "correction-changes-something", Severity.ERROR)
def correction_changes_something(ctx: Context) -> Iterator[Violation]:
    """A correction's 'after' differs from its 'before' (ignoring only runs of whitespace).

    ## What it checks
    That `after` differs from `before` (ignoring only runs of whitespace; a
    change of case is a change).

    ## Why
    A correction that changes nothing is a mistake in the correction.

    ## Example
    `corrections[cor-foreign].after`: correction cor-foreign changes nothing: before and after are both 'Foreign Minister'
    """
    for correction in ctx.dataset.corrections:
        if " ".join(correction.before.split()) == " ".join(correction.after.split()):
            yield flag(
                "IS603",
                f"corrections[{correction.id}].after",
                f"correction {correction.id} changes nothing: before and after are both {correction.after!r}",
            )


def _strongly_connected(edges: dict[str, list[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components, iteratively, in O(V + E)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(root, iter(edges.get(root, ())))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            advanced = False
            for successor in successors:
                if successor not in index:
                    index[successor] = low[successor] = len(index)
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(edges.get(successor, ()))))
                    advanced = True
                    break
                if successor in on_stack:
                    low[node] = min(low[node], index[successor])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(component)
    return components


@register("IS604", "correction-loop", Severity.ERROR)
def correction_loop(ctx: Context) -> Iterator[Violation]:
    """Corrections never loop: following target -> replacement never returns to a claim already passed.

    ## What it checks
    That following corrections from target to replacement never returns to a
    claim already passed. Loops are found as strongly connected components of
    the target→replacement graph (Tarjan, O(V + E)); each loop is reported once,
    at the correction with the smallest id, with every correction in the loop in
    `related`.

    ## Why
    A loop leaves no claim standing as the corrected fact.

    ## Example
    `corrections[cor-back].replacement`: corrections loop through claims clm-20-iranian-companies, clm-20-syrian-companies: cor-back (clm-20-iranian-companies -> clm-20-syrian-companies), cor-companies (clm-20-syrian-companies -> clm-20-iranian-companies)
    """
    edges: defaultdict[str, list[str]] = defaultdict(list)
    by_edge: defaultdict[tuple[str, str], list[str]] = defaultdict(list)
    for correction in ctx.dataset.corrections:
        if correction.replacement is not None:
            edges[correction.target].append(correction.replacement)
            by_edge[correction.target, correction.replacement].append(correction.id)
    for component in _strongly_connected(edges):
        members = set(component)
        loop = sorted(
            (cid, target, replacement)
            for (target, replacement), ids in by_edge.items()
            if target in members and replacement in members
            for cid in ids
        )
        if not loop:
            continue
        steps = ", ".join(f"{cid} ({target} -> {replacement})" for cid, target, replacement in loop)
        yield flag(
            "IS604",
            f"corrections[{loop[0][0]}].replacement",
            f"corrections loop through claims {join_ids(members, ', ')}: {steps}",
            [cid for cid, _, _ in loop],
        )


@register("IS605", "unexplained-standing", Severity.ERROR)
def unexplained_standing(ctx: Context) -> Iterator[Violation]:
    """Every refuted or superseded claim has a correction targeting it, or states its reason.

    ## What it checks
    That every refuted or superseded claim has a correction targeting it or
    states its `reason`.

    ## Why
    Wrong claims are kept, not deleted; the dataset must say why each is wrong.

    ## Example
    `claims[clm-18-hatami-foreign].standing`: claim clm-18-hatami-foreign is refuted, but no correction targets it and it gives no reason
    """
    for claim in ctx.dataset.claims:
        standing = claim.standing
        if standing is Standing.ACCEPTED or standing is Standing.DISPUTED or claim.reason is not None:
            continue
        if claim.id not in ctx.corrections_by_target:
            yield flag(
                "IS605",
                f"claims[{claim.id}].standing",
                f"claim {claim.id} is {claim.standing.value}, but no correction targets it and it gives no reason",
            )


def _value_key(value: object) -> object:
    """A claim's value as compared by meaning: names and places folded, an office by its folded title."""
    if isinstance(value, TextValue):
        return fold_phrase(value.text)
    if isinstance(value, PlaceValue):
        return place_key(value.name)
    if isinstance(value, (ActorValue, ParticipantValue)):
        position = None if value.position is None else position_key(value.position)
        return (type(value).__name__, value.actor, getattr(value, "role", None), position)
    return value


def fact_key(claim: Claim, dated: bool = True) -> tuple[object, ...]:
    """The fact a claim states: its subject, predicate, value by meaning, and (``dated``) its point in time."""
    return (claim.subject, claim.predicate, _value_key(claim.value), claim.point_in_time if dated else None)


@register("IS606", "repeats-corrected-claim", Severity.ERROR)
def repeats_corrected_claim(ctx: Context) -> Iterator[Violation]:
    """A judged claim does not state a fact the dataset holds as refuted or superseded, with a correction.

    ## What it checks
    For every judged claim: that no refuted or superseded claim with a
    correction states the same fact, by meaning: the same subject and
    predicate, the same value as the rules fold it (names, places and office
    titles folded), and the same point in time (an undated corrected claim
    matches any). `related` is the corrected claim and its corrections.

    ## Why
    A wrong claim stays in the data, refuted, next to the correction that
    explains it; another source, or a statement given to `verify`, that
    repeats it is wrong for the same reason, and the correction says why.

    ## Example
    `claims[clm-x-hatami-fm].value`: claim clm-x-hatami-fm states what clm-18-hatami-foreign states, which cor-foreign corrects: Hatami was Minister of Defence.
    """
    corrected: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    for claim in ctx.dataset.claims:
        if claim.standing in (Standing.REFUTED, Standing.SUPERSEDED) and claim.id in ctx.corrections_by_target:
            corrected[fact_key(claim)].append(claim)
    if not corrected:
        return
    for claim in ctx.judged:
        found = corrected.get(fact_key(claim), []) + (
            corrected.get(fact_key(claim, dated=False), []) if claim.point_in_time is not None else []
        )
        for wrong in dict.fromkeys(found):
            corrections = ctx.corrections_by_target[wrong.id]
            yield flag(
                "IS606",
                f"claims[{claim.id}].value",
                f"claim {claim.id} states what {wrong.id} states, which {join_ids(c.id for c in corrections)} "
                f"corrects: {' '.join(c.reason for c in corrections)}",
                (wrong.id, *(c.id for c in corrections)),
            )
