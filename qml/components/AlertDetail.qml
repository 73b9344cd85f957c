pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// The selected alert: what fired, where, the values, its history (raised, acknowledged,
// comments, resolved) up to the time cursor, and Acknowledge or Comment with a text. Both are for
// the present: while the cursor replays a past moment they are off and the card says why.
Rectangle {
    id: root
    objectName: "alertDetail"

    required property AlertsPanel panel
    readonly property var alert: root.panel.selected
    readonly property bool hasAlert: root.alert.id !== undefined
    property string error

    signal placeRequested(var alertId)

    function acknowledge() {
        root.error = root.panel.acknowledge(root.alert.id, commentField.text)
        if (root.error.length === 0)
            commentField.text = ""
    }
    function addComment() {
        root.error = root.panel.comment(root.alert.id, commentField.text)
        if (root.error.length === 0)
            commentField.text = ""
    }

    color: Theme.surface
    radius: Theme.radiusM
    border.width: Theme.borderWidth
    border.color: Theme.border
    implicitHeight: column.implicitHeight + 2 * Theme.spacingM
    onAlertChanged: root.error = ""

    Text {
        objectName: "alertDetailEmpty"
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingL
        visible: !root.hasAlert
        text: qsTr("Select an alert to see its history and acknowledge it.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
    }

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        visible: root.hasAlert
        contentWidth: width
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: flick.width
            spacing: Theme.spacingS

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                AlertSeverityMarker {
                    severityKey: root.alert.severityKey ?? "info"
                    word: root.alert.severityText ?? ""
                }
                Text {
                    objectName: "alertDetailTitle"
                    Layout.fillWidth: true
                    text: root.alert.subjectName ? root.alert.subjectName : (root.alert.ruleName ?? "")
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.Bold
                    elide: Text.ElideRight
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Button {
                    objectName: "alertDetailPlace"
                    visible: root.alert.hasPlace === true
                    text: qsTr("Show on map")
                    focusPolicy: Qt.StrongFocus
                    Accessible.name: qsTr("Show %1 on the map").arg(root.alert.subjectName ?? "")
                    onClicked: root.placeRequested(root.alert.id)
                }
            }
            Text {
                objectName: "alertDetailMessage"
                Layout.fillWidth: true
                text: root.alert.message ?? ""
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "alertDetailFacts"
                Layout.fillWidth: true
                text: [qsTr("Rule: %1").arg(root.alert.ruleName ?? ""),
                       root.alert.valuesText ? root.alert.valuesText : "",
                       qsTr("raised %1").arg(root.alert.raisedAtText ?? ""),
                       root.alert.resolved ? qsTr("resolved %1").arg(root.alert.resolvedAtText) : qsTr("open")]
                      .filter(part => part.length > 0).join(" · ")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "alertDetailAck"
                Layout.fillWidth: true
                text: root.alert.acknowledged
                      ? (root.alert.ackComment ? qsTr("✓ Acknowledged by %1 at %2: “%3”").arg(root.alert.acknowledgedBy)
                                                     .arg(root.alert.acknowledgedAtText).arg(root.alert.ackComment)
                                               : qsTr("✓ Acknowledged by %1 at %2").arg(root.alert.acknowledgedBy)
                                                     .arg(root.alert.acknowledgedAtText))
                      : qsTr("○ Not acknowledged")
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }

            Text {
                Layout.topMargin: Theme.spacingS
                text: qsTr("History")
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.Bold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                objectName: "alertHistory"
                model: root.panel.events
                delegate: Text {
                    required property int index
                    required property string kindText
                    required property string atText
                    required property string actor
                    required property string comment
                    required property string valueText
                    objectName: "alertEvent_" + index
                    Layout.fillWidth: true
                    text: "• " + [atText, kindText, actor, valueText, comment.length > 0 ? "“" + comment + "”" : ""]
                                 .filter(part => part.length > 0).join(" · ")
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
            }

            Text {
                objectName: "alertReplayNote"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                visible: !root.panel.canAct
                text: qsTr("This is the alert as it stood at the time cursor. Go live (Ctrl+L) to acknowledge or comment.")
                color: Theme.statusAmberText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
            TextArea {
                id: commentField
                objectName: "alertComment"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                visible: root.panel.canAct
                enabled: Dashboard.canEdit
                placeholderText: qsTr("Comment (what was done, who was called)")
                placeholderTextColor: Theme.textDisabled
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: TextEdit.Wrap
                // Tab leaves the field (a comment needs no tab characters).
                KeyNavigation.priority: KeyNavigation.BeforeItem
                KeyNavigation.tab: ackButton
                background: Rectangle {
                    color: Theme.background
                    radius: Theme.radiusS
                    border.width: commentField.activeFocus ? Theme.focusWidth : Theme.borderWidth
                    border.color: commentField.activeFocus ? Theme.focusRing : Theme.border
                }
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Comment")
            }
            RowLayout {
                Layout.fillWidth: true
                visible: root.panel.canAct
                spacing: Theme.spacingS
                Button {
                    id: ackButton
                    objectName: "alertAcknowledge"
                    enabled: Dashboard.canEdit
                    visible: !root.alert.resolved
                    text: root.alert.acknowledged ? qsTr("Acknowledge again") : qsTr("Acknowledge")
                    highlighted: !root.alert.acknowledged
                    focusPolicy: Qt.StrongFocus
                    Accessible.name: qsTr("Acknowledge the alert with the comment")
                    onClicked: root.acknowledge()
                }
                Button {
                    objectName: "alertAddComment"
                    text: qsTr("Add comment")
                    enabled: Dashboard.canEdit && commentField.text.trim().length > 0
                    focusPolicy: Qt.StrongFocus
                    Accessible.name: qsTr("Add the comment to the alert's history")
                    onClicked: root.addComment()
                }
                Item { Layout.fillWidth: true }
            }
            Text {
                objectName: "alertViewOnly"
                Layout.fillWidth: true
                // Disabled buttons alone do not say why; the store's role does.
                visible: root.panel.canAct && !Dashboard.canEdit
                text: qsTr("Your database role (%1) may only view alerts: acknowledging and commenting them needs the editor role.")
                          .arg(Dashboard.storeRoleName)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "alertActionError"
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
    }
}
