"""'Syria and Iran Sign New Deal for Military Cooperation' (outlet unknown, 2018).

Article file ``000_7984b1fa486646ec.txt``. Reports the August 2018 agreement
at the end of Amir Hatami's visit to Damascus, but calls him Iran's *Foreign*
Minister: that claim is kept, refuted, with an editorial correction.
"""

from __future__ import annotations

from iransyria.data.actors import (
    ASSAD,
    HATAMI,
    IRAN,
    IRAN_FOREIGN_MINISTER,
    ISRAEL,
    MOALLEM,
    SYRIA,
    SYRIA_FOREIGN_MINISTER,
    SYRIA_PRESIDENT,
    USA,
)
from iransyria.data.agreements import AGR_2018, DAMASCUS
from iransyria.data.events import (
    CONDEMNATION_2018,
    DEMANDS_2018,
    HATAMI_NO_THIRD_PARTY_2018,
    IRAN_INTERVENTION,
    MEETINGS_2018,
    SIGNING_2018,
    VISIT_2018,
    reported,
)
from iransyria.data.notes import UNVERIFIED_FIGURE
from iransyria.dates import FuzzyDate
from iransyria.models import (
    ActorValue,
    AgreementKind,
    AgreementKindValue,
    Attribution,
    AttributionKind,
    Claim,
    EventKind,
    Inference,
    ParticipantValue,
    PlaceValue,
    Predicate,
    QuantityValue,
    Role,
    Source,
    SourceKind,
    Standing,
    StatementValue,
    TextValue,
    Wording,
)

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
    reports=(AGR_2018,),
)

_OUTLET = Attribution(AttributionKind.OUTLET)
_HATAMI = Attribution(AttributionKind.OFFICIAL, HATAMI)

# The article names no date and no title for the deal it reports.
_WHICH_AGREEMENT = Inference(
    "agreement",
    "The article gives no date for the deal; it is identified as the August 2018 agreement "
    "because it is a military cooperation deal signed at the end of Amir Hatami's visit to "
    "Damascus, as the 2018 'Deepen Military Cooperation' and Media Line articles report it and "
    "as The Syrian Observer's 2020 article dates it ('a similar agreement in August 2018, during "
    "a visit by the Iranian Minister of Defense, Amir Hatami, to Damascus').",
)

_SIGNED = (
    "Syria today signed a new agreement on the subject of military cooperation with the "
    "Islamic Republic of Iran"
)
_VISIT = (
    "Such a deal comes at the end of a visit by Iranian Foreign Minister Amir Hatami to Damascus, "
    "where he met his counterpart and the Syrian president, Assad."
)
_HATAMI_OFFICE = "Iranian Foreign Minister Amir Hatami"
_ASSAD_OFFICE = "the Syrian president, Assad"
_FORCES = (
    "Iran today has thousands of military forces and advisors plus hundreds of Shi’ite militias "
    "operating in Syria, especially in and around Damascus."
)
_DEMAND = (
    "The United States has also demanded that Iran withdraw all its forces from Syria if the "
    "former does want to negotiate terms for a new nuclear agreement and a possible relief "
    "from US-imposed sanctions."
)
_CONDEMN = (
    "The United States and Israel have continued to condemn increased Iranian involvement in "
    "Syria; an involvement which they believe endangers the region’s security environment."
)

