"""Shared fixtures: a fresh vault in a temporary folder per test, and the shipped codebook.

Vaults made here use scrypt N=2**14 (``CONFIDANT_KDF_LOG2N``) instead of the calibrated ~1 s, so
the suite creates hundreds of real SQLCipher vaults in seconds; the derivation is the same code.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("CONFIDANT_KDF_LOG2N", "14")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never let a test reach the real user's data folder.
os.environ.pop("CONFIDANT_VAULT", None)
os.environ.pop("CONFIDANT_PASSPHRASE", None)

from confidant_app.domain.codebook import Codebook, default_codebook
from confidant_app.vault import CaseStore, Vault

PASSPHRASE = "kiwi-tractor-lantern-42"


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONFIDANT_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture
def codebook() -> Codebook:
    return default_codebook()


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault" / "vault.db"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    v = Vault.create(vault_path, PASSPHRASE, unit="CLAS", label="test vault")
    yield v
    v.close()


@pytest.fixture
def store(vault: Vault, codebook: Codebook) -> CaseStore:
    return CaseStore(vault, codebook)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """The hostile-input figures (``support.hostile``), when the hostile-file tests ran."""
    from support.hostile import TALLY

    lines = TALLY.lines()
    if lines:
        terminalreporter.section("hostile input")
        for line in lines:
            terminalreporter.write_line(line)
