"""'Iran and Syria Ink A Comprehensive Military Agreement' (outlet unknown, 2020).

Article file ``002_74eb7ba0c327b84a.txt``. Reports the July 2020 agreement
signed by Mohammad Bagheri and Ali Abdullah Ayyoub 'on 8th July' (no year:
the year is inferred) and spells the signatories 'Baqeri' and 'Abdullah Ayoub'.
"""

from __future__ import annotations

from iransyria.dates import FuzzyDate
from iransyria.models import Claim, Source, SourceKind

SOURCE = Source(
    id="src-unknown-2020-comprehensive-agreement",
    file="002_74eb7ba0c327b84a.txt",
    sha256="e3dafd2435996ee5ec8137c2d8dd4782285561c1c1ce55442bbf9fe16d86bc63",
    title="Iran and Syria Ink A Comprehensive Military Agreement",
    outlet=None,
    outlet_basis="The text names no outlet; the book titles on the page are advertisements.",
    published=FuzzyDate.parse("2020-07-08/2020-12-31"),
    published_basis=(
        "Inferred: it reports the signing 'on 8th July' in the past tense, so it was published "
        "on or after that day; it says Iran has backed Assad 'since 2011' and 'For the past 9 "
        "years', which puts it in 2020."
    ),
    language="en",
    kind=SourceKind.ORIGINAL,
)

CLAIMS: tuple[Claim, ...] = ()
