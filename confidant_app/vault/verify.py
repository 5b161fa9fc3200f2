"""Check a vault file that is not the open vault: a backup, or a copy about to be published.

The file is opened read-only with a raw key (no key derivation, never a migration, never a
temporary-file clean-up in its folder, which ``Vault.open`` does), and passes exactly the checks
``confidant check`` runs on the vault (``care.check_connection``): page checksums
(``cipher_integrity_check``), the database structure (``integrity_check``; the first alone missed a
file cut at a page boundary) and the file size. Row counts per table let a copy be compared with
what it was copied from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3

from confidant_app.vault import kdf
from confidant_app.vault.care import CheckReport, check_connection
from confidant_app.vault.connection import _errorname
from confidant_app.vault.errors import VaultInUse, WrongPassphrase


@dataclass
class FileReport:
    """What a vault file holds and whether it is sound."""

    path: Path
    check: CheckReport
    rows: dict[str, int] = field(default_factory=dict)
    purged: int = 0  # skeletons of purged cases, among ``cases``

    @property
    def ok(self) -> bool:
        return self.check.ok

    @property
    def problems(self) -> list[str]:
        return self.check.problems

    @property
    def schema_version(self) -> int:
        return self.check.schema_version

    @property
    def cases(self) -> int:
        """Rows in the cases table, purged skeletons included (they are counted in figures)."""
        return self.rows.get("cases", 0)


def read_salt(path: Path) -> bytes:
    """A vault file's first 16 bytes (its salt and KDF parameters), or the refusal ``Vault.open``
    gives: missing, not a file, a plain SQLite database, not a vault."""
    return kdf.read_salt(Path(path))


def row_counts(conn: Any) -> dict[str, int]:
    """Rows in every table, by name (the comparison a copy must pass)."""
    names = [
        str(r[0])
        for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    ]
    return {
        name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names
    }


def _connect_read_only(path: Path, key: bytes | bytearray) -> Any:
    # mode=ro: verifying must never change the file (a backup on a stick, a copy being checked).
    conn = sqlcipher3.connect(
        path.resolve().as_uri() + "?mode=ro", uri=True, timeout=0, isolation_level=None
    )
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(kdf.key_pragma(key))
    conn.execute("PRAGMA temp_store = MEMORY")  # integrity_check sorts: never into /var/tmp
    return conn


def inspect_file(path: Path, key: bytes | bytearray) -> FileReport:
    """Open ``path`` read-only with ``key`` and run every check; ``WrongPassphrase`` when the key
    does not open it (SQLCipher cannot tell that from a damaged first page)."""
    path = Path(path)
    read_salt(path)  # refuses a missing file or one that is no vault, before SQLite sees it
    conn = _connect_read_only(path, key)
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if _errorname(exc) in ("SQLITE_BUSY", "SQLITE_LOCKED"):
                raise VaultInUse(f"{path}: the file is open in another window or program") from None
            raise WrongPassphrase(f"{path}: wrong passphrase, or the file is damaged") from None
        report = check_connection(conn, path)
        if not report.ok:
            return FileReport(path, report)
        purged = conn.execute("SELECT count(*) FROM cases WHERE purged_at IS NOT NULL").fetchone()
        return FileReport(path, report, row_counts(conn), int(purged[0]))
    finally:
        conn.close()


def differences(expected: dict[str, int], found: dict[str, int]) -> list[str]:
    """Tables whose row counts differ between an original and its copy (empty: none)."""
    return [
        f"table {name}: {expected.get(name)} rows in the original, {found.get(name)} in the copy"
        for name in sorted(set(expected) | set(found))
        if expected.get(name) != found.get(name)
    ]
