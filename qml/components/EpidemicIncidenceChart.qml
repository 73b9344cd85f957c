pragma ComponentBehavior: Bound
import QtQuick
import QtCharts
import Atalaya

// 7-day incidence per 100,000 compared: the selected region as a thick solid line, the whole city
// as a dashed reference (thick when the city itself is selected), and the regions of
// comparisonRegions() as thin dotted lines. The region lines are made with createSeries and
// made again only when the set of regions or the selection changes.
EpidemicChartView {
    id: root

    readonly property int comparisonLimit: 6
    readonly property real selectedId: root.panel.selectedRegionId
    // The region lines drawn now, selected first: [{id, name, series}].
    property var regionLines: []
    // The selection and the ids behind regionLines, to tell when the set changed.
    property string regionSetKey: ""

    // Makes the region lines again when the regions to compare or the selection changed; returns
    // whether it did (the new lines are empty until filled).
    function updateRegionLines(): bool {
        const regions = root.panel.comparisonRegions(root.comparisonLimit)
        // The set, not its order: a day that only reorders the same regions keeps the lines.
        const key = [root.selectedId].concat(regions.map(region => region.id).sort((a, b) => a - b)).join(",")
        if (key === root.regionSetKey)
            return false
        for (const line of root.regionLines) {
            root.removeSeries(line.series)
            // removeSeries hands the series back without deleting it.
            line.series.destroy()
        }
        const ordered = regions.filter(region => region.id === root.selectedId)
                               .concat(regions.filter(region => region.id !== root.selectedId))
        const lines = []
        let comparisonIndex = 0
        for (const region of ordered) {
            const selected = region.id === root.selectedId
            const series = root.createSeries(ChartView.SeriesTypeLine, region.name,
                                             root.timeAxis, root.valueAxis) as LineSeries
            if (!series)
                continue
            if (selected) {
                series.color = Theme.chartSelected
                series.width = Theme.chartThickLineWidth
                series.style = Qt.SolidLine
            } else {
                series.color = Theme.chartComparisons[comparisonIndex % Theme.chartComparisons.length]
                series.width = Theme.chartThinLineWidth
                series.style = Qt.DotLine
                ++comparisonIndex
            }
            const regionId = region.id
            const name = region.name
            series.hovered.connect((point, state) => root.hover(series, point, state, name, regionId, "incidence7"))
            lines.push({ id: regionId, name: name, series: series })
        }
        root.regionLines = lines
        root.regionSetKey = key
        return true
    }

    heading: qsTr("7-day incidence per 100,000 compared")
    unit: qsTr("per 100,000")
    minimumMax: 100
    // Up to eight names: stacked at the side they keep their full length, under the plot they
    // would be cut short.
    legend.alignment: Qt.AlignRight

    onRefill: {
        root.updateRegionLines()
        let largest = root.panel.fillSeries(city, 0, "incidence7", root.pixels)
        for (const line of root.regionLines)
            largest = Math.max(largest, root.panel.fillSeries(line.series, line.id, "incidence7", root.pixels))
        root.valueMax = largest
    }
    onDescribe: {
        const parts = []
        if (root.selectedId !== 0)
            parts.push(root.valueAtCursor(root.panel.selectedRegionName, root.selectedId, "incidence7"))
        parts.push(root.valueAtCursor(city.name, 0, "incidence7"))
        parts.push(root.cursorDayText(0, "incidence7"))
        root.summary = parts.filter(part => part.length > 0).join(", ")
    }

    // The regions compared are the highest on the day, so a new day may bring others. Making
    // and filling their lines costs milliseconds: it waits until the slider rests (or between
    // two days of Play), so a step of the slider only moves the cursor.
    Connections {
        target: root.panel
        function onDayChanged() { regionsTimer.restart() }
    }
    Timer {
        id: regionsTimer
        interval: Theme.chartDescribeDelay
        onTriggered: {
            if (root.updateRegionLines())
                root.refillNow()
        }
    }

    LineSeries {
        id: city
        name: qsTr("Whole city")
        axisX: root.timeAxis
        axisY: root.valueAxis
        color: Theme.chartCity
        width: root.selectedId === 0 ? Theme.chartThickLineWidth : Theme.chartLineWidth
        style: Qt.DashLine
        onHovered: (point, state) => root.hover(city, point, state, city.name, 0, "incidence7")
    }
}
