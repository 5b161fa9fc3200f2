"""The audit trail inside the vault: unlocks, exports, purges, passphrase changes, backups,
restores and imports, each with its time and outcome, never case content.

Each row is ``(id, at, event, outcome, detail)``: ``at`` is UTC (ISO 8601), ``event`` one of
``EVENTS``, ``outcome`` ``ok`` or ``failed`` and ``detail`` a short code-like text made here from
numbers only (a year and revision, a count, a size): no alias, note, case number or file name ever
reaches it, because no caller can pass free text (``detail`` is built from integer keywords).

What it cannot record: a wrong passphrase. The vault it would be written into does not open, and a
note outside the vault would be a plaintext file telling when someone tried; so failed unlocks are
not recorded anywhere. Likewise a restore replaces the vault with the backup's, audit trail
included; the restored vault's trail then continues with a ``restore ok`` row.

Exports and purges write their row in their own transaction (``releases.recording``,
``retention.purge``), so the row exists exactly when the thing happened. The other events are
recorded just after they happened (``record_quietly``): the unlock, passphrase change, backup,
restore or import is done by then, and a row that cannot be written (a full disk) must not turn
it into a reported failure, so such a row may be missing; it is never there for something that
did not happen.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from confidant_app.vault.errors import VaultError

if TYPE_CHECKING:
    from confidant_app.vault.connection import Vault

Event = Literal["unlock", "export", "purge", "passphrase_change", "backup", "restore", "import"]
Outcome = Literal["ok", "failed"]
EVENTS: tuple[str, ...] = (
    "unlock", "export", "purge", "passphrase_change", "backup", "restore", "import",
)
OUTCOMES: tuple[str, ...] = ("ok", "failed")


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit trail."""

    id: int
    at: str
    event: str
    outcome: str
    detail: str


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def detail(**numbers: int) -> str:
    """``key=value`` pairs of integers, the only form a detail takes (``year=2025 revision=2``)."""
    for key, value in numbers.items():
        if not key.isidentifier() or isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"audit detail {key!r} must be an integer")
    return " ".join(f"{key}={value}" for key, value in numbers.items())


def insert(conn: Any, event: Event, outcome: Outcome = "ok", **numbers: int) -> None:
    """Add a row through ``conn``, inside the caller's transaction."""
    if event not in EVENTS or outcome not in OUTCOMES:
        raise ValueError(f"unknown audit event or outcome: {event}/{outcome}")
    conn.execute(
        "INSERT INTO audit (at, event, outcome, detail) VALUES (?, ?, ?, ?)",
        (_now(), event, outcome, detail(**numbers)),
    )


def record(vault: Vault, event: Event, outcome: Outcome = "ok", **numbers: int) -> None:
    """Add a row in a transaction of its own (for events that are not a vault write already, such
    as an import's, a backup's or an unlock's)."""
    with vault.transaction() as conn:
        insert(conn, event, outcome, **numbers)


def record_quietly(vault: Vault, event: Event, outcome: Outcome = "ok", **numbers: int) -> None:
    """``record``, for a failure path: if the row cannot be written either (a full disk), the
    original error is what the confidant must see, so this one is dropped."""
    with contextlib.suppress(VaultError):
        record(vault, event, outcome, **numbers)


def entries(vault: Vault) -> list[AuditEntry]:
    """The whole trail, oldest first."""
    return [
        AuditEntry(int(i), str(at), str(event), str(outcome), str(text))
        for i, at, event, outcome, text in vault.conn.execute(
            "SELECT id, at, event, outcome, detail FROM audit ORDER BY id"
        )
    ]


def latest(vault: Vault, event: Event, outcome: Outcome | None = None) -> AuditEntry | None:
    """The newest row of ``event`` (with ``outcome``, when given), or None."""
    sql = "SELECT id, at, event, outcome, detail FROM audit WHERE event = ?"
    args: tuple[str, ...] = (event,)
    if outcome is not None:
        sql += " AND outcome = ?"
        args += (outcome,)
    row = vault.conn.execute(sql + " ORDER BY id DESC LIMIT 1", args).fetchone()
    if row is None:
        return None
    i, at, name, result, text = row
    return AuditEntry(int(i), str(at), str(name), str(result), str(text))


def parse_time(at: str) -> dt.datetime:
    """An ``at`` of the trail (UTC, ISO 8601 with a ``Z``) as an aware datetime."""
    return dt.datetime.fromisoformat(at.replace("Z", "+00:00"))
