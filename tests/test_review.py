"""`quizgen review` and the build that follows a review file: the teacher's ticks, order and words reach
every target; the article's corrections reach what the teacher did not edit; nothing they wrote is lost."""

from __future__ import annotations

import html
import io
import json
import re
import sqlite3
import xml.etree.ElementTree as ET
import zipfile

import pytest
from openpyxl import load_workbook

from quizgen.cli import main
from quizgen.review.fields import CHANGED

SLUG = "northport-tunnel"
ALL = "anki,html,gift,moodle,qti,kahoot,quizizz,quizlet"
TARGETS = ALL.split(",")
CUE = re.compile(r"^\[[^\]]*\] ")  # the context cue before an item in the plain-text targets

# The items the tests edit, found by their words in the made-up article
DROPPED = "Who said “Northport will double its freight traffic before the end of 2026”?"
REWORDED = "How far does Northport lie from Eldvik, the capital of Avalonia?"
REWORDING = "How many kilometres is it from Northport to Eldvik?"
REKEYED = "Peter Holm has been the mayor of Northport since _____."
MOVED = "How many electric trains did Transit Avalonia buy from Norland in 2004?"
FILL_IN = "Northport lies {{480 km::distance}} from Eldvik, the capital of Avalonia."
FILL_IN_REWORDED = "Northport is {{480 km}} from Eldvik."
RETICKED = "Transport minister Jonas Berg told reporters that the government had spent _____ crowns on the project since 2016."


def review_file(src):
    return src / f"{SLUG}.review.md"


def blocks(text: str) -> list[str]:
    """The file's text cut before each item heading: the top first, then one block an item."""
    return re.split(r"(?m)^(?=## )", text)


def find(text: str, *needles: str) -> str:
    """The one item block that holds every needle."""
    [block] = [b for b in blocks(text)[1:] if all(n in b for n in needles)]
    return block


def edit(path, *needles: str, old: str, new: str) -> None:
    """Change the words of one item, found by its needles, as a teacher does in an editor."""
    text = path.read_text(encoding="utf-8")
    block = find(text, *needles)
    assert old in block, (old, block)
    path.write_text(text.replace(block, block.replace(old, new, 1)), encoding="utf-8")


def move_to_top(path, *needles: str) -> None:
    text = path.read_text(encoding="utf-8")
    parts = blocks(text)
    block = find(text, *needles)
    parts.remove(block)
    path.write_text(parts[0] + block + "".join(parts[1:]), encoding="utf-8")


