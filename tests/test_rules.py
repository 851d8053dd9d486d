"""The cross-record rules: for each, a dataset that passes and one that fails.

Most cases mutate one small hand-built dataset (``BASE``) that every rule
accepts; the agreement-identity rule is also tried on the shipped data, with a
real claim moved from one real agreement to the other, in both directions.
"""

from __future__ import annotations

import hashlib
import inspect
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs
import pytest

import iransyria
from iransyria import rules
from iransyria.data.actors import BAGHERI, HATAMI
from iransyria.data.agreements import AGR_2018, AGR_2020
from iransyria.dataset import Dataset
from iransyria.dates import Certainty, FuzzyDate
from iransyria.errors import InvalidField
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
    ClaimValue,
    Correction,
    CorrectionKind,
    DateValue,
    Derivation,
    DerivationKind,
    EventValue,
    Evidence,
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
from iransyria.queries import describe_value
from iransyria.rules import RULES, Context, Severity, Violation, offices, validate
from tests.conftest import REPO

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
        provisions=("rebuilding the army",),
    ),
    Agreement(
        id=A20,
        kind=AgreementKind.MILITARY_COOPERATION,
        title="2020 deal",
        parties=(IRAN, SYRIA),
        signatories=(Signatory(BAG, IRAN_COS, IRAN), Signatory(AYY, SYRIA_MOD, SYRIA)),
        signed=date("2020-07-08"),
        place="Damascus",
        provisions=("strengthening Syria's air defence",),
        relations=(Relation(RelationKind.SIMILAR_TO, A18),),
    ),
)

MILITARY = TextValue("military-cooperation")
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
        "clm-18-rebuild", A18, Predicate.PROVISION, TextValue("rebuilding the army"), "rebuilding the army"
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
        TextValue("strengthening Syria's air defence"),
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
    claims=CLAIMS,
    corrections=CORRECTIONS,
)


# --------------------------------------------------------------------------- helpers


def found(dataset: Dataset, code: str, articles: Path | None = None) -> list[tuple[str, tuple[str, ...]]]:
    """(path, related) of each violation of one rule."""
    return [(v.path, v.related) for v in validate(dataset, articles) if v.code == code]


def only(dataset: Dataset, code: str) -> Violation:
    return only_with(dataset, code, None)


def only_with(dataset: Dataset, code: str, articles: Path | None) -> Violation:
    (violation,) = [v for v in validate(dataset, articles) if v.code == code]
    return violation


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


@pytest.fixture
def article_dir(tmp_path: Path) -> Path:
    for source_id, text in ARTICLES.items():
        (tmp_path / FILES[source_id]).write_text(text, encoding="utf-8")
    return tmp_path


# --------------------------------------------------------------------------- the registry


def test_the_base_dataset_passes_every_rule(article_dir: Path) -> None:
    assert validate(BASE) == []
    assert validate(BASE, article_dir) == []


def test_rules_are_registered_in_code_order_with_names_and_docs() -> None:
    codes = [rule.code for rule in RULES]
    assert codes == sorted(codes)
    assert len(set(codes)) == len(codes)
    assert len({rule.name for rule in RULES}) == len(RULES)
    for rule in RULES:
        assert re.fullmatch(r"IS[1-8]\d\d", rule.code)
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", rule.name)
        assert rule.doc and rule.doc == rule.doc.strip()
        assert rule.doc == inspect.cleandoc(rule.check.__doc__ or "")


def test_validate_sorts_errors_first_then_code_then_path() -> None:
    broken = changed_source(BASE, S18, published=date("2018-08"))  # IS302 warning
    broken = changed_correction(broken, "cor-foreign", after="Foreign Minister")  # IS603 error
    broken = broken.evolve(actors=[a for a in broken.actors if a.id != HAT])  # IS102 errors
    violations = validate(broken)
    keys = [(v.severity is Severity.WARNING, v.code, v.path) for v in violations]
    assert keys == sorted(keys)
    assert violations[0].severity is Severity.ERROR and violations[-1].code == "IS302"
    assert all("\n" not in v.message for v in violations)


def test_a_rule_yields_violations_of_its_own_code_and_severity() -> None:
    broken = changed_source(BASE, S18, published=date("2018-08"))
    by_code = {rule.code: rule for rule in RULES}
    for violation in validate(broken):
        assert violation.severity is by_code[violation.code].severity


def test_docs_describe_every_rule() -> None:
    docs = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule in RULES:
        assert f"`{rule.code}`" in docs, rule.code
        assert rule.name in docs, rule.name


