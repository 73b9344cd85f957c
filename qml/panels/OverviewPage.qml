pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Atalaya

// The one view a coordinator keeps open: the city's key figures from every capability at the time
// cursor (each with its reference, trend, "as of" and change since the last briefing), the map of
// what matters now, the open alerts, and what changed since the last briefing.
FocusScope {
    id: root
    objectName: "overviewPage"

    property OverviewPanel panel: Dashboard.overview
    // The cards' rows (OverviewKpiModel roles); tests give a fixture.
    property var kpiModel: root.panel.kpis
    property HeadlineSummary figures: Dashboard.figures
    property TimeCursor cursor: Dashboard.timeCursor
    // Presentation mode shows the figures, not the actions.
    property bool presenting: false
    // The alert centre's open alerts at the time cursor; none while the page is hidden, so that
    // moving the cursor on another page builds no rows and map marks here.
    property AlertListModel alertsModel: root.visible ? Dashboard.alerts.openAlerts : null
    property BriefingExporter briefing: Dashboard.briefing
    // A wall shows the cards and the map side by side whatever its size: the page is laid out at
    // the screen divided by the presentation scale, narrower than the wide layout asks for.
    readonly property bool wide: root.presenting || column.width >= Theme.overviewWideWidth


    function timeText(time: var): string {
        return time === undefined ? "" : time.toLocaleString(Qt.locale(), Locale.ShortFormat)
    }
    function count(n: int): string {
        return n.toLocaleString(Qt.locale(), "f", 0)
    }
    // "cases7d" -> "kpiCases7d": stable names for tests and the end-to-end text dump.
    function cardName(key: string): string {
        return "kpi" + key.charAt(0).toUpperCase() + key.slice(1)
    }

    FileDialog {
        id: exportDialog
        title: qsTr("Export briefing")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF documents (*.pdf)")]
        onAccepted: root.briefing.exportBriefing(exportDialog.selectedFile, "A4")
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.height + 2 * Theme.spacingXl
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Theme.spacingXl
            y: Theme.spacingXl
            width: flick.width - 2 * Theme.spacingXl
            spacing: Theme.spacingL

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingL
                Text {
                    Layout.fillWidth: true
                    text: root.cursor.live
                          ? qsTr("%1 now").arg(Dashboard.cityName)
                          : qsTr("%1 at %2").arg(Dashboard.cityName).arg(root.timeText(root.cursor.time))
                    color: Theme.text
                    font.pixelSize: Theme.fontHeading
                    font.weight: Font.Bold
                    elide: Text.ElideRight
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Text {
                    objectName: "population"
                    visible: root.figures.population !== undefined
                    text: root.figures.population === undefined ? "" : root.count(root.figures.population)
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                    Accessible.name: qsTr("%1 residents").arg(text)
                }
                Text {
                    visible: root.figures.population !== undefined
                    text: qsTr("residents")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontBody
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: root.wide ? 2 : 1
                rowSpacing: Theme.spacingL
                columnSpacing: Theme.spacingL

                GridLayout {
                    id: cards
                    objectName: "kpiCards"
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    columns: root.presenting ? 3
                             : Math.max(2, Math.floor((cards.width + Theme.spacingL) / (Theme.kpiMinWidth + Theme.spacingL)))
                    rowSpacing: Theme.spacingL
                    columnSpacing: Theme.spacingL

                    Repeater {
                        model: root.kpiModel
                        delegate: KpiCard {
                            id: card
                            required property int index
                            required property string key
                            required property var model
                            objectName: root.cardName(card.key)
                            Layout.fillWidth: true
                            Layout.fillHeight: true // the cards of a row line up
                            Layout.preferredWidth: Theme.kpiMinWidth
                            focus: card.index === 0
                            // Presented, every card must fit one screen: compact, without the detail line.
                            minimumHeight: root.presenting ? Theme.kpiCompactHeight : Theme.kpiHeight
                            valueFontSize: root.presenting ? Theme.fontKpiCompact : Theme.fontKpi
                            title: card.model.title
                            value: card.model.value
                            decimals: card.model.decimals
                            unit: card.model.unit
                            trendPercent: card.model.trendPercent
                            trendContext: card.model.referenceLabel
                            increaseIsBad: card.model.increaseIsBad
                            detail: root.presenting ? "" : card.model.detail
                            asOfText: card.model.asOfText
                            changeText: card.model.deltaText
                        }
                    }
                }

                ColumnLayout {
                    Layout.fillWidth: !root.wide
                    Layout.preferredWidth: !root.wide ? -1
                                           : root.presenting ? column.width * Theme.presentationSideShare : Theme.overviewSideWidth
                    Layout.fillHeight: true
                    spacing: Theme.spacingS

                    OverviewMap {
                        id: overviewMap
                        objectName: "overviewMapPane"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.minimumHeight: Theme.overviewMapMinHeight
                        panel: root.panel
                        alerts: root.alertsModel
                        notesEditable: !root.presenting
                    }
                    OverviewAlerts {
                        objectName: "overviewAlertsPane"
                        Layout.fillWidth: true
                        Layout.preferredHeight: implicitHeight
                        model: root.alertsModel
                        onPlaceActivated: (lat, lon) => overviewMap.flyTo(lat, lon)
                        onOpenAlertCentre: AppSettings.page = "alerts"
                    }
                }
            }

            OverviewChanges {
                objectName: "overviewChanges"
                Layout.fillWidth: true
                panel: root.panel
                presenting: root.presenting
                canExport: root.briefing !== null && !root.briefing.busy
                onExportRequested: {
                    exportDialog.currentFile = root.briefing.suggestedFile("A4")
                    exportDialog.open()
                }
            }
            Text {
                id: exportResult
                objectName: "exportResult"
                Layout.fillWidth: true
                visible: text.length > 0 && !root.presenting
                text: root.briefing === null ? ""
                    : root.briefing.busy ? qsTr("Writing the briefing: %1").arg(root.briefing.stage)
                    : root.briefing.lastMessage
                color: root.briefing !== null && !root.briefing.busy && !root.briefing.lastOk
                       ? Theme.statusRedText : Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }

            DistrictTable {
                id: districtTable
                objectName: "districtTable"
                visible: !root.presenting
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.districtTableMinHeight
                model: Dashboard.districts
                asOfText: Dashboard.districts.asOfText
                maxIncidence: Dashboard.districts.maxIncidence
                // Tabbing into the table scrolls the page so that the table is in view.
                onActiveFocusChanged: {
                    if (districtTable.activeFocus)
                        flick.contentY = Math.max(0, Math.min(districtTable.y + column.y, flick.contentHeight - flick.height))
                }
            }

            Text {
                Layout.fillWidth: true
                text: qsTr("Every figure shows the time it is valid at. \"No data\" means nothing was reported, not zero.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
        }
    }
}
