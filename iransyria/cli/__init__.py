"""The ``iransyria`` command line: a thin layer over :mod:`iransyria.queries`.

- :mod:`iransyria.cli.app`: the Typer app, its root options and :func:`main`;
- :mod:`iransyria.cli.show`, :mod:`~iransyria.cli.timeline`,
  :mod:`~iransyria.cli.export`, :mod:`~iransyria.cli.check`,
  :mod:`~iransyria.cli.verify`: one module per command group, each with a
  ``register(app)`` function;
- :mod:`iransyria.cli.options`: the shared options, the dataset they select
  and id resolution;
- :mod:`iransyria.cli.render`: every table, block and JSON output;
- :mod:`iransyria.cli.errors`: the exit codes and the one error handler;
- :mod:`iransyria.cli.command_docs`: the Markdown reference in docs/cli.md,
  generated from the app.
"""

from __future__ import annotations

from iransyria.cli.app import app, main

__all__ = ["app", "main"]