CODES = {
    "IS101": "unique-ids",
    "IS102": "references-resolve",
    "IS103": "reference-kinds",
    "IS104": "unique-names",
    "IS201": "agreement-identity",
    "IS301": "report-predates-signing",
    "IS302": "report-may-predate-signing",
    "IS304": "correction-predates-claim",
    "IS401": "signatory-out-of-office",
    "IS402": "signatory-may-be-out-of-office",
    "IS403": "signatory-office-unknown",
    "IS501": "conflicting-claims",
    "IS502": "half-settled-dispute",
    "IS601": "corrected-claim-standing",
    "IS602": "publisher-correction-source",
    "IS603": "correction-changes-something",
    "IS604": "correction-loop",
    "IS605": "unexplained-standing",
    "IS701": "unsupported-field",
    "IS702": "unreflected-claim",
    "IS802": "article-missing",
    "IS803": "article-hash",
    "IS804": "quote-not-in-article",
}


def test_codes_are_stable_and_retired_codes_stay_retired() -> None:
    assert {rule.code: rule.name for rule in RULES} == CODES
    # IS303 (office-span-order) and IS801 (empty-quote) could never fire on
    # loaded data: the models refuse such records when they are built.
    assert {"IS303", "IS801"}.isdisjoint(CODES)
    with pytest.raises(InvalidField, match=r"ends .* before it starts"):
        office(IRAN_MOD, "2021-08", "2017-08")
    with pytest.raises(InvalidField, match="non-empty"):
        attrs.evolve(BASE.claim_index["clm-18-kind"], quote="   ")


def test_corroboration_is_a_query_not_a_rule() -> None:
    # One definition, in iransyria.queries: the rules module no longer has its own.
    assert not hasattr(rules, "corroboration")
    assert "corroboration" not in rules.__all__


def test_the_context_reads_the_datasets_grouped_tables() -> None:
    ctx = Context(BASE)
    assert ctx.claims_by_subject is BASE.claims_by_subject
    assert ctx.corrections_by_target is BASE.corrections_by_target
    assert ctx.claims_by_key[A18, Predicate.SIGNATORY] == [
        c for c in BASE.claims if c.subject == A18 and c.predicate is Predicate.SIGNATORY
    ]


# --------------------------------------------------------------------------- IS1xx identity


def test_is101_a_duplicate_id_is_reported_once() -> None:
    twin = attrs.evolve(BASE.claim_index["clm-18-kind"], quote="military cooperation")
    assert found(with_claims(BASE, twin), "IS101") == [("claims[clm-18-kind].id", ())]
    assert found(BASE, "IS101") == []


def test_is102_every_reference_to_a_deleted_actor_is_reported() -> None:
    without = BASE.evolve(actors=[a for a in BASE.actors if a.id != HAT])
    assert sorted(found(without, "IS102")) == [
        ("agreements[agr-2018].signatories[0].actor", (HAT,)),
        ("claims[clm-18-hatami-foreign].subject", (HAT,)),
        ("claims[clm-18-hatami-foreign].value.actor", (HAT,)),
        ("claims[clm-18-hatami].value.actor", (HAT,)),
    ]


def test_is102_missing_sources_claims_and_agreements() -> None:
    broken = BASE.evolve(
        sources=[s for s in BASE.sources if s.id != S18],
        agreements=[a for a in BASE.agreements if a.id != A18],
    )
    paths = dict(found(broken, "IS102"))
    assert paths["claims[clm-18-kind].source"] == (S18,)
    assert paths["claims[clm-18-kind].subject"] == (A18,)
    assert paths["claims[clm-20-similar].value.agreement"] == (A18,)
    assert paths["agreements[agr-2020].relations[0].target"] == (A18,)
    assert paths["corrections[cor-foreign].evidence[0].source"] == (S18,)
    gone = with_claims(BASE, drop=["clm-20-iranian-companies"])
    assert found(gone, "IS102") == [("corrections[cor-companies].replacement", ("clm-20-iranian-companies",))]


def test_is102_source_derivations_and_outlets() -> None:
    translation = source(
        "src-translation",
        "2018-09-01",
        outlet="outlet-missing",
        kind=SourceKind.TRANSLATION,
        derived_from=(Derivation(DerivationKind.TRANSLATION_OF, None, "src-missing"),),
    )
    broken = BASE.evolve(sources=[*BASE.sources, translation])
    assert sorted(found(broken, "IS102")) == [
        ("sources[src-translation].derived_from[0].source", ("src-missing",)),
        ("sources[src-translation].outlet", ("outlet-missing",)),
    ]


def test_is103_a_party_claim_naming_a_person() -> None:
    broken = changed_claim(BASE, "clm-18-party-iran", value=ActorValue(HAT))
    assert found(broken, "IS103") == [("claims[clm-18-party-iran].value.actor", (HAT,))]
    assert "party per-hatami is a person, not one of: organisation, state" in only(broken, "IS103").message
    assert found(BASE, "IS103") == []


