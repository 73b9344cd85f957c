import QtQuick
import QtTest
import Atalaya

// The weekday x hour heatmap with a made-up week: values written in the cells, "no data" cells
// hollow with a dash and said as such, the cursor's cell outlined, tints stronger when fuller,
// and the keyboard walking the cells without leaving the grid. (A click on a cell is tested on
// the real page, tests/ui/tst_occupancypage.cpp.)
TestCase {
    id: testCase
    name: "OccupancyHeatmap"
    when: windowShown
    width: 900
    height: 260

    // Monday to Sunday; hour h of day d is (d * 10 + h) % 90 % full, except Sunday night (no data).
    function week() {
        const days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        const longDays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        const rows = []
        for (let d = 0; d < 7; ++d) {
            const cells = []
            for (let h = 0; h < 24; ++h) {
                const empty = d === 6 && h < 6
                const percent = (d * 10 + h) % 90
                cells.push({ hour: h, readings: empty ? 0 : 12, percent: empty ? undefined : percent,
                             light: empty ? "unknown" : percent >= 60 ? "red" : percent >= 40 ? "amber" : "green" })
            }
            rows.push({ day: d, dayName: days[d], dayLongName: longDays[d], cells: cells })
        }
        return rows
    }

    Component {
        id: heatmapComponent
        OccupancyHeatmap {
            width: 900
            height: 200
            fullAt: 0.8
        }
    }

    function test_cellsShowTheirValues() {
        const heatmap = createTemporaryObject(heatmapComponent, testCase, { rows: week(), markedDay: 2, markedHour: 14 })
        verify(heatmap)
        waitForRendering(heatmap)
        const tuesdayNine = findChild(heatmap, "heatCell_1_9")
        verify(tuesdayNine)
        compare(findChild(tuesdayNine, "value").text, "19")
        verify(!tuesdayNine.noData)
        verify(tuesdayNine.Accessible.name.indexOf("Tuesday") >= 0, tuesdayNine.Accessible.name)
        verify(tuesdayNine.Accessible.name.indexOf("19 %") >= 0, tuesdayNine.Accessible.name)
        verify(tuesdayNine.Accessible.name.indexOf("12 reading") >= 0, tuesdayNine.Accessible.name)
    }

    function test_noDataCellsAreMarked() {
        const heatmap = createTemporaryObject(heatmapComponent, testCase, { rows: week() })
        const sundayNight = findChild(heatmap, "heatCell_6_3")
        verify(sundayNight.noData)
        compare(findChild(sundayNight, "value").text, "–")
        compare(sundayNight.color.a, 0)   // hollow
        verify(sundayNight.border.width > 0)
        verify(sundayNight.Accessible.name.indexOf("no data") >= 0, sundayNight.Accessible.name)
        verify(sundayNight.Accessible.name.indexOf("03:00") >= 0, sundayNight.Accessible.name)
    }

    function test_fullerCellsAreStronger() {
        const heatmap = createTemporaryObject(heatmapComponent, testCase, { rows: week() })
        const quiet = findChild(heatmap, "heatCell_0_1")    // 1 %
        const busy = findChild(heatmap, "heatCell_0_20")    // 20 %
        verify(busy.color.a > quiet.color.a)
        // A red cell is tinted in the red light's hue, not the green one.
        const red = findChild(heatmap, "heatCell_6_10")     // 70 %: red
        verify(red.color.r > red.color.g)
    }

    function test_cursorCellIsOutlined() {
        const heatmap = createTemporaryObject(heatmapComponent, testCase, { rows: week(), markedDay: 2, markedHour: 14 })
        verify(findChild(heatmap, "heatCell_2_14").marked)
        verify(!findChild(heatmap, "heatCell_2_15").marked)
        verify(findChild(heatmap, "heatCell_2_14").border.width > 0)
    }

    function test_keyboardWalksTheCells() {
        const heatmap = createTemporaryObject(heatmapComponent, testCase, { rows: week(), currentDay: 0, currentHour: 0 })
        heatmap.forceActiveFocus()
        verify(heatmap.activeFocus)
        keyClick(Qt.Key_Left)
        keyClick(Qt.Key_Up)
        compare(heatmap.currentDay, 0)
        compare(heatmap.currentHour, 0)
        keyClick(Qt.Key_Right)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        compare(heatmap.currentDay, 2)
        compare(heatmap.currentHour, 1)
        keyClick(Qt.Key_End)
        compare(heatmap.currentHour, 23)
        for (let i = 0; i < 10; ++i)
            keyClick(Qt.Key_Down)
        compare(heatmap.currentDay, 6)
        keyClick(Qt.Key_Home)
        compare(heatmap.currentHour, 0)
        // The grid says what the current cell holds.
        verify(heatmap.Accessible.description.indexOf("Sunday") >= 0, heatmap.Accessible.description)
        verify(heatmap.Accessible.description.indexOf("no data") >= 0, heatmap.Accessible.description)
        verify(findChild(heatmap, "heatCell_6_0").current)
    }

    function test_emptyWeekDrawsNothing() {
        const heatmap = createTemporaryObject(heatmapComponent, testCase, { rows: [] })
        verify(heatmap)
        compare(findChild(heatmap, "heatCell_0_0"), null)
        compare(heatmap.describe(0, 0), "")
    }
}
