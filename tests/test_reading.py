"""Reading untrusted input: regular files only, capped, and JSON that means one thing (issue 13)."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from iransyria.errors import DataError
from iransyria.reading import check_duplicate_keys, describe_size, parse_json, read_input, read_stream
from iransyria.serialization import load, loads
from tests.strategies import at_most

# --------------------------------------------------------------------------- duplicate keys


@pytest.mark.parametrize(
    ("document", "problems"),
    [
        (b'{"a": 1, "a": 2}', ["(top level): duplicate key 'a'"]),
        (b'{"claims": [], "claims": []}', ["(top level): duplicate key 'claims'"]),
        (
            b'{"claims": [{}, {}, {}, {"standing": "refuted", "standing": "accepted"}]}',
            ["claims[3]: duplicate key 'standing'"],
        ),
        (
            b'{"x": {"y": [{"z": 1, "z": 1, "w": 0, "w": 0}]}, "x2": {"a b": {"k": 1, "k": 2}}}',
            ["x.y[0]: duplicate key 'z'", "x.y[0]: duplicate key 'w'", "x2['a b']: duplicate key 'k'"],
        ),
        # An escaped spelling of the same key is the same key.
        (b'{"ab": 1, "a\\u0062": 2}', ["(top level): duplicate key 'ab'"]),
    ],
)
def test_a_key_given_twice_is_named_with_its_path(document: bytes, problems: list[str]) -> None:
    with pytest.raises(DataError) as caught:
        parse_json(document)
    assert caught.value.problems == problems


@pytest.mark.parametrize(
    "document",
    [
        b'{"a": ":", "b": "\\":", "c": {"d": ["e:", {"f": "\\\\"}]}}',  # colons and quotes inside strings
        b'{"a": 1, "A": 2, "a ": 3}',
        b'[":", ":", {"k": ":"}]',
        '{"é": 1, "e\u0301": 2}'.encode(),  # different code points are different keys
        b'{":": 1, " :": 2, "a": ":", "b": [" :", "\\\\"]}',  # strings that start with a colon
        b'":"',
        b'{"a\\\\": 1, "b": "\\":"}',  # a key ending in a backslash; an escaped quote then a colon
    ],
)
def test_distinct_keys_are_not_duplicates(document: bytes) -> None:
    assert parse_json(document) == orjson.loads(document)


def test_a_duplicated_standing_is_rejected_not_silently_accepted() -> None:
    """The issue's first case: the last of two keys used to win and `check` exited 0."""
    claim = orjson.dumps({"id": "clm-x"})[:-1] + b', "standing": "refuted", "standing": "accepted"}'
    with pytest.raises(DataError) as caught:
        loads(b'{"claims": [' + claim + b"]}")
    assert caught.value.problems == ["claims[0]: duplicate key 'standing'"]


def test_check_duplicate_keys_takes_any_parser_output() -> None:
    raw = b'{"a": {"b": 1, "b": 2}}'
    with pytest.raises(DataError, match=r"^a: duplicate key 'b'$"):
        check_duplicate_keys(raw, orjson.loads(raw))
    check_duplicate_keys(b'{"a": {"b": 1}}', {"a": {"b": 1}})


json_trees = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**64 - 1)
    | st.text(alphabet='ab:"\\ {}[],', max_size=6),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.text(alphabet='ab:"\\ {}[],', max_size=4), children, max_size=3)
    ),
    max_leaves=12,
)


@at_most(60)
@given(json_trees)
def test_no_duplicate_is_found_where_there_is_none(tree: object) -> None:
    raw = orjson.dumps(tree, option=orjson.OPT_INDENT_2)
    assert parse_json(raw) == tree


@at_most(40)
@given(
    st.dictionaries(st.text(alphabet='ab:"\\ {}[],', max_size=4), json_trees, min_size=1, max_size=3),
    st.data(),
)
def test_any_repeated_key_is_found(tree: dict[str, object], data: st.DataObject) -> None:
    key = data.draw(st.sampled_from(sorted(tree)))
    raw = orjson.dumps(tree)
    doubled = raw[:-1] + b", " + orjson.dumps(key) + b": 0}"
    with pytest.raises(DataError) as caught:
        parse_json(doubled)
    assert caught.value.problems[0].startswith("(top level): duplicate key ")


# --------------------------------------------------------------------------- numbers


CLAIM = {
    "id": "clm-x",
    "source": "src-x",
    "subject": "per-x",
    "predicate": "quantity",
    "value": {"type": "quantity", "unit": "troops", "low": 1},
    "attribution": {"kind": "outlet"},
    "quote": "q",
}


