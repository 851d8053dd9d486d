"""A sentence of several facts judged in one call: a verdict per part, and one overall.

"X signed the July 2020 deal in Tehran in July" is three facts: who signed,
where, when. :func:`judge` verifies each :class:`~iransyria.verification.statement.Part`
(:func:`~iransyria.verification.verdict.verify`), and the sentence is

| overall | when |
|---|---|
| `contradicted` | any part is; the first such part decides it |
| `supported` | every part is |
| `not-checkable` | no part can be judged |
| `not-established` | otherwise; the first part not supported decides it |

A part that refines another (the weekday of the date, the office of the
signatory) is judged only on what it adds: what the other part's claim
already brings is that part's verdict. A weekday is then held to the
calendar: supported when the date falls on that day and no other.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from iransyria.dataset import Dataset
from iransyria.display import indefinite
from iransyria.models import DateValue
from iransyria.rules.timing import weekdays_of
from iransyria.verification.statement import Aspect, Part
from iransyria.verification.verdict import Evidence, Result, Verdict, verify

__all__ = ["Judged", "Judgement", "judge"]


@attrs.define(frozen=True)
class Judged:
    """One part of a sentence and its verdict."""

    part: Part
    result: Result


@attrs.define(frozen=True)
class Judgement:
    """A sentence's verdict: overall, the part that decided it, and every part's."""

    verdict: Verdict
    parts: tuple[Judged, ...]
    decided_by: Judged

    @property
    def reason(self) -> str:
        """Why, in a line: the deciding part's reason."""
        return self.decided_by.result.reason


def _weekday(result: Result, day: str) -> Result:
    """A weekday part not contradicted by a rule, held to the calendar: one day fits, or only possibly."""
    value = result.claim.value
    if result.verdict is Verdict.CONTRADICTED or not isinstance(value, DateValue):
        return result
    days = weekdays_of(value.date)
    if days == [day]:
        calendar = Evidence(
            "calendar", None, f"the Gregorian calendar: {value.date} is a {day}", "certain", True
        )
        return attrs.evolve(
            result, verdict=Verdict.SUPPORTED, reason=f"{value.date} is a {day}", evidence=(calendar,)
        )
    falls = " or ".join(days) if len(days) < 7 else "any weekday"
    calendar = Evidence(
        "calendar", None, f"the Gregorian calendar: {value.date} falls on {falls}", "possible", True
    )
    return attrs.evolve(
        result,
        verdict=Verdict.NOT_ESTABLISHED,
        reason=f"{value.date} falls on {falls}: {indefinite(day)} only possibly",
        evidence=(calendar,),
    )


def overall(verdicts: Sequence[Verdict]) -> tuple[Verdict, int]:
    """The sentence's verdict from its parts', and the index of the part that decides it."""
    for i, verdict in enumerate(verdicts):
        if verdict is Verdict.CONTRADICTED:
            return Verdict.CONTRADICTED, i
    if all(v is Verdict.SUPPORTED for v in verdicts):
        return Verdict.SUPPORTED, 0
    if all(v is Verdict.NOT_CHECKABLE for v in verdicts):
        return Verdict.NOT_CHECKABLE, 0
    first = next(i for i, v in enumerate(verdicts) if v is not Verdict.SUPPORTED)
    return Verdict.NOT_ESTABLISHED, first


def judge(parts: Sequence[Part], dataset: Dataset) -> Judgement:
    """Each part verified against ``dataset``, and the sentence's verdict (see the module's table)."""
    if not parts:
        raise ValueError("a sentence to judge has at least one part")
    results: dict[Aspect, Result] = {}
    judged = []
    for part in parts:
        beside = None if part.within is None else results.get(part.within)
        result = verify(part.claim, dataset, beside=beside)
        if part.aspect is Aspect.WEEKDAY and part.weekday is not None:
            result = _weekday(result, part.weekday)
        results[part.aspect] = result
        judged.append(Judged(part, result))
    verdict, decider = overall([j.result.verdict for j in judged])
    return Judgement(verdict, tuple(judged), judged[decider])
