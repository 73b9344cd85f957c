pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// The open alerts at the time cursor, most severe first: severity as a shape and a word, what and
// where, when raised, acknowledged or not. Up/Down move, Enter (or a click) shows the alert's
// place on the map; "Open the alert centre" goes to the full list.
FocusScope {
    id: root

    // AlertListModel (Dashboard.alerts.openAlerts) or null while the alert centre is absent.
    property var model: null
    readonly property int count: root.model ? root.model.count : 0
    // The current row's place, for Enter.
    property bool currentHasPlace: false
    property real currentLat: 0
    property real currentLon: 0

    signal placeActivated(real lat, real lon)
    signal openAlertCentre()

    function severityShape(key: string): string {
        return key === "critical" ? Theme.shapeRed : key === "warning" ? Theme.shapeAmber : Theme.shapeOk
    }
    function severityColor(key: string): color {
        return key === "critical" ? Theme.statusRedText : key === "warning" ? Theme.statusAmberText : Theme.accent
    }
    function severityWord(key: string): string {
        return key === "critical" ? qsTr("Critical") : key === "warning" ? qsTr("Warning") : qsTr("Information")
    }

    implicitHeight: header.implicitHeight + Theme.spacingXs
                    + Math.min(Theme.overviewAlertsMaxHeight, Math.max(1, list.count) * Theme.overviewListRowHeight)

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingXs

        RowLayout {
            id: header
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: qsTr("Open alerts (%1)").arg(root.count)
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Button {
                objectName: "openAlertCentre"
                visible: root.model !== null
                text: qsTr("Open the alert centre")
                Accessible.name: text
                onClicked: root.openAlertCentre()
            }
        }

        ListView {
            id: list
            objectName: "overviewAlerts"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            activeFocusOnTab: true
            model: root.model
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Open alerts")
            Keys.onReturnPressed: if (root.currentHasPlace) root.placeActivated(root.currentLat, root.currentLon)
            Keys.onEnterPressed: if (root.currentHasPlace) root.placeActivated(root.currentLat, root.currentLon)

            delegate: Rectangle {
                id: row
                required property int index
                required property string severityKey
                required property string subjectName
                required property string message
                required property string raisedAtText
                required property bool acknowledged
                required property bool hasPlace
                required property var lat
                required property var lon
                readonly property bool isCurrent: ListView.isCurrentItem
                readonly property bool current: row.isCurrent && list.activeFocus

                function activate() {
                    if (row.hasPlace)
                        root.placeActivated(row.lat, row.lon)
                }
                function publishPlace() {
                    if (!row.isCurrent)
                        return
                    root.currentHasPlace = row.hasPlace
                    root.currentLat = row.hasPlace ? row.lat : 0
                    root.currentLon = row.hasPlace ? row.lon : 0
                }
                onIsCurrentChanged: row.publishPlace()
                onHasPlaceChanged: row.publishPlace()
                Component.onCompleted: row.publishPlace()

                width: ListView.view.width
                height: Theme.overviewListRowHeight
                color: row.current ? Theme.surfaceSelected : "transparent"
                border.width: row.current ? Theme.focusWidth : 0
                border.color: Theme.focusRing
                Accessible.role: Accessible.ListItem
                Accessible.name: [root.severityWord(row.severityKey), row.subjectName, row.message, row.raisedAtText,
                                  row.acknowledged ? qsTr("acknowledged") : qsTr("not acknowledged")].join(", ")

                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacingS
                    anchors.rightMargin: Theme.spacingS
                    spacing: Theme.spacingS
                    Text {
                        text: root.severityShape(row.severityKey) + " " + root.severityWord(row.severityKey)
                        color: root.severityColor(row.severityKey)
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        Layout.preferredWidth: Theme.tableTrendWidth * 0.75
                        elide: Text.ElideRight
                    }
                    Text {
                        Layout.fillWidth: true
                        text: row.message.length > 0 ? row.message : row.subjectName
                        color: Theme.text
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                    }
                    Text {
                        text: row.acknowledged ? qsTr("✓ Acknowledged") : ""
                        visible: row.acknowledged
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                    Text {
                        text: row.raisedAtText
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                }
                MouseArea {
                    anchors.fill: parent
                    cursorShape: row.hasPlace ? Qt.PointingHandCursor : Qt.ArrowCursor
                    onClicked: {
                        list.currentIndex = row.index
                        list.forceActiveFocus(Qt.MouseFocusReason)
                        row.activate()
                    }
                }
            }

            Text {
                anchors.fill: parent
                visible: list.count === 0
                text: root.model === null ? qsTr("Alerts are not available in this build.")
                                          : qsTr("No open alerts at this moment.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
}
