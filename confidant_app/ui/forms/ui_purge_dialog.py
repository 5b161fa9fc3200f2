# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'purge_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QVBoxLayout)

class Ui_PurgeDialog(object):
    def setupUi(self, PurgeDialog):
        if not PurgeDialog.objectName():
            PurgeDialog.setObjectName(u"PurgeDialog")
        PurgeDialog.resize(760, 480)
        self.mainLayout = QVBoxLayout(PurgeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(PurgeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.countLabel = QLabel(PurgeDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.countLabel)

        self.caseTree = QTreeWidget(PurgeDialog)
        self.caseTree.setObjectName(u"caseTree")
        self.caseTree.setRootIsDecorated(False)
        self.caseTree.setUniformRowHeights(True)
        self.caseTree.setAlternatingRowColors(True)
        self.caseTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.caseTree.setMinimumSize(QSize(640, 240))

        self.mainLayout.addWidget(self.caseTree)

        self.statusLabel = QLabel(PurgeDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(PurgeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(PurgeDialog)

        QMetaObject.connectSlotsByName(PurgeDialog)
    # setupUi

    def retranslateUi(self, PurgeDialog):
        PurgeDialog.setWindowTitle(QCoreApplication.translate("PurgeDialog", u"Destroy cases past the retention period", None))
        self.introLabel.setText(QCoreApplication.translate("PurgeDialog", u"A purge destroys the notes, alias, case number and exact dates of the cases below for good, and deletes the automatic backups made before it. It keeps their coded outline (year and quarter, unit, role, categories, referrals and outcomes), so the figures of an exported year stay the same.", None))
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("PurgeDialog", u"Cases due for destruction", None))
#endif // QT_CONFIG(accessibility)
        ___qtreewidgetitem = self.caseTree.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("PurgeDialog", u"Due since", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("PurgeDialog", u"Year exported on", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("PurgeDialog", u"Closed on", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("PurgeDialog", u"Year", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("PurgeDialog", u"Case number", None))
#if QT_CONFIG(accessibility)
        self.caseTree.setAccessibleName(QCoreApplication.translate("PurgeDialog", u"Closed cases past the retention period", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("PurgeDialog", u"Result of the purge", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

