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

    signal hospitalClicked(var hospitalId)

    function flyTo(coordinate: var) {
        cityMap.flyTo(coordinate)
    }

    CityMap {
        id: cityMap
        onScrollingPage: true
        anchors.fill: parent
        focus: true
        viewObjectName: "hospitalMap"
        overlayMargin: Theme.spacingS
        fitMargin: Theme.spacingL
        accessibleDescription: qsTr("Hospitals map. Click a point, or press N for the selected hospital's district centre "
                                    + "or C for the map centre, to list the nearest hospitals with a free bed. "
                                    + "Arrow keys pan, plus and minus zoom, 0 shows the whole city, Escape clears.")
        onOtherKeyPressed: event => {
            switch (event.key) {
            case Qt.Key_N: root.panel.nearestFromSelectedDistrict(); break
            case Qt.Key_C: root.panel.nearestFrom(cityMap.map.center); break
            case Qt.Key_Escape: root.panel.clearNearest(); break
            default: return
            }
            event.accepted = true
        }

        TapHandler {
            onTapped: eventPoint => {
                cityMap.forceActiveFocus(Qt.MouseFocusReason)
                root.panel.nearestFrom(cityMap.map.toCoordinate(eventPoint.position, false))
            }
        }

        // The straight line from the origin to the nearest hospital.
        MapPolyline {
            parent: cityMap.map
            z: 8
            visible: root.panel.routePath.length > 1
            path: root.panel.routePath
            line.color: Theme.routeLine
            line.width: Theme.routeLineWidth
        }
        MapQuickItem {
            parent: cityMap.map
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
            parent: cityMap.map
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
            cityMap.flyTo(coordinate)
        }
        onCloseRequested: root.panel.clearNearest()
    }
}
