pragma ComponentBehavior: Bound
import QtQuick
import QtLocation
import Atalaya

// The crowding sites on the offline city map, each a traffic light at the time cursor (shape and
// colour) with its occupancy written beside it; the selected site is ringed and named. A click on
// a light selects the site; N and P select the next and previous site in the list's order and fly
// there, Escape clears the selection. Arrow keys pan, +/− zoom, 0 shows the whole city.
FocusScope {
    id: root

    required property OccupancyPanel panel

    signal siteClicked(var siteId)

    // The same sizes as the hospitals' markers: one map language across the pages.
    readonly property int markerSize: Theme.hospitalMarkerSize
    readonly property int selectedMarkerSize: Theme.hospitalMarkerSelectedSize

    function flyTo(coordinate: var) {
        cityMap.flyTo(coordinate)
    }
    function percentText(percent: var, level: var, light: string): string {
        if (percent !== undefined && percent !== null)
            return qsTr("%1 %").arg(Number(percent).toLocaleString(Qt.locale(), "f", 0))
        if (level !== undefined && level !== null)
            return qsTr("level %1").arg(level)
        return light === "unknown" ? qsTr("no data") : ""
    }

    CityMap {
        id: cityMap
        onScrollingPage: true
        anchors.fill: parent
        focus: true
        viewObjectName: "occupancyMap"
        overlayMargin: Theme.spacingS
        fitMargin: Theme.spacingL
        accessibleDescription: qsTr("Crowding map: every site as a traffic light with its occupancy. "
                                    + "N and P select the next and previous site, Escape clears the selection. "
                                    + "Arrow keys pan, plus and minus zoom, 0 shows the whole city.")
        onOtherKeyPressed: event => {
            switch (event.key) {
            case Qt.Key_N:
                root.panel.selectNext(1)
                cityMap.flyTo(root.panel.selectedCoordinate)
                break
            case Qt.Key_P:
                root.panel.selectNext(-1)
                cityMap.flyTo(root.panel.selectedCoordinate)
                break
            case Qt.Key_Escape:
                root.panel.selectedId = 0
                break
            default:
                return
            }
            event.accepted = true
        }

        MapItemView {
            parent: cityMap.map
            z: 10
            model: root.panel.sites
            delegate: MapQuickItem {
                id: marker
                required property var siteId
                required property string code
                required property string name
                // The role "coordinate" would shadow MapQuickItem's own property: read it via model.
                required property var model
                required property string light
                required property var occupancyPercent
                required property var level
                required property bool stale
                required property string readingTimeText
                readonly property bool selected: marker.siteId === root.panel.selectedId
                readonly property int boxSize: root.selectedMarkerSize + 2 * Theme.focusWidth

                objectName: "siteMarker_" + marker.code
                coordinate: marker.model.coordinate
                z: marker.selected ? 1 : 0
                anchorPoint.x: marker.boxSize / 2
                anchorPoint.y: marker.boxSize / 2
                sourceItem: Item {
                    width: marker.boxSize
                    height: marker.boxSize
                    Rectangle {
                        anchors.centerIn: parent
                        visible: marker.selected
                        width: marker.boxSize
                        height: width
                        radius: width / 2
                        color: "transparent"
                        border.width: Theme.focusWidth
                        border.color: Theme.routeLine
                    }
                    TrafficLightMarker {
                        objectName: "light"
                        anchors.centerIn: parent
                        light: marker.light
                        showWord: false
                        halo: true
                        size: marker.selected ? root.selectedMarkerSize : root.markerSize
                    }
                    Text {
                        id: percentLabel
                        objectName: "percent"
                        anchors.left: parent.right
                        anchors.leftMargin: -Theme.spacingXs
                        anchors.verticalCenter: parent.verticalCenter
                        // A stale value says when it was read: it is not the present.
                        readonly property string value: marker.stale && marker.readingTimeText.length > 0
                            ? qsTr("%1 at %2").arg(root.percentText(marker.occupancyPercent, marker.level, marker.light))
                                              .arg(marker.readingTimeText)
                            : root.percentText(marker.occupancyPercent, marker.level, marker.light)
                        text: marker.selected ? qsTr("%1 · %2").arg(marker.name).arg(percentLabel.value) : percentLabel.value
                        color: Theme.mapLabel
                        style: Text.Outline
                        styleColor: Theme.mapLabelHalo
                        font.pixelSize: Theme.fontMapLabel
                        font.weight: Font.Bold
                        font.italic: marker.stale
                    }
                    MouseArea {
                        anchors.fill: parent
                        cursorShape: Qt.PointingHandCursor
                        onClicked: root.siteClicked(marker.siteId)
                    }
                }
            }
        }
    }
}
