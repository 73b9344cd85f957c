pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// Where is there a free bed, general or intensive care, at the time cursor: city totals, the
// legend, the hospitals table, the map with the nearest hospitals with capacity, the trends.
// Wide windows put the map and trends beside the table, narrower ones under it.
FocusScope {
    id: root
    objectName: "hospitalsPage"

    property HospitalsPanel panel: Dashboard.hospitals
    property TimeCursor cursor: Dashboard.timeCursor
    readonly property bool wide: root.width >= Theme.hospitalsWideWidth
    readonly property string typeTitle: root.panel.bedType === "icu" ? qsTr("ICU") : qsTr("General")

    function count(n: int): string {
        return n.toLocaleString(Qt.locale(), "f", 0)
    }
    function select(hospitalId: var) {
        root.panel.selectedId = hospitalId
        map.flyTo(root.panel.selectedCoordinate)
    }

    HospitalsFilterModel {
        id: rows
        sourceModel: root.panel.model
        sortKey: "name"
    }

    // Narrow or short windows scroll the page rather than squeeze the table below a few rows.
    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.height + 2 * Theme.spacingL
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        interactive: flick.contentHeight > flick.height
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Theme.spacingL
            y: Theme.spacingL
            width: flick.width - 2 * Theme.spacingL
            height: Math.max(flick.height - 2 * Theme.spacingL, column.implicitHeight)
            spacing: Theme.spacingS

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingM
                Text {
                    Layout.fillWidth: true
                    text: root.cursor.live
                          ? qsTr("Hospital beds now")
                          : qsTr("Hospital beds at %1").arg(root.cursor.time.toLocaleString(Qt.locale(), Locale.ShortFormat))
                    color: Theme.text
                    font.pixelSize: Theme.fontHeading
                    font.weight: Font.Bold
                    elide: Text.ElideRight
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                ChoiceToggle {
                    objectName: "bedTypeToggle"
                    options: [{ key: "general", title: qsTr("General beds") }, { key: "icu", title: qsTr("ICU beds") }]
                    objectNamePrefix: "bedType_"
                    accessibleName: qsTr("Bed type")
                    value: root.panel.bedType
                    onChosen: value => root.panel.bedType = value
                }
                FileActionButton {
                    id: importHospitals
                    objectName: "importHospitals"
                    enabled: Dashboard.canAdminister
                    text: qsTr("Import…")
                    onFileChosen: file => importHospitals.showSummary(root.panel.importHospitals(file))
                    accessibleName: qsTr("Import hospitals and bed reports from a CSV or JSON file")
                    toolTipText: qsTr("CSV (counts or levels, UTF-8 or Latin-1, comma or semicolon) or FIWARE-style JSON")
                    dialogTitle: qsTr("Import hospitals")
                    nameFilters: [qsTr("Hospital reports (*.csv *.json)"), qsTr("CSV files (*.csv)"), qsTr("JSON files (*.json)")]
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                KpiCard {
                    objectName: "kpiBedsFree"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.kpiCompactHeight
                    focus: true
                    title: root.panel.bedType === "icu" ? qsTr("Free ICU beds") : qsTr("Free general beds")
                    value: root.panel.freeBeds
                    unit: root.panel.totalBeds === undefined ? ""
                          : qsTr("of %1 in %n hospital(s)", "", root.panel.hospitalsCounted)
                                .arg(Number(root.panel.totalBeds).toLocaleString(Qt.locale(), "f", 0))
                }
                KpiCard {
                    objectName: "kpiOccupancy"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.kpiCompactHeight
                    title: root.panel.bedType === "icu" ? qsTr("ICU beds in use") : qsTr("General beds in use")
                    value: root.panel.occupancyPercent
                    unit: qsTr("%")
                }
                KpiCard {
                    objectName: "kpiHospitalsStale"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.kpiCompactHeight
                    title: qsTr("Stale reports")
                    value: root.panel.hospitalCount > 0 ? root.panel.hospitalsStale : undefined
                    unit: qsTr("of %n hospital(s), not in the totals", "", root.panel.hospitalCount)
                }
                KpiCard {
                    objectName: "kpiLevelOnly"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.kpiCompactHeight
                    title: qsTr("Level only or no report")
                    value: root.panel.hospitalCount > 0 ? root.panel.hospitalsLevelOnly + root.panel.hospitalsWithoutReport : undefined
                    unit: qsTr("%1 level only, %2 without a report")
                              .arg(root.count(root.panel.hospitalsLevelOnly)).arg(root.count(root.panel.hospitalsWithoutReport))
                }
            }

            HospitalLegend {
                objectName: "hospitalLegend"
                Layout.fillWidth: true
                panel: root.panel
            }

            GridLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                columns: root.wide ? 2 : 1
                rowSpacing: Theme.spacingS
                columnSpacing: Theme.spacingS

                HospitalTable {
                    objectName: "hospitalTable"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumWidth: Theme.hospitalsTableMinWidth
                    Layout.minimumHeight: root.wide ? Theme.hospitalsTableMinHeight : Theme.hospitalsTableNarrowMinHeight
                    rows: rows
                    selectedId: root.panel.selectedId
                    bedTypeTitle: root.typeTitle
                    onActivated: hospitalId => root.select(hospitalId)
                }

                GridLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: root.wide
                    Layout.preferredWidth: root.wide ? root.width * 0.4 : -1
                    Layout.preferredHeight: root.wide ? -1 : Theme.hospitalsNarrowSideHeight
                    Layout.minimumWidth: Theme.hospitalsSideMinWidth
                    columns: root.wide ? 1 : 2
                    rowSpacing: Theme.spacingS
                    columnSpacing: Theme.spacingS

                    HospitalMap {
                        id: map
                        objectName: "hospitalMapPane"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.minimumHeight: root.wide ? Theme.hospitalsMapMinHeight : 0
                        Layout.preferredHeight: 3
                        panel: root.panel
                        rows: rows
                        onHospitalClicked: hospitalId => root.select(hospitalId)
                    }
                    HospitalTrends {
                        objectName: "hospitalTrends"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.minimumHeight: root.wide ? Theme.hospitalsMapMinHeight : 0
                        Layout.preferredHeight: 2
                        panel: root.panel
                    }
                }
            }
        }
    }
}
