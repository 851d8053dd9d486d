"""'Iran, Syrian Regime Sign Comprehensive Agreement' (The Syrian Observer, July 2020).

Article file ``003_3400dcb84386deff.txt``. A translation of an Alsouria Net
report: not independent of it. Reports the July 2020 agreement, relates it to
the 'similar agreement' of August 2018, and relays SANA on the long-term
economic cooperation agreement initialled on 30 January 2018.
"""

from __future__ import annotations

from iransyria.data.actors import (
    AL_KHALIL,
    ALSOURIA_NET,
    AYYOUB,
    BAGHERI,
    ESLAMI,
    HATAMI,
    IRAN,
    IRAN_CHIEF_OF_STAFF,
    IRAN_DEFENCE_MINISTER,
    IRAN_MAJOR_GENERAL,
    IRAN_ROADS_MINISTER,
    SANA,
    SYRIA,
    SYRIA_DEFENCE_MINISTER,
    SYRIA_ECONOMY_MINISTER,
    SYRIAN_OBSERVER,
    SYRIAN_STATE_MEDIA,
    USA,
)
from iransyria.data.agreements import (
    AGR_2018,
    AGR_2020,
    AGR_ECONOMIC,
    DAMASCUS,
    P2018_DEFENCE_INFRASTRUCTURE,
    P2018_REBUILD_ARMY,
    P2020_AIR_DEFENCE,
    P2020_COORDINATION,
    P2020_EXPAND_COOPERATION,
    PECON_IRANIAN_COMPANIES,
    PECON_SECTORS,
    PECON_TRADE,
)
from iransyria.data.events import (
    AYYOUB_CAESAR_2020,
    AYYOUB_STEADFASTNESS_2020,
    BAGHERI_AIR_DEFENCE_2020,
    BAGHERI_WILL_2020,
    CAESAR_ACT_2020,
    ECONOMIC_INITIALLING,
    SIGNING_2018,
    SIGNING_2020,
    TALKS_2020,
    VISIT_2018,
    VISIT_2020,
    reported,
)
from iransyria.dates import FuzzyDate
from iransyria.models import (
    ActorValue,
    AgreementKind,
    AgreementKindValue,
    AgreementValue,
    Attribution,
    AttributionKind,
    Claim,
    DateValue,
    Derivation,
    DerivationKind,
    EventKind,
    Inference,
    ParticipantValue,
    PlaceValue,
    Predicate,
    ProvisionValue,
    RelationKind,
    Role,
    Source,
    SourceKind,
    Standing,
    StatementValue,
    TextValue,
    Wording,
)

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
    reports=(AGR_2020,),
    derived_from=(
        Derivation(DerivationKind.TRANSLATION_OF, ALSOURIA_NET),
        Derivation(DerivationKind.RELAYS, SYRIAN_STATE_MEDIA),
        Derivation(DerivationKind.RELAYS, SANA),
    ),
)

# Passages that back more than one claim.
_Q_IRAN_AND_SYRIA_HAVE = "Iran and Syria have announced the signing of an agreement that will increase military cooperation between the two sides"
_Q_THE_AGREEMENT_WAS_SIGNED = "The agreement was signed by Syrian Defense Minister Ali Abdullah Ayyoub and Chief of Staff of Iran’s Armed Forces Maj. Gen. Mohammad Bagheri, during which the latter headed a military delegation to Damascus, according to the regime’s media reports."
_Q_THE_AGREEMENT_COMES_AFTER = "The agreement comes after the Caesar Act went into force last month."
_Q_SIMILAR_AGREEMENT_IN_AUGUST_2018 = "the two sides had signed a similar agreement in August 2018"
_Q_SIMILAR_AGREEMENT_DURING_HATAMI_VISIT = "the two sides had signed a similar agreement in August 2018, during a visit by the Iranian Minister of Defense, Amir Hatami, to Damascus"
_Q_STIPULATING_THE_STRENGTHENING_OF = "stipulating the strengthening of Syrian defense infrastructure in Syria and the rebuilding of the Syrian army"
_Q_THE_REGIME_HAS_ALSO = "The regime has also signed a long-term economic cooperation agreement with Iran"
_Q_INITIALS_WERE_USED_TO = "initials were used to sign the agreement on Jan. 30, 2018, between the Minister of Economy and Foreign Trade, Mohammad Samer al-Khalil, and the Iranian Minister of Roads and Urban Development, Mohammad Eslami"

# When the 2020 signatories held their offices: at the signing, which this
# article dates to July 2020 (clm-syrobs20-2020-signing-date).
_SIGNED_JULY_2020 = (
    "The sentence reports the 2020 signing, which the article dates to July 2020 "
    "(clm-syrobs20-2020-signing-date); the office is the one held at the signing."
)

