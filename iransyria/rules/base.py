"""What a rule is: its severity, the violations it reports, and the registry of rules.

A rule is a function of a :class:`~iransyria.rules.context.Context` that
yields :class:`Violation` objects, registered with :func:`register` under a
stable code (``IS201``), a name and a severity. Its docstring is its
documentation, in three sections (``## What it checks``, ``## Why``,
``## Example``) after a one-line summary; ``docs/rules.md`` is rendered from
it (:mod:`iransyria.rules.rule_docs`). The module that defines a rule is its
family: one module per hundred of codes.
"""

from __future__ import annotations

import enum
import inspect
from collections.abc import Callable, Iterable

import attrs

from iransyria.rules.context import Context


class Severity(enum.Enum):
    """How bad a violation is: an error fails validation, a warning is reported."""

    ERROR = "error"
    WARNING = "warning"


#: Errors sort before warnings.
RANK = {Severity.ERROR: 0, Severity.WARNING: 1}


@attrs.define(frozen=True)
class Violation:
    """One finding of one rule, located by the path of the record field it concerns."""

    code: str  # stable, e.g. "IS201"
    severity: Severity
    message: str  # one line
    path: str  # record and field: 'claims[clm-x].value.actor'
    related: tuple[str, ...] = ()  # ids of the related records

    def __str__(self) -> str:
        return f"{self.code} {self.severity.value} {self.path}: {self.message}"


Check = Callable[[Context], Iterable[Violation]]


@attrs.define(frozen=True)
class Rule:
    """A registered rule: its stable code and name, its severity, and the check itself."""

    code: str
    name: str
    severity: Severity
    check: Check
    doc: str  # the check's docstring: the rule, stated

    def __call__(self, ctx: Context) -> Iterable[Violation]:
        """The rule's findings on a dataset's context: its check, run."""
        return self.check(ctx)

    @property
    def family(self) -> str:
        """The module the rule is defined in, e.g. ``iransyria.rules.identity``."""
        return self.check.__module__


#: Codes once given to a rule and never to be given to another: IS303
#: (office-span-order) and IS801 (empty-quote) checked what the models refuse
#: when a record is built, so they could never fire on loaded data.
RETIRED: dict[str, str] = {"IS303": "office-span-order", "IS801": "empty-quote"}

_REGISTRY: dict[str, Rule] = {}


def register(code: str, name: str, severity: Severity) -> Callable[[Check], Rule]:
    """Register the decorated check as the rule ``code``; a code is given once and never reused.

    The decorated name is bound to the :class:`Rule` (callable as its check):
    other modules refer to a rule by it (``references_resolve.code``), never
    by its code written out.
    """

    def add(check: Check) -> Rule:
        if code in _REGISTRY or code in RETIRED:
            raise ValueError(f"rule code {code} registered twice or retired")
        rule = _REGISTRY[code] = Rule(code, name, severity, check, inspect.cleandoc(check.__doc__ or ""))
        return rule

    return add


def registered() -> tuple[Rule, ...]:
    """Every registered rule, in code order (whatever order the modules were imported in)."""
    return tuple(_REGISTRY[code] for code in sorted(_REGISTRY))


def flag(code: str, path: str, message: str, related: Iterable[str] = ()) -> Violation:
    """A violation of the rule ``code``, with that rule's severity."""
    return Violation(code, _REGISTRY[code].severity, message, path, tuple(related))