def test_is103_an_outlet_that_is_a_state_and_an_office_claim_about_someone_else() -> None:
    broken = changed_source(BASE, S18, outlet=IRAN)
    broken = changed_claim(broken, "clm-18-hatami-foreign", value=ActorValue(AYY, SYRIA_MOD))
    assert sorted(found(broken, "IS103")) == [
        ("claims[clm-18-hatami-foreign].value.actor", (AYY,)),
        ("sources[src-2018].outlet", (IRAN,)),
    ]


def test_is104_a_name_shared_by_two_actors() -> None:
    broken = changed_actor(BASE, AYY, aliases=(Alias("Ayyoub"), Alias("HATAMI")))
    assert found(broken, "IS104") == [("actors[per-hatami].aliases[0].name", (AYY,))]
    assert "the name 'hatami' of per-hatami also names per-ayyoub" in only(broken, "IS104").message
    assert found(BASE, "IS104") == []


# --------------------------------------------------------------------------- IS201 agreement identity


def test_is201_a_2018_signatory_reported_as_2020() -> None:
    moved = changed_claim(BASE, "clm-18-hatami", subject=A20)
    violation = only(moved, "IS201")
    assert (violation.path, violation.related) == ("claims[clm-18-hatami].value.actor", (A18,))
    assert violation.message.startswith(
        "claim clm-18-hatami on agr-2020 describes agr-2018: signatory per-hatami signed agr-2018, not agr-2020"
    )
    # Its source also predates the 2020 signing, which the message says too.
    assert "its source src-2018 (published 2018-08-28) certainly predates" in violation.message


def test_is201_a_2020_signatory_reported_as_2018() -> None:
    moved = changed_claim(BASE, "clm-20-bagheri", subject=A18)
    assert found(moved, "IS201") == [("claims[clm-20-bagheri].value.actor", (A20,))]
    assert only(moved, "IS201").message == (
        "claim clm-20-bagheri on agr-2018 describes agr-2020: "
        "signatory per-bagheri signed agr-2020, not agr-2018"
    )


@pytest.mark.parametrize(
    ("claim_id", "to", "path", "describes"),
    [
        ("clm-18-date", A20, "claims[clm-18-date].value.date", A18),
        ("clm-20-date", A18, "claims[clm-20-date].value.date", A20),
        ("clm-20-similar", A18, "claims[clm-20-similar].value.agreement", A20),
        # Shared content (Ayyoub signed both; both were signed in Damascus) says
        # nothing, but a 2018 source cannot report the 2020 deal.
        ("clm-18-ayyoub", A20, "claims[clm-18-ayyoub].source", A18),
        ("clm-18-place", A20, "claims[clm-18-place].source", A18),
        ("clm-18-kind", A20, "claims[clm-18-kind].source", A18),
        ("clm-18-rebuild", A20, "claims[clm-18-rebuild].source", A18),
    ],
)
def test_is201_a_claim_moved_to_the_other_agreement(
    claim_id: str, to: str, path: str, describes: str
) -> None:
    assert found(changed_claim(BASE, claim_id, subject=to), "IS201") == [(path, (describes,))]


def test_is201_a_signing_place_of_another_agreement() -> None:
    elsewhere = changed_agreement(BASE, A18, place="Tehran")
    elsewhere = changed_claim(elsewhere, "clm-18-place", value=PlaceValue("Tehran"))
    moved = with_claims(
        elsewhere, claim("clm-x-tehran", A20, Predicate.SIGNING_PLACE, PlaceValue("tehran"), "Damascus", S20)
    )
    assert found(moved, "IS201") == [("claims[clm-x-tehran].value.name", (A18,))]
    assert "signing place 'tehran' is agr-2018's, not agr-2020's ('Damascus')" in only(moved, "IS201").message


@pytest.mark.parametrize("claim_id", ["clm-18-ayyoub", "clm-18-place", "clm-18-party-iran"])
def test_is201_shared_content_from_a_later_source_identifies_nothing(claim_id: str) -> None:
    # Ayyoub signed both, both were signed in Damascus by Iran and Syria: a
    # 2020 report of these on the 2018 deal is consistent with it.
    moved = changed_claim(BASE, claim_id.replace("18", "20"), subject=A18)
    assert found(moved, "IS201") == []


