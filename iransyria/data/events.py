"""The happenings the articles report, each one record however many articles report it.

Each field of an event here is backed by accepted claims in the article
modules (rule IS901), as an agreement's fields are; a signing takes its date,
place and signatories from its agreement's record. :func:`reported` writes the
claims by which one source reports one event, so that an article module says
in one call what its passage gives: the kind, the date, the place, who took
part in what role, the agreement concerned and the event it was part of.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from iransyria.data.actors import (
    AL_KHALIL,
    ANONYMOUS_ANALYST,
    ASSAD,
    AYYOUB,
    BAGHERI,
    BOLTON,
    ESLAMI,
    FATHOLLAH_NEJAD,
    HATAMI,
    HEZBOLLAH,
    IRAN,
    IRAN_CHIEF_OF_STAFF,
    IRAN_DEFENCE_MINISTER,
    IRAN_ROADS_MINISTER,
    ISLAMIC_STATE,
    ISRAEL,
    MEDIA_LINE,
    PUTIN,
    RUSSIA,
    SYRIA,
    SYRIA_DEFENCE_MINISTER,
    SYRIA_ECONOMY_MINISTER,
    SYRIA_PRESIDENT,
    TRUMP,
    TURKEY,
    US_PRESIDENT,
    USA,
    VIKTOROV,
)
from iransyria.data.agreements import AGR_2018, AGR_2020, AGR_ECONOMIC, DAMASCUS
from iransyria.dates import FuzzyDate
from iransyria.models import (
    Attribution,
    Claim,
    DateValue,
    Event,
    EventKind,
    EventKindValue,
    Inference,
    Participant,
    ParticipantValue,
    PlaceValue,
    Predicate,
    RecordValue,
    Role,
)

__all__ = ["EVENTS", "reported"]

SYRIA_PLACE = "Syria"

# ---------------------------------------------------------------- the 2018 agreement
VISIT_2018 = "evt-2018-08-hatami-visit-damascus"
MEETINGS_2018 = "evt-2018-08-damascus-meetings"
SIGNING_2018 = "evt-2018-08-military-signing"
ANNOUNCEMENT_2018 = "evt-2018-08-iran-announces-deal"
REAFFIRMATION_2018 = "evt-2018-08-long-term-cooperation-reaffirmed"
HATAMI_TIES_2018 = "evt-2018-08-hatami-on-ties"
HATAMI_RECONSTRUCTION_2018 = "evt-2018-08-hatami-on-reconstruction"
HATAMI_NO_THIRD_PARTY_2018 = "evt-2018-08-hatami-no-third-party"
HATAMI_PRESENCE_2018 = "evt-2018-08-hatami-on-presence"
AYYOUB_RELATIONS_2018 = "evt-2018-08-ayyoub-on-outside-powers"
ANALYST_2018 = "evt-2018-08-anonymous-analyst-interview"
FATHOLLAH_NEJAD_2018 = "evt-2018-08-fathollah-nejad-interview"
IRAN_CAPABILITIES_2018 = "evt-2018-08-iran-claims-new-capabilities"
# ---------------------------------------------------------------- the 2020 agreement
VISIT_2020 = "evt-2020-07-bagheri-visit-damascus"
TALKS_2020 = "evt-2020-07-damascus-talks"
MEETING_BEFORE_SIGNING_2020 = "evt-2020-07-meeting-before-signing"
ROUNDS_2020 = "evt-2020-rounds-of-discussion"
SIGNING_2020 = "evt-2020-07-military-signing"
CEREMONY_STATEMENT_2020 = "evt-2020-07-signing-ceremony-statement"
FOREIGN_TROOPS_2020 = "evt-2020-07-foreign-troops-must-leave"
BAGHERI_AIR_DEFENCE_2020 = "evt-2020-07-bagheri-on-air-defence"
BAGHERI_WILL_2020 = "evt-2020-07-bagheri-on-american-pressure"
BAGHERI_TURKEY_2020 = "evt-2020-07-bagheri-on-turkey"
AYYOUB_COOPERATION_2020 = "evt-2020-07-ayyoub-cooperation-continues"
AYYOUB_STEADFASTNESS_2020 = "evt-2020-07-ayyoub-on-steadfastness"
AYYOUB_CAESAR_2020 = "evt-2020-07-ayyoub-on-caesar-act"
# ---------------------------------------------------------------- the economic agreement
ECONOMIC_INITIALLING = "evt-2018-12-economic-initialling"
# ---------------------------------------------------------------- the context
CIVIL_WAR = "evt-2011-syrian-civil-war"
IRAN_INTERVENTION = "evt-iran-intervention-in-syria"
RUSSIA_INTERVENTION = "evt-2015-russian-intervention-in-syria"
ISRAEL_STRIKES_2018 = "evt-2018-05-israeli-strikes-in-syria"
ISRAEL_STRIKES_DAMAGE_2018 = "evt-2018-israel-on-strike-damage"
ISRAEL_AIRSTRIKES = "evt-israeli-airstrikes-against-hezbollah-arms"
ISRAEL_WONT_TOLERATE = "evt-israel-will-not-tolerate-iran-in-syria"
NUCLEAR_WITHDRAWAL_2018 = "evt-2018-05-us-leaves-nuclear-deal"
SANCTIONS_2018 = "evt-2018-us-reimposes-sanctions"
DEMANDS_2018 = "evt-2018-us-israel-demand-iran-leave-syria"
CONDEMNATION_2018 = "evt-2018-us-israel-condemn-iranian-involvement"
BOLTON_2018 = "evt-2018-08-bolton-on-putin"
PUTIN_TRUMP_2018 = "evt-2018-putin-trump-conversation"
VIKTOROV_2018 = "evt-2018-07-viktorov-interview"
RUSSIA_WONT_EVICT = "evt-russia-will-not-evict-iran"
RUSSIA_BUFFER = "evt-russia-offers-buffer-zone"
ASSAD_NOT_NEGOTIABLE = "evt-assad-presence-not-negotiable"
CAESAR_ACT_2020 = "evt-2020-06-caesar-act-in-force"


def _speaker(actor: str) -> Participant:
    return Participant(actor, Role.SPEAKER)


def _statement(
    id: str,
    title: str,
    speakers: Sequence[str],
    *,
    date: str | None = None,
    others: Sequence[Participant] = (),
    agreements: Sequence[str] = (),
    part_of: str | None = None,
    kind: EventKind = EventKind.STATEMENT,
) -> Event:
    return Event(
        id=id,
        kind=kind,
        title=title,
        date=None if date is None else FuzzyDate.parse(date),
        participants=(*(_speaker(s) for s in speakers), *others),
        agreements=tuple(agreements),
        part_of=part_of,
    )


EVENTS: tuple[Event, ...] = (
    # ------------------------------------------------------------ August 2018: Hatami in Damascus
    Event(
        id=VISIT_2018,
        kind=EventKind.VISIT,
        title="Amir Hatami's two-day visit to Damascus (August 2018)",
        date=FuzzyDate.parse("2018-08-26/2018-08-27"),
        place=DAMASCUS,
        participants=(Participant(HATAMI, Role.VISITOR, IRAN_DEFENCE_MINISTER),),
        agreements=(AGR_2018,),
    ),
    Event(
        id=MEETINGS_2018,
        kind=EventKind.MEETING,
        title="Meetings of the Iranian and Syrian defence ministers and President Assad (August 2018)",
        date=FuzzyDate.parse("2018-08-26"),
        place=DAMASCUS,
        participants=(
            Participant(HATAMI, Role.ATTENDEE, IRAN_DEFENCE_MINISTER),
            Participant(AYYOUB, Role.ATTENDEE, SYRIA_DEFENCE_MINISTER),
            Participant(ASSAD, Role.ATTENDEE, SYRIA_PRESIDENT),
        ),
        agreements=(AGR_2018,),
        part_of=VISIT_2018,
    ),
    Event(
        id=SIGNING_2018,
        kind=EventKind.SIGNING,
        title="Signing of the Iran–Syria military cooperation agreement (August 2018)",
        date=FuzzyDate.parse("2018-08-26/2018-08-27"),
        place=DAMASCUS,
        participants=(
            Participant(HATAMI, Role.SIGNATORY, IRAN_DEFENCE_MINISTER),
            Participant(AYYOUB, Role.SIGNATORY, SYRIA_DEFENCE_MINISTER),
        ),
        agreements=(AGR_2018,),
        part_of=VISIT_2018,
    ),
    _statement(
        ANNOUNCEMENT_2018,
        "Iran announces the deal with Syria (Tasnim)",
        (IRAN,),
        date="2018-08-27",
        agreements=(AGR_2018,),
    ),
    _statement(
        REAFFIRMATION_2018,
        "Iran and Syria reaffirm the need for long-term cooperation (Syrian state-linked media)",
        (IRAN, SYRIA),
        part_of=MEETINGS_2018,
    ),
    _statement(HATAMI_TIES_2018, "Hatami dismisses 'rumors' about Iran–Syria ties (Tasnim)", (HATAMI,)),
    _statement(
        HATAMI_RECONSTRUCTION_2018, "Hatami on Syria's reconstruction and Iran's private sector", (HATAMI,)
    ),
    _statement(HATAMI_NO_THIRD_PARTY_2018, "Hatami: 'No third party can affect' Iran's presence", (HATAMI,)),
    _statement(
        HATAMI_PRESENCE_2018,
        "Hatami on what the agreement will define",
        (HATAMI,),
        agreements=(AGR_2018,),
    ),
    _statement(AYYOUB_RELATIONS_2018, "Ayyoub warns outside powers off Iran–Syria relations", (AYYOUB,)),
    _statement(
        ANALYST_2018,
        "An anonymous Iranian analyst on the pact, to The Media Line",
        (ANONYMOUS_ANALYST,),
        others=(Participant(MEDIA_LINE, Role.AUDIENCE),),
    ),
    _statement(
        FATHOLLAH_NEJAD_2018,
        "Ali Fathollah-Nejad on the accord, to The Media Line",
        (FATHOLLAH_NEJAD,),
        others=(Participant(MEDIA_LINE, Role.AUDIENCE),),
    ),
    _statement(
        IRAN_CAPABILITIES_2018,
        "Iran claims new warplane and short-range missile capabilities",
        (IRAN,),
        date="2018-08/2018-09-01",
    ),
    # ------------------------------------------------------------ July 2020: Bagheri in Damascus
    Event(
        id=VISIT_2020,
        kind=EventKind.VISIT,
        title="Mohammad Bagheri heads a military delegation to Damascus (July 2020)",
        date=FuzzyDate.parse("2020-07"),
        place=DAMASCUS,
        participants=(Participant(BAGHERI, Role.VISITOR, IRAN_CHIEF_OF_STAFF),),
        agreements=(AGR_2020,),
    ),
    # Two happenings, kept apart: the talks at which Bagheri spoke of 'the signed agreement'
    # (The Syrian Observer), and the meeting 'prior to the signing' on foreign troops (002).
    Event(
        id=TALKS_2020,
        kind=EventKind.MEETING,
        title="Bagheri's talks with Ayyoub, with remarks on the signed agreement (July 2020)",
        participants=(
            Participant(BAGHERI, Role.ATTENDEE),
            Participant(AYYOUB, Role.ATTENDEE),
        ),
        part_of=VISIT_2020,
    ),
    Event(
        id=MEETING_BEFORE_SIGNING_2020,
        kind=EventKind.MEETING,
        title="Iran and Syria meet on foreign troops before the signing (July 2020)",
        participants=(
            Participant(IRAN, Role.ATTENDEE),
            Participant(SYRIA, Role.ATTENDEE),
        ),
        agreements=(AGR_2020,),
    ),
    Event(
        id=ROUNDS_2020,
        kind=EventKind.MEETING,
        title="Rounds of discussion between Iran and Syria before the 2020 agreement",
        participants=(Participant(IRAN, Role.ATTENDEE), Participant(SYRIA, Role.ATTENDEE)),
        agreements=(AGR_2020,),
    ),
    Event(
        id=SIGNING_2020,
        kind=EventKind.SIGNING,
        title="Signing of the Iran–Syria comprehensive military agreement (July 2020)",
        date=FuzzyDate.parse("2020-07-08"),
        place=DAMASCUS,
        participants=(
            Participant(BAGHERI, Role.SIGNATORY, IRAN_CHIEF_OF_STAFF),
            Participant(AYYOUB, Role.SIGNATORY, SYRIA_DEFENCE_MINISTER),
        ),
        agreements=(AGR_2020,),
        part_of=VISIT_2020,
    ),
    _statement(
        CEREMONY_STATEMENT_2020,
        "Joint statement read at the 2020 signing ceremony",
        (IRAN, SYRIA),
        agreements=(AGR_2020,),
        part_of=SIGNING_2020,
    ),
    _statement(
        FOREIGN_TROOPS_2020,
        "Iran and Syria on the exit of foreign troops from Syria",
        (IRAN, SYRIA),
        part_of=MEETING_BEFORE_SIGNING_2020,
    ),
    _statement(
        BAGHERI_AIR_DEFENCE_2020,
        "Bagheri: Iran will strengthen Syria's air defence",
        (BAGHERI,),
        part_of=TALKS_2020,
    ),
    _statement(
        BAGHERI_WILL_2020,
        "Bagheri: the agreement strengthens the will to cooperate against American pressure",
        (BAGHERI,),
        agreements=(AGR_2020,),
        part_of=TALKS_2020,
    ),
    _statement(
        BAGHERI_TURKEY_2020,
        "Bagheri criticises Turkey over the Astana understandings",
        (BAGHERI,),
        others=(Participant(TURKEY, Role.TARGET),),
    ),
    _statement(AYYOUB_COOPERATION_2020, "Ayyoub: military cooperation will continue", (AYYOUB,)),
    _statement(AYYOUB_STEADFASTNESS_2020, "Ayyoub on steadfastness against the United States", (AYYOUB,)),
    _statement(AYYOUB_CAESAR_2020, "Ayyoub on the Caesar Act", (AYYOUB,)),
    # ------------------------------------------------------------ the economic agreement's initialling
    # Its date and place are the reference's (ref-economic-initialled): the one article that
    # reports it dates it 'Jan. 30, 2018', refuted (clm-syrobs20-econ-initialling-date).
    Event(
        id=ECONOMIC_INITIALLING,
        kind=EventKind.INITIALLING,
        title="Initialling of the Iran–Syria long-term economic cooperation agreement (December 2018)",
        date=FuzzyDate.parse("2018-12-30"),
        place="Tehran",
        participants=(
            Participant(AL_KHALIL, Role.SIGNATORY, SYRIA_ECONOMY_MINISTER),
            Participant(ESLAMI, Role.SIGNATORY, IRAN_ROADS_MINISTER),
        ),
        agreements=(AGR_ECONOMIC,),
    ),
    # ------------------------------------------------------------ the war and the powers in it
    Event(
        id=CIVIL_WAR,
        kind=EventKind.WAR,
        title="Syria's civil war",
        date=FuzzyDate.parse("2011"),
        place=SYRIA_PLACE,
        participants=(
            Participant(SYRIA, Role.BELLIGERENT),
            Participant(RUSSIA, Role.BELLIGERENT),
            Participant(HEZBOLLAH, Role.BELLIGERENT),
            Participant(ISLAMIC_STATE, Role.BELLIGERENT),
        ),
    ),
    Event(
        id=IRAN_INTERVENTION,
        kind=EventKind.INTERVENTION,
        title="Iranian forces in Syria's civil war (from 2013)",
        # 001 dates Iran's forces to 2013; 002's 'since 2011' is its support as an ally (an
        # assertion, clm-ink20-iran-ally-since-2011), not a rival date for this event.
        date=FuzzyDate.parse("2013"),
        participants=(Participant(IRAN, Role.AGENT), Participant(ASSAD, Role.SUPPORTED)),
        part_of=CIVIL_WAR,
    ),
    Event(
        id=RUSSIA_INTERVENTION,
        kind=EventKind.INTERVENTION,
        title="Russia's intervention in Syria's civil war",
        date=FuzzyDate.parse("2015"),
        participants=(Participant(RUSSIA, Role.AGENT), Participant(ASSAD, Role.SUPPORTED)),
        part_of=CIVIL_WAR,
    ),
    Event(
        id=ISRAEL_STRIKES_2018,
        kind=EventKind.MILITARY_STRIKE,
        title="Israeli missile strikes on Iranian targets in Syria (May 2018)",
        date=FuzzyDate.parse("2018-05"),
        place=SYRIA_PLACE,
        participants=(Participant(ISRAEL, Role.AGENT), Participant(IRAN, Role.TARGET)),
    ),
    Event(
        id=ISRAEL_AIRSTRIKES,
        kind=EventKind.MILITARY_STRIKE,
        title="Dozens of Israeli airstrikes in Syria against arms bound for Hezbollah",
        place=SYRIA_PLACE,
        participants=(Participant(ISRAEL, Role.AGENT), Participant(HEZBOLLAH, Role.TARGET)),
    ),
    _statement(
        ISRAEL_WONT_TOLERATE,
        "Israel: it will not tolerate Iran's meddling in Syria",
        (ISRAEL,),
        others=(Participant(IRAN, Role.TARGET),),
    ),
    _statement(
        ISRAEL_STRIKES_DAMAGE_2018, "Israeli officials on what the May 2018 strikes destroyed", (ISRAEL,)
    ),
    Event(
        id=NUCLEAR_WITHDRAWAL_2018,
        kind=EventKind.WITHDRAWAL,
        title="The United States withdraws from the Iran nuclear deal (May 2018)",
        date=FuzzyDate.parse("2018-05"),
        participants=(Participant(TRUMP, Role.AGENT, US_PRESIDENT), Participant(USA, Role.AGENT)),
    ),
    Event(
        id=SANCTIONS_2018,
        kind=EventKind.SANCTIONS,
        title="The United States starts reimposing sanctions on Iran (2018)",
        date=FuzzyDate.parse("2018-05/2018-08-27"),
        participants=(Participant(TRUMP, Role.AGENT), Participant(IRAN, Role.TARGET)),
    ),
    _statement(
        DEMANDS_2018,
        "The United States and Israel demand that Iran's forces leave Syria",
        (USA, ISRAEL),
        others=(Participant(IRAN, Role.TARGET),),
        kind=EventKind.DEMAND,
    ),
    _statement(
        CONDEMNATION_2018,
        "The United States and Israel condemn increased Iranian involvement in Syria",
        (USA, ISRAEL),
        others=(Participant(IRAN, Role.TARGET),),
        kind=EventKind.CONDEMNATION,
    ),
    _statement(
        BOLTON_2018, "Bolton recounts Putin's view of Iran in Syria", (BOLTON,), date="2018-08-20/2018-08-26"
    ),
    Event(
        id=PUTIN_TRUMP_2018,
        kind=EventKind.MEETING,
        title="A conversation between Putin and Trump, as Bolton recounted it",
        participants=(Participant(PUTIN, Role.ATTENDEE), Participant(TRUMP, Role.ATTENDEE)),
    ),
    _statement(
        VIKTOROV_2018,
        "Anatoly Viktorov tells Israeli media of Iran's role in Syria (July 2018)",
        (VIKTOROV,),
        date="2018-07",
    ),
    _statement(RUSSIA_WONT_EVICT, "Russia's ambassador to Israel: Russia won't evict Iran", (VIKTOROV,)),
    _statement(RUSSIA_BUFFER, "Russia offers to keep Iran back from Israel's border", (RUSSIA,)),
    _statement(ASSAD_NOT_NEGOTIABLE, "Assad: Iran's presence in Syria is not negotiable", (ASSAD,)),
    Event(
        id=CAESAR_ACT_2020,
        kind=EventKind.LAW_IN_FORCE,
        title="The United States' Caesar Act goes into force (June 2020)",
        date=FuzzyDate.parse("2020-06"),
        participants=(Participant(USA, Role.AGENT),),
    ),
)


def _slug(id: str) -> str:
    return id.split("-", 1)[1]


def reported(
    id: str,
    source: str,
    event: str,
    quote: str,
    attribution: Attribution,
    *,
    kind: EventKind | None = None,
    date: FuzzyDate | None = None,
    place: str | None = None,
    participants: Sequence[ParticipantValue] = (),
    concerns: Sequence[str] = (),
    part_of: str | None = None,
    inferences: Mapping[str, Sequence[Inference]] | None = None,
    quotes: Mapping[str, str] | None = None,
) -> tuple[Claim, ...]:
    """The claims by which one source reports one event, all from one passage.

    Ids: ``id`` for the kind, ``id-date``, ``id-place``, ``id-<actor>`` per
    participant (the actor id without its prefix), ``id-concerns`` and
    ``id-part-of``. ``inferences`` and ``quotes`` are keyed by ``kind``,
    ``date``, ``place``, the participant's actor id, ``concerns`` and
    ``part_of``; ``"*"`` in ``inferences`` applies to every claim.
    """
    notes = dict(inferences or {})
    words = dict(quotes or {})

    def claim(suffix: str, key: str, predicate: Predicate, value: object) -> Claim:
        return Claim(
            id=id + suffix,
            source=source,
            subject=event,
            predicate=predicate,
            value=value,  # type: ignore[arg-type]
            attribution=attribution,
            quote=words.get(key, quote),
            inferences=(*notes.get("*", ()), *notes.get(key, ())),
        )

    found: list[Claim] = []
    if kind is not None:
        found.append(claim("", "kind", Predicate.EVENT_KIND, EventKindValue(kind)))
    if date is not None:
        found.append(claim("-date", "date", Predicate.EVENT_DATE, DateValue(date)))
    if place is not None:
        found.append(claim("-place", "place", Predicate.EVENT_PLACE, PlaceValue(place)))
    for participant in participants:
        found.append(
            claim(f"-{_slug(participant.actor)}", participant.actor, Predicate.PARTICIPANT, participant)
        )
    for agreement in concerns:
        found.append(claim("-concerns", "concerns", Predicate.CONCERNS, RecordValue(agreement)))
    if part_of is not None:
        found.append(claim("-part-of", "part_of", Predicate.PART_OF, RecordValue(part_of)))
    return tuple(found)
