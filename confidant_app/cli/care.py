"""Vault care commands: ``init``, ``passwd``, ``check``."""

from __future__ import annotations

import argparse

from confidant_app.cli import passphrase
from confidant_app.cli.session import open_store, vault_path
from confidant_app.domain.codebook import default_codebook
from confidant_app.errors import UserError
from confidant_app.vault import Vault, VaultExists
from confidant_app.vault.care import check as run_check


def init(args: argparse.Namespace) -> int:
    path = vault_path(args)
    if path.exists():  # checked before asking for a passphrase; create() checks again
        raise VaultExists(f"{path}: a file of that name exists already; not touched")
    codebook = default_codebook()
    unit = (args.unit or "").upper()
    if unit and not codebook.is_valid("unit", unit):
        raise UserError(
            f"--unit: unknown unit {args.unit!r}; valid: {', '.join(codebook.codes('unit'))}"
        )
    secret = passphrase.new(args.passphrase_file)
    with Vault.create(path, secret, unit=unit, label=args.label) as vault:
        print(f"created {path}")
        print(f"source id {vault.source_id}; unit {unit or '(none)'}")
        print("keep the passphrase safe: it cannot be recovered, and without it the cases are gone")
    return 0


def passwd(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        new = passphrase.new(args.new_passphrase_file, env_name="CONFIDANT_NEW_PASSPHRASE")
        store.vault.change_passphrase(new)
        print(f"passphrase changed for {store.vault.path}")
    return 0


def check(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        report = run_check(store.vault)
    print(
        f"vault {vault_path(args)}: schema {report.schema_version}, {report.cases} cases, "
        f"{report.pages} pages of {report.page_size} bytes"
    )
    if report.ok:
        print("integrity: ok (page checksums, database structure, file size)")
        return 0
    for problem in report.problems:
        print(f"problem: {problem}")
    raise UserError(
        f"{len(report.problems)} integrity problems in {vault_path(args)}; restore a backup"
    )
