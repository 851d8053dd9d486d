"""'Iran Signs Deal With Syria to Deepen Military Cooperation' (outlet unknown, 27 August 2018).

Article file ``001_96bea4abdf1c368b.txt``. Relays Iran's Tasnim News Agency,
notes that Syrian state-linked media did not mention a new deal, and carries
the publisher's own correction ('Iranian', not 'Syrian', companies bought
real estate in Syria).
"""

from __future__ import annotations

from iransyria.data.actors import TASNIM
from iransyria.dates import FuzzyDate
from iransyria.models import Claim, Derivation, DerivationKind, Source, SourceKind

SOURCE = Source(
    id="src-unknown-2018-deepen-cooperation",
    file="001_96bea4abdf1c368b.txt",
    sha256="55ca29c7819ceb9859acde8adffeb078dbbc5eb97a9fa60438a15fafac46dd21",
    title="Iran Signs Deal With Syria to Deepen Military Cooperation",
    outlet=None,
    outlet_basis=(
        "The text names no outlet. It ends with an empty 'Source :' line and a blog comment "
        "form, so the page carries another publisher's report; that publisher is not named."
    ),
    published=FuzzyDate.parse("2018-08-27"),
    published_basis=(
        "Stated in part: the correction notice calls it 'this Aug. 27 article'. The year is "
        "inferred: it says Trump withdrew from the Iran nuclear deal 'in May' (May 2018) and "
        "that the war 'has now stretched more than seven years' (since 2011)."
    ),
    language="en",
    kind=SourceKind.REPUBLICATION,
    derived_from=(
        Derivation(
            DerivationKind.REPUBLICATION_OF,
            None,
            note="an unnamed publisher's report: the page's 'Source :' line is empty",
        ),
        Derivation(DerivationKind.RELAYS, TASNIM),
    ),
)

CLAIMS: tuple[Claim, ...] = ()
