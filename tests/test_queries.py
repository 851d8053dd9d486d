"""The query API, on the shipped data, on a small hand-built dataset and on generated ones."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import attrs
import pytest
from hypothesis import given

import iransyria
from iransyria import queries
from iransyria.data.actors import AYYOUB, BAGHERI, HATAMI
from iransyria.data.agreements import AGR_2018, AGR_2020, AGR_ECONOMIC
from iransyria.dataset import Dataset
from iransyria.dates import Certainty, FuzzyDate
from iransyria.models import (
    Actor,
    ActorKind,
    ActorValue,
    Agreement,
    AgreementKind,
    AgreementKindValue,
    AgreementValue,
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
    ReferenceKind,
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
)
from iransyria.serialization import dumps, loads
from tests.conftest import REPO
from tests.strategies import at_most, datasets

SHIPPED = iransyria.shipped()


# --------------------------------------------------------------------------- a small dataset
#
# Two agreements between Northland and Southland, reported by four sources:
# two independent originals, a translation of one of them, and a blog.


def _day(text: str) -> FuzzyDate:
    return FuzzyDate.parse(text)


NORTH_DEFENCE = Position("Minister of Defence", "state-north")
SOUTH_DEFENCE = Position("Minister of Defence", "state-south")
SMALL_AGREEMENT = "agr-pact-2012"
SMALL_FOLLOW_UP = "agr-pact-2014"
ROE_VISIT = "evt-roe-visit"
SOUTH_WAR = "evt-south-war"


def _source(id: str, outlet: str | None, published: str, **extra: Any) -> Source:
    return Source(
        id=id,
        file=f"{id}.txt",
        sha256="0" * 64,
        title=f"The report of {id}",
        outlet=outlet,
        outlet_basis="stated on the page",
        published=_day(published),
        published_basis="the page's dateline",
        language="en",
        kind=extra.pop("kind", SourceKind.ORIGINAL),
        **extra,
    )


def _claim(id: str, source: str, subject: str, predicate: Predicate, value: Any, **extra: Any) -> Claim:
    return Claim(
        id=id,
        source=source,
        subject=subject,
        predicate=predicate,
        value=value,
        attribution=extra.pop("attribution", Attribution(AttributionKind.OUTLET)),
        quote=extra.pop("quote", f"the words of {id}"),
        **extra,
    )


def small_dataset() -> Dataset:
    """A dataset every rule accepts, with a refuted claim and both kinds of correction."""
    actors = [
        Actor("state-north", ActorKind.STATE, "Northland"),
        Actor("state-south", ActorKind.STATE, "Southland"),
        Actor("outlet-daily", ActorKind.OUTLET, "The Daily"),
        Actor("outlet-wire", ActorKind.OUTLET, "Wire Agency"),
        Actor(
            "per-jane-roe",
            ActorKind.PERSON,
            "Jane Roe",
            offices=(
                OfficeHeld(
                    NORTH_DEFENCE, _day("2010-01"), _day("2015-12"), SpanBasis.REFERENCE, "a register"
                ),
            ),
        ),
        Actor(
            "per-john-doe",
            ActorKind.PERSON,
            "John Doe",
            offices=(
                OfficeHeld(
                    SOUTH_DEFENCE, _day("2009-06"), _day("2016-06"), SpanBasis.REFERENCE, "a register"
                ),
            ),
        ),
    ]
    sources = [
        _source("src-daily", "outlet-daily", "2014-06-10"),
        _source("src-wire", "outlet-wire", "2014-06-09"),
        _source(
            "src-daily-translation",
            None,
            "2014-06-11",
            kind=SourceKind.TRANSLATION,
            derived_from=(Derivation(DerivationKind.TRANSLATION_OF, "outlet-daily", "src-daily"),),
        ),
        _source("src-blog", None, "2014-06-12"),
    ]
    agreements = [
        Agreement(
            id=SMALL_AGREEMENT,
            kind=AgreementKind.MILITARY_COOPERATION,
            title="Northland–Southland defence pact (2012)",
            parties=("state-north", "state-south"),
            signatories=(
                Signatory("per-jane-roe", NORTH_DEFENCE, "state-north"),
                Signatory("per-john-doe", SOUTH_DEFENCE, "state-south"),
            ),
            signed=_day("2012-03-08"),
            place="Harbour City",
            provisions=(Provision("prv-joint-exercises", "joint exercises"),),
        ),
        Agreement(
            id=SMALL_FOLLOW_UP,
            kind=AgreementKind.MILITARY_COOPERATION,
            title="Northland–Southland follow-up pact (2014)",
            parties=("state-north", "state-south"),
            signed=_day("2014-05"),
            relations=(Relation(RelationKind.FOLLOWS, SMALL_AGREEMENT),),
        ),
    ]
    a, b = SMALL_AGREEMENT, SMALL_FOLLOW_UP
    claims = [
        _claim(
            "clm-kind", "src-wire", a, Predicate.KIND, AgreementKindValue(AgreementKind.MILITARY_COOPERATION)
        ),
        _claim("clm-party-north", "src-wire", a, Predicate.PARTY, ActorValue("state-north")),
        _claim("clm-party-south", "src-wire", a, Predicate.PARTY, ActorValue("state-south")),
        _claim(
            "clm-signatory-roe", "src-wire", a, Predicate.SIGNATORY, ActorValue("per-jane-roe", NORTH_DEFENCE)
        ),
        _claim(
            "clm-signatory-doe", "src-wire", a, Predicate.SIGNATORY, ActorValue("per-john-doe", SOUTH_DEFENCE)
        ),
        # The signing date: the wire and the blog agree on the day; the daily
        # and its translation give the month; nobody contradicts anybody.
        _claim("clm-date-wire", "src-wire", a, Predicate.SIGNING_DATE, DateValue(_day("2012-03-08"))),
        _claim("clm-date-blog", "src-blog", a, Predicate.SIGNING_DATE, DateValue(_day("2012-03-08"))),
        _claim("clm-date-daily", "src-daily", a, Predicate.SIGNING_DATE, DateValue(_day("2012-03"))),
        _claim(
            "clm-date-translation",
            "src-daily-translation",
            a,
            Predicate.SIGNING_DATE,
            DateValue(_day("2012-03")),
        ),
        _claim("clm-place", "src-daily", a, Predicate.SIGNING_PLACE, PlaceValue("Harbour City")),
        _claim(
            "clm-provision",
            "src-daily",
            a,
            Predicate.PROVISION,
            ProvisionValue("prv-joint-exercises", "joint exercises"),
        ),
        # Jane Roe's office: the blog got it wrong, an editor corrected it.
        _claim(
            "clm-roe-defence",
            "src-wire",
            "per-jane-roe",
            Predicate.HOLDS_OFFICE,
            ActorValue("per-jane-roe", NORTH_DEFENCE),
        ),
        _claim(
            "clm-roe-foreign",
            "src-blog",
            "per-jane-roe",
            Predicate.HOLDS_OFFICE,
            ActorValue("per-jane-roe", Position("Minister of Foreign Affairs", "state-north")),
            standing=Standing.REFUTED,
            reason="Jane Roe was Northland's Minister of Defence in 2012.",
        ),
        # Jane Roe's visit, reported by the wire and the blog: one event.
        _claim("clm-roe-visit", "src-wire", ROE_VISIT, Predicate.EVENT_KIND, EventKindValue(EventKind.VISIT)),
        _claim(
            "clm-roe-visit-blog", "src-blog", ROE_VISIT, Predicate.EVENT_KIND, EventKindValue(EventKind.VISIT)
        ),
        _claim(
            "clm-roe-visit-date",
            "src-wire",
            ROE_VISIT,
            Predicate.EVENT_DATE,
            DateValue(_day("2012-03-07/2012-03-08")),
        ),
        _claim(
            "clm-roe-visit-place", "src-blog", ROE_VISIT, Predicate.EVENT_PLACE, PlaceValue("Harbour City")
        ),
        _claim(
            "clm-roe-visit-roe",
            "src-wire",
            ROE_VISIT,
            Predicate.PARTICIPANT,
            ParticipantValue("per-jane-roe", Role.VISITOR, NORTH_DEFENCE),
        ),
        _claim(
            "clm-south-event",
            "src-daily",
            SOUTH_WAR,
            Predicate.PARTICIPANT,
            ParticipantValue("state-south", Role.BELLIGERENT),
        ),
        _claim(
            "clm-south-event-kind",
            "src-daily",
            SOUTH_WAR,
            Predicate.EVENT_KIND,
            EventKindValue(EventKind.WAR),
        ),
        _claim("clm-south-event-date", "src-daily", SOUTH_WAR, Predicate.EVENT_DATE, DateValue(_day("2011"))),
        # The daily first wrote 'Doe', then corrected itself to 'John Doe'.
        _claim(
            "clm-doe-named-old",
            "src-daily",
            "per-john-doe",
            Predicate.NAMED_AS,
            TextValue("J. Doe"),
            standing=Standing.SUPERSEDED,
        ),
        _claim("clm-doe-named-new", "src-daily", "per-john-doe", Predicate.NAMED_AS, TextValue("John Doe")),
        # The follow-up pact.
        _claim(
            "clm-b-kind",
            "src-daily",
            b,
            Predicate.KIND,
            AgreementKindValue(AgreementKind.MILITARY_COOPERATION),
        ),
        _claim("clm-b-party-north", "src-daily", b, Predicate.PARTY, ActorValue("state-north")),
        _claim("clm-b-party-south", "src-daily", b, Predicate.PARTY, ActorValue("state-south")),
        _claim("clm-b-date", "src-daily", b, Predicate.SIGNING_DATE, DateValue(_day("2014-05"))),
        _claim(
            "clm-b-follows",
            "src-daily",
            b,
            Predicate.RELATED_TO,
            AgreementValue(SMALL_AGREEMENT, RelationKind.FOLLOWS),
        ),
    ]
    corrections = [
        Correction(
            id="cor-roe-office",
            kind=CorrectionKind.EDITORIAL,
            target="clm-roe-foreign",
            replacement="clm-roe-defence",
            before="Foreign Minister Jane Roe",
            after="Defence Minister Jane Roe",
            reason="Jane Roe was Minister of Defence; the wire names her office.",
            evidence=(Evidence("src-wire", "the words of clm-roe-defence"),),
        ),
        Correction(
            id="cor-doe-name",
            kind=CorrectionKind.PUBLISHER,
            target="clm-doe-named-old",
            replacement="clm-doe-named-new",
            before="J. Doe",
            after="John Doe",
            reason="The daily spelled out the minister's name.",
            source="src-daily",
            by="outlet-daily",
            date=_day("2014-06-10"),
        ),
    ]
    events = [
        Event(
            ROE_VISIT,
            EventKind.VISIT,
            "Jane Roe's visit to Harbour City",
            date=_day("2012-03-07/2012-03-08"),
            place="Harbour City",
            participants=(Participant("per-jane-roe", Role.VISITOR, NORTH_DEFENCE),),
        ),
        Event(
            SOUTH_WAR,
            EventKind.WAR,
            "Southland's war",
            date=_day("2011"),
            participants=(Participant("state-south", Role.BELLIGERENT),),
        ),
    ]
    return Dataset(
        sources=sources,
        actors=actors,
        agreements=agreements,
        claims=claims,
        corrections=corrections,
        events=events,
    )


SMALL = small_dataset()


def _with_claims(dataset: Dataset, *extra: Claim) -> Dataset:
    return dataset.evolve(claims=(*dataset.claims, *extra))


# --------------------------------------------------------------------------- look-ups


def test_agreements_are_the_shipped_ones_by_default() -> None:
    ids = [a.id for a in queries.agreements()]
    assert ids == sorted(ids)
    assert {AGR_2018, AGR_2020, AGR_ECONOMIC} <= set(ids)
    assert queries.agreements() == queries.agreements(dataset=SHIPPED)


@pytest.mark.parametrize("spelling", [AGR_2018, AGR_2018.upper(), " Agr-2018-Military-Cooperation "])
def test_agreement_ids_match_in_any_case(spelling: str) -> None:
    found = queries.agreement(spelling)
    assert found is not None
    assert found.id == AGR_2018
    assert found.signed == FuzzyDate.parse("2018-08-26/2018-08-27")
    assert found.place == "Damascus"


def test_lookups_return_none_for_unknown_ids() -> None:
    assert queries.agreement("agr-2019") is None
    assert queries.actor("per-nobody") is None
    assert queries.source("src-nowhere") is None
    assert queries.claim("clm-nothing") is None
    assert queries.correction("cor-nothing") is None


def test_every_kind_of_record_can_be_looked_up() -> None:
    actor = queries.actor(HATAMI.upper())
    assert actor is not None and actor.name == "Amir Hatami"
    source = queries.source("SRC-MEDIA-LINE-2018")
    assert source is not None and source.file == "004_8b2105d8dbd25fc3.txt"
    some_claim = SHIPPED.claims[0]
    assert queries.claim(some_claim.id.upper()) == some_claim
    assert queries.claim(SMALL.claims[0].id, SMALL) == SMALL.claims[0]
    assert queries.correction("COR-ROE-OFFICE", SMALL) == SMALL.correction("cor-roe-office")


def test_suggest_finds_the_id_meant() -> None:
    ids = [a.id for a in SHIPPED.agreements]
    assert queries.suggest("agr-2019", ids) == [AGR_2018]
    assert queries.suggest("agr-long-term", ids) == [AGR_ECONOMIC]
    assert queries.suggest("agr-2020", ids) == [AGR_2020]
    assert queries.suggest("2018-military-cooperation", ids) == [AGR_2018]
    assert queries.suggest("agr-2018-militray-cooperation", ids)[0] == AGR_2018
    assert queries.suggest("hatami", [a.id for a in SHIPPED.actors]) == [HATAMI]
    assert queries.suggest("agr-zzzz", ids) == []
    assert queries.suggest("", ids) == []


def test_match_id_is_exact_but_for_case() -> None:
    assert queries.match_id("AGR-2020-COMPREHENSIVE-MILITARY", [AGR_2018, AGR_2020]) == AGR_2020
    assert queries.match_id("agr-2020", [AGR_2018, AGR_2020]) is None


# --------------------------------------------------------------------------- fields and best values


def test_claims_behind_each_field_use_its_predicate() -> None:
    behind = queries.field_claims(AGR_2018)
    assert list(behind) == list(queries.FIELDS)
    for field, found in behind.items():
        assert all(c.subject == AGR_2018 and c.predicate is queries.FIELD_PREDICATES[field] for c in found)
    signatories = {c.value.actor for c in behind["signatories"] if isinstance(c.value, ActorValue)}
    assert {HATAMI, AYYOUB} <= signatories
    assert queries.claims_behind(AGR_2020, "signatories") == queries.claims(
        agreement=AGR_2020, predicate=Predicate.SIGNATORY
    )


def test_unknown_field_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown agreement field 'date'"):
        queries.claims_behind(AGR_2018, "date")


@pytest.mark.parametrize(
    ("agreement_id", "field", "expected"),
    [
        (AGR_2018, "signed", DateValue(FuzzyDate.parse("2018-08-26/2018-08-27"))),
        (AGR_2020, "signed", DateValue(FuzzyDate.parse("2020-07-08"))),
        (AGR_2018, "place", PlaceValue("Damascus")),
        (AGR_2020, "place", PlaceValue("Damascus")),
        (AGR_2018, "kind", AgreementKindValue(AgreementKind.MILITARY_COOPERATION)),
        (AGR_ECONOMIC, "kind", AgreementKindValue(AgreementKind.ECONOMIC_COOPERATION)),
    ],
)
def test_best_value_of_the_shipped_agreements(agreement_id: str, field: str, expected: object) -> None:
    resolution = queries.best_value(agreement_id, field)
    assert resolution is not None
    assert resolution.best.value == expected
    assert resolution.best.standing is Standing.ACCEPTED
    assert resolution.disagreeing == ()
    for claim_id in resolution.best.claims:
        assert SHIPPED.claim_index[claim_id].subject == agreement_id


@pytest.mark.parametrize("agreement", SHIPPED.agreements, ids=lambda agreement: agreement.id)
def test_resolved_fields_are_the_best_supported_values(agreement: Agreement) -> None:
    fields = {
        "kind": AgreementKindValue(agreement.kind),
        "signed": None if agreement.signed is None else DateValue(agreement.signed),
        "place": None if agreement.place is None else PlaceValue(agreement.place),
    }
    signed = [f for f in SHIPPED.references if f.subject == agreement.id and f.kind is ReferenceKind.SIGNED]
    for field, value in fields.items():
        resolution = queries.best_value(agreement.id, field)
        if field in ("signed", "place") and not any(
            c.standing is Standing.ACCEPTED for c in queries.claims_behind(agreement.id, field)
        ):
            # No accepted claim gives it: the record takes it from its signing's reference fact,
            # and the claims that report it otherwise are all refuted.
            [fact] = signed
            assert value == (DateValue(fact.date) if field == "signed" else PlaceValue(fact.place or "")), (
                field
            )
            assert resolution is None or resolution.best.standing is Standing.REFUTED, field
        elif value is None:
            # Left unresolved: nothing reported, or nothing accepted.
            assert resolution is None or resolution.best.standing is not Standing.ACCEPTED, field
        else:
            assert resolution is not None, field
            assert resolution.best.value == value, field
            assert resolution.best.standing is Standing.ACCEPTED, field


def test_best_signatories_are_the_agreements_signatories() -> None:
    for agreement in SHIPPED.agreements:
        best = {
            (r.best.value.actor, r.best.value.position)
            for r in queries.resolve(agreement.id, "signatories")
            if isinstance(r.best.value, ActorValue) and r.best.standing is Standing.ACCEPTED
        }
        if best:
            assert best == {(s.actor, s.position) for s in agreement.signatories}
        else:
            # No accepted signatory claim: the signatories are its signing's reference fact's actors.
            [fact] = [
                f for f in SHIPPED.references if f.subject == agreement.id and f.kind is ReferenceKind.SIGNED
            ]
            assert {s.actor for s in agreement.signatories} == set(fact.actors)


def test_the_2018_date_is_best_supported_and_the_coarser_one_agrees() -> None:
    resolution = queries.best_value(AGR_2018, "signed")
    assert resolution is not None
    assert len(resolution.best.origins) >= 2
    # 'August 2018' (The Syrian Observer) may be the same day: reported, not disagreeing.
    coarser = [alt for alt in resolution.alternatives if alt.value == DateValue(FuzzyDate.parse("2018-08"))]
    assert coarser
    assert not set(coarser[0].claims) & set(resolution.disagreeing)


def test_multi_valued_fields_need_resolve() -> None:
    with pytest.raises(ValueError, match="several values"):
        queries.best_value(AGR_2018, "signatories")
    assert queries.best_value(AGR_2018, "kind", SMALL) is None  # not an agreement of that dataset


def test_independent_origins_rank_values() -> None:
    resolution = queries.best_value(SMALL_AGREEMENT, "signed", SMALL)
    assert resolution is not None
    # Day: the wire and the blog, two origins. Month: the daily and its
    # translation, two claims but one origin.
    assert resolution.best.value == DateValue(_day("2012-03-08"))
    assert resolution.best.origins == ("src-blog", "src-wire")
    (month,) = resolution.alternatives
    assert month.value == DateValue(_day("2012-03"))
    assert month.origins == ("src-daily",)
    assert month.claims == ("clm-date-daily", "clm-date-translation")
    assert resolution.disagreeing == ()  # March 2012 may be 8 March


def test_a_contradicting_date_disagrees() -> None:
    wrong = _claim(
        "clm-date-wrong", "src-daily", SMALL_AGREEMENT, Predicate.SIGNING_DATE, DateValue(_day("2013-01-01"))
    )
    resolution = queries.best_value(SMALL_AGREEMENT, "signed", _with_claims(SMALL, wrong))
    assert resolution is not None
    assert resolution.best.value == DateValue(_day("2012-03-08"))
    assert resolution.disagreeing == ("clm-date-wrong",)


def test_standing_outranks_support() -> None:
    # Three refuted reports of another place lose to one accepted report.
    wrong = [
        _claim(
            f"clm-place-wrong-{source}",
            source,
            SMALL_AGREEMENT,
            Predicate.SIGNING_PLACE,
            PlaceValue("Capital City"),
            standing=Standing.REFUTED,
        )
        for source in ("src-wire", "src-blog", "src-daily-translation")
    ]
    resolution = queries.best_value(SMALL_AGREEMENT, "place", _with_claims(SMALL, *wrong))
    assert resolution is not None
    assert resolution.best.value == PlaceValue("Harbour City")
    assert resolution.best.origins == ("src-daily",)
    (alternative,) = resolution.alternatives
    assert alternative.standing is Standing.REFUTED
    assert len(alternative.origins) == 3
    assert set(resolution.disagreeing) == {c.id for c in wrong}


def test_a_signatory_in_another_office_disagrees() -> None:
    foreign = Position("Minister of Foreign Affairs", "state-north")
    wrong = _claim(
        "clm-signatory-roe-foreign",
        "src-blog",
        SMALL_AGREEMENT,
        Predicate.SIGNATORY,
        ActorValue("per-jane-roe", foreign),
        standing=Standing.DISPUTED,
        reason="only the blog says so",
    )
    resolutions = queries.resolve(SMALL_AGREEMENT, "signatories", _with_claims(SMALL, wrong))
    roe = [
        r
        for r in resolutions
        if isinstance(r.best.value, ActorValue) and r.best.value.actor == "per-jane-roe"
    ]
    assert len(roe) == 1
    assert roe[0].best.value == ActorValue("per-jane-roe", NORTH_DEFENCE)
    assert roe[0].disagreeing == ("clm-signatory-roe-foreign",)
    assert len(resolutions) == 2  # one slot per signatory


def test_a_refuted_kind_is_never_the_best_kind() -> None:
    # Its id sorts before the accepted claim's, so it would be met first.
    wrong = _claim(
        "clm-a-kind-economic",
        "src-blog",
        SMALL_AGREEMENT,
        Predicate.KIND,
        AgreementKindValue(AgreementKind.ECONOMIC_COOPERATION),
        standing=Standing.REFUTED,
        reason="the pact is a defence pact",
    )
    data = _with_claims(SMALL, wrong)
    (only,) = queries.resolve(SMALL_AGREEMENT, "kind", data)  # one slot: kind holds one value
    resolution = queries.best_value(SMALL_AGREEMENT, "kind", data)
    assert resolution == only
    assert resolution.best.value == AgreementKindValue(AgreementKind.MILITARY_COOPERATION)
    assert resolution.best.standing is Standing.ACCEPTED
    (alternative,) = resolution.alternatives
    assert alternative.value == AgreementKindValue(AgreementKind.ECONOMIC_COOPERATION)
    assert alternative.standing is Standing.REFUTED
    assert resolution.disagreeing == ("clm-a-kind-economic",)


def test_places_differing_only_in_case_and_spacing_do_not_disagree() -> None:
    # (Kinds are the AgreementKind enum, so they cannot differ in case at all.)
    place = _claim(
        "clm-place-lower", "src-wire", SMALL_AGREEMENT, Predicate.SIGNING_PLACE, PlaceValue("harbour  city")
    )
    resolution = queries.best_value(SMALL_AGREEMENT, "place", _with_claims(SMALL, place))
    assert resolution is not None and len(resolution.alternatives) == 1
    assert resolution.disagreeing == ()
    # A provision spelled another way is the same provision: one slot, no disagreement.
    spelled = _claim(
        "clm-provision-wire",
        "src-wire",
        SMALL_AGREEMENT,
        Predicate.PROVISION,
        ProvisionValue("prv-joint-exercises", "Joint  Exercises"),
    )
    (provision,) = queries.resolve(SMALL_AGREEMENT, "provisions", _with_claims(SMALL, spelled))
    # One provision id is one value, whatever each source's words: both claims back it.
    assert provision.alternatives == ()
    assert set(provision.best.claims) == {"clm-provision", "clm-provision-wire"}
    assert provision.disagreeing == ()
    # A different provision is a slot of its own.
    other = _claim(
        "clm-provision-naval",
        "src-wire",
        SMALL_AGREEMENT,
        Predicate.PROVISION,
        ProvisionValue("prv-a-naval-base", "a naval base"),
    )
    assert len(queries.resolve(SMALL_AGREEMENT, "provisions", _with_claims(SMALL, other))) == 2


def republished_translation() -> Dataset:
    """SMALL, with a republication of the daily's translation that also gives 'March 2012'."""
    republication = _source(
        "src-daily-republication",
        None,
        "2014-06-13",
        kind=SourceKind.REPUBLICATION,
        derived_from=(Derivation(DerivationKind.REPUBLICATION_OF, None, "src-daily-translation"),),
    )
    month = _claim(
        "clm-date-republication",
        "src-daily-republication",
        SMALL_AGREEMENT,
        Predicate.SIGNING_DATE,
        DateValue(_day("2012-03")),
    )
    return _with_claims(SMALL.evolve(sources=(*SMALL.sources, republication)), month)


