"""Print each agreement's best-supported values and what disagrees with them.

Wikidata-style: values are ranked by the standing of the claims behind them,
then by how many independent origins report them.

Run: python examples/best_values.py
"""

from __future__ import annotations

from iransyria import queries
from iransyria.models import ActorValue, ClaimValue, DateValue, PlaceValue


def show(value: ClaimValue) -> str:
    if isinstance(value, DateValue):
        return str(value.date)
    if isinstance(value, PlaceValue):
        return value.name
    if isinstance(value, ActorValue) and value.position is not None:
        return f"{value.actor} as {value.position.title}"
    return repr(value)


for agreement in queries.agreements():
    print(agreement.id)
    for field in ("signed", "place", "signatories"):
        for resolution in queries.resolve(agreement.id, field):
            best = resolution.best
            if best is None:
                continue
            print(f"  {field}: {show(best.value)} ({best.standing.value}, {len(best.origins)} origin(s))")
            for other in resolution.disagreeing:
                print(
                    f"    disagrees: {show(other.value)} ({other.standing.value}) in {', '.join(other.claims)}"
                )
