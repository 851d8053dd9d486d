"""'Iran and Syria Tout A Defense & Reconstruction Deal' (The Media Line, 2018).

Article file ``004_8b2105d8dbd25fc3.txt``. Relays Iranian state media on the
August 2018 agreement signed during Amir Hatami's two-day visit to Damascus,
with comment from an anonymous Iranian analyst and from Ali Fathollah-Nejad.
"""

from __future__ import annotations

from iransyria.data.actors import (
    ANONYMOUS_ANALYST,
    ASSAD,
    AYYOUB,
    BOLTON,
    BROOKINGS_IRAN_EXPERT,
    FATHOLLAH_NEJAD,
    HATAMI,
    HEZBOLLAH,
    IRAN,
    IRAN_DEFENCE_MINISTER,
    IRANIAN_STATE_MEDIA,
    ISLAMIC_STATE,
    ISRAEL,
    MATTIS,
    MEDIA_LINE,
    POMPEO,
    RUSSIA,
    SYRIA,
    SYRIA_DEFENCE_MINISTER,
    SYRIA_GENERAL,
    SYRIA_PRESIDENT,
    US_NATIONAL_SECURITY_ADVISER,
    US_SECRETARY_OF_DEFENSE,
    US_SECRETARY_OF_STATE,
    USA,
)
from iransyria.data.agreements import (
    AGR_2018,
    DAMASCUS,
    P2018_PRESENCE,
    P2018_REBUILD_ARMY,
    P2018_RECONSTRUCTION,
)
from iransyria.data.events import (
    ANALYST_2018,
    AYYOUB_RELATIONS_2018,
    CIVIL_WAR,
    DEMANDS_2018,
    FATHOLLAH_NEJAD_2018,
    HATAMI_PRESENCE_2018,
    IRAN_CAPABILITIES_2018,
    IRAN_INTERVENTION,
    ISRAEL_AIRSTRIKES,
    ISRAEL_WONT_TOLERATE,
    MEETINGS_2018,
    SANCTIONS_2018,
    SIGNING_2018,
    SYRIA_PLACE,
    VISIT_2018,
    reported,
)
from iransyria.data.notes import error_of_form, sic
from iransyria.dates import FuzzyDate
from iransyria.models import (
    ActorValue,
    AgreementKind,
    AgreementKindValue,
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
    QuantityValue,
    Role,
    Source,
    SourceKind,
    StatementValue,
    TextValue,
    Wording,
)

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
    reports=(AGR_2018,),
    derived_from=(Derivation(DerivationKind.RELAYS, IRANIAN_STATE_MEDIA),),
)

# Attributions used by several claims.
_STATE_MEDIA = Attribution(AttributionKind.STATE_MEDIA, IRANIAN_STATE_MEDIA)
_OUTLET = Attribution(AttributionKind.OUTLET)
_HATAMI = Attribution(AttributionKind.OFFICIAL, HATAMI)
_AYYOUB = Attribution(AttributionKind.OFFICIAL, AYYOUB)
_ANONYMOUS_ANALYST = Attribution(
    AttributionKind.ANALYST, ANONYMOUS_ANALYST, "an Iranian analyst based in Europe who requested anonymity"
)
_FATHOLLAH_NEJAD = Attribution(AttributionKind.ANALYST, FATHOLLAH_NEJAD)

_ID = SOURCE.id
_VISIT_DAYS = FuzzyDate.parse("2018-08-26/2018-08-27")

# Quotes shared by several claims.
_LEAD = (
    "The Iranian defense minister met with his counterpart in Damascus earlier this week to sign a "
    "military cooperation and reconstruction deal"
)
_VISIT = "Amir Hatami traveled to Syria’s capital on Sunday for a two-day visit"
_PRESENCE = (
    "Of the signed agreement, Hatami remarked that it will “define the areas of bilateral presence, "
    "participation and cooperation,”"
)
_US_OFFICIALS = (
    "U.S. officials, including Secretary of State Mike Pompeo, National Security Adviser John Bolton "
    "and Secretary of Defense James Mattis have been working with the Russians, a key ally of the "
    "Assad regime, to limit Iran’s ambitions in Syria."
)
_VACATE = (
    "Both Jerusalem and Washington have repeatedly demanded in the past months that Iran’s forces "
    "must vacate the country."
)

# How the days of the visit are known: the article gives a weekday, a length and 'this week' only.
_DAYS_HOW = (
    "The article gives no calendar date: Hatami 'traveled to Syria’s capital on Sunday for a "
    "two-day visit'. The 2018 article 'Iran Signs Deal With Syria to Deepen Military Cooperation' "
    "(src-unknown-2018-deepen-cooperation, dated 'Aug. 27' by its correction notice) puts the "
    "meetings in Damascus on 'Sunday', i.e. Sunday 26 August 2018, so the two days are 26 and 27 "
    "August 2018 (see how this source's publication date is established)."
)
_YEAR_HOW = (
    "The article states no year. 'the country’s eight-year civil war', which broke out 'in 2011', "
    "puts it in 2018 or 2019; the other 2018 article's dating (src-unknown-2018-deepen-cooperation) "
    "fixes 2018."
)
_AYYOUB_IS_COUNTERPART = (
    "The article does not name the Syrian signatory. 'The Iranian defense minister met with his "
    "counterpart in Damascus ... to sign' the deal; the next paragraph names 'Syrian General Ali "
    "Abdullah Ayyoub' among those Hatami met; and after Ayyoub's remarks it says 'The ministers "
    "then touted ...'. The counterpart is therefore read as Ayyoub."
)
_IN_OFFICE_NOW = (
    "'U.S. officials, including ... have been working with the Russians': in office at the article's "
    "own time, its publication range (see how this source's publication date is established)."
)
_AYYOUB_IS_MINISTER = (
    "The article calls Ayyoub only 'Syrian General', a military rank, not an office. Minister of "
    "Defence is inferred from his being the 'counterpart' of 'The Iranian defense minister' and one "
    "of 'The ministers'."
)

