import QtQuick
import QtCharts
import Atalaya

// The time cursor over a Qt Charts ChartView: a vertical line at `msecs` on the chart's time
// axis with the moment written at its top. It is a Qt Quick item above the chart, not a series:
// moving a series makes the ChartView re-render its whole picture (milliseconds per chart per
// step of the day slider), moving an item only moves it.
Item {
    id: root

    required property ChartView chart
    required property DateTimeAxis axis
    // Where the cursor stands, in ms since the epoch; NaN hides it.
    property real msecs: NaN
    // The moment in words at the top of the line ("12 Mar 2021").
    property alias text: label.text

    readonly property real fromMsecs: root.axis.min.getTime()
    readonly property real spanMsecs: root.axis.max.getTime() - root.fromMsecs
    readonly property rect area: root.chart.plotArea

    objectName: "timeCursor"
    visible: !isNaN(root.msecs) && root.spanMsecs > 0 && root.msecs >= root.fromMsecs
             && root.msecs <= root.fromMsecs + root.spanMsecs
    x: root.area.x + (root.msecs - root.fromMsecs) / root.spanMsecs * root.area.width - line.width / 2
    y: root.area.y
    width: line.width
    height: root.area.height
    z: 1

    Rectangle {
        id: line
        width: Theme.chartLineWidth
        height: parent.height
        color: Theme.chartCursor
    }

    Text {
        id: label
        // Beside the line, on the side with room; inside the plot area.
        x: root.x + line.width + Theme.spacingXs + implicitWidth <= root.area.x + root.area.width
           ? line.width + Theme.spacingXs : -implicitWidth - Theme.spacingXs
        y: Theme.spacingXs
        visible: text.length > 0
        color: Theme.text
        font.pixelSize: Theme.fontSmall
        Accessible.ignored: true
    }
}
