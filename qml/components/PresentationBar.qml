pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// Presentation mode's bar, always on screen: the city and the page (n of m), the time of the data
// and whether the cursor is live or replaying a past moment, the filters and selection the page
// shows, and the cycle's state (next page in n s, or paused) with the keys that drive it.
Rectangle {
    id: root
    objectName: "presentationBar"

    property string page
    property int position: 0
    property int pageCount: 0
    property bool paused: false
    property bool cycling: true
    property int remaining: 0
    property TimeCursor cursor: Dashboard.timeCursor
    property HeadlineSummary figures: Dashboard.figures

    signal settingsRequested()
    signal exitRequested()
    signal pauseRequested()

    readonly property string dataText: {
        if (root.figures.dataTime === undefined)
            return qsTr("%1 No data yet").arg(Theme.shapeNoData)
        const time = root.timeText(root.figures.dataTime)
        return root.figures.dataStale ? qsTr("%1 Data stale since %2").arg(Theme.shapeAmber).arg(time)
                                      : qsTr("%1 Data as of %2").arg(Theme.shapeOk).arg(time)
    }
    readonly property string cursorText: root.cursor.live
        ? qsTr("● Live")
        : qsTr("⏮ Replaying %1").arg(root.timeText(root.cursor.time))
    // What the page on screen is filtered to or has selected, in words; "" when nothing is.
    readonly property string selectionText: {
        const parts = []
        switch (root.page) {
        case "hospitals":
            parts.push(Dashboard.hospitals.bedType === "icu" ? qsTr("Intensive-care beds") : qsTr("General beds"))
            if (Dashboard.hospitals.selectedName.length > 0)
                parts.push(qsTr("Selected: %1").arg(Dashboard.hospitals.selectedName))
            break
        case "epidemic":
            parts.push(Dashboard.epidemic.legendTitle)
            if (Dashboard.epidemic.selectedRegionName.length > 0)
                parts.push(qsTr("Selected: %1").arg(Dashboard.epidemic.selectedRegionName))
            break
        case "occupancy":
            if (Dashboard.occupancy.selectedName.length > 0)
                parts.push(qsTr("Selected: %1").arg(Dashboard.occupancy.selectedName))
            break
        case "map":
            if (Dashboard.services.query.length > 0)
                parts.push(qsTr("Search: %1").arg(Dashboard.services.query))
            if (Dashboard.services.selected.name !== undefined)
                parts.push(qsTr("Selected: %1").arg(Dashboard.services.selected.name))
            break
        }
        return parts.filter(part => part.length > 0).join(" · ")
    }

    function timeText(time: var): string {
        return time === undefined ? "" : time.toLocaleString(Qt.locale(), Locale.ShortFormat)
    }
    function pageTitle(name: string): string {
        switch (name) {
        case "overview": return qsTr("Overview")
        case "map": return qsTr("Map")
        case "hospitals": return qsTr("Hospitals")
        case "epidemic": return qsTr("Epidemic")
        case "occupancy": return qsTr("Occupancy")
        case "feeds": return qsTr("Feeds")
        case "alerts": return qsTr("Alerts")
        default: return name
        }
    }

    implicitHeight: Theme.presentationBarHeight
    color: Theme.surface

    Rectangle {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Theme.borderWidth
        color: Theme.border
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingXl
        anchors.rightMargin: Theme.spacingL
        spacing: Theme.spacingXl

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Text {
                objectName: "presentationTitle"
                Layout.fillWidth: true
                text: qsTr("%1 — %2").arg(Dashboard.cityName).arg(root.pageTitle(root.page))
                color: Theme.text
                font.pixelSize: Theme.fontPresentation
                font.weight: Font.Bold
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                objectName: "presentationSelection"
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.selectionText
                color: Theme.textMuted
                font.pixelSize: Theme.fontTitle
                elide: Text.ElideRight
            }
        }
        ColumnLayout {
            spacing: 0
            Text {
                objectName: "presentationDataTime"
                Layout.alignment: Qt.AlignRight
                text: root.dataText
                color: root.figures.dataStale ? Theme.statusAmberText : Theme.text
                font.pixelSize: Theme.fontHeading
                font.weight: Font.DemiBold
            }
            Text {
                objectName: "presentationCursor"
                Layout.alignment: Qt.AlignRight
                text: root.cursorText
                color: root.cursor.live ? Theme.statusOkText : Theme.accent
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
            }
        }
        ColumnLayout {
            spacing: 0
            Text {
                objectName: "presentationCycle"
                Layout.alignment: Qt.AlignRight
                text: !root.cycling ? qsTr("Page %1 of %2").arg(root.position + 1).arg(root.pageCount)
                    : root.paused ? qsTr("⏸ Paused · page %1 of %2").arg(root.position + 1).arg(root.pageCount)
                    : qsTr("▶ Page %1 of %2 · next in %3 s").arg(root.position + 1).arg(root.pageCount).arg(root.remaining)
                color: root.paused ? Theme.statusAmberText : Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
            }
            Text {
                Layout.alignment: Qt.AlignRight
                text: qsTr("Esc leaves · Space pauses · ←/→ pages")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
        Button {
            objectName: "presentationPause"
            text: root.paused ? qsTr("Resume") : qsTr("Pause")
            Accessible.name: text
            onClicked: root.pauseRequested()
        }
        Button {
            objectName: "presentationSettingsButton"
            text: qsTr("Playlist…")
            Accessible.name: qsTr("Choose the pages and seconds of the presentation")
            onClicked: root.settingsRequested()
        }
        Button {
            objectName: "presentationExit"
            text: qsTr("Leave")
            Accessible.name: qsTr("Leave presentation mode")
            onClicked: root.exitRequested()
        }
    }
}