@pytest.fixture
def src(tmp_path, rich, bundled):
    folder = tmp_path / "source"
    folder.mkdir()
    (folder / f"{SLUG}.txt").write_text(rich.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "other.txt").write_text(bundled.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def review(runner, *args):
    result = runner.invoke(main, ["review", *map(str, args)])
    assert result.exit_code == 0, result.output
    return result


def build(runner, src, out, *more, code=0):
    result = runner.invoke(main, ["build", str(src), "--out", str(out), "--format", ALL, "--verbose", "--jobs", "1", *more])
    assert result.exit_code == code, result.output
    return result


def teacher_edits(path) -> None:
    """Drop one, reword one, change a key, move one to the top, bring back one quizgen left out."""
    edit(path, DROPPED, old="## [x]", new="## [ ]")
    edit(path, REWORDED, old=REWORDED, new=REWORDING)
    edit(path, REKEYED, old="- [ ] 2020\n- [x] 2021", new="- [x] 2020\n- [ ] 2021")
    move_to_top(path, MOVED)
    edit(path, RETICKED, "- [ ]", old="## [ ]", new="## [x]")


# --- every target read back: its multiple-choice items as (question, key), in its order ----------------


def _anki(out):
    with zipfile.ZipFile(out / f"{SLUG}.apkg") as z:
        con = sqlite3.connect(":memory:")
        con.deserialize(z.read("collection.anki2"))
    rows = [r[0].split("\x1f") for r in con.execute("select flds from notes order by id")]
    con.close()
    plain = [html.unescape(re.sub(r"<div class=\"qg-context\">.*?</div>", "", f[0])) for f in rows if len(f) == 4]
    return list(zip(plain, [html.unescape(f[2].split(". ", 1)[1]) for f in rows if len(f) == 4], strict=True))


def _html(out):
    page = (out / f"{SLUG}.html").read_text(encoding="utf-8")
    part_a = page[page.index('id="part-a"') : page.index('id="part-b"')]
    key = page[page.index('id="answer-key"') :]
    key = key[: key.index("<h3>Part B")]
    prompts = [html.unescape(p) for p in re.findall(r'<p class="prompt">(.*?)</p>', part_a)]
    answers = [html.unescape(a) for a in re.findall(r"<strong>[A-E]</strong> (.*?) <span", key)]
    return list(zip(prompts, answers, strict=True))


def _gift(out):
    text = (out / f"{SLUG}.gift.txt").read_text(encoding="utf-8")
    found = re.findall(r"::Q\d+:: (.*) \{\n((?:[=~].*\n)+)", text)
    unescape = lambda s: re.sub(r"\\(.)", r"\1", s)  # noqa: E731
    text_of = lambda s: html.unescape(unescape(s).removeprefix("[html]"))  # noqa: E731 (every field is [html])
    return [(CUE.sub("", text_of(q)), text_of(re.search(r"^=(.*)$", opts, re.M).group(1))) for q, opts in found]


def _moodle(out):
    root = ET.parse(out / f"{SLUG}.moodle.xml").getroot()
    items = []
    for q in root.iter("question"):
        if q.get("type") == "multichoice":
            stem = re.sub(r'<p class="context">.*?</p>|<[^>]+>', "", q.findtext("questiontext/text"))
            key = next(a.findtext("text") for a in q.findall("answer") if a.get("fraction") == "100")
            items.append((html.unescape(stem), html.unescape(re.sub(r"<[^>]+>", "", key))))
    return items


def _qti(out):
    ns = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
    with zipfile.ZipFile(out / f"{SLUG}.qti.zip") as z:
        test = ET.fromstring(next(z.read(n) for n in z.namelist() if n.endswith(".xml") and n != "imsmanifest.xml"))
    items = []
    for item in test.iter(f"{ns}item"):
        if item.find(f".//{ns}fieldentry").text != "multiple_choice_question":
            continue
        stem = html.unescape(item.find(f"{ns}presentation/{ns}material/{ns}mattext").text)
        labels = {r.get("ident"): html.unescape(r.find(f".//{ns}mattext").text) for r in item.iter(f"{ns}response_label")}
        items.append((CUE.sub("", stem), labels[item.find(f".//{ns}varequal").text]))
    return items


def _kahoot(out):
    ws = load_workbook(io.BytesIO((out / f"{SLUG}.kahoot.xlsx").read_bytes())).active
    rows = [r for r in ws.iter_rows(min_row=9, values_only=True) if r[1] and r[2] != "True"]
    return [(r[1], r[1 + r[7]]) for r in rows]


def _quizizz(out):
    ws = load_workbook(io.BytesIO((out / f"{SLUG}.quizizz.xlsx").read_bytes())).active
    rows = [r for r in ws.iter_rows(min_row=2, values_only=True) if r[1] == "Multiple Choice" and r[2] != "True"]
    return [(CUE.sub("", r[0]), r[1 + r[7]]) for r in rows]


def _quizlet(out):
    lines = (out / f"{SLUG}.quizlet.txt").read_text(encoding="utf-8").splitlines()
    return [(CUE.sub("", term), definition) for term, definition in (line.split("\t") for line in lines)]


READ = {"anki": _anki, "html": _html, "gift": _gift, "moodle": _moodle, "qti": _qti, "kahoot": _kahoot, "quizizz": _quizizz}
READ["quizlet"] = _quizlet


def asked(out, target: str) -> list[tuple[str, str]]:
    return READ[target](out)


# --- the tests ----------------------------------------------------------------------------------------


def test_review_writes_every_candidate_ticked_as_the_build_would_ask_it(runner, src):
    result = review(runner, src / f"{SLUG}.txt")
    text = review_file(src).read_text(encoding="utf-8")
    asked_now = len(
        json.loads(runner.invoke(main, ["questions", str(src / f"{SLUG}.txt"), "--format", "json"]).stdout)["articles"][0][
            "questions"
        ]
    )
    items = blocks(text)[1:]
    assert result.output == f"{review_file(src)}: {len(items)} items, {asked_now} ticked (a new review file)\n"
    assert text.startswith("<!-- made by quizgen: the review file of northport-tunnel.txt · seed 0 · stems auto -->\n")
    assert sum(b.startswith("## [x]") for b in items) == asked_now and len(items) > asked_now
    mcq = find(text, REWORDED)
    assert mcq.startswith("## [x] Multiple choice · distance <!-- id 49c018cda8 · as made ")
    assert (
        "\n- [x] 480 km\n" in mcq
        and len(re.findall(r"^- \[ \] \d+ km$", mcq, re.M)) == 3
        and "\n> ¶8 Northport lies 480 km from Eldvik, the capital of Avalonia.\n" in mcq
    )
    cloze = find(text, "{{480 km::distance}}")
    assert "\nNorthport lies {{480 km::distance}} from Eldvik, the capital of Avalonia.\n" in cloze
    left_out = find(text, RETICKED)
    assert left_out.startswith("## [ ] Multiple choice · number ")
    assert "\n> Left out by quizgen: trivial: a count of something the story is not about\n" in left_out
    timeline = find(text, "Put in order")
    assert "\n1. Avalonia opened its previous longest tunnel, the Eldvik Tunnel.\n" in timeline
    assert "\n> Dates in the article: 1998 (¶15), 2004 (¶20), 2011 (¶21)\n" in timeline
    # the ticked items are the questions the build asks without a review file, in its order
    plan = json.loads(runner.invoke(main, ["questions", str(src / f"{SLUG}.txt"), "--format", "json"]).stdout)
    # (a question's JSON prompt shows the cue above it, as a student sees it; the review file shows it once, at the top)
    shown = plan["articles"][0]["questions"]
    wording = [CUE.sub("", q.get("prompt") or "") or re.sub(r"\{\{c1::", "{{", q["cloze"]) for q in shown]
    assert [b.split("\n")[2] for b in items if b.startswith("## [x]")] == wording


def test_an_untouched_review_file_changes_nothing(runner, src, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    build(runner, src, tmp_path / "before")
    review(runner, src)
    first = review_file(src).read_text(encoding="utf-8")
    again = review(runner, src)
    assert re.fullmatch(
        rf"{re.escape(str(review_file(src)))}: up to date \(\d+ items, \d+ ticked\)", again.output.splitlines()[0]
    )
    assert review_file(src).read_text(encoding="utf-8") == first
    assert not (src / f"{SLUG}.review.md.bak").exists()
    build(runner, src, tmp_path / "after")
    for name in sorted(p.name for p in (tmp_path / "before").iterdir() if not p.name.startswith(".")):
        before, after = tmp_path / "before" / name, tmp_path / "after" / name
        if name.endswith(".xlsx"):  # a spreadsheet carries the time it was saved: compare its cells
            assert cells(before) == cells(after), name
        else:
            assert before.read_bytes() == after.read_bytes(), name


def cells(path) -> list[tuple]:
    return list(load_workbook(io.BytesIO(path.read_bytes())).active.iter_rows(values_only=True))


def test_the_build_follows_the_teachers_ticks_order_and_words_in_every_target(runner, src, tmp_path):
    review(runner, src / f"{SLUG}.txt")
    teacher_edits(review_file(src))
    result = build(runner, src, tmp_path / "out")
    ticked = sum(b.startswith("## [x]") for b in blocks(review_file(src).read_text(encoding="utf-8"))[1:])
    assert f"  review: {ticked} items ticked in {review_file(src)}, 2 in your words\n" in result.stdout
    assert "Warning" not in result.output
    for target in TARGETS:
        items = asked(tmp_path / "out", target)
        questions = [q for q, _ in items]
        assert items[0][0] == MOVED, target
        assert (REWORDING, "480 km") in items and REWORDED not in questions, target
        assert not any(q.startswith(DROPPED[:20]) for q in questions), target
        assert (RETICKED, "12 billion") in items, target
        if target != "html" or REKEYED in questions:  # the worksheet asks some sentences in Part B instead
            assert (REKEYED, "2020") in items and (target == "quizlet" or (REKEYED, "2021") not in items), target
    assert "{#12000000000" not in (tmp_path / "out" / f"{SLUG}.gift.txt").read_text(encoding="utf-8")  # no number it never had
    shown = json.loads(runner.invoke(main, ["questions", str(src / f"{SLUG}.txt"), "--format", "json"]).stdout)
    prompts = [CUE.sub("", q.get("prompt") or "") for q in shown["articles"][0]["questions"]]
    assert prompts[0] == MOVED and REWORDING in prompts and DROPPED not in prompts


def test_a_corrected_article_reaches_what_the_teacher_did_not_edit_and_warns_where_it_did(runner, src, tmp_path):
    review(runner, src / f"{SLUG}.txt")
    path = review_file(src)
    teacher_edits(path)
    edit(path, FILL_IN, old=FILL_IN, new=FILL_IN_REWORDED)
    article = src / f"{SLUG}.txt"
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("480 km", "482 km").replace("57 km (35 miles)", "58 km (36 miles)"), encoding="utf-8")
    result = build(runner, src, tmp_path / "out")
    line = (
        path.read_text(encoding="utf-8").splitlines().index(find(path.read_text(encoding="utf-8"), "{{480 km}}").splitlines()[0])
        + 1
    )
    warning = (
        f"Warning: {path}:{line}: item 0cf3707854 (“Northport is {{{{480 km}}}} from Eldvik.”): {CHANGED} "
        "(it now reads “Northport lies {{482 km::distance}} from Eldvik, the capital of Avalonia.”); "
        f"it is asked as you wrote it: check it, then run `quizgen review {article}`"
    )
    assert warning in result.stderr.splitlines()
    for target in TARGETS:
        assert (REWORDING, "482 km") in asked(tmp_path / "out", target), target  # the teacher's question, the article's key
    gift = re.sub(r"\s+", "", (tmp_path / "out" / f"{SLUG}.gift.txt").read_text(encoding="utf-8"))  # GIFT's spaces aside
    assert "Northportis{=480km}fromEldvik." in gift  # the teacher's words, as they wrote them
    assert "runs{=58km(36miles)=58km=36miles}under" in gift and "57km" not in gift  # an item nobody edited follows the article


def test_review_again_keeps_every_edit_and_marks_what_changed(runner, src):
    article = src / f"{SLUG}.txt"
    review(runner, article)
    path = review_file(src)
    teacher_edits(path)
    edit(path, "{{480 km::distance}}", old="Northport lies {{480 km::distance}}", new="Northport lies {{480 km}}")
    edit(path, REWORDING, old="\n- [x] 480 km", new="\n<!-- check with the class -->\n- [x] 480 km")
    edited = path.read_text(encoding="utf-8")
    text = article.read_text(encoding="utf-8").replace("480 km", "482 km")
    text = text.replace(
        "Transit Avalonia bought 40 electric trains from Norland in 2004.", "The rail museum in Eldvik opened in 2009."
    )
    article.write_text(text + "\nThe Northport Tunnel cost 14 billion crowns.\n", encoding="utf-8")
    result = review(runner, article)
    assert result.stdout.startswith(f"{path}: ")
    assert "new, " in result.stdout and " 1 to check; your edits kept (the old file is " in result.stdout
    assert (src / f"{SLUG}.review.md.bak").read_text(encoding="utf-8") == edited
    now = path.read_text(encoding="utf-8")
    assert now.index(MOVED) < now.index(REWORDING)  # the teacher's order
    assert blocks(now)[1].startswith("## [x]") and MOVED in blocks(now)[1]
    gone = find(now, MOVED)
    assert "\n> Gone: the article no longer has this item's sentence" in gone
    assert find(now, DROPPED).startswith("## [ ]") and find(now, RETICKED).startswith("## [x]")
    assert "- [x] 2020\n- [ ] 2021" in find(now, REKEYED)
    reworded = find(now, REWORDING)
    assert "\n- [x] 482 km\n" in reworded and "<!-- check with the class -->" in reworded  # unedited options follow the article
    assert "> Updated: the words you had not edited now follow the corrected article." in reworded
    cloze = find(now, "Northport lies {{480 km}}")
    assert f"\n> Check: {CHANGED} (it now reads “Northport lies {{{{482 km::distance}}}} from Eldvik" in cloze
    new = [b for b in blocks(now)[1:] if "> New: not in this file before" in b]
    assert any("14 billion" in b for b in new) and new == blocks(now)[-len(new) :]  # added at the end
    # the teacher fixes their sentence; the build warns until they delete the Check line
    edit(path, "Northport lies {{480 km}}", old="{{480 km}}", new="{{482 km}}")
    item = re.search(r"<!-- id (\w+)", find(path.read_text(encoding="utf-8"), "Northport lies {{482 km}}")).group(1)
    warned = runner.invoke(main, ["build", str(article), "--out", str(src.parent / "o")]).stderr
    assert (
        f"item {item} (“Northport lies {{{{482 km}}}} from Eldvik, the capi…”): still marked 'Check:' by quizgen review" in warned
    )
    path.write_text(re.sub(r"(?m)^> Check:.*\n", "", path.read_text(encoding="utf-8")), encoding="utf-8")
    assert f"item {item}" not in runner.invoke(main, ["build", str(article), "--out", str(src.parent / "o")]).stderr


def test_a_review_file_that_breaks_is_refused_and_the_other_articles_are_built(runner, src, tmp_path):
    review(runner, src / f"{SLUG}.txt")
    path = review_file(src)
    edit(path, REKEYED, old="- [ ] 2020", new="- [x] 2020")
    line = path.read_text(encoding="utf-8").splitlines().index("- [x] 2020") + 1
    result = build(runner, src, tmp_path / "out", code=1)
    # the second tick (the key, 2021, on the next line) is where the file breaks
    assert (
        f"Error: {path}:{line + 1}: two options are ticked as the key (lines {line}, {line + 1}); an item has one key"
        in result.stderr
    )
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith(".")) == sorted(f"other{s}" for s in (
        ".apkg", ".html", ".gift.txt", ".moodle.xml", ".qti.zip", ".kahoot.xlsx", ".quizizz.xlsx", ".quizlet.txt"))  # fmt: skip
    assert "1 of 2 articles built" in result.stderr
    refused = runner.invoke(main, ["questions", str(src / f"{SLUG}.txt")])
    assert refused.exit_code == 1 and f"Error: {path}:{line + 1}: two options" in refused.stderr


