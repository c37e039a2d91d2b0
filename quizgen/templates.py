"""Find the template folder: inside the installed package, or the repository's templates/."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def template_dir() -> Path:
    """Return the folder holding the shipped templates."""
    for candidate in (_HERE / "templates", _HERE.parent / "templates"):
        if (candidate / "worksheet.html.j2").is_file():
            return candidate
    raise FileNotFoundError("quizgen's templates are missing; reinstall quizgen")