def test_a_republished_translation_adds_no_origin() -> None:
    data = republished_translation()
    resolution = queries.best_value(SMALL_AGREEMENT, "signed", data)
    assert resolution is not None
    # The exact day has two independent origins (the wire, the blog); the
    # coarser month has three claims but one origin: the daily, translated
    # and then republished. The day wins.
    assert resolution.best.value == DateValue(_day("2012-03-08"))
    assert resolution.best.origins == ("src-blog", "src-wire")
    (month,) = resolution.alternatives
    assert month.value == DateValue(_day("2012-03"))
    assert month.origins == ("src-daily",)
    assert month.claims == ("clm-date-daily", "clm-date-republication", "clm-date-translation")
    assert resolution.disagreeing == ()
    assert queries.corroboration(SMALL_AGREEMENT, data) == ("src-blog", "src-daily", "src-wire")


def test_an_exact_date_with_fewer_origins_loses_to_a_coarser_one() -> None:
    # Origins outrank precision: two independent origins for 'March 2012'
    # beat one for the day; precision only breaks a tie.
    day_only_wire = SMALL.evolve(claims=[c for c in SMALL.claims if c.id != "clm-date-blog"])
    month_blog = _claim(
        "clm-date-blog-month", "src-blog", SMALL_AGREEMENT, Predicate.SIGNING_DATE, DateValue(_day("2012-03"))
    )
    resolution = queries.best_value(SMALL_AGREEMENT, "signed", _with_claims(day_only_wire, month_blog))
    assert resolution is not None
    assert resolution.best.value == DateValue(_day("2012-03"))
    assert resolution.best.origins == ("src-blog", "src-daily")
    assert [a.value for a in resolution.alternatives] == [DateValue(_day("2012-03-08"))]
    tie = queries.best_value(SMALL_AGREEMENT, "signed", day_only_wire)
    assert tie is not None
    # One origin each (the wire; the daily and its translation): more claims win the tie.
    assert tie.best.value == DateValue(_day("2012-03"))
    translation_gone = day_only_wire.evolve(
        claims=[c for c in day_only_wire.claims if c.id != "clm-date-translation"]
    )
    exact = queries.best_value(SMALL_AGREEMENT, "signed", translation_gone)
    assert exact is not None
    # One origin and one claim each: the narrower date wins.
    assert exact.best.value == DateValue(_day("2012-03-08"))