# Passages that back more than one claim.
_Q_IRAN_AND_SYRIA_TOUT = "Iran and Syria Tout A Defense & Reconstruction Deal"
_Q_IRANIAN_DEFENSE_MINISTER_AMIR = "Iranian Defense Minister Amir Hatami"
_Q_THE_MINISTERS_THEN_TOUTED = (
    "The ministers then touted the 40 years of military cooperation between the two countries."
)
_Q_SYRIAN_GENERAL_ALI_ABDULLAH = "Syrian General Ali Abdullah Ayyoub"

_RECORD_CLAIMS: tuple[Claim, ...] = (
    # ------------------------------------------------------------------ the agreement
    Claim(
        id="clm-medialine18-kind",
        source=_ID,
        subject=AGR_2018,
        predicate=Predicate.KIND,
        value=AgreementKindValue(AgreementKind.MILITARY_COOPERATION),
        attribution=_STATE_MEDIA,
        quote="to sign a military cooperation and reconstruction deal",
    ),
    Claim(
        id="clm-medialine18-party-iran",
        source=_ID,
        subject=AGR_2018,
        predicate=Predicate.PARTY,
        value=ActorValue(IRAN),
        attribution=_OUTLET,
        quote=_Q_IRAN_AND_SYRIA_TOUT,
    ),
    Claim(
        id="clm-medialine18-party-syria",
        source=_ID,
        subject=AGR_2018,
        predicate=Predicate.PARTY,
        value=ActorValue(SYRIA),
        attribution=_OUTLET,
        quote=_Q_IRAN_AND_SYRIA_TOUT,
    ),
    Claim(
        id="clm-medialine18-signatory-hatami",
        source=_ID,
        subject=AGR_2018,
        predicate=Predicate.SIGNATORY,
        value=ActorValue(HATAMI, IRAN_DEFENCE_MINISTER),
        attribution=_STATE_MEDIA,
        quote=_LEAD,
        inferences=(
            Inference(
                "signatory",
                "The sentence says 'The Iranian defense minister'; the next paragraph names him: "
                "'Iranian Defense Minister Amir Hatami traveled to Syria’s capital'.",
            ),
        ),
    ),
    Claim(
        id="clm-medialine18-signatory-ayyoub",
        source=_ID,
        subject=AGR_2018,
        predicate=Predicate.SIGNATORY,
        value=ActorValue(AYYOUB, SYRIA_DEFENCE_MINISTER),
        attribution=_STATE_MEDIA,
        quote=_LEAD,
        inferences=(
            Inference("signatory", _AYYOUB_IS_COUNTERPART),
            Inference("position", _AYYOUB_IS_MINISTER),
        ),
    ),
    Claim(
        id="clm-medialine18-signing-date",
        source=_ID,
        subject=AGR_2018,
        predicate=Predicate.SIGNING_DATE,
        value=DateValue(_VISIT_DAYS),
        attribution=_OUTLET,
        quote=_VISIT,
        inferences=(
            Inference(
                "signing during the visit",
                "The lead says the Iranian defense minister 'met with his counterpart in Damascus "
                "earlier this week to sign' the deal; that meeting is read as part of this two-day "
                "visit, so the signing falls on one of its two days.",
            ),
            Inference("day", _DAYS_HOW),
            Inference("year", _YEAR_HOW),
        ),
    ),
    Claim(
        id="clm-medialine18-signing-place",
        source=_ID,
        subject=AGR_2018,
        predicate=Predicate.SIGNING_PLACE,
        value=PlaceValue(DAMASCUS),
        attribution=_STATE_MEDIA,
        quote=_LEAD,
    ),
    Claim(
        id="clm-medialine18-provision-presence",
        source=_ID,
        subject=AGR_2018,
        predicate=Predicate.PROVISION,
        value=ProvisionValue(
            P2018_PRESENCE.id, "define the areas of bilateral presence, participation and cooperation"
        ),
        attribution=_HATAMI,
        quote=_PRESENCE,
    ),
    Claim(
        id="clm-medialine18-provision-reconstruction",
        source=_ID,
        subject=AGR_2018,
        predicate=Predicate.PROVISION,
        value=ProvisionValue(
            P2018_RECONSTRUCTION.id,
            "a military cooperation and reconstruction deal to help Syria begin to look ahead",
        ),
        attribution=_STATE_MEDIA,
        quote=(
            "a military cooperation and reconstruction deal to help Syria begin to look ahead after "
            "the country’s eight-year civil war"
        ),
        inferences=(
            Inference(
                "Iranian participation",
                "The lead calls it a 'reconstruction deal' for Syria; that Iran takes part in the "
                "reconstruction comes from Hatami 'pledging Iran’s support for a new era of "
                "“reconstruction” that Tehran will help guide' and the subheading 'The Islamic "
                "Republic is determined to stay in Syria and ‘participate’ in rebuilding the country'.",
            ),
        ),
        # Accepted: no source contradicts it; 'remain murky' says the details are unknown, not wrong.
    ),
    Claim(
        id="clm-medialine18-provision-rebuild-army",
        source=_ID,
        subject=AGR_2018,
        predicate=Predicate.PROVISION,
        value=ProvisionValue(
            P2018_REBUILD_ARMY.id, "“participate” in the rebuilding of the Syrian regime’s armed forces"
        ),
        attribution=_OUTLET,
        quote=(
            "one point of the meetings was made abundantly clear: Iran is determined to stay in Syria "
            "and “participate” in the rebuilding of the Syrian regime’s armed forces"
        ),
        inferences=(
            Inference(
                "provision",
                "The article gives this as 'one point of the meetings' at which the deal was signed, "
                "not as a clause of the pact, whose contents it says 'remain murky'; it is read as "
                "something the deal provides for because the subheading ties the deal to it: 'The "
                "Islamic Republic is determined to stay in Syria and ‘participate’ in rebuilding the "
                "country as well as the Assad regime’s armed forces'.",
            ),
        ),
        # Accepted: The Syrian Observer (2020) states the same provision, 'the rebuilding of the Syrian army'.
    ),
    Claim(
        id="clm-medialine18-technology-plans-murky",
        source=_ID,
        subject=IRAN,
        predicate=Predicate.ASSERTION,
        value=TextValue(
            "purported plans for military technology exchanges between Iran and Syria remain murky"
        ),
        attribution=_OUTLET,
        quote="purported plans for military “technology” exchanges between Damascus and Tehran, all remain murky",
        inferences=(Inference("value", "'Damascus and Tehran' are read as Syria and Iran."),),
    ),
    # ------------------------------------------------------------------ the visit
    # ------------------------------------------------------------------ offices
    Claim(
        id="clm-medialine18-hatami-office",
        source=_ID,
        subject=HATAMI,
        predicate=Predicate.HOLDS_OFFICE,
        value=ActorValue(HATAMI, IRAN_DEFENCE_MINISTER),
        attribution=_OUTLET,
        quote=_Q_IRANIAN_DEFENSE_MINISTER_AMIR,
        point_in_time=FuzzyDate.parse("2018-08-26"),
        inferences=(Inference("point in time", _DAYS_HOW),),
    ),
    Claim(
        id="clm-medialine18-ayyoub-office",
        source=_ID,
        subject=AYYOUB,
        predicate=Predicate.HOLDS_OFFICE,
        value=ActorValue(AYYOUB, SYRIA_DEFENCE_MINISTER),
        attribution=_OUTLET,
        quote=_Q_THE_MINISTERS_THEN_TOUTED,
        point_in_time=FuzzyDate.parse("2018-08-26/2018-08-27"),
        inferences=(Inference("office", _AYYOUB_IS_MINISTER), Inference("point in time", _DAYS_HOW)),
    ),
    Claim(
        id="clm-medialine18-assad-office",
        source=_ID,
        subject=ASSAD,
        predicate=Predicate.HOLDS_OFFICE,
        value=ActorValue(ASSAD, SYRIA_PRESIDENT),
        attribution=_OUTLET,
        quote="meeting with President Bashar Assad",
        inferences=(
            Inference(
                "of Syria",
                "The article says 'President Bashar Assad' without naming the state; Syria from "
                "context: he is met in 'Syria’s capital' and the article speaks of 'the Assad regime'.",
            ),
            Inference("point in time", _DAYS_HOW),
        ),
        point_in_time=FuzzyDate.parse("2018-08-26/2018-08-27"),
    ),
    Claim(
        id="clm-medialine18-pompeo-office",
        source=_ID,
        subject=POMPEO,
        predicate=Predicate.HOLDS_OFFICE,
        value=ActorValue(POMPEO, US_SECRETARY_OF_STATE),
        attribution=_OUTLET,
        quote=_US_OFFICIALS,
        point_in_time=SOURCE.published,
        inferences=(Inference("point in time", _IN_OFFICE_NOW),),
    ),
    Claim(
        id="clm-medialine18-bolton-office",
        source=_ID,
        subject=BOLTON,
        predicate=Predicate.HOLDS_OFFICE,
        value=ActorValue(BOLTON, US_NATIONAL_SECURITY_ADVISER),
        attribution=_OUTLET,
        quote=_US_OFFICIALS,
        point_in_time=SOURCE.published,
        inferences=(Inference("point in time", _IN_OFFICE_NOW),),
    ),
    Claim(
        id="clm-medialine18-mattis-office",
        source=_ID,
        subject=MATTIS,
        predicate=Predicate.HOLDS_OFFICE,
        value=ActorValue(MATTIS, US_SECRETARY_OF_DEFENSE),
        attribution=_OUTLET,
        quote=_US_OFFICIALS,
        point_in_time=SOURCE.published,
        inferences=(Inference("point in time", _IN_OFFICE_NOW),),
    ),
    # ------------------------------------------------------------------ names as spelled
    Claim(
        id="clm-medialine18-name-amir-hatami",
        source=_ID,
        subject=HATAMI,
        predicate=Predicate.NAMED_AS,
        value=TextValue("Amir Hatami"),
        attribution=_OUTLET,
        quote=_Q_IRANIAN_DEFENSE_MINISTER_AMIR,
    ),
    Claim(
        id="clm-medialine18-name-hatami",
        source=_ID,
        subject=HATAMI,
        predicate=Predicate.NAMED_AS,
        value=TextValue("Hatami"),
        attribution=_OUTLET,
        quote="Hatami remarked",
    ),
    Claim(
        id="clm-medialine18-name-ali-abdullah-ayyoub",
        source=_ID,
        subject=AYYOUB,
        predicate=Predicate.NAMED_AS,
        value=TextValue("Ali Abdullah Ayyoub"),
        attribution=_OUTLET,
        quote=_Q_SYRIAN_GENERAL_ALI_ABDULLAH,
    ),
    Claim(
        id="clm-medialine18-name-abdullah-ayyoub",
        source=_ID,
        subject=AYYOUB,
        predicate=Predicate.NAMED_AS,
        value=TextValue("Abdullah Ayyoub"),
        attribution=_OUTLET,
        quote="For his part, Abdullah Ayyoub stressed",
        inferences=(
            error_of_form(
                "Not a plain variant: the first name 'Ali' is dropped ('Abdullah' is his father's name, "
                "not his); the article names him in full, 'Ali Abdullah Ayyoub', earlier."
            ),
        ),
    ),
    Claim(
        id="clm-medialine18-name-bashar-assad",
        source=_ID,
        subject=ASSAD,
        predicate=Predicate.NAMED_AS,
        value=TextValue("Bashar Assad"),
        attribution=_OUTLET,
        quote="President Bashar Assad",
    ),
    Claim(
        id="clm-medialine18-name-assad",
        source=_ID,
        subject=ASSAD,
        predicate=Predicate.NAMED_AS,
        value=TextValue("Assad"),
        attribution=_OUTLET,
        quote="Tehran has backed Assad",
    ),
    Claim(
        id="clm-medialine18-name-mike-pompeo",
        source=_ID,
        subject=POMPEO,
        predicate=Predicate.NAMED_AS,
        value=TextValue("Mike Pompeo"),
        attribution=_OUTLET,
        quote="Secretary of State Mike Pompeo",
    ),
    Claim(
        id="clm-medialine18-name-john-bolton",
        source=_ID,
        subject=BOLTON,
        predicate=Predicate.NAMED_AS,
        value=TextValue("John Bolton"),
        attribution=_OUTLET,
        quote="National Security Adviser John Bolton",
    ),
    Claim(
        id="clm-medialine18-name-james-mattis",
        source=_ID,
        subject=MATTIS,
        predicate=Predicate.NAMED_AS,
        value=TextValue("James Mattis"),
        attribution=_OUTLET,
        quote="Secretary of Defense James Mattis",
    ),
    Claim(
        id="clm-medialine18-name-ali-fathollah-nejad",
        source=_ID,
        subject=FATHOLLAH_NEJAD,
        predicate=Predicate.NAMED_AS,
        value=TextValue("Ali Fathollah-Nejad"),
        attribution=_OUTLET,
        quote="Ali Fathollah-Nejad, an Iran expert",
    ),
    Claim(
        id="clm-medialine18-name-fathollah-nejad",
        source=_ID,
        subject=FATHOLLAH_NEJAD,
        predicate=Predicate.NAMED_AS,
        value=TextValue("Fathollah-Nejad"),
        attribution=_OUTLET,
        quote="Fathollah-Nejad said",
    ),
    Claim(
        id="clm-medialine18-name-hizbullah",
        source=_ID,
        subject=HEZBOLLAH,
        predicate=Predicate.NAMED_AS,
        value=TextValue("Hizbullah"),
        attribution=_OUTLET,
        quote="Iranian-backed groups like Hizbullah",
    ),
    # ------------------------------------------------------------------ statements
    # ------------------------------------------------------------------ figures
    Claim(
        id="clm-medialine18-years-of-cooperation",
        source=_ID,
        subject=IRAN,
        predicate=Predicate.QUANTITY,
        value=QuantityValue(
            "years of military cooperation between Iran and Syria", 40, 40, FuzzyDate.parse("2018-08")
        ),
        attribution=Attribution(
            AttributionKind.OFFICIAL,
            None,
            "'The ministers' (Hatami and Ayyoub, named in the paragraph before) touted it; the outlet "
            "paraphrases them and does not say it in its own voice",
        ),
        quote=_Q_THE_MINISTERS_THEN_TOUTED,
    ),
    Claim(
        id="clm-medialine18-war-dead",
        source=_ID,
        subject=SYRIA,
        predicate=Predicate.QUANTITY,
        value=QuantityValue("people killed in Syria's civil war since 2011", 350000, None),
        attribution=_OUTLET,
        quote="has left more than 350,000 people dead",
        inferences=(
            Inference(
                "low",
                "'more than 350,000' is an exclusive bound (the toll exceeds 350,000); it is recorded "
                "as low=350000 because a quantity has no exclusive bound.",
            ),
        ),
    ),
    Claim(
        id="clm-medialine18-war-displaced",
        source=_ID,
        subject=SYRIA,
        predicate=Predicate.QUANTITY,
        value=QuantityValue("people displaced by Syria's civil war since 2011", 2000000, None),
        attribution=_OUTLET,
        quote="displaced millions",
        inferences=(
            Inference(
                "low",
                "'displaced millions' gives no number; the plural 'millions' is read as at least two "
                "million.",
            ),
        ),
    ),
    # ------------------------------------------------------------------ context
    Claim(
        id="clm-medialine18-us-works-with-russia",
        source=_ID,
        subject=USA,
        predicate=Predicate.ASSERTION,
        value=TextValue("U.S. officials have been working with Russia to limit Iran's ambitions in Syria"),
        attribution=_OUTLET,
        quote=_US_OFFICIALS,
    ),
)

