"""What ``read`` judges: office spans from relative clauses, and (below) what a verdict is said of."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
from typer.testing import CliRunner

from iransyria import read
from iransyria.cli.app import app
from iransyria.verification.claimreview import SCHEMA
from iransyria.verification.verdict import Verdict


def test_an_office_over_a_span_someone_else_held_is_contradicted() -> None:
    # 'since 2018' gives the office a span to the publication date; Walid al-Moallem was Syria's
    # foreign minister all that time, and Ayyoub its defence minister.
    reading = read("Ayyoub, who has been Syria's foreign minister since 2018, met Hatami.", "2020-07-09")
    (office,) = [s for s in reading.statements if s.pattern == "office-in-clause"]
    assert office.verdict is Verdict.CONTRADICTED
    assert [f.code for f in office.findings] == ["IS406"]
    assert "per-walid-al-moallem" in office.findings[0].related
    reading = read(
        "Mohammad Bagheri, who has been Iran's defence minister since 2019, met Ayyoub.", "2020-07-09"
    )
    (office,) = [s for s in reading.statements if s.pattern == "office-in-clause"]
    assert office.verdict is Verdict.CONTRADICTED
    assert "per-amir-hatami" in office.findings[0].related


# ----------------------------------------------------------------- what a ClaimReview rates

SIGNED = "Iran and Syria signed a comprehensive military agreement in Tehran on 8 July 2020.\n"


def _reviews(tmp_path: Path, text: str, *options: str) -> tuple[int, list[dict[str, Any]], str]:
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(
        app, ["read", str(article), "--published", "2020-07-10", "--claimreview", *options]
    )
    return result.exit_code, json.loads(result.stdout) if result.stdout.strip() else [], result.output


def test_each_review_rates_exactly_the_fact_one_claim_states(tmp_path: Path) -> None:
    # The date is right and the place (Tehran) wrong: the words 'signed ... in Tehran on 8 July 2020'
    # must not be rated True because the date claim quotes them.
    _, reviews, _ = _reviews(tmp_path, SIGNED)
    for review in reviews:
        jsonschema.validate(review, SCHEMA)
    rated = {r["claimReviewed"]: r["reviewRating"]["alternateName"] for r in reviews}
    title = "Iran–Syria comprehensive military agreement (July 2020)"
    assert rated[f"{title} was signed in Tehran"] == "False"
    assert rated[f"{title} was signed on 2020-07-08"] == "True"
    assert not any("Tehran" in words for words, rating in rated.items() if rating == "True")
    dated = next(r for r in reviews if r["claimReviewed"].endswith("2020-07-08"))
    # The article's words are given, and said to be judged only for that fact.
    assert (
        "only this, of the article's words \u201csigned a comprehensive military agreement in Tehran on 8 July 2020\u201d"
        in dated["reviewBody"]
    )
    assert [r["identifier"] for r in reviews] == [f"clm-read-{n}" for n in range(1, len(reviews) + 1)]


def test_read_claimreview_takes_verify_s_publication_options(tmp_path: Path) -> None:
    code, reviews, _ = _reviews(
        tmp_path,
        SIGNED,
        "--author", "Example Checks", "--author-url", "https://checks.example/",
        "--url", "https://checks.example/r/1", "--date-published", "2020-07-11",
        "--appearance", "https://wire.example/story", "--claimed-by", "Example Wire",
    )  # fmt: skip
    assert code == 1 and reviews
    for review in reviews:
        jsonschema.validate(review, SCHEMA)
        assert review["author"] == {
            "@type": "Organization",
            "name": "Example Checks",
            "url": "https://checks.example/",
        }
        assert review["url"] == f"https://checks.example/r/1#{review['identifier']}"
        assert review["datePublished"] == "2020-07-11"
        assert review["itemReviewed"]["appearance"] == {
            "@type": "CreativeWork",
            "url": "https://wire.example/story",
        }
        assert review["itemReviewed"]["author"]["name"] == "Example Wire"
    code, _, output = _reviews(tmp_path, SIGNED, "--url", "checks.example")
    assert code == 2 and "--url 'checks.example': expected an http(s) URL" in output


def test_a_reported_claim_s_review_says_the_article_reported_it(tmp_path: Path) -> None:
    text = (
        "Iran and Syria signed the 2020 comprehensive agreement in Damascus. "
        "A report claimed the deal was signed in Baghdad.\n"
    )
    _, reviews, _ = _reviews(tmp_path, text, "--claimed-by", "Example Wire")
    baghdad = next(r for r in reviews if r["claimReviewed"].endswith("in Baghdad"))
    damascus = next(r for r in reviews if r["claimReviewed"].endswith("in Damascus"))
    assert baghdad["reviewRating"]["alternateName"] == "False"
    assert "The article does not make this claim itself: it reports it" in baghdad["reviewBody"]
    assert baghdad["itemReviewed"]["appearance"] == {
        "@type": "CreativeWork", "headline": "a.txt", "datePublished": "2020-07-10"
    }  # fmt: skip
    assert "author" not in baghdad["itemReviewed"]  # the report is no one named: not the wire's claim
    assert "reports it" not in damascus["reviewBody"]
    assert damascus["itemReviewed"]["author"]["name"] == "Example Wire"


# ----------------------------------------------------------------- the HTML report's words


def test_the_html_report_names_records_and_never_cites_the_article_against_itself() -> None:
    import re

    from iransyria.data import shipped
    from iransyria.extraction.report import html_report

    data = shipped()
    reading = read(
        "DAMASCUS, Aug. 27, 2018 (Wire) - Iranian Foreign Minister Amir Hatami signed a military "
        "cooperation deal in Damascus on Sunday.\n",
        None,
        data,
    )
    page = html_report(reading, data)
    assert "<pre>" not in page  # no claim as a raw JSON record
    assert "clm-read-" not in page  # a drafted claim is 'the claim read here', and never evidence
    assert "Amir Hatami held Minister of Foreign Affairs of Iran on 2018-08-27" in page
    assert "Mohammad Javad Zarif held it then" in page
    # Outside <code> (where an id may stay, after the name), the page's words name no record by id.
    words = re.sub(r"<code>.*?</code>|<[^>]+>", " ", page, flags=re.DOTALL)
    assert re.findall(r"\b(?:agr|per|state|evt)-[a-z0-9]+", words) == []


def test_each_statement_says_what_its_claims_judged() -> None:
    from iransyria.extraction.output import as_json, read_schema

    reading = read(SIGNED, "2020-07-10")
    (dated,) = [s for s in reading.statements if s.pattern == "signing-date"]
    # The words run over the place ('in Tehran'); what was judged is the date alone.
    assert reading.text[dated.start : dated.end].endswith("in Tehran on 8 July 2020")
    assert dated.judged == (
        "Iran–Syria comprehensive military agreement (July 2020) was signed on 2020-07-08",
    )
    document = json.loads(json.dumps(as_json(reading)))
    jsonschema.validate(document, read_schema())
    assert all(len(s["judged"]) == len(s["claims"]) for s in document["statements"])
    assert any("was signed in Tehran" in words for s in document["statements"] for words in s["judged"])
