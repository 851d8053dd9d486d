"""The hostile-input corpus for every command that reads or prints (issue 24), as code.

tests/corpus/build.py holds dataset files for ``check``; these cases drive
the rest of the surface: ``verify``, ``search``, ``show``, ``timeline``,
``export``, ``new-source``, ``locate``. Each :class:`Case` names the issue's
class it belongs to, the files it needs (written into a temporary folder,
``{tmp}`` in its arguments), the exit code it must end with, and text its
stdout and stderr must and must not hold. Every case also holds to the
rules for all bad input (tests/test_corpus_surface.py): no traceback, no
unsafe character on either stream, no line longer than a few hundred
characters.
"""

from __future__ import annotations

import hashlib
from typing import Any

import attrs
import orjson

#: Everything a terminal could act on: OSC 52 (clipboard), OSC 8 (a link), clear screen, carriage
#: return, backspace, DEL, a C1 CSI, a right-to-left override and U+061C ARABIC LETTER MARK.
EVIL = "\x1b]52;c;aGk=\x07\x1b]8;;http://x\x07link\x1b]8;;\x07\x1b[2J\r\b\x7f\x9b\u202e\u061c"
#: How EVIL prints once escaped.
EVIL_SHOWN = r"\x1b]52;c;aGk=\x07\x1b]8;;http://x\x07link\x1b]8;;\x07\x1b[2J\x0d\x08\x7f\x9b\u202e\u061c"

ARTICLE = "Evil minister " + EVIL + " signed the pact in Damascus on Sunday.\n"


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


SOURCE: dict[str, Any] = {
    "id": "src-evil",
    "file": "evil.txt",
    "sha256": _sha(ARTICLE),
    "title": "Title " + EVIL,
    "outlet": None,
    "outlet_basis": "not stated",
    "published": "2018-08-27",
    "published_basis": "the dateline",
    "language": "en",
    "kind": "original",
    "derived_from": [],
}
ACTOR: dict[str, Any] = {"id": "per-evil", "kind": "person", "name": "Evil " + EVIL}
NAMED: dict[str, Any] = {
    "id": "clm-evil-named",
    "source": "src-evil",
    "subject": "per-evil",
    "predicate": "named-as",
    "value": {"type": "text", "text": "Evil " + EVIL},
    "attribution": {"kind": "outlet"},
    "quote": "Evil minister " + EVIL,
    "standing": "accepted",
}
SIGNED: dict[str, Any] = {
    "id": "clm-evil-date",
    "source": "src-evil",
    "subject": "agr-2018-military-cooperation",
    "predicate": "signing-date",
    "value": {"type": "date", "date": "2018-08"},
    "attribution": {"kind": "outlet"},
    "quote": "signed the pact in Damascus",
    "standing": "accepted",
}
EVENT: dict[str, Any] = {
    "id": "evt-2018-evil-visit",
    "kind": "visit",
    "date": "2018-08-26",
    "title": "A visit $\\frac{1}{$ " + EVIL,
    "place": "Damascus " + EVIL,
    "participants": [{"actor": "per-evil", "role": "visitor"}],
}

#: A dataset file added to the shipped data: every text field a command prints carries EVIL.
EVIL_DATA = orjson.dumps(
    {"sources": [SOURCE], "actors": [ACTOR], "claims": [NAMED, SIGNED], "events": [EVENT]}
)

#: A claim for ``verify --claim`` whose quote carries EVIL.
EVIL_CLAIM = orjson.dumps(
    {
        "subject": "agr-2018-military-cooperation",
        "predicate": "signing-date",
        "value": {"type": "date", "date": "2018-08"},
        "quote": "signed " + EVIL,
    }
).decode()

_WITH_DATA = ("--data", "{tmp}/evil.json")


def _sources(*sources: dict[str, Any]) -> bytes:
    return orjson.dumps({"sources": list(sources)})


