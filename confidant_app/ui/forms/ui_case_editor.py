# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QSpinBox,
    QTableView,
    QTreeWidget,
    QVBoxLayout,
    QWidget)

class Ui_CaseEditor(object):
    def setupUi(self, CaseEditor):
        if not CaseEditor.objectName():
            CaseEditor.setObjectName(u"CaseEditor")
        CaseEditor.resize(1100, 680)
        self.mainLayout = QVBoxLayout(CaseEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(CaseEditor)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setText(u"")

        self.mainLayout.addWidget(self.headingLabel)

        self.messageLabel = QLabel(CaseEditor)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setVisible(False)

        self.mainLayout.addWidget(self.messageLabel)

        self.bodyScroll = QScrollArea(CaseEditor)
        self.bodyScroll.setObjectName(u"bodyScroll")
        self.bodyScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.bodyScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.bodyScroll.setWidgetResizable(True)
        self.body = QWidget()
        self.body.setObjectName(u"body")
        self.bodyLayout = QVBoxLayout(self.body)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.bodyLayout.setContentsMargins(0, 0, 0, 0)
        self.upperLayout = QHBoxLayout()
        self.upperLayout.setObjectName(u"upperLayout")
        self.detailsGroup = QGroupBox(self.body)
        self.detailsGroup.setObjectName(u"detailsGroup")
        self.detailsForm = QFormLayout(self.detailsGroup)
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.caseNumberLabel = QLabel(self.detailsGroup)
        self.caseNumberLabel.setObjectName(u"caseNumberLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.caseNumberLabel)

        self.caseNumberBox = QVBoxLayout()
        self.caseNumberBox.setSpacing(2)
        self.caseNumberBox.setObjectName(u"caseNumberBox")
        self.caseNumberEdit = QLineEdit(self.detailsGroup)
        self.caseNumberEdit.setObjectName(u"caseNumberEdit")
        self.caseNumberEdit.setMaxLength(32)

        self.caseNumberBox.addWidget(self.caseNumberEdit)

        self.caseNumberError = QLabel(self.detailsGroup)
        self.caseNumberError.setObjectName(u"caseNumberError")
        self.caseNumberError.setText(u"")
        self.caseNumberError.setWordWrap(True)
        self.caseNumberError.setVisible(False)

        self.caseNumberBox.addWidget(self.caseNumberError)


        self.detailsForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.caseNumberBox)

        self.aliasLabel = QLabel(self.detailsGroup)
        self.aliasLabel.setObjectName(u"aliasLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.aliasLabel)

        self.aliasBox = QVBoxLayout()
        self.aliasBox.setSpacing(2)
        self.aliasBox.setObjectName(u"aliasBox")
        self.aliasEdit = QLineEdit(self.detailsGroup)
        self.aliasEdit.setObjectName(u"aliasEdit")
        self.aliasEdit.setMaxLength(80)

        self.aliasBox.addWidget(self.aliasEdit)

        self.aliasError = QLabel(self.detailsGroup)
        self.aliasError.setObjectName(u"aliasError")
        self.aliasError.setText(u"")
        self.aliasError.setWordWrap(True)
        self.aliasError.setVisible(False)

        self.aliasBox.addWidget(self.aliasError)


        self.detailsForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.aliasBox)

        self.unitLabel = QLabel(self.detailsGroup)
        self.unitLabel.setObjectName(u"unitLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitBox = QVBoxLayout()
        self.unitBox.setSpacing(2)
        self.unitBox.setObjectName(u"unitBox")
        self.unitCombo = QComboBox(self.detailsGroup)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.unitCombo.setMinimumSize(QSize(200, 0))

        self.unitBox.addWidget(self.unitCombo)

        self.unitError = QLabel(self.detailsGroup)
        self.unitError.setObjectName(u"unitError")
        self.unitError.setText(u"")
        self.unitError.setWordWrap(True)
        self.unitError.setVisible(False)

        self.unitBox.addWidget(self.unitError)


        self.detailsForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.unitBox)

        self.roleLabel = QLabel(self.detailsGroup)
        self.roleLabel.setObjectName(u"roleLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleBox = QVBoxLayout()
        self.roleBox.setSpacing(2)
        self.roleBox.setObjectName(u"roleBox")
        self.roleCombo = QComboBox(self.detailsGroup)
        self.roleCombo.setObjectName(u"roleCombo")
        self.roleCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.roleBox.addWidget(self.roleCombo)

        self.roleError = QLabel(self.detailsGroup)
        self.roleError.setObjectName(u"roleError")
        self.roleError.setText(u"")
        self.roleError.setWordWrap(True)
        self.roleError.setVisible(False)

        self.roleBox.addWidget(self.roleError)


        self.detailsForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.roleBox)

        self.positionLabel = QLabel(self.detailsGroup)
        self.positionLabel.setObjectName(u"positionLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionBox = QVBoxLayout()
        self.positionBox.setSpacing(2)
        self.positionBox.setObjectName(u"positionBox")
        self.positionCombo = QComboBox(self.detailsGroup)
        self.positionCombo.setObjectName(u"positionCombo")
        self.positionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.positionBox.addWidget(self.positionCombo)

        self.positionError = QLabel(self.detailsGroup)
        self.positionError.setObjectName(u"positionError")
        self.positionError.setText(u"")
        self.positionError.setWordWrap(True)
        self.positionError.setVisible(False)

        self.positionBox.addWidget(self.positionError)


        self.detailsForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.positionBox)

        self.genderLabel = QLabel(self.detailsGroup)
        self.genderLabel.setObjectName(u"genderLabel")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderBox = QVBoxLayout()
        self.genderBox.setSpacing(2)
        self.genderBox.setObjectName(u"genderBox")
        self.genderCombo = QComboBox(self.detailsGroup)
        self.genderCombo.setObjectName(u"genderCombo")
        self.genderCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.genderBox.addWidget(self.genderCombo)

        self.genderError = QLabel(self.detailsGroup)
        self.genderError.setObjectName(u"genderError")
        self.genderError.setText(u"")
        self.genderError.setWordWrap(True)
        self.genderError.setVisible(False)

        self.genderBox.addWidget(self.genderError)


        self.detailsForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.genderBox)

        self.openedLabel = QLabel(self.detailsGroup)
        self.openedLabel.setObjectName(u"openedLabel")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.openedLabel)

        self.openedBox = QVBoxLayout()
        self.openedBox.setSpacing(2)
        self.openedBox.setObjectName(u"openedBox")
        self.openedEdit = QDateEdit(self.detailsGroup)
        self.openedEdit.setObjectName(u"openedEdit")
        self.openedEdit.setCalendarPopup(True)
        self.openedEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.openedEdit.setMinimumDate(QDate(2000, 1, 1))

        self.openedBox.addWidget(self.openedEdit)

        self.openedError = QLabel(self.detailsGroup)
        self.openedError.setObjectName(u"openedError")
        self.openedError.setText(u"")
        self.openedError.setWordWrap(True)
        self.openedError.setVisible(False)

        self.openedBox.addWidget(self.openedError)


        self.detailsForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.openedBox)

        self.closedCheck = QCheckBox(self.detailsGroup)
        self.closedCheck.setObjectName(u"closedCheck")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.closedCheck)

        self.closedBox = QVBoxLayout()
        self.closedBox.setSpacing(2)
        self.closedBox.setObjectName(u"closedBox")
        self.closedEdit = QDateEdit(self.detailsGroup)
        self.closedEdit.setObjectName(u"closedEdit")
        self.closedEdit.setCalendarPopup(True)
        self.closedEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.closedEdit.setMinimumDate(QDate(2000, 1, 1))

        self.closedBox.addWidget(self.closedEdit)

        self.closedError = QLabel(self.detailsGroup)
        self.closedError.setObjectName(u"closedError")
        self.closedError.setText(u"")
        self.closedError.setWordWrap(True)
        self.closedError.setVisible(False)

        self.closedBox.addWidget(self.closedError)


        self.detailsForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.closedBox)

        self.excludeCheck = QCheckBox(self.detailsGroup)
        self.excludeCheck.setObjectName(u"excludeCheck")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.excludeCheck)


        self.upperLayout.addWidget(self.detailsGroup)

        self.categoriesGroup = QGroupBox(self.body)
        self.categoriesGroup.setObjectName(u"categoriesGroup")
        self.categoriesLayout = QVBoxLayout(self.categoriesGroup)
        self.categoriesLayout.setObjectName(u"categoriesLayout")
        self.categoryTree = QTreeWidget(self.categoriesGroup)
        self.categoryTree.setObjectName(u"categoryTree")
        self.categoryTree.setRootIsDecorated(False)
        self.categoryTree.setItemsExpandable(False)
        self.categoryTree.setUniformRowHeights(True)
        self.categoryTree.setMinimumSize(QSize(380, 240))
        self.categoryTree.header().setVisible(False)

        self.categoriesLayout.addWidget(self.categoryTree)

        self.categoriesError = QLabel(self.categoriesGroup)
        self.categoriesError.setObjectName(u"categoriesError")
        self.categoriesError.setText(u"")
        self.categoriesError.setWordWrap(True)
        self.categoriesError.setVisible(False)

        self.categoriesLayout.addWidget(self.categoriesError)

        self.primaryLayout = QHBoxLayout()
        self.primaryLayout.setObjectName(u"primaryLayout")
        self.primaryLabel = QLabel(self.categoriesGroup)
        self.primaryLabel.setObjectName(u"primaryLabel")

        self.primaryLayout.addWidget(self.primaryLabel)

        self.primaryCombo = QComboBox(self.categoriesGroup)
        self.primaryCombo.setObjectName(u"primaryCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.primaryCombo.sizePolicy().hasHeightForWidth())
        self.primaryCombo.setSizePolicy(sizePolicy)

        self.primaryLayout.addWidget(self.primaryCombo)


        self.categoriesLayout.addLayout(self.primaryLayout)


        self.upperLayout.addWidget(self.categoriesGroup)

        self.codesLayout = QVBoxLayout()
        self.codesLayout.setObjectName(u"codesLayout")
        self.referralsGroup = QGroupBox(self.body)
        self.referralsGroup.setObjectName(u"referralsGroup")
        self.referralsLayout = QVBoxLayout(self.referralsGroup)
        self.referralsLayout.setObjectName(u"referralsLayout")
        self.referralList = QListWidget(self.referralsGroup)
        self.referralList.setObjectName(u"referralList")
        self.referralList.setMinimumSize(QSize(220, 120))

        self.referralsLayout.addWidget(self.referralList)

        self.referralSheetButton = QPushButton(self.referralsGroup)
        self.referralSheetButton.setObjectName(u"referralSheetButton")

        self.referralsLayout.addWidget(self.referralSheetButton)

        self.referralsError = QLabel(self.referralsGroup)
        self.referralsError.setObjectName(u"referralsError")
        self.referralsError.setText(u"")
        self.referralsError.setWordWrap(True)
        self.referralsError.setVisible(False)

        self.referralsLayout.addWidget(self.referralsError)


        self.codesLayout.addWidget(self.referralsGroup)

        self.outcomesGroup = QGroupBox(self.body)
        self.outcomesGroup.setObjectName(u"outcomesGroup")
        self.outcomesLayout = QVBoxLayout(self.outcomesGroup)
        self.outcomesLayout.setObjectName(u"outcomesLayout")
        self.outcomeList = QListWidget(self.outcomesGroup)
        self.outcomeList.setObjectName(u"outcomeList")
        self.outcomeList.setMinimumSize(QSize(220, 100))

        self.outcomesLayout.addWidget(self.outcomeList)

        self.outcomesError = QLabel(self.outcomesGroup)
        self.outcomesError.setObjectName(u"outcomesError")
        self.outcomesError.setText(u"")
        self.outcomesError.setWordWrap(True)
        self.outcomesError.setVisible(False)

        self.outcomesLayout.addWidget(self.outcomesError)


        self.codesLayout.addWidget(self.outcomesGroup)


        self.upperLayout.addLayout(self.codesLayout)

        self.upperLayout.setStretch(0, 1)
        self.upperLayout.setStretch(1, 1)

        self.bodyLayout.addLayout(self.upperLayout)

        self.lowerLayout = QHBoxLayout()
        self.lowerLayout.setObjectName(u"lowerLayout")
        self.conversationsGroup = QGroupBox(self.body)
        self.conversationsGroup.setObjectName(u"conversationsGroup")
        self.conversationsLayout = QVBoxLayout(self.conversationsGroup)
        self.conversationsLayout.setObjectName(u"conversationsLayout")
        self.conversationTable = QTableView(self.conversationsGroup)
        self.conversationTable.setObjectName(u"conversationTable")
        self.conversationTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conversationTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conversationTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conversationTable.setShowGrid(False)
        self.conversationTable.setAlternatingRowColors(True)
        self.conversationTable.setMinimumSize(QSize(0, 110))
        self.conversationTable.horizontalHeader().setStretchLastSection(True)
        self.conversationTable.verticalHeader().setVisible(False)

        self.conversationsLayout.addWidget(self.conversationTable)

        self.entryLayout = QHBoxLayout()
        self.entryLayout.setSpacing(6)
        self.entryLayout.setObjectName(u"entryLayout")
        self.conversationDateEdit = QDateEdit(self.conversationsGroup)
        self.conversationDateEdit.setObjectName(u"conversationDateEdit")
        self.conversationDateEdit.setCalendarPopup(True)
        self.conversationDateEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.conversationDateEdit.setMinimumDate(QDate(2000, 1, 1))

        self.entryLayout.addWidget(self.conversationDateEdit)

        self.channelCombo = QComboBox(self.conversationsGroup)
        self.channelCombo.setObjectName(u"channelCombo")
        self.channelCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.entryLayout.addWidget(self.channelCombo)

        self.minutesSpin = QSpinBox(self.conversationsGroup)
        self.minutesSpin.setObjectName(u"minutesSpin")
        self.minutesSpin.setMaximum(1440)
        self.minutesSpin.setSingleStep(5)
        self.minutesSpin.setValue(30)

        self.entryLayout.addWidget(self.minutesSpin)

        self.addConversationButton = QPushButton(self.conversationsGroup)
        self.addConversationButton.setObjectName(u"addConversationButton")
        self.addConversationButton.setAutoDefault(False)

        self.entryLayout.addWidget(self.addConversationButton)

        self.changeConversationButton = QPushButton(self.conversationsGroup)
        self.changeConversationButton.setObjectName(u"changeConversationButton")
        self.changeConversationButton.setAutoDefault(False)

        self.entryLayout.addWidget(self.changeConversationButton)

        self.removeConversationButton = QPushButton(self.conversationsGroup)
        self.removeConversationButton.setObjectName(u"removeConversationButton")
        self.removeConversationButton.setAutoDefault(False)

        self.entryLayout.addWidget(self.removeConversationButton)


        self.conversationsLayout.addLayout(self.entryLayout)

        self.conversationsError = QLabel(self.conversationsGroup)
        self.conversationsError.setObjectName(u"conversationsError")
        self.conversationsError.setText(u"")
        self.conversationsError.setWordWrap(True)
        self.conversationsError.setVisible(False)

        self.conversationsLayout.addWidget(self.conversationsError)


        self.lowerLayout.addWidget(self.conversationsGroup)

        self.notesGroup = QGroupBox(self.body)
        self.notesGroup.setObjectName(u"notesGroup")
        self.notesLayout = QVBoxLayout(self.notesGroup)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesEdit = QPlainTextEdit(self.notesGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(260, 110))

        self.notesLayout.addWidget(self.notesEdit)

        self.notesError = QLabel(self.notesGroup)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setText(u"")
        self.notesError.setWordWrap(True)
        self.notesError.setVisible(False)

        self.notesLayout.addWidget(self.notesError)


        self.lowerLayout.addWidget(self.notesGroup)

        self.lowerLayout.setStretch(0, 3)
        self.lowerLayout.setStretch(1, 2)

        self.bodyLayout.addLayout(self.lowerLayout)

        self.bodyScroll.setWidget(self.body)

        self.mainLayout.addWidget(self.bodyScroll)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.hintLabel = QLabel(CaseEditor)
        self.hintLabel.setObjectName(u"hintLabel")

        self.buttonLayout.addWidget(self.hintLabel)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(CaseEditor)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(CaseEditor)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.caseNumberLabel.setBuddy(self.caseNumberEdit)
        self.aliasLabel.setBuddy(self.aliasEdit)
        self.unitLabel.setBuddy(self.unitCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.positionLabel.setBuddy(self.positionCombo)
        self.genderLabel.setBuddy(self.genderCombo)
        self.openedLabel.setBuddy(self.openedEdit)
        self.primaryLabel.setBuddy(self.primaryCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.caseNumberEdit, self.aliasEdit)
        QWidget.setTabOrder(self.aliasEdit, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.positionCombo)
        QWidget.setTabOrder(self.positionCombo, self.genderCombo)
        QWidget.setTabOrder(self.genderCombo, self.openedEdit)
        QWidget.setTabOrder(self.openedEdit, self.closedCheck)
        QWidget.setTabOrder(self.closedCheck, self.closedEdit)
        QWidget.setTabOrder(self.closedEdit, self.excludeCheck)
        QWidget.setTabOrder(self.excludeCheck, self.categoryTree)
        QWidget.setTabOrder(self.categoryTree, self.primaryCombo)
        QWidget.setTabOrder(self.primaryCombo, self.referralList)
        QWidget.setTabOrder(self.referralList, self.referralSheetButton)
        QWidget.setTabOrder(self.referralSheetButton, self.outcomeList)
        QWidget.setTabOrder(self.outcomeList, self.conversationDateEdit)
        QWidget.setTabOrder(self.conversationDateEdit, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.minutesSpin)
        QWidget.setTabOrder(self.minutesSpin, self.addConversationButton)
        QWidget.setTabOrder(self.addConversationButton, self.changeConversationButton)
        QWidget.setTabOrder(self.changeConversationButton, self.removeConversationButton)
        QWidget.setTabOrder(self.removeConversationButton, self.conversationTable)
        QWidget.setTabOrder(self.conversationTable, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(CaseEditor)

        QMetaObject.connectSlotsByName(CaseEditor)
    # setupUi

    def retranslateUi(self, CaseEditor):
        CaseEditor.setWindowTitle(QCoreApplication.translate("CaseEditor", u"Case", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.detailsGroup.setTitle(QCoreApplication.translate("CaseEditor", u"Details", None))
        self.caseNumberLabel.setText(QCoreApplication.translate("CaseEditor", u"Case &number:", None))
#if QT_CONFIG(accessibility)
        self.caseNumberEdit.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Case number", None))
#endif // QT_CONFIG(accessibility)
        self.caseNumberEdit.setPlaceholderText(QCoreApplication.translate("CaseEditor", u"assigned when saved", None))
#if QT_CONFIG(accessibility)
        self.caseNumberError.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Problem with the case number", None))
#endif // QT_CONFIG(accessibility)
        self.aliasLabel.setText(QCoreApplication.translate("CaseEditor", u"&Alias:", None))
#if QT_CONFIG(accessibility)
        self.aliasEdit.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Alias", None))
#endif // QT_CONFIG(accessibility)
        self.aliasEdit.setPlaceholderText(QCoreApplication.translate("CaseEditor", u"never a real name", None))
#if QT_CONFIG(accessibility)
        self.aliasError.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Problem with the alias", None))
#endif // QT_CONFIG(accessibility)
        self.unitLabel.setText(QCoreApplication.translate("CaseEditor", u"&Unit:", None))
#if QT_CONFIG(accessibility)
        self.unitCombo.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Defence unit", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unitError.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Problem with the unit", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("CaseEditor", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Role of the person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.roleError.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Problem with the role", None))
#endif // QT_CONFIG(accessibility)
        self.positionLabel.setText(QCoreApplication.translate("CaseEditor", u"&Position:", None))
#if QT_CONFIG(accessibility)
        self.positionCombo.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Position in the matter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.positionError.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Problem with the position", None))
#endif // QT_CONFIG(accessibility)
        self.genderLabel.setText(QCoreApplication.translate("CaseEditor", u"&Gender:", None))
#if QT_CONFIG(accessibility)
        self.genderCombo.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Gender", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.genderError.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Problem with the gender", None))
#endif // QT_CONFIG(accessibility)
        self.openedLabel.setText(QCoreApplication.translate("CaseEditor", u"&First contact:", None))
#if QT_CONFIG(accessibility)
        self.openedEdit.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Date of first contact", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.openedError.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Problem with the date of first contact", None))
#endif // QT_CONFIG(accessibility)
        self.closedCheck.setText(QCoreApplication.translate("CaseEditor", u"&Closed on:", None))
#if QT_CONFIG(accessibility)
        self.closedCheck.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Case closed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.closedEdit.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Closing date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.closedError.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Problem with the closing date", None))
#endif // QT_CONFIG(accessibility)
        self.excludeCheck.setText(QCoreApplication.translate("CaseEditor", u"E&xclude from statistics", None))
#if QT_CONFIG(accessibility)
        self.excludeCheck.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Exclude from statistics", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.excludeCheck.setToolTip(QCoreApplication.translate("CaseEditor", u"For test entries and withdrawn cases: kept in the vault, never counted", None))
#endif // QT_CONFIG(tooltip)
        self.categoriesGroup.setTitle(QCoreApplication.translate("CaseEditor", u"Ca&tegories", None))
#if QT_CONFIG(accessibility)
        self.categoryTree.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Categories", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.categoryTree.setAccessibleDescription(QCoreApplication.translate("CaseEditor", u"Tick every category that applies; Space ticks the current one", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.categoriesError.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Problem with the categories", None))
