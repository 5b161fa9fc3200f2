"""Long work of the coordinator's workspace, off the interface thread: reading and merging export
files (``aggregate.collect.refresh``) on a worker (``ui.tasks``), with a progress bar and a
Cancel button in the window's status bar.

One job at a time: the window asks ``busy`` before it changes anything. The worker is given
copies (the workspace, the readings known so far, the codebook) and returns new ones; the window
takes them over only when the job ends well, so a cancelled or failed job leaves the workspace as
it was. Cancel is a request: the worker stops before the next file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar

from confidant_app.aggregate.collect import Collection, Reading, refresh
from confidant_app.aggregate.workspace import Workspace
from confidant_app.domain.codebook import Codebook
from confidant_app.ui.tasks import Progress, Task, run_in_thread


@dataclass(frozen=True)
class Outcome:
    workspace: Workspace
    readings: dict[Path, Reading]
    collection: Collection


class Jobs(QObject):
    """``finished(Outcome, then)`` or ``failed(exception)``, delivered on the GUI thread."""

    finished = Signal(object, object)
    failed = Signal(object)

    def __init__(self, status_bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(status_bar)
        # Wide enough for "Reading files: 10000 of 10000" from the start: a label that grows
        # with each step would make the bar beside it jump.
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("0" * 42))
        self.bar = QProgressBar(status_bar)
        self.bar.setMaximumWidth(260)
        self.cancel_button = QPushButton(status_bar)
        self.cancel_button.clicked.connect(self.cancel)
        status_bar.addPermanentWidget(self.label)
        status_bar.addPermanentWidget(self.bar)
        status_bar.addPermanentWidget(self.cancel_button)
        self._task: Task | None = None
        self._progress: Progress | None = None
        self._show(False)
        self.retranslate()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start(self, workspace: Workspace, readings: dict[Path, Reading], codebook: Codebook, *,
              add: Sequence[Path] = (), add_compare: Sequence[Path] = (),
              read_again: bool = False, then: Callable[[], None] | None = None) -> bool:
        """Start a job; False (and nothing done) while another runs."""
        if self.busy:
            return False
        progress = Progress()  # no parent: the worker holds it as long as it runs
        progress.step.connect(self._step)
        self._progress = progress
        cache, add, add_compare = dict(readings), list(add), list(add_compare)

        def work() -> Outcome:
            return Outcome(*refresh(workspace, cache, codebook, add=add, add_compare=add_compare,
                                    read_again=read_again, progress=progress.report,
                                    cancelled=progress.cancelled))

        self._show(True)
        self._task = run_in_thread(work, lambda outcome: self._done(outcome, then),
                                   self._fail, self)
        return True

    def cancel(self) -> None:
        if self._progress is not None:
            self._progress.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

    def _step(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(self.tr("Reading files: {done} of {total}").format(
            done=done, total=total))

    def _done(self, outcome: Outcome, then: Callable[[], None] | None) -> None:
        self._end()
        self.finished.emit(outcome, then)

    def _fail(self, exc: BaseException) -> None:
        self._end()
        self.failed.emit(exc)

    def _end(self) -> None:
        self._task = None
        self._progress = None
        self._show(False)

    def _show(self, busy: bool) -> None:
        self.bar.setRange(0, 0)  # "working" until the first step says how many files
        for widget in (self.label, self.bar, self.cancel_button):
            widget.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        if busy:
            self.label.setText(self.tr("Reading files…"))

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop reading; the workspace stays as it was"))