#: Quotes a spreadsheet would run or split on: formulas (OWASP's list, a full-width one), a bare CR.
FORMULAS = (
    '=HYPERLINK("http://x","y")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A2)",
    "\tx",
    "\rx",
    "\nx",
    "\uff1d1+1",
    "\uff0b1",
    "\uff0d1",
    "\uff20x",
    "line\rbreak",
    "line\nbreak",
    "'=already guarded-looking",
    "-5",
    'plain, with a comma and a "quote"',
)
#: Only the claims above (with --no-shipped): every table's rows are known.
CSV_DATA = orjson.dumps(
    {
        "sources": [SOURCE],
        "claims": [{**SIGNED, "id": f"clm-evil-csv-{i:02}", "quote": q} for i, q in enumerate(FORMULAS)],
    }
)
_CSV = ("--no-shipped", "--data", "{tmp}/csv.json", "export")

#: 10,000 events, each part of the next, the last part of the 100th: one long loop (IS905).
_CHAIN = [f"evt-chain-{i:05}" for i in range(10_000)]
CHAIN_DATA = orjson.dumps(
    {
        "events": [
            {
                "id": event,
                "kind": "meeting",
                "title": f"Meeting {i}",
                "part_of": _CHAIN[(i + 1) % 10_000 or 100],
            }
            for i, event in enumerate(_CHAIN)
        ]
    }
)
#: A 4 MB quote, title and name of one unbroken word: the worst case for laying text out.
_HUGE = "Nahavandi" * 450_000
HUGE_DATA = orjson.dumps(
    {
        "sources": [{**SOURCE, "title": _HUGE}],
        "actors": [{**ACTOR, "name": _HUGE}],
        "claims": [{**NAMED, "quote": _HUGE}],
    }
)


def filler(size: int) -> str:
    """``size`` characters of made-up prose in which every 12-letter piece recurs: hard for alignment."""
    words = ("mint", "oak", "river", "stone", "amber", "cloud", "pine", "salt", "reed", "ash", "dune")
    out: list[str] = []
    length, state = 0, 7
    while length < size:
        state = (state * 1_103_515_245 + 12_345) % 2**31
        word = words[state % len(words)]
        out.append(word)
        length += len(word) + 1
    return " ".join(out)[:size]


#: An article just under the 4 MiB cap, and a 2,000-character quote from it with one letter changed.
BIG_ARTICLE = filler(4_000_000)
NEAR_MISS = BIG_ARTICLE[1_000_000:1_000_900] + "X" + BIG_ARTICLE[1_000_901:1_002_000]
_FILES = {"evil.json": EVIL_DATA, "articles/evil.txt": ARTICLE.encode(), "csv.json": CSV_DATA}


@attrs.frozen
class Case:
    """One hostile input: the command it drives, what it must end with, what it must and must not print."""

    name: str
    #: The class of issue 24 the case belongs to (1 terminal injection, 2 CSV, 3 reading, ...).
    kind: int
    args: tuple[str, ...]
    exit: int
    files: dict[str, bytes] = attrs.field(factory=lambda: dict(_FILES))
    stdout_has: tuple[str, ...] = ()
    stderr_has: tuple[str, ...] = ()
    #: stdout is JSON, and this path into it (keys and indexes) holds this exact value.
    json_value: tuple[tuple[Any, ...], Any] | None = None
    #: Run as a process whose stdout is closed (``iransyria export >&-``), not through CliRunner.
    stdout_closed: bool = False
    #: Run as a process whose stdin is closed (``iransyria check - <&-``), not through CliRunner.
    stdin_closed: bool = False
    #: What the command reads on stdin.
    stdin: bytes | None = None
    #: Named pipes (FIFOs) made in the folder, with no writer: reading one would wait for ever.
    fifos: tuple[str, ...] = ()
    #: CSV files written, each with the rows it must read as (by pandas and by the csv module alike).
    tables: tuple[tuple[str, int], ...] = ()
    #: Whether every cell of those tables must be guarded against spreadsheets (no leading formula).
    guarded: bool = True
    #: A table, a column, and the values it must read back as (guards undone where ``guarded``).
    column: tuple[str, str, tuple[str, ...]] | None = None
    #: Symlinks made in the folder: (the link, what it points to, relative to the folder).
    links: tuple[tuple[str, str], ...] = ()
    #: Text that must appear on neither stream (what a symlink leads to).
    never: tuple[str, ...] = ()
    #: Files of ``files`` made read-only (no write bit) before the command runs.
    read_only: tuple[str, ...] = ()
    #: Files of ``files`` dated two hours back (a temporary a killed run left).
    aged: tuple[str, ...] = ()
    #: Files of ``files`` that must hold what they held after the command.
    unchanged: tuple[str, ...] = ()
    #: Paths that must not exist after the command.
    absent: tuple[str, ...] = ()
    #: How many lines stderr must have.
    stderr_lines: int | None = None


