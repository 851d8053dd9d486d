"""The exceptions the package raises on bad input, and the catalogue of errors a user can meet.

``docs/errors.md`` is generated from :data:`CATALOGUE` (``python -c "from
iransyria.errors import errors_reference; print(errors_reference(), end='')" >
docs/errors.md``); tests keep the catalogue's examples equal to what the
code prints for the bad-input corpus.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["CATALOGUE", "MAX_ERRORS", "DataError", "ErrorKind", "InvalidField", "errors_reference"]

#: How many problems a :class:`DataError` lists before it only counts the rest: with that line,
#: at most 50 lines, a screenful (it was 100 and a line: the first problems scrolled away).
MAX_ERRORS = 49


class InvalidField(ValueError):
    """A single-record invariant failed: names the field, so the message can carry its path."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class DataError(ValueError):
    """Input that does not describe a valid dataset.

    ``problems`` holds one line per problem, each starting with the path of
    the offending value (``claims[12].value.date: expected …, found …``),
    and, when read from a file, the file before it (``my.json: claims[12]…``).
    Checking stops at a cap of problems: ``omitted`` counts the problems
    found but not listed, ``unchecked`` the records not looked at. The
    exception's text is :meth:`lines` joined.
    """

    def __init__(self, problems: list[str], omitted: int = 0, unchecked: int = 0) -> None:
        self.problems = problems
        self.omitted = omitted
        self.unchecked = unchecked
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        """The problems, then 'and N more problems and M more records not checked' past the cap."""
        more = []
        if self.omitted:
            more.append(f"{self.omitted:,} more problem{'' if self.omitted == 1 else 's'}")
        if self.unchecked:
            more.append(f"{self.unchecked:,} more record{'' if self.unchecked == 1 else 's'} not checked")
        return [*self.problems, "and " + " and ".join(more)] if more else list(self.problems)

    def in_file(self, name: str) -> DataError:
        """The same problems, each prefixed by the file they were found in."""
        return DataError([f"{name}: {problem}" for problem in self.problems], self.omitted, self.unchecked)


# --------------------------------------------------------------------------- the catalogue


class ErrorKind(NamedTuple):
    """One kind of error a user can meet: its code, an example message, its exit code, what to do.

    ``case`` names the bad-input corpus case (tests/corpus) whose first
    message is ``example`` (with the file called ``my.json``): a test keeps
    the two equal, so the catalogue shows what the code really prints.
    """

    code: str
    title: str
    exit: int
    example: str
    remedy: str
    case: str | None = None


