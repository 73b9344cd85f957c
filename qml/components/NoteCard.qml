pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// One operator note's card: its text, where and when it applies, who wrote it and when. Edit
// opens the note's form; Remove asks once more, then removes it (the store keeps it for replays
// of the time before). Escape or Close closes the card.
Rectangle {
    id: root

    // NotesPanel.note(id): id, body, placeText, validText, author, createdText, updatedText,
    // coordinate, shown.
    property var note: ({})
    // Why the last removal was refused; empty when it was not.
    property string error
    property bool editable: true
    property bool confirming: false

    signal editRequested(var noteId)
    signal removeRequested(var noteId)
    signal closeRequested()

    onNoteChanged: root.confirming = false

    implicitWidth: Theme.overlayCardWidth
    implicitHeight: content.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radiusM
    color: Theme.surface
    border.width: Theme.borderWidth
    border.color: Theme.border

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Note: %1").arg(root.note.body ?? "")

    Keys.onEscapePressed: root.closeRequested()

    ColumnLayout {
        id: content
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacingM }
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Text {
                text: "◆"
                color: Theme.chartSelected
                font.pixelSize: Theme.fontTitle
                Accessible.ignored: true
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Operator note")
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Button {
                objectName: "noteCardClose"
                text: "✕"
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("Close the note")
                ToolTip.visible: hovered
                ToolTip.delay: Theme.toolTipDelay
                ToolTip.text: qsTr("Close (Escape)")
                onClicked: root.closeRequested()
            }
        }
        Text {
            objectName: "noteCardBody"
            Layout.fillWidth: true
            text: root.note.body ?? ""
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }
        Text {
            objectName: "noteCardPlace"
            Layout.fillWidth: true
            text: qsTr("Where: %1").arg(root.note.placeText ?? "")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "noteCardValidity"
            Layout.fillWidth: true
            text: qsTr("When: %1").arg(root.note.validText ?? "")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: (root.note.updatedText ?? "").length > 0
                  ? qsTr("%1 · %2").arg(root.note.createdText ?? "").arg(root.note.updatedText)
                  : (root.note.createdText ?? "")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            visible: root.note.shown === false
            text: qsTr("Not on the map at the time shown.")
            color: Theme.statusAmberText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "noteCardError"
            Layout.fillWidth: true
            visible: root.error.length > 0
            text: "⚠ " + root.error
            color: Theme.statusRedText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: root.error
        }

        RowLayout {
            Layout.fillWidth: true
            visible: root.editable
            spacing: Theme.spacingS
            Button {
                objectName: "noteCardEdit"
                visible: !root.confirming
                text: qsTr("Edit…")
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("Edit the note")
                onClicked: root.editRequested(root.note.id)
            }
            Button {
                objectName: "noteCardRemove"
                visible: !root.confirming
                text: qsTr("Remove…")
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("Remove the note")
                onClicked: {
                    root.confirming = true
                    confirmButton.forceActiveFocus(Qt.TabFocusReason)
                }
            }
            Text {
                Layout.fillWidth: true
                visible: root.confirming
                text: qsTr("Remove this note? Replays of earlier moments still show it.")
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
            Button {
                id: confirmButton
                objectName: "noteCardConfirmRemove"
                visible: root.confirming
                text: qsTr("Remove")
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("Yes, remove the note")
                onClicked: {
                    root.confirming = false
                    root.removeRequested(root.note.id)
                }
            }
            Button {
                visible: root.confirming
                text: qsTr("Keep")
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("No, keep the note")
                onClicked: root.confirming = false
            }
        }
    }
}
