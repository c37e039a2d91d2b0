"""CI never skips the print tests silently: without Chromium or pdftotext they skip on a laptop and fail under CI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT


@pytest.mark.parametrize("ci,outcome", [("true", "3 errors"), ("", "3 skipped")], ids=["under CI: errors", "on a laptop: skips"])
def test_print_tests_without_a_printer(ci, outcome):
    env = {**os.environ, "CI": ci, "PATH": str(Path(sys.executable).parent)}  # no chromium, no pdftotext
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "print", "tests/test_worksheet.py"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert outcome in run.stdout.splitlines()[-1], run.stdout
    if ci:
        assert run.returncode != 0 and "under CI the print tests must run, not skip" in run.stdout