CASES: tuple[Case, ...] = (
    # 1. Terminal injection: whatever a command prints, on stdout or stderr, reaches the terminal inert.
    Case(
        "verify_evidence_quote",
        1,
        (*_WITH_DATA, "verify", "--agreement", "agr-2018-military-cooperation", "--date", "2018-08"),
        0,
        stdout_has=("clm-evil-date",),
    ),
    Case(
        "verify_claim_quote",
        1,
        ("verify", "--claim", EVIL_CLAIM),
        0,
        stdout_has=("claim: signed " + EVIL_SHOWN,),
    ),
    Case(
        "verify_claim_json_exact",
        1,
        ("verify", "--json", "--claim", EVIL_CLAIM),
        0,
        json_value=(("claim", "quote"), "signed " + EVIL),
    ),
    Case("search_query_echo", 1, ("search", "zqx" + EVIL), 0, stderr_has=("nothing matches",)),
    Case("search_arabic_letter_mark", 1, ("search", "zqx\u061czqx"), 0, stderr_has=("zqx\\u061czqx",)),
    Case(
        "show_source_text_piped",
        1,
        (*_WITH_DATA, "show", "source", "src-evil", "--text", "--articles", "{tmp}/articles"),
        0,
        stdout_has=("Evil minister " + EVIL_SHOWN,),
    ),
    Case("show_actor_name", 1, (*_WITH_DATA, "show", "actor", "per-evil"), 0, stdout_has=("Evil ",)),
    Case("show_claim_quote", 1, (*_WITH_DATA, "show", "claim", "clm-evil-named"), 0, stdout_has=("Evil ",)),
    Case(
        "show_claims_json_exact",
        1,
        (*_WITH_DATA, "show", "claim", "clm-evil-named", "--json"),
        0,
        json_value=(("claims", 0, "quote"), "Evil minister " + EVIL),
    ),
    Case("show_event_title", 1, (*_WITH_DATA, "show", "event", "evt-2018-evil-visit"), 0),
    Case("timeline_rows", 1, (*_WITH_DATA, "timeline"), 0),
    Case(
        "timeline_plot_path_and_labels",
        1,
        (*_WITH_DATA, "timeline", "--plot", "{tmp}/out\x1b]52;c;aGk=\x07\x1b[2J\u202e.svg"),
        0,
        stderr_has=("drew ", "out\\x1b]52;c;aGk="),
    ),
    Case(
        "new_source_title_stdout",
        1,
        ("new-source", "{tmp}/articles/evil.txt", "--id", "src-new", "--title", "T" + EVIL),
        0,
        json_value=(("sources", 0, "title"), "T" + EVIL),
    ),
    Case(
        "locate_near_miss",
        1,
        ("locate", "{tmp}/articles/evil.txt", "Evil minister " + EVIL + " signed a pact"),
        1,
        stdout_has=("nearest at characters",),
    ),
    Case("check_unknown_option", 1, ("check", "--x" + EVIL), 2),
    # click's own usage errors quote the argument, and rich wrote bidi overrides and U+061C raw (found
    # by the locate fuzz target: a quote that starts with "--" is read as an option).
    Case(
        "check_unknown_option_bidi",
        1,
        ("check", "--x\u202e\u061cy"),
        2,
        stderr_has=("No such option: --x\\u202e\\u061cy",),
    ),
    Case(
        "locate_quote_read_as_an_option",
        1,
        ("locate", "{tmp}/articles/evil.txt", "--in Damascus \u061c signed"),
        2,
        stderr_has=("No such option: --in Damascus \\u061c signed",),
    ),
    # 4. Arguments and streams: bytes that are not UTF-8, a closed stdout, huge values.
    Case(
        "new_source_non_utf8_file_name",
        4,
        ("new-source", "{tmp}/\udcff.txt", "--id", "src-new", "--title", "t"),
        2,
        files={"\udcff.txt": b"text"},
        stderr_has=("argument 2 is not UTF-8 text (byte 0xff at byte ",),
    ),
    Case(
        "new_source_non_utf8_title",
        4,
        ("new-source", "{tmp}/articles/evil.txt", "--id", "src-new", "--title", "t\udcfe"),
        2,
        stderr_has=("argument 6 is not UTF-8 text (byte 0xfe at byte 1)",),
    ),
    Case("search_non_utf8_query", 4, ("search", "x\udc80"), 2, stderr_has=("argument 2 is not UTF-8",)),
    Case(
        "export_stdout_closed",
        4,
        ("export",),
        2,
        stdout_closed=True,
        stderr_has=("stdout: closed when iransyria started",),
    ),
    Case("export_out_with_stdout_closed", 4, ("export", "--out", "{tmp}/out.json"), 0, stdout_closed=True),
    # 7. Output files: read-only refused, never overwritten, written whole, stale temporaries cleaned.
    Case(
        "export_out_read_only_refused",
        7,
        ("export", "--out", "{tmp}/out.json"),
        2,
        files={"out.json": b"old"},
        read_only=("out.json",),
        unchanged=("out.json",),
        stderr_has=("out.json: cannot write: Permission denied (a read-only file; --force replaces it)",),
    ),
    Case(
        "export_out_read_only_forced",
        7,
        ("export", "--force", "--out", "{tmp}/out.json"),
        0,
        files={"out.json": b"old"},
        read_only=("out.json",),
        stderr_has=("wrote ",),
    ),
    Case(
        "export_csv_folder_with_a_read_only_table",
        7,
        (*_CSV, "--format", "csv", "--out", "{tmp}/out"),
        2,
        files={"csv.json": CSV_DATA, "out/claims.csv": b"old claims\n", "out/actors.csv": b"old actors\n"},
        read_only=("out/claims.csv",),
        unchanged=("out/claims.csv", "out/actors.csv"),
        stderr_has=("claims.csv: cannot write: Permission denied",),
    ),
    Case(
        "export_csv_folder_keeps_the_users_files",
        7,
        (*_CSV, "--format", "csv", "--out", "{tmp}/out"),
        0,
        files={"csv.json": CSV_DATA, "out/README.txt": b"mine\n", "out/claims.csv": b"old claims\n"},
        unchanged=("out/README.txt",),
        tables=(("out/claims.csv", len(FORMULAS)),),
    ),
    Case(
        "new_source_out_through_a_dangling_symlink",
        7,
        (
            "new-source",
            "{tmp}/articles/evil.txt",
            "--id",
            "src-new",
            "--title",
            "t",
            "--out",
            "{tmp}/new.json",
        ),
        2,
        links=(("new.json", "elsewhere/planted.json"),),
        absent=("elsewhere/planted.json",),
        stderr_has=("new.json: already exists; new-source never overwrites",),
    ),
    Case(
        "export_cleans_a_stale_temporary",
        7,
        ("export", "--out", "{tmp}/out.json"),
        0,
        files={".out.json.k1ll3d.tmp": b"half a file"},
        aged=(".out.json.k1ll3d.tmp",),
        absent=(".out.json.k1ll3d.tmp",),
    ),
    Case(
        "export_keeps_a_fresh_temporary",
        7,
        ("export", "--out", "{tmp}/out.json"),
        0,
        files={".out.json.4w0rk.tmp": b"another writer at work"},
        unchanged=(".out.json.4w0rk.tmp",),
    ),
    # 6. Wrong accepts: what the model or the rules say is not allowed, refused.
    Case(
        "check_a_source_that_relays_itself",
        6,
        ("check", "{tmp}/self.json"),
        1,
        files={
            "self.json": _sources(
                {**SOURCE, "derived_from": [{"kind": "relays", "actor": None, "source": "src-evil"}]}
            )
        },
        stdout_has=("IS105", "sources loop through derived_from: src-evil"),
    ),
    Case(
        "check_two_sources_that_translate_each_other",
        6,
        ("check", "{tmp}/mutual.json"),
        1,
        files={
            "mutual.json": _sources(
                {
                    **SOURCE,
                    "kind": "translation",
                    "derived_from": [{"kind": "translation-of", "actor": None, "source": "src-other"}],
                },
                {
                    **SOURCE,
                    "id": "src-other",
                    "file": "other.txt",
                    "kind": "translation",
                    "derived_from": [{"kind": "translation-of", "actor": None, "source": "src-evil"}],
                },
            )
        },
        stdout_has=("IS105", "sources loop through derived_from: src-evil, src-other"),
    ),
    Case(
        "check_an_actor_named_only_a_zero_width_space",
        6,
        ("check", "{tmp}/zw.json"),
        2,
        files={"zw.json": orjson.dumps({"actors": [{**ACTOR, "name": "\u200b"}]})},
        stderr_has=("actors[0].name: expected a non-empty string, found the string '\\u200b'",),
    ),
    Case(
        "check_a_url_with_escape_and_bell",
        6,
        ("check", "{tmp}/url.json"),
        2,
        files={"url.json": _sources({**SOURCE, "url": "https://example.org/\x1b]52;c;aGk=\x07"})},
        stderr_has=("sources[0].url: expected an http(s) URL without spaces",),
    ),
    Case(
        "check_a_file_name_with_a_c1_control",
        6,
        ("check", "{tmp}/c1.json"),
        2,
        files={"c1.json": _sources({**SOURCE, "file": "evil\x9b.txt"})},
        stderr_has=("sources[0].file: expected the bare name of a file",),
    ),
    Case(
        "check_a_file_name_with_a_right_to_left_override",
        6,
        ("check", "{tmp}/rlo.json"),
        2,
        files={"rlo.json": _sources({**SOURCE, "file": "evil\u202etxt.exe"})},
        stderr_has=("sources[0].file: expected the bare name of a file",),
    ),
    Case(
        "check_meta_900_deep_with_a_20_digit_integer",
        6,
        ("check", "{tmp}/deep.json"),
        2,
        files={
            "deep.json": b'{"meta": {"a": '
            + b"[" * 900
            + b"1"
            + b"]" * 900
            + b', "n": 12345678901234567890}}'
        },
        stderr_has=("(top level): nested too deeply to be a dataset",),
    ),
    # 8. Messages: a screenful, the user's own file names, one line each.
    Case(
        "check_1000_empty_claims_fit_a_screen",
        8,
        ("check", "{tmp}/empty.json"),
        2,
        files={"empty.json": b'{"claims": [' + b",".join([b"{}"] * 1_000) + b"]}"},
        stderr_lines=50,
        stderr_has=("and 993 more records not checked",),
    ),
    Case(
        "check_a_file_name_with_a_newline",
        8,
        ("check", "bad\nname.json"),
        2,
        files={"bad\nname.json": b'{"claims": 5}'},
        stderr_lines=1,
        stderr_has=("bad\\nname.json: claims: expected an array, found the integer 5",),
    ),
    Case(
        "export_out_in_a_missing_folder_names_the_users_file",
        8,
        ("export", "--out", "nofolder/out.json"),
        2,
        stderr_lines=1,
        stderr_has=("nofolder/out.json: cannot write: No such file or directory",),
        never=(".tmp",),
    ),
    Case(
        "export_out_dev_full_behind_a_symlink",
        8,
        ("export", "--out", "full.json"),
        2,
        links=(("full.json", "/dev/full"),),
        stderr_has=("full.json: cannot write: No space left on device",),
        never=("/dev/full",),
    ),
    Case(
        "timeline_plot_dev_full_behind_a_symlink",
        8,
        (*_WITH_DATA, "timeline", "--plot", "full.svg"),
        2,
        links=(("full.svg", "/dev/full"),),
        stderr_has=("full.svg: cannot write: No space left on device",),
        never=("/dev/full", "stdout"),
    ),
    Case(
        "timeline_plot_in_a_missing_folder_names_the_users_file",
        8,
        (*_WITH_DATA, "timeline", "--plot", "nofolder/out.svg"),
        2,
        stderr_has=("nofolder/out.svg: cannot write: No such file or directory",),
        never=(".tmp",),
    ),
    Case(
        "check_stdin_named_once",
        8,
        ("check", "-"),
        2,
        stdin=b'{"claims": 5}',
        stderr_lines=1,
        stderr_has=("iransyria: stdin: claims: expected an array, found the integer 5",),
        never=("stdin: stdin",),
    ),
    Case(
        "read_stdin_named_as_check_names_it",
        8,
        ("read", "-"),
        2,
        stdin=b"Damas\xe9",
        stderr_lines=1,
        stderr_has=("iransyria: stdin: not UTF-8 text (byte 5)",),
        never=("iransyria: -:",),
    ),
    Case(
        "verify_claim_stdin_named_once",
        8,
        ("verify", "--claim", "-"),
        2,
        stdin=b'{"standing": "refuted", "standing": "accepted"}',
        stderr_lines=1,
        stderr_has=("iransyria: --claim: duplicate key 'standing'",),
        never=("--claim: --claim",),
    ),
    Case(
        "check_stdin_closed",
        8,
        ("check", "-"),
        2,
        stdin_closed=True,
        stderr_lines=1,
        stderr_has=("iransyria: stdin: closed when iransyria started (nothing to read)",),
    ),
    Case(
        "read_stdin_closed",
        8,
        ("read", "-"),
        2,
        stdin_closed=True,
        stderr_lines=1,
        stderr_has=("iransyria: stdin: closed when iransyria started (nothing to read)",),
    ),
    Case(
        "verify_claim_stdin_closed",
        8,
        ("verify", "--claim", "-"),
        2,
        stdin_closed=True,
        stderr_lines=1,
        stderr_has=("iransyria: stdin: closed when iransyria started (nothing to read)",),
    ),
    Case(
        "new_source_article_name_refused_names_the_argument",
        8,
        ("new-source", "{tmp}/ blank-first.txt", "--id", "src-new", "--title", "t"),
        2,
        files={" blank-first.txt": ARTICLE.encode("utf-8")},
        stderr_lines=1,
        stderr_has=("iransyria: ARTICLE: expected the bare name of a file",),
        never=("--file",),
    ),
    # 9. Leak: a --data folder may not lead out of itself.
    Case(
        "data_folder_symlink_out",
        9,
        ("--data", "mine", "show", "agreements"),
        2,
        files={"secret.json": b'{"claims": [{"id": "the-secret-password"}]}'},
        links=(("mine/a.json", "../secret.json"),),
        stderr_has=("mine/a.json: resolves outside ",),
        never=("the-secret-password",),
    ),
    Case(
        "data_folder_symlink_out_check",
        9,
        ("check", "--data", "{tmp}/mine"),
        2,
        files={"secret.json": b'{"claims": [{"id": "the-secret-password"}]}'},
        links=(("mine/a.json", "../secret.json"),),
        stderr_has=("mine/a.json: resolves outside ",),
        never=("the-secret-password",),
    ),
    Case(
        "data_folder_symlink_inside_is_read",
        9,
        ("--no-shipped", "--data", "{tmp}/mine", "show", "actor", "per-evil"),
        0,
        files={"mine/real.data": EVIL_DATA},
        links=(("mine/a.json", "real.data"),),
        stdout_has=("per-evil",),
    ),
    # 2. CSV formula and line-break injection: guarded by default, exact on request, JSON always exact.
    Case(
        "export_csv_formulas_guarded",
        2,
        (*_CSV, "--format", "csv", "--out", "{tmp}/out"),
        0,
        tables=(("out/claims.csv", len(FORMULAS)), ("out/sources.csv", 1)),
        column=("out/claims.csv", "quote", FORMULAS),
    ),
    Case(
        "export_datapackage_formulas_guarded",
        2,
        (*_CSV, "--format", "datapackage", "--out", "{tmp}/out"),
        0,
        tables=(("out/claims.csv", len(FORMULAS)),),
        column=("out/claims.csv", "quote", FORMULAS),
    ),
    Case(
        "export_csv_no_escape_formulas_exact",
        2,
        (*_CSV, "--format", "csv", "--no-escape-formulas", "--out", "{tmp}/out"),
        0,
        tables=(("out/claims.csv", len(FORMULAS)),),
        guarded=False,
        column=("out/claims.csv", "quote", FORMULAS),
    ),
    Case(
        "export_json_exact",
        2,
        (*_CSV, "--format", "json"),
        0,
        json_value=(("claims", 0, "quote"), FORMULAS[0]),
    ),
    Case(
        "export_jsonl_exact_to_a_file",
        2,
        (*_CSV, "--format", "jsonl", "--out", "{tmp}/out.jsonl"),
        0,
        stderr_has=("wrote 17 records",),
    ),
    # 5. Super-linear rules and renderers: 10,000 records, megabyte values.
    Case(
        "check_10k_event_part_of_loop",
        5,
        ("check", "{tmp}/chain.json"),
        1,
        files={"chain.json": CHAIN_DATA},
        stdout_has=("errors (20001)",),
    ),
    Case(
        "show_claim_4_mb_quote",
        5,
        ("--data", "{tmp}/huge.json", "show", "claim", "clm-evil-named"),
        0,
        files={"huge.json": HUGE_DATA},
        stdout_has=("(4,050,000 characters; --json gives them all)",),
    ),
    Case(
        "show_actors_4_mb_name",
        5,
        ("--data", "{tmp}/huge.json", "show", "actors"),
        0,
        files={"huge.json": HUGE_DATA},
        stdout_has=("per-evil",),
    ),
    Case(
        "search_4_mb_name",
        5,
        ("--data", "{tmp}/huge.json", "search", "Nahavandi"),
        0,
        files={"huge.json": HUGE_DATA},
        stdout_has=("per-evil",),
    ),
    # 3. Reading user files beyond check: every article through the one guarded reader.
    Case(
        "locate_fifo",
        3,
        ("locate", "{tmp}/pipe.txt", "a quote"),
        2,
        fifos=("pipe.txt",),
        stderr_has=("pipe.txt: is a named pipe (FIFO), not a regular file",),
    ),
    Case(
        "locate_dev_zero",
        3,
        ("locate", "/dev/zero", "a quote"),
        2,
        stderr_has=("/dev/zero: is a character device, not a regular file",),
    ),
    Case(
        "new_source_fifo",
        3,
        ("new-source", "{tmp}/pipe.txt", "--id", "src-new", "--title", "t"),
        2,
        fifos=("pipe.txt",),
        stderr_has=("pipe.txt: is a named pipe (FIFO), not a regular file",),
    ),
    Case(
        "new_source_dev_zero",
        3,
        ("new-source", "/dev/zero", "--id", "src-new", "--title", "t"),
        2,
        stderr_has=("/dev/zero: is a character device, not a regular file",),
    ),
    Case(
        "locate_article_over_the_cap",
        3,
        ("locate", "{tmp}/huge.txt", "a quote"),
        2,
        files={"huge.txt": b"a" * (4 * 1024 * 1024 + 1)},
        stderr_has=("huge.txt: larger than the 4.2 MB limit for input",),
    ),
    Case(
        "show_source_text_fifo",
        3,
        (*_WITH_DATA, "show", "source", "src-evil", "--text", "--articles", "{tmp}/pipes"),
        2,
        fifos=("pipes/evil.txt",),
        stderr_has=("evil.txt: is a named pipe (FIFO), not a regular file",),
    ),
    Case(
        "locate_quote_opening_before_the_article",
        3,
        ("locate", "{tmp}/short.txt", "x" * 100 + "signed the pact"),
        1,
        files={"short.txt": b"signed the pact in Damascus"},
        stdout_has=("nothing in it is near",),
    ),
    Case(
        "locate_near_miss_in_a_4_mb_article",
        3,
        ("locate", "{tmp}/big.txt", NEAR_MISS),
        1,
        files={"big.txt": BIG_ARTICLE.encode()},
        stdout_has=("nearest at characters 1000000-1002000 (100% alike)",),
    ),
    Case(
        "show_actor_126k_name",
        4,
        ("show", "actor", "a" * 126_000),
        2,
        stderr_has=('no actor "' + "a" * 60 + '…" (126,000 characters)',),
    ),
    Case(
        "verify_signatory_126k_name",
        4,
        ("verify", "--agreement", "agr-2018-military-cooperation", "--signatory", "a" * 126_000),
        2,
        stderr_has=('no actor "' + "a" * 60 + '…" (126,000 characters)',),
    ),
    Case(
        "show_claim_126k_id",
        4,
        ("show", "claim", "clm-" + "x" * 126_000),
        2,
        stderr_has=('no claim "clm-' + "x" * 56 + '…" (126,004 characters)',),
    ),
    Case(
        "search_126k_query",
        4,
        ("search", "zqx" * 42_000),
        0,
        stderr_has=('nothing matches "' + "zqx" * 20 + '…" (126,000 characters)',),
    ),
)
