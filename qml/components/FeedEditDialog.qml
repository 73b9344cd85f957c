pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// Adds or edits one feed of the feeds file: its kind, where it is read from, its credentials,
// cadence and timeout. Saving checks the feed as the file would (FeedsPanel.saveFeed) and shows
// each refusal beside its field; nothing is written until every field is sound.
Popup {
    id: root
    objectName: "feedEditDialog"

    required property FeedsPanel panel
    property string originalId      // empty: a new feed
    property var errors: ({})
    property string kind: "sentilo"
    readonly property var kinds: [
        { key: "sentilo", title: qsTr("Sentilo") },
        { key: "ngsi", title: qsTr("FIWARE NGSI-v2") },
        { key: "http", title: qsTr("HTTP resource (JSON, CSV, GeoJSON)") },
        { key: "file", title: qsTr("File or folder") }
    ]
    readonly property bool mapped: root.kind === "http" || root.kind === "file"

    function openFor(id: string) {
        root.originalId = id
        root.errors = {}
        const form = root.panel.form(id)
        root.kind = form.kind
        for (const field of root.fieldItems())
            field.text = form[field.key] !== undefined ? form[field.key] : ""
        root.open()
    }
    function fieldItems(): var {
        return [idField, nameField, urlField, pathField, providerField, keyField, keyEnvField, sensorsField,
                serviceField, servicePathField, typesField, formatField, sensorFieldField, valueFieldField,
                timeFieldField, timeFormatField, cadenceField, timeoutField]
    }
    function save() {
        const form = { kind: root.kind }
        for (const field of root.fieldItems())
            form[field.key] = field.text
        const errors = root.panel.saveFeed(root.originalId, form)
        root.errors = errors
        if (Object.keys(errors).length === 0)
            root.close()
    }
    function errorOf(key: string): string {
        return root.errors[key] !== undefined ? root.errors[key] : ""
    }

    modal: true
    focus: true
    padding: Theme.spacingL
    anchors.centerIn: Overlay.overlay
    width: Math.min(720, (parent ? parent.width : 720) - 2 * Theme.spacingL)
    height: Math.min(column.implicitHeight + 2 * Theme.spacingL, (parent ? parent.height : 800) - 2 * Theme.spacingL)
    onOpened: idField.forceActiveFocus()

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radiusM
        border.width: Theme.borderWidth
        border.color: Theme.border
    }

    contentItem: Flickable {
        id: flick
        clip: true
        contentWidth: width
        contentHeight: column.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: flick.width
            spacing: Theme.spacingS

            Text {
                Layout.fillWidth: true
                text: root.originalId.length > 0 ? qsTr("Edit feed “%1”").arg(root.originalId) : qsTr("Add a feed")
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                Layout.fillWidth: true
                visible: root.panel.skippedCount > 0
                text: qsTr("Saving rewrites %1 with the feeds that loaded; the %n feed(s) it skipped because of problems are left out.", "", root.panel.skippedCount)
                      .arg(root.panel.filePath)
                color: Theme.statusAmberText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }

            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacingM
                rowSpacing: Theme.spacingS

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.columnSpan: 2
                    spacing: Theme.spacingXs
                    Text {
                        text: qsTr("Kind")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                    ComboBox {
                        id: kindBox
                        objectName: "feedKind"
                        Layout.fillWidth: true
                        model: root.kinds
                        textRole: "title"
                        valueRole: "key"
                        currentIndex: root.kinds.findIndex(k => k.key === root.kind)
                        onActivated: root.kind = kindBox.currentValue
                        Accessible.name: qsTr("Kind of feed")
                    }
                }
                FeedEditField {
                    id: idField
                    key: "id"
                    Layout.fillWidth: true
                    label: qsTr("Id (letters, digits, - _ .)")
                    hint: qsTr("e.g. beach-counters")
                    error: root.errorOf("id")
                }
                FeedEditField {
                    id: nameField
                    key: "name"
                    Layout.fillWidth: true
                    label: qsTr("Name shown")
                    hint: qsTr("the id when empty")
                    error: root.errorOf("name")
                }
                FeedEditField {
                    id: urlField
                    key: "url"
                    Layout.fillWidth: true
                    Layout.columnSpan: 2
                    visible: root.kind !== "file"
                    label: root.kind === "http" ? qsTr("URL of the resource") : qsTr("Server URL")
                    hint: root.kind === "ngsi" ? "http://orion.example.org:1026" : "https://api-sentilo.example.org"
                    error: root.errorOf("url")
                }
                FeedEditField {
                    id: pathField
                    key: "path"
                    Layout.fillWidth: true
                    Layout.columnSpan: 2
                    visible: root.kind === "file"
                    label: qsTr("File or folder")
                    hint: "/srv/atalaya/incoming"
                    error: root.errorOf("path")
                }
                FeedEditField {
                    id: providerField
                    key: "provider"
                    Layout.fillWidth: true
                    visible: root.kind === "sentilo"
                    label: qsTr("Provider")
                    error: root.errorOf("provider")
                }
                FeedEditField {
                    id: sensorsField
                    key: "sensors"
                    Layout.fillWidth: true
                    visible: root.kind === "sentilo"
                    label: qsTr("Sensors (comma-separated; empty: all)")
                    error: root.errorOf("sensors")
                }
                FeedEditField {
                    id: keyField
                    key: "identityKey"
                    Layout.fillWidth: true
                    visible: root.kind === "sentilo"
                    secret: true
                    label: qsTr("Identity key (IDENTITY_KEY)")
                    error: root.errorOf("identityKey")
                }
                FeedEditField {
                    id: keyEnvField
                    key: "identityKeyEnv"
                    Layout.fillWidth: true
                    visible: root.kind === "sentilo"
                    label: qsTr("…or the environment variable holding it")
                    hint: "SENTILO_KEY"
                    error: root.errorOf("identityKeyEnv")
                }
                FeedEditField {
                    id: serviceField
                    key: "fiwareService"
                    Layout.fillWidth: true
                    visible: root.kind === "ngsi"
                    label: qsTr("Fiware-Service (tenant)")
                    error: root.errorOf("fiwareService")
                }
                FeedEditField {
                    id: servicePathField
                    key: "fiwareServicePath"
                    Layout.fillWidth: true
                    visible: root.kind === "ngsi"
                    label: qsTr("Fiware-ServicePath")
                    hint: "/beaches"
                    error: root.errorOf("fiwareServicePath")
                }
                FeedEditField {
                    id: typesField
                    key: "types"
                    Layout.fillWidth: true
                    Layout.columnSpan: 2
                    visible: root.kind === "ngsi"
                    label: qsTr("Entity types (comma-separated; empty: all)")
                    hint: "Beach, OffStreetParking"
                    error: root.errorOf("types")
                }
                FeedEditField {
                    id: formatField
                    key: "format"
                    Layout.fillWidth: true
                    visible: root.mapped
                    label: root.kind === "file" ? qsTr("Format (json, csv, geojson or auto)") : qsTr("Format (json, csv or geojson)")
                    error: root.errorOf("format")
                }
                FeedEditField {
                    id: sensorFieldField
                    key: "sensorField"
                    Layout.fillWidth: true
                    visible: root.mapped
                    label: qsTr("Sensor field")
                    error: root.errorOf("sensorField")
                }
                FeedEditField {
                    id: valueFieldField
                    key: "valueField"
                    Layout.fillWidth: true
                    visible: root.mapped
                    label: qsTr("Value field")
                    error: root.errorOf("valueField")
                }
                FeedEditField {
                    id: timeFieldField
                    key: "timeField"
                    Layout.fillWidth: true
                    visible: root.mapped
                    label: qsTr("Time field (empty: time received)")
                    error: root.errorOf("timeField")
                }
                FeedEditField {
                    id: timeFormatField
                    key: "timeFormat"
                    Layout.fillWidth: true
                    Layout.columnSpan: 2
                    visible: root.mapped
                    label: qsTr("Time format (iso, epoch_s, epoch_ms, sentilo or e.g. dd/MM/yyyy HH:mm)")
                    error: root.errorOf("timeFormat")
                }
                FeedEditField {
                    id: cadenceField
                    key: "cadenceSeconds"
                    Layout.fillWidth: true
                    label: qsTr("Poll every (seconds)")
                    error: root.errorOf("cadenceSeconds")
                }
                FeedEditField {
                    id: timeoutField
                    key: "timeoutSeconds"
                    Layout.fillWidth: true
                    label: qsTr("Timeout (seconds)")
                    error: root.errorOf("timeoutSeconds")
                }
            }

            Text {
                objectName: "feedFormError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.errorOf("").length > 0 ? "⚠ " + root.errorOf("") : ""
                color: Theme.statusRedText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                spacing: Theme.spacingS
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "feedCancel"
                    text: qsTr("Cancel")
                    focusPolicy: Qt.StrongFocus
                    onClicked: root.close()
                }
                Button {
                    objectName: "feedSave"
                    text: qsTr("Save to the feeds file")
                    highlighted: true
                    focusPolicy: Qt.StrongFocus
                    onClicked: root.save()
                }
            }
        }
    }
}
