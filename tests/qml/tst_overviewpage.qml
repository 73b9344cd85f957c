import QtQuick
import QtTest
import Atalaya

// The Overview with a Dashboard that has no data yet: every figure reads "No data", never 0.
TestCase {
    id: testCase
    name: "OverviewPage"
    when: windowShown
    width: 1300
    height: 800

    Component {
        id: pageComponent
        OverviewPage {
            anchors.fill: parent
        }
    }

    function test_noDataEverywhere_data() {
        return [
            { tag: "population", objectName: "kpiPopulation" },
            { tag: "cases", objectName: "kpiCases7d" },
            { tag: "icu", objectName: "kpiIcuFree" },
            { tag: "sites", objectName: "kpiSitesRed" },
        ]
    }

    function test_noDataEverywhere(data) {
        const page = createTemporaryObject(pageComponent, testCase)
        compare(page.objectName, "overviewPage")
        const card = findChild(page, data.objectName)
        verify(card, data.objectName)
        compare(card.valueText, "No data")
    }
}
