"""Reference facts: dates and places the articles omit or get wrong, from named public reporting.

Taken from ``reference-facts.md`` at the precision it gives, with its
references named and its doubts kept. None of these is something an article
said: they are what the articles' claims are judged against.
"""

from __future__ import annotations

from iransyria.data.actors import AL_KHALIL, ASSAD, BAGHERI, ESLAMI, HATAMI, JAHANGIRI, KHAMIS
from iransyria.data.agreements import AGR_2018, AGR_2020, AGR_ECONOMIC, DAMASCUS
from iransyria.data.events import CAESAR_ACT_2020, CIVIL_WAR, NUCLEAR_WITHDRAWAL_2018, VISIT_2018, VISIT_2020
from iransyria.dates import FuzzyDate
from iransyria.models import ReferenceFact, ReferenceKind

REFERENCES: tuple[ReferenceFact, ...] = (
    ReferenceFact(
        id="ref-2018-military-signed",
        subject=AGR_2018,
        kind=ReferenceKind.SIGNED,
        date=FuzzyDate.parse("2018-08-26/2018-08-27"),
        place=DAMASCUS,
        reference="Mehr News English; Armenpress citing IRNA; Reuters and AFP citing Tasnim",
        note=(
            "The day is not settled: Mehr says Sunday 26 August; Reuters and AFP say Tasnim reported "
            "it on Monday 27 August, with Hatami 'on the second day' of his visit. Announced 27 August."
        ),
    ),
    ReferenceFact(
        id="ref-2020-military-signed",
        subject=AGR_2020,
        kind=ReferenceKind.SIGNED,
        date=FuzzyDate.parse("2020-07-08"),
        place=DAMASCUS,
        reference="IRNA; Tehran Times; Syria Times",
        note="Bagheri's arrival (7 July) and his reception by Assad (9 July) are reference facts of their own.",
    ),
    ReferenceFact(
        id="ref-2018-hatami-arrived",
        subject=VISIT_2018,
        kind=ReferenceKind.ARRIVED,
        date=FuzzyDate.parse("2018-08-26"),
        place=DAMASCUS,
        actors=(HATAMI,),
        reference="Mehr News English; Armenpress citing IRNA",
        note="Arrived on Sunday 26 August 2018 for a two-day visit: the visit's first day, whichever day the signing was.",
    ),
    ReferenceFact(
        id="ref-2020-bagheri-arrived",
        subject=VISIT_2020,
        kind=ReferenceKind.ARRIVED,
        date=FuzzyDate.parse("2020-07-07"),
        place=DAMASCUS,
        actors=(BAGHERI,),
        reference="Al-Masdar News",
    ),
    ReferenceFact(
        id="ref-2020-assad-received-bagheri",
        subject=VISIT_2020,
        kind=ReferenceKind.RECEIVED,
        date=FuzzyDate.parse("2020-07-09"),
        place=DAMASCUS,
        actors=(ASSAD, BAGHERI),
        reference="Al-Masdar News",
        note="President Assad received Bagheri the day after the signing.",
    ),
    ReferenceFact(
        id="ref-economic-initialled",
        subject=AGR_ECONOMIC,
        kind=ReferenceKind.INITIALLED,
        date=FuzzyDate.parse("2018-12-30"),
        place="Tehran",
        actors=(AL_KHALIL, ESLAMI),
        reference="Persia Digest, 30 December 2018; WRP",
        note=(
            "So The Syrian Observer's 'Jan. 30, 2018' cannot be right: on that day Eslami held no "
            "ministry (see his offices)."
        ),
    ),
    ReferenceFact(
        id="ref-economic-signed",
        subject=AGR_ECONOMIC,
        kind=ReferenceKind.SIGNED,
        date=FuzzyDate.parse("2019-01-28"),
        place=DAMASCUS,
        actors=(KHAMIS, JAHANGIRI),
        reference="SANA; AsiaNews",
        note="Formally signed by Syria's Prime Minister and Iran's First Vice President.",
    ),
    ReferenceFact(
        id="ref-caesar-act-signed-into-law",
        subject=CAESAR_ACT_2020,
        kind=ReferenceKind.SIGNED_INTO_LAW,
        date=FuzzyDate.parse("2019-12-20"),
        reference="US State Department; MEMRI; Al Arabiya",
        note="The Caesar Syria Civilian Protection Act, whose coming into force the event is.",
    ),
    ReferenceFact(
        id="ref-caesar-act-in-force",
        subject=CAESAR_ACT_2020,
        kind=ReferenceKind.IN_FORCE,
        date=FuzzyDate.parse("2020-06-17"),
        reference="US State Department; MEMRI; Al Arabiya",
    ),
    ReferenceFact(
        id="ref-us-leaves-nuclear-deal",
        subject=NUCLEAR_WITHDRAWAL_2018,
        kind=ReferenceKind.WITHDRAWN,
        date=FuzzyDate.parse("2018-05-08"),
        reference="EFE, 8 May 2018; Radio Farda",
        note=(
            "reference-facts.md gives the date and names no outlet; the outlets are two reports of "
            "Trump's announcement that day, found in the public reference text."
        ),
    ),
    ReferenceFact(
        id="ref-syrian-civil-war-outbreak",
        subject=CIVIL_WAR,
        kind=ReferenceKind.BROKE_OUT,
        date=FuzzyDate.parse("2011-03"),
        reference="Middle East Monitor, 'Remembering the start of the Syrian Revolution', 15 March 2019",
        note=(
            "reference-facts.md gives the month and names no outlet. The outlet dates the uprising's "
            "start to 15 March 2011; the war grew out of it, so only the month is kept."
        ),
    ),
)
