"""Single-record invariants: each validator accepts the good and names the field of the bad."""

from __future__ import annotations

from typing import Any

import pytest

from iransyria.dates import FuzzyDate
from iransyria.errors import InvalidField
from iransyria.models import (
    Actor,
    ActorKind,
    ActorValue,
    Agreement,
    AgreementKind,
    AgreementKindValue,
    Attribution,
    AttributionKind,
    Claim,
    Correction,
    CorrectionKind,
    DateValue,
    Derivation,
    DerivationKind,
    Evidence,
    OfficeHeld,
    Position,
    Predicate,
    Provision,
    ProvisionValue,
    QuantityValue,
    ReferenceFact,
    ReferenceKind,
    Relation,
    RelationKind,
    Signatory,
    Source,
    SourceKind,
    SpanBasis,
    Standing,
    TextValue,
)

MINISTER = Position("Minister of Defence", "state-iran")
SHA = "0" * 64


def source(**changes: Any) -> Source:
    fields: dict[str, Any] = {
        "id": "src-a",
        "file": "a.txt",
        "sha256": SHA,
        "title": "T",
        "outlet": None,
        "outlet_basis": "not named",
        "published": FuzzyDate.parse("2018-08"),
        "published_basis": "stated",
        "language": "en",
        "kind": SourceKind.ORIGINAL,
    }
    return Source(**{**fields, **changes})


def claim(**changes: Any) -> Claim:
    fields: dict[str, Any] = {
        "id": "clm-a",
        "source": "src-a",
        "subject": "agr-a",
        "predicate": Predicate.SIGNING_DATE,
        "value": DateValue(FuzzyDate.parse("2018-08")),
        "attribution": Attribution(AttributionKind.OUTLET),
        "quote": "in August 2018",
    }
    return Claim(**{**fields, **changes})


def rejects(field: str, message: str, make: Any, **changes: Any) -> None:
    with pytest.raises(InvalidField, match=message) as caught:
        make(**changes)
    assert caught.value.field == field


def test_valid_records_build() -> None:
    assert source().origin == "src-a"
    assert claim().standing is Standing.ACCEPTED


@pytest.mark.parametrize(
    ("field", "message", "changes"),
    [
        ("id", "expected a source id like src-", {"id": "source-a"}),
        ("sha256", "64 lowercase hex digits", {"sha256": "ABC"}),
        ("language", "ISO 639 code", {"language": "English"}),
        # issue 13: patterns matched whole, over ASCII only
        ("id", r"found the string 'src-a\\n'", {"id": "src-a\n"}),
        ("sha256", "64 lowercase hex digits", {"sha256": "a" * 64 + "\n"}),
        ("language", "ISO 639 code", {"language": "en\n"}),
        ("language", "ISO 639 code", {"language": "\u0435n"}),  # Cyrillic е
        # issue 13: the article file is a bare name in the articles folder
        ("file", "expected the bare name of a file", {"file": "../secret.txt"}),
        ("file", "expected the bare name of a file", {"file": "/etc/passwd"}),
        ("file", "expected the bare name of a file", {"file": "sub/a.txt"}),
        ("file", "expected the bare name of a file", {"file": "sub\\a.txt"}),
        ("file", "expected the bare name of a file", {"file": ".."}),
        ("file", "expected the bare name of a file", {"file": "a.txt\n"}),
        ("file", "expected the bare name of a file", {"file": "a\x00.txt"}),
        ("derived_from", "must name what it is a translation of", {"kind": SourceKind.TRANSLATION}),
        (
            "derived_from",
            "an original report can only relay",
            {"derived_from": (Derivation(DerivationKind.TRANSLATION_OF, "outlet-x"),)},
        ),
        ("title", "expected a non-empty string", {"title": " "}),
        ("url", "an http.s. URL without spaces", {"url": "example.org/a"}),
        ("url", "an http.s. URL without spaces", {"url": "https://example.org/a b"}),
        ("archive_url", "an http.s. URL", {"archive_url": "ftp://example.org/a"}),
        ("accessed", "needs the url or archive_url", {"accessed": FuzzyDate.parse("2026-11-25")}),
    ],
)
def test_source_invariants(field: str, message: str, changes: dict[str, Any]) -> None:
    rejects(field, message, source, **changes)


