"""Review files, the teacher's say over an article's questions: `quizgen review` writes every candidate
question of an article into a Markdown file beside it (source/x.txt -> source/x.review.md) and later
merges the article's changes into it without losing an edit; the build asks what the file ticks, in its
order and words. Input: an article's path, Article and Facts; output: the file, or the questions to ask.
The modules that do the work load only for an article that has a review file, or for `quizgen review`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ReviewError
from ..model import Article, Fact

if TYPE_CHECKING:
    from .apply import Followed
    from .markdown import Sheet
    from .merge import Outcome

SUFFIX = ".review.md"


def review_path(article: Path) -> Path:
    """Where an article's review file lives: beside it, source/x.txt -> source/x.review.md."""
    return article.with_name(article.stem + SUFFIX)


def is_review_file(path: Path) -> bool:
    """True for a review file, which is never an article to build."""
    return path.name.lower().endswith(SUFFIX)


def _read(article_path: Path) -> Sheet | None:
    path = review_path(article_path)
    if not path.exists():
        return None
    from .markdown import read

    sheet = read(path)
    owner = sheet.article
    if owner and owner != article_path.name and (article_path.parent / owner).exists():
        raise ReviewError(
            f"{path}:1: is the review file of {owner}, not of {article_path.name}; "
            "rename one of the two articles so each has its own review file"
        )
    return sheet


def follow_file(article_path: Path, article: Article, facts: list[Fact], max_questions: int | None = None) -> Followed | None:
    """The questions the article's review file asks; None when the article has no review file."""
    sheet = _read(Path(article_path))
    if sheet is None:
        return None
    from .apply import follow

    return follow(sheet, Path(article_path), article, facts, max_questions)


def update_file(
    article_path: Path,
    article: Article,
    facts: list[Fact],
    seed: int | None = None,
    stems: str | None = None,
    max_questions: int | None = None,
) -> Outcome:
    """Write the article's review file, or bring the one beside it up to date, keeping every edit."""
    from .merge import update

    article_path = Path(article_path)
    _read(article_path)  # a file of another article is refused before anything is written
    return update(article_path, review_path(article_path), article, facts, seed=seed, stems=stems, max_questions=max_questions)
