pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// The regions ranked by the chosen indicator on the panel's day, with the context that explains
// them beside it: risk level, trend, density, share over 65, deprivation. Tab reaches the list,
// Up/Down/Home/End move, Enter or a click selects the region (the headline and charts follow).
FocusScope {
    id: root

    required property EpidemicPanel panel
    property alias currentIndex: list.currentIndex
    readonly property alias count: list.count

    signal regionActivated(var regionId)

    function has(value: var): bool {
        return value !== undefined && value !== null
    }
    function number(value: var, decimals: int): string {
        return root.has(value) ? Number(value).toLocaleString(Qt.locale(), "f", decimals) : qsTr("No data")
    }
    // Coverage going up is good news; cases going up is not. The arrow and words stay the same.
    readonly property bool increaseIsBad: {
        const info = root.panel.indicators.find(entry => entry.key === root.panel.indicator)
        return info ? info.increaseIsBad : true
    }
    readonly property string levelWord: root.panel.regionLevel === "district" ? qsTr("Districts") : qsTr("Neighbourhoods")

    Rectangle {
        anchors.fill: parent
        radius: Theme.radiusM
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border
    }

    component HeaderCell: Text {
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignBottom
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.borderWidth
        spacing: 0

        Text {
            objectName: "rankingHeading"
            Layout.fillWidth: true
            Layout.margins: Theme.spacingM
            text: qsTr("%1 ranked by %2 on %3").arg(root.levelWord)
                      .arg(root.panel.indicatorName(root.panel.indicator)).arg(root.panel.dayText)
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingS
            Layout.rightMargin: Theme.spacingS
            Layout.bottomMargin: Theme.spacingXs
            spacing: Theme.spacingS
            HeaderCell { Layout.preferredWidth: Theme.tableRankWidth / 2; text: qsTr("#") }
            HeaderCell { Layout.fillWidth: true; text: root.panel.regionLevel === "district" ? qsTr("District") : qsTr("Neighbourhood") }
            HeaderCell { Layout.preferredWidth: Theme.rankingValueWidth; text: root.panel.indicatorName(root.panel.indicator) }
            HeaderCell { Layout.preferredWidth: Theme.rankingRiskWidth; text: qsTr("Risk") }
            HeaderCell { Layout.preferredWidth: Theme.rankingTrendWidth; text: qsTr("vs 7 days earlier") }
            HeaderCell { Layout.preferredWidth: Theme.rankingDensityWidth; text: qsTr("Residents per km²"); horizontalAlignment: Text.AlignRight }
            HeaderCell { Layout.preferredWidth: Theme.rankingShareWidth; text: qsTr("Over 65"); horizontalAlignment: Text.AlignRight }
            HeaderCell { Layout.preferredWidth: Theme.rankingIndexWidth; text: qsTr("Deprivation"); horizontalAlignment: Text.AlignRight }
        }

        ListView {
            id: list
            objectName: "rankingList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: root.panel.ranking
            clip: true
            focus: true
            activeFocusOnTab: true
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            highlightMoveDuration: 0
            ScrollBar.vertical: ScrollBar {
                policy: list.contentHeight > list.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
            }
            Accessible.role: Accessible.Table
            Accessible.name: root.levelWord

            Keys.onPressed: event => {
                if (event.key === Qt.Key_Home)
                    list.currentIndex = 0
                else if (event.key === Qt.Key_End)
                    list.currentIndex = list.count - 1
                else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && list.currentItem)
                    root.regionActivated((list.currentItem as RankingRow).regionId)
                else
                    return
                event.accepted = true
            }

            delegate: RankingRow {
                width: list.width
            }
        }
    }

    component RankingRow: Rectangle {
        id: row
        required property int index
        required property var regionId
        required property int rank
        required property string name
        required property var value
        required property string valueText
        required property bool complete
        required property int riskIndex
        required property string riskName
        required property var trendPercent
        required property string trendText
        required property string description
        required property var density
        required property var shareOver65
        required property var deprivation
        required property bool selected

        readonly property bool current: row.ListView.isCurrentItem && list.activeFocus
        readonly property int trendRounded: root.has(row.trendPercent) ? Math.round(Number(row.trendPercent)) : 0
        readonly property string riskText: Theme.classGlyph(row.riskIndex, root.panel.riskLevels.length) + " " + row.riskName

        implicitHeight: Theme.tableRowHeight
        color: row.current || row.selected ? Theme.surfaceSelected
             : row.index % 2 === 1 ? Theme.tableRowAlternate : Theme.surface
        border.width: row.current ? Theme.focusWidth : 0
        border.color: Theme.focusRing

        Accessible.role: Accessible.Row
        // The panel composes the row's words once per day; the rank comes from the sorting.
        Accessible.name: row.rank > 0 ? qsTr("Rank %1, %2").arg(row.rank).arg(row.description) : row.description

        TapHandler {
            onTapped: {
                list.currentIndex = row.index
                list.forceActiveFocus(Qt.MouseFocusReason)
                root.regionActivated(row.regionId)
            }
        }

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingS
            anchors.rightMargin: Theme.spacingS
            spacing: Theme.spacingS
            Text {
                Layout.preferredWidth: Theme.tableRankWidth / 2
                text: row.rank > 0 ? row.rank : ""
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
            }
            Text {
                Layout.fillWidth: true
                text: row.name
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: row.selected ? Font.Bold : Font.Normal
                elide: Text.ElideRight
            }
            Text {
                Layout.preferredWidth: Theme.rankingValueWidth
                // An asterisk marks a partial value; the accessible name says "partial".
                text: row.complete || !root.has(row.value) ? row.valueText : row.valueText + " *"
                color: root.has(row.value) ? Theme.text : Theme.statusNoDataText
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
            }
            Row {
                Layout.preferredWidth: Theme.rankingRiskWidth
                spacing: Theme.spacingXs
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.legendSwatch
                    height: Theme.legendSwatch
                    radius: Theme.radiusS
                    color: Theme.choroplethColour(row.riskIndex, root.panel.riskLevels.length, true)
                }
                Text {
                    text: row.riskText
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    width: Theme.rankingRiskWidth - Theme.legendSwatch - Theme.spacingXs
                    elide: Text.ElideRight
                }
            }
            Text {
                Layout.preferredWidth: Theme.rankingTrendWidth
                text: row.trendText
                color: !root.has(row.trendPercent) || row.trendRounded === 0 ? Theme.textMuted
                     : (row.trendRounded > 0) === root.increaseIsBad ? Theme.statusRedText : Theme.statusOkText
                font.pixelSize: Theme.fontSmall
            }
            Text {
                Layout.preferredWidth: Theme.rankingDensityWidth
                horizontalAlignment: Text.AlignRight
                text: root.number(row.density, 0)
                color: Theme.text
                font.pixelSize: Theme.fontSmall
            }
            Text {
                Layout.preferredWidth: Theme.rankingShareWidth
                horizontalAlignment: Text.AlignRight
                text: root.has(row.shareOver65) ? qsTr("%1 %").arg(root.number(row.shareOver65, 1)) : qsTr("No data")
                color: Theme.text
                font.pixelSize: Theme.fontSmall
            }
            Text {
                Layout.preferredWidth: Theme.rankingIndexWidth
                horizontalAlignment: Text.AlignRight
                text: root.number(row.deprivation, 2)
                color: Theme.text
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
