"""guidebot's exceptions, one rooted tree.

::

    GuidebotError
    ├── OperatorError            the operator's mistake: fix a file or a setting, then re-run
    │   ├── ConfigError          a bad setting
    │   └── CorpusError          a bad guide or listing file (names file, line, fix)
    └── ServingError             something failed while answering
        ├── StoreError           the vector store is unreachable or has no live index
        └── GeneratorError       an answer generator failed (the bot falls back)
"""

from __future__ import annotations

from pathlib import Path


class GuidebotError(Exception):
    """Root of every error guidebot raises on purpose."""


class OperatorError(GuidebotError):
    """A mistake the operator fixes: a setting or a corpus file."""


class ConfigError(OperatorError):
    """A setting has a value guidebot cannot use."""


class CorpusError(OperatorError):
    """A corpus file is broken. The message names the file, the line where known, and the fix.

    Args:
        path: The file.
        problem: What is wrong, naming the value and the rule.
        fix: What to do about it.
        line: 1-based line number, when known.
    """

    def __init__(self, path: Path | str, problem: str, fix: str, line: int | None = None):
        self.path = Path(path)
        self.problem = problem
        self.fix = fix
        self.line = line
        where = f"{self.path}:{line}" if line else f"{self.path}"
        super().__init__(f"{where}: {problem}. Fix: {fix}")


class ServingError(GuidebotError):
    """Something failed while serving a request."""


class StoreError(ServingError):
    """The vector store is unreachable or holds no live index (run `guidebot ingest`)."""


class GeneratorError(ServingError):
    """An answer generator failed; callers fall back to the extractive generator."""
