"""The agreements the articles report, as this dataset resolves them.

Each field here is backed by accepted claims in the article modules; the
provision texts are shared constants so that a claim and the field it backs
use the same words. Where the articles disagree, the field holds the value
the accepted claims support, and the claims that disagree stay in the data
with their standing.
"""

from __future__ import annotations

from iransyria.data.actors import (
    AL_KHALIL,
    AYYOUB,
    BAGHERI,
    ESLAMI,
    HATAMI,
    IRAN,
    IRAN_CHIEF_OF_STAFF,
    IRAN_DEFENCE_MINISTER,
    IRAN_ROADS_MINISTER,
    SYRIA,
    SYRIA_DEFENCE_MINISTER,
    SYRIA_ECONOMY_MINISTER,
)
from iransyria.dates import FuzzyDate
from iransyria.models import Agreement, AgreementKind, Relation, RelationKind, Signatory

AGR_2018 = "agr-2018-military-cooperation"
AGR_2020 = "agr-2020-comprehensive-military"
AGR_2018_ECONOMIC = "agr-2018-long-term-economic"

DAMASCUS = "Damascus"

# Provisions of the August 2018 agreement
P2018_DEFENCE_INFRASTRUCTURE = "strengthening Syria's defence infrastructure"
P2018_REBUILD_ARMY = "rebuilding the Syrian army"
P2018_PRESENCE = "defining the areas of bilateral presence, participation and cooperation"
P2018_RECONSTRUCTION = "Iranian participation in Syria's reconstruction"

# Provisions of the July 2020 agreement
P2020_AIR_DEFENCE = "Iran strengthens Syria's air defence systems"
P2020_EXPAND_COOPERATION = "expanding military and security cooperation"
P2020_COORDINATION = "continued coordination between the armed forces of the two countries"
P2020_DEFENSIVE_CAPABILITIES = "developing the defensive capabilities of both armies to face foreign attacks"

# Provisions of the January 2018 economic agreement
PECON_SECTORS = (
    "long-term cooperation across economic sectors, notably banking, finance, construction and reconstruction"
)
PECON_TRADE = "facilitating trade between Syria and Iran"
PECON_IRANIAN_COMPANIES = "facilities for Iranian companies in Syria's reconstruction and investment"

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
            P2020_DEFENSIVE_CAPABILITIES,
        ),
        relations=(Relation(RelationKind.SIMILAR_TO, AGR_2018),),
    ),
    Agreement(
        id=AGR_2018_ECONOMIC,
        kind=AgreementKind.ECONOMIC_COOPERATION,
        title="Iran–Syria long-term economic cooperation agreement",
        parties=(IRAN, SYRIA),
        signatories=(
            Signatory(AL_KHALIL, SYRIA_ECONOMY_MINISTER, SYRIA),
            Signatory(ESLAMI, IRAN_ROADS_MINISTER, IRAN),
        ),
        # The only reported date (30 January 2018) is disputed: see clm-syrobs20-econ-signing-date.
        signed=None,
        provisions=(PECON_SECTORS, PECON_TRADE, PECON_IRANIAN_COMPANIES),
    ),
)
