"""Write output files atomically: a temporary file in the same folder, then a rename."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from ..errors import OutputError


def prepare_out(out: Path) -> Path:
    """Create the output folder if needed; refuse a file or an unwritable folder."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: is a file, not a folder; pass --out a folder to write the decks into")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(
            f"{out}: cannot create the output folder ({e.strerror}); pass --out a folder you can write to"
        ) from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise OutputError(f"{out}: cannot write into this folder; pass --out a folder you can write to")
    return out


MARK = b"made by quizgen"
# Output names quizgen wrote that cannot carry a mark of their own (Quizlet's plain text)
MANIFEST = ".quizgen-made"


def ours(path: Path) -> bool:
    """True when an existing output file was made by quizgen (so a rebuild may replace it)."""
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
            f.seek(max(0, path.stat().st_size - 256))  # pragma: no mutate - a file under 256 bytes is all in its head
            tail = f.read()
    except OSError:
        return False
    if MARK in head or MARK in tail or b'name="generator" content="quizgen' in head:
        return True
    try:
        return path.name in (path.parent / MANIFEST).read_bytes().decode().splitlines()
    except OSError:
        return False


def write_atomic(path: Path, data: bytes, marked: bool = True) -> Path:
    """Write bytes to path so that readers see the old file or the whole new one, never half.
    A file of the same name that quizgen did not make is never replaced."""
    path = Path(path)
    if path.exists() and not ours(path):
        raise OutputError(f"{path}: already exists and was not made by quizgen; move it away or choose another --out")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        if not marked and not ours(path):
            with open(path.parent / MANIFEST, "a", encoding="utf-8") as m:
                m.write(path.name + "\n")  # one short append: safe from several build processes at once
        os.replace(tmp, path)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(e, OSError):
            raise OutputError(f"{path}: cannot be written ({e.strerror}); check the output folder") from None
        raise
    return path


def build_time() -> float:
    """The build's timestamp: SOURCE_DATE_EPOCH when set (reproducible builds), else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return float(epoch)
    return time.time()


def zip_time(timestamp: float) -> tuple[int, int, int, int, int, int]:
    """A zip entry's date and time for a build's timestamp (zip times start in 1980)."""
    return time.gmtime(max(timestamp, 315532800))[:6]  # pragma: no mutate - 2 s steps, 6 fields: 315532801 or [:7] are the same
