"""The state of one coordinator's workspace, and every change to it: the ``Workspace`` (paths,
roster, year, threshold), the readings of its files, the decided ``Collection``, the file it was
saved to, and whether it changed since.

A change that needs files read or decided again runs as a job (``workspace_jobs``, off the
interface thread) and is taken over when the job ends well; a cancelled or failed job leaves the
state as it was. A change of the threshold or the roster needs no job: neither changes what a
file counts for. Listeners hear ``changed`` and show the state again; nothing here draws.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from confidant_app.aggregate.collect import Collection, Reading
from confidant_app.aggregate.roster import RosterStatus, check_roster
from confidant_app.aggregate.workspace import Workspace, load_workspace, save_workspace
from confidant_app.domain.codebook import default_codebook
from confidant_app.report.yearly import YearlyReport, yearly
from confidant_app.ui.workspace_jobs import Jobs, Outcome


class WorkspaceState(QObject):
    """``changed``: show the state again; ``busy_changed(bool)``: a job started or ended;
    ``failed(exception)``: a job failed or was cancelled (``collect.Cancelled``)."""

    changed = Signal()
    busy_changed = Signal(bool)
    failed = Signal(object)

    def __init__(self, jobs: Jobs, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.codebook = default_codebook()
        self.workspace = Workspace()
        self.readings: dict[Path, Reading] = {}
        self.collection: Collection | None = None
        self.path: Path | None = None  # the saved workspace file, once saved or opened
        self.dirty = False
        self.jobs = jobs
        jobs.finished.connect(self._done)
        jobs.failed.connect(self._failed)

    @property
    def busy(self) -> bool:
        return self.jobs.busy

    # -- changes that read or decide files: jobs --------------------------------------------

    def add_paths(self, paths: list[Path]) -> bool:
        """Export files, or folders of them (their ``.json`` files, subfolders included)."""
        return self._start(add=paths)

    def add_compare(self, paths: list[Path]) -> bool:
        return self._start(add_compare=paths)

    def remove(self, paths: list[Path]) -> bool:
        gone = set(paths)
        return self._start(replace(self.workspace,
                                   files=[p for p in self.workspace.files if p not in gone]))

    def remove_compare(self, paths: list[Path]) -> bool:
        gone = set(paths)
        return self._start(replace(self.workspace,
                                   compare=[p for p in self.workspace.compare if p not in gone]))

    def set_year(self, year: int | None) -> bool:
        return self._start(replace(self.workspace, year=year))

    def read_again(self) -> bool:
        return self._start(read_again=True)

    def load(self, path: Path) -> bool:
        """Open a saved workspace; its files are read afresh. Raises ``WorkspaceError`` (naming
        the file) for a file that is no workspace; False while another job runs."""
        loaded = load_workspace(path)

        def opened() -> None:
            self.path, self.dirty = Path(path), False

        return self._start(loaded, read_again=True, then=opened)

    def _start(self, workspace: Workspace | None = None, *, add: list[Path] | None = None,
               add_compare: list[Path] | None = None, read_again: bool = False,
               then: Callable[[], None] | None = None) -> bool:
        started = self.jobs.start(workspace or self.workspace, self.readings, self.codebook,
                                  add=add or [], add_compare=add_compare or [],
                                  read_again=read_again, then=then)
        if started:
            self.busy_changed.emit(True)
        return started

    def _done(self, outcome: Outcome, then: Callable[[], None] | None) -> None:
        self.dirty = self.dirty or outcome.workspace != self.workspace
        self.workspace, self.readings = outcome.workspace, outcome.readings
        self.collection = outcome.collection
        if then is not None:
            then()
        self.busy_changed.emit(False)
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.busy_changed.emit(False)
        self.failed.emit(exc)

    # -- changes of the view alone ------------------------------------------------------------

    def set_min_cell(self, min_cell: int) -> None:
        if min_cell != self.workspace.min_cell:
            self.workspace, self.dirty = replace(self.workspace, min_cell=min_cell), True
            self.changed.emit()

    def set_roster(self, entries: list[str]) -> None:
        if entries != self.workspace.roster:
            self.workspace, self.dirty = replace(self.workspace, roster=list(entries)), True
            self.changed.emit()

    def save(self, path: Path) -> None:
        """Raises ``WorkspaceError`` when the file cannot be written."""
        save_workspace(path, self.workspace)
        self.path, self.dirty = Path(path), False
        self.changed.emit()

    def reset(self) -> bool:
        if self.busy:
            return False
        self.workspace, self.readings, self.collection = Workspace(), {}, None
        self.path, self.dirty = None, False
        self.changed.emit()
        return True

    # -- what the state gives -----------------------------------------------------------------

    def roster_status(self) -> RosterStatus:
        merged = self.collection.merged if self.collection else None
        return check_roster(self.workspace.roster, merged.sources if merged else [])

    def report(self, *, exact: bool = False) -> YearlyReport | None:
        """The yearly report of the merged figures, earlier years beside them: published (the
        workspace's threshold) or, ``exact``, the coordinator's working view. None: no figures.
        Raises ``disclosure.DisclosureError`` for figures that cannot be protected."""
        collection = self.collection
        if collection is None or collection.merged is None:
            return None
        return yearly(collection.merged, self.codebook, compare=collection.compare,
                      min_cell=None if exact else self.workspace.min_cell)
