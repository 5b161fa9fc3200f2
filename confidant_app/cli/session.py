"""Opening the vault for a command: path and passphrase rules in one place."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path

from confidant_app import paths
from confidant_app.cli import passphrase
from confidant_app.domain.codebook import default_codebook
from confidant_app.vault import CaseStore, Vault


def vault_path(args: argparse.Namespace) -> Path:
    return paths.vault_path(args.vault, args.data_dir)


@contextlib.contextmanager
def open_store(args: argparse.Namespace) -> Iterator[CaseStore]:
    path = vault_path(args)
    secret = passphrase.current(args.passphrase_file)
    with Vault.open(path, secret) as vault:
        yield CaseStore(vault, default_codebook(vault.taxonomy_id))
