pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtLocation
import QtPositioning
import Atalaya

// The hospitals on the offline city map, each a shape and colour by its level for the chosen
// bed type, the selected one ringed and named. A click on the map (or N for the selected
// hospital's district centre, C for the map centre) lists the nearest hospitals with a free bed
// and draws a straight line to the first. Arrow keys pan, +/− zoom, 0 shows the whole city.
FocusScope {
    id: root

    required property HospitalsPanel panel
    required property HospitalsFilterModel rows
    property geoRectangle cityBounds: Dashboard.cityBounds
    property bool ready: Dashboard.ready
    property real cityZoom: 0
    readonly property real panStep: Theme.spacingXl * 4

    signal hospitalClicked(var hospitalId)

    function fitCity() {
        if (!root.ready || !root.cityBounds.isValid || view.width <= 0 || view.height <= 0)
            return
        view.map.fitViewportToGeoShape(root.cityBounds, Theme.spacingL)
        root.cityZoom = view.map.zoomLevel
    }
    function zoomBy(delta: real) {
        view.map.zoomLevel = Math.min(view.maximumZoomLevel, Math.max(view.minimumZoomLevel, view.map.zoomLevel + delta))
    }
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
    onWidthChanged: if (root.cityZoom === 0) root.fitCity()
    onHeightChanged: if (root.cityZoom === 0) root.fitCity()
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
        objectName: "hospitalMap"
        anchors.fill: parent
        focus: true
        activeFocusOnTab: true
        map.plugin: Plugin { name: "itemsoverlay" } // draws no tiles: the map needs no network
        map.color: Theme.mapSea
        map.copyrightsVisible: false

        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("Hospitals map. Click a point, or press N for the selected hospital's district centre "
                              + "or C for the map centre, to list the nearest hospitals with a free bed. "
                              + "Arrow keys pan, plus and minus zoom, 0 shows the whole city, Escape clears.")

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
            case Qt.Key_N: root.panel.nearestFromSelectedDistrict(); break
            case Qt.Key_C: root.panel.nearestFrom(view.map.center); break
            case Qt.Key_Escape: root.panel.clearNearest(); break
            default: return
            }
            event.accepted = true
        }

        TapHandler {
            onTapped: eventPoint => {
                view.forceActiveFocus(Qt.MouseFocusReason)
                root.panel.nearestFrom(view.map.toCoordinate(eventPoint.position, false))
            }
        }

        BasemapLayers {
            map: view.map
            cityZoom: root.cityZoom
        }

        // The straight line from the origin to the nearest hospital.
        MapPolyline {
            parent: view.map
            z: 8
            visible: root.panel.routePath.length > 1
            path: root.panel.routePath
            line.color: Theme.routeLine
            line.width: Theme.routeLineWidth
        }
        MapQuickItem {
            parent: view.map
            z: 9
            visible: root.panel.nearestOrigin.isValid
            coordinate: root.panel.nearestOrigin
            anchorPoint.x: originMark.implicitWidth / 2
            anchorPoint.y: originMark.implicitHeight / 2
            sourceItem: Text {
                id: originMark
                text: "✕"
                color: Theme.routeLine
                style: Text.Outline
                styleColor: Theme.markerHalo
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
            }
        }

        MapItemView {
            parent: view.map
            z: 10
            model: root.rows
            delegate: MapQuickItem {
                id: marker
                required property var hospitalId
                required property string name
                // The role "coordinate" would shadow MapQuickItem's own property: read it via model.
                required property var model
                required property string level
                required property bool stale
                readonly property bool selected: marker.hospitalId === root.panel.selectedId

                coordinate: marker.model.coordinate
                z: marker.selected ? 1 : 0
                anchorPoint.x: Theme.hospitalMarkerSelectedSize / 2
                anchorPoint.y: Theme.hospitalMarkerSelectedSize / 2
                sourceItem: Item {
                    width: Theme.hospitalMarkerSelectedSize
                    height: Theme.hospitalMarkerSelectedSize
                    Rectangle {
                        anchors.centerIn: parent
                        visible: marker.selected
                        width: Theme.hospitalMarkerSelectedSize
                        height: width
                        radius: width / 2
                        color: "transparent"
                        border.width: Theme.focusWidth
                        border.color: Theme.routeLine
                    }
                    LevelMarker {
                        id: markerShape
                        anchors.centerIn: parent
                        level: marker.level
                        showWord: false
                        color: markerShape.fillColor
                        style: Text.Outline
                        styleColor: Theme.markerHalo
                        font.pixelSize: marker.selected ? Theme.hospitalMarkerSelectedSize - Theme.spacingXs
                                                        : Theme.hospitalMarkerSize
                        opacity: marker.stale ? Theme.panelOpacity : 1
                    }
                    Text {
                        visible: marker.selected
                        anchors.left: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        text: marker.name
                        color: Theme.mapLabel
                        style: Text.Outline
                        styleColor: Theme.mapLabelHalo
                        font.pixelSize: Theme.fontMapLabel
                        font.weight: Font.Bold
                    }
                    MouseArea {
                        anchors.fill: parent
                        cursorShape: Qt.PointingHandCursor
                        onClicked: root.hospitalClicked(marker.hospitalId)
                    }
                }
            }
        }
    }

    MapControls {
        anchors { right: parent.right; top: parent.top; margins: Theme.spacingS }
        onZoomIn: root.zoomBy(1)
        onZoomOut: root.zoomBy(-1)
        onFitCity: root.fitCity()
    }

    // Ways to ask "where is the nearest free bed?" without a pointer: from the selected
    // hospital's district, or from a post code (a caller's address usually comes with one).
    Flow {
        anchors { left: parent.left; top: parent.top; margins: Theme.spacingS }
        // Wraps rather than running under the zoom buttons on the right.
        width: root.width - Theme.mapButtonSize - 3 * Theme.spacingS
        spacing: Theme.spacingS
        visible: !nearestList.visible

        Button {
            objectName: "nearestFromDistrict"
            enabled: root.panel.selectedId !== 0
            text: qsTr("Nearest from the district centre (N)")
            font.pixelSize: Theme.fontSmall
            focusPolicy: Qt.StrongFocus
            Accessible.name: qsTr("List the nearest hospitals with a free bed from the centre of the selected hospital's district")
            ToolTip.visible: hovered
            ToolTip.delay: Theme.toolTipDelay
            ToolTip.text: qsTr("Or click anywhere on the map; C uses the map centre")
            onClicked: root.panel.nearestFromSelectedDistrict()
        }
        ComboBox {
            id: postCodeBox
            objectName: "nearestFromPostCode"
            visible: root.panel.postCodes.length > 0
            model: root.panel.postCodes
            displayText: qsTr("Nearest from post code…")
            // Wide enough for its label in every language; the codes in the list are shorter.
            implicitWidth: postCodeLabel.advanceWidth + postCodeBox.leftPadding + postCodeBox.rightPadding
                           + (postCodeBox.indicator ? postCodeBox.indicator.width : 0)

            TextMetrics {
                id: postCodeLabel
                font: postCodeBox.font
                text: postCodeBox.displayText
            }
            font.pixelSize: Theme.fontSmall
            focusPolicy: Qt.StrongFocus
            Accessible.name: qsTr("List the nearest hospitals with a free bed from the centre of a post code")
            onActivated: index => root.panel.nearestFromPostCode(root.panel.postCodes[index])
        }
    }

    NearestList {
        id: nearestList
        objectName: "nearestList"
        anchors { left: parent.left; top: parent.top; margins: Theme.spacingS }
        width: Math.min(Theme.nearestCardWidth, root.width - Theme.mapButtonSize - 3 * Theme.spacingS)
        visible: root.panel.nearestOrigin.isValid
        panel: root.panel
        onHospitalChosen: (hospitalId, coordinate) => {
            root.panel.selectedId = hospitalId
            root.flyTo(coordinate)
        }
        onCloseRequested: root.panel.clearNearest()
    }

    ScaleBar {
        anchors { left: parent.left; bottom: parent.bottom; margins: Theme.spacingS }
        zoomLevel: view.map.zoomLevel
        latitude: view.map.center.latitude
    }
}
