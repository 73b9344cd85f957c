pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Atalaya

// The Epidemic page's charts over the whole history, in a 2 x 2 grid (one column when narrow):
// daily new cases with the 7-day average, 7-day incidence compared across regions, deaths per
// day and vaccination coverage. Each shows the time cursor, the exact value under the pointer,
// and takes keyboard focus with its values at the cursor's day in its accessible name.
GridLayout {
    id: root

    required property EpidemicPanel panel

    columns: root.width >= Theme.chartsWideWidth ? 2 : 1
    rowSpacing: Theme.spacingM
    columnSpacing: Theme.spacingM

    EpidemicCasesChart {
        objectName: "casesChart"
        panel: root.panel
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 1
        Layout.preferredHeight: 1
        Layout.minimumHeight: Theme.chartMinHeight
    }
    EpidemicIncidenceChart {
        objectName: "incidenceChart"
        panel: root.panel
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 1
        Layout.preferredHeight: 1
        Layout.minimumHeight: Theme.chartMinHeight
    }
    EpidemicDeathsChart {
        objectName: "deathsChart"
        panel: root.panel
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 1
        Layout.preferredHeight: 1
        Layout.minimumHeight: Theme.chartMinHeight
    }
    EpidemicVaccinationChart {
        objectName: "vaccinationChart"
        panel: root.panel
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 1
        Layout.preferredHeight: 1
        Layout.minimumHeight: Theme.chartMinHeight
    }
}
