pragma ComponentBehavior: Bound
import QtQuick
import QtCharts
import Atalaya

// The selected site's day: today's readings up to the time cursor (solid) against the usual
// curve for this weekday over the last weeks (dashed), the site's amber, red and closing lines
// (dotted, in their colours) and a vertical line at the cursor. The series are filled from C++
// in bulk, and only when the day's data change, not on every step of the cursor.
ChartView {
    id: root

    required property OccupancyPanel panel

    function refill() {
        root.panel.fillToday(today)
        root.panel.fillUsual(usual)
        root.panel.fillLine(amberLine, root.panel.selectedId !== 0 ? root.panel.selectedAmberPercent : NaN)
        root.panel.fillLine(redLine, root.panel.selectedId !== 0 ? root.panel.selectedRedPercent : NaN)
        root.panel.fillLine(closedLine, root.panel.selectedId !== 0 && root.panel.selectedClosedPercent !== undefined
                                        ? Number(root.panel.selectedClosedPercent) : NaN)
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
    required property bool live
    readonly property string weekdayName: root.panel.cursorWeekday >= 0
        ? Qt.locale().dayName((root.panel.cursorWeekday + 1) % 7, Locale.LongFormat) : ""
    // dayFrom reads the city's clock in local time (see OccupancyPanel): its date is the city's.
    readonly property string dayName: root.live ? qsTr("today") : root.panel.dayFrom.toLocaleDateString(Qt.locale(), "d MMM")
    readonly property string heading: root.live ? qsTr("Today against a usual %1").arg(root.weekdayName)
                                                : qsTr("%1 against a usual %2").arg(root.dayName).arg(root.weekdayName)
    title: root.heading
    titleColor: Theme.text
    titleFont.pixelSize: Theme.fontSmall
    titleFont.bold: true
    legend.labelColor: Theme.text
    legend.font.pixelSize: Theme.fontSmall
    legend.alignment: Qt.AlignBottom
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("%1: %n reading(s) that day, %2 hours with a usual value", "", root.panel.todayPoints)
                         .arg(root.heading).arg(root.panel.usualPoints)

    Component.onCompleted: root.refill()
    Connections {
        target: root.panel
        // Also when another site is selected: its day differs (and dayChanged says so when only
        // its thresholds do). Not on every step of the cursor: only the cursor line moves then.
        function onDayChanged() { root.refill() }
    }

    DateTimeAxis {
        id: timeAxis
        min: root.panel.dayFrom
        max: root.panel.dayTo
        format: "HH:mm"
        tickCount: 7
        labelsColor: Theme.textMuted
        labelsFont.pixelSize: Theme.fontSmall
        gridLineColor: Theme.chartGrid
        lineVisible: false
    }
    ValueAxis {
        id: percentAxis
        min: 0
        max: root.panel.dayChartMax
        labelFormat: "%.0f" // the axis title says "% full": Qt Charts doubles a literal %
        tickCount: 5
        titleText: qsTr("% of capacity")
        titleFont.pixelSize: Theme.fontSmall
        labelsColor: Theme.textMuted
        labelsFont.pixelSize: Theme.fontSmall
        gridLineColor: Theme.chartGrid
        lineVisible: false
    }

    LineSeries {
        id: usual
        name: qsTr("usual")
        axisX: timeAxis
        axisY: percentAxis
        color: Theme.chartCity
        width: Theme.chartLineWidth
        style: Qt.DashLine
    }
    LineSeries {
        id: today
        name: root.dayName
        axisX: timeAxis
        axisY: percentAxis
        color: Theme.chartSelected
        width: Theme.chartThickLineWidth
    }
    LineSeries {
        id: amberLine
        name: qsTr("amber")
        axisX: timeAxis
        axisY: percentAxis
        color: Theme.statusAmber
        width: Theme.borderWidth
        style: Qt.DotLine
    }
    LineSeries {
        id: redLine
        name: qsTr("red")
        axisX: timeAxis
        axisY: percentAxis
        color: Theme.statusRed
        width: Theme.borderWidth
        style: Qt.DotLine
    }
    LineSeries {
        id: closedLine
        // Sites that never close have no closing line, and their legend does not list one.
        visible: root.panel.selectedClosedPercent !== undefined
        name: qsTr("closed")
        axisX: timeAxis
        axisY: percentAxis
        color: Theme.statusRed
        width: Theme.chartLineWidth
        style: Qt.DashDotLine
    }

    // Above the chart, not a series: a step of the time cursor re-renders no chart.
    ChartTimeCursor {
        chart: root
        axis: timeAxis
        msecs: root.panel.cursorAxisMs
        text: root.panel.atText
    }
}
