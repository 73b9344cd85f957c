pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Atalaya

// One district in the ranked table. A figure without data reads "No data" (never 0); the trend
// carries an arrow and words besides its colour; the incidence has a bar scaled to the highest.
Rectangle {
    id: root

    required property int index
    required property string name
    required property var population        // number, or undefined when there is no data
    required property var cases7d
    required property var incidence7d       // per 100,000
    required property var trendPercent      // against the week before
    required property var shareOver65       // 0..1
    required property var deprivationIndex

    property real maxIncidence              // the table's bar scale; 0 = no bars
    property bool compact                   // hides the context columns (over 65, deprivation)
    property bool current
    property bool showFocus                 // the list has keyboard focus

    signal tapped()

    function has(value: var): bool {
        return value !== undefined && value !== null
    }
    function number(value: var, decimals: int): string {
        return root.has(value) ? Number(value).toLocaleString(Qt.locale(), "f", decimals) : qsTr("No data")
    }

    readonly property bool hasIncidence: root.has(root.incidence7d)
    readonly property string rankText: root.hasIncidence ? (root.index + 1).toLocaleString(Qt.locale(), "f", 0) : ""
    readonly property string populationText: root.number(root.population, 0)
    readonly property string casesText: root.number(root.cases7d, 0)
    readonly property string incidenceText: root.number(root.incidence7d, 1)
    readonly property string shareText: root.has(root.shareOver65)
        ? qsTr("%1 %").arg(Number(root.shareOver65 * 100).toLocaleString(Qt.locale(), "f", 1)) : qsTr("No data")
    readonly property string deprivationText: root.number(root.deprivationIndex, 2)

    readonly property bool hasTrend: root.has(root.trendPercent)
    readonly property int trendRounded: root.hasTrend ? Math.round(Number(root.trendPercent)) : 0
    // Words without the arrow, for a screen reader; the cell shows the arrow as well.
    readonly property string trendWords: {
        if (!root.hasTrend)
            return qsTr("No data")
        const amount = Math.abs(root.trendRounded).toLocaleString(Qt.locale(), "f", 0)
        if (root.trendRounded > 0)
            return qsTr("up %1 %").arg(amount)
        if (root.trendRounded < 0)
            return qsTr("down %1 %").arg(amount)
        return qsTr("unchanged")
    }
    readonly property string trendArrow: !root.hasTrend ? ""
        : root.trendRounded > 0 ? Theme.arrowUp : root.trendRounded < 0 ? Theme.arrowDown : Theme.arrowFlat
    readonly property color trendColor: !root.hasTrend ? Theme.statusNoDataText
        : root.trendRounded > 0 ? Theme.statusRedText : root.trendRounded < 0 ? Theme.statusOkText : Theme.textMuted

    implicitHeight: Theme.tableRowHeight
    // The current row is marked only while the list has the keyboard: the table selects nothing.
    color: root.current && root.showFocus ? Theme.surfaceSelected
         : root.index % 2 === 1 ? Theme.tableRowAlternate : Theme.surface
    border.width: root.current && root.showFocus ? Theme.focusWidth : 0
    border.color: Theme.focusRing

    Accessible.role: Accessible.Row
    Accessible.name: [
        root.hasIncidence ? qsTr("Rank %1").arg(root.rankText) : "",
        root.name,
        qsTr("population %1").arg(root.populationText),
        qsTr("cases in the last 7 days %1").arg(root.casesText),
        qsTr("incidence per 100,000 %1").arg(root.incidenceText),
        qsTr("trend on the week before %1").arg(root.trendWords),
        qsTr("people over 65 %1").arg(root.shareText),
        qsTr("deprivation index %1").arg(root.deprivationText),
    ].filter(part => part.length > 0).join(", ")

    TapHandler {
        onTapped: root.tapped()
    }

    component Cell: Text {
        property bool noData
        Layout.alignment: Qt.AlignVCenter
        horizontalAlignment: Text.AlignRight
        color: noData ? Theme.statusNoDataText : Theme.text
        font.pixelSize: Theme.fontBody
        elide: Text.ElideRight
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingM
        anchors.rightMargin: Theme.spacingM
        spacing: Theme.spacingM

        Cell {
            Layout.preferredWidth: Theme.tableRankWidth
            text: root.rankText
            color: Theme.textMuted
        }
        Cell {
            objectName: "name"
            Layout.fillWidth: true
            Layout.minimumWidth: Theme.tableNameMinWidth
            Layout.preferredWidth: Theme.tableNameMinWidth
            horizontalAlignment: Text.AlignLeft
            text: root.name
            font.weight: Font.DemiBold
        }
        Cell {
            objectName: "population"
            Layout.preferredWidth: Theme.tableCountWidth
            text: root.populationText
            noData: !root.has(root.population)
        }
        Cell {
            objectName: "cases"
            Layout.preferredWidth: Theme.tableCountWidth
            text: root.casesText
            noData: !root.has(root.cases7d)
        }
        // Wider tables lengthen the bar (up to a limit), which makes small differences visible.
        RowLayout {
            Layout.fillWidth: true
            Layout.minimumWidth: Theme.tableIncidenceWidth
            Layout.preferredWidth: Theme.tableIncidenceWidth
            Layout.maximumWidth: Theme.tableIncidenceMaxWidth
            spacing: Theme.spacingS
            Cell {
                objectName: "incidence"
                Layout.preferredWidth: Theme.tableIncidenceFigureWidth
                text: root.incidenceText
                noData: !root.hasIncidence
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
                implicitHeight: Theme.tableBarHeight
                radius: Theme.tableBarHeight / 2
                color: Theme.barTrack
                visible: root.hasIncidence && root.maxIncidence > 0
                Rectangle {
                    height: parent.height
                    radius: parent.radius
                    width: parent.width * Math.min(1, Number(root.incidence7d) / root.maxIncidence)
                    color: Theme.barFill
                }
            }
        }
        Cell {
            objectName: "trend"
            Layout.preferredWidth: Theme.tableTrendWidth
            text: root.hasTrend ? root.trendArrow + " " + root.trendWords : root.trendWords
            color: root.trendColor
            font.weight: root.hasTrend ? Font.DemiBold : Font.Normal
        }
        Cell {
            objectName: "shareOver65"
            visible: !root.compact
            Layout.preferredWidth: Theme.tableShareWidth
            text: root.shareText
            noData: !root.has(root.shareOver65)
        }
        Cell {
            objectName: "deprivation"
            visible: !root.compact
            Layout.preferredWidth: Theme.tableIndexWidth
            text: root.deprivationText
            noData: !root.has(root.deprivationIndex)
        }
    }

    // A hairline between rows, for reading across at a distance.
    Rectangle {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Theme.borderWidth
        color: Theme.border
        visible: !(root.current && root.showFocus)
    }
}
