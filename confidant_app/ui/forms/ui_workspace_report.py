# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workspace_report.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget)

class Ui_ReportPage(object):
    def setupUi(self, ReportPage):
        if not ReportPage.objectName():
            ReportPage.setObjectName(u"ReportPage")
        ReportPage.resize(1000, 560)
        self.mainLayout = QVBoxLayout(ReportPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.viewLayout = QHBoxLayout()
        self.viewLayout.setObjectName(u"viewLayout")
        self.exactCheck = QCheckBox(ReportPage)
        self.exactCheck.setObjectName(u"exactCheck")

        self.viewLayout.addWidget(self.exactCheck)

        self.viewSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.viewLayout.addItem(self.viewSpacer)

        self.minCellLabel = QLabel(ReportPage)
        self.minCellLabel.setObjectName(u"minCellLabel")

        self.viewLayout.addWidget(self.minCellLabel)

        self.minCellSpin = QSpinBox(ReportPage)
        self.minCellSpin.setObjectName(u"minCellSpin")
        self.minCellSpin.setMinimum(3)
        self.minCellSpin.setMaximum(20)
        self.minCellSpin.setValue(5)

        self.viewLayout.addWidget(self.minCellSpin)


        self.mainLayout.addLayout(self.viewLayout)

        self.paragraphLabel = QLabel(ReportPage)
        self.paragraphLabel.setObjectName(u"paragraphLabel")
        self.paragraphLabel.setText(u"")
        self.paragraphLabel.setWordWrap(True)
        self.paragraphLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.paragraphLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setObjectName(u"leftLayout")
        self.tableList = QListWidget(ReportPage)
        self.tableList.setObjectName(u"tableList")
        self.tableList.setMaximumWidth(320)
        self.tableList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tableList.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.leftLayout.addWidget(self.tableList)

        self.compareGroup = QGroupBox(ReportPage)
        self.compareGroup.setObjectName(u"compareGroup")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.compareGroup.sizePolicy().hasHeightForWidth())
        self.compareGroup.setSizePolicy(sizePolicy)
        self.compareGroup.setMaximumWidth(320)
        self.compareLayout = QVBoxLayout(self.compareGroup)
        self.compareLayout.setObjectName(u"compareLayout")
        self.compareList = QListWidget(self.compareGroup)
        self.compareList.setObjectName(u"compareList")
        self.compareList.setMaximumHeight(90)

        self.compareLayout.addWidget(self.compareList)

        self.compareButtons = QHBoxLayout()
        self.compareButtons.setObjectName(u"compareButtons")
        self.addCompareButton = QPushButton(self.compareGroup)
        self.addCompareButton.setObjectName(u"addCompareButton")

        self.compareButtons.addWidget(self.addCompareButton)

        self.removeCompareButton = QPushButton(self.compareGroup)
        self.removeCompareButton.setObjectName(u"removeCompareButton")
        self.removeCompareButton.setEnabled(False)

        self.compareButtons.addWidget(self.removeCompareButton)


        self.compareLayout.addLayout(self.compareButtons)


        self.leftLayout.addWidget(self.compareGroup)


        self.bodyLayout.addLayout(self.leftLayout)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.tableTitle = QLabel(ReportPage)
        self.tableTitle.setObjectName(u"tableTitle")
        self.tableTitle.setText(u"")

        self.rightLayout.addWidget(self.tableTitle)

        self.tableView = QTableView(ReportPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.verticalHeader().setVisible(False)

        self.rightLayout.addWidget(self.tableView)

        self.ruleLabel = QLabel(ReportPage)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setText(u"")
        self.ruleLabel.setWordWrap(True)

        self.rightLayout.addWidget(self.ruleLabel)


        self.bodyLayout.addLayout(self.rightLayout)


        self.mainLayout.addLayout(self.bodyLayout)

#if QT_CONFIG(shortcut)
        self.minCellLabel.setBuddy(self.minCellSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.exactCheck, self.minCellSpin)
        QWidget.setTabOrder(self.minCellSpin, self.tableList)
        QWidget.setTabOrder(self.tableList, self.tableView)
        QWidget.setTabOrder(self.tableView, self.compareList)
        QWidget.setTabOrder(self.compareList, self.addCompareButton)
        QWidget.setTabOrder(self.addCompareButton, self.removeCompareButton)

        self.retranslateUi(ReportPage)

        QMetaObject.connectSlotsByName(ReportPage)
    # setupUi

    def retranslateUi(self, ReportPage):
        self.exactCheck.setText(QCoreApplication.translate("ReportPage", u"&Exact working view (not for publication)", None))
        self.minCellLabel.setText(QCoreApplication.translate("ReportPage", u"&Hide counts below:", None))
#if QT_CONFIG(accessibility)
        self.minCellSpin.setAccessibleName(QCoreApplication.translate("ReportPage", u"Hide counts below", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tableList.setAccessibleName(QCoreApplication.translate("ReportPage", u"Tables", None))
#endif // QT_CONFIG(accessibility)
        self.compareGroup.setTitle(QCoreApplication.translate("ReportPage", u"Earlier years beside it", None))
#if QT_CONFIG(accessibility)
        self.compareList.setAccessibleName(QCoreApplication.translate("ReportPage", u"Earlier years' merged files", None))
#endif // QT_CONFIG(accessibility)
        self.addCompareButton.setText(QCoreApplication.translate("ReportPage", u"&Add year\u2026", None))
        self.removeCompareButton.setText(QCoreApplication.translate("ReportPage", u"Re&move", None))
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(QCoreApplication.translate("ReportPage", u"Table", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

