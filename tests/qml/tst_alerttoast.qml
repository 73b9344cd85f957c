import QtQuick
import QtTest
import Atalaya

// The new-alert notification: shows what and how serious, is named for screen readers, hides by
// itself (not while pointed at), closes by its button or Escape, opens the alert by click or Enter,
// and counts the alerts that arrive while it shows.
TestCase {
    id: testCase
    name: "AlertToast"
    when: windowShown
    width: 600
    height: 400
    visible: true

    Component {
        id: toastComponent
        AlertToast {
            x: 10
            y: 10
            hideAfterMs: 200
        }
    }
    Component {
        id: spyComponent
        SignalSpy {
            signalName: "openRequested"
        }
    }

    function makeToast() {
        const toast = createTemporaryObject(toastComponent, testCase)
        verify(toast)
        return toast
    }

    function test_showsAndAnnounces() {
        const toast = makeToast()
        verify(!toast.visible, "nothing shows before an alert")
        toast.show(42, "critical", "Critical", "Beach over capacity — Barceloneta", "Occupancy 84 % above 80 %")
        verify(toast.visible)
        compare(findChild(toast, "alertToastTitle").text, "Critical · Beach over capacity — Barceloneta")
        compare(findChild(toast, "alertToastMessage").text, "Occupancy 84 % above 80 %")
        compare(toast.Accessible.role, Accessible.AlertMessage)
        compare(toast.Accessible.name, "New critical alert: Beach over capacity — Barceloneta. Occupancy 84 % above 80 %")
        verify(!findChild(toast, "alertToastMore").visible)
    }

    function test_hidesByItselfUnlessPointedAt() {
        const toast = makeToast()
        toast.show(1, "warning", "Warning", "ICU beds low", "ICU beds free 3 below 5")
        tryCompare(toast, "visible", false, 2000)

        toast.show(2, "warning", "Warning", "ICU beds low", "ICU beds free 3 below 5")
        mouseMove(toast, toast.width / 2, toast.height / 2)
        wait(500)
        verify(toast.visible, "a pointer on the card keeps it")
        mouseMove(testCase, testCase.width - 1, testCase.height - 1)
        tryCompare(toast, "visible", false, 2000)
    }

    function test_closeButtonAndEscape() {
        const toast = makeToast()
        toast.hideAfterMs = 60000
        toast.show(3, "info", "Information", "Feed quiet", "No data for 30 min")
        const close = findChild(toast, "alertToastClose")
        verify(close)
        compare(close.Accessible.name, "Close the notification")
        mouseClick(close)
        verify(!toast.visible)

        toast.show(4, "info", "Information", "Feed quiet", "No data for 30 min")
        toast.forceActiveFocus(Qt.TabFocusReason)
        verify(toast.activeFocus)
        keyClick(Qt.Key_Escape)
        verify(!toast.visible)
    }

    function test_clickAndEnterOpenTheAlert() {
        const toast = makeToast()
        toast.hideAfterMs = 60000
        const spy = createTemporaryObject(spyComponent, testCase, { target: toast })
        toast.show(7, "critical", "Critical", "Beach over capacity", "Occupancy 90 %")
        mouseClick(toast, toast.width / 3, toast.height / 2)
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], 7)
        verify(!toast.visible, "opening the alert closes the notification")

        toast.show(8, "warning", "Warning", "Rising fast", "Occupancy rose by 30 %")
        toast.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Return)
        compare(spy.count, 2)
        compare(spy.signalArguments[1][0], 8)
    }

    function test_countsAlertsThatArriveWhileShown() {
        const toast = makeToast()
        toast.hideAfterMs = 60000
        toast.show(10, "warning", "Warning", "A", "first")
        toast.show(11, "critical", "Critical", "B", "second")
        toast.show(12, "warning", "Warning", "C", "third")
        compare(toast.alertId, 12)
        const more = findChild(toast, "alertToastMore")
        verify(more.visible)
        compare(more.text, "and 2 more")
        toast.dismiss()
        toast.show(13, "warning", "Warning", "D", "fourth")
        verify(!findChild(toast, "alertToastMore").visible, "the count starts afresh")
    }
}
