"""The quizgen command line: build, facts, questions, review. The only module that imports click."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .errors import REPORT_HINT, QuizgenError, failure
from .export import DEFAULT_FORMATS, FORMATS

SEED_HELP = "Seed for every random choice: the same input and seed give the same questions."
STEMS_HELP = "Question stems: wh asks 'How far ...?' and the like only, blank keeps the sentence with a blank, auto mixes them."


def _stems_option(f):
    return click.option(
        "--stems", type=click.Choice(["auto", "wh", "blank"]), default="auto", show_default=True, help=STEMS_HELP
    )(f)


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
        except BrokenPipeError:
            # "quizgen questions ... | head": the reader has all it wanted; nothing went wrong
            import os
            import sys

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error as Python closes stdout
            ctx.exit(0)
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
@_stems_option
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
    stems: str,
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
        paper=paper, large_print=large_print, versions=versions, formats=formats, stems=stems, any_language=any_language,
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


def _echo_dropped(dropped) -> None:
    """The candidates left out, one line each: where, what, in which form, and the rule."""
    click.echo(f"  not asked ({len(dropped)}):")
    for d in sorted(dropped, key=lambda d: (d.fact.start, d.form)):
        f = d.fact
        what = f.speaker if f.kind == "quote" else f.text
        form = "" if d.form == "both" else f" [{d.form}]"
        click.echo(f"    ¶{f.sentence.paragraph:<3} {f.kind:9s} {_short(what, 40)}{form}: {d.rule}")
    click.echo("  asked:")


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
@click.option("--dropped", is_flag=True, help="Also list every candidate that was not asked, with the rule that left it out.")
@_stems_option
@_any_language_option
@_debug_option
def questions(
    files: tuple[Path, ...], fmt: str, seed: int, max_questions: int | None, dropped: bool, stems: str, any_language: bool
) -> None:
    """Show the questions quizgen would ask about each article, the most quiz-worthy first
    (or, where the article has a review file, the items ticked in it, in its order)."""
    from .extract import extract
    from .generate import plan

    out = []
    for path in files:
        article = _read(path, any_language)
        if article is None:
            continue
        facts = extract(article)
        made = plan(article, facts, seed=seed, max_questions=max_questions, stems=stems)
        for w in made.warnings:
            click.echo(f"Warning: {w}", err=True)
        made = _reviewed(path, article, facts, made, max_questions)
        out.append((str(path), article, made))
    if not out:
        raise QuizgenError("no article in English; nothing to show (--any-language reads them anyway)")
    if fmt == "json":
        import json

        articles = []
        for source, article, made in out:
            entry = {"source": source, "title": article.title, "questions": [q.to_json() for q in made.questions]}
            if dropped:
                entry["dropped"] = [d.to_json() for d in made.dropped]
            articles.append(entry)
        click.echo(json.dumps({"articles": articles}, ensure_ascii=False, indent=1))
        return
    for source, article, made in out:
        qs = made.questions
        click.echo(f"{source}: {article.title}")
        if dropped:
            _echo_dropped(made.dropped)
        if not qs:
            click.echo("  (nothing to ask)")
        for n, q in enumerate(qs, 1):
            if q.type == "mcq":
                click.echo(f"  {n:>2}. [{q.kind}] {q.prompt}")
                for letter, o in zip("ABCDE", q.options, strict=False):
                    mark = "*" if o == q.answer else " "
                    click.echo(f"        {mark} {letter}. {o}")
            elif q.type == "true_false":
                click.echo(f"  {n:>2}. [true or false] {q.prompt}  ({q.answer})")
            elif q.type == "order":
                click.echo(f"  {n:>2}. [order] {q.prompt}")
                for letter, item in zip("ABCDEF", q.items, strict=False):
                    click.echo(f"          {letter}. {item}")
                key = ", ".join("ABCDEF"[q.items.index(item)] for item in q.sequence)
                click.echo(f"        * {key}")
            else:
                click.echo(f"  {n:>2}. [cloze] {q.cloze}")


def _reviewed(path: Path, article, facts, made, max_questions: int | None):
    """The plan with its questions as the article's review file has them, when it has one."""
    from .generate import Plan
    from .review import follow_file

    followed = follow_file(path, article, facts, max_questions)
    if followed is None:
        return made
    for line in followed.warnings:
        click.echo(f"Warning: {line}", err=True)
    click.echo(f"{path}: {followed.note()}", err=True)
    return Plan(followed.questions, made.dropped)


@main.command()
@click.argument("articles", nargs=-1, type=click.Path(path_type=Path))
@click.option("--seed", type=int, default=None, help=SEED_HELP + "  [default: the file's, else 0]")
@click.option("--max-questions", type=click.IntRange(min=1), default=None, help="Tick at most this many questions per article.")
@click.option(
    "--stems", type=click.Choice(["auto", "wh", "blank"]), default=None, help=STEMS_HELP + "  [default: the file's, else auto]"
)
@_debug_option
def review(articles: tuple[Path, ...], seed: int | None, max_questions: int | None, stems: str | None) -> None:
    """Write a review file beside each article, or bring it up to date.

    ARTICLES are article files or folders of them (default: source/). For source/x.txt
    quizgen writes source/x.review.md: every candidate question, the ones the build would
    ask ticked, the others unticked with the rule that left them out. Edit it (tick, untick,
    reorder, reword, change a key) and `quizgen build` follows it. Run again after the
    article changes: your edits stay, new questions are added and marked, gone ones marked.
    """
    from .pipeline import expand_sources
    from .pipeline import review as run

    failed = 0
    for path in expand_sources(articles or (Path("source"),)):
        try:
            outcome = run(path, seed=seed, stems=stems, max_questions=max_questions)
        except QuizgenError as e:
            failed += 1
            click.echo(f"Error: {e}", err=True)
            continue
        except Exception as e:  # a bug: named in one line; the other articles still get their files
            if click.get_current_context().meta.get(DEBUG):
                raise
            failed += 1
            click.echo(f"Error: {path}: failed: {failure(e)}; {REPORT_HINT}", err=True)
            continue
        click.echo(outcome.line())
        for line in outcome.check:
            click.echo(f"  check {line}")
    if failed:
        sys.exit(1)
