"""``verify``: judge a sentence of one or more facts against the dataset; ``claimreview``: the data's refuted claims.

``verify`` takes the facts as options (``--agreement`` with any of
``--signatory`` [``--office``], ``--date``, ``--weekday`` and ``--place``;
``--event`` with any of ``--date``, ``--weekday``, ``--place`` and
``--participant`` [``--role``] [``--office``]; ``--actor`` with ``--office``
[``--of``] [``--on``]), each judged as a part, or one claim as a JSON object
in the dataset's claim format (``--claim``), and exits with the overall
verdict: :data:`VERDICT_EXITS`.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from iransyria.cli.errors import EXIT_USAGE, PLAIN_EXIT_CODES, UsageError, guarded
from iransyria.cli.options import completer, dataset
from iransyria.cli.output import emit_json, say
from iransyria.cli.reviews import Appearance, Author, AuthorUrl, ClaimedBy, DatePublished, Url, publication
from iransyria.errors import DataError

if TYPE_CHECKING:
    from iransyria.dataset import Dataset
    from iransyria.verification import Result
    from iransyria.verification.sentence import Judgement

__all__ = ["VERDICT_EXITS", "VERIFY_EXIT_CODES", "claimreview", "register", "verify"]

#: The exit code of each verdict; bad input exits 2.
VERDICT_EXITS: dict[str, int] = {
    "supported": 0,
    "contradicted": 1,
    "not-established": 3,
    "not-checkable": 3,
}

VERIFY_EXIT_CODES = (
    "Exit codes: 0 supported; 1 contradicted; 3 not established (or not checkable); "
    f"{EXIT_USAGE} bad input (an unknown name, a bad date, a malformed claim; problems on stderr)."
)

_Name = Annotated[str | None, typer.Option(metavar="NAME")]


def _read_claim(text: str) -> dict[str, Any]:
    # Read as all input is (iransyria.reading): a regular file or stdin under the size cap, and
    # JSON whose keys are given once.
    from iransyria.reading import parse_json, read_input, read_stream

    if text == "-":
        # Named 'stdin' as check and read name it; verify puts '--claim: ' before, as for @FILE's errors.
        raw = read_stream(sys.stdin.buffer, "stdin")
    elif text.startswith("@"):
        raw = read_input(text[1:])
    else:
        raw = text.encode("utf-8", errors="surrogateescape")
    try:
        value = parse_json(raw)
    except DataError as exc:
        raise UsageError(
            "\n".join(f"--claim: {line.removeprefix('(top level): ')}" for line in exc.lines())
        ) from None
    if not isinstance(value, dict):
        raise UsageError("--claim: expected a JSON object in the dataset's claim format")
    return value


def _result_lines(result: Result, indent: str, data: Dataset) -> list[str]:
    """A part's verdict in a reader's words: records by name (the id after it), the records' version
    of the fact where a rule fired (``why:``), each finding, and the evidence."""
    from iransyria.verification.wording import name_of, named, record_says

    lines = [f"{indent}claim: {result.claim.quote}"]
    says = record_says(result.claim, data) if result.findings else None
    if says is not None:
        lines.append(f"{indent}why: {says}")
    for finding in result.findings:
        lines.append(
            f"{indent}{finding.code} {finding.name} ({finding.severity}, {finding.certainty}): "
            f"{named(finding.message, data)}"
        )
    for evidence in result.evidence:
        side = "supports" if evidence.supports else "contradicts"
        name = name_of(evidence.record, data)
        record = evidence.record if name is None else f"{name} ({evidence.record})"
        # An article's words verbatim; the words of reference data (an office span, a fact) by name.
        quote = evidence.quote if evidence.source else named(evidence.quote, data)
        lines.append(f"{indent}{side} ({evidence.certainty}), {record}: \u201c{quote}\u201d")
    return lines


def _headline(result: Result, data: Dataset) -> str:
    from iransyria.verification.wording import named

    fired = ", ".join(dict.fromkeys(f"{f.code} {f.name}" for f in result.findings))
    return fired or named(result.reason, data)


def _lines(judgement: Judgement, data: Dataset) -> list[str]:
    """The verdict in words: one part as before; several, the overall verdict and each part's under it."""
    from iransyria.verification import Verdict

    if len(judgement.parts) == 1:
        (only,) = judgement.parts
        return [
            f"{only.result.verdict.value}: {_headline(only.result, data)}",
            *_result_lines(only.result, "  ", data),
        ]
    decided = judgement.decided_by
    if judgement.verdict is Verdict.SUPPORTED:
        every = ", ".join(j.part.aspect.value for j in judgement.parts)
        lines = [f"supported: every part ({every})"]
    else:
        lines = [f"{judgement.verdict.value}: {decided.part.aspect.value}: {_headline(decided.result, data)}"]
    for judged in judgement.parts:
        lines.append(
            f"  {judged.part.aspect.value}: {judged.result.verdict.value}: {_headline(judged.result, data)}"
        )
        lines += _result_lines(judged.result, "    ", data)
    return lines


