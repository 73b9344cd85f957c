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
    // Where the last fit put the view: while the view is still there, a resize (a pane laid out
    // anew) fits the city again; once the user has panned or zoomed, it is left alone.
    property var fitCenter
    property real fitZoom: -1
    readonly property bool fitted: root.fitZoom < 0
                                   || (view.map.zoomLevel === root.fitZoom && root.fitCenter !== undefined
                                       && view.map.center.distanceTo(root.fitCenter) < 1)
    readonly property real panStep: Theme.spacingXl * 4
    property geoRectangle cityBounds: Dashboard.cityBounds
    property bool ready: Dashboard.ready
    // Map items of the page that uses this map.
    default property alias content: view.data

    // A key the map does not use itself; set event.accepted when handled.
    signal otherKeyPressed(var event)

    // Labels of places panned out of view must not draw over the panes beside the map.
    clip: true
    // For a map on a page that scrolls. Qt Quick's software renderer (no GPU: virtual machines,
    // remote desktops) takes the empty intersection of the page's clip and the map's for no clip
    // at all: a map scrolled just out of view drew its sea and land over the status bar (the
    // Overview at 1280x800). Drawn into a texture of its own size, the map is one rectangle that
    // the page clips like any other item. GPU renderers clip right and pay nothing.
    property bool onScrollingPage: false
    layer.enabled: onScrollingPage && GraphicsInfo.api === GraphicsInfo.Software

    function fitCity() {
        if (!root.ready || !root.cityBounds.isValid || view.width <= 0 || view.height <= 0)
            return
        fly.stop() // a flight still under way would pull the view back to its target
        view.map.fitViewportToGeoShape(root.cityBounds, root.fitMargin)
        root.cityZoom = view.map.zoomLevel
        root.fitZoom = view.map.zoomLevel
        root.fitCenter = view.map.center
    }
    function zoomBy(delta: real) {
        fly.stop()
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