# --------------------------------------------------------------------------- filters


def test_claims_filters() -> None:
    from_media_line = queries.claims(source="src-media-line-2018")
    assert from_media_line and all(c.source == "src-media-line-2018" for c in from_media_line)
    about_hatami = queries.claims(actor=HATAMI)
    assert about_hatami
    assert all(
        c.subject == HATAMI
        or (isinstance(c.value, (ActorValue, ParticipantValue)) and c.value.actor == HATAMI)
        or (isinstance(c.value, StatementValue) and c.value.speaker == HATAMI)
        for c in about_hatami
    )
    assert any(c.subject == AGR_2018 and c.predicate is Predicate.SIGNATORY for c in about_hatami)
    refuted = queries.claims(standing=Standing.REFUTED)
    assert all(c.standing is Standing.REFUTED for c in refuted)
    # The 2018 'New Deal' article calls Hatami Iran's Foreign Minister: kept, refuted.
    assert any(
        c.subject == HATAMI
        and isinstance(c.value, ActorValue)
        and c.value.position is not None
        and c.value.position.title == "Minister of Foreign Affairs"
        and c.source == "src-unknown-2018-new-deal"
        for c in refuted
    )
    both = queries.claims(source="src-media-line-2018", agreement=AGR_2018)
    assert set(both) == set(from_media_line) & set(queries.claims(agreement=AGR_2018))


