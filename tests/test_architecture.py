"""The package's import graph: no cycle, and every import points down the layers.

Every module under ``iransyria/`` is parsed with :mod:`ast` and every import
in it counts, at any depth: at the top, inside functions, inside ``try``.
Two kinds do not count, by decision:

- imports under ``if TYPE_CHECKING:``: they never run (annotations are strings
  under ``from __future__ import annotations``), so they cannot form a cycle
  at run time and they are how a lower layer names a higher layer's type;
- the implicit import of a parent package (``import iransyria.models.claim``
  runs ``iransyria/models/__init__.py`` first): every package that re-exports
  its submodules would otherwise be a cycle with each of them.

``importlib.import_module`` with a literal name (or an f-string's literal
head, such as ``f"iransyria.data.{name}"``) counts as an import of that name.

The layers are listed once, in :data:`LAYERS`; ``docs/architecture.md``
lists them too and a test keeps the two equal.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

from tests.conftest import REPO

PACKAGE = "iransyria"
ROOT = REPO / PACKAGE

#: The layers, lowest first: a module may import its own layer or a lower one.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "foundations",
        ("iransyria.errors", "iransyria.display", "iransyria.dates", "iransyria.atomic", "iransyria.version"),
    ),
    ("models", ("iransyria.models",)),
    ("dataset", ("iransyria.dataset",)),
    (
        "data",
        (
            "iransyria.data",
            "iransyria.reading",
            "iransyria.serialization",
            "iransyria.fastjson",
            "iransyria.schema",
            "iransyria.authoring",
            "iransyria.merge",
        ),
    ),
    ("questions", ("iransyria.rules", "iransyria.queries", "iransyria.exports")),
    ("verdicts", ("iransyria.verification",)),
    ("reading", ("iransyria.extraction",)),
    ("interface", ("iransyria.cli", "iransyria.__main__")),
    ("package", ("iransyria",)),
)

# --------------------------------------------------------------------------- the graph


def module_name(path: Path, root: Path = ROOT, package: str = PACKAGE) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join((package, *parts))


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _literal_head(node: ast.expr) -> str | None:
    """The module name a call to import_module names: a literal, or an f-string's literal head."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
        head = str(node.values[0].value)
        return head.rsplit(".", 1)[0] if "." in head else None
    return None