# ---------------------------------------------------------------------- events
_Q_VISIT_FULL = (
    "Iranian Defense Minister Amir Hatami traveled to Syria’s capital on Sunday for a two-day "
    "visit, meeting with President Bashar Assad and Syrian General Ali Abdullah Ayyoub as well "
    "as other high-ranking military officials"
)
_Q_WAR = (
    "Since breaking out in 2011, Syria’s civil war pitting pro-regime forces—including the regime’s army, "
    "Russian air power, and Iranian-backed groups like Hizbullah, against anti-regime rebel fighters"
)
_Q_BACKED = (
    "Tehran has backed Assad with generous political, financial, and military support "
    "throughout the country’s bloody civil war"
)
_Q_ANALYST = "An Iranian analyst based in Europe who requested anonymity told The Media Line"
_Q_FATHOLLAH_NEJAD = "Ali Fathollah-Nejad, an Iran expert at the Brookings Doha Center, told The Media Line"
_Q_AIRSTRIKES = (
    "Israeli forces have already carried out dozens of airstrikes in Syria to prevent advanced weaponry "
    "from falling into the hands of Hizbullah fighters."
)
_Q_TOLERATE = (
    "For its part, Israel has said it will not tolerate Iran’s meddling in Syria, especially along Israel’s "
    "northern border in the Golan Heights."
)
_Q_CAPABILITIES = (
    "In recent days, Iran claims to have reached new capabilities in its development of "
    "warplanes and short-range ballistic missiles."
)
_MEETING_IN_VISIT = Inference(
    "part of",
    "The lead says the Iranian defense minister 'met with his counterpart in Damascus earlier this week "
    "to sign' the deal; that meeting is read as part of this two-day visit.",
)
_DEMAND_WORDS = "have repeatedly demanded in the past months that Iran’s forces must vacate the country"

