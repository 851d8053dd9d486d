"""Long-running fuzz of ``loads``, on demand: ``python -m tests.fuzz.fuzz_loads [EXAMPLES]``.

The test suite runs these properties with its CI-sized profile; this runs the
same property bodies (hypothesis's documented ``inner_test``) with many more
random examples. Any exception other than a path-named ``DataError`` is a
bug, and hypothesis prints the input that caused it.
"""

from __future__ import annotations

import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.strategies import datasets
from tests.test_serialization import (
    json_values,
    test_a_damaged_export_loads_or_names_the_damage,
    test_any_json_loads_or_raises_data_error,
)


def main(examples: int) -> None:
    configured = settings(
        max_examples=examples,
        deadline=None,
        derandomize=False,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    targets = {
        "any JSON document": given(json_values)(
            test_any_json_loads_or_raises_data_error.hypothesis.inner_test
        ),
        "a damaged export": given(datasets(), st.data())(
            test_a_damaged_export_loads_or_names_the_damage.hypothesis.inner_test
        ),
    }
    for name, target in targets.items():
        configured(target)()
        print(f"{name}: {examples} examples, no failure")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
