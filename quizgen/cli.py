"""The quizgen command line: build, facts, questions. The only module that imports click."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .errors import REPORT_HINT, QuizgenError, failure
from .export import DEFAULT_FORMATS, FORMATS

SEED_HELP = "Seed for every random choice: the same input and seed give the same questions."
DEBUG = "quizgen.debug"  # ctx.meta key: --debug was given


class Commands(click.Group):
    """quizgen's commands, and the one place where errors become messages: a QuizgenError is
    the user's to fix (`Error: ...`, exit 1); anything else is a bug, named in one line with
    a hint to report it, and shown whole with --debug."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except QuizgenError as e:
            click.echo(f"Error: {e}", err=True)
            ctx.exit(1)
        except (click.exceptions.Exit, click.Abort, click.ClickException):
            raise
        except Exception as e:
            if ctx.meta.get(DEBUG):
                raise
            click.echo(f"Error: failed: {failure(e)}; {REPORT_HINT}", err=True)
            ctx.exit(1)


def _any_language_option(f):
    return click.option(
        "--any-language",
        is_flag=True,
        help="Read articles that do not look English too (quizgen's rules read English; expect odd questions).",
    )(f)


def _debug_option(f):
    def remember(ctx: click.Context, param: click.Parameter, value: bool) -> None:
        ctx.meta[DEBUG] = value

    return click.option(
        "--debug",
        is_flag=True,
        expose_value=False,
        callback=remember,
        help="Show the full traceback of an unexpected error, to put in a bug report.",
    )(f)


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quizgen")
def main() -> None:
    """Turn news articles into study material: Anki decks and printable worksheets."""


@main.command()
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "-o",
    type=click.Path(path_type=Path),
    default=Path("decks"),
    show_default=True,
    help="Folder to write the .apkg decks and .html worksheets into.",
)
@click.option("--seed", type=int, default=0, show_default=True, help=SEED_HELP)
@click.option("--max-questions", type=click.IntRange(min=1), default=None, help="At most this many questions per article.")
@click.option(
    "--templates",
    "templates",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=None,
    help="Folder of templates that override the shipped ones, file by file.",
)
@click.option("--paper", type=click.Choice(["a4", "letter"]), default="a4", show_default=True, help="Paper size for printing.")
@click.option("--large-print", is_flag=True, help="18 pt type, one column, wider spacing.")
@click.option(
    "--versions",
    type=click.IntRange(1, 4),
    default=1,
    show_default=True,
    help="Write versions A, B, ... with shuffled question order, each with its own key.",
)
@click.option(
    "--format",
    "formats",
    default=",".join(DEFAULT_FORMATS),
    show_default=True,
    callback=lambda ctx, param, value: _formats(value),
    help="Comma-separated outputs: " + ",".join(FORMATS) + ".",
)
@click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=None, help="Articles built at once (default: one per CPU core)."
)
@click.option("--verbose", "-v", is_flag=True, help="A line for every article built, as for a single article.")
@_any_language_option
@_debug_option
def build(
    sources: tuple[Path, ...],
    out: Path,
    seed: int,
    max_questions: int | None,
    templates: Path | None,
    paper: str,
    large_print: bool,
    versions: int,
    formats: tuple[str, ...],
    jobs: int | None,
    verbose: bool,
    any_language: bool,
) -> None:
    """Build an Anki deck and a worksheet for each article.

    SOURCES are article files or folders of them (default: source/). For each article
    quizgen writes <name>.apkg and <name>.html into --out. With many articles a terminal
    shows a progress bar, with warnings and failures above it, then a summary.
    """
    import time

    from .pipeline import build as run
    from .pipeline import expand_sources

    started = time.perf_counter()
    if not sources:
        sources = (Path("source"),)
    debug = click.get_current_context().meta.get(DEBUG, False)
    failures = done = empty = other_language = questions = files = 0
    total = len(expand_sources(sources))
    results = run(
        sources, out, jobs=jobs, seed=seed, max_questions=max_questions, templates=templates,
        paper=paper, large_print=large_print, versions=versions, formats=formats, any_language=any_language,
    )  # fmt: skip
    progress = Progress(total, shown=total > 1 and sys.stderr.isatty())
    try:
        for r in results:
            for w in r.warnings:
                progress.echo(f"Warning: {w}", err=True)
            if r.error:
                failures += 1
                progress.echo(f"Error: {r.error}", err=True)
                if debug and r.traceback:
                    progress.echo(r.traceback.rstrip(), err=True)
            elif r.language:
                other_language += 1
            elif not r.files:
                empty += 1
            else:
                done += 1
                questions += r.questions
                files += len(r.files)
                if verbose or total == 1:
                    progress.echo(f"{r.source}: {r.facts} facts, {r.questions} questions -> {', '.join(map(str, r.files))}")
                    for line in r.reports:
                        progress.echo(f"  {line}")
            progress.advance()
    finally:
        progress.close()  # an error on its way out is not written onto the bar
    seconds = time.perf_counter() - started
    skipped = f"{other_language} not in English, " if other_language else ""
    click.echo(
        f"{done} of {done + failures + empty + other_language} articles built: {questions} questions, {files} files, "
        f"{failures} failed, {empty} with nothing to ask, {skipped}{seconds:.2f} s",
        err=True,
    )
    if failures or not done:
        if not done and not failures and not empty:
            click.echo("Error: no article in English; nothing was written (--any-language builds them anyway)", err=True)
        elif not done and not failures:
            click.echo("Error: no article gave anything to ask; nothing was written", err=True)
        sys.exit(1)