EVENT_CLAIMS: tuple[Claim, ...] = (
    # ------------------------------------------------------------ the visit, the meetings, the signing
    *reported(
        "clm-medialine18-hatami-visit",
        _ID,
        VISIT_2018,
        _Q_VISIT_FULL,
        _OUTLET,
        kind=EventKind.VISIT,
        date=_VISIT_DAYS,
        place=DAMASCUS,
        participants=(ParticipantValue(HATAMI, Role.VISITOR, IRAN_DEFENCE_MINISTER),),
        concerns=(AGR_2018,),
        quotes={"concerns": _LEAD},
        inferences={
            "date": (Inference("days", _DAYS_HOW), Inference("year", _YEAR_HOW)),
            "place": (
                Inference(
                    "place", "'Syria’s capital' is Damascus; the lead places the meeting 'in Damascus'."
                ),
            ),
            "concerns": (_MEETING_IN_VISIT,),
        },
    ),
    *reported(
        "clm-medialine18-meetings",
        _ID,
        MEETINGS_2018,
        _Q_VISIT_FULL,
        _OUTLET,
        kind=EventKind.MEETING,
        place=DAMASCUS,
        participants=(
            ParticipantValue(HATAMI, Role.ATTENDEE, IRAN_DEFENCE_MINISTER),
            ParticipantValue(AYYOUB, Role.ATTENDEE, SYRIA_DEFENCE_MINISTER),
            ParticipantValue(ASSAD, Role.ATTENDEE, SYRIA_PRESIDENT),
        ),
        concerns=(AGR_2018,),
        part_of=VISIT_2018,
        quotes={"place": _LEAD, "concerns": _LEAD},
        inferences={
            AYYOUB: (Inference("position", _AYYOUB_IS_MINISTER),),
            ASSAD: (
                Inference(
                    "of Syria",
                    "'President Bashar Assad' without the state; Syria from context: he is met in 'Syria’s "
                    "capital'.",
                ),
            ),
        },
    ),
    *reported(
        "clm-medialine18-signing",
        _ID,
        SIGNING_2018,
        _LEAD,
        _STATE_MEDIA,
        part_of=VISIT_2018,
        inferences={"part_of": (_MEETING_IN_VISIT,)},
    ),
    # ------------------------------------------------------------ what was said
    Claim(
        id="clm-medialine18-hatami-statement-presence",
        source=_ID,
        subject=HATAMI_PRESENCE_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(HATAMI, "define the areas of bilateral presence, participation and cooperation"),
        attribution=_HATAMI,
        quote=_PRESENCE,
    ),
    Claim(
        id="clm-medialine18-hatami-statement-reconstruction",
        source=_ID,
        subject=HATAMI_PRESENCE_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            HATAMI,
            "pledging Iran’s support for a new era of “reconstruction” that Tehran will help guide",
            Wording.PARAPHRASED,
        ),
        attribution=_HATAMI,
        quote="pledging Iran’s support for a new era of “reconstruction” that Tehran will help guide",
    ),
    *reported(
        "clm-medialine18-hatami-statement-presence",
        _ID,
        HATAMI_PRESENCE_2018,
        _PRESENCE,
        _HATAMI,
        concerns=(AGR_2018,),
    ),
    Claim(
        id="clm-medialine18-ayyoub-statement-relations",
        source=_ID,
        subject=AYYOUB_RELATIONS_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(AYYOUB, "damage to the strong and firm relations of the two countries"),
        attribution=_AYYOUB,
        quote=(
            "Abdullah Ayyoub stressed the importance of keeping outside powers from causing “damage to "
            "the strong and firm relations of the two countries,”"
        ),
    ),
    Claim(
        id="clm-medialine18-analyst-statement-pact",
        source=_ID,
        subject=ANALYST_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            ANONYMOUS_ANALYST,
            "Iran needs to make a pact with the Syrian government so it could officially stay there",
        ),
        attribution=_ANONYMOUS_ANALYST,
        quote=(
            "“Iran needs to make a pact with the Syrian government so it could officially stay there,” "
            "the analyst said."
        ),
    ),
    Claim(
        id="clm-medialine18-analyst-statement-official",
        source=_ID,
        subject=ANALYST_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            ANONYMOUS_ANALYST,
            "Previously, the Iranians were always saying ‘we are here because Syria wants us here.’ "
            "Now, they can say that the alliance is official.",
        ),
        attribution=_ANONYMOUS_ANALYST,
        quote=(
            "“Previously, the Iranians were always saying ‘we are here because Syria wants us here.’ "
            "Now, they can say that the alliance is official.”"
        ),
    ),
    *reported(
        "clm-medialine18-analyst",
        _ID,
        ANALYST_2018,
        _Q_ANALYST,
        _OUTLET,
        participants=(ParticipantValue(MEDIA_LINE, Role.AUDIENCE),),
    ),
    Claim(
        id="clm-medialine18-fathollah-nejad-statement-accord",
        source=_ID,
        subject=FATHOLLAH_NEJAD_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            FATHOLLAH_NEJAD,
            "accord comes at a time of a number of meetings involving Israel, the U.S. and Russia, "
            "which, out of differing motivations and objectives, want to push back against Iran’s "
            "military and economic footprint in Syria.",
        ),
        attribution=_FATHOLLAH_NEJAD,
        quote=(
            "Ali Fathollah-Nejad, an Iran expert at the Brookings Doha Center, told The Media Line that "
            "the “accord comes at a time of a number of meetings involving Israel, the U.S. and Russia, "
            "which, out of differing motivations and objectives, want to push back against Iran’s "
            "military and economic footprint in Syria.”"
        ),
    ),
    Claim(
        id="clm-medialine18-fathollah-nejad-statement-pressure",
        source=_ID,
        subject=FATHOLLAH_NEJAD_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            FATHOLLAH_NEJAD,
            "Since earlier this year, Iran has found itself under some pressure by Israel, the U.S. and "
            "to some extent Russia to reduce its military and economic footprint in Syria",
        ),
        attribution=_FATHOLLAH_NEJAD,
        quote=(
            "“Since earlier this year, Iran has found itself under some pressure by Israel, the U.S. "
            "and to some extent Russia to reduce its military and economic footprint in Syria,” "
            "Fathollah-Nejad said."
        ),
    ),
    *reported(
        "clm-medialine18-fathollah-nejad",
        _ID,
        FATHOLLAH_NEJAD_2018,
        _Q_FATHOLLAH_NEJAD,
        _OUTLET,
        participants=(ParticipantValue(MEDIA_LINE, Role.AUDIENCE),),
    ),
    Claim(
        id="clm-medialine18-iran-weapons-claims",
        source=_ID,
        subject=IRAN_CAPABILITIES_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            IRAN,
            "claims to have reached new capabilities in its development of warplanes and short-range "
            "ballistic missiles",
            Wording.PARAPHRASED,
        ),
        attribution=_OUTLET,
        quote=_Q_CAPABILITIES,
    ),
    *reported(
        "clm-medialine18-iran-weapons-claims",
        _ID,
        IRAN_CAPABILITIES_2018,
        _Q_CAPABILITIES,
        _OUTLET,
        date=FuzzyDate.parse("2018-08/2018-09-01"),
        inferences={
            "date": (
                Inference(
                    "date",
                    "'In recent days' counts back from publication, which this source's publication-date reasoning "
                    "puts between 27 August and 1 September 2018; 'recent days' is read as within August "
                    "2018 or up to 1 September.",
                ),
            )
        },
    ),
    # ------------------------------------------------------------ the war, Iran's part, the demands
    *reported(
        "clm-medialine18-civil-war-2011",
        _ID,
        CIVIL_WAR,
        _Q_WAR,
        _OUTLET,
        kind=EventKind.WAR,
        date=FuzzyDate.parse("2011"),
        place=SYRIA_PLACE,
        participants=(
            ParticipantValue(SYRIA, Role.BELLIGERENT),
            ParticipantValue(RUSSIA, Role.BELLIGERENT),
            ParticipantValue(HEZBOLLAH, Role.BELLIGERENT),
            ParticipantValue(ISLAMIC_STATE, Role.BELLIGERENT),
        ),
        quotes={ISLAMIC_STATE: "It also saw the rise and near fall of Islamic State"},
        inferences={
            SYRIA: (Inference("actor", "'the regime’s army' fights for the Syrian state."),),
            RUSSIA: (Inference("actor", "'Russian air power' fights for Russia."),),
            HEZBOLLAH: (Inference("actor", "'Hizbullah' is Hezbollah (The Media Line's spelling)."),),
            ISLAMIC_STATE: (
                Inference(
                    "role",
                    "The war 'saw the rise and near fall of Islamic State': it is read as a party to it.",
                ),
            ),
        },
    ),
    *reported(
        "clm-medialine18-iran-backed-assad",
        _ID,
        IRAN_INTERVENTION,
        _Q_BACKED,
        _OUTLET,
        kind=EventKind.INTERVENTION,
        participants=(ParticipantValue(IRAN, Role.AGENT), ParticipantValue(ASSAD, Role.SUPPORTED)),
        part_of=CIVIL_WAR,
        inferences={
            "kind": (
                Inference(
                    "kind",
                    "'backed Assad with generous political, financial, and military support throughout the "
                    "country’s bloody civil war' is read as Iran's intervention in that war.",
                ),
            ),
            IRAN: (Inference("actor", "'Tehran' is the article's metonym for Iran."),),
        },
    ),
    *reported(
        "clm-medialine18-demands",
        _ID,
        DEMANDS_2018,
        _VACATE,
        _OUTLET,
        kind=EventKind.DEMAND,
        participants=(ParticipantValue(IRAN, Role.TARGET),),
    ),
    Claim(
        id="clm-medialine18-israel-demands-withdrawal",
        source=_ID,
        subject=DEMANDS_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(ISRAEL, _DEMAND_WORDS, Wording.PARAPHRASED),
        attribution=_OUTLET,
        quote=_VACATE,
        inferences=(
            Inference(
                "Israel, Syria",
                "'Jerusalem' is read as Israel (metonym) and 'the country' as Syria, from the "
                "preceding sentence on efforts 'to keep Iranian-backed forces from operating in the "
                "country'.",
            ),
        ),
    ),
    Claim(
        id="clm-medialine18-us-demands-withdrawal",
        source=_ID,
        subject=DEMANDS_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(USA, _DEMAND_WORDS, Wording.PARAPHRASED),
        attribution=_OUTLET,
        quote=_VACATE,
        inferences=(
            Inference(
                "United States, Syria",
                "'Washington' is read as the United States (metonym) and 'the country' as Syria, from "
                "the preceding sentence on efforts 'to keep Iranian-backed forces from operating in "
                "the country'.",
            ),
        ),
    ),
    *reported(
        "clm-medialine18-israeli-airstrikes",
        _ID,
        ISRAEL_AIRSTRIKES,
        _Q_AIRSTRIKES,
        _OUTLET,
        kind=EventKind.MILITARY_STRIKE,
        place=SYRIA_PLACE,
        participants=(ParticipantValue(ISRAEL, Role.AGENT), ParticipantValue(HEZBOLLAH, Role.TARGET)),
        inferences={
            HEZBOLLAH: (
                Inference(
                    "target",
                    "The strikes aim 'to prevent advanced weaponry from falling into the hands of Hizbullah "
                    "fighters': Hezbollah is what they are directed against.",
                ),
            )
        },
    ),
    Claim(
        id="clm-medialine18-israel-will-not-tolerate",
        source=_ID,
        subject=ISRAEL_WONT_TOLERATE,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            ISRAEL,
            "it will not tolerate Iran’s meddling in Syria, especially along Israel’s northern border in the "
            "Golan Heights",
            Wording.PARAPHRASED,
        ),
        attribution=_OUTLET,
        quote=_Q_TOLERATE,
    ),
    *reported(
        "clm-medialine18-israel-will-not-tolerate",
        _ID,
        ISRAEL_WONT_TOLERATE,
        _Q_TOLERATE,
        _OUTLET,
        participants=(ParticipantValue(IRAN, Role.TARGET),),
    ),
    # ------------------------------------------------------------ ranks and affiliations
    Claim(
        id="clm-medialine18-ayyoub-rank",
        source=_ID,
        subject=AYYOUB,
        predicate=Predicate.RANK,
        value=ActorValue(AYYOUB, SYRIA_GENERAL),
        attribution=_OUTLET,
        quote=_Q_SYRIAN_GENERAL_ALI_ABDULLAH,
    ),
    Claim(
        id="clm-medialine18-fathollah-nejad-affiliation",
        source=_ID,
        subject=FATHOLLAH_NEJAD,
        predicate=Predicate.HOLDS_OFFICE,
        value=ActorValue(FATHOLLAH_NEJAD, BROOKINGS_IRAN_EXPERT),
        attribution=_OUTLET,
        quote="Ali Fathollah-Nejad, an Iran expert at the Brookings Doha Center",
    ),
)

