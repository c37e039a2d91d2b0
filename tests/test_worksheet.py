"""Worksheets as a teacher prints them: headless Chromium to PDF, read back with pdftotext."""

from __future__ import annotations

import re
import subprocess

import pytest
from conftest import CHROMIUM, PDFTOTEXT

from quizgen.cli import main

# PostScript points of each --paper, as pdfinfo gives them
PAGE_SIZES = {"a4": (595.92, 842.88), "letter": (612.0, 792.0)}
SLUG = "kim-jong-un-russia-visit"


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def print_pages(html_path, tmp_path) -> list[str]:
    """Print an HTML file to PDF with headless Chromium and return the text of each page."""
    pdf = tmp_path / (html_path.stem + ".pdf")
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'chrome'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            html_path.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    return [
        squash(
            subprocess.run(
                [PDFTOTEXT, "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True, text=True, check=True
            ).stdout
        )
        for n in range(1, pages + 1)
    ]


def build(runner, source, out, *args):
    result = runner.invoke(main, ["build", str(source), "--out", str(out), *args])
    assert result.exit_code == 0, result.output
    return result


def mcqs_of(html: str) -> list[tuple[str, list[str]]]:
    """(prompt, options) of each Part A question, from the worksheet HTML."""
    import html as h

    part_a = html.split('id="part-a"')[1].split("</section>")[0]
    out = []
    for block in re.findall(r'<li class="question"[^>]*>(.*?)</ol>\s*</li>', part_a, re.S):
        prompt = h.unescape(re.search(r'<p class="prompt">(.*?)</p>', block, re.S).group(1))
        options = [h.unescape(o) for o in re.findall(r'<span class="letter">[A-E]\.</span> (.*?)</li>', block)]
        out.append((squash(prompt), options))
    return out


def page_size(pdf) -> tuple[float, float]:
    """The first page's width and height in points."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    width, height = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups()
    return float(width), float(height)


@pytest.mark.print
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_printed_worksheet_keeps_questions_whole_and_the_key_apart(runner, rich, tmp_path, paper, printer):
    build(runner, rich, tmp_path, "--paper", paper)
    sheet = tmp_path / f"{rich.stem}.html"
    pages = print_pages(sheet, tmp_path)
    assert page_size(tmp_path / f"{rich.stem}.pdf") == pytest.approx(PAGE_SIZES[paper], abs=2)  # --paper reaches the printer
    assert "Name:" in pages[0] and "Class:" in pages[0]
    questions = mcqs_of(sheet.read_text(encoding="utf-8"))
    assert len(questions) >= 5
    last_question_page = 0
    for prompt, options in questions:
        # compared without spaces and hyphens: pdftotext rejoins lines (and "Jae-in") as it likes
        flat = [re.sub(r"[\s-]", "", page) for page in pages]
        holding = [
            i
            for i, page in enumerate(flat)
            if re.sub(r"[\s-]", "", prompt) in page and all(re.sub(r"[\s-]", "", o) in page for o in options)
        ]
        assert holding, f"question split across pages: {prompt}"
        last_question_page = max(last_question_page, holding[0])
    key_pages = [i for i, page in enumerate(pages) if "Answer key" in page]
    assert key_pages and key_pages[0] > last_question_page
    assert pages[key_pages[0]].startswith("Answer key")  # the key opens a page of its own


@pytest.mark.print
def test_markup_in_an_article_prints_as_text(runner, tmp_path, printer):
    src = tmp_path / "tricky.txt"
    src.write_text(
        "A <b>bold</b> headline\n\nThe <script>alert(1)</script> crew of Eldvik made four trips to China in 2018.\n\n"
        "Eldvik officials said the <img src=x onerror=alert(2)> bridge is 130 km long and opened in April 2019.\n",
        encoding="utf-8",
    )
    build(runner, src, tmp_path / "out")
    html = (tmp_path / "out" / "tricky.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "<img" not in html
    text = " ".join(print_pages(tmp_path / "out" / "tricky.html", tmp_path))
    assert "A <b>bold</b> headline" in text and "<img src=x onerror=alert(2)>" in text


def test_versions_hold_the_same_questions_in_other_orders_with_their_own_keys(runner, bundled, tmp_path):
    import html as h

    build(runner, bundled, tmp_path, "--versions", "3", "--seed", "7")
    sheets = [(tmp_path / f"{SLUG}-{v}.html").read_text(encoding="utf-8") for v in "ABC"]
    orders = [[p for p, _ in mcqs_of(s)] for s in sheets]
    assert sorted(orders[0]) == sorted(orders[1]) == sorted(orders[2])
    assert orders[0] != orders[1] or orders[1] != orders[2]
    for v, sheet in zip("ABC", sheets, strict=False):
        assert f"version {v} · seed 7" in sheet
        key = sheet.split('id="answer-key"')[1].split("<h3>Part B</h3>")[0]
        entries = re.findall(r'<li value="(\d+)"><strong>([A-E])</strong> (.*?) <span', key)
        questions = mcqs_of(sheet)
        assert len(entries) == len(questions)
        for (_number, letter, answer), (_, options) in zip(entries, questions, strict=False):
            assert options["ABCDE".index(letter)] == h.unescape(answer)


def test_large_print_and_templates_override(runner, bundled, tmp_path):
    build(runner, bundled, tmp_path / "big", "--large-print")
    html = (tmp_path / "big" / f"{SLUG}.html").read_text(encoding="utf-8")
    assert "font-size: 18pt" in html and 'class="large-print"' in html
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "worksheet.css").write_text("/* my school's style */ body { color: navy; }", encoding="utf-8")
    build(runner, bundled, tmp_path / "custom", "--templates", str(mine))
    html = (tmp_path / "custom" / f"{SLUG}.html").read_text(encoding="utf-8")
    assert "my school's style" in html and "Answer key" in html  # one file overridden, the rest shipped


def test_worksheet_loads_nothing_from_the_network(runner, bundled, tmp_path):
    build(runner, bundled, tmp_path)
    html = (tmp_path / f"{SLUG}.html").read_text(encoding="utf-8")
    assert not re.search(r"(?:src|href)=[\"']?(?:https?:)?//", html)
    assert "@import" not in html


def test_the_same_seed_prints_the_same_paper_in_every_process(bundled, tmp_path):
    import os
    import sys

    sheets = []
    for hash_seed in ("1", "2"):
        out = tmp_path / hash_seed
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        subprocess.run([sys.executable, "-m", "quizgen", "build", str(bundled), "--out", str(out)], env=env, check=True,
                       capture_output=True)  # fmt: skip
        sheets.append((out / f"{SLUG}.html").read_text(encoding="utf-8"))
    assert sheets[0] == sheets[1]


@pytest.mark.parametrize(
    "index,label",
    [(0, "A"), (25, "Z"), (26, "AA"), (27, "AB"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA")],
    ids=["first", "26th", "27th", "28th", "52nd", "53rd", "702nd", "703rd"],
)
def test_speakers_are_lettered_as_spreadsheet_columns(index, label):
    from quizgen.export.worksheet import speaker_label

    assert speaker_label(index) == label


def test_who_said_it_holds_more_speakers_than_the_alphabet():
    import html as h

    from shapes import many_speakers_text, speaker_names

    from quizgen.articles import parse_article
    from quizgen.export.worksheet import render
    from quizgen.model import Question

    # quizgen asks who said what of an article's central speaker only: the worksheet is given
    # thirty such items here, as a teacher's review file may tick them
    article = parse_article(many_speakers_text(30), source="valley.txt", slug="valley")
    items = []
    for n, (sentence, name) in enumerate(zip(article.sentences[1:], speaker_names(30), strict=True)):
        quote = sentence.text.split("”")[0].strip("“,")
        items.append(
            Question(
                type="mcq",
                kind="quote",
                fact_ids=(f"q{n}",),
                sentence=sentence,
                answer=name,
                prompt=f"Who said “{quote}”?",
                options=(name, "A", "B", "C"),
                guid_key=f"q{n}",
                extra={"quotes": [(name, quote)]},
            )  # fmt: skip
        )
    sheet = render(article, items)
    part_c = sheet.split('id="part-c"')[1].split("</section>")[0]
    lettered = dict(re.findall(r'<li><span class="letter">([A-Z]+)\.</span> (.*?)</li>', part_c))
    assert len(lettered) == 30 and "AA" in lettered and "AD" in lettered
    assert set(lettered.values()) == set(speaker_names(30))
    key = sheet.split('id="answer-key"')[1].split("<h3>Part C</h3>")[1]
    entries = re.findall(r"<strong>([A-Z]+)</strong> (.*?) <span", key)
    assert len(entries) == 30 and all(lettered[letter] == h.unescape(name) for letter, name in entries)
