from __future__ import annotations

from typing import Any

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from iransyria.dataset import Dataset
from iransyria.errors import DataError
from iransyria.models import Claim
from iransyria.serialization import dump, dumps, load, loads, structure, unstructure, with_meta
from tests.strategies import at_most, datasets


@given(datasets())
def test_round_trip_loses_nothing(dataset: Dataset) -> None:
    assert loads(dumps(dataset)) == dataset


@given(datasets())
def test_canonical_bytes_are_a_fixed_point(dataset: Dataset) -> None:
    canonical = dumps(dataset)
    assert dumps(loads(canonical)) == canonical


@given(datasets())
def test_record_order_does_not_change_the_bytes(dataset: Dataset) -> None:
    shuffled = Dataset(
        sources=reversed(dataset.sources),
        actors=reversed(dataset.actors),
        agreements=reversed(dataset.agreements),
        claims=reversed(dataset.claims),
        corrections=reversed(dataset.corrections),
        events=reversed(dataset.events),
    )
    assert dumps(shuffled) == dumps(dataset)


CLAIM = {
    "id": "clm-a",
    "source": "src-x",
    "subject": "agr-2018",
    "predicate": "signing-date",
    "value": {"type": "date", "date": "2018-08"},
    "attribution": {"kind": "outlet", "actor": None, "note": None},
    "quote": "in August 2018",
    "inferences": [],
    "standing": "accepted",
    "reason": None,
}


def with_claim(**changes: object) -> bytes:
    return orjson.dumps({"claims": [{**CLAIM, **changes}]})


def test_a_claim_value_is_tagged_with_its_type() -> None:
    claim = structure(CLAIM, Claim)
    assert unstructure(claim)["value"] == {"type": "date", "date": "2018-08"}
    assert str(claim.value.date) == "2018-08"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (b"{", "(top level): not valid JSON: unexpected end of data: line 1 column 2 (char 1)"),
        (b"[]", "(top level): expected an object, found an empty array"),
        (
            b'{"claim": []}',
            "(top level): unknown field 'claim' (known fields: sources, actors, agreements, claims, corrections, events, "
            "references)",
        ),
        (b'{"claims": 3}', "claims: expected an array, found the integer 3"),
        (b'{"claims": {}}', "claims: expected an array, found an empty object"),
        (b'{"claims": ["clm-a"]}', "claims[0]: expected an object, found the string 'clm-a'"),
        (with_claim(inferences={}), "claims[0].inferences: expected an array, found an empty object"),
        (with_claim(inferences="year"), "claims[0].inferences: expected an array, found the string 'year'"),
        (with_claim(value="2018"), "claims[0].value: expected an object, found the string '2018'"),
        (
            with_claim(extra=1),
            "claims[0]: unknown field 'extra' (known fields: id, source, subject, predicate, value, attribution, quote, "
            "inferences, standing, reason, point_in_time, start_time, end_time, offset)",
        ),
        (with_claim(quote=7), "claims[0].quote: expected a string, found the integer 7"),
        (with_claim(value={"type": "date", "date": "2018-13"}), "claims[0].value.date: invalid month 13"),
        (
            with_claim(value={"type": "date", "date": 2018}),
            "claims[0].value.date: expected an EDTF date string, found the integer 2018",
        ),
        (
            with_claim(value={"type": "colour", "date": "2018"}),
            "claims[0].value: expected 'type' to be one of actor, agreement, agreement-kind, date, event-kind, "
            "participant, place, provision, quantity, record, statement or text, found the string 'colour'",
        ),
        (
            with_claim(value={"type": "text", "text": "x"}),
            "claims[0].value: predicate 'signing-date' takes a date value, not text",
        ),
        (
            with_claim(standing="true"),
            "claims[0].standing: expected one of 'accepted', 'disputed', 'refuted' or 'superseded', "
            "found the string 'true'",
        ),
        (
            with_claim(id="claim 1"),
            "claims[0].id: expected a claim id like clm-deepen18-assad-president (clm- then lowercase ASCII letters "
            "and digits in words joined by hyphens), found the string 'claim 1'",
        ),
        (with_claim(quote="  "), "claims[0].quote: expected a non-empty string, found the string '  '"),
    ],
)
def test_bad_input_gives_one_line_with_its_path(document: bytes, message: str) -> None:
    with pytest.raises(DataError) as caught:
        loads(document)
    assert caught.value.problems == [message]


