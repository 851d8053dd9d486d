"""``verify``: judge one claim against the dataset; ``claimreview``: the data's refuted claims as ClaimReview.

``verify`` takes the claim as options (``--agreement`` with ``--signatory``,
``--date`` [``--weekday``] or ``--place``; ``--event`` with ``--date``
[``--weekday``], ``--place`` or ``--participant`` [``--role``]; ``--actor``
with ``--office`` [``--of``] [``--on``]) or as a JSON object in the dataset's claim format
(``--claim``), and exits with its verdict: :data:`VERDICT_EXITS`.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from iransyria.cli.errors import EXIT_USAGE, UsageError, guarded
from iransyria.cli.options import dataset
from iransyria.cli.output import emit_json, say
from iransyria.errors import DataError

if TYPE_CHECKING:
    from iransyria.verification import Result

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
        raw = read_stream(sys.stdin.buffer, "--claim -")
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


def _lines(result: Result) -> list[str]:
    fired = ", ".join(dict.fromkeys(f"{f.code} {f.name}" for f in result.findings))
    lines = [f"{result.verdict.value}: {fired or result.reason}"]
    lines.append(f"  claim: {result.claim.quote}")
    if fired:
        lines.append(f"  why: {result.reason}")
    for finding in result.findings:
        lines.append(
            f"  {finding.code} {finding.name} ({finding.severity}, {finding.certainty}): {finding.message}"
        )
    for evidence in result.evidence:
        side = "supports" if evidence.supports else "contradicts"
        where = f", {evidence.source}" if evidence.source else ""
        lines.append(
            f"  {side} ({evidence.certainty}) {evidence.record}{where}: \u201c{evidence.quote}\u201d"
        )
    return lines


@guarded
def verify(
    agreement: Annotated[
        str | None, typer.Option(metavar="NAME", help="The agreement: its id, title, or a part of either.")
    ] = None,
    event: Annotated[
        str | None,
        typer.Option(
            metavar="NAME",
            help="The event: its id or title, or words fitting its kind, date, place and participants "
            "('Hatami visit 2018').",
        ),
    ] = None,
    participant: Annotated[
        str | None,
        typer.Option(metavar="NAME", help="With --event: who took part (any name or spelling)."),
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
        typer.Option(metavar="NAME", help="With --agreement: who signed it (any name or spelling)."),
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
        typer.Option(metavar="NAME", help="Who held an office (any name or spelling); needs --office."),
    ] = None,
    office: Annotated[
        str | None,
        typer.Option(metavar="TITLE", help="The office held (or signed in), e.g. 'Minister of Defence'."),
    ] = None,
    of: Annotated[
        str | None,
        typer.Option("--of", metavar="STATE", help="Whose office it is, where the title is ambiguous."),
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
) -> None:
    """Judge one claim against the dataset: supported, contradicted, not established or not checkable.

    The verdict comes with the rules that fired, and the records and their
    verbatim quotes that decide it, each certain or only possible.
    """
    import orjson

    from iransyria.errors import DataError
    from iransyria.verification import UnresolvedName, as_claim, statement
    from iransyria.verification import verify as judge

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
            stated = as_claim(_read_claim(claim))
        else:
            stated = statement(data, **options)
        result = judge(stated, data)
    except UnresolvedName as exc:
        raise UsageError(str(exc)) from None
    except DataError as exc:
        raise DataError([f"--claim: {problem}" for problem in exc.problems]) from None
    if claimreview:
        from iransyria.verification.claimreview import claim_review

        emit_json(orjson.dumps(claim_review(result, data), option=orjson.OPT_INDENT_2), nl=True)
    elif json:
        emit_json(orjson.dumps(as_json(result), option=orjson.OPT_INDENT_2), nl=True)
    else:
        say("\n".join(_lines(result)))
    raise typer.Exit(VERDICT_EXITS[result.verdict.value])


def as_json(result: Result) -> dict[str, Any]:
    """A verdict as JSON: the verdict, the claim (in the dataset's format), findings and evidence."""
    import attrs

    from iransyria.serialization import unstructure

    return {
        "verdict": result.verdict.value,
        "reason": result.reason,
        "claim": unstructure(result.claim),
        "findings": [attrs.asdict(f) for f in result.findings],
        "evidence": [attrs.asdict(e) for e in result.evidence],
    }


@guarded
def claimreview() -> None:
    """Print every refuted or corrected claim of the dataset as schema.org ClaimReview JSON-LD (a list)."""
    import orjson

    from iransyria.verification.claimreview import dataset_reviews

    emit_json(orjson.dumps(dataset_reviews(dataset()), option=orjson.OPT_INDENT_2), nl=True)


def register(app: typer.Typer) -> None:
    """Add the ``verify`` and ``claimreview`` commands to the app."""
    app.command("verify", epilog=VERIFY_EXIT_CODES)(verify)
    app.command("claimreview")(claimreview)
