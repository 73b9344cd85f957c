pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// A problem the user should know about (e.g. the demo city could not be generated), said in
// words with a shape, and dismissable. Nothing else on screen is lost.
Rectangle {
    id: root

    property string message
    property bool dismissed: false

    onMessageChanged: root.dismissed = false

    visible: root.message.length > 0 && !root.dismissed
    implicitHeight: row.implicitHeight + 2 * Theme.spacingS
    color: Theme.surfaceRaised
    border.width: Theme.focusWidth
    border.color: Theme.statusRed
    radius: Theme.radiusS

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacingS
        spacing: Theme.spacingM

        Text {
            text: Theme.shapeRed
            color: Theme.statusRedText
            font.pixelSize: Theme.fontTitle
        }
        Text {
            objectName: "errorText"
            Layout.fillWidth: true
            text: qsTr("Error: %1").arg(root.message)
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: qsTr("Error: %1").arg(root.message)
        }
        Button {
            text: qsTr("Dismiss")
            focusPolicy: Qt.StrongFocus
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Dismiss the error message")
            onClicked: root.dismissed = true
        }
    }
}
