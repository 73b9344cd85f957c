pragma ComponentBehavior: Bound
import QtQuick
import QtCharts
import Atalaya

// Deaths a day of the selected region (or the city). There is no averaged deaths indicator, so
// the daily figures are drawn as they were reported.
EpidemicChartView {
    id: root

    readonly property real regionId: root.panel.selectedRegionId

    heading: root.headingFor(qsTr("Deaths per day"))
    unit: qsTr("deaths a day")
    minimumMax: 8

    onRefill: root.valueMax = root.panel.fillSeries(deaths, root.regionId, "deaths", root.pixels)
    onDescribe: {
        root.summary = [root.valueAtCursor(deaths.name, root.regionId, "deaths"),
                        root.cursorDayText(root.regionId, "deaths")]
                       .filter(part => part.length > 0).join(", ")
    }

    LineSeries {
        id: deaths
        name: root.panel.indicatorName("deaths")
        axisX: root.timeAxis
        axisY: root.valueAxis
        color: Theme.chartDeaths
        width: Theme.chartLineWidth
        onHovered: (point, state) => root.hover(deaths, point, state, deaths.name, root.regionId, "deaths")
    }
}
