"""``ButtonBox``: a ``QDialogButtonBox`` for forms on the way to the unlock prompt.

Designer forms promote their button box to this class (header ``confidant_app.ui.button_box``).
``pyside6-uic`` writes ``QDialogButtonBox(parent)`` with the parent as a positional argument;
PySide6 then weighs the overload ``QDialogButtonBox(Qt.Orientation, parent)`` and to do so builds
the whole ``Qt`` namespace, some 90 Python enums and 15 ms, before the first frame. Passing the
parent by keyword matches the one overload directly.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget


class ButtonBox(QDialogButtonBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
