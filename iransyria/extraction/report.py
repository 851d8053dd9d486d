"""A reading as one self-contained HTML page (``read --html OUT.html``).

The page needs no network and no script. A summary of the counts comes
first, then the article itself, paragraph by paragraph, with every statement
marked over its exact words in its verdict's colour, underlined, and labelled
in words just before them ('3 contradicted'), so colour is never the only
sign. Statements overlap and nest ('Amir Hatami' inside 'Iranian Defence
Minister Amir Hatami', crossing 'Amir Hatami signed'): :func:`marked` splits
the text at every statement's ends, so the marks nest as HTML must, and a
statement that crosses another's end continues in a second mark piece with
the same number (``data-s``); its pieces together are its words. Each
statement keeps its own underline level, so nested ones stay apart.

Each label is a link to the statement's ``<details>`` element under its
paragraph (a keyboard reaches label and details with Tab and opens it with
Enter); opened, it shows the drafted claims, the rules that decided and the
verbatim evidence with its source, and a link back to the text. The layout
is one column that wraps long words, so it reads at 360 px wide.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from iransyria.extraction.reader import Reading, Statement, worded
from iransyria.verification.verdict import Verdict

if TYPE_CHECKING:
    from iransyria.dataset import Dataset

__all__ = ["blocks", "html_report", "levels", "marked"]

#: Each verdict's colours (fill, a translucent tint so nested marks show through; line and label).
COLOURS = {
    Verdict.SUPPORTED: ("rgba(40,170,70,.22)", "#1b7a34"),
    Verdict.CONTRADICTED: ("rgba(220,40,40,.22)", "#a61b1b"),
    Verdict.NOT_ESTABLISHED: ("rgba(240,190,20,.30)", "#8a6200"),
    Verdict.NOT_CHECKABLE: ("rgba(120,120,120,.20)", "#555555"),
}
#: The gap between two statements' underlines, in px.
_GAP = 4

_STYLE = """
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;padding:12px;max-width:46em;color:#111;background:#fff;
overflow-wrap:anywhere;word-break:break-word}
h1{font-size:1.3em}
.summary{border:1px solid #999;padding:8px;margin:0 0 1em}
.summary li{margin:0}
p.text{margin:1.2em 0 .4em}
mark{background:var(--bg);color:#111;border-bottom:2px solid var(--line);padding:0 0 var(--pad) 0}
a.tag{font-size:.7em;font-weight:bold;text-transform:uppercase;color:var(--line);text-decoration:none;
border:1px solid var(--line);border-radius:3px;padding:0 2px;margin:0 2px;white-space:nowrap;background:#fff}
a.tag:focus,details.statement summary:focus,a.back:focus{outline:3px solid #1a4fd6;outline-offset:2px}
.statements{margin:0 0 1em}
details.statement{margin:.2em 0 .2em 1em;border-left:4px solid var(--line);padding-left:.5em}
details.statement:target{background:#f1f4fb}
details.statement summary{cursor:pointer}
.label{font-weight:bold;color:var(--line);text-transform:uppercase;font-size:.85em;margin-right:.4em}
.speaker{font-style:italic;color:#444}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f6f6f6;padding:6px;font-size:.85em;margin:.3em 0}
ul{padding-left:1.2em}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def blocks(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The article's paragraphs as ``(start, end)``, two joined where a span crosses from one to the next.

    Every span lies inside one block, so its marks can nest in one paragraph.
    """
    from iransyria.extraction.text import segments

    paragraphs: dict[int, list[int]] = {}
    for start, end, number in segments(text):
        found = paragraphs.setdefault(number, [start, end])
        found[0], found[1] = min(found[0], start), max(found[1], end)
    joined: list[list[int]] = []
    for start, end in sorted([*(tuple(p) for p in paragraphs.values()), *spans]):
        # It overlaps the block before, or a span crosses from that block into it: one block.
        if joined and (start < joined[-1][1] or any(a < joined[-1][1] < b for a, b in spans)):
            joined[-1][1] = max(joined[-1][1], end)
        else:
            joined.append([start, end])
    return [(a, b) for a, b in joined]


def levels(spans: Sequence[tuple[int, int]]) -> list[int]:
    """An underline level for each span: overlapping spans never share one (the lowest free level)."""
    found = [0] * len(spans)
    placed: list[int] = []
    for index in sorted(range(len(spans)), key=lambda i: (spans[i][0], -spans[i][1], i)):
        start, end = spans[index]
        taken = {found[j] for j in placed if spans[j][0] < end and start < spans[j][1]}
        found[index] = next(level for level in range(len(spans) + 1) if level not in taken)
        placed.append(index)
    return found


def marked(
    text: str,
    start: int,
    end: int,
    spans: Sequence[tuple[int, int]],
    opening: Sequence[str],
    again: Sequence[str],
    closing: str = "</mark>",
) -> str:
    """``text[start:end]`` escaped, with ``opening[i]`` ... ``closing`` around span ``i``'s words.

    The marks nest as HTML requires: the text is cut at every span's ends; a
    span that outlives one opened inside it is closed with it and opened
    again with ``again[i]`` (a second piece), so each span's pieces together
    hold exactly its words. A longer span opens before a shorter one starting
    at the same point.
    """
    cuts = sorted({start, end, *(a for a, _ in spans), *(b for _, b in spans)})
    starting: dict[int, list[int]] = {}
    for index, (first, _) in enumerate(spans):
        starting.setdefault(first, []).append(index)
    out: list[str] = []
    stack: list[int] = []
    for here, after in zip(cuts, [*cuts[1:], end], strict=True):
        ending = [i for i in stack if spans[i][1] == here]
        if ending:
            depth = min(stack.index(i) for i in ending)
            reopened = [i for i in stack[depth:] if spans[i][1] != here]
            out.append(closing * (len(stack) - depth))
            del stack[depth:]
            for index in reopened:
                out.append(again[index])
                stack.append(index)
        for index in sorted(starting.get(here, ()), key=lambda i: (-spans[i][1], i)):
            out.append(opening[index])
            if spans[index][1] == here:  # an empty span: its mark is empty
                out.append(closing)
            else:
                stack.append(index)
        out.append(_e(text[here:after]))
    out.append(closing * len(stack))
    return "".join(out)


def _details(reading: Reading, statement: Statement, dataset: Dataset, number: int) -> str:
    from iransyria.verification.wording import claim_words, name_of

    # The article's own drafted claims: never shown as evidence for or against themselves.
    drafted = {c.id for s in reading.statements for c in s.claims}

    verdict = statement.verdict
    background, line = COLOURS[verdict]
    words = reading.text[statement.start : statement.end]
    speaker = (
        ""
        if statement.speaker.label == "article"
        else f' <span class="speaker">({_e(statement.speaker.label)})</span>'
    )
    parts = [
        f'<details class="statement v-{verdict.value}" id="s{number}" style="--bg:{background};--line:{line}">',
        f'<summary><span class="label">{_e(verdict.value)}</span>{number}: <q>{_e(words)}</q>{speaker}</summary>',
        f"<p>Found by <code>{_e(statement.pattern)}</code>, characters {statement.start}–{statement.end}.</p>",
        "<ul>",
    ]
    for result in statement.results:
        # The claim by what it states, in names (claim_words), not as its JSON record.
        parts.append(
            f"<li><b>{_e(result.verdict.value)}</b>: {_e(claim_words(result.claim, dataset))}"
            f"<p>{_e(worded(result.reason, dataset))}</p>"
        )
        if result.findings:
            parts.append("<p>Rules that fired:</p><ul>")
            parts += [
                f"<li><code>{_e(f.code)}</code> {_e(f.name)} ({_e(f.severity)}, {_e(f.certainty)}): "
                f"{_e(worded(f.message, dataset))}</li>"
                for f in result.findings
            ]
            parts.append("</ul>")
        evidence_shown = [e for e in result.evidence if e.record not in drafted]
        if evidence_shown:
            parts.append("<p>Evidence:</p><ul>")
            for evidence in evidence_shown:
                side = "supports" if evidence.supports else "contradicts"
                source = dataset.source_index.get(evidence.source) if evidence.source else None
                where = f", {_e(source.title)}" if source is not None else ""
                name = name_of(evidence.record, dataset)
                record = f"<code>{_e(evidence.record)}</code>"
                record = record if name is None else f"{_e(name)} <small>{record}</small>"
                # An article's words verbatim; reference data's words (an office span) by name.
                quote = evidence.quote if evidence.source else worded(evidence.quote, dataset)
                parts.append(
                    f"<li>{side} ({_e(evidence.certainty)}) {record}{where}: <q>{_e(quote)}</q></li>"
                )
            parts.append("</ul>")
        parts.append("</li>")
    parts.append(f'</ul><p><a class="back" href="#t{number}">Back to the text</a></p></details>')
    return "\n".join(parts)


def _opening(statement: Statement, number: int, level: int) -> str:
    background, line = COLOURS[statement.verdict]
    return (
        f'<mark data-s="{number}" data-verdict="{_e(statement.verdict.value)}" '
        f'style="--bg:{background};--line:{line};--pad:{1 + level * _GAP}px">'
    )


def _tag(statement: Statement, number: int) -> str:
    line = COLOURS[statement.verdict][1]
    return (
        f'<a class="tag" id="t{number}" href="#s{number}" style="--line:{line}">'
        f"{number} {_e(statement.verdict.value)}</a>"
    )


def html_report(reading: Reading, dataset: Dataset, title: str = "iransyria read") -> str:
    """The page: a summary, then each paragraph with its statements marked, then their details."""
    summary = reading.summary()
    counts = "".join(
        f'<li><span class="label" style="--line:{COLOURS[v][1]}">{_e(v.value)}</span>{summary[v.value]}</li>'
        for v in Verdict
    )
    body = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        '<section class="summary" aria-label="summary">',
        f"<p>{summary['statements']} statements, {summary['claims']} claims; "
        f"{summary['article_errors']} contradicted in the article's own voice, "
        f"{summary['reported_errors']} in words it reports. Published: {_e(reading.published or 'not given')}. "
        f"Text SHA-256: <code>{reading.text_sha256}</code>.</p><ul>{counts}</ul>"
        "<p>Each statement is marked in the text in its verdict's colour, after a label naming the verdict; "
        "the label opens its claims, rules and evidence.</p></section>",
        "<main>",
    ]
    numbered = list(enumerate(reading.statements, 1))
    spans = [(s.start, s.end) for _, s in numbered]
    level = levels(spans)
    for start, end in blocks(reading.text, spans):
        inside = [i for i, (a, b) in enumerate(spans) if start <= a and b <= end]
        if not inside:
            body.append(f'<p class="text">{_e(reading.text[start:end])}</p>')
            continue
        openings = [
            _tag(numbered[i][1], numbered[i][0]) + _opening(numbered[i][1], numbered[i][0], level[i])
            for i in inside
        ]
        again = [_opening(numbered[i][1], numbered[i][0], level[i]) for i in inside]
        text = marked(reading.text, start, end, [spans[i] for i in inside], openings, again)
        most = max(level[i] for i in inside)
        body.append(f'<p class="text" style="line-height:calc(1.5em + {most * _GAP + 4}px)">{text}</p>')
        body.append('<div class="statements">')
        body += [_details(reading, numbered[i][1], dataset, numbered[i][0]) for i in inside]
        body.append("</div>")
    body.append("</main></body></html>")
    return "\n".join(body) + "\n"
