pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Atalaya

// One site in the list: its light (shape and word), name, kind, occupancy, people against
// capacity and when it was read, or "stale since" that time when the reading is too old.
Rectangle {
    id: root

    required property int index
    required property var siteId
    required property string code
    required property string name
    required property string kindTitle
    required property string light
    required property var occupancyPercent   // 0..100+, or undefined
    required property var people             // or undefined
    required property int capacity
    required property var level              // FIWARE level 0..3, or undefined
    required property bool stale
    required property bool hasReading
    required property string readingTimeText

    property bool current        // the list's current row
    property bool selected       // the panel's selected site
    property bool showFocus      // the list has keyboard focus

    // Column widths, shared with the header.
    property int lightWidth: Theme.hospitalLevelWidth
    property int kindWidth: Theme.rankingShareWidth
    property int occupancyWidth: Theme.hospitalOccupancyWidth
    property int peopleWidth: Theme.rankingValueWidth
    property int readingWidth: Theme.hospitalReportWidth

    signal tapped()

    function has(value: var): bool {
        return value !== undefined && value !== null
    }
    function count(value: var): string {
        return Number(value).toLocaleString(Qt.locale(), "f", 0)
    }

    readonly property string occupancyText: root.has(root.occupancyPercent)
        ? qsTr("%1 %").arg(root.count(root.occupancyPercent))
        : root.has(root.level) ? qsTr("level %1").arg(root.level) : qsTr("No data")
    readonly property string peopleText: root.has(root.people)
        ? qsTr("%1 / %2").arg(root.count(root.people)).arg(root.count(root.capacity))
        : root.capacity > 0 ? qsTr("– / %1").arg(root.count(root.capacity)) : qsTr("No data")
    readonly property string readingText: !root.hasReading ? qsTr("No reading")
        : root.stale ? qsTr("stale since %1").arg(root.readingTimeText) : root.readingTimeText

    implicitHeight: Theme.tableRowHeight
    color: root.selected ? Theme.surfaceSelected
         : root.index % 2 === 1 ? Theme.tableRowAlternate : Theme.surface
    border.width: root.current && root.showFocus ? Theme.focusWidth : 0
    border.color: Theme.focusRing

    Accessible.role: Accessible.Row
    Accessible.name: [
        root.name, root.kindTitle,
        qsTr("light %1").arg(marker.word),
        qsTr("occupancy %1").arg(root.occupancyText),
        root.has(root.people) ? qsTr("%1 people of %2").arg(root.count(root.people)).arg(root.count(root.capacity)) : "",
        root.hasReading ? (root.stale ? qsTr("stale since %1").arg(root.readingTimeText)
                                      : qsTr("read at %1").arg(root.readingTimeText))
                        : qsTr("No reading"),
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

        // A bar on the left edge marks the selected site besides the row colour.
        Rectangle {
            Layout.fillHeight: true
            Layout.topMargin: Theme.spacingXs
            Layout.bottomMargin: Theme.spacingXs
            implicitWidth: Theme.spacingXs
            radius: Theme.radiusS
            color: root.selected ? Theme.accent : "transparent"
        }
        TrafficLightMarker {
            id: marker
            objectName: "light"
            Layout.preferredWidth: root.lightWidth
            Layout.alignment: Qt.AlignVCenter
            light: root.light
        }
        Text {
            objectName: "name"
            Layout.fillWidth: true
            Layout.minimumWidth: Theme.tableNameMinWidth
            Layout.alignment: Qt.AlignVCenter
            text: root.name
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
        Text {
            objectName: "kind"
            Layout.preferredWidth: root.kindWidth
            Layout.alignment: Qt.AlignVCenter
            text: root.kindTitle
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
        Cell {
            objectName: "occupancy"
            Layout.preferredWidth: root.occupancyWidth
            text: root.occupancyText
            noData: !root.has(root.occupancyPercent) && !root.has(root.level)
            font.weight: Font.DemiBold
        }
        Cell {
            objectName: "people"
            Layout.preferredWidth: root.peopleWidth
            text: root.peopleText
            noData: !root.has(root.people)
            font.pixelSize: Theme.fontSmall
        }
        Text {
            objectName: "reading"
            Layout.preferredWidth: root.readingWidth
            Layout.alignment: Qt.AlignVCenter
            text: root.stale ? "⏱ " + root.readingText : root.readingText
            color: root.stale ? Theme.statusAmberText : (root.hasReading ? Theme.text : Theme.statusNoDataText)
            font.pixelSize: Theme.fontSmall
            font.weight: root.stale ? Font.Bold : Font.Normal
            elide: Text.ElideRight
        }
    }

    Rectangle {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Theme.borderWidth
        color: Theme.border
    }
}
