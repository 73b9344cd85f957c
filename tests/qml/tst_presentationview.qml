import QtQuick
import QtTest
import Atalaya

// Presentation mode: cycles through its playlist on the timer, Space pauses, Left/Right step,
// Esc asks to leave; the bar always says the data time, the cursor's state and the cycle's.
TestCase {
    id: testCase
    name: "PresentationView"
    when: windowShown
    width: 1600
    height: 900
    visible: true

    Component {
        id: viewComponent
        PresentationView {
            anchors.fill: parent
            playlist: ["overview", "feeds", "overview"]
            secondsPerPage: 3
            tickInterval: 20
        }
    }

    SignalSpy {
        id: exitSpy
        signalName: "exitRequested"
    }

    function startedView(properties) {
        const view = createTemporaryObject(viewComponent, testCase, properties ?? {})
        verify(view)
        compare(view.visible, false)
        view.start()
        verify(view.visible)
        verify(view.activeFocus)
        return view
    }

    function test_cyclesThroughThePlaylist() {
        const view = startedView()
        compare(view.position, 0)
        compare(view.currentPage, "overview")
        // Only the page on screen is built; the next is built when it comes up, then kept.
        const first = findChild(view, "presentationPage_overview")
        verify(first)
        tryCompare(first, "status", Loader.Ready)
        tryCompare(view, "position", 1, 2000)
        compare(view.currentPage, "feeds")
        tryCompare(view, "position", 2, 2000)
        tryCompare(view, "position", 0, 2000) // round again
        const cycle = findChild(view, "presentationCycle")
        verify(cycle.text.indexOf("next in") >= 0, cycle.text)
    }

    function test_spacePausesAndResumes() {
        const view = startedView({ tickInterval: 30 })
        keyClick(Qt.Key_Space)
        verify(view.paused)
        const cycle = findChild(view, "presentationCycle")
        verify(cycle.text.indexOf("Paused") >= 0, cycle.text)
        wait(300) // ten ticks' worth: a running cycle would have moved three times
        compare(view.position, 0)
        keyClick(Qt.Key_Space)
        verify(!view.paused)
        tryCompare(view, "position", 1, 2000)
    }

    function test_arrowsStepPages() {
        const view = startedView({ tickInterval: 60000 })
        keyClick(Qt.Key_Right)
        compare(view.position, 1)
        compare(view.elapsed, 0) // a step starts the page's full time again
        keyClick(Qt.Key_Left)
        keyClick(Qt.Key_Left)
        compare(view.position, 2) // wraps to the end
    }

    function test_escapeAsksToLeave() {
        const view = startedView()
        exitSpy.target = view
        exitSpy.clear()
        keyClick(Qt.Key_Escape)
        compare(exitSpy.count, 1)
        view.stop()
        verify(!view.visible)
    }

    function test_barSaysDataTimeAndCursorState() {
        const view = startedView({ tickInterval: 60000 })
        // The test's Dashboard has no store: no data time, and the cursor is live.
        const data = findChild(view, "presentationDataTime")
        verify(data.text.indexOf("No data yet") >= 0, data.text)
        const cursor = findChild(view, "presentationCursor")
        verify(cursor.text.indexOf("Live") >= 0, cursor.text)
        const title = findChild(view, "presentationTitle")
        verify(title.text.indexOf("Overview") >= 0, title.text)
        keyClick(Qt.Key_Right)
        verify(title.text.indexOf("Feeds") >= 0, title.text)
    }

    function test_onePageDoesNotCycle() {
        const view = startedView({ playlist: ["overview"], tickInterval: 10 })
        wait(200)
        compare(view.position, 0)
        verify(findChild(view, "presentationCycle").text.indexOf("next in") < 0)
    }

    function test_overviewIsPresentedWithoutActions() {
        const view = startedView({ tickInterval: 60000 })
        const slot = findChild(view, "presentationPage_overview")
        tryCompare(slot, "status", Loader.Ready)
        verify(slot.item.presenting)
        // Large type: the page is drawn scaled up.
        compare(slot.scale, Theme.presentationScale)
    }
}