def test_agreement_actor_and_source_filters() -> None:
    assert [a.id for a in queries.agreements(actor=HATAMI)] == [AGR_2018]
    assert [a.id for a in queries.agreements(actor=BAGHERI)] == [AGR_2020]
    assert {AGR_2018, AGR_2020} <= {a.id for a in queries.agreements(actor=AYYOUB)}
    assert AGR_2020 in {a.id for a in queries.agreements(source="src-unknown-2020-comprehensive-agreement")}
    assert AGR_2018 not in {
        a.id for a in queries.agreements(source="src-unknown-2020-comprehensive-agreement")
    }
    observer = "src-syrian-observer-2020"
    assert [a.id for a in queries.agreements(source=observer)] == [AGR_2020]  # its `reports`
    assert AGR_2018 in {a.id for a in queries.agreements(source=observer, mentioned=True)}
    assert {BAGHERI, AYYOUB, "state-iran", "state-syria"} <= {
        a.id for a in queries.actors(agreement=AGR_2020)
    }
    assert HATAMI not in {a.id for a in queries.actors(agreement=AGR_2020)}
    assert {a.id for a in queries.actors(kind=ActorKind.STATE)} >= {"state-iran", "state-syria"}
    assert "outlet-media-line" in {a.id for a in queries.actors(source="src-media-line-2018")}
    assert "src-unknown-2020-comprehensive-agreement" in {s.id for s in queries.sources(agreement=AGR_2020)}
    assert "src-unknown-2018-new-deal" in {s.id for s in queries.sources(actor=HATAMI)}


