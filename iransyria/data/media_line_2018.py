"""'Iran and Syria Tout A Defense & Reconstruction Deal' (The Media Line, 2018).

Article file ``004_8b2105d8dbd25fc3.txt``. Relays Iranian state media on the
August 2018 agreement signed during Amir Hatami's two-day visit to Damascus,
with comment from an anonymous Iranian analyst and from Ali Fathollah-Nejad.
"""

from __future__ import annotations

from iransyria.data.actors import IRANIAN_STATE_MEDIA, MEDIA_LINE
from iransyria.dates import FuzzyDate
from iransyria.models import Claim, Derivation, DerivationKind, Source, SourceKind

SOURCE = Source(
    id="src-media-line-2018",
    file="004_8b2105d8dbd25fc3.txt",
    sha256="417a0a7dbae108c1c8882ce71727c99026c426e956e5f2fa92530e28f280ff42",
    title="Iran and Syria Tout A Defense & Reconstruction Deal",
    outlet=MEDIA_LINE,
    outlet_basis="Stated: the page header '- The Media Line - https://themedialine.org -'.",
    published=FuzzyDate.parse("2018-08-27/2018-09-01"),
    published_basis=(
        "Inferred: Hatami 'traveled to Syria's capital on Sunday for a two-day visit' and met "
        "his counterpart 'earlier this week'; the 2018 'Deepen Military Cooperation' article "
        "dates those Sunday meetings to 26 August 2018, so this was published after the "
        "visit's second day and within that week (Monday 27 August to Saturday 1 September)."
    ),
    language="en",
    kind=SourceKind.ORIGINAL,
    derived_from=(Derivation(DerivationKind.RELAYS, IRANIAN_STATE_MEDIA),),
)

CLAIMS: tuple[Claim, ...] = ()
