"""The ``iransyria`` Typer app: its root options, its command groups, and :func:`main`.

Each command group is a module of :mod:`iransyria.cli` with a
``register(app)`` function; adding a group is that module plus one entry in
:data:`GROUPS`. The groups' modules import typer and the models only: rich,
the serializer, the rules and the shipped dataset load inside the commands
that use them, so ``iransyria --help`` starts light.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer
import typer.core
from typer.core import TyperOption

from iransyria.cli import authoring, check, export, read, search, show, timeline, verify
from iransyria.cli.errors import EXIT_CODES, EXIT_USAGE, UsageError
from iransyria.cli.options import DataOption, NoShippedOption, use_data

__all__ = ["ANYWHERE", "GROUPS", "app", "hoist", "main"]

_show_type = TyperOption.display_type_rich


def _flags_without_type(self: TyperOption, ctx: typer.Context) -> str | None:
    """A flag takes no value, so help shows none: ``--json``, not ``--json <bool>``."""
    return None if self.is_flag and self.metavar is None else _show_type(self, ctx)


# Typer's rich help labels every option with its type, flags included; a flag has no value to type.
TyperOption.display_type_rich = _flags_without_type  # type: ignore[method-assign,assignment]

_HELP = "Query and check the Iran–Syria military agreements dataset: every value traced to its sources."

#: The root options a user may give after the command too: (name, takes a value).
ANYWHERE = {"--data": True, "--no-shipped": False}


def hoist(args: list[str]) -> list[str]:
    """The arguments with every root option of :data:`ANYWHERE` moved to the front, in order.

    ``iransyria show agreements --data mine.json`` then means
    ``iransyria --data mine.json show agreements``. Nothing after ``--`` moves.
    """
    front: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest.extend(args[i:])
            break
        name = arg.split("=", 1)[0]
        if name in ANYWHERE:
            takes_value = ANYWHERE[name] and "=" not in arg
            front.extend(args[i : i + 1 + takes_value])
            i += 1 + takes_value
            continue
        rest.append(arg)
        i += 1
    return front + rest


def not_text(args: list[str]) -> str | None:
    """Why an argument cannot be taken, when one holds bytes that are not UTF-8 (None when all are text).

    The shell hands over bytes; Python keeps undecodable ones as lone
    surrogates, which no record, message or JSON can hold. One clear
    refusal here, naming the argument and the byte, rather than a traceback
    wherever the text is first written.
    """
    for number, arg in enumerate(args, 1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError as error:
            raw = arg.encode("utf-8", errors="surrogateescape")
            at = len(arg[: error.start].encode("utf-8", errors="surrogateescape"))
            return (
                f"argument {number} is not UTF-8 text (byte 0x{raw[at]:02x} at byte {at}): "
                "arguments and file names must be UTF-8"
            )
    return None


def usage_message(error: Any) -> str:
    """A usage error of click's (an unknown option, a missing argument, a bad value) as one line.

    Click prints the usage line, a hint and the message in a box over five
    lines; the program's messages are one line each, starting with its name
    (:data:`iransyria.cli.output.PREFIX`, which :func:`say` adds). The hint
    to ask for help stays, as GNU tools give it.
    """
    message = str(error.format_message()).strip()
    if message[-1:] not in (".", "?", "!"):
        message += "."
    ctx = getattr(error, "ctx", None)
    if ctx is not None and ctx.command.get_help_option(ctx) is not None:
        message += f" Try '{ctx.command_path} {ctx.help_option_names[0]}' for help."
    return message


def _click_exceptions() -> Any:
    """The module of the exceptions typer's parser raises: typer's own copy of click's, or click's (older typer)."""
    import importlib

    try:
        return importlib.import_module("typer._click.exceptions")
    except ImportError:  # pragma: no cover - typer before it carried click inside
        return importlib.import_module("click.exceptions")


@contextmanager
def _said_as_usage() -> Iterator[None]:
    """Report a click usage error through :func:`say` (one line, the program's name first) and exit with its code.

    Every command, group and option is parsed inside the root group's
    :meth:`_Group.make_context` and :meth:`_Group.invoke`, so this one place
    catches them all; asking for help with no arguments is no error and
    passes on.
    """
    exceptions = _click_exceptions()
    try:
        yield
    except exceptions.NoArgsIsHelpError:
        raise
    except exceptions.ClickException as error:
        from iransyria.cli.output import say

        say(usage_message(error), err=True)
        raise typer.Exit(error.exit_code) from None


class _Group(typer.core.TyperGroup):
    """The root group: root options are taken wherever they stand (see :func:`hoist`); usage errors are one line."""

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        with _said_as_usage():
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: Any) -> Any:
        with _said_as_usage():
            return super().invoke(ctx)

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        problem = not_text(args)
        if problem is not None:
            from iransyria.cli.output import say

            say(problem, err=True)
            raise typer.Exit(EXIT_USAGE)
        return super().parse_args(ctx, hoist(args))


app = typer.Typer(
    cls=_Group,
    name="iransyria",
    help=_HELP,
    epilog=EXIT_CODES,
    no_args_is_help=True,
    add_completion=True,
    # -h as well as --help, as git, pip and most tools take it; every subcommand inherits it.
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(shown: bool) -> None:
    if shown:
        from iransyria.cli.output import say
        from iransyria.version import DATA_VERSION, __version__

        say(f"iransyria {__version__} (data {DATA_VERSION})")
        raise typer.Exit()


@app.callback()
def _root(
    data: DataOption = None,
    no_shipped: NoShippedOption = False,
    no_pager: Annotated[
        bool, typer.Option("--no-pager", help="Print long output straight to the terminal, without a pager.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the code and data versions and exit."
        ),
    ] = False,
) -> None:
    """Query and check the Iran–Syria military agreements dataset: every value traced to its sources."""
    from iransyria.cli.pager import disable

    try:
        use_data(data, no_shipped)
    except UsageError as exc:
        from iransyria.cli.output import say

        say(str(exc), err=True)
        raise typer.Exit(EXIT_USAGE) from None
    disable(no_pager)


#: The command groups, in the order they register.
GROUPS = (show, search, timeline, export, check, verify, read, authoring)
for _group in GROUPS:
    _group.register(app)


#: The root options that leave the command to run unchanged: (name, takes a value).
_PASSING = {**ANYWHERE, "--no-pager": False}


def _entry_name(entry: Any) -> str | None:
    """The name a registered command or group answers to (typer derives it from the function)."""
    name = entry.name if isinstance(entry.name, str) else None
    if name is None and getattr(entry, "callback", None) is not None:
        name = typer.main.get_command_name(entry.callback.__name__)
    return name


def narrowed(full: typer.Typer, args: list[str]) -> typer.Typer:
    """``full`` with every command but the one the arguments name reduced to its name and help.

    Typer turns every registered command into a click command (signature,
    type hints, parameters) before it runs one: for this app, a third of a
    command's start-up. A command's behaviour and help do not depend on its
    siblings, and a listing (the root's or a group's help, the suggestions
    for a mistyped name) needs only each command's name and help text. So
    the command named (``show agreements``) is built whole and every other
    one as a listing entry; shell completion, which needs every option of
    every command, gets the whole app.
    """
    import os

    if any(key.endswith("_COMPLETE") for key in os.environ):
        return full
    return _listed(full, _command_words(hoist(args)))


def _listed(typer_app: typer.Typer, path: list[str]) -> typer.Typer:
    """A copy of ``typer_app`` whose commands are listing entries, except the one ``path`` leads to."""
    import copy

    wanted = path[0] if path else None
    listed = copy.copy(typer_app)
    listed.registered_commands = [
        info if _entry_name(info) == wanted else _entry(info) for info in typer_app.registered_commands
    ]
    groups = []
    for info in typer_app.registered_groups:
        group = copy.copy(info)
        assert info.typer_instance is not None
        group.typer_instance = _listed(info.typer_instance, path[1:] if _entry_name(info) == wanted else [])
        groups.append(group)
    listed.registered_groups = groups
    return listed


def _entry(info: Any) -> Any:
    """A command's listing entry: its name, help and settings, with a callback that takes nothing."""
    import copy

    original = info.callback

    def entry() -> None:  # pragma: no cover - a listing entry is never the command invoked
        raise RuntimeError(f"{original.__name__} was built as a listing entry only")

    entry.__name__ = original.__name__
    entry.__doc__ = original.__doc__
    listed = copy.copy(info)
    listed.callback = entry
    return listed


def _command_words(args: list[str]) -> list[str]:
    """The command path at the front of the (hoisted) arguments: ``["show", "agreements"]``.

    Empty when a root option other than the data options comes first
    (``--help``, ``--version``, an unknown one): the whole app answers those.
    """
    i = 0
    while i < len(args) and args[i].startswith("-"):
        name = args[i].split("=", 1)[0]
        if name not in _PASSING:
            return []
        i += 2 if _PASSING[name] and "=" not in args[i] else 1
    words: list[str] = []
    for arg in args[i : i + 2]:
        if arg.startswith("-"):
            break
        words.append(arg)
    return words


def main() -> None:
    """The console script's entry point.

    A closed pipe exits 0, quietly, on every path. The commands see it
    themselves (:func:`iransyria.cli.errors.guarded`); where the help or a
    usage message meets it, rich (or click) points stdout at /dev/null and
    exits 1, which is turned into 0 here.
    """
    import os
    import stat
    import sys

    _closed_streams()
    try:
        to_pipe = stat.S_ISFIFO(os.fstat(sys.stdout.fileno()).st_mode)
    except (OSError, ValueError):
        to_pipe = False
    from iransyria.cli.pager import quieted

    try:
        narrowed(app, sys.argv[1:])(prog_name="iransyria")
    except SystemExit as exit:
        # A command that met the closed pipe itself chose its code (check keeps 1 for findings).
        if exit.code == 1 and to_pipe and not quieted() and _stdout_discarded():
            raise SystemExit(0) from None
        raise


class _Closed:
    """Stands for a standard stream that was closed when the program started (``iransyria export >&-``).

    Python leaves ``sys.stdout`` None then, and the first write failed with
    an AttributeError traceback. Writing to it now fails as writing to a
    closed descriptor does, and the command reports it on stderr (exit 2); a
    command that writes only files runs as usual. A closed stdin
    (``iransyria check - <&-``) fails its first read the same way, naming
    stdin.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    @property
    def buffer(self) -> _Closed:
        """The stream of bytes under the text stream: closed as well."""
        return self

    def write(self, text: str) -> int:
        raise OSError(9, "closed when iransyria started (nothing to write to)")

    def read(self, size: int = -1) -> bytes:
        raise OSError(9, "closed when iransyria started (nothing to read)", self.name)

    def flush(self) -> None:
        return None

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise OSError(9, f"{self.name} is closed")


def _closed_streams() -> None:
    """Put a :class:`_Closed` stand-in where a standard stream was closed, and keep their descriptors taken.

    /dev/null is opened onto a closed descriptor 0, 1 or 2 (as C programs do)
    so that no file the command opens gets that number and is read as stdin or
    receives what a child process (the pager) writes there.
    """
    import os
    import sys

    for number, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        if getattr(sys, name) is not None:
            continue
        try:
            os.fstat(number)
        except OSError:
            devnull = os.open(os.devnull, os.O_RDONLY if number == 0 else os.O_WRONLY)
            if devnull != number:
                os.dup2(devnull, number)
                os.close(devnull)
        setattr(sys, name, _Closed(name))


def _stdout_discarded() -> bool:
    """Whether stdout has been pointed at /dev/null (or wrapped) after its reader went away."""
    import os
    import sys

    if type(sys.stdout).__name__.endswith("PacifyFlushWrapper"):
        return True
    try:
        return os.path.samestat(os.fstat(sys.stdout.fileno()), os.stat(os.devnull))
    except (OSError, ValueError):
        return False
