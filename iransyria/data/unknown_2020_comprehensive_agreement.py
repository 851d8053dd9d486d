"""'Iran and Syria Ink A Comprehensive Military Agreement' (outlet unknown, 2020).

Article file ``002_74eb7ba0c327b84a.txt``. Reports the July 2020 agreement
signed by Mohammad Bagheri and Ali Abdullah Ayyoub 'on 8th July' (no year:
the year is inferred) and spells the signatories 'Baqeri' and 'Abdullah Ayoub'.
"""

from __future__ import annotations

from iransyria.data.actors import (
    AYYOUB,
    BAGHERI,
    IRAN,
    IRAN_CHIEF_OF_STAFF,
    IRAN_MAJOR_GENERAL,
    IRGC,
    SHIA_MILITIAS,
    SYRIA,
    SYRIA_DEFENCE_MINISTER,
    SYRIA_GENERAL,
    TURKEY,
)
from iransyria.data.agreements import (
    AGR_2020,
    DAMASCUS,
    P2020_AIR_DEFENCE,
    P2020_COORDINATION,
    P2020_EXPAND_COOPERATION,
)
from iransyria.data.events import (
    AYYOUB_COOPERATION_2020,
    BAGHERI_AIR_DEFENCE_2020,
    BAGHERI_TURKEY_2020,
    BAGHERI_WILL_2020,
    CEREMONY_STATEMENT_2020,
    FOREIGN_TROOPS_2020,
    MEETING_BEFORE_SIGNING_2020,
    ROUNDS_2020,
    SIGNING_2020,
    reported,
)
from iransyria.data.notes import UNVERIFIED_FIGURE, error_of_form
from iransyria.dates import FuzzyDate
from iransyria.models import (
    ActorValue,
    AgreementKind,
    AgreementKindValue,
    Attribution,
    AttributionKind,
    Claim,
    DateValue,
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
    reports=(AGR_2020,),
)

_OUTLET = Attribution(AttributionKind.OUTLET)
_BAGHERI = Attribution(AttributionKind.OFFICIAL, BAGHERI)
_AYYOUB = Attribution(AttributionKind.OFFICIAL, AYYOUB)

_YEAR_2020 = Inference(
    "year",
    "The article gives '8th July' without a year. It says Iran has backed the Assad regime 'since 2011' "
    "and 'For the past 9 years', i.e. it was written in 2020 (see this source's publication-date reasoning), and it reports "
    "the signing as recent news. The Syrian Observer's article (src-syrian-observer-2020, published July "
    "2020: the Caesar Act 'went into force last month') reports the same signing by the same two officials.",
)

# Passages that back more than one claim.
_Q_AXIS = (
    "Mohammad Bagheri, Chief of Staff of the Iranian forces said “the people of the region, the axis "
    "of resistance, Iran and Syria are determined to develop and strengthen military, security and "
    "defense relations. The signed agreement reinforces our will and our determination to cooperate "
    "against the American pressure.”"
)
_Q_IRAN_AND_SYRIA_INK = "Iran and Syria Ink A Comprehensive Military Agreement"
_Q_THE_CHIEF_OF_STAFF = "the Chief of Staff for the Armed Forces of the Islamic Republic of Iran Mohammad Bagheri and Syrian Defense Minister Ali Abdullah Ayyoub has signed a comprehensive agreement"
_Q_HAS_SIGNED_A_COMPREHENSIVE = "has signed a comprehensive agreement on military cooperation between the two allies in the Syrian capital Damascus on 8th July"
_Q_SYRIAN_DEFENSE_MINISTER_ALI = "Syrian Defense Minister Ali Abdullah Ayyoub"
_Q_THERE_ARE_AS_MANY = "There are as many as 2,500 Iranian (Islamic Revolutionary Guard Corps) soldiers and 8,000 to 12,000 Shi’a foreign fighters of Hezbollah and other militia groups on the ground in Syria"

