pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// A service's audited edits, newest first: who, when, which field, old → new, each with Undo.
// A refused undo (the value has changed again since) is said above the list.
ColumnLayout {
    id: root

    // Rows with auditId, actor, atText, fieldName, oldText, newText (ServiceHistoryModel).
    property var model
    property string undoError
    signal undoRequested(var auditId)

    spacing: Theme.spacingXs
    Accessible.role: Accessible.List
    Accessible.name: qsTr("History of changes")

    Text {
        Layout.fillWidth: true
        text: qsTr("History")
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.weight: Font.Bold
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Text {
        objectName: "serviceUndoError"
        Layout.fillWidth: true
        visible: root.undoError.length > 0
        text: "⚠ " + root.undoError
        color: Theme.statusRedText
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: root.undoError
    }
    Text {
        Layout.fillWidth: true
        visible: entries.count === 0
        text: qsTr("No changes recorded yet.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }
    Repeater {
        id: entries
        objectName: "serviceHistory"
        model: root.model
        delegate: RowLayout {
            id: entry
            required property int index
            required property var auditId
            required property string actor
            required property string atText
            required property string fieldName
            required property string oldText
            required property string newText

            objectName: "serviceHistory_" + entry.index
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Accessible.role: Accessible.ListItem
            Accessible.name: qsTr("%1 at %2 changed %3 from %4 to %5")
                                 .arg(entry.actor).arg(entry.atText).arg(entry.fieldName).arg(entry.oldText).arg(entry.newText)

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Text {
                    objectName: "serviceHistoryChange_" + entry.index
                    Layout.fillWidth: true
                    text: qsTr("%1: %2 → %3").arg(entry.fieldName).arg(entry.oldText).arg(entry.newText)
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("by %1 at %2").arg(entry.actor).arg(entry.atText)
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
            }
            Button {
                objectName: "serviceUndo_" + entry.index
                text: qsTr("Undo")
                font.pixelSize: Theme.fontSmall
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("Undo the change of %1 from %2 to %3").arg(entry.fieldName).arg(entry.oldText).arg(entry.newText)
                onClicked: root.undoRequested(entry.auditId)
            }
        }
    }
}
