"""The names papers give offices, each mapped to the title the records use.

A variant names a title, not a state: 'Defence Minister' is Iran's Minister
of Defence for Hatami and Syria's for Ayyoub. Spelling (defence, defense),
case, hyphens and a leading 'the' do not matter: names are compared folded
(:func:`iransyria.rules.context.fold_phrase`). A title held in the records that is
not listed here is still found by its own title.
"""

from __future__ import annotations

from iransyria.models import OfficeTitle

__all__ = ["OFFICE_TITLES"]

OFFICE_TITLES: tuple[OfficeTitle, ...] = (
    OfficeTitle(
        "Minister of Defence",
        ("Defence Minister", "defence chief", "Minister for Defence", "Defence Ministry chief"),
    ),
    OfficeTitle(
        "Minister of Foreign Affairs",
        ("Foreign Minister", "Minister for Foreign Affairs", "Foreign Affairs Minister", "top diplomat"),
    ),
    OfficeTitle(
        "Chief of Staff of the Armed Forces",
        (
            "Chief of Staff",
            "army chief",
            "armed forces chief",
            "military chief",
            "Chief of the General Staff",
            "Chief of General Staff",
            "Chief of Staff of the Army",
        ),
    ),
    OfficeTitle(
        "Minister of Roads and Urban Development",
        ("Minister of Roads", "Roads Minister", "Roads and Urban Development Minister"),
    ),
    OfficeTitle(
        "Minister of Economy and Foreign Trade",
        ("economy minister", "Minister of Economy", "Economy and Foreign Trade Minister", "trade minister"),
    ),
    OfficeTitle("President", ("head of state",)),
    OfficeTitle("Prime Minister", ("premier", "PM")),
    OfficeTitle("First Vice President", ("First Vice-President", "first VP", "first deputy president")),
    OfficeTitle("Secretary of Defense", ("Defense Secretary", "US defense secretary", "Pentagon chief")),
    OfficeTitle("Secretary of State", ("US Secretary of State",)),
    OfficeTitle("National Security Adviser", ("National Security Advisor", "security adviser")),
    OfficeTitle("Ambassador to Israel", ("envoy to Israel",)),
)
