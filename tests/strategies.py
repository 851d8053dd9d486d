"""Hypothesis strategies for iransyria: single values and whole, consistent datasets.

``datasets()`` builds datasets that satisfy every cross-record rule by
construction: references resolve, signatories hold their offices on the
signing date, sources are published after what they report, every agreement
field is backed by an accepted claim, corrections point at refuted or
superseded claims. Tests mutate them to make exactly one rule fire.

They are not one-claim-per-field: fields have competing claims, as real
reporting does (a refuted kind, place or signatory office, explained by a
correction or a reason; a coarser, compatible signing date from another
source; a disputed pair of signing dates that contradict each other but not
the record), sources derive from one another in chains (a republication of a
translation), and figures have both bounds. So the ranking of values and the
counting of independent origins are exercised, not only the happy path.
"""

from __future__ import annotations

import datetime as dt
import string
from typing import Any

import attrs
from hypothesis import settings
from hypothesis import strategies as st

from iransyria.dataset import Dataset
from iransyria.dates import FuzzyDate, PartialDate, Precision
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
    Correction,
    CorrectionKind,
    DateValue,
    Derivation,
    DerivationKind,
    Event,
    EventKind,
    EventKindValue,
    Evidence,
    Inference,
    OfficeHeld,
    Participant,
    ParticipantValue,
    PlaceValue,
    Position,
    Predicate,
    Provision,
    ProvisionValue,
    QuantityValue,
    RecordValue,
    Relation,
    RelationKind,
    Role,
    Signatory,
    Source,
    SourceKind,
    SpanBasis,
    Standing,
    StatementValue,
    TextValue,
    Wording,
    normalize,
)
from iransyria.rules.context import place_key, position_key
from iransyria.rules.timing import named_weekdays

# Printable text without surrogates; includes non-ASCII so quoting and
# escaping are exercised (curly quotes and Arabic-script names occur in news).
#: Any non-blank text naming no weekday: hypothesis also draws the string constants of the modules
#: loaded (the extraction patterns' 'Monday'), and a weekday in a dated claim's words is IS305's to flag.
text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(
    lambda s: s.strip() != "" and not named_weekdays(s)
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
        note=_optional_text,
    )


def inferences() -> st.SearchStrategy[tuple[Inference, ...]]:
    return st.lists(st.builds(Inference, part=text, how=text), max_size=2, unique=True).map(tuple)


# Strategies used inside ``datasets`` are built once, here: building a strategy
# (and validating it on first draw) costs more than drawing from it.
_optional_text = st.none() | text
_booleans = st.booleans()
# Ids: at most 3 states, 2 outlets, 3 sources, 6 persons and 3 agreements.
_names = st.lists(slugs, min_size=17, max_size=17, unique=True)
# Actor names and aliases come from one pool, unique as the rules compare
# them (case-folded), so that no name is shared by two actors (IS104).
_actor_names = st.lists(text, min_size=24, max_size=24, unique_by=normalize)
_two_texts = st.lists(text, min_size=2, max_size=2, unique_by=normalize)
_before_after = st.lists(text, min_size=2, max_size=2, unique_by=_spaced)
_quotes = st.lists(text, min_size=1, max_size=4)
_inference_pool = st.lists(inferences(), min_size=1, max_size=3)
_provisions = st.lists(text, max_size=3, unique=True)
_published_precision = st.sampled_from(["day", "month"])
_signed_precision = st.sampled_from(["day", "month", "range"])
_languages = st.sampled_from(["en", "ar", "fa"])
#: A quote's optional character offset in its article.
_offsets = st.none() | st.integers(min_value=0, max_value=10**6)
#: A source's optional links: none, a URL, or a URL with its archive and access date.
_links = st.sampled_from(
    [
        {},
        {"url": "https://example.org/news/1"},
        {
            "url": "https://example.org/news/2?id=7",
            "archive_url": "https://web.archive.org/web/2020/https://example.org/news/2",
            "accessed": FuzzyDate.parse("2026-11-25"),
        },
    ]
)
_source_kinds = st.sampled_from(SourceKind)
_relation_kinds = st.sampled_from(RelationKind)
_agreement_kinds = st.sampled_from(AgreementKind)
_figures = st.integers(0, 10**6)
_quantities = (
    st.builds(QuantityValue, unit=text, low=_figures, high=st.none())
    | st.builds(QuantityValue, unit=text, low=st.none(), high=_figures)
    | st.builds(
        lambda unit, bounds: QuantityValue(unit, min(bounds), max(bounds)),
        text,
        st.tuples(_figures, _figures),
    )
)
_early_events = fuzzy_dates(1900, 1949)
_context_kinds = st.sampled_from(
    [
        EventKind.WAR,
        EventKind.INTERVENTION,
        EventKind.MILITARY_STRIKE,
        EventKind.LAW_IN_FORCE,
        EventKind.SANCTIONS,
    ]
)
_wordings = st.sampled_from(Wording)


