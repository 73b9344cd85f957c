pragma ComponentBehavior: Bound
import QtQuick
import QtCharts
import Atalaya

// New cases a day of the selected region (or the city): the daily count as a thin line, the
// 7-day average as a thick one, so the trend reads through the weekday noise.
EpidemicChartView {
    id: root

    readonly property real regionId: root.panel.selectedRegionId
    readonly property string dailyName: root.panel.indicatorName("newCases")
    readonly property string averageName: root.panel.indicatorName("casesAverage7")

    heading: root.headingFor(qsTr("Daily new cases"))
    unit: qsTr("cases a day")

    onRefill: {
        root.valueMax = Math.max(root.panel.fillSeries(daily, root.regionId, "newCases", root.pixels),
                                 root.panel.fillSeries(average, root.regionId, "casesAverage7", root.pixels))
    }
    onDescribe: {
        root.summary = [root.valueAtCursor(root.dailyName, root.regionId, "newCases"),
                        root.valueAtCursor(root.averageName, root.regionId, "casesAverage7"),
                        root.cursorDayText(root.regionId, "newCases")]
                       .filter(part => part.length > 0).join(", ")
    }

    LineSeries {
        id: daily
        name: root.dailyName
        axisX: root.timeAxis
        axisY: root.valueAxis
        color: Theme.chartDaily
        width: Theme.chartThinLineWidth
        onHovered: (point, state) => root.hover(daily, point, state, daily.name, root.regionId, "newCases")
    }
    LineSeries {
        id: average
        name: root.averageName
        axisX: root.timeAxis
        axisY: root.valueAxis
        color: Theme.chartAverage
        width: Theme.chartThickLineWidth
        onHovered: (point, state) => root.hover(average, point, state, average.name, root.regionId, "casesAverage7")
    }
}
