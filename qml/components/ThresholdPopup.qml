pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// Edits the occupancy thresholds of the availability levels. Invalid pairs are refused by
// HospitalsPanel.setThresholds(), whose message is shown here.
Popup {
    id: root

    required property HospitalsPanel panel

    modal: true
    focus: true
    padding: Theme.spacingL
    onOpened: {
        // A refusal from an earlier, cancelled edit is not about these values.
        root.panel.clearThresholdMessage()
        mediumBox.value = Math.round(root.panel.mediumFromPercent)
        lowBox.value = Math.round(root.panel.lowAbovePercent)
        mediumBox.forceActiveFocus()
    }

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radiusM
        border.width: Theme.borderWidth
        border.color: Theme.border
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingS

        Text {
            text: qsTr("Availability thresholds (share of beds in use)")
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        GridLayout {
            columns: 2
            columnSpacing: Theme.spacingM
            rowSpacing: Theme.spacingS
            Text {
                text: qsTr("Medium from (%)")
                color: Theme.text
                font.pixelSize: Theme.fontBody
            }
            SpinBox {
                id: mediumBox
                objectName: "mediumFromSpin"
                from: 1
                to: 99
                editable: true
                Accessible.name: qsTr("Medium availability from this occupancy, in percent")
            }
            Text {
                text: qsTr("Low above (%)")
                color: Theme.text
                font.pixelSize: Theme.fontBody
            }
            SpinBox {
                id: lowBox
                objectName: "lowAboveSpin"
                from: 1
                to: 99
                editable: true
                Accessible.name: qsTr("Low availability above this occupancy, in percent")
            }
        }
        Text {
            objectName: "thresholdMessage"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.overlayCardWidth
            visible: root.panel.thresholdMessage.length > 0
            text: root.panel.thresholdMessage
            color: Theme.statusRedText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
        RowLayout {
            spacing: Theme.spacingS
            Button {
                objectName: "applyThresholds"
                text: qsTr("Apply")
                Accessible.name: qsTr("Apply the thresholds")
                onClicked: if (root.panel.setThresholds(mediumBox.value, lowBox.value)) root.close()
            }
            Button {
                text: qsTr("Mexico City's rule (25 %, 80 %)")
                Accessible.name: qsTr("Reset to Mexico City's rule: medium from 25 %, low above 80 %")
                onClicked: {
                    root.panel.resetThresholds()
                    root.close()
                }
            }
            Button {
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel")
                onClicked: root.close()
            }
        }
    }
}
