"""Key derivation: passphrase -> raw SQLCipher key, with a memory-hard function (scrypt).

Why not SQLCipher's own PBKDF2: we derive the key ourselves so that exactly one derivation happens
per unlock and any further connection (a backup check, a worker) is keyed with the raw key in
~0.1 ms; and scrypt is memory-hard where PBKDF2 is not, so a stolen laptop's vault costs an attacker
memory as well as time. The work factor is calibrated to about one second on the machine that
creates the vault, as KeePassXC budgets.

The vault must open with nothing but its own file and the passphrase, so the parameters travel in
the only plaintext SQLCipher keeps: the 16-byte salt at the start of the file. Its first 12
bytes are random; the last 4 say ``KDF_SCRYPT``, log2(N), r and p. Parameters are public in every
KDF format; bounds below stop a hostile file from asking for terabytes of memory.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from confidant_app.vault.errors import (
    NotAVault,
    VaultError,
    VaultMissing,
    VaultReadOnly,
    WeakPassphrase,
)

SALT_SIZE = 16
SQLITE_HEADER = b"SQLite format 3\x00"  # what a plain database starts with where a vault has salt
KEY_SIZE = 32
KDF_SCRYPT = 0x53  # 'S'
MIN_LOG2N, MAX_LOG2N = 14, 21  # 16 MiB .. 2 GiB of memory with r = 8
DEFAULT_TARGET_SECONDS = 1.0
# Never calibrate below 2**17 (128 MiB, ~0.5 s here): stronger than SQLCipher 4's PBKDF2 default.
MIN_CALIBRATED_LOG2N = 17


@dataclass(frozen=True)
class KdfParams:
    log2n: int = MIN_CALIBRATED_LOG2N
    r: int = 8
    p: int = 1

    def __post_init__(self) -> None:
        if not (MIN_LOG2N <= self.log2n <= MAX_LOG2N and 1 <= self.r <= 16 and 1 <= self.p <= 4):
            raise ValueError(f"scrypt parameters out of bounds: {self}")

    @property
    def memory_bytes(self) -> int:
        return 128 * self.r * (1 << self.log2n) * self.p


def normalise(passphrase: str) -> bytes:
    """NFC-normalise, so the same word typed on two systems (NFC or NFD input) gives one key."""
    if not isinstance(passphrase, str) or passphrase == "":
        raise WeakPassphrase("the passphrase is empty")
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def passphrase_warnings(passphrase: str) -> list[str]:
    """Reasons a passphrase is weak (empty list: no objection). Never refuses: that is a choice."""
    text = unicodedata.normalize("NFC", passphrase)
    warnings = []
    if len(text) < 12:
        warnings.append("shorter than 12 characters")
    if len(set(text)) < 6:
        warnings.append("fewer than 6 different characters")
    if text.isdigit():
        warnings.append("only digits")
    return warnings


def new_salt(params: KdfParams) -> bytes:
    return secrets.token_bytes(12) + bytes([KDF_SCRYPT, params.log2n, params.r, params.p])


def params_from_salt(salt: bytes) -> KdfParams:
    """Read the parameters from a vault's first 16 bytes, or refuse the file as not a vault."""
    if len(salt) != SALT_SIZE or salt[12] != KDF_SCRYPT:
        raise NotAVault("not a Confidant vault, or its first bytes are damaged")
    try:
        return KdfParams(log2n=salt[13], r=salt[14], p=salt[15])
    except ValueError:
        raise NotAVault("not a Confidant vault, or its first bytes are damaged") from None


def read_salt(path: Path) -> bytes:
    """A vault file's first 16 bytes (its salt, naming the key derivation), or the refusal
    ``Vault.open`` gives: missing, not a file, unreadable, a plain SQLite database, not a vault.

    Here rather than with the connection: the unlock prompt reads it to start the derivation,
    which need not wait for SQLCipher's module to load."""
    if not path.exists():
        raise VaultMissing(f"{path}: no vault here")
    if not path.is_file():
        raise NotAVault(f"{path}: not a file")
    try:
        with path.open("rb") as handle:
            head = handle.read(SALT_SIZE)
    except PermissionError:
        raise VaultReadOnly(f"{path}: no permission to read the vault") from None
    except OSError as exc:
        raise VaultError(f"{path}: cannot read the vault ({exc.strerror})") from None
    if head == SQLITE_HEADER:
        raise NotAVault(f"{path}: a plain, unencrypted SQLite database, not a vault")
    try:
        params_from_salt(head)
    except NotAVault as exc:
        raise NotAVault(f"{path}: {exc}") from None
    return head


def derive(passphrase: str, salt: bytes) -> bytearray:
    """The raw 32-byte key for ``passphrase`` and a vault's ``salt`` (naming the parameters)."""
    params = params_from_salt(salt)
    key = hashlib.scrypt(
        normalise(passphrase),
        salt=salt,
        n=1 << params.log2n,
        r=params.r,
        p=params.p,
        maxmem=params.memory_bytes + (1 << 20) * 16,
        dklen=KEY_SIZE,
    )
    return bytearray(key)


def calibrate(target_seconds: float = DEFAULT_TARGET_SECONDS) -> KdfParams:
    """The largest N whose derivation takes about ``target_seconds`` here (scrypt is linear in N).

    ``CONFIDANT_KDF_LOG2N`` fixes N instead: for tests and benchmarks that create many vaults.
    """
    forced = os.environ.get("CONFIDANT_KDF_LOG2N")
    if forced:
        return KdfParams(log2n=int(forced))
    probe = KdfParams(log2n=15)
    start = time.perf_counter()
    hashlib.scrypt(
        b"calibration",
        salt=b"0" * 16,
        n=1 << probe.log2n,
        r=probe.r,
        p=probe.p,
        maxmem=probe.memory_bytes * 2,
        dklen=KEY_SIZE,
    )
    per_unit = (time.perf_counter() - start) / (1 << probe.log2n)
    log2n = MIN_CALIBRATED_LOG2N
    while log2n < 20 and per_unit * (1 << (log2n + 1)) <= target_seconds * 1.25:
        log2n += 1
    return KdfParams(log2n=log2n)


def key_pragma(key: bytes | bytearray, salt: bytes | None = None) -> str:
    """SQLCipher's raw-key syntax; with ``salt`` (creation only) the file takes that salt."""
    hexkey = bytes(key).hex() + (salt.hex() if salt else "")
    return f"PRAGMA key = \"x'{hexkey}'\""


def wipe(buffer: bytearray) -> None:
    """Overwrite a key we hold. (Copies SQLCipher or Python made cannot be reached from here.)"""
    for i in range(len(buffer)):
        buffer[i] = 0