def _wrapped(lines: list[str]) -> str:
    """The lines wrapped at the terminal's width (say() escapes them), each continuation indented under its line.

    A line breaks only between words, and only before a word that fits on a line of its own: a word
    wider than that (a long id) stays where it is, whole. A line whose text had control characters
    escaped is left whole.
    """
    from iransyria.cli.render import console
    from iransyria.display import UNSAFE

    width = max(console().width, 40)
    out = []
    for line in lines:
        if UNSAFE.search(line):
            out.append(line)  # control characters, escaped by say(): the line whole, to read or grep
            continue
        indent = " " * (len(line) - len(line.lstrip(" ")))
        hanging = indent + "    "
        current, started = indent, False
        for word in line[len(indent) :].split(" "):
            joined = f"{current} {word}" if started else current + word
            if len(joined) > width and word and len(hanging) + len(word) <= width:
                out.append(current)
                joined = hanging + word
            current, started = joined, True
        out.append(current)
    return "\n".join(out)


@guarded
def verify(
    agreement: Annotated[
        str | None,
        typer.Option(
            metavar="NAME",
            help="The agreement: its id, title, or a part of either.",
            autocompletion=completer("agreement"),
        ),
    ] = None,
    event: Annotated[
        str | None,
        typer.Option(
            metavar="NAME",
            help="The event: its id or title, or words fitting its kind, date, place and participants "
            "('Hatami visit 2018').",
            autocompletion=completer("event"),
        ),
    ] = None,
    participant: Annotated[
        str | None,
        typer.Option(
            metavar="NAME",
            help="With --event: who took part (any name or spelling).",
            autocompletion=completer("actor"),
        ),
    ] = None,
    role: Annotated[
        str | None,
        typer.Option(
            metavar="ROLE",
            help="With --participant: the part played (visitor, signatory, speaker, attendee, ...); "
            "by default the one that makes the event what it is.",
        ),
    ] = None,
    signatory: Annotated[
        str | None,
        typer.Option(
            metavar="NAME",
            help="With --agreement: who signed it (any name or spelling).",
            autocompletion=completer("actor"),
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            metavar="EDTF",
            help="With --agreement or --event: when it was signed or happened (2018, 2018-08, 2018-08-26).",
        ),
    ] = None,
    weekday: Annotated[
        str | None, typer.Option(metavar="DAY", help="With --date: the weekday it was signed or happened on.")
    ] = None,
    place: Annotated[
        str | None,
        typer.Option(metavar="PLACE", help="With --agreement or --event: where it was signed or happened."),
    ] = None,
    actor: Annotated[
        str | None,
        typer.Option(
            metavar="NAME",
            help="Who held an office (any name or spelling); needs --office.",
            autocompletion=completer("actor"),
        ),
    ] = None,
    office: Annotated[
        str | None,
        typer.Option(metavar="TITLE", help="The office held (or signed in), e.g. 'Minister of Defence'."),
    ] = None,
    of: Annotated[
        str | None,
        typer.Option(
            "--of",
            metavar="STATE",
            help="Whose office it is, where the title is ambiguous.",
            autocompletion=completer("actor"),
        ),
    ] = None,
    on: Annotated[
        str | None, typer.Option(metavar="EDTF", help="With --actor: when the office was held.")
    ] = None,
    claim: Annotated[
        str | None,
        typer.Option(
            metavar="JSON",
            help="The claim as a JSON object in the dataset's claim format ('-' for stdin, @FILE for a file).",
        ),
    ] = None,
    json: Annotated[bool, typer.Option("--json", help="Print the verdict as JSON and nothing else.")] = False,
    claimreview: Annotated[
        bool, typer.Option("--claimreview", help="Print the verdict as schema.org ClaimReview JSON-LD.")
    ] = False,
    sentence: Annotated[
        str | None,
        typer.Option(metavar="TEXT", help="With --claimreview: the claim as it was worded (claimReviewed)."),
    ] = None,
    url: Url = None,
    date_published: DatePublished = None,
    author: Author = None,
    author_url: AuthorUrl = None,
    appearance: Appearance = None,
    claimed_by: ClaimedBy = None,
) -> None:
    """Judge a sentence against the dataset: supported, contradicted, not established or not checkable.

    Each fact given (signatory, office, date, weekday, place, participant) is
    a part with its own verdict; the sentence is contradicted if any part is,
    supported if all are. Each verdict comes with the rules that fired, and the
    records and their verbatim quotes that decide it, each certain or only possible.
    """
    import orjson

    from iransyria.errors import DataError
    from iransyria.verification import UnresolvedName, as_claim
    from iransyria.verification.names import named_claim
    from iransyria.verification.sentence import judge
    from iransyria.verification.statement import Aspect, Part, parts

    data = dataset()
    options = {
        "agreement": agreement,
        "signatory": signatory,
        "date": date,
        "weekday": weekday,
        "place": place,
        "actor": actor,
        "office": office,
        "of": of,
        "on": on,
        "event": event,
        "participant": participant,
        "role": role,
    }
    try:
        if claim is not None:
            if any(value is not None for value in options.values()):
                raise UsageError("give the claim either as --claim JSON or as options, not both")
            stated: tuple[Part, ...] = (Part(Aspect.CLAIM, as_claim(named_claim(data, _read_claim(claim)))),)
        else:
            stated = parts(data, **options)
        judgement = judge(stated, data)
    except UnresolvedName as exc:
        raise UsageError(str(exc)) from None
    except DataError as exc:
        raise DataError([f"--claim: {problem}" for problem in exc.problems]) from None
    if claimreview:
        from iransyria.verification.claimreview import claim_review

        published = publication(url, date_published, author, author_url, appearance, claimed_by)
        review = claim_review(judgement, data, sentence=sentence, publication=published)
        emit_json(orjson.dumps(review, option=orjson.OPT_INDENT_2), nl=True)
    elif json:
        emit_json(orjson.dumps(as_json(judgement), option=orjson.OPT_INDENT_2), nl=True)
    else:
        say(_wrapped(_lines(judgement, data)))
    raise typer.Exit(VERDICT_EXITS[judgement.verdict.value])


