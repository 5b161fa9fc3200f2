# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workspace_roster.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget)

class Ui_RosterPage(object):
    def setupUi(self, RosterPage):
        if not RosterPage.objectName():
            RosterPage.setObjectName(u"RosterPage")
        RosterPage.resize(1000, 560)
        self.mainLayout = QHBoxLayout(RosterPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.expectedGroup = QGroupBox(RosterPage)
        self.expectedGroup.setObjectName(u"expectedGroup")
        self.expectedLayout = QVBoxLayout(self.expectedGroup)
        self.expectedLayout.setObjectName(u"expectedLayout")
        self.explainLabel = QLabel(self.expectedGroup)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.expectedLayout.addWidget(self.explainLabel)

        self.rosterEdit = QPlainTextEdit(self.expectedGroup)
        self.rosterEdit.setObjectName(u"rosterEdit")
        self.rosterEdit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.expectedLayout.addWidget(self.rosterEdit)

        self.problemLabel = QLabel(self.expectedGroup)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setText(u"")
        self.problemLabel.setWordWrap(True)

        self.expectedLayout.addWidget(self.problemLabel)

        self.rosterButtons = QHBoxLayout()
        self.rosterButtons.setObjectName(u"rosterButtons")
        self.loadButton = QPushButton(self.expectedGroup)
        self.loadButton.setObjectName(u"loadButton")

        self.rosterButtons.addWidget(self.loadButton)

        self.saveListButton = QPushButton(self.expectedGroup)
        self.saveListButton.setObjectName(u"saveListButton")

        self.rosterButtons.addWidget(self.saveListButton)

        self.addDeliveredButton = QPushButton(self.expectedGroup)
        self.addDeliveredButton.setObjectName(u"addDeliveredButton")

        self.rosterButtons.addWidget(self.addDeliveredButton)

        self.rosterSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rosterButtons.addItem(self.rosterSpacer)


        self.expectedLayout.addLayout(self.rosterButtons)


        self.mainLayout.addWidget(self.expectedGroup)

        self.statusGroup = QGroupBox(RosterPage)
        self.statusGroup.setObjectName(u"statusGroup")
        self.statusLayout = QVBoxLayout(self.statusGroup)
        self.statusLayout.setObjectName(u"statusLayout")
        self.summaryLabel = QLabel(self.statusGroup)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.statusLayout.addWidget(self.summaryLabel)

        self.missingLabel = QLabel(self.statusGroup)
        self.missingLabel.setObjectName(u"missingLabel")

        self.statusLayout.addWidget(self.missingLabel)

        self.missingList = QListWidget(self.statusGroup)
        self.missingList.setObjectName(u"missingList")

        self.statusLayout.addWidget(self.missingList)

        self.unexpectedLabel = QLabel(self.statusGroup)
        self.unexpectedLabel.setObjectName(u"unexpectedLabel")

        self.statusLayout.addWidget(self.unexpectedLabel)

        self.unexpectedList = QListWidget(self.statusGroup)
        self.unexpectedList.setObjectName(u"unexpectedList")

        self.statusLayout.addWidget(self.unexpectedList)

        self.statusButtons = QHBoxLayout()
        self.statusButtons.setObjectName(u"statusButtons")
        self.statusSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusButtons.addItem(self.statusSpacer)

        self.printButton = QPushButton(self.statusGroup)
        self.printButton.setObjectName(u"printButton")

        self.statusButtons.addWidget(self.printButton)


        self.statusLayout.addLayout(self.statusButtons)


        self.mainLayout.addWidget(self.statusGroup)

#if QT_CONFIG(shortcut)
        self.missingLabel.setBuddy(self.missingList)
        self.unexpectedLabel.setBuddy(self.unexpectedList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.rosterEdit, self.loadButton)
        QWidget.setTabOrder(self.loadButton, self.saveListButton)
        QWidget.setTabOrder(self.saveListButton, self.addDeliveredButton)
        QWidget.setTabOrder(self.addDeliveredButton, self.missingList)
        QWidget.setTabOrder(self.missingList, self.unexpectedList)
        QWidget.setTabOrder(self.unexpectedList, self.printButton)

        self.retranslateUi(RosterPage)

        QMetaObject.connectSlotsByName(RosterPage)
    # setupUi

    def retranslateUi(self, RosterPage):
        self.expectedGroup.setTitle(QCoreApplication.translate("RosterPage", u"Expected sources", None))
        self.explainLabel.setText(QCoreApplication.translate("RosterPage", u"One source a line: the label a confidant chose for the export, or the source id. Text after # is a comment.", None))
#if QT_CONFIG(accessibility)
        self.rosterEdit.setAccessibleName(QCoreApplication.translate("RosterPage", u"Expected sources, one a line", None))
#endif // QT_CONFIG(accessibility)
        self.loadButton.setText(QCoreApplication.translate("RosterPage", u"&Load list\u2026", None))
        self.saveListButton.setText(QCoreApplication.translate("RosterPage", u"Sa&ve list\u2026", None))
        self.addDeliveredButton.setText(QCoreApplication.translate("RosterPage", u"Add &sources not on the list", None))
        self.statusGroup.setTitle(QCoreApplication.translate("RosterPage", u"Delivery", None))
        self.missingLabel.setText(QCoreApplication.translate("RosterPage", u"Missing:", None))
#if QT_CONFIG(accessibility)
        self.missingList.setAccessibleName(QCoreApplication.translate("RosterPage", u"Missing sources", None))
#endif // QT_CONFIG(accessibility)
        self.unexpectedLabel.setText(QCoreApplication.translate("RosterPage", u"Delivered, not on the list:", None))
#if QT_CONFIG(accessibility)
        self.unexpectedList.setAccessibleName(QCoreApplication.translate("RosterPage", u"Delivered sources not on the list", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("RosterPage", u"&Print delivery list\u2026", None))
        pass
    # retranslateUi

