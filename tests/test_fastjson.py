"""The fast path agrees with the detailed one: same records in, same bytes out, no input it alone accepts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from iransyria import fastjson, serialization
from iransyria.data import shipped
from iransyria.dataset import Dataset
from iransyria.dates import FuzzyDate
from iransyria.errors import DataError
from iransyria.fastjson import plan as fast_plan
from iransyria.fastjson import scalars
from iransyria.models import Claim
from tests.conftest import REPO
from tests.strategies import at_most, datasets
from tests.test_serialization import CLAIM, json_values


def detailed(document: bytes) -> Dataset | DataError:
    try:
        return serialization._loads_detailed(document)
    except DataError as error:
        return error


def test_the_shipped_data_takes_the_fast_path_both_ways() -> None:
    """If a model change made the fast path step aside, this says so (the speed would go silently)."""
    data = shipped()
    reference = serialization.to_json(data)
    assert fastjson.dumps(data) == reference
    assert fastjson.loads(reference) == data


@given(datasets())
def test_fast_bytes_are_the_converters_bytes(dataset: Dataset) -> None:
    """Invariants I2 and I3: canonical text is read fast, and the fast bytes are the converter's."""
    canonical = serialization.to_json(dataset)
    assert fastjson.dumps(dataset) == canonical
    assert fastjson.loads(canonical) == dataset


@given(datasets(), st.data())
def test_a_damaged_export_is_read_fast_only_as_the_detailed_path_reads_it(
    dataset: Dataset, data: st.DataObject
) -> None:
    """Invariant I1, for any one value of a valid export replaced by any JSON value."""
    document = orjson.loads(serialization.to_json(dataset))
    paths: list[tuple[Any, Any]] = []

    def walk(node: Any) -> None:
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, child in items:
            paths.append((node, key))
            walk(child)

    walk(document)
    parent, key = data.draw(st.sampled_from(paths))
    parent[key] = data.draw(json_values)
    text = orjson.dumps(document)
    fast = fastjson.loads(text)
    if fast is not None:
        assert detailed(text) == fast


def test_the_files_users_load_take_the_fast_path(tmp_path: Path) -> None:
    """The file ``export`` writes (with its ``meta``) and a ``new-source`` skeleton: the counter says which path."""
    from iransyria.exports import json_bytes
    from tests.cli.helpers import run

    skeleton = run(
        "new-source",
        str(REPO / "examples" / "made-up-article.txt"),
        "--id",
        "src-made-up",
        "--title",
        "Made up",
        "--published",
        "2020-07",
    )
    assert skeleton.exit_code == 0, skeleton.stderr
    for document in (json_bytes(shipped()), skeleton.stdout_bytes):
        before = serialization.PATHS_TAKEN.copy()
        serialization.loads(document)
        assert serialization.PATHS_TAKEN - before == Counter(fast=1)


@at_most(50)  # whole generated datasets: 50 in the thorough profile keep CI within its minutes
@given(datasets(), json_values)
def test_meta_is_read_fast_only_as_the_detailed_path_reads_it(dataset: Dataset, meta: Any) -> None:
    """Invariant I1 for any ``meta`` value."""
    body = serialization.to_json(dataset)
    text = body[: body.rindex(b"\n}")] + b',\n  "meta": ' + orjson.dumps(meta) + b"\n}\n"
    fast = fastjson.loads(text)
    if fast is not None:
        assert isinstance(meta, dict) and detailed(text) == fast == dataset
    elif isinstance(meta, dict):
        assert detailed(text) == dataset  # (an object the fast path stepped aside for is still read)


@pytest.mark.parametrize(
    ("meta", "fast"),
    [
        (b'{"a": 1}', True),
        (b'{"a": "x:y", "b": {"c": [1, 2]}}', True),
        (b'{"a": 1, "a": 2}', False),  # a key given twice inside meta
        (b"[1]", False),  # not an object: the detailed path says so
        (b'{"n": 123456789012345678901}', True),  # wider than 64 bits: read past, as the detailed path does
    ],
)
def test_meta_goes_fast_or_to_the_detailed_path(meta: bytes, fast: bool) -> None:
    text = serialization.to_json(Dataset())[:-3] + b',\n  "meta": ' + meta + b"\n}\n"
    assert (fastjson.loads(text) is not None) is fast
    assert (fastjson.loads(text) is None) or detailed(text) == Dataset()


