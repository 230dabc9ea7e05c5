"""Golden tests: pinned extraction output for real articles.

Each case's output (the contract JSON, with the article text replaced by its length so
no article is copied here) is compared with `tests/golden/<case>.json`. After a
deliberate change, re-pin with `make golden` (pytest --update-golden) and review the diff.
Every evidence span in every case must slice the article text exactly.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sitrep.evaluate.base import shared_dir
from sitrep.model import Article, make_article, to_dict
from sitrep.pipeline import process_article

HERE = Path(__file__).parent
EXAMPLES = HERE.parent.parent / "examples"


def _cases() -> list[Any]:
    cases = []
    hawkeye = shared_dir() / "examples" / "hawkeye-strike-2026-01-10.txt"
    cases.append(pytest.param(("hawkeye", hawkeye, "2026-01-10"), id="hawkeye"))
    for path in sorted(EXAMPLES.glob("*.txt")):
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        cases.append(pytest.param((path.stem, path, meta["published"]), id=path.stem))
    return cases


def _article(case: tuple[str, Path, str]) -> Article:
    _, path, published = case
    if not path.is_file():
        pytest.skip(f"{path} not found (the shared folder is absent)")
    return make_article(path.read_text(encoding="utf-8"), published=published)


def _pinned(data: dict[str, Any]) -> dict[str, Any]:
    article = dict(data["article"])
    article["text"] = f"<{len(article['text'])} characters>"
    return {**data, "article": article}


@pytest.mark.parametrize("case", _cases())
def test_output_matches_golden(case: tuple[str, Path, str], request: pytest.FixtureRequest) -> None:
    article = _article(case)
    got = _pinned(to_dict(process_article(article)))
    golden = HERE / f"{case[0]}.json"
    if request.config.getoption("--update-golden"):
        golden.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if not golden.exists():
        pytest.fail(f"no golden file {golden.name}: run `make golden` and review it")
    assert got == json.loads(golden.read_text(encoding="utf-8"))


def _evidence(value: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(value, dict):
        if set(value) == {"start", "end", "text"} and isinstance(value["start"], int):
            yield path, value
        for key, item in value.items():
            yield from _evidence(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _evidence(item, f"{path}[{i}]")


@pytest.mark.parametrize("case", _cases())
def test_every_evidence_slices_the_text(case: tuple[str, Path, str]) -> None:
    article = _article(case)
    data = to_dict(process_article(article))
    spans = list(_evidence({k: v for k, v in data.items() if k != "article"}))
    assert spans, "an extraction with no evidence at all"
    for where, span in spans:
        assert article.text[span["start"] : span["end"]] == span["text"], where
    for event in data["events"]:
        assert event["evidence"] is not None
        for role in ("actor1", "actor2"):
            if event[role] is not None:
                assert event[role]["evidence"] is not None, f"{event['id']} {role} has no evidence"
        if event["date"] is not None and not event["date"]["inferred"]:
            assert event["date"]["evidence"] is not None
