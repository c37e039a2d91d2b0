"""quizgen: turn a news article into study material (Anki decks and printable worksheets)."""

from __future__ import annotations

__version__ = "0.1.0"
