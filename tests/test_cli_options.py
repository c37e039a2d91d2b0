"""What `quizgen build` promises on its command line and in the README reaches the files it writes:
--max-questions, --seed, --stems, --paper, --versions, the progress bar on a terminal, and the
refusals (a 5 MB article, an --out it cannot write, a write that fails half way)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile

import pytest
from conftest import RICH
from test_keys import norm, read_gift

from quizgen.cli import main

SLUG = RICH.stem
CUE = "Avalonia opens the Northport rail tunnel under the Grey Mountains (3 March 2025)"


def build(runner, *args, code: int = 0):
    """quizgen build in this process (one job, so every stage runs here), exiting as expected."""
    result = runner.invoke(main, ["build", *map(str, args), "--jobs", "1"])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == code, result.output
    return result


def asked(runner, *args) -> list[dict]:
    """The questions `quizgen questions` shows for the rich article with these options."""
    result = runner.invoke(main, ["questions", str(RICH), "--format", "json", *map(str, args)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["articles"][0]["questions"]


def gift_choices(path) -> list[tuple[str, tuple[str, ...]]]:
    """(words of the stem, options) of each multiple-choice question of a GIFT file, in order."""
    return [(text, key[0]) for form, text, key in read_gift(path.read_bytes()) if form == "choice"]


def deck_size(path) -> int:
    import sqlite3

    with zipfile.ZipFile(path) as z:
        db = z.read("collection.anki2")
    conn = sqlite3.connect(":memory:")
    conn.deserialize(db)
    try:
        return conn.execute("select count(*) from notes").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("cap", [3, 8])
def test_max_questions_caps_what_build_writes(runner, tmp_path, cap):
    shown = asked(runner, "--max-questions", cap)
    assert len(shown) == cap
    result = build(runner, RICH, "--out", tmp_path, "--format", "anki,quizlet,gift", "--max-questions", cap)
    assert re.search(rf"\b{cap} questions\b", result.output)  # the article's line or the summary says so
    assert deck_size(tmp_path / f"{SLUG}.apkg") == sum(q["type"] in ("mcq", "cloze") for q in shown)
    cards = (tmp_path / f"{SLUG}.quizlet.txt").read_text(encoding="utf-8").splitlines()
    answers = [line.split("\t")[1] for line in cards]
    assert answers == [q["answer"] for q in shown if q["type"] == "mcq" or q["type"] == "cloze"]


@pytest.mark.parametrize("seed", [1, 2])
def test_seed_chooses_the_options_build_writes(runner, tmp_path, seed):
    shown = [(norm(q["prompt"]), tuple(q["options"])) for q in asked(runner, "--seed", seed) if q["type"] == "mcq"]
    build(runner, RICH, "--out", tmp_path, "--format", "gift", "--seed", seed)
    assert gift_choices(tmp_path / f"{SLUG}.gift.txt") == shown


def test_other_seeds_give_other_papers_and_the_same_seed_the_same(runner, tmp_path):
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        build(runner, RICH, "--out", tmp_path / name, "--seed", seed, "--format", "html,gift")
    same = [(tmp_path / n / f"{SLUG}.gift.txt").read_bytes() for n in "ab"]
    assert same[0] == same[1] != (tmp_path / "c" / f"{SLUG}.gift.txt").read_bytes()
    sheets = [(tmp_path / n / f"{SLUG}.html").read_text(encoding="utf-8") for n in "abc"]
    assert sheets[0] == sheets[1] != sheets[2]
    assert "seed 5" in sheets[0] and "seed 6" in sheets[2]


def test_stems_reach_the_build(runner, tmp_path):
    build(runner, RICH, "--out", tmp_path / "wh", "--format", "gift", "--stems", "wh")
    build(runner, RICH, "--out", tmp_path / "blank", "--format", "gift", "--stems", "blank")
    wh = gift_choices(tmp_path / "wh" / f"{SLUG}.gift.txt")
    blank = gift_choices(tmp_path / "blank" / f"{SLUG}.gift.txt")
    wh_shown = [q["prompt"] for q in asked(runner, "--stems", "wh") if q["type"] == "mcq"]
    blank_shown = [q["prompt"] for q in asked(runner, "--stems", "blank") if q["type"] == "mcq"]
    title = CUE.split(" (")[0]
    assert wh_shown and all(p.startswith(f"[{title}") and p.endswith("?") for p in wh_shown)
    assert [s for s, _ in wh] == [norm(p) for p in wh_shown]
    assert all("_____" in p or p.startswith(f"[{CUE}] Who said") for p in blank_shown)
    assert [s for s, _ in blank] == [norm(p) for p in blank_shown]


@pytest.mark.parametrize("paper,size", [("a4", "A4"), ("letter", "letter")])
def test_paper_reaches_the_worksheets_page_size(runner, tmp_path, paper, size):
    build(runner, RICH, "--out", tmp_path, "--paper", paper, "--versions", "2")
    for version in "AB":
        sheet = (tmp_path / f"{SLUG}-{version}.html").read_text(encoding="utf-8")
        assert re.search(rf"@page\s*\{{\s*size:\s*{size};", sheet), "the browser prints on the page size the CSS names"


def test_versions_write_one_paper_each(runner, tmp_path):
    result = build(runner, RICH, "--out", tmp_path, "--versions", "3", "--format", "html")
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{SLUG}-{v}.html" for v in "ABC"]
    assert re.search(r"\b3 files\b", result.output)
    for v in "ABC":
        assert f"Answer key · version {v}" in (tmp_path / f"{SLUG}-{v}.html").read_text(encoding="utf-8")


def test_large_print_reaches_every_version(runner, tmp_path):
    build(runner, RICH, "--out", tmp_path, "--large-print", "--versions", "2")
    for v in "AB":
        assert 'class="large-print"' in (tmp_path / f"{SLUG}-{v}.html").read_text(encoding="utf-8")


# --- a terminal ------------------------------------------------------------------------------------


def run_on_a_terminal(args: list[str], cwd) -> str:
    """Run quizgen with its error output on a pseudo-terminal, as a teacher runs it; what the terminal shows."""
    import pty

    primary, secondary = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "quizgen", *args], cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=secondary
    )
    os.close(secondary)
    shown = b""
    while True:
        try:
            chunk = os.read(primary, 4096)
        except OSError:  # the terminal closes when quizgen exits
            break
        if not chunk:
            break
        shown += chunk
    proc.communicate(timeout=120)
    os.close(primary)
    assert proc.returncode == 0, shown
    return shown.decode("utf-8", "replace")


def test_progress_bar_on_a_terminal_only(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for name in ("a", "b", "c"):
        (src / f"{name}.txt").write_text(RICH.read_text(encoding="utf-8"), encoding="utf-8")
    shown = run_on_a_terminal(["build", str(src), "--out", str(tmp_path / "out"), "--jobs", "1"], cwd=tmp_path)
    assert re.search(r"100%", shown), shown  # click's bar, filled
    assert "3 of 3 articles built" in shown
    piped = subprocess.run(
        [sys.executable, "-m", "quizgen", "build", str(src), "--out", str(tmp_path / "out2"), "--jobs", "1"],
        capture_output=True, text=True, cwd=tmp_path,
    )  # fmt: skip
    assert piped.returncode == 0 and "%" not in piped.stderr and "3 of 3 articles built" in piped.stderr


# --- the README's promises -------------------------------------------------------------------------


def test_an_article_over_5_mb_is_refused_and_the_others_built(runner, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "big.txt").write_bytes(b"Big\n\n" + b"Words and more words. " * 230_000)
    (src / "good.txt").write_text(RICH.read_text(encoding="utf-8"), encoding="utf-8")
    result = build(runner, src, "--out", tmp_path / "out", code=1)
    [error] = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert "big.txt" in error and "over the 5 MB limit" in error and "split it" in error
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["good.apkg", "good.html"]


def test_just_under_5_mb_is_read(tmp_path):
    from quizgen.articles import MAX_BYTES, read_article

    page = tmp_path / "long.txt"
    body = "The ferry sailed 40 km to Norland in 2019. " * (MAX_BYTES // 44)
    page.write_text("Long\n\n" + body[: MAX_BYTES - 10], encoding="utf-8")
    assert page.stat().st_size <= MAX_BYTES
    assert read_article(page).title == "Long"


def test_html_is_found_by_its_content_whatever_the_file_is_called(runner, tmp_path):
    page = tmp_path / "saved-page.txt"
    page.write_text(
        "<!DOCTYPE html><html><head><title>Storm hits the coast</title></head><body><nav>Home | News</nav>"
        "<article><h1>Storm hits the coast</h1><p>The storm travelled 300 km (186 miles) inland, officials said.</p>"
        "<p>More than 2,000 homes in Eldvik lost power in April 2019, the company said in a statement.</p></article>"
        "<footer>Sign up for our newsletter</footer></body></html>",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["facts", str(page)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == f"{page}: Storm hits the coast"
    assert "300 km" in result.output and "<" not in result.output and "newsletter" not in result.output


def test_a_folder_given_to_facts_is_named_in_a_one_line_error(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    run = subprocess.run([sys.executable, "-m", "quizgen", "facts", str(folder)], capture_output=True, text=True)
    assert run.returncode == 1
    assert run.stderr.strip().splitlines() == [f"Error: {folder}: is a folder, not an article file"]


def test_hidden_and_other_files_in_a_folder_are_not_articles(runner, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    text = RICH.read_text(encoding="utf-8")
    for name in ("story.txt", "notes.md", ".draft.txt", ".~lock.story.txt"):
        (src / name).write_text(text, encoding="utf-8")
    (src / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not text")
    (src / "budget.pdf").write_bytes(b"%PDF-1.4 not an article")
    (src / "drafts").mkdir()
    (src / "drafts" / "old.txt").write_text(text, encoding="utf-8")
    result = build(runner, src, "--out", tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["notes.apkg", "notes.html", "story.apkg", "story.html"]
    assert "2 of 2 articles built" in result.output


def test_an_out_that_cannot_be_made_is_named_in_a_one_line_error(tmp_path):
    blocker = tmp_path / "decks.txt"
    blocker.write_text("a file where a folder should go", encoding="utf-8")
    out = blocker / "decks"
    run = subprocess.run(
        [sys.executable, "-m", "quizgen", "build", str(RICH), "--out", str(out)], capture_output=True, text=True, cwd=tmp_path
    )
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.strip().splitlines() == [
        f"Error: {out}: cannot create the output folder (Not a directory); pass --out a folder you can write to"
    ]


def test_an_out_without_write_permission_is_refused(runner, tmp_path, monkeypatch):
    out = tmp_path / "locked"
    out.mkdir()
    real = os.access
    # as root a chmod would not stop a write: the folder says no to writing, and only to that
    monkeypatch.setattr(os, "access", lambda p, mode: real(p, mode) and not (str(p) == str(out) and mode & os.W_OK))
    result = build(runner, RICH, "--out", out, code=1)
    assert result.stderr.strip().splitlines() == [
        f"Error: {out}: cannot write into this folder; pass --out a folder you can write to"
    ]
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("target", ["anki", "html", "gift", "kahoot"])
def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(runner, tmp_path, monkeypatch, target):
    from quizgen.export import FORMATS

    out = tmp_path / "out"
    build(runner, RICH, "--out", out, "--format", target)
    path = out / f"{SLUG}{FORMATS[target][0]}"
    before = path.read_bytes()

    def full(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    result = build(runner, RICH, "--out", out, "--format", target, "--seed", "9", code=1)
    assert f"Error: {path}: cannot be written (No space left on device); check the output folder" in result.stderr
    assert path.read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == [path.name]