#: The test claim as the canonical form writes it: every field present, as the fast path wants.
CANONICAL_CLAIM = serialization.unstructure(serialization.structure(CLAIM, Claim))


def claim_text(**changes: Any) -> str:
    return orjson.dumps({**CANONICAL_CLAIM, **changes}).decode()


#: A document with every table (empty) but the claims, given as raw text.
FULL = (
    "{"
    + "".join(
        f'"{table}": [], ' for table in orjson.loads(serialization.to_json(Dataset())) if table != "claims"
    )
    + '"claims": [%s]}'
)


def test_a_plain_claim_is_read_fast() -> None:
    document = (FULL % claim_text()).encode()
    fast = fastjson.loads(document)
    assert fast is not None
    assert fast == serialization._loads_detailed(document)


QUANTITY = {"type": "quantity", "unit": "troops", "low": 1, "high": None}


@pytest.mark.parametrize(
    "body",
    [
        # a key given twice: a parser keeps one value and drops the other
        claim_text()[:-1] + ', "standing": "refuted"}',
        # the same, with an escaped colon in a kept string to balance the colon count
        claim_text()[:-1].replace("in August 2018", "in August\\u003a 2018") + ', "reason": null}',
        # an unknown key
        claim_text()[:-1] + ', "rank": 1}',
        # integers: a boolean, and one wider than 64 bits
        claim_text(predicate="quantity", subject="state-iran", value=QUANTITY | {"low": True}),
        claim_text(predicate="quantity", subject="state-iran", value=QUANTITY | {"low": 2**63}),
        # a validator's refusal
        claim_text(quote="   "),
    ],
)
def test_what_the_fast_path_cannot_vouch_for_goes_to_the_detailed_path(body: str) -> None:
    document = (FULL % body).encode()
    assert fastjson.loads(document) is None
    outcome = detailed(document)
    try:
        assert serialization.loads(document) == outcome
    except DataError as error:
        assert isinstance(outcome, DataError) and error.problems == outcome.problems


@pytest.mark.parametrize(
    "body",
    [
        claim_text()[:-1] + ', "standing": "refuted"}',
        claim_text()[:-1].replace("in August 2018", "in August\\u003a 2018") + ', "reason": null}',
    ],
)
def test_a_key_given_twice_is_refused_with_its_path(body: str) -> None:
    with pytest.raises(DataError) as refused:
        serialization.loads((FULL % body).encode())
    assert refused.value.problems[0].startswith("claims[0]: duplicate key")


def test_an_omitted_default_is_read_by_the_detailed_path() -> None:
    omitted = {"inferences", "standing", "reason"}
    claim = {key: value for key, value in CANONICAL_CLAIM.items() if key not in omitted}
    document = (FULL % orjson.dumps(claim).decode()).encode()
    assert fastjson.loads(document) is None
    assert serialization.loads(document).claims[0].id == CLAIM["id"]


ATTRIBUTION = CANONICAL_CLAIM["attribution"]
INFERENCE = {"part": "year", "how": "from the dateline"}


@pytest.mark.parametrize(
    "changes",
    [
        # ids, matched whole and in ASCII (checked inline by the pattern's own fullmatch)
        {"id": "clm-Bad"},
        {"id": "clm-a\n"},
        {"id": "clm-\u0661"},
        {"source": "clm-a"},
        {"attribution": ATTRIBUTION | {"actor": "per-"}},
        # texts with nothing that shows: whitespace, ASCII or not, and invisible format characters
        # (checked inline by the validators' own NON_BLANK pattern)
        {"quote": ""},
        {"quote": "\u200b"},
        {"reason": "\u2060\ufeff\u202e"},
        {"quote": "\t\n "},
        {"quote": "\u2003\u3000"},
        {"reason": ""},
        {"reason": "\u00a0"},
        {"attribution": ATTRIBUTION | {"note": " "}},
        {"inferences": [INFERENCE | {"how": "\u2028"}]},
        # an offset below 0, an entry given twice
        {"offset": -1},
        {"inferences": [INFERENCE, INFERENCE]},
        # validators that compare fields, called as attrs calls them
        {"subject": "per-someone"},
        {"value": {"type": "place", "name": "Damascus"}},
        {"standing": "disputed"},
        {"point_in_time": "2018"},
    ],
)
def test_the_fast_path_refuses_each_invalid_value(changes: dict[str, Any]) -> None:
    """Each check the fast path makes in its own way refuses what the record's validator refuses."""
    document = (FULL % claim_text(**changes)).encode()
    assert fastjson.loads(document) is None
    assert isinstance(detailed(document), DataError)


