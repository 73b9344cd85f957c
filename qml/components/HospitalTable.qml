pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// The hospitals as a sortable, filterable table. Tab reaches the search field, the level filter,
// "hide stale", each column title (Enter sorts) and the rows; Up/Down/Page Up/Page Down/Home/End
// move the current row and Enter (or a click) selects it, which flies the map there.
FocusScope {
    id: root

    required property HospitalsFilterModel rows
    property var selectedId: 0
    property string bedTypeTitle
    signal activated(var hospitalId)

    implicitHeight: Theme.hospitalsTableMinHeight
    implicitWidth: Theme.hospitalsTableMinWidth

    function showSelected() {
        const row = root.rows.rowOfHospital(root.selectedId)
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

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.borderWidth
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingS
            spacing: Theme.spacingS

            TextField {
                id: search
                objectName: "hospitalSearch"
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.hospitalSearchWidth
                Layout.preferredHeight: Theme.textFieldHeight
                placeholderText: qsTr("Search name, institution, district")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                selectByMouse: true
                focus: true
                Accessible.name: qsTr("Search hospitals by name, institution or district")
                onTextChanged: root.rows.filterText = search.text
                background: Rectangle {
                    color: Theme.surfaceRaised
                    radius: Theme.radiusS
                    border.width: search.activeFocus ? Theme.focusWidth : Theme.borderWidth
                    border.color: search.activeFocus ? Theme.focusRing : Theme.border
                }
            }
            ComboBox {
                id: levelFilter
                objectName: "levelFilter"
                Layout.preferredHeight: Theme.textFieldHeight
                font.pixelSize: Theme.fontBody
                implicitContentWidthPolicy: ComboBox.WidestText
                textRole: "title"
                valueRole: "levels"
                model: [
                    { title: qsTr("All levels"), levels: [] },
                    { title: qsTr("● High only"), levels: ["high"] },
                    { title: qsTr("▲ Medium only"), levels: ["medium"] },
                    { title: qsTr("■ Low only"), levels: ["low"] },
                    { title: qsTr("▲ Medium or ■ low"), levels: ["medium", "low"] },
                    { title: qsTr("○ No data only"), levels: ["nodata"] }
                ]
                Accessible.name: qsTr("Show availability level: %1").arg(levelFilter.currentText)
                onActivated: root.rows.levels = levelFilter.currentValue
            }
            CheckBox {
                id: hideStale
                objectName: "hideStale"
                text: qsTr("Hide stale")
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Hide hospitals whose last report is stale")
                onToggled: root.rows.hideStale = hideStale.checked
                contentItem: Text {
                    leftPadding: hideStale.indicator.width + hideStale.spacing
                    text: hideStale.text
                    font: hideStale.font
                    color: Theme.text
                    verticalAlignment: Text.AlignVCenter
                }
            }
            Text {
                objectName: "hospitalCount"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                elide: Text.ElideRight
                text: qsTr("%n hospital(s) shown", "", root.rows.count)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }

        HospitalTableHeader {
            Layout.fillWidth: true
            sortKey: root.rows.sortKey
            descending: root.rows.descending
            bedTypeTitle: root.bedTypeTitle
            onSortRequested: key => root.rows.toggleSort(key)
        }

        ListView {
            id: list
            objectName: "hospitalList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: root.rows
            clip: true
            activeFocusOnTab: true
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            highlightMoveDuration: 0
            currentIndex: -1
            ScrollBar.vertical: ScrollBar {
                policy: list.contentHeight > list.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
            }

            Accessible.role: Accessible.Table
            Accessible.name: qsTr("Hospitals")

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
                else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                    root.activated(root.rows.hospitalIdAt(list.currentIndex))
                else
                    return
                event.accepted = true
            }
            onActiveFocusChanged: if (list.activeFocus && list.currentIndex < 0 && list.count > 0) list.currentIndex = 0

            delegate: HospitalRowDelegate {
                id: row
                width: list.width
                current: row.ListView.isCurrentItem
                selected: row.hospitalId === root.selectedId
                showFocus: list.activeFocus
                onTapped: {
                    list.currentIndex = row.index
                    list.forceActiveFocus(Qt.MouseFocusReason)
                    root.activated(row.hospitalId)
                }
            }

            footer: Text {
                objectName: "hospitalEmpty"
                width: list.width
                visible: list.count === 0
                height: visible ? implicitHeight : 0
                padding: Theme.spacingL
                text: qsTr("No hospital matches the search and filters.")
                color: Theme.statusNoDataText
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }
        }
    }
}