class Progress:
    """A progress bar on the last line of a terminal, with every other line printed above it:
    the bar is wiped before a line is written and drawn again after, so they never mix."""

    WIDTH = 30

    def __init__(self, total: int, shown: bool) -> None:
        self.total, self.done, self.shown = total, 0, shown
        self.drawn = False

    def echo(self, text: str, err: bool = False) -> None:
        """Print a line (to stdout, or stderr with err) above the bar."""
        self._wipe()
        click.echo(text, err=err)
        self._draw()

    def advance(self) -> None:
        self.done += 1
        self._draw()

    def close(self) -> None:
        self._wipe()

    def _draw(self) -> None:
        if not self.shown:
            return
        import shutil

        count = f" {100 * self.done // max(self.total, 1):3d}% {self.done}/{self.total}"
        width = max(0, min(self.WIDTH, shutil.get_terminal_size().columns - len("Building []") - len(count) - 1))
        filled = width * self.done // max(self.total, 1)
        sys.stdout.flush()
        sys.stderr.write(f"\rBuilding [{'#' * filled}{'-' * (width - filled)}]{count}")
        sys.stderr.flush()
        self.drawn = True

    def _wipe(self) -> None:
        if self.drawn:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
            self.drawn = False


def _formats(value: str) -> tuple[str, ...]:
    names = tuple(dict.fromkeys(v.strip().lower() for v in value.split(",") if v.strip()))
    unknown = [n for n in names if n not in FORMATS]
    if unknown or not names:
        raise click.BadParameter(f"unknown format {', '.join(unknown) or '(none)'}; choose from {', '.join(FORMATS)}")
    return names


def _format_option(f):
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["text", "json"]),
        default="text",
        show_default=True,
        help="text for people, json for programs (see FORMAT.md).",
    )(f)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@_format_option
@_any_language_option
@_debug_option
def facts(files: tuple[Path, ...], fmt: str, any_language: bool) -> None:
    """Show the facts found in each article: distances, dates, counts and quotes."""
    from .extract import extract

    out = []
    for path in files:
        article = _read(path, any_language)
        if article is not None:
            out.append((str(path), article, extract(article)))
    if not out:
        raise QuizgenError("no article in English; nothing to show (--any-language reads them anyway)")
    if fmt == "json":
        import json

        click.echo(
            json.dumps(
                {"articles": [{"source": s, "title": a.title, "facts": [f.to_json() for f in fs]} for s, a, fs in out]},
                ensure_ascii=False,
                indent=1,
            )
        )
        return
    for source, article, found in out:
        click.echo(f"{source}: {article.title}")
        if not found:
            click.echo("  (no facts found)")
        for f in found:
            detail = f"{f.speaker}: “{_short(f.quote)}”" if f.kind == "quote" else f"{f.text} = {_value(f)}"
            flag = " (relative)" if f.relative else (" (reported)" if f.tier == "indirect" else "")
            click.echo(f"  ¶{f.sentence.paragraph:<3} {f.kind:9s} {detail}{flag}")


def _read(path: Path, any_language: bool):
    """The article at path, its warnings shown; None when it is not in English (and not wanted anyway)."""
    from .articles import read_article
    from .language import foreign

    article = read_article(path)
    for w in article.warnings:
        click.echo(f"Warning: {w}", err=True)
    other = foreign(article, any_language)
    if other:
        click.echo(f"Warning: {other[1]}", err=True)
        if not any_language:
            return None
    return article


def _short(s: str | None, n: int = 70) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _value(f) -> str:
    if f.kind == "distance":
        return f"{f.value['amount']} {f.value['unit']}"
    if f.kind == "count":
        return f"{f.value}" + (f" {f.noun}" if f.noun else "")
    return str(f.value)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@_format_option
@click.option("--seed", type=int, default=0, show_default=True, help=SEED_HELP)
@click.option("--max-questions", type=click.IntRange(min=1), default=None, help="At most this many questions per article.")
@_any_language_option
@_debug_option
def questions(files: tuple[Path, ...], fmt: str, seed: int, max_questions: int | None, any_language: bool) -> None:
    """Show the questions quizgen would ask about each article."""
    from .extract import extract
    from .pipeline import questions_of

    out = []
    for path in files:
        article = _read(path, any_language)
        if article is None:
            continue
        qs, warnings = questions_of(article, extract(article), seed, max_questions)
        for w in warnings:
            click.echo(f"Warning: {w}", err=True)
        out.append((str(path), article, qs))
    if not out:
        raise QuizgenError("no article in English; nothing to show (--any-language reads them anyway)")
    if fmt == "json":
        import json

        click.echo(
            json.dumps(
                {"articles": [{"source": s, "title": a.title, "questions": [q.to_json() for q in qs]} for s, a, qs in out]},
                ensure_ascii=False,
                indent=1,
            )
        )
        return
    for source, article, qs in out:
        click.echo(f"{source}: {article.title}")
        if not qs:
            click.echo("  (nothing to ask)")
        for n, q in enumerate(qs, 1):
            if q.type == "mcq":
                click.echo(f"  {n:>2}. [{q.kind}] {q.prompt}")
                for letter, o in zip("ABCDE", q.options, strict=False):
                    mark = "*" if o == q.answer else " "
                    click.echo(f"        {mark} {letter}. {o}")
            else:
                click.echo(f"  {n:>2}. [cloze] {q.cloze}")
