"""The library's own errors; cli.py turns them into one-line messages."""

from __future__ import annotations


class QuizgenError(Exception):
    """A user-facing error whose message names the file and the fix."""


class ArticleError(QuizgenError):
    """An article that cannot be read as text."""


class ReviewError(QuizgenError):
    """A review file that cannot be followed: the message names the file, the line and the fix."""


class OutputError(QuizgenError):
    """An output folder or file that cannot be written."""


def failure(e: BaseException) -> str:
    """An unexpected error (a bug) in one line: its type and the start of its message."""
    message = " ".join(str(e).split())
    return f"{type(e).__name__}: {message[:200]}" if message else type(e).__name__


REPORT_HINT = "please report this, --debug shows the traceback"
