# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'referral_sheet.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QRect, QSize, Qt)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget)

class Ui_ReferralSheetDialog(object):
    def setupUi(self, ReferralSheetDialog):
        if not ReferralSheetDialog.objectName():
            ReferralSheetDialog.setObjectName(u"ReferralSheetDialog")
        ReferralSheetDialog.resize(980, 720)
        self.mainLayout = QVBoxLayout(ReferralSheetDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(16)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.controls = QWidget(ReferralSheetDialog)
        self.controls.setObjectName(u"controls")
        self.controls.setMinimumSize(QSize(320, 0))
        self.controls.setMaximumSize(QSize(380, 16777215))
        self.controlsLayout = QVBoxLayout(self.controls)
        self.controlsLayout.setSpacing(10)
        self.controlsLayout.setObjectName(u"controlsLayout")
        self.controlsLayout.setContentsMargins(0, 0, 0, 0)
        self.introLabel = QLabel(self.controls)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.controlsLayout.addWidget(self.introLabel)

        self.audienceGroup = QGroupBox(self.controls)
        self.audienceGroup.setObjectName(u"audienceGroup")
        self.audienceLayout = QVBoxLayout(self.audienceGroup)
        self.audienceLayout.setObjectName(u"audienceLayout")
        self.employeeRadio = QRadioButton(self.audienceGroup)
        self.employeeRadio.setObjectName(u"employeeRadio")
        self.employeeRadio.setChecked(True)

        self.audienceLayout.addWidget(self.employeeRadio)

        self.managerRadio = QRadioButton(self.audienceGroup)
        self.managerRadio.setObjectName(u"managerRadio")

        self.audienceLayout.addWidget(self.managerRadio)


        self.controlsLayout.addWidget(self.audienceGroup)

        self.desksLabel = QLabel(self.controls)
        self.desksLabel.setObjectName(u"desksLabel")

        self.controlsLayout.addWidget(self.desksLabel)

        self.deskList = QListWidget(self.controls)
        self.deskList.setObjectName(u"deskList")

        self.controlsLayout.addWidget(self.deskList)

        self.optionsLayout = QFormLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.languageLabel = QLabel(self.controls)
        self.languageLabel.setObjectName(u"languageLabel")

        self.optionsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.controls)
        self.languageCombo.setObjectName(u"languageCombo")

        self.optionsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.largeCheck = QCheckBox(self.controls)
        self.largeCheck.setObjectName(u"largeCheck")

        self.optionsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.largeCheck)


        self.controlsLayout.addLayout(self.optionsLayout)

        self.noticeLabel = QLabel(self.controls)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setText(u"")
        self.noticeLabel.setWordWrap(True)

        self.controlsLayout.addWidget(self.noticeLabel)

        self.editDirectoryButton = QPushButton(self.controls)
        self.editDirectoryButton.setObjectName(u"editDirectoryButton")

        self.controlsLayout.addWidget(self.editDirectoryButton)


        self.bodyLayout.addWidget(self.controls)

        self.previewArea = QScrollArea(ReferralSheetDialog)
        self.previewArea.setObjectName(u"previewArea")
        self.previewArea.setWidgetResizable(True)
        self.previewLabel = QLabel()
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setGeometry(QRect(0, 0, 560, 680))
        self.previewLabel.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.previewLabel.setText(u"")
        self.previewArea.setWidget(self.previewLabel)

        self.bodyLayout.addWidget(self.previewArea)


        self.mainLayout.addLayout(self.bodyLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.printButton = QPushButton(ReferralSheetDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonsLayout.addWidget(self.printButton)

        self.savePdfButton = QPushButton(ReferralSheetDialog)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.buttonsLayout.addWidget(self.savePdfButton)

        self.buttonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.buttonBox = QDialogButtonBox(ReferralSheetDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.desksLabel.setBuddy(self.deskList)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.employeeRadio, self.managerRadio)
        QWidget.setTabOrder(self.managerRadio, self.deskList)
        QWidget.setTabOrder(self.deskList, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.largeCheck)
        QWidget.setTabOrder(self.largeCheck, self.editDirectoryButton)
        QWidget.setTabOrder(self.editDirectoryButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.savePdfButton)

        self.retranslateUi(ReferralSheetDialog)

        QMetaObject.connectSlotsByName(ReferralSheetDialog)
    # setupUi

    def retranslateUi(self, ReferralSheetDialog):
        ReferralSheetDialog.setWindowTitle(QCoreApplication.translate("ReferralSheetDialog", u"Referral sheet", None))
        self.introLabel.setText(QCoreApplication.translate("ReferralSheetDialog", u"A one-page sheet to hand over or pin up: who can help next, and how to reach them. It shows nothing of a case.", None))
        self.audienceGroup.setTitle(QCoreApplication.translate("ReferralSheetDialog", u"For whom", None))
        self.employeeRadio.setText(QCoreApplication.translate("ReferralSheetDialog", u"The person I am &helping", None))
        self.managerRadio.setText(QCoreApplication.translate("ReferralSheetDialog", u"A &manager (what to do, whom to consult)", None))
        self.desksLabel.setText(QCoreApplication.translate("ReferralSheetDialog", u"&Desks on the sheet:", None))
#if QT_CONFIG(accessibility)
        self.deskList.setAccessibleName(QCoreApplication.translate("ReferralSheetDialog", u"Desks on the sheet", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("ReferralSheetDialog", u"Sheet &language:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("ReferralSheetDialog", u"Language of the sheet", None))
#endif // QT_CONFIG(accessibility)
        self.largeCheck.setText(QCoreApplication.translate("ReferralSheetDialog", u"La&rge print", None))
        self.editDirectoryButton.setText(QCoreApplication.translate("ReferralSheetDialog", u"&Edit referral directory\u2026", None))
#if QT_CONFIG(accessibility)
        self.previewArea.setAccessibleName(QCoreApplication.translate("ReferralSheetDialog", u"Preview of the sheet", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("ReferralSheetDialog", u"&Print\u2026", None))
        self.savePdfButton.setText(QCoreApplication.translate("ReferralSheetDialog", u"&Save as PDF\u2026", None))
    # retranslateUi