def test_is201_refuted_and_superseded_claims_are_not_judged() -> None:
    moved = changed_claim(
        BASE, "clm-20-bagheri", subject=A18, standing=Standing.REFUTED, reason="Bagheri signed in 2020."
    )
    assert found(moved, "IS201") == []
    disputed = changed_claim(
        BASE, "clm-20-bagheri", subject=A18, standing=Standing.DISPUTED, reason="unclear"
    )
    assert found(disputed, "IS201") == [("claims[clm-20-bagheri].value.actor", (A20,))]


SHIPPED = iransyria.dataset()


def _shipped_claim(subject: str, predicate: Predicate, actor: str) -> Claim:
    return next(
        c
        for c in SHIPPED.claims
        if c.subject == subject
        and c.predicate is predicate
        and c.standing is Standing.ACCEPTED
        and isinstance(c.value, ActorValue)
        and c.value.actor == actor
    )


def test_is201_shipped_hatami_signing_the_2018_deal_moved_to_2020() -> None:
    moved = _shipped_claim(AGR_2018, Predicate.SIGNATORY, HATAMI)
    broken = changed_claim(SHIPPED, moved.id, subject=AGR_2020)
    assert found(broken, "IS201") == [(f"claims[{moved.id}].value.actor", (AGR_2018,))]
    assert only(broken, "IS201").message.startswith(
        f"claim {moved.id} on {AGR_2020} describes {AGR_2018}: "
        f"signatory {HATAMI} signed {AGR_2018}, not {AGR_2020}"
    )


def test_is201_shipped_bagheri_signing_the_2020_deal_moved_to_2018() -> None:
    moved = _shipped_claim(AGR_2020, Predicate.SIGNATORY, BAGHERI)
    broken = changed_claim(SHIPPED, moved.id, subject=AGR_2018)
    assert found(broken, "IS201") == [(f"claims[{moved.id}].value.actor", (AGR_2020,))]
    assert only(broken, "IS201").message.startswith(
        f"claim {moved.id} on {AGR_2018} describes {AGR_2020}: "
        f"signatory {BAGHERI} signed {AGR_2020}, not {AGR_2018}"
    )


def test_is201_shipped_signing_dates_moved_both_ways() -> None:
    for origin, target in ((AGR_2018, AGR_2020), (AGR_2020, AGR_2018)):
        agreement = SHIPPED.agreement_index[origin]
        moved = next(
            c
            for c in SHIPPED.claims
            if c.subject == origin
            and c.predicate is Predicate.SIGNING_DATE
            and c.standing is Standing.ACCEPTED
            and isinstance(c.value, DateValue)
            and c.value.date == agreement.signed
        )
        broken = changed_claim(SHIPPED, moved.id, subject=target)
        assert found(broken, "IS201") == [(f"claims[{moved.id}].value.date", (origin,))]


# --------------------------------------------------------------------------- IS3xx time


def test_is301_a_source_published_before_the_signing_it_reports() -> None:
    early = changed_source(BASE, S18, published=date("2018-08-01"))
    on_2018 = tuple(c.id for c in BASE.claims if c.source == S18 and c.subject == A18)
    assert found(early, "IS301") == [("sources[src-2018].published", (A18, *on_2018))]
    assert only(early, "IS301").message.startswith(
        "source src-2018 (published 2018-08-01) certainly predates the signing of agr-2018 (2018-08-26/2018-08-27)"
    )
    assert found(BASE, "IS301") == []


def test_is301_a_signing_date_after_its_source_was_published() -> None:
    late = with_claims(
        BASE, claim("clm-x-late", A20, Predicate.SIGNING_DATE, DateValue(date("2020-08")), "on 8th July", S20)
    )
    assert found(late, "IS301") == [("claims[clm-x-late].value.date", (S20,))]
    assert "certainly after its source src-2020 was published (2020-07-09)" in only(late, "IS301").message


def test_is302_a_source_possibly_published_before_the_signing() -> None:
    coarse = changed_source(BASE, S18, published=date("2018-08"))
    on_2018 = tuple(c.id for c in BASE.claims if c.source == S18 and c.subject == A18)
    assert found(coarse, "IS302") == [("sources[src-2018].published", (A18, *on_2018))]
    assert "possibly predates" in only(coarse, "IS302").message
    assert found(coarse, "IS301") == []


def test_is304_a_correction_dated_before_the_claim_it_corrects() -> None:
    broken = changed_correction(BASE, "cor-companies", date=date("2020-07-01"))
    assert found(broken, "IS304") == [("corrections[cor-companies].date", ("clm-20-syrian-companies", S20))]
    same_month = changed_correction(BASE, "cor-companies", date=date("2020-07"))
    assert found(same_month, "IS304") == []


# --------------------------------------------------------------------------- IS4xx office-holding


