"""Atomic file writes: a temporary file beside the target, fsync, ``os.replace``, fsync the folder.

A crash at any point leaves either the old file or the new one, never half of either. Temporary
names end in ``.tmp`` with a fixed prefix so that ``remove_stale`` can clear them at start-up.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

TMP_SUFFIX = ".confidant-tmp"


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; NTFS journals the rename.
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(target: Path, *, overwrite: bool = True) -> Iterator[IO[bytes]]:
    """Yield a binary file; on clean exit it replaces ``target`` atomically, else it vanishes.

    With ``overwrite=False`` an existing target is never replaced (a hard link publishes the file,
    which fails if the name is taken, without a window between check and write).
    """
    folder = target.parent
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TMP_SUFFIX, dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        publish(tmp, target, overwrite=overwrite)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def publish(tmp: Path, target: Path, *, overwrite: bool = True) -> None:
    """Move a finished, fsynced ``tmp`` into place as ``target`` and make the rename durable."""
    if overwrite:
        os.replace(tmp, target)
    else:
        os.link(tmp, target)  # FileExistsError if the name is taken
        tmp.unlink()
    fsync_dir(target.parent)


def write_bytes(target: Path, data: bytes, *, overwrite: bool = True) -> None:
    with atomic_writer(target, overwrite=overwrite) as handle:
        handle.write(data)


def temp_path_for(target: Path) -> Path:
    """A fresh temporary name beside ``target`` (for writers that need a path, such as SQLite)."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TMP_SUFFIX, dir=target.parent)
    os.close(fd)
    os.unlink(name)
    return Path(name)


def remove_stale(folder: Path) -> int:
    """Delete temporary files an interrupted write left behind; returns how many."""
    removed = 0
    if folder.is_dir():
        for leftover in folder.glob(f".*{TMP_SUFFIX}*"):
            with contextlib.suppress(OSError):
                leftover.unlink()
                removed += 1
    return removed
