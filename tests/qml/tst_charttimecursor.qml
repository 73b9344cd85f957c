import QtQuick
import QtTest
import QtCharts
import Atalaya

// The charts' time cursor stands where the time axis puts its moment, hides outside the axis
// and without a moment, and keeps its label inside the plot area.
TestCase {
    id: testCase
    name: "ChartTimeCursor"
    when: windowShown
    visible: true
    width: 800
    height: 400

    readonly property real from: Date.UTC(2021, 0, 1)
    readonly property real to: Date.UTC(2021, 0, 11)

    Component {
        id: chartComponent
        ChartView {
            id: chart
            property alias cursor: cursor
            anchors.fill: parent
            antialiasing: false
            legend.visible: false
            DateTimeAxis {
                id: axis
                min: new Date(testCase.from)
                max: new Date(testCase.to)
            }
            ValueAxis {
                id: values
                min: 0
                max: 10
            }
            LineSeries {
                axisX: axis
                axisY: values
                XYPoint { x: testCase.from; y: 1 }
                XYPoint { x: testCase.to; y: 9 }
            }
            ChartTimeCursor {
                id: cursor
                chart: chart
                axis: axis
                text: "6 Jan"
            }
        }
    }

    function createChart() {
        const chart = createTemporaryObject(chartComponent, testCase)
        verify(chart)
        waitForRendering(chart)
        tryVerify(() => chart.plotArea.width > 0)
        return chart
    }

    function centreOf(cursor) {
        return cursor.x + cursor.width / 2
    }

    function test_standsWhereTheAxisPutsTheMoment_data() {
        return [
            { tag: "start", fraction: 0 },
            { tag: "middle", fraction: 0.5 },
            { tag: "end", fraction: 1 },
        ]
    }

    function test_standsWhereTheAxisPutsTheMoment(data) {
        const chart = createChart()
        const cursor = chart.cursor
        cursor.msecs = testCase.from + data.fraction * (testCase.to - testCase.from)
        verify(cursor.visible)
        const area = chart.plotArea
        fuzzyCompare(centreOf(cursor), area.x + data.fraction * area.width, 0.5)
        compare(cursor.y, area.y)
        compare(cursor.height, area.height)
        // The same place the chart itself maps the moment to.
        const mapped = chart.mapToPosition(Qt.point(cursor.msecs, 5), chart.series(0))
        fuzzyCompare(centreOf(cursor), mapped.x, 1)
    }

    function test_hiddenWithoutAMomentOnTheAxis() {
        const chart = createChart()
        const cursor = chart.cursor
        verify(!cursor.visible, "NaN: no moment")
        cursor.msecs = testCase.from - 86400000
        verify(!cursor.visible, "before the axis")
        cursor.msecs = testCase.to + 86400000
        verify(!cursor.visible, "after the axis")
        cursor.msecs = testCase.from + 86400000
        verify(cursor.visible)
    }

    function test_labelStaysInsideThePlot() {
        const chart = createChart()
        const cursor = chart.cursor
        const label = cursor.children[1]
        const area = chart.plotArea
        cursor.msecs = testCase.from
        verify(label.visible)
        verify(label.x > 0, "right of the line at the start")
        cursor.msecs = testCase.to
        verify(label.x < 0, "left of the line at the end")
        verify(cursor.x + label.x >= area.x)
    }

    function test_movingTheCursorLeavesTheChartAlone() {
        const chart = createChart()
        const cursor = chart.cursor
        const series = chart.series(0)
        cursor.msecs = testCase.from + 86400000
        const before = centreOf(cursor)
        cursor.msecs += 86400000
        verify(centreOf(cursor) > before)
        // The chart draws one series: the cursor is no series of it.
        compare(chart.count, 1)
        compare(series.count, 2)
    }
}