#endif // QT_CONFIG(accessibility)
        self.primaryLabel.setText(QCoreApplication.translate("CaseEditor", u"Pri&mary:", None))
#if QT_CONFIG(accessibility)
        self.primaryCombo.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Primary category", None))
#endif // QT_CONFIG(accessibility)
        self.referralsGroup.setTitle(QCoreApplication.translate("CaseEditor", u"Referre&d to", None))
#if QT_CONFIG(accessibility)
        self.referralList.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Referred to", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.referralList.setAccessibleDescription(QCoreApplication.translate("CaseEditor", u"Tick every place the person was referred to", None))
#endif // QT_CONFIG(accessibility)
        self.referralSheetButton.setText(QCoreApplication.translate("CaseEditor", u"Print referral &sheet\u2026", None))
#if QT_CONFIG(tooltip)
        self.referralSheetButton.setToolTip(QCoreApplication.translate("CaseEditor", u"A sheet with the ticked desks and how to reach them; nothing of this case is on it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.referralSheetButton.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Print referral sheet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.referralsError.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Problem with the referrals", None))
#endif // QT_CONFIG(accessibility)
        self.outcomesGroup.setTitle(QCoreApplication.translate("CaseEditor", u"&Outcome", None))
#if QT_CONFIG(accessibility)
        self.outcomeList.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.outcomeList.setAccessibleDescription(QCoreApplication.translate("CaseEditor", u"Tick every outcome that applies", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.outcomesError.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Problem with the outcomes", None))
#endif // QT_CONFIG(accessibility)
        self.conversationsGroup.setTitle(QCoreApplication.translate("CaseEditor", u"Con&versations", None))
#if QT_CONFIG(accessibility)
        self.conversationTable.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Conversations", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.conversationDateEdit.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Date of the conversation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.channelCombo.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Channel of the conversation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.minutesSpin.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Minutes", None))