def test_is401_signatories_out_of_office_on_the_signing_date() -> None:
    early = changed_agreement(BASE, A18, signed=date("2016-05-01"))
    assert found(early, "IS401") == [
        ("agreements[agr-2018].signatories[0]", (HAT,)),
        ("agreements[agr-2018].signatories[1]", (AYY,)),
    ]
    assert only(changed_agreement(BASE, A18, signed=date("2017-12-01")), "IS401").message == (
        "per-ayyoub certainly did not hold Minister of Defence (state-syria) on 2017-12-01: "
        "held from 2018-01 to 2022-04 (signing agr-2018)"
    )
    assert found(BASE, "IS401") == []


def test_is402_a_signing_that_may_fall_outside_the_span() -> None:
    coarse = changed_agreement(BASE, A18, signed=date("2017-08"))
    assert found(coarse, "IS402") == [("agreements[agr-2018].signatories[0]", (HAT,))]
    assert found(coarse, "IS401") == [("agreements[agr-2018].signatories[1]", (AYY,))]
    assert (
        "per-hatami possibly did not hold Minister of Defence (state-iran) on 2017-08"
        in only(coarse, "IS402").message
    )


def test_is403_an_office_without_a_span() -> None:
    unknown = OfficeHeld(IRAN_MOD, None, None, SpanBasis.STATED, "the article gives the office")
    broken = changed_actor(BASE, HAT, offices=(unknown,))
    assert found(broken, "IS403") == [("agreements[agr-2018].signatories[0]", (HAT,))]
    assert "no span is recorded for that office" in only(broken, "IS403").message
    assert found(BASE, "IS403") == []


def test_is403_a_signatory_claim_with_an_office_never_held() -> None:
    # The claim's position differs from the record, so it is judged on the claim.
    other = with_claims(
        BASE,
        claim("clm-x-hatami-cos", A18, Predicate.SIGNATORY, ActorValue(HAT, IRAN_COS), "Hatami"),
    )
    assert found(other, "IS403") == [("claims[clm-x-hatami-cos].value.position", (HAT,))]
    assert "no such office is recorded" in only(other, "IS403").message


def test_office_holding_ignores_signatory_claims_that_are_not_accepted() -> None:
    other = with_claims(
        BASE,
        claim(
            "clm-x-hatami-cos",
            A18,
            Predicate.SIGNATORY,
            ActorValue(HAT, IRAN_COS),
            "Hatami",
            standing=Standing.DISPUTED,
            reason="unclear",
        ),
    )
    assert found(other, "IS403") == []


def test_office_verdicts_are_certainties_or_none_when_unknown() -> None:
    ctx = Context(BASE)
    verdict = offices._office_verdict
    assert verdict(ctx, HAT, IRAN_MOD, date("2018-08-26"))[0] is Certainty.CERTAIN
    assert verdict(ctx, HAT, IRAN_MOD, date("2017"))[0] is Certainty.POSSIBLE
    assert verdict(ctx, HAT, IRAN_MOD, date("2016-01")) == (
        Certainty.IMPOSSIBLE,
        "held from 2017-08 to 2021-08",
    )
    assert verdict(ctx, HAT, IRAN_COS, date("2018-08-26")) == (None, "no such office is recorded")


# --------------------------------------------------------------------------- IS5xx conflicts

IS501_CASES = [
    (
        claim("clm-x-date", A18, Predicate.SIGNING_DATE, DateValue(date("2018-09-05")), "on Sunday"),
        ("claims[clm-x-date].value.date", ("clm-18-date",)),
    ),
    (
        claim("clm-x-place", A18, Predicate.SIGNING_PLACE, PlaceValue("Tehran"), "in Damascus"),
        ("claims[clm-x-place].value.name", ("clm-18-place",)),
    ),
    (
        claim("clm-x-kind", A18, Predicate.KIND, TextValue("economic-cooperation"), "deal"),
        ("claims[clm-x-kind].value.text", ("clm-18-kind",)),
    ),
    (
        claim("clm-x-position", A18, Predicate.SIGNATORY, ActorValue(HAT, IRAN_COS), "Hatami"),
        ("claims[clm-x-position].value.position", ("clm-18-hatami",)),
    ),
    (
        claim("clm-x-holder", A18, Predicate.SIGNATORY, ActorValue(BAG, IRAN_MOD), "Hatami"),
        ("claims[clm-x-holder].value.actor", ("clm-18-hatami",)),
    ),
]


@pytest.mark.parametrize(("added", "expected"), IS501_CASES, ids=lambda x: getattr(x, "id", ""))
def test_is501_two_accepted_claims_that_conflict(added: Claim, expected: tuple[str, tuple[str, ...]]) -> None:
    assert found(with_claims(BASE, added), "IS501") == [expected]


