import QtQuick
import QtLocation
import QtPositioning
import QtTest
import Atalaya

TestCase {
    id: testCase
    name: "ScaleBar"
    when: windowShown
    width: 600
    height: 400

    Component {
        id: modelComponent
        ScaleBarModel {}
    }

    Component {
        id: mapComponent
        Map {
            width: 600
            height: 400
            plugin: Plugin { name: "itemsoverlay" }
        }
    }

    function test_niceLabel_data() {
        return [
            { tag: "equator zoom 0", zoom: 0, lat: 0, maxWidth: 100 },
            { tag: "city zoom 13", zoom: 13, lat: 40.4, maxWidth: 140 },
            { tag: "street zoom 18", zoom: 18, lat: 40.4, maxWidth: 140 },
        ]
    }

    function test_niceLabel(data) {
        const model = createTemporaryObject(modelComponent, testCase,
                                            { zoomLevel: data.zoom, latitude: data.lat, maxWidth: data.maxWidth })
        verify(model.width > 0 && model.width <= data.maxWidth, "width " + model.width)
        verify(/^[125]0* k?m$/.test(model.label), model.label)
        // Round lengths: the bar is never less than a fifth of the room (1-2-5 steps).
        verify(model.width > data.maxWidth / 5, "width " + model.width)
        fuzzyCompare(model.width * model.metresPerPixel, model.metres, 1e-6 * model.metres)
    }

    function test_equatorResolution() {
        const model = createTemporaryObject(modelComponent, testCase, { zoomLevel: 0, latitude: 0 })
        fuzzyCompare(model.metresPerPixel, 156543.03392, 0.01)
    }

    // The formula must match what Qt Location's Map actually draws at a zoom level.
    function test_matchesTheMap() {
        const map = createTemporaryObject(mapComponent, testCase)
        map.center = QtPositioning.coordinate(40.4, -3.7)
        map.zoomLevel = 13
        const y = map.height / 2
        const left = map.toCoordinate(Qt.point(map.width / 2 - 100, y), false)
        const right = map.toCoordinate(Qt.point(map.width / 2 + 100, y), false)
        const measured = left.distanceTo(right) / 200
        const model = createTemporaryObject(modelComponent, testCase, { zoomLevel: map.zoomLevel, latitude: map.center.latitude })
        fuzzyCompare(model.metresPerPixel, measured, measured * 0.01)
    }
}
