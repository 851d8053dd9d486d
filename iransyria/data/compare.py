"""A second, blind encoding of each article set against the shipped claims: how far two coders agree.

Curated event datasets measure their coding with a second coder. Here each
article was encoded a second time by a coder who never saw the shipped
claims (``tests/data/second_encoding/``, in the format its ``FORMAT.md``
gives), and this module aligns each of that coder's facts with the shipped
claims of the same article: same predicate and overlapping quote spans in
the article (both coders quote the text byte for byte, and the shipped
claims carry their quotes' offsets). Among the aligned pairs it compares
subject, value and standing. Per article it reports the facts found by both
coders, by either, and how many aligned pairs agree on standing.

``python -m iransyria.data.compare ENCODINGS_DIR`` prints the figures;
``python -m iransyria.data.compare --locate ARTICLES_DIR ENCODINGS_DIR``
first writes each fact's quote offsets (``offsets``: every place the quote
occurs, in characters) into the encoding files, so that the comparison runs
without the article texts.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs
import orjson

from iransyria.atomic import write_atomic
from iransyria.authoring import read_article
from iransyria.dataset import Dataset
from iransyria.dates import Certainty, FuzzyDate
from iransyria.errors import DataError
from iransyria.models import (
    ActorValue,
    AgreementKindValue,
    AgreementValue,
    Claim,
    DateValue,
    EventKindValue,
    ParticipantValue,
    PlaceValue,
    Predicate,
    QuantityValue,
    RecordValue,
    StatementValue,
    TextValue,
)
from iransyria.reading import Unreadable, article_path, parse_json, read_input

__all__ = [
    "Alignment",
    "BlindFact",
    "Comparison",
    "compare",
    "compare_all",
    "read_encoding",
    "report",
]

#: The blind coder's words for the agreement kinds that name no kind of ours.
_AGREEMENT_KINDS = {
    "comprehensive-military": "military-cooperation",
    "military": "military-cooperation",
    "economic": "economic-cooperation",
}
_STANDINGS = ("accepted", "disputed", "refuted")

#: The shipped predicates a blind fact on a signing event may align with besides its own: the
#: shipped data gives a signing's date, place and signatories on its agreement (rule IS904).
_ON_SIGNING: dict[Predicate, frozenset[Predicate]] = {
    Predicate.EVENT_DATE: frozenset({Predicate.SIGNING_DATE}),
    Predicate.EVENT_PLACE: frozenset({Predicate.SIGNING_PLACE}),
    Predicate.PARTICIPANT: frozenset({Predicate.SIGNATORY, Predicate.PARTY}),
    Predicate.EVENT_KIND: frozenset({Predicate.KIND}),
    Predicate.CONCERNS: frozenset({Predicate.KIND}),
}
_FIELDS = ("subject", "predicate", "value", "standing", "quote")


@attrs.define(frozen=True)
class BlindFact:
    """One fact of a second encoding: what it is about, what it says, how it stands, where it is quoted."""

    index: int
    subject: str
    predicate: Predicate
    value: Any
    standing: str
    quote: str
    offsets: tuple[int, ...]

    def spans(self) -> tuple[tuple[int, int], ...]:
        return tuple((at, at + len(self.quote)) for at in self.offsets)


@attrs.define(frozen=True)
class Alignment:
    """A blind fact and the shipped claim aligned with it, and what they agree on."""

    fact: BlindFact
    claim: Claim
    subject: bool
    value: bool

    @property
    def standing(self) -> bool:
        return self.fact.standing == self.claim.standing.value


@attrs.define(frozen=True)
class Comparison:
    """One article's two encodings side by side."""

    article: str
    source: str
    aligned: tuple[Alignment, ...]
    blind_only: tuple[BlindFact, ...]
    shipped_only: tuple[Claim, ...]

    @property
    def both(self) -> int:
        """Facts found by both coders: the aligned pairs."""
        return len(self.aligned)

    @property
    def either(self) -> int:
        """Facts found by either coder: each aligned pair once, and each fact only one coder found."""
        return len(self.aligned) + len(self.blind_only) + len(self.shipped_only)

    @property
    def standing_agreed(self) -> int:
        """Aligned pairs whose standings are the same."""
        return sum(a.standing for a in self.aligned)

    def figures(self) -> tuple[int, int, int]:
        """(found by both, found by either, same standing among those found by both)."""
        return self.both, self.either, self.standing_agreed


