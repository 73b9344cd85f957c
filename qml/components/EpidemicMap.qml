pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtLocation
import Atalaya

// The choropleth: every district or neighbourhood filled by its class (risk level or indicator
// band) at the panel's day, with a glyph and the value written on it, and the legend. A click (or
// Enter on the focused map for the region under its centre) selects a region; Escape goes back
// to the whole city. Arrow keys pan, +/− zoom, 0 shows the whole city.
FocusScope {
    id: root

    required property EpidemicPanel panel

    function flyTo(coordinate: var) {
        cityMap.flyTo(coordinate)
    }

    // The legend beside the map, not over it: over it, it hid the regions in its corner.
    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        EpidemicLegend {
            objectName: "epidemicLegend"
            Layout.alignment: Qt.AlignTop
            panel: root.panel
        }

        CityMap {
            id: cityMap
            onScrollingPage: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            focus: true
            viewObjectName: "epidemicMap"
            overlayMargin: Theme.spacingS
            fitMargin: Theme.spacingL
            accessibleDescription: qsTr("Epidemic map by %1. Click a region, or press Enter for the region at the map centre, "
                                        + "to see its figures; Escape shows the whole city. Arrow keys pan, plus and minus zoom, "
                                        + "0 shows the whole city.").arg(root.panel.legendTitle)
            onOtherKeyPressed: event => {
                switch (event.key) {
                case Qt.Key_Return:
                case Qt.Key_Enter: root.panel.selectedRegionId = root.panel.regionAt(cityMap.map.center); break
                case Qt.Key_Escape: root.panel.selectedRegionId = 0; break
                default: return
                }
                event.accepted = true
            }

            TapHandler {
                onTapped: eventPoint => {
                    cityMap.forceActiveFocus(Qt.MouseFocusReason)
                    root.panel.selectedRegionId = root.panel.regionAt(cityMap.map.toCoordinate(eventPoint.position, false))
                }
            }

            // Fills go over land and water (basemap z 1-2) and under the outlines and names (z 3-5).
            MapItemView {
                parent: cityMap.map
                z: 2.5
                model: root.panel.regions
                delegate: MapPolygon {
                    id: area
                    required property var coordinates
                    required property int colourClass
                    required property bool selected
                    path: area.coordinates
                    color: Theme.choroplethColour(area.colourClass, root.panel.classCount, root.panel.colourByRisk)
                    opacity: Theme.choroplethOpacity
                    // Every region outlined: at neighbourhood level the basemap draws their
                    // outlines only when zoomed in.
                    border.width: area.selected ? Theme.focusWidth * 2 : Theme.mapNeighbourhoodLineWidth
                    border.color: area.selected ? Theme.focusRing : Theme.mapDistrictLine
                    z: area.selected ? 1 : 0
                }
            }

            // Glyph and value under each region's name; at neighbourhood level only once zoomed in,
            // where there is room for them.
            MapItemView {
                parent: cityMap.map
                z: 6
                visible: root.panel.regionLevel === "district" || cityMap.map.zoomLevel >= cityMap.cityZoom + 1
                model: root.panel.regions
                delegate: MapQuickItem {
                    id: label
                    required property var labelCoordinate
                    required property string name
                    required property string valueText
                    required property int colourClass
                    coordinate: label.labelCoordinate
                    anchorPoint.x: labelText.implicitWidth / 2
                    // Below the basemap's district name, which is centred on the same point.
                    anchorPoint.y: root.panel.regionLevel === "district" ? -Theme.fontMapLabel / 2 : labelText.implicitHeight / 2
                    sourceItem: Text {
                        id: labelText
                        text: root.panel.regionLevel === "district"
                              ? Theme.classGlyph(label.colourClass, root.panel.classCount) + " " + label.valueText
                              : label.name + "\n" + Theme.classGlyph(label.colourClass, root.panel.classCount) + " " + label.valueText
                        horizontalAlignment: Text.AlignHCenter
                        color: Theme.mapLabel
                        style: Text.Outline
                        styleColor: Theme.mapLabelHalo
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                    }
                }
            }
        }
    }
}
