"""The ``confidant`` fixture: the real command in a child process, its vault in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.cli import Runner, make_runner


@pytest.fixture
def confidant(tmp_path: Path) -> Runner:
    return make_runner(tmp_path)
