"""Every record id and rule code the documentation names is real.

A record id (``src-``, ``per-``, ``state-``, ``org-``, ``outlet-``, ``agr-``,
``clm-``, ``cor-``, ``evt-``, ``ref-``, and a provision's ``prv-``: the
prefixes of :data:`iransyria.models.ID_PATTERNS`)
named in ``docs/*.md`` or ``README.md`` must be a record of the shipped
dataset, or the prefix of one when written with a trailing dash
(``clm-newdeal18-``). A rule code (``IS201``) must be in the rule registry.

Where ids are looked for: in backtick spans and in fenced code blocks (prose
words such as 'state-linked' are not ids). Not checked for record ids: lines
quoted with ``>``, which show rule messages found in small example datasets
(their codes are checked). Ids that illustrate an unknown record on purpose
(a mistyped id, a broken file) are listed in :data:`EXAMPLE_IDS`, and must
stay unknown.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator

import pytest

import iransyria
from iransyria import models
from iransyria.models import ACTOR_PREFIX
from tests.conftest import REPO

DOCS = {
    path.relative_to(REPO).as_posix(): path.read_text(encoding="utf-8")
    for path in sorted([*(REPO / "docs").glob("*.md"), REPO / "README.md"])
}

_PREFIXES = (
    "src",
    "agr",
    "clm",
    "cor",
    "evt",
    "prv",
    "ref",
    *(prefix.rstrip("-") for prefix in ACTOR_PREFIX.values()),
)
ID = re.compile(rf"(?<![\w-])(?:{'|'.join(_PREFIXES)})-[a-z0-9]+(?:-[a-z0-9]+)*-?(?![\w])")
CODE = re.compile(r"\bIS\d{3}\b")

#: Ids the documents use to show what happens with an unknown record.
EXAMPLE_IDS: dict[str, str] = {
    "agr-2019": "docs/cli.md: a mistyped agreement id and the suggestions for it",
    "clm-orphan": "docs/cli.md: a claim of a broken file whose source is missing",
    "src-missing": "docs/cli.md: the missing source of that claim",
    "clm-x": "docs/rules.md: the shape of a violation's path",
    "clm-daily-date": "docs/errors.md: the claim of the bad-input corpus (tests/corpus/build.py)",
    "agr-2020": "docs/verify.md: a part of an agreement id, which verify resolves as a name",
    "src-made-up-example-gazette": "docs/your-own-sources.md: the made-up source the walkthrough adds",
    "clm-made-up-gazette-2020-signing-date": "docs/your-own-sources.md: its right claim",
    "clm-made-up-gazette-2018-signatory-bagheri": "docs/your-own-sources.md: its wrong claim",
}

#: Codes of retired rules: the docs name them to say they are never reused.
#: (The registry in iransyria.rules does not list them; if it grows a list, read it from there.)
RETIRED_CODES = frozenset({"IS303", "IS801"})

#: Words of the records' vocabularies, such as the attribution kind 'state-media': not ids.
VOCABULARY = frozenset(
    member.value
    for name in models.__all__
    if isinstance(kind := getattr(models, name), type) and issubclass(kind, enum.Enum)
    for member in kind
)


def _searched(text: str) -> Iterator[tuple[str, bool]]:
    """The parts of a document ids are looked for in, each with whether it is a '>' example."""
    fenced = False
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        if fenced:
            yield line, False
        else:
            quoted = line.lstrip().startswith(">")
            for span in re.findall(r"`([^`]+)`", line):
                yield span, quoted


def named_ids(text: str) -> set[str]:
    """The record ids a document names, where record ids are checked."""
    return {
        match
        for part, quoted in _searched(text)
        if not quoted
        for match in ID.findall(part)
        if match not in VOCABULARY
    }


def named_codes(text: str) -> set[str]:
    return set(CODE.findall(text))


def rule_codes() -> set[str]:
    from iransyria.rules import RULES

    return {rule.code for rule in RULES}


def record_ids() -> set[str]:
    data = iransyria.shipped()
    tables = (
        data.sources,
        data.actors,
        data.agreements,
        data.claims,
        data.corrections,
        data.events,
        data.references,
    )
    provisions = {c.value.provision for c in data.claims if isinstance(c.value, models.ProvisionValue)}
    return {record.id for table in tables for record in table} | provisions


def unresolved(text: str, ids: set[str], codes: set[str]) -> list[str]:
    """The ids and codes a document names that are neither records, record-id prefixes nor rules."""
    missing = [
        name
        for name in sorted(named_ids(text))
        if name not in EXAMPLE_IDS
        and not (name in ids if not name.endswith("-") else any(i.startswith(name) for i in ids))
    ]
    return missing + sorted(named_codes(text) - codes - RETIRED_CODES)


@pytest.mark.parametrize("doc", sorted(DOCS))
def test_every_id_and_rule_code_a_document_names_resolves(doc: str) -> None:
    assert unresolved(DOCS[doc], record_ids(), rule_codes()) == []


def test_the_documents_name_ids_at_all() -> None:
    # The check above would pass if the patterns found nothing.
    named = set().union(*(named_ids(text) for text in DOCS.values()))
    assert {"agr-2020-comprehensive-military", "clm-medialine18-technology-plans-murky"} <= named
    assert "clm-newdeal18-" in named  # a prefix
    assert "state-linked" not in named  # prose, not an id
    assert "state-media" not in named  # a vocabulary value (docs/model.md), not an id
    assert {"IS101", "IS804"} <= set().union(*(named_codes(text) for text in DOCS.values()))


def test_example_ids_are_used_and_name_no_real_record() -> None:
    all_named = set().union(*(named_ids(text) for text in DOCS.values()))
    for example, where in EXAMPLE_IDS.items():
        assert example in all_named, f"{example} ({where}) is no longer in the docs: drop it"
        assert example not in record_ids(), f"{example} is a real record: it is not an example"


def test_retired_codes_are_not_given_to_a_rule() -> None:
    assert not RETIRED_CODES & rule_codes()


def test_a_planted_unknown_id_or_code_is_caught() -> None:
    # The row docs/data.md carried until this test existed: the claim id was never real.
    planted = (
        "| 004's 'purported plans for military “technology” exchanges' that 'remain murky' "
        "| `clm-medialine18-provision-technology`, disputed |\n"
        "See `clm-nosuch-` and rule IS999; `state-iran` and IS201 are real.\n"
        "> `claims[clm-18-kind].id`: an example message (IS101)\n"
    )
    assert unresolved(planted, record_ids(), rule_codes()) == [
        "clm-medialine18-provision-technology",
        "clm-nosuch-",
        "IS999",
    ]
