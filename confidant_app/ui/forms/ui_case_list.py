# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_list.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget)

class Ui_CaseList(object):
    def setupUi(self, CaseList):
        if not CaseList.objectName():
            CaseList.setObjectName(u"CaseList")
        CaseList.resize(1200, 600)
        self.mainLayout = QVBoxLayout(CaseList)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.yearLabel = QLabel(CaseList)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(CaseList)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.yearCombo)

        self.statusLabel = QLabel(CaseList)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(CaseList)
        self.statusCombo.addItem("")
        self.statusCombo.addItem("")
        self.statusCombo.addItem("")
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.statusCombo)

        self.categoryLabel = QLabel(CaseList)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.filterLayout.addWidget(self.categoryLabel)

        self.categoryCombo = QComboBox(CaseList)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.categoryCombo.setMinimumContentsLength(24)

        self.filterLayout.addWidget(self.categoryCombo)

        self.searchEdit = QLineEdit(CaseList)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(200, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.clearFiltersButton = QPushButton(CaseList)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")
        self.clearFiltersButton.setAutoDefault(False)

        self.filterLayout.addWidget(self.clearFiltersButton)


        self.mainLayout.addLayout(self.filterLayout)

        self.emptyLabel = QLabel(CaseList)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setVisible(False)

        self.mainLayout.addWidget(self.emptyLabel)

        self.caseTable = QTableView(CaseList)
        self.caseTable.setObjectName(u"caseTable")
        self.caseTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.caseTable.setAlternatingRowColors(True)
        self.caseTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.caseTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.caseTable.setShowGrid(False)
        self.caseTable.setSortingEnabled(True)
        self.caseTable.setWordWrap(False)
        self.caseTable.horizontalHeader().setHighlightSections(False)
        self.caseTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.caseTable)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.clearFiltersButton)
        QWidget.setTabOrder(self.clearFiltersButton, self.caseTable)

        self.retranslateUi(CaseList)

        QMetaObject.connectSlotsByName(CaseList)
    # setupUi

    def retranslateUi(self, CaseList):
        self.yearLabel.setText(QCoreApplication.translate("CaseList", u"&Year:", None))
#if QT_CONFIG(accessibility)
        self.yearCombo.setAccessibleName(QCoreApplication.translate("CaseList", u"Year first opened", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("CaseList", u"&Status:", None))
        self.statusCombo.setItemText(0, QCoreApplication.translate("CaseList", u"All", None))
        self.statusCombo.setItemText(1, QCoreApplication.translate("CaseList", u"Open", None))
        self.statusCombo.setItemText(2, QCoreApplication.translate("CaseList", u"Closed", None))

#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("CaseList", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.categoryLabel.setText(QCoreApplication.translate("CaseList", u"Ca&tegory:", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("CaseList", u"Category group or code", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("CaseList", u"Search by alias or case number", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CaseList", u"Search alias or case number", None))
        self.clearFiltersButton.setText(QCoreApplication.translate("CaseList", u"Clear &filters", None))
        self.emptyLabel.setText(QCoreApplication.translate("CaseList", u"No cases match these filters.", None))
#if QT_CONFIG(accessibility)
        self.caseTable.setAccessibleName(QCoreApplication.translate("CaseList", u"Cases", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

