"""Judging any claim: ``verify`` a claim against the dataset, and ClaimReview verdicts.

- :mod:`~iransyria.verification.verdict`: :func:`verify` and its
  :class:`Result` (verdict, findings, evidence);
- :mod:`~iransyria.verification.event_facts`: what an event's record and
  its claims say for or against a claim on the event;
- :mod:`~iransyria.verification.statement`: a claim from names and options
  (:func:`statement`), as the ``verify`` command takes them;
- :mod:`~iransyria.verification.names`: names, aliases and spellings
  resolved to ids; events by id, title or words;
- :mod:`~iransyria.verification.claimreview`: verdicts and the shipped
  data's refuted and corrected claims as schema.org ClaimReview JSON-LD.

``iransyria.verify`` is :func:`verify`.
"""

from __future__ import annotations

from iransyria.verification.names import UnresolvedName
from iransyria.verification.statement import statement
from iransyria.verification.verdict import Evidence, Finding, Result, Verdict, as_claim, verify

__all__ = ["Evidence", "Finding", "Result", "UnresolvedName", "Verdict", "as_claim", "statement", "verify"]