_RECORD_CLAIMS: tuple[Claim, ...] = (
    # ------------------------------------------------------------------ the July 2020 agreement
    Claim(
        id="clm-syrobs20-2020-kind",
        source=SOURCE.id,
        subject=AGR_2020,
        predicate=Predicate.KIND,
        value=AgreementKindValue(AgreementKind.MILITARY_COOPERATION),
        attribution=Attribution(AttributionKind.OUTLET),
        quote="The Assad regime and Iran signed a comprehensive agreement on military cooperation.",
    ),
    Claim(
        id="clm-syrobs20-2020-party-iran",
        source=SOURCE.id,
        subject=AGR_2020,
        predicate=Predicate.PARTY,
        value=ActorValue(IRAN),
        attribution=Attribution(AttributionKind.OUTLET),
        quote=_Q_IRAN_AND_SYRIA_HAVE,
    ),
    Claim(
        id="clm-syrobs20-2020-party-syria",
        source=SOURCE.id,
        subject=AGR_2020,
        predicate=Predicate.PARTY,
        value=ActorValue(SYRIA),
        attribution=Attribution(AttributionKind.OUTLET),
        quote=_Q_IRAN_AND_SYRIA_HAVE,
    ),
    Claim(
        id="clm-syrobs20-2020-signatory-ayyoub",
        source=SOURCE.id,
        subject=AGR_2020,
        predicate=Predicate.SIGNATORY,
        value=ActorValue(AYYOUB, SYRIA_DEFENCE_MINISTER),
        attribution=Attribution(AttributionKind.STATE_MEDIA, SYRIAN_STATE_MEDIA),
        quote=_Q_THE_AGREEMENT_WAS_SIGNED,
    ),
    Claim(
        id="clm-syrobs20-2020-signatory-bagheri",
        source=SOURCE.id,
        subject=AGR_2020,
        predicate=Predicate.SIGNATORY,
        value=ActorValue(BAGHERI, IRAN_CHIEF_OF_STAFF),
        attribution=Attribution(AttributionKind.STATE_MEDIA, SYRIAN_STATE_MEDIA),
        quote=_Q_THE_AGREEMENT_WAS_SIGNED,
    ),
    Claim(
        id="clm-syrobs20-2020-signing-date",
        source=SOURCE.id,
        subject=AGR_2020,
        predicate=Predicate.SIGNING_DATE,
        value=DateValue(FuzzyDate.parse("2020-07")),
        attribution=Attribution(AttributionKind.OUTLET),
        quote=_Q_THE_AGREEMENT_COMES_AFTER,
        inferences=(
            Inference(
                "year and month",
                "The article gives no date for the signing. 'The agreement comes after the Caesar Act "
                "went into force last month' puts the signing in the month of writing, the month after "
                "the Act took effect. The Act took effect on 17 June 2020 (reference: Wikipedia, "
                "'Caesar Syria Civilian Protection Act'), so 'last month' is June 2020 and the month of "
                "writing and of the signing is July 2020, as in this source's publication-date reasoning. Both year "
                "and month therefore rest on that outside reference and on reading 'comes after ... last "
                "month' as news of the current month, not on anything the article states. Article 002's "
                "'on 8th July' agrees but was not used to reach this month.",
            ),
        ),
    ),
    Claim(
        id="clm-syrobs20-2020-signing-place",
        source=SOURCE.id,
        subject=AGR_2020,
        predicate=Predicate.SIGNING_PLACE,
        value=PlaceValue(DAMASCUS),
        attribution=Attribution(AttributionKind.STATE_MEDIA, SYRIAN_STATE_MEDIA),
        quote=_Q_THE_AGREEMENT_WAS_SIGNED,
        inferences=(
            Inference(
                "place",
                "The article does not name the place of signing; it says the signing happened 'during "
                "which the latter [Bagheri] headed a military delegation to Damascus', so the place is "
                "taken to be Damascus.",
            ),
        ),
    ),
    Claim(
        id="clm-syrobs20-2020-provision-cooperation",
        source=SOURCE.id,
        subject=AGR_2020,
        predicate=Predicate.PROVISION,
        value=ProvisionValue(
            P2020_EXPAND_COOPERATION.id,
            "the strengthening of military and security cooperation between the two sides",
        ),
        attribution=Attribution(AttributionKind.OUTLET),
        quote=(
            "The agreement stipulates the strengthening of military and security cooperation between "
            "the two sides"
        ),
    ),
    Claim(
        id="clm-syrobs20-2020-provision-coordination",
        source=SOURCE.id,
        subject=AGR_2020,
        predicate=Predicate.PROVISION,
        value=ProvisionValue(
            P2020_COORDINATION.id, "at the level of the armed forces and continued cooperation efforts"
        ),
        attribution=Attribution(AttributionKind.OUTLET),
        quote="at the level of the armed forces and continued cooperation efforts",
    ),
    Claim(
        id="clm-syrobs20-2020-provision-air-defence",
        source=SOURCE.id,
        subject=AGR_2020,
        predicate=Predicate.PROVISION,
        value=ProvisionValue(P2020_AIR_DEFENCE.id, "Iran will work to strengthen Syrian air defense systems"),
        attribution=Attribution(AttributionKind.OFFICIAL, BAGHERI),
        quote=(
            "Bagheri said that Iran will work to strengthen Syrian air defense systems within the "
            "framework of strengthening military relations between the two countries"
        ),
        inferences=(
            Inference(
                "provision",
                "The article reports this as what Bagheri said 'During talks with Ayoub', not as a term "
                "of the agreement; it is read as a provision because he ties it to the 'signed agreement' "
                "in the same sentence and article 002 states it as one ('As per the signed agreement, "
                "Iran will strengthen the Syrian air defense systems').",
            ),
        ),
    ),
    Claim(
        id="clm-syrobs20-2020-similar-to-2018",
        source=SOURCE.id,
        subject=AGR_2020,
        predicate=Predicate.RELATED_TO,
        value=AgreementValue(AGR_2018, RelationKind.SIMILAR_TO),
        attribution=Attribution(AttributionKind.OUTLET),
        quote=_Q_SIMILAR_AGREEMENT_IN_AUGUST_2018,
    ),
    # ------------------------------------------------------------------ the August 2018 agreement
    Claim(
        id="clm-syrobs20-2018-party-iran",
        source=SOURCE.id,
        subject=AGR_2018,
        predicate=Predicate.PARTY,
        value=ActorValue(IRAN),
        attribution=Attribution(AttributionKind.OUTLET),
        quote=_Q_SIMILAR_AGREEMENT_IN_AUGUST_2018,
        inferences=(
            Inference(
                "party",
                "'the two sides' are the parties of the 2020 agreement named earlier in the article, "
                "'The Assad regime and Iran'.",
            ),
        ),
    ),
    Claim(
        id="clm-syrobs20-2018-party-syria",
        source=SOURCE.id,
        subject=AGR_2018,
        predicate=Predicate.PARTY,
        value=ActorValue(SYRIA),
        attribution=Attribution(AttributionKind.OUTLET),
        quote=_Q_SIMILAR_AGREEMENT_IN_AUGUST_2018,
        inferences=(
            Inference(
                "party",
                "'the two sides' are the parties of the 2020 agreement named earlier in the article, "
                "'The Assad regime and Iran'; 'the Assad regime' is the Syrian state.",
            ),
        ),
    ),
    Claim(
        id="clm-syrobs20-2018-signing-date",
        source=SOURCE.id,
        subject=AGR_2018,
        predicate=Predicate.SIGNING_DATE,
        value=DateValue(FuzzyDate.parse("2018-08")),
        attribution=Attribution(AttributionKind.OUTLET),
        quote=_Q_SIMILAR_AGREEMENT_IN_AUGUST_2018,
    ),
    Claim(
        id="clm-syrobs20-2018-signatory-hatami",
        source=SOURCE.id,
        subject=AGR_2018,
        predicate=Predicate.SIGNATORY,
        value=ActorValue(HATAMI, IRAN_DEFENCE_MINISTER),
        attribution=Attribution(AttributionKind.OUTLET),
        quote=_Q_SIMILAR_AGREEMENT_DURING_HATAMI_VISIT,
        inferences=(
            Inference(
                "signatory",
                "The article does not say who signed; it says the agreement was signed 'during a visit "
                "by the Iranian Minister of Defense, Amir Hatami, to Damascus'. Hatami is taken as Iran's "
                "signatory because the signing happened on his visit (The Media Line's 2018 article says "
                "he met his counterpart in Damascus 'to sign' the deal).",
            ),
        ),
    ),
    Claim(
        id="clm-syrobs20-2018-signing-place",
        source=SOURCE.id,
        subject=AGR_2018,
        predicate=Predicate.SIGNING_PLACE,
        value=PlaceValue(DAMASCUS),
        attribution=Attribution(AttributionKind.OUTLET),
        quote=_Q_SIMILAR_AGREEMENT_DURING_HATAMI_VISIT,
        inferences=(
            Inference(
                "place",
                "The article does not name the place of signing; it was signed 'during a visit by ... "
                "Amir Hatami, to Damascus', so the place is taken to be Damascus.",
            ),
        ),
    ),
    Claim(
        id="clm-syrobs20-2018-provision-infrastructure",
        source=SOURCE.id,
        subject=AGR_2018,
        predicate=Predicate.PROVISION,
        value=ProvisionValue(
            P2018_DEFENCE_INFRASTRUCTURE.id, "the strengthening of Syrian defense infrastructure in Syria"
        ),
        attribution=Attribution(AttributionKind.OUTLET),
        quote=_Q_STIPULATING_THE_STRENGTHENING_OF,
    ),
    Claim(
        id="clm-syrobs20-2018-provision-rebuild-army",
        source=SOURCE.id,
        subject=AGR_2018,
        predicate=Predicate.PROVISION,
        value=ProvisionValue(P2018_REBUILD_ARMY.id, "the rebuilding of the Syrian army"),
        attribution=Attribution(AttributionKind.OUTLET),
        quote=_Q_STIPULATING_THE_STRENGTHENING_OF,
    ),
    # ------------------------------------------------------------------ the January 2018 economic agreement
    Claim(
        id="clm-syrobs20-econ-kind",
        source=SOURCE.id,
        subject=AGR_ECONOMIC,
        predicate=Predicate.KIND,
        value=AgreementKindValue(AgreementKind.ECONOMIC_COOPERATION),
        attribution=Attribution(AttributionKind.OUTLET),
        quote=_Q_THE_REGIME_HAS_ALSO,
    ),
    Claim(
        id="clm-syrobs20-econ-party-iran",
        source=SOURCE.id,
        subject=AGR_ECONOMIC,
        predicate=Predicate.PARTY,
        value=ActorValue(IRAN),
        attribution=Attribution(AttributionKind.OUTLET),
        quote=_Q_THE_REGIME_HAS_ALSO,
    ),
    Claim(
        id="clm-syrobs20-econ-party-syria",
        source=SOURCE.id,
        subject=AGR_ECONOMIC,
        predicate=Predicate.PARTY,
        value=ActorValue(SYRIA),
        attribution=Attribution(AttributionKind.OUTLET),
        quote=_Q_THE_REGIME_HAS_ALSO,
        inferences=(
            Inference(
                "party",
                "'The regime' is the article's name for the Syrian government ('the Assad regime').",
            ),
        ),
    ),
    Claim(
        id="clm-syrobs20-econ-signing-date",
        source=SOURCE.id,
        subject=AGR_ECONOMIC,
        predicate=Predicate.SIGNING_DATE,
        value=DateValue(FuzzyDate.parse("2018-01-30")),
        attribution=Attribution(AttributionKind.STATE_MEDIA, SANA),
        quote="initials were used to sign the agreement on Jan. 30, 2018",
        inferences=(
            Inference(
                "signing",
                "SANA, as the article relays it, says 'initials were used to sign the agreement on "
                "Jan. 30, 2018': the agreement was initialled on that day, not signed in full. The "
                "article reports no later full signature, so the initialling date is recorded as the "
                "signing date.",
            ),
        ),
        standing=Standing.REFUTED,
        reason=(
            "Reference data has the agreement initialled on 30 December 2018 and signed on "
            "28 January 2019; the same sentence has Mohammad Eslami sign as Iran's Minister of "
            "Roads and Urban Development, an office he took only in October 2018. The date is "
            "wrong (cor-econ-not-signed-in-january-2018)."
        ),
    ),
    Claim(
        id="clm-syrobs20-econ-signatory-al-khalil",
        source=SOURCE.id,
        subject=AGR_ECONOMIC,
        predicate=Predicate.SIGNATORY,
        value=ActorValue(AL_KHALIL, SYRIA_ECONOMY_MINISTER),
        attribution=Attribution(AttributionKind.STATE_MEDIA, SANA),
        quote=_Q_INITIALS_WERE_USED_TO,
        inferences=(
            Inference(
                "signing",
                "'initials were used to sign the agreement ... between' him and Eslami: the article gives "
                "the initialling as the agreement's signing ('The regime has also signed').",
            ),
            Inference(
                "position",
                "The article says 'the Minister of Economy and Foreign Trade' without naming the state; "
                "Syrian because the sentence sets him against 'the Iranian Minister' and the next "
                "sentence calls him 'the regime’s Minister of Economy'.",
            ),
        ),
        standing=Standing.REFUTED,
    ),
    Claim(
        id="clm-syrobs20-econ-signatory-eslami",
        source=SOURCE.id,
        subject=AGR_ECONOMIC,
        predicate=Predicate.SIGNATORY,
        value=ActorValue(ESLAMI, IRAN_ROADS_MINISTER),
        attribution=Attribution(AttributionKind.STATE_MEDIA, SANA),
        quote=_Q_INITIALS_WERE_USED_TO,
        inferences=(
            Inference(
                "signing",
                "'initials were used to sign the agreement ... between' al-Khalil and him: the article "
                "gives the initialling as the agreement's signing ('The regime has also signed').",
            ),
        ),
        standing=Standing.REFUTED,
    ),
    Claim(
        id="clm-syrobs20-econ-provision-sectors",
        source=SOURCE.id,
        subject=AGR_ECONOMIC,
        predicate=Predicate.PROVISION,
        value=ProvisionValue(
            PECON_SECTORS.id,
            "several economic sectors; most notably the banking, finance, construction, and reconstruction sectors",
        ),
        attribution=Attribution(AttributionKind.OUTLET),
        quote=(
            "The long-term cooperation agreement includes several economic sectors; most notably the "
            "banking, finance, construction, and reconstruction sectors."
        ),
    ),
    Claim(
        id="clm-syrobs20-econ-provision-trade",
        source=SOURCE.id,
        subject=AGR_ECONOMIC,
        predicate=Predicate.PROVISION,
        value=ProvisionValue(PECON_TRADE.id, "facilitating trade between the Syrian regime and Iran"),
        attribution=Attribution(AttributionKind.OFFICIAL, AL_KHALIL),
        quote=(
            "According to the regime’s Minister of Economy, the agreement will contribute greatly to "
            "facilitating trade between the Syrian regime and Iran"
        ),
        inferences=(
            Inference(
                "speaker",
                "'the regime’s Minister of Economy' is Mohammad Samer al-Khalil, named in the preceding "
                "sentence as 'the Minister of Economy and Foreign Trade'.",
            ),
        ),
    ),
    Claim(
        id="clm-syrobs20-econ-provision-companies",
        source=SOURCE.id,
        subject=AGR_ECONOMIC,
        predicate=Predicate.PROVISION,
        value=ProvisionValue(
            PECON_IRANIAN_COMPANIES.id,
            "providing facilities for Iranian companies at the level of the reconstruction of Syria and investment on its soil",
        ),
        attribution=Attribution(AttributionKind.OFFICIAL, AL_KHALIL),
        quote=(
            "in addition to providing facilities for Iranian companies at the level of the "
            "reconstruction of Syria and investment on its soil"
        ),
        inferences=(
            Inference(
                "speaker",
                "The clause continues the sentence that begins 'According to the regime’s Minister of "
                "Economy', who is Mohammad Samer al-Khalil, named in the preceding sentence as 'the "
                "Minister of Economy and Foreign Trade'.",
            ),
        ),
    ),
    # ------------------------------------------------------------------ offices
    Claim(
        id="clm-syrobs20-ayyoub-office",
        source=SOURCE.id,
        subject=AYYOUB,
        predicate=Predicate.HOLDS_OFFICE,
        value=ActorValue(AYYOUB, SYRIA_DEFENCE_MINISTER),
        attribution=Attribution(AttributionKind.STATE_MEDIA, SYRIAN_STATE_MEDIA),
        quote="Syrian Defense Minister Ali Abdullah Ayyoub",
        point_in_time=FuzzyDate.parse("2020-07"),
        inferences=(Inference("point in time", _SIGNED_JULY_2020),),
    ),
    Claim(
        id="clm-syrobs20-bagheri-office",
        source=SOURCE.id,
        subject=BAGHERI,
        predicate=Predicate.HOLDS_OFFICE,
        value=ActorValue(BAGHERI, IRAN_CHIEF_OF_STAFF),
        attribution=Attribution(AttributionKind.STATE_MEDIA, SYRIAN_STATE_MEDIA),
        quote="Chief of Staff of Iran’s Armed Forces Maj. Gen. Mohammad Bagheri",
        point_in_time=FuzzyDate.parse("2020-07"),
        inferences=(Inference("point in time", _SIGNED_JULY_2020),),
    ),
    Claim(
        id="clm-syrobs20-hatami-office",
        source=SOURCE.id,
        subject=HATAMI,
        predicate=Predicate.HOLDS_OFFICE,
        value=ActorValue(HATAMI, IRAN_DEFENCE_MINISTER),
        attribution=Attribution(AttributionKind.OUTLET),
        quote="the Iranian Minister of Defense, Amir Hatami",
        point_in_time=FuzzyDate.parse("2018-08"),
    ),
    Claim(
        id="clm-syrobs20-al-khalil-office",
        source=SOURCE.id,
        subject=AL_KHALIL,
        predicate=Predicate.HOLDS_OFFICE,
        value=ActorValue(AL_KHALIL, SYRIA_ECONOMY_MINISTER),
        attribution=Attribution(AttributionKind.STATE_MEDIA, SANA),
        quote="the Minister of Economy and Foreign Trade, Mohammad Samer al-Khalil",
        inferences=(
            Inference(
                "position",
                "The article does not name the state; Syrian because the sentence sets him against 'the "
                "Iranian Minister' and the next sentence calls him 'the regime’s Minister of Economy'.",
            ),
        ),
        point_in_time=FuzzyDate.parse("2018-01-30"),
    ),
    Claim(
        id="clm-syrobs20-eslami-office",
        source=SOURCE.id,
        subject=ESLAMI,
        predicate=Predicate.HOLDS_OFFICE,
        value=ActorValue(ESLAMI, IRAN_ROADS_MINISTER),
        attribution=Attribution(AttributionKind.STATE_MEDIA, SANA),
        quote="the Iranian Minister of Roads and Urban Development, Mohammad Eslami",
        point_in_time=FuzzyDate.parse("2018-01-30"),
        standing=Standing.REFUTED,
        reason=(
            "Eslami held no ministry on 30 January 2018: he became Minister of Roads and Urban "
            "Development in October 2018 (reference data: ILNA; Press TV), and Abbas Akhoundi held "
            "the office until then. The article's date is wrong (see clm-syrobs20-econ-signing-date); "
            "the office is right at the agreement's real signing."
        ),
    ),
    # ------------------------------------------------------------------ spellings
    Claim(
        id="clm-syrobs20-ayyoub-named-ayyoub",
        source=SOURCE.id,
        subject=AYYOUB,
        predicate=Predicate.NAMED_AS,
        value=TextValue("Ayyoub"),
        attribution=Attribution(AttributionKind.OUTLET),
        quote="Ali Abdullah Ayyoub",
    ),
    Claim(
        id="clm-syrobs20-ayyoub-named-ayoub",
        source=SOURCE.id,
        subject=AYYOUB,
        predicate=Predicate.NAMED_AS,
        value=TextValue("Ayoub"),
        attribution=Attribution(AttributionKind.OUTLET),
        quote="During talks with Ayoub, Bagheri said",
    ),
    # ------------------------------------------------------------------ statements
    # ------------------------------------------------------------------ visits and context
    Claim(
        id="clm-syrobs20-caesar-act-scope",
        source=SOURCE.id,
        subject=USA,
        predicate=Predicate.ASSERTION,
        value=TextValue(
            "The Caesar Act affects senior Syrian regime officials and the countries and parties "
            "supporting the regime, especially reconstruction efforts."
        ),
        attribution=Attribution(AttributionKind.OUTLET),
        quote=(
            "The Act affects senior regime officials as well as the countries and parties supporting it, "
            "especially reconstruction efforts."
        ),
        inferences=(
            Inference(
                "subject",
                "The article does not say whose law the Caesar Act is; it is the United States' Caesar "
                "Syria Civilian Protection Act (Wikipedia, 'Caesar Syria Civilian Protection Act').",
            ),
        ),
    ),
    Claim(
        id="clm-syrobs20-iran-agreements",
        source=SOURCE.id,
        subject=IRAN,
        predicate=Predicate.ASSERTION,
        value=TextValue(
            "Iran, a supporter of the Assad regime, has worked in recent years to conclude economic and "
            "military agreements with the Syrian regime."
        ),
        attribution=Attribution(AttributionKind.OUTLET),
        quote=(
            "Iran, which is a supporter of the Assad regime, has worked in recent years to conclude "
            "economic and military agreements with the regime"
        ),
    ),
)