#endif // QT_CONFIG(accessibility)
        self.minutesSpin.setSuffix(QCoreApplication.translate("CaseEditor", u" min", None))
        self.addConversationButton.setText(QCoreApplication.translate("CaseEditor", u"Add", None))
#if QT_CONFIG(accessibility)
        self.addConversationButton.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Add conversation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addConversationButton.setToolTip(QCoreApplication.translate("CaseEditor", u"Add the conversation (Enter in these fields does the same)", None))
#endif // QT_CONFIG(tooltip)
        self.changeConversationButton.setText(QCoreApplication.translate("CaseEditor", u"Change", None))
#if QT_CONFIG(accessibility)
        self.changeConversationButton.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Change the selected conversation", None))
#endif // QT_CONFIG(accessibility)
        self.removeConversationButton.setText(QCoreApplication.translate("CaseEditor", u"Remove", None))
#if QT_CONFIG(accessibility)
        self.removeConversationButton.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Remove the selected conversation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.conversationsError.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Problem with the conversations", None))
#endif // QT_CONFIG(accessibility)
        self.notesGroup.setTitle(QCoreApplication.translate("CaseEditor", u"Not&es", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Private notes", None))
#endif // QT_CONFIG(accessibility)
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("CaseEditor", u"Only for you: stays in the vault, never exported", None))
#if QT_CONFIG(accessibility)
        self.notesError.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Problem with the notes", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("CaseEditor", u"Ctrl+S saves \u00b7 Esc cancels", None))
        self.saveButton.setText(QCoreApplication.translate("CaseEditor", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Save the case", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("CaseEditor", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Cancel without saving", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

