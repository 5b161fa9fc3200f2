"""The life cycle of the windows: first run or unlock, the main window, lock, unlock again.

The shell owns the order of a lock, whether asked for (Ctrl+L) or after the idle time:

1. disarm the idle timer;
2. clear the main window (table model emptied, filters and search text reset) and hide it;
3. close the vault through the session (the key is forgotten);
4. show the unlock dialog.

Windows are imported when first shown: the main window and the first-run assistant pull in the
vault and pydantic, which the unlock prompt must not wait for.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from confidant_app.ui.app import DEFAULT_IDLE_MINUTES, IdleLock, Translations
from confidant_app.ui.session import Session
from confidant_app.ui.unlock import UnlockDialog

if TYPE_CHECKING:
    from confidant_app.domain.labels import Language
    from confidant_app.ui.first_run import FirstRunDialog
    from confidant_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class Shell(QObject):
    """Shows the right window for the session's state. ``quit_requested``: the user is done."""

    quit_requested = Signal()

    def __init__(self, app: QApplication, translations: Translations, session: Session, *,
                 idle_minutes: float = DEFAULT_IDLE_MINUTES,
                 demo_passphrase: str | None = None) -> None:
        super().__init__()
        self.session = session
        self.translations = translations
        self.idle = IdleLock(app, idle_minutes, parent=self)
        self.idle.timed_out.connect(self._idle_timeout)
        self._demo_passphrase = demo_passphrase
        self.unlock_dialog: UnlockDialog | None = None
        self.first_run: FirstRunDialog | None = None
        self.main_window: MainWindow | None = None
        app.aboutToQuit.connect(self.shutdown)

    @property
    def language(self) -> Language:
        return "en" if self.translations.language == "en" else "nl"

    def start(self) -> None:
        if self.session.is_open:
            self.show_main()
        elif self.session.path.exists():
            self.show_unlock()
        else:
            self.show_first_run()

    # -- windows ----------------------------------------------------------------------------

    def show_unlock(self) -> None:
        if self.unlock_dialog is None:
            self.unlock_dialog = UnlockDialog(self.session, demo_passphrase=self._demo_passphrase)
            self.unlock_dialog.accepted.connect(self.show_main)
            self.unlock_dialog.rejected.connect(self.quit_requested)
        self.unlock_dialog.set_vault(self.session.path)
        self.unlock_dialog.show()
        self.unlock_dialog.raise_()
        self.unlock_dialog.activateWindow()

    def show_first_run(self) -> None:
        from confidant_app.domain.codebook import default_codebook
        from confidant_app.ui.first_run import FirstRunDialog

        self.first_run = FirstRunDialog(self.session, self.session.path, default_codebook(),
                                        self.language)
        self.first_run.accepted.connect(self.show_main)
        self.first_run.rejected.connect(self.quit_requested)
        self.first_run.show()

    def show_main(self) -> None:
        if self.main_window is None:
            from confidant_app.ui.main_window import MainWindow

            self.main_window = MainWindow(self.session, self.language)
            self.main_window.lock_requested.connect(self.lock)
            self.main_window.closed.connect(self.quit_requested)
        self.main_window.show_vault()
        self.main_window.show()
        self.main_window.activateWindow()
        self.idle.arm()

    # -- locking and language ---------------------------------------------------------------

    def lock(self) -> None:
        self.idle.disarm()
        if self.main_window is not None:
            self.main_window.clear()
            self.main_window.hide()
        self.session.lock()
        self.show_unlock()

    def _idle_timeout(self) -> None:
        log.info("idle time reached: locking")
        self.lock()

    def set_language(self, language: Language) -> None:
        self.translations.set_language(language)
        for window in (self.main_window, self.first_run):
            if window is not None:
                window.set_language(language)

    def shutdown(self) -> None:
        """Close the vault when the application ends, however it ends."""
        self.idle.disarm()
        self.session.lock()

    def windows(self) -> list[QWidget]:
        return [w for w in (self.unlock_dialog, self.first_run, self.main_window) if w is not None]
