"""Exporters: Anki decks, printable worksheets, and the classroom targets (GIFT, Moodle XML,
QTI for Canvas, Kahoot, Quizizz, Quizlet). FORMATS maps each --format name to its file."""

from __future__ import annotations

# name -> (file name suffix, "module:function"); modules are imported only when asked for
FORMATS: dict[str, tuple[str, str]] = {
    "anki": (".apkg", "anki:write_deck"),
    "html": (".html", "worksheet:write_worksheet"),
    "gift": (".gift.txt", "gift:gift"),
    "moodle": (".moodle.xml", "moodle:moodle"),
    "qti": (".qti.zip", "qti:qti"),
    "kahoot": (".kahoot.xlsx", "sheets:kahoot"),
    "quizizz": (".quizizz.xlsx", "sheets:quizizz"),
    "quizlet": (".quizlet.txt", "quizlet:quizlet"),
}
DEFAULT_FORMATS = ("anki", "html")


def exporter(name: str):
    """The function that writes one target format."""
    import importlib

    module, function = FORMATS[name][1].split(":")
    return getattr(importlib.import_module(f".{module}", __name__), function)
