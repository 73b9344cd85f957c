pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import Atalaya

// A button that picks a file and says so with fileChosen; the page hands the file on (an import,
// a scheme file) and passes what that said to showSummary: what was stored, what was skipped and
// why, or why the file was refused.
Button {
    id: root

    property string accessibleName
    property string toolTipText
    property string dialogTitle
    property list<string> nameFilters
    property string summaryTitle: qsTr("Import summary")

    signal fileChosen(url file)

    function showSummary(text: string) {
        summaryText.text = text
        summary.open()
    }

    font.pixelSize: Theme.fontBody
    focusPolicy: Qt.StrongFocus
    Accessible.name: root.accessibleName
    ToolTip.visible: root.hovered && root.toolTipText.length > 0
    ToolTip.delay: Theme.toolTipDelay
    ToolTip.text: root.toolTipText
    onClicked: fileDialog.open()

    FileDialog {
        id: fileDialog
        title: root.dialogTitle
        nameFilters: root.nameFilters
        onAccepted: root.fileChosen(fileDialog.selectedFile)
    }

    Dialog {
        id: summary
        objectName: root.objectName + "Summary"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(Theme.overlayCardWidth * 1.5, parent ? parent.width - 2 * Theme.spacingXl : Theme.overlayCardWidth)
        modal: true
        title: root.summaryTitle
        standardButtons: Dialog.Ok
        Text {
            id: summaryText
            width: parent.width
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
        }
    }
}
