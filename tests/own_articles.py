"""Two short articles written for the tests (tests/articles/) and the dataset that encodes them.

Everything that reads an article file (``show source --text``, ``check
--articles``, the IS802-IS805 rules, quote offsets) is tested on these, so the
suite needs none of the five real articles: those are third-party writing,
never copied into the repository, and only the checks of the shipped quotes
against them need them (the ``articles`` fixture of tests/conftest.py).

``OWN`` extends the shipped data, as a user's own file does: its claims are
about the shipped agreements and actors. The 2018 report names Hatami Foreign
Minister (a refuted claim with its editorial correction, whose evidence lies
inside a quoted passage, so passages nest); the 2020 report carries a claim
each for the date, the signatory and a provision.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import iransyria
from iransyria.authoring import locate
from iransyria.data.actors import (
    BAGHERI,
    HATAMI,
    IRAN_CHIEF_OF_STAFF,
    IRAN_DEFENCE_MINISTER,
    IRAN_FOREIGN_MINISTER,
)
from iransyria.data.agreements import AGR_2018, AGR_2020
from iransyria.dataset import Dataset
from iransyria.dates import FuzzyDate
from iransyria.models import (
    ActorValue,
    Attribution,
    AttributionKind,
    Claim,
    Correction,
    CorrectionKind,
    DateValue,
    Evidence,
    Predicate,
    Source,
    SourceKind,
    Standing,
)
from iransyria.serialization import dump

FOLDER = Path(__file__).resolve().parent / "articles"
WIRE_2018, WIRE_2020 = "src-made-up-wire-2018", "src-made-up-wire-2020"
FILES = {WIRE_2018: "made-up-wire-2018.txt", WIRE_2020: "made-up-wire-2020.txt"}
TEXTS = {source: (FOLDER / name).read_text(encoding="utf-8") for source, name in FILES.items()}
SHIPPED = iransyria.shipped()


def _source(source_id: str, published: str) -> Source:
    return Source(
        id=source_id,
        file=FILES[source_id],
        sha256=hashlib.sha256((FOLDER / FILES[source_id]).read_bytes()).hexdigest(),
        title=f"MADE-UP: {source_id}",
        kind=SourceKind.ORIGINAL,
        language="en",
        outlet=None,
        outlet_basis="made up for the tests: no outlet",
        published=FuzzyDate.parse(published),
        published_basis="made up for the tests",
    )


def _offset(source_id: str, quote: str) -> int:
    place = locate(TEXTS[source_id], quote)
    assert place.exact, quote
    return place.start


def _claim(
    claim_id: str,
    source_id: str,
    subject: str,
    predicate: Predicate,
    value: object,
    quote: str,
    **more: object,
) -> Claim:
    return Claim(
        id=claim_id,
        source=source_id,
        subject=subject,
        predicate=predicate,
        value=value,  # type: ignore[arg-type]
        attribution=Attribution(AttributionKind.OUTLET),
        quote=quote,
        offset=_offset(source_id, quote),
        **more,  # type: ignore[arg-type]
    )


HATAMI_SIGNED = "clm-wire18-hatami-signed"
HATAMI_FOREIGN = "clm-wire18-hatami-foreign-minister"
CORRECTION = "cor-wire18-hatami-was-defence-minister"
CLAIMS = (
    _claim(
        HATAMI_SIGNED,
        WIRE_2018,
        AGR_2018,
        Predicate.SIGNATORY,
        ActorValue(HATAMI, IRAN_DEFENCE_MINISTER),
        "Defence Minister Amir Hatami signed for Iran",
    ),
    _claim(
        HATAMI_FOREIGN,
        WIRE_2018,
        HATAMI,
        Predicate.HOLDS_OFFICE,
        ActorValue(HATAMI, IRAN_FOREIGN_MINISTER),
        "Foreign Minister Amir Hatami",
        standing=Standing.REFUTED,
        reason="Hatami was Minister of Defence (the same report says so)",
    ),
    _claim(
        "clm-wire20-signed-on",
        WIRE_2020,
        AGR_2020,
        Predicate.SIGNING_DATE,
        DateValue(FuzzyDate.parse("2020-07-08")),
        "signed a comprehensive military agreement on 8 July 2020",
    ),
    _claim(
        "clm-wire20-bagheri-signed",
        WIRE_2020,
        AGR_2020,
        Predicate.SIGNATORY,
        ActorValue(BAGHERI, IRAN_CHIEF_OF_STAFF),
        "Mohammad Bagheri signed for Iran",
    ),
)
CORRECTIONS = (
    Correction(
        id=CORRECTION,
        kind=CorrectionKind.EDITORIAL,
        target=HATAMI_FOREIGN,
        before="Foreign Minister Amir Hatami",
        after="Defence Minister Amir Hatami",
        reason="The report itself names him Defence Minister when he signs.",
        evidence=(
            Evidence(
                WIRE_2018, "Defence Minister Amir Hatami", _offset(WIRE_2018, "Defence Minister Amir Hatami")
            ),
        ),
    ),
)
#: Only the records of the two made-up reports, as a user's own file holds them.
MINE = Dataset(
    sources=(_source(WIRE_2018, "2018-08-28"), _source(WIRE_2020, "2020-07-10")),
    claims=CLAIMS,
    corrections=CORRECTIONS,
)
#: The shipped data extended with them.
OWN = SHIPPED.evolve(
    sources=(*SHIPPED.sources, *MINE.sources),
    claims=(*SHIPPED.claims, *MINE.claims),
    corrections=(*SHIPPED.corrections, *MINE.corrections),
)


def write_mine(folder: Path) -> Path:
    """Write :data:`MINE` as a dataset file in ``folder`` (for ``--data``); its path."""
    path = folder / "made-up-wire.json"
    dump(MINE, path)
    return path
