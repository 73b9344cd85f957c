pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// What the main window shows in place of a page that has its own window: one line saying so,
// and the buttons to bring the page back or to raise its window.
Rectangle {
    id: root
    objectName: "detachedPlaceholder"

    property string pageTitle

    signal bringBack()
    signal showWindow()

    color: Theme.background

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXl, Theme.overlayCardWidth * 1.5)
        spacing: Theme.spacingL

        Text {
            objectName: "detachedPlaceholderText"
            Layout.fillWidth: true
            text: qsTr("%1 is shown in its own window.").arg(root.pageTitle)
            color: Theme.text
            font.pixelSize: Theme.fontHeading
            font.weight: Font.DemiBold
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spacingS
            Button {
                objectName: "bringBack"
                focus: true
                text: qsTr("Bring back")
                Accessible.name: qsTr("Bring %1 back into this window").arg(root.pageTitle)
                onClicked: root.bringBack()
            }
            Button {
                objectName: "showDetachedWindow"
                text: qsTr("Show its window")
                Accessible.name: qsTr("Raise the window of %1").arg(root.pageTitle)
                onClicked: root.showWindow()
            }
        }
    }
}