@pytest.mark.parametrize(("added", "expected"), IS501_CASES, ids=lambda x: getattr(x, "id", ""))
def test_is501_a_conflict_is_resolved_by_refuting_one_side(
    added: Claim, expected: tuple[str, tuple[str, ...]]
) -> None:
    refuted = attrs.evolve(added, standing=Standing.REFUTED, reason="the other reports agree")
    assert found(with_claims(BASE, refuted), "IS501") == []


@pytest.mark.parametrize(("added", "expected"), IS501_CASES, ids=lambda x: getattr(x, "id", ""))
def test_is501_a_conflict_is_resolved_by_disputing_both_sides(
    added: Claim, expected: tuple[str, tuple[str, ...]]
) -> None:
    (_, (other,)) = expected
    both = changed_claim(with_claims(BASE, added), other, standing=Standing.DISPUTED, reason="sources differ")
    both = changed_claim(both, added.id, standing=Standing.DISPUTED, reason="sources differ")
    assert found(both, "IS501") == []
    assert found(both, "IS502") == []


def test_is501_compatible_dates_and_many_valued_predicates_do_not_conflict() -> None:
    extra = with_claims(
        BASE,
        claim("clm-x-month", A18, Predicate.SIGNING_DATE, DateValue(date("2018-08")), "on Sunday"),
        claim("clm-x-provision", A18, Predicate.PROVISION, TextValue("something else"), "deal"),
        claim("clm-x-name-1", HAT, Predicate.NAMED_AS, TextValue("Hatami"), "Hatami"),
        claim("clm-x-name-2", HAT, Predicate.NAMED_AS, TextValue("Gen. Hatami"), "Hatami"),
        claim("clm-x-office", HAT, Predicate.HOLDS_OFFICE, ActorValue(HAT, IRAN_COS), "Hatami"),
        claim("clm-x-office-2", HAT, Predicate.HOLDS_OFFICE, ActorValue(HAT, IRAN_MOD), "Hatami"),
    )
    assert found(extra, "IS501") == []


def test_is501_events_and_quantities() -> None:
    def event(id_: str, when: str, place: str | None = None, source_id: str = S18) -> Claim:
        value = EventValue(date(when), "Israeli strike on Iranian targets", place)
        return claim(id_, IRAN, Predicate.EVENT, value, "Iran and Syria", source_id)

    def quantity(id_: str, low: int | None, high: int | None, source_id: str = S20) -> Claim:
        value = QuantityValue("soldiers", low, high)
        return claim(id_, IRAN, Predicate.QUANTITY, value, "Iran and Syria", source_id)

    events = with_claims(BASE, event("clm-x-e1", "2018-05"), event("clm-x-e2", "2018-06"))
    assert found(events, "IS501") == [("claims[clm-x-e2].value.date", ("clm-x-e1",))]
    places = with_claims(BASE, event("clm-x-e1", "2018-05", "Golan"), event("clm-x-e2", "2018", "Homs"))
    assert found(places, "IS501") == [("claims[clm-x-e2].value.place", ("clm-x-e1",))]
    figures = with_claims(BASE, quantity("clm-x-q1", 100, 200), quantity("clm-x-q2", 300, None))
    assert found(figures, "IS501") == [("claims[clm-x-q2].value", ("clm-x-q1",))]
    overlapping = with_claims(BASE, quantity("clm-x-q1", None, 2500), quantity("clm-x-q2", 2000, 3000))
    assert found(overlapping, "IS501") == []
    # Figures from reports two years apart may both have been true.
    apart = with_claims(BASE, quantity("clm-x-q1", 100, 200, S18), quantity("clm-x-q2", 300, None))
    assert found(apart, "IS501") == []


def test_conflict_messages_render_values_as_the_query_api_does() -> None:
    # One rendering of claim values, iransyria.queries.describe_value, for
    # the rules' messages and the command line alike.
    low = claim("clm-x-q1", IRAN, Predicate.QUANTITY, QuantityValue("soldiers", 100, 200), "Iran", S20)
    high = claim("clm-x-q2", IRAN, Predicate.QUANTITY, QuantityValue("soldiers", 300, None), "Iran", S20)
    figures = only(with_claims(BASE, low, high), "IS501").message
    assert figures.endswith(f": {describe_value(low.value)} vs {describe_value(high.value)}")
    cos = claim("clm-x-position", A18, Predicate.SIGNATORY, ActorValue(HAT, IRAN_COS), "Hatami")
    positions = only(with_claims(BASE, cos), "IS501").message
    assert positions.endswith(f": {describe_value(ActorValue(HAT, IRAN_MOD))} vs {describe_value(cos.value)}")
    tehran = claim("clm-x-place", A18, Predicate.SIGNING_PLACE, PlaceValue("Tehran"), "in Damascus")
    assert only(with_claims(BASE, tehran), "IS501").message.endswith(": 'Damascus' vs 'Tehran'")