def test_the_same_invalid_value_repeated_is_refused_every_time() -> None:
    """A record inside records, or a value many repeat, is checked once per read: a refused one never passes."""
    good = claim_text(id="clm-b")
    for bad in (claim_text(attribution=ATTRIBUTION | {"note": " "}), claim_text(source="src-Bad")):
        for body in (f"{good}, {bad}", f"{bad}, {good}", f"{bad}, {bad.replace('clm-a', 'clm-c')}"):
            assert fastjson.loads((FULL % body).encode()) is None
    # a value matched once (a source) is matched again in the next read, not remembered across reads
    assert fastjson.loads((FULL % f"{good}, {claim_text()}").encode()) is not None
    assert fastjson.loads((FULL % claim_text(source="src-x-")).encode()) is None


def test_strip_and_isspace_agree_on_whitespace() -> None:
    """NON_BLANK's ``\\s`` (the validators' and the fast path's one pattern), ``str.strip`` and ``str.isspace``: one definition."""
    import re

    every = "".join(map(chr, range(0x110000)))
    by_pattern = set(re.findall(r"\s", every))
    by_isspace = set(filter(str.isspace, every))
    by_strip = {char for char in every if not char.strip()}
    assert by_pattern == by_isspace == by_strip, sorted(map(hex, map(ord, by_pattern ^ by_isspace ^ by_strip)))


@pytest.mark.parametrize("chunk", [1, 2, 7, 10**6])
def test_chunked_writing_gives_the_same_bytes(chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tables are written a chunk of records at a time: any chunk size gives the converter's bytes."""
    monkeypatch.setattr(fast_plan, "_CHUNK", chunk)
    data = shipped()
    assert fastjson.dumps(data) == serialization.to_json(data)
    assert fastjson.dumps(Dataset()) == serialization.to_json(Dataset())


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (b'{"a": "no escapes: at all"}', False),
        (b'{"a": "a \\"quoted\\" word"}', False),
        (b'{"a": "an escaped\\u003a colon"}', True),
        (b'{"a": "a digit \\u0031"}', True),
        (b'{"a": "a backslash \\\\u003a, then letters"}', False),
        (b'{"a": "' + b"\\n" * 10_050 + b'", "b": "\\u003A"}', True),
        (b'{"a": "' + b"\\n" * 10_050 + b'", "b": "none"}', False),
        (b'{"a": "\\\\\\u003a"}', True),
    ],
)
def test_escaped_colons_are_found_past_other_escapes(text: bytes, found: bool) -> None:
    """An escaped colon could hide a key given twice from the colon count: every one is found."""
    assert scalars.has_escaped_colon_range(text) is found


def _shipped_with(change: Any) -> bytes:
    document = orjson.loads(serialization.to_json(shipped()))
    change(document)
    return orjson.dumps(document)


@pytest.mark.parametrize(
    "change",
    [
        # a list of ids: each matched whole, none twice (checked inline by map and set)
        lambda d: d["agreements"][0].update(parties=["state-iran", "state-syria", "state-iran"]),
        lambda d: d["agreements"][0].update(parties=["state-iran", "state-syria", "state-"]),
        lambda d: d["sources"][0].update(reports=["agr-2018-military-cooperation", "agr-"]),
        # records inside a record given twice (told apart by identity: equal ones are shared)
        lambda d: d["agreements"][0].update(signatories=d["agreements"][0]["signatories"][:1] * 2),
    ],
)
def test_the_fast_path_refuses_each_invalid_list(change: Callable[[Any], None]) -> None:
    document = _shipped_with(change)
    assert fastjson.loads(document) is None
    assert isinstance(detailed(document), DataError)


