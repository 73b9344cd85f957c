pragma ComponentBehavior: Bound
import QtQuick
import QtLocation
import Atalaya

// The open alerts on the offline city map, each at its place with its severity's shape (■ ▲ ●)
// and the subject's name; the selected one is ringed. A click on a marker selects the alert;
// "Show on map" in the list flies here. Arrow keys pan, +/− zoom, 0 shows the whole city.
FocusScope {
    id: root

    required property AlertsPanel panel
    property AlertListModel alerts: root.panel.openAlerts

    signal alertClicked(var alertId)

    function flyTo(coordinate: var) {
        cityMap.flyTo(coordinate)
    }

    CityMap {
        id: cityMap
        anchors.fill: parent
        focus: true
        viewObjectName: "alertsMap"
        overlayMargin: Theme.spacingS
        fitMargin: Theme.spacingL
        accessibleDescription: qsTr("Map of the open alerts, each at its place with its severity's shape. "
                                    + "Arrow keys pan, plus and minus zoom, 0 shows the whole city.")

        MapItemView {
            parent: cityMap.map
            z: 10
            model: root.alerts
            delegate: MapQuickItem {
                id: marker
                // "id" and "coordinate" would clash with the item's own: read them via model.
                required property var model
                required property string severityKey
                required property string severityText
                required property string subjectName
                required property bool hasPlace
                readonly property bool selected: marker.model.id === root.panel.selectedId
                readonly property int boxSize: Theme.hospitalMarkerSelectedSize + 2 * Theme.focusWidth

                objectName: "alertMarker_" + marker.model.id
                visible: marker.hasPlace
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
                    AlertSeverityMarker {
                        anchors.centerIn: parent
                        severityKey: marker.severityKey
                        word: marker.severityText
                        showWord: false
                        size: marker.selected ? Theme.hospitalMarkerSelectedSize : Theme.hospitalMarkerSize
                        style: Text.Outline
                        styleColor: Theme.markerHalo
                    }
                    Text {
                        anchors.left: parent.right
                        anchors.leftMargin: -Theme.spacingXs
                        anchors.verticalCenter: parent.verticalCenter
                        // Only the selected one is named: district alerts sit on the basemap's own labels.
                        visible: marker.selected
                        text: marker.subjectName
                        color: Theme.mapLabel
                        style: Text.Outline
                        styleColor: Theme.mapLabelHalo
                        font.pixelSize: Theme.fontMapLabel
                        font.weight: marker.selected ? Font.Bold : Font.Normal
                    }
                    MouseArea {
                        anchors.fill: parent
                        cursorShape: Qt.PointingHandCursor
                        onClicked: root.alertClicked(marker.model.id)
                    }
                }
            }
        }
    }
}
