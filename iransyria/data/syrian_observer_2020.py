"""'Iran, Syrian Regime Sign Comprehensive Agreement' (The Syrian Observer, July 2020).

Article file ``003_3400dcb84386deff.txt``. A translation of an Alsouria Net
report: not independent of it. Reports the July 2020 agreement, relates it to
the 'similar agreement' of August 2018, and relays SANA on the long-term
economic cooperation agreement initialled on 30 January 2018.
"""

from __future__ import annotations

from iransyria.data.actors import ALSOURIA_NET, SANA, SYRIAN_OBSERVER, SYRIAN_STATE_MEDIA
from iransyria.dates import FuzzyDate
from iransyria.models import Claim, Derivation, DerivationKind, Source, SourceKind

SOURCE = Source(
    id="src-syrian-observer-2020",
    file="003_3400dcb84386deff.txt",
    sha256="f343eab7b938686eda78190ce4d8ec624ab770da1bb9b39b9400268314cc1e58",
    title="Iran, Syrian Regime Sign Comprehensive Agreement",
    outlet=SYRIAN_OBSERVER,
    outlet_basis="Stated: 'This article was translated and edited by The Syrian Observer.'",
    published=FuzzyDate.parse("2020-07"),
    published_basis=(
        "Inferred: 'The agreement comes after the Caesar Act went into force last month'. "
        "Reference: the U.S. Caesar Syria Civilian Protection Act took effect on 17 June 2020 "
        "(Wikipedia, 'Caesar Syria Civilian Protection Act'), so 'last month' is June 2020."
    ),
    language="en",
    kind=SourceKind.TRANSLATION,
    derived_from=(
        Derivation(DerivationKind.TRANSLATION_OF, ALSOURIA_NET),
        Derivation(DerivationKind.RELAYS, SYRIAN_STATE_MEDIA),
        Derivation(DerivationKind.RELAYS, SANA),
    ),
)

CLAIMS: tuple[Claim, ...] = ()
