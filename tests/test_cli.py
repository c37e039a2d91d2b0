from __future__ import annotations

import json
import re
import sqlite3
import sys
import zipfile

import pytest

from quizgen import __version__
from quizgen.cli import main

FACT_FIELDS = {"id", "kind", "text", "start", "end", "sentence", "value"}


def test_build_writes_a_deck_and_a_worksheet(runner, bundled, tmp_path):
    out = tmp_path / "decks"
    result = runner.invoke(main, ["build", str(bundled), "--out", str(out)])
    assert result.exit_code == 0, result.output
    deck = out / "kim-jong-un-russia-visit.apkg"
    sheet = out / "kim-jong-un-russia-visit.html"
    assert "questions" in result.output and str(deck) in result.output
    with zipfile.ZipFile(deck) as z:
        assert "collection.anki2" in z.namelist()
        (tmp_path / "c.anki2").write_bytes(z.read("collection.anki2"))
    con = sqlite3.connect(tmp_path / "c.anki2")
    assert con.execute("select count(*) from notes").fetchone()[0] >= 4
    con.close()
    html = sheet.read_text(encoding="utf-8")
    assert "How far does Vladivostok lie from the border with North Korea?" in html
    assert "Answer key" in html


def test_build_reads_source_folder_by_default(runner, bundled, tmp_path, monkeypatch):
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / "story.txt").write_text(bundled.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["build"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "decks").iterdir()) == ["story.apkg", "story.html"]


