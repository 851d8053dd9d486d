"""``iransyria.shipped()``, and ``iransyria.dataset()`` kept for one release as a deprecated alias."""

from __future__ import annotations

import subprocess
import sys
import types

import pytest

import iransyria
from tests.conftest import REPO


def test_shipped_is_the_shipped_dataset_built_once() -> None:
    from iransyria.data import shipped

    assert iransyria.shipped() is shipped() is iransyria.shipped()


def test_the_name_dataset_is_the_module_and_calling_it_warns() -> None:
    import iransyria.dataset

    assert isinstance(iransyria.dataset, types.ModuleType)
    assert iransyria.dataset.Dataset is iransyria.Dataset
    with pytest.warns(
        DeprecationWarning, match=r"iransyria\.dataset\(\) is deprecated.*iransyria\.shipped\(\)"
    ):
        assert iransyria.dataset() is iransyria.shipped()  # type: ignore[operator]


def test_the_old_call_works_in_a_fresh_process_before_and_after_the_module_loads() -> None:
    # Before: the name is not yet bound, so the package's __getattr__ gives the module; after: the import
    # system bound it. Either way it is the module, and callable; the package's module type is plain.
    code = (
        "import warnings, types, iransyria\n"
        "assert type(sys.modules['iransyria']) is types.ModuleType\n"
        "warnings.simplefilter('error')\n"
        "try:\n    iransyria.dataset()\nexcept DeprecationWarning: pass\nelse: raise SystemExit('no warning')\n"
        "warnings.simplefilter('ignore')\n"
        "first = iransyria.dataset()\n"
        "import iransyria.dataset\n"
        "assert iransyria.dataset() is first is iransyria.shipped()\n"
        "print(len(first))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", "import sys\n" + code], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) == len(iransyria.shipped())
