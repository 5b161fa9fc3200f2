"""Reading a file from outside with a cap on memory as well as on size.

``handle.read(limit + 1)`` is the obvious bounded read, but CPython allocates a buffer of the
whole ``limit + 1`` bytes before it reads: every import of a 5 kB register then cost the 50 MB
cap in memory (measured with tracemalloc in ``tests/unit/importer/test_crafted_xlsx.py``). Here
a file whose size already says it is too large is refused without reading it, and the rest is
read in chunks, so memory follows the file's real size; a file that grows meanwhile (or a
device that never ends) still stops at ``limit + 1`` bytes.
"""

from __future__ import annotations

import os
from typing import BinaryIO

CHUNK = 1024 * 1024


def read_at_most(handle: BinaryIO, limit: int) -> bytes | None:
    """All of ``handle``'s bytes, or None when there are more than ``limit``."""
    try:
        size = os.fstat(handle.fileno()).st_size
    except (OSError, AttributeError, ValueError):
        size = 0
    if size > limit:
        return None
    buffer = bytearray()
    while len(buffer) <= limit:
        chunk = handle.read(min(CHUNK, limit + 1 - len(buffer)))
        if not chunk:
            break
        buffer += chunk
    return None if len(buffer) > limit else bytes(buffer)
