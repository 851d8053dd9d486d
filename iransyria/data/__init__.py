"""The records hand-encoded from the five articles.

One module per article holds that article's :class:`~iransyria.models.Source`
and its claims; ``actors``, ``agreements``, ``events`` and ``corrections`` hold
the records the articles share; ``offsets`` where each quote starts in its article
(generated: ``python -m iransyria.data offsets ARTICLES_DIR``). :func:`build`
assembles them; :func:`shipped` builds them
once, on the first call (``iransyria.shipped()`` is the public way in), so
``import iransyria`` never loads the records.
"""

from __future__ import annotations

import importlib
import threading

from iransyria.dataset import Dataset

__all__ = ["ARTICLE_MODULES", "build", "shipped"]

#: The article modules, in the order of the article files.
ARTICLE_MODULES: tuple[str, ...] = (
    "unknown_2018_new_deal",  # 000_7984b1fa486646ec.txt
    "unknown_2018_deepen_cooperation",  # 001_96bea4abdf1c368b.txt
    "unknown_2020_comprehensive_agreement",  # 002_74eb7ba0c327b84a.txt
    "syrian_observer_2020",  # 003_3400dcb84386deff.txt
    "media_line_2018",  # 004_8b2105d8dbd25fc3.txt
)


def build() -> Dataset:
    """Assemble the shipped dataset from the record modules.

    Sources and claims come from the article modules; every other kind of
    :data:`~iransyria.models.kinds.KINDS` from the module named for its table,
    holding them under its table's name in capitals (``events.EVENTS``).
    """
    from iransyria.authoring import fill_offsets
    from iransyria.data.offsets import OFFSETS
    from iransyria.models.kinds import CLAIM, KINDS, SOURCE

    sources = []
    claims = []
    for name in ARTICLE_MODULES:
        module = importlib.import_module(f"iransyria.data.{name}")
        sources.append(module.SOURCE)
        claims.extend(module.CLAIMS)
    tables = {SOURCE.table: sources, CLAIM.table: claims}
    for kind in KINDS:
        if kind.table not in tables:
            shared = importlib.import_module(f"iransyria.data.{kind.table}")
            tables[kind.table] = getattr(shared, kind.table.upper())
    return fill_offsets(Dataset(**tables), OFFSETS)


_shipped: Dataset | None = None
_lock = threading.Lock()


def shipped() -> Dataset:
    """The dataset encoded from the articles, built once on first call and shared afterwards."""
    global _shipped
    if _shipped is None:
        with _lock:
            if _shipped is None:
                _shipped = build()
    return _shipped
