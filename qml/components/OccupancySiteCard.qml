pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Atalaya

// The selected site at the time cursor: its light, occupancy and people against capacity with
// the reading's time (or since when it is stale), today's curve against the usual one for the
// weekday, the typical week as a weekday x hour heatmap over the last 4, 8 or 12 weeks, and the
// nearest green sites of the same kind when it is crowded.
Rectangle {
    id: root

    required property OccupancyPanel panel
    signal siteChosen(var siteId, var coordinate)

    readonly property bool hasSite: root.panel.selectedId !== 0
    function has(value: var): bool {
        return value !== undefined && value !== null
    }
    function count(value: var): string {
        return Number(value).toLocaleString(Qt.locale(), "f", 0)
    }

    readonly property string occupancyText: root.has(root.panel.selectedOccupancyPercent)
        ? qsTr("%1 %").arg(root.count(root.panel.selectedOccupancyPercent))
        : root.has(root.panel.selectedLevel) ? qsTr("level %1 of 3").arg(root.panel.selectedLevel) : qsTr("No data")
    readonly property string peopleText: root.has(root.panel.selectedPeople)
        ? qsTr("%1 people of %2").arg(root.count(root.panel.selectedPeople)).arg(root.count(root.panel.selectedCapacity))
        : root.panel.selectedCapacity > 0 ? qsTr("capacity %1").arg(root.count(root.panel.selectedCapacity)) : ""
    readonly property string readingText: root.panel.selectedReadingText.length === 0
        ? qsTr("no reading yet")
        : root.panel.selectedStale ? qsTr("stale since %1").arg(root.panel.selectedReadingText)
                                   : qsTr("read at %1").arg(root.panel.selectedReadingText)

    // As tall as its content needs: the page scrolls rather than squeeze the chart or heatmap.
    implicitHeight: content.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radiusM
    color: Theme.surface
    border.width: Theme.borderWidth
    border.color: Theme.border
    Accessible.role: Accessible.Pane
    Accessible.name: root.hasSite ? qsTr("Site card: %1").arg(root.panel.selectedName) : qsTr("Site card")

    Text {
        objectName: "siteCardEmpty"
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingXl
        visible: !root.hasSite
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: qsTr("Select a site on the map or in the list to see its day, its usual week and where else to go.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
    }

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        visible: root.hasSite
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM
            TrafficLightMarker {
                objectName: "siteCardLight"
                light: root.panel.selectedLight
                showWord: false
                size: Theme.fontKpiCompact + Theme.spacingXs
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Text {
                    objectName: "siteCardName"
                    Layout.fillWidth: true
                    text: root.panel.selectedName
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.Bold
                    elide: Text.ElideRight
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Text {
                    objectName: "siteCardStatus"
                    Layout.fillWidth: true
                    text: qsTr("%1 · %2 · %3").arg(root.panel.selectedKindTitle).arg(lightWord.word).arg(root.readingText)
                    color: root.panel.selectedStale ? Theme.statusAmberText : Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    font.weight: root.panel.selectedStale ? Font.Bold : Font.Normal
                    elide: Text.ElideRight
                    TrafficLightMarker {
                        id: lightWord
                        visible: false
                        light: root.panel.selectedLight
                    }
                }
            }
            ColumnLayout {
                spacing: 0
                Text {
                    objectName: "siteCardOccupancy"
                    Layout.alignment: Qt.AlignRight
                    text: root.occupancyText
                    color: lightWord.wordColor
                    font.pixelSize: Theme.fontKpiCompact
                    font.weight: Font.Bold
                    font.features: { "tnum": 1 }
                }
                Text {
                    objectName: "siteCardPeople"
                    Layout.alignment: Qt.AlignRight
                    text: root.peopleText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
            }
        }

        OccupancyDayChart {
            objectName: "occupancyDayChart"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Theme.chartMinHeight
            panel: root.panel
            live: Dashboard.timeCursor.live
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Text {
                objectName: "heatmapTitle"
                Layout.fillWidth: true
                text: root.panel.profileRangeText
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                font.weight: Font.Bold
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            ChoiceToggle {
                objectName: "profileWeeksToggle"
                options: [{ key: "4", title: qsTr("4 weeks") }, { key: "8", title: qsTr("8 weeks") },
                          { key: "12", title: qsTr("12 weeks") }]
                objectNamePrefix: "profileWeeks_"
                accessibleName: qsTr("Weeks the usual occupancy is taken over")
                value: String(root.panel.profileWeeks)
                onChosen: value => root.panel.profileWeeks = Number(value)
            }
        }
        OccupancyHeatmap {
            objectName: "occupancyHeatmap"
            Layout.fillWidth: true
            Layout.preferredHeight: implicitHeight
            rows: root.panel.heatmap
            markedDay: root.panel.cursorWeekday
            markedHour: root.panel.cursorHour
            fullAt: root.has(root.panel.selectedClosedPercent) ? Number(root.panel.selectedClosedPercent) / 100
                                                               : root.panel.selectedRedPercent / 100
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Mean % full per weekday and hour (the city's time), tinted by the light it would show; "
                       + "– no readings. Outlined: the time cursor's hour.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }

        OccupancyAlternatives {
            objectName: "occupancyAlternatives"
            Layout.fillWidth: true
            panel: root.panel
            onSiteChosen: (siteId, coordinate) => root.siteChosen(siteId, coordinate)
        }
    }
}
