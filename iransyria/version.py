"""The code's version and the data's, kept apart: the data changes on its own schedule.

``__version__`` is the package's (semantic versioning); ``DATA_VERSION`` the
shipped dataset's, bumped whenever a record is added, changed or retracted,
with its own entries in CHANGELOG.md (``## [data X.Y.Z]``). Every export
carries both and the content hash of the records it holds.
"""

from __future__ import annotations

__all__ = ["DATA_VERSION", "__version__"]

__version__ = "0.1.0"
DATA_VERSION = "2.1.0"
