import QtQuick
import QtTest
import Atalaya

TestCase {
    id: testCase
    name: "ErrorBanner"
    visible: true // an item is only visible inside a visible parent

    Component {
        id: bannerComponent
        ErrorBanner {}
    }

    function test_showsOnlyWithAMessage() {
        const banner = createTemporaryObject(bannerComponent, testCase)
        verify(!banner.visible)
        banner.message = "The disk is full."
        verify(banner.visible)
        compare(findChild(banner, "errorText").text, "Error: The disk is full.")
        banner.dismissed = true
        verify(!banner.visible)
        banner.message = "Another problem."
        verify(banner.visible, "a new message shows again after a dismissal")
    }
}