def imported_names(tree: ast.AST, name: str, is_package: bool, modules: Iterable[str]) -> set[str]:
    """The modules of ``modules`` that the module ``name`` imports, at any depth, TYPE_CHECKING aside."""
    known = set(modules)
    package = name if is_package else name.rpartition(".")[0]
    found: set[str] = set()

    def add(target: str) -> None:
        # The longest known module the name is or lies inside (a name imported from a module).
        while target and target not in known:
            target = target.rpartition(".")[0]
        if target and target != name:
            found.add(target)

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            for alias in node.names:
                add(alias.name)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join([*base_parts, *([node.module] if node.module else [])])
            else:
                base = node.module or ""
            for alias in node.names:
                # 'from pkg import submodule' imports the submodule; 'from mod import name' the module.
                add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base)
        elif (
            isinstance(node, ast.Call)
            and node.args
            and (
                (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
                or (isinstance(node.func, ast.Name) and node.func.id == "import_module")
            )
        ):
            head = _literal_head(node.args[0])
            if head is not None:
                add(head)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def parse_package(root: Path = ROOT, package: str = PACKAGE) -> dict[str, ast.Module]:
    return {
        module_name(path, root, package): ast.parse(path.read_text(encoding="utf-8"), str(path))
        for path in sorted(root.rglob("*.py"))
    }


def import_graph(trees: Mapping[str, ast.Module]) -> dict[str, set[str]]:
    """Each module, and the package modules it imports."""
    packages = {name for name, tree in trees.items() if _is_package(name, trees)}
    return {name: imported_names(tree, name, name in packages, trees) for name, tree in trees.items()}


def _is_package(name: str, modules: Iterable[str]) -> bool:
    return name == PACKAGE or any(other.startswith(name + ".") for other in modules)


def find_cycle(graph: Mapping[str, Iterable[str]]) -> list[str] | None:
    """One cycle of the graph as a path that ends where it starts (``[a, b, a]``), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (cycle := visit(target)) is not None:
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)) is not None:
            return cycle
    return None


def layer_of(module: str, layers: tuple[tuple[str, tuple[str, ...]], ...] = LAYERS) -> int:
    """The index of the layer a module belongs to: its longest listed prefix."""
    best: tuple[int, int] | None = None
    for index, (_, prefixes) in enumerate(layers):
        for prefix in prefixes:
            inside = module == prefix or (prefix != PACKAGE and module.startswith(prefix + "."))
            if inside and (best is None or len(prefix) > best[0]):
                best = (len(prefix), index)
    if best is None:
        raise LookupError(f"{module} is in no layer: add it to LAYERS and docs/architecture.md")
    return best[1]


def upward_edges(graph: Mapping[str, Iterable[str]]) -> list[str]:
    """Every import from a lower layer to a higher one, as 'a (layer) -> b (layer)'."""
    names = [name for name, _ in LAYERS]
    return [
        f"{source} ({names[layer_of(source)]}) -> {target} ({names[layer_of(target)]})"
        for source, targets in sorted(graph.items())
        for target in sorted(targets)
        if layer_of(target) > layer_of(source)
    ]


TREES = parse_package()
GRAPH = import_graph(TREES)


# --------------------------------------------------------------------------- the package


def test_the_package_import_graph_has_no_cycle() -> None:
    cycle = find_cycle(GRAPH)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_every_import_points_down_the_layers() -> None:
    assert upward_edges(GRAPH) == []


def test_the_graph_sees_the_imports_this_package_is_known_to_make() -> None:
    # If the parser missed imports, the tests above would pass on an empty graph.
    assert "iransyria.dataset" in GRAPH["iransyria.data"]  # top level
    assert "iransyria.serialization" in GRAPH["iransyria.queries.resolution"]  # inside a function
    # 'from pkg import submodule' in a function:
    assert "iransyria.verification.statement" in GRAPH["iransyria.cli.verify"]
    assert "iransyria.models.common" in GRAPH["iransyria.models.claim"]
    assert any(  # rules.py, or the rules package's modules, use describe_value
        target.startswith("iransyria.queries")
        for name, targets in GRAPH.items()
        if name.startswith("iransyria.rules")
        for target in targets
    )
    assert all(layer_of(name) >= 0 for name in GRAPH)  # every module is in a layer


# --------------------------------------------------------------------------- planted cases


def test_a_planted_cycle_is_found_and_named() -> None:
    planted = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert find_cycle(planted) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None
    assert find_cycle({"a": {"a"}}) == ["a", "a"]


def test_a_planted_package_with_a_lazy_cycle_is_caught(tmp_path: Path) -> None:
    # dataset.py imports data inside a function, data imports dataset at the top:
    # the cycle this package had, and one hidden under TYPE_CHECKING that does not count.
    package = tmp_path / "pkg"
    (package / "data").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "models.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.dataset import Dataset\n"
    )
    (package / "dataset.py").write_text(
        "from . import models\n\ndef shipped():\n    from pkg.data import build\n    return build()\n"
    )
    (package / "data" / "__init__.py").write_text(
        "import importlib\nfrom ..dataset import Dataset\n\n"
        "def build():\n    return importlib.import_module(f'pkg.data.{\"x\"}')\n"
    )
    (package / "data" / "x.py").write_text("from pkg import models\n")
    trees = parse_package(package, "pkg")
    graph = {
        name: imported_names(tree, name, name in {"pkg", "pkg.data"}, trees) for name, tree in trees.items()
    }
    assert graph == {
        "pkg": set(),
        "pkg.models": set(),  # the TYPE_CHECKING import does not count
        "pkg.dataset": {"pkg.models", "pkg.data"},
        "pkg.data": {"pkg.dataset"},  # import_module of its own submodule names the package itself
        "pkg.data.x": {"pkg.models"},
    }
    assert find_cycle(graph) == ["pkg.data", "pkg.dataset", "pkg.data"]


def test_a_planted_upward_import_is_reported() -> None:
    planted = {"iransyria.models.claim": {"iransyria.cli", "iransyria.dates"}, "iransyria.cli": set()}
    assert upward_edges(planted) == ["iransyria.models.claim (models) -> iransyria.cli (interface)"]


# --------------------------------------------------------------------------- the document


ARCHITECTURE = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")


def documented_layers(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    block = re.search(r"<!-- layers -->\n((?:\|.*\n)+)", text)
    assert block, "docs/architecture.md has no <!-- layers --> table"
    rows = [line.strip("|").split("|") for line in block.group(1).splitlines()[2:]]
    return tuple(
        (name.strip(), tuple(m.strip().strip("`") for m in modules.split(","))) for _, name, modules in rows
    )


def test_the_architecture_doc_lists_the_layers_the_import_test_checks() -> None:
    assert documented_layers(ARCHITECTURE) == LAYERS


def test_a_drifted_layer_table_is_noticed() -> None:
    drifted = ARCHITECTURE.replace("`iransyria.schema`", "`iransyria.exports`", 1)
    assert drifted != ARCHITECTURE
    assert documented_layers(drifted) != LAYERS


@pytest.mark.parametrize("path", sorted(set(re.findall(r"`(iransyria/[\w/.]*)`", ARCHITECTURE))))
def test_every_path_the_architecture_doc_names_exists(path: str) -> None:
    assert (REPO / path).exists(), f"docs/architecture.md names {path}, which does not exist"


@pytest.mark.parametrize("module", sorted(set(re.findall(r"`(iransyria(?:\.\w+)+)`", ARCHITECTURE))))
def test_every_module_the_architecture_doc_names_exists(module: str) -> None:
    assert module in GRAPH, f"docs/architecture.md names {module}, which is not a module"


@pytest.mark.parametrize("package", ["rules", "cli", "models", "queries"])
def test_the_architecture_doc_names_every_module_of_the_layered_packages(package: str) -> None:
    folder = ROOT / package
    modules = sorted(
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*.py")
        if path.name != "__init__.py" and path.parent == folder
    )
    missing = [name for name in modules if f"`{name}`" not in ARCHITECTURE]
    assert missing == [], f"docs/architecture.md does not name iransyria/{package}/ modules {missing}"


# --------------------------------------------------------------------------- import-linter, private names


def linter_layers(pyproject: str) -> tuple[tuple[str, ...], ...]:
    """The import-linter contract's layers (pyproject.toml), lowest first, each as its modules."""
    import tomllib

    (contract,) = tomllib.loads(pyproject)["tool"]["importlinter"]["contracts"]
    assert contract["type"] == "layers"
    return tuple(tuple(m.strip() for m in layer.split(":")) for layer in reversed(contract["layers"]))


def test_the_import_linter_contract_states_the_layers_this_test_checks() -> None:
    # `lint-imports` (README's test command, .ci/run) checks the same layers declaratively; the package
    # root, on top, is the one layer import-linter cannot name (it is the root package itself).
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    expected = tuple(tuple(sorted(modules)) for _, modules in LAYERS if modules != (PACKAGE,))
    assert tuple(tuple(sorted(layer)) for layer in linter_layers(pyproject)) == expected
    drifted = pyproject.replace('"iransyria.dataset",', '"iransyria.dataset : iransyria.merge",', 1)
    assert tuple(tuple(sorted(layer)) for layer in linter_layers(drifted)) != expected


def private_imports(trees: Mapping[str, ast.Module]) -> list[str]:
    """Every import of a leading-underscore name from another module of the package: 'module: name from other'."""
    found = []
    for name, tree in sorted(trees.items()):
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module
                and node.module.startswith(PACKAGE)
                and not node.level
            ):
                found += [
                    f"{name}: {alias.name} from {node.module}"
                    for alias in node.names
                    if alias.name.startswith("_") and not alias.name.startswith("__") and node.module != name
                ]
    return found


