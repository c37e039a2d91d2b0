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


# The user's cache, read before template_cache points XDG_CACHE_HOME at a folder of the test run's
# own: gift-pegjs is installed there once, not once a run (a mutation run starts thousands)
USER_CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")


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


# gift-pegjs (npm), a second GIFT parser besides pygiftparser: it reads the [html] and [plain]
# format of every field. Installed once into the user's cache folder, never into the project.
GIFT_PEGJS = "gift-pegjs@1.0.2"
PARSE_GIFT_JS = """
const {parse} = require(require("path").join(process.argv[1], "node_modules", "gift-pegjs"));
const text = require("fs").readFileSync(process.argv[2], "utf8");
process.stdout.write(JSON.stringify(parse(text)));
"""


def _node_or_skip(reason: str):
    """Skip a test that needs Node, except under CI=true, where a missing tool is a failure."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{reason} (CI=true: the GIFT read-back tests must run in CI)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def gift_pegjs():
    """A function reading a GIFT file with gift-pegjs: one dict per question, as it parses them."""
    import json
    import shutil
    import subprocess

    node, npm = shutil.which("node"), shutil.which("npm")
    if not (node and npm):
        _node_or_skip("needs node and npm to read GIFT back with gift-pegjs")
    cache = USER_CACHE / "quizgen-tests" / GIFT_PEGJS.replace("@", "-")
    if not (cache / "node_modules" / "gift-pegjs" / "package.json").is_file():
        part = cache.with_name(cache.name + f".part{os.getpid()}")
        shutil.rmtree(part, ignore_errors=True)
        part.mkdir(parents=True)
        install = [npm, "install", "--prefix", str(part), "--no-save", "--no-audit", "--no-fund", "--no-package-lock", GIFT_PEGJS]
        try:
            done = subprocess.run(install, capture_output=True, text=True, timeout=300)
        except subprocess.TimeoutExpired:
            done = None
        if done is None or done.returncode != 0:
            shutil.rmtree(part, ignore_errors=True)
            why = (done.stderr.strip().splitlines() or ["no message"])[-1] if done else "timed out"
            _node_or_skip(f"npm could not install {GIFT_PEGJS}: {why}")
        shutil.rmtree(cache, ignore_errors=True)
        part.rename(cache)

    def parse(path: Path) -> list[dict]:
        run = subprocess.run([node, "-e", PARSE_GIFT_JS, str(cache), str(path)], capture_output=True, text=True, timeout=60)
        assert run.returncode == 0, f"gift-pegjs could not read {path}: {run.stderr.strip()[-500:]}"
        return json.loads(run.stdout)

    return parse
