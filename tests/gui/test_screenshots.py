"""Every window renders in Dutch and English on the screens confidants have.

The GUI tests run on two offscreen screens (``screens.json``): a 1366x768 laptop and a 1920x1080
monitor. Each shot is what that screen would show: the main window maximised, a dialog at the size
and place it opens at (over the main window, or centred on the screen when it is the first window
of a start), over a plain desktop, with the title bars and the taskbar a window manager would add
(the offscreen platform draws none). Every window must fit the screen with its title bar and above
the taskbar, and no label, button, field or list may be squeezed below the size it needs (that is
how clipped text starts).

Set ``CONFIDANT_SHOTS=/some/folder`` to keep the PNGs, then look at them: crowded rows,
untranslated text and what a user would stumble on show up there first. Run the same with
``QT_SCALE_FACTOR=1.5`` for 150%: the screens then offer 911x512 and 1280x720 logical pixels and
the PNGs keep the screens' physical sizes.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from confidant_app.demo import demo_cases
from confidant_app.domain.codebook import Codebook
from confidant_app.ui.app import Translations
from confidant_app.ui.export_dialog import ExportDialog
from confidant_app.ui.first_run import FirstRunDialog
from confidant_app.ui.import_dialog import ImportDialog
from confidant_app.ui.main_window import MainWindow
from confidant_app.ui.session import Session
from confidant_app.ui.settings_dialog import SettingsDialog
from confidant_app.ui.shell import Shell
from confidant_app.ui.unlock import UnlockDialog
from confidant_app.vault import CaseStore, Vault

LAPTOP, MONITOR = "1366x768", "1920x1080"
# Shots of the Done-when list are kept for both screens, the others for one (``keeps_extras``);
# every shot is checked on both.
DESKTOP = QColor("#3b4a54")  # behind the windows, so their edges show
# What a window manager takes that the offscreen platform does not (logical pixels): a title bar
# above each window and a taskbar at the foot of the screen. A window must fit with both.
TITLE_BAR, TASKBAR = 30, 40
# The least room (logical pixels, less the taskbar) every window must fit without scrolling
# sideways: 1920x1080 at 150% (1280x680) and 1366x768 at 100% offer it. 1366x768 at 125%
# (1093x574) and 150% (911x472) offer less and are not checked: there the case editor's body
# scrolls and the shots are to be looked at.
SMALLEST = QSize(1280, 640)
LANGUAGES = ["nl", "en"]
# Widgets whose text or content is cut off when they get less than their minimum size hint.
SQUEEZABLE = (QLabel, QAbstractButton, QComboBox, QLineEdit, QAbstractItemView)


@pytest.fixture(params=[LAPTOP, MONITOR])
def screen(request: pytest.FixtureRequest) -> QScreen:
    # Windows an earlier test left to ``deleteLater`` are deleted first: deleting them later, in
    # this test's event loop, also invalidated the screens' Python wrappers taken here.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    found = {s.name(): s for s in QGuiApplication.screens()}
    if request.param not in found:
        pytest.skip(f"needs the offscreen screens of tests/gui/screens.json, not {list(found)}")
    return found[request.param]


@pytest.fixture(params=LANGUAGES)
def lang(request: pytest.FixtureRequest, translations: Translations) -> str:
    """The language, set before any window is made (as at a start)."""
    translations.set_language(request.param)
    return str(request.param)


@pytest.fixture
def demo_vault(vault: Vault, store: CaseStore, codebook: Codebook, vault_path: Path) -> Path:
    store.add_many(demo_cases(codebook, count=200))
    vault.close()
    return vault_path


def squeezed(window: QWidget) -> list[str]:
    """Visible widgets narrower or lower than they need to show their text or content, and
    scrolling bodies too narrow for their content."""
    found = [f"{type(area).__name__} {area.objectName()!r} scrolls sideways"
             for area in window.findChildren(QScrollArea)
             if area.horizontalScrollBar().isVisibleTo(window)]
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, SQUEEZABLE) or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_") \
                or isinstance(widget.parent(), QLineEdit | QAbstractSpinBox | QComboBox):
            continue  # Qt's own inner parts (a spin box's field, a clear button) and headers
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue  # takes its height from its width; checked by eye on the PNGs
        need = widget.minimumSizeHint()
        if widget.width() < need.width() or widget.height() < need.height():
            found.append(f"{type(widget).__name__} {widget.objectName()!r}: {widget.width()}x"
                         f"{widget.height()} < {need.width()}x{need.height()}")
    return found


def keeps_extras(screen: QScreen) -> bool:
    """Shots beyond the Done-when list are kept for one screen: the laptop, or when scaled, the
    monitor (a scaled 1366x768 screen is smaller than the client is laid out for)."""
    return screen.name() == (LAPTOP if screen.devicePixelRatio() == 1 else MONITOR)


def desk(screen: QScreen) -> QRect:
    """Where windows may be: the screen less a taskbar (the offscreen platform has none)."""
    return screen.availableGeometry().adjusted(0, 0, 0, -TASKBAR)


def framed(window: QWidget, screen: QScreen) -> QRect:
    """The window with the title bar a window manager gives it (the offscreen platform draws no
    frame), moved down as a window manager would when that title bar would be off the screen."""
    frame = window.geometry().adjusted(0, -TITLE_BAR, 0, 0)
    if frame.top() < desk(screen).top():
        frame.moveTop(desk(screen).top())
    return frame


def shoot(name: str, screen: QScreen, *windows: QWidget, keep: bool = True) -> None:
    """Keep what the screen shows (``windows`` from the bottom up) when ``CONFIDANT_SHOTS`` names
    a folder and ``keep``; then check that ``windows`` fit ``screen`` and squeeze nothing."""
    folder = os.environ.get("CONFIDANT_SHOTS")
    if folder and keep:
        save(Path(folder) / f"{name}_{screen.name()}.png", screen, windows)
    if desk(screen).width() < SMALLEST.width() or desk(screen).height() < SMALLEST.height():
        return  # smaller than the client is laid out for: the shots are to be looked at
    for window in windows:
        frame = framed(window, screen)
        assert desk(screen).contains(frame), (
            f"{name}: {type(window).__name__} {frame.width()}x{frame.height()} with its title "
            f"bar does not fit the {desk(screen).width()}x{desk(screen).height()} left on the "
            f"screen")
        found = squeezed(window)
        assert not found, f"{name}: squeezed " + "; ".join(found)


def save(path: Path, screen: QScreen, windows: tuple[QWidget, ...]) -> None:
    ratio = screen.devicePixelRatio()
    area = screen.geometry()
    image = QImage(round(area.width() * ratio), round(area.height() * ratio),
                   QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(DESKTOP)
    painter = QPainter(image)
    painter.translate(-area.topLeft())
    bar = QRect(area.left(), desk(screen).bottom() + 1, area.width(), TASKBAR)
    painter.fillRect(bar, QColor("#1f2a30"))
    for window in windows:
        frame = framed(window, screen)
        title = QRect(frame.left(), frame.top(), frame.width(), TITLE_BAR)
        painter.fillRect(title, QColor("#d6dde2"))
        painter.setPen(QColor("#1f2a30"))
        painter.drawText(title.adjusted(10, 0, -10, 0), Qt.AlignmentFlag.AlignVCenter,
                         window.windowTitle())
        painter.drawPixmap(frame.left(), frame.top() + TITLE_BAR, window.grab())
        painter.drawRect(frame.adjusted(0, 0, -1, -1))
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path))


def centre(window: QWidget, screen: QScreen, qtbot: QtBot) -> None:
    """Show a first window as a window manager places it: centred on the screen."""
    window.show()
    qtbot.waitExposed(window)
    frame = window.geometry().adjusted(0, -TITLE_BAR, 0, 0)
    frame.moveCenter(desk(screen).center())
    window.move(frame.left(), frame.top() + TITLE_BAR)
    qtbot.wait(10)


def maximise(window: QWidget, screen: QScreen, qtbot: QtBot) -> None:
    place = desk(screen).adjusted(0, TITLE_BAR, 0, 0)
    window.setGeometry(place)
    qtbot.waitExposed(window)
    if isinstance(window, MainWindow):
        # The backup age and the retention reminder follow the first frame (``show_vault``);
        # the wait after lets the status bar lay itself out around them.
        care = window.care
        qtbot.waitUntil(lambda: care.status_label.text() != "")
    qtbot.wait(20)
    assert window.geometry() == place or place.width() < SMALLEST.width()


def over(window: QWidget, dialog: QWidget, qtbot: QtBot) -> None:
    """A dialog the main window opened: Qt centres it over its parent."""
    qtbot.waitExposed(dialog)
    qtbot.wait(20)
    assert window.geometry().contains(dialog.geometry().center()), "not over the window"


@pytest.fixture
def main_window(lang: str, make_shell: Callable[..., Shell], demo_vault: Path, passphrase: str,
                screen: QScreen, qtbot: QtBot) -> Iterator[MainWindow]:
    session = Session(demo_vault)
    session.open(demo_vault, passphrase)
    shell = make_shell(session)
    shell.start()
    window = shell.main_window
    assert window is not None
    maximise(window, screen, qtbot)
    yield window


def test_start_windows(lang: str, screen: QScreen, demo_vault: Path, codebook: Codebook,
                       tmp_path: Path, qtbot: QtBot) -> None:
    """The first-run assistant and the unlock dialog, each the only window on the screen."""
    extra = keeps_extras(screen)
    target = tmp_path / "Documents" / "Confidant" / "vault.db"
    first = FirstRunDialog(Session(target), target, codebook, lang)  # type: ignore[arg-type]
    qtbot.addWidget(first)
    centre(first, screen, qtbot)
    shoot(f"first_run_{lang}", screen, first)
    first.ui.unitCombo.setCurrentIndex(2)
    first.ui.passphraseEdit.setText("kompas rivier")
    first.ui.repeatEdit.setText("kompas rivie")
    shoot(f"first_run_filled_{lang}", screen, first, keep=extra)
    first.reject()

    unlock = UnlockDialog(Session(demo_vault))
    qtbot.addWidget(unlock)
    centre(unlock, screen, qtbot)
    shoot(f"unlock_{lang}", screen, unlock)
    unlock.ui.passphraseEdit.setText("wrong")
    unlock.try_unlock()
    qtbot.waitUntil(lambda: not unlock.busy)
    shoot(f"unlock_wrong_{lang}", screen, unlock, keep=extra)
    unlock.reject()

    demo = UnlockDialog(Session(demo_vault, demo=True), demo_passphrase="demo-1a2b3c")
    qtbot.addWidget(demo)
    centre(demo, screen, qtbot)
    shoot(f"unlock_demo_{lang}", screen, demo, keep=extra)
    demo.reject()


def test_main_window(lang: str, screen: QScreen, main_window: MainWindow) -> None:
    extra = keeps_extras(screen)
    assert main_window.case_list.model.rowCount() == 200
    shoot(f"main_window_{lang}", screen, main_window)
    main_window.case_list.ui.categoryCombo.setCurrentIndex(1)
    main_window.case_list.ui.searchEdit.setText("blauwe")
    shoot(f"main_window_filtered_{lang}", screen, main_window, keep=extra)


NOTE = {"nl": "Tweede gesprek: wil eerst zelf met de leidinggevende praten. Over twee weken "
              "terugbellen; vraagt of de bedrijfsarts mee kan kijken.",
        "en": "Second talk: wants to speak to the manager first. Call back in two weeks; asks "
              "whether the company doctor can be involved."}
BAD_REGISTER = ("opened,unit,categories,role,gender\n2025-01-01,CLAS,OG.INT,MIL,V\n"
                "2025-13-01,CLAS,OG.XXX,MIL,Q\n2030-01-01,XX,OG.INT,,V\n")


def test_case_dialogs(lang: str, screen: QScreen, main_window: MainWindow, tmp_path: Path,
                      qtbot: QtBot) -> None:
    """The case editor (empty, refused, filled), the import dialog with problems, the export
    preview and the settings dialog, each as it opens over the main window."""
    extra = keeps_extras(screen)
    window = main_window
    editor = window.cases.new_case()
    assert editor is not None
    over(window, editor, qtbot)
    shoot(f"case_editor_empty_{lang}", screen, window, editor)
    editor.save()  # no role, no category: both refused at their fields
    shoot(f"case_editor_refused_{lang}", screen, window, editor, keep=extra)
    editor.discard()
    rows = [window.case_list.model.summary(row) for row in range(200)]
    summary = max(rows, key=lambda s: (s.conversations, s.id))
    editor = window.cases.open_case(summary.id)
    assert editor is not None
    over(window, editor, qtbot)
    # Demo cases carry no notes; a private note as a confidant would write one.
    editor.ui.notesEdit.setPlainText(NOTE[lang])
    shoot(f"case_editor_filled_{lang}", screen, window, editor)
    editor.discard()

    register = tmp_path / "register.csv"
    register.write_text(BAD_REGISTER, encoding="utf-8")
    imports = window.open_import()
    assert isinstance(imports, ImportDialog)
    over(window, imports, qtbot)
    imports.set_path(register)
    imports.check()
    qtbot.waitUntil(lambda: not imports.busy)
    shoot(f"import_problems_{lang}", screen, window, imports, keep=extra)
    imports.reject()

    export = window.open_export()
    assert isinstance(export, ExportDialog)
    over(window, export, qtbot)
    shoot(f"export_preview_{lang}", screen, window, export)
    export.ui.jsonEdit.setText(str(tmp_path / "export.json"))
    export.export()  # then the notice of a released year, the result and a release log entry
    qtbot.waitUntil(lambda: not export.busy)
    export.ui.previewTree.scrollToBottom()
    shoot(f"export_preview_released_{lang}", screen, window, export, keep=extra)
    export.ui.tabs.setCurrentIndex(1)
    shoot(f"export_release_log_{lang}", screen, window, export, keep=extra)
    export.reject()

    window.ui.actionSettings.trigger()
    settings = window.findChild(SettingsDialog)
    assert settings is not None
    over(window, settings, qtbot)
    shoot(f"settings_{lang}", screen, window, settings, keep=extra)
    settings.reject()


def test_shots_have_the_screens_size(screen: QScreen, qtbot: QtBot, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A shot is the whole screen, in physical pixels, whatever the scale factor."""
    monkeypatch.setenv("CONFIDANT_SHOTS", str(tmp_path))
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    centre(window, screen, qtbot)
    shoot("probe", screen, window)
    image = QImage(str(tmp_path / f"probe_{screen.name()}.png"))
    width, height = map(int, screen.name().split("x"))
    # Scaled, the screen's logical size is rounded: a pixel either way.
    assert abs(image.width() - width) <= 1 and abs(image.height() - height) <= 1, image.size()
    middle = QPoint(image.width() // 2, image.height() // 2)
    assert image.pixelColor(middle) != DESKTOP and image.pixelColor(5, 5) == DESKTOP
