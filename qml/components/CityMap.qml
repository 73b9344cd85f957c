pragma ComponentBehavior: Bound
import QtQuick
import QtLocation
import QtPositioning
import Atalaya

// The city's offline map as every page shows it: the basemap from the store, fitted to the
// city, panned by dragging or the arrow keys, zoomed by the wheel, a pinch, +/− or the buttons,
// 0 for the whole city again, and a scale bar. Pages put their own map items inside it (with
// `parent: cityMap.map`) and handle keys of their own through otherKeyPressed.
FocusScope {
    id: root

    readonly property alias map: view.map
    property alias viewObjectName: view.objectName
    property string accessibleDescription: qsTr("Map of %1. Arrow keys pan, plus and minus zoom, 0 shows the whole city.")
                                           .arg(Dashboard.cityName)
    property real overlayMargin: Theme.spacingL
    property real fitMargin: Theme.spacingXl
    // The zoom at which the whole city fits; neighbourhoods appear one level closer.
    property real cityZoom: 0
    // The view shows the whole city as fitted, and is fitted again when the map is resized (a
    // pane laid out anew), until the user pans or zooms.
    property bool fitted: true
    property bool fitting: false
    readonly property real panStep: Theme.spacingXl * 4
    property geoRectangle cityBounds: Dashboard.cityBounds
    property bool ready: Dashboard.ready
    // Map items of the page that uses this map.
    default property alias content: view.data

    // A key the map does not use itself; set event.accepted when handled.
    signal otherKeyPressed(var event)

    // Labels of places panned out of view must not draw over the panes beside the map.
    clip: true

    function fitCity() {
        if (!root.ready || !root.cityBounds.isValid || view.width <= 0 || view.height <= 0)
            return
        root.fitting = true
        view.map.fitViewportToGeoShape(root.cityBounds, root.fitMargin)
        root.cityZoom = view.map.zoomLevel
        root.fitting = false
        root.fitted = true
    }
    function zoomBy(delta: real) {
        view.map.zoomLevel = Math.min(view.maximumZoomLevel, Math.max(view.minimumZoomLevel, view.map.zoomLevel + delta))
    }
    // Glides to a place and, from the whole-city view, one level closer.
    function flyTo(coordinate: var) {
        if (!coordinate || !coordinate.isValid)
            return
        fly.stop()
        fly.from = view.map.center
        fly.to = coordinate
        fly.start()
        if (root.cityZoom > 0 && view.map.zoomLevel < root.cityZoom + 1)
            view.map.zoomLevel = root.cityZoom + 1
    }

    onReadyChanged: root.fitCity()
    onCityBoundsChanged: root.fitCity()
    onWidthChanged: if (root.fitted) root.fitCity()
    onHeightChanged: if (root.fitted) root.fitCity()

    Connections {
        target: view.map
        function onCenterChanged() { if (!root.fitting) root.fitted = false }
        function onZoomLevelChanged() { if (!root.fitting) root.fitted = false }
    }
    Component.onCompleted: root.fitCity()

    CoordinateAnimation {
        id: fly
        target: view.map
        property: "center"
        duration: Theme.flyDuration
        easing.type: Easing.InOutQuad
    }

    MapView {
        id: view
        anchors.fill: parent
        focus: true
        activeFocusOnTab: true
        map.plugin: Plugin { name: "itemsoverlay" } // draws no tiles: the map needs no network
        map.color: Theme.mapSea
        map.copyrightsVisible: false

        Accessible.role: Accessible.Graphic
        Accessible.name: root.accessibleDescription

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
            default:
                root.otherKeyPressed(event)
                return
            }
            event.accepted = true
        }

        BasemapLayers {
            map: view.map
            cityZoom: root.cityZoom
        }
    }

    MapControls {
        anchors { right: parent.right; top: parent.top; margins: root.overlayMargin }
        onZoomIn: root.zoomBy(1)
        onZoomOut: root.zoomBy(-1)
        onFitCity: root.fitCity()
    }

    ScaleBar {
        objectName: "scaleBar"
        anchors { left: parent.left; bottom: parent.bottom; margins: root.overlayMargin }
        zoomLevel: view.map.zoomLevel
        latitude: view.map.center.latitude
    }
}