def test_source_links_are_optional_and_kept() -> None:
    linked = source(
        url="https://example.org/a",
        archive_url="https://web.archive.org/web/2020/https://example.org/a",
        accessed=FuzzyDate.parse("2026-11-25"),
    )
    assert (linked.url, str(linked.accessed)) == ("https://example.org/a", "2026-11-25")
    assert source().url is None


def test_translation_shares_its_origin() -> None:
    translated = source(
        kind=SourceKind.TRANSLATION,
        derived_from=(Derivation(DerivationKind.TRANSLATION_OF, "outlet-alsouria-net"),),
    )
    relaying = source(derived_from=(Derivation(DerivationKind.RELAYS, "outlet-tasnim"),))
    assert translated.origin == "outlet-alsouria-net"
    assert relaying.origin == "src-a"


def test_unnamed_origin_needs_a_note() -> None:
    with pytest.raises(InvalidField, match="unnamed origin needs a note"):
        Derivation(DerivationKind.REPUBLICATION_OF, None)


@pytest.mark.parametrize(
    ("field", "message", "changes"),
    [
        (
            "subject",
            "needs an actor id as subject",
            {"predicate": Predicate.ASSERTION, "value": TextValue("x")},
        ),
        ("subject", "needs an agreement id as subject", {"subject": "Hatami"}),
        ("subject", "needs an agreement id as subject, found the string", {"subject": "agr-pact-2014\n"}),
        ("value", "takes a date value, not text", {"value": TextValue("August")}),
        (
            "value",
            "must give the position",
            {"predicate": Predicate.SIGNATORY, "value": ActorValue("per-amir-hatami")},
        ),
        ("reason", "a disputed claim must state why", {"standing": Standing.DISPUTED}),
        ("quote", "expected a non-empty string", {"quote": ""}),
        ("id", "expected a claim id like clm-", {"id": "clm-\uff11"}),  # fullwidth digit one
        ("offset", "character offset", {"offset": -1}),
        ("offset", "character offset", {"offset": True}),
    ],
)
def test_claim_invariants(field: str, message: str, changes: dict[str, Any]) -> None:
    rejects(field, message, claim, **changes)


def test_actor_id_prefix_follows_kind() -> None:
    rejects(
        "id", "a person's id must start with 'per-'", Actor, id="state-x", kind=ActorKind.PERSON, name="X"
    )


def test_office_span_must_not_end_before_start() -> None:
    with pytest.raises(InvalidField, match="ends"):
        OfficeHeld(MINISTER, FuzzyDate.parse("2021"), FuzzyDate.parse("2017"), SpanBasis.STATED)


def test_reference_span_names_its_reference() -> None:
    with pytest.raises(InvalidField, match="must name its reference"):
        OfficeHeld(MINISTER, FuzzyDate.parse("2017-08"), None, SpanBasis.REFERENCE)
    held = OfficeHeld(MINISTER, FuzzyDate.parse("2017-08"), None, SpanBasis.REFERENCE, "Wikipedia")
    assert held.reference == "Wikipedia"


def test_agreement_invariants() -> None:
    signatory = Signatory("per-amir-hatami", MINISTER, "state-iran")
    with pytest.raises(InvalidField, match="at least two parties"):
        Agreement("agr-a", AgreementKind.MILITARY_COOPERATION, "A", ("state-iran",))
    with pytest.raises(InvalidField, match="not a party"):
        Agreement(
            "agr-a", AgreementKind.MILITARY_COOPERATION, "A", ("state-syria", "state-usa"), (signatory,)
        )
    with pytest.raises(InvalidField, match="related to itself"):
        Agreement(
            "agr-a",
            AgreementKind.MILITARY_COOPERATION,
            "A",
            ("state-iran", "state-syria"),
            relations=(Relation(RelationKind.SIMILAR_TO, "agr-a"),),
        )
    with pytest.raises(InvalidField, match="same entry twice"):
        Agreement("agr-a", AgreementKind.MILITARY_COOPERATION, "A", ("state-iran", "state-iran"))


