pragma ComponentBehavior: Bound
import QtQuick
import Atalaya

// The city map, drawn entirely offline from the store: sea, land, parks, beaches, rivers,
// neighbourhood and district outlines, district names. Pan by dragging or with the arrow keys,
// zoom with the wheel, a pinch, the +/− keys or the buttons; 0 shows the whole city again.
CityMap {
    id: root
    objectName: "mapPage"

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Map of %1").arg(Dashboard.cityName)
}
