"""Every person, state, organisation and outlet that a claim needs.

Aliases list each spelling an article uses (the ``note`` says which). Office
spans that the articles do not state are reference data: each names the public
reference it comes from and is given only to the precision that reference is
certain of (month precision where the exact day is not needed). Offices whose
span we could not establish with confidence are left without a span, so the
office-holding rule reports them as 'unknown' rather than guessing.
"""

from __future__ import annotations

from iransyria.dates import FuzzyDate
from iransyria.models import Actor, ActorKind, Alias, OfficeHeld, Position, SpanBasis

# States
IRAN = "state-iran"
SYRIA = "state-syria"
USA = "state-usa"
ISRAEL = "state-israel"
RUSSIA = "state-russia"
TURKEY = "state-turkey"

# Persons
HATAMI = "per-amir-hatami"
BAGHERI = "per-mohammad-bagheri"
AYYOUB = "per-ali-abdullah-ayyoub"
ASSAD = "per-bashar-al-assad"
AL_KHALIL = "per-mohammad-samer-al-khalil"
ESLAMI = "per-mohammad-eslami"
TRUMP = "per-donald-trump"
BOLTON = "per-john-bolton"
PUTIN = "per-vladimir-putin"
VIKTOROV = "per-anatoly-viktorov"
POMPEO = "per-mike-pompeo"
MATTIS = "per-james-mattis"
FATHOLLAH_NEJAD = "per-ali-fathollah-nejad"
ANONYMOUS_ANALYST = "per-anonymous-iranian-analyst"

# Organisations
IRGC = "org-irgc"
HEZBOLLAH = "org-hezbollah"
ISLAMIC_STATE = "org-islamic-state"
BROOKINGS_DOHA = "org-brookings-doha-center"
SYRIAN_STATE_MEDIA = "org-syrian-state-media"
IRANIAN_STATE_MEDIA = "org-iranian-state-media"

# Outlets
TASNIM = "outlet-tasnim"
SANA = "outlet-sana"
ALSOURIA_NET = "outlet-alsouria-net"
SYRIAN_OBSERVER = "outlet-syrian-observer"
MEDIA_LINE = "outlet-media-line"

# Positions, as the dataset names them (the articles' wordings are claims).
IRAN_DEFENCE_MINISTER = Position("Minister of Defence", IRAN)
IRAN_FOREIGN_MINISTER = Position("Minister of Foreign Affairs", IRAN)
IRAN_CHIEF_OF_STAFF = Position("Chief of Staff of the Armed Forces", IRAN)
IRAN_ROADS_MINISTER = Position("Minister of Roads and Urban Development", IRAN)
SYRIA_DEFENCE_MINISTER = Position("Minister of Defence", SYRIA)
SYRIA_PRESIDENT = Position("President", SYRIA)
SYRIA_ECONOMY_MINISTER = Position("Minister of Economy and Foreign Trade", SYRIA)
US_PRESIDENT = Position("President", USA)
US_NATIONAL_SECURITY_ADVISER = Position("National Security Adviser", USA)
US_SECRETARY_OF_STATE = Position("Secretary of State", USA)
US_SECRETARY_OF_DEFENSE = Position("Secretary of Defense", USA)
RUSSIA_PRESIDENT = Position("President", RUSSIA)
RUSSIA_AMBASSADOR_TO_ISRAEL = Position("Ambassador to Israel", RUSSIA)
BROOKINGS_IRAN_EXPERT = Position("Iran expert", BROOKINGS_DOHA)

# Military ranks, as 'rank' claims give them (the position's 'of' is the state whose forces).
IRAN_BRIGADIER_GENERAL = Position("Brigadier General", IRAN)
IRAN_MAJOR_GENERAL = Position("Major General", IRAN)
SYRIA_GENERAL = Position("General", SYRIA)


def _span(start: str, end: str | None, reference: str) -> tuple[FuzzyDate, FuzzyDate | None, str]:
    return FuzzyDate.parse(start), FuzzyDate.parse(end) if end else None, reference


