"""The review file's format, plain Markdown: a header, then one block an item, each under a heading with
its box and id. Reads a file into its entries (refusing, with the line and the fix, what it cannot
follow) and an entry into its Fields; writes entries and new files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import ReviewError
from ..export.files import ours
from .fields import BLANK, TRUTH, Fields, blanks, one_line

# The file's first line: whose review it is and the choices its questions were made with
HEADER = "<!-- made by quizgen: the review file of {name} · seed {seed} · stems {stems} -->"
HEADER_READ = re.compile(
    r"<!--\s*made by quizgen: the review file of (?P<name>.+?)(?: · seed (?P<seed>-?\d+))?(?: · stems (?P<stems>\w+))?\s*-->"
)
# An item's heading: "## [x] Multiple choice · distance <!-- id 768ea4b62b · as made 9f3c21 0a8b7e -->"
LEVEL_TWO = re.compile(r"^##(?!#)")
BOX = re.compile(r"^##\s*\\?\[\s*(?P<mark>[^\s\]]?)\s*\\?\]\s*")
ID = re.compile(r"<!--\s*id\s+(?P<id>[0-9a-f]{10})(?:\s*·?\s*as made\s+(?P<text>[0-9a-f]{6})\s+(?P<choices>[0-9a-f]{6}))?\s*-->")
# An option, a statement's truth or an event: "- [x] 130 km", "- [ ] 40 km", "- 40 km", "1. An event"
CHOICE = re.compile(r"^ {0,3}(?:[-*+]|\d{1,2}[.)])(?:\s+|$)(?P<item>(?:\\?\[\s*(?P<mark>[^\s\]]?)\s*\\?\]\s*)?(?P<text>.*))$")
# What a box may hold: ticked, or nothing
TICKS = ("x", "X", "✓", "✔", "*")
# A line across the page ("---", "***"): a teacher's divider, no part of an item
RULE = re.compile(r"^ {0,3}([-*_])(?:\s*\1){2,}\s*$")
# A comment inside a line of text: the teacher's, never printed
INLINE_COMMENT = re.compile(r"\s*<!--.*?-->")
# Text that Markdown would read as something else, written with a backslash before it
MARKUP_START = re.compile(r"^(?:[-*+>#]|\d{1,2}[.)](?:\s|$)|<!--)")

FORMS = {"mcq": "Multiple choice", "cloze": "Fill in the blank", "true_false": "True or false", "order": "Put in order"}
KINDS = {"distance": "distance", "date": "date", "count": "number", "quote": "who said"}
MAX_OPTIONS, MAX_EVENTS = 4, 6

GUIDE = """\
`quizgen build` asks the items ticked `[x]` below, in this order, in the words you leave here.

- Tick `[x]` or untick `[ ]` the box in an item's heading; move whole items to change the order.
- Reword any question, option, statement or event. Tick `[x]` the one right option and leave the others `[ ]`.
- In a fill-in sentence the answer goes in double braces, a hint after two colons: `{{130 km::distance}}`.
- Keep each heading's `<!-- id … -->` as it is: it ties the item to its sentence, and to its card in Anki.
- Lines starting with `>` are quizgen's notes (why an item was left out, its paragraph); `quizgen review` rewrites them.
- Run `quizgen review` again when the article changes: your edits stay, new questions are added and marked
  `New`, and the ones whose sentence is gone are marked `Gone`.
"""


@dataclass(frozen=True)
class Line:
    """One line of an item's block, read: what it is, and its words."""

    number: int
    kind: str  # "blank", "note", "comment" (or a divider), "heading", "choice", "text"
    raw: str
    text: str = ""
    mark: str = ""  # what a choice's box holds: "x" ticked, "" empty or no box
    item: str = ""  # a choice's words with its box, if any: a timeline's event has no box


