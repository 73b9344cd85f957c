pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Atalaya

// One hospital in the table: name with institution and district, both bed types' free/total,
// the chosen type's occupancy and level (shape and word), the last report and its age, and
// "stale" in words when the report is older than the hospital's cadence.
Rectangle {
    id: root

    required property int index
    required property var hospitalId
    required property string name
    required property string institution
    required property string district
    required property var generalFree        // number or undefined
    required property var generalTotal
    required property var icuFree
    required property var icuTotal
    required property var occupancyPercent   // of the chosen type, 0..100, or undefined
    required property string level
    required property bool levelOnly
    required property bool stale
    required property bool hasReport
    required property string reportedAtText
    required property string ageText

    property bool current        // the list's current row
    property bool selected       // the panel's selected hospital
    property bool showFocus      // the list has keyboard focus

    signal tapped()

    function has(value: var): bool {
        return value !== undefined && value !== null
    }
    function beds(free: var, total: var): string {
        if (!root.has(free) && !root.has(total))
            return root.levelOnly ? qsTr("level only") : qsTr("No data")
        const f = root.has(free) ? Number(free).toLocaleString(Qt.locale(), "f", 0) : "–"
        const t = root.has(total) ? Number(total).toLocaleString(Qt.locale(), "f", 0) : "–"
        return qsTr("%1 / %2").arg(f).arg(t)
    }

    readonly property string generalText: root.beds(root.generalFree, root.generalTotal)
    readonly property string icuText: root.beds(root.icuFree, root.icuTotal)
    readonly property string occupancyText: root.has(root.occupancyPercent)
        ? qsTr("%1 %").arg(Number(root.occupancyPercent).toLocaleString(Qt.locale(), "f", 0)) : qsTr("No data")
    readonly property string subtitle: [root.institution, root.district].filter(part => part.length > 0).join(" · ")

    implicitHeight: Theme.tableRowHeight
    color: root.selected ? Theme.surfaceSelected
         : root.index % 2 === 1 ? Theme.tableRowAlternate : Theme.surface
    border.width: root.current && root.showFocus ? Theme.focusWidth : 0
    border.color: Theme.focusRing

    Accessible.role: Accessible.Row
    Accessible.name: [
        root.name, root.subtitle,
        qsTr("general beds free of total %1").arg(root.generalText),
        qsTr("ICU beds free of total %1").arg(root.icuText),
        qsTr("in use %1").arg(root.occupancyText),
        qsTr("availability %1").arg(marker.word),
        root.hasReport ? qsTr("last report %1, %2").arg(root.reportedAtText).arg(root.ageText) : root.ageText,
        root.stale ? qsTr("stale") : "",
        root.selected ? qsTr("selected") : ""
    ].filter(part => part.length > 0).join(", ")

    TapHandler {
        onTapped: root.tapped()
    }

    component Cell: Text {
        property bool noData
        Layout.alignment: Qt.AlignVCenter
        horizontalAlignment: Text.AlignRight
        color: noData ? Theme.statusNoDataText : Theme.text
        font.pixelSize: Theme.fontBody
        font.features: { "tnum": 1 }
        elide: Text.ElideRight
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingM
        anchors.rightMargin: Theme.spacingM
        spacing: Theme.spacingS

        // A bar on the left edge marks the selected hospital besides the row colour.
        Rectangle {
            Layout.fillHeight: true
            Layout.topMargin: Theme.spacingXs
            Layout.bottomMargin: Theme.spacingXs
            implicitWidth: Theme.spacingXs
            radius: Theme.radiusS
            color: root.selected ? Theme.accent : "transparent"
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.minimumWidth: Theme.hospitalNameMinWidth
            Layout.preferredWidth: Theme.hospitalNameMinWidth
            spacing: 0
            Text {
                objectName: "name"
                Layout.fillWidth: true
                text: root.name
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                text: root.subtitle
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
        Cell {
            objectName: "general"
            Layout.preferredWidth: Theme.hospitalBedsWidth
            text: root.generalText
            noData: !root.has(root.generalFree)
        }
        Cell {
            objectName: "icu"
            Layout.preferredWidth: Theme.hospitalBedsWidth
            text: root.icuText
            noData: !root.has(root.icuFree)
        }
        Cell {
            objectName: "occupancy"
            Layout.preferredWidth: Theme.hospitalOccupancyWidth
            text: root.occupancyText
            noData: !root.has(root.occupancyPercent)
        }
        LevelMarker {
            id: marker
            objectName: "level"
            Layout.preferredWidth: Theme.hospitalLevelWidth
            level: root.level
        }
        ColumnLayout {
            Layout.preferredWidth: Theme.hospitalReportWidth
            spacing: 0
            Text {
                Layout.fillWidth: true
                text: root.stale ? qsTr("⏱ stale") : root.ageText
                color: root.stale ? Theme.statusAmberText : (root.hasReport ? Theme.text : Theme.statusNoDataText)
                font.pixelSize: Theme.fontSmall
                font.weight: root.stale ? Font.Bold : Font.Normal
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                visible: root.hasReport
                text: root.stale ? qsTr("%1 · %2").arg(root.ageText).arg(root.reportedAtText) : root.reportedAtText
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
    }

    Rectangle {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Theme.borderWidth
        color: Theme.border
    }
}
