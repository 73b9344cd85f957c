import QtQuick
import QtTest
import Atalaya

TestCase {
    id: testCase
    name: "LevelMarker"
    when: windowShown

    Component {
        id: markerComponent
        LevelMarker {}
    }

    function test_shapeAndWord_data() {
        return [
            { tag: "high", level: "high", shape: "●", word: "High" },
            { tag: "medium", level: "medium", shape: "▲", word: "Medium" },
            { tag: "low", level: "low", shape: "■", word: "Low" },
            { tag: "nodata", level: "nodata", shape: "○", word: "No data" },
            { tag: "unknown", level: "whatever", shape: "○", word: "No data" },
        ]
    }

    function test_shapeAndWord(data) {
        const marker = createTemporaryObject(markerComponent, testCase, { level: data.level })
        verify(marker)
        compare(marker.shape, data.shape)
        compare(marker.word, data.word)
        compare(marker.text, data.shape + " " + data.word)
        verify(marker.Accessible.name.indexOf(data.word) >= 0, marker.Accessible.name)
    }

    function test_shapeOnly() {
        const marker = createTemporaryObject(markerComponent, testCase, { level: "low", showWord: false })
        compare(marker.text, "■")
        // The word still reaches a screen reader.
        verify(marker.Accessible.name.indexOf("Low") >= 0)
    }

    function test_levelsDifferInColourToo() {
        const high = createTemporaryObject(markerComponent, testCase, { level: "high" })
        const low = createTemporaryObject(markerComponent, testCase, { level: "low" })
        verify(!Qt.colorEqual(high.fillColor, low.fillColor))
    }
}
