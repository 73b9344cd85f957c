import QtQuick
import QtTest
import Atalaya

// The note form's validation: each refusal beside its field, the "+N h" choices, a region that
// must be chosen. The test Dashboard has no store, so saving is always refused as a whole too;
// what is checked here is that every field says what is wrong with it.
TestCase {
    id: testCase
    name: "NoteEditDialog"
    when: windowShown
    visible: true
    width: 900
    height: 800

    Component {
        id: dialogComponent
        NoteEditDialog {
            panel: Dashboard.notes
        }
    }

    function openDialog(): var {
        const dialog = createTemporaryObject(dialogComponent, testCase)
        dialog.openNew(43.46, -3.8, "the test's point")
        tryVerify(() => dialog.opened)
        return dialog
    }
    function field(dialog: var, name: string): var {
        const item = findChild(dialog.contentItem, name)
        verify(item, name)
        return item
    }

    function test_defaults() {
        const dialog = openDialog()
        verify(/^\d{4}-\d\d-\d\d \d\d:\d\d$/.test(field(dialog, "noteValidFrom").text), field(dialog, "noteValidFrom").text)
        compare(field(dialog, "noteValidUntil").text, "")
        compare(field(dialog, "notePoint").text, "43.46000, -3.80000 (the test's point)")
        verify(field(dialog, "noteBody").activeFocus, "the text is where typing starts")
        for (const name of ["noteBodyError", "notePlaceError", "noteRegionError", "noteValidFromError", "noteValidUntilError"])
            verify(!field(dialog, name).visible, name)
    }

    function test_emptyTextIsRefusedBesideIt() {
        const dialog = openDialog()
        mouseClick(field(dialog, "noteSave"))
        const error = field(dialog, "noteBodyError")
        verify(error.visible)
        verify(error.text.indexOf("Text:") >= 0, error.text)
        verify(!field(dialog, "noteValidUntilError").visible)
        verify(!field(dialog, "notePlaceError").visible)
        verify(field(dialog, "noteOtherError").visible, "no store is open in the test")
        verify(dialog.opened, "a refused note keeps the form open")

        // Written, saved again: the text's message goes.
        field(dialog, "noteBody").text = "Road closed by flooding"
        mouseClick(field(dialog, "noteSave"))
        verify(!field(dialog, "noteBodyError").visible)
    }

    function test_untilBeforeFromIsRefusedBesideUntil() {
        const dialog = openDialog()
        field(dialog, "noteBody").text = "Road closed"
        field(dialog, "noteValidFrom").text = "2026-11-21 10:00"
        field(dialog, "noteValidUntil").text = "2026-11-21 09:00"
        mouseClick(field(dialog, "noteSave"))
        const error = field(dialog, "noteValidUntilError")
        verify(error.visible)
        verify(error.text.indexOf("Valid until:") >= 0, error.text)
        verify(!field(dialog, "noteValidFromError").visible)
        verify(!field(dialog, "noteBodyError").visible)
    }

    function test_unreadableTimeIsRefusedBesideIt() {
        const dialog = openDialog()
        field(dialog, "noteBody").text = "Road closed"
        field(dialog, "noteValidFrom").text = "tomorrow morning"
        mouseClick(field(dialog, "noteSave"))
        const error = field(dialog, "noteValidFromError")
        verify(error.visible)
        verify(error.text.indexOf("“tomorrow morning” is not a date and time") >= 0, error.text)
        field(dialog, "noteValidFrom").text = ""
        mouseClick(field(dialog, "noteSave"))
        verify(field(dialog, "noteValidFromError").text.indexOf("Valid from:") >= 0)
    }

    function test_untilChoices() {
        const dialog = openDialog()
        field(dialog, "noteValidFrom").text = "2026-11-21 10:00"
        mouseClick(field(dialog, "noteUntil4"))
        compare(field(dialog, "noteValidUntil").text, "2026-11-21 14:00")
        mouseClick(field(dialog, "noteUntil24"))
        compare(field(dialog, "noteValidUntil").text, "2026-11-22 10:00")
        mouseClick(field(dialog, "noteUntilRemoved"))
        compare(field(dialog, "noteValidUntil").text, "")
    }

    function test_aRegionMustBeChosen() {
        const dialog = openDialog()
        field(dialog, "noteBody").text = "Power cut"
        verify(!field(dialog, "noteRegion").visible)
        mouseClick(field(dialog, "notePlace_region"))
        compare(dialog.placeKind, "region")
        verify(field(dialog, "noteRegion").visible)
        verify(!field(dialog, "notePoint").visible)
        mouseClick(field(dialog, "noteSave"))
        const error = field(dialog, "notePlaceError")
        verify(error.visible)
        verify(error.text.indexOf("Place:") >= 0, error.text)
        // Back to the point: the place is fine again.
        mouseClick(field(dialog, "notePlace_point"))
        mouseClick(field(dialog, "noteSave"))
        verify(!field(dialog, "notePlaceError").visible)
    }

    function test_cancelCloses() {
        const dialog = openDialog()
        mouseClick(field(dialog, "noteCancel"))
        tryVerify(() => !dialog.visible)
    }
}