def _reference(position: Position, start: str, end: str | None, reference: str) -> OfficeHeld:
    begin, finish, ref = _span(start, end, reference)
    return OfficeHeld(position, begin, finish, SpanBasis.REFERENCE, ref)


def _unknown_span(position: Position, how: str) -> OfficeHeld:
    """An office the articles state, with no span we could establish."""
    return OfficeHeld(position, None, None, SpanBasis.STATED, how)


ACTORS: tuple[Actor, ...] = (
    # ------------------------------------------------------------------ states
    Actor(IRAN, ActorKind.STATE, "Iran", (Alias("Islamic Republic of Iran"), Alias("Tehran", "metonym"))),
    Actor(
        SYRIA,
        ActorKind.STATE,
        "Syria",
        (Alias("Syrian regime", "The Syrian Observer's usage"), Alias("Damascus", "metonym")),
    ),
    Actor(
        USA, ActorKind.STATE, "United States", (Alias("U.S."), Alias("US"), Alias("Washington", "metonym"))
    ),
    Actor(ISRAEL, ActorKind.STATE, "Israel", (Alias("Jerusalem", "metonym, as The Media Line uses it"),)),
    Actor(RUSSIA, ActorKind.STATE, "Russia", (Alias("Moscow", "metonym"),)),
    Actor(TURKEY, ActorKind.STATE, "Turkey"),
    # ------------------------------------------------------------------ persons
    Actor(
        HATAMI,
        ActorKind.PERSON,
        "Amir Hatami",
        (Alias("Hatami"), Alias("Gen. Hatami"), Alias("Brig. Gen. Amir Hatami")),
        (
            _reference(
                IRAN_DEFENCE_MINISTER,
                "2017-08",
                "2021-08",
                "Wikipedia, 'Amir Hatami': Minister of Defence and Armed Forces Logistics, "
                "August 2017 to August 2021 (Rouhani's second cabinet)",
            ),
        ),
        "Iranian brigadier general; Minister of Defence in the Rouhani government.",
    ),
    Actor(
        BAGHERI,
        ActorKind.PERSON,
        "Mohammad Bagheri",
        (
            Alias("Bagheri"),
            Alias("Baqeri", "spelling in the 2020 'Ink A Comprehensive Military Agreement' article"),
            Alias("Major General Mohammad Bagheri"),
            Alias("Maj. Gen. Mohammad Bagheri"),
        ),
        (
            _reference(
                IRAN_CHIEF_OF_STAFF,
                "2016-06",
                "2025-06",
                "Wikipedia, 'Mohammad Bagheri (commander)': Chief of Staff of the Armed Forces "
                "of Iran from June 2016 until his death in June 2025",
            ),
        ),
        "Iranian major general; Chief of Staff of the Armed Forces.",
    ),
    Actor(
        AYYOUB,
        ActorKind.PERSON,
        "Ali Abdullah Ayyoub",
        (
            Alias("Ayyoub"),
            Alias("Abdullah Ayyoub"),
            Alias("Abdullah Ayoub", "spelling in the 2020 'Ink A Comprehensive Military Agreement' article"),
            Alias("Ayoub", "spelling in The Syrian Observer's 2020 article"),
        ),
        (
            _reference(
                SYRIA_DEFENCE_MINISTER,
                "2018-01",
                "2022-04",
                "Wikipedia, 'Ali Abdullah Ayyoub': Minister of Defence of Syria from "
                "January 2018 to April 2022",
            ),
        ),
        "Syrian general; Minister of Defence.",
    ),
    Actor(
        ASSAD,
        ActorKind.PERSON,
        "Bashar al-Assad",
        (Alias("Assad"), Alias("Bashar Assad"), Alias("Bashar Al-Assad"), Alias("Mr. Assad")),
        description="President of Syria.",
    ),
    Actor(
        AL_KHALIL,
        ActorKind.PERSON,
        "Mohammad Samer al-Khalil",
        offices=(
            _unknown_span(
                SYRIA_ECONOMY_MINISTER,
                "The Syrian Observer's 2020 article gives the office; no span is encoded.",
            ),
        ),
    ),
    Actor(
        ESLAMI,
        ActorKind.PERSON,
        "Mohammad Eslami",
        offices=(
            _reference(
                IRAN_ROADS_MINISTER,
                "2018-10",
                "2021-08",
                "Wikipedia, 'Mohammad Eslami (politician)': Minister of Roads and Urban Development "
                "from October 2018, after Abbas Akhoundi's resignation, to August 2021",
            ),
        ),
    ),
    Actor(
        TRUMP,
        ActorKind.PERSON,
        "Donald Trump",
        (Alias("Trump"), Alias("Mr. Trump"), Alias("President Trump")),
    ),
    Actor(BOLTON, ActorKind.PERSON, "John Bolton", (Alias("Bolton"), Alias("Mr. Bolton"))),
    Actor(PUTIN, ActorKind.PERSON, "Vladimir Putin", (Alias("Putin"), Alias("Mr. Putin"))),
    Actor(VIKTOROV, ActorKind.PERSON, "Anatoly Viktorov"),
    Actor(POMPEO, ActorKind.PERSON, "Mike Pompeo"),
    Actor(MATTIS, ActorKind.PERSON, "James Mattis"),
    Actor(FATHOLLAH_NEJAD, ActorKind.PERSON, "Ali Fathollah-Nejad", (Alias("Fathollah-Nejad"),)),
    Actor(
        ANONYMOUS_ANALYST,
        ActorKind.PERSON,
        "Anonymous Iranian analyst",
        description="An Iranian analyst based in Europe who spoke to The Media Line on condition of anonymity.",
    ),
    # ------------------------------------------------------------------ organisations
    Actor(
        IRGC,
        ActorKind.ORGANISATION,
        "Islamic Revolutionary Guard Corps",
        (Alias("Revolutionary Guard"), Alias("IRGC")),
    ),
    Actor(HEZBOLLAH, ActorKind.ORGANISATION, "Hezbollah", (Alias("Hizbullah", "The Media Line's spelling"),)),
    Actor(ISLAMIC_STATE, ActorKind.ORGANISATION, "Islamic State"),
    Actor(BROOKINGS_DOHA, ActorKind.ORGANISATION, "Brookings Doha Center"),
    Actor(
        SYRIAN_STATE_MEDIA,
        ActorKind.ORGANISATION,
        "Syrian state media",
        (Alias("Syrian state-linked media"), Alias("the regime's media")),
        description="Syrian state or state-linked media, unnamed in the articles.",
    ),
    Actor(
        IRANIAN_STATE_MEDIA,
        ActorKind.ORGANISATION,
        "Iranian state media",
        description="Iranian state media, unnamed in the articles.",
    ),
    # ------------------------------------------------------------------ outlets
    Actor(
        TASNIM,
        ActorKind.OUTLET,
        "Tasnim News Agency",
        (Alias("Tasnim"),),
        description="Iran's semiofficial news agency.",
        voice_of=IRANIAN_STATE_MEDIA,
    ),
    Actor(
        SANA,
        ActorKind.OUTLET,
        "SANA",
        (Alias("Syrian Arab News Agency"),),
        description="Syria's state news agency.",
        voice_of=SYRIAN_STATE_MEDIA,
    ),
    Actor(
        ALSOURIA_NET,
        ActorKind.OUTLET,
        "Alsouria Net",
        description="Syrian news site; origin of The Syrian Observer's 2020 translation.",
    ),
    Actor(SYRIAN_OBSERVER, ActorKind.OUTLET, "The Syrian Observer"),
    Actor(MEDIA_LINE, ActorKind.OUTLET, "The Media Line"),
)
