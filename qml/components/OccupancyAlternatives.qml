pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// Where people could go instead: for a site at amber, red or closed, the nearest green sites of
// the same kind with their distance (straight line) and occupancy, nearest first. Each is a
// button (Tab, Enter or Space, or a click) that selects that site and flies the map there.
ColumnLayout {
    id: root

    required property OccupancyPanel panel
    signal siteChosen(var siteId, var coordinate)

    readonly property bool crowded: ["amber", "red", "closed"].indexOf(root.panel.selectedLight) >= 0

    spacing: Theme.spacingXs

    Text {
        Layout.fillWidth: true
        text: qsTr("Less crowded alternatives")
        color: Theme.text
        font.pixelSize: Theme.fontSmall
        font.weight: Font.Bold
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Text {
        objectName: "alternativesNote"
        Layout.fillWidth: true
        visible: root.panel.alternatives.length === 0
        text: !root.crowded ? (root.panel.selectedLight === "green"
                                   ? qsTr("Not needed: this site is green.")
                                   : qsTr("Shown when the site is amber, red or closed; its light is not known now."))
                            : qsTr("No %1 nearby is green right now.").arg(root.panel.selectedKindTitle.toLowerCase())
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }
    Repeater {
        objectName: "alternativesList"
        model: root.panel.alternatives
        Button {
            id: choice
            required property int index
            required property var modelData
            objectName: "alternative_" + choice.index
            Layout.fillWidth: true
            focusPolicy: Qt.StrongFocus
            readonly property string percentText: choice.modelData.occupancyPercent !== undefined
                ? qsTr("%1 % full").arg(Number(choice.modelData.occupancyPercent).toLocaleString(Qt.locale(), "f", 0))
                : qsTr("green")
            text: qsTr("%1 — %2 away, %3").arg(choice.modelData.name).arg(choice.modelData.distanceText).arg(choice.percentText)
            Accessible.name: qsTr("Go to %1, %2 away, %3").arg(choice.modelData.name).arg(choice.modelData.distanceText)
                                 .arg(choice.percentText)
            onClicked: root.siteChosen(choice.modelData.siteId, choice.modelData.coordinate)
            Keys.onReturnPressed: choice.clicked()
            Keys.onEnterPressed: choice.clicked()
            contentItem: RowLayout {
                spacing: Theme.spacingS
                TrafficLightMarker {
                    light: "green"
                    showWord: false
                    size: Theme.fontSmall + 2
                }
                Text {
                    Layout.fillWidth: true
                    text: choice.modelData.name
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Text {
                    text: qsTr("%1 · %2").arg(choice.modelData.distanceText).arg(choice.percentText)
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    font.features: { "tnum": 1 }
                }
                Text {
                    text: "→"
                    color: Theme.accent
                    font.pixelSize: Theme.fontSmall
                }
            }
            background: Rectangle {
                color: choice.hovered ? Theme.surfaceSelected : Theme.surfaceRaised
                radius: Theme.radiusS
                border.width: choice.visualFocus ? Theme.focusWidth : 0
                border.color: Theme.focusRing
            }
        }
    }
}
