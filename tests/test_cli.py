from __future__ import annotations

import json
import re
import sqlite3
import zipfile

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
    two = runner.invoke(main, ["build", str(src), "--out", str(tmp_path / "j2"), "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0
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
