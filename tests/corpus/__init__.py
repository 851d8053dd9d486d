"""The bad-input corpus: inputs under ``inputs/``, expected outcomes in ``expected.json`` (issue 13)."""
