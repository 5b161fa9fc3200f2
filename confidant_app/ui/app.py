"""The application object, its translations, and the idle lock.

Only PySide6 and light standard modules are imported here: this module is loaded before the unlock
prompt is shown, and the prompt must appear before pydantic or openpyxl are imported.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    QTranslator,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget

from confidant_app import APP_AUTHOR, APP_NAME, __version__
from confidant_app.resources import resource_path
from confidant_app.ui.first_frame import AfterFirstFrame

log = logging.getLogger(__name__)

# ``CONFIDANT_BENCH_MARKER=UnlockDialog`` (or ``MainWindow``): for ``benchmarks/gui.py`` only.
BENCH_MARKER = "CONFIDANT_BENCH_MARKER"
LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
DEFAULT_IDLE_MINUTES = 5.0


def create_application(argv: list[str]) -> QApplication:
    """The one ``QApplication`` (an existing one is reused, as under pytest-qt)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("confidant-app")
    # The shell decides when the application ends: between a lock and the next unlock, or while
    # one dialog hides and the next window shows, no window may be visible for a moment.
    app.setQuitOnLastWindowClosed(False)
    return app


def route_qt_messages() -> None:
    """Send Qt's own warnings to our log: a confidant never has a terminal open to see them."""
    qt_log = logging.getLogger("qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def demo_title(title: str, demo: bool) -> str:
    """A window title, marked on every window while the throwaway demo vault is open."""
    if not demo:
        return title
    return QCoreApplication.translate("Demo", "DEMO") + " · " + title


class Translations:
    """Qt's own strings (buttons, context menus) and ours, for one language at a time.

    Installing a translator sends every widget a ``LanguageChange`` event; widgets answer it by
    re-running ``retranslateUi``, so the language can change while the application runs.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = ""

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
        self.uninstall()
        catalogues = [
            (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            (f"confidant_{language}", str(resource_path("i18n"))),
        ]
        for name, folder in catalogues:
            translator = QTranslator(self._app)
            if translator.load(name, folder):
                self._app.installTranslator(translator)
                self._installed.append(translator)
            elif name.startswith("confidant_"):
                # Our own catalogue missing means a broken build. Qt's is optional: a frozen build
                # may leave it out, and standard buttons then stay English.
                log.warning("translation catalogue %s not loaded from %s", name, folder)
        self.language = language

    def uninstall(self) -> None:
        """Back to the source strings (English)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.language = ""


class IdleLock(QObject):
    """Emits ``timed_out`` after a span without keyboard, mouse or touch input.

    An event filter on the application sees every input event before any widget does; each one
    restarts a single-shot timer. The filter is installed only while the lock is armed, so a locked
    application pays nothing for it.

    ``arm(watch_after=window)`` starts the timer at once but installs the filter only once that
    window's first frame is painted: the first events through an application-wide Python filter
    make PySide6 resolve every class it has not built yet (some 130 enums, ~20 ms), and that
    should not delay the unlocked window. Until then input does not restart the count; should the
    frame never come, the lock still falls due: it fails towards locking.
    """

    timed_out = Signal()

    _INPUT = frozenset({
        QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
        QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
        QEvent.Type.InputMethod,
    })

    def __init__(self, app: QCoreApplication, minutes: float = DEFAULT_IDLE_MINUTES,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expire)
        self._watching = False
        self._pending: AfterFirstFrame | None = None
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        if minutes <= 0:
            raise ValueError("the idle time must be positive")
        self._timer.setInterval(max(1, round(minutes * 60_000)))

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    @property
    def armed(self) -> bool:
        return self._timer.isActive()

    @property
    def watching(self) -> bool:
        """Whether input restarts the count yet (see ``arm``)."""
        return self._watching

    def arm(self, *, watch_after: QWidget | None = None) -> None:
        self._cancel_pending()
        self._timer.start()
        if watch_after is None:
            self._watch()
        else:
            self._pending = AfterFirstFrame(watch_after, self._watch)

    def _watch(self) -> None:
        self._pending = None
        if self._timer.isActive() and not self._watching:
            self._app.installEventFilter(self)
            self._watching = True

    def disarm(self) -> None:
        self._cancel_pending()
        self._timer.stop()
        self._app.removeEventFilter(self)
        self._watching = False

    def _cancel_pending(self) -> None:
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._INPUT:
            self._timer.start()
        return False

    def _expire(self) -> None:
        self.disarm()
        self.timed_out.emit()


def report_first_frame(window: QWidget, window_class: str) -> None:
    """For ``benchmarks/gui.py`` only: end the process at the first frame of ``window`` if it is
    of the class named (``ExitAtFirstFrame``)."""
    if type(window).__name__ == window_class:
        ExitAtFirstFrame(window)


class ExitAtFirstFrame(AfterFirstFrame):
    """For ``benchmarks/gui.py`` only: once ``window``'s first frame is painted, print
    ``CONFIDANT_BENCH_MARKER <class> <VmRSS in KiB>`` and end the process at once.

    ``__main__`` installs it on the window alone, when ``CONFIDANT_BENCH_MARKER`` names the class
    of a window the shell shows (an application-wide filter would cost the start some 30 ms).
    Installed after the window's own ``AfterFirstFrame`` steps, it sees the paint first and so
    reports before they run: they come after the frame and do not delay it.
    """

    def __init__(self, window: QWidget) -> None:
        self._window_class = type(window).__name__
        super().__init__(window, self._report)

    def _report(self) -> None:
        rss = 0
        try:
            with open("/proc/self/status", encoding="ascii") as status:
                rss = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
        except (OSError, StopIteration, ValueError):
            pass  # not Linux: the benchmark then reports no memory figure
        print(f"{BENCH_MARKER} {self._window_class} {rss}", flush=True)
        os._exit(0)  # no teardown: the benchmark times the start, not the exit
