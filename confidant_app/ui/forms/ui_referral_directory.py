# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'referral_directory.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget)

class Ui_DirectoryEditor(object):
    def setupUi(self, DirectoryEditor):
        if not DirectoryEditor.objectName():
            DirectoryEditor.setObjectName(u"DirectoryEditor")
        DirectoryEditor.resize(940, 700)
        self.mainLayout = QVBoxLayout(DirectoryEditor)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(DirectoryEditor)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.topLayout = QFormLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.moreInfoLabel = QLabel(DirectoryEditor)
        self.moreInfoLabel.setObjectName(u"moreInfoLabel")

        self.topLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.moreInfoLabel)

        self.moreInfoEdit = QLineEdit(DirectoryEditor)
        self.moreInfoEdit.setObjectName(u"moreInfoEdit")

        self.topLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.moreInfoEdit)


        self.mainLayout.addLayout(self.topLayout)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(12)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.deskList = QListWidget(DirectoryEditor)
        self.deskList.setObjectName(u"deskList")
        self.deskList.setMaximumSize(QSize(300, 16777215))

        self.bodyLayout.addWidget(self.deskList)

        self.deskGroup = QGroupBox(DirectoryEditor)
        self.deskGroup.setObjectName(u"deskGroup")
        self.deskGroup.setTitle(u"")
        self.deskForm = QFormLayout(self.deskGroup)
        self.deskForm.setObjectName(u"deskForm")
        self.deskForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameNlLabel = QLabel(self.deskGroup)
        self.nameNlLabel.setObjectName(u"nameNlLabel")

        self.deskForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameNlLabel)

        self.nameNlEdit = QLineEdit(self.deskGroup)
        self.nameNlEdit.setObjectName(u"nameNlEdit")

        self.deskForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameNlEdit)

        self.nameEnLabel = QLabel(self.deskGroup)
        self.nameEnLabel.setObjectName(u"nameEnLabel")

        self.deskForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameEnLabel)

        self.nameEnEdit = QLineEdit(self.deskGroup)
        self.nameEnEdit.setObjectName(u"nameEnEdit")

        self.deskForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEnEdit)

        self.doesNlLabel = QLabel(self.deskGroup)
        self.doesNlLabel.setObjectName(u"doesNlLabel")

        self.deskForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.doesNlLabel)

        self.doesNlEdit = QPlainTextEdit(self.deskGroup)
        self.doesNlEdit.setObjectName(u"doesNlEdit")
        self.doesNlEdit.setTabChangesFocus(True)
        self.doesNlEdit.setMaximumSize(QSize(16777215, 84))

        self.deskForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.doesNlEdit)

        self.doesEnLabel = QLabel(self.deskGroup)
        self.doesEnLabel.setObjectName(u"doesEnLabel")

        self.deskForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.doesEnLabel)

        self.doesEnEdit = QPlainTextEdit(self.deskGroup)
        self.doesEnEdit.setObjectName(u"doesEnEdit")
        self.doesEnEdit.setTabChangesFocus(True)
        self.doesEnEdit.setMaximumSize(QSize(16777215, 84))

        self.deskForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.doesEnEdit)

        self.howNlLabel = QLabel(self.deskGroup)
        self.howNlLabel.setObjectName(u"howNlLabel")

        self.deskForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.howNlLabel)

        self.howNlEdit = QLineEdit(self.deskGroup)
        self.howNlEdit.setObjectName(u"howNlEdit")

        self.deskForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.howNlEdit)

        self.howEnLabel = QLabel(self.deskGroup)
        self.howEnLabel.setObjectName(u"howEnLabel")

        self.deskForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.howEnLabel)

        self.howEnEdit = QLineEdit(self.deskGroup)
        self.howEnEdit.setObjectName(u"howEnEdit")

        self.deskForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.howEnEdit)

        self.phoneLabel = QLabel(self.deskGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.deskForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.deskGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.deskForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(self.deskGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.deskForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.deskGroup)
        self.emailEdit.setObjectName(u"emailEdit")

        self.deskForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.intranetLabel = QLabel(self.deskGroup)
        self.intranetLabel.setObjectName(u"intranetLabel")

        self.deskForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.intranetLabel)

        self.intranetEdit = QLineEdit(self.deskGroup)
        self.intranetEdit.setObjectName(u"intranetEdit")

        self.deskForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.intranetEdit)

        self.unitsLabel = QLabel(self.deskGroup)
        self.unitsLabel.setObjectName(u"unitsLabel")

        self.deskForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.unitsLabel)

        self.unitsBox = QWidget(self.deskGroup)
        self.unitsBox.setObjectName(u"unitsBox")

        self.deskForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.unitsBox)


        self.bodyLayout.addWidget(self.deskGroup)


        self.mainLayout.addLayout(self.bodyLayout)

        self.messageLabel = QLabel(DirectoryEditor)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.resetButton = QPushButton(DirectoryEditor)
        self.resetButton.setObjectName(u"resetButton")

        self.buttonsLayout.addWidget(self.resetButton)

        self.buttonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.buttonBox = QDialogButtonBox(DirectoryEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.moreInfoLabel.setBuddy(self.moreInfoEdit)
        self.nameNlLabel.setBuddy(self.nameNlEdit)
        self.nameEnLabel.setBuddy(self.nameEnEdit)
        self.doesNlLabel.setBuddy(self.doesNlEdit)
        self.doesEnLabel.setBuddy(self.doesEnEdit)
        self.howNlLabel.setBuddy(self.howNlEdit)
        self.howEnLabel.setBuddy(self.howEnEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.intranetLabel.setBuddy(self.intranetEdit)
        self.unitsLabel.setBuddy(self.unitsBox)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DirectoryEditor)

        QMetaObject.connectSlotsByName(DirectoryEditor)
    # setupUi

    def retranslateUi(self, DirectoryEditor):
        DirectoryEditor.setWindowTitle(QCoreApplication.translate("DirectoryEditor", u"Referral directory", None))
        self.introLabel.setText(QCoreApplication.translate("DirectoryEditor", u"The desks on referral sheets and how to reach them. Empty fields marked \u201cto be filled in\u201d are still placeholders: fill them in for your unit. This list is kept on this computer, outside the vault; it holds no case data.", None))
        self.moreInfoLabel.setText(QCoreApplication.translate("DirectoryEditor", u"More &information (QR code on the manager's sheet):", None))
#if QT_CONFIG(accessibility)
        self.moreInfoEdit.setAccessibleName(QCoreApplication.translate("DirectoryEditor", u"More information address", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deskList.setAccessibleName(QCoreApplication.translate("DirectoryEditor", u"Desks", None))
#endif // QT_CONFIG(accessibility)
        self.nameNlLabel.setText(QCoreApplication.translate("DirectoryEditor", u"Name (&Dutch):", None))
#if QT_CONFIG(accessibility)
        self.nameNlEdit.setAccessibleName(QCoreApplication.translate("DirectoryEditor", u"Name in Dutch", None))
#endif // QT_CONFIG(accessibility)
        self.nameEnLabel.setText(QCoreApplication.translate("DirectoryEditor", u"Name (En&glish):", None))
#if QT_CONFIG(accessibility)
        self.nameEnEdit.setAccessibleName(QCoreApplication.translate("DirectoryEditor", u"Name in English", None))
#endif // QT_CONFIG(accessibility)
        self.doesNlLabel.setText(QCoreApplication.translate("DirectoryEditor", u"What they do (D&utch),\n"
"one point a line:", None))
#if QT_CONFIG(accessibility)
        self.doesNlEdit.setAccessibleName(QCoreApplication.translate("DirectoryEditor", u"What they do, in Dutch", None))
#endif // QT_CONFIG(accessibility)
        self.doesEnLabel.setText(QCoreApplication.translate("DirectoryEditor", u"What they do (&English),\n"
"one point a line:", None))
#if QT_CONFIG(accessibility)
        self.doesEnEdit.setAccessibleName(QCoreApplication.translate("DirectoryEditor", u"What they do, in English", None))
#endif // QT_CONFIG(accessibility)
        self.howNlLabel.setText(QCoreApplication.translate("DirectoryEditor", u"&How to reach them (Dutch):", None))
#if QT_CONFIG(accessibility)
        self.howNlEdit.setAccessibleName(QCoreApplication.translate("DirectoryEditor", u"How to reach them, in Dutch", None))
#endif // QT_CONFIG(accessibility)
        self.howEnLabel.setText(QCoreApplication.translate("DirectoryEditor", u"Ho&w to reach them (English):", None))
#if QT_CONFIG(accessibility)
        self.howEnEdit.setAccessibleName(QCoreApplication.translate("DirectoryEditor", u"How to reach them, in English", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("DirectoryEditor", u"&Phone:", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("DirectoryEditor", u"Phone number", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("DirectoryEditor", u"E-&mail address:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("DirectoryEditor", u"E-mail address", None))
#endif // QT_CONFIG(accessibility)
        self.intranetLabel.setText(QCoreApplication.translate("DirectoryEditor", u"I&ntranet page:", None))
#if QT_CONFIG(accessibility)
        self.intranetEdit.setAccessibleName(QCoreApplication.translate("DirectoryEditor", u"Intranet page", None))
#endif // QT_CONFIG(accessibility)
        self.unitsLabel.setText(QCoreApplication.translate("DirectoryEditor", u"Serves uni&ts:", None))
#if QT_CONFIG(accessibility)
        self.unitsBox.setAccessibleName(QCoreApplication.translate("DirectoryEditor", u"Units served", None))
#endif // QT_CONFIG(accessibility)
        self.resetButton.setText(QCoreApplication.translate("DirectoryEditor", u"&Reset to the shipped directory\u2026", None))
    # retranslateUi

