"""``confidant-app --self-test``: prove that a build (frozen or installed) can do the real work.

An installer is only as good as the bundle it carries, and a PyInstaller bundle fails in ways a
source checkout never shows: a Qt plugin left out, a data file not found through ``sys._MEIPASS``,
a compiled form or a native library (SQLCipher) missing. So the self-test runs the application's
own code, end to end, in a temporary folder:

1. Qt: the modules the application uses load, and a ``QApplication`` starts (offscreen when there
   is no display);
2. resources: the taxonomy and the referral directory are found through ``confidant_app.resources``;
3. translations: both of our catalogues (``.qm``) load; Qt's own Dutch one is reported;
4. forms: the compiled unlock form is built and painted;
5. vault: a new SQLCipher vault is created, closed, and opened again with its passphrase;
6. case: a case is written and read back;
7. export: the year's anonymised aggregate is exported and read back, as ``confidant export`` does;
8. referral sheet: a sheet is rendered to PDF, as ``confidant referral-sheet`` does.

It prints one line per step and exits 0, or prints one line saying which step failed and why to
standard error and exits 1. The temporary folder is removed either way. The user's own data folder,
settings, log and vault are never touched.

The test vault uses scrypt's smallest work factor (``MIN_LOG2N``), passed to ``Vault.create`` for
this vault alone, so the test takes seconds; real vaults keep their calibrated default.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import secrets
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from confidant_app import __version__

PREFIX = "self-test"
FAILED = 1


class SelfTestFailure(Exception):
    """A step found something wrong; the message is the one line shown."""


def _say(line: str, *, error: bool = False) -> None:
    # A windowed Windows build has no console: sys.stdout and sys.stderr are None there, and the
    # exit status is then the only report.
    stream = sys.stderr if error else sys.stdout
    if stream is not None:
        print(line, file=stream, flush=True)


def ensure_platform() -> None:
    """Use Qt's offscreen platform on a Linux (or BSD) machine with no display, where Qt would
    abort otherwise; keep whatever the environment chose."""
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")) and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class Work:
    """What the steps share: the application, the temporary folder, the vault."""

    def __init__(self, folder: Path) -> None:
        self.app: object = None
        self.folder = folder
        self.vault_path = folder / "self-test-vault.db"
        self.passphrase = "self-test-" + secrets.token_hex(8)
        self.today = dt.date.today()


# -- the steps ---------------------------------------------------------------------------------
# Each returns the detail printed after "ok"; each raises on failure.


def step_qt(work: Work) -> str:
    # Imported one by one, so a module the bundle lacks is named in the failure.
    for name in ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtCharts"):
        try:
            importlib.import_module(f"PySide6.{name}")
        except ImportError as exc:
            raise SelfTestFailure(f"PySide6.{name} does not load ({exc})") from None
    import PySide6
    from PySide6.QtGui import QGuiApplication

    from confidant_app.ui.app import create_application

    # Kept on ``work``: the application must outlive every widget and document the steps make.
    work.app = create_application([sys.argv[0] if sys.argv else "confidant-app"])
    platform = QGuiApplication.platformName()
    return f"PySide6 {PySide6.__version__}, platform {platform}"


def step_resources() -> str:
    from confidant_app.domain.codebook import default_codebook
    from confidant_app.referral.directory import load_shipped
    from confidant_app.resources import resource_root

    codebook = default_codebook()
    desks = len(load_shipped(codebook).codes())
    return f"{resource_root()} (taxonomy {codebook.taxonomy.id}, {desks} referral desks)"


def step_translations() -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from confidant_app.resources import resource_path
    from confidant_app.ui.app import LANGUAGES

    folder = str(resource_path("i18n"))
    for language in LANGUAGES:
        if not QTranslator().load(f"confidant_{language}", folder):
            raise SelfTestFailure(f"confidant_{language}.qm does not load from {folder}")
    # Qt's own catalogue translates standard buttons; the application runs without it, so its
    # absence is reported, not failed.
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_nl = "loaded" if QTranslator().load("qtbase_nl", qt_folder) else "missing"
    return f"confidant_{', confidant_'.join(LANGUAGES)}; Qt's own qtbase_nl {qt_nl}"


def step_forms() -> str:
    from PySide6.QtWidgets import QDialog

    from confidant_app.ui.forms.ui_unlock import Ui_UnlockDialog

    dialog = QDialog()
    form = Ui_UnlockDialog()
    form.setupUi(dialog)
    dialog.adjustSize()
    image = dialog.grab().toImage()  # paints every child: styles, fonts, the platform's backing
    dialog.deleteLater()
    if image.isNull() or image.width() < 50 or image.height() < 50:
        raise SelfTestFailure(f"the unlock form painted as {image.width()}x{image.height()}")
    return f"unlock form painted at {image.width()}x{image.height()}"




def step_vault(work: Work) -> str:
    from confidant_app.vault import Vault
    from confidant_app.vault.kdf import MIN_LOG2N, KdfParams

    with Vault.create(work.vault_path, work.passphrase, unit="CLAS", label="self-test",
                      params=KdfParams(log2n=MIN_LOG2N)):
        pass
    with Vault.open(work.vault_path, work.passphrase) as vault:
        cipher = vault.conn.execute("PRAGMA cipher_version").fetchone()[0]
    return f"created and opened again (SQLCipher {cipher}, scrypt N=2^{MIN_LOG2N} for this vault)"


def step_case(work: Work) -> str:
    from confidant_app.domain.case import make_case
    from confidant_app.domain.codebook import default_codebook
    from confidant_app.vault import CaseStore, Vault

    codebook = default_codebook()
    opened = work.today
    case = make_case({
        "opened": opened, "unit": "CLAS", "categories": ["AC.ARB"], "role": "MIL",
        "conversations": [{"date": opened, "channel": "F", "minutes": 45}],
        "notes": "self-test",
    }, codebook)
    with Vault.open(work.vault_path, work.passphrase) as vault:
        store = CaseStore(vault, codebook)
        saved = store.add(case)
        if saved.id is None:
            raise SelfTestFailure("the saved case has no id")
        back = store.get(saved.id)
    if (back.categories, back.notes, back.opened) != (case.categories, case.notes, case.opened):
        raise SelfTestFailure("the case read back differs from the case written")
    return f"written and read back ({back.case_number})"


def step_export(work: Work) -> str:
    from confidant_app.aggregate.build import build
    from confidant_app.aggregate.export import export
    from confidant_app.aggregate.io import read_aggregate
    from confidant_app.domain.codebook import default_codebook
    from confidant_app.vault import Vault

    codebook = default_codebook()
    out = work.folder / f"{work.today.year}-self-test.json"
    with Vault.open(work.vault_path, work.passphrase) as vault:
        plan = build(vault, codebook, work.today.year)
        export(vault, plan, out)
    aggregate = read_aggregate(out, codebook)  # checks the digest, the schema and the codes
    if aggregate.totals.cases != 1:
        raise SelfTestFailure(f"the aggregate counts {aggregate.totals.cases} cases, not 1")
    size = out.stat().st_size
    return f"aggregate of {work.today.year} written and read back ({size:,} bytes, 1 case)"


def step_referral(work: Work) -> str:
    from confidant_app.domain.codebook import default_codebook
    from confidant_app.referral.directory import load_shipped
    from confidant_app.referral.render import write_pdf
    from confidant_app.referral.sheet import Sheet, build_html, document_title

    # The manager's sheet carries the QR code, so segno and PNG decoding are exercised too.
    sheet = Sheet(audience="manager")
    out = work.folder / "self-test-sheet.pdf"
    write_pdf(build_html(load_shipped(default_codebook()), sheet), out, document_title(sheet))
    data = out.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise SelfTestFailure(f"{out.name} is not a PDF")
    return f"one-page PDF written ({len(data):,} bytes)"


# -- running -----------------------------------------------------------------------------------


def run() -> int:
    """Run every step in order; stop at the first failure. Returns the exit status."""
    start = time.perf_counter()
    frozen = getattr(sys, "frozen", False)
    _say(f"{PREFIX}: Confidant {__version__}, Python {sys.version.split()[0]}, "
         f"{'frozen build' if frozen else 'installed package'}")
    ensure_platform()
    step = "start"
    try:
        with tempfile.TemporaryDirectory(prefix="confidant-self-test-",
                                         ignore_cleanup_errors=True) as tmp:
            work = Work(Path(tmp))
            steps: list[tuple[str, Callable[[], str]]] = [
                ("qt", lambda: step_qt(work)),
                ("resources", step_resources),
                ("translations", step_translations),
                ("forms", step_forms),
                ("vault", lambda: step_vault(work)),
                ("case", lambda: step_case(work)),
                ("export", lambda: step_export(work)),
                ("referral sheet", lambda: step_referral(work)),
            ]
            for step, action in steps:
                detail = action()
                _say(f"{PREFIX}: {step} ok: {detail}")
        step = "clean-up"
        if Path(tmp).exists():
            raise SelfTestFailure(f"{tmp} was not removed")
    except Exception as exc:  # any failure is the answer: one line, no traceback (case data)
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if not isinstance(exc, SelfTestFailure):
            reason = f"{type(exc).__name__}: {reason}"
        _say(f"confidant-app: self-test failed at {step}: {reason}", error=True)
        return FAILED
    _say(f"{PREFIX}: passed in {time.perf_counter() - start:.1f} s")
    return 0
