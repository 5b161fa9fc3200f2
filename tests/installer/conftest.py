"""The bundle's figures (size, build time) at the end of the run, where they are seen: a test
records them with ``record_property("bundle: <what>", value)``."""

from __future__ import annotations

from typing import Any

import pytest

FIGURES: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call":
        FIGURES.extend(f"{name[len('bundle: '):]}: {value}" for name, value in
                       report.user_properties if name.startswith("bundle: "))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if FIGURES:
        terminalreporter.section("bundle")
        for line in FIGURES:
            terminalreporter.write_line(line)