# ---------------------------------------------------------------------- events
_STATE_MEDIA = Attribution(AttributionKind.STATE_MEDIA, SYRIAN_STATE_MEDIA)
_OUTLET = Attribution(AttributionKind.OUTLET)
_SANA = Attribution(AttributionKind.STATE_MEDIA, SANA)
_Q_TALKS = "During talks with Ayoub, Bagheri said"
_Q_AIR_DEFENCE = (
    "Bagheri said that Iran will work to strengthen Syrian air defense systems within the "
    "framework of strengthening military relations between the two countries"
)
_Q_PRESSURE = (
    "adding that the signed agreement, “strengthens our will and our determination to cooperate "
    "[with the Syrian regime] in the face of American pressure.”"
)
_AT_THE_TALKS = Inference(
    "part of",
    "The article reports it as said 'During talks with Ayoub'; 'adding' continues the same sentence.",
)
_CAESAR_REFERENCE = Inference(
    "date",
    "The article is undated and says only 'last month'. The month comes from the public reference "
    "(Wikipedia, 'Caesar Syria Civilian Protection Act': in force 17 June 2020), not from the article; "
    "this source's publication date (July 2020) is itself inferred from this reference, so the two are not "
    "independent. Kept at month precision, as 'last month' gives.",
)
_CAESAR_IS_US_LAW = Inference(
    "agent",
    "The article does not say whose law the Caesar Act is; it is the United States' Caesar Syria "
    "Civilian Protection Act (same reference).",
)
_Q_BAGHERI_DELEGATION = "during which the latter headed a military delegation to Damascus, according to the regime’s media reports"

