pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// One editable value of a service's card: its label, a field holding the stored value, Apply
// (or Enter) to send what was typed, and the store's refusal beside it when there is one. The
// field shows the stored value again whenever that changes.
ColumnLayout {
    id: root

    property string label
    property string value
    property string error
    property string placeholderText
    property string namePrefix       // the field, button and message are named prefix + Field/Apply/Error
    property int inputMethodHints: Qt.ImhNone
    readonly property bool edited: field.text !== root.value
    signal submitted(string text)

    function submit() {
        root.submitted(field.text)
    }

    spacing: Theme.spacingXs
    onValueChanged: field.text = root.value
    Component.onCompleted: field.text = root.value

    Text {
        Layout.fillWidth: true
        text: root.label
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        elide: Text.ElideRight
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        TextField {
            id: field
            objectName: root.namePrefix + "Field"
            Layout.fillWidth: true
            implicitHeight: Theme.textFieldHeight
            font.pixelSize: Theme.fontBody
            placeholderText: root.placeholderText
            inputMethodHints: root.inputMethodHints
            selectByMouse: true
            // A viewer's store refuses edits; the field shows the value without offering one.
            readOnly: !Dashboard.canEdit
            Accessible.role: Accessible.EditableText
            Accessible.name: root.label
            Accessible.description: root.error
            Keys.onReturnPressed: root.submit()
            Keys.onEnterPressed: root.submit()
            Keys.onEscapePressed: field.text = root.value
        }
        Button {
            objectName: root.namePrefix + "Apply"
            text: qsTr("Apply")
            enabled: Dashboard.canEdit && root.edited
            font.pixelSize: Theme.fontSmall
            focusPolicy: Qt.StrongFocus
            Accessible.name: qsTr("Apply the new %1").arg(root.label)
            onClicked: root.submit()
        }
    }
    Text {
        objectName: root.namePrefix + "Error"
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
