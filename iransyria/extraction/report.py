"""A reading as one self-contained HTML page (``read --html OUT.html``).

The page needs no network and no script: the article's sentences in order,
each followed by its statements, each a ``<details>`` element (a keyboard
reaches and opens it with Tab and Enter) whose summary marks the statement's
words in its verdict's colour and names the verdict in words; opened, it
shows the drafted claims, the rules that decided and the verbatim evidence
with its source. A summary of the counts comes first. The layout is one
column that wraps long words, so it reads at 360 px wide.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from iransyria.extraction.reader import Reading, Statement
from iransyria.verification.verdict import Verdict

if TYPE_CHECKING:
    from iransyria.dataset import Dataset

__all__ = ["html_report"]

#: Each verdict's colours (background, border): distinguishable, and each also named in words.
COLOURS = {
    Verdict.SUPPORTED: ("#d7f5dd", "#1b7a34"),
    Verdict.CONTRADICTED: ("#fbd5d5", "#a61b1b"),
    Verdict.NOT_ESTABLISHED: ("#fdf0c4", "#8a6200"),
    Verdict.NOT_CHECKABLE: ("#e6e6e6", "#555555"),
}

_STYLE = """
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;padding:12px;max-width:46em;color:#111;background:#fff;
overflow-wrap:anywhere;word-break:break-word}
h1{font-size:1.3em}
.summary{border:1px solid #999;padding:8px;margin:0 0 1em}
.summary li{margin:0}
p.sentence{margin:1em 0 .3em}
details.statement{margin:.2em 0 .2em 1em;border-left:4px solid var(--border);padding-left:.5em}
details.statement summary{cursor:pointer}
details.statement summary:focus{outline:3px solid #1a4fd6;outline-offset:2px}
mark{background:var(--bg);color:#111;padding:0 2px}
.label{font-weight:bold;color:var(--border);text-transform:uppercase;font-size:.85em;margin-right:.4em}
.speaker{font-style:italic;color:#444}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f6f6f6;padding:6px;font-size:.85em;margin:.3em 0}
ul{padding-left:1.2em}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _statement(reading: Reading, statement: Statement, dataset: Dataset, number: int) -> str:
    from iransyria.serialization import to_json

    verdict = statement.verdict
    background, border = COLOURS[verdict]
    words = reading.text[statement.start : statement.end]
    speaker = (
        ""
        if statement.speaker.label == "article"
        else f' <span class="speaker">({_e(statement.speaker.label)})</span>'
    )
    parts = [
        f'<details class="statement v-{verdict.value}" id="s{number}" style="--bg:{background};--border:{border}">',
        f'<summary><span class="label">{_e(verdict.value)}</span><mark data-verdict="{_e(verdict.value)}">'
        f"{_e(words)}</mark>{speaker}</summary>",
        f"<p>Found by <code>{_e(statement.pattern)}</code>, characters {statement.start}–{statement.end}.</p>",
        "<ul>",
    ]
    for result in statement.results:
        claim_text = to_json(result.claim).decode()
        parts.append(f"<li><b>{_e(result.verdict.value)}</b>: {_e(result.reason)}")
        parts.append(f"<pre>{_e(claim_text)}</pre>")
        if result.findings:
            parts.append("<p>Rules that fired:</p><ul>")
            parts += [
                f"<li><code>{_e(f.code)}</code> {_e(f.name)} ({_e(f.severity)}, {_e(f.certainty)}): {_e(f.message)}</li>"
                for f in result.findings
            ]
            parts.append("</ul>")
        if result.evidence:
            parts.append("<p>Evidence:</p><ul>")
            for evidence in result.evidence:
                side = "supports" if evidence.supports else "contradicts"
                source = dataset.source_index.get(evidence.source) if evidence.source else None
                where = f", {_e(source.title)}" if source is not None else ""
                parts.append(
                    f"<li>{side} ({_e(evidence.certainty)}) <code>{_e(evidence.record)}</code>{where}: "
                    f"<q>{_e(evidence.quote)}</q></li>"
                )
            parts.append("</ul>")
        parts.append("</li>")
    parts.append("</ul></details>")
    return "\n".join(parts)


def html_report(reading: Reading, dataset: Dataset, title: str = "iransyria read") -> str:
    """The page: a summary, then each sentence followed by its statements."""
    summary = reading.summary()
    counts = "".join(
        f'<li><span class="label" style="--border:{COLOURS[v][1]}">{_e(v.value)}</span>{summary[v.value]}</li>'
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
        f"Text SHA-256: <code>{reading.text_sha256}</code>.</p><ul>{counts}</ul></section>",
        "<main>",
    ]
    by_sentence: dict[str, list[tuple[int, Statement]]] = {}
    for number, statement in enumerate(reading.statements, 1):
        by_sentence.setdefault(statement.sentence, []).append((number, statement))
    from iransyria.extraction.text import segments

    shown: set[str] = set()
    for start, end, _ in segments(reading.text):
        sentence = reading.text[start:end]
        body.append(f'<p class="sentence">{_e(sentence)}</p>')
        if sentence in by_sentence and sentence not in shown:
            shown.add(sentence)
            body += [_statement(reading, s, dataset, n) for n, s in by_sentence[sentence]]
    body.append("</main></body></html>")
    return "\n".join(body) + "\n"
