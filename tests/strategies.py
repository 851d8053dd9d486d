"""Hypothesis strategies for iransyria: single values and whole, consistent datasets.

``datasets()`` builds datasets that satisfy every cross-record rule by
construction: references resolve, signatories hold their offices on the
signing date, sources are published after what they report, every agreement
field is backed by an accepted claim, corrections point at refuted or
superseded claims. Tests mutate them to make exactly one rule fire.
"""

from __future__ import annotations

import datetime as dt
import string
from typing import Any

from hypothesis import strategies as st

from iransyria.dataset import Dataset
from iransyria.dates import FuzzyDate, PartialDate
from iransyria.models import (
    Actor,
    ActorKind,
    ActorValue,
    Agreement,
    AgreementKind,
    AgreementValue,
    Alias,
    Attribution,
    AttributionKind,
    Claim,
    Correction,
    CorrectionKind,
    DateValue,
    Derivation,
    DerivationKind,
    EventValue,
    Evidence,
    Inference,
    OfficeHeld,
    PlaceValue,
    Position,
    Predicate,
    QuantityValue,
    Relation,
    RelationKind,
    Signatory,
    Source,
    SourceKind,
    SpanBasis,
    Standing,
    TextValue,
)
from iransyria.rules import normalize

# Printable text without surrogates; includes non-ASCII so quoting and
# escaping are exercised (curly quotes and Arabic-script names occur in news).
text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(
    lambda s: s.strip() != ""
)
slugs = st.text(alphabet=string.ascii_lowercase + string.digits, min_size=1, max_size=8)
hashes = st.text(alphabet="0123456789abcdef", min_size=64, max_size=64)


@st.composite
def partial_dates(draw: st.DrawFn, min_year: int = 1900, max_year: int = 2100) -> PartialDate:
    day = draw(st.dates(dt.date(min_year, 1, 1), dt.date(max_year, 12, 31)))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    if precision == "year":
        return PartialDate(day.year)
    if precision == "month":
        return PartialDate(day.year, day.month)
    return PartialDate.from_date(day)


@st.composite
def fuzzy_dates(draw: st.DrawFn, min_year: int = 1900, max_year: int = 2100) -> FuzzyDate:
    start = draw(partial_dates(min_year, max_year))
    if not draw(st.booleans()):
        return FuzzyDate(start)
    end = draw(partial_dates(start.latest.year, max(start.latest.year, max_year)))
    if end.latest <= start.latest or end.earliest < start.earliest:
        return FuzzyDate(start)
    return FuzzyDate(start, end)


def _spaced(value: str) -> str:
    """A text as IS603 compares a correction's before and after: runs of whitespace collapsed."""
    return " ".join(value.split())


def _day(value: dt.date) -> FuzzyDate:
    return FuzzyDate(PartialDate.from_date(value))


def _at_precision(value: dt.date, precision: str) -> FuzzyDate:
    if precision == "month":
        return FuzzyDate(PartialDate(value.year, value.month))
    if precision == "range" and value.day < 28:
        return FuzzyDate(PartialDate.from_date(value), PartialDate.from_date(value + dt.timedelta(days=1)))
    return _day(value)


def attributions(actor_ids: list[str]) -> st.SearchStrategy[Attribution]:
    return st.builds(
        Attribution,
        kind=st.sampled_from(AttributionKind),
        actor=st.none() | st.sampled_from(actor_ids),
        note=st.none() | text,
    )


def inferences() -> st.SearchStrategy[tuple[Inference, ...]]:
    return st.lists(st.builds(Inference, part=text, how=text), max_size=2, unique=True).map(tuple)


