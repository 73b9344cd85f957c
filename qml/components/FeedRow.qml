pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// One feed on the Feeds page: its state as shape, colour and words (with the last error when it
// fails), where it reads from, its last reading, its counts and its next attempt, and what a
// person can do with it. Controls are named "<action>Feed_<id>" so tests and scripts find them.
Rectangle {
    id: root

    required property int index
    required property string feedId
    required property string name
    required property string kindText
    required property string target
    required property string feedState
    required property string stateText
    required property string lastError
    required property string lastReadingText
    required property string nextAttemptText
    required property string cadenceText
    required property var stored
    required property var duplicates
    required property var malformed
    required property var problems
    required property var retries
    required property bool paused

    signal pauseRequested(string id)
    signal resumeRequested(string id)
    signal pollRequested(string id)
    signal editRequested(string id)
    signal removeRequested(string id)

    function count(n: var): string {
        return Number(n).toLocaleString(Qt.locale(), "f", 0)
    }

    objectName: "feedRow_" + root.feedId
    implicitHeight: content.implicitHeight + 2 * Theme.spacingM
    color: Theme.surface
    radius: Theme.radiusM
    border.width: Theme.borderWidth
    border.color: root.feedState === "failing" ? Theme.statusRed : Theme.border

    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1: %2").arg(root.name).arg(root.stateText)

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingM

        FeedStateMarker {
            id: marker
            objectName: "feedMarker_" + root.feedId
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: Theme.fontHeading
            horizontalAlignment: Text.AlignHCenter
            feedState: root.feedState
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Text {
                    objectName: "feedName_" + root.feedId
                    text: root.name
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                    Layout.maximumWidth: content.width / 3
                }
                Text {
                    objectName: "feedState_" + root.feedId
                    text: root.stateText
                    color: marker.color
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.Bold
                    Accessible.role: Accessible.StaticText
                    Accessible.name: root.stateText
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("%1 · %2 · %3").arg(root.kindText).arg(root.target).arg(root.cadenceText)
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideMiddle
                }
            }
            Text {
                objectName: "feedError_" + root.feedId
                Layout.fillWidth: true
                visible: root.lastError.length > 0
                text: root.feedState === "failing" ? qsTr("Last error: %1").arg(root.lastError)
                                              : qsTr("Earlier error: %1").arg(root.lastError)
                color: root.feedState === "failing" ? Theme.statusRedText : Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                maximumLineCount: 3
                elide: Text.ElideRight
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Text {
                objectName: "feedFigures_" + root.feedId
                Layout.fillWidth: true
                text: {
                    const parts = [root.lastReadingText.length > 0 ? qsTr("Last reading: %1").arg(root.lastReadingText) : qsTr("No reading yet"),
                                   qsTr("stored %1").arg(root.count(root.stored)),
                                   qsTr("duplicates %1").arg(root.count(root.duplicates)),
                                   qsTr("malformed %1").arg(root.count(root.malformed)),
                                   qsTr("problems %1").arg(root.count(root.problems)),
                                   qsTr("retries %1").arg(root.count(root.retries))]
                    if (root.nextAttemptText.length > 0)
                        parts.push(qsTr("next attempt %1").arg(root.nextAttemptText))
                    return parts.join(" · ")
                }
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
        }

        RowLayout {
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacingXs
            Button {
                objectName: (root.paused ? "resumeFeed_" : "pauseFeed_") + root.feedId
                text: root.paused ? qsTr("Resume") : qsTr("Pause")
                focusPolicy: Qt.StrongFocus
                font.pixelSize: Theme.fontSmall
                Accessible.name: root.paused ? qsTr("Resume %1").arg(root.name) : qsTr("Pause %1").arg(root.name)
                onClicked: root.paused ? root.resumeRequested(root.feedId) : root.pauseRequested(root.feedId)
            }
            Button {
                objectName: "pollFeed_" + root.feedId
                text: qsTr("Poll now")
                enabled: !root.paused
                focusPolicy: Qt.StrongFocus
                font.pixelSize: Theme.fontSmall
                Accessible.name: qsTr("Poll %1 now").arg(root.name)
                onClicked: root.pollRequested(root.feedId)
            }
            Button {
                objectName: "editFeed_" + root.feedId
                text: qsTr("Edit…")
                focusPolicy: Qt.StrongFocus
                font.pixelSize: Theme.fontSmall
                Accessible.name: qsTr("Edit %1").arg(root.name)
                onClicked: root.editRequested(root.feedId)
            }
            Button {
                objectName: "removeFeed_" + root.feedId
                text: qsTr("Remove")
                focusPolicy: Qt.StrongFocus
                font.pixelSize: Theme.fontSmall
                Accessible.name: qsTr("Remove %1 from the feeds file").arg(root.name)
                onClicked: root.removeRequested(root.feedId)
            }
        }
    }
}
