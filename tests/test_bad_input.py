"""Bad input: a one-line error naming the file and the fix, exit 1 (2 for usage), nothing lost."""

from __future__ import annotations

import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.articles import parse_article
from quizgen.cli import main
from quizgen.errors import QuizgenError
from quizgen.export.anki import deck_bytes
from quizgen.export.worksheet import render
from quizgen.extract import extract
from quizgen.generate import generate

GOOD = "A good article\n\nKim made four trips to China in 2018.\n"


def run(runner, *args):
    """The command in this process (builds on one job, so every stage runs here); no exception but
    the exit click and cli.py make (CliRunner catches the rest, so "Traceback" never shows in its output)."""
    args = [*map(str, args), *(["--jobs", "1"] if args[0] == "build" else [])]
    result = runner.invoke(main, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def one_line_error(result, *needles):
    lines = [line for line in result.output.strip().splitlines() if line.startswith("Error:")]
    assert lines, result.output
    assert all(n in lines[0] for n in needles), lines[0]


@pytest.mark.parametrize(
    "content,needle",
    [
        (b"", "empty"),
        (b" \n\t\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "not a text file"),
    ],
    ids=["empty file", "blank file", "binary file"],
)
def test_unreadable_article_is_named_with_the_fix(runner, tmp_path, content, needle):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = run(runner, "build", bad, "--out", tmp_path / "out")
    assert result.exit_code == 1
    one_line_error(result, str(bad), needle)


def test_missing_path(runner, tmp_path):
    result = run(runner, "facts", tmp_path / "missing.txt")
    assert result.exit_code == 1
    one_line_error(result, "missing.txt", "no such file")


def test_unreadable_file(runner, tmp_path, monkeypatch):
    from pathlib import Path

    p = tmp_path / "locked.txt"
    p.write_text(GOOD)
    real = Path.read_bytes

    def locked(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", locked)  # as root, chmod 0 would not stop a read
    result = run(runner, "facts", p)
    assert result.exit_code == 1
    one_line_error(result, "locked.txt", "permission")


def test_empty_folder(runner, tmp_path):
    (tmp_path / "empty").mkdir()
    result = run(runner, "build", tmp_path / "empty", "--out", tmp_path / "out")
    assert result.exit_code == 1
    one_line_error(result, "empty", "no article files")


def test_out_that_is_a_file(runner, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(GOOD)
    out = tmp_path / "out.txt"
    out.write_text("my notes")
    result = run(runner, "build", src, "--out", out)
    assert result.exit_code == 1
    one_line_error(result, "out.txt", "is a file")
    assert out.read_text() == "my notes"


def test_bad_usage_is_exit_2(runner):
    assert run(runner, "build", "--versions", "9").exit_code == 2
    assert run(runner, "facts").exit_code == 2


def test_windows_1252_builds_with_a_warning(runner, tmp_path):
    src = tmp_path / "cp.txt"
    src.write_bytes("Caf\xe9 story\n\nCaf\xe9 Rouge in Eldvik served 360 meals in April 2019 \u2013 a record.\n".encode("cp1252"))
    result = run(runner, "build", src, "--out", tmp_path / "out")
    assert result.exit_code == 0
    assert "Warning:" in result.output and "Windows-1252" in result.output
    assert "Café Rouge" in (tmp_path / "out" / "cp.html").read_text(encoding="utf-8")


def test_one_bad_article_in_a_folder_does_not_stop_the_others(runner, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for name in ("a.txt", "c.txt"):
        (src / name).write_text(GOOD)
    (src / "b.txt").write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / "out"
    result = run(runner, "build", src, "--out", out)
    assert result.exit_code == 1
    one_line_error(result, "b.txt")
    assert sorted(p.name for p in out.iterdir()) == ["a.apkg", "a.html", "c.apkg", "c.html"]


def _crash_on_broken(monkeypatch):
    """Make question generation fail, as a bug would, for the article titled "Broken"."""
    import quizgen.pipeline

    real = quizgen.pipeline.plan

    def plan(article, facts, **options):
        if article.title == "Broken":
            raise RuntimeError("boom in a rule")
        return real(article, facts, **options)

    monkeypatch.setattr(quizgen.pipeline, "plan", plan)


@pytest.mark.parametrize("jobs", ["1", "2"], ids=["one process", "two processes"])
def test_a_bug_in_one_article_is_one_line_and_the_others_are_built(runner, tmp_path, monkeypatch, jobs):
    _crash_on_broken(monkeypatch)
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(GOOD)
    (src / "b.txt").write_text(GOOD.replace("A good article", "Broken"))
    (src / "c.txt").write_text(GOOD)
    out = tmp_path / "out"
    result = run(runner, "build", src, "--out", out, "--jobs", jobs)
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert errors == [
        f"Error: {src / 'b.txt'}: failed while making questions: RuntimeError: boom in a rule;"
        " please report this, --debug shows the traceback"
    ]
    assert "Traceback" not in result.output
    assert sorted(p.name for p in out.iterdir()) == ["a.apkg", "a.html", "c.apkg", "c.html"]
    assert "2 of 3 articles built" in result.output and "1 failed" in result.output


def test_a_bug_reaches_a_real_terminal_as_one_line(tmp_path):
    import subprocess
    import sys

    code = (
        "import sys, quizgen.pipeline as p\n"
        "def boom(*a, **k):\n    raise ValueError('a rule broke')\n"
        "p.plan = boom\n"
        "from quizgen.cli import main\nmain(sys.argv[1:])"
    )
    src = tmp_path / "a.txt"
    src.write_text(GOOD)
    run = subprocess.run([sys.executable, "-c", code, "build", str(src), "--out", str(tmp_path / "out")],
                         capture_output=True, text=True)  # fmt: skip
    assert run.returncode == 1
    assert run.stderr.splitlines()[0] == (
        f"Error: {src}: failed while making questions: ValueError: a rule broke; please report this, --debug shows the traceback"
    )
    assert "Traceback" not in run.stderr and not (tmp_path / "out" / "a.apkg").exists()


def test_debug_shows_the_traceback_of_a_bug(runner, tmp_path, monkeypatch):
    _crash_on_broken(monkeypatch)
    src = tmp_path / "b.txt"
    src.write_text(GOOD.replace("A good article", "Broken"))
    result = run(runner, "build", src, "--out", tmp_path / "out", "--debug")
    assert result.exit_code == 1
    assert "Traceback (most recent call last)" in result.output and "RuntimeError: boom in a rule" in result.output
    assert 'raise RuntimeError("boom in a rule")' in result.output  # the line that raised, from the worker


def test_a_bug_outside_any_article_is_one_line_too(runner, tmp_path, monkeypatch):
    import quizgen.extract

    def broken(article, kinds=None):
        raise KeyError("distance")

    monkeypatch.setattr(quizgen.extract, "extract", broken)
    src = tmp_path / "a.txt"
    src.write_text(GOOD)
    result = run(runner, "facts", src)
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: failed: KeyError: 'distance'; please report this, --debug shows the traceback"
    ]
    result = runner.invoke(main, ["facts", str(src), "--debug"])
    assert isinstance(result.exception, KeyError)  # --debug lets it through, traceback and all


def test_files_quizgen_did_not_write_are_never_touched(runner, tmp_path):
    src = tmp_path / "story.txt"
    src.write_text(GOOD)
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.apkg").write_bytes(b"the user's own deck")
    (out / "story.html").write_text("<p>my own worksheet</p>")
    result = run(runner, "build", src, "--out", out)
    assert result.exit_code == 1
    one_line_error(result, "story.html", "not made by quizgen")
    assert (out / "old.apkg").read_bytes() == b"the user's own deck"
    assert (out / "story.html").read_text() == "<p>my own worksheet</p>"
    # its own files it replaces
    (out / "story.html").unlink()
    assert run(runner, "build", src, "--out", out).exit_code == 0
    assert run(runner, "build", src, "--out", out).exit_code == 0
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary files left


def test_nothing_to_ask_is_a_warning_unless_nothing_at_all(runner, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "plain.txt").write_text("Plain\n\nNothing here has a number or a quote.\n")
    result = run(runner, "build", src, "--out", tmp_path / "out")
    assert result.exit_code == 1
    one_line_error(result, "nothing")
    (src / "good.txt").write_text(GOOD)
    result = run(runner, "build", src, "--out", tmp_path / "out")
    assert result.exit_code == 0
    assert "Warning:" in result.output and "plain.txt" in result.output


def test_markup_and_unbalanced_quotes_are_handled(runner, tmp_path):
    src = tmp_path / "m.txt"
    src.write_text(
        'Eldvik ferry <script>x</script>\n\nHe said "this is ' * 1
        + 'He said "open ' * 2000
        + "\n\nThe Eldvik ferry made four trips to Norland in 2018.\n"
    )
    result = run(runner, "build", src, "--out", tmp_path / "out")
    assert result.exit_code == 0
    assert "<script>x</script>" not in (tmp_path / "out" / "m.html").read_text()


def test_markdown_and_html_articles(runner, tmp_path):
    md = tmp_path / "story.md"
    md.write_text("# Storm hits the coast\n\nThe storm travelled **300 km** inland, said [Mayor Ann Lee](https://x.y).\n")
    result = run(runner, "facts", md)
    assert result.exit_code == 0 and "Storm hits the coast" in result.output and "300 km" in result.output
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Storm hits the coast</title></head><body><nav>Home | News | Sport</nav><article>"
        "<h1>Storm hits the coast</h1><p>The storm travelled 300 km (186 miles) inland on Monday, officials said.</p>"
        "<p>More than 2,000 homes lost power in April 2019, the company said in a statement.</p></article>"
        "<footer>Sign up for our newsletter</footer></body></html>"
    )
    result = run(runner, "facts", page)
    assert result.exit_code == 0, result.output
    assert "Storm hits the coast" in result.output and "300 km" in result.output and "April 2019" in result.output
    assert "newsletter" not in result.output


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=400), st.integers(0, 3))
def test_random_text_never_raises_and_questions_keep_their_shape(text, seed):
    body = "Title\n\n" + text + "\n\nShe said “it was 130 km (80 miles) away” in April 2019, adding that four trips were made."
    try:
        article = parse_article(body)
    except QuizgenError:
        return
    facts = extract(article)
    for f in facts:
        assert article.text[f.start : f.end] == f.text or f.kind == "quote"
    questions = generate(article, facts, seed=seed)
    for q in questions:
        if q.type == "mcq":
            assert q.options.count(q.answer) == 1 and len(set(q.options)) == len(q.options)
        else:
            import re

            assert re.sub(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}", r"\1", q.cloze) == q.sentence.text
    if questions:
        deck = deck_bytes(article, questions, timestamp=1_700_000_000)
        import io

        assert zipfile.ZipFile(io.BytesIO(deck)).testzip() is None
        assert "<script" not in render(article, questions)


def test_facts_that_make_no_fair_question_are_named_as_such(runner, tmp_path):
    src = tmp_path / "road.txt"
    src.write_text("The road\n\nThe road was closed on Monday and it opened again yesterday, officials said.\n")
    result = run(runner, "build", src, "--out", tmp_path / "out")
    assert result.exit_code == 1  # two relative dates: found, and never asked
    assert f"Warning: {src}: found nothing to ask (2 facts, none that makes a fair question); no deck written" in result.output
