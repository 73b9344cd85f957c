pragma ComponentBehavior: Bound
import QtQuick
import QtCharts
import Atalaya

// What every epidemic chart shares: the time axis over the whole history, the value axis, the
// time cursor, the hover label, the focus ring and the refill rules. A chart built on it
// declares its series and answers refill() (fill them with panel.fillSeries at `pixels` points
// and set valueMax) and describe() (set summary: the values at the cursor's day in words).
//
// Refills happen on seriesChanged and, debounced, when the plot area's width changes: LTTB
// keeps one point per pixel, so a wider plot needs more points. dayChanged only moves the cursor,
// an item above the chart, so a step of the day slider re-renders no chart.
ChartView {
    id: root

    required property EpidemicPanel panel
    // ChartView.title has no change signal: bind the heading and hand it on.
    property string heading
    // The value axis' title and the unit after a value in the hover label.
    property string unit
    // What the chart shows at the cursor's day, for the accessible name.
    property string summary
    // The largest value of the filled series; the value axis ends a little above it.
    property real valueMax: 0
    // A value axis with a fixed top (percentages) instead of one that follows valueMax.
    property real fixedMax: 0
    property real minimumMax: 10
    property string valueFormat: "%.0f"
    readonly property alias timeAxis: timeAxis
    readonly property alias valueAxis: valueAxis
    readonly property alias timeCursor: timeCursor
    // Points per series: one per pixel of the plot area (at least 3 for LTTB).
    readonly property int pixels: Math.max(3, Math.round(root.plotArea.width))
    // The width the series were last filled for.
    property int filledPixels: 0
    readonly property alias tipVisible: tip.visible
    readonly property alias tipText: tipLabel.text
    readonly property color axisTitleColour: Theme.textMuted

    signal refill()
    signal describe()

    function refillNow() {
        refillTimer.stop()
        // The label would show a value of the series as it was before.
        tip.visible = false
        root.filledPixels = root.pixels
        root.refill()
        describeTimer.stop()
        root.describe()
    }

    // "Daily new cases, Centro": a title with the selected region's name, when there is one.
    function headingFor(title: string): string {
        // The city's name arrives with the data (loadedChanged) without a selectedChanged.
        const region = root.panel.loaded ? root.panel.selectedRegionName : ""
        return region.length > 0 ? qsTr("%1, %2").arg(title).arg(region) : title
    }

    // The cursor's day in ms since the epoch (midnight UTC), or NaN when there is none.
    function cursorMsecs(): real {
        return root.panel.dayMsecs
    }

    // A top for the value axis a little above `largest` that splits into 4 round steps, so the
    // 5 tick labels read as round numbers (0, 2,500, 5,000, 7,500, 10,000).
    function roundTop(largest: real): real {
        const quarter = Math.max(root.minimumMax, largest * 1.05) / 4
        const power = Math.pow(10, Math.floor(Math.log10(quarter)))
        return 4 * power * [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find(m => m * power >= quarter)
    }

    // The exact value of the day nearest to `msecs`: {dayText, valueText, name}, or {} if none.
    function valueNear(regionId: real, key: string, msecs: real): var {
        return isNaN(msecs) ? ({}) : root.panel.valueNear(regionId, key, msecs)
    }

    // "7-day average: 123.4" at the cursor's day, or "7-day average: No data".
    function valueAtCursor(label: string, regionId: real, key: string): string {
        const v = root.valueNear(regionId, key, root.cursorMsecs())
        return qsTr("%1: %2").arg(label).arg(v.valueText !== undefined ? v.valueText : qsTr("No data"))
    }

    // The summary's tail: the cursor's day, or nothing when there is no day.
    function cursorDayText(regionId: real, key: string): string {
        const v = root.valueNear(regionId, key, root.cursorMsecs())
        return v.dayText !== undefined ? qsTr("on %1").arg(v.dayText) : ""
    }

    // Shows the exact value of `label`'s series at the hovered point, or hides the label.
    function hover(series: XYSeries, point: point, state: bool, label: string, regionId: real, key: string) {
        if (!state) {
            tip.visible = false
            return
        }
        const v = root.valueNear(regionId, key, point.x)
        if (v.dayText === undefined) {
            tip.visible = false
            return
        }
        tipLabel.text = qsTr("%1\n%2: %3 %4").arg(label).arg(v.dayText).arg(v.valueText).arg(root.unit)
        const at = root.mapToPosition(point, series)
        const area = root.plotArea
        tip.x = Math.max(area.x, Math.min(at.x + Theme.spacingS, area.x + area.width - tip.width))
        tip.y = Math.max(area.y, Math.min(at.y - tip.height - Theme.spacingS, area.y + area.height - tip.height))
        tip.visible = true
    }

    antialiasing: true
    // Axis labels with the locale's digit grouping ("10,000"), as every other figure.
    localizeNumbers: true
    backgroundColor: Theme.surface
    backgroundRoundness: Theme.radiusM
    plotAreaColor: Theme.surface
    margins.top: Theme.spacingXs
    margins.bottom: Theme.spacingXs
    margins.left: Theme.spacingXs
    margins.right: Theme.spacingXs
    title: root.heading
    titleColor: Theme.text
    titleFont.pixelSize: Theme.fontSmall
    titleFont.bold: true
    legend.labelColor: Theme.text
    legend.font.pixelSize: Theme.fontSmall
    legend.alignment: Qt.AlignBottom
    // Each legend entry drawn as a piece of its line: solid, dashed or dotted, thin or thick.
    legend.markerShape: Legend.MarkerShapeFromSeries

    activeFocusOnTab: true
    Accessible.role: Accessible.Chart
    Accessible.name: root.summary.length > 0 ? qsTr("%1. %2").arg(root.heading).arg(root.summary) : root.heading

    // ValueAxis.titleBrush is a QBrush, which a colour binding cannot feed: assign it, again
    // when the theme changes.
    onAxisTitleColourChanged: valueAxis.titleBrush = root.axisTitleColour
    Component.onCompleted: {
        valueAxis.titleBrush = root.axisTitleColour
        refillTimer.restart()
    }
    onPlotAreaChanged: {
        if (root.pixels !== root.filledPixels)
            refillTimer.restart()
    }

    Connections {
        target: root.panel
        function onSeriesChanged() { root.refillNow() }
        // The summary is for a screen reader: it follows the day once the slider rests, so a
        // step (or Play) pays only for moving the cursor.
        function onDayChanged() { describeTimer.restart() }
    }

    Timer {
        id: describeTimer
        interval: Theme.chartDescribeDelay
        onTriggered: root.describe()
    }

    Timer {
        id: refillTimer
        interval: Theme.chartRefillDelay
        onTriggered: root.refillNow()
    }

    DateTimeAxis {
        id: timeAxis
        min: root.panel.historyFrom
        max: root.panel.historyTo
        format: "MMM yyyy"
        tickCount: 5
        labelsColor: Theme.textMuted
        labelsFont.pixelSize: Theme.fontSmall
        gridLineColor: Theme.chartGrid
        lineVisible: false
    }
    ValueAxis {
        id: valueAxis
        min: 0
        max: root.fixedMax > 0 ? root.fixedMax : root.roundTop(root.valueMax)
        labelFormat: root.valueFormat
        tickCount: 5
        titleText: root.unit
        titleFont.pixelSize: Theme.fontSmall
        labelsColor: Theme.textMuted
        labelsFont.pixelSize: Theme.fontSmall
        gridLineColor: Theme.chartGrid
        lineVisible: false
    }

    ChartTimeCursor {
        id: timeCursor
        chart: root
        axis: timeAxis
        msecs: root.panel.dayMsecs
        text: root.panel.dayText
    }

    // Focus ring: the chart takes keyboard focus so a screen reader reads its name and values.
    Rectangle {
        anchors.fill: parent
        visible: root.activeFocus
        color: "transparent"
        radius: Theme.radiusM
        border.width: Theme.focusWidth
        border.color: Theme.focusRing
    }

    Rectangle {
        id: tip
        objectName: "chartTip"
        visible: false
        z: 1
        width: tipLabel.implicitWidth + 2 * Theme.spacingS
        height: tipLabel.implicitHeight + 2 * Theme.spacingXs
        radius: Theme.radiusS
        color: Theme.surfaceRaised
        border.width: Theme.borderWidth
        border.color: Theme.border

        Text {
            id: tipLabel
            anchors.centerIn: parent
            color: Theme.text
            font.pixelSize: Theme.fontSmall
        }
    }
}
