import QtQuick
import QtTest
import Atalaya

// The ranked district table over a small fixture: "No data" for missing figures, rows in the
// model's order, keyboard navigation, and the context columns hidden when narrow.
TestCase {
    id: testCase
    name: "DistrictTable"
    when: windowShown
    width: 1300
    height: 600
    visible: true  // TestCase is hidden by default; the narrow test checks which cells are visible

    // Quiet has no figures: undefined, as DistrictsModel returns for "no data".
    ListModel {
        id: fixture
        dynamicRoles: true
        Component.onCompleted: {
            fixture.append({ name: "North", code: "D1", population: 100000, cases7d: 98, incidence7d: 98.0,
                             trendPercent: 100.0, shareOver65: 0.25, deprivationIndex: 0.4 })
            fixture.append({ name: "Harbour", code: "D2", population: 50000, cases7d: 20, incidence7d: 40.0,
                             trendPercent: -20.0, shareOver65: 0.18, deprivationIndex: 0.61 })
            fixture.append({ name: "Quiet", code: "D3", population: undefined, cases7d: undefined,
                             incidence7d: undefined, trendPercent: undefined, shareOver65: undefined,
                             deprivationIndex: undefined })
        }
    }

    Component {
        id: tableComponent
        DistrictTable {
            width: testCase.width
            height: testCase.height
            model: fixture
            asOfText: "14 Mar 2026"
            maxIncidence: 98
        }
    }

    function rowAt(table: Item, index: int): Item {
        const list = findChild(table, "districtList")
        tryVerify(() => list.height > 0)  // laid out by its ColumnLayout
        list.positionViewAtIndex(index, ListView.Contain)
        list.forceLayout()
        return list.itemAtIndex(index)
    }

    function test_headingSaysTheDay() {
        const table = createTemporaryObject(tableComponent, testCase)
        const heading = findChild(table, "districtHeading")
        verify(heading.text.indexOf("14 Mar 2026") >= 0, heading.text)
    }

    function test_rowsInTheGivenOrder() {
        const table = createTemporaryObject(tableComponent, testCase)
        compare(table.count, 3)
        const names = []
        for (let i = 0; i < table.count; ++i)
            names.push(findChild(rowAt(table, i), "name").text)
        compare(names, ["North", "Harbour", "Quiet"])
        compare(rowAt(table, 0).rankText, "1")
        compare(rowAt(table, 1).rankText, "2")
    }

    function test_noDataForUndefined_data() {
        return [
            { tag: "population", cell: "population" },
            { tag: "cases", cell: "cases" },
            { tag: "incidence", cell: "incidence" },
            { tag: "trend", cell: "trend" },
            { tag: "over65", cell: "shareOver65" },
            { tag: "deprivation", cell: "deprivation" },
        ]
    }

    function test_noDataForUndefined(data) {
        const table = createTemporaryObject(tableComponent, testCase)
        const quiet = rowAt(table, 2)
        compare(findChild(quiet, data.cell).text, "No data")
        compare(quiet.rankText, "")  // unranked without an incidence
        verify(findChild(rowAt(table, 0), data.cell).text !== "No data")
        verify(quiet.Accessible.name.indexOf("No data") >= 0, quiet.Accessible.name)
    }

    function test_trendInWordsAndArrow() {
        const table = createTemporaryObject(tableComponent, testCase)
        compare(findChild(rowAt(table, 0), "trend").text, "▲ up 100 %")
        compare(findChild(rowAt(table, 1), "trend").text, "▼ down 20 %")
        const summary = rowAt(table, 1).Accessible.name
        verify(summary.indexOf("Harbour") >= 0 && summary.indexOf("down 20 %") >= 0, summary)
        verify(summary.indexOf("Rank 2") === 0, summary)
    }

    function test_keyboardDownMovesTheCurrentRow() {
        const table = createTemporaryObject(tableComponent, testCase)
        const list = findChild(table, "districtList")
        verify(list.activeFocusOnTab)
        list.forceActiveFocus()
        verify(list.activeFocus)
        compare(table.currentIndex, 0)
        keyClick(Qt.Key_Down)
        compare(table.currentIndex, 1)
        verify(rowAt(table, 1).current)
        keyClick(Qt.Key_Down)
        compare(table.currentIndex, 2)
        keyClick(Qt.Key_Home)
        compare(table.currentIndex, 0)
        keyClick(Qt.Key_End)
        compare(table.currentIndex, 2)
    }

    function test_narrowHidesContextColumns() {
        const table = createTemporaryObject(tableComponent, testCase, { width: 800 })
        verify(table.compact)
        verify(!findChild(rowAt(table, 0), "deprivation").visible)
        verify(findChild(rowAt(table, 0), "incidence").visible)
        // The hidden figures still reach a screen reader.
        verify(rowAt(table, 0).Accessible.name.indexOf("deprivation") >= 0)
    }
}
