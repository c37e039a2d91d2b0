#!/usr/bin/env python3
"""How quizgen's cost grows with an article: pathological shapes at n and 4n, and at 2 MB.

usage: python3 scripts/scaling.py [--shape NAME]... [--no-2mb] [--format LIST]

For each shape of tests/shapes.py (many facts in one sentence, one sentence with no full stop,
many quotes, many paragraphs, many speakers, ...) prints the seconds each stage takes at n and
at 4n and their ratio (4 is linear, 16 quadratic; tests/test_scaling.py fails above 6), then
times `quizgen build` on a 2 MB file of the shape, in a process of its own, with the default
targets and with every target. A measurement, not a test: the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from shapes import SHAPES, best_times  # noqa: E402
from test_scaling import SIZES  # noqa: E402

TWO_MB = 2_000_000
EVERY_TARGET = "anki,html,gift,moodle,qti,kahoot,quizizz,quizlet"


def ratios(shape: str) -> None:
    for exports in (False, True):
        n = SIZES[shape][exports]
        small = best_times(SHAPES[shape](n), runs=3, exports=exports)
        large = best_times(SHAPES[shape](4 * n), runs=3, exports=exports)
        part = "export" if exports else "read+extract+generate"
        stages = [s for s in large if not exports or s not in ("read", "extract", "generate")]
        if not stages:
            print(f"  {part:22s} (no questions to export)")
            continue
        total_small = sum(small.get(s, 0) for s in stages)
        total_large = sum(large[s] for s in stages)
        worst = max(stages, key=lambda s: large[s] / max(small.get(s, 0), 1e-4) if large[s] > 0.005 else 0)
        print(
            f"  {part:22s} n={n:<5} {total_small:7.3f} s   4n {total_large:7.3f} s   ratio {total_large / total_small:4.1f}"
            f"   (highest: {worst} {large[worst] / max(small.get(worst, 0), 1e-4):.1f})"
        )


def two_mb(shape: str, formats: list[str], folder: Path) -> None:
    n = 64
    while len(SHAPES[shape](n).encode("utf-8")) < TWO_MB:
        n *= 2
    lo, hi = n // 2, n  # the smallest n that reaches 2 MB
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if len(SHAPES[shape](mid).encode("utf-8")) < TWO_MB else (lo, mid)
    source = folder / "two-mb.txt"
    source.write_text(SHAPES[shape](hi), encoding="utf-8")
    for fmt in formats:
        start = time.perf_counter()
        run = subprocess.run(
            [sys.executable, "-m", "quizgen", "build", str(source), "--out", str(folder / "out"), "--format", fmt],
            capture_output=True,
            text=True,
        )
        seconds = time.perf_counter() - start
        summary = (run.stderr.strip().splitlines() or [""])[-1]
        label = "default targets" if fmt == "anki,html" else "every target"
        print(f"  2 MB, {label:16s} {seconds:6.2f} s   exit {run.returncode}   {summary[:90]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shape", action="append", choices=list(SHAPES), help="only this shape (repeatable)")
    ap.add_argument("--no-2mb", action="store_true", help="skip the 2 MB builds")
    a = ap.parse_args()
    print(f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}")
    with tempfile.TemporaryDirectory() as tmp:
        for shape in a.shape or list(SHAPES):
            print(shape)
            ratios(shape)
            if not a.no_2mb:
                two_mb(shape, ["anki,html", EVERY_TARGET], Path(tmp))


if __name__ == "__main__":
    main()
