"""verify(): verdicts, findings and evidence, for claims built in Python, given as JSON, or from names."""

from __future__ import annotations

import attrs
import pytest

import iransyria
from iransyria.errors import DataError
from iransyria.models import ActorValue, Predicate, TextValue
from iransyria.rules import validate
from iransyria.verification import UnresolvedName, Verdict, as_claim, statement, verify

DATA = iransyria.shipped()
AGR_2018 = "agr-2018-military-cooperation"
AGR_2020 = "agr-2020-comprehensive-military"


def test_the_package_root_verifies_with_the_shipped_data_by_default() -> None:
    result = iransyria.verify(statement(DATA, agreement=AGR_2018, signatory="Hatami"))
    assert result.verdict is Verdict.SUPPORTED
    assert {e.record for e in result.evidence} == {
        "clm-medialine18-signatory-hatami",
        "clm-syrobs20-2018-signatory-hatami",
    }
    assert all(e.supports and e.certainty == "certain" for e in result.evidence)


def test_a_signatory_of_the_other_agreement_is_contradicted_naming_it() -> None:
    result = verify(statement(DATA, agreement=AGR_2018, signatory="Baqeri"), DATA)
    assert result.verdict is Verdict.CONTRADICTED
    (identity,) = [f for f in result.findings if f.code == "IS201"]
    assert AGR_2020 in identity.related and identity.certainty == "certain"
    assert "clm-ink20-signatory-bagheri" in {e.record for e in result.evidence if not e.supports}


def test_an_office_claim_at_a_date_in_both_directions() -> None:
    held = statement(DATA, actor="Eslami", office="Minister of Roads and Urban Development", on="2019-03")
    assert verify(held, DATA).verdict is Verdict.SUPPORTED
    early = statement(DATA, actor="eslami", office="minister of roads and urban development", on="2018-01-30")
    result = verify(early, DATA)
    assert result.verdict is Verdict.CONTRADICTED
    assert [f.code for f in result.findings] == ["IS404", "IS606"]  # and the dataset's correction of it
    assert "held then by per-abbas-akhoundi" in result.findings[0].message
    # The shipped (refuted) claim that Eslami held it on 30 January 2018 is not evidence either way.
    assert "clm-syrobs20-eslami-office" not in {e.record for e in result.evidence}


def test_hatami_still_defence_minister_in_2022_and_possibly_in_2021() -> None:
    late = verify(statement(DATA, actor="Hatami", office="Minister of Defense", on="2022"), DATA)
    assert late.verdict is Verdict.CONTRADICTED
    coarse = verify(statement(DATA, actor="Hatami", office="Minister of Defence", on="2021"), DATA)
    assert coarse.verdict is Verdict.NOT_ESTABLISHED
    assert [(f.code, f.certainty) for f in coarse.findings] == [("IS405", "possible")]


def test_a_defence_minister_called_foreign_minister() -> None:
    result = verify(
        statement(DATA, actor="Hatami", office="Minister of Foreign Affairs", on="2018-08-26"), DATA
    )
    assert result.verdict is Verdict.CONTRADICTED
    assert result.findings[0].code == "IS406"
    assert "per-mohammad-javad-zarif held it then" in result.reason


def test_weekdays_against_the_calendar() -> None:
    wrong = verify(statement(DATA, agreement=AGR_2020, date="2020-07-08", weekday="Tuesday"), DATA)
    assert wrong.verdict is Verdict.CONTRADICTED
    assert [f.code for f in wrong.findings] == ["IS305"]
    assert wrong.evidence[-1].record == "calendar"
    right = verify(statement(DATA, agreement=AGR_2020, date="2020-07-08", weekday="wednesday"), DATA)
    assert right.verdict is Verdict.SUPPORTED


def test_a_day_inside_a_disputed_range_is_not_established() -> None:
    result = verify(statement(DATA, agreement=AGR_2018, date="2018-08-26"), DATA)
    assert result.verdict is Verdict.NOT_ESTABLISHED
    assert {e.certainty for e in result.evidence} == {"possible"}


def test_a_claim_in_the_dataset_json_format() -> None:
    obj = {
        "subject": AGR_2020,
        "predicate": "signing-place",
        "value": {"type": "place", "name": "Tehran"},
    }
    result = verify(obj, DATA)
    assert result.verdict is Verdict.CONTRADICTED
    assert {f.code for f in result.findings} == {"IS307", "IS501"}  # the claims and the reference
    with pytest.raises(DataError):
        as_claim({"subject": AGR_2020, "predicate": "signing-place", "value": {"type": "date", "date": "x"}})


def test_a_shipped_claim_is_judged_as_if_accepted() -> None:
    refuted = DATA.claim_index["clm-newdeal18-hatami-foreign-minister"]
    dated = attrs.evolve(refuted, point_in_time=iransyria.FuzzyDate.parse("2018-08-26"))
    assert verify(dated, DATA).verdict is Verdict.CONTRADICTED
    accepted = DATA.claim_index["clm-ink20-signatory-bagheri"]
    assert verify(accepted, DATA).verdict is Verdict.SUPPORTED