@dataclass(frozen=True)
class Entry:
    """One item as the teacher left it: its box, its id, what quizgen last wrote of it, its lines."""

    line: int
    ticked: bool
    id: str
    made: tuple[str, str] | None
    heading: str
    body: tuple[Line, ...]

    def label(self) -> str:
        """The heading's words between the box and the id."""
        return BOX.sub("", ID.sub("", self.heading)).strip()

    def name(self, path: Path, line: int | None = None) -> str:
        """The item as a message names it: file, line, id and its first words."""
        words = " ".join(ln.text for ln in self.body if ln.kind == "text")
        return f"{path}:{line or self.line}: item {self.id} (“{_short(one_line(words) or self.label())}”)"


@dataclass(frozen=True)
class Sheet:
    """A review file read: the text above the first item, the items, and the header's choices."""

    path: Path
    preamble: tuple[str, ...]
    entries: tuple[Entry, ...]
    article: str | None = None
    seed: int | None = None
    stems: str | None = None
    newline: str = "\n"
    bom: bool = False


def _short(text: str, n: int = 48) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _error(path: Path, line: int, message: str) -> ReviewError:
    return ReviewError(f"{path}:{line}: {message}")


def read(path: Path) -> Sheet:
    """Read a review file; a file quizgen did not make, that is not UTF-8 or whose item headings are
    broken is refused."""
    if not ours(path):
        raise ReviewError(
            f"{path}: is not a quizgen review file (its first line, '<!-- made by quizgen: … -->', is missing); "
            "put that line back, or move the file away"
        )
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise ReviewError(f"{path}: cannot be read ({e.strerror}); check the file") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ReviewError(f"{path}: is not UTF-8 text; save it as UTF-8 in your editor") from None
    return parse(text, path)


def parse(text: str, path: Path) -> Sheet:
    """The entries of a review file's text, in the file's order."""
    bom = text.startswith("\ufeff")
    text = text.removeprefix("\ufeff")
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = re.split(r"\r?\n", text)
    if lines and lines[-1] == "":
        lines.pop()
    preamble: list[str] = []
    blocks: list[tuple[int, str, list[tuple[int, str]]]] = []
    for n, line in enumerate(lines, 1):
        if LEVEL_TWO.match(line):
            blocks.append((n, line, []))
        elif blocks:
            blocks[-1][2].append((n, line))
        else:
            preamble.append(line)
    entries: list[Entry] = []
    seen: dict[str, int] = {}
    for n, heading, body in blocks:
        box = BOX.match(heading)
        found = ID.search(heading)
        if box is None and found is None:
            raise _error(
                path,
                n,
                "a '##' heading starts a question and needs its box and id, like '## [x] Multiple choice "
                "<!-- id 768ea4b62b -->'; put back what was removed, or use '###' for a heading of your own",
            )
        if box is None:
            raise _error(
                path, n, "the item's heading has lost its box; write '## [x]' to ask the item or '## [ ]' to leave it out"
            )
        if found is None:
            raise _error(
                path,
                n,
                "the item's heading has lost its id ('<!-- id … -->' at its end); copy it back "
                "from the .bak file beside this one or from your version control, or delete the item",
            )
        item = found.group("id")
        if item in seen:
            raise _error(
                path, n, f"item {item} is here and at line {seen[item]}; an item is asked once, so delete one of the two"
            )
        seen[item] = n
        made = (found.group("text"), found.group("choices")) if found.group("text") else None
        entries.append(Entry(n, _ticked(box.group("mark"), path, n), item, made, heading, tuple(_lines(body, path))))
    header = next((m for m in map(HEADER_READ.search, preamble) if m), None)
    return Sheet(
        path,
        tuple(preamble),
        tuple(entries),
        article=header.group("name") if header else None,
        seed=int(header.group("seed")) if header and header.group("seed") else None,
        stems=header.group("stems") if header else None,
        newline=newline,
        bom=bom,
    )


def _ticked(mark: str, path: Path, line: int) -> bool:
    if mark and mark not in TICKS:
        raise _error(path, line, f"the box holds '{mark}'; write [x] to tick it or [ ] to leave it empty")
    return bool(mark)


