"""Command-line paths to the files to read, in a stable order.

For each path given, in the order given:

1. A path that does not exist but holds glob characters (* ? [) is expanded (with
   ** for any depth), matches in sorted order; no match is a rejection.
2. A path that does not exist is a rejection ("no such file or directory").
3. A directory is walked recursively in sorted order (names compared as strings),
   skipping hidden files and folders (".git", ".DS_Store") and sidecar .json files,
   which are read with the document they describe, not as documents; only regular
   files are taken (a named pipe inside a folder would block the batch).
4. A file is read as it is, even when hidden: the user named it.

A file reached twice (named and inside a named folder) is read once.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from sitrep.model import Rejection

_GLOB_CHARS = frozenset("*?[")


def is_sidecar(name: str, siblings: frozenset[str]) -> bool:
    """True for "X.json" beside "X" ("a.txt.json") or beside "X.ext" ("a.json")."""
    if not name.lower().endswith(".json"):
        return False
    stem = name[: -len(".json")]
    if stem in siblings:
        return True
    prefix = stem + "."
    return any(
        other.startswith(prefix) and not other.lower().endswith(".json") for other in siblings
    )


def _walk(directory: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(directory, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        names = frozenset(files)
        for name in sorted(files):
            path = Path(root, name)
            if name.startswith(".") or is_sidecar(name, names) or not path.is_file():
                continue  # hidden, a sidecar, or a FIFO/socket that could block forever
            yield path


def _files_under(path: Path) -> Iterator[Path]:
    """3. a directory's files; 4. a file itself."""
    if path.is_dir():
        yield from _walk(path)
    else:
        yield path


def _resolve(given: str | Path) -> Iterator[Path | Rejection]:
    path = Path(given)
    text = str(given)
    if path.exists() or path.is_symlink():
        yield from _files_under(path)
        return
    # 1. globs
    if _GLOB_CHARS & set(text):
        matches = sorted(glob.glob(text, recursive=True))
        if not matches:
            yield Rejection(text, "no files match the pattern")
        for match in matches:
            yield from _files_under(Path(match))
        return
    # 2. missing
    yield Rejection(text, "no such file or directory")


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | Rejection]:
    """Every file to read, or a Rejection for a path that names nothing."""
    seen: set[Path] = set()
    for given in paths:
        for item in _resolve(given):
            if isinstance(item, Path):
                key = item.resolve()
                if key in seen:
                    continue
                seen.add(key)
            yield item