def test_every_problem_is_reported_not_only_the_first() -> None:
    document = orjson.dumps({"claims": [{**CLAIM, "quote": 1}, {**CLAIM, "standing": "x"}]})
    with pytest.raises(DataError) as caught:
        loads(document)
    assert [line.split(":")[0] for line in caught.value.problems] == [
        "claims[0].quote",
        "claims[1].standing",
    ]


def test_missing_field_is_named() -> None:
    document = orjson.dumps({"claims": [{k: v for k, v in CLAIM.items() if k != "quote"}]})
    with pytest.raises(DataError, match=r"^claims\[0\]\.quote: required field missing$"):
        loads(document)


def test_dump_writes_whole_file_or_nothing(tmp_path: pytest.TempPathFactory) -> None:
    path = tmp_path / "data.json"  # type: ignore[operator]
    dump(Dataset(), path)
    assert load(path) == Dataset()
    assert [p.name for p in path.parent.iterdir()] == ["data.json"]


def test_unreadable_file_is_a_data_error(tmp_path: pytest.TempPathFactory) -> None:
    missing = tmp_path / "nope.json"  # type: ignore[operator]
    with pytest.raises(DataError, match=r"nope\.json: cannot read"):
        load(missing)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**64 - 1) | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@given(json_values)
def test_any_json_loads_or_raises_data_error(document: object) -> None:
    try:
        loads(orjson.dumps(document))
    except DataError as error:
        assert error.problems and all(": " in line for line in error.problems)


@given(datasets(), st.data())
def test_a_damaged_export_loads_or_names_the_damage(dataset: Dataset, data: st.DataObject) -> None:
    """Replacing any one value of a valid export gives a dataset or a path-named error, nothing else."""
    document = orjson.loads(dumps(dataset))
    paths: list[tuple[Any, Any]] = []

    def walk(node: Any) -> None:
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, child in items:
            paths.append((node, key))
            walk(child)

    walk(document)
    parent, key = data.draw(st.sampled_from(paths))
    parent[key] = data.draw(json_values)
    try:
        loads(orjson.dumps(document))
    except DataError as error:
        assert error.problems and all(": " in line for line in error.problems)


def test_unstructure_gives_plain_json_types() -> None:
    # The standard library's json takes only dict, list, str, int, float, bool
    # and None: an enum left in the output (SourceKind, Standing) is rejected.
    import json

    import iransyria

    dataset = iransyria.shipped()
    plain = unstructure(dataset)
    assert json.loads(json.dumps(plain)) == plain
    assert plain["sources"][0]["kind"] in {"original", "translation", "republication"}
    assert structure(plain, Dataset) == dataset


def test_an_exports_meta_is_read_past_and_must_be_an_object() -> None:
    import iransyria
    from iransyria.exports import json_bytes

    shipped = iransyria.shipped()
    assert loads(json_bytes(shipped)) == shipped
    with pytest.raises(DataError) as caught:
        loads(b'{"meta": [1], "claims": []}')
    assert caught.value.problems == ["meta: expected an object, found an array of 1 item"]


@at_most(50)  # whole generated datasets: 50 in the thorough profile keep CI within its minutes
@given(datasets(), st.dictionaries(st.text(max_size=8), json_values, max_size=4))
def test_meta_is_written_in_its_sorted_place(dataset: Dataset, meta: dict[str, Any]) -> None:
    """``with_meta`` splices meta into the written bytes: the same bytes as writing the whole document."""
    whole = orjson.dumps(
        {**unstructure(dataset), "meta": meta},
        option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE,
    )
    assert with_meta(dumps(dataset), meta) == whole
