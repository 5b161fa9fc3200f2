"""Vault care: integrity checks (``confidant check``).

``cipher_integrity_check`` verifies every page's HMAC but missed a file cut at a page boundary in
tests here; ``integrity_check`` catches that; the page count times the page size must also equal
the file's size. All three run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3

from confidant_app.vault.connection import Vault


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    pages: int = 0
    page_size: int = 0
    file_size: int = 0
    cases: int = 0
    schema_version: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def check(vault: Vault) -> CheckReport:
    return check_connection(vault.conn, vault.path)


def check_connection(conn: Any, path: Path) -> CheckReport:
    """The checks of ``check`` on any keyed connection: the open vault, or a backup being verified
    (``confidant_app.vault.verify``), so a backup passes exactly the checks the vault does."""
    report = CheckReport()
    report.problems += [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    try:
        integrity = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            report.problems += integrity
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            report.problems.append(f"{len(fk)} rows point at missing parents")
        report.cases = int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
    except sqlcipher3.DatabaseError as exc:  # a page that fails its HMAC cannot be read at all
        report.problems.append(f"the database structure cannot be read ({exc})")
    report.pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    report.page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    report.file_size = path.stat().st_size
    if report.pages * report.page_size != report.file_size:
        report.problems.append(
            f"file size {report.file_size} does not match {report.pages} pages of "
            f"{report.page_size} bytes (cut short or padded)"
        )
    report.schema_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    return report