EVENT_CLAIMS: tuple[Claim, ...] = (
    # ------------------------------------------------------------ July 2020: Bagheri's visit and talks
    *reported(
        "clm-syrobs20-bagheri-visit",
        SOURCE.id,
        VISIT_2020,
        _Q_BAGHERI_DELEGATION,
        _STATE_MEDIA,
        kind=EventKind.VISIT,
        date=FuzzyDate.parse("2020-07"),
        place=DAMASCUS,
        participants=(ParticipantValue(BAGHERI, Role.VISITOR, IRAN_CHIEF_OF_STAFF),),
        concerns=(AGR_2020,),
        quotes={BAGHERI: _Q_THE_AGREEMENT_WAS_SIGNED, "concerns": _Q_THE_AGREEMENT_WAS_SIGNED},
        inferences={
            "date": (
                Inference(
                    "date",
                    "The article dates neither the visit nor the signing; the visit is the occasion of the "
                    "signing, dated July 2020 in clm-syrobs20-2020-signing-date (from 'The agreement comes "
                    "after the Caesar Act went into force last month' and the Act's entry into force on "
                    "17 June 2020, Wikipedia, 'Caesar Syria Civilian Protection Act').",
                ),
            ),
            BAGHERI: (
                Inference("person", "'the latter' is Bagheri, the second signatory named in the sentence."),
            ),
        },
    ),
    *reported(
        "clm-syrobs20-2020-signing",
        SOURCE.id,
        SIGNING_2020,
        _Q_THE_AGREEMENT_WAS_SIGNED,
        _STATE_MEDIA,
        part_of=VISIT_2020,
    ),
    # The economic agreement's initialling: who initialled it is right, the date is not.
    *reported(
        "clm-syrobs20-econ-initialling",
        SOURCE.id,
        ECONOMIC_INITIALLING,
        _Q_INITIALS_WERE_USED_TO,
        _SANA,
        kind=EventKind.INITIALLING,
        participants=(
            ParticipantValue(AL_KHALIL, Role.SIGNATORY, SYRIA_ECONOMY_MINISTER),
            ParticipantValue(ESLAMI, Role.SIGNATORY, IRAN_ROADS_MINISTER),
        ),
        concerns=(AGR_ECONOMIC,),
        quotes={"kind": "initials were used to sign the agreement"},
        inferences={
            "kind": (
                Inference(
                    "kind",
                    "'initials were used to sign': the text was initialled, which reference data dates a "
                    "month before its formal signing (ref-economic-initialled, ref-economic-signed).",
                ),
            ),
            AL_KHALIL: (
                Inference(
                    "position",
                    "'the Minister of Economy and Foreign Trade' is Syria's: the next sentence calls him "
                    "'the regime’s Minister of Economy'.",
                ),
            ),
        },
    ),
    Claim(
        id="clm-syrobs20-econ-initialling-date",
        source=SOURCE.id,
        subject=ECONOMIC_INITIALLING,
        predicate=Predicate.EVENT_DATE,
        value=DateValue(FuzzyDate.parse("2018-01-30")),
        attribution=_SANA,
        quote="initials were used to sign the agreement on Jan. 30, 2018",
        standing=Standing.REFUTED,  # cor-econ-not-initialled-in-january-2018
    ),
    *reported(
        "clm-syrobs20-talks",
        SOURCE.id,
        TALKS_2020,
        _Q_TALKS,
        _OUTLET,
        kind=EventKind.MEETING,
        participants=(ParticipantValue(BAGHERI, Role.ATTENDEE), ParticipantValue(AYYOUB, Role.ATTENDEE)),
        part_of=VISIT_2020,
        inferences={
            "part_of": (
                Inference(
                    "part of",
                    "The talks follow the report of the signing 'during which the latter headed a military "
                    "delegation to Damascus'; they are read as held during that visit.",
                ),
            )
        },
    ),
    Claim(
        id="clm-syrobs20-bagheri-air-defence",
        source=SOURCE.id,
        subject=BAGHERI_AIR_DEFENCE_2020,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            BAGHERI,
            "Iran will work to strengthen Syrian air defense systems within the framework of strengthening "
            "military relations between the two countries",
            Wording.PARAPHRASED,
        ),
        attribution=Attribution(AttributionKind.OFFICIAL, BAGHERI),
        quote=_Q_AIR_DEFENCE,
    ),
    *reported(
        "clm-syrobs20-bagheri-air-defence",
        SOURCE.id,
        BAGHERI_AIR_DEFENCE_2020,
        _Q_TALKS,
        _OUTLET,
        part_of=TALKS_2020,
        inferences={"part_of": (_AT_THE_TALKS,)},
    ),
    Claim(
        id="clm-syrobs20-bagheri-statement-pressure",
        source=SOURCE.id,
        subject=BAGHERI_WILL_2020,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            BAGHERI,
            "strengthens our will and our determination to cooperate [with the Syrian regime] in the "
            "face of American pressure.",
        ),
        attribution=Attribution(AttributionKind.OFFICIAL, BAGHERI),
        quote=_Q_PRESSURE,
        inferences=(
            Inference(
                "speaker",
                "'adding' continues the sentence whose subject is Bagheri ('Bagheri said that ...').",
            ),
        ),
    ),
    *reported(
        "clm-syrobs20-bagheri-statement-pressure",
        SOURCE.id,
        BAGHERI_WILL_2020,
        _Q_TALKS,
        _OUTLET,
        part_of=TALKS_2020,
        inferences={"part_of": (_AT_THE_TALKS,)},
    ),
    Claim(
        id="clm-syrobs20-ayyoub-statement-steadfastness",
        source=SOURCE.id,
        subject=AYYOUB_STEADFASTNESS_2020,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            AYYOUB,
            "No matter how taxing steadfastness becomes, it would be less than what we would pay should "
            "we surrender and submit, and should the American administration be able to subjugate "
            "Syria, Iran, and the axis of resistance.",
        ),
        attribution=Attribution(AttributionKind.OFFICIAL, AYYOUB),
        quote=(
            "Defense Minister Ayoub said, “No matter how taxing steadfastness becomes, it would be less "
            "than what we would pay should we surrender and submit, and should the American "
            "administration be able to subjugate Syria, Iran, and the axis of resistance.”"
        ),
    ),
    Claim(
        id="clm-syrobs20-ayyoub-statement-caesar-act",
        source=SOURCE.id,
        subject=AYYOUB_CAESAR_2020,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            AYYOUB,
            "The Caesar Act uses livelihood and medicine and children to fight the Syrians and we seek "
            "to stand in the face of the consequences of this law.",
        ),
        attribution=Attribution(AttributionKind.OFFICIAL, AYYOUB),
        quote=(
            "Defense Minister Ayoub said that, “The Caesar Act uses livelihood and medicine and children "
            "to fight the Syrians and we seek to stand in the face of the consequences of this law.”"
        ),
    ),
    Claim(
        id="clm-syrobs20-ayyoub-statement-delusional",
        source=SOURCE.id,
        subject=AYYOUB_CAESAR_2020,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            AYYOUB,
            "Whoever is betting on sabotaging relations between Iran and Syria is delusional and they "
            "have to awake from their dreams.",
        ),
        attribution=Attribution(AttributionKind.OFFICIAL, AYYOUB),
        quote=(
            "He added, “Whoever is betting on sabotaging relations between Iran and Syria is delusional "
            "and they have to awake from their dreams.”"
        ),
        inferences=(
            Inference(
                "speaker",
                "'He' is Defense Minister Ayoub, the speaker of the preceding sentence; 'He added' "
                "continues the same remarks on the Caesar Act.",
            ),
        ),
    ),
    # ------------------------------------------------------------ August 2018: Hatami's visit
    *reported(
        "clm-syrobs20-hatami-visit",
        SOURCE.id,
        VISIT_2018,
        _Q_SIMILAR_AGREEMENT_DURING_HATAMI_VISIT,
        Attribution(AttributionKind.OUTLET),
        kind=EventKind.VISIT,
        date=FuzzyDate.parse("2018-08"),
        place=DAMASCUS,
        participants=(ParticipantValue(HATAMI, Role.VISITOR, IRAN_DEFENCE_MINISTER),),
        concerns=(AGR_2018,),
    ),
    *reported(
        "clm-syrobs20-2018-signing",
        SOURCE.id,
        SIGNING_2018,
        _Q_SIMILAR_AGREEMENT_DURING_HATAMI_VISIT,
        Attribution(AttributionKind.OUTLET),
        part_of=VISIT_2018,
    ),
    # ------------------------------------------------------------ the Caesar Act
    *reported(
        "clm-syrobs20-caesar-act-in-force",
        SOURCE.id,
        CAESAR_ACT_2020,
        _Q_THE_AGREEMENT_COMES_AFTER,
        Attribution(AttributionKind.OUTLET),
        kind=EventKind.LAW_IN_FORCE,
        date=FuzzyDate.parse("2020-06"),
        participants=(ParticipantValue(USA, Role.AGENT),),
        inferences={"date": (_CAESAR_REFERENCE,), USA: (_CAESAR_IS_US_LAW,)},
    ),
    # ------------------------------------------------------------ ranks
    Claim(
        id="clm-syrobs20-bagheri-rank",
        source=SOURCE.id,
        subject=BAGHERI,
        predicate=Predicate.RANK,
        value=ActorValue(BAGHERI, IRAN_MAJOR_GENERAL),
        attribution=_STATE_MEDIA,
        quote="Chief of Staff of Iran’s Armed Forces Maj. Gen. Mohammad Bagheri",
    ),
)

CLAIMS: tuple[Claim, ...] = (*_RECORD_CLAIMS, *EVENT_CLAIMS)