def test_no_module_imports_a_private_name_of_another() -> None:
    # A name used outside its module is public in its package: no underscore.
    assert private_imports(parse_package()) == []
    planted = {
        "iransyria.a": ast.parse("from iransyria.b import _hidden, shown\nfrom iransyria.b import __all__\n")
    }
    assert private_imports(planted) == ["iransyria.a: _hidden from iransyria.b"]


# --------------------------------------------------------------------------- one way out


#: The modules of iransyria.cli that write to stdout or stderr themselves, and why they may.
WRITERS = {
    "iransyria.cli.output": "the one place text leaves the program: it escapes what it writes",
    "iransyria.cli.command_docs": "the docs generator's own script entry, never run by a command",
}


def direct_writes(tree: ast.AST) -> list[str]:
    """Every call in ``tree`` that writes to a stream itself: print(), *.echo/secho(), stdout/stderr .write()."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id == "print":
            found.append(f"line {node.lineno}: print()")
        elif isinstance(func, ast.Attribute) and func.attr in ("echo", "secho"):
            found.append(f"line {node.lineno}: {ast.unparse(func)}()")
        elif isinstance(func, ast.Attribute) and func.attr in ("write", "writelines"):
            target = ast.unparse(func.value)
            if "stdout" in target or "stderr" in target:
                found.append(f"line {node.lineno}: {target}.{func.attr}()")
    return found


def test_only_the_output_module_writes_to_the_terminal() -> None:
    """Issue 24, class 1: text leaves through iransyria.cli.output, so no command can forget to escape it."""
    writes = {
        name: lines
        for name, tree in TREES.items()
        if name.startswith("iransyria.cli") and name not in WRITERS and (lines := direct_writes(tree))
    }
    assert writes == {}


def test_a_planted_direct_write_is_found() -> None:
    planted = ast.parse("import typer, sys\ntyper.echo(x)\nprint(y)\nsys.stderr.write(z)\nview.print(w)\n")
    assert direct_writes(planted) == ["line 2: typer.echo()", "line 3: print()", "line 4: sys.stderr.write()"]


#: The modules that open files themselves, and why they may; every other read goes through iransyria.reading.
OPENERS = {
    "iransyria.reading": "the one guarded reader: regular files only, a size cap, never waiting",
    "iransyria.atomic": "the one writer: a temporary file, then a rename",
    "iransyria.cli.pager": "points a closed stdout at /dev/null",
    "iransyria.cli.app": "holds a closed stdout's or stderr's descriptor with /dev/null",
    "iransyria.cli.command_docs": "the docs generator, run on the repository's own files",
}


def direct_opens(tree: ast.AST) -> list[str]:
    """Every call in ``tree`` that opens or reads a file itself: open(), os.open(), *.open(), read_bytes/read_text()."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id == "open":
            found.append(f"line {node.lineno}: open()")
        elif isinstance(func, ast.Attribute) and func.attr in ("open", "read_bytes", "read_text", "fdopen"):
            found.append(f"line {node.lineno}: {ast.unparse(func)}()")
    return found


def test_every_file_is_read_through_the_guarded_reader() -> None:
    """Issue 24, class 3: a FIFO hung locate and new-source, /dev/zero filled memory: they read for themselves."""
    opens = {
        name: lines for name, tree in TREES.items() if name not in OPENERS and (lines := direct_opens(tree))
    }
    assert opens == {}


def test_the_allowed_writers_and_openers_do_write_and_open() -> None:
    """An entry of WRITERS or OPENERS that no longer needs its leave is dropped, not kept as a hole."""
    assert all(direct_writes(TREES[name]) for name in WRITERS)
    assert all(direct_opens(TREES[name]) for name in OPENERS)
