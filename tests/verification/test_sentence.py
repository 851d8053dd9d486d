"""One sentence, one call: every combination of an agreement's or event's facts, judged per part and overall.

Over every agreement with a date, place and signatories and every event
that is not a signing: any subset of its true facts is supported part by
part and overall; one fact changed to a falsehood makes that part, and so the
sentence, contradicted, and it is the part that decides.
"""

from __future__ import annotations

import pytest
from hypothesis import given

import iransyria
from iransyria.verification import UnresolvedName, Verdict
from iransyria.verification.sentence import judge, overall
from iransyria.verification.statement import Aspect, parts, statement
from tests import strategies
from tests.strategies import at_most

DATA = iransyria.shipped()


def _check(options: dict[str, str], falsified: str | None) -> None:
    judgement = judge(parts(DATA, **options), DATA)
    verdicts = {j.part.aspect.value: j.result.verdict for j in judgement.parts}
    given_facts = {k for k in options if k in {a.value for a in Aspect}}
    assert set(verdicts) == given_facts, (options, verdicts)
    if falsified is None:
        assert judgement.verdict is Verdict.SUPPORTED, (
            options,
            {k: j.result.reason for k, j in zip(verdicts, judgement.parts, strict=True)},
        )
        assert all(v is Verdict.SUPPORTED for v in verdicts.values())
    else:
        assert judgement.verdict is Verdict.CONTRADICTED, (options, verdicts)
        assert verdicts[falsified] is Verdict.CONTRADICTED, (options, verdicts)
        assert judgement.decided_by.part.aspect.value == falsified
        assert all(v is Verdict.SUPPORTED for k, v in verdicts.items() if k != falsified), (options, verdicts)


@at_most(60)
@given(strategies.agreement_sentences(DATA))
def test_every_combination_of_an_agreements_facts(case: strategies.SentenceCase) -> None:
    _check(*case)


@at_most(60)
@given(strategies.event_sentences(DATA))
def test_every_combination_of_an_events_facts(case: strategies.SentenceCase) -> None:
    _check(*case)


def test_the_overall_verdict_from_the_parts() -> None:
    s, c, n, x = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_ESTABLISHED, Verdict.NOT_CHECKABLE
    assert overall([s, s]) == (s, 0)
    assert overall([s, n, c]) == (c, 2)
    assert overall([s, n, x]) == (n, 1)
    assert overall([x, x]) == (x, 0)


def test_the_weekday_is_judged_on_what_it_adds_to_the_date() -> None:
    # 28 August 2018 was a Tuesday: the date is wrong (the record says 26 or 27), the weekday right for it.
    judgement = judge(parts(DATA, agreement="August 2018", date="2018-08-28", weekday="Tuesday"), DATA)
    date, weekday = judgement.parts
    assert date.result.verdict is Verdict.CONTRADICTED and weekday.result.verdict is Verdict.SUPPORTED
    assert not {f.code for f in weekday.result.findings} & {f.code for f in date.result.findings}
    # Without a date, the weekday is held to the record's: 26 or 27 August is Sunday or Monday.
    sunday = judge(parts(DATA, agreement="August 2018", weekday="sunday"), DATA)
    assert sunday.verdict is Verdict.NOT_ESTABLISHED and "Sunday or Monday" in sunday.reason
    assert judge(parts(DATA, agreement="August 2018", weekday="Friday"), DATA).verdict is Verdict.CONTRADICTED


def test_the_office_signed_in_is_a_part_of_its_own() -> None:
    judgement = judge(
        parts(
            DATA,
            agreement="August 2018",
            signatory="Ayoub",
            office="Chief of Staff of the Armed Forces",
            of="Syria",
        ),
        DATA,
    )
    assert [(j.part.aspect, j.result.verdict) for j in judgement.parts] == [
        (Aspect.SIGNATORY, Verdict.SUPPORTED),
        (Aspect.OFFICE, Verdict.CONTRADICTED),
    ]
    assert judgement.decided_by.part.aspect is Aspect.OFFICE


def test_statement_still_gives_one_claim_and_refuses_several() -> None:
    with pytest.raises(UnresolvedName, match="these options state 2 facts"):
        statement(DATA, agreement="August 2018", signatory="Hatami", place="Damascus")
    with pytest.raises(UnresolvedName, match="--weekday needs --date"):
        parts(DATA, event="Ayyoub on the Caesar Act", weekday="Monday")  # an event with no date