_RECORD_CLAIMS: tuple[Claim, ...] = (
    # ------------------------------------------------------------------ the agreement
    Claim(
        id="clm-ink20-kind",
        source=SOURCE.id,
        subject=AGR_2020,
        predicate=Predicate.KIND,
        value=AgreementKindValue(AgreementKind.MILITARY_COOPERATION),
        attribution=_OUTLET,
        quote="a comprehensive agreement on military cooperation between the two allies",
    ),
    Claim(
        id="clm-ink20-party-iran",
        source=SOURCE.id,
        subject=AGR_2020,
        predicate=Predicate.PARTY,
        value=ActorValue(IRAN),
        attribution=_OUTLET,
        quote=_Q_IRAN_AND_SYRIA_INK,
    ),
    Claim(
        id="clm-ink20-party-syria",
        source=SOURCE.id,
        subject=AGR_2020,
        predicate=Predicate.PARTY,
        value=ActorValue(SYRIA),
        attribution=_OUTLET,
        quote=_Q_IRAN_AND_SYRIA_INK,
    ),
    Claim(
        id="clm-ink20-signatory-bagheri",
        source=SOURCE.id,
        subject=AGR_2020,
        predicate=Predicate.SIGNATORY,
        value=ActorValue(BAGHERI, IRAN_CHIEF_OF_STAFF),
        attribution=_OUTLET,
        quote=_Q_THE_CHIEF_OF_STAFF,
    ),
    Claim(
        id="clm-ink20-signatory-ayyoub",
        source=SOURCE.id,
        subject=AGR_2020,
        predicate=Predicate.SIGNATORY,
        value=ActorValue(AYYOUB, SYRIA_DEFENCE_MINISTER),
        attribution=_OUTLET,
        quote=_Q_THE_CHIEF_OF_STAFF,
    ),
    Claim(
        id="clm-ink20-signing-date",
        source=SOURCE.id,
        subject=AGR_2020,
        predicate=Predicate.SIGNING_DATE,
        value=DateValue(FuzzyDate.parse("2020-07-08")),
        attribution=_OUTLET,
        quote=_Q_HAS_SIGNED_A_COMPREHENSIVE,
        inferences=(_YEAR_2020,),
    ),
    Claim(
        id="clm-ink20-signing-place",
        source=SOURCE.id,
        subject=AGR_2020,
        predicate=Predicate.SIGNING_PLACE,
        value=PlaceValue(DAMASCUS),
        attribution=_OUTLET,
        quote=_Q_HAS_SIGNED_A_COMPREHENSIVE,
    ),
    Claim(
        id="clm-ink20-provision-air-defence",
        source=SOURCE.id,
        subject=AGR_2020,
        predicate=Predicate.PROVISION,
        value=ProvisionValue(P2020_AIR_DEFENCE.id, "Iran will strengthen the Syrian air defense systems"),
        attribution=_OUTLET,
        quote="As per the signed agreement, Iran will strengthen the Syrian air defense systems",
    ),
    Claim(
        id="clm-ink20-provision-expand-cooperation",
        source=SOURCE.id,
        subject=AGR_2020,
        predicate=Predicate.PROVISION,
        value=ProvisionValue(
            P2020_EXPAND_COOPERATION.id, "the expansion of military and security cooperation"
        ),
        attribution=_OUTLET,
        quote="The agreement provides for the expansion of military and security cooperation",
    ),
    Claim(
        id="clm-ink20-provision-coordination",
        source=SOURCE.id,
        subject=AGR_2020,
        predicate=Predicate.PROVISION,
        value=ProvisionValue(
            P2020_COORDINATION.id,
            "the continuation of coordination between the Armed Forces of the two countries",
        ),
        attribution=_OUTLET,
        quote=(
            "The agreement provides for the expansion of military and security cooperation and the "
            "continuation of coordination between the Armed Forces of the two countries."
        ),
    ),
    # 'both sides agreed that the signing of the new agreement will help in developing the
    # defensive capabilities of both armies': an effect expected at the ceremony, not a clause;
    # it is the ceremony statement (clm-ink20-ceremony-statement-*), not a provision.
    # ------------------------------------------------------------------ names
    Claim(
        id="clm-ink20-bagheri-named-bagheri",
        source=SOURCE.id,
        subject=BAGHERI,
        predicate=Predicate.NAMED_AS,
        value=TextValue("Bagheri"),
        attribution=_OUTLET,
        quote="the Islamic Republic of Iran Mohammad Bagheri",
    ),
    Claim(
        id="clm-ink20-bagheri-named-baqeri",
        source=SOURCE.id,
        subject=BAGHERI,
        predicate=Predicate.NAMED_AS,
        value=TextValue("Baqeri"),
        attribution=_OUTLET,
        quote="Criticizing Turkey Major General Baqeri added",
        inferences=(
            Inference(
                "subject",
                "'Major General Baqeri' is Mohammad Bagheri: the sentence continues 'On his part, Mohammad "
                "Bagheri, Chief of Staff of the Iranian forces said' with 'added', and Bagheri is the only "
                "Major General named in the article.",
            ),
        ),
    ),
    Claim(
        id="clm-ink20-ayyoub-named-ali-abdullah-ayyoub",
        source=SOURCE.id,
        subject=AYYOUB,
        predicate=Predicate.NAMED_AS,
        value=TextValue("Ali Abdullah Ayyoub"),
        attribution=_OUTLET,
        quote=_Q_SYRIAN_DEFENSE_MINISTER_ALI,
    ),
    Claim(
        id="clm-ink20-ayyoub-named-abdullah-ayoub",
        source=SOURCE.id,
        subject=AYYOUB,
        predicate=Predicate.NAMED_AS,
        value=TextValue("Abdullah Ayoub"),
        attribution=_OUTLET,
        quote="Syrian Defense Minister General Abdullah Ayoub",
        inferences=(
            Inference(
                "subject",
                "'Syrian Defense Minister General Abdullah Ayoub' is taken to be the 'Syrian Defense "
                "Minister Ali Abdullah Ayyoub' who signed: same office, same event.",
            ),
            error_of_form(
                "Not a plain variant: the first name 'Ali' is dropped ('Abdullah' is his father's name, "
                "not his), and 'Ayyoub' is spelled 'Ayoub'."
            ),
        ),
    ),
    # ------------------------------------------------------------------ offices
    Claim(
        id="clm-ink20-bagheri-office-chief-of-staff",
        source=SOURCE.id,
        subject=BAGHERI,
        predicate=Predicate.HOLDS_OFFICE,
        value=ActorValue(BAGHERI, IRAN_CHIEF_OF_STAFF),
        attribution=_OUTLET,
        quote="the Chief of Staff for the Armed Forces of the Islamic Republic of Iran Mohammad Bagheri",
        point_in_time=FuzzyDate.parse("2020-07-08"),
        inferences=(Inference("point in time", _YEAR_2020.how),),
    ),
    Claim(
        id="clm-ink20-bagheri-office-chief-of-staff-caption",
        source=SOURCE.id,
        subject=BAGHERI,
        predicate=Predicate.HOLDS_OFFICE,
        value=ActorValue(BAGHERI, IRAN_CHIEF_OF_STAFF),
        attribution=_OUTLET,
        quote="Major General Mohammad Bagheri – Chief of Staff, Iranian Armed Forces",
    ),
    Claim(
        id="clm-ink20-bagheri-office-chief-of-staff-iranian-forces",
        source=SOURCE.id,
        subject=BAGHERI,
        predicate=Predicate.HOLDS_OFFICE,
        value=ActorValue(BAGHERI, IRAN_CHIEF_OF_STAFF),
        attribution=_OUTLET,
        quote="Mohammad Bagheri, Chief of Staff of the Iranian forces",
        inferences=(
            Inference(
                "position",
                "'Chief of Staff of the Iranian forces' omits 'Armed'; mapped to Chief of Staff of the "
                "Armed Forces, the office the article gives him in full in its first sentence.",
            ),
        ),
    ),
    Claim(
        id="clm-ink20-ayyoub-office-defence-minister",
        source=SOURCE.id,
        subject=AYYOUB,
        predicate=Predicate.HOLDS_OFFICE,
        value=ActorValue(AYYOUB, SYRIA_DEFENCE_MINISTER),
        attribution=_OUTLET,
        quote=_Q_SYRIAN_DEFENSE_MINISTER_ALI,
        point_in_time=FuzzyDate.parse("2020-07-08"),
        inferences=(Inference("point in time", _YEAR_2020.how),),
    ),
    # ------------------------------------------------------------------ statements
    # ------------------------------------------------------------------ context
    Claim(
        id="clm-ink20-iran-support-nine-years",
        source=SOURCE.id,
        subject=IRAN,
        predicate=Predicate.ASSERTION,
        value=TextValue(
            "has provided an unprecedented level of political, financial, cyber, and military support to "
            "the Assad regime for the past 9 years"
        ),
        attribution=_OUTLET,
        quote=(
            "For the past 9 years, Tehran has provided an unprecedented level of political, financial, "
            "cyber, and military support to the Assad regime."
        ),
        inferences=(Inference("subject", "'Tehran' is the article's metonym for Iran."),),
    ),
    Claim(
        id="clm-ink20-irgc-soldiers",
        source=SOURCE.id,
        subject=IRGC,
        predicate=Predicate.QUANTITY,
        value=QuantityValue("Iranian soldiers on the ground in Syria", high=2500),
        attribution=_OUTLET,
        quote=_Q_THERE_ARE_AS_MANY,
        inferences=(UNVERIFIED_FIGURE,),
    ),
    Claim(
        id="clm-ink20-shia-foreign-fighters",
        source=SOURCE.id,
        subject=SHIA_MILITIAS,
        predicate=Predicate.QUANTITY,
        value=QuantityValue(
            "Shi’a foreign fighters of Hezbollah and other militia groups on the ground in Syria",
            low=8000,
            high=12000,
        ),
        attribution=_OUTLET,
        quote=_Q_THERE_ARE_AS_MANY,
        inferences=(
            Inference(
                "subject",
                "The figure counts Hezbollah together with 'other militia groups' the article does not "
                "name: its subject is that group of groups (org-shia-foreign-militias-in-syria), not "
                "Hezbollah alone.",
            ),
            UNVERIFIED_FIGURE,
        ),
    ),
)

