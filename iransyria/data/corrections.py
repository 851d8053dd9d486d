"""Corrections: the publisher's own, and this dataset's editorial resolutions.

A correction never deletes the claim it corrects: the claim stays, refuted or
superseded, and the correction says what was wrong, what is right, and why.
"""

from __future__ import annotations

from iransyria.models import Correction

CORRECTIONS: tuple[Correction, ...] = ()
