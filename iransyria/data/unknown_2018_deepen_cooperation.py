"""'Iran Signs Deal With Syria to Deepen Military Cooperation' (outlet unknown, 27 August 2018).

Article file ``001_96bea4abdf1c368b.txt``. Relays Iran's Tasnim News Agency,
notes that Syrian state-linked media did not mention a new deal, and carries
the publisher's own correction ('Iranian', not 'Syrian', companies bought
real estate in Syria).
"""

from __future__ import annotations

from iransyria.data.actors import (
    ASSAD,
    AYYOUB,
    BOLTON,
    HATAMI,
    IRAN,
    IRAN_BRIGADIER_GENERAL,
    IRAN_DEFENCE_MINISTER,
    ISLAMIC_STATE,
    ISRAEL,
    PUTIN,
    RUSSIA,
    RUSSIA_AMBASSADOR_TO_ISRAEL,
    RUSSIA_PRESIDENT,
    SYRIA,
    SYRIA_DEFENCE_MINISTER,
    SYRIA_PRESIDENT,
    SYRIAN_STATE_MEDIA,
    TASNIM,
    TRUMP,
    US_NATIONAL_SECURITY_ADVISER,
    US_PRESIDENT,
    USA,
    VIKTOROV,
)
from iransyria.data.agreements import AGR_2018
from iransyria.data.events import (
    ANNOUNCEMENT_2018,
    ASSAD_NOT_NEGOTIABLE,
    BOLTON_2018,
    CIVIL_WAR,
    DEMANDS_2018,
    HATAMI_RECONSTRUCTION_2018,
    HATAMI_TIES_2018,
    IRAN_INTERVENTION,
    ISRAEL_STRIKES_2018,
    ISRAEL_STRIKES_DAMAGE_2018,
    MEETINGS_2018,
    NUCLEAR_WITHDRAWAL_2018,
    PUTIN_TRUMP_2018,
    REAFFIRMATION_2018,
    RUSSIA_BUFFER,
    RUSSIA_INTERVENTION,
    RUSSIA_WONT_EVICT,
    SANCTIONS_2018,
    SYRIA_PLACE,
    VIKTOROV_2018,
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
    DateValue,
    Derivation,
    DerivationKind,
    EventKind,
    Inference,
    ParticipantValue,
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
    id="src-unknown-2018-deepen-cooperation",
    file="001_96bea4abdf1c368b.txt",
    sha256="55ca29c7819ceb9859acde8adffeb078dbbc5eb97a9fa60438a15fafac46dd21",
    title="Iran Signs Deal With Syria to Deepen Military Cooperation",
    outlet=None,
    outlet_basis=(
        "The text names no outlet. It ends with an empty 'Source :' line and a blog comment "
        "form, so the page carries another publisher's report; that publisher is not named."
    ),
    published=FuzzyDate.parse("2018-08-27"),
    published_basis=(
        "Stated in part: the correction notice calls it 'this Aug. 27 article'. The year is "
        "inferred: it says Trump withdrew from the Iran nuclear deal 'in May' (May 2018) and "
        "that the war 'has now stretched more than seven years' (since 2011)."
    ),
    language="en",
    kind=SourceKind.REPUBLICATION,
    reports=(AGR_2018,),
    derived_from=(
        Derivation(
            DerivationKind.REPUBLICATION_OF,
            None,
            note="an unnamed publisher's report: the page's 'Source :' line is empty",
        ),
        Derivation(DerivationKind.RELAYS, TASNIM),
    ),
)

_SRC = SOURCE.id
_OUTLET = Attribution(AttributionKind.OUTLET)
_TASNIM = Attribution(AttributionKind.AGENCY, TASNIM)
_TASNIM_IRAN_SAID = Attribution(
    AttributionKind.AGENCY,
    TASNIM,
    "the article opens 'Iran said Monday'; Tasnim is the only source it names for the deal",
)
_PUBLISHER_NOTE = Attribution(AttributionKind.PUBLISHER_NOTE)

# The article file has non-breaking spaces (U+00A0) in its paragraph on Trump's
# policy; quotes from it spell them as "\u00a0" so they stay byte-exact.

# How the article's weekdays and month names become dates. The article is dated
# Monday 27 August 2018 (SOURCE.published: 'this Aug. 27 article' in the
# correction notice; the year as SOURCE.published_basis explains).
_SUNDAY = Inference(
    "date",
    "'Sunday' with no date: the Sunday before this Monday 27 August 2018 article "
    "('this Aug. 27 article'; year per this source's publication-date reasoning), i.e. 2018-08-26.",
)
_MONDAY = Inference(
    "date",
    "'Monday' with no date: the day of this article, 'this Aug. 27 article' (27 August 2018 "
    "was a Monday; year per this source's publication-date reasoning), i.e. 2018-08-27.",
)
_LAST_WEEK_HOW = (
    "'Last week' in an article of Monday 27 August 2018 ('this Aug. 27 article'; year per "
    "this source's publication-date reasoning): the preceding calendar week, Monday 20 to Sunday 26 August "
    "2018. No day within it is chosen."
)
_SUNDAY_MEETINGS = (
    "Iran and Syria reached the deal following meetings Sunday between their defense ministers "
    "and Syria’s President Bashar al-Assad, according to Iran’s semiofficial Tasnim News Agency"
)
_SYRIAN_MEDIA_SAID = (
    "Syrian state-linked media said the two sides reaffirmed the need the develop long-term cooperation"
)
_TWO_SIDES = Inference(
    "speakers",
    "'the two sides' are Iran and Syria, the parties to the meetings of the preceding sentence. "
    "The wording 'the need the develop' is the article's own (sic).",
)
_SYRIAN_MEDIA = (
    "Syrian state-linked media said the two sides reaffirmed the need the develop long-term "
    "cooperation, but made no mention of a new deal."
)
_BOLTON_LAST_WEEK = (
    "Last week, White House national security adviser John Bolton said Russian President "
    "Vladimir Putin believed Russian and Iranian interests in Syria weren’t aligned"
)
_VIKTOROV = (
    "Iranians play a “very, very important role in our common and joint effort to eliminate "
    "terrorists in Syria,” Anatoly Viktorov told Israeli media in July."
)
_VIKTOROV_IS_AMBASSADOR = Inference(
    "actor",
    "The article does not name 'its ambassador to Israel' (Moscow's); the next sentence quotes "
    "'Anatoly Viktorov' on the same theme, so the ambassador is taken to be Viktorov.",
)
_HATAMI_QUOTED = "Tasnim’s report quoted Iranian defense minister Brig. Gen. Amir Hatami"