def test_a_broken_item_is_kept_as_written_and_named_by_review(runner, src):
    review(runner, src / f"{SLUG}.txt")
    path = review_file(src)
    edit(path, REKEYED, old="- [ ] 2020", new="- [x] 2020")
    result = review(runner, src / f"{SLUG}.txt")
    now = path.read_text(encoding="utf-8")
    block = find(now, REKEYED)
    assert "- [x] 2020\n- [x] 2021" in block and "> Problem: two options are ticked as the key" in block
    line = now.splitlines().index(block.splitlines()[0]) + 1
    assert f"  check {path}:{line}: item " in result.stdout


def test_a_file_that_is_not_a_review_file_is_never_overwritten(runner, src, tmp_path):
    path = review_file(src)
    path.write_text("# My notes on the tunnel article\n\nAsk about the 57 km.\n", encoding="utf-8")
    result = runner.invoke(main, ["review", str(src / f"{SLUG}.txt")])
    assert result.exit_code == 1 and f"Error: {path}: is not a quizgen review file" in result.stderr
    assert path.read_text(encoding="utf-8") == "# My notes on the tunnel article\n\nAsk about the 57 km.\n"
    built = build(runner, src, tmp_path / "out", code=1)
    assert f"Error: {path}: is not a quizgen review file" in built.stderr


