pragma ComponentBehavior: Bound
import QtQuick
import QtLocation
import Atalaya

// The recreational areas on the map: filled when open to the chosen audience at the time cursor,
// outlined only when closed, each tagged with a filled or hollow circle (and its name two levels
// closer than the whole city) so that the state does not rest on colour. Drawn above the basemap
// (z 6 and 7) and below the service points.
Item {
    id: root

    required property Map map
    required property ServicesPanel panel
    // The zoom at which the whole city fits; names appear two levels closer.
    property real cityZoom: 0

    visible: false

    MapItemView {
        objectName: "serviceAreas"
        parent: root.map
        z: 6
        model: root.panel.areas
        delegate: MapPolygon {
            id: area
            required property var coordinates
            required property bool open
            path: area.coordinates
            color: area.open ? Theme.serviceAreaOpenFill : Theme.mapNoFill
            border.color: area.open ? Theme.serviceAreaLine : Theme.serviceAreaClosedLine
            border.width: Theme.serviceAreaLineWidth
        }
    }
    MapItemView {
        parent: root.map
        z: 7
        model: root.panel.areas
        delegate: MapQuickItem {
            id: tag
            required property string name
            required property bool open
            required property string windowText
            required property var labelCoordinate
            readonly property bool named: root.cityZoom > 0 && root.map.zoomLevel >= root.cityZoom + 2

            visible: tag.labelCoordinate.isValid
            coordinate: tag.labelCoordinate
            anchorPoint.x: tagText.implicitWidth / 2
            anchorPoint.y: tagText.implicitHeight / 2
            sourceItem: Text {
                id: tagText
                readonly property string glyph: tag.open ? Theme.serviceAreaOpenGlyph : Theme.serviceAreaClosedGlyph
                text: !tag.named ? tagText.glyph
                      : tag.open ? qsTr("%1 %2, open %3").arg(tagText.glyph).arg(tag.name).arg(tag.windowText)
                                 : qsTr("%1 %2, closed").arg(tagText.glyph).arg(tag.name)
                color: tag.open ? Theme.serviceAreaLine : Theme.serviceAreaClosedLine
                style: Text.Outline
                styleColor: Theme.mapLabelHalo
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
            }
        }
    }
}