@pytest.mark.parametrize(
    "text",
    [
        "2018",
        "2018-08",
        "2018-08-26",
        "2016-02-29",
        "2018-02-29",
        "0000",
        "2018-00",
        "2018-13",
        "2018-08-00",
        "2018-08/2018-09",
        "2018-09/2018-08",
        "2018-08-26\n",
        "2018-\u0660\u0668",
        "",
        "x",
    ],
)
def test_single_dates_are_read_as_fuzzy_date_parse_reads_them(text: str) -> None:
    """The fast path makes a single date's records itself, calling every validator: same value or error."""

    def outcome(parse: Callable[[str], FuzzyDate]) -> FuzzyDate | tuple[str, str]:
        try:
            return parse(text)
        except ValueError as error:
            return type(error).__name__, str(error)

    assert outcome(scalars._single_date_parser()) == outcome(FuzzyDate.parse)


def test_an_impossible_date_is_refused_by_the_fast_path() -> None:
    document = (FULL % claim_text(value={"type": "date", "date": "2018-02-29"})).encode()
    assert fastjson.loads(document) is None
    assert isinstance(detailed(document), DataError)


def test_a_read_in_another_thread_cannot_empty_this_reads_tables() -> None:
    """Entries given twice are told apart by identity, which needs a read's shared records to stay its own.

    Another thread's read, run in the middle of this one (here: between the two equal inferences
    of one claim), would empty the tables this read shares records from; reads take turns instead.
    """
    import threading

    plan = fastjson._get_plan()
    assert plan is not None
    index = next(i for i, table in enumerate(plan.interned) if table is plan.namespace["_seen_Inference"])
    other = serialization.to_json(shipped())
    threads: list[threading.Thread] = []

    class Interrupted(dict[Any, Any]):
        calls = 0

        def get(self, key: Any, default: Any = None) -> Any:
            Interrupted.calls += 1
            if Interrupted.calls == 2:  # the second inference: let another read run now
                threads.append(threading.Thread(target=fastjson.loads, args=(other,)))
                threads[0].start()
                threads[0].join(timeout=0.5)
            return super().get(key, default)

    original = plan.interned[index]
    plan.interned[index] = plan.namespace["_seen_Inference"] = Interrupted()
    try:
        document = (FULL % claim_text(inferences=[INFERENCE, INFERENCE])).encode()
        assert fastjson.loads(document) is None
    finally:
        plan.interned[index] = plan.namespace["_seen_Inference"] = original
        for thread in threads:
            thread.join()


def test_a_traceback_from_a_generated_builder_shows_its_source() -> None:
    import traceback

    from iransyria.fastjson.generated import file_name

    plan = fastjson._get_plan()
    assert plan is not None
    with pytest.raises(AttributeError) as raised:
        plan.namespace["_make_Claim"](object())  # not a claim's mirror: fails on its first field
    shown = "".join(traceback.format_exception(raised.value))
    assert f'File "{file_name("_make_Claim")}", line ' in shown
    failing = [
        frame for frame in traceback.extract_tb(raised.value.__traceback__) if "generated" in frame.filename
    ]
    assert failing and failing[-1].line  # the generated line itself is printed, not just its number


