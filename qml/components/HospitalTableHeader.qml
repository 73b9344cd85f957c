pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// Column titles of the hospitals table, each a button that sorts by its column (again: the
// other way). The sorted column carries an arrow and says its direction to a screen reader.
Rectangle {
    id: root

    property string sortKey
    property bool descending
    property string bedTypeTitle     // "General" or "ICU": the type occupancy and level are of
    signal sortRequested(string key)

    implicitHeight: Math.max(Theme.tableHeaderMinHeight, columns.implicitHeight + 2 * Theme.spacingXs)
    color: Theme.surfaceRaised

    component Title: AbstractButton {
        id: title
        required property string key
        property int align: Text.AlignRight
        readonly property bool sorted: root.sortKey === title.key
        focusPolicy: Qt.StrongFocus
        Layout.alignment: Qt.AlignBottom
        Accessible.role: Accessible.ColumnHeader
        Accessible.name: title.sorted
                         ? (root.descending ? qsTr("%1, sorted descending").arg(title.text)
                                            : qsTr("%1, sorted ascending").arg(title.text))
                         : qsTr("%1, press to sort").arg(title.text)
        onClicked: root.sortRequested(title.key)
        Keys.onReturnPressed: root.sortRequested(title.key)
        Keys.onEnterPressed: root.sortRequested(title.key)
        contentItem: Text {
            text: title.sorted ? title.text + (root.descending ? " ▼" : " ▲") : title.text
            horizontalAlignment: title.align
            color: title.sorted ? Theme.text : Theme.textMuted
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        background: Rectangle {
            color: title.hovered ? Theme.surfaceSelected : "transparent"
            radius: Theme.radiusS
            border.width: title.visualFocus ? Theme.focusWidth : 0
            border.color: Theme.focusRing
        }
    }

    RowLayout {
        id: columns
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingM
        anchors.rightMargin: Theme.spacingM
        anchors.topMargin: Theme.spacingXs
        anchors.bottomMargin: Theme.spacingXs
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            Layout.minimumWidth: Theme.hospitalNameMinWidth
            Layout.preferredWidth: Theme.hospitalNameMinWidth
            spacing: Theme.spacingXs
            Title { objectName: "sortName"; key: "name"; align: Text.AlignLeft; text: qsTr("Hospital") }
            Title { objectName: "sortInstitution"; key: "institution"; align: Text.AlignLeft; text: qsTr("· institution") }
            Title { objectName: "sortDistrict"; key: "district"; align: Text.AlignLeft; text: qsTr("· district") }
            Item { Layout.fillWidth: true }
        }
        Title {
            objectName: "sortGeneral"
            Layout.preferredWidth: Theme.hospitalBedsWidth
            key: "generalFree"
            text: qsTr("General free / total")
        }
        Title {
            objectName: "sortIcu"
            Layout.preferredWidth: Theme.hospitalBedsWidth
            key: "icuFree"
            text: qsTr("ICU free / total")
        }
        Title {
            objectName: "sortOccupancy"
            Layout.preferredWidth: Theme.hospitalOccupancyWidth
            key: "occupancyPercent"
            text: qsTr("%1 in use").arg(root.bedTypeTitle)
        }
        Title {
            objectName: "sortLevel"
            Layout.preferredWidth: Theme.hospitalLevelWidth
            key: "level"
            align: Text.AlignLeft
            text: qsTr("Availability")
        }
        Title {
            objectName: "sortReport"
            Layout.preferredWidth: Theme.hospitalReportWidth
            key: "reportedAt"
            align: Text.AlignLeft
            text: qsTr("Last report")
        }
    }

    Rectangle {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Theme.borderWidth
        color: Theme.border
    }
}
