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
# Named by no article, but implied by them: the office-holders that show an
# article's office or date wrong, and the economic agreement's formal signers.
ZARIF = "per-mohammad-javad-zarif"
MOALLEM = "per-walid-al-moallem"
AKHOUNDI = "per-abbas-akhoundi"
KHAMIS = "per-imad-khamis"
JAHANGIRI = "per-eshaq-jahangiri"

# Organisations
IRGC = "org-irgc"
HEZBOLLAH = "org-hezbollah"
# 'Hezbollah and other militia groups', counted together by one article: a group of groups.
SHIA_MILITIAS = "org-shia-foreign-militias-in-syria"
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
SYRIA_FOREIGN_MINISTER = Position("Minister of Foreign Affairs", SYRIA)
SYRIA_PRESIDENT = Position("President", SYRIA)
SYRIA_ECONOMY_MINISTER = Position("Minister of Economy and Foreign Trade", SYRIA)
SYRIA_PRIME_MINISTER = Position("Prime Minister", SYRIA)
IRAN_FIRST_VICE_PRESIDENT = Position("First Vice President", IRAN)
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


# Names in their own script are reference data: no article prints them.
_SCRIPT_NOTE = "{script} script, from the reference facts' spellings seen outside the articles"


def _span(start: str, end: str | None, reference: str) -> tuple[FuzzyDate, FuzzyDate | None, str]:
    return FuzzyDate.parse(start), FuzzyDate.parse(end) if end else None, reference


