"""Read a vault file's pages in plaintext, to prove that destroyed values left no copy.

Every vault file is encrypted, so a byte scan for a canary passes whether or not a purge really
destroyed it. This decrypts the pages as SQLCipher 4 lays them out (AES-256-CBC, the raw key used
directly, an 80-byte reserve per page holding the IV and the HMAC; page 1 starts with the 16-byte
salt) and so sees what an attacker holding the key would see, free pages included. One
``openssl enc -aes-256-ecb`` call decrypts every block; the CBC chaining is undone here.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

PAGE_SIZE = 4096
RESERVE = 80  # 16-byte IV, then a 64-byte HMAC-SHA512
SALT = 16
JOURNAL_HEADER = 512  # one sector; each record is a 4-byte page number, the page, a checksum


def _decrypt(pages: list[tuple[bytes, bytes]], key: bytes) -> list[bytes]:
    """``pages``: (ciphertext, IV) pairs; returns each page's plaintext."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to read pages in plaintext")
    blob = b"".join(cipher for cipher, _ in pages)
    plain = subprocess.run(
        ["openssl", "enc", "-d", "-aes-256-ecb", "-nopad", "-K", key.hex()],
        input=blob,
        capture_output=True,
        check=True,
    ).stdout
    out, pos = [], 0
    for cipher, iv in pages:
        block = plain[pos : pos + len(cipher)]
        pos += len(cipher)
        previous = iv + cipher[:-16]
        out.append(bytes(a ^ b for a, b in zip(block, previous, strict=True)))
    return out


def _split(page: bytes, first: bool) -> tuple[bytes, bytes]:
    start = SALT if first else 0
    iv_at = PAGE_SIZE - RESERVE
    return page[start:iv_at], page[iv_at : iv_at + 16]


def plaintext_pages(path: Path, key: bytes) -> list[bytes]:
    """Every page of a vault file (or of a byte copy of one), decrypted."""
    data = path.read_bytes()
    pages = [data[i : i + PAGE_SIZE] for i in range(0, len(data) - PAGE_SIZE + 1, PAGE_SIZE)]
    return _decrypt([_split(page, n == 0) for n, page in enumerate(pages)], key)


def plaintext_journal_pages(path: Path, key: bytes) -> list[bytes]:
    """The page images a rollback journal holds, decrypted (none if it is empty)."""
    data = path.read_bytes()
    records = []
    pos = JOURNAL_HEADER
    while pos + 8 + PAGE_SIZE <= len(data):
        number = int.from_bytes(data[pos : pos + 4], "big")
        records.append(_split(data[pos + 4 : pos + 4 + PAGE_SIZE], number == 1))
        pos += 8 + PAGE_SIZE
    return _decrypt(records, key) if records else []


def files_holding(folder: Path, needle: bytes, key: bytes) -> list[str]:
    """Names of files below ``folder`` whose raw bytes or decrypted pages contain ``needle``."""
    found = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        raw = path.read_bytes()
        if path.name.endswith("-journal"):
            pages = plaintext_journal_pages(path, key)
        elif len(raw) >= PAGE_SIZE and len(raw) % PAGE_SIZE == 0:
            pages = plaintext_pages(path, key)
        else:
            pages = []
        if needle in raw or any(needle in page for page in pages):
            found.append(path.name)
    return found