# ------------------------------------------------------------------ second pass (recall)
_AS_OF = FuzzyDate.parse("2018-08-27/2018-09-01")  # the article's own time: its publication range

RECALL_CLAIMS: tuple[Claim, ...] = (
    # Fathollah-Nejad's two remaining remarks in the same interview.
    Claim(
        id="clm-medialine18-fathollah-nejad-statement-signal",
        source=_ID,
        subject=FATHOLLAH_NEJAD_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            FATHOLLAH_NEJAD,
            "agreement thus sends a signal to those powers that Iran is going to stay in Syria",
            Wording.PARAPHRASED,
        ),
        attribution=_FATHOLLAH_NEJAD,
        quote="He explained that agreement thus sends a signal to those powers that Iran is going to stay in Syria.",
    ),
    Claim(
        id="clm-medialine18-fathollah-nejad-statement-outlook",
        source=_ID,
        subject=FATHOLLAH_NEJAD_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            FATHOLLAH_NEJAD,
            "the extent to which Moscow and Tehran retain their overarching strategic aim to keep Assad "
            "in power and keep the influence of antagonistic powers out of Syria",
        ),
        attribution=_FATHOLLAH_NEJAD,
        quote=(
            "The latter scenario could materialize, Fathollah-Nejad concluded, but it would depend on "
            "“the extent to which Moscow and Tehran retain their overarching strategic aim to keep Assad "
            "in power and keep the influence of antagonistic powers out of Syria.”"
        ),
    ),
    Claim(
        id="clm-medialine18-civil-war-years",
        source=_ID,
        subject=SYRIA,
        predicate=Predicate.QUANTITY,
        # The same unit as the 2018 WSJ-style article's 'more than seven years'
        # (clm-deepen18-civil-war-years), so the two figures are compared.
        value=QuantityValue("years of civil war in Syria, to the article's date", 7, 8, _AS_OF),
        attribution=_STATE_MEDIA,
        quote="the country’s eight-year civil war",
        inferences=(
            Inference(
                "low, high",
                "'eight-year' counts the war in its eighth year: it broke out in 2011 ('Since breaking out "
                "in 2011'; March 2011, ref-syrian-civil-war-outbreak), so by late August 2018 it had lasted "
                "more than seven years and not yet eight. Stored as 7 to 8, which the 2018 'Deepen "
                "Military Cooperation' article's 'more than seven years', of the same week, fits.",
            ),
        ),
    ),
    Claim(
        id="clm-medialine18-hatami-visit-days",
        source=_ID,
        subject=HATAMI,
        predicate=Predicate.QUANTITY,
        value=QuantityValue(
            "days of Amir Hatami's visit to Damascus", 2, 2, FuzzyDate.parse("2018-08-26/2018-08-27")
        ),
        attribution=_OUTLET,
        quote="Iranian Defense Minister Amir Hatami traveled to Syria’s capital on Sunday for a two-day visit",
        inferences=(
            Inference(
                "as-of date",
                "The visit began on 'Sunday' of the article's week: Sunday 26 August 2018; the range "
                "covers its two days.",
            ),
        ),
    ),
    Claim(
        id="clm-medialine18-israeli-airstrikes-count",
        source=_ID,
        subject=ISRAEL,
        predicate=Predicate.QUANTITY,
        value=QuantityValue(
            "Israeli airstrikes in Syria against weapons bound for Hezbollah", 24, None, _AS_OF
        ),
        attribution=_OUTLET,
        quote=(
            "Israeli forces have already carried out dozens of airstrikes in Syria to prevent advanced "
            "weaponry from falling into the hands of Hizbullah fighters."
        ),
        inferences=(Inference("low", "'dozens': read as at least two dozen (24), with no upper bound."),),
    ),
)