#: Every error a user can meet, by stage; ``docs/errors.md`` is generated from it.
CATALOGUE: tuple[tuple[str, tuple[ErrorKind, ...]], ...] = (
    (
        "Reading the file",
        (
            ErrorKind(
                "IE101",
                "the file cannot be read",
                2,
                "my.json: cannot read: No such file or directory",
                "Check the path, and that you may read the file.",
            ),
            ErrorKind(
                "IE102",
                "not a regular file",
                2,
                "my.json: is a named pipe (FIFO), not a regular file",
                "Give a regular file. A folder, a FIFO, a device (/dev/zero) or a socket is refused "
                "without being read; to read a stream, pipe it to `iransyria check -`.",
            ),
            ErrorKind(
                "IE103",
                "larger than the input limit",
                2,
                "my.json: larger than the 268.4 MB limit for input",
                "A real dataset is far smaller; check that this is the file you meant.",
            ),
            ErrorKind(
                "IE104",
                "a file of a --data folder that leads out of it",
                2,
                "mine/a.json: resolves outside mine",
                "Copy the file into the folder, or give it as its own --data FILE: a folder's files are "
                "its own, so a symlink out of it (which could show another file's content in an error) "
                "is refused, as --articles refuses one.",
                "data_folder_symlink_out",
            ),
        ),
    ),
    (
        "Reading the JSON",
        (
            ErrorKind(
                "IE201",
                "not valid JSON",
                2,
                "my.json: (top level): not valid JSON: unexpected end of data: line 1 column 5 (char 4)",
                "Fix the JSON at the line and column given (a truncated file, a trailing comma, NaN, "
                "single quotes, a byte order mark).",
                "n_array_incomplete",
            ),
            ErrorKind(
                "IE202",
                "a key given twice in one object",
                2,
                "my.json: claims[0]: duplicate key 'standing'",
                "Keep one of the two values: JSON readers differ on which one wins, so the file is "
                "refused rather than read either way.",
                "duplicate_standing",
            ),
            ErrorKind(
                "IE203",
                "nested too deeply",
                2,
                "my.json: (top level): nested too deeply to be a dataset",
                "A dataset is a few levels deep; this is not an export.",
                "nested_too_deep",
            ),
            ErrorKind(
                "IE204",
                "not a dataset object",
                2,
                "my.json: (top level): expected an object, found an empty array",
                "A dataset is one JSON object with the tables sources, actors, agreements, claims, "
                "corrections.",
                "top_level_array",
            ),
        ),
    ),
    (
        "Reading the records",
        (
            ErrorKind(
                "IE301",
                "an unknown field",
                2,
                "my.json: claims[0]: unknown field 'extra' (known fields: id, source, subject, predicate, "
                "value, attribution, quote, inferences, standing, reason, point_in_time, start_time, end_time, offset)",
                "Remove the field or correct its spelling: unknown fields are refused, not ignored.",
                "unknown_field",
            ),
            ErrorKind(
                "IE302",
                "a required field missing",
                2,
                "my.json: claims[0].quote: required field missing",
                "Add the field; docs/model.md lists every record's fields.",
                "missing_field",
            ),
            ErrorKind(
                "IE303",
                "a value of the wrong JSON type",
                2,
                "my.json: claims[0].quote: expected a string, found the integer 7",
                'Give the kind of value named: nothing is converted ("1" is not 1, 1.0 is not an integer).',
                "quote_number",
            ),
            ErrorKind(
                "IE304",
                "a value outside its vocabulary",
                2,
                "my.json: claims[0].standing: expected one of 'accepted', 'disputed', 'refuted' or "
                "'superseded', found true (a boolean)",
                "Use one of the values listed.",
                "standing_boolean",
            ),
            ErrorKind(
                "IE305",
                "a claim value without a known type",
                2,
                "my.json: claims[0].value: required field 'type' missing: one of actor, agreement, agreement-kind, date, "
                "event-kind, participant, place, provision, quantity, record, statement or text",
                "Tag the value with its `type`, one of those listed.",
                "value_tag_missing",
            ),
            ErrorKind(
                "IE306",
                "an integer wider than 64 bits",
                2,
                "my.json: claims[0].value.low: expected an integer of at most 64 bits, found the integer "
                "18446744073709551616",
                "Give a number from -9223372036854775808 to 18446744073709551615.",
                "int_beyond_64_bits",
            ),
        ),
    ),
    (
        "Checking the values",
        (
            ErrorKind(
                "IE401",
                "a malformed id",
                2,
                "my.json: claims[0].id: expected a claim id like clm-deepen18-assad-president (clm- then lowercase "
                "ASCII letters and digits in words joined by hyphens), found the string 'clm-daily-date\\n'",
                "Write the id as shown: its kind's prefix, lowercase ASCII words joined by hyphens, "
                "nothing before or after (not even a newline).",
                "id_trailing_newline",
            ),
            ErrorKind(
                "IE402",
                "a malformed date",
                2,
                "my.json: claims[0].value.date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD in ASCII "
                "digits, found '٢٠١٨-٠٨'",
                "Write EDTF dates in ASCII digits: 2018, 2018-08, 2018-08-26, or a range "
                "2018-08-26/2018-08-27 whose end follows its start.",
                "date_arabic_indic_digits",
            ),
            ErrorKind(
                "IE403",
                "an empty text",
                2,
                "my.json: claims[0].quote: expected a non-empty string, found the string '   '",
                "Give the text, or leave out an optional field.",
                "quote_blank",
            ),
            ErrorKind(
                "IE404",
                "a malformed code",
                2,
                "my.json: sources[0].language: expected an ISO 639 code of 2 or 3 lowercase letters (en, fa), "
                "found the string 'en\\n'",
                "Write the code exactly: a language as en or fa, a SHA-256 as 64 lowercase hex digits.",
                "language_trailing_newline",
            ),
            ErrorKind(
                "IE405",
                "an article file outside the articles folder",
                2,
                "my.json: sources[0].file: expected the bare name of a file in the articles folder (no "
                "folder, no '..', no control characters, no surrounding blanks), found the string "
                "'../secret.txt'",
                "Name the article file alone (2018.txt) and put it in the folder given to --articles.",
                "file_parent_secret",
            ),
            ErrorKind(
                "IE406",
                "a record that contradicts itself",
                2,
                "my.json: claims[0].value.date: range end 2014-05 is not after its start 2014-06",
                "Each record type checks what it alone can get wrong (a span that ends before it starts, a "
                "disputed claim without a reason); the message says which.",
                "date_reversed_range",
            ),
            ErrorKind(
                "IE407",
                "more problems than the cap",
                2,
                "and 5 more problems and 99,985 more records not checked",
                "Checking stops after --max-errors problems (100); fix those first, or raise the cap.",
            ),
        ),
    ),
    (
        "Asking the command line",
        (
            ErrorKind(
                "IE501",
                "an unknown id",
                2,
                'no agreement "agr-2019": did you mean Iran–Syria military cooperation agreement (August 2018), signed 2018-08-26/2018-08-27 (agr-2018-military-cooperation)?',
                "Use the id suggested, or list the ids with `iransyria show agreements`.",
            ),
            ErrorKind(
                "IE502",
                "a file that cannot be written",
                2,
                "out.json: cannot write: Permission denied",
                "Write to a folder you may write in; the old file is left untouched. A read-only file is "
                "refused too (`export --force` replaces it); `new-source` never replaces any file, nor "
                "writes through a symlink.",
            ),
            ErrorKind(
                "IE503",
                "a command or option misused",
                2,
                "No such option: --jsn (Possible options: --json). Try 'iransyria check -h' for help.",
                "See `iransyria COMMAND --help` (or `-h`).",
            ),
            ErrorKind(
                "IE504",
                "an argument that is not UTF-8 text",
                2,
                "argument 2 is not UTF-8 text (byte 0x80 at byte 1): arguments and file names must be UTF-8",
                "Give text in UTF-8; rename a file whose name is in another encoding "
                "(`convmv -f latin1 -t utf8`). Records, messages and JSON hold only text.",
                "search_non_utf8_query",
            ),
            ErrorKind(
                "IE505",
                "stdout closed",
                2,
                "stdout: closed when iransyria started (nothing to write to)",
                "The command was started with its standard output closed (`>&-`): redirect it to a file "
                "or to /dev/null instead, or write with `--out FILE`.",
                "export_stdout_closed",
            ),
            ErrorKind(
                "IE506",
                "stdin closed",
                2,
                "stdin: closed when iransyria started (nothing to read)",
                "The command was told to read standard input (`-`) but started with it closed (`<&-`): "
                "pipe the input in (`... | iransyria check -`), or give the file's name.",
                "check_stdin_closed",
            ),
        ),
    ),
    (
        "Checking the dataset",
        (
            ErrorKind(
                "IE601",
                "a rule is broken",
                1,
                "IS102  claims[clm-orphan].source: clm-orphan refers to src-missing, which is not among the "
                "sources",
                "`check` lists each rule broken with its code; docs/rules.md says what each rule checks, "
                "why, and how to fix it. Warnings exit 0 unless --strict.",
            ),
        ),
    ),
)


