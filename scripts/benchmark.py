#!/usr/bin/env python3
"""Benchmark quizgen: per-stage time per article, peak memory, and whole-process ratios.

usage: python3 scripts/benchmark.py [ARTICLES_DIR] [--peer-script PATH] [--copies N] [--runs N]

Prints, for the articles in ARTICLES_DIR (default: source/):
  - the median time per article of each stage (read, extract, generate, export), and of
    quantulum3, datefinder and pysbd on the same articles when they are installed;
  - whole processes, side by side: `quizgen facts` on the folder against the peer baseline
    script (--peer-script, e.g. ../shared/eval/peer_facts.py); `quizgen build` of one article
    against `python -c "import genanki, jinja2, click"`; `quizgen build` of the folder copied
    --copies times (ms per article, peak memory of the build's processes).
This is a measurement, not a test: numbers depend on the machine, so the README quotes them
with the machine they came from.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def stage_times(paths: list[Path]) -> None:
    from quizgen.articles import read_article
    from quizgen.export.anki import deck_bytes
    from quizgen.export.worksheet import render
    from quizgen.extract import extract
    from quizgen.generate import generate

    stages: dict[str, list[float]] = {"read": [], "extract": [], "generate": [], "export": []}
    words = []
    for _ in range(2):  # the first pass warms the caches; the second is measured
        for v in stages.values():
            v.clear()
        for p in paths:
            t0 = time.perf_counter()
            article = read_article(p)
            t1 = time.perf_counter()
            facts = extract(article)
            t2 = time.perf_counter()
            questions = generate(article, facts)
            t3 = time.perf_counter()
            if questions:
                deck_bytes(article, questions, timestamp=1_700_000_000)
                render(article, questions)
            t4 = time.perf_counter()
            for name, d in zip(stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
                stages[name].append(d)
            words.append(len(article.text.split()))
    print(f"{len(paths)} articles, median {statistics.median(words[-len(paths) :]):.0f} words")
    print("median time per article, by stage:")
    for name, v in stages.items():
        print(f"  {name:10s} {ms(statistics.median(v))}")
    print(f"  {'total':10s} {ms(statistics.median([sum(x) for x in zip(*stages.values(), strict=True)]))}")
    peers(paths)


def peers(paths: list[Path]) -> None:
    texts = [p.read_text(encoding="utf-8") for p in paths]
    rows = []
    try:
        import warnings

        warnings.filterwarnings("ignore")
        from quantulum3 import parser

        parser.parse(texts[0])
        rows.append(("quantulum3", [_timed(parser.parse, t) for t in texts]))
    except ImportError:
        pass
    try:
        import datefinder

        rows.append(("datefinder", [_timed(lambda t: list(datefinder.find_dates(t)), t) for t in texts]))
    except ImportError:
        pass
    try:
        import pysbd

        seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
        rows.append(("pysbd split", [_timed(seg.segment, t) for t in texts]))
    except ImportError:
        pass
    from quizgen.articles import parse_article
    from quizgen.extract import extract

    rows.append(("quizgen read+extract", [_timed(lambda t: extract(parse_article(t)), t) for t in texts]))
    if len(rows) > 1:
        print("the same articles, median per article, side by side:")
        for name, v in rows:
            print(f"  {name:22s} {ms(statistics.median(v))}")


def _timed(fn, arg) -> float:
    t = time.perf_counter()
    fn(arg)
    return time.perf_counter() - t


def run(cmd: list[str], runs: int) -> float:
    """Median wall time of a whole process over several runs."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def processes(paths: list[Path], peer_script: str | None, copies: int, runs: int, peer_python: str) -> None:
    quizgen = [shutil.which("quizgen") or sys.executable, *([] if shutil.which("quizgen") else ["-m", "quizgen"])]
    print("whole processes (median of", runs, "runs):")
    facts = run([*quizgen, "facts", "--format", "json", *map(str, paths)], runs)
    print(f"  quizgen facts, {len(paths)} articles      {facts:7.3f} s")
    if peer_script:
        peer = run([peer_python, peer_script, *map(str, paths)], max(1, runs // 3))
        print(f"  peer baseline, same articles    {peer:7.3f} s   ratio {peer / facts:5.1f}x")
    with tempfile.TemporaryDirectory() as tmp:
        # interleaved, so that a busy moment of the machine weighs on both sides alike
        pairs = [(run([sys.executable, "-c", "import genanki, jinja2, click"], 1),
                  run([*quizgen, "build", str(paths[0]), "--out", tmp], 1)) for _ in range(runs)]  # fmt: skip
        base = statistics.median(b for b, _ in pairs)
        one = statistics.median(o for _, o in pairs)
        ratio = statistics.median(o / b for b, o in pairs)
        print(f"  import genanki, jinja2, click   {base:7.3f} s")
        print(f"  quizgen build, one article      {one:7.3f} s   ratio {ratio:5.2f}x")
        many = Path(tmp) / "many"
        many.mkdir()
        for i in range(copies):
            for p in paths:
                shutil.copy(p, many / f"{p.stem}-{i}{p.suffix}")
        n = copies * len(paths)
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        t = time.perf_counter()
        subprocess.run([*quizgen, "build", str(many), "--out", str(Path(tmp) / "out")], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        took = time.perf_counter() - t
        peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
        print(f"  quizgen build, {n} articles   {took:7.3f} s   {took / n * 1000:5.1f} ms per article, "
              f"peak {peak:.0f} MB per process")  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", nargs="?", default=str(ROOT / "source"))
    ap.add_argument("--peer-script", default=None, help="the peer baseline, e.g. ../shared/eval/peer_facts.py")
    ap.add_argument("--peer-python", default=sys.executable, help="the Python that has quantulum3, datefinder, pysbd")
    ap.add_argument("--copies", type=int, default=10, help="copies of the folder for the many-article build")
    ap.add_argument("--runs", type=int, default=7, help="runs of each whole process")
    a = ap.parse_args()
    paths = sorted(p for p in Path(a.articles).iterdir() if p.suffix in (".txt", ".md"))
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}")
    stage_times(paths)
    processes(paths, a.peer_script, a.copies, a.runs, a.peer_python)


if __name__ == "__main__":
    main()
