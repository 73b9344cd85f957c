pragma ComponentBehavior: Bound
import QtQuick
import QtLocation
import QtPositioning
import Atalaya

// The city map, drawn entirely offline from the store: sea, land, parks, beaches, rivers,
// neighbourhood and district outlines, district names. Pan by dragging or with the arrow keys,
// zoom with the wheel, a pinch, the +/− keys or the buttons; 0 shows the whole city again.
FocusScope {
    id: root
    objectName: "mapPage"

    property BasemapModel basemap: Dashboard.basemap
    property geoRectangle cityBounds: Dashboard.cityBounds
    property bool ready: Dashboard.ready
    // The zoom at which the whole city fits; neighbourhoods appear one level closer.
    property real cityZoom: 0
    readonly property real panStep: Theme.spacingXl * 4

    function fitCity() {
        if (!root.ready || !root.cityBounds.isValid || view.width <= 0 || view.height <= 0)
            return
        view.map.fitViewportToGeoShape(root.cityBounds, Theme.spacingXl)
        root.cityZoom = view.map.zoomLevel
    }
    function zoomBy(delta: real) {
        view.map.zoomLevel = Math.min(view.maximumZoomLevel, Math.max(view.minimumZoomLevel, view.map.zoomLevel + delta))
    }

    onReadyChanged: root.fitCity()
    onCityBoundsChanged: root.fitCity()
    onWidthChanged: if (root.cityZoom === 0) root.fitCity()
    onHeightChanged: if (root.cityZoom === 0) root.fitCity()
    Component.onCompleted: root.fitCity()

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Map of %1").arg(Dashboard.cityName)

    MapView {
        id: view
        anchors.fill: parent
        focus: true
        activeFocusOnTab: true
        map.plugin: Plugin { name: "itemsoverlay" } // draws no tiles: the map needs no network
        map.color: Theme.mapSea
        map.copyrightsVisible: false

        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("Map of %1. Arrow keys pan, plus and minus zoom, 0 shows the whole city.")
                         .arg(Dashboard.cityName)

        Keys.onPressed: event => {
            switch (event.key) {
            case Qt.Key_Left: view.map.pan(-root.panStep, 0); break
            case Qt.Key_Right: view.map.pan(root.panStep, 0); break
            case Qt.Key_Up: view.map.pan(0, -root.panStep); break
            case Qt.Key_Down: view.map.pan(0, root.panStep); break
            case Qt.Key_Plus:
            case Qt.Key_Equal: root.zoomBy(1); break
            case Qt.Key_Minus: root.zoomBy(-1); break
            case Qt.Key_0: root.fitCity(); break
            default: return
            }
            event.accepted = true
        }

        BasemapLayers {
            map: view.map
            basemap: root.basemap
            cityZoom: root.cityZoom
        }
    }

    MapControls {
        anchors { right: parent.right; top: parent.top; margins: Theme.spacingL }
        onZoomIn: root.zoomBy(1)
        onZoomOut: root.zoomBy(-1)
        onFitCity: root.fitCity()
    }

    ScaleBar {
        objectName: "scaleBar"
        anchors { left: parent.left; bottom: parent.bottom; margins: Theme.spacingL }
        zoomLevel: view.map.zoomLevel
        latitude: view.map.center.latitude
    }
}
