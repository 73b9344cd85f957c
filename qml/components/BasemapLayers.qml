pragma ComponentBehavior: Bound
import QtQuick
import QtLocation
import Atalaya

// The offline basemap drawn onto a Map: sea, land, beaches, parks, rivers, neighbourhood outlines
// (only when zoomed in beyond the whole-city view), district outlines and names. Shared by the
// Map and Hospitals pages. The layers are parented to the map; this item itself draws nothing.
// Their z values run 1 to 5: put anything drawn over the basemap above 5.
Item {
    id: root

    required property Map map
    property BasemapModel basemap: Dashboard.basemap
    // The zoom at which the whole city fits; neighbourhoods appear one level closer.
    property real cityZoom: 0

    visible: false

    // Each MapItemView stacks as one group on the map, so the groups carry the draw order
    // (z); inside the areas group the model's layer order puts sea, land, beaches, parks, rivers.
    MapItemView {
        parent: root.map
        z: 1
        model: BasemapFilterModel {
            sourceModel: root.basemap
            kinds: ["sea", "land", "beach", "park", "river"]
            shape: BasemapModel.Area
        }
        delegate: MapPolygon {
            id: areaFeature
            required property string kind
            required property var coordinates
            required property int drawOrder
            z: areaFeature.drawOrder
            path: areaFeature.coordinates
            color: Theme.mapFill(areaFeature.kind)
            border.width: 0
        }
    }
    // Rivers and other lines.
    MapItemView {
        parent: root.map
        z: 2
        model: BasemapFilterModel {
            sourceModel: root.basemap
            shape: BasemapModel.Line
        }
        delegate: MapPolyline {
            id: lineFeature
            required property string kind
            required property var coordinates
            required property int drawOrder
            z: lineFeature.drawOrder
            path: lineFeature.coordinates
            line.color: Theme.mapLine(lineFeature.kind)
            line.width: Theme.mapLineWidth(lineFeature.kind)
        }
    }
    MapItemView {
        parent: root.map
        z: 3
        visible: root.cityZoom > 0 && root.map.zoomLevel >= root.cityZoom + 1
        model: BasemapFilterModel {
            sourceModel: root.basemap
            kinds: ["neighbourhood"]
            shape: BasemapModel.Area
        }
        delegate: MapPolygon {
            id: neighbourhoodFeature
            required property string kind
            required property var coordinates
            required property int drawOrder
            z: neighbourhoodFeature.drawOrder
            path: neighbourhoodFeature.coordinates
            color: Theme.mapNoFill
            border.color: Theme.mapLine(neighbourhoodFeature.kind)
            border.width: Theme.mapLineWidth(neighbourhoodFeature.kind)
        }
    }
    MapItemView {
        parent: root.map
        z: 4
        model: BasemapFilterModel {
            sourceModel: root.basemap
            kinds: ["district"]
            shape: BasemapModel.Area
        }
        delegate: MapPolygon {
            id: districtFeature
            required property string kind
            required property var coordinates
            required property int drawOrder
            z: districtFeature.drawOrder
            path: districtFeature.coordinates
            color: Theme.mapNoFill
            border.color: Theme.mapLine(districtFeature.kind)
            border.width: Theme.mapLineWidth(districtFeature.kind)
        }
    }
    MapItemView {
        parent: root.map
        z: 5
        model: BasemapFilterModel {
            sourceModel: root.basemap
            kinds: ["district"]
            labelledOnly: true
        }
        delegate: MapQuickItem {
            id: label
            required property string name
            required property var labelCoordinate
            coordinate: label.labelCoordinate
            anchorPoint.x: labelText.implicitWidth / 2
            anchorPoint.y: labelText.implicitHeight / 2
            sourceItem: Text {
                id: labelText
                text: label.name
                color: Theme.mapLabel
                style: Text.Outline
                styleColor: Theme.mapLabelHalo
                font.pixelSize: Theme.fontMapLabel
                font.weight: Font.DemiBold
            }
        }
    }
}
