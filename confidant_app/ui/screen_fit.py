"""The size a dialog opens at: what its content needs, within the screen it opens on.

A form's size suits a 1366x768 laptop at 100%. On a taller screen the same dialog would leave a
long list (the categories of the case editor, the export preview) scrolling with hundreds of lines
to spare, so it opens taller by what that list lacks. On a small screen, or at 150% (a 1920x1080
screen then offers 1280x720), it must not open larger than the screen: the dialog is limited to
nine tenths of the screen's height, and at least 80 pixels less (for the title bar and a taskbar
that the platform may not count), and to its width. It may then open smaller than its form: its
list, or its whole body when that scrolls (``body``), scrolls instead of its buttons falling off
the screen.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLayout,
    QScrollArea,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

SCREEN_SHARE = 0.9
RESERVED = 80  # logical pixels: a title bar and a taskbar, when the platform does not count it


def shown_rows(tree: QTreeWidget) -> int:
    """Rows the tree shows when scrolled through: every item under an expanded parent."""

    def below(item: QTreeWidgetItem) -> int:
        children = [item.child(i) for i in range(item.childCount())]
        return sum(1 + (below(c) if c.isExpanded() else 0) for c in children if c is not None)

    return below(tree.invisibleRootItem())


def fit_to_screen(dialog: QWidget, view: QTreeView, rows: int,
                  body: QScrollArea | None = None) -> None:
    """Size ``dialog`` so that ``view`` shows ``rows`` rows without scrolling and ``body`` (if
    given) needs no scroll bar, as far as the screen allows. Call it before the dialog is shown
    (Qt then centres it as it is)."""
    layout = dialog.layout()
    if layout is not None:
        layout.activate()  # lay the form out at its size, to see what each part gets
    header = 0 if view.isHeaderHidden() else view.header().sizeHint().height()
    wanted = rows * view.sizeHintForRow(0) + header + 2 * view.frameWidth()
    content = body.widget() if body is not None else None
    if body is not None and content is not None:
        # The body's own content is laid out only once it is shown: as wide as it would like,
        # and from its least height, where the list has its least height, add what the list
        # lacks there. (Its layout is not the dialog's: until it is shown, its sizes are from
        # before the form was filled.)
        for part in content.findChildren(QWidget):
            part.updateGeometry()  # drops the sizes its layout item kept
        for nested in content.findChildren(QLayout):
            nested.invalidate()
        least = max(view.minimumHeight(), view.minimumSizeHint().height())
        width = dialog.width() - body.width() + content.sizeHint().width()
        height = (dialog.height() - body.height() + content.minimumSizeHint().height()
                  + max(0, wanted - least))
    else:
        width = dialog.width()
        height = dialog.height() + max(0, wanted - view.height())
    room = (dialog.parentWidget() or dialog).screen().availableGeometry()
    limit_width = room.width()
    limit_height = min(int(room.height() * SCREEN_SHARE), room.height() - RESERVED)
    # Never below the layout's minimum: Qt keeps a window at least that large.
    dialog.resize(min(width, limit_width), min(height, limit_height))
