"""``check`` finds what each SQLCipher check alone would miss."""

from __future__ import annotations

from pathlib import Path

import pytest

from confidant_app.domain.case import make_case
from confidant_app.domain.codebook import Codebook
from confidant_app.vault import CaseStore, Vault, WrongPassphrase
from confidant_app.vault.care import check
from confidant_app.vault.schema import SCHEMA_VERSION

PASSPHRASE = "care-check-passphrase"


def _vault_with_cases(path: Path, codebook: Codebook, n: int = 300) -> None:
    with Vault.create(path, PASSPHRASE, unit="BS") as vault:
        CaseStore(vault, codebook).add_many(
            [
                make_case(
                    {
                        "opened": "2025-01-05",
                        "unit": "BS",
                        "role": "MIL",
                        "categories": ["WB.DRK"],
                        "notes": "x" * 200,
                    },
                    codebook,
                )
                for _ in range(n)
            ]
        )


def test_healthy_vault_passes(vault_path: Path, codebook: Codebook) -> None:
    _vault_with_cases(vault_path, codebook)
    with Vault.open(vault_path, PASSPHRASE) as vault:
        report = check(vault)
    assert report.ok and report.cases == 300 and report.schema_version == SCHEMA_VERSION
    assert report.pages * report.page_size == report.file_size


def test_file_cut_at_a_page_boundary_is_found(vault_path: Path, codebook: Codebook) -> None:
    _vault_with_cases(vault_path, codebook)
    data = vault_path.read_bytes()
    vault_path.write_bytes(data[: len(data) - 4096 * 3])
    try:
        with Vault.open(vault_path, PASSPHRASE) as vault:
            report = check(vault)
    except WrongPassphrase:
        return  # refusing to open at all is also a correct verdict
    assert not report.ok


def test_flipped_byte_in_a_data_page_is_found(vault_path: Path, codebook: Codebook) -> None:
    _vault_with_cases(vault_path, codebook)
    data = bytearray(vault_path.read_bytes())
    data[4096 * 5 + 700] ^= 0x01
    vault_path.write_bytes(bytes(data))
    with Vault.open(vault_path, PASSPHRASE) as vault:
        report = check(vault)
    assert not report.ok
    assert any("HMAC" in p or "hmac" in p.lower() or "page" in p for p in report.problems)


@pytest.mark.parametrize("extra", [b"\x00" * 100, b"\x00" * 4096])
def test_padded_file_is_found(vault_path: Path, codebook: Codebook, extra: bytes) -> None:
    _vault_with_cases(vault_path, codebook, 10)
    with vault_path.open("ab") as handle:
        handle.write(extra)
    with Vault.open(vault_path, PASSPHRASE) as vault:
        report = check(vault)
    assert not report.ok
