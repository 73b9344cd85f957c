pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// One choice of the rule editor (type, severity, indicator, direction): a label, a combo box of
// {key, text} choices and why the rules file would refuse it. Named "ruleField_<key>".
ColumnLayout {
    id: root

    required property string key
    property string label
    property string error
    property alias model: box.model
    property alias currentIndex: box.currentIndex

    signal activated()

    spacing: Theme.spacingXs
    Layout.alignment: Qt.AlignTop
    Layout.fillWidth: true

    Text {
        Layout.fillWidth: true
        text: root.label
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }
    ComboBox {
        id: box
        objectName: "ruleField_" + root.key
        Layout.fillWidth: true
        textRole: "text"
        focusPolicy: Qt.StrongFocus
        font.pixelSize: Theme.fontBody
        Accessible.name: root.label
        onActivated: root.activated()
    }
    Text {
        objectName: "ruleError_" + root.key
        Layout.fillWidth: true
        visible: root.error.length > 0
        text: "⚠ " + root.error
        color: Theme.statusRedText
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: root.error
    }
}
