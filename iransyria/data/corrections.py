"""Corrections: the publisher's own, and this dataset's editorial resolutions.

A correction never deletes the claim it corrects: the claim stays, refuted or
superseded, and the correction says what was wrong, what is right, and why,
citing the words of the sources that show it.
"""

from __future__ import annotations

from iransyria.data.actors import (
    IRAN_DEFENCE_MINISTER,
    IRAN_FIRST_VICE_PRESIDENT,
    IRAN_FOREIGN_MINISTER,
    IRAN_ROADS_MINISTER,
    SYRIA_DEFENCE_MINISTER,
    SYRIA_ECONOMY_MINISTER,
    SYRIA_FOREIGN_MINISTER,
    SYRIA_PRIME_MINISTER,
)
from iransyria.models import Correction, CorrectionKind, Evidence

CORRECTIONS: tuple[Correction, ...] = (
    Correction(
        id="cor-hatami-not-foreign-minister",
        kind=CorrectionKind.EDITORIAL,
        target="clm-newdeal18-hatami-foreign-minister",
        before=f"Amir Hatami, Iran's {IRAN_FOREIGN_MINISTER.title}",
        after=f"Amir Hatami, Iran's {IRAN_DEFENCE_MINISTER.title}",
        reason=(
            "The 'New Deal' article calls Hatami Iran's Foreign Minister. Three other articles, "
            "two of them independent of each other, call him the defence minister at the same "
            "visit, and reference data has him Minister of Defence from August 2017 to August "
            "2021 (Wikipedia, 'Amir Hatami'); Iran's foreign minister then was Mohammad Javad "
            "Zarif. The office is misnamed; the visit and the deal it reports stand."
        ),
        evidence=(
            Evidence(
                "src-unknown-2018-deepen-cooperation", "Iranian defense minister Brig. Gen. Amir Hatami"
            ),
            Evidence("src-media-line-2018", "Iranian Defense Minister Amir Hatami"),
            Evidence("src-syrian-observer-2020", "the Iranian Minister of Defense, Amir Hatami"),
        ),
    ),
    Correction(
        id="cor-deepen18-iranian-not-syrian-companies",
        kind=CorrectionKind.PUBLISHER,
        target="clm-deepen18-syrian-companies-real-estate",
        replacement="clm-deepen18-iranian-companies-real-estate",
        before="Syrian companies have purchased some real estate in Syria",
        after="Iranian companies have purchased some real estate in Syria",
        reason=(
            "The publisher's 'Corrections & Amplifications' notice: 'Iranian companies have "
            "purchased some real estate in Syria. A previous version of this Aug. 27 article said "
            "that Syrian companies had done so.'"
        ),
        source="src-unknown-2018-deepen-cooperation",
        by=None,
        date=None,  # the notice is undated; it was issued on or after 27 August 2018
        evidence=(
            Evidence(
                "src-unknown-2018-deepen-cooperation",
                "A previous version of this Aug. 27 article said that Syrian companies had done so.",
            ),
        ),
    ),
    Correction(
        id="cor-newdeal18-counterpart-was-defence-minister",
        kind=CorrectionKind.EDITORIAL,
        target="clm-newdeal18-meetings-counterpart",
        replacement="clm-medialine18-meetings-ali-abdullah-ayyoub",
        before=f"Hatami met his counterpart, Syria's {SYRIA_FOREIGN_MINISTER.title}",
        after=f"Hatami met his counterpart, Syria's {SYRIA_DEFENCE_MINISTER.title}, Ali Abdullah Ayyoub",
        reason=(
            "The 'New Deal' article has Hatami, whom it calls Foreign Minister, meet 'his "
            "counterpart', which makes the counterpart Syria's foreign minister. Hatami was the "
            "defence minister (cor-hatami-not-foreign-minister), and the other reports of the same "
            "meetings have him meet Syria's defence minister."
        ),
        evidence=(
            Evidence(
                "src-unknown-2018-deepen-cooperation", "meetings Sunday between their defense ministers"
            ),
            Evidence(
                "src-media-line-2018", "The Iranian defense minister met with his counterpart in Damascus"
            ),
        ),
    ),
    Correction(
        id="cor-eslami-not-minister-in-january-2018",
        kind=CorrectionKind.EDITORIAL,
        target="clm-syrobs20-eslami-office",
        before="Mohammad Eslami, Iran's Minister of Roads and Urban Development on 30 January 2018",
        after="Abbas Akhoundi, Iran's Minister of Roads and Urban Development on 30 January 2018",
        reason=(
            "The Syrian Observer dates the economic agreement's initialling to 'Jan. 30, 2018' and "
            "names Eslami as the Iranian minister who initialled it. Reference data has Abbas "
            "Akhoundi in that ministry from August 2013 until he resigned in October 2018 (ILNA), "
            "and Eslami in it only from October 2018 (ILNA; Press TV): on the date the article "
            "gives, Eslami held no ministry. The office is right at the real initialling "
            "(30 December 2018); the date is the article's error (clm-syrobs20-econ-signing-date)."
        ),
        evidence=(
            Evidence("src-syrian-observer-2020", "initials were used to sign the agreement on Jan. 30, 2018"),
            Evidence(
                "src-syrian-observer-2020",
                "the Iranian Minister of Roads and Urban Development, Mohammad Eslami",
            ),
        ),
    ),
    Correction(
        id="cor-econ-not-signed-in-january-2018",
        kind=CorrectionKind.EDITORIAL,
        target="clm-syrobs20-econ-signing-date",
        before="the long-term economic agreement signed, by initials, on 30 January 2018",
        after="initialled in Tehran on 30 December 2018 and signed in Damascus on 28 January 2019",
        reason=(
            "Reference data dates the agreement's initialling to 30 December 2018 in Tehran "
            "(Persia Digest, 30 December 2018; WRP; ref-economic-initialled) and its formal signing "
            "to 28 January 2019 in Damascus (SANA; AsiaNews; ref-economic-signed). The article's "
            "'Jan. 30, 2018' fits neither, and on that day Mohammad Eslami, whom the same sentence "
            "has initial it, held no ministry (cor-eslami-not-minister-in-january-2018). Which day "
            "the article meant is not known, so no claim replaces it."
        ),
        evidence=(
            Evidence("src-syrian-observer-2020", "initials were used to sign the agreement on Jan. 30, 2018"),
        ),
    ),
    *(
        Correction(
            id=f"cor-econ-{name}-initialled-not-signed",
            kind=CorrectionKind.EDITORIAL,
            target=f"clm-syrobs20-econ-signatory-{name}",
            before=f"{who}, {office.title}, signed the long-term economic agreement",
            after=(
                f"{who} initialled it (Tehran, 30 December 2018); Imad Khamis, Syria's "
                f"{SYRIA_PRIME_MINISTER.title}, and Eshaq Jahangiri, Iran's {IRAN_FIRST_VICE_PRESIDENT.title}, "
                "signed it (Damascus, 28 January 2019)"
            ),
            reason=(
                "The Syrian Observer, relaying SANA, gives the agreement's initialling ('initials were used "
                "to sign the agreement') as its signing. Reference data has it initialled by al-Khalil and "
                "Eslami in Tehran on 30 December 2018 (Persia Digest; WRP; ref-economic-initialled) and "
                "formally signed by Khamis and Jahangiri in Damascus on 28 January 2019 (SANA; AsiaNews; "
                "ref-economic-signed). The initialling stands, as its own event "
                "(evt-2018-12-economic-initialling); the signatories are the reference's."
            ),
            evidence=(
                Evidence("src-syrian-observer-2020", "initials were used to sign the agreement"),
                Evidence(
                    "src-syrian-observer-2020",
                    "The regime has also signed a long-term economic cooperation agreement with Iran",
                ),
            ),
        )
        for name, who, office in (
            ("al-khalil", "Mohammad Samer al-Khalil", SYRIA_ECONOMY_MINISTER),
            ("eslami", "Mohammad Eslami", IRAN_ROADS_MINISTER),
        )
    ),
    Correction(
        id="cor-newdeal18-invest-in-syria-not-turkey",
        kind=CorrectionKind.EDITORIAL,
        target="clm-newdeal18-iran-invest-turkey",
        before="Iran's promise to invest in Turkey",
        after="Iran's promise to invest in Syria",
        reason=(
            "The sentence concludes the 'New Deal' article's account of Syria's reconstruction, for which "
            "Syria 'will get much needed foreign capital' from Iran; no article mentions any Iranian promise "
            "about Turkey, and the 2018 'Deepen Military Cooperation' article reports Hatami offering Iran's "
            "private sector for 'the reconstruction of Syria'. 'Turkey' is a slip for 'Syria', as the "
            "article's Hatami 'Foreign Minister' is a slip for defence minister."
        ),
        evidence=(
            Evidence("src-unknown-2018-new-deal", "foreign capital for its reconstruction programme"),
            Evidence("src-unknown-2018-deepen-cooperation", "the reconstruction of Syria"),
        ),
    ),
    Correction(
        id="cor-econ-not-initialled-in-january-2018",
        kind=CorrectionKind.EDITORIAL,
        target="clm-syrobs20-econ-initialling-date",
        before="the long-term economic agreement initialled on 30 January 2018",
        after="initialled in Tehran on 30 December 2018",
        reason=(
            "Reference data dates the initialling to 30 December 2018 in Tehran (Persia Digest, 30 December "
            "2018; WRP; ref-economic-initialled). On the article's 'Jan. 30, 2018' Mohammad Eslami, who "
            "initialled it, held no ministry (cor-eslami-not-minister-in-january-2018); the article's day "
            "and month fit the real date eleven months later, but which slip it made is not known."
        ),
        evidence=(
            Evidence("src-syrian-observer-2020", "initials were used to sign the agreement on Jan. 30, 2018"),
        ),
    ),
)
