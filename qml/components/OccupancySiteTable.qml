pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// The sites as a table, most crowded first unless a column title asks for another order. Tab
// reaches each column title (Enter or Space sorts, again: the other way) and the rows; Up/Down,
// Page Up/Page Down, Home/End move the current row and Enter (or a click) selects it, which
// flies the map there and opens its card.
FocusScope {
    id: root

    required property OccupancySitesSortModel rows
    property var selectedId: 0
    signal activated(var siteId)

    implicitHeight: Theme.chartMinHeight
    implicitWidth: Theme.hospitalsTableMinWidth

    function showSelected() {
        const row = root.rows.rowOfSite(root.selectedId)
        if (row >= 0) {
            list.currentIndex = row
            list.positionViewAtIndex(row, ListView.Contain)
        }
    }
    onSelectedIdChanged: root.showSelected()

    Rectangle {
        anchors.fill: parent
        radius: Theme.radiusM
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border
    }

    // Column widths, for the titles and the rows alike.
    readonly property int lightWidth: Theme.hospitalLevelWidth
    readonly property int kindWidth: Theme.rankingShareWidth
    readonly property int occupancyWidth: Theme.hospitalOccupancyWidth
    readonly property int peopleWidth: Theme.rankingValueWidth
    readonly property int readingWidth: Theme.hospitalReportWidth

    component Title: AbstractButton {
        id: title
        required property string key
        property int align: Text.AlignRight
        readonly property bool sorted: root.rows.sortKey === title.key
        focusPolicy: Qt.StrongFocus
        Layout.alignment: Qt.AlignBottom
        Accessible.role: Accessible.ColumnHeader
        Accessible.name: title.sorted
                         ? (root.rows.reversed ? qsTr("%1, sorted in reverse").arg(title.text)
                                               : qsTr("%1, sorted").arg(title.text))
                         : qsTr("%1, press to sort").arg(title.text)
        onClicked: root.rows.toggleSort(title.key)
        Keys.onReturnPressed: root.rows.toggleSort(title.key)
        Keys.onEnterPressed: root.rows.toggleSort(title.key)
        contentItem: Text {
            text: title.sorted ? title.text + (root.rows.reversed ? " ▲" : " ▼") : title.text
            horizontalAlignment: title.align
            color: title.sorted ? Theme.text : Theme.textMuted
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
        background: Rectangle {
            color: title.hovered ? Theme.surfaceSelected : "transparent"
            radius: Theme.radiusS
            border.width: title.visualFocus ? Theme.focusWidth : 0
            border.color: Theme.focusRing
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.borderWidth
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: Theme.tableHeaderMinHeight
            color: Theme.surfaceRaised
            radius: Theme.radiusM

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingM + Theme.spacingXs + Theme.spacingS
                anchors.rightMargin: Theme.spacingM
                spacing: Theme.spacingS
                Title {
                    objectName: "sortCrowding"
                    Layout.preferredWidth: root.lightWidth
                    key: "crowding"
                    align: Text.AlignLeft
                    text: qsTr("Light")
                }
                Title {
                    objectName: "sortName"
                    Layout.fillWidth: true
                    Layout.minimumWidth: Theme.tableNameMinWidth
                    key: "name"
                    align: Text.AlignLeft
                    text: qsTr("Site")
                }
                Title {
                    objectName: "sortKind"
                    Layout.preferredWidth: root.kindWidth
                    key: "kind"
                    align: Text.AlignLeft
                    text: qsTr("Kind")
                }
                Title {
                    objectName: "sortOccupancy"
                    Layout.preferredWidth: root.occupancyWidth
                    key: "occupancy"
                    text: qsTr("% full")
                }
                Text {
                    Layout.preferredWidth: root.peopleWidth
                    Layout.alignment: Qt.AlignVCenter
                    horizontalAlignment: Text.AlignRight
                    text: qsTr("People / capacity")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Title {
                    objectName: "sortReading"
                    Layout.preferredWidth: root.readingWidth
                    key: "reading"
                    align: Text.AlignLeft
                    text: qsTr("Reading")
                }
            }
        }

        ListView {
            id: list
            objectName: "occupancySiteList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: root.rows
            clip: true
            focus: true
            activeFocusOnTab: true
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            highlightMoveDuration: 0
            currentIndex: -1
            ScrollBar.vertical: ScrollBar {
                policy: list.contentHeight > list.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
            }

            Accessible.role: Accessible.Table
            Accessible.name: qsTr("Crowding sites")

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
                else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.key === Qt.Key_Space)
                    root.activated(root.rows.siteIdAt(list.currentIndex))
                else
                    return
                event.accepted = true
            }
            onActiveFocusChanged: if (list.activeFocus && list.currentIndex < 0 && list.count > 0) list.currentIndex = 0

            delegate: OccupancySiteRow {
                id: row
                width: list.width
                current: row.ListView.isCurrentItem
                selected: row.siteId === root.selectedId
                showFocus: list.activeFocus
                lightWidth: root.lightWidth
                kindWidth: root.kindWidth
                occupancyWidth: root.occupancyWidth
                peopleWidth: root.peopleWidth
                readingWidth: root.readingWidth
                onTapped: {
                    list.currentIndex = row.index
                    list.forceActiveFocus(Qt.MouseFocusReason)
                    root.activated(row.siteId)
                }
            }

            footer: Text {
                objectName: "occupancyEmpty"
                width: list.width
                visible: list.count === 0
                height: visible ? implicitHeight : 0
                padding: Theme.spacingL
                text: qsTr("This city has no crowding sites yet: add them through a live feed.")
                color: Theme.statusNoDataText
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }
        }
    }
}