# ---------------------------------------------------------------------- events
_Q_MET = (
    "Prior to the signing of the agreement, the two sides met to discuss developments in Syria and the "
    "necessity for the exit of foreign troops who are illegally present in Syria without the consent of "
    "the Syrian government."
)
_Q_CEREMONY = (
    "In a statement read at the signing ceremony, both sides agreed that the signing of the new agreement "
    "will help in developing the defensive capabilities of both armies to face any foreign attacks."
)
_Q_ALLY = (
    "Iran has been a major ally of the Assad regime in its fight against the armed rebels and terror "
    "groups since 2011."
)
_Q_TURKEY = "Criticizing Turkey Major General Baqeri added"
_TWO_SIDES = Inference(
    "speakers", "'the two sides' are Iran and Syria, the 'two countries' of the first sentence."
)
_CEREMONY_READER = Attribution(
    AttributionKind.OFFICIAL,
    None,
    "a joint statement of the Iranian and Syrian sides read at the signing ceremony; the reader is not named",
)

EVENT_CLAIMS: tuple[Claim, ...] = (
    *reported(
        "clm-ink20-iran-rounds-of-discussion",
        SOURCE.id,
        ROUNDS_2020,
        "After several rounds of discussion between the two countries",
        _OUTLET,
        kind=EventKind.MEETING,
        participants=(ParticipantValue(IRAN, Role.ATTENDEE), ParticipantValue(SYRIA, Role.ATTENDEE)),
        concerns=(AGR_2020,),
        quotes={
            "concerns": (
                "After several rounds of discussion between the two countries, the Chief of Staff for the Armed "
                "Forces of the Islamic Republic of Iran Mohammad Bagheri and Syrian Defense Minister Ali "
                "Abdullah Ayyoub has signed a comprehensive agreement"
            )
        },
        inferences={
            "*": (
                Inference(
                    "two countries",
                    "'the two countries' are Iran and Syria, named in the headline 'Iran and Syria Ink A "
                    "Comprehensive Military Agreement'.",
                ),
            )
        },
    ),
    *reported(
        "clm-ink20-iran-met-on-foreign-troops",
        SOURCE.id,
        MEETING_BEFORE_SIGNING_2020,
        _Q_MET,
        _OUTLET,
        kind=EventKind.MEETING,
        participants=(ParticipantValue(IRAN, Role.ATTENDEE), ParticipantValue(SYRIA, Role.ATTENDEE)),
        concerns=(AGR_2020,),
        inferences={"*": (_TWO_SIDES,)},
    ),
    *(
        Claim(
            id=f"clm-ink20-foreign-troops-{name}",
            source=SOURCE.id,
            subject=FOREIGN_TROOPS_2020,
            predicate=Predicate.STATEMENT,
            value=StatementValue(
                speaker,
                "the necessity for the exit of foreign troops who are illegally present in Syria without the "
                "consent of the Syrian government",
                Wording.PARAPHRASED,
            ),
            attribution=_OUTLET,
            quote=_Q_MET,
            inferences=(_TWO_SIDES,),
        )
        for name, speaker in (("iran", IRAN), ("syria", SYRIA))
    ),
    *reported(
        "clm-ink20-foreign-troops",
        SOURCE.id,
        FOREIGN_TROOPS_2020,
        _Q_MET,
        _OUTLET,
        part_of=MEETING_BEFORE_SIGNING_2020,
        inferences={
            "part_of": (
                Inference(
                    "part of",
                    "The two sides 'met to discuss' it: what they said of it was said at that meeting.",
                ),
            )
        },
    ),
    *(
        Claim(
            id=f"clm-ink20-ceremony-statement-{name}",
            source=SOURCE.id,
            subject=CEREMONY_STATEMENT_2020,
            predicate=Predicate.STATEMENT,
            value=StatementValue(
                speaker,
                "the signing of the new agreement will help in developing the defensive capabilities of both "
                "armies to face any foreign attacks",
                Wording.PARAPHRASED,
            ),
            attribution=_CEREMONY_READER,
            quote=_Q_CEREMONY,
            inferences=(
                Inference("speakers", "'both sides' are Iran and Syria, the parties to the new agreement."),
            ),
        )
        for name, speaker in (("iran", IRAN), ("syria", SYRIA))
    ),
    *reported(
        "clm-ink20-ceremony-statement",
        SOURCE.id,
        CEREMONY_STATEMENT_2020,
        _Q_CEREMONY,
        _OUTLET,
        concerns=(AGR_2020,),
        part_of=SIGNING_2020,
    ),
    Claim(
        id="clm-ink20-bagheri-statement-air-defence",
        source=SOURCE.id,
        subject=BAGHERI_AIR_DEFENCE_2020,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            BAGHERI,
            "We will strengthen Syria’s air defense systems within the framework of strengthening military "
            "cooperation between the two countries",
        ),
        attribution=_BAGHERI,
        quote=(
            "“We will strengthen Syria’s air defense systems within the framework of strengthening military "
            "cooperation between the two countries”\n\n"
            "Major General Mohammad Bagheri – Chief of Staff, Iranian Armed Forces"
        ),
    ),
    Claim(
        id="clm-ink20-bagheri-statement-axis-of-resistance",
        source=SOURCE.id,
        subject=BAGHERI_WILL_2020,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            BAGHERI,
            "the people of the region, the axis of resistance, Iran and Syria are determined to develop and "
            "strengthen military, security and defense relations. The signed agreement reinforces our will "
            "and our determination to cooperate against the American pressure.",
        ),
        attribution=_BAGHERI,
        quote=_Q_AXIS,
    ),
    *reported(
        "clm-ink20-bagheri-statement-axis-of-resistance",
        SOURCE.id,
        BAGHERI_WILL_2020,
        _Q_AXIS,
        _BAGHERI,
        concerns=(AGR_2020,),
    ),
    Claim(
        id="clm-ink20-bagheri-statement-turkey",
        source=SOURCE.id,
        subject=BAGHERI_TURKEY_2020,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            BAGHERI,
            "Turkey is a little late in implementing its commitment to the Astana understandings to get "
            "terrorist groups out of Syria and must realize that the solution to any of its security problems "
            "is not by being on Syrian soil.",
        ),
        attribution=_BAGHERI,
        quote=(
            "Criticizing Turkey Major General Baqeri added that, “Turkey is a little late in implementing its "
            "commitment to the Astana understandings to get terrorist groups out of Syria and must realize "
            "that the solution to any of its security problems is not by being on Syrian soil.”"
        ),
        inferences=(
            Inference(
                "speaker",
                "'Major General Baqeri' is Mohammad Bagheri (a variant spelling; see "
                "clm-ink20-bagheri-named-baqeri).",
            ),
        ),
    ),
    *reported(
        "clm-ink20-bagheri-statement-turkey",
        SOURCE.id,
        BAGHERI_TURKEY_2020,
        _Q_TURKEY,
        _OUTLET,
        participants=(ParticipantValue(TURKEY, Role.TARGET),),
    ),
    Claim(
        id="clm-ink20-ayyoub-statement-cooperation-continues",
        source=SOURCE.id,
        subject=AYYOUB_COOPERATION_2020,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            AYYOUB,
            "Bilateral military and security cooperation will continue and it includes all fields despite "
            "the increasing pressures and threats",
        ),
        attribution=_AYYOUB,
        quote=(
            "“Bilateral military and security cooperation will continue and it includes all fields despite "
            "the increasing pressures and threats,” he said."
        ),
        inferences=(
            Inference(
                "speaker",
                "'he' is 'Syrian Defense Minister General Abdullah Ayoub', named in the sentence just before.",
            ),
        ),
    ),
    # Support since 2011, not forces since 2013 (001): two statements, both accepted.
    Claim(
        id="clm-ink20-iran-ally-since-2011",
        source=SOURCE.id,
        subject=IRAN,
        predicate=Predicate.ASSERTION,
        value=TextValue(
            "has been a major ally of the Assad regime in its fight against the armed rebels and terror "
            "groups since 2011"
        ),
        attribution=_OUTLET,
        quote=_Q_ALLY,
        inferences=(
            Inference(
                "reading",
                "Iran's support as an ally from 2011, not its forces in the war: the 2018 'Deepen Military "
                "Cooperation' article's 'Iranian forces have been involved in Syria’s civil war since 2013' "
                "dates the forces (the event-date of evt-iran-intervention-in-syria); the two do not conflict.",
            ),
        ),
    ),
    # ------------------------------------------------------------ ranks
    Claim(
        id="clm-ink20-bagheri-rank",
        source=SOURCE.id,
        subject=BAGHERI,
        predicate=Predicate.RANK,
        value=ActorValue(BAGHERI, IRAN_MAJOR_GENERAL),
        attribution=_OUTLET,
        quote="Major General Mohammad Bagheri – Chief of Staff, Iranian Armed Forces",
    ),
    Claim(
        id="clm-ink20-ayyoub-rank",
        source=SOURCE.id,
        subject=AYYOUB,
        predicate=Predicate.RANK,
        value=ActorValue(AYYOUB, SYRIA_GENERAL),
        attribution=_OUTLET,
        quote="Syrian Defense Minister General Abdullah Ayoub",
    ),
)

