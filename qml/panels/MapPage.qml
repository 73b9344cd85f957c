pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtLocation
import QtPositioning
import Atalaya

// The essential-services map: every service point over the offline city map (clustered, one
// scene-graph layer), the layers to show, find-as-you-type, a service's card with its edits and
// history, a post code's services, and the recreational areas open at the time cursor. The map
// pans by dragging or the arrow keys and zooms with the wheel, +/− or the buttons; 0 shows the
// whole city; Escape closes the card. Operator notes: N (or right-click, or press and hold) adds one.
FocusScope {
    id: root
    objectName: "mapPage"

    property ServicesPanel panel: Dashboard.services
    property TimeCursor cursor: Dashboard.timeCursor

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Map of %1").arg(Dashboard.cityName)

    // Glides to a place unless it is there already: a glide from a place to itself changes
    // nothing, so no frame is drawn to end it, and a later move would be pulled back to it.
    function glideTo(coordinate: var) {
        if (coordinate && coordinate.isValid && cityMap.map.center.distanceTo(coordinate) > 1)
            cityMap.flyTo(coordinate)
    }
    // Close enough that the service is drawn on its own, not inside a cluster.
    function flyTo(coordinate: var) {
        if (!coordinate || !coordinate.isValid)
            return
        if (cityMap.map.zoomLevel < Theme.serviceFocusZoom)
            cityMap.map.zoomLevel = Theme.serviceFocusZoom
        root.glideTo(coordinate)
    }
    function showService(serviceId: var, coordinate: var) {
        root.panel.selectedId = serviceId
        root.flyTo(coordinate && coordinate.isValid ? coordinate : root.panel.selectedCoordinate)
    }
    function showPostCode(code: string) {
        if (!root.panel.selectPostCode(code))
            return
        root.panel.selectedId = 0
        cityMap.map.fitViewportToGeoShape(root.panel.postCodeBounds, Theme.spacingXl)
    }
    // A right-click or a press and hold at a point of the map (in the map view's coordinates).
    function offerNoteAt(position: point) {
        noteMenu.coordinate = cityMap.map.toCoordinate(cityMap.map.mapFromItem(tap.parent, position))
        const shown = cityMap.mapFromItem(tap.parent, position)
        noteMenu.popup(cityMap, shown.x, shown.y)
    }
    // A click on the map: a point opens its card, a cluster zooms in around itself.
    function tapAt(position: point) {
        const mark = pointLayer.markAt(position)
        if (mark.count === undefined)
            return
        const coordinate = QtPositioning.coordinate(mark.latitude, mark.longitude)
        if (mark.count > 1) {
            cityMap.map.center = coordinate
            cityMap.zoomBy(Theme.serviceClusterZoomStep)
            return
        }
        root.panel.selectedId = mark.id
        root.glideTo(coordinate)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.servicesPaneWidth
            color: Theme.surface

            Flickable {
                id: paneFlick
                anchors.fill: parent
                contentWidth: width
                contentHeight: pane.implicitHeight + 2 * Theme.spacingL
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                interactive: paneFlick.contentHeight > paneFlick.height
                ScrollBar.vertical: ScrollBar {}

                ColumnLayout {
                    id: pane
                    x: Theme.spacingL
                    y: Theme.spacingL
                    width: paneFlick.width - 2 * Theme.spacingL
                    spacing: Theme.spacingM

                    Text {
                        objectName: "servicesTitle"
                        Layout.fillWidth: true
                        text: root.cursor.live
                              ? qsTr("Essential services now")
                              : qsTr("Essential services at %1").arg(root.cursor.time.toLocaleString(Qt.locale(), Locale.ShortFormat))
                        color: Theme.text
                        font.pixelSize: Theme.fontHeading
                        font.weight: Font.Bold
                        wrapMode: Text.WordWrap
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    ServiceSearchBox {
                        Layout.fillWidth: true
                        panel: root.panel
                        onServiceChosen: (serviceId, coordinate) => root.showService(serviceId, coordinate)
                        onPostCodeChosen: code => root.showPostCode(code)
                    }
                    NotesList {
                        objectName: "mapNotes"
                        Layout.fillWidth: true
                        panel: Dashboard.notes
                        cursor: root.cursor
                        onNoteChosen: (noteId, coordinate) => {
                            notesLayer.openCard(noteId)
                            root.glideTo(coordinate)
                        }
                        onAddRequested: notesLayer.addNoteAtCentre()
                    }
                    ServiceLayerList {
                        objectName: "serviceLayers"
                        Layout.fillWidth: true
                        panel: root.panel
                        countsInView: pointLayer.countsInView
                    }
                    ServiceAreaLegend {
                        objectName: "areaLegend"
                        Layout.fillWidth: true
                        panel: root.panel
                        cursor: root.cursor
                    }
                    ServiceTransfer {
                        objectName: "serviceTransfer"
                        Layout.fillWidth: true
                        panel: root.panel
                        pointLayer: pointLayer
                    }
                }
            }
            Rectangle {
                anchors { top: parent.top; bottom: parent.bottom; right: parent.right }
                width: Theme.borderWidth
                color: Theme.border
            }
        }

        CityMap {
            id: cityMap
            Layout.fillWidth: true
            Layout.fillHeight: true
            focus: true
            viewObjectName: "serviceMap"
            accessibleDescription: qsTr("Essential services map of %1. Click a point for its card, a numbered cluster to zoom "
                                        + "in. Arrow keys pan, plus and minus zoom, 0 shows the whole city, Escape closes the card.")
                                   .arg(Dashboard.cityName)
            onOtherKeyPressed: event => {
                if (event.key === Qt.Key_N) {
                    notesLayer.addNoteAtCentre()
                    event.accepted = true
                    return
                }
                if (event.key !== Qt.Key_Escape)
                    return
                if (root.panel.selectedId !== 0)
                    root.panel.selectedId = 0
                else
                    root.panel.clearPostCode()
                event.accepted = true
            }

            ServiceAreaLayer {
                map: cityMap.map
                panel: root.panel
                cityZoom: cityMap.cityZoom
            }
            MapItemView {
                objectName: "postCodeOutline"
                parent: cityMap.map
                z: 8
                model: root.panel.postCodeShape
                delegate: MapPolygon {
                    id: outline
                    required property var coordinates
                    objectName: "postCodeOutlinePart"
                    path: outline.coordinates
                    color: Theme.mapNoFill
                    border.color: Theme.servicePostCodeLine
                    border.width: Theme.servicePostCodeLineWidth
                }
            }
            // Over the Map (a sibling above it in the MapView), so it draws over every map item
            // and lets pointer events through to the map's own handlers.
            ServicePointLayer {
                id: pointLayer
                objectName: "servicePointLayer"
                anchors.fill: parent
                z: 1
                source: root.panel.points
                center: cityMap.map.center
                zoomLevel: cityMap.map.zoomLevel
                bearing: cityMap.map.bearing
                tilt: cityMap.map.tilt
                fieldOfView: cityMap.map.fieldOfView
                categoryVisible: root.panel.categoryVisible
                categoryColors: root.panel.categorySlugs.map((slug, index) => Theme.serviceColour(slug, index))
                categoryShapes: root.panel.categorySlugs.map((slug, index) => Theme.serviceShape(slug, index))
                statusColors: [Theme.statusOk, Theme.statusAmber, Theme.statusRed]
                haloColor: Theme.serviceHalo
                clusterColor: Theme.serviceClusterFill
                labelColor: Theme.serviceClusterLabel
                selectionColor: Theme.serviceSelection
                pointSize: Theme.servicePointSize
                clusterSize: Theme.serviceClusterSize
                selectedId: root.panel.selectedId
            }
            TapHandler {
                id: tap
                onTapped: eventPoint => {
                    cityMap.forceActiveFocus(Qt.MouseFocusReason)
                    root.tapAt(pointLayer.mapFromItem(tap.parent, eventPoint.position))
                }
                onLongPressed: root.offerNoteAt(tap.point.position)
            }
            TapHandler {
                acceptedButtons: Qt.RightButton
                onTapped: eventPoint => root.offerNoteAt(eventPoint.position)
            }
            NotesLayer {
                id: notesLayer
                objectName: "notesLayer"
                map: cityMap
            }
        }
    }

    ServiceCard {
        id: card
        objectName: "serviceCard"
        anchors { top: parent.top; right: parent.right; margins: Theme.spacingL }
        anchors.rightMargin: Theme.mapButtonSize + 2 * Theme.spacingL
        width: Math.min(Theme.serviceCardWidth, cityMap.width - Theme.mapButtonSize - 3 * Theme.spacingL)
        height: Math.min(card.implicitHeight, root.height - 2 * Theme.spacingL)
        visible: root.panel.selectedId !== 0
        details: root.panel.selected
        history: root.panel.history
        errors: root.panel.editErrors
        onStatusChosen: status => root.panel.setStatus(status)
        onHoursSubmitted: hours => root.panel.setOpeningHours(hours)
        onNotesSubmitted: notes => root.panel.setNotes(notes)
        onCapacitySubmitted: capacity => root.panel.setCapacity(capacity)
        onUndoRequested: auditId => root.panel.undo(auditId)
        onNearestHospitalRequested: {
            Dashboard.hospitals.nearestFrom(root.panel.selectedCoordinate)
            AppSettings.page = "hospitals"
        }
        onCloseRequested: {
            root.panel.selectedId = 0
            cityMap.forceActiveFocus(Qt.OtherFocusReason)
        }
    }

    Menu {
        id: noteMenu
        property var coordinate
        MenuItem {
            objectName: "addNoteHere"
            enabled: Dashboard.canEdit
            text: qsTr("Add note here")
            onTriggered: notesLayer.addNoteAt(noteMenu.coordinate, qsTr("the point you chose"))
        }
    }

    ServicePostCodeList {
        id: postCodeList
        objectName: "postCodePanel"
        anchors { top: parent.top; right: parent.right; margins: Theme.spacingL }
        anchors.rightMargin: Theme.mapButtonSize + 2 * Theme.spacingL
        width: Math.min(Theme.serviceCardWidth, cityMap.width - Theme.mapButtonSize - 3 * Theme.spacingL)
        height: Math.min(postCodeList.implicitHeight, root.height - 2 * Theme.spacingL)
        visible: root.panel.postCode.length > 0 && root.panel.selectedId === 0
        panel: root.panel
        onServiceChosen: (serviceId, coordinate) => root.showService(serviceId, coordinate)
        onCloseRequested: root.panel.clearPostCode()
    }
}
