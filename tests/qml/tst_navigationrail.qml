import QtQuick
import QtQuick.Layouts
import QtTest
import Atalaya

TestCase {
    id: testCase
    name: "NavigationRail"
    when: windowShown
    width: 400
    height: 400
    visible: true

    Component {
        id: shellComponent
        Row {
            property alias rail: rail
            property alias stack: stack
            anchors.fill: parent
            NavigationRail {
                id: rail
                objectName: "rail"
                height: 300
                pages: [{ title: "Overview", glyph: "A" }, { title: "Map", glyph: "B" }]
                onActivated: index => rail.currentIndex = index
            }
            StackLayout {
                id: stack
                width: 200
                height: 300
                currentIndex: rail.currentIndex
                Item { objectName: "first" }
                Item { objectName: "second" }
            }
        }
    }

    function test_keyboardSwitchesPages() {
        const shell = createTemporaryObject(shellComponent, testCase)
        verify(shell)
        const entry0 = findChild(shell.rail, "railEntry0")
        verify(entry0)
        shell.rail.forceActiveFocus(Qt.TabFocusReason)
        verify(entry0.activeFocus, "the rail hands focus to the current entry")
        compare(entry0.Accessible.name, "Overview")

        keyClick(Qt.Key_Down)
        compare(shell.rail.currentIndex, 1)
        compare(shell.stack.currentIndex, 1)
        verify(findChild(shell.rail, "railEntry1").activeFocus, "focus follows the current page")

        keyClick(Qt.Key_Down) // already on the last page
        compare(shell.rail.currentIndex, 1)

        keyClick(Qt.Key_Up)
        compare(shell.stack.currentIndex, 0)

        keyClick(Qt.Key_End)
        compare(shell.stack.currentIndex, 1)
        keyClick(Qt.Key_Home)
        compare(shell.stack.currentIndex, 0)
    }

    function test_railIsOneTabStop() {
        const shell = createTemporaryObject(shellComponent, testCase)
        verify(shell.rail.activeFocusOnTab)
        verify(!findChild(shell.rail, "railEntry0").activeFocusOnTab)
        verify(!findChild(shell.rail, "railEntry1").activeFocusOnTab)
    }

    function test_clickSwitchesPages() {
        const shell = createTemporaryObject(shellComponent, testCase)
        const entry1 = findChild(shell.rail, "railEntry1")
        mouseClick(entry1)
        compare(shell.stack.currentIndex, 1)
    }
}
