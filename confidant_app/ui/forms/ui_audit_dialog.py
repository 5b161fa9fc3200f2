# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QVBoxLayout)

class Ui_AuditDialog(object):
    def setupUi(self, AuditDialog):
        if not AuditDialog.objectName():
            AuditDialog.setObjectName(u"AuditDialog")
        AuditDialog.resize(720, 480)
        self.mainLayout = QVBoxLayout(AuditDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(AuditDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.entryTree = QTreeWidget(AuditDialog)
        self.entryTree.setObjectName(u"entryTree")
        self.entryTree.setRootIsDecorated(False)
        self.entryTree.setUniformRowHeights(True)
        self.entryTree.setAlternatingRowColors(True)
        self.entryTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entryTree.setMinimumSize(QSize(600, 260))

        self.mainLayout.addWidget(self.entryTree)

        self.countLabel = QLabel(AuditDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.mainLayout.addWidget(self.countLabel)

        self.buttonBox = QDialogButtonBox(AuditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(AuditDialog)

        QMetaObject.connectSlotsByName(AuditDialog)
    # setupUi

    def retranslateUi(self, AuditDialog):
        AuditDialog.setWindowTitle(QCoreApplication.translate("AuditDialog", u"Audit trail of the vault", None))
        self.introLabel.setText(QCoreApplication.translate("AuditDialog", u"What was done with this vault, newest first: each unlock, export, purge, passphrase change, backup, restore and import, with its time and outcome. It never holds case content or file names. A failed unlock is not recorded: the vault stays closed to it.", None))
        ___qtreewidgetitem = self.entryTree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("AuditDialog", u"Details", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("AuditDialog", u"Outcome", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("AuditDialog", u"Event", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("AuditDialog", u"Time", None))
#if QT_CONFIG(accessibility)
        self.entryTree.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Audit trail entries", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Number of entries", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

