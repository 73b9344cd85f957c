pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// The hospitals with a free bed nearest to the point asked from, nearest first, with the
// straight-line distance and the estimated travel time; the model's limits in the footnote.
Rectangle {
    id: root

    required property HospitalsPanel panel
    signal hospitalChosen(var hospitalId, var coordinate)
    signal closeRequested()

    implicitWidth: Theme.nearestCardWidth
    implicitHeight: content.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radiusM
    color: Theme.surface
    opacity: Theme.panelOpacity
    border.width: Theme.borderWidth
    border.color: Theme.border

    Accessible.role: Accessible.List
    Accessible.name: qsTr("Nearest hospitals with a free bed")

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingXs

        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: root.panel.bedType === "icu" ? qsTr("Nearest with a free ICU bed")
                                                   : qsTr("Nearest with a free general bed")
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.Bold
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Button {
                objectName: "closeNearest"
                text: "✕"
                font.pixelSize: Theme.fontSmall
                flat: true
                Accessible.name: qsTr("Close the nearest hospitals")
                onClicked: root.closeRequested()
            }
        }
        Text {
            Layout.fillWidth: true
            text: root.panel.nearestOriginText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
        Repeater {
            model: root.panel.nearest
            delegate: AbstractButton {
                id: entry
                required property int rank
                required property var hospitalId
                required property string name
                required property real distanceKm
                required property real travelMinutes
                required property var freeBeds
                required property var coordinate

                readonly property string line: qsTr("%1 km · about %2 min · %3 free")
                    .arg(Number(entry.distanceKm).toLocaleString(Qt.locale(), "f", 1))
                    .arg(Number(entry.travelMinutes).toLocaleString(Qt.locale(), "f", 0))
                    .arg(Number(entry.freeBeds).toLocaleString(Qt.locale(), "f", 0))

                objectName: "nearest" + entry.rank
                Layout.fillWidth: true
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("%1. %2, %3").arg(entry.rank).arg(entry.name).arg(entry.line)
                onClicked: root.hospitalChosen(entry.hospitalId, entry.coordinate)
                Keys.onReturnPressed: entry.clicked()
                Keys.onEnterPressed: entry.clicked()
                background: Rectangle {
                    color: entry.hovered ? Theme.surfaceSelected : "transparent"
                    radius: Theme.radiusS
                    border.width: entry.visualFocus ? Theme.focusWidth : 0
                    border.color: Theme.focusRing
                }
                contentItem: RowLayout {
                    spacing: Theme.spacingS
                    Text {
                        text: entry.rank.toLocaleString(Qt.locale(), "f", 0)
                        color: entry.rank === 1 ? Theme.routeLine : Theme.textMuted
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.Bold
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Text {
                            Layout.fillWidth: true
                            text: entry.name
                            color: Theme.text
                            font.pixelSize: Theme.fontBody
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            text: entry.line
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                        }
                    }
                }
            }
        }
        Text {
            Layout.fillWidth: true
            visible: root.panel.nearest.count === 0
            text: qsTr("No current report shows a free bed of this type.")
            color: Theme.statusNoDataText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "travelModelNote"
            Layout.fillWidth: true
            text: qsTr("Line: straight, not the road route. Times: estimate (ⓘ).")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            HoverHandler { id: noteHover }
            ToolTip.visible: noteHover.hovered
            ToolTip.delay: Theme.toolTipDelay
            ToolTip.text: root.panel.travelModelNote
            Accessible.role: Accessible.StaticText
            Accessible.name: root.panel.travelModelNote
        }
    }
}
