import QtQuick
import QtTest
import QtCharts
import Atalaya

// The epidemic charts against Dashboard.epidemic. tst_qml's Dashboard has an empty store and is
// never started, so the panel holds no series: these tests check the layout, the names a screen
// reader hears ("No data", never 0), the line styles, the empty fills and when the charts refill.
// The charts with data are checked on a screenshot of the Epidemic page.
TestCase {
    id: testCase
    name: "EpidemicCharts"
    when: windowShown
    visible: true  // TestCase is hidden by default, and hidden items take no focus
    width: 1200
    height: 800

    Component {
        id: chartsComponent
        EpidemicCharts {
            panel: Dashboard.epidemic
            anchors.fill: parent
        }
    }

    SignalSpy {
        id: refillSpy
        signalName: "refill"
    }

    readonly property var chartNames: ["casesChart", "incidenceChart", "deathsChart", "vaccinationChart"]

    function createCharts() {
        const charts = createTemporaryObject(chartsComponent, testCase)
        verify(charts)
        for (const name of testCase.chartNames)
            verify(findChild(charts, name), name)
        return charts
    }

    function chart(charts, name) {
        return findChild(charts, name)
    }

    function test_gridIsTwoByTwoWhenWide() {
        const charts = createCharts()
        compare(charts.columns, 2)
        waitForRendering(charts)
        const cases = chart(charts, "casesChart")
        const incidence = chart(charts, "incidenceChart")
        const deaths = chart(charts, "deathsChart")
        const vaccination = chart(charts, "vaccinationChart")
        compare(cases.y, incidence.y)
        verify(incidence.x > cases.x)
        compare(deaths.x, cases.x)
        verify(deaths.y > cases.y)
        compare(vaccination.y, deaths.y)
        compare(vaccination.x, incidence.x)
        // Equal halves.
        fuzzyCompare(cases.width, incidence.width, 1)
    }

    function test_oneColumnWhenNarrow() {
        testCase.width = Theme.chartsWideWidth - 100
        try {
            const charts = createCharts()
            compare(charts.columns, 1)
            waitForRendering(charts)
            let previousY = -1
            for (const name of testCase.chartNames) {
                const c = chart(charts, name)
                compare(c.x, 0)
                verify(c.y > previousY, name)
                verify(c.height >= Theme.chartMinHeight, name)
                previousY = c.y
            }
        } finally {
            testCase.width = 1200
        }
    }

    function test_accessibleNamesSayNoData_data() {
        return testCase.chartNames.map(name => ({ tag: name, objectName: name }))
    }

    function test_accessibleNamesSayNoData(data) {
        const charts = createCharts()
        const c = chart(charts, data.objectName)
        tryVerify(() => c.summary.length > 0, 1000, "described after the first fill")
        verify(c.Accessible.name.startsWith(c.heading), c.Accessible.name)
        verify(c.Accessible.name.indexOf("No data") > 0, c.Accessible.name)
        verify(c.Accessible.name.indexOf(": 0") < 0, c.Accessible.name)
        compare(c.Accessible.role, Accessible.Chart)
    }

    function test_tabWalksTheCharts() {
        const charts = createCharts()
        waitForRendering(charts)
        const first = chart(charts, "casesChart")
        first.forceActiveFocus()
        verify(first.activeFocus)
        for (const name of testCase.chartNames.slice(1)) {
            keyClick(Qt.Key_Tab)
            verify(chart(charts, name).activeFocus, name)
        }
        keyClick(Qt.Key_Backtab)
        verify(chart(charts, "deathsChart").activeFocus)
    }

    function test_lineStylesDiffer() {
        const charts = createCharts()
        const cases = chart(charts, "casesChart")
        // The legend names each line: look the series up by those names.
        const daily = cases.series(Dashboard.epidemic.indicatorName("newCases"))
        const average = cases.series(Dashboard.epidemic.indicatorName("casesAverage7"))
        verify(daily && average)
        verify(average.width > daily.width)

        const vaccination = chart(charts, "vaccinationChart")
        const styles = ["coverageDose1", "coverageDose2", "coverageBooster"]
            .map(key => vaccination.series(Dashboard.epidemic.indicatorName(key)).style)
        compare(styles, [Qt.SolidLine, Qt.DashLine, Qt.DotLine])

        const city = chart(charts, "incidenceChart").series("Whole city")
        compare(city.style, Qt.DashLine)
        verify(city.name.length > 0)
        // The city is the selection: its reference line is drawn thick.
        compare(Dashboard.epidemic.selectedRegionId, 0)
        compare(city.width, Theme.chartThickLineWidth)

        // Every line is named in the legend.
        for (const name of testCase.chartNames) {
            const c = chart(charts, name)
            for (let i = 0; i < c.count; ++i)
                verify(c.series(i).name.length > 0, name + " series " + i)
        }
    }

    function test_emptyPanelFillsNothing() {
        const charts = createCharts()
        const cases = chart(charts, "casesChart")
        tryVerify(() => cases.filledPixels > 0, 1000)
        compare(cases.series(Dashboard.epidemic.indicatorName("newCases")).count, 0)
        verify(!cases.timeCursor.visible)
        compare(cases.valueMax, 0)
        compare(cases.valueAxis.max, cases.minimumMax)
        compare(chart(charts, "vaccinationChart").valueAxis.max, 100)
        const incidence = chart(charts, "incidenceChart")
        compare(incidence.regionLines.length, Dashboard.epidemic.comparisonRegions(incidence.comparisonLimit).length)
        // The city alone: no region lines without regions.
        compare(incidence.count, 1)
    }

    function test_valueAxisEndsOnARoundTop_data() {
        return [
            { tag: "empty", largest: 0, top: 10 },
            { tag: "below the minimum", largest: 3, top: 10 },
            { tag: "cases peak", largest: 8000, top: 10000 },
            { tag: "incidence peak", largest: 7400, top: 8000 },
            { tag: "deaths peak", largest: 26, top: 32 },
            { tag: "exactly round", largest: 95, top: 100 },
        ]
    }

    function test_valueAxisEndsOnARoundTop(data) {
        const cases = chart(createCharts(), "casesChart")
        const top = cases.roundTop(data.largest)
        compare(top, data.top)
        verify(top >= data.largest * 1.05)
    }

    function test_hoverWithoutValueShowsNoLabel() {
        const charts = createCharts()
        const cases = chart(charts, "casesChart")
        const daily = cases.series(Dashboard.epidemic.indicatorName("newCases"))
        cases.hover(daily, Qt.point(Date.UTC(2026, 2, 1), 10), true, daily.name, 0, "newCases")
        verify(!cases.tipVisible)
        compare(cases.tipText, "")
    }

    function test_refillsOnSeriesChanged() {
        const charts = createCharts()
        const cases = chart(charts, "casesChart")
        tryVerify(() => cases.filledPixels > 0, 1000)
        refillSpy.target = cases
        refillSpy.clear()
        const panel = Dashboard.epidemic
        const level = panel.regionLevel
        panel.regionLevel = level === "district" ? "neighbourhood" : "district"
        try {
            // At once, not after the resize debounce.
            compare(refillSpy.count, 1)
        } finally {
            panel.regionLevel = level
        }
        compare(refillSpy.count, 2)
    }

    function test_refillAfterResizeIsDebounced() {
        const charts = createCharts()
        const cases = chart(charts, "casesChart")
        tryVerify(() => cases.filledPixels > 0, 1000)
        tryCompare(cases, "filledPixels", cases.pixels)
        const before = cases.filledPixels
        refillSpy.target = cases
        refillSpy.clear()
        try {
            // Three size steps closer together than the delay make one refill, after it.
            for (const width of [1000, 1050, 1100]) {
                testCase.width = width
                wait(Theme.chartRefillDelay / 5)
            }
            verify(cases.pixels !== before)
            tryCompare(refillSpy, "count", 1, Theme.chartRefillDelay * 10)
            compare(cases.filledPixels, cases.pixels)
            wait(Theme.chartRefillDelay * 2)
            compare(refillSpy.count, 1)
        } finally {
            testCase.width = 1200
        }
    }
}
