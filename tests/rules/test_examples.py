"""Every example message in a rule's docstring (and so in docs/rules.md) is one the rule really reports.

Each example comes from breaking the hand-built dataset of ``conftest.py`` in
one way; here each rule's breakage is replayed and its examples are looked
for among the violations. Only what depends on the machine is normalised:
the article folder's path, and SHA-256 digests (shortened in the docstring).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

from iransyria.dataset import Dataset
from iransyria.models import (
    Actor,
    ActorKind,
    ActorValue,
    Alias,
    Claim,
    Correction,
    CorrectionKind,
    DateValue,
    Event,
    EventKind,
    Evidence,
    OfficeHeld,
    ParticipantValue,
    PlaceValue,
    Position,
    Predicate,
    ProvisionValue,
    Role,
    SpanBasis,
    Standing,
)
from iransyria.rules import RULES, Rule, validate
from iransyria.rules.rule_docs import sections
from tests.rules.conftest import (
    A18,
    A20,
    ARTICLES,
    AYY,
    BAG,
    BASE,
    FILES,
    HAT,
    IRAN_MOD,
    S18,
    S20,
    SIGNING,
    VISIT,
    changed_actor,
    changed_agreement,
    changed_claim,
    changed_correction,
    changed_event,
    changed_source,
    claim,
    date,
    office,
    signed_2018,
    with_claims,
    with_references,
    with_second_visit,
)

# Each rule: how to break the base dataset so that it reports its examples.
Breakage = Callable[[Path], tuple[Dataset, Path | None]]


def data(dataset: Dataset) -> Breakage:
    return lambda _articles: (dataset, None)


def _loop() -> Dataset:
    back = Correction(
        id="cor-back",
        kind=CorrectionKind.EDITORIAL,
        target="clm-20-iranian-companies",
        replacement="clm-20-syrian-companies",
        before="Iranian",
        after="Syrian",
        reason="looping back",
        evidence=(Evidence(S20, "Syrian companies"),),
    )
    return BASE.evolve(corrections=[*BASE.corrections, back])


def _derivation_loop() -> Dataset:
    from iransyria.models import Derivation, DerivationKind

    relays = DerivationKind.RELAYS
    looped = changed_source(BASE, S18, derived_from=(Derivation(relays, None, S20),))
    return changed_source(looped, S20, derived_from=(Derivation(relays, None, S18),))


def _part_of_loop() -> Dataset:
    meeting = Event("evt-meeting", EventKind.MEETING, "A meeting", part_of=VISIT)
    looped = changed_event(BASE, VISIT, part_of="evt-meeting")
    return looped.evolve(events=[*looped.events, meeting])


def _missing_article(articles: Path) -> tuple[Dataset, Path | None]:
    (articles / FILES[S20]).unlink()
    return BASE, articles


def _changed_article(articles: Path) -> tuple[Dataset, Path | None]:
    (articles / FILES[S18]).write_text(ARTICLES[S18] + " Updated.", encoding="utf-8")
    return BASE, articles


def _misquoted(articles: Path) -> tuple[Dataset, Path | None]:
    return changed_claim(BASE, "clm-18-kind", quote="a military co-operation deal"), articles


def _office_claim(when: str, position: Position = IRAN_MOD) -> Claim:
    made = claim("clm-x-office", HAT, Predicate.HOLDS_OFFICE, ActorValue(HAT, position), "x")
    return attrs.evolve(made, point_in_time=date(when))


def _signatory(id_: str, agreement: str, position: Position) -> Claim:
    return claim(id_, agreement, Predicate.SIGNATORY, ActorValue(HAT, position), "signed")


def _foreign_minister() -> Dataset:
    foreign = Position("Minister of Foreign Affairs", IRAN_MOD.of)
    zarif = Actor("per-zarif", ActorKind.PERSON, "Zarif", (), (office(foreign, "2013-08", "2021-08"),))
    called = with_claims(BASE, _office_claim("2018-08-26", foreign))
    return called.evolve(actors=[*called.actors, zarif])


BREAKAGES: dict[str, list[Breakage]] = {
    "IS101": [data(with_claims(BASE, attrs.evolve(BASE.claim_index["clm-18-kind"], quote="military")))],
    "IS102": [data(BASE.evolve(actors=[a for a in BASE.actors if a.id != HAT]))],
    "IS103": [data(changed_claim(BASE, "clm-18-party-iran", value=ActorValue(HAT)))],
    "IS104": [data(changed_actor(BASE, AYY, aliases=(Alias("Ayyoub"), Alias("HATAMI"))))],
    "IS201": [
        data(changed_claim(BASE, "clm-20-bagheri", subject=A18)),
        data(changed_claim(BASE, "clm-18-ayyoub", subject=A20)),
        data(changed_claim(BASE, "clm-20-air-defence", id="clm-x-air", subject=A18)),
    ],
    "IS202": [
        data(
            with_claims(BASE, _signatory("clm-x-hatami", A20, Position("Minister of Defence", "state-iran")))
        )
    ],
    "IS203": [
        data(
            with_claims(
                BASE, _signatory("clm-x-signer", A18, Position("Minister of Defence", "state-israel"))
            )
        )
    ],
    "IS204": [
        data(
            with_claims(
                with_second_visit(BASE),
                claim(
                    "clm-x-visitor", VISIT, Predicate.PARTICIPANT, ParticipantValue(BAG, Role.VISITOR), "x"
                ),
            )
        ),
        data(
            with_claims(
                with_second_visit(BASE),
                claim("clm-x-when", VISIT, Predicate.EVENT_DATE, DateValue(date("2020-07")), "x"),
            )
        ),
    ],
    "IS301": [data(changed_source(BASE, S18, published=date("2018-08-01")))],
    "IS302": [data(changed_source(BASE, S18, published=date("2018-08")))],
    "IS304": [data(changed_correction(BASE, "cor-companies", date=date("2020-07-01")))],
    "IS305": [data(changed_claim(BASE, "clm-18-date", quote="on Tuesday"))],
    "IS306": [
        data(
            with_references(
                changed_claim(BASE, "clm-18-date", value=DateValue(date("2018-09-03"))), signed_2018()
            )
        )
    ],
    "IS307": [
        data(
            with_references(
                changed_claim(BASE, "clm-18-place", value=PlaceValue("Tehran")),
                attrs.evolve(signed_2018(), place="Damascus"),
            )
        )
    ],
    "IS401": [data(changed_agreement(BASE, A18, signed=date("2017-12-01")))],
    "IS402": [data(changed_agreement(BASE, A18, signed=date("2017-08")))],
    "IS403": [
        data(
            changed_actor(
                BASE, HAT, offices=(OfficeHeld(IRAN_MOD, None, None, SpanBasis.STATED, "the article"),)
            )
        )
    ],
    "IS404": [data(with_claims(BASE, _office_claim("2022-03")))],
    "IS405": [data(with_claims(BASE, _office_claim("2021")))],
    "IS406": [data(_foreign_minister())],
    "IS501": [
        data(
            with_claims(
                BASE, claim("clm-x-date", A18, Predicate.SIGNING_DATE, DateValue(date("2018-09-05")), "x")
            )
        )
    ],
    "IS502": [
        data(
            with_claims(
                BASE,
                claim(
                    "clm-x-date",
                    A18,
                    Predicate.SIGNING_DATE,
                    DateValue(date("2018-09-05")),
                    "x",
                    standing=Standing.DISPUTED,
                    reason="one report",
                ),
            )
        ),
        data(
            with_claims(
                BASE,
                claim(
                    "clm-x-visit-date",
                    VISIT,
                    Predicate.EVENT_DATE,
                    DateValue(date("2019-01")),
                    "x",
                    standing=Standing.DISPUTED,
                    reason="one report",
                ),
            )
        ),
    ],
    "IS601": [data(changed_claim(BASE, "clm-18-hatami-foreign", standing=Standing.ACCEPTED))],
    "IS602": [data(changed_correction(BASE, "cor-companies", source=S18))],
    "IS603": [data(changed_correction(BASE, "cor-foreign", after="Foreign Minister"))],
    "IS604": [data(_loop())],
    "IS605": [data(BASE.evolve(corrections=[c for c in BASE.corrections if c.id != "cor-foreign"]))],
    "IS606": [
        data(
            with_claims(
                BASE,
                claim(
                    "clm-x-hatami-fm",
                    HAT,
                    Predicate.HOLDS_OFFICE,
                    ActorValue(HAT, Position("minister of foreign affairs", IRAN_MOD.of)),
                    "x",
                    S20,
                ),
            )
        )
    ],
    "IS701": [data(with_claims(BASE, drop=["clm-18-place"]))],
    "IS702": [
        data(
            with_claims(
                BASE,
                claim(
                    "clm-x-provision",
                    A18,
                    Predicate.PROVISION,
                    ProvisionValue("prv-technology-exchange", "technology exchange"),
                    "x",
                ),
            )
        )
    ],
    "IS901": [data(with_claims(BASE, drop=["clm-18-visit-place"]))],
    "IS902": [
        data(
            with_claims(
                BASE, claim("clm-x-date", VISIT, Predicate.EVENT_DATE, DateValue(date("2019-01")), "x")
            )
        )
    ],
    "IS903": [
        data(
            with_claims(
                BASE, claim("clm-y-date", VISIT, Predicate.EVENT_DATE, DateValue(date("2019-01")), "x")
            )
        )
    ],
    "IS904": [data(changed_event(BASE, SIGNING, date=date("2018-08")))],
    "IS905": [data(_part_of_loop())],
    "IS105": [data(_derivation_loop())],
    "IS802": [_missing_article],
    "IS803": [_changed_article],
    "IS804": [_misquoted],
    "IS805": [lambda articles: (changed_claim(BASE, "clm-18-kind", offset=3), articles)],
    "IS806": [
        data(changed_source(BASE, S18, published_basis="FILL IN: how the publication date is known")),
    ],
}
# IS802's second example (a file that cannot be read) is replayed in test_evidence.py,
# which asserts that very message.
UNREPLAYED = {
    (
        "IS802",
        "`sources[src-2020].file`: article file 2020.txt of src-2020 cannot be read from <dir>: Permission denied",
    )
}

_SHA = re.compile(r"\b[0-9a-f]{64}\b|\b[0-9a-f]{4}…[0-9a-f]{4}\b")


def normalised(text: str, articles: Path) -> str:
    text = text.replace(str(articles), "<dir>").replace("/tmp/articles", "<dir>")
    return _SHA.sub("<sha>", text)


def test_every_rule_has_a_replayed_breakage() -> None:
    assert set(BREAKAGES) == {rule.code for rule in RULES}


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_the_docstring_examples_are_what_the_rule_reports(rule: Rule, article_dir: Path) -> None:
    _, found = sections(rule)
    reported: set[str] = set()
    for breakage in BREAKAGES[rule.code]:
        dataset, articles = breakage(article_dir)
        reported |= {
            normalised(f"`{v.path}`: {v.message}", article_dir)
            for v in validate(dataset, articles)
            if v.code == rule.code
        }
    for example in found["Example"].split("\n\n"):
        shown = normalised(example.strip(), article_dir)
        if (rule.code, shown) not in UNREPLAYED:
            assert shown in reported, f"{rule.code}: {shown!r} not among {sorted(reported)}"
