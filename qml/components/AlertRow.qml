pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// One alert in the alert centre's lists: severity (shape and word), the subject, the rule, the
// sentence with the values that fired it, when it was raised (and resolved), and whether someone
// acknowledged it. A click or Enter selects it; "Show on map" flies the page's map there.
ItemDelegate {
    id: root

    required property int index
    // The role "id" cannot be a property name: read it through the model.
    required property var model
    readonly property var alertId: root.model.id
    required property string severityKey
    required property string severityText
    required property string ruleName
    required property string subjectName
    required property string message
    required property string valuesText
    required property string raisedAtText
    required property string resolvedAtText
    required property bool hasPlace
    required property bool acknowledged
    required property string acknowledgedBy
    property bool selected: false

    signal placeRequested(var alertId)

    objectName: "alertRow_" + root.alertId
    padding: Theme.spacingS
    focusPolicy: Qt.StrongFocus
    highlighted: root.selected
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1: %2. %3. Raised %4.").arg(root.severityText).arg(root.subjectName.length > 0 ? root.subjectName : root.ruleName)
                         .arg(root.message).arg(root.raisedAtText)
                     + (root.acknowledged ? " " + qsTr("Acknowledged by %1.").arg(root.acknowledgedBy) : " " + qsTr("Not acknowledged."))
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    background: Rectangle {
        color: root.selected ? Theme.surfaceSelected : (root.hovered ? Theme.surfaceRaised : Theme.surface)
        border.width: root.visualFocus ? Theme.focusWidth : Theme.borderWidth
        border.color: root.visualFocus ? Theme.focusRing : Theme.border
        radius: Theme.radiusS
        // Unacknowledged alerts carry a bar on the left as well as the word.
        Rectangle {
            visible: !root.acknowledged && root.resolvedAtText.length === 0
            anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: Theme.borderWidth }
            width: Theme.spacingXs
            color: severity.hue
        }
    }

    contentItem: RowLayout {
        spacing: Theme.spacingM
        AlertSeverityMarker {
            id: severity
            Layout.alignment: Qt.AlignTop
            Layout.leftMargin: Theme.spacingXs
            severityKey: root.severityKey
            word: root.severityText
            showWord: false
            size: Theme.fontGlyph
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            RowLayout {
                Layout.fillWidth: true
                Text {
                    objectName: "alertSubject"
                    Layout.fillWidth: true
                    text: root.subjectName.length > 0 ? root.subjectName : root.ruleName
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.Bold
                    elide: Text.ElideRight
                }
                Text {
                    objectName: "alertTime"
                    text: root.resolvedAtText.length > 0 ? qsTr("%1 → %2").arg(root.raisedAtText).arg(root.resolvedAtText)
                                                          : root.raisedAtText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("%1 · %2").arg(root.severityText).arg(root.ruleName)
                color: severity.hue
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Text {
                objectName: "alertMessage"
                Layout.fillWidth: true
                text: root.message
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Text {
                    objectName: "alertAck"
                    Layout.fillWidth: true
                    text: root.resolvedAtText.length > 0 ? qsTr("✓ Resolved")
                        : root.acknowledged ? qsTr("✓ Acknowledged by %1").arg(root.acknowledgedBy)
                                            : qsTr("○ Not acknowledged")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
                Text {
                    visible: root.valuesText.length > 0
                    text: root.valuesText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
                Button {
                    objectName: "alertPlace_" + root.alertId
                    visible: root.hasPlace
                    text: qsTr("Show on map")
                    font.pixelSize: Theme.fontSmall
                    focusPolicy: Qt.StrongFocus
                    Accessible.name: qsTr("Show %1 on the map").arg(root.subjectName)
                    onClicked: root.placeRequested(root.alertId)
                }
            }
        }
    }
}