def _lines(body: list[tuple[int, str]], path: Path) -> list[Line]:
    out = []
    in_comment = False
    for n, raw in body:
        stripped = raw.strip()
        if in_comment or stripped.startswith("<!--"):
            in_comment = "-->" not in (stripped if in_comment else stripped[4:])
            out.append(Line(n, "comment", raw))
        elif not stripped:
            out.append(Line(n, "blank", raw))
        elif RULE.match(raw):
            out.append(Line(n, "comment", raw))
        elif stripped.startswith(">"):
            out.append(Line(n, "note", raw, stripped.lstrip("> ").strip()))
        elif stripped.startswith("#"):
            out.append(Line(n, "heading", raw))
        elif m := CHOICE.match(raw):
            words = INLINE_COMMENT.sub("", m.group("text")).strip()
            item = INLINE_COMMENT.sub("", m.group("item")).strip()
            out.append(Line(n, "choice", raw, words, m.group("mark") or "", item))
        else:
            words = stripped[1:] if stripped.startswith("\\") and _markup(stripped[1:]) else stripped  # see escape()
            out.append(Line(n, "text", raw, INLINE_COMMENT.sub("", words)))
    return out


def fields(entry: Entry, qtype: str, path: Path) -> Fields:
    """The words of an item as the teacher left them, or a ReviewError naming the line and the fix."""
    text: list[str] = []
    choices: list[list] = []  # [line, ticked, words]
    follows = False  # the line before was an option (or its continuation): an indented line goes on with it
    for ln in entry.body:
        if ln.kind == "choice" and qtype == "order":
            choices.append([ln.number, False, ln.item])  # an event has no box: "[1]" is its words
        elif ln.kind == "choice":
            choices.append([ln.number, _ticked(ln.mark, path, ln.number), ln.text])
        elif ln.kind == "text" and follows and ln.raw[:1].isspace():
            choices[-1][2] += " " + ln.text
        elif ln.kind == "text" and choices:
            raise _error(path, ln.number, "text after the options; move it above them (it belongs to the question) or delete it")
        elif ln.kind == "text":
            text.append(ln.text)
        follows = ln.kind == "choice" or (follows and ln.kind == "text")
    words = one_line(" ".join(text))
    options = [(n, mark, one_line(w)) for n, mark, w in choices]
    if qtype == "cloze":
        return Fields(_cloze(entry, words, options, path))
    if not words:
        raise _error(path, entry.line, "the item has no question; write it below the heading, above the options")
    if qtype == "order":
        if not 2 <= len(options) <= MAX_EVENTS:
            raise _error(path, entry.line, f"a timeline lists two to {MAX_EVENTS} events, earliest first, one a line: '1. …'")
        _no_empty(options, path)
        return Fields(words, tuple(w for _, _, w in options))
    keys = [(n, w) for n, mark, w in options if mark]
    if qtype == "true_false":
        if sorted(w.lower() for _, _, w in options) != sorted(TRUTH) or len(keys) != 1:
            raise _error(
                path,
                entry.line,
                "a true-or-false item has two options, '- [x] true' and '- [ ] false', with the right one ticked",
            )
        return Fields(words, TRUTH, TRUTH.index(keys[0][1].lower()))
    if len(options) < 2:
        raise _error(
            path,
            entry.line,
            "a multiple-choice item needs two to four options below the question, one ticked as the key: '- [x] …'",
        )
    if len(options) > MAX_OPTIONS:
        raise _error(path, options[MAX_OPTIONS][0], "more than four options (Kahoot and the worksheet take four); delete one")
    _no_empty(options, path)
    if not keys:
        raise _error(path, entry.line, "no option is ticked as the key; tick the right one: '- [x] …'")
    if len(keys) > 1:
        lines = ", ".join(str(n) for n, _ in keys)
        raise _error(
            path, keys[1][0], f"two options are ticked as the key (lines {lines}); an item has one key, so untick the others"
        )
    seen: dict[str, int] = {}
    for n, _, w in options:
        if w.casefold() in seen:
            raise _error(path, n, f"this option reads the same as the one at line {seen[w.casefold()]}; change or delete one")
        seen[w.casefold()] = n
    return Fields(words, tuple(w for _, _, w in options), [w for _, _, w in options].index(keys[0][1]))