def test_the_source_switch_writes_each_generated_function(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from iransyria.fastjson.generated import SOURCE_FOLDER

    monkeypatch.setenv(SOURCE_FOLDER, str(tmp_path))
    fast_plan.Plan()
    written = (tmp_path / "_make_Claim.py").read_text(encoding="utf-8")
    assert written.startswith("def _make_Claim(m):\n")
    compile(written, "_make_Claim.py", "exec")  # a module a reader can open and run


def _written(node: Any, twice: Any = None) -> bytes:
    """JSON text of ``node``, with the first key of the object ``twice`` (found by identity) given twice."""
    if isinstance(node, dict):
        items = [orjson.dumps(key) + b":" + _written(value, twice) for key, value in node.items()]
        if node is twice and items:
            items.append(items[0])
        return b"{" + b",".join(items) + b"}"
    if isinstance(node, list):
        return b"[" + b",".join(_written(item, twice) for item in node) + b"]"
    return orjson.dumps(node)


def _objects(node: Any) -> list[dict[str, Any]]:
    found = [node] if isinstance(node, dict) and node else []
    children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
    for child in children:
        found += _objects(child)
    return found


@at_most(50)  # whole generated datasets: 50 in the thorough profile keep CI within its minutes
@given(datasets(), st.data())
def test_a_key_given_twice_anywhere_goes_to_the_detailed_path(dataset: Dataset, data: st.DataObject) -> None:
    """Invariant I4: any object of the document, the top level included, with a key repeated."""
    document = orjson.loads(serialization.to_json(dataset))
    twice = data.draw(st.sampled_from(_objects(document)))
    assert fastjson.loads(_written(document, twice)) is None


@at_most(50)  # whole generated datasets: 50 in the thorough profile keep CI within its minutes
@given(datasets(), st.data())
def test_an_escaped_colon_anywhere_goes_to_the_detailed_path(dataset: Dataset, data: st.DataObject) -> None:
    """Invariant I5: a colon written as an escape in any string of the text."""
    text = serialization.to_json(dataset)
    # In canonical text an opening quote follows a space (the indent, or the one after a key's colon).
    opening = [at for at in range(1, len(text)) if text[at : at + 1] == b'"' and text[at - 1 : at] == b" "]
    at = data.draw(st.sampled_from(opening)) + 1
    escape = data.draw(st.sampled_from([b"\\u003a", b"\\u003A"]))
    changed = text[:at] + escape + text[at:]
    orjson.loads(changed)  # still JSON: the escape is inside a string
    assert fastjson.loads(changed) is None


def test_every_invariant_of_the_fast_path_has_its_property_test() -> None:
    import re
    import sys

    listed = set(re.findall(r"\*\*(I\d+)\*\*", fastjson.__doc__ or ""))
    module = sys.modules[__name__]
    tested = {
        name
        for test in vars(module).values()
        if callable(test) and getattr(test, "__name__", "").startswith("test_")
        for name in re.findall(r"\bI\d+\b", (test.__doc__ or "").split(":")[0])
    }
    assert listed == {"I1", "I2", "I3", "I4", "I5"} and listed <= tested


def test_the_shared_part_of_each_all_of_is_inlined_and_the_rest_called() -> None:
    """Each field declared with ``all_of`` (a shared check, then one comparing fields): the fast path
    inlines the shared check (a pattern, a non-blank text, no entry twice) and calls the other as attrs would."""
    import linecache

    import attrs

    from iransyria.fastjson.generated import file_name
    from iransyria.models.common import VALIDATOR_PARTS, validator_parts
    from tests.test_models import model_classes

    plan = fastjson._get_plan()
    assert plan is not None
    combined = {
        (cls, index): validator_parts(field.validator)
        for cls in model_classes()
        for index, field in enumerate(field for field in attrs.fields(cls) if field.init)
        if field.validator in VALIDATOR_PARTS
    }
    assert len(combined) >= 13 and {cls for cls, _ in combined} <= set(plan.mirrors)
    for (cls, index), parts in combined.items():
        key = f"{cls.__name__}_{index}"
        assert f"_v_{key}_0" not in plan.namespace, f"{key}: {parts[0]} is called, not inlined"
        assert [plan.namespace[f"_v_{key}_{part}"] for part in range(1, len(parts))] == parts[1:]
    # Claim.reason: its non-blank check is one inline condition, its "a disputed claim states why" a call.
    reason = next(index for index, field in enumerate(attrs.fields(Claim)) if field.name == "reason")
    source = "".join(linecache.getlines(file_name("_make_Claim")))
    argument = f"a{reason}"
    assert f"({argument} is not None and _visible({argument}) is None)" in source
    assert f"_v_Claim_{reason}_1(o, _f_Claim_{reason}_1, {argument})" in source
    assert fastjson.loads((FULL % claim_text(standing="disputed")).encode()) is None


def test_export_writes_the_records_once_on_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """The export file is the fast path's bytes with meta spliced in: the converter writes nothing, dumps runs once."""
    from iransyria.exports.canonical import json_bytes

    data = shipped()
    expected = json_bytes(data)
    calls: list[int] = []
    fast_dumps = fastjson.dumps

    def counted(dataset: Dataset) -> bytes | None:
        calls.append(1)
        return fast_dumps(dataset)

    def refused(*_: Any, **__: Any) -> Any:
        raise AssertionError("the export went through the converter")

    monkeypatch.setattr(fastjson, "dumps", counted)
    monkeypatch.setattr(serialization, "unstructure", refused)
    monkeypatch.setattr(serialization, "to_json", refused)
    assert json_bytes(data) == expected
    assert len(calls) == 1
