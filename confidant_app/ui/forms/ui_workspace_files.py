# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workspace_files.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QTableView,
    QVBoxLayout,
    QWidget)

class Ui_FilesPage(object):
    def setupUi(self, FilesPage):
        if not FilesPage.objectName():
            FilesPage.setObjectName(u"FilesPage")
        FilesPage.resize(1000, 560)
        self.mainLayout = QVBoxLayout(FilesPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.addFilesButton = QPushButton(FilesPage)
        self.addFilesButton.setObjectName(u"addFilesButton")

        self.topLayout.addWidget(self.addFilesButton)

        self.addFolderButton = QPushButton(FilesPage)
        self.addFolderButton.setObjectName(u"addFolderButton")

        self.topLayout.addWidget(self.addFolderButton)

        self.removeButton = QPushButton(FilesPage)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setEnabled(False)

        self.topLayout.addWidget(self.removeButton)

        self.hintLabel = QLabel(FilesPage)
        self.hintLabel.setObjectName(u"hintLabel")

        self.topLayout.addWidget(self.hintLabel)

        self.topSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.yearLabel = QLabel(FilesPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.topLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(FilesPage)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.topLayout.addWidget(self.yearCombo)


        self.mainLayout.addLayout(self.topLayout)

        self.summaryLabel = QLabel(FilesPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.summaryLabel)

        self.fileTable = QTableView(FilesPage)
        self.fileTable.setObjectName(u"fileTable")
        self.fileTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fileTable.setAlternatingRowColors(True)
        self.fileTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.fileTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fileTable.setShowGrid(False)
        self.fileTable.setWordWrap(False)
        self.fileTable.horizontalHeader().setStretchLastSection(False)
        self.fileTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.fileTable)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.addFilesButton, self.addFolderButton)
        QWidget.setTabOrder(self.addFolderButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.yearCombo)
        QWidget.setTabOrder(self.yearCombo, self.fileTable)

        self.retranslateUi(FilesPage)

        QMetaObject.connectSlotsByName(FilesPage)
    # setupUi

    def retranslateUi(self, FilesPage):
        self.addFilesButton.setText(QCoreApplication.translate("FilesPage", u"&Add files\u2026", None))
        self.addFolderButton.setText(QCoreApplication.translate("FilesPage", u"Add a f&older\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("FilesPage", u"&Remove selected", None))
        self.hintLabel.setText(QCoreApplication.translate("FilesPage", u"or drag export files and folders onto this window.", None))
        self.yearLabel.setText(QCoreApplication.translate("FilesPage", u"&Year to merge:", None))
#if QT_CONFIG(accessibility)
        self.yearCombo.setAccessibleName(QCoreApplication.translate("FilesPage", u"Year to merge", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fileTable.setAccessibleName(QCoreApplication.translate("FilesPage", u"Collected files", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

