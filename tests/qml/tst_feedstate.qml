import QtQuick
import QtTest
import Atalaya

// A feed's state as drawn: a shape in the status colour for each state (never colour alone),
// and the edit form's field showing why the feeds file would refuse its value.
TestCase {
    id: testCase
    name: "FeedState"
    when: windowShown
    width: 400
    height: 200
    visible: true // an item is only visible inside a visible parent

    Component {
        id: markerComponent
        FeedStateMarker {}
    }
    Component {
        id: fieldComponent
        FeedEditField {
            width: 300
            key: "cadenceSeconds"
            label: "Poll every (seconds)"
        }
    }

    function test_shapeAndColour_data() {
        return [
            { tag: "live", state: "live", shape: "●", colour: Theme.statusOkText },
            { tag: "stale", state: "stale", shape: "▲", colour: Theme.statusAmberText },
            { tag: "failing", state: "failing", shape: "■", colour: Theme.statusRedText },
            { tag: "paused", state: "paused", shape: "❚❚", colour: Theme.statusNoDataText },
            { tag: "starting", state: "starting", shape: "○", colour: Theme.statusNoDataText },
            { tag: "unknown", state: "whatever", shape: "○", colour: Theme.statusNoDataText },
        ]
    }

    function test_shapeAndColour(data) {
        const marker = createTemporaryObject(markerComponent, testCase, { feedState: data.state })
        verify(marker)
        compare(marker.text, data.shape)
        compare(marker.color, data.colour)
    }

    function test_distinctShapesForDistinctStates() {
        const shapes = new Set()
        for (const state of ["live", "stale", "failing", "paused", "starting"]) {
            const marker = createTemporaryObject(markerComponent, testCase, { feedState: state })
            shapes.add(marker.text)
        }
        compare(shapes.size, 5)
    }

    function test_fieldShowsItsError() {
        const field = createTemporaryObject(fieldComponent, testCase)
        verify(field)
        const message = findChild(field, "feedError_cadenceSeconds")
        verify(message)
        verify(!message.visible)
        field.error = "expected a whole number from 1 to 604800, found \"fast\""
        verify(message.visible)
        verify(message.text.indexOf("found \"fast\"") > 0)
        const input = findChild(field, "feedField_cadenceSeconds")
        verify(input)
        field.text = "60"
        compare(input.text, "60")
    }
}