def _fail(path: str, where: str, message: str) -> DataError:
    return DataError([f"{path}: {where}: {message}"])


def read_encoding(path: str | Path) -> tuple[str, tuple[BlindFact, ...]]:
    """The article file name and the facts of one second-encoding file; a DataError names what is wrong."""
    name = str(path)
    try:
        document = parse_json(read_input(path))
    except Unreadable as error:
        raise DataError([f"{name}: {error}"]) from None
    except ValueError as error:
        raise DataError([f"{name}: not JSON: {error}"]) from None
    if not isinstance(document, dict) or not isinstance(document.get("article"), str):
        raise _fail(name, "article", "expected an object with the article's file name")
    facts = document.get("facts")
    if not isinstance(facts, list):
        raise _fail(name, "facts", "expected a list of facts")
    found = []
    for i, fact in enumerate(facts):
        where = f"facts[{i}]"
        if not isinstance(fact, dict):
            raise _fail(name, where, "expected an object")
        for field in _FIELDS:
            if field not in fact:
                raise _fail(name, f"{where}.{field}", "missing")
        if not isinstance(fact["quote"], str) or not fact["quote"]:
            raise _fail(name, f"{where}.quote", "expected the quoted words")
        try:
            predicate = Predicate(fact["predicate"])
        except ValueError:
            raise _fail(name, f"{where}.predicate", f"not a predicate: {fact['predicate']!r}") from None
        if fact["standing"] not in _STANDINGS:
            raise _fail(name, f"{where}.standing", f"expected one of {', '.join(_STANDINGS)}")
        offsets = fact.get("offsets", [])
        if not isinstance(offsets, list) or not all(type(at) is int and at >= 0 for at in offsets):
            raise _fail(name, f"{where}.offsets", "expected a list of character offsets")
        if not isinstance(fact["subject"], str):
            raise _fail(name, f"{where}.subject", "expected an id or an event:kind:date:place")
        found.append(
            BlindFact(
                i, fact["subject"], predicate, fact["value"], fact["standing"], fact["quote"], tuple(offsets)
            )
        )
    return document["article"], tuple(found)


def locate(encoding: str | Path, articles: str | Path) -> None:
    """Write every fact's quote offsets (all places its quote occurs) into the encoding file."""
    path = Path(encoding)
    article, _ = read_encoding(path)
    document = orjson.loads(read_input(path))
    try:
        _, text = read_article(article_path(Path(articles), article))
    except (ValueError, Unreadable) as error:
        raise DataError([f"{path}: {error}"]) from None
    for i, fact in enumerate(document["facts"]):
        quote = fact["quote"]
        offsets = []
        at = text.find(quote)
        while at != -1:
            offsets.append(at)
            at = text.find(quote, at + 1)
        if not offsets:
            raise _fail(str(path), f"facts[{i}].quote", f"not found in {article}")
        fact["offsets"] = offsets
    write_atomic(path, orjson.dumps(document, option=orjson.OPT_INDENT_2) + b"\n")


def _event_kind(subject: str) -> str | None:
    """The kind a blind event subject names ('event:signing:2020-07-08:Damascus' → 'signing')."""
    parts = subject.split(":")
    return parts[1] if len(parts) >= 2 and parts[0] == "event" else None


def _predicates(fact: BlindFact) -> frozenset[Predicate]:
    """The shipped predicates the fact may align with: its own, and for a signing its agreement's.

    A speaker given as a participant aligns with a statement claim, which backs its speaker.
    """
    found = {fact.predicate}
    if _event_kind(fact.subject) == "signing":
        found |= _ON_SIGNING.get(fact.predicate, frozenset())
    if (
        fact.predicate is Predicate.PARTICIPANT
        and isinstance(fact.value, dict)
        and fact.value.get("role") == "speaker"
    ):
        found.add(Predicate.STATEMENT)
    return frozenset(found)


