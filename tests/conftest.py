from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import settings

# The mutation run (scripts/mutation.py) draws the same examples every time and replays no saved
# failure, so that a mutant is killed by what it breaks, not by the luck of a draw
settings.register_profile("mutation", derandomize=True, database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "source" / "kim-jong-un-russia-visit.txt"
# A made-up article whose every sentence stands alone: many questions of every kind
RICH = ROOT / "tests" / "data" / "northport-tunnel.txt"


@pytest.fixture(scope="session", autouse=True)
def template_cache(tmp_path_factory):
    """A cache of compiled worksheet templates of this test run's own: a run never takes code that
    another compiled (a mutation run's mutant compiles with its own options)."""
    patch = pytest.MonkeyPatch()
    patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    yield
    patch.undo()


@pytest.fixture
def bundled() -> Path:
    return BUNDLED


@pytest.fixture
def rich() -> Path:
    return RICH


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
PDFTOTEXT = shutil.which("pdftotext")


@pytest.fixture
def printer() -> str:
    """Headless Chromium, for the tests that print a worksheet (marked ``print``). Without it and
    pdftotext such a test is skipped on a laptop, but fails under CI (CI=true): CI always prints."""
    if not (CHROMIUM and PDFTOTEXT):
        message = "needs chromium and pdftotext (.ci/run installs them)"
        if os.environ.get("CI", "").strip().lower() in ("true", "1", "yes"):
            pytest.fail(f"{message}; under CI the print tests must run, not skip")
        pytest.skip(message)
    return CHROMIUM


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def article_of(body: str, title: str = "A test article"):
    """An Article made from sentences written for the tests."""
    from quizgen.articles import parse_article

    return parse_article(f"{title}\n\n{body}\n", source="test.txt", slug="test")
