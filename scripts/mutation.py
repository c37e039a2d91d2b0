"""Mutation testing of the exporters and the generators, and its score per module.

    python3 scripts/mutation.py            # mutmut run, then the table
    python3 scripts/mutation.py --report   # the table of the last run only
    python3 scripts/mutation.py -- 'quizgen.export.gift*'   # mutmut run of some mutants, then the table

mutmut's settings are in pyproject.toml ([tool.mutmut]): quizgen/export/ and quizgen/generate/ are
mutated, the tests run without the print tests (-m "not print"), the timed scaling tests and the
end-to-end tests that take over a second each (listed in pyproject.toml). The
table counts a mutant as killed when a test failed or timed out on it; a mutant that no test runs
counts as a survivor.
CI does not run this (it takes a while); run it before changing what a target marks as the key.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# mutmut's exit codes (mutmut/stats.py): a failing test (1; 3 is pytest's internal error) or a timeout
KILLED = {1, 3, 36, -24, 24, 152, 255}
NO_TESTS = {5, 33}


def run(names: list[str]) -> int:
    """mutmut run (of the named mutants, or of all), from the repository's root."""
    jobs = str(os.cpu_count() or 1)
    env = {**os.environ, "HYPOTHESIS_PROFILE": "mutation"}  # the same examples in every run (tests/conftest.py)
    return subprocess.call([sys.executable, "-m", "mutmut", "run", "--max-children", jobs, *names], cwd=ROOT, env=env)


def scores() -> dict[str, Counter]:
    """killed, survived, no tests and all, per mutated module, from mutmut's files in mutants/."""
    table: dict[str, Counter] = {}
    for meta in sorted((ROOT / "mutants" / "quizgen").rglob("*.py.meta")):
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        if not codes:
            continue
        module = str(meta.relative_to(ROOT / "mutants"))[: -len(".py.meta")].replace("/", ".")
        c = table.setdefault(module, Counter())
        for code in codes.values():
            c["all"] += 1
            c["killed" if code in KILLED else "no tests" if code in NO_TESTS else "not run" if code is None else "survived"] += 1
    return table


def report(table: dict[str, Counter]) -> str:
    lines = [f"{'module':40} {'killed / all':>14} {'%':>6} {'survived':>9} {'no tests':>9} {'not run':>8}"]
    total: Counter = Counter()
    for module, c in table.items():
        total.update(c)
        lines.append(_row(module, c))
    lines.append(_row("total", total))
    return "\n".join(lines)


def _row(name: str, c: Counter) -> str:
    share = 100 * c["killed"] / c["all"] if c["all"] else 0.0
    return f"{name:40} {c['killed']:>6} / {c['all']:<6} {share:>5.1f} {c['survived']:>9} {c['no tests']:>9} {c['not run']:>8}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", action="store_true", help="only print the table of the last run")
    parser.add_argument("names", nargs="*", help="mutant names or globs for mutmut run (after --)")
    args = parser.parse_args()
    if not args.report:
        code = run(args.names)
        if code:
            return code
    table = scores()
    if not table:
        print("no mutation results in mutants/; run scripts/mutation.py first", file=sys.stderr)
        return 1
    print(report(table))
    return 0


if __name__ == "__main__":
    sys.exit(main())
