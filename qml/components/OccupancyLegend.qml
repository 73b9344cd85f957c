pragma ComponentBehavior: Bound
import QtQuick
import Atalaya

// What the traffic lights mean, in words, with the thresholds in force: the selected site's own
// (each site has its amber, red and closing lines), else the defaults of Barcelona's beaches.
// Wraps onto more lines in narrow windows rather than cutting words off.
Flow {
    id: root

    required property OccupancyPanel panel

    function percent(value: real): string {
        return Number(value).toLocaleString(Qt.locale(), "f", 0)
    }
    readonly property bool hasSite: root.panel.selectedId !== 0
    readonly property string amberText: root.percent(root.panel.selectedAmberPercent)
    readonly property string redText: root.percent(root.panel.selectedRedPercent)
    readonly property bool closes: root.panel.selectedClosedPercent !== undefined
    readonly property string closedText: root.closes ? root.percent(Number(root.panel.selectedClosedPercent)) : ""

    spacing: Theme.spacingM
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Legend")

    component Entry: Row {
        id: entry
        property string light
        property string range
        spacing: Theme.spacingXs
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("%1: %2").arg(marker.word).arg(entry.range)
        TrafficLightMarker {
            id: marker
            anchors.verticalCenter: parent.verticalCenter
            light: entry.light
            font.pixelSize: Theme.fontSmall
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: entry.range
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            Accessible.ignored: true
        }
    }

    Text {
        objectName: "legendThresholdsOf"
        text: root.hasSite ? qsTr("Lights at %1:").arg(root.panel.selectedName)
                           : qsTr("Lights (default thresholds; each site has its own):")
        color: Theme.text
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
    }
    Entry {
        objectName: "legendGreen"
        light: "green"
        range: qsTr("under %1 %").arg(root.amberText)
    }
    Entry {
        objectName: "legendAmber"
        light: "amber"
        range: qsTr("%1–%2 %").arg(root.amberText).arg(root.redText)
    }
    Entry {
        objectName: "legendRed"
        light: "red"
        range: root.closes ? qsTr("%1–%2 %").arg(root.redText).arg(root.closedText)
                           : qsTr("%1 % and over").arg(root.redText)
    }
    Entry {
        objectName: "legendClosed"
        light: "closed"
        range: root.closes ? qsTr("%1 % and over: access closed").arg(root.closedText)
                           : qsTr("this site does not close")
    }
    Entry {
        objectName: "legendUnknown"
        light: "unknown"
        range: qsTr("no reading in the last %n minute(s)", "", root.panel.staleAfterMinutes)
    }
    Text {
        text: qsTr("A light steps down only %1 points below its line, so it does not flicker.")
                  .arg(root.percent(root.panel.hysteresisPoints))
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }
}