_RECORD_CLAIMS: tuple[Claim, ...] = (
    # ------------------------------------------------------------------ the agreement
    Claim(
        id="clm-newdeal18-kind",
        source=SOURCE.id,
        subject=AGR_2018,
        predicate=Predicate.KIND,
        value=AgreementKindValue(AgreementKind.MILITARY_COOPERATION),
        attribution=_OUTLET,
        quote=_SIGNED,
        inferences=(_WHICH_AGREEMENT,),
    ),
    Claim(
        id="clm-newdeal18-party-syria",
        source=SOURCE.id,
        subject=AGR_2018,
        predicate=Predicate.PARTY,
        value=ActorValue(SYRIA),
        attribution=_OUTLET,
        quote=_SIGNED,
        inferences=(_WHICH_AGREEMENT,),
    ),
    Claim(
        id="clm-newdeal18-party-iran",
        source=SOURCE.id,
        subject=AGR_2018,
        predicate=Predicate.PARTY,
        value=ActorValue(IRAN),
        attribution=_OUTLET,
        quote=_SIGNED,
        inferences=(_WHICH_AGREEMENT,),
    ),
    Claim(
        id="clm-newdeal18-signing-place",
        source=SOURCE.id,
        subject=AGR_2018,
        predicate=Predicate.SIGNING_PLACE,
        value=PlaceValue(DAMASCUS),
        attribution=_OUTLET,
        quote="Such a deal comes at the end of a visit by Iranian Foreign Minister Amir Hatami to Damascus",
        inferences=(
            _WHICH_AGREEMENT,
            Inference(
                "place",
                "The article does not say where the deal was signed; it says the deal 'comes at the "
                "end of a visit by ... Amir Hatami to Damascus', which implies it was signed there.",
            ),
        ),
    ),
    # ------------------------------------------------------------------ Amir Hatami
    Claim(
        id="clm-newdeal18-hatami-foreign-minister",
        source=SOURCE.id,
        subject=HATAMI,
        predicate=Predicate.HOLDS_OFFICE,
        value=ActorValue(HATAMI, IRAN_FOREIGN_MINISTER),
        attribution=_OUTLET,
        quote=_HATAMI_OFFICE,
        standing=Standing.REFUTED,
        reason=(
            "Amir Hatami was Iran's Minister of Defence (August 2017 to August 2021), not its "
            "Foreign Minister (Mohammad Javad Zarif held that office in 2018). The other articles "
            "that name his office give defence: 'Iranian defense minister Brig. Gen. Amir Hatami' "
            "(2018 'Deepen Military Cooperation' article), 'Iranian Defense Minister Amir Hatami' "
            "(The Media Line), 'the Iranian Minister of Defense, Amir Hatami' (The Syrian Observer)."
        ),
    ),
    Claim(
        id="clm-newdeal18-hatami-named-amir-hatami",
        source=SOURCE.id,
        subject=HATAMI,
        predicate=Predicate.NAMED_AS,
        value=TextValue("Amir Hatami"),
        attribution=_OUTLET,
        quote=_HATAMI_OFFICE,
    ),
    Claim(
        id="clm-newdeal18-hatami-named-hatami",
        source=SOURCE.id,
        subject=HATAMI,
        predicate=Predicate.NAMED_AS,
        value=TextValue("Hatami"),
        attribution=_OUTLET,
        quote="Hatami declared",
    ),
    # ------------------------------------------------------------------ Bashar al-Assad
    Claim(
        id="clm-newdeal18-assad-president",
        source=SOURCE.id,
        subject=ASSAD,
        predicate=Predicate.HOLDS_OFFICE,
        value=ActorValue(ASSAD, SYRIA_PRESIDENT),
        attribution=_OUTLET,
        quote=_ASSAD_OFFICE,
    ),
    Claim(
        id="clm-newdeal18-assad-named-assad",
        source=SOURCE.id,
        subject=ASSAD,
        predicate=Predicate.NAMED_AS,
        value=TextValue("Assad"),
        attribution=_OUTLET,
        quote=_ASSAD_OFFICE,
    ),
    Claim(
        id="clm-newdeal18-assad-named-bashar-al-assad",
        source=SOURCE.id,
        subject=ASSAD,
        predicate=Predicate.NAMED_AS,
        value=TextValue("Bashar Al-Assad"),
        attribution=_OUTLET,
        quote="the Bashar Al-Assad regime",
    ),
    # ------------------------------------------------------------------ context
    Claim(
        id="clm-newdeal18-iran-forces-advisors",
        source=SOURCE.id,
        subject=IRAN,
        predicate=Predicate.QUANTITY,
        value=QuantityValue("Iranian military forces and advisors in Syria", low=2000),
        attribution=_OUTLET,
        quote=_FORCES,
        inferences=(
            UNVERIFIED_FIGURE,
            Inference(
                "low",
                "The article says 'thousands'; read as at least 2,000 (the plural), with no upper "
                "bound. 'Today' is the article's undated publication day.",
            ),
        ),
    ),
    Claim(
        id="clm-newdeal18-iran-shiite-militias",
        source=SOURCE.id,
        subject=IRAN,
        predicate=Predicate.QUANTITY,
        value=QuantityValue(
            "Shi’ite militias operating in Syria (as worded: militias, not fighters)", low=200
        ),
        attribution=_OUTLET,
        quote=_FORCES,
        inferences=(
            UNVERIFIED_FIGURE,
            Inference(
                "low",
                "The article says 'hundreds of Shi’ite militias'; read as at least 200 (the plural), "
                "with no upper bound. The unit is the article's word 'militias'; it may mean "
                "militiamen, but the text does not say so.",
            ),
        ),
    ),
)

# ---------------------------------------------------------------------- events
_VISIT_DATE = Inference(
    "date",
    "The article states no date. It says Syria 'today signed' the deal and that the deal "
    "'comes at the end of' the visit, so the visit ended on the article's own publication "
    "day, which the text does not give. The range 2018-08-26/2018-08-27 is this source's "
    "inferred publication date (see its reasoning): the deal identified as the August 2018 "
    "agreement, which the 2018 'Deepen Military Cooperation' article places after meetings "
    "on 'Sunday' announced 'Monday' in 'this Aug. 27 article'. It is not independent of that article.",
)
_NOT_FOREIGN_MINISTER = Inference(
    "position",
    "The article calls Hatami 'Iranian Foreign Minister' (refuted: clm-newdeal18-hatami-foreign-minister), "
    "so no office is given for him here.",
)