def _result_json(result: Result) -> dict[str, Any]:
    import attrs

    from iransyria.serialization import unstructure

    return {
        "verdict": result.verdict.value,
        "reason": result.reason,
        "claim": unstructure(result.claim),
        "findings": [attrs.asdict(f) for f in result.findings],
        "evidence": [attrs.asdict(e) for e in result.evidence],
    }


def as_json(judgement: Judgement) -> dict[str, Any]:
    """A verdict as JSON: the overall verdict and the part that decided it (its claim, findings and
    evidence at the top, as for a one-part sentence), and every part's under ``parts``."""
    return {
        **_result_json(judgement.decided_by.result),
        "verdict": judgement.verdict.value,
        "decided_by": judgement.decided_by.part.aspect.value,
        "parts": [{"part": j.part.aspect.value, **_result_json(j.result)} for j in judgement.parts],
    }


@guarded
def claimreview(
    url: Url = None,
    date_published: DatePublished = None,
    author: Author = None,
    author_url: AuthorUrl = None,
) -> None:
    """Print every refuted or corrected claim of the dataset as schema.org ClaimReview JSON-LD (a list).

    Each quotes the claim as its article worded it, and is explained by its correction.
    """
    import orjson

    from iransyria.verification.claimreview import dataset_reviews

    published = publication(url, date_published, author, author_url)
    emit_json(orjson.dumps(dataset_reviews(dataset(), published), option=orjson.OPT_INDENT_2), nl=True)


def register(app: typer.Typer) -> None:
    """Add the ``verify`` and ``claimreview`` commands to the app."""
    app.command("verify", epilog=VERIFY_EXIT_CODES)(verify)
    app.command("claimreview", epilog=PLAIN_EXIT_CODES)(claimreview)
