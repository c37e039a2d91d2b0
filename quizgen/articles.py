"""Read a source file into an Article: title, body paragraphs, sentences with offsets."""

from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path

from .errors import ArticleError
from .model import Article, Sentence

# Articles above this size are refused: no news article comes near it, and every rule
# below stays linear, so this only bounds memory and the size of the decks we write.
MAX_BYTES = 5_000_000
ARTICLE_SUFFIXES = (".txt", ".md", ".text", ".html", ".htm")

# A line made only of a date: "Thursday, February 23, 2023" (a dateline, not a sentence)
DATELINE = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{1,2})?,?\s+\d{4}$"
)
# A dateline opening the first paragraph: "WASHINGTON (AP) — ", "COLUMBIA, S.C. (AP) - ", "MADRID — ";
# not a sentence that opens with a capitalised word and a dash ("NATO - the alliance - said")
DATELINE_PREFIX = re.compile(
    r"[A-Z][A-Z.'’-]*(?:[ ,]+[A-Z][A-Za-z.'’-]*){0,3}(?:\s+\([A-Za-z. ]{1,30}\))?\s+(?:—|–|--?)\s+(?=[A-Z\"“])"
)
# A heading run into its paragraph: "... in any constituency In the Northern Districts ...": a
# capitalised opener right after a lower-case word can only start a new sentence
RUN_IN_HEADING = re.compile(
    r"(?<=[a-z]) (?=(?:In|The|On|At|After|When|While|But|However|He|She|It|They)\s[a-z])|(?<=[A-Z]) (?=In the\s)"
)
# Character references left in a plain-text copy of a web page: "&#39;", "&amp;", "&eacute;"
CHAR_REF = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Publisher boilerplate that is never part of the story
BOILERPLATE = re.compile(
    r"contributed to this report|for more \w+ news|leave a comment|^sign up\b|newsletter"
    r"|^(?:image|photo|picture|video)(?: copyright| caption|:| credit)|getty images|^read more\b"
    r"|^follow (?:us|\w+ on)\b|^click here\b|all rights reserved|^©|^copyright\b|^advertisement$"
    r"|^share (?:this|on)\b|^related:",
    re.I,
)
# Control characters: never part of an article's words, and not allowed in XML or a spreadsheet
# cell; a vertical tab or a form feed is read as a line end, the others are dropped
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
# A sentence ends at . ! ? (closing quotes and brackets may follow), then space, then a
# capital, a digit or an opening quote. Abbreviations are vetoed in _is_boundary. A run of
# marks is matched from its first one only ("?!?!" once, not again from each mark inside it).
BOUNDARY = re.compile(r"(?<![.!?])[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
# A "sentence" longer than this is not one (a list, a transcript or text with no full stops):
# it is cut at a clause or a word boundary so that every later stage, which reads a sentence
# once for each fact in it, stays linear. The longest sentence in the development articles
# has 451 characters.
MAX_SENTENCE = 1000
# A first line longer than this is not a headline (the longest in the development articles has 107)
MAX_TITLE = 300
# Words whose trailing period is not a full stop: "Mr. Smith", "Lt. Col.", "No. 10"
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev fr st jr sr mt ft"
    " no nos vs etc inc ltd co corp dept est approx fig al op vol pp"
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# After these, a period ends a sentence only when an ordinary sentence opener follows
SOFT_ABBREVIATIONS = frozenset("inc ltd co corp etc a.m p.m u.s u.k u.n e.u d.c".split())
OPENERS = frozenset(
    "the a an he she it they we i his her its their this that these those but and so yet"
    " in on at as after before when while if there here some many most one two".split()
)


def slug_of(path: Path) -> str:
    """Return the name an article's output files take: the file's name without its suffix, its
    letters and digits kept in any script ("Révolution française" -> "Révolution-française"),
    every run of other characters one hyphen."""
    slug, gap = "", False
    for ch in unicodedata.normalize("NFC", path.stem):
        if ch.isalnum() or ch in "._-" or unicodedata.category(ch).startswith("M"):  # M: accents, vowel signs
            slug, gap = slug + ch, False
        elif not gap:
            slug, gap = slug + "-", True
    return slug.strip("-.") or "article"


def decode(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """Decode article bytes: UTF-8 (BOM or not), else Windows-1252 with a warning."""
    if b"\x00" in data[:8192] or _looks_binary(data[:8192]):
        raise ArticleError(f"{name}: this is not a text file; save the article as plain text (.txt) and try again")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        return text, (f"{name}: not UTF-8; read as Windows-1252 (save it as UTF-8 to silence this)",)


MIN_BINARY_CONTROLS = 3


def _looks_binary(head: bytes) -> bool:
    if not head:
        return False
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    # a stray control character in a few lines of text is a typo, not a sign of a binary file
    return control > MIN_BINARY_CONTROLS and control / len(head) > 0.05


def read_article(path: str | Path) -> Article:
    """Read an article file from disk."""
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise ArticleError(f"{name}: no such file; check the path")
    if p.is_dir():
        raise ArticleError(f"{name}: is a folder, not an article file")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(
                f"{name}: {size / 1e6:.1f} MB is over the {MAX_BYTES // 1_000_000} MB limit for one article;"
                " split it into smaller files"
            )
        data = p.read_bytes()
    except PermissionError:
        raise ArticleError(f"{name}: cannot be read (permission denied); check the file's permissions") from None
    except OSError as e:
        raise ArticleError(f"{name}: cannot be read ({e.strerror}); check the file") from None
    text, warnings = decode(data, name)
    if p.suffix.lower() in (".html", ".htm") or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        from .html import html_to_text

        text = html_to_text(text, name)
    elif p.suffix.lower() == ".md":
        text = markdown_to_text(text)
    text = decode_references(text)
    return parse_article(text, source=name, slug=slug_of(p), warnings=warnings)


def decode_references(text: str) -> str:
    """Plain text with HTML character references ("&#39;", "&amp;") read as the characters they stand for."""
    return CHAR_REF.sub(lambda m: html.unescape(m.group()), text) if "&" in text else text


# Markdown that is layout, not words: "# Title", "**bold**", "[text](url)", "> quote", "- item"
MD_HEADING = re.compile(r"^#{1,6}\s+", re.M)
MD_LINK = re.compile(r"!?\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)")
MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)([^\n]{1,500}?)(?<=\S)\1")
MD_BLOCK = re.compile(r"^(?:>\s?|[-*+]\s+)", re.M)


def markdown_to_text(text: str) -> str:
    """Plain text from a Markdown article, so that its markup is not read as words."""
    text = MD_HEADING.sub("", text.replace("\r\n", "\n"))
    text = MD_LINK.sub(r"\1", text)
    text = MD_EMPHASIS.sub(r"\2", text)
    return MD_BLOCK.sub("", text)


def parse_article(text: str, source: str = "<text>", slug: str = "article", warnings: tuple[str, ...] = ()) -> Article:
    """Split article text into title, body paragraphs and sentences with offsets."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = CONTROL.sub(lambda m: "\n" if m.group() in "\v\f" else "", text)
    if not text.strip():
        raise ArticleError(f"{source}: the file is empty; put the article's title on the first line, then its text")
    title = ""
    date = ""
    sentences: list[Sentence] = []
    paragraphs: list[tuple[int, int]] = []
    for start, end in _blocks(text):
        block = text[start:end]
        if not title:
            first_nl = block.find("\n")
            title_end = end if first_nl == -1 else start + first_nl
            title = text[start:title_end].strip()
            if len(title) > MAX_TITLE:
                # the story itself, not its headline: the article is named after its file instead
                title = slug.replace("-", " ")
                warnings += (f"{source}: the first line is not a headline (over {MAX_TITLE} characters); titled '{title}'",)
            else:
                sentences.append(Sentence(text[start:title_end], start, title_end, 0, body=False))
                if first_nl == -1:
                    continue
                # title line directly followed by the body, without a blank line
                start += first_nl + 1
                block = text[start:end]
        if not paragraphs and not date and DATELINE.match(block.strip()):
            date = block.strip()  # "Friday, August 21, 2015" above the story: the article's date
            continue
        if _is_heading(block):
            sentences.append(Sentence(text[start:end], start, end, len(paragraphs) + 1, body=False))
            continue
        if _is_furniture(block):
            continue
        if not paragraphs:
            dateline = DATELINE_PREFIX.match(block)
            if dateline:
                start += dateline.end()  # "WASHINGTON (AP) — " is not part of the first sentence
                block = text[start:end]
        paragraphs.append((start, end))
        number = len(paragraphs)
        for s, e in split_sentences(block):
            sentences.append(Sentence(text[start + s : start + e], start + s, start + e, number))
    return Article(source, slug, title, text, tuple(sentences), tuple(paragraphs), warnings, date)


def _blocks(text: str):
    """Yield (start, end) of each non-blank line group; a heading-like line stands alone."""
    for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        s, e = m.start(), m.end()
        # a run of lines where each is a paragraph of its own (no blank lines between)
        lines = [(lm.start() + s, lm.end() + s) for lm in re.finditer(r"[^\n]+", text[s:e])]
        if len(lines) > 1 and all(_ends_like_paragraph(text[a:b]) or _is_heading(text[a:b]) for a, b in lines[:-1]):
            for a, b in lines:
                a2, b2 = _strip(text, a, b)
                if a2 < b2:
                    yield a2, b2
        else:
            a2, b2 = _strip(text, s, e)
            if a2 < b2:
                yield a2, b2


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _ends_like_paragraph(line: str) -> bool:
    return bool(re.search(r"[.!?:][\"'”’)]*\s*$", line))


def _is_heading(block: str) -> bool:
    """A short line without closing punctuation: a section heading."""
    line = block.strip()
    return "\n" not in line and len(line) <= 80 and len(line.split()) <= 12 and not _ends_like_paragraph(line)


def _is_furniture(block: str) -> bool:
    """Headings, datelines and boilerplate: text that is not a body sentence."""
    line = block.strip()
    return _is_heading(line) or bool(DATELINE.match(line)) or bool(BOILERPLATE.search(line[:200]))


def split_sentences(block: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences in one paragraph."""
    spans = []
    start = 0
    ends = sorted(
        [(m.start(), m.end()) for m in BOUNDARY.finditer(block)]
        + [(m.start(), m.start()) for m in RUN_IN_HEADING.finditer(block)]
    )
    for dot, end in ends:
        if dot < end and not _is_boundary(block, dot, end):
            continue
        s, e = _strip(block, start, end)
        if s < e:
            spans.append((s, e))
        start = end
    s, e = _strip(block, start, len(block))
    if s < e:
        spans.append((s, e))
    return [piece for s, e in spans for piece in _cut_long(block, s, e)]


def _cut_long(block: str, s: int, e: int) -> list[tuple[int, int]]:
    """The sentence (s, e) as it is, or cut into pieces of at most MAX_SENTENCE characters:
    after the last semicolon or colon in a piece's second half, else its last comma, else its
    last space, else in the middle of a word."""
    pieces = []
    while e - s > MAX_SENTENCE:
        half, stop = s + MAX_SENTENCE // 2, s + MAX_SENTENCE
        cut = max(block.rfind("; ", half, stop), block.rfind(": ", half, stop))
        if cut < 0:
            cut = block.rfind(", ", half, stop)
        if cut < 0:
            cut = max(block.rfind(" ", half, stop), block.rfind("\n", half, stop))
        cut = cut + 1 if cut >= 0 else stop
        a, b = _strip(block, s, cut)
        if a < b:
            pieces.append((a, b))
        s, e = _strip(block, cut, e)
    if s < e:
        pieces.append((s, e))
    return pieces


def _is_boundary(block: str, dot: int, end: int) -> bool:
    if block[dot] != ".":
        return True
    # the word before the period, e.g. "Mr", "U.S", "a.m", "R"
    m = re.search(r"([A-Za-z][A-Za-z.]*)$", block[max(0, dot - 20) : dot])
    if not m:
        return True
    word = m.group(1).lower()
    nxt = re.match(r"\s+[\"'“‘(]?([A-Za-z0-9]+)", block[end : end + 40])
    next_word = nxt.group(1).lower() if nxt else ""
    if word in SOFT_ABBREVIATIONS:
        return next_word in OPENERS
    if word in ABBREVIATIONS:
        if word in ("no", "nos", "fig", "vol", "pp", "op") and not next_word[:1].isdigit():
            return True
        return False
    if len(word) == 1 and word.isalpha() and m.group(1).isupper():
        return False  # an initial: "P. Holm"
    if "." in word:
        return next_word in OPENERS  # "U.S.", "D.C." mid-sentence unless a new sentence clearly starts
    return True
