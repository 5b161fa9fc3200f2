"""Run something once a window's first frame is on screen.

What a window does not need for its first frame waits for this, so the window appears sooner: the
preload of the unlocked window's modules (``ui.preload``), the parts of the unlock prompt that
would make PySide6 build the whole ``Qt`` namespace first (``ui.unlock``), the idle lock's and the
clipboard guard's application-wide event filters (``ui.app.IdleLock``, ``ui.shell``), the main
window's backup age and retention reminder (``ui.main_window``), and the benchmark's report
(``ui.app.ExitAtFirstFrame``).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstFrame(QObject):
    """Installed on ``window`` alone: calls ``callback`` once, after the window's first paint.

    A filter on the window, not on the application: an application filter makes PySide6 wrap
    every event of every object in Python. The window's own paint event comes before its
    children's, so the call waits for a zero timer, which runs once the whole frame is painted.
    The timer belongs to this object, a child of the window: a window deleted first cancels it.
    The object deletes itself once it has called back, so a window shown again and again (after
    every unlock) does not collect them. ``cancel`` drops a call not made yet: a window hidden
    before its first frame (a lock) would otherwise make it at its next one, beside the new
    call that showing it again schedules.
    """

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._callback = callback
        self._cancelled = False
        window.installEventFilter(self)

    def cancel(self) -> None:
        # Gone already if its window was deleted first: then so is the call.
        if not self._cancelled and shiboken6.isValid(self):
            self._cancelled = True
            self._window.removeEventFilter(self)
            self.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._call)
        return False

    def _call(self) -> None:
        if self._cancelled:  # the timer may fire before the deferred delete is processed
            return
        self._cancelled = True
        try:
            self._callback()
        finally:
            self.deleteLater()
