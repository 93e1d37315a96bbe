"""The command line: thin wrappers that turn arguments and params into calls.

Stage modules are imported inside each command so that ``--help`` and the
light commands (evaluate, show) do not pay for loading spaCy.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from pipeline.params import ParamsError, load_params

app = typer.Typer(
    help="Extract organisations, programs, dates, events, people and places "
    "from press texts about international space cooperation.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

ParamsOpt = Annotated[
    Path, typer.Option("--params", help="params.yaml to read (missing: defaults)")
]
DEFAULT_PARAMS = Path("params.yaml")


@contextmanager
def _exit_on(*errors: type[Exception], code: int = 1) -> Iterator[None]:
    """A command's own failures: the message in red and exit status ``code``,
    not a traceback."""
    try:
        yield
    except errors as e:
        typer.secho(f"error: {e}", err=True, fg="red")
        raise typer.Exit(code) from e


def _params(path: Path):  # noqa: ANN202 - returns pipeline.params.Params
    with _exit_on(ParamsError, code=2):
        return load_params(path)


@app.command()
def extract(
    input: Annotated[Path, typer.Option(help="folder of .txt/.md/.html texts")],
    output: Annotated[Path, typer.Option(help="folder to write the JSON into")],
    params: ParamsOpt = DEFAULT_PARAMS,
    full: Annotated[
        bool, typer.Option(help="re-extract every document, ignoring the cache")
    ] = False,
    corpus: Annotated[
        bool,
        typer.Option(
            help="write corpus.json (the DVC pipeline builds it after corrections)"
        ),
    ] = True,
) -> None:
    """Extract every text in INPUT into OUTPUT/documents, corpus.json, rejected.json."""
    from pipeline.stages.extract import ExtractFailed, run

    with _exit_on(ExtractFailed):
        chosen = _params(params)
        run(
            input,
            output,
            params=chosen.extract,
            consolidate=chosen.consolidate,
            full=full,
            corpus=corpus,
        )


@app.command()
def consolidate(
    documents: Annotated[Path, typer.Option(help="folder of <id>.json documents")],
    output: Annotated[Path, typer.Option(help="corpus.json to write")],
    params: ParamsOpt = DEFAULT_PARAMS,
) -> None:
    """Merge organisations and programs across documents into corpus.json."""
    from pipeline.stages.consolidate import run

    run(documents, output, params=_params(params).consolidate)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Option(help="folder of <id>.gold.json files")],
    predicted: Annotated[
        Path, typer.Option(help="extraction output folder (with documents/)")
    ],
    output: Annotated[Path | None, typer.Option(help="metrics JSON to write")] = None,
    params: ParamsOpt = DEFAULT_PARAMS,
) -> None:
    """Score extraction output against gold annotations; print and write metrics."""
    from pipeline.stages.evaluate import NothingToScore, run

    with _exit_on(NothingToScore):
        run(gold, predicted, output, params=_params(params).evaluate)


@app.command()
def correct(
    input: Annotated[Path, typer.Option(help="extraction output folder")],
    corrections: Annotated[Path, typer.Option(help="review/corrections.yaml")],
    output: Annotated[Path, typer.Option(help="folder for corrected output")],
    params: ParamsOpt = DEFAULT_PARAMS,
) -> None:
    """Apply a reviewer's corrections; write OUTPUT/documents, corpus.json,
    rejected.json and corrections.json (applied and stale corrections)."""
    from pipeline.stages.correct import CorrectFailed, run

    with _exit_on(CorrectFailed):
        run(input, corrections, output, consolidate=_params(params).consolidate)


@app.command()
def report(
    extracted: Annotated[Path, typer.Option(help="folder with documents/ etc.")],
    output: Annotated[Path, typer.Option(help="folder for the HTML report")],
    params: ParamsOpt = DEFAULT_PARAMS,
) -> None:
    """Write the static HTML review report (index.html, documents/<id>.html)."""
    from pipeline.stages.report import ReportFailed, run

    with _exit_on(ReportFailed):
        run(extracted, output, params=_params(params).report)


@app.command()
def publish(
    input: Annotated[Path, typer.Option(help="extraction output folder")] = Path(
        "interim"
    ),
    corrections: Annotated[Path, typer.Option(help="the corrections file")] = Path(
        "review/corrections.yaml"
    ),
    output: Annotated[Path, typer.Option(help="folder for corrected output")] = Path(
        "extracted"
    ),
    report: Annotated[Path, typer.Option(help="folder for the HTML report")] = Path(
        "extracted/report"
    ),
    gold: Annotated[Path, typer.Option(help="folder of <id>.gold.json files")] = Path(
        "gold"
    ),
    metrics: Annotated[Path, typer.Option(help="metrics JSON to write")] = Path(
        "metrics/evaluation.json"
    ),
    params: ParamsOpt = DEFAULT_PARAMS,
) -> None:
    """correct, report and evaluate in one go (the DVC stage after extract)."""
    from pipeline.stages import correct as correct_stage
    from pipeline.stages import evaluate as evaluate_stage
    from pipeline.stages import publish as publish_stage
    from pipeline.stages import report as report_stage

    paths = publish_stage.Paths(input, corrections, output, report, gold, metrics)
    with _exit_on(
        correct_stage.CorrectFailed,
        report_stage.ReportFailed,
        evaluate_stage.NothingToScore,
    ):
        publish_stage.run(paths, _params(params))


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="document id (file name stem)")],
    extracted: Annotated[Path, typer.Option(help="extraction folder")] = Path(
        "extracted"
    ),
) -> None:
    """Print one document's extraction as tables in the terminal."""
    from pipeline.stages.show import ShowFailed, run

    with _exit_on(ShowFailed):
        run(doc_id, extracted)


@app.command()
def schema(
    output: Annotated[Path, typer.Option(help="folder for the JSON Schemas")] = Path(
        "schema"
    ),
) -> None:
    """Export the JSON Schema of every output file from the models."""
    from pipeline.stages.schema import run

    run(output)
