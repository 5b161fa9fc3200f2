"""Import what the unlocked window needs while the confidant types the passphrase.

The unlock prompt is shown before the vault package, pydantic and the main window are imported
(they cost ~160 ms, half the time from the passphrase to the list). Once the prompt's first frame
is painted, a daemon thread imports them and loads the bundled codebook. Typing does not suffer:
Qt's event loop runs without the GIL, and a keystroke costs the interface thread well under a
millisecond of Python. The key derivation (``hashlib.scrypt``, which also releases the GIL) runs
beside it on its own worker, so on a second core the imports are done by the time the key is.

Nothing here touches the vault, a Qt object or any case data: only modules and the codebook of
the application's own resources. A failed import is left to the interface thread, which imports
the same module again when it needs it and reports the error there.
"""

from __future__ import annotations

import importlib
import logging
import threading

from PySide6.QtWidgets import QWidget

from confidant_app.ui.first_frame import AfterFirstFrame

log = logging.getLogger(__name__)

MODULES = (
    "confidant_app.vault.store",
    "confidant_app.vault.connection",
    "confidant_app.vault.retention",
    "confidant_app.vault.backup_policy",
    "confidant_app.settings",
    "confidant_app.ui.main_window",
)


def warm_up() -> None:
    """Import ``MODULES`` and load the default codebook (cached for the whole process)."""
    try:
        for name in MODULES:
            importlib.import_module(name)
        from confidant_app.domain.codebook import default_codebook

        default_codebook()
    except Exception:  # the interface thread meets the same error and reports it
        log.warning("preloading failed; the window will load what it needs itself",
                    exc_info=True)


class PreloadAfterFirstFrame(AfterFirstFrame):
    """Installed on a window: after its first frame, start ``warm_up`` on a daemon thread."""

    def __init__(self, window: QWidget) -> None:
        self.worker: threading.Thread | None = None
        super().__init__(window, self._start)

    def _start(self) -> None:
        self.worker = threading.Thread(target=warm_up, name="preload", daemon=True)
        self.worker.start()
