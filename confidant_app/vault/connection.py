"""Create, open, lock and close a vault: one SQLCipher connection, owned by one ``Vault`` object.

Decisions from ``shared/design/security.md`` that this module enforces, each asserted at open:

- rollback journal (``journal_mode = DELETE``) with ``synchronous = FULL``: WAL lost committed data
  when a frame was damaged, and a copy of only the main file of a WAL vault lost everything;
- ``temp_store = MEMORY``: FILE wrote plaintext sort data to /var/tmp;
- ``secure_delete`` on: deleted rows leave no copies in free pages;
- ``journal_size_limit = 0``: the journal is emptied after each commit, so it keeps no old pages
  (and a spent journal that a kill left full is emptied at open);
- SQLCipher's log level NONE: a wrong key otherwise prints to stderr;
- ``locking_mode = EXCLUSIVE``, taken at open and held until close: a second instance (another
  process or another connection in this one) is refused with ``VaultInUse`` instead of writing
  beside us;
- a failed open changes and adds no file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from confidant_app import atomic
from confidant_app.vault import audit, kdf
from confidant_app.vault.errors import (
    VaultError,
    VaultExists,
    VaultInUse,
    VaultReadOnly,
    VaultTooNew,
    VaultWriteFailed,
    WrongPassphrase,
)
from confidant_app.vault.schema import SCHEMA_VERSION, migrate

PAGE_SIZE = 4096
MIN_CACHE_KIB = 8 * 1024


def _errorname(exc: BaseException) -> str:
    return str(getattr(exc, "sqlite_errorname", ""))


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class Vault:
    """An unlocked vault, from ``Vault.create`` or ``Vault.open``; close it with ``close()``.

    The connection is in autocommit mode; every write goes through ``transaction()``.
    """

    def __init__(self, path: Path, conn: Any, key: bytearray, salt: bytes) -> None:
        self.path = path
        self._conn: Any = conn
        self._key = key
        self._salt = salt

    # -- life cycle -------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        *,
        unit: str,
        label: str | None = None,
        taxonomy: str = "defensie-2025",
        params: kdf.KdfParams | None = None,
    ) -> Vault:
        """Create a new vault at ``path`` and return it unlocked. Never touches an existing file.

        The vault is built under a temporary name and published with a hard link, so a crash
        leaves no half-made vault and a file that appears meanwhile is never overwritten.
        """
        path = Path(path)
        if path.exists() or path.is_symlink():
            raise VaultExists(f"{path}: a file of that name exists already; not touched")
        kdf.normalise(passphrase)  # refuses an empty passphrase before any work
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise VaultReadOnly(
                f"{path.parent}: cannot create the folder ({exc.strerror})"
            ) from None
        if not os.access(path.parent, os.W_OK):
            raise VaultReadOnly(f"{path.parent}: the folder is not writable")
        params = params or kdf.calibrate()
        salt = kdf.new_salt(params)
        key = kdf.derive(passphrase, salt)
        tmp = atomic.temp_path_for(path)
        try:
            conn = cls._connect(tmp, key, salt)
            cls._configure(conn, tmp)
            migrate(conn, 0)
            with _in_transaction(conn):
                meta = {
                    "source_id": str(uuid.uuid4()),
                    "unit": unit,
                    "label": label or "",
                    "taxonomy": taxonomy,
                    "created_at": _now(),
                    "kdf": f"scrypt N=2^{params.log2n} r={params.r} p={params.p}",
                }
                conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
            conn.close()
            fd = os.open(tmp, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            try:
                atomic.publish(tmp, path, overwrite=False)
            except FileExistsError:
                raise VaultExists(
                    f"{path}: a file of that name appeared meanwhile; not touched"
                ) from None
        except sqlcipher3.Error as exc:
            raise VaultWriteFailed(f"{path}: could not create the vault ({exc})") from None
        finally:
            for leftover in (tmp, Path(f"{tmp}-journal")):
                leftover.unlink(missing_ok=True)
        return cls._open_with_key(path, key, salt)

    @classmethod
    def open(cls, path: Path, passphrase: str) -> Vault:
        """Unlock the vault at ``path``: exactly one key derivation, then a raw-key connection.

        A successful unlock adds ``unlock ok`` to the audit trail (best effort: on a full disk the
        vault still opens, unrecorded, so it can be read and cleaned up). A wrong passphrase is not
        recorded: the vault it would be written into cannot be opened with it, and a note outside
        the vault would be plaintext (``vault/audit.py``).
        """
        path = Path(path)
        salt = kdf.read_salt(path)
        key = kdf.derive(passphrase, salt)
        vault = cls._open_with_key(path, key, salt)
        audit.record_quietly(vault, "unlock")
        return vault

    @classmethod
    def open_with_key(cls, path: Path, key: bytes | bytearray) -> Vault:
        """Open with a raw key already derived (a further connection costs ~0.1 ms, not a KDF)."""
        path = Path(path)
        salt = kdf.read_salt(path)
        return cls._open_with_key(path, bytearray(key), salt)

    @classmethod
    def _open_with_key(cls, path: Path, key: bytearray, salt: bytes) -> Vault:
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise VaultReadOnly(
                f"{path}: the vault or its folder is read-only; copy it somewhere writable"
            )
        conn = cls._connect(path, key)
        try:
            try:
                conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            except sqlcipher3.DatabaseError as exc:
                if _errorname(exc) in ("SQLITE_BUSY", "SQLITE_LOCKED"):
                    raise VaultInUse(
                        f"{path}: the vault is open in another window or program; "
                        "close it there first"
                    ) from None
                raise WrongPassphrase(f"{path}: wrong passphrase, or the file is damaged") from None
            cls._configure(conn, path)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise VaultTooNew(
                    f"{path}: made by a newer version of Confidant (schema {version}, this version "
                    f"reads up to {SCHEMA_VERSION}); update the application"
                )
            if version < SCHEMA_VERSION:
                cls._copy_before_migration(path, version)
                migrate(conn, version)
                # A migration may leave free pages (a dropped column, a moved table): compact
                # now, so the upgraded vault is as lean as a new one.
                conn.execute("VACUUM")
            cls._empty_spent_journal(conn, path)
        except BaseException:
            conn.close()
            raise
        atomic.remove_stale(path.parent)
        return cls(path, conn, key, salt)

    @staticmethod
    def _connect(path: Path, key: bytearray, salt: bytes | None = None) -> Any:
        conn = sqlcipher3.connect(str(path), timeout=0, isolation_level=None)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(kdf.key_pragma(key, salt))
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        # Under the exclusive lock SQLite keeps the rollback journal between transactions and only
        # zeroes its header, so it held the (encrypted) page images of every edit and purge until
        # close; a limit of 0 truncates it after each commit. Set before the first read, so that
        # rolling back a crashed transaction's journal at open also leaves it empty.
        conn.execute("PRAGMA journal_size_limit = 0")
        return conn

    @staticmethod
    def _configure(conn: Any, path: Path) -> None:
        """Set and assert the pragmas the design depends on, and take the exclusive lock."""
        try:
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
        except sqlcipher3.OperationalError as exc:
            if _errorname(exc) in ("SQLITE_BUSY", "SQLITE_LOCKED"):
                raise VaultInUse(
                    f"{path}: the vault is open in another window or program"
                ) from None
            raise
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        # Size the page cache to hold the whole vault: aggregates ran 3.7x slower without it, as
        # every page re-read costs a decrypt and an HMAC check.
        size_kib = path.stat().st_size // 1024 if path.exists() else 0
        conn.execute(f"PRAGMA cache_size = -{max(MIN_CACHE_KIB, 2 * size_kib)}")
        checks = {
            "journal_mode": "delete",
            "synchronous": 2,
            "temp_store": 2,
            "secure_delete": 1,
            "foreign_keys": 1,
            "journal_size_limit": 0,
        }
        for pragma, expected in checks.items():
            actual = conn.execute(f"PRAGMA {pragma}").fetchone()[0]
            if actual != expected:
                raise VaultError(f"{path}: the database engine refused {pragma} = {expected}")

    @staticmethod
    def _empty_spent_journal(conn: Any, path: Path) -> None:
        """Empty a journal that a kill between a commit and its truncation left behind.

        Its header is zeroed, so SQLite ignores it, but it still holds the old page images: of what
        a purge destroyed, or under the old key of a passphrase change. SQLite truncates it at the
        end of the next write, so one is made now (best effort: on a full disk the open goes on).
        """
        journal = Path(f"{path}-journal")
        if not journal.exists() or journal.stat().st_size == 0:
            return
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        with contextlib.suppress(VaultWriteFailed), _in_transaction(conn, path):
            conn.execute(f"PRAGMA user_version = {version}")

    @staticmethod
    def _copy_before_migration(path: Path, version: int) -> None:
        """An encrypted byte copy, taken under our exclusive lock, so it is consistent."""
        backup = path.with_name(f"{path.name}.before-schema-{version + 1}")
        with atomic.atomic_writer(backup) as out, path.open("rb") as src:
            shutil.copyfileobj(src, out)

    def close(self) -> None:
        """Close the connection and forget the key. Safe to call twice."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        kdf.wipe(self._key)

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    # -- access for the store and vault care -------------------------------------------------

    @property
    def conn(self) -> Any:
        if self._conn is None:
            raise VaultError("the vault is locked")
        return self._conn

    @property
    def raw_key(self) -> bytes:
        """For a further connection in this process (never written anywhere)."""
        return bytes(self._key)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        """One write transaction; disk and I/O failures roll back and raise ``VaultWriteFailed``."""
        with _in_transaction(self.conn, self.path) as conn:
            yield conn

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    @property
    def source_id(self) -> str:
        return self.meta("source_id") or ""

    @property
    def unit(self) -> str:
        return self.meta("unit") or ""

    @property
    def label(self) -> str:
        return self.meta("label") or ""

    @property
    def taxonomy_id(self) -> str:
        return self.meta("taxonomy") or "defensie-2025"

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-encrypt every page under a key from ``new_passphrase`` (SQLCipher rekey).

        The rekey is one journaled transaction: a crash leaves the old or the new passphrase
        working, never neither. Salt and work factor stay, so the file's first bytes do not change.
        The audit trail records ``passphrase_change`` with its outcome.
        """
        new_key = kdf.derive(new_passphrase, self._salt)
        try:
            self.conn.execute(f"PRAGMA rekey = \"x'{bytes(new_key).hex()}'\"")
            self.conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except sqlcipher3.Error as exc:
            kdf.wipe(new_key)
            audit.record_quietly(self, "passphrase_change", "failed")
            raise VaultWriteFailed(f"{self.path}: the passphrase was not changed ({exc})") from None
        kdf.wipe(self._key)
        self._key = new_key
        audit.record_quietly(self, "passphrase_change")


@contextlib.contextmanager
def _in_transaction(conn: Any, path: Path | None = None) -> Iterator[Any]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except sqlcipher3.Error as exc:
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("ROLLBACK")
        name = _errorname(exc)
        where = f"{path}: " if path else ""
        if name == "SQLITE_FULL":
            raise VaultWriteFailed(f"{where}the disk is full; nothing was saved") from None
        if name.startswith(("SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_CANTOPEN")):
            raise VaultWriteFailed(
                f"{where}could not write to the disk; nothing was saved"
            ) from None
        raise
    except BaseException:
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("ROLLBACK")
        raise
