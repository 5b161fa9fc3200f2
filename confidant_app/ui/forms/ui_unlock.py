# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget)

from confidant_app.ui.button_box import ButtonBox

class Ui_UnlockDialog(object):
    def setupUi(self, UnlockDialog):
        if not UnlockDialog.objectName():
            UnlockDialog.setObjectName(u"UnlockDialog")
        UnlockDialog.resize(520, 200)
        self.mainLayout = QVBoxLayout(UnlockDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(UnlockDialog)
        self.headingLabel.setObjectName(u"headingLabel")

        self.mainLayout.addWidget(self.headingLabel)

        self.vaultLabel = QLabel(UnlockDialog)
        self.vaultLabel.setObjectName(u"vaultLabel")
        self.vaultLabel.setText(u"vault.db")
        self.vaultLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.vaultLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.passphraseLabel = QLabel(UnlockDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(UnlockDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(UnlockDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.noteLabel = QLabel(UnlockDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setText(u"")
        self.noteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noteLabel)

        self.demoLabel = QLabel(UnlockDialog)
        self.demoLabel.setObjectName(u"demoLabel")
        self.demoLabel.setText(u"")
        self.demoLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.demoLabel)

        self.vaultButtonLayout = QHBoxLayout()
        self.vaultButtonLayout.setObjectName(u"vaultButtonLayout")
        self.otherVaultButton = QPushButton(UnlockDialog)
        self.otherVaultButton.setObjectName(u"otherVaultButton")
        self.otherVaultButton.setAutoDefault(False)

        self.vaultButtonLayout.addWidget(self.otherVaultButton)

        self.restoreButton = QPushButton(UnlockDialog)
        self.restoreButton.setObjectName(u"restoreButton")
        self.restoreButton.setAutoDefault(False)

        self.vaultButtonLayout.addWidget(self.restoreButton)

        self.vaultButtonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.vaultButtonLayout.addItem(self.vaultButtonSpacer)


        self.mainLayout.addLayout(self.vaultButtonLayout)

        self.verticalSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.mergeButton = QPushButton(UnlockDialog)
        self.mergeButton.setObjectName(u"mergeButton")
        self.mergeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.mergeButton)

        self.horizontalSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.horizontalSpacer)

        self.buttonBox = ButtonBox(UnlockDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.buttonLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphraseEdit, self.otherVaultButton)
        QWidget.setTabOrder(self.otherVaultButton, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.mergeButton)

        self.retranslateUi(UnlockDialog)

        QMetaObject.connectSlotsByName(UnlockDialog)
    # setupUi

    def retranslateUi(self, UnlockDialog):
        UnlockDialog.setWindowTitle(QCoreApplication.translate("UnlockDialog", u"Unlock vault", None))
        self.headingLabel.setText(QCoreApplication.translate("UnlockDialog", u"Open your vault", None))
#if QT_CONFIG(accessibility)
        self.headingLabel.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Open your vault", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseLabel.setText(QCoreApplication.translate("UnlockDialog", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noteLabel.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.otherVaultButton.setText(QCoreApplication.translate("UnlockDialog", u"Open &another vault\u2026", None))
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("UnlockDialog", u"Put a backup in the place of a vault that is damaged or lost", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.restoreButton.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Restore a backup", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.restoreButton.setAccessibleDescription(QCoreApplication.translate("UnlockDialog", u"Put a backup in the place of a vault that is damaged or lost", None))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setText(QCoreApplication.translate("UnlockDialog", u"Restore a &backup\u2026", None))
#if QT_CONFIG(tooltip)
        self.mergeButton.setToolTip(QCoreApplication.translate("UnlockDialog", u"Merge the confidants' export files: no vault needed", None))
#endif // QT_CONFIG(tooltip)
        self.mergeButton.setText(QCoreApplication.translate("UnlockDialog", u"Coordinator: &merge exports\u2026", None))
    # retranslateUi

