"""Reading an article: find its statements, draft their claims, and judge every claim with ``verify``.

:func:`read` splits the text into sentences, finds the mentions in each
(actors, offices, dates, places, and who is speaking), runs every
registered pattern, drafts claims in the dataset's format, and judges each
with :func:`iransyria.verification.verify`: there is no second judge. A
statement's verdict is its claims' together: contradicted if any is, supported
if all are, not checkable if none can be judged, else not established. A
statement whose person or place could not be resolved ('the defence
minister' when two held the title) has no claim and is not established.
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING, Any

import attrs

from iransyria.dates import FuzzyDate
from iransyria.extraction.base import Article, Draft, Sentence, Speaker, registered
from iransyria.verification.verdict import Evidence, Finding, Result, Verdict

if TYPE_CHECKING:
    from iransyria.dataset import Dataset
    from iransyria.models import Claim

__all__ = ["Reading", "Statement", "combine", "dateline", "drafts", "prepare", "read"]


@attrs.define(frozen=True)
class Statement:
    """A checkable statement of the article: its span, sentence, speaker, and verify's result for each claim."""

    start: int
    end: int
    sentence: str
    speaker: Speaker
    pattern: str
    results: tuple[Result, ...]
    #: Why no claim could be drafted: the words name no one record ('the defence minister' when two held it).
    unresolved: str | None = None
    #: Each claim's fact in words, by names (``claim_words``): exactly what its verdict judges, which
    #: the statement's words may say more than ('in Tehran on 8 July 2020' for the date alone).
    judged: tuple[str, ...] = ()

    @property
    def claims(self) -> tuple[Claim, ...]:
        return tuple(r.claim for r in self.results)

    @property
    def verdict(self) -> Verdict:
        return combine(r.verdict for r in self.results)

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(dict.fromkeys(f for r in self.results for f in r.findings))

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        return tuple(dict.fromkeys(e for r in self.results for e in r.evidence))

    @property
    def article_error(self) -> bool:
        """Contradicted, in the article's own voice, and not a statement the article itself calls wrong."""
        return (
            self.verdict is Verdict.CONTRADICTED
            and self.speaker.label == "article"
            and not self.speaker.disowned
        )


def combine(verdicts: Any) -> Verdict:
    """The verdict of several claims stated together."""
    found = list(verdicts)
    if Verdict.CONTRADICTED in found:
        return Verdict.CONTRADICTED
    if found and all(v is Verdict.SUPPORTED for v in found):
        return Verdict.SUPPORTED
    if found and all(v is Verdict.NOT_CHECKABLE for v in found):
        return Verdict.NOT_CHECKABLE
    return Verdict.NOT_ESTABLISHED


@attrs.define(frozen=True)
class Reading:
    """What :func:`read` found in one text."""

    text: str
    published: FuzzyDate | None
    statements: tuple[Statement, ...]

    @property
    def text_sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8", errors="surrogatepass")).hexdigest()

    def summary(self) -> dict[str, int]:
        """How many statements and claims, each verdict's count, and the article's own errors."""
        counts = {v.value: 0 for v in Verdict}
        for statement in self.statements:
            counts[statement.verdict.value] += 1
        return {
            "statements": len(self.statements),
            "claims": sum(len(s.results) for s in self.statements),
            **counts,
            "article_errors": sum(s.article_error for s in self.statements),
            "reported_errors": sum(
                s.verdict is Verdict.CONTRADICTED and not s.article_error for s in self.statements
            ),
            # 1 when neither --published nor a dateline dated the text: a date without its year, a
            # weekday, a relative day and an agreement named by no year or word were not read.
            "undated": int(self.published is None),
        }


#: A drafted claim's id in a rule's words ('claim clm-read-3'): it names no record, so a reader is
#: told :data:`READ_HERE` instead.
DRAFTED = re.compile(r"\bclaim clm-read-\d+|\bclm-read-\d+")
READ_HERE = "the claim read here"


def worded(text: str, dataset: Dataset) -> str:
    """A rule's or verdict's words for a reader: records by name, a drafted claim as 'the claim read here'."""
    from iransyria.verification.wording import named

    return named(DRAFTED.sub(READ_HERE, text), dataset)


