import QtQuick
import QtTest
import Atalaya

TestCase {
    id: testCase
    name: "PreparingOverlay"

    Component {
        id: overlayComponent
        PreparingOverlay {}
    }

    function test_saysHowFarAlong() {
        const overlay = createTemporaryObject(overlayComponent, testCase, { progress: 0.454, stage: "Hospitals" })
        compare(overlay.headline, "Preparing the demo city… 45 %")
    }
}
