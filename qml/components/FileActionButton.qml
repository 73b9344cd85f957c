pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import Atalaya

// "Import…": picks a CSV or JSON file of hospitals and bed reports, imports it into the store
// and shows the import's summary (hospitals created, reports stored, rows skipped and why).
Button {
    id: root

    required property HospitalsPanel panel

    text: qsTr("Import…")
    font.pixelSize: Theme.fontBody
    focusPolicy: Qt.StrongFocus
    Accessible.name: qsTr("Import hospitals and bed reports from a CSV or JSON file")
    ToolTip.visible: root.hovered
    ToolTip.delay: Theme.toolTipDelay
    ToolTip.text: qsTr("CSV (counts or levels, UTF-8 or Latin-1, comma or semicolon) or FIWARE-style JSON")
    onClicked: fileDialog.open()

    FileDialog {
        id: fileDialog
        title: qsTr("Import hospitals")
        nameFilters: [qsTr("Hospital reports (*.csv *.json)"), qsTr("CSV files (*.csv)"), qsTr("JSON files (*.json)")]
        onAccepted: {
            summaryText.text = root.panel.importHospitals(fileDialog.selectedFile)
            summary.open()
        }
    }

    Dialog {
        id: summary
        objectName: "importSummary"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(Theme.overlayCardWidth * 1.5, parent ? parent.width - 2 * Theme.spacingXl : Theme.overlayCardWidth)
        modal: true
        title: qsTr("Import summary")
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
