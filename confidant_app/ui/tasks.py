"""Work off the interface thread: run one callable on Qt's thread pool and hear back by signal.

    task = Task(lambda: read_cases(path, codebook), parent=dialog)
    task.done.connect(show_cases)        # the return value, delivered on the GUI thread
    task.failed.connect(show_problem)    # the exception, delivered on the GUI thread
    task.start()

What the callable may do: compute with plain values it was given (a path, the codebook, a
passphrase and a salt) and return plain values. What it may not do: touch a widget, or the vault.
The vault connection has one owner, the GUI thread's ``Session``; SQLite connections refuse to be
used from a second thread, and a second connection would mean a second key in memory.

Why the pieces are shaped so:

- The worker emits through a ``_Relay`` that belongs to no parent: the task may be deleted (its
  dialog closed at a lock) while the worker still runs, and the relay must outlive that. Qt drops a
  queued delivery to a receiver that no longer exists, so a late result reaches no one.
- Long work (reading a thousand export files) reports through a ``Progress``: it belongs to no
  parent for the same reason as the relay, and the worker asks it whether to stop between steps
  (a thread cannot be stopped from outside; the work has to notice).
- An exception crosses without its traceback: the traceback's frames hold the worker's locals (a
  passphrase, the rows of an import file) and would keep them alive as long as anyone holds the
  exception. A bug's traceback is written to the log first, in the worker; it holds code lines and
  the message, which by the core's rule never carries case data.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from confidant_app.errors import UserError

log = logging.getLogger(__name__)


class _Relay(QObject):
    succeeded = Signal(object)
    raised = Signal(object)


class Progress(QObject):
    """Shared by the GUI thread and one worker: the worker calls ``report(done, total)`` (heard
    on the GUI thread as ``step``) and asks ``cancelled()``; the GUI thread calls ``cancel()``.
    Reports are thinned to about every half percent: a queued signal per file of a thousand would
    only make the interface repaint for nothing."""

    step = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()  # no parent: the worker may still report after a window has gone
        self._stop = threading.Event()
        self._last = -1

    def report(self, done: int, total: int) -> None:
        if done == total or done == 0 or (done - self._last) * 200 >= total:
            self._last = done
            self.step.emit(done, total)

    def cancel(self) -> None:
        self._stop.set()

    def cancelled(self) -> bool:
        return self._stop.is_set()


class Task(QObject):
    """One run of ``work`` on the global thread pool; ``done(result)`` or ``failed(exception)``."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work: Callable[[], Any] | None = work
        self._relay = _Relay()
        self._relay.succeeded.connect(self._deliver)
        self._relay.raised.connect(self._fail)
        self.running = False

    def start(self) -> None:
        if self._work is None or self.running:
            raise RuntimeError("a task runs once")
        work, relay = self._work, self._relay
        self._work = None
        self.running = True

        def run() -> None:
            try:
                result = work()
            except BaseException as exc:  # every failure must reach the GUI thread
                if not isinstance(exc, UserError):
                    log.error("background task failed\n%s", traceback.format_exc())
                relay.raised.emit(exc.with_traceback(None))
            else:
                relay.succeeded.emit(result)

        QThreadPool.globalInstance().start(run)

    def _deliver(self, result: object) -> None:
        self.running = False
        self.done.emit(result)

    def _fail(self, exc: object) -> None:
        self.running = False
        self.failed.emit(exc)


def run_in_thread(work: Callable[[], Any], on_done: Callable[[Any], None],
                  on_failed: Callable[[BaseException], None], parent: QObject) -> Task:
    """Start ``work`` now; the handlers run on the GUI thread (never if ``parent`` is gone)."""
    task = Task(work, parent)
    task.done.connect(on_done)
    task.failed.connect(on_failed)
    task.start()
    return task


def wait_for_tasks(msecs: int = 30_000) -> bool:
    """Block until the pool is idle (tests and shutdown: no worker may outlive the application)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
