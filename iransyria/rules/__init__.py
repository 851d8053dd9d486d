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
- :mod:`~iransyria.rules.rule_docs`: ``docs/rules.md``, rendered from the
  registry and the rules' docstrings.

Codes are stable: a retired rule's code (IS303, IS801) is never given to
another rule.
"""

from __future__ import annotations

import gc
import operator
from collections.abc import Collection, Sequence

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
from iransyria.rules.context import Context, Folders
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

#: How one rule's findings are ordered.
_BY_PLACE = operator.attrgetter("path", "message", "related")

#: Every rule, in code order.
RULES: tuple[Rule, ...] = registered()


def validate(
    dataset: Dataset, articles: Folders = None, *, quotes_of: Collection[str] | None = None
) -> list[Violation]:
    """Run every rule; the violations sorted by severity (errors first), code and path.

    ``articles`` is the folder of the article files, or several folders
    searched in order (the shipped articles and a user's own); without it the
    rules that read them (IS802-IS805) check nothing. ``quotes_of`` limits
    those rules to these sources (a user's own, checked beside the shipped
    data without its articles); every source when None.
    """
    # The rules build indexes and tuples of many small objects and free none
    # of them: the cyclic collector would scan the growing heap again and
    # again (about 30% of the time at 10^5 records) and find nothing.
    enabled = gc.isenabled()
    gc.disable()
    try:
        ctx = Context(dataset, articles, quotes_of)
        # Each rule's findings are sorted on their own, errors before warnings, rules in code
        # order: the order of one sort of them all by severity, code, path, message and related,
        # without building that five-part key for every finding.
        errors: list[Violation] = []
        warnings: list[Violation] = []
        everything: list[Violation] = []
        own = True  # every rule reports under its own code and severity
        for rule in RULES:
            found = list(rule.check(ctx))
            everything += found
            if own and all(v.code == rule.code and v.severity is rule.severity for v in found):
                found.sort(key=_BY_PLACE)
                (errors if rule.severity is Severity.ERROR else warnings).extend(found)
            else:
                own = False
        if own:
            return errors + warnings
        return sorted(everything, key=lambda v: (RANK[v.severity], v.code, v.path, v.message, v.related))
    finally:
        if enabled:
            gc.enable()


def disputes(
    agreement_id: str, dataset: Dataset, violations: Sequence[Violation] | None = None
) -> tuple[Dispute, ...]:
    """What is disputed about an agreement and why, from the rules :func:`validate` runs.

    See :mod:`iransyria.rules.disputed`; ``violations`` default to
    ``validate(dataset)``.
    """
    return _disputes(agreement_id, dataset, validate(dataset) if violations is None else violations)
