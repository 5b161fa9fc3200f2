"""The referral directory editor (``forms/referral_directory.ui``): the local copy, desk by desk.

The editor works on the directory as plain JSON data and validates it with the same model that
loads it (``referral.directory``), so what it saves always loads again. A fault is shown beside
the form and the field it concerns gets the focus. An empty contact field stays a placeholder
(printed as "to be filled in"); a field the desk never had (a manager has no phone desk) stays
absent. Reset removes the local copy: the shipped directory is used again.
"""

from __future__ import annotations

from itertools import zip_longest
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from confidant_app.domain.codebook import Codebook
from confidant_app.domain.labels import Language
from confidant_app.referral import directory as referrals
from confidant_app.referral.directory import CONTACT_FIELDS, DirectoryError
from confidant_app.ui.forms.ui_referral_directory import Ui_DirectoryEditor

ERROR_STYLE = "border: 2px solid #b3261e"
PLACEHOLDER_GREY = "#6b7078"


class DirectoryEditor(QDialog):
    """Accepted once the local copy is saved; rejected leaves it as it was."""

    def __init__(self, codebook: Codebook, language: Language, parent: QWidget | None = None,
                 data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DirectoryEditor()
        self.ui.setupUi(self)
        self._codebook = codebook
        self._language: Language = language
        self._data_dir = data_dir
        self._row = -1
        ui = self.ui
        self._contacts = {"phone": ui.phoneEdit, "email": ui.emailEdit,
                          "intranet": ui.intranetEdit}
        self._texts = {"name": (ui.nameNlEdit, ui.nameEnEdit), "how": (ui.howNlEdit, ui.howEnEdit)}
        self.ui.messageLabel.setStyleSheet("color: #b3261e; font-weight: bold")
        self._units: dict[str, QCheckBox] = {}
        self.ui.unitsBox.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        grid = QGridLayout(self.ui.unitsBox)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, code in enumerate(codebook.codes("unit")):
            self._units[code] = QCheckBox(code, self.ui.unitsBox)
            grid.addWidget(self._units[code], i // 4, i % 4)
        self.ui.deskList.currentRowChanged.connect(self._select)
        self.ui.resetButton.clicked.connect(self.reset)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        loaded = referrals.load(data_dir, codebook)
        self._raw: dict[str, Any] = loaded.directory.model_dump(mode="json", exclude_none=True)
        self._show_message(loaded.problem or "")
        self._fill()

    @property
    def message(self) -> str:
        return self.ui.messageLabel.text()

    def _fill(self) -> None:
        self._row = -1
        self.ui.moreInfoEdit.setText(self._raw["more_info"]["value"])
        self._fill_list()
        with QSignalBlocker(self.ui.deskList):
            self.ui.deskList.setCurrentRow(0)
        self._select(0)  # also when row 0 was current already: the data under it is new
        self._retranslate()

    def _fill_list(self) -> None:
        current = self.ui.deskList.currentRow()
        with QSignalBlocker(self.ui.deskList):
            self.ui.deskList.clear()
            for desk in self._raw["desks"]:
                self.ui.deskList.addItem(f"{desk['code']} · {desk['name'][self._language]}")
            self.ui.deskList.setCurrentRow(current)


    def _select(self, row: int) -> None:
        if self._row >= 0:
            self._store(self._row)
        self._row = row
        if row < 0:
            return
        desk = self._raw["desks"][row]
        ui = self.ui
        ui.deskGroup.setTitle(desk["code"])
        for key, (nl, en) in self._texts.items():
            text = desk.get(key) or {"nl": "", "en": ""}
            nl.setText(text["nl"])
            en.setText(text["en"])
        ui.doesNlEdit.setPlainText("\n".join(p["nl"] for p in desk["does"]))
        ui.doesEnEdit.setPlainText("\n".join(p["en"] for p in desk["does"]))
        for name in CONTACT_FIELDS:
            contact = desk.get(name)
            edit = self._contacts[name]
            edit.setText("" if contact is None or contact["placeholder"] else contact["value"])
            edit.setPlaceholderText(self.tr("to be filled in") if contact is not None
                                    else self.tr("not applicable"))
        for code, box in self._units.items():
            box.setChecked(code in desk["units"])

    def _store(self, row: int) -> None:
        desk = self._raw["desks"][row]
        for key, (nl, en) in self._texts.items():
            pair = {"nl": nl.text().strip(), "en": en.text().strip()}
            desk.pop(key, None)
            if key == "name" or pair["nl"] or pair["en"]:  # "how" is optional, a name is not
                desk[key] = pair
        desk["does"] = _points(self.ui.doesNlEdit, self.ui.doesEnEdit)
        for name in CONTACT_FIELDS:
            text = self._contacts[name].text().strip()
            before = desk.get(name)
            if text:
                unchanged = before is not None and before["value"] == text
                desk[name] = before if unchanged else {"value": text, "placeholder": False}
            elif before is not None:
                desk[name] = {"value": "", "placeholder": True}
        desk["units"] = [code for code, box in self._units.items() if box.isChecked()]


    def save(self) -> bool:
        if self._row >= 0:
            self._store(self._row)
        address = self.ui.moreInfoEdit.text().strip()
        if address != self._raw["more_info"]["value"]:
            self._raw["more_info"] = {"value": address, "placeholder": False}
        self._clear_marks()
        try:
            directory = referrals.validate(self._raw, self._codebook)
            referrals.save_local(directory, self._data_dir)
        except DirectoryError as exc:
            self._point_at(exc)
            return False
        except OSError as exc:
            self._show_message(self.tr("Not saved: {reason}").format(reason=exc.strerror))
            return False
        self.accept()
        return True

    def reset(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Reset the referral directory"),
            self.tr("Remove your changes and use the shipped directory again?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        referrals.reset_local(self._data_dir)
        self._raw = referrals.load_shipped(self._codebook).model_dump(mode="json",
                                                                      exclude_none=True)
        self._clear_marks()
        self._show_message("")
        self._fill()

    def _point_at(self, exc: DirectoryError) -> None:
        """Select the desk, mark the field and give the focus to it, and say what is wrong."""
        location = exc.location
        widget: QWidget | None = None
        where = ""
        if location[:1] == ("more_info",):
            widget = self.ui.moreInfoEdit
        elif len(location) >= 3 and location[0] == "desks" and isinstance(location[1], int):
            self.ui.deskList.setCurrentRow(location[1])
            widget = self._field_widget(location[2:])
            where = self.ui.deskList.currentItem().text() + ": "
        reason = self._reason(location, exc.message) if widget is not None else exc.message
        self._show_message(self.tr("Not saved. {where}{reason}").format(where=where,
                                                                        reason=reason))
        if widget is not None:
            widget.setStyleSheet(ERROR_STYLE)
            widget.setToolTip(reason)
            widget.setFocus()

    def _reason(self, location: tuple[str | int, ...], message: str) -> str:
        field = "more_info" if location[0] == "more_info" else str(location[2])
        if field in ("phone", "email", "intranet", "more_info") and "not a valid" in message:
            return {"phone": self.tr("This is not a phone number (digits, spaces, + ( ) -)."),
                    "email": self.tr("This is not an e-mail address (like name@mindef.nl)."),
                    }.get(field, self.tr("This is not a web address (starting with https://)."))
        if field == "units":
            return self.tr("Choose at least one unit.")
        if field == "does":
            return (self.tr("Give at least one point, one a line.") if len(location) == 3 else
                    self.tr("Give as many points in Dutch as in English, one a line."))
        if "at least 1 character" in message or "required" in message:
            return self.tr("Fill this in, in Dutch and in English.")
        return message.split(": ", 1)[-1]

    def _field_widget(self, rest: tuple[str | int, ...]) -> QWidget | None:
        field, lang = rest[0], rest[-1]
        pairs: dict[str, tuple[QWidget, QWidget]] = {
            **self._texts, "does": (self.ui.doesNlEdit, self.ui.doesEnEdit)}
        if field in pairs:
            return pairs[str(field)][1 if lang == "en" else 0]
        if field in CONTACT_FIELDS:
            return self._contacts[str(field)]
        return self.ui.unitsBox if field == "units" else None

    def _clear_marks(self) -> None:
        widgets: list[QWidget] = [*self.findChildren(QLineEdit),
                                  *self.findChildren(QPlainTextEdit), self.ui.unitsBox]
        for widget in widgets:
            widget.setStyleSheet("")
            widget.setToolTip("")
        self._mark_placeholder()

    def _show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))


    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _mark_placeholder(self) -> None:
        # Grey and a tooltip while the shipped example address stands in for the real one.
        placeholder = self._raw["more_info"]["placeholder"]
        self.ui.moreInfoEdit.setStyleSheet(f"color: {PLACEHOLDER_GREY}" if placeholder else "")
        self.ui.moreInfoEdit.setToolTip(self.tr("Still a placeholder: fill in the real address.")
                                        if placeholder else "")

    def _retranslate(self) -> None:
        self._mark_placeholder()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        if self._row >= 0:
            self._select(self._row)


def _points(nl: QPlainTextEdit, en: QPlainTextEdit) -> list[dict[str, str]]:
    """One point a line, paired by position; "" pads the language that falls short (refused)."""
    lines = [[line.strip() for line in e.toPlainText().splitlines() if line.strip()]
             for e in (nl, en)]
    return [{"nl": a, "en": b} for a, b in zip_longest(*lines, fillvalue="")]