def test_a_review_file_is_no_article(runner, src, tmp_path):
    review(runner, src)
    assert sorted(p.name for p in src.iterdir()) == [
        "northport-tunnel.review.md",
        "northport-tunnel.txt",
        "other.review.md",
        "other.txt",
    ]
    result = runner.invoke(main, ["build", str(review_file(src)), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1 and "is a review file, not an article; pass the article it reviews" in result.stderr
    assert "2 of 2 articles built" in build(runner, src, tmp_path / "out").stderr


def test_the_files_choices_of_seed_and_stems_hold_until_review_is_asked_for_others(runner, src):
    article = src / f"{SLUG}.txt"
    review(runner, article, "--stems", "blank", "--seed", "3")
    path = review_file(src)
    assert path.read_text(encoding="utf-8").startswith(
        "<!-- made by quizgen: the review file of northport-tunnel.txt · seed 3 · stems blank -->"
    )
    shown = json.loads(runner.invoke(main, ["questions", str(article), "--format", "json", "--stems", "wh"]).stdout)
    assert not any(CUE.sub("", q.get("prompt", "")).startswith("How ") for q in shown["articles"][0]["questions"])
    assert "up to date" in review(runner, article).stdout
    review(runner, article, "--stems", "auto")
    assert "· seed 3 · stems auto -->" in path.read_text(encoding="utf-8").splitlines()[0]


def test_windows_line_ends_and_a_byte_order_mark_stay_as_the_editor_left_them(runner, src):
    article = src / f"{SLUG}.txt"
    review(runner, article)
    path = review_file(src)
    text = path.read_text(encoding="utf-8").replace(REWORDED, REWORDING).replace("\n", "\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    shown = json.loads(runner.invoke(main, ["questions", str(article), "--format", "json"]).stdout)
    assert REWORDING in [CUE.sub("", q.get("prompt") or "") for q in shown["articles"][0]["questions"]]
    article.write_text(article.read_text(encoding="utf-8").replace("480 km", "482 km"), encoding="utf-8")
    review(runner, article)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\n") == raw.count(b"\r\n")
    assert "- [x] 482 km\r\n" in find(raw.decode("utf-8"), REWORDING)


def test_review_reads_the_source_folder_by_default(runner, src, monkeypatch):
    monkeypatch.chdir(src.parent)
    result = review(runner)
    lines = result.stdout.splitlines()
    assert [line.split(":")[0] for line in lines] == ["source/northport-tunnel.review.md", "source/other.review.md"]
    assert all(re.fullmatch(r"[^:]+: \d+ items, \d+ ticked \(a new review file\)", line) for line in lines)
    assert (src / "northport-tunnel.review.md").is_file() and (src / "other.review.md").is_file()
    assert (
        "review" in runner.invoke(main, ["--help"]).output and "Show this message" in runner.invoke(main, ["review", "-h"]).output
    )


def test_an_article_whose_review_ticks_nothing_writes_nothing_and_says_why(runner, src, tmp_path):
    review(runner, src / f"{SLUG}.txt")
    path = review_file(src)
    path.write_text(path.read_text(encoding="utf-8").replace("## [x]", "## [ ]"), encoding="utf-8")
    result = build(runner, src, tmp_path / "out")
    assert f"Warning: {path}: no item is ticked, so nothing of this article is asked; tick the items to ask" in result.stderr
    assert not list((tmp_path / "out").glob(f"{SLUG}.*")) and "1 with nothing to ask" in result.stderr
