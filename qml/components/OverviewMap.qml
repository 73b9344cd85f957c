pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtLocation
import QtPositioning
import Atalaya

// The Overview's map of what matters now: hospitals with low bed availability and crowded sites
// (red or closed) from the panel, and open alerts that have a place. Every mark has a shape and
// a word as well as its colour; the legend under the map says what each shape is.
FocusScope {
    id: root

    required property OverviewPanel panel
    // Open alerts (AlertListModel roles lat, lon, hasPlace, severityKey, subjectName); null: none.
    property var alerts: null
    // Off on a presentation screen: the notes are shown, not edited.
    property bool notesEditable: true
    readonly property alias cityMap: cityMap

    function flyTo(lat: real, lon: real) {
        cityMap.flyTo(QtPositioning.coordinate(lat, lon))
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingXs

        CityMap {
            id: cityMap
            onScrollingPage: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            focus: true
            viewObjectName: "overviewMap"
            overlayMargin: Theme.spacingS
            fitMargin: Theme.spacingL
            accessibleDescription: qsTr("Map of %1 with what matters now: %n hospital(s) with low bed availability", "",
                                        root.panel.lowHospitalCount).arg(Dashboard.cityName)
                                   + qsTr(", %n crowded site(s)", "", root.panel.crowdedSiteCount)
                                   + qsTr(". Arrow keys pan, plus and minus zoom, 0 shows the whole city.")

            // Operator notes valid at the time cursor: what coordinators know that no sensor says.
            NotesLayer {
                map: cityMap
                editable: root.notesEditable
            }

            MapItemView {
                parent: cityMap.map
                z: 10
                model: root.panel.places
                delegate: MapQuickItem {
                    id: place
                    required property var modelData
                    readonly property bool hospital: place.modelData.kind === "hospital"

                    objectName: "overviewPlace_" + place.modelData.kind + "_" + place.modelData.id
                    coordinate: QtPositioning.coordinate(place.modelData.lat, place.modelData.lon)
                    anchorPoint.x: Theme.overviewPlaceSize / 2
                    anchorPoint.y: Theme.overviewPlaceSize / 2
                    sourceItem: Item {
                        ToolTip.visible: placeHover.hovered
                        ToolTip.delay: Theme.toolTipDelay
                        ToolTip.text: place.modelData.name + " — " + place.modelData.text
                        width: Theme.overviewPlaceSize
                        height: Theme.overviewPlaceSize
                        Rectangle {
                            anchors.fill: parent
                            radius: place.hospital ? Theme.radiusS : width / 2
                            color: Theme.statusRed
                            border.width: Theme.focusWidth
                            border.color: Theme.markerHalo
                        }
                        Text {
                            anchors.centerIn: parent
                            text: place.hospital ? "✚" : Theme.shapeRed
                            color: Theme.onStatus
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.Bold
                        }
                        Text {
                            anchors.left: parent.right
                            anchors.leftMargin: Theme.spacingXs
                            anchors.verticalCenter: parent.verticalCenter
                            text: place.modelData.name
                            color: Theme.mapLabel
                            style: Text.Outline
                            styleColor: Theme.mapLabelHalo
                            font.pixelSize: Theme.fontMapLabel
                            font.weight: Font.DemiBold
                        }
                        HoverHandler { id: placeHover }
                    }
                }
            }

            MapItemView {
                parent: cityMap.map
                z: 11
                model: root.alerts
                delegate: MapQuickItem {
                    id: alertMark
                    required property bool hasPlace
                    required property var lat
                    required property var lon
                    required property string severityKey
                    required property string subjectName
                    required property string message

                    visible: alertMark.hasPlace
                    coordinate: alertMark.hasPlace ? QtPositioning.coordinate(alertMark.lat, alertMark.lon)
                                                   : QtPositioning.coordinate()
                    anchorPoint.x: Theme.overviewPlaceSize / 2
                    anchorPoint.y: Theme.overviewPlaceSize
                    sourceItem: Text {
                        ToolTip.visible: alertHover.hovered
                        ToolTip.delay: Theme.toolTipDelay
                        ToolTip.text: alertMark.subjectName + " — " + alertMark.message
                        text: "⚠"
                        color: alertMark.severityKey === "critical" ? Theme.statusRedText
                             : alertMark.severityKey === "warning" ? Theme.statusAmberText : Theme.accent
                        style: Text.Outline
                        styleColor: Theme.mapLabelHalo
                        font.pixelSize: Theme.fontGlyph
                        font.weight: Font.Bold
                        HoverHandler { id: alertHover }
                    }
                }
            }
        }

        Text {
            objectName: "overviewMapLegend"
            Layout.fillWidth: true
            text: qsTr("✚ hospital with low bed availability · %1 crowded site · ⚠ open alert · pins: operator notes")
                  .arg(Theme.shapeRed)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }
}
