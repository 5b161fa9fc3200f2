"""The audit trail (``forms/audit_dialog.ui``): what was done with this vault, for the confidant.

Read-only, newest first: the rows of ``vault.audit.entries`` (through the session), each with its
local time, the event and outcome in words, and its numbers ("year 2025, revision 2", "12 cases",
"640 KB"). ``confidant audit`` prints the same rows in UTC, as stored. The trail holds no case
content and no file names (``vault/audit.py`` makes sure), so nothing here needs hiding; the
dialog still empties itself when it closes, like every window that read from the vault.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QTreeWidgetItem, QWidget

from confidant_app.ui.app import demo_title
from confidant_app.ui.forms.ui_audit_dialog import Ui_AuditDialog
from confidant_app.ui.session import Session
from confidant_app.vault.audit import AuditEntry, parse_time


class AuditDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditDialog()
        self.ui.setupUi(self)
        self._session = session
        self._entries: list[AuditEntry] = []
        self.ui.entryTree.header().setStretchLastSection(True)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.load()

    def load(self) -> None:
        self._entries = list(reversed(self._session.audit_entries()))
        self._fill()

    def rows(self) -> list[tuple[str, str, str, str]]:
        """What the table shows, row by row (newest first)."""
        tree = self.ui.entryTree
        items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        return [(item.text(0), item.text(1), item.text(2), item.text(3))
                for item in items if item is not None]

    def _fill(self) -> None:
        tree = self.ui.entryTree
        tree.clear()
        for entry in self._entries:
            when = parse_time(entry.at).astimezone().strftime("%Y-%m-%d %H:%M")
            QTreeWidgetItem(tree, [when, self.event_name(entry.event),
                                   self.outcome_name(entry.outcome), self.details(entry.detail)])
        for column in range(tree.columnCount() - 1):  # widest text and some room
            tree.resizeColumnToContents(column)
            tree.setColumnWidth(column, tree.columnWidth(column) + 24)
        self.ui.countLabel.setText(self.tr("Entries: {count}").format(count=len(self._entries)))
        self.setWindowTitle(demo_title(self.tr("Audit trail of the vault"), self._session.demo))

    def event_name(self, event: str) -> str:
        names = {
            "unlock": self.tr("Vault unlocked"),
            "export": self.tr("Year exported"),
            "purge": self.tr("Cases destroyed"),
            "passphrase_change": self.tr("Passphrase changed"),
            "backup": self.tr("Backup made"),
            "restore": self.tr("Backup restored"),
            "import": self.tr("Register imported"),
        }
        return names.get(event, event)

    def outcome_name(self, outcome: str) -> str:
        return self.tr("done") if outcome == "ok" else self.tr("failed")

    def details(self, detail: str) -> str:
        """``year=2025 revision=2`` in words; a key this version does not know stays as it is."""
        words = []
        for pair in detail.split():
            key, _, value = pair.partition("=")
            if key == "year":
                words.append(self.tr("year {year}").format(year=value))
            elif key == "revision":
                words.append(self.tr("revision {revision}").format(revision=value))
            elif key in ("count", "cases"):
                words.append(self.tr("cases: {count}").format(count=value))
            elif key == "schema":
                words.append(self.tr("schema {version}").format(version=value))
            elif key == "size" and value.isdigit():
                words.append(self.tr("{size} KB").format(size=max(1, int(value) // 1024)))
            else:
                words.append(pair)
        return ", ".join(words)

    def reject(self) -> None:
        self._entries = []
        self.ui.entryTree.clear()
        super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill()
        super().changeEvent(event)
