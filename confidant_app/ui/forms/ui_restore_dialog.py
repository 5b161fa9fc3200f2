# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(640, 360)
        self.mainLayout = QVBoxLayout(RestoreDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(RestoreDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.targetLabel = QLabel(RestoreDialog)
        self.targetLabel.setObjectName(u"targetLabel")
        self.targetLabel.setWordWrap(True)
        self.targetLabel.setText(u"vault.db")
        self.targetLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.targetLabel)

        self.fieldLayout = QGridLayout()
        self.fieldLayout.setObjectName(u"fieldLayout")
        self.fileLabel = QLabel(RestoreDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fieldLayout.addWidget(self.fileLabel, 0, 0, 1, 1)

        self.fileEdit = QLineEdit(RestoreDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fieldLayout.addWidget(self.fileEdit, 0, 1, 1, 1)

        self.browseButton = QPushButton(RestoreDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fieldLayout.addWidget(self.browseButton, 0, 2, 1, 1)

        self.passphraseLabel = QLabel(RestoreDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.fieldLayout.addWidget(self.passphraseLabel, 1, 0, 1, 1)

        self.passphraseEdit = QLineEdit(RestoreDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldLayout.addWidget(self.passphraseEdit, 1, 1, 1, 1)

        self.checkButton = QPushButton(RestoreDialog)
        self.checkButton.setObjectName(u"checkButton")
        self.checkButton.setAutoDefault(False)

        self.fieldLayout.addWidget(self.checkButton, 1, 2, 1, 1)

        self.hintLabel = QLabel(RestoreDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.fieldLayout.addWidget(self.hintLabel, 2, 1, 1, 2)


        self.mainLayout.addLayout(self.fieldLayout)

        self.resultLabel = QLabel(RestoreDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")
        self.resultLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.resultLabel)

        self.warningLabel = QLabel(RestoreDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.warningLabel)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(RestoreDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.checkButton)

        self.retranslateUi(RestoreDialog)

        QMetaObject.connectSlotsByName(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"Restore a backup", None))
        self.introLabel.setText(QCoreApplication.translate("RestoreDialog", u"Replace the vault with a backup. The backup is checked first; nothing is replaced unless it opens with its passphrase and passes every check.", None))
        self.fileLabel.setText(QCoreApplication.translate("RestoreDialog", u"Backup &file:", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Backup file", None))
#endif // QT_CONFIG(accessibility)
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("RestoreDialog", u"Choose a backup (.db)", None))
        self.browseButton.setText(QCoreApplication.translate("RestoreDialog", u"C&hoose\u2026", None))
#if QT_CONFIG(accessibility)
        self.browseButton.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Choose a backup file", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseLabel.setText(QCoreApplication.translate("RestoreDialog", u"Its &passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Passphrase of the backup", None))
#endif // QT_CONFIG(accessibility)
        self.checkButton.setText(QCoreApplication.translate("RestoreDialog", u"Chec&k", None))
#if QT_CONFIG(accessibility)
        self.checkButton.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Check the backup", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("RestoreDialog", u"The passphrase the vault had when the backup was made.", None))
#if QT_CONFIG(accessibility)
        self.resultLabel.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"What the backup holds", None))
#endif // QT_CONFIG(accessibility)
        self.warningLabel.setText(QCoreApplication.translate("RestoreDialog", u"Restoring locks the vault and replaces it: cases added or changed since the backup are lost, and a backup older than the last purge brings destroyed cases back. Afterwards, unlock the vault with the backup's passphrase.", None))
    # retranslateUi