def test_is502_a_disputed_claim_against_an_accepted_one() -> None:
    disputed = claim(
        "clm-x-date",
        A18,
        Predicate.SIGNING_DATE,
        DateValue(date("2018-09-05")),
        "on Sunday",
        standing=Standing.DISPUTED,
        reason="one report",
    )
    broken = with_claims(BASE, disputed)
    assert found(broken, "IS502") == [("claims[clm-x-date].value.date", ("clm-18-date",))]
    assert found(broken, "IS501") == []
    assert found(BASE, "IS502") == []


# --------------------------------------------------------------------------- IS6xx corrections


def test_is601_a_correction_of_a_claim_left_accepted() -> None:
    broken = changed_claim(BASE, "clm-18-hatami-foreign", standing=Standing.ACCEPTED)
    assert found(broken, "IS601") == [("corrections[cor-foreign].target", ("clm-18-hatami-foreign",))]
    assert found(BASE, "IS601") == []


def test_is602_a_publisher_correction_from_another_source() -> None:
    broken = changed_correction(BASE, "cor-companies", source=S18)
    assert found(broken, "IS602") == [
        ("corrections[cor-companies].source", ("clm-20-iranian-companies",)),
        ("corrections[cor-companies].source", ("clm-20-syrian-companies",)),
    ]
    assert found(BASE, "IS602") == []


def test_is603_a_correction_that_changes_nothing() -> None:
    broken = changed_correction(BASE, "cor-foreign", after=" Foreign  Minister")
    assert found(broken, "IS603") == [("corrections[cor-foreign].after", ())]
    assert found(changed_correction(BASE, "cor-foreign", after="foreign minister"), "IS603") == []


def test_is604_corrections_that_loop() -> None:
    back = Correction(
        id="cor-back",
        kind=CorrectionKind.EDITORIAL,
        target="clm-20-iranian-companies",
        replacement="clm-20-syrian-companies",
        before="Iranian",
        after="Syrian",
        reason="looping back",
        evidence=(Evidence(S20, "Syrian companies"),),
    )
    broken = BASE.evolve(corrections=[*BASE.corrections, back])
    assert found(broken, "IS604") == [("corrections[cor-back].replacement", ("cor-back", "cor-companies"))]
    assert "cor-back (clm-20-iranian-companies -> clm-20-syrian-companies)" in only(broken, "IS604").message
    assert found(BASE, "IS604") == []


def test_is604_a_chain_that_does_not_loop() -> None:
    third = claim("clm-x-third", IRAN, Predicate.ASSERTION, TextValue("x"), "Iranian companies", S20)
    onwards = Correction(
        id="cor-onwards",
        kind=CorrectionKind.PUBLISHER,
        target="clm-20-iranian-companies",
        replacement=third.id,
        before="Iranian companies",
        after="x",
        reason="a later version",
        source=S20,
    )
    chain = changed_claim(with_claims(BASE, third), "clm-20-iranian-companies", standing=Standing.SUPERSEDED)
    chain = chain.evolve(corrections=[*chain.corrections, onwards])
    assert validate(chain) == []


def test_is605_a_refuted_claim_with_no_correction_or_reason() -> None:
    broken = BASE.evolve(corrections=[c for c in BASE.corrections if c.id != "cor-foreign"])
    assert found(broken, "IS605") == [("claims[clm-18-hatami-foreign].standing", ())]
    explained = changed_claim(broken, "clm-18-hatami-foreign", reason="Hatami was Minister of Defence.")
    assert found(explained, "IS605") == []


# --------------------------------------------------------------------------- IS7xx support


def test_is701_a_field_no_accepted_claim_backs() -> None:
    broken = with_claims(BASE, drop=["clm-18-place", "clm-20-air-defence", "clm-18-hatami", "clm-20-similar"])
    assert found(broken, "IS701") == [
        ("agreements[agr-2018].place", ()),
        ("agreements[agr-2018].signatories[0]", ()),
        ("agreements[agr-2020].provisions[0]", ()),
        ("agreements[agr-2020].relations[0]", ()),
    ]


def test_is701_names_the_claims_that_back_a_field_without_being_accepted() -> None:
    broken = changed_claim(BASE, "clm-18-date", standing=Standing.DISPUTED, reason="one report")
    assert found(broken, "IS701") == [("agreements[agr-2018].signed", ("clm-18-date",))]
    assert only(broken, "IS701").message == (
        "agr-2018's signing date 2018-08-26/2018-08-27 is backed by no accepted claim "
        "(only clm-18-date, not accepted)"
    )


