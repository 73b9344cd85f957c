pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// Where crowds are at the time cursor: every site (beaches, squares, markets, stations, parks)
// as a traffic light on the map and in a list ordered by crowding, how many sites show each
// light, and the selected site's card with its day, its usual week and greener alternatives.
// Live readings and moves of the time cursor update it without anyone asking. Wide windows put
// the card beside the map and list, narrower ones under them (the page scrolls).
FocusScope {
    id: root
    objectName: "occupancyPage"

    property OccupancyPanel panel: Dashboard.occupancy
    property TimeCursor cursor: Dashboard.timeCursor
    readonly property bool wide: root.width >= Theme.hospitalsWideWidth
    // The first time the lights arrive the most crowded site is opened, so the card is never
    // empty on a first look; after that the user's choice (or none) is kept.
    property bool autoSelected: false

    function select(siteId: var) {
        root.panel.selectedId = siteId
        map.flyTo(root.panel.selectedCoordinate)
    }
    function selectMostCrowded() {
        if (root.autoSelected || root.panel.sortedSites.count === 0)
            return
        root.autoSelected = true
        if (root.panel.selectedId === 0)
            root.panel.selectedId = root.panel.sortedSites.siteIdAt(0)
    }

    Component.onCompleted: root.selectMostCrowded()
    Connections {
        target: root.panel
        function onLightsChanged() { root.selectMostCrowded() }
    }

    component LightCount: Row {
        id: chip
        property string light
        property int count
        property alias countObjectName: number.objectName
        spacing: Theme.spacingXs
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("%1: %n site(s)", "", chip.count).arg(marker.word)
        TrafficLightMarker {
            id: marker
            anchors.verticalCenter: parent.verticalCenter
            light: chip.light
            showWord: false
        }
        Text {
            id: number
            anchors.verticalCenter: parent.verticalCenter
            text: chip.count.toLocaleString(Qt.locale(), "f", 0)
            color: chip.count > 0 ? marker.wordColor : Theme.textMuted
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            font.features: { "tnum": 1 }
            Accessible.ignored: true
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: marker.word.toLowerCase()
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            Accessible.ignored: true
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.height + 2 * Theme.spacingL
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        interactive: flick.contentHeight > flick.height
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Theme.spacingL
            y: Theme.spacingL
            width: flick.width - 2 * Theme.spacingL
            height: Math.max(flick.height - 2 * Theme.spacingL, column.implicitHeight)
            spacing: Theme.spacingS

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingL
                Text {
                    objectName: "occupancyHeading"
                    Layout.fillWidth: true
                    text: root.cursor.live ? qsTr("Crowding now")
                                           : qsTr("Crowding at %1").arg(root.panel.atText)
                    color: Theme.text
                    font.pixelSize: Theme.fontHeading
                    font.weight: Font.Bold
                    elide: Text.ElideRight
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                LightCount { light: "closed"; count: root.panel.closedCount; countObjectName: "countClosed" }
                LightCount { light: "red"; count: root.panel.redCount; countObjectName: "countRed" }
                LightCount { light: "amber"; count: root.panel.amberCount; countObjectName: "countAmber" }
                LightCount { light: "green"; count: root.panel.greenCount; countObjectName: "countGreen" }
                LightCount { light: "unknown"; count: root.panel.unknownCount; countObjectName: "countUnknown" }
            }

            OccupancyLegend {
                objectName: "occupancyLegend"
                Layout.fillWidth: true
                panel: root.panel
            }

            GridLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                columns: root.wide ? 2 : 1
                rowSpacing: Theme.spacingS
                columnSpacing: Theme.spacingS

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    spacing: Theme.spacingS

                    OccupancyMap {
                        id: map
                        objectName: "occupancyMapPane"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.minimumHeight: Theme.districtTableMinHeight
                        Layout.preferredHeight: root.wide ? -1 : Theme.epidemicMapMinHeight
                        panel: root.panel
                        onSiteClicked: siteId => root.select(siteId)
                    }
                    OccupancySiteTable {
                        objectName: "occupancySiteTable"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.minimumHeight: Theme.chartMinHeight
                        Layout.preferredHeight: root.wide ? -1 : Theme.districtTableMinHeight
                        rows: root.panel.sortedSites
                        selectedId: root.panel.selectedId
                        onActivated: siteId => root.select(siteId)
                    }
                }

                OccupancySiteCard {
                    objectName: "occupancySiteCard"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: root.wide ? column.width * 0.44 : -1
                    Layout.minimumWidth: 2 * Theme.kpiMinWidth
                    Layout.minimumHeight: implicitHeight
                    panel: root.panel
                    onSiteChosen: (siteId, coordinate) => {
                        root.panel.selectedId = siteId
                        map.flyTo(coordinate)
                    }
                }
            }
        }
    }
}
