"""'Syria and Iran Sign New Deal for Military Cooperation' (outlet unknown, 2018).

Article file ``000_7984b1fa486646ec.txt``. Reports the August 2018 agreement
at the end of Amir Hatami's visit to Damascus, but calls him Iran's *Foreign*
Minister: that claim is kept, refuted, with an editorial correction.
"""

from __future__ import annotations

from iransyria.dates import FuzzyDate
from iransyria.models import Claim, Source, SourceKind

SOURCE = Source(
    id="src-unknown-2018-new-deal",
    file="000_7984b1fa486646ec.txt",
    sha256="9c88b8c4dd02142c4cb51d11cb50c89ca81bdac396c80b4397928853cd2b22dc",
    title="Syria and Iran Sign New Deal for Military Cooperation",
    outlet=None,
    outlet_basis="The text names no outlet; 'Home Global News' is a site breadcrumb, not a name.",
    published=FuzzyDate.parse("2018-08-26/2018-08-27"),
    published_basis=(
        "Inferred: the article says Syria 'today signed' the deal at the end of Amir Hatami's "
        "visit to Damascus; the deal it describes is the August 2018 one, which the 2018 "
        "'Deepen Military Cooperation' article places on Sunday 26 or Monday 27 August 2018."
    ),
    language="en",
    kind=SourceKind.ORIGINAL,
)

CLAIMS: tuple[Claim, ...] = ()