def test_is701_a_compatible_coarser_date_backs_the_signing_date() -> None:
    coarse = changed_claim(BASE, "clm-18-date", value=DateValue(date("2018-08")))
    assert found(coarse, "IS701") == []


def test_is701_a_signatory_claim_with_another_position_does_not_back_it() -> None:
    other = changed_claim(BASE, "clm-20-ayyoub", value=ActorValue(AYY, Position("Chief of Staff", SYRIA)))
    assert found(other, "IS701") == [("agreements[agr-2020].signatories[1]", ())]


def test_is702_an_accepted_claim_the_record_does_not_reflect() -> None:
    extra = with_claims(
        BASE, claim("clm-x-provision", A18, Predicate.PROVISION, TextValue("technology exchange"), "deal")
    )
    assert found(extra, "IS702") == [("claims[clm-x-provision].value.text", (A18,))]
    disputed = changed_claim(extra, "clm-x-provision", standing=Standing.DISPUTED, reason="murky")
    assert found(disputed, "IS702") == []
    assert found(BASE, "IS702") == []


# --------------------------------------------------------------------------- IS8xx evidence


def test_is802_a_missing_article_file(article_dir: Path) -> None:
    (article_dir / FILES[S20]).unlink()
    assert found(BASE, "IS802", article_dir) == [("sources[src-2020].file", ())]
    assert found(BASE, "IS802") == []  # without the folder, nothing is read


def test_is802_an_unreadable_article_file_is_a_violation_not_a_crash(
    article_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_bytes = Path.read_bytes

    def refusing(path: Path) -> bytes:
        if path.name == FILES[S20]:
            raise PermissionError(13, "Permission denied", str(path))
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", refusing)
    violations = validate(BASE, article_dir)
    # Reported once, by IS802; IS803 and IS804 have no bytes to judge.
    assert [(v.code, v.path) for v in violations] == [("IS802", "sources[src-2020].file")]
    assert violations[0].message == (
        f"article file 2020.txt of src-2020 cannot be read from {article_dir}: Permission denied"
    )


def test_is802_a_folder_in_place_of_an_article_file(article_dir: Path) -> None:
    (article_dir / FILES[S20]).unlink()
    (article_dir / FILES[S20]).mkdir()
    assert found(BASE, "IS802", article_dir) == [("sources[src-2020].file", ())]
    assert "2020.txt of src-2020 cannot be read from" in only_with(BASE, "IS802", article_dir).message


def test_each_article_file_is_read_once(article_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reads: Counter[str] = Counter()
    read_bytes = Path.read_bytes

    def counting(path: Path) -> bytes:
        reads[path.name] += 1
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", counting)
    assert validate(BASE, article_dir) == []
    assert reads == {FILES[S18]: 1, FILES[S20]: 1}


def test_is803_an_article_file_that_changed(article_dir: Path) -> None:
    (article_dir / FILES[S18]).write_text(ARTICLES[S18] + " Updated.", encoding="utf-8")
    assert found(BASE, "IS803", article_dir) == [("sources[src-2018].sha256", ())]
    assert found(BASE, "IS804", article_dir) == []


def test_is804_quotes_not_in_the_article(article_dir: Path) -> None:
    broken = changed_claim(BASE, "clm-18-kind", quote="a military co-operation deal")
    broken = changed_correction(broken, "cor-foreign", evidence=(Evidence(S18, "Defence minister Hatami"),))
    assert found(broken, "IS804", article_dir) == [
        ("claims[clm-18-kind].quote", (S18,)),
        ("corrections[cor-foreign].evidence[0].quote", (S18,)),
    ]
    assert found(broken, "IS804") == []


# --------------------------------------------------------------------------- the shipped dataset


def _shipped_warnings_documented(violations: list[Violation]) -> None:
    docs = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    shipped_section = docs.split("## Warnings on the shipped dataset", 1)[1]
    for violation in violations:
        if violation.severity is Severity.WARNING:
            assert f"`{violation.code}` `{violation.path}`" in shipped_section, str(violation)


def test_the_shipped_dataset_has_no_errors() -> None:
    violations = validate(SHIPPED)
    assert [str(v) for v in violations if v.severity is Severity.ERROR] == []
    _shipped_warnings_documented(violations)


def test_the_shipped_dataset_has_no_errors_against_its_articles(articles: Path) -> None:
    violations = validate(SHIPPED, articles)
    assert [str(v) for v in violations if v.severity is Severity.ERROR] == []
    _shipped_warnings_documented(violations)
