"""The fast path's generated functions, readable where Python code is read: tracebacks, debuggers, files.

Each function is compiled under a file name of its own, and its source is
registered with :mod:`linecache`, so a traceback from inside it shows its
lines and ``pdb`` can list them. Setting ``IRANSYRIA_FASTJSON_SOURCE`` to a
folder also writes each generated function there as ``NAME.py`` when it is
built, to be read at leisure.
"""

from __future__ import annotations

import linecache
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["SOURCE_FOLDER", "define", "file_name"]

#: The environment variable naming a folder to write the generated source to.
SOURCE_FOLDER = "IRANSYRIA_FASTJSON_SOURCE"


def file_name(name: str) -> str:
    """The file name a generated function's code objects carry (and linecache knows it by)."""
    return f"<iransyria.fastjson generated {name}>"


def define(name: str, source: str, namespace: dict[str, Any]) -> Callable[..., Any]:
    """Compile ``source`` (which defines ``name``) into ``namespace``, with its lines findable; the function."""
    filename = file_name(name)
    linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)
    exec(compile(source, filename, "exec"), namespace)
    folder = os.environ.get(SOURCE_FOLDER)
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        (Path(folder) / f"{name}.py").write_text(source, encoding="utf-8")
    function: Callable[..., Any] = namespace[name]
    return function