def test_facts_json_has_every_required_field(runner, bundled):
    result = runner.invoke(main, ["facts", str(bundled), "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    [article] = data["articles"]
    assert article["source"] == str(bundled) and article["title"].startswith("Kim Jong Un")
    kinds = {f["kind"] for f in article["facts"]}
    assert kinds == {"distance", "date", "count", "quote"}
    for f in article["facts"]:
        assert FACT_FIELDS <= f.keys()
        if f["kind"] == "quote":
            assert f["speaker"] and f["quote"]
    dist = next(f for f in article["facts"] if f["kind"] == "distance")
    assert dist["text"] == "130 km" and dist["value"]["amount"] == 130 and dist["value"]["unit"] == "km"


def test_questions_json_has_every_required_field(runner, bundled):
    result = runner.invoke(main, ["questions", str(bundled), "--format", "json"])
    assert result.exit_code == 0
    [article] = json.loads(result.output)["articles"]
    types = {q["type"] for q in article["questions"]}
    assert {"mcq", "cloze"} <= types
    for q in article["questions"]:
        assert {"id", "type", "kind", "fact_id", "answer", "sentence"} <= q.keys()
        if q["type"] == "mcq":
            assert q["prompt"] and q["answer"] in q["options"]
        if q["type"] == "cloze":
            assert "{{c1::" in q["cloze"]


def test_text_output_is_for_people(runner, bundled):
    result = runner.invoke(main, ["facts", str(bundled)])
    assert "distance  130 km" in result.output
    result = runner.invoke(main, ["questions", str(bundled)])
    assert re.search(r"^\s+\* [A-D]\. 130 km$", result.output, re.M)


def test_version_and_help(runner):
    assert __version__ in runner.invoke(main, ["--version"]).output
    for cmd in ("build", "facts", "questions"):
        out = runner.invoke(main, [cmd, "--help"]).output
        assert "--help" in out and "Show this message" in out


def test_missing_file_is_a_one_line_error(runner, tmp_path):
    result = runner.invoke(main, ["build", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"Error: {tmp_path / 'nope.txt'}: no such file or folder; check the path"]


def test_many_articles_on_several_processes_keep_their_order(runner, bundled, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    text = bundled.read_text(encoding="utf-8")
    for name in ("c", "a", "b", "d"):
        (src / f"{name}.txt").write_text(text, encoding="utf-8")
    one = runner.invoke(main, ["build", str(src), "--out", str(tmp_path / "j1"), "--jobs", "1"])
    two = runner.invoke(main, ["build", str(src), "--out", str(tmp_path / "j2"), "--jobs", "2", "--verbose"])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == ""  # many articles: no line each unless --verbose
    lines = [line for line in two.stdout.splitlines() if line.endswith(".html")]
    assert [line.split(":")[0] for line in lines] == [str(src / f"{n}.txt") for n in "abcd"]
    assert sorted(p.name for p in (tmp_path / "j2").iterdir()) == sorted(p.name for p in (tmp_path / "j1").iterdir())
    summary = two.stderr.strip().splitlines()[-1]
    assert re.match(r"4 of 4 articles built: \d+ questions, 8 files, 0 failed, 0 with nothing to ask, [\d.]+ s$", summary)
    assert "Building" not in two.output  # no progress bar when the output is not a terminal


def test_facts_and_help_do_not_load_the_exporters(tmp_path, bundled):
    import subprocess
    import sys

    code = (
        "import sys\nfrom quizgen.cli import main\n"
        "for args in (['--help'], ['facts', sys.argv[1]]):\n"
        "    try:\n        main(args)\n    except SystemExit:\n        pass\n"
        "print('LOADED', sorted(m for m in ('genanki', 'jinja2') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(bundled)], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "LOADED []"


def _screen(raw: str) -> list[str]:
    """The lines a terminal shows for this output: a carriage return goes back to the start of
    the line, ESC [ K erases to its end."""
    lines: list[str] = []
    row: list[str] = []
    col = i = 0
    while i < len(raw):
        if raw.startswith("\x1b[K", i):
            del row[col:]
            i += 3
            continue
        ch = raw[i]
        if ch == "\r":
            col = 0
        elif ch == "\n":
            lines.append("".join(row))
            row, col = [], 0
        else:
            row[col : col + 1] = [ch]
            col += 1
        i += 1
    return lines + (["".join(row)] if row else [])


def _in_a_terminal(*args) -> tuple[int, str]:
    """Run quizgen with its output on a pseudo-terminal of 80 columns; its exit status and output."""
    import fcntl
    import os
    import pty
    import struct
    import subprocess
    import sys
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = {**os.environ, "COLUMNS": "80", "LINES": "24"}
    proc = subprocess.Popen([sys.executable, "-m", "quizgen", *map(str, args)], stdout=slave, stderr=slave, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    return proc.wait(timeout=60), b"".join(chunks).decode("utf-8")


GOOD = (
    "A good article\n\n"
    "The Northport rowing club made four trips to China in 2018 to race on the Yangtze River, its coach Anna Berg said.\n"
)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
@pytest.mark.parametrize("verbose", [False, True], ids=["a folder", "a folder, --verbose"])
def test_a_terminal_shows_the_bar_and_every_other_line_whole_above_it(tmp_path, verbose):
    src = tmp_path / "src"
    src.mkdir()
    for n in range(12):
        (src / f"a{n:02d}.txt").write_text(GOOD, encoding="utf-8")
    (src / "a05-plain.txt").write_text("Plain\n\nNothing here has a number or a quote to ask about.\n", encoding="utf-8")
    (src / "a08-binary.txt").write_bytes(b"\x00\x01\x02 not text")
    status, raw = _in_a_terminal("build", src, "--out", tmp_path / "out", "--jobs", "1", *(["--verbose"] if verbose else []))
    assert status == 1  # one failed
    assert "Building" in raw  # the bar was drawn
    lines = [line for line in _screen(raw) if line.strip()]
    assert not any("Building" in line for line in lines)  # and is gone at the end, leaving nothing behind
    warning = f"Warning: {src / 'a05-plain.txt'}: found nothing to ask"
    error = f"Error: {src / 'a08-binary.txt'}: this is not a text file"
    per_article = [line for line in lines if line.startswith(str(src / "a"))]
    assert [line[: len(warning)] for line in lines if line.startswith("Warning:")] == [warning]
    assert [line[: len(error)] for line in lines if line.startswith("Error:")] == [error]
    assert lines[-1].startswith("12 of 14 articles built:") and lines[-1].endswith(" s")
    assert len(per_article) == (12 if verbose else 0)
    assert all(line.endswith(".html") for line in per_article)
    others = [line for line in lines if not line.startswith(("Warning:", "Error:", str(src)))]
    assert others == [lines[-1]]  # nothing else: no line is two lines run together


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_a_single_article_gets_its_line_and_no_bar(tmp_path):
    src = tmp_path / "one.txt"
    src.write_text(GOOD, encoding="utf-8")
    status, raw = _in_a_terminal("build", src, "--out", tmp_path / "out")
    assert status == 0 and "Building" not in raw
    lines = [line for line in _screen(raw) if line.strip()]
    assert lines[0].startswith(f"{src}: ") and lines[0].endswith(f"{tmp_path / 'out' / 'one.html'}")
    assert lines[1].startswith("1 of 1 articles built:")


def test_a_reader_that_stops_early_gets_no_error(tmp_path):
    # "quizgen questions ... | head": the pipe closes after a few lines, and quizgen stops without a word
    import subprocess
    import sys

    src = tmp_path / "long.txt"
    body = "\n\n".join(f"Transit Avalonia sold {n} trains to Norland in {1950 + n % 60}." for n in range(2, 3000))
    src.write_text(f"Avalonia sells trains to Norland\n\n{body}\n", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "quizgen", "questions", str(src), "--dropped"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    first = proc.stdout.readline()
    proc.stdout.close()
    with proc.stderr:
        err = proc.stderr.read().decode()
    assert first.startswith(str(src).encode())
    assert (proc.wait(), err) == (0, "")
