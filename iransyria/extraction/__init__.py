"""Reading prose: find the checkable statements in an article and judge each with ``verify``.

- :mod:`~iransyria.extraction.base`: mentions, sentences, drafts, the pattern registry;
- :mod:`~iransyria.extraction.text`: paragraphs and sentences (pysbd);
- :mod:`~iransyria.extraction.names`: actors and places, exactly or by a close spelling (rapidfuzz);
- :mod:`~iransyria.extraction.dates`: dates at the precision written, with the year inferred;
- :mod:`~iransyria.extraction.speakers`: the article's voice or someone it reports;
- :mod:`~iransyria.extraction.context`: which agreement, which time, who 'he' is;
- the pattern families: :mod:`~iransyria.extraction.offices`, :mod:`~iransyria.extraction.signings`,
  :mod:`~iransyria.extraction.visits`, :mod:`~iransyria.extraction.provisions`,
  :mod:`~iransyria.extraction.references`;
- :mod:`~iransyria.extraction.reader`: :func:`read` and its :class:`Reading`.

``iransyria.read`` is :func:`read`.
"""

from __future__ import annotations

from iransyria.extraction.reader import Reading, Statement, read

__all__ = ["Reading", "Statement", "read"]
