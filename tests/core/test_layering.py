"""House rule: the pipeline and what it uses never import storage, API, web or batch code,
so one process_article() serves the CLI, the API and any batch runner alike."""

from __future__ import annotations

import ast
from pathlib import Path

import sitrep

PACKAGE = Path(sitrep.__file__).parent
PIPELINE_SIDE = [
    "pipeline",
    "events",
    "temporal",
    "numbers",
    "geo",
    "kb",
    "quotes",
    "coref",
    "ner",
    "fuse",
    "model.py",
    "errors.py",
    "settings.py",
]
FORBIDDEN = ("sitrep.store", "sitrep.api", "sitrep.web", "sitrep.runner", "sitrep.cli")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append(node.module)
    return found


def test_pipeline_side_never_imports_storage_or_front_ends() -> None:
    files = []
    for name in PIPELINE_SIDE:
        target = PACKAGE / name
        files += sorted(target.rglob("*.py")) if target.is_dir() else [target]
    assert len(files) > 30
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {module}"
        for path in files
        for module in _imports(path)
        if module.startswith(FORBIDDEN)
    ]
    assert offenders == []