def test_quantity_needs_a_bound_in_order() -> None:
    with pytest.raises(InvalidField, match="needs a low or a high bound"):
        QuantityValue("soldiers")
    with pytest.raises(InvalidField, match="exceeds high bound"):
        QuantityValue("fighters", 12_000, 8_000)
    assert QuantityValue("soldiers", high=2_500).high == 2_500


def test_correction_invariants() -> None:
    common: dict[str, Any] = {"id": "cor-a", "target": "clm-a", "before": "x", "after": "y", "reason": "r"}
    with pytest.raises(InvalidField, match="must name the source"):
        Correction(kind=CorrectionKind.PUBLISHER, **common)
    with pytest.raises(InvalidField, match="must cite evidence"):
        Correction(kind=CorrectionKind.EDITORIAL, **common)
    with pytest.raises(InvalidField, match="replace a claim with itself"):
        Correction(kind=CorrectionKind.PUBLISHER, source="src-a", replacement="clm-a", **common)
    editorial = Correction(kind=CorrectionKind.EDITORIAL, evidence=(Evidence("src-a", "q"),), **common)
    assert editorial.evidence[0].source == "src-a"


def test_records_are_frozen() -> None:
    with pytest.raises(AttributeError):
        claim().quote = "changed"  # type: ignore[misc]


def test_every_id_kind_has_a_valid_example_for_its_messages() -> None:
    from iransyria.models.common import ID_EXAMPLES, ID_PATTERNS, is_id

    assert set(ID_EXAMPLES) == set(ID_PATTERNS)
    assert all(is_id(kind, example) for kind, example in ID_EXAMPLES.items())
    # matched whole, in ASCII
    assert not any(is_id(kind, example + "\n") for kind, example in ID_EXAMPLES.items())


# ------------------------------------------------------------------ provisions, kinds, reports, reference facts


def _agreement(**changes: Any) -> Agreement:
    fields: dict[str, Any] = {
        "id": "agr-a",
        "kind": AgreementKind.MILITARY_COOPERATION,
        "title": "A",
        "parties": ("state-a", "state-b"),
    }
    return Agreement(**{**fields, **changes})


def test_a_provision_is_an_id_with_a_summary_and_appears_once() -> None:
    air = Provision("prv-air-defence", "air defence")
    assert str(air) == "air defence"
    with pytest.raises(InvalidField, match="provision id"):
        Provision("air-defence", "air defence")
    with pytest.raises(InvalidField, match="same provision id twice"):
        _agreement(provisions=(air, Provision("prv-air-defence", "air defense systems")))


def test_provision_and_kind_claims_take_their_own_values() -> None:
    worded = claim(
        predicate=Predicate.PROVISION, value=ProvisionValue("prv-air-defence", "strengthen air defense")
    )
    assert worded.value == ProvisionValue("prv-air-defence", "strengthen air defense")
    with pytest.raises(InvalidField, match="takes a provision value"):
        claim(predicate=Predicate.PROVISION, value=TextValue("strengthen air defense"))
    kind = claim(predicate=Predicate.KIND, value=AgreementKindValue(AgreementKind.MILITARY_COOPERATION))
    assert kind.value == AgreementKindValue(AgreementKind.MILITARY_COOPERATION)
    with pytest.raises(InvalidField, match="takes a agreement-kind value"):
        claim(predicate=Predicate.KIND, value=TextValue("military-cooperation"))


def test_a_source_reports_agreements_by_id() -> None:
    assert source(reports=("agr-a",)).reports == ("agr-a",)
    with pytest.raises(InvalidField, match="expected an agreement id"):
        source(reports=("the 2018 deal",))


def test_an_actor_is_not_the_voice_of_itself() -> None:
    with pytest.raises(InvalidField, match="voice of itself"):
        Actor("outlet-a", ActorKind.OUTLET, "A", voice_of="outlet-a")


def test_a_quantity_may_say_when_it_holds() -> None:
    figure = QuantityValue("years", 7, None, FuzzyDate.parse("2018-08-27"))
    assert figure.as_of == FuzzyDate.parse("2018-08-27")
    assert QuantityValue("years", 7).as_of is None


