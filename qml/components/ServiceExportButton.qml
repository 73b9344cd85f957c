pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import Atalaya

// A button that asks where to save an export (GeoJSON or CSV, by the name chosen) and says so
// with fileChosen; the page writes the file and passes what that said to showSummary.
Button {
    id: root

    property string accessibleName
    property string dialogTitle

    signal fileChosen(url file)

    function showSummary(text: string) {
        summaryText.text = text
        summary.open()
    }

    font.pixelSize: Theme.fontSmall
    focusPolicy: Qt.StrongFocus
    Accessible.name: root.accessibleName
    onClicked: fileDialog.open()

    FileDialog {
        id: fileDialog
        title: root.dialogTitle
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("GeoJSON (*.geojson)"), qsTr("CSV (*.csv)")]
        defaultSuffix: fileDialog.selectedNameFilter.extensions.length > 0 ? fileDialog.selectedNameFilter.extensions[0] : "geojson"
        onAccepted: root.fileChosen(fileDialog.selectedFile)
    }

    Dialog {
        id: summary
        objectName: root.objectName + "Summary"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(Theme.overlayCardWidth * 1.5, parent ? parent.width - 2 * Theme.spacingXl : Theme.overlayCardWidth)
        modal: true
        title: qsTr("Export")
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