# Passages that back more than one claim.
_Q_IRAN_SAID_MONDAY_THAT = (
    "Iran said Monday that it had agreed to a deal to deepen military cooperation with Syria"
)
_Q_IRAN_AND_SYRIA_REACHED = "Iran and Syria reached the deal"
_Q_IRANIAN_DEFENSE_MINISTER_BRIG = "Iranian defense minister Brig. Gen. Amir Hatami"
_Q_SYRIA_S_PRESIDENT_BASHAR = "Syria’s President Bashar al-Assad"
_Q_U_S_FOREIGN_POLICY = "U.S. foreign policy under President Trump"
_Q_WHITE_HOUSE_NATIONAL_SECURITY = "White House national security adviser John Bolton"
_Q_RUSSIAN_PRESIDENT_VLADIMIR_PUTIN = "Russian President Vladimir Putin"

_RECORD_CLAIMS: tuple[Claim, ...] = (
    # ------------------------------------------------------------------ the August 2018 agreement
    Claim(
        id="clm-deepen18-kind",
        source=_SRC,
        subject=AGR_2018,
        predicate=Predicate.KIND,
        value=AgreementKindValue(AgreementKind.MILITARY_COOPERATION),
        attribution=_TASNIM_IRAN_SAID,
        quote=_Q_IRAN_SAID_MONDAY_THAT,
    ),
    Claim(
        id="clm-deepen18-party-iran",
        source=_SRC,
        subject=AGR_2018,
        predicate=Predicate.PARTY,
        value=ActorValue(IRAN),
        attribution=_TASNIM,
        quote=_Q_IRAN_AND_SYRIA_REACHED,
    ),
    Claim(
        id="clm-deepen18-party-syria",
        source=_SRC,
        subject=AGR_2018,
        predicate=Predicate.PARTY,
        value=ActorValue(SYRIA),
        attribution=_TASNIM,
        quote=_Q_IRAN_AND_SYRIA_REACHED,
    ),
    Claim(
        id="clm-deepen18-signing-date",
        source=_SRC,
        subject=AGR_2018,
        predicate=Predicate.SIGNING_DATE,
        value=DateValue(FuzzyDate.parse("2018-08-26/2018-08-27")),
        attribution=_TASNIM,
        quote=_SUNDAY_MEETINGS,
        inferences=(
            Inference(
                "start",
                "The deal was reached 'following meetings Sunday', so not before that Sunday: "
                "the Sunday before this Monday 27 August 2018 article ('this Aug. 27 article'; "
                "year per this source's publication-date reasoning), i.e. 2018-08-26.",
            ),
            Inference(
                "end",
                "The first paragraph says 'Iran said Monday that it had agreed to a deal', so it was "
                "reached by that Monday: the day of this article, 27 August 2018 (a Monday), "
                "i.e. 2018-08-27.",
            ),
            Inference(
                "precision",
                "The article says the deal was 'reached' and gives no signing day or ceremony; "
                "the range is Sunday or Monday, and no day within it is chosen.",
            ),
        ),
    ),
    # No signatory: the article says the deal was 'reached ... following meetings Sunday between
    # their defense ministers' and names neither signer nor any Syrian minister. That Hatami and
    # Ayyoub signed it rests on the other articles; here they are the meetings' participants.
    Claim(
        id="clm-deepen18-not-reported-syrian-state-media",
        source=_SRC,
        subject=AGR_2018,
        predicate=Predicate.NOT_REPORTED_BY,
        value=ActorValue(SYRIAN_STATE_MEDIA),
        attribution=_OUTLET,
        quote=_SYRIAN_MEDIA,
    ),
    # ------------------------------------------------------------------ the announcement and the meetings
    # ------------------------------------------------------------------ offices
    Claim(
        id="clm-deepen18-hatami-defence-minister",
        source=_SRC,
        subject=HATAMI,
        predicate=Predicate.HOLDS_OFFICE,
        value=ActorValue(HATAMI, IRAN_DEFENCE_MINISTER),
        attribution=_OUTLET,
        quote=_Q_IRANIAN_DEFENSE_MINISTER_BRIG,
        point_in_time=FuzzyDate.parse("2018-08-26"),
        inferences=(Inference("point in time", _SUNDAY.how),),
    ),
    Claim(
        id="clm-deepen18-assad-president",
        source=_SRC,
        subject=ASSAD,
        predicate=Predicate.HOLDS_OFFICE,
        value=ActorValue(ASSAD, SYRIA_PRESIDENT),
        attribution=_OUTLET,
        quote=_Q_SYRIA_S_PRESIDENT_BASHAR,
        point_in_time=FuzzyDate.parse("2018-08-26"),
        inferences=(Inference("point in time", _SUNDAY.how),),
    ),
    Claim(
        id="clm-deepen18-trump-president",
        source=_SRC,
        subject=TRUMP,
        predicate=Predicate.HOLDS_OFFICE,
        value=ActorValue(TRUMP, US_PRESIDENT),
        attribution=_OUTLET,
        quote=_Q_U_S_FOREIGN_POLICY,
    ),
    Claim(
        id="clm-deepen18-bolton-national-security-adviser",
        source=_SRC,
        subject=BOLTON,
        predicate=Predicate.HOLDS_OFFICE,
        value=ActorValue(BOLTON, US_NATIONAL_SECURITY_ADVISER),
        attribution=_OUTLET,
        quote=_Q_WHITE_HOUSE_NATIONAL_SECURITY,
        point_in_time=FuzzyDate.parse("2018-08-20/2018-08-26"),
        inferences=(Inference("point in time", _LAST_WEEK_HOW),),
    ),
    Claim(
        id="clm-deepen18-putin-president",
        source=_SRC,
        subject=PUTIN,
        predicate=Predicate.HOLDS_OFFICE,
        value=ActorValue(PUTIN, RUSSIA_PRESIDENT),
        attribution=_OUTLET,
        quote=_Q_RUSSIAN_PRESIDENT_VLADIMIR_PUTIN,
        point_in_time=FuzzyDate.parse("2018-08-20/2018-08-26"),
        inferences=(Inference("point in time", _LAST_WEEK_HOW),),
    ),
    Claim(
        id="clm-deepen18-viktorov-ambassador",
        source=_SRC,
        subject=VIKTOROV,
        predicate=Predicate.HOLDS_OFFICE,
        value=ActorValue(VIKTOROV, RUSSIA_AMBASSADOR_TO_ISRAEL),
        attribution=_OUTLET,
        quote="Moscow has previously offered to keep Iran and its allied militias tens of miles from the Israeli border, but its ambassador to Israel",
        inferences=(
            _VIKTOROV_IS_AMBASSADOR,
            Inference("state", "'its ambassador': 'its' refers back to 'Moscow', i.e. Russia."),
        ),
    ),
    # ------------------------------------------------------------------ names
    Claim(
        id="clm-deepen18-hatami-named-brig-gen-amir-hatami",
        source=_SRC,
        subject=HATAMI,
        predicate=Predicate.NAMED_AS,
        value=TextValue("Brig. Gen. Amir Hatami"),
        attribution=_OUTLET,
        quote=_Q_IRANIAN_DEFENSE_MINISTER_BRIG,
    ),
    Claim(
        id="clm-deepen18-assad-named-bashar-al-assad",
        source=_SRC,
        subject=ASSAD,
        predicate=Predicate.NAMED_AS,
        value=TextValue("Bashar al-Assad"),
        attribution=_OUTLET,
        quote=_Q_SYRIA_S_PRESIDENT_BASHAR,
    ),
    Claim(
        id="clm-deepen18-trump-named-president-trump",
        source=_SRC,
        subject=TRUMP,
        predicate=Predicate.NAMED_AS,
        value=TextValue("President Trump"),
        attribution=_OUTLET,
        quote=_Q_U_S_FOREIGN_POLICY,
    ),
    Claim(
        id="clm-deepen18-bolton-named-john-bolton",
        source=_SRC,
        subject=BOLTON,
        predicate=Predicate.NAMED_AS,
        value=TextValue("John Bolton"),
        attribution=_OUTLET,
        quote=_Q_WHITE_HOUSE_NATIONAL_SECURITY,
    ),
    Claim(
        id="clm-deepen18-putin-named-vladimir-putin",
        source=_SRC,
        subject=PUTIN,
        predicate=Predicate.NAMED_AS,
        value=TextValue("Vladimir Putin"),
        attribution=_OUTLET,
        quote=_Q_RUSSIAN_PRESIDENT_VLADIMIR_PUTIN,
    ),
    Claim(
        id="clm-deepen18-viktorov-named-anatoly-viktorov",
        source=_SRC,
        subject=VIKTOROV,
        predicate=Predicate.NAMED_AS,
        value=TextValue("Anatoly Viktorov"),
        attribution=_OUTLET,
        quote="Anatoly Viktorov told Israeli media in July",
    ),
    # ------------------------------------------------------------------ Hatami, as Tasnim quoted him
    # ------------------------------------------------------------------ context: Iran in Syria
    Claim(
        id="clm-deepen18-iran-forces-thousands",
        source=_SRC,
        subject=IRAN,
        predicate=Predicate.QUANTITY,
        value=QuantityValue("Iranian and allied forces sent to Syria", low=2000),
        attribution=_OUTLET,
        quote="Iran has sent thousands of its own and allied forces to Syria to fight alongside Mr. Assad’s troops",
        inferences=(
            UNVERIFIED_FIGURE,
            Inference(
                "low",
                "'thousands' gives no figure: read as at least two thousand (the plural); "
                "no upper bound is given.",
            ),
        ),
    ),
    Claim(
        id="clm-deepen18-iran-weaponry-oil",
        source=_SRC,
        subject=IRAN,
        predicate=Predicate.ASSERTION,
        value=TextValue("Iran has supported the Syrian regime with weaponry and oil"),
        attribution=_OUTLET,
        quote="has also supported the Syrian regime with weaponry and oil",
    ),
    Claim(
        id="clm-deepen18-civil-war-years",
        source=_SRC,
        subject=SYRIA,
        predicate=Predicate.QUANTITY,
        value=QuantityValue(
            "years of civil war in Syria, to the article's date", low=7, as_of=FuzzyDate.parse("2018-08-27")
        ),
        attribution=_OUTLET,
        quote="the conflict, which has now stretched more than seven years",
        inferences=(
            Inference(
                "low",
                "'more than seven years': the bound is exclusive (the war has lasted longer than "
                "seven years); stored as low=7.",
            ),
        ),
    ),
    # ------------------------------------------------------------------ context: the U.S. and Israel
    # ------------------------------------------------------------------ context: Russia
    # ------------------------------------------------------------------ context: Iran's economic stake
    Claim(
        id="clm-deepen18-iran-investment-billions",
        source=_SRC,
        subject=IRAN,
        predicate=Predicate.QUANTITY,
        value=QuantityValue("US dollars Iran has invested in the Syrian conflict", low=2_000_000_000),
        attribution=_OUTLET,
        quote="Iran has sought economic benefits after investing billions of dollars in the Syrian conflict",
        inferences=(
            Inference(
                "low",
                "'billions of dollars' gives no figure: read as at least two billion (the plural); "
                "no upper bound is given.",
            ),
            Inference("unit", "'dollars' in an American-style report is taken as US dollars."),
        ),
    ),
    Claim(
        id="clm-deepen18-iran-struggled-to-profit",
        source=_SRC,
        subject=IRAN,
        predicate=Predicate.ASSERTION,
        value=TextValue("Iran has sought economic benefits in Syria but has so far struggled to profit"),
        attribution=_OUTLET,
        quote=(
            "while Iran has sought economic benefits after investing billions of dollars in the "
            "Syrian conflict, it has so far struggled to profit"
        ),
    ),
    Claim(
        id="clm-deepen18-iran-reconstruction-irgc-companies",
        source=_SRC,
        subject=IRAN,
        predicate=Predicate.ASSERTION,
        value=TextValue(
            "Iran's reconstruction efforts in Syria are concentrated in companies linked to the "
            "Revolutionary Guard"
        ),
        attribution=_OUTLET,
        quote="Its reconstruction efforts are concentrated in companies linked to the elite Revolutionary Guard",
    ),
    Claim(
        id="clm-deepen18-iran-private-companies-reluctant",
        source=_SRC,
        subject=IRAN,
        predicate=Predicate.ASSERTION,
        value=TextValue(
            "private Iranian companies are reluctant to get involved in Syria, partly because of "
            "security concerns"
        ),
        attribution=_OUTLET,
        quote="private Iranian companies are reluctant to get involved, partly because of security concerns",
    ),
    Claim(
        id="clm-deepen18-iran-mous-failed",
        source=_SRC,
        subject=IRAN,
        predicate=Predicate.ASSERTION,
        value=TextValue(
            "memorandums of understanding to repair a power grid, run a phone network and partake in "
            "extraction from one of Syria's phosphate mines have failed to materialize"
        ),
        attribution=_OUTLET,
        quote=(
            "Memorandums of understanding to repair a power grid, run a phone network and partake in "
            "extraction from one of Syria’s lucrative phosphate mines have failed to materialize."
        ),
        inferences=(
            Inference(
                "subject",
                "The memorandums are Iran's: the sentence follows 'Its reconstruction efforts' "
                "(Iran's) and the article does not name the parties to them.",
            ),
        ),
    ),
    # ------------------------------------------------------------------ the publisher's correction
    Claim(
        id="clm-deepen18-iranian-companies-real-estate",
        source=_SRC,
        subject=IRAN,
        predicate=Predicate.ASSERTION,
        value=TextValue("Iranian companies have purchased some real estate in Syria"),
        attribution=_OUTLET,
        quote=(
            "Iranian companies have purchased some real estate in Syria, but most development so far "
            "seems to have taken place in neighborhoods around Shiite shrines where Iran already had "
            "a significant presence before the war."
        ),
    ),
    Claim(
        id="clm-deepen18-syrian-companies-real-estate",
        source=_SRC,
        subject=SYRIA,
        predicate=Predicate.ASSERTION,
        value=TextValue("Syrian companies have purchased some real estate in Syria"),
        attribution=_PUBLISHER_NOTE,
        quote="A previous version of this Aug. 27 article said that Syrian companies had done so.",
        inferences=(
            Inference(
                "value",
                "The previous version's words are not in this file: the value is reconstructed from "
                "the correction notice, which says that version 'said that Syrian companies had done "
                "so', 'so' being 'purchased some real estate in Syria' (the notice's preceding "
                "sentence).",
            ),
        ),
        standing=Standing.SUPERSEDED,
        reason=(
            "The publisher corrected it: 'Iranian companies have purchased some real estate in Syria. "
            "A previous version of this Aug. 27 article said that Syrian companies had done so.' "
            "Replaced by clm-deepen18-iranian-companies-real-estate."
        ),
    ),
)