def _reference(position: Position, start: str, end: str | None, reference: str) -> OfficeHeld:
    begin, finish, ref = _span(start, end, reference)
    return OfficeHeld(position, begin, finish, SpanBasis.REFERENCE, ref)


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
        (
            Alias("Hatami"),
            Alias("Gen. Hatami"),
            Alias("Brig. Gen. Amir Hatami"),
            Alias("امیر حاتمی", _SCRIPT_NOTE.format(script="Persian")),
        ),
        (
            _reference(
                IRAN_DEFENCE_MINISTER,
                "2017-08-20",
                "2021-08-25",
                "Radio Farda / ISNA; DW (reference-facts.md): Minister of Defence from 20 August 2017 "
                "to 25 August 2021, succeeded by Mohammad-Reza Gharaei Ashtiani",
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
            Alias("محمد باقری", _SCRIPT_NOTE.format(script="Persian")),
        ),
        (
            _reference(
                IRAN_CHIEF_OF_STAFF,
                "2016-06-28",
                "2025-06-13",
                "Middle East Eye; NYT; AFP (reference-facts.md): Chief of Staff of the Armed Forces "
                "from 28 June 2016, replacing Hassan Firouzabadi, until he was killed on 13 June 2025",
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
            Alias(
                "Abdullah Ayyoub",
                "an error of form, not a variant: the first name 'Ali' dropped (The Media Line)",
            ),
            Alias(
                "Abdullah Ayoub",
                "an error of form, not a variant: the first name 'Ali' dropped, and spelled 'Ayoub' "
                "(the 2020 'Ink A Comprehensive Military Agreement' article)",
            ),
            Alias("Ayoub", "spelling in The Syrian Observer's 2020 article"),
            Alias("علي عبد الله أيوب", _SCRIPT_NOTE.format(script="Arabic")),
        ),
        (
            _reference(
                SYRIA_DEFENCE_MINISTER,
                "2018-01-01",
                "2022-04-28",
                "AFP; Reuters (reference-facts.md): Minister of Defence by decree of 1 January 2018, "
                "replacing Fahd Jassem al-Freij, until replaced by Ali Mahmoud Abbas on 28 April 2022",
            ),
        ),
        "Syrian general; Minister of Defence.",
    ),
    Actor(
        ASSAD,
        ActorKind.PERSON,
        "Bashar al-Assad",
        (Alias("Assad"), Alias("Bashar Assad"), Alias("Bashar Al-Assad"), Alias("Mr. Assad")),
        (
            _reference(
                SYRIA_PRESIDENT,
                "2000-07-17",
                None,
                "Middle East Monitor, 'Remembering Bashar Al-Assad becoming President of Syria' (17 July "
                "2020); Infoplease: President from 17 July 2000; still in office in 2020, when the last "
                "article was written (no end within the articles' time; not in reference-facts.md)",
            ),
        ),
        description="President of Syria.",
    ),
    Actor(
        AL_KHALIL,
        ActorKind.PERSON,
        "Mohammad Samer al-Khalil",
        offices=(
            _reference(
                SYRIA_ECONOMY_MINISTER,
                "2017-03-29",
                "2024-09-23",
                "Enab Baladi; SyriaIntel (reference-facts.md): Minister of Economy and Foreign Trade "
                "from 29 March 2017, replacing Adib Mayaleh, until moved to Industry on 23 September 2024",
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
                "ILNA; Press TV (reference-facts.md): caretaker from about 20 October 2018, after Abbas "
                "Akhoundi resigned, confirmed 27 October 2018; left in August 2021 (day unverified). "
                "Kept at month precision: the caretaker start is approximate",
            ),
        ),
    ),
    Actor(
        TRUMP,
        ActorKind.PERSON,
        "Donald Trump",
        (Alias("Trump"), Alias("Mr. Trump"), Alias("President Trump")),
    ),
    Actor(
        BOLTON,
        ActorKind.PERSON,
        "John Bolton",
        (Alias("Bolton"), Alias("Mr. Bolton")),
        (
            _reference(
                US_NATIONAL_SECURITY_ADVISER,
                "2018-04",
                "2019-09-10",
                "The Hill (December 2018) and the Australian Financial Review (11 September 2019): "
                "arrived in April 2018; CNN (10 September 2019): ousted on 10 September 2019; the day he "
                "started is not given (not in reference-facts.md)",
            ),
        ),
    ),
    Actor(PUTIN, ActorKind.PERSON, "Vladimir Putin", (Alias("Putin"), Alias("Mr. Putin"))),
    Actor(VIKTOROV, ActorKind.PERSON, "Anatoly Viktorov"),
    Actor(
        POMPEO,
        ActorKind.PERSON,
        "Mike Pompeo",
        offices=(
            _reference(
                US_SECRETARY_OF_STATE,
                "2018-04-26",
                None,
                "US State Department: sworn in as Secretary of State on 26 April 2018; ProPublica's guide "
                "of 16 January 2020 has him still in office (the end is not in these references, nor in "
                "reference-facts.md)",
            ),
        ),
    ),
    Actor(
        MATTIS,
        ActorKind.PERSON,
        "James Mattis",
        offices=(
            _reference(
                US_SECRETARY_OF_DEFENSE,
                "2017-01-20",
                "2018-12-31",
                "ProPublica, guide to Trump's cabinet turnover (16 January 2020): Secretary of Defense from "
                "20 January 2017 to 31 December 2018 (not in reference-facts.md)",
            ),
        ),
    ),
    Actor(FATHOLLAH_NEJAD, ActorKind.PERSON, "Ali Fathollah-Nejad", (Alias("Fathollah-Nejad"),)),
    Actor(
        ANONYMOUS_ANALYST,
        ActorKind.PERSON,
        "Anonymous Iranian analyst",
        description="An Iranian analyst based in Europe who spoke to The Media Line on condition of anonymity.",
    ),
    # ------------------------------------------------------------------ implied office-holders
    Actor(
        ZARIF,
        ActorKind.PERSON,
        "Mohammad Javad Zarif",
        (Alias("Zarif"),),
        offices=(
            _reference(
                IRAN_FOREIGN_MINISTER,
                "2013-08",
                "2021-08-25",
                "IFP News; DW (reference-facts.md): Minister of Foreign Affairs from August 2013, "
                "reconfirmed 20 August 2017, to 25 August 2021",
            ),
        ),
        description="Iran's foreign minister when the 'New Deal' article gave Hatami that office.",
    ),
    Actor(
        MOALLEM,
        ActorKind.PERSON,
        "Walid al-Moallem",
        (Alias("Moallem"), Alias("Walid Muallem")),
        offices=(
            _reference(
                SYRIA_FOREIGN_MINISTER,
                "2006-02",
                "2020-11-16",
                "Widely reported (reference-facts.md): Minister of Foreign Affairs from February 2006 "
                "(day unverified) until he died in office on 16 November 2020",
            ),
        ),
        description="Syria's foreign minister: the 'counterpart' of a foreign minister in 2018.",
    ),
    Actor(
        AKHOUNDI,
        ActorKind.PERSON,
        "Abbas Akhoundi",
        (Alias("Akhoundi"),),
        offices=(
            _reference(
                IRAN_ROADS_MINISTER,
                "2013-08",
                "2018-10",
                "ILNA (reference-facts.md): Minister of Roads and Urban Development from August 2013 "
                "until he resigned in October 2018",
            ),
        ),
        description="Iran's Minister of Roads on 30 January 2018, the date SANA reportedly gave.",
    ),
    Actor(
        KHAMIS,
        ActorKind.PERSON,
        "Imad Khamis",
        offices=(
            _reference(
                SYRIA_PRIME_MINISTER,
                "2016-06",
                "2020-06",
                "Widely reported (reference-facts.md): Prime Minister from June 2016 to June 2020; "
                "days unverified",
            ),
        ),
        description="Signed the long-term economic agreement for Syria on 28 January 2019.",
    ),
    Actor(
        JAHANGIRI,
        ActorKind.PERSON,
        "Eshaq Jahangiri",
        offices=(
            _reference(
                IRAN_FIRST_VICE_PRESIDENT,
                "2013-08",
                "2021-08",
                "Widely reported (reference-facts.md): First Vice President from August 2013 to "
                "August 2021; days unverified",
            ),
        ),
        description="Signed the long-term economic agreement for Iran on 28 January 2019.",
    ),
    # ------------------------------------------------------------------ organisations
    Actor(
        IRGC,
        ActorKind.ORGANISATION,
        "Islamic Revolutionary Guard Corps",
        (Alias("Revolutionary Guard"), Alias("IRGC")),
    ),
    Actor(HEZBOLLAH, ActorKind.ORGANISATION, "Hezbollah", (Alias("Hizbullah", "The Media Line's spelling"),)),
    Actor(
        SHIA_MILITIAS,
        ActorKind.ORGANISATION,
        "Hezbollah and other militias",
        description=(
            "The foreign Shi'a fighters 'of Hezbollah and other militia groups' that the 2020 'Ink A "
            "Comprehensive Military Agreement' article counts together; the other groups are not named."
        ),
    ),
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
