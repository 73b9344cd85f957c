pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Atalaya

// The column titles of the district table, laid out with the same widths as DistrictRowDelegate.
Rectangle {
    id: root

    property bool compact   // hides the context columns, as the rows do

    implicitHeight: Math.max(Theme.tableHeaderMinHeight, columns.implicitHeight + 2 * Theme.spacingS)
    color: Theme.surfaceRaised

    component Title: Text {
        Layout.alignment: Qt.AlignBottom
        horizontalAlignment: Text.AlignRight
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
        maximumLineCount: 2
        elide: Text.ElideRight
        Accessible.role: Accessible.ColumnHeader
        Accessible.name: text
    }

    RowLayout {
        id: columns
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingM
        anchors.rightMargin: Theme.spacingM
        anchors.topMargin: Theme.spacingS
        anchors.bottomMargin: Theme.spacingS
        spacing: Theme.spacingM

        Title {
            Layout.preferredWidth: Theme.tableRankWidth
            text: qsTr("Rank")
        }
        Title {
            Layout.fillWidth: true
            Layout.minimumWidth: Theme.tableNameMinWidth
            Layout.preferredWidth: Theme.tableNameMinWidth
            horizontalAlignment: Text.AlignLeft
            text: qsTr("District")
        }
        Title {
            Layout.preferredWidth: Theme.tableCountWidth
            text: qsTr("Population")
        }
        Title {
            Layout.preferredWidth: Theme.tableCountWidth
            text: qsTr("Cases, last 7 days")
        }
        Title {
            Layout.fillWidth: true
            Layout.minimumWidth: Theme.tableIncidenceWidth
            Layout.preferredWidth: Theme.tableIncidenceWidth
            Layout.maximumWidth: Theme.tableIncidenceMaxWidth
            horizontalAlignment: Text.AlignLeft
            text: qsTr("Incidence per 100,000 (7 days)")
        }
        Title {
            Layout.preferredWidth: Theme.tableTrendWidth
            text: qsTr("Trend on the week before")
        }
        Title {
            visible: !root.compact
            Layout.preferredWidth: Theme.tableShareWidth
            text: qsTr("People over 65")
        }
        Title {
            visible: !root.compact
            Layout.preferredWidth: Theme.tableIndexWidth
            text: qsTr("Deprivation index")
        }
    }

    Rectangle {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Theme.borderWidth
        color: Theme.border
    }
}