# ---------------------------------------------------------------------- events
_HATAMI_IS_IRANS_MINISTER = Inference(
    "actor",
    "The sentence says 'their defense ministers'; Iran's is identified as Hatami by 'After the "
    "Iran-Syria meetings Sunday, Tasnim’s report quoted Iranian defense minister Brig. Gen. Amir Hatami'.",
)
_AYYOUB_IS_SYRIAS_MINISTER = Inference(
    "actor",
    "This article never names Syria's defence minister. He is identified as Ali Abdullah Ayyoub from "
    "The Media Line's article (004_8b2105d8dbd25fc3.txt: Hatami 'met with his counterpart in Damascus' "
    "and met 'Syrian General Ali Abdullah Ayyoub').",
)
_IN_MAY = (
    "'in May' with no year: the latest May before this 27 August 2018 article, 2018 (the withdrawal "
    "is recent: sanctions are only now being reimposed). The day is not encoded."
)
_Q_INVOLVED = (
    "Iranian forces have been involved in Syria’s civil war since 2013, coming to the aid of Mr. Assad "
    "as he fended off a challenge from rebel groups and Islamic State extremists"
)
_Q_STRIKES = "Israeli missiles struck Iranian targets in Syria in May, its largest assault inside Syria in about seven years"
_Q_WITHDREW = "President Trump, who\u00a0withdrew the U.S. in May from the Iran nuclear deal"
_Q_SANCTIONS = (
    "who\u00a0withdrew the U.S. in May from the Iran nuclear deal\u00a0and has started\u00a0reimposing "
    "sanctions\u00a0that had been lifted under the Obama-era pact"
)
_Q_CALLS = "the Trump administration and Israel amplify calls for\u00a0Iran to withdraw completely from Syria"
_Q_RUSSIA = "Russia intervened to support Mr. Assad in 2015, helping him gain the upper hand in the conflict"
_Q_BOLTON_ACCOUNT = "Mr. Bolton said Mr. Putin indicated he couldn’t evict Iran from Syria by himself"
_BOLTON = Attribution(AttributionKind.OFFICIAL, BOLTON)
_HATAMI_VIA_TASNIM = Attribution(AttributionKind.OFFICIAL, HATAMI, "quoted by Tasnim's report")

