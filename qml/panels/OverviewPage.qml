pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// The city at the time cursor: headline figures, each with its own "as of" time.
FocusScope {
    id: root
    objectName: "overviewPage"

    property HeadlineSummary figures: Dashboard.figures
    property TimeCursor cursor: Dashboard.timeCursor

    function timeText(time: var): string {
        return time === undefined ? "" : time.toLocaleString(Qt.locale(), Locale.ShortFormat)
    }
    function count(n: int): string {
        return n.toLocaleString(Qt.locale(), "f", 0)
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
            // The district table takes whatever height the cards leave, down to its minimum;
            // below that the page scrolls.
            height: Math.max(flick.height - 2 * Theme.spacingXl, column.implicitHeight)
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

            GridLayout {
                Layout.fillWidth: true
                columns: column.width >= Theme.wideLayoutWidth ? 4 : 2
                rowSpacing: Theme.spacingL
                columnSpacing: Theme.spacingL

                KpiCard {
                    objectName: "kpiPopulation"
                    Layout.fillWidth: true
                    Layout.preferredWidth: Theme.kpiMinWidth
                    focus: true
                    title: qsTr("Population")
                    value: root.figures.population
                    unit: qsTr("residents")
                    detail: qsTr("Registered residents of all districts")
                }
                KpiCard {
                    objectName: "kpiCases7d"
                    Layout.fillWidth: true
                    Layout.preferredWidth: Theme.kpiMinWidth
                    title: qsTr("New cases, last 7 days")
                    value: root.figures.casesLast7Days
                    unit: qsTr("cases")
                    trendPercent: root.figures.casesTrendPercent
                    trendContext: qsTr("on the 7 days before")
                    increaseIsBad: true
                    detail: root.figures.casesPrevious7Days === undefined ? ""
                          : qsTr("7 days before: %1").arg(root.count(root.figures.casesPrevious7Days))
                    asOfText: root.figures.casesAsOfText.length > 0
                              ? qsTr("Reported up to %1").arg(root.figures.casesAsOfText) : ""
                }
                KpiCard {
                    objectName: "kpiIcuFree"
                    Layout.fillWidth: true
                    Layout.preferredWidth: Theme.kpiMinWidth
                    title: qsTr("ICU beds free")
                    value: root.figures.icuBedsFree
                    unit: root.figures.icuBedsTotal === undefined ? ""
                        : qsTr("of %1 beds").arg(root.count(root.figures.icuBedsTotal))
                    level: root.figures.hospitalsTotal === 0 ? "" : root.figures.hospitalsStale > 0 ? "amber" : "ok"
                    levelText: root.figures.hospitalsStale > 0 ? qsTr("Incomplete") : qsTr("Complete")
                    detail: root.figures.hospitalsTotal === 0 ? qsTr("No hospitals in the store")
                          : qsTr("%1 of %2 hospitals reporting, %3 overdue")
                              .arg(root.count(root.figures.hospitalsReporting))
                              .arg(root.count(root.figures.hospitalsTotal))
                              .arg(root.count(root.figures.hospitalsStale))
                    asOfText: root.figures.icuAsOf === undefined ? ""
                            : qsTr("As of %1").arg(root.timeText(root.figures.icuAsOf))
                }
                KpiCard {
                    objectName: "kpiSitesRed"
                    Layout.fillWidth: true
                    Layout.preferredWidth: Theme.kpiMinWidth
                    title: qsTr("Crowded sites at red")
                    value: root.figures.sitesAtRed
                    unit: qsTr("sites")
                    level: root.figures.sitesLevel
                    levelText: root.figures.sitesLevel === "red" ? qsTr("Crowded")
                             : root.figures.sitesLevel === "ok" ? qsTr("All clear") : qsTr("No data")
                    increaseIsBad: true
                    detail: qsTr("%1 of %2 sites reporting")
                        .arg(root.count(root.figures.sitesReporting))
                        .arg(root.count(root.figures.sitesTotal))
                    asOfText: root.figures.sitesAsOf === undefined ? ""
                            : qsTr("As of %1").arg(root.timeText(root.figures.sitesAsOf))
                }
            }

            DistrictTable {
                id: districtTable
                objectName: "districtTable"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: Theme.districtTableMinHeight
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