@st.composite
def datasets(draw: st.DrawFn, min_agreements: int = 1) -> Dataset:
    """A whole dataset that every rule accepts."""
    names = iter(draw(st.lists(slugs, min_size=24, max_size=24, unique=True)))
    # Actor names and aliases come from one pool, unique as the rules compare
    # them (case-folded), so that no name is shared by two actors (IS104).
    aliases_left = iter(draw(st.lists(text, min_size=24, max_size=24, unique_by=normalize)))

    states = [
        Actor(id=f"state-{next(names)}", kind=ActorKind.STATE, name=next(aliases_left))
        for _ in range(draw(st.integers(2, 3)))
    ]
    outlets = [
        Actor(id=f"outlet-{next(names)}", kind=ActorKind.OUTLET, name=next(aliases_left))
        for _ in range(draw(st.integers(1, 2)))
    ]
    state_ids = [state.id for state in states]
    n_agreements = draw(st.integers(min_agreements, 3))
    # One agreement per decade keeps signing dates and office spans well apart,
    # so that a claim moved to another agreement contradicts its new subject.
    years = sorted(draw(st.lists(st.integers(0, 9), min_size=n_agreements, max_size=n_agreements)))
    signings = [
        dt.date(1950 + 10 * i + offset, draw(st.integers(1, 12)), draw(st.integers(1, 28)))
        for i, offset in enumerate(years)
    ]

    persons: list[Actor] = []
    agreements: list[Agreement] = []
    claims: list[Claim] = []
    sources: list[Source] = []

    last_signing = signings[-1]
    for index in range(draw(st.integers(1, 3))):
        # At least a month after the last signing, so that even at month
        # precision a source is certainly published after what it reports.
        published = last_signing + dt.timedelta(days=draw(st.integers(32, 400)))
        outlet = draw(st.sampled_from([o.id for o in outlets]) | st.none())
        kind = draw(st.sampled_from(SourceKind))
        derived: tuple[Derivation, ...] = ()
        if kind is SourceKind.TRANSLATION:
            derived = (Derivation(DerivationKind.TRANSLATION_OF, outlets[0].id),)
        elif kind is SourceKind.REPUBLICATION:
            derived = (Derivation(DerivationKind.REPUBLICATION_OF, outlets[0].id),)
        elif draw(st.booleans()):
            derived = (Derivation(DerivationKind.RELAYS, outlets[-1].id),)
        sources.append(
            Source(
                id=f"src-{index}-{next(names)}",
                file=f"{index:03d}.txt",
                sha256=draw(hashes),
                title=draw(text),
                outlet=outlet,
                outlet_basis=draw(text),
                published=_at_precision(published, draw(st.sampled_from(["day", "month"]))),
                published_basis=draw(text),
                language=draw(st.sampled_from(["en", "ar", "fa"])),
                kind=kind,
                derived_from=derived,
            )
        )
    source_ids = [source.id for source in sources]
    actor_ids_for_attribution = [o.id for o in outlets]
    # Built once per dataset, not once per claim: building a strategy costs
    # more than drawing from it.
    claim_attributions = attributions(actor_ids_for_attribution)
    claim_inferences = inferences()
    claim_sources = st.sampled_from(source_ids)
    counter = iter(range(10_000))

    def claim(subject: str, predicate: Predicate, value: Any, **extra: Any) -> Claim:
        made = Claim(
            id=f"clm-{next(counter)}",
            source=extra.pop("source", None) or draw(claim_sources),
            subject=subject,
            predicate=predicate,
            value=value,
            attribution=draw(claim_attributions),
            quote=draw(text),
            inferences=draw(claim_inferences),
            **extra,
        )
        claims.append(made)
        return made

    for index, signed_on in enumerate(signings):
        parties = tuple(draw(st.permutations(state_ids))[:2])
        signatories = []
        for party in parties:
            position = Position(title=draw(text), of=party)
            # Spans start and end in other months than the signing, so that
            # at month precision the signing is certainly inside them.
            start = signed_on - dt.timedelta(days=draw(st.integers(32, 900)))
            end = signed_on + dt.timedelta(days=draw(st.integers(32, 900)))
            person = Actor(
                id=f"per-{next(names)}",
                kind=ActorKind.PERSON,
                name=next(aliases_left),
                aliases=tuple(
                    Alias(next(aliases_left), draw(st.none() | text)) for _ in range(draw(st.integers(0, 2)))
                ),
                offices=(
                    OfficeHeld(
                        position=position,
                        start=FuzzyDate(PartialDate(start.year, start.month)),
                        end=FuzzyDate(PartialDate(end.year, end.month)) if draw(st.booleans()) else None,
                        basis=SpanBasis.REFERENCE,
                        reference=draw(text),
                    ),
                ),
            )
            persons.append(person)
            signatories.append(Signatory(person.id, position, party))
        agreement_id = f"agr-{index}-{next(names)}"
        signed = _at_precision(signed_on, draw(st.sampled_from(["day", "month", "range"])))
        relations = (
            (Relation(draw(st.sampled_from(RelationKind)), agreements[-1].id),)
            if agreements and draw(st.booleans())
            else ()
        )
        agreement = Agreement(
            id=agreement_id,
            kind=draw(st.sampled_from(AgreementKind)),
            title=draw(text),
            parties=parties,
            signatories=tuple(signatories),
            signed=signed,
            place=draw(text),
            provisions=tuple(draw(st.lists(text, max_size=3, unique=True))),
            relations=relations,
        )
        agreements.append(agreement)
        claim(agreement_id, Predicate.KIND, TextValue(agreement.kind.value))
        for party in agreement.parties:
            claim(agreement_id, Predicate.PARTY, ActorValue(party))
        for signatory in agreement.signatories:
            claim(agreement_id, Predicate.SIGNATORY, ActorValue(signatory.actor, signatory.position))
        claim(agreement_id, Predicate.SIGNING_DATE, DateValue(signed))
        assert agreement.place is not None
        claim(agreement_id, Predicate.SIGNING_PLACE, PlaceValue(agreement.place))
        for provision in agreement.provisions:
            claim(agreement_id, Predicate.PROVISION, TextValue(provision))
        for relation in agreement.relations:
            claim(agreement_id, Predicate.RELATED_TO, AgreementValue(relation.target, relation.kind))

    # Context claims about actors: every value type appears.
    for person in persons:
        for office in person.offices:
            claim(person.id, Predicate.HOLDS_OFFICE, ActorValue(person.id, office.position))
        for alias in person.aliases:
            claim(person.id, Predicate.NAMED_AS, TextValue(alias.name))
    some_person = persons[0].id
    claim(some_person, Predicate.STATEMENT, TextValue(draw(text)))
    claim(
        state_ids[0],
        Predicate.EVENT,
        EventValue(draw(fuzzy_dates(1900, 1949)), draw(text), draw(st.none() | text)),
    )
    claim(
        state_ids[0],
        Predicate.QUANTITY,
        draw(
            st.builds(
                QuantityValue,
                unit=text,
                low=st.integers(0, 10**6),
                high=st.none(),
            )
            | st.builds(QuantityValue, unit=text, low=st.none(), high=st.integers(0, 10**6))
        ),
    )

    corrections: list[Correction] = []
    if draw(st.booleans()):
        # An editorial correction: a refuted office claim, kept and explained.
        target = claim(
            some_person,
            Predicate.HOLDS_OFFICE,
            ActorValue(some_person, Position(draw(text), state_ids[0])),
            standing=Standing.REFUTED,
        )
        wrong, right = draw(st.lists(text, min_size=2, max_size=2, unique_by=_spaced))
        corrections.append(
            Correction(
                id=f"cor-{next(names)}",
                kind=CorrectionKind.EDITORIAL,
                target=target.id,
                before=wrong,
                after=right,
                reason=draw(text),
                evidence=(Evidence(draw(st.sampled_from(source_ids)), draw(text)),),
            )
        )
    if draw(st.booleans()):
        # A publisher correction: the superseded version and its replacement, same source.
        source = sources[0]
        before, after = draw(st.lists(text, min_size=2, max_size=2, unique_by=_spaced))
        old = claim(
            some_person,
            Predicate.STATEMENT,
            TextValue(before),
            source=source.id,
            standing=Standing.SUPERSEDED,
        )
        new = claim(some_person, Predicate.STATEMENT, TextValue(after), source=source.id)
        corrections.append(
            Correction(
                id=f"cor-{next(names)}",
                kind=CorrectionKind.PUBLISHER,
                target=old.id,
                replacement=new.id,
                before=before,
                after=after,
                reason=draw(text),
                source=source.id,
                by=source.outlet,
                date=source.published,
            )
        )

    return Dataset(
        sources=sources,
        actors=[*states, *outlets, *persons],
        agreements=agreements,
        claims=claims,
        corrections=corrections,
    )