EVENT_CLAIMS: tuple[Claim, ...] = (
    # ------------------------------------------------------------ the announcement and the meetings
    Claim(
        id="clm-deepen18-iran-announces-deal",
        source=_SRC,
        subject=ANNOUNCEMENT_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            IRAN, "it had agreed to a deal to deepen military cooperation with Syria", Wording.PARAPHRASED
        ),
        attribution=_TASNIM_IRAN_SAID,
        quote=_Q_IRAN_SAID_MONDAY_THAT,
    ),
    *reported(
        "clm-deepen18-iran-announces-deal",
        _SRC,
        ANNOUNCEMENT_2018,
        _Q_IRAN_SAID_MONDAY_THAT,
        _TASNIM_IRAN_SAID,
        date=FuzzyDate.parse("2018-08-27"),
        concerns=(AGR_2018,),
        inferences={"date": (_MONDAY,)},
    ),
    Claim(
        id="clm-deepen18-iran-intends-to-remain",
        source=_SRC,
        subject=ANNOUNCEMENT_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            IRAN,
            "reaffirming its intention to remain in the country despite moves by the U.S. and its allies to "
            "contain Tehran’s military reach",
            Wording.PARAPHRASED,
        ),
        attribution=_OUTLET,
        quote=(
            "reaffirming its intention to remain in the country despite moves by the U.S. and its "
            "allies to contain Tehran’s military reach"
        ),
    ),
    *reported(
        "clm-deepen18-sunday-meetings",
        _SRC,
        MEETINGS_2018,
        _SUNDAY_MEETINGS,
        _TASNIM,
        kind=EventKind.MEETING,
        date=FuzzyDate.parse("2018-08-26"),
        participants=(
            ParticipantValue(HATAMI, Role.ATTENDEE, IRAN_DEFENCE_MINISTER),
            ParticipantValue(AYYOUB, Role.ATTENDEE, SYRIA_DEFENCE_MINISTER),
            ParticipantValue(ASSAD, Role.ATTENDEE, SYRIA_PRESIDENT),
        ),
        concerns=(AGR_2018,),
        inferences={
            "date": (_SUNDAY,),
            HATAMI: (_HATAMI_IS_IRANS_MINISTER,),
            AYYOUB: (_AYYOUB_IS_SYRIAS_MINISTER,),
        },
    ),
    Claim(
        id="clm-deepen18-syrian-media-long-term-cooperation",
        source=_SRC,
        subject=REAFFIRMATION_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            SYRIA, "the two sides reaffirmed the need the develop long-term cooperation", Wording.PARAPHRASED
        ),
        attribution=Attribution(AttributionKind.STATE_MEDIA, SYRIAN_STATE_MEDIA),
        quote=_SYRIAN_MEDIA_SAID,
        inferences=(_TWO_SIDES,),
    ),
    Claim(
        id="clm-deepen18-syrian-media-long-term-cooperation-iran",
        source=_SRC,
        subject=REAFFIRMATION_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            IRAN, "the two sides reaffirmed the need the develop long-term cooperation", Wording.PARAPHRASED
        ),
        attribution=Attribution(AttributionKind.STATE_MEDIA, SYRIAN_STATE_MEDIA),
        quote=_SYRIAN_MEDIA_SAID,
        inferences=(_TWO_SIDES,),
    ),
    *reported(
        "clm-deepen18-syrian-media-reaffirmation",
        _SRC,
        REAFFIRMATION_2018,
        _SUNDAY_MEETINGS + ". The report offered no further details. " + _SYRIAN_MEDIA_SAID,
        Attribution(AttributionKind.STATE_MEDIA, SYRIAN_STATE_MEDIA),
        part_of=MEETINGS_2018,
        inferences={
            "part_of": (
                Inference(
                    "part of",
                    "The sentence follows the one on the Sunday meetings and speaks of 'the two sides' "
                    "of those meetings; the reaffirmation is read as made at them.",
                ),
            )
        },
    ),
    # ------------------------------------------------------------ Hatami, as Tasnim quoted him
    Claim(
        id="clm-deepen18-hatami-rumors-propaganda",
        source=_SRC,
        subject=HATAMI_TIES_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            HATAMI, "dismissing “rumors and negative propaganda” about Iran-Syria ties", Wording.PARAPHRASED
        ),
        attribution=_HATAMI_VIA_TASNIM,
        quote=(
            "Tasnim’s report quoted Iranian defense minister Brig. Gen. Amir Hatami as dismissing "
            "“rumors and negative propaganda” about Iran-Syria ties"
        ),
    ),
    Claim(
        id="clm-deepen18-hatami-ties-strong-footing",
        source=_SRC,
        subject=HATAMI_TIES_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(HATAMI, "asserting that they were on a strong footing", Wording.PARAPHRASED),
        attribution=_HATAMI_VIA_TASNIM,
        quote=(
            _HATAMI_QUOTED
            + " as dismissing “rumors and negative propaganda” about Iran-Syria ties and asserting "
            "that they were on a strong footing"
        ),
    ),
    Claim(
        id="clm-deepen18-hatami-syria-reconstruction-phase",
        source=_SRC,
        subject=HATAMI_RECONSTRUCTION_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            HATAMI, "Syria was moving out of a crisis and into a reconstruction phase", Wording.PARAPHRASED
        ),
        attribution=_HATAMI_VIA_TASNIM,
        quote="Syria was moving out of a crisis and into a reconstruction phase, he said.",
        inferences=(
            Inference(
                "speaker",
                "'he said': 'he' is Hatami, quoted in the preceding sentence and named as 'Gen. Hatami' "
                "in the next.",
            ),
        ),
    ),
    Claim(
        id="clm-deepen18-hatami-private-sector",
        source=_SRC,
        subject=HATAMI_RECONSTRUCTION_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            HATAMI, "enjoys good capabilities and can use them in the reconstruction of Syria"
        ),
        attribution=Attribution(
            AttributionKind.OFFICIAL, HATAMI, "quoted by Tasnim's report, of Iran's private sector"
        ),
        quote=(
            "Iran’s private sector “enjoys good capabilities and can use them in the reconstruction "
            "of Syria,” Gen. Hatami added."
        ),
    ),
    # ------------------------------------------------------------ the war and the powers in it
    *reported(
        "clm-deepen18-iran-forces-since-2013",
        _SRC,
        IRAN_INTERVENTION,
        _Q_INVOLVED,
        _OUTLET,
        kind=EventKind.INTERVENTION,
        participants=(ParticipantValue(IRAN, Role.AGENT), ParticipantValue(ASSAD, Role.SUPPORTED)),
        part_of=CIVIL_WAR,
    ),
    Claim(
        id="clm-deepen18-iran-forces-since-2013-date",
        source=_SRC,
        subject=IRAN_INTERVENTION,
        predicate=Predicate.EVENT_DATE,
        value=DateValue(FuzzyDate.parse("2013")),
        attribution=_OUTLET,
        quote="Iranian forces have been involved in Syria’s civil war since 2013",
        inferences=(
            Inference(
                "date", "'since 2013': the start of an involvement that continues to the article's time."
            ),
        ),
        # Accepted: Iran's forces from 2013; 002's 'since 2011' is its support as an ally, not a rival date.
    ),
    *reported(
        "clm-deepen18-civil-war",
        _SRC,
        CIVIL_WAR,
        _Q_INVOLVED,
        _OUTLET,
        kind=EventKind.WAR,
        participants=(
            ParticipantValue(SYRIA, Role.BELLIGERENT),
            ParticipantValue(ISLAMIC_STATE, Role.BELLIGERENT),
        ),
        inferences={
            SYRIA: (
                Inference(
                    "actor",
                    "'Mr. Assad as he fended off a challenge': Assad's side in the war is the Syrian state.",
                ),
            )
        },
    ),
    *reported(
        "clm-deepen18-russia-intervention-2015",
        _SRC,
        RUSSIA_INTERVENTION,
        _Q_RUSSIA,
        _OUTLET,
        kind=EventKind.INTERVENTION,
        date=FuzzyDate.parse("2015"),
        participants=(ParticipantValue(RUSSIA, Role.AGENT), ParticipantValue(ASSAD, Role.SUPPORTED)),
        part_of=CIVIL_WAR,
        inferences={
            "part_of": (Inference("part of", "'the conflict' is Syria's civil war, named just before."),)
        },
    ),
    # ------------------------------------------------------------ the U.S. and Israel
    *reported(
        "clm-deepen18-israel-strikes-may",
        _SRC,
        ISRAEL_STRIKES_2018,
        _Q_STRIKES,
        _OUTLET,
        kind=EventKind.MILITARY_STRIKE,
        date=FuzzyDate.parse("2018-05"),
        place=SYRIA_PLACE,
        participants=(ParticipantValue(ISRAEL, Role.AGENT), ParticipantValue(IRAN, Role.TARGET)),
        inferences={
            "date": (
                Inference(
                    "year", "'in May' with no year: the latest May before this 27 August 2018 article, 2018."
                ),
            ),
            IRAN: (Inference("target", "'Iranian targets in Syria': the targets are Iran's."),),
        },
    ),
    Claim(
        id="clm-deepen18-israel-strikes-damage",
        source=_SRC,
        subject=ISRAEL_STRIKES_DAMAGE_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            ISRAEL,
            "the strikes destroyed dozens of Iranian military targets and Syrian anti-aircraft installations",
            Wording.PARAPHRASED,
        ),
        attribution=Attribution(AttributionKind.OFFICIAL, ISRAEL, "unnamed 'Israeli officials'"),
        quote=(
            "Israeli officials said the strikes destroyed dozens of Iranian military targets and "
            "Syrian anti-aircraft installations."
        ),
        inferences=(Inference("event", "'the strikes' are the May strikes of the preceding sentence."),),
    ),
    *reported(
        "clm-deepen18-trump-nuclear-deal-withdrawal",
        _SRC,
        NUCLEAR_WITHDRAWAL_2018,
        _Q_WITHDREW,
        _OUTLET,
        kind=EventKind.WITHDRAWAL,
        date=FuzzyDate.parse("2018-05"),
        participants=(ParticipantValue(TRUMP, Role.AGENT, US_PRESIDENT), ParticipantValue(USA, Role.AGENT)),
        inferences={"date": (Inference("year", _IN_MAY),)},
    ),
    *reported(
        "clm-deepen18-trump-reimposing-sanctions",
        _SRC,
        SANCTIONS_2018,
        _Q_SANCTIONS,
        _OUTLET,
        kind=EventKind.SANCTIONS,
        date=FuzzyDate.parse("2018-05/2018-08-27"),
        participants=(ParticipantValue(TRUMP, Role.AGENT), ParticipantValue(IRAN, Role.TARGET)),
        inferences={
            "date": (
                Inference(
                    "date",
                    "'has started reimposing' after withdrawing 'in May' (2018): begun between May 2018 "
                    "and this 27 August 2018 article; no day within that is chosen.",
                ),
            ),
            IRAN: (
                Inference(
                    "target",
                    "The sanctions 'had been lifted under the Obama-era pact', the Iran nuclear deal: "
                    "they are sanctions on Iran.",
                ),
            ),
        },
    ),
    *reported(
        "clm-deepen18-us-israel-withdrawal-calls",
        _SRC,
        DEMANDS_2018,
        _Q_CALLS,
        _OUTLET,
        kind=EventKind.DEMAND,
        participants=(ParticipantValue(IRAN, Role.TARGET),),
    ),
    Claim(
        id="clm-deepen18-us-withdrawal-calls",
        source=_SRC,
        subject=DEMANDS_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(USA, "calls for Iran to withdraw completely from Syria", Wording.PARAPHRASED),
        attribution=_OUTLET,
        quote=_Q_CALLS,
        inferences=(Inference("speaker", "'the Trump administration' speaks for the United States."),),
    ),
    Claim(
        id="clm-deepen18-israel-withdrawal-calls",
        source=_SRC,
        subject=DEMANDS_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(ISRAEL, "calls for Iran to withdraw completely from Syria", Wording.PARAPHRASED),
        attribution=_OUTLET,
        quote=_Q_CALLS,
    ),
    # ------------------------------------------------------------ Russia
    Claim(
        id="clm-deepen18-bolton-putin-remarks",
        source=_SRC,
        subject=BOLTON_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            BOLTON,
            "Russian President Vladimir Putin believed Russian and Iranian interests in Syria weren’t aligned",
            Wording.PARAPHRASED,
        ),
        attribution=_BOLTON,
        quote=_BOLTON_LAST_WEEK,
    ),
    *reported(
        "clm-deepen18-bolton-putin-remarks",
        _SRC,
        BOLTON_2018,
        _BOLTON_LAST_WEEK,
        _OUTLET,
        date=FuzzyDate.parse("2018-08-20/2018-08-26"),
        inferences={
            "date": (
                Inference(
                    "date",
                    "'Last week' in an article of Monday 27 August 2018 ('this Aug. 27 article'; year per "
                    "this source's publication-date reasoning): the preceding calendar week, Monday 20 to Sunday 26 August "
                    "2018. No day within it is chosen.",
                ),
            )
        },
    ),
    Claim(
        id="clm-deepen18-bolton-iranian-forces-sent-back",
        source=_SRC,
        subject=BOLTON_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            BOLTON, "and that [Mr. Putin] would be content to see Iranian forces all sent back to Iran"
        ),
        attribution=Attribution(
            AttributionKind.OFFICIAL,
            BOLTON,
            "recounting a conversation between Putin and Trump; '[Mr. Putin]' is the article's insertion",
        ),
        quote=(
            "“and that [Mr. Putin] would be content to see Iranian forces all sent back to Iran,” "
            "recounting a conversation between Mr. Putin and Mr. Trump"
        ),
    ),
    Claim(
        id="clm-deepen18-putin-cannot-evict-iran",
        source=_SRC,
        subject=BOLTON_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            BOLTON, "Mr. Putin indicated he couldn’t evict Iran from Syria by himself", Wording.PARAPHRASED
        ),
        attribution=Attribution(AttributionKind.OFFICIAL, BOLTON, "Bolton's account of Putin's view"),
        quote=_Q_BOLTON_ACCOUNT,
    ),
    *reported(
        "clm-deepen18-putin-trump-conversation",
        _SRC,
        PUTIN_TRUMP_2018,
        "recounting a conversation between Mr. Putin and Mr. Trump",
        _BOLTON,
        kind=EventKind.MEETING,
        participants=(ParticipantValue(PUTIN, Role.ATTENDEE), ParticipantValue(TRUMP, Role.ATTENDEE)),
    ),
    Claim(
        id="clm-deepen18-russia-offered-buffer",
        source=_SRC,
        subject=RUSSIA_BUFFER,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            RUSSIA,
            "offered to keep Iran and its allied militias tens of miles from the Israeli border",
            Wording.PARAPHRASED,
        ),
        attribution=_OUTLET,
        quote=(
            "Moscow has previously offered to keep Iran and its allied militias tens of miles from "
            "the Israeli border"
        ),
    ),
    Claim(
        id="clm-deepen18-russia-wont-evict-iran",
        source=_SRC,
        subject=RUSSIA_WONT_EVICT,
        predicate=Predicate.STATEMENT,
        value=StatementValue(VIKTOROV, "Russia won’t work to evict Iran from Syria", Wording.PARAPHRASED),
        attribution=Attribution(
            AttributionKind.OFFICIAL, VIKTOROV, "paraphrased: Russia's ambassador to Israel 'has stressed'"
        ),
        quote="its ambassador to Israel has stressed that Russia won’t work to evict Iran from Syria",
        inferences=(_VIKTOROV_IS_AMBASSADOR,),
    ),
    Claim(
        id="clm-deepen18-viktorov-important-role",
        source=_SRC,
        subject=VIKTOROV_2018,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            VIKTOROV,
            "very, very important role in our common and joint effort to eliminate terrorists in Syria",
        ),
        attribution=Attribution(
            AttributionKind.OFFICIAL, VIKTOROV, "told Israeli media, of the role Iranians play"
        ),
        quote=_VIKTOROV,
    ),
    *reported(
        "clm-deepen18-viktorov-israeli-media-july",
        _SRC,
        VIKTOROV_2018,
        _VIKTOROV,
        _OUTLET,
        date=FuzzyDate.parse("2018-07"),
        inferences={
            "date": (
                Inference(
                    "year",
                    "'in July' with no year: the latest July before this 27 August 2018 article, 2018.",
                ),
            )
        },
    ),
    Claim(
        id="clm-deepen18-iran-presence-not-negotiable",
        source=_SRC,
        subject=ASSAD_NOT_NEGOTIABLE,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            ASSAD,
            "Iran’s presence in Syria wasn’t negotiable and wouldn’t be part of a political settlement over "
            "the country’s future",
            Wording.PARAPHRASED,
        ),
        attribution=Attribution(AttributionKind.OFFICIAL, ASSAD, "paraphrased; said 'previously', undated"),
        quote=(
            "Mr. Assad has previously said that Iran’s presence in Syria wasn’t negotiable and "
            "wouldn’t be part of a political settlement over the country’s future."
        ),
    ),
    # ------------------------------------------------------------ ranks
    Claim(
        id="clm-deepen18-hatami-rank",
        source=_SRC,
        subject=HATAMI,
        predicate=Predicate.RANK,
        value=ActorValue(HATAMI, IRAN_BRIGADIER_GENERAL),
        attribution=_OUTLET,
        quote=_Q_IRANIAN_DEFENSE_MINISTER_BRIG,
    ),
)

# ------------------------------------------------------------------ second coding (issue #20)
# Facts a blind second encoding found that this one had missed.
REVIEW_CLAIMS: tuple[Claim, ...] = (
    Claim(
        id="clm-deepen18-israel-largest-assault",
        source=_SRC,
        subject=ISRAEL,
        predicate=Predicate.ASSERTION,
        value=TextValue(
            "its May 2018 missile strikes on Iranian targets in Syria were its largest assault inside Syria in "
            "about seven years"
        ),
        attribution=_OUTLET,
        quote="its largest assault inside Syria in about seven years",
    ),
    *(
        Claim(
            id=f"clm-deepen18-{name}-worried-influence-entrenched",
            source=_SRC,
            subject=actor,
            predicate=Predicate.ASSERTION,
            value=TextValue("is worried that Iranian influence is now entrenched in Syria"),
            attribution=_OUTLET,
            quote="the U.S. and Israel are worried that Iranian influence is now entrenched in Syria",
        )
        for name, actor in (("us", USA), ("israel", ISRAEL))
    ),
)

CLAIMS: tuple[Claim, ...] = (*_RECORD_CLAIMS, *EVENT_CLAIMS, *REVIEW_CLAIMS)