def test_correction_filters() -> None:
    assert [c.id for c in queries.corrections(claim="clm-roe-foreign", dataset=SMALL)] == ["cor-roe-office"]
    assert [c.id for c in queries.corrections(claim="clm-roe-defence", dataset=SMALL)] == ["cor-roe-office"]
    assert [c.id for c in queries.corrections(source="src-daily", dataset=SMALL)] == ["cor-doe-name"]
    assert [c.id for c in queries.corrections(actor="per-jane-roe", dataset=SMALL)] == ["cor-roe-office"]
    assert queries.corrections(agreement=SMALL_AGREEMENT, dataset=SMALL) == ()
    for correction in queries.corrections():
        assert correction in SHIPPED.corrections


# --------------------------------------------------------------------------- conflicts and corroboration


def test_conflicts_keep_wrong_claims_with_their_corrections() -> None:
    found = {c.claim.id: c for c in queries.conflicts(dataset=SMALL)}
    # A replacement is not a conflict: no correction targets it.
    assert set(found) == {"clm-roe-foreign", "clm-doe-named-old"}
    assert [c.id for c in found["clm-roe-foreign"].corrections] == ["cor-roe-office"]
    assert found["clm-roe-foreign"].replacements == ("clm-roe-defence",)
    assert found["clm-roe-foreign"].reasons[0] == "Jane Roe was Northland's Minister of Defence in 2012."
    assert found["clm-doe-named-old"].reasons == ("The daily spelled out the minister's name.",)


def test_shipped_conflicts() -> None:
    found = queries.conflicts()
    assert found
    corrected_ids = {c.target for c in SHIPPED.corrections}
    assert [c.claim for c in found] == [
        c for c in SHIPPED.claims if c.standing is not Standing.ACCEPTED or c.id in corrected_ids
    ]
    assert all(c.corrections == SHIPPED.corrections_by_target.get(c.claim.id, ()) for c in found)
    for conflict in found:
        corrected = {c.target for c in SHIPPED.corrections}
        assert conflict.claim.standing is not Standing.ACCEPTED or conflict.claim.id in corrected
        assert all(c.target == conflict.claim.id for c in conflict.corrections)
    signatory = queries.signatory_conflicts(AGR_2018)
    assert any(c.claim.subject == HATAMI and c.claim.standing is Standing.REFUTED for c in signatory)
    assert queries.signatory_conflicts(AGR_2020) == ()
    assert queries.signatory_conflicts("agr-none") == ()


def test_disputed_agreements() -> None:
    corrected = {c.target for c in SHIPPED.corrections}
    for agreement in SHIPPED.agreements:
        about = queries.claims(agreement=agreement.id)
        expected = any(c.standing is not Standing.ACCEPTED or c.id in corrected for c in about)
        expected = expected or bool(queries.signatory_conflicts(agreement.id))
        assert queries.is_disputed(agreement.id) is expected, agreement.id
    # The 'New Deal' article, which reports the 2018 agreement, calls its
    # signatory Hatami Foreign Minister: a refuted claim, so the 2018 agreement
    # is disputed although no claim about it is.
    assert queries.is_disputed(AGR_2018)
    assert queries.is_disputed(AGR_ECONOMIC)  # its only date is disputed
    assert not queries.is_disputed(AGR_2020)
    assert not queries.is_disputed(SMALL_FOLLOW_UP, SMALL)
    disputed = _claim(
        "clm-provision-disputed",
        "src-blog",
        SMALL_FOLLOW_UP,
        Predicate.PROVISION,
        ProvisionValue("prv-a-naval-base", "a naval base"),
        standing=Standing.DISPUTED,
        reason="only the blog reports it",
    )
    assert queries.is_disputed(SMALL_FOLLOW_UP, _with_claims(SMALL, disputed))


def test_a_misnamed_signatory_office_disputes_the_agreement() -> None:
    # No claim about the 2012 pact is contested, but the blog, which reports
    # the pact, names its signatory Jane Roe's office wrongly (refuted, corrected).
    assert queries.conflicts(agreement=SMALL_AGREEMENT, dataset=SMALL) == ()
    (conflict,) = queries.signatory_conflicts(SMALL_AGREEMENT, SMALL)
    assert conflict.claim.id == "clm-roe-foreign"
    assert [c.id for c in conflict.corrections] == ["cor-roe-office"]
    assert queries.is_disputed(SMALL_AGREEMENT, SMALL)
    # Once the blog no longer reports the pact, its error is not the pact's.
    unreported = SMALL.evolve(claims=[c for c in SMALL.claims if c.id != "clm-date-blog"])
    assert queries.signatory_conflicts(SMALL_AGREEMENT, unreported) == ()
    assert not queries.is_disputed(SMALL_AGREEMENT, unreported)


def test_corroboration_counts_translations_with_their_original() -> None:
    origins = queries.corroboration(AGR_2018)
    # The Syrian Observer translates Alsouria Net: it counts as Alsouria Net.
    assert "outlet-alsouria-net" in origins
    assert "src-syrian-observer-2020" not in origins
    # 001 reports the 2018 deal only by relaying Tasnim: it counts as Iranian state media.
    assert {"src-media-line-2018", "org-iranian-state-media"} <= set(origins)
    assert "src-unknown-2018-deepen-cooperation" not in origins
    assert queries.corroboration(SMALL_AGREEMENT, SMALL) == ("src-blog", "src-daily", "src-wire")


def test_corroboration_counts_only_reports_of_the_agreement() -> None:
    watchdog = _source("src-watchdog", None, "2014-06-20")
    silence = _claim(
        "clm-watchdog-silence",
        "src-watchdog",
        SMALL_AGREEMENT,
        Predicate.NOT_REPORTED_BY,
        ActorValue("outlet-wire"),
    )
    rumour = _source("src-rumour", None, "2014-06-21")
    wrong = _claim(
        "clm-rumour-place",
        "src-rumour",
        SMALL_AGREEMENT,
        Predicate.SIGNING_PLACE,
        PlaceValue("Capital City"),
        standing=Standing.REFUTED,
        reason="the pact was signed in Harbour City",
    )
    doubtful = _source("src-doubtful", None, "2014-06-22")
    disputed = _claim(
        "clm-doubtful-provision",
        "src-doubtful",
        SMALL_AGREEMENT,
        Predicate.PROVISION,
        ProvisionValue("prv-a-naval-base", "a naval base"),
        standing=Standing.DISPUTED,
        reason="only this source reports it",
    )
    data = _with_claims(
        SMALL.evolve(sources=(*SMALL.sources, watchdog, rumour, doubtful)), silence, wrong, disputed
    )
    # Saying that some media did not report the pact is not reporting it; a
    # refuted claim corroborates nothing; a disputed one still reports the pact.
    assert queries.corroboration(SMALL_AGREEMENT, data) == (
        "src-blog",
        "src-daily",
        "src-doubtful",
        "src-wire",
    )
    assert queries.corroboration("agr-unknown", data) == ()


