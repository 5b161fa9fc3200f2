"""Crash safety: a writer killed at random moments, a full disk, leftovers of an interrupted write.

The kill test runs a child process that imports batches of cases (``CaseStore.add_many``), edits
cases and now and then changes the passphrase, printing ``begin N ...`` before and ``ok N`` after
each transaction returns. It is killed with SIGKILL at random moments (some while it is still
opening the vault). After each kill the vault must open with the passphrase the log says is
current (or, if a rekey was under way, exactly one of the two), pass every integrity check, hold
every acknowledged transaction and no part of one that was not: a batch is all there or not at all.

A full disk (a 2 MiB tmpfs, so only as root) must give a clear message and leave the vault intact,
for a write through the store, a backup and a restore alike.

For a longer soak by hand: ``CONFIDANT_CRASH_KILLS=500 pytest tests/unit/vault/test_crash.py``.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from support.cases import case

from confidant_app.domain.codebook import Codebook
from confidant_app.vault import CaseStore, Vault, VaultWriteFailed, WrongPassphrase
from confidant_app.vault.backup import backup
from confidant_app.vault.care import check

FIRST = "crash-test-passphrase-0"
KILLS = int(os.environ.get("CONFIDANT_CRASH_KILLS", "30"))

CHILD = r"""
import random, sys
from pathlib import Path
from confidant_app.domain.case import make_case
from confidant_app.domain.codebook import default_codebook
from confidant_app.vault import CaseStore, Vault

path, secret, tx, seed = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(seed)
codebook = default_codebook()
vault = Vault.open(path, secret)
store = CaseStore(vault, codebook)
ids = [s.id for s in store.summaries()]
template = make_case({"opened": "2025-02-03", "closed": "2025-05-06", "unit": "CLAS",
                      "role": "MIL", "categories": ["OG.PES", "AC.ARB"],
                      "conversations": [{"date": "2025-02-04", "channel": "F", "minutes": 30}]},
                     codebook)
print("ready", flush=True)
while True:
    tx += 1
    roll = rng.random()
    if roll < 0.04:
        new = f"crash-test-passphrase-{tx}"
        print(f"begin {tx} rekey {new}", flush=True)
        vault.change_passphrase(new)
    elif roll < 0.55 or not ids:
        n = rng.randint(1, 40)
        batch = [template.model_copy(update={"alias": f"b{tx}-{i}",
                                             "notes": "n" * rng.randint(0, 3000)})
                 for i in range(n)]
        print(f"begin {tx} batch {n}", flush=True)
        ids += [c.id for c in store.add_many(batch)]
    else:
        target = store.get(rng.choice(ids))
        print(f"begin {tx} update {target.id}", flush=True)
        store.update(target.model_copy(update={"notes": f"u{tx}"}))
    print(f"ok {tx}", flush=True)
