pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Atalaya

// One of a few options (general or ICU beds, districts or neighbourhoods): buttons side by side,
// the chosen one filled and marked with a check. Tab reaches each; Space or Enter chooses.
Row {
    id: root

    required property var options       // [{ key, title }]
    property string value               // the chosen key
    property string objectNamePrefix    // each button is named prefix + key (tests find them)
    property string accessibleName
    signal chosen(string value)

    spacing: 0
    Accessible.role: Accessible.Grouping
    Accessible.name: root.accessibleName

    Repeater {
        model: root.options
        delegate: Button {
            id: option
            required property var modelData
            required property int index
            readonly property bool current: root.value === option.modelData.key

            objectName: root.objectNamePrefix + option.modelData.key
            height: Theme.textFieldHeight
            focusPolicy: Qt.StrongFocus
            checkable: true
            checked: option.current
            text: (option.current ? "✓ " : "") + option.modelData.title
            font.pixelSize: Theme.fontBody
            font.weight: option.current ? Font.Bold : Font.Normal
            Accessible.role: Accessible.RadioButton
            Accessible.name: option.modelData.title
            Accessible.checked: option.current
            onClicked: {
                option.checked = Qt.binding(() => option.current)
                root.chosen(option.modelData.key)
            }
            Keys.onReturnPressed: option.clicked()
            Keys.onEnterPressed: option.clicked()

            background: Rectangle {
                radius: Theme.radiusS
                color: option.current ? Theme.accent : (option.hovered ? Theme.surfaceSelected : Theme.surfaceRaised)
                border.width: option.visualFocus ? Theme.focusWidth : Theme.borderWidth
                border.color: option.visualFocus ? Theme.focusRing : Theme.border
            }
            contentItem: Text {
                text: option.text
                font: option.font
                color: option.current ? Theme.onAccent : Theme.text
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                leftPadding: Theme.spacingS
                rightPadding: Theme.spacingS
            }
        }
    }
}
