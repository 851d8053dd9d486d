"""Test articles written for these tests (not taken from any publication), with planted errors.

Each article is written in a style the press used for these deals: wire copy,
analysis, a retrospective years later, a piece with foreign spellings, a
correction, reported speech. ``errors`` are the words of each planted error:
``read`` must contradict a statement overlapping each. ``accurate`` are words
of true statements: no statement overlapping them may be contradicted. And no
statement anywhere may be contradicted unless it overlaps a planted error.
``reported`` lists the planted errors the article does not make in its own
voice (someone it reports, or one it calls wrong): contradicted, but not the
article's error.
"""

from __future__ import annotations

import attrs


@attrs.define(frozen=True)
class WrittenArticle:
    name: str
    style: str
    published: str | None
    text: str
    errors: tuple[str, ...]
    accurate: tuple[str, ...]
    reported: tuple[str, ...] = ()


ARTICLES: tuple[WrittenArticle, ...] = (
    WrittenArticle(
        "wire-2018",
        "wire copy",
        "2018-08-27",
        "DAMASCUS (Wire) - Iran and Syria signed a military cooperation agreement in Damascus on Sunday.\n\n"
        "Iranian Defence Minister Amir Hatami signed the deal during a two-day visit. "
        "Hatami arrived in Tehran on Sunday for the talks.\n\n"
        "He met with President Bashar al-Assad and Syrian Defence Minister Ali Abdullah Ayyoub.",
        errors=("arrived in Tehran",),
        accurate=(
            "signed a military cooperation agreement in Damascus on Sunday",
            "Iranian Defence Minister Amir Hatami",
            "Syrian Defence Minister Ali Abdullah Ayyoub",
        ),
    ),
    WrittenArticle(
        "wire-2020",
        "wire copy",
        "2020-07-09",
        "Iran and Syria inked a comprehensive military agreement in Damascus on July 8. "
        "The deal was signed by Chief of Staff of the Armed Forces Mohammad Bagheri and Syrian Defense "
        "Minister Ali Abdullah Ayyoub.\n\n"
        "The agreement provides for strengthening Syria's air defence systems. "
        "The pact was signed in Tehran, a second report said.",
        errors=("signed in Tehran",),
        accurate=(
            "inked a comprehensive military agreement in Damascus on July 8",
            "Syrian Defense Minister Ali Abdullah Ayyoub",
            "air defence systems",
        ),
        reported=("signed in Tehran",),
    ),
    WrittenArticle(
        "analysis-swapped-deals",
        "analysis",
        "2020-09-15",
        "The comprehensive agreement Tehran and Damascus signed in August 2018 was meant to lock in Iran's role. "
        "Two years on, analysts see little change.\n\n"
        "The comprehensive agreement was signed by Amir Hatami, who led Iran's defence ministry. "
        "Its Syrian signatory, Ali Abdullah Ayyoub, was then defence minister.\n\n"
        "The August 2018 military cooperation agreement provides for rebuilding the Syrian army and for "
        "strengthening Syria's air defence systems.",
        errors=(
            "comprehensive agreement Tehran and Damascus signed in August 2018",
            "signed by Amir Hatami",
            "Syria's air defence systems",
        ),
        accurate=("Ali Abdullah Ayyoub", "rebuilding the Syrian army"),
    ),
    WrittenArticle(
        "retrospective-2024",
        "retrospective written years later",
        "2024-03-01",
        "Looking back: in August 2018, then defence minister Amir Hatami flew to Damascus to sign a military pact. "
        "Two years later, on 8 July 2020, armed forces chief Mohammad Bagheri signed the comprehensive "
        "military agreement in Damascus.\n\n"
        "The Caesar Act came into force in May 2020, weeks before that signing. "
        "The civil war broke out in 2011.\n\n"
        "The comprehensive agreement stipulates the rebuilding of the Syrian army.",
        errors=("Caesar Act came into force in May 2020", "rebuilding of the Syrian army"),
        accurate=(
            "then defence minister Amir Hatami",
            "flew to Damascus",
            "armed forces chief Mohammad Bagheri",
            "on 8 July 2020",
            "broke out in 2011",
        ),
    ),
    WrittenArticle(
        "foreign-spellings",
        "a piece with foreign and wire-copy spellings",
        "2018-08-28",
        "Der iranische Verteidigungsminister Amir Hatemi traf in Damaskus seinen Amtskollegen. "
        "Iranian Foreign Minister Amir Hatemi met Ajub on Sunday. "
        "Defence Minister Hatamy signed the military cooperation deal with Ayub on Tuesday, 28 August 2018.",
        errors=("Iranian Foreign Minister Amir Hatemi", "Tuesday, 28 August 2018"),
        accurate=("Verteidigungsminister Amir Hatemi",),
    ),
    WrittenArticle(
        "economic-deal",
        "business report",
        "2019-02-01",
        "Syria and Iran signed a long-term economic cooperation agreement in Damascus on January 28. "
        "Iranian Minister of Roads and Urban Development Mohammad Eslami was one of its signatories.\n\n"
        "A year earlier, on Jan. 30, 2018, the same Eslami was described as Iran's roads minister by one outlet, "
        "which wrongly dated the signing of the economic agreement to Jan. 30, 2018.",
        errors=("signing of the economic agreement to Jan. 30, 2018",),
        accurate=("Iranian Minister of Roads and Urban Development Mohammad Eslami",),
        reported=("signing of the economic agreement to Jan. 30, 2018",),
    ),
    WrittenArticle(
        "reported-speech",
        "reported speech and quotation",
        "2018-08-27",
        "According to Tasnim, the deal was signed in Damascus on Monday. "
        "One outlet said Syrian Foreign Minister Ali Abdullah Ayyoub met Hatami. "
        "Iran withdrew from nothing; it was the United States that withdrew from the nuclear deal in May.",
        errors=("Syrian Foreign Minister Ali Abdullah Ayyoub",),
        accurate=("signed in Damascus on Monday", "withdrew from the nuclear deal in May"),
        reported=("Syrian Foreign Minister Ali Abdullah Ayyoub",),
    ),
    WrittenArticle(
        "dates-and-references",
        "explainer on dates",
        "2020-07-10",
        "Washington quit the nuclear deal in June 2018, two years before the comprehensive agreement. "
        "Syria's war began in 2012, analysts now forget. "
        "The comprehensive military agreement was signed on Wednesday, July 8, 2020.",
        errors=("quit the nuclear deal in June 2018", "war began in 2012"),
        accurate=("signed on Wednesday, July 8, 2020",),
        reported=(),
    ),
    WrittenArticle(
        "counterpart",
        "wire copy with an office error and its consequence",
        "2020-07-09",
        "Iranian Defence Minister Mohammad Bagheri arrived in Damascus this week. "
        "Bagheri met his counterpart and Syrian Defense Minister Ali Abdullah Ayyoub on July 8.",
        errors=("Iranian Defence Minister Mohammad Bagheri",),
        accurate=("Syrian Defense Minister Ali Abdullah Ayyoub",),
    ),
    WrittenArticle(
        "titles-only",
        "wire copy naming officials by title",
        "2020-07-09",
        "Iran's army chief arrived in Damascus on Tuesday. "
        "The Syrian defence minister signed the comprehensive military agreement with him on July 8.\n\n"
        "The Iranian defence minister signed the comprehensive military agreement in Damascus. "
        "The defence minister also toured Aleppo.",
        errors=("The Iranian defence minister signed",),
        accurate=("army chief arrived in Damascus on Tuesday", "Syrian defence minister signed"),
    ),
    WrittenArticle(
        "relative-clauses",
        "retrospective with relative clauses",
        "2024-03-01",
        "In August 2018, then defence minister Amir Hatami signed a military cooperation agreement in Damascus. "
        "Amir Hatami, who led the defence ministry from 2015, returned in 2019.\n\n"
        "Ali Abdullah Ayyoub, who had headed Syria's defence ministry since 2018, signed the comprehensive "
        "military agreement on 8 July 2020. Mohammad Bagheri, still chief of staff in 2024, signed it for Iran. "
        "Ayyoub, still defence minister in 2023, praised it.",
        errors=("who led the defence ministry from 2015", "still defence minister in 2023"),
        accurate=(
            "then defence minister Amir Hatami",
            "who had headed Syria's defence ministry since 2018",
            "still chief of staff in 2024",
            "signed the comprehensive military agreement on 8 July 2020",
        ),
    ),
    WrittenArticle(
        "paragraph-references",
        "analysis referring back within paragraphs",
        "2018-08-28",
        "Iranian Defence Minister Amir Hatami met Syrian Defence Minister Ali Abdullah Ayyoub in Damascus "
        "on Sunday. The two ministers signed a military cooperation agreement in the same city. "
        "The Syrian minister then met Hatami again.\n\n"
        "Amir Hatami flew to Damascus on Sunday. The Iranian minister arrived in Tehran on Sunday.\n\n"
        "Celebrations followed in Tehran. The military cooperation deal had been signed in the same city, "
        "one paper wrote.",
        errors=("The Iranian minister arrived in Tehran", "had been signed in the same city"),
        accurate=(
            "The two ministers signed",
            "signed a military cooperation agreement in the same city",
            "The Syrian minister then met Hatami",
        ),
        reported=("had been signed in the same city",),
    ),
    WrittenArticle(
        "native-script",
        "a piece naming officials in Arabic and Persian script",
        "2018-08-27",
        "Syrian Defence Minister علي عبد الله أيوب met امیر حاتمی in Damascus on Sunday. "
        "Iranian Foreign Minister أمير حاتمي signed the military cooperation deal. "
        "The deal was signed by محمد باقری, one report said.",
        errors=("Iranian Foreign Minister أمير حاتمي", "signed by محمد باقری"),
        accurate=("Syrian Defence Minister علي عبد الله أيوب",),
        reported=("signed by محمد باقری",),
    ),
    WrittenArticle(
        "background-and-voices",
        "analysis with background dates, other states' officials and who said what",
        "2018-08-30",
        "Russia intervened to support Assad in 2014, and Iranian forces have been involved in Syria's civil war "
        "since 2013. Israeli missiles struck Iranian targets in Syria in May.\n\n"
        "Secretary of State James Mattis and National Security Adviser John Bolton want Iran out. "
        "Amir Hatami said that the agreement will define the areas of bilateral presence, participation and "
        "cooperation. The deal provides for rebuilding the Syrian army. Iran and Syria reached the deal in "
        "Damascus. Washington and Israel demanded that Iran leave Syria.",
        errors=("Russia intervened to support Assad in 2014", "Secretary of State James Mattis"),
        accurate=(
            "Iran and Syria reached the deal",
            "Washington and Israel demanded that Iran leave Syria",
            "involved in Syria's civil war since 2013",
            "struck Iranian targets in Syria in May",
            "National Security Adviser John Bolton",
            "the agreement will define the areas of bilateral presence",
            "rebuilding the Syrian army",
        ),
    ),
    WrittenArticle(
        "native-titles",
        "a digest of Arabic and Persian press, titles in their script",
        "2020-07-09",
        "وزير الدفاع السوري العماد علي عبدالله أيوب received Mohammad Bagheri in Damascus. "
        "رئیس ستاد کل نیروهای مسلح ایران محمد باقری signed the comprehensive military agreement on 8 July 2020. "
        "وزير الخارجية السوري أيوب signed it too.\n\n"
        "Another report called him وزیر دفاع ایران محمد باقری.",
        errors=("وزير الخارجية السوري أيوب", "وزیر دفاع ایران محمد باقری"),
        accurate=("وزير الدفاع السوري العماد علي عبدالله أيوب", "رئیس ستاد کل نیروهای مسلح ایران محمد باقری"),
        reported=("وزیر دفاع ایران محمد باقری",),
    ),
    WrittenArticle(
        "appositions",
        "wire copy with appositions and clauses between names and verbs",
        "2020-07-10",
        "Mohammad Bagheri, Iran's chief of staff, signed the comprehensive military agreement in Damascus. "
        "Ali Abdullah Ayyoub, Syria's defence minister, signed the comprehensive agreement for Syria. "
        "Amir Hatami, then Iran's defence minister, signed the comprehensive agreement as well.\n\n"
        "Iran and Syria signed the 2020 comprehensive agreement on 8 June 2020.\n\n"
        "In August 2018, Hatami met Ayyoub in Tehran. "
        "In August 2018, Amir Hatemi, who has led the ministry since 2015, signed an earlier deal in Damascus.",
        errors=(
            "Amir Hatami, then Iran's defence minister, signed",
            "on 8 June 2020",
            "Ayyoub in Tehran",
            "who has led the ministry since 2015",
        ),
        accurate=(
            "Mohammad Bagheri, Iran's chief of staff, signed",
            "Ali Abdullah Ayyoub, Syria's defence minister, signed",
        ),
    ),
)