def _same_subject(blind: str, shipped: str, data: Dataset) -> bool:
    """Whether the blind subject is the shipped one: the same id, an event of the same kind, or
    for a signing event, an agreement (whose claims give its signing)."""
    if blind == shipped:
        return True
    kind = _event_kind(blind)
    if kind == "signing" and shipped in data.agreement_index:
        return True
    event = data.event_index.get(shipped)
    return kind is not None and event is not None and event.kind.value == kind


def _same_date(blind: object, shipped: FuzzyDate | None) -> bool:
    if not isinstance(blind, str) or shipped is None:
        return False
    try:
        return shipped.same_day(FuzzyDate.parse(blind)) is not Certainty.IMPOSSIBLE
    except ValueError:
        return False


def _words(text: object) -> str:
    return " ".join(str(text).lower().replace("’", "'").split())


def _numbers(text: object) -> set[int]:
    digits = "".join(ch if ch.isdigit() else " " for ch in str(text).replace(",", ""))
    return {int(n) for n in digits.split()}


def _same_value(fact: BlindFact, claim: Claim, data: Dataset) -> bool:
    """Whether the two coders give the same value, compared as the predicate allows.

    Paraphrases (provisions, assertions, the gist of a statement) are compared
    by what can be compared: a provision by the clause the aligned quotes name,
    an assertion not at all (the aligned quote is the fact), a statement by its speaker.
    """
    blind, value = fact.value, claim.value
    mapping: dict[str, object] = blind if isinstance(blind, dict) else {}
    if isinstance(value, AgreementKindValue):
        if fact.predicate in (Predicate.EVENT_KIND, Predicate.CONCERNS):
            return str(blind) in ("signing", claim.subject)  # the signing of this agreement
        return _AGREEMENT_KINDS.get(str(blind), str(blind)) == value.kind.value
    if isinstance(value, ActorValue):
        if fact.predicate is Predicate.HOLDS_OFFICE:
            return value.position is not None and str(mapping.get("state")) == value.position.of
        if fact.predicate is Predicate.PARTICIPANT and mapping.get("role") != "signatory":
            return False
        return str(mapping.get("actor", blind)) == value.actor
    if isinstance(value, DateValue):
        return _same_date(blind, value.date)
    if isinstance(value, PlaceValue):
        return _words(blind) == _words(value.name)
    if isinstance(value, TextValue):
        return fact.predicate is Predicate.ASSERTION or _words(blind) == _words(value.text)
    if isinstance(value, QuantityValue):
        bounds = {b for b in (value.low, value.high) if b is not None}
        return bounds == _numbers(mapping.get("amount", blind))
    if isinstance(value, StatementValue):
        return str(mapping.get("speaker", mapping.get("actor"))) == value.speaker
    if isinstance(value, ParticipantValue):
        return str(mapping.get("actor")) == value.actor  # roles: the blind format's words are free
    if isinstance(value, EventKindValue):
        return str(blind) == value.kind.value
    if isinstance(value, AgreementValue):
        return str(blind) == value.agreement
    if isinstance(value, RecordValue):
        return blind == value.id or _same_subject(str(blind), value.id, data)
    return fact.predicate is Predicate.PROVISION  # a clause: the aligned quotes name it


def _overlaps(fact: BlindFact, claim: Claim) -> bool:
    if claim.offset is None:
        return False
    end = claim.offset + len(claim.quote)
    return any(start < end and claim.offset < stop for start, stop in fact.spans())


