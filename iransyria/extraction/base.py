"""What extraction works with: mentions in a sentence, the article around it, drafts, and the pattern registry.

A *mention* is a span of the text that names something the dataset knows: an
actor, an office, a date, a place. A *pattern* is a small named unit that
reads one sentence (with its mentions and the article around it) and drafts
claims in the dataset's format: the statement it found, its span, and the
claims a careful encoder would write for it. Patterns never judge; every
drafted claim goes to :func:`iransyria.verification.verify`.

Patterns register themselves with :func:`pattern`, as rules do; each carries
an example sentence it must find something in and a counterexample it must
find nothing in, which the tests run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import attrs

from iransyria.dates import FuzzyDate
from iransyria.models import Attribution, AttributionKind, Claim, Inference, Predicate

if TYPE_CHECKING:
    from iransyria.dataset import Dataset
    from iransyria.models import ClaimValue

__all__ = [
    "SOURCE_ID",
    "ActorMention",
    "Article",
    "DateMention",
    "Draft",
    "Mention",
    "OfficeMention",
    "Pattern",
    "PlaceMention",
    "Sentence",
    "Speaker",
    "UnresolvedMention",
    "pattern",
    "registered",
]

#: The source id every drafted claim gives: the article being read.
SOURCE_ID = "src-read-article"


@attrs.define(frozen=True)
class Mention:
    """A span of the article's text, in code points from its start."""

    start: int
    end: int
    text: str


@attrs.define(frozen=True)
class ActorMention(Mention):
    """An actor named: exactly (score 100), by a close spelling (the fuzzy score, 0-100), or by a reference.

    ``how`` says how a reference was resolved: a title alone ('the Iranian
    defence minister', the one person who held it then) or words pointing
    back ('the Syrian minister', the one named before).
    """

    actor: str
    score: float = 100.0
    how: str | None = None

    @property
    def inference(self) -> tuple[str, str] | None:
        """The inference a claim naming this actor states: how the words were read as the actor, if not exactly."""
        if self.how is not None:
            return "actor", f"{self.text!r} read as {self.actor}: {self.how}"
        if self.score < 100:
            return "actor", f"{self.text!r} read as {self.actor} (fuzzy score {self.score:.0f})"
        return None


@attrs.define(frozen=True)
class UnresolvedMention(Mention):
    """A reference to a person or place that names no one record: why, and who or what could be meant."""

    reason: str


@attrs.define(frozen=True)
class OfficeMention(Mention):
    """An office title ('Syrian Defense Minister'): its title as the dataset writes it, and the state if said.

    ``counterpart`` is 'his counterpart' (the same office, of the other
    state); ``then`` marks 'then defence minister', 'former ...'.
    """

    title: str | None
    of: str | None
    counterpart: bool = False
    then: bool = False


@attrs.define(frozen=True)
class DateMention(Mention):
    """A date, at the precision the words give; ``inference`` says how a missing year or day was filled in."""

    date: FuzzyDate
    inference: str | None = None
    form: str = ""


@attrs.define(frozen=True)
class PlaceMention(Mention):
    """A place, by the name the dataset uses ('the Syrian capital' is Damascus)."""

    name: str
    inference: str | None = None


@attrs.define(frozen=True)
class Speaker:
    """Whose statement a sentence is: the article's own voice, or someone it reports.

    ``disowned``: the article itself calls the statement wrong ('wrongly
    dated', 'in fact'), so an error in it is not the article's.
    """

    kind: AttributionKind = AttributionKind.OUTLET
    actor: str | None = None
    words: str | None = None  # the words that attribute it: 'one outlet said'
    disowned: bool = False

    @property
    def label(self) -> str:
        """'article', or 'reported: <who>' as the text says it."""
        if self.kind is AttributionKind.OUTLET and self.words is None:
            return "article"
        return f"reported: {self.words or self.kind.value}"

    def attribution(self) -> Attribution:
        note = None if self.words is None else f"attributed in the text: {self.words!r}"
        if self.disowned:
            note = (note + "; " if note else "") + "the article itself calls this wrong"
        return Attribution(self.kind, self.actor, note)


