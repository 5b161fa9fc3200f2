"""The settings dialog (``forms/settings_dialog.ui``), derived from the ``Settings`` model.

The form holds an empty form layout; one row per field of ``confidant_app.settings.Settings`` is
added here from the field's metadata: its title (the label) and description (a hint beneath the
field and the tooltip), translated at run time; a closed list (``Literal``) becomes a combo box
with the model's ``choice_labels``; a bounded number a spin box with the model's bounds; a code
list (``codes``) a combo box over the vault's codebook, with "none" first. A new setting in the
model shows up here without a change to this module. The model validates what was chosen.
"""

from __future__ import annotations

import typing
from typing import Any

from annotated_types import Ge, Le
from pydantic import ValidationError
from pydantic.fields import FieldInfo
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from confidant_app.domain.codebook import Codebook, FieldName
from confidant_app.domain.labels import Language
from confidant_app.settings import CONTEXT, Settings
from confidant_app.ui.app import demo_title
from confidant_app.ui.forms.ui_settings_dialog import Ui_SettingsDialog

ERROR_STYLE = "color: #b3261e; font-weight: bold"


def _translated(text: str | None) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def _extra(field: FieldInfo) -> dict[str, Any]:
    extra = field.json_schema_extra
    return extra if isinstance(extra, dict) else {}


class SettingsDialog(QDialog):
    """Accepted with a validated ``chosen`` settings object; the shell saves and applies it."""

    def __init__(self, settings: Settings, codebook: Codebook, language: Language, *,
                 demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._demo = demo
        self.chosen: Settings | None = None
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
        self.editors: dict[str, QWidget] = {}
        for name, field in Settings.model_fields.items():
            editor = self._editor(field, getattr(settings, name), codebook, language)
            editor.setObjectName(f"{name}Editor")
            title = _translated(field.title)
            label = QLabel(title + ":", self)
            label.setBuddy(editor)
            editor.setAccessibleName(title)
            editor.setToolTip(_translated(field.description))
            hint = QLabel(_translated(field.description), self)
            hint.setWordWrap(True)
            palette = hint.palette()  # quieter than the label, as placeholders are, yet readable
            palette.setColor(QPalette.ColorRole.WindowText,
                             palette.color(QPalette.ColorRole.PlaceholderText))
            hint.setPalette(palette)
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(editor)
            cell.addWidget(hint)
            self.ui.fieldsLayout.addRow(label, cell)
            self.editors[name] = editor
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()
        # The hints wrap, and a form layout's minimum height counts one line for each: left at
        # the form's size, six rows of hints were squeezed into each other and the fields cut to
        # half their height. Open at the height the wrapped rows need, and never shorter.
        # (Not adjustSize(): it caps a window at two thirds of the screen, which at 150% is less
        # than these rows need.)
        self.resize(self.sizeHint())
        self.setMinimumHeight(self.height())

    def _editor(self, field: FieldInfo, value: Any, codebook: Codebook,
                language: Language) -> QWidget:
        extra = _extra(field)
        choices = typing.get_args(field.annotation) if typing.get_origin(
            field.annotation) is typing.Literal else ()
        if choices:
            combo = QComboBox(self)
            labels = extra.get("choice_labels", {})
            for choice in choices:
                combo.addItem(str(labels.get(choice, choice)), choice)
            combo.setCurrentIndex(combo.findData(value))
            return combo
        if "codes" in extra:
            field_name: FieldName = extra["codes"]
            combo = QComboBox(self)
            combo.addItem(self.tr("(the unit of the vault)"), None)
            for code in codebook.codes(field_name):
                combo.addItem(f"{code} · {codebook.label(field_name, code, language)}", code)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if field.annotation is bool:
            check = QCheckBox(self)
            check.setChecked(bool(value))
            return check
        if field.annotation is int:
            spin = QSpinBox(self)
            low = next((m.ge for m in field.metadata if isinstance(m, Ge)), 0)
            high = next((m.le for m in field.metadata if isinstance(m, Le)), 1_000_000)
            spin.setRange(int(low), int(high))  # type: ignore[call-overload]
            spin.setValue(int(value))
            return spin
        edit = QLineEdit(self)
        edit.setText("" if value is None else str(value))
        return edit

    def values(self) -> dict[str, Any]:
        """What the dialog shows, by field name, before validation."""
        out: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                out[name] = editor.currentData()
            elif isinstance(editor, QSpinBox):
                out[name] = editor.value()
            elif isinstance(editor, QCheckBox):
                out[name] = editor.isChecked()
            elif isinstance(editor, QLineEdit):
                out[name] = editor.text().strip() or None
        return out

    def accept(self) -> None:
        try:
            self.chosen = Settings.model_validate(self.values())
        except ValidationError as exc:
            error = exc.errors()[0]
            name = str(error["loc"][0]) if error["loc"] else ""
            field = Settings.model_fields.get(name)
            title = _translated(field.title) if field else name
            self.ui.messageLabel.setText(f"{title}: {error['msg']}")
            self.ui.messageLabel.show()
            if name in self.editors:
                self.editors[name].setFocus()
            return
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(demo_title(self.tr("Settings"), self._demo))
