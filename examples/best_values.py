"""Print each agreement's best-supported values and the claims that disagree with them.

Wikidata-style: values are ranked by the standing of the claims behind them,
then by how many independent origins report them.

Run: python examples/best_values.py
"""

from __future__ import annotations

import iransyria
from iransyria import queries

data = iransyria.shipped()
names = {actor.id: actor.name for actor in data.actors}

for agreement in queries.agreements():
    print(agreement.id)
    for field in ("signed", "place", "signatories"):
        for resolution in queries.resolve(agreement.id, field):
            best = resolution.best
            value = queries.describe_value(best.value, names)
            print(f"  {field}: {value} ({best.standing.value}, {len(best.origins)} origin(s))")
            for claim_id in resolution.disagreeing:
                claim = data.claim_index[claim_id]
                other = queries.describe_value(claim.value, names)
                print(f"    disagrees: {other} ({claim.standing.value}) in {claim_id}")