EVENT_CLAIMS: tuple[Claim, ...] = (
    *reported(
        "clm-newdeal18-hatami-visit-damascus",
        SOURCE.id,
        VISIT_2018,
        _VISIT,
        _OUTLET,
        kind=EventKind.VISIT,
        date=FuzzyDate.parse("2018-08-26/2018-08-27"),
        place=DAMASCUS,
        participants=(ParticipantValue(HATAMI, Role.VISITOR),),
        concerns=(AGR_2018,),
        inferences={
            "date": (_VISIT_DATE,),
            HATAMI: (_NOT_FOREIGN_MINISTER,),
            "concerns": (_WHICH_AGREEMENT,),
        },
    ),
    *reported(
        "clm-newdeal18-meetings",
        SOURCE.id,
        MEETINGS_2018,
        _VISIT,
        _OUTLET,
        kind=EventKind.MEETING,
        place=DAMASCUS,
        participants=(
            ParticipantValue(HATAMI, Role.ATTENDEE),
            ParticipantValue(ASSAD, Role.ATTENDEE, SYRIA_PRESIDENT),
        ),
        part_of=VISIT_2018,
        inferences={HATAMI: (_NOT_FOREIGN_MINISTER,)},
    ),
    *reported(
        "clm-newdeal18-signing",
        SOURCE.id,
        SIGNING_2018,
        "Such a deal comes at the end of a visit by Iranian Foreign Minister Amir Hatami to Damascus",
        _OUTLET,
        part_of=VISIT_2018,
        inferences={"*": (_WHICH_AGREEMENT,)},
    ),
    Claim(
        id="clm-newdeal18-hatami-no-third-party",
        source=SOURCE.id,
        subject=HATAMI_NO_THIRD_PARTY_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(HATAMI, "No third party can affect the presence of Iranian advisors in Syria"),
        attribution=_HATAMI,
        quote="“No third party can affect the presence of Iranian advisors in Syria,” Hatami declared.",
    ),
    Claim(
        id="clm-newdeal18-hatami-territorial-integrity",
        source=SOURCE.id,
        subject=HATAMI_NO_THIRD_PARTY_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            HATAMI,
            "Iran will spare no effort to maintain Syria’s territorial integrity, because security "
            "in the country will help (improve) regional stability.",
        ),
        attribution=_HATAMI,
        quote=(
            "Iran will spare no effort to maintain Syria’s territorial integrity, because security "
            "in the country will help (improve) regional stability.”"
        ),
        inferences=(
            Inference(
                "speaker",
                "The sentence has a closing quotation mark but no opening one; it follows "
                "'Hatami declared' directly, so it is read as the continuation of Hatami's quote.",
            ),
        ),
    ),
    *reported(
        "clm-newdeal18-iran-years-of-support",
        SOURCE.id,
        IRAN_INTERVENTION,
        "The agreement, which comes after years of Iranian support to the Bashar Al-Assad regime in Syria",
        _OUTLET,
        kind=EventKind.INTERVENTION,
        participants=(ParticipantValue(IRAN, Role.AGENT), ParticipantValue(ASSAD, Role.SUPPORTED)),
        inferences={
            "kind": (
                Inference(
                    "kind",
                    "'years of Iranian support to the Bashar Al-Assad regime' is read as Iran's intervention "
                    "in Syria's civil war: the article says Iran's forces 'were instrumental in Assad’s "
                    "bloody victory in the civil war'.",
                ),
            )
        },
    ),
    *reported(
        "clm-newdeal18-us-israel-condemn",
        SOURCE.id,
        CONDEMNATION_2018,
        _CONDEMN,
        _OUTLET,
        kind=EventKind.CONDEMNATION,
        participants=(ParticipantValue(IRAN, Role.TARGET),),
    ),
    Claim(
        id="clm-newdeal18-usa-condemns-involvement",
        source=SOURCE.id,
        subject=CONDEMNATION_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            USA,
            "condemn increased Iranian involvement in Syria; an involvement which they believe endangers "
            "the region’s security environment",
            Wording.PARAPHRASED,
        ),
        attribution=_OUTLET,
        quote=_CONDEMN,
    ),
    Claim(
        id="clm-newdeal18-israel-condemns-involvement",
        source=SOURCE.id,
        subject=CONDEMNATION_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            ISRAEL,
            "condemn increased Iranian involvement in Syria; an involvement which they believe endangers "
            "the region’s security environment",
            Wording.PARAPHRASED,
        ),
        attribution=_OUTLET,
        quote=_CONDEMN,
    ),
    *reported(
        "clm-newdeal18-us-demand",
        SOURCE.id,
        DEMANDS_2018,
        _DEMAND,
        _OUTLET,
        kind=EventKind.DEMAND,
        participants=(ParticipantValue(IRAN, Role.TARGET),),
    ),
    Claim(
        id="clm-newdeal18-usa-demands-withdrawal",
        source=SOURCE.id,
        subject=DEMANDS_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            USA,
            "demanded that Iran withdraw all its forces from Syria if the former does want to negotiate "
            "terms for a new nuclear agreement and a possible relief from US-imposed sanctions",
            Wording.PARAPHRASED,
        ),
        attribution=_OUTLET,
        quote=_DEMAND,
        inferences=(
            Inference(
                "condition",
                "The article writes 'if the former does want to negotiate'; 'the former' is "
                "grammatically the United States, but the sense (a new nuclear agreement and relief "
                "from US-imposed sanctions) points to Iran. The wording is kept as the article gives it.",
            ),
        ),
    ),
)

