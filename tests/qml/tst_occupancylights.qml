import QtQuick
import QtTest
import Atalaya

// The traffic light as drawn (shape, colour, word, what a screen reader hears) and the legend
// that explains it with the thresholds in force (the defaults while no site is selected: the
// test's Dashboard has an empty store).
TestCase {
    id: testCase
    name: "OccupancyLights"
    when: windowShown
    width: 800
    height: 200

    Component {
        id: markerComponent
        TrafficLightMarker {}
    }
    Component {
        id: legendComponent
        OccupancyLegend {
            width: 800
            panel: Dashboard.occupancy
        }
    }

    function test_shapeAndWord_data() {
        return [
            { tag: "green", light: "green", shape: "circle", word: "Green" },
            { tag: "amber", light: "amber", shape: "triangle", word: "Amber" },
            { tag: "red", light: "red", shape: "square", word: "Red" },
            { tag: "closed", light: "closed", shape: "octagon", word: "Closed" },
            { tag: "unknown", light: "unknown", shape: "question", word: "No data" },
            { tag: "garbage", light: "purple", shape: "question", word: "No data" },
        ]
    }

    function test_shapeAndWord(data) {
        const marker = createTemporaryObject(markerComponent, testCase, { light: data.light })
        verify(marker)
        compare(marker.shapeName, data.shape)
        compare(marker.word, data.word)
        verify(marker.Accessible.name.indexOf(data.word) >= 0, marker.Accessible.name)
        // The word is drawn beside the shape.
        verify(marker.implicitWidth > marker.size + 10)
    }

    function test_outlinesAreClosedPolygons_data() {
        return [
            { tag: "circle", shape: "circle", corners: 32 },
            { tag: "triangle", shape: "triangle", corners: 3 },
            { tag: "square", shape: "square", corners: 4 },
            { tag: "octagon", shape: "octagon", corners: 8 },
        ]
    }

    function test_outlinesAreClosedPolygons(data) {
        const marker = createTemporaryObject(markerComponent, testCase, { size: 20 })
        const points = marker.outline(data.shape, 20)
        compare(points.length, data.corners + 1)
        compare(points[0].x, points[points.length - 1].x)
        compare(points[0].y, points[points.length - 1].y)
        for (const p of points) {
            verify(p.x >= -0.01 && p.x <= 20.01, "x " + p.x)
            verify(p.y >= -0.01 && p.y <= 20.01, "y " + p.y)
        }
    }

    function test_shapeOnlyStillSpeaks() {
        const marker = createTemporaryObject(markerComponent, testCase, { light: "red", showWord: false, size: 24 })
        compare(marker.implicitWidth, 24)
        verify(marker.Accessible.name.indexOf("Red") >= 0)
    }

    function test_lightsDifferInColourToo() {
        const green = createTemporaryObject(markerComponent, testCase, { light: "green" })
        const amber = createTemporaryObject(markerComponent, testCase, { light: "amber" })
        const red = createTemporaryObject(markerComponent, testCase, { light: "red" })
        const unknown = createTemporaryObject(markerComponent, testCase, { light: "unknown" })
        verify(!Qt.colorEqual(green.fillColor, amber.fillColor))
        verify(!Qt.colorEqual(amber.fillColor, red.fillColor))
        verify(!Qt.colorEqual(red.fillColor, unknown.fillColor))
    }

    function test_legendSaysTheDefaultThresholds() {
        const legend = createTemporaryObject(legendComponent, testCase)
        verify(legend)
        compare(Dashboard.occupancy.selectedId, 0)
        compare(findChild(legend, "legendGreen").range, "under 40 %")
        compare(findChild(legend, "legendAmber").range, "40–60 %")
        compare(findChild(legend, "legendRed").range, "60–80 %")
        compare(findChild(legend, "legendClosed").range, "80 % and over: access closed")
        // "%n minute(s)" is made plural by the translations, which this test does not load.
        verify(findChild(legend, "legendUnknown").range.indexOf("no reading in the last 30 minute") === 0)
        verify(findChild(legend, "legendThresholdsOf").text.indexOf("default") >= 0)
        // Each entry speaks its light and its range.
        verify(findChild(legend, "legendClosed").Accessible.name.indexOf("Closed") >= 0)
    }
}
