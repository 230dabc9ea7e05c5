"""The exceptions sitrep raises. Library code raises these; the CLI and API convert them.

    SitrepError
    ├── InputRejected          a document that cannot be read (kept as a Rejection)
    ├── KnowledgeDataError     a knowledge file (actors, weapons, places) failed validation
    ├── PipelineError
    │   └── PipelineBuildError a stage needs a layer no earlier stage assigns
    ├── StoreError             the database could not be opened, migrated or written
    ├── DatasetMissing         an evaluation dataset is not where it should be
    └── UsageError             a bad option or argument from the user

Programmer errors (bugs) are ordinary Python exceptions and are never caught here.
"""

from __future__ import annotations


class SitrepError(Exception):
    """Base of every error sitrep raises on purpose."""


class InputRejected(SitrepError):
    """A document could not be turned into an Article; `reason` says why."""

    def __init__(self, reason: str, location: str = "") -> None:
        super().__init__(f"{location}: {reason}" if location else reason)
        self.reason = reason
        self.location = location


class KnowledgeDataError(SitrepError):
    """A knowledge data file is malformed; the message names the file and the entry."""


class PipelineError(SitrepError):
    """The pipeline could not run as configured."""


class PipelineBuildError(PipelineError):
    """A stage requires a layer that no earlier stage assigns."""


class StoreError(SitrepError):
    """The event store could not be opened, migrated or written."""


class DatasetMissing(SitrepError):
    """An evaluation dataset is absent; the message says where it was looked for."""


class UsageError(SitrepError):
    """A bad option or argument given by the user."""
