# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(780, 620)
        self.mainLayout = QVBoxLayout(ExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(ExportDialog)
        self.tabs.setObjectName(u"tabs")
        self.previewTab = QWidget()
        self.previewTab.setObjectName(u"previewTab")
        self.previewLayout = QVBoxLayout(self.previewTab)
        self.previewLayout.setObjectName(u"previewLayout")
        self.yearLayout = QHBoxLayout()
        self.yearLayout.setObjectName(u"yearLayout")
        self.yearLabel = QLabel(self.previewTab)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(self.previewTab)
        self.yearCombo.setObjectName(u"yearCombo")

        self.yearLayout.addWidget(self.yearCombo)

        self.yearHint = QLabel(self.previewTab)
        self.yearHint.setObjectName(u"yearHint")
        self.yearHint.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.yearHint.sizePolicy().hasHeightForWidth())
        self.yearHint.setSizePolicy(sizePolicy)

        self.yearLayout.addWidget(self.yearHint)


        self.previewLayout.addLayout(self.yearLayout)

        self.introLabel = QLabel(self.previewTab)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.introLabel)

        self.noticeLabel = QLabel(self.previewTab)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setText(u"")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setVisible(False)

        self.previewLayout.addWidget(self.noticeLabel)

        self.previewTree = QTreeWidget(self.previewTab)
        self.previewTree.setObjectName(u"previewTree")
        self.previewTree.setRootIsDecorated(False)
        self.previewTree.setUniformRowHeights(True)
        self.previewTree.setAlternatingRowColors(True)
        self.previewTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTree.setMinimumSize(QSize(640, 300))

        self.previewLayout.addWidget(self.previewTree)

        self.fileLayout = QGridLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.jsonLabel = QLabel(self.previewTab)
        self.jsonLabel.setObjectName(u"jsonLabel")

        self.fileLayout.addWidget(self.jsonLabel, 0, 0, 1, 1)

        self.jsonEdit = QLineEdit(self.previewTab)
        self.jsonEdit.setObjectName(u"jsonEdit")

        self.fileLayout.addWidget(self.jsonEdit, 0, 1, 1, 1)

        self.jsonBrowseButton = QPushButton(self.previewTab)
        self.jsonBrowseButton.setObjectName(u"jsonBrowseButton")
        self.jsonBrowseButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.jsonBrowseButton, 0, 2, 1, 1)

        self.xlsxCheck = QCheckBox(self.previewTab)
        self.xlsxCheck.setObjectName(u"xlsxCheck")

        self.fileLayout.addWidget(self.xlsxCheck, 1, 0, 1, 1)

        self.xlsxEdit = QLineEdit(self.previewTab)
        self.xlsxEdit.setObjectName(u"xlsxEdit")

        self.fileLayout.addWidget(self.xlsxEdit, 1, 1, 1, 1)

        self.xlsxBrowseButton = QPushButton(self.previewTab)
        self.xlsxBrowseButton.setObjectName(u"xlsxBrowseButton")
        self.xlsxBrowseButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.xlsxBrowseButton, 1, 2, 1, 1)


        self.previewLayout.addLayout(self.fileLayout)

        self.tabs.addTab(self.previewTab, "")
        self.releasesTab = QWidget()
        self.releasesTab.setObjectName(u"releasesTab")
        self.releasesLayout = QVBoxLayout(self.releasesTab)
        self.releasesLayout.setObjectName(u"releasesLayout")
        self.releasesIntro = QLabel(self.releasesTab)
        self.releasesIntro.setObjectName(u"releasesIntro")
        self.releasesIntro.setWordWrap(True)

        self.releasesLayout.addWidget(self.releasesIntro)

        self.releaseTree = QTreeWidget(self.releasesTab)
        self.releaseTree.setObjectName(u"releaseTree")
        self.releaseTree.setRootIsDecorated(False)
        self.releaseTree.setUniformRowHeights(True)
        self.releaseTree.setAlternatingRowColors(True)
        self.releaseTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.releasesLayout.addWidget(self.releaseTree)

        self.tabs.addTab(self.releasesTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.statusLabel = QLabel(ExportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(ExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
        self.jsonLabel.setBuddy(self.jsonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.yearCombo)
        QWidget.setTabOrder(self.yearCombo, self.previewTree)
        QWidget.setTabOrder(self.previewTree, self.jsonEdit)
        QWidget.setTabOrder(self.jsonEdit, self.jsonBrowseButton)
        QWidget.setTabOrder(self.jsonBrowseButton, self.xlsxCheck)
        QWidget.setTabOrder(self.xlsxCheck, self.xlsxEdit)
        QWidget.setTabOrder(self.xlsxEdit, self.xlsxBrowseButton)
        QWidget.setTabOrder(self.xlsxBrowseButton, self.releaseTree)

        self.retranslateUi(ExportDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export a year", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export", None))
#endif // QT_CONFIG(accessibility)
        self.yearLabel.setText(QCoreApplication.translate("ExportDialog", u"&Year:", None))
#if QT_CONFIG(accessibility)
        self.yearCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Year to export", None))
#endif // QT_CONFIG(accessibility)
        self.yearHint.setText(QCoreApplication.translate("ExportDialog", u"Counts the cases first opened in this year; cases excluded from statistics are left out.", None))
        self.introLabel.setText(QCoreApplication.translate("ExportDialog", u"Below is every figure that will leave this computer: counts only, no names, notes, case numbers or dates.", None))
#if QT_CONFIG(accessibility)
        self.noticeLabel.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Notice", None))
#endif // QT_CONFIG(accessibility)
        ___qtreewidgetitem = self.previewTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ExportDialog", u"Value", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ExportDialog", u"Code", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ExportDialog", u"Figure", None))
#if QT_CONFIG(accessibility)
        self.previewTree.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Figures that will be exported", None))
#endif // QT_CONFIG(accessibility)
        self.jsonLabel.setText(QCoreApplication.translate("ExportDialog", u"&JSON file:", None))
#if QT_CONFIG(accessibility)
        self.jsonEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"JSON file to write", None))
#endif // QT_CONFIG(accessibility)
        self.jsonBrowseButton.setText(QCoreApplication.translate("ExportDialog", u"C&hoose\u2026", None))
#if QT_CONFIG(accessibility)
        self.jsonBrowseButton.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Choose the JSON file", None))
#endif // QT_CONFIG(accessibility)
        self.xlsxCheck.setText(QCoreApplication.translate("ExportDialog", u"Also a &workbook:", None))
#if QT_CONFIG(accessibility)
        self.xlsxCheck.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Also write a workbook (XLSX)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.xlsxEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Workbook file to write", None))
#endif // QT_CONFIG(accessibility)
        self.xlsxBrowseButton.setText(QCoreApplication.translate("ExportDialog", u"Ch&oose\u2026", None))
#if QT_CONFIG(accessibility)
        self.xlsxBrowseButton.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Choose the workbook file", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.previewTab), QCoreApplication.translate("ExportDialog", u"&Preview", None))
        self.releasesIntro.setText(QCoreApplication.translate("ExportDialog", u"Every export is recorded here. A change to a year already exported leaves the old figures standing and is exported as a new revision.", None))
        ___qtreewidgetitem1 = self.releaseTree.headerItem()
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("ExportDialog", u"Cases", None))
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("ExportDialog", u"Exported at (UTC)", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("ExportDialog", u"Revision", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("ExportDialog", u"Year", None))
#if QT_CONFIG(accessibility)
        self.releaseTree.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Release log", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.releasesTab), QCoreApplication.translate("ExportDialog", u"&Release log", None))
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Result", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

