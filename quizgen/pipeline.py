"""Wire the stages: read -> extract -> generate -> export. The library entry point is build()."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from .articles import ARTICLE_SUFFIXES, read_article
from .errors import REPORT_HINT, ArticleError, QuizgenError, failure
from .export import DEFAULT_FORMATS, FORMATS, exporter
from .export.files import MARK, write_atomic
from .extract import extract
from .generate import generate
from .language import foreign
from .model import Article, Fact, Question


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
            if not found:
                raise ArticleError(f"{src}: no article files (.txt, .md, .html) in this folder; add one or pass a file")
            paths.extend(found)
        elif p.exists():
            paths.append(p)
        else:
            raise ArticleError(f"{src}: no such file or folder; check the path")
    return paths


# A sentence gives at most this many facts to ask about (the development articles' most is 5):
# a table or a list pasted as one sentence would otherwise make cards with a hundred blanks
MAX_FACTS_PER_SENTENCE = 12
# An article gives questions from at most this many facts, in reading order: what 1.6 MB of
# news prose holds (the development articles hold one fact per 160 characters, 1,600 in all),
# so that a file of any shape is built into every target in seconds; a warning names the cut
MAX_FACTS = 10_000


def askable(article: Article, facts: list[Fact]) -> tuple[list[Fact], list[str]]:
    """The facts that go on to become questions, and a warning when some were left out: a fact
    seen before (the same words in a sentence that comes again word for word) is asked once,
    a sentence gives at most MAX_FACTS_PER_SENTENCE, an article at most MAX_FACTS."""
    seen: set[tuple] = set()
    per_sentence: dict[tuple[int, int], int] = {}
    kept: list[Fact] = []
    for f in facts:
        key = (f.kind, f.text, f.start - f.sentence.start, f.sentence.text, f.quote)
        where = (f.sentence.start, f.sentence.end)
        per_sentence[where] = per_sentence.get(where, 0) + 1
        if key in seen or per_sentence[where] > MAX_FACTS_PER_SENTENCE:
            continue
        seen.add(key)
        if len(kept) == MAX_FACTS:
            last = kept[-1].sentence.paragraph
            return kept, [
                f"{article.source}: only the facts up to paragraph {last} become questions (the first {MAX_FACTS:,}); "
                "split the article into smaller files to be asked about the rest"
            ]
        kept.append(f)
    return kept, []


def distinct(questions: list[Question]) -> list[Question]:
    """The questions without repeats: a quote the article gives twice is asked once."""
    seen: set[tuple[str, str, str, str]] = set()
    kept = []
    for q in questions:
        key = (q.type, q.prompt, q.cloze, q.answer)
        if key not in seen:
            seen.add(key)
            kept.append(q)
    return kept


def questions_of(
    article: Article, facts: list[Fact], seed: int = 0, max_questions: int | None = None
) -> tuple[list[Question], list[str]]:
    """The article's questions, each once, from the facts worth asking; and warnings."""
    chosen, warnings = askable(article, facts)
    return distinct(generate(article, chosen, seed=seed, max_questions=max_questions)), warnings


def analyse(path: str | Path, seed: int = 0, max_questions: int | None = None) -> tuple[Article, list[Fact], list[Question]]:
    """Read one article and return it with its facts and questions (warnings in article.warnings)."""
    article = read_article(path)
    facts = extract(article)
    questions, warnings = questions_of(article, facts, seed, max_questions)
    if warnings:
        article = replace(article, warnings=(*article.warnings, *warnings))
    return article, facts, questions


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
        questions, warnings = questions_of(article, facts, seed, max_questions)
        result.warnings.extend(warnings)
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
