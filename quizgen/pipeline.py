"""Wire the stages: read -> extract -> generate -> export. The library entry point is build()."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from .articles import ARTICLE_SUFFIXES, read_article
from .errors import REPORT_HINT, ArticleError, QuizgenError, failure
from .export import DEFAULT_FORMATS, FORMATS, exporter
from .export.files import MARK, write_atomic
from .extract import extract
from .generate import Plan, plan
from .language import foreign
from .model import Article, Fact, Question
from .review import follow_file, is_review_file, update_file

if TYPE_CHECKING:
    from .review.merge import Outcome


@dataclass
class Result:
    """What building one article gave: how many facts and questions, and the files written."""

    source: str
    facts: int = 0
    questions: int = 0
    files: list[Path] = field(default_factory=list)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    reports: list[str] = field(default_factory=list)  # what each classroom target could not hold
    traceback: str | None = None  # an unexpected error's traceback, shown with --debug
    language: str | None = None  # the language it looks like, when skipped for not being English


def expand_sources(sources: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders as every article file in them, sorted by name."""
    paths: list[Path] = []
    for src in sources:
        p = Path(src)
        if p.is_dir():
            found = sorted(
                f for f in p.iterdir() if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES and not f.name.startswith(".")
            )
            found = [f for f in found if not is_review_file(f)]  # a teacher's review file (x.review.md) is no article
            if not found:
                raise ArticleError(f"{src}: no article files (.txt, .md, .html) in this folder; add one or pass a file")
            paths.extend(found)
        elif is_review_file(p):
            raise ArticleError(f"{src}: is a review file, not an article; pass the article it reviews")
        elif p.exists():
            paths.append(p)
        else:
            raise ArticleError(f"{src}: no such file or folder; check the path")
    return paths


def questions_of(
    article: Article, facts: list[Fact], seed: int = 0, max_questions: int | None = None, stems: str = "auto"
) -> tuple[list[Question], list[str]]:
    """The article's questions, each once, from the facts worth asking; and warnings."""
    made = plan(article, facts, seed=seed, max_questions=max_questions, stems=stems)
    return made.questions, made.warnings


def analyse(
    path: str | Path, seed: int = 0, max_questions: int | None = None, stems: str = "auto"
) -> tuple[Article, list[Fact], list[Question]]:
    """Read one article and return it with its facts and questions (warnings in article.warnings)."""
    article, facts, made = explain(path, seed=seed, max_questions=max_questions, stems=stems)
    return article, facts, made.questions


def explain(
    path: str | Path, seed: int = 0, max_questions: int | None = None, stems: str = "auto"
) -> tuple[Article, list[Fact], Plan]:
    """Read one article and return it with its facts, its questions and the candidates left out."""
    article = read_article(path)
    facts = extract(article)
    made = plan(article, facts, seed=seed, max_questions=max_questions, stems=stems)
    if made.warnings:
        article = replace(article, warnings=(*article.warnings, *made.warnings))
    return article, facts, made


def follow_review(
    path: str | Path,
    article: Article,
    facts: list[Fact],
    questions: list[Question],
    max_questions: int | None = None,
    result: Result | None = None,
) -> list[Question]:
    """The questions to ask: the ticked items of the article's review file, in its order and words, when
    it has one (its warnings and a note go into result); else the plan's questions as given."""
    followed = follow_file(Path(path), article, facts, max_questions)
    if followed is None:
        return questions
    if result is not None:
        result.warnings.extend(followed.warnings)
        result.reports.append(followed.note())
    return followed.questions


def review(path: str | Path, seed: int | None = None, stems: str | None = None, max_questions: int | None = None) -> Outcome:
    """Write the review file of one article, or bring the one beside it up to date (quizgen review)."""
    article = read_article(path)
    return update_file(Path(path), article, extract(article), seed=seed, stems=stems, max_questions=max_questions)


def build_one(
    path: Path,
    out: Path,
    seed: int = 0,
    max_questions: int | None = None,
    templates: Path | None = None,
    paper: str = "a4",
    large_print: bool = False,
    versions: int = 1,
    formats: tuple[str, ...] = DEFAULT_FORMATS,
    stems: str = "auto",
    any_language: bool = False,
) -> Result:
    """Build the deck, worksheet(s) and other requested formats of one article into out.
    An article not in English is skipped with a warning unless any_language.

    Never raises: a user error (QuizgenError) or an unexpected one (a bug) becomes the
    Result's error, so one article cannot stop the others."""
    result = Result(str(path))
    stage = "reading the article"
    try:
        article = read_article(path)
        result.warnings.extend(article.warnings)
        stage = "telling its language"
        other = foreign(article, any_language)
        if other:
            result.warnings.append(other[1])
            if not any_language:
                result.language = other[0]
                return result
        stage = "finding facts"
        facts = extract(article)
        stage = "making questions"
        questions, warnings = questions_of(article, facts, seed, max_questions, stems)
        result.warnings.extend(warnings)
        stage = "following its review file"
        questions = follow_review(path, article, facts, questions, max_questions, result)
        result.facts, result.questions = len(facts), len(questions)
        if not questions:
            found = f"{len(facts):,} facts, none that makes a fair question" if facts else "no distances, dates, counts or quotes"
            result.warnings.append(f"{path}: found nothing to ask ({found}); no deck written")
            return result
        for name in formats:
            suffix = FORMATS[name][0]
            stage = f"writing the {name} file ({suffix})"
            if name == "anki":
                result.files.append(exporter(name)(out / f"{article.slug}{suffix}", article, questions, templates=templates))
            elif name == "html":
                names = ["A"] if versions <= 1 else [chr(ord("A") + i) for i in range(versions)]
                for version in names:
                    tag = "" if versions <= 1 else f"-{version}"
                    options = dict(templates=templates, seed=seed, version=version, paper=paper, large_print=large_print)
                    result.files.append(exporter(name)(out / f"{article.slug}{tag}{suffix}", article, questions, **options))
            else:
                data, report = exporter(name)(article, questions)
                result.files.append(write_atomic(out / f"{article.slug}{suffix}", data, marked=MARK in data[:4096] + data[-256:]))
                result.reports.append(report.line())
    except QuizgenError as e:
        result.error = str(e)
    except Exception as e:  # a bug: name the article and what failed; the traceback is kept for --debug
        import traceback

        result.error = f"{path}: failed while {stage}: {failure(e)}; {REPORT_HINT}"
        result.traceback = traceback.format_exc()
    return result


def build(sources: Iterable[str | Path], out: str | Path, jobs: int | None = None, **options) -> Iterator[Result]:
    """Build every article in sources into out, one Result per article, in the order given.

    Articles are built on ``jobs`` processes (default: every core); results keep their order.
    """
    from .export import anki, worksheet  # noqa: F401 - imported once here, inherited by the workers
    from .export.files import prepare_out

    paths = expand_sources(sources)
    out_dir = prepare_out(Path(out))
    work = partial(build_one, out=out_dir, **options)
    jobs = min(jobs or os.cpu_count() or 1, len(paths))
    if jobs <= 1:
        yield from map(work, paths)
        return
    import multiprocessing

    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with context.Pool(jobs) as pool:
        yield from pool.imap(work, paths, chunksize=max(1, len(paths) // (jobs * 8)))
