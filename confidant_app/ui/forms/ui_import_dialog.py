# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(760, 460)
        self.mainLayout = QVBoxLayout(ImportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ImportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(ImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(ImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(ImportDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.browseButton)

        self.checkButton = QPushButton(ImportDialog)
        self.checkButton.setObjectName(u"checkButton")
        self.checkButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.checkButton)


        self.mainLayout.addLayout(self.fileLayout)

        self.statusLabel = QLabel(ImportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.problemTree = QTreeWidget(ImportDialog)
        self.problemTree.setObjectName(u"problemTree")
        self.problemTree.setRootIsDecorated(False)
        self.problemTree.setUniformRowHeights(True)
        self.problemTree.setAlternatingRowColors(True)
        self.problemTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemTree.setMinimumSize(QSize(640, 260))
        self.problemTree.setWordWrap(True)

        self.mainLayout.addWidget(self.problemTree)

        self.problemDetail = QLabel(ImportDialog)
        self.problemDetail.setObjectName(u"problemDetail")
        self.problemDetail.setText(u"")
        self.problemDetail.setWordWrap(True)
        self.problemDetail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.problemDetail)

        self.buttonBox = QDialogButtonBox(ImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.checkButton)
        QWidget.setTabOrder(self.checkButton, self.problemTree)

        self.retranslateUi(ImportDialog)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import a case register", None))
        self.introLabel.setText(QCoreApplication.translate("ImportDialog", u"Add cases from a register file (.jsonl, .csv or .xlsx). The whole file is checked first: nothing is added unless every row is right.", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportDialog", u"&File:", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Register file", None))
#endif // QT_CONFIG(accessibility)
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"Choose a .jsonl, .csv or .xlsx file", None))
        self.browseButton.setText(QCoreApplication.translate("ImportDialog", u"&Choose\u2026", None))
#if QT_CONFIG(accessibility)
        self.browseButton.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Choose a register file", None))
#endif // QT_CONFIG(accessibility)
        self.checkButton.setText(QCoreApplication.translate("ImportDialog", u"Check &again", None))
#if QT_CONFIG(accessibility)
        self.checkButton.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Check the file again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Result of the check", None))
#endif // QT_CONFIG(accessibility)
        ___qtreewidgetitem = self.problemTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ImportDialog", u"Problem", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ImportDialog", u"Field", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ImportDialog", u"Row", None))
#if QT_CONFIG(accessibility)
        self.problemTree.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Problems in the file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problemDetail.setAccessibleName(QCoreApplication.translate("ImportDialog", u"The chosen problem in full", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

