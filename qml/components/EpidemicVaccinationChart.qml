pragma ComponentBehavior: Bound
import QtQuick
import QtCharts
import Atalaya

// Vaccination coverage of the selected region (or the city) in % of residents: first dose solid,
// second dose dashed, booster dotted, so the three read apart without their colours.
EpidemicChartView {
    id: root

    readonly property real regionId: root.panel.selectedRegionId

    heading: root.headingFor(qsTr("Vaccination coverage"))
    unit: qsTr("% of residents")
    fixedMax: 100
    valueFormat: "%.0f" // the axis title says "% of residents": Qt Charts doubles a literal %

    onRefill: {
        root.valueMax = Math.max(root.panel.fillSeries(dose1, root.regionId, "coverageDose1", root.pixels),
                                 root.panel.fillSeries(dose2, root.regionId, "coverageDose2", root.pixels),
                                 root.panel.fillSeries(booster, root.regionId, "coverageBooster", root.pixels))
    }
    onDescribe: {
        root.summary = [root.valueAtCursor(dose1.name, root.regionId, "coverageDose1"),
                        root.valueAtCursor(dose2.name, root.regionId, "coverageDose2"),
                        root.valueAtCursor(booster.name, root.regionId, "coverageBooster"),
                        root.cursorDayText(root.regionId, "coverageDose1")]
                       .filter(part => part.length > 0).join(", ")
    }

    LineSeries {
        id: dose1
        name: root.panel.indicatorName("coverageDose1")
        axisX: root.timeAxis
        axisY: root.valueAxis
        color: Theme.chartDose1
        width: Theme.chartLineWidth
        style: Qt.SolidLine
        onHovered: (point, state) => root.hover(dose1, point, state, dose1.name, root.regionId, "coverageDose1")
    }
    LineSeries {
        id: dose2
        name: root.panel.indicatorName("coverageDose2")
        axisX: root.timeAxis
        axisY: root.valueAxis
        color: Theme.chartDose2
        width: Theme.chartLineWidth
        style: Qt.DashLine
        onHovered: (point, state) => root.hover(dose2, point, state, dose2.name, root.regionId, "coverageDose2")
    }
    LineSeries {
        id: booster
        name: root.panel.indicatorName("coverageBooster")
        axisX: root.timeAxis
        axisY: root.valueAxis
        color: Theme.chartBooster
        width: Theme.chartLineWidth
        style: Qt.DotLine
        onHovered: (point, state) => root.hover(booster, point, state, booster.name, root.regionId, "coverageBooster")
    }
}
