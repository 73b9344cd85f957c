pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// How is the epidemic moving, where, and is it getting better or worse: the headline figures of
// the city or a chosen region, the risk map and the ranked regions with their context, the
// charts, all at the day of the app's time cursor, which the slider and play button replay.
FocusScope {
    id: root
    objectName: "epidemicPage"

    property EpidemicPanel panel: Dashboard.epidemic
    property TimeCursor cursor: Dashboard.timeCursor
    readonly property bool wide: root.width >= Theme.epidemicWideWidth

    function select(regionId: var) {
        root.panel.selectedRegionId = regionId
        if (regionId !== 0)
            map.flyTo(root.panel.selectedCoordinate)
    }

    Component.onCompleted: root.panel.active = true

    Shortcut {
        sequence: "Escape"
        enabled: root.panel.selectedRegionId !== 0
        onActivated: root.panel.selectedRegionId = 0
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.spacingL
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Theme.spacingL
            y: Theme.spacingL
            width: flick.width - 2 * Theme.spacingL
            spacing: Theme.spacingS

            // Title, the region shown, and the way back to the whole city.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingM
                Text {
                    objectName: "epidemicTitle"
                    Layout.fillWidth: true
                    text: root.panel.selectedRegionId === 0
                          ? qsTr("Epidemic in %1 on %2").arg(Dashboard.cityName).arg(root.panel.dayText)
                          : qsTr("Epidemic in %1 on %2").arg(root.panel.selectedRegionName).arg(root.panel.dayText)
                    color: Theme.text
                    font.pixelSize: Theme.fontHeading
                    font.weight: Font.Bold
                    elide: Text.ElideRight
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Button {
                    objectName: "wholeCityButton"
                    visible: root.panel.selectedRegionId !== 0
                    text: qsTr("◂ Whole city")
                    font.pixelSize: Theme.fontBody
                    focusPolicy: Qt.StrongFocus
                    Accessible.name: qsTr("Show the whole city (Escape)")
                    onClicked: root.panel.selectedRegionId = 0
                }
            }

            // What the map and table show, and where the figures come from.
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                ChoiceToggle {
                    objectName: "regionLevelToggle"
                    options: [{ key: "district", title: qsTr("Districts") }, { key: "neighbourhood", title: qsTr("Neighbourhoods") }]
                    value: root.panel.regionLevel
                    objectNamePrefix: "level_"
                    accessibleName: qsTr("Regions")
                    onChosen: value => root.panel.regionLevel = value
                }
                ChoiceToggle {
                    objectName: "colourByToggle"
                    options: [{ key: "risk", title: qsTr("Risk level") }, { key: "indicator", title: qsTr("Indicator") }]
                    value: root.panel.colourByRisk ? "risk" : "indicator"
                    objectNamePrefix: "colourBy_"
                    accessibleName: qsTr("Colour the map by")
                    onChosen: value => root.panel.colourByRisk = value === "risk"
                }
                ComboBox {
                    id: indicatorBox
                    objectName: "indicatorBox"
                    implicitWidth: Theme.rankingValueWidth * 1.5
                    height: Theme.textFieldHeight
                    model: root.panel.indicators
                    textRole: "name"
                    valueRole: "key"
                    font.pixelSize: Theme.fontBody
                    Accessible.name: qsTr("Indicator of the table and the map")
                    Component.onCompleted: indicatorBox.currentIndex = indicatorBox.indexOfValue(root.panel.indicator)
                    onActivated: root.panel.indicator = indicatorBox.currentValue
                    Connections {
                        target: root.panel
                        function onIndicatorChanged() { indicatorBox.currentIndex = indicatorBox.indexOfValue(root.panel.indicator) }
                    }
                }
                ComboBox {
                    id: schemeBox
                    objectName: "schemeBox"
                    implicitWidth: Theme.rankingValueWidth * 2
                    height: Theme.textFieldHeight
                    model: root.panel.schemes
                    textRole: "name"
                    valueRole: "key"
                    font.pixelSize: Theme.fontBody
                    Accessible.name: qsTr("Risk scheme")
                    Component.onCompleted: schemeBox.currentIndex = schemeBox.indexOfValue(root.panel.schemeKey)
                    onActivated: root.panel.schemeKey = schemeBox.currentValue
                    Connections {
                        target: root.panel
                        function onSchemeKeyChanged() { schemeBox.currentIndex = schemeBox.indexOfValue(root.panel.schemeKey) }
                        function onSchemesChanged() { schemeBox.currentIndex = schemeBox.indexOfValue(root.panel.schemeKey) }
                    }
                }
                CheckBox {
                    objectName: "colourBlindCheck"
                    text: qsTr("Colour-blind palette")
                    checked: AppSettings.colourBlindPalette
                    font.pixelSize: Theme.fontBody
                    palette.windowText: Theme.text
                    focusPolicy: Qt.StrongFocus
                    Accessible.name: text
                    onToggled: AppSettings.colourBlindPalette = checked
                }
                FileActionButton {
                    id: loadSchemeButton
                    objectName: "loadSchemeButton"
                    text: qsTr("Scheme file…")
                    onFileChosen: file => loadSchemeButton.showSummary(root.panel.loadSchemeFile(file))
                    accessibleName: qsTr("Load risk schemes from a JSON file")
                    toolTipText: qsTr("Your own risk levels: see docs/risk-schemes.md for the format")
                    dialogTitle: qsTr("Load risk schemes")
                    nameFilters: [qsTr("Risk schemes (*.json)")]
                    summaryTitle: qsTr("Risk schemes")
                }
                FileActionButton {
                    id: importFiguresButton
                    objectName: "importFiguresButton"
                    enabled: Dashboard.canAdminister
                    text: qsTr("Import figures…")
                    onFileChosen: file => importFiguresButton.showSummary(root.panel.importFigures(file))
                    accessibleName: qsTr("Import epidemic figures per region from a CSV file")
                    toolTipText: qsTr("Daily counts, cumulative totals or indicators over a window, per district or neighbourhood")
                    dialogTitle: qsTr("Import epidemic figures")
                    nameFilters: [qsTr("CSV files (*.csv *.txt)")]
                }
                FileActionButton {
                    id: importRegionsButton
                    objectName: "importRegionsButton"
                    enabled: Dashboard.canAdminister
                    text: qsTr("Import regions…")
                    onFileChosen: file => importRegionsButton.showSummary(root.panel.importRegions(file))
                    accessibleName: qsTr("Import region outlines and context from a GeoJSON file")
                    toolTipText: qsTr("GeoJSON polygons with a code and a name; features without a level are read as the level shown")
                    dialogTitle: qsTr("Import regions")
                    nameFilters: [qsTr("GeoJSON files (*.geojson *.json)")]
                }
            }

            ErrorBanner {
                Layout.fillWidth: true
                message: root.panel.errorMessage
            }

            DaySlider {
                objectName: "daySlider"
                Layout.fillWidth: true
                cursor: root.cursor
                from: root.panel.historyFrom
                to: root.panel.historyTo
                dayText: root.panel.dayText
            }

            // The headline of the city or the selected region.
            GridLayout {
                id: cards
                objectName: "epidemicHeadline"
                Layout.fillWidth: true
                columns: Math.max(1, Math.floor((column.width + Theme.spacingS) / (Theme.epidemicHeadlineCardWidth + Theme.spacingS)))
                rowSpacing: Theme.spacingS
                columnSpacing: Theme.spacingS
                Repeater {
                    model: root.panel.headline
                    delegate: KpiCard {
                        id: card
                        // Roles read through model: the card's own properties have the roles' names.
                        required property var model
                        objectName: "epidemicCard_" + card.model.key
                        Layout.fillWidth: true
                        Layout.preferredWidth: Theme.epidemicHeadlineCardWidth
                        Layout.preferredHeight: Theme.epidemicCardHeight
                        valueFontSize: Theme.fontKpiCompact
                        title: card.model.title
                        value: card.model.value
                        decimals: card.model.decimals
                        unit: card.model.unit
                        trendPercent: card.model.trendPercent
                        trendContext: card.model.trendContext
                        increaseIsBad: card.model.increaseIsBad
                        asOfText: card.model.asOfText
                        detail: card.model.detail
                    }
                }
            }

            Text {
                objectName: "reportedBySource"
                Layout.fillWidth: true
                visible: root.panel.reportedBySource.length > 0
                text: qsTr("Published by the sources: %1").arg(root.panel.reportedBySource.map(
                          r => qsTr("%1 %2 (%3, %4)").arg(r.title).arg(r.valueText).arg(r.source).arg(r.dayText)).join(" · "))
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }

            GridLayout {
                Layout.fillWidth: true
                columns: root.wide ? 2 : 1
                rowSpacing: Theme.spacingS
                columnSpacing: Theme.spacingS

                EpidemicMap {
                    id: map
                    objectName: "epidemicMapPane"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 5
                    Layout.preferredHeight: Theme.epidemicMapMinHeight
                    panel: root.panel
                }
                EpidemicRanking {
                    objectName: "epidemicRanking"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 6
                    Layout.preferredHeight: Theme.epidemicMapMinHeight
                    panel: root.panel
                    onRegionActivated: regionId => root.select(regionId)
                }
            }

            EpidemicCharts {
                objectName: "epidemicCharts"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.epidemicChartsHeight
                panel: root.panel
            }
        }
    }

    BusyIndicator {
        anchors.centerIn: parent
        running: root.panel.active && !root.panel.loaded && root.panel.errorMessage.length === 0
        visible: running
    }
}