def errors_reference() -> str:
    """The text of docs/errors.md, from :data:`CATALOGUE`."""
    out = [
        "# Errors",
        "",
        "<!-- generated from iransyria/errors.py (CATALOGUE); a test fails if this file drifts -->",
        "",
        "Every error a user can meet, by the stage that finds it. Problems in a file are printed one a "
        "line on stderr, each starting with the file and the path of the value "
        "(`iransyria: my.json: claims[12].value.date: …`), values echoed cut to a readable length with their "
        "size and with control characters escaped. No error prints a traceback.",
        "",
        "**Every line on stderr starts with the program's name**, `iransyria: `, as git, cp and grep "
        "write theirs, so a message says which program sent it in a pipeline, a script or a log. That "
        "holds for every line: a one-line error, each line of a list of problems (as grep and cp write one "
        "line per failing file; `2>&1 | grep '^iransyria: my.json:'` still picks one file's), a usage "
        "error of the parser (`iransyria: No such option: --jsn (Possible options: --json). Try "
        "'iransyria check -h' for help.`, one line rather than click's framed box), a warning, and the "
        "notes a command leaves there (`iransyria: wrote 120 records to out.json`). What `check` finds "
        "in a dataset is its output, not an error of the program: its report goes to stdout, each finding "
        "led by its code and the record's path, without the prefix. The examples below are the messages; "
        "the command line writes each after `iransyria: `, the Python API raises them as they are.",
        "",
        "Exit codes: 0 success; 1 `check` found errors (or warnings, with `--strict`); 2 the input "
        "cannot be read or is not a valid dataset, or the command was misused.",
    ]
    for stage, kinds in CATALOGUE:
        out += [
            "",
            f"## {stage}",
            "",
            "| code | error | exit | example | what to do |",
            "| --- | --- | --- | --- | --- |",
        ]
        for kind in kinds:
            example = kind.example.replace("|", "\\|").replace("\n", "\\n")
            remedy = kind.remedy.replace("|", "\\|")
            out.append(f"| {kind.code} | {kind.title} | {kind.exit} | `{example}` | {remedy} |")
    return "\n".join(out) + "\n"
