pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// Shown while the demo city is generated on first start: what is happening and how far along.
Rectangle {
    id: root

    property real progress: 0
    property string stage

    readonly property string percentText: Math.round(root.progress * 100).toLocaleString(Qt.locale(), "f", 0)
    readonly property string headline: qsTr("Preparing the demo city… %1 %").arg(root.percentText)

    color: Theme.scrim
    // Swallow clicks and wheel events meant for the pages underneath.
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
        hoverEnabled: true
        onWheel: wheel => wheel.accepted = true
    }

    Rectangle {
        anchors.centerIn: parent
        width: Theme.overlayCardWidth
        height: column.implicitHeight + 2 * Theme.spacingXl
        radius: Theme.radiusM
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.spacingXl
            spacing: Theme.spacingM

            Text {
                objectName: "preparingText"
                Layout.fillWidth: true
                text: root.headline
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
            }
            ProgressBar {
                id: bar
                Layout.fillWidth: true
                from: 0
                to: 1
                value: root.progress
                Accessible.name: root.headline
            }
            Text {
                Layout.fillWidth: true
                text: root.stage
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("This happens once: the city is kept in the store for the next start.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
        }
    }
}