def compare(data: Dataset, article: str, facts: Sequence[BlindFact]) -> Comparison:
    """Align the blind facts of one article with the shipped claims of its source, one to one.

    A pair needs the same predicate and overlapping quotes; among the
    candidates, pairs agreeing on subject and value are taken first, then on
    subject, then the rest, each in the order of the facts and the claims' ids.
    """
    sources = [s for s in data.sources if s.file == article]
    if len(sources) != 1:
        raise DataError([f"{article}: expected one shipped source for this article, found {len(sources)}"])
    source = sources[0]
    claims = sorted(data.claims_by_source.get(source.id, ()), key=lambda c: c.id)
    candidates = []
    for fact in facts:
        predicates = _predicates(fact)
        for claim in claims:
            if claim.predicate in predicates and _overlaps(fact, claim):
                subject = _same_subject(fact.subject, claim.subject, data)
                value = _same_value(fact, claim, data)
                candidates.append((not (subject and value), not subject, fact.index, claim.id, fact, claim))
    candidates.sort(key=lambda c: c[:4])
    taken_facts: set[int] = set()
    taken_claims: set[str] = set()
    aligned = []
    for no_both, no_subject, _, _, fact, claim in candidates:
        if fact.index in taken_facts or claim.id in taken_claims:
            continue
        taken_facts.add(fact.index)
        taken_claims.add(claim.id)
        aligned.append(Alignment(fact, claim, not no_subject, not no_both))
    aligned.sort(key=lambda a: a.fact.index)
    return Comparison(
        article=article,
        source=source.id,
        aligned=tuple(aligned),
        blind_only=tuple(f for f in facts if f.index not in taken_facts),
        shipped_only=tuple(c for c in claims if c.id not in taken_claims),
    )


def compare_all(data: Dataset, folder: str | Path) -> tuple[Comparison, ...]:
    """Every encoding file (``*.json``) in the folder compared with the shipped data, by article."""
    found = []
    for path in sorted(Path(folder).glob("*.json")):
        article, facts = read_encoding(path)
        found.append(compare(data, article, facts))
    return tuple(found)


def table(comparisons: Iterable[Comparison]) -> str:
    """The figures as the Markdown table ``docs/data.md`` shows."""
    lines = [
        "| article | found by both | found by either | agreement | same standing (of both) |",
        "| --- | --- | --- | --- | --- |",
    ]
    for c in comparisons:
        share = f"{c.both / c.either:.0%}" if c.either else "n/a"
        lines.append(f"| `{c.article}` | {c.both} | {c.either} | {share} | {c.standing_agreed} of {c.both} |")
    return "\n".join(lines) + "\n"


def report(comparisons: Iterable[Comparison], *, details: bool = False) -> str:
    """The table, and with ``details`` each difference: facts one coder found, standings that differ."""
    comparisons = tuple(comparisons)
    out = [table(comparisons)]
    if details:
        for c in comparisons:
            out.append(f"\n## {c.article} ({c.source})\n")
            for a in c.aligned:
                if not a.standing:
                    out.append(
                        f"- standing: {a.claim.id} is {a.claim.standing.value}, blind fact {a.fact.index} "
                        f"({a.fact.subject} {a.fact.predicate.value}) is {a.fact.standing}\n"
                    )
                if not a.subject:
                    out.append(
                        f"- subject: {a.claim.id} on {a.claim.subject}, blind fact {a.fact.index} on {a.fact.subject}\n"
                    )
            for f in c.blind_only:
                out.append(
                    f"- blind only: fact {f.index} {f.subject} {f.predicate.value} {f.value!r}: {f.quote!r}\n"
                )
            for claim in c.shipped_only:
                out.append(f"- shipped only: {claim.id}\n")
    return "".join(out)


def main(argv: Sequence[str], data: Dataset | None = None) -> int:
    """``[--details] ENCODINGS_DIR`` prints the figures; ``--locate ARTICLES_DIR ENCODINGS_DIR`` writes offsets."""
    from iransyria.data import shipped

    args = list(argv)
    try:
        if args[:1] == ["--locate"] and len(args) == 3:
            for path in sorted(Path(args[2]).glob("*.json")):
                locate(path, args[1])
            return 0
        details = args[:1] == ["--details"]
        if details:
            args = args[1:]
        if len(args) != 1:
            sys.stderr.write(
                "usage: python -m iransyria.data.compare [--details] ENCODINGS_DIR\n"
                "       python -m iransyria.data.compare --locate ARTICLES_DIR ENCODINGS_DIR\n"
            )
            return 2
        sys.stdout.write(report(compare_all(data or shipped(), args[0]), details=details))
    except DataError as error:
        sys.stderr.write(f"error: {error}\n")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