# ------------------------------------------------------------------ second coding (issue #20)
# Facts a blind second encoding found that this one had missed.
REVIEW_CLAIMS: tuple[Claim, ...] = (
    Claim(
        id="clm-medialine18-analyst-statement-formal-pact",
        source=_ID,
        subject=ANALYST_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            ANONYMOUS_ANALYST,
            "Iran likely wanted a more formal pact with Syria because Israel and other countries have been "
            "pressuring Russia to keep Iranian-backed forces out of the war-torn country",
            Wording.PARAPHRASED,
        ),
        attribution=_ANONYMOUS_ANALYST,
        quote=(
            "Iran likely wanted a more formal pact with Syria because Israel and other countries have been "
            "pressuring Russia to keep Iranian-backed forces out of the war-torn country"
        ),
    ),
    Claim(
        id="clm-medialine18-idlib-offensive",
        source=_ID,
        subject=SYRIA,
        predicate=Predicate.ASSERTION,
        value=TextValue(
            "the regime's forces are preparing to subdue the final pocket of rebel resistance, in Idlib "
            "province in the country's northwest"
        ),
        attribution=_OUTLET,
        quote=(
            "The regime’s forces are preparing to subdue the final pocket of rebel resistance in Idlib "
            "province in the country’s northwest."
        ),
        inferences=(
            Inference(
                "bearing",
                "The offensive is still to come at the article's time: the war is not over, which makes the "
                "2018 'New Deal' article's 'Assad’s bloody victory' premature (clm-newdeal18-assad-bloody-victory).",
            ),
        ),
    ),
    Claim(
        id="clm-medialine18-war-tilting",
        source=_ID,
        subject=SYRIA,
        predicate=Predicate.ASSERTION,
        value=TextValue("the civil war, as of late, is tilting heavily in favour of the regime"),
        attribution=_OUTLET,
        quote="the country’s bloody civil war, which, as of late, is titling heavily in favor of the regime",
        inferences=(sic("The article writes 'titling' for 'tilting' (sic); the quote keeps it as written."),),
    ),
    *reported(
        "clm-medialine18-sanctions-bite",
        _ID,
        SANCTIONS_2018,
        "as U.S. sanctions once again begin to take a bite out of the Iranian economy",
        _OUTLET,
        kind=EventKind.SANCTIONS,
        participants=(ParticipantValue(IRAN, Role.TARGET),),
        inferences={
            "*": (
                Inference(
                    "stated",
                    "Asked as a question ('Is this a sign of desperation as ...?'), whose premise the "
                    "article states: U.S. sanctions on Iran are being reimposed ('once again').",
                ),
            )
        },
    ),
)

CLAIMS: tuple[Claim, ...] = (*_RECORD_CLAIMS, *EVENT_CLAIMS, *RECALL_CLAIMS, *REVIEW_CLAIMS)
