pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// What the level marks mean for the chosen bed type, with the thresholds in force, what
// "stale" means, and a button to change the thresholds.
RowLayout {
    id: root

    required property HospitalsPanel panel

    readonly property string mediumText: Number(root.panel.mediumFromPercent).toLocaleString(Qt.locale(), "f", 0)
    readonly property string lowText: Number(root.panel.lowAbovePercent).toLocaleString(Qt.locale(), "f", 0)

    spacing: Theme.spacingM

    component Entry: RowLayout {
        id: entry
        property string level
        property string range
        spacing: Theme.spacingXs
        LevelMarker {
            level: entry.level
        }
        Text {
            text: entry.range
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
    }

    Text {
        text: root.panel.bedType === "icu" ? qsTr("ICU availability:") : qsTr("General-bed availability:")
        color: Theme.text
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
    }
    Entry {
        level: "high"
        range: qsTr("under %1 % in use").arg(root.mediumText)
    }
    Entry {
        level: "medium"
        range: qsTr("%1–%2 %").arg(root.mediumText).arg(root.lowText)
    }
    Entry {
        level: "low"
        range: qsTr("over %1 %").arg(root.lowText)
    }
    Entry {
        level: "nodata"
        range: ""
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("⏱ stale: no report within the expected cadence (24 h); left out of the totals")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        elide: Text.ElideRight
    }
    Button {
        id: thresholdsButton
        objectName: "thresholdsButton"
        text: qsTr("Thresholds…")
        font.pixelSize: Theme.fontSmall
        focusPolicy: Qt.StrongFocus
        Accessible.name: qsTr("Change the availability thresholds")
        onClicked: popup.open()
        ThresholdPopup {
            id: popup
            panel: root.panel
            x: thresholdsButton.width - popup.width
            y: thresholdsButton.height
        }
    }
}
