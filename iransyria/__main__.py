"""``python -m iransyria``: the command line, as the ``iransyria`` console script runs it."""

from __future__ import annotations

from iransyria.cli import main

if __name__ == "__main__":
    main()
