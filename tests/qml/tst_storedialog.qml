import QtQuick
import QtTest
import Atalaya

// The Store dialog: says which store is open, checks a typed location as one types (a URL with a
// password is refused without being repeated, and cannot be saved), saves a usable one for the
// next start, goes back to the embedded store, and works from the keyboard.
TestCase {
    id: testCase
    name: "StoreDialog"
    when: windowShown
    width: 900
    height: 700
    visible: true

    Component {
        id: dialogComponent
        StoreDialog {}
    }

    function openDialog() {
        const dialog = createTemporaryObject(dialogComponent, testCase)
        verify(dialog)
        dialog.open()
        tryCompare(dialog, "opened", true)
        return dialog
    }

    function cleanup() {
        compare(AppSettings.setStoreLocation(""), "")
    }

    function test_namesTheOpenStore() {
        const dialog = openDialog()
        const open = findChild(dialog.contentItem, "storeOpen")
        verify(open)
        verify(open.text.indexOf(Dashboard.databasePath) >= 0, open.text)
        const field = findChild(dialog.contentItem, "storeLocation")
        verify(field.activeFocus)
        compare(field.Accessible.name, "Store to open at the next start")
    }

    function test_aPasswordIsRefusedAndNeverRepeated() {
        const dialog = openDialog()
        const field = findChild(dialog.contentItem, "storeLocation")
        const problem = findChild(dialog.contentItem, "storeLocationProblem")
        const save = findChild(dialog.contentItem, "storeSave")
        field.text = "postgresql://ana:s3cret@db.city.local/city"
        verify(problem.visible)
        verify(problem.text.length > 0)
        verify(problem.text.indexOf("s3cret") < 0, problem.text)
        verify(problem.text.indexOf("pgpass") >= 0, problem.text)
        compare(save.enabled, false)
        // Enter does not save it either.
        keyClick(Qt.Key_Return)
        compare(AppSettings.storeLocation, "")
    }

    function test_savesAUsableLocationForTheNextStart() {
        const dialog = openDialog()
        const field = findChild(dialog.contentItem, "storeLocation")
        const problem = findChild(dialog.contentItem, "storeLocationProblem")
        const save = findChild(dialog.contentItem, "storeSave")
        field.text = "postgresql://ana@db.city.local:5432/city"
        compare(dialog.problem, "")
        verify(save.enabled)
        mouseClick(save)
        compare(AppSettings.storeLocation, "postgresql://ana@db.city.local:5432/city")
        verify(problem.visible)
        verify(problem.text.indexOf("next start") >= 0, problem.text)

        // From the keyboard: type, Enter.
        field.text = ""
        field.forceActiveFocus()
        for (const c of "/tmp/city-copy.db")
            keyClick(c)
        keyClick(Qt.Key_Return)
        compare(AppSettings.storeLocation, "/tmp/city-copy.db")
    }

    function test_backToTheEmbeddedStore() {
        compare(AppSettings.setStoreLocation("postgresql:///?service=city"), "")
        const dialog = openDialog()
        const field = findChild(dialog.contentItem, "storeLocation")
        compare(field.text, "postgresql:///?service=city")
        mouseClick(findChild(dialog.contentItem, "storeUseEmbedded"))
        compare(AppSettings.storeLocation, "")
        compare(field.text, "")
    }
}
