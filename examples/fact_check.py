"""Fact-check a new report against the dataset before adding it.

A user has a new claim: 'Iran's defence minister Amir Hatami signed the July
2020 comprehensive agreement'. Encode it as a claim, add it to a copy of the
shipped dataset, and let the rules say what is wrong with it.

Run: python examples/fact_check.py
"""

from __future__ import annotations

import iransyria
from iransyria.data.actors import HATAMI, IRAN_DEFENCE_MINISTER
from iransyria.data.agreements import AGR_2020
from iransyria.models import ActorValue, Attribution, AttributionKind, Claim, Predicate
from iransyria.rules import Severity, validate

data = iransyria.shipped()
# Quoted from an existing article for the sake of the example; a real check
# would add the new article as a Source first.
report = Claim(
    id="clm-example-hatami-signed-2020",
    source="src-media-line-2018",
    subject=AGR_2020,
    predicate=Predicate.SIGNATORY,
    value=ActorValue(HATAMI, IRAN_DEFENCE_MINISTER),
    attribution=Attribution(AttributionKind.OUTLET),
    quote="Iranian Defense Minister Amir Hatami",
)
checked = data.evolve(claims=(*data.claims, report))

errors = [v for v in validate(checked) if v.severity is Severity.ERROR]
for violation in errors:
    print(f"{violation.code} {violation.path}")
    print(f"  {violation.message}")
    print(f"  related: {', '.join(violation.related)}")
raise SystemExit(0 if errors else "the rules let a misattributed claim through")
