import QtQuick
import QtTest
import Atalaya

// The service card alone: what it shows of a service, the edits it sends up, the refusals it
// shows beside their fields, and the history with its Undo buttons.
TestCase {
    id: testCase
    name: "ServiceCard"
    when: windowShown
    visible: true
    width: 500
    height: 1100

    readonly property var pharmacy: ({
        id: 42, name: "Farmacia Ibáñez", category: "pharmacies", categoryIndex: 0, categoryName: "Pharmacies",
        address: "Calle Mayor, 12", postCode: "39001", openingHours: "Mo-Fr 09:00-21:00", status: "limited",
        capacity: 40, notes: "Aforo reducido", updatedBy: "ana", updatedAtText: "14/03/2026 09:30", isArea: false, windows: []
    })

    Component {
        id: cardComponent
        ServiceCard {
            width: 420
            height: 1000
            details: testCase.pharmacy
            history: ListModel {
                ListElement { auditId: 7; actor: "ana"; atText: "14/03/2026 09:30"; fieldName: "Status"; oldText: "Open"; newText: "Limited" }
                ListElement { auditId: 5; actor: "luis"; atText: "13/03/2026 18:00"; fieldName: "Notes"; oldText: "not reported"; newText: "Aforo reducido" }
            }
        }
    }
    SignalSpy { id: statusSpy; signalName: "statusChosen" }
    SignalSpy { id: hoursSpy; signalName: "hoursSubmitted" }
    SignalSpy { id: capacitySpy; signalName: "capacitySubmitted" }
    SignalSpy { id: notesSpy; signalName: "notesSubmitted" }
    SignalSpy { id: undoSpy; signalName: "undoRequested" }
    SignalSpy { id: closeSpy; signalName: "closeRequested" }

    function makeCard() {
        const card = createTemporaryObject(cardComponent, testCase)
        verify(card)
        for (const spy of [statusSpy, hoursSpy, capacitySpy, notesSpy, undoSpy, closeSpy]) {
            spy.clear()
            spy.target = card
        }
        return card
    }

    function test_showsTheService() {
        const card = makeCard()
        compare(findChild(card, "serviceCardName").text, "Farmacia Ibáñez")
        compare(findChild(card, "serviceCardCategory").text, "Pharmacies")
        compare(findChild(card, "serviceCardAddress").text, "Calle Mayor, 12 · post code 39001")
        // Status as a shape and a word, never the colour alone.
        const status = findChild(card, "serviceCardStatus")
        compare(status.text, "◐ Limited")
        verify(status.Accessible.name.indexOf("Limited") >= 0)
        compare(findChild(card, "serviceCardUpdated").text, "Updated by ana at 14/03/2026 09:30")
        compare(findChild(card, "serviceHoursField").text, "Mo-Fr 09:00-21:00")
        compare(findChild(card, "serviceCapacityField").text, "40")
        compare(findChild(card, "serviceNotesField").text, "Aforo reducido")
        verify(findChild(card, "serviceStatus_limited").checked)
        verify(!findChild(card, "serviceStatus_open").checked)
        verify(card.Accessible.name.indexOf("Farmacia Ibáñez") >= 0)
    }

    function test_statusButtonsSendTheChoice() {
        const card = makeCard()
        mouseClick(findChild(card, "serviceStatus_closed"))
        compare(statusSpy.count, 1)
        compare(statusSpy.signalArguments[0][0], "closed")
        // The card shows the stored status until the store says otherwise.
        verify(findChild(card, "serviceStatus_limited").checked)
        verify(!findChild(card, "serviceStatus_closed").checked)
    }

    function test_applySendsTheTypedHours() {
        const card = makeCard()
        const field = findChild(card, "serviceHoursField")
        const apply = findChild(card, "serviceHoursApply")
        verify(!apply.enabled, "nothing to apply before an edit")
        field.forceActiveFocus()
        field.selectAll()
        keyClick(Qt.Key_Delete)
        for (const c of "Mo 10:00-12:00")
            keyClick(c)
        verify(apply.enabled)
        mouseClick(apply)
        compare(hoursSpy.count, 1)
        compare(hoursSpy.signalArguments[0][0], "Mo 10:00-12:00")
        // Enter in the field sends as well.
        field.forceActiveFocus()
        keyClick(Qt.Key_Return)
        compare(hoursSpy.count, 2)
        // Escape puts the stored value back.
        keyClick(Qt.Key_Escape)
        compare(field.text, "Mo-Fr 09:00-21:00")
    }

    function test_capacityAndNotes() {
        const card = makeCard()
        const capacity = findChild(card, "serviceCapacityField")
        capacity.text = ""
        mouseClick(findChild(card, "serviceCapacityApply"))
        compare(capacitySpy.count, 1)
        compare(capacitySpy.signalArguments[0][0], "", "an empty capacity is sent as such: not reported")
        findChild(card, "serviceNotesField").text = "Cerrado por obras"
        mouseClick(findChild(card, "serviceNotesApply"))
        compare(notesSpy.signalArguments[0][0], "Cerrado por obras")
    }

    function test_refusalsShowBesideTheirField() {
        const card = makeCard()
        verify(!findChild(card, "serviceHoursError").visible)
        card.errors = { opening_hours: "Opening hours 'Mo 09:00-08:00' refused: closing time 08:00 is before opening time 09:00 in 'Mo 09:00-08:00'." }
        const hoursError = findChild(card, "serviceHoursError")
        verify(hoursError.visible)
        verify(hoursError.text.indexOf("closing time 08:00 is before opening time 09:00") >= 0)
        verify(hoursError.text.indexOf("⚠") === 0, "a sign as well as a colour")
        verify(!findChild(card, "serviceCapacityError").visible)
        verify(!findChild(card, "serviceStatusError").visible)
        card.errors = { status: "Status 'shut' refused", undo: "Cannot undo change #5" }
        verify(!findChild(card, "serviceHoursError").visible)
        verify(findChild(card, "serviceStatusError").visible)
        verify(findChild(card, "serviceUndoError").visible)
        compare(findChild(card, "serviceUndoError").text, "⚠ Cannot undo change #5")
    }

    function test_historyListsChangesWithUndo() {
        const card = makeCard()
        compare(findChild(card, "serviceHistoryChange_0").text, "Status: Open → Limited")
        compare(findChild(card, "serviceHistoryChange_1").text, "Notes: not reported → Aforo reducido")
        mouseClick(findChild(card, "serviceUndo_1"))
        compare(undoSpy.count, 1)
        compare(undoSpy.signalArguments[0][0], 5)
        verify(findChild(card, "serviceHistory_0").Accessible.name.indexOf("ana") >= 0)
    }

    function test_newDetailsRefreshTheFields() {
        const card = makeCard()
        const field = findChild(card, "serviceHoursField")
        field.text = "typed but not applied"
        const changed = Object.assign({}, testCase.pharmacy)
        changed.openingHours = "Mo-Su 00:00-24:00"
        changed.capacity = null
        changed.status = "closed"
        card.details = changed
        compare(field.text, "Mo-Su 00:00-24:00")
        compare(findChild(card, "serviceCapacityField").text, "")
        compare(findChild(card, "serviceCardStatus").text, "⊘ Closed")
    }

    function test_closes() {
        const card = makeCard()
        mouseClick(findChild(card, "serviceCardClose"))
        compare(closeSpy.count, 1)
    }
}