def test_an_integer_wider_than_64_bits_is_kept_exact_and_refused_in_words() -> None:
    assert parse_json(b"[18446744073709551616]") == [2**64]
    document = orjson.dumps({"claims": [CLAIM]}).replace(b'"low":1', b'"low":18446744073709551616')
    with pytest.raises(DataError) as caught:
        loads(document)
    assert caught.value.problems == [
        "claims[0].value.low: expected an integer of at most 64 bits, found the integer 18446744073709551616"
    ]
    document = document.replace(b"18446744073709551616", b"1" * 300)
    with pytest.raises(DataError, match="found an integer of 300 digits"):
        loads(document)


# --------------------------------------------------------------------------- files


def test_only_regular_files_are_read(tmp_path: Path) -> None:
    with pytest.raises(DataError, match=r": is a folder, not a regular file$"):
        read_input(tmp_path)
    with pytest.raises(DataError, match=r"^/dev/zero: is a character device, not a regular file$"):
        load("/dev/zero")
    with pytest.raises(DataError, match=r"missing\.json: cannot read: No such file or directory$"):
        load(tmp_path / "missing.json")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []

    def read() -> None:
        try:
            load(fifo)
        except DataError as error:
            outcome.append(error)

    reader = threading.Thread(target=read)
    reader.daemon = True  # if it hangs, the failed assertion below reports it and the thread dies with pytest
    reader.start()
    reader.join(timeout=10)
    assert outcome, "reading a FIFO with no writer hung"
    assert str(outcome[0]).endswith("pipe.json: is a named pipe (FIFO), not a regular file")


def test_input_beyond_the_cap_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 2000 + b"{}")
    with pytest.raises(DataError, match=r"big\.json: larger than the 2\.0 kB limit for input$"):
        load(big, max_bytes=2000)
    assert load(big, max_bytes=2002) is not None

    class Endless:
        def read(self, size: int) -> bytes:
            return b"\0" * size

    with pytest.raises(DataError, match=r"^<stdin>: larger than the 1\.0 MB limit for input$"):
        read_stream(Endless(), "<stdin>", max_bytes=10**6)  # type: ignore[arg-type]


def test_describe_size() -> None:
    assert [describe_size(n) for n in (1, 999, 1000, 10**7, 3 * 10**9)] == [
        "1 byte",
        "999 bytes",
        "1.0 kB",
        "10.0 MB",
        "3.0 GB",
    ]


def test_every_problem_from_a_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "my.json"
    path.write_bytes(b'{"claims": [{"id": 5}]}')
    with pytest.raises(DataError) as caught:
        load(path)
    assert caught.value.problems and all(
        line.startswith(f"{path}: claims[0]") for line in caught.value.problems
    )


def test_load_and_loads_say_what_they_take() -> None:
    with pytest.raises(TypeError, match=r"^load\(\) takes the path of a dataset JSON file, not NoneType$"):
        load(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^loads\(\) takes JSON text as bytes or str, not NoneType$"):
        loads(None)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- caps


def test_checking_stops_at_the_cap_and_counts_what_is_left() -> None:
    document = b'{"claims": [' + b",".join([b"{}"] * 1000) + b'], "corrections": [{}, {}]}'
    with pytest.raises(DataError) as caught:
        loads(document)
    assert len(caught.value.lines()) == 50  # by default a screenful: 49 problems and the count (issue 24)
    assert caught.value.lines()[-1] == "and 995 more records not checked"
    with pytest.raises(DataError) as caught:
        loads(document, max_errors=100)
    error = caught.value
    assert len(error.problems) == 100  # 14 records of 7 problems, and 2 of the 15th's
    assert (error.omitted, error.unchecked) == (5, 1000 - 15 + 2)
    assert error.lines()[-1] == "and 5 more problems and 987 more records not checked"
    with pytest.raises(DataError) as caught:
        loads(document, max_errors=3)
    assert caught.value.lines() == [
        "claims[0].id: required field missing",
        "claims[0].source: required field missing",
        "claims[0].subject: required field missing",
        "and 4 more problems and 1,001 more records not checked",
    ]
    with pytest.raises(DataError) as caught:
        loads(b'{"claims": [{}], "corrections": [{}]}', max_errors=7)
    assert caught.value.lines()[-1] == "and 1 more record not checked"


def test_a_huge_value_is_echoed_cut_with_its_size() -> None:
    document = orjson.dumps({"claims": [{**CLAIM, "id": "clm-" + "x" * 1_000_000 + " "}]})
    with pytest.raises(DataError) as caught:
        loads(document, max_errors=1)
    line = caught.value.problems[0]
    assert line.startswith("claims[0].id: expected a claim id like clm-")
    assert line.endswith("x" * 68 + "'… (1,000,005 characters)")
    assert len(line) < 300