def _coarser(signed: FuzzyDate) -> FuzzyDate:
    """A date that may be the same day as ``signed`` and is less precise, ending in its last month.

    Never a whole year: a source published later that same year would then
    possibly predate the date it reports (IS302), while every source here
    is certainly published after the signing month.
    """
    first = signed.start
    if first.precision is Precision.MONTH:  # the month before, and this one
        before = dt.date(first.year, first.month or 1, 1) - dt.timedelta(days=1)
        return FuzzyDate(PartialDate(before.year, before.month), PartialDate(first.year, first.month))
    return FuzzyDate(PartialDate(first.year, first.month))


def _disputed_days(signed: FuzzyDate) -> tuple[FuzzyDate, FuzzyDate] | None:
    """Two days that cannot be the same day, each of which may be ``signed``; None for a single day."""
    if signed.earliest == signed.latest:
        return None
    return _day(signed.earliest), _day(signed.latest)


@st.composite
def datasets(draw: st.DrawFn, min_agreements: int = 1, disputed: bool = False) -> Dataset:
    """A whole dataset that every rule accepts.

    ``disputed``: the first agreement certainly has a disputed pair of
    signing dates (so it is signed at month or range precision).
    """
    names = iter(draw(_names))
    aliases_left = iter(draw(_actor_names))

    states = [
        Actor(id=f"state-{next(names)}", kind=ActorKind.STATE, name=next(aliases_left))
        for _ in range(draw(st.integers(2, 3)))
    ]
    outlets = [
        Actor(id=f"outlet-{next(names)}", kind=ActorKind.OUTLET, name=next(aliases_left))
        for _ in range(draw(st.integers(1, 2)))
    ]
    outlet_ids = [o.id for o in outlets]
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
    corrections: list[Correction] = []

    last_signing = signings[-1]
    for index in range(draw(st.integers(1, 3))):
        # At least a month after the last signing, so that even at month
        # precision a source is certainly published after what it reports.
        published = last_signing + dt.timedelta(days=draw(st.integers(32, 400)))
        outlet = draw(st.sampled_from(outlet_ids) | st.none())
        # A source after a translation often republishes it: the chain whose
        # origin a single step of Source.origin gets wrong.
        chained = bool(sources) and sources[-1].kind is SourceKind.TRANSLATION and draw(_booleans)
        kind = SourceKind.REPUBLICATION if chained else draw(_source_kinds)
        derived: tuple[Derivation, ...] = ()
        if kind is SourceKind.ORIGINAL:
            if draw(_booleans):
                derived = (Derivation(DerivationKind.RELAYS, outlets[-1].id),)
        else:
            how = (
                DerivationKind.TRANSLATION_OF
                if kind is SourceKind.TRANSLATION
                else DerivationKind.REPUBLICATION_OF
            )
            if chained or (sources and draw(_booleans)):
                # Derived from the source before it, which may itself be derived.
                previous = sources[-1]
                named = previous.outlet if draw(_booleans) else None
                derived = (Derivation(how, named, previous.id),)
            else:
                derived = (Derivation(how, outlets[0].id),)
        sources.append(
            Source(
                id=f"src-{index}-{next(names)}",
                file=f"{index:03d}.txt",
                sha256=draw(hashes),
                title=draw(text),
                outlet=outlet,
                outlet_basis=draw(text),
                published=_at_precision(published, draw(_published_precision)),
                published_basis=draw(text),
                language=draw(_languages),
                kind=kind,
                derived_from=derived,
                **draw(_links),
            )
        )
    source_ids = [source.id for source in sources]
    # Per-claim draws come from small per-dataset pools: a dataset has dozens
    # of claims, and drawing each one's parts afresh dominated the cost.
    pick_attribution = st.sampled_from(draw(st.lists(attributions(outlet_ids), min_size=1, max_size=3)))
    pick_quote = st.sampled_from(draw(_quotes))
    pick_inferences = st.sampled_from(draw(_inference_pool))
    pick_source = st.sampled_from(source_ids)
    claim_ids = iter(range(10_000))
    correction_ids = iter(range(10_000))

    def claim(subject: str, predicate: Predicate, value: Any, **extra: Any) -> Claim:
        made = Claim(
            id=f"clm-{next(claim_ids)}",
            source=extra.pop("source", None) or draw(pick_source),
            subject=subject,
            predicate=predicate,
            value=value,
            attribution=draw(pick_attribution),
            quote=draw(pick_quote),
            inferences=draw(pick_inferences),
            offset=draw(_offsets),
            **extra,
        )
        claims.append(made)
        return made

    def refuted(subject: str, predicate: Predicate, value: Any, right: Claim | None = None) -> Claim:
        """A wrong claim, kept: explained by an editorial correction (replaced by ``right``) or a reason."""
        if draw(_booleans):
            return claim(subject, predicate, value, standing=Standing.REFUTED, reason=draw(text))
        wrong = claim(subject, predicate, value, standing=Standing.REFUTED)
        before, after = draw(_before_after)
        corrections.append(
            Correction(
                id=f"cor-{next(correction_ids)}",
                kind=CorrectionKind.EDITORIAL,
                target=wrong.id,
                replacement=None if right is None or not draw(_booleans) else right.id,
                before=before,
                after=after,
                reason=draw(text),
                evidence=(Evidence(draw(pick_source), draw(pick_quote), draw(_offsets)),),
            )
        )
        return wrong

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
                    Alias(next(aliases_left), draw(_optional_text)) for _ in range(draw(st.integers(0, 2)))
                ),
                offices=(
                    OfficeHeld(
                        position=position,
                        start=FuzzyDate(PartialDate(start.year, start.month)),
                        end=FuzzyDate(PartialDate(end.year, end.month)) if draw(_booleans) else None,
                        basis=SpanBasis.REFERENCE,
                        reference=draw(text),
                    ),
                ),
            )
            persons.append(person)
            signatories.append(Signatory(person.id, position, party))
        agreement_id = f"agr-{index}-{next(names)}"
        precision = draw(_signed_precision)
        if disputed and index == 0 and _disputed_days(_at_precision(signed_on, precision)) is None:
            precision = "month"
        signed = _at_precision(signed_on, precision)
        relations = (
            (Relation(draw(_relation_kinds), agreements[-1].id),) if agreements and draw(_booleans) else ()
        )
        # Two places that differ by meaning too (not only by accent or case: "G" and "Ĝ" are one place).
        place, other_place = draw(_two_texts.filter(lambda pair: place_key(pair[0]) != place_key(pair[1])))
        agreement = Agreement(
            id=agreement_id,
            kind=draw(_agreement_kinds),
            title=draw(text),
            parties=parties,
            signatories=tuple(signatories),
            signed=signed,
            place=place,
            provisions=tuple(Provision(f"prv-p{i}", t) for i, t in enumerate(draw(_provisions))),
            relations=relations,
        )
        agreements.append(agreement)

        # The claims that back each field, and the claims that compete with them.
        kind_claim = claim(agreement_id, Predicate.KIND, AgreementKindValue(agreement.kind))
        if draw(_booleans):
            other_kind = next(k for k in AgreementKind if k is not agreement.kind)
            refuted(agreement_id, Predicate.KIND, AgreementKindValue(other_kind), kind_claim)
        for party in agreement.parties:
            claim(agreement_id, Predicate.PARTY, ActorValue(party))
        for signatory in agreement.signatories:
            backing = claim(
                agreement_id, Predicate.SIGNATORY, ActorValue(signatory.actor, signatory.position)
            )
            if draw(_booleans):  # the right signatory in the wrong office: another office by meaning (IS606)
                right_office = position_key(signatory.position)
                title = draw(
                    text.filter(
                        lambda t, p=signatory.party, r=right_office: position_key(Position(t, p)) != r
                    )
                )
                wrong_office = Position(title, signatory.party)
                refuted(agreement_id, Predicate.SIGNATORY, ActorValue(signatory.actor, wrong_office), backing)
        date_claim = claim(agreement_id, Predicate.SIGNING_DATE, DateValue(signed))
        if draw(_booleans):  # less precise, but may be the same day: it backs the record too
            others = [s for s in source_ids if s != date_claim.source] or source_ids
            claim(
                agreement_id,
                Predicate.SIGNING_DATE,
                DateValue(_coarser(signed)),
                source=draw(st.sampled_from(others)),
            )
        days = _disputed_days(signed)
        if days is not None and (draw(_booleans) or (disputed and index == 0)):
            # Two reports that contradict each other, each compatible with the
            # record: neither is settled, so both are disputed.
            for day in days:
                claim(
                    agreement_id,
                    Predicate.SIGNING_DATE,
                    DateValue(day),
                    standing=Standing.DISPUTED,
                    reason=draw(text),
                )
        place_claim = claim(agreement_id, Predicate.SIGNING_PLACE, PlaceValue(place))
        if draw(_booleans):
            refuted(agreement_id, Predicate.SIGNING_PLACE, PlaceValue(other_place), place_claim)
        for provision in agreement.provisions:
            claim(agreement_id, Predicate.PROVISION, ProvisionValue(provision.id, provision.summary))
        for relation in agreement.relations:
            claim(agreement_id, Predicate.RELATED_TO, AgreementValue(relation.target, relation.kind))

    # Context claims about actors: every value type appears.
    for person in persons:
        for office in person.offices:
            claim(person.id, Predicate.HOLDS_OFFICE, ActorValue(person.id, office.position))
        for alias in person.aliases:
            claim(person.id, Predicate.NAMED_AS, TextValue(alias.name))
    some_person = persons[0].id
    claim(state_ids[0], Predicate.QUANTITY, draw(_quantities))

    # Events: a visit framing the first signing (reported by every source, at
    # different precisions), the signing itself (its fields are its
    # agreement's), a remark made during the visit (one wording per source),
    # and a dated context event.
    events: list[Event] = []
    first = agreements[0]
    visitor = first.signatories[0]
    visit = Event(
        id="evt-visit",
        kind=EventKind.VISIT,
        title=draw(text),
        date=first.signed,
        place=first.place,
        participants=(Participant(visitor.actor, Role.VISITOR, visitor.position),),
        agreements=(first.id,),
    )
    events.append(visit)
    for number, source_id in enumerate(source_ids):
        claim(visit.id, Predicate.EVENT_KIND, EventKindValue(EventKind.VISIT), source=source_id)
        assert first.signed is not None and first.place is not None
        reported = first.signed if number == 0 else _coarser(first.signed)
        claim(visit.id, Predicate.EVENT_DATE, DateValue(reported), source=source_id)
        # The first source gives the office; the others may leave it out.
        held = visitor.position if number == 0 or draw(_booleans) else None
        claim(
            visit.id,
            Predicate.PARTICIPANT,
            ParticipantValue(visitor.actor, Role.VISITOR, held),
            source=source_id,
        )
        if number == 0:
            claim(visit.id, Predicate.EVENT_PLACE, PlaceValue(first.place), source=source_id)
            claim(visit.id, Predicate.CONCERNS, RecordValue(first.id), source=source_id)
    if draw(_booleans):
        signing = Event(
            id="evt-signing",
            kind=EventKind.SIGNING,
            title=draw(text),
            date=first.signed,
            place=first.place,
            participants=tuple(Participant(s.actor, Role.SIGNATORY, s.position) for s in first.signatories),
            agreements=(first.id,),
            part_of=visit.id,
        )
        events.append(signing)
        claim(signing.id, Predicate.PART_OF, RecordValue(visit.id))
    remark = Event(
        id="evt-remark",
        kind=EventKind.STATEMENT,
        title=draw(text),
        participants=(Participant(visitor.actor, Role.SPEAKER),),
        part_of=visit.id,
    )
    events.append(remark)
    for source_id in source_ids:
        claim(
            remark.id,
            Predicate.STATEMENT,
            StatementValue(visitor.actor, draw(text), draw(_wordings)),
            source=source_id,
        )
    claim(remark.id, Predicate.PART_OF, RecordValue(visit.id))
    context = Event(
        id="evt-context",
        kind=draw(_context_kinds),
        title=draw(text),
        date=draw(_early_events),
        participants=(Participant(state_ids[0], Role.AGENT),),
    )
    events.append(context)
    claim(context.id, Predicate.EVENT_KIND, EventKindValue(context.kind))
    claim(context.id, Predicate.EVENT_DATE, DateValue(context.date))
    claim(context.id, Predicate.PARTICIPANT, ParticipantValue(state_ids[0], Role.AGENT))

    if draw(_booleans):
        # A refuted office claim, kept and explained: an office the person is not said elsewhere to hold
        # (one claim both accepted and corrected is inconsistent data: IS606).
        held = {
            position_key(c.value.position)
            for c in claims
            if c.subject == some_person
            and c.predicate is Predicate.HOLDS_OFFICE
            and isinstance(c.value, ActorValue)
            and c.value.position is not None
        }
        title = draw(text.filter(lambda t: position_key(Position(t, state_ids[0])) not in held))
        refuted(some_person, Predicate.HOLDS_OFFICE, ActorValue(some_person, Position(title, state_ids[0])))
    if draw(_booleans):
        # A publisher correction: the superseded version and its replacement, same source.
        source = sources[0]
        # The superseded wording is none a source is still said to have said: a judged claim stating
        # a corrected fact is inconsistent data (IS606).
        said = {c.value for c in claims if c.subject == remark.id and c.predicate is Predicate.STATEMENT}
        before, after = draw(_before_after.filter(lambda pair: StatementValue(visitor.actor, pair[0]) not in said))
        old = claim(
            remark.id,
            Predicate.STATEMENT,
            StatementValue(visitor.actor, before),
            source=source.id,
            standing=Standing.SUPERSEDED,
        )
        new = claim(remark.id, Predicate.STATEMENT, StatementValue(visitor.actor, after), source=source.id)
        corrections.append(
            Correction(
                id=f"cor-{next(correction_ids)}",
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
        events=events,
    )


# --------------------------------------------------------------------------- verify: true and false claims
#
# Each strategy draws a true claim from a dataset's records and a false variant
# that changes one part of it, with the rule that must name the falsehood:
# (true claim, false claim, rule code).

VerifyCase = tuple[Claim, Claim, str]


def _statement(subject: str, predicate: Predicate, value: Any, quote: str, **extra: Any) -> Claim:
    return Claim(
        id="clm-verify-statement",
        source="src-verify-statement",
        subject=subject,
        predicate=predicate,
        value=value,
        attribution=Attribution(AttributionKind.OUTLET),
        quote=quote,
        **extra,
    )


def _other_case(name: str) -> st.SearchStrategy[str]:
    """The same name in another case or spacing: resolution must not care."""
    return st.sampled_from([name, name.upper(), name.lower(), f"  {name}  "])


@st.composite
def signatory_cases(draw: st.DrawFn, dataset: Dataset) -> VerifyCase:
    """Who signed which agreement: a record's signatory, moved to an agreement it did not sign."""
    pairs = [
        (a, s, b)
        for a in dataset.agreements
        for s in a.signatories
        for b in dataset.agreements
        if all(t.actor != s.actor for t in b.signatories)
    ]
    agreement, signatory, other = draw(st.sampled_from(pairs))
    value = ActorValue(signatory.actor, signatory.position)
    true = _statement(agreement.id, Predicate.SIGNATORY, value, "signed it")
    return true, attrs.evolve(true, subject=other.id), "IS201"


def _ruled_by(dataset: Dataset, agreement: str, field: str) -> str:
    """The rule a wrong signing date or place breaks: IS501 against the accepted claims giving the
    record's value, or, where only a reference fact gives it (IS701), IS306 or IS307 against that."""
    predicate = Predicate.SIGNING_DATE if field == "signed" else Predicate.SIGNING_PLACE
    claimed = any(
        c.predicate is predicate and c.standing is Standing.ACCEPTED
        for c in dataset.claims_by_subject.get(agreement, ())
    )
    if claimed:
        return "IS501"
    return "IS306" if field == "signed" else "IS307"


@st.composite
def signing_date_cases(draw: st.DrawFn, dataset: Dataset) -> VerifyCase:
    """When: a date that holds the signing (at its precision or coarser), and one days or years off."""
    agreement = draw(st.sampled_from([a for a in dataset.agreements if a.signed is not None]))
    signed = agreement.signed
    assert signed is not None
    year = signed.earliest.year
    candidates = [FuzzyDate.of(year), signed]
    if signed.earliest.month == signed.latest.month:
        candidates.append(FuzzyDate.of(year, signed.earliest.month))
    true = _statement(
        agreement.id, Predicate.SIGNING_DATE, DateValue(draw(st.sampled_from(candidates))), "then"
    )
    shift = draw(st.integers(min_value=1, max_value=2000)) * draw(st.sampled_from([-1, 1]))
    off = (signed.latest if shift > 0 else signed.earliest) + dt.timedelta(days=shift)
    return true, attrs.evolve(true, value=DateValue(_day(off))), _ruled_by(dataset, agreement.id, "signed")


@st.composite
def signing_place_cases(draw: st.DrawFn, dataset: Dataset) -> VerifyCase:
    """Where: the record's place in any case, and another city."""
    agreement = draw(st.sampled_from([a for a in dataset.agreements if a.place is not None]))
    assert agreement.place is not None
    place = draw(_other_case(agreement.place))
    true = _statement(agreement.id, Predicate.SIGNING_PLACE, PlaceValue(place), "there")
    other = draw(st.sampled_from(["Tehran", "Beirut", "Moscow", "Baghdad", "Aleppo"]))
    return true, attrs.evolve(true, value=PlaceValue(other)), _ruled_by(dataset, agreement.id, "place")


def _dated_offices(dataset: Dataset) -> list[tuple[Actor, OfficeHeld]]:
    return [
        (actor, office)
        for actor in dataset.actors
        for office in actor.offices
        if office.start is not None and office.end is not None
    ]


def _day_between(draw: st.DrawFn, first: dt.date, last: dt.date) -> dt.date:
    return first + dt.timedelta(days=draw(st.integers(min_value=0, max_value=(last - first).days)))


@st.composite
def office_cases(draw: st.DrawFn, dataset: Dataset) -> VerifyCase:
    """Who held which office at a date: a day inside a known span, and a day after its end or before its start."""
    actor, office = draw(st.sampled_from(_dated_offices(dataset)))
    assert office.start is not None and office.end is not None
    inside = _day_between(
        draw, office.start.latest + dt.timedelta(days=1), office.end.earliest - dt.timedelta(days=1)
    )
    value = ActorValue(actor.id, office.position)
    true = _statement(actor.id, Predicate.HOLDS_OFFICE, value, "held it", point_in_time=_day(inside))
    gap = dt.timedelta(days=draw(st.integers(min_value=1, max_value=3000)))
    outside = office.end.latest + gap if draw(st.booleans()) else office.start.earliest - gap
    return true, attrs.evolve(true, point_in_time=_day(outside)), "IS404"


@st.composite
def office_swap_cases(draw: st.DrawFn, dataset: Dataset) -> VerifyCase:
    """The office a source gives at a date: the one held then, and another man's office at that date."""
    pairs = [
        (a, o, b, p)
        for a, o in _dated_offices(dataset)
        for b, p in _dated_offices(dataset)
        if a.id != b.id
        and p.position.of == o.position.of
        and not any(normalize(x.position.title) == normalize(p.position.title) for x in a.offices)
        and _overlap_exists(o, p)
    ]
    actor, office, _, other = draw(st.sampled_from(pairs))
    assert office.start is not None and office.end is not None
    assert other.start is not None and other.end is not None
    first = max(office.start.latest, other.start.latest) + dt.timedelta(days=1)
    last = min(office.end.earliest, other.end.earliest) - dt.timedelta(days=1)
    when = _day(_day_between(draw, first, last))
    true = _statement(
        actor.id, Predicate.HOLDS_OFFICE, ActorValue(actor.id, office.position), "held", point_in_time=when
    )
    return true, attrs.evolve(true, value=ActorValue(actor.id, other.position)), "IS406"


def _overlap_exists(a: OfficeHeld, b: OfficeHeld) -> bool:
    assert a.start is not None and a.end is not None and b.start is not None and b.end is not None
    return max(a.start.latest, b.start.latest) + dt.timedelta(days=2) < min(a.end.earliest, b.end.earliest)


@st.composite
def weekday_cases(draw: st.DrawFn, dataset: Dataset) -> VerifyCase:
    """Which weekday: a dated office claim whose quote names the date's weekday, and one naming another."""
    actor, office = draw(st.sampled_from(_dated_offices(dataset)))
    assert office.start is not None and office.end is not None
    day = _day_between(
        draw, office.start.latest + dt.timedelta(days=1), office.end.earliest - dt.timedelta(days=1)
    )
    names = [day.strftime("%A")] + [
        d
        for d in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
        if d != day.strftime("%A")
    ]
    quote = draw(_other_case(f"on {names[0]}"))
    value = ActorValue(actor.id, office.position)
    true = _statement(actor.id, Predicate.HOLDS_OFFICE, value, quote, point_in_time=_day(day))
    return true, attrs.evolve(true, quote=f"on {draw(st.sampled_from(names[1:]))}"), "IS305"


@st.composite
def identity_cases(draw: st.DrawFn, dataset: Dataset) -> VerifyCase:
    """Which agreement a fact belongs to: its own agreement's signing date or kind, filed under another."""
    pairs = [
        (a, b)
        for a in dataset.agreements
        for b in dataset.agreements
        if a.id != b.id and a.signed is not None and b.signed is not None and not b.signed.same_day(a.signed)
    ]
    pairs += [(a, b) for a in dataset.agreements for b in dataset.agreements if a.kind is not b.kind]
    agreement, other = draw(st.sampled_from(pairs))
    if agreement.kind is other.kind:
        assert agreement.signed is not None
        value: Any = DateValue(agreement.signed)
        predicate = Predicate.SIGNING_DATE
    else:
        value, predicate = AgreementKindValue(agreement.kind), Predicate.KIND
    true = _statement(agreement.id, predicate, value, "that")
    return true, attrs.evolve(true, subject=other.id), "IS201"


#: The roles that make an event what it is; another actor in one of them is another event.
_DEFINING_ROLES = (Role.VISITOR, Role.SIGNATORY, Role.SPEAKER, Role.AGENT)


def _event_facts(dataset: Dataset) -> list[tuple[Event, Event, Predicate, Any]]:
    """(event, another event of its kind whose record contradicts it, predicate, the first's value).

    Signings are left out: their date, place and signatories are their
    agreement's, judged by the agreement-identity category.
    """
    found: list[tuple[Event, Event, Predicate, Any]] = []
    for a in dataset.events:
        for b in dataset.events:
            if a.id == b.id or a.kind is not b.kind or a.kind is EventKind.SIGNING:
                continue
            if (
                a.date is not None
                and b.date is not None
                and (a.date.latest < b.date.earliest or b.date.latest < a.date.earliest)
            ):
                found.append((a, b, Predicate.EVENT_DATE, DateValue(a.date)))
            if a.place is not None and b.place is not None and normalize(a.place) != normalize(b.place):
                found.append((a, b, Predicate.EVENT_PLACE, PlaceValue(a.place)))
            for p in a.participants:
                theirs = [q.actor for q in b.participants if q.role is p.role]
                if p.role in _DEFINING_ROLES and theirs and p.actor not in theirs:
                    found.append((a, b, Predicate.PARTICIPANT, ParticipantValue(p.actor, p.role)))
    return found


@st.composite
def event_identity_cases(draw: st.DrawFn, dataset: Dataset) -> VerifyCase:
    """Which event a fact belongs to: an event's date, place or visitor/speaker, filed under another of its kind."""
    facts = _event_facts(dataset)
    # Each kind of fact gets its share, however many of one the records offer.
    wanted = draw(st.sampled_from(sorted({f[2] for f in facts}, key=lambda p: p.value)))
    event, other, predicate, value = draw(st.sampled_from([f for f in facts if f[2] is wanted]))
    true = _statement(event.id, predicate, value, "that")
    return true, attrs.evolve(true, subject=other.id), "IS204"


def at_most(examples: int) -> settings:
    """Settings for a test whose examples are costly: ``examples``, or fewer where the profile asks fewer.

    The fast default profile stays fast, and the thorough one (CI) still runs the number the test names.
    """
    return settings(max_examples=min(examples, settings.default.max_examples))


# A sentence of several facts, as `verify` takes it in one call: the options naming a record and
# any of its facts, each true, and the one fact (if any) changed to a falsehood.

SentenceCase = tuple[dict[str, str], str | None]
_CITIES = ("Tehran", "Beirut", "Moscow", "Baghdad", "Aleppo")
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _weekdays(date: FuzzyDate) -> list[str]:
    span = (date.latest - date.earliest).days + 1
    return [_WEEKDAY_NAMES[(date.earliest + dt.timedelta(days=i)).weekday()] for i in range(min(span, 7))]


@st.composite
def agreement_sentences(draw: st.DrawFn, dataset: Dataset) -> SentenceCase:
    """An agreement's signatory, date (and weekday), place, any of them; one of them possibly made false.

    False: a signatory of another agreement only (IS201), a date days or years
    off (IS501), a weekday the date cannot fall on (IS305), another city (IS501).
    """
    agreement = draw(
        st.sampled_from(
            [a for a in dataset.agreements if a.signed is not None and a.place is not None and a.signatories]
        )
    )
    assert agreement.signed is not None and agreement.place is not None
    signatory = draw(st.sampled_from(agreement.signatories))
    person = dataset.actor_index[signatory.actor]
    facts = {
        "signatory": draw(_other_case(draw(st.sampled_from(person.names)))),
        "date": str(agreement.signed),
        "place": draw(_other_case(agreement.place)),
    }
    if agreement.signed.earliest == agreement.signed.latest:
        facts["weekday"] = _weekdays(agreement.signed)[0]
    chosen = draw(st.lists(st.sampled_from(sorted(facts)), min_size=1, unique=True))
    options = {
        "agreement": draw(st.sampled_from([agreement.id, agreement.title])),
        **{k: facts[k] for k in chosen},
    }
    falsified = draw(st.none() | st.sampled_from(chosen))
    if falsified == "signatory":
        others = [
            s.actor
            for b in dataset.agreements
            for s in b.signatories
            if all(t.actor != s.actor for t in agreement.signatories)
            and not (b.signed and agreement.signed and b.signed.same_day(agreement.signed))
        ]
        if not others:
            falsified = None
        else:
            options["signatory"] = dataset.actor_index[draw(st.sampled_from(others))].name
    elif falsified == "date":
        shift = draw(st.integers(min_value=3, max_value=2000)) * draw(st.sampled_from([-1, 1]))
        off = (agreement.signed.latest if shift > 0 else agreement.signed.earliest) + dt.timedelta(days=shift)
        options["date"] = off.isoformat()
        options.pop("weekday", None)
        if "weekday" in chosen:
            options["weekday"] = off.strftime("%A")
    elif falsified == "weekday":
        options["weekday"] = draw(
            st.sampled_from([d for d in _WEEKDAY_NAMES if d not in _weekdays(agreement.signed)])
        )
    elif falsified == "place":
        options["place"] = draw(
            st.sampled_from([c for c in _CITIES if normalize(c) != normalize(agreement.place)])
        )
    return options, falsified


@st.composite
def event_sentences(draw: st.DrawFn, dataset: Dataset) -> SentenceCase:
    """An event's date, place and defining participant (not a signing's: those are its agreement's), any of them;
    one possibly made false by another event of its kind (IS204)."""
    events = [
        e
        for e in dataset.events
        if e.kind is not EventKind.SIGNING and (e.date is not None or e.place is not None or e.participants)
    ]
    event = draw(st.sampled_from(events))
    facts: dict[str, str] = {}
    if event.date is not None:
        facts["date"] = str(event.date)
    if event.place is not None:
        facts["place"] = event.place
    defining = [p for p in event.participants if p.role in _DEFINING_ROLES]
    participant = draw(st.sampled_from(defining)) if defining else None
    if participant is not None:
        facts["participant"] = dataset.actor_index[participant.actor].name
        facts["role"] = participant.role.value
    keys = sorted(k for k in facts if k != "role")
    if not keys:
        facts["participant"] = dataset.actor_index[event.participants[0].actor].name
        facts["role"] = event.participants[0].role.value
        keys = ["participant"]
    chosen = draw(st.lists(st.sampled_from(keys), min_size=1, unique=True))
    options = {"event": event.id, **{k: facts[k] for k in chosen}}
    if "participant" in chosen:
        options["role"] = facts["role"]
    falsified = None
    contrary = {
        Predicate.EVENT_DATE: "date",
        Predicate.EVENT_PLACE: "place",
        Predicate.PARTICIPANT: "participant",
    }
    wrong = [(p, v) for a, b, p, v in _event_facts(dataset) if b.id == event.id and contrary[p] in chosen]
    if wrong and draw(st.booleans()):
        predicate, value = draw(st.sampled_from(wrong))
        falsified = contrary[predicate]
        if isinstance(value, DateValue):
            options["date"] = str(value.date)
        elif isinstance(value, PlaceValue):
            options["place"] = value.name
        else:
            options["participant"] = dataset.actor_index[value.actor].name
            options["role"] = value.role.value
    return options, falsified
