pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// Import services into a category (an existing one, or a new slug such as "defibrillators"),
// and export what the map shows or what is selected, as GeoJSON or CSV.
ColumnLayout {
    id: root

    required property ServicesPanel panel
    required property ServicePointLayer pointLayer

    spacing: Theme.spacingXs
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Import and export services")

    Text {
        Layout.fillWidth: true
        text: qsTr("Import and export")
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        font.weight: Font.Bold
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("Category to import into (a new slug creates it)")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        ComboBox {
            id: category
            objectName: "serviceImportCategory"
            Layout.fillWidth: true
            editable: true
            model: root.panel.categorySlugs
            font.pixelSize: Theme.fontSmall
            focusPolicy: Qt.StrongFocus
            Accessible.name: qsTr("Category to import into")
        }
        FileActionButton {
            id: importButton
            objectName: "importServices"
            text: qsTr("Import…")
            enabled: Dashboard.canAdminister && category.editText.trim().length > 0
            accessibleName: qsTr("Import services from a GeoJSON, CSV or FIWARE file into %1").arg(category.editText)
            toolTipText: qsTr("GeoJSON points or areas, CSV with coordinates (UTF-8 or Latin-1), or FIWARE NGSI-v2 JSON")
            dialogTitle: qsTr("Import services into %1").arg(category.editText)
            nameFilters: [qsTr("Service files (*.geojson *.json *.csv)"), qsTr("GeoJSON (*.geojson *.json)"), qsTr("CSV (*.csv)")]
            onFileChosen: file => importButton.showSummary(root.panel.importServices(file, category.editText))
        }
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        ServiceExportButton {
            id: exportView
            objectName: "exportInView"
            text: qsTr("Export in view…")
            accessibleName: qsTr("Export the services of the layers shown that are in view")
            dialogTitle: qsTr("Export the services in view")
            onFileChosen: file => exportView.showSummary(root.panel.exportInView(file, root.pointLayer))
        }
        ServiceExportButton {
            id: exportSelected
            objectName: "exportSelected"
            text: qsTr("Export selected…")
            enabled: root.panel.hasSelection
            accessibleName: qsTr("Export the selected service, or the services of the chosen post code")
            dialogTitle: qsTr("Export the selection")
            onFileChosen: file => exportSelected.showSummary(root.panel.exportSelected(file))
        }
    }
}