def _sentences(text: str, published: FuzzyDate | None, dataset: Dataset) -> tuple[Sentence, ...]:
    from iransyria.extraction.dates import date_mentions
    from iransyria.extraction.names import actor_mentions, place_mentions
    from iransyria.extraction.offices import office_clauses, office_mentions
    from iransyria.extraction.speakers import quoted_spans, speaker_of
    from iransyria.extraction.text import relative_clauses, segments

    found = []
    for start, end, paragraph in segments(text):
        words = text[start:end]
        actors = actor_mentions(dataset, words, start)
        speaker, reported = speaker_of(dataset, words, start, actors)
        offices = office_mentions(words, start)
        clauses = [(start + a, start + b) for a, b in office_clauses(words, relative_clauses(words), offices, start)]
        dates = date_mentions(words, published, start)
        in_clause = [d for d in dates if any(a <= d.start < b for a, b in clauses)]
        found.append(
            Sentence(
                start,
                end,
                words,
                paragraph,
                tuple(actors),
                tuple(offices),
                tuple(d for d in dates if d not in in_clause),
                tuple(place_mentions(words, start)),
                speaker,
                reported,
                tuple(quoted_spans(words, start)),
                tuple(clauses),
                tuple(in_clause),
            )
        )
    return tuple(found)


def _key(draft: Draft) -> tuple[Any, ...]:
    if not draft.claims:  # an unresolved statement: its words and reason, so two in one sentence are both kept
        return ("unresolved", draft.start, draft.end, draft.unresolved)
    return tuple(
        sorted((c.subject, c.predicate.value, repr(c.value), str(c.point_in_time)) for c in draft.claims)
    )


def drafts(article: Article) -> list[tuple[Sentence, Draft]]:
    """Every pattern's drafts for every sentence, a claim drafted twice (by two patterns) kept once."""
    import iransyria.extraction.families  # noqa: F401 - registers the patterns

    seen: set[tuple[Any, ...]] = set()
    found = []
    for sentence in article.sentences:
        for unit in registered():
            for draft in unit.find(article, sentence):
                key = (sentence.start, _key(draft))
                if key in seen:
                    continue
                seen.add(key)
                found.append((sentence, draft))
    return found


def read(text: str, published: str | FuzzyDate | None = None, dataset: Dataset | None = None) -> Reading:
    """Read ``text``: every statement about what the dataset knows, with verify's verdict on each claim.

    ``published`` (an EDTF date, e.g. ``2018-08-27`` or ``2020-07``) fills in
    a year or day the text leaves out; without it, a dateline's full date
    ('DAMASCUS, Aug. 27, 2018 -') does; without either such dates are not read.
    """
    from iransyria.verification import verify
    from iransyria.verification.wording import claim_words

    if dataset is None:
        from iransyria.data import shipped

        dataset = shipped()
    article = prepare(text, published, dataset)
    statements = []
    number = 0
    for sentence, draft in sorted(drafts(article), key=lambda pair: (pair[1].start, pair[1].end)):
        results = []
        for claim in draft.claims:
            number += 1
            results.append(verify(attrs.evolve(claim, id=f"clm-read-{number}"), dataset))
        statements.append(
            Statement(
                draft.start,
                draft.end,
                sentence.text,
                sentence.speaker_at(draft.start, draft.end),
                draft.pattern,
                tuple(results),
                draft.unresolved,
                tuple(claim_words(r.claim, dataset) for r in results),
            )
        )
    return Reading(text, article.published, tuple(statements))


def dateline(text: str) -> FuzzyDate | None:
    """The full date of a dateline at the top of the text ('DAMASCUS, Aug. 27, 2018 (Wire) -'), if any.

    Only a date with its year is taken: a dateline without one dates nothing.
    """
    from iransyria.extraction.dates import date_mentions

    match = _DATELINE.search(text[:400])
    if match is None:
        return None
    found = [
        m for m in date_mentions(match.group("date"), None) if m.form in ("day-month-year", "month-day-year")
    ]
    return found[0].date if found else None


_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z .'’-]{2,},\s*(?P<date>[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4})"
)


def prepare(text: str, published: str | FuzzyDate | None, dataset: Dataset) -> Article:
    """The article: its sentences with their mentions, ready for the patterns.

    Without ``published``, a dateline's full date stands in for it.
    """
    when = FuzzyDate.parse(published) if isinstance(published, str) else published
    if when is None:
        when = dateline(text)
    from iransyria.extraction.coreference import resolve_references

    return resolve_references(Article(text, when, dataset, _sentences(text, when, dataset)))
