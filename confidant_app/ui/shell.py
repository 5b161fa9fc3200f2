"""The life cycle of the windows: first run or unlock, the main window, lock, unlock again.

The shell owns the order of a lock, whether asked for (Ctrl+L) or after the idle time:

1. disarm the idle timer;
2. clear the main window (table model emptied, filters and search text reset) and hide it;
3. close the vault through the session (the key is forgotten);
4. show the unlock dialog.

Windows are imported when first shown: the main window and the first-run assistant pull in the
vault and pydantic, which the unlock prompt must not wait for. For the same reason the settings
(a pydantic model) are loaded when the main window is first shown; the language was already read
for the prompt (``__main__.saved_language``). The shell owns the settings: it loads them, saves
what the settings dialog returns, and applies them (language, idle time, unit of new cases).
Command-line options (``--lang``, ``--idle-minutes``) override them for one run; choosing OK in
the settings dialog applies what it shows.

Backups, restore and the clipboard (issue 7):

- **automatic backups** are the shell's: at every lock and at the end, before the vault closes,
  ``Session.automatic_backup`` writes a rotating backup into the settings' folder if one is due
  (after changes, once a day at most: ``vault.backup_policy``). About 60 ms for 10,000 cases, so
  the lock does it on this thread. A failure never stops the lock; it is said over the unlock
  dialog (at the end, only logged). The throwaway demo vault is never backed up.
- **restore** replaces the open vault, so it runs under the shell's lock (``restore_flow``): the
  restore dialog asks for the lock once the confidant has confirmed, the shell locks, the dialog
  restores, and the unlock dialog returns over the restored vault, naming the backup.
- **restore from the start screen** is for the vault that will not open (a damaged file) or is
  gone: the unlock dialog's and the first-run assistant's **Restore a backup…** point the session
  at the vault they name (the unlock dialog's file, or the place the assistant would create one)
  and open the same dialog, which keeps the file replaced (nobody saw what it holds). Choose…
  opens in the backup folder of the settings, and the newest automatic backup there is offered.
- **the clipboard**: one ``SecretClipboard`` takes over every widget's copy from the first main
  window on, and is cleared at every lock and at the end.

The coordinator's workspace opens from the start screen (unlock or first run: a coordinator
needs no vault) and from the main window. It opens no vault and holds no case data, so a lock
leaves it open. Opened from the start screen, it takes that screen's place, and closing it brings
the start screen back.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

# ``QtCore.Qt``, not ``Qt`` by name: see ``ui.unlock`` (this module loads before the prompt).
from PySide6 import QtCore
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from confidant_app import paths
from confidant_app.errors import UserError
from confidant_app.ui.app import DEFAULT_IDLE_MINUTES, IdleLock, Translations
from confidant_app.ui.first_frame import AfterFirstFrame
from confidant_app.ui.restore_flow import RestoreFlow
from confidant_app.ui.session import Session
from confidant_app.ui.unlock import UnlockDialog

if TYPE_CHECKING:
    from confidant_app.domain.labels import Language
    from confidant_app.settings import Settings
    from confidant_app.ui.clipboard import SecretClipboard
    from confidant_app.ui.coordinator_workspace import CoordinatorWorkspace
    from confidant_app.ui.first_run import FirstRunDialog
    from confidant_app.ui.main_window import MainWindow
    from confidant_app.ui.restore_dialog import RestoreDialog
    from confidant_app.vault.backup import RotatingBackup
    from confidant_app.vault.restore import Restored

log = logging.getLogger(__name__)


class Shell(QObject):
    """Shows the right window for the session's state. ``quit_requested``: the user is done;
    ``window_shown(window)``: the shell has just shown this window."""

    quit_requested = Signal()
    window_shown = Signal(QWidget)

    def __init__(self, app: QApplication, translations: Translations, session: Session, *,
                 idle_minutes: float | None = None, settings_file: Path | None = None,
                 demo_passphrase: str | None = None) -> None:
        super().__init__()
        self.session = session
        self.translations = translations
        self.settings_file = settings_file or paths.settings_path()
        self.settings: Settings | None = None  # loaded with the first main window
        self.settings_problem: QMessageBox | None = None
        self._idle_override = idle_minutes
        self.idle = IdleLock(app, idle_minutes or DEFAULT_IDLE_MINUTES, parent=self)
        self.idle.timed_out.connect(self._idle_timeout)
        self._demo_passphrase = demo_passphrase
        self.unlock_dialog: UnlockDialog | None = None
        self.first_run: FirstRunDialog | None = None
        self.main_window: MainWindow | None = None
        self.workspace: CoordinatorWorkspace | None = None
        self.notice_box: QMessageBox | None = None  # a failed backup or a done restore
        # Made with the first main window: the unlock prompt holds nothing worth copying, and
        # the module's import is kept off the way to the prompt.
        self.clipboard: SecretClipboard | None = None
        self._app = app
        self.restore = RestoreFlow(session, self._close_vault, self._show_start, self._notice,
                                   parent=self)
        self.restore.restored.connect(self._name_restored)
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
            self.unlock_dialog.coordinator_requested.connect(self.open_workspace)
            self.unlock_dialog.restore_requested.connect(self.restore_from_start)
            if self.main_window is None:
                from confidant_app.ui.preload import PreloadAfterFirstFrame

                PreloadAfterFirstFrame(self.unlock_dialog)
        self.unlock_dialog.set_vault(self.session.path)
        self.unlock_dialog.show()
        self.unlock_dialog.raise_()
        self.unlock_dialog.activateWindow()
        self.window_shown.emit(self.unlock_dialog)

    def show_first_run(self) -> None:
        from confidant_app.domain.codebook import default_codebook
        from confidant_app.ui.first_run import FirstRunDialog

        self.first_run = FirstRunDialog(self.session, self.session.path, default_codebook(),
                                        self.language)
        self.first_run.accepted.connect(self.show_main)
        self.first_run.rejected.connect(self.quit_requested)
        self.first_run.coordinator_requested.connect(self.open_workspace)
        self.first_run.restore_requested.connect(self.restore_from_start)
        found = self._backups_of(self.session.path)
        if found:
            self.first_run.offer_backups(len(found), found[-1].made)
        self.first_run.show()
        self.window_shown.emit(self.first_run)

    def show_main(self) -> None:
        if self.main_window is None:
            from confidant_app.ui.main_window import MainWindow

            self.main_window = MainWindow(self.session, self.language)
            self.main_window.lock_requested.connect(self.lock)
            self.main_window.settings_requested.connect(self.open_settings)
            self.main_window.coordinator_requested.connect(self.open_workspace)
            self.main_window.closed.connect(self.quit_requested)
            self.main_window.restore_requested.connect(
                lambda: self.restore.open(self.main_window))
            from confidant_app.ui.clipboard import SecretClipboard

            self.clipboard = SecretClipboard(self._app, parent=self)
            # Its filter on the application goes in after the first frame, as the idle lock's
            # (``IdleLock``: the first events through such a filter cost ~20 ms). The backstop
            # (``_mark_strays``) marks any copy made before then.
            AfterFirstFrame(self.main_window, self.clipboard.install)
        if self.settings is None:
            self._load_settings()
        self.main_window.show_vault()
        self.main_window.show()
        self.main_window.activateWindow()
        self.idle.arm(watch_after=self.main_window)
        self.window_shown.emit(self.main_window)

    # -- restoring from the start screen ---------------------------------------------------

    def _start_window(self) -> UnlockDialog | FirstRunDialog | None:
        for dialog in (self.unlock_dialog, self.first_run):
            if dialog is not None and dialog.isVisible():
                return dialog
        return None

    def restore_from_start(self) -> RestoreDialog | None:
        """The start screen's **Restore a backup…**: the vault it names is the one replaced."""
        start = self._start_window()
        if start is None or self.session.is_open:
            return None
        path = start.path if isinstance(start, UnlockDialog) else start.location()
        self.session.point_at(path)
        found = self._backups_of(path)
        return self.restore.open(start, from_start=True, start_folder=self._backup_folder(path),
                                 backup=found[-1].path if found else None)

    def _backup_folder(self, vault: Path) -> Path:
        """Where the automatic backups of ``vault`` go, by the settings (read here if no main
        window has read them yet; a damaged file gives the default, as it would there)."""
        if self.settings is not None:
            return self.settings.backup_dir(vault)
        from confidant_app.settings import load

        return load(self.settings_file).settings.backup_dir(vault)

    def _backups_of(self, vault: Path) -> list[RotatingBackup]:
        """The automatic backups in the backup folder of ``vault``, oldest first."""
        from confidant_app.vault.backup import rotating_backups

        try:
            return rotating_backups(self._backup_folder(vault))
        except OSError:
            return []  # a folder out of reach offers nothing; Choose… still finds the rest

    def _show_start(self) -> None:
        """Once a restore has ended: the unlock dialog over the session's vault, or, when there
        is still none (a restore from the first-run assistant that failed), the assistant as it
        was left."""
        if self.session.path.exists():
            if self.first_run is not None and self.first_run.isVisible():
                self.first_run.forget_passphrases()
                self.first_run.hide()  # not closed: a rejected assistant means quit
            self.show_unlock()
        elif self.first_run is not None:
            self.first_run.show()
        else:
            self.show_first_run()

    def _name_restored(self, result: Restored, backup: Path | None) -> None:
        if self.unlock_dialog is not None and backup is not None:
            self.unlock_dialog.show_restored(backup, result.kept)

    def open_workspace(self) -> CoordinatorWorkspace:
        """The coordinator's workspace, one per application; from the start screen it takes the
        start dialog's place (hidden, not closed: closing it would quit)."""
        if self.workspace is None:
            from confidant_app.ui.coordinator_workspace import CoordinatorWorkspace

            self.workspace = CoordinatorWorkspace(self.language)
            self.workspace.closed.connect(self._workspace_closed)
        for dialog in (self.unlock_dialog, self.first_run):
            if dialog is not None and dialog.isVisible():
                dialog.hide()
        self.workspace.show()
        self.workspace.raise_()
        self.workspace.activateWindow()
        return self.workspace

    def _workspace_closed(self) -> None:
        if self.main_window is not None and self.main_window.isVisible():
            return
        # Back to the start screen: the first-run assistant as it was left, or the unlock prompt.
        if self.first_run is not None and not self.session.is_open \
                and not self.session.path.exists():
            self.first_run.show()
        else:
            self.start()

    # -- settings ---------------------------------------------------------------------------

    def _load_settings(self) -> None:
        from confidant_app.settings import load

        loaded = load(self.settings_file)
        # The language was settled before the unlock prompt (``--lang``, else this same file);
        # switching it here would only undo a ``--lang`` given for this run.
        self.apply_settings(loaded.settings, language=False)
        if loaded.problem:
            log.warning("settings file: %s; defaults used", loaded.problem)
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Settings"), self.tr(
                "The settings file could not be read ({problem}), so the default settings are "
                "used for what could not be read. Choosing OK in Settings writes a new file."
            ).format(problem=loaded.problem), QMessageBox.StandardButton.Ok, self.main_window)
            box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
            self.settings_problem = box
            box.open()

    def apply_settings(self, settings: Settings, *, language: bool = True) -> None:
        self.settings = settings
        if self._idle_override is None:
            self.idle.set_minutes(settings.idle_lock_minutes)
        if self.main_window is not None:
            self.main_window.cases.default_unit = settings.default_unit
            self.main_window.care.settings = settings
        if language and settings.language != self.language:
            self.set_language(settings.language)

    def open_settings(self) -> None:
        from confidant_app.settings import Settings
        from confidant_app.ui.settings_dialog import SettingsDialog

        # The language shown is the one in use (``--lang`` may differ from the saved one).
        shown = (self.settings or Settings()).model_copy(update={"language": self.language})
        dialog = SettingsDialog(shown, self.session.codebook, self.language,
                                demo=self.session.demo, parent=self.main_window)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._settings_chosen(dialog.chosen))
        dialog.open()

    def _settings_chosen(self, settings: Settings | None) -> None:
        from confidant_app.settings import save

        if settings is None:
            return
        try:
            save(settings, self.settings_file)
        except OSError as exc:
            log.warning("settings not saved: %s", type(exc).__name__)
            QMessageBox.warning(self.main_window, self.tr("Settings"), self.tr(
                "The settings could not be saved ({reason}); they apply until you quit."
            ).format(reason=exc.strerror or type(exc).__name__))
        self.apply_settings(settings)

    # -- locking and language ---------------------------------------------------------------

    def lock(self) -> None:
        problem = self._close_vault()
        self.show_unlock()
        if problem:
            self._notice(QMessageBox.Icon.Warning, self.tr("Automatic backup"), problem)

    def _close_vault(self) -> str | None:
        """The steps of a lock before the unlock dialog; returns why the automatic backup
        failed, if it did."""
        self.idle.disarm()
        if self.clipboard is not None:
            self.clipboard.clear()
        self.restore.close_at_lock()
        if self.main_window is not None:
            self.main_window.clear()
            self.main_window.hide()
        problem = self._automatic_backup()
        self.session.lock()
        return problem

    def _automatic_backup(self) -> str | None:
        if not self.session.is_open or self.session.demo or self.settings is None:
            return None
        folder = self.settings.backup_dir(self.session.path)
        try:
            made = self.session.automatic_backup(folder, self.settings.backup_keep)
        except UserError as exc:
            from confidant_app.ui.care_actions import backup_problem

            log.warning("automatic backup failed: %s", type(exc).__name__)
            return self.tr("The automatic backup could not be made. {reason} Back up by hand "
                           "(Vault menu) once the problem is solved.").format(
                               reason=backup_problem(exc))
        if made is not None:
            log.info("automatic backup written (%d KiB, %d older removed)",
                     made.written.size // 1024, len(made.removed))
        return None

    def _notice(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        parent = self._start_window() or self.unlock_dialog or self.main_window
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _code: setattr(self, "notice_box", None))
        self.notice_box = box
        box.open()


    def _idle_timeout(self) -> None:
        log.info("idle time reached: locking")
        self.lock()

    def set_language(self, language: Language) -> None:
        self.translations.set_language(language)
        for window in (self.main_window, self.first_run, self.workspace):
            if window is not None:
                window.set_language(language)

    def shutdown(self) -> None:
        """Close the vault when the application ends, however it ends (after an automatic
        backup, if one is due: a failure is logged, there is no window left to say it in)."""
        self.idle.disarm()
        if self.clipboard is not None:
            self.clipboard.clear()
        self._automatic_backup()
        self.session.lock()

    def windows(self) -> list[QWidget]:
        return [w for w in (self.unlock_dialog, self.first_run, self.main_window, self.workspace,
                            self.restore.dialog) if w is not None]
