"""The agreements the articles report, as this dataset resolves them.

Each field here is backed by accepted claims in the article modules; the
provisions have ids, and each source's claim names the id in its own words. Where the articles disagree, the field holds the value
the accepted claims support, and the claims that disagree stay in the data
with their standing.
"""

from __future__ import annotations

from iransyria.data.actors import (
    AYYOUB,
    BAGHERI,
    HATAMI,
    IRAN,
    IRAN_CHIEF_OF_STAFF,
    IRAN_DEFENCE_MINISTER,
    IRAN_FIRST_VICE_PRESIDENT,
    JAHANGIRI,
    KHAMIS,
    SYRIA,
    SYRIA_DEFENCE_MINISTER,
    SYRIA_PRIME_MINISTER,
)
from iransyria.dates import FuzzyDate
from iransyria.models import Agreement, AgreementKind, Provision, Relation, RelationKind, Signatory

AGR_2018 = "agr-2018-military-cooperation"
AGR_2020 = "agr-2020-comprehensive-military"
# The economic agreement's id names no year: the only year an article gives
# (2018, in 003) is disputed by the reference data (initialled 30 December
# 2018, signed 28 January 2019), so the id must not assert either.
AGR_ECONOMIC = "agr-long-term-economic"

DAMASCUS = "Damascus"

# Provisions: an id and this dataset's summary. Each source's `provision`
# claim names the id and keeps that source's own wording.

# Provisions of the August 2018 agreement
P2018_DEFENCE_INFRASTRUCTURE = Provision(
    "prv-2018-defence-infrastructure", "strengthening Syria's defence infrastructure"
)
P2018_REBUILD_ARMY = Provision("prv-2018-rebuild-army", "rebuilding the Syrian army")
P2018_PRESENCE = Provision(
    "prv-2018-presence", "defining the areas of bilateral presence, participation and cooperation"
)
# Reported only by The Media Line ('a military cooperation and reconstruction
# deal'), which says the pact's details 'remain murky'; no source contradicts it.
P2018_RECONSTRUCTION = Provision("prv-2018-reconstruction", "Iranian participation in Syria's reconstruction")

# Provisions of the July 2020 agreement
P2020_AIR_DEFENCE = Provision("prv-2020-air-defence", "Iran strengthens Syria's air defence systems")
P2020_EXPAND_COOPERATION = Provision(
    "prv-2020-military-security-cooperation", "expanding or strengthening military and security cooperation"
)
P2020_COORDINATION = Provision(
    "prv-2020-armed-forces-coordination", "continued coordination or cooperation between the two armed forces"
)

# Provisions of the economic agreement
PECON_SECTORS = Provision(
    "prv-economic-sectors",
    "long-term cooperation across economic sectors, notably banking, finance, construction and reconstruction",
)
PECON_TRADE = Provision("prv-economic-trade", "facilitating trade between Syria and Iran")
PECON_IRANIAN_COMPANIES = Provision(
    "prv-economic-iranian-companies",
    "facilities for Iranian companies in Syria's reconstruction and investment",
)

AGREEMENTS: tuple[Agreement, ...] = (
    Agreement(
        id=AGR_2018,
        kind=AgreementKind.MILITARY_COOPERATION,
        title="Iran–Syria military cooperation agreement (August 2018)",
        parties=(IRAN, SYRIA),
        signatories=(
            Signatory(HATAMI, IRAN_DEFENCE_MINISTER, IRAN),
            Signatory(AYYOUB, SYRIA_DEFENCE_MINISTER, SYRIA),
        ),
        signed=FuzzyDate.parse("2018-08-26/2018-08-27"),
        place=DAMASCUS,
        provisions=(
            P2018_DEFENCE_INFRASTRUCTURE,
            P2018_REBUILD_ARMY,
            P2018_PRESENCE,
            P2018_RECONSTRUCTION,
        ),
    ),
    Agreement(
        id=AGR_2020,
        kind=AgreementKind.MILITARY_COOPERATION,
        title="Iran–Syria comprehensive military agreement (July 2020)",
        parties=(IRAN, SYRIA),
        signatories=(
            Signatory(BAGHERI, IRAN_CHIEF_OF_STAFF, IRAN),
            Signatory(AYYOUB, SYRIA_DEFENCE_MINISTER, SYRIA),
        ),
        signed=FuzzyDate.parse("2020-07-08"),
        place=DAMASCUS,
        provisions=(
            P2020_AIR_DEFENCE,
            P2020_EXPAND_COOPERATION,
            P2020_COORDINATION,
        ),
        relations=(Relation(RelationKind.SIMILAR_TO, AGR_2018),),
    ),
    Agreement(
        id=AGR_ECONOMIC,
        kind=AgreementKind.ECONOMIC_COOPERATION,
        title="Iran–Syria long-term economic cooperation agreement",
        parties=(IRAN, SYRIA),
        # Its signing is known only from reference data (ref-economic-signed: SANA; AsiaNews):
        # the one article that reports the agreement gives its initialling, by two other
        # ministers, as its signing, on a date that is wrong (clm-syrobs20-econ-signing-date).
        # The initialling is an event of its own (evt-2018-12-economic-initialling).
        signatories=(
            Signatory(KHAMIS, SYRIA_PRIME_MINISTER, SYRIA),
            Signatory(JAHANGIRI, IRAN_FIRST_VICE_PRESIDENT, IRAN),
        ),
        signed=FuzzyDate.parse("2019-01-28"),
        place=DAMASCUS,
        provisions=(PECON_SECTORS, PECON_TRADE, PECON_IRANIAN_COMPANIES),
    ),
)
