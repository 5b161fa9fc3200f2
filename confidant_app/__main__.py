"""Start the desktop client: ``confidant-app`` or ``python -m confidant_app``.

``main`` starts up in this order:

1. args: ``--vault PATH``, ``--data-dir DIR``, ``--demo``, ``--lang nl|en``, ``--idle-minutes N``
   (the last two override the saved settings for this run); ``--self-test`` instead runs
   ``confidant_app.selftest`` (a temporary vault, a case, an export, a referral sheet: what an
   installer's build must be able to do) and exits, touching no user data;
2. paths: the data folder, the vault file and the settings file (``confidant_app.paths``); with
   ``--demo``, a throwaway vault full of made-up cases in a temporary folder, which also takes
   the log and the settings;
3. logging: to ``confidant.log`` in the data folder; events and error types, never case data;
4. excepthook: an uncaught exception is a bug: it is logged and a dialog says so; Qt's own
   warnings go to the log too;
5. the ``QApplication``;
6. the translator: ``--lang``, else the language saved in the settings, else Dutch (read here
   with the standard ``json`` module: the settings model is pydantic, loaded after the unlock);
7. unlock: the unlock dialog, or the first-run assistant when there is no vault yet (the demo
   vault is opened straight away);
8. the main window, once the vault is open; the shell then loads the settings in full (idle
   lock, unit of new cases) and says so if the file was broken.

Until step 7 shows its window, only PySide6 and light modules of ours are imported: the vault
package (and with it pydantic) loads at the first unlock, openpyxl only when a workbook is read or
written. The demo folder is removed when the application ends, however it ends.

``CONFIDANT_BENCH_MARKER=UnlockDialog`` (or ``MainWindow``) is for ``benchmarks/gui.py``: the
process prints a marker line when that window's first frame is painted and exits at once
(``ui.app.ExitAtFirstFrame``, installed on the window when the shell shows it).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from confidant_app import __version__, paths

if TYPE_CHECKING:
    from confidant_app.demo import DemoVault

log = logging.getLogger("confidant_app")
LOG_NAME = "confidant.log"
LOG_MAX_BYTES = 512 * 1024


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="confidant-app", description="Confidant: the encrypted case log for confidants.")
    parser.add_argument("--vault", metavar="PATH", help="the vault file to open or create")
    parser.add_argument("--data-dir", metavar="DIR", help="folder for the vault and the log")
    parser.add_argument("--demo", action="store_true",
                        help="open a throwaway vault of made-up cases, deleted on exit")
    parser.add_argument("--lang", choices=("nl", "en"), default=None,
                        help="language of the interface (default: as in the settings, else nl)")
    parser.add_argument("--idle-minutes", type=float, default=None, metavar="N",
                        help="lock after N minutes without input (default: as in the "
                        "settings, else 5)")
    parser.add_argument("--self-test", action="store_true",
                        help="check this build in a temporary folder (vault, case, export, "
                        "referral sheet), print one line per step, and exit")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def saved_language(settings_file: Path) -> str | None:
    """The language in the settings file, if it names one we have; anything else is left to the
    full load after the unlock, which says what is wrong (``confidant_app.settings.load``)."""
    from confidant_app.ui.app import LANGUAGES

    try:
        raw = settings_file.read_bytes()[:65536]
    except OSError:  # none yet, most often: nothing chosen in the settings dialog
        return None
    import json  # only now: 1.5 ms before the prompt that a start without settings never needs

    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    language = data.get("language") if isinstance(data, dict) else None
    return language if language in LANGUAGES else None


def setup_logging(folder: Path) -> tuple[logging.Handler, Path | None]:
    """Log to a small rotating file in ``folder``; the log never holds case data."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    path = folder / LOG_NAME
    log_file: Path | None = path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # One rollover per start instead of logging.handlers, whose import (sockets, pickle,
        # queues) costs ~10 ms before the unlock prompt; a session's log stays small.
        if path.exists() and path.stat().st_size > LOG_MAX_BYTES:
            os.replace(path, folder / (LOG_NAME + ".1"))
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        # An unwritable data folder must not stop a confidant from reaching the vault.
        handler, log_file = logging.StreamHandler(), None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return handler, log_file


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.self_test:
        # Imported only here: the self-test pulls in the vault, aggregate and referral packages,
        # which a normal start must not load before the unlock prompt.
        from confidant_app import selftest

        return selftest.run()
    demo: DemoVault | None = None
    if args.demo:
        from confidant_app.demo import DemoVault

        demo = DemoVault()
        data, vault_file = demo.folder, demo.path
    else:
        data = paths.data_dir(args.data_dir)
        vault_file = paths.vault_path(args.vault, args.data_dir)
    try:
        return _run(args, data, vault_file, demo)
    finally:
        if demo is not None:
            demo.close()


def _run(args: argparse.Namespace, data: Path, vault_file: Path, demo: DemoVault | None) -> int:
    handler, log_file = setup_logging(data)
    try:
        return _start(args, data / paths.SETTINGS_FILENAME, vault_file, demo, log_file)
    finally:
        # Closed before the demo folder is removed (Windows keeps open files).
        logging.getLogger().removeHandler(handler)
        handler.close()


def _start(args: argparse.Namespace, settings_file: Path, vault_file: Path,
           demo: DemoVault | None, log_file: Path | None) -> int:
    log.info("Confidant %s starting%s", __version__, " (demo)" if demo else "")

    from confidant_app.ui import app as ui_app
    from confidant_app.ui.errors import install_excepthook

    install_excepthook(log_file)
    ui_app.route_qt_messages()
    app = ui_app.create_application(sys.argv[:1])
    translations = ui_app.Translations(app)
    translations.set_language(args.lang or saved_language(settings_file)
                              or ui_app.DEFAULT_LANGUAGE)

    from confidant_app.ui.session import Session
    from confidant_app.ui.shell import Shell

    session = Session(vault_file, demo=demo is not None)
    if demo is not None:
        session.open(demo.path, demo.passphrase)
    shell = Shell(app, translations, session, idle_minutes=args.idle_minutes,
                  settings_file=settings_file,
                  demo_passphrase=demo.passphrase if demo else None)
    shell.quit_requested.connect(app.quit)
    bench = os.environ.get(ui_app.BENCH_MARKER)
    if bench:  # benchmarks/gui.py: report the first frame of that window, then end
        shell.window_shown.connect(lambda window: ui_app.report_first_frame(window, bench))
    shell.start()
    code = app.exec()
    shell.shutdown()
    log.info("Confidant stopped")
    return code


if __name__ == "__main__":
    sys.exit(main())
