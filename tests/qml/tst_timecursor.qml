import QtQuick
import QtTest
import Atalaya

TestCase {
    id: testCase
    name: "TimeCursor"

    Component {
        id: cursorComponent
        TimeCursor {}
    }

    SignalSpy {
        id: liveSpy
        signalName: "liveChanged"
    }

    function test_startsLive() {
        const cursor = createTemporaryObject(cursorComponent, testCase)
        verify(cursor.live)
        verify(!cursor.canStepForward)
        const now = new Date()
        verify(Math.abs(cursor.time.getTime() - now.getTime()) < 2 * 60 * 1000)
    }

    function test_stepLeavesLive() {
        const cursor = createTemporaryObject(cursorComponent, testCase)
        liveSpy.target = cursor
        liveSpy.clear()
        const before = cursor.time.getTime()
        cursor.step(-3600)
        verify(!cursor.live)
        compare(liveSpy.count, 1)
        compare(cursor.time.getTime(), before - 3600 * 1000)
        verify(cursor.canStepForward)
        cursor.goLive()
        verify(cursor.live)
    }

    function test_clampsToDataRange() {
        const cursor = createTemporaryObject(cursorComponent, testCase)
        cursor.earliest = new Date(Date.UTC(2026, 2, 1, 0, 0))
        cursor.latest = new Date(Date.UTC(2026, 2, 15, 12, 0))
        cursor.setMoment(new Date(Date.UTC(2027, 0, 1)))
        compare(cursor.time.getTime(), cursor.latest.getTime())
        verify(!cursor.canStepForward)
        cursor.step(-30 * 86400)
        compare(cursor.time.getTime(), cursor.earliest.getTime())
        verify(!cursor.canStepBackward)
        cursor.step(3600)
        compare(cursor.time.getTime(), Date.UTC(2026, 2, 1, 1, 0))
    }
}