def test_a_reference_fact_names_its_reference_and_a_real_subject() -> None:
    fact = ReferenceFact(
        "ref-a-signed", "agr-a", ReferenceKind.SIGNED, FuzzyDate.parse("2019-01-28"), "SANA", "Damascus"
    )
    assert fact.actors == () and fact.note is None
    with pytest.raises(InvalidField, match="non-empty"):
        ReferenceFact("ref-a", "agr-a", ReferenceKind.SIGNED, FuzzyDate.parse("2019"), " ")
    with pytest.raises(InvalidField, match="expected an agreement, event or actor id"):
        ReferenceFact("ref-a", "clm-a", ReferenceKind.SIGNED, FuzzyDate.parse("2019"), "SANA")


def model_classes() -> list[type]:
    """Every attrs class of the record modules (each package module of ``iransyria.models``, and the dates)."""
    import importlib
    import pkgutil

    import attrs

    import iransyria.dates
    import iransyria.models

    modules = [iransyria.dates] + [
        importlib.import_module(f"iransyria.models.{info.name}")
        for info in pkgutil.iter_modules(iransyria.models.__path__)
    ]
    found = {
        value
        for module in modules
        for value in vars(module).values()
        if isinstance(value, type) and attrs.has(value) and value.__module__ == module.__name__
    }
    return sorted(found, key=lambda cls: (cls.__module__, cls.__name__))


def undeclared_validators(cls: type) -> list[str]:
    """The fields of ``cls`` whose validator combines others in a way not declared by all_of or optional.

    A plain function is read as it is; :func:`all_of` and :func:`optional` record their parts. Anything
    else (attrs' ``and_`` made for an ``@field.validator`` method beside ``validator=``, or an attrs
    validator class) would be called whole by the fast path, unseen by the JSON Schema.
    """
    import inspect

    import attrs

    from iransyria.models.common import OPTIONAL_OF, VALIDATOR_PARTS

    def plain(validator: Any) -> bool:
        if validator in VALIDATOR_PARTS:
            return all(plain(part) for part in VALIDATOR_PARTS[validator])
        if validator in OPTIONAL_OF:
            return plain(OPTIONAL_OF[validator])
        return inspect.isfunction(validator)

    return [
        f"{cls.__name__}.{field.name}"
        for field in attrs.fields(cls)
        if field.validator is not None and not plain(field.validator)
    ]


def test_every_combined_validator_is_declared_through_all_of_or_optional() -> None:
    classes = model_classes()
    assert {Claim, Source, FuzzyDate} <= set(classes)
    assert [name for cls in classes for name in undeclared_validators(cls)] == []


def test_a_validator_method_beside_validator_is_found_undeclared() -> None:
    import attrs

    from iransyria.models.common import all_of, non_empty, optional

    def not_x(_: Any, __: Any, value: str) -> None:
        if value == "x":
            raise ValueError(value)

    @attrs.define(frozen=True)
    class Combined:
        declared: str = attrs.field(validator=all_of(non_empty, not_x))
        optional_one: str | None = attrs.field(default=None, validator=optional(non_empty))
        hidden: str = attrs.field(default="y", validator=non_empty)
        # (an attrs combinator equal to a declared one has the same parts, and is read as it)
        wrapped: str | None = attrs.field(default=None, validator=attrs.validators.optional(not_x))

        @hidden.validator
        def _not_x(self, attribute: Any, value: str) -> None:
            not_x(self, attribute, value)

    assert undeclared_validators(Combined) == ["Combined.hidden", "Combined.wrapped"]


def test_all_of_and_optional_run_every_part_as_attrs_does() -> None:
    import attrs

    from iransyria.models.common import all_of, non_empty, optional, validator_parts

    def not_x(_: Any, attribute: Any, value: str | None) -> None:
        if value == "x":
            raise InvalidField(attribute.name, "not x")

    inner = optional(non_empty)
    combined = all_of(inner, not_x)

    @attrs.define(frozen=True)
    class Record:
        value: str | None = attrs.field(default=None, validator=combined)

    assert Record().value is None and Record("y").value == "y"
    for bad, message in (("x", "not x"), (" ", "non-empty")):
        with pytest.raises(InvalidField, match=message):
            Record(bad)
    assert validator_parts(combined) == [inner, not_x]
    assert validator_parts(combined, present=True) == [non_empty, not_x]
    assert validator_parts(None) == []
