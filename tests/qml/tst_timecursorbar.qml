import QtQuick
import QtTest
import Atalaya

TestCase {
    id: testCase
    name: "TimeCursorBar"
    when: windowShown
    visible: true

    Component {
        id: barComponent
        TimeCursorBar {
            cursor: TimeCursor {}
        }
    }

    function test_liveCannotStepForward() {
        const bar = createTemporaryObject(barComponent, testCase)
        verify(bar.cursor.live)
        verify(!findChild(bar, "stepForwardHour").enabled)
        verify(findChild(bar, "stepBackHour").enabled)
        mouseClick(findChild(bar, "stepBackHour"))
        verify(!bar.cursor.live, "stepping back leaves live mode")
        verify(findChild(bar, "stepForwardHour").enabled)
        const live = findChild(bar, "liveButton")
        compare(live.Accessible.name, "Replaying a past moment; press to go live")
        mouseClick(live)
        verify(bar.cursor.live)
        verify(live.checked)
    }
}
