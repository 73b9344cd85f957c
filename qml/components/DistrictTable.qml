pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// The districts ranked by 7-day incidence, with the day their figures are reported up to.
// Keyboard: Tab reaches the list, Up/Down/Page Up/Page Down/Home/End move the current row, and
// each row's accessible name reads the whole row. Below Theme.districtTableWideWidth the context
// columns (over 65, deprivation) are hidden; the rows still say them to a screen reader.
FocusScope {
    id: root

    property var model                 // roles as DistrictsModel's
    property string asOfText           // e.g. "14 Mar 2026"; empty when nothing was reported
    property real maxIncidence         // the highest incidence in the model: the bars' scale
    readonly property bool compact: root.width < Theme.districtTableWideWidth
    property alias currentIndex: list.currentIndex
    readonly property alias count: list.count

    implicitWidth: Theme.districtTableWideWidth
    implicitHeight: Theme.districtTableMinHeight

    Rectangle {
        anchors.fill: parent
        radius: Theme.radiusM
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.borderWidth
        spacing: 0

        Text {
            objectName: "districtHeading"
            Layout.fillWidth: true
            Layout.margins: Theme.spacingL
            text: root.asOfText.length > 0
                  ? qsTr("Districts, ranked by 7-day incidence — reported up to %1").arg(root.asOfText)
                  : qsTr("Districts, ranked by 7-day incidence")
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        // Outside the list, so the titles stay put while the rows scroll.
        DistrictTableHeader {
            Layout.fillWidth: true
            compact: root.compact
        }

        ListView {
            id: list
            objectName: "districtList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: root.model
            clip: true
            focus: true
            activeFocusOnTab: true
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            highlightMoveDuration: 0
            // Always shown while rows are hidden below, so nobody takes the visible rows for all.
            ScrollBar.vertical: ScrollBar {
                policy: list.contentHeight > list.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
            }

            Accessible.role: Accessible.Table
            Accessible.name: qsTr("Districts, ranked by 7-day incidence")

            Keys.onPressed: event => {
                const page = Math.max(1, Math.floor(list.height / Theme.tableRowHeight) - 1)
                if (event.key === Qt.Key_PageDown)
                    list.currentIndex = Math.min(list.count - 1, list.currentIndex + page)
                else if (event.key === Qt.Key_PageUp)
                    list.currentIndex = Math.max(0, list.currentIndex - page)
                else if (event.key === Qt.Key_Home)
                    list.currentIndex = 0
                else if (event.key === Qt.Key_End)
                    list.currentIndex = list.count - 1
                else
                    return
                event.accepted = true
            }

            delegate: DistrictRowDelegate {
                id: row
                width: list.width
                compact: root.compact
                maxIncidence: root.maxIncidence
                current: row.ListView.isCurrentItem
                showFocus: list.activeFocus
                onTapped: {
                    list.currentIndex = row.index
                    list.forceActiveFocus(Qt.MouseFocusReason)
                }
            }

            // Right under the column titles when there is no row.
            footer: Text {
                objectName: "districtEmpty"
                width: list.width
                visible: list.count === 0
                height: visible ? implicitHeight : 0
                padding: Theme.spacingL
                text: qsTr("No data: no district has reported cases yet.")
                color: Theme.statusNoDataText
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }
        }
    }
}
