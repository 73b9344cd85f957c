pragma ComponentBehavior: Bound
import QtQuick
import QtCharts
import Atalaya

// Trends over the last 90 days: the city's free beds of the chosen type per day (solid, left
// axis) and the selected hospital's occupancy in percent (dashed, right axis) with the level
// thresholds, and a vertical line at the time cursor. The series are filled from C++ in bulk.
ChartView {
    id: root

    required property HospitalsPanel panel

    function refill() {
        root.panel.fillCityTrend(city)
        root.panel.fillSelectedTrend(selected)
        root.panel.fillLevelLines(thresholdLines, root.panel.mediumFromPercent, root.panel.lowAbovePercent)
    }

    antialiasing: true
    backgroundColor: Theme.surface
    backgroundRoundness: Theme.radiusM
    plotAreaColor: Theme.surface
    margins.top: Theme.spacingXs
    margins.bottom: Theme.spacingXs
    margins.left: Theme.spacingXs
    margins.right: Theme.spacingXs
    // ChartView.title has no change signal: bind the heading and hand it on.
    readonly property string heading: root.panel.bedType === "icu"
           ? qsTr("ICU beds, last 90 days") : qsTr("General beds, last 90 days")
    title: root.heading
    titleColor: Theme.text
    titleFont.pixelSize: Theme.fontSmall
    titleFont.bold: true
    legend.labelColor: Theme.text
    legend.font.pixelSize: Theme.fontSmall
    legend.alignment: Qt.AlignBottom
    Accessible.role: Accessible.Chart
    Accessible.name: root.heading

    Component.onCompleted: root.refill()
    Connections {
        target: root.panel
        function onTrendsChanged() { root.refill() }
        function onThresholdsChanged() { root.refill() }
    }

    DateTimeAxis {
        id: timeAxis
        min: root.panel.trendFrom
        max: root.panel.trendTo
        format: "d MMM"
        tickCount: 4
        labelsColor: Theme.textMuted
        labelsFont.pixelSize: Theme.fontSmall
        gridLineColor: Theme.chartGrid
        lineVisible: false
    }
    ValueAxis {
        id: freeAxis
        min: 0
        max: Math.max(10, root.panel.cityTrendMax * 1.15)
        labelFormat: "%.0f"
        tickCount: 4
        titleText: qsTr("free beds")
        titleFont.pixelSize: Theme.fontSmall
        labelsColor: Theme.textMuted
        labelsFont.pixelSize: Theme.fontSmall
        gridLineColor: Theme.chartGrid
        lineVisible: false
    }
    ValueAxis {
        id: percentAxis
        min: 0
        max: 100
        labelFormat: "%.0f" // the axis title says "% in use": Qt Charts doubles a literal %
        tickCount: 3
        titleText: qsTr("% in use")
        titleFont.pixelSize: Theme.fontSmall
        labelsColor: Theme.textMuted
        labelsFont.pixelSize: Theme.fontSmall
        gridVisible: false
        lineVisible: false
    }

    LineSeries {
        id: city
        name: qsTr("city free beds")
        axisX: timeAxis
        axisY: freeAxis
        color: Theme.chartCity
        width: Theme.chartLineWidth
    }
    LineSeries {
        id: selected
        name: root.panel.selectedName.length > 0 ? qsTr("%1: % in use").arg(root.panel.selectedName)
                                                 : qsTr("select a hospital: % in use")
        axisX: timeAxis
        axisYRight: percentAxis
        color: Theme.chartSelected
        width: Theme.chartLineWidth
        style: Qt.DashLine
    }
    LineSeries {
        id: thresholdLines
        name: qsTr("thresholds")
        axisX: timeAxis
        axisYRight: percentAxis
        color: Theme.chartThreshold
        width: Theme.borderWidth
        style: Qt.DotLine
    }

    // Above the chart, not a series: a step of the time cursor re-renders no chart.
    ChartTimeCursor {
        chart: root
        axis: timeAxis
        msecs: root.panel.at.getTime()
        text: root.panel.at.toLocaleString(Qt.locale(), "d MMM HH:mm")
    }
}
