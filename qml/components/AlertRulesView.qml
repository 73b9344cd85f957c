pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Atalaya

// The alert centre's Rules tab: the rules file in use (choose another, read it again), the rules
// it holds that could not run with the rule and the field at fault, and the rules that run, each
// with its condition in words; add, edit and remove rules (written back to the file).
FocusScope {
    id: root

    required property AlertsPanel panel
    property string pendingRemoval
    property string fileError

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM
            Text {
                objectName: "alertRulesFile"
                Layout.fillWidth: true
                // On a shared store one evaluator raises each alert once for every workstation.
                text: Dashboard.storeBackend === "PostgreSQL"
                      ? qsTr("Shared store: atalaya-ingest evaluates the rules (its --rules file) for every workstation; this desktop only edits the file %1.").arg(root.panel.rulesFilePath)
                      : root.panel.rulesFilePath.length > 0 ? qsTr("Rules file: %1").arg(root.panel.rulesFilePath)
                                                           : qsTr("No rules file: no alerts are raised. Add a rule to create one.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WrapAnywhere
            }
            Button {
                objectName: "alertRulesChoose"
                text: qsTr("Choose file…")
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("Choose another alert rules file")
                onClicked: fileDialog.open()
            }
            Button {
                objectName: "alertRulesReload"
                visible: root.panel.rulesFilePath.length > 0
                text: qsTr("Reload file")
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("Read the rules file again")
                onClicked: root.panel.reload()
            }
            Button {
                objectName: "alertRuleAdd"
                text: qsTr("Add rule…")
                highlighted: true
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("Add an alert rule")
                onClicked: editor.openFor("")
            }
        }
        Text {
            Layout.fillWidth: true
            visible: root.fileError.length > 0
            text: "⚠ " + root.fileError
            color: Theme.statusRedText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }

        // The rules that could not run, each naming the rule and the field: the others run.
        Rectangle {
            objectName: "alertRuleProblems"
            Layout.fillWidth: true
            visible: root.panel.problems.length > 0 || root.panel.rulesFileError.length > 0
            implicitHeight: problemsColumn.implicitHeight + 2 * Theme.spacingS
            color: Theme.surfaceRaised
            border.width: Theme.focusWidth
            border.color: root.panel.rulesFileError.length > 0 ? Theme.statusRed : Theme.statusAmber
            radius: Theme.radiusS

            ColumnLayout {
                id: problemsColumn
                anchors.fill: parent
                anchors.margins: Theme.spacingS
                spacing: Theme.spacingXs
                Text {
                    objectName: "alertRulesFileError"
                    Layout.fillWidth: true
                    text: root.panel.rulesFileError.length > 0
                          ? qsTr("%1 The rules file was not used: %2").arg(Theme.shapeRed).arg(root.panel.rulesFileError)
                          : qsTr("%1 %n rule(s) of the file could not run; the other rules run.", "", root.panel.problems.length)
                                .arg(Theme.shapeAmber)
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                Repeater {
                    model: root.panel.problems
                    delegate: Text {
                        required property int index
                        required property var modelData
                        objectName: "alertRuleProblem_" + index
                        Layout.fillWidth: true
                        text: "• " + modelData.text
                        color: Theme.text
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }

        ListView {
            id: rulesList
            objectName: "alertRulesList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingXs
            model: root.panel.rules
            activeFocusOnTab: true
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Alert rules")

            delegate: ItemDelegate {
                id: ruleRow
                required property int index
                required property string ruleId
                required property string name
                required property string typeText
                required property string severityKey
                required property string severityText
                required property bool ruleEnabled
                required property string summary

                objectName: "alertRule_" + ruleRow.ruleId
                width: ListView.view.width
                padding: Theme.spacingS
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("%1, %2, %3: %4").arg(ruleRow.name).arg(ruleRow.severityText).arg(ruleRow.typeText).arg(ruleRow.summary)
                Keys.onReturnPressed: editor.openFor(ruleRow.ruleId)
                Keys.onDeletePressed: {
                    root.pendingRemoval = ruleRow.ruleId
                    removeConfirm.open()
                }
                onDoubleClicked: editor.openFor(ruleRow.ruleId)

                background: Rectangle {
                    color: ruleRow.ListView.isCurrentItem && rulesList.activeFocus ? Theme.surfaceSelected : Theme.surface
                    border.width: ruleRow.visualFocus ? Theme.focusWidth : Theme.borderWidth
                    border.color: ruleRow.visualFocus ? Theme.focusRing : Theme.border
                    radius: Theme.radiusS
                }
                contentItem: RowLayout {
                    spacing: Theme.spacingM
                    AlertSeverityMarker {
                        Layout.preferredWidth: Theme.rankingValueWidth
                        severityKey: ruleRow.severityKey
                        word: ruleRow.severityText
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingXs
                        Text {
                            Layout.fillWidth: true
                            text: ruleRow.ruleEnabled ? qsTr("%1 · %2").arg(ruleRow.name).arg(ruleRow.typeText)
                                                  : qsTr("%1 · %2 · off").arg(ruleRow.name).arg(ruleRow.typeText)
                            color: ruleRow.ruleEnabled ? Theme.text : Theme.textMuted
                            font.pixelSize: Theme.fontBody
                            font.weight: Font.Bold
                            elide: Text.ElideRight
                        }
                        Text {
                            objectName: "alertRuleSummary_" + ruleRow.ruleId
                            Layout.fillWidth: true
                            text: qsTr("%1 — %2").arg(ruleRow.ruleId).arg(ruleRow.summary)
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.WordWrap
                        }
                    }
                    Button {
                        objectName: "alertRuleEdit_" + ruleRow.ruleId
                        text: qsTr("Edit…")
                        focusPolicy: Qt.StrongFocus
                        Accessible.name: qsTr("Edit the rule %1").arg(ruleRow.name)
                        onClicked: editor.openFor(ruleRow.ruleId)
                    }
                    Button {
                        objectName: "alertRuleRemove_" + ruleRow.ruleId
                        text: qsTr("Remove")
                        focusPolicy: Qt.StrongFocus
                        Accessible.name: qsTr("Remove the rule %1").arg(ruleRow.name)
                        onClicked: {
                            root.pendingRemoval = ruleRow.ruleId
                            removeConfirm.open()
                        }
                    }
                }
            }
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Choose an alert rules file")
        nameFilters: [qsTr("Alert rules (*.json)")]
        fileMode: FileDialog.SaveFile
        onAccepted: root.fileError = root.panel.useRulesFile(fileDialog.selectedFile.toString())
    }

    AlertRuleDialog {
        id: editor
        panel: root.panel
    }

    Popup {
        id: removeConfirm
        objectName: "alertRuleRemoveConfirm"
        modal: true
        focus: true
        padding: Theme.spacingL
        anchors.centerIn: Overlay.overlay
        property string error
        onOpened: removeConfirm.error = ""
        background: Rectangle {
            color: Theme.surface
            radius: Theme.radiusM
            border.width: Theme.borderWidth
            border.color: Theme.border
        }
        contentItem: ColumnLayout {
            spacing: Theme.spacingM
            Text {
                text: qsTr("Remove the rule “%1” from the rules file? Its alerts stay in the history.").arg(root.pendingRemoval)
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
                Layout.maximumWidth: Theme.overlayCardWidth
            }
            Text {
                visible: removeConfirm.error.length > 0
                text: "⚠ " + removeConfirm.error
                color: Theme.statusRedText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                Layout.maximumWidth: Theme.overlayCardWidth
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                Button {
                    objectName: "alertRuleRemoveCancel"
                    text: qsTr("Keep it")
                    onClicked: removeConfirm.close()
                }
                Button {
                    objectName: "alertRuleRemoveConfirmButton"
                    text: qsTr("Remove")
                    highlighted: true
                    onClicked: {
                        removeConfirm.error = root.panel.removeRule(root.pendingRemoval)
                        if (removeConfirm.error.length === 0)
                            removeConfirm.close()
                    }
                }
            }
        }
    }
}
