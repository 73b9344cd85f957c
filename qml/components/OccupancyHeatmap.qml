pragma ComponentBehavior: Bound
import QtQuick
import Atalaya

// A site's typical week: one row per weekday (Monday first), one cell per hour of the city's
// time, each with its mean occupancy written in it and tinted in the colour of the light that
// value would show (stronger when fuller); cells without readings are hollow with a dash and say
// "no data". The cell of the time cursor's weekday and hour is outlined. Tab focuses the grid;
// the arrow keys, Home and End move over the cells and each cell says what it holds.
FocusScope {
    id: root

    // Seven rows { day, dayName, dayLongName, cells: 24 of { hour, percent, readings, light } }.
    property var rows: []
    property int markedDay: -1     // the time cursor's weekday (0 = Monday) and hour, outlined
    property int markedHour: -1
    property int currentDay: 0
    property int currentHour: 12
    // The fraction of capacity at which a cell's tint is full (the site's top line).
    property real fullAt: 0.8

    readonly property int labelWidth: 2 * Theme.spacingXl
    readonly property int headerHeight: Theme.fontSmall + Theme.spacingXs
    readonly property real cellWidth: Math.max(Theme.fontSmall, (root.width - root.labelWidth) / 24)
    readonly property real cellHeight: Math.max(Theme.fontSmall + Theme.spacingXs,
                                                Math.min(Theme.spacingXl, (root.height - root.headerHeight) / 7))
    readonly property var currentCell: root.cellAt(root.currentDay, root.currentHour)

    function cellAt(day: int, hour: int): var {
        if (!root.rows || day < 0 || day >= root.rows.length)
            return undefined
        return root.rows[day].cells[hour]
    }
    function has(value: var): bool {
        return value !== undefined && value !== null
    }
    function percentText(cell: var): string {
        return cell && root.has(cell.percent) ? Number(cell.percent).toLocaleString(Qt.locale(), "f", 0) : "–"
    }
    function hourText(hour: int): string {
        return ("0" + hour).slice(-2) + ":00"
    }
    function describe(day: int, hour: int): string {
        const cell = root.cellAt(day, hour)
        if (!cell)
            return ""
        const when = qsTr("%1 %2–%3").arg(root.rows[day].dayLongName).arg(root.hourText(hour)).arg(root.hourText((hour + 1) % 24))
        if (!root.has(cell.percent))
            return qsTr("%1: no data").arg(when)
        return qsTr("%1: typically %2 % full, from %n reading(s)", "", cell.readings).arg(when).arg(root.percentText(cell))
    }
    function tint(cell: var): color {
        const base = cell.light === "green" ? Theme.statusOk
                   : cell.light === "amber" ? Theme.statusAmber
                   : cell.light === "red" || cell.light === "closed" ? Theme.statusRed : Theme.statusNoData
        const strength = Math.min(1, Math.max(0, cell.percent / 100 / Math.max(0.01, root.fullAt)))
        return Qt.alpha(base, 0.25 + 0.6 * strength)
    }
    function move(days: int, hours: int) {
        root.currentDay = Math.max(0, Math.min(6, root.currentDay + days))
        root.currentHour = Math.max(0, Math.min(23, root.currentHour + hours))
    }

    implicitHeight: root.headerHeight + 7 * (Theme.spacingXl - Theme.focusWidth)
    implicitWidth: root.labelWidth + 24 * Theme.spacingXl
    activeFocusOnTab: true

    Accessible.role: Accessible.Table
    Accessible.name: qsTr("Typical occupancy by weekday and hour")
    Accessible.description: root.describe(root.currentDay, root.currentHour)

    Keys.onPressed: event => {
        switch (event.key) {
        case Qt.Key_Left: root.move(0, -1); break
        case Qt.Key_Right: root.move(0, 1); break
        case Qt.Key_Up: root.move(-1, 0); break
        case Qt.Key_Down: root.move(1, 0); break
        case Qt.Key_Home: root.currentHour = 0; break
        case Qt.Key_End: root.currentHour = 23; break
        default: return
        }
        event.accepted = true
    }

    // Hours along the top, every third one.
    Repeater {
        model: 8
        Text {
            required property int index
            x: root.labelWidth + index * 3 * root.cellWidth
            y: 0
            text: root.hourText(index * 3).slice(0, 2)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall - Theme.focusWidth
            Accessible.ignored: true
        }
    }

    // The 168 cells are made once and read their values through bindings: a new week (another
    // site, other weeks, a new day) then updates texts and colours instead of rebuilding items.
    Repeater {
        objectName: "heatmapRows"
        model: root.rows && root.rows.length === 7 ? 7 : 0
        Item {
            id: dayRow
            required property int index
            readonly property var dayData: root.rows[dayRow.index]
            x: 0
            y: root.headerHeight + dayRow.index * root.cellHeight
            width: root.width
            height: root.cellHeight

            Text {
                width: root.labelWidth - Theme.spacingXs
                height: parent.height
                verticalAlignment: Text.AlignVCenter
                text: dayRow.dayData.dayName
                color: dayRow.index === root.markedDay ? Theme.text : Theme.textMuted
                font.pixelSize: Theme.fontSmall
                font.weight: dayRow.index === root.markedDay ? Font.Bold : Font.Normal
                elide: Text.ElideRight
                Accessible.ignored: true
            }
            Repeater {
                model: 24
                Rectangle {
                    id: cell
                    required property int index
                    readonly property var cellData: dayRow.dayData.cells[cell.index]
                    readonly property bool noData: !root.has(cell.cellData.percent)
                    readonly property bool current: root.activeFocus && dayRow.index === root.currentDay && cell.index === root.currentHour
                    readonly property bool marked: dayRow.index === root.markedDay && cell.index === root.markedHour
                    objectName: "heatCell_" + dayRow.index + "_" + cell.index
                    x: root.labelWidth + cell.index * root.cellWidth
                    width: root.cellWidth - Theme.borderWidth
                    height: root.cellHeight - Theme.borderWidth
                    color: cell.noData ? "transparent" : root.tint(cell.cellData)
                    border.width: cell.current || cell.marked ? Theme.focusWidth : (cell.noData ? Theme.borderWidth : 0)
                    border.color: cell.current ? Theme.focusRing : cell.marked ? Theme.chartCursor : Theme.border
                    Accessible.role: Accessible.Cell
                    Accessible.name: root.describe(dayRow.index, cell.index)

                    Text {
                        objectName: "value"
                        anchors.centerIn: parent
                        text: root.percentText(cell.cellData)
                        color: cell.noData ? Theme.statusNoDataText : Theme.text
                        font.pixelSize: Math.min(Theme.fontSmall - 1, root.cellHeight * 0.55)
                        font.features: { "tnum": 1 }
                        // Three digits do not fit a narrow cell: the tint and the cell's
                        // accessible text still carry them.
                        visible: implicitWidth <= cell.width - Theme.focusWidth
                        Accessible.ignored: true
                    }
                    TapHandler {
                        onTapped: {
                            root.currentDay = dayRow.index
                            root.currentHour = cell.index
                            root.forceActiveFocus(Qt.MouseFocusReason)
                        }
                    }
                }
            }
        }
    }
}
