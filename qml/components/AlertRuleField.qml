pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// One text field of the rule editor: its label, the text, a hint, and beside it why the rules
// file would refuse it. The field and the message are named "ruleField_<key>" and "ruleError_<key>".
ColumnLayout {
    id: root

    required property string key
    property string label
    property string hint
    property string error
    property alias text: field.text

    spacing: Theme.spacingXs
    Layout.alignment: Qt.AlignTop
    Layout.fillWidth: true

    Text {
        Layout.fillWidth: true
        text: root.label
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        elide: Text.ElideRight
    }
    TextField {
        id: field
        objectName: "ruleField_" + root.key
        Layout.fillWidth: true
        implicitHeight: Theme.textFieldHeight
        font.pixelSize: Theme.fontBody
        placeholderText: root.hint
        selectByMouse: true
        color: Theme.text
        placeholderTextColor: Theme.textDisabled
        background: Rectangle {
            color: Theme.background
            radius: Theme.radiusS
            border.width: field.activeFocus || root.error.length > 0 ? Theme.focusWidth : Theme.borderWidth
            border.color: root.error.length > 0 ? Theme.statusRed : field.activeFocus ? Theme.focusRing : Theme.border
        }
        Accessible.role: Accessible.EditableText
        Accessible.name: root.label
        Accessible.description: root.error
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