# ------------------------------------------------------------------ second pass (recall)
_INVEST = (
    "Further, in light of the new agreement and Iran’s promise to invest in Turkey, it would seem "
    "that Iranian influence is here to stay in the Middle East."
)

RECALL_CLAIMS: tuple[Claim, ...] = (
    # 'his counterpart': the counterpart of the Foreign Minister the article
    # says Hatami is would be Syria's foreign minister; the other reports of
    # these meetings name Syria's defence minister, Ayyoub.
    Claim(
        id="clm-newdeal18-meetings-counterpart",
        source=SOURCE.id,
        subject=MEETINGS_2018,
        predicate=Predicate.PARTICIPANT,
        value=ParticipantValue(MOALLEM, Role.ATTENDEE, SYRIA_FOREIGN_MINISTER),
        attribution=_OUTLET,
        quote="where he met his counterpart",
        inferences=(
            Inference(
                "actor",
                "The article names no counterpart. It calls Hatami 'Iranian Foreign Minister', so his "
                "counterpart, as the article has it, is Syria's Minister of Foreign Affairs, Walid "
                "al-Moallem in August 2018 (reference data on his office).",
            ),
        ),
        standing=Standing.REFUTED,
        reason=(
            "Hatami was Iran's defence minister (cor-hatami-not-foreign-minister), and the other "
            "reports of these meetings name Syria's defence minister: 'meetings Sunday between their "
            "defense ministers' (2018 'Deepen Military Cooperation' article), 'met with his "
            "counterpart' and 'Syrian General Ali Abdullah Ayyoub' (The Media Line). Hatami's "
            "counterpart was Ayyoub, not the foreign minister."
        ),
    ),
    # Iran's promise 'to invest in Turkey', in a paragraph about Syria: the article's slip,
    # corrected (cor-newdeal18-invest-in-syria-not-turkey).
    Claim(
        id="clm-newdeal18-iran-invest-turkey",
        source=SOURCE.id,
        subject=IRAN,
        predicate=Predicate.ASSERTION,
        value=TextValue("Iran has promised to invest in Turkey"),
        attribution=_OUTLET,
        quote=_INVEST,
        standing=Standing.REFUTED,
    ),
)

# ------------------------------------------------------------------ second coding (issue #20)
# Facts a blind second encoding found that this one had missed.
REVIEW_CLAIMS: tuple[Claim, ...] = (
    Claim(
        id="clm-newdeal18-iran-defiant",
        source=SOURCE.id,
        subject=IRAN,
        predicate=Predicate.ASSERTION,
        value=TextValue("has remained defiant and has vowed its support for Syria"),
        attribution=_OUTLET,
        quote="Iran however, has remained defiant and has vowed its support for Syria.",
    ),
    Claim(
        id="clm-newdeal18-assad-bloody-victory",
        source=SOURCE.id,
        subject=IRAN,
        predicate=Predicate.ASSERTION,
        value=TextValue(
            "Iran's forces and militias were instrumental in Assad's bloody victory in the civil war"
        ),
        attribution=_OUTLET,
        quote="These forces were instrumental in Assad’s bloody victory in the civil war.",
        inferences=(
            Inference(
                "subject", "'These forces' are Iran's forces, advisors and militias of the sentence before."
            ),
        ),
        standing=Standing.DISPUTED,
        reason=(
            "The 'victory' is premature: The Media Line, the same week, has the regime's forces 'preparing "
            "to subdue the final pocket of rebel resistance in Idlib province' (clm-medialine18-idlib-offensive), "
            "and the 2018 'Deepen Military Cooperation' article has Assad 'tightening his grip', not the war won. "
            "That Iran's forces were instrumental in Assad's gains is not contradicted."
        ),
    ),
)

CLAIMS: tuple[Claim, ...] = (*_RECORD_CLAIMS, *EVENT_CLAIMS, *RECALL_CLAIMS, *REVIEW_CLAIMS)
