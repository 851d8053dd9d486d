"""Cross-record validation: what no single record can check on its own.

A record's own validators (:mod:`iransyria.models`) guard what one record can
get wrong. The rules here judge records against each other: references that
must resolve, a claim that describes a different agreement than the one it is
attached to, a source that reports a signing before it happened, a signatory
who did not hold the office the record gives, accepted claims that
contradict each other, corrections that loop, agreement fields no accepted
claim backs, quotes that are not in their article.

The package is laid out by concern:

- :mod:`~iransyria.rules.base`: :class:`Severity`, :class:`Violation`,
  :class:`Rule` and the registry;
- :mod:`~iransyria.rules.context`: the :class:`Context` of shared indexes,
  built once per :func:`validate` call, so that together the rules cost
  O(n log n) in the number of records (plus one step per violation);
- one module per family of codes: ``identity`` (IS1xx identity and
  references), ``agreement_identity`` (IS2xx), ``timing`` (IS3xx),
  ``offices`` (IS4xx office-holding), ``conflicts`` (IS5xx), ``corrections``
  (IS6xx), ``support`` (IS7xx), ``evidence`` (IS8xx), ``events`` (IS9xx); a new family gets a new
  module, imported below;
- :mod:`~iransyria.rules.disputed`: what is disputed about an agreement and
  why, from the claims' standings and the rules' violations (:func:`disputes`);
- :mod:`~iransyria.rules.reference`: ``docs/rules.md``, rendered from the
  registry and the rules' docstrings.

Codes are stable: a retired rule's code (IS303, IS801) is never given to
another rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from iransyria.dataset import Dataset
from iransyria.models import normalize
from iransyria.rules import (  # noqa: F401  (importing a family registers its rules)
    agreement_identity,
    conflicts,
    corrections,
    events,
    evidence,
    identity,
    offices,
    support,
    timing,
)
from iransyria.rules.base import RANK, Rule, Severity, Violation, registered
from iransyria.rules.context import Context
from iransyria.rules.disputed import FIELD_LABELS, Dispute, summary
from iransyria.rules.disputed import disputes as _disputes

__all__ = [
    "FIELD_LABELS",
    "RULES",
    "Context",
    "Dispute",
    "Rule",
    "Severity",
    "Violation",
    "disputes",
    "normalize",
    "summary",
    "validate",
]

#: Every rule, in code order.
RULES: tuple[Rule, ...] = registered()


def validate(dataset: Dataset, articles: Path | None = None) -> list[Violation]:
    """Run every rule; the violations sorted by severity (errors first), code and path.

    ``articles`` is the folder of the article files; without it the rules
    that read them (IS802-IS804) check nothing.
    """
    ctx = Context(dataset, articles)
    found = [violation for rule in RULES for violation in rule.check(ctx)]
    return sorted(found, key=lambda v: (RANK[v.severity], v.code, v.path, v.message, v.related))


def disputes(
    agreement_id: str, dataset: Dataset, violations: Sequence[Violation] | None = None
) -> tuple[Dispute, ...]:
    """What is disputed about an agreement and why, from the rules :func:`validate` runs.

    See :mod:`iransyria.rules.disputed`; ``violations`` default to
    ``validate(dataset)``.
    """
    return _disputes(agreement_id, dataset, validate(dataset) if violations is None else violations)