# ------------------------------------------------------------------ second pass (recall)
RECALL_CLAIMS: tuple[Claim, ...] = (
    Claim(
        id="clm-ink20-iran-support-years",
        source=SOURCE.id,
        subject=IRAN,
        predicate=Predicate.QUANTITY,
        value=QuantityValue("years of Iranian support to the Assad government", 9, 9, SOURCE.published),
        attribution=_OUTLET,
        quote="For the past 9 years, Tehran has provided",
        inferences=(
            Inference(
                "as-of date",
                "'the past 9 years' runs to the article's own time, which is its publication range "
                "(the source's publication date); with 'since 2011' in the sentence before, it dates the start of "
                "Iran's support to 2011 (its forces in the war date from 2013, in the 2018 'Deepen Military "
                "Cooperation' article: a different statement).",
            ),
        ),
    ),
)

# ------------------------------------------------------------------ second coding (issue #20)
# Facts a blind second encoding found that this one had missed.
REVIEW_CLAIMS: tuple[Claim, ...] = (
    Claim(
        id="clm-ink20-ayyoub-statement-firm-strategic-relations",
        source=SOURCE.id,
        subject=AYYOUB_COOPERATION_2020,
        predicate=Predicate.STATEMENT,
        value=StatementValue(
            AYYOUB, "described the Syrian-Iranian relation as firm strategic relations", Wording.PARAPHRASED
        ),
        attribution=_AYYOUB,
        quote=(
            "Syrian Defense Minister General Abdullah Ayoub described the Syrian-Iranian relation as firm "
            "strategic relations."
        ),
        inferences=(
            Inference(
                "event",
                "Said with 'Bilateral military and security cooperation will continue', in the next sentence "
                "('he said'): one remark.",
            ),
        ),
    ),
    *(
        Claim(
            id=f"clm-ink20-{name}-prevent-overthrow",
            source=SOURCE.id,
            subject=actor,
            predicate=Predicate.ASSERTION,
            value=TextValue(f"{what} on the ground in Syria to prevent the overthrow of the Assad regime"),
            attribution=_OUTLET,
            quote=quote,
        )
        for name, actor, what, quote in (
            (
                "irgc",
                IRGC,
                "has soldiers",
                _Q_THERE_ARE_AS_MANY + " to prevent the overthrow of the Assad regime",
            ),
            (
                "shia-militias",
                SHIA_MILITIAS,
                "has foreign fighters",
                "Shi’a foreign fighters of Hezbollah and other militia groups on the ground in Syria to prevent "
                "the overthrow of the Assad regime",
            ),
        )
    ),
)

CLAIMS: tuple[Claim, ...] = (*_RECORD_CLAIMS, *EVENT_CLAIMS, *RECALL_CLAIMS, *REVIEW_CLAIMS)
