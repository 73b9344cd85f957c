pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Atalaya

// A list of alerts (open ones grouped under their severity, or resolved ones by time). Tab
// reaches the list; Up/Down move between alerts and select them, Enter selects too.
FocusScope {
    id: root

    required property AlertListModel alerts
    property var selectedId: 0
    property bool grouped: true
    property string emptyText

    signal selected(var alertId)
    signal placeRequested(var alertId)

    ListView {
        id: list
        anchors.fill: parent
        focus: true
        activeFocusOnTab: true
        clip: true
        spacing: Theme.spacingXs
        model: root.alerts
        boundsBehavior: Flickable.StopAtBounds
        keyNavigationEnabled: true
        currentIndex: root.alerts.rowOf(root.selectedId)
        onCurrentIndexChanged: {
            if (list.activeFocus && list.currentItem)
                root.selected((list.currentItem as AlertRow).alertId)
        }
        ScrollBar.vertical: ScrollBar {}
        Accessible.role: Accessible.List
        Accessible.name: root.grouped ? qsTr("Open alerts, most severe first") : qsTr("Resolved alerts, newest first")

        section.property: root.grouped ? "severityText" : ""
        section.criteria: ViewSection.FullString
        section.delegate: Rectangle {
            id: heading
            required property string section
            width: ListView.view.width
            height: sectionText.implicitHeight + Theme.spacingS
            color: Theme.background
            Text {
                id: sectionText
                anchors.left: parent.left
                anchors.bottom: parent.bottom
                text: heading.section
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                font.weight: Font.Bold
                font.capitalization: Font.AllUppercase
                Accessible.role: Accessible.Heading
                Accessible.name: heading.section
            }
        }

        delegate: AlertRow {
            id: row
            width: ListView.view.width
            selected: root.selectedId === row.alertId
            onClicked: {
                list.currentIndex = row.index
                root.selected(row.alertId)
            }
            onPlaceRequested: alertId => root.placeRequested(alertId)
        }
    }

    Text {
        objectName: root.objectName + "Empty"
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingL
        visible: list.count === 0
        text: root.emptyText
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
    }
}