def _no_empty(options: list, path: Path) -> None:
    for n, _, w in options:
        if not w:
            raise _error(path, n, "this option is empty; write it or delete the line")


def _cloze(entry: Entry, words: str, options: list, path: Path) -> str:
    if options:
        raise _error(
            path,
            options[0][0],
            "a fill-in sentence has no options; put the answer in the sentence in double braces, like {{130 km}}",
        )
    line = next((ln.number for ln in entry.body if ln.kind == "text"), entry.line)
    if not words:
        raise _error(
            path,
            entry.line,
            "the item has no sentence; write it below the heading with the answer in double braces, like {{130 km}}",
        )
    found = BLANK.findall(words)
    if words.count("{{") != len(found) or words.count("}}") != len(found):
        raise _error(path, line, "a blank is opened with '{{' and not closed with '}}' (or the other way round); close it")
    if not found:
        raise _error(path, line, "the sentence has no blank; put the answer in double braces, like {{130 km}}")
    if any(not answer for answer, _ in blanks(words)):
        raise _error(path, line, "a blank is empty; write its answer between the braces, like {{130 km}}")
    return BLANK.sub(lambda m: "{{" + "::".join(p for p in blanks(m.group())[0] if p) + "}}", words)  # {{c1::a::h}} as {{a::h}}


# --- writing ------------------------------------------------------------------------------------


def _markup(text: str) -> bool:
    """True for words that would read as markup, or as escaped markup (which a backslash must keep)."""
    text = text.lstrip("\\")
    return bool(MARKUP_START.match(text) or RULE.match(text))


def escape(text: str) -> str:
    """A line of the teacher's words that Markdown would not read as a list, a note, a heading or a rule."""
    return "\\" + text if _markup(text) else text


def id_comment(item: str, made: tuple[str, str]) -> str:
    """The end of an item's heading: its id and the stamp of what quizgen wrote."""
    return f"<!-- id {item} · as made {made[0]} {made[1]} -->"


def heading(ticked: bool, label: str, item: str, made: tuple[str, str]) -> str:
    """An item's heading line: its box, its label, its id and the stamp of what quizgen wrote."""
    return f"## [{'x' if ticked else ' '}] {label} {id_comment(item, made)}"


def label_of(qtype: str, kind: str) -> str:
    return f"{FORMS.get(qtype, qtype)} · {KINDS.get(kind, kind)}"


def content(qtype: str, f: Fields) -> list[str]:
    """An item's words as lines: the text, a blank line, the choices."""
    lines = [escape(f.text)]
    if qtype in ("mcq", "true_false"):
        lines += [""] + [f"- [{'x' if i == f.key else ' '}] {c}" for i, c in enumerate(f.choices)]
    elif qtype == "order":
        lines += [""] + [f"{i}. {c}" for i, c in enumerate(f.choices, 1)]
    return lines


def block(head: str, status: list[str], body: list[str], source: list[str]) -> list[str]:
    """An item's block: its heading, quizgen's notes on it, its words, where it comes from, a blank line."""
    out = [head, *(f"> {s}" for s in status)]
    for part in (body, source):
        if part:
            out += ["", *part]
    return out + [""]


def new_file(name: str, title: str, seed: int, stems: str) -> list[str]:
    """The top of a new review file: its header, the article's title and how to edit the file."""
    return [HEADER.format(name=name, seed=seed, stems=stems), f"# Review: {' '.join(title.split())}", "", *GUIDE.splitlines(), ""]


def header(name: str, seed: int, stems: str) -> str:
    return HEADER.format(name=name, seed=seed, stems=stems)