def test_what_no_rule_judges_is_not_checkable() -> None:
    said = as_claim(
        {"subject": "per-amir-hatami", "predicate": "assertion", "value": {"type": "text", "text": "Hello"}}
    )
    assert verify(said, DATA).verdict is Verdict.NOT_CHECKABLE


def test_verify_never_disagrees_with_check() -> None:
    claim = statement(DATA, agreement=AGR_2018, signatory="Bagheri")
    result = verify(claim, DATA)
    added = DATA.evolve(
        claims=[*DATA.claims, claim],
        sources=[*DATA.sources, attrs.evolve(DATA.sources[0], id="src-verify-statement")],
    )
    errors = {(v.code, v.message) for v in validate(added) if v.severity.value == "error"}
    assert {(f.code, f.message) for f in result.findings if f.severity == "error"} == errors


def test_names_resolve_by_any_alias_case_and_accent() -> None:
    for name in ("Ayyoub", "ayoub", "ABDULLAH AYOUB", "Ali Abdullah Ayyoub", "Áyyoub"):
        made = statement(DATA, agreement="2020", signatory=name)
        assert isinstance(made.value, ActorValue) and made.value.actor == "per-ali-abdullah-ayyoub"
    with pytest.raises(UnresolvedName, match="ambiguous"):
        statement(DATA, agreement="agr-20", signatory="Hatami")  # the 2018 and the 2020 deal
    with pytest.raises(UnresolvedName, match='no actor "Nobody"'):
        statement(DATA, agreement=AGR_2018, signatory="Nobody")


def test_names_resolve_by_every_spelling_the_command_line_knows() -> None:
    # Transliterations and scripts that `show actor` resolves; verify refused them before.
    for name, actor in (("Ayyub", "per-ali-abdullah-ayyoub"), ("Baqeri", "per-mohammad-bagheri")):
        made = statement(DATA, actor=name, office="Minister of Defence", of="Syria", on="2020-07-08")
        assert made.subject == actor
    # A close spelling no record lists is read as read() reads it, and the words say so.
    made = statement(DATA, agreement=AGR_2018, signatory="Hatamy")
    assert made.value.actor == "per-amir-hatami"  # type: ignore[union-attr]
    assert made.quote.startswith('Amir Hatami (read from "Hatamy", a close spelling (score 83)) signed')
    with pytest.raises(UnresolvedName, match='no actor "Hatem": did you mean per-amir-hatami'):
        statement(DATA, agreement=AGR_2018, signatory="Hatem")
    # An agreement by words of its title and date, as `show agreement "2018 military"` finds it.
    assert statement(DATA, agreement="2018 military", date="2018-08").subject == AGR_2018
    with pytest.raises(UnresolvedName, match="say which with --of"):
        statement(DATA, actor="Trump", office="Minister of Defence", on="2018")


def test_bad_statements_are_refused_with_a_reason() -> None:
    with pytest.raises(UnresolvedName, match="not a weekday"):
        statement(DATA, agreement=AGR_2018, date="2018-08-26", weekday="Caturday")
    with pytest.raises(UnresolvedName, match="invalid month"):
        statement(DATA, actor="Hatami", office="Minister of Defence", on="2019-13")
    with pytest.raises(UnresolvedName, match=r"state 2 facts \(signatory, place\): judge them with parts"):
        statement(DATA, agreement=AGR_2018, signatory="Hatami", place="Damascus")
    with pytest.raises(UnresolvedName):
        statement(DATA)


def test_named_as_is_supported_by_a_recorded_spelling() -> None:
    obj = {
        "subject": "per-mohammad-bagheri",
        "predicate": "named-as",
        "value": {"type": "text", "text": "baqeri"},
    }
    result = verify(obj, DATA)
    assert result.verdict is Verdict.SUPPORTED
    assert isinstance(result.claim.value, TextValue) and result.claim.predicate is Predicate.NAMED_AS


def test_reference_facts_establish_and_rule_out_dates_the_articles_leave_open() -> None:
    signed = verify(statement(DATA, agreement="economic", date="2019-01-28"), DATA)
    assert signed.verdict is Verdict.SUPPORTED
    assert [(e.record, e.supports, e.certainty) for e in signed.evidence] == [
        ("ref-economic-signed", True, "certain")
    ]
    misdated = verify(statement(DATA, agreement="economic", date="2018-01-30"), DATA)
    assert misdated.verdict is Verdict.CONTRADICTED
    assert [f.code for f in misdated.findings] == ["IS306", "IS606"]
    assert ("ref-economic-signed", False) in [(e.record, e.supports) for e in misdated.evidence]
    # A month the reference's day falls in is certain; the outbreak of the war only to its month.
    assert verify(statement(DATA, agreement="economic", date="2019-01"), DATA).verdict is Verdict.SUPPORTED
    war = verify(statement(DATA, event="war 2011", date="2011-03-15"), DATA)
    assert war.verdict is Verdict.NOT_ESTABLISHED
    assert "ref-syrian-civil-war-outbreak" in [e.record for e in war.evidence]
