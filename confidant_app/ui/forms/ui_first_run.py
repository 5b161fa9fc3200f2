# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtGui import (QFont)
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(600, 460)
        self.mainLayout = QVBoxLayout(FirstRunDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(FirstRunDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        font = QFont()
        font.setBold(True)
        self.headingLabel.setFont(font)

        self.mainLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(FirstRunDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.unitLabel = QLabel(FirstRunDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(FirstRunDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.labelLabel = QLabel(FirstRunDialog)
        self.labelLabel.setObjectName(u"labelLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.labelLabel)

        self.labelEdit = QLineEdit(FirstRunDialog)
        self.labelEdit.setObjectName(u"labelEdit")
        self.labelEdit.setMaxLength(60)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.labelEdit)

        self.passphraseLabel = QLabel(FirstRunDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(FirstRunDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.repeatLabel = QLabel(FirstRunDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(FirstRunDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.strengthTitleLabel = QLabel(FirstRunDialog)
        self.strengthTitleLabel.setObjectName(u"strengthTitleLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.strengthTitleLabel)

        self.strengthLayout = QHBoxLayout()
        self.strengthLayout.setObjectName(u"strengthLayout")
        self.strengthBar = QProgressBar(FirstRunDialog)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(4)
        self.strengthBar.setValue(0)
        self.strengthBar.setTextVisible(False)

        self.strengthLayout.addWidget(self.strengthBar)

        self.strengthLabel = QLabel(FirstRunDialog)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setText(u"")
        self.strengthLabel.setMinimumSize(QSize(80, 0))

        self.strengthLayout.addWidget(self.strengthLabel)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.strengthLayout)

        self.hintLabel = QLabel(FirstRunDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.hintLabel)

        self.locationLabel = QLabel(FirstRunDialog)
        self.locationLabel.setObjectName(u"locationLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationLayout = QHBoxLayout()
        self.locationLayout.setObjectName(u"locationLayout")
        self.locationEdit = QLineEdit(FirstRunDialog)
        self.locationEdit.setObjectName(u"locationEdit")

        self.locationLayout.addWidget(self.locationEdit)

        self.browseButton = QPushButton(FirstRunDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.locationLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.locationLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(FirstRunDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.restoreLayout = QHBoxLayout()
        self.restoreLayout.setObjectName(u"restoreLayout")
        self.restoreLabel = QLabel(FirstRunDialog)
        self.restoreLabel.setObjectName(u"restoreLabel")
        self.restoreLabel.setText(u"")
        self.restoreLabel.setWordWrap(True)

        self.restoreLayout.addWidget(self.restoreLabel)

        self.restoreButton = QPushButton(FirstRunDialog)
        self.restoreButton.setObjectName(u"restoreButton")
        self.restoreButton.setAutoDefault(False)

        self.restoreLayout.addWidget(self.restoreButton)

        self.restoreLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.restoreLayout)

        self.verticalSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.mergeButton = QPushButton(FirstRunDialog)
        self.mergeButton.setObjectName(u"mergeButton")
        self.mergeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.mergeButton)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(FirstRunDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.buttonLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.unitLabel.setBuddy(self.unitCombo)
        self.labelLabel.setBuddy(self.labelEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
        self.strengthTitleLabel.setBuddy(self.strengthBar)
        self.locationLabel.setBuddy(self.locationEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unitCombo, self.labelEdit)
        QWidget.setTabOrder(self.labelEdit, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.locationEdit)
        QWidget.setTabOrder(self.locationEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.mergeButton)

        self.retranslateUi(FirstRunDialog)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Welcome to Confidant", None))
        self.headingLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Set up your vault", None))
        self.introLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Confidant keeps your cases and conversations in one encrypted vault on this computer; only anonymised counts ever leave it, and only when you export them. The vault opens with your passphrase alone: a forgotten passphrase cannot be recovered by anyone, so write it down and keep it safe.", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"About the vault", None))
#endif // QT_CONFIG(accessibility)
        self.unitLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Defence &unit:", None))
#if QT_CONFIG(accessibility)
        self.unitCombo.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Defence unit", None))
#endif // QT_CONFIG(accessibility)
        self.labelLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Label (optional):", None))
#if QT_CONFIG(accessibility)
        self.labelEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Label (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.labelEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"for example: confidant Den Helder", None))
        self.passphraseLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Repeat passphrase:", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Repeat passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.strengthTitleLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Strength:", None))
#if QT_CONFIG(accessibility)
        self.strengthBar.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Use at least 12 characters. A few unrelated words are easy to remember and hard to guess.", None))
        self.locationLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Vault &location:", None))
#if QT_CONFIG(accessibility)
        self.locationEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Vault location", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("FirstRunDialog", u"C&hoose\u2026", None))
#if QT_CONFIG(accessibility)
        self.browseButton.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Choose the vault location", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("FirstRunDialog", u"Put a backup in place as your vault, instead of creating a new one", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.restoreButton.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Restore a backup", None))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setText(QCoreApplication.translate("FirstRunDialog", u"Restore a &backup\u2026", None))
#if QT_CONFIG(tooltip)
        self.mergeButton.setToolTip(QCoreApplication.translate("FirstRunDialog", u"Merge the confidants' export files: no vault needed", None))
#endif // QT_CONFIG(tooltip)
        self.mergeButton.setText(QCoreApplication.translate("FirstRunDialog", u"Coordinator: &merge exports\u2026", None))
    # retranslateUi

