pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// One service's card: name, category, address, post code, opening hours, status (shape and
// word), capacity, notes and who updated it last. Service owners change the status, hours,
// notes and capacity here: each change is sent up (the page hands it to the store), a refusal
// is shown beside its field, and the history lists every change with an Undo.
Rectangle {
    id: root

    // ServicesPanel.selected: id, name, category, categoryIndex, categoryName, address, postCode,
    // openingHours, status, capacity (number or null), notes, updatedBy, updatedAtText, isArea,
    // windows.
    property var details: ({})
    // ServiceHistoryModel (or any model with its roles).
    property var history
    // ServicesPanel.editErrors: a refusal per field ("status", "opening_hours", "notes",
    // "capacity", "undo").
    property var errors: ({})
    property bool canAskNearestHospital: true

    readonly property string status: root.details.status ?? "open"
    readonly property string capacityText: root.details.capacity === null || root.details.capacity === undefined
                                           ? "" : String(root.details.capacity)

    signal statusChosen(string status)
    signal hoursSubmitted(string hours)
    signal notesSubmitted(string notes)
    signal capacitySubmitted(string capacity)
    signal undoRequested(var auditId)
    signal nearestHospitalRequested()
    signal closeRequested()

    function errorFor(field: string): string {
        return root.errors && root.errors[field] ? root.errors[field] : ""
    }

    implicitWidth: Theme.serviceCardWidth
    implicitHeight: flick.contentHeight + 2 * Theme.spacingM
    radius: Theme.radiusM
    color: Theme.surface
    border.width: Theme.borderWidth
    border.color: Theme.border

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Service %1").arg(root.details.name ?? "")

    Keys.onEscapePressed: root.closeRequested()

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        contentWidth: width
        contentHeight: content.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        interactive: flick.contentHeight > flick.height
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: content
            width: flick.width
            spacing: Theme.spacingS

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Text {
                    Layout.alignment: Qt.AlignTop
                    text: Theme.serviceGlyph(root.details.category ?? "", root.details.categoryIndex ?? 0)
                    color: Theme.serviceColour(root.details.category ?? "", root.details.categoryIndex ?? 0)
                    style: Text.Outline
                    styleColor: Theme.serviceHalo
                    font.pixelSize: Theme.fontHeading
                    Accessible.ignored: true
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Text {
                        objectName: "serviceCardName"
                        Layout.fillWidth: true
                        text: root.details.name ?? ""
                        color: Theme.text
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.Bold
                        wrapMode: Text.WordWrap
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Text {
                        objectName: "serviceCardCategory"
                        Layout.fillWidth: true
                        text: root.details.categoryName ?? ""
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                }
                Button {
                    objectName: "serviceCardClose"
                    Layout.alignment: Qt.AlignTop
                    text: "✕"
                    flat: true
                    font.pixelSize: Theme.fontSmall
                    focusPolicy: Qt.StrongFocus
                    Accessible.name: qsTr("Close the card")
                    onClicked: root.closeRequested()
                }
            }

            Text {
                objectName: "serviceCardAddress"
                Layout.fillWidth: true
                text: (root.details.postCode ?? "").length > 0
                      ? qsTr("%1 · post code %2").arg(root.details.address ?? "").arg(root.details.postCode)
                      : (root.details.address ?? "")
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }
            ServiceStatusMarker {
                objectName: "serviceCardStatus"
                status: root.status
            }
            Text {
                objectName: "serviceCardUpdated"
                Layout.fillWidth: true
                text: (root.details.updatedBy ?? "").length > 0
                      ? qsTr("Updated by %1 at %2").arg(root.details.updatedBy).arg(root.details.updatedAtText ?? "")
                      : qsTr("Updated at %1").arg(root.details.updatedAtText ?? "")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: root.details.windows ?? []
                delegate: Text {
                    id: windowLine
                    required property string modelData
                    Layout.fillWidth: true
                    text: "◷ " + windowLine.modelData
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
            }

            Text {
                Layout.fillWidth: true
                text: qsTr("Status")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            ChoiceToggle {
                objectName: "serviceStatusToggle"
                enabled: Dashboard.canEdit
                options: [
                    { key: "open", title: Theme.serviceOpenGlyph + " " + qsTr("Open") },
                    { key: "limited", title: Theme.serviceLimitedGlyph + " " + qsTr("Limited") },
                    { key: "closed", title: Theme.serviceClosedGlyph + " " + qsTr("Closed") }
                ]
                objectNamePrefix: "serviceStatus_"
                accessibleName: qsTr("Status")
                value: root.status
                onChosen: value => root.statusChosen(value)
            }
            Text {
                objectName: "serviceStatusError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.errorFor("status").length > 0 ? "⚠ " + root.errorFor("status") : ""
                color: Theme.statusRedText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }

            ServiceEditField {
                Layout.fillWidth: true
                namePrefix: "serviceHours"
                label: qsTr("Opening hours")
                placeholderText: qsTr("e.g. Mo-Fr 09:00-20:00; Sa 10:00-14:00 (empty: not reported)")
                value: root.details.openingHours ?? ""
                error: root.errorFor("opening_hours")
                onSubmitted: text => root.hoursSubmitted(text)
            }
            ServiceEditField {
                Layout.fillWidth: true
                namePrefix: "serviceCapacity"
                label: qsTr("Capacity (people)")
                placeholderText: qsTr("Not reported")
                inputMethodHints: Qt.ImhDigitsOnly
                value: root.capacityText
                error: root.errorFor("capacity")
                onSubmitted: text => root.capacitySubmitted(text)
            }
            ServiceEditField {
                Layout.fillWidth: true
                namePrefix: "serviceNotes"
                label: qsTr("Notes")
                placeholderText: qsTr("None")
                value: root.details.notes ?? ""
                error: root.errorFor("notes")
                onSubmitted: text => root.notesSubmitted(text)
            }

            Button {
                objectName: "serviceNearestHospital"
                visible: root.canAskNearestHospital
                text: qsTr("Nearest hospital with a free bed")
                font.pixelSize: Theme.fontSmall
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("Show the nearest hospitals with a free bed from this service")
                onClicked: root.nearestHospitalRequested()
            }

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: Theme.borderWidth
                color: Theme.border
            }
            ServiceHistoryList {
                Layout.fillWidth: true
                model: root.history
                undoError: root.errorFor("undo")
                onUndoRequested: auditId => root.undoRequested(auditId)
            }
        }
    }
}