def test_queries_do_not_need_the_rules() -> None:
    # The rules import the queries (describe_value): the queries must not import the rules.
    code = (
        "import sys; from iransyria import queries; "
        f"queries.corroboration({AGR_2018!r}); queries.is_disputed({AGR_2018!r}); "
        f"queries.resolve({AGR_2018!r}, 'kind'); print('iransyria.rules' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert done.stdout.strip() == "False"


def test_related_agreements_both_ways() -> None:
    assert queries.related(AGR_2020) == (queries.Related(AGR_2018, RelationKind.SIMILAR_TO),)
    assert queries.Related(AGR_2020, RelationKind.SIMILAR_TO, inverse=True) in queries.related(AGR_2018)
    assert queries.related(SMALL_AGREEMENT, SMALL) == (
        queries.Related(SMALL_FOLLOW_UP, RelationKind.FOLLOWS, inverse=True),
    )


# --------------------------------------------------------------------------- values in words


NAMES = {"per-jane-roe": "Jane Roe", "state-north": "Northland"}


@pytest.mark.parametrize(
    ("value", "plain", "named", "quoted"),
    [
        (ActorValue("per-jane-roe"), "per-jane-roe", "Jane Roe (per-jane-roe)", "per-jane-roe"),
        (
            ActorValue("per-jane-roe", NORTH_DEFENCE),
            "per-jane-roe, Minister of Defence, state-north",
            "Jane Roe (per-jane-roe), Minister of Defence, Northland",
            "per-jane-roe, Minister of Defence, state-north",
        ),
        (ActorValue("per-nobody"), "per-nobody", "per-nobody", "per-nobody"),
        (DateValue(_day("2018-08-26/2018-08-27")), "2018-08-26/2018-08-27", None, None),
        (PlaceValue("Harbour City"), "Harbour City", None, "'Harbour City'"),
        (TextValue("joint exercises"), "joint exercises", None, "'joint exercises'"),
        (AgreementValue(SMALL_AGREEMENT, RelationKind.FOLLOWS), f"follows {SMALL_AGREEMENT}", None, None),
        (
            StatementValue("per-jane-roe", "We stay"),
            "per-jane-roe said: We stay",
            "Jane Roe (per-jane-roe) said: We stay",
            "per-jane-roe said: 'We stay'",
        ),
        (
            StatementValue("per-jane-roe", "they stay", Wording.PARAPHRASED),
            "per-jane-roe said (paraphrased): they stay",
            "Jane Roe (per-jane-roe) said (paraphrased): they stay",
            "per-jane-roe said (paraphrased): 'they stay'",
        ),
        (
            ParticipantValue("per-jane-roe", Role.VISITOR, NORTH_DEFENCE),
            "per-jane-roe as visitor, Minister of Defence, state-north",
            "Jane Roe (per-jane-roe) as visitor, Minister of Defence, Northland",
            None,
        ),
        (EventKindValue(EventKind.VISIT), "visit", None, None),
        (RecordValue(ROE_VISIT), ROE_VISIT, None, None),
        (QuantityValue("troops", low=2500, high=2500), "2,500 troops", None, None),
        (QuantityValue("troops", low=1000, high=2000), "1,000 to 2,000 troops", None, None),
        (QuantityValue("troops", low=2000), "at least 2,000 troops", None, None),
        (QuantityValue("troops", high=2500), "up to 2,500 troops", None, None),
    ],
)
def test_describe_value(value: Any, plain: str, named: str | None, quoted: str | None) -> None:
    assert queries.describe_value(value) == plain
    assert queries.describe_value(value, NAMES) == (plain if named is None else named)
    assert queries.describe_value(value, quote=True) == (plain if quoted is None else quoted)


def test_describe_position() -> None:
    assert queries.describe_position(NORTH_DEFENCE) == "Minister of Defence, state-north"
    assert queries.describe_position(NORTH_DEFENCE, NAMES) == "Minister of Defence, Northland"


def test_claim_actors_are_what_claims_filter_by_actor() -> None:
    claims = SMALL.claim_index
    assert queries.claim_actors(claims["clm-roe-defence"]) == ("per-jane-roe",)  # subject and value: once
    assert queries.claim_actors(claims["clm-signatory-roe"]) == ("per-jane-roe",)  # the pact is no actor
    assert queries.claim_actors(claims["clm-kind"]) == ()
    assert queries.claim_actors(claims["clm-south-event"]) == ("state-south",)
    for actor in SHIPPED.actors:
        expected = tuple(c for c in SHIPPED.claims if actor.id in queries.claim_actors(c))
        assert queries.claims(actor=actor.id) == expected


def test_claims_filters_combine_from_any_table() -> None:
    every = SMALL.claims
    for source in (None, "src-daily", "src-wire", "src-none"):
        for agreement in (None, SMALL_AGREEMENT, SMALL_FOLLOW_UP):
            for actor in (None, "per-jane-roe", "state-south"):
                expected = tuple(
                    c
                    for c in every
                    if (source is None or c.source == source)
                    and (agreement is None or c.subject == agreement)
                    and (actor is None or actor in queries.claim_actors(c))
                )
                found = queries.claims(source=source, agreement=agreement, actor=actor, dataset=SMALL)
                assert found == expected, (source, agreement, actor)


# --------------------------------------------------------------------------- timeline


def test_timeline_is_in_date_order_with_sources() -> None:
    events = queries.timeline()
    # The signings and visits, in the order they happened: a date known only
    # to the month comes before the days of that month; at the same date, the
    # signing before the visit. Each happens once, whoever reports it.
    assert [
        (str(e.date), e.kind.value, e.subject)
        for e in events
        if e.kind in (queries.EventKind.SIGNING, queries.EventKind.VISIT)
    ] == [
        ("2018-08-26/2018-08-27", "signing", "evt-2018-08-military-signing"),
        ("2018-08-26/2018-08-27", "visit", "evt-2018-08-hatami-visit-damascus"),
        # the economic agreement, signed when its reference fact says (its one reported date is refuted)
        ("2019-01-28", "signing", "agr-long-term-economic"),
        ("2020-07", "visit", "evt-2020-07-bagheri-visit-damascus"),
        ("2020-07-08", "signing", "evt-2020-07-military-signing"),
    ]
    assert str(events[0].date) == "2011"
    assert events[-1].subject == "evt-2020-07-military-signing"
    signings = {a: e for e in events if e.kind is queries.EventKind.SIGNING for a in e.agreements}
    assert signings[AGR_2018].place == "Damascus"
    assert "src-unknown-2020-comprehensive-agreement" in signings[AGR_2020].sources
    for agreement in SHIPPED.agreements:
        if agreement.signed is not None:
            assert signings[agreement.id].date == agreement.signed
            assert signings[agreement.id].standing is Standing.ACCEPTED
        else:
            # An unresolved date is placed where it is best reported, with its standing.
            # A date only refuted or superseded claims give is not placed at all.
            reported = queries.best_value(agreement.id, "signed")
            wrong = (Standing.REFUTED, Standing.SUPERSEDED)
            if reported is None or reported.best.standing in wrong:
                assert agreement.id not in signings
            elif isinstance(reported.best.value, DateValue):
                assert signings[agreement.id].date == reported.best.value.date
                assert signings[agreement.id].standing is reported.best.standing
    for event in events:
        assert set(event.sources) <= set(SHIPPED.source_index)
        for claim_id in event.claims:
            claim = SHIPPED.claim_index[claim_id]
            assert claim.source in event.sources
            assert claim.standing not in (Standing.REFUTED, Standing.SUPERSEDED)
    (visit,) = [e for e in events if e.subject == "evt-2018-08-hatami-visit-damascus"]
    assert len(visit.sources) == 3


def test_timeline_filters() -> None:
    for_2020 = queries.timeline(agreement=AGR_2020)
    assert [e.kind for e in for_2020] == [queries.EventKind.VISIT, queries.EventKind.SIGNING]
    assert all(AGR_2020 in e.agreements for e in for_2020)
    for_hatami = queries.timeline(actor=HATAMI)
    assert {a for e in for_hatami if e.kind is queries.EventKind.SIGNING for a in e.agreements} == {AGR_2018}


def test_timeline_merges_reports_of_one_event() -> None:
    events = queries.timeline(dataset=SMALL)
    assert [(str(e.date), e.kind.value, e.subject) for e in events] == [
        ("2011", "war", SOUTH_WAR),
        ("2012-03-07/2012-03-08", "visit", ROE_VISIT),
        ("2012-03-08", "signing", SMALL_AGREEMENT),
        ("2014-05", "signing", SMALL_FOLLOW_UP),
    ]
    visit = events[1]
    assert visit.sources == ("src-blog", "src-wire")
    assert visit.claims == (
        "clm-roe-visit",
        "clm-roe-visit-blog",
        "clm-roe-visit-date",
        "clm-roe-visit-place",
        "clm-roe-visit-roe",
    )
    # The coarser 'March 2012' may be the day: those reports back the signing too.
    assert events[2].sources == ("src-blog", "src-daily", "src-daily-translation", "src-wire")
    assert events[2].claims == ("clm-date-blog", "clm-date-daily", "clm-date-translation", "clm-date-wire")


def unresolved_date() -> Dataset:
    """SMALL, with the 2012 pact's date only reported, disputed, by the blog."""
    pact = attrs.evolve(SMALL.agreement_index[SMALL_AGREEMENT], signed=None)
    claims = [c for c in SMALL.claims if not c.id.startswith("clm-date-")]
    disputed = _claim(
        "clm-date-disputed",
        "src-blog",
        SMALL_AGREEMENT,
        Predicate.SIGNING_DATE,
        DateValue(_day("2012-03-08")),
        standing=Standing.DISPUTED,
        reason="only the blog dates it",
    )
    agreements = [pact if a.id == SMALL_AGREEMENT else a for a in SMALL.agreements]
    return SMALL.evolve(agreements=agreements, claims=(*claims, disputed))


def test_an_unresolved_signing_is_placed_at_its_disputed_date() -> None:
    events = queries.timeline(agreement=SMALL_AGREEMENT, dataset=unresolved_date())
    (signing,) = events
    assert str(signing.date) == "2012-03-08"
    assert signing.standing is Standing.DISPUTED
    assert signing.claims == ("clm-date-disputed",)
    refuted = unresolved_date().evolve(
        claims=[
            attrs.evolve(c, standing=Standing.REFUTED) if c.id == "clm-date-disputed" else c
            for c in unresolved_date().claims
        ]
    )
    assert queries.timeline(agreement=SMALL_AGREEMENT, dataset=refuted) == ()


# --------------------------------------------------------------------------- excerpts


def test_excerpt_of_an_agreement_is_its_provenance() -> None:
    part = queries.excerpt(agreements=[AGR_2018])
    assert AGR_2018 in part.agreement_index
    assert AGR_2020 not in part.agreement_index  # related to it, but it cites no relation
    assert {c.id for c in part.claims} >= {c.id for c in queries.claims(agreement=AGR_2018)}
    assert {c.source for c in part.claims} <= set(part.source_index)
    assert {HATAMI, AYYOUB, "state-iran", "state-syria"} <= set(part.actor_index)
    assert loads(dumps(part)) == part


def test_excerpt_follows_citations() -> None:
    part = queries.excerpt(corrections=["cor-roe-office"], dataset=SMALL)
    assert set(part.claim_index) == {"clm-roe-foreign", "clm-roe-defence"}
    assert set(part.source_index) == {"src-blog", "src-wire"}
    assert {"per-jane-roe", "state-north", "outlet-wire"} <= set(part.actor_index)
    translation = queries.excerpt(sources=["src-daily-translation"], dataset=SMALL)
    assert "src-daily" in translation.source_index  # what it translates
    assert "outlet-daily" in translation.actor_index  # and that source's outlet


# --------------------------------------------------------------------------- generated datasets

# Generating whole datasets dominates these tests' cost; the serialization
# tests run the full profile over the same strategy.
QUERY_EXAMPLES = at_most(50)


_ACCEPTED_OR_DISPUTED = (Standing.ACCEPTED, Standing.DISPUTED)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


@QUERY_EXAMPLES
@given(datasets())
def test_generated_best_values_are_the_agreement_fields(dataset: Dataset) -> None:
    # The generated agreements pass every rule: each field is backed by an
    # accepted claim, and any other value reported for it is refuted,
    # superseded, disputed or (a date) compatible. The best value is then the
    # record's, accepted, whatever else competes with it.
    for agreement in dataset.agreements:
        signed = queries.best_value(agreement.id, "signed", dataset)
        assert signed is not None and agreement.signed is not None
        assert signed.best.standing is Standing.ACCEPTED
        assert isinstance(signed.best.value, DateValue)
        assert signed.best.value.date.same_day(agreement.signed)
        place = queries.best_value(agreement.id, "place", dataset)
        assert place is not None and agreement.place is not None
        assert place.best.standing is Standing.ACCEPTED
        assert isinstance(place.best.value, PlaceValue)
        assert _fold(place.best.value.name) == _fold(agreement.place)
        kind = queries.best_value(agreement.id, "kind", dataset)
        assert kind is not None and kind.best.value == AgreementKindValue(agreement.kind)
        assert kind.best.standing is Standing.ACCEPTED
        signatories = {
            r.best.value
            for r in queries.resolve(agreement.id, "signatories", dataset)
            if r.best.standing is Standing.ACCEPTED
        }
        assert signatories == {ActorValue(s.actor, s.position) for s in agreement.signatories}


@QUERY_EXAMPLES
@given(datasets())
def test_generated_resolutions_rank_every_claim(dataset: Dataset) -> None:
    for agreement in dataset.agreements:
        for field in queries.FIELDS:
            behind = queries.claims_behind(agreement.id, field, dataset)
            resolutions = queries.resolve(agreement.id, field, dataset)
            if field not in queries.MULTI_VALUED:
                assert len(resolutions) <= 1, field  # one slot: every value competes
            seen: list[str] = []
            for resolution in resolutions:
                ranked = (resolution.best, *resolution.alternatives)
                for value in ranked:
                    group = [dataset.claim_index[i] for i in value.claims]
                    if isinstance(value.value, ProvisionValue):  # one provision id, each source's words
                        assert all(
                            isinstance(c.value, ProvisionValue) and c.value.provision == value.value.provision
                            for c in group
                        )
                    else:
                        assert all(c.value == value.value for c in group)
                    assert value.origins == dataset.origins(group)
                    assert value.standing in {c.standing for c in group}
                    seen.extend(value.claims)
                # An accepted value, where there is one, is the best; and it has
                # at least as many independent origins as any other accepted value.
                if any(v.standing is Standing.ACCEPTED for v in ranked):
                    assert resolution.best.standing is Standing.ACCEPTED
                    assert all(
                        len(resolution.best.origins) >= len(v.origins)
                        for v in resolution.alternatives
                        if v.standing is Standing.ACCEPTED
                    )
                for claim_id in resolution.disagreeing:
                    assert claim_id not in resolution.best.claims
            assert sorted(seen) == sorted(c.id for c in behind), field  # each claim in one value


@QUERY_EXAMPLES
@given(datasets())
def test_generated_disputes_and_corroboration(dataset: Dataset) -> None:
    corrected = {c.target for c in dataset.corrections}

    def contested(claim: Claim) -> bool:
        return claim.standing is not Standing.ACCEPTED or claim.id in corrected

    for agreement in dataset.agreements:
        about = [c for c in dataset.claims if c.subject == agreement.id]
        reporting = {c.source for c in about}
        signatories = {s.actor for s in agreement.signatories}
        office_errors = [
            c
            for c in dataset.claims
            if c.predicate is Predicate.HOLDS_OFFICE
            and c.subject in signatories
            and c.source in reporting
            and contested(c)
        ]
        assert [c.claim for c in queries.signatory_conflicts(agreement.id, dataset)] == office_errors
        expected = any(contested(c) for c in about) or bool(office_errors)
        assert queries.is_disputed(agreement.id, dataset) is expected
        origins = queries.corroboration(agreement.id, dataset)
        assert origins == dataset.origins(
            c
            for c in about
            if c.standing in _ACCEPTED_OR_DISPUTED and c.predicate is not Predicate.NOT_REPORTED_BY
        )
        # Every origin is where a chain of derivations ends: never a copy.
        for origin in origins:
            assert dataset.origin(origin) == origin


@QUERY_EXAMPLES
@given(datasets())
def test_generated_conflicts_are_the_wrong_and_corrected_claims(dataset: Dataset) -> None:
    corrected = {c.target for c in dataset.corrections}
    expected = {c.id for c in dataset.claims if c.standing is not Standing.ACCEPTED or c.id in corrected}
    assert {c.claim.id for c in queries.conflicts(dataset=dataset)} == expected
    # Kept by the dataset (Dataset.unsettled_claims): the same claims, in id order, as a scan.
    scan = tuple(c for c in dataset.claims if c.standing is not Standing.ACCEPTED or c.id in corrected)
    assert dataset.unsettled_claims == scan
    assert [c.claim for c in queries.conflicts(dataset=dataset)] == list(scan)


@QUERY_EXAMPLES
@given(datasets())
def test_generated_timeline_is_in_date_order_and_has_every_signing(dataset: Dataset) -> None:
    events = queries.timeline(dataset=dataset)
    # Whatever certainly happened earlier is listed earlier.
    for index, earlier in enumerate(events):
        for later in events[index + 1 :]:
            assert later.date.before(earlier.date) is not Certainty.CERTAIN, (earlier, later)
    signings = {a: e for e in events if e.kind is queries.EventKind.SIGNING for a in e.agreements}
    assert set(signings) == {a.id for a in dataset.agreements if a.signed is not None}
    for agreement in dataset.agreements:
        if agreement.signed is not None:
            assert signings[agreement.id].date == agreement.signed
            # Backed by every report that may be that day and is not shown wrong.
            backing = {
                c.id
                for c in queries.claims_behind(agreement.id, "signed", dataset)
                if c.standing in _ACCEPTED_OR_DISPUTED
                and isinstance(c.value, DateValue)
                and c.value.date.same_day(agreement.signed)
            }
            row = signings[agreement.id]
            assert backing <= set(row.claims)
            # A signing event also lists the claims about the event and its agreement's other signing claims.
            assert {dataset.claim_index[c].subject for c in set(row.claims) - backing} <= {
                row.subject,
                agreement.id,
            }


@QUERY_EXAMPLES
@given(datasets())
def test_generated_ids_are_found_in_any_case_and_suggested_when_cut_short(dataset: Dataset) -> None:
    for table in ("agreement", "actor", "source", "claim"):
        index = getattr(dataset, f"{table}_index")
        for record_id in index:
            assert getattr(queries, table)(record_id.upper(), dataset).id == record_id
    ids = list(dataset.agreement_index)
    for record_id in ids:
        assert record_id in queries.suggest(record_id[:-1], ids)


@QUERY_EXAMPLES
@given(datasets())
def test_generated_excerpts_round_trip(dataset: Dataset) -> None:
    for agreement in dataset.agreements:
        part = queries.excerpt(agreements=[agreement.id], dataset=dataset)
        assert part.agreement(agreement.id) == agreement
        assert set(part.claims) == {c for c in dataset.claims if c.subject == agreement.id} | {
            c for c in part.claims if c.subject != agreement.id
        }
        assert loads(dumps(part)) == part


def test_records_of_the_query_api_are_frozen() -> None:
    resolution = queries.best_value(AGR_2018, "signed")
    assert resolution is not None
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        resolution.field = "place"  # type: ignore[misc]


def test_filters_and_look_ups_take_ids_in_any_case_and_names() -> None:
    # queries.claims(source="SRC-MEDIA-LINE-2018") used to return nothing, silently.
    by_id = queries.claims(source="src-media-line-2018")
    assert by_id and queries.claims(source="SRC-MEDIA-LINE-2018") == by_id
    assert queries.claims(source="The Media Line") == by_id
    assert queries.claims(actor="Ayoub") == queries.claims(actor=AYYOUB)
    assert queries.agreements(actor="baqeri") == queries.agreements(actor=BAGHERI)
    assert queries.actors(agreement="AGR-2020-COMPREHENSIVE-MILITARY") == queries.actors(agreement=AGR_2020)
    assert queries.timeline(actor="Hatami") == queries.timeline(actor=HATAMI)
    assert queries.conflicts(actor="hatami") == queries.conflicts(actor=HATAMI)
    assert queries.claims(actor="nobody of that name") == ()
    assert queries.actor("Baqeri") == queries.actor(BAGHERI)
    with pytest.raises(queries.Ambiguous, match='several actors match "Mohammad"'):
        queries.claims(actor="Mohammad")


def test_references_by_subject_in_any_case() -> None:
    assert queries.references(dataset=SHIPPED) == SHIPPED.references
    about = queries.references(subject=AGR_ECONOMIC.upper(), dataset=SHIPPED)
    assert [f.id for f in about] == ["ref-economic-initialled", "ref-economic-signed"]
    assert queries.references(subject="agr-nothing", dataset=SHIPPED) == ()
