pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// One field of the feed form: its label, the text, a hint, and beside it why the feeds file
// would refuse it. The field and the message are named "feedField_<key>" and "feedError_<key>".
ColumnLayout {
    id: root

    required property string key
    property string label
    property string hint
    property string error
    property alias text: field.text
    property bool secret: false

    spacing: Theme.spacingXs
    // Beside a field whose message takes more lines, the field stays at the top of its row.
    Layout.alignment: Qt.AlignTop

    Text {
        Layout.fillWidth: true
        text: root.label
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        elide: Text.ElideRight
    }
    TextField {
        id: field
        objectName: "feedField_" + root.key
        Layout.fillWidth: true
        implicitHeight: Theme.textFieldHeight
        font.pixelSize: Theme.fontBody
        placeholderText: root.hint
        selectByMouse: true
        echoMode: root.secret && !field.activeFocus ? TextInput.Password : TextInput.Normal
        color: Theme.text
        placeholderTextColor: Theme.textDisabled // a hint, not a value
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
        objectName: "feedError_" + root.key
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
