"""``python -m iransyria.data offsets ARTICLES_DIR``: print ``iransyria/data/offsets.py`` afresh.

Run it after a shipped quote changes or a claim is added; the test of the
shipped offsets fails until it is.
"""

from __future__ import annotations

import sys

from iransyria.authoring import offsets_module, quote_offsets
from iransyria.data import build


def main(argv: list[str]) -> int:
    """Write the offsets module for the articles in ``argv[1]`` to stdout."""
    if len(argv) != 2 or argv[0] != "offsets":
        sys.stderr.write("usage: python -m iransyria.data offsets ARTICLES_DIR > iransyria/data/offsets.py\n")
        return 2
    sys.stdout.write(offsets_module(quote_offsets(build(), argv[1])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