@attrs.define(frozen=True)
class Sentence:
    """One sentence (or ';'-clause) of the article, with the mentions found in it."""

    start: int
    end: int
    text: str
    paragraph: int
    actors: tuple[ActorMention, ...] = ()
    offices: tuple[OfficeMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    speaker: Speaker = attrs.field(factory=Speaker)
    #: The words the speaker's frame covers ('According to SANA, <these words>'); None: the article's voice.
    reported: tuple[int, int] | None = None
    #: The spans inside quotation marks.
    quoted: tuple[tuple[int, int], ...] = ()
    #: Relative clauses that say which office a person held ('who has led the ministry since 2015'),
    #: and the dates in them: those date the office, not the sentence's event, so they are not in ``dates``.
    clauses: tuple[tuple[int, int], ...] = ()
    clause_dates: tuple[DateMention, ...] = ()
    #: References the text makes that could not be resolved to one record ('the defence minister'
    #: when two held that title then): each a statement judged not established, never guessed.
    unresolved: tuple[UnresolvedMention, ...] = ()

    def speaker_at(self, start: int, end: int) -> Speaker:
        """Who makes a statement spanning ``start``-``end``: the frame's speaker if it lies in the framed words."""
        inside = self.reported is not None and self.reported[0] <= start and end <= self.reported[1] + 1
        if any(a <= start and end <= b for a, b in self.quoted):
            if inside or self.speaker.words is not None:
                return self.speaker
            return Speaker(AttributionKind.OFFICIAL, None, "a quotation", self.speaker.disowned)
        if inside:
            return self.speaker
        return Speaker(disowned=self.speaker.disowned)

    def words(self, start: int, end: int) -> str:
        """The article's text between two absolute offsets inside this sentence."""
        return self.text[start - self.start : end - self.start]


@attrs.define(frozen=True)
class Article:
    """The text being read, its publication date (if known), its sentences, and the dataset it is read against."""

    text: str
    published: FuzzyDate | None
    dataset: Dataset
    sentences: tuple[Sentence, ...] = ()

    def before(self, sentence: Sentence) -> tuple[Sentence, ...]:
        """The sentences of the same paragraph before ``sentence``, nearest last."""
        return tuple(
            s for s in self.sentences if s.paragraph == sentence.paragraph and s.end <= sentence.start
        )


@attrs.define(frozen=True)
class Draft:
    """A statement a pattern found: its span, the sentence, and the claims drafted for it.

    A draft without claims is a statement whose subject could not be
    resolved (``unresolved`` says why): it is not established, and nothing is
    guessed for it.
    """

    start: int
    end: int
    claims: tuple[Claim, ...]
    pattern: str
    unresolved: str | None = None


def draft_claim(
    article: Article,
    sentence: Sentence,
    span: tuple[int, int],
    subject: str,
    predicate: Predicate,
    value: ClaimValue,
    inferences: Iterable[tuple[str, str]] = (),
    point_in_time: FuzzyDate | None = None,
) -> Claim:
    """A claim in the dataset's format: the exact words of ``span`` as quote, its offset, inferences stated."""
    start, end = span
    return Claim(
        id="clm-read-draft",
        source=SOURCE_ID,
        subject=subject,
        predicate=predicate,
        value=value,
        attribution=sentence.speaker_at(start, end).attribution(),
        quote=article.text[start:end],
        inferences=tuple(dict.fromkeys(Inference(part, how) for part, how in inferences)),
        point_in_time=point_in_time,
        offset=start,
    )


Finder = Callable[[Article, Sentence], Iterable[Draft]]


@attrs.define(frozen=True)
class Pattern:
    """A named extraction pattern: what it finds (its docstring), an example and a counterexample."""

    name: str
    family: str
    find: Finder
    example: str
    counterexample: str
    published: str | None = "2018-08-27"

    @property
    def doc(self) -> str:
        """The first paragraph of the finder's docstring: what it finds."""
        return (self.find.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")


_PATTERNS: dict[str, Pattern] = {}


def pattern(
    name: str, *, example: str, counterexample: str, published: str | None = "2018-08-27"
) -> Callable[[Finder], Finder]:
    """Register a finder as the pattern ``name``; its family is its module's name."""

    def register(find: Finder) -> Finder:
        if name in _PATTERNS:
            raise ValueError(f"pattern {name!r} registered twice")
        family = find.__module__.rsplit(".", 1)[-1]
        _PATTERNS[name] = Pattern(name, family, find, example, counterexample, published)
        return find

    return register


def registered() -> tuple[Pattern, ...]:
    """Every pattern, in the order the families register them (import the families first)."""
    return tuple(_PATTERNS.values())