"""


@dataclass
class Model:
    """What the vault must hold: every acknowledged transaction."""

    passphrase: str = FIRST
    last_tx: int = 0
    batches: dict[int, int] = field(default_factory=dict)  # tx -> cases in the batch
    notes: dict[int, str] = field(default_factory=dict)  # case id -> its last update's notes
    acknowledged: int = 0
    rekeys: int = 0
    resolved_in_flight: dict[str, int] = field(default_factory=lambda: {"kept": 0, "lost": 0})


def _open(path: Path, model: Model, pending: list[str] | None) -> Vault:
    """Open with the current passphrase, or the new one of a rekey that was under way; never
    both."""
    candidates = [model.passphrase]
    if pending and pending[1] == "rekey":
        candidates.append(pending[2])
    works = []
    for secret in candidates:
        try:
            Vault.open(path, secret).close()
            works.append(secret)
        except WrongPassphrase:
            pass
    assert len(works) == 1, f"{len(works)} passphrases open the vault"
    if pending and pending[1] == "rekey":
        model.resolved_in_flight["kept" if works[0] == pending[2] else "lost"] += 1
    model.passphrase = works[0]
    return Vault.open(path, works[0])


def _verify(path: Path, model: Model, pending: list[str] | None) -> None:
    with _open(path, model, pending) as vault:
        report = check(vault)
        assert report.ok, report.problems
        conn = vault.conn
        found = {
            int(tx): n
            for tx, n in conn.execute(
                "SELECT substr(alias, 2, instr(alias, '-') - 2), count(*) FROM cases GROUP BY 1"
            )
        }
        if pending and pending[1] == "batch":
            tx, n = int(pending[0]), int(pending[2])
            assert found.get(tx, 0) in (0, n), f"batch {tx}: {found.get(tx)} of {n} cases"
            if found.get(tx):
                model.batches[tx] = n
            model.resolved_in_flight["kept" if found.get(tx) else "lost"] += 1
        assert found == model.batches, "acknowledged batches missing, or unknown ones present"
        notes = {
            int(case_id): text
            for case_id, text in conn.execute(
                "SELECT case_id, notes FROM case_notes WHERE notes LIKE 'u%'"
            )
        }
        if pending and pending[1] == "update":
            case_id, text = int(pending[2]), f"u{pending[0]}"
            if notes.get(case_id) == text:
                model.notes[case_id] = text
                model.resolved_in_flight["kept"] += 1
            else:
                model.resolved_in_flight["lost"] += 1
        assert notes == model.notes, "an acknowledged edit is missing, or an unknown one present"


def _run_once(path: Path, model: Model, rng: random.Random) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), model.passphrase, str(model.last_tx),
         str(rng.randrange(1 << 30))],
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None
        try:
            if rng.random() < 0.15:  # now and then, while it is still opening the vault
                time.sleep(rng.uniform(0.0, 0.5))
            else:
                assert child.stdout.readline().strip() == "ready"
                time.sleep(rng.uniform(0.01, 0.5))
        finally:
            os.kill(child.pid, signal.SIGKILL)
            log = child.stdout.read().splitlines()
            child.wait(timeout=30)
    pending: list[str] | None = None
    for line in log:
        word, *rest = line.split()
        if word == "begin":
            pending = rest
            model.last_tx = int(rest[0])
        elif word == "ok":
            assert pending is not None and rest[0] == pending[0]
            model.acknowledged += 1
            kind, argument = pending[1], pending[2]
            if kind == "batch":
                model.batches[int(pending[0])] = int(argument)
            elif kind == "update":
                model.notes[int(argument)] = f"u{pending[0]}"
            else:
                model.passphrase = argument
                model.rekeys += 1
            pending = None
    _verify(path, model, pending)
    # Rolled back at open and closed again: no journal keeps old page images beside the vault.
    journal = Path(f"{path}-journal")
    assert not journal.exists() or journal.stat().st_size == 0


@pytest.mark.slow
def test_writer_killed_at_random_moments_loses_nothing_acknowledged(tmp_path: Path) -> None:
    path = tmp_path / "vault.db"
    Vault.create(path, FIRST, unit="CLAS").close()
    model = Model()
    rng = random.Random(20251130)
    start = time.perf_counter()
    for _ in range(KILLS):
        _run_once(path, model, rng)
    took = time.perf_counter() - start
    cases = sum(model.batches.values())
    print(
        f"\n{KILLS} kills in {took:.1f} s: {model.acknowledged} acknowledged transactions, "
        f"{len(model.batches)} batches ({cases} cases), {len(model.notes)} cases edited, "
        f"{model.rekeys} rekeys, "
        f"in flight at the kill: {model.resolved_in_flight}; none lost, none partial"
    )
    assert model.acknowledged > KILLS  # the kills did land among transactions
    assert {p.name for p in tmp_path.iterdir()} <= {"vault.db", "vault.db-journal"}


def test_a_stale_temporary_file_is_removed_at_open(vault_path: Path) -> None:
    Vault.create(vault_path, FIRST, unit="BS").close()
    leftover = vault_path.parent / ".vault.db.k2j3h4.confidant-tmp"
    leftover.write_bytes(b"half a copy")
    Vault.open(vault_path, FIRST).close()
    assert not leftover.exists()
    assert [p.name for p in vault_path.parent.iterdir()] == ["vault.db"]


def test_a_spent_journal_is_emptied_at_open(vault_path: Path) -> None:
    """A kill between a commit and the journal's truncation leaves a journal whose header is zeroed
    (SQLite ignores it) but which still holds old page images: those of a purge, or under the old
    key of a passphrase change. Opening the vault empties it."""
    Vault.create(vault_path, FIRST, unit="BS").close()
    journal = Path(f"{vault_path}-journal")
    journal.write_bytes(bytes(512) + b"old page images" * 1000)
    with Vault.open(vault_path, FIRST) as vault:
        assert not journal.exists() or journal.stat().st_size == 0
        assert check(vault).ok
    assert not journal.exists()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MiB file system of its own: a tmpfs, which needs root (CI runs as root)."""
    if os.geteuid() != 0:
        pytest.skip("a small tmpfs needs root")
    folder = tmp_path / "small"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def _fill(folder: Path) -> Path:
    """Write a file until the disk is full, down to the last byte (unbuffered, so nothing is left
    waiting to be flushed)."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 4096, 512, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                continue
    finally:
        os.close(fd)
    return filler


@pytest.mark.slow
def test_a_full_disk_gives_a_clear_message_and_an_intact_vault(
    small_disk: Path, codebook: Codebook
) -> None:
    path = small_disk / "vault.db"
    with Vault.create(path, FIRST, unit="CLAS") as vault:
        CaseStore(vault, codebook).add_many([case(codebook, alias=f"a{i}") for i in range(20)])
    with Vault.open(path, FIRST) as vault:
        store = CaseStore(vault, codebook)
        filler = _fill(small_disk)
        big = [case(codebook, notes="x" * 2000) for _ in range(1000)]
        with pytest.raises(VaultWriteFailed, match="the disk is full; nothing was saved"):
            store.add_many(big)
        assert store.count() == 20
    with Vault.open(path, FIRST) as vault:  # the disk is still full
        assert check(vault).ok
        assert sorted(s.alias for s in CaseStore(vault, codebook).summaries()) == sorted(
            f"a{i}" for i in range(20)
        )
    filler.unlink()
    with Vault.open(path, FIRST) as vault:
        CaseStore(vault, codebook).add_many(big[:10])
        assert CaseStore(vault, codebook).count() == 30


@pytest.mark.slow
def test_a_backup_into_a_full_folder_fails_cleanly(
    small_disk: Path, vault: Vault, codebook: Codebook
) -> None:
    CaseStore(vault, codebook).add_many([case(codebook, notes="y" * 3000) for _ in range(300)])
    _fill(small_disk)
    with pytest.raises(VaultWriteFailed, match="the disk is full; no backup was written"):
        backup(vault, small_disk / "backup.db")
    assert [p.name for p in small_disk.iterdir()] == ["filler"]
    assert check(vault).ok


@pytest.mark.slow
def test_a_restore_onto_a_full_disk_changes_nothing(
    small_disk: Path, tmp_path: Path, codebook: Codebook
) -> None:
    from confidant_app.vault.restore import restore

    path = small_disk / "vault.db"
    saved = tmp_path / "backup.db"
    with Vault.create(path, FIRST, unit="CLAS") as vault:
        CaseStore(vault, codebook).add_many([case(codebook, notes="z" * 3000) for _ in range(200)])
        backup(vault, saved)  # outside the small disk, which is filled below
    before = path.read_bytes()
    _fill(small_disk)
    with pytest.raises(VaultWriteFailed, match="the disk is full; nothing was changed"):
        restore(saved, path, FIRST)
    assert path.read_bytes() == before
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "vault.db"]
